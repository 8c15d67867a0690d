"""The benchmark harness works: its cheapest figures, on a vault of a few weeks.

No timing is asserted: only that each figure is produced, under its name, as a positive
number, and that the report reads them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import figures, report
from bench.vaults import VaultCache

TINY_YEARS = 0.05


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory):
    cache = VaultCache(tmp_path_factory.mktemp("bench"), via_cli=False)
    return cache.get(TINY_YEARS)


def _positive(found: dict, *keys: str) -> None:
    for key in keys:
        assert isinstance(found[key], (int, float)), key
        assert found[key] > 0, key


def test_vaults_are_built_and_cached(tiny) -> None:
    assert (tiny.mentee / "vault.db").is_file()
    assert tiny.share_file.stat().st_size > 0
    assert tiny.feedback_records > 0
    assert tiny.demo_s > 0


def test_exchange_figures(tiny, tmp_path: Path) -> None:
    exported = figures.export(tiny, tmp_path, runs=1)
    _positive(exported, "export_s", "export_baseline_s", "export_ratio", "share_records")
    imported = figures.import_feedback(tiny, tmp_path, runs=1)
    _positive(imported, "import_s", "import_first_in_process_s", "feedback_records")
    shared = figures.import_share(tiny, tmp_path, runs=1)
    _positive(shared, "import_share_s")


def test_kdf_figure() -> None:
    _positive(figures.kdf(runs=1), "kdf_s")


def test_report_reads_the_figures() -> None:
    results = {
        "startup_ratio": 1.1,
        "kdf_s": 0.5,
        "unlock_to_ready_s": 0.2,
        "tab_first_paint_s": {"Plan": 0.05, "Goals": 0.2},
        "export_10y_s": 0.5,
        "years_100": {"unlock_to_ready_s": 0.8, "tab_first_paint_s": {"Plan": 0.1, "Goals": 0.3}},
    }
    results["targets"] = report.targets(results)
    targets = results["targets"]
    assert targets["tab_first_paint_s.Plan"]["met"]
    assert not targets["tab_first_paint_s.Goals"]["met"]
    assert targets["kdf_s"]["met"]
    assert not targets["years_100.unlock_to_ready_s"]["met"]  # 4x the 10-year figure
    assert targets["years_100.tab_first_paint_s.Goals"]["met"]  # 1.5x
    assert "unlock to ready" in report.table(results)
