"""The Progress charts in words: one calm paragraph per chart, for screen readers and print.

Each paragraph says what the chart shows with its numbers. The wording keeps every day
already built in view: it never speaks of resets, zeros, failing or starting over, and
it gives no medical advice. Every sentence is written whole in the person's language
(``domain.language``, context ``progress_text``); names the person typed go in as values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from recovery_desktop.domain.language import (
    day_name,
    local_date,
    number,
    plural,
    spoken_date,
    spoken_day,
    translate,
)
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

#: At most this many items are named in a list; the rest are counted.
LISTED = 5


def _days(count: int) -> str:
    return plural(
        count, translate("progress_text", "{count} day"), translate("progress_text", "{count} days")
    )


def _slip_days(count: int) -> str:
    return plural(
        count,
        translate("progress_text", "{count} slip day"),
        translate("progress_text", "{count} slip days"),
    )


def span_text(span: Span) -> str:
    """``from 3 March to 31 May 2026``."""
    if span.start == span.end:
        return translate("progress_text", "on {day}").format(day=spoken_date(span.start))
    first = spoken_day(span.start) if span.start.year == span.end.year else spoken_date(span.start)
    return translate("progress_text", "from {first} to {last}").format(
        first=first, last=spoken_date(span.end)
    )


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def bin_text(start: dt.date, size: Bin) -> str:
    """A bar's period: ``the week of 3 March 2026``, ``April 2026``, ``April–June 2026``."""
    if size is Bin.WEEK:
        return translate("progress_text", "the week of {day}").format(day=spoken_date(start))
    if size is Bin.MONTH:
        return translate("progress_text", "{month:%B %Y}").format(month=local_date(start))
    last = dt.date(start.year, start.month + 2, 1)
    return translate("progress_text", "{first:%B}–{last:%B %Y}").format(
        first=local_date(start), last=local_date(last)
    )


def _listing(items: Sequence[str]) -> str:
    shown = list(items[:LISTED])
    if len(items) > LISTED:
        shown.append(translate("progress_text", "{count} more").format(count=len(items) - LISTED))
    if len(shown) == 1:
        return shown[0]
    return translate("progress_text", "{items} and {last}").format(
        items=", ".join(shown[:-1]), last=shown[-1]
    )


def _score(value: float | None, out_of: int) -> str:
    if value is None:
        return translate("progress_text", "no check-ins")
    return translate("progress_text", "{value} out of {most}").format(
        value=number(value, 1), most=out_of
    )


# --- compared with before ------------------------------------------------------------


def compared_summary(recent: Period, before: Period) -> str:
    """The range beside the same number of days just before it."""
    now, then = recent.counts, before.counts
    days_before = before.span.days
    if not (now.days or then.days or recent.urges or before.urges):
        return plural(
            days_before,
            translate(
                "progress_text",
                "Nothing is logged {span} or the day before. This comparison fills in as "
                "check-ins and urges are added.",
            ),
            translate(
                "progress_text",
                "Nothing is logged {span} or the {count} days before. This comparison fills "
                "in as check-ins and urges are added.",
            ),
            span=span_text(recent.span),
        )
    earlier = plural(
        days_before,
        translate("progress_text", "the day before"),
        translate("progress_text", "the {count} days before"),
    )
    slips = (
        plural(
            now.slips,
            translate("progress_text", "with {count} slip day"),
            translate("progress_text", "with {count} slip days"),
        )
        if now.slips
        else translate("progress_text", "with no slip days")
    )
    parts = [
        translate(
            "progress_text",
            "{span}: {free} of {days} counted were substance-free ({earlier}: {free_before} "
            "of {days_before}), {slips} (before: {slips_before}).",
        ).format(
            span=_capital(span_text(recent.span)),
            free=_days(now.substance_free),
            days=now.days,
            earlier=earlier,
            free_before=then.substance_free,
            days_before=then.days,
            slips=slips,
            slips_before=then.slips,
        ),
        translate("progress_text", "Check-ins on {days} (before: {before}).").format(
            days=_days(recent.check_ins), before=before.check_ins
        ),
        translate(
            "progress_text",
            "Mood averaged {mood} (before: {mood_before}) and craving {craving} "
            "(before: {craving_before}).",
        ).format(
            mood=_score(recent.mean_mood, 5),
            mood_before=_score(before.mean_mood, 5),
            craving=_score(recent.mean_craving, 10),
            craving_before=_score(before.mean_craving, 10),
        ),
        plural(
            recent.urges,
            translate(
                "progress_text",
                "{count} urge logged, {passed} of them passed (before: {before} logged, "
                "{passed_before} passed).",
            ),
            translate(
                "progress_text",
                "{count} urges logged, {passed} of them passed (before: {before} logged, "
                "{passed_before} passed).",
            ),
            passed=recent.urges_passed,
            before=before.urges,
            passed_before=before.urges_passed,
        ),
    ]
    return " ".join(parts)


