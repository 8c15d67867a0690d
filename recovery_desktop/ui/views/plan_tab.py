"""The Plan tab: the relapse-prevention plan, section by section, in plan order.

Text sections save themselves as the person types. Triggers appear with their if-then
plans straight from the Triggers tab (never typed twice); warning signs, coping and the
support ladder are edited here, in order. "Mark as reviewed" keeps a dated version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.linked_plan import SECTION_TITLES
from recovery_desktop.domain.plan import (
    ContactRole,
    CopingStrategy,
    PlanSection,
    SupportContact,
    WarningSign,
)
from recovery_desktop.domain.records import Record, new_id
from recovery_desktop.domain.starters import STARTER_COPING, STARTER_WARNING_SIGNS
from recovery_desktop.domain.triggers import Trigger
from recovery_desktop.services import plan as plan_service
from recovery_desktop.services.changes import Area, Changes
from recovery_desktop.ui.deferred import DeferredRefresh
from recovery_desktop.ui.dialogs.plan_versions_dialog import PlanVersionsDialog
from recovery_desktop.ui.dialogs.review_dialog import ReviewDialog
from recovery_desktop.ui.editing import Editor
from recovery_desktop.ui.errors import show_error
from recovery_desktop.ui.forms import contact_fields, coping_fields, warning_sign_fields
from recovery_desktop.ui.i18n import core, long_date, starter
from recovery_desktop.ui.models.plan_table_models import (
    ContactTableModel,
    CopingTableModel,
    TriggerPlanTableModel,
    WarningSignTableModel,
)
from recovery_desktop.ui.text_size import emphasise
from recovery_desktop.ui.widgets.basics import scrolling
from recovery_desktop.ui.widgets.plan_text_section import PlanTextSection
from recovery_desktop.ui.widgets.record_list_section import RecordListSection
from recovery_desktop.ui.widgets.record_table import RecordTable
from recovery_desktop.ui.widgets.starter_dialog import StarterDialog

_HINTS = {
    PlanSection.REASONS: QT_TRANSLATE_NOOP("PlanTab", "Who and what I am doing this for."),
    PlanSection.ROUTINE: QT_TRANSLATE_NOOP(
        "PlanTab", "Sleep, meals, work, movement, meetings, time with people."
    ),
    PlanSection.LAPSE_PLAN: QT_TRANSLATE_NOOP(
        "PlanTab", "A slip is a moment, not the end. Who I call first, what I do next."
    ),
    PlanSection.CRISIS_STEPS: QT_TRANSLATE_NOOP(
        "PlanTab", "What I do, in order, if things get worse."
    ),
    PlanSection.SAFER_ENVIRONMENT: QT_TRANSLATE_NOOP(
        "PlanTab", "What I keep out of reach, and who helps."
    ),
    PlanSection.CHECK_IN_RHYTHM: QT_TRANSLATE_NOOP(
        "PlanTab", "For example: a message every evening, a session every two weeks."
    ),
    PlanSection.CONTACT_HOURS: QT_TRANSLATE_NOOP(
        "PlanTab", "When my mentor is glad to hear from me."
    ),
    PlanSection.MENTOR_UNREACHABLE: QT_TRANSLATE_NOOP(
        "PlanTab", "Who I call instead, and which crisis line."
    ),
    PlanSection.KEPT_WHERE: QT_TRANSLATE_NOOP(
        "PlanTab", "For example: on the fridge, in my wallet, with my mentor."
    ),
}
_ORDER: Sequence[PlanSection | str] = (
    PlanSection.REASONS,
    PlanSection.ROUTINE,
    "triggers",
    "warning_signs",
    "coping",
    "contacts",
    PlanSection.LAPSE_PLAN,
    PlanSection.CRISIS_STEPS,
    PlanSection.SAFER_ENVIRONMENT,
    "agreement",
    PlanSection.CHECK_IN_RHYTHM,
    PlanSection.CONTACT_HOURS,
    PlanSection.MENTOR_UNREACHABLE,
    "review",
    PlanSection.KEPT_WHERE,
)
AREAS = (
    Area.PLAN,
    Area.PLAN_VERSIONS,
    Area.TRIGGERS,
    Area.WARNING_SIGNS,
    Area.COPING,
    Area.CONTACTS,
)


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    emphasise(label, 1.25)
    return label


class PlanTab(QWidget):
    """The whole plan on one scrolling page."""

    def __init__(
        self,
        editor: Editor,
        edit_trigger: Callable[[Trigger], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.deferred_refresh = DeferredRefresh(self, self.refresh)
        self._edit_trigger = edit_trigger
        self.setAccessibleName(self.tr("Plan"))
        self.texts: dict[PlanSection, PlanTextSection] = {}

        self.trigger_model = TriggerPlanTableModel(self)
        self.trigger_table = RecordTable(
            self.tr("Triggers and their if-then plans"), self, stretch_column=2
        )
        self.trigger_table.setModel(self.trigger_model)
        self.trigger_table.setSortingEnabled(False)
        self.signs = RecordListSection(
            self.tr("My warning signs"),
            self.tr("warning sign"),
            WarningSignTableModel(self),
            ordered=True,
            starters=True,
            stretch_column=2,
            parent=self,
        )
        self.coping = RecordListSection(
            self.tr("My coping strategies"),
            self.tr("coping strategy"),
            CopingTableModel(self),
            ordered=True,
            starters=True,
            stretch_column=2,
            parent=self,
        )
        self.contacts = RecordListSection(
            self.tr("My support ladder (who I contact first, then next)"),
            self.tr("supporter"),
            ContactTableModel(self),
            ordered=True,
            stretch_column=5,
            parent=self,
        )
        self.crisis_lines = QLabel(self)
        self.crisis_lines.setTextFormat(Qt.TextFormat.PlainText)
        self.crisis_lines.setWordWrap(True)
        self.review_status = QLabel(self)
        self.review_status.setTextFormat(Qt.TextFormat.PlainText)
        self.review_button = QPushButton(self.tr("&Mark as reviewed with my mentor…"), self)
        self.review_button.setAccessibleName(self.tr("Mark as reviewed with my mentor"))
        self.versions_button = QPushButton(self.tr("Earlier &versions…"), self)
        self.versions_button.setAccessibleName(self.tr("Earlier versions of my plan"))

        self._build()
        self._connect()
        self.deferred_refresh(Changes.all())

    def _build(self) -> None:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setSpacing(14)
        column.addWidget(_heading(self.tr("My relapse-prevention plan"), page))
        for part in _ORDER:
            if isinstance(part, PlanSection):
                section = PlanTextSection(
                    core("PlanSection", SECTION_TITLES[part]),
                    self._saver(part),
                    self.tr(_HINTS[part]),
                    page,
                )
                self.texts[part] = section
                column.addWidget(section)
                if part is PlanSection.CRISIS_STEPS:
                    column.addWidget(self.crisis_lines)
            elif part == "triggers":
                title = QLabel(self.tr("My triggers and my if-then plans"), page)
                title.setTextFormat(Qt.TextFormat.PlainText)
                title.setStyleSheet("font-weight: 600;")
                title.setBuddy(self.trigger_table)
                note = QLabel(
                    self.tr("These come from the Triggers tab. Double-click one to edit it."), page
                )
                note.setTextFormat(Qt.TextFormat.PlainText)
                note.setEnabled(False)
                column.addWidget(title)
                column.addWidget(self.trigger_table)
                column.addWidget(note)
            elif part == "warning_signs":
                column.addWidget(self.signs)
            elif part == "coping":
                column.addWidget(self.coping)
            elif part == "contacts":
                column.addWidget(self.contacts)
            elif part == "agreement":
                column.addWidget(_heading(self.tr("My agreement with my mentor"), page))
            elif part == "review":
                row = QHBoxLayout()
                row.addWidget(self.review_status, 1)
                row.addWidget(self.versions_button)
                row.addWidget(self.review_button)
                column.addLayout(row)
        column.addStretch(1)
        scroll = scrolling(page, self.tr("Plan sections"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _connect(self) -> None:
        self.trigger_table.edit_requested.connect(self._edit_trigger)
        for section, noun, fields, cls in (
            (self.signs, self.tr("warning sign"), warning_sign_fields, WarningSign),
            (self.coping, self.tr("coping strategy"), coping_fields, CopingStrategy),
            (self.contacts, self.tr("supporter"), contact_fields, SupportContact),
        ):
            section.add_requested.connect(self._adder(cls, section, noun, fields))
            section.edit_requested.connect(
                lambda record, noun=noun, fields=fields: self.editor.open_form(
                    self, self.tr("Edit {noun}").format(noun=noun), record, fields(), noun
                )
            )
            section.delete_requested.connect(
                lambda record, noun=noun: self.editor.delete(self, record, noun)
            )
            section.move_requested.connect(
                lambda record, step, section=section, noun=noun: self._move(
                    section, record, step, noun
                )
            )
        self.signs.starters_requested.connect(
            lambda: self._offer_starters(
                self.tr("Common warning signs"),
                STARTER_WARNING_SIGNS,
                self.tr("warning sign"),
                self.tr("warning signs"),
            )
        )
        self.coping.starters_requested.connect(
            lambda: self._offer_starters(
                self.tr("Common coping strategies"),
                STARTER_COPING,
                self.tr("coping strategy"),
                self.tr("coping strategies"),
            )
        )
        self.review_button.clicked.connect(self._on_review_clicked)
        self.versions_button.clicked.connect(self._on_versions_clicked)
        self.editor.bus.changed.connect(self.deferred_refresh.on_changed)

    # --- refreshing --------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        """Reload what ``changes`` touched."""
        if not changes.touches(*AREAS) or not self.editor.vault.is_open:
            return
        linked = plan_service.linked_plan(self.editor.vault)
        for section, widget in self.texts.items():
            widget.set_text(linked.plan.text(section))
        self.trigger_model.contact_names = {c.id: c.name for c in linked.contacts}
        self.trigger_model.set_records(list(linked.triggers))
        self.trigger_table.fit_rows(max_rows=12)
        self.signs.set_records(list(linked.warning_signs))
        self.coping.set_records(list(linked.coping))
        self.contacts.set_records(list(linked.contacts))
        for section in (self.signs, self.coping, self.contacts):
            section.table.fit_rows(max_rows=10)
        lines = [c for c in linked.contacts if c.role is ContactRole.CRISIS_LINE]
        self.crisis_lines.setText(
            self.tr("Crisis lines on my ladder: {lines}").format(
                lines="; ".join(f"{c.name} {c.phone}".strip() for c in lines)
            )
            if lines
            else self.tr("Add a crisis line to your support ladder so it is always in your plan.")
        )
        plan = linked.plan
        reviewed = long_date(plan.reviewed_on) if plan.reviewed_on else self.tr("not yet")
        upcoming = long_date(plan.next_review) if plan.next_review else self.tr("not set")
        self.review_status.setText(
            self.tr(
                "Reviewed together with my mentor: {reviewed}. Next review: {upcoming}."
            ).format(reviewed=reviewed, upcoming=upcoming)
        )
        self.versions_button.setEnabled(bool(plan_service.versions(self.editor.vault)))

    def flush(self) -> None:
        """Save any text still waiting for its pause (before lock or quit)."""
        for section in self.texts.values():
            section.flush()

    # --- editing -----------------------------------------------------------------------

    def _saver(self, section: PlanSection) -> Callable[[str], bool]:
        def save(text: str) -> bool:
            try:
                _plan, changes = plan_service.set_section(self.editor.vault, section, text)
            except Exception as error:  # noqa: BLE001 - shown; the text stays in the box
                show_error(self, error)
                return False
            self.editor.bus.changed.emit(changes)
            return True

        return save

    def _adder(
        self,
        cls: type[Record],
        section: RecordListSection,
        noun: str,
        fields: Callable[[], list],  # type: ignore[type-arg]
    ) -> Callable[[], None]:
        def add() -> None:
            position = len(section.model.records())
            name_field = "name" if cls is SupportContact else "title"
            record = cls(**{name_field: "", "position": position})  # type: ignore[call-arg]
            self.editor.open_form(
                self, self.tr("Add a {noun}").format(noun=noun), record, fields(), noun
            )

        return add

    def _move(self, section: RecordListSection, record: Record, step: int, noun: str) -> None:
        ordered = section.model.records()
        index = next(i for i, r in enumerate(ordered) if r.id == record.id)
        other = index + step
        if not 0 <= other < len(ordered):
            return
        ordered[index], ordered[other] = ordered[other], ordered[index]
        stack = self.editor.undo_stack
        stack.beginMacro(self.tr("Move {noun}").format(noun=noun))
        for position, item in enumerate(ordered):
            if getattr(item, "position", None) != position:
                self.editor.save(self, item, replace(item, position=position), noun)  # type: ignore[call-arg]
        stack.endMacro()
        section.table.select_record(record.id)

    def _offer_starters(
        self, title: str, suggested: Sequence[Record], noun: str, nouns: str
    ) -> None:
        starters = [starter(s) for s in suggested]
        labels = [getattr(s, "title", "") for s in starters]
        dialog = StarterDialog(title, labels, self)

        def add(indexes: list[int]) -> None:
            stack = self.editor.undo_stack
            stack.beginMacro(self.tr("Add suggested {nouns}").format(nouns=nouns))
            for position, index in enumerate(indexes):
                record = replace(starters[index], id=new_id(), position=position)  # type: ignore[call-arg]
                self.editor.save(self, None, record, noun)
            stack.endMacro()

        dialog.chosen.connect(add)
        dialog.open()

    def _on_review_clicked(self) -> None:
        self.flush()
        dialog = ReviewDialog(dt.date.today(), self)

        def keep(reviewed_on: dt.date, next_review: dt.date, note: str) -> None:
            try:
                _version, changes = plan_service.mark_reviewed(
                    self.editor.vault, reviewed_on, next_review, note
                )
            except Exception as error:  # noqa: BLE001 - shown to the person
                show_error(self, error)
                return
            self.editor.bus.changed.emit(changes)

        dialog.review_confirmed.connect(keep)
        dialog.open()

    def _on_versions_clicked(self) -> None:
        vault = self.editor.vault
        dialog = PlanVersionsDialog(
            plan_service.versions(vault),
            lambda version: plan_service.compare_with_current(vault, version),
            self,
        )
        dialog.open()
