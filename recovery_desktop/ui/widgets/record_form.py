"""A dialog that edits one record, built from a list of field descriptions.

Each field gets a labelled widget with an accessible name, in tab order. On OK the domain
rules check the record; a problem is shown under its field, the field gets the focus,
and nothing typed is lost.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.errors import ValidationError
from recovery_desktop.domain.records import Record
from recovery_desktop.domain.validation import validate
from recovery_desktop.ui.i18n import problem as problem_text
from recovery_desktop.ui.widgets.basics import plain_label
from recovery_desktop.ui.widgets.fit import grow_to_fit

R = TypeVar("R", bound=Record)


class Kind(enum.Enum):
    """How a field is edited."""

    LINE = "line"
    TEXT = "text"
    CHOICE = "choice"
    NUMBER = "number"
    OPTIONAL_NUMBER = "optional_number"
    DATETIME = "datetime"
    DATE = "date"
    LINKS = "links"
    FLAG = "flag"


@dataclass(frozen=True)
class FieldSpec:
    """One field of the form.

    ``choices`` lists (value, label) for CHOICE and LINKS fields; ``minimum`` and
    ``maximum`` bound NUMBER fields; ``hint`` is a short line shown under the field.
    """

    name: str
    label: str
    kind: Kind = Kind.LINE
    choices: Sequence[tuple[Any, str]] = field(default_factory=tuple)
    minimum: int = 0
    maximum: int = 100
    hint: str = ""
    suffix: str = ""
    #: Shown instead of an empty LINKS list ("" for a general "nothing to choose yet").
    empty_hint: str = ""


class RecordDialog(QDialog, Generic[R]):
    """Edits ``record``; ``result_record()`` is the edited copy after OK."""

    #: The edited record passed validation (R).
    record_accepted = Signal(object)

    def __init__(
        self,
        title: str,
        record: R,
        fields: Sequence[FieldSpec],
        parent: QWidget | None = None,
        check: Callable[[R], None] = validate,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._record = record
        self._fields = list(fields)
        self._check = check
        self._result: R | None = None
        self.editors: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in self._fields:
            editor = self._make_editor(spec, getattr(record, spec.name))
            editor.setAccessibleName(spec.label.replace("&", ""))
            if spec.hint:
                editor.setAccessibleDescription(spec.hint)
            self.editors[spec.name] = editor
            holder = QWidget(self)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(editor)
            hint_text = spec.hint
            if spec.kind is Kind.LINKS and not spec.choices:
                hint_text = spec.empty_hint or self.tr("Nothing to choose yet.")
                editor.hide()  # an empty box to tick reads as broken
            if hint_text:
                hint = plain_label(hint_text, holder)
                hint.setEnabled(False)  # the palette's quieter text colour
                column.addWidget(hint)
            error = plain_label("", holder)
            error.setObjectName("fieldError")
            error.setStyleSheet("color: palette(link); font-weight: 600;")
            error.setAccessibleName(
                self.tr("Problem with {field}").format(field=spec.label.replace("&", "").lower())
            )
            error.hide()
            column.addWidget(error)
            self._errors[spec.name] = error
            if spec.kind is Kind.FLAG:
                form.addRow("", holder)
            else:
                label = QLabel(spec.label, self)
                label.setBuddy(editor)
                form.addRow(label, holder)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        self._buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        if self._fields:
            self.editors[self._fields[0].name].setFocus()

    def event(self, event: QEvent) -> bool:
        """Grow when wrapped hints need more lines (larger text, a longer problem)."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            grow_to_fit(self)
        return handled

    def set_read_only(self) -> None:
        """Show the record without letting it change: only Close remains."""
        from recovery_desktop.ui.read_only import make_read_only

        make_read_only(self, keep=[self._buttons])
        self._buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self._buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close")
        )

    # --- editors -----------------------------------------------------------------------

    def _make_editor(self, spec: FieldSpec, value: Any) -> QWidget:
        match spec.kind:
            case Kind.LINE:
                line = QLineEdit(str(value or ""), self)
                return line
            case Kind.TEXT:
                text = QPlainTextEdit(self)
                text.setPlainText(str(value or ""))
                text.setTabChangesFocus(True)
                text.setMinimumHeight(70)
                return text
            case Kind.CHOICE:
                combo = QComboBox(self)
                for choice, label in spec.choices:
                    combo.addItem(label, choice)
                index = next((i for i, (c, _l) in enumerate(spec.choices) if c == value), 0)
                combo.setCurrentIndex(index)
                return combo
            case Kind.NUMBER | Kind.OPTIONAL_NUMBER:
                spin = QSpinBox(self)
                optional = spec.kind is Kind.OPTIONAL_NUMBER
                spin.setRange(spec.minimum - (1 if optional else 0), spec.maximum)
                if optional:
                    spin.setSpecialValueText(self.tr("Not noted"))
                spin.setSuffix(spec.suffix)
                spin.setValue(spin.minimum() if value is None else int(value))
                return spin
            case Kind.DATETIME:
                edit = QDateTimeEdit(self)
                edit.setCalendarPopup(True)
                edit.setDisplayFormat("dd MMM yyyy  HH:mm")
                local = (value or dt.datetime.now(dt.UTC)).astimezone()
                edit.setDateTime(
                    QDateTime(
                        QDate(local.year, local.month, local.day),
                        QTime(local.hour, local.minute),
                    )
                )
                return edit
            case Kind.DATE:
                date_edit = QDateEdit(self)
                date_edit.setCalendarPopup(True)
                date_edit.setDisplayFormat("dd MMM yyyy")
                day = value or dt.date.today()
                date_edit.setDate(QDate(day.year, day.month, day.day))
                return date_edit
            case Kind.LINKS:
                links = QListWidget(self)
                chosen = set(value or ())
                for choice, label in spec.choices:
                    item = QListWidgetItem(label, links)
                    item.setData(Qt.ItemDataRole.UserRole, choice)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(
                        Qt.CheckState.Checked if choice in chosen else Qt.CheckState.Unchecked
                    )
                links.setMaximumHeight(min(150, 24 * max(len(spec.choices), 2) + 8))
                if links.count():
                    links.setCurrentRow(0)
                return links
            case Kind.FLAG:
                box = QCheckBox(spec.label.replace("&", ""), self)
                box.setChecked(bool(value))
                return box
        raise AssertionError(spec.kind)

    def _read(self, spec: FieldSpec) -> Any:
        editor = self.editors[spec.name]
        match spec.kind:
            case Kind.LINE:
                assert isinstance(editor, QLineEdit)
                return editor.text().strip()
            case Kind.TEXT:
                assert isinstance(editor, QPlainTextEdit)
                return editor.toPlainText().strip()
            case Kind.CHOICE:
                assert isinstance(editor, QComboBox)
                # By index into our own list: Qt would hand enums back as plain values.
                return spec.choices[editor.currentIndex()][0]
            case Kind.NUMBER | Kind.OPTIONAL_NUMBER:
                assert isinstance(editor, QSpinBox)
                if spec.kind is Kind.OPTIONAL_NUMBER and editor.value() == editor.minimum():
                    return None
                return editor.value()
            case Kind.DATETIME:
                assert isinstance(editor, QDateTimeEdit)
                qt = editor.dateTime()
                date, time = qt.date(), qt.time()
                local = dt.datetime(
                    date.year(), date.month(), date.day(), time.hour(), time.minute()
                )
                return local.astimezone().astimezone(dt.UTC)
            case Kind.DATE:
                assert isinstance(editor, QDateEdit)
                date = editor.date()
                return dt.date(date.year(), date.month(), date.day())
            case Kind.LINKS:
                assert isinstance(editor, QListWidget)
                return tuple(
                    editor.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(editor.count())
                    if editor.item(i).checkState() == Qt.CheckState.Checked
                )
            case Kind.FLAG:
                assert isinstance(editor, QCheckBox)
                return editor.isChecked()
        raise AssertionError(spec.kind)

    # --- saving ------------------------------------------------------------------------

    def edited(self) -> R:
        """The record with the form's values (not yet checked)."""
        values = {spec.name: self._read(spec) for spec in self._fields}
        return dataclasses.replace(self._record, **values)

    def show_problem(self, field_name: str, problem: str) -> None:
        """Show ``problem`` under a field and move the focus there."""
        for label in self._errors.values():
            label.hide()
        label = self._errors.get(field_name) or self._errors[self._fields[0].name]
        label.setText(problem)
        label.show()
        self.editors.get(field_name, self.editors[self._fields[0].name]).setFocus()

    def _on_save_clicked(self) -> None:
        record = self.edited()
        try:
            self._check(record)
        except ValidationError as problem:
            self.show_problem(problem.field, problem_text(problem))
            return
        self._result = record
        self.accept()
        self.record_accepted.emit(record)

    def result_record(self) -> R | None:
        """The edited record once saved, else None."""
        return self._result
