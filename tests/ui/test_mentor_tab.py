"""The mentee's Mentor tab: importing feedback, answering suggestions, comments beside items."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from recovery_desktop.domain.feedback import (
    Comment,
    Recognition,
    RecognitionKind,
    SessionNote,
    Suggestion,
    SuggestionKind,
)
from recovery_desktop.domain.file_types import AGE_MAGIC
from recovery_desktop.domain.goals import Goal
from recovery_desktop.domain.plan import CopingStrategy
from recovery_desktop.domain.profile import Owner, Role
from recovery_desktop.domain.triggers import Trigger
from recovery_desktop.services import mentor, records, reports, suggestions
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.ui.models.record_table_model import RECORD_ROLE
from recovery_desktop.ui.widgets.mentor_comments import REMOVED
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.pairing import pair_directly
from tests.ui.growth_support import TODAY, open_workspace
from tests.ui.support import activate
from tests.ui.test_accessibility import check_window


@pytest.fixture(scope="module")
def mentor_vault(tmp_path_factory):
    """One mentor for the module (a vault costs half a second); each test pairs anew."""
    folder = VaultFolder.acquire(tmp_path_factory.mktemp("mentor"))
    created = folder.create(PASSPHRASE, Role.MENTOR, "Sam", kdf=FAST_KDF)
    yield created.vault
    created.vault.close()
    folder.release()


@pytest.fixture
def feedback(vault, mentor_vault, tmp_path):
    """A paired feedback file about the mentee's trigger and goal, and the mentee's items."""
    pair = pair_directly(vault, mentor_vault)
    trigger, _ = records.save(vault, Trigger(name="Payday <b>cash</b>"))
    other, _ = records.save(vault, Trigger(name="Sunday evenings"))
    goal, _ = records.save(vault, Goal(title="Sleep by eleven"))
    for item in (
        Comment(pair_id=pair, about_type="trigger", about_id=trigger.id, text="Good <i>plan</i>"),
        Comment(pair_id=pair, about_type="goal", about_id=goal.id, text="Ten minutes counts"),
        Comment(pair_id=pair, about_type="trigger", about_id="long-gone", text="How is it now?"),
        Recognition(pair_id=pair, day=TODAY, kind=RecognitionKind.WIN, text="Called Priya"),
        Suggestion(pair_id=pair, title="Walk after work", detail="Twenty minutes"),
        Suggestion(pair_id=pair, kind=SuggestionKind.COPING, title="Text Sam one word"),
        SessionNote(
            pair_id=pair,
            day=TODAY,
            notes="Payday went well",
            agreed_actions="Walk for a week",
            next_session=TODAY + dt.timedelta(days=14),
        ),
    ):
        records.save(mentor_vault, item)
    out = tmp_path / "Sam-feedback.rdfeedback"
    mentor.write_feedback(mentor_vault, pair, out, None)
    return out, trigger, other, goal


@pytest.fixture
def workspace(qtbot, vault, vault_folder, data_dir):
    ws = next(gen := open_workspace(qtbot, vault, vault_folder, data_dir))
    yield ws
    next(gen, None)


def _rows(model, column=0):
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _import(workspace, monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    workspace.window.import_feedback_action.trigger()


def _select(table, title):
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == title:
            table.selectRow(row)
            return
    raise AssertionError(f"{title!r} is not listed")


def test_imported_feedback_appears_on_the_mentor_tab(
    qtmodeltester, workspace, feedback, monkeypatch
):
    path, _trigger, _other, _goal = feedback
    tab = workspace.mentee_exchange.mentor_tab
    assert workspace.window.tabs.indexOf(tab) == (
        workspace.window.tabs.indexOf(workspace.window.page("Self-assessment")) + 1
    )
    assert workspace.window.page("Mentor") is tab

    _import(workspace, monkeypatch, path)

    assert workspace.window.tabs.currentWidget() is tab
    status = workspace.window.statusBar().currentMessage()
    assert status.startswith("Feedback from Sam imported: 7 new or updated items.")
    assert "2 suggestions are waiting for your answer" in status
    assert _rows(tab.notes.model) == [f"{TODAY:%d %b %Y}"]
    assert "Agreed actions\nWalk for a week" in tab.note_text.toPlainText()
    assert _rows(tab.recognitions.model, 2) == ["Called Priya"]
    assert sorted(_rows(tab.pending.model)) == ["Text Sam one word", "Walk after work"]
    about = dict(zip(_rows(tab.comments.model, 2), _rows(tab.comments.model, 1), strict=True))
    assert about == {
        "Good <i>plan</i>": "your trigger “Payday <b>cash</b>”",
        "Ten minutes counts": "your goal “Sleep by eleven”",
        "How is it now?": REMOVED,
    }
    next_session = TODAY + dt.timedelta(days=14)
    assert f"Next session: {next_session:%A} {next_session.day}" in tab.summary.text()
    assert _rows(tab.history.model(), 1) == ["Feedback you imported"]
    assert tab.summary.textFormat() == Qt.TextFormat.PlainText

    for model in (
        tab.pending.model,
        tab.answered.model,
        tab.recognitions.model,
        tab.notes.model,
        tab.comments.model,
        tab.history_model,
    ):
        qtmodeltester.check(model)
    assert isinstance(tab.pending.model.index(0, 0).data(RECORD_ROLE), Suggestion)

    # Every control named and reachable with Tab, no text cut off, no markup.
    activate(workspace.window)
    workspace.window.tabs.tabBar().setFocus()
    check_window(workspace.window, "a11y-mentor-tab-with-feedback")

    # Importing the same file again changes nothing, and says so calmly.
    _import(workspace, monkeypatch, path)
    assert "imported before, so nothing changed" in workspace.window.statusBar().currentMessage()


def test_accept_makes_own_copies_and_the_suggestion_moves_to_answered(
    workspace, feedback, monkeypatch
):
    _import(workspace, monkeypatch, feedback[0])
    tab = workspace.mentee_exchange.mentor_tab
    _select(tab.pending.table, "Walk after work")
    assert "Twenty minutes" in tab.suggestion_detail.text()

    tab.accept_button.click()

    goals = [g for g in records.all_of(workspace.vault, Goal) if g.title == "Walk after work"]
    assert len(goals) == 1 and goals[0].proposed_by is Owner.MENTOR
    assert _rows(tab.pending.model) == ["Text Sam one word"]
    assert _rows(tab.answered.model) == ["Walk after work"]
    assert _rows(tab.answered.model, 2) == ["Accepted: in your goals"]
    assert "is now in your goals" in tab.answer_note.text()
    # The Goals tab lists it, proposed by the mentor.
    goals_tab = workspace.growth.goals_tab
    workspace.window.tabs.setCurrentWidget(goals_tab)
    titles = [goals_tab.proxy.index(r, 0).data() for r in range(goals_tab.proxy.rowCount())]
    assert "Walk after work" in titles

    # Accepting is one undo step too: the copy goes, the suggestion waits again.
    workspace.window.tabs.setCurrentWidget(tab)
    workspace.window.undo_stack.undo()
    assert [g.title for g in records.all_of(workspace.vault, Goal)] == ["Sleep by eleven"]
    assert sorted(_rows(tab.pending.model)) == ["Text Sam one word", "Walk after work"]

    # A suggested coping strategy joins the plan.
    _select(tab.pending.table, "Text Sam one word")
    tab.accept_button.click()
    assert [c.title for c in records.all_of(workspace.vault, CopingStrategy)] == [
        "Text Sam one word"
    ]
    assert _rows(tab.answered.model, 2) == ["Accepted: in your plan"]


def test_decline_then_undo_and_redo(workspace, feedback, monkeypatch):
    _import(workspace, monkeypatch, feedback[0])
    tab = workspace.mentee_exchange.mentor_tab
    stack = workspace.window.undo_stack
    _select(tab.pending.table, "Text Sam one word")

    tab.decline_button.click()
    assert _rows(tab.pending.model) == ["Walk after work"]
    assert _rows(tab.answered.model, 2) == ["Declined"]
    assert stack.undoText() == "Decline “Text Sam one word”"
    assert records.all_of(workspace.vault, CopingStrategy) == []

    stack.undo()
    assert sorted(_rows(tab.pending.model)) == ["Text Sam one word", "Walk after work"]
    assert tab.answered.model.rowCount() == 0
    assert [s.title for s in suggestions.pending(workspace.vault)] != []

    stack.redo()
    assert _rows(tab.pending.model) == ["Walk after work"]
    assert _rows(tab.answered.model, 2) == ["Declined"]


def test_comments_panel_beside_triggers_and_goals(workspace, feedback, monkeypatch):
    _path, trigger, other, goal = feedback
    _import(workspace, monkeypatch, feedback[0])
    triggers_tab = workspace.triggers_tab
    workspace.window.tabs.setCurrentWidget(triggers_tab)
    panel = triggers_tab.trigger_comments

    triggers_tab.table.select_record(trigger.id)
    assert panel.isVisible()
    assert panel.text.toPlainText().endswith("Good <i>plan</i>")  # plain text, as written
    assert panel.text.isReadOnly()
    activate(workspace.window)
    triggers_tab.table.setFocus()
    check_window(workspace.window, "a11y-triggers-with-mentor-comments")
    triggers_tab.table.select_record(other.id)
    assert not panel.isVisible()

    goals_tab = workspace.growth.goals_tab
    workspace.window.tabs.setCurrentWidget(goals_tab)
    goals_tab.table.select_record(goal.id)
    assert goals_tab.mentor_comments.isVisible()
    assert goals_tab.mentor_comments.text.toPlainText().endswith("Ten minutes counts")


def test_a_passphrase_is_asked_for_and_failures_change_nothing(workspace, monkeypatch, tmp_path):
    fake = tmp_path / "feedback.rdfeedback"
    fake.write_bytes(AGE_MAGIC + b"\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA 18\nbm90IGEga2V5\n--- x\n")
    asked = []

    def cancel(*args, **kwargs):
        asked.append(args)
        return "", False

    monkeypatch.setattr(QInputDialog, "getText", cancel)
    _import(workspace, monkeypatch, fake)
    assert len(asked) == 1 and asked[0][3] == QLineEdit.EchoMode.Password
    assert workspace.window.statusBar().currentMessage() == "Nothing was imported."

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("not our passphrase", True))
    _import(workspace, monkeypatch, fake)
    boxes = [b for b in workspace.window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and "Nothing was imported" in boxes[0].text()
    assert records.all_of(workspace.vault, Comment) == []
    boxes[0].close()

    # A file that cannot be read is explained the same calm way.
    workspace.mentee_exchange.import_feedback_file(tmp_path / "gone.rdfeedback")
    boxes = [b for b in workspace.window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert boxes[0].textFormat() == Qt.TextFormat.PlainText
    assert "gone.rdfeedback could not be read" in boxes[0].text()


def test_a_comment_can_be_chosen_for_the_printed_plan(workspace, feedback, monkeypatch):
    path, trigger, _other, _goal = feedback
    tab = workspace.mentee_exchange.mentor_tab
    _import(workspace, monkeypatch, path)
    comments = tab.comments.table
    for row in range(comments.model().rowCount()):
        if comments.model().index(row, 2).data() == "Good <i>plan</i>":
            comments.selectRow(row)
    assert tab.print_comment.isVisible() and not tab.print_comment.isChecked()
    tab.print_comment.click()
    assert reports.printed_comments(workspace.vault) == [
        (f"Trigger: {trigger.name}", "Good <i>plan</i>")
    ]
    tab.print_comment.click()
    assert reports.printed_comments(workspace.vault) == []
