"""The exchange through the real command line: two sessions, then bad files and failed exports.

Each bad file from ``tests/helpers/exchange_world.py`` is imported by ``recovery-desktop
import`` in its own process, into its own copy of a vault; the processes run a few at a
time while the session test runs. Each must exit with the documented code, write one line
on stderr and no traceback, and leave every table as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from recovery_desktop.domain.feedback import Comment
from recovery_desktop.domain.journal import JournalEntry
from recovery_desktop.domain.profile import Role
from recovery_desktop.domain.triggers import Trigger
from recovery_desktop.services import exchange, records
from recovery_desktop.services import mentor as mentor_service
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.vault import OpenVault
from tests.conftest import PASSPHRASE
from tests.helpers.exchange_craft import make_vault, vault_digest
from tests.helpers.exchange_world import CASES, SHARE_PASS, Case, build_world
from tests.helpers.files import read_only

PASSPHRASE_ENV = "RECOVERY_DESKTOP_PASSPHRASE"
SHARE_PASSPHRASE_ENV = "RECOVERY_DESKTOP_SHARE_PASSPHRASE"
EXIT_OK, EXIT_USAGE, EXIT_AUTH, EXIT_INVALID_INPUT = 0, 2, 3, 4
TIMEOUT_S = 120.0

#: The cases run through the command line: each exit code and each kind of trouble the issue
#: names, one process each. Every case runs at the service level too, checking the same exit
#: code (``exit_code_for``) and message (``describe``) in milliseconds.
CLI_CASES = [
    "wrong passphrase",
    "chunks swapped",
    "another pair's paired feedback",
    "another pair's passphrase feedback",
    "replayed older share",
    "same file twice",
    "oversized file",
    "newer version",
    "feedback record owned by the mentee",
]
BY_NAME = {case.name: case for case in CASES}


def run_cli(
    data_dir: Path, *args: str, share_passphrase: str | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """``python -m recovery_desktop --data-dir DIR ARGS``; secrets only through env or stdin."""
    argv = [sys.executable, "-m", "recovery_desktop", "--data-dir", str(data_dir), *args]
    env = {name: value for name, value in os.environ.items() if not name.startswith("RECOVERY_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env[PASSPHRASE_ENV] = PASSPHRASE
    if share_passphrase is not None:
        env[SHARE_PASSPHRASE_ENV] = share_passphrase
    result = subprocess.run(
        argv, input=stdin, capture_output=True, text=True, env=env, timeout=TIMEOUT_S, check=False
    )
    for secret in (PASSPHRASE, SHARE_PASS):
        assert secret not in result.stdout and secret not in result.stderr
    return result


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The single line an expected failure writes on stderr (and nothing on stdout)."""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("recovery-desktop: ")
    assert result.stdout == ""
    return lines[0]


@contextlib.contextmanager
def opened(folder: Path) -> Iterator[OpenVault]:
    """The vault in ``folder``, unlocked in this process (no command may run meanwhile)."""
    vault_folder = VaultFolder.acquire(folder)
    try:
        vault = vault_folder.unlock(PASSPHRASE)
        try:
            yield vault
        finally:
            vault.close()
    finally:
        vault_folder.release()


def digest_of(folder: Path) -> str:
    """The table digest of the vault in ``folder``."""
    with opened(folder) as vault:
        return vault_digest(vault)


def log_text(folder: Path) -> str:
    """Everything the app logged in ``folder``."""
    return "".join(path.read_text() for path in sorted((folder / "logs").glob("*")))


@dataclass
class Run:
    """One import of a case's file into a fresh copy of the receiving vault."""

    folder: Path
    result: subprocess.CompletedProcess[str]


@dataclass
class Bench:
    """The world on disk: vault folders, their digests, and the running imports."""

    root: Path
    digests: dict[str, str]
    runs: dict[str, Future[Run]]


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bench]:
    """Build the world, write every case's file, and start importing them (2 at a time)."""
    root = tmp_path_factory.mktemp("cli-world")
    world = build_world(root)
    digests = {side: vault_digest(world.vault(side)) for side in ("mentee", "mentor")}
    files = root / "cases"
    files.mkdir()
    paths = {}
    for number, name in enumerate(CLI_CASES):
        paths[name] = files / f"case-{number}.rdshare"
        paths[name].write_bytes(BY_NAME[name].make(world))
    world.close()

    def run(number: int, case: Case) -> Run:
        folder = root / "runs" / str(number)
        shutil.copytree(root / case.side, folder)
        result = run_cli(folder, "import", str(paths[case.name]), share_passphrase=case.passphrase)
        return Run(folder, result)

    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = {
            name: pool.submit(run, number, BY_NAME[name]) for number, name in enumerate(CLI_CASES)
        }
        yield Bench(root, digests, runs)


