"""The Mentor tab: what the mentor sent back, the suggestions to answer, and sharing history.

Session notes with the actions agreed and the next session, strengths and wins, the
mentor's comments with the item each is about, suggestions waiting for an answer
(accepting or declining is one undo step), and every share written or feedback imported.
Everything the mentor wrote is shown as plain text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.feedback import (
    Comment,
    SessionNote,
    Suggestion,
    SuggestionAnswer,
    SuggestionKind,
)
from recovery_desktop.domain.language import weekday_date
from recovery_desktop.services import exchange, from_mentor, suggestions
from recovery_desktop.services import plan as plan_service
from recovery_desktop.services.changes import Area, Changes
from recovery_desktop.ui.deferred import DeferredRefresh
from recovery_desktop.ui.editing import Editor
from recovery_desktop.ui.errors import show_error
from recovery_desktop.ui.models.feedback_table_models import (
    AnsweredSuggestionTableModel,
    CommentTableModel,
    ExchangeLogTableModel,
    RecognitionTableModel,
    SessionNoteTableModel,
    SuggestionTableModel,
)
from recovery_desktop.ui.models.record_table_model import RecordTableModel
from recovery_desktop.ui.suggestion_commands import AnswerSuggestionCommand
from recovery_desktop.ui.text_size import emphasise
from recovery_desktop.ui.widgets.basics import named_button, plain_label, scrolling
from recovery_desktop.ui.widgets.mentor_comments import ReadingPane
from recovery_desktop.ui.widgets.record_table import RecordTable

AREAS = (Area.FEEDBACK, Area.SUGGESTION_ANSWERS, Area.EXCHANGE, Area.GOALS, Area.COPING)
#: The most lines a note or a comment shows before it scrolls.
MAX_PANE_LINES = 10


def _heading(text: str, parent: QWidget) -> QLabel:
    label = plain_label(text, parent, wrap=False)
    emphasise(label, 1.15)
    return label


class _Section:
    """A heading, a table, and a short note in the table's place while it is empty."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        empty_text: str,
        model: RecordTableModel,  # type: ignore[type-arg]  # any record type
        stretch_column: int,
        max_rows: int = 6,
    ) -> None:
        self.heading = _heading(title, parent)
        self.empty = plain_label(empty_text, parent)
        self.model = model
        self.table = RecordTable(title, parent, stretch_column=stretch_column)
        self.table.setModel(model)
        self.table.setSortingEnabled(False)  # newest first, as the service orders them
        # Long texts are elided, not scrolled: a sideways scroll bar would hide a short list.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.heading.setBuddy(self.table)
        self._max_rows = max_rows

    def add_to(self, layout: QVBoxLayout) -> None:
        layout.addSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)

    def rows_changed(self) -> None:
        rows = self.model.rowCount()
        self.empty.setVisible(rows == 0)
        self.table.setVisible(rows > 0)
        self.table.fit_rows(self._max_rows, min_rows=1)
        if rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)


