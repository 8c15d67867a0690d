"""Recovery codes: 144 random bits and a 16-bit checksum, written as eight groups of four.

Crockford's base-32 alphabet leaves out I, L, O and U, and reading forgives the usual
mix-ups (lower case, I or L for 1, O for 0, spaces or dashes anywhere), so a code copied
by hand from paper still works. The checksum tells a typing mistake from a wrong code.
"""

from __future__ import annotations

import hashlib
import secrets

from recovery_desktop.domain.errors import RecoveryCodeTypoError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RANDOM_BYTES = 18  # 144 bits
CHECK_BYTES = 2
GROUP = 4
_TOTAL_CHARS = (RANDOM_BYTES + CHECK_BYTES) * 8 // 5  # 32
_READ_AS = {"I": "1", "L": "1", "O": "0"}


def _checksum(secret: bytes) -> bytes:
    return hashlib.sha256(b"recovery-desktop recovery code" + secret).digest()[:CHECK_BYTES]


def _encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    chars = [ALPHABET[(number >> (5 * i)) & 31] for i in range(_TOTAL_CHARS)]
    return "".join(reversed(chars))


def generate() -> str:
    """Return a new recovery code, grouped for reading."""
    secret = secrets.token_bytes(RANDOM_BYTES)
    text = _encode(secret + _checksum(secret))
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def looks_like_code(text: str) -> bool:
    """Whether ``text`` has the shape of a recovery code (right length and alphabet)."""
    try:
        _normalise(text)
    except ValueError:
        return False
    return True


def _normalise(text: str) -> str:
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    cleaned = "".join(_READ_AS.get(ch, ch) for ch in cleaned)
    if len(cleaned) != _TOTAL_CHARS or any(ch not in ALPHABET for ch in cleaned):
        raise ValueError("not a recovery code")
    return cleaned


def parse(text: str) -> bytes:
    """Return the secret bytes of a typed code.

    Raises:
        RecoveryCodeTypoError: the text is not a well-formed code or its checksum fails.

    """
    try:
        cleaned = _normalise(text)
    except ValueError:
        raise RecoveryCodeTypoError() from None
    number = 0
    for ch in cleaned:
        number = (number << 5) | ALPHABET.index(ch)
    data = number.to_bytes(RANDOM_BYTES + CHECK_BYTES, "big")
    secret, check = data[:RANDOM_BYTES], data[RANDOM_BYTES:]
    if not secrets.compare_digest(check, _checksum(secret)):
        raise RecoveryCodeTypoError()
    return secret


def canonical(text: str) -> str:
    """Return the code in its printed form (for use as key material)."""
    secret = parse(text)
    return _encode(secret + _checksum(secret))
