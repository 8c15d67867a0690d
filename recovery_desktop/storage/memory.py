"""A read-only vault held in memory: someone else's shared records, shown in our tabs.

The mentor sees a mentee's share, and the mentee previews one, through the very same
tabs as the mentee's own workspace. The records go into an in-memory SQLite database
(never a file, so nothing readable reaches the disk) that refuses every write.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool

from recovery_desktop.domain.profile import Role
from recovery_desktop.domain.records import Record
from recovery_desktop.storage.repositories import put_exact
from recovery_desktop.storage.tables import Base, Profile
from recovery_desktop.storage.vault import OpenVault


class SnapshotVault(OpenVault):
    """An unlocked-looking vault over records in memory; every write is refused."""

    def __init__(self, records: Iterable[Record], name: str) -> None:
        engine = create_engine(
            "sqlite://",
            poolclass=StaticPool,  # one connection: the in-memory database lives in it
            connect_args={"check_same_thread": False},
            hide_parameters=True,
        )
        Base.metadata.create_all(engine)
        self._engine = engine
        self._data_key = None
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.must_change_passphrase = False
        with self._sessions() as session, session.begin():
            session.add(Profile(id=1, role=Role.MENTEE.value, display_name=name))
            put_exact(session, records)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA query_only = ON")

    @property
    def vault_id(self) -> str:
        """A snapshot has no vault file and no id."""
        return ""

    def close(self) -> None:
        """Drop the records."""
        if self._engine is not None:
            self._engine.dispose()
        self._engine = None
