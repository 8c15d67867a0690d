"""The session brief: what changed since the previous share, on one screen.

Compares two shares of the same mentee (the first share is compared with nothing) and
says it in plain sentences for the mentor: new triggers and urges, goals completed or
overdue, the check-in rhythm, craving and mood, milestones, and early-warning prompts.
Never a diagnosis, never a verdict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from recovery_desktop.domain.checkins import CheckIn, UseStatus, latest_per_day, local_day
from recovery_desktop.domain.goals import Due, Goal, GoalStatus, due_state
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


def _trend(label: str, recent: float | None, before: float | None, out_of: int) -> str:
    if recent is None:
        return f"{label}: no check-ins in the last {WINDOW} days to go by."
    now = f"{label} averaged {recent:.1f} out of {out_of} over the last {WINDOW} days"
    if before is None:
        return f"{now}."
    if abs(recent - before) < 0.3:
        return f"{now}, about the same as the {WINDOW} days before ({before:.1f})."
    direction = "up" if recent > before else "down"
    return f"{now}, {direction} from {before:.1f} the {WINDOW} days before."


def _names(items: Iterable[str], limit: int = 6) -> str:
    shown = list(items)
    text = ", ".join(f"“{name}”" for name in shown[:limit])
    if len(shown) > limit:
        text += f" and {len(shown) - limit} more"
    return text


def _triggers_and_urges(
    before: Sequence[Record] | None, now: Sequence[Record], today: dt.date
) -> BriefSection:
    """New triggers and urges since the last share (the last two weeks at the first)."""
    lines = []
    start = _first_day(before, today)
    if start is not None:
        urges = [e for e in _live(now, Encounter) if local_day(e.occurred_at) >= start]
        when = f"in the last {WINDOW} days"
    else:
        old_ids = {r.id for r in before or []}
        triggers = [t for t in _live(now, Trigger) if t.id not in old_ids]
        if triggers:
            lines.append(f"New triggers: {_names(t.name for t in triggers)}.")
        # New by id, not by date: an urge written down later still counts as new.
        urges = [e for e in _live(now, Encounter) if e.id not in old_ids]
        when = "since the last share"
    if urges:
        passed = sum(1 for e in urges if e.outcome is Outcome.PASSED)
        mean = _average([e.intensity for e in urges])
        lines.append(
            f"{len(urges)} urge{'s' if len(urges) != 1 else ''} logged {when}, average "
            f"intensity {mean:.1f}; {passed} passed without using."
        )
    else:
        lines.append(f"No urges logged {when}.")
    return BriefSection("Triggers and urges", tuple(lines))


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
    lines = [f"{len(active)} active goals."]
    if done:
        when = "since the last share" if since is None else f"in the last {WINDOW} days"
        lines.append(f"Completed {when}: {_names(g.title for g in done)}.")
    if overdue:
        lines.append(
            f"Past their date (worth a look together): {_names(g.title for g in overdue)}."
        )
    return BriefSection("Goals", tuple(lines))


def _rhythm(days: dict[dt.date, CheckIn], today: dt.date) -> BriefSection:
    def window(end: dt.date) -> list[CheckIn]:
        found = (days.get(end - dt.timedelta(days=offset)) for offset in range(WINDOW))
        return [c for c in found if c is not None]

    recent = window(today)
    earlier = window(today - dt.timedelta(days=WINDOW))
    lines = [
        f"Checked in on {len(recent)} of the last {WINDOW} days "
        f"({len(earlier)} of the {WINDOW} days before)."
    ]
    slips = [c for c in recent if c.use is not UseStatus.FREE]
    if slips:
        lines.append(
            f"{len(slips)} slip day{'s' if len(slips) != 1 else ''} in the last {WINDOW} days, "
            "each with its own note; the days before them still count."
        )
    lines.append(
        _trend(
            "Craving",
            _average([c.craving for c in recent]),
            _average([c.craving for c in earlier]),
            10,
        )
    )
    lines.append(
        _trend("Mood", _average([c.mood for c in recent]), _average([c.mood for c in earlier]), 5)
    )
    return BriefSection("Check-ins, craving and mood", tuple(lines))


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
    return BriefSection(
        "Milestones reached", tuple(f"{m.title}, on {m.reached_on:%d %B %Y}." for m in reached)
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
    when = f"{shared_at.astimezone():%d %B %Y}"
    if before_at is None:
        title = f"Session brief: {name}'s first share, of {when}"
    else:
        earlier = f"{before_at.astimezone():%d %B %Y}"
        title = f"Session brief: {name}'s share of {when}, compared with {earlier}"
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
    sections.append(
        BriefSection(
            "Worth talking about",
            tuple(f"{s.rule.label}: {s.detail}" for s in signals)
            or ("None of the early-warning rules fired.",),
        )
    )
    return Brief(title, tuple(sections))
