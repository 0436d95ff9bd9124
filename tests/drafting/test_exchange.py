"""A ministry's contribution to a report travels in its package (issue 22): the sections assigned
to it go to its laptop with their draft and calendar entry, and what it writes comes back."""

from __future__ import annotations

from nrtd_desktop.dto.drafts import SectionInput
from tests.exchange.conftest import MEMBER_ENTITY, Laptop, coordinator, member, new_laptop  # noqa: F401


def test_the_sections_of_an_entity_travel_in_its_package_and_come_back(
    coordinator: Laptop,  # noqa: F811 - the fixtures of tests/exchange
    member: Laptop,  # noqa: F811
) -> None:
    theirs = coordinator.records()
    mine = member.records()
    moj = coordinator.entity_id(MEMBER_ENTITY)
    assigned = {i for i, c in theirs["report_sections"].items() if c["entity_id"] == moj}
    assert assigned and set(mine["report_sections"]) == assigned  # its sections, and no other
    draft_id = next(iter(mine["report_drafts"]))
    assert mine["report_drafts"][draft_id] == theirs["report_drafts"][draft_id]  # the draft as context
    event_id = theirs["report_drafts"][draft_id]["event_id"]
    assert mine["reporting_events"][event_id] == theirs["reporting_events"][event_id]

    section_id = sorted(assigned)[0]
    view = member.services.drafts.get(draft_id)
    assert [s.id for s in view.sections] == [section_id]
    text = view.section(section_id).text_ar + "\nأضافت وزارة العدل بيانات عام 2026."
    member.services.drafts.update_section(section_id, SectionInput(text_ar=text, state="in_review"))
    package = member.export("from-moj-1.nrtdpkg", since_last=True)

    review = coordinator.review(package)
    changed = [i for i in review.plan.items if i.table == "report_sections"]
    assert [(i.kind.value, sorted(i.take)) for i in changed] == [("changed", ["state", "text_ar"])]
    coordinator.services.exchange.apply(review)
    back = coordinator.services.drafts.get(draft_id).section(section_id)
    assert (back.text_ar, back.state) == (text, "in_review")
    assert back.edited("ar")  # the coordinator sees it as the ministry's wording, kept on regeneration
