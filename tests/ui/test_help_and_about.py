"""Help > User guide (offline, loads nothing) and About (versions and licences, plain text)."""

from __future__ import annotations

import email.message
import html
import re
from collections.abc import Iterator
from importlib import metadata, resources

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from recovery_desktop.ui import i18n
from recovery_desktop.ui.dialogs.about_dialog import LIBRARIES, AboutDialog, declared_licence
from recovery_desktop.ui.dialogs.help_dialog import HelpDialog, guide_html
from recovery_desktop.ui.main_window import MainWindow
from tests.ui.support import activate

SECTIONS = (
    "Getting started",
    "The daily check-in",
    "Triggers and the urge log",
    "Your plan, and printing it",
    "Working with your mentor",
    "The passphrase, said in person",
    "Paired keys",
    "Privacy and backups",
    "Keyboard shortcuts",
    "In a crisis",
)
SECTIONS_ES = (
    "Primeros pasos",
    "El registro diario",
    "Los desencadenantes y el registro de impulsos",
    "Tu plan, y cómo imprimirlo",
    "Trabajar con tu mentor",
    "La frase de contraseña, dicha en persona",
    "Claves emparejadas",
    "Privacidad y copias de seguridad",
    "Atajos de teclado",
    "En caso de crisis",
)
#: Every guide that ships, by language: each must follow the same rules.
GUIDE_LANGUAGES = ("en", "es")

