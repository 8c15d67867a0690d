"""The command line: the same services as the window, scriptable.

Secrets come from environment variables or one line on standard input, never from argv.
Every expected failure is one line on stderr and a documented exit code; a traceback goes
to the log file only.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_desktop import APP_NAME, __version__, logs
from recovery_desktop.domain import errors, language
from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.language import local_date, plural, translate
from recovery_desktop.domain.profile import Role
from recovery_desktop.messages import describe
from recovery_desktop.settings import LANGUAGE, Settings, default_data_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from recovery_desktop.services.exchange import ImportResult

PASSPHRASE_ENV = "RECOVERY_DESKTOP_PASSPHRASE"
SHARE_PASSPHRASE_ENV = "RECOVERY_DESKTOP_SHARE_PASSPHRASE"

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_INVALID_INPUT = 4
EXIT_IN_USE = 5

log = logging.getLogger(__name__)


def exit_code_for(error: errors.RecoveryError) -> int:
    """The documented exit code of an expected error."""
    match error:
        case errors.WrongPassphraseError() | errors.RecoveryCodeTypoError():
            return EXIT_AUTH
        case errors.ExchangeAuthError():
            return EXIT_AUTH
        case errors.DamagedFileError() | errors.SchemaTooNewError():
            return EXIT_INVALID_INPUT
        case errors.InvalidExchangeFileError() | errors.ExchangeVersionError():
            return EXIT_INVALID_INPUT
        case errors.ForeignPairError() | errors.StaleExchangeFileError():
            return EXIT_INVALID_INPUT
        case errors.ExchangeKindError():
            return EXIT_INVALID_INPUT
        case errors.NotPairedError():
            return EXIT_USAGE
        case errors.VaultInUseError() | errors.VaultLockedError():
            return EXIT_IN_USE
        case errors.VaultNotFoundError() | errors.VaultExistsError() | errors.ValidationError():
            return EXIT_USAGE
        case _:
            return EXIT_UNEXPECTED


def _help_option(parser: argparse.ArgumentParser) -> None:
    """``-h``/``--help`` with its words in the person's language (argparse's own stay English)."""
    parser.add_argument(
        "-h", "--help", action="help", help=translate("cli", "show this help message and exit")
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command, its help in the person's language.

    Its headings and complaints ("usage:", "options:", "error: ...") are argparse's own,
    from Python's gettext: they stay English.
    """
    parser = argparse.ArgumentParser(
        prog="recovery-desktop",
        description=translate(
            "cli", "{app}: a private, offline workspace for recovery and mentoring."
        ).format(app=APP_NAME),
        epilog=translate(
            "cli", "Secrets are read from {variable} or one line on standard input."
        ).format(variable=PASSPHRASE_ENV),
        add_help=False,
    )
    _help_option(parser)
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("cli", "show program's version number and exit"),
    )
    parser.add_argument(
        "--data-dir", type=Path, help=translate("cli", "the data folder (default: per user)")
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("cli", "open the window on a temporary demo vault"),
    )
    parser.add_argument(
        "--role",
        choices=[r.value for r in Role],
        default=Role.MENTEE.value,
        help=translate("cli", "with --demo: whose workspace to show"),
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help=translate(
            "cli",
            "exit as soon as the first window has been painted (for benchmarks and smoke tests)",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar=translate("cli", "COMMAND"))

    def command(name: str, words: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = commands.add_parser(name, help=words, add_help=False)
        _help_option(sub)
        return sub

    init = command("init", translate("cli", "create a new vault (passphrase from env or stdin)"))
    init.add_argument("--role", dest="init_role", required=True, choices=[r.value for r in Role])
    init.add_argument("--name", required=True, help=translate("cli", "your display name"))

    demo = command("demo-data", translate("cli", "fill the vault with realistic demo data"))
    demo.add_argument("--years", type=float, default=2.0)
    demo.add_argument("--seed", type=int, default=7)

    command("check", translate("cli", "verify the vault's encryption and structure"))

    export = command(
        "export",
        translate("cli", "write a share (mentee) or a feedback file (mentor) for the other side"),
    )
    export.add_argument(
        "--out", type=Path, required=True, help=translate("cli", "the file to write")
    )
    mode = export.add_mutually_exclusive_group()
    mode.add_argument(
        "--passphrase-mode",
        action="store_true",
        help=translate("cli", "protect it with a passphrase you agree on (from {variable})").format(
            variable=SHARE_PASSPHRASE_ENV
        ),
    )
    mode.add_argument(
        "--paired",
        action="store_true",
        help=translate(
            "cli", "encrypt it to the other side's key (the default once you are paired)"
        ),
    )
    export.add_argument(
        "--mentee", help=translate("cli", "mentor: which mentee the feedback is for")
    )
    export.add_argument(
        "--check-ins",
        choices=["none", "summary", "full"],
        default="summary",
        help=translate(
            "cli", "mentee: how much of the daily check-ins to share (default: summary)"
        ),
    )
    export.add_argument(
        "--no-journal",
        action="store_true",
        help=translate("cli", "mentee: leave out even shared journal entries"),
    )

    importing = command("import", translate("cli", "import a share (mentor) or feedback (mentee)"))
    importing.add_argument(
        "file", type=Path, help=translate("cli", "the .rdshare or .rdfeedback file")
    )

    printout = command("print-plan", translate("cli", "print the plan (or card, or blank) to PDF"))
    printout.add_argument(
        "--out", type=Path, required=True, help=translate("cli", "the PDF file to write")
    )
    kind = printout.add_mutually_exclusive_group()
    kind.add_argument(
        "--card", action="store_true", help=translate("cli", "the wallet crisis card")
    )
    kind.add_argument(
        "--blank", action="store_true", help=translate("cli", "a blank plan to fill in by hand")
    )
    printout.add_argument(
        "--share", type=Path, help=translate("cli", "print from a mentee's share file")
    )
    printout.add_argument(
        "--paper", choices=["a4", "letter"], help=translate("cli", "default: from the locale")
    )
    printout.add_argument("--large-print", action="store_true")
    printout.add_argument(
        "--progress",
        action="store_true",
        help=translate("cli", "add a page on how the last month went"),
    )
    return parser


def read_secret(env_name: str) -> str:
    """A secret from ``env_name`` or the first line of standard input."""
    value = os.environ.get(env_name)
    if value is None:
        value = sys.stdin.readline().rstrip("\r\n")
    if not value:
        raise errors.ValidationError(
            translate("cli", "passphrase"),
            QT_TRANSLATE_NOOP("validation", "set {variable} or give it on standard input"),
            variable=env_name,
        )
    return value


def _cmd_init(args: argparse.Namespace, data_dir: Path) -> int:
    from recovery_desktop.storage.folder import VaultFolder

    name = args.name.strip()
    if not name:
        raise errors.ValidationError("--name", QT_TRANSLATE_NOOP("validation", "empty"))
    passphrase = read_secret(PASSPHRASE_ENV)
    folder = VaultFolder.acquire(data_dir)
    try:
        created = folder.create(passphrase, Role(args.init_role), name)
        created.vault.close()
    finally:
        folder.release()
    if Role(args.init_role) is Role.MENTOR:
        created_text = translate("cli", "Created a mentor vault in {folder}.")
    else:
        created_text = translate("cli", "Created a mentee vault in {folder}.")
    print(created_text.format(folder=data_dir))
    print(
        translate(
            "cli",
            "Your recovery code (write it down and keep it somewhere safe; it is shown once):",
        )
    )
    print(f"  {created.recovery_code}")
    return EXIT_OK


def _with_vault(data_dir: Path, work: Callable[..., int]) -> int:
    from recovery_desktop.storage.folder import VaultFolder

    folder = VaultFolder.acquire(data_dir)
    try:
        folder.envelope()  # "no vault here" before asking for a passphrase
        vault = folder.unlock(read_secret(PASSPHRASE_ENV))
        try:
            return work(vault)
        finally:
            vault.close()
    finally:
        folder.release()


def _cmd_check(args: argparse.Namespace, data_dir: Path) -> int:
    from recovery_desktop.services import health

    def work(vault: object) -> int:
        problems = health.check(vault)  # type: ignore[arg-type]
        if problems:
            text = plural(
                len(problems),
                translate("cli", "The vault has {count} problem:"),
                translate("cli", "The vault has {count} problems:"),
            )
            print(text, file=sys.stderr)
            for problem in problems[:10]:
                print(f"  {problem}", file=sys.stderr)
            return EXIT_INVALID_INPUT
        print(translate("cli", "The vault is intact: encryption and structure checks passed."))
        return EXIT_OK

    return _with_vault(data_dir, work)


def _cmd_demo_data(args: argparse.Namespace, data_dir: Path) -> int:
    from recovery_desktop.services import demo, demo_mentor
    from recovery_desktop.services.profile import profile
    from recovery_desktop.storage.vault import OpenVault

    if not 0 < args.years <= 200:
        raise errors.ValidationError(
            "--years", QT_TRANSLATE_NOOP("validation", "between {low} and {high}"), low=0, high=200
        )

    def work(vault: OpenVault) -> int:
        if profile(vault).role is Role.MENTOR:
            session = demo_mentor.fill(vault, years=args.years, seed=args.seed)
            text = translate(
                "cli",
                "Added a mentor's session in progress: {mentee} shared {shares} times "
                "({records} records, {encounters} urge-log entries); {sent} feedback records "
                "sent and {drafts} draft comment not sent yet.",
            )
            print(
                text.format(
                    mentee=session.mentee,
                    shares=session.shares,
                    records=session.mentee_records,
                    encounters=session.mentee_data.encounters,
                    sent=session.feedback_sent,
                    drafts=session.drafts,
                )
            )
            return EXIT_OK
        summary = demo.fill(vault, years=args.years, seed=args.seed)
        feedback = demo_mentor.feedback_for_mentee(vault, seed=args.seed)
        growth = summary.growth
        if feedback:
            text = translate(
                "cli",
                "Added demo data: {triggers} triggers, {encounters} urge-log entries and "
                "{journal} journal entries; {goals} goals, {checkins} check-ins, "
                "{assessments} self-assessments, {learning} learning-log entries and "
                "{milestones} milestones; {feedback} items of feedback from a mentor.",
            )
        else:
            text = translate(
                "cli",
                "Added demo data: {triggers} triggers, {encounters} urge-log entries and "
                "{journal} journal entries; {goals} goals, {checkins} check-ins, "
                "{assessments} self-assessments, {learning} learning-log entries and "
                "{milestones} milestones.",
            )
        print(
            text.format(
                triggers=summary.triggers,
                encounters=summary.encounters,
                journal=summary.journal_entries,
                goals=growth.goals,
                checkins=growth.checkins,
                assessments=growth.assessments,
                learning=growth.learning,
                milestones=growth.milestones,
                feedback=feedback,
            )
        )
        return EXIT_OK

    return _with_vault(data_dir, work)


def _output(path: Path) -> Path:
    """The ``--out`` file, absolute; its folder must exist (we never make folders)."""
    out = path.expanduser().absolute()
    if not out.parent.is_dir():
        raise errors.ValidationError(
            "--out",
            QT_TRANSLATE_NOOP("validation", "the folder {folder} does not exist"),
            folder=out.parent,
        )
    return out


def _cmd_print_plan(args: argparse.Namespace, data_dir: Path) -> int:
    out = _output(args.out)
    share_data = _read_file(args.share, "--share") if args.share is not None else None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is ever shown
    from PySide6.QtGui import QGuiApplication, QPageSize

    from recovery_desktop.services import reports
    from recovery_desktop.ui import printing

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    _install_translators(app, data_dir)  # the printed words too, in the person's language
    paper = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}.get(
        args.paper or "", printing.default_page_size()
    )
    options = reports.PrintOptions(large_print=args.large_print, progress_summary=args.progress)

    def work(vault: object) -> int:
        if share_data is not None:
            vault = _share_snapshot(vault, share_data)
        if args.card:
            pages = printing.card_pdf(reports.card_document(vault), out, paper)  # type: ignore[arg-type]
        elif args.blank:
            document = reports.blank_plan_document(vault, options)  # type: ignore[arg-type]
            pages = printing.document_pdf(document, out, paper)
        else:
            document = reports.plan_document(vault, options)  # type: ignore[arg-type]
            pages = printing.document_pdf(document, out, paper)
        count = plural(pages, translate("cli", "{count} page"), translate("cli", "{count} pages"))
        print(translate("cli", "Wrote {file} ({pages}).").format(file=out, pages=count))
        return EXIT_OK

    has_vault = (data_dir / "vault.key").exists()
    if not has_vault and (args.blank or share_data is not None):
        return work(None)  # a blank plan, or a passphrase share, needs no vault
    return _with_vault(data_dir, work)


def _read_file(path: Path, option: str) -> bytes:
    try:
        return path.expanduser().read_bytes()
    except OSError as exc:
        raise errors.ValidationError(
            option,
            QT_TRANSLATE_NOOP("validation", "cannot read {file}: {reason}"),
            file=path,
            reason=exc.strerror,
        ) from None


def _share_snapshot(vault: object, data: bytes) -> object:
    """The mentee's records from a share file, in memory: nothing is imported."""
    from recovery_desktop.services import exchange
    from recovery_desktop.storage.memory import SnapshotVault

    payload = exchange.read_share(vault, data, lambda: read_secret(SHARE_PASSPHRASE_ENV))  # type: ignore[arg-type]
    return SnapshotVault(payload.records, payload.sender_name)


MIN_SHARE_PASSPHRASE = 12


def _share_passphrase() -> str:
    value = read_secret(SHARE_PASSPHRASE_ENV)
    if len(value) < MIN_SHARE_PASSPHRASE:
        raise errors.ValidationError(
            translate("cli", "share passphrase"),
            QT_TRANSLATE_NOOP("validation", "please use at least {count} characters"),
            count=MIN_SHARE_PASSPHRASE,
        )
    return value


def _cmd_export(args: argparse.Namespace, data_dir: Path) -> int:
    from recovery_desktop.domain.file_types import FEEDBACK_SUFFIX, SHARE_SUFFIX
    from recovery_desktop.domain.share_selection import CheckInDetail, ShareChoice
    from recovery_desktop.services import exchange, mentor, share
    from recovery_desktop.services.profile import profile

    out = _output(args.out)

    def work(vault: object) -> int:
        role = profile(vault).role  # type: ignore[arg-type]
        if role is Role.MENTEE:
            pair_id = exchange.mentee_pair_id(vault)  # type: ignore[arg-type]
            suffix = SHARE_SUFFIX
        else:
            pair_id = mentor.find_mentee(vault, args.mentee).pair_id  # type: ignore[arg-type]
            suffix = FEEDBACK_SUFFIX
        target = out if out.suffix else out.with_suffix(suffix)
        paired = args.paired or (
            not args.passphrase_mode and exchange.is_paired(vault, pair_id)  # type: ignore[arg-type]
        )
        passphrase = None if paired else _share_passphrase()
        if role is Role.MENTEE:
            choice = ShareChoice(
                check_ins=CheckInDetail(args.check_ins), journal=not args.no_journal
            )
            receipt, _ = share.write(vault, choice, target, passphrase)  # type: ignore[arg-type]
        else:
            receipt, _ = mentor.write_feedback(vault, pair_id, target, passphrase)  # type: ignore[arg-type]
        total = sum(receipt.counts.values())
        if paired:
            text = plural(
                total,
                translate("cli", "Wrote {file} ({count} item, encrypted to your pair's key)."),
                translate("cli", "Wrote {file} ({count} items, encrypted to your pair's key)."),
                file=target,
            )
        else:
            text = plural(
                total,
                translate(
                    "cli", "Wrote {file} ({count} item, encrypted with the share passphrase)."
                ),
                translate(
                    "cli", "Wrote {file} ({count} items, encrypted with the share passphrase)."
                ),
                file=target,
            )
        print(text)
        print(f"SHA-256: {receipt.sha256}")
        return EXIT_OK

    return _with_vault(data_dir, work)


def imported_text(result: ImportResult) -> str:
    """What an import did, in one line (the file's time in this computer's time zone)."""
    share = result.kind == "share"
    if result.already_imported:
        if share:
            text = translate(
                "cli", "This share from {sender} was already imported; nothing changed."
            )
        else:
            text = translate(
                "cli", "This feedback from {sender} was already imported; nothing changed."
            )
        return text.format(sender=result.sender_name)
    if share:
        one = translate(
            "cli",
            "Imported the share from {sender} written {written:%d %B %Y %H:%M}: "
            "{count} new or changed item.",
        )
        many = translate(
            "cli",
            "Imported the share from {sender} written {written:%d %B %Y %H:%M}: "
            "{count} new or changed items.",
        )
    else:
        one = translate(
            "cli",
            "Imported the feedback from {sender} written {written:%d %B %Y %H:%M}: "
            "{count} new or changed item.",
        )
        many = translate(
            "cli",
            "Imported the feedback from {sender} written {written:%d %B %Y %H:%M}: "
            "{count} new or changed items.",
        )
    return plural(
        result.written,
        one,
        many,
        sender=result.sender_name,
        written=local_date(result.created_at.astimezone()),
    )


def _cmd_import(args: argparse.Namespace, data_dir: Path) -> int:
    from recovery_desktop.services import exchange

    data = _read_file(args.file, "FILE")

    def work(vault: object) -> int:
        result = exchange.import_file(vault, data, lambda: read_secret(SHARE_PASSPHRASE_ENV))  # type: ignore[arg-type]
        print(imported_text(result))
        return EXIT_OK

    return _with_vault(data_dir, work)


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {
    "export": _cmd_export,
    "import": _cmd_import,
    "init": _cmd_init,
    "check": _cmd_check,
    "demo-data": _cmd_demo_data,
    "print-plan": _cmd_print_plan,
}


def _split_open_file(words: list[str]) -> tuple[list[str], Path | None]:
    """``recovery-desktop FILE``: a share or feedback file to open once the window is ready.

    This is how the desktop opens a double-clicked file (``Exec=recovery-desktop %f``).
    """
    from recovery_desktop.domain.file_types import FEEDBACK_SUFFIX, SHARE_SUFFIX

    if not words or any(word in COMMANDS for word in words):
        return words, None
    last = Path(words[-1])
    if last.suffix.lower() in (SHARE_SUFFIX, FEEDBACK_SUFFIX):
        return words[:-1], last.expanduser().absolute()
    return words, None


def _data_dir_in(words: Sequence[str]) -> Path | None:
    """The ``--data-dir`` among ``words``, read before the parser (which speaks its language).

    Spelled as argparse accepts it: ``--data-dir DIR``, ``--data-dir=DIR`` or a prefix;
    the last one counts, as in argparse.
    """
    found = None
    for index, word in enumerate(words):
        if word == "--":
            break
        name, equals, value = word.partition("=")
        if len(name) > len("--d") and "--data-dir".startswith(name):
            if equals:
                found = Path(value)
            elif index + 1 < len(words):
                found = Path(words[index + 1])
    return found


def _surely_english(setting: str) -> bool:
    """Whether the language ``setting`` means English without asking Qt.

    "system" follows the computer's first language: on Linux Qt reads it from ``LANGUAGE``,
    ``LC_ALL``, ``LC_MESSAGES`` or ``LANG``, and so can we; elsewhere Qt asks the system.
    """
    if setting in ("en", "es"):
        return setting == "en"
    if not sys.platform.startswith("linux"):
        return False
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            first = re.split(r"[:_.@-]", value)[0].lower()
            return first in ("", "en", "c", "posix")
    return True


def use_language(setting: str) -> str:
    """Write in the language ``setting`` names (a LANGUAGE value); returns ``en`` or ``es``.

    English, the source language, needs nothing (and no Qt import).
    """
    language.use(None)
    if _surely_english(setting):
        return "en"
    from recovery_desktop.ui.i18n import standalone_language

    chosen = standalone_language(setting)
    language.use(chosen)
    return "en" if chosen is None else chosen.code


def _install_translators(app: QCoreApplication, data_dir: Path) -> None:
    """The person's language in ``app``, for the window's code that prints (``print-plan``)."""
    from recovery_desktop.ui.i18n import install_translators

    install_translators(app, Settings.in_folder(data_dir).get(LANGUAGE))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    os.umask(0o077)  # anything we create is ours alone, whatever the caller's umask
    words, open_file = _split_open_file(list(sys.argv[1:] if argv is None else argv))
    if "--version" not in words:  # the version needs no words, and stays quick
        folder = (_data_dir_in(words) or default_data_dir()).expanduser().absolute()
        use_language(Settings.in_folder(folder).get(LANGUAGE))
    args = build_parser().parse_args(words)
    args.open_file = open_file
    data_dir: Path = (args.data_dir or default_data_dir()).expanduser().absolute()
    try:
        logs.setup(data_dir)
    except OSError as exc:
        text = translate("cli", "cannot use the data folder {folder}: {reason}")
        print(
            f"recovery-desktop: {text.format(folder=data_dir, reason=exc.strerror)}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.command is None:
        from recovery_desktop.app import run_window

        return run_window(args, data_dir)
    try:
        return COMMANDS[args.command](args, data_dir)
    except errors.RecoveryError as exc:
        print(f"recovery-desktop: {describe(exc)}", file=sys.stderr)
        return exit_code_for(exc)
    except Exception:
        log.exception("unexpected failure in %s", args.command)
        text = translate(
            "cli",
            "something unexpected went wrong; details are in the log file ({folder}). "
            "Nothing was changed.",
        )
        print(f"recovery-desktop: {text.format(folder=data_dir / logs.LOG_DIR)}", file=sys.stderr)
        return EXIT_UNEXPECTED
