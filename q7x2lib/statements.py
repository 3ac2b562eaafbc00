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
Cues live in :mod:`q7x2lib.statement_cues`, subject-finding in
:mod:`q7x2lib.statement_speakers` (on the words of
:mod:`q7x2lib.statement_words`), back-references in
:mod:`q7x2lib.statement_back_references`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

import pandas as pd

from .actors import _bundled_actors
from .arabic import NormalizedText, normalized_texts
from .arabic import normalize as normalize_text
from .arabic import pronoun_stems, without_article, without_conjunction
from .fields import article_rows, field_rows, offset_shift, split_fields
from .lexicons import load_lexicon, table_in_force, with_tables, word_list, word_set
from .mentions import _outlet_homes, find_mentions
from .stance import _polarity_of_normalized, _stance_lexicon
from .statement_cues import _CUE_LEAD, MIN_QUOTE_WORDS, _agent_phrases, _Cues, _cues
from .statement_speakers import _Subjects
from .statement_words import (_COMPLEMENTISER_RE, _NO_SPEAKER, _NOT_SPEECH, _PUNCT, _DocMentions, _Speaker,
                              _speaker_at, arab_league_after)
from .tables import LastTableCache, frame_from_rows

__all__ = ["find_statements", "mentions_and_statements", "speaker_counts", "STATEMENT_COLUMNS", "STATEMENT_DTYPES",
           "MIN_QUOTE_WORDS"]

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
# a verb with no subject looks back this many sentences for an actor who acted (a cost bound: longer gaps are rare)
_ACTED_WITHIN = 4
_SUBJECT_GAP_RE = re.compile(r"[\s،,]*")  # المبعوث الأممي إسماعيل ولد الشيخ أحمد، يعتقد أن: its subject before it
_HEADLINE_COLON_RE = re.compile(r"^(?P<who>[^:\n]{2,80}):\s*\S")  # the words are counted after


# --- statements --------------------------------------------------------------------------------


@with_tables
def find_statements(
    corpus: pd.DataFrame,
    text_col: str = "text_clean",
    actors: pd.DataFrame | None = None,
    *,
    mentions: pd.DataFrame,
    verbs: pd.DataFrame | None = None,
    terms: pd.DataFrame | None = None,
    docs: list[NormalizedText] | None = None,
    outlet_col: str = "outlet",
    outlets: str | pd.DataFrame | None = None,
    tables: dict[str, pd.DataFrame] | None = None,
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
        outlet_col, outlets: The article's outlet and a user's outlet table,
            as for :func:`q7x2lib.find_mentions`: the outlet's state codes a
            speaker that names its own rulers (القيادة alone; word list
            outlet_state_speaker).
        tables: A user's tables, as given to :func:`q7x2lib.find_mentions`
            (:func:`q7x2lib.actors.user_tables`): each is in force for every
            rule of the call (``word_lists``: speaker_descriptor, negator
            ...; ``reporting_verbs`` and ``stance_terms`` where ``verbs`` and
            ``terms`` are not given). The statement-sign model reads the
            bundled tables only (see :mod:`q7x2lib.statement_sign`).

    Returns:
        ``doc_id, statement_id, sentence_id, speaker_id, speaker_side,
        speaker_surface, cue, cue_kind, is_headline, start, end, polarity,
        evidence, text``. ``cue_kind`` is verb, participle, attribution,
        quote, headline or continuation (a verb without subject that takes
        the previous speaker); ``start``/``end`` span the statement in
        ``text_col``; ``speaker_id`` is None when unattributed. A headline
        given apart from ``text_col`` is read too, with ``field`` as in
        :func:`q7x2lib.find_mentions` (its statements numbered after the
        body's); ``mentions`` then come with their ``field``.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a"], "title": [None], "published": [pd.Timestamp("2021-04-14")],
        ...     "text_clean": ["وقال بيسكوف إن القمة ممكنة. وأضاف أن العقوبات تهديد."]})
        >>> from q7x2lib import find_mentions
        >>> find_statements(df, mentions=find_mentions(df))[["speaker_id", "cue_kind", "polarity"]].values.tolist()
        [['peskov', 'verb', 0.7], ['peskov', 'continuation', -0.8]]
    """
    actors = _bundled_actors() if actors is None else actors
    split = split_fields(corpus, text_col, docs, columns=(outlet_col,))
    if split is not None:  # headlines given apart from the text: read as fields of their own, as analyse reads them
        fields, keys = split
        found = find_statements(fields, text_col, actors, mentions=field_rows(mentions, keys), verbs=verbs, terms=terms,
                                docs=normalized_texts(fields[text_col]), outlet_col=outlet_col, outlets=outlets)
        return article_rows(found, keys, corpus["doc_id"].tolist(), numbered=offset_shift(found, keys))
    sides = _sides(actors)
    cues = _cues(table_in_force("reporting_verbs") if verbs is None else verbs)
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
    homes = _outlet_homes(corpus, outlet_col, outlets)
    for doc_id, text, title, home in zip(corpus["doc_id"], corpus[text_col], _titles(corpus), homes):
        if isinstance(text, str) and text:
            doc = next(docs) if docs is not None else NormalizedText(text)
            rows.extend(_doc_statements(doc_id, doc, title, by_doc.get(doc_id), sides, cues, lexicon, home))
    if "article" in corpus and rows:
        rows = _headlines_coded_by_body(rows, corpus, by_doc)
    return _statement_frame(rows)


@with_tables
def mentions_and_statements(
    corpus: pd.DataFrame, text_col: str = "text_clean", actors: pd.DataFrame | None = None, *,
    tables: dict[str, pd.DataFrame] | None = None, date_col: str = "published",
    docs: list[NormalizedText] | None = None, outlet_col: str = "outlet",
    outlets: str | pd.DataFrame | None = None,
    verbs: pd.DataFrame | None = None, terms: pd.DataFrame | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`q7x2lib.find_mentions` then :func:`find_statements`, each article normalised once.

    ``actors``, ``tables``, ``outlet_col`` and ``outlets`` as for
    :func:`q7x2lib.find_mentions` (e.g. from :func:`q7x2lib.actors.user_tables`);
    ``verbs`` and ``terms`` as for :func:`find_statements` (default: the
    ``"reporting_verbs"`` and ``"stance_terms"`` of ``tables`` where it holds
    them, else the bundled ones);
    ``docs``: the articles already normalised, as there, for a caller that
    needs them for more analyses.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a"], "title": [None], "published": [pd.Timestamp("2021-04-14")],
        ...     "text_clean": ["وقال بيسكوف إن القمة ممكنة."]})
        >>> mentions, statements = mentions_and_statements(df)
        >>> mentions.actor_id.tolist(), statements.speaker_id.tolist()
        (['peskov'], ['peskov'])
    """
    actors = _bundled_actors() if actors is None else actors
    if tables is not None:  # a user's reporting verbs and stance terms, given with the other tables
        verbs = tables.get("reporting_verbs") if verbs is None else verbs
        terms = tables.get("stance_terms") if terms is None else terms
    split = split_fields(corpus, text_col, docs, columns=(date_col, outlet_col))
    if split is not None:  # headlines given apart from the text: read as fields of their own, as analyse reads them
        fields, keys = split
        mentions, statements = mentions_and_statements(fields, text_col, actors, tables=tables, date_col=date_col,
                                                       outlet_col=outlet_col, outlets=outlets, verbs=verbs, terms=terms,
                                                       docs=normalized_texts(fields[text_col]))
        ids = corpus["doc_id"].tolist()
        return (article_rows(mentions, keys, ids),
                article_rows(statements, keys, ids, numbered=offset_shift(statements, keys)))
    if docs is None:
        docs = normalized_texts(corpus[text_col])
    mentions = find_mentions(corpus, text_col, actors, tables=tables, date_col=date_col, docs=docs,
                             outlet_col=outlet_col, outlets=outlets)
    return mentions, find_statements(corpus, text_col, actors, mentions=mentions, verbs=verbs, terms=terms, docs=docs,
                                     outlet_col=outlet_col, outlets=outlets)


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


def _speaks_over_a_cue(who, before_colon: str) -> bool:
    """The X of a headline "X: ..." whose words after the colon hold a cue of their own: a speaker, not a topic.

    A bare country or place (ليبيا: حفتر يتهم ...) or a call (سجل يا تاريخ: ...) labels the story.

    >>> from q7x2lib.statement_words import _Speaker
    >>> _speaks_over_a_cue(_Speaker(None, "ليبيا", "LBY", "headline"), "ليبيا")
    False
    >>> _speaks_over_a_cue(_Speaker(None, "مرصد الفتوى", "EGY", "headline"), "مرصد الفتوى ")
    True
    """
    words = normalize_text(before_colon).split()
    if "يا" in words:
        return False
    return not (len(words) == 1 and isinstance(who.code, str) and len(who.code) == 3)


def _headline_words(surface: str) -> frozenset:
    """A speaker's words to compare a headline's with its body's: normalised, without و/ف, the article and a
    preposition before it (لوزارة الصحة → وزارة، صحة), ابن as بن; words of one letter (د.) left out.

    >>> sorted(_headline_words("«الصحة»")), sorted(_headline_words("المتحدث الرسمي لوزارة الصحة"))
    (['صحة'], ['رسمي', 'صحة', 'متحدث', 'وزارة'])
    >>> sorted(_headline_words("ابن معمر"))
    ['بن', 'معمر']
    """
    out = set()
    for w in re.findall(r"[^\W\d_]+", normalize_text(surface or "")):
        w = without_conjunction(w)
        for pre in ("بال", "كال", "لل", "ال", "ل", "ب"):
            if w.startswith(pre) and len(w) - len(pre) >= 3:
                w = w[len(pre):]
                break
        w = "بن" if w == "ابن" else w
        if len(w) > 1:
            out.add(w)
    return frozenset(out)


@lru_cache(maxsize=1)
def _place_words() -> frozenset:
    """The words of each place and country name (tables places, countries), as :func:`_headline_words` gives them."""
    names = [*table_in_force("places")["place"].tolist(), *table_in_force("countries")["phrase"].tolist()]
    return frozenset(_headline_words(n) for n in names if isinstance(n, str))


def _headlines_coded_by_body(rows: list[tuple], corpus: pd.DataFrame, by_doc: dict) -> list[tuple]:
    """A headline speaker with no code ("الصحة: ..."، "حجار: ...") takes the code of its article's body's
    speaker, else coded mention, whose words hold all of its own: the ministry named in full (المتحدث الرسمي
    لوزارة الصحة), the same person's full naming (بندر بن محمد حجار وزير الحج). The fields of one article are
    the rows of ``corpus`` with the same ``article`` (:func:`q7x2lib.fields.field_corpus`); a headline's
    body is its article's other fields, the body's speakers its rows that are not headlines, first first.
    """
    from .events import _country_codes
    from .mentions import leading_country

    article_of = {d: a for d, a in zip(corpus["doc_id"].tolist(), corpus["article"].tolist())
                  if isinstance(a, str) or (a is not None and not pd.isna(a))}
    if not any((r[_KIND] == "headline" or r[_IS_HEADLINE] and _portfolio_agent(r[_SURFACE], headline=True)) and not r[_CODE]
               and r[_SURFACE] and r[0] in article_of for r in rows):
        return rows
    fields: dict = {}
    for d, a in article_of.items():
        fields.setdefault(a, []).append(d)
    spoken: dict = {}  # doc_id -> [(words, code)] of its coded speakers outside headlines, in order
    for r in rows:
        if r[_CODE] and r[_SURFACE] and not r[_IS_HEADLINE]:
            spoken.setdefault(r[0], []).append((_headline_words(r[_SURFACE]), r[_CODE]))
    out = []
    for r in rows:
        if r[_KIND] == "headline" and not r[_CODE] and r[_SURFACE] and r[0] in article_of:
            words = _headline_words(r[_SURFACE])
            if words in _place_words():
                out.append(r)  # الطائف: ...، المغرب: ...: a place that heads the news, not the official of it the body names
                continue
            others = [d for d in fields[article_of[r[0]]] if d != r[0]]
            named = [x for d in others for x in spoken.get(d, [])] + [
                (_headline_words(m[3]), m[4]) for d in others for m in by_doc.get(d, []) if m[4] and isinstance(m[3], str)]
            code = next((c for w, c in named if words <= w), None) if words else None
            if code:
                r = r[:_CODE] + (code,) + r[_CODE + 1:]
        if r[_IS_HEADLINE] and not r[_CODE] and r[_SURFACE] and r[0] in article_of \
                and (agent := _portfolio_agent(r[_SURFACE], headline=True)):
            # «الصحة» تنفي ...، التجارة تعلن: a ministry named by its portfolio alone in a headline speaks for the
            # state its article's mentions name most (:func:`_portfolio_agent`)
            countries = _country_codes()
            story = leading_country(m[4][:3] for d in fields[article_of[r[0]]] for m in by_doc.get(d, [])
                                    if isinstance(m[4], str) and m[4][:3] in countries)
            if story:
                r = r[:_CODE] + (story + agent,) + r[_CODE + 1:]
        out.append(r)
    return out


