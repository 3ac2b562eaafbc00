"""The sense filters of :func:`q7x2lib.find_events`: whether a matched trigger word is really an event in its context.

A pattern matches a word; the words around it may give it another sense than its row's (عرضة للإصابة، رفع الدعم عن
الوقود، زيارة الأقارب، يستهدف تعزيز), make it no act between actors (دعم الاقتصاد، السيطرة على الحريق، بالتنسيق مع
الجهات المعنية، تقدمت بطلب), or make it part of an act coded just before it (مقتل 3 جنود في هجوم، قضت المحكمة بالسجن).
The trigger stage of :func:`q7x2lib.events._doc_events` asks these guards before it looks for a source and a target.
Moved out of :mod:`q7x2lib.events` as it was; ``q7x2lib.events`` still names everything here. The helpers the event
coder shares with them (reading words and sentences) are in :mod:`q7x2lib.event_patterns`; a word list is read
as a set with :func:`q7x2lib.lexicons.word_set`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import takewhile

from .arabic import normalize, without_article, without_conjunction
from .event_patterns import (_CLAUSE_BREAK_RE, _CLAUSE_END_RE, _SENTENCE_END, _SENTENCE_END_RE, _relative,
                             _WORD_RE, _bare_forms, _Patterns, _sentence_words_after, _sentence_words_before)
from .event_patterns import _patterns  # noqa: F401 - the doctests read the bundled patterns with it
from .lexicons import word_list, word_set

#: Roots whose noun after a result phrase (أسفر عن، أدى إلى) is the act's result, not an act: assault, fight, mass violence.
RESULT_ROOTS = frozenset({"18", "19", "20"})


# اجتمعوا لبحث الأزمة، زار الرياض لدعم الحكومة: a verbal noun after the purpose لـ names what an act (the meeting,
# the visit) is for, not an act of its own. Only the forms whose purpose reading the samples show nearly always
# (لبحث false 17 of 17, لدعم 32 of 36 over samples A-T); لتحرير، لاستهداف are as often the act itself.
# (its pattern forms: word list ``purpose_lam_trigger``)
# أماكن مجهزة لعرض منتجاتها، متحف لعرض السيارات، تمهيدا لعرضها على المجلس: after the لـ of purpose عرض is a show or a
# submission, no offer; only after a verb of listening is it a briefing given (استمعت اللجنة لعرض من الوزير: round 32,
# from the false offers of W-AF: 6 false and 2 true, both after استمعت, on V-AF and A-U)
# (its pattern forms: word list ``shown_lam_trigger``)
_LISTENED_RE = re.compile(r"(?<![^\W_])[وف]?(?:استمع|يستمع|تستمع)[^\W_]*\s+$")

# الحرب العالمية الثانية، جرائم الحرب، خلال الحرب، وقف الحرب: the war as a topic, a time or a
# thing to end, not a war waged by someone (the bare row حرب was false 116 of 154 times over samples A-T, mostly
# in these readings); the war waged or declared keeps its own rows (شن الحرب، الحرب التي تشنها). The words are the
# word lists topic_war_before and topic_war_after.
_TOPIC_WAR_KEY = "حرب"


def _topic_war(norm: str, start: int, end: int) -> bool:
    """Whether the war at ``norm[start:end]`` is a topic or a time, not an act (خلال الحرب، الحرب الأهلية).

    The word before it (without its و) is in the word list ``topic_war_before`` or the word after it, without the
    punctuation glued to it (الحرب الأهلية، في جنوب السودان), in ``topic_war_after``.

    Examples:
        >>> _topic_war("خلال الحرب العالمية الثانية", 5, 10), _topic_war("وقالت ان الحرب ستستمر", 11, 16)
        (True, False)
        >>> _topic_war("بعد اشهر من الحرب الاهلية. وطالب", 12, 17), _topic_war("واستمرار الحرب يهدد البلاد", 9, 14)
        (True, True)
        >>> _topic_war("ذكريات وقت الحرب", 11, 16)
        True
    """
    before = norm[max(0, start - 20):start].split()
    after = norm[end:end + 20].split()
    if before:
        word = _bare_forms(before[-1])[0]
        if not word_set("topic_war_before").isdisjoint((word, word.removeprefix("و"))):  # وقت، ووقف
            return True
    return bool(after and _bare_forms(after[0])[0] in word_set("topic_war_after"))


# A trigger whose neighbour gives it another sense than the act of its row (round 23, from the false events pooled
# over samples V and W, each reading counted and read in the rules split): عرضة للإصابة (liable; العرضة, a dance) and
# عرض البحر (the open sea) are no offer; رفع الدعم عن الوقود, الدعم على أسعار الطاقة (a subsidy, cut or kept) and
# ارتفعت السوق بدعم قاده قطاع التأمين (a market's rise) are no support given to anyone; تحرير الأسعار, تحرير محضر
# (prices freed, a report written) free no territory; ضبط الأسعار, ضبط الإيقاع (prices, a rhythm regulated) seize
# nothing (nor does ضبط النفس, restraint); عرضا لأبرز الفرص presents, offers nothing; قاعة الاجتماعات, اللقاء
# العلمي, اللقاءات والمحاضرات are a room or a kind of gathering; برامج تستهدف تعزيز ... (a verbal noun its object) aim, not attack (word list aim_object, _aims_at); زيارة المواقع السياحية / الأقارب, لزيارة موقعها
# الإلكتروني (sights, kin, a website) visit no body. Keyed by the row's form; words written normalised,
# without their article.
_OTHER_SENSE_WORD = {"عرض*": ("عرضة", "عرضي")}
# إحالته، إحالتهم، إحالتهما: the referral forms (17 rows of the pattern table) that one act before them may hold, or
# that mean a retirement (see _other_sense_after and _doc_events)
# (its pattern forms: word list ``referral_trigger``)
#: The word right before a pattern form, read bare in a word list (its name by form), that gives it another sense:
#: حي كرم الطراب is a place, رفع الدعم a subsidy cut, حزب الدعوة a party, سمع صوت إطلاق نار a shooting already told
#: (each list's note says what it holds and how it was measured).
_OTHER_SENSE_BEFORE = {
    "كرم": "not_honoured_before",
    "دعم*": "subsidy_cut_before",
    **dict.fromkeys(("نقل*", "ينقل"), "transfer_refused_before"),
    "دعوة*": "dawa_party_before",
    **dict.fromkeys(("القتل تعزير*", "القتل قصاص*"), "death_sentence_passed_before"),
    "اطلاق نار": "shooting_heard_before",
    "قمة": "top_not_summit_before",
    **dict.fromkeys(("شراكة مع", "شراكة بين"), "partnership_sought_before"),
    "لقاء*": "room_not_meeting",
    "اجتماع": "room_or_sociology_not_meeting",
    **dict.fromkeys(("بالاعدام", "بالسجن"), "penalty_by_law_before"),
}
# عرضا لأبرز الفرص، عرضها للبيع: عرض before لـ presents or displays something, where an offer is made على someone
_OTHER_SENSE_PREFIX = {"عرض*": "ل"}
#: Pattern forms whose next word, read bare in a word list (its name by form), gives them another sense: ضبط الأسعار
#: regulates, seizes nothing (``regulated_not_seized``); كرم الضيافة is generosity, قمة الجبل a top, عرض فيلم a show,
#: زيارة الأقارب a visit to no body (each list's note says what it holds and how it was measured).
_OTHER_SENSE_AFTER = {
    **dict.fromkeys(("ضبط*", "تضبط", "يضبط"), "regulated_not_seized"),
    "كرم": "generosity_not_honoured",
    "قمة": "top_not_summit",
    "تكريم": "own_staff_honoured",
    **dict.fromkeys(("بمعايدة", "يعايد", "تعايد"), "own_people_greeted"),
    "عرض*": "show_not_offer",
    "دعوة*": "preaching_not_invitation",
    "دعم*": "subsidy_not_support",
    "تحرير": "freed_prices_or_report",
    "بحبس": "breath_held",
    **dict.fromkeys(("عقد", "عقدا"), "social_contract"),
    "طرد": "centrifuge_or_red_card",
    "لقاء*": "gathering_kind_not_meeting",
    **dict.fromkeys(("زيارة", "زيارته", "زيارتها", "يزور", "زار", "زارت", "تزور"), "visited_not_a_body"),
    **dict.fromkeys(("ناقش*", "يناقش", "تناقش", "استعرض*"), "discussed_by_a_text"),
    "استعراض": "own_plans_presented",
}


def _other_sense_after(key: str) -> str | None:
    """The word list whose word right after pattern form ``key`` gives it another sense (``_OTHER_SENSE_AFTER``); for
    a referral form (word list ``referral_trigger``), ``retirement_or_body_not_referral`` for its noun with no
    pronoun (word list ``referral_noun``: إحالة الجثة، إحالة للتقاعد) and ``retirement_not_referral`` for a form with
    a pronoun (إحالتهم للتقاعد), whose object can be no body.

    >>> _other_sense_after("احالة"), _other_sense_after("احالتهم"), _other_sense_after("طرد"), _other_sense_after("قال")
    ('retirement_or_body_not_referral', 'retirement_not_referral', 'centrifuge_or_red_card', None)
    """
    if key in word_set("referral_trigger"):
        return "retirement_or_body_not_referral" if key in word_set("referral_noun") else "retirement_not_referral"
    return _OTHER_SENSE_AFTER.get(key)
# عقد وزير الخارجية ... اجتماعا مع نظيره: a noun that is an act only as the object of a light verb (event_light_verb),
# its subject between them (حضر المحافظ اجتماعا، ترأس اجتماعا للجنة: a meeting attended or chaired, of one body)
# (its pattern forms: word list ``light_verb_object_trigger``)
# وأسر 119 آخرين، تم أسر أكثر من 50 حوثيا: the noun أسر is a capture only before what counts the captured (أسر
# الشهداء, الأسر الفقيرة are families); إنقاذ 6 عمال, a rescue, likewise (فرق البحث والإنقاذ, خطة إنقاذ: a unit, a plan)
# (its pattern forms: word list ``counted_after_trigger``)
# تم نقله لمستشفى عفيف العام، نقل السائق بحالة خطرة إلى مستشفى بريدة، إسعاف ينقل جثمان الشهيد: a transfer is
# aid (07) only where it carries the injured to care or the dead (a word of care_place within CARRIED_REACH words
# after it in its sentence, or a word of carried_body right after it); else it is a transfer of staff, offices or
# goods, the transport sector (وزارة النقل) or a report (ونقلت وكالة ... عن) (round 34)
# (its pattern forms: word list ``carried_trigger``)
CARRIED_REACH = 8
# أمريكي يقتل 2 ويصيب 7 في إطلاق نار: an indefinite shooting after في is the setting of the killing or wounding
# a verb coded just before it in the sentence, not a second act (round 33, from the false events of Y); after a
# noun (مقتل تسعة عسكريين في إطلاق نار من قبل مجموعة إرهابية) it is the act the samples code (X, AE)
# (its pattern forms: word list ``setting_trigger``)
# ألقت الشرطة القبض عليه وأحالته للجهات المختصة، وتم إيقاف مواطنين ... وجرى إحالتهم: a referral joined by و to the
# coercion coded just before it in the sentence is one act with it, as the annotators write it (round 33, from the
# false events of H, AB and AC); after a comma or with its own time (تم التحفظ على المتهمين وسيتم إحالتهم) it is its own
_JOINED_AUX_RE = re.compile(r"(?<![^\W_])و(?:جري|تم|تمت)\s+$")
# ومن بين الصحفيين الذين تمت إحالتهم: the people a referral told before was done to, named by it, no new act (round
# 33, a false event of P)
_DONE_TO_RE = re.compile(r"(?<![^\W_])(?:الذين|الذي|التي|اللذين|اللتين)\s+(?:تم|تمت|جري|جرت)\s+$")
_IN_BEFORE_RE = re.compile(r"(?<![^\W_])في\s+$")
# وزير التعليم يترأس الاجتماع الأول للجنة العليا، ورأس محافظ الطائف ... الاجتماع الثالث للجنة التنفيذية: a meeting of
# the body its subject chairs, no meeting between actors, unless a مع names the other side; رأس وفد المملكة في الاجتماع
# heads a delegation to a meeting between states, which stays one (round 28, from the false meetings of Z; rules split,
# 9 uses, 8 a body's own meeting)
# (its pattern forms: word list ``chaired_trigger``)
_CHAIRED_RE = re.compile(r"(?<![^\W_])[وف]?(?:تراس|يتراس|تتراس|راس)\s+(?!وفد(?![^\W_]))(?:[^\W_]+\s+){0,8}$")
CHAIRED_REACH = 120
# شارع عرض 30 مترا، عرض30متر، وعرض 14 مترا: a number right after عرض (or glued to it) measures a width, no offer is
# made (round 28, from the false offers of AA; rules split, 65 uses, none an offer)
# (its pattern forms: word list ``measured_trigger``)
_DIGIT_RE = re.compile(r"\d")
# واستعرض المدير العام ... الفرص الاستثمارية، الوزير حجار استعرض في الحوار برنامج الحج: one actor alone presents or
# reviews a topic, which the samples code as his statement (01), no review between actors; a مع names the other side
# (استعرض مع نظيره) and a joint subject two of them (استعرض الجانبان العلاقات), and the dual forms (استعرضا) are talks
# (round 32, from the false reviews of samples W-AF: 10 false of 10 on V-AF and samples A-U; see PRESENTED_REACH)
# (its pattern forms: word list ``presented_trigger``; its singular forms as written: ``presented_alone_form``)
#: Words after a singular استعرض read for the مع or the joint subject of a review between two sides (the subject's
#: titles and names may stand between: واستعرض صاحب السمو الملكي الأمير ... خلال اللقاء مع).
PRESENTED_REACH = 16
# ما يعرض حياة الحجاج للخطر، حتى لا يعرض نفسه لمخالفة الهروب: exposes (to danger, to a penalty), no offer (word list
# ``exposed_to``; round 32, from the false offers of AC and of C and U, 4 of 4)
# (its pattern forms: word list ``exposed_trigger``)
#: Words after عرض / يعرض read for what exposes (يعرض حياة الحجاج للخطر: the danger is the third word).
EXPOSED_REACH = 4
# أغلقت بلدية المجاردة صباح اليوم عددا من المحلات التجارية، تم إغلاق 35 منشأة، إغلاق أحد فروعها: a closure is a
# sanction (17) only where what is closed is a shop, an establishment, an office or a branch (word list
# ``closed_premises``) among the first words after it in its sentence (the closer may stand between: CLOSED_REACH);
# a road, a border, a programme or a file closed is none, nor a door (أغلقت الباب أمام), nor the shops' hours of
# prayer (إغلاق المحلات وقت الصلاة). Round 37, from the misses of AB, AC, AD, AE, AF and AK (issue 16).
# (its pattern forms: word list ``closed_trigger``)
#: Words after a closure read for the premises closed (أغلقت أمانة الأحساء ممثلة ببلدية الهفوف مؤخرا (218) محلا).
CLOSED_REACH = 8
# وتم تسليمه لجهة الاختصاص، وتسليم السائق والمضبوطات لجهة الاختصاص، وضبطه وتسليمه لمركز الشرطة: suspects handed over
# to the authorities are a police sanction (17), as the general samples code it, only where a word of the word list
# ``handed_to_authority`` follows in the sentence (HANDED_REACH); not the site of an accident, a body or oneself
# (``handed_not`` right after it: تسليم الموقع لجهة الاختصاص، بتسليم نفسه). Round 38, from the misses of AB and AC.
# (its pattern forms: word list ``handed_trigger``)
#: Words after a hand-over read for the authority that receives it (وتسليم السائق والمضبوطات لجهة الاختصاص).
HANDED_REACH = 8


# وأضاف المصدر الذي طلب عدم الكشف عن اسمه، مسؤول طلب عدم نشر اسمه: a source described by the anonymity it asked for,
# no request made to anyone (word list ``anonymity_noun``; round 32, from the false requests of A and R; 55 uses of
# the phrase in the development corpus)
# (its pattern forms: word list ``request_trigger``)


def _carried_to_care(norm: str, end: int) -> bool:
    """Whether a transfer ending at ``end`` carries someone to care or carries the dead (word list ``carried_trigger``).

    Examples:
        >>> _carried_to_care("وتم نقله لمستشفي عفيف العام", 8), _carried_to_care("اسعاف ينقل جثمان الشهيد", 10)
        (True, True)
        >>> _carried_to_care("تم نقل مقر الادارة الي المبني الجديد. وفي مستشفي", 6)
        False
        >>> _carried_to_care("ومن ثم نقلها الي اقرب مستشفي", 12)
        False
    """
    words = _sentence_words_after(norm, end, CARRIED_REACH, chars=200)
    if words and _bare_forms(words[0])[1] in word_set("carried_body"):
        return True
    # ومن ثم نقلها إلى أقرب مستشفى: the nearest hospital is a course's or a family's, what one should do or did alone
    return any(_bare_forms(w)[1] in word_set("care_place") and not (i and words[i - 1] == "اقرب")
               for i, w in enumerate(words))


# وأفقدته، وأفقه، وأفقياً normalise to وافق...: as written they are the conjunction و before a word that opens with a
# hamza (أفقد، أفق), no approval. A trigger whose و or ف is the verb's own first letter before ا (وافق، واصل) must
# not have a hamza there as written (round 62: 7 such words on the rules split, none of them an approval).
_HAMZA_ALEFS = frozenset("أإآ")


def _conjunction_before_hamza(text: str, offsets, hit) -> bool:
    """Whether a trigger opening with و or ف then ا is, as written, a conjunction before a hamza word.

    ``text`` is the raw text and ``offsets`` maps each normalised character to its raw one
    (:class:`q7x2lib.arabic.NormalizedText`).

    Examples:
        >>> from q7x2lib.arabic import NormalizedText
        >>> from q7x2lib.matching import Hit
        >>> doc = NormalizedText("وأفقدته الحادثة بصره")
        >>> _conjunction_before_hamza(doc.text, doc.offsets, Hit("وافق*", 0, 7, ""))
        True
        >>> doc = NormalizedText("ووافقت الوزارة على الطلب")
        >>> _conjunction_before_hamza(doc.text, doc.offsets, Hit("وافق*", 0, 6, "و"))
        False
    """
    key, at = hit.key, hit.start + len(hit.proclitic)
    if len(key) < 2 or key[0] not in "وف" or key[1] != "ا" or at + 1 >= len(offsets):
        return False
    return text[int(offsets[at + 1])] in _HAMZA_ALEFS


#: Words before and after a verb of contracting within which a word of sport makes it a club's signing.
SPORTS_SIGNING_BEFORE = 6
#: كان في استقبال الوفد أمير المنطقة: the pattern في استقبال* is a reception (04) only right after كان / كانت, and
#: not where a word of sport stands near it (:func:`_sports_signing`: ووصل المنتخب إلى الرياض، وكان في استقباله
#: رئيس النادي is a team's welcome, sport, out of the annotated scope); the narrower forms (في استقباله لدى وصوله)
#: are patterns of their own and win where they match
# (its pattern forms: word list ``reception_trigger``; كان and كانت, with و or ف: word list ``kana_past``)
SPORTS_SIGNING_AFTER = 10


def _sports_signing(norm: str, hit) -> bool:
    """Whether a verb of contracting (تعاقدت، يتعاقد) signs a player or a coach: a word of the word list
    ``sports_signing_word`` (لاعب، مدرب، مهاجم، النادي، الأندية) stands in its sentence within
    ``SPORTS_SIGNING_BEFORE`` words before it or ``SPORTS_SIGNING_AFTER`` after it (round 39).

    A club's signing is sport, which the samples leave out of the annotated scope, not the material cooperation
    (06) of a body contracting a company (تعاقدت الخطوط السعودية مع شركة بوينج).

    Examples:
        >>> from types import SimpleNamespace as H
        >>> def signing(text, word):
        ...     at = text.index(word)
        ...     return _sports_signing(text, H(start=at, end=at + len(word)))
        >>> signing("تعاقدت اداره نادي الشباب مع مهاجم راسينغ", "تعاقدت"), signing("بانهم تعاقدوا مع سبعه لاعبين", "تعاقدوا")
        (True, True)
        >>> signing("وقد تعاقدت الخطوط السعوديه مع شركه بوينج لشراء 20 طائره", "تعاقدت")
        False
    """
    before = _sentence_words_before(norm, hit.start, SPORTS_SIGNING_BEFORE, chars=100)
    after = _sentence_words_after(norm, hit.end, SPORTS_SIGNING_AFTER)
    words = word_set("sports_signing_word")
    return any(not words.isdisjoint(_bare_forms(w)) for w in before + after)  # لاعبين: its ل is no proclitic


@lru_cache(maxsize=1)
def _neighbour_senses() -> tuple[dict, dict]:
    """The ``trigger_other_sense`` word list read as (word before, start of the word after) by pattern form.

    An entry ``KEY <WORD`` says a trigger of pattern form KEY right after WORD (written bare, without its proclitics
    and article) has another sense (هيئة التحقيق: a body's name, not an investigation); ``KEY <WORD1 WORD2`` says so
    of a trigger right after those words in that order, each as written or bare (لاستكمال اجراءات التحقيق: the
    purpose of a referral, where the ل must be written); ``KEY >START`` says so of a trigger whose next word, as
    written, starts with START.

    Examples:
        >>> before, after = _neighbour_senses()
        >>> "هيئة" in before["التحقيق"], "لاستكمال اجراءات" in before["التحقيق"], after["استقبل*"]
        (True, True, ('محاكم',))
    """
    before, after = {}, {}
    for entry in word_list("trigger_other_sense", required=False):
        found = _NEIGHBOUR_ENTRY_RE.fullmatch(entry)
        if found is None:
            continue
        key, side, rest = found.groups()
        if side == "<":
            before.setdefault(key, set()).add(rest)
        else:
            after.setdefault(key, []).append(rest)
    return ({k: frozenset(v) for k, v in before.items()}, {k: tuple(v) for k, v in after.items()})


#: A ``trigger_other_sense`` entry: the pattern form (which may hold spaces: الاعتداء على), then < or > and the
#: neighbour (one word after >; one word or more, in order, after <).
_NEIGHBOUR_ENTRY_RE = re.compile(r"(.+?) ([<>])(.+)")


def _after_words(norm: str, start: int, listed: frozenset) -> bool:
    """Whether the words right before ``start`` in its sentence are one of the word sequences of ``listed`` (entries
    of ``trigger_other_sense`` with more than one word), each word as written or bare.

    >>> text = "وتم تسليمه لاستكمال اجراءات التحقيق"
    >>> _after_words(text, text.index("التحقيق"), frozenset({"لاستكمال اجراءات", "هيئة"}))
    True
    >>> text = "وجار استكمال اجراءات التحقيق"
    >>> _after_words(text, text.index("التحقيق"), frozenset({"لاستكمال اجراءات"}))
    False
    """
    for entry in listed:
        words = entry.split()
        if len(words) < 2:
            continue
        found = _sentence_words_before(norm, start, len(words))
        if len(found) == len(words) and all(w in _bare_forms(f) for w, f in zip(words, found)):
            return True
    return False


#: Words from a killing to the act that caused it, at most (مقتل ثلاثة من عناصر الشرطة في هجوم).
KILLING_CAUSE_REACH = 8
#: ... and from a killing told by its verb (قتل ستة أشخاص في غارات): a count of victims and a preposition, at most.
KILLING_VERB_CAUSE_REACH = 4
_CAUSE_LINK_RE = re.compile(r"(?<![^\W_])(?:في|جراء|اثر|خلال|بسبب|ب)\s*$")


def _killed_by_next_act(norm: str, hit, hits: list, hit_starts: list, pat, reach: int = KILLING_CAUSE_REACH) -> bool:
    """Whether a killing (word lists ``killing_by_cause``, ``killing_verb_by_cause``) is the toll of the act of force
    named right after it.

    The development samples code the attack, not the deaths it caused (مقتل 3 جنود في هجوم لحزب العمال، مقتل سبعة من
    قادة التنظيم بقصف مدفعي، قتل ستة أشخاص في غارات): the next trigger, an act of root 18-20 within ``reach`` words of
    the same sentence, opened by في، جراء، إثر، خلال، بسبب or ب (written with it: بقصف), takes the event.

    Examples:
        >>> pat = _patterns(None)
        >>> def toll(text, reach=KILLING_CAUSE_REACH):
        ...     verbs, nouns, _ = pat.scan.finditer_each(text)
        ...     hits = sorted([*verbs, *nouns], key=lambda h: (h.start, -h.end))
        ...     return _killed_by_next_act(text, hits[0], hits, [h.start for h in hits], pat, reach)
        >>> toll("مقتل ثلاثة جنود في هجوم علي الحدود"), toll("مقتل ثلاثة جنود. وفي هجوم اخر")
        (True, False)
        >>> far = "قتل ثلاثة من جنود الكتيبة الرابعة امس في هجوم"
        >>> toll("قتل ثلاثة جنود في هجوم", KILLING_VERB_CAUSE_REACH), toll(far, KILLING_VERB_CAUSE_REACH), toll(far)
        (True, False, True)
    """
    i = bisect_left(hit_starts, hit.end)
    if i >= len(hits):
        return False
    nxt = hits[i]
    if pat.info[nxt.key][1] not in RESULT_ROOTS:
        return False
    between = norm[hit.end:nxt.start]
    if _SENTENCE_END_RE.search(between) or len(between.split()) > reach:
        return False
    if nxt.proclitic.endswith("ب") or nxt.proclitic in ("بال", "وب", "وبال"):
        return True
    return bool(_CAUSE_LINK_RE.search(between))


#: Words from an act of force's noun to a second one joined to it by و (مقتل 27 عنصرا من التنظيم وتدمير), at most.
JOINED_FORCE_REACH = 6


def _joined_to_force_noun(norm: str, hit, hits: list, hit_starts: list, pat) -> bool:
    """Whether a noun of a toll or of clearing (word list ``joined_toll_noun``: تدمير، مقتل، تطهير، دحر) joined by و
    follows a noun of force (roots 18-20) in its clause (أسفر عن مقتل اثنين من المسلحين وتدمير مدرعة، تسببت بقتل
    الأبرياء وتدمير البنى التحتية، من قتل وتدمير، تحرير قاعدة العند ودحر المليشيات منها).

    The second noun names the same toll, the same charge or the same aim as the first: the development samples code
    the act that caused them once (or, for a charge or an aim, not at all), never the second noun alone. Another act's
    noun (واختطاف ضابط، وتفجيرين انتحاريين), a verb (ودمرت) or a noun after a comma or more than
    ``JOINED_FORCE_REACH`` words is left alone.

    Examples:
        >>> pat = _patterns(None)
        >>> def joined(text):
        ...     verbs, nouns, _ = pat.scan.finditer_each(text)
        ...     hits = sorted([*verbs, *nouns], key=lambda h: (h.start, -h.end))
        ...     return _joined_to_force_noun(text, hits[-1], hits, [h.start for h in hits], pat)
        >>> joined("اسفر القصف عن مقتل ثلاثة مسلحين وتدمير عربة"), joined("مقتل ثلاثة مسلحين. وتدمير عربة")
        (True, False)
    """
    if not hit.proclitic.startswith("و") or hit.key not in pat.noun_keys:
        return False
    word = norm[hit.start:hit.end][len(hit.proclitic):]
    if word.removeprefix("ال") not in word_set("joined_toll_noun"):
        return False  # واختطاف ضابط، وتفجيرين انتحاريين نفذهما التنظيم: an act of its own
    i = bisect_left(hit_starts, hit.start) - 1
    while i >= 0 and hits[i].end > hit.start:
        i -= 1
    if i < 0:
        return False
    prev = hits[i]
    if prev.key not in pat.noun_keys or pat.info[prev.key][1] not in RESULT_ROOTS:
        return False
    between = norm[prev.end:hit.start]
    return not re.search(_SENTENCE_END + r"|[،,:]", between) and len(between.split()) <= JOINED_FORCE_REACH


# أنقذت فرق البحث والإنقاذ طفلا، الدفاع المدني ينقذ 15 شخصا، قامت فرقة البحث والإنقاذ بانتشال جثة: a rescue is aid
# (07) where a rescue body (word list ``rescue_body``: civil defence, coast guard, rescue teams, police) is named near
# it in its sentence; without one the verb is mostly a save in sport or a figure of speech (أنقذ الحارس كرة، أنقذ
# الفريق من الهزيمة، أنقذوا الأخضر) (round 48, issue 16)
#: Words before and after a rescue verb read for its rescue body.
RESCUE_BODY_BEFORE, RESCUE_BODY_AFTER = 6, 5


def _rescue_body_near(norm: str, hit) -> bool:
    """Whether a word of ``rescue_body`` stands near a rescue (within the sentence, a few words either side).

    Examples:
        >>> from types import SimpleNamespace as H
        >>> def read(text, word):
        ...     at = text.index(word)
        ...     return _rescue_body_near(text, H(start=at, end=at + len(word)))
        >>> read("انقذت فرق البحث والانقاذ طفلا من الغرق", "انقذت"), read("الدفاع المدني ينقذ 9 اشخاص", "ينقذ")
        (True, True)
        >>> read("وانقذ الحارس كرة خطيرة في الدقيقة 30", "وانقذ"), read("سجل هدفا وانقذ الفريق من الخسارة", "وانقذ")
        (False, False)
    """
    return _listed_word_near(norm, hit, "rescue_body", RESCUE_BODY_BEFORE, RESCUE_BODY_AFTER)


# إحالة 41 متهما للقضاء، وإحالة الشابين إلى السجن، إحالة القضية للتحقيق: a referral to a court, the prosecution, an
# investigation, the police or a prison is an act (17) also without تم before it; without such a destination إحالة is as
# often a file, a budget or a retirement (round 55, issue 16)
#: Words after a referral read for where it sends (word list ``referral_destination``).
REFERRAL_DESTINATION_AFTER = 10


def _referred_to_justice(norm: str, hit) -> bool:
    """Whether a word of ``referral_destination`` (court, prosecution, investigation, police, prison) follows a referral
    within :data:`REFERRAL_DESTINATION_AFTER` words, in its sentence.

    Examples:
        >>> from types import SimpleNamespace as H
        >>> def read(text, word):
        ...     at = text.index(word)
        ...     return _referred_to_justice(text, H(start=at, end=at + len(word)))
        >>> read("اعلن النائب العام احالة 41 متهما من جنسيات عدة الي المحكمة الاتحادية", "احالة")
        True
        >>> read("وتقرر اعفاء المدير واحالة الملف للتحقيق", "احالة"), read("احالة الموظف الي التقاعد", "احالة")
        (True, False)
        >>> read("احالة العينات الي المختبر لاجراء التحاليل", "احالة")
        False
    """
    return _listed_word_near(norm, hit, "referral_destination", 0, REFERRAL_DESTINATION_AFTER)


#: Words after an arrival read for the aid it carries (word list ``aid_arrival_word``).
AID_ARRIVAL_AFTER = 10
#: The root and Goldstein weight of an arrival that carries aid: the aid delivered (07).
AID_ARRIVAL = ("07", 7.0)


def _aid_arrived(norm: str, hit) -> bool:
    """Whether an arrival carries aid: a word of ``aid_arrival_word`` within :data:`AID_ARRIVAL_AFTER` words after it,
    in its sentence (وصلت سفينة سعودية محملة بأربعة آلاف طن من المساعدات، وصلت الطائرة الإغاثية الثالثة إلى مطار
    عدن، وصلت أولى طلائع قافلة حملة الأمل): the aid delivered, 07, as the samples code such arrivals, though no
    official arrives (round 68, issue 16).

    Examples:
        >>> from types import SimpleNamespace as H
        >>> def aid(text):
        ...     at = text.index("وصلت")
        ...     return _aid_arrived(text, H(start=at, end=at + 4))
        >>> aid("ووصلت سفينة سعودية محملة بالمساعدات الي ميناء عدن"), aid("وصلت قوات الجيش الي وسط المدينة")
        (True, False)
        >>> aid("وقال ان المواد الطبية التي وصلت علي متن الطائرة الاغاثية ستوزع"), aid("والمساعدات وصلت لاكثر من 270 مليون")
        (False, False)
        >>> aid("يقوم بطلب المعونات المالية, وفي ناد سعودي وصلت الحال ان يقدم رئيس النادي طلبا")
        False

    Not after a relative (المواد الطبية التي وصلت على متن الطائرة الإغاثية: aid named again, told before), nor with
    the ل of purpose on it (لتصل إلى مستحقيها) or ف (فيصل is a name), nor before what it amounts to (وصلت لأكثر من 270 مليون دولار، ما
    وصل إليه اليمن: the word list ``arrival_amount_word`` or a number).
    """
    before = _sentence_words_before(norm, hit.start, 1)
    if (before and _relative(before[0])) or set("لف") & set(getattr(hit, "proclitic", "")):
        return False  # التي وصلت، لتصل إلى مستحقيها، فيصل (a name, not ف before يصل)
    after = _sentence_words_after(norm, hit.end, AID_ARRIVAL_AFTER)
    if after and (after[0][:1].isdigit() or _bare_forms(after[0])[0] in word_set("arrival_amount_word")):
        return False
    listed = word_set("aid_arrival_word")
    return any(_bare_forms(w)[1] in listed or _bare_forms(w)[0] in listed for w in after)


def _listed_word_near(norm: str, hit, name: str, before: int, after: int) -> bool:
    """Whether a word of the word list ``name`` (as written or bare of its clitics) stands within ``before`` words
    before ``hit`` or ``after`` words after it, in its sentence."""
    listed = word_set(name)
    words = _sentence_words_before(norm, hit.start, before) + _sentence_words_after(norm, hit.end, after)
    return any(_bare_forms(w)[1] in listed or _bare_forms(w)[0] in listed for w in words)


# الألغام التي زرعها الحوثيون، عبوة ناسفة زرعتها عناصر إرهابية، زرعت الميليشيات الألغام: planting is an assault (18)
# only with a mine, a bomb or explosives named near it, else it is a tree, an organ or a feeling (زرعها الله في القلوب);
# القذائف التي سقطت على الأحياء، سقطت قذيفة هاون في شارع: a fall is one only with a shell, a rocket or a barrel bomb
# named near it, else a man, a plane or a town (round 59). Each verb list with the list of what it must act on.
_NAMED_OBJECT_LISTS = (("planting_verb", "explosive_noun"), ("falling_verb", "projectile_noun"))
#: Words before and after such a verb read for what it acts on (a relative's noun before it, an object after).
NAMED_OBJECT_BEFORE, NAMED_OBJECT_AFTER = 6, 4


def _object_not_named(norm: str, hit) -> bool:
    """Whether a verb of ``_NAMED_OBJECT_LISTS`` (planting, falling) has none of its objects near it in its sentence.

    Examples:
        >>> from types import SimpleNamespace as H
        >>> def bare(text, word):
        ...     at = text.index(word)
        ...     return _object_not_named(text, H(key=word, start=at, end=at + len(word)))
        >>> bare("نزع الالغام التي زرعها المسلحون في الطرق", "زرعها"), bare("حب الوطن غريزة زرعها الله في القلوب", "زرعها")
        (False, True)
        >>> bare("وسقطت قذيفة هاون في شارع المدينة", "وسقطت"[1:]), bare("توفي عامل سقط من الدور العاشر", "سقط")
        (False, True)
    """
    for verbs, objects in _NAMED_OBJECT_LISTS:
        if hit.key in word_set(verbs):
            return not _listed_word_near(norm, hit, objects, NAMED_OBJECT_BEFORE, NAMED_OBJECT_AFTER)
    return False


# مقتل 14 شخصا جراء الإعصار، خنازير برية تقتل رجلا، المرض الذي أدى إلى مقتل 36 شخصا: deaths by nature, disease or an
# animal have no doer, and the general samples code none of them (guideline: accidents with no political actor are no
# event; casualty counts alone only with an identifiable perpetrator) (round 54)
#: Words before and after a killing read for a cause that is no act (word list ``natural_death_cause``).
NATURAL_CAUSE_BEFORE, NATURAL_CAUSE_AFTER = 6, 12


def _natural_death(norm: str, hit) -> bool:
    """Whether a killing (word list ``killing_by_nature``) has a cause of ``natural_death_cause`` near it in its sentence.

    Examples:
        >>> from types import SimpleNamespace as H
        >>> def read(text, word):
        ...     at = text.index(word)
        ...     return _natural_death(text, H(start=at, end=at + len(word)))
        >>> read("مقتل 20 شخصا جراء الاعصار في شرق البلاد", "مقتل"), read("زلزال يقتل ثلاثة رعاة", "يقتل")
        (True, True)
        >>> read("مقتل 20 شخصا في غارة جوية", "مقتل"), read("قتل مسلحون ثلاثة رعاة. وهطلت الامطار", "قتل")
        (False, False)
    """
    return _listed_word_near(norm, hit, "natural_death_cause", NATURAL_CAUSE_BEFORE, NATURAL_CAUSE_AFTER)


# السجن 5 سنوات لرئيس وزراء مصر الأسبق، السجن «30» شهرا لإندونيسي: a headline's sentence, the term and then who got
# it (17); السجن without them is a place or a punishment named (خرج من السجن قبل أشهر، يواجه السجن عشر سنوات، عقوبة
# السجن لمدة خمس سنوات على من ...) (round 48, issue 16)
_TERM_NUMBER_RE = re.compile(r"^\W*\d+\W*$")


def _sentence_headline(norm: str, end: int) -> bool:
    """Whether a number and a unit of time (word list ``duration_unit``) follow, then a word with ل (the sentenced).

    Examples:
        >>> _sentence_headline("السجن 6 سنوات لاب زوج ابنته", 5), _sentence_headline('السجن "30" شهرا لاندونيسي', 5)
        (True, True)
        >>> _sentence_headline("السجن ست سنوات لارهابي", 5), _sentence_headline("من السجن قبل بضع سنوات", 8)
        (True, False)
        >>> _sentence_headline("يواجه السجن عشر سنوات عن تهمة", 11)
        False
    """
    after = _sentence_words_after(norm, end, 3)
    if len(after) < 3:
        return False
    number = after[0]
    if not (_TERM_NUMBER_RE.match(number) or number in word_set("counted_quantity_word") or number in word_set("number_word")):
        return False
    return _bare_forms(after[1])[0] in word_set("duration_unit") and after[2].startswith("ل") and len(after[2]) >= 3


def _counted_before(norm: str, start: int) -> bool:
    """Whether the word right before ``start``, in its sentence, counts the word at ``start``: a number in digits
    (2400، ل150) or a word of ``counting_word`` (ألف، مليون، كل، أي), alone or with و / ف before it.

    After a number from a hundred up, or كل and أي, Arabic puts a singular noun (2400 طالب، 150 ألف طالب، لكل طالب),
    which a verb form spelt the same (طالب, he demanded) never is there; a percentage (50% طالب) ends a clause. The
    caller reads it only for a word without a proclitic (لائحة 2011 وطالب الجميع: a verb after و).

    Examples:
        >>> _counted_before("بمشاركة 2400 طالب", 13), _counted_before("ل150 الف طالب", 9)
        (True, True)
        >>> _counted_before("يحق لكل طالب", 8), _counted_before("وطالب الوزير", 0)
        (True, False)
        >>> _counted_before("ثم طالب الوزير", 3), _counted_before("عام 2015. طالب الوزير", 10)
        (False, False)
        >>> _counted_before("تجاوزت 50% طالب الوزير", 11)
        False
    """
    before = _sentence_words_before(norm, start, 1, chars=24)
    if not before:
        return False
    word = _bare_forms(before[0])[0]
    counting = word_set("counting_word")
    return (bool(_TERM_NUMBER_RE.match(word.removeprefix("ل"))) and "%" not in before[0]) or word in counting or (
        without_conjunction(word, counting) in counting)


def need_stated(before: str, word: str, after: str) -> bool:
    """Whether a noun of need (word list ``need_noun``: ضرورة) states a need rather than calls for an act.

    The event guideline codes a call (ودعا إلى ضرورة ...، شدد على ضرورة ...) an appeal (02); a need said to be
    (أصبحت السياحة ضرورة ملحة، لم يعد خيارا وإنما ضرورة، بعدم ضرورة مراجعتهم، لا يعني بالضرورة) calls on no one.
    Read here: the adverb بالضرورة (necessarily), or the noun as a predicate, after a copula, إنما or عدم
    (``need_stated_before``) or before an adjective (``need_stated_after``: ملحة).

    Args:
        before: The normalised word before the noun, as written.
        word: The noun as written (with its proclitics: بالضرورة، وبضرورة).
        after: The normalised word after it, as written.

    Examples:
        >>> need_stated("يعني", "بالضرورة", "انخفاض"), need_stated("السياحة", "ضرورة", "ملحة")
        (True, True)
        >>> need_stated("وانما", "ضرورة", "ملحة"), need_stated("بعدم", "ضرورة", "مراجعتهم")
        (True, True)
        >>> need_stated("علي", "ضرورة", "التحقق"), need_stated("مشددا", "بضرورة", "الالتزام")
        (False, False)
    """
    if without_conjunction(word).startswith("بال"):
        return True
    before, after = _bare_forms(before)[0], _bare_forms(after)[0]
    stated_before, stated_after = word_set("need_stated_before"), word_set("need_stated_after")
    return (before in stated_before or without_conjunction(before, stated_before) in stated_before
            or after in stated_after)


def _need_stated_at(norm: str, hit) -> bool:
    """:func:`need_stated` of a content hit of a ``need_noun`` in ``norm`` (False for any other hit).

    Examples:
        >>> from types import SimpleNamespace as H
        >>> text = "اصبحت السياحة ضرورة ملحة"
        >>> _need_stated_at(text, H(key="ضرورة", start=14, end=19))
        True
        >>> _need_stated_at("شدد علي ضرورة التحقق", H(key="ضرورة", start=8, end=13))
        False
    """
    if hit.key not in word_set("need_noun"):
        return False
    before = _sentence_words_before(norm, hit.start, 1, chars=24)
    after = _next_words(norm, hit.end, 1)
    return need_stated(before[0] if before else "", norm[hit.start:hit.end], after[0] if after else "")


# استشهاد 3 من حرس الحدود بقذيفة هاون، الداخلية: استشهاد رجل أمن: a headline that opens on the death reports the
# killing (18); in an article's body the death is mostly the outcome of the attack coded at its own verb (ونتج عنه
# استشهاد 15، الجريمة التي أدت إلى استشهاد ...) or one recalled (بعد استشهاد زوجها، استشهاد ابنه مصدر فخر): 13 of 67
# body firings right on the development samples, 10 of 13 opening a field (round 48, issue 16)
_OPENING_LEAD_RE = re.compile(r"^\s*(?:[^\W_]+\s*:\s*)?$")


def _opens_field(norm: str, start: int) -> bool:
    """Whether nothing but a one-word lead with a colon (الداخلية:) stands before ``start`` in its text.

    Examples:
        >>> _opens_field("استشهاد رجل امن", 0), _opens_field("الداخلية: استشهاد 3", 10)
        (True, True)
        >>> _opens_field("ونتج عنه استشهاد 15", 9)
        False
    """
    return start <= 40 and bool(_OPENING_LEAD_RE.match(norm[:start]))


def _other_sense(norm: str, hit) -> bool:
    """Whether the words next to a trigger give it another sense than its row's (عرضة للإصابة، رفع الدعم عن الوقود).

    Examples:
        >>> from types import SimpleNamespace as H
        >>> _other_sense("بعد رفع الدعم عن البنزين", H(key="دعم*", start=8, end=13, proclitic="ال"))
        True
        >>> _other_sense("اعلنت دعم الحكومة الشرعية", H(key="دعم*", start=6, end=9, proclitic=""))
        False
        >>> _other_sense("ارتفعت السوق بدعم قاده قطاع التامين", H(key="دعم*", start=13, end=17, proclitic="ب"))
        True
        >>> _other_sense("لتنفيذ شارع عرض 30 مترا", H(key="عرض*", start=12, end=15, proclitic="")), _other_sense(
        ...     "عرض 5 حلول للازمة", H(key="عرض*", start=0, end=3, proclitic=""))
        (True, True)
        >>> _other_sense("ما يعرض حياة الحجاج للخطر", H(key="يعرض", start=3, end=7, proclitic="")), _other_sense(
        ...     "يعرض الوسيط حلا للازمة", H(key="يعرض", start=0, end=4, proclitic=""))
        (True, False)
        >>> _other_sense("المصدر الذي طلب عدم الكشف عن اسمه", H(key="طلب", start=12, end=15, proclitic="")), _other_sense(
        ...     "طلب عدم التدخل في شؤونه", H(key="طلب", start=0, end=3, proclitic=""))
        (True, False)
        >>> def chaired(text):
        ...     at = text.index("الاجتماع")
        ...     return _other_sense(text, H(key="اجتماع", start=at, end=at + 8, proclitic="ال"))
        >>> chaired("وزير التعليم يتراس الاجتماع الاول للجنة"), chaired("وراس وفد المملكة في الاجتماع الوزير")
        (True, False)
        >>> _other_sense("لتحقيق الاهداف", H(key="التحقيق", start=0, end=6, proclitic="ل")), _other_sense(
        ...     "وبدا التحقيق", H(key="التحقيق", start=5, end=12, proclitic=""))
        (True, False)
        >>> _other_sense("زرعت البلدية الاشجار", H(key="زرعت", start=0, end=4, proclitic="")), _other_sense(
        ...     "زرعت الميليشيات الالغام", H(key="زرعت", start=0, end=4, proclitic=""))
        (True, False)
        >>> _other_sense("الى اسر الشهداء", H(key="اسر", start=4, end=7, proclitic="")), _other_sense(
        ...     "وقتل عشرة واسر 25 اخرين", H(key="اسر", start=10, end=14, proclitic="و"))
        (True, False)
        >>> def rescue(text):
        ...     at = text.index("انقاذ")
        ...     return _other_sense(text, H(key="انقاذ", start=at, end=at + 5, proclitic=""))
        >>> rescue("تمكنوا من انقاذ الطفل من الغرق"), rescue("فرق البحث والانقاذ بالدفاع المدني"), rescue("خطة انقاذ اليونان")
        (False, True, True)
        >>> _other_sense("وجود خيارين لانقاذ الطفلة", H(key="انقاذ", start=12, end=18, proclitic="ل"))
        True
    """
    word = norm[hit.start:hit.end][len(hit.proclitic):]
    if hit.key in word_set("indefinite_only") and _definite(hit.proclitic):  # المحاكمة، الاستشهاد بقول
        return True
    if hit.key in word_set("partnered_meeting_noun") and _definite(hit.proclitic) and not _meeting_partner(norm, hit):
        return True  # وجرى خلال الاجتماع مناقشة، ترأس الاجتماع الرابع للجنة: a meeting told again or a body's own
    if hit.key in word_set("rescue_act") and not _rescue_body_near(norm, hit):
        return True
    if _object_not_named(norm, hit):
        return True  # غريزة زرعها الله، عامل سقط من الدور العاشر: no mine planted, no shell fallen
    if hit.key in word_set("killing_by_nature") and _natural_death(norm, hit):
        return True  # مقتل 14 شخصا جراء الإعصار: a death with no doer
    if hit.key in word_set("sentence_headline") and not _sentence_headline(norm, hit.end):
        return True
    if hit.key in word_set("field_opening") and not _opens_field(norm, hit.start):
        return True
    if hit.key in word_set("definite_only") and not (word.startswith("ال") or _definite(hit.proclitic)):
        return True
    if hit.key in word_set("counted_noun_cue") and not hit.proclitic and _counted_before(norm, hit.start):
        return True  # 2400 طالب، لكل طالب: a student counted, no demand
    if hit.key in word_set("attributing_trigger") and not hit.proclitic and not _attributed_to(norm, hit.end):
        return True  # الفنان عزت العلايلي، نائب المرشد محمود عزت: a name; عزت الشركة الارتفاع إلى ...: attributed
    if hit.key in word_set("counted_after_trigger"):
        counted = norm[hit.end:hit.end + 20].split()[:1]
        if (counted and hit.key in word_set("person_object_trigger") and "ل" not in hit.proclitic
                and _bare_forms(counted[0])[1] in word_set("rescued_person")):
            # إنقاذ طفل من الغرق، عملية إنقاذ الأطفال، إنقاذ قارب نزهة: people or a craft saved, a rescue; not after
            # the ل of purpose (خيارين لإنقاذ الطفلة، عمليات لإنقاذ المهاجرين: a rescue sought, none told)
            return False
        return not counted or not (counted[0][:1].isdigit() or counted[0] in word_set("counted_quantity_word"))
    if word.startswith(_OTHER_SENSE_WORD.get(hit.key, ())):
        return True
    if hit.key in word_set("aim_verb") and _aims_at(norm, hit.end):
        return True
    before = norm[max(0, hit.start - 20):hit.start].split()
    after = norm[hit.end:hit.end + 40].split()
    if hit.key in word_set("measured_trigger") and (_DIGIT_RE.search(word) or (after and after[0][:1].isdigit())):
        return True
    if (hit.key in word_set("request_trigger") and len(after) > 1 and after[0] == "عدم"
            and _bare_forms(after[1])[0] in word_set("anonymity_noun")):
        return True
    if hit.key in word_set("exposed_trigger") and any(_bare_forms(w)[0] in word_set("exposed_to")
                                                      for w in after[:EXPOSED_REACH]):
        return True
    if hit.key in word_set("closed_trigger"):
        return not _closes_premises(norm, hit.end)
    if hit.key in word_set("presented_trigger") and word in word_set("presented_alone_form"):
        return _presented_alone(norm, hit.end)
    if (hit.key in word_set("chaired_trigger") and "مع" not in after[:4]
            and _CHAIRED_RE.search(norm, max(0, hit.start - CHAIRED_REACH), hit.start)):
        return True
    listed = _OTHER_SENSE_BEFORE.get(hit.key)
    if before and listed and not word_set(listed).isdisjoint(_bare_forms(before[-1])):
        return True
    listed = _other_sense_after(hit.key)
    if after and listed and not word_set(listed).isdisjoint(_bare_forms(after[0])):
        return True
    table_before, table_after = _neighbour_senses()
    if before and hit.key in table_before and (table_before[hit.key] & set(_bare_forms(before[-1]))
                                               or _after_words(norm, hit.start, table_before[hit.key])):
        return True
    if after and hit.key in table_after and _bare_forms(after[0])[0].startswith(table_after[hit.key]):
        return True
    prefix = _OTHER_SENSE_PREFIX.get(hit.key)
    if prefix and after and after[0].startswith(prefix) and len(after[0]) > 3 and after[0] not in word_set("lam_word_not_preposition"):
        return True
    if hit.key == "دعم*" and "ب" in hit.proclitic and after:
        mover = after[1] if after[0] in word_set("market_mover_link") and len(after) > 1 else after[0]
        return bool(word_set("market_mover") & set(_bare_forms(mover)))
    return False


#: Words after a definite meeting noun, in its clause, read for the word that names the other side of the meeting.
MEETING_PARTNER_REACH = 14


def _meeting_partner(norm: str, hit) -> bool:
    """Whether a word of the word list ``meeting_partner_word`` (مع، بين، بينهما، جمع ...) names the other side of a
    definite meeting noun within :data:`MEETING_PARTNER_REACH` words after it in its clause.

    The definite meeting (الاجتماع) with no other side named is one already told (وجرى خلال الاجتماع مناقشة، وناقش
    الاجتماع تقارير) or a body's own sitting (ترأس الاجتماع الرابع للجنة المحلية، الاجتماع الشهري للقيادات الأمنية):
    the samples code neither (events guideline, section 5: coreferent nominal mentions and internal acts). Round 75,
    issue 16: on the general development samples 31 of the 36 events read at the bare definite الاجتماع were false.

    Examples:
        >>> from types import SimpleNamespace as H
        >>> def partner(text):
        ...     at = text.index("الاجتماع")
        ...     return _meeting_partner(text, H(start=at, end=at + 8))
        >>> partner("وجري خلال الاجتماع مناقشة اخر المستجدات"), partner("جاء ذلك في الاجتماع الذي تم بينهما في الوزارة")
        (False, True)
        >>> partner("الاجتماع الذي جمع رئيس الغرفة بالوزير"), partner("ناقش الاجتماع، مع ذلك، الخطط")
        (True, False)
        >>> partner("ورأس وفد المملكة في الاجتماع وزير الدولة")
        True
    """
    words = _sentence_words_after(norm, hit.end, MEETING_PARTNER_REACH, clause=True)
    partners = word_set("meeting_partner_word")
    if any(not partners.isdisjoint(_bare_forms(w)) for w in words):
        return True
    # ورأس وفد المملكة في الاجتماع: a delegation sent to it, one side of a meeting between states
    sides = word_set("meeting_side_before")
    return any(not sides.isdisjoint(_bare_forms(w)) for w in _sentence_words_before(norm, hit.start, 3, chars=40))


#: Words after a verb of targeting read for the verbal noun that makes it "aim at" (ويستهدف المؤشر الأولي تقديم).
AIM_REACH = 5


#: Words after a verb of attributing (word list attributing_trigger: عزت) within which its إلى stands, past its subject
#: and object (عزت أمانة المنطقة الشرقية كثرة تحويلات الطرق في المنطقة إلى المشروعات; عزت مؤسسة النقد العربي
#: السعودي «ساما» المرونة التي أظهرها القطاع المالي ... إلى، its إلى 20 words on). Round 74, every rules-split article
#: with عزت (45): 12 changed readings, 11 right (the name in 9 places no longer a statement, three statements now
#: at their own cue: كشف الفنان عزت العلايلي، ولفت عزت إلى، قال كرمانج عزت سليمان), one lost (وقد عزت الجزائر عائلات
#: الضحايا: a condolence, no إلى, read informative before); no development sample changes.
ATTRIBUTION_REACH = 24


def _attributed_to(norm: str, end: int) -> bool:
    """Whether إلى follows a verb of attributing in its sentence, after one word at least and within
    :data:`ATTRIBUTION_REACH` words: عزت (she attributed, the feminine of عزا) and not the name عزت (الفنان عزت
    العلايلي، محمود عزت), which no إلى follows, or only right after it as another verb's (ولفت عزت إلى أن).

    >>> _attributed_to("عزت الشركة الارتفاع الي زيادة المبيعات", 3), _attributed_to("الفنان عزت العلايلي في فيلم جديد", 10)
    (True, False)
    >>> _attributed_to("ولفت عزت الي ان وسائل الاعلام", 8)
    False
    """
    words = _sentence_words_after(norm, end, ATTRIBUTION_REACH, chars=320)
    return any(w in {"الي", "الى"} for w in words[1:])


def _aims_at(norm: str, end: int) -> bool:
    """Whether a verb of targeting (word list ``aim_verb``) ending at ``end`` aims at a goal: no attack.

    A verbal noun or a level of the word list ``aim_object`` makes it so right after the verb (استهدف تعزيز الوحدة،
    برامج تستهدف توفير السكن، قد يستهدف مستويات 8870 نقطة) or after its subject, bare or with its article, within
    ``AIM_REACH`` words of its clause (ويستهدف المؤشر الأولي تقديم تقديرات، وتستهدف اللجنة بحسب صلاحياتها الإشراف،
    تستهدف السوق مستوى 9 آلاف نقطة). Not after a word of ``aim_object_not_after``, whose genitive or object it is
    (استهدفت نقطة تفتيش لوحدات حماية الشعب، مسجدا في مركز تدريب قوات الطوارئ، من خلال توفير).

    Examples:
        >>> def aims(text):
        ...     return _aims_at(text, text.index(" "))
        >>> aims("يستهدف تعزيز الوحدة"), aims("ويستهدف المشروع الجديد في المنطقة تطوير الخدمات")
        (True, True)
        >>> aims("استهدفت سيارة ملغومة نقطة لوحدات حماية الشعب"), aims("استهدفت الغارات مواقع المسلحين، وتدريب")
        (False, False)
    """
    words = _sentence_words_after(norm, end, AIM_REACH, chars=16 * AIM_REACH, clause=True)
    goals, not_after = word_set("aim_object"), word_set("aim_object_not_after")
    for i, word in enumerate(words):
        written, bare = _bare_forms(word)
        if not i and not goals.isdisjoint((written, bare)):
            return True
        if i and bare in goals and written in (bare, "ال" + bare) and _bare_forms(words[i - 1])[1] not in not_after:
            return True
    return False


def _closes_premises(norm: str, end: int) -> bool:
    """Whether a shop, an establishment or a branch (``closed_premises``) is closed by the closure ending at ``end``.

    Read over the next :data:`CLOSED_REACH` words of the sentence; a door, the hours of prayer (word list ``closed_not_premises``)
    before it make it no sanction.

    Examples:
        >>> def read(text):
        ...     return _closes_premises(text, text.index(" "))
        >>> read("اغلقت بلدية المجاردة صباح اليوم الخميس عددا من المحلات التجارية"), read("اغلاق 35 منشاة اخري")
        (True, True)
        >>> read("اغلقت الطريق المؤدي الي المطار. وفي المحلات"), read("اغلقت الباب امام المكاتب")
        (False, False)
        >>> read("اغلاق المحلات وقت الصلاة"), read("اغلاق المحلات اوقات الصلاة")
        (False, False)
    """
    premises, not_premises = word_set("closed_premises"), word_set("closed_not_premises")
    words = _next_words(norm, end, CLOSED_REACH)

    def no_sanction(word: str) -> bool:
        return word in not_premises or _bare_forms(word)[1] in not_premises

    for i, word in enumerate(_to_sentence_end(words)):
        if no_sanction(word):
            return False
        if _bare_forms(word)[1] in premises:
            return not any(no_sanction(w) for w in words[i + 1:i + 4])
    return False


def _next_words(norm: str, end: int, reach: int) -> list[str]:
    """The first ``reach`` words of ``norm`` after ``end``."""
    return norm[end:end + 16 * reach].split()[:reach]


def _to_sentence_end(words: list[str]) -> list[str]:
    """``words`` up to the first that ends a sentence, that one included."""
    for i, word in enumerate(words):
        if _SENTENCE_END_RE.search(word):
            return words[:i + 1]
    return words


def _handed_to_authority(norm: str, end: int) -> bool:
    """Whether the hand-over ending at ``end`` gives someone to the authorities (``handed_to_authority``), in its sentence.

    Examples:
        >>> def read(text):
        ...     return _handed_to_authority(text, text.index(" "))
        >>> read("تسليمه لجهة الاختصاص"), read("تسليم السائق والمضبوطات لجهة الاختصاص. وتمكنت")
        (True, True)
        >>> read("تسليم الموقع لجهة الاختصاص"), read("تسليم الجوائز للفائزين. وتسليمه لجهة الاختصاص")
        (False, False)
    """
    words = _next_words(norm, end, HANDED_REACH)
    if words and set(_bare_forms(words[0])) & word_set("handed_not"):
        return False
    receivers = word_set("handed_to_authority")
    return any(set(_bare_forms(word)) & receivers for word in _to_sentence_end(words))


def _presented_alone(norm: str, end: int) -> bool:
    """Whether no مع and no joint subject (الجانبان) follow a singular استعرض in its sentence (:data:`PRESENTED_REACH`).

    Examples:
        >>> def read(text):
        ...     return _presented_alone(text, text.index("استعرض") + len("استعرض"))
        >>> read("واستعرض المدير العام للتخطيط المهندس زيدان الفرص الاستثمارية"), read("استعرض الوزير مع نظيره العلاقات")
        (True, False)
        >>> read("استعرض الجانبان العلاقات الثنائية"), read("استعرض التقرير الارقام. والتقي الوزير مع السفير")
        (False, True)
    """
    joint = _joint_stems()
    return not any(word == "مع" or any(_bare_forms(word)[1].startswith(stem) for stem in joint)
                   for word in _to_sentence_end(_next_words(norm, end, PRESENTED_REACH)))


@lru_cache(maxsize=1)
def _joint_stems() -> tuple[str, ...]:
    return tuple(word_list("joint_countries", required=False))


# بالتنسيق مع الجهات المعنية، بالتعاون مع الجهات ذات العلاقة: a cooperation or a coordination with a partner named only by
# its kind (word lists ``generic_partner`` and ``generic_partner_kept``; round 32, from the false coordinations of W-AF)
# (its pattern forms: word list ``partner_trigger``)
#: Words after مع read for the kept words that name a generic partner (الجهات الرسمية ممثلة في ...).
PARTNER_NAMED_REACH = 6


def _generic_partner(norm: str, hit, pat: _Patterns) -> bool:
    """Whether a cooperation or a coordination is with a partner named only by its kind (مع الجهات المعنية).

    The مع is the row's own (التعاون مع) or within two words after the noun (التنسيق المشترك مع، التنسيق والمتابعة
    مع); a quantifier may stand before the partner (مع جميع الجهات).

    Examples:
        >>> from types import SimpleNamespace as H
        >>> pat = _patterns(None)
        >>> def read(text, word, key, proclitic=""):
        ...     at = text.index(word)
        ...     return _generic_partner(text, H(key=key, start=at, end=at + len(word), proclitic=proclitic), pat)
        >>> read("وذلك بالتنسيق مع الجهات المعنية.", "بالتنسيق", "التنسيق", "بال"), read(
        ...     "وتعمل الوزارة بالتعاون مع جميع الجهات ذات العلاقة", "بالتعاون مع", "التعاون مع", "بال")
        (True, True)
        >>> read("بالتنسيق مع الجهات الرسمية ممثلة في وزارتي الداخلية والعمل", "بالتنسيق", "التنسيق", "بال"), read(
        ...     "بالتنسيق مع وزارة الداخلية", "بالتنسيق", "التنسيق", "بال")
        (False, False)
        >>> read("بالتعاون مع الجهات الرسمية الفرنسية، وذلك", "بالتعاون مع", "التعاون مع", "بال")
        False
    """
    if hit.key not in word_set("partner_trigger"):
        return False
    after = norm[hit.end:hit.end + 16 * (PARTNER_NAMED_REACH + 4)].split()
    if not hit.key.endswith("مع"):
        if "مع" not in after[:3]:
            return False
        after = after[after.index("مع") + 1:]
    if after and after[0] in word_set("partner_quantifier"):
        after = after[1:]
    generic, kept = word_set("generic_partner"), word_set("generic_partner_kept")
    if not after or _bare_forms(after[0])[0] not in generic:
        return False
    # الجهات الرسمية الفرنسية، الجهات المعنية بنيبال: a country adjective or name makes it a foreign state's bodies
    return not any(_bare_forms(w)[0] in kept or pat.country_of(_bare_forms(w)[0]) or pat.country_of(_bare_forms(w)[1])
                   for w in after[1:1 + PARTNER_NAMED_REACH])


# تنسيق الجهود، مركز تنسيق عمليات البحث، في إطار التشاور والتنسيق المستمر بين البلدين: a coordination with no مع
# after it is a task, an office or a formula, no act between actors (round 43, from the false coordinations pooled over
# the samples: 26 of 113 firings of التنسيق / تنسيق right; with مع within COORDINATED_REACH words, وجود تنسيق مع
# المقاتلين الأكراد، والتنسيق مع السلطات العمانية, most of the right ones)
# (its pattern forms: word list ``coordination_trigger``)
#: Words after a coordination read for its مع (والتنسيق لتلك العمليات مع العناصر).
COORDINATED_REACH = 4


def _coordination_without_partner(norm: str, hit) -> bool:
    """Whether a coordination has no مع (or مع with a pronoun) within :data:`COORDINATED_REACH` words after it.

    Examples:
        >>> from types import SimpleNamespace as H
        >>> def read(text, word, key, proclitic=""):
        ...     at = text.index(word)
        ...     return _coordination_without_partner(text, H(key=key, start=at, end=at + len(word), proclitic=proclitic))
        >>> read("مؤكدا اهمية تنسيق الجهد الاغاثي بين المركز والمنظمات", "تنسيق", "تنسيق"), read(
        ...     "في اطار التشاور والتنسيق المستمر بين البلدين", "والتنسيق", "التنسيق", "وال")
        (True, True)
        >>> read("واكد وجود تنسيق مع المقاتلين الاكراد", "تنسيق", "تنسيق"), read(
        ...     "والتنسيق لتلك العمليات مع العناصر المطلوبة", "والتنسيق", "التنسيق", "وال")
        (False, False)
    """
    if hit.key not in word_set("coordination_trigger"):
        return False
    after = _sentence_words_after(norm, hit.end, COORDINATED_REACH)
    return not any(_bare_forms(word)[0] in word_set("with_form") for word in after)


# تقدمت قوات الجيش، تقدم الحوثيون جنوبا، تقدمت المقاومة نحو المطار: the advance of a force, an act of war; without a
# force or a direction right after it (word list ``advance_next``) the verb is mostly a submission, a service or a
# progress (تقدمت بطلب، تقدم خدماتها، تقدم بالشكر; round 43, development corpus: 1,996 uses of these forms, about 110
# before a word of the list)
# (its pattern forms: word list ``advance_trigger``)


def _advance_without_force(norm: str, hit) -> bool:
    """Whether an advance (تقدمت، يتقدم ...) has no force or direction of ``advance_next`` as its next word.

    Examples:
        >>> from types import SimpleNamespace as H
        >>> def read(text, word):
        ...     at = text.index(word)
        ...     return _advance_without_force(text, H(key=word, start=at, end=at + len(word), proclitic=""))
        >>> read("وتقدمت قوات الجيش نحو المدينة", "تقدمت"), read("تقدم الحوثيون جنوبا", "تقدم")
        (False, False)
        >>> read("تقدمت الشركة بطلب الي الوزارة", "تقدمت"), read("تقدم خدماتها للمراجعين", "تقدم")
        (True, True)
    """
    if hit.key not in word_set("advance_trigger"):
        return False
    after = _sentence_words_after(norm, hit.end, 1)
    return not after or not (set(_bare_forms(after[0])) & word_set("advance_next"))


# A trigger whose object makes it no act between actors (round 26, from the false events of the general samples V-Z,
# each word list counted and read in the rules split): دعم الاقتصاد، سبل دعمها وتعزيزها support a field or an aim (word
# list ``support_abstract_object``), unless a country adjective names whose it is (دعم الاقتصاد المصري); السيطرة على
# الحريق، محاصرة الحريق control a fire or a situation (``control_non_territory``); يستقبل الفرع الراغبات، يستقبل
# المسافرين receive the public (``received_public``); مراكز بحثية، يبحث عن قارب مفقود are research and a search, no talks
# (rules split: بحثي / بحثية 242 uses, never a discussion; بحث / يبحث / تبحث with عن within four words and no مع before
# it, 604 uses, 16 of 16 read a search). The lists hold the rows' normalised forms.
#: The word lists of the pattern forms whose object :func:`_no_act_object` reads (one list for each sense).
_OBJECT_SENSE_LISTS = ("support_trigger", "control_trigger", "receiving_trigger", "discussion_trigger",
                       "approval_trigger")
#: Words after a verb of receiving read for the public it receives (its subject may stand between: يستقبل المقر الرئيسي
#: لغرفة الرياض الراغبين).
RECEIVED_REACH = 6
#: Words after a verb of discussing read for the عن of a search (تبحث الجهات الأمنية عن مسنة مفقودة).
SEARCH_REACH = 4
#: Words after a verb of approving read for the على before what it approves (its subject may stand between: وافق مجلس
#: الوزراء على تفويض).
APPROVED_REACH = 6


@lru_cache(maxsize=1)
def _object_sense_words() -> tuple[frozenset, frozenset, frozenset]:
    return (frozenset(word_list("support_abstract_object", required=False)),
            frozenset(word_list("control_non_territory", required=False)),
            frozenset(word_list("received_public", required=False)))


# تم دعم المستشفيات بـ(15) سيارة إسعاف، وتم دعمها بسبع فرق: a body reinforced with staff or means by no named hand, no act
# between actors (rules split: 13 uses of تم / يتم / سيتم دعم with بـ opening one of the next two words, 13 of 13)
_REINFORCED_RE = re.compile(r"(?<![^\W_])[وف]?(?:تم|يتم|سيتم)\s+$")
_REINFORCED_WITH_RE = re.compile(r"\s*(?:[^\W_]+\s+)?ب")


@lru_cache(maxsize=1)
def _support_setting() -> tuple[re.Pattern | None, frozenset]:
    """The words before دعم that make it a setting (في ظل الدعم، تحظى بدعم) and the words after it that keep it an
    act; a conjunction may lead them (ويحظى بدعم)."""
    before = word_list("support_setting_before", required=False)
    setting = re.compile(rf"(?<![^\W_])[وف]?(?:{'|'.join(map(re.escape, before))})\s+$") if before else None
    return setting, frozenset(word_list("support_setting_kept", required=False))


# شكر الأمير على دعمه، أشاد الوزير بالدعم الكبير، مثمنا هذا الدعم: a support only credited in thanks or praise is what the
# statement of thanks is about, no support given in the sentence (round 31, from the false support events of samples
# V-AE; the word list ``support_credited_before``)
#: Words before a دعم noun read for a word of thanks or praise (الشكر والتقدير لمعالي الوزير ومعالي الوزير على دعمهما).
CREDIT_REACH = 12


#: Words after a credited دعم read for a relative clause that narrates it (بالدعم والمساندة التي تلقتها الحكومة اليمنية).
NARRATED_REACH = 12


def _support_credited(norm: str, hit) -> bool:
    """Whether a دعم noun is credited in thanks or praise before it in its clause (شكره على دعمه، أشاد بدعم).

    It is the object of the word of thanks or praise: after ب (أشاد الوزير بالدعم، منوها بدعم), after على (شكره
    لأمير المنطقة على دعمه), right after it or after a pronoun or هذا (ثمن دعم، مثمنا هذا الدعم), or joined by و to
    such an object (الشكر على رعايتكم الكريمة، ودعمكم).

    Examples:
        >>> from types import SimpleNamespace as H
        >>> def read(text, word, proclitic=""):
        ...     at = text.index(word)
        ...     return _support_credited(text, H(key="دعم*", start=at, end=at + len(word), proclitic=proclitic))
        >>> read("وقدم شكره لامير المنطقة علي دعمه المتواصل", "دعمه"), read("واشاد الوزير بالدعم الكبير", "بالدعم", "بال")
        (True, True)
        >>> read("مثمنا هذا الدعم", "الدعم", "ال"), read("وشكر الوفد المحافظ ثم اعلن دعم الحكومة", "دعم")
        (True, False)
        >>> read("واشاد بالاتفاق وقال ان دعم الحكومة مستمر", "دعم")
        False
    """
    if hit.key != "دعم*":
        return False
    before = norm[max(0, hit.start - 16 * CREDIT_REACH):hit.start].split()[-CREDIT_REACH:]
    credited = word_set("support_credited_before")
    for i in range(len(before) - 1, -1, -1):
        if _CLAUSE_END_RE.search(before[i]):
            return False
        if before[i].removeprefix("و") not in credited and _bare_forms(before[i])[1] not in credited:
            continue
        between = before[i + 1:]
        if "ب" in hit.proclitic or (between and between[-1] == "علي") or all(w in word_set("credit_filler") for w in between):
            return True
        # joined by و to what is credited: على رعايتكم الكريمة، ودعمكم; منوها بالاهتمام والدعم (not مشيدا بمواقف دول
        # التحالف ودعمها, where the praise is of a state's stands and its support is coded as given)
        return "و" in hit.proclitic and ("علي" in between or (len(between) == 1 and between[0].startswith("ب")))
    return False


def _support_narrated(norm: str, hit, pat: _Patterns) -> bool:
    """Whether a relative clause right after a دعم names a state and the giving or receiving of that support.

    ``أشاد الوزير بالدعم والمساندة التي تلقتها الحكومة اليمنية من دول
    مجلس التعاون``: the praise is of support between states that the clause
    narrates, an act as the samples code it (``أشاد بدعم المملكة``), where
    ``أشاد بالدعم الكبير الذي قدمه رجال القبائل`` is not.

    Examples:
        >>> from types import SimpleNamespace as H
        >>> pat = _patterns(None)
        >>> def read(text, word):
        ...     at = text.index(word)
        ...     return _support_narrated(text, H(key="دعم*", start=at, end=at + len(word), proclitic="بال"), pat)
        >>> read("اشاد بالدعم والمساندة التي تلقتها الحكومة اليمنية من دول المجلس", "بالدعم")
        True
        >>> read("اشاد بالدعم الكبير الذي قدمه رجال القبائل", "بالدعم"), read(
        ...     "مثمنا هذا الدعم الذي ليس بغريب علي المملكة", "الدعم")
        (False, False)
    """
    after = norm[hit.end:hit.end + 16 * NARRATED_REACH].split()[:NARRATED_REACH]
    verbs = word_set("support_credited_kept")
    for i, word in enumerate(after):
        if _CLAUSE_BREAK_RE.search(word):
            return False
        if _relative(word.removeprefix("و")):
            clause = list(takewhile(lambda w: not _CLAUSE_BREAK_RE.search(w), after[i + 1:]))
            return bool(clause) and clause[0] in verbs and any(
                pat.country_of(_bare_forms(w)[0]) or pat.country_of(_bare_forms(w)[1]) for w in clause[1:])
    return False


#: Words before the في of a setting read for a verb or noun of involvement or continuation (واتهمها بالتورط رسميا في دعم).
INVOLVED_REACH = 4


@lru_cache(maxsize=1)
def _support_involved() -> re.Pattern | None:
    """في دعم after a word of ``support_in_kept_before`` (متورط في دعم، استمرار دولة الإمارات في دعمها), two words
    between at most: the support is given, no field of a contribution."""
    stems = word_list("support_in_kept_before", required=False)
    if not stems:
        return None
    return re.compile(rf"(?<![^\W_])[وفبل]?(?:ال)?(?:{'|'.join(map(re.escape, stems))})[^\W_]*\s+(?:[^\W_]+\s+){{0,2}}"
                      r"[وف]?في\s+$")


def _support_without_act(norm: str, hit, pat: _Patterns) -> bool:
    """Whether a دعم trigger is a setting or a body's reinforcement rather than support given to an actor.

    ``في ظل الدعم اللامحدود``، ``وسط دعم حكومي كبير`` name the support as the
    setting of something else (a formula of praise); ``تم دعم المستشفيات
    بسيارات إسعاف`` reinforces a body with means. A country adjective or a
    military kind of support within two words after keeps the act (في ظل
    الدعم الإيراني، في ظل دعم جوي أمريكي).

    Examples:
        >>> from types import SimpleNamespace as H
        >>> pat = _patterns(None)
        >>> def read(text, word):
        ...     at = text.index(word)
        ...     return _support_without_act(text, H(key="دعم*", start=at, end=at + len(word), proclitic=""), pat)
        >>> read("والتطوير المستمر في ظل الدعم اللامحدود", "الدعم"), read("وسط دعم حكومي كبير", "دعم")
        (True, True)
        >>> read("في ظل الدعم الايراني المتواصل للجماعات", "الدعم"), read("في ظل دعم جوي اميركي", "دعم")
        (False, False)
        >>> read("كما تم دعم المستشفيات ب(15) سيارة اسعاف", "دعم"), read("بدلا من ان يتم دعمهم", "دعمهم")
        (True, False)
        >>> read("سوف يسهم وبشكل مباشر في دعم امكاناتها", "دعم"), read("واتهمها بالتورط رسميا في دعم الارهابيين", "دعم")
        (True, False)
        >>> read("واسهموا بشكل مباشر في دعم الجيش والمقاومة الشعبية", "دعم")
        False
    """
    window = norm[max(0, hit.start - 20):hit.start]
    if _REINFORCED_RE.search(window):
        return _REINFORCED_WITH_RE.match(norm, hit.end) is not None
    setting, kept = _support_setting()
    set_off = setting is not None and setting.search(window) is not None
    if set_off and (involved := _support_involved()) is not None and involved.search(
            norm, max(0, hit.start - 16 * INVOLVED_REACH), hit.start):
        set_off = False  # متورط في دعم نظام الأسد، مستمرة في دعم المقاومة: support given, or kept on giving
    if set_off and (first := norm[hit.end:hit.end + 30].split()[:1]) and (
            without_article(_bare_forms(first[0])[0].removeprefix("و")) in word_set("support_force_object")):
        set_off = False  # أسهموا في دعم الجيش والمقاومة الشعبية: support of an armed force is given to it
    if not set_off and not (_support_credited(norm, hit) and not _support_narrated(norm, hit, pat)):
        return False
    for word in norm[hit.end:hit.end + 60].split()[:2]:
        bare = _WORD_RE.findall(word)
        if bare and (pat.country_of(bare[0]) or without_article(bare[0]) in kept):
            return False
    return True


def _no_act_object(norm: str, hit, pat: _Patterns) -> bool:
    """Whether a trigger's object makes it no act between actors (دعم الاقتصاد، السيطرة على الحريق، يستقبل المسافرين).

    Examples:
        >>> from types import SimpleNamespace as H
        >>> pat = _patterns(None)
        >>> def read(text, word, key, proclitic=""):
        ...     at = text.index(word)
        ...     return _no_act_object(text, H(key=key, start=at, end=at + len(word), proclitic=proclitic), pat)
        >>> read("تعمل الهيئة علي دعم الاقتصاد الوطني", "دعم", "دعم*"), read("رغبة بلاده في دعم الاقتصاد المصري.", "دعم", "دعم*")
        (True, False)
        >>> read("تمكنت الفرق من السيطرة علي حريق", "السيطرة علي", "السيطرة علي", "ال")
        True
        >>> read("ويستقبل المقر الرئيسي للغرفة الراغبين", "ويستقبل", "يستقبل", "و"), read(
        ...     "استقبل الوزير السفير الامريكي", "استقبل", "استقبل*"), read(
        ...     "واستقبل عدد من المرضي الطائرة", "واستقبل", "استقبل*", "و")
        (True, False, False)
        >>> read("بعد دراسة بحثية", "بحثية", "بحث*"), read("تبحث الجهات الامنية عن مسنة", "تبحث", "تبحث"), read(
        ...     "بحث الوزير مع نظيره العلاقات", "بحث", "بحث*")
        (True, True, False)
    """
    if not any(hit.key in word_set(name) for name in _OBJECT_SENSE_LISTS):
        return False
    abstract, uncontrolled, public = _object_sense_words()
    after = norm[hit.end:hit.end + 160].split()
    bare = [_bare_forms(w.removeprefix("و") if len(w) > 3 else w)[1] for w in after]
    if hit.key in word_set("support_trigger"):
        if _support_without_act(norm, hit, pat):
            return True
        adjective = _WORD_RE.findall(after[1]) if len(after) > 1 else []  # الاقتصاد المصري. : without the stop
        return bool(bare) and bare[0] in abstract and not (adjective and pat.country_of(adjective[0]))
    if hit.key in word_set("control_trigger"):
        if bare[:1] == ["علي"]:
            bare = bare[1:]
        return bool(bare) and bare[0] in uncontrolled
    if hit.key in word_set("receiving_trigger"):
        for i, (word, plain) in enumerate(zip(after[:RECEIVED_REACH], bare)):
            # واستقبل عدد من مرضى السرطان الطائرة: the public after من is the subject that receives, not the received
            own = word.removeprefix("و") if len(word) > 3 else word  # بلاغا: not ب + لاغا
            if (plain in public or own in public) and (i == 0 or after[i - 1] != "من"):
                return True
            if _CLAUSE_BREAK_RE.search(word):
                return False
        return False
    if hit.key in word_set("approval_trigger"):
        return _approves_internal_act(after)
    if norm[hit.start:hit.end][len(hit.proclitic):].startswith("بحثي"):
        return True  # بحثية، البحثي: the adjective "research"
    for word in after[:SEARCH_REACH]:
        if word == "مع" or _CLAUSE_BREAK_RE.search(word):
            return False
        if word == "عن":
            return True
    return False


def _approves_internal_act(after: list[str]) -> bool:
    """Whether a verb of approving, whose next words are ``after``, approves an act of a body on its own people.

    وافق مجلس الوزراء على تفويض وزير الخارجية بالتباحث، وافق مجلس الوزراء على تعيينات بالمرتبة الخامسة عشرة، وافقت
    الجمعية على تعيين مدققين: a cabinet authorising its own minister or appointing its own officials is an internal
    act, which the samples leave uncoded (the talks it authorises are coded from بالتباحث). The word after the first
    على within :data:`APPROVED_REACH` words of the clause is read bare in the word list ``approval_internal_object``
    (round 61: 12 false events of the general samples V-BI, none right; rules split, 44 such uses in 25 articles,
    19 read, all an appointment or an authorisation).

    Examples:
        >>> _approves_internal_act("مجلس الادارة علي تعيين مدير جديد".split())
        True
        >>> _approves_internal_act("مجلس الوزراء علي اتفاقية بين المملكة والمانيا".split())
        False
        >>> _approves_internal_act("الوزير، علي ان تعيين المدير".split())
        False
    """
    words = word_set("approval_internal_object")
    for i, word in enumerate(after[:APPROVED_REACH]):
        if _CLAUSE_BREAK_RE.search(word):
            return False
        if word == "علي":
            return i + 1 < len(after) and _bare_forms(after[i + 1])[1] in words
    return False


# قضت محكمة ... بالسجن، قضت المحكمة بتغريم الشركة: the sentence a ruling passes is that ruling's act, not a second one
# (its pattern forms: word list ``ruling_sentence_trigger``)
_RULING_RE = re.compile(r"[وف]?قضت\s")
#: Characters from a court's ruling to the sentence it passes (the court and the convicted between: قضت محكمة مصرية على
#: أحمد نظيف، رئيس الوزراء الأسبق في عهد الرئيس المعزول حسني مبارك، بالسجن).
RULING_REACH = 150


def _sentence_of_ruling(rows: list, sid: int, ca: int) -> bool:
    """Whether the event row just before, in the same sentence and within :data:`RULING_REACH`, is a court's ruling.

    Examples:
        >>> ruling = ("d", 3, None, "event") + (None,) * 6 + ("17", -7, False, "act", "وقضت محكمة", "", 10, 20)
        >>> _sentence_of_ruling([ruling], 3, 60), _sentence_of_ruling([ruling], 4, 60), _sentence_of_ruling([], 3, 60)
        (True, False, False)
    """
    if not rows:
        return False
    last = rows[-1]
    return (last[1] == sid and last[3] == "event" and bool(_RULING_RE.match(normalize(last[14])))
            and ca - last[17] <= RULING_REACH)


#: What may be written on a demonstrative (وهذه، بهذا، لهذه، فتلك); not ك, as كذلك is "also", no demonstrative.
_DEMONSTRATIVE_CLITICS_RE = re.compile(r"^[وف]?[بل]?(?=(?:هذ|ذلك|تلك|هؤلاء|اولئك))")
# (the words before ذلك that make it a pronoun, pointing at no noun: word list ``demonstrative_pronoun_before``)
#: Words before a demonstrative read for a verb of ``pointed_act_verb`` that governs its noun, within its clause (the
#: verb among them, so up to four words between): its subject may stand between (وتبنت حركة طالبان هذا الهجوم، تبنت
#: وحدات شرق كردستان غالبية هذه الاشتباكات).
POINTED_VERB_REACH = 5


def _pointed_back(norm: str, hit) -> bool:
    """Whether a definite act noun stands right after a demonstrative (هذه الزيارة، بهذا الهجوم، تلك الغارات).

    A demonstrative points back at an act already told, or at a kind of act talked about (وأكد أن هذه الهجمات لن
    تثني ...، شكره على هذه الزيارة): the samples code the act where it is told, never where it is pointed at again
    (round 68, issue 16: on V-BP and A-U 63 such rows were false and 5 found). The demonstratives are the word list
    ``demonstrative_word`` (with و، ف، ب or ل written on them; كذلك is "also"); ذلك after من or مع is a pronoun (ومن ذلك الدعم
    العسكري: "among that"), which points at no noun. Kept where a verb of the word list ``pointed_act_verb`` governs
    it, within :data:`POINTED_VERB_REACH` words before the demonstrative in its clause (صدت المقاومة ... صد ذلك الهجوم،
    مسلح شن هذه الهجمات، وتبنت حركة طالبان هذا الهجوم: the act told there, whose verb no pattern codes; round 69) or a
    relative clause narrates it after it (هذا التفجير الذي تبناه التنظيم), as :func:`q7x2lib.events._named_again`.

    Examples:
        >>> from types import SimpleNamespace as H
        >>> def pointed(text, word):
        ...     at = text.index(word)
        ...     return _pointed_back(text, H(start=at, end=at + len(word), proclitic="ال"))
        >>> pointed("واكد ان هذه الهجمات لن تثنينا", "الهجمات"), pointed("شكره علي هذه الزيارة", "الزيارة")
        (True, True)
        >>> pointed("وادان الهجمات الاخيرة", "الهجمات"), pointed("ومن ذلك الدعم العسكري", "الدعم")
        (False, False)
        >>> pointed("بدا بمحاضرة وكذلك الاجتماع الفني", "الاجتماع"), pointed("وقال ان لهذه الزيارة اثرا", "الزيارة")
        (False, True)
        >>> pointed("واستطاعت المقاومة صد ذلك الهجوم", "الهجوم"), pointed("ويعد هذا التفجير الذي تبناه التنظيم", "التفجير")
        (False, False)
        >>> pointed("وتبنت حركة طالبان هذا الهجوم", "الهجوم"), pointed("شنت غارات علي المدينة، وقال ان هذه الغارات", "الغارات")
        (False, True)
    """
    if not norm.startswith("ال", hit.start):  # the article opens the trigger: no preposition, no و written on it
        return False
    before = norm[max(0, hit.start - 24):hit.start].split()
    if not before or not norm[hit.start - 1:hit.start].isspace():
        return False
    word = _DEMONSTRATIVE_CLITICS_RE.sub("", before[-1])
    if word not in word_set("demonstrative_word"):
        return False
    if len(before) > 1 and before[-2] in word_set("demonstrative_pronoun_before") and word == "ذلك":
        return False  # ومن ذلك الدعم: a pronoun
    lead = _sentence_words_before(norm, hit.start, POINTED_VERB_REACH + 1)[:-1]  # the words before the demonstrative
    lead = lead[next((i + 1 for i in range(len(lead) - 1, -1, -1) if _CLAUSE_BREAK_RE.search(lead[i])), 0):]
    acts = word_set("pointed_act_verb")
    if any(without_conjunction(w, acts) in acts for w in lead):
        return False  # صد ذلك الهجوم، شن هذه الهجمات، وتبنت حركة طالبان هذا الهجوم: the verb's act, told there
    return not _relative(next(iter(_sentence_words_after(norm, hit.end, 1)), ""))  # هذا التفجير الذي تبناه


def _meeting_after_that(norm: str, hit, rows: list, root: str) -> bool:
    """Whether a definite meeting or visit noun right after أن، إن or بأن names a meeting already found in the field.

    «وأشار إلى أن اللقاء يهدف»، «أن الاجتماع بحث»، «أن الزيارة اشتملت»: what is said about a meeting already told, no
    new one (round 71, issue 16: on the development samples 14 such rows false and 4 found). The noun is one of the
    word list ``meeting_after_that_noun`` (a pattern's key) with the bare article, the word before it one of
    ``meeting_after_that_particle``, and an event of the same root stands in ``rows`` before it; without one the noun
    is kept (أكد أن الزيارة ... as the first meeting told).

    Examples:
        >>> from types import SimpleNamespace as H
        >>> text = "التقى الوزير نظيره. واشار الي ان اللقاء يهدف الي التعاون"
        >>> at = text.index("اللقاء")
        >>> hit = H(key="لقاء*", proclitic="ال", start=at, end=at + len("اللقاء"))
        >>> earlier = [(0, 0, None, "event", None, None, None, None, None, None, "04")]
        >>> _meeting_after_that(text, hit, earlier, "04"), _meeting_after_that(text, hit, [], "04")
        (True, False)
        >>> text = "وقال ان في اللقاء"
        >>> at = text.index("اللقاء")
        >>> _meeting_after_that(text, H(key="لقاء*", proclitic="ال", start=at, end=at + 6), earlier, "04")
        False
    """
    if hit.proclitic != "ال" or hit.key not in word_set("meeting_after_that_noun"):
        return False
    if not norm[hit.start - 1:hit.start].isspace():
        return False
    before = _sentence_words_before(norm, hit.start, 1, chars=24)
    if not before or before[0] not in word_set("meeting_after_that_particle"):
        return False
    return any(row[3] == "event" and row[10] == root for row in rows)


def _meeting_before_its_act(norm: str, hit, hits: list, hit_starts: list, pat, root: str) -> bool:
    """Whether a definite meeting or visit noun is the setting of an act of its own root named right after it.

    «وتم خلال اللقاء بحث تطوير التعاون»، «وجرى خلال الاجتماع بحث الأوضاع»، «وتناول اللقاء بحث سبل التعاون»: the
    talks held in the meeting are the act, coded on their own noun, and the meeting named before them is where they
    were held (round 73, issue 16: on the development samples 8 such meeting rows false and 1 found, whose gold row
    the talks' row matches as well). The noun is one of the word list ``meeting_after_that_noun`` (a pattern's key)
    with the article; the next trigger follows it with nothing but a space between and has the same root. A
    meeting followed by a verbal noun no pattern codes (وجرى خلال الاجتماع مناقشة) is kept.

    Examples:
        >>> pat = _patterns(None)
        >>> def setting(text):
        ...     verbs, nouns, _ = pat.scan.finditer_each(text)
        ...     hits = sorted([*verbs, *nouns], key=lambda h: (h.start, -h.end))
        ...     hit = next(h for h in hits if h.key == "اجتماع")
        ...     return _meeting_before_its_act(text, hit, hits, [h.start for h in hits], pat, "04")
        >>> setting("وجري خلال الاجتماع بحث الاوضاع في اليمن"), setting("وجري خلال الاجتماع مناقشة الاوضاع")
        (True, False)
        >>> setting("عقد اجتماع بحث فيه الوزيران الاوضاع")
        False
    """
    if hit.key not in word_set("meeting_after_that_noun") or not _definite(hit.proclitic):
        return False
    i = bisect_left(hit_starts, hit.end)
    if i >= len(hits) or norm[hit.end:hits[i].start].strip():
        return False
    return pat.info[hits[i].key][1] == root


def _definite(proclitic: str) -> bool:
    """Whether a noun's proclitics hold the article (المحاكمة، بالمحاكمة، للمحاكمة; not بمحاكمة، ومحاكمة).

    Examples:
        >>> [_definite(p) for p in ("ال", "بال", "لل", "وال", "ب", "و", "")]
        [True, True, True, True, False, False, False]
    """
    return proclitic.endswith(("ال", "لل"))


#: A pronoun written onto a verb's end (تشنها، نفذوه): taken off to find the verb of a word list.
_PRONOUN_TAIL_RE = re.compile(r"(?:هما|هم|ها|ه)$")


#: Words after a military operation's noun (العمليات العسكرية، الحملة العسكرية) in which ضد may name its target.
OPERATION_TARGET_REACH = 6
#: Words after the operation's noun in which a relative pronoun may open the clause of its doer (العمليات العسكرية
#: الجوية التي تشنها ...).
OPERATION_RELATIVE_REACH = 3
#: Words before the operation's noun in which the verb of carrying them out may stand (its subject between: بدأت
#: القوات الحكومية عمليات عسكرية), no comma between.
OPERATION_DOER_REACH = 4


def _operation_carried_out(norm: str, hit) -> bool:
    """Whether a military operation's noun (word list ``operation_noun``) names operations someone carries out.

    About half the firings of these rows on the corpus name the operations as a topic, a time or an aim (التدريب على
    العمليات العسكرية، وقف العمليات العسكرية، في جميع العمليات العسكرية الإسرائيلية، مواقع العمليات العسكرية). They
    are an act when a target follows behind ضد (word list ``operation_target_marker``) within
    ``OPERATION_TARGET_REACH`` words of the sentence, when a verb of carrying them out stands before it in its clause,
    at most ``OPERATION_DOER_REACH`` words back (بدأ، شنت، نفذت، القيام بـ، مواصلة: word list ``operation_doer_verb``), or when a relative clause right after opens
    with such a verb (العمليات العسكرية التي تشنها طالبان، الحملة العسكرية التي أطلقتها تركيا). Round 47: 46
    firings of the rules split read, these three marks hold for 18 of the 20 read right and 3 of the 26 read wrong.

    Examples:
        >>> from types import SimpleNamespace as H
        >>> def carried(text, key="العمليات العسكرية", proclitic=""):
        ...     at = text.index(key) - len(proclitic)
        ...     return _operation_carried_out(text, H(key=key, start=at, end=at + len(proclitic) + len(key)))
        >>> carried("واكدت ان العمليات العسكرية ضد المسلحين مستمرة"), carried("دعا الي وقف العمليات العسكرية في المدينة")
        (True, False)
        >>> carried("وبدات العمليات العسكرية صباح امس"), carried("العمليات العسكرية التي تشنها القوات في الشمال")
        (True, True)
        >>> carried("تدريب العناصر علي العمليات العسكرية الحديثة"), carried("دعا للقيام بحملة عسكرية", "حملة عسكرية", "ب")
        (False, True)
    """
    after = _sentence_words_after(norm, hit.end, OPERATION_TARGET_REACH)
    if any(_bare_forms(w)[0] in word_set("operation_target_marker") for w in after):
        return True
    verbs = word_set("operation_doer_verb")
    for word in reversed(_sentence_words_before(norm, hit.start, OPERATION_DOER_REACH)):
        if any(w in verbs or without_conjunction(w, verbs) in verbs for w in _bare_forms(word)):
            return True  # وبدأت القوات عمليات، للقيام بحملة عسكرية: as written, without its conjunction or proclitics
        if word[-1:] in "،,:\"«»":
            break
    for i, w in enumerate(after[:OPERATION_RELATIVE_REACH]):
        if w in word_set("relative_pronoun") and i + 1 < len(after):
            verb = _bare_forms(after[i + 1])[0]
            return verb in verbs or _PRONOUN_TAIL_RE.sub("", verb) in verbs
    return False
