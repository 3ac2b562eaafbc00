"""Speakers: the subject noun phrase of each cue, following Arabic news syntax.

Verb–subject order with titles, names, appositions and descriptors in
between (وقال وزير الخارجية السعودي عادل الجبير إن ...); the subject before
the verb (الكرملين يقول)، or before a relative (أنقرة التي تتهم)؛ a headline
"X: ..."; never the addressee (لـ«الشرق الأوسط»، للصحفيين) or the object.
Back-references are resolved by :mod:`q7x2lib.statement_back_references`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from itertools import takewhile

from .arabic import DUAL_VERB_RE, abbreviation_dot
from .arabic import normalize as normalize_text
from .arabic import PRONOUN_SUFFIXES, pronoun_stems, without_article, without_conjunction
from .documents import document_noun, document_words, issuing_word, names_issuer
from .lexicons import table_in_force, word_set
from .mentions import _former_word, _office_proclitics, leading_country
from .statement_back_references import _BackReferences, _surface_words, _unnamed_opening
from .statement_cues import MIN_QUOTE_WORDS, _MARKS_RE, written_form
from .statement_words import _ACCUSATIVE_PLURAL_RE, _COMPLEMENTISER_RE, _NOT_SPEECH, _PUNCT, _Speaker, arab_league_after
from .tables import LastTableCache

_SVO_GAP = re.compile(r"\s*(?:[,،]\s*(?:(?:كان|كانت|قد)\s+)+|(?:(?:كان|كانت|قد)\s+)*)[\"«“]?")
_RELATIVE_GAP = re.compile(r"\s+(?:التي|الذي)\s+")
# word lists: office_place_preposition, what may follow an office before the name of its holder (في المنطقة، على
# الطلاب; and ب on a mention); naming_preposition, a preposition before a name that makes it an object, not a naming
# (وأثنى الوزير على الحمداوي)
_NAMING_GIVEN_WORDS = 8  # the given names and titles between an office and a surname (الدكتور محمد بن عبدالله)
# word lists: spokesman_word (المتحدث باسمه), and skippable_first (اليوم، أمس، بدوره ...) which, with
# resumptive_pronoun (عليه، فيها), may stand between the verb and its subject (_skippable_first)


def _skippable_first(word: str) -> bool:
    """Whether ``word`` may stand between a verb and its subject: a word of the list skippable_first (اليوم، أمس،
    بدوره، بوضوح) or a resumptive pronoun (عليه، فيها)."""
    return word in word_set("skippable_first") or word in word_set("resumptive_pronoun")


# word list demonstrative_object: a demonstrative object between a verb and its subject (أوضح ذلك الناطق الإعلامي)
#: Whether a cue that is also a counted noun (word list counted_noun_cue: طالب) is the noun after a word of
#: counting_word too (10 ملايين طالب، لكل طالب، أي طالب), not only after digits (round 74).
COUNTING_WORDS = True
_MAX_SUBJECT_WORDS = 9
_MAX_ISSUER_WORDS = 14  # ألقى صاحب السمو الملكي الأمير فلان بن فلان بن فلان أمير المنطقة كلمة: who gives a speech, named in full
_MAX_APPOSITION_WORDS = 10  # رضا تابيش، عضو المجلس الإسلامي (البرلمان):
_APPOSITION_BODY_WITHIN = 4  # the body an office belongs to opens within its first five words (not في كلية لندن)
_MAX_KANA_SUBJECT_WORDS = 10  # وكانت منظمات وجماعات "الهيكل" جددت: كان, its subject, then the verb
# رفع صاحب السمو الأمير ... أمير منطقة نجران التعازي: a particle_cue verb's object may follow a subject with a long title
_MAX_OBJECT_DISTANCE = 18
_PAIR_WORDS = 4  # بين X وY، : the words after بين read for a pair joined by و and closed by a mark
_CLOSING_MARKS = frozenset('"”»)')  # a name or a quotation closed before a word
_IGO_UNIT_REACH = 40  # characters after a unit's mention within which the IGO it is placed in opens
# word list said_particle: a particle_cue verb's particle that opens what is said (عبر عن، أكد أن), not an object
#: the first half of a correlative (بين، بينه، بينهما ...): the cue form with one of these endings
_CORRELATIVE_ENDINGS = frozenset(["", "ه", "ها", "هم", "هما", "هن", "ي", "نا", "كم"])
# word list cue_object_particle: a cue written with one (عبر عن، تحدث عن): its object follows it
_MAX_PARTICLE_DISTANCE = 14  # words between a particle_cue verb and its عن/أن
# word list apposition_opener: after a name, who the speaker is follows (وهو مفاوض سابق)
_COMPANY_NAMING_WORDS = 12  # فلان، المحلل في مجال التكنولوجيا الأحيائية في «كريدي سويس»: the company may come late
_INDEFINITE_NISBA_PLURAL_RE = re.compile(r"(?!ال)\w{3,}يين")  # إسرائيليين، أمريكيين: accusative/genitive
_NISBA_RE = re.compile(r"ال\w+(?:يين|يون|يات)")  # a plural adjective of origin (اليمنيين): agrees with the noun before
#: A present-tense verb of the plural or the dual (يتحدثون، تطالبان): after a complete name, what is said begins.
_IMPERFECT_PLURAL_RE = re.compile(r"[يت]\w{3,}(?:ون|ان)")
#: Between the first of two joined subjects and the second: the conjunction alone, attached or apart.
_DUAL_JOIN = re.compile(r"\s*و?")
#: A past verb of the feminine (تناولت، شهدت، بلغت), normalised, not a plural in -ات/-يات or a noun in -وت/-يت:
#: after a surname, what is said opens with it (وقال الجبير تناولت المباحثات ...).
_FEMININE_PERFECT_RE = re.compile(r"[^\W\d_]{3,6}(?<![اوي])ت")
# agents a speaker coded by its agent alone takes the story's state with (not REB: an armed group across
# borders, as the samples leave داعش without a state; not MIL: قوات التحالف of several states; not CVL, placed
# apart; not an IGO)
_PLACED_AGENTS = frozenset("GOV BUS LEG COP JUD EDU PTY MED NGO".split())
_SIDE_AGENTS = frozenset({"OPP", "REB"})  # a side in a conflict the phrase gives a body (موقع «...» المعارض): kept over its kind
#: A reporting verb of the plural (قالوا، أكدوا، طالبوا، يؤكدون، يقولون): its subject put first is a plural of persons.
_PLURAL_VERB_RE = re.compile(r"\w{2,}وا|[يت]\w{2,}ون")
#: A sound plural of a participle in م- (معارضو، مسؤولي، مستخدمين، محللون): persons, a subject put first before a
#: plural verb (لكن مسؤولي المتنزه قالوا، أن معارضي مشروع القانون أكدوا)
_PARTICIPLE_PLURAL_RE = re.compile(r"م\w{3,}(?:ي|و|ين|ون)")
# word lists amma_word (أما ... فـ: the topic before the verb its ف opens), contrast_opener (لكن X قال: a subject put
# first, however long) and inside_a_naming_word (دائرة الأوقاف في القدس، عضو من الحزب: inside the subject)
_OPENING_QUOTES = frozenset('"«“')
# the verbal noun of a derived verb (normalised): استفعال (استمرار), انفعال (انعقاد), افتعال (اعتقال، ارتفاع),
# تفاعل (تطابق، تبادل), تفعيل (تعزيز، توجيه)
# a word ends here: a space, a punctuation mark or a closing quotation mark or bracket follows, or nothing
_WORD_END = r"(?![^\s،,.:؛!؟?\"”»)])"
_WORD_END_MARKS = frozenset("،,.:؛!؟?\"”»)")


def _occupation_agent(words: list[str], agents: dict[str, str]) -> str | None:
    """The agent an occupation of one sense gives a person in apposition (رجل أعمال: BUS, صحافية: MED; ``agents``,
    :attr:`_Cues.occupation_agents`), from the first two normalised ``words`` or the first alone, with or without
    its article; None for any other words.

    >>> _occupation_agent(["الصحافية", "سارة"], {"صحافية": "MED"}), _occupation_agent(["مهندس"], {"صحافية": "MED"})
    ('MED', None)
    """
    for k in (2, 1):
        if len(words) >= k:
            phrase = " ".join(without_article(without_conjunction(w)) if x == 0 else w for x, w in enumerate(words[:k]))
            if phrase in agents:
                return agents[phrase]
    return None


def _word_ends_at(text: str, e: int) -> bool:
    """Whether a word of ``text`` ends at ``e``, as ``_WORD_END`` tests it: the end of the text, a space or a mark.

    >>> _word_ends_at("الحربش، قال", 6), _word_ends_at("الحربشي", 6)
    (True, False)
    """
    return e == len(text) or text[e].isspace() or text[e] in _WORD_END_MARKS


def _word_starts_at(text: str, s: int) -> bool:
    """Whether a word of ``text`` starts at ``s``: the start of the text, or a space or a mark before it, or a
    conjunction (و، ف) that opens the word (وأمير منطقة); not a letter inside a word (للجنة).

    >>> _word_starts_at("التقرير للجنة الوزارية", 9), _word_starts_at("ونفت اللجنة", 5), _word_starts_at("وأمير منطقة", 1)
    (False, True, True)
    """
    def boundary(i: int) -> bool:  # the text's start, a space or a mark before a word
        return i < 0 or text[i].isspace() or text[i] in _WORD_END_MARKS or text[i] in "«“("

    return boundary(s - 1) or text[s - 1] in "وف" and boundary(s - 2)


def _words_before(text: str, name: str) -> Iterator[tuple[int, int, int]]:
    r"""Where ``name`` stands in ``text`` after a space and a word: ``(start, space, end)`` of each match of
    ``re.finditer(r"(?<![^\s])(\S+) " + re.escape(name) + _WORD_END, text)`` (the word before is
    ``text[start:space]``, the match ``text[start:end]``), found with ``str.find``: compiling a pattern per
    name cost more than the search.

    >>> list(_words_before("قال سعد الحربش، والحربش الحربش", "الحربش"))
    [(4, 7, 14), (16, 23, 30)]
    """
    needle = " " + name
    last = 0
    q = text.find(needle)
    while q >= 0:
        e = q + len(needle)
        if q > 0 and not text[q - 1].isspace() and _word_ends_at(text, e):
            p = q - 1
            while p > 0 and not text[p - 1].isspace():
                p -= 1
            if p >= last:  # as finditer: no match that overlaps the one before
                yield p, q, e
                last = e
        q = text.find(needle, q + 1)


def _written_definite(text: str, word: str) -> bool:
    r"""Whether ``text`` writes ``word`` with the article (ال، لل; a conjunction or ب or ل before it), a whole word:
    ``re.search(r"(?<![^\s])[وفبل]?(ال|لل)" + re.escape(word) + _WORD_END, text)``, found with ``str.find``
    (a pattern compiled per word cost more than the search).

    >>> _written_definite("يعتبر المشروع، وللمشروع", "مشروع"), _written_definite("مشروعنا الى مشروع", "مشروع")
    (True, False)
    """
    for article in ("ال", "لل"):
        needle = article + word
        x = text.find(needle)
        while x >= 0:
            e = x + len(needle)
            if _word_ends_at(text, e) and (
                    x == 0 or text[x - 1].isspace()
                    or text[x - 1] in "وفبل" and (x == 1 or text[x - 2].isspace())):
                return True
            x = text.find(needle, x + 1)
    return False


_DERIVED_VERBAL_NOUN_RE = re.compile(r"است\w\wا\w|ان\w\wا\w|ا\wت\wا\w|ت\wا\w\w|ت\w\wي\w")
#: The verbal noun of a form IV verb, إفعال (إجراء، إصدار، إطلاق), normalised; not a definite word (ال...)
_FORM_IV_VERBAL_NOUN_RE = re.compile(r"ا[^\Wل]\wا\w")
#: The verbal noun of a form III verb, مفاعلة (مواصلة، مباشرة، متابعة), normalised
_FORM_III_VERBAL_NOUN_RE = re.compile(r"م\wا\w\wة")
#: A pronoun on what a verbal noun governs (مواصلة جولاتها، متابعة أعمالهم); not ه, which ends names (عبدالله)
_POSSESSIVE_ENDINGS = tuple(s for s in PRONOUN_SUFFIXES if s != "ه")
_BODY_AFTER_WORDS = 6  # المشرف العام على العلاقات العامة والإعلام بوزارة الحج: the body within six words
# والهجومان في الكاميرون ... بحسب حاكم المنطقة فلان: a local office's state named in its sentence, so many words back at most
_OFFICE_STATE_WORDS = 40
# word lists body_preposition (مندوب خليجي في أوبك، مصدر من الوزارة) and construct_preposition (مصدر في حكومة
# جوبا: the body past a construct noun)
# word lists: a subject that names a part (عدد، بعض) goes on with the whole after من (speaker_quantifier); a count
# before an indefinite plural opens a subject (وحذرت عدة جهات، أبلغ ثلاثة طيارين: speaker_count) but not a count of
# times or days (وأكد عدة مرات، قال ثلاثة ايام: an adverb, counted_time)
# a clause opens after a word of speaker_clause_opener (لكن الخبير رضا يعتبر أن ...)
_SENTENCE_MARKS = frozenset(".:!?؟")  # a sentence ends before the word after them
# before a particle cue, a clause still opens after them and after particle_clause_opener (حيث عبر الكثير عن ...); so
# it does after the last word of a turn-taking phrase (word list clause_opening_turn_taker: من جهته رفع الوزير الشكر،
# بدوره عبر النائب عن ...), see _opens_a_clause. A word of subject_circumstance may follow a subject before what is
# said (مصور من وكالة ...); after a new speaker's unknown name, see _after_new_name.
# word list same_speaking_role (نفس المتحدث: whoever spoke last, not الحكومة نفسها)
_MAX_OPENER_WORDS = 5  # من جانبها، / في السياق نفسه، / وعلى صعيد متصل بالأزمة،: a phrase before the clause's verb
_APPOSITION_COMMAS = frozenset("،,")  # وكانت النائبة فلانة، صرحت: a comma closes the subject's apposition
_PRONOUN_ENDINGS = frozenset((*PRONOUN_SUFFIXES, "هن"))  # له، لها، لهم: an addressee pronoun
_COUNTERPART = "نظير"  # نظيره الأمريكي: his counterpart, a naming of no one by name


def _is_particle(word: str, particles: set[str]) -> bool:
    """``word`` is one of ``particles``, or opens with the prefix of one written with * and goes on (ب*: بأنه، بالناجحة;
    شكر*: شكره, not شكر itself).

    Examples:
        >>> _is_particle("شكره", {"شكر*"}), _is_particle("شكر", {"شكر*"}), _is_particle("بأنه", {"ب*"})
        (True, False, True)
    """
    return word in particles or any(p.endswith("*") and word.startswith(p[:-1]) and len(word) >= len(p) for p in particles)


_HEADLINE_WHO_WORDS = 5  # at most six words before a headline's colon name its speaker
_HEADLINE_OCCASION_WORDS = 11  # ... or a named speaker and the occasion: الملك سلمان عبر حسابه على «تويتر»:


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


_DAMMA_ON_FIRST_RE = re.compile(r"[وف]?\s?([^\W\d_])\u064f")


def _passive_by_damma(verb: str, *, present: bool = False) -> bool:
    """Whether a written verb is passive by the damma on its first letter (see :meth:`_Subjects.is_passive`).

    Examples:
        >>> _passive_by_damma("أُعلن"), _passive_by_damma("نُقِلَ"), _passive_by_damma("ويُذكر", present=True)
        (True, True, True)
        >>> _passive_by_damma("يُضاف", present=True), _passive_by_damma("يُؤكَّد", present=True)
        (True, True)
        >>> [_passive_by_damma(v, present=True) for v in ("ويُضيف", "تُشير", "تُفِيد", "تُبدي", "يُؤكِّد")]
        [False, False, False, False, False]
        >>> _passive_by_damma("وأكد"), _passive_by_damma("يُؤكد", present=True)
        (False, True)
    """
    first = _DAMMA_ON_FIRST_RE.match(verb)
    if first is None:
        return False
    if not present or first.group(1) not in "يت":
        return True  # a past tense (أُعلن، نُقِل: u-i is its passive) or the first person's أ
    rest = verb[first.end():]
    stem = _MARKS_RE.sub("", rest)
    return "\u0650" not in rest and not (stem.endswith("ي") or stem[-2:-1] == "ي")


# word list part_of_word: عدد من المواطنين، أحد المواطنين: a part of a setting's people



#: A dash glued to the word after it, with a space before (فلان -الرئيس التنفيذي لشركة كذا-): opens an apposition
_DASH_APPOSITION_RE = re.compile(r"(?<=\s)[-–—](?=[^\W\d_])")
#: A description between two dashes right after a speaker's words (سمر الصالح – موظفة –، شاهد عيان - فضل عدم ذكر
#: اسمه -): one to twelve words with no mark that ends a phrase, the apposition a comma would open
_DASHED_APPOSITION_RE = re.compile(r"\s*[-–—]\s*(?:[^\W\d_]+\s+){0,11}[^\W\d_]+\s*[-–—]")


def _after_new_name(word: str) -> bool:
    """Whether ``word`` after a new speaker's unknown name says where from, who or when, so the name is a subject
    (وقالت سلمى حداد من شركة ...، وأكد فلان فلاني بعد لقائه، وقال كريم نوري الذي يرأس ...): a word of the word lists
    ``after_new_name_time``, ``subject_relative`` or ``subject_circumstance``, not of ``not_after_new_name`` (حدوث
    ارتباك لدى ...: a verbal noun and its noun).

    >>> _after_new_name("بعد"), _after_new_name("من"), _after_new_name("والذي"), _after_new_name("لدي")
    (True, True, True, False)
    """
    return (word in word_set("after_new_name_time") or word in word_set("subject_relative")
            or word in word_set("subject_circumstance") and word not in word_set("not_after_new_name"))


class _Subjects(_BackReferences):
    """The subject noun phrase of each cue of one article, following Arabic news syntax.

    Works on the article's words (normalised); spans are mapped back to the
    text the reader sees, so ``speaker_surface`` is the phrase as written.
    """

    # -- cue checks --
    def is_passive(self, ca: int, cb: int, *, present: bool = False) -> bool:
        """أُعلن، يُذكر: a damma on the verb's first letter makes it passive (when the text is vowelled).

        Not a ``present`` tense whose stem shows the active voice: forms II-IV
        take a damma on the prefix in the active too, and the passive's stem
        vowel is a (يُضاف، يُشار، يُبدى) where the active's is i: a kasra, or
        ي before the last letter or at the end (ويُضيف الوزير، تُشير، يُفيد،
        تُبدي، تُفِيد).
        """
        return _passive_by_damma(self.doc.text[ca:cb], present=present)

    def is_speech_quote(self, ns: int, ne: int) -> bool:
        """A quotation of words, not a name, a title or a slogan (حملة «...»، عملية «...»)."""
        inner = self.doc.norm[ns + 1 : ne - 1].split()
        if len(inner) < MIN_QUOTE_WORDS:
            return False
        i = self._index_at(ns)
        if i > 0:
            prev = self._core(self._word(i - 1))
            prev = without_conjunction(prev, self.cues.slogan_heads)
            if prev in self.cues.slogan_heads or prev.startswith("ال") and prev[2:] in self.cues.slogan_heads:
                return False
        return True

    def negated(self, nca: int) -> bool:
        """لم/لن/لا or عدم/دون right before the cue: speech denied, still to come or not done (لم تعلن، لن يقول،
        طالبا عدم ذكر اسمه)."""
        j = self._index_at(nca)
        if j > 2 and self._core(self._word(j - 1)) == "قد" and self._core(self._word(j - 2)) in word_set("kana_jussive") \
                and self._core(self._word(j - 3)) in word_set("negator_before_cue"):
            return True  # لم تكن قد أبدت استعدادها: had not yet expressed it
        return j > 0 and self._core(self._word(j - 1)) in word_set("negator_before_cue") | word_set("not_done_word")

    def in_a_name(self, nca: int) -> bool:
        """A name link right before the cue (علي بن أبي طالب، مسجد أبي طالب): a word of a name, not a verb."""
        j = self._index_at(nca)
        return j > 0 and self._word(j - 1)[-1:] not in _PUNCT and self._core(self._word(j - 1)) in self.cues.name_links

    def means_happening(self, nca: int, term: str | None) -> bool:
        """A cue that is also the present of occurring or causing (word list happening_form: تحدث) right after a
        word of happening_opener (التي، أن، لن): تَحدُث / تُحدِث, no statement; but not after بعد أن، منذ أن، سبق أن
        (word list past_an_opener), which take the past (spoke), nor before a pronoun resuming the relative (التي
        تحدث فيها المشارك عن ...)."""
        if term not in self.cues.happening_forms:
            return False
        j = self._index_at(nca)
        if j == 0 or self._word(j - 1)[-1:] in _PUNCT or "\n" in self.doc.norm[self.words[j - 1][1] : nca]:
            return False
        prev = self._core(self._word(j - 1))
        prev = without_conjunction(prev, self.cues.happening_openers)
        if prev not in self.cues.happening_openers:
            return False
        before = self._core(self._word(j - 2)) if j > 1 else ""
        before = without_conjunction(before, self.cues.past_an_openers)
        if before in self.cues.past_an_openers:
            return False  # بعد أن تحدث، منذ أن تحدث، سبق أن تحدث: أن before the past, he spoke
        k = j + 1
        # التي تحدث فيها المشارك عن، اللغة التي تحدث بها المالكي: the past with a pronoun resuming the relative
        return not (k < len(self.words) and self._core(self._word(k)) in word_set("resumptive_preposition"))

    def other_sense(self, ncb: int, term: str | None) -> bool:
        """A bare cue (no و/ف) of the word list other_sense_before whose next word opens as listed: another word (تابع
        لأحد المصانع: belonging to; علقت به: got stuck); not before a saying noun (علق بالقول، علق بقوله)."""
        openings = self.cues.other_senses.get(term)
        k = self._index_at(ncb)
        if not openings or k >= len(self.words) or self.doc.norm[ncb - 1 : ncb] in _PUNCT:
            return False
        nxt = self._core(self._word(k))
        if nxt[:1] == "ب" and (nxt[1:] in self.cues.saying_nouns or nxt[1:].startswith("ال") and nxt[3:] in {"قول"}):
            return False
        return any(nxt.startswith(o) for o in openings)

    def after_a_number(self, nca: int, term: str | None) -> bool:
        """A number right before a cue that is also a countable noun (word list counted_noun_cue: 100 طالب، أكثر من
        2400 طالب): the counted noun (students), not a verb; not a year before any other verb (عام 2006 أعلن). A word
        of counting_word counts it too (10 ملايين طالب، لكل طالب، أي طالب: :func:`q7x2lib.event_senses._counted_before`,
        as the event triggers read it) when :data:`COUNTING_WORDS` is on."""
        j = self._index_at(nca)
        if j == 0 or term not in self.cues.counted_nouns:
            return False
        prev = self._word(j - 1)
        if prev[-1:] in _PUNCT:
            return False  # في 2007، متهما بارتكاب; «فرقة 30»، متهمة اياهم: a clause after the mark
        if prev.translate(_DIGITS).replace(",", "").replace(".", "").isdigit():
            return True
        if not COUNTING_WORDS:
            return False
        from .event_senses import _counted_before

        return _counted_before(self.doc.norm, nca)

    def is_verbal_noun(self, nca: int) -> bool:
        """A preposition right before the cue (نادم على وصف ...، في رد ...): a verbal noun, not a verb."""
        j = self._index_at(nca)
        return j > 0 and self._word(j - 1)[-1:] not in _PUNCT and self._core(self._word(j - 1)) in self.cues.noun_governors

    def opens_a_sentence(self, nca: int) -> bool:
        """The cue at ``nca`` opens a sentence or a line, or follows a clause opener (من جانبه، وثمن الأمير ...;
        not ، وثمن الوقود: the price in a list), for a cue that is also a common noun (word list clause_initial_cue)."""
        j = self._index_at(nca)
        return j == 0 or self._word(j - 1)[-1:] in _SENTENCE_MARKS or "\n" in self.doc.norm[self.words[j - 1][1] : nca] \
            or self._opens_a_clause(self._word(j - 1)) or self._after_turn_taker(j)

    def lacks_its_particle(self, nca: int, ncb: int, nsb: int, term: str) -> bool:
        """A cue of the particle_cue list (عبر عن) used otherwise: not clause-initial, or no عن after it.

        Clause-initial: with و/ف, at the start of the text or a line, after a punctuation mark or a
        clause opener (كما بعث الأمير برقية). A verb of the list object_cue_anywhere (رفع، قدم، وجه) needs
        no such place when one of its objects follows (وفي ختام الحفل قدم المدير شكره), but عن or أن does not do.
        """
        particles = self.cues.particle_cues.get(term)
        if particles is None:
            return False
        j = self._index_at(nca)
        if self._closes_a_correlative(j, term) or self._between_a_pair(j, term):
            return True
        # و/ف before the verb (not وصف's own و)
        conjoined = self.doc.norm[nca] in {"و", "ف"} and self.doc.norm[nca:ncb].replace(" ", "") != term.replace(" ", "")
        initial = conjoined or j == 0 or self._word(j - 1)[-1:] in _PUNCT \
            or "\n" in self.doc.norm[self.words[j - 1][1] : nca] or self._opens_a_clause(self._word(j - 1)) \
            or self._after_turn_taker(j)  # وبدوره عبر، من ناحيته عبر: a turn-taking phrase opens the clause
        k = self._index_at(ncb)
        # برقية عبر فيها عن ...: a relative clause on a document, whose issuer speaks in it
        resumed = k < len(self.words) and self._core(self._word(k)) in word_set("document_resumed_pronoun")
        if not initial and not resumed:
            if term not in word_set("object_cue_anywhere"):
                return True
            # وخلال الاجتماع قدم الأمير شكره، أمير المنطقة ينقل تعازي القيادة: the object alone marks the act
            particles = particles - word_set("said_particle")
        # عن/أن follows a subject of the usual length; an object (الشكر، التعازي) may follow a long honorific one
        # (a subject with honorifics, a title and a long name: وعبر صاحب السمو الملكي الأمير محمد بن سلمان ... عن)
        opening = self._core(self._word(k)) if k < len(self.words) else ""
        titled = opening in self.cues.heads or opening in word_set("speaker_quantifier")  # وعبر صاحب السمو، عبر المستشار، عبر عدد من
        reach = (_MAX_PARTICLE_DISTANCE if titled else _MAX_SUBJECT_WORDS) if particles & word_set("said_particle") \
            else _MAX_OBJECT_DISTANCE
        marked = False  # a punctuation mark since the verb
        for x in range(k, min(k + reach + 1, len(self.words))):
            if self.words[x][0] >= nsb:
                break
            if _is_particle(self._core(self._word(x)), particles):
                if x > k and self._core(self._word(x - 1)) in word_set("duty_before_object"):
                    return True  # وقدم اللواء واجب العزاء: paid a condolence visit, no words reported
                # past a subject of the usual length only with no mark then a preposition or particle between
                # (not وعبر دور نشر تقوم بهذه المهمة، في ظل غياب عن ...: via; but a comma inside a long name is fine)
                return x - k > _MAX_SUBJECT_WORDS and reach == _MAX_PARTICLE_DISTANCE and marked
            # a comma right before the particle itself closes a long subject (المهندس فلان، أنه): no break
            marked = marked or self._word(x)[-1:] in _PUNCT and x + 1 < len(self.words) \
                and (nxt := self._core(self._word(x + 1))) in self.cues.stop and not _is_particle(nxt, particles)
        return True

    def _between_a_pair(self, j: int, term: str) -> bool:
        """A correlative_cue word (بين) at word ``j``, with no و/ف of its own, is the preposition "between": after a
        closing quotation mark or bracket, which closes a name, not a clause (قمة "عملانية" بين فرنسا وبريطانيا،
        (الناري) بين النصر والهلال), or before two nouns joined by و closed by a punctuation mark within
        ``_PAIR_WORDS`` words and followed by no إن/أن (بين الإنسان ومجتمعه، فيما بين منسوبي الأمانة ومستفيديها،).
        Not بين الشريف أنه، من جانبه، بين وكيل الأمين للتعمير والمشاريع المهندس فلان، أنه."""
        if term not in self.cues.correlative_cues or self._core(self._word(j)) != term or j == 0:
            return False
        if self._word(j - 1)[-1:] in _CLOSING_MARKS:
            return True
        for x in range(j + 1, min(j + 1 + _PAIR_WORDS, len(self.words))):
            raw = self._word(x)
            if raw[-1:] not in _PUNCT:
                continue
            after = self._core(self._word(x + 1)) if x + 1 < len(self.words) else ""
            return x > j + 1 and self._core(raw)[:1] == "و" and not _COMPLEMENTISER_RE.fullmatch(after)
        return False

    def _closes_a_correlative(self, j: int, term: str) -> bool:
        """وبين at word ``j`` is the second half of بين X وبين Y (a correlative_cue): the preposition, with its first half
        (بين، بينه، بينها) among the words before it in the sentence (الخلاف بينه وبين القيادات ... إلا أنه)."""
        if term not in self.cues.correlative_cues or self.doc.norm[self.words[j][0]] not in {"و", "ف"}:
            return False
        for i in range(j - 1, max(-1, j - 1 - _MAX_SUBJECT_WORDS), -1):
            word = self._core(self._word(i))
            if word.startswith(term) and word[len(term):] in _CORRELATIVE_ENDINGS:
                return True
            if self._word(i)[-1:] in ".؟!":
                return False
        return False

    def content_right_after(self, ncb: int, nsb: int) -> bool:
        """إن/أن (بأن، أنه) among the three words after the cue that ends at ``ncb``, before a punctuation mark and the
        sentence end ``nsb``: what a participle that is also an adjective (مفيدا أن) says follows it."""
        k = self._index_at(ncb)
        for x in range(k, min(k + 3, len(self.words))):
            if self.words[x][0] >= nsb:
                return False
            core = self._core(self._word(x))
            if _COMPLEMENTISER_RE.fullmatch(core) or core[:1] == "ب" and core[1:] in self.cues.saying_nouns:
                return True  # مفيدا أن، مفيداً بقوله: «...»
            if self._word(x)[-1:] in _PUNCT:
                return False
        return False

    def in_content_clause(self, nca: int) -> bool:
        """إن/أن (or إنه، أنها) within the three words before the cue, with no punctuation between."""
        j = self._index_at(nca)
        for k in range(j - 1, max(-1, j - 6), -1):
            w = self._word(k)
            if w[-1:] in "،,:.؟?!\"»”":
                return False
            if _COMPLEMENTISER_RE.fullmatch(self._core(w)):
                return True
        return False

    def after_pronoun_complementiser(self, nca: int) -> bool:
        """The cue right after إنه/أنها/أنهم (a complementiser with a pronoun): its subject is that pronoun, the
        one whose words are reported (قال إنه رأى جثثا ...): what is said, not a new statement. Not after فإنه, nor
        after إلا أنه، غير أنه، بيد أنه (word list but_that_word), which open a clause of the narrative."""
        j = self._index_at(nca)
        if j < 1:
            return False
        core = self._core(self._word(j - 1))
        core = core[1:] if core[:1] == "و" else core  # but فإنه قال، إلا أنه أكد، غير أنه: "he, however, said"
        before = self._core(self._word(j - 2)) if j >= 2 else ""
        return (core in word_set("pronoun_complementiser") and self._word(j - 1)[-1:] not in _PUNCT
                and before not in word_set("but_that_word"))

    # -- speakers --
    def speaker(self, kind: str, sa: int, ca: int, cb: int, end: int, named: list) -> _Speaker | None:
        to_norm = self.doc.to_norm
        nca, ncb, nend = to_norm[ca], to_norm[cb], to_norm[end]
        if kind == "participle" and self.cues.is_saying_noun(self.doc.text[ca:cb]):
            return self._relayed_source(sa, ca, named)
        if kind in {"verb", "participle"} and self._core(self.doc.norm[nca:ncb]) in self.cues.report_cues:
            reported = self._report_source(to_norm[sa], nca, named)
            if reported is not None:  # تلقت بلاغا من مقيم يفيد بتعرضه للاعتداء: the one who reported it
                return reported
        if kind in {"quote", "participle"}:
            return None  # a participle (مؤكدة، قائلا) shares the subject of the verb before it
        if kind == "attribution":
            np = self._after(ncb, nend, attribution=True)
            relayed = np is None and (np := self._after_relayed_verb(ncb, nend)) is not None
            cue = self.doc.norm[nca:ncb]
            if np and (cue in self.cues.construct_cues or cue[:1] in {"و", "ف"} and cue[1:] in self.cues.construct_cues):
                doer = self.ment.first_from(cb, cb + 3)  # إعلان البيت الأبيض حصوله: the doer, not what it declared
                np = (np[0], min(np[1], to_norm[doer[1]])) if doer is not None and to_norm[doer[1]] > np[0] else np
            if np:
                first = self._core(self.doc.norm[np[0] : np[1]].split()[0])
                first = first[2:] if first.startswith("ال") else first[1:] if first[:1] == "ل" else first
                if first in self.cues.inanimate or "ال" + first in self.cues.inanimate:
                    issuer = self._issuer(np, nend, figures=True)
                    if issuer is not None:  # وطبقا للأرقام الصادرة عن مركز الإحصاء: the body that issued them speaks
                        return self._make(issuer, "attribution", named)
                    if not self._issuer_inside(np):
                        return _NOT_SPEECH  # وفقا للآلية المتفق عليها، بحسب أرقام رسمية: no one speaks
                if not relayed and self._in_accordance(nca, ncb, np, first):
                    return _NOT_SPEECH  # وفقا لاحتياجات كل دولة، طبقا للمادة العاشرة: in accordance with, no source
                issuer = self._issuer(np, nend)
                if issuer is not None:  # وجاء في بيان صادر عن الوزارة، بحسب تقرير صادر عن البنك: its issuer speaks
                    return self._make(issuer, "attribution", named)
                return self._make(np, "attribution", named)
            if cue in word_set("attribution_cue_no_source"):
                return _NOT_SPEECH  # فحسب: "only"; وفق ما خطط له: as planned; no source
            return None
        after = self._index_at(ncb)
        following = [self._core(self._word(j)) for j in range(after, min(after + 3, len(self.words))) if self.words[j][0] < nend]
        if _COMPLEMENTISER_RE.fullmatch(self.doc.norm[nca:ncb].split()[-1]):
            following = []  # وبين أن الخطة ...: a cue that ends with its أن (بين أن) has what is said after it, no subject
        if any(w in self.cues.non_speech for w in following[: next((k for k, w in enumerate(following) if _COMPLEMENTISER_RE.fullmatch(w)), 3)]):
            return _NOT_SPEECH  # شددت الشرطة الرقابة: tightened, not said
        if following and following[0].isdigit():
            return _NOT_SPEECH  # تبلغ 15 عاما: amounts to, not said
        # الذي أعلن عنه الرئيس، الذي اعتبره إعلاميون: the verb resumes its object, its subject follows
        verb = self.doc.norm[nca:ncb].replace(" ", "")
        # وقال: a conjunction before the verb; not وعد or وصف, whose و is the verb's own first letter
        conjoined = self.doc.norm[nca] in {"و", "ف"} and verb not in self.cues.kinds
        resumes = verb in self.cues.with_object or verb[:1] in {"و", "ف"} and verb[1:] in self.cues.with_object \
            or bool(following) and following[0] in word_set("resumptive_pronoun")
        at = self._index_at(nca)
        if self.doc.norm[nca] == "ف" and verb not in self.cues.kinds or at > 0 and self._core(self._word(at - 1)) == "فقد":
            topic = self._amma_topic(to_norm[sa], nca)
            if topic is not None:  # أما الوزارة فتقول، فقد أكدت: the topic أما puts first is the subject
                return self._checked(topic, "before_verb", named)
        if not conjoined and not resumes:
            before = self._subject_before(to_norm[sa], nca)
            if before is not None:
                return self._checked(before, "before_verb", named)
        if self._thing_follows(after, following, nend):
            return _NOT_SPEECH  # كشفت التحقيقات أن، وتشير التوقعات إلى: a thing shows it, no one speaks
        own = verb[1:] if conjoined else verb  # the verb without the conjunction before it, looked up first
        particle = self.cues.subject_particles.get(own) or self.cues.subject_particles.get(verb)
        # علي may open the subject of a verb that governs no على (وقال علي الحسيني, not وأكد على)
        np = self._after(ncb, nend, ali_may_open=own not in self.cues.ala_verbs and verb not in self.cues.ala_verbs)
        opening = self._core(self.doc.norm[np[0] : np[1]].split()[0]) if np is not None else None
        pair = " ".join(self._core(w) for w in self.doc.norm[np[0] : np[0] + 40].split()[:2]) if np is not None else None
        if opening in self.cues.scripture or pair in self.cues.scripture:  # a row of two words: قال عز وجل
            return _NOT_SPEECH  # قال الله تعالى، قال صلى الله عليه وسلم: scripture cited, not a statement of the news
        if opening in self.cues.cue_objects:
            np = None  # ولفت النظر إلى ...: the verb's object, not a subject; the one who spoke before goes on
        if np is not None and particle == "الي" and self._lam_for_its_particle(np, opening, nend):
            np = None  # ويشير لإحصائيات وزارة الصحة: ل stands for إلى, its object; the one who spoke before goes on
        cue_words = self.doc.norm[nca:ncb].split()
        if np is not None and len(cue_words) > 1 and _COMPLEMENTISER_RE.fullmatch(self._core(cue_words[-1])):
            np = None  # وبين أن الوطن يخلد ...: the cue holds its أن, what follows is said, not who says it
        if np is not None and len(cue_words) > 1 and self._core(cue_words[-1]) in word_set("cue_object_particle"):
            np = None  # وعبر عن تعازيه للقيادة: the cue holds its عن, what follows is its object, not who speaks
        if opening is not None and opening[:1] == "ب" and (own in self.cues.ba_verbs or verb in self.cues.ba_verbs) \
                and not self._b_initial_noun(opening) and not any(m[0] <= int(self.doc.offsets[np[0]]) for m in self.ment.overlapping(*self._text_span(*np))):
            np = None  # وهدد بتدمير أي قوات، وتعهدت باستمرار الدعم: the verb's بـ, its object; the one before goes on
        if np is not None and self._object_first(np, opening):
            np = None  # وأبدى تطلعه، وأكد حرص المملكة: a verbal noun opens the verb's object, not its subject
        if np is not None and self._derived_verbal_noun(np, opening):
            np = None  # وأكد استمرار مصر، وأعلن انعقاد جلسة: the verb's object, its subject the one who spoke before
        if np is not None and self._feminine_after_masculine(np, own, ncb):
            np = None  # وطالب الحكومة الاتحادية بالإسراع: a feminine noun the masculine verb cannot agree with, its object
        objects = self.cues.particle_cues.get(own) or self.cues.particle_cues.get(verb)
        if np is not None and objects:
            np = self._before_object(np, objects)  # رفع الوزير سامي الشكر للقيادة: the subject ends at its object
        called = False  # وطالب شيبان الأهالي: the speaker, then the public called on (its words cut there)
        if np is not None and (own in self.cues.call_verbs or verb in self.cues.call_verbs):
            np, called = self._before_called_public(np), np
            called = np != called
        if np is not None:
            np = self._body_before_verbal_noun(np)  # كشفت لجنة تحقيق مستقلة تضخيم الشركة: the body, not its object
        if np is not None:
            np = self._definite_before_verbal_noun(np)  # وتوقع الكرملين إجراء المحادثات: the Kremlin, not its object
        if np is not None:
            issuer = self._issuer(np, nend)
            if issuer is not None:  # وأكد بيان صادر عن المقاومة: the body that issued it speaks
                return self._make(issuer, "attribution", named)
            np = self._with_body(np, nend)
        if np is not None and (own in self.cues.addressee_verbs or verb in self.cues.addressee_verbs) and (
                self._only_addressee(np) or not conjoined and following[:1] and following[0] in word_set("resumptive_pronoun")):
            # أبلغت «الشرق الأوسط» أن، أخبر الجماعات اليهودية بذلك، هنأ الجميع بالعيد: the one told, not the speaker;
            # كلمة هنأ فيها الجميع: after the pronoun resuming the speech, its addressee (who gave it speaks)
            np = None
        if np is not None and self._is_subject_phrase(np, particle):
            holder = self._holder_after(np, nend)
            if holder != np:  # المشرف العام على الوكالة د. هشام الفالح أن: the office as coded, written on to its holder
                found = self._checked(np, "after_verb", named)
                if found is not _NOT_SPEECH and found.basis == "after_verb" and not found.actor_id:
                    return found._replace(surface=self.doc.text[slice(*self._text_span(*holder))])
                return found
            return self._checked(self._to_name_again(np, after, ncb, nend, named), "after_verb", named)
        if not conjoined and following and following[0] in word_set("document_resumed_pronoun"):
            issuer = self._issuing_subject(to_norm[sa], nca)
            if issuer is not None:  # أصدرت الوزارة بيانا شددت فيه أن ...: who issued the document speaks in it
                return self._checked(issuer, "after_verb", named)
        if not conjoined and resumes:  # مقابلة مع بايدن قال فيها إنه ...: no subject after it, so the one before
            before = self._subject_before(to_norm[sa], nca)
            if before is not None:
                return self._checked(before, "before_verb", named)
        if not conjoined and self.doc.norm[nca] in {"ي", "ت"} and not self.doc.norm[to_norm[sa] : nca].strip(_PUNCT + " "):
            return _NOT_SPEECH  # يزعم أن ... opening a sentence: no one says it
        if np is not None and self._name_then_office(np):
            return self._checked(np, "after_verb", named)
        if np is not None and self._feminine_plural_subject(np, own):
            return self._checked(np, "after_verb", named)
        subject = self._subject_then_object(np) if np is not None and not self.cues.is_saying_noun(verb) else None
        if subject is not None:  # ودعت باريس طهران إلى ...: the first of two noun phrases is the subject
            return self._checked(subject, "after_verb", named)
        again = self._named_again(after, ncb, nend, named, surname=True) \
            if not {own, verb} & (self.cues.addressee_verbs | self.cues.ba_verbs) else None
        if again is None and called and len(self.doc.norm[np[0] : np[1]].split()) == 1:
            again = np  # وطالب شيبان الأهالي: a name named before, cut before the public it calls on
        if again is not None:  # وأكد تانال ضرورة ... after محمد تانال: the last word of a naming before
            return self._coded_as_named(self._checked(again, "after_verb", named), again, named)
        if np is not None and self._after_turn_taker(at) and self._may_take_the_turn(np, self._core(self._word(at - 1))):
            # من جهته انتقد علي الشهري اقتصار ...، بدوره أشار م.سليمان البطحي إلى: a new speaker takes the turn, the
            # words after the verb name him even when no table knows him; with none (من جهته، أوضح أن) the one before
            return self._checked(self._before_verbal_noun(np), "after_verb", named)
        if np is not None and called:
            # كما طالب صالح عباس الشباب، وناشد الداعية فلان الآباء: the words a call's public cut off are its subject,
            # even when no table knows them (round 70, issue 15)
            return self._checked(np, "after_verb", named)
        return None

    def _lam_for_its_particle(self, np: tuple[int, int], opening: str, nend: int) -> bool:
        """After a verb whose subject stands before إلى (أشار، لفت), a first word joined to ل (لإحصائيات) with no
        إلى in the eight words after it and no mention starting at it: ل stands for إلى and opens the object."""
        if opening[:1] != "ل" or len(opening) < 4 or opening[:2] == "لل" or opening[-1:] == "و":
            return False  # but ولفت لاعبو السعودية: a plural in construct, the subject
        i = self._index_at(np[0])
        if any(self._core(self._word(k)) == "الي" for k in range(i + 1, min(i + 9, len(self.words)))
               if self.words[k][0] < nend):
            return False
        a, b = self._text_span(*self.words[i])
        return not any(m[0] >= a - 1 and m[0] < b for m in self.ment.overlapping(a, b, every=True))

    def _may_take_the_turn(self, np: tuple[int, int], taker: str) -> bool:
        """The phrase after a verb that follows a turn-taking phrase (its last word ``taker``) may be its new
        speaker: not an addressee written لـ (لـعين اليوم), an adverb in the accusative -ا (رحب كثيرا), nor, after
        a pronoun of one man (من جهته), a quantifier with no من after it (دعا جميع الأطراف: the verb's object; but
        من جهتها، عبرت كل الصحف: the papers)."""
        a, b = self._text_span(*np)
        if self.doc.text[a : a + 2] == "لـ":
            return False
        words = [self._core(w) for w in self.doc.norm[np[0] : np[1]].split()]
        if taker.endswith("ه") and (words[0] in word_set("speaker_quantifier") or words[0] == "كل") and words[1:2] != ["من"]:
            return False
        first = self._word(self._index_at(np[0]))
        return not (words[0].endswith("ا") and len(words[0]) > 3
                    and not any(m[0] <= a for m in self.ment.overlapping(a, a + len(first), every=True)))

    def _opens_a_clause(self, word: str) -> bool:
        """A clause opens after ``word``: a clause opener (لكن، فيما، حيث) or the last word of a turn-taking
        phrase that opens one wherever it stands (word list clause_opening_turn_taker: الوزير من جهته قال ...)."""
        core = self._core(word)
        return (core in word_set("speaker_clause_opener") or core in word_set("particle_clause_opener")
                or core in self.cues.clause_opening_turn_takers)

    def _after_turn_taker(self, j: int) -> bool:
        """The verb at word ``j`` follows a turn-taking phrase (word list turn_taker: من جهته، بدورها، في المقابل;
        also with و: ومن جانبه) that opens a sentence, a line or a clause after a punctuation mark (من جهته، قال ...)."""
        for phrase in self.cues.turn_takers:
            k = j - len(phrase)
            if k < 0:
                continue
            words = [self._core(self._word(x)) for x in range(k, j)]
            if words[0][:1] == "و" and words[0][1:] == phrase[0]:
                words[0] = words[0][1:]
            if tuple(words) != phrase or any(self._word(x)[-1:] in _PUNCT for x in range(k, j - 1)):
                continue
            if k == 0 or self._word(k - 1)[-1:] in _PUNCT or "\n" in self.doc.norm[self.words[k - 1][1] : self.words[k][0]]:
                return True
        return False

    def _before_verbal_noun(self, np: tuple[int, int]) -> tuple[int, int]:
        """The phrase cut before the verbal noun of a derived verb, without the article, from its second word on
        (علي الشهري اقتصار أغلب الفعاليات → علي الشهري): the verb's object after an unknown name."""
        i, j = self._index_at(np[0]), self._index_at(np[1])
        for k in range(i + 1, j):
            core = self._core(self._word(k))
            if _DERIVED_VERBAL_NOUN_RE.fullmatch(core) and core not in self.cues.heads and self._word(k - 1)[-1:] not in _PUNCT:
                return np[0], self.words[k - 1][1]
        return np

    def _issuer_inside(self, np: tuple[int, int]) -> bool:
        """An attribution's source phrase that opens with an inanimate word names who made it right after that
        word (وبحسب أرقام البنك الدولي، حسب حصيلة للمرصد): a mention opening in its second or third word, or an
        institution's head right after it (وحسب تقديرات معهد «هيرتدج»: word lists institution_head_* and body_head)."""
        i = self._index_at(np[0] + 1) - 1  # the word the phrase opens in (وفقا لخطة: the cue holds its ل)
        if i + 1 >= len(self.words) or self.words[i + 1][0] >= np[1]:
            return False
        lo = self._text_span(*self.words[i + 1])[0]
        hi = self._text_span(*self.words[min(i + 2, len(self.words) - 1)])[1]
        return any(lo <= m[0] < hi for m in self.ment.overlapping(lo, min(hi, self._text_span(*np)[1]), every=True)) \
            or self._core(self._word(i + 1)) in self.cues.institution_heads | self.cues.body_heads

    def _thing_follows(self, after: int, following: list[str], nend: int) -> bool:
        """The word right after a verb (word ``after``) is an inanimate subject (word lists inanimate_subject and
        finding_subject: كشفت التحقيقات، وتشير التوقعات، أكدت معلومات سابقة) that names no issuer in its next three words (not
        أرقام مركز الإحصاء، إحصائية أعدها مركز ...: the body speaks through them). A demonstrative (هذا المسؤول)
        is left to the subject finder."""
        if not following or following[0] not in self.cues.inanimate and following[0] not in self.cues.findings \
                or following[0] in word_set("demonstrative_word"):
            return False
        nxt = list(takewhile(lambda w: not _COMPLEMENTISER_RE.fullmatch(w) and w not in word_set("after_a_finding"), (
            self._core(self._word(j)) for j in range(after + 1, min(after + 4, len(self.words))) if self.words[j][0] < nend)))
        if any(w in self.cues.heads or without_article(w) in self.cues.heads for w in nxt):
            return False
        issuing = self.cues.issuing_forms
        if any(w in issuing or w[-2:] == "ها" and w[:-2] in issuing or w[-1:] == "ه" and w[:-1] in issuing for w in nxt[:1]):
            return False  # إحصائية أعدها مركز ...: the body that made it speaks
        if not following[0].startswith("ال") and len(nxt) >= 2 and not nxt[0].startswith("ال") and nxt[1].startswith("ال") \
                and not nxt[0].endswith(("ة", "ي", "ه")):
            return False  # أرقام مركز الإحصاء: a body in construct with the figures, their issuer
        lo = self._text_span(*self.words[after])[1]
        hi = self._text_span(*self.words[min(after + len(nxt), len(self.words) - 1)])[1] if nxt else lo
        return not self.ment.overlapping(lo, min(hi, int(self.doc.offsets[min(nend, len(self.doc.norm)) - 1]) + 1))

    def _after_relayed_verb(self, ncb: int, nend: int) -> tuple[int, int] | None:
        """The subject of the reporting verb that ما opens after an attribution (بحسب ما ذكره الوزير، وفقا لما
        أوردته الوكالة، بحسب ما يشير إليه المراقبون): the verb, with or without its pronoun (ه، ها، ته), is a
        form or the first word of a cue of the table; its subject follows it (a source, never "in accordance
        with"). None else."""
        i = self._index_at(ncb)
        if 0 < i <= len(self.words) and self.words[i - 1][1] > ncb:
            i -= 1  # وفقا لما: the cue's ل is joined to ما
        if i + 2 >= len(self.words) or self.words[i + 1][0] >= nend:
            return None
        first = self._core(self._word(i))
        if self.words[i][0] < ncb:
            first = self.doc.norm[ncb : self.words[i][1]].strip(_PUNCT + " ")
        if first != "ما" or self._word(i)[-1:] in _PUNCT:
            return None
        verb = self._core(self._word(i + 1))
        stems = {verb} | {verb[: -len(p)] for p in ("ته", "تها", "ه", "ها") if verb.endswith(p) and len(verb) > len(p) + 2}
        stems |= {s + "ت" for s in stems if verb.endswith(("ته", "تها"))}  # أوردته: أوردت + ه
        if not stems & self.cues.verb_words or self._word(i + 1)[-1:] in _PUNCT:
            return None
        j = i + 2
        if (self._core(self._word(j)) in word_set("resumptive_pronoun")
                or self._core(self._word(j)) in word_set("attribution_resumptive_pronoun")) and j + 1 < len(self.words):
            j += 1  # بحسب ما يشير إليه المراقبون: the verb's preposition and pronoun, then its subject
        return self._after(self.words[j][0], nend, attribution=True)

    def _to_name_again(self, np: tuple[int, int], i: int, ncb: int, nend: int, named: list) -> tuple[int, int]:
        """``np`` cut at its first word when that word is a mention naming again a person named before
        (:meth:`_named_again`) and no mention, office or title word follows it in ``np``: وأكد تانال ضرورة ...
        after محمد تانال is تانال alone, its object no part of the speaker (a one-word mention ends at the name)."""
        i = self._index_at(np[0]) if i >= len(self.words) or self.words[i][0] != np[0] else i
        again = self._named_again(i, ncb, nend, named)
        if again is None or again[0] != np[0] or again[1] >= np[1]:
            return np
        a, b = self._text_span(*np)
        name_a, name_b = self._text_span(*again)
        found = self.ment.overlapping(a, b, every=True)
        if not any(m[0] <= name_a and name_b <= m[1] for m in found):
            return np  # كتب عدد من الخبراء: the word is no mention, no one named before by it
        if any(m[1] > name_b for m in found):
            return np  # وقال تانال رئيس لجنة الشؤون الخارجية: a mention after the name names him further
        nxt = self._core(self._word(i + 1)) if i + 1 < len(self.words) else ""
        if nxt in self.cues.heads or nxt in self.cues.titles or nxt in self.cues.back_nouns:
            return np  # وقال تانال رئيس اللجنة: an office in apposition is his
        return again

    def _named_again(self, i: int, ncb: int, nend: int, named: list, surname: bool = False) -> tuple[int, int] | None:
        """The word ``i`` right after a verb when it ends an earlier naming of the article: the last word of a
        speaker named before in two words or more, or of a mention before ``nca`` (محمد تانال → تانال), or the word
        right after such a naming (a name the naming stopped short of: جيمس بيرك). A one-word name, then its
        object (وأكد تانال ضرورة ...). None when the word is a word of the tables (an office, a cue, a stop word),
        has a preposition ل (لمحادثه: the one spoken to), or a mark stands before it (وأضاف "صالح بات ...: said).
        The caller leaves out verbs whose object comes first (اتهم صالح بأنه، أبلغ). With ``surname``, also the second
        word of a two-word name in a naming before that no table knows (:meth:`_surname_before`)."""
        if i >= len(self.words) or self.words[i][0] >= nend or self.doc.norm[ncb : self.words[i][0]].strip():
            return None
        word = self._core(self._word(i))
        if len(word) < 3 or word != self._word(i) or word[:1] == "ل" or word in self.cues.stop or word in self.cues.kinds or word in self.cues.heads \
                or word in self.cues.titles or word in self.cues.back_nouns or word in self.cues.inanimate \
                or _COMPLEMENTISER_RE.fullmatch(word) or word.startswith("ال"):
            return None
        norm = self.doc.norm
        namings = [normalize_text(p.surface) for p in named if p.surface and len(p.surface.split()) > 1]
        namings += [normalize_text(m[3]) for m in self.ment.every
                    if isinstance(m[3], str) and len(m[3].split()) > 1 and self.doc.to_norm[m[1]] <= ncb]
        for naming in namings:
            words = [self._core(w) for w in naming.split()]
            if words and words[-1] == word:
                return self._span_of(i, i)
            at = norm.rfind(naming, 0, ncb)
            nxt = norm[at + len(naming) : at + len(naming) + len(word) + 2].split()[:1] if at >= 0 else []
            if nxt and self._core(nxt[0]) == word:
                return self._span_of(i, i)
        if surname and self._surname_before(word, self.words[i][0]) is not None:
            return self._span_of(i, i)
        return None

    def _coded_as_named(self, found: _Speaker, span: tuple[int, int], named: list) -> _Speaker:
        """A one-word surname no table codes (:meth:`_surname_before`) takes the code of the speaker named right
        before its earlier naming (ويؤكد الرئيس التنفيذي لشركة ... فواز دانش أنه ... وأضاف دانش: the chief executive's)."""
        if found.code or found.actor_id or not found.surface or len(found.surface.split()) != 1:
            return found
        at = self._surname_before(self._core(self.doc.norm[span[0] : span[1]]), span[0])
        if at is None:
            return found
        for p in reversed(named):
            naming = normalize_text(p.surface) if p.surface and p.code else ""
            k = self.doc.norm.rfind(naming, 0, at) if naming else -1
            if k >= 0 and at - (k + len(naming)) <= 60:
                return found._replace(code=p.code)
        return found

    def _surname_before(self, word: str, upto: int) -> int | None:
        """``word`` (no article, no table's word) stood before ``upto`` as the second word of a two-word name no
        table knows, at the end of a naming: a title right after it (وارسل هيكارو كيمورا المسؤول في الشركة ...
        وقال كيمورا), or an office or a title within eight words before it in its sentence and a comma or أن/إن
        right after it (ويفند عضو الائتلاف ... عبد الباسط سيدا، ... ويشير سيدا; not عدوى مرض "الجرب"). The word
        before it: letters, no word of the tables, no function word (stopwords_ar.txt: في، هذا، وقد), no noun in -ة
        (امكانية حدوث). ``word`` itself: not written with the article anywhere in the text (المشروع ... يعتبر مشروع),
        no function word (هؤلاء), no word in -ة, -ا, -ي or -ه (ضرورة، جديدا، سعودي، عقده), name link (أبو), verbal
        or object noun (تعزيز، اعتقال), nor a word with a preposition (بالقول)."""
        if word.endswith(("ة", "ا", "ي", "ه")) or word[:1] in {"ب", "ل"} or word in word_set("name_link_in_name") or word in self.cues.object_nouns \
                or _DERIVED_VERBAL_NOUN_RE.fullmatch(word) or word in self.cues.titles or word in self.cues.descriptors:
            return None
        norm = self.doc.norm
        if word in self.cues.function_words or _written_definite(norm, word):
            return None  # هؤلاء; a common noun the article also takes in the text (المشروع ... يعتبر مشروع)
        for start, space, end in _words_before(norm[:upto], word):
            first = self._core(norm[start:space])
            bare = without_article(first)
            if first != norm[start:space] or not first.isalpha() or len(bare) < 3 or first.endswith("ة") or first in self.cues.stop \
                    or first in self.cues.heads or bare in self.cues.heads or first in self.cues.titles \
                    or first in self.cues.kinds or first in self.cues.inanimate or first in self.cues.back_nouns \
                    or first in self.cues.function_words \
                    or first[:1] in {"و", "ف", "ب", "ل"} and first[1:] in self.cues.function_words:
                continue
            before = re.split(r"[.:؟?!\n]", norm[max(0, start - 120) : start])[-1].split()[-8:]
            rest = norm[end : end + 40]
            after = rest.split()[:1]
            if after and self._core(after[0]) in self.cues.titles:
                return start  # هيكارو كيمورا المسؤول في الشركة (a title: not مشروع قناة السويس، صدور الصحيفة)
            ends = rest[:1] in {"،", ",", ")"} or after and _COMPLEMENTISER_RE.fullmatch(self._core(after[0])) is not None
            if ends and any(self._titled(w) for w in before):
                return start  # the naming ends with it: وزير ... عبد الباسط سيدا، / ... فواز دانش أنه
        return None

    def _titled(self, word: str) -> bool:
        """``word`` is an office or a title (وزير، الرئيس، المسؤول، الدكتور), with the article or without; not a
        function word the agent table also opens with (أمس، اليوم، بعض)."""
        core = self._core(word)
        core = core[1:] if core[:1] in {"و", "ف"} and len(core) > 3 else core
        return core not in self.cues.function_words and any(w in self.cues.heads or w in self.cues.titles for w in (core, without_article(core), "ال" + core))

    def _in_accordance(self, nca: int, ncb: int, np: tuple[int, int], first: str) -> bool:
        """وفقا ل/طبقا ل (word list accordance_cue) before a phrase that names no source: its head a norm, need or
        measure followed (word list accordance_standard: معايير، مستوى، توجيهات), whatever follows it; or no mention in
        it, and its head no word of a speaker (مصادر، وزارة، الوكالة), a document (البيان), a source noun of the word
        list accordance_source (تحقيقات، البيانات) or a quoted name."""
        cue = self.doc.norm[nca:ncb].replace(" ", "")
        cues = self.cues.accordance_or_depending_cues
        cue = without_conjunction(cue, cues)
        if cue not in cues:
            return False
        if word_set("accordance_standard") & {first, without_article(first), *pronoun_stems(first)}:
            return True  # حسب معايير جامعة تبوك، بحسب مستوى التأهيل: a norm followed, though a body is named after it
        if cue in self.cues.depending_cues and not (self._thing_noun(first) or self._new_definite_thing(np)):
            return False  # بحسب دبرون، حسب دوغان: a bare word may be a name, the source; حسب المخطط is not
        a, b = self._text_span(*np)
        # وفق without its particle is most often "in accordance with" (وفق توجيهات خادم الحرمين، وفق المرجعية
        # الدولية): a mention must open the phrase (وفق وزارة الصحة), or a source's word (وفق مصدر عسكري);
        # not a quoted agency (وفق "واس": a dateline) or another head word
        bare = cue == "وفق"
        if [m for m in self.ment.overlapping(a, b, every=True) if not bare or m[0] <= a] \
                or not bare and self.doc.norm[np[0] : np[0] + 1] in {'"', "«", "“"}:
            return False
        heads = self.cues.source_heads if bare else self.cues.heads
        definite = "ال" + first
        forms = (first, definite)
        if cue in self.cues.depending_cues:  # بحسب الناشطين، بحسب تصريحاته: the source without its article or pronoun
            forms = (first, definite, without_article(first), *pronoun_stems(first))  # روايتها: رواية
        return not any(w in heads or w in self.cues.back_nouns and w not in self.cues.accordance_not_sources
                       or w in self.cues.documents or w in self.cues.accordance_sources for w in forms)

    def _new_definite_thing(self, np: tuple[int, int]) -> bool:
        """The phrase at ``np`` opens with a definite word (as written: ``first`` comes without its article) that is
        not a word in -ي (الخطي، النادي: a surname, a body), a plural of persons (المنظمين), nor one the article named
        before (حسب الصندوق after صندوق النقد الدولي، بحسب المسح after مسح أجرته رويترز): a thing, not a source."""
        written = self._core(self.doc.norm[np[0] : np[1]].split()[0])
        return written.startswith("ال") and len(written) > 3 and not written.endswith(("ي", "ين", "ون")) \
            and not re.search(rf"(?<!\S)[وفبل]?(?:ال)?{re.escape(written[2:])}(?!\S)", self.doc.norm[: np[0]])

    @staticmethod
    def _thing_noun(first: str) -> bool:
        """``first`` (without ل) reads as a noun, not a name, after حسب/بحسب (word list depending_cue): it opens
        with the article (المخطط), ends with a pronoun (تخصصه), with ة or ات (خطة، مساحات), or is كل."""
        return first.startswith("ال") or first.endswith((*PRONOUN_SUFFIXES, "كم", "ة", "ات")) or first == "كل"

    def opening_subject(self, sa: int, ca: int, named: list) -> _Speaker | None:
        """The subject after the verb that opens the sentence at ``sa`` (و/ف and a word without the article),
        before the cue at ``ca``: وتتقدم القيادة العامة بخالص العزاء، سائلة الله ... (None: no such subject)."""
        n_sent, nca = self.doc.to_norm[sa], self.doc.to_norm[ca]
        i = self._index_at(n_sent)
        if i >= len(self.words) or self.words[i][0] >= nca:
            return None
        first = self._core(self._word(i))
        if first[:1] not in {"و", "ف"} or len(first) < 4 or first[1:3] == "ال" and first[1:] not in self.cues.article_verbs \
                or self._word(i)[-1:] in _PUNCT:
            if not self._perfect_verb(first, i):
                return None
        np = self._after(self.words[i][1], nca)
        if np is None or not self._is_subject_phrase(np):
            return None
        return self._checked(np, "after_verb", named)

    def acting_subject(self, sa: int, ca: int, named: list, background: bool = False,
                       opener: bool = True, coded: bool = True) -> _Speaker | None:
        """A named actor who acts in the sentence at ``sa`` (before ``ca``): the subject, known to the tables,
        of the verb opening it (وترفض إسرائيل ذلك), also after a short phrase of a preposition closed by a comma
        (من جانبها، أصدرت إسرائيل بيانا ...; with ``opener``). None after a preposition with no comma soon
        (وعن الدور الإيراني قال) or a dual or plural verb, whose subject is a pronoun and the noun after it an
        object (وطالبا الأمم المتحدة); and, unless ``background``, for a clause of what had been done before
        (وكانت الولايات المتحدة لعبت)."""
        i = self._index_at(self.doc.to_norm[sa])
        if i >= len(self.words):
            return None
        first = self._core(self._word(i))
        bare = first[1:] if first[:1] in {"و", "ف"} else first
        if bare in word_set("opening_preposition") and opener:
            clause = self._after_opener(i, ca)
            return None if clause is None else self.acting_subject(clause, ca, named, background, opener=False,
                                                                   coded=coded)
        if first in word_set("kana_past") and not background or bare in word_set("opening_preposition") or len(bare) >= 4 and bare.endswith("ا"):
            return None
        subject = self.opening_subject(sa, ca, named)
        if subject is None or subject is _NOT_SPEECH or coded and not (subject.actor_id or subject.code):
            return None
        words = normalize_text(subject.surface or "").split()
        if len(words) <= 2 and words[0] in self.cues.back_nouns:
            return None  # وكان المستشار العسكري تحدث: one named before, most often the one who spoke last
        return self._names_only(subject, sa)

    def _after_opener(self, i: int, ca: int) -> int | None:
        """Where the clause starts after the phrase opening a sentence at word ``i`` (a preposition and at most
        four more words, closed by a comma: في السياق نفسه، / من جهتها، / وفي طهران،), in the text; None when no
        comma closes it soon or nothing stands between the comma and the cue at ``ca``."""
        nca = self.doc.to_norm[ca]
        for k in range(i, min(i + _MAX_OPENER_WORDS, len(self.words) - 1)):
            if self.words[k][1] >= nca:
                return None
            if self._word(k)[-1:] in _APPOSITION_COMMAS:
                return int(self.doc.offsets[self.words[k + 1][0]]) if self.words[k + 1][0] < nca else None
        return None

    def _names_only(self, subject: _Speaker, sa: int) -> _Speaker | None:
        """The subject of a verb that is no cue, cut where the mentions it opens with end: no particle
        bounds it, so its object runs on (وانتقدت إيران العقوبات → إيران); an apposition after a comma stays.
        None when it opens with neither a mention nor an office."""
        text = self.doc.text
        a = text.find(subject.surface, sa)
        if a < 0:
            return subject
        b, end = a + len(subject.surface), None
        first = len(subject.surface.split()[0])
        head = normalize_text(subject.surface.split()[0])
        if not self.ment.overlapping(a, a + first) and head not in self.cues.heads and head not in word_set("name_link_in_name"):
            return None  # وتصاعدت وتيرة هجمات الحزب: a thing that opens with no actor (nor ابو فلان), though it names one
        for m in sorted(self.ment.overlapping(a, b), key=lambda m: m[0]):
            if m[0] > (a if end is None else end) and text[a if end is None else end : m[0]].strip(" ،,و"):
                break
            end = max(end or 0, m[1])
        if end is None or end >= b or text[end : end + 1] in {"،", ","}:
            return subject
        return subject._replace(surface=text[a:end])

    def _perfect_verb(self, first: str, i: int) -> bool:
        """``first``, the word at ``i`` opening a sentence, reads as a past verb without و: three to five
        letters, no article, no office or descriptor, no mention in it, no punctuation after it (استقبل،
        أكد، بحث)."""
        if not 3 <= len(first) <= 5 or first.startswith("ال") and first not in self.cues.article_verbs \
                or self._word(i)[-1:] in _PUNCT or not first.isalpha():
            return False  # but التقى، ألقى، ألمح (التقي، القي، المح once normalised) are verbs
        if first in self.cues.heads or first in self.cues.descriptors or first in self.cues.stop:
            return False
        a, b = self._text_span(*self.words[i])
        return not self.ment.overlapping(a, b, every=True)

    def _issuing_subject(self, n_sent: int, nca: int) -> tuple[int, int] | None:
        """The subject of the verb that opens the sentence at ``n_sent`` when an indefinite document is its
        object right before the verb at ``nca`` (أصدرت وزارة الخزانة تقريرا قالت فيه، ونشر الأزهر بيانا أكد
        فيه): the subject phrase between the two; None else."""
        i, j = self._index_at(n_sent), self._index_at(nca)
        # ثم ألقى، بعد ذلك ألقت، وفي الحفل ألقى: words before the verb of issuing; it opens the clause
        i = next((k for k in range(i + 1, j - 2) if self._issuing_verb_at(k)), i) \
            if not self._issuing_verb_at(i) else i
        if j - i < 3 or j - i > _MAX_SUBJECT_WORDS + 3 and not (self._issuing_verb_at(i) and self._long_issuer(i + 1, j - 2)):
            return None  # verb, subject, document; not a run-on "sentence"
        document = self._core(self._word(j - 1))
        # بيانا (accusative), or a feminine noun whose case ending is not written (ألقى المفتي كلمة عبر فيها)
        if not (document.endswith("ا") and "ال" + document[:-1] in self.cues.documents
                or document.endswith("ة") and "ال" + document in self.cues.documents):
            return None
        verb = self._core(self._word(i))
        verb = verb[1:] if verb[:1] in {"و", "ف"} else verb
        # ألقى reads as القى, like a noun with its article: a verb of issuing all the same
        if len(verb) < 3 or verb.startswith("ال") and verb not in self.cues.issuing_verbs or verb in self.cues.heads \
                or self._word(i)[-1:] in _PUNCT:
            return None
        # الشبكة الدولية، التي تضم 164 منظمة، تقريرا: a relative clause describes the issuer, not part of its name
        relatives = word_set("subject_relative")
        last = next((k - 1 for k in range(i + 2, j - 1) if self._core(self._word(k)) in relatives), j - 2)
        span = self._span_of(i + 1, last)
        return span if self._is_subject_phrase(span) else None

    def _long_issuer(self, i: int, j: int) -> bool:
        """Words ``i`` to ``j``, longer than a subject may be, still name the one who gives a speech: at most
        :data:`_MAX_ISSUER_WORDS` words besides a part in brackets (صاحب السمو الملكي الأمير فلان بن فلان بن فلان
        أمير المنطقة الشرقية، نائب رئيس مهرجان القطيف (واحتنا فرحانة) فلان الفلاني), none of them ending a sentence."""
        counted, depth = 0, 0
        for k in range(i, j + 1):
            w = self._word(k)
            depth += w.count("(")
            if depth <= 0 and self._core(w):
                counted += 1
            depth = max(0, depth - w.count(")"))
            if w[-1:] in _SENTENCE_MARKS and not abbreviation_dot(self.doc.norm, self.words[k][1] - 1):
                return False
        return counted <= _MAX_ISSUER_WORDS

    def _issuing_verb_at(self, k: int) -> bool:
        """The word ``k`` is a verb of issuing (ألقى، وأصدرت), as the ``issuing_verb`` list writes it."""
        verb = without_conjunction(self._core(self._word(k)), self.cues.issuing_forms)
        return verb in self.cues.issuing_forms and self._word(k)[-1:] not in _PUNCT

    def _before_object(self, span: tuple[int, int], objects: set[str]) -> tuple[int, int] | None:
        """``span`` up to the first of ``objects`` in it (the object a particle_cue verb needs), or None when it opens it."""
        i, j = self._index_at(span[0]), self._index_at(span[1])
        cut = next((k for k in range(i, j) if _is_particle(self._core(self._word(k)), objects)), None)
        if cut is None:
            return span
        return self._span_of(i, cut - 1) if cut > i else None

    def _before_called_public(self, span: tuple[int, int]) -> tuple[int, int]:
        """``span`` (the words after a verb of word list call_verb: دعا، حث، ناشد، طالب) up to the public the call
        addresses, when its words run on over it: a word of call_addressee_public not in the nominative (not
        المواطنون, a subject) or of public_before (جميع، كافة، الإخوة, which may stand before it), after a word that
        closes a speaker: a definite word, the end of a mention or a one-word name (وطالب شيبان الأهالي، ودعا أمير
        منطقة عسير المواطنين والمقيمين، وحث المتحدث الرسمي جميع المواطنين). Not after من, a quantifier or a public
        word (عدد من المواطنين، بعض المواطنين المسافرين: the speakers themselves) nor after an indefinite word that
        governs the public (عميد شؤون الطلاب). ``span`` itself when no public is there."""
        i, j = self._index_at(span[0]), self._index_at(span[1])
        public, before = word_set("call_addressee_public"), word_set("public_before")
        for k in range(i + 1, j):
            at = k
            while at < min(j, k + 2) and self._core(self._word(at)) in before:
                at += 1
            core = self._core(self._word(at)) if at < j else ""
            if at == k and (core not in public or core.endswith("ون")):
                continue  # a public_before word cuts by itself: السحيباني الأشقاء اليمنيين
            prev_raw = self._word(k - 1)
            prev = without_conjunction(self._core(prev_raw))
            if prev == "من" or prev in word_set("speaker_quantifier") or prev in public \
                    or not prev.startswith("ال") and (prev in self.cues.heads or prev in self.cues.titles):
                continue  # عدد من المواطنين، بعض المواطنين المسافرين، مدير المتقدمين: the public is the speaker's own
            if prev_raw[-1:] in _PUNCT or prev.startswith("ال") or self._ends_a_mention(k - 1) \
                    or k - 1 == i and self._named_after_a_given_name(prev, self.words[k - 1][0]):
                return self._span_of(i, k - 1)
        return span

    def _issuer(self, span: tuple[int, int], nend: int, figures: bool = False) -> tuple[int, int] | None:
        """The body that issued a document subject, named after its noun: after a word of issuing and عن/من
        (وكشف التقرير الصادر حديثا عن مؤسسة النقد، بيان صادر عن X), right after a verb of issuing with the
        document's pronoun (تقرير أعده فريق من خبراء البنك الدولي), or as the noun's complement with ل, a mention
        (بيان للدائرة الإعلامية لمجلس الوزراء، التقرير السنوي لمؤسسة النقد). The words between must pass
        :func:`q7x2lib.documents.names_issuer`, the rule the event layer codes a document's statements by. With
        ``figures``, the span may open with any noun (الأرقام الصادرة عن مركز الإحصاء: the caller's inanimate word), and
        only a word of publishing (word list figures_issued) names the body: not بيانات الملف الطبي للمولودة (whose
        figures), الخطة التي أعدتها الرئاسة (a plan made, not figures reported)."""
        a, b = self._text_span(*span)
        if not figures and document_noun(self.doc.text[a:b]) is None:
            return None
        i = self._word_holding(span[0])  # لتقرير after وفقا ل: the span opens inside the noun's word
        noun_end = self.doc.text.find(" ", a)
        if noun_end < 0 or i >= len(self.words):
            return None
        issuing = tuple(sorted(word_set("figures_issued"))) if figures else document_words()[1]
        body = None
        outlet = False
        for k in range(i + 1, min(i + 7, len(self.words))):
            if self.words[k][0] >= nend or self._word(k - 1)[-1:] in _PUNCT:
                break
            core = self._core(self._word(k))
            if k <= i + 3 and (at := self._outlet_at(k, nend)) is not None:
                body, outlet = at, True  # قال تقرير في مجلة «فورين بوليسي»، تقرير صحفي نشر بشبكة abc: the outlet
                break
            if not figures and k <= i + 3 and core[:1] == "ل" and len(core) > 3 and not self._issuing_word(core, issuing) \
                    and (self._mention_opens_in(k, min(k + 2, len(self.words) - 1))
                         or (bare := core[3:] if core.startswith("لل") else core[1:]) in self.cues.heads
                         or bare in self.cues.institution_heads):  # لمركز الأبحاث: a head of an institution's name
                body = k  # التقرير السنوي لمؤسسة النقد، بيان للدائرة الإعلامية لمجلس الوزراء
                break
            if self._issuing_word(core, issuing):
                after = next((j for j in range(k + 1, min(k + 4, len(self.words)))
                              if self._core(self._word(j)) in word_set("issued_by_preposition")), None)
                if after is not None:
                    body = after + 1  # الصادر حديثا عن مؤسسة النقد
                elif core[-1:] == "ه" or core.endswith("ها"):
                    body = k + 1  # تقرير أعده فريق من خبراء البنك الدولي
                elif k + 1 < len(self.words) and self._word(k)[-1:] not in _PUNCT \
                        and (at := self._outlet_at(k + 1, nend)) is not None:
                    body, outlet = at, True  # تقرير نشر في مجلة الأسبوع القانوني
                break
        if body is None or body >= len(self.words) or self.words[body][0] >= nend:
            return None
        start = self._text_span(*self.words[body])[0]
        if not outlet and not names_issuer(self.doc.text, noun_end, start):
            return None
        n0 = self.words[body][0]
        core = self._core(self._word(body))
        if core[:1] == "ل" and core[:2] != "لل" or outlet and core[:1] == "ب":
            n0 += 1  # لمؤسسة النقد، بشبكة abc: the issuer without the ل or ب
        span = self._after(n0, nend, attribution=True)
        if outlet and span is not None and body + 2 < self._index_at(span[1]) and not self._mention_opens_in(body, body) \
                and not any(ch in self.doc.norm[span[0]:span[1]] for ch in '"«»“”'):
            span = self._span_of(body, body + 2)  # شبكة abc الإخبارية ثبوت تورط: an outlet no mention bounds, three words
            span = (max(span[0], n0), span[1])
        if outlet and span is not None:  # صحيفة «تايمز» أعده أندرو نورفولك: the outlet, not who wrote the report
            cut = next((k for k in range(body + 1, self._index_at(span[1])) if self._issuing_word(self._core(self._word(k)), issuing)), None)
            span = self._span_of(body, cut - 1) if cut is not None else span
            span = (max(span[0], n0), span[1])
            if self._index_at(span[1]) <= body + 1:
                return None  # موقع alone: no outlet named; the report stays the speaker
        return span

    def _outlet_at(self, k: int, nend: int) -> int | None:
        """The word that opens an outlet a report was published in, at word ``k`` after the report's noun: في
        and an outlet's head (في مجلة «فورين بوليسي»، في صحيفة الغارديان) or the head with ب (بشبكة abc): the
        head's word; None else. An outlet's head is one of ``addressee_head`` (مجلة، صحيفة، موقع، شبكة، وكالة)."""
        core = self._core(self._word(k))
        if core == "في" and k + 1 < len(self.words) and self.words[k + 1][0] < nend and self._word(k)[-1:] not in _PUNCT:
            return k + 1 if self._core(self._word(k + 1)) in self.cues.addressee_heads else None
        return k if core[:1] == "ب" and core[1:] in self.cues.addressee_heads else None

    def _name_opens_with_b(self, i: int) -> bool:
        """Word ``i``, opening with ب, opens a subject mention there: its ب is the name's (موقع بيزنس إنسايدر، شركة
        بيكر هيوز), not a preposition, which the mention layer leaves outside a subject mention (بوزارة الداخلية)."""
        a = self._text_span(*self.words[i])[0]
        return any(m[0] == a for m in self.ment.overlapping(a, a + 1))

    def _mention_opens_in(self, i: int, j: int) -> bool:
        """A mention (of any kind) starts in words ``i`` to ``j``."""
        lo, hi = self._text_span(*self.words[i])[0], self._text_span(*self.words[j])[1]
        return any(lo <= m[0] < hi for m in self.ment.overlapping(lo, hi, every=True))

    @staticmethod
    def _issuing_word(core: str, issuing: tuple) -> bool:
        return issuing_word(core, issuing) or core[:1] in {"و", "ف"} and issuing_word(core[1:], issuing)

    def _relayed_source(self, sa: int, ca: int, named: list) -> _Speaker | None:
        """The speaker of قوله: the one named after عن before it (نقلت الوكالة عن الوزير سامي قوله)، or the
        one عنه/عنها refers to, the last speaker named before this sentence who is no outlet; None (the
        previous speaker) else."""
        j = self._index_at(self.doc.to_norm[ca]) - 1
        lo = self._index_at(self.doc.to_norm[sa])
        for k in range(j, max(lo - 1, j - _MAX_SUBJECT_WORDS - 1), -1):
            core = self._core(self._word(k))
            if core == "عن":
                return self._make(self._span_of(k + 1, j), "attribution", named) if k < j else None
            if core in word_set("resumptive_pronoun") and core.startswith("عن"):
                said_before = self.doc.text[sa:ca]  # not the outlet that relays (ونقلت صحيفة حريت عنه قوله)
                prior = next((p for p in reversed(named) if p.surface and p.surface not in said_before
                              and normalize_text(p.surface).split()[0] not in self.cues.descriptors), None)
                return prior._replace(basis="back_reference") if prior is not None else None
            if self._word(k)[-1:] in ".؟?!:":
                break
        return None

    def _is_subject_phrase(self, span: tuple[int, int], particle: str | None = None) -> bool:
        """A subject, not an object (أعلنت عزمها، أكد التزام واشنطن، ينفي مزاعم موسكو).

        A phrase opening with the article, a known name or an office (رئيس،
        مصدر) is a subject; any other (an unknown name, محمد الخطيب) only when
        إن/أن, a colon or a quotation follows it and no name stands inside it,
        or, for a verb of the subject_particle list, when it is a short name
        right before the verb's ``particle`` (وأشار هندرسون إلى).
        """
        ns, ne = span
        first = self._core(self.doc.norm[ns:ne].split()[0])
        bare = first[1:] if first[:1] in {"و", "ف"} and first not in self.cues.heads and len(first) > 3 else first
        a, b = self._text_span(ns, ne)
        if "\u064b" in self.doc.text[a:b].split()[0]:
            return False  # وأورد رقماً ...: a tanween fath marks an accusative, the object (or an adverb: فورًا)
        if _ACCUSATIVE_PLURAL_RE.fullmatch(bare):
            return False  # وطالب المواطنين بـ...: a sound plural in -ين after the verb is its object (the subject takes -ون)
        words = [self._core(w) for w in self.doc.norm[ns:ne].split()]
        if len(words) >= 2 and not bare.startswith("ال") and not bare.endswith("ين") \
                and _INDEFINITE_NISBA_PLURAL_RE.fullmatch(words[1]):
            return False  # واتهم وزراء إسرائيليين بـ...: the adjective's -يين marks the noun accusative, the object
        found = self.ment.overlapping(a, b)
        if not any(m[0] <= a for m in found) and self._governs_a_mention(a, a + len(self.doc.text[a:b].split()[0])):
            return False  # وقال لرويترز في مقابلة: a preposition on a name, the one told, not the speaker
        opening = a + 1 if self.doc.text[a : a + 1] in _OPENING_QUOTES else a  # وأشار "الزياني" إلى: the name in quotes
        if bare in self.cues.heads or any(m[0] <= opening for m in found):
            return True
        if bare in word_set("speaker_quantifier") and len(words) >= 3 and words[1] == "من":
            return True  # وعبّر عدد من أبناء الجالية عن سعادتهم: a part of a group, the subject
        if bare in word_set("speaker_count") and len(words) >= 2 and not found:
            # وحذرت عدة جهات أهلية من ...، أبلغ ثلاثة طيارين عن ...: a counted group, the subject; وأكد عدة مرات: no one
            return words[1] not in word_set("counted_time")
        if len(words) >= 3 and words[1] in word_set("father_link") \
                and self._is_bare_name(*self._span_of(self._index_at(ns), self._index_at(ns))):
            return True  # شدد أحمد بن بندر السديري على، أشاد نبيل بن محمد آل صالح: a name in its lineage form
        if bare in word_set("preposition_phrase"):
            return False  # وقال بهذا الخصوص إن، لما وصفه بـ "الحملة": a preposition opens no subject
        rest = self.doc.norm[ne : ne + 12].lstrip(_PUNCT.replace('"', "").replace(":", "") + " ")
        nxt = rest.split()[0] if rest.split() else ""
        later = self._index_at(ne)
        while later < len(self.words) and _skippable_first(self._core(self._word(later))):
            later += 1  # وقال فلان نائب رئيس المفوضية اليوم الأربعاء إن ...
        after_time = self._core(self._word(later)) if later < len(self.words) else ""
        # وقال أبو مالك أمس "...": a quotation or a colon after the time adverbial
        quoted_after_time = later < len(self.words) and self._word(later)[:1] in {'"', ":"}
        second = self._index_at(ns) + 1
        if found and found[0][2] and second < len(self.words) and int(self.doc.offsets[self.words[second][0]]) == found[0][0]:
            # الدكتور خالد العطية: a title; مديره رامي عبد الرحمن: an office with its pronoun governs no genitive, the
            # name after it is in apposition; مزاعم موسكو: a noun governing the name
            # تقرير البنك الدولي إن، بيان الخارجية الأمريكية أن: a document of a named body, then what it says
            return bare in self.cues.titles or self._possessed_head(bare) or "ال" + bare in self.cues.documents and (
                _COMPLEMENTISER_RE.fullmatch(nxt.strip(_PUNCT)) is not None or rest[:1] in {":", '"'})
        if particle is not None and not found and self._core(nxt) == particle and self._is_bare_name(ns, ne):
            return True  # وأشار هندرسون إلى، وأعرب عبد النور عن
        # a comma, or وهو/وهي opening an apposition: وقال آرون ميلر وهو مفاوض سابق ...
        # or a description between dashes: وذكرت فلانة الفلانية – معلمة – أن ...
        comma = self.doc.norm[ne : ne + 1] in {"،", ","} or nxt.strip(_PUNCT) in word_set("apposition_opener") \
            or self._dashed_description(ne)
        words = [self._core(w) for w in self.doc.norm[ns:ne].split()]
        n_words = len(words)
        # a name, then an office (a mention, or a head word: دابش جادر رئيس قسم ...، فلان نائب ...)
        office = bool(found) or not bare.startswith("ال") and any(w in self.cues.heads for w in words[2:5])
        short = n_words <= 5 or n_words <= 8 and office
        said = comma or rest[:1] in {":", '"'} or _COMPLEMENTISER_RE.fullmatch(nxt.strip(_PUNCT)) is not None \
            or _COMPLEMENTISER_RE.fullmatch(after_time) is not None or quoted_after_time \
            or self._addressee_then_content(nxt, ne)
        if short and said:
            return True  # نقيب الأطباء خالد عمر إن ...، وقال محمد رحيم، حاكم ...
        # a name or a body, then a relative clause and what is said: وأوضح علي جبران الذي يقضي إجازته ... أنه،
        # وقالت قوة المهام التي تشن الحملة ... إن; not an object with its complement (وأكد دعم لبنان للمملكة التي)
        if short and self._core(nxt) in word_set("subject_relative") and not nxt.startswith("و") \
                and self._content_follows(ne) and not self._opens_object(bare, "") \
                and not any(w[:1] == "ل" for w in words[1:]):
            return True
        if n_words >= 2 and self._possessed_head(bare) and (said or _after_new_name(after_time)
                                                             and self._content_follows(ne)):
            return True  # وأكد زعيمه فلان أمس أن، وقال شقيقه فلان الذي يسكن ... إن: a head with its pronoun, then a name
        # a body named by a noun and its definite genitive, described further, then إن/أن: قال مرصد الفتاوى
        # التكفيرية ... التابع لدار الإفتاء المصرية إن ...، قال تلفزيون المنار التابع لحزب الله إن ...
        named_body = n_words <= _MAX_SUBJECT_WORDS and words[1:2] and words[1].startswith("ال") and not bare.startswith("ال")
        if named_body and (said or after_time in word_set("subject_circumstance") and self._content_follows(ne)):
            return True  # وقالت حركة الشبيبة الوطنية الثورية في بيان نشرته ... إنها
        first_person = n_words == 1 and not found and bare.endswith("نا")  # وأضاف طلبنا من الأمين العام: "we asked"
        if (n_words <= 3 or office and n_words <= 8) and after_time in word_set("subject_circumstance") \
                and self._content_follows(ne) and not first_person:
            return True  # وكتب فاروفاكيس في مدونته: «...»
        return bare.startswith("ال") and not found  # التزام واشنطن: a name inside, after a head that is no office

    def _dashed_description(self, ne: int) -> bool:
        """A description between two dashes follows the phrase ending at ``ne`` (:data:`_DASHED_APPOSITION_RE`:
        سمر الصالح – موظفة –), not a prayer said after a name (word list dash_prayer_word: ابن كثير - رحمه الله -،
        رسول الله - صلى الله عليه وسلم -), which describes no one."""
        dashed = _DASHED_APPOSITION_RE.match(self.doc.norm, ne)
        return dashed is not None and not word_set("dash_prayer_word").intersection(
            w.strip(_PUNCT) for w in dashed.group().split())

    def _possessed_head(self, word: str) -> bool:
        """An office or a relative with an attached pronoun (زعيمه، رئيسها، شقيقه، زوجته): a head word or a word
        of the kin_noun list, then ه/ها/هم/هما (the ة of the stem written ت before it)."""
        return any(s in self.cues.heads or s in self.cues.kin_nouns for s in pronoun_stems(word))

    def _governs_a_mention(self, a: int, first_end: int) -> bool:
        """The first word ``[a, first_end)`` is a preposition on a mention the mention layer marks as no
        subject (لرويترز، بالكرملين): the mention opens with the word's ل or ب."""
        return self.doc.text[a : a + 1] in {"ل", "ب"} and any(
            len(m) >= 6 and not m[5] and m[0] == a for m in self.ment.overlapping(a, first_end, every=True))

    def _only_addressee(self, span: tuple[int, int]) -> bool:
        """The phrase after a verb of telling (أبلغ، أخبر) is its object alone: a quoted name, one word or a noun
        and its adjective of origin, then بـ or إن/أن, with no second noun phrase for a subject and an object
        (not وأبلغ الوزير الصحفيين أن, nor an honorific pronoun: وأخبر معاليه أن)."""
        words = [self._core(w) for w in self.doc.norm[span[0] : span[1]].split()]
        if not words or words[0] in self.cues.honorifics:
            return False
        j = self._index_at(span[1])
        nxt = self._core(self._word(j)) if j < len(self.words) else ""
        if not (_COMPLEMENTISER_RE.fullmatch(nxt) or nxt[:1] == "ب" and len(nxt) > 2):
            return False
        if self.doc.norm[span[0] : span[0] + 1] == '"' or len(words) == 1:
            return True
        # a noun and its adjective of origin (الجماعات اليهودية), not two nouns (الوزير النواب: subject, object)
        return len(words) == 2 and words[0].startswith("ال") == words[1].startswith("ال") \
            and re.fullmatch(r"\w{3,}(?:ي|ية|يين|يون|يات)", words[1]) is not None

    def _name_then_office(self, span: tuple[int, int]) -> bool:
        """A new speaker the rules of :meth:`_is_subject_phrase` miss: one to three words of an unknown name,
        then an office (وقال علي سالم متحدث باسم الحركة في مؤتمر صحفي ...، وأكد فلان فلاني مدير عام
        الهيئة أن ...), or a name of two or three words, then where the speaker is from, who or when
        (من، في، الذي، بعد ...: وقالت سلمى حداد من شركة ...). The verb's subject, however far what is
        said follows; without it the statement would go to whoever spoke before. Not in a question
        (an interviewer's, where no one is named)."""
        ns, ne = span
        stop = re.search(r"[.؟?!\n]", self.doc.norm[ne:])
        if stop is not None and stop.group() in "؟?":
            return False  # تؤكد وجود مجازر في المدن؟: an interviewer's question, no speaker named
        words = [self._core(w) for w in self.doc.norm[ns:ne].split()]
        heads = self.cues.heads
        k = next((k for k in range(1, min(4, len(words))) if words[k] in heads
                  or words[k].startswith("ال") and words[k][2:] in heads), None)
        if k is None:  # وقالت سلمى حداد من شركة ...، وقال كريم نوري الذي يرأس ...: a name, then where or who
            j = self._index_at(ne)
            nxt = self._core(self._word(j)) if j < len(self.words) else ""
            return (2 <= len(words) or len(words) == 1 and nxt in word_set("after_one_name")) and _after_new_name(nxt) \
                and not words[0].endswith("نا") and self._is_bare_name(ns, ne)  # not لدينا عدد من ...
        if any(w in heads for w in words[:k]):
            return False  # an office inside the name part: the rules of _is_subject_phrase had their say
        i = self._index_at(ns)
        name_end = self.words[i + k - 1][1]
        if self._is_bare_name(ns, name_end):
            return True
        # a given name, then a family name with the article (سامي الحلبي رئيس حزب ...، فلان القحوم عضو ...):
        # the given name a bare name, the family name one word after it, that no list marks as a noun
        return k == 2 and self._is_bare_name(ns, self.words[i][1]) and words[1].startswith("ال") \
            and self._is_family_name(words[1]) and self._word(i)[-1:] not in _PUNCT and not self._opens_object(words[0], "") \
            and not self.ment.overlapping(*self._text_span(*self.words[i + 1]), every=True)  # موقف الحكومة رئيس: a body

    def _is_family_name(self, word: str) -> bool:
        """A definite word that may be a family name (الحلبي، القحوم): not a head, nor a word of the stop,
        inanimate, non-speech or document lists, no attached pronoun, no plural or feminine ending."""
        bare = word[2:]
        return len(bare) >= 3 and word.isalpha() and bare not in self.cues.heads and word not in self.cues.heads \
            and not any(w in self.cues.stop or w in self.cues.inanimate or w in self.cues.non_speech
                        or w in self.cues.documents for w in (word, bare)) \
            and not word.endswith(("ون", "ين", "ات", "ة", "ه", "ها", "هم"))

    def _feminine_plural_subject(self, span: tuple[int, int], verb: str) -> bool:
        """An indefinite plural of bodies (word list plural_body) after a verb in the feminine past (-ت) is its
        subject, the verb agreeing with it (وأعلنت تشكيلات تابعة للجيش الحر استهداف ...، تبنت وحدات شرق
        كردستان الهجوم), with what follows it up to the object; not an abstract plural (وأكدت تطلعات الشعب:
        she stressed the people's hopes)."""
        if not verb.endswith("ت") or len(verb) < 4:
            return False
        words = [self._core(w) for w in self.doc.norm[span[0] : span[1]].split()]
        return len(words) >= 2 and words[0] in self.cues.plural_bodies

    def _subject_then_object(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """The subject when the phrase after the verb is two noun phrases, the subject and then the object, before
        the particle the verb governs (ودعت باريس طهران إلى ...، وتتهم المملكة إيران بـ...): one word no table
        knows and no noun that governs the next (بشاعة نظام الأسد), then a mention, and after the phrase
        إلى/على/عن, a word with بـ or لـ, or إن/أن. The first word only (None: not that shape)."""
        i, j = self._index_at(span[0]), self._index_at(span[1])  # j: the word after the phrase
        if j - i < 2 or j >= len(self.words) or self._word(i)[-1:] in _PUNCT:
            return None
        nxt = self._core(self._word(j))
        if not (nxt in word_set("cue_object_particle") or nxt[:1] in {"ب", "ل"} and len(nxt) > 3 or _COMPLEMENTISER_RE.fullmatch(nxt)):
            return None
        first, second = self._core(self._word(i)), self._core(self._word(i + 1))
        bare = without_article(first)
        if not first.isalpha() or len(bare) < 3 or first.startswith(("بال", "لل", "كال")) \
                or first in self.cues.heads or bare in self.cues.heads or first in self.cues.stop or first in self.cues.inanimate \
                or first in self.cues.non_speech or "ال" + bare in self.cues.documents or first in self.cues.back_nouns \
                or word_set("speaker_quantifier") & {first, bare} or first.endswith(PRONOUN_SUFFIXES) or first in word_set("question_opener") \
                or first in word_set("preposition_phrase") or first in word_set("demonstrative_word") or first.startswith("است") \
                or first.endswith("ة") and not first.startswith("ال") or self._opens_object(first, ""):
            return None  # بشاعة نظام الأسد، مزاعم موسكو، هؤلاء الأشخاص: a noun governing the name, the verb's object
        a, b = self._text_span(*self.words[i])
        if self.ment.overlapping(a, b, every=True):
            return None  # a mention opens it: the rules of _is_subject_phrase had their say
        c, d = self._text_span(*self.words[i + 1])
        if not any(m[0] == c for m in self.ment.overlapping(c, d, every=True)):
            return None  # the object is named (طهران، إيران); a word with the article may be a surname (مختار الرحبي)
        return self._span_of(i, i)

    def _is_bare_name(self, ns: int, ne: int) -> bool:
        """One to three words that read as a name: no article (but عبد النور), no attached pronoun
        (عزمه), no accusative ending (مقالا), no word of the stop, inanimate or non-speech lists."""
        words = [self._core(w) for w in self.doc.norm[ns:ne].split()]
        if not 1 <= len(words) <= 3 or words[-1].endswith("ا") or '"' in self.doc.norm[ns:ne]:
            return False
        for k, w in enumerate(words):
            if w.startswith("ال") and not (k and words[k - 1] in word_set("name_link_in_name")) or not w.isalpha():
                return False
            if w.endswith(("ها", "هم", "هما", "كم", "كما")) or w.endswith("ه") and not w.endswith("الله") \
                    or w.startswith("لل"):
                return False  # عزمه، لجلالتكم: an object or an addressee
            if w in self.cues.stop or w in self.cues.inanimate or w in self.cues.non_speech or "ال" + w in self.cues.documents:
                return False  # وأشارت وثيقة إلى: a document, whose issuer speaks
        return True

    def _addressee_then_content(self, nxt: str, ne: int) -> bool:
        """An addressee right after the phrase, then what is said: وقالت كاتسيلي لوسائل الإعلام إن ...، ويكشف
        حسين المزنعي لـ «اليوم» أن (a lone ل before the outlet's name)."""
        core = self._core(nxt)
        return core[:1] == "ل" and (len(core) > 2 or core == "ل") and self._is_addressee(core, '"' in nxt[:3]) and self._content_follows(ne)

    def _checked(self, span: tuple[int, int], basis: str, named: list) -> _Speaker:
        first = self._core(self.doc.norm[span[0] : span[1]].split()[0])
        first = without_conjunction(first)
        if first in self.cues.inanimate or first in self.cues.findings:
            return _NOT_SPEECH  # الأرقام تؤكد، كشفت التحقيقات
        return self._make(span, basis, named)

    def _after(self, n0: int, n1: int, attribution: bool = False, ali_may_open: bool = False) -> tuple[int, int] | None:
        """The subject after the verb: words up to إن/أن, a preposition, a particle or a quotation (``ali_may_open``:
        علي first after the verb may be the name Ali)."""
        stop, descriptors = self.cues.stop, self.cues.descriptors
        i, got = self._index_at(n0), []
        if 0 < i <= len(self.words) and self.words[i - 1][1] > n0:
            i -= 1  # the cue ends inside a word: وفقا لوكالة, whose ل is the cue's
            self._cut, self._from = i, n0
        try:
            span = self._after_from(i, n1, attribution, got, ali_may_open)
            if span is not None and not attribution:
                span = self._titled_name_after(span, n1)
        finally:
            self._cut = -1
        if span is not None and span[0] < n0:
            span = (n0, span[1])
        return span

    def _titled_name_after(self, span: tuple[int, int], n1: int, reach: int = 6) -> tuple[int, int]:
        """The subject goes on to a title and its name a few words after it (word lists ``person_title`` and its
        military, government and religious kinds, ``honorific_title``): an office
        with its place or body, then who holds it (أعلن الملحق الثقافي في أستراليا الدكتور فلان، أكد المشرف على الطلاب
        في الدورة الشيخ فلان); the first word after the office is the title, في or على, or ب or ل on a mention
        (بمحافظة الليث), and the words between, none a title after ل (لفخامة), have no mark, no complementiser and no quotation."""
        k = self._index_at(span[1]) - 1  # the last word of the subject
        if k >= len(self.words) or self._word(k)[-1:] in _PUNCT:
            return span
        for j in range(k + 1, min(k + 1 + reach, len(self.words))):
            if self.words[j][0] >= n1:
                return span
            w = self._word(j)
            core = self._core(w)
            if j == k + 1 and core not in self.cues.name_titles and core not in word_set("office_place_preposition") \
                    and not (core[:1] == "ب" and self.ment.overlapping(*self._text_span(*self.words[j]), every=True)):
                return span  # not a place or body after the office (طالبت المواطنة فلانة وزير الصحة المهندس ...)
            if core[:1] == "ل" and (core[1:] in self.cues.name_titles or "ال" + core[2:] in self.cues.name_titles):
                return span  # an addressee with a title (برقية تهنئة لفخامة الرئيس الدكتور ...)
            if core in self.cues.name_titles and j + 1 < len(self.words) and self.words[j + 1][0] < n1:
                more = self._after_from(j, n1, False, [])
                return (span[0], more[1]) if more is not None and more[1] > span[1] else span
            if not core or w[-1:] in _PUNCT or _COMPLEMENTISER_RE.fullmatch(core) or w[:1] in "«\"“(":
                return span
        return span

    def _opens_a_name(self, j: int) -> bool:
        """The j-th word may open a subject: a definite noun, a head of an agent phrase, an office, a title or a
        body (``heads``), the start of a mention, or a private person's word of ``setting_speaker`` with a
        possessive ending (والدتها، شقيقه)."""
        core = self._core(self._word(j))
        if core.startswith("ال") or core in self.cues.heads \
                or self.ment.overlapping(*self._text_span(*self.words[j])):
            return True
        base = next((core[: -len(e)] for e in ("هما", "هم", "ها", "ه") if core.endswith(e) and len(core) > len(e) + 2), "")
        base = base[:-1] + "ة" if base.endswith("ت") else base
        return bool(base) and base in {normalize_text(w) for w in self.cues.setting_words}

    def _after_from(self, i: int, n1: int, attribution: bool, got: list,
                    ali_may_open: bool = False) -> tuple[int, int] | None:
        stop, descriptors = self.cues.stop, self.cues.descriptors
        in_quote = False
        while i < len(self.words) and self.words[i][0] < n1 and len(got) < _MAX_SUBJECT_WORDS:
            w = self._word(i)
            core = self._core(w)
            bare = core[1:] if core[:1] in {"و", "ف"} and len(core) > 3 else core
            opens = w[:1] == '"' or "\"" in w[:3]
            if in_quote:  # a quoted name inside the subject (وكالة الأنباء "واس")
                got.append(i)
                in_quote = w.count('"') % 2 == 0
                if not in_quote and w.rstrip('"')[-1:] in "،,:":
                    break
                i += 1
                continue
            if not core or w[:1] == ":":
                break  # قال:اللجنة ...: a colon joined to the cue, what is said follows
            if not got:
                if _skippable_first(core) or core.isdigit() or core in self.cues.months and not attribution:
                    i += 1  # وقالت مرارا، وأعلن يوم 1 يوليو
                    continue
                if core in word_set("demonstrative_object") and not attribution and w[-1:] not in _PUNCT \
                        and i + 1 < len(self.words) and self._opens_a_name(i + 1):
                    i += 1  # أوضح ذلك الناطق الإعلامي، أكدت ذلك والدتها: what was said before, its sayer follows
                    continue  # not تعلن ذلك لتبين (no subject after it)
                if core in word_set("first_person_addressee") and not self.ment.overlapping(*self._text_span(*self.words[i])):
                    i += 1  # قال لي مصدر، وقال لنا: the writer told; لي كه تشيانغ (a name the mentions hold) is not
                    continue
                if core == "كل" and i + 1 < len(self.words) and self._core(self._word(i + 1)) == "من":
                    i += 2  # أعلن كل من «هيئة ...» و«الائتلاف ...»
                    continue
                if core[:1] == "ل" and not attribution and self._is_addressee(core, opens):
                    # an addressee before the subject (قال لـ«الشرق الأوسط» مصدر): skip it, with its adjectives
                    i = self._skip_quoted(i + 1 if core == "ل" and i + 1 < len(self.words) else i)
                    while i < len(self.words) and _NISBA_RE.fullmatch(self._core(self._word(i))):
                        i += 1  # أكد للمسؤولين اليمنيين
                    continue
                if opens and not attribution:
                    closing = self._quoted_name_end(i)
                    if closing is None:
                        break  # the quotation itself: no subject
                    got.extend(range(i, closing + 1))
                    break
            if got and core == "من" and len(got) == 1 and self._core(self._word(got[-1])) in word_set("speaker_quantifier"):
                got.append(i)  # وقال عدد من المواطنين، أكد بعض من حضر: the part and the whole are one subject
                i += 1
                continue
            if _COMPLEMENTISER_RE.fullmatch(core) or (core in stop or bare in stop) and not self._is_name_ali(i, got, ali_may_open) \
                    and not (core.startswith("باسم") and got and self._core(self._word(got[-1])) in word_set("spokesman_word")):
                break  # باسمه ends the speaker (الوزير فلان باسمه وباسم ...) but not a spokesman's title (المتحدث باسمه)
            if got and core[:1] == "ب" and core != "باسم" and not core.startswith("باسم") and core[1:] not in word_set("workplace_noun") \
                    and core not in self.cues.b_nouns \
                    and core not in word_set("name_link_in_name") and not self._name_goes_on(i, got) and not self._name_opens_with_b(i):
                break  # but أستاذ العلوم السياسية بجامعة صنعاء goes on, and so does a name: فيصل بن خالد، موقع بيزنس إنسايدر
            if got and not attribution and (core == "ل" or w[:1] == "ل" and '"' in w[1:3] or core[:1] == "ل" and core[1:] in descriptors
                                            or core in word_set("addressee_word") or core[:1] == "ل" and core[1:] in self.cues.addressee_heads
                                            or core[:2] == "لل" and core[2:] in self.cues.addressee_heads):
                break  # وقالت المصادر لـ«عكاظ»، وقال الوزير للصحفيين، للإذاعة: the addressee ends the subject
            if got and attribution and (core in word_set("addressee_word") or core[:1] == "ل" and core[1:] in self.cues.addressee_heads):
                break  # حسبما أفاد مصدر طبي لوكالة الصحافة الفرنسية: so too after an attribution's verb
            if got and len(core) == 5 and core[1] == "ا" and core[-1] == "ا" and self._core(self._word(got[-1])).startswith("ال"):
                break  # وقال المسؤول طالبا عدم ذكر اسمه: an accusative participle (فاعلا) after the subject is a حال, not part of it
            if not got and (core[:3] in {"بال", "كال"} or core[:1] == "ب" and core[1:] in self.cues.saying_nouns
                            or core[:1] == "ب" and len(core) >= 6 and core.endswith(("ها", "هم", "هما"))) \
                    and not attribution:
                break  # قال بالحرف، أشار بالقول، ويستطرد بقوله، وأوصى برعايتهم: a preposition and its noun, no subject
            if got and _IMPERFECT_PLURAL_RE.fullmatch(core) and self._ends_a_mention(got[-1]):
                break  # وقال ريابكوف يتحدثون عن ثمن باهظ: what is said opens with a verb, without إن
            if got and not attribution and self._opens_object(core, self._core(self._word(got[-1]))):
                break  # ودان الوزير الهجوم، نفت أنقرة اتهامات: the object after a complete subject
            if len(got) == 1 and not attribution and self._object_after_one_name(got[0], i):
                break  # وأعلن الحربش فوز ...، وطالبت لاجارد دائني اليونان: a one-word name, then what it governs
            if got and not attribution and self._state_after_definite(got[-1], i):
                break  # وهنأ مجلس الوزراء جمهورية مصر العربية: a state named after a closed phrase, the object
            got.append(i)
            if opens and w.count('"') % 2 == 1:
                prev = self._core(self._word(got[-2])) if len(got) > 1 else ""
                if (prev in descriptors or prev.startswith("ال") or attribution) and self._closes_soon(i):
                    in_quote = True
                    i += 1
                    continue
                got.pop()
                break
            if w[-1:] == "." and abbreviation_dot(self.doc.norm, self.words[i][1] - 1):
                i += 1  # د. فلان، جون ف. كيري: a title or an initial, the name goes on
                continue
            if w[-1:] in "،,:.؟?!":
                # an apposition goes on: الرئيس الروسي، فلاديمير بوتين
                ns, ne = self.words[got[0]][0], self.words[got[-1]][1]
                if not self._mention_goes_on(ns, ne):
                    break
            i += 1
        if not got:
            return None
        ns, ne = self.words[got[0]][0], self.words[got[-1]][1]
        while ne > ns and self.doc.norm[ne - 1] in _PUNCT:
            ne -= 1
        if self.doc.norm[ns:ne].count('"') % 2 and self.doc.norm[ne : ne + 1] == '"':
            ne += 1  # وكالة الأنباء "واس": the quoted name keeps its closing mark
        return (ns, ne) if ne > ns else None

    def _object_after_one_name(self, g: int, i: int) -> bool:
        """Word ``i`` opens the object after a subject of one word ``g`` that is a name: a state a mention codes
        (وأعلنت اليونان عجزها), or a surname named before after a given name (الحربش after سعد الحربش, لاجارد after
        كريستين لاجارد), not an office, title, body, source or descriptor word; and word ``i`` is an indefinite word,
        no office, title, name link (بن) or state, in no mention and with no mark before it (وأعلن الحربش فوز أربعة،
        وطالبت لاجارد دائني اليونان). Not مصادر سياسية (an adjective), الفنانة ليلى (a name after an occupation)."""
        raw, name = self._word(g), self._core(self._word(g))
        if raw[-1:] in _PUNCT or len(name) < 3:
            return False
        cues = self.cues
        bare = without_article(name)
        if any(w in cues.heads or w in cues.titles or w in cues.descriptors or w in cues.back_nouns or w in cues.documents
               or w in cues.inanimate or w in cues.source_heads or w in cues.setting_words for w in (name, bare)) \
                or name in cues.country_adjectives:
            return False
        a, b = self._text_span(*self.words[g])
        alone = [m for m in self.ment.overlapping(a, b, every=True) if m[0] >= a and m[1] == b]
        state = any(not m[2] and isinstance(m[4], str) and len(m[4]) == 3 and m[4] not in cues.agent_codes for m in alone)
        if not state and not (name.startswith("ال") and self._named_after_a_given_name(name, self.words[g][0])):
            return False
        word = self._word(i)
        core = self._core(word)
        if len(core) < 3 or core.startswith("ال") or not core.isalpha() or word[:1] in "«\"“(" \
                or core in cues.heads or core in cues.titles or core in cues.descriptors or core in word_set("name_link_in_name") \
                or core in cues.country_names or core in cues.months or core in cues.stop or core in cues.function_words \
                or core[:1] in {"و", "ف"} and (core[1:].startswith("ال") or core[1:] in cues.heads):
            return False
        if self.ment.overlapping(*self._text_span(*self.words[i]), every=True):
            return False
        # after a surname, only a word that cannot be a given name: a pronoun or the accusative, a feminine or
        # derived verbal noun, an addressee with ل, a past verb of the feminine that opens what is said (الجبير
        # تناولت المباحثات) (not البائع سعيد، هيفاء وهبي: a given name, a surname)
        return state or core.endswith(("ها", "هم", "هما", "ه", "ة")) or core[:1] == "ل" \
            or core.endswith("ا") and not core.endswith("اء") and len(core) > 3 or bool(_DERIVED_VERBAL_NOUN_RE.fullmatch(core)) \
            or core in cues.object_nouns or _FEMININE_PERFECT_RE.fullmatch(core) is not None

    def _state_after_definite(self, g: int, i: int) -> bool:
        """Word ``i`` opens a mention of a state alone (a country's code, no actor, no agent) by the state's one-word
        name (مصر، الكويت) or the head of its formal name (word list state_head: جمهورية، دولة), with no conjunction
        or preposition on it, right after word ``g``, a definite word with no mark after it: such a phrase takes no
        state in construct (مجلس وزراء مصر is one), so the state is the verb's object (وهنأ مجلس الوزراء جمهورية مصر
        العربية، ودعت الحكومة دولة الكويت إلى); not an adjective (الحكومة المصرية), a body placed in a state (رئيس
        القسم بالمعهد القومي ... في مصر), a list of states (المملكة الأردنية ومملكة البحرين) nor a name after a title (الدكتور السويد)."""
        first = self._core(self._word(i))
        last = without_conjunction(self._core(self._word(g)))
        if self._word(g)[-1:] in _PUNCT or not last.startswith("ال") or last in self.cues.name_titles \
                or first not in self.cues.country_names and first not in word_set("state_head"):
            return False
        a, b = self._text_span(*self.words[i])
        return any(m[0] == a and not m[2] and isinstance(m[4], str) and len(m[4]) == 3 and m[4] not in self.cues.agent_codes
                   for m in self.ment.overlapping(a, b, every=True))

    def _named_after_a_given_name(self, name: str, n0: int) -> bool:
        """``name`` (normalised) stands before ``n0`` right after a word that may be a given name: no article, no
        punctuation, not a function word, a cue, an office or a title (سعد الحربش، كريستين لاجارد)."""
        norm = self.doc.norm
        for start, space, _ in _words_before(norm[:n0], name):
            written = norm[start:space]
            before = self._core(written)
            if before and written[-1:] not in _PUNCT and not before.startswith("ال") and before not in self.cues.function_words \
                    and without_conjunction(before, self.cues.kinds) not in self.cues.kinds and before not in self.cues.kinds \
                    and before not in self.cues.heads and before not in self.cues.titles and before not in word_set("naming_preposition"):
                return True
        return False

    def _opens_object(self, core: str, prev: str) -> bool:
        """``core`` is an object noun (word list ``object_noun``, with the article, an attached pronoun or
        the accusative -ا) and ``prev``, the subject's last word, cannot govern it: definite (الوزير) or not
        an office or title word (أنقرة، روحاني), nor من or a quantifier (عدد من الأهالي); قائد الهجوم and منفذ
        الهجوم stay one phrase. People a speaker addresses (word list object_people: الطلبة، الأهالي) open the
        object only after a definite word (البراهيم الطلبة), not as an indefinite word's genitive (شؤون الطلبة)."""
        objects = self.cues.object_nouns
        if not prev.startswith("ال") and prev in self.cues.heads or prev == "من" or prev in word_set("speaker_quantifier"):
            return False  # عدد من الأهالي، أحد منسوبي الهيئة: the whole a part is of, still the subject
        if core in self.cues.object_people:
            return not prev or prev.startswith("ال")  # البراهيم الطلبة: the object; شؤون الطلبة، ممثلي الأهالي: one phrase
        stems = {core, core[:-1] if core.endswith("ا") else core} | pronoun_stems(core)
        return any(s in objects for s in stems)

    def _object_first(self, np: tuple[int, int], opening: str) -> bool:
        """The phrase after a verb opens with an object noun (word list object_noun) that has a pronoun
        (تطلعه، التزامهما) or governs a definite noun (حرص المملكة، اغتيال النائب العام): the verb's object, put
        first; the subject is the one before. Not عدد من، تصريحات لـ (a part, a document: subjects)."""
        if opening.startswith("ال") or not self._opens_object(opening, ""):
            return False
        if any(opening.endswith(p) for p in _PRONOUN_ENDINGS) and not self._possessed_head(opening):
            return True
        words = self.doc.norm[np[0] : np[1]].split()
        # حرص حكومة خادم الحرمين: an indefinite office or body (heads) in construct with it, the object's owner too
        return len(words) > 1 and (self._core(words[1]).startswith("ال") or self._core(words[1]) in self.cues.heads)

    def _derived_verbal_noun(self, np: tuple[int, int], opening: str) -> bool:
        """The phrase after the verb opens with the verbal noun of a derived verb, without the article, in
        construct with the next word (استمرار مصر، انعقاد جلسة، تطابق رؤية، تعزيز العلاقات): the verb's object.
        Not a document or a body that speaks (تقرير، استطلاع: word lists document_noun, inanimate_subject,
        source_head), nor a word a mention opens (a name)."""
        if not _DERIVED_VERBAL_NOUN_RE.fullmatch(opening) or "ال" + opening in self.cues.documents \
                or opening in self.cues.inanimate or opening in self.cues.heads or opening in self.cues.stop:
            return False
        i = self._index_at(np[0] + 1) - 1  # the word the phrase opens in (وفقا لخطة: the cue holds its ل)
        if i + 1 >= len(self.words) or self._word(i)[-1:] in _PUNCT:
            return False
        a, b = self._text_span(*self.words[i])
        if any(m[0] <= a for m in self.ment.overlapping(a, b, every=True)):
            return False
        # what it governs: a definite noun (تعزيز العلاقات), a feminine noun (انعقاد جلسة) or a name a mention
        # opens (استمرار مصر); not a foreign name's next word (تشانغ مينغ) nor a quoted name (تنظيم «فجر ليبيا»)
        nxt = self._word(i + 1)
        if nxt[:1] in _OPENING_QUOTES:
            return False
        core = self._core(nxt)
        c, d = self._text_span(*self.words[i + 1])
        return core.startswith("ال") or core.endswith("ة") or any(m[0] == c for m in self.ment.overlapping(c, d, every=True))

    def _body_before_verbal_noun(self, np: tuple[int, int]) -> tuple[int, int]:
        """A body an indefinite noun of the body_head list opens (لجنة تحقيق مستقلة، لجنة حقوق الإنسان العربية)
        ends before the verbal noun of a derived verb, without the article, from its third word on (تضخيم
        الشركة، تشكيل فريق): the verb's object. Its second word may be one (لجنة تحقيق): the body's name."""
        words = self.doc.norm[np[0] : np[1]].split()
        if len(words) < 3 or self._core(words[0]) not in self.cues.body_heads:
            return np
        i = self._index_at(np[0])
        for k in range(2, len(words)):
            if _DERIVED_VERBAL_NOUN_RE.fullmatch(self._core(words[k])) and self._word(i + k - 1)[-1:] not in _PUNCT:
                return np[0], self.words[i + k - 1][1]
        return np

    def _definite_before_verbal_noun(self, np: tuple[int, int]) -> tuple[int, int]:
        """The phrase cut after a definite word that no title is, before an indefinite verbal noun of a derived
        verb (وتوقع الكرملين إجراء هذه المحادثات → الكرملين): a definite noun takes no indefinite noun after it in
        one phrase, so the verbal noun opens the verb's object. Not after a title, where a name may follow
        (الدكتور إحسان), nor across punctuation (السوق المالية السعودية (تداول): a name in brackets), nor at a word a
        mention holds; the verbal noun governs a definite or feminine noun, a quantifier or a number, where a
        foreign given name of that shape (الفنانة أفنان فؤاد، الكرواتي إيفان راكيتيتش) is followed by its surname."""
        i, j = self._index_at(np[0]), self._index_at(np[1])
        for k in range(i + 1, j):
            word, prev = self._word(k), self._word(k - 1)
            core = self._core(word)
            if prev[-1:] in _PUNCT or word[:1] in _PUNCT or not self._core(prev).startswith("ال") \
                    or self._titled(prev) and not self._body_back_noun(prev) and not self._source_back_noun(prev) \
                    or core in self.cues.heads:
                continue
            if not (_FORM_IV_VERBAL_NOUN_RE.fullmatch(core) or _DERIVED_VERBAL_NOUN_RE.fullmatch(core)
                    or _FORM_III_VERBAL_NOUN_RE.fullmatch(core)) \
                    or self.ment.overlapping(*self._text_span(*self.words[k]), every=True):
                continue  # a word a mention holds is a name's (لوزارة العمل تيسير المفرج)
            nxt = self._word(k + 1) if k + 1 < len(self.words) else ""
            governed = self._core(nxt)
            if nxt[:1] in _PUNCT or governed.startswith("ال") or governed.endswith("ة") or governed in word_set("governed_opener") \
                    or governed[:1].isdigit() or governed.endswith(_POSSESSIVE_ENDINGS):
                # what it governs: إجراء هذه المحادثات، استقرار الوضع، أسماء (2199)، مواصلة جولاتها
                return np[0], self.words[k - 1][1]
        return np

    def _source_back_noun(self, word: str) -> bool:
        """``word`` is an unnamed source named again with the article (word list unnamed_source_head: المصدر،
        المصادر): a title no personal name follows (وأكد المصدر استكمال المرحلة: the source, then its object)."""
        core = without_conjunction(self._core(word))
        return core.startswith("ال") and without_article(core) in word_set("unnamed_source_head")

    def _body_back_noun(self, word: str) -> bool:
        """``word`` is a feminine back-reference noun for a body (word list back_reference_noun: الوزارة، الهيئة،
        الشركة، اللجنة), not a person's office (النائبة، المتحدثة): no personal name follows it in one phrase."""
        core = without_conjunction(self._core(word))
        return core in self.cues.back_nouns and core.endswith("ة") and without_article(core) not in self.cues.person_offices

    def _feminine_after_masculine(self, np: tuple[int, int], verb: str, ncb: int) -> bool:
        """A verb in the masculine (past without -ت, present in يـ) followed by a definite feminine noun (in -ة,
        or a plural in -ات): a verb agrees with a feminine subject right after it (وطالبت الحكومة), so the noun
        is its object (وطالب الحكومة الاتحادية، ودعا الجهات الحكومية، ناشد المنظمات) and the subject is elided.
        So too a body the tables know in -ة right after the verb (وطالب الحكومة الإسرائيلية، ودعا المنظمة الدولية,
        the verb's cue ending at normalised ``ncb``): a body or a woman is not the subject of a masculine verb
        written right before it (اعتبرها كل من المعارضة: the verb agrees with كل). Not a man named by a noun in -ة
        (العلامة، الداعية، القراصنة: word list man_in_feminine), nor a plural of the tables in -ات (ورغم نفي
        السلطات: the verbal noun نفي is written as the verb نفى)."""
        # اعتبرته، أعلنته، نفته: the feminine ت before an object pronoun
        stems = pronoun_stems(verb) or {verb}
        masculine = verb[:1] == "ي" if verb in self.cues.present else not any(s.endswith("ت") for s in stems) and verb[:1] != "ت"
        words = self.doc.norm[np[0] : np[1]].split()
        if not masculine or not words or self.cues.kinds.get(verb) != "verb":  # not a verbal noun (نفي المعلومات)
            return False
        first = self._core(words[0])
        if first in self.cues.body_heads:
            return first.endswith("ة")  # وطالب لجنة الحكام بـ: a body in -ة, indefinite in its name, is the object too
        if not first.startswith("ال") or first in word_set("man_in_feminine") or first in self.cues.descriptors \
                or first in self.cues.inanimate:  # المعلومات: its own rule (no speech)
            return False
        bare = first[2:]
        # a stem of four letters may be a plural of men (القادة، القضاة، الطلبة): only longer ones
        if not (len(bare) > 4 and (bare.endswith("ة") or bare.endswith("ات"))):
            return False
        if ({first, bare} & (self.cues.heads | self.cues.titles)) and (bare.endswith("ات") or self.doc.norm[ncb : np[0]].strip()):
            return False  # السلطات، كل من المعارضة: a plural body or one not right after the verb
        i = self._index_at(np[0])
        nxt = self._core(self._word(i + 1)) if i + 1 < len(self.words) else ""
        if self._word(i)[-1:] in ":\"«" or nxt in word_set("after_a_speaker") or _COMPLEMENTISER_RE.fullmatch(nxt):
            return False  # وقال العرادة في تصريحات، أوضح العرادة أن: a family name in -ة, then what or where it said
        a, b = self._text_span(*self.words[i])
        return not any(m[2] for m in self.ment.overlapping(a, b, every=True))  # الربيعة، العطية: a known name

    def _name_goes_on(self, i: int, got: list) -> bool:
        """Word ``i``, opening with ب, is a name's next word (ناتاشا برتو، جمال با رأس), not a preposition.

        So it reads when the words before it are a short name (no article, no
        ل, no punctuation after the last), it is not بـ with the article, an
        attached pronoun or a noun ending (بالشرطة، بها، بتصريحات، بمناسبة),
        and within two words the name ends where a speaker's name ends: at a
        comma, before إن/أن or before an office (مصطفى بور محمدي وزير العدل).
        """
        names = [self._core(self._word(k)) for k in got]
        last, core = names[-1], self._core(self._word(i))
        if last in self.cues.name_titles and self._word(got[-1])[-1:] not in _PUNCT and core.isalpha() \
                and not core.startswith(("بال", "بل")) and not core.endswith(PRONOUN_SUFFIXES) and core not in self.cues.stop:
            return True  # a title, then a name that opens with ب: الدكتور بدر السمحان، المهندس بندر الحربي
        if self._name_ends_at(i, names):
            return True
        if len(names) > 2 or self._word(got[-1])[-1:] in _PUNCT \
                or any(w.startswith(("ال", "ل")) or w in self.cues.heads or not w.isalpha() for w in names):
            return False
        for k in range(i, min(i + 3, len(self.words))):
            w = self._word(k)
            core = self._core(w)
            if not core.isalpha() or core.endswith(PRONOUN_SUFFIXES) or core.startswith(("بال", "بل")) \
                    or core in self.cues.stop or core in self.cues.inanimate or core in self.cues.non_speech:
                return False
            if w[-1:] in "،,":
                return True
            if k + 1 < len(self.words):
                nxt = self._core(self._word(k + 1))
                if _COMPLEMENTISER_RE.fullmatch(nxt) or nxt in self.cues.heads or nxt in self.cues.titles:
                    return True
            if core.endswith(("ات", "ة")):
                return False
        return False

    def _name_ends_at(self, i: int, names: list[str]) -> bool:
        """Word ``i``, opening with ب (not بال), is the last word of a personal name that a title, an office or a
        first name opens, the speaker's name ending right there: before إن/أن, at a comma or a colon (وقال المحلل مارك
        بيرسون إن، وقال دي بلاسيو إنه، اللاعب خالد بخيت، إن، عمدة المدينة بيل دي بلاسيو: ...). ``names``: the words read before it, the last a name
        (no article, no ل, no punctuation after it, no office or title noun)."""
        w, last = self._word(i), names[-1]
        core = self._core(w)
        if len(names) > 6 or not last.isalpha() or last.startswith(("ال", "ل")) or last in self.cues.heads \
                or last in self.cues.titles or last in self.cues.stop or self._word(i - 1)[-1:] in _PUNCT:
            return False
        if not core.isalpha() or core.startswith("بال") or len(core) < 4 or core.endswith(PRONOUN_SUFFIXES) \
                or core.endswith(("ات", "ة", "ه")) or core in self.cues.stop or core in self.cues.inanimate \
                or core in self.cues.non_speech or core in self.cues.b_nouns or core in self.cues.place_countries or core[1:] in self.cues.place_countries:
            return False  # (مصادر طبية بعدن، ومقره بريطانيا: ب and a place)
        if w[-1:] in "،,:":
            return True
        nxt = self._core(self._word(i + 1)) if i + 1 < len(self.words) else ""
        return _COMPLEMENTISER_RE.fullmatch(nxt) is not None

    def _report_source(self, n_sent: int, nca: int, named: list) -> _Speaker | None:
        """Who a report (بلاغ، اتصال، نبأ: ``report_noun``) that ``يفيد`` (states) came from: the one named after its
        من or من قبل (تلقت بلاغا من مقيم في الخمسينات يفيد، بلاغا ورد من قبل حرس الحدود صباح اليوم ... يفيد), else,
        with the report right before the cue (تلقى المركز بلاغا يفيد بوقوع حريق), no one: not a statement. None
        (the other rules decide) when no report stands within twenty words before it in its sentence, or what
        follows من is a time (من صباح اليوم) or nothing the subject rule reads."""
        at = self._index_at(nca)
        lo = max(self._index_at(n_sent), at - 20)
        k = at - 1
        while k >= lo:
            w, core = self._word(k), self._core(self._word(k))
            if core in self.cues.report_nouns or core[:1] in {"ب", "و"} and core[1:] in self.cues.report_nouns:
                break
            if w[-1:] in ".:!?؟":
                return None
            k -= 1
        else:
            return None
        between = [self._core(self._word(x)) for x in range(k + 1, at)]
        if "من" not in between:
            return _NOT_SPEECH if not between or between == ["ورد"] else None
        f = k + 1 + between.index("من")
        if f + 1 < at and self._core(self._word(f + 1)) == "قبل":
            f += 1
        if f + 1 >= at or _skippable_first(self._core(self._word(f + 1))):
            return None
        np = self._after(self.words[f][1], nca)
        return self._checked(np, "attribution", named) if np is not None else None

    def _holder_after(self, span: tuple[int, int], nend: int) -> tuple[int, int]:
        """An office cut at a preposition runs on to the known person who holds it, named right before إن/أن:
        القنصل العام للمملكة في لوس أنجلوس السفير الدكتور فيصل السديري، أنه ...; مدير العلاقات العامة بجمعية البر
        وليد البوسيف أن ... The office names no known person itself; the name ends in a given name and a family
        name (not وكالة الأنباء الإماراتية); between the office and it at most twelve words, no quotation, no
        sentence end (د. is a title) and no word of ``holder_gap_stop`` (مع نظيره، في بيان، في تصريح لوكالة)."""
        j = self._index_at(span[1])
        if j >= len(self.words) or self.words[j][0] >= nend or self._word(j - 1)[-1:] in _PUNCT:
            return span
        first = self._core(self._word(j))
        if first not in word_set("office_gap_preposition") and not (first[:1] == "ب" and len(first) > 3):
            return span
        a, b = self._text_span(*span)
        if any(m[2] for m in self.ment.overlapping(a, b, every=True)):
            return span  # the office already names its holder
        for k in range(j + 1, min(j + 13, len(self.words))):
            if self.words[k][0] >= nend:
                return span
            w, core = self._word(k), self._core(self._word(k))
            if _COMPLEMENTISER_RE.fullmatch(core):
                break
            bare = core[1:] if core[:1] in {"ب", "ل"} else core
            if any(ch in w for ch in '"«»“”:!?؟') or "." in w and len(core) > 2 \
                    or {core, bare, without_article(bare)} & self.cues.holder_gap_stops:
                return span
            if core[:1] == "ل" and (bare in self.cues.addressee_heads or without_article(bare) in self.cues.addressee_heads):
                return span  # لوكالة فرانس برس: the one told, named after the speaker
            if self._word(k - 1)[-1:] in "،," and core in self.cues.heads and core not in self.cues.titles:
                return span  # ...، وزير التعليم الدكتور عزام الدخيل: another office, someone else
        else:
            return span
        last = k - 1 if self._core(self._word(k - 1)) else k - 2  # a comma standing alone before أن
        if last <= j + 1:
            return span
        given = self._core(self._word(last - 1))
        linked = self._core(self._word(last - 2)) in word_set("name_link_in_name")  # عبد الله بوحبيب
        if given.startswith("ال") and given != "ال" and not linked or not given.isalpha() \
                or given in self.cues.heads or given in self.cues.body_heads:
            return span  # وكالة الأنباء الإماراتية، جامعة الطائف: a body, not a given name and a family name
        ne = self._span_of(last, last)[1]
        end = int(self.doc.offsets[ne - 1]) + 1
        given_at = int(self.doc.offsets[self.words[last - 1][0]])
        if not any(m[2] and b < m[0] <= given_at and m[1] == end for m in self.ment.overlapping(b, end, every=True)):
            return span
        return span[0], ne

    def _with_body(self, span: tuple[int, int], nend: int) -> tuple[int, int]:
        """A source goes on with the body it belongs to: مصدر عسكري في وزارة الدفاع، مسؤول من الحركة، القيادي في حماس."""
        i = self._index_at(span[0])
        j = self._index_at(span[1])  # the word after the phrase
        first = self._core(self._word(i))
        first = without_conjunction(first, self.cues.source_heads)
        # القيادي في حماس; not a back-reference (المتحدث الأمني في وزارة الداخلية: the one named before)
        first = first[2:] if first.startswith("ال") and first[2:] in self.cues.source_heads and first not in self.cues.back_nouns \
            else first
        if first not in self.cues.source_heads or j + 1 >= len(self.words) or self.words[j + 1][0] >= nend:
            return span
        if self._core(self._word(j)) not in {"في", "من", "ب"} or self._word(j - 1)[-1:] in _PUNCT:
            return span
        a = int(self.doc.offsets[self.words[j + 1][0]])
        body = next((m for m in self.ment.overlapping(a, a + 1, every=True) if m[0] == a), None)
        if body is None:
            return span
        return span[0], self.doc.to_norm[body[1]]

    def _content_follows(self, ne: int) -> bool:
        """A colon, a quotation or إن/أن within twelve words after ``ne``, before the sentence ends (ويرى نهاد
        علي أوزكان من مركز الدراسات تيباف في أنقرة، في اعتداء سروج «...»)."""
        j = self._index_at(ne)
        for k in range(j, min(j + 12, len(self.words))):
            w = self._word(k)
            if '"' in w or ":" in w or _COMPLEMENTISER_RE.fullmatch(self._core(w)):
                return True
            if w[-1:] in ".؟?!":
                return False
        return False

    def _over_quoted_name(self, span: tuple[int, int]) -> tuple[int, int]:
        """The speaker phrase runs on over a quoted name right after it that completes its last noun
        (:meth:`_quoted_name_in_construct`: مستشارة مبادرة "بلدي"، مدير تمرين ” الصمصام 5 ”), its closing mark included."""
        k = self._word_holding(span[1] - 1)
        if k < 0 or k + 1 >= len(self.words) or self.words[k][1] != span[1] or self._word(k + 1)[:1] != '"':
            return span
        closing = self._quoted_name_in_construct(k + 1, list(range(max(self._word_holding(span[0]), 0), k + 1)), len(self.doc.norm))
        if closing is None:
            return span
        a, b = self.words[closing]
        return span[0], a + self.doc.norm[a:b].rindex('"') + 1

    def _ends_a_name(self, i: int) -> bool:
        """A mention of a known person or of a state alone ends with word ``i`` (كاميرون، واشنطن), not an office
        phrase (رئيس جمعية)."""
        a, b = self._text_span(*self.words[i])
        return any(m[1] == b and (m[2] or self._bare_state(m)) for m in self.ment.overlapping(a, b))

    def _bare_state(self, m: tuple) -> bool:
        """The mention ``m`` is coded with a state alone (واشنطن، سعوديات), no agent."""
        return isinstance(m[4], str) and len(m[4]) == 3 and m[4] not in self.cues.agent_codes

    def _quoted_name_in_construct(self, i: int, got: list, n1: int) -> int | None:
        """The last word of a quoted name at word ``i`` that completes the indefinite noun before it (``got[-1]``),
        the head of a construct (مستشارة مبادرة "بلدي"، مدير تمرين ” الصمصام 5 ”، منظمة «العفو الدولية» إن): a
        quotation of one to three words that opens with no word of speech (لا، نحن، إن) and holds no mark, then
        more words of the sentence, not a colon, a full stop or the end. Not after a word with a mark, a definite
        word or an outlet, an adjective of origin (مصدر أمني "..."، إعلاميون تونسيون «...»), the end of a mention (a
        name or a state: واشنطن "تدين بشدة"، كاميرون "..."), a lone source word (وقال مسؤول "..."), a
        word with its pronoun, which governs no genitive (والدته "فلانة"، استشارتهم «الصحيفة») or one told after
        ل (لمراسل «الصحيفة»)."""
        head = self._word(got[-1])
        prev = self._core(head)
        if not prev or head[-1:] in _PUNCT or prev.startswith("ال") or prev in self.cues.descriptors \
                or prev.endswith(("ي", "يون", "يين")) or self._ends_a_name(got[-1]) \
                or len(got) == 1 and prev in self.cues.source_heads or pronoun_stems(prev) \
                or prev[:1] == "ل" and prev[1:] in self.cues.addressee_heads:
            return None
        for j in range(i, min(i + 4, len(self.words))):
            w = self._word(j)
            if w.count('"') >= (2 if j == i else 1):
                break
            if j > i and w[-1:] in _PUNCT:
                return None  # a mark inside the quotation: words of speech
        else:
            return None
        inner = [self._core(self._word(k)) for k in range(i, j + 1) if self._core(self._word(k))]
        if not inner or inner[0] in word_set("speech_opener") or inner[0] in self.cues.stop or _COMPLEMENTISER_RE.fullmatch(inner[0]) \
                or inner[0][:1].isdigit():  # فلان "40 عاما": an age, not a name
            return None
        a, b = self._text_span(self.words[i][0], self.words[j][1])
        if any(m[0] >= a and m[1] <= b and self._bare_state(m) for m in self.ment.overlapping(a, b)):
            return None  # a state named in a title (رواية «رسائل من سعوديات»، مسرحية «مدغشقر»): not the body's code
        last = w.rstrip("،,").rstrip('"')[-1:]
        if last and last in _PUNCT or w[-1:] in ".:؟?!" \
                or j + 1 >= len(self.words) or self.words[j + 1][0] >= n1 or self._word(j + 1)[:1] in ".:؟?!":
            return None  # «نحن هنا.»، "...": then a colon, the sentence's end
        return j

    def _closes_soon(self, i: int) -> bool:
        """The quotation opened at word ``i`` closes within four words: a quoted name ("واس")، not a quotation of speech."""
        return any('"' in self._word(j) for j in range(i + 1, min(i + 4, len(self.words))))

    def _is_addressee(self, core: str, opens: bool) -> bool:
        """لـ«الوطن»، للصحفيين، لوكالة، لوزير: an addressee; لوكا (a name that starts with ل) is not."""
        rest = core[1:]
        return core == "ل" or opens or core.startswith("لل") or rest in self.cues.heads or rest.startswith("ال") \
            or rest in self.cues.addressee_heads or rest in _PRONOUN_ENDINGS  # وقدم له صالح التعازي

    def _is_name_ali(self, i: int, got: list, may_open: bool = False) -> bool:
        """علي written with ya after a name (or first, where ``may_open``) is the name Ali, not the preposition على."""
        if not (got or may_open) or self._core(self._word(i)) != "علي":
            return False  # first after the verb only for a verb that governs no على (وقال علي الحسيني، not وأكد على)
        a, b = self._text_span(*self.words[i])
        return self.doc.text[a:b].strip(_PUNCT).endswith("ي")

    def _quoted_name_end(self, i: int) -> int | None:
        """The last word of a short quotation at word ``i`` that إن/أن or a comma follows: a quoted name. So too
        a quotation of one to three words, opening with no word of speech (لا، نحن، هذا), that a colon or the
        particle of the verb or the outlet it told follows (وقال "الزياني": "..."، وأشار "الزياني" إلى، وأوضح «الحريري» في
        كلمة، وقال "القضيعان" لـ"سبق": ...)."""
        for j in range(i, min(i + 7, len(self.words))):
            w = self._word(j)
            if (j > i or w.count('"') >= 2) and w.rstrip("،,:").endswith('"'):
                nxt = self._core(self._word(j + 1)) if j + 1 < len(self.words) else ""
                ok = w.endswith(("،", ",")) or _COMPLEMENTISER_RE.fullmatch(nxt) is not None
                raw_next = self._word(j + 1) if j + 1 < len(self.words) else ""
                # وقال "القضيعان" لـ"سبق": ...، وأكد "حامد" لـ "سبق" أن: the outlet told, after the quoted name
                told = not w.endswith(":") and nxt[:1] == "ل" and self._is_addressee(nxt, raw_next[1:2] in _OPENING_QUOTES)
                if not ok and j - i < 3 and (w.endswith(":") or nxt in word_set("after_quoted_subject") or told):
                    first = self._core(self._word(i))
                    ok = bool(first) and first not in self.cues.stop and first not in word_set("speech_opener") \
                        and _COMPLEMENTISER_RE.fullmatch(first) is None
                return j if ok and j - i < 6 else None
        return None

    def _skip_quoted(self, i: int) -> int:
        """The index after word ``i`` and, when it opens a quotation, after the quotation's end."""
        w = self._word(i)
        if w.count('"') % 2 == 1:
            for j in range(i + 1, min(i + 8, len(self.words))):
                if '"' in self._word(j):
                    return j + 1
        return i + 1

    def _clean_extension(self, b: int, mb: int, known: bool = False) -> bool:
        """A mention that runs past the phrase extends it unless it swallows إن/أن or a stop word (السفير بأن);
        a ``known`` one (an actor of the tables that starts inside the phrase) may hold a stop word of its own
        name (لهيئة الأمر بالمعروف والنهي عن المنكر ...), not إن/أن."""
        words = self._core_words(b, mb)
        return not any(_COMPLEMENTISER_RE.fullmatch(w) or w in self.cues.stop and not known for w in words)

    def _placed_past(self, b: int, mb: int) -> bool:
        """Whether the text from ``b`` to ``mb`` (the part of a mention past a speaker phrase) is في and a place with
        no إن/أن in it: the mention layer's body set في a place (المقاومة في محافظة إب)."""
        words = self._core_words(b, mb)
        return words[:1] == ["في"] and not any(_COMPLEMENTISER_RE.fullmatch(w) for w in words)

    def _core_words(self, b: int, mb: int) -> list[str]:
        """The core of each normalised word of the text from ``b`` to ``mb`` (text offsets)."""
        return [self._core(w) for w in self.doc.norm[self.doc.to_norm[b] : self.doc.to_norm[mb]].split()]

    def _ends_a_mention(self, i: int) -> bool:
        """A mention of the actor layer ends with word ``i`` (ريابكوف، وزير الخارجية الروسي)."""
        a, b = self._text_span(*self.words[i])
        return any(m[1] == b for m in self.ment.overlapping(a, b))

    def _mention_goes_on(self, ns: int, ne: int) -> bool:
        a, b = self._text_span(ns, ne)
        return any(m[1] > b + 1 for m in self.ment.overlapping(a, b))

    def _subject_before(self, n_sent: int, nca: int) -> tuple[int, int] | None:
        """:meth:`_before`, unless its span holds marks alone (a dialogue's closing quotation: ؟ " أجاب)."""
        span = self._before(n_sent, nca)
        return span if span is not None and self.doc.norm[span[0] : span[1]].split() else None

    def _before(self, n_sent: int, nca: int) -> tuple[int, int] | None:
        """The subject before the verb: a mention (الكرملين يقول)، a head before التي/الذي، وكان X قد قال، a clause-initial noun phrase."""
        text, to_norm = self.doc.text, self.doc.to_norm
        ca = int(self.doc.offsets[nca])
        j = self._index_at(nca) - 1
        lo = self._index_at(n_sent)
        if j >= lo and self._core(self._word(j)) == "قد":
            # وكانت رابطة علماء فلسطين المقاومة الفلسطينية قد طالبت: the subject is what follows كان, not the
            # mention right before قد (the verb's object, put first)
            for k in range(j - 1, max(lo - 1, j - 13), -1):
                if self._core(self._word(k)) in word_set("kana_past"):
                    if k + 1 > j - 1:
                        return None
                    return self._span_of(k + 1, j - 1)
        kana_subject = self._kana_subject(lo, j)
        if kana_subject is not None:
            return kana_subject
        m = self.ment.before(text, int(self.doc.offsets[n_sent]) if n_sent < len(self.doc.norm) else ca, ca, _SVO_GAP)
        if m is not None:
            first = self._dual_first(n_sent, m, nca)
            return to_norm[(first or m)[0]], to_norm[m[1]]
        if j < lo:
            return None
        last = self._core(self._word(j))
        if last in word_set("subject_relative"):
            after_verb = self._core(self._word(j + 2)) if j + 2 < len(self.words) else ""
            if after_verb not in word_set("resumptive_pronoun") and not self._agrees_with_relative(last, self._core(self._word(j + 1))):
                # عقدة السينما التي يعتقد البعض أنها ...: the verb's subject follows it, the head is its object
                # (but المقابلة التي قال فيها: the head is resumed by فيها, the speaker named before it)
                return None
            m = self.ment.before(text, int(self.doc.offsets[self.words[lo][0]]), ca, _RELATIVE_GAP)
            if m is not None:
                return to_norm[m[0]], to_norm[m[1]]
            return self._phrase_back(lo, j - 1)
        if last == "قد":
            return None
        # a clause-initial noun phrase: from the sentence start or a comma to the verb
        # or from إن/أن: what is said may report another's speech (أن منظمة الاستخبارات حذرت)
        def opens_clause(k: int) -> bool:
            prev = self._word(k - 1)
            core = self._core(prev)
            return (prev[-1:] in "،,:.؟?!\"" or _COMPLEMENTISER_RE.fullmatch(core) is not None
                    or core in word_set("speaker_clause_opener"))

        k = j
        while k > lo and not opens_clause(k) and j - k < 5:
            k -= 1
        if k > lo and not opens_clause(k):
            return self._after_contrast(lo, j)
        first = self._core(self._word(k))
        bare = without_conjunction(first)
        if not (bare.startswith("ال") or bare in self.cues.heads or self._word(k)[:1] == '"'  # or a quoted name: «إيباك» تعلن
                or self._headline_subject(k, j, nca) or self._plural_subject(bare, j + 1)):
            return self._after_contrast(lo, j)
        if bare in self.cues.article_verbs or first in self.cues.article_verbs or first[1:] in self.cues.article_verbs:
            return None  # ثم ألقى المستشار كلمة قال فيها: a verb that looks like a noun with the article, no subject before
        if any(self._core(self._word(x)) in self.cues.stop or _COMPLEMENTISER_RE.fullmatch(self._core(self._word(x)))
               for x in range(k, j + 1)):
            return self._after_contrast(lo, j)
        if self._word(j)[-1:] in "،,:.؟?!":
            return self._after_contrast(lo, j)
        return self._span_of(k, j)

    def _dual_first(self, n_sent: int, second: tuple, nca: int) -> tuple | None:
        """Before a verb in the dual (يهنئان، يؤكدان), the mention joined by و right before the mention ``second``
        that stands before the verb: the two are its subject (خادم الحرمين وولي العهد يهنئان، الرئيس هادي والجامعة
        العربية يطالبان), the first of them, written first, named with both. None for any other verb, or when no
        mention of the same sentence ends right before ``second``'s و."""
        if not DUAL_VERB_RE.fullmatch(self._core(self._word(self._index_at(nca)))):
            return None
        text = self.doc.text
        joined = text[second[0] : second[0] + 1] == "و" or text[: second[0]].rstrip()[-1:] == "و"
        if not joined:
            return None
        sa = int(self.doc.offsets[n_sent]) if n_sent < len(self.doc.norm) else second[0]
        first = self.ment.before(text, sa, second[0], _DUAL_JOIN)
        return first if first is not None and first[0] < second[0] and first[1] <= second[0] else None

    def _after_contrast(self, lo: int, j: int) -> tuple[int, int] | None:
        """A subject put first after a particle of contrast, longer than a clause-initial phrase may be: لكن،
        ولكن، إلا أن، غير أن، فإن, then a noun phrase of at most :data:`_MAX_SUBJECT_WORDS` words (titles, an
        apposition between commas, في/من inside a name) ending at word ``j``, right before the verb (لكن المتحدث
        الرسمي باسم وزارة النقل سامي العلي قال، غير أن مكتب رئيس الوزراء فلان الفلاني، أكد). The phrase opens
        with the article, an office word or a mention; none of its words is a cue, a complementiser, a
        relative or another stop word, nor ends a sentence. None otherwise."""
        for k in range(j, max(lo, j - _MAX_SUBJECT_WORDS + 1) - 1, -1):
            raw, core = self._word(k), self._core(self._word(k))
            if not core or core in self.cues.kinds or _COMPLEMENTISER_RE.fullmatch(core) \
                    or core in self.cues.stop and core not in word_set("inside_a_naming_word") or raw[-1:] in ":.؟?!" \
                    or '"' in raw and not (raw[:1] == '"' and raw.rstrip("،,")[-1:] == '"' and len(raw) > 2):
                return None  # «لا خلافات، لكن بعض التباين»، أوضح كيري: a quotation's end, the subject follows
            if k <= lo:
                return None
            prev = self._core(self._word(k - 1))
            before = self._core(self._word(k - 2)) if k - 2 >= lo else ""
            if not (prev in word_set("contrast_opener") or prev == "ان" and before in word_set("but_that_word") or prev == "فان"):
                continue
            if self._word(k - 1)[-1:] in _PUNCT:
                return None
            a, b = self._text_span(*self.words[k])
            if not (core.startswith("ال") or core in self.cues.heads or any(m[0] == a for m in self.ment.overlapping(a, b))
                    or self._plural_subject(core, j + 1)):
                return None
            return self._span_of(k, j)
        return None

    def _plural_subject(self, first: str, verb_at: int) -> bool:
        """``first`` opens a plural subject put before the plural verb at word ``verb_at`` (لكن مسؤولي المتنزه
        قالوا، أن معارضي مشروع القانون أكدوا، لكن مستخدمين صينيين قالوا): a sound plural of a participle in م-,
        or a plural of persons of the word list plural_speaker (أعضاء، خبراء، أهالي); the verb agrees with it."""
        if verb_at >= len(self.words):
            return False
        verb = self._core(self._word(verb_at))
        verb = verb[1:] if verb[:1] in {"و", "ف"} and len(verb) > 4 else verb
        if not _PLURAL_VERB_RE.fullmatch(verb):
            return False
        return bool(_PARTICIPLE_PLURAL_RE.fullmatch(first)) or first in self.cues.plural_speakers

    def _amma_topic(self, n_sent: int, nca: int) -> tuple[int, int] | None:
        """The topic of أما ... فـ, the subject of the verb its ف opens (أما المنظمة فتقول إن ...، وأما مدير
        المكتب، فلان، فأكد أن ...): the words after أما, at most :data:`_MAX_SUBJECT_WORDS` words before
        the verb in its sentence, up to a relative (أما سلمى التي هاجر أولادها فتقول → سلمى). None when
        أما opens no noun phrase: a preposition, a time word or بالنسبة (أما في سوريا فيقال، أما بالنسبة
        إلى ...), or إما ... أن (either)."""
        j = self._index_at(nca) - 1
        lo = self._index_at(n_sent)
        for k in range(j, max(lo - 1, j - _MAX_SUBJECT_WORDS - 1), -1):
            if self._core(self._word(k)) not in word_set("amma_word"):
                continue
            if k == j:
                return None
            first = self._core(self._word(k + 1))
            if not first or first in self.cues.stop or first in word_set("opening_preposition") or _skippable_first(first) \
                    or first in word_set("preposition_phrase") or first.startswith(("بال", "لل", "كال")) \
                    or _COMPLEMENTISER_RE.fullmatch(first) or first in self.cues.inanimate:
                return None
            last = j - 1 if self._core(self._word(j)) == "فقد" else j  # أما الجمعية فقد أكدت
            if last <= k:
                return None
            relatives = word_set("subject_relative")
            end = next((x - 1 for x in range(k + 2, last + 1) if self._core(self._word(x)) in relatives), last)
            return self._span_of(k + 1, end)
        return None

    def _b_initial_noun(self, word: str) -> bool:
        """A word whose ب is its own first letter, not the preposition: a document (بيان، بلاغ), an office or a
        body (بلدية), a word of the b_initial_noun list."""
        return word in self.cues.b_nouns or word in self.cues.heads or word in self.cues.documents \
            or "ال" + word in self.cues.documents

    def _kana_subject(self, lo: int, j: int) -> tuple[int, int] | None:
        """The subject between كان/كانت and the verb right after it, without قد (وكانت مصادر إعلامية أكدت،
        وكان مسؤول في الإدارة المحلية ذكر): words ``k+1``..``j`` after a كان at most eight words back, none of
        them a cue, a complementiser, a clause word (but في/من inside the phrase) nor ending with punctuation, but
        for a comma right before the verb, which closes an apposition (وكانت النائبة في الكنيست، فلانة، صرحت),
        and then commas inside it."""
        commas = j >= lo and self._word(j)[-1:] in _APPOSITION_COMMAS  # not كان ...، فقد أكدت: a clause after it
        for k in range(j, max(lo - 1, j - _MAX_KANA_SUBJECT_WORDS - 1), -1):
            raw = self._word(k)
            core = self._core(raw)
            if core in word_set("kana_past"):
                first = self._core(self._word(k + 1)) if k < j else ""
                if not first or first in self.cues.stop or first in word_set("opening_preposition") or first in word_set("not_kana_subject"):
                    return None  # كان في تصريحه ... عندما قال، كان هناك قرار ... يدعو: no subject put between
                return self._span_of(k + 1, j)
            if not core or raw[-1:] in _PUNCT and not (commas and raw[-1:] in _APPOSITION_COMMAS) or core in self.cues.kinds \
                    or _COMPLEMENTISER_RE.fullmatch(core) \
                    or core in self.cues.stop and core not in word_set("inside_a_naming_word") \
                    or core in word_set("not_kana_subject"):
                return None
        return None

    def _headline_subject(self, k: int, j: int, nca: int) -> bool:
        """Words ``k``..``j`` open a line (a headline) right before a present-tense cue, the subject put first as
        headlines put it (كاميرون يعلن، داعية بحريني يطالب، منظمة حقوقية تدعو): one to four words with no
        punctuation, none a stop, inanimate or non-speech word, none with an attached pronoun, و/ف or the
        accusative -ا, nor a cue (وقال دبلوماسي يتابع، اقتصاديا يشير: no subject put first)."""
        if self.doc.norm[nca : nca + 1] not in {"ي", "ت"} or j - k > 3:
            return False
        if k > 0 and "\n" not in self.doc.norm[self.words[k - 1][1] : self.words[k][0]]:
            return False
        for x in range(k, j + 1):
            w = self._word(x)
            core = self._core(w)
            if not core.isalpha() or w[-1:] in _PUNCT or core[:1] in {"و", "ف"} or core.endswith("ا") \
                    or core in self.cues.kinds or core in word_set("question_opener") or core in self.cues.stop or core in self.cues.inanimate \
                    or core in self.cues.non_speech or "ال" + core in self.cues.documents \
                    or len(core) > 4 and core.endswith(("ها", "هم", "هما")):
                return False
        return True

    @staticmethod
    def _agrees_with_relative(relative: str, verb: str) -> bool:
        """The verb after التي/الذي/الذين agrees with it in gender, so the head may be its subject: التي تقول،
        التي قالت، الذي يقول، الذي قال. Not التي يعتقد (masculine after a feminine head) nor الذي تقول: then
        the subject is after the verb and the head is its object."""
        verb = verb[1:] if verb[:1] in {"و", "ف"} and len(verb) > 3 else verb
        feminine = relative.endswith("التي")
        if len(verb) < 3:
            return True
        if verb[:1] == "ي":
            return not feminine
        if verb[:1] == "ت" and not verb.endswith("ت"):
            return True  # تقول (she says) or تحدث (he spoke): no telling
        if verb.endswith("ت"):
            return feminine
        return not feminine or verb.endswith(("ا", "وا"))

    def _phrase_back(self, lo: int, j: int) -> tuple[int, int] | None:
        """The noun phrase ending at word ``j``: back to a comma, a stop word, an attribution cue or four words.

        An attribution cue governs the phrase after it (حسب البيان، الذي أوضح: the head is البيان, the
        relative's antecedent, not the cue that precedes it)."""
        k = j
        while k > lo and j - k < 3:
            prev = self._word(k - 1)
            core = self._core(prev)
            if prev[-1:] in "،,:.؟?!" or core in self.cues.stop:
                break
            if self._is_attribution(core):
                first = self._core(self._word(k))
                if first not in self.cues.inanimate and "ال" + first not in self.cues.inanimate:
                    break  # not حسب حصيلة للمرصد الذي: a figure is no antecedent that speaks, keep the cue's phrase
            k -= 1
        return self._span_of(k, j) if k <= j else None

    def _is_attribution(self, core: str) -> bool:
        """A one-word attribution cue (حسب، بحسب، وحسب): a preposition of source, never part of a noun phrase."""
        kind = self.cues.kinds.get
        return kind(core) == "attribution" or core[:1] in {"و", "ف"} and kind(core[1:]) == "attribution"

    def headline_speaker(self, sa: int, colon: int) -> _Speaker | None:
        """The speaker of a headline "X: ...": X, without an addressee (الربيعة لـ«الشرق الأوسط»)."""
        to_norm = self.doc.to_norm
        ns, ne = to_norm[sa], to_norm[colon]
        i, j = self._index_at(ns), self._index_at(ne) - 1
        if j < i or j - i > _HEADLINE_OCCASION_WORDS:
            return None
        keep, occasion = [], False
        for x in range(i, j + 1):
            core = self._core(self._word(x))
            if keep and core[:1] == "ل" and (self._word(x).count('"') or core.startswith("لل") or len(core) > 2 or core == "ل"):
                break  # the addressee
            if keep and core in self.cues.headline_occasions and len(keep) <= _HEADLINE_WHO_WORDS \
                    and self.ment.overlapping(*self._text_span(*self._span_of(keep[0], keep[-1]))):
                occasion = True
                break  # ظريف أمام البرلمان الإيراني: ...: a named speaker, then where or after what he spoke
            if core in self.cues.stop:
                return None
            keep.append(x)
        if not keep or j - i > _HEADLINE_WHO_WORDS and not occasion:
            return None
        span = self._span_of(keep[0], keep[-1])
        return self._make(span, "headline", []) if span[1] > span[0] else None

    def _same_one(self, words: list[str], named: list) -> _Speaker | None:
        """حسب نفس المتحدث، وأوضح المصدر نفسه، ذات المصدر: "the same" one, the last speaker named whose naming
        holds the noun (its stem), else, for a speaking role (المصدر، المتحدث), the last speaker named;
        None when the phrase says no "same" or names no one before (الكرملين نفسه: itself)."""
        if len(words) >= 2 and words[0] in word_set("same_before_noun") and words[1].startswith("ال"):
            noun = words[1]
        elif len(words) >= 2 and words[1] in word_set("same_after_noun") and words[0].startswith("ال"):
            noun = words[0]
        else:
            return None
        if not named:
            return None
        stem = noun[2:]
        holding = next((p for p in reversed(named) if p.surface and any(
            stem in self._core(w) for w in normalize_text(p.surface).split())), None)
        if holding is None and noun not in word_set("same_speaking_role"):
            return None  # الكرملين نفسه كشف, named for the first time: "itself", no one before
        return (holding or named[-1])._replace(basis="back_reference")

    def _make(self, span: tuple[int, int], basis: str, named: list) -> _Speaker:
        span = self._over_quoted_name(span)
        a, b = self._text_span(*span)
        first_start = a
        found = [m for m in self.ment.overlapping(a, b)
                 if m[1] <= b or self._clean_extension(b, m[1], known=bool(m[2]) and m[0] >= a)]
        if found:
            a, b = min(a, found[0][0]), max(b, max(m[1] for m in found))
        # قائد المقاومة في محافظة إب: the mention of the body and the place it is set in codes the phrase, which
        # still ends before في (a speaker phrase is cut there)
        found += [m for m in self.ment.overlapping(a, b) if m[0] >= a and m[1] > b and self._placed_past(b, m[1])]
        if basis == "attribution":  # وفقا لوكالة الأنباء القطرية: the ل is the cue's, the mention is the source
            found = found or [m for m in self.ment.overlapping(a, b, every=True) if m[1] <= b]
        norm_words = [self._core(w) for w in self.doc.norm[span[0] : span[1]].split()]
        if basis == "attribution" and norm_words and norm_words[0][:1] == "ل" and self.doc.norm[span[0] - 1 : span[0]] == "ل":
            # وفقا للناطق الإعلامي، نقلا عن للمسؤول: the cue took the ل of لل, the rest (لناطق) is the definite الناطق
            norm_words[0] = "ا" + norm_words[0]
        head = norm_words[0] if norm_words else ""
        head = without_conjunction(head)
        n_words = len(norm_words)
        j = self._index_at(span[1])
        after = [self._core(self._word(j))] if len(norm_words) == 1 and j < len(self.words) else []
        same = self._same_one(norm_words + after, named)  # المصدر نفسه: نفسه may stand outside the span
        if same is not None:
            return same
        if basis not in {"back_reference", "headline"} and len(norm_words) >= 2 and "ال" + head in self.cues.documents:
            # بيان التحالف، تقرير المنظمة، بيان للدائرة: a document in construct with a definite body, the body named
            # in full before it (تحالف قوى الإجماع الوطني) is its issuer and speaks
            owner = norm_words[1]
            owner = "ال" + owner[2:] if owner.startswith("لل") else owner
            if owner.startswith("ال") and len(owner) > 4 and "ال" + owner[2:] not in self.cues.documents:
                earlier = self._referred_back(owner, 1, span[0], named) if owner in self.cues.back_nouns else (
                    None if owner.endswith(("ي", "ية")) else self._last_naming(owner[2:], span[0]))
                if earlier is not None and (earlier.code or owner[2:] in self.cues.heads):
                    # a coded naming or a body's head (مؤسسة ماركت), not a thing (رسالة الاستقالة after استقالة ...)
                    return earlier._replace(basis="back_reference")
        if head in self.cues.documents and not any(m[2] for m in found) and basis != "back_reference":
            # كشف التقرير الخاص بالفقر، الذي أصدره مركز ...: the issuer named after it speaks
            issuer = self._issuer_of(self._index_at(span[0]), named, after_only=True)
            if issuer is not None:
                return issuer
        if (head in self.cues.documents or head in self.cues.back_nouns and head not in self.cues.titles) and not found:
            # واعتبر البيان مدينة درعا، وأكد المصدر استكمال المرحلة: the subject, then its object
            n_words = next((k for k, w in enumerate(norm_words[1:], 1) if not w.startswith("ال")), n_words)
        if head in self.cues.honorifics:
            n_words = 1  # وحذر فضيلته الشباب: the honorific pronoun is the subject, the object follows it
        # a one-word back-reference (المنظمة، الوزارة) may be a mention itself, coded from its antecedent:
        # the antecedent's naming is still the speaker as a reader names it
        if (not any(m[2] for m in found) or n_words == 1 and head in self.cues.back_nouns) and basis != "headline":
            # the words that name it further (الوزير المومني), up to an object with a pronoun (واختتم الوزير حديثه، الله)
            rest = tuple(takewhile(lambda w: not w.endswith(PRONOUN_SUFFIXES), norm_words[1:n_words]))
            earlier = self._referred_back(head, n_words, span[0], named, rest, source=basis == "attribution")
            if earlier is not None:  # its naming uncoded (تنظيم داعش), the code of the back-reference (التنظيم: REB)
                return earlier if earlier.code else earlier._replace(code=next((m[4] for m in found if m[4]), None))
        elif n_words == 2 and head in self.cues.back_nouns and basis != "headline":
            # وأكد الوزير المصري, a mention that names the person named before it: that naming still speaks
            earlier = self._referred_back(head, n_words, span[0], named, tuple(norm_words[1:2]))
            ids = [m[2] for m in found if m[2]]
            if earlier is not None and (earlier.actor_id in ids or not earlier.actor_id and len(set(ids)) == 1):
                return earlier._replace(actor_id=ids[0]) if not earlier.actor_id else earlier
        no_one_named = not any(m[2] or m[4] and len(m[4]) == 3 for m in found)  # not a person, nor a state (المملكة)
        anaphor = not no_one_named and n_words == 1 and head in word_set("anaphor") \
            and all(a <= m[0] and m[1] <= b for m in found)
        if no_one_named or anaphor:
            # وحذر الصندوق after صندوق النقد الدولي: an anaphor mention (IGO from its antecedent) names no one itself;
            # the speaker row writes the last full naming (statements guideline section 0, back-reference)
            if n_words == 1 and head.startswith("ال") and len(head) > 4 and head not in self.cues.back_nouns \
                    and head not in self.cues.inanimate and basis != "headline":
                # وقالت الرابطة after رابطة علماء فلسطين: a definite noun no table knows, named in full before it
                earlier = self._last_naming(head[2:], span[0])
                own = next((m[4] for m in found if m[4]), None)  # السكان coded from the article's country
                if anaphor and earlier is not None and earlier.code and earlier.code != own:
                    # احتلال مركز العاصمة ... وأوضح المركز: that naming is a common noun, not the body the mention
                    # layer took as antecedent; the speaker named so before with that code, else the anaphor itself
                    earlier = next((p._replace(basis="back_reference") for p in reversed(named)
                                    if p.code == own and head[2:] in _surface_words(p)), None)
                if earlier is not None:
                    return earlier._replace(code=earlier.code or own)
        if n_words < len(norm_words) and not found:
            a, b = self._text_span(*self._span_of(self._index_at(span[0]), self._index_at(span[0]) + n_words - 1))
        parent = self._affiliated_to(a, b) if not any(m[4] for m in found) else None
        if parent is not None:  # حركة الشبيبة الثورية المقربة من حزب العمال الكردستاني: named with its patron
            b = max(b, parent[1])
        aid = next((m[2] for m in found if m[2]), None)
        # a country-coded mention names the speaker better than a bare office (المتحدث الرسمي باسم مركز ...)
        code = next((m[4] for m in found if m[4] and m[4][:3] not in self.cues.agent_codes),
                    next((m[4] for m in found if m[4]), None))
        code = self._spoken_for(span[0], norm_words, found) or code
        code = self._holder_agent_code(found, a, b) or self._member_body_code(found, a, b) or code
        code = self._igo_unit_code(found) or code  # إدارة فلسطين بالجامعة العربية: the League's, not PSE
        if aid is None and basis != "headline":
            # سعيد الشيخ؛ كبير اقتصاديي البنك الأهلي: the office after the name inside the phrase says who speaks,
            # not the name's CVL or bare country the mention layer gives first
            code = self._office_inside_code(found, a, b) or code
        if isinstance(code, str) and len(code) == 3 and aid is None and head in self.cues.source_heads:
            # مصادر تركية رسمية: the mention gives the country, an adjective past it the agent (رسمية: GOV)
            worded = self._code_of_words(norm_words[:n_words])
            code = worded if worded and worded[:3] == code else code
        if code is None and basis != "headline":
            aid, code = self._code_inside(a, b, aid)
        if not any(m[2] or m[4] for m in found) and 0 < n_words <= 2:
            # الربيعة after الدكتور عبد الله الربيعة: the same person, coded there (so too a mention the coder leaves blank)
            named_as = self._named_before(norm_words[:n_words], named)
            if named_as is not None:
                aid, code = named_as.actor_id, named_as.code
        elif (self._private_name_code(code, aid, found) or self._bare_country_name_code(code, aid, found)) \
                and 0 < n_words <= 2:
            # الزيادي after حمود الزيادي، الباحث في ...: a surname the mention layer codes CVL is the person named in
            # full before, coded there by his office
            named_as = None if any(w in self.cues.country_names for w in norm_words[:n_words]) \
                else self._named_before(norm_words[:n_words], named)  # not واتهمت تايلاند after شرطة تايلاند
            if named_as is not None and not named_as.actor_id and isinstance(named_as.code, str) \
                    and named_as.code[-3:] not in {"CVL", ""} and len(named_as.code) == 6 \
                    and (code[-3:] == "CVL" or named_as.code[:3] == code):  # د. الطبيقي (SAU): a Saudi's office
                code = named_as.code
        elif aid is None and isinstance(code, str) and 0 < n_words <= 2 and not any(m[2] for m in found) \
                and self._names_a_person(norm_words[:n_words]) \
                and not any(w in self.cues.country_names for w in norm_words[:n_words]):
            # الرويس after مشرف كرسي الملك عبدالله ... الدكتور خالد الرويس: the mention layer passes the surname the
            # code it gave the full naming (SAUGOV), which this layer coded by its office (كرسي: SAUEDU); the surname
            # is that speaker and takes that code
            recoded = self._recoded_naming(norm_words[:n_words], a, code, named)
            if recoded is not None:
                code = recoded.code
        if code is None and aid is None:
            code = self._code_of_words(norm_words[:n_words])
        if code is None and aid is None and not any(m[4] for m in found) and self._is_one_name(norm_words[:n_words]):
            code = self._full_naming_code(norm_words[n_words - 1], span[0])  # بدلة after عضو ... للائتلاف خطيب بدلة
            if code is None and not norm_words[n_words - 1].endswith(("ات", "ون", "ين")) and head not in self.cues.source_heads:
                # باتيس after عضو الهيئة الوطنية ... اليمني، صلاح باتيس: that naming's code (not المباحثات، مصادر)
                code = self._first_naming_code(norm_words[n_words - 1], span[0], named)
        if code is None and aid is None and basis != "headline":
            code = self._apposition_code(span[1])  # حاتم العريبي، الناطق الرسمي باسم الحكومة الليبية
        elif self._private_name_code(code, aid, found) and basis != "headline":
            # a name the mention layer codes CVL for want of an office (حمود الزيادي، الباحث في ...؛ فلان؛ مدير عام
            # شركة ...): the office in apposition after it says who speaks, when it gives an agent
            code = self._office_in_apposition(code, span[1]) or code
        if code is None and aid is None and basis != "headline":
            code = self._body_after_code(span[0], span[1], head)  # مدير إدارة المشاريع في الرئاسة العامة
        # مصادر سياسية في إسرائيل، مدير الشرطة في جنوب إفريقيا: a place right after its words places a speaker no
        # mention gives a country; the steps below still give the agent (مدير عام الصحة في عدن: YEMGOV)
        placed = self._placed_in(norm_words[:n_words], span[1]) \
            if aid is None and basis != "headline" and (code is None or code in self.cues.agent_codes
                                                        or self._guessed_country(code, found, norm_words)) else None
        if code is None and aid is None and basis != "headline":
            code = self._setting_code(norm_words[:n_words], span[0])  # مصادر محلية، شهود عيان: the story's country
        if code is None and aid is None and basis != "headline":
            # مدير مطار الجوف، مدير العلاقات العامة بمستشفى الملك فهد: the story's country, the institution's agent
            body, body_end = self._body_words_after(span[1])
            code = self._home_body_code(norm_words[:n_words] + body, (a, self._text_span(span[1], body_end)[1]))
        if code is None and aid is None and basis in _SUBJECT_BASES and n_words == 1 \
                and not any(m[2] or m[4] for m in found):
            code = self._bare_officials_code(head, span[1])  # قال مسؤولون إن ...: the story's own state's officials
        if placed is not None:
            code = placed + (code[3:] if isinstance(code, str) and len(code) == 6 else code if code in self.cues.agent_codes else "")
        if isinstance(code, str) and n_words >= 2 and found and norm_words[0] in self.cues.kin_heads \
                and all(m[0] > first_start for m in found):
            # والد الشهيد النقيب فلان، أسرة الشيخ فلان، والدة رئيس الحكومة: the relative speaks, not the one the
            # mention after the kin noun names: a private person (CVL) of that one's country (word list kin_speaker_head)
            country = code[:3] if code[:3] not in self.cues.agent_codes else ""
            aid, code = None, country + "CVL"
        if code is None and parent is not None:
            code = parent[4]  # a body close to or part of a coded one takes its code (the guideline codes YDG-H as TURREB)
        if aid is not None and basis in {"after_verb", "before_verb"} and head in self.cues.heads \
                and head not in self.cues.source_heads and all(w.startswith("ال") for w in norm_words[1:]):
            fuller = self._fuller_naming(aid, a, norm_words)
            if fuller is not None:  # وأوضح وزير الخارجية الإيراني after وزير الخارجية الإيراني محمد ظريف: that naming
                return _Speaker(aid, fuller, code, "back_reference")
        if aid is None and basis in {"after_verb", "before_verb"} and head in self.cues.heads \
                and head not in self.cues.source_heads and n_words >= 2 \
                and (any(w.startswith("ال") for w in norm_words[:n_words]) or found or n_words >= 3):
            prior = self._named_with_office(span[0], norm_words[:n_words], named)
            if prior is not None:  # ونوه أمير منطقة نجران after الأمير جلوي بن عبدالعزيز، أمير منطقة نجران: that one
                return prior._replace(basis="back_reference")
        if aid is None and code == "CVL" and basis != "headline" and self._setting_country \
                and not any(without_conjunction(w) in self.cues.stateless_private for w in norm_words[:3]):
            # عدد من المسافرين، شقيق الطفل: a private person coded CVL and no state, of the story's own setting
            # (not researchers or hackers, whom the story's state does not place: word list stateless_private_speaker)
            code = self._setting_country + code
        elif aid is None and code in _PLACED_AGENTS and self._setting_country:
            # النائب محمد الردايده (LEG)، رجل الأعمال زياد البسام (BUS)، وزارة الداخلية (COP): an office, trade or
            # body the mention layer codes by its agent alone is of the state the article's mentions lead with
            code = self._setting_country + code
        if code is None and aid is None and n_words == 1 and self.home and head in self.cues.outlet_state_speakers:
            # القيادة alone (القيادة تهنئ رئيس ...): the Gulf press's word for its own rulers, the outlet's state
            code = self.home + self.cues.outlet_state_speakers[head]
        if aid is None and code is None and basis == "attribution" and n_words == 1:
            short = self._agency_short_name(head)
            if short is not None:  # وبحسب "الفرنسية": the agency (FRAMED), not the state its adjective names
                aid, code = short
                a = min(a, self._text_span(*self.words[self._word_holding(span[0])])[0])  # وفقا للألمانية: the whole word
        if code is None and aid is None and basis in _SUBJECT_BASES and 0 < n_words <= 3:
            # وقالت جوجل، أعلنت «تويتر»: a company the actor table marks ambiguous (its name also its product or
            # service, a mention only after شركة) is the company when it is the subject that speaks
            code = _speaking_companies().get(" ".join(without_conjunction(w) for w in norm_words[:n_words]))
        if aid is None and basis != "headline":
            code = self._quoted_body_code(span, code) or code  # مستشارة مبادرة "بلدي": NGO, not بلدي's GOV
        if aid is None and basis != "headline" and isinstance(code, str) and code[:3] != "IGO":
            code = self._as_written(code, [self._core(w) for w in normalize_text(self.doc.text[a:b]).split()])
        return _Speaker(aid, self.doc.text[a + self._conjunction_before(a, b):b], code, basis)

    def _quoted_body_code(self, span: tuple[int, int], code) -> str | None:
        """The code of a speaker phrase (normalised ``span``, ``code`` as read so far) that names a body by an
        indefinite head noun of word list quoted_body_head and a quoted name right after it (منظمة «...»، حزب "..."،
        لمبادرة "..."، مدير تمرين ” الصمصام 5 ”), when no mention codes that name with an agent: the head noun's
        agent (NGO, PTY, MED ...), not that of an office before it (الأمين العام: GOV) nor of a word inside the
        name (مبادرة "بلدي": بلدي is no municipality), with the country ``code`` has (a state the name holds, the
        phrase's own), else the story's own (:attr:`_setting_country`). The last such body in the phrase (the
        outermost) counts. None when there is none, when the name is a coded mention (منظمة «هيومن رايتس ووتش»
        NGO، جماعة «أنصار بيت المقدس» EGYREB), for an international body (IGO), for a side the phrase gives (موقع
        «...» المعارض: OPP, REB), for an outlet reached by an attached ل (زيدان لمحطة «...»: whom he told), after
        a state office (word list office_over_body: وزير حزب «...») and when a mark after the name goes on to
        other words."""
        heads = self.cues.quoted_body_heads
        if not heads or isinstance(code, str) and (code[:3] == "IGO" or code[-3:] in _SIDE_AGENTS):
            return None
        lo, hi = max(self._word_holding(span[0]), 0), self._word_holding(span[1] - 1)
        for k in range(hi - 1, lo - 1, -1):
            noun = self._quoted_body_head(k)
            if noun is None:
                continue
            if self._not_the_speakers_body(k, lo, hi, span[1], heads[noun]):
                return None
            country = code[:3] if isinstance(code, str) and len(code) in (3, 6) and code[:3] not in self.cues.agent_codes \
                else self._setting_country
            return (country or "") + heads[noun]
        return None

    def _quoted_body_head(self, k: int) -> str | None:
        """The noun of word list quoted_body_head that word ``k`` is (without its conjunction and an attached ل or
        ب: لمبادرة، وحزب), when a quotation opens right after it and no mark follows it; None else."""
        raw = self._word(k)
        core = without_conjunction(self._core(raw))
        heads = self.cues.quoted_body_heads
        noun = core[1:] if core[:1] in {"ل", "ب"} and core not in heads else core
        if raw[-1:] in _PUNCT or k + 1 >= len(self.words) or self._word(k + 1)[:1] != '"' or noun not in heads:
            return None
        return noun

    def _not_the_speakers_body(self, k: int, lo: int, hi: int, ne: int, agent: str) -> bool:
        """The body named at word ``k`` (a quoted_body_head noun, its quoted name after it) in a speaker phrase of
        words ``lo``..``hi`` ending at normalised offset ``ne`` is not the one whose agent the speaker takes: an
        outlet reached by an attached ل past the phrase's first word (زيدان لمحطة «...»: whom he told; not وفقا
        لموقع «...», the cue's ل), a body after a state office (word list office_over_body: وزير حزب «...»), a name
        whose closing mark another phrase follows (موقع «...»، قال فلان), or a name a mention codes (its code stands)."""
        core = without_conjunction(self._core(self._word(k)))
        if k > lo and (agent == "MED" and core[:1] == "ل" and core[1:] in self.cues.quoted_body_heads
                       or without_conjunction(self._core(self._word(k - 1))) in word_set("office_over_body")):
            return True
        end = next((j for j in range(k + 1, min(k + 6, hi + 1)) if self._word(j).count('"') >= (2 if j == k + 1 else 1)), hi)
        closing = self._word(end)
        if end < hi and closing[closing.rfind('"') + 1 :].strip():
            return True
        a, b = self._text_span(self.words[k + 1][0], min(self.words[end][1], ne))
        return any(m[0] >= a and isinstance(m[4], str) and not self._bare_state(m) for m in self.ment.overlapping(a, b))

    def _holder_agent_code(self, found: list, a: int, b: int) -> str | None:
        """The code of the person a speaker phrase ``[a, b)`` ends by naming, when the office before the name is a
        mention of its own with no actor and the same country but another agent (للناطق الإعلامي SAUGOV, then
        لشرطة منطقة القصيم الرائد بدر السحيباني SAUCOP: the named spokesman is of the police): the named holder's
        mention, an actor with a country's code ending the phrase after a title (الرائد), says which agent the office serves. None
        else; never another country (نائب الأمين العام للجامعة العربية السفير أحمد بن حلي stays IGO)."""
        first = _unnamed_opening(found)
        if first is None:
            return None
        between = [self._core(w) for w in normalize_text(self.doc.text[first[1] : b]).split()]
        if not any(w in self.cues.name_titles for w in between) or any(w in self.cues.affiliation_words for w in between):
            return None  # the holder's title (الرائد، الدكتور) names him; not مصادر عسكرية موالية للرئيس هادي
        return next((m[4] for m in self.ment.overlapping(a, b, every=True)
                     if first[1] <= m[0] and m[1] == b and m[2] and isinstance(m[4], str) and len(m[4]) == 6
                     and m[4][:3] == first[4][:3] and m[4] != first[4]), None)

    def _igo_unit_code(self, found: list) -> str | None:
        """IGO when a speaker phrase's first coded mention (``found``: its mentions, in order) is a unit no actor
        names, opening with a word of word list igo_unit_head (إدارة، قطاع، دائرة; or a state alone right after
        such a word: قطاع | فلسطين), and the next mention is an IGO the unit is placed in by an attached ب or by
        في, past definite words only (إدارة فلسطين بالجامعة العربية، الإدارة القانونية في الأمم المتحدة، قطاع
        فلسطين والأراضي العربية المحتلة بالجامعة العربية): the international body's own unit, not the state its
        name holds (PSE) nor a government office. None else (مندوب فلسطين بالجامعة العربية: a state's delegate)."""
        first = next((m for m in found if m[4]), None)
        if first is None or first[2] or first[4] == "IGO":
            return None
        words = normalize_text(self.doc.text[first[0] : first[1]]).split()
        at = self._word_holding(self.doc.to_norm[first[0]])
        if len(first[4]) == 3 and first[4] not in self.cues.agent_codes and at > 0:
            words = [self._word(at - 1)]  # قطاع | فلسطين: a unit named by a state the mention holds alone
        if not words or without_article(without_conjunction(self._core(words[0]))) not in word_set("igo_unit_head"):
            return None
        body = next((m for m in self.ment.overlapping(first[1], first[1] + _IGO_UNIT_REACH, every=True)
                     if m[0] >= first[1]), None)  # the phrase may end before it (إدارة فلسطين | بالجامعة العربية)
        if body is None or body[4] != "IGO":
            return None
        gap = [self._core(w) for w in normalize_text(self.doc.text[first[1] : body[0]]).split()]
        if gap[-1:] == ["في"] or gap[-1:] == ["ب"]:
            gap = gap[:-1]  # في الأمم المتحدة، بـ«الجامعة العربية»
        elif normalize_text(self.doc.text[body[0] : body[1]])[:1] != "ب":
            return None  # no ب or في places the unit in it
        return "IGO" if all(without_conjunction(w).startswith("ال") for w in gap) else None

    def _agency_short_name(self, word: str) -> tuple[str, str | None] | None:
        """(id, code) of a news agency named by its country's adjective alone (word list agency_short_name:
        الفرنسية → afp), the normalised ``word`` with the quotation marks it may be written in and the ل of
        the cue (وفقا للفرنسية: لفرنسية after the cue's ل) it may be joined to; None for any other word."""
        word = word.strip("«»“”\"'")
        known = self.cues.agency_short_names
        forms = [word] + (["ا" + word[1:]] if word.startswith("لل") else ["ا" + word] if word.startswith("ل") else [])
        return next((known[f] for f in forms if f in known), None)

    def _conjunction_before(self, a: int, b: int) -> int:
        """1 when the text ``[a, b)`` opens with the conjunction و or ف of its clause (ووزارة الداخلية إذ تعلن،
        والمفوضية الأوروبية، فالرئيس), which a speaker as written leaves out; 0 for a word whose و is its own
        (وزارة، والد، والي: word list waw_initial_word) or a one-word name (وول ستريت، ووهان: not a head)."""
        words = self.doc.text[a:b].split()
        if len(words) < 1 or self.doc.text[a : a + 1] not in {"و", "ف"}:
            return 0
        first = self._core(normalize_text(words[0]))
        rest = first[1:]
        if first in self.cues.waw_initial or len(rest) < 3:
            return 0
        if rest in self.cues.heads or any(m[0] == a + 1 for m in self.ment.overlapping(a, b)):
            return 1  # ووزارة، ووزير، وولي، فالحكومة؛ فالسعودية (a mention after the ف)
        if first[:1] == "و" and rest.startswith("ال") and len(rest) > 4:
            return 1  # والمفوضية، والنائب؛ not ف before ال, which may open a name (فاليري، فالديس)
        return 0

    def _office_body_agent(self, words: list[str]) -> str | None:
        """The agent of the body whose office a speaker phrase (normalised ``words``) names: the last institution
        noun (word list speaker_body_agent: شركة BUS، جمعية NGO، جامعة EDU، شرطة COP) within four words after an
        office, title or source word that gives no other agent itself (رئيس، مدير، المتحدث، مصدر مسؤول في: not
        طلاب); not when a feminine body noun of agent GOV opens the phrase (وزارة، إدارة: the body speaks); not a public body a word of word list public_body_adjective makes
        (البنك المركزي), nor the Arab League (بالجامعة العربية). None when the phrase names no such body."""
        def bare(w: str) -> str:
            return without_article(without_conjunction(w))
        first = bare(words[0]) if words else ""
        if first.endswith("ة") and self.cues.head_agents.get(first) == "GOV" and not self._person_word(first):
            return None  # وزارة التجارة ... فرع شركة: the body itself speaks, what follows is its object
        def office(w: str) -> bool:  # للناطق الإعلامي: also after an attached ل or ب
            forms = {bare(w), without_conjunction(w), _institution_noun(w)}
            forms |= {f[1:] for f in forms if f[:1] in {"ل", "ب"}}
            forms |= {"ال" + f for f in forms if not f.startswith("ال")}
            return any(f in self.cues.heads and without_article(f) not in self.cues.body_heads
                       and self.cues.head_agents.get(without_article(f), "GOV") == "GOV" for f in forms) \
                and _known_noun(w, self.cues.body_agents.get) is None
        offices = [k for k, w in enumerate(words) if office(w)]
        agent = None
        for k, w in enumerate(words):
            key = _known_noun(w, self.cues.body_agents.get)
            if key is None or not any(0 < k - o <= 4 for o in offices):
                continue
            if k + 1 < len(words) and bare(words[k + 1]) in self.cues.public_body_adjectives:
                continue
            if arab_league_after(words[k + 1 : k + 3]):
                continue  # مدير إدارة فلسطين بالجامعة العربية: the Arab League, no university
            agent = self.cues.body_agents[key]
        return agent

    def _person_word(self, word: str) -> bool:
        """A word of a person's office or title (رئيسة، الرئيسة), not a body's noun (وزارة، إدارة)."""
        return word in self.cues.titles or "ال" + word in self.cues.titles or word[:-1] in self.cues.head_agents

    def _as_written(self, code: str, words: list[str]) -> str:
        """``code`` with the country the speaker's surface (its normalised ``words``) writes (:meth:`_written_country`) when it
        names another: a mention may give a body of the story's setting its state (الإدارة الأميركية، وكالة
        أنباء «الشرق الأوسط» المصرية), the phrase's adjective says whose it is; a bare agent (BUS, GOV) takes
        that country too. The agent is kept; a state's own code (ISR) is not changed."""
        if len(code) == 3 and code not in self.cues.agent_codes:
            return code  # a state (أطلقت إسرائيل حملة داخل الكونغرس الأميركي): its adjectives name others
        if code[-3:] == "GOV":  # نائب الرئيس التنفيذي للشركة: an office of the body the phrase names
            body = self._office_body_agent(words)
            if body is not None and body != "GOV":
                code = code[:-3] + body
        written = self._written_country(words)
        if written is None or code[:3] == written:
            return code
        agent = code if code in self.cues.agent_codes else code[3:]
        return written + agent

    def _named_with_office(self, n0: int, words: list[str], named: list) -> _Speaker | None:
        """The last speaker named before ``n0`` whose naming in the text holds or adjoins the office phrase
        ``words`` (two words or more: السفير المصري، أمير منطقة نجران, with or without its article): the person
        named with that office before, the naming and the office as written. None when no such naming is written."""
        phrase = " ".join(words)
        bare = phrase[2:] if phrase.startswith("ال") else phrase
        # the form with the article first: a whole word (الجيش السوداني), never the end of one (جيش السوداني); a
        # tuple, not a set, so that the reading does not hang on the hash seed
        forms = ("ال" + bare, bare)
        norm = self.doc.norm
        for prior in reversed(named):
            if not prior.surface or len(prior.surface.split()) < 2:
                continue
            naming = normalize_text(prior.surface)
            if naming in forms:
                continue
            first = self._core(naming.split()[0])
            at = norm.rfind(naming, 0, n0)
            if at < 0 or first in self.cues.source_heads:
                continue
            end = at + len(naming)
            # inside the naming, or right after or before it (a comma between): العميد فلان، قائد عملية ...
            for f in forms:
                o = norm.find(f, at, end + len(f) + 3)
                if o < 0 and norm[max(0, at - len(f) - 3) : at].rstrip(" ،,").endswith(f):
                    o = norm.rfind(f, 0, at)
                if o >= 0 and not _word_starts_at(norm, o) and (norm[max(0, o - 2) : o] != "لل" or first in self.cues.documents):
                    # inside a word: only after a ل on the article, in a body's naming (المديرية العامة للدفاع المدني),
                    # not a document's (التقرير النهائي للجنة الوزارية: the committee's report) nor جيش in الجيش
                    continue
                if o >= 0 and o < at and self._office_of_another_state(o, o + len(f), prior.code):
                    break  # ويحارب الجيش السوداني قوات الحركة الشعبية: the subject before another's naming
                if o >= 0:  # the naming with its office, as written: عبد الرقيب العمري، نائب مدير مطار عدن
                    a, b = self._text_span(min(at, o), max(end, o + len(f)))
                    return prior._replace(surface=self.doc.text[a:b])
        return None

    def _office_of_another_state(self, o: int, e: int, code) -> bool:
        """The office phrase at normalised ``[o, e)``, written before a naming coded ``code``, is a mention of its
        own coded to a state the naming's code does not have (الجيش السوداني SDNMIL before قوات الحركة الشعبية,
        coded to no state: the subject of a verb and its object, not one actor named twice). False when the office
        phrase is no mention with a state."""
        a, b = self._text_span(o, e)
        states = {m[4][:3] for m in self.ment.overlapping(a, b, every=True) if m[0] >= a and m[1] <= b
                  and isinstance(m[4], str) and len(m[4]) >= 3 and m[4][:3] not in self.cues.agent_codes}
        return bool(states) and not (isinstance(code, str) and code[:3] in states)

    def _fuller_naming(self, aid: str, a: int, words: list[str]) -> str | None:
        """The naming of actor ``aid`` before ``a`` that gives the name an office or title phrase of definite words
        (``words``: وزير الخارجية الإيراني، الوزير الأمريكي) lacks: a subject mention (no preposition on it) with a
        word that has no article and is not in ``words`` (وزير الخارجية الإيراني محمد ظريف), the longest, the last of
        equals. None when no earlier naming names it so."""
        own = {without_article(w) for w in words}
        best = None
        for m in self.ment.ment:
            if m[0] >= a:
                break
            if m[2] != aid or not isinstance(m[3], str):
                continue
            theirs = [self._core(w) for w in normalize_text(m[3]).split()]
            bare = {without_article(w) for w in theirs}
            named = any(w and not w.startswith("ال") and w not in own and w not in self.cues.heads
                        and not w.startswith(_COUNTERPART) for w in theirs)
            # the office's own words and a name (not ظريف alone, not نظيره الأمريكي): as both the office and the name
            if named and bare & own and (best is None or len(theirs) >= len(best[0])):
                best = (theirs, m)
        return self.doc.text[best[1][0] : best[1][1]] if best is not None else None

    def _first_naming_code(self, name: str, n0: int, named: list) -> str | None:
        """The code of the first naming of a person written later by one name (``name``, normalised) that no table
        knows: where ``name`` first stands before ``n0`` after another word (صلاح باتيس), the code of the speaker
        named right before it in the same sentence (عضو الهيئة الوطنية ... اليمني، صلاح باتيس: that member's), else
        of an office phrase right after it (هيساو تاناكا رئيس شركة ... اليابانية: its coded mention, not an outlet
        spoken to, else its country adjective and office). None when that naming gives none."""
        norm = self.doc.norm
        m = next(_words_before(norm[:n0], name), None)
        before = self._core(norm[m[0] : m[2]].split()[0]) if m is not None else ""
        if m is None or before in self.cues.function_words or before in word_set("naming_preposition"):
            return None  # وأثنى الوزير على الحمداوي: an object, not a naming
        at, end = m[0], m[2]
        for p in reversed(named):
            naming = normalize_text(p.surface) if p.surface and p.code else ""
            k = norm.rfind(naming, 0, at) if naming else -1
            gap = norm[k + len(naming) : at] if k >= 0 else ""
            if k >= 0 and len(gap) <= 60 and not re.search(r"[.:؟?!\n]", gap) and gap.rstrip()[-1:] in {"،", ",", ""}:
                return p.code  # its naming runs on to the name, a comma before it (not تانال ضرورة ... اعترافات آدم كاراهان)
        i = self._index_at(end)
        words = []
        while i < len(self.words) and len(words) < 6:
            raw = self._word(i)
            core = self._core(raw)
            if not core or _COMPLEMENTISER_RE.fullmatch(core) or core in self.cues.kinds:
                break
            words.append(core)
            i += 1
            if raw[-1:] in _PUNCT:
                break
        if words and (words[0] in self.cues.heads or words[0][2:] in self.cues.heads):
            inside = word_set("inside_a_naming_word")
            own = list(takewhile(lambda w: w not in inside, words))
            a, b = self._text_span(*self._span_of(self._index_at(end), i - 1))
            coded = [m for m in self.ment.overlapping(a, b, every=True) if a <= m[0] and isinstance(m[4], str)
                     and m[4][:3] not in self.cues.agent_codes and self.doc.text[max(0, m[0] - 3) : m[0]].strip(" «\"“ـ")[-1:] != "ل"]
            code = coded[0][4] if coded else self._code_of_words(own)  # not the outlet spoken to (لـ«الشرق الأوسط»)
            return self._as_written(code, own) if code else self._company_in_naming(self._index_at(end))
        return self._office_before_code(at, end) or self._company_in_naming(self._index_at(end))

    def _company_in_naming(self, i: int) -> str | None:
        """The code of the company a person's naming places him in, the words from index ``i`` on (right after the
        name, or the apposition after it) up to ``_COMPANY_NAMING_WORDS`` words, stopped by punctuation other than a
        comma, a cue or إن/أن: the first mention the mention layer codes BUS (a named company: شركة «...»، مصرف
        ...، or a company table actor) that في، لدى، من، an attached ب or ل, or وهي/وهو governs (باتريك جاك اختصاصي
        سوق الديون في مصرف «...»، فلان، المحلل في مجال التكنولوجيا في «كريدي سويس»، فلان من شركة (...)، فلان ...
        وهي شركة بريطانية). A bare BUS takes the story's country. None when the naming names no such company."""
        k = i
        while k < len(self.words) and k - i < _COMPANY_NAMING_WORDS:
            raw = self._word(k)
            core = self._core(raw)
            if not core or core in self.cues.kinds or _COMPLEMENTISER_RE.fullmatch(core):
                break
            k += 1
            if raw[-1:] in _PUNCT and raw[-1:] not in {"،", ","} and raw[-1:] not in _CLOSING_MARKS:
                break
        if k == i:
            return None
        a, b = self._text_span(*self._span_of(i, k - 1))
        for m in self.ment.overlapping(a, b, every=True):
            if m[0] < a or not isinstance(m[4], str) or m[4][-3:] != "BUS" or len(m[4]) not in {3, 6}:
                continue
            at = self._word_holding(self.doc.to_norm[m[0]])
            word = self._core(self._word(at))
            before = self._core(self._word(at - 1)) if at > 0 else ""
            attached = word[:1] in {"ب", "ل"} and normalize_text(self.doc.text[m[0] : m[1]])[:1] != word[:1]
            if before in word_set("company_naming_governor") or attached:  # لشركة، بمصرف: not بنك، لازارد, the name's own letter
                if len(m[4]) == 6:
                    return m[4]
                return self._setting_country + "BUS" if self._setting_country else None
        return None

    def _office_before_code(self, at: int, end: int) -> str | None:
        """The code of the office phrase a first naming opens with, the name (its word before the surname at ``at``,
        the surname ending at ``end``, norm offsets) after it: back over the given names and titles (محمد بن عبدالله،
        الدكتور) to a definite word, then back to the nearest office or body word (heads: المدير، رئيس، وزير) within
        eight words, no punctuation but a comma right before the name; that phrase with the name is coded as a speaker
        phrase would be (its coded mention, country adjective, local institution). Only a code with a country; None
        else (والتقى الباحث فلان: no office; وأثنى على فلان: not a naming)."""
        j = self._index_at(at)
        k = j - 1
        while k >= max(0, j - _NAMING_GIVEN_WORDS) and self._word(k)[-1:] not in _PUNCT and (
                core := self._core(self._word(k))) not in self.cues.function_words \
                and core not in word_set("naming_preposition") \
                and (core in self.cues.titles or not core.startswith("ال") and core not in self.cues.heads):
            k -= 1  # محمد بن عبدالله، الدكتور: the given names and titles of the naming (not قرب ناحية: a place)
        if k < 0 or self._word(k)[-1:] in _PUNCT and self._word(k)[-1:] not in {"،", ","}:
            return None
        start = None
        for x in range(k, max(-1, k - 8), -1):
            raw, core = self._word(x), self._core(self._word(x))
            if x < k and raw[-1:] in _PUNCT or core in self.cues.kinds or core != "في" and core in word_set("naming_preposition") \
                    or core in self.cues.function_words and core != "في":
                break
            if core in self.cues.heads or core[2:] in self.cues.heads and core.startswith("ال"):
                start = x
        if start is None:
            return None
        found = self._make((self.words[start][0], end), "after_verb", [])
        code = found.code if found is not None and found is not _NOT_SPEECH else None
        return code if isinstance(code, str) and code[:3] not in self.cues.agent_codes else None

    def _guessed_country(self, code, found: list, words: list[str]) -> bool:
        """The country of ``code`` (country and agent) is the mention layer's guess, not the phrase's: the mentions
        ``found`` in the speaker phrase name no table actor, and its normalised ``words`` write no state (no
        country adjective after a head, no state's name). A place written right after the phrase
        (:meth:`_placed_in`: المتحدثة باسم هيئة سلامة السكك الحديدية في جنوب إفريقيا) then says whose it is."""
        if not isinstance(code, str) or len(code) != 6 or code[:3] == "IGO" or any(m[2] for m in found):
            return False
        names, adjectives = self.cues.country_names, self.cues.country_adjectives
        if any(adjectives.get(_institution_noun(w)) == code[:3] for w in words[1:]):
            return False  # الجيش التركي، بالسفارة الأمريكية: its own state, even by an adjective that is also a name
        return self._written_country(words) is None and not any(
            _name_with_article(w, names) or _known_noun(w, names.__contains__) for w in words)

    def _bare_officials_code(self, head: str, ne: int) -> str | None:
        """The code of officials named by that word alone (word list setting_official_speaker: مسؤولون، المسؤولين،
        مسؤول), the normalised ``head`` of a one-word speaker phrase ending at ``ne``, when what is said follows it
        at once (إن، أن، بأنها) or a mark closes it (قال مسؤولون، اليوم، إن ...؛ بحسب مسؤولين.): the story's own state
        (:attr:`_setting_country`) and the word's agent (GOV), as the statement gold codes bare officials. None when
        another word follows (مسؤولون تنفيذيون، مسؤولون في الشركة، المسؤولون عن اللقاء: whose officials the words
        after say) or no state leads the story."""
        agent = self.cues.setting_officials.get(without_conjunction(head))
        country = self._setting_country
        if not agent or not country:
            return None
        i = self._index_at(ne)
        closed = i >= len(self.words) or self.doc.norm[ne : self.words[i][0]].strip() \
            or self._word(i)[:1] in _PUNCT or self.doc.norm[ne - 1 : ne] in _PUNCT
        if not closed and not _COMPLEMENTISER_RE.fullmatch(self._core(self._word(i))):
            return None
        return country + agent

    def _names_a_person(self, words: list[str]) -> bool:
        """The normalised ``words`` (one or two) are a person's name, a title and surname or a given name and
        surname (الرويس، الدكتور الرويس، سعد القرشي): no word of them is an office, body, source, back-reference
        or inanimate noun (مصدر أمني، المتحدث)."""
        cues = self.cues
        return bool(words) and not any(
            x in cues.heads or x in cues.back_nouns or x in cues.inanimate or x in cues.source_heads
            for w in words if w not in cues.name_titles for x in (w, without_article(w)))

    def _recoded_naming(self, words: list[str], at: int, code: str, named: list) -> _Speaker | None:
        """The earlier speaker (of ``named``, the last first) a short naming (normalised ``words``: a surname, a
        title and surname) before text offset ``at`` points back to, when this layer coded that speaker's full
        naming otherwise than the mention layer did: a speaker with no actor, a code of country and agent other than
        ``code``, and in its naming a mention with no actor, of two words or more, holding the surname and coded
        ``code`` (the code the mention layer passes on to the surname, which is then no news of its own: an office
        written with the surname would stand in the phrase). None else."""
        surname = words[-1]
        for prior in reversed(named):
            if prior.actor_id or not isinstance(prior.code, str) or len(prior.code) != 6 or prior.code == code \
                    or not prior.surface:
                continue
            theirs = {self._core(w) for w in normalize_text(prior.surface).split()}
            if len(theirs) <= len(words) or not all(w in theirs for w in words):
                continue
            for m in self.ment.every:
                if m[1] > at or m[2] or m[4] != code or not isinstance(m[3], str):
                    continue
                held = [self._core(w) for w in normalize_text(m[3]).split()]
                if len(held) > 1 and surname in held and all(w in theirs for w in held):
                    return prior
        return None

    @staticmethod
    def _private_name_code(code, aid, found: list) -> bool:
        """The speaker's code is the mention layer's CVL of a bare name (no actor, no office): CVL or a state's CVL."""
        return aid is None and isinstance(code, str) and code[-3:] == "CVL" and len(code) in {3, 6} \
            and not any(m[2] for m in found)

    def _bare_country_name_code(self, code, aid, found: list) -> bool:
        """The speaker's code is a bare state the mention layer gives a titled surname (د. الطبيقي: SAU), no actor."""
        return aid is None and isinstance(code, str) and len(code) == 3 and code not in self.cues.agent_codes \
            and not any(m[2] for m in found)

    def _office_inside_code(self, found: list, a: int, b: int) -> str | None:
        """The code of the office that follows a name inside the speaker phrase ``[a, b)`` (text offsets) after a
        semicolon or comma (لاحم الناصر؛ المستشار المصرفي الإسلامي، سعيد الشيخ؛ كبير اقتصاديي البنك الأهلي), when
        the name part has no table actor and codes at most a CVL or a bare country: the office part's first mention
        with an agent other than CVL (an agent alone takes the name's or the story's country), else the code of an
        institution noun in it (:meth:`_home_body_code`, word list speaker_body_agent: مصرف، شركة BUS), else that of a private adviser's
        field (word list adviser_field_agent: المستشار المصرفي BUS), else that of an occupation of one sense (word list
        apposition_occupation_agent: رجل أعمال BUS, :func:`_occupation_agent`). المستشار followed by a field in that list is
        not GOV by itself. None when the phrase has no such office part."""
        text = self.doc.text[a:b]
        cut = next((k for k, ch in enumerate(text) if ch in "؛،,;"), None)
        dash = _DASH_APPOSITION_RE.search(text)  # د. منصور الطبيقي -أحد منسوبي وزارة الصحة-: a dash used as a comma
        if dash is not None and (cut is None or dash.start() < cut):
            cut = dash.start()
        skip = 1  # the punctuation itself
        if cut is None:  # محمد العلي مشرف تربوي، فلان مدير إدارة ...: the office word itself opens the office part
            cut, skip = self._office_word_at(text), 0
        if cut is None:
            return None
        named = [m[4] for m in found if m[0] < a + cut and isinstance(m[4], str) and m[4]]
        if any(not (c[-3:] == "CVL" or len(c) == 3 and c not in self.cues.agent_codes) for c in named):
            return None  # the name part is coded by an office or a body of its own
        code = named[0] if named else None
        name_words = normalize_text(text[:cut]).split()
        office_words = [self._core(w) for w in normalize_text(text[cut + skip:]).split()]
        if dash is not None and cut == dash.start():
            # -استشاري ورئيس قسم طب | طوارئ الأطفال بمستشفى أبها-: the phrase may stop inside the dashed description;
            # the office is all of it, up to the closing dash (its body last)
            closed = _DASHED_APPOSITION_RE.match(self.doc.norm, self.doc.to_norm[a + cut])
            if closed is not None:
                office_words = [self._core(w) for w in closed.group().strip().strip("-–—").split()] or office_words
        if not 1 <= len(name_words) <= 5 or not office_words or any(m[2] for m in found) \
                or any((self._core(w) in self.cues.heads or self._core(w)[2:] in self.cues.heads)
                       and self._core(w) not in self.cues.titles for w in name_words):
            return None  # a name before the office (not وزير الخارجية، عادل الجبير)
        if any(self._core(w) in self.cues.country_names
               or _known_noun(self._core(w), self.cues.country_names.__contains__) is not None for w in name_words):
            return None  # a state, not a person (دولة الكويت، ممثلة بالشركة الكويتية لنفط الخليج)
        fields = self.cues.adviser_fields
        head = office_words[0][2:] if office_words[0].startswith("ال") else office_words[0]
        adviser = head == "مستشار" and len(office_words) > 1 and office_words[1] in fields
        field = fields[office_words[1]] if adviser else None
        country = code[:3] if isinstance(code, str) and len(code) in {3, 6} and code[:3] not in self.cues.agent_codes \
            else self._setting_country
        office = None
        for m in found:
            if m[0] < a + cut + skip or not isinstance(m[4], str) or m[4][-3:] == "CVL":
                continue
            last = normalize_text(self.doc.text[m[0]:m[1]]).split()[-1:]
            if adviser and last and self._core(last[0]) in word_set("adviser_title"):
                continue  # المستشار المصرفي: not GOV by itself
            office = m[4]
            break
        if office is None:  # كبير اقتصاديي المصرف الأهلي: the body's country written in the office, else the story's
            office = self._home_body_code(office_words)
        if office is None and field:
            office = field
        if office is None:  # زكي الزاير -رجل أعمال، فلان، صحافية في ...: an occupation of one sense gives its agent
            office = _occupation_agent(office_words[:2], self.cues.occupation_agents)
        if not office or office[-3:] == "CVL":
            return None
        if len(office) == 3 and office in self.cues.agent_codes:
            return country + office if country else None
        return office if len(office) == 6 else None

    def _office_word_at(self, text: str) -> int | None:
        """The offset in ``text`` (a speaker phrase with no punctuation) of the first office word (:attr:`_Cues.person_offices`,
        not a title such as الدكتور) that follows at least two words of a name (محمد العلي مشرف تربوي، الدكتور سامي
        الأحمد مدير إدارة التعليم). None when the phrase opens with an office, or a body or source word (:attr:`_Cues.heads`)
        comes before it, or it has none after the name."""
        name_words = 0
        for word in re.finditer(r"[^\W\d_]+", text):
            core = self._core(normalize_text(word.group()))
            bare = core[2:] if core.startswith("ال") else core
            if core in self.cues.person_offices or bare in self.cues.person_offices:  # وكيل، السفير: offices
                return word.start() if name_words >= 2 else None
            if core in self.cues.titles or bare in self.cues.titles:
                continue
            if core in self.cues.heads or bare in self.cues.heads:
                return None  # a body or a source (بلدية، منظمة، مصادر) before any office: no name
            name_words += 1
        return None

    def _office_in_apposition(self, code: str, ne: int) -> str | None:
        """The code an office in apposition after a privately coded name ending at ``ne`` gives (:meth:`_apposition_code`),
        when it names an agent other than CVL: an agent alone keeps the name's state (SAUCVL, then EDU: SAUEDU);
        another state's code is taken whole. None when no apposition gives an agent."""
        office = self._apposition_code(ne)
        if not isinstance(office, str) or office[-3:] == "CVL":
            return None
        if len(office) == 3 and office in self.cues.agent_codes:
            return code[:3] + office if len(code) == 6 else office
        return office if len(office) == 6 else None

    def _apposition_code(self, ne: int) -> str | None:
        """The code an apposition gives a speaker no mention codes (رضا تابيش، عضو البرلمان الإيراني؛ فين ويبر
        وهو من المخضرمين في الحزب الجمهوري): after a comma or وهو/وهي right after the speaker phrase ending at
        ``ne``, the words up to the next punctuation, a cue or إن/أن (ten at most); their first mention that
        names a country, else their country adjective and head word. None when no such apposition follows."""
        i = self._index_at(ne)
        if i >= len(self.words):
            return None
        gap = self.doc.norm[ne : self.words[i][0]]
        opener = self._core(self._word(i))
        if opener in word_set("apposition_opener"):
            i += 1
        elif self._dashed_description(ne):  # سمر الصالح – موظفة –، فلان -مستشار أسري-: a dash used as a comma
            if not opener:
                i += 1  # the dash written apart
            if i >= len(self.words) or word_set("former_word").intersection(
                    w.strip(_PUNCT) for w in _DASHED_APPOSITION_RE.match(self.doc.norm, ne).group().split()):
                return None  # – مستشار شرعي ومدير الإدارة بكتابة العدل الأسبق –: a former office codes no one now
        elif gap.strip() not in {"،", ",", "؛"}:
            return None
        words, k = [], i
        while k < len(self.words) and k - i < _MAX_APPOSITION_WORDS:
            raw = self._word(k)
            core = self._core(raw)
            if not core or core in self.cues.kinds or _COMPLEMENTISER_RE.fullmatch(core) or raw[:1] in _OPENING_QUOTES and k == i \
                    or core in self.cues.stop and core not in word_set("inside_a_naming_word"):
                break
            words.append(core)
            k += 1
            if raw[-1:] in _PUNCT:
                break
        head = words[0][2:] if words and words[0].startswith("ال") else words[0] if words else ""
        # مهندسة العمليات في شركة ...: an occupation, its body after it; رجل أعمال، صحافية: one that gives its agent
        jobs = self.cues.apposition_jobs
        if not words or not ({words[0], head} & (self.cues.heads | self.cues.titles | jobs) or opener in word_set("apposition_opener")):
            return None  # an office or a title opens an apposition (عضو، المتحدث، الدكتور); not بحسب ويكيليكس، فيما ...
        a, b = self._text_span(*self._span_of(i, k - 1))
        near = self._text_span(*self._span_of(i, min(k - 1, i + _APPOSITION_BODY_WITHIN)))[1]
        coded = [m for m in self.ment.overlapping(a, b, every=True)
                 if a <= m[0] < near and isinstance(m[4], str) and m[4][:3] not in self.cues.agent_codes]
        if coded:
            return coded[0][4]
        first = next((x for x, w in enumerate(words) if w in self.cues.heads or w[2:] in self.cues.heads
                      or w in jobs or w[2:] in jobs), None)
        if first is None:
            return self._company_in_naming(i)
        # the office and its own adjectives, up to في/من: not الخبير في الشأن السوري (an expert on Syria)
        inside = word_set("inside_a_naming_word")
        own = list(takewhile(lambda w: w not in inside, words[first:]))
        return self._code_of_words(own) or self._apposition_agent(words[first:], (a, b)) \
            or _occupation_agent(words[first:first + 2], self.cues.occupation_agents) or self._company_in_naming(i)

    def _apposition_agent(self, words: list[str], where: tuple[int, int]) -> str | None:
        """The code an apposition that writes no state gives by the body it names (فلان، مدير عام شركة كذا: BUS;
        فلان، رئيس المكتب الاتحادي للإحصاء: GOV; :meth:`_home_body_code`): its country that of a state adjective or
        name among ``words``, else of a town among them (نائب مدير مطار عدن: YEM), else of a coded mention in the
        text span ``where``, else the story's setting. None when the apposition names no body the tables know."""
        fields = word_set("field_noun")  # باحث في الشؤون الأمنية: a field of study, not a body
        relatives = word_set("subject_relative")
        words = list(takewhile(lambda w: without_article(without_conjunction(w)) not in fields and w not in relatives,
                               words))
        body = self._home_body_code(words, where)
        if body is None:
            return None
        towns = self.cues.town_countries
        town = next((towns[w] for w in (without_conjunction(x) for x in words[1:]) for w in (w, w[1:])
                     if w in towns), None)
        return town + body[3:] if town and len(body) == 6 else body

    def _body_after_code(self, ns: int, ne: int, head: str) -> str | None:
        """The code of the body an office holder no mention codes works in, named right after the office
        phrase ``[ns, ne)`` (normalised) whose head word ``head`` is an office or source (:attr:`_Cues.heads`:
        مدير، مندوب، مصدر ...): the first mention with a country that starts after the head word and, when
        past the phrase, within ``_BODY_AFTER_WORDS`` words of it, governed by في، من، لدى or an attached ب
        (مدير إدارة المشاريع في الرئاسة العامة، مندوب خليجي في أوبك، مدير عام العلاقات العامة بإمارة منطقة
        مكة المكرمة). The words read stop at punctuation, a cue, إن/أن, a quotation, a saying
        noun (في تصريح) or a number (وأفادت مصادر بمقتل ١٨ من الحوثيين: what is said). None when no such
        body follows; a coded mention past the phrase that nothing governs ends the search.

        Example: in "وقال مندوب خليجي في أوبك إن الأسعار ستتحسن" the speaker مندوب خليجي takes أوبك's
        code (IGO), as the guideline codes a delegate to it."""
        bare = head[2:] if head.startswith("ال") else head
        if head not in self.cues.heads and bare not in self.cues.heads:
            return None
        first = self._index_at(ns)
        i = self._index_at(ne)
        k = i
        while k < len(self.words) and k - i < _BODY_AFTER_WORDS:
            raw = self._word(k)
            core = self._core(raw)
            if not core or core in self.cues.kinds or _COMPLEMENTISER_RE.fullmatch(core) or raw[:1] in _OPENING_QUOTES \
                    or core in self.cues.saying_nouns or core[1:] in self.cues.saying_nouns and core[:1] in {"ب", "ل"} \
                    or any(ch.isdigit() for ch in core):
                break  # وأفادت مصادر محلية بمقتل ١٨ من الحوثيين: a count opens what is said
            k += 1
            if raw[-1:] in _PUNCT:
                break
        if first + 1 >= len(self.words):
            return None
        a = self._text_span(*self.words[first + 1])[0]
        b = self._text_span(*self.words[k - 1])[1] if k > i else self._text_span(ns, ne)[1]
        for m in self.ment.overlapping(a, b, every=True):
            if not (a <= m[0] < b and isinstance(m[4], str) and m[4][:3] not in self.cues.agent_codes):
                continue
            at = self._word_holding(self.doc.to_norm[m[0]])  # the word the mention starts in (لـ«عكاظ»)
            word = self._core(self._word(at))
            before = self._core(self._word(at - 1)) if at > 0 else ""
            governed_by_b = word[:1] == "ب" and (word[1:3] == "ال" or at >= i and word[1:] in self.cues.heads)
            if before in word_set("body_preposition") or governed_by_b and before not in word_set("body_stop"):  # بالرئاسة، بوزارة
                return m[4]
            if at == i + 2 and word[:1] != "ل" and self._construct_after_preposition(at - 1):  # مصدر في حكومة جوبا
                return m[4]
            if at >= i:
                return None  # a body past the phrase that nothing governs: another actor (قال المدير الوزير ...)
        return None

    def _construct_after_preposition(self, k: int) -> bool:
        """Word ``k`` is an indefinite noun that heads a construct right after في or لدى (في حكومة، في مكتب،
        في قيادة), the first words after an office or source phrase: the body the mention after it names is
        where the speaker works (مصدر في حكومة جوبا، مسؤول في مكتب رئيس الوزراء التركي). Not after من (القريبة
        من حزب ...: an affiliation), not a field (الخبير في شؤون ...), a word with the article, a number, a stop
        word or a word that ends in punctuation."""
        if k < 1:
            return False
        raw = self._word(k)
        core = self._core(raw)
        if len(core) < 3 or not core.isalpha() or raw[-1:] in _PUNCT or core in self.cues.stop or core in word_set("field_noun"):
            return False
        if core.startswith("ال") or core[:1] in {"ب", "ل"} and core[1:3] == "ال":
            return False
        return self._core(self._word(k - 1)) in word_set("construct_preposition")

    def _spoken_for(self, ns: int, norm_words: list[str], found: list) -> str | None:
        """The code of the body a spokesperson speaks for (المتحدث باسم قيادة المقاومة علي الأحمدي, الناطق
        باسم ...): the first country-coded mention of ``found`` that starts after باسم, when باسم is among the
        first four words (``norm_words``) of the phrase starting at normalised offset ``ns``; the office's own
        code (المتحدث باسم: GOV) does not tell whose spokesperson it is. None else."""
        at = next((k for k, w in enumerate(norm_words[:4]) if w == "باسم"), None)
        if at is None:
            return None
        after = int(self.doc.offsets[self.words[self._index_at(ns) + at][1] - 1]) + 1
        return next((m[4] for m in found if m[0] >= after and isinstance(m[4], str) and m[4][:3] not in self.cues.agent_codes), None)

    def _placed_in(self, words: list[str], ne: int) -> str | None:
        """The state of the place a speaker phrase no mention codes is placed in: في or an attached ب, then a place
        the countries table (a state, capital or province) or the places table knows, perhaps after a place noun
        (word list place_head: مدينة، العاصمة، محافظة) and then known by the state adjective after it (في مدينة
        الرقة السورية), among the phrase's normalised ``words`` past its head or right after it (its end ``ne``,
        :meth:`_body_words_after`). None when no such place follows, and for an office posted abroad (word list
        posted_abroad_noun: السفير في واشنطن is not American).

        Example: in "وقالت مصادر سياسية في إسرائيل إن الحكومة ستوافق" the speaker مصادر سياسية is coded ISR."""
        cues = self.cues
        if not words or any(without_conjunction(w) in cues.posted_abroad for w in words):
            return None
        after = self._body_words_after(ne)[0]
        if any(w in cues.posted_abroad for w in after[:1]):
            return None
        seq = [without_conjunction(w) for w in words[1:]] + after
        for k, w in enumerate(seq):
            if w == "في":
                rest = seq[k + 1 : k + 5]
            elif w[:1] == "ب" and len(w) > 3:
                rest = [w[1:]] + seq[k + 1 : k + 4]
            else:
                continue
            headed = False
            while rest and rest[0] in cues.place_heads:
                rest, headed = rest[1:], True
            for n in (3, 2, 1):
                if len(rest) >= n and (found := cues.place_countries.get(" ".join(rest[:n]))):
                    return found
            if headed and len(rest) >= 2 and rest[1] in cues.plain_country_adjectives:
                return cues.plain_country_adjectives[rest[1]]  # في مدينة الرقة السورية
            if w == "في":
                return None  # the first place phrase only: في تصريح، في ذلك الوقت name no place
        return None

    def _setting_code(self, words: list[str], at: int | None = None) -> str | None:
        """The code of an unnamed speaker the text places in the story's own setting (word list
        setting_speaker, and the descriptive titles of word list setting_title_speaker: الطالبة نورة، المحامي فلان):
        a head such as شهود، سكان، المواطن، شقيق (شهود عيان), such a person word as the head's
        part or apposition (عدد من المواطنين، عبد الرحمن شقيق الشهيد), or a source or body with such an adjective
        within its first three words (مصادر محلية، وسائل إعلام محلية); or an unnamed source (word list
        setting_source_head: مصدر، مصادر) followed only by words of setting_source_adjective (مصادر مطلعة، مصدر
        طبي، مصادر قضائية), which name no country, no body and no one. Its country is the one the article's
        mentions name most, when it holds half of them; its agent that of its head word (شهود: CVL, وسائل
        إعلام: MED) or of the source's adjective (قضائية: JUD), none for an anonymous source (مصادر محلية،
        مصادر مطلعة). A title that names a place's office (agent GOV: حاكم) takes the state of that place
        instead when one is known (:meth:`_office_state`), from the phrase starting at normalised offset ``at``,
        and codes no one with a former-holder word (حاكم سابق). None else."""
        if not words:
            return None
        adjectives = self.cues.setting_source_adjectives
        if words[0] in self.cues.setting_source_heads and words[1:] and all(w in adjectives for w in words[1:]):
            # مصادر مطلعة، مصدر طبي، مصدر قضائي: an unnamed source that names no country, the story's own (a bare
            # مصادر stays uncoded, as the statement guideline has an indefinite speaker with no side stated)
            country = self._setting_country
            return country + next((adjectives[w] for w in words[1:] if adjectives[w]), "") if country else None
        settings = self.cues.setting_words_and_titles  # الطالبة نورة: a title of a private person
        # والمواطن is و + المواطن, but والدة، والدتها (a mother) open with their own و
        head = words[0][1:] if words[0][:1] in {"و", "ف"} and words[0][1:3] == "ال" and words[0] not in settings \
            else words[0]
        # a person word (مواطنين: CVL) past the head as its part (عدد من المواطنين, احد المواطنين) or in an
        # apposition without the article (عبد الرحمن شقيق الشهيد), not as the verb's object (ودعت البلدية المواطنين)
        part_of = word_set("part_of_word")
        placed = [w for k, w in enumerate(words[1:3], 1) if w in settings and (
            not settings[w] or not w.startswith("ال") or words[k - 1] in part_of or k == 1 and head in part_of)]
        if head not in settings and not placed:
            return None
        country = self._setting_country
        titles = self.cues.setting_titles
        if (titles.get(head) or next((titles[w] for w in placed if w in titles), None)) == "GOV":
            # a place's office (حاكم): not a former holder (حاكم ولاية تكساس السابق، حاكم سابق), whom the title
            # does not code; the state of its place (حاكم ولاية كاليفورنيا، بحسب حاكم المنطقة after في الكاميرون)
            if self._former_in(words):
                return None
            country = self._office_state(words, at) or country
        if country is None:
            return None
        agent = settings.get(head) or next((settings[w] for w in placed if settings[w]), "") or (
            "" if head in self.cues.source_heads else next(
            (self.cues.head_agents[p] for k in range(min(len(words), 3), 0, -1)
             for p in [" ".join([head] + words[1:k])] if p in self.cues.head_agents), ""))
        return country + agent

    def _office_state(self, words: list[str], at: int | None) -> str | None:
        """The state of the place whose office a title holds (حاكم ولاية كاليفورنيا، حاكم إقليم فلان): a place or
        state the tables know (:attr:`_Cues.place_countries`, not a two-letter town such as إب) among the phrase's
        normalised ``words`` past the title, place nouns skipped (ولاية، إقليم); else the nearest such place, or
        mention coded with a state (not IGO, nor a rebel group, which acts abroad: حركة الشباب الصومالية in a story
        of Kenya), within ``_OFFICE_STATE_WORDS`` words before the phrase at normalised offset ``at`` and in its
        sentence (والهجومان في الكاميرون ... بحسب حاكم المنطقة). None when neither is found."""
        cues = self.cues

        def place(seq: list[str]) -> str | None:  # the longest place of up to three words that opens seq
            for n in (3, 2, 1):
                name = " ".join(seq[:n])
                if len(seq) >= n and name not in cues.short_town_spellings and name in cues.place_countries:
                    return cues.place_countries[name]
            return None

        seq = [w for w in (without_conjunction(x) for x in words[1:]) if w not in cues.place_heads]
        found = next((c for k in range(len(seq)) if (c := place(seq[k:])) is not None), None)
        if found is not None or at is None:
            return found
        end = self._index_at(at)
        for i in range(end - 1, max(end - _OFFICE_STATE_WORDS, 0) - 1, -1):
            if self._sentence_ends_after(i):
                return None  # وأدانت الولايات المتحدة العنف. وقال حاكم إقليم فلان: another sentence's state
            a, b = self._text_span(*self.words[i])
            coded = [m for m in self.ment.every if a <= m[0] < b and isinstance(m[4], str)
                     and m[4][:3] not in cues.agent_codes and m[4][:3] != "IGO" and m[4][3:] != "REB"]
            if coded:
                return coded[0][4][:3]
            w = without_conjunction(self._core(self._word(i)))
            rest = [self._core(self._word(x)) for x in range(i + 1, min(i + 3, end))]
            for first in (w, w[1:]) if w[:1] in {"ب", "ل"} else (w,):  # بالكاميرون، لكينيا
                if (found := place([first] + rest)) is not None:
                    return found
        return None

    def _sentence_ends_after(self, i: int) -> bool:
        """Whether a full stop (not an abbreviation's: د.), a question or exclamation mark or a line break closes
        word ``i`` or the gap after it."""
        if i + 1 >= len(self.words):
            return False
        lo, hi = self.words[i][1] - 1, self.words[i + 1][0]
        norm = self.doc.norm
        return any(ch in "!?؟\n" or ch == "." and not abbreviation_dot(norm, lo + k)
                   for k, ch in enumerate(norm[lo:hi]))

    @staticmethod
    def _former_in(words: list[str]) -> bool:
        """Whether normalised speaker ``words`` hold a former-holder word (word list former_word, with or without
        its article: السابق، سابق، الأسبق، سابقا)."""
        return any(_former_word(without_conjunction(x)) for x in words)

    def _body_words_after(self, ne: int) -> tuple[list[str], int]:
        """The words of the body an office phrase ending at normalised offset ``ne`` belongs to, named right
        after it with في، من، لدى or an attached ب (مدير العلاقات العامة بمستشفى الملك فهد، رئيس القسم في جامعة
        ...): up to ``_BODY_AFTER_WORDS`` words, stopped by punctuation, a cue, إن/أن, a quotation or a
        number; with the normalised offset where they end. ([], ``ne``) when no such preposition follows."""
        i = self._index_at(ne)
        if i >= len(self.words) or self.doc.norm[ne : self.words[i][0]].strip():
            return [], ne  # a comma or a dash after the phrase: an apposition, not its body
        first = self._core(self._word(i))
        if not (first in word_set("body_preposition") or first[:1] == "ب" and len(first) > 3):
            return [], ne
        words, k = [], i
        while k < len(self.words) and k - i < _BODY_AFTER_WORDS:
            raw = self._word(k)
            core = self._core(raw)
            if not core or core in self.cues.kinds or _COMPLEMENTISER_RE.fullmatch(core) or raw[:1] in _OPENING_QUOTES \
                    or any(ch.isdigit() for ch in core) or core in word_set("body_stop"):
                break
            words.append(core)
            k += 1
            if raw[-1:] in _PUNCT:
                break
        return words, self.words[k - 1][1] if k > i else ne

    def _home_body_code(self, words: list[str], where: tuple[int, int] | None = None) -> str | None:
        """The code of a speaker phrase that names a local institution no table knows (مدير مطار الجوف، مجلس
        بلدية عريعرة، المشرف على مدارس ...): the agent of the last institution noun among ``words`` (word list
        speaker_body_agent: مطار GOV، مدارس EDU، شركة BUS; with or without its article and an attached ب or
        ل), the outermost body it belongs to, and the country of a country adjective among ``words`` (في الجمعية
        السعودية), a state's name among them (في أستراليا) or a coded mention in the text span ``where``, else
        the story's own country (:attr:`_setting_country`). IGO when the noun is the Arab League's (بجامعة الدول
        العربية). An outlet's noun reached through an attached ل (لصحيفة «بيلد») is whom the speaker told, not
        his body. None when no such noun stands in the phrase or no country is written or leads the article's
        mentions: a country is not guessed."""
        bodies = self.cues.body_agents
        if len(words) == 1 and words[0] != _institution_noun(words[0]):
            return None  # البنك، الشركة alone: a back-reference to a body named before, not a body of the setting
        agent = None
        for k, w in enumerate(words):
            if (key := _known_noun(w, bodies.get)) is not None and arab_league_after(words[k + 1 : k + 3]):
                return "IGO"  # مسؤول بجامعة الدول العربية: the Arab League, an IGO, no university
            if key is not None and bodies[key] == "MED" and without_conjunction(w)[:1] == "ل":
                continue  # قالت القاضية لصحيفة «بيلد»: the outlet told, not the speaker's body
            if key is not None and (key not in self.cues.office_only_bodies or self._office_right_before(words, k)):
                agent = bodies[key]
        if agent is None:
            return None
        # رئيسة القسم في الجمعية السعودية ...: a definite country adjective in the phrase or its body names the
        # country (not a family name so written: كارولين هاشمي); so do a state's name among them (جامعة ملبورن في
        # أستراليا) and a state or place a mention codes in the text span ``where`` they take
        country = next((self.cues.country_adjectives[b] for w in words[1:] if (b := _institution_noun(w))
                        in self.cues.country_adjectives and b != without_conjunction(w)
                        and b not in self.cues.other_sense_adjectives), None)
        if country is None:  # جامعة ملبورن في أستراليا: a state's name
            names = self.cues.country_names
            # في ألبانيا، بالمكسيك: a name whose ال is its own is looked up whole before without its article
            country = next((names[b] for w in words[1:] if (b := _name_with_article(w, names)
                                                            or _known_noun(w, names.__contains__)) is not None), None)
        if country is None and where is not None:
            country = next((m[4][:3] for m in self.ment.overlapping(*where, every=True) if where[0] <= m[0]
                            and isinstance(m[4], str) and m[4][:3] not in self.cues.agent_codes), None)
        country = country or self._setting_country
        return country + agent if country else None

    def _office_right_before(self, words: list[str], k: int) -> bool:
        """A person's office (مدير، مديرة، مشرف: word lists person_office, office_head) right before the normalised
        ``words[k]``, or before the عام that follows it (مدير عام إدارة، المدير العام لإدارة)."""
        j = k - 1
        if j > 0 and without_article(without_conjunction(words[j])) == "عام":
            j -= 1
        return j >= 0 and without_article(without_conjunction(words[j])) in self.cues.person_offices

    @cached_property
    def _setting_country(self) -> str | None:
        """The article's own state as the mention layer reads it: the country its mentions name most (not
        IGO, not an agent alone), each town, region, capital or province it names (:meth:`_towns_named`) counted
        as one more naming of its state, ``CONTEXT_LEAD`` times as often as the next; None else."""
        states = [m[4][:3] for m in self.ment.every if isinstance(m[4], str) and m[4][:3] != "IGO"
                  and m[4][:3] not in self.cues.agent_codes for _ in range(self._namings(m))]
        # the towns may give a state the lead or take it to another, but do not leave a story its mentions set
        # with none (a Saudi story that names Dubai and London)
        return leading_country(states + self._towns_named()) or leading_country(states) or None

    def _namings(self, m: tuple) -> int:
        """How many namings the mention ``m`` counts for in the story's state (:attr:`_setting_country`): 2 for an
        office that names its state by an adjective and the person written after it (السفير السعودي في عمان عيد
        الفلاني: one mention as the guideline writes him, which names the state's office and its man, as the
        office's mention and the name's did), the person's naming a title (الدكتور، اللواء) or the people table's
        phrase of its actor; else 1 (an office alone, or one whose state only the person's code gives)."""
        words = [self._core(w) for w in normalize_text(m[3]).split()] if isinstance(m[3], str) else []
        if not words or _office_proclitics(words[0], self.cues.person_offices, lam_article=True) is None:
            return 1
        adjectives = self.cues.plain_country_adjectives
        if not any(adjectives.get(_institution_noun(w)) == m[4][:3] for w in words[1:]):
            return 1
        rest = f" {' '.join(words[1:])} "
        named = any(w in self.cues.name_titles for w in words[1:]) or any(
            f" {p} " in rest for p in _people_phrases().get(m[2], ()))
        return 2 if named else 1

    def _towns_named(self) -> list[str]:
        """The states of the towns, regions, capitals and provinces the text names (places table; countries table
        rows of form capital or province; not those noted ambiguous), once per naming, with a conjunction or an
        attached ب or ل (بعدن، لتعز): where a story is set says whose it is as its mentions do (witnesses and
        residents in a story of Aden and Taiz that names no state are Yemeni). Not a town where an office or body
        is posted abroad (word list posted_abroad_noun right before في، لدى or an attached ب: السفير في طوكيو; not
        القنصلية الأمريكية في اسطنبول, a foreign mission's seat named with its state)."""
        towns = self.cues.town_countries
        cores = [self._core(self._word(i)) for i in range(len(self.words))]
        found, i = [], 0
        while i < len(cores):
            w = without_conjunction(cores[i])
            first = [w] if w in towns or not w[:1] in {"ب", "ل"} else [w[1:]]
            if first[0].partition(" ")[0] not in self.cues.town_first_words:  # no town's naming opens so
                i += 1
                continue
            for n in (3, 2, 1):
                key = " ".join(first + cores[i + 1 : i + n])
                if i + n <= len(cores) and key in towns:
                    if key in self.cues.short_town_spellings and not self._written_as(i, key, first[0] != w):
                        break  # باب، آب، أب: not إب
                    posted = i >= 2 and cores[i - 1] in word_set("posted_abroad_preposition") \
                        and without_conjunction(cores[i - 2]) in self.cues.posted_abroad \
                        or i >= 1 and first[0] != w and without_conjunction(cores[i - 1]) in self.cues.posted_abroad
                    if not posted:
                        found.append(towns[key])
                    i += n - 1
                    break
            i += 1
        return found

    def _written_as(self, i: int, key: str, attached: bool) -> bool:
        """Word ``i`` writes the short town ``key`` (:attr:`_Cues.short_town_spellings`) as the table does, hamza
        included, after a conjunction and, when ``attached``, a ب or ل (وإب، بإب; not باب، آب، أب)."""
        a, b = self._text_span(*self.words[i])
        raw = written_form(self.doc.text[a:b].strip(_PUNCT))
        spellings = self.cues.short_town_spellings[key]
        forms = {raw, raw[1:]} if raw[:1] in {"و", "ف"} else {raw}
        if attached:
            forms = {f[1:] for f in forms if f[:1] in {"ب", "ل"}}
        return bool(forms & spellings)

    def _is_one_name(self, words: list[str]) -> bool:
        """A person written by one name, after a title or not (بدلة، الدكتور السمحان): a last word that is no
        title, office, source or back-reference noun, every word before it a title; a family name may keep the
        word that opens it (بن معمر، آل حرفش after محافظ الطائف فهد بن عبدالعزيز بن معمر)."""
        if words[:-1] and words[-2] in word_set("surname_opener"):
            words = words[:-2] + words[-1:]
        if not words or len(words) > 2 or any(w not in self.cues.titles for w in words[:-1]):
            return False
        last = words[-1]
        bare = without_article(last)
        return len(bare) > 2 and not any(w in self.cues.heads or w in self.cues.back_nouns or w in self.cues.inanimate
                                         for w in (last, bare))

    def _affiliated_to(self, a: int, b: int) -> tuple | None:
        """The coded mention a phrase ``[a, b)`` ending with a word of affiliation (word list affiliation_word:
        المقربة، الموالي، التابع) points to right after it (من حزب العمال، لحزب الله), None else."""
        words = self.doc.text[a:b].split()
        if len(words) < 2 or normalize_text(words[-1]).strip(_PUNCT) not in self.cues.affiliation_words:
            return None
        for m in self.ment.overlapping(b, b + 40, every=True):
            gap = normalize_text(self.doc.text[b : m[0]]).split()
            if m[0] >= b and m[4] and isinstance(m[4], str) and gap in ([], ["من"]):
                return m
        return None

    def _code_inside(self, a: int, b: int, aid: str | None) -> tuple[str | None, str | None]:
        """(actor, code) of a coded mention the span holds but does not take as its speaker: one that
        starts at the head and runs past the span (الأمين العام للأمم المتحدة بأن ...: the head's actor
        and code), else one governed by ل inside it (المدير الإداري للمركز: the body's code, not its actor)."""
        overlapping = self.ment.overlapping(a, b, every=True)
        for m in overlapping:
            if m[0] == a and m[4]:
                return aid or m[2], m[4]
        inside = [m for m in overlapping if m[4] and a < m[0] and m[1] <= b and self.doc.text[m[0] : m[0] + 1] == "ل"]
        return aid, inside[0][4] if inside else None


#: The bases of a speaker that is the subject of its cue or the source of an attribution (not a headline's topic).
_SUBJECT_BASES = frozenset({"after_verb", "before_verb", "attribution"})
_COMPANIES = LastTableCache()
_PEOPLE_PHRASES = LastTableCache()


def _people_phrases() -> dict[str, tuple[str, ...]]:
    """Actor id → the normalised phrases the people table names him by.

    >>> "عادل الجبير" in _people_phrases()["adel_al_jubeir"]
    True
    """
    def build(table):
        out: dict[str, tuple[str, ...]] = {}
        for aid, phrase in zip(table["actor_id"], table["phrase"]):
            out[aid] = out.get(aid, ()) + (normalize_text(phrase),)
        return out

    return _PEOPLE_PHRASES.get(table_in_force("people"), build)


def _speaking_companies() -> dict[str, str]:
    """Normalised name → code (country + BUS) of the companies the organisations table marks ambiguous, their
    name also a product or service (جوجل، فيسبوك، أبل، تويتر): the mention layer codes them only after شركة;
    as the subject of a reporting verb the name is the company, as a product does not speak.

    >>> _speaking_companies().get("جوجل")
    'USABUS'
    """
    def build(table):
        rows = table[table["note"].fillna("").str.contains("ambiguous") & (table["agent"].fillna("") == "BUS")
                     & (table["country"].fillna("").str.len() == 3)]
        return {normalize_text(p): c + a for p, c, a in zip(rows["phrase"], rows["country"], rows["agent"])}

    return _COMPANIES.get(table_in_force("organisations"), build)


def _known_noun(word: str, known) -> str | None:
    """The key under which a table knows a word of a speaker's phrase: its :func:`_institution_noun`, else that
    without an attached ب or ل (بمجموعة، لمستشفى، بأستراليا: the noun without an article after its ب or ل), the
    first that ``known`` holds true; or None.

    >>> _known_noun("بمستشفى", {"مستشفى": "GOV"}.get), _known_noun("بالمطار", {"مطار": "GOV"}.get), _known_noun("بيت", {}.get)
    ('مستشفى', 'مطار', None)
    """
    bare = _institution_noun(word)
    if known(bare):
        return bare
    return bare[1:] if bare[:1] in {"ب", "ل"} and known(bare[1:]) else None


def _name_with_article(word: str, names) -> str | None:
    """A normalised ``word`` as ``names`` holds it with its own ال (البانيا، المكسيك), after a conjunction and an
    attached ب or ل it may carry (وبالمكسيك، لالمانيا); None when ``names`` does not hold it so.

    >>> _name_with_article("بالبانيا", {"البانيا"}), _name_with_article("البنك", {"البانيا"})
    ('البانيا', None)
    """
    word = without_conjunction(word)
    forms = [word] + ([word[1:]] if word[:1] in {"ب", "ل"} and word[1:3] == "ال" else [])
    return next((f for f in forms if f in names), None)


def _institution_noun(word: str) -> str:
    """A normalised word without its conjunction, an attached ب or ل and the article (بالمطار، لمدارس، وللشركة → مطار،
    مدارس، شركة), as the word list speaker_body_agent writes an institution's noun."""
    word = without_conjunction(word)
    if word.startswith("لل"):
        return word[2:]
    if word[:1] in {"ب", "ل"} and word[1:3] == "ال":
        word = word[1:]
    return without_article(word)


def expert_code(code, phrase: str, country: str | None = None):
    """The statement and event code of a speaker or actor the actor coder codes CVL (a private person) whose
    phrase holds a researcher's or academic's word (word lists ``expert_noun``: الباحث، باحثون، أستاذ، البروفيسور,
    and ``expert_speaker``, the words that may also be adjectives: أكاديمي، تربوي): EDU of the CVL's country, else
    of ``country`` (the story's), as the statements guideline (7.2) and the events guideline (8) code experts; any
    other code as it is. The mention layer keeps CVL.

    >>> expert_code("DEUCVL", "كاترين ديملر الباحثة في معهد"), expert_code("CVL", "وقال الباحثون", "GBR")
    ('DEUEDU', 'GBREDU')
    >>> expert_code("SAUCVL", "المواطن سلمان العلي"), expert_code("SAUGOV", "الباحث في الوزارة"), expert_code("CVL", "باحثون")
    ('SAUCVL', 'SAUGOV', 'EDU')
    >>> expert_code("SAUCVL", "وكيل الوزارة الأسبق البروفيسور سالم")
    'SAUCVL'
    """
    if not isinstance(code, str) or code[-3:] != "CVL" or len(code) not in (3, 6):
        return code
    nouns, former = word_set("expert_noun") | word_set("expert_speaker"), word_set("former_word")
    words = normalize_text(phrase).split()
    if not any(without_conjunction(w, nouns) in nouns for w in words) or any(w in former for w in words):
        return code  # (وكيل الصحة الأسبق البروفيسور فلان: a former official, the guidelines' CVL)
    return (code[:3] if len(code) == 6 else country or "") + "EDU"
