"""The words for expected errors, shared by the window and the command line.

Calm and specific: what happened, that nothing was lost, and what to do next. Each text is
marked for translation (context ``messages``) with its values as ``{named}`` placeholders,
and written in the language the window or the command line installed (English until then).
"""

from __future__ import annotations

from recovery_desktop.domain import errors
from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.language import translate


def _template(error: errors.RecoveryError) -> tuple[str, dict[str, object]]:
    """The words for ``error`` with placeholders, and the values that fill them."""
    match error:
        case errors.WrongPassphraseError():
            return QT_TRANSLATE_NOOP(
                "messages",
                "That passphrase does not open this vault. Please check it and try again.",
            ), {}
        case errors.RecoveryCodeTypoError():
            return QT_TRANSLATE_NOOP(
                "messages",
                "That recovery code has a typing mistake somewhere. Please compare it with your "
                "printed copy.",
            ), {}
        case errors.DamagedFileError(path=path):
            return QT_TRANSLATE_NOOP(
                "messages",
                "The file {name} is damaged and cannot be read. Nothing was changed. You can "
                "restore a backup from the backups folder.",
            ), {"name": path.name}
        case errors.VaultInUseError():
            return QT_TRANSLATE_NOOP(
                "messages",
                "This vault is already open in another Recovery Desktop window. Please switch to "
                "that window, or close it first.",
            ), {}
        case errors.VaultLockedError():
            return QT_TRANSLATE_NOOP("messages", "The vault is locked. Please unlock it first."), {}
        case errors.VaultNotFoundError(folder=folder):
            return QT_TRANSLATE_NOOP(
                "messages", "There is no vault in {folder} yet. Create one first (init)."
            ), {"folder": folder}
        case errors.VaultExistsError(folder=folder):
            return QT_TRANSLATE_NOOP(
                "messages", "A vault already exists in {folder}. Nothing was changed."
            ), {"folder": folder}
        case errors.SchemaTooNewError():
            return QT_TRANSLATE_NOOP(
                "messages",
                "This vault was saved by a newer version of Recovery Desktop. Please update the "
                "app to open it; your data is untouched.",
            ), {}
        case errors.KeyringUnavailableError():
            return QT_TRANSLATE_NOOP(
                "messages",
                "The system keychain is not available right now, so please use your passphrase "
                "this time.",
            ), {}
        case errors.DiskFullError():
            return QT_TRANSLATE_NOOP(
                "messages",
                "The disk is full or cannot be written to, so nothing was saved. Please free some "
                "space and try again.",
            ), {}
        case errors.BackupNotFoundError(name=name):
            return QT_TRANSLATE_NOOP("messages", "There is no backup called {name}."), {
                "name": name
            }
        case errors.ExchangeAuthError():
            return QT_TRANSLATE_NOOP(
                "messages",
                "This file does not open with that passphrase or key, or it was changed after it "
                "was written. Nothing was imported.",
            ), {}
        case errors.ExchangeVersionError():
            return QT_TRANSLATE_NOOP(
                "messages",
                "This file was written by a newer version of Recovery Desktop. Please update the "
                "app to open it. Nothing was imported.",
            ), {}
        case errors.ForeignPairError():
            return QT_TRANSLATE_NOOP(
                "messages",
                "This file belongs to a different mentor and mentee, so it was not imported. "
                "Nothing was changed.",
            ), {}
        case errors.StaleExchangeFileError():
            return QT_TRANSLATE_NOOP(
                "messages",
                "This file is older than one you have already imported from the same person, so it "
                "was not imported again. Nothing was changed.",
            ), {}
        case errors.ExchangeKindError(kind="share"):
            return QT_TRANSLATE_NOOP(
                "messages",
                "This is a share file from a mentee; it opens in a mentor's Recovery Desktop. "
                "Nothing was changed.",
            ), {}
        case errors.ExchangeKindError():
            return QT_TRANSLATE_NOOP(
                "messages",
                "This is a feedback file from a mentor; it opens in the mentee's Recovery Desktop. "
                "Nothing was changed.",
            ), {}
        case errors.NotPairedError():
            return QT_TRANSLATE_NOOP(
                "messages",
                "You are not paired yet: the first exchange uses a passphrase you agree on "
                "together. After that, no passphrase is needed.",
            ), {}
        case errors.InvalidExchangeFileError(where=where):
            return QT_TRANSLATE_NOOP(
                "messages",
                "This file is not a valid Recovery Desktop share or feedback file (problem at "
                "{where}). Nothing was imported.",
            ), {"where": where}
        case errors.ValidationError(field=field):
            return QT_TRANSLATE_NOOP("messages", "Please check {field}: {problem}."), {
                "field": field
            }
        case _:
            return QT_TRANSLATE_NOOP("messages", "Something went wrong. Nothing was changed."), {}


def describe(error: errors.RecoveryError) -> str:
    """One or two plain sentences for ``error``, in the person's language; never secrets or data."""
    template, values = _template(error)
    if isinstance(error, errors.ValidationError):
        problem = translate("validation", error.template)
        values["problem"] = problem.format(**error.values) if error.values else problem
    return translate("messages", template).format(**values)
