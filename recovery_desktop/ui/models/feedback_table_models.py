"""Table models for the Mentor tab: notes, recognitions, suggestions, comments, sharing history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
)

from recovery_desktop.domain.feedback import (
    Comment,
    Recognition,
    RecognitionKind,
    SessionNote,
    Suggestion,
    SuggestionKind,
)
from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.language import table_date, table_time
from recovery_desktop.domain.records import Record
from recovery_desktop.services.exchange import LogEntry
from recovery_desktop.services.from_mentor import CommentOn
from recovery_desktop.services.suggestions import Answered
from recovery_desktop.ui.exchange_words import counts_text, fingerprint, items, mode_text
from recovery_desktop.ui.models.record_table_model import Column, RecordTableModel, TextTableModel
from recovery_desktop.ui.widgets.mentor_comments import item_name

Index = QModelIndex | QPersistentModelIndex


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _date(day: dt.date | None) -> str:
    return table_date(day) if day else ""


def _written(record: Record) -> str:
    return _date(record.created_at.astimezone().date()) if record.created_at else ""


def _written_key(record: Record) -> float | None:
    return record.created_at.timestamp() if record.created_at else None


def suggestion_kind(kind: SuggestionKind) -> str:
    """What a suggestion would become."""
    return (
        QCoreApplication.translate("feedback_table_models", "Goal")
        if kind is SuggestionKind.GOAL
        else QCoreApplication.translate("feedback_table_models", "Coping strategy")
    )


def recognition_kind(kind: RecognitionKind) -> str:
    """A strength noticed, or a win celebrated."""
    return (
        QCoreApplication.translate("feedback_table_models", "Strength noticed")
        if kind is RecognitionKind.STRENGTH
        else QCoreApplication.translate("feedback_table_models", "Win celebrated")
    )


class SessionNoteTableModel(RecordTableModel[SessionNote]):
    """Session notes, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(self.tr("Session"), lambda n: _date(n.day), lambda n: n.day.toordinal()),
                Column(
                    self.tr("Agreed actions"),
                    lambda n: "; ".join(n.agreed_actions.split("\n")).strip(),
                ),
                Column(
                    self.tr("Next session"),
                    lambda n: _date(n.next_session),
                    lambda n: n.next_session.toordinal() if n.next_session else None,
                ),
            ],
            parent,
        )


class RecognitionTableModel(RecordTableModel[Recognition]):
    """Strengths noticed and wins celebrated, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(self.tr("Date"), lambda r: _date(r.day), lambda r: r.day.toordinal()),
                Column(self.tr("Kind"), lambda r: recognition_kind(r.kind)),
                Column(self.tr("What your mentor wrote"), lambda r: _one_line(r.text)),
            ],
            parent,
        )


class SuggestionTableModel(RecordTableModel[Suggestion]):
    """Suggestions waiting for an answer."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(self.tr("Suggestion"), lambda s: s.title),
                Column(self.tr("Would become"), lambda s: suggestion_kind(s.kind)),
                Column(self.tr("Suggested"), _written, _written_key),
            ],
            parent,
        )


def answer_text(answered: Answered) -> str:
    """The mentee's answer, and what became of their copy."""
    if not answered.answer.accepted:
        return QCoreApplication.translate("feedback_table_models", "Declined")
    if answered.copy is None:
        return QCoreApplication.translate(
            "feedback_table_models", "Accepted (you removed it since)"
        )
    where = (
        QCoreApplication.translate("feedback_table_models", "your goals")
        if answered.suggestion.kind is SuggestionKind.GOAL
        else QCoreApplication.translate("feedback_table_models", "your plan")
    )
    return QCoreApplication.translate("feedback_table_models", "Accepted: in {where}").format(
        where=where
    )


class AnsweredSuggestionTableModel(RecordTableModel[Suggestion]):
    """Suggestions already answered, with the answer."""

    def __init__(self, parent: Any = None) -> None:
        self._answers: dict[str, Answered] = {}
        super().__init__(
            [
                Column(self.tr("Suggestion"), lambda s: s.title),
                Column(self.tr("Would become"), lambda s: suggestion_kind(s.kind)),
                Column(self.tr("Your answer"), lambda s: answer_text(self._answers[s.id])),
            ],
            parent,
        )

    def set_answered(self, answered: list[Answered]) -> None:
        """Replace the rows."""
        self._answers = {a.suggestion.id: a for a in answered}
        self.set_records([a.suggestion for a in answered])


class CommentTableModel(RecordTableModel[Comment]):
    """The mentor's comments with what each is about."""

    def __init__(self, parent: Any = None) -> None:
        self._about: dict[str, str] = {}
        super().__init__(
            [
                Column(self.tr("Written"), _written, _written_key),
                Column(self.tr("About"), lambda c: self._about.get(c.id, "")),
                Column(self.tr("Comment"), lambda c: _one_line(c.text)),
            ],
            parent,
        )

    def set_comments(self, comments: list[CommentOn]) -> None:
        """Replace the rows; each comment comes with its item (None if removed)."""
        self._about = {c.comment.id: item_name(c.item) for c in comments}
        self.set_records([c.comment for c in comments])

    def about(self, comment_id: str) -> str:
        """What a shown comment refers to."""
        return self._about.get(comment_id, "")


COL_WHEN, COL_FILE, COL_HELD, COL_MODE, COL_FINGERPRINT = range(5)


class ExchangeLogTableModel(TextTableModel[LogEntry]):
    """Every file written or imported, newest first (plain text)."""

    TITLES = (
        QT_TRANSLATE_NOOP("ExchangeLogTableModel", "When"),
        QT_TRANSLATE_NOOP("ExchangeLogTableModel", "File"),
        QT_TRANSLATE_NOOP("ExchangeLogTableModel", "What it held"),
        QT_TRANSLATE_NOOP("ExchangeLogTableModel", "Protection"),
        QT_TRANSLATE_NOOP("ExchangeLogTableModel", "Fingerprint"),
    )

    def text(self, row: LogEntry, column: int) -> str:
        """What a cell reads."""
        if column == COL_WHEN:
            return table_time(row.logged_at)
        if column == COL_FILE:
            if row.direction == "sent":
                return QCoreApplication.translate("feedback_table_models", "Share you wrote")
            return (
                QCoreApplication.translate("feedback_table_models", "Feedback you imported")
                if row.kind == "feedback"
                else QCoreApplication.translate("feedback_table_models", "Share you imported")
            )
        if column == COL_HELD:
            return f"{items(sum(row.counts.values()))}: {counts_text(row.counts)}"
        if column == COL_MODE:
            return mode_text(row.mode)
        return fingerprint(row.sha256)
