"""The Progress prose in the person's language: every sentence goes through ``translate``.

Each summary, early-warning prompt and urge summary is written under a pseudo-language
that marks what it translates; any English word left unmarked was written straight into
the code. A recording language checks that the data reach every sentence of each module,
so no branch is left untested.
"""

import ast
import datetime as dt
import inspect
import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from recovery_desktop.domain import language, progress_signals, progress_text, urge_summary
from recovery_desktop.domain import progress as progress_module
from recovery_desktop.domain.assessment import SelfAssessment
from recovery_desktop.domain.checkins import CheckIn, UseStatus
from recovery_desktop.domain.goals import Goal, GoalStatus
from recovery_desktop.domain.progress import (
    Bin,
    CopingResult,
    Marker,
    MarkerKind,
    Progress,
    Span,
    build_progress,
    coping_results,
    craving_peaks,
    goals_view,
    markers_in,
    trigger_view,
)
from recovery_desktop.domain.progress_signals import Rule, early_signals
from recovery_desktop.domain.progress_text import (
    bin_text,
    calendar_summary,
    compared_summary,
    coping_summary,
    goals_summary,
    mood_summary,
    span_text,
    strength_summary,
    triggers_summary,
)
from recovery_desktop.domain.triggers import Encounter, Outcome, Trigger, TriggerCategory
from tests.helpers.pseudo_language import Pseudo, plain, pseudo_language, untranslated

TODAY = dt.date(2026, 6, 30)
CATEGORIES = list(TriggerCategory)[:6]
TRIGGERS = [Trigger(id=f"t{n}", name=f"T-{n}", category=c) for n, c in enumerate(CATEGORIES)]
COPING = {f"c{n}": f"C-{n}" for n in range(8)}
#: The names the test typed: nothing else may show without going through ``translate``.
DATA = [t.name for t in TRIGGERS] + list(COPING.values())
DATA += [f"G-{n}" for n in range(10)] + [f"M-{n}" for n in range(8)] + [f"R-{n}" for n in range(3)]


def ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def at(n: int, hour: int = 20) -> dt.datetime:
    return dt.datetime.combine(ago(n), dt.time(hour), dt.UTC)


class Recording(Pseudo):
    """The pseudo-language, noting every (context, text) it is asked for."""

    def __init__(self) -> None:
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context: str, text: str) -> str:
        self.asked.add((context, text))
        return super().translate(context, text)


@contextmanager
def recording() -> Iterator[Recording]:
    recorder = Recording()
    language.use(recorder)
    try:
        yield recorder
    finally:
        language.use(None)


def marked(module: object, context: str) -> set[str]:
    """Every text ``module`` marks in ``context``: its ``translate`` and NOOP calls."""
    found = set()
    for node in ast.walk(ast.parse(inspect.getsource(module))):  # type: ignore[arg-type]
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        first, second = node.args[:2]
        if (
            name in ("translate", "QT_TRANSLATE_NOOP")
            and isinstance(first, ast.Constant)
            and first.value == context
            and isinstance(second, ast.Constant)
        ):
            found.add(second.value)
    return found


# --- data ----------------------------------------------------------------------------


def _rich() -> Progress:
    """Over a year: slips here and there, gaps, strong cravings, many kinds of trigger."""
    slips = {3, 9, 20, 21, 40, 41, 42, 60, 200, 350}
    checkins = [
        CheckIn(
            day=ago(n),
            mood=2 if n < 20 else 4,
            craving=9 if n in (5, 12, 33) else (8 if n == 25 else 3),
            use=UseStatus.LAPSE if n in slips else UseStatus.FREE,
        )
        for n in range(400)
        if n not in (7, 8, 30)
    ]
    encounters = [
        Encounter(
            occurred_at=at(n % 60, 8 + n % 12),
            trigger_ids=(f"t{n % 6}", f"t{(n + 1) % 6}") if n % 5 else (),
            coping_ids=(f"c{n % 8}",),
            outcome=Outcome.PASSED if n % 3 else Outcome.LAPSE,
            intensity=n % 10,
        )
        for n in range(70)
    ]
    encounters.append(Encounter(occurred_at=at(5, 21), trigger_ids=("t1",), coping_ids=("c0",)))
    goals = [Goal(title=f"G-{n}", status=GoalStatus.DONE, done_on=ago(10 * n)) for n in range(3)]
    steps = ["", "[x] G-8", "[x] G-8\n[ ] G-9"]
    goals += [Goal(title=f"G-{n}", steps=steps[n % 3], due=ago(-n)) for n in range(3, 10)]
    assessments = [SelfAssessment(day=ago(n), answers=(("a", n % 6 + 1),)) for n in (2, 50, 90)]
    markers = [Marker(ago(3 * n + 1), f"M-{n}") for n in range(8)]
    markers += [Marker(ago(n + 2), f"R-{n}", MarkerKind.RECOGNITION) for n in range(3)]
    return build_progress(
        checkins,
        encounters,
        TODAY,
        triggers=TRIGGERS,
        coping=COPING,
        goals=goals,
        assessments=assessments,
        markers=markers,
        zone=dt.UTC,
    )


