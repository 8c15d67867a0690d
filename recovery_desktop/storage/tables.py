"""The vault's tables, as typed SQLAlchemy 2 models.

Every exchangeable record shares the columns of ``RecordMixin``; exchange and merge rely
on them (``id``, ``rev`` and the ``deleted_at`` tombstone).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, DateTime, Float, Index, Integer, String, Text, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from recovery_desktop.domain.profile import Owner, Role


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC timestamp; naive datetimes are refused, not guessed."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        """Store as naive UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        """Read back as aware UTC."""
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC)


def utc_now() -> dt.datetime:
    """The current time in UTC."""
    return dt.datetime.now(dt.UTC)


def new_id() -> str:
    """A new record id."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    """Declarative base of every table."""


class RecordMixin:
    """Columns every exchangeable record carries."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    owner: Mapped[str] = mapped_column(String(8), default=Owner.MENTEE.value)
    rev: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)

    def touch(self) -> None:
        """Record a change: bump ``rev`` and ``updated_at``."""
        self.rev += 1
        self.updated_at = utc_now()


class Profile(Base):
    """The one row that says whose vault this is."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    role: Mapped[str] = mapped_column(String(8), default=Role.MENTEE.value)
    display_name: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class JournalEntryRow(RecordMixin, Base):
    """A dated journal entry; private unless the mentee shares it."""

    __tablename__ = "journal_entry"
    __table_args__ = (Index("ix_journal_entry_date", "entry_date"),)

    entry_date: Mapped[dt.date] = mapped_column()
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    mood: Mapped[int | None] = mapped_column(Integer, default=None)
    shared: Mapped[bool] = mapped_column(default=False)


class TriggerRow(RecordMixin, Base):
    """A trigger and its if-then plan (``*_ids`` hold links as JSON lists of ids)."""

    __tablename__ = "trigger"

    name: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(16))
    risk: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    avoid: Mapped[str] = mapped_column(Text, default="")
    escape: Mapped[str] = mapped_column(Text, default="")
    cope: Mapped[str] = mapped_column(Text, default="")
    warning_sign_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    coping_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    contact_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    shared: Mapped[bool] = mapped_column(default=True)


class EncounterRow(RecordMixin, Base):
    """One urge-log entry."""

    __tablename__ = "encounter"
    __table_args__ = (Index("ix_encounter_occurred_at", "occurred_at"),)

    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    trigger_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    intensity: Mapped[int] = mapped_column(Integer)
    duration_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    thoughts: Mapped[str] = mapped_column(Text, default="")
    coping_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    outcome: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    shared: Mapped[bool] = mapped_column(default=True)


class WarningSignRow(RecordMixin, Base):
    """A warning sign."""

    __tablename__ = "warning_sign"

    title: Mapped[str] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(Text, default="")
    last_time: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    shared: Mapped[bool] = mapped_column(default=True)


class CopingStrategyRow(RecordMixin, Base):
    """A coping strategy."""

    __tablename__ = "coping_strategy"

    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(24))
    steps: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    shared: Mapped[bool] = mapped_column(default=True)


class SupportContactRow(RecordMixin, Base):
    """A rung of the support ladder."""

    __tablename__ = "support_contact"

    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16))
    phone: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    hours: Mapped[str] = mapped_column(Text, default="")
    will_do: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    shared: Mapped[bool] = mapped_column(default=True)


class PlanRow(RecordMixin, Base):
    """The plan's text sections (one live row)."""

    __tablename__ = "plan"

    reasons: Mapped[str] = mapped_column(Text, default="")
    routine: Mapped[str] = mapped_column(Text, default="")
    lapse_plan: Mapped[str] = mapped_column(Text, default="")
    crisis_steps: Mapped[str] = mapped_column(Text, default="")
    safer_environment: Mapped[str] = mapped_column(Text, default="")
    check_in_rhythm: Mapped[str] = mapped_column(Text, default="")
    contact_hours: Mapped[str] = mapped_column(Text, default="")
    mentor_unreachable: Mapped[str] = mapped_column(Text, default="")
    kept_where: Mapped[str] = mapped_column(Text, default="")
    reviewed_on: Mapped[dt.date | None] = mapped_column(default=None)
    next_review: Mapped[dt.date | None] = mapped_column(default=None)
    printed_comment_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    shared: Mapped[bool] = mapped_column(default=True)


