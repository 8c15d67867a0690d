"""Reading and writing domain records, one generic repository for every record type.

Rows and records have the same field names; this module converts the few types that
differ (enums stored as their values, id lists stored as JSON lists) and keeps the
bookkeeping every record needs: ``rev`` + 1 and ``updated_at`` on each change, and
tombstones instead of deletion.
"""

from __future__ import annotations

import datetime as dt
import enum
import typing
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any, TypeVar

from sqlalchemy import insert, select, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from recovery_desktop.domain.assessment import AssessmentQuestion, SelfAssessment
from recovery_desktop.domain.checkins import CheckIn, CheckInAudit
from recovery_desktop.domain.codec import base_type, field_types
from recovery_desktop.domain.feedback import (
    Comment,
    Recognition,
    SessionNote,
    Suggestion,
    SuggestionAnswer,
)
from recovery_desktop.domain.goals import Goal, GoalUpdate
from recovery_desktop.domain.journal import JournalEntry
from recovery_desktop.domain.learning import LearningEntry
from recovery_desktop.domain.milestones import Milestone
from recovery_desktop.domain.plan import (
    CopingStrategy,
    Plan,
    PlanVersion,
    SupportContact,
    WarningSign,
)
from recovery_desktop.domain.records import Record
from recovery_desktop.domain.triggers import Encounter, Trigger
from recovery_desktop.storage import tables
from recovery_desktop.storage.tables import RecordMixin, utc_now
from recovery_desktop.storage.vault import OpenVault

R = TypeVar("R", bound=Record)

ROW_TYPES: dict[type[Record], type[RecordMixin]] = {
    Trigger: tables.TriggerRow,
    Encounter: tables.EncounterRow,
    WarningSign: tables.WarningSignRow,
    CopingStrategy: tables.CopingStrategyRow,
    SupportContact: tables.SupportContactRow,
    Plan: tables.PlanRow,
    PlanVersion: tables.PlanVersionRow,
    JournalEntry: tables.JournalEntryRow,
    Goal: tables.GoalRow,
    GoalUpdate: tables.GoalUpdateRow,
    CheckIn: tables.CheckInRow,
    CheckInAudit: tables.CheckInAuditRow,
    AssessmentQuestion: tables.AssessmentQuestionRow,
    SelfAssessment: tables.SelfAssessmentRow,
    LearningEntry: tables.LearningEntryRow,
    Milestone: tables.MilestoneRow,
    Comment: tables.CommentRow,
    Recognition: tables.RecognitionRow,
    Suggestion: tables.SuggestionRow,
    SessionNote: tables.SessionNoteRow,
    SuggestionAnswer: tables.SuggestionAnswerRow,
}
#: Ids per ``IN (...)`` query: well under SQLite's limit on bound parameters.
_IN_CHUNK = 500
_BOOKKEEPING = frozenset({"id", "owner", "rev", "created_at", "updated_at", "deleted_at"})


