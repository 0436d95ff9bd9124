"""The text of a report draft, written from the register and the plan (issue 22).

``generate(services, scope, committee)`` returns the sections of a draft in the order of the UN's
guidelines for its report type (``domain/reporting.py`` OUTLINES), each with its text in Arabic
and English, the references of the recommendations it answers, the entity it is assigned to, and
the *facts* it was written from: a small dictionary of figures (a recommendation's status, an
action's status and percentage, an indicator's value, the date of the latest progress report,
a challenge's status) that the draft keeps, so that the program can say later what changed in the
data since the text was written.

Recommendations are named by their UN numbering (the paragraph, "122.3"), with the document.
Every paragraph of a section is one line of its text: the export numbers them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from nrtd_desktop.domain import labels
from nrtd_desktop.domain import reporting as r
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.domain.support import asks_for_support
from nrtd_desktop.dto.plan import ActionRow, ChallengeRow, IndicatorRow
from nrtd_desktop.dto.register import EntityRef, pick
from nrtd_desktop.services.draft_data import DraftData, DraftGroup, DraftItem, DraftScope, Pair, gather

MAX_LISTED = 12  # the longest list of actions written out in one sentence


@dataclass(frozen=True)
class GeneratedSection:
    key: str
    level: int
    heading_ar: str
    heading_en: str
    text_ar: str
    text_en: str
    facts: dict[str, dict[str, str]] = field(default_factory=dict)  # key -> {"ar": ..., "en": ...}
    recommendations: tuple[str, ...] = ()  # references
    entity_id: str | None = None


# ---- words ---------------------------------------------------------------------------------


def join(items: Sequence[str], lang: Lang) -> str:
    """ "122.3، 122.5 و122.7" / "122.3, 122.5 and 122.7"."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    if lang == "ar":
        return "، ".join(items[:-1]) + " و" + items[-1]
    return ", ".join(items[:-1]) + " and " + items[-1]


def both(ar: str, en: str) -> Pair:
    return ar, en


STATUS_PHRASES: dict[str, Pair] = {
    "implemented": ("نُفِّذت التوصية", "the recommendation has been implemented"),
    "partially_implemented": ("نُفِّذت التوصية جزئياً", "the recommendation has been partly implemented"),
    "in_progress": ("التوصية قيد التنفيذ", "the recommendation is being implemented"),
    "not_started": ("لم يبدأ تنفيذ التوصية بعد", "implementation of the recommendation has not started"),
}


def _vocab(vocabulary: str, value: str | None) -> Pair:
    return labels.label(vocabulary, value, "ar"), labels.label(vocabulary, value, "en")


def _fact(label: Pair, value: Pair) -> dict[str, str]:
    return {"ar": f"{label[0]}: {value[0]}", "en": f"{label[1]}: {value[1]}"}


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _sentence(text: str) -> str:
    """A narrative as typed, ending with a full stop (Arabic and Latin stops both count)."""
    text = " ".join((text or "").split())
    return text if not text or text[-1] in ".!?؟…" else text + "."


# ---- paragraphs about the plan ---------------------------------------------------------------


def _numbers(items: Iterable[DraftItem]) -> list[str]:
    return [i.number for i in items]


def _action_text(a: ActionRow, lang: Lang) -> str:
    title = _short(pick(lang, a.title_ar, a.title_en), 110)
    return f"«{title}»" if lang == "ar" else f"“{title}”"


# Units that say what kind of value it is rather than what it counts: not printed after the value.
_PLAIN_UNITS = {"حالة", "حاله", "status", "عدد", "number", "count", "نعم/لا", "yes/no", ""}
_PERCENT_UNITS = {"%", "نسبة", "نسبه", "نسبة مئوية", "percent", "percentage"}


def _value(value: str, unit: str) -> str:
    unit = (unit or "").strip()
    if not value:
        return value
    if unit.lower() in _PERCENT_UNITS:
        return value if value.endswith("%") else f"{value}%"
    if unit.lower() in _PLAIN_UNITS:
        return value
    return f"{value} {unit}"


