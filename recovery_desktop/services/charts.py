"""Charts as matplotlib ``Figure`` objects (never pyplot), for screen and print.

matplotlib is imported inside each function: it costs start-up time the app must not pay.
Colours come from a palette readable by people with colour-vision deficiency, and no
chart relies on colour alone: slips carry a mark, series carry hatching or markers.
Text that a person wrote (trigger names, goal titles) is drawn as plain text, never as
matplotlib's math markup.

Every word a chart draws goes through ``translate`` (context "charts") or the language's
month and day names, so it reads in the person's language. Text grows with the app's
text size (``ChartTheme.text_scale``): margins are measured from the text they hold, and
a title or legend too wide for its place wraps or takes fewer columns.
"""

from __future__ import annotations

import datetime as dt
import importlib
import io
import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.language import (
    day_name,
    label,
    local_date,
    month_name,
    number,
    plural,
    spoken_date,
    translate,
)
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
    from matplotlib.ticker import Formatter, Locator

#: Okabe–Ito palette: distinguishable with every common colour-vision deficiency.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
INK = "#333333"
#: Hatching that goes with each series colour, so series differ without colour too.
HATCHES = ("", "///", "...", "xxx", "\\\\\\", "ooo")
#: Ranges longer than this many days show a 30-day average of mood and craving.
LONG_RANGE = 400
#: Default size of a chart, in inches (on screen the canvas sets the size).
SIZE = (7.0, 3.6)


@dataclass(frozen=True)
class ChartTheme:
    """How a chart looks: light colours for paper and light desktops, dark for dark ones.

    ``text_scale`` is the app's text size (1, 1.25 or 1.5 times the normal size): the UI
    sets it, so chart text grows with the rest of the window's.
    """

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
    text_scale: float = 1.0


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
    labels = [
        translate("charts", "{day:%d %b}").format(day=local_date(start + dt.timedelta(days=1)))
        for start, _count in weekly
    ]
    counts = [count for _start, count in weekly]
    axes.bar(range(len(counts)), counts, color=PALETTE[0], width=0.7)
    axes.set_xticks(range(len(counts)), labels, rotation=0, fontsize=7)
    axes.set_ylabel(translate("charts", "Urges logged"), fontsize=8, color=INK)
    axes.set_title(translate("charts", "Urges logged per week"), fontsize=9, color=INK, loc="left")
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
# change must redraw quickly. The UI builds each figure at the size of its canvas. The
# margins come from the text they hold, in the person's language and text size, measured
# with the font's own character widths (cheap: no drawing involved).

#: matplotlib's default date epoch (the app never changes it): a date's number is days since.
EPOCH = dt.date(1970, 1, 1)
#: Room for a title above a plot, and for date ticks below one, in inches (normal text).
TITLE_IN = 0.32
TICKS_IN = 0.32
LEGEND_IN = 0.26
#: Room for numeric tick labels on the left, in inches (normal text).
NUMBERS_IN = 0.42
#: Text sizes at the normal text size, in points: titles; tick labels, legends and
#: values; words beside a point.
TITLE_PT = 9.0
LABEL_PT = 7.0
NOTE_PT = 6.5
#: A title too long for two lines of its place is made this much smaller.
TITLE_SHRINK = 0.85
#: matplotlib's default gap between a title and its plot, in points.
TITLE_PAD_PT = 6.0
#: A legend's spacing, in ems of its text (matplotlib's defaults, and the app's choices).
_HANDLE_EM, _HANDLE_PAD_EM, _COLUMN_EM, _BORDER_EM = 1.4, 0.8, 1.2, 0.7


def _figure(theme: ChartTheme, size: tuple[float, float]) -> Figure:
    load()
    from matplotlib.figure import Figure

    return Figure(figsize=size, dpi=100, facecolor=theme.background)


def _size_in(figure: Figure) -> tuple[float, float]:
    width, height = (float(v) for v in figure.get_size_inches())
    return width, height


def _axes_in(axes: Axes) -> tuple[float, float]:
    """The plot's width and height, in inches."""
    dpi = float(axes.figure.dpi)
    return float(axes.bbox.width) / dpi, float(axes.bbox.height) / dpi


def _rect(
    figure: Figure, left: float, right: float, top: float, bottom: float
) -> tuple[float, float, float, float]:
    """An axes rectangle in figure fractions, from margins in inches."""
    width, height = _size_in(figure)
    return (
        left / width,
        bottom / height,
        max(0.05, 1 - (left + right) / width),
        max(0.05, 1 - (top + bottom) / height),
    )


def _axes(figure: Figure, left: float, right: float, top: float, bottom: float) -> Axes:
    return figure.add_axes(_rect(figure, left, right, top, bottom))


def _pt(theme: ChartTheme, points: float) -> float:
    """``points`` at the theme's text size."""
    return points * theme.text_scale


def _grow(theme: ChartTheme, inches: float, points: float = LABEL_PT) -> float:
    """Room (``inches`` at the normal size) for a line of ``points`` text, grown with the text."""
    return inches + (theme.text_scale - 1) * 1.2 * points / 72


def _ticks_in(theme: ChartTheme) -> float:
    """Room for date ticks under a plot."""
    return _grow(theme, TICKS_IN)


def _numbers_in(theme: ChartTheme) -> float:
    """Room for numbers up the left of a plot."""
    return NUMBERS_IN + (theme.text_scale - 1) * _text_in("100", LABEL_PT)


#: How far each character moves the pen at 1 point, in points, by (character, bold).
_ADVANCES: dict[tuple[str, bool], float] = {}


def _advance(char: str, bold: bool) -> float:
    key = (char, bold)
    if key not in _ADVANCES:
        load()
        from matplotlib.font_manager import FontProperties, findfont, get_font
        from matplotlib.ft2font import LoadFlags

        font = get_font(findfont(FontProperties(weight="bold" if bold else "normal")))
        font.set_size(100, 72)
        glyph = font.load_char(ord(char), flags=LoadFlags.NO_HINTING)
        _ADVANCES[key] = glyph.linearHoriAdvance / 65536 / 100
    return _ADVANCES[key]


