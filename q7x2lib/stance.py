"""Stance: who speaks, and whether what they say leans to cooperation or confrontation.

Transparent rules, all of whose knowledge is data:

* ``data/lexicons/reporting_verbs.csv``: reporting verbs (قال، أكد، أعلن ...)
  in their forms, participles (مؤكدا، مضيفا، قائلا) and attribution phrases
  (بحسب، وفقا ل، نقلا عن، جاء في);
* ``data/lexicons/stance_terms.csv``: a cooperation–conflict lexicon in the
  spirit of the CAMEO/Goldstein scale, each entry with a polarity (+1
  cooperation, -1 confrontation), an intensity ``weight`` and a category;
  ``*`` at the end of a term matches any ending (عقوب* → عقوبات، العقوبة);
* the actor table of :mod:`q7x2lib.actors` for speakers.

A statement runs from its cue to the next cue or the end of the sentence.
Its speaker is the first actor named between the cue and the complementiser
(إن/أن), a colon or a quotation mark (Arabic news puts the subject after the
verb: وقال بيسكوف إن ...); failing that, an actor named right before the
cue (الكرملين يقول إن ...); failing that, for a verb with no subject
(وأضاف، وتابع، مؤكدة) the previous statement's speaker. A headline of the
form "الكرملين: ..." is a statement by the actor before the colon.

Polarity (:mod:`q7x2lib.polarity`, re-exported here) is the mean signed
intensity of the lexicon entries found in what is said, with negation.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

from .actors import find_mentions, load_actors
from .arabic import normalize, normalize_with_offsets, normalized_positions, sentence_spans, trie_regex
from .errors import LexiconError
from .polarity import load_stance_terms, polarity_of_normalized, read_lexicon_table, score_polarity

__all__ = ["actor_stance", "doc_stance", "find_statements", "load_reporting_verbs", "load_stance_terms", "score_polarity"]

#: Quotations shorter than this are labels or scare quotes ("قاتل"), not statements.
MIN_QUOTE_WORDS = 3
STATEMENT_COLUMNS = [
    "doc_id", "statement_id", "sentence_id", "speaker_id", "speaker_side", "speaker_surface",
    "cue", "cue_kind", "is_headline", "start", "end", "polarity", "evidence", "text",
]
_QUOTE_RE = re.compile(r"“[^”]{3,}”|«[^»]{3,}»|\"[^\"]{3,}\"")
_SUBJECT_END_RE = re.compile(r"(?<![^\W_])(?:[وف]?(?:ان|انه|انها|انهم|بان|بانه|بانها))(?![^\W_])|[:“«\"]")
_SVO_GAP = r"\s*(?:[,،]\s*(?:(?:كان|كانت|قد)\s+)+|(?:(?:كان|كانت|قد)\s+)*)"
#: Words allowed between a verb and its subject: descriptors such as
#: "وكالة الأنباء الروسية" before "ريا نوفوستي", or a time adverbial.
_DESCRIPTOR_WORDS = ("وكاله", "وكالة", "صحيفة", "صحيفه", "قناة", "قناه", "موقع", "شبكة", "شبكه", "اليوم", "امس")
MAX_SUBJECT_GAP = 3
_RELATIVE_GAP = r"\s+(?:التي|الذي)\s+"
_HEADLINE_COLON_RE = re.compile(r"^(?P<who>[^:\n]{2,40}):\s*\S")


# --- lexicons --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def load_reporting_verbs() -> pd.DataFrame:
    """The reporting verbs, participles and attribution phrases (normalised).

    Examples:
        >>> verbs = load_reporting_verbs()
        >>> sorted(set(verbs.kind))
        ['attribution', 'ignore', 'participle', 'verb']
    """
    table = read_lexicon_table("reporting_verbs.csv", ["form", "lemma", "kind"])
    bad = table[~table.kind.isin(["verb", "participle", "attribution", "ignore"])]
    if len(bad):
        raise LexiconError(f"reporting_verbs.csv, line {bad.index[0] + 2}: kind must be verb, participle, attribution or ignore")
    return table.assign(norm=table.form.map(lambda f: " ".join(normalize(f).split())))


@lru_cache(maxsize=1)
def _cue_pattern() -> tuple[re.Pattern, dict[str, str]]:
    verbs = load_reporting_verbs().sort_values("norm", key=lambda s: -s.str.len())
    kinds = dict(zip(verbs.norm, verbs.kind))
    # A trie tries the longest verb first at a position, as the alternation
    # of verbs sorted by length did, but does not try every verb in turn.
    alts = trie_regex(sorted(set(verbs.norm)))
    cue_re = re.compile(rf"(?<![^\W_])(?P<pre>(?:[وف]\s?){{0,2}})(?P<verb>{alts})(?![^\W_])|{_QUOTE_RE.pattern}")
    return cue_re, kinds


# --- statements --------------------------------------------------------------------------------


def find_statements(
    corpus: pd.DataFrame,
    text_col: str = "text_clean",
    actors: pd.DataFrame | None = None,
    *,
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per reported speech act, with speaker, side and polarity.

    Args:
        corpus: One row per article (``doc_id``, ``text_col``, and ``title``
            for headline statements).
        text_col: The text to read; offsets index it.
        actors: An actor lexicon (default: bundled).
        mentions: Precomputed :func:`q7x2lib.actors.find_mentions` output.

    Returns:
        ``doc_id, statement_id, sentence_id, speaker_id, speaker_side,
        speaker_surface, cue, cue_kind, is_headline, start, end, polarity,
        evidence, text``. ``cue_kind`` is verb, participle, attribution,
        quote, headline or continuation (a verb without subject that takes
        the previous speaker); ``start``/``end`` span the statement in
        ``text_col``; ``speaker_id`` is None when unattributed.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a"], "title": [None], "published": [pd.Timestamp("2021-04-14")],
        ...     "text_clean": ["وقال بيسكوف إن القمة ممكنة. وأضاف أن العقوبات تهديد."]})
        >>> find_statements(df)[["speaker_id", "cue_kind", "polarity"]].values.tolist()
        [['peskov', 'verb', 0.7], ['peskov', 'continuation', -0.8]]
    """
    actors = load_actors() if actors is None else actors
    mentions = find_mentions(corpus, text_col, actors) if mentions is None else mentions
    sides = actors.drop_duplicates("actor_id").set_index("actor_id")["side"].to_dict()
    # a mention with a preposition attached (لبوتين، بالكرملين) cannot be a subject
    subjects = mentions[~mentions.proclitic.astype(str).str.contains("[بلك]", regex=True) & mentions.actor_id.map(sides).astype(bool)]
    # grouped in plain Python: a pandas groupby costs ~0.5 ms per article here
    by_doc: dict = {}
    for d, *mention in zip(*(subjects[c].tolist() for c in ("doc_id", "start", "end", "actor_id", "surface"))):
        if not pd.isna(d):  # as groupby, which drops missing keys
            by_doc.setdefault(d, []).append(tuple(mention))
    titles = corpus["title"] if "title" in corpus else pd.Series(None, index=corpus.index)
    rows: list[tuple] = []
    for doc_id, text, title in zip(corpus["doc_id"], corpus[text_col], titles):
        if isinstance(text, str) and text:
            rows.extend(_doc_statements(doc_id, text, title, by_doc.get(doc_id), sides))
    out = pd.DataFrame(rows, columns=STATEMENT_COLUMNS)
    return out.astype({
        "speaker_id": object, "speaker_side": object, "speaker_surface": object, "text": object, "evidence": object,
        "statement_id": "int64", "sentence_id": "int64", "start": "int64", "end": "int64",
        "is_headline": bool, "polarity": float,
    })