def _to_column(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value


def row_values(record: Record, now: dt.datetime) -> dict[str, Any]:
    """Column values for inserting ``record`` as a new row (bulk inserts of demo data)."""
    values = {name: _to_column(getattr(record, name)) for name in field_types(type(record))}
    values.update(rev=1, created_at=record.created_at or now, updated_at=now)
    return values


def to_record(row: RecordMixin, cls: type[R]) -> R:
    """The domain record for an ORM row."""
    values = [getattr(row, name) for name, _convert in _converters(cls)]
    return _records_from_rows(cls, [values])[0]


Converter = Callable[[Any], Any] | None
_CONVERTERS: dict[type[Record], list[tuple[str, Converter]]] = {}


def _converter(hint: Any) -> Converter:
    """How a column value becomes a field value; None where it already is one."""
    hint = base_type(hint)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        # A dict look-up: calling the enum class is several times slower per value.
        return {member.value: member for member in hint}.__getitem__
    if typing.get_origin(hint) is tuple:
        if typing.get_origin(typing.get_args(hint)[0]) is tuple:
            return lambda value: tuple(tuple(item) for item in value)
        return tuple
    return None  # text, numbers, flags, and dates (already typed by their columns)


def _converters(cls: type[Record]) -> list[tuple[str, Converter]]:
    # Worked out once per type: loading ten years of records converts a million values.
    if cls not in _CONVERTERS:
        _CONVERTERS[cls] = [(name, _converter(hint)) for name, hint in field_types(cls).items()]
    return _CONVERTERS[cls]


def _records_from_rows(cls: type[R], rows: Iterable[Sequence[Any]]) -> list[R]:
    converters = _converters(cls)
    records = []
    for row in rows:
        values = {}
        for (name, convert), value in zip(converters, row, strict=True):
            values[name] = value if convert is None or value is None else convert(value)
        records.append(cls(**values))
    return records


def _copy_fields(record: Record, row: RecordMixin) -> None:
    for name in field_types(type(record)):
        if name not in _BOOKKEEPING:
            setattr(row, name, _to_column(getattr(record, name)))


class Records:
    """Every record type of one open vault."""

    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault

    def _query(self, cls: type[R], include_deleted: bool, **equal_to: Any) -> list[R]:
        # Plain column rows, not ORM objects: several times faster for long lists.
        table = sa_inspect(ROW_TYPES[cls]).local_table
        query = select(*(table.c[name] for name, _convert in _converters(cls)))
        if not include_deleted:
            query = query.where(table.c.deleted_at.is_(None))
        for name, value in equal_to.items():
            query = query.where(table.c[name] == _to_column(value))
        with self._vault.session() as session:
            return _records_from_rows(cls, session.execute(query))

    def all(self, cls: type[R], include_deleted: bool = False) -> list[R]:
        """Every record of ``cls`` (tombstones only when asked)."""
        return self._query(cls, include_deleted)

    def where(self, cls: type[R], include_deleted: bool = False, **equal_to: Any) -> list[R]:
        """Records of ``cls`` whose fields equal the given values (a query, not a scan)."""
        return self._query(cls, include_deleted, **equal_to)

    def get(self, cls: type[R], record_id: str) -> R | None:
        """One record by id (tombstones included), or None."""
        with self._vault.session() as session:
            row = session.get(ROW_TYPES[cls], record_id)
            return None if row is None else to_record(row, cls)

    def save(self, record: R) -> R:
        """Insert or update ``record``; returns it as stored (new ``rev``, timestamps)."""
        return self.save_many([record])[0]

    def save_many(self, records: Sequence[R]) -> list[R]:
        """Save several records in one transaction (all or nothing)."""
        now = utc_now()
        saved = []
        with self._vault.session() as session, session.begin():
            for record in records:
                row_type = ROW_TYPES[type(record)]
                # A record never saved has no row yet: skip the look-up (a write's cost).
                row = None if record.is_new else session.get(row_type, record.id)
                if row is None:
                    row = row_type()
                    row.id = record.id
                    row.owner = record.owner.value
                    row.rev = 0
                    row.created_at = record.created_at or now
                    session.add(row)
                _copy_fields(record, row)
                row.deleted_at = record.deleted_at
                row.rev += 1
                row.updated_at = now
                session.flush()
                session.refresh(row)  # read back as stored: UTC timestamps, JSON lists
                saved.append(row)
            result = [
                to_record(row, type(record)) for row, record in zip(saved, records, strict=True)
            ]
        return result

    def set_deleted(self, cls: type[R], record_id: str, deleted: bool) -> R:
        """Make ``record_id`` a tombstone (or bring it back); returns the record."""
        with self._vault.session() as session, session.begin():
            row = session.get(ROW_TYPES[cls], record_id)
            if row is None:
                raise KeyError(record_id)
            row.deleted_at = utc_now() if deleted else None
            row.rev += 1
            row.updated_at = utc_now()
            session.flush()
            return to_record(row, cls)


def find_by_ids(session: Session, ids: Iterable[str]) -> dict[str, Record]:
    """Records of any type with these ids (tombstones included), for merging an import."""
    wanted = list(set(ids))
    found: dict[str, Record] = {}
    for cls, row_type in ROW_TYPES.items():
        table = sa_inspect(row_type).local_table
        columns = [table.c[name] for name, _convert in _converters(cls)]
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start : start + _IN_CHUNK]
            rows = session.execute(select(*columns).where(table.c.id.in_(chunk)))
            found.update((record.id, record) for record in _records_from_rows(cls, rows))
    return found


def put_exact(session: Session, records: Iterable[Record], existing: Collection[str] = ()) -> None:
    """Store records exactly as they came (their ``rev`` and timestamps): imports only.

    ``existing`` holds the ids already stored (the import has just read them): those rows
    are updated, the rest inserted, each kind in one statement per record type.
    """
    now = utc_now()
    inserts: dict[type[RecordMixin], list[dict[str, Any]]] = {}
    updates: dict[type[RecordMixin], list[dict[str, Any]]] = {}
    for record in records:
        values = {name: _to_column(getattr(record, name)) for name in field_types(type(record))}
        values.update(
            owner=record.owner.value,
            created_at=record.created_at or now,
            updated_at=record.updated_at or now,
        )
        target = updates if record.id in existing else inserts
        target.setdefault(ROW_TYPES[type(record)], []).append(values)
    for row_type, rows in inserts.items():
        session.execute(insert(row_type), rows)
    for row_type, rows in updates.items():
        session.execute(update(row_type), rows)  # by primary key, one row each
