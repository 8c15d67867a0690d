"""Goals, their steps and their progress updates; what is overdue or due soon."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.language import label, table_date, translate
from recovery_desktop.domain.profile import Owner
from recovery_desktop.domain.records import Record

#: "Due this week" means due today or in the six days after it.
WEEK = dt.timedelta(days=6)
_DONE_MARK = "[x] "
_OPEN_MARK = "[ ] "


class Horizon(enum.StrEnum):
    """How far ahead a goal looks."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MILESTONE = "milestone"

    @property
    def label(self) -> str:
        """How the horizon reads in the app."""
        return {
            Horizon.DAILY: QT_TRANSLATE_NOOP("Horizon", "Daily"),
            Horizon.WEEKLY: QT_TRANSLATE_NOOP("Horizon", "Weekly"),
            Horizon.MILESTONE: QT_TRANSLATE_NOOP("Horizon", "Milestone"),
        }[self]


class GoalType(enum.StrEnum):
    """Abstinence, reduction, or any other behaviour the pair defines."""

    ABSTINENCE = "abstinence"
    REDUCTION = "reduction"
    OTHER = "other"

    @property
    def label(self) -> str:
        """How the type reads in the app."""
        return {
            GoalType.ABSTINENCE: QT_TRANSLATE_NOOP("GoalType", "Abstinence"),
            GoalType.REDUCTION: QT_TRANSLATE_NOOP("GoalType", "Reduction"),
            GoalType.OTHER: QT_TRANSLATE_NOOP("GoalType", "Something else"),
        }[self]


class GoalStatus(enum.StrEnum):
    """Where a goal stands."""

    PROPOSED = "proposed"
    ACTIVE = "active"
    PAUSED = "paused"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        """How the status reads in the app."""
        return {
            GoalStatus.PROPOSED: QT_TRANSLATE_NOOP("GoalStatus", "Proposed"),
            GoalStatus.ACTIVE: QT_TRANSLATE_NOOP("GoalStatus", "Active"),
            GoalStatus.PAUSED: QT_TRANSLATE_NOOP("GoalStatus", "Paused"),
            GoalStatus.DONE: QT_TRANSLATE_NOOP("GoalStatus", "Done"),
            GoalStatus.DROPPED: QT_TRANSLATE_NOOP("GoalStatus", "Dropped"),
        }[self]

    @property
    def is_open(self) -> bool:
        """Whether the goal is still being worked on (or may be)."""
        return self not in (GoalStatus.DONE, GoalStatus.DROPPED)

    @property
    def has_deadline(self) -> bool:
        """Whether its due date is live: a paused goal is on hold, not overdue."""
        return self in (GoalStatus.PROPOSED, GoalStatus.ACTIVE)


@dataclass(frozen=True)
class Step:
    """One step of a goal, ticked off or not."""

    text: str
    done: bool = False


def parse_steps(text: str) -> tuple[Step, ...]:
    """Steps from their text form: one per line, ``[x]`` in front of a done one."""
    steps = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        lowered = line.lower()
        if lowered.startswith(("[x]", "[ ]")):
            steps.append(Step(line[3:].strip(), lowered.startswith("[x]")))
        else:
            steps.append(Step(line))
    return tuple(step for step in steps if step.text)


def format_steps(steps: Iterable[Step]) -> str:
    """The text form of ``steps`` (what is stored and exchanged)."""
    return "\n".join(
        (_DONE_MARK if step.done else _OPEN_MARK) + step.text.strip() for step in steps
    )


@dataclass(frozen=True, kw_only=True)
class Goal(Record):
    """A goal: why it matters, how it is measured, its steps and where it stands.

    ``steps`` is text, one step per line, ``[x]`` in front of a done one, so it reads
    the same in a share file and on paper. ``done_on`` is set when the goal is done.
    """

    title: str
    why: str = ""
    measure: str = ""
    target: str = ""
    due: dt.date | None = None
    horizon: Horizon = Horizon.WEEKLY
    goal_type: GoalType = GoalType.OTHER
    steps: str = ""
    status: GoalStatus = GoalStatus.ACTIVE
    proposed_by: Owner = Owner.MENTEE
    done_on: dt.date | None = None
    shared: bool = True

    @property
    def step_list(self) -> tuple[Step, ...]:
        """The steps, parsed."""
        return parse_steps(self.steps)

    def with_step_done(self, index: int, done: bool) -> Goal:
        """A copy with step ``index`` ticked (or not)."""
        steps = list(self.step_list)
        steps[index] = Step(steps[index].text, done)
        return dataclasses.replace(self, steps=format_steps(steps))

    def with_status(self, status: GoalStatus, today: dt.date) -> Goal:
        """A copy with a new status; ``done_on`` follows (today when it becomes done)."""
        done_on = (self.done_on or today) if status is GoalStatus.DONE else None
        return dataclasses.replace(self, status=status, done_on=done_on)


