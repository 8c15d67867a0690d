"""A mentee and a mentor mid-way through their sessions, and the bad files they may be sent.

``build_world`` makes two paired vaults that have really exchanged files (through the
app's services, paired mode, so no scrypt round): the mentor has imported share 2 of 3,
the mentee feedback 1 of 2. ``CASES`` are the files an attacker, a damaged disk or an old
copy may hand them, each with the error, the exit code and the words the user must see.
The service tests and the command-line tests run the same cases.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recovery_desktop.domain import errors
from recovery_desktop.domain.checkins import CheckIn
from recovery_desktop.domain.exchange_format import MAX_DEPTH, MAX_PAYLOAD_BYTES, VERSION
from recovery_desktop.domain.feedback import Comment, Recognition, SessionNote, Suggestion
from recovery_desktop.domain.journal import JournalEntry
from recovery_desktop.domain.profile import Role
from recovery_desktop.domain.records import new_id
from recovery_desktop.domain.share_selection import ShareChoice
from recovery_desktop.domain.triggers import Trigger
from recovery_desktop.services import exchange, mentor, records, share
from recovery_desktop.services.exchange_file import AGE_MAGIC, MAX_FILE_BYTES, KeyPair
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.vault import OpenVault
from tests.helpers.exchange_craft import (
    chunk_spans,
    dumps,
    make_vault,
    mutable,
    open_file,
    own_keys,
    scrypt_encrypt,
    seal,
    swap_chunks,
)
from tests.helpers.pairing import pair_directly

SHARE_PASS = "otter violin copper meadow"
WORDS = ["payday", "friday", "lonely", "bar", "craving", "walk", "call", "sleep", "meal"]


def _never() -> str:
    raise AssertionError("a paired file must not ask for a passphrase")


@dataclass(repr=False)  # the files are large; a failing test should not print them
class World:
    """Two paired vaults after some real exchanges, and files to tamper with."""

    mentee: OpenVault
    mentor: OpenVault
    folders: list[VaultFolder]
    pair_id: str
    mentee_keys: KeyPair
    mentor_keys: KeyPair
    old_share: bytes  # sequence 1: superseded by share 2, never imported
    imported_share: bytes  # sequence 2: the mentor imported it
    fresh_share: bytes  # sequence 3: valid, not imported yet (base of tampering)
    fresh_feedback: bytes  # mentor's sequence 2: valid, not imported by the mentee
    share_payload: dict[str, Any]
    feedback_payload: dict[str, Any]

    def share_raw(self) -> dict[str, Any]:
        """A copy of the fresh share's payload to change."""
        return mutable(self.share_payload)

    def feedback_raw(self) -> dict[str, Any]:
        """A copy of the fresh feedback's payload to change."""
        return mutable(self.feedback_payload)

    def from_mentee(self, raw: dict[str, Any] | bytes, keys: KeyPair | None = None) -> bytes:
        """``raw`` signed by the mentee (or ``keys``) and encrypted to the mentor."""
        return seal(raw, keys or self.mentee_keys, self.mentor_keys.age_recipient)

    def from_mentor(self, raw: dict[str, Any] | bytes, keys: KeyPair | None = None) -> bytes:
        """``raw`` signed by the mentor (or ``keys``) and encrypted to the mentee."""
        return seal(raw, keys or self.mentor_keys, self.mentee_keys.age_recipient)

    def vault(self, side: str) -> OpenVault:
        """The mentee's or the mentor's vault."""
        return self.mentee if side == "mentee" else self.mentor

    def close(self) -> None:
        """Close both vaults and release their folders."""
        for vault in (self.mentee, self.mentor):
            vault.close()
        for folder in self.folders:
            folder.release()


def _fill(vault: OpenVault, rng: random.Random) -> None:
    """Enough shared text for a payload of three age chunks (over 128 KiB)."""
    triggers = [
        Trigger(
            name=f"Trigger {number}",
            description=" ".join(rng.choice(WORDS) for _ in range(2500)),
        )
        for number in range(10)
    ]
    records.save_together(vault, *triggers)
    day = dt.date(2026, 11, 20)
    records.save(vault, JournalEntry(entry_date=day, body="only mine"))
    records.save(vault, JournalEntry(entry_date=day, body="for Sam", shared=True))
    records.save(vault, CheckIn(day=day, mood=4, craving=2, sleep_hours=7.5))