def _text_in(text: str, points: float, bold: bool = False) -> float:
    """About how wide ``text`` is drawn at ``points`` (its widest line), in inches.

    A little wider than the font's own widths: drawn on screen, glyphs snap to pixels.
    """
    lines = text.split("\n")
    return max(sum(_advance(char, bold) for char in line) for line in lines) * points / 72 * 1.05


def _wrap(text: str, points: float, room_in: float, bold: bool = False) -> str:
    """``text`` broken at spaces into lines no wider than ``room_in``, where words allow."""
    lines: list[str] = []
    for word in text.split():
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and _text_in(joined, points, bold) <= room_in:
            lines[-1] = joined
        else:
            lines.append(word)
    return "\n".join(lines)


@dataclass(frozen=True)
class _Title:
    """A title fitted to its room: its words (maybe in lines), size, and height above a plot."""

    text: str
    points: float
    band: float


def _fit_title(theme: ChartTheme, text: str, room_in: float) -> _Title:
    """``text`` at the title size if it fits ``room_in``, else in two lines, else smaller."""
    full = _pt(theme, TITLE_PT)
    small = full * TITLE_SHRINK
    fitted, points = text, full
    if _text_in(text, full, bold=True) > room_in:
        fitted = _wrap(text, full, room_in, bold=True)
        if fitted.count("\n") > 1 or _text_in(fitted, full, bold=True) > room_in:
            fitted, points = _wrap(text, small, room_in, bold=True), small
    lines = fitted.count("\n") + 1
    needed = (TITLE_PAD_PT + 1.2 * points * lines + 6 * theme.text_scale) / 72
    return _Title(fitted, points, max(TITLE_IN, needed))


def _labels_in(
    labels: Sequence[str],
    theme: ChartTheme,
    points: float | None = None,
    most: float | None = None,
) -> float:
    """Room for a column of labels (their widest line) beside a plot, in inches.

    At most ``most`` inches (1.9 at the normal text size: people's names are cut short).
    """
    size = _pt(theme, LABEL_PT) if points is None else points
    widest = max((_text_in(text, size) for text in labels), default=0.25 * theme.text_scale)
    return min(1.9 * theme.text_scale if most is None else most, 0.15 + widest)


def _rows_pt(theme: ChartTheme, rows: int, height_in: float, lines: int = 1) -> float:
    """The label size for ``rows`` rows of ``lines`` lines in ``height_in``: never crowded."""
    return min(_pt(theme, LABEL_PT), height_in * 72 / max(1, rows * lines * 1.3))


def _thin(
    positions_in: Sequence[float],
    labels: Sequence[str],
    points: float,
    room: tuple[float, float],
    centred: bool = True,
) -> list[int]:
    """Which of ``labels`` (at ``positions_in`` across the figure) fit without touching.

    From the first, each label is kept if it starts clear of the last one kept and lies
    within ``room`` (from and to, in inches across the figure).
    """
    kept: list[int] = []
    end = -math.inf
    for index, (position, text) in enumerate(zip(positions_in, labels, strict=True)):
        width = _text_in(text, points)
        start = position - width / 2 if centred else position
        if start >= max(room[0], end + 0.4 * points / 72) and start + width <= room[1]:
            kept.append(index)
            end = start + width
    return kept


def _across(axes: Axes, values: Sequence[float]) -> tuple[list[float], tuple[float, float]]:
    """Where x ``values`` fall across the figure, in inches, and the figure's width in room."""
    dpi = float(axes.figure.dpi)
    low, high = axes.get_xlim()
    left, width = float(axes.bbox.x0) / dpi, float(axes.bbox.width) / dpi
    positions = [left + (value - low) / (high - low) * width for value in values]
    return positions, (0.03, float(axes.figure.bbox.width) / dpi - 0.03)


def _style(
    axes: Axes, theme: ChartTheme, title: _Title | None = None, grid: str = "y", lead: float = 0
) -> None:
    """The theme's colours and sizes; ``title`` starts ``lead`` inches left of the plot."""
    axes.set_facecolor(theme.background)
    if title is not None:
        axes.set_title(
            title.text,
            fontsize=title.points,
            color=theme.ink,
            loc="left",
            fontweight="bold",
            x=-lead / _axes_in(axes)[0],
        )
    axes.tick_params(
        colors=theme.muted, labelcolor=theme.ink, labelsize=_pt(theme, LABEL_PT), length=3
    )
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(theme.muted)
    if grid:
        axes.grid(axis=grid, color=theme.grid, linewidth=0.6)  # type: ignore[arg-type]  # "x", "y" or "both"
        axes.set_axisbelow(True)


def _empty(axes: Axes, theme: ChartTheme, message: str, title: _Title | None = None) -> None:
    _style(axes, theme, title, grid="")
    axes.set_xticks([])
    axes.set_yticks([])
    for spine in axes.spines.values():
        spine.set_visible(False)
    width, height = _axes_in(axes)
    points = _pt(theme, TITLE_PT)
    words = _wrap(message, points, width - 0.1)
    while points > 6 and (words.count("\n") + 1) * 1.25 * points > height * 72:
        points *= 0.9  # smaller until it fits the space it has
        words = _wrap(message, points, width - 0.1)
    axes.text(
        0.5,
        0.5,
        words,
        ha="center",
        va="center",
        fontsize=points,
        color=theme.muted,
        transform=axes.transAxes,
        parse_math=False,
    )


def _empty_figure(figure: Figure, theme: ChartTheme, message: str, title: str) -> Figure:
    """The whole figure saying why there is nothing to draw."""
    width, _height = _size_in(figure)
    fitted = _fit_title(theme, title, width - 0.4)
    _empty(_axes(figure, 0.2, 0.2, fitted.band, 0.2), theme, message, fitted)
    return figure


