import datetime as dt

from recovery_desktop.domain.plan import CopingStrategy, SupportContact, WarningSign
from recovery_desktop.domain.triggers import Encounter, Trigger
from recovery_desktop.services import demo, journal
from recovery_desktop.services import plan as plan_service
from recovery_desktop.services.records import all_of

TODAY = dt.date(2026, 11, 26)


def test_demo_fills_a_linked_plan_and_a_realistic_urge_log(vault):
    summary = demo.fill(vault, years=1, seed=3, today=TODAY)
    assert summary.triggers == 30
    assert 450 <= summary.encounters <= 550
    assert len(all_of(vault, Encounter)) == summary.encounters
    linked = plan_service.linked_plan(vault)
    for section in ("reasons", "routine", "lapse_plan", "crisis_steps", "kept_where"):
        assert getattr(linked.plan, section)
    ids = {r.id for r in (*linked.warning_signs, *linked.coping, *linked.contacts)}
    for trigger in all_of(vault, Trigger):
        linked_ids = (*trigger.warning_sign_ids, *trigger.coping_ids, *trigger.contact_ids)
        assert linked_ids and set(linked_ids) <= ids
    assert all_of(vault, WarningSign) and all_of(vault, CopingStrategy)
    assert any(c.phone for c in all_of(vault, SupportContact))
    entries = journal.entries(vault)
    assert any(e.shared for e in entries) and any(not e.shared for e in entries)
    dates = [e.occurred_at.date() for e in all_of(vault, Encounter)]
    assert min(dates) >= TODAY - dt.timedelta(days=365) and max(dates) <= TODAY


def test_demo_is_reproducible(tmp_path):
    from recovery_desktop.domain.profile import Role
    from recovery_desktop.storage.folder import VaultFolder
    from tests.conftest import FAST_KDF

    def names(years_seed, run):
        folder = VaultFolder.acquire(tmp_path / f"run{run}")
        created = folder.create("demo passphrase!", Role.MENTEE, "X", kdf=FAST_KDF)
        demo.fill(created.vault, years=0.2, seed=years_seed, today=TODAY)
        result = sorted((e.occurred_at, e.intensity) for e in all_of(created.vault, Encounter))
        created.vault.close()
        folder.release()
        return result

    assert names(5, 1) == names(5, 2)
    assert names(5, 3) != names(6, 4)
