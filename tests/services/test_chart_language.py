"""The charts in the person's language and text size: every word translated, nothing cut off.

Each chart is drawn in the pseudo-language (every translated word comes back marked), and
its visible text must hold no English word that skipped ``translate``. At the largest text
size the text is larger, and no two labels overlap or run off the figure. A few figures
are saved in /tmp/chart-shots for a person to look over.
"""

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from recovery_desktop.domain import language
from recovery_desktop.domain.assessment import SelfAssessment
from recovery_desktop.domain.checkins import CheckIn, UseStatus
from recovery_desktop.domain.goals import Goal, GoalStatus
from recovery_desktop.domain.plan import CopingStrategy
from recovery_desktop.domain.profile import Role
from recovery_desktop.domain.progress import Marker, MarkerKind, Progress, Span
from recovery_desktop.domain.triggers import Encounter, Outcome, Trigger, TriggerCategory
from recovery_desktop.services import charts
from recovery_desktop.services import progress as progress_service
from recovery_desktop.services.progress import Chart
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.repositories import Records
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.pseudo_language import pseudo_language, untranslated

TODAY = dt.date(2026, 6, 30)
SHOTS = Path("/tmp/chart-shots")
#: The test's own words: what a person typed (names, titles, a mentor's words).
TRIGGERS = {
    "mum": ("Mum's phone calls", TriggerCategory.PEOPLE),
    "pub": ("The old pub", TriggerCategory.PLACES),
    "box": ("The shoebox", TriggerCategory.THINGS),
    "pay": ("Payday $x^2$", TriggerCategory.SITUATIONS),
    "sun": ("Sunday evenings", TriggerCategory.TIMES),
}
COPING = {"walk": "Walk it off", "call": "Call my sponsor", "tea": "Make tea slowly"}
GOALS = ("Walk daily", "Cook $dinner$", "Read a chapter", "Sleep by eleven")
RECOGNITION = "Came to the hard talk"
MILESTONE = "Ninety quiet mornings"
DATA = [
    *(name for name, _kind in TRIGGERS.values()),
    *COPING.values(),
    *GOALS,
    RECOGNITION,
    MILESTONE,
]
ALL_CHARTS = list(Chart)


def ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def _records() -> list[object]:
    """Over two years: slips, missed days, urges of every kind and hour, goals, assessments."""
    checkins = [
        CheckIn(
            day=ago(n),
            mood=1 + n % 5,
            craving=9 if n % 97 == 0 else n % 4,
            use=UseStatus.LAPSE if n in (20, 150, 400) else UseStatus.FREE,
        )
        for n in range(800)
        if n % 23 != 5
    ]
    triggers = [Trigger(id=key, name=name, category=kind) for key, (name, kind) in TRIGGERS.items()]
    coping = [CopingStrategy(id=key, title=title) for key, title in COPING.items()]
    keys = [*TRIGGERS, ""]
    encounters = [
        Encounter(
            occurred_at=dt.datetime.combine(ago(3 * n), dt.time(n % 24, 15), dt.UTC),
            trigger_ids=(keys[n % len(keys)],) if keys[n % len(keys)] else (),
            coping_ids=(list(COPING)[n % len(COPING)],),
            outcome=Outcome.PASSED if n % 4 else Outcome.LAPSE,
        )
        for n in range(240)
    ]
    goals = [
        Goal(title=GOALS[0], status=GoalStatus.DONE, done_on=ago(10)),
        Goal(title=GOALS[1], steps="[x] Shop\n[ ] Cook"),
        Goal(title=GOALS[2], status=GoalStatus.DONE, done_on=ago(200)),
        Goal(title=GOALS[3], steps="[x] Alarm\n[x] No phone\n[ ] Book"),
    ]
    assessments = [SelfAssessment(day=ago(n), answers=(("a", 1 + n % 6),)) for n in (5, 50, 300)]
    return [*triggers, *coping, *checkins, *encounters, *goals, *assessments]


def _load(tmp_path_factory: pytest.TempPathFactory, records: list[object]) -> Iterator[Progress]:
    folder = VaultFolder.acquire(tmp_path_factory.mktemp("charts") / "data")
    created = folder.create(PASSPHRASE, Role.MENTEE, "Jordan", kdf=FAST_KDF)
    try:
        if records:
            Records(created.vault).save_many(records)
        markers = [
            Marker(ago(25), RECOGNITION, MarkerKind.RECOGNITION),
            Marker(ago(60), MILESTONE, MarkerKind.MILESTONE),
        ]
        yield progress_service.load(created.vault, TODAY, dt.UTC, extra_markers=markers)
    finally:
        created.vault.close()
        folder.release()


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Progress]:
    yield from _load(tmp_path_factory, _records())


