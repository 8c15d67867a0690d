"""The fields of the goal, progress, learning and question forms, in filling-in order."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from recovery_desktop.domain.goals import Goal, GoalStatus, GoalType, Horizon
from recovery_desktop.domain.learning import LearningKind, Repeat
from recovery_desktop.domain.profile import Owner
from recovery_desktop.ui.forms import share_field
from recovery_desktop.ui.i18n import enum_label, translate
from recovery_desktop.ui.widgets.record_form import FieldSpec, Kind


def goal_fields(adjusting: bool = False) -> list[FieldSpec]:
    """A goal: what, why, how it is measured, when, and its steps."""
    fields = [
        FieldSpec("title", QCoreApplication.translate("growth_forms", "&Goal")),
        FieldSpec("why", QCoreApplication.translate("growth_forms", "&Why it matters"), Kind.TEXT),
        FieldSpec("measure", QCoreApplication.translate("growth_forms", "How I'll &measure it")),
        FieldSpec(
            "target",
            QCoreApplication.translate("growth_forms", "&Target"),
            hint=QCoreApplication.translate(
                "growth_forms", "For example: 3 times a week, or 30 days."
            ),
        ),
        FieldSpec("due", QCoreApplication.translate("growth_forms", "&Due by"), Kind.DATE),
        FieldSpec(
            "horizon",
            QCoreApplication.translate("growth_forms", "&Horizon"),
            Kind.CHOICE,
            [(h, enum_label(h)) for h in Horizon],
        ),
        FieldSpec(
            "goal_type",
            QCoreApplication.translate("growth_forms", "T&ype"),
            Kind.CHOICE,
            [(t, enum_label(t)) for t in GoalType],
        ),
        FieldSpec(
            "steps",
            QCoreApplication.translate("growth_forms", "&Steps"),
            Kind.TEXT,
            hint=translate(
                "growth_forms",
                "One step per line. Tick steps off in the Goals tab ([x] marks a done step).",
            ),
        ),
        FieldSpec(
            "status",
            QCoreApplication.translate("growth_forms", "Stat&us"),
            Kind.CHOICE,
            [(s, enum_label(s)) for s in GoalStatus],
        ),
    ]
    if not adjusting:
        fields.append(
            FieldSpec(
                "proposed_by",
                QCoreApplication.translate("growth_forms", "&Proposed by"),
                Kind.CHOICE,
                [
                    (Owner.MENTEE, QCoreApplication.translate("growth_forms", "Me")),
                    (Owner.MENTOR, QCoreApplication.translate("growth_forms", "My mentor")),
                ],
            )
        )
        fields.append(share_field())
    return fields


def progress_fields() -> list[FieldSpec]:
    """A progress note on a goal."""
    return [
        FieldSpec("note", QCoreApplication.translate("growth_forms", "&How it went"), Kind.TEXT),
        FieldSpec("day", QCoreApplication.translate("growth_forms", "&Date"), Kind.DATE),
        share_field(),
    ]


def learning_fields(goals: Sequence[Goal]) -> list[FieldSpec]:
    """An entry of the learning and community log."""
    goal_choices = [
        (None, QCoreApplication.translate("growth_forms", "No goal")),
        *((g.id, g.title) for g in goals),
    ]
    return [
        FieldSpec("title", QCoreApplication.translate("growth_forms", "&What")),
        FieldSpec(
            "kind",
            QCoreApplication.translate("growth_forms", "&Kind"),
            Kind.CHOICE,
            [(k, enum_label(k)) for k in LearningKind],
        ),
        FieldSpec("day", QCoreApplication.translate("growth_forms", "&Date"), Kind.DATE),
        FieldSpec("notes", QCoreApplication.translate("growth_forms", "&Notes"), Kind.TEXT),
        FieldSpec(
            "goal_id",
            QCoreApplication.translate("growth_forms", "&Goal it helps with"),
            Kind.CHOICE,
            goal_choices,
        ),
        FieldSpec(
            "repeats",
            QCoreApplication.translate("growth_forms", "&Repeats"),
            Kind.CHOICE,
            [(r, enum_label(r)) for r in Repeat],
            hint=QCoreApplication.translate(
                "growth_forms", "For a regular meeting or group: it shows when it is on next."
            ),
        ),
        share_field(),
    ]


def question_fields() -> list[FieldSpec]:
    """A self-assessment question the pair adds."""
    return [
        FieldSpec(
            "text",
            QCoreApplication.translate("growth_forms", "&Question"),
            hint=QCoreApplication.translate(
                "growth_forms", "Something you can answer from 1 (not at all) to 6 (completely)."
            ),
        ),
        FieldSpec(
            "active", QCoreApplication.translate("growth_forms", "Ask this question"), Kind.FLAG
        ),
    ]
