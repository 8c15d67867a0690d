"""The SQLCipher engine: a raw 256-bit key, WAL, full fsync, nothing in temporary files."""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from recovery_desktop.storage.atomic import PRIVATE_FILE
from recovery_desktop.storage.errors import classify

_HEX_KEY = re.compile(r"[0-9a-f]{64}")

_PRAGMAS = (
    # Problems reach the user through our classified errors, not SQLCipher's stderr log.
    "PRAGMA cipher_log_level = NONE",
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA busy_timeout = 5000",
)


def raw_key_literal(data_key: bytes) -> str:
    """Return SQLCipher's raw-key form ``x'<64 hex>'`` after checking the key's shape."""
    hex_key = data_key.hex()
    if not _HEX_KEY.fullmatch(hex_key):
        raise ValueError("a data key is exactly 32 bytes")
    return f"x'{hex_key}'"


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only, so SQLite inherits the mode."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(fd)


def open_engine(db_path: Path, data_key: bytes) -> Engine:
    """Return an engine on the encrypted database at ``db_path``, checked to be readable.

    SQLAlchemy's pysqlcipher dialect sends the URL password as ``PRAGMA key``; the raw
    key form skips SQLCipher's own KDF, since our key is already random.

    Raises:
        DamagedFileError: the file cannot be read with this key.
        DiskFullError: the file cannot be written.

    """
    if not db_path.exists():
        create_private_file(db_path)
    url = URL.create(
        "sqlite+pysqlcipher", password=raw_key_literal(data_key), database=str(db_path)
    )
    engine = create_engine(
        url,
        # The dialect's default SingletonThreadPool ties a connection to each thread and
        # cannot close them from the UI thread at lock time; a small queue pool can.
        poolclass=QueuePool,
        pool_size=2,
        connect_args={"check_same_thread": False},
        # Error messages must never carry a person's words into a log or a dialog.
        hide_parameters=True,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except DBAPIError as exc:
        engine.dispose()
        expected = classify(exc, db_path)
        if expected is not None:
            raise expected from None
        raise
    return engine


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling skips DDL and SAVEPOINTs; SQLAlchemy's
    # documented fix is to turn it off and emit BEGIN ourselves (see _on_begin), so a
    # migration or an import is one transaction, all or nothing.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in _PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def checkpoint_and_dispose(engine: Engine) -> None:
    """Fold the WAL into the database and close every connection."""
    with contextlib.suppress(DBAPIError), engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
