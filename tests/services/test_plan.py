import datetime as dt
from dataclasses import replace

import pytest

from recovery_desktop.domain.errors import ValidationError
from recovery_desktop.domain.linked_plan import LinkedPlan
from recovery_desktop.domain.plan import PlanSection, SupportContact, WarningSign
from recovery_desktop.domain.triggers import Risk, Trigger
from recovery_desktop.services import plan as plan_service
from recovery_desktop.services import records
from recovery_desktop.services.changes import Area


def test_sections_autosave_and_report_changes(vault):
    plan, changes = plan_service.set_section(vault, PlanSection.REASONS, "My daughter")
    assert changes.touches(Area.PLAN)
    assert plan.reasons == "My daughter"
    again, nothing = plan_service.set_section(vault, PlanSection.REASONS, "My daughter")
    assert not nothing.touches(Area.PLAN)
    assert again.rev == plan.rev
    assert plan_service.current_plan(vault).reasons == "My daughter"


def test_linked_plan_orders_each_part(vault):
    records.save(vault, Trigger(name="b low", risk=Risk.LOW))
    records.save(vault, Trigger(name="a high", risk=Risk.HIGH))
    records.save(vault, SupportContact(name="Second", position=2))
    records.save(vault, SupportContact(name="First", position=1))
    linked = plan_service.linked_plan(vault)
    assert [t.name for t in linked.triggers] == ["a high", "b low"]
    assert [c.name for c in linked.contacts] == ["First", "Second"]


def test_mark_reviewed_snapshots_the_plan_and_compares(vault):
    sign, _ = records.save(vault, WarningSign(title="Skipping meals"))
    trigger, _ = records.save(vault, Trigger(name="Payday", warning_sign_ids=(sign.id,)))
    plan_service.set_section(vault, PlanSection.LAPSE_PLAN, "Call Sam first.")
    version, changes = plan_service.mark_reviewed(
        vault, dt.date(2026, 11, 1), dt.date(2026, 12, 1), note="first session"
    )
    assert changes.touches(Area.PLAN_VERSIONS) and changes.touches(Area.PLAN)
    assert version.number == 1
    assert plan_service.current_plan(vault).reviewed_on == dt.date(2026, 11, 1)
    old = LinkedPlan.from_json(version.snapshot)
    assert old.plan.lapse_plan == "Call Sam first."
    assert old.triggers[0].warning_sign_ids == (sign.id,)
    assert plan_service.compare_with_current(vault, version) == []

    records.save(vault, replace(trigger, cope="walk it off"))
    records.delete(vault, WarningSign, sign.id)
    records.save(vault, SupportContact(name="Sam"))
    plan_service.set_section(vault, PlanSection.LAPSE_PLAN, "Call Sam, then write it down.")
    assert plan_service.compare_with_current(vault, version) == [
        "If I slip: my first steps: changed",
        "Trigger changed: Payday",
        "Warning sign removed: Skipping meals",
        "Supporter added: Sam",
    ]
    second, _ = plan_service.mark_reviewed(vault, dt.date(2026, 12, 1))
    assert [v.number for v in plan_service.versions(vault)] == [second.number, 1]


def test_next_review_must_come_after(vault):
    with pytest.raises(ValidationError):
        plan_service.mark_reviewed(vault, dt.date(2026, 11, 1), dt.date(2026, 10, 1))
    assert plan_service.versions(vault) == []


def test_validation_failure_saves_nothing(vault):
    with pytest.raises(ValidationError):
        records.save(vault, Trigger(name=""))
    assert records.all_of(vault, Trigger) == []
