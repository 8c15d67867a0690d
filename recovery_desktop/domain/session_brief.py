"""The session brief: what changed since the previous share, on one screen.

Compares two shares of the same mentee (the first share is compared with nothing) and
says it in plain sentences for the mentor: new triggers and urges, goals completed or
overdue, the check-in rhythm, craving and mood, milestones, and early-warning prompts.
Never a diagnosis, never a verdict. The sentences are in the person's language
(``domain.language``): each is translated whole, with its values as named placeholders.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from recovery_desktop.domain.checkins import CheckIn, UseStatus, latest_per_day, local_day
from recovery_desktop.domain.goals import Due, Goal, GoalStatus, due_state
from recovery_desktop.domain.language import label, long_date, number, plural, translate
from recovery_desktop.domain.milestones import Milestone
from recovery_desktop.domain.progress_signals import early_signals
from recovery_desktop.domain.records import Record
from recovery_desktop.domain.triggers import Encounter, Outcome, Trigger

R = TypeVar("R", bound=Record)

#: The rhythm, craving and mood compare the last two weeks with the two before.
WINDOW = 14


@dataclass(frozen=True)
class BriefSection:
    """A heading and its sentences."""

    title: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Brief:
    """The whole brief."""

    title: str
    sections: tuple[BriefSection, ...]

    def as_text(self) -> str:
        """The brief as plain text (for copying and for screen readers)."""
        parts = [self.title, ""]
        for section in self.sections:
            parts.append(section.title)
            parts.extend(f"  • {line}" for line in section.lines)
            parts.append("")
        return "\n".join(parts).rstrip() + "\n"


def _live(records: Iterable[Record], cls: type[R]) -> list[R]:
    return [r for r in records if isinstance(r, cls) and not r.is_deleted]


def _average(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


@dataclass(frozen=True)
class _TrendTexts:
    """One measure's sentences, each whole (a translation agrees with the measure)."""

    missing: str
    alone: str
    same: str
    up: str
    down: str


def _craving_texts() -> _TrendTexts:
    return _TrendTexts(
        translate("session_brief", "Craving: no check-ins in the last {days} days to go by."),
        translate(
            "session_brief", "Craving averaged {average} out of 10 over the last {days} days."
        ),
        translate(
            "session_brief",
            "Craving averaged {average} out of 10 over the last {days} days, about the same "
            "as the {days} days before ({before}).",
        ),
        translate(
            "session_brief",
            "Craving averaged {average} out of 10 over the last {days} days, up from "
            "{before} the {days} days before.",
        ),
        translate(
            "session_brief",
            "Craving averaged {average} out of 10 over the last {days} days, down from "
            "{before} the {days} days before.",
        ),
    )


def _mood_texts() -> _TrendTexts:
    return _TrendTexts(
        translate("session_brief", "Mood: no check-ins in the last {days} days to go by."),
        translate("session_brief", "Mood averaged {average} out of 5 over the last {days} days."),
        translate(
            "session_brief",
            "Mood averaged {average} out of 5 over the last {days} days, about the same as "
            "the {days} days before ({before}).",
        ),
        translate(
            "session_brief",
            "Mood averaged {average} out of 5 over the last {days} days, up from {before} "
            "the {days} days before.",
        ),
        translate(
            "session_brief",
            "Mood averaged {average} out of 5 over the last {days} days, down from {before} "
            "the {days} days before.",
        ),
    )


def _trend(texts: _TrendTexts, recent: float | None, before: float | None) -> str:
    if recent is None:
        return texts.missing.format(days=WINDOW)
    if before is None:
        text = texts.alone
    elif abs(recent - before) < 0.3:
        text = texts.same
    else:
        text = texts.up if recent > before else texts.down
    return text.format(
        average=number(recent, 1),
        before="" if before is None else number(before, 1),
        days=WINDOW,
    )


def _names(items: Iterable[str], limit: int = 6) -> str:
    shown = list(items)
    quoted = translate("session_brief", "“{name}”")
    text = ", ".join(quoted.format(name=name) for name in shown[:limit])
    if len(shown) > limit:
        text = translate("session_brief", "{names} and {count} more").format(
            names=text, count=len(shown) - limit
        )
    return text


def _triggers_and_urges(
    before: Sequence[Record] | None, now: Sequence[Record], today: dt.date
) -> BriefSection:
    """New triggers and urges since the last share (the last two weeks at the first)."""
    lines = []
    start = _first_day(before, today)
    if start is not None:
        urges = [e for e in _live(now, Encounter) if local_day(e.occurred_at) >= start]
        one = translate(
            "session_brief",
            "{count} urge logged in the last {days} days, average intensity {average}; "
            "{passed} passed without using.",
        )
        other = translate(
            "session_brief",
            "{count} urges logged in the last {days} days, average intensity {average}; "
            "{passed} passed without using.",
        )
        none = translate("session_brief", "No urges logged in the last {days} days.")
    else:
        old_ids = {r.id for r in before or []}
        triggers = [t for t in _live(now, Trigger) if t.id not in old_ids]
        if triggers:
            lines.append(
                translate("session_brief", "New triggers: {names}.").format(
                    names=_names(t.name for t in triggers)
                )
            )
        # New by id, not by date: an urge written down later still counts as new.
        urges = [e for e in _live(now, Encounter) if e.id not in old_ids]
        one = translate(
            "session_brief",
            "{count} urge logged since the last share, average intensity {average}; "
            "{passed} passed without using.",
        )
        other = translate(
            "session_brief",
            "{count} urges logged since the last share, average intensity {average}; "
            "{passed} passed without using.",
        )
        none = translate("session_brief", "No urges logged since the last share.")
    if urges:
        passed = sum(1 for e in urges if e.outcome is Outcome.PASSED)
        mean = sum(e.intensity for e in urges) / len(urges)
        lines.append(
            plural(len(urges), one, other, days=WINDOW, average=number(mean, 1), passed=passed)
        )
    else:
        lines.append(none.format(days=WINDOW))
    return BriefSection(translate("session_brief", "Triggers and urges"), tuple(lines))


