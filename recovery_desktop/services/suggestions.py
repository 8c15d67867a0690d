"""Answering the mentor's suggestions: accepting one makes the mentee's own copy.

A suggested goal becomes an active goal marked as proposed by the mentor; a suggested
coping strategy joins the end of the plan's list. The answer travels back in the next
share, so the mentor sees what became of each suggestion. Withdrawing an answer (undo)
keeps both records as tombstones, so that travels too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from recovery_desktop.domain.errors import ValidationError
from recovery_desktop.domain.feedback import Suggestion, SuggestionAnswer, SuggestionKind
from recovery_desktop.domain.goals import Goal, GoalStatus
from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.plan import CopingStrategy
from recovery_desktop.domain.profile import Owner
from recovery_desktop.domain.records import Record
from recovery_desktop.services.changes import Changes
from recovery_desktop.services.records import save_together
from recovery_desktop.storage.repositories import Records
from recovery_desktop.storage.tables import utc_now
from recovery_desktop.storage.vault import OpenVault

Copy = Goal | CopingStrategy
_FLOOR = dt.datetime.min.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class Answered:
    """A suggestion with the mentee's answer and, if accepted, their copy (None if removed)."""

    suggestion: Suggestion
    answer: SuggestionAnswer
    copy: Copy | None


def _newest_first(suggestions: list[Suggestion]) -> list[Suggestion]:
    return sorted(suggestions, key=lambda s: (s.created_at or _FLOOR, s.id), reverse=True)


def answers(vault: OpenVault) -> dict[str, SuggestionAnswer]:
    """The live answer to each answered suggestion, by suggestion id."""
    found: dict[str, SuggestionAnswer] = {}
    for answer in sorted(
        Records(vault).all(SuggestionAnswer), key=lambda a: (a.updated_at or _FLOOR, a.id)
    ):
        found[answer.suggestion_id] = answer  # the latest wins, should there be two
    return found


def pending(vault: OpenVault) -> list[Suggestion]:
    """Suggestions waiting for an answer, newest first."""
    answered = answers(vault)
    return _newest_first([s for s in Records(vault).all(Suggestion) if s.id not in answered])


def answered(vault: OpenVault) -> list[Answered]:
    """Suggestions already answered, with their answers, newest first."""
    store = Records(vault)
    by_suggestion = answers(vault)
    found = []
    for suggestion in _newest_first(store.all(Suggestion)):
        answer = by_suggestion.get(suggestion.id)
        if answer is None:
            continue
        kept: Copy | None = None
        if answer.copy_id is not None:
            if suggestion.kind is SuggestionKind.GOAL:
                kept = store.get(Goal, answer.copy_id)
            else:
                kept = store.get(CopingStrategy, answer.copy_id)
        alive = kept if kept is not None and not kept.is_deleted else None
        found.append(Answered(suggestion, answer, alive))
    return found


def _check_open(vault: OpenVault, suggestion: Suggestion) -> None:
    if suggestion.id in answers(vault):
        raise ValidationError(
            "suggestion",
            QT_TRANSLATE_NOOP("validation", "you have already answered this suggestion"),
        )


def make_copy(vault: OpenVault, suggestion: Suggestion) -> Copy:
    """The mentee's own goal or coping strategy made from ``suggestion`` (not yet saved)."""
    if suggestion.kind is SuggestionKind.GOAL:
        return Goal(
            title=suggestion.title,
            why=suggestion.detail,
            status=GoalStatus.ACTIVE,
            proposed_by=Owner.MENTOR,
        )
    last = max((c.position for c in Records(vault).all(CopingStrategy)), default=-1)
    return CopingStrategy(title=suggestion.title, steps=suggestion.detail, position=last + 1)


def accept(vault: OpenVault, suggestion: Suggestion) -> tuple[SuggestionAnswer, Copy, Changes]:
    """Accept ``suggestion``: the copy and the answer are saved together (all or nothing)."""
    _check_open(vault, suggestion)
    copy = make_copy(vault, suggestion)
    answer = SuggestionAnswer(suggestion_id=suggestion.id, accepted=True, copy_id=copy.id)
    saved, changes = save_together(vault, copy, answer)
    saved_copy, saved_answer = saved
    assert isinstance(saved_copy, Goal | CopingStrategy)
    assert isinstance(saved_answer, SuggestionAnswer)
    return saved_answer, saved_copy, changes


def decline(vault: OpenVault, suggestion: Suggestion) -> tuple[SuggestionAnswer, Changes]:
    """Decline ``suggestion`` (the mentor sees the answer in the next share)."""
    _check_open(vault, suggestion)
    saved, changes = save_together(
        vault, SuggestionAnswer(suggestion_id=suggestion.id, accepted=False)
    )
    answer = saved[0]
    assert isinstance(answer, SuggestionAnswer)
    return answer, changes


def _answer_and_copy(vault: OpenVault, answer: SuggestionAnswer) -> list[Record]:
    store = Records(vault)
    current = store.get(SuggestionAnswer, answer.id)
    if current is None:
        raise KeyError(answer.id)
    found: list[Record] = [current]
    if current.copy_id is not None:
        for cls in (Goal, CopingStrategy):
            copy = store.get(cls, current.copy_id)
            if copy is not None:
                found.append(copy)
    return found


def withdraw(vault: OpenVault, answer: SuggestionAnswer) -> Changes:
    """Take back an answer (undo): the answer and any copy become tombstones, together."""
    now = utc_now()
    gone = [replace(r, deleted_at=now) for r in _answer_and_copy(vault, answer)]
    return save_together(vault, *gone)[1]


def reinstate(vault: OpenVault, answer: SuggestionAnswer) -> Changes:
    """Give a withdrawn answer again (redo): the answer and its copy come back."""
    back = [replace(r, deleted_at=None) for r in _answer_and_copy(vault, answer)]
    return save_together(vault, *back)[1]
