"""Suggested themes, affected groups and SDG targets for the recommendations of the register.

A record with an English text is read by the vocabulary's model (``analysis/label_model.py``:
shipped with the program, or retrained from the committee's own register by :meth:`train`). A
record with Arabic text only is suggested what its most similar *labelled* records carry (the
similarity index of ``services/similarity.py``, Arabic compared with Arabic), weighted by how
similar they are. A label the record has, or one the committee rejected for it, is never offered.

Accepting writes the link with the history origin ``suggestion`` and the person as actor ("suggested,
accepted by …"), the model and confidence in the history's detail; rejecting records the label in
``recommendation_rejected_suggestions`` (part of the record, so packages carry it). Nothing here
is computed at start-up: the models load on first use (numpy and scipy; scikit-learn only to train).
"""

from __future__ import annotations

import re
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from nrtd_desktop.atomic import atomic_write_bytes
from nrtd_desktop.db import suggestions as store
from nrtd_desktop.db.base import utcnow
from nrtd_desktop.db.models import Recommendation
from nrtd_desktop.domain.enums import ChangeOrigin
from nrtd_desktop.domain.errors import NrtdError, ValidationError
from nrtd_desktop.domain.lang import Lang
from nrtd_desktop.dto.register import RecommendationDetail
from nrtd_desktop.reference.catalog import get_catalog
from nrtd_desktop.services.base import Service

if TYPE_CHECKING:
    from nrtd_desktop.analysis.label_model import LabelModel

R = Recommendation
VOCABULARIES = ("themes", "groups", "sdg")
PER_RECORD = 5  # suggestions of one vocabulary shown for one record, best first
NEIGHBOURS = 10  # labelled records an Arabic-only text is compared with
NEIGHBOUR_PRIOR = 0.5  # similarity mass of "no label": few or weak neighbours give a low confidence
DEFAULT_NEIGHBOUR_THRESHOLD = 0.6
MIN_TRAINING_RECORDS = 200
MIN_TRAINING_GROUPS = 5

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "suggest.training_needs_sklearn": (
        "Training the suggestion models needs scikit-learn, which the installer leaves out to "
        "keep it small; install the program with its training part "
        "(pip install 'nrtd-desktop[train]') on the computer that trains, then copy the "
        "models it writes beside the database. Suggesting works without it.",
        "يحتاج تدريب نماذج الاقتراح إلى مكتبة scikit-learn، ولا يتضمنها برنامج التثبيت ليبقى "
        "صغيراً؛ ثبّت البرنامج مع جزء التدريب (pip install 'nrtd-desktop[train]') على الحاسوب "
        "الذي يدرّب، ثم انسخ النماذج التي يكتبها بجانب قاعدة البيانات. أما الاقتراح فيعمل بدونها.",
    ),
    "suggest.unknown_vocabulary": (
        "'{value}' is not a vocabulary of suggestions (themes, groups, sdg).",
        "«{value}» ليست من مفردات الاقتراحات (themes أو groups أو sdg).",
    ),
    "suggest.confidence": (
        "The confidence must be between 0 and 1 (for instance 0.8).",
        "يجب أن تكون درجة الثقة بين 0 و1 (مثلاً 0.8).",
    ),
    "suggest.too_few_labelled": (
        "Too few labelled recommendations to train the {vocabulary} model: {count} with an English text "
        "in {groups} sessions or documents; at least {needed} in {needed_groups} are needed.",
        "التوصيات المصنّفة أقل من أن يُدرَّب عليها نموذج {vocabulary}: التي لها نص إنجليزي {count}، "
        "وعدد دوراتها أو وثائقها {groups}؛ "
        "والمطلوب {needed} على الأقل من {needed_groups} دورات أو وثائق.",
    ),
    "suggest.model_unreadable": (
        "The {vocabulary} suggestion model in {path} cannot be read ({reason}); the program's own model "
        "is used instead.",
        "تعذّرت قراءة نموذج اقتراحات {vocabulary} في {path} ({reason})؛ استُعمل نموذج البرنامج بدلاً منه.",
    ),
}


