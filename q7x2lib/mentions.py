"""Who is named: actor mentions found in the text, and the tables built from them.

:func:`find_mentions` runs the one term matcher (:mod:`q7x2lib.matching`)
with every phrase of the actor table (:mod:`q7x2lib.actors`) over the
normalised text, resolves dated roles by the article's date and maps each
match back to the text the reader sees. An appositive role + name (الرئيس
الروسي، فلاديمير بوتين) is one mention; a joint reference (الزعيمين) one row
per member.

The other functions take the mentions table (and the corpus where they need
lengths or text) and return tidy DataFrames: counts, positions,
co-occurrence, keyword in context.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import Counter

import numpy as np
import pandas as pd

from .actors import _actor_matcher, _Matcher, load_actors
from .arabic import NormalizedText
from .errors import Q7x2Error
from .tables import frame_from_rows

MENTION_COLUMNS = ["doc_id", "sentence_id", "actor_id", "surface", "kind", "start", "end", "proclitic"]
MENTION_DTYPES = {"surface": object, "proclitic": object, "start": "int64", "end": "int64", "sentence_id": "int64"}
# Between a role and the name it introduces: spaces and at most one comma.
_APPOSITION_GAP = re.compile(r"\s*[,،]?\s*")

# --- finding mentions -------------------------------------------------------------------------


def find_mentions(
    corpus: pd.DataFrame,
    text_col: str = "text_clean",
    actors: pd.DataFrame | None = None,
    *,
    date_col: str = "published",
    docs: list[NormalizedText] | None = None,
) -> pd.DataFrame:
    """Every mention of an actor, one row each.

    Args:
        corpus: One row per article, with ``doc_id`` and ``text_col``.
        text_col: The text to search; offsets index it.
        actors: A lexicon from :func:`load_actors` (default: bundled).
        date_col: The article date that decides dated roles (الرئيس
            الأمريكي); where it is missing, ``event_date`` is tried, then the
            role's most recent holder.
        docs: The articles' :class:`~q7x2lib.arabic.NormalizedText`, when
            the caller has them (one normalisation per article for all
            analyses), in the order of the non-empty texts.

    Returns:
        ``doc_id, sentence_id, actor_id, surface, kind, start, end,
        proclitic`` with ``corpus[text_col][start:end] == surface``;
        ``kind`` is name, role or group (a group mention gives one row per
        member); ``proclitic`` is what is attached before it (و، ل، وب ...,
        normalised; ل for the لل form of an article word).

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2021-03-19")],
        ...     "text_clean": ["قال الرئيس الروسي، فلاديمير بوتين، إن لبايدن تاريخا."]})
        >>> find_mentions(df)[["actor_id", "surface", "kind"]].values.tolist()
        [['putin', 'الرئيس الروسي، فلاديمير بوتين', 'name'], ['biden', 'لبايدن', 'name']]
    """
    actors = load_actors() if actors is None else actors
    m = _actor_matcher(actors)
    rows: list[tuple] = []
    docs = iter(docs) if docs is not None else None
    for doc_id, text, date in zip(corpus["doc_id"], corpus[text_col], _doc_dates(corpus, date_col)):
        if isinstance(text, str) and text:
            doc = next(docs) if docs is not None else NormalizedText(text)
            rows.extend(_mention_rows(doc_id, doc, m, date))
    return _mention_frame(rows)


def _mention_frame(rows: list[tuple]) -> pd.DataFrame:
    """The mention table from rows in the order of ``MENTION_COLUMNS``."""
    return frame_from_rows(rows, MENTION_COLUMNS, MENTION_DTYPES)


def _doc_dates(corpus: pd.DataFrame, date_col: str = "published") -> list:
    """Each article's date for dated roles: ``date_col``, else ``event_date``, else None."""
    dates = corpus[date_col] if date_col in corpus else pd.Series(pd.NaT, index=corpus.index)
    if "event_date" in corpus:
        dates = dates.fillna(corpus["event_date"])
    return [None if pd.isna(d) else d for d in pd.to_datetime(dates)]


def _mention_rows(doc_id, doc: NormalizedText, m: _Matcher, date) -> list[tuple]:
    """One article's rows of the mention table (see :func:`find_mentions`)."""
    found = _doc_mentions(doc, m, date)
    if not found:
        return []
    text = doc.text
    ends = [b for _, b in doc.sentences]
    return [(doc_id, bisect_right(ends, a), aid, text[a:b], kind, a, b, pre) for aid, kind, a, b, pre in found]


