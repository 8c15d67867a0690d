"""The periodic self-assessment: our own short questions on a 1–6 scale, plus the pair's.

The questions are written for this app (recovery-capital questionnaires used in clinics
have licence terms on their wording). The pair can add questions of their own; answers
are kept by question key, so editing or retiring a question never changes past answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.records import Record

SCALE_MIN, SCALE_MAX = 1, 6
SCALE_LABELS = {
    1: QT_TRANSLATE_NOOP("Scale", "Not at all"),
    2: QT_TRANSLATE_NOOP("Scale", "Rarely"),
    3: QT_TRANSLATE_NOOP("Scale", "Somewhat"),
    4: QT_TRANSLATE_NOOP("Scale", "Mostly"),
    5: QT_TRANSLATE_NOOP("Scale", "Very much"),
    6: QT_TRANSLATE_NOOP("Scale", "Completely"),
}
#: How often the pair may agree to take it, in weeks.
EVERY_WEEKS = (2, 3, 4)


@dataclass(frozen=True)
class Question:
    """A question as asked: its key (kept with each answer) and its words."""

    key: str
    text: str


#: Our own questions; their keys never change.
OWN_QUESTIONS = (
    Question(
        "own-people",
        QT_TRANSLATE_NOOP("Question", "I have people I can turn to when things get hard."),
    ),
    Question(
        "own-routine",
        QT_TRANSLATE_NOOP("Question", "My days have a routine that supports my recovery."),
    ),
    Question(
        "own-cravings",
        QT_TRANSLATE_NOOP("Question", "I feel able to handle cravings when they come."),
    ),
    Question("own-home", QT_TRANSLATE_NOOP("Question", "Where I live feels safe and steady.")),
    Question(
        "own-body", QT_TRANSLATE_NOOP("Question", "I look after my body: sleep, food and movement.")
    ),
    Question(
        "own-meaning", QT_TRANSLATE_NOOP("Question", "I spend time on things that matter to me.")
    ),
    Question("own-hope", QT_TRANSLATE_NOOP("Question", "I feel hopeful about the months ahead.")),
    Question("own-slip", QT_TRANSLATE_NOOP("Question", "I know what I would do if I slipped.")),
)


@dataclass(frozen=True, kw_only=True)
class AssessmentQuestion(Record):
    """A question the pair added; ``active`` ones are asked (their key is the record id)."""

    text: str
    position: int = 0
    active: bool = True
    shared: bool = True


@dataclass(frozen=True, kw_only=True)
class SelfAssessment(Record):
    """One self-assessment: the day, each answer by question key, and a note."""

    day: dt.date
    answers: tuple[tuple[str, int], ...] = ()
    note: str = ""
    shared: bool = True

    @property
    def total(self) -> int:
        """The sum of the answers."""
        return sum(score for _key, score in self.answers)

    @property
    def highest_total(self) -> int:
        """The most the answers given could add up to."""
        return SCALE_MAX * len(self.answers)

    @property
    def average(self) -> float:
        """The mean answer (comparable when the number of questions changed); 0 if none."""
        return self.total / len(self.answers) if self.answers else 0.0

    def score(self, key: str) -> int | None:
        """The answer to one question, if it was asked."""
        return dict(self.answers).get(key)


def questions(added: Iterable[AssessmentQuestion]) -> list[Question]:
    """The questions to ask now: ours, then the pair's active ones in their order."""
    extra = sorted(
        (q for q in added if q.active and not q.is_deleted), key=lambda q: (q.position, q.text)
    )
    return [*OWN_QUESTIONS, *(Question(q.id, q.text) for q in extra)]


@dataclass(frozen=True)
class TotalPoint:
    """One assessment on the line of totals over time."""

    day: dt.date
    total: int
    highest: int
    average: float
    change: float | None


def totals_over_time(assessments: Sequence[SelfAssessment]) -> list[TotalPoint]:
    """Totals oldest first, with the change in average since the one before."""
    points = []
    previous: float | None = None
    for item in sorted((a for a in assessments if not a.is_deleted), key=lambda a: a.day):
        change = None if previous is None else round(item.average - previous, 2)
        points.append(
            TotalPoint(item.day, item.total, item.highest_total, round(item.average, 2), change)
        )
        previous = item.average
    return points


def next_due(assessments: Iterable[SelfAssessment], every_weeks: int) -> dt.date | None:
    """When the next one is due: ``every_weeks`` after the latest (None before the first)."""
    days = [a.day for a in assessments if not a.is_deleted]
    return max(days) + dt.timedelta(weeks=every_weeks) if days else None