@dataclass(frozen=True)
class Suggestion:
    """A label the program suggests for one record, with how sure it is (0-1)."""

    record_id: str
    reference: str
    vocabulary: str  # themes | groups | sdg
    key: str  # theme key, group key or SDG target code
    name_ar: str
    name_en: str
    confidence: float
    via: str  # "english": the model read the English text; "similar": similar labelled records
    sure: bool  # at or above the model's default threshold
    text_ar: str = ""  # the recommendation's texts, for the person deciding
    text_en: str = ""

    def text(self, lang: Lang) -> str:
        """The recommendation's text in ``lang``, else in the other language."""
        first, other = (self.text_ar, self.text_en) if lang == "ar" else (self.text_en, self.text_ar)
        return first or other

    def label(self, lang: Lang) -> str:
        return self.name_ar if lang == "ar" else self.name_en


@dataclass(frozen=True)
class ModelInfo:
    vocabulary: str
    source: str  # "shipped" | "committee"
    trained_at: str
    trained_on: str
    threshold: float
    labels: int
    figures: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ApplyResult:
    suggestions: int  # accepted
    records: int  # records changed
    seconds: float


def _check_vocabulary(name: str) -> str:
    if name not in VOCABULARIES:
        raise ValidationError("suggest.unknown_vocabulary", field="vocabulary", value=name)
    return name


def _check_confidence(value: float | None) -> float | None:
    if value is not None and not 0 <= value <= 1:
        raise ValidationError("suggest.confidence", field="min_confidence")
    return value


def label_names() -> dict[str, dict[str, tuple[str, str]]]:
    """vocabulary -> key -> (Arabic, English) name."""
    catalog = get_catalog()
    return {
        "themes": {t.key: (t.name_ar, t.name_en) for t in catalog.themes()},
        "groups": {g.key: (g.name_ar, g.name_en) for g in catalog.affected_groups()},
        # the code kept left to right inside the Arabic caption («16.a», not «a.16»)
        "sdg": {
            t.code: (f"\u2066{t.code}\u2069 - {t.label('ar')}", t.caption("en"))
            for t in catalog.sdg_targets()
        },
    }


