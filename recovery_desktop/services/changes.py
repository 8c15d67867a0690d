"""What a service call changed, so each view refreshes only what it shows."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Area(enum.Enum):
    """A part of the workspace that views display."""

    PROFILE = "profile"
    JOURNAL = "journal"
    BACKUPS = "backups"
    TRIGGERS = "triggers"
    ENCOUNTERS = "encounters"
    WARNING_SIGNS = "warning_signs"
    COPING = "coping"
    CONTACTS = "contacts"
    PLAN = "plan"
    PLAN_VERSIONS = "plan_versions"
    GOALS = "goals"
    GOAL_UPDATES = "goal_updates"
    CHECK_INS = "check_ins"
    CHECK_IN_AUDIT = "check_in_audit"
    ASSESSMENTS = "assessments"
    ASSESSMENT_QUESTIONS = "assessment_questions"
    LEARNING = "learning"
    MILESTONES = "milestones"
    FEEDBACK = "feedback"
    SUGGESTION_ANSWERS = "suggestion_answers"
    EXCHANGE = "exchange"
    MENTEES = "mentees"


@dataclass(frozen=True)
class Changes:
    """The areas a call changed; ``everything`` after a restore or an unlock."""

    areas: frozenset[Area] = frozenset()
    everything: bool = False

    @classmethod
    def of(cls, *areas: Area) -> Changes:
        """Changes to the given areas."""
        return cls(frozenset(areas))

    @classmethod
    def all(cls) -> Changes:
        """Everything may have changed."""
        return cls(everything=True)

    def touches(self, *areas: Area) -> bool:
        """Whether a view showing ``areas`` must refresh."""
        return self.everything or not self.areas.isdisjoint(areas)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.areas | other.areas, self.everything or other.everything)


NOTHING = Changes()
