"""Progress over time: the daily series, ranges and counts behind the Progress charts.

Days are calendar dates in the person's own time, as everywhere else: a check-in's day
is the day it names (``checkins``), the sobriety record's rules are its own
(``sobriety``), and an urge's day, hour and weekday are read from its moment in the
person's time zone (``checkins.local_day``), so the clocks changing moves nothing.

Everything is worked out once per change to the data (``build_progress``) and then
sliced by the chosen range, so changing the range only counts, never re-reads.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from recovery_desktop.domain.assessment import SelfAssessment, TotalPoint, totals_over_time
from recovery_desktop.domain.checkins import CheckIn, latest_per_day, local_day
from recovery_desktop.domain.goals import Goal, GoalStatus
from recovery_desktop.domain.goals import progress as goal_progress
from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.language import label, translate
from recovery_desktop.domain.milestones import Milestone
from recovery_desktop.domain.sobriety import SobrietyRecord, sobriety_record
from recovery_desktop.domain.triggers import Encounter, Outcome, Trigger

ONE_DAY = dt.timedelta(days=1)

# --- ranges --------------------------------------------------------------------------


class RangeKind(enum.StrEnum):
    """The ranges the charts can show."""

    LAST_30 = "30d"
    LAST_90 = "90d"
    YEAR = "1y"
    ALL = "all"
    CUSTOM = "custom"

    @property
    def label(self) -> str:
        """How the choice reads in the app."""
        return {
            RangeKind.LAST_30: QT_TRANSLATE_NOOP("RangeKind", "Last 30 days"),
            RangeKind.LAST_90: QT_TRANSLATE_NOOP("RangeKind", "Last 90 days"),
            RangeKind.YEAR: QT_TRANSLATE_NOOP("RangeKind", "Last 12 months"),
            RangeKind.ALL: QT_TRANSLATE_NOOP("RangeKind", "All of it"),
            RangeKind.CUSTOM: QT_TRANSLATE_NOOP("RangeKind", "Dates I choose"),
        }[self]


_LENGTH = {RangeKind.LAST_30: 30, RangeKind.LAST_90: 90, RangeKind.YEAR: 365}


@dataclass(frozen=True)
class RangeChoice:
    """A range as the person chose it (``start``/``end`` only for a custom range)."""

    kind: RangeKind = RangeKind.LAST_30
    start: dt.date | None = None
    end: dt.date | None = None

    def to_text(self) -> str:
        """The choice as kept in the settings file: ``90d``, ``custom:2026-01-01:2026-03-31``."""
        if self.kind is RangeKind.CUSTOM and self.start is not None and self.end is not None:
            return f"custom:{self.start.isoformat()}:{self.end.isoformat()}"
        return self.kind.value

    @classmethod
    def from_text(cls, text: str) -> RangeChoice:
        """The choice kept as ``text``; anything unreadable gives the default."""
        kind, _sep, rest = text.partition(":")
        try:
            parsed = RangeKind(kind)
        except ValueError:
            return cls()
        if parsed is not RangeKind.CUSTOM:
            return cls(parsed)
        first, _sep, last = rest.partition(":")
        try:
            start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
        except ValueError:
            return cls()
        return cls(RangeKind.CUSTOM, min(start, end), max(start, end))


@dataclass(frozen=True)
class Span:
    """Calendar days from ``start`` to ``end``, both included."""

    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        """How many days the span has."""
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    def before(self) -> Span:
        """The span of the same length just before this one."""
        return Span(self.start - self.days * ONE_DAY, self.start - ONE_DAY)


def resolve_span(choice: RangeChoice, today: dt.date, first_day: dt.date | None) -> Span:
    """The days ``choice`` covers as of ``today``; ``first_day`` is where the data begins.

    "All of it" runs from the first day with data (today when there is none). A custom
    range is put in order and ends today at the latest; one without dates is 90 days.
    """
    if choice.kind is RangeKind.ALL:
        start = min(first_day, today) if first_day is not None else today
        return Span(start, today)
    if choice.kind is RangeKind.CUSTOM and choice.start is not None and choice.end is not None:
        end = min(max(choice.start, choice.end), today)
        start = min(choice.start, choice.end, end)
        return Span(start, end)
    length = _LENGTH.get(choice.kind, _LENGTH[RangeKind.LAST_90])
    return Span(today - (length - 1) * ONE_DAY, today)


# --- days ----------------------------------------------------------------------------


class DayStatus(enum.StrEnum):
    """How a day of the record stands."""

    FREE = "free"
    NO_CHECK_IN = "no_check_in"
    SLIP = "slip"

    @property
    def label(self) -> str:
        """How the status reads in a legend."""
        return {
            DayStatus.FREE: QT_TRANSLATE_NOOP("DayStatus", "Substance-free, checked in"),
            DayStatus.NO_CHECK_IN: QT_TRANSLATE_NOOP(
                "DayStatus", "No check-in (counted substance-free)"
            ),
            DayStatus.SLIP: QT_TRANSLATE_NOOP("DayStatus", "A slip (lapse or relapse)"),
        }[self]


#: Half-life, in days, of a day's weight in recovery strength.
STRENGTH_HALF_LIFE = 21
#: What a day brings to recovery strength: being substance-free counts most...
FREE_SHARE = 0.75
#: ...and keeping the routine (the daily check-in, slip days included) the rest.
ROUTINE_SHARE = 0.25


def day_value(status: DayStatus) -> float:
    """What one day adds to recovery strength, from 0.25 (a slip, honestly noted) to 1."""
    free = 0.0 if status is DayStatus.SLIP else 1.0
    routine = 0.0 if status is DayStatus.NO_CHECK_IN else 1.0
    return FREE_SHARE * free + ROUTINE_SHARE * routine


def recovery_strength(
    statuses: Sequence[DayStatus], half_life: float = STRENGTH_HALF_LIFE
) -> list[float]:
    """Recovery strength after each day, between 0 and 1: a forgiving, slow-moving score.

    An exponentially weighted average of the days' values (``day_value``): it builds
    with substance-free days and check-ins, dips a little after a slip and climbs back
    as the days that follow add up. The days built before a slip keep their weight, so
    one day never undoes them; and since a slip day is noted in a check-in it still
    brings its routine share, so the score keeps a floor however many slips come.
    """
    alpha = 1 - 0.5 ** (1 / half_life)
    score = 0.0
    scores = []
    for status in statuses:
        score += alpha * (day_value(status) - score)
        scores.append(score)
    return scores


def rolling_mean(values: Sequence[float | None], window: int = 7) -> list[float | None]:
    """The mean of each day and the ``window - 1`` days before it, skipping gaps.

    ``None`` where the window holds no values at all.
    """
    means: list[float | None] = []
    total = 0.0
    count = 0
    for index, value in enumerate(values):
        if value is not None:
            total += value
            count += 1
        if index >= window:
            old = values[index - window]
            if old is not None:
                total -= old
                count -= 1
        means.append(total / count if count else None)
    return means


@dataclass(frozen=True)
class DailySeries:
    """One entry per day of the record: from its first day through the last counted day.

    Days with no check-in have ``None`` for mood and craving; their averages run over
    7 days, and over 30 for ranges too long for a weekly line to read. The record's own
    rules decide the span: today is in it only once today is checked in.
    """

    record: SobrietyRecord
    start: dt.date | None = None
    status: tuple[DayStatus, ...] = ()
    mood: tuple[int | None, ...] = ()
    craving: tuple[int | None, ...] = ()
    mood_avg: tuple[float | None, ...] = ()
    craving_avg: tuple[float | None, ...] = ()
    mood_avg_month: tuple[float | None, ...] = ()
    craving_avg_month: tuple[float | None, ...] = ()
    strength: tuple[float, ...] = ()

    def __len__(self) -> int:
        return len(self.status)

    @property
    def end(self) -> dt.date | None:
        """The last day in the series."""
        return None if self.start is None else self.start + (len(self) - 1) * ONE_DAY

    def day(self, index: int) -> dt.date:
        """The date of entry ``index``."""
        assert self.start is not None
        return self.start + index * ONE_DAY

    def index(self, day: dt.date) -> int | None:
        """The entry of ``day``, if the series has it."""
        if self.start is None:
            return None
        offset = (day - self.start).days
        return offset if 0 <= offset < len(self) else None

    def indices(self, span: Span) -> range:
        """The entries that fall in ``span`` (empty if none do)."""
        if self.start is None:
            return range(0)
        low = max(0, (span.start - self.start).days)
        high = min(len(self), (span.end - self.start).days + 1)
        return range(low, max(low, high))


def daily_series(days: Mapping[dt.date, CheckIn], today: dt.date) -> DailySeries:
    """The series from each day's live check-in (``latest_per_day``) as of ``today``."""
    record = sobriety_record(days.values(), today)
    if record.start is None:
        return DailySeries(record)
    statuses: list[DayStatus] = []
    moods: list[int | None] = []
    cravings: list[int | None] = []
    for offset in range(record.days_counted):
        checkin = days.get(record.start + offset * ONE_DAY)
        if checkin is None:
            statuses.append(DayStatus.NO_CHECK_IN)
            moods.append(None)
            cravings.append(None)
            continue
        statuses.append(DayStatus.SLIP if checkin.use.is_slip else DayStatus.FREE)
        moods.append(checkin.mood)
        cravings.append(checkin.craving)
    return DailySeries(
        record=record,
        start=record.start,
        status=tuple(statuses),
        mood=tuple(moods),
        craving=tuple(cravings),
        mood_avg=tuple(rolling_mean(moods)),
        craving_avg=tuple(rolling_mean(cravings)),
        mood_avg_month=tuple(rolling_mean(moods, 30)),
        craving_avg_month=tuple(rolling_mean(cravings, 30)),
        strength=tuple(recovery_strength(statuses)),
    )


