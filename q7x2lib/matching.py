"""The one term matcher: dictionary terms found in normalised Arabic text.

Every analysis that looks words up (actor names and roles, reporting verbs,
the cooperation–conflict terms, topics, cited sources) goes through
:class:`TermMatcher`:

* the text and the terms are normalised the same way (:func:`~q7x2lib.arabic.normalize`);
* a term may carry proclitics: و ف, then ب ل ك, and the article's forms
  (ال، بال، وال، لل: للكرملين is ل + الكرملين with its alef dropped);
* a term ending in ``*`` matches any letters after it (عقوب* → عقوبات);
* a term ending in a separate ل (وفقا ل) may, where asked, attach to the
  next word (وفقا لما، وفقا لوكالة);
* a match is a whole word, a space in a term matches a space, a line break or a
  run of spaces (never a paragraph break), and
  at a position the longest term wins (one trie-shaped pattern);
* spans are in the normalised text; :class:`~q7x2lib.arabic.NormalizedText`
  maps them back to the raw text.

Examples:
    >>> m = TermMatcher(["بوتين", "الكرملين", "عقوب*", "البيت الابيض"])
    >>> [(h.key, h.proclitic) for h in m.finditer("قال للكرملين وبوتين وعقوبات في البيت  الابيض")]
    [('الكرملين', 'لل'), ('بوتين', 'و'), ('عقوب*', 'و'), ('البيت الابيض', '')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cached_property, lru_cache
from typing import NamedTuple

#: What may stand before a term in one word: a conjunction, then a preposition.
PROCLITICS = "[وف]?[بلك]?"
#: Before a common noun, whose article is optional: the article's forms too (المحادثات، للمحادثات).
NOUN_PROCLITICS = "[وف]?(?:[بك]?ال|لل|[بلك])?"
#: Before a reporting verb: up to two conjunctions, written apart or joined.
VERB_PROCLITICS = r"(?:[وف]\s?){0,2}"
ARTICLE = "ال"
WILDCARD = "*"
_LETTERS = r"[^\W_]*"
_NOT_WORD = r"(?![^\W_])"
# A key ending in this marker (added for "attached" ل-terms) needs no word end.
_OPEN_END = "\x00"


class Hit(NamedTuple):
    """One match: the table key it found, where (normalised text) and what was attached before it."""

    key: str
    start: int
    end: int
    proclitic: str


class TermMatcher:
    """Normalised terms compiled into one pattern.

    Args:
        terms: Normalised terms (a space between words; ``*`` at the end for
            any letters).
        proclitics: A regex of what may be attached before a term
            (:data:`PROCLITICS` by default, for names; :data:`NOUN_PROCLITICS`
            for common nouns; :data:`VERB_PROCLITICS` for verbs).
        optional_article: A term with the article (الحوار) also matches
            without it (حوار، بحوار).
        attach_lam: A term ending in a separate ل (وفقا ل) also matches when
            the ل is joined to the next word (وفقا لما).
        ignore_case: Latin letters match in any case (Sputnik, SPUTNIK).
        article_forms: Find an article word in its لل form too (للكرملين);
            ``False`` for terms that are not nouns (reporting verbs).

    Examples:
        >>> m = TermMatcher(["الحوار", "وفقا ل"], optional_article=True, attach_lam=True)
        >>> [h.key for h in m.finditer("بحوار وفقا لما قاله في الحوار")]
        ['الحوار', 'وفقا ل', 'الحوار']
    """

    def __init__(self, terms: Iterable[str], *, proclitics: str = PROCLITICS, optional_article: bool = False,
                 attach_lam: bool = False, ignore_case: bool = False, article_forms: bool = True) -> None:
        self.keys = frozenset(terms)
        self._fold = str.lower if ignore_case else None
        fold = self._fold or (lambda k: k)
        self.lookup = {fold(key): key for key in sorted(self.keys)}  # what the pattern can match -> the table key
        for key in sorted(self.keys) if article_forms else ():
            for form in _forms(key, optional_article):
                self.lookup.setdefault(fold(form), key)
        self.wild = {k.rstrip(WILDCARD): k for k in self.lookup if k.endswith(WILDCARD)}  # prefix -> lookup form
        self._open, self._proclitics = attach_lam, proclitics
        self._flags = re.IGNORECASE if ignore_case else 0
        self._pre = re.compile(proclitics)
        # Proclitics written apart (و قال) need the regex; everything else runs on
        # an Aho–Corasick automaton, whose cost per article hardly grows with the table.
        self._forms = sorted(self.lookup)
        self._automaton = None if r"\s" in proclitics else _automaton(self._forms, proclitics)

    @cached_property
    def _body(self) -> str:
        keys = {(k + _OPEN_END if self._open and k.endswith(" ل") else k) for k in self.lookup}
        return rf"(?P<pre>{self._proclitics})(?P<term>{trie_regex(sorted(keys))})"

    @cached_property
    def padded(self) -> re.Pattern:
        """The trie pattern over " " + text: one that opens with a character class lets sre jump to the next separator."""
        return re.compile(rf"[\W_]{self._body}", self._flags)

    @cached_property
    def pattern(self) -> re.Pattern:
        """The same matches by the plain recipe (a word-start lookbehind), which the tests compare with."""
        return re.compile(rf"(?<![^\W_]){self._body}", self._flags)

    def finditer(self, norm: str) -> Iterator[Hit]:
        """Every term in ``norm`` (normalised text), left to right, never overlapping."""
        hay = norm if self._fold is None else self._fold(norm)
        if self._automaton is not None and len(hay) == len(norm):
            yield from self._mapped(*_single_spaced(hay))  # a space in a term matches a run of spaces on the line
            return
        for m in self.padded.finditer(" " + norm):  # m.start() is the separator: the match's start in norm
            hit = self._hit(m.group("term"), m.start(), m.end() - 1, m.group("pre"))
            if hit is not None:
                yield hit

    @cached_property
    def _form_info(self) -> tuple[list[tuple[str, str] | None], list[int]]:
        """Per automaton form: what :meth:`_hit` makes of it, and how it may end.

        The first list holds the table key and the ل a joined article adds
        (None for a wildcard form, whose key depends on the letters found),
        computed once per form instead of once per hit; the second, 0 for a
        form that ends a word, 1 for a wildcard form (any letters after it),
        2 for an attached ل-term (the next word may follow).
        """
        hits, ends = [], []
        for form in self._forms:
            if form.endswith(WILDCARD):
                hits.append(None)
                ends.append(1)
                continue
            key = self.key_of(form)
            lam = "ل" if key is not None and key.startswith(ARTICLE) and form.startswith("ل") and not form.startswith(ARTICLE) else ""
            hits.append(None if key is None else (key, lam))
            ends.append(2 if self._open and form.endswith(" ل") else 0)
        return hits, ends

    def _finditer_automaton(self, hay: str, matches: Iterable[tuple[int, int, int]] | None = None) -> Iterator[Hit]:
        """The hits of the regex recipe, from forms found anywhere: whole words, leftmost, longest.

        A form counts where the letters before it, back to the start of
        their word, are a proclitic string it may carry (none when a
        non-letter stands right before it). ``matches``: every occurrence
        of every form in ``hay`` (form number, start, end), when a
        :class:`MatcherGroup` has found them already.
        """
        automaton, prefixes, longest = self._automaton
        form_hits, ends = self._form_info
        n = len(hay)
        found = []
        if matches is None:
            matches = automaton.find_matches_as_indexes(hay, overlapping=True)
        for p, t, e in matches:
            # the word end first: many forms found inside a longer word fail here, before the walk back
            if e < n and hay[e].isalnum():
                end = ends[p]
                if end == 0:
                    continue
                if end == 1:
                    while e < n and hay[e].isalnum():
                        e += 1
            if not t or not hay[t - 1].isalnum():  # the start of a word: no proclitic
                found.append((t, -e, t, p))
                continue
            s = t  # back to the start of the word, past at most the longest proclitic string
            while s and hay[s - 1].isalnum():
                if t - s == longest:
                    break
                s -= 1
            else:
                if hay[s:t] in prefixes:
                    found.append((s, -e, t, p))
        found.sort()
        last = 0
        for start, neg_end, term_start, p in found:
            if start >= last:
                known = form_hits[p]
                if known is None:
                    hit = self._hit(hay[term_start:-neg_end], start, -neg_end, hay[start:term_start])
                    if hit is None:
                        continue
                else:
                    hit = Hit(known[0], start, -neg_end, hay[start:term_start] + known[1])
                yield hit
                last = -neg_end

    def _mapped(self, flat: str, where, matches=None) -> Iterator[Hit]:
        """The automaton's hits in the single-spaced text, with spans in the text it came from."""
        for hit in self._finditer_automaton(flat, matches):
            yield hit if where is None else hit._replace(start=where(hit.start), end=where(hit.end - 1) + 1)

    def _hit(self, found: str, start: int, end: int, pre: str) -> Hit | None:
        key = self.key_of(found)
        if key is None:
            return None
        # للكرملين: the ل of the joined article is a proclitic too
        lam = "ل" if key.startswith(ARTICLE) and found.startswith("ل") and not found.startswith(ARTICLE) else ""
        return Hit(key, start, end, pre + lam)

    def key_of(self, found: str) -> str | None:
        """The table key of a matched term (a wildcard key for a word it only begins)."""
        if not found.isalnum():  # a phrase of several words: any run of spaces is one
            found = " ".join(found.split())
        if self._fold is not None:
            found = self._fold(found)
        key = self.lookup.get(found)
        if key is not None:
            return key
        for n in range(len(found), 0, -1):
            wild = self.wild.get(found[:n])
            if wild is not None:
                return self.lookup[wild]
        return None


