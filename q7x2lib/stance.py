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
from bisect import bisect_left, bisect_right
from functools import lru_cache

import numpy as np
import pandas as pd

from .actors import actor_matcher, doc_dates, load_actors, mention_frame, mention_rows
from .arabic import NormalizedText, normalize, trie_regex
from .errors import LexiconError
from .polarity import load_stance_terms, polarity_of_normalized, read_lexicon_table, score_polarity
from .tables import frame_from_rows

__all__ = ["actor_stance", "doc_stance", "find_statements", "load_reporting_verbs", "load_stance_terms", "score_polarity"]

#: Quotations shorter than this are labels or scare quotes ("قاتل"), not statements.
MIN_QUOTE_WORDS = 3
STATEMENT_COLUMNS = [
    "doc_id", "statement_id", "sentence_id", "speaker_id", "speaker_side", "speaker_surface",
    "cue", "cue_kind", "is_headline", "start", "end", "polarity", "evidence", "text",
]
STATEMENT_DTYPES = {
    "speaker_id": object, "speaker_side": object, "speaker_surface": object, "text": object, "evidence": object,
    "statement_id": "int64", "sentence_id": "int64", "start": "int64", "end": "int64",
    "is_headline": bool, "polarity": float,
}
_QUOTE_RE = re.compile(r"“[^”]{3,}”|«[^»]{3,}»|\"[^\"]{3,}\"")
_SUBJECT_END_RE = re.compile(r"(?<![^\W_])(?:[وف]?(?:ان|انه|انها|انهم|بان|بانه|بانها))(?![^\W_])|[:“«\"]")
_SVO_GAP = re.compile(r"\s*(?:[,،]\s*(?:(?:كان|كانت|قد)\s+)+|(?:(?:كان|كانت|قد)\s+)*)")
#: Words allowed between a verb and its subject: descriptors such as
#: "وكالة الأنباء الروسية" before "ريا نوفوستي", or a time adverbial.
_DESCRIPTOR_WORDS = ("وكاله", "وكالة", "صحيفة", "صحيفه", "قناة", "قناه", "موقع", "شبكة", "شبكه", "اليوم", "امس")
MAX_SUBJECT_GAP = 3
_RELATIVE_GAP = re.compile(r"\s+(?:التي|الذي)\s+")
_HEADLINE_GAP = re.compile(r"\s*")
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
    if mentions is None:
        return mentions_and_statements(corpus, text_col, actors)[1]
    sides = _sides(actors)
    # grouped in plain Python: a pandas groupby costs ~0.5 ms per article here
    by_doc: dict = {}
    for d, a, b, aid, surface, pre in zip(*(mentions[c].tolist() for c in ("doc_id", "start", "end", "actor_id", "surface", "proclitic"))):
        if not pd.isna(d) and _is_subject(aid, pre, sides):  # as groupby, which drops missing keys
            by_doc.setdefault(d, []).append((a, b, aid, surface))
    rows: list[tuple] = []
    for doc_id, text, title in zip(corpus["doc_id"], corpus[text_col], _titles(corpus)):
        if isinstance(text, str) and text:
            rows.extend(_doc_statements(doc_id, NormalizedText(text), title, by_doc.get(doc_id), sides))
    return statement_frame(rows)


