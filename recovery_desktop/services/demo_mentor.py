"""A mentor's session in progress, for demos: one mentee, two shares and feedback.

The mentee's side is played for real in a temporary vault that is deleted at the end: it
is filled with ``demo.fill``, shares through the real exchange files, imports the
mentor's feedback, accepts one suggestion, carries on for a few days and shares again.
The mentor's vault ends up with both shares, the feedback it sent, and one comment not
yet sent, as in the middle of a session.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import delete

from recovery_desktop.domain.checkins import CheckIn, UseStatus
from recovery_desktop.domain.exchange_format import TYPE_NAMES
from recovery_desktop.domain.feedback import (
    Comment,
    Recognition,
    RecognitionKind,
    SessionNote,
    Suggestion,
    SuggestionKind,
)
from recovery_desktop.domain.file_types import FEEDBACK_SUFFIX, SHARE_SUFFIX
from recovery_desktop.domain.goals import Goal, GoalStatus, Step, format_steps
from recovery_desktop.domain.profile import Role
from recovery_desktop.domain.records import Record, new_id
from recovery_desktop.domain.share_selection import CheckInDetail, ShareChoice
from recovery_desktop.domain.triggers import Encounter, Outcome, Risk, Trigger
from recovery_desktop.services import (
    checkins,
    demo,
    exchange,
    goals,
    mentor,
    records,
    share,
    suggestions,
)
from recovery_desktop.services.exchange_file import KeyPair
from recovery_desktop.services.profile import profile
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.keys import MIN_KDF
from recovery_desktop.storage.repositories import Records
from recovery_desktop.storage.tables import PairRow
from recovery_desktop.storage.vault import OpenVault

MENTEE_NAME = "Alex"

R = TypeVar("R", bound=Record)

#: Triggers the mentor comments on, when the mentee shared them, with what they say.
_TRIGGER_COMMENTS: tuple[tuple[str, str], ...] = (
    (
        "Payday and cash in my pocket",
        "Payday used to set the tone for the whole week. Leaving the cards at home and "
        "going straight to the gym is clearly working; it's worth keeping exactly as it is.",
    ),
    (
        "Feeling lonely in the evening",
        "Evenings on your own still come up most often in the log. You already have good "
        "answers for them; let's talk about making one of them a habit.",
    ),
    (
        "Friday after work",
        "Your escape plan here is simple and realistic. Well thought through.",
    ),
)
_ANY_TRIGGER_COMMENT = (
    "You've thought this one through carefully, and the plan for it is clear. "
    "Worth reading it over before a risky week."
)


@dataclass(frozen=True)
class MentorDemoSummary:
    """What ``fill`` made: the mentee, their data, the shares and the feedback."""

    mentee: str
    pair_id: str
    mentee_data: demo.DemoSummary
    shares: int
    mentee_records: int
    feedback_sent: int
    drafts: int


def pair_directly(mentee_vault: OpenVault, mentor_vault: OpenVault) -> str:
    """Pair two vaults without the passphrase round; returns the pair id. Demo and tests only.

    A real pair begins with a passphrase-mode share, and age's scrypt costs seconds on
    each side. This gives both vaults the pair and each other's public keys, as they
    hold them after that first exchange, so every file between them goes in paired
    mode. Use it only for two vaults this process has just made itself. A mentee has one
    mentor: any pair the mentee's vault already had is replaced.
    """
    with mentee_vault.session() as session, session.begin():
        session.execute(delete(PairRow))
    pair_id = new_id()
    mentee_keys, mentor_keys = KeyPair.generate(), KeyPair.generate()
    mentee_name = profile(mentee_vault).display_name
    for vault, own, peer, peer_name in (
        (mentee_vault, mentee_keys, mentor_keys, ""),  # as a mentee's own first share makes it
        (mentor_vault, mentor_keys, mentee_keys, mentee_name),
    ):
        with vault.session() as session, session.begin():
            session.add(
                PairRow(
                    pair_id=pair_id,
                    peer_name=peer_name,
                    own_age_identity=own.age_identity,
                    own_signing_key=own.signing_key,
                    peer_age_recipient=peer.age_recipient,
                    peer_verify_key=peer.verify_key,
                    sent_sequence=0,
                    received_sequence=0,
                )
            )
    return pair_id


def fill(
    mentor_vault: OpenVault, years: float = 2.0, seed: int = 7, today: dt.date | None = None
) -> MentorDemoSummary:
    """Give a mentor's vault a mentee with ``years`` of data, two shares and feedback.

    Raises:
        ValueError: the vault is not a mentor's.

    """
    if profile(mentor_vault).role is not Role.MENTOR:
        raise ValueError("a mentor's demo session goes into a mentor's vault")
    today = today or dt.date.today()
    with (
        tempfile.TemporaryDirectory(prefix="recovery-desktop-demo-") as temp,
        _throwaway_vault(Path(temp) / "mentee", Role.MENTEE, MENTEE_NAME) as mentee,
    ):
        files = Path(temp)
        mentee_data = demo.fill(mentee, years=years, seed=seed, today=today)
        pair_id = pair_directly(mentee, mentor_vault)

        _send_share(mentee, mentor_vault, files / f"share-1{SHARE_SUFFIX}")
        sent = _first_feedback(mentor_vault, pair_id, today)
        feedback = files / f"feedback-1{FEEDBACK_SUFFIX}"
        mentor.write_feedback(mentor_vault, pair_id, feedback, None)
        exchange.import_file(mentee, feedback.read_bytes(), _no_passphrase)
        _accept_the_coping_idea(mentee)

        new_urges = _days_after_the_session(mentee, sent, today)
        _send_share(mentee, mentor_vault, files / f"share-2{SHARE_SUFFIX}")
        records.save(mentor_vault, _draft(pair_id, new_urges))
    return MentorDemoSummary(
        mentee=mentor.mentee_name(mentor_vault, pair_id),
        pair_id=pair_id,
        mentee_data=mentee_data,
        shares=len(mentor.shares(mentor_vault, pair_id)),
        mentee_records=len(mentor.mentee_records(mentor_vault, pair_id)),
        feedback_sent=len(sent),
        drafts=1,
    )


def feedback_for_mentee(
    mentee_vault: OpenVault, seed: int = 7, today: dt.date | None = None
) -> int:
    """Give a mentee's demo vault a first round with a mentor: a share, then feedback.

    A throwaway mentor vault (Sam) takes a share of the plan, triggers and goals and
    answers with comments, recognitions, two suggestions and session notes, through the
    real files; returns how many feedback records the mentee imported.
    """
    today = today or dt.date.today()
    if exchange.is_paired(mentee_vault):
        return 0  # a real mentor's keys are never replaced by a demo's
    with tempfile.TemporaryDirectory(prefix="recovery-desktop-demo-") as temp:
        files = Path(temp)
        with _throwaway_vault(files / "mentor", Role.MENTOR, "Sam") as mentor_vault:
            pair_id = pair_directly(mentee_vault, mentor_vault)
            choice = ShareChoice(check_ins=CheckInDetail.NONE, journal=False, learning=False)
            out = files / f"share{SHARE_SUFFIX}"
            share.write(mentee_vault, choice, out, None)
            exchange.import_file(mentor_vault, out.read_bytes(), _no_passphrase)
            _first_feedback(mentor_vault, pair_id, today)
            feedback = files / f"feedback{FEEDBACK_SUFFIX}"
            mentor.write_feedback(mentor_vault, pair_id, feedback, None)
            return exchange.import_file(mentee_vault, feedback.read_bytes(), _no_passphrase).written


@contextmanager
def _throwaway_vault(folder: Path, role: Role, name: str) -> Iterator[OpenVault]:
    """A vault for the other side of a demo, with the cheapest key derivation accepted."""
    lock = VaultFolder.acquire(folder)
    try:
        created = lock.create(secrets.token_urlsafe(24), role, name, kdf=MIN_KDF)
        try:
            yield created.vault
        finally:
            created.vault.close()
    finally:
        lock.release()


def _no_passphrase() -> str:
    raise RuntimeError("the demo pair is paired: its files need no passphrase")


def _send_share(mentee: OpenVault, mentor_vault: OpenVault, out: Path) -> None:
    share.write(mentee, ShareChoice(), out, None)
    exchange.import_file(mentor_vault, out.read_bytes(), _no_passphrase)


def _live(found: list[Record], cls: type[R]) -> list[R]:
    return [r for r in found if isinstance(r, cls) and not r.is_deleted]


def _commented_triggers(seen: list[Record]) -> list[tuple[Trigger, str]]:
    """Two triggers the mentee shared, the ones with a fitting comment first."""
    triggers = _live(seen, Trigger)
    by_name = {t.name: t for t in triggers}
    chosen = [(by_name[name], text) for name, text in _TRIGGER_COMMENTS if name in by_name]
    rest = sorted(
        (t for t in triggers if t.id not in {c.id for c, _ in chosen}),
        key=lambda t: (t.risk is not Risk.HIGH, t.name),
    )
    chosen += [(t, _ANY_TRIGGER_COMMENT) for t in rest]
    return chosen[:2]


def _open_goal(seen: list[Record]) -> Goal | None:
    """The shared goal due soonest that is still in progress, if any."""
    open_goals = [g for g in _live(seen, Goal) if g.status is GoalStatus.ACTIVE]
    return min(open_goals, key=lambda g: (g.due or dt.date.max, g.title), default=None)


def _first_feedback(mentor_vault: OpenVault, pair_id: str, today: dt.date) -> list[Record]:
    """The mentor's response to the first share: comments, recognitions, ideas, notes."""
    seen = mentor.mentee_records(mentor_vault, pair_id)
    name = mentor.mentee_name(mentor_vault, pair_id)
    trigger_type = TYPE_NAMES[Trigger]
    feedback: list[Record] = [
        Comment(pair_id=pair_id, about_type=trigger_type, about_id=trigger.id, text=text)
        for trigger, text in _commented_triggers(seen)
    ]
    goal = _open_goal(seen)
    if goal is not None:
        feedback.append(
            Comment(
                pair_id=pair_id,
                about_type=TYPE_NAMES[Goal],
                about_id=goal.id,
                text="I like how concrete this goal is. Small steps like these add up; "
                "tell me how it feels when the last one is ticked.",
            )
        )
    feedback += [
        Recognition(
            pair_id=pair_id,
            kind=RecognitionKind.STRENGTH,
            day=today,
            text="You reach out early. Calling someone while an urge is still building, "
            "not after it peaks, is a real strength, and it shows in your urge log.",
        ),
        Recognition(
            pair_id=pair_id,
            kind=RecognitionKind.WIN,
            day=today,
            text="Almost every urge in your log passed without a slip, strong ones "
            "included. That is your work, and it deserves celebrating.",
        ),
        Suggestion(
            pair_id=pair_id,
            kind=SuggestionKind.GOAL,
            title="Plan one Friday evening a week that you look forward to",
            detail="The climbing gym, a film with Jess, cooking for friends: whatever you "
            "enjoy. Put it in the diary on Monday, so Friday already has a shape.",
        ),
        Suggestion(
            pair_id=pair_id,
            kind=SuggestionKind.COPING,
            title="A five-minute evening check-in with yourself",
            detail="Around eight, a quick HALT check and one line in the journal. It can "
            "catch loneliness before it turns into an urge.",
        ),
        SessionNote(
            pair_id=pair_id,
            day=today,
            notes=f"Went through the urge log and the plan together. Evenings alone are "
            f"still the hardest time, and {name} already has good ideas for them. Talked "
            "about what has made paydays easier.",
            agreed_actions=f"{name}: plan something for the next two Friday evenings.\n"
            f"{name}: log urges the same day, small ones too.\n"
            "Me: send the feedback file tonight, and a short message on Wednesday.",
            next_session=today + dt.timedelta(days=14),
        ),
    ]
    return records.save_together(mentor_vault, *feedback)[0]


