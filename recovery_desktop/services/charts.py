"""Charts as matplotlib ``Figure`` objects (never pyplot), for screen and print.

matplotlib is imported inside each function: it costs start-up time the app must not pay.
Colours come from a palette readable by people with colour-vision deficiency, and no
chart relies on colour alone: slips carry a mark, series carry hatching or markers.
Text that a person wrote (trigger names, goal titles) is drawn as plain text, never as
matplotlib's math markup.
"""

from __future__ import annotations

import datetime as dt
import importlib
import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recovery_desktop.domain.progress import (
    BLOCK_HOURS,
    BLOCKS,
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
    next_bin,
)
from recovery_desktop.storage.atomic import atomic_write

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

#: Okabe–Ito palette: distinguishable with every common colour-vision deficiency.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
INK = "#333333"
#: Hatching that goes with each series colour, so series differ without colour too.
HATCHES = ("", "///", "...", "xxx", "\\\\\\", "ooo")
#: Ranges longer than this many days show a 30-day average of mood and craving.
LONG_RANGE = 400
#: Default size of a chart, in inches (on screen the canvas sets the size).
SIZE = (7.0, 3.6)
WEEKDAY_LETTERS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class ChartTheme:
    """The colours of a chart: light for paper and light desktops, dark for dark ones."""

    background: str = "#FFFFFF"
    ink: str = INK
    muted: str = "#6B6B6B"
    grid: str = "#E4E4E4"
    free: str = PALETTE[0]
    on_free: str = "#FFFFFF"
    no_check_in: str = "#C9C9C9"
    slip: str = PALETTE[5]
    slip_mark: str = "#FFFFFF"
    series: tuple[str, ...] = (PALETTE[0], PALETTE[1], PALETTE[2], PALETTE[3], PALETTE[4], INK)
    mood: str = PALETTE[0]
    craving: str = PALETTE[5]
    milestone: str = PALETTE[2]
    recognition: str = PALETTE[3]
    heat: str = "Blues"


LIGHT = ChartTheme()
DARK = ChartTheme(
    background="#2B2B2B",
    ink="#E8E8E8",
    muted="#A8A8A8",
    grid="#444444",
    free=PALETTE[4],
    on_free="#111111",
    no_check_in="#5E5E5E",
    slip=PALETTE[1],
    slip_mark="#111111",
    series=(PALETTE[4], PALETTE[1], PALETTE[2], PALETTE[3], PALETTE[6], "#E8E8E8"),
    mood=PALETTE[4],
    craving=PALETTE[1],
    milestone=PALETTE[2],
    recognition=PALETTE[3],
    heat="cividis",
)


#: matplotlib's own modules import each other in a circle: two threads importing it at
#: once (the background warm-up and a first chart) can each find it half made. Every
#: first import goes through ``load``, one thread at a time.
_IMPORT_LOCK = threading.Lock()
_LOADED: set[str] = set()
BASE_MODULES = ("matplotlib.figure", "matplotlib.backends.backend_agg")


def load(*modules: str) -> None:
    """Import matplotlib (and ``modules``) once, safely from any thread."""
    wanted = {*BASE_MODULES, *modules}
    if wanted <= _LOADED:
        return
    with _IMPORT_LOCK:
        for name in sorted(wanted - _LOADED, key=lambda n: n not in BASE_MODULES):
            importlib.import_module(name)
            _LOADED.add(name)


def weekly_urges_figure(weekly: list[tuple[dt.date, int]], width_in: float = 6.5) -> Figure:
    """Urges logged per week, as bars."""
    load()
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    figure = Figure(figsize=(width_in, 2.4), dpi=100, layout="constrained")
    axes = figure.add_subplot()
    labels = [f"{start + dt.timedelta(days=1):%d %b}" for start, _count in weekly]
    counts = [count for _start, count in weekly]
    axes.bar(range(len(counts)), counts, color=PALETTE[0], width=0.7)
    axes.set_xticks(range(len(counts)), labels, rotation=0, fontsize=7)
    axes.set_ylabel("Urges logged", fontsize=8, color=INK)
    axes.set_title("Urges logged per week", fontsize=9, color=INK, loc="left")
    axes.tick_params(axis="y", labelsize=7)
    axes.spines[["top", "right"]].set_visible(False)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    return figure


def png_bytes(figure: Figure, dpi: int = 200) -> bytes:
    """The figure as PNG (rendered by the Agg backend, no GUI involved)."""
    load()
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


#: File formats a chart can be saved in, by suffix.
FORMATS = {".png": "png", ".svg": "svg"}


def figure_bytes(figure: Figure, fmt: str, description: str = "", dpi: int = 150) -> bytes:
    """The figure as PNG or SVG, with ``description`` (its text summary) in the metadata."""
    load()
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    if fmt not in FORMATS.values():
        raise ValueError(f"unknown chart format {fmt!r}")
    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    metadata: dict[str, str | None] = {"Description": description} if description else {}
    if fmt == "svg":
        metadata["Date"] = None  # no timestamp in the file
    figure.savefig(buffer, format=fmt, dpi=dpi, metadata=metadata)
    return buffer.getvalue()


