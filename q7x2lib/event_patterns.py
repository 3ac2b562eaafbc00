"""The event-pattern table compiled for :func:`q7x2lib.find_events`: its verbs, nouns and content words in term
matchers, with the word lists the event coder reads beside them.

``data/lexicons/event_patterns.csv`` (or a table of the user's) and ``data/lexicons/word_lists.csv`` (negators,
light verbs, split verb phrases, verbs of carrying out, receiving and undergoing ...), with the agents, countries and
places tables, compiled once per table into :class:`_Patterns`. Moved out of :mod:`q7x2lib.events` as it was;
``q7x2lib.events`` still names everything here. Beside it, the helpers both the event coder and its sense filters
(:mod:`q7x2lib.event_senses`, :mod:`q7x2lib.event_light_verbs`) read words and sentences with: sentence and clause
ends, a word's bare forms, the words of its sentence before or after a point, the proclitics
that are prepositions, a normalised span's raw span.
"""

from __future__ import annotations

import re

import pandas as pd

from .arabic import NormalizedText, normalize, without_article
from .lexicons import load_lexicon, table_in_force, word_list, word_set
from .matching import NOUN_PROCLITICS, MatcherGroup, TermMatcher
from .tables import LastTableCache

#: What may stand before a verb trigger in one word: a conjunction, then the future's س or the ل of purpose.
VERB_PREFIXES = "[وف]?[سل]?"

#: How many words may stand between the verb and the object of a split verb phrase (word list split_verb_phrase).
SPLIT_PHRASE_REACH = 5


_WORD_RE = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    """The words of a text: letters and digits, no underscore (``q7x2lib.events`` reads words with it too)."""
    return _WORD_RE.findall(text)


_SENTENCE_END = r"[.؟?!؛;]"  # a mark that ends a sentence
_SENTENCE_END_RE = re.compile(_SENTENCE_END)
# ... or a clause, also before أن / أنه (what a verb says opens a clause of its own)
_CLAUSE_END_RE = re.compile(_SENTENCE_END + r"|(?<![^\W_])(?:[وف]?(?:ان|انه|انها|بان))(?![^\W_])")
_CLAUSE_BREAK_RE = re.compile(r"[،,:;؛.()«»\"]")


def _relative(word: str) -> bool:
    """Whether a normalised word is a relative pronoun: word lists ``relative_pronoun`` (الذي، التي، الذين) and
    ``dual_relative_pronoun`` (اللذان، اللتين ...).

    >>> _relative("التي"), _relative("اللذين"), _relative("والتي")
    (True, True, False)
    """
    return word in word_set("relative_pronoun") or word in word_set("dual_relative_pronoun")


_CLITICS_RE = re.compile(r"^[وف]?(?:[بكل]?ال|لل|[بكل])")
_PUNCTUATION_AROUND_RE = re.compile(r"^[\W_]+|[\W_]+$")


def _bare_forms(word: str) -> tuple[str, str]:
    """A word without the punctuation around it, as written and without its proclitics and article.

    ``عرض البحر، من قارب``: the comma glued to البحر must not hide it from the
    word lists (the open sea was read as an offer on samples H, I, L and M).

    Examples:
        >>> _bare_forms("للبنزين"), _bare_forms("البحر,"), _bare_forms("(المرضي)")
        (('للبنزين', 'بنزين'), ('البحر', 'بحر'), ('المرضي', 'مرضي'))
    """
    word = _PUNCTUATION_AROUND_RE.sub("", word)
    return word, _CLITICS_RE.sub("", word, count=1)


def _sentence_words_after(norm: str, end: int, reach: int, *, chars: int = 160, clause: bool = False) -> list[str]:
    """The first ``reach`` words after ``end`` in its sentence, read within ``chars`` characters; with ``clause``, in
    its clause only (up to a comma, a colon, a bracket or a quotation mark: :data:`_CLAUSE_BREAK_RE`).

    >>> _sentence_words_after("قال إنه سيصل غدا. وفي الرياض", 3, 5)
    ['إنه', 'سيصل', 'غدا']
    >>> _sentence_words_after("قال إنه سيصل، غدا. وفي الرياض", 3, 5, clause=True)
    ['إنه', 'سيصل']
    """
    sentence = _SENTENCE_END_RE.split(norm[end:end + chars], maxsplit=1)[0]
    return (_CLAUSE_BREAK_RE.split(sentence, maxsplit=1)[0] if clause else sentence).split()[:reach]


