"""Documents as speakers: a report, a statement, a circular speaks for the body that issued it.

One rule for both layers that need it: the statement layer gives such a document's statements the issuer as
speaker (``statement_speakers``), the event layer codes them as the issuer's (``events``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .arabic import normalize, without_article
from .lexicons import word_list

#: How far after a document's noun the body that issued it may be named (الصادر حديثا عن مؤسسة النقد).
DOCUMENT_ISSUER_REACH = 60
#: What is said begins after إن/أن, a colon or a quotation mark.
COMPLEMENTISER_RE = re.compile(r"(?<![^\W_])[وف]?(?:ان|انه|انها|بان)(?![^\W_])|[:“«\"]")
_GAP_RE = re.compile(r"[،,.:;؛«»\"()]")
_WORD_RE = re.compile(r"[^\W_]+")
_ARTICLE_RE = re.compile(r"^(?:[وف]?(?:[بكل]?ال|لل))(?=[^\W_]{2})")
#: At most this many words between a document's noun and its issuer (التقرير الـ 51 الصادر حديثا عن).
_MAX_GAP_WORDS = 5


@lru_cache(maxsize=1)
def document_words() -> tuple[frozenset, tuple]:
    # the statement layer's documents (البيان، التقرير، البرقية ...) without their article, and the few it lacks
    nouns = {without_article(w) for w in word_list("document_noun")} | set(word_list("document_speaker", required=False))
    return frozenset(nouns), word_list("document_issued", required=False)


def document_noun(surface: str) -> tuple[bool, str] | None:
    """Whether a phrase opens with a document (تقرير، بيان، التعميم ...): whether it is definite, and its noun.

    >>> [document_noun(s) for s in ("التقرير السنوي", "وفق تقرير", "بيان صادر", "المدير العام")]
    [(True, 'تقرير'), None, (False, 'بيان'), None]
    """
    nouns, _ = document_words()
    first = _WORD_RE.search(normalize(surface))
    if first is None:
        return None
    word = first.group()
    bare = _ARTICLE_RE.sub("", word)
    definite = bare != word
    if not definite and word[:1] in "وفبل" and word[1:] in nouns:
        bare = word[1:]  # لتقرير، وبيان: a proclitic on the indefinite noun
    return (definite, bare) if bare in nouns else None


def issuing_word(word: str, issuing: tuple) -> bool:
    """Whether a word is one of issuing (الصادر، أصدرته، نشرها), not a noun that begins like one (الصادرات).

    >>> [issuing_word(w, ("الصادر", "اصدر")) for w in ("الصادرة", "اصدرته", "الصادرات")]
    [True, True, False]
    """
    return not word.endswith("ات") and any(word.startswith(p) and len(word) - len(p) <= 3 for p in issuing)


def names_issuer(text: str, noun_end: int, body: int) -> bool:
    """Whether the body named at ``body`` issued the document whose noun ends at ``noun_end`` (raw offsets).

    The body follows the noun through a verb or participle of issuing (صدر، الصادر عن، نشرته، أعده) within a
    few words, or as the noun's complement with ل (تقرير لوكالة الأنباء، بيان لرئاسة الجمهورية); never past a
    comma, a colon, a quotation or إن/أن, after which the body is in what the document says.

    >>> text = "وأوضح التقرير الصادر حديثا عن مؤسسة النقد أن القروض ارتفعت"
    >>> names_issuer(text, text.find(" ", text.find("التقرير")), text.find("مؤسسة"))
    True
    >>> text = "وأوضح التقرير أن مؤسسة النقد رفعت القروض"
    >>> names_issuer(text, text.find(" ", text.find("التقرير")), text.find("مؤسسة"))
    False
    """
    if body < noun_end or body > noun_end + DOCUMENT_ISSUER_REACH:
        return False
    _, issuing = document_words()
    lam = text[body:body + 1] == "ل" or text[body - 1:body] == "ل"
    gap = text[noun_end:body - 1 if text[body - 1:body] == "ل" else body]
    if _GAP_RE.search(gap) or COMPLEMENTISER_RE.search(normalize(gap)):
        return False  # تقرير صدر حديثا بأن ...: what follows is what it says, not who issued it
    words = _WORD_RE.findall(normalize(gap))
    if len(words) > _MAX_GAP_WORDS:
        return False
    return any(issuing_word(w, issuing) for w in words) or (lam and len(words) <= 2)
