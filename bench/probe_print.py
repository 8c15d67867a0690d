"""Printing the plan to PDF, in its own process (a GUI application, no window).

Usage: ``python -m bench.probe_print FOLDER RUNS`` with the vault's data key (hex) on stdin.
Prints JSON: the first print (imports, fonts) and the later ones.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    from recovery_desktop.storage.folder import VaultFolder

    app = QGuiApplication(sys.argv[:1])
    folder = VaultFolder.acquire(Path(sys.argv[1]))
    vault = folder.unlock_with_key(bytes.fromhex(sys.stdin.readline().strip()))
    assert vault is not None
    temp = tempfile.TemporaryDirectory(prefix="recovery-bench-print-")
    out = Path(temp.name) / "plan.pdf"

    def print_plan() -> float:
        start = time.perf_counter()
        from recovery_desktop.services import reports
        from recovery_desktop.ui import printing

        printing.document_pdf(reports.plan_document(vault), out)
        return time.perf_counter() - start

    first = print_plan()
    later = [print_plan() for _ in range(int(sys.argv[2]))]
    vault.close()
    folder.release()
    print(json.dumps({"first": first, "later": later, "pdf_bytes": out.stat().st_size}))
    temp.cleanup()
    del app


if __name__ == "__main__":
    main()
    os._exit(0)
