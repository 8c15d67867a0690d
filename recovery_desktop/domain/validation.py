"""What makes a record acceptable. One message per problem, naming the field."""

from __future__ import annotations

import datetime as dt

from recovery_desktop.domain.errors import ValidationError
from recovery_desktop.domain.plan import CopingStrategy, Plan, SupportContact, WarningSign
from recovery_desktop.domain.records import Record
from recovery_desktop.domain.triggers import MAX_INTENSITY, Encounter, Trigger

MAX_TITLE = 200
MAX_TEXT = 20_000
#: An urge logged a little ahead (a clock off, a time zone crossed) is fine; next week is not.
FUTURE_SLACK = dt.timedelta(hours=24)


def _title(field: str, value: str) -> None:
    if not value.strip():
        raise ValidationError(field, "Please give it a name.")
    if len(value) > MAX_TITLE:
        raise ValidationError(field, f"Please keep this under {MAX_TITLE} characters.")


def _texts(record: Record, *fields: str) -> None:
    for field in fields:
        if len(getattr(record, field)) > MAX_TEXT:
            raise ValidationError(field, f"Please keep this under {MAX_TEXT} characters.")


def validate(record: Record, now: dt.datetime | None = None) -> None:
    """Raise ValidationError for the first problem in ``record``."""
    match record:
        case Trigger():
            _title("name", record.name)
            _texts(record, "description", "avoid", "escape", "cope")
        case Encounter():
            if not 0 <= record.intensity <= MAX_INTENSITY:
                raise ValidationError("intensity", f"Intensity goes from 0 to {MAX_INTENSITY}.")
            if record.duration_minutes is not None and not 0 <= record.duration_minutes <= 24 * 60:
                raise ValidationError("duration_minutes", "Please give a duration under a day.")
            if record.occurred_at.tzinfo is None:
                raise ValueError("occurred_at must be timezone-aware")
            if record.occurred_at > (now or dt.datetime.now(dt.UTC)) + FUTURE_SLACK:
                raise ValidationError("occurred_at", "That time is in the future.")
            _texts(record, "thoughts", "note")
        case WarningSign():
            _title("title", record.title)
            _texts(record, "action", "last_time")
        case CopingStrategy():
            _title("title", record.title)
            _texts(record, "steps")
        case SupportContact():
            _title("name", record.name)
            _texts(record, "phone", "email", "hours", "will_do")
        case Plan():
            _texts(
                record,
                "reasons",
                "routine",
                "lapse_plan",
                "crisis_steps",
                "safer_environment",
                "check_in_rhythm",
                "contact_hours",
                "mentor_unreachable",
                "kept_where",
            )
            if (
                record.reviewed_on
                and record.next_review
                and record.next_review < record.reviewed_on
            ):
                raise ValidationError("next_review", "The next review comes after the last one.")
