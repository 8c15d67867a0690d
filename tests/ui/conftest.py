"""UI fixtures: the app configured as in production, and no window left behind."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def app_like_production(qapp: QApplication) -> Iterator[QApplication]:
    """Locking closes the last window, so the app must not quit then (as in ``app.py``).

    After each test every window is closed and deleted, so a test that looks for a
    dialog among the top-level widgets never finds one left over from another test.
    """
    qapp.setQuitOnLastWindowClosed(False)
    yield qapp
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
