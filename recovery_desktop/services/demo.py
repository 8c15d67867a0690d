"""Realistic, reproducible demo data for every feature that exists.

A lived-in mentee workspace: a full linked plan, thirty triggers, an urge log of about
five hundred encounters a year, a weekly journal, and (in ``demo_growth``) goals, daily
check-ins, self-assessments, the learning log and milestones. The same seed gives the
same data.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert

from recovery_desktop.domain.checkins import UseStatus
from recovery_desktop.domain.plan import (
    ContactRole,
    CopingKind,
    CopingStrategy,
    Plan,
    Stage,
    SupportContact,
    WarningSign,
)
from recovery_desktop.domain.profile import Role
from recovery_desktop.domain.triggers import Encounter, Outcome, Risk, Trigger, TriggerCategory
from recovery_desktop.services import plan as plan_service
from recovery_desktop.services.demo_growth import GrowthSummary, fill_growth
from recovery_desktop.services.profile import profile
from recovery_desktop.storage.repositories import ROW_TYPES, Records, row_values
from recovery_desktop.storage.tables import JournalEntryRow, utc_now
from recovery_desktop.storage.vault import OpenVault

ENCOUNTERS_PER_YEAR = 500

_JOURNAL_OPENINGS = (
    "Woke up early and took the long way to work.",
    "A hard afternoon; called Sam instead of going to the bar after work.",
    "Meeting tonight helped. Someone shared almost my exact story.",
    "Slept badly. HALT check: tired and a bit lonely.",
    "Cooked dinner for the first time in weeks.",
    "Payday, which used to be the worst day. Went to the climbing gym instead.",
    "Argued with my brother. Walked it off before answering his message.",
    "Quiet, ordinary day. Ordinary is good.",
)
_JOURNAL_CLOSINGS = (
    "Grateful for the people who pick up the phone.",
    "Tomorrow: gym before work.",
    "Noticing the urge is smaller when I name it.",
    "Want to bring this up with my mentor.",
    "",
)

_TRIGGERS: tuple[tuple[str, TriggerCategory, Risk], ...] = (
    ("Payday and cash in my pocket", TriggerCategory.SITUATIONS, Risk.HIGH),
    ("Old crowd from the Harbour Bar", TriggerCategory.PEOPLE, Risk.HIGH),
    ("Walking past the Harbour Bar", TriggerCategory.PLACES, Risk.HIGH),
    ("Friday after work", TriggerCategory.TIMES, Risk.HIGH),
    ("Arguments with my brother", TriggerCategory.PEOPLE, Risk.MEDIUM),
    ("Feeling lonely in the evening", TriggerCategory.FEELINGS, Risk.HIGH),
    ("Deadline stress", TriggerCategory.FEELINGS, Risk.MEDIUM),
    ("Boredom on Sunday afternoons", TriggerCategory.FEELINGS, Risk.MEDIUM),
    ('"I deserve a reward"', TriggerCategory.THOUGHTS, Risk.HIGH),
    ('"One won\'t hurt"', TriggerCategory.THOUGHTS, Risk.HIGH),
    ("Can't sleep", TriggerCategory.PHYSICAL, Risk.MEDIUM),
    ("Back pain flaring up", TriggerCategory.PHYSICAL, Risk.LOW),
    ("Watching the match on TV", TriggerCategory.SITUATIONS, Risk.MEDIUM),
    ("Weddings and big parties", TriggerCategory.SITUATIONS, Risk.HIGH),
    ("Promotion or good news at work", TriggerCategory.GOING_WELL, Risk.MEDIUM),
    ("Feeling like I've got this beaten", TriggerCategory.GOING_WELL, Risk.MEDIUM),
    ("The corner shop's beer fridge", TriggerCategory.THINGS, Risk.MEDIUM),
    ("Adverts for drinks", TriggerCategory.THINGS, Risk.LOW),
    ("Late nights alone", TriggerCategory.TIMES, Risk.MEDIUM),
    ("Holidays and anniversaries", TriggerCategory.TIMES, Risk.MEDIUM),
    ("Feeling criticised", TriggerCategory.FEELINGS, Risk.MEDIUM),
    ("Grief about Dad", TriggerCategory.FEELINGS, Risk.HIGH),
    ("Embarrassment after a mistake", TriggerCategory.FEELINGS, Risk.LOW),
    ("Hungry and rushing", TriggerCategory.PHYSICAL, Risk.LOW),
    ("Being offered a drink", TriggerCategory.SITUATIONS, Risk.HIGH),
    ("Work drinks", TriggerCategory.SITUATIONS, Risk.MEDIUM),
    ("Money worries", TriggerCategory.THOUGHTS, Risk.MEDIUM),
    ('"Nobody would notice"', TriggerCategory.THOUGHTS, Risk.MEDIUM),
    ("Seeing old photos", TriggerCategory.THINGS, Risk.LOW),
    ("Driving past my old dealer's street", TriggerCategory.PLACES, Risk.HIGH),
)
_SIGNS: tuple[tuple[str, Stage, str, str], ...] = (
    (
        "Skipping breakfast and lunch",
        Stage.EARLY,
        "Eat something small, then reassess.",
        "Living on coffee the week before I slipped in March.",
    ),
    (
        "Not answering Sam's messages",
        Stage.EARLY,
        "Reply with one line, even just 'busy'.",
        "Left four messages unread for a week.",
    ),
    (
        "Missing my Tuesday meeting",
        Stage.MIDDLE,
        "Go to the Thursday one instead.",
        "Told myself I was too tired, three weeks running.",
    ),
    (
        'Thinking "what\'s the point"',
        Stage.MENTAL,
        "Read my reasons list out loud.",
        "Said it to myself every morning for a week.",
    ),
    (
        "Remembering only the good nights",
        Stage.MENTAL,
        "Play the tape forward to the morning after.",
        "Kept scrolling old party photos.",
    ),
    (
        "Snapping at people",
        Stage.EMOTIONAL,
        "Take ten minutes outside before answering.",
        "Shouted at my brother over nothing.",
    ),
    (
        "Taking the long way past the bar",
        Stage.LATE,
        "Call Sam now, not later.",
        "Walked past the Harbour Bar twice on a Friday.",
    ),
)
_COPING: tuple[tuple[str, CopingKind, str], ...] = (
    (
        "Urge surfing",
        CopingKind.INTERNAL,
        "Notice where I feel the urge.\nBreathe out slowly.\nWatch it rise, peak and fall.",
    ),
    ("HALT check", CopingKind.INTERNAL, "Hungry, angry, lonely or tired?\nFix that first."),
    ("Play the tape forward", CopingKind.INTERNAL, "Picture the next morning, honestly."),
    ("Thirty-minute delay", CopingKind.DISTRACTION, "Set a timer.\nWalk, shower or cook."),
    ("Climbing gym", CopingKind.DISTRACTION, "Bag is by the door.\nGo straight from work."),
    ("Call Sam", CopingKind.PEOPLE_PLACES, "Say it plainly: I'm having an urge."),
    ("Tuesday or Thursday meeting", CopingKind.PEOPLE_PLACES, "St Mark's hall, 7 pm."),
    ("Book a session with Dr Okafor", CopingKind.PROFESSIONAL, "Call the clinic in the morning."),
    ("Keep no alcohol at home", CopingKind.SAFER_ENVIRONMENT, "Check the cupboards on Sunday."),
    ("Leave cards at home on Fridays", CopingKind.SAFER_ENVIRONMENT, "Carry only a bus pass."),
)
_CONTACTS: tuple[tuple[str, ContactRole, str, str, str], ...] = (
    (
        "Sam Rivera",
        ContactRole.MENTOR,
        "+44 7700 900123",
        "Weekdays 8–10 pm",
        "Talks me down, meets me for coffee.",
    ),
    (
        "Priya (sponsor)",
        ContactRole.SPONSOR,
        "+44 7700 900456",
        "Any time before midnight",
        "Picks up, takes me to a meeting.",
    ),
    (
        "Jess (sister)",
        ContactRole.FAMILY,
        "+44 7700 900789",
        "Evenings and weekends",
        "Lets me stay over if home is hard.",
    ),
    (
        "Dr Okafor, clinic",
        ContactRole.PROFESSIONAL,
        "+44 20 7946 0000",
        "Mon–Fri 9–5",
        "Appointments; adjusts my support.",
    ),
    ("Crisis line", ContactRole.CRISIS_LINE, "116 123", "24 hours", "Listens, any time, free."),
)
_THOUGHTS = (
    "Just one would take the edge off.",
    "Everyone else gets to relax.",
    "I've had a hard week, I've earned it.",
    "Nobody would know.",
    "Restless and bored.",
    "Tired and on edge.",
)
_NOTES = (
    "",
    "",
    "Called Sam.",
    "Went for a walk.",
    "Went to bed early.",
    "Noticed it, let it pass.",
)


@dataclass(frozen=True)
class DemoSummary:
    """What ``fill`` wrote."""

    triggers: int = 0
    encounters: int = 0
    journal_entries: int = 0
    growth: GrowthSummary = field(default_factory=GrowthSummary)


def fill(
    vault: OpenVault, years: float = 2.0, seed: int = 7, today: dt.date | None = None
) -> DemoSummary:
    """Fill an unlocked vault with ``years`` of data ending today, the same for the same seed."""
    if profile(vault).role is not Role.MENTEE:
        return DemoSummary()  # a mentor's demo arrives with the exchange
    rng = random.Random(seed)
    today = today or dt.date.today()
    start = today - dt.timedelta(days=round(365 * years))
    triggers = _linked_plan(vault, rng, start, today)
    encounters = _encounters(rng, triggers, start, today)
    journal = _journal(rng, start, today)
    now = utc_now()
    with vault.session() as session, session.begin():
        # Bulk inserts: a hundred years of data must generate in well under a minute.
        session.execute(insert(ROW_TYPES[Encounter]), [row_values(e, now) for e in encounters])
        session.execute(insert(JournalEntryRow), journal)
    growth = fill_growth(vault, rng, start, today, _slip_days(encounters))
    return DemoSummary(len(triggers), len(encounters), len(journal), growth)


def _slip_days(encounters: list[Encounter]) -> dict[dt.date, UseStatus]:
    """The days the urge log ended in a lapse or a relapse (each built from its day)."""
    days: dict[dt.date, UseStatus] = {}
    for encounter in encounters:
        if encounter.outcome is Outcome.PASSED:
            continue
        day = encounter.occurred_at.date()
        use = UseStatus.RELAPSE if encounter.outcome is Outcome.RELAPSE else UseStatus.LAPSE
        if days.get(day) is not UseStatus.RELAPSE:
            days[day] = use
    return days


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _linked_plan(
    vault: OpenVault, rng: random.Random, start: dt.date, today: dt.date
) -> list[Trigger]:
    signs = [
        WarningSign(id=_uuid(rng), title=t, stage=s, action=a, last_time=lt, position=i)
        for i, (t, s, a, lt) in enumerate(_SIGNS)
    ]
    coping = [
        CopingStrategy(id=_uuid(rng), title=t, kind=k, steps=s, position=i)
        for i, (t, k, s) in enumerate(_COPING)
    ]
    contacts = [
        SupportContact(id=_uuid(rng), name=n, role=r, phone=p, hours=h, will_do=w, position=i)
        for i, (n, r, p, h, w) in enumerate(_CONTACTS)
    ]
    triggers = []
    for name, category, risk in _TRIGGERS:
        linked_signs = rng.sample(signs, 2)
        linked_coping = rng.sample(coping, 2)
        linked_contacts = rng.sample(contacts[:3], 1)
        triggers.append(
            Trigger(
                id=_uuid(rng),
                name=name,
                category=category,
                risk=risk,
                description=f"{category.label}: comes up most when I'm tired or on my own.",
                avoid=rng.choice(
                    (
                        "Plan the evening in advance.",
                        "Take a different route.",
                        "Say no to the invitation, kindly.",
                    )
                ),
                escape=rng.choice(
                    (
                        "Leave and text Sam from outside.",
                        "Go to the bathroom, breathe, then leave.",
                        "Say I have an early start and go.",
                    )
                ),
                cope=f"{linked_coping[0].title}, then {linked_coping[1].title.lower()}.",
                warning_sign_ids=tuple(s.id for s in linked_signs),
                coping_ids=tuple(c.id for c in linked_coping),
                contact_ids=tuple(c.id for c in linked_contacts),
                shared=rng.random() > 0.1,
            )
        )
    plan = Plan(
        id=_uuid(rng),
        reasons="My daughter Mia, and being there for her Saturdays.\nMy health: my liver "
        "numbers are back to normal.\nKeeping my job and the trust I've rebuilt.",
        routine="Up at 7, breakfast before anything else.\nGym Monday, Wednesday, Friday after "
        "work.\nMeetings Tuesday and Thursday.\nPhone off at 10:30, in bed by 11.",
        lapse_plan="A slip is a moment, not the end of my recovery.\n1. Stop, and get somewhere "
        "safe.\n2. Call Sam or Priya within the hour, even if it's awkward.\n3. Write down what "
        "happened, without judging it.\n4. Go to the next meeting and say it out loud.",
        crisis_steps="1. Use my coping steps.\n2. Call Sam, then Priya, then Jess.\n3. If nobody "
        "answers, call the crisis line (116 123, 24 hours).\n4. If I'm in danger, call 999.",
        safer_environment="No alcohol at home. Bank cards stay home on Fridays. Deleted the old "
        "crowd's numbers.",
        check_in_rhythm="A short message every evening; a session every other Saturday.",
        contact_hours="Weekdays 8–10 pm; Saturday mornings.",
        mentor_unreachable="Call Priya, then the crisis line. Sam will call back next morning.",
        kept_where="Copy on the fridge, one in my wallet, one with Sam.",
    )
    # The plan grew over time: a first version reviewed early on, the rest added later,
    # and a recent review, so "Earlier versions" has something to compare.
    store = Records(vault)
    early = len(triggers) * 2 // 3
    store.save_many([*signs, *coping, *contacts[:3], *triggers[:early], plan])
    first = start + dt.timedelta(days=14)
    plan_service.mark_reviewed(vault, first, first + dt.timedelta(days=28), "Our first plan")
    store.save_many([*contacts[3:], *triggers[early:]])
    latest = max(first + dt.timedelta(days=1), today - dt.timedelta(days=12))
    plan_service.mark_reviewed(vault, latest, latest + dt.timedelta(days=28), "Added more triggers")
    return triggers


def _encounters(
    rng: random.Random, triggers: list[Trigger], start: dt.date, today: dt.date
) -> list[Encounter]:
    days = (today - start).days + 1
    count = round(ENCOUNTERS_PER_YEAR * days / 365)
    weights = [3 if t.risk is Risk.HIGH else 2 if t.risk is Risk.MEDIUM else 1 for t in triggers]
    result = []
    for _ in range(count):
        day = start + dt.timedelta(days=rng.randrange(days))
        # Urges cluster in the evening; fewer, milder ones as recovery goes on.
        progress = (day - start).days / max(days, 1)
        hour = min(23, max(6, round(rng.gauss(19, 3))))
        when = dt.datetime.combine(day, dt.time(hour, rng.randrange(60)), dt.UTC)
        chosen = rng.choices(triggers, weights, k=rng.choice((1, 1, 1, 2)))
        coping_ids = rng.sample(sorted({c for t in chosen for c in t.coping_ids}), 1)
        roll = rng.random()
        outcome = (
            Outcome.RELAPSE if roll < 0.002 else Outcome.LAPSE if roll < 0.012 else Outcome.PASSED
        )
        intensity = max(0, min(10, round(rng.gauss(6.5 - 2.5 * progress, 1.8))))
        result.append(
            Encounter(
                id=_uuid(rng),
                occurred_at=when,
                trigger_ids=tuple(dict.fromkeys(t.id for t in chosen)),
                intensity=intensity,
                duration_minutes=rng.choice((5, 10, 15, 20, 30, 45)),
                thoughts=rng.choice(_THOUGHTS),
                coping_ids=tuple(coping_ids),
                outcome=outcome,
                note=rng.choice(_NOTES),
                shared=True,
            )
        )
    return result


def _journal(rng: random.Random, start: dt.date, today: dt.date) -> list[dict[str, Any]]:
    now = utc_now()
    rows = []
    day = start
    while day <= today:
        text = f"{rng.choice(_JOURNAL_OPENINGS)} {rng.choice(_JOURNAL_CLOSINGS)}".strip()
        rows.append(
            {
                "id": _uuid(rng),
                "entry_date": day,
                "title": f"Week of {day:%d %B %Y}",
                "body": text,
                "mood": rng.randint(2, 5),
                "shared": rng.random() < 0.2,
                "created_at": now,
                "updated_at": now,
                "owner": "mentee",
                "rev": 1,
            }
        )
        day += dt.timedelta(days=7)
    return rows
