"""Tables built from actor mentions: counts, positions, co-occurrence, KWIC, accuracy.

Every function takes the mentions table of :func:`q7x2lib.actors.find_mentions`
(and the corpus where it needs lengths or text) and returns a tidy DataFrame.
"""

from __future__ import annotations

import itertools

import pandas as pd

from .errors import Q7x2Error


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
