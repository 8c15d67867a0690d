"""The periodic self-assessment: the questions, taking it, and totals over time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from recovery_desktop.domain.assessment import (
    AssessmentQuestion,
    Question,
    SelfAssessment,
    TotalPoint,
    questions,
    totals_over_time,
)
from recovery_desktop.domain.assessment import next_due as next_due_after
from recovery_desktop.services import records
from recovery_desktop.services.changes import Changes
from recovery_desktop.storage.repositories import Records
from recovery_desktop.storage.vault import OpenVault


def current_questions(vault: OpenVault) -> list[Question]:
    """The questions asked now: ours, then the pair's own."""
    return questions(Records(vault).all(AssessmentQuestion))


def added_questions(vault: OpenVault) -> list[AssessmentQuestion]:
    """The pair's own questions, in order."""
    return sorted(Records(vault).all(AssessmentQuestion), key=lambda q: (q.position, q.text))


def add_question(vault: OpenVault, text: str) -> tuple[AssessmentQuestion, Changes]:
    """Add a question of the pair's own (asked from the next assessment on)."""
    position = max((q.position for q in added_questions(vault)), default=-1) + 1
    return records.save(vault, AssessmentQuestion(text=text.strip(), position=position))


def history(vault: OpenVault) -> list[SelfAssessment]:
    """Every assessment, newest first."""
    return sorted(Records(vault).all(SelfAssessment), key=lambda a: a.day, reverse=True)


def take(
    vault: OpenVault,
    day: dt.date,
    answers: Mapping[str, int],
    note: str = "",
    shared: bool = True,
) -> tuple[SelfAssessment, Changes]:
    """Store one assessment; ``answers`` maps question keys to 1–6."""
    assessment = SelfAssessment(
        day=day, answers=tuple(answers.items()), note=note.strip(), shared=shared
    )
    return records.save(vault, assessment)


def totals(vault: OpenVault) -> list[TotalPoint]:
    """Totals over time, oldest first."""
    return totals_over_time(Records(vault).all(SelfAssessment))


def next_due(vault: OpenVault, every_weeks: int) -> dt.date | None:
    """When the next assessment is due (None before the first)."""
    return next_due_after(Records(vault).all(SelfAssessment), every_weeks)
