"""Smoke test of the packaged app: run the built executable the way a person would.

    python packaging/smoke.py [dist/recovery-desktop/recovery-desktop]

Checks ``--version``; opens the oldest and the newest fixture vault (tests/fixtures) with
``--exit-when-ready`` under the offscreen Qt platform, so the bundle's migrations, SQLCipher,
Qt plugins and resources are all exercised; checks that a wrong passphrase is refused (so
the fixture really was unlocked, not merely shown as an unlock window); runs ``check`` and
``print-plan``; and, when the build has the ``export`` command, writes a share file from
the fixture and imports it into a new mentor vault (age through pyrage, the JSON Schema).
Standard library only, so any Python can run it against any build.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
FIXTURE_PASSPHRASE = "fixture passphrase for schema tests"  # tests/fixtures/make_schema_fixture.py
# On Windows the console executable is the command line (the other one opens no console).
EXE_NAME = "recovery-desktop-cli.exe" if os.name == "nt" else "recovery-desktop"
DEFAULT_APP = ROOT / "dist" / "recovery-desktop" / EXE_NAME
TIMEOUT_S = 120
EXIT_AUTH = 3  # recovery_desktop.cli.EXIT_AUTH
AGE_MAGIC = b"age-encryption.org/v1"  # recovery_desktop.domain.file_types.AGE_MAGIC
SHARE_PASSPHRASE = "smoke-test share passphrase"
MENTOR_PASSPHRASE = "smoke-test mentor passphrase"


class SmokeError(Exception):
    """A check failed; the message says which and shows the app's output."""


def _env(passphrase: str | None, language: str = "en") -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RECOVERY_DESKTOP_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    # The language a new data folder follows ("system"); English unless a check asks.
    env["LANGUAGE"] = env["LANG"] = language
    # No system keychain prompt or D-Bus wait on a build machine.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env["RECOVERY_DESKTOP_SHARE_PASSPHRASE"] = SHARE_PASSPHRASE
    if passphrase is not None:
        env["RECOVERY_DESKTOP_PASSPHRASE"] = passphrase
    return env


def run(
    app: Path,
    args: list[str],
    passphrase: str | None = None,
    expect: int = 0,
    language: str = "en",
) -> subprocess.CompletedProcess[str]:
    """Run the app; fail unless it exits with ``expect`` in time."""
    start = time.perf_counter()
    try:
        result = subprocess.run(  # noqa: S603 -- our own build, arguments we wrote
            [str(app), *args],
            env=_env(passphrase, language),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise SmokeError(f"{' '.join(args)}: no exit within {TIMEOUT_S} s") from exc
    took = time.perf_counter() - start
    if result.returncode != expect:
        raise SmokeError(
            f"{' '.join(args)}: exit code {result.returncode}, expected {expect}\n"
            f"--- stdout\n{result.stdout}--- stderr\n{result.stderr}"
        )
    print(f"ok  {' '.join(args) or '(window)'}  [{took:.1f} s, exit {result.returncode}]")
    return result


def fixture_folder(parent: Path, stem: str, name: str | None = None) -> Path:
    """A data folder holding a copy of fixture ``stem`` as vault.db and vault.key."""
    folder = parent / (name or stem)
    folder.mkdir(mode=0o700)
    shutil.copy(FIXTURES / f"{stem}.vaultdb", folder / "vault.db")
    shutil.copy(FIXTURES / f"{stem}.vaultkey", folder / "vault.key")
    return folder


def assert_clean_log(folder: Path) -> None:
    """The app logs unexpected failures (a missing module, say) instead of crashing."""
    log = folder / "logs" / "recovery-desktop.log"
    text = log.read_text(encoding="utf-8") if log.exists() else ""
    if "Traceback" in text or " ERROR " in text:
        raise SmokeError(f"the log in {folder} records a failure:\n{text}")


def smoke(app: Path) -> None:
    """Every check, in order; raises SmokeError on the first failure."""
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    out = run(app, ["--version"]).stdout.strip()
    if out != f"recovery-desktop {version}":
        raise SmokeError(f"--version printed {out!r}, expected 'recovery-desktop {version}'")

    stems = sorted(path.stem for path in FIXTURES.glob("schema-*.vaultdb"))
    if not stems:
        raise SmokeError(f"no fixture vaults in {FIXTURES}")
    with tempfile.TemporaryDirectory(prefix="recovery-smoke-") as tmp:
        parent = Path(tmp)
        refused = fixture_folder(parent, stems[-1], "wrong-passphrase")
        run(app, ["--data-dir", str(refused), "--exit-when-ready"], "not the passphrase", EXIT_AUTH)

        # The oldest fixture runs every migration shipped in the bundle; the newest one
        # is the shape most existing vaults have.
        for stem in dict.fromkeys([stems[0], stems[-1]]):
            folder = fixture_folder(parent, stem)
            args = ["--data-dir", str(folder)]
            run(app, [*args, "--exit-when-ready"], FIXTURE_PASSPHRASE)
            run(app, [*args, "check"], FIXTURE_PASSPHRASE)
            pdf = parent / f"{stem}-plan.pdf"
            run(app, [*args, "print-plan", "--out", str(pdf)], FIXTURE_PASSPHRASE)
            if not pdf.read_bytes().startswith(b"%PDF-"):
                raise SmokeError(f"print-plan wrote no PDF to {pdf}")
            assert_clean_log(folder)

        english = run(app, ["--help"]).stdout
        if " export " in english:
            exchange(app, fixture_folder(parent, stems[-1], "mentee"), parent / "mentor")
        # The compiled Spanish catalogue is in the bundle and found at run time.
        spanish = run(app, ["--help"], language="es").stdout
        if "sin conexión" not in spanish:
            raise SmokeError(f"--help with LANGUAGE=es is not Spanish:\n{spanish}")


def exchange(app: Path, mentee: Path, mentor: Path) -> None:
    """A share file written by the mentee fixture opens in a new mentor vault."""
    shared = mentee.parent / "smoke.rdshare"
    run(
        app,
        ["--data-dir", str(mentee), "export", "--out", str(shared), "--passphrase-mode"],
        FIXTURE_PASSPHRASE,
    )
    if not shared.read_bytes().startswith(AGE_MAGIC):
        raise SmokeError(f"export wrote no age file to {shared}")
    run(
        app,
        ["--data-dir", str(mentor), "init", "--role", "mentor", "--name", "Smoke Mentor"],
        MENTOR_PASSPHRASE,
    )
    run(app, ["--data-dir", str(mentor), "import", str(shared)], MENTOR_PASSPHRASE)
    assert_clean_log(mentee)
    assert_clean_log(mentor)


def main(argv: list[str]) -> int:
    """Run the smoke test against ``argv[0]`` or the default build; returns the exit code."""
    app = Path(argv[0]).absolute() if argv else DEFAULT_APP
    if not app.is_file():
        print(f"smoke: no built app at {app}; run `make package` first", file=sys.stderr)
        return 2
    try:
        smoke(app)
    except SmokeError as exc:
        print(f"smoke: FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"smoke: passed ({app})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
