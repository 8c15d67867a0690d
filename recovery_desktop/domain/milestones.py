"""Milestones: which are reached, on what day, and keeping the stored list in step.

- Substance-free days: 1, 7, 14, 30, 60, 90 and 180 days, then every year. A milestone
  is reached on the day a run first gets that long (a year is a full calendar year: a
  run that starts on 3 March reaches one year on 2 March the next year).
- Goals completed: the 1st, 5th, 10th and 25th goal done, then every 25 more.
- Check-in rhythm: 4, 8, 12, 26 and 52 weeks in a row with at least five check-ins each
  (Monday to Sunday), then every 52 more; a week counts on the day of its fifth check-in.
- Each milestone counts once, the first time it is reached. A later slip does not take
  it away; a correction of the days it rests on does (the list agrees with the record).
- A milestone is celebrated at most once, even if a correction takes it away and it is
  reached again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from recovery_desktop.domain.checkins import CheckIn, latest_per_day
from recovery_desktop.domain.goals import Goal, GoalStatus
from recovery_desktop.domain.language import plural, translate
from recovery_desktop.domain.records import Record
from recovery_desktop.domain.sobriety import SobrietyRecord

SOBER_DAYS = (1, 7, 14, 30, 60, 90, 180)
GOALS_DONE = (1, 5, 10, 25)
GOALS_EVERY = 25
RHYTHM_WEEKS = (4, 8, 12, 26, 52)
RHYTHM_EVERY = 52
#: Check-ins in a week (Monday to Sunday) for the week to keep the rhythm.
RHYTHM_DAYS = 5


class MilestoneKind(enum.StrEnum):
    """What a milestone counts."""

    SOBER_DAYS = "sober_days"
    SOBER_YEARS = "sober_years"
    GOALS_DONE = "goals_done"
    CHECK_IN_WEEKS = "check_in_weeks"


def milestone_title(kind: MilestoneKind, threshold: int) -> str:
    """How a milestone reads in the app, in the person's language."""
    match kind:
        case MilestoneKind.SOBER_DAYS:
            return plural(
                threshold,
                translate("milestones", "{count} substance-free day"),
                translate("milestones", "{count} substance-free days"),
            )
        case MilestoneKind.SOBER_YEARS:
            return plural(
                threshold,
                translate("milestones", "{count} substance-free year"),
                translate("milestones", "{count} substance-free years"),
            )
        case MilestoneKind.GOALS_DONE:
            return plural(
                threshold,
                translate("milestones", "First goal completed"),
                translate("milestones", "{count} goals completed"),
            )
        case MilestoneKind.CHECK_IN_WEEKS:
            return plural(
                threshold,
                translate("milestones", "{count} week of regular check-ins"),
                translate("milestones", "{count} weeks of regular check-ins"),
            )
    raise AssertionError(kind)


@dataclass(frozen=True, kw_only=True)
class Milestone(Record):
    """A milestone reached, and whether its celebration has been shown."""

    kind: MilestoneKind
    threshold: int
    reached_on: dt.date
    celebrated: bool = False
    shared: bool = True

    @property
    def title(self) -> str:
        """How the milestone reads in the app."""
        return milestone_title(self.kind, self.threshold)

    @property
    def key(self) -> tuple[MilestoneKind, int]:
        """What makes two milestone records the same milestone."""
        return (self.kind, self.threshold)


@dataclass(frozen=True)
class Reached:
    """A milestone the data says is reached, and the day it was."""

    kind: MilestoneKind
    threshold: int
    reached_on: dt.date

    @property
    def key(self) -> tuple[MilestoneKind, int]:
        """The milestone's identity."""
        return (self.kind, self.threshold)


