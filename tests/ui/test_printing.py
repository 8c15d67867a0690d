"""Printing: the plan, the card and the blank plan, checked on the PDF they produce."""

import datetime as dt
import os
import re
import subprocess
import sys
import unicodedata

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage, QPageSize

from recovery_desktop.domain.plan import (
    ContactRole,
    CopingStrategy,
    PlanSection,
    SupportContact,
    WarningSign,
)
from recovery_desktop.domain.triggers import Risk, Trigger
from recovery_desktop.services import demo, records, reports
from recovery_desktop.services import plan as plan_service
from recovery_desktop.ui import printing

TODAY = dt.date(2026, 11, 26)
HOSTILE = '<b>bold</b> <img src="/etc/passwd"> <a href="http://example.com/x">link</a> & more'


def _text(path):
    reader = PdfReader(path)
    # NFKC folds the ligatures the PDF uses ("ﬁ") back into letters.
    return reader, [unicodedata.normalize("NFKC", page.extract_text()) for page in reader.pages]


def _flat(pages):
    return re.sub(r"\s+", " ", " ".join(pages))


@pytest.fixture
def full_plan(vault):
    texts = {
        PlanSection.REASONS: "My daughter Mia",
        PlanSection.ROUTINE: "Up at seven",
        PlanSection.LAPSE_PLAN: "Call Priya within the hour",
        PlanSection.CRISIS_STEPS: "Use my coping steps first",
        PlanSection.SAFER_ENVIRONMENT: "No alcohol at home",
        PlanSection.CHECK_IN_RHYTHM: "A message every evening",
        PlanSection.CONTACT_HOURS: "Weekdays 8 to 10 pm",
        PlanSection.MENTOR_UNREACHABLE: "Call Priya, then the crisis line",
        PlanSection.KEPT_WHERE: "On the fridge",
    }
    for section, text in texts.items():
        plan_service.set_section(vault, section, text)
    sam, _ = records.save(
        vault,
        SupportContact(
            name="Sam Rivera", phone="+44 7700 900123", role=ContactRole.MENTOR, position=0
        ),
    )
    records.save(vault, SupportContact(name="Priya", phone="07700 900456", position=1))
    records.save(
        vault,
        SupportContact(
            name="Crisis line", phone="116 123", role=ContactRole.CRISIS_LINE, position=2
        ),
    )
    records.save(vault, WarningSign(title="Skipping meals", action="Eat something"))
    records.save(vault, CopingStrategy(title="Urge surfing", steps="Breathe out slowly"))
    records.save(
        vault,
        Trigger(name="Payday", risk=Risk.HIGH, avoid="Pay bills first", contact_ids=(sam.id,)),
    )
    plan_service.mark_reviewed(vault, dt.date(2026, 11, 1), dt.date(2026, 12, 1))
    return vault


def test_plan_pdf_has_every_section_name_phone_and_date_in_order(qapp, full_plan, tmp_path):
    out = tmp_path / "plan.pdf"
    pages = printing.document_pdf(
        reports.plan_document(full_plan, today=TODAY), out, QPageSize.PageSizeId.A4
    )
    reader, texts = _text(out)
    assert len(reader.pages) == pages
    flat = _flat(texts)
    expected_in_order = [
        "Jordan: my relapse-prevention plan",
        "Version 1",
        "1 November 2026",  # reviewed on
        "1 December 2026",  # next review
        "On the fridge",
        *[title for _key, title in reports.PARTS],
        "Signatures",
    ]
    positions = [flat.find(item) for item in expected_in_order]
    assert -1 not in positions, dict(zip(expected_in_order, positions, strict=True))
    assert positions == sorted(positions)
    for detail in (
        "+44 7700 900123",
        "07700 900456",
        "116 123",
        "Pay bills first",
        "Skipping meals",
        "Urge surfing",
        "Call Priya within the hour",
    ):
        assert detail in flat, detail
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in _flat([text])
        assert "printed 26 November 2026" in _flat([text])
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(float(width)), round(float(height))) == (595, 842)


def test_letter_paper(qapp, full_plan, tmp_path):
    out = tmp_path / "plan.pdf"
    printing.document_pdf(reports.plan_document(full_plan), out, QPageSize.PageSizeId.Letter)
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_pdf_is_private_and_written_atomically(qapp, full_plan, tmp_path):
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"old contents")
    printing.document_pdf(reports.plan_document(full_plan), out)
    assert out.stat().st_mode & 0o777 == 0o600
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["plan.pdf"]


