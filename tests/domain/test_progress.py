"""Progress series: ranges, days, recovery strength, urges in local time, bins and views."""

import datetime as dt
import zoneinfo

import pytest

from recovery_desktop.domain.assessment import SelfAssessment
from recovery_desktop.domain.checkins import CheckIn, UseStatus
from recovery_desktop.domain.goals import Goal, GoalStatus
from recovery_desktop.domain.milestones import Milestone, MilestoneKind
from recovery_desktop.domain.progress import (
    OTHER,
    UNNAMED,
    Bin,
    DayStatus,
    Marker,
    MarkerKind,
    RangeChoice,
    RangeKind,
    Span,
    bin_for,
    bin_start,
    bin_starts,
    build_progress,
    coping_results,
    craving_peaks,
    daily_series,
    day_counts,
    day_value,
    goals_view,
    longest_run_in,
    markers_in,
    milestone_markers,
    next_bin,
    recovery_strength,
    resolve_span,
    rolling_mean,
    trigger_view,
    urge_log,
)
from recovery_desktop.domain.triggers import Encounter, Outcome, Trigger, TriggerCategory

START = dt.date(2026, 3, 1)
T0 = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def checkin(n: int, use=UseStatus.FREE, mood=3, craving=2, **kw) -> CheckIn:
    return CheckIn(day=day(n), use=use, mood=mood, craving=craving, updated_at=T0, rev=1, **kw)


def days_of(*checkins: CheckIn) -> dict[dt.date, CheckIn]:
    return {c.day: c for c in checkins}


def urge(when: dt.datetime, triggers=(), coping=(), outcome=Outcome.PASSED) -> Encounter:
    return Encounter(
        occurred_at=when, trigger_ids=tuple(triggers), coping_ids=tuple(coping), outcome=outcome
    )


# --- ranges --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "choice",
    [
        RangeChoice(),
        RangeChoice(RangeKind.YEAR),
        RangeChoice(RangeKind.ALL),
        RangeChoice(RangeKind.CUSTOM, dt.date(2025, 1, 2), dt.date(2025, 3, 4)),
    ],
)
def test_a_range_choice_survives_the_settings_file(choice):
    assert RangeChoice.from_text(choice.to_text()) == choice


@pytest.mark.parametrize("text", ["", "weekly", "custom:", "custom:2025-13-01:2025-01-01", "7d"])
def test_an_unreadable_range_falls_back_to_the_last_30_days(text):
    assert RangeChoice.from_text(text) == RangeChoice(RangeKind.LAST_30)


def test_custom_dates_typed_backwards_are_put_in_order():
    choice = RangeChoice.from_text("custom:2025-03-04:2025-01-02")
    assert (choice.start, choice.end) == (dt.date(2025, 1, 2), dt.date(2025, 3, 4))


def test_each_range_as_days():
    today = dt.date(2026, 5, 31)
    first = dt.date(2020, 2, 29)
    assert resolve_span(RangeChoice(RangeKind.LAST_30), today, first) == Span(
        dt.date(2026, 5, 2), today
    )
    assert resolve_span(RangeChoice(RangeKind.LAST_90), today, first).days == 90
    assert resolve_span(RangeChoice(RangeKind.YEAR), today, first).days == 365
    assert resolve_span(RangeChoice(RangeKind.ALL), today, first) == Span(first, today)
    assert resolve_span(RangeChoice(RangeKind.ALL), today, None) == Span(today, today)
    custom = RangeChoice(RangeKind.CUSTOM, dt.date(2026, 5, 20), dt.date(2026, 7, 1))
    assert resolve_span(custom, today, first) == Span(dt.date(2026, 5, 20), today)
    future = RangeChoice(RangeKind.CUSTOM, dt.date(2026, 8, 1), dt.date(2026, 9, 1))
    assert resolve_span(future, today, first) == Span(today, today)


def test_a_span_and_the_one_before_it():
    span = Span(day(10), day(19))
    assert span.days == 10 and day(10) in span and day(20) not in span
    assert span.before() == Span(day(0), day(9))


# --- days ----------------------------------------------------------------------------


def test_no_check_ins_make_an_empty_series():
    series = daily_series({}, day(5))
    assert series.start is None and len(series) == 0 and series.end is None
    assert series.indices(Span(day(0), day(5))) == range(0)
    assert day_counts(series, Span(day(0), day(5))).days == 0


