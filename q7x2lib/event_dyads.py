"""Directed pairs of actors from the events of :func:`q7x2lib.find_events`: how many, how cooperative, how conflictual.

Moved out of :mod:`q7x2lib.events` as it was (a count over the events table, no part of finding them);
``q7x2lib.events.dyads`` and ``q7x2lib.dyads`` still name it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def dyads(events: pd.DataFrame, by: str | list[str] | None = None, *, corpus: pd.DataFrame | None = None,
          level: str = "code", freq: str = "M", include_negated: bool = False) -> pd.DataFrame:
    """Directed pairs of actors: how many events, how cooperative, how conflictual.

    Args:
        events: The :func:`find_events` table.
        by: Extra grouping: ``"outlet"`` or ``"period"`` (both need
            ``corpus``: its ``outlet`` and ``published`` columns), or any
            column of ``events``; a list for several.
        corpus: The articles, for ``outlet`` and ``period``.
        level: ``"code"`` (SAUGOV → YEMREB) or ``"country"`` (SAU → YEM;
            the first three letters of the code).
        freq: The period of ``"period"`` (pandas frequency: ``M``, ``W``, ``Q``).
        include_negated: Count denied acts too (by default a negated act,
            "did not reject", is no event between the two).

    Returns:
        One row per ordered pair (``source, target`` plus ``by``):
        ``n_events, mean_goldstein, share_conflict`` (Goldstein below 0),
        ``share_cooperation`` (above 0), sorted by ``n_events``. RUS→USA and
        USA→RUS are different rows.

    Examples:
        >>> ev = pd.DataFrame({"doc_id": ["a"] * 3, "source_code": ["RUSGOV", "USAGOV", "RUSGOV"],
        ...     "target_code": ["USAGOV", "RUSGOV", "USAGOV"], "goldstein": [-4.0, 1.0, -2.0], "negated": [False] * 3})
        >>> dyads(ev, level="country")[["source", "target", "n_events", "mean_goldstein"]].values.tolist()
        [['RUS', 'USA', 2, -3.0], ['USA', 'RUS', 1, 1.0]]
    """
    ev = events if include_negated else events[~events["negated"].astype(bool)]
    ev = ev.dropna(subset=["source_code", "target_code"])
    cut = (lambda s: s.str[:3]) if level == "country" else (lambda s: s)
    ev = ev.assign(source=cut(ev["source_code"].astype(str)), target=cut(ev["target_code"].astype(str)))
    ev = ev[ev["source"] != ev["target"]]
    keys = [] if by is None else ([by] if isinstance(by, str) else list(by))
    if ("outlet" in keys or "period" in keys) and corpus is not None:
        info = corpus.set_index("doc_id")
        if "outlet" in keys and "outlet" not in ev:
            ev = ev.assign(outlet=ev["doc_id"].map(info["outlet"]) if "outlet" in info else None)
        if "period" in keys:
            dates = pd.to_datetime(ev["doc_id"].map(info["published"]) if "published" in info else pd.NaT)
            ev = ev.assign(period=dates.dt.to_period(freq).astype(str).where(dates.notna()))
    group = ["source", "target", *keys]
    g = ev.groupby(group, dropna=True)["goldstein"]
    out = pd.DataFrame({
        "n_events": g.size(),
        "mean_goldstein": g.mean().round(2),
        "share_conflict": g.apply(lambda s: float(np.mean(s < 0))).round(3),
        "share_cooperation": g.apply(lambda s: float(np.mean(s > 0))).round(3),
    }).reset_index()
    return out.sort_values(["n_events", "source", "target"], ascending=[False, True, True], ignore_index=True)
