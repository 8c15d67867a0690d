"""The Progress charts: reading the vault once, then each chart and its summary by range.

``load`` reads everything the charts need through the other services and works out the
series once (``domain.progress``); ``view`` then slices that for one chart and one range,
which is quick enough to redo on every change of range. Nothing here imports matplotlib
until a figure is asked for.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from recovery_desktop.domain.feedback import Recognition
from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.plan import CopingStrategy
from recovery_desktop.domain.progress import (
    Marker,
    MarkerKind,
    Progress,
    RangeChoice,
    Span,
    build_progress,
    coping_results,
    craving_peaks,
    goals_view,
    markers_in,
    milestone_markers,
    resolve_span,
    trigger_view,
)
from recovery_desktop.domain.progress_signals import EarlySignal, early_signals
from recovery_desktop.domain.progress_text import (
    calendar_summary,
    compared_summary,
    coping_summary,
    goals_summary,
    mood_summary,
    strength_summary,
    triggers_summary,
)
from recovery_desktop.domain.triggers import Trigger
from recovery_desktop.services import assessments, milestones, records, triggers
from recovery_desktop.services import checkins as checkin_service
from recovery_desktop.services import goals as goal_service
from recovery_desktop.services.changes import Area
from recovery_desktop.services.charts import (
    LIGHT,
    SIZE,
    ChartTheme,
    calendar_figure,
    compared_figure,
    coping_figure,
    goals_figure,
    mood_figure,
    strength_figure,
    triggers_figure,
)
from recovery_desktop.storage.vault import OpenVault

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: The areas whose changes the charts show.
AREAS = (
    Area.CHECK_INS,
    Area.ENCOUNTERS,
    Area.TRIGGERS,
    Area.COPING,
    Area.GOALS,
    Area.ASSESSMENTS,
    Area.MILESTONES,
    Area.FEEDBACK,
)


class Chart(enum.StrEnum):
    """The charts, in the order the picker lists them."""

    COMPARED = "compared"
    DAYS = "days"
    STRENGTH = "strength"
    MOOD = "mood"
    TRIGGERS = "triggers"
    COPING = "coping"
    GOALS = "goals"

    @property
    def label(self) -> str:
        """The chart's name in the picker."""
        return {
            Chart.COMPARED: QT_TRANSLATE_NOOP("Chart", "Compared with before"),
            Chart.DAYS: QT_TRANSLATE_NOOP("Chart", "Substance-free days"),
            Chart.STRENGTH: QT_TRANSLATE_NOOP("Chart", "Recovery strength"),
            Chart.MOOD: QT_TRANSLATE_NOOP("Chart", "Mood and craving"),
            Chart.TRIGGERS: QT_TRANSLATE_NOOP("Chart", "Triggers"),
            Chart.COPING: QT_TRANSLATE_NOOP("Chart", "Coping that works"),
            Chart.GOALS: QT_TRANSLATE_NOOP("Chart", "Goals and self-assessment"),
        }[self]

    @property
    def description(self) -> str:
        """What the chart shows, in a sentence (a tooltip and a screen reader's description)."""
        return {
            Chart.COMPARED: QT_TRANSLATE_NOOP(
                "Chart", "The chosen range beside the same number of days just before it."
            ),
            Chart.DAYS: QT_TRANSLATE_NOOP(
                "Chart", "A calendar of days: substance-free, no check-in, or a slip."
            ),
            Chart.STRENGTH: QT_TRANSLATE_NOOP(
                "Chart",
                "A forgiving score that builds with substance-free days and check-ins and "
                "dips only a little after a slip.",
            ),
            Chart.MOOD: QT_TRANSLATE_NOOP(
                "Chart", "Daily mood and craving with a 7-day average; craving peaks named."
            ),
            Chart.TRIGGERS: QT_TRANSLATE_NOOP(
                "Chart", "Urges by kind of trigger, the top triggers, and when urges come."
            ),
            Chart.COPING: QT_TRANSLATE_NOOP(
                "Chart", "For each coping strategy, how often the urge passed when it was used."
            ),
            Chart.GOALS: QT_TRANSLATE_NOOP(
                "Chart", "Goals completed, active goals' steps, and self-assessment over time."
            ),
        }[self]