def test_a_single_day():
    series = daily_series(days_of(checkin(0, mood=4, craving=1)), day(0))
    assert series.status == (DayStatus.FREE,)
    assert series.mood_avg == (4.0,) and series.craving_avg == (1.0,)
    assert 0 < series.strength[0] < 0.1  # strength builds from the first day


def test_gaps_slips_and_an_open_today():
    checkins = days_of(
        checkin(0), checkin(1, mood=5), checkin(3, use=UseStatus.LAPSE, craving=8), checkin(4)
    )
    series = daily_series(checkins, today=day(5))  # today (day 5) has no check-in yet
    assert series.end == day(4)
    assert series.status == (
        DayStatus.FREE,
        DayStatus.FREE,
        DayStatus.NO_CHECK_IN,
        DayStatus.SLIP,
        DayStatus.FREE,
    )
    assert series.mood[2] is None and series.mood_avg[2] == 4.0  # a gap keeps the average
    counts = day_counts(series, Span(day(0), day(30)))
    assert (counts.checked_in_free, counts.no_check_in, counts.slips) == (3, 1, 1)
    assert counts.substance_free == 4 and counts.days == 5
    assert longest_run_in(series, Span(day(0), day(30))) == 3
    assert longest_run_in(series, Span(day(3), day(4))) == 1
    # The record's own numbers come with the series, from the sobriety rules.
    assert (series.record.current_run, series.record.total_free_days) == (1, 4)


def test_future_check_ins_are_not_counted():
    series = daily_series(days_of(checkin(0), checkin(9)), today=day(2))
    assert series.end == day(1) and len(series) == 2


def test_rolling_mean_over_gaps():
    assert rolling_mean([1, None, 3, None, None, None, None, None, 5], window=7) == [
        1.0,
        1.0,
        2.0,
        2.0,
        2.0,
        2.0,
        2.0,
        3.0,  # the 1 has left the window
        4.0,
    ]
    assert rolling_mean([None, None]) == [None, None]


def test_a_day_values_substance_free_first_and_the_check_in_routine_second():
    assert day_value(DayStatus.FREE) == 1.0
    assert day_value(DayStatus.NO_CHECK_IN) == 0.75
    assert day_value(DayStatus.SLIP) == 0.25


def test_recovery_strength_dips_after_a_slip_and_climbs_back():
    days = [DayStatus.FREE] * 120 + [DayStatus.SLIP] + [DayStatus.FREE] * 60
    scores = recovery_strength(days)
    before, after = scores[119], scores[120]
    assert scores == sorted(scores[:120]) + scores[120:]  # it builds steadily at first
    assert 0.95 < before < 1
    assert before - 0.05 < after < before  # a small dip, never a fall to nothing
    assert scores[-1] > before  # and it climbs back past where it was


def test_recovery_strength_keeps_a_floor_through_many_slips():
    scores = recovery_strength([DayStatus.FREE] * 60 + [DayStatus.SLIP] * 200)
    assert min(scores[60:]) >= day_value(DayStatus.SLIP)


# --- urges in the person's time --------------------------------------------------------


def test_an_evening_urge_in_new_york_is_on_its_local_day():
    log = urge_log([urge(dt.datetime(2026, 3, 2, 2, 30, tzinfo=dt.UTC))], NEW_YORK)
    assert (log.urges[0].day, log.urges[0].hour) == (dt.date(2026, 3, 1), 21)


def test_urges_around_the_clocks_changing_keep_their_day_and_hour():
    spring = [  # New York springs forward at 2:00 on 8 March 2026
        urge(dt.datetime(2026, 3, 8, 6, 30, tzinfo=dt.UTC)),  # 01:30 EST
        urge(dt.datetime(2026, 3, 8, 7, 30, tzinfo=dt.UTC)),  # 03:30 EDT
    ]
    autumn = [  # and falls back at 2:00 on 1 November: 01:30 happens twice
        urge(dt.datetime(2026, 11, 1, 5, 30, tzinfo=dt.UTC)),
        urge(dt.datetime(2026, 11, 1, 6, 30, tzinfo=dt.UTC)),
    ]
    log = urge_log([*spring, *autumn], NEW_YORK)
    assert [(u.day.isoformat(), u.hour) for u in log.urges] == [
        ("2026-03-08", 1),
        ("2026-03-08", 3),
        ("2026-11-01", 1),
        ("2026-11-01", 1),
    ]
    view = trigger_view(log, {}, Span(dt.date(2026, 3, 1), dt.date(2026, 11, 30)))
    sunday = 6
    assert view.by_time[sunday][0] == 3 and view.by_time[sunday][1] == 1