def _feedback(vault: OpenVault, pair_id: str, about: str, text: str) -> None:
    day = dt.date(2026, 11, 21)
    records.save_together(
        vault,
        Comment(pair_id=pair_id, about_type="trigger", about_id=about, text=text),
        Recognition(pair_id=pair_id, day=day, text="You called Sam"),
        Suggestion(pair_id=pair_id, title="Walk after work"),
        SessionNote(pair_id=pair_id, day=day, notes="Talked about payday"),
    )


def build_world(root: Path) -> World:
    """Two vaults in ``root``/mentee and ``root``/mentor, paired, after real exchanges."""
    rng = random.Random(7)
    mentee_folder, mentee = make_vault(root / "mentee", Role.MENTEE, "Jordan")
    mentor_folder, mentor_vault = make_vault(root / "mentor", Role.MENTOR, "Sam")
    pair_id = pair_directly(mentee, mentor_vault)
    _fill(mentee, rng)
    files = root / "files"
    files.mkdir()

    def write_share(name: str) -> bytes:
        share.write(mentee, ShareChoice(), files / name, None)
        return (files / name).read_bytes()

    old_share = write_share("old.rdshare")
    imported_share = write_share("imported.rdshare")
    assert not exchange.import_file(mentor_vault, imported_share, _never).already_imported
    trigger = records.all_of(mentee, Trigger)[0]
    _feedback(mentor_vault, pair_id, trigger.id, "Good plan")
    mentor.write_feedback(mentor_vault, pair_id, files / "first.rdfeedback", None)
    exchange.import_file(mentee, (files / "first.rdfeedback").read_bytes(), _never)
    _feedback(mentor_vault, pair_id, trigger.id, "Better still")
    mentor.write_feedback(mentor_vault, pair_id, files / "fresh.rdfeedback", None)
    fresh_feedback = (files / "fresh.rdfeedback").read_bytes()
    fresh_share = write_share("fresh.rdshare")
    assert len(chunk_spans(fresh_share)) >= 3
    return World(
        mentee=mentee,
        mentor=mentor_vault,
        folders=[mentee_folder, mentor_folder],
        pair_id=pair_id,
        mentee_keys=own_keys(mentee, pair_id),
        mentor_keys=own_keys(mentor_vault, pair_id),
        old_share=old_share,
        imported_share=imported_share,
        fresh_share=fresh_share,
        fresh_feedback=fresh_feedback,
        share_payload=open_file(fresh_share, mentor_vault),
        feedback_payload=open_file(fresh_feedback, mentee),
    )


# --- the cases ----------------------------------------------------------------------------

AUTH, INVALID = 3, 4


@dataclass(frozen=True)
class Case:
    """One bad (or repeated) file, who receives it, and what must happen."""

    name: str
    side: str  # whose vault imports it: "mentee" or "mentor"
    make: Callable[[World], bytes]
    error: type[errors.RecoveryError] | None  # None: accepted, as "already imported"
    code: int
    words: str = ""  # must appear in the one line the user sees
    passphrase: str | None = None  # given when the file asks for one


def _flip(data: bytes, offset: int) -> bytes:
    changed = bytearray(data)
    changed[offset] ^= 0x01
    return bytes(changed)


def _header_flip(data: bytes) -> bytes:
    """Flip a bit in the recipient stanza's body (the wrapped file key)."""
    stanza = data.index(b"\n", data.index(b"-> X25519")) + 1
    return _flip(data, stanza + 5)


def _mac_flip(data: bytes) -> bytes:
    return _flip(data, data.index(b"\n---") + 10)


def _first_chunk_flip(data: bytes) -> bytes:
    return _flip(data, chunk_spans(data)[0][0] + 100)


def _last_chunk_flip(data: bytes) -> bytes:
    return _flip(data, len(data) - 1)


def _drop_chunk(data: bytes) -> bytes:
    start, end = chunk_spans(data)[1]
    return data[:start] + data[end:]


def _stranger_feedback(world: World) -> tuple[dict[str, Any], KeyPair, KeyPair]:
    """A real feedback payload moved to another pair: their id, their keys."""
    stranger_mentor, stranger_mentee = KeyPair.generate(), KeyPair.generate()
    raw = world.feedback_raw()
    other_pair = new_id()
    raw["pair_id"] = other_pair
    raw["keys"] = {
        "age_recipient": stranger_mentor.age_recipient,
        "signing_key": stranger_mentor.verify_key,
    }
    for items in raw["records"].values():
        for item in items:
            item["pair_id"] = other_pair
    return raw, stranger_mentor, stranger_mentee


