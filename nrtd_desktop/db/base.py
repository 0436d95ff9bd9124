"""The declarative base and the columns every shared record carries.

A *shared record* is one that committee members edit and exchange between laptops: it has a
UUID primary key (unique across laptops without coordination), a ``version`` counter that grows
with every change (exchange packages say which version an edit was based on), and who/when
stamps. The history listener in ``history.py`` keeps them up to date.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import DateTime, ForeignKey, Integer, MetaData, String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names make Alembic's batch migrations on SQLite (and PostgreSQL) predictable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


# The columns of a shared record that are stamps and keys rather than content: they are not
# history, not merged field by field, and not copied when a record is duplicated.
STAMP_COLUMNS = frozenset({"id", "version", "created_at", "updated_at", "created_by", "updated_by",
                           "updated_site"})
# Derived from content (the full-text shadow, the reference's sort key) and so never compared
# or exchanged either.
BOOKKEEPING_COLUMNS = STAMP_COLUMNS | {"search_text", "search_rowid", "reference_order"}


def refers_to(column: str) -> ForeignKey:
    """A reference from one committee record to another (revision 0006_deletion_sets).

    No ON DELETE action: a cascade inside the database removed a recommendation's actions,
    progress and challenges with no history, no tombstone and no way back, and a SET NULL
    changed other records without a version bump, so the exchange never carried it. Every
    deletion goes through ``db/deletions.py``, which deletes or detaches the dependents itself.
    Deferred: the check runs at commit, so a path that forgot a dependent fails whole instead
    of half-writing, whatever order the flush deletes in.
    """
    return ForeignKey(column, deferrable=True, initially="DEFERRED")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    if TYPE_CHECKING:  # every model here maps one table (DeclarativeBase says any FromClause)
        __table__: ClassVar[Table]


class SharedRecord:
    """Mixin: UUID key, version and stamps for every record that is edited and exchanged."""

    if TYPE_CHECKING:  # what Base gives each concrete record (SHARED_MODELS, history, exchange)
        __tablename__: str

        def __init__(self, **kwargs: Any) -> None: ...

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    updated_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    # The laptop (site) that made the last change: exchange uses it to tell whose edit it is.
    updated_site: Mapped[str] = mapped_column(String(36), nullable=False, default="")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # Every UPDATE and DELETE of a shared record says "WHERE version = <the version read>":
        # on a server two members saving the same record at once cannot both win; the second
        # finds no row (SQLAlchemy's StaleDataError, turned into a conflict by services/base.py).
        # The history listener still sets the new version (version_id_generator=False), as the
        # merge of a package must write the package's versions.
        return {"version_id_col": cls.version, "version_id_generator": False}
