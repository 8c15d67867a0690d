"""Every new item model passes Qt's model tester, with a year of demo data in it."""

import datetime as dt

import pytest

from recovery_desktop.domain.assessment import SelfAssessment
from recovery_desktop.domain.goals import Goal
from recovery_desktop.domain.learning import LearningEntry
from recovery_desktop.services import assessments, checkins, demo, goals, journal, learning
from recovery_desktop.services import milestones as milestone_service
from recovery_desktop.services.records import all_of
from recovery_desktop.ui.models.assessment_table_model import AssessmentTableModel
from recovery_desktop.ui.models.checkin_table_models import (
    AttemptTableModel,
    AuditTableModel,
    CheckInTableModel,
    MilestoneTableModel,
)
from recovery_desktop.ui.models.goal_table_models import GoalTableModel, GoalUpdateTableModel
from recovery_desktop.ui.models.journal_table_model import JournalTableModel
from recovery_desktop.ui.models.learning_table_model import LearningTableModel
from recovery_desktop.ui.models.record_filter_proxy import RecordFilterProxy

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def filled(vault):
    demo.fill(vault, years=1, seed=11, today=TODAY)
    return vault


def _models(vault):
    days = CheckInTableModel()
    days.set_data(checkins.checkins(vault), checkins.audited_days(vault))
    audit = AuditTableModel()
    audit.set_records(checkins.audit_trail(vault))
    attempts = AttemptTableModel()
    attempts.set_attempts(list(checkins.record(vault, TODAY).attempts))
    reached = MilestoneTableModel()
    reached.set_records(milestone_service.milestones(vault))
    goal_model = GoalTableModel()
    goal_model.set_data(goals.goals(vault, TODAY), TODAY)
    updates = GoalUpdateTableModel()
    updates.set_records(goals.updates(vault))
    entries = JournalTableModel()
    entries.set_records(journal.entries(vault))
    log = LearningTableModel()
    log.set_data(learning.entries(vault), {g.id: g.title for g in all_of(vault, Goal)}, TODAY)
    totals = AssessmentTableModel()
    totals.set_data(assessments.history(vault))
    return [days, audit, attempts, reached, goal_model, updates, entries, log, totals]


def test_every_model_passes_the_model_tester(qtmodeltester, filled):
    for model in _models(filled):
        assert model.rowCount() > 0, type(model).__name__
        qtmodeltester.check(model)


def test_the_sorting_proxies_pass_too(qtmodeltester, filled):
    for model in _models(filled):
        if isinstance(model, AttemptTableModel):
            continue
        proxy = RecordFilterProxy(lambda _record: "")
        proxy.setSourceModel(model)
        for column in range(model.columnCount()):
            proxy.sort(column)
        qtmodeltester.check(proxy)


def test_tables_show_user_text_as_typed(qapp):
    model = LearningTableModel()
    entry = LearningEntry(title="<b>Bold</b> & co", day=TODAY)
    model.set_data([entry], {}, TODAY)
    assert model.index(0, 2).data() == "<b>Bold</b> & co"
    totals = AssessmentTableModel()
    totals.set_data([SelfAssessment(day=TODAY, answers=(("a", 6),), note="<i>x</i>")])
    assert totals.index(0, 4).data() == "<i>x</i>"