def _doc_mentions(doc: NormalizedText, m: _Matcher, date) -> list[tuple[str, str, int, int, str]]:
    text, norm, offsets = doc.text, doc.norm, doc.offsets
    hits = []  # (entry, norm_start_of_match, norm_end, proclitic)
    for hit in m.terms.finditer(norm):
        entry = m.resolve(hit.key, date)
        if entry is not None:
            hits.append((entry, hit.start, hit.end, hit.proclitic))
    merged: list[tuple[str, str, int, int, str]] = []
    groups: list[tuple[str, int, int]] = []
    i = 0
    while i < len(hits):
        entry, a, b, pre = hits[i]
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if entry.kind in {"role", "title"} and nxt and nxt[0].kind == "name" and _apposition(norm, b, nxt[1]):
            merged.append((nxt[0].actor_id, "name", a, nxt[2], pre))
            i += 2
            continue
        if entry.kind in {"name", "role"}:
            merged.append((entry.actor_id, entry.kind, a, b, pre))
        elif entry.kind == "group":
            groups.append((pre, a, b))
        i += 1
    found = [(aid, kind, *_orig(offsets, a, b), pre) for aid, kind, a, b, pre in merged]
    if groups:
        found += _resolve_groups(text, norm, offsets, groups, merged, m)
        found.sort(key=lambda r: (r[2], r[0]))
    return found


def _apposition(norm: str, end: int, start: int) -> bool:
    return _APPOSITION_GAP.fullmatch(norm, end, start) is not None


def _orig(offsets: np.ndarray, a: int, b: int) -> tuple[int, int]:
    return int(offsets[a]), int(offsets[b - 1]) + 1


