"""The bilingual catalogue of the core's terms: every message table and every table of field
names, listed in one place and registered once, explicitly (issue 19).

Each area keeps its sentences beside its code as plain tables (``MESSAGE_TEXTS`` and the like);
importing a module registers nothing. The entry points (``app.open_services`` and
``app.open_reader``, ``ui.application.create_application``, the self-check, the command line through
``cli/catalogue.py``) and the tests call :func:`load` before anything is shown. The names of the
stored values (positions, statuses...) are in ``domain/labels.py``; the window's own sentences
go through Qt's translator.
"""

from __future__ import annotations

from collections.abc import Mapping

from nrtd_desktop.db import cipher, copy, deletions, migrate
from nrtd_desktop.domain import errors, priority
from nrtd_desktop.exchange import messages as exchange_messages
from nrtd_desktop.exporters import docx_report, protect
from nrtd_desktop.exporters import messages as exporter_messages
from nrtd_desktop.importers import messages as importer_messages
from nrtd_desktop.importers import writer_messages
from nrtd_desktop.reference import catalog
from nrtd_desktop.reports import common_report
from nrtd_desktop.reports import messages as report_messages
from nrtd_desktop.safety import encryption, keystore, recovery, unlock
from nrtd_desktop.safety import messages as safety_messages
from nrtd_desktop.services import (
    bulk,
    cluster_ops,
    links,
    plan_messages,
    register_query,
    reporting_calendar,
    similarity,
    suggestions,
    vocabulary,
)
from nrtd_desktop.services import messages as service_messages

Table = Mapping[str, tuple[str, str]]

# key -> (English, Arabic) templates, by area.
MESSAGE_TABLES: tuple[Table, ...] = (
    priority.MESSAGE_TEXTS,
    cipher.MESSAGE_TEXTS,
    copy.MESSAGE_TEXTS,
    deletions.MESSAGE_TEXTS,
    migrate.MESSAGE_TEXTS,
    catalog.MESSAGE_TEXTS,
    safety_messages.MESSAGE_TEXTS,
    encryption.MESSAGE_TEXTS,
    keystore.MESSAGE_TEXTS,
    recovery.MESSAGE_TEXTS,
    unlock.MESSAGE_TEXTS,
    importer_messages.MESSAGES,
    writer_messages.MESSAGES,
    exporter_messages.MESSAGES,
    docx_report.MESSAGE_TEXTS,
    protect.MESSAGE_TEXTS,
    exchange_messages.MESSAGE_TEXTS,
    exchange_messages.WARNING_TEXTS,
    report_messages.MESSAGE_TEXTS,
    bulk.MESSAGE_TEXTS,
    cluster_ops.MESSAGE_TEXTS,
    service_messages.DRAFT_TEXTS,
    links.MESSAGE_TEXTS,
    plan_messages.PLAN_MESSAGES,
    register_query.MESSAGE_TEXTS,
    service_messages.REPORT_DATA_TEXTS,
    reporting_calendar.MESSAGE_TEXTS,
    similarity.MESSAGE_TEXTS,
    suggestions.MESSAGE_TEXTS,
    vocabulary.MESSAGE_TEXTS,
)

# field -> (English, Arabic) names shown inside messages, by area; a later table names a field
# again only where it means it differently in its area (as the import did before).
FIELD_TABLES: tuple[Table, ...] = (
    priority.FIELD_TEXTS,
    importer_messages.FIELD_LABELS,
    writer_messages.FIELD_LABELS,
    exchange_messages.FIELD_TEXTS,
    common_report.FIELD_TEXTS,
    service_messages.DRAFT_FIELDS,
    plan_messages.PLAN_FIELDS,
    reporting_calendar.FIELD_TEXTS,
)
# Names the merge review needs for fields no area has named: added only where missing.
FALLBACK_FIELD_TABLES: tuple[Table, ...] = (exchange_messages.EXCHANGED_FIELDS,)

_loaded: list[Table] = []


def load(*more: Table, fields: tuple[Table, ...] = ()) -> None:
    """Register the core's tables (once) and any ``more`` message tables and ``fields`` tables
    of a caller (the command line's). A key registered twice with different text is refused."""
    if not _loaded:
        for table in MESSAGE_TABLES:
            errors.register_messages(table)
        for table in FIELD_TABLES:
            errors.register_field_labels(table)
        for table in FALLBACK_FIELD_TABLES:
            errors.register_field_labels({k: v for k, v in table.items() if k not in errors.FIELD_LABELS})
        _loaded.append(errors.MESSAGES)
    for table in more:
        errors.register_messages(table)
    for table in fields:
        errors.register_field_labels(table)
