"""Crafting exchange files and checking vaults for the tamper, fuzz and CLI tests.

``vault_digest`` hashes every table's rows, so a test can say "the vault is unchanged".
``scrypt_encrypt`` writes a passphrase-mode age file with a *cheap* scrypt work factor:
the real one (pyrage picks about a second's worth) would make every passphrase-mode
test pay seconds; the file is a standard age file all the same (``age -d`` opens it).
The other helpers seal crafted payloads with the app's own ``KeyPair`` and ``encrypt_to``,
so a crafted file has exactly the defect a test puts in, and nothing else.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from recovery_desktop.domain.profile import Role
from recovery_desktop.services.exchange_file import (
    AGE_MAGIC,
    KeyPair,
    decrypt_with_identities,
    encrypt_to,
    split_signed,
)
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.tables import Base, PairRow
from recovery_desktop.storage.vault import OpenVault
from tests.conftest import FAST_KDF, PASSPHRASE

CHUNK = 64 * 1024  # age's STREAM chunk of plaintext
TAG = 16  # ChaCha20-Poly1305 tag after each chunk
NONCE = 16  # the payload nonce after the header


def vault_digest(vault: OpenVault) -> str:
    """SHA-256 over every table's rows, in primary-key order (the vault's whole content)."""
    digest = hashlib.sha256()
    with vault.session() as session:
        for table in Base.metadata.sorted_tables:
            digest.update(table.name.encode() + b"\0")
            rows = session.execute(table.select().order_by(*table.primary_key.columns))
            for row in rows:
                digest.update(repr(tuple(row)).encode() + b"\0")
    return digest.hexdigest()


def make_vault(folder: Path, role: Role, name: str) -> tuple[VaultFolder, OpenVault]:
    """A new vault in ``folder`` (fast key derivation), unlocked; the caller releases it."""
    vault_folder = VaultFolder.acquire(folder)
    created = vault_folder.create(PASSPHRASE, role, name, kdf=FAST_KDF)
    return vault_folder, created.vault


def own_keys(vault: OpenVault, pair_id: str) -> KeyPair:
    """The vault's own secret keys for a pair."""
    with vault.session() as session:
        row = session.get(PairRow, pair_id)
        assert row is not None
        return KeyPair(row.own_age_identity, row.own_signing_key)


def identities(vault: OpenVault) -> list[str]:
    """Every age identity the vault holds."""
    with vault.session() as session:
        return [row.own_age_identity for row in session.query(PairRow)]


def open_file(data: bytes, vault: OpenVault) -> dict[str, Any]:
    """The payload of a paired file addressed to ``vault``, as a dict."""
    _index, plaintext = decrypt_with_identities(data, identities(vault))
    loaded: dict[str, Any] = json.loads(split_signed(plaintext)[1])
    return loaded


def dumps(raw: dict[str, Any]) -> bytes:
    """A payload the way the app writes it."""
    return json.dumps(raw, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def seal(payload: dict[str, Any] | bytes, sender: KeyPair, recipient: str) -> bytes:
    """A correctly signed and encrypted paired file around ``payload``."""
    data = payload if isinstance(payload, bytes) else dumps(payload)
    return encrypt_to(data, recipient, sender)


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=salt, info=info).derive(key)


def scrypt_encrypt(plaintext: bytes, passphrase: str, work_factor: int = 10) -> bytes:
    """An age v1 file with one scrypt recipient, as ``age -p`` writes, at a chosen cost."""
    file_key, salt = os.urandom(16), os.urandom(16)
    kek = Scrypt(
        salt=b"age-encryption.org/v1/scrypt" + salt, length=32, n=2**work_factor, r=8, p=1
    ).derive(passphrase.encode())
    wrapped = ChaCha20Poly1305(kek).encrypt(bytes(12), file_key, None)
    header = AGE_MAGIC + b"-> scrypt " + _b64(salt) + b" %d\n" % work_factor
    header += _b64(wrapped) + b"\n---"
    mac = hmac.HMAC(_hkdf(file_key, b"", b"header"), hashes.SHA256())
    mac.update(header)
    nonce = os.urandom(NONCE)
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    chunks = [plaintext[i : i + CHUNK] for i in range(0, len(plaintext), CHUNK)] or [b""]
    body = b"".join(
        aead.encrypt(index.to_bytes(11, "big") + bytes([index == len(chunks) - 1]), chunk, None)
        for index, chunk in enumerate(chunks)
    )
    return header + b" " + _b64(mac.finalize()) + b"\n" + nonce + body


def body_start(data: bytes) -> int:
    """Where the encrypted chunks begin (after the header and the payload nonce)."""
    return data.index(b"\n", data.index(b"\n---") + 1) + 1 + NONCE


def chunk_spans(data: bytes) -> list[tuple[int, int]]:
    """The byte ranges of the encrypted STREAM chunks."""
    start, size = body_start(data), CHUNK + TAG
    return [(offset, min(offset + size, len(data))) for offset in range(start, len(data), size)]


def swap_chunks(data: bytes, first: int, second: int) -> bytes:
    """The file with two encrypted chunks exchanged (the same length)."""
    spans = chunk_spans(data)
    (a0, a1), (b0, b1) = sorted((spans[first], spans[second]))
    return data[:a0] + data[b0:b1] + data[a1:b0] + data[a0:a1] + data[b1:]


def mutable(raw: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of a payload dict to change freely."""
    copied: dict[str, Any] = json.loads(json.dumps(raw))
    return copied
