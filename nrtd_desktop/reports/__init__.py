"""The Qt-free PDF report engine: ``engine.ReportDocument`` renders a list of ``blocks``.

Nothing is imported here so that importing the package stays free: ReportLab and the Arabic text
libraries load when a report is first built (docs/design/PERFORMANCE.md).
"""
