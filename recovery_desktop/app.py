"""The window's composition root: the Qt application, the data folder, the session."""

from __future__ import annotations

import argparse
import importlib
import os
import secrets
import sys
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from recovery_desktop import APP_ID, APP_NAME, __version__, logs
from recovery_desktop.cli import EXIT_OK, PASSPHRASE_ENV, exit_code_for
from recovery_desktop.domain.errors import RecoveryError
from recovery_desktop.domain.profile import Role
from recovery_desktop.messages import describe
from recovery_desktop.settings import LANGUAGE, TEXT_SIZE, THEME, Settings
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.ui.i18n import install_translators
from recovery_desktop.ui.icons import app_icon
from recovery_desktop.ui.session import WORKSPACE_MODULE, SessionController
from recovery_desktop.ui.tasks import TaskRunner
from recovery_desktop.ui.text_size import apply_text_size
from recovery_desktop.ui.theme import apply_theme

if TYPE_CHECKING:
    from recovery_desktop.storage.vault import OpenVault

DEMO_WORDS = (
    "river",
    "lantern",
    "maple",
    "harbor",
    "violet",
    "canyon",
    "ember",
    "meadow",
    "pebble",
    "orbit",
    "willow",
    "summit",
    "cobalt",
    "thistle",
    "juniper",
    "falcon",
)


class _FirstPaintQuitter(QObject):
    """Ends the event loop once a visible top-level window has been painted."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._armed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._armed
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.isVisible()
        ):
            self._armed = False
            QTimer.singleShot(0, self._app.quit)  # after this paint completes
        return False


class FileOpenForwarder(QObject):
    """Passes files the desktop asks us to open (macOS double-clicks) to the session.

    macOS delivers a double-clicked file as a ``FileOpen`` event, not on the command line.
    """

    def __init__(self, app: QApplication, controller: SessionController) -> None:
        super().__init__(app)
        self._controller = controller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: D102 - Qt's
        if (
            event.type() == QEvent.Type.FileOpen
            and isinstance(event, QFileOpenEvent)
            and event.file()
        ):
            self._controller.open_exchange_file(Path(event.file()))
            return True
        return False


def make_application(theme: str = "system", text_size: str = "normal") -> QApplication:
    """The QApplication, named so the desktop and the keychain recognise it.

    It shows in the colours of ``theme`` and with text at ``text_size`` (settings' values).
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(False)  # locking closes the window; the app lives on
    app.setWindowIcon(app_icon())
    apply_theme(theme)  # light, dark, or following the system as it changes
    apply_text_size(text_size)
    return app


def _demo_passphrase() -> str:
    return "-".join(secrets.choice(DEMO_WORDS) for _ in range(4))


def _open_demo(folder: VaultFolder, role: Role) -> tuple[OpenVault, str]:
    from recovery_desktop.services import demo, demo_mentor

    passphrase = _demo_passphrase()
    # The demo mentee's plan calls their mentor Sam.
    name = "Alex (demo)" if role is Role.MENTEE else "Sam (demo mentor)"
    created = folder.create(passphrase, role, name)
    if role is Role.MENTOR:
        demo_mentor.fill(created.vault, years=2)  # a session in progress with mentee Alex
    else:
        demo.fill(created.vault, years=2)
        demo_mentor.feedback_for_mentee(created.vault)  # the Mentor tab has something
    note = QCoreApplication.translate("app", "Demo vault. Passphrase: {passphrase}")
    return created.vault, note.format(passphrase=passphrase)


def _fatal(error: RecoveryError, interactive: bool) -> int:
    """Say why the window cannot open: on stderr always, in a message box if someone is there."""
    text = describe(error)
    print(f"recovery-desktop: {text}", file=sys.stderr)
    if interactive:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
    return exit_code_for(error)


def _warm_imports() -> None:
    thread = threading.Thread(target=_warm, name="warm-imports", daemon=True)
    thread.start()


def _warm() -> None:
    """Load the workspace and set up SQLAlchemy's mappers while the passphrase is typed."""
    importlib.import_module(WORKSPACE_MODULE)
    from sqlalchemy.orm import configure_mappers

    configure_mappers()  # else the first query after unlocking pays for it


def run_window(args: argparse.Namespace, data_dir: Path) -> int:
    """Open the window; returns the exit code."""
    settings = Settings.in_folder(data_dir)
    app = make_application(settings.get(THEME), settings.get(TEXT_SIZE))
    # Before any widget exists: texts are set when widgets are built. The demo, in its own
    # folder, speaks the language chosen for the person's own data folder.
    install_translators(app, Settings.in_folder(data_dir).get(LANGUAGE))
    demo_dir = None
    if args.demo:
        demo_dir = tempfile.TemporaryDirectory(prefix="recovery-desktop-demo-")
        data_dir = Path(demo_dir.name)
        logs.setup(data_dir)
    try:
        return _run(app, args, data_dir)
    finally:
        if demo_dir is not None:
            demo_dir.cleanup()


def _run(app: QApplication, args: argparse.Namespace, data_dir: Path) -> int:
    interactive = not args.exit_when_ready
    try:
        folder = VaultFolder.acquire(data_dir)
    except RecoveryError as error:
        return _fatal(error, interactive)
    note = ""
    vault = None
    try:
        if args.demo:
            vault, note = _open_demo(folder, Role(args.role))
        elif args.exit_when_ready and os.environ.get(PASSPHRASE_ENV):
            vault = folder.unlock(os.environ[PASSPHRASE_ENV])
    except RecoveryError as error:
        folder.release()
        return _fatal(error, interactive)
    runner = TaskRunner(app)
    controller = SessionController(folder, Settings.in_folder(data_dir), runner, status_note=note)
    controller.open_file = getattr(args, "open_file", None)
    controller.finished.connect(app.quit)
    if sys.platform == "darwin":  # an app-wide filter costs every event a Python call
        app.installEventFilter(FileOpenForwarder(app, controller))
    if args.exit_when_ready:
        app.installEventFilter(_FirstPaintQuitter(app))
    controller.start(vault)
    if not args.exit_when_ready:
        # Load the database layer while the person types the passphrase.
        QTimer.singleShot(200, _warm_imports)
    code = app.exec()
    controller.quit()
    return code if code else EXIT_OK
