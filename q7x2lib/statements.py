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
from typing import NamedTuple

import pandas as pd

from .actors import _bundled_actors
from .arabic import NormalizedText, space_separated_spans
from .arabic import normalize as normalize_text
from .lexicons import bundled_table, load_lexicon, word_list
from .matching import VERB_PROCLITICS, WILDCARD, TermMatcher
from .mentions import find_mentions
from .stance import _polarity_of_normalized, _stance_lexicon
from .tables import LastTableCache, frame_from_rows

#: Quotations shorter than this are labels or scare quotes ("قاتل"), not statements.
MIN_QUOTE_WORDS = 3
STATEMENT_COLUMNS = [
    "doc_id", "statement_id", "sentence_id", "speaker_id", "speaker_side", "speaker_surface",
    "speaker_code", "speaker_basis", "cue", "cue_kind", "is_headline", "start", "end", "polarity", "evidence", "text",
]
STATEMENT_DTYPES = {
    "speaker_id": object, "speaker_side": object, "speaker_surface": object, "speaker_code": object,
    "speaker_basis": object, "text": object, "evidence": object,
    "statement_id": "int64", "sentence_id": "int64", "start": "int64", "end": "int64",
    "is_headline": bool, "polarity": float,
}
# A quotation closes within its paragraph and before the next opening mark: an
# unbalanced mark must not swallow the next sentence's cue.
_QUOTE_RE = re.compile(r"“[^”“\n]{3,400}”|«[^»«\n]{3,400}»|\"[^\"\n]{3,400}\"")
_SUBJECT_END_RE = re.compile(r"(?<![^\W_])(?:[وف]?(?:ان|انه|انها|انهم|بان|بانه|بانها))(?![^\W_])|[:“«\"]")
_SVO_GAP = re.compile(r"\s*(?:[,،]\s*(?:(?:كان|كانت|قد)\s+)+|(?:(?:كان|كانت|قد)\s+)*)[\"«“]?")
MAX_SUBJECT_GAP = 3
_RELATIVE_GAP = re.compile(r"\s+(?:التي|الذي)\s+")
_HEADLINE_GAP = re.compile(r"\s*")
_HEADLINE_COLON_RE = re.compile(r"^(?P<who>[^:\n]{2,40}):\s*\S")


# --- cues --------------------------------------------------------------------------------------


class _Cues:
    """The reporting verbs of a table, compiled once with the one term matcher, and quotations."""

    def __init__(self, verbs: pd.DataFrame) -> None:
        self.kinds = dict(zip(verbs.norm, verbs.kind))
        # attach_lam: "وفقا لوكالة" is the cue "وفقا ل" with its ل joined to the source
        terms = TermMatcher(verbs.norm, proclitics=VERB_PROCLITICS, article_forms=False, attach_lam=True)
        self.pattern = re.compile(f"{terms.pattern.pattern}|{_QUOTE_RE.pattern}")
        # Every match of the pattern holds the first word of a term, or opens with a quotation mark:
        # where none of these occurs, a sentence needs no scan (see candidates)
        import ahocorasick_rs

        firsts = {key.split(" ")[0].rstrip(WILDCARD) for key in terms.lookup} | set("“«\"")
        self._firsts = ahocorasick_rs.AhoCorasick(sorted(firsts)) if all(firsts) else None
        self.terms = terms.pattern
        # Words allowed between a verb and its subject: descriptors such as
        # "وكالة الأنباء الروسية" before "ريا نوفوستي", or a time adverbial.
        self.descriptors = frozenset(word_list("speaker_descriptor"))
        self.stop = frozenset(word_list("subject_stop"))
        self.inanimate = frozenset(word_list("inanimate_subject"))
        self.non_speech = frozenset(word_list("non_speech_object"))
        self.back_nouns = frozenset(word_list("back_reference_noun"))
        self.slogan_heads = frozenset(word_list("slogan_head"))
        self.titles = frozenset(word_list("speaker_title"))
        lemmas = dict(zip(verbs.norm, verbs.lemma.map(normalize_text)))
        # a form with an object pronoun (أعلنه، اعتبرها، تبناه): in a relative clause its subject follows it
        bases = set(lemmas) | set(lemmas.values())
        self.with_object = frozenset(f for f in lemmas if " " not in f and any(
            f.endswith(p) and (f[: -len(p)] in bases or {f[: -len(p) - 1] + "ى", f[: -len(p) - 1] + "ي"} & bases)
            for p in ("ه", "ها", "هما", "هم")))  # تبناه from تبنى; not تتهم, a form of اتهم
        self.months = frozenset(w for m in word_list("month") for w in m.split())
        self.source_heads = frozenset(word_list("source_head"))
        self.honorifics = frozenset(word_list("honorific_pronoun"))
        self.documents = frozenset(word_list("document_noun"))
        # a present-tense form (يؤكد، تطالب), told from a past one that starts with ت (تعهد، توعد) by its lemma
        self.present = frozenset(f for f, k in self.kinds.items()
                                 if k == "verb" and f[:1] in {"ي", "ت"} and not f.startswith(lemmas[f]))
        # an indefinite word that opens a speaker phrase: the first word of an agent phrase (رئيس، وزير، مصدر)
        agents = load_lexicon("agents")
        self.agent_codes = frozenset(agents["agent"])
        self.heads = (frozenset(normalize_text(str(p)).split()[0] for p in agents["phrase"] if str(p).strip())
                      | self.descriptors | self.titles)

    def candidates(self, norm: str) -> list[int] | None:
        """Every place in ``norm`` where a match of ``pattern`` may begin its term or quotation, sorted (None: anywhere).

        A match's term begins with a term's first word, a quotation with its
        mark; these needles hold no space, so an occurrence lies inside one
        sentence.
        """
        if self._firsts is None:
            return None
        return sorted(s for _, s, _ in self._firsts.find_matches_as_indexes(norm, overlapping=True))


