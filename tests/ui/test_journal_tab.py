"""The Journal tab: private by default, shared only on purpose, searchable, nothing lost."""

import pytest
from PySide6.QtCore import Qt

from recovery_desktop.services import journal
from recovery_desktop.ui.views.journal_tab import PRIVATE_NOTE, SHARED_NOTE
from tests.ui.growth_support import TODAY, days_ago, open_workspace


@pytest.fixture
def workspace(qtbot, vault, vault_folder, data_dir):
    ws = next(gen := open_workspace(qtbot, vault, vault_folder, data_dir))
    ws.window.tabs.setCurrentWidget(ws.growth.journal_tab)
    yield ws
    next(gen, None)


def _tab(workspace):
    return workspace.growth.journal_tab


def test_a_new_entry_is_private_until_shared_on_purpose(qtbot, workspace):
    tab = _tab(workspace)
    assert not tab.share.isChecked() and tab.privacy.text() == PRIVATE_NOTE
    tab.title.setFocus()
    qtbot.keyClicks(tab.title, "Payday <b>evening</b>")
    qtbot.keyClicks(tab.body, "Went climbing instead.")
    tab.mood.setCurrentIndex(tab.mood.findData(4))
    tab.body.setFocus()
    qtbot.keyClick(tab.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [entry] = journal.entries(workspace.vault)
    assert (entry.title, entry.body, entry.mood, entry.shared, entry.entry_date) == (
        "Payday <b>evening</b>",
        "Went climbing instead.",
        4,
        False,
        TODAY,
    )
    assert tab.model.index(0, 1).data() == "Payday <b>evening</b>"
    assert tab.model.index(0, 3).data() == "Private"
    tab.share.setChecked(True)
    assert tab.privacy.text() == SHARED_NOTE
    tab.save_button.click()
    assert journal.entries(workspace.vault)[0].shared
    workspace.window.undo_stack.undo()
    assert not journal.entries(workspace.vault)[0].shared


def test_search_matches_every_word(qtbot, workspace):
    vault = workspace.vault
    for day, body in ((3, "Called Sam after the meeting"), (2, "Quiet day"), (1, "sam again")):
        journal.add_entry(vault, days_ago(day), body)
    workspace.bus.changed.emit(journal.add_entry(vault, TODAY, "Meeting notes, Sam")[1])
    tab = _tab(workspace)
    workspace.window.find_action.trigger()
    assert workspace.window.focusWidget() is tab.search
    qtbot.keyClicks(tab.search, "SAM meeting")
    shown = [tab.proxy.index(r, 1).data() for r in range(tab.proxy.rowCount())]
    assert sorted(shown) == ["Called Sam after the meeting", "Meeting notes, Sam"]
    assert tab.found.text() == "2 entries with “SAM meeting”."
    assert [e.body for e in journal.search(vault, "sam meeting")] == [
        "Meeting notes, Sam",
        "Called Sam after the meeting",
    ]


def test_opening_another_entry_keeps_what_was_typed(qtbot, workspace):
    vault = workspace.vault
    first, changes = journal.add_entry(vault, days_ago(1), "Yesterday")
    workspace.bus.changed.emit(changes)
    tab = _tab(workspace)
    qtbot.keyClicks(tab.body, "Typed but not saved")
    tab.table.select_record(first.id)
    assert tab.body.toPlainText() == "Yesterday"
    bodies = sorted(e.body for e in journal.entries(vault))
    assert bodies == ["Typed but not saved", "Yesterday"]
    # Typed into an existing entry, then the workspace closes (a lock): still kept.
    tab.body.setPlainText("Yesterday, and more")
    workspace.close()
    assert "Yesterday, and more" in [e.body for e in journal.entries(vault)]


def test_an_empty_entry_asks_for_words_and_deleting_can_be_undone(qtbot, workspace):
    tab = _tab(workspace)
    tab.save_button.click()
    assert tab.problem.isVisible() and journal.entries(workspace.vault) == []
    qtbot.keyClicks(tab.body, "Something")
    tab.save_button.click()
    tab.delete_button.click()
    assert journal.entries(workspace.vault) == []
    workspace.window.undo_stack.undo()
    assert [e.body for e in journal.entries(workspace.vault)] == ["Something"]