class Due(enum.IntEnum):
    """How pressing a goal's due date is (sortable: most pressing first)."""

    OVERDUE = 0
    THIS_WEEK = 1
    LATER = 2
    NONE = 3

    @property
    def label(self) -> str:
        """How it reads in the app ("" when there is nothing to say)."""
        return {
            Due.OVERDUE: QT_TRANSLATE_NOOP("Due", "Overdue"),
            Due.THIS_WEEK: QT_TRANSLATE_NOOP("Due", "Due this week"),
        }.get(self, "")


def due_state(goal: Goal, today: dt.date) -> Due:
    """Overdue, due this week (today and the six days after), later, or no date.

    Only proposed and active goals can be overdue or due: a goal that is paused is on
    hold, and one that is done or dropped is finished with.
    """
    if goal.due is None or not goal.status.has_deadline:
        return Due.NONE
    if goal.due < today:
        return Due.OVERDUE
    if goal.due <= today + WEEK:
        return Due.THIS_WEEK
    return Due.LATER


def progress(goal: Goal) -> tuple[int, int]:
    """Steps done and steps in all."""
    steps = goal.step_list
    return sum(step.done for step in steps), len(steps)


class UpdateKind(enum.StrEnum):
    """A note on progress, or a change to the goal itself."""

    PROGRESS = "progress"
    ADJUSTMENT = "adjustment"

    @property
    def label(self) -> str:
        """How the kind reads in the app."""
        return {
            UpdateKind.PROGRESS: QT_TRANSLATE_NOOP("UpdateKind", "Progress"),
            UpdateKind.ADJUSTMENT: QT_TRANSLATE_NOOP("UpdateKind", "Adjusted"),
        }[self]


@dataclass(frozen=True, kw_only=True)
class GoalUpdate(Record):
    """A dated note on a goal: progress made, or what was adjusted and why."""

    goal_id: str
    day: dt.date
    kind: UpdateKind = UpdateKind.PROGRESS
    note: str = ""
    changed: str = ""
    why: str = ""
    shared: bool = True


_ADJUSTABLE = (
    ("title", QT_TRANSLATE_NOOP("goals", "Title")),
    ("why", QT_TRANSLATE_NOOP("goals", "Why it matters")),
    ("measure", QT_TRANSLATE_NOOP("goals", "How I'll measure it")),
    ("target", QT_TRANSLATE_NOOP("goals", "Target")),
    ("due", QT_TRANSLATE_NOOP("goals", "Due date")),
    ("horizon", QT_TRANSLATE_NOOP("goals", "Horizon")),
    ("goal_type", QT_TRANSLATE_NOOP("goals", "Type")),
    ("steps", QT_TRANSLATE_NOOP("goals", "Steps")),
    ("status", QT_TRANSLATE_NOOP("goals", "Status")),
)


def _shown(value: object) -> str:
    if value is None or value == "":
        return translate("goals", "nothing")
    if isinstance(value, dt.date):
        return table_date(value)
    if isinstance(value, enum.Enum) and isinstance(getattr(value, "label", None), str):
        return label(value)
    return str(value)


def describe_changes(before: Goal, after: Goal) -> list[str]:
    """One line per field an adjustment changed, old value to new (steps only named).

    Written in the person's language when the adjustment is made, and kept as written.
    """
    lines = []
    for name, field in _ADJUSTABLE:
        old, new = getattr(before, name), getattr(after, name)
        if old == new:
            continue
        if name in ("steps", "why", "measure"):
            lines.append(
                translate("goals", "{field} changed").format(field=translate("goals", field))
            )
        else:
            lines.append(
                translate("goals", "{field}: {old} → {new}").format(
                    field=translate("goals", field), old=_shown(old), new=_shown(new)
                )
            )
    return lines


def adjustment(before: Goal, after: Goal, why: str, day: dt.date) -> GoalUpdate:
    """The update that records an adjustment: what changed, and why."""
    return GoalUpdate(
        goal_id=after.id,
        day=day,
        kind=UpdateKind.ADJUSTMENT,
        changed="\n".join(describe_changes(before, after)),
        why=why.strip(),
        shared=after.shared,
    )
