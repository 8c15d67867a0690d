"""App settings, declared once with type, default and meaning; never secrets.

Settings live beside the vault in ``settings.json`` (so ``--data-dir`` keeps everything
together and tests stay isolated), written atomically with mode 0600. They hold only
preferences and window geometry: nothing about the person's recovery.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from recovery_desktop import APP_SLUG
from recovery_desktop.storage.atomic import atomic_write

T = TypeVar("T")
FILE_NAME = "settings.json"


def default_data_dir() -> Path:
    """The per-user data folder (``--data-dir`` overrides it)."""
    import platformdirs  # only when no --data-dir is given

    return Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False))


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting."""

    name: str
    type: type[T]
    default: T
    description: str


IDLE_LOCK_MINUTES = Setting("idle_lock_minutes", int, 10, "Lock after this many idle minutes.")
REMEMBER_KEY = Setting(
    "remember_key", bool, False, "Unlock with the key kept in the OS keychain, if it answers."
)
WINDOW_GEOMETRY = Setting("window_geometry", str, "", "Main window geometry (Qt, base64).")
WINDOW_STATE = Setting("window_state", str, "", "Main window toolbars and docks (Qt, base64).")
CHECK_IN_REMINDER = Setting(
    "check_in_reminder", bool, False, "Remind me to check in each day while the app is open."
)
CHECK_IN_REMINDER_AT = Setting(
    "check_in_reminder_at", str, "20:00", "When the daily check-in reminder comes (HH:MM, local)."
)
QUIET_HOURS_START = Setting(
    "quiet_hours_start", str, "22:00", "No reminders from this time (HH:MM, local)..."
)
QUIET_HOURS_END = Setting("quiet_hours_end", str, "08:00", "...until this time (HH:MM, local).")
SELF_ASSESSMENT_WEEKS = Setting(
    "self_assessment_weeks", int, 3, "Weeks between self-assessments, as the pair agreed (2-4)."
)
PROGRESS_RANGE = Setting(
    "progress_range", str, "30d", "Progress charts' range: 30d, 90d, 1y, all or custom:FROM:TO."
)
LANGUAGE = Setting(
    "language", str, "system", "The app's language: system (follow the computer), en or es."
)
THEME = Setting("theme", str, "system", "Colours: system (follow the computer), light or dark.")
TEXT_SIZE = Setting(
    "text_size", str, "normal", "Text size: normal, large (1.25×) or largest (1.5×)."
)
BACKUPS_KEPT = Setting("backups_kept", int, 7, "How many daily backups to keep (at least 1).")

ALL = (
    IDLE_LOCK_MINUTES,
    REMEMBER_KEY,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    CHECK_IN_REMINDER,
    CHECK_IN_REMINDER_AT,
    QUIET_HOURS_START,
    QUIET_HOURS_END,
    SELF_ASSESSMENT_WEEKS,
    PROGRESS_RANGE,
    LANGUAGE,
    THEME,
    TEXT_SIZE,
    BACKUPS_KEPT,
)


class Settings:
    """Typed access to ``settings.json``; unknown or ill-typed values fall back to defaults."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        # A damaged file (unreadable, not JSON, nested past Python's limit) means defaults.
        with contextlib.suppress(OSError, ValueError, RecursionError):
            raw = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(raw, dict):
                self._values = raw

    @classmethod
    def in_folder(cls, folder: Path) -> Settings:
        """The settings file of a data folder."""
        return cls(folder / FILE_NAME)

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the default if missing or of the wrong type."""
        value = self._values.get(setting.name, setting.default)
        if type(value) is not setting.type:  # bool is an int; be exact
            return setting.default
        return value  # type: ignore[no-any-return]  # checked just above

    def set(self, setting: Setting[T], value: T) -> None:
        """Store a value and save the file."""
        if type(value) is not setting.type:
            raise TypeError(f"{setting.name} takes {setting.type.__name__}")
        self._values[setting.name] = value
        self.save()

    def save(self) -> None:
        """Write the file atomically (0600)."""
        known = {s.name: self._values[s.name] for s in ALL if s.name in self._values}
        atomic_write(self.path, json.dumps(known, indent=2, sort_keys=True).encode() + b"\n")
