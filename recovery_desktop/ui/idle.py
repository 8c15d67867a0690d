"""Noticing when nobody has touched the app for a while, to lock it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Watches every input event of the application; emits ``idle`` after a quiet spell.

    Installed on the QApplication, so typing in any dialog counts as activity, and the
    timer fires even while a modal dialog runs its own event loop.
    """

    #: Nobody has used the app for the configured time.
    idle = Signal()

    def __init__(self, msecs: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(msecs)
        self._timer.timeout.connect(self.idle)

    def set_interval(self, msecs: int) -> None:
        """Change the idle time (restarts the count if running)."""
        self._timer.setInterval(msecs)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        """Start counting."""
        self._timer.start()

    def stop(self) -> None:
        """Stop counting (while locked)."""
        self._timer.stop()

    @property
    def interval(self) -> int:
        """The idle time, in milliseconds."""
        return self._timer.interval()

    @property
    def active(self) -> bool:
        """Whether counting."""
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the count on any input."""
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False
