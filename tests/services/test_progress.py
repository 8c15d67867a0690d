"""The Progress charts from a real vault: what is read, each chart's figure and summary."""

import datetime as dt
import zoneinfo

import pytest
from matplotlib.collections import PolyCollection, QuadMesh
from matplotlib.image import AxesImage

from recovery_desktop.domain.assessment import SelfAssessment
from recovery_desktop.domain.checkins import CheckIn, UseStatus
from recovery_desktop.domain.goals import Goal, GoalStatus
from recovery_desktop.domain.milestones import Milestone, MilestoneKind
from recovery_desktop.domain.plan import CopingStrategy
from recovery_desktop.domain.profile import Role
from recovery_desktop.domain.progress import Marker, MarkerKind, RangeChoice, RangeKind, Span
from recovery_desktop.domain.progress_signals import Rule
from recovery_desktop.domain.triggers import Encounter, Outcome, Trigger, TriggerCategory
from recovery_desktop.services import charts
from recovery_desktop.services import progress as progress_service
from recovery_desktop.services.changes import Area
from recovery_desktop.services.progress import Chart
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.repositories import Records
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = dt.date(2026, 6, 30)
#: A name that matplotlib would read as math markup if it were not drawn as plain text.
MATHS = "Payday $x^2$"


def ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def _fill(vault) -> None:
    """Sixty days: a lapse 20 days ago, two missed days, urges, coping, goals, a milestone."""
    pub = Trigger(id="pub", name="The old pub", category=TriggerCategory.PLACES)
    pay = Trigger(id="pay", name=MATHS, category=TriggerCategory.SITUATIONS)
    walk = CopingStrategy(id="walk", title="Walk it off")
    checkins = [
        CheckIn(
            day=ago(n),
            mood=3 if n > 30 else 4,
            craving=8 if n == 20 else 2,
            use=UseStatus.LAPSE if n == 20 else UseStatus.FREE,
            slip_note="a party" if n == 20 else "",
        )
        for n in range(60)
        if n not in (40, 41)
    ]
    evening = dt.time(19, 30)
    encounters = [
        Encounter(
            occurred_at=dt.datetime.combine(ago(n), evening, dt.UTC),
            trigger_ids=("pay",) if n == 20 else ("pub",),
            coping_ids=("walk",),
            outcome=Outcome.LAPSE if n == 20 else Outcome.PASSED,
        )
        for n in (2, 9, 20, 33, 70)
    ]
    goals = [
        Goal(title="Walk daily", status=GoalStatus.DONE, done_on=ago(10)),
        Goal(title="Cook $dinner$", steps="[x] Shop\n[ ] Cook"),
    ]
    assessments = [
        SelfAssessment(day=ago(50), answers=(("a", 3),)),
        SelfAssessment(day=ago(5), answers=(("a", 5),)),
    ]
    milestone = Milestone(kind=MilestoneKind.SOBER_DAYS, threshold=14, reached_on=ago(6))
    Records(vault).save_many(
        [pub, pay, walk, *checkins, *encounters, *goals, *assessments, milestone]
    )


@pytest.fixture(scope="module")
def progress(tmp_path_factory):
    """Read once for the tests that only look (a vault per test costs half a second)."""
    folder = VaultFolder.acquire(tmp_path_factory.mktemp("progress") / "data")
    created = folder.create(PASSPHRASE, Role.MENTEE, "Jordan", kdf=FAST_KDF)
    try:
        _fill(created.vault)
        yield progress_service.load(created.vault, TODAY, dt.UTC)
    finally:
        created.vault.close()
        folder.release()


def test_load_reads_everything_the_charts_need(progress):
    assert progress.today == TODAY and progress.first_day == ago(70)  # the oldest urge
    assert progress.series.start == ago(59) and progress.series.end == TODAY
    assert len(progress.log.urges) == 5
    assert progress.trigger_names == {"pub": "The old pub", "pay": MATHS}
    assert progress.coping == {"walk": "Walk it off"}
    assert [g.title for g in progress.goals] == ["Cook $dinner$", "Walk daily"]
    assert [p.average for p in progress.totals] == [3.0, 5.0]
    assert progress.markers == (Marker(ago(6), "14 substance-free days"),)


def test_recognitions_join_the_timeline_through_the_hook(vault):
    _fill(vault)
    words = Marker(ago(3), "Showed up for the hard talk", MarkerKind.RECOGNITION)
    progress = progress_service.load(vault, TODAY, dt.UTC, extra_markers=[words])
    assert words in progress.markers
    view = progress_service.view(progress, Chart.STRENGTH, Span(ago(29), TODAY))
    assert "Recognitions from the mentor: Showed up for the hard talk (27 June)." in view.summary


