"""Merge rules, property-tested: idempotent, order-independent, never deleting, owner-safe."""

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recovery_desktop.domain.merge import OwnershipError, apply, plan_merge
from recovery_desktop.domain.plan import WarningSign
from recovery_desktop.domain.profile import Owner
from recovery_desktop.domain.triggers import Trigger

IDS = [f"00000000-0000-4000-8000-00000000000{i}" for i in range(6)]
WHEN = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)

versions = st.builds(
    Trigger,
    id=st.sampled_from(IDS),
    name=st.sampled_from(["Payday", "Friday", "Lonely", "Bar"]),
    rev=st.integers(1, 5),
    owner=st.just(Owner.MENTEE),
    deleted_at=st.sampled_from([None, WHEN]),
)
files = st.lists(versions, max_size=8)


def _store(records):
    store = {}
    for record in records:  # a consistent local state: one version per id
        store.setdefault(record.id, record)
    return store


def merge(store, records):
    return apply(store, plan_merge(store, records, Owner.MENTEE))


@settings(max_examples=300)
@given(local=files, incoming=files)
def test_importing_twice_equals_importing_once(local, incoming):
    store = _store(local)
    once = merge(store, incoming)
    assert merge(once, incoming) == once


@settings(max_examples=300)
@given(local=files, first=files, second=files)
def test_two_files_in_either_order_give_the_same_result(local, first, second):
    store = _store(local)
    assert merge(merge(store, first), second) == merge(merge(store, second), first)


@settings(max_examples=300)
@given(local=files, incoming=files)
def test_nothing_absent_from_the_file_changes_and_higher_rev_wins(local, incoming):
    store = _store(local)
    merged = merge(store, incoming)
    mentioned = {r.id for r in incoming}
    for record_id, record in store.items():
        if record_id not in mentioned:
            assert merged[record_id] is record
    for record_id in mentioned:
        best_rev = max(r.rev for r in incoming if r.id == record_id)
        if record_id in store:
            best_rev = max(best_rev, store[record_id].rev)
        assert merged[record_id].rev == best_rev
    assert set(merged) == set(store) | mentioned


def test_tombstones_travel():
    alive = Trigger(id=IDS[0], name="Payday", rev=2)
    gone = replace(alive, rev=3, deleted_at=WHEN)
    assert merge({alive.id: alive}, [gone])[alive.id].is_deleted
    assert merge({gone.id: gone}, [alive])[alive.id] == gone  # lower rev loses


def test_a_file_cannot_change_the_other_sides_records():
    mentee_sign = WarningSign(id=IDS[1], title="Skipping meals", rev=1)
    forged = replace(mentee_sign, title="Changed by someone else", rev=9, owner=Owner.MENTOR)
    with pytest.raises(OwnershipError):
        plan_merge({mentee_sign.id: mentee_sign}, [forged], Owner.MENTOR)
    with pytest.raises(OwnershipError):
        plan_merge({}, [mentee_sign], Owner.MENTOR)


def test_an_id_reused_for_another_kind_of_record_is_refused():
    trigger = Trigger(id=IDS[2], name="Payday", rev=1)
    sign = WarningSign(id=IDS[2], title="Same id", rev=5)
    with pytest.raises(OwnershipError):
        plan_merge({trigger.id: trigger}, [sign], Owner.MENTEE)