class SuggestionService(Service):
    def __init__(self, context: Any, similarity: Callable[[], Any] | None = None) -> None:
        """``similarity``: gives the register's similarity service (shared with the window's
        similar-records panel, so the index is built once)."""
        super().__init__(context)
        self._similarity_service = similarity
        self._lock = threading.Lock()
        self._models: dict[str, tuple[LabelModel, str]] = {}
        self.warnings: list[ValidationError] = []

    # -- the models ----------------------------------------------------------------------------
    def committee_model_path(self, vocabulary: str) -> Path | None:
        """Where :meth:`train` keeps the committee's model: beside the database file; for a
        server's database (whose name is no path) in this member's data folder, named after the
        server and the database."""
        url = self.context.engine.url
        database = url.database
        if not database or database == ":memory:":
            return None
        if self.context.engine.dialect.name != "sqlite":
            from nrtd_desktop.paths import data_dir

            name = "-".join(re.sub(r"[^A-Za-z0-9_.]+", "_", str(part))
                            for part in (url.host or "local", url.port or "", database) if part != "")
            return data_dir() / "models" / f"{name}.{vocabulary}.nrtdmodel"
        path = Path(database)
        return path.parent / "models" / f"{path.stem}.{vocabulary}.nrtdmodel"

    def model(self, vocabulary: str) -> LabelModel:
        """The committee's model of ``vocabulary`` if it trained one, else the program's."""
        return self._model(vocabulary)[0]

    def _model(self, vocabulary: str) -> tuple[LabelModel, str]:
        from nrtd_desktop.analysis.label_model import LabelModel, shipped_path

        _check_vocabulary(vocabulary)
        with self._lock:
            if vocabulary not in self._models:
                own = self.committee_model_path(vocabulary)
                loaded: tuple[LabelModel, str] | None = None
                if own is not None and own.exists():
                    try:
                        loaded = (LabelModel.load(own), "committee")
                    except ValueError as error:
                        self.warnings.append(
                            ValidationError(
                                "suggest.model_unreadable",
                                vocabulary=vocabulary,
                                path=str(own),
                                reason=str(error),
                            )
                        )
                self._models[vocabulary] = loaded or (LabelModel.load(shipped_path(vocabulary)), "shipped")
            return self._models[vocabulary]

    def models(self) -> list[ModelInfo]:
        result = []
        for vocabulary in VOCABULARIES:
            model, source = self._model(vocabulary)
            result.append(
                ModelInfo(
                    vocabulary,
                    source,
                    model.trained_at,
                    model.trained_on,
                    model.threshold,
                    len(model.labels),
                    model.figures,
                )
            )
        return result

    def threshold(self, vocabulary: str) -> float:
        return self.model(vocabulary).threshold

    # -- suggesting ----------------------------------------------------------------------------
    def suggest(
        self,
        ids: Sequence[str] | None = None,
        vocabularies: Iterable[str] = VOCABULARIES,
        min_confidence: float | None = None,
        per_record: int = PER_RECORD,
    ) -> list[Suggestion]:
        """Suggestions for the records ``ids`` (every record when None), best first per record and
        vocabulary. ``min_confidence``: the lowest shown (default: each model's threshold)."""
        _check_confidence(min_confidence)
        chosen = [_check_vocabulary(v) for v in vocabularies]
        with self.context.read() as session:
            query = select(R.id, R.reference, R.text_ar, R.text_en)
            rows = [tuple(r) for r in session.execute(query)] if ids is None else _rows_of(session, ids)
            connection = session.connection()
            have = {v: store.links_of(connection, v, [r[0] for r in rows]) for v in chosen}
            rejected = store.rejected_of(connection, [r[0] for r in rows])
        english = [r for r in rows if (r[3] or "").strip()]
        arabic_only = [r for r in rows if not (r[3] or "").strip() and (r[2] or "").strip()]
        names = label_names()
        result: list[Suggestion] = []
        counts = _gram_counts(english)
        for vocabulary in chosen:
            model = self.model(vocabulary)
            floor = model.threshold if min_confidence is None else min_confidence
            probabilities = model.probabilities_of_counts(counts) if english else None
            scored: list[tuple[tuple[Any, ...], Any, str, float]] = []
            if probabilities is not None:
                scored.append((tuple(english), probabilities, "english", model.threshold))
            if arabic_only:
                neighbour_threshold = float(
                    model.figures.get("neighbours", {}).get("threshold", DEFAULT_NEIGHBOUR_THRESHOLD)
                )
                labels, transferred = self._transfer(vocabulary, [r[0] for r in arabic_only])
                scored.append((tuple(arabic_only), (labels, transferred), "similar", neighbour_threshold))
            for records, scores, via, sure_at in scored:
                if via == "english":
                    label_list = model.labels
                    matrix = scores
                else:
                    label_list, matrix = scores
                result.extend(
                    _pick(
                        records,
                        label_list,
                        matrix,
                        vocabulary,
                        via,
                        floor,
                        sure_at,
                        per_record,
                        have[vocabulary],
                        rejected,
                        names[vocabulary],
                    )
                )
        order = {v: i for i, v in enumerate(VOCABULARIES)}
        position = {r[0]: i for i, r in enumerate(rows)}
        result.sort(key=lambda s: (position[s.record_id], order[s.vocabulary], -s.confidence, s.key))
        return result

    def for_text(
        self,
        text_ar: str,
        text_en: str,
        vocabularies: Iterable[str] = VOCABULARIES,
        min_confidence: float | None = None,
        per_record: int = PER_RECORD,
        exclude: dict[str, set[str]] | None = None,
        record_id: str | None = None,
    ) -> list[Suggestion]:
        """Suggestions for a text being typed (a new recommendation in the editor): the model on
        the English text. An Arabic text alone gets none here: it is compared with the labelled
        records once saved (the similarity index holds saved records only)."""
        _check_confidence(min_confidence)
        exclude = {v: set(keys) for v, keys in (exclude or {}).items()}
        reference = ""
        if record_id is not None:  # a saved record's text being edited: what was rejected stays out
            with self.context.read() as session:
                reference = session.scalar(select(R.reference).where(R.id == record_id)) or ""
                for vocabulary, label in store.rejected_of(session.connection(), [record_id]).get(
                    record_id, ()
                ):
                    exclude.setdefault(vocabulary, set()).add(label)
        names = label_names()
        result: list[Suggestion] = []
        for vocabulary in [_check_vocabulary(v) for v in vocabularies]:
            model = self.model(vocabulary)
            floor = model.threshold if min_confidence is None else min_confidence
            key = record_id or ""
            have = {key: set(exclude.get(vocabulary, set()))}
            if text_en.strip():
                scores = model.probabilities_of_counts(_gram_counts([("", "", "", text_en)]))
                result.extend(
                    _pick(
                        ((key, reference, text_ar, text_en),),
                        model.labels,
                        scores,
                        vocabulary,
                        "english",
                        floor,
                        model.threshold,
                        per_record,
                        have,
                        {},
                        names[vocabulary],
                    )
                )
        return result

    def _labelled(self, vocabulary: str) -> dict[str, set[str]]:
        with self.context.read() as session:
            connection = session.connection()
            table, column, _field = store.LINK_TABLES[vocabulary]
            found: dict[str, set[str]] = defaultdict(set)
            for rec_id, label in connection.execute(select(table.c.recommendation_id, table.c[column])):
                found[rec_id].add(str(label))
        return found

    def _transfer(self, vocabulary: str, ids: list[str]) -> tuple[list[str], Any]:
        """Labels of the most similar labelled records, for records with Arabic text only."""
        import numpy as np

        index = self._similarity_index()
        arabic = index.languages["ar"]
        local = arabic.local_positions(len(index.ids))
        queries = [local[index.position[i]] if i in index.position else -1 for i in ids]
        return self._transfer_rows(vocabulary, index, np.asarray(queries), ids)

    def _transfer_rows(
        self, vocabulary: str, index: Any, queries: Any, ids: list[str]
    ) -> tuple[list[str], Any]:
        import numpy as np
        import scipy.sparse as sp

        from nrtd_desktop.analysis.label_model import transfer_labels

        labelled = self._labelled(vocabulary)
        arabic = index.languages["ar"]
        local = arabic.local_positions(len(index.ids))
        candidates = [
            (local[index.position[r]], r)
            for r in labelled
            if r in index.position and local[index.position[r]] >= 0
        ]
        labels = sorted({label for _pos, r in candidates for label in labelled[r]})
        result = np.zeros((len(ids), len(labels)), dtype=np.float32)
        usable = np.flatnonzero(queries >= 0)
        if not candidates or not len(usable):
            return labels, result
        column = {label: j for j, label in enumerate(labels)}
        truth = np.zeros((len(candidates), len(labels)), dtype=np.float32)
        for i, (_pos, r) in enumerate(candidates):
            for label in labelled[r]:
                truth[i, column[label]] = 1.0
        matrix = arabic.matrix[[pos for pos, _r in candidates]]
        similarities = sp.csr_matrix(arabic.matrix[queries[usable]] @ matrix.T).tolil()
        own = {r: i for i, (_pos, r) in enumerate(candidates)}
        for row, q in enumerate(usable):  # a record is not its own neighbour
            if ids[q] in own:
                similarities[row, own[ids[q]]] = 0.0
        similarities = similarities.tocsr()
        result[usable] = transfer_labels(similarities, truth, NEIGHBOURS, prior=NEIGHBOUR_PRIOR)
        return labels, result

    def _similarity_index(self) -> Any:
        from nrtd_desktop.services.similarity import SimilarityService

        if self._similarity_service is None:
            own = SimilarityService(self.context)
            self._similarity_service = lambda: own
        return self._similarity_service().index()

    # -- accepting and rejecting ---------------------------------------------------------------
    def _history(self, detail: str = "") -> dict[str, Any]:
        actor = self.context.actor
        return {
            "at": utcnow(),
            "actor": actor.name,
            "actor_entity": actor.entity,
            "site_id": actor.site_id,
            "origin": ChangeOrigin.SUGGESTION.value,
            "origin_detail": detail,
        }

    def accept(self, chosen: Iterable[Suggestion]) -> int:
        """Link each suggestion's label to its record; returns how many records changed."""
        by_vocabulary: dict[str, dict[str, list[Suggestion]]] = defaultdict(lambda: defaultdict(list))
        for suggestion in chosen:
            by_vocabulary[_check_vocabulary(suggestion.vocabulary)][suggestion.record_id].append(suggestion)
        changed: set[str] = set()
        with self.context.write(ChangeOrigin.SUGGESTION) as session:
            connection = session.connection()
            for vocabulary, records in by_vocabulary.items():
                model = self.model(vocabulary)
                before = store.links_of(connection, vocabulary, records)
                store.add_links(
                    connection,
                    vocabulary,
                    {rec_id: [s.key for s in items] for rec_id, items in records.items()},
                    self._history(),
                    {rec_id: _detail(vocabulary, model, items) for rec_id, items in records.items()},
                )
                changed.update(
                    rec_id
                    for rec_id, items in records.items()
                    if {s.key for s in items} - before.get(rec_id, set())
                )
        return len(changed)

    def reject(self, chosen: Iterable[Suggestion]) -> int:
        """Record that these suggestions are wrong: they are not offered again for their records."""
        triples = [(s.record_id, _check_vocabulary(s.vocabulary), s.key) for s in chosen]
        with self.context.write(ChangeOrigin.SUGGESTION) as session:
            return store.add_rejections(session.connection(), triples, self._history("rejected"))

    def save_edit(
        self,
        record_id: str,
        changes: dict[str, Any],
        expected_version: int | None,
        accepted: Sequence[Suggestion] = (),
        rejected: Sequence[Suggestion] = (),
    ) -> RecommendationDetail:
        """The editor's save of a record whose suggestions the person accepted or rejected: in one
        transaction, the accepted labels (history: suggested, accepted by the person), the
        rejections, then the person's own changes (history: typed here). Returns the detail."""
        from nrtd_desktop.domain.errors import StaleRecordError
        from nrtd_desktop.services.recommendations import INPUT_FIELDS, apply_changes

        unknown = set(changes) - INPUT_FIELDS
        if unknown:
            raise ValidationError(
                "validation.invalid_choice", field="field", value=", ".join(sorted(unknown))
            )
        with self.context.write() as session:
            version, reference = session.execute(
                select(R.version, R.reference).where(R.id == record_id)
            ).one()
            if expected_version is not None and version != expected_version:
                raise StaleRecordError("recommendation", reference)
            connection = session.connection()
            for vocabulary in VOCABULARIES:
                items = [s for s in accepted if s.vocabulary == vocabulary and s.record_id == record_id]
                if items:
                    store.add_links(
                        connection,
                        vocabulary,
                        {record_id: [s.key for s in items]},
                        self._history(_detail(vocabulary, self.model(vocabulary), items)),
                    )
            mine = [
                (record_id, _check_vocabulary(s.vocabulary), s.key)
                for s in rejected
                if s.record_id == record_id
            ]
            if mine:
                store.add_rejections(connection, mine, self._history("rejected"))
            record = session.get(R, record_id)
            if changes:
                assert record is not None  # its version was read above, in this transaction
                apply_changes(session, record, changes, creating=False)
        from nrtd_desktop.services.recommendations import RecommendationService

        return RecommendationService(self.context).get(record_id)

    def apply(
        self,
        ids: Sequence[str] | None = None,
        vocabularies: Iterable[str] = VOCABULARIES,
        min_confidence: float | None = None,
    ) -> ApplyResult:
        """Accept every suggestion at or above ``min_confidence`` (default: each model's threshold)."""
        started = time.perf_counter()
        found = self.suggest(ids, vocabularies, min_confidence)
        records = self.accept(found) if found else 0
        return ApplyResult(len(found), records, round(time.perf_counter() - started, 3))

    # -- training from the register -----------------------------------------------------------------
    def training_data(self, vocabulary: str) -> Any:
        """The register's labelled records of ``vocabulary`` with an English text, as a Dataset."""
        from nrtd_desktop.analysis.label_training import Dataset
        from nrtd_desktop.domain.stemming import stem_text

        labelled = self._labelled(_check_vocabulary(vocabulary))
        with self.context.read() as session:
            rows = _rows_of(session, list(labelled), (R.session, R.document_symbol, R.cycle))
        stems, labels, groups = [], [], []
        for rec_id, reference, _ar, text_en, session_name, symbol, cycle in rows:
            if not (text_en or "").strip():
                continue
            stems.append(stem_text(text_en))
            labels.append(frozenset(labelled[rec_id]))
            groups.append(str(session_name or symbol or cycle or reference))
        return Dataset(stems, labels, groups)

    def train(
        self,
        vocabularies: Iterable[str] = VOCABULARIES,
        progress: Callable[[str, int, int], None] | None = None,
    ) -> list[ModelInfo]:
        """Train each vocabulary's model on the committee's labelled register (split by session or
        document), evaluate it on held-out groups, and keep it beside the database."""
        import importlib.util

        if importlib.util.find_spec("sklearn") is None:  # the installed program leaves it out (issue 25)
            raise NrtdError("suggest.training_needs_sklearn")
        from nrtd_desktop.analysis.label_training import train_and_evaluate

        chosen = [_check_vocabulary(v) for v in vocabularies]
        datasets = {}
        for vocabulary in chosen:
            data = self.training_data(vocabulary)
            groups = len(set(data.groups))
            if len(data) < MIN_TRAINING_RECORDS or groups < MIN_TRAINING_GROUPS:
                raise ValidationError(
                    "suggest.too_few_labelled",
                    field="vocabulary",
                    vocabulary=vocabulary,
                    count=len(data),
                    groups=groups,
                    needed=MIN_TRAINING_RECORDS,
                    needed_groups=MIN_TRAINING_GROUPS,
                )
            datasets[vocabulary] = data
        result = []
        for vocabulary, data in datasets.items():
            path = self.committee_model_path(vocabulary)
            described = f"the committee's register: {len(data)} labelled recommendations"
            model = train_and_evaluate(
                data,
                vocabulary,
                described,
                (lambda d, t, v=vocabulary: progress(v, d, t)) if progress else None,
            )
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                atomic_write_bytes(path, model.to_bytes())
            with self._lock:
                self._models[vocabulary] = (model, "committee")
            result.append(
                ModelInfo(
                    vocabulary,
                    "committee",
                    model.trained_at,
                    model.trained_on,
                    model.threshold,
                    len(model.labels),
                    model.figures,
                )
            )
        return result


