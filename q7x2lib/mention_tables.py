"""Tables from the mentions: counts, positions, co-occurrence, keyword in context.

Each function takes the mentions table (:func:`q7x2lib.mentions.find_mentions`)
and, where it needs lengths or text, the corpus, and returns a tidy
DataFrame. The names are also importable from :mod:`q7x2lib.mentions` and
:mod:`q7x2lib`.
"""

from __future__ import annotations

import itertools
import re

import numpy as np
import pandas as pd

from .arabic import word_counts
from .clean import PARAGRAPH_SEP
from .errors import Q7x2Error
from .fields import FIELD_COL, TITLE, row_fields, titles_apart

__all__ = ["cooccurrence", "first_mentions", "headline_body_counts", "kwic", "mention_counts"]


def mention_counts(mentions: pd.DataFrame, corpus: pd.DataFrame, by: str = "doc_id", *, by_kind: bool = False,
                   actor_col: str = "actor_id") -> pd.DataFrame:
    """Mentions per actor per ``by`` group (article, outlet ...), raw and per 1,000 words.

    Args:
        mentions: From :func:`q7x2lib.actors.find_mentions`.
        corpus: The corpus (for ``n_words`` and the ``by`` column).
        by: A corpus column to group articles by.
        by_kind: Also split by ``kind`` (name / role / agent / group).
        actor_col: What is counted: ``actor_id`` (a specific actor; coded
            mentions of no known actor are left out), ``code`` (CAMEO-style
            country + agent) or ``country``.

    Returns:
        ``by, <actor_col>, [kind,] n, n_words, per_1000`` sorted by ``by`` then
        descending ``n``. Articles with missing ``by`` form the group
        ``"(unknown)"``. Where the mentions hold a headline given apart from
        the text (rows of ``field`` ``"title"``), its words count in
        ``n_words`` too, as its mentions count in ``n``.

    Examples:
        >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["x", None], "n_words": [500, 1000]})
        >>> mentions = pd.DataFrame({"doc_id": ["a", "a", "b"], "actor_id": ["putin", "putin", "biden"], "kind": ["name"] * 3})
        >>> mention_counts(mentions, corpus, by="outlet").values.tolist()
        [['(unknown)', 'biden', 1, 1000, 1.0], ['x', 'putin', 2, 500, 4.0]]
    """
    if by not in corpus:
        raise Q7x2Error(f"the corpus has no column {by!r} to group by")
    n_words = corpus["n_words"]
    if FIELD_COL in mentions and (row_fields(mentions) == TITLE).any():  # the headlines read apart count as read
        apart = titles_apart(corpus)
        n_words = n_words + word_counts([t if a and isinstance(t, str) else "" for t, a in zip(corpus["title"], apart)])
    if by == "doc_id":
        words = n_words.set_axis(corpus["doc_id"])
        tagged = mentions
    else:
        group = corpus[by].astype(object).where(corpus[by].notna(), "(unknown)")
        words = n_words.groupby(group).sum()
        tagged = mentions.merge(pd.DataFrame({"doc_id": corpus["doc_id"], by: group}), on="doc_id", how="left")
    keys = [by, actor_col] + (["kind"] if by_kind else [])
    tagged = tagged[tagged[actor_col].notna() & (tagged[actor_col] != "")]
    out = tagged.groupby(keys).size().rename("n").reset_index()
    out["n_words"] = out[by].map(words).astype("int64")
    out["per_1000"] = (1000 * out["n"] / out["n_words"]).round(2)
    return out.sort_values([by, "n", actor_col], ascending=[True, False, True], ignore_index=True)


