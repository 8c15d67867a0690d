"""The words after a slip and at a milestone: calm, specific, forward-looking, never scoring."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from recovery_desktop.domain.checkins import CheckIn, UseStatus
from recovery_desktop.domain.milestones import GOALS_DONE, SOBER_DAYS, Milestone, MilestoneKind
from recovery_desktop.domain.sobriety import sobriety_record
from recovery_desktop.ui.recovery_words import after_slip, celebration, record_text
from recovery_desktop.ui.views.triggers_tab import lapse_message

START = dt.date(2026, 1, 1)
UNKIND = (
    "reset",
    "zero",
    "start over",
    "starting over",
    "fail",
    "ruin",
    "wasted",
    "back to day",
    "broke your",
    "lost your",
)
GAMEY = ("badge", "unlock", "points", "level up", "achievement", "score", "streak", "!")

history = st.dictionaries(st.integers(0, 90), st.sampled_from(list(UseStatus)), max_size=60)


def _record(days, today=90):
    checkins = [CheckIn(day=START + dt.timedelta(days=n), use=u) for n, u in days.items()]
    return sobriety_record(checkins, START + dt.timedelta(days=today))


@given(history, st.sampled_from([UseStatus.LAPSE, UseStatus.RELAPSE]))
def test_nothing_said_about_the_record_or_a_slip_is_unkind(days, use):
    record = _record(days)
    words = record_text(record)
    said = " ".join((words.headline, *words.lines, after_slip(use, record, lapse_message(""))))
    for phrase in UNKIND:
        assert phrase not in said.lower()


def test_after_a_slip_the_days_built_are_named_and_the_plan_comes_first():
    record = _record({**{n: UseStatus.FREE for n in range(40)}, 40: UseStatus.LAPSE}, today=40)
    text = after_slip(UseStatus.LAPSE, record, lapse_message("Call Priya, then go home."))
    assert text.startswith("This day is noted as a lapse. The 40 substance-free days")
    assert text.endswith("Your first steps, from your plan:\n\nCall Priya, then go home.")
    assert "relapse" not in text
    relapse = after_slip(UseStatus.RELAPSE, record, lapse_message(""))
    assert relapse.startswith("This day is noted as a relapse.")
    assert "support ladder" in relapse  # no plan yet: a gentle pointer, no advice


def test_the_record_in_words():
    record = _record({0: UseStatus.FREE, 10: UseStatus.LAPSE, 20: UseStatus.FREE}, today=20)
    words = record_text(record)
    assert words.headline == "10 days substance-free, since 12 January 2026"
    assert words.lines == (
        "Longest run: 10 days.",
        "Substance-free days in all: 20 (2 of them checked in).",
        "This stretch of recovery began on 1 January 2026, with 1 lapse along the way.",
        "Slips in the record: 1 lapse, each kept with its note.",
    )
    assert record_text(_record({})).headline == "Your record begins with your first check-in."


def test_celebrations_are_warm_words_without_scores():
    day = dt.date(2026, 3, 3)
    everything = [
        Milestone(kind=MilestoneKind.SOBER_DAYS, threshold=n, reached_on=day) for n in SOBER_DAYS
    ]
    everything += [
        Milestone(kind=MilestoneKind.SOBER_YEARS, threshold=n, reached_on=day) for n in (1, 2)
    ]
    everything += [
        Milestone(kind=MilestoneKind.GOALS_DONE, threshold=n, reached_on=day) for n in GOALS_DONE
    ]
    everything.append(Milestone(kind=MilestoneKind.CHECK_IN_WEEKS, threshold=4, reached_on=day))
    for milestone in everything:
        title, body = celebration([milestone])
        assert "3 March 2026" in body and "notice what helped" in body
        for word in GAMEY:
            assert word not in f"{title} {body}".lower()
    title, body = celebration(everything[:2])
    assert title == "Some milestones" and body.count("\n\n") == 2
