"""The wheel builds, and an installed copy finds its resources through importlib.resources.

The build runs on a copy of the sources in tmp_path, so the working tree gets no build/
or egg-info litter, and without isolation (setuptools and build come with the dev extra),
so no network is needed. The installed copy is imported in a child process whose path
holds only the install target and the standard library's site-packages for dependencies.
"""

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from recovery_desktop import APP_ID, __version__

ROOT = Path(__file__).parents[1]

READ_RESOURCES = r"""
import json, sys
from importlib import resources

import recovery_desktop

files = resources.files("recovery_desktop.resources")
found = {
    "package": recovery_desktop.__file__,
    "resources": str(files),
    "plan": (files / "templates" / "plan.html.j2").read_text(encoding="utf-8"),
    "icon": (files / "icons" / "app.svg").read_text(encoding="utf-8"),
    "action_icon": (files / "icons" / "actions" / "system-lock-screen.svg").read_text(
        encoding="utf-8"
    ),
    "schema": json.loads((files / "exchange.schema.json").read_text(encoding="utf-8")),
    "linux": sorted(entry.name for entry in (files / "linux").iterdir()),
    "guide": (files / "help" / "guide.html").read_text(encoding="utf-8"),
    "translations": sorted(entry.name for entry in (files / "translations").iterdir()),
}
desktop = (files / "linux" / (sys.argv[1] + ".desktop")).read_text(encoding="utf-8")
found["desktop_starts"] = desktop.splitlines()[0]
print(json.dumps({**found, "schema": sorted(found["schema"])}))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source")
    junk = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("recovery_desktop", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=junk)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    # What a working tree holds after a test run; exclude-package-data keeps it out.
    (source / "resources" / "__pycache__").mkdir(exist_ok=True)
    (source / "resources" / "__pycache__" / "__init__.cpython-311.pyc").write_bytes(b"")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)],
        cwd=source,
        check=True,
        capture_output=True,
        timeout=120,
    )
    (built,) = out.glob("*.whl")
    return built


@pytest.mark.slow
def test_wheel_ships_every_resource_and_no_bytecode(wheel: Path):
    assert wheel.name == f"recovery_desktop-{__version__}-py3-none-any.whl"
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = ROOT / "resources"
    expected = {
        "recovery_desktop/resources/" + path.relative_to(resources).as_posix()
        for path in resources.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert expected <= names, f"missing from the wheel: {sorted(expected - names)}"
    assert "recovery_desktop/storage/migrations/script.py.mako" in names
    assert not [name for name in names if name.endswith(".pyc") or "__pycache__" in name]


@pytest.mark.slow
def test_installed_wheel_finds_its_resources(wheel: Path, tmp_path: Path):
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-compile",
            "--disable-pip-version-check",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    # -I: isolated mode (no PYTHONPATH, no working directory on the path); `target` goes
    # first on the path, ahead of the venv and this checkout's editable install.
    result = subprocess.run(
        [
            sys.executable,
            "-I",
            "-c",
            f"import sys; sys.path.insert(0, {str(target)!r}); exec({READ_RESOURCES!r})",
            APP_ID,
        ],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    found = json.loads(result.stdout)
    assert Path(found["package"]).is_relative_to(target)
    assert Path(found["resources"]).is_relative_to(target)
    assert "{{" in found["plan"] or "{%" in found["plan"]
    assert "<svg" in found["icon"]
    assert "<svg" in found["action_icon"]
    assert "$schema" in found["schema"]
    assert found["linux"] == sorted(
        f"{APP_ID}{ext}" for ext in (".desktop", ".metainfo.xml", ".mime.xml")
    )
    assert found["desktop_starts"] == "[Desktop Entry]"
    assert "user guide</h1>" in found["guide"] and "In a crisis" in found["guide"]
    # The Spanish catalog ships compiled; its .ts source comes along for translators.
    assert {"recovery_desktop_es.qm", "recovery_desktop_es.ts"} <= set(found["translations"])
