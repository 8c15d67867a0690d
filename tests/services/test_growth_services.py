"""Milestones, the journal, self-assessment and the learning log in a real vault."""

import datetime as dt

import pytest

from recovery_desktop.domain.checkins import CheckIn, UseStatus
from recovery_desktop.domain.errors import ValidationError
from recovery_desktop.domain.goals import Goal, GoalStatus
from recovery_desktop.domain.learning import LearningEntry, Repeat
from recovery_desktop.domain.milestones import MilestoneKind
from recovery_desktop.services import (
    assessments,
    checkins,
    goals,
    journal,
    learning,
    milestones,
    records,
)
from recovery_desktop.services.changes import Area

TODAY = dt.date(2026, 11, 26)


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def test_milestones_are_found_once_and_celebrated_once(vault):
    for n in range(7, -1, -1):
        checkins.save_day(vault, CheckIn(day=days_ago(n)), TODAY)
    new, changes = milestones.update(vault, TODAY)
    assert [(m.kind, m.threshold, m.reached_on) for m in new] == [
        (MilestoneKind.SOBER_DAYS, 1, days_ago(7)),
        (MilestoneKind.SOBER_DAYS, 7, days_ago(1)),
    ]
    assert changes.touches(Area.MILESTONES)
    assert milestones.update(vault, TODAY) == ([], milestones.NOTHING)
    waiting = milestones.to_celebrate(vault)
    assert [m.threshold for m in waiting] == [1, 7]
    milestones.mark_celebrated(vault, waiting)
    assert milestones.to_celebrate(vault) == []


def test_a_correction_that_undoes_a_milestone_takes_it_off_the_list(vault):
    for n in range(6, -1, -1):
        checkins.save_day(vault, CheckIn(day=days_ago(n)), TODAY)
    milestones.update(vault, TODAY)
    assert {m.threshold for m in milestones.milestones(vault)} == {1, 7}
    checkins.save_day(vault, CheckIn(day=TODAY, use=UseStatus.LAPSE), TODAY)  # slip on day 7
    milestones.update(vault, TODAY)
    assert {m.threshold for m in milestones.milestones(vault)} == {1}


def test_a_completed_goal_is_a_milestone(vault):
    goal, _ = records.save(vault, Goal(title="Read a chapter"))
    goals.set_status(vault, goal, GoalStatus.DONE, TODAY)
    new, _ = milestones.update(vault, TODAY)
    assert [m.title for m in new] == ["First goal completed"]


def test_journal_is_private_by_default_and_searchable(vault):
    entry, _ = journal.add_entry(vault, TODAY, "Called Sam after the meeting", mood=4)
    journal.add_entry(vault, days_ago(3), "A quiet day at home", title="Sunday")
    assert not entry.shared
    assert [e.body for e in journal.search(vault, "sam MEETING")] == [entry.body]
    assert [e.entry_date for e in journal.entries(vault)] == [TODAY, days_ago(3)]
    with pytest.raises(ValidationError) as caught:
        journal.add_entry(vault, TODAY, "   ")
    assert caught.value.field == "body"


def test_self_assessment_with_a_pair_question_and_totals(vault):
    question, _ = assessments.add_question(vault, "I keep Saturdays for Mia.")
    asked = assessments.current_questions(vault)
    assert asked[-1].key == question.id
    assessments.take(vault, days_ago(21), {q.key: 3 for q in asked})
    assessments.take(vault, TODAY, {q.key: 5 for q in asked}, note="steadier")
    points = assessments.totals(vault)
    assert [p.total for p in points] == [3 * len(asked), 5 * len(asked)]
    assert points[-1].change == 2.0
    assert assessments.next_due(vault, 2) == TODAY + dt.timedelta(weeks=2)
    with pytest.raises(ValidationError):
        assessments.take(vault, TODAY, {"own-hope": 7})


def test_learning_log_links_goals_and_knows_the_next_meeting(vault):
    goal, _ = records.save(vault, Goal(title="Two meetings a week"))
    records.save(
        vault,
        LearningEntry(
            day=days_ago(9), title="Tuesday meeting", goal_id=goal.id, repeats=Repeat.WEEKLY
        ),
    )
    records.save(vault, LearningEntry(day=days_ago(1), title="Workshop"))
    assert [e.title for e in learning.entries(vault)] == ["Workshop", "Tuesday meeting"]
    assert [e.title for e in learning.for_goal(vault, goal.id)] == ["Tuesday meeting"]
    [(when, entry)] = learning.upcoming(vault, TODAY)
    assert when == days_ago(9) + dt.timedelta(days=14) and entry.title == "Tuesday meeting"
