"""The sobriety record, worked out from the check-ins: runs, slips and attempts.

The rules, all on calendar days in the person's own time:

- The record starts on the first day with a check-in and is counted through today if
  today has a check-in, else through yesterday (today is not over yet).
- A slip day is a day whose check-in notes a lapse or a relapse. Every other day in the
  record counts as substance-free, including days with no check-in: nothing is assumed
  against the person, and a missed check-in never breaks a run.
- A run is a stretch of substance-free days between slips. The current run is the one
  that reaches the last counted day; after a slip today there is no current run until
  tomorrow, and the days already built stay in the total and the history.
- A lapse (a single use) and a relapse (back to the old pattern) are different events.
  A recovery attempt begins on the first substance-free day and carries on through
  lapses; only a relapse ends it, and the next attempt begins on the next free day.
- Back-filled and corrected days simply count as they stand now: the record depends on
  each day's latest check-in only, never on the order things were typed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from recovery_desktop.domain.checkins import CheckIn, UseStatus, latest_per_day

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Slip:
    """A day with a lapse or a relapse, and its note."""

    day: dt.date
    kind: UseStatus
    note: str = ""


@dataclass(frozen=True)
class Run:
    """Consecutive substance-free days; ``ended_by`` is the slip the day after, if any."""

    start: dt.date
    end: dt.date
    ended_by: Slip | None = None

    @property
    def days(self) -> int:
        """How many days the run has (both ends included)."""
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class Attempt:
    """A recovery attempt: from a first free day until a relapse (``end`` None: ongoing)."""

    start: dt.date
    end: dt.date | None
    free_days: int
    lapses: tuple[Slip, ...] = ()
    ended_by: Slip | None = None


@dataclass(frozen=True)
class SobrietyRecord:
    """Everything the counter shows, and the history behind it."""

    today: dt.date
    start: dt.date | None = None
    counted_through: dt.date | None = None
    runs: tuple[Run, ...] = ()
    slips: tuple[Slip, ...] = ()
    attempts: tuple[Attempt, ...] = field(default=())
    checked_in_days: int = 0

    @property
    def current_run(self) -> int:
        """Days in the run that reaches the last counted day (0 right after a slip)."""
        if self.runs and self.runs[-1].ended_by is None:
            return self.runs[-1].days
        return 0

    @property
    def current_run_start(self) -> dt.date | None:
        """The first day of the current run, if there is one."""
        if self.runs and self.runs[-1].ended_by is None:
            return self.runs[-1].start
        return None

    @property
    def longest_run(self) -> int:
        """The most consecutive substance-free days so far."""
        return max((run.days for run in self.runs), default=0)

    @property
    def total_free_days(self) -> int:
        """Every substance-free day in the record, across all runs."""
        return sum(run.days for run in self.runs)

    @property
    def days_counted(self) -> int:
        """Days from the start of the record through the last counted day."""
        if self.start is None or self.counted_through is None:
            return 0
        return max(0, (self.counted_through - self.start).days + 1)

    @property
    def lapses(self) -> tuple[Slip, ...]:
        """The lapses, oldest first."""
        return tuple(slip for slip in self.slips if slip.kind is UseStatus.LAPSE)

    @property
    def relapses(self) -> tuple[Slip, ...]:
        """The relapses, oldest first."""
        return tuple(slip for slip in self.slips if slip.kind is UseStatus.RELAPSE)

    @property
    def last_slip(self) -> Slip | None:
        """The most recent slip, if any."""
        return self.slips[-1] if self.slips else None


def sobriety_record(checkins: Iterable[CheckIn], today: dt.date) -> SobrietyRecord:
    """The record as of ``today`` (the person's local date); future days are ignored."""
    days = {day: c for day, c in latest_per_day(checkins).items() if day <= today}
    if not days:
        return SobrietyRecord(today=today)
    start = min(days)
    through = today if today in days else today - ONE_DAY
    slips = tuple(
        Slip(day, checkin.use, checkin.slip_note)
        for day, checkin in sorted(days.items())
        if checkin.use.is_slip
    )
    runs = _runs(start, through, slips)
    checked_in = sum(1 for day, c in days.items() if not c.use.is_slip and day <= through)
    return SobrietyRecord(
        today=today,
        start=start,
        counted_through=through,
        runs=runs,
        slips=slips,
        attempts=_attempts(runs, slips),
        checked_in_days=checked_in,
    )


def _runs(start: dt.date, through: dt.date, slips: tuple[Slip, ...]) -> tuple[Run, ...]:
    runs = []
    run_start = start
    for slip in slips:
        if slip.day > run_start:
            runs.append(Run(run_start, slip.day - ONE_DAY, slip))
        run_start = slip.day + ONE_DAY
    if run_start <= through:
        runs.append(Run(run_start, through))
    return tuple(runs)


def _attempts(runs: tuple[Run, ...], slips: tuple[Slip, ...]) -> tuple[Attempt, ...]:
    events: list[tuple[dt.date, int, Run | Slip]] = [(run.start, 0, run) for run in runs]
    events += [(slip.day, 1, slip) for slip in slips]
    attempts = []
    start: dt.date | None = None
    free = 0
    lapses: list[Slip] = []
    for _day, _order, event in sorted(events, key=lambda item: (item[0], item[1])):
        if isinstance(event, Run):
            start = start or event.start
            free += event.days
        elif start is None:
            continue  # a slip before any free day, or more days of an earlier relapse
        elif event.kind is UseStatus.LAPSE:
            lapses.append(event)
        else:
            attempts.append(Attempt(start, event.day - ONE_DAY, free, tuple(lapses), event))
            start, free, lapses = None, 0, []
    if start is not None:
        attempts.append(Attempt(start, None, free, tuple(lapses)))
    return tuple(attempts)
