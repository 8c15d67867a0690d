"""Every printed word goes through ``translate``: the plan, the card, the progress page, the brief.

Rendered in the pseudo-language (``tests/helpers/pseudo_language.py``), a word the core
wrote straight into the page would show up as English; only the test's own data may.
"""

import datetime as dt
import html
import re

import pytest

from recovery_desktop.domain.checkins import CheckIn, UseStatus
from recovery_desktop.domain.feedback import Comment
from recovery_desktop.domain.goals import Goal, GoalStatus
from recovery_desktop.domain.linked_plan import LinkedPlan, as_text, differences
from recovery_desktop.domain.milestones import Milestone, MilestoneKind
from recovery_desktop.domain.plan import (
    ContactRole,
    CopingKind,
    CopingStrategy,
    Plan,
    PlanSection,
    Stage,
    SupportContact,
    WarningSign,
)
from recovery_desktop.domain.progress_signals import early_signals
from recovery_desktop.domain.session_brief import brief
from recovery_desktop.domain.triggers import Encounter, Outcome, Risk, Trigger, TriggerCategory
from recovery_desktop.services import plan as plan_service
from recovery_desktop.services import records, reports
from recovery_desktop.storage.repositories import put_exact
from recovery_desktop.ui import printing
from tests.helpers.pseudo_language import plain, pseudo_language, untranslated
from tests.ui.test_printing import _flat, _text

TODAY = dt.date(2026, 11, 26)
NOW = dt.datetime(2026, 11, 26, 18, tzinfo=dt.UTC)

#: What the person typed into the plan, section by section.
SECTION_TEXTS = {
    PlanSection.REASONS: "My daughter Mia",
    PlanSection.ROUTINE: "Up at seven",
    PlanSection.LAPSE_PLAN: "Call Priya within the hour",
    PlanSection.CRISIS_STEPS: "Use my coping steps first",
    PlanSection.SAFER_ENVIRONMENT: "No alcohol at home",
    PlanSection.CHECK_IN_RHYTHM: "A message every evening",
    PlanSection.CONTACT_HOURS: "Weekdays after six",
    PlanSection.MENTOR_UNREACHABLE: "Call Priya instead",
    PlanSection.KEPT_WHERE: "On the fridge\nIn my wallet",
}
#: Everything else the person typed (names, phones, plans), and their profile name.
TYPED = [
    "Jordan",
    "Sam Rivera",
    "Priya",
    "Samaritans",
    "Every day",
    "Listens and calls back",
    "sam@example.org",
    "Skipping meals",
    "Eat something",
    "Last spring",
    "Urge surfing",
    "Breathe out slowly",
    "Payday",
    "Pay bills first",
    "Leave the shop",
    "Walk it off",
    "Old friends",
    "Well spotted, keep going",
    "Nice work on this",
]


def _data():
    lines = [line for text in SECTION_TEXTS.values() for line in text.splitlines()]
    return [*lines, *TYPED]


def _plain(page: str) -> str:
    """The words a reader sees: no style sheet, no tags, entities read back."""
    page = re.sub(r"<style.*?</style>", " ", page, flags=re.DOTALL)
    page = re.sub(r"<[^>]+>", " ", page)
    return re.sub(r"\s+", " ", html.unescape(page))


def _english(text: str, extra: list[str] | tuple[str, ...] = ()) -> list[str]:
    return untranslated(re.sub(r"\s+", " ", text), data=[*_data(), *extra])


def _comment(vault, about_id, text):
    """A mentor's comment the mentee chose to print."""
    comment = Comment(pair_id="p", about_type="trigger", about_id=about_id, text=text, rev=1)
    with vault.session() as session, session.begin():
        put_exact(session, [comment])
    plan_service.set_comment_printed(vault, comment.id, True)