def load(
    vault: OpenVault,
    today: dt.date,
    zone: dt.tzinfo | None = None,
    extra_markers: Iterable[Marker] = (),
) -> Progress:
    """Everything the charts need, worked out once; ``today`` is the local date.

    The mentor's recognitions (strengths noticed, wins celebrated) are marked beside the
    milestones; ``extra_markers`` adds more.
    """
    coping = {c.id: c.title for c in records.all_of(vault, CopingStrategy)}
    recognitions = [
        Marker(r.day, r.text, MarkerKind.RECOGNITION) for r in records.all_of(vault, Recognition)
    ]
    return build_progress(
        checkin_service.checkins(vault),
        triggers.encounters(vault),
        today,
        triggers=records.all_of(vault, Trigger),
        coping=coping,
        goals=goal_service.goals(vault, today),
        assessments=assessments.history(vault),
        markers=[*milestone_markers(milestones.milestones(vault)), *recognitions, *extra_markers],
        zone=zone,
    )


def signals(progress: Progress) -> list[EarlySignal]:
    """The early-warning rules that fire as of the progress's today."""
    return early_signals(progress.days, progress.log.days, progress.today)


def span_for(progress: Progress, choice: RangeChoice) -> Span:
    """The days a range choice covers."""
    return resolve_span(choice, progress.today, progress.first_day)


@dataclass(frozen=True)
class ChartView:
    """One chart for one range: its summary now, its figure on demand."""

    chart: Chart
    span: Span
    summary: str
    draw: Callable[[ChartTheme, tuple[float, float]], Figure]

    def figure(self, theme: ChartTheme = LIGHT, size: tuple[float, float] = SIZE) -> Figure:
        """The chart as a matplotlib figure (imports matplotlib the first time)."""
        return self.draw(theme, size)


def view(progress: Progress, chart: Chart, span: Span) -> ChartView:
    """The summary and figure builder of ``chart`` over ``span``."""
    series = progress.series
    if chart is Chart.COMPARED:
        recent, before = progress.period(span), progress.period(span.before())
        return ChartView(
            chart,
            span,
            compared_summary(recent, before),
            lambda theme, size: compared_figure(recent, before, theme, size),
        )
    if chart is Chart.DAYS:
        return ChartView(
            chart,
            span,
            calendar_summary(series, span),
            lambda theme, size: calendar_figure(series, span, theme, size),
        )
    if chart is Chart.STRENGTH:
        marks = markers_in(progress.markers, span)
        return ChartView(
            chart,
            span,
            strength_summary(series, span, marks),
            lambda theme, size: strength_figure(series, span, marks, theme, size),
        )
    if chart is Chart.MOOD:
        peaks = craving_peaks(series, progress.log, progress.trigger_names, span)
        return ChartView(
            chart,
            span,
            mood_summary(series, span, peaks),
            lambda theme, size: mood_figure(series, span, peaks, theme, size),
        )
    if chart is Chart.TRIGGERS:
        trigger_data = trigger_view(progress.log, progress.triggers, span)
        return ChartView(
            chart,
            span,
            triggers_summary(trigger_data),
            lambda theme, size: triggers_figure(trigger_data, theme, size),
        )
    if chart is Chart.COPING:
        results = coping_results(progress.log, progress.coping, span)
        return ChartView(
            chart,
            span,
            coping_summary(results, span),
            lambda theme, size: coping_figure(results, theme, size),
        )
    goal_data = goals_view(progress.goals, progress.totals, span)
    return ChartView(
        chart,
        span,
        goals_summary(goal_data),
        lambda theme, size: goals_figure(goal_data, theme, size),
    )
