"""The daily check-in, and the audit trail kept when a past day is added or corrected.

A check-in's ``day`` is a calendar date in the person's own time: the day they mean,
chosen in the form. It is never worked out from a UTC timestamp, so travelling, the
clocks changing or a late-night check-in never move it to another day.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.language import label, number, translate
from recovery_desktop.domain.records import Record

MOOD_MIN, MOOD_MAX = 1, 5
CRAVING_MAX = 10
SLEEP_MAX = 24.0


class UseStatus(enum.StrEnum):
    """Substance-free, a lapse (a single use) or a relapse (back to the old pattern)."""

    FREE = "free"
    LAPSE = "lapse"
    RELAPSE = "relapse"

    @property
    def label(self) -> str:
        """How the status reads in the app."""
        return {
            UseStatus.FREE: QT_TRANSLATE_NOOP("UseStatus", "Substance-free"),
            UseStatus.LAPSE: QT_TRANSLATE_NOOP("UseStatus", "A lapse (a single use)"),
            UseStatus.RELAPSE: QT_TRANSLATE_NOOP(
                "UseStatus", "A relapse (back to the old pattern)"
            ),
        }[self]

    @property
    def is_slip(self) -> bool:
        """Whether the day had any use."""
        return self is not UseStatus.FREE


class Sharing(enum.StrEnum):
    """How much of a check-in the mentor sees in a share file."""

    PRIVATE = "private"
    SUMMARY = "summary"
    FULL = "full"

    @property
    def label(self) -> str:
        """How the choice reads in the app."""
        return {
            Sharing.PRIVATE: QT_TRANSLATE_NOOP("Sharing", "Keep private"),
            Sharing.SUMMARY: QT_TRANSLATE_NOOP(
                "Sharing", "Share a summary (mood, craving, substance-free or not)"
            ),
            Sharing.FULL: QT_TRANSLATE_NOOP("Sharing", "Share everything, notes included"),
        }[self]


MOOD_LABELS = {
    1: QT_TRANSLATE_NOOP("Mood", "Very low"),
    2: QT_TRANSLATE_NOOP("Mood", "Low"),
    3: QT_TRANSLATE_NOOP("Mood", "Okay"),
    4: QT_TRANSLATE_NOOP("Mood", "Good"),
    5: QT_TRANSLATE_NOOP("Mood", "Very good"),
}


@dataclass(frozen=True, kw_only=True)
class CheckIn(Record):
    """One day's check-in (one per day)."""

    day: dt.date
    mood: int = 3
    craving: int = 0
    use: UseStatus = UseStatus.FREE
    slip_note: str = ""
    hungry: bool = False
    angry: bool = False
    lonely: bool = False
    tired: bool = False
    sleep_hours: float | None = None
    grateful: str = ""
    support_action: str = ""
    note: str = ""
    sharing: Sharing = Sharing.SUMMARY

    @property
    def halt(self) -> tuple[str, ...]:
        """The HALT states ticked, as words."""
        flags = (
            (QT_TRANSLATE_NOOP("HALT", "Hungry"), self.hungry),
            (QT_TRANSLATE_NOOP("HALT", "Angry"), self.angry),
            (QT_TRANSLATE_NOOP("HALT", "Lonely"), self.lonely),
            (QT_TRANSLATE_NOOP("HALT", "Tired"), self.tired),
        )
        return tuple(name for name, on in flags if on)


def uneventful(day: dt.date) -> CheckIn:
    """The one-click check-in: substance-free, an okay mood, no craving, nothing to add."""
    return CheckIn(day=day, mood=3, craving=0, use=UseStatus.FREE)


def latest_per_day(checkins: Iterable[CheckIn]) -> dict[dt.date, CheckIn]:
    """The live check-in of each day; if a day somehow has two, the later-changed one.

    Tombstones are ignored. The result does not depend on the order of ``checkins``.
    """
    chosen: dict[dt.date, CheckIn] = {}
    floor = dt.datetime.min.replace(tzinfo=dt.UTC)
    for checkin in checkins:
        if checkin.is_deleted:
            continue
        current = chosen.get(checkin.day)
        key = (checkin.updated_at or floor, checkin.rev, checkin.id)
        if current is None or key > (current.updated_at or floor, current.rev, current.id):
            chosen[checkin.day] = checkin
    return chosen


