"""Reading and writing domain records, one generic repository for every record type.

Rows and records have the same field names; this module converts the few types that
differ (enums stored as their values, id lists stored as JSON lists) and keeps the
bookkeeping every record needs: ``rev`` + 1 and ``updated_at`` on each change, and
tombstones instead of deletion.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import select

from recovery_desktop.domain.assessment import AssessmentQuestion, SelfAssessment
from recovery_desktop.domain.checkins import CheckIn, CheckInAudit
from recovery_desktop.domain.codec import field_types, from_value
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
}
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
    """The domain record for a row."""
    values = {name: from_value(hint, getattr(row, name)) for name, hint in field_types(cls).items()}
    return cls(**values)


def _copy_fields(record: Record, row: RecordMixin) -> None:
    for name in field_types(type(record)):
        if name not in _BOOKKEEPING:
            setattr(row, name, _to_column(getattr(record, name)))


class Records:
    """Every record type of one open vault."""

    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault

    def all(self, cls: type[R], include_deleted: bool = False) -> list[R]:
        """Every record of ``cls`` (tombstones only when asked)."""
        row_type = ROW_TYPES[cls]
        query = select(row_type)
        if not include_deleted:
            query = query.where(row_type.deleted_at.is_(None))
        with self._vault.session() as session:
            return [to_record(row, cls) for row in session.scalars(query)]

    def where(self, cls: type[R], **equal_to: Any) -> list[R]:
        """Live records of ``cls`` whose fields equal the given values (a query, not a scan)."""
        row_type = ROW_TYPES[cls]
        query = select(row_type).where(row_type.deleted_at.is_(None))
        for name, value in equal_to.items():
            query = query.where(getattr(row_type, name) == _to_column(value))
        with self._vault.session() as session:
            return [to_record(row, cls) for row in session.scalars(query)]

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