def _statement_frame(rows: list[tuple]) -> pd.DataFrame:
    """The statement table from rows in the order of ``STATEMENT_COLUMNS``."""
    return frame_from_rows(rows, STATEMENT_COLUMNS, STATEMENT_DTYPES)


def _doc_statements(doc_id: str, doc: NormalizedText, title, ment: list | None, sides: dict,
                    cue_set: _Cues, lexicon, home: str = "") -> list[tuple]:
    cue_re, kinds = cue_set.pattern, cue_set.kinds
    text, norm, offsets, to_norm = doc.text, doc.norm, doc.offsets, doc.to_norm

    def norm_of(a: int, b: int) -> str:  # normalize(text[a:b]), without normalising again
        return norm[to_norm[a] : to_norm[b]]

    ment = _DocMentions(ment or [])
    subjects = _Subjects(doc, ment, cue_set, home)
    title_end = len(title) if isinstance(title, str) and text.startswith(title) else 0
    rows, last_speaker, last_sid, named = [], None, -1, []  # named: every speaker so far, for back-references
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
        silent = set()  # starts of the cues that say nothing but whose speaker takes the turn
        outer = None  # (speaker, end of the cue) of the sentence's last statement with a speaker
        # what is said runs on over speech it reports (إن بايدن أعرب عن ...):
        # a bare verb cue inside a statement. It stops at the speaker's next
        # act (وأضاف، مؤكدة) or a quotation: the starts of all other cues.
        stops = []
        # a headline "X: ..." yields to a cue before its colon (لافروف يؤكد: ...), but not to a particle_cue
        # verb without its particle (وزير الحج: القيادة قدمت الغالي ...: presented, not a statement); a cue
        # after the colon is inside what X says (مرصد الإفتاء: الجماعات التكفيرية ترى ...)
        hm = _HEADLINE_COLON_RE.match(text[sa:sb]) if sa < title_end else None
        said = [c for c in cues if c.group("term") and not subjects.lacks_its_particle(
            c.start(), c.end(), nb, term := _cue_term(c)) and term not in cue_set.declared_content_cues] if hm else []
        if hm and not any(c.start() < to_norm[sa + hm.end("who")] for c in said):
            who = subjects.headline_speaker(sa, sa + hm.end("who"))
            if who is not None and said and not _speaks_over_a_cue(who, hm.group("who")):
                who = None  # ليبيا: حفتر يتهم ...: a topic label before a headline with its own cue
            if who is not None and _place_prefix(cue_set, hm.group("who"), text[sa + hm.end("who") : sb]):
                who = None  # تركيا: مقتل عسكريين اثنين: a state named before a report of events there
            if who is not None:
                colon = sa + hm.end("who")
                spans.append(("headline", ":", colon, colon))
                stops.append(colon)
                cues = [c for c in cues if c.start() >= to_norm[colon]]  # a quoted name before the colon is X's
        for c in cues:
            if c.group("term") is None:  # a quotation that opens with the cue itself: واشنطن "تدين بشدة" الاعتداء
                opening = cue_set.terms.match(norm, c.start() + 1, c.end())
                if opening is not None and kinds.get(_cue_term(opening)) == "verb":
                    c = opening
            term = _cue_term(c) if c.group("term") else None  # the cue as the tables write it
            kind = kinds.get(term, "verb") if term is not None else "quote"
            if term is not None and c.group("pre") and (kinds.get(c.group("pre") + term) == "ignore" or kinds.get(
                    " ".join([c.group("pre") + term] + norm[c.end() : c.end() + 20].split()[:1])) == "ignore"):
                continue  # فدان (a feddan), فرد من (a member of) are words of their own, not ف + دان, ف + رد
            said_at_once = term is not None and term in cue_set.said_at_once_cues and _said_at_once(
                cue_set, term, norm, c.start(), c.end(), subjects)
            if term is not None and term in cue_set.subject_head_cues and not said_at_once:
                nxt = norm[c.end() : c.end() + 40].split()[:1]
                if not nxt or not (nxt[0].startswith("ال") or nxt[0] in cue_set.heads):
                    continue  # دان ويرثايمر (a name)، ودان، في الجفرة (a town): not ودان المجلس
            if term is not None and term in cue_set.clause_initial_cues:
                nxt = norm[c.end() : c.end() + 40].split()[:1]
                after = int(offsets[c.end() - 1]) + 1
                if (not nxt or not subjects.opens_a_sentence(c.start()) or not (
                        nxt[0] in cue_set.heads or without_article(nxt[0]) in cue_set.heads or ment.first_from(after, after + 3))) \
                        and not _verb_by_its_neighbours(norm, na, c.start(), nxt):
                    continue  # دفع ثمن الحرب، وثمن الوقود (the price), وثمن الدور (its subject left out): not وثمن الأمير
            if kind == "ignore" or (kind == "quote" and not subjects.is_speech_quote(c.start(), c.end())):
                continue
            if term in cue_set.construct_cues and not _doer_follows(ment, text, int(offsets[c.end() - 1]) + 1):
                continue  # إعلان حالة الطوارئ, تصريحات صحفية: no doer after the verbal noun
            if term in cue_set.declared_content_cues and not _declared_after_doer(ment, text, norm, to_norm,
                                                                                  int(offsets[c.end() - 1]) + 1):
                continue  # إعلان القاهرة الذي, إعلان الجيش عزل مرسي: a declaration named, an act
            ca, cb = int(offsets[c.start()]), int(offsets[c.end() - 1]) + 1
            if kind == "verb" and cue_set.approves(term, norm[c.end() : nb]):
                continue  # أقر البرلمان قانونا: approved, not acknowledged
            if kind == "verb" and cue_set.is_noun_spelling(text[ca:cb]):
                continue  # رأي الحزب، استطلاع رأي: the noun, written with ي; the verb is رأى
            if kind == "verb" and subjects.is_passive(ca, cb, present=term in cue_set.present):
                continue  # أُعلن عن ...: no one speaks
            if kind == "verb" and c.start() == c.start("term") and term in cue_set.present \
                    and subjects.in_content_clause(c.start()):
                continue  # قالت إن باكستان تطالب ...: what is said, not a new statement
            if kind == "verb" and c.start() == c.start("term") and term not in cue_set.present \
                    and subjects.after_pronoun_complementiser(c.start()):
                continue  # قال إنه رأى جثثا ملقاة: the speaker's own act, inside what is said
            if kind == "verb" and c.start() == c.start("term") and subjects.negated(c.start()):
                continue  # لم تعلن أي جهة المسؤولية: no one said it
            if kind == "verb" and c.start() == c.start("term") and subjects.in_a_name(c.start()):
                continue  # مسجد علي بن أبي طالب: a name, not طالب (demanded)
            if _content_needed(term) and c.start() == c.start("term") and _resumptive_next(norm, c.end()):
                continue  # ما تحدث عنه البيان، التي تحدثت إليها الصحيفة: a relative clause, what is spoken of is before it
            if _content_needed(term) and _spoke_of_nothing(norm, c.end() - len(term) + len(term.split()[0]), nb,
                                                           next((d.start() for d in cues if d.start() > c.start()), nb)):
                # وتحدث أوباما هاتفيا مع روحاني، وتحدث هذه المهزلة كل عام: talked with, occurs; nothing said. Its
                # subject still takes the turn (تحدث الأمير لمنسوبي القوة ... وقال سموه: the prince goes on)
                silent.add(int(offsets[c.start()]))
            if kind == "verb" and subjects.means_happening(c.start(), term):
                continue  # التي تحدث في الطريق، أن تحدث نقلة نوعية: occurs, causes; not spoke
            if kind == "verb" and c.start() == c.start("term") and subjects.other_sense(c.end(), term):
                continue  # تابع لأحد المصانع (belonging to), علقت به (got stuck): another word, no statement
            if kind in {"verb", "participle"} and c.start() == c.start("term") and subjects.after_a_number(c.start(), term):
                continue  # 100 طالب موهوب، 29 متهما: a counted noun (a student, defendants), not demanded or accusing
            if kind == "verb" and c.start() == c.start("term") and subjects.is_verbal_noun(c.start()):
                continue  # نادم على وصف بوتين: a verbal noun
            if kind == "verb" and c.start() == c.start("term") and _asked(cue_set, term, norm, c.start(), c.end(), nb) \
                    and text[sa:sb].rstrip()[-1:] in {"؟", "?"}:
                continue  # كيف ترى الحل في سوريا؟: an interviewer's question, no one reported
            if kind == "verb" and c.start() == c.start("term") and term in cue_set.present \
                    and term not in cue_set.with_object and (_word_before(norm, na, c.start()) in cue_set.fact_subjects
                                                              or _thing_before(cue_set, norm, na, c.start())) \
                    and ment.first_from(int(offsets[c.end() - 1]) + 1, int(offsets[c.end() - 1]) + 3) is None:
                continue  # مما يؤكد أن المتمردين، معلومات تؤكد أنه، الأرقام التي تشير: a fact shows it, no one speaks
            if kind in {"verb", "participle"} and not said_at_once and subjects.lacks_its_particle(c.start(), c.end(), nb, term):
                continue  # عبر الهاتف (via), عبروا الحدود (crossed), دفع مقدما (in advance): not وعبر الأمير عن شكره
            if kind == "participle" and term in cue_set.adjective_participles and not subjects.content_right_after(c.end(), nb):
                continue  # مفيدة للجسم، مفيدا جدا: the adjective (useful), not مفيدا أن (stating that)
            if kind == "participle" and spans and spans[-1][0] == "verb" and _object_of_previous(
                    cue_set, norm_of(spans[-1][2], spans[-1][3]), norm_of(spans[-1][3], ca), norm_of(ca, cb)):
                continue  # وجدد الرئيس تأكيداته: the verb's own object, one statement at the verb
            if term in cue_set.relayed_saying_nouns and not _relayed_by(cue_set, spans, norm_of(spans[-1][3], ca) if spans else ""):
                continue  # يمكن القول، غني عن القول، وتابع بالقول: no one relayed (ونقلت الإذاعة عن الوزير القول is)
            if kind == "verb" and spans and spans[-1][0] == "attribution" \
                    and norm_of(spans[-1][3], ca).strip(" ل") == "ما":
                continue  # بحسب ما ذكره الوزير: one statement at بحسب, whose source is the verb's subject
            spans.append((kind, text[ca:cb], ca, cb))
            if kind != "verb" or norm[c.start()] in {"و", "ف"}:  # the cue's first letter, normalised
                stops.append(ca)
        # نُقل عن الوزير قوله: one statement, at قوله, whose speaker is the one named after عن
        spans = [s for i, s in enumerate(spans) if not (
            s[0] == "attribution" and i + 1 < len(spans) and spans[i + 1][0] == "participle"
            and cue_set.is_saying_noun(spans[i + 1][1]))]
        folded = set()  # قائلا after a verb that said nothing yet: one statement, at the verb
        for i, (kind, cue, ca, cb) in enumerate(spans):
            if i in folded:
                continue
            end = spans[i + 1][2] if i + 1 < len(spans) else sb
            said_end = stops[bisect_right(stops, ca)] if stops and stops[-1] > ca else sb
            cue_kind = kind
            if kind == "headline":  # "الكرملين: ..." is said by the one before the colon
                speaker = subjects.headline_speaker(sa, ca)
            else:
                speaker = subjects.speaker(kind, sa, ca, cb, end, named)
            if speaker is None and kind == "participle" and i == 0:
                # وتتقدم القيادة العامة بالعزاء، سائلة الله ...: the subject of the verb that opens the sentence;
                # after someone spoke, only a named actor (وأقام الجنيد دعوى، مطالبا: not the speaker before)
                speaker = subjects.opening_subject(sa, ca, named) if last_speaker is None \
                    else subjects.acting_subject(sa, ca, named, background=True, coded=False)
            if speaker is _NOT_SPEECH:
                continue
            if kind == "verb" and _believed(cue_set, _term_of(cue), norm_of(max(sa, ca - 12), ca), norm_of(cb, sb)) \
                    and not (speaker is not None and speaker.basis == "before_verb") \
                    and ment.before(text, sa, ca, _SUBJECT_GAP_RE) is None:
                continue  # أشلاء يعتقد أنها لانتحاري: "it is believed", no one speaks
            if kind == "verb" and _considered(cue_set, cue, norm_of(cb, sb)) \
                    and not (speaker is not None and speaker.basis == "before_verb" and speaker.code):
                continue  # وتعتبر القاعدة العسكرية أهم معاقلهم: "is considered", no one speaks
            if kind == "verb" and _expected(cue_set, cue, norm_of(cb, sb), speaker):
                continue  # ويتوقع الانتهاء من دور السطح، يتوقع حدوثه: "is expected", no one speaks
            if speaker is None and kind == "verb" and i + 1 < len(spans) and spans[i + 1][0] == "participle" \
                    and cue_set.is_saying_noun(spans[i + 1][1]) and "عن" in norm_of(cb, spans[i + 1][2]).split():
                continue  # ونقل يوم الاثنين عن الوزير قوله: no one relays, one statement at قوله
            if speaker is None and kind in {"verb", "participle"} and text[sa:sb].rstrip()[-1:] in {"؟", "?"} \
                    and "ساءل" not in normalize_text(cue):
                continue  # هل تعتقد أن ...؟: an interviewer's question, no one reported (وتساءل ...؟ is reported)
            if speaker is None and kind in {"verb", "participle"} and last_speaker is None:
                # ألمح رئيس المخابرات إلى ... . وقال إن: no one spoke yet, the named actor who acted goes on
                speaker = _actor_since(subjects, doc.sentences, -1, sid, ca, named, _NO_SPEAKER)
                cue_kind = "continuation" if speaker is not None else cue_kind
                speaker = speaker._replace(basis="continuation") if speaker is not None else None
            if speaker is None and kind in {"verb", "participle", "quote"} and last_speaker is not None:
                if kind != "quote" or _quote_only(text, sa, ca):
                    # وقال هنية ... . وترفض إسرائيل ذلك، وتقول: a named actor who acted since goes on, not the last speaker
                    since = _actor_since(subjects, doc.sentences, last_sid, sid, ca, named, last_speaker)
                    speaker, cue_kind = (since or last_speaker)._replace(basis="continuation"), "continuation"
            if kind == "quote" and speaker is None:
                continue  # a quotation is a statement when someone says it
            start = sa if kind == "headline" else ca  # a headline statement is the whole headline
            if kind == "participle" and i == 0 and norm_of(ca, cb).strip() in cue_set.saying_participles:
                verb = _address_verb(norm, na, to_norm[ca])
                if verb is not None:  # وخاطب الرئيس أوروبا قائلا: one statement, at the verb
                    start, cue_kind = int(offsets[verb[0]]), "verb"
                    cue = text[start : int(offsets[verb[1] - 1]) + 1]
            polarity, evidence = _polarity_of_normalized(norm_of(sa if kind == "headline" else cb, said_end), lexicon)
            if kind == "verb" and i + 1 < len(spans) and spans[i + 1][0] == "participle" \
                    and norm_of(spans[i + 1][2], spans[i + 1][3]).strip() in cue_set.saying_participles \
                    and _nothing_said_before(norm_of(max(sa, ca - 8), ca), norm_of(cb, spans[i + 1][2]), speaker):
                folded.add(i + 1)  # وحذر الوزير قائلا: «...»
            if speaker is not None and kind != "attribution" \
                    and not (speaker.basis == "attribution" and normalize_text(cue).strip() in cue_set.report_cues):
                # "بحسب X" names a source, not who goes on speaking; nor does the one a report came from (بلاغ من مقيم يفيد)
                inside = outer is not None and not _relays(cue_set, outer[0]) and norm[to_norm[ca]] not in {"و", "ف"} \
                    and _reported_inside(outer, speaker, norm_of(outer[1], ca))  # وذكرت صحيفة: a clause of its own
                if not inside:
                    last_speaker, last_sid = speaker, sid
                    # وفيما نفى رمضان أن ...، كشفت مصادر: a statement in a clause put first leaves the next to the main one
                    outer = (speaker, cb, not word_set("statement_clause_opener").isdisjoint(
                        norm_of(max(sa, ca - 16), ca).split()[-2:]))
            if speaker is not None and speaker.basis not in {"continuation", "back_reference"}:
                named.append(speaker)
            if ca in silent:
                continue
            sp = speaker or _NO_SPEAKER
            rows.append((  # in the order of STATEMENT_COLUMNS
                doc_id, len(rows), sid,
                sp.actor_id, sides.get(sp.actor_id) if sp.actor_id else None, sp.surface, sp.code, sp.basis,
                cue.strip(), cue_kind, sa < title_end,
                start, end, polarity,
                "; ".join(evidence), text[start:end],
            ))
    return _recoded_speakers(text, rows, ment.every if isinstance(ment, _DocMentions) else ment or [], home)


