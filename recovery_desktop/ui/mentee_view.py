"""A mentee's workspace as shared: the same tabs, read-only, under a banner saying whose.

The mentor sees each share this way, and the mentee's share preview is the very same
widget over the very same records, so the preview is exactly what the mentor will see.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from recovery_desktop.settings import Settings
from recovery_desktop.storage.vault import OpenVault
from recovery_desktop.ui.editing import ChangeBus, Editor
from recovery_desktop.ui.i18n import translate
from recovery_desktop.ui.main_window import PAGE_NAME
from recovery_desktop.ui.read_only import make_read_only
from recovery_desktop.ui.views.assessment_tab import AssessmentTab
from recovery_desktop.ui.views.checkin_tab import CheckInTab
from recovery_desktop.ui.views.goals_tab import GoalsTab
from recovery_desktop.ui.views.journal_tab import JournalTab
from recovery_desktop.ui.views.learning_tab import LearningTab
from recovery_desktop.ui.views.plan_tab import PlanTab
from recovery_desktop.ui.views.progress_tab import ProgressTab
from recovery_desktop.ui.views.triggers_tab import TriggersTab
from recovery_desktop.ui.widgets.basics import plain_label


class MenteeView(QWidget):
    """A (snapshot) vault in the workspace's tabs, read-only, with a banner on top."""

    def __init__(
        self,
        vault: OpenVault,
        banner: str,
        settings: Settings,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setAccessibleName(self.tr("Shared workspace"))
        self.banner = plain_label(banner, self)
        self.banner.setAccessibleName(self.tr("Whose workspace this is"))
        self.banner.setStyleSheet(
            "padding: 8px; border-radius: 4px; font-weight: 600;"
            "background: palette(alternate-base); border: 1px solid palette(mid);"
        )
        self.editor = Editor(vault, QUndoStack(self), ChangeBus(self), read_only=True)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Shared sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Shared sections"))
        self.checkin_tab = CheckInTab(self.editor, today)
        self.triggers_tab = TriggersTab(self.editor)
        self.plan_tab = PlanTab(self.editor, self.triggers_tab.edit_trigger)
        self.goals_tab = GoalsTab(self.editor, today)
        self.journal_tab = JournalTab(self.editor, today)
        self.learning_tab = LearningTab(self.editor, today)
        self.assessment_tab = AssessmentTab(self.editor, settings, today)
        self.progress_tab = ProgressTab(self.editor, settings, today=today)
        for title, name, page in (
            (self.tr("Check-&in"), "Check-in", self.checkin_tab),
            (self.tr("&Triggers"), "Triggers", self.triggers_tab),
            (self.tr("&Plan"), "Plan", self.plan_tab),
            (self.tr("&Goals"), "Goals", self.goals_tab),
            (self.tr("&Journal"), "Journal", self.journal_tab),
            (self.tr("Learn&ing"), "Learning", self.learning_tab),
            (self.tr("&Self-assessment"), "Self-assessment", self.assessment_tab),
            (self.tr("P&rogress"), "Progress", self.progress_tab),
        ):
            page.setProperty(PAGE_NAME, name)
            page.setAccessibleName(translate("MainWindow", name))
            self.tabs.addTab(page, title)
        make_read_only(
            self.tabs,
            keep=[
                self.triggers_tab.search,
                self.triggers_tab.category,
                self.triggers_tab.risk,
                self.goals_tab.search,
                self.goals_tab.status_filter,
                self.goals_tab.horizon_filter,
                self.learning_tab.search,
                self.learning_tab.kind,
                self.journal_tab.search,
                self.plan_tab.versions_button,
                self.progress_tab.range_combo,
                self.progress_tab.from_date,
                self.progress_tab.to_date,
                self.progress_tab.save_button,
            ],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