#: More characters than any proclitic string of VERB_PROCLITICS (two conjunctions, each with a space).
_CUE_LEAD = 8
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
    cues = _cues(bundled_table("reporting_verbs") if verbs is None else verbs)
    lexicon = _stance_lexicon(terms)
    # grouped in plain Python: a pandas groupby costs ~0.5 ms per article here
    by_doc: dict = {}
    codes = mentions["code"].tolist() if "code" in mentions else [None] * len(mentions)
    cols = (mentions[c].tolist() for c in ("doc_id", "start", "end", "actor_id", "surface", "proclitic"))
    for (d, a, b, aid, surface, pre), code in zip(zip(*cols), codes):
        if not pd.isna(d):  # as groupby, which drops missing keys
            by_doc.setdefault(d, []).append((a, b, None if pd.isna(aid) else aid, surface, code or None,
                                             _is_subject(aid, pre, sides)))
    rows: list[tuple] = []
    docs = iter(docs) if docs is not None else None
    for doc_id, text, title in zip(corpus["doc_id"], corpus[text_col], _titles(corpus)):
        if isinstance(text, str) and text:
            doc = next(docs) if docs is not None else NormalizedText(text)
            rows.extend(_doc_statements(doc_id, doc, title, by_doc.get(doc_id), sides, cues, lexicon))
    return _statement_frame(rows)


