"""Stance: whether what is said leans toward cooperation or confrontation.

The knowledge is data: ``data/lexicons/stance_terms.csv`` is a
cooperation–conflict lexicon in the spirit of the CAMEO/Goldstein scale, each
entry with a polarity (+1 cooperation, -1 confrontation), an intensity
``weight`` and a category (``*`` at the end of a term matches any ending:
عقوب* → عقوبات، العقوبة); the negators that flip an entry, and the phrases
that look like negation but are not (لا يزال), are lists in
``data/lexicons/word_lists.csv``. All are found with the one term matcher.

A text's polarity is the mean signed intensity of the entries found in it.
:func:`doc_stance` and :func:`actor_stance` sum the statements of
:func:`q7x2lib.find_statements` per article and per speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

from .arabic import normalize
from .lexicons import load_lexicon, word_list
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
    return _LEXICONS.get(load_lexicon("stance_terms") if terms is None else terms, _Lexicon)


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


# --- per article and per actor ---------------------------------------------------------------


def doc_stance(corpus: pd.DataFrame, statements: pd.DataFrame, *, sides: tuple[str, ...] = ("RU", "US"),
               terms: pd.DataFrame | None = None) -> pd.DataFrame:
    """Voice and tone per article.

    Args:
        corpus: One row per article (``doc_id``; ``title`` for the headline).
        statements: The :func:`q7x2lib.find_statements` table of the corpus.
        sides: The speaker sides (``side`` column of the actor table) whose
            share of the voice is reported; the bundled table's RU and US
            are only the default.
        terms: The cooperation–conflict lexicon for headlines that are not
            statements (default: bundled).

    Returns:
        Indexed by ``doc_id``: ``n_statements, n_attributed``, for each side
        ``<side>_voice_share`` (share of attributed statements) and
        ``<side>_text_share`` (share of the characters of attributed
        statements), ``cooperation_index`` (mean statement
        polarity), ``headline_polarity`` (headline statements, or the
        headline's own lexicon polarity when it is not a statement; NaN
        without a headline) and ``body_polarity``.

    Examples:
        >>> from q7x2lib import load_corpus, mentions_and_statements
        >>> corpus = load_corpus()
        >>> stance = doc_stance(corpus, mentions_and_statements(corpus)[1])
        >>> bool(stance.ru_voice_share.between(0, 1).all())
        True
    """
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
    out["cooperation_index"] = st.groupby("doc_id").polarity.mean().reindex(out.index).round(3)
    head = st.loc[st.is_headline].groupby("doc_id").polarity.mean()
    titles = corpus.set_index("doc_id")["title"] if "title" in corpus else pd.Series(None, index=out.index)
    own = titles.map(lambda t: score_polarity(t, terms)[0] if isinstance(t, str) else np.nan)
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
