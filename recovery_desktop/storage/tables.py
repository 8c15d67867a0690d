"""The vault's tables, as typed SQLAlchemy 2 models.

Every exchangeable record shares the columns of ``RecordMixin``; exchange and merge rely
on them (``id``, ``rev`` and the ``deleted_at`` tombstone).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import DateTime, Index, Integer, String, Text, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from recovery_desktop.domain.profile import Owner, Role


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC timestamp; naive datetimes are refused, not guessed."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        """Store as naive UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        """Read back as aware UTC."""
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC)


def utc_now() -> dt.datetime:
    """The current time in UTC."""
    return dt.datetime.now(dt.UTC)


def new_id() -> str:
    """A new record id."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    """Declarative base of every table."""


class RecordMixin:
    """Columns every exchangeable record carries."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    owner: Mapped[str] = mapped_column(String(8), default=Owner.MENTEE.value)
    rev: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)

    def touch(self) -> None:
        """Record a change: bump ``rev`` and ``updated_at``."""
        self.rev += 1
        self.updated_at = utc_now()


class Profile(Base):
    """The one row that says whose vault this is."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    role: Mapped[str] = mapped_column(String(8), default=Role.MENTEE.value)
    display_name: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class JournalEntry(RecordMixin, Base):
    """A dated journal entry; private unless the mentee shares it."""

    __tablename__ = "journal_entry"
    __table_args__ = (Index("ix_journal_entry_date", "entry_date"),)

    entry_date: Mapped[dt.date] = mapped_column()
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    mood: Mapped[int | None] = mapped_column(Integer, default=None)
    shared: Mapped[bool] = mapped_column(default=False)