def _doc_statements(doc_id: str, text: str, title, ment: list | None, sides: dict) -> list[tuple]:
    cue_re, kinds = _cue_pattern()
    norm, offsets = normalize_with_offsets(text)
    to_norm = normalized_positions(text, norm, offsets)

    def norm_of(a: int, b: int) -> str:  # normalize(text[a:b]), without normalising again
        return norm[to_norm[a] : to_norm[b]]

    ment = ment or []
    title_end = len(title) if isinstance(title, str) and text.startswith(title) else 0
    rows, last_speaker = [], None
    for sid, (sa, sb) in enumerate(sentence_spans(text)):
        na, nb = to_norm[sa], to_norm[sb]
        cues = _drop_quotes_inside_verb_statements(list(cue_re.finditer(norm, na, nb)))
        spans = []  # (kind, cue, start, end of the cue)
        if sa < title_end and not cues:
            m = _HEADLINE_COLON_RE.match(text[sa:sb])
            if m:
                colon = sa + m.end("who")
                spans.append(("headline", ":", colon, colon))
        for c in cues:
            kind = kinds.get(" ".join(c.group("verb").split()), "verb") if c.group("verb") else "quote"
            if kind == "ignore" or (kind == "quote" and len(c.group().split()) < MIN_QUOTE_WORDS):
                continue
            ca, cb = int(offsets[c.start()]), int(offsets[c.end() - 1]) + 1
            spans.append((kind, text[ca:cb], ca, cb))
        for i, (kind, cue, ca, cb) in enumerate(spans):
            end = spans[i + 1][2] if i + 1 < len(spans) else sb
            # what is said runs on over speech it reports (إن بايدن أعرب عن ...)
            # and stops at the speaker's next act (وأضاف، مؤكدة) or a quotation
            said_end = next((sp[2] for sp in spans[i + 1 :] if not _nested(sp, text)), sb)
            cue_kind = kind
            if kind == "headline":  # "الكرملين: ..." is said by the actor before the colon
                speaker = _speaker_before(text, sa, ca, ment, gap=r"\s*")
            else:
                speaker = _speaker(kind, text, sa, ca, cb, end, ment, norm_of)
            if speaker is None and kind in {"verb", "participle"} and last_speaker is not None and not _unknown_subject(norm_of(cb, end)):
                speaker, cue_kind = last_speaker, "continuation"
            elif speaker is None and kind == "quote" and last_speaker is not None and _quote_only(text, sa, ca):
                speaker, cue_kind = last_speaker, "continuation"
            start = sa if kind == "headline" else ca  # a headline statement is the whole headline
            polarity, evidence = polarity_of_normalized(norm_of(sa if kind == "headline" else cb, said_end))
            if speaker is not None and kind != "attribution":
                last_speaker = speaker  # "بحسب X" names a source, not who goes on speaking
            aid, surface = speaker if speaker else (None, None)
            rows.append((  # in the order of STATEMENT_COLUMNS
                doc_id, len(rows), sid,
                aid, sides.get(aid) if aid else None, surface,
                cue.strip(), cue_kind, sa < title_end,
                start, end, polarity,
                "; ".join(evidence), text[start:end],
            ))
    return rows


