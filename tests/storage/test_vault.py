import datetime as dt

import pytest
from sqlalchemy import text

from recovery_desktop.domain.errors import (
    DamagedFileError,
    RecoveryCodeTypoError,
    SchemaTooNewError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from recovery_desktop.domain.profile import Role
from recovery_desktop.services import journal
from recovery_desktop.services.profile import profile
from recovery_desktop.storage import keys
from recovery_desktop.storage.folder import VaultFolder
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.files import flip_byte, hashes, overwritten


def test_new_vault_files_are_private(vault, data_dir):
    assert data_dir.stat().st_mode & 0o777 == 0o700
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert path.stat().st_mode & 0o777 == 0o600, path


def test_sqlcipher_settings(vault):
    with vault.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("temp_store") == 2  # MEMORY
        assert pragma("cipher_version").startswith("4.")


def test_unlock_with_passphrase_after_close(new_vault, vault_folder):
    vault, _code = new_vault
    journal.add_entry(vault, dt.date(2026, 1, 2), "first day")
    vault.close()
    reopened = vault_folder.unlock(PASSPHRASE)
    try:
        assert [entry.body for entry in journal.entries(reopened)] == ["first day"]
        assert profile(reopened).display_name == "Jordan"
        assert profile(reopened).role is Role.MENTEE
    finally:
        reopened.close()


def test_closed_vault_refuses_work(vault):
    vault.close()
    assert not vault.is_open
    with pytest.raises(VaultLockedError):
        vault.session()
    with pytest.raises(VaultLockedError):
        _ = vault.data_key


def test_wrong_passphrase_changes_nothing(new_vault, vault_folder, data_dir):
    new_vault[0].close()
    before = hashes(data_dir)
    for attempt in ("", "a calm river at dusk", PASSPHRASE.upper()):
        with pytest.raises(WrongPassphraseError):
            vault_folder.unlock(attempt)
    assert hashes(data_dir) == before


def test_recovery_code_unlocks_and_asks_for_a_new_passphrase(new_vault, vault_folder):
    vault, code = new_vault
    vault.close()
    recovered = vault_folder.unlock_with_recovery_code(code.lower())
    assert recovered.must_change_passphrase
    recovered.change_passphrase("a brand new passphrase here")
    assert not recovered.must_change_passphrase
    recovered.close()
    vault_folder.unlock("a brand new passphrase here").close()
    with pytest.raises(WrongPassphraseError):
        vault_folder.unlock(PASSPHRASE)
    vault_folder.unlock_with_recovery_code(code).close()  # the code keeps working


def test_mistyped_recovery_code_is_a_typo_not_a_wrong_code(new_vault, vault_folder):
    vault, code = new_vault
    vault.close()
    typo = ("1" if code[0] != "1" else "2") + code[1:]
    with pytest.raises(RecoveryCodeTypoError):
        vault_folder.unlock_with_recovery_code(typo)


def test_another_vaults_recovery_code_is_wrong(new_vault, vault_folder, tmp_path):
    other_folder = VaultFolder.acquire(tmp_path / "other")
    other = other_folder.create("another passphrase!", Role.MENTEE, "Sam", kdf=FAST_KDF)
    other.vault.close()
    other_folder.release()
    new_vault[0].close()
    with pytest.raises(WrongPassphraseError):
        vault_folder.unlock_with_recovery_code(other.recovery_code)


def test_change_passphrase_rewraps_only_the_key_file(new_vault, vault_folder, data_dir):
    vault, _ = new_vault
    journal.add_entry(vault, dt.date(2026, 1, 2), "kept as is")
    db_before = (data_dir / "vault.db").read_bytes()
    vault.change_passphrase("the new passphrase is long")
    vault.close()
    reopened = vault_folder.unlock("the new passphrase is long")
    assert [entry.body for entry in journal.entries(reopened)] == ["kept as is"]
    reopened.close()
    with pytest.raises(WrongPassphraseError):
        vault_folder.unlock(PASSPHRASE)
    assert len(db_before) > 0


def test_unlock_with_remembered_key(new_vault, vault_folder):
    vault, _ = new_vault
    key = vault.data_key
    vault.close()
    assert vault_folder.unlock_with_key(keys.new_data_key()) is None
    reopened = vault_folder.unlock_with_key(key)
    assert reopened is not None
    reopened.close()


def test_create_refuses_to_overwrite(vault, vault_folder, data_dir):
    before = hashes(data_dir)
    with pytest.raises(VaultExistsError):
        vault_folder.create("something else entirely", Role.MENTOR, "X", kdf=FAST_KDF)
    assert hashes(data_dir) == before


def test_no_vault_yet(vault_folder):
    assert not vault_folder.exists()
    with pytest.raises(VaultNotFoundError):
        vault_folder.unlock(PASSPHRASE)


@pytest.mark.parametrize("damage", ["flip_header", "flip_middle", "truncate", "garbage", "missing"])
def test_damaged_database_is_damage_not_a_wrong_passphrase(
    new_vault, vault_folder, data_dir, damage
):
    vault, _ = new_vault
    for day in range(1, 40):
        journal.add_entry(vault, dt.date(2026, 1, 1) + dt.timedelta(days=day), "x" * 500)
    vault.close()
    db = data_dir / "vault.db"
    match damage:
        case "flip_header":
            flip_byte(db, 100)
        case "flip_middle":
            flip_byte(db, db.stat().st_size // 2)
        case "truncate":
            db.write_bytes(db.read_bytes()[:1000])
        case "garbage":
            db.write_bytes(b"this is not a database" * 100)
        case "missing":
            db.unlink()
    before = hashes(data_dir)
    with pytest.raises(DamagedFileError) as caught:
        opened = vault_folder.unlock(PASSPHRASE)
        # Damage deep in a page is found when that page is read, as `check` does.
        from recovery_desktop.services.health import check

        problems = check(opened)
        opened.close()
        if problems:
            raise DamagedFileError(db, "check found problems")
    assert caught.value.path.name == "vault.db"
    assert overwritten(before, hashes(data_dir)) == []


def test_damaged_key_file_is_damage_and_left_alone(new_vault, vault_folder, data_dir):
    new_vault[0].close()
    key_file = data_dir / "vault.key"
    flip_byte(key_file, key_file.stat().st_size // 2)
    before = hashes(data_dir)
    with pytest.raises(DamagedFileError) as caught:
        vault_folder.unlock(PASSPHRASE)
    assert caught.value.path.name == "vault.key"
    assert hashes(data_dir) == before


def test_vault_from_a_newer_app_is_refused_and_untouched(new_vault, vault_folder, data_dir):
    vault, _ = new_vault
    with vault.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    vault.close()
    before = hashes(data_dir)
    with pytest.raises(SchemaTooNewError):
        vault_folder.unlock(PASSPHRASE)
    assert hashes(data_dir) == before


def test_create_interrupted_before_the_key_file_leaves_no_vault(data_dir, monkeypatch):
    from recovery_desktop.storage import keys as keys_module

    folder = VaultFolder.acquire(data_dir)

    def crash(*_args):
        raise KeyboardInterrupt  # as if the process died here

    monkeypatch.setattr(keys_module, "write", crash)
    with pytest.raises(KeyboardInterrupt):
        folder.create(PASSPHRASE, Role.MENTEE, "Jo", kdf=FAST_KDF)
    monkeypatch.undo()
    assert not folder.exists()
    assert sorted(p.name for p in data_dir.iterdir()) == ["vault.lock"]
    folder.create(PASSPHRASE, Role.MENTEE, "Jo", kdf=FAST_KDF).vault.close()
    folder.release()


def test_create_interrupted_after_the_key_file_is_finished_on_next_start(data_dir):
    folder = VaultFolder.acquire(data_dir)
    created = folder.create(PASSPHRASE, Role.MENTEE, "Jo", kdf=FAST_KDF)
    created.vault.close()
    folder.release()
    # Put the folder back in the state between writing vault.key and the rename.
    (data_dir / "vault.db").replace(data_dir / ".vault.db.new")
    again = VaultFolder.acquire(data_dir)
    assert (data_dir / "vault.db").exists()
    assert not (data_dir / ".vault.db.new").exists()
    again.unlock(PASSPHRASE).close()
    again.release()


def test_a_stale_staged_database_without_key_is_discarded(data_dir):
    data_dir.mkdir()
    (data_dir / ".vault.db.new").write_bytes(b"half-built")
    folder = VaultFolder.acquire(data_dir)
    assert not (data_dir / ".vault.db.new").exists()
    assert not folder.exists()
    folder.release()
