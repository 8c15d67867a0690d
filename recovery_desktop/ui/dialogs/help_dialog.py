"""Help > User guide: the guide that ships with the app, shown offline in a plain viewer.

The guide is our own static HTML (``resources/help``); no text a person wrote is ever in
it. Even so, the viewer loads nothing from anywhere, follows no link out of the guide and
opens nothing in a web browser: links inside the guide only scroll to their section.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from recovery_desktop import APP_NAME
from recovery_desktop.domain import language as app_language

#: A little air between lines and around the shortcuts table; colours follow the palette.
_STYLE = (
    "p, li { line-height: 125%; } h2 { margin-top: 20px; }"
    " table { border-collapse: collapse; } td, th { padding: 4px 8px; }"
)


def guide_html(language: str = "") -> str:
    """The guide in ``language`` (a two-letter code) if we have it, else in English.

    By default, the language the app speaks (the one its translators were installed for),
    not the computer's locale: someone who chose English on a Spanish system reads English.
    """
    folder = resources.files("recovery_desktop.resources") / "help"
    language = language or app_language.current().code
    translated = folder / f"guide.{language}.html"
    source = translated if language != "en" and translated.is_file() else folder / "guide.html"
    return source.read_text(encoding="utf-8")


class OfflineBrowser(QTextBrowser):
    """A text browser that fetches nothing: no images, no style sheets, no other pages.

    ``requested`` records whatever the document asked for, so tests can prove the guide
    loaded nothing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.requested: list[str] = []
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)  # anchorClicked decides; nothing is ever loaded
        self.anchorClicked.connect(self._on_anchor_clicked)

    def loadResource(self, kind: int, name: QUrl) -> object:
        """Refuse every resource."""
        self.requested.append(name.toString())
        return None

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if not url.scheme() and not url.path() and url.hasFragment():
            self.scrollToAnchor(url.fragment())


class HelpDialog(QDialog):
    """The user guide, in its own window beside the app (not modal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{app} user guide").format(app=APP_NAME))
        self.setModal(False)
        self.browser = OfflineBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide"))
        document = self.browser.document()
        document.setDocumentMargin(18)
        document.setDefaultStyleSheet(_STYLE)
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the guide"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 680)
