"""`make bench`: speed against baselines measured in the same run.

Prints a table and writes bench/results.json. Figures are medians of several runs.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
RUNS = 7
PASSPHRASE = "benchmark passphrase of some length"


def median_seconds(command: list[str], env: dict[str, str], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def make_vault(folder: Path, env: dict[str, str], years: float) -> None:
    base = [sys.executable, "-m", "recovery_desktop", "--data-dir", str(folder)]
    subprocess.run(
        [*base, "init", "--role", "mentee", "--name", "Bench"],
        env=env,
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [*base, "demo-data", "--years", str(years)], env=env, check=True, capture_output=True
    )


def measure_kdf() -> float:
    from recovery_desktop.storage import keys

    data_key = keys.new_data_key()
    envelope = keys.new_envelope(data_key)
    secret = keys.passphrase_secret(PASSPHRASE)
    slot = keys.wrap(data_key, secret, envelope.vault_id, keys.PASSPHRASE_SLOT, keys.DEFAULT_KDF)
    envelope = envelope.with_slot(keys.PASSPHRASE_SLOT, slot)
    times = []
    for _ in range(5):
        start = time.perf_counter()
        keys.unwrap(envelope, keys.PASSPHRASE_SLOT, secret, Path("vault.key"))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


UNLOCK_TO_READY = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from recovery_desktop.app import make_application
from recovery_desktop.settings import Settings
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.ui.session import SessionController
from recovery_desktop.ui.tasks import InlineTaskRunner

folder = VaultFolder.acquire(Path(sys.argv[1]))
key = folder.unlock(sys.stdin.readline().strip()).data_key  # warm-up: KDF, imports
app = make_application()
times = []
for _ in range(int(sys.argv[2])):
    painted = []
    class Probe(QObject):
        def eventFilter(self, watched, event):
            if not painted and event.type() == QEvent.Type.Paint and watched.isWindow():
                painted.append(time.perf_counter())
            return False
    probe = Probe()
    app.installEventFilter(probe)
    start = time.perf_counter()
    vault = folder.unlock_with_key(key)   # passphrase accepted: the KDF is behind us
    settings = Settings.in_folder(Path(sys.argv[1]))
    controller = SessionController(folder, settings, InlineTaskRunner())
    controller.start(vault)
    while not painted:
        app.processEvents()
    times.append(painted[0] - start)
    app.removeEventFilter(probe)
    controller.lock()
    controller.unlock_dialog.close()
print(sorted(times)[len(times) // 2])
"""


PRINT_PLAN = r"""
import statistics, sys, time, tempfile
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from recovery_desktop.services import reports
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.ui import printing

app = QGuiApplication(sys.argv[:1])
folder = VaultFolder.acquire(Path(sys.argv[1]))
vault = folder.unlock(sys.stdin.readline().strip())
out = Path(tempfile.mkdtemp()) / "plan.pdf"
printing.document_pdf(reports.plan_document(vault), out)  # warm-up: imports, fonts
times = []
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    printing.document_pdf(reports.plan_document(vault), out)
    times.append(time.perf_counter() - start)
print(statistics.median(times))
"""


def probe(script: str, folder: Path, env: dict[str, str], runs: int = 5) -> float:
    """Run a measuring script on the vault in its own process; it prints the median."""
    result = subprocess.run(
        [sys.executable, "-c", script, str(folder), str(runs)],
        input=PASSPHRASE + "\n",
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return float(result.stdout.strip().splitlines()[-1])


def main() -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECOVERY_DESKTOP_PASSPHRASE": PASSPHRASE}
    results: dict[str, object] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}",
        "python": platform.python_version(),
        "date": time.strftime("%Y-%m-%d"),
    }
    with tempfile.TemporaryDirectory(prefix="recovery-bench-") as tmp:
        folder = Path(tmp) / "10y"
        make_vault(folder, env, years=10)
        no_secret_env = {k: v for k, v in env.items() if k != "RECOVERY_DESKTOP_PASSPHRASE"}
        bare = median_seconds([sys.executable, str(HERE / "bare_window.py")], no_secret_env)
        app = median_seconds(
            [
                sys.executable,
                "-m",
                "recovery_desktop",
                "--data-dir",
                str(folder),
                "--exit-when-ready",
            ],
            no_secret_env,
        )
        results.update(
            {
                "bare_window_s": round(bare, 3),
                "startup_s": round(app, 3),
                "startup_ratio": round(app / bare, 2),
                "kdf_s": round(measure_kdf(), 3),
                "unlock_to_ready_s": round(probe(UNLOCK_TO_READY, folder, no_secret_env), 3),
                "print_plan_s": round(probe(PRINT_PLAN, folder, no_secret_env), 3),
            }
        )
    targets = {
        "startup_ratio": ("<=", 1.3),
        "unlock_to_ready_s": ("<=", 0.3),
        "kdf_s": ("between", (0.3, 1.0)),
        "print_plan_s": ("<=", 0.5),
    }
    results["targets"] = {}
    for key, (kind, goal) in targets.items():
        value = results[key]
        met = (goal[0] <= value <= goal[1]) if kind == "between" else value <= goal
        results["targets"][key] = {"goal": f"{kind} {goal}", "value": value, "met": met}
    width = max(len(key) for key in results)
    for key, value in results.items():
        if key != "targets":
            print(f"{key:<{width}}  {value}")
    print("\ntargets:")
    for key, target in results["targets"].items():
        verdict = "met" if target["met"] else "NOT MET"
        print(f"  {key:<{width}}  {target['value']:<8} {target['goal']:<20} {verdict}")
    (HERE / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