# word list statement_clause_opener: a word that opens a clause of its own between a statement and a later subject
# (وفيما، حيث، إلا أنه، في حين، في وقت كان)
# word list relayed_in: أعلنت الرئاسة في بيان أن بايدن ...: she relays him


def _relays(cue_set: _Cues, speaker: _Speaker) -> bool:
    """A speaker who relays what others say (a medium, a source, a document: وذكرت وكالة الأناضول أن داود أوغلو قال):
    the one it reports goes on speaking after it."""
    words = normalize_text(speaker.surface or "").split()
    head = words[0].strip(_PUNCT) if words else ""
    head = without_conjunction(head)
    bare = head[2:] if head.startswith("ال") else head
    return isinstance(speaker.code, str) and speaker.code.endswith("MED") or head in cue_set.documents \
        or head in cue_set.source_heads or bare in cue_set.source_heads or head in cue_set.addressee_heads \
        or bare in cue_set.addressee_heads


def _reported_inside(outer, speaker: _Speaker, between: str) -> bool:
    """A statement with a subject of its own inside what the sentence's speaker says (after his إن/أن: وقال الغانم إن
    ... الدين الإسلامي الذي يستنكر ...): the sentence's speaker goes on speaking after it (وعبر عن تعازيه), not it.
    ``outer``: (speaker, end of its cue, whether its clause was put first: وفيما نفى X أن ...، كشفت مصادر).

    >>> gh = (_Speaker(None, "الغانم", None, "after_verb"), 4, False)
    >>> _reported_inside(gh, _Speaker(None, "الدين", None, "after_verb"), " ان استهداف بيوت الله بعيد عن الدين الذي ")
    True
    >>> _reported_inside(gh, _Speaker(None, "مصادر", None, "after_verb"), " ان الاسماء لم تتبلور، فيما ")
    False
    >>> _reported_inside(None, _Speaker(None, "الدين", None, "after_verb"), "")
    False
    """
    if outer is None or speaker.basis not in {"after_verb", "before_verb"} or speaker.surface == outer[0].surface \
            or outer[2]:
        return False
    words = [w.strip(_PUNCT) for w in between.split() if w.strip(_PUNCT)]
    if not word_set("statement_clause_opener").isdisjoint(words):
        return False  # وفيما نفى رمضان أن ...، كشفت مصادر؛ حيث عبر الكثير منهم: a clause of its own, not what is said
    relayed_in = word_set("relayed_in")
    if any(w in relayed_in for w in words):
        return False  # الرئاسة أعلنت في بيان أن بايدن أعرب ...، داعيا: a body relays its head's words
    return any(_COMPLEMENTISER_RE.fullmatch(w) for w in words)


def _actor_since(subjects: _Subjects, sentences: list, last_sid: int, sid: int, ca: int, named: list,
                 last: _Speaker) -> _Speaker | None:
    """The actor who last acted between the last statement (sentence ``last_sid``) and a verb with no subject
    at ``ca`` in sentence ``sid``: the subject of a verb opening a sentence in between, as
    :meth:`_Subjects.acting_subject` finds it (وقال هنية: «...». وترفض إسرائيل ذلك، وتقول إنهم ...: Israel
    says it). None when no one did, or the one who did is the last speaker."""
    found = None
    for k in range(max(last_sid + 1, sid - _ACTED_WITHIN), sid + 1):
        xa, xb = sentences[k]
        # وكانت قوات الدفاع الشعبي دانت ...: a clause of what had been done speaks in its own sentence only
        found = subjects.acting_subject(xa, ca if k == sid else xb, named, background=k == sid, coded=k != sid) or found
    if found is None or (found.actor_id and found.actor_id == last.actor_id) or found.surface == last.surface:
        return None
    return found


def _considered(cue_set: _Cues, cue: str, rest: str) -> bool:
    """A present form of a verb of considering (word list considering_verb: يعتبر، تعتبر) with nothing said after
    it in its sentence (no إن/أن, colon or quotation, no فيه resuming a document): read "is considered"."""
    verb = normalize_text(cue).strip()
    verb = without_conjunction(verb, cue_set.considering)
    if verb not in cue_set.considering:
        return False
    words = [w.strip(_PUNCT) for w in rest.split()]
    if words and words[0] in word_set("document_resumed_pronoun") or any(q in rest for q in ':"«“'):
        return False
    return not any(_COMPLEMENTISER_RE.fullmatch(w) for w in words if w)


def _expected(cue_set: _Cues, cue: str, rest: str, speaker: _Speaker | None) -> bool:
    """يتوقع (word list impersonal_expectation_verb) with nothing said after it in its sentence (no إن/أن, colon or
    quotation) and no subject after it (or, with none found, no words after it) that an office, a title, a known
    actor, a plural of persons in its first two words, a quantifier (word list expecting_opener: عدد، بعض) or a
    participle or place noun in م- (المعهد، مورينيو) opens: read "is expected" (ويتوقع الانتهاء من دور السطح، يتوقع
    حدوثه، يتوقع هطول أمطار)."""
    verb = normalize_text(cue).strip()
    verb = without_conjunction(verb, cue_set.impersonal_expectation)
    if verb not in cue_set.impersonal_expectation:
        return False
    if speaker is not None and (speaker.actor_id or speaker.code or speaker.basis != "after_verb"):
        return False
    # the subject found, or else the words right after the verb (ويتوقع مورينيو (52 عاما) سباقا)
    words = [w.strip(_PUNCT) for w in (normalize_text(speaker.surface) if speaker is not None and speaker.surface
                                       else rest).split()[:2]]
    words = [w for w in words if w]
    if words:
        first = words[0]
        bare = without_article(first)
        if first in cue_set.heads or bare in cue_set.heads or any(w.endswith(("ون", "ين")) for w in words) \
                or bare in cue_set.plural_speakers or bare in cue_set.expecting_openers or bare[:1] == "م":
            return False  # ويتوقع الوزير، المتخصصون، وكلاء عقاريون، عدد من السياسيين، المعهد: a subject who expects
    if any(q in rest for q in ':"«“'):
        return False
    return not any(_COMPLEMENTISER_RE.fullmatch(w.strip(_PUNCT)) for w in rest.split() if w.strip(_PUNCT))


def _said_at_once(cue_set, term: str, norm: str, start: int, end: int, subjects) -> bool:
    """A cue of ``said_at_once_cue`` (وزاد: «...»، وزاد أن ...) opening its clause, with what is said right after it.

    A quotation mark or a colon straight after the verb, or its own أن (``particle_cue``): the verb
    reports the last speaker's words (he added), not increased, which takes a subject or an object. A cue that
    is also a correlative preposition (``correlative_cue``: وبين) takes the colon, not a quotation mark, which
    as often opens a quoted name (بينهم وبين "داعش").
    """
    nxt = norm[end : end + 40].split()[:1]
    if not nxt or not (norm[start] in {"و", "ف"} or subjects.opens_a_sentence(start)):
        return False
    marks = {":"} if term in cue_set.correlative_cues else {'"', ":"}
    return nxt[0][:1] in marks or norm[end : end + 1] == ":" or nxt[0] in cue_set.particle_cues.get(term, ())


def _word_before(norm: str, na: int, start: int) -> str:
    """The word right before ``start`` in the sentence opening at ``na`` ("" when none)."""
    lo = max(na, start - 12)
    words = norm[lo:start].split()
    whole = lo == na or len(words) > 1  # the window did not cut the last word
    return words[-1] if words and whole else ""


