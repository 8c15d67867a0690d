import json
from pathlib import Path

import pytest

from recovery_desktop.domain.errors import DamagedFileError, SchemaTooNewError, WrongPassphraseError
from recovery_desktop.storage import keys
from tests.conftest import FAST_KDF

SECRET = keys.passphrase_secret("a calm river at dawn")


@pytest.fixture
def envelope_and_key() -> tuple[keys.Envelope, bytes]:
    data_key = keys.new_data_key()
    envelope = keys.new_envelope(data_key)
    slot = keys.wrap(data_key, SECRET, envelope.vault_id, keys.PASSPHRASE_SLOT, FAST_KDF)
    return envelope.with_slot(keys.PASSPHRASE_SLOT, slot), data_key


def test_round_trip_through_file(tmp_path, envelope_and_key):
    envelope, data_key = envelope_and_key
    path = tmp_path / "vault.key"
    keys.write(path, envelope)
    assert path.stat().st_mode & 0o777 == 0o600
    loaded = keys.read(path)
    assert loaded == envelope
    assert keys.unwrap(loaded, keys.PASSPHRASE_SLOT, SECRET, path) == data_key


def test_wrong_passphrase_is_told_apart_from_damage(tmp_path, envelope_and_key):
    envelope, _ = envelope_and_key
    with pytest.raises(WrongPassphraseError):
        keys.unwrap(envelope, keys.PASSPHRASE_SLOT, b"not it", tmp_path / "vault.key")


def test_passphrase_is_unicode_normalised():
    composed = "caf\u00e9 con leche"
    decomposed = "cafe\u0301 con leche"
    assert keys.passphrase_secret(composed) == keys.passphrase_secret(decomposed)


def test_every_byte_flip_in_the_file_is_damage_never_a_wrong_passphrase(tmp_path, envelope_and_key):
    envelope, _ = envelope_and_key
    data = keys.dumps(envelope)
    path = tmp_path / "vault.key"
    # Flip one bit in each printable position: the file must be reported as damaged (or, at
    # worst, be unchanged in meaning, such as whitespace); never as a wrong passphrase.
    for index in range(len(data)):
        flipped = bytearray(data)
        flipped[index] ^= 0x01
        try:
            loaded = keys.loads(bytes(flipped), path)
        except DamagedFileError:
            continue
        assert loaded == envelope, f"byte {index} changed the meaning without being noticed"
        assert keys.unwrap(loaded, keys.PASSPHRASE_SLOT, SECRET, path)


def test_tampered_wrapped_key_with_fixed_checksum_is_damage(tmp_path, envelope_and_key):
    envelope, _ = envelope_and_key
    slot = envelope.slots[keys.PASSPHRASE_SLOT]
    tampered_bytes = bytes([slot.wrapped[0] ^ 0xFF]) + slot.wrapped[1:]
    tampered = envelope.with_slot(
        keys.PASSPHRASE_SLOT,
        keys.Slot(slot.kdf, slot.salt, slot.kek_check, slot.nonce, tampered_bytes),
    )
    path = tmp_path / "vault.key"
    keys.write(path, tampered)  # a valid checksum over altered contents
    with pytest.raises(DamagedFileError):
        keys.unwrap(keys.read(path), keys.PASSPHRASE_SLOT, SECRET, path)


def _rewrite(path: Path, change) -> None:
    raw = json.loads(path.read_text())
    raw.pop("checksum")
    change(raw)
    raw["checksum"] = keys._checksum(raw)
    path.write_text(json.dumps(raw))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_kib", 1024),  # too weak
        ("memory_kib", 64 * 1024 * 1024),  # too heavy to run
        ("iterations", 0),
        ("iterations", 10_000),
        ("lanes", 0),
        ("lanes", 1000),
        ("memory_kib", True),
        ("memory_kib", "65536"),
    ],
)
def test_kdf_parameters_outside_bounds_are_refused_on_read(
    tmp_path, envelope_and_key, field, value
):
    envelope, _ = envelope_and_key
    path = tmp_path / "vault.key"
    keys.write(path, envelope)
    _rewrite(path, lambda raw: raw["slots"]["passphrase"].__setitem__(field, value))
    with pytest.raises(DamagedFileError):
        keys.read(path)


def test_newer_format_version_is_refused(tmp_path, envelope_and_key):
    envelope, _ = envelope_and_key
    path = tmp_path / "vault.key"
    keys.write(path, envelope)
    _rewrite(path, lambda raw: raw.__setitem__("version", keys.VERSION + 1))
    with pytest.raises(SchemaTooNewError):
        keys.read(path)


@pytest.mark.parametrize(
    "content", [b"", b"{", b"[]", b"\xff\xfe", b'{"format": "x"}', b"x" * 70_000]
)
def test_garbage_is_damage(tmp_path, content):
    path = tmp_path / "vault.key"
    path.write_bytes(content)
    with pytest.raises(DamagedFileError):
        keys.read(path)


def test_key_matches_only_its_own_key(envelope_and_key):
    envelope, data_key = envelope_and_key
    assert keys.key_matches(envelope, data_key)
    assert not keys.key_matches(envelope, keys.new_data_key())
    assert not keys.key_matches(envelope, data_key[:16])


def test_default_kdf_meets_the_minimum_cost():
    keys.DEFAULT_KDF.check_bounds()
    assert keys.DEFAULT_KDF.memory_kib >= 64 * 1024
