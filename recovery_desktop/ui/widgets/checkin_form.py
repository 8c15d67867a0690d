"""The daily check-in form: quick by keyboard, with a one-click "uneventful day".

Layout and reading only: the form emits what the person asked for, and the Check-in tab
saves it. The day is a calendar date picked here (today by default), never a timestamp.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.checkins import (
    CRAVING_MAX,
    MOOD_LABELS,
    SLEEP_MAX,
    CheckIn,
    Sharing,
    UseStatus,
)
from recovery_desktop.ui.i18n import core, enum_label, local_date
from recovery_desktop.ui.text_size import emphasise
from recovery_desktop.ui.widgets.basics import plain_label

_NOT_NOTED = -0.5


def to_qdate(day: dt.date) -> QDate:
    """A date for Qt's date editors."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    """A date from Qt's date editors."""
    return dt.date(day.year(), day.month(), day.day())


class CheckInForm(QWidget):
    """Today's check-in (or a past day's); emits requests, never saves itself."""

    #: Save was pressed (CheckIn, with the form's answers).
    save_requested = Signal(object)
    #: "Uneventful day" was pressed.
    uneventful_requested = Signal()
    #: The person picked another day (dt.date).
    day_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, read_only: bool = False) -> None:
        super().__init__(parent)
        #: A mentor reading a share: the words speak of the mentee's day, not "you".
        self.read_only = read_only
        self._record: CheckIn = CheckIn(day=dt.date.today())
        self._today = dt.date.today()
        self.heading = plain_label(self.tr("Today's check-in"), self)
        emphasise(self.heading, 1.25)
        self.status = plain_label("", self)
        self.status.setAccessibleName(self.tr("Check-in status"))

        self.uneventful_button = QPushButton(self.tr("&Uneventful day (one click)"), self)
        self.uneventful_button.setAccessibleName(self.tr("Uneventful day"))
        self.uneventful_button.setAccessibleDescription(
            self.tr("Saves today as substance-free, with an okay mood and no craving.")
        )
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd dd MMM yyyy")
        self.day.setAccessibleName(self.tr("Day"))

        self.free = QRadioButton(self.tr("Substance-free"), self)
        self.lapse = QRadioButton(self.tr("A lapse"), self)
        self.relapse = QRadioButton(self.tr("A relapse"), self)
        self.use_group = QButtonGroup(self)
        for button, use in ((self.free, UseStatus.FREE), (self.lapse, UseStatus.LAPSE)):
            button.setAccessibleName(enum_label(use))
            self.use_group.addButton(button)
        self.relapse.setAccessibleName(enum_label(UseStatus.RELAPSE))
        self.use_group.addButton(self.relapse)
        self.slip_note = QLineEdit(self)
        self.slip_note.setAccessibleName(self.tr("What happened (optional)"))
        self.slip_note.setPlaceholderText(self.tr("What happened, in a few words (optional)"))

        self.mood = QComboBox(self)
        self.mood.setAccessibleName(self.tr("Mood"))
        for value, mood in MOOD_LABELS.items():
            self.mood.addItem(f"{value} · {core('Mood', mood)}", value)
        self.craving = QSpinBox(self)
        self.craving.setRange(0, CRAVING_MAX)
        self.craving.setAccessibleName(self.tr("Craving, 0 to 10"))
        self.craving.setSuffix(self.tr(" of 10"))
        self.halt = {
            name: QCheckBox(label, self)
            for name, label in (
                ("hungry", self.tr("Hungry")),
                ("angry", self.tr("Angry")),
                ("lonely", self.tr("Lonely")),
                ("tired", self.tr("Tired")),
            )
        }
        for box in self.halt.values():
            box.setAccessibleName(box.text())
        self.sleep = QDoubleSpinBox(self)
        self.sleep.setRange(_NOT_NOTED, SLEEP_MAX)
        self.sleep.setSingleStep(0.5)
        self.sleep.setDecimals(1)
        self.sleep.setSpecialValueText(self.tr("Not noted"))
        self.sleep.setSuffix(self.tr(" h"))
        self.sleep.setAccessibleName(self.tr("Hours slept"))
        self.grateful = QLineEdit(self)
        self.grateful.setAccessibleName(
            self.tr("Grateful for") if read_only else self.tr("One thing I'm grateful for")
        )
        self.support = QLineEdit(self)
        self.support.setAccessibleName(self.tr("One support action"))
        self.support.setPlaceholderText(self.tr("For example: called Sam, went to a meeting"))
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 14)
        self.sharing = QComboBox(self)
        self.sharing.setAccessibleName(
            self.tr("What the mentor sees") if read_only else self.tr("What my mentor sees")
        )
        for choice in Sharing:
            self.sharing.addItem(enum_label(choice), choice)
        for combo in (self.mood, self.sharing):
            # Long choices may be cut in the closed box; the open list shows them whole.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.save_button = QPushButton(self.tr("Save check-in"), self)
        self.save_button.setAccessibleName(self.tr("Save check-in"))
        self.save_button.setToolTip("Ctrl+S")
        save_shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self._on_save_clicked)

        #: Shown after a slip is saved: the plan's first steps, calmly.
        self.after_slip = plain_label("", self)
        self.after_slip.setAccessibleName(self.tr("After a slip: your first steps"))
        self.after_slip.setFrameShape(QFrame.Shape.StyledPanel)
        self.after_slip.setMargin(10)
        self.after_slip.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.after_slip.hide()

        self._layout()
        self.use_group.buttonToggled.connect(self._on_use_toggled)
        self.day.dateChanged.connect(lambda qdate: self.day_changed.emit(from_qdate(qdate)))
        self.save_button.clicked.connect(self._on_save_clicked)
        self.uneventful_button.clicked.connect(self.uneventful_requested)

    def _layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        day_label = QLabel(self.tr("&Day:"), self)
        day_label.setBuddy(self.day)
        form.addRow(day_label, self.day)
        use_row = QHBoxLayout()
        for button in (self.free, self.lapse, self.relapse):
            use_row.addWidget(button)
        use_row.addStretch(1)
        self.use_label = plain_label(self.tr("Today I was:"), self, wrap=False)
        form.addRow(self.use_label, use_row)
        form.addRow("", self.slip_note)
        for text, widget in (
            (self.tr("&Mood:"), self.mood),
            (self.tr("Cr&aving:"), self.craving),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        halt_row = QHBoxLayout()
        for box in self.halt.values():
            halt_row.addWidget(box)
        halt_row.addStretch(1)
        form.addRow(plain_label(self.tr("HALT check:"), self, wrap=False), halt_row)
        for text, widget in (
            (self.tr("Hours slept:"), self.sleep),
            (self.tr("Grateful for:"), self.grateful),
            (self.tr("Support action:"), self.support),
            (self.tr("&Note:"), self.note),
            (self.tr("Mentor sees:"), self.sharing),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.uneventful_button)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.status)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.after_slip)
        column.addStretch(1)

    # --- reading and writing -----------------------------------------------------------

    def load(self, record: CheckIn, today: dt.date, saved: bool) -> None:
        """Show ``record`` (``saved``: it is that day's stored check-in)."""
        self._record = record
        self._today = today
        self.day.blockSignals(True)
        self.day.setMaximumDate(to_qdate(today))
        self.day.setDate(to_qdate(record.day))
        self.day.blockSignals(False)
        {UseStatus.FREE: self.free, UseStatus.LAPSE: self.lapse, UseStatus.RELAPSE: self.relapse}[
            record.use
        ].setChecked(True)
        self.slip_note.setText(record.slip_note)
        self.mood.setCurrentIndex(max(0, self.mood.findData(record.mood)))
        self.craving.setValue(record.craving)
        for name, box in self.halt.items():
            box.setChecked(bool(getattr(record, name)))
        self.sleep.setValue(_NOT_NOTED if record.sleep_hours is None else record.sleep_hours)
        self.grateful.setText(record.grateful)
        self.support.setText(record.support_action)
        self.note.setPlainText(record.note)
        self.sharing.setCurrentIndex(max(0, self.sharing.findData(record.sharing)))
        self._on_use_toggled()
        past = record.day < today
        self.heading.setText(
            self.tr("Today's check-in")
            if not past and not self.read_only
            else self.tr("Check-in for {day:%a %d %b %Y}").format(day=local_date(record.day))
        )
        if self.read_only:
            self.use_label.setText(self.tr("That day:"))
            self.status.setText(
                self.tr("As shared, read-only.")
                if saved
                else self.tr("No check-in was shared for this day.")
            )
        elif past:
            self.status.setText(
                self.tr("A past day: your changes are kept in the list of changes to past days.")
                if saved
                else self.tr(
                    "A past day with no check-in yet: filling it in is noted as added later."
                )
            )
        else:
            self.status.setText(
                self.tr("You have checked in today. You can still change it until the day is over.")
                if saved
                else self.tr("Not checked in yet today. It takes under a minute.")
            )
        self.uneventful_button.setEnabled(not past and not saved)
        self.save_button.setText(self.tr("Save changes") if saved else self.tr("Save check-in"))
        self.save_button.setAccessibleName(self.save_button.text())

    def edited(self) -> CheckIn:
        """The check-in with the form's answers."""
        checked = self.use_group.checkedButton()
        use = (
            UseStatus.LAPSE
            if checked is self.lapse
            else UseStatus.RELAPSE
            if checked is self.relapse
            else UseStatus.FREE
        )
        sleep = self.sleep.value()
        return dataclasses.replace(
            self._record,
            day=from_qdate(self.day.date()),
            use=use,
            slip_note=self.slip_note.text().strip() if use.is_slip else "",
            mood=int(self.mood.currentData()),
            craving=self.craving.value(),
            sleep_hours=None if sleep <= _NOT_NOTED else sleep,
            grateful=self.grateful.text().strip(),
            support_action=self.support.text().strip(),
            note=self.note.toPlainText().strip(),
            sharing=Sharing(self.sharing.currentData()),  # Qt hands back the plain value
            **{name: box.isChecked() for name, box in self.halt.items()},
        )

    def show_after_slip(self, text: str) -> None:
        """Show the calm note with the plan's first steps (empty text hides it)."""
        self.after_slip.setText(text)
        self.after_slip.setVisible(bool(text))

    def _on_use_toggled(self, *_args: object) -> None:
        slipped = not self.free.isChecked()
        self.slip_note.setEnabled(slipped)

    def _on_save_clicked(self) -> None:
        self.save_requested.emit(self.edited())