def _stranger_paired(world: World) -> bytes:
    raw, stranger_mentor, stranger_mentee = _stranger_feedback(world)
    return seal(raw, stranger_mentor, stranger_mentee.age_recipient)


def _stranger_share(world: World) -> bytes:
    stranger_mentee, stranger_mentor = KeyPair.generate(), KeyPair.generate()
    raw = world.share_raw()
    raw["pair_id"] = new_id()
    raw["keys"] = {
        "age_recipient": stranger_mentee.age_recipient,
        "signing_key": stranger_mentee.verify_key,
    }
    return seal(raw, stranger_mentee, stranger_mentor.age_recipient)


def _stranger_passphrase(world: World) -> bytes:
    raw, _mentor, _mentee = _stranger_feedback(world)
    return scrypt_encrypt(dumps(raw), SHARE_PASS)


def _share_edit(change: Callable[[dict[str, Any]], object]) -> Callable[[World], bytes]:
    def make(world: World) -> bytes:
        raw = world.share_raw()
        change(raw)
        return world.from_mentee(raw)

    return make


def _feedback_edit(change: Callable[[dict[str, Any]], object]) -> Callable[[World], bytes]:
    def make(world: World) -> bytes:
        raw = world.feedback_raw()
        change(raw)
        return world.from_mentor(raw)

    return make


def _first(raw: dict[str, Any], kind: str) -> dict[str, Any]:
    item: dict[str, Any] = raw["records"][kind][0]
    return item


def _nest(depth: int) -> Any:
    value: Any = []
    for _ in range(depth):
        value = [value]
    return value


def _oversized_payload(world: World) -> bytes:
    raw = world.share_raw()
    raw["contents"]["pad"] = ""
    text = dumps(raw)
    pad = MAX_PAYLOAD_BYTES + 1 - len(text)
    raw["contents"]["pad"] = "x" * pad
    data = dumps(raw)
    assert len(data) == MAX_PAYLOAD_BYTES + 1
    return world.from_mentee(data)


def _wrong_signer(world: World) -> bytes:
    return seal(world.share_raw(), KeyPair.generate(), world.mentor_keys.age_recipient)


def _unsigned(world: World) -> bytes:
    import pyrage
    from pyrage import x25519

    recipient = x25519.Recipient.from_str(world.mentor_keys.age_recipient)
    return bytes(pyrage.encrypt(dumps(world.share_raw()), [recipient]))


def _bad_signature_line(world: World) -> bytes:
    import pyrage
    from pyrage import x25519

    from recovery_desktop.services.exchange_file import SIGNED_MAGIC

    recipient = x25519.Recipient.from_str(world.mentor_keys.age_recipient)
    plaintext = SIGNED_MAGIC + b"not base64 at all!\n" + dumps(world.share_raw())
    return bytes(pyrage.encrypt(plaintext, [recipient]))


def _other_keys(world: World) -> bytes:
    impostor = KeyPair.generate()
    raw = world.share_raw()
    raw["keys"] = {"age_recipient": impostor.age_recipient, "signing_key": impostor.verify_key}
    return world.from_mentee(raw, impostor)  # signed consistently, by the impostor


def _reused_id(world: World) -> bytes:
    raw = world.feedback_raw()
    mentee_trigger = world.share_payload["records"]["trigger"][0]["id"]
    _first(raw, "comment")["id"] = mentee_trigger  # would overwrite the mentee's trigger
    return world.from_mentor(raw)


def _feedback_with_trigger(world: World) -> bytes:
    raw = world.feedback_raw()
    raw["records"]["trigger"] = [mutable(world.share_payload["records"]["trigger"][0])]
    return world.from_mentor(raw)


