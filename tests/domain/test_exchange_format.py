"""The exchange payload's shape: the schema the code describes, and the limits."""

import json

import pytest

from recovery_desktop.domain.codec import field_types
from recovery_desktop.domain.exchange_format import (
    FEEDBACK_TYPES,
    MAX_DEPTH,
    MAX_PAYLOAD_BYTES,
    RECORD_TYPES,
    SHARE_TYPES,
    TYPE_NAMES,
    PayloadShapeError,
    check_shape,
    record_schema,
    schema,
)
from recovery_desktop.domain.feedback import MENTOR_TYPES


def test_deep_nesting_is_refused_before_parsing():
    check_shape(b"[" * MAX_DEPTH + b"]" * MAX_DEPTH)
    with pytest.raises(PayloadShapeError):
        check_shape(b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1))
    with pytest.raises(PayloadShapeError):
        check_shape(b"[" * 100_000)  # would exhaust json's recursion otherwise


def test_brackets_inside_strings_do_not_count():
    text = json.dumps({"a": '[[[[[[[[[[[[[[[[[[ \\" {{{{{{{{{{{{{{'}).encode()
    check_shape(text)


def test_every_record_field_is_described_and_required():
    for cls in RECORD_TYPES.values():
        described = record_schema(cls)
        assert set(described["properties"]) == set(field_types(cls))
        assert described["required"] == sorted(field_types(cls))
        assert described["additionalProperties"] is False


def test_schema_is_plain_json():
    dumped = json.dumps(schema())
    assert json.loads(dumped)["properties"]["format"]["const"] == "recovery-desktop-exchange"


def test_every_record_type_travels_in_exactly_one_kind_of_file():
    assert set(RECORD_TYPES) == SHARE_TYPES | FEEDBACK_TYPES
    assert not SHARE_TYPES & FEEDBACK_TYPES
    assert {TYPE_NAMES[cls] for cls in MENTOR_TYPES} == FEEDBACK_TYPES
    assert "suggestion_answer" in SHARE_TYPES  # the mentee's answer travels back in a share


def test_the_header_is_closed_and_complete():
    described = schema()
    assert described["additionalProperties"] is False
    assert {"sequence", "keys", "pair_id", "created_at"} <= set(described["required"])
    keys = described["properties"]["keys"]
    assert keys["additionalProperties"] is False
    assert sorted(keys["required"]) == ["age_recipient", "signing_key"]
    assert described["properties"]["records"]["additionalProperties"] is False
    assert set(described["properties"]["records"]["properties"]) == set(RECORD_TYPES)


def test_size_is_refused_before_anything_is_parsed():
    with pytest.raises(PayloadShapeError, match="MiB"):
        check_shape(b" " * (MAX_PAYLOAD_BYTES + 1))