def _single() -> Progress:
    """One of each: a slip noted today, one urge, one goal of each kind, one assessment."""
    return build_progress(
        [CheckIn(day=TODAY, mood=3, craving=8, use=UseStatus.RELAPSE)],
        [Encounter(occurred_at=at(0), coping_ids=("c1",))],
        TODAY,
        triggers=TRIGGERS,
        coping=COPING,
        goals=[
            Goal(title="G-1", status=GoalStatus.DONE, done_on=TODAY),
            Goal(title="G-2", steps="[ ] G-3"),
        ],
        assessments=[SelfAssessment(day=TODAY, answers=(("a", 4),))],
        markers=[Marker(TODAY, "M-1"), Marker(TODAY, "R-1", MarkerKind.RECOGNITION)],
        zone=dt.UTC,
    )


def _first_day_a_slip() -> Progress:
    """The record begins with a slip, so the range's lowest strength is its first day."""
    checkins = [
        CheckIn(day=ago(n), use=UseStatus.LAPSE if n == 20 else UseStatus.FREE) for n in range(21)
    ]
    return build_progress(checkins, [], TODAY)


PROGRESSES = {
    "rich": _rich(),
    "single": _single(),
    "slip first": _first_day_a_slip(),
    "empty": build_progress([], [], TODAY),
}
SPANS = {
    "today": Span(TODAY, TODAY),
    "month": Span(ago(29), TODAY),
    "half year": Span(ago(199), TODAY),
    "years": Span(ago(1200), TODAY),
    "before the record": Span(ago(900), ago(800)),
}


def summaries(progress: Progress, span: Span) -> list[str]:
    """Every chart's summary of ``progress`` over ``span``, as the Progress tab shows them."""
    peaks = craving_peaks(progress.series, progress.log, progress.trigger_names, span)
    return [
        compared_summary(progress.period(span), progress.period(span.before())),
        calendar_summary(progress.series, span),
        strength_summary(progress.series, span, markers_in(progress.markers, span)),
        mood_summary(progress.series, span, peaks),
        triggers_summary(trigger_view(progress.log, progress.triggers, span)),
        coping_summary(coping_results(progress.log, progress.coping, span), span),
        goals_summary(goals_view(progress.goals, progress.totals, span)),
    ]


def all_summaries() -> list[str]:
    texts = [s for p in PROGRESSES.values() for span in SPANS.values() for s in summaries(p, span)]
    texts += [span_text(span) for span in SPANS.values()]
    texts += [bin_text(ago(90), size) for size in Bin]
    return texts


# --- the charts' summaries -----------------------------------------------------------


def test_every_summary_is_translated_whole():
    with pseudo_language():
        texts = all_summaries()
    for text in texts:
        assert text and untranslated(text, data=DATA) == [], text


def test_the_data_reach_every_sentence_of_the_summaries():
    with recording() as recorder:
        all_summaries()
    asked = {text for context, text in recorder.asked if context == "progress_text"}
    assert marked(progress_text, "progress_text") - asked == set()


def test_the_summaries_read_the_same_in_english_after_the_pseudo_language():
    english = all_summaries()
    with pseudo_language():
        all_summaries()
    assert all_summaries() == english


def test_trigger_kinds_come_translated_for_the_legend_and_the_summary():
    progress = PROGRESSES["rich"]
    with recording() as recorder:
        view = trigger_view(progress.log, progress.triggers, SPANS["month"])
    names = [name for name, _counts in view.by_category]
    assert len(names) == 5  # four kinds and the rest gathered
    assert all(name.startswith("⟦") and untranslated(name) == [] for name in names)
    assert ("progress", progress_module.OTHER) in recorder.asked
    assert ("progress", progress_module.UNNAMED) in recorder.asked
    assert marked(progress_module, "progress") <= {t for _c, t in recorder.asked}


