"""Arabic orthography for matching: normalisation, tokens, proclitics, sentences.

Everything here works on plain strings and is the foundation of cleaning,
actor detection and stance. Normalisation is for *matching only*: the raw
``text`` column is never passed through it, and :func:`normalize_with_offsets`
keeps a map from every normalised character back to the original, so a match
can be shown in the text the reader actually sees.

Why our own code rather than CAMeL Tools or pyarabic: CAMeL Tools pulls in
torch and needs data downloads for anything beyond normalisation; pyarabic is
GPL-3.0. The rules below are a few tables and compiled patterns, each tested.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Container, Iterable
from functools import cached_property, lru_cache
from itertools import accumulate
from typing import NamedTuple

import numpy as np

# --- the knowledge, in tables -------------------------------------------------

#: Harakat, tanween, shadda, sukun, superscript alef, Quranic marks (and
#: their presentation forms U+FE70-U+FE7F, which old pages carry).
DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\ufe70-\ufe7f"
TATWEEL = "\u0640"
#: Invisible formatting characters scraped pages carry (ZWNJ/ZWJ, bidi marks).
INVISIBLES = "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff"

#: One character in, one character out (so offsets survive).
CHAR_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ک": "ك",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4",
    "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4",
    "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    "،": ",", "؛": ";", "؟": "?",
    "“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "″": '"',
    "‘": "'", "’": "'",
    "\u00a0": " ",
}
_CHAR_MAP_TA = {**CHAR_MAP, "ة": "ه"}


def _presentation_map(char_map: dict[str, str]) -> dict[int, str]:
    """The Arabic presentation forms (U+FB50-U+FDFF, U+FE80-U+FEFC) that stand for one letter, mapped
    to that letter as ``char_map`` normalises it (ﺍﻟﺮﺋﻴﺲ → الرئيس). Pages typed with a legacy encoding
    carry them; NFKC would fold them too, but it also splits the lam-alef and word ligatures (ﻻ, ﷲ)
    into several letters, which would move every offset after them: those are left as they are."""
    table = {}
    for code in [*range(0xFB50, 0xFE00), *range(0xFE80, 0xFEFD)]:
        base = unicodedata.normalize("NFKC", chr(code))
        if len(base) == 1 and base != chr(code):
            table[code] = char_map.get(base, base)
    return table


# Pages in presentation forms are rare: one search for any of them, and a translate only then.
_PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe80-\ufefc]")
_PRESENTATION = _presentation_map(CHAR_MAP)
_PRESENTATION_TA = _presentation_map(_CHAR_MAP_TA)
# Few of these characters occur in a text, and `in` + str.replace run in C
# without a Python call per hit: 6x faster than re.sub with a function and
# 10x faster than str.translate. No replacement is itself a key, so replacing
# one character after the other equals a simultaneous mapping.
_PAIRS = tuple(CHAR_MAP.items())
_PAIRS_TA = tuple(_CHAR_MAP_TA.items())
_DROP_RE = re.compile(f"[{DIACRITICS}{TATWEEL}{INVISIBLES}]")

#: Proclitics that attach to the next word: conjunctions, then prepositions,
#: then the article (لل is ل + ال with the alef dropped).
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ARTICLE = "ال"
#: The attached pronouns of the third person (زعيمه، رئيسها، تصريحاتهم، روايتهما), longest first; the singular ones
#: (his, hers) apart, where a plural ending is as often part of the word (المتهم).
SINGULAR_PRONOUN_SUFFIXES = ("ها", "ه")
PRONOUN_SUFFIXES = ("هما", "هم", *SINGULAR_PRONOUN_SUFFIXES)

# A word: letters or digits, with diacritics or tatweel inside it. (Written
# as runs of letters and runs of marks, not one alternation per character,
# which sre matches 1.5x faster; the matches are the same.)
WORD_RE = re.compile(f"[^\\W_]+(?:[{DIACRITICS}{TATWEEL}]+[^\\W_]*)*")
#: A present-tense verb of the dual, normalised, with a conjunction or not (يهنئان، تبحثان، ويؤكدان): its subject is
#: two (events' dual subjects, statements' dual speakers).
DUAL_VERB_RE = re.compile(r"[وف]?[يت][^\W_]{3,}ان")
# Characters that may not stand right before or after a matched word.
_WORDCHAR = "[^\\W_]"

# Sentence ends: . ! ? ؟ … (and runs of them), then closing quotes/brackets,
# then whitespace. A lone "." between digits (3.5) is not followed by a space.
_SENT_END_RE = re.compile(r"[.!?؟…]+[\"”»’')\]]*(?=\s)|\n\s*\n|\n")
# Every sentence end starts with one of these; finding them first and trying
# _SENT_END_RE only there is twice as fast as letting sre try its three
# alternatives at every position.
_SENT_END_START_RE = re.compile(r"[.!?؟…\n]")
_QUOTE_SPAN_RE = re.compile(r"“[^”\n]*”|«[^»\n]*»|\"[^\"\n]*\"")
# A full stop that closes an abbreviation, not a sentence, when a word follows
# on the same line: a one-letter word (د. doctor, م. engineer, أ. professor,
# an initial as in جون ف. كيري; also after و: ود.), a Latin letter spelled
# out in Arabic inside a dotted run (سي. إن. إن., جي. كيه.), or a list number opening its line
# (1. ...). Two-letter Arabic words are not a rule: له. به. ما. لا. end
# sentences hundreds of times in the development corpus. A letter after a
# number is an era (1436 هـ. / 2003 م.) and does end the sentence.
SPELLED_LETTERS = frozenset(
    "بي سي دي إي جي جيه كيه إل إم إن آر إس تي يو إتش إف إكس واي زد كيو".split()
)
_WORD_BEFORE_DOT_RE = re.compile(f"(?<![\\w{DIACRITICS}{TATWEEL}])[^\\W_]+(?:[{DIACRITICS}{TATWEEL}]+[^\\W_]*)*$")
_NUMBER_BEFORE_RE = re.compile(r"\d\S*\s*$")
_WORD_AFTER_RE = re.compile(r"[ \t\u00a0]+[^\W_]")
_NEXT_DOTTED_RE = re.compile(r"[ \t\u00a0]+[^\W\d_]{1,4}\.")


class Token(NamedTuple):
    """A word and its character span in the string it came from."""

    text: str
    start: int
    end: int


# --- normalisation --------------------------------------------------------------


def normalize(text: str, *, ta_marbuta: bool = False) -> str:
    """Normalise Arabic orthography for matching (never for display).

    Removes diacritics, tatweel and invisible bidi marks; unifies alef forms
    (أ إ آ ٱ → ا), alef maqsura (ى → ي), Arabic-Indic digits, Arabic
    punctuation and curly quotes. ``ta_marbuta=True`` also maps ة → ه.

    Args:
        text: Any string.
        ta_marbuta: Fold ta marbuta into ha as well.

    Returns:
        The normalised string.

    Examples:
        >>> normalize("الأمريكى")
        'الامريكي'
        >>> normalize("بُوتِيـــن، ٢٠٢١")
        'بوتين, 2021'
        >>> normalize("الرئاسة", ta_marbuta=True)
        'الرئاسه'
        >>> normalize("ﻭﺯﻳﺮ ﺍﻟﺪﻓﺎﻉ")  # presentation forms, letter for letter
        'وزير الدفاع'
    """
    if type(text) is str and len(text) <= _NORM_CACHED_LEN:  # a word or a phrase: the rules normalise the same ones
        held = _NORM_CACHE.get((text, ta_marbuta))
        if held is None:
            if len(_NORM_CACHE) >= _NORM_CACHE_SIZE:
                _NORM_CACHE.clear()
            held = _NORM_CACHE[(text, ta_marbuta)] = _map_chars(_DROP_RE.sub("", text), ta_marbuta)
        return held
    return _map_chars(_DROP_RE.sub("", text), ta_marbuta)


#: :func:`normalize` of short strings, kept (a pure function of its text): the statement and event rules
#: normalise the same words and names hundreds of thousands of times in a corpus.
_NORM_CACHE: dict[tuple[str, bool], str] = {}
_NORM_CACHED_LEN = 64
_NORM_CACHE_SIZE = 200_000


def _map_chars(text: str, ta_marbuta: bool = False) -> str:
    """``text`` with ``CHAR_MAP`` applied (the second half of :func:`normalize`)."""
    if _PRESENTATION_RE.search(text):
        text = text.translate(_PRESENTATION_TA if ta_marbuta else _PRESENTATION)
    for old, new in _PAIRS_TA if ta_marbuta else _PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


def normalize_with_offsets(text: str, *, ta_marbuta: bool = False) -> tuple[str, np.ndarray]:
    """Normalise ``text`` and map each normalised position back to ``text``.

    Returns:
        ``(norm, offsets)`` where ``offsets`` has ``len(norm) + 1`` entries:
        ``offsets[i]`` is the index in ``text`` of ``norm[i]`` and the last
        entry is ``len(text)``. A span ``norm[a:b]`` is ``text[offsets[a]:
        offsets[b]]`` in the original (with the marks that follow its last
        letter).

    Examples:
        >>> norm, off = normalize_with_offsets("وبوتـين قال")
        >>> norm
        'وبوتين قال'
        >>> int(off[6])  # the space after the name, in the original
        7
    """
    return _normalize_with_offsets(text, ta_marbuta)[:2]


def _normalize_with_offsets(text: str, ta_marbuta: bool = False) -> tuple[str, np.ndarray, list[int]]:
    """``normalize_with_offsets`` and the positions of the dropped characters."""
    norm, dropped = _normalize_with_dropped(text, ta_marbuta)
    offsets = np.arange(len(text) + 1)
    return norm, (np.delete(offsets, dropped) if dropped else offsets), dropped


def _normalize_with_dropped(text: str, ta_marbuta: bool = False) -> tuple[str, list[int]]:
    """``normalize(text)`` and the positions in ``text`` of the characters it dropped (one search for them)."""
    pieces = _DROP_RE.split(text)  # the text between dropped characters, each one character long
    if len(pieces) == 1:
        return _map_chars(text, ta_marbuta), []
    # the k-th dropped character follows the first k + 1 pieces and the k dropped before it
    dropped = [end - 1 for end in accumulate(len(piece) + 1 for piece in pieces[:-1])]
    return _map_chars("".join(pieces), ta_marbuta), dropped


def span_in_original(offsets: np.ndarray, start: int, end: int) -> tuple[int, int]:
    """Map a ``[start, end)`` span of normalised text to the original text.

    Diacritics that follow the span's last letter belong to it.

    Examples:
        >>> norm, off = normalize_with_offsets("قال بوتـين")
        >>> span_in_original(off, 4, 9)
        (4, 10)
    """
    return int(offsets[start]), int(offsets[max(start, end)])


def normalized_positions(text: str, norm: str, offsets: np.ndarray) -> range | _NormPositions:
    """For each position of ``text`` (and its end), the position in ``norm``.

    ``norm, offsets`` come from :func:`normalize_with_offsets`. Normalisation
    drops or maps single characters, so ``normalize(text[a:b]) ==
    norm[pos[a]:pos[b]]``: slices are cut from a document normalised once
    instead of being normalised again.

    Examples:
        >>> text = "قال بوتـين إن"
        >>> norm, off = normalize_with_offsets(text)
        >>> pos = normalized_positions(text, norm, off)
        >>> norm[pos[4] : pos[10]] == normalize(text[4:10])
        True
    """
    if len(norm) == len(text):  # nothing dropped: the identity
        return range(len(text) + 1)
    return _NormPositions(np.setdiff1d(np.arange(len(text)), offsets, assume_unique=True).tolist())


class _NormPositions:
    """``pos[a]``: ``a`` less the dropped characters before it (few: a bisection)."""

    def __init__(self, dropped: list[int]) -> None:
        self.dropped = dropped

    def __getitem__(self, a: int) -> int:
        return a - bisect_left(self.dropped, a)


class NormalizedText:
    """A text normalised once, for every analysis that reads it.

    Actor mentions and statements both need the normalised text, its map
    back to the original and the sentence spans; an article prepared once
    serves both.

    Attributes:
        text: The original text.
        norm, offsets: As :func:`normalize_with_offsets` returns them.
        to_norm: :func:`normalized_positions`.
        sentences: :func:`sentence_spans` of ``text`` (computed on first use).

    Examples:
        >>> doc = NormalizedText("قال بوتـين. وردّ بايدن.")
        >>> doc.norm, doc.sentences
        ('قال بوتين. ورد بايدن.', [(0, 11), (12, 23)])
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.norm, self.offsets, dropped = _normalize_with_offsets(text)
        self.to_norm = _NormPositions(dropped) if dropped else range(len(text) + 1)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return sentence_spans(self.text)


def normalized_texts(texts: Iterable) -> list[NormalizedText]:
    """A :class:`NormalizedText` of each non-empty text, in order: the ``docs`` the analyses take.

    Examples:
        >>> [doc.norm for doc in normalized_texts(["قال بوتـين", None, "", "ردّ"])]
        ['قال بوتين', 'رد']
    """
    return [NormalizedText(t) for t in texts if isinstance(t, str) and t]


# --- tokens and proclitics --------------------------------------------------------


def count_words(text: str) -> int:
    """The number of word tokens in ``text`` (as :func:`tokenize` finds them).

    Examples:
        >>> count_words("قال بوتين: «نستعد للأسوأ».")
        4
    """
    return len(WORD_RE.findall(text))


def word_counts(texts: list[str]) -> np.ndarray:
    """:func:`count_words` of each text, for many texts at once (one table lookup per character).

    A word of ``WORD_RE`` begins at a letter and runs on over letters and
    marks, so the words of a text are its runs of letters and marks that hold
    a letter: counted with NumPy, not by a regex scan per text.

    Examples:
        >>> word_counts(["قال بوتين: «نستعد للأسوأ».", "", "ـً بُـوتين"]).tolist()
        [4, 0, 2]
    """
    lengths = np.array([len(t) for t in texts], dtype=np.int64)
    if not lengths.sum():
        return np.zeros(len(texts), dtype=np.int64)
    flags = char_flags("\n".join(texts), _word_char_flags)
    letter = (flags & 1).astype(bool)
    run_start = flags.astype(bool)
    run_start[1:] &= ~run_start[:-1].copy()
    words = np.flatnonzero(run_start & letter)
    led_by_marks = np.flatnonzero(run_start & ~letter).tolist()  # rare: the run's first letter starts its word
    if led_by_marks:
        extra = []
        for i in led_by_marks:
            while i < len(flags) and flags[i] and not letter[i]:
                i += 1
            if i < len(flags) and letter[i]:
                extra.append(i)
        words = np.sort(np.concatenate([words, np.array(extra, dtype=words.dtype)]))
    starts = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]])  # where each text starts in the joined string
    return np.diff(np.searchsorted(words, np.concatenate([starts, [len(flags) + 1]]))).astype(np.int64)


