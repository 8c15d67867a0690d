import pytest
from hypothesis import given
from hypothesis import strategies as st

from recovery_desktop.domain import recovery_code
from recovery_desktop.domain.errors import RecoveryCodeTypoError


def test_generated_code_is_eight_groups_of_four():
    code = recovery_code.generate()
    groups = code.split("-")
    assert len(groups) == 8
    assert all(len(group) == 4 for group in groups)
    assert set(code.replace("-", "")) <= set(recovery_code.ALPHABET)


def test_generated_codes_carry_at_least_128_random_bits():
    assert recovery_code.RANDOM_BYTES * 8 >= 128
    codes = {recovery_code.generate() for _ in range(200)}
    assert len(codes) == 200


def test_parse_forgives_case_spacing_and_lookalike_letters():
    code = recovery_code.generate()
    messy = code.lower().replace("-", " ").replace("1", "l").replace("0", "o")
    assert recovery_code.canonical(messy) == code.replace("-", "")


@given(st.integers(min_value=0, max_value=31), st.integers(min_value=0, max_value=31))
def test_single_character_typo_is_reported_as_typo(position, replacement_index):
    code = recovery_code.generate().replace("-", "")
    replacement = recovery_code.ALPHABET[replacement_index]
    if code[position] == replacement:
        replacement = recovery_code.ALPHABET[(replacement_index + 1) % 32]
    typo = code[:position] + replacement + code[position + 1 :]
    # A 16-bit checksum misses one typo in 65,536; a miss here would be a flaky test,
    # so a miss must at least not parse back to the original secret.
    try:
        secret = recovery_code.parse(typo)
    except RecoveryCodeTypoError:
        return
    assert secret != recovery_code.parse(code)


@pytest.mark.parametrize("text", ["", "ABCD", "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-678U", "!" * 32])
def test_malformed_text_is_a_typo(text):
    with pytest.raises(RecoveryCodeTypoError):
        recovery_code.parse(text)
    assert not recovery_code.looks_like_code(text)
