"""Translations: extract the UI's strings into the .ts sources, and compile them to .qm.

    python packaging/translations.py           lupdate then lrelease (``make translations``)
    python packaging/translations.py --check   fail if the .ts misses a string in the code,
                                               or holds an unfinished or empty translation

The printed documents' templates (``resources/templates``) write their words as
``{{ _("text") }}``: Jinja extracts those, and they join the .ts in the context ``printed``.

The sources are ``resources/translations/recovery_desktop_<lang>.ts`` (edit them with Qt
Linguist, ``pyside6-linguist``, or by hand); the compiled ``.qm`` files sit beside them
and ship in the package. ``lupdate`` keeps existing translations and marks new strings
unfinished; ``--check`` (run by ``make lint`` and the tests) catches a string added to
the code without a translation.
"""

from __future__ import annotations

import argparse
import shutil
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "recovery_desktop"
FOLDER = ROOT / "resources" / "translations"
TEMPLATES = ROOT / "resources" / "templates"
#: The context of the templates' words (``services/reports.py`` translates in it).
PRINTED = "printed"
LANGUAGES = ("es",)

#: (context, source text, disambiguation) of one message.
Key = tuple[str, str, str]


def ts_path(language: str) -> Path:
    """The translation source for ``language``."""
    return FOLDER / f"recovery_desktop_{language}.ts"


def _tool(name: str) -> str:
    """A Qt tool from PySide6, next to this interpreter (the venv's bin) or on the path."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 (make install)")
    return found


def lupdate(target: Path) -> None:
    """Extract every translatable string of the package into ``target`` (merging)."""
    subprocess.run(  # noqa: S603 - Qt's own tool, on our own paths
        [
            _tool("lupdate"),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            target.stem.rsplit("_", 1)[-1],
            str(SOURCES),
            "-ts",
            str(target),
        ],
        check=True,
    )


def template_texts() -> list[str]:
    """Every ``_("text")`` of the templates, in order, once each."""
    import jinja2

    # Only parsed for its _() calls, never rendered.
    env = jinja2.Environment(extensions=["jinja2.ext.i18n"], autoescape=True)
    found: dict[str, None] = {}
    for template in sorted(TEMPLATES.glob("*.j2")):
        source = template.read_text(encoding="utf-8")
        for _line, _function, text in env.extract_translations(source, gettext_functions=("_",)):
            if isinstance(text, str):
                found[text] = None
    return list(found)


def add_template_texts(ts: Path, old: dict[Key, ET.Element]) -> None:
    """Put the templates' words in ``ts`` (just written by lupdate), keeping translations.

    Written as lupdate writes (its indentation), so the file's diff shows only real changes.
    """
    lines = ["<context>", "    <name>printed</name>"]
    for text in template_texts():
        kept = old.get((PRINTED, text, ""))
        translation = None if kept is None else kept.find("translation")
        done = translation is not None and translation.get("type") != "unfinished"
        lines += [
            "    <message>",
            f"        <source>{escape(text)}</source>",
            f"        <translation>{escape(translation.text or '')}</translation>"
            if done and translation is not None
            else '        <translation type="unfinished"></translation>',
            "    </message>",
        ]
    lines.append("</context>")
    body = ts.read_text(encoding="utf-8")
    ts.write_text(body.replace("</TS>", "\n".join(lines) + "\n</TS>"), encoding="utf-8")


def update(ts: Path) -> None:
    """Run lupdate on ``ts``, then add the templates' words."""
    old = messages(ts) if ts.exists() else {}
    lupdate(ts)
    add_template_texts(ts, old)


def lrelease(source: Path) -> None:
    """Compile ``source`` to the .qm beside it (unfinished strings are left out)."""
    subprocess.run(  # noqa: S603 - Qt's own tool, on our own paths
        [_tool("lrelease"), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))],
        check=True,
    )


def messages(ts: Path) -> dict[Key, ET.Element]:
    """Every current message of a .ts file (obsolete and vanished ones left out)."""
    found: dict[Key, ET.Element] = {}
    # Our own .ts files, written by lupdate and by us: not untrusted input.
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def _translated(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def fields(text: str) -> set[str]:
    """The names of ``text``'s ``{placeholders}`` (``{day:%d %B}`` is ``day``).

    Raises ValueError for text ``str.format`` cannot read (a stray brace).
    """
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _same_fields(message: ET.Element) -> bool:
    """Whether the translation fills the same placeholders as the source, and can be filled.

    A translation naming another field would raise KeyError when the app formats it, one
    with a stray brace ValueError; one dropping a field would silently lose a value.
    """
    source = message.findtext("source") or ""
    translation = message.find("translation")
    forms = [] if translation is None else translation.findall("numerusform") or [translation]
    try:
        wanted = fields(source)
    except ValueError:
        return True  # not a format string: its braces are literal in both
    try:
        return all(fields(form.text or "") == wanted for form in forms)
    except ValueError:
        return False


def problems(language: str) -> list[str]:
    """What is wrong with a language's .ts: strings missing from it, or untranslated."""
    ts = ts_path(language)
    if not ts.exists():
        return [f"{ts.name} is missing: run make translations"]
    have = messages(ts)
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / ts.name
        update(fresh)
        wanted = set(messages(fresh))
    found = [
        f"not in {ts.name}: {context}: {source!r}" for context, source, _ in wanted - set(have)
    ]
    found += [
        f"not translated in {ts.name}: {key[0]}: {key[1]!r}"
        for key, message in have.items()
        if key in wanted and not _translated(message)
    ]
    found += [
        f"placeholders differ in {ts.name}: {key[0]}: {key[1]!r}"
        for key, message in have.items()
        if key in wanted and _translated(message) and not _same_fields(message)
    ]
    return sorted(found)


def main() -> int:
    """Update and compile, or (``--check``) report what is missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, change nothing")
    args = parser.parse_args()
    if args.check:
        found = [problem for language in LANGUAGES for problem in problems(language)]
        for problem in found:
            print(problem, file=sys.stderr)
        return 1 if found else 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        update(ts_path(language))
        lrelease(ts_path(language))
    return 0


if __name__ == "__main__":
    sys.exit(main())