def _first_day(before: Sequence[Record] | None, today: dt.date) -> dt.date | None:
    """At the first share, what counts as recent: the last two weeks (else: by id)."""
    return today - dt.timedelta(days=WINDOW - 1) if before is None else None


def _goals(before: Sequence[Record] | None, now: Sequence[Record], today: dt.date) -> BriefSection:
    was_done = {g.id for g in _live(before or [], Goal) if g.status is GoalStatus.DONE}
    since = _first_day(before, today)
    goals = _live(now, Goal)
    done = [
        g
        for g in goals
        if g.status is GoalStatus.DONE
        and g.id not in was_done
        and (since is None or (g.done_on is not None and g.done_on >= since))
    ]
    overdue = [g for g in goals if due_state(g, today) is Due.OVERDUE]
    active = [g for g in goals if g.status is GoalStatus.ACTIVE]
    lines = [
        plural(
            len(active),
            translate("session_brief", "{count} active goal."),
            translate("session_brief", "{count} active goals."),
        )
    ]
    if done:
        completed = (
            translate("session_brief", "Completed since the last share: {names}.")
            if since is None
            else translate("session_brief", "Completed in the last {days} days: {names}.")
        )
        lines.append(completed.format(names=_names(g.title for g in done), days=WINDOW))
    if overdue:
        lines.append(
            translate("session_brief", "Past their date (worth a look together): {names}.").format(
                names=_names(g.title for g in overdue)
            )
        )
    return BriefSection(translate("session_brief", "Goals"), tuple(lines))


def _rhythm(days: dict[dt.date, CheckIn], today: dt.date) -> BriefSection:
    def window(end: dt.date) -> list[CheckIn]:
        found = (days.get(end - dt.timedelta(days=offset)) for offset in range(WINDOW))
        return [c for c in found if c is not None]

    recent = window(today)
    earlier = window(today - dt.timedelta(days=WINDOW))
    lines = [
        translate(
            "session_brief",
            "Checked in on {recent} of the last {days} days ({earlier} of the {days} days before).",
        ).format(recent=len(recent), earlier=len(earlier), days=WINDOW)
    ]
    slips = [c for c in recent if c.use is not UseStatus.FREE]
    if slips:
        lines.append(
            plural(
                len(slips),
                translate(
                    "session_brief",
                    "{count} slip day in the last {days} days, each with its own note; the "
                    "days before them still count.",
                ),
                translate(
                    "session_brief",
                    "{count} slip days in the last {days} days, each with its own note; the "
                    "days before them still count.",
                ),
                days=WINDOW,
            )
        )
    lines.append(
        _trend(
            _craving_texts(),
            _average([c.craving for c in recent]),
            _average([c.craving for c in earlier]),
        )
    )
    lines.append(
        _trend(
            _mood_texts(),
            _average([c.mood for c in recent]),
            _average([c.mood for c in earlier]),
        )
    )
    return BriefSection(translate("session_brief", "Check-ins, craving and mood"), tuple(lines))


def _milestones(
    before: Sequence[Record] | None, now: Sequence[Record], today: dt.date
) -> BriefSection | None:
    old_ids = {r.id for r in before or []}
    since = _first_day(before, today)
    reached = [
        m
        for m in _live(now, Milestone)
        if m.id not in old_ids and (since is None or m.reached_on >= since)
    ]
    if not reached:
        return None
    reached_on = translate("session_brief", "{milestone}, on {day}.")
    return BriefSection(
        translate("session_brief", "Milestones reached"),
        tuple(reached_on.format(milestone=m.title, day=long_date(m.reached_on)) for m in reached),
    )


def brief(
    name: str,
    now: Sequence[Record],
    before: Sequence[Record] | None,
    shared_at: dt.datetime,
    before_at: dt.datetime | None,
    today: dt.date,
) -> Brief:
    """The brief for ``now`` (the latest share) against ``before`` (the one before)."""
    when = long_date(shared_at.astimezone())
    if before_at is None:
        title = translate("session_brief", "Session brief: {name}'s first share, of {day}").format(
            name=name, day=when
        )
    else:
        title = translate(
            "session_brief", "Session brief: {name}'s share of {day}, compared with {earlier}"
        ).format(name=name, day=when, earlier=long_date(before_at.astimezone()))
    checkins = _live(now, CheckIn)
    days = latest_per_day(checkins)
    sections = [
        _triggers_and_urges(before, now, today),
        _goals(before, now, today),
        _rhythm(days, today),
    ]
    reached = _milestones(before, now, today)
    if reached is not None:
        sections.append(reached)
    urge_days = [local_day(e.occurred_at) for e in _live(now, Encounter)]
    signals = early_signals(days, urge_days, today)
    signal = translate("session_brief", "{rule}: {detail}")
    sections.append(
        BriefSection(
            translate("session_brief", "Worth talking about"),
            tuple(signal.format(rule=label(s.rule), detail=s.detail) for s in signals)
            or (translate("session_brief", "None of the early-warning rules fired."),),
        )
    )
    return Brief(title, tuple(sections))
