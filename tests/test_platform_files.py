"""What Windows and macOS builds take from packaging/platform_files.py: icons and Info.plist."""

import importlib.util
import plistlib
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

from recovery_desktop import APP_ID, __version__
from recovery_desktop.domain import file_types

ROOT = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def platform_files() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "platform_files", ROOT / "packaging" / "platform_files.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("platform_files", module)
    spec.loader.exec_module(module)
    return module


def test_icons_are_drawn_from_the_svg_at_every_size(
    platform_files: ModuleType, qapp: object, tmp_path: Path
) -> None:
    icons = platform_files.write_icons(tmp_path)
    with Image.open(icons["ico"]) as ico:
        assert ico.format == "ICO"
        assert sorted(ico.info["sizes"]) == sorted((s, s) for s in platform_files.ICO_SIZES)
        ico.size = (16, 16)
        small = ico.convert("RGBA")
        # Drawn, not empty: the corners are transparent and the middle is the icon's colour.
        assert small.getpixel((0, 0))[3] == 0
        assert small.getpixel((8, 8))[3] == 255
    with Image.open(icons["icns"]) as icns:
        assert icns.format == "ICNS"
        assert (512, 512, 2) in icns.info["sizes"]  # the 1024 px Retina size


def test_info_plist_registers_the_app_id_and_both_exchange_files(
    platform_files: ModuleType,
) -> None:
    info = plistlib.loads(plistlib.dumps(platform_files.macos_info_plist()))
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundleShortVersionString"] == __version__
    assert info["NSHighResolutionCapable"] is True
    assert info["NSRequiresAquaSystemAppearance"] is False  # follows the dark appearance
    exported = {
        t["UTTypeIdentifier"]: t["UTTypeTagSpecification"]
        for t in info["UTExportedTypeDeclarations"]
    }
    found = {
        (spec["public.filename-extension"][0], spec["public.mime-type"][0])
        for spec in exported.values()
    }
    assert found == {
        (file_types.SHARE_SUFFIX.lstrip("."), file_types.SHARE_MIME),
        (file_types.FEEDBACK_SUFFIX.lstrip("."), file_types.FEEDBACK_MIME),
    }
    handled = {uti for doc in info["CFBundleDocumentTypes"] for uti in doc["LSItemContentTypes"]}
    assert handled == set(exported)
    assert all(uti.startswith(APP_ID) for uti in handled)


class _Recorder:
    """Stands in for PyInstaller's spec objects and remembers how each was made."""

    def __init__(self, calls: list[tuple[str, dict[str, object]]], name: str) -> None:
        self.calls, self.name = calls, name
        self.pure: list[object] = []
        self.scripts: list[object] = []
        self.binaries: list[object] = []
        self.datas: list[object] = []

    def __call__(self, *args: object, **kwargs: object) -> "_Recorder":
        self.calls.append((self.name, kwargs))
        return self


def _run_spec(platform: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, dict]]:
    """Run the spec as PyInstaller would on ``platform``, with its build steps recorded."""
    calls: list[tuple[str, dict[str, object]]] = []
    hooks = ModuleType("PyInstaller.utils.hooks")
    hooks.collect_dynamic_libs = lambda _name: []  # type: ignore[attr-defined]
    hooks.collect_submodules = lambda _name: []  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda _name: []  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec adds its own folder
    written: list[Path] = []
    monkeypatch.setattr(
        "platform_files.write_icons",
        lambda folder: (
            written.append(folder) or {"ico": folder / "a.ico", "icns": folder / "a.icns"}
        ),
    )
    names = {"SPECPATH": str(ROOT / "packaging")}
    names |= {n: _Recorder(calls, n) for n in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    exec(compile((ROOT / "packaging" / "recovery-desktop.spec").read_text(), "spec", "exec"), names)
    return calls


@pytest.mark.parametrize(
    ("platform", "executables", "bundle"),
    [
        ("linux", {"recovery-desktop": True}, False),
        ("win32", {"recovery-desktop": False, "recovery-desktop-cli": True}, False),
        ("darwin", {"recovery-desktop": False}, True),
    ],
)
def test_the_spec_builds_what_each_platform_expects(
    platform_files: ModuleType,
    monkeypatch: pytest.MonkeyPatch,
    platform: str,
    executables: dict[str, bool],
    bundle: bool,
) -> None:
    calls = _run_spec(platform, monkeypatch)
    made = {kw["name"]: kw["console"] for name, kw in calls if name == "EXE"}
    assert made == executables  # name: is it a console program
    icons = {kw["icon"] for name, kw in calls if name == "EXE"}
    assert icons == ({None} if platform == "linux" else {str(next(iter(icons)))})
    bundles = [kw for name, kw in calls if name == "BUNDLE"]
    assert bool(bundles) == bundle
    if bundle:
        assert bundles[0]["bundle_identifier"] == APP_ID
        assert bundles[0]["info_plist"] == platform_files.macos_info_plist()
