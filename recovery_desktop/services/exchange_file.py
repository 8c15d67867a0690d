"""Exchange files on disk: the age container and the validated JSON payload inside it.

Passphrase mode uses age's scrypt recipient through pyrage, so the standard ``age``
command-line tool opens the same file with the same passphrase: nobody is locked in.
Every payload is size- and depth-checked before parsing, version-checked, then validated
against the JSON Schema shipped in ``resources/exchange.schema.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from recovery_desktop.domain.codec import from_plain
from recovery_desktop.domain.errors import (
    ExchangeAuthError,
    ExchangeVersionError,
    InvalidExchangeFileError,
)
from recovery_desktop.domain.exchange_format import (
    MAX_PAYLOAD_BYTES,
    RECORD_TYPES,
    VERSION,
    PayloadShapeError,
    check_shape,
)
from recovery_desktop.domain.records import Record

#: An encrypted file is a little larger than its payload; anything far bigger is refused.
MAX_FILE_BYTES = MAX_PAYLOAD_BYTES + 1024 * 1024


@dataclass(frozen=True)
class Payload:
    """A validated payload: its header fields and its records."""

    kind: str
    pair_id: str
    sender_role: str
    sender_name: str
    created_at: str
    records: tuple[Record, ...]
    raw: dict[str, Any]


def encrypt_with_passphrase(payload: bytes, passphrase: str) -> bytes:
    """The payload in an age file readable with ``passphrase``."""
    from pyrage import passphrase as age_passphrase

    return bytes(age_passphrase.encrypt(payload, passphrase))


def decrypt_with_passphrase(data: bytes, passphrase: str) -> bytes:
    """The payload of a passphrase-mode age file.

    Raises:
        ExchangeAuthError: wrong passphrase, or the file was altered or truncated.

    """
    if len(data) > MAX_FILE_BYTES:
        raise InvalidExchangeFileError("file", "too large")
    import pyrage
    from pyrage import passphrase as age_passphrase

    try:
        return bytes(age_passphrase.decrypt(data, passphrase))
    except pyrage.DecryptError:
        raise ExchangeAuthError() from None


def _schema() -> dict[str, Any]:
    text = (resources.files("recovery_desktop.resources") / "exchange.schema.json").read_text(
        encoding="utf-8"
    )
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def parse_payload(data: bytes) -> Payload:
    """Check and read a decrypted payload.

    Raises:
        InvalidExchangeFileError: not JSON, too large or deep, or not matching the schema.
        ExchangeVersionError: written by a newer version.

    """
    try:
        check_shape(data)
        raw = json.loads(data.decode("utf-8"))
    except PayloadShapeError as problem:
        raise InvalidExchangeFileError("file", str(problem)) from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise InvalidExchangeFileError("file", "not readable JSON") from None
    if not isinstance(raw, dict):
        raise InvalidExchangeFileError("file", "not a payload")
    version = raw.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise ExchangeVersionError(version)
    import jsonschema

    validator = jsonschema.Draft202012Validator(
        _schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    error = jsonschema.exceptions.best_match(validator.iter_errors(raw))
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "payload"
        raise InvalidExchangeFileError(where, error.message[:200])
    records: list[Record] = []
    for name, items in raw["records"].items():
        cls = RECORD_TYPES[name]
        for index, item in enumerate(items):
            try:
                records.append(from_plain(cls, item))
            except (TypeError, ValueError) as problem:
                raise InvalidExchangeFileError(f"records/{name}/{index}", str(problem)) from None
    sender = raw["sender"]
    return Payload(
        kind=raw["kind"],
        pair_id=raw["pair_id"],
        sender_role=sender["role"],
        sender_name=sender["name"],
        created_at=raw["created_at"],
        records=tuple(records),
        raw=raw,
    )
