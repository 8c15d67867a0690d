"""Alembic migrations, run from code when a vault is unlocked."""
