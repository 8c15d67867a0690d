"""Every kind of shared item has a name a comment can point at."""

import dataclasses
import datetime as dt
import enum
import typing

from recovery_desktop.domain.codec import field_types
from recovery_desktop.domain.exchange_format import RECORD_TYPES, SHARE_TYPES
from recovery_desktop.domain.item_labels import item_label
from tests.helpers.pseudo_language import pseudo_language, untranslated


def _sample(cls):
    """A record of ``cls`` with every required field filled with a plain value."""
    values = {}
    for field in dataclasses.fields(cls):
        if (
            field.default is not dataclasses.MISSING
            or field.default_factory is not dataclasses.MISSING
        ):
            continue
        hint = field_types(cls)[field.name]
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            values[field.name] = next(iter(hint))
            continue
        values[field.name] = {
            str: "Name",
            int: 1,
            bool: True,
            dt.date: dt.date(2026, 11, 26),
            dt.datetime: dt.datetime(2026, 11, 26, 9, tzinfo=dt.UTC),
        }.get(typing.get_origin(hint) or hint, "Name")
    return cls(**values)


def test_every_shared_type_has_its_own_label():
    for name in sorted(SHARE_TYPES):
        label = item_label(_sample(RECORD_TYPES[name]))
        assert label != "An item", name


def test_every_label_is_in_the_persons_language():
    with pseudo_language():
        for name in sorted(SHARE_TYPES):
            label = item_label(_sample(RECORD_TYPES[name]))
            assert untranslated(label, data=["Name"]) == [], label