def _moment(value: float) -> dt.datetime:
    """A matplotlib date number as a date and time."""
    return dt.datetime(EPOCH.year, EPOCH.month, EPOCH.day) + dt.timedelta(days=value)


def _day_month(day: dt.date) -> str:
    return translate("charts", "{day} {date:%b}").format(day=day.day, date=local_date(day))


def _date_labels(values: Sequence[float]) -> list[str]:
    """Date tick labels as matplotlib's ``ConciseDateFormatter`` writes them, in the language.

    Only what changes between the ticks shows: years; months, with the year at January;
    days, with the month at its first; hours, with the day at midnight.
    """
    moments = [_moment(value) for value in values]
    if len(moments) < 2:
        return [_day_month(moment.date()) for moment in moments]
    parts = [moment.timetuple()[:6] for moment in moments]
    level = next((n for n in range(5, -1, -1) if len({p[n] for p in parts}) > 1), 5)
    labels = []
    for moment in moments:
        if level == 0:
            text = f"{moment:%Y}"
        elif level == 1:
            text = f"{moment:%Y}" if moment.month == 1 else month_name(moment.month, short=True)
        elif level == 2:
            text = month_name(moment.month, short=True) if moment.day == 1 else f"{moment:%d}"
        elif level == 3 and moment.hour == 0:
            text = _day_month(moment.date())
        else:
            text = f"{moment:%H:%M}"
        labels.append(text)
    if level == 2 and all(moment.day != 1 for moment in moments):
        labels[0] = _day_month(moments[0].date())  # days alone would not say which month
    return labels


def _date_formatter(axes: Axes, points: float, spill: float | None) -> Formatter:
    from matplotlib.ticker import Formatter

    class DateNames(Formatter):
        """Dates with the language's month names (matplotlib's own are always English).

        A label that would touch the one before it, or run off the figure (or more than
        ``spill`` inches past the plot's right edge), is left out.
        """

        def __call__(self, x: float, pos: int | None = None) -> str:
            return spoken_date(_moment(x).date())

        def format_ticks(self, values: list[float]) -> list[str]:
            labels = _date_labels(values)
            low, high = sorted(axes.get_xlim())
            shown = [i for i, value in enumerate(values) if low - 1e-6 <= value <= high + 1e-6]
            positions, room = _across(axes, [values[i] for i in shown])
            if spill is not None:
                room = (room[0], min(room[1], float(axes.bbox.x1) / axes.figure.dpi + spill))
            kept = {shown[k] for k in _thin(positions, [labels[i] for i in shown], points, room)}
            return [text if i in kept else "" for i, text in enumerate(labels)]

    return DateNames()


def _date_axis(axes: Axes, theme: ChartTheme, ticks: int = 7, spill: float | None = None) -> None:
    import matplotlib.dates as mdates

    low, high = axes.get_xlim()
    # matplotlib.dates has no annotations for these two.
    if abs(high - low) < 4:  # a day or two: a tick a day, never hours (the data are days)
        locator: Locator = mdates.DayLocator()  # type: ignore[no-untyped-call]
    else:
        auto = mdates.AutoDateLocator(minticks=3, maxticks=ticks)  # type: ignore[no-untyped-call]
        # Two to three years with few ticks: yearly steps of months (matplotlib stops at 6).
        auto.intervald[mdates.MONTHLY] = [1, 2, 3, 4, 6, 12]
        locator = auto
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(_date_formatter(axes, _pt(theme, LABEL_PT), spill))


def _y_ticks(
    axes: Axes, theme: ChartTheme, ticks: Sequence[float], sparse: Sequence[float]
) -> None:
    """``ticks`` up the side, or ``sparse`` where the plot is too short for them all."""
    low, high = axes.get_ylim()
    spacing = _axes_in(axes)[1] * 72 * (ticks[1] - ticks[0]) / abs(high - low)
    axes.set_yticks(list(ticks if spacing >= 1.4 * _pt(theme, LABEL_PT) else sparse))


def _count_axis(axes: Axes, theme: ChartTheme, most: int = 4) -> None:
    """Whole numbers up the side: up to ``most`` steps, fewer where the plot is short."""
    from matplotlib.ticker import MaxNLocator

    steps = int(_axes_in(axes)[1] * 72 / (1.4 * _pt(theme, LABEL_PT)))
    axes.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=max(1, min(most, steps))))


def _day_number(day: dt.date) -> float:
    """A day as matplotlib's date number, without a round trip through numpy."""
    return float((day - EPOCH).days)


def _span_limits(axes: Axes, span: Span) -> None:
    axes.set_xlim(_day_number(span.start) - 0.5, _day_number(span.end) + 0.5)


def _clip(text: str, length: int = 28) -> str:
    """A person's text shortened to fit beside a bar (whole in the summary)."""
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _legend_width(labels: Sequence[str], theme: ChartTheme, ncols: int) -> float:
    """How wide a legend of ``labels`` in ``ncols`` columns is, in inches."""
    points = _pt(theme, LABEL_PT)
    em = points / 72
    count, extra = divmod(len(labels), ncols)
    width, start = 0.0, 0
    for size in [count + 1] * extra + [count] * (ncols - extra):
        column = labels[start : start + size]
        start += size
        width += max((_text_in(t, points) for t in column), default=0.0)
        width += (_HANDLE_EM + _HANDLE_PAD_EM) * em
    return width + (ncols - 1) * _COLUMN_EM * em + 2 * _BORDER_EM * em


def _legend_columns(labels: Sequence[str], theme: ChartTheme, room_in: float, most: int) -> int:
    """The most columns, up to ``most``, a legend of ``labels`` can have in ``room_in``."""
    for ncols in range(min(most, len(labels)), 1, -1):
        if _legend_width(labels, theme, ncols) <= room_in:
            return ncols
    return 1


