"""The mentee's share: choosing, previewing and writing what the mentor will see."""

from __future__ import annotations

from pathlib import Path

from recovery_desktop.domain.exchange_format import SHARE
from recovery_desktop.domain.share_selection import ShareChoice, chosen_types, select
from recovery_desktop.services.changes import Changes
from recovery_desktop.services.exchange import (
    Outgoing,
    Receipt,
    mentee_pair_id,
    write_outgoing,
)
from recovery_desktop.storage.repositories import Records
from recovery_desktop.storage.vault import OpenVault


def build(vault: OpenVault, choice: ShareChoice) -> Outgoing:
    """The share ``choice`` makes, before encryption: what the preview and the file hold."""
    records = Records(vault)
    everything = [
        record for cls in chosen_types(choice) for record in records.all(cls, include_deleted=True)
    ]
    return Outgoing(
        SHARE, mentee_pair_id(vault), tuple(select(everything, choice)), choice.as_contents()
    )


def write(
    vault: OpenVault, choice: ShareChoice, out: Path, passphrase: str | None
) -> tuple[Receipt, Changes]:
    """Write a share file (paired mode when ``passphrase`` is None) and log it."""
    return write_outgoing(vault, build(vault, choice), out, passphrase)
