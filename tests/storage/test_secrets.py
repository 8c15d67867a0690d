"""The keychain matrix: every way a keychain can fail ends in the passphrase, calmly.

The data key is remembered under service ``recovery-desktop``, user = vault id. A working
keychain round-trips it; no backend, a locked one, one that raises and one that hangs all
become ``KeyringUnavailableError`` (within the time limit), and the vault still unlocks
with its passphrase. Garbage in the keychain reads as "nothing remembered".
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringError, KeyringLocked

from recovery_desktop.domain.errors import KeyringUnavailableError
from recovery_desktop.storage import secrets
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.vault import OpenVault
from tests.conftest import PASSPHRASE, MemoryKeyring

VAULT_ID = "0b3f5c9e-7d3a-4c1e-9a55-2f1d6c0e8b41"
KEY = bytes(range(32))


# --- backends that fail ---------------------------------------------------------------


class RaisingKeyring(KeyringBackend):
    """A keychain whose every call raises ``error``."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, error: Callable[[], Exception]) -> None:
        super().__init__()
        self.error = error
        self.calls = 0

    def _fail(self) -> None:
        self.calls += 1
        raise self.error()

    def get_password(self, service: str, username: str) -> str | None:
        self._fail()
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._fail()

    def delete_password(self, service: str, username: str) -> None:
        self._fail()


class HangingKeyring(KeyringBackend):
    """A keychain that never answers (a wallet waiting for a prompt nobody sees)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def _hang(self) -> None:
        self.release.wait(60)  # far longer than any timeout; released at teardown

    def get_password(self, service: str, username: str) -> str | None:
        self._hang()
        return KEY.hex()

    def set_password(self, service: str, username: str, password: str) -> None:
        self._hang()

    def delete_password(self, service: str, username: str) -> None:
        self._hang()


FAILING = {
    "no backend": fail.Keyring,
    "locked": lambda: RaisingKeyring(lambda: KeyringLocked("the wallet is locked")),
    "raises RuntimeError": lambda: RaisingKeyring(lambda: RuntimeError("dbus went away")),
    "raises KeyringError": lambda: RaisingKeyring(lambda: KeyringError("backend error")),
    "hangs": HangingKeyring,
}


@pytest.fixture(params=sorted(FAILING))
def failing_keyring(request: pytest.FixtureRequest) -> Iterator[KeyringBackend]:
    """The process-wide keychain replaced by one that fails in the given way."""
    previous = keyring.get_keyring()
    backend = FAILING[request.param]()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
    if isinstance(backend, HangingKeyring):
        backend.release.set()  # let the abandoned worker threads finish


def timeout_for(backend: KeyringBackend) -> float:
    return 0.2 if isinstance(backend, HangingKeyring) else secrets.TIMEOUT_S


# --- a working keychain --------------------------------------------------------------------


def test_memory_keychain_round_trip(memory_keyring: MemoryKeyring) -> None:
    assert secrets.load_key(VAULT_ID) is None
    secrets.store_key(VAULT_ID, KEY)
    assert memory_keyring.store == {(secrets.SERVICE, VAULT_ID): KEY.hex()}
    assert secrets.load_key(VAULT_ID) == KEY
    assert secrets.load_key("another-vault") is None
    secrets.forget_key(VAULT_ID)
    assert memory_keyring.store == {}
    assert secrets.load_key(VAULT_ID) is None
    secrets.forget_key(VAULT_ID)  # forgetting twice is fine


def test_remembered_key_unlocks_the_vault(
    vault: OpenVault, vault_folder: VaultFolder, memory_keyring: MemoryKeyring
) -> None:
    secrets.store_key(vault.vault_id, vault.data_key)
    vault.close()
    remembered = secrets.load_key(vault.vault_id)
    assert remembered is not None
    reopened = vault_folder.unlock_with_key(remembered)
    assert reopened is not None
    assert reopened.vault_id == vault.vault_id
    reopened.close()


@pytest.mark.parametrize(
    "stored",
    ["not hex at all", "abc", "zz" * 32, "", "\u00e9" * 64, "ab" * 16, "ab" * 33],
    ids=["words", "odd length", "non-hex", "empty", "non-ascii", "too short", "too long"],
)
def test_garbage_in_the_keychain_reads_as_nothing(
    memory_keyring: MemoryKeyring, stored: str
) -> None:
    memory_keyring.store[(secrets.SERVICE, VAULT_ID)] = stored
    assert secrets.load_key(VAULT_ID) is None


def test_another_vaults_key_does_not_unlock(
    vault: OpenVault, vault_folder: VaultFolder, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.store[(secrets.SERVICE, vault.vault_id)] = "00" * 32
    vault.close()
    remembered = secrets.load_key(vault.vault_id)
    assert remembered == bytes(32)
    assert vault_folder.unlock_with_key(remembered) is None
    vault_folder.unlock(PASSPHRASE).close()


# --- keychains that fail ---------------------------------------------------------------------


def test_failing_keychain_load_is_unavailable(failing_keyring: KeyringBackend) -> None:
    started = time.monotonic()
    with pytest.raises(KeyringUnavailableError):
        secrets.load_key(VAULT_ID, timeout=timeout_for(failing_keyring))
    assert time.monotonic() - started < 1.0
    if isinstance(failing_keyring, RaisingKeyring):
        assert failing_keyring.calls == 1  # the backend's own error, not a skipped call


def test_failing_keychain_store_is_unavailable(failing_keyring: KeyringBackend) -> None:
    started = time.monotonic()
    with pytest.raises(KeyringUnavailableError):
        secrets.store_key(VAULT_ID, KEY, timeout=timeout_for(failing_keyring))
    assert time.monotonic() - started < 1.0


def test_failing_keychain_forget_is_unavailable(failing_keyring: KeyringBackend) -> None:
    started = time.monotonic()
    with pytest.raises(KeyringUnavailableError):
        secrets.forget_key(VAULT_ID, timeout=timeout_for(failing_keyring))
    assert time.monotonic() - started < 1.0


def test_hanging_keychain_returns_within_a_second() -> None:
    backend = HangingKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        started = time.monotonic()
        with pytest.raises(KeyringUnavailableError) as caught:
            secrets.load_key(VAULT_ID, timeout=0.2)
        elapsed = time.monotonic() - started
    finally:
        keyring.set_keyring(previous)
        backend.release.set()
    assert 0.15 <= elapsed < 1.0
    assert caught.value.reason == "timeout"


def test_failing_keychain_falls_back_to_the_passphrase(
    vault: OpenVault, vault_folder: VaultFolder, failing_keyring: KeyringBackend
) -> None:
    timeout = timeout_for(failing_keyring)
    vault_id, data_key = vault.vault_id, vault.data_key
    with pytest.raises(KeyringUnavailableError):
        secrets.store_key(vault_id, data_key, timeout=timeout)
    vault.close()
    with pytest.raises(KeyringUnavailableError):
        secrets.load_key(vault_id, timeout=timeout)
    reopened = vault_folder.unlock(PASSPHRASE)
    try:
        assert reopened.vault_id == vault_id
        assert reopened.data_key == data_key
    finally:
        reopened.close()


def test_key_size_agrees_with_the_envelope() -> None:
    from recovery_desktop.storage import keys

    assert secrets.DATA_KEY_BYTES == keys.DATA_KEY_BYTES