def save_figure(figure: Figure, path: Path, description: str = "") -> None:
    """Write the figure to ``path`` (``.png`` or ``.svg``) atomically, readable by the owner only.

    Raises:
        ValueError: the suffix is neither ``.png`` nor ``.svg``.
        DiskFullError: the disk is full or the folder is not writable.

    """
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"charts are saved as PNG or SVG, not {path.suffix!r}")
    atomic_write(path, figure_bytes(figure, fmt, description))


# --- shared pieces -------------------------------------------------------------------
#
# Figures use fixed margins in inches rather than a layout engine: constrained layout
# measures every label twice and doubled the drawing time of a chart, which a range
# change must redraw quickly. The UI builds each figure at the size of its canvas.

#: matplotlib's default date epoch (the app never changes it): a date's number is days since.
EPOCH = dt.date(1970, 1, 1)
#: Room for a title above a plot, and for date ticks below one, in inches.
TITLE_IN = 0.32
TICKS_IN = 0.32
LEGEND_IN = 0.26
#: Room for numeric tick labels on the left, in inches.
NUMBERS_IN = 0.42
#: About how wide one character of 7-point text is, in inches.
CHAR_IN = 0.056


def _figure(theme: ChartTheme, size: tuple[float, float]) -> Figure:
    load()
    from matplotlib.figure import Figure

    return Figure(figsize=size, dpi=100, facecolor=theme.background)


def _rect(
    figure: Figure, left: float, right: float, top: float, bottom: float
) -> tuple[float, float, float, float]:
    """An axes rectangle in figure fractions, from margins in inches."""
    width, height = (float(v) for v in figure.get_size_inches())
    return (
        left / width,
        bottom / height,
        max(0.05, 1 - (left + right) / width),
        max(0.05, 1 - (top + bottom) / height),
    )


def _axes(figure: Figure, left: float, right: float, top: float, bottom: float) -> Axes:
    return figure.add_axes(_rect(figure, left, right, top, bottom))


def _labels_in(labels: Sequence[str]) -> float:
    """Room for a column of 7-point labels, in inches."""
    return min(1.9, 0.15 + CHAR_IN * max((len(label) for label in labels), default=4))


def _style(axes: Axes, theme: ChartTheme, title: str = "", grid: str = "y") -> None:
    axes.set_facecolor(theme.background)
    if title:
        axes.set_title(title, fontsize=9, color=theme.ink, loc="left", fontweight="bold")
    axes.tick_params(colors=theme.muted, labelcolor=theme.ink, labelsize=7, length=3)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(theme.muted)
    if grid:
        axes.grid(axis=grid, color=theme.grid, linewidth=0.6)  # type: ignore[arg-type]  # "x", "y" or "both"
        axes.set_axisbelow(True)


def _empty(axes: Axes, theme: ChartTheme, message: str, title: str = "") -> None:
    _style(axes, theme, title, grid="")
    axes.set_xticks([])
    axes.set_yticks([])
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        fontsize=9,
        color=theme.muted,
        transform=axes.transAxes,
        parse_math=False,
    )


def _date_axis(axes: Axes, theme: ChartTheme, ticks: int = 7) -> None:
    import matplotlib.dates as mdates

    # matplotlib.dates has no annotations for these two.
    locator = mdates.AutoDateLocator(minticks=3, maxticks=ticks)  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(locator)
    formatter = mdates.ConciseDateFormatter(locator, show_offset=False)  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_formatter(formatter)


def _day_number(day: dt.date) -> float:
    """A day as matplotlib's date number, without a round trip through numpy."""
    return float((day - EPOCH).days)


def _span_limits(axes: Axes, span: Span) -> None:
    axes.set_xlim(_day_number(span.start) - 0.5, _day_number(span.end) + 0.5)


def _clip(text: str, length: int = 28) -> str:
    """A person's text shortened to fit beside a bar (whole in the summary)."""
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _legend(
    axes: Axes,
    theme: ChartTheme,
    loc: str,
    anchor: tuple[float, float],
    ncols: int = 1,
    markerscale: float = 1.0,
) -> None:
    options: dict[str, Any] = {"loc": loc, "bbox_to_anchor": anchor, "ncols": ncols}
    axes.legend(
        fontsize=7,
        frameon=False,
        labelcolor=theme.ink,
        handlelength=1.4,
        columnspacing=1.2,
        borderaxespad=0.2,
        markerscale=markerscale,
        **options,
    )


def _share_rows(
    axes: Axes,
    names: Sequence[str],
    shares: Sequence[float],
    values: Sequence[str],
    theme: ChartTheme,
    legend: tuple[str, str] | None = None,
) -> None:
    """One horizontal bar per name: the share in colour, the rest hatched, a figure at right.

    Hatching, not colour alone, tells the two parts apart.
    """
    ys = list(range(len(names)))
    done, rest = legend or (None, None)
    axes.barh(ys, shares, color=theme.free, height=0.62, label=done)
    axes.barh(
        ys,
        [100 - share for share in shares],
        left=shares,
        color=theme.background,
        hatch="///",
        edgecolor=theme.muted,
        linewidth=0.6,
        height=0.62,
        label=rest,
    )
    axes.set_yticks(ys, names, parse_math=False)  # names are people's words, never math
    axes.tick_params(axis="y", length=0)
    for y, value in zip(ys, values, strict=True):
        axes.annotate(
            value,
            (100, y),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            fontsize=7,
            color=theme.ink,
            annotation_clip=False,
        )


