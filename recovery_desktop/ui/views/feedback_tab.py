"""The mentor's Feedback tab for one mentee: comments, recognitions, suggestions, notes.

What the mentor writes here goes into the next feedback file. Every change is one undo
step on the mentor's own vault; the mentee's shared records stay read-only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QVBoxLayout, QWidget

from recovery_desktop.domain.assessment import AssessmentQuestion
from recovery_desktop.domain.checkins import CheckIn
from recovery_desktop.domain.exchange_format import TYPE_NAMES
from recovery_desktop.domain.feedback import (
    Comment,
    MentorRecord,
    Recognition,
    RecognitionKind,
    SessionNote,
    Suggestion,
    SuggestionAnswer,
    SuggestionKind,
)
from recovery_desktop.domain.goals import GoalUpdate
from recovery_desktop.domain.item_labels import item_label
from recovery_desktop.domain.language import table_date
from recovery_desktop.domain.plan import PlanVersion
from recovery_desktop.domain.records import Record
from recovery_desktop.domain.triggers import Encounter
from recovery_desktop.services import mentor
from recovery_desktop.services.changes import Area, Changes
from recovery_desktop.ui.deferred import DeferredRefresh
from recovery_desktop.ui.editing import Editor
from recovery_desktop.ui.models.record_table_model import Column, RecordTableModel
from recovery_desktop.ui.widgets.basics import named_button, plain_label
from recovery_desktop.ui.widgets.record_form import FieldSpec, Kind
from recovery_desktop.ui.widgets.record_table import RecordTable

AREAS = (Area.FEEDBACK,)


def _kind(record: Record) -> str:
    match record:
        case Comment():
            return QCoreApplication.translate("feedback_tab", "Comment")
        case Recognition():
            return (
                QCoreApplication.translate("feedback_tab", "Strength")
                if record.kind is RecognitionKind.STRENGTH
                else QCoreApplication.translate("feedback_tab", "Win")
            )
        case Suggestion():
            if record.kind is SuggestionKind.GOAL:
                return QCoreApplication.translate("feedback_tab", "Suggested goal")
            return QCoreApplication.translate("feedback_tab", "Suggested coping")
        case SessionNote():
            return QCoreApplication.translate("feedback_tab", "Session notes")
    return ""


def _day(record: Record) -> dt.date | None:
    day = getattr(record, "day", None)
    if isinstance(day, dt.date):
        return day
    return record.created_at.astimezone().date() if record.created_at else None


def _words(record: Record) -> str:
    match record:
        case Comment() | Recognition():
            return record.text
        case Suggestion():
            return record.title
        case SessionNote():
            return record.notes or record.agreed_actions
    return ""


class FeedbackTab(QWidget):
    """Everything the mentor has written for one mentee, and the forms to write more."""

    def __init__(
        self,
        editor: Editor,
        pair_id: str,
        shared_items: Callable[[], Sequence[Record]],
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.pair_id = pair_id
        self._shared_items = shared_items
        self.today = today
        self.deferred_refresh = DeferredRefresh(self, self.refresh)
        self.setAccessibleName(self.tr("Feedback"))
        self._about: dict[str, str] = {}
        intro = plain_label(
            self.tr(
                "What you write here goes to your mentee in the next feedback file "
                "(File > Write feedback file). Comments sit beside the item they are about; "
                "suggestions wait for your mentee to accept or decline."
            ),
            self,
        )
        intro.setEnabled(False)
        self.model: RecordTableModel[MentorRecord] = RecordTableModel(
            [
                Column(self.tr("Kind"), _kind),
                Column(
                    self.tr("Date"),
                    lambda r: table_date(day) if (day := _day(r)) else "",
                    _day,
                ),
                Column(self.tr("What you wrote"), lambda r: " ".join(_words(r).split())),
                Column(self.tr("About"), lambda r: self._about.get(getattr(r, "about_id", ""), "")),
            ],
            self,
        )
        self.table = RecordTable(self.tr("Your feedback"), self, stretch_column=2)
        self.table.setModel(self.model)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.comment_button = named_button(
            self.tr("&Comment on an item…"), self.tr("Comment on an item"), self
        )
        self.recognition_button = named_button(
            self.tr("Note a &strength or win…"), self.tr("Note a strength or win"), self
        )
        self.suggestion_button = named_button(
            self.tr("S&uggest a goal or coping strategy…"),
            self.tr("Suggest a goal or coping strategy"),
            self,
        )
        self.notes_button = named_button(
            self.tr("Session &notes…"), self.tr("Add session notes"), self
        )
        self.edit_button = named_button(self.tr("&Edit…"), self.tr("Edit feedback"), self)
        self.delete_button = named_button(self.tr("&Delete"), self.tr("Delete feedback"), self)
        adding = QHBoxLayout()
        for button in (
            self.comment_button,
            self.recognition_button,
            self.suggestion_button,
            self.notes_button,
        ):
            adding.addWidget(button)
        adding.addStretch(1)
        changing = QHBoxLayout()
        changing.addWidget(self.edit_button)
        changing.addWidget(self.delete_button)
        changing.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(adding)
        layout.addWidget(self.table, 1)
        layout.addLayout(changing)

        self.comment_button.clicked.connect(lambda: self.add_comment())
        self.recognition_button.clicked.connect(
            lambda: self.edit(Recognition(pair_id=pair_id, day=self.today(), text=""))
        )
        self.suggestion_button.clicked.connect(
            lambda: self.edit(Suggestion(pair_id=pair_id, title=""))
        )
        self.notes_button.clicked.connect(
            lambda: self.edit(
                SessionNote(
                    pair_id=pair_id,
                    day=self.today(),
                    next_session=self.today() + dt.timedelta(days=14),
                )
            )
        )
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self.table.edit_requested.connect(self.edit)
        self.table.delete_requested.connect(self.delete)
        editor.bus.changed.connect(self.deferred_refresh.on_changed)
        self.deferred_refresh(Changes.all())

    def refresh(self, changes: Changes) -> None:
        """Reload the mentor's records for this mentee."""
        if not changes.touches(*AREAS) or not self.editor.vault.is_open:
            return
        self._about = {item.id: item_label(item) for item in self._shared_items()}
        self.model.set_records(mentor.feedback_records(self.editor.vault, self.pair_id))
        has_rows = self.model.rowCount() > 0
        self.edit_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)

    def commentable(self) -> list[tuple[str, Record]]:
        """The mentee's items a comment can be about, by kind then name."""
        items = [
            (item_label(r), r)
            for r in self._shared_items()
            if not r.is_deleted and not isinstance(r, (SuggestionAnswer, AssessmentQuestion))
        ]
        recent = self.today() - dt.timedelta(days=30)
        # Daily entries pile up: offer only the last month's.
        kept = [
            (label, r)
            for label, r in items
            if not isinstance(r, (Encounter, CheckIn, PlanVersion, GoalUpdate))
            or (r.created_at is not None and r.created_at.date() >= recent)
        ]
        return sorted(kept, key=lambda pair: pair[0].casefold())

    def add_comment(self, about: Record | None = None) -> None:
        """Pick an item (unless given), then write the comment."""
        if about is None:
            choices = self.commentable()
            if not choices:
                return
            labels = [label for label, _record in choices]
            picked, ok = QInputDialog.getItem(
                self,
                self.tr("Comment on an item"),
                self.tr("What is your comment about?"),
                labels,
                0,
                False,
            )
            if not ok:
                return
            about = choices[labels.index(picked)][1]
        self.edit(
            Comment(
                pair_id=self.pair_id,
                about_type=TYPE_NAMES[type(about)],
                about_id=about.id,
                text="",
            ),
            about_text=item_label(about),
        )

    def edit(self, record: Record, about_text: str = "") -> None:
        """Open the form for one of the mentor's records."""
        match record:
            case Comment():
                about = about_text or self._about.get(record.about_id, self.tr("an item"))
                fields = [
                    FieldSpec(
                        "text",
                        self.tr("&Comment"),
                        Kind.TEXT,
                        hint=self.tr("About: {about}").format(about=about),
                    )
                ]
                title, noun = self.tr("Comment"), self.tr("comment")
            case Recognition():
                fields = [
                    FieldSpec(
                        "kind",
                        self.tr("&This is"),
                        Kind.CHOICE,
                        [
                            (RecognitionKind.STRENGTH, self.tr("A strength I noticed")),
                            (RecognitionKind.WIN, self.tr("A win to celebrate")),
                        ],
                    ),
                    FieldSpec("day", self.tr("&Date"), Kind.DATE),
                    FieldSpec("text", self.tr("&In your words"), Kind.TEXT),
                ]
                title, noun = self.tr("Strength or win"), self.tr("strength or win")
            case Suggestion():
                fields = [
                    FieldSpec(
                        "kind",
                        self.tr("&Suggest a"),
                        Kind.CHOICE,
                        [
                            (SuggestionKind.GOAL, self.tr("Goal")),
                            (SuggestionKind.COPING, self.tr("Coping strategy")),
                        ],
                    ),
                    FieldSpec("title", self.tr("&Title")),
                    FieldSpec(
                        "detail",
                        self.tr("&Why, and how it could look"),
                        Kind.TEXT,
                        hint=self.tr("Your mentee decides whether to take it on."),
                    ),
                ]
                title, noun = self.tr("Suggestion"), self.tr("suggestion")
            case SessionNote():
                fields = [
                    FieldSpec("day", self.tr("&Session date"), Kind.DATE),
                    FieldSpec("notes", self.tr("&Notes"), Kind.TEXT),
                    FieldSpec(
                        "agreed_actions",
                        self.tr("&Agreed actions"),
                        Kind.TEXT,
                        hint=self.tr("One a line."),
                    ),
                    FieldSpec("next_session", self.tr("Ne&xt session"), Kind.DATE),
                ]
                title, noun = self.tr("Session notes"), self.tr("session notes")
            case _:
                return
        self.editor.open_form(self, title, record, fields, noun)

    def delete(self, record: Record) -> None:
        """Delete one of the mentor's records (undo brings it back)."""
        self.editor.delete(self, record, _kind(record).lower())

    def _edit_selected(self) -> None:
        record = self.table.selected_record()
        if record is not None:
            self.edit(record)

    def _delete_selected(self) -> None:
        record = self.table.selected_record()
        if record is not None:
            self.delete(record)