def _indicator_text(ind: IndicatorRow, lang: Lang) -> str:
    name = _short(pick(lang, ind.name_ar, ind.name_en), 90)
    current = _value(ind.current_value, ind.unit) or ("لم تُرصد بعد" if lang == "ar" else "not yet measured")
    parts = []
    if ind.baseline:
        baseline = _value(ind.baseline, ind.unit)
        parts.append(f"خط الأساس {baseline}" if lang == "ar" else f"baseline {baseline}")
    if ind.target:
        target = _value(ind.target, ind.unit)
        parts.append(f"المستهدف {target}" if lang == "ar" else f"target {target}")
    extra = f" ({'، '.join(parts) if lang == 'ar' else '; '.join(parts)})" if parts else ""
    return f"{name}: {current}{extra}"


def _plan_sentences(
    actions: Sequence[ActionRow],
    indicators: Sequence[IndicatorRow],
    narratives: dict[str, tuple[date, str, str, int | None]],
    lang: Lang,
) -> list[str]:
    """What was done, what is under way, what the indicators show and the latest report."""
    done = [a for a in actions if a.status == "completed"]
    going = [a for a in actions if a.status == "in_progress"]
    planned = [a for a in actions if a.status == "not_started"]
    out = []
    if done:
        listed = join([_action_text(a, lang) for a in done[:MAX_LISTED]], lang)
        out.append(f"ومن الإجراءات المنفذة: {listed}." if lang == "ar" else f"Actions completed: {listed}.")
    if going:

        def with_percent(a: ActionRow) -> str:
            percent = narratives.get(a.id, (None, "", "", None))[3]
            percent = a.latest_percent if a.latest_percent is not None else percent
            text = _action_text(a, lang)
            return f"{text} ({percent}%)" if percent is not None else text

        listed = join([with_percent(a) for a in going[:MAX_LISTED]], lang)
        out.append(f"وما زال قيد التنفيذ: {listed}." if lang == "ar" else f"Under way: {listed}.")
    if planned:
        listed = join([_action_text(a, lang) for a in planned[:MAX_LISTED]], lang)
        out.append(f"ومن المقرر: {listed}." if lang == "ar" else f"Planned: {listed}.")
    measured = [i for i in indicators if i.current_value or i.target]
    if measured:
        listed = (
            "؛ ".join(_indicator_text(i, lang) for i in measured)
            if lang == "ar"
            else "; ".join(_indicator_text(i, lang) for i in measured)
        )
        out.append(f"وتُظهر المؤشرات ما يلي: {listed}." if lang == "ar" else f"The indicators show: {listed}.")
    latest = [(narratives[a.id], a) for a in actions if a.id in narratives]
    if latest:
        (day, text_ar, text_en, _percent), _a = max(latest, key=lambda pair: pair[0][0])
        narrative = _sentence(pick(lang, text_ar, text_en))
        if narrative:
            out.append(
                f"وأفادت آخر المعلومات ({day.isoformat()}) بما يلي: {narrative}"
                if lang == "ar"
                else f"Latest report ({day.isoformat()}): {narrative}"
            )
    return out


def _item_paragraph(item: DraftItem, data: DraftData, lang: Lang) -> str:
    status = pick(lang, *STATUS_PHRASES.get(item.status, (item.status, item.status)))
    head = _item_head(item, data, lang)
    body = _plan_sentences(item.actions, item.indicators, data.narratives, lang)
    first = f"{head}، {status}." if lang == "ar" else f"{head}, {status}."
    return " ".join([first, *body])


def _item_head(item: DraftItem, data: DraftData, lang: Lang) -> str:
    upr = item.position is not None
    position = labels.label("position", item.position, lang) if upr else ""
    if lang == "ar":
        head = f"فيما يتعلق بالتوصية {item.number}"
        if not upr and data.scope.report_type != r.ReportType.UPR_MIDTERM:
            head = f"فيما يتعلق بالفقرة {item.number}"
        return f"{head} ({position})" if position else head
    head = f"As regards recommendation {item.number}"
    if not upr and data.scope.report_type != r.ReportType.UPR_MIDTERM:
        head = f"As regards paragraph {item.number}"
    return f"{head} ({position.lower()})" if position else head


