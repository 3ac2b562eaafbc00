"""What each article cites, how it spells and which subtopics it covers.

The house-style side of source comparison: cited agencies, media and
officials (:func:`cited_sources`), spelling fingerprints
(:func:`spelling_profile`) and subtopic coverage (:func:`topic_coverage`),
each from a table in ``data/lexicons/`` loaded and checked by
:func:`load_lexicon`. :mod:`q7x2lib.compare` re-exports them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from ..arabic import WORD_RE, normalize, normalize_with_offsets, span_in_original
from ..errors import Q7x2Error
from ..lexicons import load_lexicon, with_tables, word_list
from ..matching import TermMatcher
from ._text import match_terms

#: Most words between a cue and the source it governs (ذكرت وكالة الأنباء الروسية ريا نوفوستي).
MAX_CUE_GAP = 3

# Punctuation (normalised: ، ؛ ؟ are , ; ?) or إن/أن, which opens the reported content, ends a cue's reach.
_GAP_STOP_RE = re.compile(r"[,:;!?.]|(?<![^\W_])ب?ان(?:ه|ها)?(?![^\W_])")


def require_columns(corpus: pd.DataFrame, *cols: str) -> None:
    missing = [c for c in cols if c not in corpus]
    if missing:
        raise Q7x2Error(f"the corpus has no column(s) {missing} (columns: {list(corpus.columns)})")
    repeated = corpus["doc_id"][corpus["doc_id"].duplicated()]
    if len(repeated):
        raise Q7x2Error(f"doc_id must be unique; repeated: {sorted(set(repeated))[:5]}")


# --- cited sources ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """Cues before a source, verbs after it, and phrases that look like cues but are not (يذكر أن).

    The verbs and "according to" phrases of the reporting-verb table, plus
    the ``extra_source_cue`` list of ``word_lists.csv``.
    """
    table = load_lexicon("reporting_verbs")
    verbs = table.loc[table["kind"] == "verb", "norm"].tolist() + list(word_list("extra_source_cue"))
    ignore = frozenset(table.loc[table["kind"] == "ignore", "norm"])
    phrases = sorted(set(verbs) | set(table.loc[table["kind"] == "attribution", "norm"]) | ignore, key=len, reverse=True)

    def alt(words: list[str]) -> str:  # a phrase ending in ل takes the next word (وفقا لما)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") + ("" if w.endswith(" ل") else r"(?![^\W_])") for w in words)

    before = re.compile(rf"(?<![^\W_])[وف]{{0,2}}(?P<cue>{alt(phrases)})")
    after = re.compile(rf"\s*(?:(?:كان|قد)\s+)?(?P<cue>:|[وف]?(?:{alt(sorted(verbs, key=len, reverse=True))}))")
    return before, after, ignore


def _cue_span(norm: str, start: int, end: int) -> tuple[int, int] | None:
    """The cue governing the source at ``norm[start:end]`` (see :func:`cited_sources`)."""
    before, after, ignore = _cue_patterns()
    window_start = max(0, start - 80)
    cut = max(norm.rfind(c, window_start, start) for c in ".!?\n") + 1
    for m in before.finditer(norm, max(cut, window_start), start):
        gap = norm[m.end("cue") : start]
        near = len(WORD_RE.findall(gap)) <= MAX_CUE_GAP and not _GAP_STOP_RE.search(gap)
        if near and " ".join(m.group("cue").split()) not in ignore:
            return m.span("cue")
    verb = after.match(norm, end)
    return verb.span("cue") if verb else None


@with_tables
def cited_sources(corpus: pd.DataFrame, text_col: str = "text_clean", sources: pd.DataFrame | None = None, *,
                  tables: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """Agencies, media and officials each article attributes information to.

    Agencies, television and newspapers are listed wherever named; officials
    (الكرملين، البيت الأبيض ...) only when an attribution cue (بحسب، وفقا لـ،
    ذكرت ...) or a reporting verb governs them: before the name, at most
    ``MAX_CUE_GAP`` words away with no punctuation or إن/أن between (قالت
    المتحدثة باسم البيت الأبيض), or right after it (البيت الأبيض كان أعلن، a title's "الكرملين:").

    Returns:
        ``doc_id, source_id, type, surface, start, end, cue``, one row per
        citation; offsets index ``corpus[text_col]``; ``cue`` is the phrase
        as printed (None when there is none).

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a"], "text_clean": [
        ...     "ووبحسب وكالة \\"سبوتنيك\\"، زار الكرملين وفد. وقال البيت الأبيض إن القمة ممكنة."]})
        >>> cited_sources(df)[["source_id", "surface", "cue"]].values.tolist()
        [['sputnik', 'سبوتنيك', 'بحسب'], ['white_house', 'البيت الأبيض', 'قال']]
    """
    require_columns(corpus, "doc_id", text_col)
    sources = load_lexicon("sources") if sources is None else sources
    variants = sources.assign(variant=sources["variants"].str.split("|")).explode("variant")
    variants = variants[variants["variant"].str.strip() != ""].reset_index(drop=True)
    hits = match_terms(corpus, variants["variant"].str.strip().tolist(), text_col)
    hits["source_id"] = variants["source_id"].to_numpy()[hits["term_index"]]
    hits["type"] = variants["type"].to_numpy()[hits["term_index"]]
    hits = hits.sort_values(["doc_id", "start"], ignore_index=True)
    texts = dict(zip(corpus["doc_id"], corpus[text_col]))
    cues: list[str | None] = []
    for doc_id, group in hits.groupby("doc_id", sort=False):  # in the sorted order of hits
        text = texts[doc_id]
        norm, offsets = normalize_with_offsets(text)
        for a, b in np.searchsorted(offsets, group[["start", "end"]].to_numpy()):  # original → normalised offsets
            span = _cue_span(norm, int(a), int(b))
            cues.append(text[slice(*span_in_original(offsets, *span))] if span else None)
    hits["cue"] = pd.Series(cues, index=hits.index, dtype=object)
    keep = (hits["type"] != "official") | hits["cue"].notna()
    return hits.loc[keep, ["doc_id", "source_id", "type", "surface", "start", "end", "cue"]].reset_index(drop=True)


# --- spelling fingerprints, keyness, topics ---------------------------------------------------------


@with_tables
def spelling_profile(corpus: pd.DataFrame, text_col: str = "text_clean", features: pd.DataFrame | None = None, *,
                     tables: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """House-style fingerprints: how often each article uses each spelling.

    The rules of ``data/lexicons/spelling_features.csv`` run on the text as
    printed (never normalised): أمريكي / أميركي / امريكى, أوكرانيا variants,
    final ى for ي (الحالى، فى), hamza written or dropped (إجراء / اجراء),
    Latin or Arabic-Indic digits, quote marks, Arabic or Latin comma, space
    before punctuation, tatweel, diacritics, Latin words.

    Returns:
        ``doc_id, feature_id, group, n, per_1000, share``: ``share`` is ``n``
        over the article's total for the feature's group (NaN when the group
        is absent), so أمريكي 1.0 / أميركي 0.0 reads as a house choice.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a"], "n_words": [4], "text_clean": ["الجانب الامريكى والرئيس الأمريكي"]})
        >>> p = spelling_profile(df).set_index("feature_id")
        >>> p.loc[["america_amrik", "america_bare_alef", "nisba_maqsura"], "n"].tolist()
        [1, 1, 1]
    """
    require_columns(corpus, "doc_id", text_col)
    features = load_lexicon("spelling_features") if features is None else features
    texts = corpus[text_col].fillna("").astype(str)
    counts = np.array([[len(rx.findall(t)) for rx in features["regex"]] for t in texts], dtype="int64").reshape(-1)
    k = len(features)
    out = pd.DataFrame({"doc_id": np.repeat(corpus["doc_id"].to_numpy(), k), "n": counts,
                        "feature_id": np.tile(features["feature_id"], len(corpus)), "group": np.tile(features["group"], len(corpus))})
    out = out[["doc_id", "feature_id", "group", "n"]].astype({"doc_id": object, "feature_id": object, "group": object})
    words = corpus["n_words"] if "n_words" in corpus else texts.map(lambda t: len(WORD_RE.findall(t)))
    out["per_1000"] = (1000 * out["n"] / np.repeat(words.to_numpy(), k).clip(min=1)).round(2)
    total = out.groupby(["doc_id", "group"], sort=False)["n"].transform("sum")
    out["share"] = (out["n"] / total.where(total > 0)).round(3)
    return out


@with_tables
def topic_coverage(corpus: pd.DataFrame, text_col: str = "text_clean", topics: pd.DataFrame | None = None, *,
                   tables: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """How often each article touches each subtopic of ``data/lexicons/topics.csv``.

    Keywords match with their proclitics; overlapping keywords of one topic
    count once (الحد من التسلح is one match, not also التسلح).

    Returns:
        ``doc_id, topic_id, n`` for every article × topic, zeros included.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a"], "text_clean": ["مددا معاهدة نيو ستارت للحد من التسلح"]})
        >>> tc = topic_coverage(df).set_index("topic_id")["n"]
        >>> int(tc["arms_control"]), int(tc["navalny"])
        (2, 0)
    """
    require_columns(corpus, "doc_id", text_col)
    topics = load_lexicon("topics") if topics is None else topics
    matchers = [TermMatcher({" ".join(normalize(k).split()) for k in kws.split("|") if k.strip()}, ignore_case=True)
                for kws in topics["keywords"]]
    norms = [normalize(t) if isinstance(t, str) else "" for t in corpus[text_col]]  # counts need no offsets
    counts = np.array([[sum(1 for _ in m.finditer(t)) for m in matchers] for t in norms], dtype="int64").reshape(-1)
    return pd.DataFrame({"doc_id": np.repeat(corpus["doc_id"].to_numpy(), len(topics)),
                         "topic_id": np.tile(topics["topic_id"].to_numpy(), len(corpus)), "n": counts}).astype(
        {"doc_id": object, "topic_id": object})
