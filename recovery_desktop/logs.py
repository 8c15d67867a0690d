"""The log file: diagnostics for bugs, never a person's data or secrets.

Only our own messages and tracebacks are written; SQLAlchemy is told to hide statement
parameters, so a traceback cannot carry what someone typed.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from recovery_desktop.storage.atomic import PRIVATE_FILE, ensure_private_dir

LOG_DIR = "logs"
LOG_NAME = "recovery-desktop.log"


def setup(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send log records to ``<data_dir>/logs/recovery-desktop.log`` (0600, rotated)."""
    folder = ensure_private_dir(data_dir / LOG_DIR)
    path = folder / LOG_NAME
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in root.handlers:  # a second setup (another data folder) closes the first file
        if isinstance(old, logging.FileHandler):
            old.close()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # one line per plugin otherwise
    logging.captureWarnings(True)
    return path
