"""Stance: whether what is said leans toward cooperation or confrontation.

The knowledge is data: ``data/lexicons/stance_terms.csv`` is a
cooperation–conflict lexicon in the spirit of the CAMEO/Goldstein scale, each
entry with a polarity (+1 cooperation, -1 confrontation), an intensity
``weight`` and a category (``*`` at the end of a term matches any ending:
عقوب* → عقوبات، العقوبة); the negators that flip an entry, and the phrases
that look like negation but are not (لا يزال), are lists in
``data/lexicons/word_lists.csv``. All are found with the one term matcher.

A statement's polarity comes first from the events it expresses
(:func:`q7x2lib.find_events`): what the speaker does toward its target by
saying it, a CAMEO root with its Goldstein weight (أدان −2, رحب +3.5, حذر −6
...), divided by 10 (:func:`statement_polarity`). Only a statement that codes
no such act (an informative statement, root 01) falls back to the lexicon: the
mean signed intensity of the entries found in it. :func:`doc_stance` and
:func:`actor_stance` sum the statements per article and per speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

from .arabic import normalize
from .lexicons import load_lexicon, table_in_force, word_list
from .matching import NOUN_PROCLITICS, TermMatcher
from .tables import LastTableCache

NEGATION_WINDOW = 4  # words; a clause boundary (punctuation) ends the window
_CLAUSE_BREAK_RE = re.compile(r"[.,;:!?\"()]")
_WORD_RE = re.compile(r"[^\W_]+")


class _Lexicon:
    """A cooperation–conflict lexicon compiled once: its terms and its negation rules."""

    def __init__(self, terms: pd.DataFrame) -> None:
        self.info: dict[str, tuple] = {}
        for norm, info in zip(terms.norm, zip(terms.term, terms.polarity, terms.weight, terms.category)):
            self.info.setdefault(norm, info)
        self.terms = TermMatcher(self.info, proclitics=NOUN_PROCLITICS, optional_article=True)
        words = load_lexicon("word_lists")
        negators = word_list("negator", words)
        self.negators = frozenset(negators)
        self.not_negation = word_list("not_negation", words)
        # A negator word anywhere, searched in " " + text (see TermMatcher.padded).
        self.any_negator = re.compile(rf"[\W_](?:{'|'.join(sorted(map(re.escape, negators), key=len, reverse=True))})(?![^\W_])")

    def negated(self, norm: str, at: int) -> bool:
        window = norm[max(0, at - 60) : at]
        if self.any_negator.search(" " + window) is None:  # no negator word at all: the common case, decided fast
            return False
        before = _CLAUSE_BREAK_RE.split(window)[-1]
        words = _WORD_RE.findall(before)
        if self.negators.isdisjoint(words[-NEGATION_WINDOW:]):
            return False
        tail = " ".join(words[-3:])
        return not any(p in tail for p in self.not_negation)


_LEXICONS = LastTableCache()


def _stance_lexicon(terms: pd.DataFrame | None = None) -> _Lexicon:
    """The compiled lexicon of ``terms`` (default: the bundled table)."""
    return _LEXICONS.get(table_in_force("stance_terms") if terms is None else terms, _Lexicon)


def score_polarity(text: str, terms: pd.DataFrame | None = None) -> tuple[float, list[str]]:
    """Polarity of a piece of text from the lexicon, with its evidence.

    Args:
        text: Any text (normalised here).
        terms: A cooperation–conflict lexicon (:func:`q7x2lib.load_lexicon`
            ``"stance_terms"``); default: bundled.

    Returns:
        ``(polarity, evidence)``: the mean signed intensity of the entries
        found, in [-1, 1] (0.0 when none), and the entries as ``term(+w)``, a
        negated entry marked ``¬``.

    Examples:
        >>> score_polarity("بوتين مستعد لإجراء محادثات مع بايدن")
        (0.6, ['مستعد(+0.6)', 'محادث*(+0.6)'])
        >>> score_polarity("الظرف غير مناسب لتطبيع العلاقات")
        (-0.9, ['¬تطبيع(-0.9)'])
        >>> score_polarity("عرض الرئيس لا يزال قائما")
        (0.6, ['عرض(+0.6)'])
    """
    return _polarity_of_normalized(normalize(text), _stance_lexicon(terms))


def _polarity_of_normalized(norm: str, lexicon: _Lexicon) -> tuple[float, list[str]]:
    """:func:`score_polarity` of text that is already normalised."""
    total = 0.0
    evidence = []
    for hit in lexicon.terms.finditer(norm):
        term, pol, weight, _ = lexicon.info[hit.key]
        sign = -pol if lexicon.negated(norm, hit.start) else pol
        total += sign * weight
        evidence.append(_evidence(term, sign, pol, weight))
    if not evidence:
        return 0.0, []
    return round(total / len(evidence), 3), evidence


@lru_cache(maxsize=1024)
def _evidence(term: str, sign: int, pol: int, weight: float) -> str:
    return f"{'¬' if sign != pol else ''}{term}({sign * weight:+.1f})"


# --- statements from events ---------------------------------------------------------------------


def statement_polarity(statements: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Statements with their polarity from the act the speaker performs by speaking.

    Args:
        statements: The :func:`q7x2lib.find_statements` table (its
            ``polarity`` is the lexicon's).
        events: The :func:`q7x2lib.find_events` table of the same corpus,
            made with ``statements=``.

    Returns:
        The statements with ``event_code`` (the CAMEO root of the statement,
        ``01`` when informative), ``target_code``, ``polarity`` (Goldstein
        weight / 10 of that root; a negated act, لم يرحب, counts 0; an
        informative statement keeps the lexicon's polarity) and
        ``polarity_basis`` (``event`` or ``lexicon``).

    Examples:
        >>> st = pd.DataFrame({"doc_id": ["a", "a"], "statement_id": [0, 1], "polarity": [0.6, 0.4]})
        >>> ev = pd.DataFrame({"doc_id": ["a", "a"], "statement_id": [0, 1], "unit": ["statement"] * 2,
        ...     "event_code": ["11", "01"], "goldstein": [-2.0, 0.0], "negated": [False, False], "target_code": ["USA", None]})
        >>> statement_polarity(st, ev)[["event_code", "polarity", "polarity_basis"]].values.tolist()
        [['11', -0.2, 'event'], ['01', 0.4, 'lexicon']]
    """
    own = events[(events["unit"] == "statement") & events["statement_id"].notna()]
    coded = own[own["event_code"] != "01"]
    # the act at the cue comes first in the events table; informative rows only where nothing is coded
    first = pd.concat([coded, own[own["event_code"] == "01"]]).drop_duplicates(["doc_id", "statement_id"])
    first = first.assign(statement_id=first["statement_id"].astype("int64"),
                         score=np.where(first["negated"].astype(bool), 0.0, first["goldstein"] / 10))
    out = statements.merge(first[["doc_id", "statement_id", "event_code", "target_code", "score"]],
                           on=["doc_id", "statement_id"], how="left")
    by_event = out["event_code"].notna() & (out["event_code"] != "01")
    out["polarity"] = out["score"].where(by_event, out["polarity"]).round(3)
    out["polarity_basis"] = np.where(by_event, "event", "lexicon")
    return out.drop(columns="score")