def _text_edit(old: bytes, new: bytes) -> Callable[[World], bytes]:
    """A share whose JSON text has ``old`` replaced by ``new`` (text JSON cannot express)."""

    def make(world: World) -> bytes:
        text = dumps(world.share_raw())
        assert old in text
        return world.from_mentee(text.replace(old, new, 1))

    return make


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A change that sets ``value`` at a slash-separated path."""

    def change(raw: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        target: Any = raw
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return change


CASES: list[Case] = [
    # Does not open: exit 3.
    Case(
        "wrong passphrase",
        "mentor",
        lambda w: scrypt_encrypt(dumps(w.share_raw()), SHARE_PASS),
        errors.ExchangeAuthError,
        AUTH,
        "passphrase",
        passphrase="not the passphrase we agreed",
    ),
    Case(
        "truncated in the last chunk",
        "mentor",
        lambda w: w.fresh_share[:-1],
        errors.ExchangeAuthError,
        AUTH,
    ),
    Case(
        "truncated at a chunk boundary",
        "mentor",
        lambda w: w.fresh_share[: chunk_spans(w.fresh_share)[1][1]],
        errors.ExchangeAuthError,
        AUTH,
    ),
    Case(
        "truncated in the header",
        "mentor",
        lambda w: w.fresh_share[: w.fresh_share.index(b"\n---")],
        errors.ExchangeAuthError,
        AUTH,
    ),
    Case(
        "bit flipped in the header",
        "mentor",
        lambda w: _header_flip(w.fresh_share),
        errors.ExchangeAuthError,
        AUTH,
    ),
    Case(
        "bit flipped in the header MAC",
        "mentor",
        lambda w: _mac_flip(w.fresh_share),
        errors.ExchangeAuthError,
        AUTH,
    ),
    Case(
        "bit flipped in the first chunk",
        "mentor",
        lambda w: _first_chunk_flip(w.fresh_share),
        errors.ExchangeAuthError,
        AUTH,
    ),
    Case(
        "bit flipped in the last chunk",
        "mentor",
        lambda w: _last_chunk_flip(w.fresh_share),
        errors.ExchangeAuthError,
        AUTH,
    ),
    Case(
        "chunks swapped",
        "mentor",
        lambda w: swap_chunks(w.fresh_share, 0, 1),
        errors.ExchangeAuthError,
        AUTH,
    ),
    Case(
        "last chunk swapped in",
        "mentor",
        lambda w: swap_chunks(w.fresh_share, 1, 2),
        errors.ExchangeAuthError,
        AUTH,
    ),
    Case(
        "chunk dropped",
        "mentor",
        lambda w: _drop_chunk(w.fresh_share),
        errors.ExchangeAuthError,
        AUTH,
    ),
    Case(
        "another pair's paired feedback",
        "mentee",
        _stranger_paired,
        errors.ExchangeAuthError,
        AUTH,
        "key",
    ),
    Case(
        "another pair's paired share",
        "mentor",
        _stranger_share,
        errors.ExchangeAuthError,
        AUTH,
        "key",
    ),
    Case(
        "signed by the wrong key",
        "mentor",
        _wrong_signer,
        errors.ExchangeAuthError,
        AUTH,
    ),
    Case(
        "unsigned in paired mode",
        "mentor",
        _unsigned,
        errors.ExchangeAuthError,
        AUTH,
    ),
    Case(
        "damaged signature line",
        "mentor",
        _bad_signature_line,
        errors.ExchangeAuthError,
        AUTH,
    ),
    # Opens, but cannot be used: exit 4.
    Case(
        "another pair's passphrase feedback",
        "mentee",
        _stranger_passphrase,
        errors.ForeignPairError,
        INVALID,
        "different mentor and mentee",
        passphrase=SHARE_PASS,
    ),
    Case(
        "keys differ from the stored peer keys",
        "mentor",
        _other_keys,
        errors.ForeignPairError,
        INVALID,
        "different mentor and mentee",
    ),
    Case(
        "replayed older share",
        "mentor",
        lambda w: w.old_share,
        errors.StaleExchangeFileError,
        INVALID,
        "older than one you have already imported",
    ),
    Case(
        "share to a mentee",
        "mentee",
        lambda w: w.fresh_share,
        errors.ExchangeAuthError,  # encrypted to the mentor: the mentee cannot open it
        AUTH,
    ),
    Case(
        "feedback kind sent to the mentor",
        "mentor",
        _share_edit(_set("kind", "feedback")),
        errors.ExchangeKindError,
        INVALID,
        "mentee's Recovery Desktop",
    ),
    Case(
        "oversized file",
        "mentor",
        lambda w: AGE_MAGIC + b"\0" * (MAX_FILE_BYTES + 1 - len(AGE_MAGIC)),
        errors.InvalidExchangeFileError,
        INVALID,
        "not a valid",
    ),
    Case(
        "oversized payload",
        "mentor",
        _oversized_payload,
        errors.InvalidExchangeFileError,
        INVALID,
        "not a valid",
    ),
    Case(
        "not an age file",
        "mentor",
        lambda w: b'{"format": "recovery-desktop-exchange"}',
        errors.InvalidExchangeFileError,
        INVALID,
        "not a valid",
    ),
    Case(
        "deeply nested",
        "mentor",
        _share_edit(_set("contents/deep", _nest(MAX_DEPTH * 4))),
        errors.InvalidExchangeFileError,
        INVALID,
        "not a valid",
    ),
    Case(
        "newer version",
        "mentor",
        _share_edit(_set("version", VERSION + 1)),
        errors.ExchangeVersionError,
        INVALID,
        "update the app",
    ),
    Case(
        "rev of the wrong type",
        "mentor",
        _share_edit(_set("records/trigger/0/rev", "3")),
        errors.InvalidExchangeFileError,
        INVALID,
        "records/trigger/0/rev",
    ),
    Case(
        "extra field in a record",
        "mentor",
        _share_edit(_set("records/trigger/0/secret", "x")),
        errors.InvalidExchangeFileError,
        INVALID,
        "records/trigger/0",
    ),
    Case(
        "extra top-level field",
        "mentor",
        _share_edit(_set("script", "x")),
        errors.InvalidExchangeFileError,
        INVALID,
        "payload",
    ),
    Case(
        "missing sequence",
        "mentor",
        _share_edit(lambda raw: raw.pop("sequence")),
        errors.InvalidExchangeFileError,
        INVALID,
    ),
    Case(
        "created_at is not a time",
        "mentor",
        _share_edit(_set("created_at", "yesterday")),
        errors.InvalidExchangeFileError,
        INVALID,
        "created_at",
    ),
    Case(
        "created_at out of range",
        "mentor",
        _share_edit(_set("created_at", "9999-12-31T23:59:59-23:59")),
        errors.InvalidExchangeFileError,
        INVALID,
        "created_at",
    ),
    Case(
        "a record time without a time zone",
        "mentee",
        _feedback_edit(_set("records/comment/0/updated_at", "2026-11-21T10:00:00")),
        errors.InvalidExchangeFileError,
        INVALID,
        "records/comment/0",
    ),
    Case(
        "not a number in a record",
        "mentor",
        _text_edit(b'"sleep_hours":7.5', b'"sleep_hours":NaN'),
        errors.InvalidExchangeFileError,
        INVALID,
    ),
    Case(
        "broken unicode",
        "mentor",
        _text_edit(b'"name":"Jordan"', b'"name":"Jor\\ud800dan"'),
        errors.InvalidExchangeFileError,
        INVALID,
    ),
    Case(
        "feedback carrying a trigger",
        "mentee",
        _feedback_with_trigger,
        errors.InvalidExchangeFileError,
        INVALID,
        "records/trigger",
    ),
    Case(
        "feedback record owned by the mentee",
        "mentee",
        _feedback_edit(_set("records/comment/0/owner", "mentee")),
        errors.InvalidExchangeFileError,
        INVALID,
        "records",
    ),
    Case(
        "share record owned by the mentor",
        "mentor",
        _share_edit(_set("records/trigger/0/owner", "mentor")),
        errors.InvalidExchangeFileError,
        INVALID,
        "records",
    ),
    Case(
        "feedback reusing a mentee record's id",
        "mentee",
        _reused_id,
        errors.InvalidExchangeFileError,
        INVALID,
        "records",
    ),
    Case(
        "feedback record for another pair",
        "mentee",
        _feedback_edit(_set("records/comment/0/pair_id", "00000000-0000-4000-8000-000000000000")),
        errors.InvalidExchangeFileError,
        INVALID,
        "records/comment",
    ),
    Case(
        "sender role does not match the kind",
        "mentor",
        _share_edit(_set("sender/role", "mentor")),
        errors.InvalidExchangeFileError,
        INVALID,
        "sender/role",
    ),
    # Accepted, changes nothing: exit 0.
    Case(
        "same file twice",
        "mentor",
        lambda w: w.imported_share,
        None,
        0,
        "already imported",
    ),
]
