"""Marking the plan as reviewed with the mentor: the date, the next review, a note."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.ui.widgets.basics import plain_label


def _to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class ReviewDialog(QDialog):
    """Emits ``review_confirmed(reviewed_on, next_review, note)``."""

    #: (dt.date, dt.date, str)
    review_confirmed = Signal(object, object, str)

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as reviewed with my mentor"))
        intro = plain_label(
            self.tr(
                "This keeps a dated copy of your plan as it is now, so you can look back at it "
                "and see what changed."
            ),
            self,
        )
        self.reviewed_on = QDateEdit(_to_qdate(today), self)
        self.reviewed_on.setCalendarPopup(True)
        self.reviewed_on.setDisplayFormat("dd MMM yyyy")
        self.reviewed_on.setAccessibleName(self.tr("Reviewed on"))
        self.next_review = QDateEdit(_to_qdate(today + dt.timedelta(weeks=4)), self)
        self.next_review.setCalendarPopup(True)
        self.next_review.setDisplayFormat("dd MMM yyyy")
        self.next_review.setAccessibleName(self.tr("Next review"))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note about this review"))
        self.problem = plain_label("", self)
        form = QFormLayout()
        form.addRow(self.tr("&Reviewed on:"), self.reviewed_on)
        form.addRow(self.tr("&Next review:"), self.next_review)
        form.addRow(self.tr("N&ote:"), self.note)
        buttons = QDialogButtonBox(self)
        save = buttons.addButton(
            self.tr("&Keep this version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        save.setAccessibleName(self.tr("Keep this version"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _on_save_clicked(self) -> None:
        reviewed = _from_qdate(self.reviewed_on.date())
        upcoming = _from_qdate(self.next_review.date())
        if upcoming <= reviewed:
            self.problem.setText(self.tr("Please choose a next review after this one."))
            self.next_review.setFocus()
            return
        self.accept()
        self.review_confirmed.emit(reviewed, upcoming, self.note.text().strip())