def mentions_and_statements(
    corpus: pd.DataFrame, text_col: str = "text_clean", actors: pd.DataFrame | None = None, *,
    tables: dict[str, pd.DataFrame] | None = None, date_col: str = "published",
    docs: list[NormalizedText] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`q7x2lib.find_mentions` then :func:`find_statements`, each article normalised once.

    ``actors`` and ``tables`` as for :func:`q7x2lib.find_mentions` (e.g. from
    :func:`q7x2lib.actors.user_tables`); ``docs``: the articles already
    normalised, as there, for a caller that needs them for more analyses.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a"], "title": [None], "published": [pd.Timestamp("2021-04-14")],
        ...     "text_clean": ["وقال بيسكوف إن القمة ممكنة."]})
        >>> mentions, statements = mentions_and_statements(df)
        >>> mentions.actor_id.tolist(), statements.speaker_id.tolist()
        (['peskov'], ['peskov'])
    """
    actors = _bundled_actors() if actors is None else actors
    if docs is None:
        docs = [NormalizedText(t) for t in corpus[text_col] if isinstance(t, str) and t]
    mentions = find_mentions(corpus, text_col, actors, tables=tables, date_col=date_col, docs=docs)
    return mentions, find_statements(corpus, text_col, actors, mentions=mentions, docs=docs)


def speaker_counts(statements: pd.DataFrame, by: str = "speaker") -> pd.DataFrame:
    """Who speaks most: statements per speaker, also for speakers no table knows.

    Args:
        statements: From :func:`find_statements`.
        by: ``speaker`` (a person or body: the actor when a table knows it,
            else the normalised ``speaker_surface``, so that one speaker
            written three ways counts once), ``speaker_code`` (CAMEO
            country + agent) or ``country``.

    Returns:
        ``<by>, label, n, n_docs`` sorted by descending ``n``; ``label`` is
        the most frequent surface of the group.

    Examples:
        >>> st = pd.DataFrame({"doc_id": ["a", "a", "b"], "speaker_id": [None, None, "putin"],
        ...     "speaker_surface": ["الوزارة", "وزارة الصحة", "بوتين"], "speaker_code": [None, "SAUGOV", "RUSGOV"]})
        >>> speaker_counts(st, by="country").values.tolist()
        [['RUS', 'بوتين', 1, 1], ['SAU', 'وزارة الصحة', 1, 1]]
    """
    st = statements[statements["speaker_surface"].notna()].copy()
    if by == "speaker":
        key = [aid if isinstance(aid, str) and aid else _surface_key(s) for aid, s in zip(st["speaker_id"], st["speaker_surface"])]
    elif by == "speaker_code":
        key = st["speaker_code"].tolist()
    elif by == "country":
        agents = set(load_lexicon("agents")["agent"])  # a code that is only an agent (GOV) names no country
        key = [c[:3] if isinstance(c, str) and len(c) >= 3 and c not in agents else None for c in st["speaker_code"]]
    else:
        raise ValueError(f"by must be 'speaker', 'speaker_code' or 'country', not {by!r}")
    st[by] = key
    st = st[st[by].notna() & (st[by] != "")]
    g = st.groupby(by)
    out = pd.DataFrame({"label": g["speaker_surface"].agg(lambda x: x.value_counts().index[0]),
                        "n": g.size(), "n_docs": g["doc_id"].nunique()}).reset_index()
    return out.sort_values(["n", by], ascending=[False, True], ignore_index=True)


def _surface_key(surface: str) -> str:
    """One group per speaker however written: normalised, without و/ف, quotation marks or punctuation."""
    words = [w.strip(_PUNCT) for w in normalize_text(surface).split()]
    words = [w for w in words if w]
    if words and words[0][:1] in {"و", "ف"} and words[0][1:3] == "ال":
        words[0] = words[0][1:]
    return " ".join(words)


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
    subjects = _Subjects(doc, ment, cue_set)
    title_end = len(title) if isinstance(title, str) and text.startswith(title) else 0
    rows, last_speaker, named = [], None, []  # named: every speaker so far, for back-references
    candidates = cue_set.candidates(norm)
    for sid, (sa, sb) in enumerate(doc.sentences):
        na, nb = to_norm[sa], to_norm[sb]
        if candidates is None:
            cues = _drop_quotes_inside_verb_statements(list(cue_re.finditer(norm, na, nb)))
        else:  # scanned from the first place a cue can be, or not at all
            k = bisect_left(candidates, na)
            first = candidates[k] if k < len(candidates) and candidates[k] < nb else None
            cues = [] if first is None else \
                _drop_quotes_inside_verb_statements(list(cue_re.finditer(norm, max(na, first - _CUE_LEAD), nb)))
        spans = []  # (kind, cue, start, end of the cue)
        # what is said runs on over speech it reports (إن بايدن أعرب عن ...):
        # a bare verb cue inside a statement. It stops at the speaker's next
        # act (وأضاف، مؤكدة) or a quotation: the starts of all other cues.
        stops = []
        if sa < title_end and not any(c.group("term") for c in cues):
            m = _HEADLINE_COLON_RE.match(text[sa:sb])
            if m and subjects.headline_speaker(sa, sa + m.end("who")) is not None:
                colon = sa + m.end("who")
                spans.append(("headline", ":", colon, colon))
                stops.append(colon)
                cues = [c for c in cues if c.start() >= to_norm[colon]]  # a quoted name before the colon is X's
        for c in cues:
            if c.group("term") is None:  # a quotation that opens with the cue itself: واشنطن "تدين بشدة" الاعتداء
                opening = cue_set.terms.match(norm, c.start() + 1, c.end())
                if opening is not None and kinds.get(" ".join(opening.group("term").split())) == "verb":
                    c = opening
            kind = kinds.get(" ".join(c.group("term").split()), "verb") if c.group("term") else "quote"
            if kind == "ignore" or (kind == "quote" and not subjects.is_speech_quote(c.start(), c.end())):
                continue
            ca, cb = int(offsets[c.start()]), int(offsets[c.end() - 1]) + 1
            if kind == "verb" and subjects.is_passive(ca, cb):
                continue  # أُعلن عن ...: no one speaks
            if kind == "verb" and c.start() == c.start("term") and " ".join(c.group("term").split()) in cue_set.present \
                    and subjects.in_content_clause(c.start()):
                continue  # قالت إن باكستان تطالب ...: what is said, not a new statement
            if kind == "verb" and c.start() == c.start("term") and subjects.negated(c.start()):
                continue  # لم تعلن أي جهة المسؤولية: no one said it
            spans.append((kind, text[ca:cb], ca, cb))
            if kind != "verb" or norm[c.start()] in {"و", "ف"}:  # the cue's first letter, normalised
                stops.append(ca)
        for i, (kind, cue, ca, cb) in enumerate(spans):
            end = spans[i + 1][2] if i + 1 < len(spans) else sb
            said_end = stops[bisect_right(stops, ca)] if stops and stops[-1] > ca else sb
            cue_kind = kind
            if kind == "headline":  # "الكرملين: ..." is said by the one before the colon
                speaker = subjects.headline_speaker(sa, ca)
            else:
                speaker = subjects.speaker(kind, sa, ca, cb, end, named)
            if speaker is _NOT_SPEECH:
                continue
            if speaker is None and kind in {"verb", "participle"} and text[sa:sb].rstrip()[-1:] in {"؟", "?"} \
                    and "ساءل" not in normalize_text(cue):
                continue  # هل تعتقد أن ...؟: an interviewer's question, no one reported (وتساءل ...؟ is reported)
            if speaker is None and kind in {"verb", "participle", "quote"} and last_speaker is not None:
                if kind != "quote" or _quote_only(text, sa, ca):
                    speaker, cue_kind = last_speaker._replace(basis="continuation"), "continuation"
            if kind == "quote" and speaker is None:
                continue  # a quotation is a statement when someone says it
            start = sa if kind == "headline" else ca  # a headline statement is the whole headline
            polarity, evidence = _polarity_of_normalized(norm_of(sa if kind == "headline" else cb, said_end), lexicon)
            if speaker is not None and kind != "attribution":
                last_speaker = speaker  # "بحسب X" names a source, not who goes on speaking
            if speaker is not None and speaker.basis not in {"continuation", "back_reference"}:
                named.append(speaker)
            sp = speaker or _NO_SPEAKER
            rows.append((  # in the order of STATEMENT_COLUMNS
                doc_id, len(rows), sid,
                sp.actor_id, sides.get(sp.actor_id) if sp.actor_id else None, sp.surface, sp.code, sp.basis,
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


# --- subjects ----------------------------------------------------------------------------------


class _Speaker(NamedTuple):
    """Who speaks: the actor (when a table knows it), the subject as written, its code, how it was found."""

    actor_id: str | None
    surface: str | None
    code: str | None
    basis: str


_NO_SPEAKER = _Speaker(None, None, None, "none")
_NOT_SPEECH = _Speaker(None, None, None, "not speech")  # a cue that reports nothing: drop the row
_PUNCT = "،,.:;!?؟\"()[]{}-–—…"
_COMPLEMENTISER_RE = re.compile(r"[وف]?(?:ب|ل)?(?:ان|انه|انها|انهم|انهما|اننا|انني)")
_WORKPLACES = frozenset("جامعة الجامعة وزارة الوزارة مركز المركز معهد المعهد مجلس المجلس هيئة الهيئة سفارة السفارة".split())
# a pronoun that resumes ما/الذي (وهو ما شدد عليه الجبير، الذي أعلن عنه الرئيس)
_RESUMPTIVE = frozenset("عليه عليها به بها عنه عنها فيه فيها".split())
_SKIPPABLE_FIRST = frozenset("اليوم امس غدا ايضا مساء صباح ظهر فجر ليل مجددا كذلك بدوره بدورها نفسه الاحد الاثنين "
                             "الثلاثاء الاربعاء الخميس الجمعة السبت مرارا سابقا مؤخرا لاحقا حينها انفا يوم يوما".split()
                             ) | _RESUMPTIVE  # between the verb and its subject
_MAX_SUBJECT_WORDS = 9
_NISBA_RE = re.compile(r"ال\w+(?:يين|يون|يات)")  # a plural adjective of origin (اليمنيين): agrees with the noun before
_RELATIVES = frozenset("التي الذي الذين والتي والذي والذين".split())
_NEGATORS = frozenset("لم ولم فلم لن ولن فلن لا ولا".split())
_CLAUSE_OPENERS = frozenset("لكن ولكن بينما فيما وفيما كما وكما اذ بل ثم".split())  # لكن الخبير رضا يعتبر أن ...
_CIRCUMSTANCE = frozenset("في خلال امام عبر لدي اثناء".split())  # words that may follow a subject before what is said
_ADDRESSEES = frozenset("للصحفيين للصحافيين للصحافة للصحيفة للوكالة للقناة للتلفزيون".split())


class _Subjects:
    """The subject noun phrase of each cue of one article, following Arabic news syntax.

    Works on the article's words (normalised); spans are mapped back to the
    text the reader sees, so ``speaker_surface`` is the phrase as written.
    """

    def __init__(self, doc: NormalizedText, ment: _DocMentions, cues: _Cues) -> None:
        self.doc, self.ment, self.cues = doc, ment, cues
        self.starts, ends = space_separated_spans(doc.norm)
        self.words = list(zip(self.starts, ends))
        self._cut, self._from = -1, 0  # a word the cue ends inside: read from the cue's end

    # -- words --
    def _word(self, i: int) -> str:
        a, b = self.words[i]
        return self.doc.norm[max(a, self._from):b] if i == self._cut else self.doc.norm[a:b]

    def _index_at(self, n: int) -> int:
        """The index of the first word starting at or after normalised offset ``n``."""
        return bisect_left(self.starts, n)

    @staticmethod
    def _core(w: str) -> str:
        return w.strip(_PUNCT)

    def _text_span(self, ns: int, ne: int) -> tuple[int, int]:
        offsets = self.doc.offsets
        return int(offsets[ns]), int(offsets[ne - 1]) + 1

    # -- cue checks --
    def is_passive(self, ca: int, cb: int) -> bool:
        """أُعلن، يُذكر: a damma on the verb's first letter makes it passive (when the text is vowelled)."""
        return re.match(r"[وف]?\s?[^\W\d_]\u064f", self.doc.text[ca:cb]) is not None

    def is_speech_quote(self, ns: int, ne: int) -> bool:
        """A quotation of words, not a name, a title or a slogan (حملة «...»، عملية «...»)."""
        inner = self.doc.norm[ns + 1 : ne - 1].split()
        if len(inner) < MIN_QUOTE_WORDS:
            return False
        i = self._index_at(ns)
        if i > 0:
            prev = self._core(self._word(i - 1))
            prev = prev[1:] if prev[:1] in {"و", "ف"} and prev[1:] in self.cues.slogan_heads else prev
            if prev in self.cues.slogan_heads or prev.startswith("ال") and prev[2:] in self.cues.slogan_heads:
                return False
        return True

    def negated(self, nca: int) -> bool:
        """لم/لن/لا right before the cue: speech denied or still to come (لم تعلن، لن يقول)."""
        j = self._index_at(nca)
        return j > 0 and self._core(self._word(j - 1)) in _NEGATORS

    def in_content_clause(self, nca: int) -> bool:
        """إن/أن (or إنه، أنها) within the three words before the cue, with no punctuation between."""
        j = self._index_at(nca)
        for k in range(j - 1, max(-1, j - 4), -1):
            w = self._word(k)
            if w[-1:] in "،,:.؟?!\"»”":
                return False
            if _COMPLEMENTISER_RE.fullmatch(self._core(w)):
                return True
        return False

    # -- speakers --
    def speaker(self, kind: str, sa: int, ca: int, cb: int, end: int, named: list) -> _Speaker | None:
        if kind in {"quote", "participle"}:
            return None  # a participle (مؤكدة، قائلا) shares the subject of the verb before it
        to_norm = self.doc.to_norm
        nca, ncb, nend = to_norm[ca], to_norm[cb], to_norm[end]
        if kind == "attribution":
            np = self._after(ncb, nend, attribution=True)
            if np:
                first = self._core(self.doc.norm[np[0] : np[1]].split()[0])
                first = first[2:] if first.startswith("ال") else first[1:] if first[:1] == "ل" else first
                if first in self.cues.inanimate or "ال" + first in self.cues.inanimate:
                    return _NOT_SPEECH  # وفقا للآلية المتفق عليها، بحسب أرقام رسمية: no one speaks
                return self._make(np, "attribution", named)
            return _NOT_SPEECH if self.doc.norm[nca:ncb] == "فحسب" else None  # فحسب: "only", no source
        after = self._index_at(ncb)
        following = [self._core(self._word(j)) for j in range(after, min(after + 3, len(self.words))) if self.words[j][0] < nend]
        if any(w in self.cues.non_speech for w in following[: next((k for k, w in enumerate(following) if _COMPLEMENTISER_RE.fullmatch(w)), 3)]):
            return _NOT_SPEECH  # شددت الشرطة الرقابة: tightened, not said
        if following and following[0].isdigit():
            return _NOT_SPEECH  # تبلغ 15 عاما: amounts to, not said
        conjoined = self.doc.norm[nca] in {"و", "ف"}
        # الذي أعلن عنه الرئيس، الذي اعتبره إعلاميون: the verb resumes its object, its subject follows
        verb = self.doc.norm[nca:ncb].replace(" ", "")
        resumes = verb in self.cues.with_object or verb[:1] in {"و", "ف"} and verb[1:] in self.cues.with_object \
            or bool(following) and following[0] in _RESUMPTIVE
        if not conjoined and not resumes:
            before = self._subject_before(to_norm[sa], nca)
            if before is not None:
                return self._checked(before, "before_verb", named)
        np = self._after(ncb, nend)
        if np is not None:
            np = self._with_body(np, nend)
        if np is not None and self._is_subject_phrase(np):
            return self._checked(np, "after_verb", named)
        if not conjoined and resumes:  # مقابلة مع بايدن قال فيها إنه ...: no subject after it, so the one before
            before = self._subject_before(to_norm[sa], nca)
            if before is not None:
                return self._checked(before, "before_verb", named)
        if not conjoined and self.doc.norm[nca] in {"ي", "ت"} and not self.doc.norm[to_norm[sa] : nca].strip(_PUNCT + " "):
            return _NOT_SPEECH  # يزعم أن ... opening a sentence: no one says it
        return None

    def _is_subject_phrase(self, span: tuple[int, int]) -> bool:
        """A subject, not an object (أعلنت عزمها، أكد التزام واشنطن، ينفي مزاعم موسكو).

        A phrase opening with the article, a known name or an office (رئيس،
        مصدر) is a subject; any other (an unknown name, محمد الخطيب) only when
        إن/أن, a colon or a quotation follows it and no name stands inside it.
        """
        ns, ne = span
        first = self._core(self.doc.norm[ns:ne].split()[0])
        bare = first[1:] if first[:1] in {"و", "ف"} and first not in self.cues.heads and len(first) > 3 else first
        a, b = self._text_span(ns, ne)
        found = self.ment.overlapping(a, b)
        if bare in self.cues.heads or any(m[0] <= a for m in found):
            return True
        rest = self.doc.norm[ne : ne + 12].lstrip(_PUNCT.replace('"', "").replace(":", "") + " ")
        nxt = rest.split()[0] if rest.split() else ""
        later = self._index_at(ne)
        while later < len(self.words) and self._core(self._word(later)) in _SKIPPABLE_FIRST:
            later += 1  # وقال فلان نائب رئيس المفوضية اليوم الأربعاء إن ...
        after_time = self._core(self._word(later)) if later < len(self.words) else ""
        second = self._index_at(ns) + 1
        if found and found[0][2] and second < len(self.words) and int(self.doc.offsets[self.words[second][0]]) == found[0][0]:
            return bare in self.cues.titles  # الدكتور خالد العطية: a title; مزاعم موسكو: a noun governing the name
        comma = self.doc.norm[ne : ne + 1] in {"،", ","}
        words = [self._core(w) for w in self.doc.norm[ns:ne].split()]
        n_words = len(words)
        # a name, then an office (a mention, or a head word: دابش جادر رئيس قسم ...، فلان نائب ...)
        office = bool(found) or not bare.startswith("ال") and any(w in self.cues.heads for w in words[2:5])
        short = n_words <= 5 or n_words <= 8 and office
        said = comma or rest[:1] in {":", '"'} or _COMPLEMENTISER_RE.fullmatch(nxt.strip(_PUNCT)) is not None \
            or _COMPLEMENTISER_RE.fullmatch(after_time) is not None
        if short and said:
            return True  # نقيب الأطباء خالد عمر إن ...، وقال محمد رحيم، حاكم ...
        if (n_words <= 3 or office and n_words <= 8) and after_time in _CIRCUMSTANCE and self._content_follows(ne):
            return True  # وكتب فاروفاكيس في مدونته: «...»
        return bare.startswith("ال") and not found  # التزام واشنطن: a name inside, after a head that is no office

    def _checked(self, span: tuple[int, int], basis: str, named: list) -> _Speaker:
        first = self._core(self.doc.norm[span[0] : span[1]].split()[0])
        first = first[1:] if first[:1] in {"و", "ف"} and first[1:3] == "ال" else first
        if first in self.cues.inanimate:
            return _NOT_SPEECH  # الأرقام تؤكد
        return self._make(span, basis, named)

    def _after(self, n0: int, n1: int, attribution: bool = False) -> tuple[int, int] | None:
        """The subject after the verb: words up to إن/أن, a preposition, a particle or a quotation."""
        stop, descriptors = self.cues.stop, self.cues.descriptors
        i, got = self._index_at(n0), []
        if 0 < i <= len(self.words) and self.words[i - 1][1] > n0:
            i -= 1  # the cue ends inside a word: وفقا لوكالة, whose ل is the cue's
            self._cut, self._from = i, n0
        try:
            span = self._after_from(i, n1, attribution, got)
        finally:
            self._cut = -1
        if span is not None and span[0] < n0:
            span = (n0, span[1])
        return span

    def _after_from(self, i: int, n1: int, attribution: bool, got: list) -> tuple[int, int] | None:
        stop, descriptors = self.cues.stop, self.cues.descriptors
        in_quote = False
        while i < len(self.words) and self.words[i][0] < n1 and len(got) < _MAX_SUBJECT_WORDS:
            w = self._word(i)
            core = self._core(w)
            bare = core[1:] if core[:1] in {"و", "ف"} and len(core) > 3 else core
            opens = w[:1] == '"' or "\"" in w[:3]
            if in_quote:  # a quoted name inside the subject (وكالة الأنباء "واس")
                got.append(i)
                in_quote = w.count('"') % 2 == 0
                if not in_quote and w.rstrip('"')[-1:] in "،,:":
                    break
                i += 1
                continue
            if not core:
                break
            if not got:
                if core in _SKIPPABLE_FIRST or core.isdigit() or core in self.cues.months and not attribution:
                    i += 1  # وقالت مرارا، وأعلن يوم 1 يوليو
                    continue
                if core == "كل" and i + 1 < len(self.words) and self._core(self._word(i + 1)) == "من":
                    i += 2  # أعلن كل من «هيئة ...» و«الائتلاف ...»
                    continue
                if core[:1] == "ل" and not attribution and self._is_addressee(core, opens):
                    # an addressee before the subject (قال لـ«الشرق الأوسط» مصدر): skip it, with its adjectives
                    i = self._skip_quoted(i + 1 if core == "ل" and i + 1 < len(self.words) else i)
                    while i < len(self.words) and _NISBA_RE.fullmatch(self._core(self._word(i))):
                        i += 1  # أكد للمسؤولين اليمنيين
                    continue
                if opens and not attribution:
                    closing = self._quoted_name_end(i)
                    if closing is None:
                        break  # the quotation itself: no subject
                    got.extend(range(i, closing + 1))
                    break
            if _COMPLEMENTISER_RE.fullmatch(core) or (core in stop or bare in stop) and not self._is_name_ali(i, got):
                break
            if got and core[:1] == "ب" and core != "باسم" and not core.startswith("باسم") and core[1:] not in _WORKPLACES:
                break  # but أستاذ العلوم السياسية بجامعة صنعاء goes on
            if got and not attribution and (core == "ل" or w[:1] == "ل" and '"' in w[1:3] or core[:1] == "ل" and core[1:] in descriptors
                                            or core in _ADDRESSEES):
                break  # وقالت المصادر لـ«عكاظ»، وقال الوزير للصحفيين: the addressee ends the subject
            if not got and core[:3] in {"بال", "كال"} and not attribution:
                break  # قال بالحرف، أشار بالقول
            got.append(i)
            if opens and w.count('"') % 2 == 1:
                prev = self._core(self._word(got[-2])) if len(got) > 1 else ""
                if (prev in descriptors or prev.startswith("ال") or attribution) and self._closes_soon(i):
                    in_quote = True
                    i += 1
                    continue
                got.pop()
                break
            if w[-1:] in "،,:.؟?!":
                # an apposition goes on: الرئيس الروسي، فلاديمير بوتين
                ns, ne = self.words[got[0]][0], self.words[got[-1]][1]
                if not self._mention_goes_on(ns, ne):
                    break
            i += 1
        if not got:
            return None
        ns, ne = self.words[got[0]][0], self.words[got[-1]][1]
        while ne > ns and self.doc.norm[ne - 1] in _PUNCT:
            ne -= 1
        if self.doc.norm[ns:ne].count('"') % 2 and self.doc.norm[ne : ne + 1] == '"':
            ne += 1  # وكالة الأنباء "واس": the quoted name keeps its closing mark
        return (ns, ne) if ne > ns else None

    def _with_body(self, span: tuple[int, int], nend: int) -> tuple[int, int]:
        """An indefinite source goes on with the body it belongs to: مصدر عسكري في وزارة الدفاع، مسؤول من الحركة."""
        i = self._index_at(span[0])
        j = self._index_at(span[1])  # the word after the phrase
        first = self._core(self._word(i))
        first = first[1:] if first[:1] in {"و", "ف"} and first[1:] in self.cues.source_heads else first
        if first not in self.cues.source_heads or j + 1 >= len(self.words) or self.words[j + 1][0] >= nend:
            return span
        if self._core(self._word(j)) not in {"في", "من", "ب"} or self._word(j - 1)[-1:] in _PUNCT:
            return span
        a = int(self.doc.offsets[self.words[j + 1][0]])
        body = next((m for m in self.ment.overlapping(a, a + 1, every=True) if m[0] == a), None)
        if body is None:
            return span
        return span[0], self.doc.to_norm[body[1]]

    def _content_follows(self, ne: int) -> bool:
        """A colon, a quotation or إن/أن within eight words after ``ne``, before the sentence ends."""
        j = self._index_at(ne)
        for k in range(j, min(j + 8, len(self.words))):
            w = self._word(k)
            if '"' in w or ":" in w or _COMPLEMENTISER_RE.fullmatch(self._core(w)):
                return True
            if w[-1:] in ".؟?!":
                return False
        return False

    def _closes_soon(self, i: int) -> bool:
        """The quotation opened at word ``i`` closes within four words: a quoted name ("واس")، not a quotation of speech."""
        return any('"' in self._word(j) for j in range(i + 1, min(i + 4, len(self.words))))

    def _is_addressee(self, core: str, opens: bool) -> bool:
        """لـ«الوطن»، للصحفيين، لوكالة، لوزير: an addressee; لوكا (a name that starts with ل) is not."""
        rest = core[1:]
        return core == "ل" or opens or core.startswith("لل") or rest in self.cues.heads or rest.startswith("ال")

    def _is_name_ali(self, i: int, got: list) -> bool:
        """علي written with ya after a name is the name Ali, not the preposition على."""
        if not got or self._core(self._word(i)) != "علي":
            return False
        a, b = self._text_span(*self.words[i])
        return self.doc.text[a:b].strip(_PUNCT).endswith("ي")

    def _quoted_name_end(self, i: int) -> int | None:
        """The last word of a short quotation at word ``i`` that إن/أن or a comma follows: a quoted name."""
        for j in range(i, min(i + 7, len(self.words))):
            w = self._word(j)
            if (j > i or w.count('"') >= 2) and w.rstrip("،,").endswith('"'):
                nxt = self._core(self._word(j + 1)) if j + 1 < len(self.words) else ""
                ok = w.endswith(("،", ",")) or _COMPLEMENTISER_RE.fullmatch(nxt) is not None
                return j if ok and j - i < 6 else None
        return None

    def _skip_quoted(self, i: int) -> int:
        """The index after word ``i`` and, when it opens a quotation, after the quotation's end."""
        w = self._word(i)
        if w.count('"') % 2 == 1:
            for j in range(i + 1, min(i + 8, len(self.words))):
                if '"' in self._word(j):
                    return j + 1
        return i + 1

    def _clean_extension(self, b: int, mb: int) -> bool:
        """A mention that runs past the phrase extends it unless it swallows إن/أن or a stop word (السفير بأن)."""
        words = [self._core(w) for w in self.doc.norm[self.doc.to_norm[b] : self.doc.to_norm[mb]].split()]
        return not any(_COMPLEMENTISER_RE.fullmatch(w) or w in self.cues.stop for w in words)

    def _mention_goes_on(self, ns: int, ne: int) -> bool:
        a, b = self._text_span(ns, ne)
        return any(m[1] > b + 1 for m in self.ment.overlapping(a, b))

    def _subject_before(self, n_sent: int, nca: int) -> tuple[int, int] | None:
        """:meth:`_before`, unless its span holds marks alone (a dialogue's closing quotation: ؟ " أجاب)."""
        span = self._before(n_sent, nca)
        return span if span is not None and self.doc.norm[span[0] : span[1]].split() else None

    def _before(self, n_sent: int, nca: int) -> tuple[int, int] | None:
        """The subject before the verb: a mention (الكرملين يقول)، a head before التي/الذي، وكان X قد قال، a clause-initial noun phrase."""
        text, to_norm = self.doc.text, self.doc.to_norm
        ca = int(self.doc.offsets[nca])
        m = self.ment.before(text, int(self.doc.offsets[n_sent]) if n_sent < len(self.doc.norm) else ca, ca, _SVO_GAP)
        if m is not None:
            return to_norm[m[0]], to_norm[m[1]]
        j = self._index_at(nca) - 1
        lo = self._index_at(n_sent)
        if j < lo:
            return None
        last = self._core(self._word(j))
        if last in _RELATIVES:
            m = self.ment.before(text, int(self.doc.offsets[self.words[lo][0]]), ca, _RELATIVE_GAP)
            if m is not None:
                return to_norm[m[0]], to_norm[m[1]]
            return self._phrase_back(lo, j - 1)
        if last == "قد":
            for k in range(j - 1, max(lo - 1, j - 13), -1):
                if self._core(self._word(k)) in {"كان", "وكان", "كانت", "وكانت", "فكان", "فكانت"}:
                    return self._span_of(k + 1, j - 1) if k + 1 <= j - 1 else None
            return None
        # a clause-initial noun phrase: from the sentence start or a comma to the verb
        # or from إن/أن: what is said may report another's speech (أن منظمة الاستخبارات حذرت)
        def opens_clause(k: int) -> bool:
            prev = self._word(k - 1)
            core = self._core(prev)
            return prev[-1:] in "،,:.؟?!\"" or _COMPLEMENTISER_RE.fullmatch(core) is not None or core in _CLAUSE_OPENERS

        k = j
        while k > lo and not opens_clause(k) and j - k < 5:
            k -= 1
        if k > lo and not opens_clause(k):
            return None
        first = self._core(self._word(k))
        bare = first[1:] if first[:1] in {"و", "ف"} and first[1:3] == "ال" else first
        if not (bare.startswith("ال") or bare in self.cues.heads or self._word(k)[:1] == '"'):  # or a quoted name: «إيباك» تعلن
            return None
        if any(self._core(self._word(x)) in self.cues.stop or _COMPLEMENTISER_RE.fullmatch(self._core(self._word(x)))
               for x in range(k, j + 1)):
            return None
        if self._word(j)[-1:] in "،,:.؟?!":
            return None
        return self._span_of(k, j)

    def _phrase_back(self, lo: int, j: int) -> tuple[int, int] | None:
        """The noun phrase ending at word ``j``: back to a comma, a stop word or four words."""
        k = j
        while k > lo and j - k < 3:
            prev = self._word(k - 1)
            if prev[-1:] in "،,:.؟?!" or self._core(prev) in self.cues.stop:
                break
            k -= 1
        return self._span_of(k, j) if k <= j else None

    def _span_of(self, i: int, j: int) -> tuple[int, int]:
        ns, ne = self.words[i][0], self.words[j][1]
        while ne > ns and self.doc.norm[ne - 1] in _PUNCT:
            ne -= 1
        while ns < ne and self.doc.norm[ns] in _PUNCT:
            ns += 1
        return ns, ne

    def headline_speaker(self, sa: int, colon: int) -> _Speaker | None:
        """The speaker of a headline "X: ...": X, without an addressee (الربيعة لـ«الشرق الأوسط»)."""
        to_norm = self.doc.to_norm
        ns, ne = to_norm[sa], to_norm[colon]
        i, j = self._index_at(ns), self._index_at(ne) - 1
        if j < i or j - i > 5:
            return None
        keep = []
        for x in range(i, j + 1):
            core = self._core(self._word(x))
            if keep and core[:1] == "ل" and (self._word(x).count('"') or core.startswith("لل") or len(core) > 2 or core == "ل"):
                break  # the addressee
            if core in self.cues.stop:
                return None
            keep.append(x)
        if not keep:
            return None
        span = self._span_of(keep[0], keep[-1])
        return self._make(span, "headline", []) if span[1] > span[0] else None

    def _make(self, span: tuple[int, int], basis: str, named: list) -> _Speaker:
        a, b = self._text_span(*span)
        found = [m for m in self.ment.overlapping(a, b) if m[1] <= b or self._clean_extension(b, m[1])]
        if found:
            a, b = min(a, found[0][0]), max(b, max(m[1] for m in found))
        if basis == "attribution":  # وفقا لوكالة الأنباء القطرية: the ل is the cue's, the mention is the source
            found = found or [m for m in self.ment.overlapping(a, b, every=True) if m[1] <= b]
        norm_words = [self._core(w) for w in self.doc.norm[span[0] : span[1]].split()]
        head = norm_words[0] if norm_words else ""
        head = head[1:] if head[:1] in {"و", "ف"} and head[1:3] == "ال" else head
        n_words = len(norm_words)
        if (head in self.cues.documents or head in self.cues.back_nouns and head not in self.cues.titles) and not found:
            # واعتبر البيان مدينة درعا، وأكد المصدر استكمال المرحلة: the subject, then its object
            n_words = next((k for k, w in enumerate(norm_words[1:], 1) if not w.startswith("ال")), n_words)
        # a one-word back-reference (المنظمة، الوزارة) may be a mention itself, coded from its antecedent:
        # the antecedent's naming is still the speaker as a reader names it
        if (not any(m[2] for m in found) or n_words == 1 and head in self.cues.back_nouns) and basis != "headline":
            earlier = self._referred_back(head, n_words, span[0], named)
            if earlier is not None:
                return earlier
        if n_words < len(norm_words) and not found:
            a, b = self._text_span(*self._span_of(self._index_at(span[0]), self._index_at(span[0]) + n_words - 1))
        aid = next((m[2] for m in found if m[2]), None)
        # a country-coded mention names the speaker better than a bare office (المتحدث الرسمي باسم مركز ...)
        code = next((m[4] for m in found if m[4] and m[4][:3] not in self.cues.agent_codes),
                    next((m[4] for m in found if m[4]), None))
        if not found and 0 < n_words <= 2:  # الربيعة after الدكتور عبد الله الربيعة: the same person, coded there
            named_as = self._named_before(norm_words[:n_words], named)
            if named_as is not None:
                aid, code = named_as.actor_id, named_as.code
        return _Speaker(aid, self.doc.text[a:b], code, basis)

    def _named_before(self, words: list[str], named: list) -> _Speaker | None:
        """The last coded speaker whose fuller naming holds ``words`` (a surname, a title and surname)."""
        bare = [w[2:] if w.startswith("ال") and w[2:] else w for w in words]
        for prior in reversed(named):
            if not prior.code or not prior.surface:
                continue
            theirs = [self._core(w) for w in normalize_text(prior.surface).split()]
            if len(theirs) > len(words) and all(w in theirs for w in words) and not all(b in self.cues.heads for b in bare):
                return prior
        return None

    def _referred_back(self, head: str, n_words: int, n0: int, named: list) -> _Speaker | None:
        """The speaker a back-reference points to: وأوضح الوزير، وذكرت المصادر، وقال معاليه، واعتبر البيان.

        An honorific pronoun (معاليه) is the last speaker named; a definite
        noun (الوزارة، المصادر) the last speaker whose name holds that word, else
        the last naming of it in the text before (مصادر خاصة في ...); a
        document (البيان) its issuer, the last speaker named.
        """
        if n_words == 1 and head in self.cues.honorifics:
            if named:
                return named[-1]._replace(basis="back_reference")
            title = head[:-2] + "ة" if head.endswith("ته") else head[:-1]  # معاليه → معالي، فخامته → فخامة
            return self._last_naming(title, n0, max_words=8)
        if n_words > 2 or head not in self.cues.back_nouns:
            return None
        stem = head[2:]
        for prior in reversed(named):
            words = [w.strip(_PUNCT) for w in normalize_text(prior.surface).split()]
            if any(w == head or w == stem or w.endswith(stem) and len(w) - len(stem) <= 3 for w in words) \
                    and len(words) > n_words:
                return prior._replace(basis="back_reference")
        naming = self._last_naming(stem, n0)
        if naming is not None:
            return naming
        if head in self.cues.documents and named:
            return named[-1]._replace(basis="back_reference")
        return None

    def _last_naming(self, stem: str, n0: int, max_words: int = 3) -> _Speaker | None:
        """The last phrase before ``n0`` that opens with ``stem`` without the article (منظمة هيومن رايتس ووتش).

        It runs to the end of a mention that starts in it, else ``max_words``
        words at most (a title is followed by a full naming; a body's name
        may be followed by the object of the sentence).
        """
        j = self._index_at(n0) - 2
        while j >= 0:
            if self._core(self._word(j)) == stem and j + 1 < len(self.words) and self.words[j + 1][0] < n0 \
                    and self._word(j)[-1:] not in _PUNCT:
                k = j + 1
                while k < len(self.words) and k - j < max_words and self.words[k][0] < n0:
                    core = self._core(self._word(k))
                    if not core or core in self.cues.stop or _COMPLEMENTISER_RE.fullmatch(core) or core in self.cues.kinds:
                        break
                    k += 1
                    if self._word(k - 1)[-1:] in _PUNCT:
                        break
                a, b = self._text_span(*self._span_of(j, k - 1))
                found = [m for m in self.ment.overlapping(a, b, every=True)]
                # the naming ends with a mention that names someone (an actor, a country's body), not with
                # an office with no country inside a title and full name (معالي وزير التعليم الأستاذ ...)
                ends = [m for m in found if m[2] or m[4] and m[4][:3] not in self.cues.agent_codes]
                if ends:
                    b = ends[0][1] if ends[0][0] > a else max(m[1] for m in ends)
                aid = next((m[2] for m in found if m[2]), None)
                code = next((m[4] for m in found if m[4] and m[4][:3] not in self.cues.agent_codes), None)
                return _Speaker(aid, self.doc.text[a:b], code, "back_reference")
            j -= 1
        return None


