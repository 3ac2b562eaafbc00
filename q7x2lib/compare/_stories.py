"""Which articles tell the same story: similarity, event pairs and groups, shared passages, keyness."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

from ..arabic import normalize
from ..errors import Q7x2Error
from ..lexicons import word_list
from ._profiles import require_columns
from ._text import (
    connected_components, content_terms, keyness_table, repeated_runs, term_counts, tfidf_cosine, weighted_overlap,
    word_tokens,
)

# --- the knowledge, in tables --------------------------------------------------------------

#: Least event_pairs score to link two articles, per method: about the lowest pair of the bundled
#: corpus (same subject, other event). It parts unrelated stories; max_days parts events of one subject.
EVENT_THRESHOLDS = {"word": 0.15, "char": 0.2}



@lru_cache(maxsize=1)
def _number_re() -> re.Pattern:
    """Digits, or a month name (the ``month`` list of ``word_lists.csv``): the "numbers" of event_pairs."""
    months = word_list("month")
    return re.compile(r"\d+|(?<![^\W_])(?:" + "|".join(m.replace(" ", r"\s+") for m in months) + r")(?![^\W_])")


# --- similarity and events -------------------------------------------------------------------


def similarity(corpus: pd.DataFrame, method: str = "word", text_col: str = "text_clean", *,
               ngram_range: tuple[int, int] = (3, 5)) -> pd.DataFrame:
    """Article × article cosine similarity of TF-IDF vectors (square, indexed by ``doc_id``).

    ``method="word"`` compares content-word stems: normalised, proclitics
    split against the corpus vocabulary, stopwords of
    ``data/lexicons/stopwords_ar.txt`` removed, أميركي = أمريكي.
    ``method="char"`` compares character n-grams (``ngram_range``) inside
    normalised content words, which match across clitics and affixes
    (لبوتين ~ بوتين, الأوكرانية ~ أوكرانيا) without any stemming.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a", "b", "c"], "text_clean": [
        ...     "اقترح بايدن قمة مع بوتين", "وبوتين يدرس اقتراح القمة مع بايدن", "الصين تنتقد العقوبات"]})
        >>> sim = similarity(df)
        >>> bool(sim.loc["a", "b"] > sim.loc["a", "c"]), float(sim.loc["a", "c"])
        (True, 0.0)
    """
    require_columns(corpus, "doc_id", text_col)
    if method not in EVENT_THRESHOLDS:
        raise Q7x2Error(f"method must be 'word' or 'char', not {method!r}")
    counts = term_counts(corpus, text_col, unit=method, ngram_range=ngram_range)
    sim = tfidf_cosine(counts, pd.Index(corpus["doc_id"], name="doc_id"))
    sim.columns.name = "doc_id"
    return sim


def _event_dates(corpus: pd.DataFrame) -> pd.Series:
    dates = corpus["published"] if "published" in corpus else pd.Series(pd.NaT, index=corpus.index)
    if "event_date" in corpus:
        dates = dates.fillna(corpus["event_date"])
    return pd.to_datetime(dates).reset_index(drop=True)


def event_pairs(corpus: pd.DataFrame, method: str = "char", *, mentions: pd.DataFrame, max_days: float | None = None,
                min_similarity: float = 0.0,
                actor_weight: float = 0.2, number_weight: float = 0.1, text_col: str = "text_clean",
                sim: pd.DataFrame | None = None) -> pd.DataFrame:
    """Pairs of articles with the evidence that they report the same event.

    ``score = (1 - actor_weight - number_weight) × similarity + actor_weight ×
    actor overlap + number_weight × number overlap``, where overlaps are
    idf-weighted Jaccard indices of the actors (``mentions``: the
    :func:`q7x2lib.find_mentions` table of the corpus) and of the numbers and month names the two articles mention. An
    article's date is ``published``, else ``event_date``. Pairs more than
    ``max_days`` apart (unknown dates are kept) or less similar than
    ``min_similarity`` are left out: use both on large corpora. ``sim``: a
    :func:`similarity` matrix already computed for ``method``.

    Returns:
        ``doc_a, doc_b, similarity, days_apart, actor_overlap, shared_actors,
        number_overlap, shared_numbers, score``, by descending score.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a", "b"], "published": pd.to_datetime(["2021-04-13", "2021-04-14"]),
        ...     "text_clean": ["اتصل بايدن ببوتين في 13 أبريل", "بوتين وبايدن تحدثا في 13 أبريل"]})
        >>> from q7x2lib import find_mentions
        >>> event_pairs(df, mentions=find_mentions(df))[["doc_a", "doc_b", "days_apart", "shared_actors", "shared_numbers"]].values.tolist()
        [['a', 'b', 1.0, 'biden putin', '13 ابريل']]
    """
    ids = corpus["doc_id"].to_numpy()
    sim = similarity(corpus, method, text_col) if sim is None else sim.reindex(index=ids, columns=ids)
    n = len(ids)
    day = (_event_dates(corpus) - pd.Timestamp("1970-01-01")).dt.days.to_numpy(dtype=float)
    days = np.abs(day[:, None] - day[None, :])
    keep = np.triu(np.ones((n, n), dtype=bool), 1) & (sim.to_numpy() >= min_similarity)
    if max_days is not None:
        keep &= ~(days > max_days)  # NaN (unknown date) is kept
    a, b = np.nonzero(keep)
    mentions = mentions[mentions["doc_id"].isin(ids) & mentions["actor_id"].notna()]
    codes = pd.Series(np.arange(n), index=ids)
    actors = pd.DataFrame({"doc": codes[mentions["doc_id"]].to_numpy(), "item": mentions["actor_id"].to_numpy()})
    numbers = pd.DataFrame([(i, " ".join(m.split())) for i, t in enumerate(corpus[text_col])
                            for m in _number_re().findall(normalize(str(t)))], columns=["doc", "item"])
    actor_overlap, shared_actors = weighted_overlap(actors, a, b, n)
    number_overlap, shared_numbers = weighted_overlap(numbers, a, b, n)
    sims = sim.to_numpy()[a, b]
    out = pd.DataFrame({
        "doc_a": ids[a], "doc_b": ids[b], "similarity": sims, "days_apart": days[a, b],
        "actor_overlap": actor_overlap, "shared_actors": shared_actors, "number_overlap": number_overlap,
        "shared_numbers": shared_numbers,
        "score": (1 - actor_weight - number_weight) * sims + actor_weight * actor_overlap + number_weight * number_overlap,
    })
    return out.sort_values(["score", "doc_a", "doc_b"], ascending=[False, True, True], ignore_index=True)


def event_groups(corpus: pd.DataFrame, threshold: float | None = None, max_days: float | None = 2, *,
                 mentions: pd.DataFrame, method: str = "char", text_col: str = "text_clean",
                 **weights: float) -> pd.DataFrame:
    """Group articles that report the same event.

    Two articles are linked when they are at most ``max_days`` apart (or a
    date is unknown) and their :func:`event_pairs` score reaches
    ``threshold`` (default ``EVENT_THRESHOLDS[method]``); groups are the
    connected components of the links, numbered from 0 in corpus order.
    ``max_days=2`` makes *events* (a phone call and the next day's reports);
    a week makes *news threads* (an offer of talks, its refusal days later);
    ``None`` lets text alone decide. ``mentions``: the
    :func:`q7x2lib.find_mentions` table; ``weights``: ``actor_weight``,
    ``number_weight`` of :func:`event_pairs`.

    Returns:
        ``doc_id, event_group, group_size, date, partner, partner_score,
        partner_similarity, days_apart, shared_actors, shared_numbers,
        nearest, nearest_similarity``: ``partner`` is the best-scoring linked
        article (None when alone); ``nearest`` the most similar article
        whatever its date, to show where text alone would group differently.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a", "b", "c"],
        ...     "published": pd.to_datetime(["2021-04-13", "2021-04-14", "2021-01-27"]),
        ...     "text_clean": ["اقترح بايدن على بوتين قمة في دولة ثالثة", "بوتين يدرس اقتراح بايدن عقد قمة في دولة ثالثة",
        ...                    "بوتين وبايدن يمددان معاهدة ستارت"]})
        >>> from q7x2lib import find_mentions
        >>> event_groups(df, mentions=find_mentions(df))[["doc_id", "event_group", "partner"]].values.tolist()
        [['a', 0, 'b'], ['b', 0, 'a'], ['c', 1, None]]
    """
    threshold = EVENT_THRESHOLDS.get(method, 0.0) if threshold is None else threshold
    sim = similarity(corpus, method, text_col)
    links = event_pairs(corpus, method, mentions=mentions, max_days=max_days, text_col=text_col, sim=sim,
                        **weights).query("score >= @threshold")
    ids = corpus["doc_id"].to_numpy()
    codes = pd.Series(np.arange(len(ids)), index=ids)
    group = connected_components(len(ids), codes[links["doc_a"]].to_numpy(), codes[links["doc_b"]].to_numpy())
    both = pd.concat([links, links.rename(columns={"doc_a": "doc_b", "doc_b": "doc_a"})], ignore_index=True)
    best = both.sort_values(["score", "doc_b"], ascending=[False, True]).drop_duplicates("doc_a").set_index("doc_a")
    best = best.rename(columns={"doc_b": "partner", "score": "partner_score", "similarity": "partner_similarity"})
    sim = sim.to_numpy(copy=True)
    np.fill_diagonal(sim, -np.inf)
    nearest = sim.argmax(axis=1) if len(ids) else np.zeros(0, dtype=int)
    out = pd.DataFrame({"doc_id": ids, "event_group": group, "group_size": np.bincount(group)[group],
                        "date": _event_dates(corpus).to_numpy()})
    evidence = ["partner", "partner_score", "partner_similarity", "days_apart", "shared_actors", "shared_numbers"]
    out = out.join(best[evidence], on="doc_id")
    out["partner"] = out["partner"].astype(object).where(out["partner"].notna(), None)
    return out.assign(nearest=ids[nearest] if len(ids) > 1 else None,
                      nearest_similarity=sim[np.arange(len(ids)), nearest] if len(ids) > 1 else np.nan)


# --- shared passages --------------------------------------------------------------------------


def shared_passages(corpus: pd.DataFrame, min_words: int = 8, text_col: str = "text_clean") -> pd.DataFrame:
    """Passages of at least ``min_words`` words that two places share nearly verbatim.

    Words are compared normalised (hamza, ى/ي, diacritics, أميركي/أمريكي and
    punctuation do not matter); overlapping shingles merge into maximal runs.
    A passage repeated inside one article is reported too (``doc_a == doc_b``).

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
    tokens = word_tokens(corpus, text_col)
    runs = repeated_runs(tokens, min_words)
    doc, start, end = (tokens[c].to_numpy() for c in ("doc_id", "start", "end"))
    texts = dict(zip(corpus["doc_id"], corpus[text_col]))
    out = pd.DataFrame({"doc_a": doc[runs["row_a"]], "doc_b": doc[runs["row_b"]], "n_words": runs["n_words"].to_numpy()})
    for side in ("a", "b"):
        first = runs[f"row_{side}"].to_numpy()
        out[f"start_{side}"], out[f"end_{side}"] = start[first], end[first + runs["n_words"].to_numpy() - 1]
    for side in ("a", "b"):
        spans = zip(out[f"doc_{side}"], out[f"start_{side}"], out[f"end_{side}"])
        out[f"text_{side}"] = pd.Series([texts[d][a:b] for d, a, b in spans], dtype=object)
    return out.astype({"doc_a": object, "doc_b": object}).sort_values(
        ["n_words", "doc_a", "start_a"], ascending=[False, True, True], ignore_index=True)


def keyness(corpus: pd.DataFrame, group_col: str = "doc_id", min_freq: int = 3, text_col: str = "text_clean") -> pd.DataFrame:
    """Content words that set each group (article, outlet ...) apart from the rest (G²).

    Words are the normalised content-word stems of :func:`similarity`; a word
    is kept when it occurs ``min_freq`` times or more in the whole corpus.
    Missing group labels form ``"(unknown)"``.

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
    groups = corpus[group_col].astype(object).where(corpus[group_col].notna(), "(unknown)")
    if groups.nunique() < 2:
        raise Q7x2Error(f"keyness needs at least two groups in {group_col!r}; found {groups.nunique()}")
    tokens = word_tokens(corpus, text_col)
    tokens["word"] = content_terms(tokens)
    tokens["group"] = tokens["doc_id"].map(dict(zip(corpus["doc_id"], groups)))
    return keyness_table(tokens[tokens["word"].notna()], min_freq)
