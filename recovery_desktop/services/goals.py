"""Goals: progress updates, adjustments that say what changed and why, steps and status."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from recovery_desktop.domain.goals import (
    Due,
    Goal,
    GoalStatus,
    GoalUpdate,
    adjustment,
    due_state,
)
from recovery_desktop.services import records
from recovery_desktop.services.changes import NOTHING, Changes
from recovery_desktop.storage.repositories import Records
from recovery_desktop.storage.vault import OpenVault


def goals(vault: OpenVault, today: dt.date) -> list[Goal]:
    """Live goals, the most pressing first (overdue, due this week, later, undated)."""
    return sorted(
        Records(vault).all(Goal),
        key=lambda g: (due_state(g, today), g.due or dt.date.max, g.title.casefold()),
    )


def updates(vault: OpenVault, goal_id: str | None = None) -> list[GoalUpdate]:
    """Progress updates and adjustments (of one goal, or all), newest first."""
    store = Records(vault)
    found = store.all(GoalUpdate) if goal_id is None else store.where(GoalUpdate, goal_id=goal_id)
    floor = dt.datetime.min.replace(tzinfo=dt.UTC)
    return sorted(found, key=lambda u: (u.day, u.created_at or floor), reverse=True)


def add_progress(
    vault: OpenVault, goal: Goal, note: str, day: dt.date
) -> tuple[GoalUpdate, Changes]:
    """Note progress on ``goal``."""
    return records.save(
        vault, GoalUpdate(goal_id=goal.id, day=day, note=note.strip(), shared=goal.shared)
    )


def adjust(
    vault: OpenVault, before: Goal, after: Goal, why: str, day: dt.date
) -> tuple[Goal, GoalUpdate | None, Changes]:
    """Save an adjusted goal with an update saying what changed and why (one transaction).

    Nothing is stored when nothing changed.
    """
    update = adjustment(before, after, why, day)
    if not update.changed:
        return before, None, NOTHING
    saved, changes = records.save_together(vault, after, update)
    goal, note = saved
    assert isinstance(goal, Goal) and isinstance(note, GoalUpdate)
    return goal, note, changes


def set_status(
    vault: OpenVault, goal: Goal, status: GoalStatus, today: dt.date
) -> tuple[Goal, Changes]:
    """Move a goal to ``status`` (done goals get today's date as ``done_on``)."""
    return records.save(vault, goal.with_status(status, today))


def set_step(vault: OpenVault, goal: Goal, index: int, done: bool) -> tuple[Goal, Changes]:
    """Tick (or untick) one step."""
    return records.save(vault, goal.with_step_done(index, done))


def due_counts(goals: list[Goal], today: dt.date) -> tuple[int, int]:
    """How many open goals are overdue, and how many are due this week."""
    states = [due_state(goal, today) for goal in goals]
    return states.count(Due.OVERDUE), states.count(Due.THIS_WEEK)


def accept_suggestion(vault: OpenVault, goal: Goal) -> tuple[Goal, Changes]:
    """Make a proposed goal active (one the mentor suggested, or the person's own idea)."""
    return records.save(vault, replace(goal, status=GoalStatus.ACTIVE))