@pytest.fixture
def filled(vault):
    """A plan with every section, every kind of item, both trigger states and comments."""
    for section, text in SECTION_TEXTS.items():
        plan_service.set_section(vault, section, text)
    sam, _ = records.save(
        vault,
        SupportContact(
            name="Sam Rivera",
            phone="+44 7700 900123",
            role=ContactRole.MENTOR,
            email="sam@example.org",
            hours="Every day",
            will_do="Listens and calls back",
            position=0,
        ),
    )
    records.save(vault, SupportContact(name="Priya", phone="07700 900456", position=1))
    records.save(
        vault,
        SupportContact(
            name="Samaritans",
            phone="116 123",
            role=ContactRole.CRISIS_LINE,
            hours="Every day",
            position=2,
        ),
    )
    records.save(
        vault,
        WarningSign(
            title="Skipping meals",
            stage=Stage.MIDDLE,
            action="Eat something",
            last_time="Last spring",
        ),
    )
    records.save(
        vault,
        CopingStrategy(
            title="Urge surfing", kind=CopingKind.DISTRACTION, steps="Breathe out slowly"
        ),
    )
    payday, _ = records.save(
        vault,
        Trigger(
            name="Payday",
            category=TriggerCategory.SITUATIONS,
            risk=Risk.HIGH,
            avoid="Pay bills first",
            escape="Leave the shop",
            cope="Walk it off",
            contact_ids=(sam.id,),
        ),
    )
    records.save(vault, Trigger(name="Old friends", risk=Risk.LOW))  # no plan written yet
    _comment(vault, payday.id, "Well spotted, keep going")
    _comment(vault, "an item no longer there", "Nice work on this")
    plan_service.mark_reviewed(vault, dt.date(2026, 11, 1), dt.date(2026, 12, 1))
    return vault


def _encounters(vault):
    payday = next(t for t in records.all_of(vault, Trigger) if t.name == "Payday")
    surfing = next(c for c in records.all_of(vault, CopingStrategy) if c.title == "Urge surfing")
    for days, outcome in ((1, Outcome.PASSED), (3, Outcome.LAPSE), (9, Outcome.RELAPSE)):
        records.save(
            vault,
            Encounter(
                occurred_at=NOW - dt.timedelta(days=days),
                intensity=6,
                trigger_ids=(payday.id,),
                coping_ids=(surfing.id,),
                outcome=outcome,
            ),
        )


def test_the_filled_plan_is_all_translated(filled):
    with pseudo_language():
        document = reports.plan_document(filled, today=TODAY)
        text = _plain(document.html)
        assert _english(text) == []
        assert _english(document.title) == []
        assert _english(document.footer) == []
        # Every part was there to be checked, with the comment and its item.
        assert "Well spotted, keep going" in text
        assert "Trigger: Payday" in plain(text)
        assert "⟦My plan⟧" in text  # the comment whose item is gone
        for _key, title in reports.PARTS:
            assert f"⟦{title}⟧" in text
    # A translated sentence keeps a value's line breaks, and escapes nothing twice.
    assert "{place}" not in document.html  # filled in, not printed as a placeholder
    assert "On the fridge<br>In my wallet" in document.html


def test_the_empty_plan_and_the_blank_plan_are_all_translated(vault):
    records.save(vault, SupportContact(name="Priya"))  # on the ladder, no phone
    with pseudo_language():
        empty = reports.plan_document(vault, today=TODAY)
        blank = reports.blank_plan_document(vault, today=TODAY)
        nameless = reports.blank_plan_document(None, today=TODAY)
        for document in (empty, blank, nameless):
            assert _english(_plain(document.html)) == []
            assert _english(document.title) == []
            assert _english(document.footer) == []
        assert "⟦(No triggers written yet.)⟧" in empty.html
        assert "⟦(not agreed yet)⟧" in empty.html
        assert "⟦Not yet reviewed with my mentor⟧" in empty.html


def test_the_wallet_card_is_all_translated(filled):
    with pseudo_language():
        full = reports.card_document(filled, today=TODAY)
        for text in (full.front, full.back, full.footer):
            assert _english(_plain(text)) == []
        assert "Skipping meals" in full.front and "Samaritans" in full.back
    records.delete(filled, WarningSign, records.all_of(filled, WarningSign)[0].id)
    for contact in records.all_of(filled, SupportContact):
        records.delete(filled, SupportContact, contact.id)
    with pseudo_language():
        empty = reports.card_document(filled, today=TODAY)
        for text in (empty.front, empty.back):
            assert _english(_plain(text)) == []


def test_the_progress_page_is_all_translated(qapp, filled):
    _encounters(filled)
    with pseudo_language():
        document = reports.plan_document(
            filled, reports.PrintOptions(progress_summary=True), today=TODAY
        )
    start = document.html.rindex("<h2", 0, document.html.index("page-break-before"))
    page = _plain(document.html[start:])
    assert "⟦How the last month went⟧" in page
    assert "Payday" in page and "Urge surfing" in page  # the summary names them
    assert _english(page) == []


