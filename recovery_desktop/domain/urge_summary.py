"""A month of the urge log in a few plain numbers, compared with the month before.

``describe`` writes in the person's language (``domain.language``, context ``urge_summary``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from recovery_desktop.domain.language import number, plural, translate
from recovery_desktop.domain.triggers import Encounter, Outcome

WINDOW = dt.timedelta(days=30)


@dataclass(frozen=True)
class Window:
    """Counts for one 30-day window."""

    urges: int
    passed: int
    lapses: int
    relapses: int
    mean_intensity: float | None


@dataclass(frozen=True)
class UrgeSummary:
    """The last 30 days, the 30 before, and what came up most."""

    recent: Window
    before: Window
    top_triggers: list[tuple[str, int]]
    top_coping: list[tuple[str, int]]
    weekly_counts: list[tuple[dt.date, int]]


def _window(encounters: list[Encounter]) -> Window:
    intensities = [e.intensity for e in encounters]
    return Window(
        urges=len(encounters),
        passed=sum(e.outcome is Outcome.PASSED for e in encounters),
        lapses=sum(e.outcome is Outcome.LAPSE for e in encounters),
        relapses=sum(e.outcome is Outcome.RELAPSE for e in encounters),
        mean_intensity=sum(intensities) / len(intensities) if intensities else None,
    )


def summarise(
    encounters: Iterable[Encounter],
    names: Mapping[str, str],
    now: dt.datetime,
    weeks: int = 12,
) -> UrgeSummary:
    """Summarise the urge log up to ``now`` (live entries only)."""
    live = [e for e in encounters if not e.is_deleted and e.occurred_at <= now]
    recent = [e for e in live if e.occurred_at > now - WINDOW]
    before = [e for e in live if now - 2 * WINDOW < e.occurred_at <= now - WINDOW]
    triggers = Counter(t for e in recent for t in set(e.trigger_ids) if t in names)
    coping = Counter(c for e in recent for c in set(e.coping_ids) if c in names)
    today = now.date()
    weekly = []
    for index in range(weeks):  # the last week ends today
        end = today - dt.timedelta(days=7 * (weeks - 1 - index))
        start = end - dt.timedelta(days=7)
        weekly.append((start, sum(start < e.occurred_at.date() <= end for e in live)))
    return UrgeSummary(
        recent=_window(recent),
        before=_window(before),
        top_triggers=[(names[t], n) for t, n in triggers.most_common(3)],
        top_coping=[(names[c], n) for c, n in coping.most_common(3)],
        weekly_counts=weekly,
    )


def _lapses(count: int) -> str:
    return plural(
        count,
        translate("urge_summary", "{count} lapse"),
        translate("urge_summary", "{count} lapses"),
    )


def _relapses(count: int) -> str:
    return plural(
        count,
        translate("urge_summary", "{count} relapse"),
        translate("urge_summary", "{count} relapses"),
    )


def _named(counts: Iterable[tuple[str, int]]) -> str:
    return ", ".join(f"{name} ({n})" for name, n in counts)


def describe(summary: UrgeSummary) -> list[str]:
    """The summary as calm sentences, for print and for screen readers."""
    recent, before = summary.recent, summary.before
    if recent.urges == 0:
        lines = [translate("urge_summary", "No urges were logged in the last 30 days.")]
    else:
        logged = (
            translate(
                "urge_summary",
                "In the last 30 days {count} urge was logged (the 30 days before: {before}).",
            )
            if recent.urges == 1
            else translate(
                "urge_summary",
                "In the last 30 days {count} urges were logged (the 30 days before: {before}).",
            )
        )
        lines = [logged.format(count=recent.urges, before=before.urges)]
        if recent.mean_intensity is not None:
            if before.mean_intensity is not None:
                intensity = translate(
                    "urge_summary", "Average intensity {now} out of 10 (before: {before})."
                ).format(
                    now=number(recent.mean_intensity, 1), before=number(before.mean_intensity, 1)
                )
            else:
                intensity = translate("urge_summary", "Average intensity {now} out of 10.").format(
                    now=number(recent.mean_intensity, 1)
                )
            lines.append(intensity)
        lines.append(
            translate("urge_summary", "{count} passed without using.").format(count=recent.passed)
        )
        slips = recent.lapses + recent.relapses
        if slips:
            lines.append(
                translate(
                    "urge_summary",
                    "{count} ended in a slip ({lapses}, {relapses}): worth talking through "
                    "together, calmly.",
                ).format(
                    count=slips, lapses=_lapses(recent.lapses), relapses=_relapses(recent.relapses)
                )
            )
    if summary.top_triggers:
        lines.append(
            translate("urge_summary", "Came up most: {items}.").format(
                items=_named(summary.top_triggers)
            )
        )
    if summary.top_coping:
        lines.append(
            translate("urge_summary", "Coping used most: {items}.").format(
                items=_named(summary.top_coping)
            )
        )
    return lines