@pytest.fixture(scope="module")
def sparse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Progress]:
    """A day, one urge with no trigger named, an active goal without steps."""
    records = [
        CheckIn(day=TODAY, mood=3, craving=2),
        Encounter(occurred_at=dt.datetime.combine(TODAY, dt.time(9), dt.UTC)),
        Goal(title=GOALS[0]),
    ]
    yield from _load(tmp_path_factory, records)


@pytest.fixture(scope="module")
def empty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Progress]:
    yield from _load(tmp_path_factory, [])


SPANS = {
    "2d": Span(ago(1), TODAY),  # hours on the date axis
    "30d": Span(ago(29), TODAY),
    "90d": Span(ago(89), TODAY),
    "1y": Span(ago(364), TODAY),
    "all": Span(ago(799), TODAY),  # a row per year, monthly averages, quarters
}


def _draw(progress: Progress, chart: Chart, span: Span, theme: charts.ChartTheme, size=None):
    figure = progress_service.view(progress, chart, span).figure(theme, size or charts.SIZE)
    FigureCanvasAgg(figure)
    figure.canvas.draw()  # tick labels are written when the figure is drawn
    return figure


def visible_texts(figure: Figure) -> list[Text]:
    """Every piece of text drawn: titles, tick labels, legends, notes.

    matplotlib keeps (but does not draw) the labels of ticks beyond the axis's limits.
    """
    undrawn = set()
    for axes in figure.axes:
        for axis in (axes.xaxis, axes.yaxis):
            low, high = sorted(axis.get_view_interval())
            locs = axis.get_majorticklocs()
            for tick, loc in zip(axis.get_major_ticks(len(locs)), locs, strict=True):
                if not low - 1e-9 <= loc <= high + 1e-9:
                    undrawn |= {id(tick.label1), id(tick.label2)}
    return [
        t
        for t in figure.findobj(Text)
        if t.get_visible() and t.get_text().strip() and id(t) not in undrawn
    ]


def _words(figure: Figure) -> str:
    return "\n".join(t.get_text() for t in visible_texts(figure))


# --- the language ---------------------------------------------------------------------


@pytest.mark.parametrize("span", SPANS, ids=str)
def test_every_chart_speaks_the_language(full: Progress, span: str) -> None:
    with pseudo_language():
        for chart, theme in itertools.product(ALL_CHARTS, (charts.LIGHT, charts.DARK)):
            figure = _draw(full, chart, SPANS[span], theme)
            assert untranslated(_words(figure), DATA) == [], f"{chart} over {span}"


@pytest.mark.parametrize("which", ["sparse", "empty"])
def test_empty_charts_speak_the_language(request: pytest.FixtureRequest, which: str) -> None:
    progress = request.getfixturevalue(which)
    with pseudo_language():
        for chart in ALL_CHARTS:
            figure = _draw(progress, chart, Span(ago(29), TODAY), charts.LIGHT)
            words = _words(figure)
            assert words.strip(), chart
            assert untranslated(words, DATA) == [], chart


def test_the_printed_weekly_urges_speak_the_language() -> None:
    weekly = [(ago(7 * n), n) for n in range(8, 0, -1)]
    with pseudo_language():
        figure = charts.weekly_urges_figure(weekly)
        FigureCanvasAgg(figure)
        figure.canvas.draw()
        assert untranslated(_words(figure)) == []
    assert "⟦M6⟧" in _words(figure)  # the month from the language (drawn while it was in use)


def test_dates_read_as_matplotlib_wrote_them_in_english(full: Progress) -> None:
    """The date ticks say what matplotlib's concise labels said, month names from the language."""
    import matplotlib.dates as mdates

    for span in SPANS.values():
        axes = _draw(full, Chart.STRENGTH, span, charts.LIGHT).axes[0]
        concise = mdates.ConciseDateFormatter(axes.xaxis.get_major_locator())
        ticks = list(axes.get_xticks())
        theirs = concise.format_ticks(ticks)
        if all(label.isdigit() for label in theirs):  # days alone: matplotlib's offset text
            theirs[0] = f"{theirs[0]} {mdates.num2date(ticks[0]):%b}"  # moves to the first
        assert [t.get_text() for t in axes.get_xticklabels()] == theirs, span


MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")
DAYS = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")


class Spanish:
    """Spanish names and numbers (the words stay English: the .ts gives them)."""

    code = "es"

    def translate(self, context: str, text: str) -> str:
        return text

    def month_name(self, month: int, short: bool) -> str:
        return MONTHS[month - 1]

    def day_name(self, weekday: int, short: bool) -> str:
        return DAYS[weekday - 1]

    def number(self, value: float, places: int) -> str:
        return f"{value:.{places}f}".replace(".", ",")


def test_the_languages_names_and_numbers_reach_the_charts(full: Progress) -> None:
    language.use(Spanish())
    try:
        year = _words(_draw(full, Chart.MOOD, SPANS["1y"], charts.LIGHT))
        days = _words(_draw(full, Chart.DAYS, SPANS["90d"], charts.LIGHT))
        compared = _words(_draw(full, Chart.COMPARED, SPANS["30d"], charts.LIGHT))
    finally:
        language.use(None)
    assert "sept" in year and "Sep" not in year
    assert "mié" in days and "Wed" not in days
    assert re.search(r"before \d,\d · now \d,\d", compared)  # the language's decimal comma


