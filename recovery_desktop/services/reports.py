"""What is printed: the plan, the wallet crisis card and a blank plan, as HTML.

The HTML stays inside the subset Qt's rich text understands; ``ui/printing.py`` decides
how it reaches paper. Jinja2 autoescapes everything, so a person's words are always
printed as written, never read as markup.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from recovery_desktop.domain import language
from recovery_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from recovery_desktop.domain.linked_plan import SECTION_TITLES, LinkedPlan
from recovery_desktop.domain.plan import ContactRole, PlanSection
from recovery_desktop.domain.session_brief import Brief
from recovery_desktop.services import plan as plan_service
from recovery_desktop.services.profile import profile
from recovery_desktop.storage.vault import OpenVault

# The translation context of the templates' words.
PRINTED = "printed"

#: Printable parts of the plan, in print order, with their headings (English: the
#: heading is translated when the plan is rendered).
PARTS: tuple[tuple[str, str], ...] = (
    ("reasons", SECTION_TITLES[PlanSection.REASONS]),
    ("routine", SECTION_TITLES[PlanSection.ROUTINE]),
    ("triggers", QT_TRANSLATE_NOOP("PlanSection", "My triggers and my if-then plans")),
    ("warning_signs", QT_TRANSLATE_NOOP("PlanSection", "My warning signs")),
    ("coping", QT_TRANSLATE_NOOP("PlanSection", "My coping strategies")),
    ("contacts", QT_TRANSLATE_NOOP("PlanSection", "My support ladder")),
    ("lapse_plan", SECTION_TITLES[PlanSection.LAPSE_PLAN]),
    ("crisis_steps", SECTION_TITLES[PlanSection.CRISIS_STEPS]),
    ("safer_environment", SECTION_TITLES[PlanSection.SAFER_ENVIRONMENT]),
    ("agreement", QT_TRANSLATE_NOOP("PlanSection", "My agreement with my mentor")),
)
ALL_PARTS = frozenset(key for key, _title in PARTS)


@dataclass(frozen=True)
class PrintOptions:
    """What to include and how large to print it."""

    parts: frozenset[str] = ALL_PARTS
    large_print: bool = False
    progress_summary: bool = False
    #: The mentor's comments the mentee chose for the printout (in the Mentor tab).
    mentor_comments: bool = True


@dataclass(frozen=True)
class Document:
    """A document ready for the printer: its HTML and the footer for every page."""

    title: str
    html: str
    footer: str
    large_print: bool = False
    #: Images the HTML refers to as ``<img src="NAME">``: PNG bytes by name.
    images: dict[str, bytes] = field(default_factory=dict)


def _environment() -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("recovery_desktop.resources", "templates"),
        autoescape=True,  # every value is text; markup in it is printed literally
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["lines"] = _lines
    env.filters["day"] = _day
    env.filters["nobreak"] = _nobreak
    env.filters["label"] = language.label
    # ``{{ _("Printed {day}").format(day=...) }}``: the words of every template, in the
    # person's language. ``packaging/translations.py`` extracts them (context "printed").
    env.globals["_"] = _printed
    return env


def _printed(text: str) -> Any:
    """``text`` in the person's language, as markup that escapes what ``format`` puts in.

    The translation itself is escaped (it is words, never markup); ``.format(...)``
    escapes its values too, except markup a filter already made safe (``lines``).
    """
    from markupsafe import escape

    return escape(language.translate(PRINTED, text))


def _lines(text: str) -> Any:
    """Escape ``text`` and keep its line breaks."""
    from markupsafe import Markup, escape

    return Markup("<br>").join(escape(line) for line in text.strip().splitlines())


def _nobreak(text: str) -> Any:
    """Escape ``text`` and keep it on one line (phone numbers)."""
    from markupsafe import Markup, escape

    # Safe: the text is escaped first; only our own entity is added.
    return Markup(str(escape(text)).replace(" ", "&nbsp;"))  # noqa: S704


def _day(value: dt.date | None) -> str:
    return "" if value is None else language.spoken_date(value)


def _render(template: str, **context: Any) -> str:
    return str(_environment().get_template(template).render(**context))


@dataclass(frozen=True)
class _Header:
    name: str
    version: int | None
    reviewed_on: dt.date | None
    next_review: dt.date | None
    printed_on: dt.date


def _header(vault: OpenVault, linked: LinkedPlan, today: dt.date) -> _Header:
    versions = plan_service.versions(vault)
    return _Header(
        name=profile(vault).display_name,
        version=versions[0].number if versions else None,
        reviewed_on=linked.plan.reviewed_on,
        next_review=linked.plan.next_review,
        printed_on=today,
    )


def _footer(header: _Header) -> str:
    """The filled plan's footer: whose plan, which version, when printed."""
    if header.version:
        text = language.translate(
            "reports", "{name}: relapse-prevention plan, version {version}, printed {day}"
        )
    else:
        text = language.translate(
            "reports", "{name}: relapse-prevention plan, not yet reviewed, printed {day}"
        )
    return text.format(name=header.name, version=header.version, day=_day(header.printed_on))