def _legend_below(axes: Axes, theme: ChartTheme, figure: Figure, ncols: int) -> None:
    """A legend along the foot of the figure, under the date ticks, lined up with the plot."""
    options: dict[str, Any] = {
        "loc": "lower left",
        "bbox_to_anchor": (axes.get_position().x0, 0.0),
        "bbox_transform": figure.transFigure,
        "ncols": ncols,
    }
    axes.legend(
        fontsize=7,
        frameon=False,
        labelcolor=theme.ink,
        handlelength=1.4,
        columnspacing=1.2,
        borderaxespad=0.3,
        **options,
    )


# --- compared with before ------------------------------------------------------------


def compared_figure(
    recent: Period, before: Period, theme: ChartTheme = LIGHT, size: tuple[float, float] = SIZE
) -> Figure:
    """The range beside the same number of days before it, one row per measure.

    Each row has its own scale (days out of the range, mood out of 5, craving out of
    10, urges out of the larger count), so the bars compare before with now.
    """
    figure = _figure(theme, size)
    if not (recent.counts.days or before.counts.days or recent.urges or before.urges):
        _empty(
            _axes(figure, 0.2, 0.2, TITLE_IN, 0.2),
            theme,
            "Nothing logged in these days or the days before yet.",
            "Compared with before",
        )
        return figure
    days = float(max(recent.span.days, 1))
    urges = float(max(recent.urges, before.urges, 1))
    measures = (
        (
            f"Substance-free days (of {days:g})",
            before.counts.substance_free,
            recent.counts.substance_free,
            days,
        ),
        (f"Days checked in (of {days:g})", before.check_ins, recent.check_ins, days),
        ("Average mood (of 5)", before.mean_mood, recent.mean_mood, 5.0),
        ("Average craving (of 10)", before.mean_craving, recent.mean_craving, 10.0),
        ("Urges logged", before.urges, recent.urges, urges),
        ("Urges that passed", before.urges_passed, recent.urges_passed, urges),
    )
    labels = []
    for name, then, now, _top in measures:
        shown = [
            "–" if v is None else f"{v:.1f}" if isinstance(v, float) else str(v)
            for v in (then, now)
        ]
        labels.append(f"{name}\nbefore {shown[0]} · now {shown[1]}")
    left = _labels_in([label.split("\n")[0] for label in labels])
    axes = _axes(figure, left, 0.2, TITLE_IN + 0.05, 0.1)
    _style(
        axes,
        theme,
        f"The {recent.span.days} days to {recent.span.end.day} {recent.span.end:%b %Y}, "
        f"and the {before.span.days} before",
        grid="",
    )
    rows = range(len(measures))[::-1]
    then_share = [0.0 if m[1] is None else 100 * m[1] / m[3] for m in measures]
    now_share = [0.0 if m[2] is None else 100 * m[2] / m[3] for m in measures]
    axes.barh(rows, [100] * len(measures), height=0.84, color=theme.grid, alpha=0.45)
    axes.barh(
        [r + 0.19 for r in rows],
        then_share,
        height=0.36,
        color=theme.background,
        edgecolor=theme.muted,
        hatch="///",
        linewidth=0.8,
        label="Before",
    )
    axes.barh([r - 0.19 for r in rows], now_share, height=0.36, color=theme.free, label="Now")
    axes.set_yticks(list(rows), labels)
    axes.tick_params(axis="y", length=0, labelsize=7)
    axes.set_xlim(0, 100)
    axes.set_xticks([])
    axes.spines["bottom"].set_visible(False)
    axes.spines["left"].set_visible(False)
    axes.set_ylim(-0.5, len(measures) - 0.5)
    _legend(axes, theme, "lower right", (1, 1), 2)
    return figure


# --- substance-free days -------------------------------------------------------------

_STATUS_CODE = {DayStatus.FREE: 1, DayStatus.NO_CHECK_IN: 2, DayStatus.SLIP: 3}


def _status_cmap(theme: ChartTheme) -> object:
    from matplotlib.colors import ListedColormap

    return ListedColormap([theme.background, theme.free, theme.no_check_in, theme.slip])


def _status_legend(axes: Axes, theme: ChartTheme, mark: str) -> None:
    from matplotlib.lines import Line2D

    def square(color: str) -> Line2D:
        return Line2D([], [], marker="s", markersize=8, color=color, linestyle="none")

    handles = [square(theme.free), square(theme.no_check_in), square(theme.slip)]
    crossed = Line2D([], [], marker="x", markersize=5, color=mark, linestyle="none")
    axes.legend(
        [handles[0], handles[1], (handles[2], crossed)],
        [DayStatus.FREE.label, DayStatus.NO_CHECK_IN.label, DayStatus.SLIP.label],
        loc="upper left",
        bbox_to_anchor=(0, -0.01),
        ncols=3,
        fontsize=7,
        frameon=False,
        labelcolor=theme.ink,
        handlelength=1.0,
        columnspacing=1.2,
        borderaxespad=0.2,
    )