def event_index(events: pd.DataFrame) -> pd.Series:
    """Per article, the mean Goldstein weight / 10 of the acts it codes: in [-1, 1].

    Every statement act (أدان، رحب ...) and every act narrated or reported
    (رفضت واشنطن المحادثات) counts; informative statements (root 01) do not,
    and a negated act (لم يرفض) counts 0.

    Examples:
        >>> ev = pd.DataFrame({"doc_id": ["a", "a", "b"], "event_code": ["12", "04", "01"],
        ...     "goldstein": [-4.0, 1.0, 0.0], "negated": [False, False, False]})
        >>> event_index(ev).to_dict()
        {'a': -0.15}
    """
    acts = events[events["event_code"] != "01"]
    score = np.where(acts["negated"].astype(bool), 0.0, acts["goldstein"] / 10)
    return _rounded(pd.Series(score, index=acts.index).groupby(acts["doc_id"]).mean())


# --- per article and per actor ---------------------------------------------------------------


def doc_stance(corpus: pd.DataFrame, statements: pd.DataFrame, *, sides: tuple[str, ...] = ("RU", "US"),
               terms: pd.DataFrame | None = None, events: pd.DataFrame | None = None,
               dyad: tuple[str, str] | None = None) -> pd.DataFrame:
    """Voice and tone per article.

    Args:
        corpus: One row per article (``doc_id``; ``title`` for the headline).
        statements: The :func:`q7x2lib.find_statements` table of the corpus.
        sides: The speaker sides (``side`` column of the actor table) whose
            share of the voice is reported; the bundled table's RU and US
            are only the default.
        terms: The cooperation–conflict lexicon for headlines that are not
            statements (default: bundled).
        events: The :func:`q7x2lib.find_events` table: statement polarity
            then comes from the events (:func:`statement_polarity`), the
            lexicon only for informative statements, and the
            ``cooperation_index`` is :func:`event_index` (every act the
            article codes, said or narrated); without it, the mean lexicon
            polarity of the statements.
        dyad: Two actor codes or countries (``("RUS", "USA")``), with
            ``events``: adds the mean Goldstein weight of the events each
            directs at the other (``rus_to_usa_goldstein``,
            ``usa_to_rus_goldstein``; negated acts left out).

    Returns:
        Indexed by ``doc_id``: ``n_statements, n_attributed``, for each side
        ``<side>_voice_share`` (share of attributed statements) and
        ``<side>_text_share`` (share of the characters of attributed
        statements), ``cooperation_index`` (mean statement
        polarity), ``headline_polarity`` (headline statements, or the
        headline's own lexicon polarity when it is not a statement; NaN
        without a headline) and ``body_polarity``, and the dyad's columns.

    Examples:
        >>> from q7x2lib import load_corpus, mentions_and_statements
        >>> corpus = load_corpus()
        >>> stance = doc_stance(corpus, mentions_and_statements(corpus)[1])
        >>> bool(stance.ru_voice_share.between(0, 1).all())
        True
    """
    if events is not None:
        statements = statement_polarity(statements, events)
    st = statements.assign(chars=statements.end - statements.start)
    attributed = st[st.speaker_side.notna()]
    out = pd.DataFrame(index=pd.Index(corpus["doc_id"], name="doc_id"))
    out["n_statements"] = st.groupby("doc_id").size().reindex(out.index, fill_value=0)
    out["n_attributed"] = attributed.groupby("doc_id").size().reindex(out.index, fill_value=0)
    for side in sides:
        n = attributed[attributed.speaker_side == side].groupby("doc_id").size()
        chars = attributed[attributed.speaker_side == side].groupby("doc_id").chars.sum()
        out[f"{side.lower()}_voice_share"] = (n.reindex(out.index, fill_value=0) / out.n_attributed.replace(0, np.nan)).round(3)
        total_chars = attributed.groupby("doc_id").chars.sum().reindex(out.index)
        out[f"{side.lower()}_text_share"] = (chars.reindex(out.index, fill_value=0) / total_chars).round(3)
    if events is None:
        out["cooperation_index"] = _rounded(st.groupby("doc_id").polarity.mean().reindex(out.index))
    else:
        out["cooperation_index"] = _rounded(event_index(events).reindex(out.index))
    head = st.loc[st.is_headline].groupby("doc_id").polarity.mean()
    titles = corpus.set_index("doc_id")["title"] if "title" in corpus else pd.Series(None, index=out.index)
    own = titles.map(lambda t: score_polarity(t, terms)[0] if isinstance(t, str) else np.nan)
    out["headline_polarity"] = _rounded(head.reindex(out.index).fillna(own))
    out["body_polarity"] = _rounded(st.loc[~st.is_headline].groupby("doc_id").polarity.mean().reindex(out.index))
    if dyad is not None and events is not None:
        ev = events[~events["negated"].astype(bool)].dropna(subset=["source_code", "target_code"])
        for a, b in (dyad, dyad[::-1]):
            pair = ev[ev["source_code"].astype(str).str.startswith(a) & ev["target_code"].astype(str).str.startswith(b)]
            out[f"{a.lower()}_to_{b.lower()}_goldstein"] = _rounded(pair.groupby("doc_id").goldstein.mean().reindex(out.index), 2)
    return out


