"""The Check-in tab: daily check-ins, past days with their audit, slips, milestones."""

import pytest
from PySide6.QtCore import Qt

from recovery_desktop.domain.checkins import AuditAction, CheckIn, UseStatus
from recovery_desktop.domain.plan import PlanSection
from recovery_desktop.services import checkins, milestones, records
from recovery_desktop.services import plan as plan_service
from recovery_desktop.ui.dialogs.celebration_dialog import CelebrationDialog
from recovery_desktop.ui.recovery_words import record_text
from recovery_desktop.ui.widgets.checkin_form import to_qdate
from tests.ui.growth_support import TODAY, days_ago, open_workspace

UNKIND = ("reset", "zero", "start over", "starting over", "fail", "ruin", "wasted", "back to day")


@pytest.fixture
def workspace(qtbot, vault, vault_folder, data_dir):
    yield from open_workspace(qtbot, vault, vault_folder, data_dir)


def _tab(workspace):
    return workspace.growth.checkin_tab


def test_the_window_opens_on_the_check_in_tab(workspace):
    assert workspace.window.tabs.currentWidget() is _tab(workspace)


def test_uneventful_day_is_one_click_and_celebrated_once(qtbot, workspace):
    tab = _tab(workspace)
    assert tab.form.uneventful_button.isEnabled()
    qtbot.mouseClick(tab.form.uneventful_button, Qt.MouseButton.LeftButton)
    saved = checkins.for_day(workspace.vault, TODAY)
    assert saved is not None and saved.use is UseStatus.FREE and saved.mood == 3
    assert not tab.form.uneventful_button.isEnabled()  # one check-in per day
    assert tab.headline.text().startswith("1 day substance-free")
    # The first day is a milestone, celebrated once, warmly and in plain words.
    dialog = workspace.growth.watcher.dialog
    assert isinstance(dialog, CelebrationDialog) and dialog.isVisible()
    assert "first substance-free day" in dialog.text.text()
    assert dialog.text.textFormat() == Qt.TextFormat.PlainText
    dialog.accept()
    workspace.growth.watcher.dialog = None
    tab.form.note.setPlainText("a quiet day")
    tab.form.save_button.click()  # another change to today: nothing new to celebrate
    assert workspace.growth.watcher.dialog is None
    assert [m.celebrated for m in milestones.milestones(workspace.vault)] == [True]
    # Undo takes today's check-in back step by step, and the form follows.
    workspace.window.tabs.setFocus()
    workspace.window.undo_stack.undo()
    assert checkins.for_day(workspace.vault, TODAY).note == ""
    assert tab.form.note.toPlainText() == ""
    workspace.window.undo_stack.undo()
    assert checkins.for_day(workspace.vault, TODAY) is None


