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


def test_demo_fills_the_day_to_day_half_at_a_realistic_volume(vault):
    import itertools

    from recovery_desktop.domain.assessment import SelfAssessment
    from recovery_desktop.domain.checkins import CheckIn, CheckInAudit
    from recovery_desktop.domain.goals import Goal, GoalStatus, GoalUpdate
    from recovery_desktop.domain.learning import LearningEntry, Repeat
    from recovery_desktop.domain.triggers import Outcome
    from recovery_desktop.services import checkins, milestones

    summary = demo.fill(vault, years=1, seed=3, today=TODAY).growth
    goals = all_of(vault, Goal)
    assert 35 <= len(goals) == summary.goals <= 45
    assert {g.status for g in goals} >= {GoalStatus.DONE, GoalStatus.ACTIVE}
    updates = all_of(vault, GoalUpdate)
    assert len(updates) >= len(goals)
    assert {u.goal_id for u in updates} <= {g.id for g in goals}
    days = [c.day for c in all_of(vault, CheckIn)]
    assert len(days) == len(set(days)) == summary.checkins  # one per day
    assert 290 <= len(days) <= 360  # most days, with gaps
    assert max(days) == TODAY
    assert all_of(vault, CheckInAudit)
    record = checkins.record(vault, TODAY)
    slips = {e.occurred_at.date() for e in all_of(vault, Encounter) if e.outcome != Outcome.PASSED}
    checked = set(days)
    assert {s.day for s in record.slips} == slips & checked
    assessment_days = sorted(a.day for a in all_of(vault, SelfAssessment))
    gaps = {(b - a).days for a, b in itertools.pairwise(assessment_days)}
    assert gaps <= {14, 21, 28} and len(assessment_days) >= 12
    learning = all_of(vault, LearningEntry)
    assert any(e.repeats is not Repeat.NONE for e in learning) and len(learning) > 20
    assert any(e.goal_id for e in learning)
    stored = milestones.milestones(vault)
    assert stored and all(m.celebrated for m in stored)
    assert milestones.update(vault, TODAY)[0] == []  # the demo's list agrees with its data


def test_a_hundred_years_of_demo_data_stays_fast(tmp_path):
    import time

    from recovery_desktop.domain.profile import Role
    from recovery_desktop.storage.folder import VaultFolder
    from tests.conftest import FAST_KDF

    folder = VaultFolder.acquire(tmp_path / "big")
    created = folder.create("demo passphrase!", Role.MENTEE, "X", kdf=FAST_KDF)
    try:
        started = time.perf_counter()
        demo.fill(created.vault, years=20, seed=1, today=TODAY)
        elapsed = time.perf_counter() - started
    finally:
        created.vault.close()
        folder.release()
    assert elapsed < 10, f"20 years took {elapsed:.1f}s; 100 would not stay under a minute"
