"""How exchange files are described: what a file held, how it was protected, its fingerprint."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP

from recovery_desktop.ui.i18n import translate

#: Singular and plural of each record type, by its name in the file.
NOUNS: dict[str, tuple[str, str]] = {
    "trigger": (
        QT_TRANSLATE_NOOP("exchange_words", "trigger"),
        QT_TRANSLATE_NOOP("exchange_words", "triggers"),
    ),
    "encounter": (
        QT_TRANSLATE_NOOP("exchange_words", "urge log entry"),
        QT_TRANSLATE_NOOP("exchange_words", "urge log entries"),
    ),
    "warning_sign": (
        QT_TRANSLATE_NOOP("exchange_words", "warning sign"),
        QT_TRANSLATE_NOOP("exchange_words", "warning signs"),
    ),
    "coping_strategy": (
        QT_TRANSLATE_NOOP("exchange_words", "coping strategy"),
        QT_TRANSLATE_NOOP("exchange_words", "coping strategies"),
    ),
    "support_contact": (
        QT_TRANSLATE_NOOP("exchange_words", "supporter"),
        QT_TRANSLATE_NOOP("exchange_words", "supporters"),
    ),
    "plan": (
        QT_TRANSLATE_NOOP("exchange_words", "plan"),
        QT_TRANSLATE_NOOP("exchange_words", "plans"),
    ),
    "plan_version": (
        QT_TRANSLATE_NOOP("exchange_words", "plan version"),
        QT_TRANSLATE_NOOP("exchange_words", "plan versions"),
    ),
    "journal_entry": (
        QT_TRANSLATE_NOOP("exchange_words", "journal entry"),
        QT_TRANSLATE_NOOP("exchange_words", "journal entries"),
    ),
    "goal": (
        QT_TRANSLATE_NOOP("exchange_words", "goal"),
        QT_TRANSLATE_NOOP("exchange_words", "goals"),
    ),
    "goal_update": (
        QT_TRANSLATE_NOOP("exchange_words", "goal note"),
        QT_TRANSLATE_NOOP("exchange_words", "goal notes"),
    ),
    "check_in": (
        QT_TRANSLATE_NOOP("exchange_words", "check-in"),
        QT_TRANSLATE_NOOP("exchange_words", "check-ins"),
    ),
    "assessment_question": (
        QT_TRANSLATE_NOOP("exchange_words", "self-assessment question"),
        QT_TRANSLATE_NOOP("exchange_words", "self-assessment questions"),
    ),
    "self_assessment": (
        QT_TRANSLATE_NOOP("exchange_words", "self-assessment"),
        QT_TRANSLATE_NOOP("exchange_words", "self-assessments"),
    ),
    "learning_entry": (
        QT_TRANSLATE_NOOP("exchange_words", "learning log entry"),
        QT_TRANSLATE_NOOP("exchange_words", "learning log entries"),
    ),
    "milestone": (
        QT_TRANSLATE_NOOP("exchange_words", "milestone"),
        QT_TRANSLATE_NOOP("exchange_words", "milestones"),
    ),
    "suggestion_answer": (
        QT_TRANSLATE_NOOP("exchange_words", "answer to a suggestion"),
        QT_TRANSLATE_NOOP("exchange_words", "answers to suggestions"),
    ),
    "comment": (
        QT_TRANSLATE_NOOP("exchange_words", "comment"),
        QT_TRANSLATE_NOOP("exchange_words", "comments"),
    ),
    "recognition": (
        QT_TRANSLATE_NOOP("exchange_words", "strength or win"),
        QT_TRANSLATE_NOOP("exchange_words", "strengths and wins"),
    ),
    "suggestion": (
        QT_TRANSLATE_NOOP("exchange_words", "suggestion"),
        QT_TRANSLATE_NOOP("exchange_words", "suggestions"),
    ),
    "session_note": (
        QT_TRANSLATE_NOOP("exchange_words", "session note"),
        QT_TRANSLATE_NOOP("exchange_words", "session notes"),
    ),
}
#: Characters of the SHA-256 shown as a file's fingerprint (enough to compare by eye).
FINGERPRINT_CHARS = 16


def items(count: int) -> str:
    """``1 item``, ``12 items``."""
    if count == 1:
        return translate("exchange_words", "1 item")
    return translate("exchange_words", "{count} items").format(count=count)


def counts_text(counts: Mapping[str, int]) -> str:
    """What a file held, in words: ``3 triggers, 1 goal, 40 check-ins``."""
    parts = []
    for name, count in counts.items():
        singular, plural = NOUNS.get(name, (name.replace("_", " "), name.replace("_", " ")))
        noun = translate("exchange_words", singular if count == 1 else plural)
        parts.append(f"{count} {noun}")
    return ", ".join(parts) if parts else translate("exchange_words", "nothing")


def mode_text(mode: str) -> str:
    """How a file was protected."""
    if mode == "paired":
        return translate("exchange_words", "Our paired keys")
    return translate("exchange_words", "A passphrase")


def fingerprint(sha256: str) -> str:
    """The start of a file's SHA-256, in groups of four for reading aloud."""
    short = sha256[:FINGERPRINT_CHARS]
    return " ".join(short[i : i + 4] for i in range(0, len(short), 4))
