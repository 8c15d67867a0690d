"""The daily check-in: one per day, past days kept honest with an audit trail.

``today`` is always the person's local date, passed in by the caller (the window uses
this computer's calendar); nothing here derives a day from a UTC timestamp.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from recovery_desktop.domain.checkins import (
    CheckIn,
    CheckInAudit,
    audit_entry,
    latest_per_day,
    uneventful,
)
from recovery_desktop.domain.records import new_id
from recovery_desktop.domain.sobriety import SobrietyRecord, sobriety_record
from recovery_desktop.services import records
from recovery_desktop.services.changes import NOTHING, Changes
from recovery_desktop.storage.repositories import Records
from recovery_desktop.storage.vault import OpenVault


def checkins(vault: OpenVault) -> list[CheckIn]:
    """Each day's check-in, newest day first."""
    days = latest_per_day(Records(vault).all(CheckIn))
    return [days[day] for day in sorted(days, reverse=True)]


def for_day(vault: OpenVault, day: dt.date) -> CheckIn | None:
    """The check-in of ``day``, if there is one."""
    return latest_per_day(Records(vault).where(CheckIn, day=day)).get(day)


@dataclass(frozen=True)
class Overview:
    """What the Check-in tab shows, from one read of the check-ins."""

    days: list[CheckIn]
    record: SobrietyRecord
    audited: set[dt.date]
    today: CheckIn | None


def overview(vault: OpenVault, today: dt.date) -> Overview:
    """Each day's check-in (newest first), the record, the audited days and today's."""
    store = Records(vault)
    every = store.all(CheckIn)
    days = latest_per_day(every)
    return Overview(
        days=[days[day] for day in sorted(days, reverse=True)],
        record=sobriety_record(every, today),
        audited={a.day for a in store.all(CheckInAudit)},
        today=days.get(today),
    )


def _store(vault: OpenVault, item: CheckIn, audit: CheckInAudit | None) -> tuple[CheckIn, Changes]:
    if audit is None:
        return records.save(vault, item)
    saved, changes = records.save_together(vault, item, audit)
    stored = saved[0]
    assert isinstance(stored, CheckIn)
    return stored, changes


def save_day(vault: OpenVault, checkin: CheckIn, today: dt.date) -> tuple[CheckIn, Changes]:
    """Save the check-in of ``checkin.day``: a new one, or a change to that day's.

    There is one check-in per day: saving for a day that has one updates it. A day
    before ``today`` that is added or changed gets an audit entry saying what changed.
    """
    existing = for_day(vault, checkin.day)
    if existing is not None:
        checkin = replace(
            checkin,
            id=existing.id,
            owner=existing.owner,
            rev=existing.rev,
            created_at=existing.created_at,
            deleted_at=None,
        )
    elif not checkin.is_new:
        known = Records(vault).get(CheckIn, checkin.id)
        if known is not None and known.day != checkin.day:
            checkin = replace(checkin, id=new_id(), rev=0, created_at=None)  # never move a day
    return _store(vault, checkin, audit_entry(existing, checkin, today))


def check_in_uneventful(vault: OpenVault, today: dt.date) -> tuple[CheckIn, Changes]:
    """The one-click check-in for today; an existing check-in for today is kept as it is."""
    existing = for_day(vault, today)
    if existing is not None:
        return existing, NOTHING
    return save_day(vault, uneventful(today), today)


def remove_day(vault: OpenVault, checkin: CheckIn, today: dt.date) -> Changes:
    """Delete a day's check-in (a tombstone); a past day's removal is audited, atomically."""
    tombstone = replace(checkin, deleted_at=dt.datetime.now(dt.UTC))
    _saved, changes = _store(vault, tombstone, audit_entry(checkin, tombstone, today))
    return changes


def restore_day(vault: OpenVault, checkin: CheckIn, today: dt.date) -> tuple[CheckIn, Changes]:
    """Bring back a removed check-in (unless its day has a new one by now)."""
    existing = for_day(vault, checkin.day)
    if existing is not None:
        return existing, NOTHING
    known = Records(vault).get(CheckIn, checkin.id)
    restored = replace(checkin, deleted_at=None)
    return _store(vault, restored, audit_entry(known, restored, today))


def audit_trail(vault: OpenVault, day: dt.date | None = None) -> list[CheckInAudit]:
    """Changes to past days (of one day, or all), the latest change first."""
    found: list[CheckInAudit] = [
        a for a in Records(vault).all(CheckInAudit) if day is None or a.day == day
    ]
    floor = dt.datetime.min.replace(tzinfo=dt.UTC)
    return sorted(found, key=lambda a: (a.made_on, a.created_at or floor), reverse=True)


def record(vault: OpenVault, today: dt.date) -> SobrietyRecord:
    """The sobriety record as of ``today``."""
    return sobriety_record(Records(vault).all(CheckIn), today)


def audited_days(vault: OpenVault) -> set[dt.date]:
    """Days with at least one audit entry (shown with a mark in the list of days)."""
    return {a.day for a in Records(vault).all(CheckInAudit)}
