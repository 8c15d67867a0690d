"""The Plan tab: autosaving sections, ordered lists, reviews and versions."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from recovery_desktop.domain.plan import PlanSection, SupportContact, WarningSign
from recovery_desktop.domain.triggers import Trigger
from recovery_desktop.services import plan as plan_service
from recovery_desktop.services import records
from recovery_desktop.settings import Settings
from recovery_desktop.ui.dialogs.plan_versions_dialog import PlanVersionsDialog
from recovery_desktop.ui.dialogs.review_dialog import ReviewDialog
from recovery_desktop.ui.tasks import InlineTaskRunner
from recovery_desktop.ui.widgets.plan_text_section import AUTOSAVE_MS
from recovery_desktop.ui.widgets.starter_dialog import StarterDialog
from recovery_desktop.ui.workspace import Workspace


@pytest.fixture
def workspace(qtbot, vault, vault_folder, data_dir):
    ws = Workspace(vault, vault_folder, Settings.in_folder(data_dir), InlineTaskRunner(), 0.5)
    qtbot.addWidget(ws.window)
    ws.show()
    ws.window.tabs.setCurrentWidget(ws.plan_tab)
    yield ws
    if ws.vault.is_open:
        ws.close()


def test_typing_in_a_section_saves_after_a_pause(qtbot, workspace):
    section = workspace.plan_tab.texts[PlanSection.REASONS]
    qtbot.keyClicks(section.edit, "My daughter <i>Mia</i>")
    assert plan_service.current_plan(workspace.vault).reasons == ""
    qtbot.waitUntil(
        lambda: plan_service.current_plan(workspace.vault).reasons == "My daughter <i>Mia</i>",
        timeout=AUTOSAVE_MS * 5,
    )


def test_text_typed_just_before_closing_is_kept(qtbot, workspace):
    section = workspace.plan_tab.texts[PlanSection.LAPSE_PLAN]
    qtbot.keyClicks(section.edit, "Call Priya first")
    workspace.close()  # locking or quitting closes the workspace at once
    assert plan_service.current_plan(workspace.vault).lapse_plan == "Call Priya first"


def test_a_refresh_never_overwrites_text_being_typed(qtbot, workspace):
    section = workspace.plan_tab.texts[PlanSection.ROUTINE]
    section.edit.setFocus()
    qtbot.keyClicks(section.edit, "Up at seven")
    workspace.bus.changed.emit(records.changes_for(Trigger))  # some other edit elsewhere
    workspace.plan_tab.refresh(plan_service.PLAN_AREAS)
    assert section.edit.toPlainText() == "Up at seven"


def test_triggers_show_with_their_plans_and_contacts(qtbot, workspace):
    vault = workspace.vault
    sam, _ = records.save(vault, SupportContact(name="Sam", phone="555 0101"))
    records.save(
        vault, Trigger(name="Payday", avoid="pay bills", cope="call Sam", contact_ids=(sam.id,))
    )
    workspace.bus.changed.emit(plan_service.PLAN_AREAS)
    model = workspace.plan_tab.trigger_model
    assert model.index(0, 0).data() == "Payday"
    assert model.index(0, 2).data() == "Avoid: pay bills; Cope: call Sam"
    assert model.index(0, 3).data() == "Sam"


def test_support_ladder_moves_in_order_and_undoes(qtbot, workspace):
    vault = workspace.vault
    for position, name in enumerate(("Sam", "Priya", "Crisis line")):
        records.save(vault, SupportContact(name=name, position=position))
    workspace.bus.changed.emit(plan_service.PLAN_AREAS)
    ladder = workspace.plan_tab.contacts
    ladder.table.selectRow(2)
    ladder.buttons["up"].click()
    names = [c.name for c in plan_service.linked_plan(vault).contacts]
    assert names == ["Sam", "Crisis line", "Priya"]
    assert ladder.table.selected_record().name == "Crisis line"
    assert ladder.model.index(1, 0).data() == "2"
    workspace.window.undo_action.trigger()
    assert [c.name for c in plan_service.linked_plan(vault).contacts] == [
        "Sam",
        "Priya",
        "Crisis line",
    ]


def test_warning_sign_suggestions_on_an_empty_plan(qtbot, workspace):
    signs = workspace.plan_tab.signs
    assert signs.buttons["starters"].isVisibleTo(workspace.plan_tab)
    signs.buttons["starters"].click()
    [dialog] = [d for d in workspace.plan_tab.findChildren(StarterDialog) if d.isVisible()]
    for row in (0, 1):
        dialog.list.item(row).setCheckState(Qt.CheckState.Checked)
    dialog._on_add_clicked()
    saved = sorted(records.all_of(workspace.vault, WarningSign), key=lambda w: w.position)
    assert [w.position for w in saved] == [0, 1]
    assert not signs.buttons["starters"].isVisibleTo(workspace.plan_tab)


def test_mark_reviewed_then_open_the_old_version_and_compare(qtbot, workspace):
    vault = workspace.vault
    tab = workspace.plan_tab
    qtbot.keyClicks(tab.texts[PlanSection.CRISIS_STEPS].edit, "Call the crisis line")
    assert not tab.versions_button.isEnabled()
    tab.review_button.click()
    [review] = [d for d in tab.findChildren(ReviewDialog) if d.isVisible()]
    review.note.setText("first session")
    review._on_save_clicked()
    assert (
        "Reviewed together with my mentor: " + f"{dt.date.today():%d %B %Y}"
        in tab.review_status.text()
    )
    assert tab.versions_button.isEnabled()
    records.save(vault, Trigger(name="New trigger"))
    tab.versions_button.click()
    [versions] = [d for d in tab.findChildren(PlanVersionsDialog) if d.isVisible()]
    assert versions.list.count() == 1
    assert "first session" in versions.list.item(0).text()
    assert "Call the crisis line" in versions.text.toPlainText()
    assert versions.text.isReadOnly()
    assert versions.changes.toPlainText() == "Trigger added: New trigger"


def test_plan_models_pass_qtmodeltester(qtmodeltester, workspace):
    vault = workspace.vault
    records.save(vault, SupportContact(name="Sam"))
    records.save(vault, WarningSign(title="Skipping meals"))
    records.save(vault, Trigger(name="Payday"))
    workspace.bus.changed.emit(plan_service.PLAN_AREAS)
    tab = workspace.plan_tab
    for model in (tab.trigger_model, tab.signs.model, tab.coping.model, tab.contacts.model):
        qtmodeltester.check(model)
