"""How any shared item is named in a sentence: "the trigger “Payday”", for comments."""

from __future__ import annotations

from recovery_desktop.domain.assessment import AssessmentQuestion, SelfAssessment
from recovery_desktop.domain.checkins import CheckIn
from recovery_desktop.domain.feedback import SuggestionAnswer
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


def item_label(record: Record) -> str:
    """A short name for ``record``, saying what kind of item it is."""
    match record:
        case Plan():
            return "The relapse-prevention plan"
        case Trigger():
            return f"Trigger: {record.name}"
        case WarningSign():
            return f"Warning sign: {record.title}"
        case CopingStrategy():
            return f"Coping strategy: {record.title}"
        case SupportContact():
            return f"Support ladder: {record.name}"
        case Goal():
            return f"Goal: {record.title}"
        case JournalEntry():
            return f"Journal, {record.entry_date:%d %b %Y}: {record.heading}"
        case SelfAssessment():
            return f"Self-assessment of {record.day:%d %b %Y}"
        case LearningEntry():
            return f"Learning log: {record.title}"
        case Milestone():
            return f"Milestone: {record.title}"
        case Encounter():
            return f"Urge logged {record.occurred_at.astimezone():%d %b %Y, %H:%M}"
        case CheckIn():
            return f"Check-in of {record.day:%d %b %Y}"
        case GoalUpdate():
            return f"Goal note of {record.day:%d %b %Y}"
        case PlanVersion():
            return f"Plan version {record.number}, reviewed {record.reviewed_on:%d %b %Y}"
        case AssessmentQuestion():
            return f"Self-assessment question: {record.text}"
        case SuggestionAnswer():
            return "An answer to a suggestion"
    return "An item"