class PlanVersionRow(RecordMixin, Base):
    """A reviewed-together snapshot of the plan."""

    __tablename__ = "plan_version"

    number: Mapped[int] = mapped_column(Integer)
    reviewed_on: Mapped[dt.date] = mapped_column()
    note: Mapped[str] = mapped_column(Text, default="")
    snapshot: Mapped[str] = mapped_column(Text)


# --- goals, check-ins, self-assessment, learning and milestones (schema 0003) --------------


class GoalRow(RecordMixin, Base):
    """A goal; ``steps`` is text, one step a line, ``[x]`` in front of a done one."""

    __tablename__ = "goal"

    title: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text, default="")
    measure: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[dt.date | None] = mapped_column(default=None)
    horizon: Mapped[str] = mapped_column(String(16))
    goal_type: Mapped[str] = mapped_column(String(16))
    steps: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))
    proposed_by: Mapped[str] = mapped_column(String(8))
    done_on: Mapped[dt.date | None] = mapped_column(default=None)
    shared: Mapped[bool] = mapped_column(default=True)


class GoalUpdateRow(RecordMixin, Base):
    """A dated progress note on a goal, or an adjustment with what changed and why."""

    __tablename__ = "goal_update"
    __table_args__ = (Index("ix_goal_update_goal_id", "goal_id"),)

    goal_id: Mapped[str] = mapped_column(String(36))
    day: Mapped[dt.date] = mapped_column()
    kind: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    changed: Mapped[str] = mapped_column(Text, default="")
    why: Mapped[str] = mapped_column(Text, default="")
    shared: Mapped[bool] = mapped_column(default=True)


class CheckInRow(RecordMixin, Base):
    """One day's check-in; ``day`` is the person's local calendar date."""

    __tablename__ = "check_in"
    __table_args__ = (Index("ix_check_in_day", "day"),)

    day: Mapped[dt.date] = mapped_column()
    mood: Mapped[int] = mapped_column(Integer)
    craving: Mapped[int] = mapped_column(Integer)
    use: Mapped[str] = mapped_column(String(16))
    slip_note: Mapped[str] = mapped_column(Text, default="")
    hungry: Mapped[bool] = mapped_column(default=False)
    angry: Mapped[bool] = mapped_column(default=False)
    lonely: Mapped[bool] = mapped_column(default=False)
    tired: Mapped[bool] = mapped_column(default=False)
    sleep_hours: Mapped[float | None] = mapped_column(Float, default=None)
    grateful: Mapped[str] = mapped_column(Text, default="")
    support_action: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    sharing: Mapped[str] = mapped_column(String(16))


class CheckInAuditRow(RecordMixin, Base):
    """A change to a past day's check-in."""

    __tablename__ = "check_in_audit"
    __table_args__ = (Index("ix_check_in_audit_day", "day"),)

    checkin_id: Mapped[str] = mapped_column(String(36))
    day: Mapped[dt.date] = mapped_column()
    made_on: Mapped[dt.date] = mapped_column()
    action: Mapped[str] = mapped_column(String(16))
    changes: Mapped[str] = mapped_column(Text, default="")
    shared: Mapped[bool] = mapped_column(default=True)


class AssessmentQuestionRow(RecordMixin, Base):
    """A self-assessment question the pair added."""

    __tablename__ = "assessment_question"

    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(default=True)
    shared: Mapped[bool] = mapped_column(default=True)


class SelfAssessmentRow(RecordMixin, Base):
    """A self-assessment; ``answers`` is a JSON list of [question key, score] pairs."""

    __tablename__ = "self_assessment"

    day: Mapped[dt.date] = mapped_column()
    answers: Mapped[list[list[str | int]]] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    shared: Mapped[bool] = mapped_column(default=True)


class LearningEntryRow(RecordMixin, Base):
    """An entry of the learning and community log."""

    __tablename__ = "learning_entry"

    kind: Mapped[str] = mapped_column(String(16))
    day: Mapped[dt.date] = mapped_column()
    title: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")
    goal_id: Mapped[str | None] = mapped_column(String(36), default=None)
    repeats: Mapped[str] = mapped_column(String(16))
    shared: Mapped[bool] = mapped_column(default=True)


