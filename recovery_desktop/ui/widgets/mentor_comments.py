"""The mentor's comments beside the item they are about: a small read-only panel.

Used under the Triggers and Goals tabs' lists; hidden when the chosen item has no
comments. Also holds how an item is named when a comment says what it refers to.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from recovery_desktop.domain.assessment import AssessmentQuestion, SelfAssessment
from recovery_desktop.domain.checkins import CheckIn
from recovery_desktop.domain.feedback import Comment, SuggestionAnswer
from recovery_desktop.domain.goals import Goal, GoalUpdate
from recovery_desktop.domain.journal import JournalEntry
from recovery_desktop.domain.learning import LearningEntry
from recovery_desktop.domain.milestones import Milestone
from recovery_desktop.domain.plan import (
    CopingStrategy,
    Plan,
    PlanVersion,
    SupportContact,
    WarningSign,
)
from recovery_desktop.domain.records import Record
from recovery_desktop.domain.triggers import Encounter, Trigger
from recovery_desktop.services import from_mentor
from recovery_desktop.services.changes import Area, Changes
from recovery_desktop.ui.editing import Editor
from recovery_desktop.ui.i18n import spoken_date
from recovery_desktop.ui.widgets.basics import plain_label

#: What a comment is about when its item was deleted, or never reached this vault.
REMOVED = QT_TRANSLATE_NOOP("mentor_comments", "an item you removed")


#: The most lines the panel shows before it scrolls.
MAX_LINES = 6


def _quoted(text: str) -> str:
    """``“text”``, unless the person already wrote it in quotes."""
    text = text.strip()
    return (
        text
        if text[:1] in "\"“‘'"
        else QCoreApplication.translate("mentor_comments", "“{text}”").format(text=text)
    )


def item_name(item: Record | None) -> str:
    """What a comment refers to, as the mentee reads it ("your trigger “Payday”")."""
    match item:
        case None:
            return QCoreApplication.translate("mentor_comments", REMOVED)
        case Trigger():
            return QCoreApplication.translate("mentor_comments", "your trigger {quoted}").format(
                quoted=_quoted(item.name)
            )
        case Encounter():
            when = item.occurred_at.astimezone()
            return QCoreApplication.translate(
                "mentor_comments", "the urge you logged on {day}"
            ).format(day=spoken_date(when))
        case WarningSign():
            return QCoreApplication.translate(
                "mentor_comments", "your warning sign {quoted}"
            ).format(quoted=_quoted(item.title))
        case CopingStrategy():
            return QCoreApplication.translate(
                "mentor_comments", "your coping strategy {quoted}"
            ).format(quoted=_quoted(item.title))
        case SupportContact():
            return QCoreApplication.translate(
                "mentor_comments", "{name} on your support ladder"
            ).format(name=item.name)
        case Plan():
            return QCoreApplication.translate("mentor_comments", "your plan")
        case PlanVersion():
            return QCoreApplication.translate(
                "mentor_comments", "your plan as reviewed on {day}"
            ).format(day=spoken_date(item.reviewed_on))
        case Goal():
            return QCoreApplication.translate("mentor_comments", "your goal {quoted}").format(
                quoted=_quoted(item.title)
            )
        case GoalUpdate():
            return QCoreApplication.translate("mentor_comments", "your goal note of {day}").format(
                day=spoken_date(item.day)
            )
        case CheckIn():
            return QCoreApplication.translate("mentor_comments", "your check-in for {day}").format(
                day=spoken_date(item.day)
            )
        case SelfAssessment():
            return QCoreApplication.translate(
                "mentor_comments", "your self-assessment of {day}"
            ).format(day=spoken_date(item.day))
        case AssessmentQuestion():
            return QCoreApplication.translate(
                "mentor_comments", "your self-assessment question {quoted}"
            ).format(quoted=_quoted(item.text))
        case JournalEntry():
            title = (
                _quoted(item.title)
                if item.title.strip()
                else QCoreApplication.translate("mentor_comments", "of {day}").format(
                    day=spoken_date(item.entry_date)
                )
            )
            return QCoreApplication.translate(
                "mentor_comments", "your journal entry {title}"
            ).format(title=title)
        case LearningEntry():
            return QCoreApplication.translate(
                "mentor_comments", "{quoted} in your learning log"
            ).format(quoted=_quoted(item.title))
        case Milestone():
            return QCoreApplication.translate("mentor_comments", "your milestone of {day}").format(
                day=spoken_date(item.reached_on)
            )
        case SuggestionAnswer():
            return QCoreApplication.translate("mentor_comments", "your answer to a suggestion")
    return QCoreApplication.translate("mentor_comments", REMOVED)


class ReadingPane(QPlainTextEdit):
    """Someone else's words, read-only: reachable with Tab, selectable, as tall as the text.

    Grows with its text up to ``max_lines`` (then it scrolls), so a short comment takes
    little room; wrapped lines are counted again whenever the width changes.
    """

    def __init__(self, name: str, max_lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._max_lines = max_lines
        self.setReadOnly(True)
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def set_text(self, text: str) -> None:
        """Show ``text`` (plain text, never markup) and fit the height to it."""
        self.setPlainText(text)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        width = self.viewport().width()
        lines = 0
        for paragraph in self.toPlainText().split("\n"):
            used = metrics.horizontalAdvance(paragraph)
            lines += max(1, -(-used // width)) if width > 100 else 1
        shown = min(self._max_lines, max(2, lines))
        margins = 2 * (self.frameWidth() + int(self.document().documentMargin()))
        self.setFixedHeight(shown * metrics.lineSpacing() + margins + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Count wrapped lines again at the new width."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()


def comment_text(comments: list[Comment]) -> str:
    """Comments as plain text, each under its date."""
    blocks = []
    for comment in comments:
        when = comment.created_at.astimezone() if comment.created_at else None
        heading = (
            spoken_date(when) if when else QCoreApplication.translate("mentor_comments", "Undated")
        )
        blocks.append(f"{heading}\n{comment.text.strip()}")
    return "\n\n".join(blocks)


class MentorCommentsPanel(QFrame):
    """The "From your mentor" panel: comments on the item chosen in a list, read-only."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._item: Record | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = plain_label(self.tr("From your mentor"), self)
        self.title.setStyleSheet("font-weight: 600;")
        self.text = ReadingPane(self.tr("Comments from your mentor"), MAX_LINES, self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.title.setBuddy(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self.hide()
        editor.bus.changed.connect(self._on_changed)

    def show_for(self, item: Record | None) -> None:
        """Show the comments on ``item`` (hidden when it has none, or nothing is chosen)."""
        self._item = item
        vault = self._editor.vault
        found = [] if item is None or not vault.is_open else from_mentor.comments_about(vault, item)
        # As tall as the comments (up to a few lines), so the list above keeps the room.
        self.text.set_text(comment_text(found))
        self.setVisible(bool(found))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.FEEDBACK) and self._item is not None:
            self.show_for(self._item)
