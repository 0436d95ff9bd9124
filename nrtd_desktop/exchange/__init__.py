"""Exchange packages between laptops that share no network (issue 10).

A package is one ``.nrtdpkg`` file: a zip holding a readable manifest and encrypted parts (the
records it carries, each with the version it was based on, and the deletions). The receiver builds
a :class:`~nrtd_desktop.exchange.plan.MergePlan` before anything is written, the coordinator
resolves conflicts field by field, and :func:`~nrtd_desktop.exchange.apply.apply_plan` writes the
merge in one transaction after a snapshot. Qt-free: the window and the command line share it.

Modules: ``messages`` (bilingual errors), ``manifest``, ``crypto``, ``container`` (the zip),
``records`` (a row as exchanged data), ``store`` (per-peer bookkeeping tables), ``slices`` (what
an export carries), ``export``, ``plan`` (the three-way merge), ``apply``, ``snapshot``.
"""