def mentions_and_statements(
    corpus: pd.DataFrame, text_col: str = "text_clean", actors: pd.DataFrame | None = None, *, date_col: str = "published"
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`q7x2lib.actors.find_mentions` and :func:`find_statements` in one pass.

    Each article is normalised and split into sentences once, for both
    tables; the results are those of the two functions called one after the
    other.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a"], "title": [None], "published": [pd.Timestamp("2021-04-14")],
        ...     "text_clean": ["وقال بيسكوف إن القمة ممكنة."]})
        >>> mentions, statements = mentions_and_statements(df)
        >>> mentions.actor_id.tolist(), statements.speaker_id.tolist()
        (['peskov'], ['peskov'])
    """
    actors = load_actors() if actors is None else actors
    m, sides = actor_matcher(actors), _sides(actors)
    mention_table: list[tuple] = []
    statement_table: list[tuple] = []
    for doc_id, text, date, title in zip(corpus["doc_id"], corpus[text_col], doc_dates(corpus, date_col), _titles(corpus)):
        if not (isinstance(text, str) and text):
            continue
        doc = NormalizedText(text)
        found = mention_rows(doc_id, doc, m, date)
        mention_table.extend(found)
        subjects = None if pd.isna(doc_id) else [(a, b, aid, surface) for _, _, aid, surface, _, a, b, pre in found if _is_subject(aid, pre, sides)]
        statement_table.extend(_doc_statements(doc_id, doc, title, subjects, sides))
    return mention_frame(mention_table), statement_frame(statement_table)


_PREPOSITION = frozenset("بلك")


def _is_subject(actor_id: str, proclitic: object, sides: dict[str, str]) -> bool:
    """A mention that can be a subject: no preposition attached (لبوتين، بالكرملين), a side.

    An actor missing from ``sides`` (a mention table made with another
    lexicon) is kept, as it always was.
    """
    return bool(sides.get(actor_id, True)) and _PREPOSITION.isdisjoint(str(proclitic))


def _sides(actors: pd.DataFrame) -> dict[str, str]:
    return actors.drop_duplicates("actor_id").set_index("actor_id")["side"].to_dict()


def _titles(corpus: pd.DataFrame) -> pd.Series:
    return corpus["title"] if "title" in corpus else pd.Series(None, index=corpus.index)


def statement_frame(rows: list[tuple]) -> pd.DataFrame:
    """The statement table from rows in the order of ``STATEMENT_COLUMNS``."""
    return frame_from_rows(rows, STATEMENT_COLUMNS, STATEMENT_DTYPES)


def _doc_statements(doc_id: str, doc: NormalizedText, title, ment: list | None, sides: dict) -> list[tuple]:
    cue_re, kinds = _cue_pattern()
    text, norm, offsets, to_norm = doc.text, doc.norm, doc.offsets, doc.to_norm

    def norm_of(a: int, b: int) -> str:  # normalize(text[a:b]), without normalising again
        return norm[to_norm[a] : to_norm[b]]

    ment = _DocMentions(ment or [])
    title_end = len(title) if isinstance(title, str) and text.startswith(title) else 0
    rows, last_speaker = [], None
    for sid, (sa, sb) in enumerate(doc.sentences):
        na, nb = to_norm[sa], to_norm[sb]
        cues = _drop_quotes_inside_verb_statements(list(cue_re.finditer(norm, na, nb)))
        spans = []  # (kind, cue, start, end of the cue)
        # what is said runs on over speech it reports (إن بايدن أعرب عن ...):
        # a bare verb cue inside a statement. It stops at the speaker's next
        # act (وأضاف، مؤكدة) or a quotation: the starts of all other cues.
        stops = []
        if sa < title_end and not cues:
            m = _HEADLINE_COLON_RE.match(text[sa:sb])
            if m:
                colon = sa + m.end("who")
                spans.append(("headline", ":", colon, colon))
                stops.append(colon)
        for c in cues:
            kind = kinds.get(" ".join(c.group("verb").split()), "verb") if c.group("verb") else "quote"
            if kind == "ignore" or (kind == "quote" and len(c.group().split()) < MIN_QUOTE_WORDS):
                continue
            ca, cb = int(offsets[c.start()]), int(offsets[c.end() - 1]) + 1
            spans.append((kind, text[ca:cb], ca, cb))
            if kind != "verb" or norm[c.start()] in {"و", "ف"}:  # the cue's first letter, normalised
                stops.append(ca)
        for i, (kind, cue, ca, cb) in enumerate(spans):
            end = spans[i + 1][2] if i + 1 < len(spans) else sb
            said_end = stops[bisect_right(stops, ca)] if stops and stops[-1] > ca else sb
            cue_kind = kind
            if kind == "headline":  # "الكرملين: ..." is said by the actor before the colon
                speaker = ment.before(text, sa, ca, _HEADLINE_GAP)
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


def _speaker(kind: str, text: str, sa: int, ca: int, cb: int, end: int, ment: _DocMentions, norm_of) -> tuple[str, str] | None:
    if kind in {"quote", "participle"}:
        return None  # a participle (مؤكدة، قائلا) shares the subject of the verb before it
    conjoined = norm_of(ca, cb)[:1] in {"و", "ف"}
    if kind == "verb" and not conjoined:
        before = ment.before(text, sa, ca, _SVO_GAP)  # الكرملين يقول إن ...
        if before:
            return before
    norm_tail = norm_of(cb, end)
    stop = _SUBJECT_END_RE.search(norm_tail)
    zone_end = cb + (stop.start() if stop else min(len(norm_tail), 60))
    if kind == "attribution":
        zone_end = min(end, cb + 60)
    first = ment.first_from(cb, zone_end)
    if first is not None:
        a, b, aid, surface = first
        if kind == "attribution" or _subject_gap_ok(norm_of(cb, a)):
            return aid, surface
    if kind == "verb":
        return ment.before(text, sa, ca, _RELATIVE_GAP)  # تصريحات بايدن التي قال فيها
    return None


def _subject_gap_ok(gap: str) -> bool:
    """Only descriptors or a time adverbial may stand between verb and subject.

    A bare noun right before the name makes it a possessor (التزام واشنطن،
    مزاعم موسكو), not the subject. ``gap`` is normalised.
    """
    words = gap.replace("،", " ").replace(",", " ").split()
    return len(words) <= MAX_SUBJECT_GAP and all(w.startswith("ال") or w in _DESCRIPTOR_WORDS for w in words)


class _DocMentions:
    """An article's subject mentions ``(start, end, actor_id, surface)``, searchable by position.

    Mentions from :func:`find_mentions` come sorted by start, so the
    candidates in a span are a slice found by bisection; mentions in any
    other order are searched one by one, with the same results.
    """

    def __init__(self, ment: list[tuple]) -> None:
        self.ment = ment
        starts = [m[0] for m in ment]
        self.starts = starts if all(x <= y for x, y in zip(starts, starts[1:])) else None

    def _between(self, lo: int, hi: int) -> list[tuple]:
        """The mentions with ``lo <= start < hi``, in list order."""
        if self.starts is None:
            return [m for m in self.ment if lo <= m[0] < hi]
        return self.ment[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def before(self, text: str, sa: int, ca: int, gap: re.Pattern) -> tuple[str, str] | None:
        """The last mention in ``[sa, ca)`` that only ``gap`` separates from ``ca``."""
        for a, b, aid, surface in reversed(self._between(sa, ca)):
            if b <= ca and gap.fullmatch(text, b, ca):
                return aid, surface
        return None

    def first_from(self, lo: int, hi: int) -> tuple | None:
        """The first mention (in list order) that starts in ``[lo, hi)``."""
        found = self._between(lo, hi)
        return found[0] if found else None


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
