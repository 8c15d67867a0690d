"""The sobriety record: runs, slips and attempts, on calendar days in local time."""

import datetime as dt
import random
import zoneinfo

from hypothesis import given
from hypothesis import strategies as st

from recovery_desktop.domain.checkins import CheckIn, UseStatus, local_day
from recovery_desktop.domain.sobriety import sobriety_record

START = dt.date(2026, 1, 1)
T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def checkin(n: int, use: UseStatus = UseStatus.FREE, changed: int = 0, note: str = "") -> CheckIn:
    """A check-in for day ``n``; a larger ``changed`` means saved later."""
    return CheckIn(
        day=day(n),
        use=use,
        slip_note=note,
        updated_at=T0 + dt.timedelta(minutes=changed),
        rev=1 + changed,
    )


def free_days(*numbers: int) -> list[CheckIn]:
    return [checkin(n) for n in numbers]


def test_ten_checked_in_days_make_a_run_of_ten():
    record = sobriety_record(free_days(*range(10)), today=day(9))
    assert (record.current_run, record.longest_run, record.total_free_days) == (10, 10, 10)
    assert record.checked_in_days == 10
    assert record.slips == ()
    [attempt] = record.attempts
    assert (attempt.start, attempt.end, attempt.free_days) == (day(0), None, 10)


def test_today_counts_once_checked_in_and_a_missed_day_never_breaks_a_run():
    # Days 0, 1 and 4 checked in; days 2 and 3 missed; today is day 6, not checked in yet.
    record = sobriety_record(free_days(0, 1, 4), today=day(6))
    assert record.counted_through == day(5)
    assert record.current_run == 6
    assert record.checked_in_days == 3
    record = sobriety_record([*free_days(0, 1, 4), checkin(6)], today=day(6))
    assert record.current_run == 7


def test_nothing_before_the_first_check_in():
    assert sobriety_record([], today=day(5)).current_run == 0
    record = sobriety_record(free_days(3), today=day(3))
    assert (record.start, record.current_run) == (day(3), 1)


def test_a_lapse_splits_the_run_but_not_the_attempt():
    days = [*free_days(*range(10)), checkin(10, UseStatus.LAPSE, note="work party")]
    days += free_days(*range(11, 15))
    record = sobriety_record(days, today=day(14))
    assert [run.days for run in record.runs] == [10, 4]
    assert record.runs[0].ended_by is not None and record.runs[0].ended_by.note == "work party"
    assert (record.current_run, record.longest_run, record.total_free_days) == (4, 10, 14)
    [attempt] = record.attempts
    assert attempt.end is None and attempt.free_days == 14
    assert [slip.day for slip in attempt.lapses] == [day(10)]
    assert record.lapses == record.slips and record.relapses == ()


def test_a_relapse_ends_an_attempt_and_the_next_begins_on_the_next_free_day():
    days = free_days(*range(20))
    days += [checkin(20, UseStatus.RELAPSE), checkin(21, UseStatus.RELAPSE)]
    days += [checkin(22, UseStatus.LAPSE)]
    days += free_days(*range(23, 30))
    record = sobriety_record(days, today=day(29))
    first, second = record.attempts
    assert (first.start, first.end, first.free_days) == (day(0), day(19), 20)
    assert first.ended_by is not None and first.ended_by.kind is UseStatus.RELAPSE
    assert (second.start, second.end, second.free_days, second.lapses) == (day(23), None, 7, ())
    assert len(record.relapses) == 2 and len(record.lapses) == 1
    assert record.total_free_days == 27 and record.longest_run == 20


def test_a_slip_today_leaves_no_current_run_and_keeps_every_day_already_counted():
    before = sobriety_record(free_days(*range(40)), today=day(40))
    after = sobriety_record([*free_days(*range(40)), checkin(40, UseStatus.LAPSE)], today=day(40))
    assert after.current_run == 0 and after.current_run_start is None
    assert after.longest_run == before.longest_run == 40
    assert after.total_free_days == before.total_free_days == 40


def test_a_back_filled_lapse_splits_an_earlier_run():
    days = free_days(*range(0, 30, 3))  # every third day checked in
    record = sobriety_record([*days, checkin(12, UseStatus.LAPSE, changed=5)], today=day(29))
    assert [(run.start, run.end) for run in record.runs] == [(day(0), day(11)), (day(13), day(28))]


def test_a_corrected_day_counts_as_corrected():
    first = checkin(5, UseStatus.FREE, changed=0)
    corrected = CheckIn(
        id=first.id, day=day(5), use=UseStatus.LAPSE, updated_at=T0 + dt.timedelta(days=9), rev=2
    )
    record = sobriety_record([*free_days(0, 1, 2, 3, 4, 6, 7), first, corrected], today=day(7))
    assert [run.days for run in record.runs] == [5, 2]
    record = sobriety_record([*free_days(0, 1, 2, 3, 4, 6, 7), corrected, first], today=day(7))
    assert [run.days for run in record.runs] == [5, 2]  # the order read back does not matter


def test_deleted_and_future_check_ins_do_not_count():
    gone = CheckIn(day=day(3), use=UseStatus.RELAPSE, deleted_at=T0)
    record = sobriety_record([*free_days(0, 1, 2, 3, 9), gone], today=day(5))
    assert record.slips == ()
    assert record.counted_through == day(4)
    assert record.current_run == 5


# --- days are calendar days in local time -------------------------------------------------

ZONES = ["Europe/London", "America/New_York", "Australia/Lord_Howe", "Pacific/Kiritimati"]


