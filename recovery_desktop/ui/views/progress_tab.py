"""The Progress tab: one chart at a time, its summary beside it, and gentle early warnings.

A picker on the left chooses the chart; the range (30 days, 90 days, a year, all of it,
or chosen dates) is remembered in the settings. The vault is read once per change to
the data, in the background where a runner allows, and each chart is then sliced from
that by range. matplotlib's Qt canvas is imported only when a chart is first drawn;
the session warms the import in the background after start-up.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from recovery_desktop import settings as opts
from recovery_desktop.domain.progress import Progress, RangeChoice, RangeKind, Span
from recovery_desktop.domain.progress_signals import EarlySignal
from recovery_desktop.services import charts
from recovery_desktop.services import progress as progress_service
from recovery_desktop.services.changes import Changes
from recovery_desktop.services.progress import Chart, ChartView
from recovery_desktop.settings import Settings
from recovery_desktop.ui.deferred import DeferredRefresh
from recovery_desktop.ui.editing import Editor
from recovery_desktop.ui.errors import show_error
from recovery_desktop.ui.i18n import core, enum_label
from recovery_desktop.ui.tasks import InlineTaskRunner, Runner
from recovery_desktop.ui.text_size import emphasise, text_scale
from recovery_desktop.ui.theme import is_dark
from recovery_desktop.ui.widgets.basics import plain_label, scrolling, two_panes

#: After start-up, read the data in the background this long after the tab is built.
PREFETCH_MS = 1500
#: Redraw this long after the canvas stops changing size.
RESIZE_MS = 200
#: A chart saved as a file is this size, in inches, in the light theme.
SAVED_SIZE = (8.0, 4.5)
#: Screen pixels per inch the figures are laid out for (the canvas scales for HiDPI).
DPI = 100

#: How many drawn charts are kept, ready to show again.
KEPT_CANVASES = 6
#: After this long without a change of chart or range, the other ranges are drawn ahead.
AHEAD_MS = 700
#: The ranges drawn ahead, so a change of range shows at once.
AHEAD = (RangeKind.LAST_30, RangeKind.LAST_90, RangeKind.YEAR, RangeKind.ALL)

_FILTERS = QT_TRANSLATE_NOOP("ProgressTab", "PNG image (*.png);;SVG image (*.svg)")

#: What a canvas shows: chart, days, size in pixels, and theme (colours and text size).
CanvasKey = tuple[Chart, Span, tuple[int, int], charts.ChartTheme]


def _to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


#: The canvas that shows a figure in a Qt widget (imported when the first chart is drawn).
QT_CANVAS_MODULE = "matplotlib.backends.backend_qtagg"


class ProgressTab(QWidget):
    """Charts the pair can read together, each with a plain-text summary."""

    def __init__(
        self,
        editor: Editor,
        settings: Settings,
        runner: Runner | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        zone: dt.tzinfo | None = None,
        prefetch_ms: int | None = PREFETCH_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.settings = settings
        self.runner: Runner = runner or InlineTaskRunner()
        self.today = today
        self.zone = zone
        self.setAccessibleName(self.tr("Progress"))
        #: What the charts draw on (None until first read).
        self.progress: Progress | None = None
        self.signals: list[EarlySignal] = []
        self._version = 0  # goes up with each change to the data the charts show
        self._loaded_version = -1
        self._loading = False
        self._views: dict[tuple[Chart, Span], ChartView] = {}
        #: Canvases drawn lately, by what they show, the one on screen last: going back to
        #: a range or chart seen a moment ago shows its picture again without redrawing.
        self._canvases: OrderedDict[CanvasKey, QWidget] = OrderedDict()
        self._drawn: CanvasKey | None = None
        #: The chart canvas on screen (a FigureCanvasQTAgg), once a chart is drawn.
        self.canvas: QWidget | None = None
        self.choice = RangeChoice.from_text(settings.get(opts.PROGRESS_RANGE))
        self._build()
        self._connect()
        self.deferred_refresh = DeferredRefresh(self, self.refresh)
        self.editor.bus.changed.connect(self._on_data_changed)
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.timeout.connect(self._prefetch)
        if prefetch_ms is not None:
            self._prefetch_timer.start(prefetch_ms)

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.picker = QListWidget(self)
        self.picker.setAccessibleName(self.tr("Charts"))
        for chart in Chart:
            item = QListWidgetItem(enum_label(chart), self.picker)
            item.setData(Qt.ItemDataRole.UserRole, chart.value)
            item.setToolTip(core("Chart", chart.description))
        self.picker.setCurrentRow(0)
        rows = self.picker.sizeHintForRow(0) * self.picker.count()
        self.picker.setFixedHeight(rows + 2 * self.picker.frameWidth() + 4)

        self.range_combo = QComboBox(self)
        self.range_combo.setAccessibleName(self.tr("Range"))
        for kind in RangeKind:
            self.range_combo.addItem(enum_label(kind), kind.value)
        self.range_combo.setCurrentIndex(self.range_combo.findData(self.choice.kind.value))
        self.from_date = QDateEdit(self)
        self.to_date = QDateEdit(self)
        for edit, name in (
            (self.from_date, self.tr("Range from")),
            (self.to_date, self.tr("Range to")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
        self.save_button = QPushButton(self.tr("&Save chart as a picture…"), self)
        self.save_button.setAccessibleName(self.tr("Save this chart as a PNG or SVG picture"))
        self.save_button.setToolTip(self.tr("Saved in light colours, ready to print or share."))

        self.signals_heading = plain_label(self.tr("Worth talking about with your mentor"), self)
        font = self.signals_heading.font()
        font.setBold(True)
        self.signals_heading.setFont(font)
        self.signals_heading.setToolTip(
            self.tr(
                "Simple rules look at the last few weeks. Each prompt names the rule that fired."
            )
        )
        self.signals_box = QVBoxLayout()
        self.signals_box.setSpacing(6)
        self.signals_note = plain_label(
            self.tr("These are simple rules, not a diagnosis: a prompt to talk, nothing more."),
            self,
        )
        self.signals_note.setEnabled(False)

        self.title = plain_label("", self)
        emphasise(self.title, 1.2)
        self.title.setAccessibleName(self.tr("Chart"))
        self.chart_area = QWidget(self)
        self.chart_area.setMinimumSize(280, 160)  # the window's other tabs set its minimum
        self.chart_layout = QVBoxLayout(self.chart_area)
        self.chart_layout.setSpacing(0)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.waiting = plain_label("", self.chart_area)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_layout.addWidget(self.waiting)
        self.summary = plain_label("", self)
        self.summary.setAccessibleName(self.tr("Chart summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setMargin(6)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # A fixed height, scrolling if need be: a longer summary must not shrink the chart,
        # or every chart drawn ahead for another range would be the wrong size.
        self.summary_scroll = QScrollArea(self)
        self.summary_scroll.setWidgetResizable(True)
        self.summary_scroll.setWidget(self.summary)
        self.summary_scroll.setAccessibleName(self.tr("Chart summary"))
        lines = self.summary.fontMetrics().lineSpacing()
        self.summary_scroll.setFixedHeight(4 * lines + 2 * 6 + 2 * self.summary_scroll.frameWidth())

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        range_label = QLabel(self.tr("&Range:"), self)
        range_label.setBuddy(self.range_combo)
        form.addRow(range_label, self.range_combo)
        self.from_label = QLabel(self.tr("&From:"), self)
        self.from_label.setBuddy(self.from_date)
        self.to_label = QLabel(self.tr("&To:"), self)
        self.to_label.setBuddy(self.to_date)
        form.addRow(self.from_label, self.from_date)
        form.addRow(self.to_label, self.to_date)
        self._show_dates(self.choice.kind is RangeKind.CUSTOM)

        left = QWidget(self)
        column = QVBoxLayout(left)
        picker_label = QLabel(self.tr("C&hart:"), self)
        picker_label.setBuddy(self.picker)
        column.addWidget(picker_label)
        column.addWidget(self.picker)
        column.addLayout(form)
        column.addWidget(self.save_button)
        column.addSpacing(10)
        column.addWidget(self.signals_heading)
        column.addLayout(self.signals_box)
        column.addWidget(self.signals_note)
        column.addStretch(1)
        scroll = scrolling(left, self.tr("Chart choices and early warnings"), self)
        scroll.setMinimumWidth(220)

        right = QWidget(self)
        right_column = QVBoxLayout(right)
        self._right_layout = right_column
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.title)
        right_column.addWidget(self.chart_area, 1)
        right_column.addWidget(self.summary_scroll)
        splitter = two_panes(self, scroll, right, (0, 1))
        splitter.setSizes([270, 730])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.picker.currentRowChanged.connect(self._on_picker_row_changed)
        self.range_combo.currentIndexChanged.connect(self._on_range_combo_changed)
        self._dates_timer = QTimer(self)
        self._dates_timer.setSingleShot(True)
        self._dates_timer.setInterval(300)  # typing a date redraws once, not per key
        self._dates_timer.timeout.connect(self._on_dates_settled)
        self.from_date.dateChanged.connect(self._dates_timer.start)
        self.to_date.dateChanged.connect(self._dates_timer.start)
        self.save_button.clicked.connect(self.save_chart)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_MS)
        self._resize_timer.timeout.connect(self._on_resized)
        self._ahead_timer = QTimer(self)
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.timeout.connect(self._draw_ahead)
        self.chart_area.installEventFilter(self)

    def _show_dates(self, on: bool) -> None:
        for widget in (self.from_label, self.from_date, self.to_label, self.to_date):
            widget.setVisible(on)

    # --- state -------------------------------------------------------------------------

    @property
    def chart(self) -> Chart:
        """The chart chosen in the picker."""
        item = self.picker.currentItem()
        return Chart(item.data(Qt.ItemDataRole.UserRole)) if item is not None else Chart.COMPARED

    @property
    def span(self) -> Span | None:
        """The days the chosen range covers (None before the data is read)."""
        if self.progress is None:
            return None
        return progress_service.span_for(self.progress, self.choice)

    def current_view(self) -> ChartView | None:
        """The chart on show: its summary and figure builder."""
        span = self.span
        if self.progress is None or span is None:
            return None
        key = (self.chart, span)
        if key not in self._views:
            if len(self._views) > 64:  # many custom ranges tried: start afresh
                self._views.clear()
            self._views[key] = progress_service.view(self.progress, self.chart, span)
        return self._views[key]

    def theme(self) -> charts.ChartTheme:
        """Light or dark colours, after the window's palette (as ``ui.theme`` set it).

        Chart text follows the app's text size.
        """
        window = self.palette().color(QPalette.ColorRole.Window)
        if not is_dark(self.palette()):
            return dataclasses.replace(charts.LIGHT, text_scale=text_scale())
        return dataclasses.replace(charts.DARK, background=window.name(), text_scale=text_scale())

    # --- data --------------------------------------------------------------------------

    def _stale(self) -> bool:
        return (
            self.progress is None
            or self._loaded_version != self._version
            or self.progress.today != self.today()
        )

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches(*progress_service.AREAS):
            self._version += 1
            if not self.isVisible():
                self._prefetch_timer.start(PREFETCH_MS)  # fresh before the tab is opened
        self.deferred_refresh(changes)

    def refresh(self, changes: Changes) -> None:
        """Read the data again if ``changes`` touched what the charts show."""
        if changes.touches(*progress_service.AREAS) and self._stale():
            self.load()

    def _prefetch(self) -> None:
        if self._stale():
            self.load()

    def load(self) -> None:
        """Read the vault (in the background with a task runner) and redraw when done."""
        vault = self.editor.vault
        if self._loading or not vault.is_open:
            return
        self._loading = True
        version, today, zone = self._version, self.today(), self.zone
        if self.progress is None:
            self.waiting.setText(self.tr("Reading your progress…"))

        def job() -> tuple[Progress, list[EarlySignal]]:
            progress = progress_service.load(vault, today, zone)
            return progress, progress_service.signals(progress)

        self.runner.run(
            job,
            lambda result: self._on_loaded(version, result),
            self._on_load_failed,
        )

    def _on_loaded(self, version: int, result: tuple[Progress, list[EarlySignal]]) -> None:
        if not isValid(self):
            return  # the workspace was locked meanwhile
        self._loading = False
        self.progress, self.signals = result
        self._loaded_version = version
        self._views.clear()
        self._forget_canvases()
        self._show_signals()
        if self.isVisible():
            self.draw()
            if self._stale():
                self.load()  # it changed again while it was being read
        else:
            QTimer.singleShot(0, self, self._draw_hidden)

    def _on_load_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._loading = False
        self.waiting.setText(self.tr("The charts could not be drawn just now."))
        show_error(self, error, self.tr("Progress"))

    def showEvent(self, event: QShowEvent) -> None:
        """Draw on first show; read the data first if it changed (or the day did)."""
        super().showEvent(event)
        if self._stale():
            self.load()
        else:
            self.draw()

    # --- drawing -----------------------------------------------------------------------

    def _canvas_size(self) -> tuple[int, int]:
        return self.chart_area.width(), self.chart_area.height()

    def _key(self, view: ChartView, theme: charts.ChartTheme) -> CanvasKey:
        return (view.chart, view.span, self._canvas_size(), theme)

    def draw(self) -> None:
        """Show the chosen chart for the chosen range (at once if it was drawn lately)."""
        view = self.current_view()
        if view is None:
            return
        self.title.setText(enum_label(view.chart))
        self.summary.setText(view.summary)
        # A hidden scroll area hears nothing of its label's new height, and would cut off
        # a summary longer than the last one (drawn ahead, or in larger text): tell it now.
        QCoreApplication.sendEvent(self.summary_scroll, QEvent(QEvent.Type.LayoutRequest))
        self._right_layout.activate()  # the summary's height settles the chart's size now
        theme = self.theme()
        key = self._key(view, theme)
        if key != self._drawn or self.canvas is None:
            canvas = self._canvases.get(key) or self._new_canvas(view, theme, key)
            self._show_canvas(canvas)
            self._drawn = key
        self._canvases.move_to_end(key)
        self._ahead_timer.start(AHEAD_MS)

    def _new_canvas(self, view: ChartView, theme: charts.ChartTheme, key: CanvasKey) -> QWidget:
        charts.load(QT_CANVAS_MODULE)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        width, height = key[2]
        small = width < 200 or height < 150  # not laid out yet
        size = charts.SIZE if small else (width / DPI, height / DPI)
        canvas = FigureCanvasQTAgg(view.figure(theme, size))
        canvas.setParent(self.chart_area)
        canvas.hide()
        canvas.resize(width, height)
        canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: nothing to operate
        canvas.setAccessibleName(enum_label(view.chart))
        canvas.setAccessibleDescription(view.summary)
        canvas.setToolTip(core("Chart", view.chart.description))
        self._canvases[key] = canvas
        while len(self._canvases) > KEPT_CANVASES:
            oldest = next((k for k, c in self._canvases.items() if c is not self.canvas), None)
            if oldest is None:
                break
            self._canvases.pop(oldest).deleteLater()  # never the one on screen
        return canvas

    def _show_canvas(self, canvas: QWidget) -> None:
        if self.canvas is canvas:
            return
        if self.canvas is not None:
            self.chart_layout.removeWidget(self.canvas)
            self.canvas.hide()
        self.waiting.hide()
        self.chart_layout.addWidget(canvas)
        canvas.show()
        self.canvas = canvas

    def _forget_canvases(self) -> None:
        """Drop every drawn picture (the data changed); the one on screen until replaced."""
        for canvas in self._canvases.values():
            if canvas is not self.canvas:
                canvas.deleteLater()
        self._canvases.clear()
        self._drawn = None

    def _draw_hidden(self) -> None:
        """Draw the chart the tab will open on while it is hidden, so it opens at once.

        The tab takes the size of the page on show now and is laid out, then the chart's
        canvas is rendered (``grab`` delivers a hidden widget's pending resizes and paints
        it); on show nothing changes size, and the picture is simply shown.
        """
        stack = self.parentWidget()
        if self.isVisible() or not isinstance(stack, QStackedWidget):
            return
        current = stack.currentWidget()
        if current is None or current is self or not current.isVisible():
            return
        self.setGeometry(current.geometry())
        self.grab()  # lays the hidden page out: Qt delivers its pending resizes to render it
        self.draw()
        self._ahead_timer.stop()
        if self.canvas is not None:
            self.canvas.grab()

    def _draw_ahead(self) -> None:
        """While the person reads, draw this chart for the other ranges, one at a time."""
        if not self.isVisible() or self.progress is None:
            return
        theme = self.theme()
        for kind in AHEAD:
            span = progress_service.span_for(self.progress, RangeChoice(kind))
            key = (self.chart, span, self._canvas_size(), theme)
            if key in self._canvases:
                continue
            view = self._views.get((self.chart, span))
            if view is None:
                view = self._views[(self.chart, span)] = progress_service.view(
                    self.progress, self.chart, span
                )
            canvas = self._new_canvas(view, theme, key)
            canvas.grab()  # renders it, hidden
            self._canvases.move_to_end(self._drawn or key)  # the one on screen stays newest
            self._ahead_timer.start(50)  # the next one after pending events
            return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Redraw at the new size once the chart area stops changing size."""
        resized = watched is self.chart_area and event.type() == QEvent.Type.Resize
        if resized and self._drawn is not None:
            self._resize_timer.start()
        return super().eventFilter(watched, event)

    def _on_resized(self) -> None:
        if self.isVisible() and self._drawn is not None and self._drawn[2] != self._canvas_size():
            self.draw()

    def changeEvent(self, event: QEvent) -> None:
        """A light or dark palette change, or a new text size, redraws to match."""
        super().changeEvent(event)
        changes = (QEvent.Type.PaletteChange, QEvent.Type.FontChange)
        if event.type() in changes and self.isVisible():
            self.draw()

    def _show_signals(self) -> None:
        while self.signals_box.count():
            item = self.signals_box.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        if not self.signals:
            quiet = plain_label(self.tr("None of the early-warning rules applies right now."), self)
            quiet.setAccessibleName(self.tr("Early warnings"))
            self.signals_box.addWidget(quiet)
            return
        for signal in self.signals:
            label = plain_label(signal.prompt, self)
            label.setAccessibleName(
                self.tr("Early warning: {rule}").format(rule=enum_label(signal.rule))
            )
            label.setToolTip(self.tr("The rule: {rule}").format(rule=signal.rule.explanation))
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setMargin(6)
            self.signals_box.addWidget(label)

    # --- choices -----------------------------------------------------------------------

    def _on_picker_row_changed(self, _row: int) -> None:
        if self.isVisible():
            self.draw()

    def _on_range_combo_changed(self, _index: int) -> None:
        kind = RangeKind(self.range_combo.currentData())
        if kind is RangeKind.CUSTOM:
            span = self.span
            start = self.choice.start or (span.start if span else self.today())
            end = self.choice.end or (span.end if span else self.today())
            for edit, day in ((self.from_date, start), (self.to_date, end)):
                edit.blockSignals(True)
                edit.setDate(_to_qdate(day))
                edit.blockSignals(False)
            self._set_choice(RangeChoice(kind, start, end))
        else:
            self._set_choice(RangeChoice(kind))
        self._show_dates(kind is RangeKind.CUSTOM)

    def _on_dates_settled(self) -> None:
        first, last = _to_date(self.from_date.date()), _to_date(self.to_date.date())
        self._set_choice(RangeChoice(RangeKind.CUSTOM, min(first, last), max(first, last)))

    def _set_choice(self, choice: RangeChoice) -> None:
        self.choice = choice
        self.settings.set(opts.PROGRESS_RANGE, choice.to_text())
        if self.isVisible():
            self.draw()

    def set_range(self, choice: RangeChoice) -> None:
        """Choose a range as the controls would (tests and keyboard shortcuts)."""
        if choice.kind is RangeKind.CUSTOM and choice.start and choice.end:
            self.choice = choice
            for edit, day in ((self.from_date, choice.start), (self.to_date, choice.end)):
                edit.blockSignals(True)
                edit.setDate(_to_qdate(day))
                edit.blockSignals(False)
        self.range_combo.setCurrentIndex(self.range_combo.findData(choice.kind.value))
        if choice.kind is RangeKind.CUSTOM:
            self._on_dates_settled()

    def select_chart(self, chart: Chart) -> None:
        """Show ``chart`` as if picked from the list."""
        self.picker.setCurrentRow(list(Chart).index(chart))

    # --- saving ------------------------------------------------------------------------

    def save_chart(self) -> None:
        """Ask where, then write the chart as PNG or SVG (atomically, owner-only)."""
        view = self.current_view()
        if view is None:
            return
        suggested = Path.home() / f"progress-{view.chart.value}-{view.span.end:%Y-%m-%d}.png"
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), str(suggested), self.tr(_FILTERS)
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in charts.FORMATS:
            path = Path(f"{name}.svg" if "svg" in chosen.lower() else f"{name}.png")
        try:
            charts.save_figure(view.figure(charts.LIGHT, SAVED_SIZE), path, view.summary)
        except Exception as error:  # noqa: BLE001 - shown to the person; nothing is lost
            show_error(self, error, self.tr("Saving the chart"))
            return
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("Saved {name}.").format(name=path.name), 6000)
