"""A passphrase entry with a show/hide toggle and, for new passphrases, a strength hint."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from recovery_desktop.domain.passphrase import MIN_LENGTH, Strength, assess

_HINTS = {
    Strength.TOO_SHORT: QT_TRANSLATE_NOOP("PassphraseField", "Use at least {count} characters."),
    Strength.WEAK: QT_TRANSLATE_NOOP(
        "PassphraseField",
        "Weak: easy to guess. Try a few unrelated words, like a short odd sentence.",
    ),
    Strength.FAIR: QT_TRANSLATE_NOOP(
        "PassphraseField", "Fair: one or two more words would make it strong."
    ),
    Strength.STRONG: QT_TRANSLATE_NOOP("PassphraseField", "Strong."),
}


class PassphraseField(QWidget):
    """A masked line edit with a "Show" toggle; ``with_hint`` adds the strength hint."""

    #: The text changed.
    text_changed = Signal(str)

    def __init__(
        self, accessible_name: str, with_hint: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.show_box = QCheckBox(self.tr("Show"), self)
        self.show_box.setAccessibleName(self.tr("Show {name}").format(name=accessible_name.lower()))
        self.show_box.toggled.connect(self._on_show_toggled)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setVisible(with_hint)
        self._with_hint = with_hint
        layout.addWidget(self.hint)
        self.edit.textChanged.connect(self._on_text_changed)
        self.setFocusProxy(self.edit)
        if with_hint:
            self._on_text_changed("")

    def text(self) -> str:
        """The passphrase typed so far."""
        return self.edit.text()

    def clear(self) -> None:
        """Empty the field."""
        self.edit.clear()

    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)

    def _on_text_changed(self, text: str) -> None:
        if self._with_hint:
            self.hint.setText(self.tr(_HINTS[assess(text).strength]).format(count=MIN_LENGTH))
        self.text_changed.emit(text)
