"""The passphrase suggested for a first exchange: easy to say, hard to guess."""

from recovery_desktop.domain.passphrase import Strength, assess
from recovery_desktop.domain.share_passphrase import MIN_LENGTH, WORDS, bits, suggest


def test_the_word_list_is_plain_distinct_and_large_enough():
    assert len(WORDS) == len(set(WORDS)) >= 1024
    assert all(word.isalpha() and word.islower() and 3 <= len(word) <= 10 for word in WORDS)
    assert bits() >= 50


def test_words_that_sound_alike_or_land_badly_are_left_out():
    for word in ("fairy", "board", "beach", "lynx", "needle", "cider", "flask", "party"):
        assert word not in WORDS


def test_a_suggestion_is_five_words_long_enough_and_strong():
    seen = set()
    for _ in range(50):
        passphrase = suggest()
        words = passphrase.split(" ")
        assert len(words) == 5 and all(word in WORDS for word in words)
        assert len(passphrase) >= MIN_LENGTH
        assert assess(passphrase).strength is Strength.STRONG
        seen.add(passphrase)
    assert len(seen) == 50
