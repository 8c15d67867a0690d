"""Milestones: noticing new ones after a change, and celebrating each only once."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from recovery_desktop.domain.checkins import CheckIn
from recovery_desktop.domain.goals import Goal
from recovery_desktop.domain.milestones import Milestone, reached_milestones, reconcile
from recovery_desktop.domain.sobriety import sobriety_record
from recovery_desktop.services.changes import NOTHING, Area, Changes
from recovery_desktop.storage.repositories import Records
from recovery_desktop.storage.vault import OpenVault


def milestones(vault: OpenVault) -> list[Milestone]:
    """Every milestone reached, the latest first."""
    return sorted(
        Records(vault).all(Milestone),
        key=lambda m: (m.reached_on, m.kind, m.threshold),
        reverse=True,
    )


def update(vault: OpenVault, today: dt.date) -> tuple[list[Milestone], Changes]:
    """Store milestones reached by ``today`` (the local date); returns the newly reached.

    Safe to call after any change and at start-up: a second call finds nothing new.
    """
    store = Records(vault)
    checkins = store.all(CheckIn)
    reached = reached_milestones(sobriety_record(checkins, today), store.all(Goal), checkins)
    result = reconcile(store.all(Milestone, include_deleted=True), reached, dt.datetime.now(dt.UTC))
    if not result.to_save:
        return [], NOTHING
    saved = store.save_many(result.to_save)
    new_ids = {m.id for m in result.newly_reached}
    return [m for m in saved if m.id in new_ids], Changes.of(Area.MILESTONES)


def to_celebrate(vault: OpenVault) -> list[Milestone]:
    """Milestones reached but not yet celebrated, oldest first."""
    waiting = [m for m in Records(vault).all(Milestone) if not m.celebrated]
    return sorted(waiting, key=lambda m: (m.reached_on, m.kind, m.threshold))


def mark_celebrated(vault: OpenVault, celebrated: list[Milestone]) -> Changes:
    """Remember that these milestones' celebration was shown (it never shows again)."""
    if not celebrated:
        return NOTHING
    Records(vault).save_many([replace(m, celebrated=True) for m in celebrated])
    return Changes.of(Area.MILESTONES)
