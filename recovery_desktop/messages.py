"""The words for expected errors, shared by the window and the command line.

Calm and specific: what happened, that nothing was lost, and what to do next.
"""

from __future__ import annotations

from recovery_desktop.domain import errors


def describe(error: errors.RecoveryError) -> str:
    """One or two plain sentences for ``error``; never includes secrets or user data."""
    match error:
        case errors.WrongPassphraseError():
            return "That passphrase does not open this vault. Please check it and try again."
        case errors.RecoveryCodeTypoError():
            return (
                "That recovery code has a typing mistake somewhere. "
                "Please compare it with your printed copy."
            )
        case errors.DamagedFileError(path=path):
            return (
                f"The file {path.name} is damaged and cannot be read. Nothing was changed. "
                "You can restore a backup from the backups folder."
            )
        case errors.VaultInUseError():
            return (
                "This vault is already open in another Recovery Desktop window. "
                "Please switch to that window, or close it first."
            )
        case errors.VaultLockedError():
            return "The vault is locked. Please unlock it first."
        case errors.VaultNotFoundError(folder=folder):
            return f"There is no vault in {folder} yet. Create one first (init)."
        case errors.VaultExistsError(folder=folder):
            return f"A vault already exists in {folder}. Nothing was changed."
        case errors.SchemaTooNewError():
            return (
                "This vault was saved by a newer version of Recovery Desktop. "
                "Please update the app to open it; your data is untouched."
            )
        case errors.KeyringUnavailableError():
            return (
                "The system keychain is not available right now, "
                "so please use your passphrase this time."
            )
        case errors.DiskFullError():
            return (
                "The disk is full or cannot be written to, so nothing was saved. "
                "Please free some space and try again."
            )
        case errors.BackupNotFoundError(name=name):
            return f"There is no backup called {name}."
        case errors.ExchangeAuthError():
            return (
                "This file does not open with that passphrase or key, or it was changed "
                "after it was written. Nothing was imported."
            )
        case errors.ExchangeVersionError():
            return (
                "This file was written by a newer version of Recovery Desktop. "
                "Please update the app to open it. Nothing was imported."
            )
        case errors.ForeignPairError():
            return (
                "This file belongs to a different mentor and mentee, so it was not imported. "
                "Nothing was changed."
            )
        case errors.StaleExchangeFileError():
            return (
                "This file is older than one you have already imported from the same person, "
                "so it was not imported again. Nothing was changed."
            )
        case errors.ExchangeKindError(kind="share"):
            return (
                "This is a share file from a mentee; it opens in a mentor's Recovery Desktop. "
                "Nothing was changed."
            )
        case errors.ExchangeKindError():
            return (
                "This is a feedback file from a mentor; it opens in the mentee's Recovery "
                "Desktop. Nothing was changed."
            )
        case errors.NotPairedError():
            return (
                "You are not paired yet: the first exchange uses a passphrase you agree on "
                "together. After that, no passphrase is needed."
            )
        case errors.InvalidExchangeFileError(where=where):
            return (
                f"This file is not a valid Recovery Desktop share or feedback file "
                f"(problem at {where}). Nothing was imported."
            )
        case errors.ValidationError(field=field, problem=problem):
            return f"Please check {field}: {problem}."
        case _:
            return "Something went wrong. Nothing was changed."
