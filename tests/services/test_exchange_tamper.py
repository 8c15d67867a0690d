"""Bad exchange files at the service level: the right error, one clear line, an unchanged vault.

The same cases run through the real command line in ``tests/e2e/test_cli_exchange.py``.
"""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from recovery_desktop.cli import exit_code_for
from recovery_desktop.domain import errors
from recovery_desktop.domain.share_selection import ShareChoice
from recovery_desktop.messages import describe
from recovery_desktop.services import exchange, mentor, share
from recovery_desktop.services.changes import NOTHING
from tests.helpers.exchange_craft import vault_digest
from tests.helpers.exchange_world import CASES, Case, World, build_world
from tests.helpers.files import read_only


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    made = build_world(tmp_path_factory.mktemp("world"))
    yield made
    made.close()


def _passphrase_for(case: Case):
    def give() -> str:
        if case.passphrase is None:
            raise AssertionError("a paired file must not ask for a passphrase")
        return case.passphrase

    return give


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_a_bad_file_is_refused_and_changes_nothing(world: World, case: Case) -> None:
    vault = world.vault(case.side)
    data = case.make(world)
    before = vault_digest(vault)
    started = time.monotonic()
    if case.error is None:
        result = exchange.import_file(vault, data, _passphrase_for(case))
        assert result.already_imported and result.written == 0 and result.changes == NOTHING
    else:
        with pytest.raises(errors.RecoveryError) as caught:
            exchange.import_file(vault, data, _passphrase_for(case))
        assert type(caught.value) is case.error, caught.value
        assert exit_code_for(caught.value) == case.code
        line = describe(caught.value)
        assert "\n" not in line and case.words in line, line
    assert time.monotonic() - started < 5.0
    assert vault_digest(vault) == before


def test_written_files_are_private_and_leave_no_temp_files(world: World, tmp_path: Path) -> None:
    out = tmp_path / "again.rdshare"
    share.write(world.mentee, ShareChoice(), out, None)
    feedback = tmp_path / "again.rdfeedback"
    mentor.write_feedback(world.mentor, world.pair_id, feedback, None)
    for path in (out, feedback):
        assert path.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again.rdfeedback", "again.rdshare"]


def _write(world: World, side: str, out: Path) -> None:
    if side == "mentee":
        share.write(world.mentee, ShareChoice(), out, None)
    else:
        mentor.write_feedback(world.mentor, world.pair_id, out, None)


@pytest.mark.parametrize("side", ["mentee", "mentor"])
@pytest.mark.parametrize("problem", ["read-only folder", "no such folder", "disk full"])
def test_a_failed_export_leaves_no_file_and_no_log_entry(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, side: str, problem: str
) -> None:
    vault = world.vault(side)
    before, log = vault_digest(vault), exchange.exchange_log(vault)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "file.rdshare"
    match problem:
        case "read-only folder":
            with read_only(folder), pytest.raises((OSError, errors.DiskFullError)):
                _write(world, side, out)
        case "no such folder":
            out = tmp_path / "missing" / "file.rdshare"
            with pytest.raises(OSError):
                _write(world, side, out)
        case "disk full":

            def full(_fd: int) -> None:
                raise OSError(errno.ENOSPC, "No space left on device")

            monkeypatch.setattr(os, "fsync", full)
            with pytest.raises(errors.DiskFullError):
                _write(world, side, out)
    assert not out.exists()
    assert list(folder.iterdir()) == []  # no temp file left behind either
    assert exchange.exchange_log(vault) == log
    assert vault_digest(vault) == before  # nor a sequence number used up
