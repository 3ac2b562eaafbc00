"""Polarity: how far a piece of text leans to cooperation or confrontation.

The lexicon ``data/lexicons/stance_terms.csv`` is in the spirit of the
CAMEO/Goldstein scale: each entry has a polarity (+1 cooperation, -1
confrontation), an intensity ``weight`` in [0, 1] and a category; ``*`` at
the end of a term matches any ending (عقوب* → عقوبات، العقوبة), and the article
and proclitics are always optional. All entries are matched by one trie
pattern. Polarity is the mean signed intensity of the entries found, in
[-1, 1]; a negator (لا، لم، لن، ليس، غير، عدم ...) up to four words before an
entry, in the same clause, flips it ("لم يؤيد", "غير مناسب لتطبيع"), while لا
يزال ("still") and لا سيما ("especially") do not negate.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from . import config
from .arabic import normalize, trie_regex
from .errors import LexiconError
from .tables import read_table

NEGATORS = ("لا", "لم", "لن", "ليس", "ليست", "غير", "عدم", "دون", "بلا", "ولا", "ولم", "ولن", "وليس", "لسنا")
#: "still", "especially": negator + word that together do not negate.
NOT_NEGATION = ("لا يزال", "لا تزال", "لا زال", "لا زالت", "ما زال", "ما زالت", "لا شك", "بلا شك", "لا سيما", "ولا سيما")
NEGATION_WINDOW = 4  # words; a clause boundary (punctuation) ends the window


def read_lexicon_table(name: str, required: list[str]) -> pd.DataFrame:
    """Read ``data/lexicons/<name>`` as strings, checking its ``required`` columns."""
    return read_table(config.LEXICON_DIR / name, required, f"{name} table")


@lru_cache(maxsize=1)
def load_stance_terms() -> pd.DataFrame:
    """The cooperation–conflict lexicon: ``term, polarity, weight, category``.

    Examples:
        >>> terms = load_stance_terms()
        >>> row = terms.set_index("term").loc["قاتل"]
        >>> int(row.polarity), float(row.weight)
        (-1, 1.0)
    """
    table = read_lexicon_table("stance_terms.csv", ["term", "polarity", "weight", "category"])
    try:
        table["polarity"] = table.polarity.astype(int)
        table["weight"] = table.weight.astype(float)
    except ValueError as exc:
        raise LexiconError(f"stance_terms.csv: polarity must be -1/1 and weight a number ({exc})") from None
    if not table.polarity.isin([-1, 1]).all() or not table.weight.between(0, 1).all():
        raise LexiconError("stance_terms.csv: polarity must be -1 or 1 and weight in [0, 1]")
    return table.assign(norm=table.term.map(lambda t: " ".join(normalize(t).split())))


class _TermMatcher:
    """Every lexicon entry in one trie pattern; the article and clitics are optional."""

    def __init__(self, terms: pd.DataFrame) -> None:
        self.exact: dict[str, tuple] = {}
        self.wild: dict[str, tuple] = {}
        for norm, info in zip(terms.norm, zip(terms.term, terms.polarity, terms.weight, terms.category)):
            wild = norm.endswith("*")
            key = norm.rstrip("*")
            key = key[2:] if key.startswith("ال") and len(key) > 4 else key  # the article is optional anyway
            (self.wild if wild else self.exact).setdefault(key, info)
        trie = trie_regex(sorted(set(self.exact) | set(self.wild)))
        body = rf"[وف]?(?:[بك]?ال|لل|[بلك])?(?P<term>{trie})(?P<rest>[^\W_]*)(?![^\W_])"
        self.pattern = re.compile(rf"(?<![^\W_]){body}")
        # The same matches, found faster: a term starts after a non-word
        # character, and a pattern that opens with a character class lets sre
        # skip to the next such character in C instead of trying every
        # position. Run over " " + text, a match's start (its separator)
        # is where the term starts in the text. ``pattern`` is the plain
        # recipe, kept as the reference the tests compare with.
        self.padded = re.compile(rf"[\W_]{body}")

    def entry(self, match: re.Match) -> tuple | None:
        key = match.group("term")
        if not key.isalnum():  # a phrase of several words: any run of spaces is one
            key = " ".join(key.split())
        if not match.group("rest") and key in self.exact:
            return self.exact[key]
        return self.wild.get(key)


@lru_cache(maxsize=1)
def term_matcher() -> _TermMatcher:
    """The compiled lexicon (built once)."""
    return _TermMatcher(load_stance_terms())


# --- polarity ----------------------------------------------------------------------------------


def score_polarity(text: str) -> tuple[float, list[str]]:
    """Polarity of a piece of text from the lexicon, with its evidence.

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
    return polarity_of_normalized(normalize(text))


def polarity_of_normalized(norm: str) -> tuple[float, list[str]]:
    """:func:`score_polarity` of text that is already normalised."""
    terms = term_matcher()
    total = 0.0
    evidence = []
    for m in terms.padded.finditer(" " + norm):
        found = terms.entry(m)
        if found is None:
            continue
        term, pol, weight, _ = found
        sign = -pol if _negated(norm, m.start()) else pol  # the separator stands where the term starts in norm
        total += sign * weight
        evidence.append(_evidence(term, sign, pol, weight))
    if not evidence:
        return 0.0, []
    return round(total / len(evidence), 3), evidence


_CLAUSE_BREAK_RE = re.compile(r"[.,;:!?\"()]")
_WORD_RE = re.compile(r"[^\W_]+")
_NOT_NEGATION_NORM = tuple(normalize(p) for p in NOT_NEGATION)
_NEGATOR_SET = frozenset(NEGATORS)


# A negator word anywhere, searched in " " + text (see _TermMatcher.padded).
_ANY_NEGATOR_RE = re.compile(rf"[\W_](?:{'|'.join(sorted(NEGATORS, key=len, reverse=True))})(?![^\W_])")


@lru_cache(maxsize=1024)
def _evidence(term: str, sign: int, pol: int, weight: float) -> str:
    return f"{'¬' if sign != pol else ''}{term}({sign * weight:+.1f})"


def _negated(norm: str, at: int) -> bool:
    window = norm[max(0, at - 60) : at]
    if _ANY_NEGATOR_RE.search(" " + window) is None:  # no negator word at all: the common case, decided fast
        return False
    before = _CLAUSE_BREAK_RE.split(window)[-1]
    words = _WORD_RE.findall(before)
    if _NEGATOR_SET.isdisjoint(words[-NEGATION_WINDOW:]):
        return False
    tail = " ".join(words[-3:])
    return not any(p in tail for p in _NOT_NEGATION_NORM)
