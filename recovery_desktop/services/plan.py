"""The relapse-prevention plan: its text, its linked records, and reviewed versions."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from recovery_desktop.domain.errors import ValidationError
from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.linked_plan import LinkedPlan, differences
from recovery_desktop.domain.plan import (
    CopingStrategy,
    Plan,
    PlanSection,
    PlanVersion,
    SupportContact,
    WarningSign,
)
from recovery_desktop.domain.triggers import Trigger
from recovery_desktop.services import records
from recovery_desktop.services.changes import Area, Changes
from recovery_desktop.storage.repositories import Records
from recovery_desktop.storage.vault import OpenVault


def current_plan(vault: OpenVault) -> Plan:
    """The plan's text record (an empty, unsaved one before the first edit)."""
    plans = Records(vault).all(Plan)
    if not plans:
        return Plan()
    return max(plans, key=lambda plan: plan.updated_at or dt.datetime.min.replace(tzinfo=dt.UTC))


def linked_plan(vault: OpenVault) -> LinkedPlan:
    """The whole plan as it stands."""
    store = Records(vault)
    return LinkedPlan.build(
        current_plan(vault),
        store.all(Trigger),
        store.all(WarningSign),
        store.all(CopingStrategy),
        store.all(SupportContact),
    )


def set_section(vault: OpenVault, section: PlanSection, text: str) -> tuple[Plan, Changes]:
    """Autosave one section's text."""
    plan = current_plan(vault)
    if plan.text(section) == text and not plan.is_new:
        return plan, Changes()
    return records.save(vault, plan.with_text(section, text))


def set_review_dates(
    vault: OpenVault, reviewed_on: dt.date | None, next_review: dt.date | None
) -> tuple[Plan, Changes]:
    """Set the reviewed-together date and the next review."""
    plan = replace(current_plan(vault), reviewed_on=reviewed_on, next_review=next_review)
    return records.save(vault, plan)


def versions(vault: OpenVault) -> list[PlanVersion]:
    """Reviewed versions, newest first."""
    return sorted(Records(vault).all(PlanVersion), key=lambda v: v.number, reverse=True)


def mark_reviewed(
    vault: OpenVault,
    reviewed_on: dt.date,
    next_review: dt.date | None = None,
    note: str = "",
) -> tuple[PlanVersion, Changes]:
    """Store a dated snapshot of the plan as reviewed with the mentor."""
    if next_review is not None and next_review <= reviewed_on:
        raise ValidationError(
            "next_review",
            QT_TRANSLATE_NOOP("validation", "The next review comes after this one."),
        )
    _plan, plan_changes = set_review_dates(vault, reviewed_on, next_review)
    number = max((v.number for v in versions(vault)), default=0) + 1
    version = PlanVersion(
        number=number, reviewed_on=reviewed_on, note=note, snapshot=linked_plan(vault).to_json()
    )
    saved, version_changes = records.save(vault, version)
    return saved, plan_changes | version_changes


def compare_with_current(vault: OpenVault, version: PlanVersion) -> list[str]:
    """What changed since ``version``, one sentence per change."""
    return differences(LinkedPlan.from_json(version.snapshot), linked_plan(vault))


PLAN_AREAS = Changes.of(Area.PLAN, Area.TRIGGERS, Area.WARNING_SIGNS, Area.COPING, Area.CONTACTS)


def set_comment_printed(vault: OpenVault, comment_id: str, printed: bool) -> tuple[Plan, Changes]:
    """Choose whether one of the mentor's comments is printed with the plan."""
    plan = current_plan(vault)
    chosen = [i for i in plan.printed_comment_ids if i != comment_id]
    if printed:
        chosen.append(comment_id)
    if tuple(chosen) == plan.printed_comment_ids and not plan.is_new:
        return plan, Changes()
    return records.save(vault, replace(plan, printed_comment_ids=tuple(chosen)))
