"""Benchmark databases of any size, built fast and cached.

The schema and the reference data come from the program itself (``app.open_services`` migrates a
new file and syncs the reference tables); the register is then written with SQLAlchemy Core bulk
inserts and ``fts.index_rows``, the way an import writes, not one ORM object per row. A built file
is cached under the work folder, keyed by size, the builder's version and the schema revision.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select

from nrtd_desktop.db import fts
from nrtd_desktop.db.models import (
    Action,
    AffectedGroup,
    Cluster,
    Document,
    Entity,
    ProgressUpdate,
    Recommendation,
    SdgTarget,
    State,
    Theme,
    recommendation_groups,
    recommendation_sdg_targets,
    recommendation_states,
    recommendation_supporting_entities,
    recommendation_themes,
)
from nrtd_desktop.domain.references import reference_order
from nrtd_desktop.domain.stemming import index_words, words_of

BUILDER_VERSION = 1
TODAY = date(2026, 11, 29)
CHUNK = 20_000
BODIES_TB = ("CCPR", "CESCR", "CERD", "CEDAW", "CAT", "CRC", "CMW", "CRPD", "CED")
STATUSES = ("not_started", "in_progress", "partially_implemented", "implemented")
ACTION_STATUSES = ("not_started", "in_progress", "completed", "cancelled")
ENTITIES = (
    ("HRC", "هيئة حقوق الإنسان", "Human Rights Commission"),
    ("MOJ", "وزارة العدل", "Ministry of Justice"),
    ("MOFA", "وزارة الخارجية", "Ministry of Foreign Affairs"),
    ("HRSD", "وزارة الموارد البشرية والتنمية الاجتماعية",
     "Ministry of Human Resources and Social Development"),
    ("MOE", "وزارة التعليم", "Ministry of Education"),
    ("MOH", "وزارة الصحة", "Ministry of Health"),
    ("MOI", "وزارة الداخلية", "Ministry of Interior"),
    ("PP", "النيابة العامة", "Public Prosecution"),
    ("FAC", "مجلس شؤون الأسرة", "Family Affairs Council"),
    ("GASTAT", "الهيئة العامة للإحصاء", "General Authority for Statistics"),
    ("NSHR", "الجمعية الوطنية لحقوق الإنسان", "National Society for Human Rights"),
    ("MOMRA", "وزارة الشؤون البلدية", "Ministry of Municipal Affairs"),
)
CLUSTER_COUNT = 40


def default_workdir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "nrtd-bench"


def cache_name(size: int, actions_per: int | None = None) -> str:
    from nrtd_desktop.db.migrate import head_revision
    from nrtd_desktop.domain.stemming import ANALYSIS_VERSION

    plan = "" if actions_per is None else f"-a{actions_per}"
    return f"register-{size}{plan}-v{BUILDER_VERSION}-{head_revision()}-s{ANALYSIS_VERSION}.sqlite"


# Issue 26: ``--encrypted`` measures the same databases encrypted with SQLCipher (this variable set
# for the children); their key is in the benchmark's keyring (bench/keyring_file.py).
ENCRYPTED_ENV = "NRTD_BENCH_ENCRYPTED"
BENCH_PASSPHRASE = "the benchmark committee's passphrase"


def encrypted_runs() -> bool:
    return os.environ.get(ENCRYPTED_ENV) == "1"


def new_database_key() -> Any:
    """The key a database made during a run is created with (None: plain)."""
    if not encrypted_runs():
        return None
    from nrtd_desktop.db import cipher

    return cipher.new_key(BENCH_PASSPHRASE)


def unlock_for_bench(path: Path) -> None:
    """Hold the key of an encrypted bench database as the program does at start: the keyring."""
    from nrtd_desktop.safety import unlock

    if unlock.needs_unlock(path) and unlock.without_asking(path) is None:
        unlock.with_passphrase(path, BENCH_PASSPHRASE)


def encrypted_copy(plain: Path, log: Any = print) -> Path:
    """The encrypted twin of the cached plain database (made once: copied, then converted by the
    program's own ``nrtd encrypt`` path), its key remembered in the benchmark's keyring."""
    from nrtd_desktop.safety import encryption

    target = plain.with_name(plain.stem + "-encrypted.sqlite")
    if target.exists():
        unlock_for_bench(target)
        return target
    partial = plain.with_name(plain.stem + "-encrypting.sqlite")
    for leftover in plain.parent.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    shutil.copyfile(plain, partial)
    encryption.encrypt_database(partial, BENCH_PASSPHRASE, backup_folder=plain.parent / "encrypted-backups",
                                remember=True)
    for suffix in ("-wal", "-shm", ".recovery"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    shutil.move(partial, target)
    log(f"encrypted {target.name} in {time.perf_counter() - started:.1f} s")
    return target


def cached_database(workdir: Path, size: int, actions_per: int | None = None,
                    log: Any = print) -> Path:
    """The path of a built database of ``size`` recommendations, built now if not cached (its
    encrypted twin when the benchmark runs encrypted)."""
    plain = _cached_plain(workdir, size, actions_per, log)
    return encrypted_copy(plain, log) if encrypted_runs() else plain


def _cached_plain(workdir: Path, size: int, actions_per: int | None, log: Any) -> Path:
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / cache_name(size, actions_per)
    if path.exists():
        return path
    partial = path.with_suffix(".building")
    for leftover in workdir.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    build_database(partial, size, actions_per=actions_per)
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    shutil.move(partial, path)
    log(f"built {path.name} in {time.perf_counter() - started:.1f} s")
    return path


def _stamps() -> dict[str, Any]:
    now = datetime.now(UTC)
    return {"version": 1, "created_at": now, "updated_at": now, "created_by": "bench", "updated_by": "bench",
            "updated_site": ""}


def _ids(rng: random.Random, count: int) -> list[str]:
    """UUID-shaped keys from the seeded generator (uuid4 would cost a system call per row)."""
    return [f"{rng.getrandbits(128):032x}" for _ in range(count)]


def _uuid(raw: str) -> str:
    return f"{raw[:8]}-{raw[8:12]}-4{raw[13:16]}-a{raw[17:20]}-{raw[20:32]}"


def build_database(path: Path, size: int, *, actions_per: int | None = None, seed: int = 11,
                   english_limit: int | None = 12000) -> None:
    """Write ``size`` recommendations (and their links, actions and progress) into a new file.

    ``actions_per``: every recommendation gets that many actions (the plan report's case); by
    default about one in twelve recommendations has one to three actions, each with progress.
    """
    from nrtd_desktop.app import open_services
    from tests.bench.texts import TextMaker

    services = open_services(path, auto_backup=False, today=TODAY)
    try:
        with services.context.engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA cache_size=-200000")
            _write(connection, size, actions_per, seed, TextMaker(seed, english_limit))
            connection.exec_driver_sql("ANALYZE")
    finally:
        services.close()
    with sqlite3.connect(path) as raw:  # fold the WAL into the file so the cache is one file
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _insert(connection: Any, table: Table, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), CHUNK):
        connection.execute(table.insert(), rows[start:start + CHUNK])


def _write(connection: Any, size: int, actions_per: int | None, seed: int, texts: Any) -> None:
    rng = random.Random(seed)
    stamps = _stamps()
    themes = list(connection.scalars(select(Theme.key)))
    groups = list(connection.scalars(select(AffectedGroup.key)))
    targets = list(connection.scalars(select(SdgTarget.code)))
    states = list(connection.scalars(select(State.alpha3)))

    entity_rows = [{"id": _uuid(k), **stamps, "code": code, "name_ar": ar, "name_en": en, "kind": "ministry",
                    "notes": ""}
                   for k, (code, ar, en) in zip(_ids(rng, len(ENTITIES)), ENTITIES, strict=True)]
    _insert(connection, Entity.__table__, entity_rows)
    entity_ids = [row["id"] for row in entity_rows]
    cluster_rows = []
    for n, key in enumerate(_ids(rng, CLUSTER_COUNT)):
        name_ar = texts.short_arabic()
        cluster_rows.append({"id": _uuid(key), **stamps, "name_ar": f"{name_ar} {n + 1}",
                             "name_en": f"Cluster {n + 1}", "description_ar": "", "description_en": "",
                             "lead_entity_id": rng.choice(entity_ids)})
    _insert(connection, Cluster.__table__, cluster_rows)
    cluster_ids = [row["id"] for row in cluster_rows]

    documents: dict[str, dict[str, Any]] = {}
    recs: list[dict[str, Any]] = []
    links: dict[Table, list[dict[str, Any]]] = {t: [] for t in (
        recommendation_themes, recommendation_groups, recommendation_sdg_targets, recommendation_states,
        recommendation_supporting_entities)}
    index: list[tuple[int, str]] = []
    for n, key in enumerate(_ids(rng, size)):
        rec_id = _uuid(key)
        draw = rng.random()
        if draw < 0.6:
            mechanism, body, cycle = "UPR", "UPR", 1 + n % 4
            session = str(1 + (n // 150) % 45)
            symbol = f"A/HRC/{10 + cycle * 9}/{(n // 150) % 60 + 1}"
            reference = f"UPR-{cycle}-{session}-{n + 1}"
            position = rng.choice(("supported", "supported", "noted", "supported_in_part", "pending"))
        elif draw < 0.9:
            mechanism, body, cycle, session = "TB", BODIES_TB[n % len(BODIES_TB)], None, None
            symbol = f"{body}/C/{(n // 40) % 190 + 1}/CO/{n % 6 + 1}"
            reference = f"{body}-{n + 1}"
            position = None
        else:
            mechanism, body, cycle, session = "SP", "SP", None, None
            symbol = f"A/HRC/{20 + n % 35}/{n % 70 + 1}/Add.{n % 3 + 1}"
            reference = f"SP-{n + 1}"
            position = None
        published = date(2008, 1, 1) + timedelta(days=(n * 37) % 6500)
        if symbol not in documents:
            documents[symbol] = {"id": _uuid(f"{rng.getrandbits(128):032x}"), **stamps, "symbol": symbol,
                                 "body_code": body, "title_ar": "", "title_en": "", "date": published,
                                 "cycle": cycle, "session": session}
        text_en, words_en = texts.english_text()
        text_ar, words_ar = texts.arabic_text() if rng.random() < 0.8 else ("", [])
        search = index_words(words_of(reference) + words_of(symbol) + words_ar + words_en)
        rowid = n + 1
        priority = rng.choice((None, None, None, "high", "medium", "low"))
        recs.append({
            "id": rec_id, **stamps, "reference": reference, "reference_order": reference_order(reference),
            "mechanism": mechanism, "body_code": body,
            "document_id": documents[symbol]["id"], "document_symbol": symbol, "publication_date": published,
            "cycle": cycle, "session": session, "paragraph": str(n % 180 + 1), "text_ar": text_ar,
            "text_en": text_en, "annotation_type": "recommendation", "position": position,
            "position_source": None, "action_category": rng.randint(1, 5), "priority": priority,
            "priority_score": None, "priority_overridden": False, "priority_reason": None,
            "priority_judgement": None,
            "status": rng.choice(STATUSES), "status_overridden": False, "status_override_reason": None,
            "follow_up": False, "follow_up_due": None, "notes": "",
            "cluster_id": rng.choice(cluster_ids) if rng.random() < 0.03 else None,
            "lead_entity_id": rng.choice(entity_ids) if rng.random() < 0.35 else None,
            "source_format": None, "source_key": None, "search_text": search, "search_rowid": rowid,
        })
        index.append((rowid, search))
        for key_name, table, pool, most in (("theme_key", recommendation_themes, themes, 3),
                                             ("group_key", recommendation_groups, groups, 2),
                                             ("target_code", recommendation_sdg_targets, targets, 2)):
            for value in set(rng.sample(pool, rng.randint(0 if most < 3 else 1, most))):
                links[table].append({"recommendation_id": rec_id, key_name: value})
        if mechanism == "UPR":
            links[recommendation_states].append(
                {"recommendation_id": rec_id, "state_alpha3": rng.choice(states)})
        if rng.random() < 0.1:
            links[recommendation_supporting_entities].append(
                {"recommendation_id": rec_id, "entity_id": rng.choice(entity_ids)})
    _insert(connection, Document.__table__, list(documents.values()))
    columns = {c.name for c in Recommendation.__table__.columns}
    _insert(connection, Recommendation.__table__,
            [{k: v for k, v in r.items() if k in columns} for r in recs])
    for table, rows in links.items():
        _insert(connection, table, rows)
    fts.index_rows(connection, index)
    _write_plan(connection, rng, recs, entity_ids, actions_per, texts, stamps)


def _write_plan(connection: Any, rng: random.Random, recs: list[dict[str, Any]], entity_ids: list[str],
                actions_per: int | None, texts: Any, stamps: dict[str, Any]) -> None:
    actions: list[dict[str, Any]] = []
    progress: list[dict[str, Any]] = []
    for rec in recs:
        if actions_per is None and rng.random() >= 1 / 12:
            continue
        for k in range(actions_per or rng.randint(1, 3)):
            action_id = _uuid(f"{rng.getrandbits(128):032x}")
            start = TODAY - timedelta(days=rng.randint(30, 900))
            status = rng.choice(ACTION_STATUSES[:3])
            actions.append({
                "id": action_id, **stamps, "recommendation_id": rec["id"], "cluster_id": None,
                "sort_order": k,
                "title_ar": texts.short_arabic(), "title_en": "", "description_ar": "", "description_en": "",
                "lead_entity_id": rng.choice(entity_ids), "start_date": start,
                "end_date": start + timedelta(days=rng.randint(90, 900)), "status": status, "budget": "",
                "expected_output_ar": "", "expected_output_en": "",
            })
            if status != "not_started":
                progress.append({
                    "id": _uuid(f"{rng.getrandbits(128):032x}"), **stamps, "action_id": action_id,
                    "indicator_id": None, "reported_on": start + timedelta(days=60),
                    "narrative_ar": texts.short_arabic(), "narrative_en": "",
                    "percent": 100 if status == "completed" else rng.randint(10, 90), "evidence": "",
                    "entity_id": None, "reporter": "bench",
                })
    _insert(connection, Action.__table__, _fit(Action.__table__, actions))
    _insert(connection, ProgressUpdate.__table__, _fit(ProgressUpdate.__table__, progress))


def _fit(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows limited to the table's columns, with defaults for columns added by later revisions."""
    names = {c.name for c in table.columns}
    return list(_filled(table, names, rows))


def _filled(table: Table, names: set[str], rows: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    missing = [c for c in table.columns if c.name not in rows[0]] if rows else []
    for row in rows:
        out = {k: v for k, v in row.items() if k in names}
        for column in missing:
            default = getattr(column.default, "arg", None)  # None: the column has no default
            out[column.name] = default if default is not None and not callable(default) else None
        yield out