# --- the text size --------------------------------------------------------------------

LARGEST = dataclasses.replace(charts.LIGHT, text_scale=1.5)


def _sizes(figure: Figure) -> list[float]:
    return sorted(float(t.get_fontsize()) for t in visible_texts(figure))


@pytest.mark.parametrize("chart", ALL_CHARTS, ids=str)
def test_largest_text_is_larger(full: Progress, chart: Chart) -> None:
    normal = _sizes(_draw(full, chart, SPANS["90d"], charts.LIGHT))
    largest = _sizes(_draw(full, chart, SPANS["90d"], LARGEST))
    median = len(normal) // 2
    assert largest[median] >= 1.3 * normal[median]
    assert largest[-1] >= 1.3 * normal[-1]  # the titles too


def _boxes(figure: Figure) -> list[tuple[str, Bbox]]:
    """What must not overlap: each legend as a whole, and every other piece of text."""
    renderer = figure.canvas.get_renderer()
    in_legends = {id(t) for ax in figure.axes if ax.get_legend() for t in ax.get_legend().texts}
    boxes = [
        (f"legend of {ax.get_title(loc='left')!r}", ax.get_legend().get_window_extent(renderer))
        for ax in figure.axes
        if ax.get_legend()
    ]
    boxes += [
        (repr(t.get_text()), t.get_window_extent(renderer))
        for t in visible_texts(figure)
        if id(t) not in in_legends
    ]
    return boxes


def crowding(figure: Figure) -> list[str]:
    """Text that overlaps other text, or runs off the figure."""
    found = []
    boxes = _boxes(figure)
    page = figure.bbox
    for name, box in boxes:
        if (
            box.x0 < page.x0 - 1
            or box.x1 > page.x1 + 1
            or box.y0 < page.y0 - 1
            or box.y1 > page.y1 + 1
        ):
            found.append(f"{name} runs off the figure")
    for (one, a), (other, b) in itertools.combinations(boxes, 2):
        overlap = min(a.x1, b.x1) - max(a.x0, b.x0), min(a.y1, b.y1) - max(a.y0, b.y0)
        if overlap[0] > 1 and overlap[1] > 1:
            found.append(f"{one} overlaps {other}")
    return found


SIZES = {"wide": (7.3, 3.9), "small": (6.0, 3.2)}


@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize(("span", "size"), list(itertools.product(SPANS, SIZES)), ids=str)
def test_nothing_overlaps_at_any_size(full: Progress, span: str, size: str, scale: float) -> None:
    theme = dataclasses.replace(charts.LIGHT, text_scale=scale)
    found = []
    with pseudo_language():  # longer words than English, like Spanish
        for chart in ALL_CHARTS:
            figure = _draw(full, chart, SPANS[span], theme, SIZES[size])
            found += [f"{chart}: {problem}" for problem in crowding(figure)]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_empty_charts_fit_at_every_size(empty: Progress, sparse: Progress, scale: float) -> None:
    theme = dataclasses.replace(charts.LIGHT, text_scale=scale)
    found = []
    with pseudo_language():
        for progress, chart in itertools.product((empty, sparse), ALL_CHARTS):
            figure = _draw(progress, chart, Span(ago(29), TODAY), theme, SIZES["small"])
            found += [f"{chart}: {problem}" for problem in crowding(figure)]
    assert found == [], "\n".join(found)


def test_pictures_to_look_over(full: Progress) -> None:
    """Saved for a person to check: pseudo-language at the largest size, and normal English."""
    SHOTS.mkdir(exist_ok=True)
    for chart in ALL_CHARTS:
        with pseudo_language():  # saving draws it again: the ticks' words come from the language
            figure = _draw(full, chart, SPANS["90d"], LARGEST, SIZES["wide"])
            (SHOTS / f"{chart.value}-pseudo-largest.png").write_bytes(charts.png_bytes(figure, 100))
        figure = _draw(full, chart, SPANS["90d"], charts.LIGHT, SIZES["wide"])
        (SHOTS / f"{chart.value}-english-normal.png").write_bytes(charts.png_bytes(figure, 100))


def test_days_alone_name_their_month_once() -> None:
    """A few days inside one month: matplotlib's offset text is gone, so the first label says it."""
    import matplotlib.dates as mdates

    days = [mdates.date2num(dt.date(2026, 3, day)) for day in (14, 15, 16)]
    assert charts._date_labels(days) == ["14 Mar", "15", "16"]
    across = [mdates.date2num(dt.date(2026, 3, 30) + dt.timedelta(days=n)) for n in range(4)]
    assert charts._date_labels(across) == ["30", "31", "Apr", "02"]
