"""Early-warning signals: plain rules, each prompt naming its rule, never unkind."""

import datetime as dt

import pytest

from recovery_desktop.domain.checkins import CheckIn, UseStatus
from recovery_desktop.domain.progress_signals import Rule, early_signals

TODAY = dt.date(2026, 6, 30)
UNKIND = ("fail", "reset", "start over", "starting over", "zero", "back to day", "diagnos")


def ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def week(first: int, **answers) -> dict[dt.date, CheckIn]:
    """Check-ins on the 7 days from ``first`` days ago, all with ``answers``."""
    return {ago(n): CheckIn(day=ago(n), **answers) for n in range(first, first + 7)}


def rules(days, urge_days=(), today=TODAY) -> list[Rule]:
    return [signal.rule for signal in early_signals(days, list(urge_days), today)]


def test_a_quiet_fortnight_fires_nothing():
    assert rules({**week(0, craving=2, mood=4), **week(7, craving=2, mood=4)}) == []


def test_no_check_ins_at_all_fires_nothing():
    assert rules({}) == []


def test_craving_rising_over_two_weeks():
    days = {**week(0, craving=6), **week(7, craving=3)}
    (signal,) = early_signals(days, [], TODAY)
    assert signal.rule is Rule.CRAVING_RISING
    assert "6.0 out of 10" in signal.detail and "up from 3.0" in signal.detail
    assert rules({**week(0, craving=4), **week(7, craving=3)}) == []  # a small rise
    assert rules({**week(0, craving=3), **week(7, craving=1)}) == []  # still low


def test_craving_needs_check_ins_in_both_weeks():
    recent = week(0, craving=8)
    earlier = {ago(10): CheckIn(day=ago(10), craving=1)}
    assert Rule.CRAVING_RISING not in rules({**recent, **earlier})


@pytest.mark.parametrize(("last", "fires"), [(0, False), (1, False), (3, False), (4, True)])
def test_check_ins_missed_for_several_days(last, fires):
    # The last check-in ``last`` days ago: today is still open, so 4 days ago = 3 missed.
    days = {ago(last): CheckIn(day=ago(last))}
    assert (Rule.CHECK_INS_MISSED in rules(days)) is fires


def test_missed_check_ins_say_since_when():
    (signal,) = early_signals({ago(5): CheckIn(day=ago(5))}, [], TODAY)
    assert "since Thursday 25 June (4 days, today aside)" in signal.detail


def test_a_halt_warning_sign_ticked_again_and_again():
    days = {**week(0), **{ago(n): CheckIn(day=ago(n), lonely=True) for n in range(4)}}
    (signal,) = early_signals(days, [], TODAY)
    assert signal.rule is Rule.HALT_REPEATED
    assert signal.detail == "Lonely was ticked on 4 of the last 7 days."
    three = {**week(0), **{ago(n): CheckIn(day=ago(n), tired=True) for n in range(3)}}
    assert rules(three) == []


def test_mood_lower_than_the_weeks_before():
    days = {**week(0, mood=2), **week(7, mood=4), **week(14, mood=4), **week(21, mood=4)}
    (signal,) = early_signals(days, [], TODAY)
    assert signal.rule is Rule.MOOD_LOWER and "2.0 out of 5" in signal.detail
    steady = {**week(0, mood=2), **week(7, mood=2), **week(14, mood=2), **week(21, mood=2)}
    assert rules(steady) == []


def test_urges_coming_more_often():
    assert rules(week(0), [ago(n) for n in (0, 1, 2, 3, 20)]) == [Rule.URGES_MORE_OFTEN]
    assert rules(week(0), [ago(n) for n in (0, 1, 2, 3, 20, 21)]) == [Rule.URGES_MORE_OFTEN]
    assert rules(week(0), [ago(n) for n in (0, 1, 2, 3, 20, 21, 22)]) == []
    assert rules(week(0), [ago(n) for n in (0, 1, 2)]) == []


def test_short_nights():
    assert rules(week(0, sleep_hours=5.5)) == [Rule.SHORT_NIGHTS]
    assert rules(week(0, sleep_hours=6.0)) == []


def test_slips_close_together():
    days = {**week(0), ago(3): CheckIn(day=ago(3), use=UseStatus.LAPSE)}
    assert rules(days) == []
    days[ago(20)] = CheckIn(day=ago(20), use=UseStatus.RELAPSE)
    assert rules(days) == [Rule.SLIPS_CLOSE]


def test_every_prompt_names_its_rule_and_stays_kind():
    days = {
        **week(0, craving=7, mood=1, sleep_hours=4.0, tired=True, use=UseStatus.LAPSE),
        **week(7, craving=2, mood=4),
        **week(14, mood=4),
    }
    found = early_signals(days, [ago(n) for n in range(6)], TODAY)
    assert {s.rule for s in found} == set(Rule) - {Rule.CHECK_INS_MISSED}
    for signal in found:
        assert signal.prompt.startswith(signal.rule.label + ":")
        assert "mentor" in signal.prompt
        for text in (signal.prompt, signal.rule.explanation):
            assert not any(word in text.lower() for word in UNKIND), text