def space_separated_spans(text: str) -> tuple[list[int], list[int]]:
    """The starts and ends of the runs of non-space characters of ``text`` (``re.finditer(r"\\S+", text)``).

    Found with NumPy (one table lookup per character): a regex scan that
    makes a match object per word costs several times more.

    Examples:
        >>> space_separated_spans(" قال  بوتين\\n\\nإن")
        ([1, 6, 13], [4, 11, 15])
    """
    space = np.ones(len(text) + 2, dtype=np.uint8)  # a space before and after the text
    space[1:-1] = char_flags(text, str.isspace)
    edges = np.flatnonzero(space[1:] != space[:-1]).tolist()  # (np.diff with prepend= costs more than the rest)
    return edges[0::2], edges[1::2]


def char_flags(text: str, flags_of: Callable[[str], int]) -> np.ndarray:
    """``flags_of(c)`` for every character ``c`` of ``text``, as a ``uint8`` array (one table lookup per character).

    The table covers the Basic Multilingual Plane and is built once per
    function; a character beyond it (an emoji) is asked directly.

    Examples:
        >>> char_flags("قال 1", str.isdigit).tolist()
        [0, 0, 0, 0, 1]
    """
    table = _flag_table(flags_of)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if not len(codes) or codes.max() < len(table):
        return table[codes]
    flags = table[np.minimum(codes, len(table) - 1)]
    beyond = np.flatnonzero(codes >= len(table))
    flags[beyond] = [flags_of(chr(c)) for c in codes[beyond].tolist()]
    return flags


