"""The package list in pyproject.toml matches the source tree, and resources are found."""

import tomllib
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_every_package_directory_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "recovery_desktop").rglob("__init__.py")
    }
    found.add("recovery_desktop.resources")
    assert listed == found


def test_resources_are_reachable_through_importlib():
    icon = resources.files("recovery_desktop.resources") / "icons" / "app.svg"
    assert icon.is_file()
    assert b"<svg" in icon.read_bytes()
