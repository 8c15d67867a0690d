"""Remembering the data key in the OS keychain, never trusting the keychain to answer.

Every call runs in a daemon thread with a time limit, so a keychain that hangs (a locked
desktop wallet waiting for a prompt nobody sees) cannot freeze the app; any failure
becomes ``KeyringUnavailableError`` and the caller falls back to the passphrase.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar

from recovery_desktop.domain.errors import KeyringUnavailableError

SERVICE = "recovery-desktop"
TIMEOUT_S = 3.0
DATA_KEY_BYTES = 32  # as storage.keys; not imported, so the keychain needs no cryptography

T = TypeVar("T")


def _with_timeout(call: Callable[[], T], timeout: float) -> T:
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except Exception as exc:  # noqa: BLE001 - any keychain failure means "fall back"
            outcome["error"] = exc

    worker = threading.Thread(target=run, name="keyring", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise KeyringUnavailableError("timeout")
    if "error" in outcome:
        raise KeyringUnavailableError(type(outcome["error"]).__name__)
    return outcome["value"]  # type: ignore[return-value]  # set by run() when no error


def _check_backend() -> None:
    import keyring
    from keyring.backends import fail

    if isinstance(keyring.get_keyring(), fail.Keyring):
        raise RuntimeError("no keyring backend")


def store_key(vault_id: str, data_key: bytes, timeout: float = TIMEOUT_S) -> None:
    """Remember the data key for this vault (KeyringUnavailableError on any failure)."""

    def call() -> None:
        import keyring

        _check_backend()
        keyring.set_password(SERVICE, vault_id, data_key.hex())

    _with_timeout(call, timeout)


def load_key(vault_id: str, timeout: float = TIMEOUT_S) -> bytes | None:
    """The remembered data key, or None if none is stored (KeyringUnavailableError)."""

    def call() -> bytes | None:
        import keyring

        _check_backend()
        value = keyring.get_password(SERVICE, vault_id)
        if value is None:
            return None
        try:
            key = bytes.fromhex(value)
        except ValueError:
            return None  # garbage in the keychain is as good as nothing
        return key if len(key) == DATA_KEY_BYTES else None

    return _with_timeout(call, timeout)


def forget_key(vault_id: str, timeout: float = TIMEOUT_S) -> None:
    """Remove the remembered key; a missing entry is fine."""

    def call() -> None:
        import keyring
        from keyring.errors import PasswordDeleteError

        _check_backend()
        with contextlib.suppress(PasswordDeleteError):
            keyring.delete_password(SERVICE, vault_id)

    _with_timeout(call, timeout)
