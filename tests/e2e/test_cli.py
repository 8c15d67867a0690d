"""The real command line, run as a separate process, as a script or a person would.

Secrets reach it only through ``RECOVERY_DESKTOP_PASSPHRASE`` or standard input, never
argv. Every expected failure is one line on stderr with its documented exit code, no
traceback, and leaves every file in the data folder byte-identical.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from recovery_desktop import __version__
from recovery_desktop.domain import recovery_code
from recovery_desktop.storage.folder import VaultFolder

PASSPHRASE = "correct horse battery staple 42"
WRONG = "incorrect horse battery staple 42"
PASSPHRASE_ENV = "RECOVERY_DESKTOP_PASSPHRASE"
SECRETS = (PASSPHRASE, WRONG)

EXIT_OK, EXIT_USAGE, EXIT_AUTH, EXIT_INVALID_INPUT, EXIT_IN_USE = 0, 2, 3, 4, 5
#: Time limit for one command; a real run takes one or two seconds.
TIMEOUT_S = 60.0


def run_cli(
    data_dir: Path, *args: str, passphrase: str | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m recovery_desktop --data-dir DIR ARGS``; secrets via env or stdin."""
    argv = [sys.executable, "-m", "recovery_desktop", "--data-dir", str(data_dir), *args]
    assert not any(secret in arg for arg in argv for secret in SECRETS)
    env = {name: value for name, value in os.environ.items() if not name.startswith("RECOVERY_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if passphrase is not None:
        env[PASSPHRASE_ENV] = passphrase
    result = subprocess.run(
        argv, input=stdin, capture_output=True, text=True, env=env, timeout=TIMEOUT_S, check=False
    )
    for secret in SECRETS:
        assert secret not in result.stdout and secret not in result.stderr
    return result


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The single line an expected failure writes on stderr (and nothing on stdout)."""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("recovery-desktop: ")
    return lines[0]


def snapshot(folder: Path) -> dict[str, str]:
    """SHA-256 of every file below ``folder`` (the lock file too), by relative path."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def initialised(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A vault made by ``init`` with the real KDF (once), and what init printed."""
    folder = tmp_path_factory.mktemp("cli") / "template"
    result = run_cli(folder, "init", "--role", "mentee", "--name", "Jordan", passphrase=PASSPHRASE)
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stderr == ""
    return folder, result.stdout


@pytest.fixture
def data(initialised: tuple[Path, str], tmp_path: Path) -> Path:
    """A private copy of the initialised vault for one test to use or damage."""
    folder = tmp_path / "data"
    shutil.copytree(initialised[0], folder)
    return folder


def test_version(tmp_path: Path) -> None:
    result = run_cli(tmp_path / "unused", "--version")
    assert result.returncode == EXIT_OK
    assert result.stdout.strip() == f"recovery-desktop {__version__}"


def test_init_prints_the_recovery_code_and_keeps_files_private(
    initialised: tuple[Path, str],
) -> None:
    folder, stdout = initialised
    codes = re.findall(r"^\s+(\S+)\s*$", stdout, flags=re.MULTILINE)
    assert len(codes) == 1, stdout
    assert recovery_code.looks_like_code(codes[0])
    assert "recovery code" in stdout.lower()
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / "vault.key").is_file() and (folder / "vault.db").is_file()
    for path in folder.rglob("*"):
        expected = 0o700 if path.is_dir() else 0o600
        assert path.stat().st_mode & 0o777 == expected, path
    # The printed code is this vault's: it unlocks it.
    vault_folder = VaultFolder.acquire(folder)
    try:
        vault_folder.unlock_with_recovery_code(codes[0]).close()
    finally:
        vault_folder.release()


def test_check_passes_on_a_new_vault(data: Path) -> None:
    before = snapshot(data)
    result = run_cli(data, "check", passphrase=PASSPHRASE)
    assert result.returncode == EXIT_OK, result.stderr
    assert "intact" in result.stdout
    assert result.stderr == ""
    assert snapshot(data).keys() == before.keys()  # no leftover WAL or temp files


def test_passphrase_on_standard_input(data: Path) -> None:
    result = run_cli(data, "check", stdin=PASSPHRASE + "\n")
    assert result.returncode == EXIT_OK, result.stderr
    assert "intact" in result.stdout


def test_passphrase_is_not_an_option(data: Path) -> None:
    help_text = run_cli(data, "check", "--help").stdout
    assert "--passphrase" not in help_text
    result = run_cli(data, "check", "--passphrase", "not-a-secret")
    assert result.returncode == EXIT_USAGE
    assert "unrecognized arguments" in result.stderr


def test_no_passphrase_at_all_is_a_usage_error(data: Path) -> None:
    before = snapshot(data)
    result = run_cli(data, "check", stdin="")
    assert result.returncode == EXIT_USAGE
    assert PASSPHRASE_ENV in one_error_line(result)
    assert snapshot(data) == before


def test_wrong_passphrase(data: Path) -> None:
    before = snapshot(data)
    result = run_cli(data, "check", passphrase=WRONG)
    assert result.returncode == EXIT_AUTH
    line = one_error_line(result)
    assert "passphrase" in line
    assert "damaged" not in line
    assert result.stdout == ""
    assert snapshot(data) == before


@pytest.mark.parametrize("damage", ["flip a byte", "truncate", "empty"])
def test_damaged_key_file(data: Path, damage: str) -> None:
    key = data / "vault.key"
    content = bytearray(key.read_bytes())
    match damage:
        case "flip a byte":
            content[len(content) // 2] ^= 0x01
        case "truncate":
            content = content[: len(content) // 2]
        case "empty":
            content = bytearray()
    key.write_bytes(bytes(content))
    before = snapshot(data)
    result = run_cli(data, "check", passphrase=PASSPHRASE)
    assert result.returncode == EXIT_INVALID_INPUT, result.stderr
    line = one_error_line(result)
    assert "vault.key" in line and "damaged" in line
    assert "passphrase" not in line
    assert snapshot(data) == before


PAGE = 4096


@pytest.mark.parametrize(
    "damage", ["first page", "second page", "last page", "truncate", "garbage", "empty"]
)
def test_damaged_database(data: Path, damage: str) -> None:
    db = data / "vault.db"
    content = bytearray(db.read_bytes())
    assert len(content) % PAGE == 0 and len(content) >= 3 * PAGE
    match damage:
        case "first page" | "second page" | "last page":
            page = {"first page": 0, "second page": 1, "last page": len(content) // PAGE - 1}
            middle = page[damage] * PAGE + PAGE // 2
            content[middle : middle + 16] = bytes(16)  # overwrite bytes in the middle of a page
        case "truncate":
            content = content[: PAGE + 1000]
        case "garbage":
            content = bytearray(os.urandom(len(content)))
        case "empty":
            content = bytearray()
    db.write_bytes(bytes(content))
    before = snapshot(data)
    result = run_cli(data, "check", passphrase=PASSPHRASE)
    assert result.returncode == EXIT_INVALID_INPUT, result.stderr
    line = one_error_line(result)
    assert "vault.db" in line and "damaged" in line
    assert "passphrase" not in line
    assert snapshot(data) == before  # nothing overwritten, nothing added


def test_vault_in_use(data: Path) -> None:
    before = snapshot(data)
    holder = VaultFolder.acquire(data)
    try:
        result = run_cli(data, "check", passphrase=PASSPHRASE)
    finally:
        holder.release()
    assert result.returncode == EXIT_IN_USE
    assert "already open" in one_error_line(result)
    assert snapshot(data) == before


def test_init_twice_changes_nothing(data: Path) -> None:
    before = snapshot(data)
    result = run_cli(data, "init", "--role", "mentor", "--name", "Sam", passphrase=WRONG)
    assert result.returncode == EXIT_USAGE
    assert "already exists" in one_error_line(result)
    assert result.stdout == ""
    assert snapshot(data) == before


def test_demo_data_then_check(data: Path) -> None:
    result = run_cli(data, "demo-data", "--years", "1", passphrase=PASSPHRASE)
    assert result.returncode == EXIT_OK, result.stderr
    match = re.search(r"(\d+) journal entries", result.stdout)
    assert match and int(match.group(1)) > 0, result.stdout
    result = run_cli(data, "check", passphrase=PASSPHRASE)
    assert result.returncode == EXIT_OK, result.stderr
    assert "intact" in result.stdout


def test_window_opens_and_exits_when_ready(data: Path) -> None:
    started = time.monotonic()
    result = run_cli(data, "--exit-when-ready", passphrase=PASSPHRASE)
    elapsed = time.monotonic() - started
    assert result.returncode == EXIT_OK, result.stderr
    assert "Traceback" not in result.stderr
    assert elapsed < 20.0


def test_window_with_a_wrong_passphrase_exits_with_the_auth_code(data: Path) -> None:
    before = snapshot(data)
    result = run_cli(data, "--exit-when-ready", passphrase=WRONG)
    assert result.returncode == EXIT_AUTH
    assert "Traceback" not in result.stderr
    assert "passphrase" in result.stderr
    assert snapshot(data) == before