class AuditAction(enum.StrEnum):
    """What happened to a past day."""

    ADDED_LATER = "added_later"
    CORRECTED = "corrected"
    REMOVED = "removed"
    RESTORED = "restored"

    @property
    def label(self) -> str:
        """How the action reads in the app."""
        return {
            AuditAction.ADDED_LATER: QT_TRANSLATE_NOOP("AuditAction", "Added later"),
            AuditAction.CORRECTED: QT_TRANSLATE_NOOP("AuditAction", "Corrected"),
            AuditAction.REMOVED: QT_TRANSLATE_NOOP("AuditAction", "Removed"),
            AuditAction.RESTORED: QT_TRANSLATE_NOOP("AuditAction", "Brought back"),
        }[self]


@dataclass(frozen=True, kw_only=True)
class CheckInAudit(Record):
    """One change to a past day's check-in: when it was made and what changed."""

    checkin_id: str
    day: dt.date
    made_on: dt.date
    action: AuditAction
    changes: str = ""
    shared: bool = True


_COMPARED = (
    ("use", QT_TRANSLATE_NOOP("checkins", "Substance use")),
    ("mood", QT_TRANSLATE_NOOP("checkins", "Mood")),
    ("craving", QT_TRANSLATE_NOOP("checkins", "Craving")),
    ("slip_note", QT_TRANSLATE_NOOP("checkins", "Note on the slip")),
    ("hungry", QT_TRANSLATE_NOOP("checkins", "Hungry")),
    ("angry", QT_TRANSLATE_NOOP("checkins", "Angry")),
    ("lonely", QT_TRANSLATE_NOOP("checkins", "Lonely")),
    ("tired", QT_TRANSLATE_NOOP("checkins", "Tired")),
    ("sleep_hours", QT_TRANSLATE_NOOP("checkins", "Hours slept")),
    ("grateful", QT_TRANSLATE_NOOP("checkins", "Grateful for")),
    ("support_action", QT_TRANSLATE_NOOP("checkins", "Support action")),
    ("note", QT_TRANSLATE_NOOP("checkins", "Note")),
    ("sharing", QT_TRANSLATE_NOOP("checkins", "Sharing")),
)
_TEXTS = frozenset({"slip_note", "grateful", "support_action", "note"})


def _shown(value: object) -> str:
    if value is None or value == "":
        return translate("checkins", "nothing")
    if isinstance(value, bool):
        return translate("checkins", "yes") if value else translate("checkins", "no")
    if isinstance(value, enum.Enum) and isinstance(getattr(value, "label", None), str):
        return label(value)
    if isinstance(value, float):
        return number(value, 1)  # hours slept: 7.5 (7,5 in Spanish)
    return str(value)


def describe_changes(before: CheckIn, after: CheckIn) -> list[str]:
    """One line per answer that differs, old to new (free text is only named, not quoted).

    Written in the person's language when the change is made, and kept as written.
    """
    lines = []
    for name, field in _COMPARED:
        old, new = getattr(before, name), getattr(after, name)
        if old == new:
            continue
        if name in _TEXTS:
            text = translate("checkins", "{field} changed")
            lines.append(text.format(field=translate("checkins", field)))
        else:
            text = translate("checkins", "{field}: {old} → {new}")
            lines.append(
                text.format(field=translate("checkins", field), old=_shown(old), new=_shown(new))
            )
    return lines


def audit_entry(
    before: CheckIn | None, after: CheckIn | None, today: dt.date
) -> CheckInAudit | None:
    """The audit entry for a change to a check-in, or None when none is kept.

    Only past days are audited (``today`` is the person's local date): adding one
    late, correcting it, removing it or bringing it back. Today's own check-in can
    change freely until the day is over, and a save that changes nothing leaves no entry.
    """
    record = after or before
    if record is None or record.day >= today:
        return None
    if before is None or before.is_deleted:
        if after is None or after.is_deleted:
            return None
        action = AuditAction.RESTORED if before is not None else AuditAction.ADDED_LATER
        text = translate("checkins", "{use}, mood {mood}, craving {craving}")
        lines = [text.format(use=label(after.use), mood=after.mood, craving=after.craving)]
    elif after is None or after.is_deleted:
        action, lines = AuditAction.REMOVED, []
    else:
        lines = describe_changes(before, after)
        if not lines:
            return None
        action = AuditAction.CORRECTED
    return CheckInAudit(
        checkin_id=record.id,
        day=record.day,
        made_on=today,
        action=action,
        changes="\n".join(lines),
    )


def local_day(moment: dt.datetime, zone: dt.tzinfo | None = None) -> dt.date:
    """The calendar day ``moment`` falls on where the person is (``zone``, else this computer).

    For choosing a default day in a form only: a saved check-in keeps the day it was given.
    """
    if moment.tzinfo is None:
        raise ValueError("moment must be timezone-aware")
    return moment.astimezone(zone).date()
