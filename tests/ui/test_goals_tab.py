"""The Goals tab: a goal kept with its steps, progress, an adjustment and completion."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from recovery_desktop.domain.goals import Goal, GoalStatus, GoalUpdate, Horizon, UpdateKind
from recovery_desktop.services import goals as goal_service
from recovery_desktop.services import records
from recovery_desktop.ui.dialogs.celebration_dialog import CelebrationDialog
from recovery_desktop.ui.models.goal_table_models import COL_DUE_STATE
from recovery_desktop.ui.models.record_table_model import RECORD_ROLE
from tests.ui.growth_support import TODAY, days_ago, open_workspace


@pytest.fixture
def workspace(qtbot, vault, vault_folder, data_dir):
    ws = next(gen := open_workspace(qtbot, vault, vault_folder, data_dir))
    ws.window.tabs.setCurrentWidget(ws.growth.goals_tab)
    yield ws
    next(gen, None)


def _tab(workspace):
    return workspace.growth.goals_tab


def _shown(tab):
    proxy = tab.proxy
    return [proxy.index(row, 0).data(RECORD_ROLE).title for row in range(proxy.rowCount())]


def test_keep_a_goal_with_steps_progress_an_adjustment_and_done(qtbot, workspace):
    tab = _tab(workspace)
    vault = workspace.vault
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = workspace.editor.dialog
    qtbot.keyClicks(dialog.editors["title"], "Walk <i>after</i> work")
    qtbot.keyClicks(dialog.editors["why"], "Evenings are the hard part")
    qtbot.keyClicks(dialog.editors["target"], "30 minutes")
    dialog.editors["steps"].setPlainText("Shoes by the door\nPick a quiet route")
    dialog._on_save_clicked()
    [goal] = records.all_of(vault, Goal)
    assert goal.title == "Walk <i>after</i> work" and goal.status is GoalStatus.ACTIVE
    assert tab.detail_title.text() == "Walk <i>after</i> work"  # plain text, shown as typed
    assert tab.detail_title.textFormat() == Qt.TextFormat.PlainText
    # Tick the first step.
    assert tab.steps.count() == 2
    tab.steps.item(0).setCheckState(Qt.CheckState.Checked)
    assert records.all_of(vault, Goal)[0].steps == "[x] Shoes by the door\n[ ] Pick a quiet route"
    # Note progress.
    tab.progress_button.click()
    dialog = workspace.editor.dialog
    qtbot.keyClicks(dialog.editors["note"], "Walked three evenings")
    dialog._on_save_clicked()
    assert tab.update_model.rowCount() == 1
    assert tab.update_model.index(0, 2).data() == "Walked three evenings"
    # Adjust: the why is asked for, and kept with what changed.
    tab.adjust_button.click()
    adjust = tab.adjust_dialog
    adjust.editors["target"].setText("15 minutes")
    adjust._on_save_clicked()
    assert adjust.reason_problem.isVisible() and adjust.isVisible()
    qtbot.keyClicks(adjust.reason, "New shifts; shorter walks keep it going")
    adjust._on_save_clicked()
    goal = records.all_of(vault, Goal)[0]
    assert goal.target == "15 minutes"
    kinds = {u.kind: u for u in goal_service.updates(vault, goal.id)}
    adjusted, progress = kinds[UpdateKind.ADJUSTMENT], kinds[UpdateKind.PROGRESS]
    assert adjusted.changed == "Target: 30 minutes → 15 minutes"
    assert adjusted.why == "New shifts; shorter walks keep it going"
    assert progress.note == "Walked three evenings"
    assert "Why: New shifts" in tab.update_model.index(0, 2).data()
    # Undo takes back the adjustment in one step: the goal and its update.
    workspace.window.undo_stack.undo()
    assert records.all_of(vault, Goal)[0].target == "30 minutes"
    assert [u.kind for u in records.all_of(vault, GoalUpdate)] == [UpdateKind.PROGRESS]
    workspace.window.undo_stack.redo()
    # Done: the first goal completed is celebrated.
    tab.done_button.click()
    done = records.all_of(vault, Goal)[0]
    assert done.status is GoalStatus.DONE and done.done_on == TODAY
    dialog = workspace.growth.watcher.dialog
    assert isinstance(dialog, CelebrationDialog) and "first goal" in dialog.text.text()


def test_overdue_and_due_this_week_at_a_glance_and_the_filters(qtbot, workspace):
    vault = workspace.vault
    for title, due, horizon, status in (
        ("Late one", days_ago(2), Horizon.WEEKLY, GoalStatus.ACTIVE),
        ("Soon one", TODAY + dt.timedelta(days=3), Horizon.DAILY, GoalStatus.ACTIVE),
        ("Later one", TODAY + dt.timedelta(days=40), Horizon.MILESTONE, GoalStatus.PROPOSED),
        ("On hold", days_ago(30), Horizon.WEEKLY, GoalStatus.PAUSED),
        ("Finished", days_ago(30), Horizon.WEEKLY, GoalStatus.DONE),
    ):
        records.save(vault, Goal(title=title, due=due, horizon=horizon, status=status))
    workspace.bus.changed.emit(records.changes_for(Goal))
    tab = _tab(workspace)
    assert tab.at_a_glance.text() == "1 overdue · 1 due this week (of 4 open goals)"
    assert _shown(tab) == ["Late one", "Soon one", "Later one", "On hold"]  # open goals
    row = tab.model.row_of(next(g.id for g in records.all_of(vault, Goal) if g.title == "Late one"))
    late = tab.model.index(row, COL_DUE_STATE)
    assert late.data() == "Overdue" and late.data(Qt.ItemDataRole.FontRole).bold()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("pressing"))
    assert _shown(tab) == ["Late one", "Soon one"]
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(None))
    tab.horizon_filter.setCurrentIndex(tab.horizon_filter.findData(Horizon.WEEKLY))
    assert sorted(_shown(tab)) == ["Finished", "Late one", "On hold"]
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(GoalStatus.DONE))
    assert _shown(tab) == ["Finished"]
    workspace.window.find_action.trigger()
    assert workspace.window.focusWidget() is tab.search


def test_deleting_a_goal_can_be_undone(qtbot, workspace):
    goal, changes = records.save(workspace.vault, Goal(title="Read a chapter"))
    workspace.bus.changed.emit(changes)
    tab = _tab(workspace)
    tab.table.select_record(goal.id)
    tab.delete_button.click()
    assert records.all_of(workspace.vault, Goal) == []
    workspace.window.undo_stack.undo()
    assert [g.title for g in records.all_of(workspace.vault, Goal)] == ["Read a chapter"]


def test_adjusting_a_goal_to_done_dates_it_and_says_so(qtbot, workspace):
    goal, changes = records.save(workspace.vault, Goal(title="Ninety days", due=TODAY))
    workspace.bus.changed.emit(changes)
    tab = _tab(workspace)
    tab.table.select_record(goal.id)
    tab.adjust_button.click()
    adjust = tab.adjust_dialog
    status = adjust.editors["status"]
    status.setCurrentIndex(status.findData(GoalStatus.DONE))
    qtbot.keyClicks(adjust.reason, "Reached it early")
    adjust._on_save_clicked()
    [done] = records.all_of(workspace.vault, Goal)
    assert done.status is GoalStatus.DONE and done.done_on == TODAY
    [update] = goal_service.updates(workspace.vault, goal.id)
    assert update.changed == "Status: Active → Done"
