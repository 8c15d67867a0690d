"""Render the app with demo data into docs/screenshots/ (``make screenshots``).

Every tab of a mentee's workspace, the setup wizard, the share preview, the mentor's
session and the printed plan's first page, offscreen, at one size. The names are the
ones the AppStream metainfo and the README use.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from recovery_desktop.domain.profile import Role
from recovery_desktop.services import demo, demo_mentor, reports
from recovery_desktop.settings import Settings
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.keys import MIN_KDF
from recovery_desktop.ui import printing
from recovery_desktop.ui.dialogs.setup_wizard import SetupWizard
from recovery_desktop.ui.dialogs.share_dialog import ShareDialog
from recovery_desktop.ui.tasks import InlineTaskRunner
from recovery_desktop.ui.workspace import Workspace

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1200, 800)
PASSPHRASE = "screenshots only, never a real vault"
#: Tab names in the workspace and the file each is saved as.
TABS = {
    "Check-in": "checkin",
    "Triggers": "triggers",
    "Plan": "plan",
    "Goals": "goals",
    "Journal": "journal",
    "Learning": "learning",
    "Self-assessment": "self-assessment",
    "Mentor": "mentor-tab",
    "Progress": "progress",
}


def settle(app: QApplication, rounds: int = 8) -> None:
    """Let deferred loads, layouts and paints finish."""
    for _ in range(rounds):
        app.processEvents()


def save(app: QApplication, widget: QWidget, name: str) -> None:
    """One PNG of ``widget``."""
    settle(app)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"  {path.relative_to(OUT.parent.parent)}")


def open_workspace(folder: VaultFolder, vault: object, data_dir: Path) -> Workspace:
    """A shown workspace at the screenshot size."""
    workspace = Workspace(
        vault,  # type: ignore[arg-type]
        folder,
        Settings.in_folder(data_dir),
        InlineTaskRunner(),
        0.5,
    )
    workspace.window.resize(*SIZE)
    workspace.show()
    return workspace


def mentee_shots(app: QApplication, root: Path) -> None:
    """Every tab of a mentee with two years of demo data, the share dialog and preview."""
    folder = VaultFolder.acquire(root / "mentee")
    created = folder.create(PASSPHRASE, Role.MENTEE, "Jordan", kdf=MIN_KDF)
    vault = created.vault
    demo.fill(vault, years=2, seed=7)
    workspace = open_workspace(folder, vault, root / "mentee")
    window = workspace.window
    for name, file_name in TABS.items():
        window.tabs.setCurrentWidget(window.page(name))
        save(app, window, file_name)
    dialog = ShareDialog(
        vault, Settings.in_folder(root / "mentee"), InlineTaskRunner(), parent=window
    )
    dialog.open()
    save(app, dialog, "share-dialog")
    dialog.open_preview()
    assert dialog.preview is not None
    dialog.preview.resize(*SIZE)
    dialog.preview.view.tabs.setCurrentWidget(dialog.preview.view.triggers_tab)
    save(app, dialog.preview, "share-preview")
    dialog.close()
    printed_plan(vault)
    workspace.close()
    vault.close()
    folder.release()


def printed_plan(vault: object) -> None:
    """The plan's first page, through the same PDF path as File > Export."""
    with tempfile.TemporaryDirectory() as scratch:
        pdf = Path(scratch) / "plan.pdf"
        printing.document_pdf(reports.plan_document(vault), pdf)  # type: ignore[arg-type]
        pdftoppm = shutil.which("pdftoppm")
        if pdftoppm is None:
            print("  (pdftoppm not found: install poppler-utils for printed-plan.png)")
            return
        subprocess.run(  # noqa: S603 - a fixed tool on our own temporary file
            [
                pdftoppm,
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(OUT / "printed-plan"),
            ],
            check=True,
        )
        print("  docs/screenshots/printed-plan.png")


def mentor_shots(app: QApplication, root: Path) -> None:
    """A mentor's session in progress: the brief and the Feedback tab."""
    folder = VaultFolder.acquire(root / "mentor")
    created = folder.create(PASSPHRASE, Role.MENTOR, "Sam", kdf=MIN_KDF)
    vault = created.vault
    demo_mentor.fill(vault, years=1, seed=7, today=dt.date.today())
    workspace = open_workspace(folder, vault, root / "mentor")
    pages = workspace.mentor
    pages._open_selected()
    assert pages.session is not None
    save(app, workspace.window, "mentor-session")
    pages.session.view.tabs.setCurrentWidget(pages.session.feedback_tab)
    save(app, workspace.window, "mentor-feedback")
    workspace.close()
    vault.close()
    folder.release()


def wizard_shot(app: QApplication, root: Path) -> None:
    """The first page of the setup wizard."""
    folder = VaultFolder.acquire(root / "new")
    wizard = SetupWizard(folder, InlineTaskRunner(), MIN_KDF)
    wizard.resize(720, 560)
    wizard.show()
    save(app, wizard, "setup-wizard")
    wizard.close()
    folder.release()


def main() -> int:
    """Render everything; returns the exit code."""
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"Rendering screenshots into {OUT}:")
    with tempfile.TemporaryDirectory(prefix="recovery-desktop-shots-") as scratch:
        root = Path(scratch)
        wizard_shot(app, root)
        mentee_shots(app, root)
        mentor_shots(app, root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
