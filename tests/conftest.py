"""Shared fixtures: offscreen Qt, an in-memory keychain, fast key derivation, no modal hangs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
# The "system" language setting must mean English here, whatever the machine speaks: Qt reads
# LANGUAGE first for the person's languages, and tests compare English strings.
os.environ["LANGUAGE"] = "en"

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from recovery_desktop.domain.profile import Role
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.keys import KdfParams
from recovery_desktop.storage.vault import OpenVault

#: The cheapest Argon2id the envelope accepts: tests stay fast, the bounds stay real.
FAST_KDF = KdfParams(memory_kib=64 * 1024, iterations=1, lanes=1)
PASSPHRASE = "a calm river at dawn"


class MemoryKeyring(KeyringBackend):
    """A keychain that lives in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory keychain; the real one is never touched."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail, instead of hanging, if code under test opens a blocking dialog.

    Tests that expect a dialog patch the specific call themselves (``ask`` class methods,
    or ``monkeypatch.setattr`` after this fixture) or drive it through ``open()``.
    """
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a modal dialog was opened during a test")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QPrintDialog, "exec", refuse)
    for name in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, refuse)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder path that does not exist yet."""
    return tmp_path / "data"


@pytest.fixture
def vault_folder(data_dir: Path) -> Iterator[VaultFolder]:
    """The data folder, locked for this test."""
    folder = VaultFolder.acquire(data_dir)
    yield folder
    folder.release()


@pytest.fixture
def new_vault(vault_folder: VaultFolder) -> Iterator[tuple[OpenVault, str]]:
    """A freshly created mentee vault and its recovery code."""
    created = vault_folder.create(PASSPHRASE, Role.MENTEE, "Jordan", kdf=FAST_KDF)
    yield created.vault, created.recovery_code
    created.vault.close()


@pytest.fixture
def vault(new_vault: tuple[OpenVault, str]) -> OpenVault:
    """A freshly created, unlocked mentee vault."""
    return new_vault[0]
