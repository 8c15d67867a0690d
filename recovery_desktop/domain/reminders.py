"""When the daily check-in reminder may speak: at its time, once a day, never in quiet hours."""

from __future__ import annotations

import datetime as dt


def parse_time(text: str, fallback: dt.time) -> dt.time:
    """``HH:MM`` as a time, or ``fallback`` when it is not one."""
    try:
        hours, minutes = text.split(":")
        return dt.time(int(hours), int(minutes))
    except ValueError:
        return fallback


def in_quiet_hours(moment: dt.time, start: dt.time, end: dt.time) -> bool:
    """Whether ``moment`` is in the quiet hours (which may run past midnight).

    ``start`` is included and ``end`` is not; equal start and end mean no quiet hours.
    """
    if start == end:
        return False
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end


def should_remind(
    now: dt.datetime,
    remind_at: dt.time,
    quiet_start: dt.time,
    quiet_end: dt.time,
    checked_in_today: bool,
    reminded_on: dt.date | None,
) -> bool:
    """Whether to remind now. ``now`` is local wall-clock time (naive or aware alike).

    Once the reminder time has passed, the reminder comes once that day, unless today's
    check-in is done or it is quiet time (then it waits until the quiet hours end).
    """
    if checked_in_today or reminded_on == now.date():
        return False
    moment = now.time().replace(tzinfo=None)
    if moment < remind_at:
        return False
    return not in_quiet_hours(moment, quiet_start, quiet_end)