def _sentence_words_before(norm: str, start: int, reach: int, *, chars: int = 160) -> list[str]:
    """The last ``reach`` words before ``start`` in its sentence, read within ``chars`` characters.

    >>> _sentence_words_before("وصل أمس. ثم قال الوزير إنه", 22, 2)
    ['قال', 'الوزير']
    """
    return _SENTENCE_END_RE.split(norm[max(0, start - chars):start])[-1].split()[-reach:]


#: The proclitic letters that are prepositions (ب، ل، ك): a word after them is governed, no subject or object.
_PREP_LETTERS = frozenset("بلك")


def _raw_span(doc: NormalizedText, na: int, nb: int) -> tuple[int, int]:
    """The raw-text span of the normalised span ``na:nb`` (which must hold at least one character)."""
    return int(doc.offsets[na]), int(doc.offsets[nb - 1]) + 1


class _Patterns:
    """The event patterns of a table, compiled once with the one term matcher."""

    def __init__(self, table: pd.DataFrame) -> None:
        self.info: dict[str, tuple] = {}
        words = load_lexicon("word_lists")
        endings = ("", *word_list("verb_ending", words))
        content, nouns = set(), set()
        for norm, pos, row in zip(table.norm, table.pos, zip(table.form, table.root, table.goldstein, table.unit,
                                                              table.target, table.modality)):
            # the matcher reads * only at a term's end: one inside (شن* غارات، عقد* اجتماع*) stands for the
            # verb's endings, each written out (شنت غارات، شنوا غارات، عقدا اجتماعا)
            for form in _inner_wildcard_forms(norm, endings):
                self.info.setdefault(form, row)
                if row[3] == "content":
                    content.add(form)
                elif pos == "noun":
                    nouns.add(form)
        nouns -= content
        # a verb takes a conjunction and the future's س (وسيزور), never the article (طالب is no الطالب)
        self.verbs = TermMatcher(set(self.info) - nouns - content, proclitics=VERB_PREFIXES, article_forms=False)
        # what a statement says (ميليشيات، الأشقاء، لن تتوقف): codes a statement its cue leaves informative
        self.content = TermMatcher(content, proclitics=NOUN_PROCLITICS, optional_article=True)
        self.nouns = TermMatcher(nouns, proclitics=NOUN_PROCLITICS, optional_article=True)
        self.scan = MatcherGroup([self.verbs, self.nouns, self.content])  # the three in one search of an article
        self.noun_keys = frozenset(nouns)
        self.negators = frozenset(word_list("negator", words))
        self.intent = frozenset(word_list("event_intent", words))
        # بعث الملك برقية تهنئة: a verb whose object names the act, its subject between them
        self.light_verbs = frozenset(v + e for v in word_list("event_light_verb", words) for e in endings)
        # وأطلق رجال ملثمون النار: a verb phrase of the table with its doer or a pronoun between verb and object
        self.split_phrases = []
        for phrase in word_list("split_verb_phrase", words, required=False):
            verb, obj = normalize(phrase).split(" ", 1)
            forms = sorted({verb.rstrip("*") + e for e in endings}, key=len, reverse=True)
            body = re.escape(obj.rstrip("*")) + (r"[^\W_]*" if obj.endswith("*") else "")
            self.split_phrases.append((obj, re.compile(
                r"(?<![^\W_])[وف]?(" + "|".join(forms) + r")((?:\s+[^\W_]+){1,%d}?)\s+" % SPLIT_PHRASE_REACH
                + "(" + body + r")(?![^\W_])")))
        # قام الوزير بزيارة، قامت الشرطة بالقبض على: a verb of carrying out whose object is an act's noun after ب
        self.carried_verbs = frozenset(word_list("carried_out_verb", words, required=False))
        self.carried = re.compile(r"(?<![^\W_])[وف]?(?:" + "|".join(sorted(self.carried_verbs, key=len, reverse=True))
                                  + r")(?![^\W_])") if self.carried_verbs else None
        # words that may stand between an actor and its verb: descriptors of a speaker, and honorifics before a
        # name (استقبل صاحب السمو الشيخ تميم)
        self.descriptors = frozenset(word_list("speaker_descriptor", words)) | frozenset(
            word_list("honorific_title", words))
        # ... and, between a verb and its subject only, a preposition whose pronoun fills it (سيطرت عليه ميليشيات
        # الحوثي) and the fighters or members of a group (هاجم مقاتلو داعش)
        self.subject_gap = self.descriptors | frozenset(word_list("pronoun_preposition", words)) | frozenset(
            word_list("member_noun", words))
        self.doer_gap = self.subject_gap | frozenset(word_list("member_genitive", words))
        # وجرى خلال اللقاء بحث ...، تم بحث: an act's noun after a verb with no doer of its own (the noun right
        # after جرى خلال is the meeting itself, whose participants are the same)
        impersonal = "|".join(sorted({normalize(w) for w in word_list("impersonal_verb", words)}, key=len,
                                     reverse=True))
        self.impersonal = re.compile(r"(?<![^\W_])[وف]?(?:" + impersonal
                                     + r")(?:\s+(?:خلال|خلاله|خلالها|في)(?:\s+[^\W_]+)?)?\s+$")
        # تم اعتقال المتهمين، جرى على الفور توقيفه: an impersonal verb and the word right after it (group 1), the
        # verbal noun of the act it tells (events._impersonal_verb_noun_hits)
        self.impersonal_next = re.compile(r"(?<![^\W_])[وف]?(?:" + impersonal + r")[ \t]+(?:علي الفور[ \t]+)?([^\W_]+)")
        # المقاومة قامت بتطهير ...، أسفرت العملية عن تطهير ...، تم ... وتطهير: a purge reported as done (or under
        # way) is a report, not the speaker's threat; its content word casts no vote (round 30, issue 16)
        self.reported_done = re.compile(r"(?<![^\W_])[وف]?(?:" + "|".join(word_list("reported_done", words))
                                        + r")(?![^\W_])(?:\s+[^\W_]+){0,6}\s+$")
        self.joint = tuple(word_list("joint_countries", words))
        # الذي أقامته الأمانة بالتعاون مع ...، تنفذ الجامعة بالتعاون مع ...: the verb of the activity done together,
        # right before the doer of a cooperation, opens it (partner_opening_verb)
        self.partner_verbs = frozenset(word_list("partner_opening_verb", words))
        self.instrument_agents = tuple(word_list("instrument_agent", words))
        # تلقى الملك اتصالا هاتفيا من ...: the act goes from the giver to the receiver
        self.receiving = _verb_finder(word_list("receiving_verb", words))
        # تعرض المطار لقصف: the subject of a verb of undergoing is the act's target
        self.undergoing = _verb_finder(word_list("undergoing_verb", words))
        # أسفر الهجوم عن مقتل ...: the killing is the result of the act before, not an event of its own (وأسفر، وأدى:
        # with its conjunction too)
        self.result = re.compile(r"(?<![^\W_])[وف]?(?:" + "|".join(
            re.escape(verb) + r"(?:\s+[^\W_]+){0,2}?\s+" + re.escape(prep)
            for verb, prep in (phrase.split() for phrase in word_list("result_phrase", words))) + r")\s+$")
        # words of titles and roles (وزير، المتحدث، الدكتور ...): shared by many speakers, they name no one
        agents = table_in_force("agents")
        titles = {w for phrase in agents["phrase"] for w in _words(normalize(phrase))}
        # a speaker the actor coder left uncoded is coded from its own words (وزير النقل، صحيفة حريت التركية)
        self.agent_phrases = {normalize(p): (a, c if isinstance(c, str) else "")
                              for p, a, c in zip(agents["phrase"], agents["agent"], agents["country"])}
        countries = table_in_force("countries")
        self.country_words = {}
        for code, phrase in zip(countries["code"], countries["phrase"]):
            norm_phrase = normalize(phrase)
            self.country_words.setdefault(without_article(norm_phrase), code)
        # a country or capital the actor coder leaves out as a place (إلى بكين، على اليمن) may be an act's target:
        # a country by its code, a capital as its government (the actor coder's own reading of a capital)
        self.places = {}
        for code, form, phrase in zip(countries["code"], countries["form"], countries["phrase"]):
            if form in ("name", "capital"):
                self.places.setdefault(tuple(_words(normalize(phrase))), code + ("GOV" if form == "capital" else ""))
        # a city, region, base or port of the places table (عدن، مطار عدن، تعز) names its country, bare: what the
        # event guideline codes where an act lands on a place (the gold codes عدن، مطار عدن، تعز as YEM)
        # ... and where an act of force lands (في تعز، قصف صنعاء): a city, not a whole country (ضربات في سوريا is
        # as often aimed at a group inside it), so only capitals and the places table, as their bare country
        self.place_country = {tuple(_words(normalize(phrase))): code for code, form, phrase
                              in zip(countries["code"], countries["form"], countries["phrase"]) if form == "capital"}
        places = table_in_force("places")
        for place, country in zip(places["place"], places["country"]):
            name = tuple(_words(normalize(place)))
            self.places.setdefault(name, country)
            self.place_country.setdefault(name, country)
        self.place_length = max(map(len, self.places), default=0)
        self.place_heads = frozenset(word_list("place_head", words))
        # الشعب اليمني، للأسر السورية: a people named by its country, that country's civilians
        self.people = re.compile(r"[وف]?[بل]?(?:ال|ل)?(?:" + "|".join(word_list("people_noun", words)) + ")")
        self.stop = frozenset(word_list("subject_stop", words))
        self.visit_words = frozenset(word_list("visit_word", words))
        self.anew = frozenset(word_list("act_named_anew", words))
        self.again = frozenset(word_list("act_named_again", words, required=False))
        self.generic = frozenset(titles | {without_article(w) for w in titles}
                                 | set(word_list("back_reference_noun", words)) | set(word_list("subject_stop", words))
                                 | self.descriptors)

    def country_of(self, word: str) -> str | None:
        """The country code a normalised word names, with or without its article (اليمنية، يمنية → YEM), else None."""
        return self.country_words.get(without_article(word))


