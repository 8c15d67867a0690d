"""Realistic, reproducible demo data for every feature that exists."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass

from sqlalchemy import insert

from recovery_desktop.domain.profile import Role
from recovery_desktop.services.profile import profile
from recovery_desktop.storage.tables import JournalEntry, utc_now
from recovery_desktop.storage.vault import OpenVault

_JOURNAL_OPENINGS = (
    "Woke up early and took the long way to work.",
    "A hard afternoon; called Sam instead of going to the bar after work.",
    "Meeting tonight helped. Someone shared almost my exact story.",
    "Slept badly. HALT check: tired and a bit lonely.",
    "Cooked dinner for the first time in weeks.",
    "Payday, which used to be the worst day. Went to the climbing gym instead.",
    "Argued with my brother. Walked it off before answering his message.",
    "Quiet, ordinary day. Ordinary is good.",
)
_JOURNAL_CLOSINGS = (
    "Grateful for the people who pick up the phone.",
    "Tomorrow: gym before work.",
    "Noticing the urge is smaller when I name it.",
    "Want to bring this up with my mentor.",
    "",
)


@dataclass(frozen=True)
class DemoSummary:
    """What ``fill`` wrote."""

    journal_entries: int


def fill(
    vault: OpenVault, years: float = 2.0, seed: int = 7, today: dt.date | None = None
) -> DemoSummary:
    """Fill an unlocked vault with ``years`` of data ending today, the same for the same seed."""
    if profile(vault).role is not Role.MENTEE:
        return DemoSummary(journal_entries=0)  # a mentor's demo arrives with the exchange
    rng = random.Random(seed)
    today = today or dt.date.today()
    start = today - dt.timedelta(days=round(365 * years))
    now = utc_now()
    rows = []
    day = start
    while day <= today:
        text = rng.choice(_JOURNAL_OPENINGS)
        closing = rng.choice(_JOURNAL_CLOSINGS)
        rows.append(
            {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "entry_date": day,
                "title": f"Week of {day:%d %B %Y}",
                "body": f"{text} {closing}".strip(),
                "mood": rng.randint(2, 5),
                "shared": rng.random() < 0.2,
                "created_at": now,
                "updated_at": now,
                "owner": "mentee",
                "rev": 1,
            }
        )
        day += dt.timedelta(days=7)
    with vault.session() as session, session.begin():
        # Bulk insert: a hundred years of data must generate in well under a minute.
        session.execute(insert(JournalEntry), rows)
    return DemoSummary(journal_entries=len(rows))