@dataclass(frozen=True)
class DayCounts:
    """How the days of a span stood."""

    checked_in_free: int = 0
    no_check_in: int = 0
    slips: int = 0

    @property
    def substance_free(self) -> int:
        """Days counted substance-free (checked in or not)."""
        return self.checked_in_free + self.no_check_in

    @property
    def days(self) -> int:
        """Days of the record in the span."""
        return self.substance_free + self.slips


def day_counts(series: DailySeries, span: Span) -> DayCounts:
    """Counts of each kind of day in ``span``."""
    found = Counter(series.status[i] for i in series.indices(span))
    return DayCounts(found[DayStatus.FREE], found[DayStatus.NO_CHECK_IN], found[DayStatus.SLIP])


def longest_run_in(series: DailySeries, span: Span) -> int:
    """The most consecutive substance-free days inside ``span``."""
    longest = current = 0
    for index in series.indices(span):
        current = 0 if series.status[index] is DayStatus.SLIP else current + 1
        longest = max(longest, current)
    return longest


def mean(values: Iterable[float | None]) -> float | None:
    """The mean of the values present, or None."""
    present = [value for value in values if value is not None]
    return sum(present) / len(present) if present else None


# --- urges ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Urge:
    """An urge-log entry placed in the person's time: its local day, hour and weekday."""

    day: dt.date
    hour: int
    trigger_ids: tuple[str, ...]
    coping_ids: tuple[str, ...]
    outcome: Outcome
    intensity: int

    @property
    def weekday(self) -> int:
        """Monday 0 to Sunday 6."""
        return self.day.weekday()


