"""Answering the mentor's suggestions, and reading what the mentor sent."""

import datetime as dt
from dataclasses import replace

import pytest

from recovery_desktop.domain import errors
from recovery_desktop.domain.feedback import (
    Comment,
    Recognition,
    RecognitionKind,
    SessionNote,
    Suggestion,
    SuggestionAnswer,
    SuggestionKind,
)
from recovery_desktop.domain.goals import Goal, GoalStatus
from recovery_desktop.domain.plan import CopingStrategy
from recovery_desktop.domain.profile import Owner
from recovery_desktop.domain.triggers import Trigger
from recovery_desktop.services import from_mentor, records, suggestions
from recovery_desktop.services.changes import Area
from recovery_desktop.storage import repositories
from recovery_desktop.storage.repositories import Records

DAY = dt.date(2026, 11, 20)


def _arrive(vault, *items):
    """Store mentor records as an import does (exactly as sent, owned by the mentor)."""
    stamped = []
    for number, item in enumerate(items, start=1):
        when = dt.datetime(2026, 11, number, tzinfo=dt.UTC)
        stamped.append(replace(item, rev=1, created_at=when, updated_at=when))
    with vault.session() as session, session.begin():
        repositories.put_exact(session, stamped)
    return stamped


def test_accepting_a_goal_makes_an_active_goal_proposed_by_the_mentor(vault):
    (walk,) = _arrive(vault, Suggestion(title="Walk after work", detail="Twenty minutes"))
    assert suggestions.pending(vault) == [walk]

    answer, copy, changes = suggestions.accept(vault, walk)

    assert isinstance(copy, Goal)
    assert (copy.title, copy.why, copy.status, copy.proposed_by) == (
        "Walk after work",
        "Twenty minutes",
        GoalStatus.ACTIVE,
        Owner.MENTOR,
    )
    assert copy.owner is Owner.MENTEE  # the mentee's own copy, theirs to change
    assert answer.accepted and answer.copy_id == copy.id and answer.owner is Owner.MENTEE
    assert changes.touches(Area.GOALS) and changes.touches(Area.SUGGESTION_ANSWERS)
    assert records.all_of(vault, Goal) == [copy]
    assert suggestions.pending(vault) == []
    (done,) = suggestions.answered(vault)
    assert (done.suggestion, done.answer, done.copy) == (walk, answer, copy)


def test_accepting_a_coping_strategy_puts_it_last_in_the_plan(vault):
    records.save(vault, CopingStrategy(title="Breathe", position=4))
    (call,) = _arrive(
        vault, Suggestion(kind=SuggestionKind.COPING, title="Call Sam", detail="Ring\nText")
    )
    _answer, copy, changes = suggestions.accept(vault, call)
    assert isinstance(copy, CopingStrategy)
    assert (copy.title, copy.steps, copy.position) == ("Call Sam", "Ring\nText", 5)
    assert changes.touches(Area.COPING)


def test_declining_keeps_an_answer_and_no_copy(vault):
    (walk,) = _arrive(vault, Suggestion(title="Walk"))
    answer, changes = suggestions.decline(vault, walk)
    assert not answer.accepted and answer.copy_id is None
    assert changes.touches(Area.SUGGESTION_ANSWERS) and not changes.touches(Area.GOALS)
    assert suggestions.pending(vault) == [] and records.all_of(vault, Goal) == []
    (done,) = suggestions.answered(vault)
    assert done.answer == answer and done.copy is None


def test_a_suggestion_is_answered_once(vault):
    (walk,) = _arrive(vault, Suggestion(title="Walk"))
    suggestions.decline(vault, walk)
    with pytest.raises(errors.ValidationError):
        suggestions.accept(vault, walk)
    assert records.all_of(vault, Goal) == []


def test_accepting_is_all_or_nothing(vault, monkeypatch):
    (walk,) = _arrive(vault, Suggestion(title="Walk"))

    def fail(self, items):
        raise OSError("disk went away")

    original = Records.save_many
    monkeypatch.setattr(Records, "save_many", fail)
    with pytest.raises(OSError):
        suggestions.accept(vault, walk)
    monkeypatch.setattr(Records, "save_many", original)
    assert records.all_of(vault, Goal) == [] and records.all_of(vault, SuggestionAnswer) == []
    assert suggestions.pending(vault) == [walk]


def test_withdraw_and_reinstate_an_accepted_answer(vault):
    (walk,) = _arrive(vault, Suggestion(title="Walk"))
    answer, copy, _ = suggestions.accept(vault, walk)

    changes = suggestions.withdraw(vault, answer)
    assert changes.touches(Area.GOALS, Area.SUGGESTION_ANSWERS)
    assert suggestions.pending(vault) == [walk] and records.all_of(vault, Goal) == []
    store = Records(vault)
    assert store.get(Goal, copy.id).is_deleted  # a tombstone: the mentor learns of it too
    assert store.get(SuggestionAnswer, answer.id).is_deleted

    suggestions.reinstate(vault, answer)
    assert suggestions.pending(vault) == []
    assert [g.id for g in records.all_of(vault, Goal)] == [copy.id]


def test_pending_is_newest_first_and_skips_removed_suggestions(vault):
    _arrive(
        vault,
        Suggestion(title="First"),
        Suggestion(title="Second"),
        Suggestion(title="Gone", deleted_at=dt.datetime(2026, 11, 9, tzinfo=dt.UTC)),
    )
    assert [s.title for s in suggestions.pending(vault)] == ["Second", "First"]


def test_comments_name_their_item_or_none_when_it_was_removed(vault):
    trigger, _ = records.save(vault, Trigger(name="Payday"))
    gone, _ = records.save(vault, Trigger(name="Old job"))
    records.delete(vault, Trigger, gone.id)
    _on_trigger, on_gone, _on_unknown = _arrive(
        vault,
        Comment(about_type="trigger", about_id=trigger.id, text="Good plan"),
        Comment(about_type="trigger", about_id=gone.id, text="Glad this is behind you"),
        Comment(about_type="spaceship", about_id="x", text="?"),
    )
    found = {c.comment.text: c.item for c in from_mentor.comments(vault)}
    assert found["Good plan"] == trigger
    assert found["Glad this is behind you"] is None and found["?"] is None
    assert [c.text for c in from_mentor.comments_about(vault, trigger)] == ["Good plan"]
    assert from_mentor.comments_about(vault, gone) == [on_gone]


def test_notes_and_recognitions_newest_first_and_the_next_session(vault):
    _arrive(
        vault,
        SessionNote(day=DAY - dt.timedelta(days=14), notes="First", next_session=DAY),
        SessionNote(day=DAY, notes="Second", next_session=DAY + dt.timedelta(days=14)),
        SessionNote(day=DAY - dt.timedelta(days=7), notes="Between"),
        Recognition(day=DAY, text="Called Sam", kind=RecognitionKind.WIN),
        Recognition(day=DAY - dt.timedelta(days=3), text="Honest"),
    )
    assert [n.notes for n in from_mentor.session_notes(vault)] == ["Second", "Between", "First"]
    assert from_mentor.next_session(vault, DAY) == DAY + dt.timedelta(days=14)
    assert from_mentor.next_session(vault, DAY + dt.timedelta(days=30)) is None
    assert [r.text for r in from_mentor.recognitions(vault)] == ["Called Sam", "Honest"]