def first_mentions(mentions: pd.DataFrame, corpus: pd.DataFrame, text_col: str = "text_clean") -> pd.DataFrame:
    """Where each actor first appears in each article.

    The article is read headline first: a headline given apart from the
    text (rows of ``field`` ``"title"``, :func:`q7x2lib.analyse`) comes
    before ``text_col``, and ``position`` is then taken over the two, the
    headline and a paragraph break before the text.

    Returns:
        ``doc_id, actor_id, sentence_id, start, position`` (and ``field``
        after ``doc_id`` where ``mentions`` has it: ``start`` and
        ``sentence_id`` index that field) where ``position`` is ``start`` as
        a share of the article's length (0 = first word).

    Examples:
        >>> corpus = pd.DataFrame({"doc_id": ["a"], "text_clean": ["x" * 100]})
        >>> mentions = pd.DataFrame({"doc_id": ["a", "a"], "actor_id": ["putin"] * 2, "sentence_id": [0, 2], "start": [50, 10]})
        >>> first_mentions(mentions, corpus)[["start", "position"]].values.tolist()
        [[10.0, 0.1]]
        >>> corpus = pd.DataFrame({"doc_id": ["a"], "title": ["y" * 18], "text_clean": ["x" * 80]})
        >>> mentions = mentions.assign(field=["text", "title"])
        >>> first_mentions(mentions, corpus)[["field", "start", "position"]].values.tolist()
        [['title', 10, 0.1]]
    """
    if FIELD_COL not in mentions:
        lengths = corpus.set_index("doc_id")[text_col].str.len()
        first = mentions.sort_values("start").groupby(["doc_id", "actor_id"], as_index=False).first()
        first = first[["doc_id", "actor_id", "sentence_id", "start"]]
        first["position"] = (first["start"] / first["doc_id"].map(lengths)).round(3)
        return first.sort_values(["doc_id", "start"], ignore_index=True)
    # the article as read: a headline given apart, a paragraph break, then the text
    apart = dict(zip(corpus["doc_id"], titles_apart(corpus, text_col)))
    titles = dict(zip(corpus["doc_id"], corpus["title"])) if "title" in corpus else {}
    texts = dict(zip(corpus["doc_id"], corpus[text_col]))
    head = {d: len(titles[d]) + len(PARAGRAPH_SEP) if apart.get(d) else 0 for d in texts}
    fields = row_fields(mentions)
    at = mentions["start"].to_numpy() + np.array([0 if f == TITLE else head.get(d, 0)
                                                  for d, f in zip(mentions["doc_id"].tolist(), fields)])
    ordered = mentions.assign(**{FIELD_COL: fields, "_at": at}).sort_values("_at", kind="stable")
    first = ordered.groupby(["doc_id", "actor_id"], as_index=False).first()
    first = first[["doc_id", FIELD_COL, "actor_id", "sentence_id", "start", "_at"]]
    length = first["doc_id"].map({d: head[d] + (len(t) if isinstance(t, str) else 0) for d, t in texts.items()})
    first["position"] = (first["_at"] / length).round(3)
    return first.sort_values(["doc_id", "_at"], ignore_index=True).drop(columns="_at")


def headline_body_counts(mentions: pd.DataFrame, corpus: pd.DataFrame, text_col: str = "text_clean") -> pd.DataFrame:
    """Mentions per actor in the headline and in the body of each article.

    The headline is a row of ``field`` ``"title"`` (a headline given apart
    from the text, :func:`q7x2lib.analyse`), or the start of ``text_col``
    when that starts with the ``title`` (as ``text_clean`` does on a corpus
    of .txt files); articles with neither count everything as body.

    Returns:
        ``doc_id, actor_id, headline, body``.

    Examples:
        >>> corpus = pd.DataFrame({"doc_id": ["a"], "title": ["بوتين يرد"], "text_clean": ["قال بوتين"]})
        >>> mentions = pd.DataFrame({"doc_id": ["a", "a"], "field": ["title", "text"], "actor_id": ["putin"] * 2, "start": [0, 4]})
        >>> headline_body_counts(mentions, corpus).values.tolist()
        [['a', 'putin', 1, 1]]
    """
    title_len = {
        d: len(t) if isinstance(t, str) and isinstance(x, str) and x.startswith(t) else 0
        for d, t, x in zip(corpus["doc_id"], corpus["title"], corpus[text_col])
    }
    in_head = (mentions["start"] < mentions["doc_id"].map(title_len)).to_numpy() | (row_fields(mentions) == TITLE)
    where = pd.Series(np.where(in_head, "headline", "body"), index=mentions.index)
    out = mentions.assign(part=where).pivot_table(index=["doc_id", "actor_id"], columns="part", values="start", aggfunc="count", fill_value=0)
    out = out.reindex(columns=["headline", "body"], fill_value=0).reset_index()
    out.columns.name = None
    return out


def cooccurrence(mentions: pd.DataFrame, level: str = "sentence", *, actor_col: str = "actor_id") -> pd.DataFrame:
    """How often two actors are named in the same sentence (or article).

    Args:
        mentions: From :func:`q7x2lib.actors.find_mentions`.
        level: ``"sentence"`` or ``"doc"``.
        actor_col: ``actor_id``, ``code`` or ``country`` (see :func:`mention_counts`).

    Returns:
        ``actor_a, actor_b, n`` with ``actor_a < actor_b``; ``n`` counts
        sentences (articles) that name both. A headline's sentence (a row
        of ``field`` ``"title"``) is a sentence apart from the text's.

    Examples:
        >>> mentions = pd.DataFrame({"doc_id": ["a"] * 3, "sentence_id": [0, 0, 1], "actor_id": ["putin", "biden", "putin"]})
        >>> cooccurrence(mentions).values.tolist()
        [['biden', 'putin', 1]]
    """
    units = {"sentence": ["doc_id", FIELD_COL, "sentence_id"], "doc": ["doc_id"]}  # a headline's sentence is its own
    if level not in units:
        raise Q7x2Error(f"level must be 'sentence' or 'doc', not {level!r}")
    named = mentions[mentions[actor_col].notna() & (mentions[actor_col] != "")]
    named = named.assign(**{FIELD_COL: row_fields(named)})
    sets = named.groupby(units[level])[actor_col].agg(lambda s: sorted(set(s)))
    pairs = [pair for actors in sets for pair in itertools.combinations(actors, 2)]
    out = pd.DataFrame(pairs, columns=["actor_a", "actor_b"])
    return out.value_counts().rename("n").reset_index().sort_values(["n", "actor_a", "actor_b"], ascending=[False, True, True], ignore_index=True)


