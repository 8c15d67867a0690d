import datetime as dt

from recovery_desktop.domain.triggers import Encounter, Outcome
from recovery_desktop.domain.urge_summary import describe, summarise

NOW = dt.datetime(2026, 11, 26, 20, 0, tzinfo=dt.UTC)


def _e(days_ago, intensity=5, outcome=Outcome.PASSED, triggers=("t1",), coping=("c1",)):
    return Encounter(
        occurred_at=NOW - dt.timedelta(days=days_ago),
        intensity=intensity,
        outcome=outcome,
        trigger_ids=triggers,
        coping_ids=coping,
    )


NAMES = {"t1": "Payday", "t2": "Friday", "c1": "Urge surfing"}


def test_counts_the_last_30_days_against_the_30_before():
    encounters = [_e(1, 4), _e(2, 6, Outcome.LAPSE), _e(40, 8), _e(45, 8), _e(70, 9)]
    summary = summarise(encounters, NAMES, NOW)
    assert (summary.recent.urges, summary.before.urges) == (2, 2)
    assert summary.recent.mean_intensity == 5.0
    assert summary.recent.lapses == 1 and summary.recent.passed == 1
    assert summary.top_triggers == [("Payday", 2)]
    text = " ".join(describe(summary))
    assert "2 urges were logged (the 30 days before: 2)" in text
    assert "1 ended in a slip (1 lapse, 0 relapses)" in text
    assert "calmly" in text


def test_weeks_end_today_and_cover_twelve_weeks():
    summary = summarise([_e(0.1), _e(5.5), _e(7.5), _e(90)], NAMES, NOW)
    weeks = summary.weekly_counts
    assert len(weeks) == 12
    assert weeks[-1] == (NOW.date() - dt.timedelta(days=7), 2)
    assert weeks[-2][1] == 1
    assert sum(count for _start, count in weeks) == 3  # 90 days ago is outside


def test_nothing_logged_is_said_plainly():
    assert describe(summarise([], NAMES, NOW)) == ["No urges were logged in the last 30 days."]


def test_deleted_and_future_entries_are_ignored():
    deleted = Encounter(occurred_at=NOW - dt.timedelta(days=1), deleted_at=NOW)
    future = _e(-2)
    assert summarise([deleted, future], NAMES, NOW).recent.urges == 0
