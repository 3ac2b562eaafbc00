"""Who reuses whose text: shared passages, copy flows between outlets, who reports first."""

from __future__ import annotations

from array import array

import numpy as np
import pandas as pd

from ..arabic import WORD_RE
from ..lexicons import with_tables
from ._profiles import require_columns
from ._sparse import article_days
from ._text import _fold, normalize, repeated_runs

#: A shingle found in more places than this is a formula of the genre (a dateline, a sign-off), not copy.
MAX_SHINGLE_COPIES = 50


def _word_ids(corpus: pd.DataFrame, text_col: str) -> tuple[np.ndarray, np.ndarray]:
    """Normalised word id of every token, in document order, and the row number of its article."""
    ids: dict[str, int] = {}
    tokens, lengths = array("q"), array("q")
    for text in corpus[text_col]:
        found = WORD_RE.findall(text) if isinstance(text, str) else []
        tokens.extend([ids.setdefault(w, len(ids)) for w in found])
        lengths.append(len(found))
    norm_ids, _ = pd.factorize(pd.Series([_fold(normalize(s).lower()) for s in ids], dtype=object))
    docs = np.repeat(np.arange(len(lengths)), np.frombuffer(lengths, dtype=np.int64) if len(lengths) else 0)
    return norm_ids[np.frombuffer(tokens, dtype=np.int64)] if len(tokens) else np.zeros(0, dtype=np.int64), docs


