"""A pseudo-language that shows which of the core's words never went through ``translate``.

Every translated text comes back with its words inside ``⟦ ⟧`` and its ``{placeholders}``
left outside them, so the values filled in later are checked too; month and day names
come as ``⟦M3⟧`` and ``⟦D1⟧``, decimals with a comma. ``untranslated`` strips all of that
(and the test's own data) and returns the English-looking words that are left: words
written straight into the code, which a Spanish reader would see in English.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from recovery_desktop.domain import language

_INNERMOST = re.compile(r"⟦[^⟦⟧]*⟧")
_WORD = re.compile(r"[A-Za-z]{3,}")


class Pseudo:
    """Marks everything it translates."""

    code = "xx"

    def translate(self, context: str, text: str) -> str:
        try:
            parts = list(string.Formatter().parse(text))
        except ValueError:  # not a format string: its braces are words
            return f"⟦{text}⟧"
        out = []
        for words, field, spec, conversion in parts:
            if words:
                out.append("⟦" + words.replace("{", "{{").replace("}", "}}") + "⟧")
            if field is not None:
                out.append(
                    "{"
                    + field
                    + (f"!{conversion}" if conversion else "")
                    + (f":{spec}" if spec else "")
                    + "}"
                )
        return "".join(out)

    def month_name(self, month: int, short: bool) -> str:
        return f"⟦M{month}⟧"

    def day_name(self, weekday: int, short: bool) -> str:
        return f"⟦D{weekday}⟧"

    def number(self, value: float, places: int) -> str:
        return f"{value:.{places}f}".replace(".", ",")


@contextmanager
def pseudo_language() -> Iterator[None]:
    """The core writes in the pseudo-language inside the ``with``."""
    language.use(Pseudo())
    try:
        yield
    finally:
        language.use(None)


def untranslated(text: str, data: Iterable[str] = ()) -> list[str]:
    """English-looking words in ``text`` that did not come through ``translate``.

    ``data`` lists the test's own texts (names a person typed), removed first.
    """
    for item in sorted(data, key=len, reverse=True):
        text = text.replace(item, " ")
    while _INNERMOST.search(text):
        text = _INNERMOST.sub(" ", text)
    return _WORD.findall(text)


def plain(text: str) -> str:
    """``text`` without the pseudo-language's marks (to check the values in a sentence)."""
    return text.replace("⟦", "").replace("⟧", "")