def test_far_east_of_utc_the_day_has_already_turned():
    kiritimati = zoneinfo.ZoneInfo("Pacific/Kiritimati")  # UTC+14
    log = urge_log([urge(dt.datetime(2026, 1, 1, 10, 30, tzinfo=dt.UTC))], kiritimati)
    assert log.urges[0].day == dt.date(2026, 1, 2)
    assert log.within(Span(dt.date(2026, 1, 2), dt.date(2026, 1, 2))) == log.urges


def test_deleted_urges_are_left_out():
    gone = Encounter(occurred_at=T0, deleted_at=T0)
    assert urge_log([gone], dt.UTC).urges == ()


# --- bins ----------------------------------------------------------------------------


def test_bins_are_weeks_months_or_quarters_by_length():
    assert bin_for(Span(day(0), day(89))) is Bin.WEEK
    assert bin_for(Span(day(0), day(364))) is Bin.MONTH
    assert bin_for(Span(day(0), day(3650))) is Bin.QUARTER
    wednesday = dt.date(2026, 3, 4)
    assert bin_start(wednesday, Bin.WEEK) == dt.date(2026, 3, 2)  # weeks begin on Monday
    assert bin_start(wednesday, Bin.MONTH) == dt.date(2026, 3, 1)
    assert bin_start(dt.date(2026, 11, 5), Bin.QUARTER) == dt.date(2026, 10, 1)
    assert next_bin(dt.date(2026, 10, 1), Bin.QUARTER) == dt.date(2027, 1, 1)
    assert next_bin(dt.date(2026, 12, 1), Bin.MONTH) == dt.date(2027, 1, 1)
    assert bin_starts(Span(dt.date(2026, 1, 31), dt.date(2026, 3, 1)), Bin.MONTH) == [
        dt.date(2026, 1, 1),
        dt.date(2026, 2, 1),
        dt.date(2026, 3, 1),
    ]


# --- triggers, coping, peaks -----------------------------------------------------------


def _triggers():
    return {
        "pub": Trigger(id="pub", name="The old pub", category=TriggerCategory.PLACES),
        "pay": Trigger(id="pay", name="Payday", category=TriggerCategory.SITUATIONS),
        "low": Trigger(id="low", name="Feeling low", category=TriggerCategory.FEELINGS),
    }


def test_trigger_view_counts_kinds_top_triggers_and_when():
    when = dt.datetime(2026, 3, 2, 19, tzinfo=dt.UTC)  # a Monday evening
    log = urge_log(
        [
            urge(when, ["pub", "pay"]),
            urge(when + dt.timedelta(days=1), ["pub"]),
            urge(when + dt.timedelta(days=8), ["pub", "pub"]),
            urge(when + dt.timedelta(days=9)),
        ],
        dt.UTC,
    )
    view = trigger_view(log, _triggers(), Span(dt.date(2026, 3, 1), dt.date(2026, 3, 14)))
    assert view.size is Bin.WEEK and view.urges == 4
    assert view.bins == (dt.date(2026, 2, 23), dt.date(2026, 3, 2), dt.date(2026, 3, 9))
    assert dict(view.by_category) == {
        "Places": (0, 2, 1),
        "Situations": (0, 1, 0),
        UNNAMED: (0, 0, 1),
    }
    assert view.top == (("The old pub", 3), ("Payday", 1))
    assert view.busiest_weekday == 1 and view.busiest_block == 6  # Tuesdays, 18:00-21:00


def test_trigger_view_gathers_the_less_common_kinds():
    when = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
    log = urge_log([urge(when, ["pub"]), urge(when, ["pub"]), urge(when, ["pay", "low"])], dt.UTC)
    view = trigger_view(log, _triggers(), Span(day(1), day(7)), categories=1)  # one week
    assert dict(view.by_category) == {"Places": (2,), OTHER: (2,)}


def test_an_empty_range_has_no_busiest_time():
    view = trigger_view(urge_log([], dt.UTC), {}, Span(day(0), day(6)))
    assert view.urges == 0 and view.busiest_weekday is None and view.busiest_block is None


