"""Recovery Desktop: a private, offline workspace for a person in recovery and their mentor."""

__version__ = "0.1.0"

APP_NAME = "Recovery Desktop"
APP_SLUG = "recovery-desktop"
APP_ID = "org.recoverydesktop.RecoveryDesktop"
