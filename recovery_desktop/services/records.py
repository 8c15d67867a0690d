"""Saving and deleting the mentee's records: validation, tombstones and change notes."""

from __future__ import annotations

from typing import TypeVar

from recovery_desktop.domain.assessment import AssessmentQuestion, SelfAssessment
from recovery_desktop.domain.checkins import CheckIn, CheckInAudit
from recovery_desktop.domain.feedback import (
    Comment,
    Recognition,
    SessionNote,
    Suggestion,
    SuggestionAnswer,
)
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
from recovery_desktop.domain.validation import validate
from recovery_desktop.services.changes import Area, Changes
from recovery_desktop.storage.repositories import Records
from recovery_desktop.storage.vault import OpenVault

R = TypeVar("R", bound=Record)

AREAS: dict[type[Record], Area] = {
    Trigger: Area.TRIGGERS,
    Encounter: Area.ENCOUNTERS,
    WarningSign: Area.WARNING_SIGNS,
    CopingStrategy: Area.COPING,
    SupportContact: Area.CONTACTS,
    Plan: Area.PLAN,
    PlanVersion: Area.PLAN_VERSIONS,
    JournalEntry: Area.JOURNAL,
    Goal: Area.GOALS,
    GoalUpdate: Area.GOAL_UPDATES,
    CheckIn: Area.CHECK_INS,
    CheckInAudit: Area.CHECK_IN_AUDIT,
    AssessmentQuestion: Area.ASSESSMENT_QUESTIONS,
    SelfAssessment: Area.ASSESSMENTS,
    LearningEntry: Area.LEARNING,
    Milestone: Area.MILESTONES,
    Comment: Area.FEEDBACK,
    Recognition: Area.FEEDBACK,
    Suggestion: Area.FEEDBACK,
    SessionNote: Area.FEEDBACK,
    SuggestionAnswer: Area.SUGGESTION_ANSWERS,
}


def changes_for(*classes: type[Record]) -> Changes:
    """The change note for edits to these record types."""
    return Changes.of(*(AREAS[cls] for cls in classes))


def save(vault: OpenVault, record: R) -> tuple[R, Changes]:
    """Validate and store ``record``; returns it as stored."""
    validate(record)
    return Records(vault).save(record), changes_for(type(record))


def save_together(vault: OpenVault, *items: Record) -> tuple[list[Record], Changes]:
    """Validate and store several records in one transaction (all or nothing)."""
    for item in items:
        validate(item)
    saved = Records(vault).save_many(list(items))
    return saved, changes_for(*{type(item) for item in items})


def delete(vault: OpenVault, cls: type[R], record_id: str) -> tuple[R, Changes]:
    """Mark a record deleted (kept as a tombstone, so undo and exchange both work)."""
    return Records(vault).set_deleted(cls, record_id, True), changes_for(cls)


def undelete(vault: OpenVault, cls: type[R], record_id: str) -> tuple[R, Changes]:
    """Bring back a deleted record."""
    return Records(vault).set_deleted(cls, record_id, False), changes_for(cls)


def all_of(vault: OpenVault, cls: type[R]) -> list[R]:
    """Every live record of ``cls``."""
    return Records(vault).all(cls)
