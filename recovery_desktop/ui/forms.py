"""The fields of each record's form, in the order a person fills them in."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from recovery_desktop.domain.plan import (
    ContactRole,
    CopingKind,
    CopingStrategy,
    Stage,
    SupportContact,
    WarningSign,
)
from recovery_desktop.domain.triggers import MAX_INTENSITY, Outcome, Risk, Trigger, TriggerCategory
from recovery_desktop.ui.i18n import enum_label, translate
from recovery_desktop.ui.widgets.record_form import FieldSpec, Kind


def share_field() -> FieldSpec:
    """The "share with my mentor" switch every shareable record has."""
    return FieldSpec("shared", translate("forms", "Share with my mentor"), Kind.FLAG)


def _none_in_plan(kind: str) -> str:
    match kind:
        case "signs":
            return translate(
                "forms", "No warning signs yet: add them in the Plan tab, then link them here."
            )
        case "coping":
            return translate(
                "forms", "No coping strategies yet: add them in the Plan tab, then link them here."
            )
    return translate("forms", "No supporters yet: add them in the Plan tab, then link them here.")


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
        FieldSpec("name", QCoreApplication.translate("forms", "&Trigger")),
        FieldSpec(
            "category",
            QCoreApplication.translate("forms", "&Kind"),
            Kind.CHOICE,
            [(c, enum_label(c)) for c in TriggerCategory],
        ),
        FieldSpec(
            "risk",
            QCoreApplication.translate("forms", "&Risk"),
            Kind.CHOICE,
            [(r, enum_label(r)) for r in Risk],
        ),
        FieldSpec(
            "description", QCoreApplication.translate("forms", "&What it is like"), Kind.TEXT
        ),
        FieldSpec("avoid", QCoreApplication.translate("forms", "How I &avoid it"), Kind.TEXT),
        FieldSpec(
            "escape", QCoreApplication.translate("forms", "How I get a&way from it"), Kind.TEXT
        ),
        FieldSpec("cope", QCoreApplication.translate("forms", "How I &cope if I can't"), Kind.TEXT),
        FieldSpec(
            "warning_sign_ids",
            QCoreApplication.translate("forms", "&Warning signs it sets off"),
            Kind.LINKS,
            _options(signs),
            empty_hint=_none_in_plan("signs"),
        ),
        FieldSpec(
            "coping_ids",
            QCoreApplication.translate("forms", "C&oping that helps"),
            Kind.LINKS,
            _options(coping),
            empty_hint=_none_in_plan("coping"),
        ),
        FieldSpec(
            "contact_ids",
            QCoreApplication.translate("forms", "W&ho I contact"),
            Kind.LINKS,
            _options(contacts),
            empty_hint=_none_in_plan("supporters"),
        ),
        share_field(),
    ]


def encounter_fields(
    triggers: Sequence[Trigger], coping: Sequence[CopingStrategy]
) -> list[FieldSpec]:
    """The urge log: quick to fill in by keyboard."""
    return [
        FieldSpec(
            "trigger_ids",
            QCoreApplication.translate("forms", "&Triggers"),
            Kind.LINKS,
            _options(triggers),
            hint=QCoreApplication.translate("forms", "Space ticks the highlighted one."),
        ),
        FieldSpec(
            "intensity",
            QCoreApplication.translate("forms", "&Intensity"),
            Kind.NUMBER,
            minimum=0,
            maximum=MAX_INTENSITY,
            hint=QCoreApplication.translate(
                "forms", "0 is barely there, 10 is the strongest urge you know."
            ),
        ),
        FieldSpec(
            "duration_minutes",
            QCoreApplication.translate("forms", "How &long it lasted"),
            Kind.OPTIONAL_NUMBER,
            minimum=0,
            maximum=24 * 60,
            suffix=QCoreApplication.translate("forms", " min"),
        ),
        FieldSpec(
            "thoughts", QCoreApplication.translate("forms", "T&houghts and feelings"), Kind.TEXT
        ),
        FieldSpec(
            "coping_ids",
            QCoreApplication.translate("forms", "&Coping I used"),
            Kind.LINKS,
            _options(coping),
            empty_hint=_none_in_plan("coping"),
        ),
        FieldSpec(
            "outcome",
            QCoreApplication.translate("forms", "How it &ended"),
            Kind.CHOICE,
            [(o, enum_label(o)) for o in Outcome],
        ),
        # Last but one: it defaults to now, and Tab steps through its day, month and time.
        FieldSpec("occurred_at", QCoreApplication.translate("forms", "&When"), Kind.DATETIME),
        FieldSpec("note", QCoreApplication.translate("forms", "&Note"), Kind.TEXT),
        share_field(),
    ]


def warning_sign_fields() -> list[FieldSpec]:
    """A warning sign."""
    return [
        FieldSpec("title", QCoreApplication.translate("forms", "&Warning sign")),
        FieldSpec(
            "stage",
            QCoreApplication.translate("forms", "&Stage"),
            Kind.CHOICE,
            [(s, enum_label(s)) for s in Stage],
        ),
        FieldSpec("action", QCoreApplication.translate("forms", "What I will &do"), Kind.TEXT),
        FieldSpec(
            "last_time",
            QCoreApplication.translate("forms", "What it looked like &last time"),
            Kind.TEXT,
        ),
        share_field(),
    ]


def coping_fields() -> list[FieldSpec]:
    """A coping strategy."""
    return [
        FieldSpec("title", QCoreApplication.translate("forms", "&Coping strategy")),
        FieldSpec(
            "kind",
            QCoreApplication.translate("forms", "&Kind"),
            Kind.CHOICE,
            [(k, enum_label(k)) for k in CopingKind],
        ),
        FieldSpec(
            "steps",
            QCoreApplication.translate("forms", "&Steps"),
            Kind.TEXT,
            hint=QCoreApplication.translate("forms", "One step per line."),
        ),
        share_field(),
    ]


def contact_fields() -> list[FieldSpec]:
    """A supporter on the ladder."""
    return [
        FieldSpec("name", QCoreApplication.translate("forms", "&Name")),
        FieldSpec(
            "role",
            QCoreApplication.translate("forms", "&Role"),
            Kind.CHOICE,
            [(r, enum_label(r)) for r in ContactRole],
        ),
        FieldSpec("phone", QCoreApplication.translate("forms", "&Phone")),
        FieldSpec("email", QCoreApplication.translate("forms", "&Email")),
        FieldSpec(
            "hours",
            QCoreApplication.translate("forms", "When to &contact"),
            hint=QCoreApplication.translate("forms", "For example: weekdays 8–10 pm."),
        ),
        FieldSpec("will_do", QCoreApplication.translate("forms", "What they will &do"), Kind.TEXT),
        share_field(),
    ]
