"""One measured session, in its own process: unlock, each tab's first paint, the chart, memory.

Usage: ``python -m bench.probe_session FOLDER`` with the vault's data key (hex) on stdin.
Prints one JSON object on its last line of output.

The unlock goes through the real unlock dialog and task runner, with the vault's key in
place of the passphrase (so the KDF, measured on its own, is left out): the clock runs
from the Unlock click to the main window's first paint. Then, each time after the window
has been idle for at least a second (its background work done), a tab is made current
and timed to its first paint: the Progress tab first (its chart, the range combo and a
chart not drawn yet), then every other tab in the tab bar's order. Peak memory (VmHWM)
is read once the chart has been shown, and again at the end.

``BENCH_PROFILE=unlock`` (or ``progress``, ``tab:Triggers``...) writes a pyinstrument
profile of that step to stderr.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject  # after choosing the platform
from PySide6.QtWidgets import QApplication, QWidget

#: Quiet time before each measured switch.
IDLE_S = 1.0
#: Give up on a paint after this long.
TIMEOUT_S = 60.0
CANVAS_CLASS = "FigureCanvasQTAgg"


def peak_rss_mib() -> float:
    """The process's peak resident set (VmHWM), in MiB."""
    return _status_mib("VmHWM:")


def rss_mib() -> float:
    """The process's resident set now (VmRSS), in MiB."""
    return _status_mib("VmRSS:")


def _status_mib(field: str) -> float:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1]) / 1024
    import resource  # no /proc: the peak is all getrusage knows (KiB on Linux)

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class PaintWatch(QObject):
    """Notes the time of the first paint of a widget that ``wanted`` accepts."""

    def __init__(self, app: QApplication, wanted: Callable[[QWidget], bool]) -> None:
        super().__init__()
        self.wanted = wanted
        self.at: float | None = None
        self._app = app
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.at is None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and self.wanted(watched)
        ):
            self.at = time.perf_counter()
        return False

    def wait(self, start: float) -> float:
        """Process events until painted; seconds since ``start``."""
        while self.at is None:
            self._app.processEvents()
            if time.perf_counter() - start > TIMEOUT_S:
                raise TimeoutError("no paint")
        self._app.removeEventFilter(self)
        return self.at - start


def in_page(widget: QWidget, page: QWidget) -> bool:
    """Whether ``widget`` is the tab page or inside it (whichever Qt paints first)."""
    return widget is page or page.isAncestorOf(widget)


def timed_paint(app: QApplication, wanted: Callable[[QWidget], bool], action: Callable) -> float:
    """Seconds from ``action()`` to the first paint of a widget ``wanted`` accepts."""
    watch = PaintWatch(app, wanted)
    start = time.perf_counter()
    action()
    return watch.wait(start)


def settle(app: QApplication, busy: Callable[[], bool], seconds: float = IDLE_S) -> None:
    """Process events until nothing ran in the background for ``seconds``."""
    quiet_since = time.perf_counter()
    while True:
        app.processEvents()
        now = time.perf_counter()
        if busy():
            quiet_since = now
        elif now - quiet_since >= seconds:
            return
        time.sleep(0.005)


class Profiling:
    """A pyinstrument profile of one step, when BENCH_PROFILE names it."""

    def __init__(self, step: str) -> None:
        self.on = os.environ.get("BENCH_PROFILE") == step
        if self.on:
            from pyinstrument import Profiler

            self.profiler = Profiler(interval=0.0005)

    def __enter__(self) -> Profiling:
        if self.on:
            self.profiler.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.on:
            self.profiler.stop()
            text = self.profiler.output_text(unicode=False, color=False, time="percent_of_total")
            print(text, file=sys.stderr)


