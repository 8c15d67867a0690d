"""The mentor's side: the mentees whose shares they hold, and the feedback they write."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from recovery_desktop.domain import errors
from recovery_desktop.domain.codec import from_plain
from recovery_desktop.domain.exchange_format import FEEDBACK, RECORD_TYPES
from recovery_desktop.domain.feedback import MENTOR_TYPES, MentorRecord
from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.records import Record
from recovery_desktop.domain.session_brief import Brief, brief
from recovery_desktop.services.changes import Changes
from recovery_desktop.services.exchange import Outgoing, Receipt, write_outgoing
from recovery_desktop.storage.repositories import Records
from recovery_desktop.storage.tables import MenteeRecordRow, PairRow, ReceivedShareRow
from recovery_desktop.storage.vault import OpenVault


@dataclass(frozen=True)
class Mentee:
    """A mentee whose shares this mentor holds."""

    pair_id: str
    name: str
    shares: int
    last_share_at: dt.datetime | None
    paired: bool


@dataclass(frozen=True)
class ShareInfo:
    """One share as it arrived."""

    id: str
    sequence: int
    created_at: dt.datetime


def mentees(vault: OpenVault) -> list[Mentee]:
    """Every mentee, by name."""
    with vault.session() as session:
        stats = dict(
            (pair_id, (count, last))
            for pair_id, count, last in session.execute(
                select(
                    ReceivedShareRow.pair_id,
                    func.count(ReceivedShareRow.id),
                    func.max(ReceivedShareRow.created_at),
                ).group_by(ReceivedShareRow.pair_id)
            )
        )
        found = []
        for pair in session.scalars(select(PairRow)):
            count, last = stats.get(pair.pair_id, (0, None))
            if last is not None and last.tzinfo is None:
                last = last.replace(tzinfo=dt.UTC)
            found.append(
                Mentee(
                    pair.pair_id, pair.peer_name, count, last, pair.peer_age_recipient is not None
                )
            )
    return sorted(found, key=lambda m: (m.name.casefold(), m.pair_id))


def find_mentee(vault: OpenVault, name: str | None) -> Mentee:
    """The mentee called ``name`` (any case), or the only one when ``name`` is None.

    Raises:
        ValidationError: no such mentee, or several and no name given.

    """
    everyone = mentees(vault)
    if name is None:
        if len(everyone) == 1:
            return everyone[0]
        if not everyone:
            raise errors.ValidationError(
                "--mentee", QT_TRANSLATE_NOOP("validation", "no mentee has shared with you yet")
            )
        raise errors.ValidationError(
            "--mentee", QT_TRANSLATE_NOOP("validation", "you have several mentees; name one")
        )
    matching = [m for m in everyone if m.name.casefold() == name.strip().casefold()]
    if len(matching) != 1:
        raise errors.ValidationError(
            "--mentee", QT_TRANSLATE_NOOP("validation", "no mentee by that name")
        )
    return matching[0]


def mentee_name(vault: OpenVault, pair_id: str) -> str:
    """A mentee's name, as their last share gave it."""
    with vault.session() as session:
        pair = session.get(PairRow, pair_id)
        return pair.peer_name if pair is not None else ""


def mentee_records(vault: OpenVault, pair_id: str) -> list[Record]:
    """The mentee's records as merged from every share (tombstones included)."""
    with vault.session() as session:
        rows = session.execute(
            select(MenteeRecordRow.record_type, MenteeRecordRow.data).where(
                MenteeRecordRow.pair_id == pair_id
            )
        )
        return [from_plain(RECORD_TYPES[kind], data) for kind, data in rows]


def shares(vault: OpenVault, pair_id: str) -> list[ShareInfo]:
    """The mentee's shares, oldest first."""
    with vault.session() as session:
        rows = session.execute(
            select(ReceivedShareRow.id, ReceivedShareRow.sequence, ReceivedShareRow.created_at)
            .where(ReceivedShareRow.pair_id == pair_id)
            .order_by(ReceivedShareRow.sequence)
        )
        return [ShareInfo(i, seq, when.replace(tzinfo=dt.UTC)) for i, seq, when in rows]


def share_records(vault: OpenVault, share_id: str) -> list[Record]:
    """The records exactly as one share carried them."""
    with vault.session() as session:
        row = session.get(ReceivedShareRow, share_id)
        if row is None:
            raise KeyError(share_id)
        return [
            from_plain(RECORD_TYPES[name], item)
            for name, items in row.records.items()
            for item in items
        ]


def feedback_records(
    vault: OpenVault, pair_id: str, include_deleted: bool = False
) -> list[MentorRecord]:
    """The mentor's own records for one mentee."""
    records = Records(vault)
    return [
        record
        for cls in MENTOR_TYPES
        for record in records.where(cls, include_deleted=include_deleted, pair_id=pair_id)
    ]


def build_feedback(vault: OpenVault, pair_id: str) -> Outgoing:
    """A feedback file's payload: every comment, recognition, suggestion and note so far."""
    records = tuple(feedback_records(vault, pair_id, include_deleted=True))
    return Outgoing(FEEDBACK, pair_id, records, {})


def write_feedback(
    vault: OpenVault, pair_id: str, out: Path, passphrase: str | None
) -> tuple[Receipt, Changes]:
    """Write a feedback file for one mentee (paired mode when ``passphrase`` is None)."""
    return write_outgoing(vault, build_feedback(vault, pair_id), out, passphrase)


def session_brief(vault: OpenVault, pair_id: str, today: dt.date) -> Brief:
    """What changed between the mentee's last two shares."""
    history = shares(vault, pair_id)
    if not history:
        raise KeyError(pair_id)
    latest = history[-1]
    previous = history[-2] if len(history) > 1 else None
    name = mentee_name(vault, pair_id)
    return brief(
        name,
        share_records(vault, latest.id),
        share_records(vault, previous.id) if previous else None,
        latest.created_at,
        previous.created_at if previous else None,
        today,
    )