@dataclass(frozen=True)
class UrgeLog:
    """The live urge log in the person's time, oldest first, quick to slice by days."""

    urges: tuple[Urge, ...] = ()
    days: tuple[dt.date, ...] = ()

    def within(self, span: Span) -> tuple[Urge, ...]:
        """The urges whose local day falls in ``span``."""
        low = bisect.bisect_left(self.days, span.start)
        high = bisect.bisect_right(self.days, span.end)
        return self.urges[low:high]


def urge_log(encounters: Iterable[Encounter], zone: dt.tzinfo | None = None) -> UrgeLog:
    """The urge log with each moment read in ``zone`` (else this computer's)."""
    urges = []
    for encounter in encounters:
        if encounter.is_deleted:
            continue
        moment = encounter.occurred_at
        if moment.tzinfo is None:
            continue  # every stored moment is aware; a naive one cannot be placed
        urges.append(
            Urge(
                day=local_day(moment, zone),
                hour=moment.astimezone(zone).hour,
                trigger_ids=encounter.trigger_ids,
                coping_ids=encounter.coping_ids,
                outcome=encounter.outcome,
                intensity=encounter.intensity,
            )
        )
    urges.sort(key=lambda urge: (urge.day, urge.hour))
    return UrgeLog(tuple(urges), tuple(urge.day for urge in urges))


