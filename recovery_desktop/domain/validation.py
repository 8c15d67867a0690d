"""What makes a record acceptable. One message per problem, naming the field."""

from __future__ import annotations

import datetime as dt

from recovery_desktop.domain.assessment import (
    SCALE_MAX,
    SCALE_MIN,
    AssessmentQuestion,
    SelfAssessment,
)
from recovery_desktop.domain.checkins import (
    CRAVING_MAX,
    MOOD_MAX,
    MOOD_MIN,
    SLEEP_MAX,
    CheckIn,
)
from recovery_desktop.domain.errors import ValidationError
from recovery_desktop.domain.feedback import Comment, Recognition, SessionNote, Suggestion
from recovery_desktop.domain.goals import Goal, GoalUpdate, UpdateKind
from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.journal import JournalEntry
from recovery_desktop.domain.learning import LearningEntry
from recovery_desktop.domain.plan import CopingStrategy, Plan, SupportContact, WarningSign
from recovery_desktop.domain.records import Record
from recovery_desktop.domain.triggers import MAX_INTENSITY, Encounter, Trigger

MAX_TITLE = 200
MAX_TEXT = 20_000
#: An urge logged a little ahead (a clock off, a time zone crossed) is fine; next week is not.
FUTURE_SLACK = dt.timedelta(hours=24)
#: A day one ahead of this computer's date is fine (the other side of a date line).
FUTURE_DAYS = dt.timedelta(days=1)
_KEEP_UNDER = QT_TRANSLATE_NOOP("validation", "Please keep this under {count} characters.")


def _title(field: str, value: str) -> None:
    if not value.strip():
        raise ValidationError(field, QT_TRANSLATE_NOOP("validation", "Please give it a name."))
    if len(value) > MAX_TITLE:
        raise ValidationError(field, _KEEP_UNDER, count=MAX_TITLE)


def _texts(record: Record, *fields: str) -> None:
    for field in fields:
        if len(getattr(record, field)) > MAX_TEXT:
            raise ValidationError(field, _KEEP_UNDER, count=MAX_TEXT)


def _not_ahead(field: str, day: dt.date, now: dt.datetime | None) -> None:
    # The person's local date, never UTC's: a check-in at 23:30 is for today.
    today = (now or dt.datetime.now(dt.UTC)).astimezone().date()
    if day > today + FUTURE_DAYS:
        raise ValidationError(field, QT_TRANSLATE_NOOP("validation", "That day hasn't come yet."))


def _mood(mood: int | None) -> None:
    if mood is not None and not MOOD_MIN <= mood <= MOOD_MAX:
        raise ValidationError(
            "mood",
            QT_TRANSLATE_NOOP("validation", "Mood goes from {low} to {high}."),
            low=MOOD_MIN,
            high=MOOD_MAX,
        )


def _validate_growth(record: Record, now: dt.datetime | None) -> None:
    """Goals, check-ins, self-assessments, the journal and the learning log."""
    match record:
        case Goal():
            _title("title", record.title)
            _texts(record, "why", "measure", "target", "steps")
        case GoalUpdate():
            if record.kind is UpdateKind.PROGRESS and not record.note.strip():
                raise ValidationError(
                    "note",
                    QT_TRANSLATE_NOOP("validation", "Please write a few words about how it went."),
                )
            _not_ahead("day", record.day, now)
            _texts(record, "note", "changed", "why")
        case CheckIn():
            _mood(record.mood)
            if not 0 <= record.craving <= CRAVING_MAX:
                raise ValidationError(
                    "craving",
                    QT_TRANSLATE_NOOP("validation", "Craving goes from 0 to {high}."),
                    high=CRAVING_MAX,
                )
            if record.sleep_hours is not None and not 0 <= record.sleep_hours <= SLEEP_MAX:
                raise ValidationError(
                    "sleep_hours",
                    QT_TRANSLATE_NOOP("validation", "Please give hours between 0 and 24."),
                )
            _not_ahead("day", record.day, now)
            _texts(record, "slip_note", "grateful", "support_action", "note")
        case SelfAssessment():
            if not record.answers:
                raise ValidationError(
                    "answers",
                    QT_TRANSLATE_NOOP("validation", "Please answer at least one question."),
                )
            if any(not SCALE_MIN <= score <= SCALE_MAX for _key, score in record.answers):
                raise ValidationError(
                    "answers",
                    QT_TRANSLATE_NOOP("validation", "Answers go from {low} to {high}."),
                    low=SCALE_MIN,
                    high=SCALE_MAX,
                )
            _not_ahead("day", record.day, now)
            _texts(record, "note")
        case AssessmentQuestion():
            _title("text", record.text)
        case JournalEntry():
            if not record.title.strip() and not record.body.strip():
                raise ValidationError(
                    "body", QT_TRANSLATE_NOOP("validation", "Please write something first.")
                )
            if len(record.title) > MAX_TITLE:
                raise ValidationError("title", _KEEP_UNDER, count=MAX_TITLE)
            _mood(record.mood)
            _texts(record, "body")
        case LearningEntry():
            _title("title", record.title)
            _texts(record, "notes")


def _validate_feedback(record: Record) -> None:
    """The mentor's comments, recognitions, suggestions and session notes."""
    match record:
        case Comment() | Recognition():
            if not record.text.strip():
                raise ValidationError(
                    "text", QT_TRANSLATE_NOOP("validation", "Please write something first.")
                )
            _texts(record, "text")
        case Suggestion():
            _title("title", record.title)
            _texts(record, "detail")
        case SessionNote():
            if not record.notes.strip() and not record.agreed_actions.strip():
                raise ValidationError(
                    "notes",
                    QT_TRANSLATE_NOOP("validation", "Please write a few words about the session."),
                )
            if record.next_session is not None and record.next_session < record.day:
                raise ValidationError(
                    "next_session",
                    QT_TRANSLATE_NOOP("validation", "The next session comes after this one."),
                )
            _texts(record, "notes", "agreed_actions")


def validate(record: Record, now: dt.datetime | None = None) -> None:
    """Raise ValidationError for the first problem in ``record``."""
    _validate_growth(record, now)
    _validate_feedback(record)
    match record:
        case Trigger():
            _title("name", record.name)
            _texts(record, "description", "avoid", "escape", "cope")
        case Encounter():
            if not 0 <= record.intensity <= MAX_INTENSITY:
                raise ValidationError(
                    "intensity",
                    QT_TRANSLATE_NOOP("validation", "Intensity goes from 0 to {high}."),
                    high=MAX_INTENSITY,
                )
            if record.duration_minutes is not None and not 0 <= record.duration_minutes <= 24 * 60:
                raise ValidationError(
                    "duration_minutes",
                    QT_TRANSLATE_NOOP("validation", "Please give a duration under a day."),
                )
            if record.occurred_at.tzinfo is None:
                raise ValueError("occurred_at must be timezone-aware")
            if record.occurred_at > (now or dt.datetime.now(dt.UTC)) + FUTURE_SLACK:
                raise ValidationError(
                    "occurred_at", QT_TRANSLATE_NOOP("validation", "That time is in the future.")
                )
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
                raise ValidationError(
                    "next_review",
                    QT_TRANSLATE_NOOP("validation", "The next review comes after the last one."),
                )