def _accept_the_coping_idea(mentee: OpenVault) -> None:
    """The mentee takes up the suggested coping strategy; the goal idea stays open."""
    idea = next(s for s in records.all_of(mentee, Suggestion) if s.kind is SuggestionKind.COPING)
    suggestions.accept(mentee, idea)


def _days_after_the_session(
    mentee: OpenVault, feedback: list[Record], today: dt.date
) -> list[Encounter]:
    """The mentee carries on: two more urges logged, today's check-in, a goal done."""
    triggers = sorted(Records(mentee).all(Trigger), key=lambda t: (t.risk is not Risk.HIGH, t.name))
    evening = _named(triggers, "Feeling lonely in the evening")
    stress = _named(triggers, "Deadline stress")
    urges = [
        Encounter(
            occurred_at=dt.datetime.combine(today - dt.timedelta(days=2), dt.time(20, 40), dt.UTC),
            trigger_ids=(evening.id,),
            intensity=6,
            duration_minutes=20,
            thoughts="Quiet flat, nothing planned for the evening.",
            coping_ids=evening.coping_ids[:1],
            outcome=Outcome.PASSED,
            note="Sent Sam a message, then cooked dinner. It passed.",
        ),
        Encounter(
            occurred_at=dt.datetime.combine(today - dt.timedelta(days=1), dt.time(18, 15), dt.UTC),
            trigger_ids=(stress.id,),
            intensity=4,
            duration_minutes=10,
            thoughts="Long day, wanted to switch off.",
            outcome=Outcome.PASSED,
            note="Noticed it early and went for a walk.",
        ),
    ]
    saved = [records.save(mentee, urge)[0] for urge in urges]
    checkins.save_day(
        mentee,
        CheckIn(
            day=today,
            mood=4,
            craving=2,
            use=UseStatus.FREE,
            sleep_hours=7.5,
            grateful="A good talk with my mentor.",
            note="Felt steadier after the session.",
        ),
        today,
    )
    goal_ids = {c.about_id for c in feedback if isinstance(c, Comment)}
    goal = next((g for g in goals.goals(mentee, today) if g.id in goal_ids), None)
    if goal is not None:
        finished = dataclasses.replace(
            goal, steps=format_steps(Step(step.text, True) for step in goal.step_list)
        )
        goals.set_status(mentee, finished, GoalStatus.DONE, today)
        goals.add_progress(
            mentee, finished, "Done: the last step felt easier than the first.", today
        )
    return saved


def _named(triggers: list[Trigger], name: str) -> Trigger:
    """The trigger called ``name``, or the riskiest one if the mentee has renamed it."""
    return next((t for t in triggers if t.name == name), triggers[0])


def _draft(pair_id: str, new_urges: list[Encounter]) -> Comment:
    """A comment on the second share, written but not sent yet."""
    return Comment(
        pair_id=pair_id,
        about_type=TYPE_NAMES[Encounter],
        about_id=new_urges[0].id,
        text="You noticed this one early and let it pass. That is exactly what we talked "
        "about last time; let's look at what helped.",
    )
