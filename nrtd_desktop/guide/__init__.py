"""The user guide (issue 27): chapters in Arabic and English, kept as Markdown in resources/guide.

Qt-free and database-free: the window shows the chapters (``ui/guide_window.py``), the report
engine prints them as the manual (``reports/manual.py``), and both read them through ``content``.
"""
