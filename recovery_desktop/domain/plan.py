"""The relapse-prevention plan: warning signs, coping, the support ladder and the plan text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from dataclasses import dataclass

from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.records import Record


class Stage(enum.StrEnum):
    """When a warning sign tends to show (by kind, or by how late it comes)."""

    EMOTIONAL = "emotional"
    MENTAL = "mental"
    PHYSICAL = "physical"
    EARLY = "early"
    MIDDLE = "middle"
    LATE = "late"

    @property
    def label(self) -> str:
        """How the stage reads in the app."""
        return {
            Stage.EMOTIONAL: QT_TRANSLATE_NOOP("Stage", "Emotional"),
            Stage.MENTAL: QT_TRANSLATE_NOOP("Stage", "Mental"),
            Stage.PHYSICAL: QT_TRANSLATE_NOOP("Stage", "Physical"),
            Stage.EARLY: QT_TRANSLATE_NOOP("Stage", "Early"),
            Stage.MIDDLE: QT_TRANSLATE_NOOP("Stage", "Middle"),
            Stage.LATE: QT_TRANSLATE_NOOP("Stage", "Late"),
        }[self]


@dataclass(frozen=True, kw_only=True)
class WarningSign(Record):
    """Something that tends to show before a lapse, and what to do about it."""

    title: str
    stage: Stage = Stage.EARLY
    action: str = ""
    last_time: str = ""
    position: int = 0
    shared: bool = True


class CopingKind(enum.StrEnum):
    """The kinds of coping, roughly in the order a crisis plan escalates."""

    INTERNAL = "internal"
    DISTRACTION = "distraction"
    PEOPLE_PLACES = "people_places"
    PROFESSIONAL = "professional"
    SAFER_ENVIRONMENT = "safer_environment"

    @property
    def label(self) -> str:
        """How the kind reads in the app."""
        return {
            CopingKind.INTERNAL: QT_TRANSLATE_NOOP("CopingKind", "Things I can do on my own"),
            CopingKind.DISTRACTION: QT_TRANSLATE_NOOP("CopingKind", "Distraction"),
            CopingKind.PEOPLE_PLACES: QT_TRANSLATE_NOOP("CopingKind", "People and places"),
            CopingKind.PROFESSIONAL: QT_TRANSLATE_NOOP("CopingKind", "Professional help"),
            CopingKind.SAFER_ENVIRONMENT: QT_TRANSLATE_NOOP(
                "CopingKind", "Making my surroundings safer"
            ),
        }[self]


@dataclass(frozen=True, kw_only=True)
class CopingStrategy(Record):
    """A way of getting through an urge, with its steps (one per line)."""

    title: str
    kind: CopingKind = CopingKind.INTERNAL
    steps: str = ""
    position: int = 0
    shared: bool = True


class ContactRole(enum.StrEnum):
    """Who a supporter is."""

    MENTOR = "mentor"
    SPONSOR = "sponsor"
    FRIEND = "friend"
    FAMILY = "family"
    PROFESSIONAL = "professional"
    CRISIS_LINE = "crisis_line"

    @property
    def label(self) -> str:
        """How the role reads in the app."""
        return {
            ContactRole.MENTOR: QT_TRANSLATE_NOOP("ContactRole", "Mentor"),
            ContactRole.SPONSOR: QT_TRANSLATE_NOOP("ContactRole", "Sponsor"),
            ContactRole.FRIEND: QT_TRANSLATE_NOOP("ContactRole", "Friend"),
            ContactRole.FAMILY: QT_TRANSLATE_NOOP("ContactRole", "Family"),
            ContactRole.PROFESSIONAL: QT_TRANSLATE_NOOP("ContactRole", "Professional"),
            ContactRole.CRISIS_LINE: QT_TRANSLATE_NOOP("ContactRole", "Crisis line"),
        }[self]


@dataclass(frozen=True, kw_only=True)
class SupportContact(Record):
    """A person or service on the support ladder; ``position`` orders the ladder."""

    name: str
    role: ContactRole = ContactRole.FRIEND
    phone: str = ""
    email: str = ""
    hours: str = ""
    will_do: str = ""
    position: int = 0
    shared: bool = True


class PlanSection(enum.StrEnum):
    """The free-text sections of the plan, in the order they are printed."""

    REASONS = "reasons"
    ROUTINE = "routine"
    LAPSE_PLAN = "lapse_plan"
    CRISIS_STEPS = "crisis_steps"
    SAFER_ENVIRONMENT = "safer_environment"
    CHECK_IN_RHYTHM = "check_in_rhythm"
    CONTACT_HOURS = "contact_hours"
    MENTOR_UNREACHABLE = "mentor_unreachable"
    KEPT_WHERE = "kept_where"


@dataclass(frozen=True, kw_only=True)
class Plan(Record):
    """The plan's own text; triggers, signs, coping and contacts are linked records."""

    reasons: str = ""
    routine: str = ""
    lapse_plan: str = ""
    crisis_steps: str = ""
    safer_environment: str = ""
    check_in_rhythm: str = ""
    contact_hours: str = ""
    mentor_unreachable: str = ""
    kept_where: str = ""
    reviewed_on: dt.date | None = None
    next_review: dt.date | None = None
    #: The mentor's comments the mentee chose to print with the plan.
    printed_comment_ids: tuple[str, ...] = ()
    shared: bool = True

    def text(self, section: PlanSection) -> str:
        """The text of one section."""
        value = getattr(self, section.value)
        assert isinstance(value, str)
        return value

    def with_text(self, section: PlanSection, text: str) -> Plan:
        """A copy with one section's text replaced."""
        # Every PlanSection names a str field, which mypy cannot see through the enum.
        return dataclasses.replace(self, **{section.value: text})  # type: ignore[arg-type]


@dataclass(frozen=True, kw_only=True)
class PlanVersion(Record):
    """A dated snapshot of the whole plan, stored when it is reviewed with the mentor."""

    number: int
    reviewed_on: dt.date
    note: str = ""
    snapshot: str  # JSON of the whole linked plan as it was
