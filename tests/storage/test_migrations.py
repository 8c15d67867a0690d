"""Schema migrations: every released schema opens in this version, and nothing is lost."""

import datetime as dt
import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from recovery_desktop.domain.checkins import CheckIn, Sharing, UseStatus
from recovery_desktop.domain.feedback import Comment
from recovery_desktop.domain.goals import Goal, Step
from recovery_desktop.domain.share_selection import ShareChoice
from recovery_desktop.domain.triggers import Risk, Trigger
from recovery_desktop.services import exchange, journal, records, share
from recovery_desktop.services.exchange_file import Mode
from recovery_desktop.services.profile import profile
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.schema import SCHEMA_HEAD, alembic_config, current_revision
from recovery_desktop.storage.snapshots import list_snapshots
from recovery_desktop.storage.tables import Base

FIXTURES = Path(__file__).parents[1] / "fixtures"
FIXTURE_PASSPHRASE = "fixture passphrase for schema tests"
RELEASED = sorted(path.stem.removeprefix("schema-") for path in FIXTURES.glob("schema-*.vaultdb"))


def test_schema_head_constant_matches_alembic():
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD


def test_there_is_a_fixture_for_every_schema():
    assert [f"{number:04d}" for number in range(1, int(SCHEMA_HEAD) + 1)] == RELEASED
    for revision in RELEASED:
        assert (FIXTURES / f"schema-{revision}.vaultkey").is_file()


def test_models_match_the_migrated_schema(vault):
    with vault.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


@pytest.mark.parametrize("revision", RELEASED)
def test_fixture_vault_opens_after_every_later_migration(tmp_path, revision):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURES / f"schema-{revision}.vaultdb", data / "vault.db")
    shutil.copy(FIXTURES / f"schema-{revision}.vaultkey", data / "vault.key")
    folder = VaultFolder.acquire(data)
    try:
        vault = folder.unlock(FIXTURE_PASSPHRASE)
        try:
            assert current_revision(vault.engine) == SCHEMA_HEAD
            assert profile(vault).display_name == "Fixture Person"
            [entry] = journal.entries(vault)
            assert entry.body == f"Written with schema {revision}"
            assert entry.title == "Fixture entry"
            assert entry.mood == 4
            assert entry.shared
            if revision >= "0002":
                [trigger] = records.all_of(vault, Trigger)
                assert (trigger.name, trigger.cope, trigger.risk) == (
                    "Fixture trigger",
                    "Call Sam",
                    Risk.HIGH,
                )
            if revision >= "0003":
                [checkin] = records.all_of(vault, CheckIn)
                assert (checkin.day, checkin.use, checkin.slip_note) == (
                    dt.date(2026, 11, 2),
                    UseStatus.LAPSE,
                    "Fixture slip",
                )
                assert (checkin.sleep_hours, checkin.tired, checkin.sharing) == (
                    6.5,
                    True,
                    Sharing.FULL,
                )
                [goal] = records.all_of(vault, Goal)
                assert goal.step_list == (Step("One", True), Step("Two"))
                assert goal.due == dt.date(2026, 12, 1)
            else:
                # Older vaults gain the new tables, empty, and work with them at once.
                assert records.all_of(vault, CheckIn) == []
                records.save(vault, CheckIn(day=dt.date(2026, 11, 3)))
            if revision >= "0004":
                # One real exchange: the pair's keys, the log and the mentor's comment.
                assert exchange.is_paired(vault)
                log = [(e.direction, e.kind, e.mode) for e in exchange.exchange_log(vault)]
                assert log == [
                    ("received", "feedback", "paired"),
                    ("sent", "share", "passphrase"),
                ]
                [comment] = records.all_of(vault, Comment)
                assert (comment.text, comment.about_type) == ("Fixture comment", "trigger")
                assert comment.about_id == records.all_of(vault, Trigger)[0].id
                # The stored keys still work: the next share goes in paired mode.
                receipt, _ = share.write(vault, ShareChoice(), tmp_path / "next.rdshare", None)
                assert receipt.mode is Mode.PAIRED
                assert exchange.exchange_log(vault)[0].sequence == 2
            else:
                assert exchange.exchange_log(vault) == []
                assert records.all_of(vault, Comment) == []
                assert not exchange.is_paired(vault)
        finally:
            vault.close()
        upgraded = revision != SCHEMA_HEAD
        labels = [snap.label for snap in list_snapshots(data / "backups")]
        assert ("before-upgrade" in labels) == upgraded
    finally:
        folder.release()
