"""The targets of issue 9, checked against the results, and the table `make bench` prints."""

from __future__ import annotations

from typing import Any

#: Target for each 10-year figure: (comparison, goal). Every tab shares the tab target.
TARGETS: dict[str, tuple[str, Any]] = {
    "startup_ratio": ("<=", 1.3),
    "unlock_to_ready_s": ("<=", 0.3),
    "kdf_s": ("between", (0.3, 1.0)),
    "tab_first_paint_s": ("<=", 0.15),
    "chart_first_paint_s": ("<=", 0.15),
    "chart_redraw_s": ("<=", 0.1),
    "export_10y_s": ("<=", 1.0),
    "export_ratio": ("<=", 2.0),
    "import_10y_s": ("<=", 0.5),
    "print_plan_s": ("<=", 0.5),
    "peak_rss_ratio": ("<=", 1.2),
}
#: The 100-year vault: within this factor of each 10-year figure.
GROWTH_LIMIT = 3.0
#: 100-year keys whose 10-year counterpart is named differently.
_RENAMED = {"export_100y_s": "export_10y_s", "import_100y_s": "import_10y_s"}


def _met(kind: str, goal: Any, value: float) -> bool:
    if kind == "between":
        return goal[0] <= value <= goal[1]
    return value <= goal


def _goal_text(kind: str, goal: Any) -> str:
    if kind == "between":
        return f"{goal[0]}–{goal[1]}"
    return f"{kind} {goal}"


def targets(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """One entry per target: goal, value, met (tabs one by one; 100 years against 10)."""
    found: dict[str, dict[str, Any]] = {}
    for key, (kind, goal) in TARGETS.items():
        value = results.get(key)
        if isinstance(value, dict):
            for name, each in value.items():
                found[f"{key}.{name}"] = _entry(kind, goal, each)
        elif value is not None:
            found[key] = _entry(kind, goal, value)
    hundred = results.get("years_100", {})
    for key in (*TARGETS, *_RENAMED):
        ten_key = _RENAMED.get(key, key)
        if key not in hundred or key == "kdf_s" or ten_key not in results:
            continue
        big, small = hundred[key], results[ten_key]
        pairs = big.items() if isinstance(big, dict) else [("", big)]
        for name, value in pairs:
            base = small[name] if name else small
            label = f"years_100.{key}" + (f".{name}" if name else "")
            factor = value / base if base else float("inf")
            found[label] = {
                "goal": f"<= {GROWTH_LIMIT:g} x the 10-year {round(base, 4)}",
                "value": round(factor, 2),
                "years_100_value": round(value, 4),
                "met": factor <= GROWTH_LIMIT,
            }
    return found


def _entry(kind: str, goal: Any, value: float) -> dict[str, Any]:
    return {
        "goal": _goal_text(kind, goal),
        "value": round(value, 4),
        "met": _met(kind, goal, value),
    }


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if value < 100 else f"{value:.0f}"
    return str(value)


def table(results: dict[str, Any]) -> str:
    """Figures side by side for 1, 10 and 100 years, then the targets."""
    ten = results
    one = results.get("years_1", {})
    hundred = results.get("years_100", {})
    rows: list[tuple[str, Any, Any, Any]] = [
        ("demo-data --years N (s)", one.get("demo_1y_s"), ten.get("demo_10y_s"),
         hundred.get("demo_100y_s")),
        ("startup ratio (x bare window)", None, ten.get("startup_ratio"),
         hundred.get("startup_ratio")),
        ("KDF (s)", None, ten.get("kdf_s"), None),
        ("unlock to ready (s)", None, ten.get("unlock_to_ready_s"),
         hundred.get("unlock_to_ready_s")),
    ]  # fmt: skip
    for name, value in ten.get("tab_first_paint_s", {}).items():
        note = " (return)" if name == ten.get("tab_shown_at_unlock") else ""
        rows.append(
            (
                f"tab first paint: {name}{note} (s)",
                None,
                value,
                hundred.get("tab_first_paint_s", {}).get(name),
            )
        )
    for label, key in (
        ("chart first paint (s)", "chart_first_paint_s"),
        ("chart range change (s)", "chart_redraw_s"),
        ("chart not drawn yet (s)", "chart_switch_s"),
    ):
        rows.append((label, None, ten.get(key), hundred.get(key)))
    rows += [
        ("share records", one.get("share_1y_records"), ten.get("share_10y_records"),
         hundred.get("share_100y_records")),
        ("export full share (s)", one.get("export_1y_s"), ten.get("export_10y_s"),
         hundred.get("export_100y_s")),
        ("  baseline json+age (s)", one.get("export_baseline_1y_s"),
         ten.get("export_baseline_10y_s"), hundred.get("export_baseline_100y_s")),
        ("  export ratio", one.get("export_ratio"), ten.get("export_ratio"),
         hundred.get("export_ratio")),
        ("feedback records", one.get("feedback_1y_records"), ten.get("feedback_10y_records"),
         hundred.get("feedback_100y_records")),
        ("import feedback (s)", one.get("import_1y_s"), ten.get("import_10y_s"),
         hundred.get("import_100y_s")),
        ("mentor imports share (s)", one.get("import_share_1y_s"),
         ten.get("import_share_10y_s"), hundred.get("import_share_100y_s")),
        ("print plan to PDF (s)", None, ten.get("print_plan_s"), hundred.get("print_plan_s")),
        ("  first print in process (s)", None, ten.get("print_plan_first_s"),
         hundred.get("print_plan_first_s")),
        ("peak RSS, chart shown (MiB)", None, ten.get("peak_rss_mib"),
         hundred.get("peak_rss_mib")),
        ("  bare window + figure (MiB)", None, ten.get("bare_chart_rss_mib"), None),
        ("  peak RSS ratio", None, ten.get("peak_rss_ratio"), hundred.get("peak_rss_ratio")),
        ("peak RSS, every tab seen (MiB)", None, ten.get("peak_rss_all_tabs_mib"),
         hundred.get("peak_rss_all_tabs_mib")),
    ]  # fmt: skip
    width = max(len(row[0]) for row in rows)
    lines = [f"{'figure':<{width}}  {'1 year':>9}  {'10 years':>9}  {'100 years':>9}"]
    for label, a, b, c in rows:
        cells = [_fmt(v) if v is not None else "" for v in (a, b, c)]
        lines.append(f"{label:<{width}}  {cells[0]:>9}  {cells[1]:>9}  {cells[2]:>9}")
    found = results.get("targets", {})
    width = max((len(key) for key in found), default=10)
    lines += ["", f"targets ({sum(t['met'] for t in found.values())} of {len(found)} met):"]
    for key, target in found.items():
        verdict = "met" if target["met"] else "NOT MET"
        lines.append(f"  {key:<{width}}  {target['value']:>9}  {target['goal']:<34} {verdict}")
    return "\n".join(lines)
