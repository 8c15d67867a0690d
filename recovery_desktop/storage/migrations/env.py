"""Alembic environment: always run in-process on the connection the app passes in."""

from alembic import context

from recovery_desktop.storage.tables import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    transactional_ddl=True,  # our engine emits BEGIN, so a migration is all or nothing
)
with context.begin_transaction():
    context.run_migrations()
