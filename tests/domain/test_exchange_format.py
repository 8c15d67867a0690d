import json

import pytest

from recovery_desktop.domain.codec import field_types
from recovery_desktop.domain.exchange_format import (
    MAX_DEPTH,
    RECORD_TYPES,
    PayloadShapeError,
    check_shape,
    record_schema,
    schema,
)


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
