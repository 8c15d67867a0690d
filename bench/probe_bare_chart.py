"""Baseline for memory: a bare PySide6 window showing one matplotlib figure.

Usage: ``python -m bench.probe_bare_chart``. Prints JSON with the peak resident set (MiB)
once the figure is painted.
"""

from __future__ import annotations

import json
import math
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure
    from PySide6.QtWidgets import QApplication, QMainWindow

    from bench.probe_session import PaintWatch, peak_rss_mib

    app = QApplication([])
    figure = Figure(figsize=(7.3, 5.2), dpi=100)
    axes = figure.add_subplot()
    days = list(range(365))
    axes.plot(days, [3 + math.sin(day / 9) for day in days], label="mood")
    axes.set_title("A year of mood")
    axes.legend()
    window = QMainWindow()
    canvas = FigureCanvasQTAgg(figure)
    window.setCentralWidget(canvas)
    window.resize(1000, 700)
    watch = PaintWatch(app, lambda widget: widget is canvas)
    start = time.perf_counter()
    window.show()
    watch.wait(start)
    print(json.dumps({"peak_rss_mib": peak_rss_mib()}))


if __name__ == "__main__":
    main()
    os._exit(0)
