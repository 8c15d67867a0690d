"""Which of the mentee's records go into a share: their choice, then each item's own flag.

Pure rules, so the preview, the file and the tests all agree on what the mentor sees.
The journal is private unless an entry is marked shared; a check-in goes at most as far
as both the share's setting and its own allow (a summary keeps the numbers, not the words).
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from recovery_desktop.domain.assessment import AssessmentQuestion, SelfAssessment
from recovery_desktop.domain.checkins import CheckIn, Sharing
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


class CheckInDetail(enum.StrEnum):
    """How much of the daily check-ins a share carries."""

    NONE = "none"
    SUMMARY = "summary"
    FULL = "full"


@dataclass(frozen=True)
class ShareChoice:
    """What the mentee chose to include in one share."""

    plan: bool = True
    triggers: bool = True
    warning_signs: bool = True
    goals: bool = True
    check_ins: CheckInDetail = CheckInDetail.SUMMARY
    assessments: bool = True
    journal: bool = True
    milestones: bool = True
    learning: bool = True

    def as_contents(self) -> dict[str, Any]:
        """The choice as the file's ``contents`` header (plain JSON values)."""
        return {
            field.name: str(value) if isinstance(value, enum.Enum) else value
            for field in dataclasses.fields(self)
            for value in [getattr(self, field.name)]
        }


#: The record types each choice covers (suggestion answers always travel).
SECTIONS: dict[str, tuple[type[Record], ...]] = {
    "plan": (Plan, PlanVersion, CopingStrategy, SupportContact),
    "triggers": (Trigger, Encounter),
    "warning_signs": (WarningSign,),
    "goals": (Goal, GoalUpdate),
    "check_ins": (CheckIn,),
    "assessments": (AssessmentQuestion, SelfAssessment),
    "journal": (JournalEntry,),
    "milestones": (Milestone,),
    "learning": (LearningEntry,),
}
SHAREABLE: tuple[type[Record], ...] = (
    *(cls for classes in SECTIONS.values() for cls in classes),
    SuggestionAnswer,
)


def chosen_types(choice: ShareChoice) -> list[type[Record]]:
    """The record types ``choice`` includes."""
    types: list[type[Record]] = [SuggestionAnswer]
    for section, classes in SECTIONS.items():
        value = getattr(choice, section)
        if value is not False and value is not CheckInDetail.NONE:
            types.extend(classes)
    return types


def _check_in(item: CheckIn, detail: CheckInDetail) -> CheckIn | None:
    if item.sharing is Sharing.PRIVATE:
        return None
    if detail is CheckInDetail.FULL and item.sharing is Sharing.FULL:
        return item
    # A summary keeps the numbers (mood, craving, HALT, sleep), never the words.
    return dataclasses.replace(item, slip_note="", grateful="", support_action="", note="")


def select(records: Iterable[Record], choice: ShareChoice) -> Iterator[Record]:
    """The records of a share, as the mentor will receive them (tombstones included)."""
    wanted = tuple(chosen_types(choice))
    for record in records:
        if not isinstance(record, wanted) or getattr(record, "shared", True) is False:
            continue
        if isinstance(record, CheckIn):
            picked = _check_in(record, choice.check_ins)
            if picked is not None:
                yield picked
            continue
        yield record
