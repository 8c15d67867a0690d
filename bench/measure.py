"""Timing helpers: medians of repeated runs, processes that report JSON, the machine's load."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

#: Each figure is the median of at least this many runs.
RUNS = 5


def runs_or_default(runs: int | None) -> int:
    """``runs``, or RUNS when not given (read at call time, so a smoke run may lower it)."""
    return RUNS if runs is None else runs


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def repeat(
    action: Callable[[Any], object],
    runs: int | None = None,
    setup: Callable[[int], Any] | None = None,
    teardown: Callable[[Any], None] | None = None,
) -> list[float]:
    """Seconds each of ``runs`` calls of ``action(setup(i))`` took (setup and teardown untimed)."""
    times = []
    for index in range(runs_or_default(runs)):
        state = setup(index) if setup else None
        start = time.perf_counter()
        action(state)
        times.append(time.perf_counter() - start)
        if teardown:
            teardown(state)
    return times


def wall_times(commands: dict[str, Sequence[str]], env: dict[str, str], runs: int | None = None):
    """Wall time of each command, ``runs`` times, interleaved so load drifts hit all alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs_or_default(runs)):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, env=env, check=True, capture_output=True)
            times[name].append(time.perf_counter() - start)
    return times


def python_json(
    module: str, args: Sequence[str], env: dict[str, str], stdin: str = ""
) -> dict[str, Any]:
    """Run ``python -m module args`` and read the JSON object on its last line of output."""
    result = subprocess.run(
        [sys.executable, "-m", module, *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{module} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def load_average() -> tuple[float, float, float]:
    return os.getloadavg()
