import json

from recovery_desktop import settings as opts
from recovery_desktop.settings import Settings


def test_defaults_when_no_file(tmp_path):
    settings = Settings(tmp_path / "settings.json")
    assert settings.get(opts.IDLE_LOCK_MINUTES) == 10
    assert settings.get(opts.REMEMBER_KEY) is False


def test_values_persist_privately(tmp_path):
    path = tmp_path / "settings.json"
    Settings(path).set(opts.IDLE_LOCK_MINUTES, 3)
    assert Settings(path).get(opts.IDLE_LOCK_MINUTES) == 3
    assert path.stat().st_mode & 0o777 == 0o600


def test_wrong_types_and_garbage_fall_back_to_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"idle_lock_minutes": True, "remember_key": "yes"}))
    settings = Settings(path)
    assert settings.get(opts.IDLE_LOCK_MINUTES) == 10
    assert settings.get(opts.REMEMBER_KEY) is False
    path.write_text("{not json")
    assert Settings(path).get(opts.IDLE_LOCK_MINUTES) == 10
    path.write_text("[" * 100_000)  # nested past Python's recursion limit
    assert Settings(path).get(opts.IDLE_LOCK_MINUTES) == 10


def test_unknown_keys_are_not_written_back(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"passphrase": "should never be here"}))
    Settings(path).set(opts.REMEMBER_KEY, True)
    assert "passphrase" not in json.loads(path.read_text())


def test_every_setting_is_declared_with_a_description():
    assert all(setting.description for setting in opts.ALL)
    assert len({setting.name for setting in opts.ALL}) == len(opts.ALL)
