"""Result tables built from rows, and a cache of what is compiled from a table.

The data tables themselves are read by :mod:`q7x2lib.lexicons`."""

from __future__ import annotations

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype

from .lexicons import scope_token


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
        self._scope: object = None

    def get(self, table: pd.DataFrame, build):
        # the builder may read other tables in force (a user's word lists): built again when they change
        scope = scope_token()
        if self._table is not table or self._scope is not scope:
            self._value, self._table, self._scope = build(table), table, scope
        return self._value


def frame_from_rows(rows: list[tuple], columns: list[str], dtypes: dict[str, object]) -> pd.DataFrame:
    """``pd.DataFrame(rows, columns=columns).astype(dtypes)``, built faster.

    The same frame, values and dtypes, but built column by column: a column
    to be ``object`` (long texts, say) is not first converted to pandas'
    string type and back. As in that recipe, its missing values become NaN
    when its other values are all strings. A row with more or fewer values
    than ``columns`` raises ``ValueError`` (building column-wise would
    otherwise cut every row to the shortest one, losing whole columns).

    Examples:
        >>> df = frame_from_rows([("a", 1, None), ("b", 2, "x")], ["id", "n", "s"], {"n": "int64", "s": object})
        >>> df.dtypes.astype(str).tolist(), df.s.tolist()
        (['str', 'int64', 'object'], [nan, 'x'])
        >>> frame_from_rows([("a", 1, None), ("b", 2)], ["id", "n", "s"], {})
        Traceback (most recent call last):
        ...
        ValueError: row 1 has 2 values, 3 columns expected (id, n, s)
    """
    if not rows:
        return pd.DataFrame(rows, columns=columns).astype(dtypes)
    width = len(columns)
    bad = next((i for i, row in enumerate(rows) if len(row) != width), None)
    if bad is not None:
        raise ValueError(f"row {bad} has {len(rows[bad])} values, {width} columns expected ({', '.join(columns)})")
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
