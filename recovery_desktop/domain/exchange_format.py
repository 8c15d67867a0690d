"""The exchange file's payload: what a share or a feedback file contains, and its limits.

The payload is UTF-8 JSON::

    {"format": "recovery-desktop-exchange", "version": 1, "kind": "share" | "feedback",
     "pair_id": "<uuid>", "sender": {"role": "mentee" | "mentor", "name": "..."},
     "sequence": <n>, "keys": {"age_recipient": "age1...", "signing_key": "<hex>"},
     "contents": {...}, "created_at": "<ISO 8601>",
     "records": {"<type>": [<record>, ...], ...}}

``sequence`` counts the sender's files for the pair, so an older file cannot be replayed
over a newer one; ``keys`` are the sender's public keys, from which the pair is paired.

``schema()`` describes it as a JSON Schema (shipped in resources and checked on every
import); ``check_shape`` refuses absurd sizes and nesting before anything is parsed.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import types
import typing
from typing import Any

from recovery_desktop.domain.assessment import AssessmentQuestion, SelfAssessment
from recovery_desktop.domain.checkins import CheckIn
from recovery_desktop.domain.codec import base_type, field_types
from recovery_desktop.domain.feedback import (
    Comment,
    Recognition,
    SessionNote,
    Suggestion,
    SuggestionAnswer,
)
from recovery_desktop.domain.goals import Goal, GoalUpdate
from recovery_desktop.domain.journal import JournalEntry
from recovery_desktop.domain.learning import LearningEntry
from recovery_desktop.domain.milestones import Milestone
from recovery_desktop.domain.plan import (
    CopingStrategy,
    Plan,
    PlanVersion,
    SupportContact,
    WarningSign,
)
from recovery_desktop.domain.records import Record
from recovery_desktop.domain.triggers import Encounter, Trigger

FORMAT = "recovery-desktop-exchange"
VERSION = 1

#: Record types an exchange file may carry, by their name in the file.
RECORD_TYPES: dict[str, type[Record]] = {
    "trigger": Trigger,
    "encounter": Encounter,
    "warning_sign": WarningSign,
    "coping_strategy": CopingStrategy,
    "support_contact": SupportContact,
    "plan": Plan,
    "plan_version": PlanVersion,
    "journal_entry": JournalEntry,
    "goal": Goal,
    "goal_update": GoalUpdate,
    "check_in": CheckIn,
    "assessment_question": AssessmentQuestion,
    "self_assessment": SelfAssessment,
    "learning_entry": LearningEntry,
    "milestone": Milestone,
    "suggestion_answer": SuggestionAnswer,
    "comment": Comment,
    "recognition": Recognition,
    "suggestion": Suggestion,
    "session_note": SessionNote,
}
#: What each kind of file may carry: a share the mentee's records, feedback the mentor's.
FEEDBACK_TYPES = frozenset({"comment", "recognition", "suggestion", "session_note"})
SHARE_TYPES = frozenset(RECORD_TYPES) - FEEDBACK_TYPES
TYPE_NAMES: dict[type[Record], str] = {cls: name for name, cls in RECORD_TYPES.items()}

SHARE = "share"
FEEDBACK = "feedback"

MAX_PAYLOAD_BYTES = 64 * 1024 * 1024  # a hundred years of daily records fit well within
MAX_DEPTH = 8  # the format nests at most five levels
MAX_TEXT = 200_000  # plan versions carry a whole plan as JSON text
MAX_RECORDS_PER_TYPE = 500_000
MAX_LINKS = 1_000


class PayloadShapeError(ValueError):
    """The payload is too large or too deeply nested to be parsed safely."""


#: A JSON string (escapes included), and the brackets that nest.
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKETS = re.compile(rb"[\[\]{}]")


def check_shape(data: bytes) -> None:
    """Refuse a payload by size and nesting before parsing it (no recursion, one pass).

    Strings are blanked out first (their brackets are text), all in C, so a ten-year
    share is checked in milliseconds.
    """
    if len(data) > MAX_PAYLOAD_BYTES:
        raise PayloadShapeError(f"larger than {MAX_PAYLOAD_BYTES // (1024 * 1024)} MiB")
    depth = 0
    for bracket in _BRACKETS.finditer(_STRING.sub(b'""', data)):
        if bracket.group() in (b"[", b"{"):
            depth += 1
            if depth > MAX_DEPTH:
                raise PayloadShapeError(f"nested deeper than {MAX_DEPTH} levels")
        else:
            depth -= 1


def _field_schema(hint: Any) -> dict[str, Any]:
    optional = isinstance(hint, types.UnionType) and type(None) in typing.get_args(hint)
    hint = base_type(hint)
    schema: dict[str, Any]
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        values = [member.value for member in hint]
        schema = {"enum": values}
        if optional:
            schema = {"enum": [*values, None]}
        return schema
    if hint is bool:
        schema = {"type": "boolean"}
    elif hint is int:
        schema = {"type": "integer", "minimum": -(2**53), "maximum": 2**53}
    elif hint is float:
        schema = {"type": "number", "minimum": -1e15, "maximum": 1e15}
    elif hint is str:
        schema = {"type": "string", "maxLength": MAX_TEXT}
    elif hint is dt.datetime:
        schema = {"type": "string", "format": "date-time", "maxLength": 40}
    elif hint is dt.date:
        schema = {"type": "string", "format": "date", "maxLength": 10}
    elif typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        if typing.get_origin(item) is tuple:  # pairs such as (question id, answer)
            pair = [_field_schema(arg) for arg in typing.get_args(item)]
            items: dict[str, Any] = {
                "type": "array",
                "items": pair,  # draft 7's tuple form
                "additionalItems": False,
                "minItems": len(pair),
                "maxItems": len(pair),
            }
        else:
            items = {"type": "string", "maxLength": 64}
        schema = {"type": "array", "maxItems": MAX_LINKS, "items": items}
    else:  # pragma: no cover - a new field type must be described here first
        raise TypeError(f"no schema for {hint!r}")
    if optional:
        schema = {**schema, "type": [schema["type"], "null"]}
    return schema


def record_schema(cls: type[Record]) -> dict[str, Any]:
    """The JSON Schema of one record type (every field required, no others allowed)."""
    hints = field_types(cls)
    properties = {name: _field_schema(hint) for name, hint in hints.items()}
    properties["id"] = {"type": "string", "pattern": "^[0-9a-f-]{36}$"}
    properties["rev"] = {"type": "integer", "minimum": 1, "maximum": 2**53}
    return {
        "type": "object",
        "properties": properties,
        "required": sorted(hints),
        "additionalProperties": False,
    }


def schema() -> dict[str, Any]:
    """The JSON Schema of a whole payload."""
    return {
        # Draft 7: the newest draft a compiled validator (fastjsonschema) supports.
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "https://recovery-desktop.invalid/exchange.schema.json",
        "title": "Recovery Desktop exchange payload",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "version": {"type": "integer", "minimum": 1},
            "kind": {"enum": [SHARE, FEEDBACK]},
            "pair_id": {"type": "string", "pattern": "^[0-9a-f-]{36}$"},
            "sender": {
                "type": "object",
                "properties": {
                    "role": {"enum": ["mentee", "mentor"]},
                    "name": {"type": "string", "maxLength": 200},
                },
                "required": ["role", "name"],
                "additionalProperties": True,
            },
            "sequence": {"type": "integer", "minimum": 1, "maximum": 2**53},
            "keys": {
                "type": "object",
                "properties": {
                    "age_recipient": {"type": "string", "pattern": "^age1[02-9ac-hj-np-z]{58}$"},
                    "signing_key": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                },
                "required": ["age_recipient", "signing_key"],
                "additionalProperties": False,
            },
            "contents": {
                "type": "object",
                "maxProperties": 50,
                "additionalProperties": {
                    "type": ["string", "boolean", "integer"],
                    "maxLength": 200,
                },
            },
            "created_at": {"type": "string", "format": "date-time", "maxLength": 40},
            "records": {
                "type": "object",
                "properties": {
                    name: {
                        "type": "array",
                        "maxItems": MAX_RECORDS_PER_TYPE,
                        "items": record_schema(cls),
                    }
                    for name, cls in sorted(RECORD_TYPES.items())
                },
                "additionalProperties": False,
            },
        },
        "required": [
            "format",
            "version",
            "kind",
            "pair_id",
            "sender",
            "sequence",
            "keys",
            "created_at",
            "records",
        ],
        "additionalProperties": False,
    }
