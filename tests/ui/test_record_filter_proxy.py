"""Property tests: the filtered, sorted triggers list shows exactly what it should."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from recovery_desktop.domain.linked_plan import LinkedPlan
from recovery_desktop.domain.plan import Plan, SupportContact
from recovery_desktop.domain.triggers import Risk, Trigger, TriggerCategory
from recovery_desktop.ui.models.record_filter_proxy import RecordFilterProxy
from recovery_desktop.ui.models.record_table_model import RECORD_ROLE
from recovery_desktop.ui.models.trigger_table_model import COL_NAME, COL_RISK, TriggerTableModel

words = st.sampled_from(["pay", "day", "bar", "lonely", "Friday", "é", "<b>", "&"])
triggers = st.lists(
    st.builds(
        Trigger,
        name=st.lists(words, min_size=1, max_size=3).map(" ".join),
        category=st.sampled_from(TriggerCategory),
        risk=st.sampled_from(Risk),
    ),
    max_size=12,
)


def _shown(proxy):
    return [proxy.index(row, 0).data(RECORD_ROLE) for row in range(proxy.rowCount())]


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    items=triggers,
    query=st.lists(words, max_size=2).map(" ".join),
    risk=st.none() | st.sampled_from(Risk),
)
def test_filter_shows_exactly_the_matching_triggers(qapp, items, query, risk):
    model = TriggerTableModel()
    proxy = RecordFilterProxy(lambda t: t.name)
    proxy.setSourceModel(model)
    model.set_data(items, {})
    proxy.set_search(query)
    proxy.set_predicate(None if risk is None else (lambda t: t.risk == risk))
    expected = [
        t
        for t in items
        if all(w in t.name.casefold() for w in query.casefold().split())
        and (risk is None or t.risk == risk)
    ]
    assert sorted(t.id for t in _shown(proxy)) == sorted(t.id for t in expected)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=triggers, descending=st.booleans())
def test_sorting_by_risk_and_name_is_total_and_stable(qapp, items, descending):
    model = TriggerTableModel()
    proxy = RecordFilterProxy(lambda t: t.name)
    proxy.setSourceModel(model)
    model.set_data(items, {})
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    proxy.sort(COL_RISK, order)
    risks = [int(t.risk) for t in _shown(proxy)]
    assert risks == sorted(risks, reverse=descending)
    proxy.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    names = [t.name.casefold() for t in _shown(proxy)]
    assert names == sorted(names)


@given(st.lists(st.tuples(st.integers(0, 5), st.text(min_size=1, max_size=5)), max_size=8))
def test_support_ladder_order_follows_position_then_name(rungs):
    contacts = [SupportContact(name=name, position=pos) for pos, name in rungs]
    linked = LinkedPlan.build(Plan(), [], [], [], contacts)
    keys = [(c.position, c.name.casefold()) for c in linked.contacts]
    assert keys == sorted(keys)
    assert sorted(c.id for c in linked.contacts) == sorted(c.id for c in contacts)