def _verb_by_its_neighbours(norm: str, na: int, start: int, nxt: list) -> bool:
    """A cue at ``start`` that is also a common noun (clause_initial_cue: ثمن، قدر) reads as the verb by the words
    around it: after a word of verb_only_before (قد، كما، بدوره، الذي: وقد ثمن الأهالي، كما ثمن العطاء، الذي بدوره
    ثمن), or before one of verb_only_after (كذلك، أيضا: وثمن كذلك الجهود), which no noun takes there.

    >>> t = normalize_text("كما ثمن العطاء المستمر")
    >>> _verb_by_its_neighbours(t, 0, 4, ["العطاء"]), _verb_by_its_neighbours(t, 0, 4, ["كذلك"])
    (True, True)
    >>> t = normalize_text("ارتفع ثمن الوقود")
    >>> _verb_by_its_neighbours(t, 0, 6, ["الوقود"])
    False
    """
    before = _word_before(norm, na, start).strip("،,")
    before = before[1:] if before[:1] in {"و", "ف"} and before[1:] in word_set("verb_only_before") else before
    return before in word_set("verb_only_before") or bool(nxt) and nxt[0] in word_set("verb_only_after")


def _content_needed(term: str | None) -> bool:
    """A cue of the word list content_needed_cue (تحدث), alone or with its preposition in the cue table (تحدث عن)."""
    words = term.split() if term else []
    return bool(words) and words[0] in word_set("content_needed_cue") and (
        len(words) == 1 or len(words) == 2 and words[1] in word_set("spoken_content_marker"))


def _resumptive_next(norm: str, end: int) -> bool:
    """Whether the word right after a cue ending at ``end`` is a resumptive preposition (word list
    resumptive_after_spoke: عنه، إليها): the cue's verb is in a relative clause (ما تحدث عنه البيان)."""
    nxt = norm[end : end + 12].split()[:1]
    return bool(nxt) and nxt[0].strip(_PUNCT) in word_set("resumptive_after_spoke")


def _spoke_of_nothing(norm: str, end: int, bound: int, topic_bound: int) -> bool:
    """No content follows a cue of the word list content_needed_cue (تحدث: spoke, also occurs) between ``end`` and
    ``bound`` (the sentence's end) in ``norm``: no word of spoken_content_marker (عن، حول، أن، بأن)
    and no colon. وتحدث الوزير مع نظيره هاتفيا (talked with), وتحدث هذه الظاهرة كل عام (occurs): no statement;
    تحدث الوزير عن مقتل ثلاثة، تحدث قائلا: is one. A first marker before a noun of spoken_topic_noun names a topic,
    not content (تحدث الشيخ عن فضل الصيام، عن كيفية تحديه، تحدث شريطة عدم الكشف عن هويته: statements guideline
    6.1): then only content before ``topic_bound`` (the next cue) counts; what a later cue opens is its own (تحدث
    عن حال الإنسان، محذرا من ...، وأن ...: the row is محذرا).

    >>> t = normalize_text("تحدث الوزير مع نظيره هاتفيا.")
    >>> _spoke_of_nothing(t, 4, len(t), len(t))
    True
    >>> t = normalize_text("تحدث المرصد عن مقتل ثلاثة.")
    >>> _spoke_of_nothing(t, 4, len(t), len(t))
    False
    >>> t = normalize_text("تحدث الشيخ عن فضل الصيام، محذرا من أن")
    >>> _spoke_of_nothing(t, 4, len(t), t.index("محذرا")), _spoke_of_nothing(t, 4, len(t), len(t))
    (True, False)
    """
    markers = word_set("spoken_content_marker")
    words = [(m.start(), m.group().strip("،,.؛«»\"“”")) for m in re.finditer(r"\S+", norm[end:bound])]
    said = [(at, k + 1 < len(words) and _names_a_topic(words[k + 1][1])) for k, (at, w) in enumerate(words) if w in markers]
    if not said or not said[0][1]:
        return ":" not in norm[end:bound] and not said
    stop = max(topic_bound - end, said[0][0])  # a topic first: only what comes before the next cue counts
    joined = [at for at, w in words if w[:1] == "و" and w[1:] in markers]  # عن تاريخ المسجد وأن الترميم انتهى
    return ":" not in norm[end : end + stop] and not any(at < stop for at in joined) \
        and not any(at < stop and not topic for at, topic in said)


def _names_a_topic(word: str) -> bool:
    """A noun of the word list spoken_topic_noun (فضل، كيفية، تاريخ), bare, with its article or with a pronoun
    attached (هويته، تجربتها): what a talk is about, not what it says."""
    topics = word_set("spoken_topic_noun")
    return bool({word, without_article(word)} & topics or pronoun_stems(word) & topics)


def _address_verb(norm: str, na: int, nca: int) -> tuple[int, int] | None:
    """(start, end) in ``norm`` of a verb of address or narration (word list address_verb: خاطب، وجه، غرد، ختم،
    حكى، هاجم) that opens the clause of a saying participle at ``nca`` in the sentence opening at ``na``: the first
    word of the sentence, one of its first three, or the first after a comma (من جانبه، هاجم). The participle only
    introduces that verb's content, so the statement is at the verb (statements guideline 6.6). None when none.

    >>> t = normalize_text("وخاطبهم الإمام قائلا: تمسكوا")
    >>> t[slice(*_address_verb(t, 0, t.index("قائلا")))]
    'وخاطبهم'
    >>> t = normalize_text("وأطلق الرئيس حملة قائلا إنها")
    >>> _address_verb(t, 0, t.index("قائلا")) is None
    True
    """
    verbs = word_set("address_verb")
    words = list(re.finditer(r"\S+", norm[na:nca]))
    for k, w in enumerate(words):
        if k > 2 and words[k - 1].group()[-1:] not in {"،", ","}:
            continue
        core = w.group().strip("،,.:؛\"«»")
        forms = {core, core[1:] if core[:1] in {"و", "ف"} else core}
        forms |= {stem for f in tuple(forms) for stem in pronoun_stems(f)}  # وخاطبهم: خاطب
        if forms & verbs:
            return na + w.start(), na + w.end()
    return None


def _place_prefix(cue_set: _Cues, who: str, said: str) -> bool:
    """A headline's place name alone before its colon (تركيا: مقتل ...، الأردن: القبض على ...، حلب: مقتل ...) over
    words that open with a number or with a verbal noun of an event (word list headline_event_opening: مقتل، القبض،
    إنقاذ): a place prefix before a report of events there, no speaker (statements guideline 6.8 and 9.5). The place
    is a state, capital, province or town of the countries and places tables or a Saudi region or town of the
    regions table (``_Cues.headline_places``: الجوف، أمريكا). A state name over a claim or an evaluation (الكويت:
    الخلاف مع المملكة «فني»، قطر: الحوار هو الطريق) still speaks.

    >>> c = _cues(load_lexicon("reporting_verbs"))
    >>> _place_prefix(c, "الجزائر", ": مقتل تسعة جنود في هجوم"), _place_prefix(c, "ألمانيا", ": «400» كيلوجرام من الكوكايين")
    (True, True)
    >>> _place_prefix(c, "الكويت", ": الخلاف مع المملكة «فني»"), _place_prefix(c, "الداخلية", ": القبض على مطلوب")
    (False, False)
    """
    name = " ".join(w.strip(_NAME_STRIP) for w in normalize_text(who).split())
    if without_article(name) not in cue_set.headline_places and name not in cue_set.headline_places:
        return False
    first = next((w for w in (w.strip(_NAME_STRIP) for w in normalize_text(said).split()) if w), "")  # past the colon
    return bool(first) and (first[0].isdigit() or first in word_set("headline_event_opening"))


def _thing_before(cue_set: _Cues, norm: str, na: int, start: int) -> bool:
    """An inanimate subject (word list inanimate_subject) right before ``start`` in the sentence opening at ``na``, or
    right before a relative (التي، الذي) there: وجود معلومات تؤكد أنه، الأرقام التي تشير إلى (a thing shows it); not a
    demonstrative, which may close another phrase (وعن أسباب ذلك تقول: she says; fact_subject has هذا يؤكد).

    >>> c = _cues(load_lexicon("reporting_verbs"))
    >>> s = "وجود معلومات تؤكد انه"
    >>> _thing_before(c, s, 0, s.index("تؤكد")), _thing_before(c, "الوزير الذي يؤكد", 0, 11)
    (True, False)
    """
    words = norm[na:start].rsplit(None, 2)[-2:]
    if not words or words[-1][-1:] in _PUNCT:
        return False
    last = words[-1]
    if last in word_set("subject_relative") and len(words) == 2 and words[0][-1:] not in _PUNCT:
        last = words[0]
    last = without_conjunction(last)
    return last in cue_set.inanimate and last not in word_set("demonstrative_word")  # وعن أسباب ذلك تقول: the end of a phrase


def _asked(cue_set: _Cues, term: str, norm: str, start: int, end: int, nb: int) -> bool:
    """A second-person present cue (ترى، تعتقد) right after a question word (word list question_word: كيف، هل،
    ألا) or right before هل (ترى هل ...: "I wonder"): with the sentence's final ؟, a question put, not speech."""
    if term not in cue_set.present or not term.startswith("ت"):
        return False
    before = norm[max(0, start - 12) : start].split()[-1:]
    after = norm[end : min(nb, end + 8)].split()[:1]
    word = before[0].strip(_PUNCT) if before else ""
    word = without_conjunction(word, cue_set.question_words)
    return word in cue_set.question_words or after == ["هل"]


def _believed(cue_set: _Cues, verb: str, before: str, rest: str) -> bool:
    """يعتقد (word list impersonal_belief_verb) followed at once by أن/أنه/أنها, with no pronoun subject just before
    (لكنه يعتقد، وهو يعتقد): read "it is believed" (يُعتقد أنه), no one speaks."""
    if verb not in cue_set.impersonal_belief:
        return False
    words = rest.split()[:1]
    if not words or not re.fullmatch(r"ان|انه|انها|انهم|انهما", words[0].strip(_PUNCT)):
        return False
    last = before.split()[-1:]
    return not (last and (last[0] in word_set("belief_pronoun_subject")
                          or last[0].endswith("ه") and last[0][:-1] in word_set("belief_pronoun_carrier")))


def _term_of(cue: str) -> str:
    """The cue as written, normalised, without a leading و/ف."""
    verb = normalize_text(cue).strip()
    return verb[1:] if verb[:1] in {"و", "ف"} and len(verb) > 4 else verb


def _doer_follows(ment: _DocMentions, text: str, cb: int) -> bool:
    """A coded actor mention (a state, a body, a person) opens right after the verbal noun ending at ``cb``:
    its doer in construct (إعلان البيت الأبيض، تصريحات وزير الخارجية البريطاني)."""
    m = ment.first_from(cb, cb + 3)
    return m is not None and not text[cb : m[0]].strip() and isinstance(m[4], str) and bool(m[4])


_DERIVED_NOUN_RE = re.compile(r"(?:است|ا?نت|ت)\w{3,}")  # استئناف، انتقال، تحرير: a derived verbal noun (not م: مبادرة، مايو)


def _cue_term(cue: re.Match) -> str:
    """A found cue's term as the tables write it, its spaces made single (قال   إن → قال إن)."""
    return " ".join(cue.group("term").split())


def _declared_after_doer(ment: _DocMentions, text: str, norm: str, to_norm, cb: int) -> bool:
    """What is declared follows the doer of a verbal noun ending at ``cb`` (إعلان البيت الأبيض حصوله): the word
    after the doer's mention is عن, إن/أن, opens with a quotation mark or a colon, ends with a pronoun, or is a
    derived verbal noun opening with ت or است (استئناف، تحرير، تأجيل).

    >>> _declared_after_doer(_DocMentions([(6, 18, "white_house", "البيت الأبيض", "USAGOV")]),
    ...     "إعلان البيت الأبيض حصوله على إطار", normalize_text("إعلان البيت الأبيض حصوله على إطار"), list(range(40)), 5)
    True
    """
    m = ment.first_from(cb, cb + 3)
    if m is None:
        return False
    rest = text[m[1] : m[1] + 40].lstrip(" ،,")
    if rest[:1] in {'"', "«", "“", ":"}:
        return True
    words = norm[to_norm[m[1]] : to_norm[m[1]] + 40].split()[:1]
    word = words[0].strip(_PUNCT) if words else ""
    return word == "عن" or bool(_COMPLEMENTISER_RE.fullmatch(word)) or bool(pronoun_stems(word)) \
        or bool(_DERIVED_NOUN_RE.fullmatch(word))  # (a pronoun: مسؤوليته، نيتها، حصوله، استعدادهم)