def test_coping_that_works():
    log = urge_log(
        [
            urge(T0, coping=["walk", "call"]),
            urge(T0, coping=["walk", "walk"]),  # used twice in one urge: once
            urge(T0, coping=["walk"], outcome=Outcome.LAPSE),
            urge(T0, coping=["gone"]),  # a strategy since deleted
        ],
        dt.UTC,
    )
    results = coping_results(log, {"walk": "Walk", "call": "Call Sam"}, Span(day(0), day(0)))
    assert [(r.name, r.used, r.passed) for r in results] == [("Walk", 3, 2), ("Call Sam", 1, 1)]
    assert results[0].share == pytest.approx(2 / 3)


def test_craving_peaks_name_the_trigger_logged_that_day():
    checkins = days_of(
        checkin(0, craving=9), checkin(1, craving=3), checkin(2, craving=7), checkin(3, craving=7)
    )
    series = daily_series(checkins, day(3))
    evening = dt.datetime.combine(day(0), dt.time(20), dt.UTC)
    log = urge_log([urge(evening, ["pay"]), urge(evening, ["pay", "pub"])], dt.UTC)
    names = {"pay": "Payday", "pub": "The old pub"}
    peaks = craving_peaks(series, log, names, Span(day(0), day(3)), limit=2)
    assert [(p.day, p.craving, p.trigger) for p in peaks] == [
        (day(0), 9, "Payday"),
        (day(3), 7, None),  # the more recent of two equal peaks
    ]


# --- goals and markers -----------------------------------------------------------------


def test_goals_view():
    goals = [
        Goal(title="Done in March", status=GoalStatus.DONE, done_on=dt.date(2026, 3, 20)),
        Goal(title="Done before", status=GoalStatus.DONE, done_on=dt.date(2025, 3, 20)),
        Goal(title="Later", due=dt.date(2026, 9, 1), steps="[x] one\n[ ] two"),
        Goal(title="Sooner", due=dt.date(2026, 4, 1)),
        Goal(title="Gone", deleted_at=T0),
        Goal(title="Paused", status=GoalStatus.PAUSED),
    ]
    points = build_progress(
        [],
        [],
        dt.date(2026, 5, 31),
        assessments=[
            SelfAssessment(day=dt.date(2026, 1, 5), answers=(("a", 3),)),
            SelfAssessment(day=dt.date(2026, 4, 5), answers=(("a", 5),)),
        ],
    ).totals
    view = goals_view(goals, points, Span(dt.date(2026, 3, 1), dt.date(2026, 5, 31)))
    assert view.size is Bin.MONTH and view.completed == (1, 0, 0) and view.completed_total == 1
    assert [(g.title, g.done, g.total) for g in view.active] == [("Sooner", 0, 0), ("Later", 1, 2)]
    assert view.active_count == 2
    assert [p.day for p in view.assessments] == [dt.date(2026, 4, 5)]


def test_milestones_become_markers_and_recognitions_can_join_them():
    milestones = [
        Milestone(kind=MilestoneKind.SOBER_DAYS, threshold=30, reached_on=day(29)),
        Milestone(kind=MilestoneKind.SOBER_DAYS, threshold=60, reached_on=day(59), deleted_at=T0),
    ]
    recognition = Marker(day(10), "Kept going through a hard week", MarkerKind.RECOGNITION)
    markers = [*milestone_markers(milestones), recognition]
    assert markers_in(markers, Span(day(0), day(40))) == [
        recognition,
        Marker(day(29), "30 substance-free days"),
    ]


def test_build_progress_leaves_out_the_future_and_compares_periods():
    today = day(9)
    progress = build_progress(
        [checkin(n, craving=n) for n in range(10)] + [checkin(12)],
        [urge(T0 + dt.timedelta(days=n)) for n in (1, 2, 12)],
        today,
        zone=dt.UTC,
    )
    assert progress.first_day == day(0) and day(12) not in progress.days
    assert len(progress.log.urges) == 2
    recent = progress.period(Span(day(5), day(9)))
    assert recent.counts.days == 5 and recent.check_ins == 5
    assert recent.mean_craving == 7.0 and recent.urges == 0
    before = progress.period(Span(day(5), day(9)).before())
    assert before.mean_craving == 2.0 and (before.urges, before.urges_passed) == (2, 2)