# --- substance-free days -------------------------------------------------------------


def calendar_summary(series: DailySeries, span: Span) -> str:
    """The calendar of days: counts in the range, then the whole record."""
    record = series.record
    if record.start is None:
        return translate(
            "progress_text",
            "No check-ins yet. The calendar fills in from the first check-in. Days without "
            "a check-in count as substance-free unless a slip is noted for them.",
        )
    counts = day_counts(series, span)
    if not counts.days:
        in_range = translate("progress_text", "The record has no days {span}.").format(
            span=span_text(span)
        )
    else:
        slip_days = [
            spoken_day(series.day(i))
            for i in series.indices(span)
            if series.status[i] is DayStatus.SLIP
        ]
        slips = (
            f"{_slip_days(counts.slips)} ({_listing(slip_days)})"
            if slip_days
            else translate("progress_text", "no slip days")
        )
        in_range = translate(
            "progress_text",
            "{span}: {free} of {days} counted ({checked} checked in, {unchecked} without a "
            "check-in) and {slips}. The longest run in this range was {run}.",
        ).format(
            span=_capital(span_text(span)),
            free=plural(
                counts.substance_free,
                translate("progress_text", "{count} substance-free day"),
                translate("progress_text", "{count} substance-free days"),
            ),
            days=counts.days,
            checked=counts.checked_in_free,
            unchecked=counts.no_check_in,
            slips=slips,
            run=_days(longest_run_in(series, span)),
        )
    total = plural(
        record.total_free_days,
        translate("progress_text", "{count} substance-free day"),
        translate("progress_text", "{count} substance-free days"),
    )
    if record.current_run:
        whole = translate(
            "progress_text",
            "Over the whole record the current run is {run}, the longest run was {longest}, "
            "and there are {total} in all: a slip never takes away the days before it.",
        ).format(run=_days(record.current_run), longest=_days(record.longest_run), total=total)
    else:
        whole = translate(
            "progress_text",
            "Over the whole record today is noted as a slip and a new run can begin "
            "tomorrow, the longest run was {longest}, and there are {total} in all: a slip "
            "never takes away the days before it.",
        ).format(longest=_days(record.longest_run), total=total)
    return f"{in_range} {whole}"


# --- recovery strength ---------------------------------------------------------------


def _markers_text(markers: Sequence[Marker]) -> str:
    if not markers:
        return ""
    milestones = [
        f"{m.label} ({spoken_day(m.day)})" for m in markers if m.kind is MarkerKind.MILESTONE
    ]
    recognitions = [
        f"{m.label} ({spoken_day(m.day)})" for m in markers if m.kind is MarkerKind.RECOGNITION
    ]
    parts = []
    if milestones:
        parts.append(
            translate("progress_text", "Milestones reached in this range: {items}.").format(
                items=_listing(milestones[::-1])
            )
        )
    if recognitions:
        parts.append(
            translate("progress_text", "Recognitions from the mentor: {items}.").format(
                items=_listing(recognitions[::-1])
            )
        )
    return " " + " ".join(parts)