def anniversary(start: dt.date, years: int) -> dt.date:
    """``start`` moved on by whole years (29 February becomes 1 March)."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return dt.date(start.year + years, 3, 1)


def _thresholds(first: tuple[int, ...], every: int) -> Iterator[int]:
    yield from first
    value = first[-1] + every
    while True:
        yield value
        value += every


def _sober(record: SobrietyRecord) -> list[Reached]:
    found = []
    for days in SOBER_DAYS:
        run = next((r for r in record.runs if r.days >= days), None)
        if run is None:
            break
        found.append(
            Reached(MilestoneKind.SOBER_DAYS, days, run.start + dt.timedelta(days=days - 1))
        )
    years = 1
    while True:
        reached = [
            anniversary(run.start, years) - dt.timedelta(days=1)
            for run in record.runs
            if run.end >= anniversary(run.start, years) - dt.timedelta(days=1)
        ]
        if not reached:
            break
        found.append(Reached(MilestoneKind.SOBER_YEARS, years, min(reached)))
        years += 1
    return found


def _goals(goals: Iterable[Goal], today: dt.date) -> list[Reached]:
    days = sorted(
        goal.done_on
        for goal in goals
        if not goal.is_deleted
        and goal.status is GoalStatus.DONE
        and goal.done_on is not None
        and goal.done_on <= today
    )
    found = []
    for count in _thresholds(GOALS_DONE, GOALS_EVERY):
        if count > len(days):
            break
        found.append(Reached(MilestoneKind.GOALS_DONE, count, days[count - 1]))
    return found


def _rhythm(checkins: Iterable[CheckIn], today: dt.date) -> list[Reached]:
    weeks: dict[dt.date, list[dt.date]] = {}
    for day in sorted(d for d in latest_per_day(checkins) if d <= today):
        weeks.setdefault(day - dt.timedelta(days=day.weekday()), []).append(day)
    kept = sorted(
        (monday, days[RHYTHM_DAYS - 1])
        for monday, days in weeks.items()
        if len(days) >= RHYTHM_DAYS
    )
    found = []
    thresholds = _thresholds(RHYTHM_WEEKS, RHYTHM_EVERY)
    wanted = next(thresholds)
    streak = 0
    previous: dt.date | None = None
    for monday, counted_on in kept:
        streak = streak + 1 if previous == monday - dt.timedelta(days=7) else 1
        previous = monday
        if streak == wanted:
            found.append(Reached(MilestoneKind.CHECK_IN_WEEKS, wanted, counted_on))
            wanted = next(thresholds)
    return found


def reached_milestones(
    record: SobrietyRecord, goals: Iterable[Goal], checkins: Iterable[CheckIn]
) -> list[Reached]:
    """Every milestone the data says is reached by ``record.today``, with its day."""
    return [
        *_sober(record),
        *_goals(goals, record.today),
        *_rhythm(checkins, record.today),
    ]


@dataclass(frozen=True)
class Reconciled:
    """What to store so the milestone list agrees with the data."""

    to_save: list[Milestone]
    newly_reached: list[Milestone]


def reconcile(
    stored: Iterable[Milestone], reached: Iterable[Reached], now: dt.datetime
) -> Reconciled:
    """Bring stored milestones in line with ``reached``.

    New ones are added, uncelebrated; a changed day is updated; one no longer reached is
    made a tombstone (it comes back, celebration state and all, if reached again). Running
    it again on its own result changes nothing.
    """
    by_key: dict[tuple[MilestoneKind, int], Milestone] = {}
    for milestone in stored:
        current = by_key.get(milestone.key)
        rank = (not milestone.is_deleted, milestone.rev, milestone.id)
        if current is None or rank > (not current.is_deleted, current.rev, current.id):
            by_key[milestone.key] = milestone
    to_save: list[Milestone] = []
    new: list[Milestone] = []
    wanted = {item.key: item for item in reached}
    for key, item in wanted.items():
        found = by_key.get(key)
        if found is None:
            created = Milestone(
                kind=item.kind, threshold=item.threshold, reached_on=item.reached_on
            )
            to_save.append(created)
            new.append(created)
        elif found.is_deleted or found.reached_on != item.reached_on:
            to_save.append(dataclasses.replace(found, reached_on=item.reached_on, deleted_at=None))
    for key, milestone in by_key.items():
        if key not in wanted and not milestone.is_deleted:
            to_save.append(dataclasses.replace(milestone, deleted_at=now))
    return Reconciled(to_save, new)
