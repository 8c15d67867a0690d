"""How exchange files are described: what a file held, how it was protected, its fingerprint."""

from __future__ import annotations

from collections.abc import Mapping

#: Singular and plural of each record type, by its name in the file.
NOUNS: dict[str, tuple[str, str]] = {
    "trigger": ("trigger", "triggers"),
    "encounter": ("urge log entry", "urge log entries"),
    "warning_sign": ("warning sign", "warning signs"),
    "coping_strategy": ("coping strategy", "coping strategies"),
    "support_contact": ("supporter", "supporters"),
    "plan": ("plan", "plans"),
    "plan_version": ("plan version", "plan versions"),
    "journal_entry": ("journal entry", "journal entries"),
    "goal": ("goal", "goals"),
    "goal_update": ("goal note", "goal notes"),
    "check_in": ("check-in", "check-ins"),
    "assessment_question": ("self-assessment question", "self-assessment questions"),
    "self_assessment": ("self-assessment", "self-assessments"),
    "learning_entry": ("learning log entry", "learning log entries"),
    "milestone": ("milestone", "milestones"),
    "suggestion_answer": ("answer to a suggestion", "answers to suggestions"),
    "comment": ("comment", "comments"),
    "recognition": ("strength or win", "strengths and wins"),
    "suggestion": ("suggestion", "suggestions"),
    "session_note": ("session note", "session notes"),
}
#: Characters of the SHA-256 shown as a file's fingerprint (enough to compare by eye).
FINGERPRINT_CHARS = 16


def items(count: int) -> str:
    """``1 item``, ``12 items``."""
    return f"{count} item" if count == 1 else f"{count} items"


def counts_text(counts: Mapping[str, int]) -> str:
    """What a file held, in words: ``3 triggers, 1 goal, 40 check-ins``."""
    parts = []
    for name, count in counts.items():
        singular, plural = NOUNS.get(name, (name.replace("_", " "), name.replace("_", " ")))
        parts.append(f"{count} {singular if count == 1 else plural}")
    return ", ".join(parts) if parts else "nothing"


def mode_text(mode: str) -> str:
    """How a file was protected."""
    return "Our paired keys" if mode == "paired" else "A passphrase"


def fingerprint(sha256: str) -> str:
    """The start of a file's SHA-256, in groups of four for reading aloud."""
    short = sha256[:FINGERPRINT_CHARS]
    return " ".join(short[i : i + 4] for i in range(0, len(short), 4))
