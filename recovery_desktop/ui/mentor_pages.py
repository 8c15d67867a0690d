"""The mentor's workspace: their mentees, and a session with one of them.

The Mentees tab lists everyone who has shared; opening a share (File > Open a mentee's
share, or a file given at start-up) imports it into the mentor's own vault, kept per
mentee with its history, and opens the session: the brief, the mentee's workspace
read-only in the same tabs, and the mentor's Feedback tab.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.file_types import FEEDBACK_SUFFIX, SHARE_SUFFIX
from recovery_desktop.domain.records import Record
from recovery_desktop.services import exchange, mentor, reports
from recovery_desktop.services.changes import Area, Changes
from recovery_desktop.services.exchange import ImportResult, Receipt
from recovery_desktop.services.profile import profile
from recovery_desktop.settings import Settings
from recovery_desktop.storage.memory import SnapshotVault
from recovery_desktop.ui.editing import Editor
from recovery_desktop.ui.errors import show_error
from recovery_desktop.ui.exchange_files import (
    default_file_name,
    default_folder,
    read_exchange_file,
    show_import_error,
    with_suffix,
)
from recovery_desktop.ui.exchange_words import fingerprint
from recovery_desktop.ui.i18n import long_date, translate
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.mentee_view import MenteeView
from recovery_desktop.ui.print_actions import PrintActions
from recovery_desktop.ui.tasks import Runner
from recovery_desktop.ui.views.feedback_tab import FeedbackTab
from recovery_desktop.ui.widgets.basics import named_button, plain_label


def _when(moment: dt.datetime | None) -> str:
    if moment is None:
        return translate("mentor_pages", "not yet")
    local = moment.astimezone()
    return f"{long_date(local)}, {local:%H:%M}"


class MenteesPage(QWidget):
    """Everyone who has shared with this mentor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Mentees"))
        self.mentees: list[mentor.Mentee] = []
        intro = plain_label(
            self.tr(
                "Each mentee's shares are kept here, encrypted, with their history. Open a share "
                "file your mentee gave you (File > Open a mentee's share, Ctrl+O); open a session "
                "to see their workspace as shared and to write your feedback."
            ),
            self,
        )
        intro.setEnabled(False)
        self.empty_note = plain_label(
            self.tr(
                "No mentee has shared with you yet. When your mentee gives you a share file "
                "(it ends in .rdshare), open it here."
            ),
            self,
        )
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Mentee"), self.tr("Shares"), self.tr("Latest share"), self.tr("Protection")]
        )
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Mentees"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.open_file_button = named_button(
            self.tr("&Open a share file…"), self.tr("Open a share file"), self
        )
        self.session_button = named_button(self.tr("Open &session"), self.tr("Open session"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_file_button)
        buttons.addWidget(self.session_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_mentees(self, mentees: list[mentor.Mentee]) -> None:
        """Show ``mentees`` (plain text items: names are never markup)."""
        previous = self.selected()
        self.mentees = mentees
        self.model.setRowCount(0)
        for person in mentees:
            row = [
                QStandardItem(person.name or self.tr("(no name)")),
                QStandardItem(str(person.shares)),
                QStandardItem(_when(person.last_share_at)),
                QStandardItem(self.tr("Paired keys") if person.paired else self.tr("Passphrase")),
            ]
            self.model.appendRow(row)
        self.empty_note.setVisible(not mentees)
        self.session_button.setEnabled(bool(mentees))
        # Keep the person chosen before (a reload clears the rows), else the first.
        ids = [person.pair_id for person in mentees]
        if mentees:
            kept = previous is not None and previous.pair_id in ids
            self.table.selectRow(ids.index(previous.pair_id) if kept else 0)

    def selected(self) -> mentor.Mentee | None:
        """The mentee on the current row."""
        row = self.table.currentIndex().row()
        return self.mentees[row] if 0 <= row < len(self.mentees) else None


class MentorSession(QWidget):
    """One mentee's shares, read-only, with the brief and the mentor's feedback.

    It shows everything shared so far (merged, newest version of each item) or, chosen
    in *Show*, one earlier share exactly as it arrived.
    """

    #: Another share was chosen in *Show* (its id, or None for everything so far).
    share_chosen = Signal(object)

    def __init__(
        self,
        editor: Editor,
        settings: Settings,
        person: mentor.Mentee,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
        share_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.person = person
        self.share_id = share_id
        self.setAccessibleName(self.tr("Session with {name}").format(name=person.name))
        vault = editor.vault
        history = mentor.shares(vault, person.pair_id)
        self.records: list[Record] = (
            mentor.share_records(vault, share_id)
            if share_id
            else mentor.mentee_records(vault, person.pair_id)
        )
        self.snapshot = SnapshotVault(self.records, person.name)
        shown = next((s for s in history if s.id == share_id), None)
        if shown is None:
            banner = self.tr(
                "{name}'s workspace as shared on {when} (share {shares}). Read-only: your "
                "comments go in the Feedback tab."
            ).format(name=person.name, when=_when(person.last_share_at), shares=person.shares)
        else:
            banner = self.tr(
                "{name}'s share {number} of {when}, exactly as it arrived (an earlier "
                "share). Read-only."
            ).format(name=person.name, number=shown.sequence, when=_when(shown.created_at))
        self.history_combo = QComboBox(self)
        self.history_combo.setAccessibleName(self.tr("Which share to show"))
        self.history_combo.addItem(self.tr("Everything shared so far"), None)
        for item in reversed(history):
            self.history_combo.addItem(
                self.tr("Share {number}, {when}").format(
                    number=item.sequence, when=_when(item.created_at)
                ),
                item.id,
            )
        self.history_combo.setCurrentIndex(max(0, self.history_combo.findData(share_id)))
        self.history_combo.activated.connect(
            lambda index: self.share_chosen.emit(self.history_combo.itemData(index))
        )
        show_label = QLabel(self.tr("&Show:"), self)
        show_label.setBuddy(self.history_combo)
        self.view = MenteeView(self.snapshot, banner, settings, today, self)
        self.brief_text = QPlainTextEdit(self)
        self.brief_text.setReadOnly(True)
        self.brief_text.setAccessibleName(self.tr("Session brief"))
        self.brief = mentor.session_brief(vault, person.pair_id, today())
        self.brief_text.setPlainText(self.brief.as_text())
        self.print_brief_button = named_button(
            self.tr("&Print the brief…"), self.tr("Print the brief"), self
        )
        brief_page = QWidget(self)
        brief_page.setAccessibleName(self.tr("Session brief"))
        brief_layout = QVBoxLayout(brief_page)
        brief_layout.addWidget(self.brief_text)
        brief_buttons = QHBoxLayout()
        brief_buttons.addWidget(self.print_brief_button)
        brief_buttons.addStretch(1)
        brief_layout.addLayout(brief_buttons)
        self.view.tabs.insertTab(0, brief_page, self.tr("&Brief"))
        self.feedback_tab = FeedbackTab(editor, person.pair_id, lambda: self.records, today, self)
        self.view.tabs.addTab(self.feedback_tab, self.tr("Feedbac&k"))
        self.view.tabs.setCurrentIndex(0)
        chooser = QHBoxLayout()
        # In line with the banner and tabs below it, not against the window's edge.
        view_layout = self.view.layout()
        if view_layout is not None:
            inset = view_layout.contentsMargins()
            chooser.setContentsMargins(inset.left(), inset.top(), inset.right(), 0)
        chooser.addWidget(show_label)
        chooser.addWidget(self.history_combo)
        chooser.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chooser)
        layout.addWidget(self.view)

    def close_snapshot(self) -> None:
        """Drop the in-memory copy of the share."""
        self.snapshot.close()


class MentorPages(QObject):
    """Owns the mentor's tabs and answers the File menu's exchange actions."""

    def __init__(
        self,
        editor: Editor,
        settings: Settings,
        window: MainWindow,
        runner: Runner,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(window)
        self.editor = editor
        self.settings = settings
        self.window = window
        self.runner = runner
        self.today = today
        self.session: MentorSession | None = None
        self.print_actions: PrintActions | None = None
        self.home = MenteesPage(window)
        window.add_page(self.tr("&Mentees"), "Mentees", self.home)
        self.home.open_file_button.clicked.connect(self.open_share)
        self.home.session_button.clicked.connect(self._open_selected)
        self.home.table.activated.connect(lambda _index: self._open_selected())
        window.open_share_action.triggered.connect(self.open_share)
        window.write_feedback_action.triggered.connect(self.write_feedback)
        window.print_mentee_plan_action.triggered.connect(self.print_plan)
        QShortcut(QKeySequence("Ctrl+W"), window, self.close_session)
        editor.bus.changed.connect(self._on_changed)
        self.refresh()

    # --- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list of mentees."""
        self.home.set_mentees(mentor.mentees(self.editor.vault))
        has_session = self.session is not None
        self.window.write_feedback_action.setEnabled(bool(self.home.mentees))
        self.window.print_mentee_plan_action.setEnabled(has_session)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.MENTEES) and self.editor.vault.is_open:
            self.refresh()

    def _open_selected(self) -> None:
        person = self.home.selected()
        if person is not None:
            self.open_session(person)

    # --- a session -----------------------------------------------------------------------

    def open_session(self, person: mentor.Mentee, share_id: str | None = None) -> None:
        """Show ``person``'s shares and the feedback tab (replacing any other session)."""
        self.close_session()
        session = MentorSession(self.editor, self.settings, person, self.today, share_id=share_id)
        session.share_chosen.connect(
            lambda chosen: QTimer.singleShot(0, lambda: self.open_session(person, chosen))
        )
        self.session = session
        # A tab title reads "&" as a shortcut mark: a name is shown as written.
        self.window.tabs.addTab(session, (person.name or self.tr("Mentee")).replace("&", "&&"))
        self.window.tabs.setCurrentWidget(session)
        self.print_actions = PrintActions(session.snapshot, self.window, lambda: None)
        session.print_brief_button.clicked.connect(self.print_brief)
        self.refresh()

    def close_session(self) -> None:
        """Close the open session, if any (Ctrl+W)."""
        if self.session is None:
            return
        index = self.window.tabs.indexOf(self.session)
        if index >= 0:
            self.window.tabs.removeTab(index)
        self.session.close_snapshot()
        self.session.deleteLater()
        self.session = None
        if self.print_actions is not None:
            self.print_actions.deleteLater()  # it holds the closed snapshot
        self.print_actions = None
        self.window.tabs.setCurrentWidget(self.home)
        self.refresh()

    # --- files ---------------------------------------------------------------------------

    def open_share(self) -> None:
        """Ask for a share file and import it."""
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open a mentee's share"),
            str(default_folder()),
            self.tr("Share files (*{SHARE_SUFFIX});;All files (*)").format(
                SHARE_SUFFIX=SHARE_SUFFIX
            ),
        )
        if path:
            self.import_share_file(Path(path))

    def import_share_file(self, path: Path) -> None:
        """Import the share at ``path`` in the background, then open the session."""
        self.window.statusBar().showMessage(self.tr("Opening the share…"))
        self.runner.run(
            lambda: read_exchange_file(path),
            lambda found: self._on_read(path, *found),
            lambda error: self._on_failed(path, error),
        )

    def _on_read(self, path: Path, data: bytes, needs_passphrase: bool) -> None:
        passphrase = ""
        if needs_passphrase:
            passphrase, ok = QInputDialog.getText(
                self.window,
                self.tr("Share passphrase"),
                self.tr("The passphrase you agreed on with your mentee:"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                self.window.statusBar().clearMessage()
                return
        vault = self.editor.vault
        if not vault.is_open:  # locked while the passphrase was asked for
            return
        self.runner.run(
            lambda: exchange.import_file(vault, data, lambda: passphrase),
            self._on_imported,
            lambda error: self._on_failed(path, error),
        )

    def _on_failed(self, path: Path, error: BaseException) -> None:
        self.window.statusBar().clearMessage()
        show_import_error(self.window, path, error, self.tr("Open a mentee's share"))

    def _on_imported(self, result: ImportResult) -> None:
        self.editor.bus.changed.emit(result.changes)
        self.refresh()
        print_ = fingerprint(result.sha256)
        if result.already_imported:
            note = self.tr(
                "This share from {sender} (fingerprint {fingerprint}) was already here; nothing "
                "changed."
            ).format(sender=result.sender_name, fingerprint=print_)
        else:
            note = self.tr(
                "Imported {sender}'s share (fingerprint {fingerprint}): {written} new or changed "
                "items."
            ).format(sender=result.sender_name, fingerprint=print_, written=result.written)
        self.window.statusBar().showMessage(note, 10_000)
        person = next((m for m in self.home.mentees if m.pair_id == result.pair_id), None)
        if person is not None:
            self.open_session(person)

    def _feedback_for(self) -> mentor.Mentee | None:
        if self.session is not None:
            return self.session.person
        return self.home.selected()

    def write_feedback(self) -> None:
        """Write the feedback file for the mentee in session (or selected)."""
        person = self._feedback_for()
        if person is None:
            return
        default = default_folder() / default_file_name(
            person.name, "feedback", self.today(), FEEDBACK_SUFFIX
        )
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Write feedback for {name}").format(name=person.name),
            str(default),
            self.tr("Feedback files (*{FEEDBACK_SUFFIX})").format(FEEDBACK_SUFFIX=FEEDBACK_SUFFIX),
        )
        if not path:
            return
        target = with_suffix(path, FEEDBACK_SUFFIX)
        vault = self.editor.vault
        # The mentee's keys came with their share, so feedback is always paired.
        self.runner.run(
            lambda: mentor.write_feedback(vault, person.pair_id, target, None),
            lambda written: self._on_feedback_written(person, written[0]),
            lambda error: show_error(self.window, error),
        )

    def _on_feedback_written(self, person: mentor.Mentee, receipt: Receipt) -> None:
        total = sum(receipt.counts.values())
        self.window.statusBar().showMessage(
            self.tr(
                "Wrote feedback for {name} ({total} items) to {file}. Only {name}'s app can open "
                "it."
            ).format(name=person.name, total=total, file=receipt.path.name),
            15_000,
        )

    def print_brief(self) -> None:
        """Print the session brief."""
        if self.session is None or self.print_actions is None:
            return
        me = profile(self.editor.vault).display_name
        self.print_actions.print_document(reports.brief_document(self.session.brief, me))

    def print_plan(self) -> None:
        """Print the plan from the share in session."""
        if self.print_actions is not None:
            self.print_actions.print_plan()
