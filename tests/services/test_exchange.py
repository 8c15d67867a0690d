"""The exchange end to end through files: share, feedback, pairing, replay, ownership."""

import datetime as dt
import json
from dataclasses import replace

import pytest

from recovery_desktop.domain import errors
from recovery_desktop.domain.checkins import CheckIn, Sharing
from recovery_desktop.domain.feedback import Comment, Recognition, SessionNote, Suggestion
from recovery_desktop.domain.journal import JournalEntry
from recovery_desktop.domain.profile import Role
from recovery_desktop.domain.share_selection import CheckInDetail, ShareChoice
from recovery_desktop.domain.triggers import Trigger
from recovery_desktop.services import exchange, mentor, records, share
from recovery_desktop.services.exchange_file import Mode
from recovery_desktop.storage.folder import VaultFolder
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.pairing import open_paired, pair_directly

SHARE_PASS = "otter violin copper meadow"
TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def mentor_vault(tmp_path):
    folder = VaultFolder.acquire(tmp_path / "mentor")
    created = folder.create(PASSPHRASE, Role.MENTOR, "Sam", kdf=FAST_KDF)
    yield created.vault
    created.vault.close()
    folder.release()


def _give(passphrase=SHARE_PASS):
    return lambda: passphrase


def _fill_mentee(vault):
    trigger, _ = records.save(vault, Trigger(name="Payday <b>&</b>"))
    records.save(vault, JournalEntry(entry_date=TODAY, body="my private thoughts"))
    records.save(vault, JournalEntry(entry_date=TODAY, body="shared with Sam", shared=True))
    records.save(vault, CheckIn(day=TODAY, mood=4, craving=2, note="a quiet note"))
    records.save(
        vault, CheckIn(day=TODAY - dt.timedelta(days=1), note="all of it", sharing=Sharing.FULL)
    )
    records.save(
        vault,
        CheckIn(day=TODAY - dt.timedelta(days=2), note="mine", sharing=Sharing.PRIVATE),
    )
    return trigger


def _share(vault, tmp_path, name="share.rdshare", passphrase=SHARE_PASS, choice=None):
    out = tmp_path / name
    receipt, _ = share.write(vault, choice or ShareChoice(), out, passphrase)
    return out, receipt


def test_two_sessions_mentee_to_mentor_and_back(vault, mentor_vault, tmp_path):
    trigger = _fill_mentee(vault)
    first, receipt = _share(vault, tmp_path)
    assert receipt.mode is Mode.PASSPHRASE and oct(first.stat().st_mode & 0o777) == "0o600"
    assert exchange.needs_passphrase(first.read_bytes())
    with pytest.raises(errors.ExchangeKindError):  # a share opens in the mentor's app
        exchange.import_file(vault, first.read_bytes(), _give())

    result = exchange.import_file(mentor_vault, first.read_bytes(), _give())
    assert result.kind == "share" and result.sender_name == "Jordan" and result.written > 0
    (mentee,) = mentor.mentees(mentor_vault)
    assert mentee.name == "Jordan" and mentee.paired and mentee.shares == 1
    seen = mentor.mentee_records(mentor_vault, mentee.pair_id)
    assert any(isinstance(r, Trigger) and r.name == "Payday <b>&</b>" for r in seen)

    pair = mentee.pair_id
    records.save(
        mentor_vault, Comment(pair_id=pair, about_type="trigger", about_id=trigger.id, text="Good")
    )
    records.save(mentor_vault, Recognition(pair_id=pair, day=TODAY, text="You called Sam"))
    records.save(mentor_vault, Suggestion(pair_id=pair, title="Walk after work"))
    records.save(mentor_vault, SessionNote(pair_id=pair, day=TODAY, notes="Talked about payday"))
    feedback = tmp_path / "feedback.rdfeedback"
    receipt, _ = mentor.write_feedback(mentor_vault, pair, feedback, None)
    assert receipt.mode is Mode.PAIRED  # the mentor knows the mentee's key already
    assert not exchange.needs_passphrase(feedback.read_bytes())

    def no_passphrase():
        raise AssertionError("paired files need no passphrase")

    result = exchange.import_file(vault, feedback.read_bytes(), no_passphrase)
    assert result.kind == "feedback" and result.written == 4
    assert [c.text for c in records.all_of(vault, Comment)] == ["Good"]
    assert exchange.is_paired(vault)

    # Session two: both sides paired, no passphrase anywhere.
    records.save(vault, replace(trigger, name="Payday (changed)", rev=1))
    second, receipt = _share(vault, tmp_path, "second.rdshare", passphrase=None)
    assert receipt.mode is Mode.PAIRED
    result = exchange.import_file(mentor_vault, second.read_bytes(), no_passphrase)
    assert result.written >= 1
    names = [r.name for r in mentor.mentee_records(mentor_vault, pair) if isinstance(r, Trigger)]
    assert names == ["Payday (changed)"]
    assert [s.sequence for s in mentor.shares(mentor_vault, pair)] == [1, 2]
    log = exchange.exchange_log(vault)
    assert [(e.direction, e.kind) for e in log] == [
        ("sent", "share"),
        ("received", "feedback"),
        ("sent", "share"),
    ][::-1]


