"""The day-to-day records round-trip through the vault with every field and type intact."""

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy.exc import IntegrityError

from recovery_desktop.domain.assessment import AssessmentQuestion, SelfAssessment
from recovery_desktop.domain.checkins import AuditAction, CheckIn, CheckInAudit, Sharing, UseStatus
from recovery_desktop.domain.goals import (
    Goal,
    GoalStatus,
    GoalType,
    GoalUpdate,
    Horizon,
    UpdateKind,
)
from recovery_desktop.domain.journal import JournalEntry
from recovery_desktop.domain.learning import LearningEntry, LearningKind, Repeat
from recovery_desktop.domain.milestones import Milestone, MilestoneKind
from recovery_desktop.domain.profile import Owner
from recovery_desktop.storage.repositories import Records

DAY = dt.date(2026, 11, 26)

EXAMPLES = [
    Goal(
        title="Walk",
        why="evenings",
        due=DAY,
        horizon=Horizon.DAILY,
        goal_type=GoalType.REDUCTION,
        steps="[x] a\n[ ] b",
        status=GoalStatus.DONE,
        proposed_by=Owner.MENTOR,
        done_on=DAY,
        shared=False,
    ),
    GoalUpdate(goal_id="g", day=DAY, kind=UpdateKind.ADJUSTMENT, changed="Target", why="x"),
    CheckIn(
        day=DAY,
        mood=2,
        craving=7,
        use=UseStatus.RELAPSE,
        slip_note="n",
        hungry=True,
        lonely=True,
        sleep_hours=6.5,
        sharing=Sharing.PRIVATE,
    ),
    CheckInAudit(
        checkin_id="c", day=DAY, made_on=DAY, action=AuditAction.CORRECTED, changes="Mood"
    ),
    AssessmentQuestion(text="Mine?", position=3, active=False),
    SelfAssessment(day=DAY, answers=(("own-hope", 5), ("q-1", 2)), note="ok"),
    JournalEntry(entry_date=DAY, title="t", body="b", mood=None),
    LearningEntry(
        kind=LearningKind.SUPPORT_GROUP, day=DAY, title="g", goal_id=None, repeats=Repeat.MONTHLY
    ),
    Milestone(kind=MilestoneKind.SOBER_YEARS, threshold=2, reached_on=DAY, celebrated=True),
]


@pytest.mark.parametrize("record", EXAMPLES, ids=lambda r: type(r).__name__)
def test_round_trip_keeps_every_field_and_type(vault, record):
    store = Records(vault)
    saved = store.save(record)
    assert saved.rev == 1
    loaded = store.get(type(record), record.id)
    assert loaded == saved
    assert replace(loaded, rev=0, created_at=None, updated_at=None) == record
    if isinstance(saved, CheckIn):
        edited = replace(saved, sharing=Sharing.FULL)
    else:
        edited = replace(saved, shared=not saved.shared)
    changed = store.save(edited)
    assert changed.rev == 2 and store.get(type(record), record.id) == changed


def test_a_record_never_saved_is_inserted_and_cannot_overwrite_a_stored_one(vault):
    store = Records(vault)
    first = store.save(JournalEntry(entry_date=DAY, body="first"))
    impostor = JournalEntry(id=first.id, entry_date=DAY, body="not an update")  # rev 0
    with pytest.raises(IntegrityError):
        store.save(impostor)
    assert [e.body for e in store.all(JournalEntry)] == ["first"]