def _legend_band(theme: ChartTheme, rows: int) -> float:
    """Room for a legend of ``rows`` rows, in inches."""
    return _grow(theme, LEGEND_IN) + (rows - 1) * 1.7 * _pt(theme, LABEL_PT) / 72


def _legend(
    axes: Axes,
    theme: ChartTheme,
    loc: str,
    anchor: tuple[float, float],
    ncols: int = 1,
    markerscale: float = 1.0,
    points: float | None = None,
) -> None:
    options: dict[str, Any] = {"loc": loc, "bbox_to_anchor": anchor, "ncols": ncols}
    axes.legend(
        fontsize=_pt(theme, LABEL_PT) if points is None else points,
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
    points = _rows_pt(theme, len(names), _axes_in(axes)[1])
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
    axes.tick_params(axis="y", length=0, labelsize=points)
    for y, value in zip(ys, values, strict=True):
        axes.annotate(
            value,
            (100, y),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            fontsize=points,
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
        fontsize=_pt(theme, LABEL_PT),
        frameon=False,
        labelcolor=theme.ink,
        handlelength=1.4,
        columnspacing=1.2,
        borderaxespad=0.3,
        **options,
    )


# --- compared with before ------------------------------------------------------------


def _shown(value: float | None) -> str:
    if value is None:
        return "–"
    return number(value, 1) if isinstance(value, float) else str(value)


def compared_figure(
    recent: Period, before: Period, theme: ChartTheme = LIGHT, size: tuple[float, float] = SIZE
) -> Figure:
    """The range beside the same number of days before it, one row per measure.

    Each row has its own scale (days out of the range, mood out of 5, craving out of
    10, urges out of the larger count), so the bars compare before with now.
    """
    figure = _figure(theme, size)
    if not (recent.counts.days or before.counts.days or recent.urges or before.urges):
        return _empty_figure(
            figure,
            theme,
            translate("charts", "Nothing logged in these days or the days before yet."),
            translate("charts", "Compared with before"),
        )
    days = max(recent.span.days, 1)
    urges = float(max(recent.urges, before.urges, 1))
    measures: tuple[tuple[str, float | None, float | None, float], ...] = (
        (
            translate("charts", "Substance-free days (of {days})").format(days=days),
            before.counts.substance_free,
            recent.counts.substance_free,
            float(days),
        ),
        (
            translate("charts", "Days checked in (of {days})").format(days=days),
            before.check_ins,
            recent.check_ins,
            float(days),
        ),
        (translate("charts", "Average mood (of 5)"), before.mean_mood, recent.mean_mood, 5.0),
        (
            translate("charts", "Average craving (of 10)"),
            before.mean_craving,
            recent.mean_craving,
            10.0,
        ),
        (translate("charts", "Urges logged"), before.urges, recent.urges, urges),
        (translate("charts", "Urges that passed"), before.urges_passed, recent.urges_passed, urges),
    )
    then_now = translate("charts", "before {before} · now {now}")
    labels = [
        f"{name}\n" + then_now.format(before=_shown(then), now=_shown(now))
        for name, then, now, _top in measures
    ]
    width, height = _size_in(figure)
    end = recent.span.end
    words = (
        translate("charts", "The day to {day} {end:%b %Y}, and the day before")
        if recent.span.days == 1
        else translate("charts", "The {count} days to {day} {end:%b %Y}, and the {before} before")
    ).format(count=recent.span.days, day=end.day, end=local_date(end), before=before.span.days)
    legend = [translate("charts", "Before"), translate("charts", "Now")]
    room = width - 0.2 - _legend_width(legend, theme, 2)
    most = 0.55 * width  # our own words, never cut short
    title = _fit_title(theme, words, room - _labels_in(labels, theme, most=most))
    # A title too long for one line over the bars runs over the rows' names too.
    leads = "\n" in title.text or title.points < _pt(theme, TITLE_PT)
    title = _fit_title(theme, words, room - 0.15) if leads else title
    points = _rows_pt(theme, len(measures), height - title.band - 0.15, lines=2)
    left = _labels_in(labels, theme, points, most)
    axes = _axes(figure, left, 0.2, title.band + 0.05, 0.1)
    _style(axes, theme, title, grid="", lead=left - 0.15 if leads else 0)
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
        label=legend[0],
    )
    axes.barh([r - 0.19 for r in rows], now_share, height=0.36, color=theme.free, label=legend[1])
    axes.set_yticks(list(rows), labels)
    axes.tick_params(axis="y", length=0, labelsize=points)
    axes.set_xlim(0, 100)
    axes.set_xticks([])
    axes.spines["bottom"].set_visible(False)
    axes.spines["left"].set_visible(False)
    axes.set_ylim(-0.5, len(measures) - 0.5)
    _legend(axes, theme, "lower right", (1, 1), 2)
    return figure


# --- substance-free days -------------------------------------------------------------

_STATUS_CODE = {DayStatus.FREE: 1, DayStatus.NO_CHECK_IN: 2, DayStatus.SLIP: 3}
_STATUSES = (DayStatus.FREE, DayStatus.NO_CHECK_IN, DayStatus.SLIP)


def _status_cmap(theme: ChartTheme) -> object:
    from matplotlib.colors import ListedColormap

    return ListedColormap([theme.background, theme.free, theme.no_check_in, theme.slip])