#: The strip of runs under the calendar: its height, and room for its title, in inches.
RUNS_IN = 0.34
RUNS_TITLE_IN = 0.3


def calendar_figure(
    series: DailySeries,
    span: Span,
    theme: ChartTheme = LIGHT,
    size: tuple[float, float] = SIZE,
) -> Figure:
    """A calendar of days, and under it the runs between slips.

    Days are substance-free, without a check-in, or a slip (marked with a cross). Up to
    a year: one column per week, Monday at the top. Longer: one row per year. The runs
    strip shows that a slip ends a run without taking away the days before it.
    """
    figure = _figure(theme, size)
    title = "Substance-free days"
    if series.start is None or not series.indices(span):
        _empty(
            _axes(figure, 0.2, 0.2, TITLE_IN, 0.2),
            theme,
            "The calendar fills in from the first check-in.",
            title,
        )
        return figure
    width, height = (float(v) for v in figure.get_size_inches())
    left, right, top = 0.45, 0.2, TITLE_IN + 0.22
    below = LEGEND_IN + RUNS_TITLE_IN + RUNS_IN + TICKS_IN + 0.1
    room_w, room_h = width - left - right, max(0.5, height - top - below)
    if span.days <= 371:
        first_monday = span.start - dt.timedelta(days=span.start.weekday())
        weeks = (span.end - first_monday).days // 7 + 1
        cell = min(room_w / weeks, room_h / 7, 0.42)  # square days, at most 1 cm
        grid_w, grid_h = weeks * cell, 7 * cell
    else:
        grid_w, grid_h = room_w, min(room_h, 0.3 * (span.end.year - span.start.year + 1))
    axes = figure.add_axes(_box(figure, left, top, grid_w, grid_h))
    if span.days <= 371:
        mark = _week_grid(axes, series, span, theme)
    else:
        mark = _year_rows(axes, series, span, theme)
    _style(axes, theme, title, grid="")
    axes.tick_params(length=0)
    for spine in axes.spines.values():
        spine.set_visible(False)
    _status_legend(axes, theme, mark)
    runs_top = top + grid_h + LEGEND_IN + RUNS_TITLE_IN
    runs_axes = figure.add_axes(_box(figure, left, runs_top, room_w, RUNS_IN))
    _runs_strip(runs_axes, series, span, theme, width)
    return figure


def _box(
    figure: Figure, left: float, top: float, width: float, height: float
) -> tuple[float, float, float, float]:
    """An axes rectangle in figure fractions, from its place and size in inches."""
    figure_w, figure_h = (float(v) for v in figure.get_size_inches())
    return (left / figure_w, 1 - (top + height) / figure_h, width / figure_w, height / figure_h)


def _runs_strip(
    axes: Axes, series: DailySeries, span: Span, theme: ChartTheme, figure_width: float
) -> None:
    _style(axes, theme, grid="")
    axes.set_title("Runs between slips", fontsize=8, color=theme.ink, loc="left", pad=3)
    end = min(span.end, series.end or span.end)
    runs = [
        (max(run.start, span.start), min(run.end, end), run)
        for run in series.record.runs
        if run.end >= span.start and run.start <= end
    ]
    axes.broken_barh(
        [(_day_number(first) - 0.5, (last - first).days + 1) for first, last, _run in runs],
        (0.15, 0.7),
        facecolors=theme.free,
        edgecolor=theme.background,
        linewidth=0.8,
    )
    slips = [slip.day for slip in series.record.slips if slip.day in span]
    if slips:
        axes.plot(
            [_day_number(day) for day in slips],
            [0.5] * len(slips),
            linestyle="none",
            marker="x",
            markersize=6,
            markeredgewidth=1.4,
            color=theme.slip,
        )
    width_in = axes.get_position().width * figure_width
    per_day = width_in / max(span.days, 1)
    longest = max(runs, key=lambda item: ((item[1] - item[0]).days, item[0]), default=None)
    labelled = []
    if runs and runs[-1][2].ended_by is None:
        labelled.append((runs[-1], f"current run: {runs[-1][2].days} days"))
    if longest is not None and (not labelled or longest is not labelled[0][0]):
        labelled.append((longest, f"longest here: {(longest[1] - longest[0]).days + 1} days"))
    for (first, last, _run), words in labelled:
        if ((last - first).days + 1) * per_day < CHAR_IN * len(words) + 0.1:
            continue  # too narrow to hold its words (the summary gives them)
        middle = _day_number(first) + (last - first).days / 2
        axes.text(middle, 0.5, words, ha="center", va="center", fontsize=6.5, color=theme.on_free)
    axes.set_ylim(0, 1)
    axes.set_yticks([])
    axes.spines["left"].set_visible(False)
    _span_limits(axes, span)
    _date_axis(axes, theme)