@pytest.fixture
def paired(vault, mentor_vault):
    pair_directly(vault, mentor_vault)
    return vault, mentor_vault


def test_private_journal_and_private_words_never_leave(paired, tmp_path):
    vault, mentor_vault = paired
    _fill_mentee(vault)
    out, _ = _share(vault, tmp_path, passphrase=None)
    payload = open_paired(out.read_bytes(), mentor_vault)
    text = payload.decode()
    assert "my private thoughts" not in text and "shared with Sam" in text
    assert "a quiet note" not in text  # summary: numbers, not words
    assert "all of it" not in text  # full is not chosen by default
    assert "mine" not in json.loads(payload)["records"]["check_in"].__repr__()
    full = ShareChoice(check_ins=CheckInDetail.FULL, journal=False)
    out, _ = _share(vault, tmp_path, "full.rdshare", passphrase=None, choice=full)
    text = open_paired(out.read_bytes(), mentor_vault).decode()
    assert "all of it" in text and "a quiet note" not in text and "shared with Sam" not in text


def test_a_file_imported_twice_changes_nothing_the_second_time(paired, tmp_path):
    vault, mentor_vault = paired
    _fill_mentee(vault)
    out, _ = _share(vault, tmp_path, passphrase=None)
    data = out.read_bytes()
    exchange.import_file(mentor_vault, data, _give())
    again = exchange.import_file(mentor_vault, data, _give())
    assert again.already_imported and again.written == 0


def test_an_older_file_cannot_be_replayed(paired, tmp_path):
    vault, mentor_vault = paired
    _fill_mentee(vault)
    old, _ = _share(vault, tmp_path, "old.rdshare", passphrase=None)
    new, _ = _share(vault, tmp_path, "new.rdshare", passphrase=None)
    exchange.import_file(mentor_vault, new.read_bytes(), _give())
    with pytest.raises(errors.StaleExchangeFileError):
        exchange.import_file(mentor_vault, old.read_bytes(), _give())


def test_paired_mode_needs_a_first_exchange(vault, tmp_path):
    with pytest.raises(errors.NotPairedError):
        _share(vault, tmp_path, passphrase=None)
    assert not (tmp_path / "share.rdshare").exists()


def test_a_later_share_decides_how_much_of_a_check_in_the_mentor_keeps(paired, tmp_path):
    vault, mentor_vault = paired
    records.save(vault, CheckIn(day=TODAY, note="only in full", sharing=Sharing.FULL))

    def mentor_sees():
        [checkin] = [
            r
            for r in mentor.mentee_records(mentor_vault, mentor.mentees(mentor_vault)[0].pair_id)
            if isinstance(r, CheckIn)
        ]
        return checkin.note

    full = ShareChoice(check_ins=CheckInDetail.FULL)
    for name, choice, expected in (
        ("1.rdshare", full, "only in full"),
        ("2.rdshare", ShareChoice(), ""),  # a summary now: the words leave the mentor's view
        ("3.rdshare", full, "only in full"),
    ):
        out, _ = _share(vault, tmp_path, name, passphrase=None, choice=choice)
        exchange.import_file(mentor_vault, out.read_bytes(), _give())
        assert mentor_sees() == expected, name
    out, _ = _share(vault, tmp_path, "4.rdshare", passphrase=None, choice=full)
    assert exchange.import_file(mentor_vault, out.read_bytes(), _give()).written == 0


def test_a_file_whose_log_entry_fails_is_removed_so_the_next_is_no_replay(
    paired, tmp_path, monkeypatch
):
    vault, mentor_vault = paired
    _fill_mentee(vault)

    def full_disk(*_args, **_kwargs):
        raise errors.DiskFullError(tmp_path)

    with monkeypatch.context() as patch:
        patch.setattr(exchange, "ExchangeLogRow", full_disk)  # the file is written, its log is not
        with pytest.raises(errors.DiskFullError):
            _share(vault, tmp_path, "first.rdshare", passphrase=None)
    assert not (tmp_path / "first.rdshare").exists()  # it would carry a number given out again
    assert exchange.exchange_log(vault) == []
    second, _ = _share(vault, tmp_path, "second.rdshare", passphrase=None)
    result = exchange.import_file(mentor_vault, second.read_bytes(), _give())
    assert not result.already_imported and result.written > 0
