"""Check-ins: one per day, and the audit trail of past days."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from recovery_desktop.domain.checkins import (
    AuditAction,
    CheckIn,
    UseStatus,
    audit_entry,
    describe_changes,
    latest_per_day,
    uneventful,
)
from tests.helpers.pseudo_language import pseudo_language, untranslated

TODAY = dt.date(2026, 11, 26)
YESTERDAY = TODAY - dt.timedelta(days=1)
T0 = dt.datetime(2026, 11, 20, tzinfo=dt.UTC)


def test_uneventful_is_substance_free_with_an_okay_mood_and_nothing_else():
    day = uneventful(TODAY)
    assert (day.day, day.use, day.mood, day.craving, day.halt) == (
        TODAY,
        UseStatus.FREE,
        3,
        0,
        (),
    )


def test_todays_own_changes_are_not_audited():
    assert audit_entry(None, CheckIn(day=TODAY), TODAY) is None
    assert audit_entry(CheckIn(day=TODAY), CheckIn(day=TODAY, mood=1), TODAY) is None


def test_a_back_filled_day_is_audited_as_added_later():
    entry = audit_entry(None, CheckIn(day=YESTERDAY, use=UseStatus.LAPSE), TODAY)
    assert entry is not None
    assert (entry.action, entry.day, entry.made_on) == (AuditAction.ADDED_LATER, YESTERDAY, TODAY)
    assert "A lapse" in entry.changes


def test_a_corrected_day_lists_each_change_without_quoting_private_words():
    before = CheckIn(day=YESTERDAY, mood=2, note="private words")
    after = CheckIn(id=before.id, day=YESTERDAY, mood=4, use=UseStatus.LAPSE, note="other words")
    entry = audit_entry(before, after, TODAY)
    assert entry is not None and entry.action is AuditAction.CORRECTED
    assert entry.changes.splitlines() == [
        "Substance use: Substance-free → A lapse (a single use)",
        "Mood: 2 → 4",
        "Note changed",
    ]
    assert "private" not in entry.changes
    assert audit_entry(before, before, TODAY) is None  # nothing changed, nothing kept


def test_removing_and_restoring_a_past_day_are_audited():
    live = CheckIn(day=YESTERDAY)
    gone = CheckIn(id=live.id, day=YESTERDAY, deleted_at=T0)
    removed = audit_entry(live, gone, TODAY)
    restored = audit_entry(gone, live, TODAY)
    assert removed is not None and removed.action is AuditAction.REMOVED
    assert restored is not None and restored.action is AuditAction.RESTORED


def test_halt_lists_the_states_ticked():
    assert CheckIn(day=TODAY, hungry=True, tired=True).halt == ("Hungry", "Tired")


def test_describe_changes_is_empty_for_equal_answers():
    assert describe_changes(CheckIn(day=TODAY), CheckIn(day=TODAY)) == []


@given(
    st.lists(st.tuples(st.integers(0, 5), st.integers(0, 1000), st.booleans()), max_size=30),
    st.randoms(),
)
def test_latest_per_day_picks_the_last_changed_live_check_in_in_any_order(items, rnd):
    checkins = [
        CheckIn(
            day=TODAY - dt.timedelta(days=d),
            mood=1 + minutes % 5,
            updated_at=T0 + dt.timedelta(minutes=minutes),
            deleted_at=T0 if deleted else None,
        )
        for d, minutes, deleted in items
    ]
    chosen = latest_per_day(checkins)
    shuffled = list(checkins)
    rnd.shuffle(shuffled)
    assert latest_per_day(shuffled) == chosen
    for day, checkin in chosen.items():
        assert not checkin.is_deleted
        rivals = [c for c in checkins if c.day == day and not c.is_deleted]
        assert checkin.updated_at == max(c.updated_at for c in rivals)
    assert set(chosen) == {c.day for c in checkins if not c.is_deleted}


def test_the_audit_trail_is_written_in_the_persons_language():
    before = CheckIn(day=YESTERDAY, mood=2, hungry=True, sleep_hours=None, note="private")
    after = CheckIn(
        id=before.id,
        day=YESTERDAY,
        mood=4,
        use=UseStatus.LAPSE,
        hungry=False,
        sleep_hours=7.5,
        note="other",
    )
    with pseudo_language():
        lines = describe_changes(before, after)
        added = audit_entry(None, after, TODAY)
    assert len(lines) == 5
    assert added is not None
    for text in [*lines, added.changes]:
        assert untranslated(text) == [], text
