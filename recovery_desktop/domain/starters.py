"""Starter suggestions for an empty plan, in our own words, to pick from and adapt."""

from __future__ import annotations

from recovery_desktop.domain.plan import CopingKind, CopingStrategy, Stage, WarningSign
from recovery_desktop.domain.triggers import Risk, Trigger, TriggerCategory

STARTER_TRIGGERS = (
    Trigger(name="Payday or having cash on hand", category=TriggerCategory.SITUATIONS),
    Trigger(name="Old friends I used to use with", category=TriggerCategory.PEOPLE, risk=Risk.HIGH),
    Trigger(name="Bars, parties or places I used to go", category=TriggerCategory.PLACES),
    Trigger(name="Friday evenings and weekends", category=TriggerCategory.TIMES),
    Trigger(name="An argument or conflict", category=TriggerCategory.SITUATIONS),
    Trigger(name="Feeling lonely or left out", category=TriggerCategory.FEELINGS),
    Trigger(name="Stress at work or school", category=TriggerCategory.FEELINGS),
    Trigger(name="Anger or resentment", category=TriggerCategory.FEELINGS),
    Trigger(name="Boredom", category=TriggerCategory.FEELINGS),
    Trigger(name='"Just one won\'t hurt"', category=TriggerCategory.THOUGHTS, risk=Risk.HIGH),
    Trigger(name="Poor sleep or exhaustion", category=TriggerCategory.PHYSICAL),
    Trigger(name="Pain or feeling unwell", category=TriggerCategory.PHYSICAL),
    Trigger(name="Celebrating good news", category=TriggerCategory.GOING_WELL),
    Trigger(name="Feeling I have it under control", category=TriggerCategory.GOING_WELL),
)

STARTER_WARNING_SIGNS = (
    WarningSign(title="Skipping meals or sleeping badly", stage=Stage.EARLY),
    WarningSign(title="Keeping to myself, not answering messages", stage=Stage.EARLY),
    WarningSign(title="Missing meetings or appointments", stage=Stage.MIDDLE),
    WarningSign(title='Thinking "I don\'t care" or "what\'s the point"', stage=Stage.MENTAL),
    WarningSign(title="Remembering using as only the good times", stage=Stage.MENTAL),
    WarningSign(title="Irritable, restless or on edge", stage=Stage.EMOTIONAL),
    WarningSign(title="Planning how I could use without anyone knowing", stage=Stage.LATE),
)

STARTER_COPING = (
    CopingStrategy(
        title="Ride out the urge",
        kind=CopingKind.INTERNAL,
        steps="Notice the urge and name it.\nBreathe slowly for two minutes.\n"
        "Remind myself it will peak and pass, usually within 20 minutes.",
    ),
    CopingStrategy(
        title="HALT check",
        kind=CopingKind.INTERNAL,
        steps="Am I hungry, angry, lonely or tired?\nDeal with that first.",
    ),
    CopingStrategy(
        title="Delay and distract for 30 minutes",
        kind=CopingKind.DISTRACTION,
        steps="Set a 30-minute timer.\nGo for a walk, shower, or do something with my hands.",
    ),
    CopingStrategy(
        title="Call someone on my list",
        kind=CopingKind.PEOPLE_PLACES,
        steps="Start at the top of my support ladder.\nSay plainly: I'm having an urge.",
    ),
    CopingStrategy(title="Go to a meeting", kind=CopingKind.PEOPLE_PLACES),
    CopingStrategy(
        title="Remove what I would use",
        kind=CopingKind.SAFER_ENVIRONMENT,
        steps="Ask someone I trust to help clear the house.",
    ),
)
