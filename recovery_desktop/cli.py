"""The command line: the same services as the window, scriptable.

Secrets come from environment variables or one line on standard input, never from argv.
Every expected failure is one line on stderr and a documented exit code; a traceback goes
to the log file only.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from recovery_desktop import APP_NAME, __version__, logs
from recovery_desktop.domain import errors
from recovery_desktop.domain.profile import Role
from recovery_desktop.messages import describe
from recovery_desktop.settings import default_data_dir

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


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    parser = argparse.ArgumentParser(
        prog="recovery-desktop",
        description=f"{APP_NAME}: a private, offline workspace for recovery and mentoring.",
        epilog=f"Secrets are read from {PASSPHRASE_ENV} or one line on standard input.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, help="the data folder (default: per user)")
    parser.add_argument(
        "--demo", action="store_true", help="open the window on a temporary demo vault"
    )
    parser.add_argument(
        "--role",
        choices=[r.value for r in Role],
        default=Role.MENTEE.value,
        help="with --demo: whose workspace to show",
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="exit as soon as the first window has been painted (for benchmarks and smoke tests)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="create a new vault (passphrase from env or stdin)")
    init.add_argument("--role", dest="init_role", required=True, choices=[r.value for r in Role])
    init.add_argument("--name", required=True, help="your display name")

    demo = commands.add_parser("demo-data", help="fill the vault with realistic demo data")
    demo.add_argument("--years", type=float, default=2.0)
    demo.add_argument("--seed", type=int, default=7)

    commands.add_parser("check", help="verify the vault's encryption and structure")

    export = commands.add_parser(
        "export", help="write a share (mentee) or a feedback file (mentor) for the other side"
    )
    export.add_argument("--out", type=Path, required=True, help="the file to write")
    mode = export.add_mutually_exclusive_group()
    mode.add_argument(
        "--passphrase-mode",
        action="store_true",
        help=f"protect it with a passphrase you agree on (from {SHARE_PASSPHRASE_ENV})",
    )
    mode.add_argument(
        "--paired",
        action="store_true",
        help="encrypt it to the other side's key (the default once you are paired)",
    )
    export.add_argument("--mentee", help="mentor: which mentee the feedback is for")
    export.add_argument(
        "--check-ins",
        choices=["none", "summary", "full"],
        default="summary",
        help="mentee: how much of the daily check-ins to share (default: summary)",
    )
    export.add_argument(
        "--no-journal", action="store_true", help="mentee: leave out even shared journal entries"
    )

    importing = commands.add_parser("import", help="import a share (mentor) or feedback (mentee)")
    importing.add_argument("file", type=Path, help="the .rdshare or .rdfeedback file")

    printout = commands.add_parser("print-plan", help="print the plan (or card, or blank) to PDF")
    printout.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    kind = printout.add_mutually_exclusive_group()
    kind.add_argument("--card", action="store_true", help="the wallet crisis card")
    kind.add_argument("--blank", action="store_true", help="a blank plan to fill in by hand")
    printout.add_argument("--share", type=Path, help="print from a mentee's share file")
    printout.add_argument("--paper", choices=["a4", "letter"], help="default: from the locale")
    printout.add_argument("--large-print", action="store_true")
    printout.add_argument(
        "--progress", action="store_true", help="add a page on how the last month went"
    )
    return parser


def read_secret(env_name: str) -> str:
    """A secret from ``env_name`` or the first line of standard input."""
    value = os.environ.get(env_name)
    if value is None:
        value = sys.stdin.readline().rstrip("\r\n")
    if not value:
        raise errors.ValidationError("passphrase", f"set {env_name} or give it on standard input")
    return value


def _cmd_init(args: argparse.Namespace, data_dir: Path) -> int:
    from recovery_desktop.storage.folder import VaultFolder

    name = args.name.strip()
    if not name:
        raise errors.ValidationError("--name", "empty")
    passphrase = read_secret(PASSPHRASE_ENV)
    folder = VaultFolder.acquire(data_dir)
    try:
        created = folder.create(passphrase, Role(args.init_role), name)
        created.vault.close()
    finally:
        folder.release()
    print(f"Created a {args.init_role} vault in {data_dir}.")
    print("Your recovery code (write it down and keep it somewhere safe; it is shown once):")
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
            print(f"The vault has {len(problems)} problem(s):", file=sys.stderr)
            for problem in problems[:10]:
                print(f"  {problem}", file=sys.stderr)
            return EXIT_INVALID_INPUT
        print("The vault is intact: encryption and structure checks passed.")
        return EXIT_OK

    return _with_vault(data_dir, work)


def _cmd_demo_data(args: argparse.Namespace, data_dir: Path) -> int:
    from recovery_desktop.services import demo, demo_mentor
    from recovery_desktop.services.profile import profile
    from recovery_desktop.storage.vault import OpenVault

    if not 0 < args.years <= 200:
        raise errors.ValidationError("--years", "between 0 and 200")

    def work(vault: OpenVault) -> int:
        if profile(vault).role is Role.MENTOR:
            session = demo_mentor.fill(vault, years=args.years, seed=args.seed)
            print(
                f"Added a mentor's session in progress: {session.mentee} shared "
                f"{session.shares} times ({session.mentee_records} records, "
                f"{session.mentee_data.encounters} urge-log entries); {session.feedback_sent} "
                f"feedback records sent and {session.drafts} draft comment not sent yet."
            )
            return EXIT_OK
        summary = demo.fill(vault, years=args.years, seed=args.seed)
        feedback = demo_mentor.feedback_for_mentee(vault, seed=args.seed)
        growth = summary.growth
        print(
            f"Added demo data: {summary.triggers} triggers, {summary.encounters} urge-log "
            f"entries and {summary.journal_entries} journal entries; {growth.goals} goals, "
            f"{growth.checkins} check-ins, {growth.assessments} self-assessments, "
            f"{growth.learning} learning-log entries and {growth.milestones} milestones"
            + (f"; {feedback} items of feedback from a mentor." if feedback else ".")
        )
        return EXIT_OK

    return _with_vault(data_dir, work)


def _cmd_print_plan(args: argparse.Namespace, data_dir: Path) -> int:
    out: Path = args.out.expanduser().absolute()
    if not out.parent.is_dir():
        raise errors.ValidationError("--out", f"the folder {out.parent} does not exist")
    share_data = _read_file(args.share, "--share") if args.share is not None else None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is ever shown
    from PySide6.QtGui import QGuiApplication, QPageSize

    from recovery_desktop.services import reports
    from recovery_desktop.ui import printing

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
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
        print(f"Wrote {out} ({pages} page{'s' if pages != 1 else ''}).")
        return EXIT_OK

    has_vault = (data_dir / "vault.key").exists()
    if not has_vault and (args.blank or share_data is not None):
        return work(None)  # a blank plan, or a passphrase share, needs no vault
    return _with_vault(data_dir, work)


def _read_file(path: Path, option: str) -> bytes:
    try:
        return path.expanduser().read_bytes()
    except OSError as exc:
        raise errors.ValidationError(option, f"cannot read {path}: {exc.strerror}") from None


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
            "share passphrase", f"please use at least {MIN_SHARE_PASSPHRASE} characters"
        )
    return value


def _cmd_export(args: argparse.Namespace, data_dir: Path) -> int:
    from recovery_desktop.domain.file_types import FEEDBACK_SUFFIX, SHARE_SUFFIX
    from recovery_desktop.domain.share_selection import CheckInDetail, ShareChoice
    from recovery_desktop.services import exchange, mentor, share
    from recovery_desktop.services.profile import profile

    out: Path = args.out.expanduser().absolute()
    if not out.parent.is_dir():
        raise errors.ValidationError("--out", f"the folder {out.parent} does not exist")

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
        how = "to your pair's key" if paired else "with the share passphrase"
        print(f"Wrote {target} ({total} items, encrypted {how}).")
        print(f"SHA-256: {receipt.sha256}")
        return EXIT_OK

    return _with_vault(data_dir, work)


def _cmd_import(args: argparse.Namespace, data_dir: Path) -> int:
    from recovery_desktop.services import exchange

    data = _read_file(args.file, "FILE")

    def work(vault: object) -> int:
        result = exchange.import_file(vault, data, lambda: read_secret(SHARE_PASSPHRASE_ENV))  # type: ignore[arg-type]
        what = "share" if result.kind == "share" else "feedback"
        if result.already_imported:
            print(f"This {what} from {result.sender_name} was already imported; nothing changed.")
        else:
            print(
                f"Imported the {what} from {result.sender_name} written "
                f"{result.created_at.astimezone():%d %B %Y %H:%M}: {result.written} new or "
                "changed items."
            )
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    os.umask(0o077)  # anything we create is ours alone, whatever the caller's umask
    words, open_file = _split_open_file(list(sys.argv[1:] if argv is None else argv))
    args = build_parser().parse_args(words)
    args.open_file = open_file
    data_dir: Path = (args.data_dir or default_data_dir()).expanduser().absolute()
    try:
        logs.setup(data_dir)
    except OSError as exc:
        print(
            f"recovery-desktop: cannot use the data folder {data_dir}: {exc.strerror}",
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
        print(
            "recovery-desktop: something unexpected went wrong; details are in the log file "
            f"({data_dir / logs.LOG_DIR}). Nothing was changed.",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED
