"""The speed benchmark (issue 11): ``python -m tests.bench``. Not part of the test run.

``build`` makes databases of realistic size and text (cached), ``texts`` supplies the words,
``measure`` times what a person waits for, ``window_probe`` runs the window in a child process,
``io_bench`` times import, export and the plan PDF, ``__main__`` prints one JSON object.
"""
