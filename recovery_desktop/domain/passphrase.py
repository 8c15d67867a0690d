"""Judging a new passphrase: a minimum, and a friendly hint about strength."""

from __future__ import annotations

import enum
import math
import string
from dataclasses import dataclass

MIN_LENGTH = 10


class Strength(enum.IntEnum):
    """How hard a passphrase would be to guess."""

    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3


@dataclass(frozen=True)
class Assessment:
    """A strength and a rough estimate of guessing bits behind it."""

    strength: Strength
    bits: float

    @property
    def acceptable(self) -> bool:
        """Whether the passphrase may be used at all."""
        return self.strength is not Strength.TOO_SHORT


def assess(passphrase: str) -> Assessment:
    """Estimate strength from length, character variety, words and repetition.

    A rough guide for the hint beside the field, not a promise: it favours several
    unrelated words, which are easy to say and hard to guess.
    """
    if len(passphrase) < MIN_LENGTH:
        return Assessment(Strength.TOO_SHORT, 0.0)
    pool = 0
    for chars, size in (
        (string.ascii_lowercase, 26),
        (string.ascii_uppercase, 26),
        (string.digits, 10),
        (string.punctuation + " ", 33),
    ):
        if any(ch in chars for ch in passphrase):
            pool += size
    if any(ord(ch) > 127 for ch in passphrase):
        pool += 100
    distinct = len(set(passphrase))
    # Repeated characters ("aaaaaaaaaa") add little; count distinct ones more heavily.
    effective_length = min(len(passphrase), distinct * 2)
    bits = effective_length * math.log2(max(pool, 2)) * 0.5  # people are predictable
    words = len([word for word in passphrase.split() if len(word) >= 3])
    if words >= 2:
        # A phrase is only as strong as its words: about 12 bits each for common words.
        bits = min(bits, 12.0 * words)
    if bits < 33:
        strength = Strength.WEAK
    elif bits < 48:
        strength = Strength.FAIR
    else:
        strength = Strength.STRONG
    return Assessment(strength, bits)
