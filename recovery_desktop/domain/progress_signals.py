"""Early-warning signals: a few plain rules that suggest a talk with the mentor.

Each rule is simple enough to explain in one sentence, and every prompt names the rule
that fired and the numbers behind it. They are prompts to talk, not a diagnosis, and
they give no medical advice. Days are the person's calendar days. The words come in the
person's language (``domain.language``, context ``progress_signals``).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from recovery_desktop.domain.checkins import CheckIn
from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.language import label, local_date, number, translate

ONE_DAY = dt.timedelta(days=1)

#: Craving: the last 7 days' average at least this much above the 7 days before...
CRAVING_RISE = 1.5
#: ...and at least this high.
CRAVING_FLOOR = 4.0
#: Check-ins in each of those weeks for the averages to mean something.
MIN_CHECK_INS = 3
#: Days in a row without a check-in (today aside: it is not over yet).
MISSED_DAYS = 3
#: Days out of the last 7 with the same HALT state ticked.
HALT_DAYS = 4
#: Mood: the last 7 days' average at most this...
LOW_MOOD = 2.5
#: ...and this much below the 21 days before (when there were check-ins then).
MOOD_DROP = 0.5
#: Urges: at least this many in the last 14 days...
URGES_MIN = 4
#: ...and this many times the 14 days before.
URGES_FACTOR = 2
#: Nights under this many hours...
SHORT_NIGHT = 6.0
#: ...on this many of the last 7 check-ins.
SHORT_NIGHTS = 4
#: Slip days within the last 30 days.
SLIPS_CLOSE = 2


class Rule(enum.StrEnum):
    """The rules, each named as the prompt names it."""

    CRAVING_RISING = "craving_rising"
    CHECK_INS_MISSED = "check_ins_missed"
    HALT_REPEATED = "halt_repeated"
    MOOD_LOWER = "mood_lower"
    URGES_MORE_OFTEN = "urges_more_often"
    SHORT_NIGHTS = "short_nights"
    SLIPS_CLOSE = "slips_close"

    @property
    def label(self) -> str:
        """The rule's name."""
        return {
            Rule.CRAVING_RISING: QT_TRANSLATE_NOOP("Rule", "Craving rising over two weeks"),
            Rule.CHECK_INS_MISSED: QT_TRANSLATE_NOOP("Rule", "Check-ins missed for several days"),
            Rule.HALT_REPEATED: QT_TRANSLATE_NOOP("Rule", "A warning sign ticked again and again"),
            Rule.MOOD_LOWER: QT_TRANSLATE_NOOP("Rule", "Mood lower than usual"),
            Rule.URGES_MORE_OFTEN: QT_TRANSLATE_NOOP("Rule", "Urges coming more often"),
            Rule.SHORT_NIGHTS: QT_TRANSLATE_NOOP("Rule", "Short nights"),
            Rule.SLIPS_CLOSE: QT_TRANSLATE_NOOP("Rule", "Slips close together"),
        }[self]

    @property
    def explanation(self) -> str:
        """What makes the rule fire, in one sentence (in the person's language)."""
        if self is Rule.CRAVING_RISING:
            return translate(
                "progress_signals",
                "The average craving of the last 7 days is {rise} points or more above the "
                "7 days before, and {floor} or higher.",
            ).format(rise=number(CRAVING_RISE, 1), floor=number(CRAVING_FLOOR, 0))
        if self is Rule.CHECK_INS_MISSED:
            return translate(
                "progress_signals", "No check-in for {days} days or more in a row (today aside)."
            ).format(days=MISSED_DAYS)
        if self is Rule.HALT_REPEATED:
            return translate(
                "progress_signals",
                "The same HALT state (hungry, angry, lonely, tired) ticked on {days} or more "
                "of the last 7 days.",
            ).format(days=HALT_DAYS)
        if self is Rule.MOOD_LOWER:
            return translate(
                "progress_signals",
                "The average mood of the last 7 days is {low} or lower, and lower than the "
                "weeks before.",
            ).format(low=number(LOW_MOOD, 1))
        if self is Rule.URGES_MORE_OFTEN:
            return translate(
                "progress_signals",
                "{urges} or more urges logged in the last 14 days, and at least {factor} "
                "times as many as in the 14 days before.",
            ).format(urges=URGES_MIN, factor=URGES_FACTOR)
        if self is Rule.SHORT_NIGHTS:
            return translate(
                "progress_signals",
                "Less than {hours} hours of sleep on {nights} or more of the last 7 days.",
            ).format(hours=number(SHORT_NIGHT, 0), nights=SHORT_NIGHTS)
        return translate(
            "progress_signals", "{slips} or more slip days within the last 30 days."
        ).format(slips=SLIPS_CLOSE)


@dataclass(frozen=True)
class EarlySignal:
    """A rule that fired, and what it saw."""

    rule: Rule
    detail: str  # in the person's language, like every text here

    @property
    def prompt(self) -> str:
        """The gentle prompt, naming the rule."""
        return translate(
            "progress_signals",
            "{rule}: {detail} This could be a good thing to talk through with your mentor.",
        ).format(rule=label(self.rule), detail=self.detail)


def _window(days: Mapping[dt.date, CheckIn], last: dt.date, length: int) -> list[CheckIn]:
    found = (days.get(last - offset * ONE_DAY) for offset in range(length))
    return [checkin for checkin in found if checkin is not None]