def _status_legend(
    axes: Axes,
    theme: ChartTheme,
    mark: str,
    ncols: int,
    anchor: tuple[float, float],
    points: float,
) -> None:
    from matplotlib.lines import Line2D

    def square(color: str) -> Line2D:
        return Line2D([], [], marker="s", markersize=8, color=color, linestyle="none")

    handles = [square(theme.free), square(theme.no_check_in), square(theme.slip)]
    crossed = Line2D([], [], marker="x", markersize=5, color=mark, linestyle="none")
    axes.legend(
        [handles[0], handles[1], (handles[2], crossed)],
        [label(status) for status in _STATUSES],
        loc="upper left",
        bbox_to_anchor=anchor,
        ncols=ncols,
        fontsize=points,
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
    words = translate("charts", "Substance-free days")
    if series.start is None or not series.indices(span):
        return _empty_figure(
            figure,
            theme,
            translate("charts", "The calendar fills in from the first check-in."),
            words,
        )
    width, height = _size_in(figure)
    weekly = span.days <= 371
    sides = (
        [day_name(d, short=True) for d in (1, 3, 5, 7)]
        if weekly
        else [str(y) for y in range(span.start.year, span.end.year + 1)]
    )
    left, right = max(0.45, _labels_in(sides, theme) + 0.05), 0.2
    title = _fit_title(theme, words, width - left - right)
    names = [label(status) for status in _STATUSES]
    ncols = _legend_columns(names, theme, width - left, 3)
    legend_in = _legend_band(theme, math.ceil(len(names) / ncols))
    top = title.band + _grow(theme, 0.22)
    runs_in = _grow(theme, RUNS_TITLE_IN, 8) + RUNS_IN + _ticks_in(theme) + 0.1
    # In a short figure the legend's rows would leave the days no room: smaller words,
    # though never smaller than at the normal text size.
    full = points = _pt(theme, LABEL_PT)
    spare = height - top - runs_in - 0.5
    if legend_in > spare:
        points = max(LABEL_PT, full * spare / legend_in)
        legend_in *= points / full
    room_w, room_h = width - left - right, max(0.5, height - top - runs_in - legend_in)
    beside = False  # the legend beside the calendar rather than under it
    if weekly:
        first_monday = span.start - dt.timedelta(days=span.start.weekday())
        weeks = (span.end - first_monday).days // 7 + 1
        cell = min(room_w / weeks, room_h / 7, 0.42)  # square days, at most 1 cm
        # Where the legend's rows squeeze the days (large text, long words), it goes beside.
        beside_w, beside_h = _legend_width(names, theme, 1) + 0.1, _legend_band(theme, 3)
        tall = height - top - runs_in - 0.05
        cell_beside = min((room_w - beside_w) / weeks, tall / 7, 0.42)
        beside = cell_beside > 1.25 * cell
        if beside:
            cell = cell_beside
            points = max(min(LABEL_PT, full), full * min(1.0, tall / beside_h))
            beside_h *= points / full
        grid_w, grid_h = weeks * cell, 7 * cell
    else:
        grid_w, grid_h = room_w, min(room_h, 0.3 * (span.end.year - span.start.year + 1))
    axes = figure.add_axes(_box(figure, left, top, grid_w, grid_h))
    _style(axes, theme, title, grid="")
    if weekly:
        mark = _week_grid(axes, series, span, theme)
    else:
        mark = _year_rows(axes, series, span, theme)
    axes.tick_params(length=0)
    for spine in axes.spines.values():
        spine.set_visible(False)
    if beside:
        _status_legend(axes, theme, mark, 1, (1.0 + 0.05 / grid_w, 1.0), points)
        block = max(grid_h, beside_h) + 0.05
    else:
        _status_legend(axes, theme, mark, ncols, (0, -0.01), points)
        block = grid_h + legend_in
    runs_top = min(top + block, height - runs_in) + _grow(theme, RUNS_TITLE_IN, 8)
    runs_axes = figure.add_axes(_box(figure, left, runs_top, room_w, RUNS_IN))
    _runs_strip(runs_axes, series, span, theme, width)
    return figure


def _box(
    figure: Figure, left: float, top: float, width: float, height: float
) -> tuple[float, float, float, float]:
    """An axes rectangle in figure fractions, from its place and size in inches."""
    figure_w, figure_h = _size_in(figure)
    return (left / figure_w, 1 - (top + height) / figure_h, width / figure_w, height / figure_h)


def _runs_strip(
    axes: Axes, series: DailySeries, span: Span, theme: ChartTheme, figure_width: float
) -> None:
    _style(axes, theme, grid="")
    axes.set_title(
        translate("charts", "Runs between slips"),
        fontsize=_pt(theme, 8),
        color=theme.ink,
        loc="left",
        pad=3,
    )
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
        current = runs[-1][2].days
        labelled.append(
            (
                runs[-1],
                plural(
                    current,
                    translate("charts", "current run: {count} day"),
                    translate("charts", "current run: {count} days"),
                ),
            )
        )
    if longest is not None and (not labelled or longest is not labelled[0][0]):
        here = (longest[1] - longest[0]).days + 1
        labelled.append(
            (
                longest,
                plural(
                    here,
                    translate("charts", "longest here: {count} day"),
                    translate("charts", "longest here: {count} days"),
                ),
            )
        )
    points = _pt(theme, NOTE_PT)
    for (first, last, _run), words in labelled:
        if ((last - first).days + 1) * per_day < _text_in(words, points) + 0.1:
            continue  # too narrow to hold its words (the summary gives them)
        middle = _day_number(first) + (last - first).days / 2
        axes.text(
            middle, 0.5, words, ha="center", va="center", fontsize=points, color=theme.on_free
        )
    axes.set_ylim(0, 1)
    axes.set_yticks([])
    axes.spines["left"].set_visible(False)
    _span_limits(axes, span)
    _date_axis(axes, theme)


def _set_x_labels(
    axes: Axes,
    ticks: Sequence[float],
    labels: Sequence[str],
    points: float,
    centred: bool = True,
) -> None:
    """Labels along the x axis (its limits set), leaving out any that would touch or spill."""
    positions, room = _across(axes, ticks)
    kept = _thin(positions, labels, points, room, centred)
    axes.set_xticks(
        [ticks[i] for i in kept], [labels[i] for i in kept], ha="center" if centred else "left"
    )


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
    axes.set_yticks(
        [r + 0.5 for r in (0, 2, 4, 6)], [day_name(r + 1, short=True) for r in (0, 2, 4, 6)]
    )
    ticks: list[float] = []
    labels: list[str] = []
    for column in range(weeks):
        monday = first_monday + dt.timedelta(days=7 * column)
        if weeks <= 6:  # a month: every week by its Monday, the month named when it changes
            ticks.append(column + 0.5)
            new_month = column == 0 or monday.day <= 7
            labels.append(_day_month(monday) if new_month else str(monday.day))
            continue
        sunday = monday + dt.timedelta(days=6)
        first = sunday.replace(day=1)
        if monday <= first:  # a month's name starts over its first week
            ticks.append(column)
            labels.append(
                translate("charts", "{date:%b %Y}").format(date=local_date(first))
                if first.month == 1 or not labels
                else month_name(first.month, short=True)
            )
    _set_x_labels(axes, ticks, labels, _pt(theme, LABEL_PT), centred=weeks <= 6)
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
    months = [month_name(m, short=True) for m in range(1, 13)]
    axes.set_xlim(-0.5, 365.5)
    _set_x_labels(axes, month_starts, months, _pt(theme, LABEL_PT), centred=False)
    axes.set_ylim(len(years) - 0.5, -0.5)
    axes.xaxis.tick_top()
    return theme.ink


# --- recovery strength ---------------------------------------------------------------


def _marker_style(marker: Marker, theme: ChartTheme) -> tuple[str, str]:
    if marker.kind is MarkerKind.RECOGNITION:
        return "*", theme.recognition
    return "D", theme.milestone


def _marker_name(kind: MarkerKind) -> str:
    if kind is MarkerKind.RECOGNITION:
        return translate("charts", "Recognition")
    return translate("charts", "Milestone")


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
    words = translate("charts", "Recovery strength (out of 100)")
    indices = series.indices(span)
    if not indices:
        return _empty_figure(
            figure,
            theme,
            translate("charts", "Recovery strength starts with the first check-in."),
            words,
        )
    width, _height = _size_in(figure)
    left = _numbers_in(theme)
    slips = [i - indices.start for i in indices if series.status[i] is DayStatus.SLIP]
    kinds = {m.kind for m in markers}
    names = [translate("charts", "Recovery strength")]
    names += [translate("charts", "A slip")] if slips else []
    names += [_marker_name(k) for k in (MarkerKind.MILESTONE, MarkerKind.RECOGNITION) if k in kinds]
    ncols = _legend_columns(names, theme, width - left, 4)
    title = _fit_title(theme, words, width - left - 0.2)
    below = _ticks_in(theme) + _legend_band(theme, math.ceil(len(names) / ncols))
    axes = _axes(figure, left, 0.2, title.band + 0.05, below)
    _style(axes, theme, title)
    x = _day_number(series.day(indices[0])) + np.arange(len(indices))
    y = 100 * np.asarray(series.strength[indices.start : indices.stop])
    axes.fill_between(x, 0, y, color=theme.free, alpha=0.18, linewidth=0)
    axes.plot(x, y, color=theme.free, linewidth=1.8, label=names[0])
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
            label=names[1],
        )
    _draw_markers(axes, markers, span, theme, 106, width)
    axes.set_ylim(0, 112)
    _y_ticks(axes, theme, [0, 25, 50, 75, 100], [0, 50, 100])
    _span_limits(axes, span)
    _date_axis(axes, theme)
    _legend_below(axes, theme, figure, ncols)
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
        fontsize=_pt(theme, NOTE_PT),
        color=theme.ink,
        bbox={"boxstyle": "square,pad=0.15", "facecolor": theme.background, "edgecolor": "none",
              "alpha": 0.85},
        parse_math=False,
        annotation_clip=False,
    )  # fmt: skip


