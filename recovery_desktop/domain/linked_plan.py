"""The whole plan in one value: its text and every linked record, in plan order.

Used by the Plan tab, printing, plan versions and the comparison of versions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from recovery_desktop.domain.codec import from_plain, to_plain
from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.plan import (
    CopingStrategy,
    Plan,
    PlanSection,
    SupportContact,
    WarningSign,
)
from recovery_desktop.domain.records import Record
from recovery_desktop.domain.triggers import Trigger

SECTION_TITLES = {
    PlanSection.REASONS: QT_TRANSLATE_NOOP(
        "PlanSection", "My reasons for recovery and what I protect"
    ),
    PlanSection.ROUTINE: QT_TRANSLATE_NOOP("PlanSection", "My daily routine and balance"),
    PlanSection.LAPSE_PLAN: QT_TRANSLATE_NOOP("PlanSection", "If I slip: my first steps"),
    PlanSection.CRISIS_STEPS: QT_TRANSLATE_NOOP("PlanSection", "Crisis steps and crisis lines"),
    PlanSection.SAFER_ENVIRONMENT: QT_TRANSLATE_NOOP("PlanSection", "Making my surroundings safer"),
    PlanSection.CHECK_IN_RHYTHM: QT_TRANSLATE_NOOP(
        "PlanSection", "How often my mentor and I check in"
    ),
    PlanSection.CONTACT_HOURS: QT_TRANSLATE_NOOP("PlanSection", "When I can contact my mentor"),
    PlanSection.MENTOR_UNREACHABLE: QT_TRANSLATE_NOOP(
        "PlanSection", "If my mentor cannot be reached"
    ),
    PlanSection.KEPT_WHERE: QT_TRANSLATE_NOOP("PlanSection", "Where this plan is kept"),
}


@dataclass(frozen=True)
class LinkedPlan:
    """The plan text and its linked records, each list in plan order."""

    plan: Plan
    triggers: tuple[Trigger, ...]
    warning_signs: tuple[WarningSign, ...]
    coping: tuple[CopingStrategy, ...]
    contacts: tuple[SupportContact, ...]

    @classmethod
    def build(
        cls,
        plan: Plan,
        triggers: list[Trigger],
        warning_signs: list[WarningSign],
        coping: list[CopingStrategy],
        contacts: list[SupportContact],
    ) -> LinkedPlan:
        """Order the pieces the way the plan reads them."""
        return cls(
            plan=plan,
            triggers=tuple(sorted(triggers, key=lambda t: (-t.risk, t.name.casefold()))),
            warning_signs=tuple(
                sorted(warning_signs, key=lambda w: (w.position, w.title.casefold()))
            ),
            coping=tuple(sorted(coping, key=lambda c: (c.position, c.title.casefold()))),
            contacts=tuple(sorted(contacts, key=lambda c: (c.position, c.name.casefold()))),
        )

    def names(self, ids: tuple[str, ...], records: tuple[Record, ...]) -> list[str]:
        """The titles or names of the linked records, in link order, skipping missing ones."""
        by_id = {record.id: record for record in records}
        return [_label(by_id[i]) for i in ids if i in by_id]

    def to_json(self) -> str:
        """A snapshot for plan versions."""
        return json.dumps(
            {
                "plan": to_plain(self.plan),
                "triggers": [to_plain(r) for r in self.triggers],
                "warning_signs": [to_plain(r) for r in self.warning_signs],
                "coping": [to_plain(r) for r in self.coping],
                "contacts": [to_plain(r) for r in self.contacts],
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> LinkedPlan:
        """The plan a snapshot recorded."""
        raw: dict[str, Any] = json.loads(text)
        return cls(
            plan=from_plain(Plan, raw["plan"]),
            triggers=tuple(from_plain(Trigger, r) for r in raw["triggers"]),
            warning_signs=tuple(from_plain(WarningSign, r) for r in raw["warning_signs"]),
            coping=tuple(from_plain(CopingStrategy, r) for r in raw["coping"]),
            contacts=tuple(from_plain(SupportContact, r) for r in raw["contacts"]),
        )


def _label(record: Record) -> str:
    for attribute in ("name", "title"):
        value = getattr(record, attribute, None)
        if isinstance(value, str):
            return value
    return record.id


_COMPARED = {
    Trigger: (
        "name",
        "category",
        "risk",
        "description",
        "avoid",
        "escape",
        "cope",
        "warning_sign_ids",
        "coping_ids",
        "contact_ids",
    ),
    WarningSign: ("title", "stage", "action", "last_time"),
    CopingStrategy: ("title", "kind", "steps"),
    SupportContact: ("name", "role", "phone", "email", "hours", "will_do", "position"),
}
_KIND_NAMES = {
    Trigger: "Trigger",
    WarningSign: "Warning sign",
    CopingStrategy: "Coping strategy",
    SupportContact: "Supporter",
}


def differences(old: LinkedPlan, new: LinkedPlan) -> list[str]:
    """What changed from ``old`` to ``new``, one plain sentence each, in plan order."""
    lines = [
        f"{SECTION_TITLES[section]}: changed"
        for section in PlanSection
        if old.plan.text(section).strip() != new.plan.text(section).strip()
    ]
    pairs: list[tuple[tuple[Record, ...], tuple[Record, ...]]] = [
        (old.triggers, new.triggers),
        (old.warning_signs, new.warning_signs),
        (old.coping, new.coping),
        (old.contacts, new.contacts),
    ]
    for before, after in pairs:
        before_by_id = {r.id: r for r in before}
        after_by_id = {r.id: r for r in after}
        for record in after:
            kind = _KIND_NAMES[type(record)]
            previous = before_by_id.get(record.id)
            if previous is None:
                lines.append(f"{kind} added: {_label(record)}")
            elif any(
                getattr(previous, name) != getattr(record, name) for name in _COMPARED[type(record)]
            ):
                lines.append(f"{kind} changed: {_label(record)}")
        lines.extend(
            f"{_KIND_NAMES[type(record)]} removed: {_label(record)}"
            for record in before
            if record.id not in after_by_id
        )
    return lines


def as_text(linked: LinkedPlan) -> str:
    """The whole plan as plain text, in plan order (for reading an earlier version)."""
    plan = linked.plan
    out: list[str] = []

    def section(title: str, body: str) -> None:
        out.append(title.upper())
        out.append(body.strip() or "(empty)")
        out.append("")

    section(SECTION_TITLES[PlanSection.REASONS], plan.reasons)
    section(SECTION_TITLES[PlanSection.ROUTINE], plan.routine)
    lines = []
    for trigger in linked.triggers:
        lines.append(f"• {trigger.name} ({trigger.category.label}, {trigger.risk.label} risk)")
        for label, text in (
            ("Avoid", trigger.avoid),
            ("Get away", trigger.escape),
            ("Cope", trigger.cope),
        ):
            if text.strip():
                lines.append(f"    {label}: {text.strip()}")
        people = linked.names(trigger.contact_ids, linked.contacts)
        if people:
            lines.append(f"    Contact: {', '.join(people)}")
    section("My triggers and my if-then plans", "\n".join(lines))
    section(
        "My warning signs",
        "\n".join(
            f"• {s.title} ({s.stage.label})" + (f": {s.action}" if s.action else "")
            for s in linked.warning_signs
        ),
    )
    section(
        "My coping strategies",
        "\n".join(f"• {c.title} ({c.kind.label})" for c in linked.coping),
    )
    section(
        "My support ladder",
        "\n".join(
            f"{n}. {c.name} ({c.role.label})"
            + (f", {c.phone}" if c.phone else "")
            + (f", {c.hours}" if c.hours else "")
            for n, c in enumerate(linked.contacts, start=1)
        ),
    )
    for key in (
        PlanSection.LAPSE_PLAN,
        PlanSection.CRISIS_STEPS,
        PlanSection.SAFER_ENVIRONMENT,
        PlanSection.CHECK_IN_RHYTHM,
        PlanSection.CONTACT_HOURS,
        PlanSection.MENTOR_UNREACHABLE,
        PlanSection.KEPT_WHERE,
    ):
        section(SECTION_TITLES[key], plan.text(key))
    reviewed = plan.reviewed_on.strftime("%d %B %Y") if plan.reviewed_on else "not yet"
    upcoming = plan.next_review.strftime("%d %B %Y") if plan.next_review else "not set"
    out.append(f"Reviewed with my mentor: {reviewed}. Next review: {upcoming}.")
    return "\n".join(out)