def _week_grid(axes: Axes, series: DailySeries, span: Span, theme: ChartTheme) -> str:
    import numpy as np

    first_monday = span.start - dt.timedelta(days=span.start.weekday())
    weeks = (span.end - first_monday).days // 7 + 1
    grid = np.zeros((7, weeks))
    slips_x, slips_y = [], []
    for index in series.indices(span):
        day = series.day(index)
        column, row = (day - first_monday).days // 7, day.weekday()
        status = series.status[index]
        grid[row, column] = _STATUS_CODE[status]
        if status is DayStatus.SLIP:
            slips_x.append(column + 0.5)
            slips_y.append(row + 0.5)
    axes.pcolormesh(
        grid,
        cmap=_status_cmap(theme),  # type: ignore[arg-type]  # a ListedColormap
        vmin=-0.5,
        vmax=3.5,
        edgecolors=theme.background,
        linewidth=2.0 if weeks <= 20 else 1.0,
    )
    if slips_x:
        axes.scatter(
            slips_x,
            slips_y,
            marker="x",
            color=theme.slip_mark,
            s=40 if weeks <= 20 else 14,
            linewidths=1.2,
        )
    axes.set_ylim(7, 0)
    axes.set_xlim(0, weeks)
    axes.set_yticks([r + 0.5 for r in (0, 2, 4, 6)], [WEEKDAY_LETTERS[r] for r in (0, 2, 4, 6)])
    ticks, labels = [], []
    for column in range(weeks):
        monday = first_monday + dt.timedelta(days=7 * column)
        if weeks <= 6:  # a month: every week by its Monday, the month named when it changes
            ticks.append(column + 0.5)
            new_month = column == 0 or monday.day <= 7
            labels.append(f"{monday.day} {monday:%b}" if new_month else str(monday.day))
            continue
        sunday = monday + dt.timedelta(days=6)
        first = sunday.replace(day=1)
        if monday <= first:
            ticks.append(column + 0.5)
            labels.append(f"{first:%b %Y}" if first.month == 1 or not labels else f"{first:%b}")
    axes.set_xticks(ticks, labels, ha="center")
    axes.xaxis.tick_top()
    return theme.slip_mark


def _year_rows(axes: Axes, series: DailySeries, span: Span, theme: ChartTheme) -> str:
    import numpy as np

    years = list(range(span.start.year, span.end.year + 1))
    grid = np.zeros((len(years), 366))
    slips_x, slips_y = [], []
    for index in series.indices(span):
        day = series.day(index)
        row = day.year - years[0]
        column = (day - dt.date(day.year, 1, 1)).days
        status = series.status[index]
        grid[row, column] = _STATUS_CODE[status]
        if status is DayStatus.SLIP:
            slips_x.append(column)
            slips_y.append(row)
    axes.imshow(
        grid,
        cmap=_status_cmap(theme),  # type: ignore[arg-type]  # a ListedColormap
        vmin=-0.5,
        vmax=3.5,
        aspect="auto",
        interpolation="nearest",
    )
    if slips_x:  # a day is a hair wide here: the cross shows a slip however narrow
        axes.scatter(slips_x, slips_y, marker="x", color=theme.ink, s=18, linewidths=0.9)
    axes.set_yticks(range(len(years)), [str(y) for y in years])
    month_starts = [(dt.date(2001, m, 1) - dt.date(2001, 1, 1)).days for m in range(1, 13)]
    axes.set_xticks(month_starts, [f"{dt.date(2001, m, 1):%b}" for m in range(1, 13)], ha="left")
    axes.set_xlim(-0.5, 365.5)
    axes.set_ylim(len(years) - 0.5, -0.5)
    axes.xaxis.tick_top()
    return theme.ink


# --- recovery strength ---------------------------------------------------------------


def _marker_style(marker: Marker, theme: ChartTheme) -> tuple[str, str]:
    if marker.kind is MarkerKind.RECOGNITION:
        return "*", theme.recognition
    return "D", theme.milestone


def strength_figure(
    series: DailySeries,
    span: Span,
    markers: Sequence[Marker] = (),
    theme: ChartTheme = LIGHT,
    size: tuple[float, float] = SIZE,
) -> Figure:
    """Recovery strength over the range, slips marked, milestones and recognitions on top."""
    import numpy as np

    figure = _figure(theme, size)
    title = "Recovery strength (out of 100)"
    indices = series.indices(span)
    if not indices:
        _empty(
            _axes(figure, 0.2, 0.2, TITLE_IN, 0.2),
            theme,
            "Recovery strength starts with the first check-in.",
            title,
        )
        return figure
    axes = _axes(figure, NUMBERS_IN, 0.2, TITLE_IN + 0.05, TICKS_IN + LEGEND_IN)
    _style(axes, theme, title)
    x = _day_number(series.day(indices[0])) + np.arange(len(indices))
    y = 100 * np.asarray(series.strength[indices.start : indices.stop])
    axes.fill_between(x, 0, y, color=theme.free, alpha=0.18, linewidth=0)
    axes.plot(x, y, color=theme.free, linewidth=1.8, label="Recovery strength")
    slips = [i - indices.start for i in indices if series.status[i] is DayStatus.SLIP]
    if slips:
        axes.plot(
            x[slips],
            y[slips],
            linestyle="none",
            marker="v",
            markersize=6,
            color=theme.slip,
            markeredgecolor=theme.ink,
            markeredgewidth=0.5,
            label="A slip",
        )
    _draw_markers(axes, markers, span, theme, 106, float(figure.get_size_inches()[0]))
    axes.set_ylim(0, 112)
    axes.set_yticks([0, 25, 50, 75, 100])
    _span_limits(axes, span)
    _date_axis(axes, theme)
    _legend_below(axes, theme, figure, 4)
    return figure


