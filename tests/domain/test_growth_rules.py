"""Self-assessment totals, the journal search, the learning schedule and the reminder."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from recovery_desktop.domain.assessment import (
    OWN_QUESTIONS,
    AssessmentQuestion,
    SelfAssessment,
    next_due,
    questions,
    totals_over_time,
)
from recovery_desktop.domain.codec import from_plain, to_plain
from recovery_desktop.domain.journal import JournalEntry, search
from recovery_desktop.domain.learning import LearningEntry, Repeat, next_occurrence
from recovery_desktop.domain.reminders import in_quiet_hours, parse_time, should_remind

TODAY = dt.date(2026, 11, 26)


def test_own_questions_then_the_pairs_active_ones_in_order():
    added = [
        AssessmentQuestion(text="Second", position=2),
        AssessmentQuestion(text="Retired", position=0, active=False),
        AssessmentQuestion(text="First", position=1),
    ]
    asked = questions(added)
    assert asked[: len(OWN_QUESTIONS)] == list(OWN_QUESTIONS)
    assert [q.text for q in asked[len(OWN_QUESTIONS) :]] == ["First", "Second"]
    assert len({q.key for q in asked}) == len(asked)


def test_totals_over_time_compare_averages():
    early = SelfAssessment(day=TODAY - dt.timedelta(days=21), answers=(("a", 3), ("b", 3)))
    later = SelfAssessment(day=TODAY, answers=(("a", 5), ("b", 4), ("c", 6)))
    points = totals_over_time([later, early])
    assert [(p.total, p.highest) for p in points] == [(6, 12), (15, 18)]
    assert points[0].change is None and points[1].change == 2.0
    assert next_due([early, later], 3) == TODAY + dt.timedelta(weeks=3)
    assert next_due([], 3) is None


def test_answers_survive_the_plain_form():
    item = SelfAssessment(day=TODAY, answers=(("own-hope", 5), ("x", 2)))
    assert from_plain(SelfAssessment, to_plain(item)) == item


def test_journal_search_matches_every_word_in_any_case_newest_first():
    old = JournalEntry(entry_date=TODAY - dt.timedelta(days=9), body="Called Sam after work")
    new = JournalEntry(entry_date=TODAY, title="Evening", body="sam came round; WORK was long")
    other = JournalEntry(entry_date=TODAY, body="Quiet day")
    assert search([old, new, other], "work sam") == [new, old]
    everything = search([old, new, other], "")
    assert everything[-1] == old and set(everything) == {old, new, other}
    assert JournalEntry(entry_date=TODAY, body="\n First line\nmore").heading == "First line"


@given(
    st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1)),
    st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1)),
    st.sampled_from([Repeat.WEEKLY, Repeat.FORTNIGHTLY, Repeat.MONTHLY]),
)
def test_the_next_meeting_is_the_first_on_the_schedule_from_today(first, today, repeats):
    entry = LearningEntry(day=first, title="Tuesday meeting", repeats=repeats)
    when = next_occurrence(entry, today)
    assert when is not None and when >= today and when >= first
    if repeats is Repeat.MONTHLY:
        assert when.day == first.day or when.day < first.day  # short months take their last day
        assert (when - max(today, first)).days < 32
    else:
        step = 7 if repeats is Repeat.WEEKLY else 14
        assert (when - first).days % step == 0
        assert (when - max(today, first)).days < step


def test_a_one_off_entry_has_no_next_date():
    assert next_occurrence(LearningEntry(day=TODAY, title="Workshop"), TODAY) is None


def _t(text):
    return parse_time(text, dt.time(0, 0))


def test_quiet_hours_may_run_past_midnight():
    assert in_quiet_hours(_t("23:00"), _t("22:00"), _t("08:00"))
    assert in_quiet_hours(_t("07:59"), _t("22:00"), _t("08:00"))
    assert not in_quiet_hours(_t("08:00"), _t("22:00"), _t("08:00"))
    assert in_quiet_hours(_t("13:30"), _t("13:00"), _t("14:00"))
    assert not in_quiet_hours(_t("13:30"), _t("13:00"), _t("13:00"))
    assert parse_time("nonsense", dt.time(20, 0)) == dt.time(20, 0)


def test_the_reminder_speaks_once_after_its_time_never_in_quiet_hours():
    def remind(hour, checked=False, reminded=None, quiet=("22:00", "08:00")):
        now = dt.datetime.combine(TODAY, dt.time(hour, 0))
        return should_remind(now, _t("20:00"), _t(quiet[0]), _t(quiet[1]), checked, reminded)

    assert not remind(19)
    assert remind(20) and remind(21)
    assert not remind(21, checked=True)
    assert not remind(21, reminded=TODAY)
    assert remind(21, reminded=TODAY - dt.timedelta(days=1))
    assert not remind(23)  # quiet hours
    assert not remind(21, quiet=("19:00", "23:00"))


@given(st.times(), st.times(), st.times())
def test_never_reminds_in_quiet_hours(now, start, end):
    moment = dt.datetime.combine(TODAY, now)
    if in_quiet_hours(now, start, end):
        assert not should_remind(moment, dt.time(0, 0), start, end, False, None)
