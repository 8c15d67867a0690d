"""The Spanish translation: complete, current with the code, and really used by every window.

Each test that installs Spanish removes it again (the ``spanish`` fixture), so every other
test keeps reading the English source strings.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from recovery_desktop import settings as opts
from recovery_desktop.domain.profile import Role
from recovery_desktop.settings import Settings
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.vault import OpenVault
from recovery_desktop.ui import i18n
from recovery_desktop.ui.dialogs.print_options_dialog import PrintOptionsDialog
from recovery_desktop.ui.dialogs.setup_wizard import SetupWizard
from recovery_desktop.ui.dialogs.share_dialog import ShareDialog
from recovery_desktop.ui.dialogs.unlock_dialog import UnlockDialog
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.session import SessionController
from recovery_desktop.ui.tasks import InlineTaskRunner
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).parents[2]
TS = ROOT / "resources" / "translations" / "recovery_desktop_es.ts"


def _script() -> ModuleType:
    """``packaging/translations.py`` (the packaging folder is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging/translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _catalog() -> dict[tuple[str, str], str]:
    """(context, source) to the Spanish translation, for every finished message."""
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in (None, ""):
                found[name, message.findtext("source") or ""] = translation.text or ""
    return found


def _english_words() -> set[str]:
    """Every English source string whose Spanish differs, with and without its mnemonic."""
    words = set()
    for (_context, source), spanish in _catalog().items():
        if source.strip() and source != spanish:
            words |= {source, source.replace("&", "")}
    # The same words in Spanish and in English elsewhere ("Plan", "Total") are not English.
    return words - {text.replace("&", "") for text in _catalog().values()}


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The app in Spanish for one test, then back in English."""
    assert i18n.install_translators(qapp, "es") == "es"
    yield
    i18n.remove_translators(qapp)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


# --- the sources ---------------------------------------------------------------------


def test_every_string_in_the_code_is_translated():
    """The .ts holds every translatable string of the code, each one finished."""
    assert _script().problems("es") == []


def test_a_translation_must_fill_the_same_placeholders():
    """A renamed or dropped ``{field}`` would raise KeyError or lose a value at run time."""
    script = _script()

    def message(source: str, translation: str) -> ET.Element:
        element = ET.fromstring("<message><source/><translation/></message>")
        element[0].text, element[1].text = source, translation
        return element

    assert script.fields("{day:%d %B %Y}, {count} and {name!r}") == {"day", "count", "name"}
    assert script._same_fields(message("Due {day:%d %B}", "Vence el {day:%d de %B}"))
    assert not script._same_fields(message("{count} days", "{cuenta} días"))
    assert not script._same_fields(message("{name}: {count}", "{name}"))
    assert not script._same_fields(message("{count} days", "{count} días}"))  # stray brace


def test_the_compiled_catalog_matches_its_source():
    """The shipped .qm gives exactly the .ts translations (``make translations`` was run)."""
    translator = QTranslator()
    data = (TS.with_suffix(".qm")).read_bytes()
    assert translator.load(data)
    stale = [
        f"{context}: {source!r}"
        for (context, source), spanish in _catalog().items()
        if translator.translate(context, source) != spanish
    ]
    assert stale == [], "run make translations:\n" + "\n".join(stale[:20])


def test_translations_keep_their_placeholders():
    """A translation names the same {values} as its source, or .format() would fail.

    Only the names must match: a date's format may change ("{day:%d de %B de %Y}").
    """
    import re

    pattern = re.compile(r"\{([^{}:!]*)[^{}]*\}")
    broken = [
        f"{context}: {source!r}"
        for (context, source), spanish in _catalog().items()
        if set(pattern.findall(source)) != set(pattern.findall(spanish))
    ]
    assert broken == []


# --- the windows in Spanish ----------------------------------------------------------


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(what, text) for every text a person can see or hear in ``root`` and its children."""
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        kind = type(widget).__name__
        found += [
            (f"{kind} title", widget.windowTitle() if widget.isWindow() else ""),
            (f"{kind} accessible name", widget.accessibleName()),
            (f"{kind} description", widget.accessibleDescription()),
            (f"{kind} tooltip", widget.toolTip()),
            (f"{kind} status tip", widget.statusTip()),
        ]
        match widget:
            case QAbstractButton() | QLabel():
                found.append((f"{kind} text", widget.text()))
            case QGroupBox():
                found.append((f"{kind} title", widget.title()))
            case QLineEdit() | QPlainTextEdit():
                found.append((f"{kind} placeholder", widget.placeholderText()))
            case QComboBox():
                found += [(f"{kind} item", widget.itemText(i)) for i in range(widget.count())]
            case QTabWidget():
                found += [(f"{kind} tab", widget.tabText(i)) for i in range(widget.count())]
            case QListWidget():
                found += [(f"{kind} item", widget.item(i).text()) for i in range(widget.count())]
            case QSpinBox():
                found += [(f"{kind} suffix", widget.suffix()), (kind, widget.specialValueText())]
            case QAbstractSpinBox():
                found.append((f"{kind} special", widget.specialValueText()))
            case QMenu():
                found.append((f"{kind} title", widget.title()))
            case QWizard():
                page = widget.currentPage()
                if page is not None:
                    found += [(f"{kind} page", page.title()), (f"{kind} page", page.subTitle())]
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model, header = widget.model(), _header(widget)
            found += [
                (f"{kind} header", str(model.headerData(column, _HORIZONTAL) or ""))
                for column in range(header.count())
            ]
        for action in widget.actions():
            found += [
                ("action", action.text()),
                ("action tip", action.statusTip()),
                ("action tooltip", action.toolTip()),
            ]
    return found


_HORIZONTAL = Qt.Orientation.Horizontal


def _header(view: QTableView | QTreeView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


def english_left(root: QWidget) -> list[str]:
    """Texts in ``root`` that are still an English string the catalog translates."""
    english = _english_words()
    return sorted(
        {f"{what}: {text!r}" for what, text in texts_of(root) if text and text in english}
    )


def test_catalog_has_english_words_to_look_for():
    english = _english_words()
    assert {"&File", "Cancel", "Check-in", "Please write something first."} <= english
    assert "Plan" not in english  # the same word in both languages


@pytest.fixture
def workspace(
    qtbot: QtBot, spanish: None, data_dir: Path, vault_folder: VaultFolder, vault: OpenVault
) -> Iterator[MainWindow]:
    """The mentee's main window with every tab, built in Spanish."""
    controller = SessionController(
        vault_folder, Settings.in_folder(data_dir), InlineTaskRunner(), kdf=FAST_KDF
    )
    controller.start(vault)
    assert controller.window is not None
    yield controller.window
    controller.quit()


def test_main_window_every_tab_in_spanish(workspace: MainWindow):
    menus = [action.text() for action in workspace.menuBar().actions()]
    assert menus[0] == "&Archivo"
    left = []
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
        QApplication.processEvents()  # a tab fills in when it is first shown
        left += english_left(workspace)
    assert sorted(set(left)) == []
    assert workspace.tabs.tabText(0) == "Re&gistro diario"


def test_mentor_window_in_spanish(qtbot: QtBot, spanish: None, tmp_path: Path):
    folder = VaultFolder.acquire(tmp_path / "mentor")
    created = folder.create(PASSPHRASE, Role.MENTOR, "Sam", kdf=FAST_KDF)
    controller = SessionController(
        folder, Settings.in_folder(tmp_path / "mentor"), InlineTaskRunner(), kdf=FAST_KDF
    )
    try:
        controller.start(created.vault)
        assert controller.window is not None
        assert english_left(controller.window) == []
    finally:
        controller.quit()


def _check_dialog(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    assert english_left(dialog) == []


def test_setup_wizard_in_spanish(qtbot: QtBot, spanish: None, vault_folder: VaultFolder):
    wizard = SetupWizard(vault_folder, InlineTaskRunner(), kdf=FAST_KDF)
    _check_dialog(qtbot, wizard)
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Cancelar"
    wizard.next()
    assert english_left(wizard) == []


def test_unlock_dialog_in_spanish(qtbot: QtBot, spanish: None, vault_folder: VaultFolder):
    vault_folder.create(PASSPHRASE, Role.MENTEE, "Jordan", kdf=FAST_KDF).vault.close()
    dialog = UnlockDialog(vault_folder, InlineTaskRunner())
    _check_dialog(qtbot, dialog)
    dialog.passphrase.edit.setText("not it at all")
    dialog.unlock_button.click()
    assert dialog.message.text().startswith("Esa frase de contraseña no abre esta bóveda")
    dialog.switch.click()
    assert english_left(dialog) == []


def test_share_dialog_in_spanish(qtbot: QtBot, spanish: None, data_dir: Path, vault: OpenVault):
    dialog = ShareDialog(vault, Settings.in_folder(data_dir), InlineTaskRunner())
    _check_dialog(qtbot, dialog)
    assert dialog.cancel_button.text() == "Cancelar"  # Qt's own standard button, in Spanish


def test_print_options_in_spanish(qtbot: QtBot, spanish: None):
    dialog = PrintOptionsDialog("Imprimir mi plan", "Im&primir…")
    _check_dialog(qtbot, dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    texts = [button.text() for button in buttons.buttons()]
    assert "Cancelar" in texts


def test_standard_buttons_follow_the_language(qapp: QApplication, spanish: None):
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    texts = sorted(button.text().replace("&", "") for button in box.buttons())
    assert texts == ["Cancelar", "Guardar"]


# --- choosing the language -------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("es", ["en-US"], "es"),
        ("en", ["es-ES"], "en"),
        ("system", ["es-ES", "en"], "es"),
        ("system", ["es_MX"], "es"),
        ("system", ["de-DE", "es-ES"], "en"),  # a language we lack comes first: English
        ("system", ["en-GB", "es-ES"], "en"),
        ("system", ["C"], "en"),
        ("nonsense", ["fr-FR"], "en"),
    ],
)
def test_resolving_the_setting(setting: str, system: list[str], expected: str):
    assert i18n.resolve(setting, system) == expected


def test_a_chosen_language_applies_at_the_next_start(qapp: QApplication, data_dir: Path):
    """Preferences store the language; the next start reads it before building any window."""
    data_dir.mkdir()
    settings = Settings.in_folder(data_dir)
    settings.set(opts.LANGUAGE, "es")
    start: Callable[[], str] = lambda: i18n.install_translators(  # noqa: E731 - as app.py does
        qapp, Settings.in_folder(data_dir).get(opts.LANGUAGE)
    )
    try:
        assert start() == "es"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
        window = MainWindow("Jordan", remember=False)
        assert window.menuBar().actions()[0].text() == "&Archivo"
        window.deleteLater()
        settings.set(opts.LANGUAGE, "en")
        assert start() == "en"
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        i18n.remove_translators(qapp)


def test_english_is_the_default_for_the_tests():
    """No test run starts in Spanish, whatever the machine's language."""
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert Settings.in_folder(ROOT / "no-such-folder").get(opts.LANGUAGE) == "system"
    assert i18n.resolve("system") == "en"


# --- the words after a slip, in Spanish ------------------------------------------------

#: Words that blame, reset or score: never in what the app says about a slip or the record.
UNKIND_ES = (
    "fracas",
    "fallaste",
    "culpa",
    "vergüenza",
    "reinici",
    "cero",
    "empezar de nuevo",
    "volver a empezar",
    "desde el principio",
    "arruin",
    "desperdici",
    "perdiste",
    "racha",
    "puntos",
    "nivel",
    "insignia",
    "!",
    "¡",
)


def test_spanish_words_about_slips_and_milestones_stay_kind(spanish: None):
    from recovery_desktop.domain.checkins import CheckIn, UseStatus
    from recovery_desktop.domain.milestones import SOBER_DAYS, Milestone, MilestoneKind
    from recovery_desktop.domain.sobriety import sobriety_record
    from recovery_desktop.ui.recovery_words import after_slip, celebration, record_text
    from recovery_desktop.ui.views.triggers_tab import lapse_message

    start = dt.date(2026, 1, 1)
    uses = {0: UseStatus.FREE, 10: UseStatus.LAPSE, 12: UseStatus.RELAPSE, 20: UseStatus.FREE}
    checkins = [CheckIn(day=start + dt.timedelta(days=n), use=use) for n, use in uses.items()]
    record = sobriety_record(checkins, start + dt.timedelta(days=20))
    words = record_text(record)
    said = [words.headline, *words.lines]
    said += [after_slip(use, record, lapse_message("")) for use in UseStatus if use.is_slip]
    said += celebration(
        [
            Milestone(kind=MilestoneKind.SOBER_DAYS, threshold=n, reached_on=start)
            for n in SOBER_DAYS
        ]
    )
    text = " ".join(said).lower()
    assert "tropiezo" in text and "sin consumo" in text  # it is Spanish
    assert [word for word in UNKIND_ES if word in text] == []
    assert words.lines[0] == "Tramo más largo: 10 días."
    assert words.headline == "8 días sin consumo, desde el 14 de enero de 2026"


def test_spanish_catalog_never_blames():
    """No translation, anywhere in the app, speaks of failure, guilt or shame."""
    blaming = ("fracas", "culpa", "vergüenza", "fallaste", "recaíste")
    found = [
        f"{source!r}: {spanish!r}"
        for (_context, source), spanish in _catalog().items()
        if any(word in spanish.lower() for word in blaming)
    ]
    assert found == []