#: The digits a mean keeps before it is rounded to the digits shown: the same weights summed in another order (a
#: chunked run and a whole-corpus run group an article's rows apart) differ in their last bits, and a mean that is
#: exactly half-way (-0.0875 of the Goldstein weights -7, -7, 3.5 and 7) would round up in one order and down in
#: the other; rounded first to this many digits, both are the same number.
SUM_DIGITS = 9


def _rounded(means: pd.Series, digits: int = 3) -> pd.Series:
    """Means rounded to ``digits`` whatever order their values were summed in, with no negative zero.

    Each mean is first rounded to :data:`SUM_DIGITS`, which takes away the last bits a summation order leaves
    (chunked and in-memory runs sum an article's weights in other orders), so that a mean half-way between two
    roundings always goes the same way; a mean of opposite weights is 0, never -0.0 (which prints apart from 0.0).

    Examples:
        >>> _rounded(pd.Series([-1e-17, 0.12345])).tolist()
        [0.0, 0.123]
        >>> (-0.7 - 0.7 + 0.35 + 0.7) / 4, (-0.7 - 0.7 + 0.7 + 0.35) / 4  # the same four weights, two orders
        (-0.08749999999999997, -0.0875)
        >>> _rounded(pd.Series([(-0.7 - 0.7 + 0.35 + 0.7) / 4, (-0.7 - 0.7 + 0.7 + 0.35) / 4])).tolist()
        [-0.088, -0.088]
    """
    return means.round(SUM_DIGITS).round(digits) + 0.0


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
