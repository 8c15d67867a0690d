import datetime as dt

import pytest
from sqlalchemy.exc import StatementError

from recovery_desktop.domain.plan import ContactRole, Plan, SupportContact
from recovery_desktop.domain.profile import Owner
from recovery_desktop.domain.triggers import Encounter, Outcome, Risk, Trigger, TriggerCategory
from recovery_desktop.storage.repositories import Records


def test_round_trip_keeps_every_field_and_type(vault):
    store = Records(vault)
    trigger = Trigger(
        name="Payday",
        category=TriggerCategory.SITUATIONS,
        risk=Risk.HIGH,
        description="cash in hand",
        avoid="pay bills first thing",
        escape="leave the bar street",
        cope="call Sam",
        warning_sign_ids=("w1", "w2"),
        coping_ids=("c1",),
        contact_ids=(),
        shared=False,
    )
    saved = store.save(trigger)
    assert saved.rev == 1
    assert saved.owner is Owner.MENTEE
    assert saved.created_at is not None and saved.created_at.tzinfo is not None
    loaded = store.get(Trigger, trigger.id)
    assert loaded == saved
    assert isinstance(loaded.category, TriggerCategory)
    assert isinstance(loaded.risk, Risk)
    assert loaded.warning_sign_ids == ("w1", "w2")


def test_every_save_bumps_rev_and_updated_at(vault):
    store = Records(vault)
    first = store.save(SupportContact(name="Sam", role=ContactRole.SPONSOR))
    second = store.save(SupportContact(**{**first.__dict__, "phone": "555 0101"}))
    assert second.rev == 2
    assert second.updated_at >= first.updated_at
    assert second.created_at == first.created_at


def test_delete_is_a_tombstone_and_can_be_undone(vault):
    store = Records(vault)
    saved = store.save(Plan(reasons="my kids"))
    deleted = store.set_deleted(Plan, saved.id, True)
    assert deleted.is_deleted and deleted.rev == 2
    assert store.all(Plan) == []
    assert store.all(Plan, include_deleted=True) == [deleted]
    back = store.set_deleted(Plan, saved.id, False)
    assert not back.is_deleted and back.rev == 3
    assert store.all(Plan) == [back]


def test_timestamps_are_aware_utc(vault):
    when = dt.datetime(2026, 3, 29, 1, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    saved = Records(vault).save(Encounter(occurred_at=when, outcome=Outcome.LAPSE))
    assert saved.occurred_at == when
    assert saved.occurred_at.tzinfo == dt.UTC


def test_save_many_is_all_or_nothing(vault):
    store = Records(vault)
    good = Trigger(name="ok")
    bad = Encounter(occurred_at=dt.datetime(2026, 1, 1))  # naive: refused by the column type
    with pytest.raises(StatementError):
        store.save_many([good, bad])
    assert store.all(Trigger) == []
