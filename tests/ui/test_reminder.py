"""The daily check-in reminder: once a day, after its time, never in quiet hours."""

import datetime as dt

import pytest

from recovery_desktop import settings as opts
from recovery_desktop.settings import Settings
from recovery_desktop.ui.dialogs.reminder_dialog import ReminderDialog
from recovery_desktop.ui.reminder import CheckInReminder
from tests.ui.growth_support import open_workspace

DAY = dt.date(2026, 11, 26)


def _at(hour, minute=0, day=DAY):
    return dt.datetime.combine(day, dt.time(hour, minute))


def test_the_reminder_comes_once_after_its_time_and_waits_out_quiet_hours(qapp, tmp_path):
    settings = Settings(tmp_path / "settings.json")
    now = [_at(21)]
    checked = [False]
    reminder = CheckInReminder(settings, lambda: checked[0], lambda: now[0])
    said = []
    reminder.reminded.connect(said.append)
    assert not reminder.check()  # off by default
    settings.set(opts.CHECK_IN_REMINDER, True)
    now[0] = _at(19, 59)
    assert not reminder.check()
    now[0] = _at(20, 0)
    assert reminder.check() and said == ["Time for today's check-in? It takes under a minute."]
    now[0] = _at(20, 30)
    assert not reminder.check()  # once a day
    now[0] = _at(23, 0, DAY + dt.timedelta(days=1))
    assert not reminder.check()  # quiet hours (22:00 to 08:00)
    now[0] = _at(21, 0, DAY + dt.timedelta(days=2))
    checked[0] = True
    assert not reminder.check()  # already checked in
    reminder.timer.stop()


@pytest.fixture
def workspace(qtbot, vault, vault_folder, data_dir):
    yield from open_workspace(qtbot, vault, vault_folder, data_dir)


def test_the_reminder_shows_in_the_window_until_the_check_in(qtbot, workspace):
    tab = workspace.growth.checkin_tab
    workspace.growth.reminder.reminded.emit("Time for today's check-in? It takes under a minute.")
    assert tab.notice.isVisible()
    tab.form.uneventful_button.click()
    assert not tab.notice.isVisible()


def test_the_reminder_settings_are_saved(qtbot, workspace):
    tab = workspace.growth.checkin_tab
    tab.reminder_button.click()
    [dialog] = [d for d in workspace.window.findChildren(ReminderDialog) if d.isVisible()]
    assert not dialog.at.isEnabled()
    dialog.enabled.setChecked(True)
    dialog.at.setTime(dialog.at.time().fromString("19:30", "HH:mm"))
    dialog._on_save_clicked()
    settings = workspace._settings
    assert settings.get(opts.CHECK_IN_REMINDER) is True
    assert settings.get(opts.CHECK_IN_REMINDER_AT) == "19:30"
    assert settings.get(opts.QUIET_HOURS_START) == "22:00"