def _spaced(days: Sequence[dt.date], gap: float, limit: int) -> list[int]:
    """Indices of up to ``limit`` of ``days`` (in order of preference) ``gap`` days apart.

    Labels any closer would overlap; the rest go unlabelled (the summary names them all).
    """
    kept: list[int] = []
    for index, day in enumerate(days):
        if all(abs((day - days[other]).days) >= gap for other in kept):
            kept.append(index)
        if len(kept) == limit:
            break
    return kept


def _days_per_inch(axes: Axes, span: Span, figure_width: float) -> float:
    return span.days / max(0.1, axes.get_position().width * figure_width)


def _label_at(
    axes: Axes, span: Span, day: dt.date, y: float, words: str, theme: ChartTheme, dy: float
) -> None:
    """Words ending at a point (starting there near the left edge), on a patch of background."""
    align = "left" if (day - span.start).days < 0.25 * span.days else "right"
    axes.annotate(
        words,
        (_day_number(day), y),
        xytext=(-2 if align == "left" else 2, dy),
        textcoords="offset points",
        ha=align,
        va="top" if dy < 0 else "bottom",
        fontsize=6.5,
        color=theme.ink,
        bbox={"boxstyle": "square,pad=0.15", "facecolor": theme.background, "edgecolor": "none",
              "alpha": 0.85},
        parse_math=False,
        annotation_clip=False,
    )  # fmt: skip


def _label_gap(words: Sequence[str], axes: Axes, span: Span, figure_width: float) -> float:
    """Days two labels must be apart not to overlap, whichever way each is turned."""
    widest = max((len(w) for w in words), default=0) * CHAR_IN * 0.95 + 0.1
    return 2 * widest * _days_per_inch(axes, span, figure_width)


def _draw_markers(
    axes: Axes,
    markers: Sequence[Marker],
    span: Span,
    theme: ChartTheme,
    top: float,
    figure_width: float,
    labelled: int = 3,
) -> None:
    """Markers along the top; the latest few get their words (all are in the summary)."""
    if not markers:
        return
    for kind, name in (
        (MarkerKind.MILESTONE, "Milestone"),
        (MarkerKind.RECOGNITION, "Recognition"),
    ):
        chosen = [m for m in markers if m.kind is kind]
        if not chosen:
            continue
        shape, color = _marker_style(chosen[0], theme)
        xs = [_day_number(m.day) for m in chosen]
        axes.vlines(xs, 0, top, colors=color, linewidth=0.7, linestyles=":", alpha=0.9, zorder=0)
        axes.plot(
            xs,
            [top] * len(xs),
            linestyle="none",
            marker=shape,
            markersize=5 if shape == "D" else 9,
            color=color,
            markeredgecolor=theme.ink,
            markeredgewidth=0.4,
            label=name,
            clip_on=False,
        )
    latest = sorted(markers, key=lambda m: m.day, reverse=True)
    words = [_clip(m.label, 26) for m in latest]
    gap = _label_gap(words, axes, span, figure_width)
    for index in _spaced([m.day for m in latest], gap, labelled):
        _label_at(axes, span, latest[index].day, top, words[index], theme, -6)


# --- mood and craving ----------------------------------------------------------------


def _nan(values: Sequence[float | None]) -> list[float]:
    return [float("nan") if value is None else float(value) for value in values]


