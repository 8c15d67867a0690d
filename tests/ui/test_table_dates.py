"""Dates in table cells name their months and days in the person's language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QApplication

from recovery_desktop.domain.checkins import CheckIn
from recovery_desktop.domain.milestones import Milestone, MilestoneKind
from recovery_desktop.domain.trigger_stats import TriggerStats
from recovery_desktop.domain.triggers import Encounter, Trigger
from recovery_desktop.ui import i18n
from recovery_desktop.ui.models.checkin_table_models import (
    COL_DAY,
    COL_SLEEP,
    CheckInTableModel,
    MilestoneTableModel,
)
from recovery_desktop.ui.models.encounter_table_model import COL_WHEN, EncounterTableModel
from recovery_desktop.ui.models.trigger_table_model import TriggerTableModel
from tests.helpers.pseudo_language import pseudo_language, untranslated

#: A Thursday in January: "Thu 15 Jan" in English, "jue 15 ene" in Spanish.
DAY = dt.date(2026, 1, 15)
MOMENT = dt.datetime(2026, 1, 15, 12, 0, tzinfo=dt.UTC)
COL_LAST = 4


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The app in Spanish for one test, then back in English."""
    assert i18n.install_translators(qapp, "es") == "es"
    yield
    i18n.remove_translators(qapp)


def _cell(model: QAbstractItemModel, column: int) -> str:
    text = model.data(model.index(0, column))
    assert isinstance(text, str)
    return text


def _models() -> tuple[TriggerTableModel, EncounterTableModel, CheckInTableModel]:
    trigger = Trigger(name="Payday")
    triggers = TriggerTableModel()
    triggers.set_data([trigger], {trigger.id: TriggerStats(recent=1, last=MOMENT)})
    encounters = EncounterTableModel()
    encounters.set_data([Encounter(occurred_at=MOMENT, trigger_ids=(trigger.id,))], {})
    checkins = CheckInTableModel()
    checkins.set_data([CheckIn(day=DAY, sleep_hours=7.5)], set())
    return triggers, encounters, checkins


def test_table_dates_in_spanish(spanish: None) -> None:
    triggers, encounters, checkins = _models()
    local = MOMENT.astimezone()
    assert _cell(triggers, COL_LAST) == f"{local:%d} ene 2026"
    assert _cell(encounters, COL_WHEN) == f"{local:%d} ene 2026 {local:%H:%M}"
    assert _cell(checkins, COL_DAY) == "jue 15 ene 2026"
    assert _cell(checkins, COL_SLEEP) == "7,5 h"


def test_table_dates_in_english(qapp: QApplication) -> None:
    triggers, encounters, checkins = _models()
    local = MOMENT.astimezone()
    assert _cell(triggers, COL_LAST) == f"{local:%d} Jan 2026"
    assert _cell(encounters, COL_WHEN) == f"{local:%d} Jan 2026 {local:%H:%M}"
    assert _cell(checkins, COL_DAY) == "Thu 15 Jan 2026"
    assert _cell(checkins, COL_SLEEP) == "7.5 h"


def test_milestone_rows_are_in_the_language(qapp: QApplication) -> None:
    model = MilestoneTableModel()
    model.set_records([Milestone(kind=MilestoneKind.SOBER_DAYS, threshold=7, reached_on=DAY)])
    assert [_cell(model, 0), _cell(model, 1)] == ["Thu 15 Jan 2026", "7 substance-free days"]
    with pseudo_language():
        for column in (0, 1):
            assert untranslated(_cell(model, column)) == []
