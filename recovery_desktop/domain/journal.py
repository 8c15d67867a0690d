"""Journal entries: dated, with an optional mood, private unless shared one by one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from recovery_desktop.domain.records import Record


@dataclass(frozen=True, kw_only=True)
class JournalEntry(Record):
    """One journal entry. ``shared`` is off unless the person switches it on for this entry."""

    entry_date: dt.date
    title: str = ""
    body: str = ""
    mood: int | None = None
    shared: bool = False

    @property
    def heading(self) -> str:
        """The title, or the first line of the text when there is no title."""
        if self.title.strip():
            return self.title.strip()
        first = next((line.strip() for line in self.body.splitlines() if line.strip()), "")
        return first[:80]


def matches(entry: JournalEntry, query: str) -> bool:
    """Whether every word of ``query`` is in the entry's title or text (any case, any order)."""
    haystack = f"{entry.title}\n{entry.body}".casefold()
    return all(word in haystack for word in query.casefold().split())


def search(entries: Iterable[JournalEntry], query: str) -> list[JournalEntry]:
    """The live entries matching ``query``, newest first."""
    found = [e for e in entries if not e.is_deleted and matches(e, query)]
    return newest_first(found)


def newest_first(entries: Iterable[JournalEntry]) -> list[JournalEntry]:
    """Entries by date, newest first (the later-written first on the same day)."""
    floor = dt.datetime.min.replace(tzinfo=dt.UTC)
    return sorted(entries, key=lambda e: (e.entry_date, e.created_at or floor, e.id), reverse=True)
