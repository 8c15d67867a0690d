"""How often each trigger came up: counted from the urge log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from recovery_desktop.domain.triggers import Encounter

RECENT = dt.timedelta(days=30)


@dataclass(frozen=True)
class TriggerStats:
    """Encounters with one trigger: in the last 30 days, and the latest."""

    recent: int = 0
    last: dt.datetime | None = None


def trigger_stats(encounters: Iterable[Encounter], now: dt.datetime) -> dict[str, TriggerStats]:
    """Stats per trigger id; triggers never encountered are absent (read as zero)."""
    since = now - RECENT
    recent: dict[str, int] = {}
    last: dict[str, dt.datetime] = {}
    for encounter in encounters:
        if encounter.is_deleted:
            continue
        for trigger_id in set(encounter.trigger_ids):
            if since <= encounter.occurred_at <= now:
                recent[trigger_id] = recent.get(trigger_id, 0) + 1
            if trigger_id not in last or encounter.occurred_at > last[trigger_id]:
                last[trigger_id] = encounter.occurred_at
    return {
        trigger_id: TriggerStats(recent.get(trigger_id, 0), seen)
        for trigger_id, seen in last.items()
    }
