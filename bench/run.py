"""`make bench`: speed and memory at 1, 10 and 100 years of data, against baselines.

Builds the vaults in a temporary folder, measures every figure of issue 9 (each the median
of at least five runs, with its baseline measured in the same run), prints a table and
writes bench/results.json. Progress goes to stderr.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as `python bench/run.py`: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import figures, report
from bench.vaults import VaultCache

HERE = Path(__file__).parent
RESULTS = HERE / "results.json"


class Progress:
    """Says on stderr what is being measured, with the time since the start."""

    def __init__(self) -> None:
        self.start = time.perf_counter()

    def __call__(self, what: str) -> None:
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
        elapsed = time.perf_counter() - self.start
        print(f"[{elapsed:6.1f} s, load {load}] {what}", file=sys.stderr, flush=True)


def _suffixed(found: dict[str, Any], years: str) -> dict[str, Any]:
    """Exchange figures named with the vault's size, as issue 9 names them (export_10y_s)."""
    names = {
        "export_s": f"export_{years}_s",
        "export_baseline_s": f"export_baseline_{years}_s",
        "share_records": f"share_{years}_records",
        "share_mib": f"share_{years}_mib",
        "import_s": f"import_{years}_s",
        "import_first_in_process_s": f"import_{years}_first_in_process_s",
        "feedback_records": f"feedback_{years}_records",
        "import_share_s": f"import_share_{years}_s",
        "demo_s": f"demo_{years}_s",
    }
    return {names.get(key, key): value for key, value in found.items()}


def _gui(vaults, work: Path, bare_rss: float, step: Progress) -> dict[str, Any]:
    years = f"{vaults.years:g}-year"
    step(f"{years}: start-up against a bare window")
    found = figures.startup(vaults.mentee)
    step(f"{years}: sessions (unlock, tabs, chart, memory), one process each")
    found |= figures.session(vaults, work)
    found["peak_rss_ratio"] = found["peak_rss_mib"] / bare_rss
    step(f"{years}: printing the plan")
    found |= figures.print_plan(vaults, work)
    return found


def _exchange(vaults, work: Path, step: Progress, first: bool = True) -> dict[str, Any]:
    """Export, imports and the demo data's time. ``first``: the first size measured here."""
    years = f"{vaults.years:g}y"
    step(f"{years}: export, and its baseline")
    found = figures.export(vaults, work, warm=first)
    step(f"{years}: import of the mentor's feedback")
    found |= figures.import_feedback(vaults, work, warm=first)
    if vaults.years < 100:
        # A century imported at once takes about 15 s a run: too long to repeat within
        # the ten minutes `make bench` may take, and no target depends on it.
        step(f"{years}: the mentor imports the share")
        found |= figures.import_share(vaults, work)
    found |= figures.demo_data(vaults)
    return _suffixed(found, years)


def measure_all(step: Progress) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="recovery-bench-") as tmp:
        work = Path(tmp)
        cache = VaultCache(work / "vaults")
        step("building the 10-year vaults")
        ten = cache.get(10)
        step("KDF")
        results |= figures.kdf()
        step("baseline memory: a bare window with one matplotlib figure")
        bare_rss = figures.bare_chart_rss()["bare_chart_rss_mib"]
        results["bare_chart_rss_mib"] = bare_rss
        results |= _gui(ten, work, bare_rss, step)
        results |= _exchange(ten, work, step)

        step("building the 1-year vaults")
        results["years_1"] = _exchange(cache.get(1), work, step, first=False)

        step("building the 100-year vaults")
        hundred = cache.get(100)
        results["years_100"] = _gui(hundred, work, bare_rss, step) | _exchange(
            hundred, work, step, first=False
        )
    return results


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    return value


def main() -> int:
    step = Progress()
    load_before = os.getloadavg()
    results: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}",
        "python": platform.python_version(),
        "date": time.strftime("%Y-%m-%d %H:%M"),
    }
    results |= measure_all(step)
    results["load_average_before"] = [round(x, 2) for x in load_before]
    results["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    results["wall_s"] = round(time.perf_counter() - step.start, 1)
    results = _rounded(results)
    results["targets"] = report.targets(results)
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(report.table(results))
    print(
        f"\nwall time {results['wall_s']} s; load average before "
        f"{results['load_average_before']}, after {results['load_average_after']}; "
        f"written to {RESULTS}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
