"""Text statistics under the comparisons: tokens, TF-IDF, G², shingles, dictionaries.

Everything works on long ("tidy") tables, one row per token or per
``(doc_id, term)``, so thousands of articles never become a dense article ×
vocabulary matrix. :mod:`q7x2lib.compare` builds the researcher-facing
functions on top. Words are compared normalised (الأمريكي = الامريكى) with
proclitics split by the rules of :func:`q7x2lib.arabic.split_proclitics`.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

from ..arabic import (
    CONJUNCTIONS, PREPOSITIONS, WORD_RE, normalize, normalize_with_offsets, span_in_original, split_proclitics,
)
from ..errors import Q7x2Error
from ..lexicons import load_lexicon, word_list
from ..matching import TermMatcher

#: Terms in a block of the TF-IDF product: bounds memory at n_docs × block floats.
COSINE_BLOCK = 2048
#: Shortest stem left after removing a single-letter proclitic.
MIN_STEM = 3
#: Terms in more articles than this (and than 1% of them) go through the dense product.
SPARSE_MAX_DF = 32


def _stopwords(table: pd.DataFrame | None = None) -> frozenset[str]:
    """The normalised words of a stopword list (:func:`q7x2lib.load_lexicon` ``"stopwords"``)."""
    return frozenset((load_lexicon("stopwords") if table is None else table)["norm"])


def word_tokens(corpus: pd.DataFrame, text_col: str = "text_clean") -> pd.DataFrame:
    """One row per word token: ``doc_id, position, start, end, surface, norm``.

    ``start``/``end`` index ``corpus[text_col]``; ``norm`` is the normalised
    (and, for Latin letters, lower-cased) word, with the house spellings of
    the ``spelling_fold`` list of ``word_lists.csv`` made one (الأميركي → الامريكي).

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a"], "text_clean": ["قال الأمريكى: نعم والأميركي"]})
        >>> word_tokens(df)[["position", "start", "norm"]].values.tolist()
        [[0, 0, 'قال'], [1, 4, 'الامريكي'], [2, 14, 'نعم'], [3, 18, 'والامريكي']]
    """
    for col in ("doc_id", text_col):
        if col not in corpus:
            raise Q7x2Error(f"the corpus has no column {col!r} (columns: {list(corpus.columns)})")
    rows = [(doc_id, i, m.start(), m.end(), m.group()) for doc_id, text in zip(corpus["doc_id"], corpus[text_col])
            if isinstance(text, str) for i, m in enumerate(WORD_RE.finditer(text))]
    out = pd.DataFrame(rows, columns=["doc_id", "position", "start", "end", "surface"])
    out = out.astype({"doc_id": object, "position": "int64", "start": "int64", "end": "int64", "surface": object})
    codes, uniques = pd.factorize(out["surface"])  # normalise each distinct word once
    norms = np.array([_fold(normalize(u).lower()) for u in uniques], dtype=object)
    return out.assign(norm=pd.Series(norms[codes] if len(codes) else [], index=out.index, dtype=object))


def _fold(word: str) -> str:
    for variant, folded in _spelling_folds():
        word = word.replace(variant, folded)
    return word


@lru_cache(maxsize=1)
def _spelling_folds() -> tuple[tuple[str, str], ...]:
    """House spellings of one word, folded before comparing content (``variant=folded``)."""
    return tuple(tuple(pair.split("=", 1)) for pair in word_list("spelling_fold"))


def stem_vocabulary(norms: pd.Series) -> pd.Series:
    """Map each distinct normalised word to its stem (proclitics removed).

    The article and its combinations (ال، وال، بال، لل) are split by
    :func:`~q7x2lib.arabic.split_proclitics`; one or two single-letter
    proclitics (و ف ب ل ك) only when the rest, with at least ``MIN_STEM``
    letters, is itself a word of ``norms`` or the stem of one (عقوبات from
    العقوبات): the corpus vocabulary is the ``known`` set, applied to all
    words at once.

    Examples:
        >>> stem_vocabulary(pd.Series(["وبوتين", "بوتين", "العقوبات", "وعقوبات", "وزارة"])).to_dict()
        {'وبوتين': 'بوتين', 'بوتين': 'بوتين', 'العقوبات': 'عقوبات', 'وعقوبات': 'عقوبات', 'وزارة': 'وزارة'}
    """
    vocab = pd.Series(pd.unique(norms.dropna()), dtype=object)
    split = [split_proclitics(w) for w in vocab]
    stems = pd.Series([s for _, s in split], index=vocab.index, dtype=object)
    no_article = pd.Series([p == "" for p, _ in split], index=vocab.index)
    known = set(vocab) | set(stems)  # عقوبات is known from العقوبات, so وعقوبات splits
    clitics = set(CONJUNCTIONS + PREPOSITIONS)
    for n in (1, 2):  # و، ب ... then وب، فل ... (a conjunction comes first)
        head, rest = vocab.str[:n], vocab.str[n:]
        ok_head = head.str[-1].isin(clitics) & head.str[0].isin(set(CONJUNCTIONS) if n == 2 else clitics)
        take = no_article & ok_head & rest.isin(known) & (rest.str.len() >= MIN_STEM) & (stems == vocab)
        stems = stems.where(~take, rest)
    return pd.Series(stems.values, index=vocab.values, dtype=object)


def content_terms(tokens: pd.DataFrame, stopwords: frozenset[str] | None = None) -> pd.Series:
    """The content word (stem) of each token, or ``None`` for function words.

    A token is a function word when its normalised form or its stem is in
    ``stopwords``, or is a stopword behind one or two proclitics (وقد، وفي،
    فهو), or has a single letter.

    Examples:
        >>> toks = word_tokens(pd.DataFrame({"doc_id": ["a"], "text_clean": ["وقال بوتين وفي لبوتين حقا قال"]}))
        >>> content_terms(toks).tolist()
        ['قال', 'بوتين', None, 'بوتين', 'حقا', 'قال']
    """
    stopwords = _stopwords() if stopwords is None else stopwords
    if tokens.empty:
        return pd.Series([], index=tokens.index, dtype=object)
    codes, vocab = pd.factorize(tokens["norm"])  # decide once per distinct word
    vocab = pd.Series(vocab, dtype=object)
    stems = vocab.map(stem_vocabulary(vocab))
    clitics = set(CONJUNCTIONS + PREPOSITIONS)
    behind_one = vocab.str[0].isin(clitics) & vocab.str[1:].isin(stopwords)
    behind_two = vocab.str[0].isin(set(CONJUNCTIONS)) & vocab.str[1].isin(clitics) & vocab.str[2:].isin(stopwords)
    drop = vocab.isin(stopwords) | stems.isin(stopwords) | behind_one | behind_two | (stems.str.len() < 2)
    terms = stems.astype(object).where(~drop, None).to_numpy()
    return pd.Series(terms[codes], index=tokens.index, dtype=object)


def term_counts(corpus: pd.DataFrame, text_col: str = "text_clean", *, unit: str = "word",
                ngram_range: tuple[int, int] = (3, 5), stopwords: frozenset[str] | None = None) -> pd.DataFrame:
    """Long term counts ``doc_id, term, n`` for word stems or character n-grams.

    ``unit="word"``: content-word stems. ``unit="char"``: n-grams
    (``ngram_range``) inside each normalised content word, padded with a
    space at both ends so prefixes and suffixes are grams of their own;
    proclitics are not split, the grams of the stem match anyway.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a"], "text_clean": ["لبوتين"]})
        >>> term_counts(df, unit="char", ngram_range=(5, 5))["term"].tolist()
        [' لبوت', 'بوتين', 'لبوتي', 'وتين ']
    """
    tokens = word_tokens(corpus, text_col)
    terms = content_terms(tokens, stopwords)
    keep = terms.notna()
    if unit == "word":
        long = pd.DataFrame({"doc_id": tokens.loc[keep, "doc_id"], "term": terms[keep]})
        return long.groupby(["doc_id", "term"], sort=True).size().rename("n").reset_index()
    if unit != "char":
        raise Q7x2Error(f"unit must be 'word' or 'char', not {unit!r}")
    lo, hi = ngram_range
    if not 1 <= lo <= hi:
        raise Q7x2Error(f"ngram_range must be (low, high) with 1 <= low <= high, not {ngram_range!r}")
    words = tokens.loc[keep, ["doc_id", "norm"]].groupby(["doc_id", "norm"]).size().rename("k").reset_index()
    # n-grams of each distinct word once, then weighted by how often the word occurs
    grams = [
        (w, f" {w} "[i : i + n]) for w in pd.unique(words["norm"]) for n in range(lo, hi + 1) for i in range(len(w) + 3 - n)
    ]
    gram_table = pd.DataFrame(grams, columns=["norm", "term"], dtype=object)
    long = words.merge(gram_table, on="norm")
    return long.groupby(["doc_id", "term"], sort=True)["k"].sum().rename("n").reset_index()


def tfidf_cosine(counts: pd.DataFrame, doc_ids: list | pd.Index, *, sublinear: bool = True) -> pd.DataFrame:
    """Cosine similarity of TF-IDF vectors built from long ``doc_id, term, n``.

    Weights are ``(1 + log n)`` (or ``n``) × smoothed idf ``log((1 + N) /
    (1 + df)) + 1``, L2-normalised per article. Rare terms (``df`` up to
    ``SPARSE_MAX_DF``) add their pairs of articles directly; common ones go
    through dense products over blocks of ``COSINE_BLOCK`` terms, so memory
    stays at articles × block. Terms of a single article only lower the norm.

    Returns:
        A square DataFrame indexed by ``doc_ids`` on both axes, 1 on the
        diagonal (0 for an article with no terms).

    Examples:
        >>> c = pd.DataFrame({"doc_id": ["a", "a", "b"], "term": ["بوتين", "قمة", "بوتين"], "n": [1, 1, 2]})
        >>> tfidf_cosine(c, ["a", "b"]).round(2).values.tolist()
        [[1.0, 0.58], [0.58, 1.0]]
    """
    doc_index = pd.Index(doc_ids)
    n_docs = len(doc_index)
    d = doc_index.get_indexer(counts["doc_id"])
    counts = counts[d >= 0]
    d = d[d >= 0]
    t, _ = pd.factorize(counts["term"])
    n = counts["n"].to_numpy(dtype="float64")
    df = np.bincount(t)
    idf = np.log((1 + n_docs) / (1 + df)) + 1
    w = ((1 + np.log(n)) if sublinear else n) * idf[t]
    norms = np.sqrt(np.bincount(d, weights=w * w, minlength=n_docs))
    w = w / np.where(norms[d] > 0, norms[d], 1)
    sim = np.zeros(n_docs * n_docs)
    rare = (df[t] > 1) & (df[t] <= max(SPARSE_MAX_DF, n_docs // 100))
    order = np.argsort(t[rare], kind="stable")
    rd, rt, rw = d[rare][order], t[rare][order], w[rare][order]
    starts = np.flatnonzero(np.r_[True, rt[1:] != rt[:-1]]) if len(rt) else np.array([], dtype=int)
    sizes = np.diff(np.r_[starts, len(rt)])
    per = np.repeat(sizes, sizes)  # each entry meets every entry of its term
    left = np.repeat(np.arange(len(rt)), per)
    right = np.repeat(np.repeat(starts, sizes), per) + np.arange(len(left)) - np.repeat(np.cumsum(per) - per, per)
    sim += np.bincount(rd[left] * n_docs + rd[right], weights=rw[left] * rw[right], minlength=n_docs * n_docs)
    sim = sim.reshape(n_docs, n_docs)
    dense = df[t] > max(SPARSE_MAX_DF, n_docs // 100)
    d, t, w = d[dense], t[dense], w[dense]
    _, t = np.unique(t, return_inverse=True)
    for lo in range(0, int(t.max(initial=-1)) + 1, COSINE_BLOCK):
        sel = (t >= lo) & (t < lo + COSINE_BLOCK)
        block = np.zeros((n_docs, COSINE_BLOCK))
        block[d[sel], t[sel] - lo] = w[sel]
        sim += block @ block.T
    np.fill_diagonal(sim, (norms > 0).astype(float))
    return pd.DataFrame(np.clip(sim, 0, 1), index=doc_index.copy(), columns=doc_index.copy())


def log_likelihood(a: np.ndarray, b: np.ndarray, c: float | np.ndarray, d: float | np.ndarray,
                   ) -> tuple[np.ndarray, np.ndarray]:
    """Signed log-likelihood G² and log₂ ratio of a word: ``a`` of ``c`` target tokens vs ``b`` of ``d``.

    Returns:
        ``(g2, log_ratio)``. ``g2`` is positive when the target over-uses the
        word, negative when it under-uses it (|G²| > 3.84: p < 0.05, > 6.63:
        p < 0.01, > 10.83: p < 0.001, one degree of freedom).
        ``log_ratio`` is log₂ of the ratio of relative frequencies with 0.5
        added to zero counts (Hardie's effect size).

    Examples:
        >>> # قمة 10 times in a 100-word article, 10 times in 1,000 other words;
        >>> # نافالني never in the article, 20 times elsewhere
        >>> g2, lr = log_likelihood(np.array([10, 0]), np.array([10, 20]), 100, 1000)
        >>> np.round(g2, 2).tolist(), np.round(lr, 2).tolist()
        ([22.14, -3.81], [3.32, -2.0])
    """
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    with np.errstate(divide="ignore", invalid="ignore"):
        term_a = np.where(a > 0, a * np.log(a / e1), 0.0)
        term_b = np.where(b > 0, b * np.log(b / e2), 0.0)
        g2 = 2 * (term_a + term_b)
        # a reference of no words (a group that is the whole corpus: one story in a small corpus) divides by zero;
        # such a group has nothing over-used (g2 0), and no warning is printed for it
        over = a / c >= b / d
        log_ratio = np.log2((np.where(a > 0, a, 0.5) / c) / (np.where(b > 0, b, 0.5) / d))
    return np.where(over, g2, -g2), log_ratio


def repeated_runs(tokens: pd.DataFrame, k: int, *, max_copies: int | None = None) -> pd.DataFrame:
    """Maximal runs of at least ``k`` identical consecutive ``norm`` tokens.

    Every ``k``-word shingle is hashed (vectorised, 64-bit polynomial), the
    shingles that occur twice or more are paired (across articles, and within
    one article when the two places do not overlap), pairs are checked word
    by word, and consecutive pairs on the same diagonal are merged into one
    run. ``tokens`` come from :func:`word_tokens`, in document order (or
    any frame with ``doc_id`` and ``norm``). Shingles found in more than
    ``max_copies`` places are left out: they are formulas, and their pairs
    would grow with the square of their number.

    Returns:
        ``row_a, row_b, n_words``: the first token of each copy (row numbers
        of ``tokens``, ``row_a < row_b``) and the run length in words.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a", "b"], "text_clean": ["قال إنه يريد قمة في جنيف", "أكد إنه يريد قمة في جنيف"]})
        >>> repeated_runs(word_tokens(df), 3).values.tolist()
        [[1, 7, 5]]
    """
    if k < 1:
        raise Q7x2Error(f"a shingle needs at least one word, not {k}")
    ids, _ = pd.factorize(tokens["norm"])
    ids = ids.astype(np.uint64) + np.uint64(1)
    docs, _ = pd.factorize(tokens["doc_id"])
    n = len(ids) - k + 1
    if n <= 0:
        return pd.DataFrame({"row_a": [], "row_b": [], "n_words": []}, dtype="int64")
    h = np.zeros(n, dtype=np.uint64)
    prime = np.uint64(1_000_003)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * prime + ids[j : j + n]
    whole = docs[:n] == docs[k - 1 :]
    sh = pd.DataFrame({"h": h[whole], "row": np.flatnonzero(whole)})
    sh = sh[sh["h"].duplicated(keep=False)]
    if max_copies is not None:
        sh = sh[sh.groupby("h")["h"].transform("size") <= max_copies]
    pairs = sh.merge(sh, on="h", suffixes=("_a", "_b"))
    ra, rb = pairs["row_a"].to_numpy(), pairs["row_b"].to_numpy()
    keep = (ra < rb) & ((docs[ra] != docs[rb]) | (rb - ra >= k))
    ra, rb = ra[keep], rb[keep]
    same = np.ones(len(ra), dtype=bool)
    for j in range(k):  # hashes can collide: compare the words themselves
        same &= ids[ra + j] == ids[rb + j]
    ra, rb = ra[same], rb[same]
    order = np.lexsort((ra, rb - ra, docs[rb], docs[ra]))
    ra, rb = ra[order], rb[order]
    new_run = np.ones(len(ra), dtype=bool)
    new_run[1:] = ((ra[1:] != ra[:-1] + 1) | (rb[1:] - ra[1:] != rb[:-1] - ra[:-1])
                   | (docs[ra[1:]] != docs[ra[:-1]]) | (docs[rb[1:]] != docs[rb[:-1]]))
    run = np.cumsum(new_run) - 1
    first = np.flatnonzero(new_run)
    length = np.bincount(run) + k - 1
    return pd.DataFrame({"row_a": ra[first], "row_b": rb[first], "n_words": length}).astype("int64")


def match_terms(corpus: pd.DataFrame, terms: list[str], text_col: str = "text_clean") -> pd.DataFrame:
    """Every match of dictionary ``terms`` (the one term matcher) in the texts.

    Returns:
        ``doc_id, term_index, start, end, surface`` with ``start``/``end``
        indexing ``corpus[text_col]`` (the text the reader sees) and
        ``surface`` the matched original text; Latin letters match in any case.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a"], "text_clean": ["فرضت عقوبات على بوتين"]})
        >>> match_terms(df, ["بوتين", "عقوب*"]).values.tolist()
        [['a', 1, 5, 11, 'عقوبات'], ['a', 0, 16, 21, 'بوتين']]
    """
    index: dict[str, int] = {}
    for i, term in enumerate(terms):
        index.setdefault(" ".join(normalize(term).split()).lower(), i)
    matcher = TermMatcher(index, ignore_case=True)
    rows = []
    for doc_id, text in zip(corpus["doc_id"], corpus[text_col]):
        if not isinstance(text, str):
            continue
        norm, offsets = normalize_with_offsets(text)
        for hit in matcher.finditer(norm):
            a, b = span_in_original(offsets, hit.start, hit.end)
            rows.append((doc_id, index[hit.key], a, b, text[a:b]))
    return pd.DataFrame(rows, columns=["doc_id", "term_index", "start", "end", "surface"]).astype(
        {"doc_id": object, "term_index": "int64", "start": "int64", "end": "int64", "surface": object}
    )


def weighted_overlap(items: pd.DataFrame, a: np.ndarray, b: np.ndarray, n_docs: int) -> tuple[np.ndarray, list[str]]:
    """idf-weighted Jaccard of the item sets of article pairs ``a[i]``–``b[i]``.

    ``items`` has ``doc`` (article number 0..n_docs-1) and ``item`` (an actor
    id, a number ...). Returns each pair's overlap and shared items.

    Examples:
        >>> items = pd.DataFrame({"doc": [0, 0, 1, 1, 2], "item": ["putin", "navalny", "putin", "navalny", "putin"]})
        >>> ov, shared = weighted_overlap(items, np.array([0, 0]), np.array([1, 2]), 3)
        >>> np.round(ov, 2).tolist(), shared
        ([1.0, 0.44], ['navalny putin', 'putin'])
    """
    items = items.drop_duplicates()
    idf = np.log((1 + n_docs) / (1 + items.groupby("item")["doc"].transform("size"))) + 1
    items = items.assign(w=idf.to_numpy())
    total = items.groupby("doc")["w"].sum().reindex(range(n_docs), fill_value=0).to_numpy()
    pairs = pd.DataFrame({"pair": np.arange(len(a)), "a": a, "b": b})
    left = pairs.merge(items, left_on="a", right_on="doc")[["pair", "item", "w"]]
    right = pairs.merge(items, left_on="b", right_on="doc")[["pair", "item"]]
    both = left.merge(right, on=["pair", "item"]).sort_values(["pair", "item"])
    shared_w = both.groupby("pair")["w"].sum().reindex(pairs["pair"], fill_value=0).to_numpy()
    names = both.groupby("pair")["item"].agg(" ".join).reindex(pairs["pair"], fill_value="")
    union = total[a] + total[b] - shared_w
    return np.divide(shared_w, union, out=np.zeros(len(a)), where=union > 0), names.tolist()


def connected_components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Component number (0, 1 ... in order of first node) of nodes linked by edges ``a``–``b``.

    Examples:
        >>> connected_components(5, np.array([3, 0]), np.array([2, 1])).tolist()
        [0, 0, 1, 1, 2]
    """
    labels = np.arange(n)
    while True:  # every node takes the smallest label among its links, until nothing changes
        low = np.minimum(labels[a], labels[b])
        new = labels.copy()
        np.minimum.at(new, a, low)
        np.minimum.at(new, b, low)
        new = new[new]  # jump along chains
        if np.array_equal(new, labels):
            return pd.factorize(labels)[0]
        labels = new


def union_root(parent: np.ndarray, i: int) -> int:
    """The root of ``i`` in the union-find forest ``parent``, halving the path on the way.

    Examples:
        >>> parent = np.array([0, 0, 1, 3])
        >>> int(union_root(parent, 2)), parent.tolist()
        (0, [0, 0, 0, 3])
    """
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def keyness_table(tokens: pd.DataFrame, min_freq: int) -> pd.DataFrame:
    """G² keyness of ``word`` for each ``group`` against the rest (``tokens``: group, word, surface).

    Returns:
        ``group, word, freq_target, freq_reference, g2, log_ratio, example``
        (see :func:`log_likelihood`; ``example`` is the group's most frequent
        printed form), words with a corpus frequency of ``min_freq`` or more,
        by group and descending ``g2``.

    Examples:
        >>> t = pd.DataFrame({"group": ["a", "a", "b"], "word": ["قمة", "قمة", "قمة"], "surface": ["القمة", "قمة", "قمة"]})
        >>> keyness_table(t, 1)[["group", "word", "freq_target", "example"]].values.tolist()
        [['a', 'قمة', 2, 'القمة'], ['b', 'قمة', 1, 'قمة']]
    """
    freq = tokens.groupby(["group", "word"]).size().unstack(fill_value=0)
    freq = freq.loc[:, freq.sum() >= min_freq]
    size = tokens.groupby("group").size().reindex(freq.index).to_numpy()[:, None]
    a = freq.to_numpy()
    total = a.sum(axis=0)
    g2, log_ratio = log_likelihood(a, total - a, size, size.sum() - size)
    out = pd.DataFrame({
        "group": np.repeat(freq.index.to_numpy(), freq.shape[1]), "word": np.tile(freq.columns.to_numpy(), len(freq)),
        "freq_target": a.ravel(), "freq_reference": (total - a).ravel(), "g2": g2.ravel(), "log_ratio": log_ratio.ravel(),
    })
    forms = tokens.groupby(["group", "word", "surface"]).size().rename("k").reset_index()
    forms = forms.sort_values(["k", "surface"], ascending=[False, True]).drop_duplicates(["group", "word"])
    forms = forms[["group", "word", "surface"]].rename(columns={"surface": "example"})
    out = out.merge(forms, on=["group", "word"], how="left")
    out = out.astype({"group": object, "word": object, "example": object})
    return out.sort_values(["group", "g2", "word"], ascending=[True, False, True], ignore_index=True)
