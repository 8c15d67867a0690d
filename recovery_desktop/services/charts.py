"""Charts as matplotlib ``Figure`` objects (never pyplot), for screen and print.

matplotlib is imported inside each function: it costs start-up time the app must not pay.
Colours come from a palette readable by people with colour-vision deficiency.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Okabe–Ito palette: distinguishable with every common colour-vision deficiency.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
INK = "#333333"


def weekly_urges_figure(weekly: list[tuple[dt.date, int]], width_in: float = 6.5) -> Figure:
    """Urges logged per week, as bars."""
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
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
