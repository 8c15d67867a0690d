"""Marks core strings for translation without importing Qt (the UI translates them).

``pyside6-lupdate`` finds calls to a function named ``QT_TRANSLATE_NOOP`` and puts their
text in the translation sources; at run time the mark returns the English text unchanged,
and the code that shows it passes it through ``translate(context, text)`` (from
``domain.language`` in the core and the command line, ``QCoreApplication`` in the UI).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  # the name lupdate knows
    """``text``, marked for translation in ``context``."""
    return text
