"""What makes goals, check-ins, assessments, journal and learning entries acceptable."""

import datetime as dt

import pytest

from recovery_desktop.domain.assessment import AssessmentQuestion, SelfAssessment
from recovery_desktop.domain.checkins import CheckIn
from recovery_desktop.domain.errors import ValidationError
from recovery_desktop.domain.goals import Goal, GoalUpdate, UpdateKind
from recovery_desktop.domain.journal import JournalEntry
from recovery_desktop.domain.learning import LearningEntry
from recovery_desktop.domain.validation import validate

NOW = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)
TODAY = NOW.astimezone().date()
LATER = TODAY + dt.timedelta(days=3)


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (Goal(title=" "), "title"),
        (Goal(title="ok", steps="x" * 20_001), "steps"),
        (GoalUpdate(goal_id="g", day=TODAY, note="  "), "note"),
        (GoalUpdate(goal_id="g", day=LATER, note="ahead"), "day"),
        (CheckIn(day=TODAY, mood=0), "mood"),
        (CheckIn(day=TODAY, mood=6), "mood"),
        (CheckIn(day=TODAY, craving=11), "craving"),
        (CheckIn(day=TODAY, sleep_hours=25.0), "sleep_hours"),
        (CheckIn(day=LATER), "day"),
        (SelfAssessment(day=TODAY), "answers"),
        (SelfAssessment(day=TODAY, answers=(("own-hope", 7),)), "answers"),
        (SelfAssessment(day=TODAY, answers=(("own-hope", 0),)), "answers"),
        (AssessmentQuestion(text=""), "text"),
        (JournalEntry(entry_date=TODAY, body="  "), "body"),
        (JournalEntry(entry_date=TODAY, body="ok", mood=9), "mood"),
        (LearningEntry(day=TODAY, title=""), "title"),
    ],
)
def test_each_problem_names_its_field_in_calm_words(record, field):
    with pytest.raises(ValidationError) as caught:
        validate(record, now=NOW)
    assert caught.value.field == field
    assert caught.value.problem.endswith(".")
    assert "invalid" not in caught.value.problem.lower()


@pytest.mark.parametrize(
    "record",
    [
        Goal(title="Walk"),
        GoalUpdate(goal_id="g", day=TODAY, kind=UpdateKind.ADJUSTMENT, changed="Target"),
        CheckIn(day=TODAY, sleep_hours=7.5),
        CheckIn(day=TODAY + dt.timedelta(days=1)),  # across a date line, the day ahead is fine
        SelfAssessment(day=TODAY, answers=(("own-hope", 6),)),
        JournalEntry(entry_date=TODAY, title="Only a title"),
        LearningEntry(day=TODAY, title="Tuesday meeting"),
    ],
)
def test_good_records_pass(record):
    validate(record, now=NOW)