def _item_facts(item: DraftItem, data: DraftData, facts: dict[str, dict[str, str]]) -> None:
    n = item.number
    if item.position is not None:
        facts[f"{item.id}:position"] = _fact(
            (f"{n} – الموقف", f"{n} – position"), _vocab("position", item.position)
        )
    facts[f"{item.id}:status"] = _fact(
        (f"{n} – حالة التنفيذ", f"{n} – status"), _vocab("status", item.status)
    )
    _plan_facts(item.actions, item.indicators, data, facts, n)


def _plan_facts(
    actions: Sequence[ActionRow],
    indicators: Sequence[IndicatorRow],
    data: DraftData,
    facts: dict[str, dict[str, str]],
    owner: str,
) -> None:
    for a in actions:
        percent = a.latest_percent
        status_ar, status_en = _vocab("action_status", a.status)
        value = (
            (f"{status_ar}، {percent}%", f"{status_en}, {percent}%")
            if percent is not None
            else (status_ar, status_en)
        )
        facts[f"{a.id}:action"] = _fact(
            (
                f"{owner} – الإجراء «{_short(a.title_ar or a.title_en, 50)}»",
                f"{owner} – action “{_short(a.title_en or a.title_ar, 50)}”",
            ),
            value,
        )
        if a.id in data.narratives:
            day = data.narratives[a.id][0].isoformat()
            facts[f"{a.id}:progress"] = _fact(
                (
                    f"{owner} – آخر تحديث للتقدم «{_short(a.title_ar or a.title_en, 50)}»",
                    f"{owner} – latest progress on “{_short(a.title_en or a.title_ar, 50)}”",
                ),
                (day, day),
            )
    for ind in indicators:
        current = ind.current_value or "—"
        facts[f"{ind.id}:indicator"] = _fact(
            (
                f"{owner} – المؤشر «{_short(ind.name_ar or ind.name_en, 50)}»",
                f"{owner} – indicator “{_short(ind.name_en or ind.name_ar, 50)}”",
            ),
            (current, current),
        )


def _challenge_facts(challenges: Sequence[ChallengeRow], facts: dict[str, dict[str, str]]) -> None:
    for c in challenges:
        facts[f"{c.id}:challenge"] = _fact(
            (
                f"التحدي «{_short(c.description_ar or c.description_en, 50)}»",
                f"challenge “{_short(c.description_en or c.description_ar, 50)}”",
            ),
            _vocab("challenge_status", c.status),
        )


# ---- the sections --------------------------------------------------------------------------------


def _intro_counts(data: DraftData, lang: Lang) -> str:
    positions: dict[str | None, int] = {}
    for item in data.items:
        positions[item.position] = positions.get(item.position, 0) + 1
    n = len(data.items)
    parts = [f"{labels.label('position', key, lang)} {count}" for key, count in positions.items() if key]
    statuses = {s: sum(1 for i in data.items if i.status == s) for s in STATUS_PHRASES}
    status_parts = [
        f"{labels.label('status', key, lang)} {count}" for key, count in statuses.items() if count
    ]
    sep = "، " if lang == "ar" else ", "
    if lang == "ar":
        text = f"يتناول هذا التقرير التوصيات (عددها {n})"
        if parts:
            text += f"، وموقف المملكة منها: {sep.join(parts)}"
        if status_parts:
            text += f". وحالة تنفيذها حتى {data.today.isoformat()}: {sep.join(status_parts)}"
        return text + "."
    text = f"This report covers {n} recommendations"
    if parts:
        text += f"; the State's positions: {sep.join(parts)}"
    if status_parts:
        text += f". Their implementation as of {data.today.isoformat()}: {sep.join(status_parts)}"
    return text + "."


