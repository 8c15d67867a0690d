"""How any shared item is named in a list or a sentence: "Trigger: Payday".

One table for the mentor's Feedback tab and the printed plan's comments, in the person's
language (``domain.language``, context ``item_label``); a caller may pass its own ``tr``
(translates a template) and ``date`` (dresses a date for formatting).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from recovery_desktop.domain.assessment import AssessmentQuestion, SelfAssessment
from recovery_desktop.domain.checkins import CheckIn
from recovery_desktop.domain.feedback import SuggestionAnswer
from recovery_desktop.domain.goals import Goal, GoalUpdate
from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.journal import JournalEntry
from recovery_desktop.domain.language import local_date, translate
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

CONTEXT = "item_label"
Fields = Callable[[Any], dict[str, Any]]

#: Each kind of item: its template, and the values the template names.
_LABELS: dict[type[Record], tuple[str, Fields]] = {
    Plan: (QT_TRANSLATE_NOOP(CONTEXT, "The relapse-prevention plan"), lambda r: {}),
    Trigger: (QT_TRANSLATE_NOOP(CONTEXT, "Trigger: {name}"), lambda r: {"name": r.name}),
    WarningSign: (
        QT_TRANSLATE_NOOP(CONTEXT, "Warning sign: {title}"),
        lambda r: {"title": r.title},
    ),
    CopingStrategy: (
        QT_TRANSLATE_NOOP(CONTEXT, "Coping strategy: {title}"),
        lambda r: {"title": r.title},
    ),
    SupportContact: (
        QT_TRANSLATE_NOOP(CONTEXT, "Support ladder: {name}"),
        lambda r: {"name": r.name},
    ),
    Goal: (QT_TRANSLATE_NOOP(CONTEXT, "Goal: {title}"), lambda r: {"title": r.title}),
    JournalEntry: (
        QT_TRANSLATE_NOOP(CONTEXT, "Journal, {day:%d %b %Y}: {heading}"),
        lambda r: {"day": local_date(r.entry_date), "heading": r.heading},
    ),
    SelfAssessment: (
        QT_TRANSLATE_NOOP(CONTEXT, "Self-assessment of {day:%d %b %Y}"),
        lambda r: {"day": local_date(r.day)},
    ),
    LearningEntry: (
        QT_TRANSLATE_NOOP(CONTEXT, "Learning log: {title}"),
        lambda r: {"title": r.title},
    ),
    Milestone: (QT_TRANSLATE_NOOP(CONTEXT, "Milestone: {title}"), lambda r: {"title": r.title}),
    Encounter: (
        QT_TRANSLATE_NOOP(CONTEXT, "Urge logged {when:%d %b %Y, %H:%M}"),
        lambda r: {"when": local_date(r.occurred_at.astimezone())},
    ),
    CheckIn: (
        QT_TRANSLATE_NOOP(CONTEXT, "Check-in of {day:%d %b %Y}"),
        lambda r: {"day": local_date(r.day)},
    ),
    GoalUpdate: (
        QT_TRANSLATE_NOOP(CONTEXT, "Goal note of {day:%d %b %Y}"),
        lambda r: {"day": local_date(r.day)},
    ),
    PlanVersion: (
        QT_TRANSLATE_NOOP(CONTEXT, "Plan version {number}, reviewed {day:%d %b %Y}"),
        lambda r: {"number": r.number, "day": local_date(r.reviewed_on)},
    ),
    AssessmentQuestion: (
        QT_TRANSLATE_NOOP(CONTEXT, "Self-assessment question: {text}"),
        lambda r: {"text": r.text},
    ),
    SuggestionAnswer: (QT_TRANSLATE_NOOP(CONTEXT, "An answer to a suggestion"), lambda r: {}),
}
UNKNOWN = QT_TRANSLATE_NOOP(CONTEXT, "An item")


def item_label(record: Record) -> str:
    """A short name for ``record``, saying what kind of item it is."""
    found = _LABELS.get(type(record))
    if found is None:
        return translate(CONTEXT, UNKNOWN)
    template, fields = found
    return translate(CONTEXT, template).format(**fields(record))
