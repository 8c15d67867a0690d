"""The key envelope (``vault.key``): the vault's data key, wrapped once per way of unlocking.

Each slot derives a key-encryption key from a secret (the passphrase, or the recovery code)
with Argon2id and wraps the 256-bit data key with AES-256-GCM, with the vault id and the
slot name as associated data. A short check value of the derived key tells a wrong
passphrase from a damaged slot, and a checksum over the whole file tells damage from
anything else, so neither is ever reported as the other.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import unicodedata
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from recovery_desktop.domain.errors import DamagedFileError, SchemaTooNewError, WrongPassphraseError
from recovery_desktop.storage.atomic import atomic_write

FORMAT = "recovery-desktop-key"
VERSION = 1
DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
CHECK_BYTES = 16

PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes over it, and parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    def check_bounds(self) -> None:
        """Refuse costs too weak to protect the vault or too heavy to run (ValueError)."""
        if not (MIN_KDF.memory_kib <= self.memory_kib <= MAX_KDF.memory_kib):
            raise ValueError("Argon2id memory outside safe bounds")
        if not (MIN_KDF.iterations <= self.iterations <= MAX_KDF.iterations):
            raise ValueError("Argon2id iterations outside safe bounds")
        if not (MIN_KDF.lanes <= self.lanes <= MAX_KDF.lanes):
            raise ValueError("Argon2id lanes outside safe bounds")


MIN_KDF = KdfParams(memory_kib=64 * 1024, iterations=1, lanes=1)
MAX_KDF = KdfParams(memory_kib=4 * 1024 * 1024, iterations=32, lanes=16)
#: About 0.4 s on a 2-core laptop of 2026 (see the README's benchmark figures).
DEFAULT_KDF = KdfParams(memory_kib=128 * 1024, iterations=4, lanes=4)


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the data key."""

    kdf: KdfParams
    salt: bytes
    kek_check: bytes
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True)
class Envelope:
    """The parsed contents of ``vault.key``."""

    vault_id: str
    key_check: bytes
    slots: dict[str, Slot]

    def with_slot(self, name: str, slot: Slot) -> Envelope:
        """Return a copy with ``name`` set to ``slot``."""
        return replace(self, slots={**self.slots, name: slot})


def new_data_key() -> bytes:
    """Return a fresh random 256-bit data key."""
    return secrets.token_bytes(DATA_KEY_BYTES)


def passphrase_secret(passphrase: str) -> bytes:
    """Return the bytes a passphrase is derived from (NFC, so every keyboard agrees)."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def key_check_value(data_key: bytes, vault_id: str) -> bytes:
    """A value that confirms a data key belongs to this vault without revealing it."""
    return hmac.new(data_key, b"key-check:" + vault_id.encode(), hashlib.sha256).digest()[
        :CHECK_BYTES
    ]


def _derive(secret: bytes, salt: bytes, kdf: KdfParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    ).derive(secret)


def _kek_check(kek: bytes, vault_id: str, slot_name: str) -> bytes:
    message = f"kek-check:{vault_id}:{slot_name}".encode()
    return hmac.new(kek, message, hashlib.sha256).digest()[:CHECK_BYTES]


def _aad(vault_id: str, slot_name: str) -> bytes:
    return f"{vault_id}:{slot_name}".encode()


def wrap(data_key: bytes, secret: bytes, vault_id: str, slot_name: str, kdf: KdfParams) -> Slot:
    """Wrap ``data_key`` under a key derived from ``secret``."""
    kdf.check_bounds()
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    kek = _derive(secret, salt, kdf)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _aad(vault_id, slot_name))
    return Slot(kdf, salt, _kek_check(kek, vault_id, slot_name), nonce, wrapped)


def unwrap(envelope: Envelope, slot_name: str, secret: bytes, path: Path) -> bytes:
    """Return the data key from one slot.

    Raises:
        WrongPassphraseError: ``secret`` is not the one this slot was made with.
        DamagedFileError: the slot or the envelope is damaged.

    """
    slot = envelope.slots.get(slot_name)
    if slot is None:
        raise DamagedFileError(path, f"no {slot_name} slot")
    kek = _derive(secret, slot.salt, slot.kdf)
    if not hmac.compare_digest(_kek_check(kek, envelope.vault_id, slot_name), slot.kek_check):
        raise WrongPassphraseError()
    try:
        data_key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, _aad(envelope.vault_id, slot_name))
    except InvalidTag:
        raise DamagedFileError(path, "wrapped key fails authentication") from None
    if not hmac.compare_digest(key_check_value(data_key, envelope.vault_id), envelope.key_check):
        raise DamagedFileError(path, "key check value does not match")
    return data_key


def key_matches(envelope: Envelope, data_key: bytes) -> bool:
    """Whether ``data_key`` (say, from the keychain) is this vault's key."""
    if len(data_key) != DATA_KEY_BYTES:
        return False
    return hmac.compare_digest(key_check_value(data_key, envelope.vault_id), envelope.key_check)


