"""The Triggers tab: the list of triggers with their plans, and the urge log."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.domain.plan import CopingStrategy, SupportContact, WarningSign
from recovery_desktop.domain.records import new_id
from recovery_desktop.domain.starters import STARTER_TRIGGERS
from recovery_desktop.domain.triggers import (
    Encounter,
    Outcome,
    Risk,
    Side,
    Trigger,
    TriggerCategory,
)
from recovery_desktop.services import plan as plan_service
from recovery_desktop.services import records
from recovery_desktop.services import triggers as trigger_service
from recovery_desktop.services.changes import Area, Changes
from recovery_desktop.ui.deferred import DeferredRefresh
from recovery_desktop.ui.editing import Editor
from recovery_desktop.ui.forms import encounter_fields, trigger_fields
from recovery_desktop.ui.i18n import enum_label, starter
from recovery_desktop.ui.models.encounter_table_model import COL_WHEN, EncounterTableModel
from recovery_desktop.ui.models.record_filter_proxy import RecordFilterProxy
from recovery_desktop.ui.models.trigger_table_model import COL_RISK, TriggerTableModel
from recovery_desktop.ui.widgets.basics import named_button, plain_label
from recovery_desktop.ui.widgets.mentor_comments import MentorCommentsPanel
from recovery_desktop.ui.widgets.record_table import RecordTable
from recovery_desktop.ui.widgets.starter_dialog import StarterDialog

AREAS = (Area.TRIGGERS, Area.ENCOUNTERS, Area.WARNING_SIGNS, Area.COPING, Area.CONTACTS)


def lapse_message(lapse_plan: str) -> str:
    """Calm, specific words after a slip: the plan's own first steps, no verdicts."""
    if lapse_plan:
        return (
            QCoreApplication.translate(
                "triggers_tab",
                "A slip is a moment, not the end of your recovery, and noting it honestly "
                "is a real step.\n\nYour first steps, from your plan:\n\n",
            )
            + lapse_plan
        )
    return QCoreApplication.translate(
        "triggers_tab",
        "A slip is a moment, not the end of your recovery, and noting it honestly is a "
        "real step.\n\nIt may help to reach out to someone on your support ladder today, "
        "and to write your own first steps in the Plan tab when you feel ready.",
    )


def _trigger_text(trigger: Trigger) -> str:
    return " ".join(
        (
            trigger.name,
            trigger.description,
            trigger.avoid,
            trigger.escape,
            trigger.cope,
            enum_label(trigger.category),
        )
    )


