"""The mentor's window: open a share, read the mentee's workspace, write feedback."""

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPlainTextEdit

from recovery_desktop.domain.feedback import Comment, SessionNote
from recovery_desktop.domain.plan import PlanSection
from recovery_desktop.domain.profile import Role
from recovery_desktop.domain.share_selection import ShareChoice
from recovery_desktop.domain.triggers import Trigger
from recovery_desktop.services import exchange, mentor, plan, records, share
from recovery_desktop.services.changes import Changes
from recovery_desktop.settings import Settings
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.ui.tasks import InlineTaskRunner
from recovery_desktop.ui.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.pairing import pair_directly
from tests.ui.support import assert_all_named


@pytest.fixture
def mentor_folder(tmp_path):
    folder = VaultFolder.acquire(tmp_path / "mentor")
    yield folder
    folder.release()


@pytest.fixture
def mentor_workspace(qtbot, mentor_folder, tmp_path):
    created = mentor_folder.create(PASSPHRASE, Role.MENTOR, "Sam", kdf=FAST_KDF)
    ws = Workspace(
        created.vault,
        mentor_folder,
        Settings.in_folder(tmp_path / "mentor"),
        InlineTaskRunner(),
        0.5,
    )
    qtbot.addWidget(ws.window)
    ws.show()
    yield ws
    if ws.vault.is_open:
        ws.close()
        created.vault.close()


@pytest.fixture
def share_file(vault, mentor_workspace, tmp_path):
    """A paired share from the mentee (Jordan) with a trigger and plan text."""
    pair_directly(vault, mentor_workspace.vault)
    records.save(vault, Trigger(name="Payday <b>bold</b>"))
    plan.set_section(vault, PlanSection.REASONS, "My daughter")
    path = tmp_path / "jordan.rdshare"
    share.write(vault, ShareChoice(), path, None)
    return path


def test_a_mentor_window_has_no_mentee_tabs_of_its_own(mentor_workspace):
    window = mentor_workspace.window
    names = [window.tabs.widget(i).accessibleName() for i in range(window.tabs.count())]
    assert names == ["Mentees"]
    assert not window.share_action.isVisible() and window.open_share_action.isVisible()
    assert mentor_workspace.mentor.home.empty_note.isVisibleTo(window)


def test_opening_a_share_shows_the_session_read_only(qtbot, mentor_workspace, share_file):
    pages = mentor_workspace.mentor
    pages.import_share_file(share_file)
    session = pages.session
    assert session is not None and session.person.name == "Jordan"
    assert "Jordan's workspace as shared on" in session.view.banner.text()
    assert "Session brief: Jordan's first share" in session.brief_text.toPlainText()
    view = session.view
    view.tabs.setCurrentWidget(view.triggers_tab)
    assert view.triggers_tab.model.rowCount() == 1
    assert not view.triggers_tab.add_button.isVisibleTo(view)
    assert view.triggers_tab.search.isEnabled() and not view.triggers_tab.search.isReadOnly()
    view.tabs.setCurrentWidget(view.plan_tab)
    texts = [e for e in view.plan_tab.findChildren(QPlainTextEdit) if e.toPlainText()]
    assert texts and all(e.isReadOnly() for e in texts)
    view.tabs.setCurrentWidget(view.checkin_tab)
    form = view.checkin_tab.form
    assert form.heading.text().startswith("Check-in for ")  # the mentor's today is not theirs
    assert form.status.text() in ("As shared, read-only.", "No check-in was shared for this day.")
    assert "You" not in form.status.text() and form.use_label.text() == "That day:"
    assert form.grateful.accessibleName() == "Grateful for"  # not "I", read by a mentor
    assert form.sharing.accessibleName() == "What the mentor sees"
    with pytest.raises(Exception, match="readonly"):  # the snapshot refuses writes too
        records.save(session.snapshot, Trigger(name="sneaked in"))
    assert_all_named(mentor_workspace.window)