#: Every name of the app's UI that the Spanish guide sets in bold or italics, with the
#: message it comes from, (context, English source): the guide must call each thing what
#: the Spanish UI calls it. Menu paths ("Archivo > Bloquear") are checked part by part.
UI_NAMES_ES = {
    "Archivo": ("MainWindow", "&File"),
    "Editar": ("MainWindow", "&Edit"),
    "Deshacer": ("MainWindow", "&Undo"),
    "Preferencias": ("MainWindow", "Pr&eferences…"),
    "Registro diario": ("MainWindow", "Check-in"),
    "Desencadenantes": ("MainWindow", "Triggers"),
    "Plan": ("MainWindow", "Plan"),
    "Metas": ("MainWindow", "Goals"),
    "Progreso": ("MainWindow", "Progress"),
    "Diario": ("MainWindow", "Journal"),
    "Aprendizaje": ("MainWindow", "Learning"),
    "Autoevaluación": ("MainWindow", "Self-assessment"),
    "Mentor": ("MainWindow", "Mentor"),
    "Retroalimentación": ("MentorSession", "Feedbac&k"),
    "Código de recuperación": ("RecoveryCodePage", "Recovery code"),
    "Usar mi código de recuperación en su lugar": ("UnlockDialog", "Use my recovery code instead"),
    "Día tranquilo": ("CheckInForm", "Uneventful day"),
    "Recordatorio diario": ("CheckInTab", "Daily reminder…"),
    "Registro de impulsos": ("TriggersTab", "Urge log"),
    "Anotar un impulso": ("MainWindow", "&Log an urge…"),
    "Subir": ("RecordListSection", "Move up"),
    "Bajar": ("RecordListSection", "Move down"),
    "Marcar como revisado con mi mentor": ("PlanTab", "&Mark as reviewed with my mentor…"),
    "Versiones anteriores": ("PlanTab", "Earlier &versions…"),
    "Imprimir mi plan": ("MainWindow", "&Print my plan…"),
    "Vista previa de impresión": ("MainWindow", "Print pre&view…"),
    "Exportar mi plan como PDF": ("MainWindow", "E&xport my plan as PDF…"),
    "Imprimir mi tarjeta de crisis para la cartera": (
        "MainWindow",
        "Print my wallet &crisis card…",
    ),
    "Imprimir un plan en blanco": ("MainWindow", "Print a bla&nk plan…"),
    "Compartir con mi mentor": ("MainWindow", "&Share with my mentor…"),
    "Vista previa": ("ShareDialog", "Pre&view…"),
    "Importar la retroalimentación del mentor": ("MainWindow", "&Import mentor feedback…"),
    "Abrir lo compartido por un mentorado": ("MainWindow", "&Open a mentee's share…"),
    "Escribir archivo de retroalimentación": ("MainWindow", "&Write feedback file…"),
    "Bloquear": ("MainWindow", "&Lock"),
    "Recordar en este ordenador": ("MainWindow", "Re&member on this computer"),
    "Hacer copia de seguridad ahora": ("MainWindow", "&Back up now"),
    "Restaurar desde una copia de seguridad": ("MainWindow", "&Restore from a backup…"),
}
#: Words the Spanish guide sets in bold or italics that name no part of the UI.
NOT_UI_ES = {"En esta guía", "desliz", "recaída", "emparejados", "vault.key"}


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow("Jordan", remember=False)
    qtbot.addWidget(window)
    window.show()
    yield window


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The app in Spanish for one test, then back in English (as in test_translations)."""
    assert i18n.install_translators(qapp, "es") == "es"
    yield
    i18n.remove_translators(qapp)


def open_guide(window: MainWindow) -> HelpDialog:
    window.help_action.trigger()
    guide = window.findChild(HelpDialog)
    assert guide is not None and guide.isVisible()
    return guide


def anchors(page: str) -> set[str]:
    """The places a link can point to: ``<a name>`` and ``id`` attributes."""
    return set(re.findall(r'<a name="([^"]+)"', page)) | set(re.findall(r'\bid="([^"]+)"', page))


def link_targets(page: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', page)


def emphasised(page: str) -> list[str]:
    """The text of each ``<b>`` and ``<i>``, as a reader sees it."""
    found = re.findall(r"<([bi])>(.*?)</\1>", page, flags=re.DOTALL)
    return [" ".join(html.unescape(text).split()) for _tag, text in found]


# --- the guide ---------------------------------------------------------------------------


def test_user_guide_is_f1_in_the_help_menu(window: MainWindow) -> None:
    expected = QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents) or [
        QKeySequence("F1")
    ]
    assert window.help_action.shortcuts() == expected
    help_menu = window.menuBar().actions()[-1].menu()
    assert help_menu.actions()[0] is window.help_action


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen, opened twice
def test_guide_opens_beside_the_window_with_every_section(window: MainWindow) -> None:
    guide = open_guide(window)
    assert not guide.isModal(), "the guide stays open while the person works"
    text = guide.browser.document().toPlainText()
    for heading in SECTIONS:
        assert heading in text, heading
    open_guide(window)
    assert len(window.findChildren(HelpDialog)) == 1, "one guide, raised again"


def test_guide_loads_nothing_from_anywhere(window: MainWindow) -> None:
    guide = open_guide(window)
    browser = guide.browser
    assert not browser.openExternalLinks()
    assert not browser.openLinks()
    QApplication.processEvents()
    assert browser.requested == []


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_guide_refers_to_nothing_outside_itself(language: str) -> None:
    page = guide_html(language)
    for forbidden in ("http:", "https:", "<img", "src=", "<link", "@import", "<script"):
        assert forbidden not in page.lower(), forbidden
    # Every link is to a section of the guide itself.
    targets = link_targets(page)
    found = anchors(page)
    assert targets and all(t.startswith("#") and t[1:] in found for t in targets), targets


def test_tab_walks_the_contents_links_then_reaches_close(window: MainWindow) -> None:
    guide = open_guide(window)
    activate(guide)
    guide.browser.setFocus()
    walked = []
    for _ in range(30):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not guide.browser:
            break
        walked.append(guide.browser.textCursor().selectedText())
    assert isinstance(QApplication.focusWidget(), QPushButton)
    assert "Getting started" in walked and "In a crisis" in walked


def test_links_scroll_within_the_guide_and_never_leave_it(window: MainWindow) -> None:
    guide = open_guide(window)
    browser = guide.browser
    bar = browser.verticalScrollBar()
    assert bar.value() == 0
    browser.anchorClicked.emit(QUrl("#crisis"))
    assert bar.value() > 0
    before = browser.toHtml()
    browser.anchorClicked.emit(QUrl("https://example.org/"))
    browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert browser.toHtml() == before
    assert browser.requested == []


@pytest.mark.parametrize(
    ("language", "own_lines"),
    [("en", "crisis lines you wrote"), ("es", "líneas de crisis que escribiste")],
)
def test_guide_points_to_the_persons_own_crisis_lines_and_no_numbers(
    language: str, own_lines: str
) -> None:
    page = guide_html(language)
    crisis = " ".join(page[page.index('name="crisis"') :].split())
    assert own_lines in crisis
    assert not re.search(r"\d{3}", crisis), "no phone numbers of particular services"


@pytest.mark.parametrize("name", ["guide.html", "guide.es.html"])
def test_the_guide_ships_as_a_package_resource(name: str) -> None:
    guide = resources.files("recovery_desktop.resources") / "help" / name
    assert guide.is_file()


# --- the Spanish guide -------------------------------------------------------------------


def test_guide_html_picks_the_language_and_falls_back_to_english() -> None:
    english, spanish = guide_html("en"), guide_html("es")
    assert '<html lang="en">' in english and "Getting started" in english
    assert '<html lang="es">' in spanish and "Primeros pasos" in spanish
    assert guide_html("fr") == english, "a language without a guide reads the English one"
    assert guide_html() == english, "tests run the app in English"


def test_spanish_guide_has_the_same_sections_links_and_layout_as_the_english() -> None:
    english, spanish = guide_html("en"), guide_html("es")
    assert anchors(spanish) == anchors(english)
    assert link_targets(spanish) == link_targets(english)
    blocks = r"<(h[1-6]|p|ul|ol|li|table|tr|th|td)\b"
    assert re.findall(blocks, spanish) == re.findall(blocks, english)
    # The shortcuts themselves are the same keys.
    keys = r"<tr><td>([^<]*)</td>"
    assert [k.replace(" en ", " on ") for k in re.findall(keys, spanish)] == re.findall(
        keys, english
    )


def test_spanish_guide_names_the_ui_as_the_spanish_ui_does() -> None:
    data = i18n.catalog_bytes("es")  # the compiled catalogue the app loads
    translator = QTranslator()
    assert data is not None and translator.load(data)
    for name, (context, source) in UI_NAMES_ES.items():
        shown = translator.translate(context, source).replace("&", "").removesuffix("…")
        assert shown == name, (source, shown)
    names = {name.casefold() for name in UI_NAMES_ES}
    unknown = [
        part
        for text in emphasised(guide_html("es"))
        if text not in NOT_UI_ES
        for part in text.split(" > ")
        if part.casefold() not in names
    ]
    assert unknown == [], "add them to UI_NAMES_ES (or NOT_UI_ES if they name no UI)"


def test_the_guide_opens_in_spanish_in_the_spanish_app(qtbot: QtBot, spanish: None) -> None:
    window = MainWindow("Jordan", remember=False)
    qtbot.addWidget(window)
    window.show()
    assert window.help_action.text() == "&Guía de uso"
    guide = open_guide(window)
    assert guide.windowTitle() == "Guía de uso de Recovery Desktop"
    text = guide.browser.document().toPlainText()
    for heading in SECTIONS_ES:
        assert heading in text, heading
    assert "Getting started" not in text
    QApplication.processEvents()
    assert guide.browser.requested == []


def test_the_english_app_shows_the_english_guide_on_a_spanish_computer(
    window: MainWindow,
) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale("es_ES"))  # the computer's locale, not the app's language
    try:
        text = open_guide(window).browser.document().toPlainText()
    finally:
        QLocale.setDefault(previous)
    assert "Getting started" in text and "Primeros pasos" not in text


# --- about ---------------------------------------------------------------------------------


def about_rows(window: MainWindow) -> dict[str, tuple[str, str]]:
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    tree = dialog.libraries
    return {
        tree.topLevelItem(i).text(0): (tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(2))
        for i in range(tree.topLevelItemCount())
    }


def test_about_lists_every_library_with_a_licence(window: MainWindow) -> None:
    rows = about_rows(window)
    assert set(rows) == {"Python"} | {library.name for library in LIBRARIES}
    for name, (version, licence) in rows.items():
        assert version.strip(), name
        assert licence.strip(), name


def test_about_shows_what_package_metadata_says(window: MainWindow) -> None:
    rows = about_rows(window)
    assert rows["SQLAlchemy"] == (metadata.version("SQLAlchemy"), "MIT")
    assert rows["cryptography"][1] == "Apache-2.0 OR BSD-3-Clause"
    assert rows["Alembic"][1] == "MIT"
    assert "LGPL-3.0" in rows["Qt and PySide6"][1]
    # matplotlib's License field is the whole licence text: the classifier says it shortly.
    assert rows["matplotlib"][1] == "Python Software Foundation License"
    # pyrage's metadata names no licence: its licence file's is shown, marked as such.
    assert rows["pyrage (age)"][1] == "MIT (from its licence file)"


def _meta(**fields: str | list[str]) -> email.message.Message:
    message = email.message.Message()
    for key, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            message[key.replace("_", "-")] = item
    return message


def test_declared_licence_prefers_the_short_declared_forms() -> None:
    assert declared_licence(_meta(License_Expression="MIT", License="BSD")) == "MIT"
    assert declared_licence(_meta(License="BSD-3-Clause")) == "BSD-3-Clause"
    whole_text = "Copyright (c) 2004\n\nPermission is granted to anyone..."
    classifier = "License :: OSI Approved :: BSD License"
    assert declared_licence(_meta(License=whole_text, Classifier=classifier)) == "BSD License"
    assert declared_licence(_meta(License="UNKNOWN")) == ""
    assert declared_licence(_meta(License="<b>MIT</b>" * 20)) == ""
