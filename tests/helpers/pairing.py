"""Pair two vaults without the passphrase round (scrypt costs seconds; tests pay it once).

``pair_directly`` is the demo data's own (one piece of code for both); it names the
mentee after the mentee vault's profile.
"""

from recovery_desktop.services.demo_mentor import pair_directly
from recovery_desktop.storage.tables import PairRow

__all__ = ["open_paired", "pair_directly"]


def open_paired(data, vault):
    """The payload bytes of a paired file, opened with ``vault``'s keys."""
    from recovery_desktop.services import exchange_file

    with vault.session() as session:
        identities = [row.own_age_identity for row in session.query(PairRow)]
    _index, plaintext = exchange_file.decrypt_with_identities(data, identities)
    return exchange_file.split_signed(plaintext)[1]
