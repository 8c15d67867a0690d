import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from recovery_desktop.domain.trigger_stats import RECENT, trigger_stats
from recovery_desktop.domain.triggers import Encounter

NOW = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)


def _at(days_ago: float, *ids: str, deleted: bool = False) -> Encounter:
    return Encounter(
        occurred_at=NOW - dt.timedelta(days=days_ago),
        trigger_ids=ids,
        deleted_at=NOW if deleted else None,
    )


def test_counts_recent_encounters_and_latest():
    stats = trigger_stats(
        [_at(1, "a"), _at(10, "a", "b"), _at(45, "b"), _at(2, "a", deleted=True)], NOW
    )
    assert stats["a"].recent == 2
    assert stats["a"].last == NOW - dt.timedelta(days=1)
    assert stats["b"].recent == 1
    assert stats["b"].last == NOW - dt.timedelta(days=10)
    assert "c" not in stats


def test_a_trigger_listed_twice_counts_once():
    assert trigger_stats([_at(1, "a", "a")], NOW)["a"].recent == 1


@given(st.lists(st.tuples(st.floats(0, 400), st.sampled_from("abc")), max_size=40))
def test_recent_count_never_exceeds_total_and_matches_window(events):
    encounters = [_at(days, trigger) for days, trigger in events]
    stats = trigger_stats(encounters, NOW)
    for trigger in "abc":
        total = sum(1 for _days, t in events if t == trigger)
        in_window = sum(
            1 for days, t in events if t == trigger and dt.timedelta(days=days) <= RECENT
        )
        got = stats.get(trigger)
        assert (got.recent if got else 0) == in_window <= total
