"""The main window: menus, the workspace tabs and the status bar. Layout only.

It owns no vault logic: every action is a request signal that the session controller
answers, so the window can be torn down at lock time and rebuilt on unlock.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QTabWidget, QVBoxLayout, QWidget

from recovery_desktop import APP_NAME
from recovery_desktop.domain.profile import Role
from recovery_desktop.ui.icons import icon

# Tabs still to be built say so plainly rather than pretending. Marked here, translated
# when the window is built.
_PLANNED_TABS = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Triggers"),
        "Triggers",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Your triggers, their if-then plans and the urge log will be here."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Plan"),
        "Plan",
        QT_TRANSLATE_NOOP("MainWindow", "Your relapse-prevention plan will be here."),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Goals"),
        "Goals",
        QT_TRANSLATE_NOOP("MainWindow", "Your goals and their progress will be here."),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "P&rogress"),
        "Progress",
        QT_TRANSLATE_NOOP("MainWindow", "Charts of how things are going will be here."),
    ),
)
#: Each tab's name: the key callers look it up by, and (translated) its accessible name.
PAGE_NAMES = (
    QT_TRANSLATE_NOOP("MainWindow", "Triggers"),
    QT_TRANSLATE_NOOP("MainWindow", "Plan"),
    QT_TRANSLATE_NOOP("MainWindow", "Goals"),
    QT_TRANSLATE_NOOP("MainWindow", "Progress"),
    QT_TRANSLATE_NOOP("MainWindow", "Check-in"),
    QT_TRANSLATE_NOOP("MainWindow", "Journal"),
    QT_TRANSLATE_NOOP("MainWindow", "Learning"),
    QT_TRANSLATE_NOOP("MainWindow", "Self-assessment"),
    QT_TRANSLATE_NOOP("MainWindow", "Mentor"),
    QT_TRANSLATE_NOOP("MainWindow", "Mentees"),
)
#: The dynamic property that holds a tab page's name (its accessible name is translated).
PAGE_NAME = "page_name"
#: The dynamic property that holds an action's freedesktop icon name, if it has an icon.
ICON_NAME = "icon_name"


def _placeholder(text: str) -> QWidget:
    widget = QWidget()
    label = QLabel(text, widget)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout = QVBoxLayout(widget)
    layout.addWidget(label)
    return widget


def _keys(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's shortcut for ``standard``, or ``fallback`` where it maps none."""
    bindings = QKeySequence.keyBindings(standard)
    return bindings or [QKeySequence(fallback)]