def _label_gap(
    words: Sequence[str], axes: Axes, span: Span, figure_width: float, theme: ChartTheme
) -> float:
    """Days two labels must be apart not to overlap, whichever way each is turned."""
    widest = max((_text_in(w, _pt(theme, NOTE_PT)) for w in words), default=0.0) + 0.1
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
    for kind in (MarkerKind.MILESTONE, MarkerKind.RECOGNITION):
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
            label=_marker_name(kind),
            clip_on=False,
        )
    latest = sorted(markers, key=lambda m: m.day, reverse=True)
    words = [_clip(m.label, 26) for m in latest]
    gap = _label_gap(words, axes, span, figure_width, theme)
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
        return _empty_figure(
            figure,
            theme,
            translate("charts", "Mood and craving come from the daily check-in."),
            translate("charts", "Mood and craving"),
        )
    width, height = _size_in(figure)
    left = _numbers_in(theme)
    bottom = _ticks_in(theme)
    long = span.days > LONG_RANGE
    each = translate("charts", "Each day")
    average_name = (
        translate("charts", "30-day average") if long else translate("charts", "7-day average")
    )
    legend_in = _legend_width([each, average_name], theme, 2)
    mood_title = _fit_title(
        theme, translate("charts", "Mood (1–5)"), width - left - 0.2 - legend_in
    )
    craving_title = _fit_title(theme, translate("charts", "Craving (0–10)"), width - left - 0.2)
    gap = craving_title.band + 0.1
    plot_h = max(0.1, (height - mood_title.band - bottom - gap) / 2)
    spec = figure.add_gridspec(
        2,
        1,
        **_grid_margins(figure, left, 0.2, mood_title.band, bottom),
        hspace=max(0.35, gap / plot_h),
    )
    mood_axes = figure.add_subplot(spec[0])
    craving_axes = figure.add_subplot(spec[1], sharex=mood_axes)
    x = _day_number(series.day(indices[0])) + np.arange(len(indices))
    window = slice(indices.start, indices.stop)
    point_size, point_alpha = (2.0, 0.35) if len(indices) > 200 else (4.0, 0.6)
    mood_avg = series.mood_avg_month if long else series.mood_avg
    craving_avg = series.craving_avg_month if long else series.craving_avg
    rows = (
        (mood_axes, series.mood, mood_avg, theme.mood, "o", mood_title, 1, 5, 1, (1, 3, 5)),
        (
            craving_axes,
            series.craving,
            craving_avg,
            theme.craving,
            "s",
            craving_title,
            0,
            10,
            2,
            (0, 5, 10),
        ),
    )
    for axes, values, average, color, shape, title, low, top, step, sparse in rows:
        _style(axes, theme, title)
        axes.plot(
            x,
            _nan(values[window]),
            linestyle="none",
            marker=shape,
            color=color,
            markeredgewidth=0,
            markersize=point_size,
            alpha=point_alpha,
            label=each,
        )
        axes.plot(x, _nan(average[window]), color=color, linewidth=1.8, label=average_name)
        axes.set_ylim(low - 0.4, top + 0.4 + (2.2 if top == 10 else 0))
        _y_ticks(axes, theme, range(low, top + 1, step), sparse)
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
        gap_days = _label_gap(words, craving_axes, span, width, theme)
        for index in _spaced([p.day for p in strongest], gap_days, 3):
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


