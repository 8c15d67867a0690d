"""Marks core strings for translation without importing Qt (the UI translates them).

``pyside6-lupdate`` finds calls to a function named ``QT_TRANSLATE_NOOP`` and puts their
text in the translation sources; at run time the mark returns the English text unchanged,
and the UI passes it through ``QCoreApplication.translate(context, text)`` when it shows it.
The command line stays in English.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  # the name lupdate knows
    """``text``, marked for translation in ``context``."""
    return text
