"""The command line writes in the language the person chose; its English stays as it was.

The language is the data folder's LANGUAGE setting ("system" follows LANGUAGE, LC_ALL,
LC_MESSAGES or LANG). Words the command line writes go through ``domain.language``
(context ``cli``); the pseudo-language shows any that do not. argparse's own headings
("usage:", "options:") come from Python's gettext and stay English.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from recovery_desktop import APP_NAME, cli
from recovery_desktop.domain import language
from recovery_desktop.domain.profile import Role
from recovery_desktop.storage.folder import VaultFolder
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.pseudo_language import pseudo_language, untranslated

#: Spanish for "There is no vault in {folder} yet", already in the compiled catalogue.
NO_VAULT_ES = "Todavía no hay ninguna bóveda en"
NO_VAULT_EN = "There is no vault in {folder} yet. Create one first (init)."


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Whatever a test installs, the next one starts in English."""
    yield
    language.use(None)


def _choose(folder: Path, value: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.json").write_text(json.dumps({"language": value}), encoding="utf-8")


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m recovery_desktop ARGS`` with ``env`` over the test's environment."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RECOVERY_")}
    environment.update(env, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "recovery_desktop", *args],
        input="",
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )


# --- the person's language ---------------------------------------------------------------


def test_the_language_setting_makes_the_command_line_spanish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _choose(tmp_path, "es")
    code = cli.main(["--data-dir", str(tmp_path), "check"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_USAGE  # exit codes never change with the language
    assert err.startswith(f"recovery-desktop: {NO_VAULT_ES} {tmp_path}"), err
    assert "There is no vault" not in err


def test_english_is_unchanged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _choose(tmp_path, "en")
    code = cli.main(["--data-dir", str(tmp_path), "check"])
    assert code == cli.EXIT_USAGE
    assert capsys.readouterr().err == f"recovery-desktop: {NO_VAULT_EN.format(folder=tmp_path)}\n"


def test_system_follows_the_computers_language(tmp_path: Path) -> None:
    """A real process, as a person runs it: ``LANGUAGE=es`` with the setting left alone."""
    spanish = _run("--data-dir", str(tmp_path / "data"), "check", LANGUAGE="es", LANG="es_ES.UTF-8")
    assert spanish.returncode == cli.EXIT_USAGE
    assert spanish.stderr.startswith(f"recovery-desktop: {NO_VAULT_ES}"), spanish.stderr
    english = _run("--data-dir", str(tmp_path / "data"), "check", LANGUAGE="en")
    assert english.returncode == cli.EXIT_USAGE
    no_vault = NO_VAULT_EN.format(folder=tmp_path / "data")
    assert english.stderr == f"recovery-desktop: {no_vault}\n"


def test_the_setting_wins_over_the_computers_language(tmp_path: Path) -> None:
    _choose(tmp_path, "en")
    result = _run("--data-dir", str(tmp_path), "check", LANGUAGE="es", LANG="es_ES.UTF-8")
    assert result.stderr == f"recovery-desktop: {NO_VAULT_EN.format(folder=tmp_path)}\n"


@pytest.mark.parametrize(
    ("words", "folder"),
    [
        (["--data-dir", "/a", "check"], "/a"),
        (["--data-dir=/a", "check"], "/a"),
        (["--data", "/a", "check"], "/a"),
        (["check"], None),
        (["--", "--data-dir", "/a"], None),
        (["--data-dir"], None),
        (["--data-dir", "/a", "--data-dir", "/b", "check"], "/b"),
    ],
)
def test_the_data_folder_is_found_before_the_parser(words: list[str], folder: str | None) -> None:
    found = cli._data_dir_in(words)
    assert found == (None if folder is None else Path(folder))


@pytest.mark.parametrize(
    ("setting", "environment", "english"),
    [
        ("en", {"LANGUAGE": "es"}, True),
        ("es", {"LANGUAGE": "en"}, False),
        ("system", {"LANGUAGE": "en:es"}, True),
        ("system", {"LANGUAGE": "es:en"}, False),
        ("system", {"LANG": "C.UTF-8"}, True),
        ("system", {"LANG": "es_MX.UTF-8"}, False),
        ("system", {"LC_ALL": "es_ES.UTF-8", "LANG": "en_GB.UTF-8"}, False),
        ("system", {}, True),
    ],
)
def test_english_is_recognised_without_qt(
    monkeypatch: pytest.MonkeyPatch, setting: str, environment: dict[str, str], english: bool
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert cli._surely_english(setting) is english


def test_version_and_english_help_never_load_qt(tmp_path: Path) -> None:
    _choose(tmp_path, "es")  # the version needs no words, even in Spanish
    script = (
        "import sys\n"
        "from recovery_desktop.cli import main\n"
        f"for words in (['--data-dir', {str(tmp_path)!r}, '--version'], ['--help'],"
        " ['check', '--help']):\n"
        "    try:\n"
        "        main(words)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print('PySide6' in sys.modules, file=sys.stderr)\n"
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RECOVERY_")}
    environment.update(LANGUAGE="en", HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )
    assert result.stderr.strip() == "False", result.stderr


# --- every word through translate --------------------------------------------------------


def _parsers(parser: object) -> Iterator[object]:
    yield parser
    for action in parser._actions:  # type: ignore[attr-defined]
        if isinstance(action.choices, dict):  # the subcommands
            yield from action.choices.values()


def _names(parser: object) -> list[str]:
    """What argparse writes itself: headings, option names, metavars and choices."""
    names = ["usage:", "positional arguments:", "options:", parser.prog, "DATA_DIR"]  # type: ignore[attr-defined]
    for action in parser._actions:  # type: ignore[attr-defined]
        names += action.option_strings
        names += [str(choice) for choice in getattr(action, "choices", None) or ()]
        names.append(action.dest.upper())
        names.append(action.dest)
    return names


def test_help_goes_through_translate() -> None:
    with pseudo_language():
        for parser in _parsers(cli.build_parser()):
            text = parser.format_help()  # type: ignore[attr-defined]
            names = [*_names(parser), APP_NAME, "RECOVERY_DESKTOP_SHARE_PASSPHRASE"]
            left = untranslated(text, data=[*names, "RECOVERY_DESKTOP_PASSPHRASE"])
            assert left == [], text


def test_english_help_is_as_it_was() -> None:
    help_text = cli.build_parser().format_help()
    assert "  -h, --help            show this help message and exit\n" in help_text
    assert "  --version             show program's version number and exit\n" in help_text
    assert help_text.startswith("usage: recovery-desktop [-h] [--version] [--data-dir DATA_DIR]")
    assert "Recovery Desktop: a private, offline workspace for recovery and mentoring." in help_text


@pytest.fixture
def vault_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder with a mentee vault (quick to open), its passphrase in the environment."""
    folder = VaultFolder.acquire(tmp_path / "data")
    try:
        folder.create(PASSPHRASE, Role.MENTEE, "Jordan", kdf=FAST_KDF).vault.close()
    finally:
        folder.release()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    return tmp_path / "data"


def test_status_lines_go_through_translate(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "use_language", lambda _setting: "xx")  # keep the pseudo-language
    with pseudo_language():
        assert cli.main(["--data-dir", str(vault_dir), "demo-data", "--years", "0.1"]) == 0
        assert cli.main(["--data-dir", str(vault_dir), "check"]) == 0
        out = capsys.readouterr().out
        assert len(out.splitlines()) == 2
        assert untranslated(out) == [], out


def test_usage_problems_go_through_translate(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "use_language", lambda _setting: "xx")
    monkeypatch.delenv(cli.PASSPHRASE_ENV)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    with pseudo_language():
        runs = [
            ["demo-data", "--years", "500"],
            ["check"],  # no passphrase anywhere
            ["export", "--out", str(vault_dir / "missing" / "x.rdshare")],
            ["import", str(vault_dir / "nothing.rdshare")],
        ]
        for words in runs:
            assert cli.main(["--data-dir", str(vault_dir), *words]) == cli.EXIT_USAGE
            err = capsys.readouterr().err
            values = ["recovery-desktop", "--years", "--out", "FILE", cli.PASSPHRASE_ENV]
            data = [*values, str(vault_dir / "missing"), str(vault_dir / "nothing.rdshare")]
            # The operating system's own reason for a file it cannot read stays its own.
            assert untranslated(err.replace(os.strerror(2), ""), data=data) == [], err


def _import(kind: str, already: bool = False) -> SimpleNamespace:
    written = dt.datetime(2026, 1, 15, 18, 30, tzinfo=dt.UTC)
    return SimpleNamespace(
        kind=kind,
        sender_name="Jordan",
        created_at=written,
        written=4,
        already_imported=already,
    )


def test_import_lines_name_the_month_in_the_language() -> None:
    with pseudo_language():
        line = cli.imported_text(_import("feedback"))  # type: ignore[arg-type]
        assert "⟦M1⟧" in line
        assert untranslated(line, data=["Jordan"]) == []
        again = cli.imported_text(_import("share", already=True))  # type: ignore[arg-type]
        assert untranslated(again, data=["Jordan"]) == []


def test_import_lines_in_english_are_as_they_were() -> None:
    written = dt.datetime(2026, 1, 15, 18, 30, tzinfo=dt.UTC).astimezone()
    assert cli.imported_text(_import("share")) == (  # type: ignore[arg-type]
        f"Imported the share from Jordan written {written:%d January %Y %H:%M}: "
        "4 new or changed items."
    )
    assert cli.imported_text(_import("feedback", already=True)) == (  # type: ignore[arg-type]
        "This feedback from Jordan was already imported; nothing changed."
    )


def test_a_damaged_settings_file_leaves_the_command_line_in_english(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("[" * 100_000, encoding="utf-8")
    result = _run("--data-dir", str(tmp_path), "--help", LANGUAGE="en")
    assert result.returncode == 0, result.stderr
    assert "a private, offline workspace" in result.stdout
