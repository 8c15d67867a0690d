"""Merging records that arrive in an exchange file: by id, the higher ``rev`` wins.

The rules make importing safe to repeat and to do in any order:

* a record the file does not mention is never touched, let alone deleted;
* a record is accepted only from its owner (a mentor's feedback cannot change the
  mentee's words, a mentee's share cannot change the mentor's);
* between two versions of one record the higher ``rev`` wins; at equal ``rev`` a fixed
  rule on the content decides, so both sides settle on the same version;
* tombstones (``deleted_at``) travel like any other change.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from recovery_desktop.domain.codec import to_plain
from recovery_desktop.domain.profile import Owner
from recovery_desktop.domain.records import Record


class OwnershipError(ValueError):
    """A file tries to create or change a record its sender does not own."""

    def __init__(self, record_id: str, owner: str) -> None:
        super().__init__(f"record {record_id} belongs to {owner}")
        self.record_id = record_id
        self.owner = owner


def fingerprint(record: Record) -> str:
    """A stable digest of a record's whole content (the tie-break at equal ``rev``)."""
    plain = to_plain(record)
    canonical = json.dumps({"type": type(record).__name__, **plain}, sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def wins(incoming: Record, current: Record | None, newer_file: bool = False) -> bool:
    """Whether ``incoming`` should replace ``current``.

    ``newer_file``: the file is known to be newer than the one ``current`` came from (a
    share, whose sequence numbers only go up). Then an equal ``rev`` with other content
    also wins: the mentee shared the same record differently (a check-in's summary after
    its full text), and the newer choice must stand, not whichever content sorts higher.
    """
    if current is None:
        return True
    if incoming.rev != current.rev:
        return incoming.rev > current.rev
    if newer_file:
        return incoming != current
    return fingerprint(incoming) > fingerprint(current)


@dataclass(frozen=True)
class MergePlan:
    """What an import will write: the records to insert or replace."""

    to_write: tuple[Record, ...]


def plan_merge(
    current: Mapping[str, Record],
    incoming: Iterable[Record],
    sender: Owner,
    newer_file: bool = False,
) -> MergePlan:
    """Decide an import without writing anything.

    Raises:
        OwnershipError: a record in the file is not the sender's, or would overwrite a
            record of the other side.

    """
    chosen: dict[str, Record] = {}
    for record in incoming:
        if record.owner is not sender:
            raise OwnershipError(record.id, record.owner.value)
        existing = current.get(record.id)
        if existing is not None and (
            existing.owner is not sender or type(existing) is not type(record)
        ):
            raise OwnershipError(record.id, existing.owner.value)
        # A file may (through a bug elsewhere) carry one id twice: the same rule decides.
        best = chosen.get(record.id, existing)
        if wins(record, best, newer_file and record.id not in chosen):
            chosen[record.id] = record
    written = tuple(chosen.values())
    return MergePlan(written)


def apply(current: Mapping[str, Record], plan: MergePlan) -> dict[str, Record]:
    """The records after ``plan`` (a pure function, used by tests and previews)."""
    merged = dict(current)
    merged.update({record.id: record for record in plan.to_write})
    return merged
