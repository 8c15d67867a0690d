"""The Progress tab: a chart on a canvas with its summary, the range kept, saving, warnings."""

import datetime as dt
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from recovery_desktop import settings as opts
from recovery_desktop.domain.checkins import CheckIn, UseStatus
from recovery_desktop.domain.progress import RangeChoice, RangeKind
from recovery_desktop.domain.triggers import Encounter, Trigger
from recovery_desktop.services import checkins
from recovery_desktop.services.progress import Chart
from recovery_desktop.settings import Settings
from recovery_desktop.storage.repositories import Records
from tests.ui.growth_support import TODAY, days_ago, open_workspace
from tests.ui.support import (
    activate,
    clipped_labels,
    nameless_controls,
    shoot,
    unreachable_by_tab,
)


@pytest.fixture
def filled(vault):
    """Three weeks of check-ins with a lapse, and an urge with a trigger named in markup."""
    days = [
        CheckIn(day=days_ago(n), mood=4, craving=8 if n == 9 else 2, use=UseStatus.FREE)
        for n in range(1, 22)
        if n != 9
    ]
    days.append(CheckIn(day=days_ago(9), craving=8, use=UseStatus.LAPSE))
    pub = Trigger(name="<b>The pub</b>")
    Records(vault).save_many(
        [*days, pub, Encounter(occurred_at=_evening(9), trigger_ids=(pub.id,))]
    )
    return vault


def _evening(n):
    return dt.datetime.combine(days_ago(n), dt.time(12), dt.UTC)


@pytest.fixture
def workspace(qtbot, filled, vault_folder, data_dir):
    yield from open_workspace(qtbot, filled, vault_folder, data_dir)


def _show(workspace):
    tab = workspace.progress_tab
    workspace.window.tabs.setCurrentWidget(tab)
    return tab


def test_the_tab_shows_a_chart_on_a_canvas_with_its_summary(workspace):
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    tab = _show(workspace)
    assert workspace.window.page("Progress") is tab
    assert isinstance(tab.canvas, FigureCanvasQTAgg) and tab.canvas.isVisible()
    assert tab.chart is Chart.COMPARED and tab.title.text() == "Compared with before"
    view = tab.current_view()
    assert tab.summary.text() == view.summary
    assert tab.summary.textFormat() == Qt.TextFormat.PlainText
    assert "20 days of 21 counted were substance-free" in tab.summary.text()
    assert tab.canvas.accessibleDescription() == view.summary
    (axes,) = tab.canvas.figure.axes
    labels = [t.get_text() for t in axes.get_yticklabels()]
    assert "Substance-free days (of 30)\nbefore 0 · now 20" in labels
    tab.select_chart(Chart.DAYS)
    assert tab.title.text() == "Substance-free days"
    assert tab.canvas.figure.axes[0].get_title(loc="left") == "Substance-free days"
    assert "1 slip day" in tab.summary.text()


def test_the_range_is_kept_between_sessions(qtbot, workspace, vault_folder, data_dir):
    tab = _show(workspace)
    year = tab.range_combo.findData(RangeKind.YEAR.value)
    tab.range_combo.setFocus()
    tab.range_combo.setCurrentIndex(year)
    assert Settings.in_folder(data_dir).get(opts.PROGRESS_RANGE) == "1y"
    assert tab.span.days == 365 and tab.range_combo.currentText() == "Last 12 months"
    assert not tab.from_date.isVisibleTo(tab)
    chosen = RangeChoice(RangeKind.CUSTOM, days_ago(14), days_ago(7))
    tab.set_range(chosen)
    assert tab.from_date.isVisibleTo(tab) and tab.to_date.isVisibleTo(tab)
    assert Settings.in_folder(data_dir).get(opts.PROGRESS_RANGE) == chosen.to_text()
    assert tab.summary.text().startswith(f"From {days_ago(14).day} ")
    workspace.close()
    again = next(open_workspace(qtbot, workspace.vault, vault_folder, data_dir))
    assert again.progress_tab.choice == chosen
    assert again.progress_tab.range_combo.currentData() == RangeKind.CUSTOM.value
    again.close()


