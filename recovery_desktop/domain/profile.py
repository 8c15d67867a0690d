"""Who uses this vault: the mentee or the mentor, and the records' owners."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    """The role a vault is set up for."""

    MENTEE = "mentee"
    MENTOR = "mentor"


class Owner(enum.StrEnum):
    """Who owns a record; exchange files may only change their sender's records."""

    MENTEE = "mentee"
    MENTOR = "mentor"
