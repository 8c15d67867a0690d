"""What the mentor sent, as the mentee reads it: notes, recognitions and comments.

Comments name the mentee's item they are about by type and id; this finds the item
(None when it was removed or is unknown here) so each comment can say what it refers to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from recovery_desktop.domain.exchange_format import RECORD_TYPES, SHARE_TYPES, TYPE_NAMES
from recovery_desktop.domain.feedback import Comment, Recognition, SessionNote
from recovery_desktop.domain.records import Record
from recovery_desktop.storage.repositories import Records
from recovery_desktop.storage.vault import OpenVault

_FLOOR = dt.datetime.min.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class CommentOn:
    """A comment and the item it is about (None if removed, or not known here)."""

    comment: Comment
    item: Record | None


def session_notes(vault: OpenVault) -> list[SessionNote]:
    """Session notes, newest session first."""
    notes = Records(vault).all(SessionNote)
    return sorted(notes, key=lambda n: (n.day, n.created_at or _FLOOR), reverse=True)


def next_session(vault: OpenVault, today: dt.date) -> dt.date | None:
    """The next session agreed in the newest note that names one, if still to come."""
    for note in session_notes(vault):
        if note.next_session is not None:
            return note.next_session if note.next_session >= today else None
    return None


def recognitions(vault: OpenVault) -> list[Recognition]:
    """Strengths noticed and wins celebrated, newest first."""
    found = Records(vault).all(Recognition)
    return sorted(found, key=lambda r: (r.day, r.created_at or _FLOOR), reverse=True)


def _item(records: Records, about_type: str, about_id: str) -> Record | None:
    cls = RECORD_TYPES.get(about_type) if about_type in SHARE_TYPES else None
    if cls is None:
        return None
    item = records.get(cls, about_id)
    return None if item is None or item.is_deleted else item


def comments(vault: OpenVault) -> list[CommentOn]:
    """Every comment with the item it is about, newest first."""
    store = Records(vault)
    found = sorted(store.all(Comment), key=lambda c: (c.created_at or _FLOOR, c.id), reverse=True)
    return [CommentOn(c, _item(store, c.about_type, c.about_id)) for c in found]


def comments_about(vault: OpenVault, item: Record) -> list[Comment]:
    """The comments on one of the mentee's items, oldest first (as a conversation reads)."""
    about_type = TYPE_NAMES.get(type(item))
    if about_type is None:
        return []
    found = Records(vault).where(Comment, about_type=about_type, about_id=item.id)
    return sorted(found, key=lambda c: (c.created_at or _FLOOR, c.id))