_CONTENT_MARKS_RE = re.compile(
    r"[\"«»“”:]|(?:^|\s)[وف]?(?:ب|ل)?(?:ان|انه|انها|انهم|انهما|اننا|انني)(?=\s|$)"  # a quotation, a colon, إن/أن
    r"|(?:^|\s)(?:علي|الي|عن)(?:ه|ها|هم|هما)?(?=\s|$)|(?:^|\s)بال")  # a complement: شدد على ...، اتهمه بالعمالة


_MAX_WORDS_AFTER_SUBJECT = 3  # هاجم نتنياهو الأحد السلطة قائلا; not توقع الكرملين إجراء هذه المحادثات الإثنين المقبل قائلا


def _nothing_said_before(before: str, between: str, speaker: _Speaker | None) -> bool:
    """A verb that has said nothing before the قائلا after it: between them no quotation mark, colon,
    إن/أن or prepositional complement (شدد على تقديم تنازلات، قائلا), at most three words besides its
    subject (not وأكد إردوغان عزم بلاده التحرك ... قائلا), and the verb not resuming an earlier statement
    (وهو ما أكده شكري قائلا). وحذر الوزير قائلا، نفى ذلك قائلا have said nothing."""
    if _CONTENT_MARKS_RE.search(between) is not None or before.rstrip().endswith(" ما"):
        return False
    words = between.split()
    if speaker is not None and speaker.surface and speaker.basis in {"after_verb", "before_verb"}:
        subject = normalize_text(speaker.surface).split()
        at = next((k for k in range(len(words)) if words[k : k + len(subject)] == subject), None)
        if at is not None:
            words = words[:at] + words[at + len(subject):]
    return len([w for w in words if w.strip(_PUNCT)]) <= _MAX_WORDS_AFTER_SUBJECT


def _object_of_previous(cue_set: _Cues, verb: str, between: str, noun: str) -> bool:
    """``noun`` (a verbal-noun cue with its pronoun, تأكيداته) is the object the particle_cue ``verb`` before
    it needs (جدد ... تأكيد*), with no sentence mark between them. Only objects written as a prefix (تأكيد*):
    a participle the verb needs whole (ومضى ... قائلا) stays a cue, as before."""
    verb = verb.replace(" ", "")
    particles = cue_set.particle_cues.get(verb) or cue_set.particle_cues.get(verb[1:] if verb[:1] in {"و", "ف"} else "")
    noun = noun.strip()
    return bool(particles) and not any(m in between for m in ".؟?!:") and any(
        p.endswith("*") and noun.startswith(p[:-1]) for p in particles)


def _relayed_by(cue_set: _Cues, spans: list, between: str) -> bool:
    """A relayed saying noun (القول) follows a verb of its sentence (the last of ``spans``) of the word list
    relaying_verb (نقلت، ذكرت) with who is relayed among the ten words ``between`` them: عنه/عنها/عنهم, or عن and a
    word after it (not وأضاف ... وينتقلون إلى القول; not غني عن القول). After نقلا عن the statement is the
    attribution's, whose source is the one relayed (نقلا عن مسؤولين أمريكيين القول)."""
    if not spans or spans[-1][0] != "verb":
        return False
    cue = normalize_text(spans[-1][1]).split()
    if without_conjunction(cue[0], cue_set.relaying_forms) not in cue_set.relaying_forms:
        return False
    words = between.split()[-_MAX_RELAYED_WORDS:]
    relayed_from = word_set("relayed_from_word")  # عن، عنه، عنها ...
    return any(w in relayed_from and (w != "عن" or k + 1 < len(words)) for k, w in enumerate(words))


_MAX_RELAYED_WORDS = 10  # عن and who is relayed, with a title and a name, right before القول


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



# --- the speaker's code from the body he speaks for ---------------------------------------------------------

_ID, _SURFACE, _CODE, _BASIS, _KIND, _IS_HEADLINE, _START, _END = 3, 5, 6, 7, 9, 10, 11, 12  # places in a statement row (STATEMENT_COLUMNS)
#: What opens an apposition after a speaker's words (، - – ( وهو وهي) and what ends it.
_APPOSITION_OPEN_RE = re.compile(r"\s*(?:[،,\-–(]|\s[وف]?(?:هو|هي)\s)")
_APPOSITION_CLOSE_RE = re.compile(r"[،,.:;؛!?؟()«»\"\n]")


def _with_apposition(text: str, at: int, surface: str, *, cut: bool = False) -> str:
    """A speaker's words (``surface``, written at ``at`` of ``text``; -1: not found) and, where an apposition opens
    right after them (a comma, a dash, هو: :data:`_APPOSITION_OPEN_RE`), the apposition's words to the phrase's end
    (:func:`_phrase_end`): سامر الحلبي، مدير عام شركة المراعي. With ``cut`` (an owner's phrase the speaker's words
    cut: فلان مالك | لوكالة دعاية) the words right after them, though no apposition opens.

    >>> _with_apposition("قال سامر الحلبي، مدير عام الشركة، إن", 4, "سامر الحلبي")
    'سامر الحلبي مدير عام الشركة'
    >>> _with_apposition("قال سامر الحلبي إن", 4, "سامر الحلبي"), _with_apposition("قال فلان", -1, "فلان")
    ('سامر الحلبي', 'فلان')
    """
    opened = _APPOSITION_OPEN_RE.match(text, at + len(surface)) if at >= 0 else None
    if not (opened or cut):
        return surface
    after = opened.end() if opened else at + len(surface)
    return surface + " " + text[after:_phrase_end(text, after)]


def _business_owner(phrase: str) -> bool:
    """Whether a speaker's phrase (and the words after it) names a trader or a business owner: تاجر or تجار
    (word list ``speaker_trader``) not followed by مخدرات, سلاح (``speaker_not_trade``); صاحب، مالك، ملاك، أصحاب
    (``speaker_owner``) followed by a business noun (شركة، محل، معرض، وكالة: ``speaker_business_noun``), with an
    attached ل or article (مالك لوكالة); not صاحب السمو (a title).

    >>> _business_owner("سعيد الشهراني صاحب شركة سيارات"), _business_owner("خالد مالك لوكالة دعاية")
    (True, True)
    >>> _business_owner("أبو ياسر تاجر سيارات"), _business_owner("صاحب السمو الأمير فيصل"), _business_owner("تاجر مخدرات")
    (True, False, False)
    """
    trader, owner, business = word_set("speaker_trader"), word_set("speaker_owner"), word_set("speaker_business_noun")
    words = [without_conjunction(w.strip(_PUNCT)) for w in normalize_text(phrase).split()]
    for w, after in zip(words, words[1:] + [""]):
        bare = without_article(after[1:] if after[:2] == "لل" or after[:1] == "ل" and after[1:2] != "ل" else after)
        if w in trader and after not in word_set("speaker_not_trade"):
            return True
        if w in owner and (bare in business or without_article(after) in business):
            return True
    return False


def _recoded_speakers(text: str, rows: list[tuple], ment: list = (), home: str = "") -> list[tuple]:
    """The statement rows of one article, each speaker's code given the agent of the body it speaks for.

    The actor coder gives an office its state's GOV (الناطق الإعلامي، رئيس قسم ...) or a university its
    state alone (جامعة نجران: SAU). The statement guideline codes the speaker by the body: a spokesperson
    speaks for the body named right after his phrase (الناطق الإعلامي لشرطة منطقة القصيم: SAUCOP, the
    event layer's :func:`~q7x2lib.events._spoken_for_code`), a body the event layer has speak as the state
    (``spokesperson_state_body``: the civil defence, the passports) included, and a scholar or a body of learning
    (أستاذ الاقتصاد في جامعة ...، عميد المعهد) coded GOV is EDU (:func:`~q7x2lib.events._academic`,
    :func:`~q7x2lib.events._dean`), and so is one coded by its state alone when a university names it
    (:func:`_names_a_university`: جامعة تبوك، أستاذ الاقتصاد في جامعة الملك عبدالعزيز; not a think tank,
    معهد واشنطن, nor a bare باحث يمني, which the samples code by the state alone). An uncoded scholar
    (:func:`_scholar_end`) is EDU of the country a mention in his words names, else of the story's. A later
    row that names the same speaker by a word of that naming (العفالق، الرويس, a continuation) takes the
    code too, when its own code is the one recoded or, for a scholar, his state's GOV. An uncoded researcher or
    academic (:func:`_expert_named`: الباحث في الجماعات المتطرفة فلان) is EDU of the story's state, else of
    ``home`` (the outlet's home country).
    """
    from .event_patterns import _patterns
    from .events import _academic, _country_codes, _dean, _in_speakers_country, _name_words, _spoken_for_code
    from .mentions import leading_country
    from .statement_speakers import expert_code

    pat = _patterns(None)
    countries = _country_codes()
    # the story's state: the country the article's mentions name most
    story = leading_country(m[4][:3] for m in ment if isinstance(m[4], str) and m[4][:3] in countries) or None
    recoded: list[tuple[set, str, str]] = []  # (name words, code before, code after) of the speakers recoded so far
    out = []
    for row in rows:
        surface, code = row[_SURFACE], row[_CODE]
        if not surface:
            out.append(row)
            continue
        start, end = row[_START], row[_END]
        at = _speaker_at(text, surface, start, end)
        new = code
        body = _spoken_for_code(text, at, surface, pat, state_bodies=True) if not code or code.endswith("GOV") else None
        if body and body[-3:] not in countries:  # the body's agent (صحة القصيم: SAU alone tells none)
            new = _in_speakers_country(body, code)
        if new == code and code and (code.endswith("GOV") and (_academic(surface) or _dean(surface))
                                     or (code in countries or code == "IGO")
                                     and _names_a_university(surface, text[at + len(surface):] if at >= 0 else "")):
            # a state named in his words is his university's (رئيس الجامعة الإسلامية العالمية في باكستان: PAK, the
            # coder's SAU the office holder's; guideline 7.2: the country of the institution); a name, not an
            # adjective, which may be a field of study (أستاذ الدراسات الإيرانية); an IGO's keeps its IGO (الأمين
            # العام المساعد لشؤون فلسطين بالجامعة | العربية, the Arab League cut from its adjective)
            seat = _state_in_words(surface, _state_names_only(), countries) if code[:3] != "IGO" else None
            new = (seat or code[:3]) + "EDU"
        if new == code and isinstance(code, str) and code[-3:] == "CVL":
            # كاترين ديملر الباحثة في معهد ...، حمود الزيادي، الباحث في شؤون ...، وقال الباحثون: an expert (EDU)
            phrase = _with_apposition(text, at, surface) if row[_BASIS] != "attribution" else surface
            new = expert_code(code, phrase, story)
        if new == code and (not code or code in countries or code[-3:] == "CVL") and at >= 0 \
                and row[_BASIS] != "attribution":
            # سعيد الشهراني صاحب شركة سيارات، فلان مالك لوكالة دعاية، أبو ياسر تاجر سيارات: a trader or the owner of a
            # business speaks as BUS of his own state, else the story's (guideline: business people = BUS)
            # the words after it: an apposition's, or those of an owner's phrase the speaker's words cut (مالك | لوكالة)
            last = normalize_text(surface).split()[-1:]
            cut = bool(last) and last[0] in word_set("speaker_owner")
            phrase = _with_apposition(text, at, surface, cut=cut)
            country = code[:3] if code and code[:3] in countries else story
            if country and _business_owner(phrase):
                new = country + "BUS"
        if new == code and (not code or code in countries and (_titled(surface) or _scholar_titled(surface))) and at >= 0 \
                and (upto := _scholar_end(text, at, surface, row[_BASIS])):
            # (a titled name no table knows, or a scholar's title, has its story's state alone: SAU, which the
            # scholar's EDU refines: أستاذ علم الاجتماع المساعد | في كلية ...)
            # الدكتور محمد الشريم -عضو هيئة التدريس بجامعة الملك سعود: uncoded, a scholar in his words or apposition
            country = next((m[4][:3] for m in ment if at <= m[0] < upto and isinstance(m[4], str)
                            and m[4][:3] in countries), None)
            near = text[at:_phrase_end(text, upto)]  # أستاذ العلوم السياسية | في جامعة كوينيبياك
            if country is None and (_dean(near) or _learning_body(near)):
                # a body of learning the story's own (بجامعة الملك عبدالعزيز uncoded); not a bare title with no
                # nationality stated (ويشير باحث في التاريخ: EDU of no country)
                country = story
            new = country + "EDU" if country else code
        if new == code and (row[_ID] is None or code in countries) and (not code or code in countries or code.endswith("GOV")) \
                and not _academic(surface) and not _dean(surface) \
                and (first := _first_naming(text, surface)) is not None and (naming := _scholar_naming(text, *first)):
            # الدكتور خالد النقية، a scholar where the article first names him (الدكتور خالد النقية -عضو هيئة التدريس
            # بجامعة ...، الدكتور عبدالله المسند الأستاذ المشارك بقسم ...), whose words there no row kept; of the state
            # those words name (رئيس الجامعة الإسلامية العالمية في باكستان), else his own, else the story's
            country = _state_in_words(naming, _state_names_only(), countries) \
                or (code[:3] if code and code[:3] in countries else leading_country(
                    m[4][:3] for m in ment if isinstance(m[4], str) and m[4][:3] in countries) or None)
            new = country + "EDU" if country else code
        if new == code and (not code or code in countries) and _titled(surface) and row[_BASIS] != "attribution" \
                and (first := _first_naming(text, surface)) is not None and (at < 0 or first[0] < at) \
                and (office := _office_before_naming(text, first[0], ment, countries)) is not None \
                and (not code or office[:3] == code):
            # المهندس الفارس after مدير عام المؤسسة العامة لصوامع الغلال المهندس أحمد بن عبدالعزيز الفارس: a titled
            # name the mention layer gives his state alone takes the code of the office his first naming opens with
            new = office
        if new == code and (not code or code in countries or code.endswith("CVL")) and row[_BASIS] != "attribution" \
                and (company := _company_office_code(text, surface, ment, story)) is not None \
                and (not code or company[:3] == code[:3]):
            # الدكتور حسان الحقباني مدير برنامج ... في شركة "تطوير"، يزيد الرشيد، مدير عام التسويق بمجموعة ناس: a
            # person first named with an office in a company the mention layer codes speaks for the company
            new = company
        if new == code and row[_ID] is None and isinstance(code, str) and code.endswith("GOV") \
                and row[_BASIS] != "attribution" \
                and (company := _company_office_code(text, surface, ment, offices=word_set("company_office_head"))):
            # حُسنية هاشم، نائب الرئيس للعمليات في الشركة الكويتية للاستكشافات: an office a company has (word list
            # company_office_head), which the actor coder gave the story's GOV, in a company a mention codes BUS
            new = company
        if not new and at >= 0 and (body := _office_body(text, at, surface, story, pat)):
            # مسؤول كبير بوزارة العدل، مصادر بالقوات: an uncoded office speaks for the body a preposition names right
            # after its words (round 53: on the dev samples right code 4 wrong->right, none right->wrong)
            new = body
        if not new and story and (agent := _portfolio_agent(surface, headline=bool(row[_IS_HEADLINE]))):
            # وقالت «الصحة»، وأكدت التجارة: a ministry named by its portfolio alone, as the press writes it, speaks
            # for the story's state (word list portfolio_body: the body noun the table's phrase opens with)
            new = story + agent
        if not new and (story or home) and at >= 0 and row[_BASIS] != "attribution" and _expert_named(text, at, surface):
            # ويؤكد الباحث في الجماعات المتطرفة حمود الزيادي ... وأشار الزيادي: an uncoded researcher or academic
            # (word list expert_noun), in his words or where the article first names him, speaks as an expert:
            # EDU of the story's state, else the outlet's (statements guideline 7.2: the country the text gives)
            new = (story or home) + "EDU"
        words = _name_words(surface, pat.generic)
        if new != code:
            recoded.append((words, code, new))
        elif words:
            # its own code the one recoded, or the state's GOV the actor coder gives a scholar's name
            # (الشناوي: EGYGOV after أستاذ الاقتصاد بجامعة القاهرة الدكتور سامي الشناوي, recoded EGYEDU)
            new = next((after for named, before, after in reversed(recoded) if words <= named and (
                before == code or after.endswith("EDU") and code == after[:3] + "GOV")), code)
        out.append(row if new == code else row[:_CODE] + (new,) + row[_CODE + 1:])
    return _igo_office_agents_dropped(_agents_given_country(text, _coded_as_before(out), ment, story, countries))