def new_envelope(data_key: bytes) -> Envelope:
    """Return an envelope for a new vault, with no slots yet."""
    vault_id = str(uuid.uuid4())
    return Envelope(vault_id, key_check_value(data_key, vault_id), {})


# --- the file --------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _body(envelope: Envelope) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": envelope.vault_id,
        "key_check": _b64(envelope.key_check),
        "slots": {
            name: {
                "kdf": "argon2id",
                "memory_kib": slot.kdf.memory_kib,
                "iterations": slot.kdf.iterations,
                "lanes": slot.kdf.lanes,
                "salt": _b64(slot.salt),
                "kek_check": _b64(slot.kek_check),
                "nonce": _b64(slot.nonce),
                "wrapped": _b64(slot.wrapped),
            }
            for name, slot in sorted(envelope.slots.items())
        },
    }


def _checksum(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(canonical).hexdigest()


def dumps(envelope: Envelope) -> bytes:
    """Serialise an envelope, with a checksum over its contents."""
    body = _body(envelope)
    return json.dumps({**body, "checksum": _checksum(body)}, indent=2).encode() + b"\n"


def write(path: Path, envelope: Envelope) -> None:
    """Write the envelope atomically: a crash leaves the old file or the new one."""
    atomic_write(path, dumps(envelope))


def _bytes_field(raw: dict[str, Any], name: str, size: int) -> bytes:
    value = raw[name]
    if not isinstance(value, str):
        raise ValueError(f"{name} is not text")
    data = base64.b64decode(value, validate=True)
    if len(data) != size:
        raise ValueError(f"{name} has the wrong length")
    return data


def _int_field(raw: dict[str, Any], name: str) -> int:
    value = raw[name]
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{name} is not a whole number")
    return value


def _parse_slot(raw: Any) -> Slot:
    if not isinstance(raw, dict) or raw.get("kdf") != "argon2id":
        raise ValueError("unknown slot format")
    kdf = KdfParams(
        _int_field(raw, "memory_kib"), _int_field(raw, "iterations"), _int_field(raw, "lanes")
    )
    kdf.check_bounds()
    return Slot(
        kdf=kdf,
        salt=_bytes_field(raw, "salt", SALT_BYTES),
        kek_check=_bytes_field(raw, "kek_check", CHECK_BYTES),
        nonce=_bytes_field(raw, "nonce", NONCE_BYTES),
        wrapped=_bytes_field(raw, "wrapped", DATA_KEY_BYTES + 16),
    )


def loads(data: bytes, path: Path) -> Envelope:
    """Parse and verify an envelope.

    Raises:
        DamagedFileError: not an envelope, altered, or with unsafe KDF parameters.
        SchemaTooNewError: written by a newer version of the app.

    """
    try:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ValueError("not a key envelope")
        version = raw.get("version")
        if isinstance(version, int) and version > VERSION:
            raise SchemaTooNewError(f"{path.name} version {version}")
        checksum = raw.pop("checksum", None)
        if version != VERSION or not isinstance(checksum, str):
            raise ValueError("missing version or checksum")
        if not hmac.compare_digest(checksum, _checksum(raw)):
            raise ValueError("checksum does not match")
        vault_id = raw["vault_id"]
        if not isinstance(vault_id, str) or str(uuid.UUID(vault_id)) != vault_id:
            raise ValueError("bad vault id")
        slots_raw = raw["slots"]
        if not isinstance(slots_raw, dict) or not slots_raw:
            raise ValueError("no key slots")
        slots = {str(name): _parse_slot(slot) for name, slot in slots_raw.items()}
        return Envelope(vault_id, _bytes_field(raw, "key_check", CHECK_BYTES), slots)
    except SchemaTooNewError:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error) as exc:
        raise DamagedFileError(path, str(exc) or type(exc).__name__) from None


def read(path: Path) -> Envelope:
    """Read and verify ``vault.key``."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DamagedFileError(path, "missing") from None
    if len(data) > 64 * 1024:
        raise DamagedFileError(path, "too large")
    return loads(data, path)
