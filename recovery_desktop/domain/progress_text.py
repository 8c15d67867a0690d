"""The Progress charts in words: one calm paragraph per chart, for screen readers and print.

Each paragraph says what the chart shows with its numbers. The wording keeps every day
already built in view: it never speaks of resets, zeros, failing or starting over, and
it gives no medical advice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from recovery_desktop.domain.progress import (
    BLOCK_HOURS,
    Bin,
    CopingResult,
    CravingPeak,
    DailySeries,
    DayStatus,
    GoalsView,
    Marker,
    MarkerKind,
    Period,
    Span,
    TriggerView,
    day_counts,
    longest_run_in,
    mean,
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: At most this many items are named in a list; the rest are counted.
LISTED = 5


def long_date(day: dt.date) -> str:
    """A date as people write it: 3 March 2026."""
    return f"{day.day} {day:%B %Y}"


def short_date(day: dt.date) -> str:
    """A date without its year: 3 March."""
    return f"{day.day} {day:%B}"


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """``1 day``, ``2 days``."""
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"


def span_text(span: Span) -> str:
    """``from 3 March to 31 May 2026``."""
    if span.start == span.end:
        return f"on {long_date(span.start)}"
    first = short_date(span.start) if span.start.year == span.end.year else long_date(span.start)
    return f"from {first} to {long_date(span.end)}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def bin_text(start: dt.date, size: Bin) -> str:
    """A bar's period: ``the week of 3 March 2026``, ``April 2026``, ``April–June 2026``."""
    if size is Bin.WEEK:
        return f"the week of {long_date(start)}"
    if size is Bin.MONTH:
        return f"{start:%B %Y}"
    last = dt.date(start.year, start.month + 2, 1)
    return f"{start:%B}–{last:%B %Y}"


def _listing(items: Sequence[str]) -> str:
    shown = list(items[:LISTED])
    if len(items) > LISTED:
        shown.append(f"{len(items) - LISTED} more")
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + " and " + shown[-1]


def _score(value: float | None, out_of: int) -> str:
    return "no check-ins" if value is None else f"{value:.1f} out of {out_of}"


# --- compared with before ------------------------------------------------------------


def compared_summary(recent: Period, before: Period) -> str:
    """The range beside the same number of days just before it."""
    now, then = recent.counts, before.counts
    if not (now.days or then.days or recent.urges or before.urges):
        return (
            f"Nothing is logged {span_text(recent.span)} or the {before.span.days} days "
            "before. This comparison fills in as check-ins and urges are added."
        )
    earlier = f"the {before.span.days} days before"
    parts = [
        f"{_capital(span_text(recent.span))}: {plural(now.substance_free, 'day')} of "
        f"{now.days} counted were substance-free ({earlier}: {then.substance_free} of "
        f"{then.days}), with {plural(now.slips, 'slip day') if now.slips else 'no slip days'} "
        f"(before: {then.slips}).",
        f"Check-ins on {plural(recent.check_ins, 'day')} (before: {before.check_ins}).",
        f"Mood averaged {_score(recent.mean_mood, 5)} (before: {_score(before.mean_mood, 5)}) "
        f"and craving {_score(recent.mean_craving, 10)} "
        f"(before: {_score(before.mean_craving, 10)}).",
        f"{plural(recent.urges, 'urge')} logged, {recent.urges_passed} of them passed "
        f"(before: {before.urges} logged, {before.urges_passed} passed).",
    ]
    return " ".join(parts)


# --- substance-free days -------------------------------------------------------------