class MainWindow(QMainWindow):
    """The workspace window."""

    #: The person asked to lock the workspace.
    lock_requested = Signal()
    #: The person asked to change the passphrase.
    change_passphrase_requested = Signal()
    #: The person asked for a backup now.
    back_up_requested = Signal()
    #: The person asked to restore a backup.
    restore_requested = Signal()
    #: "Remember on this computer" was switched: (on).
    remember_toggled = Signal(bool)
    #: The person closed the window or chose Quit.
    quit_requested = Signal()
    #: File > Log an urge.
    log_urge_requested = Signal()
    #: Edit > Preferences.
    preferences_requested = Signal()

    def __init__(
        self,
        display_name: str,
        remember: bool,
        parent: QWidget | None = None,
        role: Role = Role.MENTEE,
    ) -> None:
        super().__init__(parent)
        self.role = role
        self.setWindowTitle(f"{APP_NAME} — {display_name}")
        self.undo_stack = QUndoStack(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Workspace sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Workspace sections"))  # it takes the focus
        self.tabs.setDocumentMode(True)
        if role is Role.MENTEE:
            for title, name, text in _PLANNED_TABS:
                page = _placeholder(self.tr(text))
                self._name_page(page, name)
                self.tabs.addTab(page, self.tr(title))
        self.setCentralWidget(self.tabs)
        self._build_menus(remember)
        self._show_role_actions(role)
        self.statusBar().showMessage(self.tr("Unlocked."), 5000)
        self.resize(1000, 700)

    # --- menus -------------------------------------------------------------------------

    def _action(
        self,
        menu: QMenu,
        text: str,
        shortcuts: list[QKeySequence] | None = None,
        tip: str = "",
        icon_name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts(shortcuts)
        if tip:
            action.setStatusTip(tip)
        if icon_name:
            self._set_icon(action, icon_name)
        menu.addAction(action)
        return action

    @staticmethod
    def _set_icon(action: QAction, name: str) -> None:
        action.setProperty(ICON_NAME, name)
        action.setIcon(icon(name))

    def _name_page(self, page: QWidget, name: str) -> None:
        page.setProperty(PAGE_NAME, name)
        page.setAccessibleName(self.tr(name))

    def _page_name(self, index: int) -> str:
        return str(self.tabs.widget(index).property(PAGE_NAME) or "")

    def set_page(self, name: str, page: QWidget) -> None:
        """Put a built tab in place of its "not built yet" placeholder."""
        for index in range(self.tabs.count()):
            if self._page_name(index) == name:
                old = self.tabs.widget(index)
                title = self.tabs.tabText(index)
                current = self.tabs.currentIndex()
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, page, title)
                self.tabs.setCurrentIndex(current)
                self._name_page(page, name)
                old.deleteLater()
                return
        raise KeyError(name)

    def add_page(self, title: str, name: str, page: QWidget, before: str | None = None) -> None:
        """Add a tab that has no placeholder, before the tab called ``before`` (else last)."""
        index = self.tabs.count()
        if before is not None:
            index = self.tabs.indexOf(self.page(before))
        self._name_page(page, name)
        self.tabs.insertTab(index, page, title)

    def page(self, name: str) -> QWidget:
        """The tab page called ``name``."""
        for index in range(self.tabs.count()):
            if self._page_name(index) == name:
                return self.tabs.widget(index)
        raise KeyError(name)

    def _build_menus(self, remember: bool) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.log_urge_action = self._action(
            file_menu,
            self.tr("&Log an urge…"),
            [QKeySequence("Ctrl+U")],
            self.tr("Write down an urge while it is fresh"),
            icon_name="list-add",
        )
        self.log_urge_action.triggered.connect(self.log_urge_requested)
        # The mentor exchange: the mentee shares and imports feedback, the mentor the reverse.
        self.share_action = self._action(
            file_menu,
            self.tr("&Share with my mentor…"),
            [QKeySequence("Ctrl+E")],
            self.tr("Choose what your mentor sees and write a share file"),
            icon_name="document-send",
        )
        self.import_feedback_action = self._action(
            file_menu,
            self.tr("&Import mentor feedback…"),
            [QKeySequence("Ctrl+I")],
            self.tr("Bring in your mentor's comments, suggestions and session notes"),
            icon_name="document-open",
        )
        self.open_share_action = self._action(
            file_menu,
            self.tr("&Open a mentee's share…"),
            _keys(QKeySequence.StandardKey.Open, "Ctrl+O"),
            self.tr("Import a share file and open the session"),
            icon_name="document-open",
        )
        self.write_feedback_action = self._action(
            file_menu,
            self.tr("&Write feedback file…"),
            [QKeySequence("Ctrl+E")],
            self.tr("Write your comments, suggestions and session notes for this mentee"),
            icon_name="document-send",
        )
        self.print_mentee_plan_action = self._action(
            file_menu,
            self.tr("&Print this mentee's plan…"),
            _keys(QKeySequence.StandardKey.Print, "Ctrl+P"),
            self.tr("Print the plan from the share you are looking at"),
            icon_name="document-print",
        )
        file_menu.addSeparator()
        self.print_action = self._action(
            file_menu,
            self.tr("&Print my plan…"),
            _keys(QKeySequence.StandardKey.Print, "Ctrl+P"),
            icon_name="document-print",
        )
        self.preview_action = self._action(
            file_menu, self.tr("Print pre&view…"), icon_name="document-print-preview"
        )
        self.export_pdf_action = self._action(
            file_menu, self.tr("E&xport my plan as PDF…"), icon_name="document-save-as"
        )
        self.print_card_action = self._action(
            file_menu,
            self.tr("Print my wallet &crisis card…"),
            tip=self.tr("A credit-card-sized card to carry"),
        )
        self.print_blank_action = self._action(
            file_menu,
            self.tr("Print a bla&nk plan…"),
            tip=self.tr("The same plan, with lines to write on"),
        )
        file_menu.addSeparator()
        self.back_up_action = self._action(
            file_menu,
            self.tr("&Back up now"),
            tip=self.tr("Save an encrypted copy of your workspace"),
            icon_name="document-save",
        )
        self.back_up_action.triggered.connect(self.back_up_requested)
        self.restore_action = self._action(
            file_menu,
            self.tr("&Restore from a backup…"),
            tip=self.tr("Go back to an earlier copy"),
            icon_name="document-revert",
        )
        self.restore_action.triggered.connect(self.restore_requested)
        file_menu.addSeparator()
        self.change_passphrase_action = self._action(file_menu, self.tr("Change &passphrase…"))
        self.change_passphrase_action.triggered.connect(self.change_passphrase_requested)
        self.remember_action = self._action(
            file_menu,
            self.tr("Re&member on this computer"),
            tip=self.tr("Open without typing the passphrase while you are logged in"),
        )
        self.remember_action.setCheckable(True)
        self.remember_action.setChecked(remember)
        self.remember_action.toggled.connect(self.remember_toggled)
        self.lock_action = self._action(
            file_menu,
            self.tr("&Lock"),
            [QKeySequence("Ctrl+L")],
            self.tr("Lock now; your passphrase opens it again"),
            icon_name="system-lock-screen",
        )
        self.lock_action.triggered.connect(self.lock_requested)
        file_menu.addSeparator()
        self.quit_action = self._action(
            file_menu,
            self.tr("&Quit"),
            _keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"),
            icon_name="application-exit",
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(_keys(QKeySequence.StandardKey.Undo, "Ctrl+Z"))
        self._set_icon(self.undo_action, "edit-undo")
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(_keys(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"))
        self._set_icon(self.redo_action, "edit-redo")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.find_action = self._action(
            edit_menu,
            self.tr("&Find"),
            _keys(QKeySequence.StandardKey.Find, "Ctrl+F"),
            self.tr("Search this tab"),
            icon_name="edit-find",
        )
        self.find_action.triggered.connect(self._on_find_triggered)
        edit_menu.addSeparator()
        self.preferences_action = self._action(
            edit_menu,
            self.tr("Pr&eferences…"),
            _keys(QKeySequence.StandardKey.Preferences, "Ctrl+,"),
            self.tr("Locking, reminder, colours, language and backups"),
            icon_name="preferences-system",
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.preferences_requested)

        view_menu = bar.addMenu(self.tr("&View"))
        next_tab = self._action(
            view_menu,
            self.tr("&Next section"),
            _keys(QKeySequence.StandardKey.NextChild, "Ctrl+Tab"),
        )
        next_tab.triggered.connect(lambda: self._step_tab(1))
        previous_tab = self._action(
            view_menu,
            self.tr("&Previous section"),
            _keys(QKeySequence.StandardKey.PreviousChild, "Ctrl+Shift+Tab"),
        )
        previous_tab.triggered.connect(lambda: self._step_tab(-1))
        view_menu.addSeparator()
        self.full_screen_action = self._action(
            view_menu,
            self.tr("&Full screen"),
            _keys(QKeySequence.StandardKey.FullScreen, "F11"),
        )
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.toggled.connect(self._on_full_screen_toggled)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.help_action = self._action(
            help_menu,
            self.tr("&User guide"),
            _keys(QKeySequence.StandardKey.HelpContents, "F1"),
            self.tr("How to use the app, offline"),
            icon_name="help-contents",
        )
        self.help_action.triggered.connect(self._on_help_triggered)
        self.about_action = self._action(
            help_menu, self.tr("&About {name}").format(name=APP_NAME), icon_name="help-about"
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._on_about_triggered)

    def _show_role_actions(self, role: Role) -> None:
        """Show only what this role does (a mentor keeps no plan or urge log of their own)."""
        mentee = role is Role.MENTEE
        for action in (
            self.log_urge_action,
            self.share_action,
            self.import_feedback_action,
            self.print_action,
            self.preview_action,
            self.export_pdf_action,
            self.print_card_action,
            self.print_blank_action,
        ):
            action.setVisible(mentee)
            action.setEnabled(mentee)
        for action in (
            self.open_share_action,
            self.write_feedback_action,
            self.print_mentee_plan_action,
        ):
            action.setVisible(not mentee)
            action.setEnabled(not mentee)

    def _on_find_triggered(self) -> None:
        focus_search = getattr(self.tabs.currentWidget(), "focus_search", None)
        if callable(focus_search):
            focus_search()

    def _step_tab(self, step: int) -> None:
        count = self.tabs.count()
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    def _on_full_screen_toggled(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def _on_help_triggered(self) -> None:
        from recovery_desktop.ui.dialogs.help_dialog import HelpDialog

        guide = self.findChild(HelpDialog)
        if guide is None:  # one guide, beside the window (not modal)
            guide = HelpDialog(self)
        if guide.isVisible():
            guide.raise_()
            guide.activateWindow()
        else:
            guide.show()

    def _on_about_triggered(self) -> None:
        from recovery_desktop.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self).open()

    # --- state -------------------------------------------------------------------------

    def geometry_state(self) -> tuple[str, str]:
        """Geometry and state, base64, for the settings file."""
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        state = bytes(self.saveState().toBase64().data()).decode("ascii")
        return geometry, state

    def restore_geometry_state(self, geometry: str, state: str) -> None:
        """Put the window back where it was."""
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window quits the app (the controller saves and locks)."""
        event.accept()
        self.quit_requested.emit()