def test_the_charts_refresh_on_the_areas_they_show():
    assert Area.CHECK_INS in progress_service.AREAS
    assert Area.ENCOUNTERS in progress_service.AREAS
    assert Area.JOURNAL not in progress_service.AREAS  # the private journal is not charted


def test_the_range_persisted_becomes_days(progress):
    assert progress_service.span_for(progress, RangeChoice()) == Span(ago(29), TODAY)
    assert progress_service.span_for(progress, RangeChoice(RangeKind.ALL)).start == ago(70)


def test_signals_from_the_vault(vault):
    Records(vault).save_many([CheckIn(day=ago(6), lonely=True)])
    progress = progress_service.load(vault, TODAY)
    assert [s.rule for s in progress_service.signals(progress)] == [Rule.CHECK_INS_MISSED]


def test_an_empty_vault_still_gives_every_chart_and_summary(vault):
    progress = progress_service.load(vault, TODAY)
    span = progress_service.span_for(progress, RangeChoice(RangeKind.ALL))
    assert span == Span(TODAY, TODAY)
    for chart in Chart:
        view = progress_service.view(progress, chart, span)
        assert view.summary
        figure = view.figure(charts.LIGHT, (6, 3.5))
        texts = [t.get_text() for ax in figure.axes for t in ax.texts]
        assert texts, f"{chart} should say why it is empty"


# --- figures, headless ---------------------------------------------------------------

MONTH = Span(ago(29), TODAY)


def _view(progress, chart, span=MONTH):
    return progress_service.view(progress, chart, span)


def _titles(figure):
    return [ax.get_title(loc="left") for ax in figure.axes]


def test_compared_figure(progress):
    view = _view(progress, Chart.COMPARED)
    figure = view.figure()
    (axes,) = figure.axes
    labels = [t.get_text() for t in axes.get_yticklabels()]
    assert "Substance-free days (of 30)\nbefore 30 · now 29" in labels  # the lapse is recent
    assert "Average mood (of 5)\nbefore 3.0 · now 4.0" in labels
    assert [t.get_text() for t in axes.get_legend().get_texts()] == ["Before", "Now"]
    assert view.summary.startswith("From 1 June to 30 June 2026: 29 days of 30 counted")


def test_calendar_figure_marks_slips_and_keeps_the_runs(progress):
    view = _view(progress, Chart.DAYS, Span(ago(59), TODAY))
    calendar, runs = view.figure().axes
    assert calendar.get_title(loc="left") == "Substance-free days"
    (mesh,) = [c for c in calendar.collections if isinstance(c, QuadMesh)]
    codes = mesh.get_array().ravel().tolist()
    assert codes.count(3) == 1 and codes.count(2) == 2 and codes.count(1) == 57
    slips = [c for c in calendar.collections if c.get_offsets().shape[0] == 1]
    assert slips, "the slip carries a cross, not just a colour"
    legend = [t.get_text() for t in calendar.get_legend().get_texts()]
    assert legend == [
        "Substance-free, checked in",
        "No check-in (counted substance-free)",
        "A slip (lapse or relapse)",
    ]
    assert runs.get_title(loc="left") == "Runs between slips"
    (bars,) = [c for c in runs.collections if isinstance(c, PolyCollection)]
    assert len(bars.get_paths()) == 2  # the run before the lapse is still there
    assert "longest run was 39 days" in view.summary


def test_a_long_range_calendar_has_a_row_per_year(progress):
    figure = _view(progress, Chart.DAYS, Span(dt.date(2024, 1, 1), TODAY)).figure()
    calendar = figure.axes[0]
    assert [t.get_text() for t in calendar.get_yticklabels()] == ["2024", "2025", "2026"]
    assert any(isinstance(image, AxesImage) for image in calendar.images)


def test_strength_figure(progress):
    figure = _view(progress, Chart.STRENGTH).figure()
    (axes,) = figure.axes
    assert axes.get_title(loc="left") == "Recovery strength (out of 100)"
    line = next(ln for ln in axes.get_lines() if ln.get_label() == "Recovery strength")
    assert len(line.get_ydata()) == 30 and 0 < min(line.get_ydata()) <= max(line.get_ydata()) <= 100
    slips = next(ln for ln in axes.get_lines() if ln.get_label() == "A slip")
    assert len(slips.get_xdata()) == 1 and slips.get_marker() == "v"
    milestone = next(ln for ln in axes.get_lines() if ln.get_label() == "Milestone")
    assert len(milestone.get_xdata()) == 1
    assert [t.get_text() for t in axes.texts] == ["14 substance-free days"]