def _average(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _craving(days: Mapping[dt.date, CheckIn], today: dt.date) -> EarlySignal | None:
    recent = _window(days, today, 7)
    earlier = _window(days, today - 7 * ONE_DAY, 7)
    if len(recent) < MIN_CHECK_INS or len(earlier) < MIN_CHECK_INS:
        return None
    now = sum(c.craving for c in recent) / len(recent)
    before = sum(c.craving for c in earlier) / len(earlier)
    if now < CRAVING_FLOOR or now - before < CRAVING_RISE:
        return None
    return EarlySignal(
        Rule.CRAVING_RISING,
        translate(
            "progress_signals",
            "craving averaged {now} out of 10 over the last 7 days, up from {before} the "
            "week before.",
        ).format(now=number(now, 1), before=number(before, 1)),
    )


def _missed(days: Mapping[dt.date, CheckIn], today: dt.date) -> EarlySignal | None:
    past = [day for day in days if day <= today]
    if not past:
        return None
    last = max(past)
    missed = (today - last).days - 1
    if missed < MISSED_DAYS:
        return None
    return EarlySignal(
        Rule.CHECK_INS_MISSED,
        translate(
            "progress_signals",
            "no check-in since {last:%A} {day} {last:%B} ({count} days, today aside). "
            "Checking in again, even briefly, keeps the picture clear.",
        ).format(last=local_date(last), day=last.day, count=missed),
    )


_HALT = (
    ("hungry", QT_TRANSLATE_NOOP("progress_signals", "Hungry")),
    ("angry", QT_TRANSLATE_NOOP("progress_signals", "Angry")),
    ("lonely", QT_TRANSLATE_NOOP("progress_signals", "Lonely")),
    ("tired", QT_TRANSLATE_NOOP("progress_signals", "Tired")),
)


def _halt(days: Mapping[dt.date, CheckIn], today: dt.date) -> EarlySignal | None:
    recent = _window(days, today, 7)
    counts = [(sum(getattr(c, name) for c in recent), word) for name, word in _HALT]
    ticked = [(count, word) for count, word in counts if count >= HALT_DAYS]
    if not ticked:
        return None
    parts = [
        translate("progress_signals", "{state} was ticked on {count} of the last 7 days").format(
            state=translate("progress_signals", word), count=count
        )
        for count, word in ticked
    ]
    return EarlySignal(Rule.HALT_REPEATED, "; ".join(parts) + ".")


def _mood(days: Mapping[dt.date, CheckIn], today: dt.date) -> EarlySignal | None:
    recent = _window(days, today, 7)
    if len(recent) < MIN_CHECK_INS:
        return None
    now = sum(c.mood for c in recent) / len(recent)
    before = _average([c.mood for c in _window(days, today - 7 * ONE_DAY, 21)])
    if now > LOW_MOOD or (before is not None and before - now < MOOD_DROP):
        return None
    if before is None:
        detail = translate(
            "progress_signals", "mood averaged {now} out of 5 over the last 7 days."
        ).format(now=number(now, 1))
    else:
        detail = translate(
            "progress_signals",
            "mood averaged {now} out of 5 over the last 7 days, compared with {before} in the "
            "three weeks before.",
        ).format(now=number(now, 1), before=number(before, 1))
    return EarlySignal(Rule.MOOD_LOWER, detail)


def _urges(urge_days: Sequence[dt.date], today: dt.date) -> EarlySignal | None:
    recent = sum(today - 13 * ONE_DAY <= day <= today for day in urge_days)
    earlier = sum(today - 27 * ONE_DAY <= day <= today - 14 * ONE_DAY for day in urge_days)
    if recent < URGES_MIN or recent < URGES_FACTOR * earlier:
        return None
    return EarlySignal(
        Rule.URGES_MORE_OFTEN,
        translate(
            "progress_signals",
            "{recent} urges were logged in the last 14 days, {earlier} in the 14 days before.",
        ).format(recent=recent, earlier=earlier),
    )


def _sleep(days: Mapping[dt.date, CheckIn], today: dt.date) -> EarlySignal | None:
    recent = _window(days, today, 7)
    short = [c for c in recent if c.sleep_hours is not None and c.sleep_hours < SHORT_NIGHT]
    if len(short) < SHORT_NIGHTS:
        return None
    return EarlySignal(
        Rule.SHORT_NIGHTS,
        translate(
            "progress_signals", "less than {hours} hours of sleep on {count} of the last 7 days."
        ).format(hours=number(SHORT_NIGHT, 0), count=len(short)),
    )


def _slips(days: Mapping[dt.date, CheckIn], today: dt.date) -> EarlySignal | None:
    slips = [c for c in _window(days, today, 30) if c.use.is_slip]
    if len(slips) < SLIPS_CLOSE:
        return None
    return EarlySignal(
        Rule.SLIPS_CLOSE,
        translate(
            "progress_signals",
            "{count} slip days in the last 30 days. Going over the lapse plan together can "
            "make the next hard moment easier.",
        ).format(count=len(slips)),
    )


def early_signals(
    days: Mapping[dt.date, CheckIn], urge_days: Sequence[dt.date], today: dt.date
) -> list[EarlySignal]:
    """The rules that fire as of ``today``, from each day's check-in and the urges' days."""
    found = [
        _craving(days, today),
        _missed(days, today),
        _halt(days, today),
        _mood(days, today),
        _urges(urge_days, today),
        _sleep(days, today),
        _slips(days, today),
    ]
    return [signal for signal in found if signal is not None]
