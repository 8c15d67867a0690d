"""The Qt binding itself: defects in it that would crash the app."""

from __future__ import annotations

import ctypes
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Signal


class _Source(QObject):
    changed = Signal(str)


def test_emitting_a_signal_does_not_eat_references_to_true() -> None:
    """PySide6 6.12.0's ``SignalInstance.emit`` returns ``True`` without a new reference.

    Every emit takes one reference from ``True``; on Python 3.11 (where ``True`` is not
    immortal) the interpreter aborts with "bool_dealloc: deallocating True or False" once
    enough signals have been emitted, at the latest when the app exits. Every keystroke in
    a passphrase field emits one. 6.11.3 is fine.
    """
    source = _Source()
    before = sys.getrefcount(True)
    for _ in range(1000):
        source.changed.emit("typed")
    lost = before - sys.getrefcount(True)
    _give_back(lost)  # so this test's own emits cannot abort the rest of the run
    assert lost < 100, f"PySide6 {pyside_version}: 1000 emits took {lost} references to True"


def _give_back(references: int) -> None:
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None
    for _ in range(max(references, 0)):
        incref(True)
