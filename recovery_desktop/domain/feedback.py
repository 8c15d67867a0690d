"""What the mentor gives back: comments, recognitions, suggestions and session notes.

These records are owned by the mentor and arrive in feedback files; the mentee's app
never edits them. The mentee answers a suggestion with a ``SuggestionAnswer`` of their
own, and accepting one makes a mentee-owned copy (a goal or a coping strategy).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from recovery_desktop.domain.profile import Owner
from recovery_desktop.domain.records import Record


class RecognitionKind(enum.StrEnum):
    """A strength the mentor noticed, or a win they celebrate."""

    STRENGTH = "strength"
    WIN = "win"


class SuggestionKind(enum.StrEnum):
    """What a suggestion would become if the mentee accepts it."""

    GOAL = "goal"
    COPING = "coping"


@dataclass(frozen=True, kw_only=True)
class MentorRecord(Record):
    """A record written by the mentor, for the mentee of one pair."""

    owner: Owner = Owner.MENTOR
    pair_id: str = ""


@dataclass(frozen=True, kw_only=True)
class Comment(MentorRecord):
    """The mentor's comment on one of the mentee's items (``about_type`` as in the file)."""

    about_type: str
    about_id: str
    text: str


@dataclass(frozen=True, kw_only=True)
class Recognition(MentorRecord):
    """A strength noticed or a win celebrated."""

    kind: RecognitionKind = RecognitionKind.STRENGTH
    day: dt.date
    text: str


@dataclass(frozen=True, kw_only=True)
class Suggestion(MentorRecord):
    """A goal or coping strategy the mentor suggests; the mentee decides."""

    kind: SuggestionKind = SuggestionKind.GOAL
    title: str
    detail: str = ""


@dataclass(frozen=True, kw_only=True)
class SessionNote(MentorRecord):
    """Notes of one session with the actions agreed and the next session's date."""

    day: dt.date
    notes: str = ""
    agreed_actions: str = ""
    next_session: dt.date | None = None


@dataclass(frozen=True, kw_only=True)
class SuggestionAnswer(Record):
    """The mentee's answer to a suggestion; ``copy_id`` is their own copy if accepted."""

    suggestion_id: str
    accepted: bool
    copy_id: str | None = None
    shared: bool = True


MENTOR_TYPES: tuple[type[MentorRecord], ...] = (Comment, Recognition, Suggestion, SessionNote)
