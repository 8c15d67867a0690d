"""Benchmark vaults: a mentee with N years of demo data, their mentor, a share and feedback.

Each size is built once per run (cached by years and seed in the run's temporary folder)
and copied wherever a measurement changes it, so every run starts from the same state.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

PASSPHRASE = "benchmark passphrase of some length"
MENTEE_NAME = "Alex"
MENTOR_NAME = "Sam"
#: A session every other week; every feedback file carries all of the mentor's records.
SESSIONS_PER_YEAR = 26
COMMENTS_PER_SESSION = 2


@dataclass(frozen=True)
class BenchVaults:
    """One size's vaults and exchange files (all closed; open copies to change them)."""

    years: float
    seed: int
    mentee: Path  # paired, has shared once, today's backup taken
    mentee_key: bytes
    mentor: Path  # paired with the mentee, its feedback written, no share imported yet
    mentor_key: bytes
    mentor_identity: str  # the mentor's age identity (opens the share file)
    share_file: Path
    feedback_file: Path
    demo_s: float  # `recovery-desktop demo-data --years N` (its process), or the fill alone
    feedback_records: int


def bench_env() -> dict[str, str]:
    """The environment for every process the benchmark starts."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECOVERY_DESKTOP_PASSPHRASE": PASSPHRASE}


def copy_vault(source: Path, target: Path) -> Path:
    """A fresh copy of a closed vault folder (its lock file is taken anew on opening)."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("vault.lock", "logs"))
    return target


def open_with_key(folder: Path, key: bytes):
    """Open a vault folder with its data key (no KDF); returns (lock, vault)."""
    from recovery_desktop.storage.folder import VaultFolder

    lock = VaultFolder.acquire(folder)
    vault = lock.unlock_with_key(key)
    if vault is None:
        lock.release()
        raise RuntimeError(f"not this vault's key: {folder}")
    return lock, vault


def close(lock, vault) -> None:
    vault.close()
    lock.release()


class VaultCache:
    """Builds each (years, seed) once under ``root``."""

    def __init__(self, root: Path, via_cli: bool = True) -> None:
        self.root = root
        self.via_cli = via_cli
        self._built: dict[tuple[float, int], BenchVaults] = {}

    def get(self, years: float, seed: int = 7) -> BenchVaults:
        key = (years, seed)
        if key not in self._built:
            self._built[key] = build(self.root / f"{years:g}y-s{seed}", years, seed, self.via_cli)
        return self._built[key]


