"""The fields of the goal, progress, learning and question forms, in filling-in order."""

from __future__ import annotations

from collections.abc import Sequence

from recovery_desktop.domain.goals import Goal, GoalStatus, GoalType, Horizon
from recovery_desktop.domain.learning import LearningKind, Repeat
from recovery_desktop.domain.profile import Owner
from recovery_desktop.ui.widgets.record_form import FieldSpec, Kind

SHARE = FieldSpec("shared", "Share with my mentor", Kind.FLAG)
STEPS_HINT = "One step per line. Tick steps off in the Goals tab ([x] marks a done step)."


def goal_fields(adjusting: bool = False) -> list[FieldSpec]:
    """A goal: what, why, how it is measured, when, and its steps."""
    fields = [
        FieldSpec("title", "&Goal"),
        FieldSpec("why", "&Why it matters", Kind.TEXT),
        FieldSpec("measure", "How I'll &measure it"),
        FieldSpec("target", "&Target", hint="For example: 3 times a week, or 30 days."),
        FieldSpec("due", "&Due by", Kind.DATE),
        FieldSpec("horizon", "&Horizon", Kind.CHOICE, [(h, h.label) for h in Horizon]),
        FieldSpec("goal_type", "T&ype", Kind.CHOICE, [(t, t.label) for t in GoalType]),
        FieldSpec("steps", "&Steps", Kind.TEXT, hint=STEPS_HINT),
        FieldSpec("status", "Stat&us", Kind.CHOICE, [(s, s.label) for s in GoalStatus]),
    ]
    if not adjusting:
        fields.append(
            FieldSpec(
                "proposed_by",
                "&Proposed by",
                Kind.CHOICE,
                [(Owner.MENTEE, "Me"), (Owner.MENTOR, "My mentor")],
            )
        )
        fields.append(SHARE)
    return fields


def progress_fields() -> list[FieldSpec]:
    """A progress note on a goal."""
    return [
        FieldSpec("note", "&How it went", Kind.TEXT),
        FieldSpec("day", "&Date", Kind.DATE),
        SHARE,
    ]


def learning_fields(goals: Sequence[Goal]) -> list[FieldSpec]:
    """An entry of the learning and community log."""
    goal_choices = [(None, "No goal"), *((g.id, g.title) for g in goals)]
    return [
        FieldSpec("title", "&What"),
        FieldSpec("kind", "&Kind", Kind.CHOICE, [(k, k.label) for k in LearningKind]),
        FieldSpec("day", "&Date", Kind.DATE),
        FieldSpec("notes", "&Notes", Kind.TEXT),
        FieldSpec("goal_id", "&Goal it helps with", Kind.CHOICE, goal_choices),
        FieldSpec(
            "repeats",
            "&Repeats",
            Kind.CHOICE,
            [(r, r.label) for r in Repeat],
            hint="For a regular meeting or group: it shows when it is on next.",
        ),
        SHARE,
    ]


def question_fields() -> list[FieldSpec]:
    """A self-assessment question the pair adds."""
    return [
        FieldSpec(
            "text",
            "&Question",
            hint="Something you can answer from 1 (not at all) to 6 (completely).",
        ),
        FieldSpec("active", "Ask this question", Kind.FLAG),
    ]