def _rows_of(session: Any, ids: Sequence[str], extra: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    rows: dict[str, tuple[Any, ...]] = {}
    wanted = list(dict.fromkeys(ids))
    for start in range(0, len(wanted), 900):
        for row in session.execute(
            select(R.id, R.reference, R.text_ar, R.text_en, *extra).where(
                R.id.in_(wanted[start : start + 900])
            )
        ):
            rows[row[0]] = tuple(row)
    return [rows[i] for i in wanted if i in rows]


def _gram_counts(rows: Sequence[tuple[Any, ...]]) -> list[Any]:
    from nrtd_desktop.analysis.label_model import gram_counts
    from nrtd_desktop.domain.stemming import stem_text

    return [gram_counts(stem_text(r[3])) for r in rows]


def _pick(
    records: Sequence[tuple[Any, ...]],
    labels: list[str],
    scores: Any,
    vocabulary: str,
    via: str,
    floor: float,
    sure_at: float,
    per_record: int,
    have: dict[str, set[str]],
    rejected: dict[str, set[tuple[str, str]]],
    names: dict[str, tuple[str, str]],
) -> list[Suggestion]:
    import numpy as np

    result: list[Suggestion] = []
    if not labels:
        return result
    # Compared as shown (three decimals): a suggestion listed at 0.950 is accepted at 0.95.
    scores = np.round(np.asarray(scores, dtype=np.float64), 3)
    rows, cols = np.nonzero(scores >= max(floor, 1e-6))
    by_row: dict[int, list[int]] = defaultdict(list)
    for row, col in zip(rows.tolist(), cols.tolist(), strict=True):
        by_row[row].append(col)
    for row, columns in by_row.items():
        rec_id, reference = records[row][0], records[row][1]
        owned = have.get(rec_id, set())
        turned_down = rejected.get(rec_id, set())
        columns.sort(key=lambda c: (-float(scores[row, c]), labels[c]))
        kept = 0
        for col in columns:
            key = labels[col]
            if key in owned or (vocabulary, key) in turned_down or key not in names:
                continue
            confidence = round(float(scores[row, col]), 3)
            name_ar, name_en = names[key]
            result.append(
                Suggestion(
                    rec_id,
                    reference,
                    vocabulary,
                    key,
                    name_ar,
                    name_en,
                    confidence,
                    via,
                    confidence >= sure_at,
                    records[row][2] or "",
                    records[row][3] or "",
                )
            )
            kept += 1
            if kept >= per_record:
                break
    return result


def _detail(vocabulary: str, model: Any, items: list[Suggestion]) -> str:
    """The history's detail: which model suggested what, how sure it was."""
    how = "similar records" if all(s.via == "similar" for s in items) else f"model of {model.trained_at}"
    parts = "; ".join(f"{s.key} {s.confidence:.2f}" for s in sorted(items, key=lambda s: -s.confidence))
    return f"suggested ({vocabulary}, {how}): {parts}"