def _igo_office_agents_dropped(rows: list[tuple]) -> list[tuple]:
    """An intergovernmental body's speaker keeps IGO without the agent an office gives a state's official
    (word list ``igo_office_agent``: GOV): the guidelines code IGOs and their office holders IGO with an empty
    agent unless a sub-body says otherwise (السفير محمد صبيح الأمين العام المساعد للجامعة العربية، المتحدث باسم
    الأمين العام للأمم المتحدة: IGO, not IGOGOV); a sub-body's agent stays (البرلمان العربي: IGOLEG).

    >>> row = lambda code: (0, 0, 0, None, 0, "x", code) + (0,) * 6
    >>> [r[_CODE] for r in _igo_office_agents_dropped([row("IGOGOV"), row("IGOLEG"), row("SAUGOV"), row(None)])]
    ['IGO', 'IGOLEG', 'SAUGOV', None]
    """
    dropped = word_set("igo_office_agent")
    return [row[:_CODE] + ("IGO",) + row[_CODE + 1:]
            if isinstance(row[_CODE], str) and row[_CODE][:3] == "IGO" and row[_CODE][3:] in dropped else row
            for row in rows]


def _state_names(countries: pd.DataFrame, forms: tuple = ("name", "adjective")) -> dict[str, str]:
    """The countries table's names and adjectives (``forms``; not its capitals, seats or provinces), normalised
    without the article, and their codes."""
    out: dict[str, str] = {}
    for code, form, phrase in zip(countries["code"], countries["form"], countries["phrase"]):
        if form in forms:
            out.setdefault(without_article(normalize_text(phrase)), code)
    return out


def _names_only(countries: pd.DataFrame) -> dict[str, str]:
    """The countries table's state names alone (باكستان، الجزائر), as :func:`_state_names` gives them; not those
    its note calls ambiguous (مالي: mostly "financial"; المملكة: any kingdom).

    >>> named = _names_only(load_lexicon("countries"))
    >>> named["باكستان"], "مالي" in named, "باكستاني" in named
    ('PAK', False, False)
    """
    note = countries["note"].fillna("").astype(str) if "note" in countries else pd.Series("", index=countries.index)
    return _state_names(countries[~note.str.startswith("ambiguous")], ("name",))


_STATE_NAME_CACHE = LastTableCache()
_NAME_ONLY_CACHE = LastTableCache()


def _state_names_only() -> dict[str, str]:
    """:func:`_names_only` of the countries table in force, cached per table."""
    return _NAME_ONLY_CACHE.get(table_in_force("countries"), _names_only)


def _state_in_words(phrase: str, named: dict[str, str], countries) -> str | None:
    """The code of the first state ``named`` (a dict of :func:`_state_names`) names among the words of ``phrase``,
    the longest naming first (جنوب السودان: SSD, not السودان), or None.

    >>> _state_in_words("رئيس الجامعة الإسلامية في باكستان", {"باكستان": "PAK"}, {"PAK"})
    'PAK'
    """
    words = [w.strip(_PUNCT) for w in normalize_text(phrase).split()]
    return next((c for i in range(len(words)) for n in (3, 2, 1) if i + n <= len(words)
                 and (c := named.get(without_article(" ".join(words[i:i + n])))) in countries), None)


def _agents_given_country(text: str, rows: list[tuple], ment, story: str | None, countries) -> list[tuple]:
    """A speaker coded with an agent alone (GOV: السفير علي العياشي، BUS: شركة هوندا موتور اليابانية، LEG: النائب
    فلان) takes the country a word of its own or its apposition's names (اليابانية، شاعر مغربي), else the story's
    state (the one its mentions name most, by a clear lead): the statement guideline codes every speaker with a
    country. Not an actor a table knows with no country (تنظيم داعش، منظمة هيومن رايتس ووتش: stateless on purpose).
    The last country named before the speaker, tried as a third choice, was right for about 3 in 5 on the dev
    samples but for fewer than 1 in 3 of the rules-fifth articles read (round 58): left out.

    >>> row = lambda surface, code: (0, 0, 0, None, 0, surface, code) + (0,) * 6
    >>> [r[_CODE] for r in _agents_given_country("", [row("النائب فلان", "LEG"), row("الأمم المتحدة", "IGO")],
    ...                                          [], "JOR", {"JOR"})]
    ['JORLEG', 'IGO']
    """
    named = _STATE_NAME_CACHE.get(table_in_force("countries"), _state_names)
    out = []
    for row in rows:
        code = row[_CODE]
        if isinstance(code, str) and len(code) == 3 and code != "IGO" and code not in countries and row[_ID] is None:
            surface = row[_SURFACE] if isinstance(row[_SURFACE], str) else ""
            # where the speaker is named: by the cue, else (a continuation) the last naming before it
            at = _speaker_at(text, surface, row[_START], row[_END])
            if surface and at < 0:
                at = text.rfind(surface, 0, row[_END])
            # its words and an apposition's (ياسين عدنان، شاعر وإعلامي مغربي)
            phrase = _with_apposition(text, at, surface)
            # a country's name or adjective, the longest first (جنوب السودان: SSD, not السودان); not a capital
            # (ديلي of صحيفة ديلي نيوز is Dili)
            country = _state_in_words(phrase, named, countries) or story
            if country:
                row = row[:_CODE] + (country + code,) + row[_CODE + 1:]
        out.append(row)
    return out


#: What joins an office's words to the body it serves (at most four words of description before it): في، من داخل،
#: لدى، التابع ل، or a proclitic ب on the body's first word, a definite one or a body's noun (بالقوات، بوزارة; not
#: برلماني، بدر); not ل: مصدر لـ«عكاظ» names the outlet he spoke to.
_OFFICE_LINK_RE = re.compile(r"\s*(?:[^\s،,.:;؛()«»\"]+\s+){0,4}?(?:(?:في|من داخل|داخل|لدى|التابعة? ل)\s+"
                             r"|ب(?=ال\S|وزار|هيئ|مجلس|شرك|مؤسس|جامع|مستشف|قياد|حكوم|مكتب|[إا]دار|بلدي|[أا]مان|جمعي))")
#: Where the office's clause ends: a stop, or the conjunction that opens what is said (إن، أن، بأن).
_CLAUSE_END_RE = re.compile(r"[،,.:;؛!?؟()«»\"\n]|(?:^|\s)(?:[إأا]ن|[إأا]نه|[إأا]نها|بأن|بان|ما)(?=\s)")


def _office_body(text: str, at: int, surface: str, story: str | None, pat) -> str | None:
    """The code of the body an uncoded office (``office_word``: مصدر، مسؤول، مدير ...) serves where a preposition
    names it right after the office's words, in the same clause (مسؤول كبير بوزارة العدل، مسؤولون بالحكومة، مصدر
    في المستشفى): the code the body's words begin with (:func:`~q7x2lib.events._surface_code`), else the agent of
    a local institution's noun among them (word list speaker_body_agent), an agent alone in the story's state;
    None when the first word is no office or no agent is named so (a ل names the outlet: مصدر لـ«عكاظ»).

    >>> from q7x2lib.event_patterns import _patterns
    >>> text = "وقال مصدر مطلع في وزارة الصحة إن العمل مستمر"
    >>> _office_body(text, text.find("مصدر"), "مصدر", "SAU", _patterns(None))
    'SAUGOV'
    >>> text = "وقال مصدر لـ«عكاظ» إن العمل مستمر"
    >>> _office_body(text, text.find("مصدر"), "مصدر", "SAU", _patterns(None)) is None
    True
    """
    from .events import SPOKEN_FOR_WORDS, _country_codes, _surface_code
    from .statement_cues import _word_pairs
    from .statement_speakers import _known_noun

    first = surface.split()[0] if surface.split() else ""
    first = first[2:] if first.startswith("ال") else first
    if first not in word_set("office_word"):
        return None
    head = text.find(first, at) + len(first)
    clause = text[head:head + 120]
    clause = clause[:m.start()] if (m := _CLAUSE_END_RE.search(clause)) else clause
    link = _OFFICE_LINK_RE.match(clause)
    if not link:
        return None
    words = clause[link.end():].split()[:SPOKEN_FOR_WORDS]
    code = _surface_code(" ".join(words), pat) if words else None
    if not code or code in _country_codes():
        # a local institution no table codes (بالقطاع الصحي، في مطار ...): the agent of its noun (speaker_body_agent)
        agents = _word_pairs("speaker_body_agent", required=False)
        code = next((agents[key] for w in words if (key := _known_noun(normalize_text(w), agents.get))), None)
    if not code or code in _country_codes() or len(code) < 3:
        return None
    if len(code) == 3:
        return story + code if story else None
    return code