def test_counted_words_pick_the_form_for_one_and_for_many():
    single, rich = PROGRESSES["single"], PROGRESSES["rich"]
    month, today = SPANS["month"], SPANS["today"]
    assert "1 slip day (30 June)" in calendar_summary(single.series, month)
    assert "10 slip days (" in calendar_summary(rich.series, SPANS["years"])
    assert "the current run is 1 day," in calendar_summary(
        build_progress([CheckIn(day=TODAY)], [], TODAY).series, month
    )
    one_urge = compared_summary(single.period(today), single.period(today.before()))
    assert "1 urge logged, 1 of them passed" in one_urge
    assert "(the day before: 0 of 0), with 1 slip day" in one_urge
    empty = PROGRESSES["empty"]
    assert "or the day before." in compared_summary(empty.period(today), empty.period(today))
    assert "or the 30 days before." in compared_summary(empty.period(month), empty.period(month))
    coping = coping_summary(coping_results(single.log, single.coping, month), month)
    assert "C-1: used 1 time, the urge passed 1 of them (100%)." in coping
    many = coping_summary(coping_results(rich.log, rich.coping, month), month)
    assert "; and 3 more strategies." in many and "C-0: used 6 times" in many
    six = [CopingResult(f"C-{n}", 1, 0) for n in range(6)]
    assert coping_summary(six, month).endswith(
        "C-4: used 1 time, the urge passed 0 of them (0%); and 1 more strategy."
    )
    assert "1 check-in on 30 June 2026:" in mood_summary(single.series, today, [])
    goals = goals_summary(goals_view(single.goals, single.totals, month))
    assert "1 goal completed" in goals and "1 goal active now (G-2: 0 of 1 step done)." in goals
    with pseudo_language():
        text = calendar_summary(single.series, month)
        assert "1 slip day" in plain(text)
        assert "10 slip days" in plain(calendar_summary(rich.series, SPANS["years"]))


def test_decimals_use_the_languages_mark():
    rich = PROGRESSES["rich"]
    month = SPANS["month"]
    with pseudo_language():
        mood = mood_summary(rich.series, month, [])
        compared = compared_summary(rich.period(month), rich.period(month.before()))
        goals = goals_summary(goals_view(rich.goals, rich.totals, SPANS["half year"]))
    assert re.search(r"mood averaged \d,\d out of 5 and craving \d,\d out of 10", plain(mood))
    assert re.search(
        r"first half .* mood averaged \d,\d and craving \d,\d; .* \d,\d and \d,\d", plain(mood)
    )
    assert re.search(r"Mood averaged \d,\d out of 5 \(before: \d,\d out of 5\)", plain(compared))
    assert re.search(r"answer was \d,\d out of 6 on .*, and \d,\d on", plain(goals))
    english = mood_summary(rich.series, month, [])
    assert re.search(r"mood averaged \d\.\d out of 5", english)
    assert not re.search(r"\d,\d", english)


def test_dates_and_weekdays_come_from_the_language():
    rich = PROGRESSES["rich"]
    with pseudo_language():
        text = triggers_summary(trigger_view(rich.log, rich.triggers, SPANS["month"]))
        when = span_text(SPANS["month"])
        quarter = bin_text(dt.date(2026, 4, 1), Bin.QUARTER)
    assert plain(when) == "from 1 M6 to 30 M6 2026"
    assert re.search(r"most often on D\ds", plain(text))
    assert not any(name in text for name in ("Monday", "Tuesday", "Wednesday", "Thursday"))
    assert plain(quarter) == "M4–M6 2026"


# --- early warnings ------------------------------------------------------------------


def week(first: int, **answers) -> dict[dt.date, CheckIn]:
    return {ago(n): CheckIn(day=ago(n), **answers) for n in range(first, first + 7)}


def _every_signal() -> list[progress_signals.EarlySignal]:
    """Every rule firing, HALT twice, mood with and without weeks before to compare."""
    busy = {
        **week(0, craving=7, mood=1, sleep_hours=4.0, tired=True, lonely=True),
        **week(7, craving=2, mood=4),
        **week(14, mood=4),
    }
    busy[ago(2)] = CheckIn(day=ago(2), craving=7, mood=1, use=UseStatus.LAPSE, tired=True)
    busy[ago(4)] = CheckIn(day=ago(4), craving=7, mood=1, use=UseStatus.RELAPSE, lonely=True)
    found = early_signals(busy, [ago(n) for n in range(6)], TODAY)
    found += early_signals({ago(5): CheckIn(day=ago(5))}, [], TODAY)
    found += early_signals(week(0, mood=1, hungry=True, angry=True), [], TODAY)
    return found


def test_every_signal_is_translated_whole():
    with pseudo_language():
        found = _every_signal()
        texts = [text for s in found for text in (s.prompt, s.detail)]
        texts += [rule.explanation for rule in Rule]
    assert {s.rule for s in found} == set(Rule)
    for text in texts:
        assert text and untranslated(text) == [], text


