"""Exchange files on disk: the age container and the validated JSON payload inside it.

Passphrase mode uses age's scrypt recipient through pyrage, so the standard ``age``
command-line tool opens the same file with the same passphrase: nobody is locked in.
Paired mode encrypts to the other side's X25519 key and, since age alone does not prove
who wrote a file, signs the payload with the sender's Ed25519 key; the plaintext is then
``SIGNED_MAGIC``, the base64 signature and a newline, then the payload.
Every payload is size- and depth-checked before parsing, version-checked, then validated
against the JSON Schema shipped in ``resources/exchange.schema.json``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import enum
import functools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

from recovery_desktop.domain.codec import base_type, field_types, from_plain
from recovery_desktop.domain.errors import (
    ExchangeAuthError,
    ExchangeVersionError,
    InvalidExchangeFileError,
    ValidationError,
)
from recovery_desktop.domain.exchange_format import (
    MAX_PAYLOAD_BYTES,
    RECORD_TYPES,
    VERSION,
    PayloadShapeError,
    check_shape,
)
from recovery_desktop.domain.records import Record
from recovery_desktop.domain.validation import validate

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

#: An encrypted file is a little larger than its payload; anything far bigger is refused.
MAX_FILE_BYTES = MAX_PAYLOAD_BYTES + 1024 * 1024
AGE_MAGIC = b"age-encryption.org/v1\n"
SIGNED_MAGIC = b"recovery-desktop-signed/1\n"
#: age's scrypt cost is in the file; a forged huge one would hang the import for minutes.
#: age picks the cost that takes a second where the file is written (19 on a modest
#: laptop); each step up doubles the time and the memory (21 is 2 GiB).
MAX_SCRYPT_WORK_FACTOR = 21


class Mode(enum.StrEnum):
    """How a file is protected."""

    PASSPHRASE = "passphrase"
    PAIRED = "paired"


@dataclass(frozen=True)
class KeyPair:
    """Our secret keys for one pair: an age X25519 identity and an Ed25519 signing key."""

    age_identity: str
    signing_key: str  # hex

    @classmethod
    def generate(cls) -> KeyPair:
        """Fresh keys."""
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import (
            Encoding,
            NoEncryption,
            PrivateFormat,
        )
        from pyrage import x25519

        signing = Ed25519PrivateKey.generate().private_bytes(
            Encoding.Raw, PrivateFormat.Raw, NoEncryption()
        )
        return cls(str(x25519.Identity.generate()), signing.hex())

    @property
    def age_recipient(self) -> str:
        """The public half of the age identity (``age1...``)."""
        from pyrage import x25519

        return str(x25519.Identity.from_str(self.age_identity).to_public())

    @property
    def verify_key(self) -> str:
        """The public half of the signing key (hex)."""
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        public = _signing_key(self.signing_key).public_key()
        return public.public_bytes(Encoding.Raw, PublicFormat.Raw).hex()

    def sign(self, payload: bytes) -> bytes:
        """The Ed25519 signature of ``payload``."""
        return _signing_key(self.signing_key).sign(payload)


def _signing_key(hex_key: str) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(hex_key))


def mode_of(data: bytes) -> Mode:
    """Whether the file needs a passphrase, read from its age header (nothing decrypted).

    Raises:
        InvalidExchangeFileError: not an age file, too large, or an absurd scrypt cost.

    """
    if len(data) > MAX_FILE_BYTES:
        raise InvalidExchangeFileError("file", "too large")
    if not data.startswith(AGE_MAGIC):
        raise InvalidExchangeFileError("file", "not an encrypted Recovery Desktop file")
    header_end = data.find(b"\n---", 0, 64 * 1024)
    stanzas = data[len(AGE_MAGIC) : header_end if header_end > 0 else 64 * 1024].split(b"\n")
    for line in stanzas:
        if line.startswith(b"-> scrypt "):
            parts = line.split(b" ")
            if len(parts) != 4 or not parts[3].isdigit() or len(parts[3]) > 2:
                raise ExchangeAuthError()
            if int(parts[3]) > MAX_SCRYPT_WORK_FACTOR:
                raise InvalidExchangeFileError("file", "asks for an unreasonable amount of work")
            return Mode.PASSPHRASE
    return Mode.PAIRED


def encrypt_to(payload: bytes, recipient: str, keys: KeyPair) -> bytes:
    """The payload, signed with ``keys`` and encrypted to the peer's age ``recipient``."""
    import pyrage
    from pyrage import x25519

    signature = base64.b64encode(keys.sign(payload))
    plaintext = SIGNED_MAGIC + signature + b"\n" + payload
    return bytes(pyrage.encrypt(plaintext, [x25519.Recipient.from_str(recipient)]))


def decrypt_with_identities(data: bytes, identities: Sequence[str]) -> tuple[int, bytes]:
    """Decrypt a paired-mode file; returns which identity opened it and the plaintext.

    Raises:
        ExchangeAuthError: none of our keys opens it, or it was altered.

    """
    import pyrage
    from pyrage import x25519

    mode_of(data)  # size and shape first
    for index, identity in enumerate(identities):
        try:
            return index, bytes(pyrage.decrypt(data, [x25519.Identity.from_str(identity)]))
        except pyrage.DecryptError:
            continue
    raise ExchangeAuthError()