def _methodology(data: DraftData) -> Pair:
    scope = data.scope
    documents = join(data.symbols, "ar"), join(data.symbols, "en")
    kind_ar, kind_en = r.REPORT_TYPE_NAMES[scope.report_type]
    committee_ar, committee_en = data.committee
    ar = [
        f"أعدّت {committee_ar} هذا المشروع ({kind_ar}) استناداً إلى "
        f"{documents[0] or 'الوثائق الأممية ذات الصلة'}."
    ]
    en = [
        f"The {committee_en} prepared this draft ({kind_en}) on the basis of "
        f"{documents[1] or 'the relevant UN documents'}."
    ]
    if not any(o.key == "implementation" for o in r.OUTLINES[scope.report_type]):
        ar.append(_intro_counts(data, "ar"))  # else the implementation chapter opens with them
        en.append(_intro_counts(data, "en"))
    if data.reporting_entities:
        ar.append(
            "واعتمد إعداده على قاعدة البيانات الوطنية لمتابعة التوصيات وعلى تحديثات التقدم التي رفعتها "
            f"الجهات المعنية (عدد التحديثات {data.updates})، وهي: "
            f"{join([e.name_ar or e.code for e in data.reporting_entities], 'ar')}."
        )
        en.append(
            "It draws on the national database for following up the recommendations and on the "
            f"progress reported by the entities concerned ({data.updates} updates): "
            f"{join([e.name_en or e.code for e in data.reporting_entities], 'en')}."
        )
    groups = [g for g in data.groups if g.key != "none"]
    if groups and scope.report_type in (r.ReportType.UPR_MIDTERM, r.ReportType.UPR_NATIONAL):
        word_ar = "المجموعات المواضيعية" if scope.group_by == "cluster" else "المواضيع"
        word_en = "thematic clusters" if scope.group_by == "cluster" else "themes"
        ar.append(
            f"وتُعرض التوصيات مجمّعة في {word_ar} (عددها {len(groups)})، ويرد في المرفق جدول تنفيذ "
            "التوصيات كاملاً بموقف المملكة من كل توصية وحالة تنفيذها والإجراءات المتخذة."
        )
        en.append(
            f"The recommendations are presented in {len(groups)} {word_en}; the annex gives the full "
            "implementation matrix with the State's position, the status and the actions of each."
        )
    return "\n".join(ar), "\n".join(en)


def _developments(data: DraftData) -> Pair:
    since = data.scope.since
    done = [a for item in data.items for a in item.actions if a.status == "completed"]
    done += [a for g in data.groups for a in g.actions if a.status == "completed"]
    unique = {a.id: a for a in done}
    dated = sorted(
        (a for a in unique.values() if a.end_date and (since is None or a.end_date >= since)),
        key=lambda a: a.end_date or date.min,
    )
    if not dated:
        return (
            "لم يُسجَّل في قاعدة البيانات إجراء مكتمل في هذه الفترة.",
            "No completed action is recorded in the database for this period.",
        )
    ar = [f"اكتملت منذ {since.isoformat()} الإجراءات التالية:" if since else "اكتملت الإجراءات التالية:"]
    en = [
        f"Since {since.isoformat()}, the following actions were completed:"
        if since
        else "The following actions were completed:"
    ]
    for a in dated:
        assert a.end_date is not None
        lead_ar = f" ({a.lead_entity.name_ar})" if a.lead_entity else ""
        lead_en = f" ({a.lead_entity.name_en or a.lead_entity.code})" if a.lead_entity else ""
        ar.append(f"{a.end_date.isoformat()}: {_sentence(a.title_ar or a.title_en).rstrip('.')}{lead_ar}.")
        en.append(f"{a.end_date.isoformat()}: {_sentence(a.title_en or a.title_ar).rstrip('.')}{lead_en}.")
    return "\n".join(ar), "\n".join(en)


def _achievements(data: DraftData) -> Pair:
    implemented = [i for i in data.items if i.status == "implemented"]
    partly = [i for i in data.items if i.status == "partially_implemented"]
    ar, en = [], []
    if implemented:
        ar.append(f"نُفِّذت التوصيات {join(_numbers(implemented), 'ar')} (عددها {len(implemented)}).")
        en.append(
            f"Recommendations {join(_numbers(implemented), 'en')} have been implemented "
            f"({len(implemented)} in all)."
        )
    if partly:
        ar.append(f"ونُفِّذت جزئياً التوصيات {join(_numbers(partly), 'ar')} (عددها {len(partly)}).")
        en.append(
            f"Recommendations {join(_numbers(partly), 'en')} have been partly implemented "
            f"({len(partly)} in all)."
        )
    for item in implemented + partly:
        done = [a for a in item.actions if a.status == "completed"]
        if done:
            ar.append(
                f"التوصية {item.number}: {join([_action_text(a, 'ar') for a in done[:MAX_LISTED]], 'ar')}."
            )
            en.append(
                f"Recommendation {item.number}: "
                f"{join([_action_text(a, 'en') for a in done[:MAX_LISTED]], 'en')}."
            )
    if not ar:
        return (
            "لم تُسجَّل بعد توصية منفذة كلياً أو جزئياً.",
            "No recommendation is recorded as implemented or partly implemented yet.",
        )
    return "\n".join(ar), "\n".join(en)


