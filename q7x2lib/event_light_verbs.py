"""The verbs before a noun trigger that carry its act in :func:`q7x2lib.find_events`: light verbs, verbs of signing,
of reporting and of giving.

Some acts are named by a noun whose verb stands before it, its subject between them: a light verb (بعث الملك برقية
تهنئة، عقد الوزير اجتماعا), a verb of signing (وقع الطرفان اتفاقية تعاون), a verb that receives or makes a report
(تلقت الشرطة بلاغا) or one that gives a gift (وقدم لهم الهدايا). The event coder asks these helpers whether such a
verb stands there (the noun alone is then no act: حضر المحافظ اجتماعا، أشاد بالاتفاقية، البلاغ) and where it is (the
act begins at the verb). Moved out of :mod:`q7x2lib.events` as it was; ``q7x2lib.events`` still names everything
here. The light verb's subject is found by the event coder itself (``q7x2lib.events._light_verb_opening``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .arabic import NormalizedText, without_conjunction
from .arabic import normalize  # noqa: F401 - the doctests read normalised words with it
from .documents import COMPLEMENTISER_RE as _COMPLEMENTISER_RE
from .event_patterns import (_CLAUSE_BREAK_RE, _PREP_LETTERS, _WORD_RE, _bare_forms, _Patterns, _raw_span,
                             _sentence_words_after, _sentence_words_before, _words)
from .event_patterns import _patterns  # noqa: F401 - the doctests read the bundled patterns with it
from .lexicons import word_list, word_set


def _light_verb_before(doc: NormalizedText, local: list, source, ca: int, sa: int, pat: _Patterns,
                       verbs: frozenset | None = None):
    """The span of a light verb right before the subject that stands right before a noun trigger, else None.

    ``بعث خادم الحرمين الشريفين برقية تهنئة``: the subject splits the act,
    which begins at the verb. ``verbs`` (default: the light verbs) are the
    verbs read.
    """
    verbs = pat.light_verbs if verbs is None else verbs
    for a, b, code, aid, surface, pre in reversed(local):
        if b <= ca and surface == source[2]:
            if len(_words(doc.text[b:ca])) > 1:
                return None  # the subject of the noun itself, not of a verb before it
            words = list(_WORD_RE.finditer(doc.norm, doc.to_norm[max(sa, a - 20)], doc.to_norm[a]))
            if pre or not words:
                return None
            word = words[-1]
            bare = without_conjunction(word.group(), verbs)
            if bare not in verbs or doc.norm[word.end():doc.to_norm[a]].strip():
                return None
            return _raw_span(doc, word.start(), word.end())
    return None


#: How many words a light verb's subject may take between the verb and the act's noun (titles and a long name).
MAX_LIGHT_VERB_GAP = 20
#: Characters before a noun trigger read for its light verb (20 words of titles and names fit in it).
LIGHT_VERB_WINDOW = 400


def _light_verb_span(doc: NormalizedText, ca: int, sa: int, pat: _Patterns, proclitic: str = ""):
    """The (start, end) of the light verb whose object is the noun trigger at ``ca``, else None.

    The verb stands in the same clause, up to ``MAX_LIGHT_VERB_GAP`` words
    before the noun (its subject between them, however long), with no
    punctuation and no أن between; the noun is indefinite and not governed
    by a preposition.

    Examples:
        >>> pat = _patterns(None)
        >>> doc = NormalizedText("كما بعث نائب رئيس المجلس الأعلى صاحب السمو الأمير فلان بن فلان برقية تهنئة")
        >>> a, b = _light_verb_span(doc, doc.text.index("برقية"), 0, pat)
        >>> doc.text[a:b]
        'بعث'
        >>> doc = NormalizedText("بعث الأمير فلان، في يوم آخر، برقية تهنئة")
        >>> _light_verb_span(doc, doc.text.index("برقية"), 0, pat) is None
        True
    """
    na = doc.to_norm[ca]
    if set(proclitic) & (_PREP_LETTERS | {"ا"}) or doc.norm.startswith("ال", na):
        return None  # قدم تعازيه في الاعتداء، وجهت اتهامات بهجوم: a definite or governed noun is no light verb's object
    # the verb is followed by its subject, not by the noun itself: the word right before the noun is skipped
    return _verb_before(doc, ca, sa, pat.light_verbs, _CLAUSE_BREAK_RE, skip=1, times=True)


#: A time set off by commas, with a weekday in brackets (، اليوم (الخميس)،), in the normalised text.
_COMMA_PHRASE_RE = re.compile(r"[،,]([^،,:;؛.«»\"]*)[،,]")


def _without_comma_times(norm: str) -> str:
    """``norm`` without the times set off by commas (، اليوم (الخميس)،، فجر اليوم الجمعة،): a light verb's noun after
    such a time is still its object (بعث الملك، اليوم (الاثنين)، برقية تهنئة).

    >>> _without_comma_times("بعث الملك، اليوم (الاثنين)، برقية")
    'بعث الملك برقية'
    >>> _without_comma_times("بعث الامير، في يوم اخر، برقية")
    'بعث الامير، في يوم اخر، برقية'
    """
    times = word_set("time_adverb_word")

    def drop(m: re.Match) -> str:
        words = _words(m.group(1))
        return " " if words and all(w in times or w.isdigit() for w in words) else m.group()
    return re.sub(r"\s+", " ", _COMMA_PHRASE_RE.sub(drop, norm))


def _verb_before(doc: NormalizedText, ca: int, sa: int, verbs, breaks: re.Pattern, skip: int = 0,
                 times: bool = False):
    """The (start, end) of the nearest word of ``verbs`` (with و / ف allowed) before ``ca``, else None.

    It looks back over a window of characters, not the whole sentence that
    began at ``sa`` (the window's first word, perhaps cut, dropped), at most
    ``MAX_LIGHT_VERB_GAP`` words, leaving out the last ``skip`` words; a
    match of ``breaks`` or an أن between the verb and ``ca`` gives None.
    With ``times``, a time set off by commas between them is no break
    (:func:`_without_comma_times`).
    """
    na = doc.to_norm[ca]
    begin = max(sa, ca - LIGHT_VERB_WINDOW)
    words = list(_WORD_RE.finditer(doc.norm, doc.to_norm[begin], na))[int(begin > sa):][-MAX_LIGHT_VERB_GAP:]
    for k in range(len(words) - 1 - skip, -1, -1):
        word = words[k].group()
        bare = without_conjunction(word, verbs)
        if bare not in verbs:
            continue
        a, b = _raw_span(doc, words[k].start(), words[k].end())
        if _COMPLEMENTISER_RE.search(doc.norm, words[k].end(), na):
            return None
        if breaks.search(doc.text, b, ca) and not (
                times and not breaks.search(_without_comma_times(doc.norm[words[k].end():na]))):
            return None
        return a, b
    return None


# وقع مستشفى ... اتفاقية تعاون مشترك مع ...، خلال توقيع جامعتي ... مذكرتي تفاهم: an agreement named by a noun after the
# verb that signs it, the signer between them, is one act that begins at the verb, as the annotators write it (round 26,
# from the misses of V; rules split: 104 uses of a signing verb up to 12 words before an agreement noun, 16 of 16 read a
# signing). The bare nouns (اتفاقية، مذكرة تفاهم) are acts only there; the noun alone is mostly the topic (الاتفاقية).
# A contract signed (وقعت إدارة المطار عقد بناء وتشغيل ... مع شركة، وقعت الوزارة ألفي عقد مع) likewise (round 33, from
# the misses of AA: the noun عقد alone is also a decade or a necklace, and the verb عقد holds a meeting). The nouns'
# beginnings are the word list agreement_stem.
# (its pattern forms: word list ``agreement_only_trigger``)
# تلقت شرطة المحافظة بلاغا من مقيم، ورد لشرطة المحافظة بلاغ عن ...، تقدمت إدارة المستشفى ببلاغ: a report to an
# authority, named by an indefinite noun after the verb that receives or makes it (word list report_verb), is one act
# (02) that begins at the verb, as the general samples code it; the noun alone (البلاغ، باشر الدفاع المدني بلاغا) is a
# report named again or handled (round 35, from the misses of AA-AI).
# (its pattern forms: word list ``report_only_trigger``)
# قدمت الخدمة الإسعافية إلى 16 بلاغا، لـ 33 بلاغا: the cases reports stand for, counted after a preposition, no report
_COUNTED_REPORT_RE = re.compile(r"(?<![^\W_])(?:الي|ل)\s*\d+\s*$")
# punctuation that ends the signer's phrase; a stop inside an abbreviation (د.سليمان) does not
_SIGNER_BREAK_RE = re.compile(r"[،,:;؛()«»\"]|\.(?![^\W_])")


@lru_cache(maxsize=1)
def _agreement_verbs() -> frozenset:
    endings = ("", *word_list("verb_ending"))
    return frozenset(v + e for v in word_list("agreement_verb", required=False) for e in endings)


#: Words before a verb of signing with an object pronoun (وقعتها) within which the agreement it signs is named.
SIGNED_IT_REACH = 10


def _agreement_named_before(norm: str, hit) -> bool:
    """Whether an agreement, a memorandum, a contract or a protocol is named in the sentence within
    ``SIGNED_IT_REACH`` words before a verb of signing that takes it as its pronoun (word list ``signed_it_verb``:
    مذكرة التعاون التي وقعتها الشركة مع المدينة، على اتفاقية إقامة العلاقات فيما وقعها من جانب ناميبيا; round 39).

    Examples:
        >>> from types import SimpleNamespace as H
        >>> def signed(text, word):
        ...     at = text.index(word)
        ...     return _agreement_named_before(text, H(start=at, end=at + len(word)))
        >>> signed("مع الاتفاقيات الجديده التي وقعتها الصين مع الشركات الروسيه", "وقعتها")
        True
        >>> signed("وكان للقرار وقعه الكبير علي الاسواق", "وقعه")
        False
        >>> signed("تم توقيع اتفاقية التعاون بمقر الصندوق, حيث وقعها عن الصندوق نائب الرئيس", "وقعها")
        False
        >>> signed("واكد اهمية اتفاقية التعاون، حيث وقعها عن الصندوق نائب الرئيس", "وقعها")
        True
    """
    before = _sentence_words_before(norm, hit.start, SIGNED_IT_REACH)
    after = _sentence_words_after(norm, hit.end, SIGNED_IT_REACH)
    if any(_bare_forms(w)[1] in _agreement_verbs() or _bare_forms(w)[0] in _agreement_verbs() for w in before):
        return False  # بعد توقيع الاتفاق النووي الذي وقعته الدول الست: the signing just coded, named again
    # وقعها عن الصندوق، وقعها من جانب ناميبيا: the signer for one side right after the verb, the other side before it
    for_a_side = bool(after) and (after[0] in word_set("signed_for_word") or after[:2] == ["من", "جانب"])
    if not for_a_side and not any(w in ("مع", "ومع") for w in after):
        return False  # مذكرة التفاهم التي وقعها في شعبان الماضي الوزيران: a signing told as background, no partner
    signed = _signed_stems()
    return any(_bare_forms(w)[1].startswith(signed) or _bare_forms(w)[0].startswith(signed) for w in before)


# word list signed_for_word (عن، نيابة): the side a signer signs for, right after a verb of signing with its pronoun
# (round 55)


def _agreement_stems() -> tuple:
    """The beginnings of an agreement's, a memorandum's or a contract's noun (word list ``agreement_stem``: اتفاق،
    مذكر، عقد، عقو), as a tuple for ``str.startswith``."""
    return tuple(sorted(word_set("agreement_stem")))


def _signed_stems() -> tuple:
    """What a verb of signing with an object pronoun signs, named before it (اتفاقية، مذكرة، عقد، بروتوكول): the
    beginnings of word lists ``agreement_stem`` and ``signed_it_stem``, as a tuple for ``str.startswith``."""
    return tuple(sorted(word_set("agreement_stem") | word_set("signed_it_stem")))


def _report_verb(doc: NormalizedText, ca: int, sa: int, hit):
    """The (start, end) of the verb that receives or makes the report noun at ``ca`` (تلقت، ورد، تقدم ب), else None.

    As :func:`_agreement_verb`, but the noun may take ب (تقدمت ببلاغ) and
    the verbs are the word list ``report_verb``.

    Examples:
        >>> from types import SimpleNamespace as H
        >>> doc = NormalizedText("أن شرطة محافظة الليث تلقت بلاغا من إحدى المؤسسات")
        >>> def report(doc):
        ...     h = H(key="بلاغا", proclitic="", start=doc.norm.index("بلاغا"))
        ...     return _report_verb(doc, doc.text.index("بلاغا"), 0, h)
        >>> a, b = report(doc)
        >>> doc.text[a:b]
        'تلقت'
        >>> doc = NormalizedText("باشر رجال الدفاع المدني بلاغا عن سقوط مقذوف")
        >>> report(doc) is None
        True
        >>> doc = NormalizedText("وقدمت الفرق الخدمة الإسعافية إلى 16 بلاغا")
        >>> report(doc) is None
        True
    """
    if (hit.key not in word_set("report_only_trigger") or set(hit.proclitic) - {"و", "ف", "ب"}
            or _COUNTED_REPORT_RE.search(doc.norm, max(0, hit.start - 12), hit.start)):
        return None
    return _verb_before(doc, ca, sa, word_set("report_verb"), _SIGNER_BREAK_RE)


# هدية للوطن، هدية للإنسانية، هدية كبيرة للعالم: an achievement called a gift to a whole people, no gift given (word
# list ``figurative_receiver``)


def _giving_verb(doc: NormalizedText, ca: int, sa: int, hit):
    """The (start, end) of the verb that gives the gift named at ``ca`` (قدم، قدمت، يقدم), else None.

    Only for a noun of the word list ``given_object``, not governed by a
    preposition; the verb is of the word list ``giving_verb``, in the same
    clause before it, with its giver or the receiver's pronoun between them
    (وقدم لهم الهدايا، قدم الوفد الزائر الورود).

    Examples:
        >>> from types import SimpleNamespace as H
        >>> def give(text, word):
        ...     doc = NormalizedText(text)
        ...     at = doc.text.index(word)
        ...     hit = H(key=normalize(word), proclitic="", end=doc.to_norm[at] + len(word))
        ...     found = _giving_verb(doc, at, 0, hit)
        ...     return found and doc.text[found[0]:found[1]]
        >>> give("وقدم لهم الهدايا بمناسبة عيد الفطر المبارك", "الهدايا")
        'وقدم'
        >>> give("ووزعت الهدايا التذكارية على الحضور", "الهدايا"), give("كما قدم هذا الإنجاز هدية للوطن", "هدية")
        (None, None)
    """
    if hit.key not in word_set("given_object") or set(hit.proclitic) & (_PREP_LETTERS | {"و"}):
        return None  # قدم الوفد الورود والهدايا: a gift joined by و to one before it is the same act
    after = doc.norm[hit.end:hit.end + 20].split()[:1]
    if after and _bare_forms(after[0])[0] in word_set("figurative_receiver"):
        return None  # قدم هذا الإنجاز هدية للوطن، مصر تقدم هدية للعالم: a figure of speech, nothing given
    verb = _verb_before(doc, ca, sa, word_set("giving_verb"), _SIGNER_BREAK_RE)
    if verb is not None and doc.norm[max(0, doc.to_norm[verb[0]] - 8):doc.to_norm[verb[0]]].split()[-1:] == ["ان"]:
        return None  # بعد أن قدم واجب العزاء في العريف ...: a gift or a visit told as the background of another act
    return verb


def _agreement_verb(doc: NormalizedText, ca: int, sa: int, hit):
    """The (start, end) of the verb that signs the agreement noun at ``ca`` (وقع، توقيع، أبرم), else None.

    The verb stands in the same clause, up to ``MAX_LIGHT_VERB_GAP`` words
    before the noun (its signer between them, or none), with no punctuation
    and no أن between; the noun is indefinite and not governed by a
    preposition.

    Examples:
        >>> from types import SimpleNamespace as H
        >>> doc = NormalizedText("وقّع مستشفى د.سليمان الحبيب بمدينة دبي الطبية اتفاقية تعاون مشترك")
        >>> a, b = _agreement_verb(doc, doc.text.index("اتفاقية"), 0, H(key="اتفاقية تعاون", proclitic=""))
        >>> doc.text[a:b]
        'وقّع'
        >>> doc = NormalizedText("وقع الطرفان، في يوم آخر، اتفاقية تعاون")
        >>> _agreement_verb(doc, doc.text.index("اتفاقية"), 0, H(key="اتفاقية تعاون", proclitic="")) is None
        True
        >>> doc = NormalizedText("وأشاد الوزير بالاتفاقية")
        >>> _agreement_verb(doc, doc.text.index("الاتفاقية"), 0, H(key="اتفاقية", proclitic="بال")) is None
        True
    """
    if not hit.key.startswith(_agreement_stems()) or set(hit.proclitic) & (_PREP_LETTERS | {"ا"}):
        return None
    return _verb_before(doc, ca, sa, _agreement_verbs(), _SIGNER_BREAK_RE)


# أقدم الجاني على قتل المواطن، أقدمت قوات التمرد على مداهمة الجامعة: an act named by a verbal noun after على, the
# object of أقدم (word list dared_verb), is one act that begins at أقدم, as the gold writes it (the interior
# ministry's execution statements, AJ AP AT BC BD; round 55); the subject of أقدم does it. What stands between the
# verb and على (the doer's name, titles, «سعودي الجنسية» between dashes or guillemets, a comma) is no break; a colon,
# a semicolon or a full stop is.
_DARED_BREAK_RE = re.compile(r"[:;؛]|\.(?![^\W_])")


def _dared_verb(doc: NormalizedText, ca: int, sa: int, hit):
    """The (start, end) of the verb أقدم whose object, after على, is the act at ``ca`` (أقدم X على قتل Y), else None.

    Examples:
        >>> from types import SimpleNamespace as H
        >>> def dared(text, word):
        ...     doc = NormalizedText(text)
        ...     at = doc.text.index(word)
        ...     found = _dared_verb(doc, at, 0, H(proclitic="", start=doc.to_norm[at]))
        ...     return found and doc.text[found[0]:found[1]]
        >>> dared("وأوضح البيان أن المدعو فلان أقدم على قتل المواطن علان", "قتل")
        'أقدم'
        >>> dared("أقدمت عصابة من المستوطنين، فجر اليوم، على إحراق منزل", "إحراق")
        'أقدمت'
        >>> dared("أقدم الرجل على السفر؛ وعمل على قتل الوقت", "قتل"), dared("أقدم الرجل على قتل", "الرجل")
        (None, None)
    """
    if hit.proclitic or doc.norm[max(0, hit.start - 5):hit.start].split()[-1:] != ["علي"]:
        return None
    return _verb_before(doc, ca, sa, word_set("dared_verb"), _DARED_BREAK_RE)