def test_markup_in_user_text_prints_literally_and_loads_nothing(qapp, vault, tmp_path):
    records.save(vault, Trigger(name=HOSTILE, cope=HOSTILE))
    plan_service.set_section(vault, PlanSection.REASONS, HOSTILE)
    document = reports.plan_document(vault)
    assert "<img" not in document.html.replace("&lt;img", "")
    text = printing.layout_document(document, printing.make_printer())
    assert text.requested == []
    assert HOSTILE in text.toPlainText()
    out = tmp_path / "plan.pdf"
    printing.document_pdf(document, out)
    flat = _flat(_text(out)[1])
    assert (
        '<b>bold</b> <img src="/etc/passwd"> <a href="http://example.com/x">link</a> & more' in flat
    )
    reader = PdfReader(out)
    for page in reader.pages:  # Qt writes an empty /Annots array; no text became a link
        annotations = page.get("/Annots")
        assert annotations is None or len(annotations.get_object()) == 0


def test_html_snapshot(vault, full_plan):
    from pathlib import Path

    linked = plan_service.linked_plan(vault)
    header = reports._Header("Jordan", 1, dt.date(2026, 11, 1), dt.date(2026, 12, 1), TODAY)
    html = reports.render_plan(linked, header, reports.PrintOptions(), blank=False)
    snapshot = Path(__file__).parents[1] / "fixtures" / "snapshots" / "plan.html"
    # A deliberate change to the printout: UPDATE_SNAPSHOTS=1, then review the diff.
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        snapshot.write_text(html, encoding="utf-8")
    assert html == snapshot.read_text(encoding="utf-8")