def test_a_chart_is_saved_as_svg_or_png(workspace, monkeypatch, tmp_path):
    tab = _show(workspace)
    tab.select_chart(Chart.MOOD)
    target = tmp_path / "saved" / "our chart"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "SVG image (*.svg)")
    )
    tab.save_button.click()
    saved = target.with_name("our chart.svg")
    assert saved.read_bytes().startswith(b"<?xml")
    assert saved.stat().st_mode & 0o777 == 0o600
    assert workspace.window.statusBar().currentMessage() == "Saved our chart.svg."
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    tab.save_button.click()  # cancelled: nothing happens
    assert list(saved.parent.iterdir()) == [saved]


def test_early_warnings_are_gentle_prompts_naming_their_rule(qtbot, vault, vault_folder, data_dir):
    Records(vault).save_many([CheckIn(day=days_ago(6))])
    workspace = next(open_workspace(qtbot, vault, vault_folder, data_dir))
    tab = _show(workspace)
    (prompt,) = [
        label
        for label in tab.findChildren(type(tab.summary))
        if label.accessibleName().startswith("Early warning:")
    ]
    assert prompt.accessibleName() == "Early warning: Check-ins missed for several days"
    assert prompt.text().startswith("Check-ins missed for several days: no check-in since")
    assert "talk through with your mentor" in prompt.text()
    assert prompt.textFormat() == Qt.TextFormat.PlainText
    assert prompt.toolTip().startswith("The rule: No check-in for 3 days or more")
    workspace.close()


def test_a_new_check_in_redraws_the_chart(workspace):
    tab = _show(workspace)
    before = tab.canvas
    _saved, changes = checkins.save_day(workspace.vault, CheckIn(day=TODAY, mood=5), TODAY)
    workspace.bus.changed.emit(changes)
    assert tab.canvas is not before
    assert "21 days of 22 counted were substance-free" in tab.summary.text()


def test_opening_the_workspace_does_not_import_matplotlib():
    code = (
        "import sys, recovery_desktop.ui.workspace; "
        "sys.exit(any(m.split('.')[0] == 'matplotlib' for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_every_control_is_named_reachable_and_unclipped(qtbot, filled, vault_folder, data_dir):
    Records(filled).save_many([CheckIn(day=days_ago(n), lonely=True) for n in range(1, 5)])
    workspace = next(open_workspace(qtbot, filled, vault_folder, data_dir))
    tab = _show(workspace)
    tab.set_range(RangeChoice(RangeKind.CUSTOM, days_ago(20), TODAY))  # the dates show too
    window = workspace.window
    activate(window)
    tab.picker.setFocus()
    assert [w.accessibleName() for w in (tab.picker, tab.range_combo, tab.from_date)] == [
        "Charts",
        "Range",
        "Range from",
    ]
    assert nameless_controls(window) == []
    assert unreachable_by_tab(window) == []
    assert clipped_labels(window) == []
    shoot(window, "progress-tab-custom-range")
    workspace.close()


def test_chart_text_follows_the_text_size(workspace):
    from PySide6.QtWidgets import QApplication

    from recovery_desktop.ui.text_size import TextSize, apply_text_size

    def legend_size():
        (axes,) = tab.canvas.figure.axes
        return axes.get_legend().get_texts()[0].get_fontsize()

    tab = _show(workspace)
    assert tab.theme().text_scale == 1.0
    normal, before = legend_size(), tab.canvas
    try:
        apply_text_size(TextSize.LARGEST)
        QApplication.processEvents()
        assert tab.theme().text_scale == 1.5
        assert tab.canvas is not before  # drawn again in the larger text
        assert legend_size() == pytest.approx(1.5 * normal)
    finally:
        apply_text_size(TextSize.NORMAL)
    QApplication.processEvents()
    assert legend_size() == pytest.approx(normal)
