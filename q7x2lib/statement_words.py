"""An article's words and mentions as the speaker finder reads them, and the speaker it returns."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, NamedTuple

from .arabic import NormalizedText, space_separated_spans

if TYPE_CHECKING:
    from .statement_cues import _Cues


class _Speaker(NamedTuple):
    """Who speaks: the actor (when a table knows it), the subject as written, its code, how it was found."""

    actor_id: str | None
    surface: str | None
    code: str | None
    basis: str


def arab_league_after(words: list[str]) -> bool:
    """Whether the normalised ``words`` right after a university's noun (جامعة، الجامعة) make it the Arab League
    (الجامعة العربية، جامعة الدول العربية), no body of learning.

    >>> arab_league_after(["العربية", "ان"]), arab_league_after(["الدول", "العربية"]), arab_league_after(["الملك", "سعود"])
    (True, True, False)
    """
    return words[:1] == ["العربية"] or words[:2] == ["الدول", "العربية"]


def _speaker_at(text: str, surface: str | None, start: int, end: int) -> int:
    """Where a statement's speaker (``surface``) is written near the statement ``[start, end)`` of ``text``: from a
    little before it (twice the speaker's length and 40 characters) to the speaker's length past it; -1 when it is
    not there, or there is no speaker.

    >>> _speaker_at("وقال الوزير إن ...", "الوزير", 0, 11), _speaker_at("وقال الوزير", "", 0, 11)
    (5, -1)
    """
    return text.find(surface, max(0, start - 2 * len(surface) - 40), end + len(surface)) if surface else -1


_NO_SPEAKER = _Speaker(None, None, None, "none")
_NOT_SPEECH = _Speaker(None, None, None, "not speech")  # a cue that reports nothing: drop the row
_PUNCT = "،,.:;!?؟\"()[]{}-–—…"
_COMPLEMENTISER_RE = re.compile(r"[وف]?(?:ب|ل)?(?:ان|انه|انها|انهم|انهما|اننا|انني)")
# a definite sound masculine plural in its accusative/genitive form, of a participle (المواطنين، المسؤولين،
# المتمردين) or a nisba (الفلسطينيين، الحوثيين); not a name that ends so (الكرملين، البحرين، الصين): an object
_ACCUSATIVE_PLURAL_RE = re.compile(r"ال(?:م\w{3,}|\w{3,}ي)ين")


# the noun إمام (imam) as the speaker finder reads it, apart from the preposition أمام (both normalise to امام)
IMAM = "إمام"
_IMAM_RE = re.compile(r"[وف]?[لب]?امام")


# a comma written with no space after it between words (not 1,000, nor initials غ،ع): where one word ends and the next begins
_GLUED_COMMA_RE = re.compile(r"(?<=[^\W\d_]{2})[،,](?=[^\W\d_]{2})")


class _ArticleWords:
    """One article's words (normalised, split at spaces), with its mentions and cue tables.

    Spans are normalised offsets; :meth:`_text_span` maps them back to the
    text the reader sees.
    """

    def __init__(self, doc: NormalizedText, ment: _DocMentions, cues: _Cues, home: str = "") -> None:
        self.doc, self.ment, self.cues = doc, ment, cues
        self.home = home  # the outlet's state (outlets.csv), "" where unknown
        starts, ends = space_separated_spans(doc.norm)
        glued = [m.end() for m in _GLUED_COMMA_RE.finditer(doc.norm)]
        if glued:  # شالوالة،أن البرنامج: a comma with no space after it ends a word all the same
            cut = sorted(set(starts).union(glued))
            ends = sorted(set(ends).union(glued))
            starts = cut
        self.starts = list(starts)
        self.words = list(zip(self.starts, ends))
        self._cut, self._from = -1, 0  # a word the cue ends inside: read from the cue's end
        # إمام (an imam) and أمام (before) both normalise to امام, a preposition that ends or stops a subject
        # (وقال أمام البرلمان); written with hamza below it is the noun: read it so (وقال إمام المسجد الشيخ ...)
        self._imam = {i for i, (a, b) in enumerate(self.words)
                      if _IMAM_RE.fullmatch(doc.norm[a:b].strip(_PUNCT))
                      and IMAM in doc.text[int(doc.offsets[a]):int(doc.offsets[b - 1]) + 1]} if IMAM in doc.text else set()

    def _word(self, i: int) -> str:
        a, b = self.words[i]
        word = self.doc.norm[max(a, self._from):b] if i == self._cut else self.doc.norm[a:b]
        return word.replace("امام", IMAM, 1) if i in self._imam else word

    def _index_at(self, n: int) -> int:
        """The index of the first word starting at or after normalised offset ``n``."""
        return bisect_left(self.starts, n)

    def _word_holding(self, n: int) -> int:
        """The index of the word that holds normalised offset ``n``: the last one starting at or before it (-1: none)."""
        return bisect_right(self.starts, n) - 1

    @staticmethod
    def _core(w: str) -> str:
        return w.strip(_PUNCT)

    def _text_span(self, ns: int, ne: int) -> tuple[int, int]:
        offsets = self.doc.offsets
        return int(offsets[ns]), int(offsets[ne - 1]) + 1

    def _span_of(self, i: int, j: int) -> tuple[int, int]:
        ns, ne = self.words[i][0], self.words[j][1]
        while ne > ns and self.doc.norm[ne - 1] in _PUNCT:
            ne -= 1
        while ns < ne and self.doc.norm[ns] in _PUNCT:
            ns += 1
        return ns, ne


class _DocMentions:
    """An article's subject mentions ``(start, end, actor_id, surface)``, searchable by position.

    Mentions from :func:`q7x2lib.find_mentions` come sorted by start, so the
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