def _brief_records():
    """Two shares with every kind of news, and check-ins that fire early-warning rules."""
    payday = Trigger(name="Payday")
    walk = Goal(title="Walk it off")
    before = [payday, walk, Encounter(occurred_at=NOW - dt.timedelta(days=20), intensity=5)]
    many = [Trigger(name=f"Old friends {n}") for n in range(8)]
    now = [
        payday,
        *many,
        Encounter(occurred_at=NOW - dt.timedelta(days=2), intensity=7),
        Encounter(occurred_at=NOW - dt.timedelta(days=3), intensity=4, outcome=Outcome.LAPSE),
        Goal(id=walk.id, title="Walk it off", status=GoalStatus.DONE, done_on=TODAY),
        Goal(title="Pay bills first", due=TODAY - dt.timedelta(days=3)),
        *(
            Milestone(kind=kind, threshold=threshold, reached_on=TODAY)
            for kind, threshold in (
                (MilestoneKind.SOBER_DAYS, 1),
                (MilestoneKind.SOBER_DAYS, 90),
                (MilestoneKind.SOBER_YEARS, 1),
                (MilestoneKind.SOBER_YEARS, 2),
                (MilestoneKind.GOALS_DONE, 1),
                (MilestoneKind.GOALS_DONE, 5),
                (MilestoneKind.CHECK_IN_WEEKS, 4),
            )
        ),
        # Craving rising, mood low, short nights, slips close together.
        *(
            CheckIn(
                day=TODAY - dt.timedelta(days=d),
                craving=8 if d < 7 else 1,
                mood=1 if d < 7 else 4,
                sleep_hours=4.0,
                use=UseStatus.LAPSE if d in (1, 4) else UseStatus.FREE,
            )
            for d in range(1, 14)
        ),
    ]
    return now, before, [t.name for t in many]


def _fired(records_now):
    """The early-warning rules the records fire."""
    from recovery_desktop.domain.checkins import latest_per_day, local_day

    days = latest_per_day([r for r in records_now if isinstance(r, CheckIn)])
    urges = [local_day(r.occurred_at) for r in records_now if isinstance(r, Encounter)]
    return early_signals(days, urges, TODAY)


def _check_brief(result, names):
    assert _english(result.as_text(), names) == []
    document = reports.brief_document(result, "Sam Rivera", today=TODAY)
    assert _english(_plain(document.html), names) == []
    assert _english(document.title, names) == []
    assert _english(document.footer) == []


def test_the_session_brief_is_all_translated():
    now, before, names = _brief_records()
    earlier = NOW - dt.timedelta(days=14)
    with pseudo_language():
        later = brief("Jordan", now, before, NOW, earlier, TODAY)
        first = brief("Jordan", now, None, NOW, None, TODAY)
        quiet = brief("Jordan", [payday := Trigger(name="Payday")], [payday], NOW, earlier, TODAY)
        alone = brief(
            "Jordan",
            [CheckIn(day=TODAY - dt.timedelta(days=d), craving=3, mood=3) for d in range(3)],
            None,
            NOW,
            None,
            TODAY,
        )
        steady = brief(
            "Jordan",
            [CheckIn(day=TODAY - dt.timedelta(days=d), craving=3, mood=3) for d in range(28)],
            None,
            NOW,
            None,
            TODAY,
        )
        changing = brief(
            "Jordan",
            [
                CheckIn(
                    day=TODAY - dt.timedelta(days=d),
                    craving=2 if d >= 14 else 6,
                    mood=4 if d >= 14 else 2,
                )
                for d in range(28)
            ],
            None,
            NOW,
            None,
            TODAY,
        )
        assert len(_fired(now)) >= 3, "the records fire early-warning rules"
        for result in (later, first, quiet, alone, steady, changing):
            _check_brief(result, names)
        text = later.as_text()
        for words in (
            "⟦Milestones reached⟧",
            "1⟦ substance-free year⟧",
            "2⟦ substance-free years⟧",
            "⟦ and ⟧2⟦ more⟧",
            "⟦Worth talking about⟧",
        ):
            assert words in text, words
        assert "Craving averaged 6,0 out of 10 over the last 14 days, up from 2,0 " in plain(
            changing.as_text()
        )
        assert "Mood averaged 2,0 out of 5 over the last 14 days, down from 4,0 " in plain(
            changing.as_text()
        )
        assert "about the same as the 14 days before (3,0)." in plain(steady.as_text())
        assert "Mood: no check-ins in the last 14 days to go by." in plain(quiet.as_text())


