import datetime as dt

import pytest

from recovery_desktop.domain.errors import ValidationError
from recovery_desktop.domain.plan import CopingStrategy, Plan, SupportContact, WarningSign
from recovery_desktop.domain.triggers import Encounter, Trigger
from recovery_desktop.domain.validation import validate

NOW = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (Trigger(name="  "), "name"),
        (Trigger(name="x" * 201), "name"),
        (WarningSign(title=""), "title"),
        (CopingStrategy(title=""), "title"),
        (SupportContact(name=""), "name"),
        (Encounter(occurred_at=NOW, intensity=11), "intensity"),
        (Encounter(occurred_at=NOW, intensity=-1), "intensity"),
        (Encounter(occurred_at=NOW, duration_minutes=-5), "duration_minutes"),
        (Encounter(occurred_at=NOW + dt.timedelta(days=3)), "occurred_at"),
        (Trigger(name="ok", cope="x" * 20_001), "cope"),
        (
            Plan(reviewed_on=dt.date(2026, 5, 1), next_review=dt.date(2026, 4, 1)),
            "next_review",
        ),
    ],
)
def test_each_problem_names_its_field(record, field):
    with pytest.raises(ValidationError) as caught:
        validate(record, now=NOW)
    assert caught.value.field == field
    assert caught.value.problem


@pytest.mark.parametrize(
    "record",
    [
        Trigger(name="Payday"),
        Encounter(occurred_at=NOW, intensity=0),
        Encounter(occurred_at=NOW + dt.timedelta(hours=2), intensity=10, duration_minutes=0),
        Plan(),
        SupportContact(name="Crisis line"),
    ],
)
def test_acceptable_records_pass(record):
    validate(record, now=NOW)
