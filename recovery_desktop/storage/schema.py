"""Bringing a vault's schema up to date, and refusing one from a newer app."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from recovery_desktop.domain.errors import SchemaTooNewError

if TYPE_CHECKING:
    from alembic.config import Config

#: The newest migration; a test checks it against Alembic's own head.
SCHEMA_HEAD = "0004"
MIGRATIONS = Path(__file__).with_name("migrations")


def current_revision(engine: Engine) -> str | None:
    """The vault's schema revision, or None for an empty database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config() -> Config:
    """Alembic's configuration, pointing at the migrations shipped in the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def needs_migration(engine: Engine) -> bool:
    """Whether ``migrate`` has work to do.

    Raises:
        SchemaTooNewError: a newer version of the app wrote this vault.

    """
    found = current_revision(engine)
    if found == SCHEMA_HEAD:
        return False
    if found is not None:
        from alembic.script import ScriptDirectory

        known = {
            script.revision
            for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()
        }
        if found not in known:
            raise SchemaTooNewError(found)
    return True


def migrate(engine: Engine) -> None:
    """Upgrade to the newest schema in one transaction (all or nothing)."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