def kwic(mentions: pd.DataFrame, corpus: pd.DataFrame, text_col: str = "text_clean", *, width: int = 40) -> pd.DataFrame:
    """Keyword in context: each mention with the words before and after it.

    ``before`` is the text preceding the mention (to its right when read
    right-to-left) and ``after`` the text following it, at most ``width``
    characters each and whole words only (a word the width cuts is left
    out, unless it is the only one, touching the mention); show the table with
    :func:`q7x2lib.display.rtl_table` so it reads right to left. A mention
    of ``field`` ``"title"`` (:func:`q7x2lib.analyse`) is cut from its
    article's ``title``, any other from ``text_col``.

    Returns:
        ``doc_id, sentence_id, actor_id, kind, before, mention, after`` (and
        ``field`` after ``doc_id`` where ``mentions`` has it).

    Examples:
        >>> corpus = pd.DataFrame({"doc_id": ["a"], "text_clean": ["وقال بوتين إنه مستعد."]})
        >>> mentions = pd.DataFrame({"doc_id": ["a"], "sentence_id": [0], "actor_id": ["putin"], "kind": ["name"], "start": [5], "end": [10]})
        >>> kwic(mentions, corpus)[["before", "mention", "after"]].values.tolist()
        [['وقال', 'بوتين', 'إنه مستعد.']]
        >>> kwic(mentions, corpus, width=7)[["before", "mention", "after"]].values.tolist()  # not «ه مستع»
        [['وقال', 'بوتين', 'إنه']]
        >>> corpus = corpus.assign(title=["الكرملين: بوتين مستعد"])
        >>> kwic(mentions.assign(field=["title"], start=[10], end=[15]), corpus)[["field", "before", "mention", "after"]].values.tolist()
        [['title', 'الكرملين:', 'بوتين', 'مستعد']]
    """
    fielded = FIELD_COL in mentions
    if fielded:
        titles = corpus.set_index("doc_id")["title"] if "title" in corpus else pd.Series(dtype=object)
    texts = corpus.set_index("doc_id")[text_col]
    rows = []
    for r, field in zip(mentions.itertuples(index=False), row_fields(mentions)):
        t = titles[r.doc_id] if fielded and field == TITLE else texts[r.doc_id]
        before = " ".join(_whole_words(t, max(0, r.start - width), r.start, far_end=False).split())
        after = " ".join(_whole_words(t, r.end, r.end + width, far_end=True).split())
        rows.append((r.doc_id, *((field,) if fielded else ()), r.sentence_id, r.actor_id, r.kind, before,
                     t[r.start : r.end], after))
    return pd.DataFrame(rows, columns=["doc_id", *([FIELD_COL] if fielded else []), "sentence_id", "actor_id", "kind",
                                       "before", "mention", "after"])


_FIRST_WORD = re.compile(r"^\S+(?=\s)")
_LAST_WORD = re.compile(r"(?<=\s)\S+$")


def _whole_words(text: str, a: int, b: int, *, far_end: bool) -> str:
    """``text[a:b]`` without the word its far end cuts (``b`` if ``far_end``, else ``a``).

    The near end touches the mention and is never trimmed (a proclitic written onto it, the وب of وبوتين), nor is a
    piece with no space in it: a cut word is left out only where a whole word remains.

    Examples:
        >>> text = "قال الرئيس الروسي"
        >>> _whole_words(text, 2, 17, far_end=False), _whole_words(text, 0, 8, far_end=True), _whole_words(text, 5, 8, far_end=True)
        (' الرئيس الروسي', 'قال ', 'لرئ')
    """
    piece = text[a:b]
    if far_end and b < len(text) and not text[b].isspace():
        return _LAST_WORD.sub("", piece)
    if not far_end and a > 0 and not text[a - 1].isspace():
        return _FIRST_WORD.sub("", piece)
    return piece