@with_tables
def shared_passages(corpus: pd.DataFrame, min_words: int = 8, text_col: str = "text_clean", *,
                    max_copies: int = MAX_SHINGLE_COPIES,
                    tables: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """Passages of at least ``min_words`` words that two places share nearly verbatim.

    Words are compared normalised (hamza, ى/ي, diacritics, أميركي/أمريكي and
    punctuation do not matter); every ``min_words``-word shingle is hashed
    into one index, shingles found in more than ``max_copies`` places
    (formulas) are dropped, and overlapping shingles merge into maximal runs:
    time and memory grow with the number of words and of copies, not with
    pairs of articles. A passage repeated inside one article is reported too
    (``doc_a == doc_b``).

    Returns:
        ``doc_a, doc_b, n_words, start_a, end_a, start_b, end_b, text_a,
        text_b``: offsets index ``corpus[text_col]`` of each article and the
        texts are as each article prints them; longest first.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a", "b"], "text_clean": [
        ...     "قال البيت الأبيض إن الولايات المتحدة تأمل الاحتفاظ بعلاقة مثمرة مع روسيا.",
        ...     "وأكدت ساكي: \\"الولايات المتحدة تأمل الاحتفاظ بعلاقة مثمرة مع روسيا\\""]})
        >>> shared_passages(df, min_words=5)[["doc_a", "doc_b", "n_words", "text_b"]].values.tolist()
        [['a', 'b', 8, 'الولايات المتحدة تأمل الاحتفاظ بعلاقة مثمرة مع روسيا']]
    """
    require_columns(corpus, "doc_id", text_col)
    words, docs = _word_ids(corpus, text_col)
    runs = repeated_runs(pd.DataFrame({"doc_id": docs, "norm": words}), min_words, max_copies=max_copies)
    ra, rb, length = (runs[c].to_numpy() for c in ("row_a", "row_b", "n_words"))
    doc_start = np.searchsorted(docs, np.arange(len(corpus)))  # first token row of each article
    ids, texts = corpus["doc_id"].to_numpy(), corpus[text_col].to_numpy()
    spans: dict[int, list[tuple[int, int]]] = {}

    def offsets(row: int) -> list[tuple[int, int]]:  # word spans of one article, found once
        if row not in spans:
            spans[row] = [m.span() for m in WORD_RE.finditer(texts[row])]
        return spans[row]

    out = pd.DataFrame({"doc_a": ids[docs[ra]], "doc_b": ids[docs[rb]], "n_words": length})
    for side, first in (("a", ra), ("b", rb)):
        rows = docs[first]
        pos = first - doc_start[rows]
        out[f"start_{side}"] = np.array([offsets(r)[p][0] for r, p in zip(rows, pos)], dtype="int64")
        out[f"end_{side}"] = np.array([offsets(r)[p + n - 1][1] for r, p, n in zip(rows, pos, length)], dtype="int64")
    for side, first in (("a", ra), ("b", rb)):
        out[f"text_{side}"] = pd.Series([texts[r][s:e] for r, s, e in zip(docs[first], out[f"start_{side}"], out[f"end_{side}"])],
                                        dtype=object)
    return out.astype({"doc_a": object, "doc_b": object}).sort_values(
        ["n_words", "doc_a", "start_a"], ascending=[False, True, True], ignore_index=True)


def copy_flows(corpus: pd.DataFrame, passages: pd.DataFrame, outlet_col: str = "outlet") -> pd.DataFrame:
    """Who reuses whose text, per pair of outlets, with the direction where the dates tell it.

    Each pair of articles of two outlets that share passages
    (:func:`shared_passages`) counts once: from the outlet that published
    first to the one that published later, or, published the same day (or
    undated), in both directions as ``same_day``.

    Returns:
        ``source, copier, earlier, same_day, copier_articles,
        share_of_copier, words``: article pairs where ``source`` published
        first (``earlier``) or the same day; how many of the copier's
        articles share a passage with the source published no later;
        ``share_of_copier`` of all the copier's articles; words shared
        (longest passage per article pair, summed). By descending
        ``copier_articles``.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["w", "a", "b"], "outlet": ["was", "okaz", "sabq"],
        ...     "published": pd.to_datetime(["2015-08-01", "2015-08-02", "2015-08-01"])})
        >>> p = pd.DataFrame({"doc_a": ["w", "w"], "doc_b": ["a", "b"], "n_words": [40, 30]})
        >>> copy_flows(df, p)[["source", "copier", "earlier", "same_day", "copier_articles"]].values.tolist()
        [['sabq', 'was', 0, 1, 1], ['was', 'okaz', 1, 0, 1], ['was', 'sabq', 0, 1, 1]]
    """
    require_columns(corpus, "doc_id", outlet_col)
    cross = passages[passages["doc_a"] != passages["doc_b"]]
    pairs = cross.groupby(["doc_a", "doc_b"], as_index=False)["n_words"].max()
    outlet = pd.Series(corpus[outlet_col].to_numpy(), index=corpus["doc_id"])
    day = pd.Series(article_days(corpus), index=corpus["doc_id"])
    pairs = pairs.assign(oa=pairs["doc_a"].map(outlet), ob=pairs["doc_b"].map(outlet),
                         da=pairs["doc_a"].map(day), db=pairs["doc_b"].map(day))
    pairs = pairs[pairs["oa"].notna() & pairs["ob"].notna() & (pairs["oa"] != pairs["ob"])]
    same = ~(pairs["da"] < pairs["db"]) & ~(pairs["db"] < pairs["da"])
    a_first = pairs["da"] < pairs["db"]
    rows = [
        pairs[a_first].assign(source=lambda p: p["oa"], copier=lambda p: p["ob"], copy=lambda p: p["doc_b"], kind="earlier"),
        pairs[~a_first & ~same].assign(source=lambda p: p["ob"], copier=lambda p: p["oa"], copy=lambda p: p["doc_a"], kind="earlier"),
        pairs[same].assign(source=lambda p: p["oa"], copier=lambda p: p["ob"], copy=lambda p: p["doc_b"], kind="same_day"),
        pairs[same].assign(source=lambda p: p["ob"], copier=lambda p: p["oa"], copy=lambda p: p["doc_a"], kind="same_day"),
    ]
    flows = pd.concat(rows, ignore_index=True)
    if flows.empty:
        return pd.DataFrame(columns=["source", "copier", "earlier", "same_day", "copier_articles", "share_of_copier", "words"])
    table = flows.pivot_table(index=["source", "copier"], columns="kind", values="n_words", aggfunc="size", fill_value=0)
    table = table.reindex(columns=["earlier", "same_day"], fill_value=0)
    table["copier_articles"] = flows.groupby(["source", "copier"])["copy"].nunique()
    size = corpus[outlet_col].value_counts()
    table["share_of_copier"] = (table["copier_articles"] / table.index.get_level_values("copier").map(size).to_numpy()).round(3)
    table["words"] = flows.groupby(["source", "copier"])["n_words"].sum()
    table.columns.name = None
    out = table.reset_index().astype({"source": object, "copier": object})
    return out.sort_values(["copier_articles", "source", "copier"], ascending=[False, True, True], ignore_index=True)


def outlet_timing(corpus: pd.DataFrame, groups: pd.DataFrame, group_col: str = "event_group", *, min_outlets: int = 3,
                  outlet_col: str = "outlet") -> pd.DataFrame:
    """Which outlets lead and which follow on stories that several outlets cover.

    For every group (event or thread) covered by ``min_outlets`` outlets or
    more, each outlet's first article is compared with the group's first
    article: published the same day it *led* (alone or tied), else it
    followed by so many days. Dates are days, so ties are common.

    Returns:
        ``outlet, stories, led, led_alone, share_led, mean_days_behind``, by
        descending ``share_led``.

    Examples:
        >>> df = pd.DataFrame({"doc_id": list("abcd"), "outlet": ["was", "okaz", "sabq", "okaz"],
        ...     "published": pd.to_datetime(["2015-08-01", "2015-08-01", "2015-08-03", "2015-08-02"])})
        >>> g = pd.DataFrame({"doc_id": list("abcd"), "event_group": [0, 0, 0, 0]})
        >>> outlet_timing(df, g)[["outlet", "stories", "led", "mean_days_behind"]].values.tolist()
        [['okaz', 1, 1, 0.0], ['was', 1, 1, 0.0], ['sabq', 1, 0, 2.0]]
    """
    require_columns(corpus, "doc_id", outlet_col)
    info = pd.DataFrame({"doc_id": corpus["doc_id"].to_numpy(), "outlet": corpus[outlet_col].to_numpy(),
                         "day": article_days(corpus)}).merge(groups[["doc_id", group_col]], on="doc_id")
    info = info.dropna(subset=["outlet", "day"])
    first = info.groupby([group_col, "outlet"], as_index=False)["day"].min()
    first = first[first.groupby(group_col)["outlet"].transform("size") >= min_outlets]
    start = first.groupby(group_col)["day"].transform("min")
    first = first.assign(behind=first["day"] - start, led=first["day"] == start)
    first["alone"] = first["led"] & (first.groupby(group_col)["led"].transform("sum") == 1)
    out = first.groupby("outlet").agg(stories=("led", "size"), led=("led", "sum"), led_alone=("alone", "sum"),
                                      mean_days_behind=("behind", "mean"))
    out["share_led"] = (out["led"] / out["stories"]).round(3)
    out["mean_days_behind"] = out["mean_days_behind"].round(2)
    out = out.reset_index().astype({"outlet": object})[["outlet", "stories", "led", "led_alone", "share_led", "mean_days_behind"]]
    return out.sort_values(["share_led", "stories", "outlet"], ascending=[False, False, True], ignore_index=True)


def passages_in_context(passages: pd.DataFrame, corpus: pd.DataFrame, text_col: str = "text_clean", *,
                        width: int = 50) -> pd.DataFrame:
    """Each shared passage of :func:`shared_passages` in both its articles, with the words around it.

    Returns:
        ``passage, doc_id, before, shared, after``: two rows per passage (its
        place in article a, then in article b), to be read right to left.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a", "b"], "text_clean": [
        ...     "قال مصدر إن الوفد سيصل غدا إلى الرياض للقاء المسؤولين هناك", "وأضاف أن الوفد سيصل غدا إلى الرياض للقاء المسؤولين"]})
        >>> found = shared_passages(df, min_words=5)
        >>> passages_in_context(found, df, width=10)[["passage", "doc_id"]].values.tolist()
        [['passage 0', 'a'], ['passage 0', 'b']]
    """
    from ..mentions import kwic

    names = [f"passage {i}" for i in range(len(passages))]
    sides = [passages.assign(doc_id=passages[f"doc_{s}"], start=passages[f"start_{s}"], end=passages[f"end_{s}"],
                             kind=s, actor_id=names, sentence_id=0) for s in "ab"]
    lines = kwic(pd.concat(sides, ignore_index=True), corpus, text_col, width=width)
    lines = lines.rename(columns={"actor_id": "passage", "mention": "shared"})
    # by the passage's number: its name sorted «passage 10» before «passage 2»
    order = np.argsort(np.tile(np.arange(len(passages)), 2), kind="stable")
    return lines[["passage", "doc_id", "before", "shared", "after"]].iloc[order].reset_index(drop=True)