class MatcherGroup:
    """Several term matchers that read the same texts, with one automaton search for all.

    ``group.finditer_each(norm)`` is ``[list(m.finditer(norm)) for m in
    matchers]``: the forms of every matcher are found by one automaton (each
    search costs about a normalisation pass, whatever the table's size), and
    each matcher then keeps its own as :meth:`TermMatcher.finditer` would.
    Matchers that fold case or whose proclitics need the regex search alone.

    Examples:
        >>> verbs, nouns = TermMatcher(["قصف"]), TermMatcher(["الحوار"], optional_article=True)
        >>> [[h.key for h in hits] for hits in MatcherGroup([verbs, nouns]).finditer_each("وقصف بعد حوار")]
        [['قصف'], ['الحوار']]
    """

    def __init__(self, matchers: Iterable[TermMatcher]) -> None:
        self.matchers = list(matchers)
        self._shared = [i for i, m in enumerate(self.matchers) if m._automaton is not None and m._fold is None]
        needles: dict[str, list[tuple[int, int]]] = {}  # a string to find -> (matcher, its form number) of each
        for i in self._shared:
            for p, form in enumerate(self.matchers[i]._forms):
                needles.setdefault(form.rstrip(WILDCARD), []).append((i, p))
        self._owners = list(needles.values())
        self._automaton = _search_automaton(list(needles)) if needles else None

    def finditer_each(self, norm: str) -> list[list[Hit]]:
        """Each matcher's hits in ``norm``, in the matchers' order."""
        out: list[list[Hit] | None] = [None] * len(self.matchers)
        if self._automaton is not None:
            flat, where = _single_spaced(norm)
            found: dict[int, list] = {i: [] for i in self._shared}
            owners = self._owners
            for n, t, e in self._automaton.find_matches_as_indexes(flat, overlapping=True):
                for i, p in owners[n]:
                    found[i].append((p, t, e))
            for i in self._shared:
                out[i] = list(self.matchers[i]._mapped(flat, where, found[i]))
        return [hits if hits is not None else list(m.finditer(norm)) for m, hits in zip(self.matchers, out)]