class MilestoneRow(RecordMixin, Base):
    """A milestone reached, and whether it has been celebrated."""

    __tablename__ = "milestone"

    kind: Mapped[str] = mapped_column(String(16))
    threshold: Mapped[int] = mapped_column(Integer)
    reached_on: Mapped[dt.date] = mapped_column()
    celebrated: Mapped[bool] = mapped_column(default=False)
    shared: Mapped[bool] = mapped_column(default=True)


# --- the mentor exchange (schema 0004) ---------------------------------------------------


class CommentRow(RecordMixin, Base):
    """The mentor's comment on one of the mentee's items."""

    __tablename__ = "comment"
    __table_args__ = (Index("ix_comment_about_id", "about_id"),)

    pair_id: Mapped[str] = mapped_column(String(36))
    about_type: Mapped[str] = mapped_column(String(32))
    about_id: Mapped[str] = mapped_column(String(36))
    text: Mapped[str] = mapped_column(Text)


class RecognitionRow(RecordMixin, Base):
    """A strength noticed or a win celebrated by the mentor."""

    __tablename__ = "recognition"

    pair_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(16))
    day: Mapped[dt.date] = mapped_column()
    text: Mapped[str] = mapped_column(Text)


class SuggestionRow(RecordMixin, Base):
    """A goal or coping strategy suggested by the mentor."""

    __tablename__ = "suggestion"

    pair_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text)
    detail: Mapped[str] = mapped_column(Text, default="")


class SessionNoteRow(RecordMixin, Base):
    """The notes of one session, with the actions agreed."""

    __tablename__ = "session_note"

    pair_id: Mapped[str] = mapped_column(String(36))
    day: Mapped[dt.date] = mapped_column()
    notes: Mapped[str] = mapped_column(Text, default="")
    agreed_actions: Mapped[str] = mapped_column(Text, default="")
    next_session: Mapped[dt.date | None] = mapped_column(default=None)


class SuggestionAnswerRow(RecordMixin, Base):
    """The mentee's answer to a suggestion."""

    __tablename__ = "suggestion_answer"

    suggestion_id: Mapped[str] = mapped_column(String(36))
    accepted: Mapped[bool] = mapped_column()
    copy_id: Mapped[str | None] = mapped_column(String(36), default=None)
    shared: Mapped[bool] = mapped_column(default=True)


class PairRow(Base):
    """One mentee–mentor pair: our own keys for it and, once known, the other side's.

    The mentee's vault has one; the mentor's has one per mentee. Secret keys live only
    here, inside the encrypted vault.
    """

    __tablename__ = "pair"

    pair_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    peer_name: Mapped[str] = mapped_column(Text, default="")
    own_age_identity: Mapped[str] = mapped_column(Text)
    own_signing_key: Mapped[str] = mapped_column(String(64))
    peer_age_recipient: Mapped[str | None] = mapped_column(Text, default=None)
    peer_verify_key: Mapped[str | None] = mapped_column(String(64), default=None)
    sent_sequence: Mapped[int] = mapped_column(Integer, default=0)
    received_sequence: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class ExchangeLogRow(Base):
    """One file written or imported: when, what, and the file's SHA-256."""

    __tablename__ = "exchange_log"
    __table_args__ = (Index("ix_exchange_log_pair", "pair_id", "direction"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    pair_id: Mapped[str] = mapped_column(String(36))
    direction: Mapped[str] = mapped_column(String(8))  # "sent" or "received"
    kind: Mapped[str] = mapped_column(String(16))  # "share" or "feedback"
    mode: Mapped[str] = mapped_column(String(16))  # "passphrase" or "paired"
    sequence: Mapped[int] = mapped_column(Integer)
    file_created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    logged_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    sha256: Mapped[str] = mapped_column(String(64))
    contents: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class MenteeRecordRow(Base):
    """A mentee's record as the mentor holds it: merged from every share, by ``rev``."""

    __tablename__ = "mentee_record"
    __table_args__ = (Index("ix_mentee_record_type", "pair_id", "record_type"),)

    pair_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_type: Mapped[str] = mapped_column(String(32))
    rev: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class ReceivedShareRow(Base):
    """A share as it arrived (its records), kept so the mentor can compare sessions."""

    __tablename__ = "received_share"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    pair_id: Mapped[str] = mapped_column(String(36), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    records: Mapped[dict[str, Any]] = mapped_column(JSON)