def mood_figure(
    series: DailySeries,
    span: Span,
    peaks: Sequence[CravingPeak] = (),
    theme: ChartTheme = LIGHT,
    size: tuple[float, float] = SIZE,
) -> Figure:
    """Mood (top) and craving (bottom): daily points and a 7-day average line.

    Over more than ``LONG_RANGE`` days a 30-day average reads better than a weekly one.
    """
    import numpy as np

    figure = _figure(theme, size)
    indices = series.indices(span)
    if not indices or all(series.mood[i] is None for i in indices):
        _empty(
            _axes(figure, 0.2, 0.2, TITLE_IN, 0.2),
            theme,
            "Mood and craving come from the daily check-in.",
            "Mood and craving",
        )
        return figure
    spec = figure.add_gridspec(
        2, 1, **_grid_margins(figure, NUMBERS_IN, 0.2, TITLE_IN, TICKS_IN), hspace=0.35
    )
    mood_axes = figure.add_subplot(spec[0])
    craving_axes = figure.add_subplot(spec[1], sharex=mood_axes)
    x = _day_number(series.day(indices[0])) + np.arange(len(indices))
    window = slice(indices.start, indices.stop)
    long = span.days > LONG_RANGE
    point_size, point_alpha = (2.0, 0.35) if len(indices) > 200 else (4.0, 0.6)
    mood_avg = series.mood_avg_month if long else series.mood_avg
    craving_avg = series.craving_avg_month if long else series.craving_avg
    average_name = "30-day average" if long else "7-day average"
    rows = (
        (mood_axes, series.mood, mood_avg, theme.mood, "o", "Mood (1–5)", 1, 5, 1),
        (
            craving_axes,
            series.craving,
            craving_avg,
            theme.craving,
            "s",
            "Craving (0–10)",
            0,
            10,
            2,
        ),
    )
    for axes, values, average, color, shape, name, low, top, step in rows:
        _style(axes, theme, name)
        axes.plot(
            x,
            _nan(values[window]),
            linestyle="none",
            marker=shape,
            color=color,
            markeredgewidth=0,
            markersize=point_size,
            alpha=point_alpha,
            label="Each day",
        )
        axes.plot(x, _nan(average[window]), color=color, linewidth=1.8, label=average_name)
        axes.set_ylim(low - 0.4, top + 0.4 + (2.2 if top == 10 else 0))
        axes.set_yticks(range(low, top + 1, step))
    _legend(
        mood_axes, theme, "lower right", (1, 1), 2, markerscale=2.5 if len(indices) > 200 else 1.3
    )
    mood_axes.tick_params(axis="x", labelbottom=False)
    if peaks:
        craving_axes.plot(
            [_day_number(p.day) for p in peaks],
            [p.craving for p in peaks],
            linestyle="none",
            marker="o",
            markersize=7,
            markerfacecolor="none",
            markeredgecolor=theme.ink,
            markeredgewidth=0.8,
        )
        strongest = sorted(peaks, key=lambda p: (-p.craving, -p.day.toordinal()))
        words = [
            f"{p.craving}: {_clip(p.trigger, 22)}" if p.trigger else str(p.craving)
            for p in strongest
        ]
        gap = _label_gap(words, craving_axes, span, float(figure.get_size_inches()[0]))
        for index in _spaced([p.day for p in strongest], gap, 3):
            peak = strongest[index]
            _label_at(craving_axes, span, peak.day, peak.craving, words[index], theme, 5)
    _span_limits(craving_axes, span)
    _date_axis(craving_axes, theme)
    return figure


def _grid_margins(
    figure: Figure, left: float, right: float, top: float, bottom: float
) -> dict[str, float]:
    x, y, width, height = _rect(figure, left, right, top, bottom)
    return {"left": x, "bottom": y, "right": x + width, "top": y + height}


# --- triggers ------------------------------------------------------------------------


def _bin_days(start: dt.date, size: Bin) -> int:
    return (next_bin(start, size) - start).days


def triggers_figure(
    view: TriggerView, theme: ChartTheme = LIGHT, size: tuple[float, float] = SIZE
) -> Figure:
    """Urges per week (or month) by kind; the top triggers; weekday and time of day."""
    figure = _figure(theme, size)
    if not view.urges:
        _empty(
            _axes(figure, 0.2, 0.2, TITLE_IN, 0.2),
            theme,
            "No urges logged in this range.",
            "Triggers",
        )
        return figure
    names = [_clip(name, 24) for name, _count in view.top]
    legend_in = _labels_in([name for name, _c in view.by_category]) + 0.2
    width, height = (float(v) for v in figure.get_size_inches())
    top_rect = _rect(figure, NUMBERS_IN, legend_in, TITLE_IN, height / 2 + TICKS_IN - 0.05)
    _category_bars(figure.add_axes(top_rect), view, theme)
    middle = width * 0.56
    left_rect = _rect(figure, _labels_in(names), width - middle + 0.35, height / 2 + TITLE_IN, 0.3)
    _top_triggers(figure.add_axes(left_rect), view, names, theme)
    right_rect = _rect(figure, middle + 0.35, 0.2, height / 2 + TITLE_IN, 0.48)
    _time_pattern(figure.add_axes(right_rect), view, theme)
    return figure


def _category_bars(axes: Axes, view: TriggerView, theme: ChartTheme) -> None:
    from matplotlib.ticker import MaxNLocator

    _style(axes, theme, f"Urges per {view.size.value}, by kind of trigger")
    # The first and last bars cover only the days of the range, so a part-week is narrow.
    xs = [_day_number(max(start, view.span.start)) for start in view.bins]
    edges = [*xs, _day_number(view.span.end) + 1]
    bottom = [0] * len(xs)
    for index, (name, counts) in enumerate(view.by_category):
        top = [b + c for b, c in zip(bottom, counts, strict=True)]
        axes.stairs(
            top,
            edges,
            baseline=bottom,
            fill=True,
            facecolor=theme.series[index % len(theme.series)],
            hatch=HATCHES[index % len(HATCHES)],
            edgecolor=theme.background,
            linewidth=0.4,
            label=name,
        )
        bottom = top
    axes.set_xlim(edges[0], edges[-1])
    axes.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
    _date_axis(axes, theme, ticks=8)
    _legend(axes, theme, "upper left", (1.0, 1.02), 1)


def _top_triggers(axes: Axes, view: TriggerView, names: Sequence[str], theme: ChartTheme) -> None:
    from matplotlib.ticker import MaxNLocator

    title = "Came up most"
    if not view.top:
        _empty(axes, theme, "No triggers named with these urges.", title)
        return
    _style(axes, theme, title, grid="x")
    counts = [count for _name, count in view.top][::-1]
    axes.barh(range(len(counts)), counts, color=theme.series[0], height=0.65)
    axes.set_yticks(range(len(counts)), list(names)[::-1], parse_math=False)
    axes.tick_params(axis="y", length=0)
    axes.set_xlim(0, max(counts) * 1.05)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=3))