_SPACE_RUN = re.compile(r"[ \t\u00a0]{2,}")


def _single_spaced(text: str):
    """``text`` with every run of spaces one space, and a map from its positions back (None: unchanged).

    A paragraph break stays two separators, so no term runs across it.
    """
    # A run holds two spaces, a tab or a no-break space: substring tests in C rule most texts out
    # without the regex scan, which cost about a normalisation pass per call.
    if ("  " not in text and "\t" not in text and "\u00a0" not in text) or _SPACE_RUN.search(text) is None:
        return text, None
    pieces, flat_starts, orig_starts, flat_len, last = [], [0], [0], 0, 0
    for m in _SPACE_RUN.finditer(text):
        pieces.append(text[last : m.start()])
        flat_len += m.start() - last + 1
        pieces.append(" ")
        flat_starts.append(flat_len)
        orig_starts.append(m.end())
        last = m.end()
    pieces.append(text[last:])

    def where(i: int) -> int:
        k = bisect_right(flat_starts, i) - 1
        return orig_starts[k] + i - flat_starts[k]
    return "".join(pieces), where


#: Up to this many forms, a table's automaton is a DFA.
DFA_FORMS = 2000
_PROCLITIC_LETTERS = "وفبلكاس "  # س: the future of VERB_PREFIXES (وسيرفض)