def _nested(span: tuple, text: str) -> bool:
    """A bare verb cue inside another statement: reported speech within it."""
    kind, cue, ca, cb = span
    return kind == "verb" and normalize(cue)[:1] not in {"و", "ف"}


def _drop_quotes_inside_verb_statements(cues: list) -> list:
    """A quotation that follows a reporting verb belongs to that verb's statement."""
    out = []
    for c in cues:
        if c.group("verb") is None and out and out[-1].group("verb") is not None:
            continue
        out.append(c)
    return out


def _quote_only(text: str, sa: int, ca: int) -> bool:
    return not text[sa:ca].strip(" ،,:")


def _unknown_subject(norm_tail: str) -> bool:
    """The verb has a subject that is no actor (قالت الوزارة، وأفادت السفارة).

    ``norm_tail`` is the normalised text from the end of the verb on.
    """
    words = norm_tail.split()
    return bool(words) and words[0].startswith("ال") and len(words[0]) > 3


def _speaker(kind: str, text: str, sa: int, ca: int, cb: int, end: int, ment: list, norm_of) -> tuple[str, str] | None:
    if kind in {"quote", "participle"}:
        return None  # a participle (مؤكدة، قائلا) shares the subject of the verb before it
    conjoined = norm_of(ca, cb)[:1] in {"و", "ف"}
    if kind == "verb" and not conjoined:
        before = _speaker_before(text, sa, ca, ment, gap=_SVO_GAP)  # الكرملين يقول إن ...
        if before:
            return before
    norm_tail = norm_of(cb, end)
    stop = _SUBJECT_END_RE.search(norm_tail)
    zone_end = cb + (stop.start() if stop else min(len(norm_tail), 60))
    if kind == "attribution":
        zone_end = min(end, cb + 60)
    for a, b, aid, surface in ment:
        if cb <= a < zone_end:
            if kind == "attribution" or _subject_gap_ok(norm_of(cb, a)):
                return aid, surface
            break
    if kind == "verb":
        return _speaker_before(text, sa, ca, ment, gap=_RELATIVE_GAP)  # تصريحات بايدن التي قال فيها
    return None