def split_signed(plaintext: bytes) -> tuple[bytes | None, bytes]:
    """The signature (None if unsigned) and the payload of a decrypted file.

    Raises:
        ExchangeAuthError: the signature line is damaged.

    """
    if not plaintext.startswith(SIGNED_MAGIC):
        return None, plaintext
    line_end = plaintext.find(b"\n", len(SIGNED_MAGIC))
    if line_end < 0:
        raise ExchangeAuthError()
    try:
        signature = base64.b64decode(plaintext[len(SIGNED_MAGIC) : line_end], validate=True)
    except binascii.Error:
        raise ExchangeAuthError() from None
    return signature, plaintext[line_end + 1 :]


def verify(payload: bytes, signature: bytes, verify_key: str) -> None:
    """Check the sender's signature.

    Raises:
        ExchangeAuthError: the payload was not signed by ``verify_key``.

    """
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(verify_key)).verify(signature, payload)
    except (InvalidSignature, ValueError):
        raise ExchangeAuthError() from None


@dataclass(frozen=True)
class Payload:
    """A validated payload: its header fields and its records."""

    kind: str
    pair_id: str
    sender_role: str
    sender_name: str
    sequence: int
    age_recipient: str
    verify_key: str
    created_at: dt.datetime
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
    mode_of(data)  # size, shape and scrypt cost first
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


@functools.cache
def _validator() -> Callable[[Any], Any]:
    """The shipped schema compiled to Python once: ten times faster than interpreting it."""
    import fastjsonschema

    validate: Callable[[Any], Any] = fastjsonschema.compile(_schema())
    return validate


def _check_schema(raw: Any) -> None:
    from fastjsonschema import JsonSchemaValueException

    try:
        _validator()(raw)
    except JsonSchemaValueException as error:
        parts = [str(part) for part in (error.path or [])[1:]]  # the first is "data"
        where = "/".join(parts) or "payload"
        # The rule's name, never its message: that would quote the file's (private) text.
        raise InvalidExchangeFileError(where, f"breaks the format's '{error.rule}' rule") from None


def _not_json(constant: str) -> None:
    """Refuse NaN and Infinity, which Python's json reads but JSON does not have."""
    raise ValueError(constant)


_TIME_FIELDS: dict[type[Record], tuple[str, ...]] = {}


def _time_fields(cls: type[Record]) -> tuple[str, ...]:
    if cls not in _TIME_FIELDS:
        _TIME_FIELDS[cls] = tuple(
            name for name, hint in field_types(cls).items() if base_type(hint) is dt.datetime
        )
    return _TIME_FIELDS[cls]


def _check_time(value: dt.datetime, where: str) -> None:
    """A timestamp must say its time zone and stay within the years every clock can show.

    The schema's ``date-time`` format is not checked by jsonschema without an extra
    package, and a naive or year-9999 time would fail later, when it is stored or shown.
    """
    if value.utcoffset() is None:
        raise InvalidExchangeFileError(where, "has no time zone")
    try:
        in_utc = value.astimezone(dt.UTC)
    except OverflowError:
        in_utc = None
    if in_utc is None or not 1 < in_utc.year < 9999:
        raise InvalidExchangeFileError(where, "is out of range")


def parse_payload(data: bytes) -> Payload:
    """Check and read a decrypted payload.

    Raises:
        InvalidExchangeFileError: not JSON, too large or deep, or not matching the schema.
        ExchangeVersionError: written by a newer version.

    """
    try:
        check_shape(data)
        raw = json.loads(data.decode("utf-8"), parse_constant=_not_json)
    except PayloadShapeError as problem:
        raise InvalidExchangeFileError("file", str(problem)) from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise InvalidExchangeFileError("file", "not readable JSON") from None
    if not isinstance(raw, dict):
        raise InvalidExchangeFileError("file", "not a payload")
    if b"\\u" in data:  # only a \u escape can smuggle in a lone surrogate, which no text holds
        try:
            json.dumps(raw, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidExchangeFileError("file", "has text that is not valid Unicode") from None
    version = raw.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise ExchangeVersionError(version)
    _check_schema(raw)
    records: list[Record] = []
    for name, items in raw["records"].items():
        cls = RECORD_TYPES[name]
        for index, item in enumerate(items):
            try:
                record = from_plain(cls, item)
            except (TypeError, ValueError):
                raise InvalidExchangeFileError(
                    f"records/{name}/{index}", "has a value of the wrong kind"
                ) from None
            for field_name in _time_fields(cls):
                value = getattr(record, field_name)
                if value is not None:
                    _check_time(value, f"records/{name}/{index}/{field_name}")
            try:  # the same rules as typing it in: a mood of 99 would break every view
                validate(record)
            except ValidationError as problem:
                raise InvalidExchangeFileError(
                    f"records/{name}/{index}/{problem.field}", "breaks the app's rules"
                ) from None
            records.append(record)
    sender = raw["sender"]
    try:
        created_at = dt.datetime.fromisoformat(raw["created_at"])
    except ValueError:
        raise InvalidExchangeFileError("created_at", "is not a date and time") from None
    _check_time(created_at, "created_at")
    return Payload(
        kind=raw["kind"],
        pair_id=raw["pair_id"],
        sender_role=sender["role"],
        sender_name=sender["name"],
        sequence=raw["sequence"],
        age_recipient=raw["keys"]["age_recipient"],
        verify_key=raw["keys"]["signing_key"],
        created_at=created_at,
        records=tuple(records),
        raw=raw,
    )
