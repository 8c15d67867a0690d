"""Baseline: a bare PySide6 window with four tabs, exiting once painted."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget


class QuitOnPaint(QObject):
    def __init__(self, app):
        super().__init__(app)
        self.app = app
        self.armed = True

    def eventFilter(self, watched, event):
        if self.armed and event.type() == QEvent.Type.Paint and watched.isWindow():
            self.armed = False
            QTimer.singleShot(0, self.app.quit)
        return False


app = QApplication(sys.argv[:1])
app.installEventFilter(QuitOnPaint(app))
window = QMainWindow()
tabs = QTabWidget()
for name in ("Triggers", "Plan", "Goals", "Progress"):
    tabs.addTab(QLabel(name), name)
window.setCentralWidget(tabs)
window.show()
sys.exit(app.exec())