@pytest.mark.parametrize("name", CLI_CASES)
def test_a_bad_file_exits_with_its_code_and_changes_nothing(bench: Bench, name: str) -> None:
    case = BY_NAME[name]
    run = bench.runs[name].result(timeout=600)
    assert run.result.returncode == case.code, run.result.stderr
    if case.error is None:
        assert run.result.stderr == ""
        assert case.words in run.result.stdout
    else:
        line = one_error_line(run.result)
        assert case.words in line, line
    assert "Traceback" not in log_text(run.folder)
    assert digest_of(run.folder) == bench.digests[case.side]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _exported(result: subprocess.CompletedProcess[str], path: Path) -> None:
    """An export succeeded: the file is private, and the printed hash is its hash."""
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stderr == ""
    assert path.stat().st_mode & 0o777 == 0o600
    match = re.search(r"SHA-256: ([0-9a-f]{64})", result.stdout)
    assert match and match.group(1) == _sha256(path), result.stdout


@pytest.fixture(scope="module")
def session_folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A new mentee vault with a few records, and a new mentor vault: never exchanged."""
    root = tmp_path_factory.mktemp("cli-session")
    made = []
    for side, role, name in (("mentee", Role.MENTEE, "Jordan"), ("mentor", Role.MENTOR, "Sam")):
        folder, vault = make_vault(root / side, role, name)
        if role is Role.MENTEE:
            records.save(vault, Trigger(name="Payday"))
            day = dt.date(2026, 11, 20)
            records.save(vault, JournalEntry(entry_date=day, body="only mine"))
            records.save(vault, JournalEntry(entry_date=day, body="for Sam", shared=True))
        vault.close()
        folder.release()
        made.append(root / side)
    return made[0], made[1]


def test_two_sessions_through_the_command_line(
    bench: Bench, session_folders: tuple[Path, Path], tmp_path: Path
) -> None:
    del bench  # requested first, so the bad-file imports run while this test does
    mentee, mentor = session_folders
    first = tmp_path / "first"  # no suffix given: the app adds .rdshare

    result = run_cli(mentee, "export", "--out", str(first), share_passphrase=SHARE_PASS)
    first = first.with_suffix(".rdshare")
    _exported(result, first)
    assert "with the share passphrase" in result.stdout
    assert first.read_bytes().startswith(b"age-encryption.org/v1\n-> scrypt ")

    result = run_cli(mentor, "import", str(first), stdin=SHARE_PASS + "\n")
    assert result.returncode == EXIT_OK, result.stderr
    assert "Imported the share from Jordan" in result.stdout
    with opened(mentor) as vault:  # the mentor reviews and comments (in the window, really)
        (jordan,) = mentor_service.mentees(vault)
        [payday] = [
            r
            for r in mentor_service.mentee_records(vault, jordan.pair_id)
            if isinstance(r, Trigger)
        ]
        records.save(
            vault,
            Comment(pair_id=jordan.pair_id, about_type="trigger", about_id=payday.id, text="Good"),
        )

    feedback = tmp_path / "notes.rdfeedback"
    result = run_cli(mentor, "export", "--mentee", "jordan", "--out", str(feedback))
    _exported(result, feedback)
    assert "to your pair's key" in result.stdout

    result = run_cli(mentee, "import", str(feedback))  # no passphrase anywhere: paired
    assert result.returncode == EXIT_OK, result.stderr
    assert "Imported the feedback from Sam" in result.stdout
    assert "1 new or changed item." in result.stdout

    second = tmp_path / "second.rdshare"
    _exported(run_cli(mentee, "export", "--check-ins", "none", "--out", str(second)), second)
    result = run_cli(mentor, "import", str(second))
    assert result.returncode == EXIT_OK, result.stderr
    assert "Imported the share from Jordan" in result.stdout

    with opened(mentor) as vault:
        (jordan,) = mentor_service.mentees(vault)
        assert (jordan.name, jordan.shares, jordan.paired) == ("Jordan", 2, True)
        seen = repr(mentor_service.mentee_records(vault, jordan.pair_id))
        assert "for Sam" in seen and "only mine" not in seen
    with opened(mentee) as vault:
        [comment] = records.all_of(vault, Comment)
        assert (comment.text, comment.about_id) == ("Good", payday.id)
        log = [(entry.direction, entry.mode) for entry in exchange.exchange_log(vault)]
        assert log == [("sent", "paired"), ("received", "paired"), ("sent", "passphrase")]


@pytest.mark.parametrize("problem", ["no such folder", "read-only folder"])
def test_a_failed_export_leaves_no_file_and_no_log_entry(
    bench: Bench, tmp_path: Path, problem: str
) -> None:
    data = tmp_path / "data"
    shutil.copytree(bench.root / "mentee", data)
    before = digest_of(data)
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    if problem == "no such folder":
        out = tmp_path / "missing" / "share.rdshare"
        result = run_cli(data, "export", "--out", str(out))
        assert result.returncode == EXIT_USAGE
        assert "does not exist" in one_error_line(result)
    else:
        out = out_folder / "share.rdshare"
        with read_only(out_folder):
            result = run_cli(data, "export", "--out", str(out))
        assert result.returncode not in (EXIT_OK, EXIT_AUTH, EXIT_INVALID_INPUT)
        one_error_line(result)
    assert not out.exists() and not list(out_folder.iterdir())
    assert digest_of(data) == before  # no log entry, no sequence number used up
