"""What sets an outlet, a period or a story apart: keyness (G²) on sparse counts per group."""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import sparse

from ..errors import Q7x2Error
from ..lexicons import with_tables
from ._profiles import require_columns
from ._sparse import count_matrix
from ._text import log_likelihood

#: Largest corpus for keyness per article (``group_col="doc_id"``): beyond, compare outlets, periods or stories.
KEYNESS_MAX_DOCS = 500
#: Most cells (groups × words) of a full keyness table; beyond, ask for the ``top`` words of each group.
KEYNESS_MAX_CELLS = 5_000_000


@with_tables
def keyness(corpus: pd.DataFrame, group_col: str = "doc_id", min_freq: int = 3, text_col: str = "text_clean", *,
            top: int | None = None, tables: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """Content words that set each group (outlet, period, story ...) apart from the rest (G²).

    Words are the normalised content-word stems of :func:`similarity`,
    counted sparsely per group (never per article against the rest); a word
    is kept when it occurs ``min_freq`` times or more in the whole corpus.
    Missing group labels form ``"(unknown)"``. Per article
    (``group_col="doc_id"``) only up to ``KEYNESS_MAX_DOCS`` articles. The
    full table (every word for every group, under-use included) is limited
    to ``KEYNESS_MAX_CELLS`` cells; ``top=n`` gives the ``n`` most over-used
    words of each group, for any number of groups.

    Returns:
        ``group, word, freq_target, freq_reference, g2, log_ratio, example``:
        ``g2`` signed (+ over-use, − under-use; |G²| > 3.84 is p < 0.05),
        ``log_ratio`` log₂ of the ratio of relative frequencies, ``example``
        the group's most frequent printed form; by group, then descending g2.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a", "b"], "text_clean": [
        ...     "العقوبات والعقوبات وعقوبات القمة", "القمة والقمة في جنيف وبوتين وبايدن"]})
        >>> keyness(df, min_freq=3)[["group", "word", "freq_target", "g2"]].round(2).values.tolist()
        [['a', 'عقوبات', 3, 4.87], ['a', 'قمة', 1, -0.15], ['b', 'قمة', 2, 0.15], ['b', 'عقوبات', 0, -4.87]]
    """
    require_columns(corpus, "doc_id", text_col, group_col)
    if group_col == "doc_id" and len(corpus) > KEYNESS_MAX_DOCS:
        raise Q7x2Error(f"keyness per article is for corpora of up to {KEYNESS_MAX_DOCS} articles (this one has "
                        f"{len(corpus):,}); compare groups instead: group_col='outlet', a period or an event_group column")
    groups = corpus[group_col].astype(object).where(corpus[group_col].notna(), "(unknown)")
    if groups.nunique() < 2:
        raise Q7x2Error(f"keyness needs at least two groups in {group_col!r}; found {groups.nunique()}")
    counts = count_matrix(corpus, text_col, unit="word")
    labels = np.array(sorted(groups.unique(), key=str), dtype=object)
    codes = pd.Index(labels).get_indexer(groups)
    one_hot = sparse.csr_matrix((np.ones(len(codes)), (codes, np.arange(len(codes)))), shape=(len(labels), len(codes)))
    freq = (one_hot @ counts.matrix).tocsr()
    total = np.asarray(freq.sum(axis=0)).ravel()
    size = np.asarray(freq.sum(axis=1)).ravel()
    present = size > 0  # a group without content words has nothing to say
    freq, labels, size, one_hot = freq[present], labels[present], size[present], one_hot[present]
    words = np.flatnonzero(total >= min_freq)
    words = words[np.argsort(counts.terms[words].astype(str), kind="stable")]  # alphabetical, as a table reads
    if top is None:
        if len(labels) * len(words) > KEYNESS_MAX_CELLS:
            raise Q7x2Error(f"a full keyness table of {len(labels):,} groups × {len(words):,} words is too large; "
                            "ask for the top words of each group with top=10")
        a = freq[:, words].toarray()
        g_idx, w_idx = np.repeat(np.arange(len(labels)), len(words)), np.tile(np.arange(len(words)), len(labels))
        a = a.ravel()
    else:
        sub = freq[:, words].tocoo()
        g_idx, w_idx, a = sub.row, sub.col, sub.data
    t = words[w_idx]
    g2, log_ratio = log_likelihood(a, total[t] - a, size[g_idx], size.sum() - size[g_idx])
    out = pd.DataFrame({"group": labels[g_idx], "word": counts.terms[t], "freq_target": a.astype("int64"),
                        "freq_reference": (total[t] - a).astype("int64"), "g2": g2, "log_ratio": log_ratio, "_g": g_idx, "_t": t})
    out = out.sort_values(["_g", "g2", "word"], ascending=[True, False, True], ignore_index=True)
    if top is not None:
        out = out[out["g2"] > 0].groupby("_g").head(top).reset_index(drop=True)
    out["example"] = np.empty(len(out), dtype=object)
    for g, rows in out.groupby("_g").groups.items():  # a group's own printed forms
        out.loc[rows, "example"] = counts.examples(out.loc[rows, "_t"].to_numpy(), one_hot[[g]])
    out = out.drop(columns=["_g", "_t"]).astype({"group": object, "word": object, "example": object})
    return out