def test_local_day_is_the_wall_calendar_day_not_utc():
    late_evening = dt.datetime(2026, 3, 8, 3, 30, tzinfo=dt.UTC)  # 23:30 on 7 March in New York
    assert local_day(late_evening, zoneinfo.ZoneInfo("America/New_York")) == dt.date(2026, 3, 7)
    assert local_day(late_evening, zoneinfo.ZoneInfo("Pacific/Kiritimati")) == dt.date(2026, 3, 8)
    assert late_evening.date() == dt.date(2026, 3, 8)


def test_a_run_across_the_clock_change_counts_calendar_days():
    # Every evening at 23:30 local time from 20 March to 5 April 2026 in London, which
    # moves its clocks forward on 29 March: a 23-hour day, yet one calendar day.
    zone = zoneinfo.ZoneInfo("Europe/London")
    evenings = [
        dt.datetime(2026, 3, 20, 23, 30, tzinfo=zone) + dt.timedelta(days=n) for n in range(17)
    ]
    checkins = [CheckIn(day=local_day(moment, zone)) for moment in evenings]
    assert len({c.day for c in checkins}) == 17
    record = sobriety_record(checkins, today=dt.date(2026, 4, 5))
    assert record.current_run == 17 == record.total_free_days


@given(
    zone=st.sampled_from(ZONES),
    first=st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2030, 12, 31)),
    count=st.integers(1, 60),
)
def test_one_check_in_per_local_evening_is_a_run_of_that_many_days(zone, first, count):
    tz = zoneinfo.ZoneInfo(zone)
    # Wall-clock evenings, whatever the offset does in between (DST, or a zone's own rules);
    # each is stored as an instant in UTC, as a timestamp would be, then mapped back.
    days = [first.date() + dt.timedelta(days=n) for n in range(count)]
    moments = [dt.datetime.combine(d, dt.time(21, 0), tz) for d in days]
    checkins = [CheckIn(day=local_day(m.astimezone(dt.UTC), tz)) for m in moments]
    record = sobriety_record(checkins, today=days[-1])
    assert record.current_run == count == record.checked_in_days


# --- properties ---------------------------------------------------------------------------

uses = st.sampled_from(list(UseStatus))
history = st.dictionaries(st.integers(0, 120), uses, max_size=80)


def _build(days: dict[int, UseStatus]) -> list[CheckIn]:
    return [checkin(n, use) for n, use in days.items()]


@given(history, st.integers(0, 130))
def test_every_counted_day_is_either_free_or_a_slip(days, today_n):
    record = sobriety_record(_build(days), today=day(today_n))
    if record.start is None:
        assert record.runs == () and record.total_free_days == 0
        return
    slip_days = {s.day for s in record.slips if s.day <= record.counted_through}
    in_runs = [r.start + dt.timedelta(days=i) for r in record.runs for i in range(r.days)]
    assert len(in_runs) == len(set(in_runs)) == record.total_free_days
    assert set(in_runs).isdisjoint(slip_days)
    assert record.total_free_days + len(slip_days) == record.days_counted
    assert record.current_run <= record.longest_run <= record.total_free_days
    assert all(a.end < b.start for a, b in zip(record.runs, record.runs[1:], strict=False))


@given(history, st.integers(0, 130), st.randoms())
def test_the_record_does_not_depend_on_the_order_of_the_check_ins(days, today_n, rnd):
    checkins = _build(days)
    shuffled = list(checkins)
    rnd.shuffle(shuffled)
    assert sobriety_record(checkins, day(today_n)) == sobriety_record(shuffled, day(today_n))


@given(history, st.integers(1, 119))
def test_back_filling_a_missed_free_day_changes_no_count_but_the_check_ins(days, missed):
    # A missed day inside the record already counts as free; filling it in confirms it.
    record = sobriety_record(_build(days), today=day(120))
    if record.start is None or missed in days or not record.start < day(missed) < day(120):
        return
    filled = sobriety_record([*_build(days), checkin(missed)], today=day(120))
    assert filled.runs == record.runs and filled.attempts == record.attempts
    assert filled.checked_in_days == record.checked_in_days + 1


@given(history, st.integers(0, 120), uses)
def test_only_the_latest_answer_for_a_day_counts(days, corrected, new_use):
    old = {**days, corrected: UseStatus.FREE}
    stale = _build(old)
    fix = checkin(corrected, new_use, changed=1000)
    fresh = {**old, corrected: new_use}
    assert sobriety_record([*stale, fix], day(121)) == sobriety_record(
        [c for c in _build(fresh) if c.day != day(corrected)] + [fix], day(121)
    )


@given(history)
def test_attempts_add_up_and_only_relapses_end_them(days):
    record = sobriety_record(_build(days), today=day(121))
    assert sum(a.free_days for a in record.attempts) == record.total_free_days
    for attempt in record.attempts:
        assert all(slip.kind is UseStatus.LAPSE for slip in attempt.lapses)
        if attempt.end is None:
            assert attempt is record.attempts[-1]
        else:
            assert attempt.ended_by is not None and attempt.ended_by.kind is UseStatus.RELAPSE
    assert len(record.attempts) <= len(record.relapses) + 1


@given(history, uses)
def test_a_slip_today_never_takes_away_days_already_counted(days, today_use):
    without = sobriety_record(_build(days), today=day(121))
    with_today = sobriety_record([*_build(days), checkin(121, today_use)], today=day(121))
    if without.start is None:
        return
    assert with_today.total_free_days >= without.total_free_days
    assert with_today.longest_run >= without.longest_run


def test_a_random_year_is_internally_consistent():
    rnd = random.Random(4)
    days = {
        n: rnd.choice([UseStatus.FREE] * 30 + [UseStatus.LAPSE, UseStatus.RELAPSE])
        for n in range(365)
        if rnd.random() > 0.1
    }
    record = sobriety_record(_build(days), today=day(364))
    assert record.total_free_days == record.days_counted - len(record.slips)
