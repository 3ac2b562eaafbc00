"""Sparse article × term matrices and nearest neighbours, in time and memory close to linear.

The long tables of :mod:`._text` are clear but hold one Python object per
token; on tens of thousands of articles this module counts straight into
SciPy sparse matrices instead: each distinct printed word is normalised and
stemmed once (:func:`._text.content_terms`), articles become rows of word or
character-n-gram counts, and :func:`neighbours` compares each article only
with the articles of nearby days, one block of rows at a time.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse

from ..arabic import WORD_RE, normalize
from ..errors import Q7x2Error
from ._text import _fold, content_terms

#: Most article pairs (rows × candidate columns) compared at once by :func:`neighbours`: bounds memory.
BLOCK_CELLS = 4_000_000
#: On corpora of more than this many articles, :func:`neighbours` leaves out of the product the terms
#: found in more than ``max_df`` of the articles: they say little about the event and make the product quadratic.
PRUNE_FROM = 1000


@dataclass
class Counts:
    """Article × term counts: ``matrix`` (CSR, rows in corpus order), ``terms`` (column labels)."""

    matrix: sparse.csr_matrix
    terms: np.ndarray
    #: For words: article × printed form counts, the printed forms and the term of each (-1: none).
    surface: sparse.csr_matrix | None = None
    surfaces: np.ndarray | None = None
    surface_term: np.ndarray | None = None

    def examples(self, term_ids: np.ndarray, rows: sparse.spmatrix | None = None) -> np.ndarray:
        """The most frequent printed form of each term (in the articles of ``rows``: a row-selection matrix).

        Examples:
            >>> c = count_matrix(pd.DataFrame({"doc_id": ["a"], "text_clean": ["القمة وقمة القمة"]}))
            >>> c.examples(np.array([0])).tolist()
            ['القمة']
        """
        freq = self.surface if rows is None else rows @ self.surface
        totals = np.asarray(freq.sum(axis=0)).ravel()
        forms = pd.DataFrame({"term": self.surface_term, "k": totals, "surface": self.surfaces})
        forms = forms[(forms["term"] >= 0) & (forms["k"] > 0)].sort_values(["k", "surface"], ascending=[False, True]).drop_duplicates("term")
        return forms.set_index("term")["surface"].reindex(term_ids).to_numpy(dtype=object)


def _surface_matrix(texts) -> tuple[sparse.csr_matrix, list[str]]:
    """Article × distinct printed word counts, and the printed words."""
    ids: dict[str, int] = {}
    cols = array("q")
    indptr = array("q", [0])
    for text in texts:
        if isinstance(text, str):
            cols.extend([ids.setdefault(w, len(ids)) for w in WORD_RE.findall(text)])
        indptr.append(len(cols))
    cols_np = np.frombuffer(cols, dtype=np.int64) if len(cols) else np.zeros(0, dtype=np.int64)
    m = sparse.csr_matrix((np.ones(len(cols_np), dtype=np.float32), cols_np, np.frombuffer(indptr, dtype=np.int64)),
                          shape=(len(indptr) - 1, len(ids)))
    m.sum_duplicates()
    return m, list(ids)


def _mapping(codes: np.ndarray, n_out: int) -> sparse.csr_matrix:
    """A 0/1 matrix sending column ``i`` to column ``codes[i]`` (``-1``: dropped)."""
    keep = codes >= 0
    return sparse.csr_matrix((np.ones(keep.sum(), dtype=np.float32), (np.flatnonzero(keep), codes[keep])),
                             shape=(len(codes), n_out))


def count_matrix(corpus: pd.DataFrame, text_col: str = "text_clean", *, unit: str = "word",
                 ngram_range: tuple[int, int] = (3, 5)) -> Counts:
    """Sparse counts of content-word stems (``unit="word"``) or character n-grams (``"char"``).

    The same terms as :func:`._text.term_counts` (normalised, house spellings
    folded, stopwords removed; n-grams inside each content word padded with
    a space), counted without a row per token.

    Examples:
        >>> c = count_matrix(pd.DataFrame({"doc_id": ["a", "b"], "text_clean": ["وبوتين قال", "بوتين في القمة"]}))
        >>> sorted(c.terms.tolist()), c.matrix.toarray().sum(axis=1).tolist()
        (['بوتين', 'قال', 'قمة'], [2.0, 2.0])
    """
    if unit not in ("word", "char"):
        raise Q7x2Error(f"unit must be 'word' or 'char', not {unit!r}")
    surf, surfaces = _surface_matrix(corpus[text_col])
    norms = pd.Series([_fold(normalize(s).lower()) for s in surfaces], dtype=object)
    norm_codes, norm_vocab = pd.factorize(norms)
    terms = content_terms(pd.DataFrame({"norm": pd.Series(norm_vocab, dtype=object)}))
    if unit == "word":
        term_codes, term_vocab = pd.factorize(terms)  # None -> -1
        surface_term = term_codes[norm_codes]
        matrix = surf @ _mapping(surface_term, len(term_vocab))
        return Counts(matrix.tocsr(), np.asarray(term_vocab, dtype=object), surf, np.array(surfaces, dtype=object),
                      surface_term)
    lo, hi = ngram_range
    if not 1 <= lo <= hi:
        raise Q7x2Error(f"ngram_range must be (low, high) with 1 <= low <= high, not {ngram_range!r}")
    content = np.where(terms.notna().to_numpy(), np.arange(len(norm_vocab)), -1)
    words = surf @ _mapping(content[norm_codes], len(norm_vocab))  # article × content word (normalised form)
    grams: dict[str, int] = {}
    rows, cols = array("q"), array("q")
    for i in np.flatnonzero(content >= 0):
        padded = f" {norm_vocab[i]} "
        found = [grams.setdefault(padded[j : j + n], len(grams)) for n in range(lo, hi + 1) for j in range(len(padded) - n + 1)]
        cols.extend(found)
        rows.extend([i] * len(found))
    g = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (np.frombuffer(rows, dtype=np.int64), np.frombuffer(cols, dtype=np.int64))),
                          shape=(len(norm_vocab), len(grams)))
    return Counts((words @ g).tocsr(), np.array(list(grams), dtype=object))


def tfidf(counts: sparse.csr_matrix, *, sublinear: bool = True) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows, weighted as :func:`._text.tfidf_cosine` weighs them."""
    x = counts.tocsr(copy=True).astype(np.float64)
    n_docs = x.shape[0]
    df = np.bincount(x.indices, minlength=x.shape[1])
    idf = np.log((1 + n_docs) / (1 + df)) + 1
    if sublinear:
        x.data = 1 + np.log(x.data)
    x.data *= idf[x.indices]
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    x.data /= np.repeat(np.where(norms > 0, norms, 1), np.diff(x.indptr))
    return x


