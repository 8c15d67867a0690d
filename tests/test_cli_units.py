"""Exit codes and messages of the command line, without starting processes."""

from pathlib import Path

import pytest

from recovery_desktop import cli
from recovery_desktop.domain import errors
from recovery_desktop.messages import describe
from tests.helpers.pseudo_language import pseudo_language, untranslated


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (errors.WrongPassphraseError(), 3),
        (errors.RecoveryCodeTypoError(), 3),
        (errors.DamagedFileError(Path("vault.db"), "x"), 4),
        (errors.SchemaTooNewError("9"), 4),
        (errors.VaultInUseError(Path("d")), 5),
        (errors.VaultLockedError(), 5),
        (errors.VaultNotFoundError(Path("d")), 2),
        (errors.DiskFullError(Path("d")), 1),
    ],
)
def test_exit_codes_follow_the_design(error, code):
    assert cli.exit_code_for(error) == code


def test_every_expected_error_has_its_own_calm_words():
    samples = [
        errors.WrongPassphraseError(),
        errors.RecoveryCodeTypoError(),
        errors.DamagedFileError(Path("vault.key"), "checksum"),
        errors.VaultInUseError(Path("d")),
        errors.VaultLockedError(),
        errors.VaultNotFoundError(Path("d")),
        errors.VaultExistsError(Path("d")),
        errors.SchemaTooNewError("9"),
        errors.KeyringUnavailableError("timeout"),
        errors.DiskFullError(Path("d")),
        errors.BackupNotFoundError("b"),
        errors.ValidationError("name", "empty"),
    ]
    texts = [describe(error) for error in samples]
    assert len(set(texts)) == len(texts)
    assert all("Something went wrong" not in text for text in texts)
    assert "damaged" in describe(errors.DamagedFileError(Path("vault.key"), "x"))
    assert "passphrase" not in describe(errors.DamagedFileError(Path("vault.key"), "x")).lower()


def test_every_expected_error_is_in_the_persons_language():
    samples = [
        errors.WrongPassphraseError(),
        errors.DamagedFileError(Path("vault.key"), "checksum"),
        errors.VaultNotFoundError(Path("folder")),
        errors.BackupNotFoundError("daily"),
        errors.ExchangeKindError("share"),
        errors.InvalidExchangeFileError("records/trigger/3", "x"),
        errors.ValidationError("--years", "between {low} and {high}", low=0, high=200),
        errors.RecoveryError("unexpected"),
    ]
    data = ["vault.key", "folder", "daily", "records/trigger/3", "--years"]
    with pseudo_language():
        for error in samples:
            text = describe(error)
            assert untranslated(text, data=data) == [], text


def test_no_secret_arguments_exist():
    parser = cli.build_parser()
    options = {option for action in parser._actions for option in action.option_strings}
    assert not any("pass" in option or "key" in option for option in options)