def plan_document(
    vault: OpenVault, options: PrintOptions | None = None, today: dt.date | None = None
) -> Document:
    """The relapse-prevention plan, filled in."""
    options = options or PrintOptions()
    linked = plan_service.linked_plan(vault)
    header = _header(vault, linked, today or dt.date.today())
    comments = printed_comments(vault) if options.mentor_comments else []
    html = render_plan(linked, header, options, blank=False, comments=comments)
    images: dict[str, bytes] = {}
    if options.progress_summary:
        progress_html, images = _progress_page(vault, today)
        html = html.replace("</body>", progress_html + "</body>")
    return Document(
        title=language.translate("reports", "{name}: relapse-prevention plan").format(
            name=header.name
        ),
        html=html,
        footer=_footer(header),
        large_print=options.large_print,
        images=images,
    )


URGE_CHART = "chart-urges-per-week"


def _progress_page(vault: OpenVault, today: dt.date | None) -> tuple[str, dict[str, bytes]]:
    """A page on the last month: the urge-log summary in words and one chart."""
    from recovery_desktop.domain.plan import CopingStrategy
    from recovery_desktop.domain.triggers import Trigger
    from recovery_desktop.domain.urge_summary import describe, summarise
    from recovery_desktop.services import charts
    from recovery_desktop.services import triggers as trigger_service
    from recovery_desktop.services.records import all_of

    names = {t.id: t.name for t in all_of(vault, Trigger)}
    names.update({c.id: c.title for c in all_of(vault, CopingStrategy)})
    day = today or dt.date.today()
    now = dt.datetime.combine(day, dt.time(23, 59), dt.UTC)
    summary = summarise(trigger_service.encounters(vault), names, now)
    png = charts.png_bytes(charts.weekly_urges_figure(summary.weekly_counts))
    html = _render("progress.html.j2", lines=describe(summary), chart=URGE_CHART)
    return html, {URGE_CHART: png}


def blank_plan_document(
    vault: OpenVault | None = None,
    options: PrintOptions | None = None,
    today: dt.date | None = None,
) -> Document:
    """The same layout with lines to write on by hand."""
    options = options or PrintOptions()
    name = profile(vault).display_name if vault is not None else ""
    header = _Header(name, None, None, None, today or dt.date.today())
    from recovery_desktop.domain.plan import Plan

    empty = LinkedPlan.build(Plan(), [], [], [], [])
    return Document(
        title=language.translate("reports", "Relapse-prevention plan (blank)"),
        html=render_plan(empty, header, options, blank=True),
        footer=language.translate("reports", "Relapse-prevention plan: to fill in by hand"),
        large_print=options.large_print,
    )


