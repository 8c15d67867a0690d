"""Running slow work (key derivation, backups) off the UI thread, one job at a time.

Jobs are plain callables that never touch widgets; their result or error comes back on
the UI thread. Tests use ``InlineTaskRunner`` to run jobs synchronously.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Runner(Protocol):
    """What the UI needs from a task runner."""

    def run(self, job: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        """Run ``job``; then call ``on_done(result)`` or ``on_error(exc)`` on the UI thread."""

    def wait(self, msecs: int = -1) -> bool:
        """Wait for running jobs; False if they did not finish in time."""

    @property
    def busy(self) -> bool:
        """Whether a job is running or queued."""


class _Relay(QObject):
    """Lives on the UI thread; its own signal crosses threads as a queued call."""

    finished = Signal(object, object)  # result, error

    def __init__(self, on_done: Done, on_error: Failed, forget: Callable[[_Relay], None]) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._forget = forget
        self.finished.connect(self._on_finished)

    @Slot(object, object)
    def _on_finished(self, result: Any, error: BaseException | None) -> None:
        self._forget(self)
        if error is None:
            self._on_done(result)
        else:
            self._on_error(error)


class _Job(QRunnable):
    def __init__(self, job: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._job = job
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._job()
        except BaseException as exc:  # noqa: BLE001 - every failure goes to on_error
            self._relay.finished.emit(None, exc)
        else:
            self._relay.finished.emit(result, None)


class TaskRunner(QObject):
    """One background thread: jobs run in order, so there is one writer at a time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(self, job: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        """Queue ``job``."""
        relay = _Relay(on_done, on_error, self._relays.discard)
        self._relays.add(relay)
        self._pool.start(_Job(job, relay))

    def wait(self, msecs: int = -1) -> bool:
        """Block until queued jobs are done."""
        return self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        """Whether a job is running or waiting."""
        return bool(self._relays)


class InlineTaskRunner:
    """Runs each job at once on the calling thread (for tests)."""

    def run(self, job: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        """Run ``job`` now."""
        try:
            result = job()
        except BaseException as exc:  # noqa: BLE001 - same contract as TaskRunner
            on_error(exc)
        else:
            on_done(result)

    def wait(self, msecs: int = -1) -> bool:
        """Nothing is ever pending."""
        return True

    @property
    def busy(self) -> bool:
        """Never busy."""
        return False