class TriggersTab(QWidget):
    """Triggers (filter, sort, search) above the urge log."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.deferred_refresh = DeferredRefresh(self, self.refresh)
        self.lapse_note: QMessageBox | None = None
        self.setAccessibleName(self.tr("Triggers"))

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search triggers (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search triggers"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Show kind"))
        # Item data are plain strings and ints: Qt hands enums back as their values.
        self.category.addItem(self.tr("All kinds"), "")
        self.category.addItem(
            self.tr("Outside me (people, places, things…)"), f"side:{Side.EXTERNAL}"
        )
        self.category.addItem(
            self.tr("Inside me (feelings, thoughts, body)"), f"side:{Side.INTERNAL}"
        )
        for category in TriggerCategory:
            self.category.addItem(enum_label(category), f"kind:{category.value}")
        self.risk = QComboBox(self)
        self.risk.setAccessibleName(self.tr("Show risk"))
        self.risk.addItem(self.tr("Any risk"), 0)
        for risk in reversed(Risk):
            self.risk.addItem(self.tr("{risk} risk").format(risk=enum_label(risk)), int(risk))

        self.add_button = named_button(self.tr("&Add trigger…"), self.tr("Add trigger"), self)
        self.edit_button = named_button(self.tr("&Edit…"), self.tr("Edit trigger"), self)
        self.delete_button = named_button(self.tr("&Delete"), self.tr("Delete trigger"), self)
        self.starters_button = named_button(
            self.tr("Start from &common triggers…"), self.tr("Start from common triggers"), self
        )

        self.empty_note = plain_label(
            self.tr(
                "Triggers are the people, places, feelings and moments that can set off an urge. "
                "Add your own, or start from a list of common ones and make them yours."
            ),
            self,
        )
        self.empty_log_note = plain_label(
            self.tr(
                "When an urge comes, log it here (Ctrl+U), even briefly. Over time it shows you "
                "and your mentor which triggers come up and what helps."
            ),
            self,
        )
        self.model = TriggerTableModel(self)
        self.proxy = RecordFilterProxy(_trigger_text, self)
        self.proxy.setSourceModel(self.model)
        self.table = RecordTable(self.tr("Triggers list"), self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(COL_RISK, Qt.SortOrder.DescendingOrder)

        self.log_button = named_button(self.tr("&Log an urge…"), self.tr("Log an urge"), self)
        self.edit_encounter_button = named_button(
            self.tr("Edit &entry…"), self.tr("Edit urge log entry"), self
        )
        self.delete_encounter_button = named_button(
            self.tr("Delete e&ntry"), self.tr("Delete urge log entry"), self
        )
        self.encounter_model = EncounterTableModel(self)
        self.encounter_proxy = RecordFilterProxy(lambda e: f"{e.thoughts} {e.note}", self)
        self.encounter_proxy.setSourceModel(self.encounter_model)
        self.encounters = RecordTable(self.tr("Urge log"), self, stretch_column=1)
        self.encounters.setModel(self.encounter_proxy)
        self.encounters.sortByColumn(COL_WHEN, Qt.SortOrder.DescendingOrder)
        self.trigger_comments = MentorCommentsPanel(editor, self)
        self.encounter_comments = MentorCommentsPanel(editor, self)

        self._layout()
        self._connect()
        self.deferred_refresh(Changes.all())

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.category, 1)
        filters.addWidget(self.risk, 1)
        trigger_buttons = QHBoxLayout()
        trigger_buttons.addWidget(self.add_button)
        trigger_buttons.addWidget(self.edit_button)
        trigger_buttons.addWidget(self.delete_button)
        trigger_buttons.addStretch(1)
        trigger_buttons.addWidget(self.starters_button)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.empty_note)
        top_layout.addWidget(self.table)
        top_layout.addLayout(trigger_buttons)
        top_layout.addWidget(self.trigger_comments)

        log_title = QLabel(self.tr("Urge log"), self)
        log_title.setTextFormat(Qt.TextFormat.PlainText)
        log_title.setBuddy(self.encounters)
        log_title.setStyleSheet("font-weight: 600;")
        log_buttons = QHBoxLayout()
        log_buttons.addWidget(self.log_button)
        log_buttons.addWidget(self.edit_encounter_button)
        log_buttons.addWidget(self.delete_encounter_button)
        log_buttons.addStretch(1)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(log_title)
        bottom_layout.addWidget(self.empty_log_note)
        bottom_layout.addWidget(self.encounters)
        bottom_layout.addLayout(log_buttons)
        bottom_layout.addWidget(self.encounter_comments)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.search.textChanged.connect(self.proxy.set_search)
        self.category.currentIndexChanged.connect(self._on_filter_changed)
        self.risk.currentIndexChanged.connect(self._on_filter_changed)
        self.add_button.clicked.connect(lambda: self.edit_trigger(Trigger(name="")))
        self.edit_button.clicked.connect(lambda: self._edit_selected(self.table))
        self.delete_button.clicked.connect(
            lambda: self._delete_selected(self.table, self.tr("trigger"))
        )
        self.starters_button.clicked.connect(self._on_starters_clicked)
        self.table.edit_requested.connect(self.edit_trigger)
        self.table.delete_requested.connect(
            lambda r: self.editor.delete(self, r, self.tr("trigger"))
        )
        self.log_button.clicked.connect(self.log_urge)
        self.edit_encounter_button.clicked.connect(lambda: self._edit_selected(self.encounters))
        self.delete_encounter_button.clicked.connect(
            lambda: self._delete_selected(self.encounters, self.tr("urge log entry"))
        )
        self.encounters.edit_requested.connect(self.edit_encounter)
        self.encounters.delete_requested.connect(
            lambda r: self.editor.delete(self, r, self.tr("urge log entry"))
        )
        self.editor.bus.changed.connect(self.deferred_refresh.on_changed)
        for table, panel in (
            (self.table, self.trigger_comments),
            (self.encounters, self.encounter_comments),
        ):
            table.selectionModel().currentRowChanged.connect(
                lambda *_, t=table, p=panel: p.show_for(t.selected_record())
            )

    # --- refreshing --------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        """Reload what ``changes`` touched."""
        if not changes.touches(*AREAS):
            return
        vault = self.editor.vault
        if not vault.is_open:
            return
        selected = self.table.selected_record()
        triggers = records.all_of(vault, Trigger)
        log = trigger_service.encounters(vault)
        self.model.set_data(triggers, trigger_service.stats(vault, log=log))
        if selected is not None:
            self.table.select_record(selected.id)
        names = {t.id: t.name for t in triggers}
        names.update({c.id: c.title for c in records.all_of(vault, CopingStrategy)})
        self.encounter_model.set_data(log, names)
        self.starters_button.setVisible(not triggers)
        self.empty_note.setVisible(not triggers)
        self.empty_log_note.setVisible(self.encounter_model.rowCount() == 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_triggers = self.model.rowCount() > 0
        self.edit_button.setEnabled(has_triggers)
        self.delete_button.setEnabled(has_triggers)
        has_entries = self.encounter_model.rowCount() > 0
        self.edit_encounter_button.setEnabled(has_entries)
        self.delete_encounter_button.setEnabled(has_entries)

    def _on_filter_changed(self) -> None:
        scope, _colon, value = str(self.category.currentData() or "").partition(":")
        risk = int(self.risk.currentData() or 0)

        def keep(trigger: Trigger) -> bool:
            if scope == "kind" and trigger.category.value != value:
                return False
            if scope == "side" and trigger.category.side.value != value:
                return False
            return not risk or int(trigger.risk) == risk

        self.proxy.set_predicate(keep if scope or risk else None)

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- editing -----------------------------------------------------------------------

    def _links(self) -> tuple[list[WarningSign], list[CopingStrategy], list[SupportContact]]:
        vault = self.editor.vault
        return (
            sorted(records.all_of(vault, WarningSign), key=lambda r: r.position),
            sorted(records.all_of(vault, CopingStrategy), key=lambda r: r.position),
            sorted(records.all_of(vault, SupportContact), key=lambda r: r.position),
        )

    def edit_trigger(self, trigger: Trigger) -> None:
        """Open the trigger form (a new trigger when ``trigger`` is unsaved)."""
        title = self.tr("Add a trigger") if trigger.is_new else self.tr("Edit trigger")
        self.editor.open_form(
            self, title, trigger, trigger_fields(*self._links()), self.tr("trigger")
        )

    def log_urge(self) -> None:
        """Open the urge log form, filled in with now."""
        self.edit_encounter(
            Encounter(occurred_at=dt.datetime.now(dt.UTC).replace(second=0, microsecond=0))
        )

    def edit_encounter(self, encounter: Encounter) -> None:
        """Open the urge log form for an entry."""
        vault = self.editor.vault
        triggers = sorted(records.all_of(vault, Trigger), key=lambda t: t.name.casefold())
        coping = sorted(records.all_of(vault, CopingStrategy), key=lambda c: c.position)
        title = self.tr("Log an urge") if encounter.is_new else self.tr("Edit urge log entry")
        self.editor.open_form(
            self,
            title,
            encounter,
            encounter_fields(triggers, coping),
            self.tr("urge log entry"),
            on_saved=self._after_urge_saved if encounter.is_new else None,
        )

    def _after_urge_saved(self, encounter: Encounter) -> None:
        if encounter.outcome is Outcome.PASSED:
            return
        steps = plan_service.current_plan(self.editor.vault).lapse_plan.strip()
        self.lapse_note = QMessageBox(self)
        self.lapse_note.setWindowTitle(self.tr("Thank you for writing this down"))
        self.lapse_note.setTextFormat(Qt.TextFormat.PlainText)
        self.lapse_note.setIcon(QMessageBox.Icon.Information)
        self.lapse_note.setText(lapse_message(steps))
        self.lapse_note.setWindowModality(Qt.WindowModality.WindowModal)
        self.lapse_note.open()

    def _edit_selected(self, table: RecordTable) -> None:
        record = table.selected_record()
        if record is not None:
            table.edit_requested.emit(record)

    def _delete_selected(self, table: RecordTable, noun: str) -> None:
        record = table.selected_record()
        if record is not None:
            self.editor.delete(self, record, noun)

    def _on_starters_clicked(self) -> None:
        starters = [starter(t) for t in STARTER_TRIGGERS]
        dialog = StarterDialog(self.tr("Common triggers"), [t.name for t in starters], self)
        dialog.chosen.connect(self._add_starters)
        dialog.open()

    def _add_starters(self, indexes: list[int]) -> None:
        stack = self.editor.undo_stack
        stack.beginMacro(self.tr("Add common triggers"))
        for index in indexes:
            record = replace(starter(STARTER_TRIGGERS[index]), id=new_id())
            self.editor.save(self, None, record, self.tr("trigger"))
        stack.endMacro()
