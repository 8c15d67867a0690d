import pytest

from recovery_desktop.domain.passphrase import MIN_LENGTH, Strength, assess


def test_short_passphrase_is_not_acceptable():
    assert not assess("a" * (MIN_LENGTH - 1)).acceptable
    assert assess("a" * (MIN_LENGTH - 1)).strength is Strength.TOO_SHORT


@pytest.mark.parametrize(
    ("passphrase", "expected"),
    [
        ("aaaaaaaaaaaa", Strength.WEAK),
        ("password12", Strength.WEAK),
        ("purple tractor sings", Strength.FAIR),
        ("purple tractor sings loudly at noon", Strength.STRONG),
    ],
)
def test_strength_grows_with_unrelated_words(passphrase, expected):
    assert assess(passphrase).strength is expected


def test_repetition_adds_little():
    assert assess("ab" * 20).bits < assess("purple tractor sings").bits
