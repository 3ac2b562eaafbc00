"""Who speaks: reported statements, their cues and their speakers.

Transparent rules, all of whose knowledge is data:

* ``data/lexicons/reporting_verbs.csv``: reporting verbs (قال، أكد، أعلن ...)
  in their forms, participles (مؤكدا، مضيفا، قائلا) and attribution phrases
  (بحسب، وفقا ل، نقلا عن، جاء في), found by the one term matcher;
* the ``speaker_descriptor`` list of ``data/lexicons/word_lists.csv``;
* the actor mentions of :func:`q7x2lib.find_mentions` for speakers.

A statement runs from its cue to the next cue or the end of the sentence.
Its speaker is the first actor named between the cue and the complementiser
(إن/أن), a colon or a quotation mark (Arabic news puts the subject after the
verb: وقال بيسكوف إن ...); failing that, an actor named right before the
cue (الكرملين يقول إن ...); failing that, for a verb with no subject
(وأضاف، وتابع، مؤكدة) the previous statement's speaker. A headline of the
form "الكرملين: ..." is a statement by the actor before the colon.

Each statement's polarity comes from :mod:`q7x2lib.stance`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import pandas as pd

from .actors import _bundled_actors
from .arabic import NormalizedText
from .lexicons import load_lexicon, word_list
from .matching import VERB_PROCLITICS, TermMatcher
from .mentions import find_mentions
from .stance import _polarity_of_normalized, _stance_lexicon
from .tables import LastTableCache, frame_from_rows

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
MAX_SUBJECT_GAP = 3
_RELATIVE_GAP = re.compile(r"\s+(?:التي|الذي)\s+")
_HEADLINE_GAP = re.compile(r"\s*")
_HEADLINE_COLON_RE = re.compile(r"^(?P<who>[^:\n]{2,40}):\s*\S")


# --- cues --------------------------------------------------------------------------------------


class _Cues:
    """The reporting verbs of a table, compiled once with the one term matcher, and quotations."""

    def __init__(self, verbs: pd.DataFrame) -> None:
        self.kinds = dict(zip(verbs.norm, verbs.kind))
        terms = TermMatcher(verbs.norm, proclitics=VERB_PROCLITICS, article_forms=False)
        self.pattern = re.compile(f"{terms.pattern.pattern}|{_QUOTE_RE.pattern}")
        # Words allowed between a verb and its subject: descriptors such as
        # "وكالة الأنباء الروسية" before "ريا نوفوستي", or a time adverbial.
        self.descriptors = frozenset(word_list("speaker_descriptor"))


_CUES = LastTableCache()


def _cues(verbs: pd.DataFrame) -> _Cues:
    return _CUES.get(verbs, _Cues)


# --- statements --------------------------------------------------------------------------------


def find_statements(
    corpus: pd.DataFrame,
    text_col: str = "text_clean",
    actors: pd.DataFrame | None = None,
    *,
    mentions: pd.DataFrame,
    verbs: pd.DataFrame | None = None,
    terms: pd.DataFrame | None = None,
    docs: list[NormalizedText] | None = None,
) -> pd.DataFrame:
    """One row per reported speech act, with speaker, side and polarity.

    Args:
        corpus: One row per article (``doc_id``, ``text_col``, and ``title``
            for headline statements).
        text_col: The text to read; offsets index it.
        actors: The actor lexicon the mentions were found with (default:
            bundled); it gives each speaker's side.
        mentions: The :func:`q7x2lib.find_mentions` table of the corpus:
            speakers are the actors it found.
        verbs: A reporting-verb table (:func:`q7x2lib.load_lexicon`
            ``"reporting_verbs"``; default: bundled).
        terms: A cooperation–conflict lexicon (``"stance_terms"``).
        docs: The articles' :class:`~q7x2lib.arabic.NormalizedText`, when
            the caller has them (one normalisation per article for all
            analyses).

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
        >>> from q7x2lib import find_mentions
        >>> find_statements(df, mentions=find_mentions(df))[["speaker_id", "cue_kind", "polarity"]].values.tolist()
        [['peskov', 'verb', 0.7], ['peskov', 'continuation', -0.8]]
    """
    actors = _bundled_actors() if actors is None else actors
    sides = _sides(actors)
    cues = _cues(load_lexicon("reporting_verbs") if verbs is None else verbs)
    lexicon = _stance_lexicon(terms)
    # grouped in plain Python: a pandas groupby costs ~0.5 ms per article here
    by_doc: dict = {}
    for d, a, b, aid, surface, pre in zip(*(mentions[c].tolist() for c in ("doc_id", "start", "end", "actor_id", "surface", "proclitic"))):
        if not pd.isna(d) and _is_subject(aid, pre, sides):  # as groupby, which drops missing keys
            by_doc.setdefault(d, []).append((a, b, aid, surface))
    rows: list[tuple] = []
    docs = iter(docs) if docs is not None else None
    for doc_id, text, title in zip(corpus["doc_id"], corpus[text_col], _titles(corpus)):
        if isinstance(text, str) and text:
            doc = next(docs) if docs is not None else NormalizedText(text)
            rows.extend(_doc_statements(doc_id, doc, title, by_doc.get(doc_id), sides, cues, lexicon))
    return _statement_frame(rows)


def mentions_and_statements(
    corpus: pd.DataFrame, text_col: str = "text_clean", actors: pd.DataFrame | None = None, *, date_col: str = "published"
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`q7x2lib.find_mentions` then :func:`find_statements`, each article normalised once.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a"], "title": [None], "published": [pd.Timestamp("2021-04-14")],
        ...     "text_clean": ["وقال بيسكوف إن القمة ممكنة."]})
        >>> mentions, statements = mentions_and_statements(df)
        >>> mentions.actor_id.tolist(), statements.speaker_id.tolist()
        (['peskov'], ['peskov'])
    """
    actors = _bundled_actors() if actors is None else actors
    docs = [NormalizedText(t) for t in corpus[text_col] if isinstance(t, str) and t]
    mentions = find_mentions(corpus, text_col, actors, date_col=date_col, docs=docs)
    return mentions, find_statements(corpus, text_col, actors, mentions=mentions, docs=docs)


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


