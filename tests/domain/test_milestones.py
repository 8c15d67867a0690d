"""Milestones: when each is reached, a slip on the day, and keeping the stored list right."""

import datetime as dt
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from recovery_desktop.domain.checkins import CheckIn, UseStatus
from recovery_desktop.domain.goals import Goal, GoalStatus
from recovery_desktop.domain.milestones import (
    Milestone,
    MilestoneKind,
    Reached,
    anniversary,
    milestone_title,
    reached_milestones,
    reconcile,
)
from recovery_desktop.domain.sobriety import sobriety_record
from tests.helpers.pseudo_language import pseudo_language, untranslated

START = dt.date(2026, 1, 1)
NOW = dt.datetime(2027, 6, 1, tzinfo=dt.UTC)


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def free(*numbers: int, start: dt.date = START) -> list[CheckIn]:
    return [CheckIn(day=start + dt.timedelta(days=n)) for n in numbers]


def reached(checkins, today, goals=()):
    return reached_milestones(sobriety_record(checkins, today), goals, checkins)


def sober(found):
    return {
        (m.threshold, m.reached_on)
        for m in found
        if m.kind in (MilestoneKind.SOBER_DAYS, MilestoneKind.SOBER_YEARS)
    }


def test_day_milestones_are_reached_on_the_day_the_run_gets_that_long():
    found = reached(free(*range(30)), today=day(29))
    assert sober(found) == {(1, day(0)), (7, day(6)), (14, day(13)), (30, day(29))}


def test_a_slip_on_the_day_of_a_milestone_means_it_is_reached_later():
    checkins = [*free(*range(6)), CheckIn(day=day(6), use=UseStatus.LAPSE), *free(*range(7, 14))]
    found = reached(checkins, today=day(13))
    assert sober(found) == {(1, day(0)), (7, day(13))}


def test_a_milestone_reached_before_a_slip_stays_reached():
    checkins = [*free(*range(8)), CheckIn(day=day(8), use=UseStatus.RELAPSE)]
    assert (7, day(6)) in sober(reached(checkins, today=day(8)))


def test_a_year_is_a_full_calendar_year():
    start = dt.date(2025, 3, 3)
    checkins = free(0, 364, start=start)  # first and last day; the days between count as free
    found = reached(checkins, today=dt.date(2026, 3, 2))
    assert (1, dt.date(2026, 3, 2)) in sober(found)
    assert any(m.kind is MilestoneKind.SOBER_YEARS for m in found)
    assert reached(free(0, 363, start=start), today=dt.date(2026, 3, 1))[-1].threshold == 180


def test_a_leap_day_start_reaches_its_year_at_the_end_of_february():
    assert anniversary(dt.date(2024, 2, 29), 1) == dt.date(2025, 3, 1)
    checkins = [*free(0, start=dt.date(2024, 2, 29)), CheckIn(day=dt.date(2025, 2, 28))]
    found = reached(checkins, today=dt.date(2025, 2, 28))
    years = [m for m in found if m.kind is MilestoneKind.SOBER_YEARS]
    assert [(m.threshold, m.reached_on) for m in years] == [(1, dt.date(2025, 2, 28))]


def test_yearly_milestones_keep_coming():
    checkins = [*free(0, start=dt.date(2020, 6, 1)), CheckIn(day=dt.date(2026, 6, 1))]
    years = [m.threshold for m in reached(checkins, dt.date(2026, 6, 1)) if m.kind == "sober_years"]
    assert years == [1, 2, 3, 4, 5, 6]


def test_goals_completed():
    goals = [Goal(title=f"g{n}", status=GoalStatus.DONE, done_on=day(n)) for n in range(12)] + [
        Goal(title="open"),
        Goal(title="dropped", status=GoalStatus.DROPPED, done_on=day(1)),
    ]
    found = [m for m in reached([], day(30), goals) if m.kind is MilestoneKind.GOALS_DONE]
    assert [(m.threshold, m.reached_on) for m in found] == [(1, day(0)), (5, day(4)), (10, day(9))]
    assert milestone_title(MilestoneKind.GOALS_DONE, 1) == "First goal completed"


def _week(monday: dt.date, count: int) -> list[CheckIn]:
    return [CheckIn(day=monday + dt.timedelta(days=n)) for n in range(count)]


