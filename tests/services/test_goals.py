"""Goals: progress, adjustments, steps and status in a real vault."""

import datetime as dt
from dataclasses import replace

from recovery_desktop.domain.goals import Goal, GoalStatus, UpdateKind
from recovery_desktop.services import goals, records

TODAY = dt.date(2026, 11, 26)


def _goal(vault, **fields):
    saved, _ = records.save(vault, Goal(title="Walk after work", **fields))
    return saved


def test_progress_updates_are_listed_newest_first(vault):
    goal = _goal(vault)
    goals.add_progress(vault, goal, "Walked three days", TODAY - dt.timedelta(days=2))
    goals.add_progress(vault, goal, "Walked every day", TODAY)
    assert [u.note for u in goals.updates(vault, goal.id)] == [
        "Walked every day",
        "Walked three days",
    ]


def test_adjust_records_what_changed_and_why_in_one_step(vault):
    goal = _goal(vault, target="30 minutes")
    adjusted, update, _changes = goals.adjust(
        vault, goal, replace(goal, target="15 minutes"), "Shifts changed", TODAY
    )
    assert adjusted.target == "15 minutes" and adjusted.rev == 2
    assert update is not None and update.kind is UpdateKind.ADJUSTMENT
    assert (update.changed, update.why) == ("Target: 30 minutes → 15 minutes", "Shifts changed")
    assert goals.updates(vault, goal.id) == [update]
    _same, none, nothing = goals.adjust(vault, adjusted, adjusted, "no change", TODAY)
    assert none is None and not nothing.areas


def test_steps_status_and_due_counts(vault):
    goal = _goal(vault, steps="[ ] shoes\n[ ] route", due=TODAY - dt.timedelta(days=1))
    _goal(vault, due=TODAY + dt.timedelta(days=3))
    ticked, _ = goals.set_step(vault, goal, 0, True)
    assert ticked.steps == "[x] shoes\n[ ] route"
    listed = goals.goals(vault, TODAY)
    assert listed[0].id == goal.id  # overdue first
    assert goals.due_counts(listed, TODAY) == (1, 1)
    done, _ = goals.set_status(vault, ticked, GoalStatus.DONE, TODAY)
    assert done.done_on == TODAY
    assert goals.due_counts(goals.goals(vault, TODAY), TODAY) == (0, 1)
