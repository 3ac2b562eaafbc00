"""Tables in and out: the project's data tables (lexicons, rules), read with
errors that name the file, and result tables built from rows."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype

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


def frame_from_rows(rows: list[tuple], columns: list[str], dtypes: dict[str, object]) -> pd.DataFrame:
    """``pd.DataFrame(rows, columns=columns).astype(dtypes)``, built faster.

    The same frame, values and dtypes, but built column by column: a column
    to be ``object`` (long texts, say) is not first converted to pandas'
    string type and back. As in that recipe, its missing values become NaN
    when its other values are all strings.

    Examples:
        >>> df = frame_from_rows([("a", 1, None), ("b", 2, "x")], ["id", "n", "s"], {"n": "int64", "s": object})
        >>> df.dtypes.astype(str).tolist(), df.s.tolist()
        (['str', 'int64', 'object'], [nan, 'x'])
    """
    if not rows:
        return pd.DataFrame(rows, columns=columns).astype(dtypes)
    data = {}
    for name, values in zip(columns, zip(*rows)):
        if dtypes.get(name) is object:
            col = np.empty(len(values), dtype=object)
            col[:] = values
            if infer_dtype(col, skipna=True) == "string":  # the recipe reads it as strings first
                col[pd.isna(col)] = np.nan
            data[name] = pd.Series(col, dtype=object, copy=False)
        else:
            data[name] = list(values)
    out = pd.DataFrame(data, columns=columns)
    return out.astype({name: dtype for name, dtype in dtypes.items() if dtype is not object})
