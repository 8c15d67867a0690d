"""The charts in words: every summary's numbers, empty ranges, and never an unkind word."""

import datetime as dt

import pytest

from recovery_desktop.domain.assessment import SelfAssessment
from recovery_desktop.domain.checkins import CheckIn, UseStatus
from recovery_desktop.domain.goals import Goal, GoalStatus
from recovery_desktop.domain.progress import (
    Bin,
    Marker,
    MarkerKind,
    Span,
    build_progress,
    coping_results,
    craving_peaks,
    goals_view,
    markers_in,
    trigger_view,
)
from recovery_desktop.domain.progress_text import (
    bin_text,
    calendar_summary,
    compared_summary,
    coping_summary,
    goals_summary,
    mood_summary,
    span_text,
    strength_summary,
    triggers_summary,
)
from recovery_desktop.domain.triggers import Encounter, Outcome, Trigger, TriggerCategory

START = dt.date(2026, 4, 1)
TODAY = dt.date(2026, 4, 30)
T0 = dt.datetime(2026, 4, 1, tzinfo=dt.UTC)
APRIL = Span(START, TODAY)
UNKIND = ("fail", "reset", "start over", "starting over", "zero", "back to day", "wasted")


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def at(n: int, hour: int = 20) -> dt.datetime:
    return dt.datetime.combine(day(n), dt.time(hour), dt.UTC)


def _april():
    """A month: check-ins every day but days 5 and 6, a lapse on day 10, cravings."""
    checkins = [
        CheckIn(
            day=day(n),
            mood=4 if n >= 15 else 2,
            craving=8 if n == 10 else (1 if n >= 15 else 3),
            use=UseStatus.LAPSE if n == 10 else UseStatus.FREE,
        )
        for n in range(30)
        if n not in (5, 6)
    ]
    triggers = [
        Trigger(id="pub", name="The old pub", category=TriggerCategory.PLACES),
        Trigger(id="pay", name="Payday $cash$", category=TriggerCategory.SITUATIONS),
    ]
    encounters = [
        Encounter(occurred_at=at(10), trigger_ids=("pub",), coping_ids=("walk",)),
        Encounter(
            occurred_at=at(10, 21),
            trigger_ids=("pub", "pay"),
            coping_ids=("walk", "call"),
            outcome=Outcome.LAPSE,
        ),
        Encounter(occurred_at=at(17), trigger_ids=("pay",), coping_ids=("call",)),
    ]
    goals = [
        Goal(title="Walk daily", status=GoalStatus.DONE, done_on=day(12)),
        Goal(title="Cook at home", steps="[x] Shop\n[ ] Cook\n[ ] Invite Sam"),
    ]
    assessments = [
        SelfAssessment(day=day(2), answers=(("a", 3), ("b", 4))),
        SelfAssessment(day=day(23), answers=(("a", 5), ("b", 5))),
    ]
    markers = [
        Marker(day(6), "7 substance-free days"),
        Marker(day(20), "Steady", MarkerKind.RECOGNITION),
    ]
    return build_progress(
        checkins,
        encounters,
        TODAY,
        triggers=triggers,
        coping={"walk": "Walk it off", "call": "Call Sam"},
        goals=goals,
        assessments=assessments,
        markers=markers,
        zone=dt.UTC,
    )


@pytest.fixture(scope="module")
def april():
    return _april()


def test_dates_and_periods_in_words():
    assert span_text(APRIL) == "from 1 April to 30 April 2026"
    assert span_text(Span(dt.date(2025, 12, 30), TODAY)) == "from 30 December 2025 to 30 April 2026"
    assert span_text(Span(TODAY, TODAY)) == "on 30 April 2026"
    assert bin_text(dt.date(2026, 4, 6), Bin.WEEK) == "the week of 6 April 2026"
    assert bin_text(dt.date(2026, 4, 1), Bin.MONTH) == "April 2026"
    assert bin_text(dt.date(2026, 10, 1), Bin.QUARTER) == "October–December 2026"


def test_calendar_summary_numbers(april):
    text = calendar_summary(april.series, APRIL)
    assert text.startswith("From 1 April to 30 April 2026: 29 substance-free days of 30 counted")
    assert "(27 checked in, 2 without a check-in) and 1 slip day (11 April)" in text
    assert "The longest run in this range was 19 days." in text
    assert "the current run is 19 days, the longest run was 19 days" in text
    assert "29 substance-free days in all: a slip never takes away the days before it" in text


def test_calendar_summary_before_any_check_in():
    empty = build_progress([], [], TODAY)
    assert calendar_summary(empty.series, APRIL).startswith("No check-ins yet.")


def test_calendar_summary_on_a_slip_day():
    progress = build_progress([CheckIn(day=TODAY, use=UseStatus.RELAPSE)], [], TODAY)
    text = calendar_summary(progress.series, APRIL)
    assert "1 slip day (30 April)" in text
    assert "today is noted as a slip and a new run can begin tomorrow" in text