def strength_summary(series: DailySeries, span: Span, markers: Sequence[Marker] = ()) -> str:
    """Recovery strength at the end of the range, where it began, and its lowest point."""
    indices = series.indices(span)
    if not indices:
        return translate(
            "progress_text",
            "Recovery strength starts with the first check-in. It builds with each "
            "substance-free day and check-in, dips a little after a slip and climbs back.",
        ) + _markers_text(markers)
    first, last = indices[0], indices[-1]
    low = min(indices, key=lambda i: (series.strength[i], -i))
    text = translate(
        "progress_text", "Recovery strength was {end} out of 100 on {day} ({start} on {first_day})."
    ).format(
        end=round(100 * series.strength[last]),
        day=spoken_date(series.day(last)),
        start=round(100 * series.strength[first]),
        first_day=spoken_date(series.day(first)),
    )
    slips = sum(series.status[i] is DayStatus.SLIP for i in indices)
    if slips and low != first:
        text += " " + translate(
            "progress_text",
            "It dipped a little after {slips} in this range (lowest: {lowest}, on {day}) and "
            "climbed back as the days after added up.",
        ).format(
            slips=_slip_days(slips),
            lowest=round(100 * series.strength[low]),
            day=spoken_date(series.day(low)),
        )
    elif slips:
        text += " " + translate(
            "progress_text",
            "It dipped a little after {slips} in this range and climbed back as the days "
            "after added up.",
        ).format(slips=_slip_days(slips))
    text += " " + translate(
        "progress_text",
        "It is our own forgiving score: substance-free days and check-ins build it, the last "
        "few weeks count most, and a slip only lowers it a little.",
    )
    return text + _markers_text(markers)


# --- mood and craving ----------------------------------------------------------------


def _halves(values: Sequence[int | None]) -> tuple[float | None, float | None]:
    middle = len(values) // 2
    return mean(values[:middle]), mean(values[middle:])


def _peak_text(peak: CravingPeak) -> str:
    if peak.trigger:
        return translate("progress_text", "{craving} on {day} (trigger logged: {trigger})").format(
            craving=peak.craving, day=spoken_day(peak.day), trigger=peak.trigger
        )
    return translate("progress_text", "{craving} on {day} (no trigger logged)").format(
        craving=peak.craving, day=spoken_day(peak.day)
    )


def mood_summary(series: DailySeries, span: Span, peaks: Sequence[CravingPeak]) -> str:
    """Average mood and craving in the range, their direction, and the craving peaks."""
    indices = series.indices(span)
    moods = [series.mood[i] for i in indices]
    cravings = [series.craving[i] for i in indices]
    checked = sum(value is not None for value in moods)
    if not checked:
        return translate(
            "progress_text",
            "No check-ins {span}. Mood (1 to 5) and craving (0 to 10) are drawn from the "
            "daily check-in, with a 7-day average line.",
        ).format(span=span_text(span))
    text = plural(
        checked,
        translate(
            "progress_text", "{count} check-in {span}: mood averaged {mood} and craving {craving}."
        ),
        translate(
            "progress_text", "{count} check-ins {span}: mood averaged {mood} and craving {craving}."
        ),
        span=span_text(span),
        mood=_score(mean(moods), 5),
        craving=_score(mean(cravings), 10),
    )
    if len(indices) >= 14:
        mood_then, mood_now = _halves(moods)
        craving_then, craving_now = _halves(cravings)
        if (
            mood_then is not None
            and mood_now is not None
            and craving_then is not None
            and craving_now is not None
        ):
            text += " " + translate(
                "progress_text",
                "In the first half of the range mood averaged {mood_then} and craving "
                "{craving_then}; in the second half {mood_now} and {craving_now}.",
            ).format(
                mood_then=number(mood_then, 1),
                craving_then=number(craving_then, 1),
                mood_now=number(mood_now, 1),
                craving_now=number(craving_now, 1),
            )
    if peaks:
        text += " " + translate("progress_text", "Strongest cravings: {items}.").format(
            items=_listing([_peak_text(peak) for peak in peaks])
        )
    return text


# --- triggers ------------------------------------------------------------------------


def _hour(hour: int) -> str:
    return f"{hour % 24:02d}:00"


def triggers_summary(view: TriggerView) -> str:
    """Urges by kind of trigger, the top triggers, and when urges came."""
    span = span_text(view.span)
    if not view.urges:
        return translate("progress_text", "No urges were logged {span}.").format(span=span)
    urges = plural(
        view.urges,
        translate("progress_text", "{count} urge logged"),
        translate("progress_text", "{count} urges logged"),
    )
    if view.size is Bin.WEEK:
        shown = translate("progress_text", "{urges} {span}, shown per week.")
    elif view.size is Bin.MONTH:
        shown = translate("progress_text", "{urges} {span}, shown per month.")
    else:
        shown = translate("progress_text", "{urges} {span}, shown per quarter.")
    kinds = [f"{name} {sum(counts)}" for name, counts in view.by_category]
    text = (
        shown.format(urges=urges, span=span)
        + " "
        + translate("progress_text", "By kind of trigger: {items}.").format(items=_listing(kinds))
    )
    if view.top:
        text += " " + translate("progress_text", "Came up most: {items}.").format(
            items=_listing([f"{name} ({n})" for name, n in view.top])
        )
    weekday, block = view.busiest_weekday, view.busiest_block
    if weekday is not None and block is not None:
        start = block * BLOCK_HOURS
        text += " " + translate(
            "progress_text",
            "Urges came most often on {weekday}s, and between {start} and {end}.",
        ).format(weekday=day_name(weekday + 1), start=_hour(start), end=_hour(start + BLOCK_HOURS))
    return text