def _portfolio_agent(surface: str, *, headline: bool = False) -> str | None:
    """The agent of a body named by its portfolio alone (الصحة، «التجارة والصناعة»، الخدمة المدنية): a noun of
    word list portfolio_body (وزارة) before the speaker's words makes a phrase of the agents table, whose agent it
    is; None for anything else (a person's name, الصحة العالمية). Outside a ``headline`` a one-word portfolio counts
    only in quotation marks (وقالت «الصحة»; وقال الشباب, ودعا الشباب: the youth, a club, a family name); in a
    headline not a word of word list portfolio_other_sense (الشباب: a club).

    >>> [_portfolio_agent(s) for s in ("«الصحة»", "التجارة والصناعة", "الصحة العالمية", "محمد", "الصحة", "الشباب")]
    ['GOV', 'GOV', None, None, None, None]
    >>> _portfolio_agent("الصحة", headline=True), _portfolio_agent("الشباب", headline=True)
    ('GOV', None)
    """
    if not isinstance(surface, str):
        return None
    key = normalize_text(surface).strip(_PUNCT + "«»\"'“”&;quot ")
    if not key or not key.startswith("ال") or len(key.split()) > 3:
        return None
    bodies, other_sense = _portfolio_words()
    if len(key.split()) == 1 and (key in other_sense or not headline and not any(q in surface for q in "«»\"“”'")):
        return None
    phrases = _agent_phrases()
    return next((phrases[h + " " + key] for h in bodies if h + " " + key in phrases), None)


@lru_cache(maxsize=1)
def _portfolio_words() -> tuple[tuple, frozenset]:
    """The word lists portfolio_body and portfolio_other_sense (:func:`_portfolio_agent`), read once."""
    return word_list("portfolio_body", required=False), frozenset(word_list("portfolio_other_sense", required=False))


def _coded_as_before(rows: list[tuple]) -> list[tuple]:
    """An uncoded speaker named again by the same words, or by the first words of a coded speaker earlier in
    the article (مصدر ... وأضاف المصدر; الجمارك الصينية ... وقالت الجمارك), takes that speaker's code: the last
    such one (round 53: on the dev samples right code 24 wrong->right, none right->wrong).

    >>> rows = [(0,) * 5 + ("الجمارك الصينية", "CHNGOV") + (0,) * 6, (0, 0, 0, None, 0, "الجمارك", None) + (0,) * 6]
    >>> [r[_CODE] for r in _coded_as_before(rows)]
    ['CHNGOV', 'CHNGOV']

    An agent alone named again takes the country of the first naming; a country alone stays:

    >>> row = lambda surface, code: (0, 0, 0, None, 0, surface, code) + (0,) * 6
    >>> [r[_CODE] for r in _coded_as_before([row("القنصلية السعودية", "SAUGOV"), row("القنصلية", "GOV"),
    ...                                      row("واشنطن بوست", "USAMED"), row("واشنطن", "USA")])]
    ['SAUGOV', 'SAUGOV', 'USAMED', 'USA']
    """
    seen: list[tuple[str, str]] = []  # (the words of a coded speaker, its code), in order
    out = []
    for row in rows:
        surface, code = row[_SURFACE], row[_CODE]
        key = _speaker_key(surface) if isinstance(surface, str) else ""
        # the code of the last coded speaker named by the same words, or by words these open
        found = next((c for k, c in reversed(seen) if k == key or k.startswith(key + " ")), None) if key else None
        if isinstance(code, str) and len(code) == 3 and found and len(found) == 6 and code == found[3:]:
            # an agent alone (GOV: القنصلية، مصدر) where the same words first had a country too (SAUGOV); not a
            # country alone (واشنطن: USA after واشنطن بوست USAMED, the state itself; on the dev samples 1 win, 3 losses)
            row = row[:_CODE] + (found,) + row[_CODE + 1:]
            code = found
        if isinstance(code, str) and code:
            if key:
                seen.append((key, code))
        elif found and row[_ID] is None:
            row = row[:_CODE] + (found,) + row[_CODE + 1:]
        out.append(row)
    return out


def _speaker_key(surface: str) -> str:
    words = [without_article(without_conjunction(w.strip(_PUNCT))) for w in normalize_text(surface).split()]
    return " ".join(w for w in words if w)


_LEAGUE_AFTER_CHARS = 30  # the text after a speaker's words read for the Arab League's last words
_ARTICLE_RE = re.compile(r"^[وف]?(?:[بكل]?ال|لل|[بكل])")


def _titled(surface: str) -> bool:
    """Whether a speaker's words hold a personal title (word list person_title: الدكتور، د.، المهندس، م.), a
    conjunction or preposition before it at most.

    >>> [_titled(s) for s in ("والدكتور سالم الغامدي", "مدير المعهد المهندس فلان", "سونر كاغاباتاي")]
    [True, True, False]
    """
    titles = _person_titles()
    return any(w in titles or w[1:] in titles or w[2:] in titles for w in normalize_text(surface).split())


def _scholar_titled(surface: str) -> bool:
    """Whether a speaker's words hold a scholar's title without the article (word list academic_title: أستاذ،
    باحث، أكاديمي), a conjunction or preposition before it at most; not a body of learning alone (معهد إدارة
    التوريدات, a think tank or a trade body as often as a school), nor the honorific الأستاذ an office holder bears.

    >>> [_scholar_titled(s) for s in ("أستاذ علم الاجتماع المساعد", "وباحثة سعودية", "المعهد الألماني", "الأستاذ فهد")]
    [True, True, False, False]
    """
    from .events import _academic_words

    titles = _academic_words()[0]
    return any(w in titles or w[1:] in titles for w in normalize_text(surface).split())


@lru_cache(maxsize=1)
def _person_titles() -> frozenset:
    return frozenset(normalize_text(w) for w in word_list("person_title", required=False))


def _names_a_university(surface: str, after: str = "") -> bool:
    """Whether a speaker's words hold a university's word (word list university_body: جامعة، كلية), with its
    article or a preposition (بجامعة، الجامعة); not the Arab League (جامعة الدول العربية، الجامعة العربية), also
    when the speaker's words end at its noun and the text ``after`` them goes on with العربية (بالجامعة | العربية).

    >>> [_names_a_university(s) for s in ("جامعة تبوك", "أستاذ الاقتصاد بجامعة الملك عبدالعزيز", "الجامعة العربية",
    ...  "معهد واشنطن للشرق الأدنى", "باحث يمني")]
    [True, True, False, False, False]
    >>> _names_a_university("الأمين العام المساعد بالجامعة", " العربية أن"), _names_a_university("عميد بالجامعة", " أن")
    (False, True)
    """
    return _holds_body(surface, word_set("university_body"), "«»\"'“”()،,.:", after)


def _holds_body(span: str, bodies: frozenset, strip: str, after: str = "") -> bool:
    """Whether ``span`` holds a word of ``bodies``, bare, with its article or a preposition (بجامعة، الجامعة),
    each word stripped of ``strip``; not the Arab League (جامعة الدول العربية، الجامعة العربية), whose last words
    may stand in the text ``after`` the span."""
    words = normalize_text(span).split()
    more = [w.strip(strip) for w in normalize_text(after[:_LEAGUE_AFTER_CHARS]).split()[:2]]
    for i, w in enumerate(words):
        w = w.strip(strip)
        if w in bodies or _ARTICLE_RE.sub("", w) in bodies:
            return not arab_league_after((words + more)[i + 1:i + 3])
    return False


def _phrase_end(text: str, at: int) -> int:
    """Where the words from ``at`` end: the next punctuation, إن/أن or a quotation, or 80 characters on."""
    from .events import _apposition_end

    close = _APPOSITION_CLOSE_RE.search(text, at)
    return min(close.start() if close else len(text), _apposition_end(text, at))


def _scholar_end(text: str, at: int, surface: str, basis: str = "after_verb") -> int:
    """Where the words that make an uncoded speaker a scholar end, 0 when none does: the speaker's own
    words (أستاذ الاقتصاد بجامعة الملك عبدالعزيز، عميد المعهد), else an apposition opened right after them
    by a comma, a dash or وهو/وهي and closed by the next punctuation (الدكتور محمد الشريم -عضو هيئة
    التدريس بجامعة الملك سعود), else, where the speaker's words end with an office's head
    (:func:`_cut_in_office`: المشرف), the office's own words after them to the next punctuation (المشرف على
    الحملة أستاذ مشارك ... بجامعة المؤسس). The words after any other verb's subject are what is said or its
    object (وكان زوج المعلمة قد اتهم جامعة تبوك): not read; nor what follows an attribution's source
    (ووفقا للتقرير، قام المعهد ...: what is said). الكلية after a definite word is an adjective (النماذج الاقتصادية الكلية:
    macroeconomic), not a college.

    >>> _scholar_end("قال الدكتور محمد الشريم -عضو هيئة التدريس بجامعة الملك سعود- إن", 4, "الدكتور محمد الشريم") > 0
    True
    >>> _scholar_end("وكان زوج المعلمة قد اتهم جامعة تبوك بعدم قبول ابنته", 5, "زوج المعلمة")
    0
    >>> _scholar_end("وأوضح المشرف على الحملة أستاذ الغدد بجامعة المؤسس الدكتور عبدالمعين، أن", 6, "المشرف") > 0
    True
    >>> _scholar_end("وتشير النماذج الاقتصادية الكلية إلى انتعاش", 6, "النماذج الاقتصادية الكلية")
    0
    """
    from .events import _academic, _dean

    end = at + len(surface)
    words = surface.split()
    if len(words) > 1 and normalize_text(words[-1]) == "الكلية" and normalize_text(words[-2]).startswith("ال"):
        surface = " ".join(words[:-1])  # الاقتصادية الكلية: macroeconomic
    if _academic(surface) or _dean(surface):
        return end
    if basis == "attribution":
        return 0
    opened = _APPOSITION_OPEN_RE.match(text, end)
    if opened is None and not _cut_in_office(surface):
        return 0
    after = opened.end() if opened else end
    stop = _phrase_end(text, after)  # not what is said: الدكتور الزهراني، أن الجامعة ...
    return stop if _academic(text[after:stop]) or _dean(text[after:stop]) else 0


def _cut_in_office(surface: str) -> bool:
    """Whether a speaker's words end with the head of an office (word lists person_office, office_head: المشرف،
    مدير، رئيس), so that what the office is goes on after them (المشرف | على الحملة أستاذ مشارك بجامعة ...).

    >>> _cut_in_office("المشرف"), _cut_in_office("ومدير"), _cut_in_office("والمشرفة"), _cut_in_office("الدكتور محمد الشريم")
    (True, True, True, False)
    """
    heads = word_set("person_office") | word_set("office_head")
    last = normalize_text(surface).split()[-1:]
    word = without_conjunction(last[0].strip(_PUNCT)) if last else ""  # والمشرف: المشرف
    return without_article(without_conjunction(word, heads)) in heads


_NAME_STRIP = "«»\"'“”()،,.:-–"
#: What ends the phrase before a person's name: a stop, not the dot of the title د. or أ.د. (أستاذ علم الاجتماع
#: المساعد في كلية الملك فهد الأمنية د. عبدالله الشعلان: the title's dot is inside the phrase).
_BEFORE_NAME_RE = re.compile(r"[،,:;؛!?؟()«»\"\n]|(?<!\bد)(?<!\bأ)\.")
_ANOTHER_PERSON_RE = re.compile(r"\s*[،,\-–]\s*و(?!هو\s|هي\s)")
#: How far before a person's first naming his title and body may begin (أستاذ الاقتصاد بجامعة الملك عبدالعزيز بجدة).
FIRST_NAMING_REACH = 70


def _first_naming(text: str, surface: str) -> tuple[int, int] | None:
    """Where the article first writes the last word of a personal speaker's name (المسند in الدكتور عبدالله
    المسند), a whole word with a proclitic at most: (start, end); None when the surface is no name of a person
    (a body, a bare title: a word the article also writes as something else) or is not found.

    >>> _first_naming("قال الدكتور عبدالله المسند الأستاذ بجامعة القصيم إن ... وقال المسند", "المسند")
    (20, 26)
    """
    words = [w.strip(_NAME_STRIP) for w in surface.split()]
    words = [w for w in words if w]
    if not words or len(words) > 5 or len(words[-1]) < 3:
        return None
    return _whole_word_at(text, words[-1])