def test_strength_summary_numbers(april):
    series = april.series
    text = strength_summary(series, APRIL, markers_in(april.markers, APRIL))
    end = round(100 * series.strength[-1])
    assert f"Recovery strength was {end} out of 100 on 30 April 2026" in text
    assert f"({round(100 * series.strength[0])} on 1 April 2026)" in text
    assert "dipped a little after 1 slip day in this range" in text
    assert "Milestones reached in this range: 7 substance-free days (7 April)." in text
    assert "Recognitions from the mentor: Steady (21 April)." in text


def test_mood_summary_numbers(april):
    peaks = craving_peaks(april.series, april.log, april.trigger_names, APRIL)
    text = mood_summary(april.series, APRIL, peaks)
    # Days 0-14 (13 check-ins): mood 2; days 15-29: mood 4. Craving 3, with 8 on day 10.
    assert text.startswith("28 check-ins from 1 April to 30 April 2026: mood averaged 3.1")
    assert "craving 2.1 out of 10" in text  # (12 × 3 + 8 + 15 × 1) / 28
    assert "first half of the range mood averaged 2.0 and craving 3.4" in text
    assert "second half 4.0 and 1.0" in text
    assert "Strongest cravings: 8 on 11 April (trigger logged: The old pub)." in text


def test_mood_summary_without_check_ins():
    empty = build_progress([], [], TODAY)
    assert mood_summary(empty.series, APRIL, []).startswith("No check-ins from 1 April")


def test_triggers_summary_numbers(april):
    text = triggers_summary(trigger_view(april.log, april.triggers, APRIL))
    assert text.startswith("3 urges logged from 1 April to 30 April 2026, shown per week.")
    assert "By kind of trigger: Places 2 and Situations 2." in text
    assert "Came up most: Payday $cash$ (2) and The old pub (2)." in text
    assert "most often on Saturdays, and between 18:00 and 21:00" in text


def test_coping_summary_numbers(april):
    text = coping_summary(coping_results(april.log, april.coping, APRIL), APRIL)
    assert "Call Sam: used 2 times, the urge passed 1 of them (50%)" in text
    assert "Walk it off: used 2 times, the urge passed 1 of them (50%)" in text


def test_goals_summary_numbers(april):
    text = goals_summary(goals_view(april.goals, april.totals, APRIL))
    assert "1 goal completed from 1 April to 30 April 2026 (the most in April 2026: 1)." in text
    assert "1 goal active now (Cook at home: 1 of 3 steps done)." in text
    assert "average answer was 5.0 out of 6 on 24 April 2026, and 3.5 on 3 April 2026" in text
    assert "(2 assessments in this range)" in text


def test_compared_summary_numbers(april):
    recent = april.period(Span(day(15), TODAY))
    text = compared_summary(recent, april.period(Span(day(15), TODAY).before()))
    assert text.startswith(
        "From 16 April to 30 April 2026: 15 days of 15 counted were substance-free "
        "(the 15 days before: 14 of 15), with no slip days (before: 1)."
    )
    assert "Check-ins on 15 days (before: 13)." in text
    assert "Mood averaged 4.0 out of 5 (before: 2.0 out of 5)" in text
    assert "1 urge logged, 1 of them passed (before: 2 logged, 1 passed)." in text


def test_summaries_of_an_empty_workspace():
    empty = build_progress([], [], TODAY)
    assert compared_summary(empty.period(APRIL), empty.period(APRIL.before())).startswith(
        "Nothing is logged from 1 April to 30 April 2026 or the 30 days before."
    )
    assert triggers_summary(trigger_view(empty.log, {}, APRIL)).startswith("No urges were logged")
    assert coping_summary([], APRIL).startswith("No coping strategies were noted")
    text = goals_summary(goals_view([], [], APRIL))
    assert "No goals were completed" in text and "No goals are active now." in text
    assert "No self-assessments in this range." in text
    assert strength_summary(empty.series, APRIL).startswith("Recovery strength starts with")


def test_no_summary_has_an_unkind_word(april):
    empty = build_progress([], [], TODAY)
    texts = []
    for progress in (april, empty):
        for span in (APRIL, Span(TODAY, TODAY), Span(day(-400), TODAY)):
            peaks = craving_peaks(progress.series, progress.log, progress.trigger_names, span)
            texts += [
                calendar_summary(progress.series, span),
                strength_summary(progress.series, span, markers_in(progress.markers, span)),
                mood_summary(progress.series, span, peaks),
                triggers_summary(trigger_view(progress.log, progress.triggers, span)),
                coping_summary(coping_results(progress.log, progress.coping, span), span),
                goals_summary(goals_view(progress.goals, progress.totals, span)),
                compared_summary(progress.period(span), progress.period(span.before())),
            ]
    for text in texts:
        assert not any(word in text.lower() for word in UNKIND), text
