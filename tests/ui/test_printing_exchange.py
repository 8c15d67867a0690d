"""Printing with the exchange: the mentor comments a mentee chose, and a plan from a share."""

import pytest
from pypdf import PdfReader

from recovery_desktop import cli
from recovery_desktop.domain.feedback import Comment
from recovery_desktop.domain.plan import PlanSection
from recovery_desktop.domain.profile import Role
from recovery_desktop.domain.share_selection import ShareChoice
from recovery_desktop.domain.triggers import Trigger
from recovery_desktop.services import exchange, plan, records, reports, share
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.repositories import put_exact
from recovery_desktop.ui import printing
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.pairing import pair_directly
from tests.ui.test_printing import HOSTILE, _flat, _text


def _mentor_comment(vault, about, text):
    """A comment as it arrives in a feedback file (mentor-owned, stored as sent)."""
    comment = Comment(pair_id="p", about_type="trigger", about_id=about.id, text=text, rev=1)
    with vault.session() as session, session.begin():
        put_exact(session, [comment])
    return comment


def test_only_the_comments_the_mentee_chose_are_printed(qapp, vault, tmp_path):
    trigger, _ = records.save(vault, Trigger(name="Payday"))
    chosen = _mentor_comment(vault, trigger, f"Well spotted. {HOSTILE}")
    _mentor_comment(vault, trigger, "Not for the printout")
    plan.set_comment_printed(vault, chosen.id, True)
    document = reports.plan_document(vault)
    laid_out = printing.layout_document(document, printing.make_printer())
    assert laid_out.requested == []  # the <img> in the comment loaded nothing
    assert "Trigger: Payday: Well spotted. " + HOSTILE in laid_out.toPlainText()
    out = tmp_path / "plan.pdf"
    printing.document_pdf(document, out)
    text = _flat(_text(out)[1])
    assert "Comments from my mentor" in text and "Well spotted. <b>bold</b>" in text
    assert "Not for the printout" not in text
    assert text.index("Comments from my mentor") < text.index("Signatures")
    without = reports.plan_document(vault, reports.PrintOptions(mentor_comments=False))
    assert "Comments from my mentor" not in without.html
    plan.set_comment_printed(vault, chosen.id, False)
    assert reports.printed_comments(vault) == []


@pytest.fixture
def mentor_dir(vault, tmp_path):
    """A mentor's data folder, paired with the ``vault`` fixture's mentee, closed again."""
    folder = VaultFolder.acquire(tmp_path / "mentor")
    created = folder.create(PASSPHRASE, Role.MENTOR, "Sam", kdf=FAST_KDF)
    pair_directly(vault, created.vault)
    created.vault.close()
    folder.release()
    return tmp_path / "mentor"


def test_a_mentor_prints_the_plan_from_a_share_without_importing(
    qapp, vault, mentor_dir, tmp_path, monkeypatch, capsys
):
    records.save(vault, Trigger(name="Friday after work"))
    plan.set_section(vault, PlanSection.REASONS, "Being there for Mia")
    path = tmp_path / "jordan.rdshare"
    share.write(vault, ShareChoice(), path, None)
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    out = tmp_path / "jordan-plan.pdf"
    code = cli.main(
        ["--data-dir", str(mentor_dir), "print-plan", "--share", str(path), "--out", str(out)]
    )
    assert code == cli.EXIT_OK, capsys.readouterr().err
    text = _flat(_text(out)[1])
    assert "Jordan: my relapse-prevention plan" in text
    assert "Friday after work" in text and "Being there for Mia" in text
    assert out.stat().st_mode & 0o777 == 0o600
    assert len(PdfReader(out).pages) >= 1
    # Nothing was imported: the mentor's vault holds no share and no log entry.
    folder = VaultFolder.acquire(mentor_dir)
    try:
        mentor = folder.unlock(PASSPHRASE)
        assert exchange.exchange_log(mentor) == []
        mentor.close()
    finally:
        folder.release()


def test_a_paired_share_cannot_be_printed_without_the_mentors_vault(
    qapp, vault, mentor_dir, tmp_path, monkeypatch, capsys
):
    path = tmp_path / "jordan.rdshare"
    share.write(vault, ShareChoice(), path, None)
    out = tmp_path / "x.pdf"
    empty = tmp_path / "no-vault"
    code = cli.main(
        ["--data-dir", str(empty), "print-plan", "--share", str(path), "--out", str(out)]
    )
    assert code == cli.EXIT_AUTH
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert not out.exists()