def _resolve_groups(text, norm, offsets, groups, merged, m: _Matcher) -> list[tuple[str, str, int, int]]:
    counts = Counter(aid for aid, *_ in merged)
    ranked = [aid for aid, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    out = []
    for pre, a, b in groups:
        phrase = norm[a:b]
        pool = m.countries if any(w in phrase for w in m.joint_country_words) else m.leaders
        members = [aid for aid in ranked if aid in pool][:2]
        if len(members) == 2:
            oa, ob = _orig(offsets, a, b)
            out.extend((aid, "group", oa, ob, pre) for aid in sorted(members))
    return out


# --- tables from mentions ---------------------------------------------------------------------



def mention_counts(mentions: pd.DataFrame, corpus: pd.DataFrame, by: str = "doc_id", *, by_kind: bool = False) -> pd.DataFrame:
    """Mentions per actor per ``by`` group (article, outlet ...), raw and per 1,000 words.

    Args:
        mentions: From :func:`q7x2lib.actors.find_mentions`.
        corpus: The corpus (for ``n_words`` and the ``by`` column).
        by: A corpus column to group articles by.
        by_kind: Also split by ``kind`` (name / role / group).

    Returns:
        ``by, actor_id, [kind,] n, n_words, per_1000`` sorted by ``by`` then
        descending ``n``. Articles with missing ``by`` form the group
        ``"(unknown)"``.

    Examples:
        >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["x", None], "n_words": [500, 1000]})
        >>> mentions = pd.DataFrame({"doc_id": ["a", "a", "b"], "actor_id": ["putin", "putin", "biden"], "kind": ["name"] * 3})
        >>> mention_counts(mentions, corpus, by="outlet").values.tolist()
        [['(unknown)', 'biden', 1, 1000, 1.0], ['x', 'putin', 2, 500, 4.0]]
    """
    if by not in corpus:
        raise Q7x2Error(f"the corpus has no column {by!r} to group by")
    if by == "doc_id":
        words = corpus.set_index("doc_id")["n_words"]
        tagged = mentions
    else:
        group = corpus[by].astype(object).where(corpus[by].notna(), "(unknown)")
        words = corpus["n_words"].groupby(group).sum()
        tagged = mentions.merge(pd.DataFrame({"doc_id": corpus["doc_id"], by: group}), on="doc_id", how="left")
    keys = [by, "actor_id"] + (["kind"] if by_kind else [])
    out = tagged.groupby(keys).size().rename("n").reset_index()
    out["n_words"] = out[by].map(words).astype("int64")
    out["per_1000"] = (1000 * out["n"] / out["n_words"]).round(2)
    return out.sort_values([by, "n", "actor_id"], ascending=[True, False, True], ignore_index=True)


def first_mentions(mentions: pd.DataFrame, corpus: pd.DataFrame, text_col: str = "text_clean") -> pd.DataFrame:
    """Where each actor first appears in each article.

    Returns:
        ``doc_id, actor_id, sentence_id, start, position`` where ``position``
        is ``start`` as a share of the article's length (0 = first word).

    Examples:
        >>> corpus = pd.DataFrame({"doc_id": ["a"], "text_clean": ["x" * 100]})
        >>> mentions = pd.DataFrame({"doc_id": ["a", "a"], "actor_id": ["putin"] * 2, "sentence_id": [0, 2], "start": [50, 10]})
        >>> first_mentions(mentions, corpus)[["start", "position"]].values.tolist()
        [[10.0, 0.1]]
    """
    lengths = corpus.set_index("doc_id")[text_col].str.len()
    first = mentions.sort_values("start").groupby(["doc_id", "actor_id"], as_index=False).first()
    first = first[["doc_id", "actor_id", "sentence_id", "start"]]
    first["position"] = (first["start"] / first["doc_id"].map(lengths)).round(3)
    return first.sort_values(["doc_id", "start"], ignore_index=True)


def headline_body_counts(mentions: pd.DataFrame, corpus: pd.DataFrame, text_col: str = "text_clean") -> pd.DataFrame:
    """Mentions per actor in the headline and in the body of each article.

    The headline is the ``title`` when ``text_col`` starts with it (as
    ``text_clean`` does); articles without a title count everything as body.

    Returns:
        ``doc_id, actor_id, headline, body``.
    """
    title_len = {
        d: len(t) if isinstance(t, str) and isinstance(x, str) and x.startswith(t) else 0
        for d, t, x in zip(corpus["doc_id"], corpus["title"], corpus[text_col])
    }
    where = (mentions["start"] < mentions["doc_id"].map(title_len)).map({True: "headline", False: "body"})
    out = mentions.assign(part=where).pivot_table(index=["doc_id", "actor_id"], columns="part", values="start", aggfunc="count", fill_value=0)
    out = out.reindex(columns=["headline", "body"], fill_value=0).reset_index()
    out.columns.name = None
    return out


def cooccurrence(mentions: pd.DataFrame, level: str = "sentence") -> pd.DataFrame:
    """How often two actors are named in the same sentence (or article).

    Args:
        mentions: From :func:`q7x2lib.actors.find_mentions`.
        level: ``"sentence"`` or ``"doc"``.

    Returns:
        ``actor_a, actor_b, n`` with ``actor_a < actor_b``; ``n`` counts
        sentences (articles) that name both.

    Examples:
        >>> mentions = pd.DataFrame({"doc_id": ["a"] * 3, "sentence_id": [0, 0, 1], "actor_id": ["putin", "biden", "putin"]})
        >>> cooccurrence(mentions).values.tolist()
        [['biden', 'putin', 1]]
    """
    units = {"sentence": ["doc_id", "sentence_id"], "doc": ["doc_id"]}
    if level not in units:
        raise Q7x2Error(f"level must be 'sentence' or 'doc', not {level!r}")
    sets = mentions.groupby(units[level])["actor_id"].agg(lambda s: sorted(set(s)))
    pairs = [pair for actors in sets for pair in itertools.combinations(actors, 2)]
    out = pd.DataFrame(pairs, columns=["actor_a", "actor_b"])
    return out.value_counts().rename("n").reset_index().sort_values(["n", "actor_a", "actor_b"], ascending=[False, True, True], ignore_index=True)


def kwic(mentions: pd.DataFrame, corpus: pd.DataFrame, text_col: str = "text_clean", *, width: int = 40) -> pd.DataFrame:
    """Keyword in context: each mention with the words before and after it.

    ``before`` is the text preceding the mention (to its right when read
    right-to-left) and ``after`` the text following it; show the table with
    :func:`q7x2lib.display.rtl_table` so it reads right to left.

    Returns:
        ``doc_id, sentence_id, actor_id, kind, before, mention, after``.

    Examples:
        >>> corpus = pd.DataFrame({"doc_id": ["a"], "text_clean": ["وقال بوتين إنه مستعد."]})
        >>> mentions = pd.DataFrame({"doc_id": ["a"], "sentence_id": [0], "actor_id": ["putin"], "kind": ["name"], "start": [5], "end": [10]})
        >>> kwic(mentions, corpus)[["before", "mention", "after"]].values.tolist()
        [['وقال', 'بوتين', 'إنه مستعد.']]
    """
    texts = corpus.set_index("doc_id")[text_col]
    rows = []
    for r in mentions.itertuples(index=False):
        t = texts[r.doc_id]
        before = " ".join(t[max(0, r.start - width) : r.start].split())
        after = " ".join(t[r.end : r.end + width].split())
        rows.append((r.doc_id, r.sentence_id, r.actor_id, r.kind, before, t[r.start : r.end], after))
    return pd.DataFrame(rows, columns=["doc_id", "sentence_id", "actor_id", "kind", "before", "mention", "after"])
