"""One function per figure; each returns a dict of named results (seconds, MiB, ratios).

In-process figures (KDF, export, import) run in the benchmark's own process, after a
warm-up run where the first call in a process pays for imports; the GUI figures run in
their own processes (``probe_*`` modules), one process per run.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

from bench import measure
from bench.vaults import BenchVaults, bench_env, close, copy_vault, no_passphrase, open_with_key

HERE = Path(__file__).parent


def _env_without_passphrase() -> dict[str, str]:
    return {k: v for k, v in bench_env().items() if k != "RECOVERY_DESKTOP_PASSPHRASE"}


def startup(folder: Path, runs: int | None = None) -> dict[str, Any]:
    """Start-up to the first window painted (the unlock dialog) against a bare window."""
    app = [sys.executable, "-m", "recovery_desktop", "--data-dir", str(folder), "--exit-when-ready"]
    times = measure.wall_times(
        {"bare": [sys.executable, str(HERE / "bare_window.py")], "app": app},
        _env_without_passphrase(),
        runs,
    )
    bare, started = measure.median(times["bare"]), measure.median(times["app"])
    return {"bare_window_s": bare, "startup_s": started, "startup_ratio": started / bare}


def kdf(runs: int | None = None) -> dict[str, Any]:
    """Unwrapping the data key with the passphrase: the KDF the unlock dialog waits for."""
    from recovery_desktop.storage import keys

    data_key = keys.new_data_key()
    envelope = keys.new_envelope(data_key)
    secret = keys.passphrase_secret("benchmark passphrase")
    slot = keys.wrap(data_key, secret, envelope.vault_id, keys.PASSPHRASE_SLOT, keys.DEFAULT_KDF)
    envelope = envelope.with_slot(keys.PASSPHRASE_SLOT, slot)
    times = measure.repeat(
        lambda _: keys.unwrap(envelope, keys.PASSPHRASE_SLOT, secret, Path("vault.key")), runs
    )
    return {"kdf_s": measure.median(times)}


def export(
    vaults: BenchVaults, work: Path, runs: int | None = None, warm: bool = True
) -> dict[str, Any]:
    """A full share in paired mode, against json.dumps + age (X25519) of the same payload.

    ``warm`` first runs it once untimed (imports); a process that exported already needn't.
    """
    import pyrage
    from pyrage import x25519

    from recovery_desktop.domain.share_selection import CheckInDetail, ShareChoice
    from recovery_desktop.services import exchange_file, share

    folder = copy_vault(vaults.mentee, work / "export")
    lock, vault = open_with_key(folder, vaults.mentee_key)
    out = work / "export.rdshare"
    choice = ShareChoice(check_ins=CheckInDetail.FULL)
    try:
        if warm:
            share.write(vault, choice, out, None)
        times = measure.repeat(lambda _: share.write(vault, choice, out, None), runs)
    finally:
        close(lock, vault)
    data = out.read_bytes()
    _index, plaintext = exchange_file.decrypt_with_identities(data, [vaults.mentor_identity])
    payload = json.loads(exchange_file.split_signed(plaintext)[1])
    recipient = x25519.Identity.generate().to_public()

    def baseline(_: object) -> None:
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        pyrage.encrypt(text, [recipient])

    if warm:
        baseline(None)
    base_times = measure.repeat(baseline, runs)
    shutil.rmtree(folder)
    exported, base = measure.median(times), measure.median(base_times)
    return {
        "export_s": exported,
        "export_baseline_s": base,
        "export_ratio": exported / base,
        "share_records": sum(len(items) for items in payload["records"].values()),
        "share_mib": len(data) / 2**20,
    }


def _fresh_copy(source: Path, key: bytes, work: Path, name: str):
    def setup(index: int):
        return open_with_key(copy_vault(source, work / f"{name}-{index}"), key)

    def teardown(opened) -> None:
        lock, vault = opened
        folder = lock.paths.folder
        close(lock, vault)
        shutil.rmtree(folder)

    return setup, teardown


def import_feedback(
    vaults: BenchVaults, work: Path, runs: int | None = None, warm: bool = True
) -> dict[str, Any]:
    """The mentee imports the mentor's feedback file, into a fresh copy of the vault each run.

    With ``warm``, a first import (which compiles the file format's schema) is reported apart.
    """
    from recovery_desktop.services import exchange

    data = vaults.feedback_file.read_bytes()
    setup, teardown = _fresh_copy(vaults.mentee, vaults.mentee_key, work, "import")

    def action(opened) -> None:
        result = exchange.import_file(opened[1], data, no_passphrase)
        assert result.written == vaults.feedback_records, result

    found: dict[str, Any] = {}
    if warm:
        found["import_first_in_process_s"] = measure.repeat(action, 1, setup, teardown)[0]
    times = measure.repeat(action, runs, setup, teardown)
    return {
        "import_s": measure.median(times),
        **found,
        "feedback_records": vaults.feedback_records,
    }


def import_share(vaults: BenchVaults, work: Path, runs: int | None = None) -> dict[str, Any]:
    """The mentor imports the mentee's full share, into a fresh copy of their vault each run."""
    from recovery_desktop.services import exchange

    data = vaults.share_file.read_bytes()
    setup, teardown = _fresh_copy(vaults.mentor, vaults.mentor_key, work, "import-share")
    times = measure.repeat(
        lambda opened: exchange.import_file(opened[1], data, no_passphrase), runs, setup, teardown
    )
    return {"import_share_s": measure.median(times)}


def print_plan(vaults: BenchVaults, work: Path, runs: int | None = None) -> dict[str, Any]:
    """The plan to PDF, in a GUI process (the first print, with its imports, reported apart)."""
    folder = copy_vault(vaults.mentee, work / "print")
    found = measure.python_json(
        "bench.probe_print",
        [str(folder), str(measure.runs_or_default(runs))],
        bench_env(),
        stdin=vaults.mentee_key.hex() + "\n",
    )
    shutil.rmtree(folder)
    return {"print_plan_s": measure.median(found["later"]), "print_plan_first_s": found["first"]}


def session(vaults: BenchVaults, work: Path, runs: int | None = None) -> dict[str, Any]:
    """Unlock to ready, tab first paints, the chart and peak memory: one process per run."""
    found = []
    for index in range(measure.runs_or_default(runs)):
        folder = copy_vault(vaults.mentee, work / f"session-{index}")
        found.append(
            measure.python_json(
                "bench.probe_session",
                [str(folder)],
                bench_env(),
                stdin=vaults.mentee_key.hex() + "\n",
            )
        )
        shutil.rmtree(folder)
    tabs = found[0]["tab_first_paint_s"]
    return {
        "unlock_to_ready_s": measure.median(r["unlock_to_ready_s"] for r in found),
        "tab_first_paint_s": {
            name: measure.median(r["tab_first_paint_s"][name] for r in found) for name in tabs
        },
        "tab_shown_at_unlock": found[0]["tab_shown_at_unlock"],
        "chart_first_paint_s": measure.median(r["chart_first_paint_s"] for r in found),
        "chart_redraw_s": measure.median(t for r in found for t in r["chart_redraw_s"]),
        "chart_switch_s": measure.median(t for r in found for t in r["chart_switch_s"]),
        "peak_rss_mib": measure.median(r["peak_rss_mib"] for r in found),
        "peak_rss_all_tabs_mib": measure.median(r["peak_rss_all_tabs_mib"] for r in found),
        "rss_steps_mib": {
            step: measure.median(r["rss_steps_mib"][step] for r in found)
            for step in found[0]["rss_steps_mib"]
        },
    }


def bare_chart_rss(runs: int | None = None) -> dict[str, Any]:
    """Baseline peak memory: a bare PySide6 window showing one matplotlib figure."""
    found = [
        measure.python_json("bench.probe_bare_chart", [], bench_env())
        for _ in range(measure.runs_or_default(runs))
    ]
    return {"bare_chart_rss_mib": measure.median(r["peak_rss_mib"] for r in found)}


def demo_data(vaults: BenchVaults) -> dict[str, Any]:
    """`recovery-desktop demo-data --years N`, as timed when the vault was built."""
    return {"demo_s": vaults.demo_s}