def _challenges(data: DraftData) -> Pair:
    open_ones = [c for c in data.challenges if c.status != "resolved"]
    if not open_ones:
        return ("لم تُسجَّل تحديات قائمة.", "No open challenge is recorded.")
    ar, en = [], []
    by_category: dict[str, list[ChallengeRow]] = {}
    for c in open_ones:
        by_category.setdefault(c.category, []).append(c)
    for category in sorted(by_category, key=lambda k: labels.order("challenge_category", k)):
        name_ar, name_en = _vocab("challenge_category", category)
        for c in by_category[category]:
            mitigation_ar = f" وإجراءات المعالجة: {_sentence(c.mitigation_ar)}" if c.mitigation_ar else ""
            mitigation_en = f" Mitigation: {_sentence(c.mitigation_en)}" if c.mitigation_en else ""
            ar.append(f"تحدٍّ ({name_ar}): {_sentence(c.description_ar or c.description_en)}{mitigation_ar}")
            en.append(
                f"Challenge ({name_en.lower()}): {_sentence(c.description_en or c.description_ar)}"
                f"{mitigation_en}"
            )
    return "\n".join(ar), "\n".join(en)


def _priorities(data: DraftData) -> Pair:
    pending = [i for i in data.items if i.status != "implemented"]
    high = [i for i in pending if i.priority == "high"]
    going = [
        a for i in pending for a in i.actions if a.status in ("in_progress", "not_started") and a.end_date
    ]
    going += [
        a for g in data.groups for a in g.actions if a.status in ("in_progress", "not_started") and a.end_date
    ]
    unique = sorted({a.id: a for a in going}.values(), key=lambda a: a.end_date or date.max)
    ar, en = [], []
    if high:
        ar.append(f"تولي المملكة أولوية عالية للتوصيات {join(_numbers(high), 'ar')}.")
        en.append(f"The State gives high priority to recommendations {join(_numbers(high), 'en')}.")
    for a in unique[: MAX_LISTED * 2]:
        assert a.end_date is not None
        lead_ar = f" ({a.lead_entity.name_ar})" if a.lead_entity else ""
        lead_en = f" ({a.lead_entity.name_en or a.lead_entity.code})" if a.lead_entity else ""
        ar.append(f"تلتزم المملكة بإنجاز {_action_text(a, 'ar')}{lead_ar} بحلول {a.end_date.isoformat()}.")
        en.append(
            f"The State undertakes to complete {_action_text(a, 'en')}{lead_en} by {a.end_date.isoformat()}."
        )
    support = [c for c in data.challenges if asks_for_support(c.support_needed_ar, c.support_needed_en)]
    if data.scope.report_type == r.ReportType.UPR_MIDTERM and support:
        assist_ar, assist_en = _assistance(data)
        ar.append(assist_ar)
        en.append(assist_en)
    if not ar:
        return ("لا توجد إجراءات مفتوحة مسجلة.", "No open action is recorded.")
    return "\n".join(ar), "\n".join(en)


def _assistance(data: DraftData) -> Pair:
    support = [c for c in data.challenges if asks_for_support(c.support_needed_ar, c.support_needed_en)]
    if not support:
        return ("لم يُسجَّل طلب للمساعدة التقنية.", "No request for technical assistance is recorded.")
    ar = ["ترحب المملكة بالتعاون التقني في المجالات التالية:"]
    en = ["The State welcomes technical cooperation in the following areas:"]
    for c in support:
        ar.append(_sentence(c.support_needed_ar or c.support_needed_en))
        en.append(_sentence(c.support_needed_en or c.support_needed_ar))
    return "\n".join(ar), "\n".join(en)


