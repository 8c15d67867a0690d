"""Where share and feedback files go, what they are called, and reading one safely."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from recovery_desktop.services import exchange
from recovery_desktop.services.exchange_file import MAX_FILE_BYTES
from recovery_desktop.ui.errors import show_error


def default_folder() -> Path:
    """The Documents folder, or home if there is none."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder if folder.is_dir() else Path.home()


def default_file_name(display_name: str, what: str, day: dt.date, suffix: str) -> str:
    """``Jordan-share-2026-11-26.rdshare``: the name (from a person or a file) made safe."""
    safe = re.sub(r"[^\w]+", "-", display_name, flags=re.UNICODE).strip("-") or "my"
    return f"{safe}-{what}-{day:%Y-%m-%d}{suffix}"


def with_suffix(name: str, suffix: str) -> Path:
    """The chosen path, ending in ``suffix``."""
    return Path(name if name.lower().endswith(suffix) else f"{name}{suffix}")


def read_exchange_file(path: Path) -> tuple[bytes, bool]:
    """A file's bytes (at most what an exchange file may hold), and if it needs a passphrase."""
    with path.open("rb") as file:
        data = file.read(MAX_FILE_BYTES + 1)  # a larger file is refused, not read whole
    return data, exchange.needs_passphrase(data)


def show_import_error(parent: QWidget, path: Path, error: BaseException, title: str) -> None:
    """Why a share or feedback file was not imported: unreadable, or what the import said."""
    text = ""
    if isinstance(error, OSError):
        text = QCoreApplication.translate(
            "exchange_files",
            "The file {name} could not be read. Please check that it is still there and "
            "that you can open it, then try again. Nothing was imported.",
        ).format(name=path.name)
    show_error(parent, error, title, text)
