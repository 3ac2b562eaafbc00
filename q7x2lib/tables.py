"""Reading the project's data tables (lexicons, rules), with errors that name the file."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .errors import LexiconError


def read_table(path: str | Path, required: list[str], what: str) -> pd.DataFrame:
    """Read a CSV data table as strings (empty cells are ``""``).

    Args:
        path: The CSV file (UTF-8, with or without BOM).
        required: Columns the table must have.
        what: What the table is, for messages ("actor table", "boilerplate rules").

    Raises:
        LexiconError: the file cannot be read or lacks a required column;
            the message names the file.

    Examples:
        >>> from q7x2lib import config
        >>> read_table(config.LEXICON_DIR / "topics.csv", ["topic_id"], "topics table").shape[0] > 0
        True
    """
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise LexiconError(f"{path}: cannot read the {what} ({exc})") from None
    missing = [c for c in required if c not in table]
    if missing:
        raise LexiconError(f"{path}: the {what} lacks column(s) {missing}")
    return table


class LastTableCache:
    """Keep what was built from the table object given last (a compiled pattern).

    DataFrames are not hashable, so ``functools.lru_cache`` cannot key on
    them; this cache holds one entry and checks identity, so a new or changed
    table object is built again.

    Examples:
        >>> cache = LastTableCache()
        >>> table = pd.DataFrame({"a": [1]})
        >>> cache.get(table, len) is cache.get(table, lambda t: 0)  # built once
        True
    """

    def __init__(self) -> None:
        self._table: pd.DataFrame | None = None
        self._value: object = None

    def get(self, table: pd.DataFrame, build):
        if self._table is not table:
            self._value, self._table = build(table), table
        return self._value