def test_a_day_checked_in_by_keyboard(qtbot, workspace):
    form = _tab(workspace).form
    form.mood.setFocus()
    qtbot.keyClick(form.mood, Qt.Key.Key_End)  # 5 · Very good
    qtbot.keyClick(form.craving, Qt.Key.Key_Up)
    form.halt["tired"].setChecked(True)
    qtbot.keyClicks(form.grateful, "Mia's <b>call</b>")
    qtbot.keyClicks(form.support, "Called Sam")
    qtbot.keyClick(form.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = checkins.for_day(workspace.vault, TODAY)
    assert (saved.mood, saved.craving, saved.tired, saved.grateful) == (
        5,
        1,
        True,
        "Mia's <b>call</b>",
    )


def test_back_filling_and_correcting_a_past_day_shows_in_the_audit(qtbot, workspace):
    tab = _tab(workspace)
    tab.form.day.setDate(to_qdate(days_ago(3)))
    assert "past day" in tab.form.status.text()
    assert not tab.form.uneventful_button.isEnabled()
    tab.form.mood.setCurrentIndex(tab.form.mood.findData(2))
    tab.form.save_button.click()
    tab.form.lapse.setChecked(True)
    tab.form.slip_note.setText("after work")
    tab.form.save_button.click()
    trail = checkins.audit_trail(workspace.vault, days_ago(3))
    assert [a.action for a in trail] == [AuditAction.CORRECTED, AuditAction.ADDED_LATER]
    shown = [tab.audit_model.index(row, 2).data() for row in range(tab.audit_model.rowCount())]
    assert shown == ["Corrected", "Added later"]
    assert "Substance use: Substance-free → A lapse" in tab.audit_model.index(0, 3).data()
    row = tab.day_model.row_of(trail[0].checkin_id)
    assert tab.day_model.index(row, 6).data() == "Yes"  # edited later
    # Undoing the correction puts the day back, and that too is kept in the trail.
    workspace.window.undo_stack.undo()
    assert checkins.for_day(workspace.vault, days_ago(3)).use is UseStatus.FREE
    assert len(checkins.audit_trail(workspace.vault, days_ago(3))) == 3


def test_a_slip_is_met_with_the_plans_first_steps(qtbot, workspace):
    vault = workspace.vault
    plan_service.set_section(vault, PlanSection.LAPSE_PLAN, "1. Call Priya <now>.\n2. Go home.")
    for n in range(12, 0, -1):
        checkins.save_day(vault, CheckIn(day=days_ago(n)), days_ago(n))
    workspace.bus.changed.emit(checkins.save_day(vault, CheckIn(day=days_ago(1)), TODAY)[1])
    tab = _tab(workspace)
    tab.load_day(TODAY)
    tab.form.relapse.setChecked(True)
    tab.form.slip_note.setText("the work party")
    tab.form.save_button.click()
    note = tab.form.after_slip
    assert note.isVisible() and note.textFormat() == Qt.TextFormat.PlainText
    text = note.text()
    assert "1. Call Priya <now>.\n2. Go home." in text
    assert "The 12 substance-free days you have built still count" in text
    for word in UNKIND:
        assert word not in text.lower()
        assert word not in tab.headline.text().lower()
    assert tab.headline.text() == "Today is noted as a slip. A new run can begin tomorrow."
    record = checkins.record(vault, TODAY)
    assert record.longest_run == 12 and record.total_free_days == 12
    assert record_text(record).lines[0] == "Longest run: 12 days."
    # Back to substance-free: the calm note goes away.
    tab.form.free.setChecked(True)
    tab.form.save_button.click()
    assert not note.isVisible()


def test_removing_a_day_and_undoing_it(qtbot, workspace):
    vault = workspace.vault
    saved, changes = checkins.save_day(vault, CheckIn(day=days_ago(2), mood=4), TODAY)
    workspace.bus.changed.emit(changes)
    tab = _tab(workspace)
    tab.days.select_record(saved.id)
    tab.remove_day_button.click()
    assert checkins.for_day(vault, days_ago(2)) is None
    workspace.window.undo_stack.undo()
    assert checkins.for_day(vault, days_ago(2)).mood == 4
    assert [a.action for a in checkins.audit_trail(vault)][:2] == [
        AuditAction.RESTORED,
        AuditAction.REMOVED,
    ]


def test_attempts_and_milestones_are_listed(qtbot, workspace):
    vault = workspace.vault
    for n in range(40, 0, -1):
        use = UseStatus.RELAPSE if n == 20 else UseStatus.FREE
        checkins.save_day(vault, CheckIn(day=days_ago(n), use=use), days_ago(n))
    workspace.bus.changed.emit(records.changes_for(CheckIn))  # as after an import
    tab = _tab(workspace)
    assert tab.attempt_model.rowCount() == 2
    assert tab.attempt_model.index(0, 4).data() == "Going on"
    assert tab.attempt_model.index(1, 4).data() == "A relapse"
    titles = [tab.milestone_model.index(r, 1).data() for r in range(tab.milestone_model.rowCount())]
    assert "14 substance-free days" in titles and "1 substance-free day" in titles
    assert workspace.growth.watcher.dialog is not None  # the celebration, just this once
