"""The Triggers tab, driven by keyboard and mouse as a person would."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from recovery_desktop.domain.plan import CopingStrategy, SupportContact, WarningSign
from recovery_desktop.domain.triggers import Encounter, Outcome, Risk, Trigger, TriggerCategory
from recovery_desktop.services import records
from recovery_desktop.settings import Settings
from recovery_desktop.ui.models.record_table_model import RECORD_ROLE
from recovery_desktop.ui.tasks import InlineTaskRunner
from recovery_desktop.ui.widgets.starter_dialog import StarterDialog
from recovery_desktop.ui.workspace import Workspace


@pytest.fixture
def workspace(qtbot, vault, vault_folder, data_dir):
    ws = Workspace(vault, vault_folder, Settings.in_folder(data_dir), InlineTaskRunner(), 0.5)
    qtbot.addWidget(ws.window)
    ws.show()
    ws.window.tabs.setCurrentWidget(ws.triggers_tab)  # tabs load when they are shown
    yield ws
    ws.close()


def _tick(links: QListWidget, *labels: str) -> None:
    for row in range(links.count()):
        item = links.item(row)
        if item.text() in labels:
            item.setCheckState(Qt.CheckState.Checked)


def _rows(table) -> list:
    model = table.model()
    return [model.index(row, 0).data(RECORD_ROLE) for row in range(model.rowCount())]


def test_add_a_trigger_with_its_plan_and_links(qtbot, workspace):
    vault = workspace.vault
    sign, _ = records.save(vault, WarningSign(title="Skipping meals"))
    coping, _ = records.save(vault, CopingStrategy(title="Urge surfing"))
    sam, _ = records.save(vault, SupportContact(name="Sam"))
    tab = workspace.triggers_tab
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = workspace.editor.dialog
    assert dialog is not None and dialog.isVisible()
    editors = dialog.editors
    qtbot.keyClicks(editors["name"], "Payday <b>&amp;</b>")
    editors["category"].setCurrentIndex(editors["category"].findData(TriggerCategory.SITUATIONS))
    editors["risk"].setCurrentIndex(editors["risk"].findData(Risk.HIGH))
    qtbot.keyClicks(editors["avoid"], "Pay bills first thing")
    qtbot.keyClicks(editors["escape"], "Leave the high street")
    qtbot.keyClicks(editors["cope"], "Call Sam")
    _tick(editors["warning_sign_ids"], "Skipping meals")
    _tick(editors["coping_ids"], "Urge surfing")
    _tick(editors["contact_ids"], "Sam")
    dialog._on_save_clicked()
    [saved] = records.all_of(vault, Trigger)
    assert saved.name == "Payday <b>&amp;</b>"
    assert (saved.avoid, saved.escape, saved.cope) == (
        "Pay bills first thing",
        "Leave the high street",
        "Call Sam",
    )
    assert saved.risk is Risk.HIGH
    assert saved.warning_sign_ids == (sign.id,)
    assert saved.coping_ids == (coping.id,)
    assert saved.contact_ids == (sam.id,)
    # Shown literally in the list, markup and all.
    assert tab.model.index(0, 0).data() == "Payday <b>&amp;</b>"


def test_empty_name_is_explained_next_to_the_field_and_nothing_is_lost(qtbot, workspace):
    tab = workspace.triggers_tab
    tab.edit_trigger(Trigger(name=""))
    dialog = workspace.editor.dialog
    qtbot.keyClicks(dialog.editors["cope"], "Walk it off")
    dialog._on_save_clicked()
    assert dialog.isVisible()
    error = dialog._errors["name"]
    assert not error.isHidden() and "name" in error.text().lower()
    assert dialog.editors["cope"].toPlainText() == "Walk it off"
    assert records.all_of(workspace.vault, Trigger) == []


def test_log_an_urge_by_keyboard_only(qtbot, workspace):
    vault = workspace.vault
    records.save(vault, Trigger(name="Friday after work"))
    records.save(vault, CopingStrategy(title="Thirty-minute delay"))
    workspace.window.log_urge_action.trigger()
    dialog = workspace.editor.dialog
    assert dialog.windowTitle() == "Log an urge"
    triggers = dialog.editors["trigger_ids"]
    assert dialog.focusWidget() is triggers  # the first question: which trigger
    qtbot.keyClick(triggers, Qt.Key.Key_Space)  # tick the highlighted trigger
    qtbot.keyClick(triggers, Qt.Key.Key_Tab)
    intensity = dialog.editors["intensity"]
    assert dialog.focusWidget() is intensity
    intensity.selectAll()
    qtbot.keyClicks(intensity, "8")
    qtbot.keyClick(intensity, Qt.Key.Key_Return)  # Enter saves
    [logged] = records.all_of(vault, Encounter)
    assert logged.intensity == 8
    assert logged.outcome is Outcome.PASSED
    [trigger] = records.all_of(vault, Trigger)
    assert logged.trigger_ids == (trigger.id,)
    assert abs(logged.occurred_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=2)
    assert workspace.triggers_tab.model.stats[trigger.id].recent == 1
    assert workspace.triggers_tab.model.index(0, 3).data() == "1"


def test_delete_then_undo_then_redo(qtbot, workspace):
    vault = workspace.vault
    records.save(vault, Trigger(name="Keep me"))
    workspace.bus.changed.emit(records.changes_for(Trigger))
    tab = workspace.triggers_tab
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert records.all_of(vault, Trigger) == []
    assert tab.model.rowCount() == 0
    assert workspace.window.undo_action.text().endswith("Delete trigger")
    workspace.window.undo_action.trigger()
    assert [t.name for t in records.all_of(vault, Trigger)] == ["Keep me"]
    assert tab.model.rowCount() == 1
    workspace.window.redo_action.trigger()
    assert records.all_of(vault, Trigger) == []


def test_undo_an_edit_restores_the_previous_text(qtbot, workspace):
    vault = workspace.vault
    original, _ = records.save(vault, Trigger(name="Payday", cope="call Sam"))
    workspace.editor.save(
        workspace.triggers_tab,
        original,
        Trigger(**{**original.__dict__, "cope": "walk"}),
        "trigger",
    )
    assert records.all_of(vault, Trigger)[0].cope == "walk"
    workspace.window.undo_action.trigger()
    assert records.all_of(vault, Trigger)[0].cope == "call Sam"


def test_filter_search_and_sort(qtbot, workspace):
    vault = workspace.vault
    for name, category, risk in (
        ("Payday", TriggerCategory.SITUATIONS, Risk.HIGH),
        ("Lonely evenings", TriggerCategory.FEELINGS, Risk.MEDIUM),
        ("Adverts", TriggerCategory.THINGS, Risk.LOW),
    ):
        records.save(vault, Trigger(name=name, category=category, risk=risk))
    workspace.bus.changed.emit(records.changes_for(Trigger))
    tab = workspace.triggers_tab
    assert [t.name for t in _rows(tab.table)] == ["Payday", "Lonely evenings", "Adverts"]
    tab.category.setCurrentIndex(tab.category.findText("Inside me (feelings, thoughts, body)"))
    assert [t.name for t in _rows(tab.table)] == ["Lonely evenings"]
    tab.category.setCurrentIndex(tab.category.findText("Things"))
    assert [t.name for t in _rows(tab.table)] == ["Adverts"]
    tab.category.setCurrentIndex(tab.category.findText("Situations"))
    assert [t.name for t in _rows(tab.table)] == ["Payday"]
    tab.category.setCurrentIndex(0)
    tab.risk.setCurrentIndex(tab.risk.findText("Low risk"))
    assert [t.name for t in _rows(tab.table)] == ["Adverts"]
    tab.risk.setCurrentIndex(0)
    workspace.window.tabs.setCurrentWidget(tab)  # the window opens on the Check-in tab
    workspace.window.find_action.trigger()
    assert workspace.window.focusWidget() is tab.search
    qtbot.keyClicks(tab.search, "pay")
    assert [t.name for t in _rows(tab.table)] == ["Payday"]


def test_starter_suggestions_when_empty(qtbot, workspace):
    tab = workspace.triggers_tab
    assert tab.starters_button.isVisibleTo(tab)
    tab.starters_button.click()
    [dialog] = [w for w in tab.findChildren(StarterDialog) if w.isVisible()]
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.list.item(3).setCheckState(Qt.CheckState.Checked)
    dialog._on_add_clicked()
    assert len(records.all_of(workspace.vault, Trigger)) == 2
    assert not tab.starters_button.isVisibleTo(tab)
    workspace.window.undo_action.trigger()  # one step undoes the whole batch
    assert records.all_of(workspace.vault, Trigger) == []


def test_models_pass_qtmodeltester(qtmodeltester, workspace):
    vault = workspace.vault
    trigger, _ = records.save(vault, Trigger(name="Payday"))
    records.save(vault, Encounter(occurred_at=dt.datetime.now(dt.UTC), trigger_ids=(trigger.id,)))
    workspace.bus.changed.emit(records.changes_for(Trigger, Encounter))
    tab = workspace.triggers_tab
    for model in (tab.model, tab.proxy, tab.encounter_model, tab.encounter_proxy):
        qtmodeltester.check(model)


def test_dialog_widgets_are_plain_text_and_named(qtbot, workspace):
    workspace.triggers_tab.edit_trigger(Trigger(name=""))
    dialog = workspace.editor.dialog
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QListWidget, QCheckBox)
    controls = [w for w in dialog.findChildren(QWidget) if isinstance(w, kinds)]
    assert len(controls) >= 11
    for widget in controls:
        if widget.isVisibleTo(dialog) and not isinstance(widget.parent(), (QComboBox, QSpinBox)):
            assert widget.accessibleName(), widget


def test_a_logged_lapse_is_met_with_the_plans_first_steps(qtbot, workspace):
    from recovery_desktop.domain.plan import PlanSection
    from recovery_desktop.services import plan as plan_service

    plan_service.set_section(workspace.vault, PlanSection.LAPSE_PLAN, "1. Call Priya <now>")
    tab = workspace.triggers_tab
    tab.log_urge()
    dialog = workspace.editor.dialog
    outcome = dialog.editors["outcome"]
    outcome.setCurrentIndex(outcome.findData(Outcome.LAPSE))
    dialog._on_save_clicked()
    note = tab.lapse_note
    assert note is not None and note.isVisible()
    assert note.textFormat() == Qt.TextFormat.PlainText
    assert "1. Call Priya <now>" in note.text()
    text = note.text().lower()
    for harsh in ("failed", "failure", "reset", "start over", "back to zero"):
        assert harsh not in text


def test_form_choices_come_back_as_their_own_types(qtbot, workspace):
    tab = workspace.triggers_tab
    tab.edit_trigger(Trigger(name="Payday"))
    dialog = workspace.editor.dialog
    dialog.editors["risk"].setCurrentIndex(dialog.editors["risk"].findText("High"))
    edited = dialog.edited()
    assert edited.risk is Risk.HIGH
    assert isinstance(edited.category, TriggerCategory)