_WHOLE_WORD_PROCLITICS = frozenset({"", "و", "ب", "ل", "وب", "ول"})


def _whole_word_at(text: str, word: str) -> tuple[int, int] | None:
    """Where ``text`` first writes ``word`` as a whole word with a proclitic at most (و، ب، ل، وب، ول): the
    (start, end) of ``word`` itself, as ``(?<![^\\W_])(?:[وبل]|وب|ول)?word(?![^\\W_])`` finds it.

    A word of letters and digits alone is looked up with :meth:`str.find` and its neighbours checked (no pattern
    compiled per speaker's name: that cost more than the search on a large corpus); any other word (a dot, a
    hyphen inside) is searched with the pattern itself.

    >>> _whole_word_at("قالالمسند والمسند", "المسند")
    (11, 17)
    >>> _whole_word_at("المسندي", "المسند") is None
    True
    """
    if not word.isalnum():  # [^\W_] is str.isalnum, character by character
        found = _whole_word_re(word).search(text)
        return (found.end() - len(word), found.end()) if found else None
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if end == len(text) or not text[end].isalnum():
            start = at
            while start > 0 and at - start < 3 and text[start - 1].isalnum():
                start -= 1  # the proclitic before it, where the word is written whole with one
            if text[start:at] in _WHOLE_WORD_PROCLITICS and (start == 0 or not text[start - 1].isalnum()):
                return at, end
        at = text.find(word, at + 1)
    return None


@lru_cache(maxsize=256)
def _whole_word_re(word: str) -> re.Pattern:
    """The pattern of :func:`_whole_word_at` for a word that is not all letters and digits."""
    return re.compile(r"(?<![^\W_])(?:[وبل]|وب|ول)?" + re.escape(word) + r"(?![^\W_])")


def _naming_opened(text: str, start: int) -> int:
    """Where the phrase of a person's naming at ``start`` opens: after the last punctuation within
    :data:`FIRST_NAMING_REACH` characters before it, else that far back.

    >>> _naming_opened("وصل الوفد. وقال الباحث خالد", 23)
    10
    """
    return max((m.end() for m in _BEFORE_NAME_RE.finditer(text, max(0, start - FIRST_NAMING_REACH), start)),
               default=max(0, start - FIRST_NAMING_REACH))


def _expert_named(text: str, at: int, surface: str) -> bool:
    """Whether a speaker (``surface`` at ``at`` of ``text``) is named as a researcher or academic: a noun of word list
    ``expert_noun`` (الباحث، باحثة، أستاذ، البروفيسور; not an adjective, الصرح الأكاديمي، الدورة التدريبية) in his
    words or the apposition after them (:func:`_with_apposition`), or leading the name where the article first
    names him (:func:`_first_naming`), six words before it at most with no verb of saying between (ويؤكد الباحث في
    الجماعات المتطرفة | حمود الزيادي); not a former official (word list ``former_word``).

    >>> text = "ويؤكد الباحث في علم الاجتماع سالم الحربي أن الظاهرة قديمة. وأشار الحربي إلى"
    >>> _expert_named(text, text.rindex("الحربي"), "الحربي"), _expert_named(text, 0, "الصرح الأكاديمي")
    (True, False)
    >>> text = "استعرض صفات الباحث الناجح وقال سالم إن"
    >>> _expert_named(text, text.index("سالم"), "سالم")
    False
    """
    nouns, former = word_set("expert_noun"), word_set("former_word")
    words = normalize_text(_with_apposition(text, at, surface)).split()
    if (first := _first_naming(text, surface)) is not None:
        lead = normalize_text(text[_naming_opened(text, first[0]) : first[0]]).split()
        k = max((i for i, w in enumerate(lead) if without_conjunction(w, nouns) in nouns), default=-1)
        verbs = _cues(table_in_force("reporting_verbs")).kinds
        if k >= 0 and len(lead) - k <= 7 and not any(without_conjunction(w, verbs) in verbs for w in lead[k + 1 :]):
            words = lead[k:] + words
    return any(without_conjunction(w, nouns) in nouns for w in words) and not any(w in former for w in words)


def _scholar_naming(text: str, start: int, end: int) -> str:
    """The words by which a person's naming at ``start``-``end`` in ``text`` makes him a scholar, "" when none do:
    a scholar's title or a body of learning before the name in its phrase (أستاذ الاقتصاد بجامعة الملك عبدالعزيز
    بجدة كارولين هاشمي), or after it, in an apposition (:func:`_scholar_end`) or as a title written right after
    the name (الدكتور عبدالله المسند الأستاذ المشارك بقسم الجغرافيا بجامعة القصيم).

    >>> _scholar_naming("فسر الدكتور عبدالله المسند الأستاذ المشارك بقسم الجغرافيا بجامعة القصيم، مضمون", 20, 26)
    ' الأستاذ المشارك بقسم الجغرافيا بجامعة القصيم'
    >>> _scholar_naming("وقال المحامي خالد المسند إن جامعة القصيم ستطعن", 18, 24)
    ''
    """
    from .events import _academic, _dean

    opened = _naming_opened(text, start)
    spans = [text[opened:start]]
    if (upto := _scholar_end(text, start, text[start:end])) > end \
            and not _ANOTHER_PERSON_RE.match(text, end):  # ، وأستاذ ...: another person named next
        spans.append(text[end:upto])
    after = text[end:_phrase_end(text, end)]
    if after.split() and (_academic(without_article(after.split()[0]))  # الأستاذ المشارك بقسم ...
                          or without_article(normalize_text(after.split()[0])) in _person_offices()):
        # عضو هيئة التدريس بجامعة الملك سعود، المتحدث الإعلامي للجامعة: an office written right after the name
        spans.append(after)
    # a university or a dean, not a think tank (خبير في معهد واشنطن) nor a bare researcher (باحث يمني); the words
    # before the name read on into it (مدير إدارة فلسطين بالجامعة | العربية: the Arab League, the "name" its adjective)
    tests = [text[opened:end], *spans[1:]]
    return " ".join(span for span, test in zip(spans, tests) if _names_a_university(test) or _dean(span))


#: Where an apposition opens inside a speaker's words (a comma or a dash: نورة السالم، نائب الرئيس).
_APPOSITION_COMMA_RE = re.compile(r"\s*[،,\-–]\s*")
#: The words between an office and the name it holds: a personal title first (المهندس، الدكتور، د.، أ.د.), then at
#: most four words of the name, with no punctuation and no second person (و).
_TITLE_GAP_RE = re.compile(r"\s*(?:[^\s،,.:;؛!?؟()«»\"\-–]+\.?|[أا]\.\s?د\.?)\s+(?:(?!و)[^\s،,.:;؛!?؟()«»\"\-–]+\s+){0,4}")


def _company_office_code(text: str, surface: str, ment: list, story: str | None = None,
                         offices: frozenset | None = None) -> str | None:
    """The code of the company a person's office names where the article first names him: the name (its last
    word, the office words the speaker's words end with left aside) followed, right after or after a comma or a
    dash, by an office (``offices``; by default word lists person_office and company_office_head: مدير، رئيس،
    المدير، الرئيسة، كبيرة) whose phrase holds a mention coded with a state and BUS (الرئيسة التنفيذية لشركة
    «ماتر مارك»), else a company's noun written without the article (word lists company_head,
    company_head_quoted's مجموعة: بمجموعة ناس القابضة، في شركة ...) that makes the company one of the story's
    state (``story``). None when there is none, or when no personal name is found.

    >>> t = "وقال يزيد الرشيد، مدير عام التسويق بمجموعة ناس القابضة، إن"
    >>> _company_office_code(t, "يزيد الرشيد", [(t.find("مجموعة"), t.find("القابضة") + 7, None, "مجموعة ناس القابضة", "SAUBUS")])
    'SAUBUS'
    >>> _company_office_code(t, "يزيد الرشيد", []) is None
    True
    >>> _company_office_code(t, "يزيد الرشيد، مدير عام التسويق", [(t.find("مجموعة"), t.find("القابضة") + 7, None, "", "SAUBUS")])
    'SAUBUS'
    """
    offices = _person_offices() | word_set("company_office_head") if offices is None else offices
    # the name before an apposition the speaker's words hold (نورة السالم، نائب الرئيس للعمليات); not a state's
    # (دولة الكويت، ممثلة بالشركة ...: the state speaks through the company)
    name = _APPOSITION_COMMA_RE.split(surface, 1)[0]
    states = _state_names_only()
    if _state_in_words(name, states, set(states.values())):
        return None
    words = [w.strip(_NAME_STRIP) for w in name.split()]
    words = [w for w in words if w]
    while words and without_article(normalize_text(words[-1])) in offices:
        words.pop()  # الدكتور حسان الحقباني مدير: the office the speaker's words were cut in
    if not words or len(words) > 5 or len(words[-1]) < 3 or without_article(normalize_text(words[-1])) in offices:
        return None
    first = _whole_word_at(text, words[-1])
    if first is None:
        return None
    opened = _APPOSITION_OPEN_RE.match(text, first[1])
    at = opened.end() if opened else first[1]
    while at < len(text) and text[at].isspace():
        at += 1
    head = text[at:at + 40].split()
    if not head or without_article(normalize_text(head[0].strip(_NAME_STRIP))) not in offices:
        return None
    upto = _phrase_end(text, at)
    found = next((m[4] for m in ment if at < m[0] <= upto + 1 and isinstance(m[4], str) and len(m[4]) == 6
                  and m[4].endswith("BUS")), None)
    if found is None and story:
        heads = _company_heads()
        if any(w in heads or w[:1] in "بل" and w[1:] in heads for w in normalize_text(text[at:upto]).split()[1:]):
            found = story + "BUS"
    return found


@lru_cache(maxsize=1)
def _company_heads() -> frozenset:
    """The nouns of a company written before its name (word list company_head: شركة، بنك، مصرف; and مجموعة), normalized."""
    return frozenset(normalize_text(w) for w in [*word_list("company_head", required=False), "مجموعة"])


def _office_before_naming(text: str, start: int, ment: list, countries) -> str | None:
    """The code of the office a person's first naming at ``start`` opens with: a mention coded with a state and
    an agent other than CVL that ends right before a personal title and the name's first words (مدير عام
    المؤسسة العامة لصوامع الغلال المهندس أحمد بن عبدالعزيز الفارس: SAUGOV), right before the surname itself
    (a mention of the office and the given names), or that covers the naming itself.

    >>> t = "صرح مدير عام المؤسسة المهندس أحمد بن سعد الفارس، أن"
    >>> _office_before_naming(t, t.find("الفارس"), [(4, 20, None, "مدير عام المؤسسة", "SAUGOV")], {"SAU"})
    'SAUGOV'
    >>> t = "بحضور مدير عام المؤسسة، والمهندس أحمد الفارس"
    >>> _office_before_naming(t, t.find("الفارس"), [(6, 22, None, "مدير عام المؤسسة", "SAUGOV")], {"SAU"}) is None
    True
    """
    titles = _person_titles()
    for m in ment:
        code = m[4] if len(m) > 4 else None
        if not (isinstance(code, str) and len(code) == 6 and code[:3] in countries and code[3:] != "CVL"):
            continue
        if m[0] <= start < m[1] and m[0] < start or start - 2 <= m[1] <= start and not text[m[1]:start].strip():
            return code  # (the name's first words the end of the office's mention: أحمد بن عبدالعزيز | الفارس)
        if start - 80 <= m[1] <= start and _TITLE_GAP_RE.fullmatch(text, m[1], start) \
                and normalize_text(text[m[1]:start].split()[0]) in titles:
            return code
    return None


@lru_cache(maxsize=1)
def _person_offices() -> frozenset:
    """The head words of a person's office (word list person_office: عضو، رئيس، مدير، المتحدث ...), normalized."""
    return frozenset(normalize_text(w) for w in word_list("person_office", required=False))


def _learning_body(span: str) -> bool:
    """Whether words hold a body of learning (word list academic_body: جامعة، كلية، معهد), with its article
    or a preposition; not the Arab League (الجامعة العربية).

    >>> [_learning_body(s) for s in ("عميد المعهد الدكتور عادل", "أستاذ الاقتصاد بجامعة الملك عبدالعزيز", "باحث في التاريخ")]
    [True, True, False]
    """
    from .events import _academic_words

    return _holds_body(span, _academic_words()[1], "«»\"'“”()،,.:-")