_URGES_PER = {
    Bin.WEEK: QT_TRANSLATE_NOOP("charts", "Urges per week, by kind of trigger"),
    Bin.MONTH: QT_TRANSLATE_NOOP("charts", "Urges per month, by kind of trigger"),
    Bin.QUARTER: QT_TRANSLATE_NOOP("charts", "Urges per quarter, by kind of trigger"),
}


def triggers_figure(
    view: TriggerView, theme: ChartTheme = LIGHT, size: tuple[float, float] = SIZE
) -> Figure:
    """Urges per week (or month) by kind; the top triggers; weekday and time of day."""
    figure = _figure(theme, size)
    if not view.urges:
        return _empty_figure(
            figure,
            theme,
            translate("charts", "No urges logged in this range."),
            translate("charts", "Triggers"),
        )
    names = [_clip(name, 24) for name, _count in view.top]
    kinds = [name for name, _c in view.by_category]
    width, height = _size_in(figure)
    left = _numbers_in(theme)
    ticks = _ticks_in(theme) - 0.05
    top_title = _fit_title(theme, translate("charts", _URGES_PER[view.size]), width - left - 0.1)

    middle = width * 0.56
    names_in = _labels_in(names, theme)
    days = [day_name(d, short=True) for d in range(1, 8)]
    pattern_left = middle + max(0.35, _labels_in(days, theme, _pt(theme, NOTE_PT)))
    came = _fit_title(theme, translate("charts", "Came up most"), pattern_left - names_in - 0.15)
    when = _fit_title(
        theme,
        translate("charts", "When urges came (darker: more)")
        if theme.heat == "Blues"
        else translate("charts", "When urges came (brighter: more)"),
        width - pattern_left - 0.1,
    )
    band = max(came.band, when.band)
    bottom = _grow(theme, 0.48, NOTE_PT + LABEL_PT)  # the hours and their caption
    # The upper and lower plots share the height evenly, whatever their titles take. The
    # legend runs down beside the bars and their dates, in smaller words if it must; the
    # upper plot grows to keep it at the normal text size, up to 65% of the height (on a
    # very short canvas the words shrink below that).
    rows = (1.7 * len(kinds) + 1.4) / 72  # the legend's height per point of text
    split = (height + top_title.band + ticks - band - bottom) / 2
    split = max(split, top_title.band + rows * LABEL_PT)
    split = min(max(split, 0.35 * height), 0.65 * height)
    points = min(_pt(theme, LABEL_PT), (split - top_title.band) / rows)

    legend_in = _legend_width(kinds, theme, 1) + 0.1
    top_rect = _rect(figure, left, legend_in, top_title.band, height - split + ticks)
    _category_bars(figure.add_axes(top_rect), view, theme, top_title, points)
    left_rect = _rect(figure, names_in, width - middle + 0.35, split + band, _grow(theme, 0.3))
    _top_triggers(figure.add_axes(left_rect), view, names, theme, came)
    right_rect = _rect(figure, pattern_left, 0.2, split + band, bottom)
    _time_pattern(figure.add_axes(right_rect), view, theme, when, days)
    return figure


def _category_bars(
    axes: Axes, view: TriggerView, theme: ChartTheme, title: _Title, points: float
) -> None:

    _style(axes, theme, title)
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
    _count_axis(axes, theme)
    _date_axis(axes, theme, ticks=8, spill=0.05)  # the legend is beside
    _legend(axes, theme, "upper left", (1.0, 1.02), 1, points=points)


def _top_triggers(
    axes: Axes, view: TriggerView, names: Sequence[str], theme: ChartTheme, title: _Title
) -> None:
    from matplotlib.ticker import MaxNLocator

    if not view.top:
        _empty(axes, theme, translate("charts", "No triggers named with these urges."), title)
        return
    _style(axes, theme, title, grid="x")
    counts = [count for _name, count in view.top][::-1]
    axes.barh(range(len(counts)), counts, color=theme.series[0], height=0.65)
    axes.set_yticks(range(len(counts)), list(names)[::-1], parse_math=False)
    axes.tick_params(axis="y", length=0, labelsize=_rows_pt(theme, len(counts), _axes_in(axes)[1]))
    axes.set_xlim(0, max(counts) * 1.05)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=3))