def _inner_wildcard_forms(norm: str, endings: tuple[str, ...]) -> list[str]:
    """A term with its inner ``*`` (after a word that is not the last) written out with each ending.

    Examples:
        >>> _inner_wildcard_forms("شن* غار*", ("", "ت", "وا"))
        ['شن غار*', 'شنت غار*', 'شنوا غار*']
        >>> _inner_wildcard_forms("قصف*", ("", "ت"))
        ['قصف*']
    """
    words = norm.split(" ")
    if not any(w.endswith("*") for w in words[:-1]):
        return [norm]
    forms = [""]
    for i, w in enumerate(words):
        if w.endswith("*") and i < len(words) - 1:
            alts = [w[:-1] + e for e in endings]
        else:
            alts = [w]
        forms = [f"{f} {a}" if f else a for f in forms for a in alts]
    return forms


def _verb_finder(forms: list[str]) -> re.Pattern:
    """One pattern for a list of normalised verb forms, as whole words with و/ف and س، ل or ب before them."""
    return re.compile(r"(?<![^\W_])[وف]?[سلب]?(?:" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
                      + r")(?![^\W_])")


_PATTERNS = LastTableCache()


def _patterns(table: pd.DataFrame | None) -> _Patterns:
    return _PATTERNS.get(table_in_force("event_patterns") if table is None else table, _Patterns)
