"""The whole plan in one value: its text and every linked record, in plan order.

Used by the Plan tab, printing, plan versions and the comparison of versions. The
comparison and the plain-text plan are in the person's language (``domain.language``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from recovery_desktop.domain.codec import from_plain, to_plain
from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.language import label, long_date, translate
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


def _change(kind: type[Record], change: str) -> str:
    """The sentence for one kind of item and one change, whole (the kind's gender agrees).

    ``change`` is "added", "changed" or "removed"; ``{name}`` is left for the item's name.
    """
    texts = {
        (Trigger, "added"): translate("linked_plan", "Trigger added: {name}"),
        (Trigger, "changed"): translate("linked_plan", "Trigger changed: {name}"),
        (Trigger, "removed"): translate("linked_plan", "Trigger removed: {name}"),
        (WarningSign, "added"): translate("linked_plan", "Warning sign added: {name}"),
        (WarningSign, "changed"): translate("linked_plan", "Warning sign changed: {name}"),
        (WarningSign, "removed"): translate("linked_plan", "Warning sign removed: {name}"),
        (CopingStrategy, "added"): translate("linked_plan", "Coping strategy added: {name}"),
        (CopingStrategy, "changed"): translate("linked_plan", "Coping strategy changed: {name}"),
        (CopingStrategy, "removed"): translate("linked_plan", "Coping strategy removed: {name}"),
        (SupportContact, "added"): translate("linked_plan", "Supporter added: {name}"),
        (SupportContact, "changed"): translate("linked_plan", "Supporter changed: {name}"),
        (SupportContact, "removed"): translate("linked_plan", "Supporter removed: {name}"),
    }
    return texts[(kind, change)]


def differences(old: LinkedPlan, new: LinkedPlan) -> list[str]:
    """What changed from ``old`` to ``new``, one plain sentence each, in plan order."""
    changed = translate("linked_plan", "{section}: changed")
    lines = [
        changed.format(section=translate("PlanSection", SECTION_TITLES[section]))
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
            previous = before_by_id.get(record.id)
            if previous is None:
                lines.append(_change(type(record), "added").format(name=_label(record)))
            elif any(
                getattr(previous, name) != getattr(record, name) for name in _COMPARED[type(record)]
            ):
                lines.append(_change(type(record), "changed").format(name=_label(record)))
        lines.extend(
            _change(type(record), "removed").format(name=_label(record))
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
        out.append(body.strip() or translate("linked_plan", "(empty)"))
        out.append("")

    def titled(key: PlanSection) -> str:
        return translate("PlanSection", SECTION_TITLES[key])

    section(titled(PlanSection.REASONS), plan.reasons)
    section(titled(PlanSection.ROUTINE), plan.routine)
    lines = []
    for trigger in linked.triggers:
        lines.append(
            "• "
            + translate("linked_plan", "{name} ({category}, {risk} risk)").format(
                name=trigger.name, category=label(trigger.category), risk=label(trigger.risk)
            )
        )
        for how, text in (
            (translate("linked_plan", "Avoid: {text}"), trigger.avoid),
            (translate("linked_plan", "Get away: {text}"), trigger.escape),
            (translate("linked_plan", "Cope: {text}"), trigger.cope),
        ):
            if text.strip():
                lines.append("    " + how.format(text=text.strip()))
        people = linked.names(trigger.contact_ids, linked.contacts)
        if people:
            lines.append(
                "    "
                + translate("linked_plan", "Contact: {names}").format(names=", ".join(people))
            )
    section(translate("PlanSection", "My triggers and my if-then plans"), "\n".join(lines))
    sign = translate("linked_plan", "{title} ({stage})")
    sign_action = translate("linked_plan", "{title} ({stage}): {action}")
    section(
        translate("PlanSection", "My warning signs"),
        "\n".join(
            "• "
            + (sign_action if s.action else sign).format(
                title=s.title, stage=label(s.stage), action=s.action
            )
            for s in linked.warning_signs
        ),
    )
    strategy = translate("linked_plan", "{title} ({kind})")
    section(
        translate("PlanSection", "My coping strategies"),
        "\n".join("• " + strategy.format(title=c.title, kind=label(c.kind)) for c in linked.coping),
    )
    section(
        translate("PlanSection", "My support ladder"),
        "\n".join(
            f"{n}. "
            + translate("linked_plan", "{name} ({role})").format(name=c.name, role=label(c.role))
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
        section(titled(key), plan.text(key))
    reviewed = (
        long_date(plan.reviewed_on) if plan.reviewed_on else translate("linked_plan", "not yet")
    )
    upcoming = (
        long_date(plan.next_review) if plan.next_review else translate("linked_plan", "not set")
    )
    out.append(
        translate(
            "linked_plan", "Reviewed with my mentor: {reviewed}. Next review: {upcoming}."
        ).format(reviewed=reviewed, upcoming=upcoming)
    )
    return "\n".join(out)