def _time_pattern(
    axes: Axes, view: TriggerView, theme: ChartTheme, title: _Title, days: Sequence[str]
) -> None:
    import numpy as np

    _style(axes, theme, title, grid="")
    points = _pt(theme, NOTE_PT)
    grid = np.asarray(view.by_time, dtype=float)
    axes.imshow(grid, cmap=theme.heat, aspect="auto", vmin=0, vmax=max(1.0, float(grid.max())))
    hours = [f"{b * BLOCK_HOURS:02d}" for b in range(BLOCKS)]  # each over its block's start
    _set_x_labels(axes, [b - 0.5 for b in range(BLOCKS)], hours, points, centred=False)
    room = max(1, int(_axes_in(axes)[1] * 72 / (1.3 * points)))  # rows of labels that fit
    rows = range(0, 7, math.ceil(7 / room)) if room > 1 else range(1)  # every other day…
    axes.set_yticks(list(rows), [days[r] for r in rows])
    axes.tick_params(length=0, labelsize=points)
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.set_xlabel(
        translate("charts", "Hour of the day"),
        fontsize=_pt(theme, LABEL_PT),
        color=theme.muted,
        labelpad=1,
    )


# --- coping --------------------------------------------------------------------------


def coping_figure(
    results: Sequence[CopingResult],
    theme: ChartTheme = LIGHT,
    size: tuple[float, float] = SIZE,
    limit: int = 8,
) -> Figure:
    """For each strategy: the share of urges that passed when it was used (solid), out of all."""
    figure = _figure(theme, size)
    words = translate("charts", "Coping that works: how often the urge passed when it was used")
    if not results:
        return _empty_figure(
            figure,
            theme,
            translate("charts", "No coping strategies noted with urges in this range."),
            words,
        )
    shown = list(results[:limit])[::-1]
    names = [_clip(r.name, 30) for r in shown]
    values = [
        translate("charts", "{passed} of {used}").format(passed=r.passed, used=r.used)
        for r in shown
    ]
    legend = (
        translate("charts", "The urge passed"),
        translate("charts", "It did not pass that time"),
    )
    width, _height = _size_in(figure)
    left = _labels_in(names, theme)
    right = max(0.75, _labels_in(values, theme) + 0.1)
    ncols = _legend_columns(legend, theme, width - left, 2)
    title = _fit_title(theme, words, width - left - 0.1)
    below = _ticks_in(theme) + _legend_band(theme, math.ceil(len(legend) / ncols))
    axes = _axes(figure, left, right, title.band, below)
    _style(axes, theme, title, grid="x")
    _share_rows(axes, names, [100 * r.share for r in shown], values, theme, legend=legend)
    axes.set_xlim(0, 100)
    axes.set_xticks([0, 25, 50, 75, 100], [_percent(p) for p in (0, 25, 50, 75, 100)])
    _legend_below(axes, theme, figure, ncols)
    return figure


def _percent(value: int) -> str:
    return translate("charts", "{percent}%").format(percent=value)


# --- goals ---------------------------------------------------------------------------

_GOALS_PER = {
    Bin.WEEK: QT_TRANSLATE_NOOP("charts", "Goals completed per week"),
    Bin.MONTH: QT_TRANSLATE_NOOP("charts", "Goals completed per month"),
    Bin.QUARTER: QT_TRANSLATE_NOOP("charts", "Goals completed per quarter"),
}


def goals_figure(
    view: GoalsView, theme: ChartTheme = LIGHT, size: tuple[float, float] = SIZE
) -> Figure:
    """Goals completed per month, active goals' steps, self-assessment over time."""
    figure = _figure(theme, size)
    width, height = _size_in(figure)
    half = height / 2
    middle = width * 0.42
    left = _numbers_in(theme)
    bars = [bar for bar in view.active if bar.total][::-1]
    names = [_clip(bar.title, 30) for bar in bars]
    values = [f"{b.done}/{b.total}" for b in bars]
    names_in = _labels_in(names, theme)
    done_title = _fit_title(theme, translate("charts", _GOALS_PER[view.size]), middle - left)
    steps_title = _fit_title(
        theme, translate("charts", "Active goals: steps done"), width - middle - names_in - 0.1
    )
    band = max(done_title.band, steps_title.band)

    done_axes = figure.add_axes(
        _rect(figure, left, width - middle + 0.2, band, half + _ticks_in(theme))
    )
    if view.completed_total:
        _style(done_axes, theme, done_title)
        xs = [_day_number(start) for start in view.bins]
        widths = [0.8 * _bin_days(start, view.size) for start in view.bins]
        done_axes.bar(xs, view.completed, width=widths, align="edge", color=theme.milestone)
        done_axes.set_xlim(xs[0], _day_number(next_bin(view.bins[-1], view.size)))
        _count_axis(done_axes, theme)
        _date_axis(done_axes, theme, ticks=5)
    else:
        _empty(
            done_axes, theme, translate("charts", "No goals completed in this range."), done_title
        )

    right = max(0.45, _labels_in(values, theme) + 0.1)
    steps_axes = figure.add_axes(
        _rect(figure, middle + names_in, right, band, half + _grow(theme, 0.2))
    )
    if bars:
        _style(steps_axes, theme, steps_title, grid="x")
        _share_rows(steps_axes, names, [100 * bar.done / bar.total for bar in bars], values, theme)
        steps_axes.set_xlim(0, 100)
        steps_axes.set_xticks([0, 50, 100], [_percent(p) for p in (0, 50, 100)])
    else:
        message = (
            translate("charts", "Active goals have no steps yet.")
            if view.active_count
            else translate("charts", "No active goals.")
        )
        _empty(steps_axes, theme, message, steps_title)

    line_title = _fit_title(
        theme, translate("charts", "Self-assessment: average answer (1–6)"), width - left - 0.2
    )
    line_axes = figure.add_axes(_rect(figure, left, 0.2, half + line_title.band, _ticks_in(theme)))
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
        _y_ticks(line_axes, theme, range(1, 7, 1), (2, 4, 6))
        _span_limits(line_axes, view.span)
        _date_axis(line_axes, theme)
    else:
        _empty(
            line_axes, theme, translate("charts", "No self-assessments in this range."), line_title
        )
    return figure
