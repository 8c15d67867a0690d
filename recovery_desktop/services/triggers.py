"""Triggers and the urge log."""

from __future__ import annotations

import datetime as dt

from recovery_desktop.domain.trigger_stats import TriggerStats, trigger_stats
from recovery_desktop.domain.triggers import Encounter
from recovery_desktop.storage.repositories import Records
from recovery_desktop.storage.vault import OpenVault


def encounters(vault: OpenVault) -> list[Encounter]:
    """The urge log, newest first."""
    return sorted(Records(vault).all(Encounter), key=lambda e: e.occurred_at, reverse=True)


def stats(
    vault: OpenVault, now: dt.datetime | None = None, log: list[Encounter] | None = None
) -> dict[str, TriggerStats]:
    """How often each trigger came up in the last 30 days, and when last.

    Pass the urge log if it is already loaded: ten years of it take a while to read.
    """
    entries = Records(vault).all(Encounter) if log is None else log
    return trigger_stats(entries, now or dt.datetime.now(dt.UTC))
