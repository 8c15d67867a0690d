"""The fields every exchangeable record carries, and what they mean for merging."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from recovery_desktop.domain.profile import Owner


def new_id() -> str:
    """A new record id (a random UUID)."""
    return str(uuid.uuid4())


@dataclass(frozen=True, kw_only=True)
class Record:
    """Base of every record: identity, ownership, revision and tombstone.

    ``rev`` goes up by one on every change; in an exchange the higher ``rev`` wins.
    ``deleted_at`` marks a deletion that travels to the other side instead of vanishing.
    """

    id: str = field(default_factory=new_id)
    owner: Owner = Owner.MENTEE
    rev: int = 0
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    deleted_at: dt.datetime | None = None

    @property
    def is_new(self) -> bool:
        """Whether the record has never been saved."""
        return self.rev == 0

    @property
    def is_deleted(self) -> bool:
        """Whether the record is a tombstone."""
        return self.deleted_at is not None
