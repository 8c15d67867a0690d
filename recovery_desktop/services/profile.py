"""Whose vault this is."""

from __future__ import annotations

from dataclasses import dataclass

from recovery_desktop.domain.profile import Role
from recovery_desktop.storage.tables import Profile
from recovery_desktop.storage.vault import OpenVault


@dataclass(frozen=True)
class ProfileInfo:
    """The role and the display name."""

    role: Role
    display_name: str


def profile(vault: OpenVault) -> ProfileInfo:
    """The vault's profile (set at creation)."""
    with vault.session() as session:
        row = session.get(Profile, 1)
        if row is None:
            return ProfileInfo(Role.MENTEE, "")
        return ProfileInfo(Role(row.role), row.display_name)