def printed_comments(vault: OpenVault) -> list[tuple[str, str]]:
    """The mentor's comments the mentee chose to print: (what it is about, the comment)."""
    from recovery_desktop.domain.feedback import Comment
    from recovery_desktop.domain.item_labels import item_label
    from recovery_desktop.services.records import all_of
    from recovery_desktop.storage.repositories import find_by_ids

    chosen = set(plan_service.current_plan(vault).printed_comment_ids)
    comments = [c for c in all_of(vault, Comment) if c.id in chosen]
    with vault.session() as session:
        items = find_by_ids(session, [c.about_id for c in comments])
    return [
        (
            item_label(items[c.about_id])
            if c.about_id in items
            else language.translate("reports", "My plan"),
            c.text,
        )
        for c in sorted(
            comments, key=lambda c: c.created_at or dt.datetime.min.replace(tzinfo=dt.UTC)
        )
    ]


def render_plan(
    linked: LinkedPlan,
    header: Any,
    options: PrintOptions,
    blank: bool,
    comments: list[tuple[str, str]] | None = None,
) -> str:
    """The plan's HTML (exposed for snapshot tests)."""
    plan = linked.plan
    return _render(
        "plan.html.j2",
        header=header,
        plan=plan,
        parts=[
            (key, language.translate("PlanSection", title))
            for key, title in PARTS
            if key in options.parts
        ],
        texts={section.value: plan.text(section) for section in PlanSection},
        triggers=[
            {
                "trigger": trigger,
                "contacts": linked.names(trigger.contact_ids, linked.contacts),
            }
            for trigger in linked.triggers
        ],
        signs=linked.warning_signs,
        coping=linked.coping,
        contacts=linked.contacts,
        crisis_lines=[c for c in linked.contacts if c.role is ContactRole.CRISIS_LINE],
        blank=blank,
        large=options.large_print,
        blank_lines=4,
        comments=comments or [],
    )


@dataclass(frozen=True)
class CardContent:
    """What fits on a wallet card."""

    name: str
    signs: list[str]
    steps: list[str]
    people: list[tuple[str, str]]
    crisis: list[tuple[str, str]]


def card_content(linked: LinkedPlan, name: str) -> CardContent:
    """The most urgent few lines of the plan: signs, three steps, two people, crisis line."""
    people = [c for c in linked.contacts if c.role is not ContactRole.CRISIS_LINE and c.phone]
    crisis = [c for c in linked.contacts if c.role is ContactRole.CRISIS_LINE]
    return CardContent(
        name=name,
        signs=[s.title for s in linked.warning_signs[:3]],
        steps=[c.title for c in linked.coping[:3]],
        people=[(c.name, c.phone) for c in people[:2]],
        crisis=[(c.name, c.phone) for c in crisis[:1]],
    )


@dataclass(frozen=True)
class CardDocument:
    """The wallet card's two sides, each a small HTML page."""

    front: str
    back: str
    footer: str


def card_document(vault: OpenVault, today: dt.date | None = None) -> CardDocument:
    """The wallet crisis card, front and back."""
    linked = plan_service.linked_plan(vault)
    content = card_content(linked, profile(vault).display_name)
    printed = _day(today or dt.date.today())
    return CardDocument(
        front=_render("card_front.html.j2", card=content),
        back=_render("card_back.html.j2", card=content, printed=printed),
        footer=language.translate(
            "reports", "Cut along the outer marks, then fold on the dotted line: it fits a wallet."
        ),
    )


def brief_document(
    session_brief: Brief, mentor_name: str, today: dt.date | None = None
) -> Document:
    """The mentor's session brief, for the printer."""
    printed = today or dt.date.today()
    return Document(
        title=session_brief.title,
        html=_render("brief.html.j2", brief=session_brief),
        footer=language.translate(
            "reports", "{name}: session brief, printed {day}. Private: keep it safe."
        ).format(name=mentor_name, day=_day(printed)),
    )
