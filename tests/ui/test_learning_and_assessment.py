"""The Learning and Self-assessment tabs."""

import pytest

from recovery_desktop import settings as opts
from recovery_desktop.domain.assessment import OWN_QUESTIONS, SelfAssessment
from recovery_desktop.domain.goals import Goal
from recovery_desktop.domain.learning import LearningEntry, LearningKind, Repeat
from recovery_desktop.services import assessments, records
from tests.ui.growth_support import TODAY, days_ago, open_workspace


@pytest.fixture
def workspace(qtbot, vault, vault_folder, data_dir):
    yield from open_workspace(qtbot, vault, vault_folder, data_dir)


def test_a_meeting_linked_to_a_goal_with_its_next_date(qtbot, workspace):
    goal, changes = records.save(workspace.vault, Goal(title="Two meetings a week"))
    workspace.bus.changed.emit(changes)
    tab = workspace.growth.learning_tab
    workspace.window.tabs.setCurrentWidget(tab)  # tabs load when they are shown
    tab.add_button.click()
    dialog = workspace.editor.dialog
    qtbot.keyClicks(dialog.editors["title"], "Tuesday meeting")
    goals = dialog.editors["goal_id"]
    goals.setCurrentIndex(goals.findData(goal.id))
    repeats = dialog.editors["repeats"]
    repeats.setCurrentIndex(repeats.findData(Repeat.WEEKLY))
    dialog._on_save_clicked()
    [entry] = records.all_of(workspace.vault, LearningEntry)
    assert (entry.goal_id, entry.repeats, entry.day) == (goal.id, Repeat.WEEKLY, TODAY)
    assert tab.model.index(0, 3).data() == "Two meetings a week"
    assert tab.model.index(0, 4).data().startswith("Every week, next ")
    assert tab.coming_up.text().startswith("Coming up: Tuesday meeting")
    records.save(
        workspace.vault, LearningEntry(title="A book", kind=LearningKind.READING, day=TODAY)
    )
    workspace.bus.changed.emit(records.changes_for(LearningEntry))
    tab.kind.setCurrentIndex(tab.kind.findData(LearningKind.READING))
    assert tab.proxy.rowCount() == 1


def test_a_self_assessment_with_a_question_of_our_own(qtbot, workspace):
    tab = workspace.growth.assessment_tab
    workspace.window.tabs.setCurrentWidget(tab)
    vault = workspace.vault
    assert len(tab.answers) == len(OWN_QUESTIONS)
    tab.save_button.click()
    assert tab.problem.isVisible()  # nothing answered yet
    tab.add_question_button.click()
    dialog = workspace.editor.dialog
    qtbot.keyClicks(dialog.editors["text"], "I keep Saturdays for Mia.")
    dialog._on_save_clicked()
    assert len(tab.answers) == len(OWN_QUESTIONS) + 1
    for box in tab.answers.values():
        box.setCurrentIndex(box.findData(4))
    tab.save_button.click()
    [taken] = records.all_of(vault, SelfAssessment)
    assert taken.total == 4 * (len(OWN_QUESTIONS) + 1) and taken.day == TODAY
    assert tab.model.index(0, 1).data() == f"{taken.total} of {taken.highest_total}"
    assert tab.summary.text().startswith("One self-assessment so far")
    records.save(vault, SelfAssessment(day=days_ago(21), answers=(("own-hope", 2),)))
    workspace.bus.changed.emit(records.changes_for(SelfAssessment))
    assert "up from 2.0" in tab.summary.text()
    tab.every.setCurrentIndex(tab.every.findData(2))
    assert workspace._settings.get(opts.SELF_ASSESSMENT_WEEKS) == 2
    due = assessments.next_due(vault, 2)
    assert tab.next_due.text() == f"Next one due around {due:%d %B %Y}."