def calendar_summary(series: DailySeries, span: Span) -> str:
    """The calendar of days: counts in the range, then the whole record."""
    record = series.record
    if record.start is None:
        return (
            "No check-ins yet. The calendar fills in from the first check-in. Days without "
            "a check-in count as substance-free unless a slip is noted for them."
        )
    counts = day_counts(series, span)
    if not counts.days:
        in_range = f"The record has no days {span_text(span)}."
    else:
        slip_days = [
            short_date(series.day(i))
            for i in series.indices(span)
            if series.status[i] is DayStatus.SLIP
        ]
        slips = (
            f"{plural(counts.slips, 'slip day')} ({_listing(slip_days)})"
            if slip_days
            else "no slip days"
        )
        in_range = (
            f"{_capital(span_text(span))}: {plural(counts.substance_free, 'substance-free day')}"
            f" of {counts.days} counted ({counts.checked_in_free} checked in, "
            f"{counts.no_check_in} without a check-in) and {slips}. The longest run in this "
            f"range was {plural(longest_run_in(series, span), 'day')}."
        )
    if record.current_run:
        current = f"the current run is {plural(record.current_run, 'day')}"
    else:
        current = "today is noted as a slip and a new run can begin tomorrow"
    whole = (
        f"Over the whole record {current}, the longest run was "
        f"{plural(record.longest_run, 'day')}, and there are "
        f"{plural(record.total_free_days, 'substance-free day')} in all: a slip never takes "
        "away the days before it."
    )
    return f"{in_range} {whole}"


# --- recovery strength ---------------------------------------------------------------


def _markers_text(markers: Sequence[Marker]) -> str:
    if not markers:
        return ""
    milestones = [
        f"{m.label} ({short_date(m.day)})" for m in markers if m.kind is MarkerKind.MILESTONE
    ]
    recognitions = [
        f"{m.label} ({short_date(m.day)})" for m in markers if m.kind is MarkerKind.RECOGNITION
    ]
    parts = []
    if milestones:
        parts.append(f"Milestones reached in this range: {_listing(milestones[::-1])}.")
    if recognitions:
        parts.append(f"Recognitions from the mentor: {_listing(recognitions[::-1])}.")
    return " " + " ".join(parts)


def strength_summary(series: DailySeries, span: Span, markers: Sequence[Marker] = ()) -> str:
    """Recovery strength at the end of the range, where it began, and its lowest point."""
    indices = series.indices(span)
    if not indices:
        return (
            "Recovery strength starts with the first check-in. It builds with each "
            "substance-free day and check-in, dips a little after a slip and climbs back."
            + _markers_text(markers)
        )
    first, last = indices[0], indices[-1]
    low = min(indices, key=lambda i: (series.strength[i], -i))
    end = round(100 * series.strength[last])
    text = (
        f"Recovery strength was {end} out of 100 on {long_date(series.day(last))}"
        f" ({round(100 * series.strength[first])} on {long_date(series.day(first))})."
    )
    slips = sum(series.status[i] is DayStatus.SLIP for i in indices)
    if slips:
        text += f" It dipped a little after {plural(slips, 'slip day')} in this range"
        if low != first:
            lowest = round(100 * series.strength[low])
            text += f" (lowest: {lowest}, on {long_date(series.day(low))})"
        text += " and climbed back as the days after added up."
    text += (
        " It is our own forgiving score: substance-free days and check-ins build it, "
        "the last few weeks count most, and a slip only lowers it a little."
    )
    return text + _markers_text(markers)


# --- mood and craving ----------------------------------------------------------------


def _halves(values: Sequence[int | None]) -> tuple[float | None, float | None]:
    middle = len(values) // 2
    return mean(values[:middle]), mean(values[middle:])