# --- coping --------------------------------------------------------------------------


def _coping_text(result: CopingResult) -> str:
    return plural(
        result.used,
        translate(
            "progress_text",
            "{name}: used {count} time, the urge passed {passed} of them ({share}%)",
        ),
        translate(
            "progress_text",
            "{name}: used {count} times, the urge passed {passed} of them ({share}%)",
        ),
        name=result.name,
        passed=result.passed,
        share=round(100 * result.share),
    )


def coping_summary(results: Sequence[CopingResult], span: Span) -> str:
    """For each strategy: how often the urge passed when it was used."""
    if not results:
        return translate(
            "progress_text", "No coping strategies were noted with urges {span}."
        ).format(span=span_text(span))
    each = "; ".join(_coping_text(r) for r in results[:LISTED])
    more = len(results) - LISTED
    if more > 0:
        each = plural(
            more,
            translate("progress_text", "{items}; and {count} more strategy"),
            translate("progress_text", "{items}; and {count} more strategies"),
            items=each,
        )
    return translate(
        "progress_text",
        "How urges ended when a coping strategy was used, {span}. {results}.",
    ).format(span=span_text(span), results=each)


# --- goals ---------------------------------------------------------------------------


def _steps_text(title: str, done: int, total: int) -> str:
    if not total:
        return title
    return plural(
        total,
        translate("progress_text", "{title}: {done} of {total} step done"),
        translate("progress_text", "{title}: {done} of {total} steps done"),
        title=title,
        done=done,
        total=total,
    )


def goals_summary(view: GoalsView) -> str:
    """Goals completed, active goals' steps, and self-assessment totals."""
    span = span_text(view.span)
    parts = []
    total = view.completed_total
    if total:
        best = max(range(len(view.completed)), key=lambda i: (view.completed[i], i))
        parts.append(
            plural(
                total,
                translate(
                    "progress_text", "{count} goal completed {span} (the most in {period}: {most})."
                ),
                translate(
                    "progress_text",
                    "{count} goals completed {span} (the most in {period}: {most}).",
                ),
                span=span,
                period=bin_text(view.bins[best], view.size),
                most=view.completed[best],
            )
        )
    else:
        parts.append(
            translate("progress_text", "No goals were completed {span}.").format(span=span)
        )
    if view.active_count:
        steps = [_steps_text(bar.title, bar.done, bar.total) for bar in view.active]
        if view.active_count <= len(view.active):
            parts.append(
                plural(
                    view.active_count,
                    translate("progress_text", "{count} goal active now ({goals})."),
                    translate("progress_text", "{count} goals active now ({goals})."),
                    goals=_listing(steps),
                )
            )
        else:
            parts.append(
                translate(
                    "progress_text", "{count} goals active now; the {shown} due soonest: {goals}."
                ).format(count=view.active_count, shown=len(view.active), goals="; ".join(steps))
            )
    else:
        parts.append(translate("progress_text", "No goals are active now."))
    points = view.assessments
    if len(points) > 1:
        first, last = points[0], points[-1]
        parts.append(
            translate(
                "progress_text",
                "Self-assessment: the average answer was {average} out of 6 on {day}, and "
                "{first} on {first_day} ({count} assessments in this range).",
            ).format(
                average=number(last.average, 1),
                day=spoken_date(last.day),
                first=number(first.average, 1),
                first_day=spoken_date(first.day),
                count=len(points),
            )
        )
    elif points:
        parts.append(
            translate(
                "progress_text",
                "Self-assessment: the average answer was {average} out of 6 on {day}.",
            ).format(average=number(points[0].average, 1), day=spoken_date(points[0].day))
        )
    else:
        parts.append(translate("progress_text", "No self-assessments in this range."))
    return " ".join(parts)