def _statement_frame(rows: list[tuple]) -> pd.DataFrame:
    """The statement table from rows in the order of ``STATEMENT_COLUMNS``."""
    return frame_from_rows(rows, STATEMENT_COLUMNS, STATEMENT_DTYPES)


def _doc_statements(doc_id: str, doc: NormalizedText, title, ment: list | None, sides: dict,
                    cue_set: _Cues, lexicon) -> list[tuple]:
    cue_re, kinds = cue_set.pattern, cue_set.kinds
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
            kind = kinds.get(" ".join(c.group("term").split()), "verb") if c.group("term") else "quote"
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
                speaker = _speaker(kind, text, sa, ca, cb, end, ment, norm_of, cue_set.descriptors)
            if speaker is None and kind in {"verb", "participle"} and last_speaker is not None and not _unknown_subject(norm_of(cb, end)):
                speaker, cue_kind = last_speaker, "continuation"
            elif speaker is None and kind == "quote" and last_speaker is not None and _quote_only(text, sa, ca):
                speaker, cue_kind = last_speaker, "continuation"
            start = sa if kind == "headline" else ca  # a headline statement is the whole headline
            polarity, evidence = _polarity_of_normalized(norm_of(sa if kind == "headline" else cb, said_end), lexicon)
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
        if c.group("term") is None and out and out[-1].group("term") is not None:
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


def _speaker(kind: str, text: str, sa: int, ca: int, cb: int, end: int, ment: _DocMentions, norm_of,
             descriptors: frozenset[str]) -> tuple[str, str] | None:
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
        if kind == "attribution" or _subject_gap_ok(norm_of(cb, a), descriptors):
            return aid, surface
    if kind == "verb":
        return ment.before(text, sa, ca, _RELATIVE_GAP)  # تصريحات بايدن التي قال فيها
    return None


def _subject_gap_ok(gap: str, descriptors: frozenset[str]) -> bool:
    """Only descriptors or a time adverbial may stand between verb and subject.

    A bare noun right before the name makes it a possessor (التزام واشنطن،
    مزاعم موسكو), not the subject. ``gap`` is normalised.
    """
    words = gap.replace("،", " ").replace(",", " ").split()
    return len(words) <= MAX_SUBJECT_GAP and all(w.startswith("ال") or w in descriptors for w in words)


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