def _group_section(group: DraftGroup, data: DraftData, index: int) -> GeneratedSection:
    numbers = _numbers(group.items)
    lead_ar = f"، وتقود تنفيذها {group.lead.name_ar}" if group.lead else ""
    lead_en = f"; {group.lead.name_en or group.lead.code} leads their implementation" if group.lead else ""
    ar = [f"تضم هذه المجموعة التوصيات {join(numbers, 'ar')} (عددها {len(numbers)}){lead_ar}."]
    en = [
        f"This group brings together recommendations {join(numbers, 'en')} ({len(numbers)} in all){lead_en}."
    ]
    facts: dict[str, dict[str, str]] = {}
    if group.actions or group.indicators:
        shared_ar = _plan_sentences(group.actions, group.indicators, data.narratives, "ar")
        shared_en = _plan_sentences(group.actions, group.indicators, data.narratives, "en")
        if shared_ar:
            ar.append("وعلى مستوى المجموعة كلها: " + " ".join(shared_ar))
            en.append("For the group as a whole: " + " ".join(shared_en))
        _plan_facts(group.actions, group.indicators, data, facts, pick("ar", group.name_ar, group.name_en))
    for item in group.items:
        ar.append(_item_paragraph(item, data, "ar"))
        en.append(_item_paragraph(item, data, "en"))
        _item_facts(item, data, facts)
    item_ids = {i.id for i in group.items}
    action_ids = {a.id for i in group.items for a in i.actions} | {a.id for a in group.actions}
    for c in data.challenges_of(item_ids, action_ids):
        if c.status == "resolved":
            continue
        ar.append(f"ومن التحديات: {_sentence(c.description_ar or c.description_en)}")
        en.append(f"A challenge: {_sentence(c.description_en or c.description_ar)}")
    _challenge_facts(data.challenges_of(item_ids, action_ids), facts)
    lead = group.lead or _most_common_lead(group.items)
    key = f"group:{group.key}"
    return GeneratedSection(
        key,
        2,
        group.name_ar or group.name_en,
        group.name_en or group.name_ar,
        "\n".join(ar),
        "\n".join(en),
        facts,
        tuple(i.reference for i in group.items),
        lead.id if lead else None,
    )


def _paragraph_section(item: DraftItem, data: DraftData) -> GeneratedSection:
    facts: dict[str, dict[str, str]] = {}
    _item_facts(item, data, facts)
    ar = [_item_paragraph(item, data, "ar")]
    en = [_item_paragraph(item, data, "en")]
    action_ids = {a.id for a in item.actions}
    challenges = data.challenges_of({item.id}, action_ids)
    for c in challenges:
        if c.status == "resolved":
            continue
        ar.append(f"ومن التحديات: {_sentence(c.description_ar or c.description_en)}")
        en.append(f"A challenge: {_sentence(c.description_en or c.description_ar)}")
    _challenge_facts(challenges, facts)
    topic_ar = _short(item.text_ar or item.text_en, 80)
    topic_en = _short(item.text_en or item.text_ar, 80)
    return GeneratedSection(
        f"paragraph:{item.reference}",
        2,
        f"الفقرة {item.number}: {topic_ar}",
        f"Paragraph {item.number}: {topic_en}",
        "\n".join(ar),
        "\n".join(en),
        facts,
        (item.reference,),
        item.lead.id if item.lead else None,
    )


def _most_common_lead(items: Sequence[DraftItem]) -> EntityRef | None:
    counts: dict[str, tuple[int, EntityRef]] = {}
    for item in items:
        if item.lead is not None:
            count, _ = counts.get(item.lead.id, (0, item.lead))
            counts[item.lead.id] = (count + 1, item.lead)
    if not counts:
        return None
    return max(counts.values(), key=lambda pair: (pair[0], pair[1].code))[1]


def _summary_facts(data: DraftData) -> dict[str, dict[str, str]]:
    facts: dict[str, dict[str, str]] = {
        "count": _fact(("عدد التوصيات", "recommendations"), (str(len(data.items)), str(len(data.items)))),
        "updates": _fact(("عدد تحديثات التقدم", "progress updates"), (str(data.updates), str(data.updates))),
    }
    for status in STATUS_PHRASES:
        count = str(sum(1 for i in data.items if i.status == status))
        facts[f"status:{status}"] = _fact(_vocab("status", status), (count, count))
    return facts