def test_mood_figure_names_the_trigger_at_a_craving_peak(progress):
    figure = _view(progress, Chart.MOOD).figure()
    mood, craving = figure.axes
    assert (mood.get_title(loc="left"), craving.get_title(loc="left")) == (
        "Mood (1–5)",
        "Craving (0–10)",
    )
    labels = [ln.get_label() for ln in mood.get_lines()]
    assert labels == ["Each day", "7-day average"]
    assert len(mood.get_lines()[0].get_xdata()) == 30
    (peak,) = craving.texts
    assert peak.get_text() == "8: Payday $x^2$"
    assert not peak._parse_math  # a person's words, never math markup


def test_a_long_range_of_mood_uses_a_monthly_average(progress):
    figure = _view(progress, Chart.MOOD, Span(dt.date(2024, 1, 1), TODAY)).figure()
    assert [ln.get_label() for ln in figure.axes[0].get_lines()] == ["Each day", "30-day average"]


def test_triggers_figure(progress):
    view = _view(progress, Chart.TRIGGERS, Span(ago(59), TODAY))
    figure = view.figure()
    assert _titles(figure) == [
        "Urges per week, by kind of trigger",
        "Came up most",
        "When urges came (darker: more)",
    ]
    kinds, top, when = figure.axes
    assert [t.get_text() for t in kinds.get_legend().get_texts()] == ["Places", "Situations"]
    names = [t.get_text() for t in top.get_yticklabels()]
    assert names == [MATHS, "The old pub"]
    assert not any(t._parse_math for t in top.get_yticklabels())
    assert when.images[0].get_array().sum() == 4
    assert view.summary.startswith("4 urges logged from 2 May to 30 June 2026")


def test_coping_figure(progress):
    figure = _view(progress, Chart.COPING, Span(ago(59), TODAY)).figure()
    (axes,) = figure.axes
    assert [t.get_text() for t in axes.get_yticklabels()] == ["Walk it off"]
    assert [t.get_text() for t in axes.texts] == ["3 of 4"]
    assert [t.get_text() for t in axes.get_legend().get_texts()] == [
        "The urge passed",
        "It did not pass that time",
    ]


def test_goals_figure(progress):
    figure = _view(progress, Chart.GOALS, Span(ago(59), TODAY)).figure()
    assert _titles(figure) == [
        "Goals completed per month",
        "Active goals: steps done",
        "Self-assessment: average answer (1–6)",
    ]
    _done, steps, line = figure.axes
    assert [t.get_text() for t in steps.get_yticklabels()] == ["Cook $dinner$"]
    assert [t.get_text() for t in steps.texts] == ["1/2"]
    assert list(line.get_lines()[0].get_ydata()) == [3.0, 5.0]


def test_dark_theme_colours_the_figure(progress):
    theme = charts.DARK
    figure = _view(progress, Chart.STRENGTH).figure(theme)
    assert figure.get_facecolor()[:3] == pytest.approx((0x2B / 255,) * 3)
    assert figure.axes[0].get_yticklabels()[0].get_color() == theme.ink


def test_urge_times_follow_the_zone_given(vault):
    _fill(vault)
    tokyo = progress_service.load(vault, TODAY, zoneinfo.ZoneInfo("Asia/Tokyo"))
    assert {u.hour for u in tokyo.log.urges} == {4}  # 19:30 UTC is 04:30 the next day
    assert tokyo.log.days[-1] == TODAY + dt.timedelta(days=-1)


# --- saving --------------------------------------------------------------------------


@pytest.mark.parametrize(("suffix", "magic"), [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_save_figure_writes_privately_and_atomically(progress, tmp_path, suffix, magic):
    view = _view(progress, Chart.COPING)
    folder = tmp_path / "saved"
    folder.mkdir()
    path = folder / f"chart{suffix}"
    charts.save_figure(view.figure(charts.LIGHT, (5, 3)), path, view.summary)
    data = path.read_bytes()
    assert data.startswith(magic)
    assert path.stat().st_mode & 0o777 == 0o600
    assert list(folder.iterdir()) == [path]  # no temp file left behind


def test_save_figure_refuses_other_formats(progress, tmp_path):
    with pytest.raises(ValueError, match="PNG or SVG"):
        charts.save_figure(_view(progress, Chart.COPING).figure(), tmp_path / "chart.pdf")
