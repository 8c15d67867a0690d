"""Helpers for the day-to-day tabs' tests: today, and an open workspace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from recovery_desktop.settings import Settings
from recovery_desktop.ui.tasks import InlineTaskRunner
from recovery_desktop.ui.workspace import Workspace

TODAY = dt.date.today()


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def open_workspace(qtbot, vault, vault_folder, data_dir) -> Iterator[Workspace]:
    """The body of each module's ``workspace`` fixture: shown, and closed afterwards."""
    ws = Workspace(vault, vault_folder, Settings.in_folder(data_dir), InlineTaskRunner(), 0.5)
    qtbot.addWidget(ws.window)
    ws.show()
    yield ws
    if ws.vault.is_open:
        ws.close()
