"""The learning and community log."""

from __future__ import annotations

import datetime as dt

from recovery_desktop.domain.learning import LearningEntry, next_occurrence
from recovery_desktop.storage.repositories import Records
from recovery_desktop.storage.vault import OpenVault


def entries(vault: OpenVault) -> list[LearningEntry]:
    """Every entry, newest first."""
    return sorted(Records(vault).all(LearningEntry), key=lambda e: e.day, reverse=True)


def upcoming(
    vault: OpenVault, today: dt.date, entries: list[LearningEntry] | None = None
) -> list[tuple[dt.date, LearningEntry]]:
    """Recurring entries with their next date on or after ``today``, soonest first.

    ``entries`` saves reading them again when the caller has them already.
    """
    found = []
    for entry in Records(vault).all(LearningEntry) if entries is None else entries:
        when = next_occurrence(entry, today)
        if when is not None:
            found.append((when, entry))
    return sorted(found, key=lambda item: (item[0], item[1].title.casefold()))


def for_goal(vault: OpenVault, goal_id: str) -> list[LearningEntry]:
    """Entries linked to one goal, newest first."""
    return [e for e in entries(vault) if e.goal_id == goal_id]
