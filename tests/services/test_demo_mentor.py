"""`demo-data` in a mentor's vault: a mentee with two shares and a session in progress."""

import contextlib
import datetime as dt
import io
import logging
import tempfile
from collections import Counter
from pathlib import Path

import pytest

from recovery_desktop import cli
from recovery_desktop.domain.feedback import (
    Comment,
    Recognition,
    RecognitionKind,
    SessionNote,
    Suggestion,
    SuggestionAnswer,
    SuggestionKind,
)
from recovery_desktop.domain.goals import Goal, GoalStatus
from recovery_desktop.domain.plan import CopingStrategy
from recovery_desktop.domain.profile import Role
from recovery_desktop.domain.triggers import Encounter
from recovery_desktop.services import demo_mentor, exchange, mentor
from recovery_desktop.storage.folder import VaultFolder
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture(scope="module")
def after_demo(tmp_path_factory):
    """A mentor's data folder after ``demo-data --years 0.2``, its output, and the temp dir."""
    root = tmp_path_factory.mktemp("demo-mentor")
    data_dir, temp = root / "mentor", root / "temp"
    temp.mkdir()
    folder = VaultFolder.acquire(data_dir)
    folder.create(PASSPHRASE, Role.MENTOR, "Sam", kdf=FAST_KDF).vault.close()
    folder.release()
    out = io.StringIO()
    made = []

    def spy(*args, **kwargs):
        directory = real(*args, **kwargs)
        made.append(Path(directory.name))
        return directory

    real = tempfile.TemporaryDirectory
    handlers = logging.getLogger().handlers[:]
    with pytest.MonkeyPatch.context() as patch, contextlib.redirect_stdout(out):
        patch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
        patch.setattr(tempfile, "tempdir", str(temp))
        patch.setattr(tempfile, "TemporaryDirectory", spy)
        code = cli.main(["--data-dir", str(data_dir), "demo-data", "--years", "0.2"])
    for handler in logging.getLogger().handlers:
        handler.close()
    logging.getLogger().handlers[:] = handlers
    return code, out.getvalue(), data_dir, temp, made


@pytest.fixture
def mentor_vault(after_demo):
    code, _out, data_dir, _temp, _made = after_demo
    assert code == cli.EXIT_OK
    folder = VaultFolder.acquire(data_dir)
    vault = folder.unlock(PASSPHRASE)
    yield vault
    vault.close()
    folder.release()


def _by_type(records):
    return Counter(type(r).__name__ for r in records)


def test_demo_data_in_a_mentor_vault_makes_one_mentee_with_two_shares(after_demo, mentor_vault):
    _code, out, _data_dir, _temp, _made = after_demo
    (mentee,) = mentor.mentees(mentor_vault)
    assert mentee.name == "Alex" and mentee.paired and mentee.shares == 2
    assert [s.sequence for s in mentor.shares(mentor_vault, mentee.pair_id)] == [1, 2]
    lines = out.strip().splitlines()
    assert len(lines) == 1 and "Alex" in lines[0] and "2 times" in lines[0]


def test_the_second_share_shows_what_the_mentee_did_since_the_session(mentor_vault):
    (mentee,) = mentor.mentees(mentor_vault)
    first, second = mentor.shares(mentor_vault, mentee.pair_id)
    before = mentor.share_records(mentor_vault, first.id)
    after = mentor.share_records(mentor_vault, second.id)
    assert _by_type(after)["Encounter"] == _by_type(before)["Encounter"] + 2
    done_before = {g.id for g in before if isinstance(g, Goal) and g.status is GoalStatus.DONE}
    done_after = {g.id for g in after if isinstance(g, Goal) and g.status is GoalStatus.DONE}
    assert len(done_after - done_before) == 1  # the goal the mentor commented on
    (answer,) = [r for r in after if isinstance(r, SuggestionAnswer)]
    assert not any(isinstance(r, SuggestionAnswer) for r in before)
    (idea,) = [
        r
        for r in mentor.feedback_records(mentor_vault, mentee.pair_id)
        if isinstance(r, Suggestion) and r.id == answer.suggestion_id
    ]
    assert answer.accepted and idea.kind is SuggestionKind.COPING
    copies = [r for r in after if isinstance(r, CopingStrategy) and r.id == answer.copy_id]
    assert [c.title for c in copies] == [idea.title]


def test_the_mentor_has_responded_on_real_items(mentor_vault):
    (mentee,) = mentor.mentees(mentor_vault)
    feedback = mentor.feedback_records(mentor_vault, mentee.pair_id)
    seen = {r.id: r for r in mentor.mentee_records(mentor_vault, mentee.pair_id)}
    comments = [r for r in feedback if isinstance(r, Comment)]
    about = Counter(c.about_type for c in comments)
    assert about == {"trigger": 2, "goal": 1, "encounter": 1}
    assert all(c.about_id in seen for c in comments)
    recognitions = {r.kind for r in feedback if isinstance(r, Recognition)}
    assert recognitions == {RecognitionKind.STRENGTH, RecognitionKind.WIN}
    suggestions = {r.kind for r in feedback if isinstance(r, Suggestion)}
    assert suggestions == {SuggestionKind.GOAL, SuggestionKind.COPING}
    (note,) = [r for r in feedback if isinstance(r, SessionNote)]
    assert note.agreed_actions.strip() and note.next_session == note.day + dt.timedelta(days=14)
    assert all(r.text.strip() for r in feedback if isinstance(r, Comment | Recognition))


def test_the_log_shows_two_shares_received_and_one_feedback_sent(mentor_vault):
    log = exchange.exchange_log(mentor_vault)[::-1]  # oldest first
    assert [(e.direction, e.kind, e.sequence) for e in log] == [
        ("received", "share", 1),
        ("sent", "feedback", 1),
        ("received", "share", 2),
    ]
    # One comment, on the second share, is a draft: written after the feedback was sent.
    (mentee,) = mentor.mentees(mentor_vault)
    comments = [
        r for r in mentor.feedback_records(mentor_vault, mentee.pair_id) if isinstance(r, Comment)
    ]
    sent = log[1]
    assert sent.counts["comment"] == len(comments) - 1
    (draft,) = [c for c in comments if c.updated_at > sent.logged_at]
    assert draft.about_type == "encounter"
    second_share = mentor.share_records(
        mentor_vault, mentor.shares(mentor_vault, mentee.pair_id)[1].id
    )
    assert draft.about_id in {r.id for r in second_share if isinstance(r, Encounter)}


def test_no_temporary_files_are_left_behind(after_demo):
    _code, _out, _data_dir, temp, made = after_demo
    assert made and all(path.parent == temp for path in made)  # the mentee's side was there
    assert list(temp.iterdir()) == []


def test_a_mentor_session_goes_only_into_a_mentor_vault(vault):
    with pytest.raises(ValueError):
        demo_mentor.fill(vault, years=0.1)