LRM = "\u200e"
_LTR_NUMBER = re.compile(r"(?<![\w\u200e])(\d{4}-\d{2}-\d{2}|\d+(?:\.\d+)?%)(?![\w\u200e])")


def keep_left_to_right(text: str) -> str:
    """Dates and percentages in Arabic text between left-to-right marks: after an Arabic word the
    bidirectional algorithm would show 2026-11-05 as 05-11-2026 and 60% as %60 (on screen, in
    Word and in LibreOffice alike); the marks are invisible and keep them as written."""
    return _LTR_NUMBER.sub(lambda m: f"{LRM}{m.group(1)}{LRM}", text)


def generate(services: Any, scope: DraftScope, committee: Pair) -> list[GeneratedSection]:
    """The sections of a draft of ``scope.report_type``, in order, written from the data now."""
    from dataclasses import replace

    return [replace(s, text_ar=keep_left_to_right(s.text_ar)) for s in _generate(services, scope, committee)]


def _generate(services: Any, scope: DraftScope, committee: Pair) -> list[GeneratedSection]:
    data = gather(services, scope, committee)
    sections: list[GeneratedSection] = []
    for outline in r.OUTLINES[scope.report_type]:
        key = outline.key
        facts: dict[str, dict[str, str]] = {}
        recs: tuple[str, ...] = ()
        if key == "methodology":
            ar, en = _methodology(data)
            facts = _summary_facts(data)
        elif key == "developments":
            ar, en = _developments(data)
            done = {a.id: a for i in data.items for a in i.actions if a.status == "completed"}
            facts = {
                f"{a.id}:done": _fact(
                    (f"الإجراء «{_short(a.title_ar, 50)}»", f"action “{_short(a.title_en, 50)}”"),
                    ((a.end_date or date.min).isoformat(),) * 2,
                )
                for a in done.values()
            }
        elif key == "achievements":
            ar, en = _achievements(data)
            for item in data.items:
                facts[f"{item.id}:status"] = _fact(
                    (f"{item.number} – حالة التنفيذ", f"{item.number} – status"),
                    _vocab("status", item.status),
                )
            recs = tuple(
                i.reference for i in data.items if i.status in ("implemented", "partially_implemented")
            )
        elif key == "challenges":
            ar, en = _challenges(data)
            _challenge_facts(data.challenges, facts)
        elif key == "priorities":
            ar, en = _priorities(data)
            for item in data.items:
                facts[f"{item.id}:status"] = _fact(
                    (f"{item.number} – حالة التنفيذ", f"{item.number} – status"),
                    _vocab("status", item.status),
                )
        elif key == "assistance":
            ar, en = _assistance(data)
            _challenge_facts(
                [c for c in data.challenges if asks_for_support(c.support_needed_ar, c.support_needed_en)],
                facts,
            )
        elif key == "implementation":
            ar, en = _intro_counts(data, "ar"), _intro_counts(data, "en")
            facts = _summary_facts(data)
        elif key == "paragraphs":
            count = len(data.items)
            symbol = data.scope.document_symbol or join(data.symbols, "en")
            ar = (
                f"يرد فيما يلي ما اتُّخذ بشأن الفقرات (عددها {count}) من الملاحظات الختامية {symbol}."
                if count
                else "لا توجد في قاعدة البيانات فقرات مسجلة لهذه الوثيقة."
            )
            en = (
                f"The following sets out the measures taken on the {count} paragraphs of the concluding "
                f"observations {symbol}."
                if count
                else "The database holds no paragraph of this document."
            )
            facts = _summary_facts(data)
        else:  # pragma: no cover - every outline key is handled above
            raise ValueError(key)
        sections.append(GeneratedSection(key, 1, outline.heading_ar, outline.heading_en, ar, en, facts, recs))
        if key == "implementation":
            sections += [_group_section(g, data, n) for n, g in enumerate(data.groups)]
        elif key == "paragraphs":
            sections += [_paragraph_section(item, data) for item in data.items]
    return sections