# --- bins ----------------------------------------------------------------------------


class Bin(enum.StrEnum):
    """How many days one bar of a chart gathers."""

    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


def bin_for(span: Span, weeks_up_to: int = 120, months_up_to: int = 1096) -> Bin:
    """Weeks for a few months, months for up to three years, quarters beyond."""
    if span.days <= weeks_up_to:
        return Bin.WEEK
    return Bin.MONTH if span.days <= months_up_to else Bin.QUARTER


def bin_start(day: dt.date, size: Bin) -> dt.date:
    """The first day of the bin ``day`` falls in (weeks begin on Monday)."""
    if size is Bin.WEEK:
        return day - day.weekday() * ONE_DAY
    if size is Bin.MONTH:
        return day.replace(day=1)
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def next_bin(start: dt.date, size: Bin) -> dt.date:
    """The first day of the bin after the one starting on ``start``."""
    if size is Bin.WEEK:
        return start + 7 * ONE_DAY
    months = 1 if size is Bin.MONTH else 3
    month = start.month - 1 + months
    return dt.date(start.year + month // 12, month % 12 + 1, 1)


def bin_starts(span: Span, size: Bin) -> list[dt.date]:
    """The bins that cover ``span``, first day of each."""
    starts = []
    current = bin_start(span.start, size)
    while current <= span.end:
        starts.append(current)
        current = next_bin(current, size)
    return starts


def _bin_index(starts: Sequence[dt.date], day: dt.date) -> int:
    return bisect.bisect_right(starts, day) - 1


# --- triggers ------------------------------------------------------------------------

#: The series for urges with no trigger named (``trigger_view`` translates it).
UNNAMED = QT_TRANSLATE_NOOP("progress", "No trigger named")
#: The series gathering the less common categories (``trigger_view`` translates it).
OTHER = QT_TRANSLATE_NOOP("progress", "Other kinds")
#: Time-of-day blocks of the weekday pattern, in hours.
BLOCK_HOURS = 3
BLOCKS = 24 // BLOCK_HOURS


@dataclass(frozen=True)
class TriggerView:
    """What the Triggers chart shows for one span."""

    span: Span
    size: Bin
    bins: tuple[dt.date, ...]
    by_category: tuple[tuple[str, tuple[int, ...]], ...]
    top: tuple[tuple[str, int], ...]
    by_time: tuple[tuple[int, ...], ...]
    urges: int

    @property
    def busiest_weekday(self) -> int | None:
        """The weekday (Monday 0) with the most urges, if any were logged."""
        totals = [sum(row) for row in self.by_time]
        return totals.index(max(totals)) if any(totals) else None

    @property
    def busiest_block(self) -> int | None:
        """The time-of-day block with the most urges, if any were logged."""
        totals = [sum(column) for column in zip(*self.by_time, strict=True)]
        return totals.index(max(totals)) if any(totals) else None


def trigger_view(
    log: UrgeLog,
    triggers: Mapping[str, Trigger],
    span: Span,
    top: int = 5,
    categories: int = 4,
) -> TriggerView:
    """Urges per bin by trigger category, the top triggers and the weekday pattern.

    An urge counts once in each category its triggers belong to; the ``categories``
    most common are kept and the rest gathered as ``OTHER``. The categories' names (and
    ``UNNAMED``, ``OTHER``) come in the person's language, ready for a legend or a summary.
    """
    size = bin_for(span)
    starts = bin_starts(span, size)
    counts: dict[str, list[int]] = {}
    named: Counter[str] = Counter()
    grid = [[0] * BLOCKS for _ in range(7)]
    urges = log.within(span)
    for urge in urges:
        index = _bin_index(starts, urge.day)
        known = [triggers[t] for t in dict.fromkeys(urge.trigger_ids) if t in triggers]
        kinds = {label(t.category) for t in known} or {translate("progress", UNNAMED)}
        for kind in kinds:
            counts.setdefault(kind, [0] * len(starts))[index] += 1
        named.update(t.name for t in known)
        grid[urge.weekday][urge.hour // BLOCK_HOURS] += 1
    ranked = sorted(counts.items(), key=lambda item: (-sum(item[1]), item[0]))
    kept = [(name, tuple(values)) for name, values in ranked[:categories]]
    if len(ranked) > categories:
        rest = [sum(column) for column in zip(*(v for _n, v in ranked[categories:]), strict=True)]
        kept.append((translate("progress", OTHER), tuple(rest)))
    return TriggerView(
        span=span,
        size=size,
        bins=tuple(starts),
        by_category=tuple(kept),
        top=tuple(sorted(named.items(), key=lambda item: (-item[1], item[0]))[:top]),
        by_time=tuple(tuple(row) for row in grid),
        urges=len(urges),
    )


# --- coping --------------------------------------------------------------------------


@dataclass(frozen=True)
class CopingResult:
    """How often urges where a coping strategy was used ended with the urge passing."""

    name: str
    used: int
    passed: int

    @property
    def share(self) -> float:
        """The share that passed, 0 to 1."""
        return self.passed / self.used if self.used else 0.0


def coping_results(log: UrgeLog, names: Mapping[str, str], span: Span) -> list[CopingResult]:
    """Each strategy used in ``span`` (by its id in ``names``), the most used first."""
    used: Counter[str] = Counter()
    passed: Counter[str] = Counter()
    for urge in log.within(span):
        for coping_id in dict.fromkeys(urge.coping_ids):
            if coping_id not in names:
                continue
            used[coping_id] += 1
            if urge.outcome is Outcome.PASSED:
                passed[coping_id] += 1
    results = [CopingResult(names[c], used[c], passed[c]) for c in used]
    return sorted(results, key=lambda r: (-r.used, -r.share, r.name.casefold()))


# --- mood and craving ----------------------------------------------------------------

#: A craving this strong or stronger is a peak worth naming.
PEAK_CRAVING = 7


@dataclass(frozen=True)
class CravingPeak:
    """A day of strong craving and the trigger logged that day, if any."""

    day: dt.date
    craving: int
    trigger: str | None


def craving_peaks(
    series: DailySeries,
    log: UrgeLog,
    names: Mapping[str, str],
    span: Span,
    limit: int = 4,
) -> list[CravingPeak]:
    """The strongest-craving days in ``span`` (the most recent first among equals).

    Each is named with the trigger logged most often that day. Returned by day.
    """
    found = [
        (craving, series.day(i))
        for i in series.indices(span)
        if (craving := series.craving[i]) is not None and craving >= PEAK_CRAVING
    ]
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    peaks = []
    for craving, day in found[:limit]:
        logged: Counter[str] = Counter(
            names[t] for urge in log.within(Span(day, day)) for t in urge.trigger_ids if t in names
        )
        trigger = min(logged, key=lambda n: (-logged[n], n)) if logged else None
        peaks.append(CravingPeak(day, craving, trigger))
    return sorted(peaks, key=lambda peak: peak.day)


# --- goals and self-assessments ------------------------------------------------------


@dataclass(frozen=True)
class GoalBar:
    """An active goal and its steps done."""

    title: str
    done: int
    total: int


@dataclass(frozen=True)
class GoalsView:
    """Goals completed per bin, active goals' progress, self-assessment totals."""

    span: Span
    size: Bin
    bins: tuple[dt.date, ...]
    completed: tuple[int, ...]
    active: tuple[GoalBar, ...]
    active_count: int
    assessments: tuple[TotalPoint, ...]

    @property
    def completed_total(self) -> int:
        """Goals completed in the span."""
        return sum(self.completed)


def goals_view(
    goals: Iterable[Goal], totals: Sequence[TotalPoint], span: Span, limit: int = 6
) -> GoalsView:
    """What the Goals chart shows for ``span``; active goals are as they stand now."""
    size = Bin.MONTH if span.days <= 731 else Bin.QUARTER
    starts = bin_starts(span, size)
    completed = [0] * len(starts)
    active = []
    for goal in goals:
        if goal.is_deleted:
            continue
        if goal.status is GoalStatus.DONE and goal.done_on is not None and goal.done_on in span:
            completed[_bin_index(starts, goal.done_on)] += 1
        elif goal.status is GoalStatus.ACTIVE:
            active.append(goal)
    active.sort(key=lambda g: (g.due or dt.date.max, g.title.casefold()))
    bars = tuple(GoalBar(g.title, *goal_progress(g)) for g in active[:limit])
    return GoalsView(
        span=span,
        size=size,
        bins=tuple(starts),
        completed=tuple(completed),
        active=bars,
        active_count=len(active),
        assessments=tuple(p for p in totals if p.day in span),
    )


# --- markers -------------------------------------------------------------------------


class MarkerKind(enum.StrEnum):
    """What a mark on the timeline is."""

    MILESTONE = "milestone"
    RECOGNITION = "recognition"


@dataclass(frozen=True)
class Marker:
    """A dated mark on the timeline: a milestone reached, or a mentor's recognition."""

    day: dt.date
    label: str
    kind: MarkerKind = MarkerKind.MILESTONE


def milestone_markers(milestones: Iterable[Milestone]) -> list[Marker]:
    """A marker for each live milestone."""
    return [Marker(m.reached_on, m.title) for m in milestones if not m.is_deleted]


def markers_in(markers: Iterable[Marker], span: Span) -> list[Marker]:
    """The markers in ``span``, oldest first."""
    return sorted((m for m in markers if m.day in span), key=lambda m: (m.day, m.label))


# --- the whole picture ---------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A few plain numbers for one span, to compare with another."""

    span: Span
    counts: DayCounts
    mean_mood: float | None
    mean_craving: float | None
    urges: int
    urges_passed: int

    @property
    def check_ins(self) -> int:
        """Days checked in (slip days included)."""
        return self.counts.checked_in_free + self.counts.slips


@dataclass(frozen=True)
class Progress:
    """Everything the Progress charts draw on, worked out once per change to the data."""

    today: dt.date
    days: Mapping[dt.date, CheckIn]
    series: DailySeries
    log: UrgeLog
    triggers: Mapping[str, Trigger] = field(default_factory=dict)
    coping: Mapping[str, str] = field(default_factory=dict)
    goals: tuple[Goal, ...] = ()
    totals: tuple[TotalPoint, ...] = ()
    markers: tuple[Marker, ...] = ()

    @property
    def first_day(self) -> dt.date | None:
        """The first day with any data: a check-in or an urge."""
        firsts = [d for d in (self.series.start, *self.log.days[:1]) if d is not None]
        return min(firsts) if firsts else None

    @property
    def trigger_names(self) -> dict[str, str]:
        """Trigger names by id."""
        return {key: trigger.name for key, trigger in self.triggers.items()}

    def period(self, span: Span) -> Period:
        """The plain numbers of ``span``."""
        indices = self.series.indices(span)
        urges = self.log.within(span)
        return Period(
            span=span,
            counts=day_counts(self.series, span),
            mean_mood=mean(self.series.mood[i] for i in indices),
            mean_craving=mean(self.series.craving[i] for i in indices),
            urges=len(urges),
            urges_passed=sum(u.outcome is Outcome.PASSED for u in urges),
        )


def build_progress(
    checkins: Iterable[CheckIn],
    encounters: Iterable[Encounter],
    today: dt.date,
    *,
    triggers: Iterable[Trigger] = (),
    coping: Mapping[str, str] | None = None,
    goals: Iterable[Goal] = (),
    assessments: Sequence[SelfAssessment] = (),
    markers: Iterable[Marker] = (),
    zone: dt.tzinfo | None = None,
) -> Progress:
    """Work out every series once; ``today`` is the person's local date.

    Future days and urges are left out; deleted records are ignored.
    """
    days = latest_per_day(checkins)
    log = urge_log(encounters, zone)
    future = bisect.bisect_right(log.days, today)
    log = UrgeLog(log.urges[:future], log.days[:future])
    return Progress(
        today=today,
        days={day: c for day, c in days.items() if day <= today},
        series=daily_series(days, today),
        log=log,
        triggers={t.id: t for t in triggers if not t.is_deleted},
        coping=dict(coping or {}),
        goals=tuple(g for g in goals if not g.is_deleted),
        totals=tuple(totals_over_time(assessments)),
        markers=tuple(sorted(markers, key=lambda m: (m.day, m.label))),
    )