def _mentee_via_cli(folder: Path, years: float, seed: int) -> float:
    base = [sys.executable, "-m", "recovery_desktop", "--data-dir", str(folder)]
    env = bench_env()
    subprocess.run(
        [*base, "init", "--role", "mentee", "--name", MENTEE_NAME],
        env=env,
        check=True,
        capture_output=True,
    )
    start = time.perf_counter()
    subprocess.run(
        [*base, "demo-data", "--years", str(years), "--seed", str(seed)],
        env=env,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def _mentee_in_process(folder: Path, years: float, seed: int) -> float:
    from recovery_desktop.domain.profile import Role
    from recovery_desktop.services import demo
    from recovery_desktop.storage.folder import VaultFolder
    from recovery_desktop.storage.keys import MIN_KDF

    lock = VaultFolder.acquire(folder)
    created = lock.create(PASSPHRASE, Role.MENTEE, MENTEE_NAME, kdf=MIN_KDF)
    start = time.perf_counter()
    demo.fill(created.vault, years=years, seed=seed)
    elapsed = time.perf_counter() - start
    close(lock, created.vault)
    return elapsed


def build(root: Path, years: float, seed: int = 7, via_cli: bool = True) -> BenchVaults:
    """Make the vaults of one size under ``root`` (see ``BenchVaults``)."""
    from recovery_desktop.domain.profile import Role
    from recovery_desktop.domain.share_selection import CheckInDetail, ShareChoice
    from recovery_desktop.services import backup, mentor, share
    from recovery_desktop.services.demo_mentor import pair_directly
    from recovery_desktop.storage.folder import VaultFolder
    from recovery_desktop.storage.keys import MIN_KDF
    from recovery_desktop.storage.tables import PairRow

    root.mkdir(parents=True, exist_ok=True)
    mentee_dir, mentor_dir = root / "mentee", root / "mentor"
    make_mentee = _mentee_via_cli if via_cli else _mentee_in_process
    demo_s = make_mentee(mentee_dir, years, seed)

    mentee_lock = VaultFolder.acquire(mentee_dir)
    mentee = mentee_lock.unlock(PASSPHRASE)
    mentee_key = mentee.data_key
    backup.back_up_if_due(mentee)  # every measured run then finds today's backup taken
    mentor_lock = VaultFolder.acquire(mentor_dir)
    mentor_vault = mentor_lock.create(PASSPHRASE, Role.MENTOR, MENTOR_NAME, kdf=MIN_KDF).vault
    mentor_key = mentor_vault.data_key
    pair_id = pair_directly(mentee, mentor_vault)
    share_file = root / "share.rdshare"
    share.write(mentee, ShareChoice(check_ins=CheckInDetail.FULL), share_file, None)
    # The mentor comments on what the share holds; importing it is measured apart.
    count = _write_feedback_history(mentor_vault, pair_id, _commentable(mentee), years, seed)
    feedback_file = root / "feedback.rdfeedback"
    mentor.write_feedback(mentor_vault, pair_id, feedback_file, None)
    with mentor_vault.session() as session:
        identity = session.get(PairRow, pair_id).own_age_identity
    close(mentee_lock, mentee)
    close(mentor_lock, mentor_vault)
    return BenchVaults(
        years=years,
        seed=seed,
        mentee=mentee_dir,
        mentee_key=mentee_key,
        mentor=mentor_dir,
        mentor_key=mentor_key,
        mentor_identity=identity,
        share_file=share_file,
        feedback_file=feedback_file,
        demo_s=demo_s,
        feedback_records=count,
    )


def no_passphrase() -> str:
    raise RuntimeError("the bench pair is paired: its files need no passphrase")


def _commentable(mentee) -> list:
    """The shared triggers, goals and urges a mentor may comment on."""
    from recovery_desktop.domain.goals import Goal
    from recovery_desktop.domain.triggers import Encounter, Trigger
    from recovery_desktop.storage.repositories import Records

    records = Records(mentee)
    return [r for cls in (Trigger, Goal, Encounter) for r in records.all(cls) if r.shared]


def _write_feedback_history(vault, pair_id: str, seen: list, years: float, seed: int) -> int:
    """A session every other week for ``years``: comments, recognitions, ideas and notes."""
    from sqlalchemy import insert

    from recovery_desktop.domain.exchange_format import TYPE_NAMES
    from recovery_desktop.domain.feedback import (
        Comment,
        Recognition,
        RecognitionKind,
        SessionNote,
        Suggestion,
        SuggestionKind,
    )
    from recovery_desktop.storage.repositories import ROW_TYPES, row_values
    from recovery_desktop.storage.tables import utc_now

    rng = random.Random(seed)
    if not seen:
        return 0
    today = dt.date.today()
    sessions = max(1, round(SESSIONS_PER_YEAR * years))
    records = []
    for index in range(sessions):
        day = today - dt.timedelta(days=14 * (sessions - 1 - index))
        for about in rng.sample(seen, min(COMMENTS_PER_SESSION, len(seen))):
            records.append(
                Comment(
                    pair_id=pair_id,
                    about_type=TYPE_NAMES[type(about)],
                    about_id=about.id,
                    text="Good to see this written down; let's look at it together next time.",
                )
            )
        records.append(
            Recognition(
                pair_id=pair_id,
                kind=rng.choice(list(RecognitionKind)),
                day=day,
                text="You reached out early this fortnight, before the urge peaked.",
            )
        )
        if index % 4 == 0:
            records.append(
                Suggestion(
                    pair_id=pair_id,
                    kind=rng.choice(list(SuggestionKind)),
                    title="Plan one evening a week you look forward to",
                    detail="Put it in the diary on Monday, so Friday already has a shape.",
                )
            )
        records.append(
            SessionNote(
                pair_id=pair_id,
                day=day,
                notes="Went through the urge log and the plan together.",
                agreed_actions="Alex: log urges the same day.\nMe: send the feedback tonight.",
                next_session=day + dt.timedelta(days=14),
            )
        )
    now = utc_now()
    by_type: dict[type, list] = {}
    for record in records:
        by_type.setdefault(type(record), []).append(row_values(record, now))
    with vault.session() as session, session.begin():
        for cls, rows in by_type.items():
            session.execute(insert(ROW_TYPES[cls]), rows)
    return len(records)