class _DocMentions:
    """An article's subject mentions ``(start, end, actor_id, surface)``, searchable by position.

    Mentions from :func:`find_mentions` come sorted by start, so the
    candidates in a span are a slice found by bisection; mentions in any
    other order are searched one by one, with the same results.
    """

    def __init__(self, ment: list[tuple]) -> None:
        self.every = ment  # with the mentions a preposition governs (لوكالة): sources of an attribution
        self.ment = [m for m in ment if len(m) < 6 or m[5]]  # a sixth field False: not a subject (لوكالة)
        starts = [m[0] for m in self.ment]
        self.starts = starts if all(x <= y for x, y in zip(starts, starts[1:])) else None

    def _between(self, lo: int, hi: int) -> list[tuple]:
        """The mentions with ``lo <= start < hi``, in list order."""
        if self.starts is None:
            return [m for m in self.ment if lo <= m[0] < hi]
        return self.ment[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def before(self, text: str, sa: int, ca: int, gap: re.Pattern) -> tuple | None:
        """The last mention in ``[sa, ca)`` that only ``gap`` separates from ``ca``."""
        for m in reversed(self._between(sa, ca)):
            if m[1] <= ca and gap.fullmatch(text, m[1], ca):
                return m
        return None

    def overlapping(self, a: int, b: int, every: bool = False) -> list[tuple]:
        """The subject mentions (``every``: all mentions) that overlap ``[a, b)``."""
        if every:
            return [m for m in self.every if m[0] < b and m[1] > a]
        return [m for m in self._between(max(0, a - 80), b) if m[1] > a]

    def first_from(self, lo: int, hi: int) -> tuple | None:
        """The first mention (in list order) that starts in ``[lo, hi)``."""
        found = self._between(lo, hi)
        return found[0] if found else None