def test_feedback_is_written_undone_and_reaches_the_mentee(
    qtbot, vault, mentor_workspace, share_file, tmp_path, monkeypatch
):
    pages = mentor_workspace.mentor
    pages.import_share_file(share_file)
    tab = pages.session.feedback_tab
    pages.session.view.tabs.setCurrentWidget(tab)
    trigger = next(r for r in pages.session.records if isinstance(r, Trigger))
    tab.add_comment(about=trigger)
    dialog = mentor_workspace.editor.dialog
    [about] = [
        label
        for label in dialog.findChildren(QLabel)
        if label.text() == "About: Trigger: Payday <b>bold</b>"
    ]
    assert about.textFormat() is Qt.TextFormat.PlainText  # a name is never markup
    qtbot.keyClicks(dialog.editors["text"], "You saw it coming.")
    dialog._on_save_clicked()
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 3).data() == "Trigger: Payday <b>bold</b>"
    mentor_workspace.window.undo_action.trigger()
    assert tab.model.rowCount() == 0
    mentor_workspace.window.redo_action.trigger()
    assert tab.model.rowCount() == 1
    records.save(
        mentor_workspace.vault,
        SessionNote(pair_id=pages.session.person.pair_id, day=dt.date.today(), notes="Payday"),
    )
    out = tmp_path / "for-jordan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    mentor_workspace.window.write_feedback_action.trigger()
    written = out.with_name("for-jordan.rdfeedback")
    assert oct(written.stat().st_mode & 0o777) == "0o600"
    result = exchange.import_file(vault, written.read_bytes(), lambda: "")
    assert result.written == 2
    [comment] = records.all_of(vault, Comment)
    assert comment.about_id == trigger.id and comment.text == "You saw it coming."


def test_a_passphrase_share_asks_for_the_passphrase_once(
    qtbot, vault, mentor_workspace, tmp_path, monkeypatch
):
    records.save(vault, Trigger(name="Payday"))
    path = tmp_path / "first.rdshare"
    share.write(vault, ShareChoice(), path, "otter violin copper meadow")
    asked = []

    def give(*_args, **_kwargs):
        asked.append(_args[-1])
        return "otter violin copper meadow", True

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", give)
    mentor_workspace.mentor.import_share_file(path)
    assert asked == [QLineEdit.EchoMode.Password]
    [person] = mentor.mentees(mentor_workspace.vault)
    assert person.name == "Jordan" and person.paired
    assert mentor_workspace.mentor.session.person.pair_id == person.pair_id


def test_the_comment_button_asks_which_item(qtbot, mentor_workspace, share_file, monkeypatch):
    pages = mentor_workspace.mentor
    pages.import_share_file(share_file)
    tab = pages.session.feedback_tab
    pages.session.view.tabs.setCurrentWidget(tab)
    offered = []

    def pick(_parent, _title, _label, items, *_args):
        offered.extend(items)
        return "Trigger: Payday <b>bold</b>", True

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getItem", pick)
    tab.comment_button.click()
    assert "The relapse-prevention plan" in offered
    dialog = mentor_workspace.editor.dialog
    qtbot.keyClicks(dialog.editors["text"], "Nice catch")
    dialog._on_save_clicked()
    [comment] = records.all_of(mentor_workspace.vault, Comment)
    assert comment.about_type == "trigger" and comment.text == "Nice catch"


def test_an_earlier_share_can_be_shown_as_it_arrived(
    qtbot, vault, mentor_workspace, share_file, tmp_path
):
    pages = mentor_workspace.mentor
    pages.import_share_file(share_file)
    trigger = next(t for t in records.all_of(vault, Trigger))
    records.save(vault, replace(trigger, name="Payday, renamed"))
    second = tmp_path / "second.rdshare"
    share.write(vault, ShareChoice(), second, None)
    pages.import_share_file(second)
    combo = pages.session.history_combo
    assert combo.count() == 3  # everything so far, then share 2, then share 1
    combo.activated.emit(2)
    qtbot.waitUntil(lambda: pages.session is not None and pages.session.share_id is not None)
    session = pages.session
    assert "share 1 of" in session.view.banner.text()
    names = [r.name for r in session.records if isinstance(r, Trigger)]
    assert names == ["Payday <b>bold</b>"]
    assert session.history_combo.currentIndex() == 2
    # The closed session's tabs are gone, and so are their connections to the change bus.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    mentor_workspace.bus.changed.emit(Changes.all())
