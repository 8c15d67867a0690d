"""The session brief: what changed between two shares, in plain sentences."""

import datetime as dt

from recovery_desktop.domain.checkins import CheckIn, UseStatus
from recovery_desktop.domain.goals import Goal, GoalStatus
from recovery_desktop.domain.milestones import Milestone, MilestoneKind
from recovery_desktop.domain.session_brief import brief
from recovery_desktop.domain.triggers import Encounter, Outcome, Trigger

TODAY = dt.date(2026, 11, 26)
NOW = dt.datetime(2026, 11, 26, 18, tzinfo=dt.UTC)
EARLIER = NOW - dt.timedelta(days=14)


def _at(days_ago, hour=12):
    return dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(hour), dt.UTC)


def _lines(result, title):
    return next(s.lines for s in result.sections if s.title == title)


def test_the_first_share_describes_the_last_two_weeks():
    now = [
        Encounter(occurred_at=_at(3), intensity=6),
        Encounter(occurred_at=_at(20), intensity=2),
        *(CheckIn(day=TODAY - dt.timedelta(days=d), craving=2, mood=4) for d in range(10)),
    ]
    result = brief("Alex", now, None, NOW, None, TODAY)
    assert result.title == "Session brief: Alex's first share, of 26 November 2026"
    assert _lines(result, "Triggers and urges") == (
        "1 urge logged in the last 14 days, average intensity 6.0; 1 passed without using.",
    )
    rhythm = _lines(result, "Check-ins, craving and mood")
    assert rhythm[0] == "Checked in on 10 of the last 14 days (0 of the 14 days before)."
    assert rhythm[1] == "Craving averaged 2.0 out of 10 over the last 14 days."


def test_a_later_share_says_what_is_new_even_when_written_down_late():
    old_trigger = Trigger(name="Payday")
    old_urge = Encounter(occurred_at=_at(20), intensity=5)
    goal = Goal(title="Walk daily")
    before = [old_trigger, old_urge, goal]
    late = Encounter(occurred_at=_at(30), intensity=3, outcome=Outcome.LAPSE)  # back-dated
    now = [
        old_trigger,
        Trigger(name="Lonely <evenings>"),
        old_urge,
        late,
        Goal(id=goal.id, title="Walk daily", status=GoalStatus.DONE, done_on=TODAY),
        Goal(title="Call Mum", due=TODAY - dt.timedelta(days=2)),
        Milestone(kind=MilestoneKind.SOBER_DAYS, threshold=90, reached_on=TODAY),
        CheckIn(day=TODAY, use=UseStatus.LAPSE, craving=6),
    ]
    result = brief("Alex", now, before, NOW, EARLIER, TODAY)
    assert result.title.endswith("compared with 12 November 2026")
    assert _lines(result, "Triggers and urges") == (
        "New triggers: “Lonely <evenings>”.",
        "1 urge logged since the last share, average intensity 3.0; 0 passed without using.",
    )
    goals = _lines(result, "Goals")
    assert "Completed since the last share: “Walk daily”." in goals
    assert "Past their date (worth a look together): “Call Mum”." in goals
    assert _lines(result, "Milestones reached")[0].endswith("on 26 November 2026.")
    text = result.as_text().lower()
    assert "1 slip day in the last 14 days" in text
    for unkind in ("failed", "reset", "start over", "zero"):
        assert unkind not in text


def test_nothing_new_is_said_calmly():
    same = [Trigger(name="Payday")]
    result = brief("Alex", same, same, NOW, EARLIER, TODAY)
    assert _lines(result, "Triggers and urges") == ("No urges logged since the last share.",)
    assert _lines(result, "Worth talking about") == ("None of the early-warning rules fired.",)


def test_the_first_share_lists_only_recent_goals_and_milestones():
    now = [
        Goal(title="Old win", status=GoalStatus.DONE, done_on=TODAY - dt.timedelta(days=200)),
        Goal(title="New win", status=GoalStatus.DONE, done_on=TODAY - dt.timedelta(days=3)),
        Milestone(kind=MilestoneKind.SOBER_DAYS, threshold=7, reached_on=TODAY - dt.timedelta(300)),
        Milestone(kind=MilestoneKind.SOBER_DAYS, threshold=365, reached_on=TODAY),
    ]
    result = brief("Alex", now, None, NOW, None, TODAY)
    assert "Completed in the last 14 days: “New win”." in _lines(result, "Goals")
    assert len(_lines(result, "Milestones reached")) == 1
