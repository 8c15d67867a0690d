"""The words around the sobriety record, slips and milestones (no Qt, so tests read them).

Wording after a slip is calm, specific and forward-looking: it names what happened,
keeps every day already built in view, and points to the next step. It never talks of
resets, zeros, failure or starting over, and it gives no medical advice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from recovery_desktop.domain.checkins import UseStatus
from recovery_desktop.domain.milestones import Milestone, MilestoneKind
from recovery_desktop.domain.sobriety import SobrietyRecord


def days(count: int) -> str:
    """``1 day``, ``2 days``."""
    return f"{count} day" if count == 1 else f"{count} days"


def long_date(day: dt.date) -> str:
    """A date as people write it: 3 March 2026."""
    return f"{day.day} {day:%B %Y}"


@dataclass(frozen=True)
class RecordText:
    """The record in words: a headline and a few lines under it."""

    headline: str
    lines: tuple[str, ...]


def record_text(record: SobrietyRecord) -> RecordText:
    """The record as the Check-in tab shows it."""
    if record.start is None:
        return RecordText(
            "Your record begins with your first check-in.",
            (
                "Days you don't check in count as substance-free unless you note a slip "
                "for them, and today counts once you have checked in.",
            ),
        )
    lines = []
    if record.current_run:
        since = record.current_run_start
        assert since is not None
        headline = f"{days(record.current_run)} substance-free, since {long_date(since)}"
    else:
        headline = "Today is noted as a slip. A new run can begin tomorrow."
    lines.append(f"Longest run: {days(record.longest_run)}.")
    lines.append(
        f"Substance-free days in all: {record.total_free_days} "
        f"({record.checked_in_days} of them checked in)."
    )
    if record.attempts and record.attempts[-1].end is None:
        attempt = record.attempts[-1]
        lapses = len(attempt.lapses)
        note = f", with {lapses} lapse{'s' if lapses != 1 else ''} along the way" if lapses else ""
        lines.append(f"This stretch of recovery began on {long_date(attempt.start)}{note}.")
    if record.slips:
        counts = [
            f"{count} {noun}{'s' if count != 1 else ''}"
            for count, noun in ((len(record.lapses), "lapse"), (len(record.relapses), "relapse"))
            if count
        ]
        lines.append(f"Slips in the record: {' and '.join(counts)}, each kept with its note.")
    return RecordText(headline, tuple(lines))


def after_slip(use: UseStatus, record: SobrietyRecord, first_steps: str) -> str:
    """What the Check-in tab says after a check-in that notes a slip.

    ``first_steps`` is the message built from the plan's lapse plan.
    """
    kind = "a relapse" if use is UseStatus.RELAPSE else "a lapse"
    kept = (
        f"The {record.total_free_days} substance-free days you have built still count, "
        "and they stay in your record."
        if record.total_free_days
        else "Everything you note here stays in your record, to learn from."
    )
    return f"This day is noted as {kind}. {kept}\n\n{first_steps}"


_WORDS = {1: "One", 7: "Seven", 14: "Fourteen", 30: "Thirty", 60: "Sixty", 90: "Ninety"}


def _one(milestone: Milestone) -> str:
    when = long_date(milestone.reached_on)
    count = milestone.threshold
    match milestone.kind:
        case MilestoneKind.SOBER_DAYS if count == 1:
            return f"Your first substance-free day, on {when}. That first day matters."
        case MilestoneKind.SOBER_DAYS:
            spoken = _WORDS.get(count, str(count))
            return f"{spoken} substance-free days, reached on {when}."
        case MilestoneKind.SOBER_YEARS:
            span = "A whole year" if count == 1 else f"{count} years"
            return f"{span} substance-free, reached on {when}."
        case MilestoneKind.GOALS_DONE if count == 1:
            return f"You completed your first goal on {when}."
        case MilestoneKind.GOALS_DONE:
            return f"{count} goals completed, the latest on {when}."
        case MilestoneKind.CHECK_IN_WEEKS:
            return f"{count} weeks in a row of regular check-ins, as of {when}."
    raise AssertionError(milestone.kind)


def celebration(milestones: Sequence[Milestone]) -> tuple[str, str]:
    """The title and text of the note shown the first time milestones are reached."""
    lines = [_one(m) for m in milestones]
    title = "A milestone" if len(milestones) == 1 else "Some milestones"
    body = "\n".join(lines) + (
        "\n\nTake a moment to notice what helped you get here: the people, the habits, "
        "the choices you made on the hard days. It is worth keeping.\n\n"
        "You might like to tell your mentor, or write a few lines in your journal."
    )
    return title, body


REMINDER = "Time for today's check-in? It takes under a minute."