class MentorTab(QWidget):
    """Everything from the mentor, and the answers still to give."""

    #: The person asked to import a feedback file.
    import_requested = Signal()
    #: The person asked to share with their mentor.
    share_requested = Signal()

    def __init__(
        self,
        editor: Editor,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.today = today
        self.deferred_refresh = DeferredRefresh(self, self.refresh)
        self.setAccessibleName(self.tr("Mentor"))
        page = QWidget(self)

        self.summary = plain_label("", page)
        self.summary.setAccessibleName(self.tr("From your mentor at a glance"))
        self.share_button = named_button(
            self.tr("Share &with my mentor…"), self.tr("Share with my mentor"), page
        )
        self.import_button = named_button(
            self.tr("Import feed&back…"), self.tr("Import feedback from my mentor"), page
        )

        self.pending = _Section(
            page,
            self.tr("Suggestions waiting for your answer"),
            self.tr("No suggestions are waiting for an answer."),
            SuggestionTableModel(self),
            stretch_column=0,
            max_rows=5,
        )
        self.suggestion_detail = plain_label("", page)
        self.suggestion_detail.setAccessibleName(self.tr("About the chosen suggestion"))
        self.suggestion_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accept_button = named_button(
            self.tr("&Accept"), self.tr("Accept the chosen suggestion"), page
        )
        self.decline_button = named_button(
            self.tr("&Decline"), self.tr("Decline the chosen suggestion"), page
        )
        self.answer_note = plain_label("", page)
        self.answer_note.setAccessibleName(self.tr("What your answer did"))
        self.answer_note.hide()
        self.answered = _Section(
            page,
            self.tr("Answered suggestions"),
            self.tr("Suggestions you accept or decline are listed here with your answer."),
            AnsweredSuggestionTableModel(self),
            stretch_column=0,
            max_rows=4,
        )
        self.recognitions = _Section(
            page,
            self.tr("Strengths and wins"),
            self.tr("Strengths your mentor notices and wins you celebrate together appear here."),
            RecognitionTableModel(self),
            stretch_column=2,
        )
        self.notes = _Section(
            page,
            self.tr("Session notes"),
            self.tr("Notes from your sessions, with the actions you agreed, appear here."),
            SessionNoteTableModel(self),
            stretch_column=1,
            max_rows=5,
        )
        self.note_text = ReadingPane(self.tr("The chosen session's notes"), MAX_PANE_LINES, page)
        self.comments = _Section(
            page,
            self.tr("Comments on your items"),
            self.tr(
                "Your mentor's comments on your triggers, goals and other items appear here, "
                "and beside the item itself."
            ),
            CommentTableModel(self),
            stretch_column=2,
            max_rows=5,
        )
        self.comment_text = ReadingPane(self.tr("The chosen comment"), MAX_PANE_LINES, page)
        self.print_comment = QCheckBox(self.tr("&Print this comment with my plan"), page)
        self.print_comment.setAccessibleName(self.tr("Print this comment with my plan"))
        self.print_comment.setToolTip(
            self.tr('It appears under "Comments from my mentor" (Ctrl+P)')
        )
        self.history_model = ExchangeLogTableModel(self)
        self.history_heading = _heading(self.tr("Sharing history"), page)
        self.history_empty = plain_label(
            self.tr(
                "Each share you write and each feedback file you import is listed here: when, "
                "what it held, how it was protected and its fingerprint."
            ),
            page,
        )
        self.history = RecordTable(self.tr("Sharing history"), page, stretch_column=2)
        self.history.setModel(self.history_model)
        self.history.setSortingEnabled(False)
        self.history_heading.setBuddy(self.history)

        self._layout(page)
        self._connect()
        self.deferred_refresh(Changes.all())

    def _layout(self, page: QWidget) -> None:
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)

        left = QVBoxLayout()
        self.notes.add_to(left)
        left.addWidget(self.note_text)
        self.comments.add_to(left)
        left.addWidget(self.comment_text)
        left.addWidget(self.print_comment)
        left.addStretch(1)

        right = QVBoxLayout()
        self.pending.add_to(right)
        right.addWidget(self.suggestion_detail)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.accept_button)
        answer_row.addWidget(self.decline_button)
        answer_row.addStretch(1)
        right.addLayout(answer_row)
        right.addWidget(self.answer_note)
        self.recognitions.add_to(right)
        self.answered.add_to(right)
        right.addStretch(1)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)

        column = QVBoxLayout(page)
        column.addLayout(top)
        column.addLayout(columns)
        column.addWidget(self.history_heading)
        column.addWidget(self.history_empty)
        column.addWidget(self.history)
        column.addStretch(1)
        scroll = scrolling(page, self.tr("From your mentor"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _connect(self) -> None:
        self.share_button.clicked.connect(self.share_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.pending.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_suggestion()
        )
        self.notes.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_note())
        self.comments.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_comment()
        )
        self.print_comment.toggled.connect(self._on_print_comment_toggled)
        self.accept_button.clicked.connect(self.accept_selected)
        self.decline_button.clicked.connect(self.decline_selected)
        self.editor.bus.changed.connect(self.deferred_refresh.on_changed)

    # --- refreshing --------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        """Reload what ``changes`` touched."""
        if not changes.touches(*AREAS) or not self.editor.vault.is_open:
            return
        vault = self.editor.vault
        if changes.touches(Area.SUGGESTION_ANSWERS):
            self.answer_note.clear()  # an answer given, undone or redone: old news
            self.answer_note.hide()
        pending = suggestions.pending(vault)
        self._reload(self.pending, lambda m: m.set_records(pending))
        self._reload(self.answered, lambda m: m.set_answered(suggestions.answered(vault)))
        self._reload(self.recognitions, lambda m: m.set_records(from_mentor.recognitions(vault)))
        notes = from_mentor.session_notes(vault)
        self._reload(self.notes, lambda m: m.set_records(notes))
        self._reload(self.comments, lambda m: m.set_comments(from_mentor.comments(vault)))
        log = exchange.exchange_log(vault)
        self.history_model.set_rows(log)
        self.history.setVisible(bool(log))
        self.history_empty.setVisible(not log)
        self.history.fit_rows(8, min_rows=1)
        self.summary.setText(self._summary(len(pending), log))
        self._show_suggestion()
        self._show_note()
        self._show_comment()

    @staticmethod
    def _reload(section: _Section, fill: Callable[[Any], None]) -> None:
        table = section.table
        current = table.selected_record()
        fill(section.model)
        if current is not None:
            table.select_record(current.id)
        section.rows_changed()

    def _summary(self, waiting: int, log: list[exchange.LogEntry]) -> str:
        received = [e for e in log if e.direction == "received"]
        if not received:
            if any(e.direction == "sent" for e in log):
                return self.tr(
                    "You have shared with your mentor. When they send a feedback file back, "
                    "import it here (Ctrl+I) and their notes, comments and suggestions appear "
                    "on this tab."
                )
            return self.tr(
                "Nothing from your mentor yet. Start by sharing with them (Ctrl+E); when "
                "they send a feedback file back, import it here (Ctrl+I)."
            )
        last = received[0].logged_at.astimezone().date()
        parts = [self.tr("Feedback last imported on {day}.").format(day=weekday_date(last))]
        upcoming = from_mentor.next_session(self.editor.vault, self.today())
        if upcoming is not None:
            parts.append(self.tr("Next session: {day}.").format(day=weekday_date(upcoming)))
        if waiting:
            parts.append(
                self.tr("1 suggestion is waiting for your answer.")
                if waiting == 1
                else self.tr("{count} suggestions are waiting for your answer.").format(
                    count=waiting
                )
            )
        return " ".join(parts)

    # --- details -----------------------------------------------------------------------

    def _selected_pending(self) -> Suggestion | None:
        record = self.pending.table.selected_record()
        return record if isinstance(record, Suggestion) else None

    def _show_suggestion(self) -> None:
        suggestion = self._selected_pending()
        self.accept_button.setEnabled(suggestion is not None)
        self.decline_button.setEnabled(suggestion is not None)
        for widget in (self.suggestion_detail, self.accept_button, self.decline_button):
            widget.setVisible(self.pending.model.rowCount() > 0)
        if suggestion is None:
            self.suggestion_detail.setText("")
            return
        becomes = (
            self.tr(
                "If you accept, it becomes one of your goals, marked as suggested by your "
                "mentor, and you can change it as you like."
            )
            if suggestion.kind is SuggestionKind.GOAL
            else self.tr(
                "If you accept, it joins the coping strategies in your plan, and you can "
                "change it as you like."
            )
        )
        detail = suggestion.detail.strip()
        self.suggestion_detail.setText(f"{detail}\n\n{becomes}" if detail else becomes)

    def _show_note(self) -> None:
        record = self.notes.table.selected_record()
        if not isinstance(record, SessionNote):
            self.note_text.set_text("")
            self.note_text.setVisible(False)
            return
        parts = [self.tr("Session of {day}").format(day=weekday_date(record.day))]
        if record.notes.strip():
            parts.append(self.tr("Notes\n{notes}").format(notes=record.notes.strip()))
        if record.agreed_actions.strip():
            parts.append(
                self.tr("Agreed actions\n{actions}").format(actions=record.agreed_actions.strip())
            )
        if record.next_session is not None:
            parts.append(
                self.tr("Next session: {day}").format(day=weekday_date(record.next_session))
            )
        self.note_text.set_text("\n\n".join(parts))
        self.note_text.setVisible(True)

    def _show_comment(self) -> None:
        record = self.comments.table.selected_record()
        if not isinstance(record, Comment):
            self.comment_text.set_text("")
            self.comment_text.setVisible(False)
            self.print_comment.setVisible(False)
            return
        model = self.comments.model
        assert isinstance(model, CommentTableModel)
        about = model.about(record.id)
        self.comment_text.set_text(
            self.tr("About {about}:\n\n{text}").format(about=about, text=record.text.strip())
        )
        self.comment_text.setVisible(True)
        printed = record.id in plan_service.current_plan(self.editor.vault).printed_comment_ids
        self.print_comment.blockSignals(True)  # showing the choice is not making it
        self.print_comment.setChecked(printed)
        self.print_comment.blockSignals(False)
        self.print_comment.setVisible(True)

    def _on_print_comment_toggled(self, on: bool) -> None:
        record = self.comments.table.selected_record()
        if not isinstance(record, Comment):
            return
        try:
            _plan, changes = plan_service.set_comment_printed(self.editor.vault, record.id, on)
        except Exception as error:  # noqa: BLE001 - shown; the choice stays as it was
            show_error(self, error)
            return
        self.editor.bus.changed.emit(changes)

    # --- answering ---------------------------------------------------------------------

    def accept_selected(self) -> None:
        """Accept the chosen suggestion: the person's own copy is made (one undo step)."""
        suggestion = self._selected_pending()
        if suggestion is None:
            return
        vault = self.editor.vault
        try:
            answer, _copy, changes = suggestions.accept(vault, suggestion)
        except Exception as error:  # noqa: BLE001 - shown to the person; nothing changed
            show_error(self, error)
            return
        where = (
            self.tr("your goals")
            if suggestion.kind is SuggestionKind.GOAL
            else self.tr("your plan")
        )
        self._answered(
            answer,
            suggestion,
            changes,
            self.tr("“{title}” is now in {where}.").format(title=suggestion.title, where=where),
        )

    def decline_selected(self) -> None:
        """Decline the chosen suggestion (one undo step)."""
        suggestion = self._selected_pending()
        if suggestion is None:
            return
        try:
            answer, changes = suggestions.decline(self.editor.vault, suggestion)
        except Exception as error:  # noqa: BLE001 - shown to the person; nothing changed
            show_error(self, error)
            return
        self._answered(
            answer,
            suggestion,
            changes,
            self.tr(
                "You declined “{title}”. Your mentor will see your answer in your next share."
            ).format(title=suggestion.title),
        )

    def _answered(
        self, answer: SuggestionAnswer, suggestion: Suggestion, changes: Changes, note: str
    ) -> None:
        bus = self.editor.bus
        self.editor.undo_stack.push(
            AnswerSuggestionCommand(
                answer,
                suggestion.title,
                self.editor.vault,
                bus.changed.emit,
                lambda error: show_error(self, error),
            )
        )
        bus.changed.emit(changes)
        self.answer_note.setText(self.tr("{note} Edit > Undo takes this back.").format(note=note))
        self.answer_note.show()