def test_the_brief_keeps_its_english():
    now, before, _names = _brief_records()
    result = brief("Jordan", now, before, NOW, NOW - dt.timedelta(days=14), TODAY)
    text = result.as_text()
    assert "1 active goal." in text
    assert "New triggers: “Old friends 0”" in text and "and 2 more." in text
    for line in (
        "1 substance-free day, on 26 November 2026.",
        "90 substance-free days, on 26 November 2026.",
        "1 substance-free year, on 26 November 2026.",
        "First goal completed, on 26 November 2026.",
        "5 goals completed, on 26 November 2026.",
        "4 weeks of regular check-ins, on 26 November 2026.",
    ):
        assert line in text, line
    assert "Craving averaged 8.0 out of 10 over the last 14 days" not in text
    assert "Slips close together: " in text


def test_the_plan_versions_text_is_all_translated():
    sign = WarningSign(title="Skipping meals", action="Eat something")
    quiet_sign = WarningSign(title="Last spring")
    payday = Trigger(name="Payday", avoid="Pay bills first")
    coping = CopingStrategy(title="Urge surfing")
    sam = SupportContact(name="Sam Rivera", phone="+44 7700 900123", hours="Every day")
    priya = SupportContact(name="Priya")
    old = LinkedPlan.build(Plan(), [payday], [sign], [coping], [sam])
    plan = Plan(
        **{section.value: text for section, text in SECTION_TEXTS.items()},
        reviewed_on=dt.date(2026, 11, 1),
        next_review=dt.date(2026, 12, 1),
    )
    new = LinkedPlan.build(
        plan,
        [
            Trigger(
                id=payday.id,
                name="Payday",
                escape="Leave the shop",
                cope="Walk it off",
                contact_ids=(priya.id,),
            ),
            Trigger(name="Old friends"),
        ],
        [quiet_sign],
        [CopingStrategy(id=coping.id, title="Urge surfing", steps="Breathe out slowly")],
        [priya],
    )
    with pseudo_language():
        changes = differences(old, new)
        back = differences(new, old)
        for text in (
            *changes,
            *back,
            as_text(old),
            as_text(new),
            as_text(LinkedPlan.from_json(LinkedPlan.build(Plan(), [], [], [], []).to_json())),
        ):
            assert _english(text) == [], text
    # Every section; a trigger changed and one added, a sign added and one removed, the
    # coping strategy changed, a supporter added and one removed.
    assert len(changes) == len(SECTION_TEXTS) + 7
    # In English, as before.
    assert differences(old, new)[-2:] == ["Supporter added: Priya", "Supporter removed: Sam Rivera"]
    english = as_text(new)
    assert "• Payday (Situations, Medium risk)" in english
    assert "    Get away: Leave the shop" in english
    assert "    Contact: Priya" in english
    assert "• Last spring (Early)" in english
    assert "1. Priya (Friend)" in english
    assert english.endswith(
        "Reviewed with my mentor: 01 November 2026. Next review: 01 December 2026."
    )


def test_the_filled_plan_pdf_is_all_translated(qapp, filled, tmp_path):
    out = tmp_path / "plan.pdf"
    with pseudo_language():
        pages = printing.document_pdf(reports.plan_document(filled, today=TODAY), out)
    reader, texts = _text(out)
    assert len(reader.pages) == pages
    flat = _flat(texts)
    assert "⟦" in flat and "Sam Rivera" in flat
    assert _english(flat) == []
    # The footer, page numbers included, went through the same language.
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in plain(_flat([text]))


def test_the_card_pdf_is_all_translated(qapp, filled, tmp_path):
    out = tmp_path / "card.pdf"
    with pseudo_language():
        printing.card_pdf(reports.card_document(filled, today=TODAY), out)
    flat = _flat(_text(out)[1])
    assert "⟦" in flat
    assert _english(flat) == []


def test_values_in_translated_sentences_are_printed_as_written():
    """A name inside a translated sentence is escaped; a value's own line breaks stay."""
    plan = Plan(kept_where="Fridge <b>door</b>\nWallet & bag")
    header = reports._Header("<i>Jo</i> & Al", 2, None, None, TODAY)
    with pseudo_language():
        page = reports.render_plan(
            LinkedPlan.build(plan, [], [], [], []), header, reports.PrintOptions(), blank=False
        )
    assert "&lt;i&gt;Jo&lt;/i&gt; &amp; Al⟦: my relapse-prevention plan⟧" in page
    assert "⟦Where this plan is kept: ⟧Fridge &lt;b&gt;door&lt;/b&gt;<br>Wallet &amp; bag" in page
    assert "<i>" not in page and "<b>door" not in page
