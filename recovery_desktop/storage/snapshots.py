"""Encrypted snapshots of the database, made with ``VACUUM INTO`` under the same key."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from recovery_desktop.domain.errors import BackupNotFoundError, DamagedFileError
from recovery_desktop.storage.atomic import ensure_private_dir, fsync_dir
from recovery_desktop.storage.engine import create_private_file, open_engine
from recovery_desktop.storage.errors import classify

_NAME = re.compile(r"vault-(\d{8}T\d{6}\d{6}Z)(?:-([a-z-]+))?\.db")
_STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class Snapshot:
    """One backup file."""

    path: Path
    taken_at: dt.datetime
    label: str

    @property
    def name(self) -> str:
        """The file name, which identifies the snapshot."""
        return self.path.name


def list_snapshots(folder: Path) -> list[Snapshot]:
    """Snapshots in ``folder``, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.fullmatch(path.name)
            if match:
                taken = dt.datetime.strptime(match.group(1), _STAMP).replace(tzinfo=dt.UTC)
                found.append(Snapshot(path, taken, match.group(2) or ""))
    return sorted(found, key=lambda snap: snap.taken_at, reverse=True)


def take_snapshot(
    engine: Engine, folder: Path, label: str = "", now: dt.datetime | None = None
) -> Snapshot:
    """Write a consistent encrypted copy of the database into ``folder``.

    The copy is made under a temporary name and renamed when complete, so a crash
    never leaves a half-written file that looks like a backup.
    """
    ensure_private_dir(folder)
    taken = now or dt.datetime.now(dt.UTC)
    suffix = f"-{label}" if label else ""
    final = folder / f"vault-{taken.strftime(_STAMP)}{suffix}.db"
    partial = final.with_name(final.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    create_private_file(partial)  # VACUUM INTO accepts an empty file and keeps its mode
    driver_error = engine.dialect.loaded_dbapi.Error
    try:
        # VACUUM refuses to run in a transaction, and SQLAlchemy connections always open
        # one (see engine._on_begin), so this goes straight to the driver's connection.
        raw = engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert driver is not None  # a pooled connection always has its driver connection
            driver.execute("VACUUM INTO ?", (str(partial),))
        finally:
            raw.close()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
    except driver_error as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        expected = classify(exc, partial)
        if expected is not None:
            raise expected from None
        raise
    os.replace(partial, final)
    fsync_dir(folder)
    return Snapshot(final, taken, label)


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` automatic snapshots; return what was deleted.

    Labelled snapshots (before an upgrade, before a restore) are kept: they are rare and
    they are the ones a person needs when something went wrong.
    """
    automatic = [snap for snap in list_snapshots(folder) if not snap.label]
    removed = []
    for snap in automatic[keep:]:
        snap.path.unlink()
        removed.append(snap.path)
    return removed


def verify_snapshot(path: Path, data_key: bytes) -> None:
    """Check that a snapshot opens with the key and passes both integrity checks.

    Raises:
        BackupNotFoundError: no such file.
        DamagedFileError: it does not open or is not intact.

    """
    if not path.is_file():
        raise BackupNotFoundError(path.name)
    engine = open_engine(path, data_key)
    try:
        problems = integrity_problems(engine)
    finally:
        engine.dispose()
    if problems:
        raise DamagedFileError(path, "; ".join(problems[:3]))


def integrity_problems(engine: Engine) -> list[str]:
    """Run SQLCipher's page-level check and SQLite's structural check; [] when sound."""
    problems: list[str] = []
    try:
        with engine.connect() as connection:
            cipher = connection.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
            problems.extend(str(row[0]) for row in cipher)
            structure = connection.exec_driver_sql("PRAGMA integrity_check").fetchall()
            problems.extend(str(row[0]) for row in structure if row[0] != "ok")
    except DBAPIError as exc:
        # A check that cannot even read the pages has found damage.
        expected = classify(exc, Path(engine.url.database or "vault.db"))
        if expected is not None:
            raise expected from None
        raise
    return problems


def replace_database(db: Path, snapshot: Path) -> None:
    """Put a copy of ``snapshot`` in place of the (closed) database at ``db``, atomically.

    The caller has closed every connection with a WAL checkpoint, so the write-ahead log
    holds nothing; it is removed first so it can never be replayed onto the restored file.
    """
    staged = db.with_name(f".{db.name}.restoring")
    with contextlib.suppress(FileNotFoundError):
        staged.unlink()
    create_private_file(staged)
    with snapshot.open("rb") as source, staged.open("wb") as target:
        while chunk := source.read(1 << 20):
            target.write(chunk)
        target.flush()
        os.fsync(target.fileno())
    for sidecar in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            sidecar.unlink()
    os.replace(staged, db)
    fsync_dir(db.parent)
