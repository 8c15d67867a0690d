"""Triggers, with their if-then plans, and the urge log of encounters with them."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.records import Record


class Side(enum.StrEnum):
    """Outside (people, places, things) or inside (feelings, thoughts, body)."""

    EXTERNAL = "external"
    INTERNAL = "internal"


class TriggerCategory(enum.StrEnum):
    """What kind of trigger it is."""

    PEOPLE = "people"
    PLACES = "places"
    THINGS = "things"
    SITUATIONS = "situations"
    TIMES = "times"
    FEELINGS = "feelings"
    THOUGHTS = "thoughts"
    PHYSICAL = "physical"
    GOING_WELL = "going_well"

    @property
    def side(self) -> Side:
        """External or internal."""
        internal = {self.FEELINGS, self.THOUGHTS, self.PHYSICAL, self.GOING_WELL}
        return Side.INTERNAL if self in internal else Side.EXTERNAL

    @property
    def label(self) -> str:
        """How the category reads in the app."""
        return _CATEGORY_LABELS[self]


_CATEGORY_LABELS = {
    TriggerCategory.PEOPLE: QT_TRANSLATE_NOOP("TriggerCategory", "People"),
    TriggerCategory.PLACES: QT_TRANSLATE_NOOP("TriggerCategory", "Places"),
    TriggerCategory.THINGS: QT_TRANSLATE_NOOP("TriggerCategory", "Things"),
    TriggerCategory.SITUATIONS: QT_TRANSLATE_NOOP("TriggerCategory", "Situations"),
    TriggerCategory.TIMES: QT_TRANSLATE_NOOP("TriggerCategory", "Times"),
    TriggerCategory.FEELINGS: QT_TRANSLATE_NOOP("TriggerCategory", "Feelings"),
    TriggerCategory.THOUGHTS: QT_TRANSLATE_NOOP("TriggerCategory", "Thoughts"),
    TriggerCategory.PHYSICAL: QT_TRANSLATE_NOOP("TriggerCategory", "Physical states"),
    TriggerCategory.GOING_WELL: QT_TRANSLATE_NOOP("TriggerCategory", "Things going well"),
}


class Risk(enum.IntEnum):
    """How risky the trigger feels (sortable)."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @property
    def label(self) -> str:
        """How the risk reads in the app."""
        return {
            Risk.LOW: QT_TRANSLATE_NOOP("Risk", "Low"),
            Risk.MEDIUM: QT_TRANSLATE_NOOP("Risk", "Medium"),
            Risk.HIGH: QT_TRANSLATE_NOOP("Risk", "High"),
        }[self]


@dataclass(frozen=True, kw_only=True)
class Trigger(Record):
    """A trigger and the mentee's own plan for it."""

    name: str
    category: TriggerCategory = TriggerCategory.SITUATIONS
    risk: Risk = Risk.MEDIUM
    description: str = ""
    avoid: str = ""
    escape: str = ""
    cope: str = ""
    warning_sign_ids: tuple[str, ...] = ()
    coping_ids: tuple[str, ...] = ()
    contact_ids: tuple[str, ...] = ()
    shared: bool = True


class Outcome(enum.StrEnum):
    """How an urge ended. A lapse is a single use; a relapse is a return to the old pattern."""

    PASSED = "passed"
    LAPSE = "lapse"
    RELAPSE = "relapse"

    @property
    def label(self) -> str:
        """How the outcome reads in the app."""
        return {
            Outcome.PASSED: QT_TRANSLATE_NOOP("Outcome", "The urge passed"),
            Outcome.LAPSE: QT_TRANSLATE_NOOP("Outcome", "A lapse"),
            Outcome.RELAPSE: QT_TRANSLATE_NOOP("Outcome", "A relapse"),
        }[self]


MAX_INTENSITY = 10


@dataclass(frozen=True, kw_only=True)
class Encounter(Record):
    """One entry of the urge log."""

    occurred_at: dt.datetime
    trigger_ids: tuple[str, ...] = ()
    intensity: int = 5
    duration_minutes: int | None = None
    thoughts: str = ""
    coping_ids: tuple[str, ...] = ()
    outcome: Outcome = Outcome.PASSED
    note: str = ""
    shared: bool = True
