"""Demo data for the day-to-day half: goals, check-ins, self-assessments, learning, milestones.

Built as plain records from the seed, then written with bulk inserts (a hundred years
must still generate in well under a minute). Slip days follow the urge log's lapses and
relapses, so the counter, the urge log and the check-ins tell the same story.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import insert

from recovery_desktop.domain.assessment import (
    OWN_QUESTIONS,
    SCALE_MAX,
    SCALE_MIN,
    AssessmentQuestion,
    SelfAssessment,
)
from recovery_desktop.domain.checkins import (
    AuditAction,
    CheckIn,
    CheckInAudit,
    Sharing,
    UseStatus,
)
from recovery_desktop.domain.goals import (
    Goal,
    GoalStatus,
    GoalType,
    GoalUpdate,
    Horizon,
    Step,
    UpdateKind,
    format_steps,
)
from recovery_desktop.domain.learning import LearningEntry, LearningKind, Repeat
from recovery_desktop.domain.milestones import Milestone, reached_milestones
from recovery_desktop.domain.profile import Owner
from recovery_desktop.domain.records import Record
from recovery_desktop.domain.sobriety import sobriety_record
from recovery_desktop.storage.repositories import ROW_TYPES, row_values
from recovery_desktop.storage.tables import utc_now
from recovery_desktop.storage.vault import OpenVault

GOALS_PER_YEAR = 40
ONE_DAY = dt.timedelta(days=1)

_GOALS: tuple[tuple[str, Horizon, GoalType, str, str, tuple[str, ...]], ...] = (
    (
        "Stay substance-free this week",
        Horizon.WEEKLY,
        GoalType.ABSTINENCE,
        "Every day checked in as substance-free",
        "7 of 7 days",
        ("Plan Friday evening", "Call Sam on Wednesday", "Gym three times"),
    ),
    (
        "Walk for twenty minutes after work",
        Horizon.DAILY,
        GoalType.OTHER,
        "Ticked off in the evening",
        "20 minutes",
        ("Shoes by the door", "Pick a route away from the high street"),
    ),
    (
        "Cut coffee to two cups a day",
        Horizon.WEEKLY,
        GoalType.REDUCTION,
        "Cups counted on the fridge list",
        "2 cups a day",
        ("Decaf after lunch", "Count cups on the fridge list"),
    ),
    (
        "Go to both weekly meetings",
        Horizon.WEEKLY,
        GoalType.OTHER,
        "Tuesday and Thursday attended",
        "2 meetings",
        ("Tuesday at St Mark's", "Thursday at St Mark's"),
    ),
    (
        "Pay off the credit card",
        Horizon.MILESTONE,
        GoalType.OTHER,
        "Balance on the statement",
        "£0 balance",
        ("Set up a standing order", "Cancel the unused subscriptions", "Last payment"),
    ),
    (
        "In bed by eleven on work nights",
        Horizon.DAILY,
        GoalType.OTHER,
        "Bedtime noted in the check-in",
        "5 nights a week",
        ("Phone off at 10:30", "Read instead of scrolling"),
    ),
    (
        "Cook dinner four nights a week",
        Horizon.WEEKLY,
        GoalType.OTHER,
        "Meals written in the journal",
        "4 dinners",
        ("Sunday shop with a list", "Batch cook on Sunday", "Try one new recipe"),
    ),
    (
        "Plan Saturdays with Mia",
        Horizon.WEEKLY,
        GoalType.OTHER,
        "A plan agreed by Thursday",
        "Every Saturday",
        ("Ask Mia what she'd like", "Book tickets if needed"),
    ),
    (
        "Ninety days substance-free",
        Horizon.MILESTONE,
        GoalType.ABSTINENCE,
        "The counter on the Check-in tab",
        "90 days",
        ("Tell Sam the plan", "Mark the date in the calendar", "Plan a celebration meal"),
    ),
    (
        "Finish the relapse-prevention workbook",
        Horizon.MILESTONE,
        GoalType.OTHER,
        "Chapters done",
        "8 chapters",
        ("Chapters 1–2", "Chapters 3–5", "Chapters 6–8"),
    ),
    (
        "Fewer late nights alone",
        Horizon.WEEKLY,
        GoalType.REDUCTION,
        "Evenings alone after 10 pm",
        "At most 2 a week",
        ("Evening call with Jess", "Climbing on Wednesdays"),
    ),
    (
        "Reconnect with an old friend",
        Horizon.MILESTONE,
        GoalType.OTHER,
        "A meet-up happened",
        "One coffee",
        ("Send a message", "Agree a day"),
    ),
)
_PROGRESS = (
    "Good week: managed it on all but one day.",
    "Harder than expected, but kept at it.",
    "Sam helped me plan this on the phone.",
    "Halfway there.",
    "Missed a day; picked it up again the next morning.",
    "Felt easier this week.",
)
_ADJUST_WHY = (
    "The first target was too big for a busy month.",
    "Work shifts changed, so the day moved.",
    "Agreed with Sam to make it smaller and keep going.",
)
_GRATEFUL = (
    "Mia's phone call",
    "A good night's sleep",
    "Sam picking up",
    "Sunshine on the walk home",
    "Dinner with Jess",
    "A quiet evening",
    "",
    "",
)
_SUPPORT = ("Called Sam", "Went to a meeting", "Texted Priya", "Walked with Jess", "", "", "")
_DAY_NOTES = ("", "", "", "Busy day at work.", "Tired but okay.", "Good day.", "Rainy, stayed in.")
_SLIP_NOTES = (
    "After the work party. Left early and called Priya on the way home.",
    "Payday evening, on my own. Told Sam the next morning.",
    "Argument with my brother; went to the bar without thinking it through.",
)
_LEARNING: tuple[tuple[LearningKind, str, str], ...] = (
    (LearningKind.READING, "Chapter on urge surfing", "Try the breathing part at work."),
    (LearningKind.WORKSHOP, "Managing stress at work", "Two practical tools for deadlines."),
    (LearningKind.EVENT, "Recovery walk in the park", "Met people from the Thursday group."),
    (LearningKind.SUPPORT_GROUP, "Family group with Jess", "Jess asked good questions."),
    (LearningKind.READING, "Article on sleep and cravings", "Tired makes everything harder."),
    (LearningKind.WORKSHOP, "Budgeting session at the library", "Made a monthly plan."),
    (LearningKind.EVENT, "Sober music night", "Enjoyed it more than expected."),
)
_PAIR_QUESTION = "I keep my Saturdays with Mia, whatever the week was like."


@dataclass(frozen=True)
class GrowthSummary:
    """What ``fill_growth`` wrote."""

    goals: int = 0
    goal_updates: int = 0
    checkins: int = 0
    assessments: int = 0
    learning: int = 0
    milestones: int = 0


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def fill_growth(
    vault: OpenVault,
    rng: random.Random,
    start: dt.date,
    today: dt.date,
    slip_days: dict[dt.date, UseStatus],
) -> GrowthSummary:
    """Write goals, check-ins, assessments, learning and milestones from ``start`` to ``today``."""
    goals, updates = _goals(rng, start, today)
    checkins, audits = _checkins(rng, start, today, slip_days)
    questions, assessments = _assessments(rng, start, today)
    learning = _learning(rng, start, today, goals)
    record = sobriety_record(checkins, today)
    milestones = [
        Milestone(
            id=_uuid(rng),
            kind=item.kind,
            threshold=item.threshold,
            reached_on=item.reached_on,
            celebrated=True,  # a lived-in workspace: these were celebrated at the time
        )
        for item in reached_milestones(record, goals, checkins)
    ]
    now = utc_now()
    groups: Sequence[Sequence[Record]] = (
        goals,
        updates,
        checkins,
        audits,
        questions,
        assessments,
        learning,
        milestones,
    )
    with vault.session() as session, session.begin():
        for group in groups:
            if group:
                rows = [row_values(item, now) for item in group]
                session.execute(insert(ROW_TYPES[type(group[0])]), rows)
    return GrowthSummary(
        len(goals), len(updates), len(checkins), len(assessments), len(learning), len(milestones)
    )


def _goals(
    rng: random.Random, start: dt.date, today: dt.date
) -> tuple[list[Goal], list[GoalUpdate]]:
    days = (today - start).days + 1
    count = max(3, round(GOALS_PER_YEAR * days / 365))
    goals: list[Goal] = []
    updates: list[GoalUpdate] = []
    for index in range(count):
        title, horizon, goal_type, measure, target, steps = rng.choice(_GOALS)
        begun = start + dt.timedelta(days=round(index * days / count) + rng.randrange(5))
        begun = min(begun, today)
        length = {Horizon.DAILY: 7, Horizon.WEEKLY: 21, Horizon.MILESTONE: 90}[horizon]
        due = begun + dt.timedelta(days=length + rng.randrange(length))
        age = (today - begun).days
        if due < today - dt.timedelta(days=14):
            roll = rng.random()
            status = (
                GoalStatus.DONE
                if roll < 0.78
                else GoalStatus.DROPPED
                if roll < 0.95
                else GoalStatus.PAUSED
            )
        elif age < 4 and rng.random() < 0.4:
            status = GoalStatus.PROPOSED
        else:
            status = GoalStatus.ACTIVE
        done_on = (
            min(due, today) - dt.timedelta(days=rng.randrange(3))
            if status is GoalStatus.DONE
            else None
        )
        ticked = len(steps) if status is GoalStatus.DONE else rng.randrange(len(steps) + 1)
        goal = Goal(
            id=_uuid(rng),
            title=title,
            why=rng.choice(
                (
                    "Keeps my evenings steady.",
                    "For Mia, and for me.",
                    "Part of the routine in my plan.",
                    "Sam and I agreed it would help.",
                )
            ),
            measure=measure,
            target=target,
            due=due,
            horizon=horizon,
            goal_type=goal_type,
            steps=format_steps(Step(text, i < ticked) for i, text in enumerate(steps)),
            status=status,
            proposed_by=Owner.MENTOR if rng.random() < 0.25 else Owner.MENTEE,
            done_on=done_on,
            shared=rng.random() > 0.1,
        )
        goals.append(goal)
        last = min(done_on or today, today)
        for _ in range(rng.randint(1, 4) if age > 2 else 0):
            day = begun + dt.timedelta(days=rng.randrange(max(1, (last - begun).days + 1)))
            updates.append(
                GoalUpdate(
                    id=_uuid(rng),
                    goal_id=goal.id,
                    day=day,
                    note=rng.choice(_PROGRESS),
                    shared=goal.shared,
                )
            )
        if age > 10 and rng.random() < 0.15:
            updates.append(
                GoalUpdate(
                    id=_uuid(rng),
                    goal_id=goal.id,
                    day=begun + dt.timedelta(days=rng.randrange(1, 8)),
                    kind=UpdateKind.ADJUSTMENT,
                    changed=f"Target: {target} → a smaller first step",
                    why=rng.choice(_ADJUST_WHY),
                    shared=goal.shared,
                )
            )
    return goals, updates


def _checkins(
    rng: random.Random, start: dt.date, today: dt.date, slip_days: dict[dt.date, UseStatus]
) -> tuple[list[CheckIn], list[CheckInAudit]]:
    checkins: list[CheckIn] = []
    audits: list[CheckInAudit] = []
    day = start
    total = max((today - start).days, 1)
    while day <= today:
        if rng.random() < 0.012 and day < today - dt.timedelta(days=10):
            day += dt.timedelta(days=rng.randint(2, 6))  # away, or a low week: no check-ins
            continue
        use = slip_days.get(day, UseStatus.FREE)
        if use is UseStatus.FREE and day != today and rng.random() < 0.07:
            day += ONE_DAY  # an ordinary missed day
            continue
        progress = (day - start).days / total
        craving = max(0, min(10, round(rng.gauss(4.5 - 2.5 * progress, 1.8))))
        if use.is_slip:
            craving = max(craving, 7)
        mood = max(1, min(5, round(rng.gauss(3.2 + 0.8 * progress - 0.15 * craving, 0.8))))
        tired = rng.random() < 0.25
        checkin = CheckIn(
            id=_uuid(rng),
            day=day,
            mood=mood,
            craving=craving,
            use=use,
            slip_note=rng.choice(_SLIP_NOTES) if use.is_slip else "",
            hungry=rng.random() < 0.08,
            angry=rng.random() < 0.08,
            lonely=rng.random() < 0.15,
            tired=tired,
            sleep_hours=round(rng.gauss(6.2 if tired else 7.3, 0.7) * 2) / 2,
            grateful=rng.choice(_GRATEFUL),
            support_action=rng.choice(_SUPPORT),
            note=rng.choice(_DAY_NOTES),
            sharing=Sharing.FULL if rng.random() < 0.1 else Sharing.SUMMARY,
        )
        if day != start and day < today - dt.timedelta(days=2) and rng.random() < 0.03:
            # Filled in a few days late, and sometimes corrected afterwards.
            audits.append(
                CheckInAudit(
                    id=_uuid(rng),
                    checkin_id=checkin.id,
                    day=day,
                    made_on=day + dt.timedelta(days=rng.randint(1, 2)),
                    action=AuditAction.ADDED_LATER,
                    changes=f"{use.label}, mood {mood}, craving {craving}",
                )
            )
            if rng.random() < 0.3:
                earlier = mood - 1 if mood > 1 else mood + 1
                audits.append(
                    CheckInAudit(
                        id=_uuid(rng),
                        checkin_id=checkin.id,
                        day=day,
                        made_on=day + dt.timedelta(days=3),
                        action=AuditAction.CORRECTED,
                        changes=f"Mood: {earlier} → {mood}",
                    )
                )
        checkins.append(checkin)
        day += ONE_DAY
    return checkins, audits


def _assessments(
    rng: random.Random, start: dt.date, today: dt.date
) -> tuple[list[AssessmentQuestion], list[SelfAssessment]]:
    question = AssessmentQuestion(id=_uuid(rng), text=_PAIR_QUESTION)
    added_from = start + dt.timedelta(days=120)
    assessments = []
    day = start + dt.timedelta(days=rng.randint(3, 10))
    total = max((today - start).days, 1)
    while day <= today:
        progress = (day - start).days / total
        keys = [q.key for q in OWN_QUESTIONS]
        if day >= added_from:
            keys.append(question.id)
        answers = tuple(
            (key, max(SCALE_MIN, min(SCALE_MAX, round(rng.gauss(3.0 + 2.0 * progress, 0.8)))))
            for key in keys
        )
        assessments.append(
            SelfAssessment(
                id=_uuid(rng),
                day=day,
                answers=answers,
                note=rng.choice(("", "", "Talked it through with Sam.", "A steadier month.")),
            )
        )
        day += dt.timedelta(weeks=rng.randint(2, 4))
    return ([question] if added_from <= today else []), assessments


def _learning(
    rng: random.Random, start: dt.date, today: dt.date, goals: list[Goal]
) -> list[LearningEntry]:
    tuesday = start + dt.timedelta(days=(1 - start.weekday()) % 7)
    entries = [
        LearningEntry(
            id=_uuid(rng),
            kind=LearningKind.MEETING,
            day=tuesday,
            title="Tuesday meeting, St Mark's hall, 7 pm",
            notes="My home group.",
            repeats=Repeat.WEEKLY,
        ),
        LearningEntry(
            id=_uuid(rng),
            kind=LearningKind.SUPPORT_GROUP,
            day=tuesday + dt.timedelta(days=2),
            title="Thursday peer group",
            notes="Smaller group; good for harder weeks.",
            repeats=Repeat.FORTNIGHTLY,
        ),
    ]
    meeting_goals = [g for g in goals if "meeting" in g.title]
    day = tuesday + dt.timedelta(days=7)
    while day <= today:
        if rng.random() < 0.45:
            goal = rng.choice(meeting_goals) if meeting_goals and rng.random() < 0.3 else None
            entries.append(
                LearningEntry(
                    id=_uuid(rng),
                    kind=LearningKind.MEETING,
                    day=day,
                    title="Tuesday meeting",
                    notes=rng.choice(("", "Shared for the first time in a while.", "Listened.")),
                    goal_id=goal.id if goal else None,
                )
            )
        if rng.random() < 0.2:
            kind, title, notes = rng.choice(_LEARNING)
            entries.append(
                LearningEntry(
                    id=_uuid(rng),
                    kind=kind,
                    day=day + dt.timedelta(days=rng.randint(1, 5)),
                    title=title,
                    notes=notes,
                )
            )
        day += dt.timedelta(days=7)
    return [replace(e, day=min(e.day, today)) for e in entries]
