"""The mentor exchange: writing shares and feedback files, and importing them.

A mentee writes a *share* (the records they chose); the mentor imports it into their own
vault, kept per mentee with its history, and answers with a *feedback* file (comments,
recognitions, suggestions, session notes) that the mentee imports. The first files use a
passphrase the pair agree on; every file carries the sender's public keys, so from then
on files are encrypted to the other side's key and signed, and need no passphrase.

Every file carries the full current state of what it shares, with a per-sender sequence
number: importing it twice changes nothing, and an older file cannot be replayed over a
newer one. An import is one transaction and never deletes anything the file did not say.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from recovery_desktop.domain import errors
from recovery_desktop.domain.codec import from_plain, to_plain
from recovery_desktop.domain.exchange_format import (
    FEEDBACK,
    FEEDBACK_TYPES,
    FORMAT,
    RECORD_TYPES,
    SHARE,
    SHARE_TYPES,
    TYPE_NAMES,
    VERSION,
)
from recovery_desktop.domain.merge import MergePlan, OwnershipError, plan_merge
from recovery_desktop.domain.profile import Owner, Role
from recovery_desktop.domain.records import Record, new_id
from recovery_desktop.services import exchange_file
from recovery_desktop.services.changes import NOTHING, Area, Changes
from recovery_desktop.services.exchange_file import KeyPair, Mode, Payload
from recovery_desktop.services.profile import profile
from recovery_desktop.services.records import changes_for
from recovery_desktop.storage import repositories
from recovery_desktop.storage.atomic import atomic_write
from recovery_desktop.storage.tables import (
    ExchangeLogRow,
    MenteeRecordRow,
    PairRow,
    ReceivedShareRow,
    utc_now,
)
from recovery_desktop.storage.vault import OpenVault


@dataclass(frozen=True)
class Receipt:
    """A file written: where, how it is protected, its SHA-256 and what it holds."""

    path: Path
    mode: Mode
    sha256: str
    counts: dict[str, int]


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    kind: str
    pair_id: str
    sender_name: str
    created_at: dt.datetime
    written: int
    already_imported: bool
    changes: Changes
    #: The file's SHA-256, which the sender's app showed as its fingerprint.
    sha256: str = ""


@dataclass(frozen=True)
class Outgoing:
    """A file's payload before encryption (the share preview shows exactly these records)."""

    kind: str
    pair_id: str
    records: tuple[Record, ...]
    contents: dict[str, Any]


def sha256(data: bytes) -> str:
    """The hex SHA-256 of a file, as logged and shown."""
    return hashlib.sha256(data).hexdigest()


def counts(records: Iterable[Record]) -> dict[str, int]:
    """How many records of each type, by their names in the file."""
    found: dict[str, int] = {}
    for record in records:
        name = TYPE_NAMES[type(record)]
        found[name] = found.get(name, 0) + 1
    return dict(sorted(found.items()))


# --- pairs --------------------------------------------------------------------------------


def _keys(pair: PairRow) -> KeyPair:
    return KeyPair(pair.own_age_identity, pair.own_signing_key)


def _new_pair(pair_id: str, peer_name: str = "") -> PairRow:
    keys = KeyPair.generate()
    return PairRow(
        pair_id=pair_id,
        peer_name=peer_name,
        own_age_identity=keys.age_identity,
        own_signing_key=keys.signing_key,
        sent_sequence=0,
        received_sequence=0,
    )


def _pairs(session: Session) -> list[PairRow]:
    return list(session.scalars(select(PairRow).order_by(PairRow.created_at)))


def is_paired(vault: OpenVault, pair_id: str | None = None) -> bool:
    """Whether files to the other side can go without a passphrase (their key is known)."""
    with vault.session() as session:
        pairs = _pairs(session)
        return any(p.peer_age_recipient is not None for p in pairs if pair_id in (None, p.pair_id))


# --- building files -----------------------------------------------------------------------