def mood_summary(series: DailySeries, span: Span, peaks: Sequence[CravingPeak]) -> str:
    """Average mood and craving in the range, their direction, and the craving peaks."""
    indices = series.indices(span)
    moods = [series.mood[i] for i in indices]
    cravings = [series.craving[i] for i in indices]
    checked = sum(value is not None for value in moods)
    if not checked:
        return (
            f"No check-ins {span_text(span)}. Mood (1 to 5) and craving (0 to 10) are "
            "drawn from the daily check-in, with a 7-day average line."
        )
    text = (
        f"{plural(checked, 'check-in')} {span_text(span)}: mood averaged "
        f"{_score(mean(moods), 5)} and craving {_score(mean(cravings), 10)}."
    )
    if len(indices) >= 14:
        mood_then, mood_now = _halves(moods)
        craving_then, craving_now = _halves(cravings)
        if None not in (mood_then, mood_now, craving_then, craving_now):
            text += (
                f" In the first half of the range mood averaged {mood_then:.1f} and craving "
                f"{craving_then:.1f}; in the second half {mood_now:.1f} and {craving_now:.1f}."
            )
    if peaks:
        named = [
            f"{peak.craving} on {short_date(peak.day)} "
            + (f"(trigger logged: {peak.trigger})" if peak.trigger else "(no trigger logged)")
            for peak in peaks
        ]
        text += f" Strongest cravings: {_listing(named)}."
    return text


# --- triggers ------------------------------------------------------------------------


def triggers_summary(view: TriggerView) -> str:
    """Urges by kind of trigger, the top triggers, and when urges came."""
    if not view.urges:
        return f"No urges were logged {span_text(view.span)}."
    kinds = [f"{name} {sum(counts)}" for name, counts in view.by_category]
    text = (
        f"{plural(view.urges, 'urge')} logged {span_text(view.span)}, shown per "
        f"{view.size.value}. By kind of trigger: {_listing(kinds)}."
    )
    if view.top:
        text += " Came up most: " + _listing([f"{name} ({n})" for name, n in view.top]) + "."
    weekday, block = view.busiest_weekday, view.busiest_block
    if weekday is not None and block is not None:
        start = block * BLOCK_HOURS
        text += (
            f" Urges came most often on {WEEKDAYS[weekday]}s, and between "
            f"{start:02d}:00 and {(start + BLOCK_HOURS) % 24:02d}:00."
        )
    return text


# --- coping --------------------------------------------------------------------------


def coping_summary(results: Sequence[CopingResult], span: Span) -> str:
    """For each strategy: how often the urge passed when it was used."""
    if not results:
        return f"No coping strategies were noted with urges {span_text(span)}."
    each = [
        f"{r.name}: used {plural(r.used, 'time')}, the urge passed {r.passed} of them "
        f"({round(100 * r.share)}%)"
        for r in results
    ]
    return (
        f"How urges ended when a coping strategy was used, {span_text(span)}. "
        + "; ".join(each[:LISTED])
        + ("" if len(each) <= LISTED else f"; and {len(each) - LISTED} more strategies")
        + "."
    )


# --- goals ---------------------------------------------------------------------------


def goals_summary(view: GoalsView) -> str:
    """Goals completed, active goals' steps, and self-assessment totals."""
    parts = []
    total = view.completed_total
    if total:
        best = max(range(len(view.completed)), key=lambda i: (view.completed[i], i))
        parts.append(
            f"{plural(total, 'goal')} completed {span_text(view.span)} (the most in "
            f"{bin_text(view.bins[best], view.size)}: {view.completed[best]})."
        )
    else:
        parts.append(f"No goals were completed {span_text(view.span)}.")
    if view.active_count:
        steps = [
            f"{bar.title}: {bar.done} of {bar.total} steps done" if bar.total else bar.title
            for bar in view.active
        ]
        parts.append(
            f"{plural(view.active_count, 'goal')} active now ({_listing(steps)})."
            if view.active_count <= len(view.active)
            else f"{plural(view.active_count, 'goal')} active now; the {len(view.active)} due "
            f"soonest: {'; '.join(steps)}."
        )
    else:
        parts.append("No goals are active now.")
    points = view.assessments
    if points:
        last = points[-1]
        text = (
            f"Self-assessment: the average answer was {last.average:.1f} out of 6 on "
            f"{long_date(last.day)}"
        )
        if len(points) > 1:
            first = points[0]
            text += (
                f", and {first.average:.1f} on {long_date(first.day)} "
                f"({plural(len(points), 'assessment')} in this range)"
            )
        parts.append(text + ".")
    else:
        parts.append("No self-assessments in this range.")
    return " ".join(parts)