@lru_cache(maxsize=16)
def _proclitic_strings(proclitics: str) -> tuple[str, ...]:
    """Every string the proclitic pattern accepts (a handful: و، ف، ب، وب، فل، وال ...)."""
    rx = re.compile(proclitics)
    found = {""}
    frontier = [""]
    for _ in range(4):
        frontier = [f + c for f in frontier for c in _PROCLITIC_LETTERS]
        found |= {f for f in frontier if rx.fullmatch(f)}
    return tuple(sorted(found, key=len))


def _automaton(forms: list[str], proclitics: str):
    """An Aho–Corasick automaton of every form, the proclitic strings they may carry, the longest one's length.

    The forms alone, not each with each proclitic string: a tenth of the
    needles, and the proclitics are checked where a form is found.
    """
    prefixes = _proclitic_strings(proclitics)
    automaton = _search_automaton([form.rstrip(WILDCARD) for form in forms])
    return automaton, frozenset(prefixes), max(map(len, prefixes))


def _search_automaton(needles: list[str]):
    """An automaton that finds every occurrence of every needle (overlapping ones too)."""
    import ahocorasick_rs

    # A small table as a DFA: faster to run (measured: 0.6 to 0.7 of the time for a few hundred forms),
    # but for thousands of forms slower than the default (and much larger).
    fast = {"implementation": ahocorasick_rs.Implementation.DFA} if len(needles) <= DFA_FORMS else {}
    return ahocorasick_rs.AhoCorasick(needles, matchkind=ahocorasick_rs.MATCHKIND_STANDARD, **fast)


def _forms(key: str, optional_article: bool) -> list[str]:
    """The other strings a key is found as: the لل-form of an article word, the article-free word."""
    forms = []
    if key.startswith(ARTICLE) and len(key) > 3 and " " not in key[:3]:
        forms.append("ل" + key[2:])  # ل + ال joined: للكرملين
        if optional_article and len(key) > 4:
            forms.append(key[2:])
    return forms


def trie_regex(words: list[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie (fast in ``re``).

    A space in a word matches any run of whitespace; a final ``*`` any
    letters. A word must end at a word boundary, unless it ends in the
    open-end marker of attached terms. At each character only one branch can
    go on, and every optional ending is tried greedily, so the longest word
    wins at a position.

    Examples:
        >>> rx = re.compile(trie_regex(["بوتين", "بايدن", "البيت الابيض"]))
        >>> [m.group() for m in rx.finditer("بايدن في البيت  الابيض وبوتين")]
        ['بايدن', 'البيت  الابيض', 'بوتين']
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        alts = [_step(ch) + walk(node[ch]) for ch in sorted(k for k in node if k and k not in (WILDCARD, _OPEN_END))]
        if _OPEN_END in node:  # an attached ل: the next word's letters may follow
            alts.append("")
        if WILDCARD in node:  # tried after the literal branches, so a longer phrase wins
            alts.append(_LETTERS + _NOT_WORD)
        if "" in node:
            alts.append(_NOT_WORD)
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return walk(trie)


def _step(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)