def test_headings_stay_with_what_follows_and_short_tables_stay_whole(qapp, vault):
    demo.fill(vault, years=1, seed=11, today=TODAY)
    text = printing.layout_document(reports.plan_document(vault), printing.make_printer())
    layout, page = text.documentLayout(), text.pageSize().height()
    block = text.begin()
    headings = 0
    while block.isValid():
        if block.blockFormat().headingLevel() > 0 and block.next().isValid():
            headings += 1
            from PySide6.QtGui import QTextCursor

            following = block.next()
            table = QTextCursor(following).currentTable()
            rect = layout.frameBoundingRect(table) if table else layout.blockBoundingRect(following)
            heading_page = int(layout.blockBoundingRect(block).top() // page)
            assert int((rect.top() + 1) // page) == heading_page, block.text()
        block = block.next()
    assert headings >= 10
    for frame in text.rootFrame().childFrames():
        rect = layout.frameBoundingRect(frame)
        if rect.height() < page / 3:
            assert int(rect.top() // page) == int((rect.bottom() - 1) // page)


def test_wallet_card_is_credit_card_sized_with_the_essentials(qapp, full_plan, tmp_path):
    card = reports.card_document(full_plan, today=TODAY)
    out = tmp_path / "card.pdf"
    assert printing.card_pdf(card, out) == 1
    flat = _flat(_text(out)[1])
    for detail in (
        "Skipping meals",
        "Urge surfing",
        "Sam Rivera",
        "+44 7700 900123",
        "Priya",
        "116 123",
        "Jordan",
    ):
        assert detail in flat, detail
    # Paint the same card at 10 pixels per millimetre and measure its cut marks.
    image = QImage(2100, 1200, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(10_000)
    image.setDotsPerMeterY(10_000)
    image.fill(QColor("white"))
    printing.paint_card(card, image)
    rect = printing.card_rect(image)
    assert rect.width() == pytest.approx(856, abs=1)
    assert rect.height() == pytest.approx(540, abs=1)
    mark_row = int(rect.top() - 40)  # the vertical cut marks above the card
    dark = [x for x in range(image.width()) if QColor(image.pixel(x, mark_row)).lightness() < 100]
    groups = [x for i, x in enumerate(dark) if i == 0 or x - dark[i - 1] > 5]
    assert len(groups) == 3  # left edge, fold, right edge
    assert (groups[2] - groups[0]) / 20 == pytest.approx(85.6, abs=0.3)


def test_blank_plan_has_the_layout_and_no_data(qapp, full_plan, tmp_path):
    out = tmp_path / "blank.pdf"
    printing.document_pdf(reports.blank_plan_document(None), out)
    flat = _flat(_text(out)[1])
    for _key, title in reports.PARTS:
        assert title in flat
    for private in ("Mia", "Sam Rivera", "+44", "Payday"):
        assert private not in flat


def _point_size_of(text, needle):
    block = text.begin()
    while block.isValid():
        if needle in block.text():
            return block.begin().fragment().charFormat().font().pointSizeF()
        block = block.next()
    raise AssertionError(needle)


def test_large_print_is_larger(qapp, full_plan):
    printer = printing.make_printer()
    normal = printing.layout_document(reports.plan_document(full_plan), printer)
    large = printing.layout_document(
        reports.plan_document(full_plan, reports.PrintOptions(large_print=True)), printer
    )
    assert _point_size_of(normal, "My daughter Mia") == pytest.approx(10.5)
    assert _point_size_of(large, "My daughter Mia") >= 14
    assert large.pageCount() >= normal.pageCount()


def test_progress_page_has_the_summary_and_one_chart(qapp, vault, tmp_path):
    demo.fill(vault, years=0.5, seed=3, today=TODAY)
    document = reports.plan_document(
        vault, reports.PrintOptions(progress_summary=True), today=TODAY
    )
    assert list(document.images) == [reports.URGE_CHART]
    out = tmp_path / "plan.pdf"
    printing.document_pdf(document, out)
    reader, texts = _text(out)
    last = _flat(texts[-1:])
    assert "How the last month went" in last
    assert re.search(r"In the last 30 days \d+ urges? (were|was) logged", last)
    images = [img for page in reader.pages for img in page.images]
    assert len(images) == 1


def test_cli_print_plan(tmp_path):
    data_dir = tmp_path / "data"
    env = {
        **os.environ,
        "RECOVERY_DESKTOP_PASSPHRASE": "a long enough passphrase",
        "QT_QPA_PLATFORM": "offscreen",
    }
    base = [sys.executable, "-m", "recovery_desktop", "--data-dir", str(data_dir)]

    def run(*args):
        return subprocess.run([*base, *args], env=env, capture_output=True, text=True, timeout=120)

    assert run("init", "--role", "mentee", "--name", "Kim").returncode == 0
    assert run("demo-data", "--years", "0.2").returncode == 0
    for name, extra in (("plan", []), ("card", ["--card"]), ("blank", ["--blank"])):
        out = tmp_path / f"{name}.pdf"
        result = run("print-plan", "--out", str(out), *extra)
        assert result.returncode == 0, result.stderr
        assert out.stat().st_mode & 0o777 == 0o600
        assert len(PdfReader(out).pages) >= 1
    assert "Kim" in _flat(_text(tmp_path / "plan.pdf")[1])
    refused = run("print-plan", "--out", str(tmp_path / "x.pdf"), "--share", str(tmp_path / "s"))
    assert refused.returncode == 2
    assert len(refused.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


@pytest.fixture
def workspace(qtbot, full_plan, vault_folder, data_dir):
    from recovery_desktop.settings import Settings
    from recovery_desktop.ui.tasks import InlineTaskRunner
    from recovery_desktop.ui.workspace import Workspace

    ws = Workspace(full_plan, vault_folder, Settings.in_folder(data_dir), InlineTaskRunner(), 0.5)
    qtbot.addWidget(ws.window)
    ws.show()
    yield ws
    ws.close()


def test_export_as_pdf_from_the_file_menu(qtbot, workspace, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "exported"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "PDF files (*.pdf)")
    )
    # Text typed a moment ago, not yet autosaved, is printed too.
    workspace.plan_tab.texts[PlanSection.ROUTINE].edit.setPlainText("Typed just now")
    workspace.window.export_pdf_action.trigger()
    dialog = workspace.print_actions.dialog
    dialog.parts["coping"].setChecked(False)
    dialog.large.setChecked(True)
    dialog._on_ok_clicked()
    out = tmp_path / "exported.pdf"
    assert out.exists() and out.stat().st_mode & 0o777 == 0o600
    flat = _flat(_text(out)[1])
    assert "Typed just now" in flat
    assert "My coping strategies" not in flat
    assert "My warning signs" in flat
    assert "Saved exported.pdf" in workspace.window.statusBar().currentMessage()


def test_print_preview_shows_the_pages(qtbot, workspace):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    workspace.window.preview_action.trigger()
    workspace.print_actions.dialog._on_ok_clicked()
    preview = workspace.print_actions.dialog
    qtbot.waitUntil(lambda: preview.findChild(QPrintPreviewWidget).pageCount() > 0, timeout=5000)
    preview.reject()


def test_print_goes_through_the_print_dialog(qtbot, workspace, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    workspace.window.print_action.trigger()
    workspace.print_actions.dialog._on_ok_clicked()
    dialog = workspace.print_actions.dialog
    assert isinstance(dialog, QPrintDialog)
    assert dialog.isVisible()
    # As if the person picked "Print to file (PDF)" and pressed Print.
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.done(QDialog.DialogCode.Accepted)
    assert "Jordan: my relapse-prevention plan" in _flat(_text(tmp_path / "printed.pdf")[1])
    assert "Sent to the printer" in workspace.window.statusBar().currentMessage()
