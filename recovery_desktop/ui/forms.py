"""The fields of each record's form, in the order a person fills them in."""

from __future__ import annotations

from collections.abc import Sequence

from recovery_desktop.domain.plan import (
    ContactRole,
    CopingKind,
    CopingStrategy,
    Stage,
    SupportContact,
    WarningSign,
)
from recovery_desktop.domain.triggers import MAX_INTENSITY, Outcome, Risk, Trigger, TriggerCategory
from recovery_desktop.ui.widgets.record_form import FieldSpec, Kind

SHARE = FieldSpec("shared", "Share with my mentor", Kind.FLAG)
_IN_PLAN = "No {} yet: add them in the Plan tab, then link them here."


def _options(
    records: Sequence[WarningSign | CopingStrategy | SupportContact | Trigger],
) -> list[tuple[str, str]]:
    labels = []
    for record in records:
        label = getattr(record, "title", None) or getattr(record, "name", "")
        labels.append((record.id, label))
    return labels


def trigger_fields(
    signs: Sequence[WarningSign],
    coping: Sequence[CopingStrategy],
    contacts: Sequence[SupportContact],
) -> list[FieldSpec]:
    """A trigger and its if-then plan, with its links."""
    return [
        FieldSpec("name", "&Trigger"),
        FieldSpec("category", "&Kind", Kind.CHOICE, [(c, c.label) for c in TriggerCategory]),
        FieldSpec("risk", "&Risk", Kind.CHOICE, [(r, r.label) for r in Risk]),
        FieldSpec("description", "&What it is like", Kind.TEXT),
        FieldSpec("avoid", "How I &avoid it", Kind.TEXT),
        FieldSpec("escape", "How I get a&way from it", Kind.TEXT),
        FieldSpec("cope", "How I &cope if I can't", Kind.TEXT),
        FieldSpec(
            "warning_sign_ids",
            "&Warning signs it sets off",
            Kind.LINKS,
            _options(signs),
            empty_hint=_IN_PLAN.format("warning signs"),
        ),
        FieldSpec(
            "coping_ids",
            "C&oping that helps",
            Kind.LINKS,
            _options(coping),
            empty_hint=_IN_PLAN.format("coping strategies"),
        ),
        FieldSpec(
            "contact_ids",
            "W&ho I contact",
            Kind.LINKS,
            _options(contacts),
            empty_hint=_IN_PLAN.format("supporters"),
        ),
        SHARE,
    ]


def encounter_fields(
    triggers: Sequence[Trigger], coping: Sequence[CopingStrategy]
) -> list[FieldSpec]:
    """The urge log: quick to fill in by keyboard."""
    return [
        FieldSpec(
            "trigger_ids",
            "&Triggers",
            Kind.LINKS,
            _options(triggers),
            hint="Space ticks the highlighted one.",
        ),
        FieldSpec(
            "intensity",
            "&Intensity",
            Kind.NUMBER,
            minimum=0,
            maximum=MAX_INTENSITY,
            hint="0 is barely there, 10 is the strongest urge you know.",
        ),
        FieldSpec(
            "duration_minutes",
            "How &long it lasted",
            Kind.OPTIONAL_NUMBER,
            minimum=0,
            maximum=24 * 60,
            suffix=" min",
        ),
        FieldSpec("thoughts", "T&houghts and feelings", Kind.TEXT),
        FieldSpec(
            "coping_ids",
            "&Coping I used",
            Kind.LINKS,
            _options(coping),
            empty_hint=_IN_PLAN.format("coping strategies"),
        ),
        FieldSpec("outcome", "How it &ended", Kind.CHOICE, [(o, o.label) for o in Outcome]),
        # Last but one: it defaults to now, and Tab steps through its day, month and time.
        FieldSpec("occurred_at", "&When", Kind.DATETIME),
        FieldSpec("note", "&Note", Kind.TEXT),
        SHARE,
    ]


def warning_sign_fields() -> list[FieldSpec]:
    """A warning sign."""
    return [
        FieldSpec("title", "&Warning sign"),
        FieldSpec("stage", "&Stage", Kind.CHOICE, [(s, s.label) for s in Stage]),
        FieldSpec("action", "What I will &do", Kind.TEXT),
        FieldSpec("last_time", "What it looked like &last time", Kind.TEXT),
        SHARE,
    ]


def coping_fields() -> list[FieldSpec]:
    """A coping strategy."""
    return [
        FieldSpec("title", "&Coping strategy"),
        FieldSpec("kind", "&Kind", Kind.CHOICE, [(k, k.label) for k in CopingKind]),
        FieldSpec("steps", "&Steps", Kind.TEXT, hint="One step per line."),
        SHARE,
    ]


def contact_fields() -> list[FieldSpec]:
    """A supporter on the ladder."""
    return [
        FieldSpec("name", "&Name"),
        FieldSpec("role", "&Role", Kind.CHOICE, [(r, r.label) for r in ContactRole]),
        FieldSpec("phone", "&Phone"),
        FieldSpec("email", "&Email"),
        FieldSpec("hours", "When to &contact", hint="For example: weekdays 8–10 pm."),
        FieldSpec("will_do", "What they will &do", Kind.TEXT),
        SHARE,
    ]