def _payload(
    outgoing: Outgoing, sender: Role, name: str, sequence: int, keys: KeyPair, now: dt.datetime
) -> bytes:
    records: dict[str, list[dict[str, Any]]] = {}
    for record in outgoing.records:
        records.setdefault(TYPE_NAMES[type(record)], []).append(to_plain(record))
    raw = {
        "format": FORMAT,
        "version": VERSION,
        "kind": outgoing.kind,
        "pair_id": outgoing.pair_id,
        "sender": {"role": sender.value, "name": name},
        "sequence": sequence,
        "keys": {"age_recipient": keys.age_recipient, "signing_key": keys.verify_key},
        "contents": outgoing.contents,
        "created_at": now.isoformat(),
        "records": records,
    }
    return json.dumps(raw, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _seal(payload: bytes, pair: PairRow, passphrase: str | None) -> tuple[bytes, Mode]:
    if passphrase is not None:
        return exchange_file.encrypt_with_passphrase(payload, passphrase), Mode.PASSPHRASE
    if pair.peer_age_recipient is None:
        raise errors.NotPairedError()
    return exchange_file.encrypt_to(payload, pair.peer_age_recipient, _keys(pair)), Mode.PAIRED


def write_outgoing(
    vault: OpenVault,
    outgoing: Outgoing,
    out: Path,
    passphrase: str | None,
    now: dt.datetime | None = None,
) -> tuple[Receipt, Changes]:
    """Encrypt and write ``outgoing`` to ``out`` (0600, atomically), and log it.

    ``passphrase`` None means paired mode (NotPairedError before the first file from the
    other side has been imported).
    """
    now = now or utc_now()
    me = profile(vault)
    written = False
    try:
        with vault.session() as session, session.begin():
            pair = session.get(PairRow, outgoing.pair_id)
            if pair is None:  # the mentee's first share creates the pair
                pair = _new_pair(outgoing.pair_id)
                session.add(pair)
            sequence = pair.sent_sequence + 1
            payload = _payload(outgoing, me.role, me.display_name, sequence, _keys(pair), now)
            sealed, mode = _seal(payload, pair, passphrase)
            atomic_write(out, sealed)
            written = True
            pair.sent_sequence = sequence
            found = counts(outgoing.records)
            digest = sha256(sealed)
            session.add(
                ExchangeLogRow(
                    pair_id=pair.pair_id,
                    direction="sent",
                    kind=outgoing.kind,
                    mode=mode.value,
                    sequence=sequence,
                    file_created_at=now,
                    sha256=digest,
                    contents={"counts": found, "choice": outgoing.contents, "file": out.name},
                )
            )
    except BaseException:
        # The sequence number and log entry were not kept: a file carrying that number
        # must not outlive them, or the next file (given the same number) would be
        # refused on the other side as a replay.
        if written:
            with contextlib.suppress(OSError):  # the first error is the one to report
                out.unlink(missing_ok=True)
        raise
    return Receipt(out, mode, digest, found), Changes.of(Area.EXCHANGE)


def mentee_pair_id(vault: OpenVault) -> str:
    """The mentee's pair id (made up now if they have never shared)."""
    with vault.session() as session:
        pairs = _pairs(session)
    return pairs[0].pair_id if pairs else new_id()


# --- importing ----------------------------------------------------------------------------


def needs_passphrase(data: bytes) -> bool:
    """Whether opening this file needs the pair's passphrase (read from its header only)."""
    return exchange_file.mode_of(data) is Mode.PASSPHRASE


@dataclass(frozen=True)
class _Opened:
    payload: Payload
    mode: Mode
    signature: bytes | None
    signed_bytes: bytes
    #: The pair whose key opened a paired file (None for a passphrase file).
    opened_by: str | None


def _open(vault: OpenVault | None, data: bytes, passphrase: Callable[[], str]) -> _Opened:
    mode = exchange_file.mode_of(data)
    opened_by: str | None = None
    if mode is Mode.PASSPHRASE:
        plaintext = exchange_file.decrypt_with_passphrase(data, passphrase())
    elif vault is None:
        raise errors.ExchangeAuthError()  # only our vault holds the key
    else:
        with vault.session() as session:
            pairs = [(p.pair_id, p.own_age_identity) for p in _pairs(session)]
        index, plaintext = exchange_file.decrypt_with_identities(data, [i for _p, i in pairs])
        opened_by = pairs[index][0]
    signature, payload_bytes = exchange_file.split_signed(plaintext)
    if mode is Mode.PAIRED and signature is None:
        raise errors.ExchangeAuthError()  # paired files are always signed
    payload = exchange_file.parse_payload(payload_bytes)
    return _Opened(payload, mode, signature, payload_bytes, opened_by)


def _check_kind(payload: Payload, role: Role) -> None:
    expected = FEEDBACK if role is Role.MENTEE else SHARE
    if payload.kind != expected:
        raise errors.ExchangeKindError(payload.kind)
    sender = Role.MENTOR if payload.kind == FEEDBACK else Role.MENTEE
    if payload.sender_role != sender.value:
        raise errors.InvalidExchangeFileError("sender/role", "does not match the kind of file")
    allowed = FEEDBACK_TYPES if payload.kind == FEEDBACK else SHARE_TYPES
    for name in payload.raw["records"]:
        if name not in allowed:
            raise errors.InvalidExchangeFileError(f"records/{name}", "not allowed in this file")


def _known_pair(session: Session, opened: _Opened) -> PairRow | None:
    """The pair the file says it belongs to, if we know it."""
    # Our key for one pair opened it: the file must say it is that pair's.
    if opened.opened_by is not None and opened.opened_by != opened.payload.pair_id:
        raise errors.ForeignPairError()
    return session.get(PairRow, opened.payload.pair_id)


def _find_pair(session: Session, opened: _Opened, role: Role) -> PairRow:
    """The pair the file belongs to, created for a mentor's first share from a mentee."""
    payload = opened.payload
    found = _known_pair(session, opened)
    if found is not None:
        return found
    if role is Role.MENTEE:
        raise errors.ForeignPairError()  # a mentee's pair begins with their own share
    pair = _new_pair(payload.pair_id, payload.sender_name)
    session.add(pair)
    return pair


def _check_sender(pair: PairRow, opened: _Opened) -> None:
    """The file must come from the peer whose keys we know (learnt from their first file)."""
    payload = opened.payload
    if pair.peer_verify_key is not None and (
        pair.peer_verify_key != payload.verify_key
        or pair.peer_age_recipient != payload.age_recipient
    ):
        raise errors.ForeignPairError()
    if opened.signature is not None:
        exchange_file.verify(opened.signed_bytes, opened.signature, payload.verify_key)


def _already_imported(session: Session, pair: PairRow, digest: str) -> bool:
    query = select(ExchangeLogRow.id).where(
        ExchangeLogRow.pair_id == pair.pair_id,
        ExchangeLogRow.direction == "received",
        ExchangeLogRow.sha256 == digest,
    )
    return session.scalar(query) is not None


def _merge_feedback(session: Session, payload: Payload) -> MergePlan:
    for record in payload.records:
        if getattr(record, "pair_id", None) != payload.pair_id:
            raise errors.InvalidExchangeFileError(
                f"records/{TYPE_NAMES[type(record)]}", "belongs to a different pair"
            )
    current = repositories.find_by_ids(session, (r.id for r in payload.records))
    plan = plan_merge(current, payload.records, Owner.MENTOR)
    repositories.put_exact(session, plan.to_write, existing=current.keys())
    return plan


def _stored_mentee_records(session: Session, pair_id: str, ids: list[str]) -> dict[str, Record]:
    found: dict[str, Record] = {}
    for start in range(0, len(ids), 500):
        rows = session.scalars(
            select(MenteeRecordRow).where(
                MenteeRecordRow.pair_id == pair_id, MenteeRecordRow.id.in_(ids[start : start + 500])
            )
        )
        for row in rows:
            found[row.id] = from_plain(RECORD_TYPES[row.record_type], row.data)
    return found


def _merge_share(session: Session, pair: PairRow, payload: Payload) -> MergePlan:
    current = _stored_mentee_records(session, pair.pair_id, [r.id for r in payload.records])
    # Shares arrive in sequence (older ones are refused), so the newer one decides ties.
    plan = plan_merge(current, payload.records, Owner.MENTEE, newer_file=True)
    if plan.to_write:
        # One statement for every row: a ten-year share holds ten thousand records.
        upsert = sqlite_insert(MenteeRecordRow)
        upsert = upsert.on_conflict_do_update(
            index_elements=[MenteeRecordRow.pair_id, MenteeRecordRow.id],
            set_={
                "record_type": upsert.excluded.record_type,
                "rev": upsert.excluded.rev,
                "data": upsert.excluded.data,
            },
        )
        session.execute(
            upsert,
            [
                {
                    "pair_id": pair.pair_id,
                    "id": record.id,
                    "record_type": TYPE_NAMES[type(record)],
                    "rev": record.rev,
                    "data": to_plain(record),
                }
                for record in plan.to_write
            ],
        )
    session.add(
        ReceivedShareRow(
            pair_id=pair.pair_id,
            sequence=payload.sequence,
            created_at=payload.created_at,
            records=payload.raw["records"],
        )
    )
    pair.peer_name = payload.sender_name
    return plan


def import_file(vault: OpenVault, data: bytes, passphrase: Callable[[], str]) -> ImportResult:
    """Import a share (mentor) or a feedback file (mentee), all or nothing.

    ``passphrase`` is called only if the file was written in passphrase mode.

    Raises:
        ExchangeAuthError: wrong passphrase or key, or the file was altered.
        InvalidExchangeFileError, ExchangeVersionError, ExchangeKindError,
        ForeignPairError, StaleExchangeFileError: the file opens but cannot be used.

    """
    role = profile(vault).role
    opened = _open(vault, data, passphrase)
    payload = opened.payload
    _check_kind(payload, role)
    digest = sha256(data)
    with vault.session() as session, session.begin():
        pair = _find_pair(session, opened, role)
        _check_sender(pair, opened)
        if payload.sequence <= pair.received_sequence:
            if _already_imported(session, pair, digest):
                return ImportResult(
                    payload.kind,
                    pair.pair_id,
                    payload.sender_name,
                    payload.created_at,
                    0,
                    already_imported=True,
                    changes=NOTHING,
                    sha256=digest,
                )
            raise errors.StaleExchangeFileError()
        try:
            if role is Role.MENTEE:
                plan = _merge_feedback(session, payload)
            else:
                plan = _merge_share(session, pair, payload)
        except OwnershipError:
            raise errors.InvalidExchangeFileError(
                "records", "changes a record its sender does not own"
            ) from None
        pair.peer_verify_key = payload.verify_key
        pair.peer_age_recipient = payload.age_recipient
        pair.received_sequence = payload.sequence
        session.add(
            ExchangeLogRow(
                pair_id=pair.pair_id,
                direction="received",
                kind=payload.kind,
                mode=opened.mode.value,
                sequence=payload.sequence,
                file_created_at=payload.created_at,
                sha256=digest,
                contents={
                    "counts": counts(payload.records),
                    "written": len(plan.to_write),
                    "choice": payload.raw.get("contents", {}),
                },
            )
        )
    written_types = {type(r) for r in plan.to_write}
    changed = Changes.of(Area.EXCHANGE, Area.MENTEES)
    if role is Role.MENTEE and written_types:
        changed = changed | changes_for(*written_types)
    return ImportResult(
        payload.kind,
        pair.pair_id,
        payload.sender_name,
        payload.created_at,
        len(plan.to_write),
        already_imported=False,
        changes=changed,
        sha256=digest,
    )


def read_share(vault: OpenVault | None, data: bytes, passphrase: Callable[[], str]) -> Payload:
    """Open a share to look at it (to print the plan) without importing anything.

    A paired share needs the mentor's vault for the key and is checked against the
    mentee's known keys; a passphrase share opens with the passphrase alone.
    """
    opened = _open(vault, data, passphrase)
    _check_kind(opened.payload, Role.MENTOR)
    if vault is not None:
        with vault.session() as session:
            pair = _known_pair(session, opened)
            if pair is not None:
                _check_sender(pair, opened)
    return opened.payload


# --- the exchange log ---------------------------------------------------------------------


@dataclass(frozen=True)
class LogEntry:
    """One file written or imported."""

    pair_id: str
    direction: str
    kind: str
    mode: str
    sequence: int
    file_created_at: dt.datetime
    logged_at: dt.datetime
    sha256: str
    counts: dict[str, int]
    file_name: str


def exchange_log(vault: OpenVault, pair_id: str | None = None) -> list[LogEntry]:
    """Every file written or imported, newest first."""
    query = select(ExchangeLogRow).order_by(ExchangeLogRow.logged_at.desc())
    if pair_id is not None:
        query = query.where(ExchangeLogRow.pair_id == pair_id)
    with vault.session() as session:
        return [
            LogEntry(
                row.pair_id,
                row.direction,
                row.kind,
                row.mode,
                row.sequence,
                row.file_created_at,
                row.logged_at,
                row.sha256,
                dict(row.contents.get("counts", {})),
                str(row.contents.get("file", "")),
            )
            for row in session.scalars(query)
        ]
