"""Goals: steps as text, due dates at a glance, status and adjustments."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from recovery_desktop.domain.goals import (
    Due,
    Goal,
    GoalStatus,
    Horizon,
    Step,
    UpdateKind,
    adjustment,
    due_state,
    format_steps,
    parse_steps,
    progress,
)
from tests.helpers.pseudo_language import pseudo_language, untranslated

TODAY = dt.date(2026, 11, 26)  # a Thursday


def test_steps_read_and_write_as_ticked_lines():
    steps = parse_steps("[x] Buy shoes\n[ ] Walk Monday\nWalk Wednesday\n\n  [X]  Rest  ")
    assert steps == (
        Step("Buy shoes", True),
        Step("Walk Monday"),
        Step("Walk Wednesday"),
        Step("Rest", True),
    )
    assert format_steps(steps).splitlines()[0] == "[x] Buy shoes"


step_text = st.text(
    st.characters(blacklist_categories=["Cc", "Cs", "Zl", "Zp"]), min_size=1
).filter(lambda t: t.strip() == t and t and not t.lower().startswith(("[x]", "[ ]")))


@given(st.lists(st.builds(Step, step_text, st.booleans()), max_size=8))
def test_steps_survive_the_text_form(steps):
    assert parse_steps(format_steps(steps)) == tuple(steps)


def test_due_state_at_a_glance():
    def due(days, status=GoalStatus.ACTIVE):
        return due_state(Goal(title="g", due=TODAY + dt.timedelta(days=days), status=status), TODAY)

    assert due(-1) is Due.OVERDUE
    assert due(0) is Due.THIS_WEEK and due(6) is Due.THIS_WEEK
    assert due(7) is Due.LATER
    assert due(-10, GoalStatus.DONE) is Due.NONE and due(-10, GoalStatus.DROPPED) is Due.NONE
    assert due(-3, GoalStatus.PAUSED) is Due.NONE  # on hold, not overdue
    assert due(-3, GoalStatus.PROPOSED) is Due.OVERDUE
    assert due_state(Goal(title="g"), TODAY) is Due.NONE


def test_done_on_follows_the_status():
    goal = Goal(title="g").with_status(GoalStatus.DONE, TODAY)
    assert goal.done_on == TODAY
    assert goal.with_status(GoalStatus.DONE, TODAY + dt.timedelta(days=3)).done_on == TODAY
    assert goal.with_status(GoalStatus.ACTIVE, TODAY).done_on is None


def test_ticking_a_step_and_progress():
    goal = Goal(title="g", steps="[ ] one\n[ ] two")
    assert progress(goal) == (0, 2)
    ticked = goal.with_step_done(1, True)
    assert ticked.steps == "[ ] one\n[x] two"
    assert progress(ticked) == (1, 2)


def test_an_adjustment_says_what_changed_and_why():
    before = Goal(title="Walk daily", target="30 minutes", due=TODAY, horizon=Horizon.DAILY)
    after = Goal(
        id=before.id,
        title="Walk daily",
        target="15 minutes",
        due=TODAY + dt.timedelta(days=7),
        horizon=Horizon.DAILY,
        steps="[ ] new step",
    )
    update = adjustment(before, after, "  Too much with the new shifts. ", TODAY)
    assert update.kind is UpdateKind.ADJUSTMENT and update.goal_id == before.id
    assert update.changed.splitlines() == [
        "Target: 30 minutes → 15 minutes",
        "Due date: 26 Nov 2026 → 03 Dec 2026",
        "Steps changed",
    ]
    assert update.why == "Too much with the new shifts."
    assert adjustment(before, before, "", TODAY).changed == ""


def test_an_adjustment_is_written_in_the_persons_language():
    before = Goal(title="Walk daily", target="30 minutes", due=TODAY, horizon=Horizon.DAILY)
    after = Goal(
        id=before.id,
        title="Walk daily",
        target="",
        due=TODAY + dt.timedelta(days=7),
        horizon=Horizon.WEEKLY,
        status=GoalStatus.PAUSED,
        steps="[ ] new step",
    )
    with pseudo_language():
        changed = adjustment(before, after, "", TODAY).changed
    assert len(changed.splitlines()) == 5
    assert "⟦M11⟧" in changed and "⟦M12⟧" in changed
    assert untranslated(changed, data=["30 minutes"]) == [], changed
