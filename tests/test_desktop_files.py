"""The Linux desktop files agree with the code: app id, MIME types, suffixes, version.

The freedesktop validators (``make lint``) check each file's syntax; these tests check
what only the project knows, so a renamed suffix or a new release cannot drift apart.
"""

import configparser
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from recovery_desktop import APP_ID, __version__
from recovery_desktop.domain import file_types

ROOT = Path(__file__).parents[1]
LINUX = ROOT / "resources" / "linux"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EXCHANGE_TYPES = {
    file_types.SHARE_MIME: file_types.SHARE_SUFFIX,
    file_types.FEEDBACK_MIME: file_types.FEEDBACK_SUFFIX,
}


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # desktop entry keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()


def _script_name() -> str:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    (name,) = scripts
    return name


def test_linux_files_are_named_by_the_app_id():
    names = sorted(path.name for path in LINUX.iterdir())
    assert names == sorted(f"{APP_ID}{ext}" for ext in (".desktop", ".metainfo.xml", ".mime.xml"))


def test_desktop_file_opens_both_exchange_types_with_the_installed_command():
    entry = _desktop_entry()
    assert set(filter(None, entry["MimeType"].split(";"))) == set(EXCHANGE_TYPES)
    assert entry["Exec"].split() == [_script_name(), "%f"]
    assert entry["TryExec"] == _script_name()
    assert entry["Icon"] == APP_ID


def test_mime_xml_declares_each_exchange_type_by_its_suffix():
    root = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    declared = {
        mime.get("type"): [glob.get("pattern") for glob in mime.findall("m:glob", MIME_NS)]
        for mime in root.findall("m:mime-type", MIME_NS)
    }
    assert declared == {mime: [f"*{suffix}"] for mime, suffix in EXCHANGE_TYPES.items()}


def test_suffixes_and_mime_names_have_the_expected_shape():
    for mime, suffix in EXCHANGE_TYPES.items():
        assert suffix.startswith(".") and suffix == suffix.lower()
        assert mime.startswith("application/x-recovery-desktop-")
    assert file_types.AGE_MAGIC == b"age-encryption.org/v1"


def test_metainfo_matches_the_app_id_desktop_file_and_mime_types():
    root = _metainfo()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert {el.text for el in root.findall("provides/mediatype")} == set(EXCHANGE_TYPES)
    assert root.findtext("provides/binary") == _script_name()


def test_metainfo_newest_release_is_this_version_with_notes():
    releases = _metainfo().findall("releases/release")
    assert releases, "the metainfo lists no release"
    newest = releases[0]
    assert newest.get("version") == __version__, "add a <release> for the new version"
    assert newest.find("description/p") is not None


def test_metainfo_screenshots_point_at_docs_screenshots():
    images = [el.text or "" for el in _metainfo().findall("screenshots/screenshot/image")]
    assert images
    names = [url.rsplit("/docs/screenshots/", 1)[-1] for url in images]
    assert all(url.startswith("https://") and "/docs/screenshots/" in url for url in images)
    assert all(name.endswith(".png") for name in names)
    folder = ROOT / "docs" / "screenshots"
    if not folder.is_dir():
        pytest.skip("docs/screenshots/ is not rendered yet (make screenshots)")
    missing = [name for name in names if not (folder / name).is_file()]
    assert not missing, f"the metainfo shows screenshots that docs/screenshots lacks: {missing}"


# --- Spanish, the app's other language ----------------------------------------------------


def _each_followed_by_spanish(parent: ET.Element, tag: str) -> None:
    """Each untranslated ``tag`` in ``parent`` has its Spanish twin right after it."""
    children = [child for child in parent if child.tag == tag]
    english, spanish = children[0::2], children[1::2]
    assert english and len(english) == len(spanish), f"<{tag}> without xml:lang='es' twin"
    for source, twin in zip(english, spanish, strict=True):
        assert source.get(XML_LANG) is None
        assert twin.get(XML_LANG) == "es", f"<{tag}> {source.text!r} has no Spanish after it"
        assert "".join(twin.itertext()).strip() not in ("", "".join(source.itertext()).strip())


def test_desktop_file_describes_the_app_in_spanish():
    entry = _desktop_entry()
    for key in ("GenericName", "Comment", "Keywords"):
        assert entry.get(f"{key}[es]", "").strip() not in ("", entry[key]), key
    assert entry["Keywords[es]"].endswith(";")
    assert "Name[es]" not in entry, "the product name stays Recovery Desktop"


def test_metainfo_has_spanish_beside_every_text():
    root = _metainfo()
    _each_followed_by_spanish(root, "summary")
    _each_followed_by_spanish(root.find("developer"), "name")
    descriptions = [root.find("description"), *root.findall("releases/release/description")]
    for description in descriptions:
        _each_followed_by_spanish(description, "p")
        for bullets in description.findall("ul"):
            _each_followed_by_spanish(bullets, "li")
    for screenshot in root.findall("screenshots/screenshot"):
        _each_followed_by_spanish(screenshot, "caption")
    assert root.findtext("name") == "Recovery Desktop" and len(root.findall("name")) == 1


def test_mime_types_have_a_spanish_comment():
    root = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    for mime in root.findall("m:mime-type", MIME_NS):
        _each_followed_by_spanish(mime, f"{{{MIME_NS['m']}}}comment")
