"""Fixture notebooks for tests/test_report.py, not notebooks to test.

One of them fails on purpose and none stores outputs, so nbval (``make test``
runs ``pytest --nbval tests ...``) must not collect them.
"""

collect_ignore_glob = ["*.ipynb"]
