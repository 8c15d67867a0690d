"""The Self-assessment tab: our short questions (and the pair's own), and totals over time.

Each question is answered from 1 (not at all) to 6 (completely), or skipped. Totals are
shown with the average beside them, since the number of questions can change.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop import settings as opts
from recovery_desktop.domain.assessment import (
    SCALE_LABELS,
    AssessmentQuestion,
    Question,
    SelfAssessment,
)
from recovery_desktop.domain.language import number
from recovery_desktop.services import assessments
from recovery_desktop.services.changes import Area, Changes
from recovery_desktop.settings import Settings
from recovery_desktop.ui.deferred import DeferredRefresh
from recovery_desktop.ui.editing import Editor
from recovery_desktop.ui.growth_forms import question_fields
from recovery_desktop.ui.i18n import core, local_date, translate
from recovery_desktop.ui.models.assessment_table_model import COL_DATE, AssessmentTableModel
from recovery_desktop.ui.widgets.basics import plain_label, scrolling, two_panes
from recovery_desktop.ui.widgets.checkin_form import from_qdate, to_qdate
from recovery_desktop.ui.widgets.record_table import RecordTable

AREAS = (Area.ASSESSMENTS, Area.ASSESSMENT_QUESTIONS)


def summary(points: list[tuple[dt.date, float]]) -> str:
    """Totals over time in a sentence, for screen readers and for a quick look."""
    if not points:
        return translate(
            "assessment_tab", "No self-assessments yet. Your answers will show here over time."
        )
    first_day, first = points[0]
    last_day, last = points[-1]
    if len(points) == 1:
        return translate(
            "assessment_tab",
            "One self-assessment so far, on {day:%d %B %Y}: an average of {average}.",
        ).format(day=local_date(last_day), average=number(last))
    if abs(last - first) < 0.25:
        text = translate(
            "assessment_tab",
            "{count} self-assessments. The latest average, {latest} on {day:%d %B %Y}, "
            "is about the same as {first} on {first_day:%d %B %Y}.",
        )
    elif last > first:
        text = translate(
            "assessment_tab",
            "{count} self-assessments. The latest average, {latest} on {day:%d %B %Y}, "
            "is up from {first} on {first_day:%d %B %Y}.",
        )
    else:
        text = translate(
            "assessment_tab",
            "{count} self-assessments. The latest average, {latest} on {day:%d %B %Y}, "
            "is down from {first} on {first_day:%d %B %Y}.",
        )
    return text.format(
        count=len(points),
        latest=number(last),
        day=local_date(last_day),
        first=number(first),
        first_day=local_date(first_day),
    )


class AssessmentTab(QWidget):
    """The questions on the left; totals over time on the right."""

    def __init__(
        self,
        editor: Editor,
        settings: Settings,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.deferred_refresh = DeferredRefresh(self, self.refresh)
        self.settings = settings
        self.today = today
        self.setAccessibleName(self.tr("Self-assessment"))
        self.answers: dict[str, QComboBox] = {}
        self._asked: list[Question] = []

        intro = plain_label(
            self.tr(
                "A few questions on how things are going, every two to four weeks. Answer from 1 "
                "(not at all) to 6 (completely), or skip one. There are no right answers."
            ),
            self,
        )
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd MMM yyyy")
        self.date.setAccessibleName(self.tr("Date of this self-assessment"))
        self.questions = QWidget(self)
        self.questions_grid = QGridLayout(self.questions)
        self.questions_grid.setContentsMargins(0, 0, 0, 0)
        self.questions_grid.setColumnStretch(0, 1)
        self.questions_grid.setVerticalSpacing(10)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note about this self-assessment"))
        self.share = QCheckBox(self.tr("Share with my mentor"), self)
        self.share.setChecked(True)
        self.save_button = QPushButton(self.tr("Keep my answers"), self)
        self.save_button.setAccessibleName(self.tr("Keep my answers"))
        self.save_button.setToolTip("Ctrl+S")
        self.add_question_button = QPushButton(self.tr("&Add a question of our own…"), self)
        self.add_question_button.setAccessibleName(self.tr("Add a question of our own"))
        self.problem = plain_label("", self)
        self.problem.setAccessibleName(self.tr("Problem with the answers"))
        self.problem.setStyleSheet("color: palette(link); font-weight: 600;")
        self.problem.hide()
        self.every = QComboBox(self)
        self.every.setAccessibleName(self.tr("How often we agreed"))
        for weeks in (2, 3, 4):
            self.every.addItem(self.tr("Every {weeks} weeks").format(weeks=weeks), weeks)
        self.next_due = plain_label("", self)
        self.next_due.setAccessibleName(self.tr("Next self-assessment"))

        self.summary = plain_label("", self)
        self.summary.setAccessibleName(self.tr("Totals over time"))
        self.model = AssessmentTableModel(self)
        self.table = RecordTable(self.tr("Self-assessments over time"), self, stretch_column=4)
        self.table.setModel(self.model)
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)

        self._layout(intro)
        self.save_button.clicked.connect(self.save)
        self.add_question_button.clicked.connect(self.add_question)
        self.every.currentIndexChanged.connect(self._on_every_changed)
        self.table.delete_requested.connect(
            lambda a: self.editor.delete(self, a, self.tr("self-assessment"))
        )
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.editor.bus.changed.connect(self.deferred_refresh.on_changed)
        weeks = settings.get(opts.SELF_ASSESSMENT_WEEKS)
        self.every.setCurrentIndex(max(0, self.every.findData(weeks)))
        self.deferred_refresh(Changes.all())

    def _layout(self, intro: QLabel) -> None:
        top = QFormLayout()
        label = QLabel(self.tr("&Date:"), self)
        label.setBuddy(self.date)
        top.addRow(label, self.date)
        bottom = QFormLayout()
        note_label = QLabel(self.tr("N&ote:"), self)
        note_label.setBuddy(self.note)
        bottom.addRow(note_label, self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.share)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addWidget(intro)
        column.addLayout(top)
        column.addWidget(self.questions)
        column.addLayout(bottom)
        column.addWidget(self.problem)
        column.addLayout(buttons)
        extra = QHBoxLayout()
        extra.addWidget(self.add_question_button)
        extra.addStretch(1)
        column.addLayout(extra)
        column.addStretch(1)
        scroll = scrolling(page, self.tr("Self-assessment questions"), self)

        rhythm = QHBoxLayout()
        rhythm.addWidget(self.every)
        rhythm.addWidget(self.next_due, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(rhythm)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.table, 1)
        splitter = two_panes(self, scroll, right, (1, 1))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- refreshing --------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        """Reload what ``changes`` touched."""
        if not changes.touches(*AREAS) or not self.editor.vault.is_open:
            return
        vault = self.editor.vault
        if changes.touches(Area.ASSESSMENT_QUESTIONS):
            self._build_questions(assessments.current_questions(vault))
        history = assessments.history(vault)
        self.model.set_data(history)
        points = [(p.day, p.average) for p in assessments.totals(vault)]
        self.summary.setText(summary(points))
        self._show_next_due()

    def _build_questions(self, asked: list[Question]) -> None:
        previous = {key: box.currentData() for key, box in self.answers.items()}
        while self.questions_grid.count():
            item = self.questions_grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.answers = {}
        self._asked = asked
        for position, question in enumerate(asked, start=1):
            box = QComboBox(self.questions)
            box.addItem(self.tr("Skip"), None)
            for value, word in SCALE_LABELS.items():
                box.addItem(f"{value} · {core('Scale', word)}", value)
            words = core("Question", question.text)
            box.setAccessibleName(words)
            box.setCurrentIndex(max(0, box.findData(previous.get(question.key))))
            box.setMinimumWidth(170)
            label = plain_label(f"{position}. {words}", self.questions)
            label.setBuddy(box)
            self.questions_grid.addWidget(label, position, 0)
            self.questions_grid.addWidget(box, position, 1, Qt.AlignmentFlag.AlignTop)
            self.answers[question.key] = box
        # Keep Tab order: date, the questions in order, then the note.
        chain: list[QWidget] = [self.date, *self.answers.values(), self.note]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.date.setDate(to_qdate(self.today()))

    def _show_next_due(self) -> None:
        weeks = int(self.every.currentData())
        due = assessments.next_due(self.editor.vault, weeks)
        if due is None:
            self.next_due.setText(self.tr("Your first one can be today."))
        elif due <= self.today():
            self.next_due.setText(
                self.tr("Next one due: now (since {due:%d %B}).").format(due=local_date(due))
            )
        else:
            self.next_due.setText(
                self.tr("Next one due around {due:%d %B %Y}.").format(due=local_date(due))
            )

    def _on_every_changed(self) -> None:
        self.settings.set(opts.SELF_ASSESSMENT_WEEKS, int(self.every.currentData()))
        if self.editor.vault.is_open:
            self._show_next_due()

    # --- saving ------------------------------------------------------------------------

    def chosen(self) -> dict[str, int]:
        """The answers given (skipped questions left out)."""
        return {
            key: int(box.currentData())
            for key, box in self.answers.items()
            if box.currentData() is not None
        }

    def save(self) -> None:
        """Keep the answers as one self-assessment (one undo step)."""
        answers = self.chosen()
        if not answers:
            self.problem.setText(self.tr("Please answer at least one question."))
            self.problem.show()
            next(iter(self.answers.values())).setFocus()
            return
        record = SelfAssessment(
            day=from_qdate(self.date.date()),
            answers=tuple(answers.items()),
            note=self.note.text().strip(),
            shared=self.share.isChecked(),
        )
        saved = self.editor.save(
            self, None, record, self.tr("self-assessment")
        )  # shows any problem
        if saved is None:
            return
        self.problem.hide()
        for box in self.answers.values():
            box.setCurrentIndex(0)
        self.note.clear()

    def add_question(self) -> None:
        """Open the form for a question of the pair's own."""
        position = len(assessments.added_questions(self.editor.vault))
        self.editor.open_form(
            self,
            self.tr("Add a question of our own"),
            AssessmentQuestion(text="", position=position),
            question_fields(),
            self.tr("self-assessment question"),
        )