@lru_cache(maxsize=8)
def _flag_table(flags_of: Callable[[str], int]) -> np.ndarray:
    return np.array([flags_of(chr(c)) for c in range(0x10000)], dtype=np.uint8)


_WORD_LETTER_RE = re.compile(_WORDCHAR)
_MARK_RE = re.compile(f"[{DIACRITICS}{TATWEEL}]")


def _word_char_flags(char: str) -> int:
    """1 a word letter, 2 a mark."""
    return (_WORD_LETTER_RE.match(char) is not None) | 2 * (_MARK_RE.match(char) is not None)


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word tokens with their character spans.

    Punctuation is dropped; diacritics and tatweel stay inside their word,
    so ``text[t.start:t.end] == t.text`` always holds.

    Examples:
        >>> [t.text for t in tokenize("قال بوتين: «نستعد للأسوأ».")]
        ['قال', 'بوتين', 'نستعد', 'للأسوأ']
        >>> tokenize("وبوتين")[0]
        Token(text='وبوتين', start=0, end=6)
    """
    return [Token(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]


_ARTICLE_CLITIC_RE = re.compile(r"^(?:[وف]?(?:[بك]?ال|لل))(?=\w{2})")


def split_proclitics(word: str, known: set[str] | frozenset[str] | None = None) -> tuple[str, str]:
    """Split a normalised word into ``(proclitics, stem)``.

    Arabic words really start with و، ف، ب، ل often (وزارة، بيان، لقاء), so
    single-letter proclitics are only removed when what remains is in
    ``known`` (a vocabulary, for example the corpus's own standalone words or
    the actor names). The article and its combinations (ال، وال، بال، لل،
    وبال، فلل ...) are always split when two letters or more remain.

    Args:
        word: A normalised word (see :func:`normalize`).
        known: Words that may stand after a single-letter proclitic.

    Returns:
        ``(prefix, stem)`` with ``prefix + stem == word``.

    Examples:
        >>> split_proclitics("والعلاقات")
        ('وال', 'علاقات')
        >>> split_proclitics("للرئيس")
        ('لل', 'رئيس')
        >>> split_proclitics("وزارة")
        ('', 'وزارة')
        >>> split_proclitics("وبوتين", known={"بوتين"})
        ('و', 'بوتين')
        >>> split_proclitics("لبوتين", known={"بوتين"})
        ('ل', 'بوتين')
    """
    m = _ARTICLE_CLITIC_RE.match(word)
    if m:
        return word[: m.end()], word[m.end() :]
    if known:
        if word in known:
            return "", word
        for n in (1, 2):
            head, stem = word[:n], word[n:]
            if stem in known and all(
                c in CONJUNCTIONS + PREPOSITIONS for c in head
            ) and (n == 1 or head[0] in CONJUNCTIONS):
                return head, stem
    return "", word


def without_article(word: str) -> str:
    """A normalised word without its definite article (the word itself when it has none).

    Only the article itself: a word with a proclitic before it (والوزير، للوزير) is
    :func:`split_proclitics`'s work.

    Examples:
        >>> without_article("الروسية"), without_article("روسية"), without_article("والروسية")
        ('روسية', 'روسية', 'والروسية')
    """
    return word[2:] if word.startswith("ال") else word


def pronoun_stems(word: str) -> set[str]:
    """The stem of a word that ends with an attached pronoun (:data:`PRONOUN_SUFFIXES`, three letters of stem at
    least) and, when that stem ends in ت, the stem with its ة written back (زوجته: زوجت, زوجة); empty otherwise.

    Examples:
        >>> sorted(pronoun_stems("روايتها")), pronoun_stems("رئيسه"), pronoun_stems("وزارة")
        (['رواية', 'روايت'], {'رئيس'}, set())
    """
    for suffix in PRONOUN_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            return {stem, stem[:-1] + "ة" if stem.endswith("ت") else stem}
    return set()


def without_conjunction(word: str, known: Container[str] | None = None) -> str:
    """A normalised word without a first و or ف where what remains is a word of ``known``, or, with no ``known``,
    a definite word (the word itself otherwise): وقال → قال when قال is known, والوزير → الوزير, but وزير stays.

    Examples:
        >>> without_conjunction("ويتوقع", {"يتوقع"}), without_conjunction("وزير", {"يتوقع"})
        ('يتوقع', 'وزير')
        >>> without_conjunction("والوزير"), without_conjunction("وزير"), without_conjunction("فالرئيس")
        ('الوزير', 'وزير', 'الرئيس')
    """
    if word[:1] not in ("و", "ف"):
        return word
    rest = word[1:]
    return rest if (rest.startswith("ال") if known is None else rest in known) else word


# --- sentences -----------------------------------------------------------------------


_SPELLED_LETTERS_NORM = frozenset(map(normalize, SPELLED_LETTERS))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``.

    Sentences end at . ! ? ؟ … (with any closing quote) followed by space,
    and at line breaks (paragraphs). A full stop inside a quotation that
    closes in the same paragraph does not end the sentence, so a quoted
    statement stays with its reporting verb.

    Examples:
        >>> s = "قال بيسكوف “هذا اقتراح جديد. سيتم بحثه”. وأضاف أنه مهم."
        >>> [s[a:b] for a, b in sentence_spans(s)]
        ['قال بيسكوف “هذا اقتراح جديد. سيتم بحثه”.', 'وأضاف أنه مهم.']
    """
    quoted = [(m.start(), m.end()) for m in _QUOTE_SPAN_RE.finditer(text)]
    spans: list[tuple[int, int]] = []
    start = 0
    qi = 0
    for m in _sentence_ends(text):
        cut = m.end()
        while qi < len(quoted) and quoted[qi][1] <= m.start():
            qi += 1
        if qi < len(quoted) and quoted[qi][0] < m.start() < quoted[qi][1] and "\n" not in m.group():
            continue
        _add_span(text, start, cut, spans)
        start = cut
    _add_span(text, start, len(text), spans)
    return spans