def _subject_gap_ok(gap: str) -> bool:
    """Only descriptors or a time adverbial may stand between verb and subject.

    A bare noun right before the name makes it a possessor (التزام واشنطن،
    مزاعم موسكو), not the subject. ``gap`` is normalised.
    """
    words = gap.replace("،", " ").replace(",", " ").split()
    return len(words) <= MAX_SUBJECT_GAP and all(w.startswith("ال") or w in _DESCRIPTOR_WORDS for w in words)


def _speaker_before(text: str, sa: int, ca: int, ment: list, gap: str = r"\s*(?:[,،]\s*)?") -> tuple[str, str] | None:
    for a, b, aid, surface in reversed(ment):
        if sa <= a and b <= ca and re.fullmatch(gap, text[b:ca]):
            return aid, surface
    return None


# --- per article and per actor ---------------------------------------------------------------


def doc_stance(corpus: pd.DataFrame, statements: pd.DataFrame | None = None) -> pd.DataFrame:
    """Voice and tone per article.

    Returns:
        Indexed by ``doc_id``: ``n_statements, n_attributed,
        ru_voice_share, us_voice_share`` (shares of attributed statements by
        side), ``ru_text_share, us_text_share`` (shares of the characters of
        attributed statements), ``cooperation_index`` (mean statement
        polarity), ``headline_polarity`` (headline statements, or the
        headline's own lexicon polarity when it is not a statement; NaN
        without a headline) and ``body_polarity``.

    Examples:
        >>> from q7x2lib import load_corpus
        >>> stance = doc_stance(load_corpus())
        >>> bool(stance.ru_voice_share.between(0, 1).all())
        True
    """
    statements = find_statements(corpus) if statements is None else statements
    st = statements.assign(chars=statements.end - statements.start)
    attributed = st[st.speaker_side.notna()]
    out = pd.DataFrame(index=pd.Index(corpus["doc_id"], name="doc_id"))
    out["n_statements"] = st.groupby("doc_id").size().reindex(out.index, fill_value=0)
    out["n_attributed"] = attributed.groupby("doc_id").size().reindex(out.index, fill_value=0)
    for side in ("RU", "US"):
        n = attributed[attributed.speaker_side == side].groupby("doc_id").size()
        chars = attributed[attributed.speaker_side == side].groupby("doc_id").chars.sum()
        out[f"{side.lower()}_voice_share"] = (n.reindex(out.index, fill_value=0) / out.n_attributed.replace(0, np.nan)).round(3)
        total_chars = attributed.groupby("doc_id").chars.sum().reindex(out.index)
        out[f"{side.lower()}_text_share"] = (chars.reindex(out.index, fill_value=0) / total_chars).round(3)
    out["cooperation_index"] = st.groupby("doc_id").polarity.mean().reindex(out.index).round(3)
    head = st.loc[st.is_headline].groupby("doc_id").polarity.mean()
    titles = corpus.set_index("doc_id")["title"] if "title" in corpus else pd.Series(None, index=out.index)
    own = titles.map(lambda t: score_polarity(t)[0] if isinstance(t, str) else np.nan)
    out["headline_polarity"] = head.reindex(out.index).fillna(own).round(3)
    out["body_polarity"] = st.loc[~st.is_headline].groupby("doc_id").polarity.mean().reindex(out.index).round(3)
    return out


def actor_stance(statements: pd.DataFrame, *, by_doc: bool = True) -> pd.DataFrame:
    """Mean polarity and number of statements per speaker (per article).

    Returns:
        ``speaker_id, [doc_id,] n_statements, mean_polarity, min_polarity,
        max_polarity``, so one can see the same official sound
        confrontational in one article and conciliatory in another.

    Examples:
        >>> st = pd.DataFrame({"doc_id": ["a", "b"], "speaker_id": ["peskov"] * 2, "polarity": [-0.8, 0.6]})
        >>> actor_stance(st, by_doc=False).values.tolist()
        [['peskov', 2, -0.1, -0.8, 0.6]]
    """
    keys = ["speaker_id", "doc_id"] if by_doc else ["speaker_id"]
    g = statements.dropna(subset=["speaker_id"]).groupby(keys).polarity
    out = pd.DataFrame({"n_statements": g.size(), "mean_polarity": g.mean().round(3), "min_polarity": g.min(), "max_polarity": g.max()})
    return out.reset_index()