def article_days(corpus: pd.DataFrame) -> np.ndarray:
    """Day number of each article (``published``, else ``event_date``; NaN unknown)."""
    dates = corpus["published"] if "published" in corpus else pd.Series(pd.NaT, index=corpus.index)
    if "event_date" in corpus:
        dates = dates.fillna(corpus["event_date"])
    dates = pd.to_datetime(dates).reset_index(drop=True)
    return ((dates - pd.Timestamp("1970-01-01")) / pd.Timedelta(days=1)).to_numpy(dtype=float)


def _blocks(order: np.ndarray, day: np.ndarray, within: float | None, n: int):
    """Query rows (in date order) and their candidate columns, in blocks of bounded size."""
    dated = order[~np.isnan(day[order])]
    undated = order[np.isnan(day[order])]
    everyone = np.arange(n)
    if within is None or len(dated) == 0:
        rows = max(1, BLOCK_CELLS // max(n, 1))
        for s in range(0, n, rows):
            yield everyone[s : s + rows], everyone
        return
    sorted_days = day[dated]
    start = 0
    while start < len(dated):
        # grow the block while rows × candidates stays in budget (at least one day)
        stop = np.searchsorted(sorted_days, sorted_days[start], side="right")
        while stop < len(dated):
            nxt = np.searchsorted(sorted_days, sorted_days[stop], side="right")
            lo = np.searchsorted(sorted_days, sorted_days[start] - within, side="left")
            hi = np.searchsorted(sorted_days, sorted_days[nxt - 1] + within, side="right")
            if (nxt - start) * (hi - lo + len(undated)) > BLOCK_CELLS:
                break
            stop = nxt
        lo = np.searchsorted(sorted_days, sorted_days[start] - within, side="left")
        hi = np.searchsorted(sorted_days, sorted_days[stop - 1] + within, side="right")
        cand = np.concatenate([dated[lo:hi], undated])
        rows = max(1, BLOCK_CELLS // max(len(cand), 1))
        for s in range(start, stop, rows):
            yield dated[s : min(stop, s + rows)], cand
        start = stop
    rows = max(1, BLOCK_CELLS // n)
    for s in range(0, len(undated), rows):
        yield undated[s : s + rows], everyone


def top_neighbours(x: sparse.csr_matrix, day: np.ndarray, k: int, within_days: float | None,
                   min_similarity: float = 0.0, *, query: np.ndarray | None = None,
                   pool: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each row of ``x`` (L2-normalised), its ``k`` most similar other rows within ``within_days``.

    ``query`` and ``pool`` (boolean, one per row) restrict the rows whose
    neighbours are sought and the rows that may be a neighbour (articles and
    the centroids of events stacked in one matrix: each article's nearest
    centroids, never another article).

    Returns arrays ``(row, neighbour, similarity)`` sorted by row, then
    descending similarity; pairs below ``min_similarity`` or with no term in
    common are left out.

    Examples:
        >>> x = sparse.csr_matrix(np.array([[1.0, 0], [1, 0], [0.8, 0.6]]))
        >>> [a.tolist() for a in top_neighbours(x, np.zeros(3), 1, 1)[:2]]
        [[0, 1, 2], [1, 0, 0]]
        >>> side = np.array([True, True, False])
        >>> [a.tolist() for a in top_neighbours(x, np.zeros(3), 1, 1, query=side, pool=~side)[:2]]
        [[0, 1], [2, 2]]
    """
    n = x.shape[0]
    out_r, out_c, out_s = [], [], []
    for rows, cand in _blocks(np.argsort(day, kind="stable"), day, within_days, n):
        if query is not None:
            rows = rows[query[rows]]
        if pool is not None:
            cand = cand[pool[cand]]
        if not len(rows) or not len(cand):
            continue
        sims = (x[rows] @ x[cand].T).toarray()
        sims[rows[:, None] == cand[None, :]] = 0  # not itself
        if within_days is not None:
            gap = np.abs(day[rows][:, None] - day[cand][None, :])
            sims[gap > within_days] = 0  # NaN (unknown date) is kept
        kk = min(k, len(cand))
        if kk == 0:
            continue
        top = np.argpartition(-sims, kk - 1, axis=1)[:, :kk] if kk < len(cand) else np.tile(np.arange(len(cand)), (len(rows), 1))
        s = np.take_along_axis(sims, top, axis=1)
        keep = (s > 0) & (s >= min_similarity)
        r = np.repeat(rows, kk).reshape(len(rows), kk)
        out_r.append(r[keep]), out_c.append(cand[top][keep]), out_s.append(s[keep])
    r, c, s = (np.concatenate(a) if a else np.zeros(0, dtype=t) for a, t in zip((out_r, out_c, out_s), (int, int, float)))
    order = np.lexsort((c, -s, r))
    return r[order], c[order], s[order]


def prune_common(counts: sparse.csr_matrix, max_df: float) -> sparse.csr_matrix:
    """Zero the columns of terms in more than ``max_df`` of the rows (only past ``PRUNE_FROM`` rows)."""
    n = counts.shape[0]
    if n <= PRUNE_FROM or max_df >= 1:
        return counts
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    keep = (df <= max_df * n).astype(counts.dtype)
    return (counts @ sparse.diags(keep)).tocsr()


def headline_vectors(corpus: pd.DataFrame, text_col: str = "text_clean", title_col: str = "title", *,
                     unit: str = "word", ngram_range: tuple[int, int] = (3, 5)) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """TF-IDF rows of each article's text and of its headline, over one vocabulary.

    The headline is where outlets that rewrite one agency story agree most
    (the body is reordered, cut or extended). Headlines are weighed against
    the other headlines (their own idf); an article without one has a zero row.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a", "b"], "text_clean": ["قال الوزير", "قال المدرب"],
        ...                    "title": ["تفجير مسجد أبها", None]})
        >>> body, head = headline_vectors(df)
        >>> body.shape == head.shape, head[1].nnz
        (True, 0)
    """
    n = len(corpus)
    both = pd.DataFrame({"doc_id": np.arange(2 * n), text_col: list(corpus[text_col]) + _titles(corpus, title_col)})
    counts = count_matrix(both, text_col, unit=unit, ngram_range=ngram_range).matrix
    return tfidf(counts[:n]), tfidf(counts[n:])


def title_vectors(corpus: pd.DataFrame, title_col: str = "title", *, unit: str = "word",
                  ngram_range: tuple[int, int] = (3, 5)) -> sparse.csr_matrix:
    """The headline rows of :func:`headline_vectors` alone (their own vocabulary: the same cosines), bodies not counted.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a", "b"], "text_clean": ["قال الوزير", "قال المدرب"],
        ...                    "title": ["تفجير مسجد أبها", "تفجير مسجد"]})
        >>> cosine = lambda x: round(float(x[0].multiply(x[1]).sum()), 6)
        >>> cosine(title_vectors(df)) == cosine(headline_vectors(df)[1]) > 0
        True
    """
    titles = pd.DataFrame({"doc_id": np.arange(len(corpus)), "title": _titles(corpus, title_col)})
    return tfidf(count_matrix(titles, "title", unit=unit, ngram_range=ngram_range).matrix)


def _titles(corpus: pd.DataFrame, title_col: str) -> list:
    return list(corpus[title_col]) if title_col in corpus else [None] * len(corpus)


def shared_neighbour_overlap(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """For each pair ``a[i]``–``b[i]`` of a neighbour graph: the share of their neighbours they have in common.

    Jaccard index of the two articles' neighbour sets (each without the other
    article); 1 when neither has any other neighbour. Articles of one event
    sit among each other's neighbours; two events that one pair of articles
    happens to bridge share few (the shared-nearest-neighbour idea of Jarvis
    and Patrick).

    Examples:
        >>> # 0, 1, 2 all linked; 2–3 a lone bridge; 4–5 a pair apart
        >>> shared_neighbour_overlap(6, np.array([0, 0, 1, 2, 4]), np.array([1, 2, 2, 3, 5])).round(2).tolist()
        [1.0, 0.5, 0.5, 0.0, 1.0]
    """
    adj = sparse.csr_matrix((np.ones(len(a)), (a, b)), shape=(n, n))
    adj = ((adj + adj.T) > 0).astype(np.float64).tocsr()
    common = np.asarray(adj[a].multiply(adj[b]).sum(axis=1)).ravel()
    degree = np.asarray(adj.sum(axis=1)).ravel()
    union = degree[a] + degree[b] - common - 2
    return np.divide(common, union, out=np.ones(len(a)), where=union > 0)


def unit_rows(x: sparse.spmatrix) -> sparse.csr_matrix:
    """Rows scaled to length 1 (zero rows stay zero)."""
    x = x.tocsr()
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    return (sparse.diags(1 / np.where(norms > 0, norms, 1)) @ x).tocsr()


def row_dot(x: sparse.csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Dot product of rows ``a[i]`` and ``b[i]`` of ``x`` (their cosine when rows have length 1)."""
    return np.asarray(x[a].multiply(x[b]).sum(axis=1)).ravel()
