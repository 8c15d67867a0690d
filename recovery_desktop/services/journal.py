"""The private journal: writing entries, listing them and searching them."""

from __future__ import annotations

import datetime as dt

from recovery_desktop.domain.journal import JournalEntry, newest_first
from recovery_desktop.domain.journal import search as search_entries
from recovery_desktop.services import records
from recovery_desktop.services.changes import Changes
from recovery_desktop.storage.repositories import Records
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
    entry = JournalEntry(entry_date=entry_date, title=title, body=body, mood=mood, shared=shared)
    return records.save(vault, entry)


def entries(vault: OpenVault) -> list[JournalEntry]:
    """Live entries, newest first."""
    return newest_first(Records(vault).all(JournalEntry))


def search(vault: OpenVault, query: str) -> list[JournalEntry]:
    """Entries whose title or text holds every word of ``query``, newest first."""
    return search_entries(Records(vault).all(JournalEntry), query)