def _sentence_ends(text: str):
    """The matches of ``_SENT_END_RE.finditer(text)``, found faster."""
    pos = 0
    while (candidate := _SENT_END_START_RE.search(text, pos)) is not None:
        m = _SENT_END_RE.match(text, candidate.start())
        if m is None:
            pos = candidate.start() + 1
        elif m.group() == "." and abbreviation_dot(text, m.start()):
            pos = m.end()
        else:
            yield m
            pos = m.end()


def abbreviation_dot(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation (see ``SPELLED_LETTERS``) and a word follows it.

    ``text`` may be original or normalised (:func:`normalize`) text.

    Examples:
        >>> s = "وقال د. سامي إن الاجتماع مهم"
        >>> abbreviation_dot(s, s.index("."))
        True
        >>> s = "وصل عام 1436 هـ. وقال الوزير"
        >>> abbreviation_dot(s, s.index("."))
        False
    """
    if dot >= 4 and text[dot - 4:dot].isalnum() or _WORD_AFTER_RE.match(text, dot + 1) is None:
        return False  # the first test turns down most full stops cheaply: a word of four letters or more
    head = text[max(0, dot - 24):dot]
    m = _WORD_BEFORE_DOT_RE.search(head)
    if m is None:
        return False
    word = _DROP_RE.sub("", m.group())
    before = head[:m.start()]
    if word.isdigit():
        # a list number opening its line
        _, newline, line = before.rpartition("\n")
        return len(word) <= 2 and not line.strip() and bool(newline or dot == len(head))
    if word in SPELLED_LETTERS or word in _SPELLED_LETTERS_NORM:
        # only inside a dotted run (سي. إن. إن.): بي بي سي. ends a sentence
        return before.endswith(". ") or _NEXT_DOTTED_RE.match(text, dot + 1) is not None
    if len(word) == 2 and word[0] == "و":  # ود. (not في., a preposition that may end a sentence: تي في.)
        word = word[1:]
    return len(word) == 1 and _NUMBER_BEFORE_RE.search(before) is None


def _add_span(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    seg = text[a:b]
    lead = len(seg) - len(seg.lstrip())
    trail = len(seg) - len(seg.rstrip())
    if b - trail > a + lead:
        spans.append((a + lead, b - trail))
