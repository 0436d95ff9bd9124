"""Cluster operations keep every recommendation exactly once; bulk edit is one step with its undo."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from nrtd_desktop.domain.errors import NotFoundError, ValidationError
from nrtd_desktop.dto.classify import BulkEdit


def placement(services: Any) -> dict[str, str | None]:
    """Every recommendation -> its cluster id (None: outside any), read from the cluster views."""
    placed: Counter[str] = Counter()
    where: dict[str, str | None] = {}
    for cluster in services.clusters.list():
        view = services.cluster_ops.view(cluster.id)
        assert len(view.members) == cluster.recommendation_count
        for member in view.members:
            placed[member.id] += 1
            where[member.id] = cluster.id
    assert all(n == 1 for n in placed.values()), "a recommendation is in two clusters"
    for row in services.recommendations.list(limit=None):
        where.setdefault(row.id, None)
    assert len(where) == services.recommendations.count()
    return where


def test_cluster_view_lists_members_side_by_side_by_mechanism(committee) -> None:  # type: ignore[no-untyped-def]
    view = committee.cluster_ops.view("Prevention of torture")
    columns = view.by_mechanism()
    assert list(columns) == ["UPR", "TB", "SP"]
    assert [m.reference for m in columns["UPR"]] == ["UPR-3-122.10", "UPR-3-122.11"]
    assert [m.reference for m in columns["TB"]] == ["CAT-2016-12"]
    assert columns["SP"] == []


def test_merge_moves_every_recommendation_and_action(committee) -> None:  # type: ignore[no-untyped-def]
    before = placement(committee)
    women = committee.cluster_ops.view("Violence against women").cluster
    torture = committee.cluster_ops.view("Prevention of torture").cluster
    with committee.context.write() as session:
        from nrtd_desktop.db.models import Action

        session.add(Action(cluster_id=torture.id, title_ar="إعداد مشروع نظام", title_en="Draft a law"))
    merged = committee.cluster_ops.merge(women.id, [torture.id])
    after = placement(committee)
    assert merged.recommendation_count == women.recommendation_count + torture.recommendation_count
    assert set(after) == set(before)
    for rec_id, cluster_id in before.items():
        expected = women.id if cluster_id in (women.id, torture.id) else cluster_id
        assert after[rec_id] == expected
    assert torture.id not in {c.id for c in committee.clusters.list()}
    with committee.context.read() as session:
        from sqlalchemy import select

        from nrtd_desktop.db.models import Action

        assert session.scalars(select(Action.cluster_id)).all() == [women.id]
    with pytest.raises(ValidationError):
        committee.cluster_ops.merge(women.id, [women.id])


def test_split_moves_only_the_chosen_into_a_new_cluster(committee) -> None:  # type: ignore[no-untyped-def]
    before = placement(committee)
    torture = committee.cluster_ops.view("Prevention of torture")
    chosen = [m.id for m in torture.members if m.mechanism == "TB"]
    new = committee.cluster_ops.split(torture.cluster.id, chosen, "التصديق على البروتوكول", "Ratifying OPCAT")
    after = placement(committee)
    assert new.recommendation_count == len(chosen)
    left = committee.clusters.get(torture.cluster.id).recommendation_count
    assert left == len(torture.members) - len(chosen)
    assert new.lead_entity == torture.cluster.lead_entity
    for rec_id, cluster_id in before.items():
        assert after[rec_id] == (new.id if rec_id in chosen else cluster_id)
    # Splitting off everything, or something that is not a member, is refused.
    remaining = [m.id for m in committee.cluster_ops.view(torture.cluster.id).members]
    with pytest.raises(ValidationError):
        committee.cluster_ops.split(torture.cluster.id, remaining, "كل شيء")
    with pytest.raises(ValidationError):
        committee.cluster_ops.split(torture.cluster.id, ["CRC-2016-18"], "ليست عضواً")


def test_move_in_and_out_keeps_each_recommendation_once(committee) -> None:  # type: ignore[no-untyped-def]
    before = placement(committee)
    migrants = committee.cluster_ops.view("Migrant workers").cluster
    assert committee.cluster_ops.move(["CMW-2019-8", "UPR-3-122.10"], migrants.id) == 2
    after = placement(committee)
    ids = {committee.recommendations.find(r).id for r in ("CMW-2019-8", "UPR-3-122.10")}
    for rec_id, cluster_id in before.items():
        assert after[rec_id] == (migrants.id if rec_id in ids else cluster_id)
    assert committee.cluster_ops.move(["CMW-2019-8"], None) == 1
    assert placement(committee)[committee.recommendations.find("CMW-2019-8").id] is None
    with pytest.raises(NotFoundError):
        committee.cluster_ops.move(["NO-SUCH-REF"], migrants.id)


def snapshot(services: Any, refs: list[str]) -> dict[str, Any]:
    result = {}
    for ref in refs:
        d = services.recommendations.find(ref)
        result[ref] = (tuple(t.key for t in d.themes), tuple(g.key for g in d.affected_groups),
                       tuple(t.key for t in d.sdg_targets), d.lead_entity.code if d.lead_entity else None,
                       tuple(e.code for e in d.supporting_entities), d.cluster_id, d.priority,
                       d.priority_reason, d.status)
    return result


REFS = ["UPR-3-122.10", "CAT-2016-12", "CRC-2016-18", "UPR-2-138.6"]


def test_bulk_edit_changes_every_selected_record_and_undoes(committee) -> None:  # type: ignore[no-untyped-def]
    ids = [committee.recommendations.find(r).id for r in REFS]
    before = snapshot(committee, REFS)
    versions = {r: committee.recommendations.find(r).version for r in REFS}
    edit = BulkEdit(add_themes=("upr_info.detention",), remove_themes=("upr_info.justice",),
                    add_groups=("children",), add_sdg_targets=("16.3",), add_supporting=("HRC", "MOI"),
                    lead_entity="MOJ", cluster="Prevention of torture", priority="high",
                    priority_reason="Committee meeting of 3 May", status="in_progress")
    result = committee.bulk.apply(ids, edit)
    assert set(result.changed) == set(ids)
    for ref in REFS:
        d = committee.recommendations.find(ref)
        themes = {t.key for t in d.themes}
        assert "upr_info.detention" in themes and "upr_info.justice" not in themes
        # The other themes each had stay.
        assert themes == (set(before[ref][0]) - {"upr_info.justice"}) | {"upr_info.detention"}
        assert "children" in {g.key for g in d.affected_groups}
        assert "16.3" in {t.key for t in d.sdg_targets}
        assert {"HRC", "MOI"} <= {e.code for e in d.supporting_entities}
        assert d.lead_entity is not None and d.lead_entity.code == "MOJ"
        assert d.cluster_name == "مناهضة التعذيب"
        assert (d.priority, d.priority_reason) == ("high", "Committee meeting of 3 May")
        assert d.status == "in_progress"
        assert d.version == versions[ref] + 1  # one transaction: one new version per record
    # Recompute leaves the priority set by the bulk edit alone.
    committee.priority.recompute()
    assert {committee.recommendations.find(r).priority for r in REFS} == {"high"}

    assert committee.bulk.restore(result.undo) == len(ids)
    assert snapshot(committee, REFS) == before


def test_bulk_edit_with_a_bad_value_changes_nothing(committee) -> None:  # type: ignore[no-untyped-def]
    ids = [committee.recommendations.find(r).id for r in REFS]
    before = snapshot(committee, REFS)
    with pytest.raises(ValidationError):
        committee.bulk.apply(ids, BulkEdit(add_themes=("upr_info.detention",), lead_entity="NO-SUCH-ENTITY"))
    with pytest.raises(ValidationError):
        committee.bulk.apply(ids, BulkEdit(priority="high"))  # no reason
    with pytest.raises(ValidationError):
        committee.bulk.apply(ids, BulkEdit())
    assert snapshot(committee, REFS) == before


def test_bulk_edit_reports_records_it_did_not_need_to_change(committee) -> None:  # type: ignore[no-untyped-def]
    ids = [committee.recommendations.find(r).id for r in REFS]
    statuses = {committee.recommendations.find(r).status for r in REFS}
    assert statuses == {"not_started"}
    committee.bulk.apply(ids[:2], BulkEdit(status="implemented"))
    result = committee.bulk.apply(ids, BulkEdit(status="implemented"))
    assert set(result.changed) == set(ids[2:])
    assert result.unchanged == 2
    assert set(result.undo.before) == set(ids[2:])


def test_links_are_one_per_pair(committee) -> None:  # type: ignore[no-untyped-def]
    committee.links.add("UPR-3-122.30", "CMW-2019-8", "related")
    committee.links.add("CMW-2019-8", "UPR-3-122.30", "same")  # the other way round: the kind changes
    links = committee.links.list("UPR-3-122.30")
    assert [(lk.kind, lk.other.reference) for lk in links] == [("same", "CMW-2019-8")]
    assert [lk.other.reference for lk in committee.links.list("CMW-2019-8")] == ["UPR-3-122.30"]
    with pytest.raises(ValidationError):
        committee.links.add("CMW-2019-8", "CMW-2019-8")
    assert committee.links.remove("UPR-3-122.30", "CMW-2019-8")
    assert committee.links.list("UPR-3-122.30") == []


def test_entity_view_lists_what_it_leads_and_supports(committee) -> None:  # type: ignore[no-untyped-def]
    crc = committee.recommendations.find("CRC-2016-18").id
    committee.bulk.apply([crc], BulkEdit(add_supporting=("MOI",)))
    work = committee.responsibility.of_entity("MOI")
    leads = {r.reference for r in committee.recommendations.list(limit=None) if r.lead_entity == "MOI"}
    assert {m.reference for m in work.leads} == leads
    assert "CRC-2016-18" in {m.reference for m in work.supports}
    assert [c.name_en for c in work.lead_clusters] == ["Prevention of torture"]
