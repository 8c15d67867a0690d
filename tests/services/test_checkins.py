"""Check-ins in a real vault: one per day, audits for past days, the record."""

import datetime as dt
from dataclasses import replace

from recovery_desktop.domain.checkins import AuditAction, CheckIn, UseStatus
from recovery_desktop.services import checkins
from recovery_desktop.services.changes import Area
from recovery_desktop.services.records import all_of

TODAY = dt.date(2026, 11, 26)


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def test_one_check_in_per_day_saving_again_updates_it(vault):
    first, changes = checkins.save_day(vault, CheckIn(day=TODAY, mood=2), TODAY)
    assert changes.touches(Area.CHECK_INS)
    second, _ = checkins.save_day(vault, CheckIn(day=TODAY, mood=4, note="better"), TODAY)
    assert second.id == first.id and second.rev == 2
    assert [c.mood for c in all_of(vault, CheckIn)] == [4]
    assert checkins.audit_trail(vault) == []  # today changes freely


def test_uneventful_day_is_one_call_and_never_overwrites(vault):
    made, changes = checkins.check_in_uneventful(vault, TODAY)
    assert made.use is UseStatus.FREE and changes.touches(Area.CHECK_INS)
    again, changes = checkins.check_in_uneventful(vault, TODAY)
    assert again == made and not changes.touches(Area.CHECK_INS)
    checkins.save_day(vault, CheckIn(day=TODAY, mood=5, note="kept"), TODAY)
    kept, _ = checkins.check_in_uneventful(vault, TODAY)
    assert kept.note == "kept"


def test_back_filling_and_correcting_a_past_day_are_audited(vault):
    added, changes = checkins.save_day(vault, CheckIn(day=days_ago(3), mood=3), TODAY)
    assert changes.touches(Area.CHECK_INS, Area.CHECK_IN_AUDIT)
    checkins.save_day(vault, replace(added, use=UseStatus.LAPSE, slip_note="party"), TODAY)
    trail = checkins.audit_trail(vault, days_ago(3))
    assert [a.action for a in trail] == [AuditAction.CORRECTED, AuditAction.ADDED_LATER]
    assert trail[0].changes == (
        "Substance use: Substance-free → A lapse (a single use)\nNote on the slip changed"
    )
    assert all(a.made_on == TODAY and a.checkin_id == added.id for a in trail)
    assert checkins.audited_days(vault) == {days_ago(3)}


def test_removing_a_past_day_is_audited_and_it_can_come_back(vault):
    saved, _ = checkins.save_day(vault, CheckIn(day=days_ago(1), mood=2), TODAY)
    checkins.remove_day(vault, saved, TODAY)
    assert checkins.for_day(vault, days_ago(1)) is None
    restored, _ = checkins.restore_day(vault, saved, TODAY)
    assert restored.id == saved.id and not restored.is_deleted
    actions = [a.action for a in checkins.audit_trail(vault)]
    assert sorted(actions) == sorted(
        [AuditAction.ADDED_LATER, AuditAction.REMOVED, AuditAction.RESTORED]
    )


def test_a_form_moved_to_another_day_never_moves_the_first_days_check_in(vault):
    monday, _ = checkins.save_day(vault, CheckIn(day=days_ago(3), mood=2), TODAY)
    tuesday, _ = checkins.save_day(vault, replace(monday, day=days_ago(2), mood=5), TODAY)
    assert tuesday.id != monday.id
    assert checkins.for_day(vault, days_ago(3)).mood == 2
    assert checkins.for_day(vault, days_ago(2)).mood == 5


def test_the_record_after_back_filling_a_repair_and_a_slip(vault):
    for n in range(20, 0, -1):
        checkins.save_day(vault, CheckIn(day=days_ago(n)), days_ago(n))  # on the day
    checkins.save_day(vault, CheckIn(day=days_ago(10), use=UseStatus.LAPSE), TODAY)  # repair
    checkins.save_day(vault, CheckIn(day=days_ago(25)), TODAY)  # back-filled start
    checkins.save_day(vault, CheckIn(day=TODAY, use=UseStatus.LAPSE, slip_note="x"), TODAY)
    record = checkins.record(vault, TODAY)
    assert record.start == days_ago(25)
    assert [run.days for run in record.runs] == [15, 9]
    assert record.current_run == 0 and record.longest_run == 15
    assert record.total_free_days == 24
    assert [s.day for s in record.lapses] == [days_ago(10), TODAY]
    assert len(checkins.audit_trail(vault)) == 2