def test_the_data_reach_every_sentence_of_the_signals():
    with recording() as recorder:
        for signal in _every_signal():
            assert signal.prompt and signal.detail
        for rule in Rule:
            assert rule.explanation
    asked = {text for context, text in recorder.asked if context == "progress_signals"}
    assert marked(progress_signals, "progress_signals") - asked == set()
    assert {("Rule", rule.label) for rule in Rule} <= recorder.asked


def test_signal_numbers_use_the_languages_decimal_mark():
    days = {**week(0, craving=6), **week(7, craving=3)}
    with pseudo_language():
        (signal,) = early_signals(days, [], TODAY)
        explanation = Rule.CRAVING_RISING.explanation
        mood = Rule.MOOD_LOWER.explanation
    assert "6,0 out of 10" in plain(signal.detail) and "up from 3,0" in plain(signal.detail)
    assert "1,5 points" in plain(explanation) and "and 4 or higher" in plain(explanation)
    assert "is 2,5 or lower" in plain(mood)
    assert "1.5 points or more" in Rule.CRAVING_RISING.explanation  # English as before


def test_english_signals_read_as_before():
    (missed,) = early_signals({ago(5): CheckIn(day=ago(5))}, [], TODAY)
    assert missed.prompt == (
        "Check-ins missed for several days: no check-in since Thursday 25 June (4 days, "
        "today aside). Checking in again, even briefly, keeps the picture clear. This could "
        "be a good thing to talk through with your mentor."
    )
    assert (
        Rule.SHORT_NIGHTS.explanation
        == "Less than 6 hours of sleep on 4 or more of the last 7 days."
    )


# --- the urge summary ----------------------------------------------------------------

NOW = dt.datetime.combine(TODAY, dt.time(20), dt.UTC)


def urge(days_ago: float, intensity=5, outcome=Outcome.PASSED, triggers=("t1",), coping=("c1",)):
    return Encounter(
        occurred_at=NOW - dt.timedelta(days=days_ago),
        intensity=intensity,
        outcome=outcome,
        trigger_ids=triggers,
        coping_ids=coping,
    )


NAMES = {"t1": "T-1", "t2": "T-2", "c1": "C-1", "c2": "C-2"}
URGE_LOGS = {
    "none": [],
    "one": [urge(1)],
    "many, with slips and the month before": [
        urge(1, 4, triggers=("t1", "t2")),
        urge(2, 6, Outcome.LAPSE, coping=("c2",)),
        urge(3, 7, Outcome.RELAPSE),
        urge(4, 8, Outcome.RELAPSE),
        urge(40, 8),
    ],
    "one lapse, only the month before": [urge(2, 6, Outcome.LAPSE), urge(45)],
}


def _urge_lines() -> list[list[str]]:
    return [
        urge_summary.describe(urge_summary.summarise(log, NAMES, NOW)) for log in URGE_LOGS.values()
    ]


def test_every_urge_summary_line_is_translated_whole():
    with pseudo_language():
        lines = [line for lines in _urge_lines() for line in lines]
    for line in lines:
        assert line and untranslated(line, data=NAMES.values()) == [], line


def test_the_data_reach_every_sentence_of_the_urge_summary():
    with recording() as recorder:
        _urge_lines()
    asked = {text for context, text in recorder.asked if context == "urge_summary"}
    assert marked(urge_summary, "urge_summary") - asked == set()


@pytest.mark.parametrize(
    ("log", "expected"),
    [
        ("one", "In the last 30 days 1 urge was logged (the 30 days before: 0)."),
        (
            "many, with slips and the month before",
            "In the last 30 days 4 urges were logged (the 30 days before: 1).",
        ),
    ],
)
def test_the_urge_count_picks_its_form(log, expected):
    lines = urge_summary.describe(urge_summary.summarise(URGE_LOGS[log], NAMES, NOW))
    assert lines[0] == expected


def test_urge_summary_counts_lapses_and_relapses_in_their_forms():
    many = urge_summary.describe(
        urge_summary.summarise(URGE_LOGS["many, with slips and the month before"], NAMES, NOW)
    )
    assert (
        "3 ended in a slip (1 lapse, 2 relapses): worth talking through together, calmly." in many
    )
    one = urge_summary.describe(
        urge_summary.summarise(URGE_LOGS["one lapse, only the month before"], NAMES, NOW)
    )
    assert "1 ended in a slip (1 lapse, 0 relapses)" in " ".join(one)
    with pseudo_language():
        lines = urge_summary.describe(
            urge_summary.summarise(URGE_LOGS["many, with slips and the month before"], NAMES, NOW)
        )
    text = " ".join(lines)
    assert "1 lapse" in plain(text) and "2 relapses" in plain(text)
    assert "Average intensity 6,2 out of 10 (before: 8,0)." in plain(text)
