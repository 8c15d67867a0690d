"""Records as plain JSON-ready dicts, and back: for plan versions and exchange files."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

from recovery_desktop.domain.records import Record

R = TypeVar("R", bound=Record)

_HINTS: dict[type[Record], dict[str, Any]] = {}


def field_types(cls: type[Record]) -> dict[str, Any]:
    """Each field's resolved type hint, in declaration order (cached per class)."""
    if cls not in _HINTS:
        hints = typing.get_type_hints(cls)
        _HINTS[cls] = {field.name: hints[field.name] for field in dataclasses.fields(cls)}
    return _HINTS[cls]


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


Converter = Callable[[Any], Any] | None
_TO_PLAIN: dict[type[Record], list[tuple[str, Converter]]] = {}
_FROM_PLAIN: dict[type[Record], dict[str, Converter]] = {}


def _to_plain_converter(hint: Any) -> Converter:
    hint = base_type(hint)
    if (
        isinstance(hint, type)
        and issubclass(hint, (str, int, float, bool))
        and not (issubclass(hint, enum.Enum))
    ):
        return None  # already a JSON value
    return _plain


def to_plain(record: Record) -> dict[str, Any]:
    """A dict of JSON types: enums as values, tuples as lists, dates as ISO text."""
    cls = type(record)
    if cls not in _TO_PLAIN:  # worked out once per type: a share converts ten thousand
        _TO_PLAIN[cls] = [(name, _to_plain_converter(h)) for name, h in field_types(cls).items()]
    plain = {}
    for name, convert in _TO_PLAIN[cls]:
        value = getattr(record, name)
        plain[name] = value if convert is None or value is None else convert(value)
    return plain


def base_type(hint: Any) -> Any:
    """``X`` for ``X | None``; the hint itself otherwise."""
    if isinstance(hint, types.UnionType):
        args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if len(args) == 1:
            return args[0]
    return hint


def from_value(hint: Any, value: Any) -> Any:
    """Convert one stored or plain value to the field's type (None stays None)."""
    if value is None:
        return None
    hint = base_type(hint)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    if hint is dt.datetime and isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    if hint is dt.date and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if typing.get_origin(hint) is tuple:
        args = typing.get_args(hint)
        item = args[0] if len(args) == 2 and args[1] is Ellipsis else None
        if item is not None and typing.get_origin(item) is tuple:
            return tuple(from_value(item, part) for part in value)  # JSON lists of pairs
        return tuple(value)
    return value


def _from_plain_converter(hint: Any) -> Converter:
    plain = base_type(hint)
    if isinstance(plain, type) and issubclass(plain, enum.Enum):
        return plain
    if isinstance(plain, type) and issubclass(plain, (str, int, float, bool)):
        return None  # a JSON value already is the field's value
    if plain is dt.datetime:
        return lambda value: dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    if plain is dt.date:
        return lambda value: dt.date.fromisoformat(value) if isinstance(value, str) else value
    return lambda value: from_value(hint, value)


def from_plain(cls: type[R], data: dict[str, Any]) -> R:
    """The record ``to_plain`` made (unknown keys are ignored; missing ones take defaults)."""
    if cls not in _FROM_PLAIN:  # worked out once per type, as for ``to_plain``
        _FROM_PLAIN[cls] = {name: _from_plain_converter(h) for name, h in field_types(cls).items()}
    converters = _FROM_PLAIN[cls]
    values = {}
    for name, value in data.items():
        if name in converters:
            convert = converters[name]
            values[name] = value if convert is None or value is None else convert(value)
    return cls(**values)
