"""Starter suggestions for an empty plan, in our own words, to pick from and adapt."""

from __future__ import annotations

from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.plan import CopingKind, CopingStrategy, Stage, WarningSign
from recovery_desktop.domain.triggers import Risk, Trigger, TriggerCategory

STARTER_TRIGGERS = (
    Trigger(
        name=QT_TRANSLATE_NOOP("starters", "Payday or having cash on hand"),
        category=TriggerCategory.SITUATIONS,
    ),
    Trigger(
        name=QT_TRANSLATE_NOOP("starters", "Old friends I used to use with"),
        category=TriggerCategory.PEOPLE,
        risk=Risk.HIGH,
    ),
    Trigger(
        name=QT_TRANSLATE_NOOP("starters", "Bars, parties or places I used to go"),
        category=TriggerCategory.PLACES,
    ),
    Trigger(
        name=QT_TRANSLATE_NOOP("starters", "Friday evenings and weekends"),
        category=TriggerCategory.TIMES,
    ),
    Trigger(
        name=QT_TRANSLATE_NOOP("starters", "An argument or conflict"),
        category=TriggerCategory.SITUATIONS,
    ),
    Trigger(
        name=QT_TRANSLATE_NOOP("starters", "Feeling lonely or left out"),
        category=TriggerCategory.FEELINGS,
    ),
    Trigger(
        name=QT_TRANSLATE_NOOP("starters", "Stress at work or school"),
        category=TriggerCategory.FEELINGS,
    ),
    Trigger(
        name=QT_TRANSLATE_NOOP("starters", "Anger or resentment"), category=TriggerCategory.FEELINGS
    ),
    Trigger(name=QT_TRANSLATE_NOOP("starters", "Boredom"), category=TriggerCategory.FEELINGS),
    Trigger(
        name=QT_TRANSLATE_NOOP("starters", '"Just one won\'t hurt"'),
        category=TriggerCategory.THOUGHTS,
        risk=Risk.HIGH,
    ),
    Trigger(
        name=QT_TRANSLATE_NOOP("starters", "Poor sleep or exhaustion"),
        category=TriggerCategory.PHYSICAL,
    ),
    Trigger(
        name=QT_TRANSLATE_NOOP("starters", "Pain or feeling unwell"),
        category=TriggerCategory.PHYSICAL,
    ),
    Trigger(
        name=QT_TRANSLATE_NOOP("starters", "Celebrating good news"),
        category=TriggerCategory.GOING_WELL,
    ),
    Trigger(
        name=QT_TRANSLATE_NOOP("starters", "Feeling I have it under control"),
        category=TriggerCategory.GOING_WELL,
    ),
)

STARTER_WARNING_SIGNS = (
    WarningSign(
        title=QT_TRANSLATE_NOOP("starters", "Skipping meals or sleeping badly"), stage=Stage.EARLY
    ),
    WarningSign(
        title=QT_TRANSLATE_NOOP("starters", "Keeping to myself, not answering messages"),
        stage=Stage.EARLY,
    ),
    WarningSign(
        title=QT_TRANSLATE_NOOP("starters", "Missing meetings or appointments"), stage=Stage.MIDDLE
    ),
    WarningSign(
        title=QT_TRANSLATE_NOOP("starters", 'Thinking "I don\'t care" or "what\'s the point"'),
        stage=Stage.MENTAL,
    ),
    WarningSign(
        title=QT_TRANSLATE_NOOP("starters", "Remembering using as only the good times"),
        stage=Stage.MENTAL,
    ),
    WarningSign(
        title=QT_TRANSLATE_NOOP("starters", "Irritable, restless or on edge"), stage=Stage.EMOTIONAL
    ),
    WarningSign(
        title=QT_TRANSLATE_NOOP("starters", "Planning how I could use without anyone knowing"),
        stage=Stage.LATE,
    ),
)

STARTER_COPING = (
    CopingStrategy(
        title=QT_TRANSLATE_NOOP("starters", "Ride out the urge"),
        kind=CopingKind.INTERNAL,
        steps=QT_TRANSLATE_NOOP(
            "starters",
            "Notice the urge and name it.\nBreathe slowly for two minutes.\n"
            "Remind myself it will peak and pass, usually within 20 minutes.",
        ),
    ),
    CopingStrategy(
        title=QT_TRANSLATE_NOOP("starters", "HALT check"),
        kind=CopingKind.INTERNAL,
        steps=QT_TRANSLATE_NOOP(
            "starters", "Am I hungry, angry, lonely or tired?\nDeal with that first."
        ),
    ),
    CopingStrategy(
        title=QT_TRANSLATE_NOOP("starters", "Delay and distract for 30 minutes"),
        kind=CopingKind.DISTRACTION,
        steps=QT_TRANSLATE_NOOP(
            "starters",
            "Set a 30-minute timer.\nGo for a walk, shower, or do something with my hands.",
        ),
    ),
    CopingStrategy(
        title=QT_TRANSLATE_NOOP("starters", "Call someone on my list"),
        kind=CopingKind.PEOPLE_PLACES,
        steps=QT_TRANSLATE_NOOP(
            "starters", "Start at the top of my support ladder.\nSay plainly: I'm having an urge."
        ),
    ),
    CopingStrategy(
        title=QT_TRANSLATE_NOOP("starters", "Go to a meeting"), kind=CopingKind.PEOPLE_PLACES
    ),
    CopingStrategy(
        title=QT_TRANSLATE_NOOP("starters", "Remove what I would use"),
        kind=CopingKind.SAFER_ENVIRONMENT,
        steps=QT_TRANSLATE_NOOP("starters", "Ask someone I trust to help clear the house."),
    ),
)
