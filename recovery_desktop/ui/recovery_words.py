"""The words around the sobriety record, slips and milestones (no Qt, so tests read them).

Wording after a slip is calm, specific and forward-looking: it names what happened,
keeps every day already built in view, and points to the next step. It never talks of
resets, zeros, failure or starting over, and it gives no medical advice. Every sentence
is translated whole (placeholders in braces), so a translation can reorder it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from recovery_desktop.domain.checkins import UseStatus
from recovery_desktop.domain.milestones import Milestone, MilestoneKind
from recovery_desktop.domain.sobriety import SobrietyRecord
from recovery_desktop.ui.i18n import spoken_date, translate


def days(count: int) -> str:
    """``1 day``, ``2 days``."""
    if count == 1:
        return translate("recovery_words", "1 day")
    return translate("recovery_words", "{count} days").format(count=count)


@dataclass(frozen=True)
class RecordText:
    """The record in words: a headline and a few lines under it."""

    headline: str
    lines: tuple[str, ...]


def record_text(record: SobrietyRecord) -> RecordText:
    """The record as the Check-in tab shows it."""
    if record.start is None:
        return RecordText(
            translate("recovery_words", "Your record begins with your first check-in."),
            (
                translate(
                    "recovery_words",
                    "Days you don't check in count as substance-free unless you note a slip "
                    "for them, and today counts once you have checked in.",
                ),
            ),
        )
    lines = []
    if record.current_run:
        since = record.current_run_start
        assert since is not None
        headline = translate("recovery_words", "{days} substance-free, since {date}").format(
            days=days(record.current_run), date=spoken_date(since)
        )
    else:
        headline = translate(
            "recovery_words", "Today is noted as a slip. A new run can begin tomorrow."
        )
    lines.append(
        translate("recovery_words", "Longest run: {days}.").format(days=days(record.longest_run))
    )
    lines.append(
        translate(
            "recovery_words", "Substance-free days in all: {total} ({checked} of them checked in)."
        ).format(total=record.total_free_days, checked=record.checked_in_days)
    )
    if record.attempts and record.attempts[-1].end is None:
        attempt = record.attempts[-1]
        began = spoken_date(attempt.start)
        lapses = len(attempt.lapses)
        if lapses == 1:
            text = translate(
                "recovery_words",
                "This stretch of recovery began on {date}, with 1 lapse along the way.",
            )
        elif lapses:
            text = translate(
                "recovery_words",
                "This stretch of recovery began on {date}, with {count} lapses along the way.",
            )
        else:
            text = translate("recovery_words", "This stretch of recovery began on {date}.")
        lines.append(text.format(date=began, count=lapses))
    if record.slips:
        lapses, relapses = (
            _count(len(record.lapses), "lapse"),
            _count(len(record.relapses), "relapse"),
        )
        both = (
            translate("recovery_words", "{lapses} and {relapses}").format(
                lapses=lapses, relapses=relapses
            )
            if lapses and relapses
            else lapses or relapses
        )
        lines.append(
            translate(
                "recovery_words", "Slips in the record: {slips}, each kept with its note."
            ).format(slips=both)
        )
    return RecordText(headline, tuple(lines))


def _count(count: int, kind: str) -> str:
    """``1 lapse``, ``3 relapses``, or "" for none."""
    if not count:
        return ""
    if kind == "lapse":
        return (
            translate("recovery_words", "1 lapse")
            if count == 1
            else translate("recovery_words", "{count} lapses").format(count=count)
        )
    return (
        translate("recovery_words", "1 relapse")
        if count == 1
        else translate("recovery_words", "{count} relapses").format(count=count)
    )


def after_slip(use: UseStatus, record: SobrietyRecord, first_steps: str) -> str:
    """What the Check-in tab says after a check-in that notes a slip.

    ``first_steps`` is the message built from the plan's lapse plan.
    """
    noted = (
        translate("recovery_words", "This day is noted as a relapse.")
        if use is UseStatus.RELAPSE
        else translate("recovery_words", "This day is noted as a lapse.")
    )
    kept = (
        translate(
            "recovery_words",
            "The {count} substance-free days you have built still count, "
            "and they stay in your record.",
        ).format(count=record.total_free_days)
        if record.total_free_days
        else translate(
            "recovery_words", "Everything you note here stays in your record, to learn from."
        )
    )
    return f"{noted} {kept}\n\n{first_steps}"


_WORDS = {
    1: QT_TRANSLATE_NOOP("recovery_words", "One"),
    7: QT_TRANSLATE_NOOP("recovery_words", "Seven"),
    14: QT_TRANSLATE_NOOP("recovery_words", "Fourteen"),
    30: QT_TRANSLATE_NOOP("recovery_words", "Thirty"),
    60: QT_TRANSLATE_NOOP("recovery_words", "Sixty"),
    90: QT_TRANSLATE_NOOP("recovery_words", "Ninety"),
}


def _one(milestone: Milestone) -> str:
    when = spoken_date(milestone.reached_on)
    count = milestone.threshold
    match milestone.kind:
        case MilestoneKind.SOBER_DAYS if count == 1:
            text = translate(
                "recovery_words",
                "Your first substance-free day, on {when}. That first day matters.",
            )
        case MilestoneKind.SOBER_DAYS:
            spoken = translate("recovery_words", _WORDS[count]) if count in _WORDS else str(count)
            return translate(
                "recovery_words", "{count} substance-free days, reached on {when}."
            ).format(count=spoken, when=when)
        case MilestoneKind.SOBER_YEARS if count == 1:
            text = translate("recovery_words", "A whole year substance-free, reached on {when}.")
        case MilestoneKind.SOBER_YEARS:
            text = translate("recovery_words", "{count} years substance-free, reached on {when}.")
        case MilestoneKind.GOALS_DONE if count == 1:
            text = translate("recovery_words", "You completed your first goal on {when}.")
        case MilestoneKind.GOALS_DONE:
            text = translate("recovery_words", "{count} goals completed, the latest on {when}.")
        case MilestoneKind.CHECK_IN_WEEKS:
            text = translate(
                "recovery_words", "{count} weeks in a row of regular check-ins, as of {when}."
            )
        case _:
            raise AssertionError(milestone.kind)
    return text.format(count=count, when=when)


def celebration(milestones: Sequence[Milestone]) -> tuple[str, str]:
    """The title and text of the note shown the first time milestones are reached."""
    lines = [_one(m) for m in milestones]
    title = (
        translate("recovery_words", "A milestone")
        if len(milestones) == 1
        else translate("recovery_words", "Some milestones")
    )
    body = (
        "\n".join(lines)
        + "\n\n"
        + translate(
            "recovery_words",
            "Take a moment to notice what helped you get here: the people, the habits, "
            "the choices you made on the hard days. It is worth keeping.\n\n"
            "You might like to tell your mentor, or write a few lines in your journal.",
        )
    )
    return title, body


REMINDER = QT_TRANSLATE_NOOP(
    "recovery_words", "Time for today's check-in? It takes under a minute."
)
