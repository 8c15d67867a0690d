"""``python -m recovery_desktop`` and the ``recovery-desktop`` command."""

import sys

from recovery_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