def _time_pattern(axes: Axes, view: TriggerView, theme: ChartTheme) -> None:
    import numpy as np

    _style(
        axes,
        theme,
        "When urges came (darker: more)"
        if theme.heat == "Blues"
        else "When urges came (brighter: more)",
        grid="",
    )
    grid = np.asarray(view.by_time, dtype=float)
    axes.imshow(grid, cmap=theme.heat, aspect="auto", vmin=0, vmax=max(1.0, float(grid.max())))
    axes.set_xticks(
        np.arange(BLOCKS) - 0.5, [f"{b * BLOCK_HOURS:02d}" for b in range(BLOCKS)], ha="center"
    )
    axes.set_yticks(range(7), list(WEEKDAY_LETTERS))
    axes.tick_params(length=0, labelsize=6.5)
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.set_xlabel("Hour of the day", fontsize=7, color=theme.muted, labelpad=1)


# --- coping --------------------------------------------------------------------------


def coping_figure(
    results: Sequence[CopingResult],
    theme: ChartTheme = LIGHT,
    size: tuple[float, float] = SIZE,
    limit: int = 8,
) -> Figure:
    """For each strategy: the share of urges that passed when it was used (solid), out of all."""
    figure = _figure(theme, size)
    title = "Coping that works: how often the urge passed when it was used"
    if not results:
        _empty(
            _axes(figure, 0.2, 0.2, TITLE_IN, 0.2),
            theme,
            "No coping strategies noted with urges in this range.",
            title,
        )
        return figure
    shown = list(results[:limit])[::-1]
    names = [_clip(r.name, 30) for r in shown]
    axes = _axes(figure, _labels_in(names), 0.75, TITLE_IN, TICKS_IN + LEGEND_IN)
    _style(axes, theme, title, grid="x")
    _share_rows(
        axes,
        names,
        [100 * r.share for r in shown],
        [f"{r.passed} of {r.used}" for r in shown],
        theme,
        legend=("The urge passed", "It did not pass that time"),
    )
    axes.set_xlim(0, 100)
    axes.set_xticks([0, 25, 50, 75, 100], ["0%", "25%", "50%", "75%", "100%"])
    _legend_below(axes, theme, figure, 2)
    return figure


# --- goals ---------------------------------------------------------------------------


def goals_figure(
    view: GoalsView, theme: ChartTheme = LIGHT, size: tuple[float, float] = SIZE
) -> Figure:
    """Goals completed per month, active goals' steps, self-assessment over time."""
    from matplotlib.ticker import MaxNLocator

    figure = _figure(theme, size)
    width, height = (float(v) for v in figure.get_size_inches())
    half = height / 2
    middle = width * 0.42
    bars = [bar for bar in view.active if bar.total][::-1]
    names = [_clip(bar.title, 30) for bar in bars]

    done_axes = figure.add_axes(
        _rect(figure, NUMBERS_IN, width - middle + 0.2, TITLE_IN, half + TICKS_IN)
    )
    done_title = f"Goals completed per {view.size.value}"
    if view.completed_total:
        _style(done_axes, theme, done_title)
        xs = [_day_number(start) for start in view.bins]
        widths = [0.8 * _bin_days(start, view.size) for start in view.bins]
        done_axes.bar(xs, view.completed, width=widths, align="edge", color=theme.milestone)
        done_axes.set_xlim(xs[0], _day_number(next_bin(view.bins[-1], view.size)))
        done_axes.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
        _date_axis(done_axes, theme, ticks=5)
    else:
        _empty(done_axes, theme, "No goals completed in this range.", done_title)

    steps_axes = figure.add_axes(
        _rect(figure, middle + _labels_in(names), 0.45, TITLE_IN, half + 0.2)
    )
    steps_title = "Active goals: steps done"
    if bars:
        _style(steps_axes, theme, steps_title, grid="x")
        _share_rows(
            steps_axes,
            names,
            [100 * bar.done / bar.total for bar in bars],
            [f"{b.done}/{b.total}" for b in bars],
            theme,
        )
        steps_axes.set_xlim(0, 100)
        steps_axes.set_xticks([0, 50, 100], ["0%", "50%", "100%"])
    else:
        message = "Active goals have no steps yet." if view.active_count else "No active goals."
        _empty(steps_axes, theme, message, steps_title)

    line_axes = figure.add_axes(_rect(figure, NUMBERS_IN, 0.2, half + TITLE_IN, TICKS_IN))
    line_title = "Self-assessment: average answer (1–6)"
    if view.assessments:
        _style(line_axes, theme, line_title)
        xs = [_day_number(p.day) for p in view.assessments]
        line_axes.plot(
            xs,
            [p.average for p in view.assessments],
            color=theme.series[3],
            marker="o",
            markersize=4 if len(xs) < 60 else 2,
            linewidth=1.5,
        )
        line_axes.set_ylim(0.8, 6.2)
        line_axes.set_yticks(range(1, 7, 1))
        _span_limits(line_axes, view.span)
        _date_axis(line_axes, theme)
    else:
        _empty(line_axes, theme, "No self-assessments in this range.", line_title)
    return figure
