"""The private journal."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from recovery_desktop.domain.errors import ValidationError
from recovery_desktop.services.changes import Area, Changes
from recovery_desktop.storage.tables import JournalEntry
from recovery_desktop.storage.vault import OpenVault


def add_entry(
    vault: OpenVault,
    entry_date: dt.date,
    body: str,
    title: str = "",
    mood: int | None = None,
    shared: bool = False,
) -> tuple[JournalEntry, Changes]:
    """Write a journal entry (private unless ``shared``)."""
    if not body.strip() and not title.strip():
        raise ValidationError("body", "empty")
    if mood is not None and not 1 <= mood <= 5:
        raise ValidationError("mood", "out of range")
    entry = JournalEntry(entry_date=entry_date, title=title, body=body, mood=mood, shared=shared)
    with vault.session() as session, session.begin():
        session.add(entry)
    return entry, Changes.of(Area.JOURNAL)


def entries(vault: OpenVault) -> list[JournalEntry]:
    """Live entries, newest first."""
    with vault.session() as session:
        query = (
            select(JournalEntry)
            .where(JournalEntry.deleted_at.is_(None))
            .order_by(JournalEntry.entry_date.desc(), JournalEntry.created_at.desc())
        )
        return list(session.scalars(query))