def main() -> None:
    import importlib

    from recovery_desktop.app import make_application
    from recovery_desktop.settings import Settings
    from recovery_desktop.storage.folder import VaultFolder
    from recovery_desktop.ui.session import CHARTS_MODULES, WORKSPACE_MODULE, SessionController
    from recovery_desktop.ui.tasks import TaskRunner

    data_dir = Path(sys.argv[1])
    key = bytes.fromhex(sys.stdin.readline().strip())
    result: dict[str, object] = {}
    app = make_application()
    folder = VaultFolder.acquire(data_dir)
    runner = TaskRunner(app)
    controller = SessionController(folder, Settings.in_folder(data_dir), runner)

    # The unlock dialog, as the person sees it; the app imports the workspace meanwhile.
    timed_paint(app, lambda w: w.isWindow(), controller.start)
    importlib.import_module(WORKSPACE_MODULE)
    dialog = controller.unlock_dialog
    assert dialog is not None
    folder.unlock = lambda _secret: folder.unlock_with_key(key)  # the KDF is measured apart
    dialog.passphrase.edit.setText("typed")
    settle(app, lambda: False, 0.2)
    rss = {"unlock_dialog": rss_mib()}

    def ready(widget: QWidget) -> bool:
        return widget.isWindow() and widget is controller.window

    with Profiling("unlock"):
        result["unlock_to_ready_s"] = timed_paint(app, ready, dialog.unlock_button.click)
    workspace = controller.workspace
    assert workspace is not None
    window = workspace.window
    rss["ready"] = rss_mib()

    def busy() -> bool:
        charts_loading = not all(name in sys.modules for name in CHARTS_MODULES)
        return runner.busy or charts_loading

    tabs = window.tabs
    pages = {tabs.widget(i).accessibleName(): tabs.widget(i) for i in range(tabs.count())}
    shown_first = tabs.currentWidget().accessibleName()
    first_paint: dict[str, float] = {}

    # Progress first: the tab, then its chart (drawn ahead while hidden, or on show).
    progress = workspace.progress_tab

    def on_progress_canvas(widget: QWidget) -> bool:
        return (
            type(widget).__name__ == CANVAS_CLASS
            and widget.isVisible()  # a hidden canvas is painted when drawn ahead
            and progress.isAncestorOf(widget)
        )

    settle(app, busy)
    rss["settled"] = rss_mib()  # the chart modules imported, the progress read ahead
    chart_watch = PaintWatch(app, on_progress_canvas)
    tab_watch = PaintWatch(app, lambda w: in_page(w, progress))
    with Profiling("progress"):
        start = time.perf_counter()
        tabs.setCurrentWidget(progress)
        first_paint["Progress"] = tab_watch.wait(start)
        result["chart_first_paint_s"] = chart_watch.wait(start)

    # The range combo, after a pause (the chart's other ranges are drawn ahead meanwhile).
    combo = progress.range_combo
    redraws = []
    for _ in range(3):
        settle(app, busy)
        index = (combo.currentIndex() + 1) % 4  # the four fixed ranges, not "custom"
        redraws.append(
            timed_paint(app, on_progress_canvas, lambda i=index: combo.setCurrentIndex(i))
        )
    result["chart_redraw_s"] = redraws

    # A chart not drawn yet: its figure is built and rendered on the spot.
    switches = []
    for row in (1,):
        settle(app, busy)
        switches.append(
            timed_paint(app, on_progress_canvas, lambda r=row: progress.picker.setCurrentRow(r))
        )
    result["chart_switch_s"] = switches
    settle(app, busy)
    result["peak_rss_mib"] = peak_rss_mib()
    rss["chart_shown"] = rss_mib()

    for name, page in pages.items():
        if name in ("Progress", shown_first):
            continue
        settle(app, busy)
        with Profiling(f"tab:{name}"):
            first_paint[name] = timed_paint(
                app, lambda w, p=page: in_page(w, p), lambda p=page: tabs.setCurrentWidget(p)
            )
    settle(app, busy)
    first = pages[shown_first]
    # Shown at unlock (its first paint is in unlock_to_ready): this is a return to it.
    first_paint[shown_first] = timed_paint(
        app, lambda w: in_page(w, first), lambda: tabs.setCurrentWidget(first)
    )
    result["tab_first_paint_s"] = first_paint
    result["tab_shown_at_unlock"] = shown_first
    settle(app, busy)
    result["peak_rss_all_tabs_mib"] = peak_rss_mib()
    rss["all_tabs"] = rss_mib()
    result["rss_steps_mib"] = rss
    controller.quit()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
    os._exit(0)  # skip tearing down Qt and the interpreter: nothing is left to save