def test_check_in_rhythm_counts_weeks_in_a_row_with_five_check_ins():
    monday = dt.date(2026, 1, 5)
    weeks = [_week(monday + dt.timedelta(weeks=w), 5) for w in range(4)]
    checkins = [c for week in weeks for c in week]
    found = [m for m in reached(checkins, dt.date(2026, 3, 1)) if m.kind == "check_in_weeks"]
    # The fourth week starts on 26 January; its fifth check-in is on Friday the 30th.
    assert [(m.threshold, m.reached_on) for m in found] == [(4, dt.date(2026, 1, 30))]
    # A week with four check-ins breaks the rhythm; four more good weeks rebuild it.
    broken = checkins[:10] + _week(monday + dt.timedelta(weeks=2), 4) + checkins[15:]
    assert not [m for m in reached(broken, dt.date(2026, 3, 1)) if m.kind == "check_in_weeks"]
    rebuilt = broken + [c for w in range(4, 7) for c in _week(monday + dt.timedelta(weeks=w), 6)]
    found = [m for m in reached(rebuilt, dt.date(2026, 3, 1)) if m.kind == "check_in_weeks"]
    assert [(m.threshold, m.reached_on) for m in found] == [(4, dt.date(2026, 2, 20))]


# --- properties ---------------------------------------------------------------------------

history = st.dictionaries(st.integers(0, 400), st.sampled_from(list(UseStatus)), max_size=120)


def _build(days):
    return [CheckIn(day=day(n), use=use) for n, use in days.items()]


@given(history, st.integers(0, 420))
def test_each_day_milestone_sits_inside_the_first_run_that_long(days, today_n):
    checkins = _build(days)
    record = sobriety_record(checkins, day(today_n))
    for item in reached_milestones(record, [], checkins):
        if item.kind is not MilestoneKind.SOBER_DAYS:
            continue
        run = next(r for r in record.runs if r.days >= item.threshold)
        assert item.reached_on == run.start + dt.timedelta(days=item.threshold - 1)
        assert item.reached_on <= record.counted_through
        assert item.reached_on not in {s.day for s in record.slips}


@given(history, st.integers(0, 400), st.integers(1, 60))
def test_more_free_days_never_take_a_milestone_away(days, today_n, more):
    checkins = _build({n: u for n, u in days.items() if n <= today_n})
    before = {m.key: m.reached_on for m in reached(checkins, day(today_n))}
    extended = checkins + [CheckIn(day=day(today_n + n)) for n in range(1, more + 1)]
    after = {m.key: m.reached_on for m in reached(extended, day(today_n + more))}
    assert before.items() <= after.items()


reached_lists = st.lists(
    st.builds(
        Reached,
        st.sampled_from(list(MilestoneKind)),
        st.sampled_from([1, 7, 14, 30]),
        st.dates(dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    ),
    max_size=8,
    unique_by=lambda r: r.key,
)


def _apply(stored, to_save):
    by_id = {m.id: m for m in stored}
    by_id.update({m.id: replace(m, rev=m.rev + 1) for m in to_save})
    return list(by_id.values())


@given(reached_lists, reached_lists, st.sets(st.integers(0, 7)))
def test_reconcile_agrees_with_the_data_and_is_idempotent(first, second, celebrate):
    stored = _apply([], reconcile([], first, NOW).to_save)
    stored = [replace(m, celebrated=i in celebrate) for i, m in enumerate(stored)]
    result = reconcile(stored, second, NOW)
    stored_after = _apply(stored, result.to_save)
    live = {m.key: m.reached_on for m in stored_after if not m.is_deleted}
    assert live == {r.key: r.reached_on for r in second}
    assert reconcile(stored_after, second, NOW).to_save == []
    was = {m.key: m.celebrated for m in stored}
    for milestone in stored_after:
        if was.get(milestone.key):
            assert milestone.celebrated  # celebrated once, never again
    assert {m.key for m in result.newly_reached} == {r.key for r in second} - set(was)


def test_a_milestone_taken_away_by_a_correction_comes_back_without_a_second_celebration():
    item = Reached(MilestoneKind.SOBER_DAYS, 7, day(6))
    [first] = reconcile([], [item], NOW).to_save
    celebrated = replace(first, celebrated=True, rev=1)
    [gone] = reconcile([celebrated], [], NOW).to_save
    assert gone.is_deleted
    back = reconcile([gone], [replace(item, reached_on=day(20))], NOW)
    assert back.newly_reached == []
    [again] = back.to_save
    assert again.celebrated and not again.is_deleted and again.reached_on == day(20)
    assert isinstance(again, Milestone)


def test_every_milestone_title_is_in_the_persons_language():
    with pseudo_language():
        for kind in MilestoneKind:
            for threshold in (1, 4, 7, 25):
                title = milestone_title(kind, threshold)
                assert untranslated(title) == [], title


def test_milestone_titles_in_english():
    assert milestone_title(MilestoneKind.SOBER_DAYS, 1) == "1 substance-free day"
    assert milestone_title(MilestoneKind.SOBER_DAYS, 30) == "30 substance-free days"
    assert milestone_title(MilestoneKind.SOBER_YEARS, 2) == "2 substance-free years"
    assert milestone_title(MilestoneKind.GOALS_DONE, 5) == "5 goals completed"
    assert milestone_title(MilestoneKind.CHECK_IN_WEEKS, 4) == "4 weeks of regular check-ins"
