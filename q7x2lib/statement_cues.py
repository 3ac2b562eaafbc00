"""Statement cues: reporting verbs, participles, attribution phrases and quotations.

The knowledge is data: ``data/lexicons/reporting_verbs.csv`` (compiled once
per table with the one term matcher) and the word lists of
``data/lexicons/word_lists.csv`` the speaker finder reads (descriptors,
titles, stop words, inanimate subjects ...), gathered here so that an
article's rules look them up in one place.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from .arabic import DIACRITICS, TATWEEL
from .arabic import normalize as normalize_text
from .arabic import without_article
from .lexicons import load_lexicon, month_names, place_names, table_in_force, word_list
from .matching import VERB_PROCLITICS, WILDCARD, TermMatcher
from .tables import LastTableCache

#: Quotations shorter than this are labels or scare quotes ("قاتل"), not statements.
MIN_QUOTE_WORDS = 3
# A quotation closes within its paragraph and before the next opening mark: an
# unbalanced mark must not swallow the next sentence's cue. A straight mark before a full stop or a comma
# closes a quotation ("... الحسكة". وأكد الضابط ...): where one mark is missing earlier in the text, it must
# not open a quotation over the next sentence's cue.
_QUOTE_RE = re.compile(r"“[^”“\n]{3,400}”|«[^»«\n]{3,400}»|\"(?!\s*[.،,؛;])[^\"\n]{3,400}\"")
_MARKS_RE = re.compile(f"[{DIACRITICS}{TATWEEL}]")


def written_form(word: str) -> str:
    """A word as written, without its short vowels and tatweel but with its hamza (إب، أب، آب stay apart).

    >>> written_form("إِبّ"), written_form("آب")
    ('إب', 'آب')
    """
    return _MARKS_RE.sub("", word.strip())


_PUNCT_CHARS = "،,.:;!?؟\"()[]{}-–—…«»“”"
_THAT_RE = re.compile(r"[وف]?(?:ان|انه|انها|انهم|اننا)")


@lru_cache(maxsize=1)
def _agent_phrases() -> dict[str, str]:
    """Each phrase of the agents table in force (``agents.csv``), normalised, and its agent; rows with no agent left
    out. Shared (never change it): the agent of a portfolio (``q7x2lib.statements._portfolio_agent``) and, with the
    businessman's titles added, of a speaker's head word (:attr:`_Cues.head_agents`).

    >>> _agent_phrases()["وزارة الصحة"]
    'GOV'
    """
    agents = load_lexicon("agents")
    return {normalize_text(str(p)): a for p, a in zip(agents["phrase"], agents["agent"])
            if str(p).strip() and isinstance(a, str) and a.strip()}


def _word_pairs(name: str, *, required: bool = True) -> dict[str, str]:
    """A word list whose entries are a word and, after a space, the agent it gives (``قضائية JUD``; a word alone gives
    ""), as a dict from word to agent."""
    return dict((p.split() + [""])[:2] for p in word_list(name, required=required))


class _Cues:
    """The reporting verbs of a table, compiled once with the one term matcher, and quotations."""

    def __init__(self, verbs: pd.DataFrame) -> None:
        self.kinds = dict(zip(verbs.norm, verbs.kind))
        self.verb_words = frozenset(k.split(" ")[0] for k in self.kinds)  # نقل of نقل عن: بحسب ما نقله
        kind_of = self.kinds.get
        # attach_lam: "وفقا لوكالة" is the cue "وفقا ل" with its ل joined to the source
        terms = TermMatcher(verbs.norm, proclitics=VERB_PROCLITICS, article_forms=False, attach_lam=True)
        self.pattern = re.compile(f"{terms.pattern.pattern}|{_QUOTE_RE.pattern}")
        # Every match of the pattern holds the first word of a term, or opens with a quotation mark:
        # where none of these occurs, a sentence needs no scan (see candidates)
        import ahocorasick_rs

        firsts = {key.split(" ")[0].rstrip(WILDCARD) for key in terms.lookup} | set("“«\"")
        self._firsts = ahocorasick_rs.AhoCorasick(sorted(firsts)) if all(firsts) else None
        self.terms = terms.pattern
        # Words allowed between a verb and its subject: descriptors such as
        # "وكالة الأنباء الروسية" before "ريا نوفوستي", or a time adverbial.
        self.descriptors = frozenset(word_list("speaker_descriptor"))
        # والد الشهيد فلان، أسرة الشيخ فلان: a relative named by the one a mention after it names speaks as a private person
        self.kin_heads = frozenset(word_list("kin_speaker_head", required=False))
        self.kin_nouns = frozenset(word_list("kin_noun"))  # شقيقه فلان: a relative, a speaker with a name after it
        # subject_stop and, for statements only, speaker_end: a time word or adverb after the subject (يوم، عقب)
        self.stop = frozenset(word_list("subject_stop")) | frozenset(word_list("speaker_end", required=False))
        self.inanimate = frozenset(word_list("inanimate_subject"))
        self.findings = frozenset(word_list("finding_subject"))  # كشفت التحقيقات: after a verb only, not بحسب استطلاع
        self.non_speech = frozenset(word_list("non_speech_object"))
        self.scripture = frozenset(word_list("scripture_speaker"))
        self.back_nouns = frozenset(word_list("back_reference_noun"))
        self.considering = frozenset(word_list("considering_verb"))  # تعتبر: also "is considered"
        self.b_nouns = frozenset(word_list("b_initial_noun"))  # رئيس بلدية: not ب + لدية
        self.generic_roles = frozenset(word_list("generic_role"))  # المسؤول اليمني: the last Yemeni speaker
        self.speaking_roles = frozenset(word_list("speaking_role"))  # وأضاف المصدر: the last speaker, when never named so
        self.article_verbs = frozenset(word_list("article_like_verb"))  # التقى → التقي
        self.adjective_participles = frozenset(word_list("adjective_participle"))  # مفيدة: useful, or stating
        self.plural_speakers = frozenset(word_list("plural_speaker"))  # لكن خبراء قالوا: a plural of persons before a plural verb
        self.plural_bodies = frozenset(word_list("plural_body"))  # وأعلنت تشكيلات ...: the subject the verb agrees with
        self.object_nouns = frozenset(word_list("object_noun"))  # ودان الوزير الهجوم: the object, not the subject
        self.object_people = frozenset(word_list("object_people", required=False))  # البراهيم الطلبة, not شؤون الطلبة
        self.headline_occasions = frozenset(word_list("headline_occasion"))  # لافروف بعد اجتماع ...: not the speaker
        # وقال المصدر after مصادر مطلعة: a back-reference noun -> its broken plurals
        self.back_plurals: dict[str, set[str]] = {}
        for p in word_list("back_reference_plural"):
            noun, plural = p.split(maxsplit=1)
            self.back_plurals.setdefault(noun, set()).update({plural, "ال" + plural})
        self.slogan_heads = frozenset(word_list("slogan_head"))
        self.question_words = frozenset(word_list("question_word"))  # كيف ترى ...؟: an interviewer asks
        self.impersonal_belief = frozenset(word_list("impersonal_belief_verb"))  # يُعتقد أنه: no one speaks
        self.impersonal_expectation = frozenset(word_list("impersonal_expectation_verb", required=False))  # ويتوقع الانتهاء
        self.expecting_openers = frozenset(word_list("expecting_opener", required=False))  # ويتوقع عدد من
        self.happening_forms = frozenset(word_list("happening_form", required=False))  # التي تحدث: occurs, not spoke
        self.happening_openers = frozenset(word_list("happening_opener", required=False))
        self.past_an_openers = frozenset(word_list("past_an_opener", required=False))  # بعد أن تحدث: spoke
        self.counted_nouns = frozenset(word_list("counted_noun_cue", required=False))  # 100 طالب: students
        # تابع لأحد المصانع (belonging to), علقت به (got stuck): a bare form -> how the next word opens
        self.other_senses: dict[str, set[str]] = {}
        for p in word_list("other_sense_before", required=False):
            form, opening = p.split(maxsplit=1)
            self.other_senses.setdefault(form, set()).add(opening)
        self.fact_subjects = frozenset(word_list("fact_subject"))  # مما يؤكد أن: a fact shows it, no one speaks
        self.titles = frozenset(word_list("speaker_title"))
        # a title before a personal name (الدكتور، الشيخ، اللواء، معالي): an office's holder named after its place
        self.name_titles = frozenset(normalize_text(w) for name in ("person_title", "person_title_mil", "person_title_gov",
                                                                    "person_title_rel", "honorific_title")
                                     for w in word_list(name, required=False))
        # the letters of those titles' abbreviations (د.، م.، أ.د.: د، م، ا), no word of a speaker's naming
        self.title_abbreviation_letters = frozenset(p for t in self.name_titles if "." in t
                                                    for p in t.replace(" ", "").split(".") if p)
        # a medium or audience after ل (لبرنامج، لوسائل الإعلام): the addressee, which ends the subject
        self.addressee_heads = frozenset(word_list("addressee_head"))
        self.saying_nouns = frozenset(word_list("saying_noun"))
        self.relayed_saying_nouns = frozenset(word_list("relayed_saying_noun", required=False))  # عن الوزير القول
        self.noun_governors = frozenset(word_list("noun_governor"))
        # وعبر X عن: a verb that needs its particle later in the sentence, form -> particle
        self.particle_cues: dict[str, set[str]] = {}  # one form may take any of several (رفع الشكر، رفع التهاني)
        for p in word_list("particle_cue"):
            form, particle = p.split(maxsplit=1)
            self.particle_cues.setdefault(form, set()).add(particle)
        lemmas = dict(zip(verbs.norm, verbs.lemma.map(normalize_text)))
        # وأشار هندرسون إلى: a verb whose subject stands before its particle, form -> particle
        particles = dict(p.split(maxsplit=1) for p in word_list("subject_particle"))
        self.addressee_verbs = frozenset(word_list("addressee_object_verb"))
        self.subject_head_cues = frozenset(word_list("subject_head_cue"))
        # وزاد: «...»، وزاد أن ...: what is said right after the verb, the last speaker's (no subject needed)
        self.said_at_once_cues = frozenset(word_list("said_at_once_cue", required=False))
        self.clause_initial_cues = frozenset(word_list("clause_initial_cue", required=False))
        self.correlative_cues = frozenset(word_list("correlative_cue", required=False))  # بين X وبين Y: no cue
        self.construct_cues = frozenset(word_list("construct_cue"))  # إعلان البيت الأبيض: a verbal noun and its doer
        self.declared_content_cues = frozenset(word_list("declared_content_cue"))  # إعلان X عن / أن / مسؤوليته
        self.accordance_cues = frozenset(w.replace(" ", "") for w in word_list("accordance_cue"))  # وفقا ل: also "in accordance with"
        self.accordance_not_sources = frozenset(word_list("accordance_not_source"))  # وفقا للتنظيم: a regulation
        self.depending_cues = frozenset(word_list("depending_cue"))  # حسب المخطط: depending on, no source
        self.accordance_or_depending_cues = self.accordance_cues | self.depending_cues
        # as the normalised text writes them (إحصاءات → احصاءات, تأكيدات → تاكيدات): compared with its words
        self.accordance_sources = frozenset(normalize_text(w) for w in word_list("accordance_source"))
        self.saying_participles = frozenset(word_list("saying_participle"))  # قائلا: folded into a verb with no content
        self.affiliation_words = frozenset(word_list("affiliation_word"))  # المقربة من X: a body named with its patron
        self.cue_objects = frozenset(word_list("cue_object"))  # لفت النظر: an object right after the verb
        # من جهته، بدورها، في المقابل: right before a verb, a new speaker takes the turn (word tuples)
        self.turn_takers = frozenset(tuple(p.split()) for p in word_list("turn_taker", required=False))
        # الوزير من جهته قال، بدوره عبر النائب عن: a clause opens after them, even inside a sentence
        self.clause_opening_turn_takers = frozenset(word_list("clause_opening_turn_taker"))
        # في، هذا، قد: never a given name before a surname (الا ان كيمورا)
        self.function_words = frozenset(normalize_text(str(w)) for w in load_lexicon("stopwords")["word"])
        ala = set(word_list("ala_verb"))
        self.ala_verbs = frozenset(f for f, lemma in lemmas.items() if lemma in ala)  # أكد على: علي after it is no name
        relaying = {normalize_text(w) for w in word_list("relaying_verb", required=False)}
        self.relaying_forms = frozenset(f for f, lemma in lemmas.items() if lemma in relaying)  # ونقلت عن X القول
        ba = set(word_list("ba_verb"))
        self.ba_verbs = frozenset(f for f, lemma in lemmas.items() if lemma in ba)  # هدد بتدمير: its object, no subject
        calling = {normalize_text(w) for w in word_list("call_verb", required=False)}
        self.call_verbs = frozenset(f for f, lemma in lemmas.items() if lemma in calling)  # ودعا X المواطنين: its public
        approving = set(word_list("approval_verb"))
        self.approval_verbs = frozenset(f for f, lemma in lemmas.items() if lemma in approving)  # أقر: also approved
        self.approval_objects = tuple(word_list("approval_object"))  # قانون*، مشروع*: what is approved, word starts
        self.subject_particles = {f: particles[lemma] for f, lemma in lemmas.items()
                                  if lemma in particles and kind_of(f) == "verb"}
        # a form with an object pronoun (أعلنه، اعتبرها، تبناه): in a relative clause its subject follows it
        bases = set(lemmas) | set(lemmas.values())
        self.with_object = frozenset(f for f in lemmas if " " not in f and any(
            f.endswith(p) and (f[: -len(p)] in bases or {f[: -len(p) - 1] + "ى", f[: -len(p) - 1] + "ي"} & bases)
            for p in ("ه", "ها", "هما", "هم")))  # تبناه from تبنى; not تتهم, a form of اتهم
        self.name_links = frozenset(word_list("name_link"))  # علي بن أبي طالب: a cue's form inside a name
        self.months = frozenset(w for m in month_names() for w in m.split())
        self.source_heads = frozenset(word_list("source_head"))
        # مصادر محلية، شهود عيان: a speaker of the story's own setting, with the agent some of these words give
        self.setting_words = _word_pairs("setting_speaker")
        # الطالبة نورة، المحامي فلان: a descriptive title with the agent it gives a private person of the story's
        # setting, read only for the code (not a word that ends a subject, as setting_speaker's words are)
        self.setting_titles = _word_pairs("setting_title_speaker", required=False)
        self.setting_words_and_titles = {**self.setting_words, **self.setting_titles}  # read by _setting_code
        self.setting_officials = _word_pairs("setting_official_speaker", required=False)
        # مصادر مطلعة، مصدر قضائي: an unnamed source with no country, of the story's setting (the adjective's agent)
        self.setting_source_heads = frozenset(word_list("setting_source_head", required=False))
        self.setting_source_adjectives = _word_pairs("setting_source_adjective", required=False)
        # مدير مطار الجوف، مجلس بلدية عريعرة: the noun of a local institution inside a speaker phrase no table codes,
        # and the agent it gives (the country is the story's own, see _Subjects._home_body_code)
        self.body_agents = _word_pairs("speaker_body_agent", required=False)
        # إدارة: a department counts only as the body of an office right before it (مدير إدارة الخدمات), not as
        # a body that speaks itself (إدارة النادي: a club's board)
        self.office_only_bodies = frozenset(word_list("speaker_body_after_office", required=False))
        # منظمة «...»، حزب "..."، مبادرة "...": a body named by its head noun and a quoted name no mention codes,
        # and the agent the head noun gives it (see _Subjects._quoted_body_code)
        self.quoted_body_heads = _word_pairs("quoted_body_head", required=False)
        # القيادة alone: the outlet's own state's rulers (word and agent)
        self.outlet_state_speakers = _word_pairs("outlet_state_speaker", required=False)
        self.adviser_fields = _word_pairs("adviser_field_agent", required=False)
        # العلماء، الباحثون: private persons the story's state does not place (they keep CVL alone)
        self.stateless_private = frozenset(normalize_text(w) for w in word_list("stateless_private_speaker", required=False))
        # وبحسب "الفرنسية": a news agency named by its country's adjective alone, as wire copy names it (word
        # list agency_short_name: the word and the agency's id in the organisations table), with the agency's code
        orgs = load_lexicon("organisations")
        org_codes = {a: f"{c}{g}" for a, c, g in zip(orgs["actor_id"], orgs["country"].fillna(""), orgs["agent"].fillna(""))}
        self.agency_short_names = {normalize_text(w): (a, org_codes.get(a) or None)
                                   for w, a in _word_pairs("agency_short_name", required=False).items() if a}
        self.honorifics = frozenset(word_list("honorific_pronoun"))
        # رأي (an opinion) normalises to the verb رأى: spellings, as written, that are nouns (word list noun_spelling)
        lists = load_lexicon("word_lists")
        self.noun_spellings = frozenset(_MARKS_RE.sub("", str(w)).strip()
                                        for w in lists.loc[lists["list"] == "noun_spelling", "word"])
        self.documents = frozenset(word_list("document_noun"))
        self.report_nouns = frozenset(word_list("report_noun", required=False))  # بلاغ من مقيم يفيد: who reported it
        self.report_cues = frozenset(word_list("report_cue", required=False))
        self.holder_gap_stops = frozenset(word_list("holder_gap_stop", required=False))  # مع نظيره: another one named
        self.issuing_verbs = frozenset(word_list("issuing_verb"))  # أصدر فتوى، نشر تقريرا: the subject issued the document
        self.issuing_forms = frozenset(normalize_text(w) for w in self.issuing_verbs)  # as the normalised text writes them
        # a present-tense form (يؤكد، تطالب), told from a past one that starts with ت (تعهد، توعد) by its lemma
        self.present = frozenset(f for f, k in self.kinds.items()
                                 if k == "verb" and f[:1] in {"ي", "ت"} and not f.startswith(lemmas[f]))
        # an indefinite word that opens a speaker phrase: the first word of an agent phrase (رئيس، وزير، مصدر)
        agents = load_lexicon("agents")
        self.agent_codes = frozenset(agents["agent"])
        # a speaker no mention codes (الوزير الفرنسي، سياسيون يمنيون): its head word's agent, its adjective's country
        self.head_agents = dict(_agent_phrases())
        # رجل الأعمال الأمريكي: a businessman's description (word list person_title_bus) is a head of agent BUS too
        for w in word_list("person_title_bus", required=False):
            self.head_agents.setdefault(normalize_text(w), "BUS")
        # تقارير إخبارية تركية، الإعلام الإيراني، كاتب سعودي: a speaker's head that no actor table codes, with the agent it
        # gives (word list speaker_head_agent, "phrase AGENT"); its country adjective gives the country
        for entry in word_list("speaker_head_agent", required=False):
            phrase, _, agent = entry.strip().rpartition(" ")
            if phrase and agent:
                self.head_agents.setdefault(normalize_text(phrase), agent)
        # فلان، مهندسة العمليات في شركة ...؛ فلان، رجل أعمال: the occupations of one sense with the agent they give a
        # person in apposition (word list apposition_occupation_agent, "phrase AGENT"), and the words that open
        # such an apposition (those occupations' first words and word list apposition_office_head)
        occupations = word_list("apposition_occupation_agent", required=False)
        self.occupation_agents = dict(p.rsplit(" ", 1) for p in occupations if " " in p)
        self.apposition_jobs = frozenset(word_list("apposition_office_head", required=False)) | {
            p.split()[0] for p in occupations}
        countries = load_lexicon("countries")
        adjectives = [(normalize_text(str(p)), c, str(n)) for p, c, f, n in zip(
            countries["phrase"], countries["code"], countries["form"], countries["note"].fillna(""))
            if f == "adjective" and " " not in str(p).strip()]
        self.country_adjectives = {p: c for p, c, _ in adjectives}
        # البنك المركزي: an adjective that makes a body public, not a company
        self.public_body_adjectives = frozenset(without_article(normalize_text(w))
                                                for w in word_list("public_body_adjective", required=False))
        # a country adjective whose usual sense is another (المالية: financial, not Malian): no speaker's country
        self.other_sense_adjectives = frozenset(normalize_text(w) for w in word_list("adjective_other_sense", required=False))
        # the adjectives the table does not mark ambiguous (not المالية: financial; الإنجليزية: the language; الكورية: which Korea)
        self.plain_country_adjectives = {p: c for p, c, n in adjectives if not n.startswith("ambiguous")}
        # جامعة ملبورن في أستراليا، بنك الكويت الوطني: a state's one-word name in a speaker's institution phrase
        self.country_names = {normalize_text(str(p)): c for p, c, f in zip(countries["phrase"], countries["code"], countries["form"])
                              if f == "name" and " " not in str(p).strip()}
        # مصادر سياسية في إسرائيل، ناشطون في مدينة الرقة: a state, capital or province (countries table) or a city or
        # region (places table) that places a speaker no mention codes; not a name either table notes as ambiguous
        named = place_names(countries, regions=True)
        placed = [(p, c, f) for p, c, f, n in named if f != "region" and "ambiguous" not in n]
        self.place_countries = {p: c for p, c, _ in placed}
        # the towns, regions, capitals and provinces (not the states' names, mentions themselves) that say where a
        # story is set (:attr:`statement_speakers._Subjects._setting_country`)
        self.town_countries = {p: c for p, c, f in placed if f != "name"}
        self.town_first_words = frozenset(p.partition(" ")[0] for p in self.town_countries)  # a town's naming opens so
        # إب: a town whose name has two letters once normalised is as often another word so normalised (أب a father,
        # آب August, and باب a door read as ب + اب): it names the town only as the table writes it, its hamza kept
        spellings: dict[str, set[str]] = {}
        for table, column in (("places", "place"), ("countries", "phrase")):
            for raw in table_in_force(table)[column]:
                if isinstance(raw, str) and len(norm := normalize_text(raw)) <= 2 and norm in self.town_countries:
                    spellings.setdefault(norm, set()).add(written_form(raw))
        self.short_town_spellings = {k: frozenset(v) for k, v in spellings.items()}
        # a headline's place prefix (أمريكا: إصابة رجل، الجوف: اعتماد 18 مكتبا): every state, capital, province and
        # town of both tables, ambiguous or not (which state does not matter there), and the regions table's Saudi
        # regions and towns but those whose name is as often a common word (place_common_word: الخبر، شقراء)
        common = frozenset(normalize_text(w) for w in word_list("place_common_word", required=False))
        self.headline_places = frozenset(p for p, *_ in named) - common
        self.place_heads = frozenset(normalize_text(w) for w in word_list("place_head", required=False))
        self.posted_abroad = frozenset(normalize_text(w) for w in word_list("posted_abroad_noun", required=False))
        # a body an indefinite noun opens (وقالت لجنة الانتخابات، أعلنت بعثة الأمم المتحدة): a head no agent opens
        self.body_heads = frozenset(word_list("body_head", required=False))
        # مركز، مكتب، معهد، جمعية: the heads of an institution's name as the mention layer reads them (a document's issuer)
        self.institution_heads = frozenset(normalize_text(w) for name in ("institution_head_gov", "institution_head_edu",
                                                                          "institution_head_ngo")
                                           for w in word_list(name, required=False))
        # والد، والي، والش: a word whose first و is its own, not a conjunction to cut off a speaker's surface
        self.waw_initial = frozenset(normalize_text(w) for w in word_list("waw_initial_word", required=False))
        self.heads = (frozenset(normalize_text(str(p)).split()[0] for p in agents["phrase"] if str(p).strip())
                      | self.descriptors | self.titles | self.source_heads | self.body_heads
                      | frozenset(word_list("office_head", required=False)))  # عميد، مشرفة، مقرر: no agent phrase opens them
        # وزير، مدير، عضو، مشرف: an office one person holds (not a body such as إدارة، منظمة that opens an agent phrase too)
        self.person_offices = frozenset(normalize_text(w) for name in ("person_office", "office_head")
                                        for w in word_list(name, required=False))

    def is_saying_noun(self, cue: str) -> bool:
        """قوله، وقولها: a verbal noun of saying that names its speaker through عن before it."""
        norm = normalize_text(cue).replace(" ", "")
        return norm in self.saying_nouns or norm[:1] in {"و", "ف"} and norm[1:] in self.saying_nouns

    def is_noun_spelling(self, cue: str) -> bool:
        """The cue as written (with its و/ف, without marks) is a noun its normalised form hides: رأي, not رأى.

        >>> c = _cues(load_lexicon("reporting_verbs"))
        >>> c.is_noun_spelling("ورأيُ"), c.is_noun_spelling("رأى"), c.is_noun_spelling("ورأى")
        (True, False, False)
        """
        word = _MARKS_RE.sub("", cue).strip()
        return word in self.noun_spellings or word[:1] in {"و", "ف"} and word[1:] in self.noun_spellings

    def approves(self, term: str, after: str) -> bool:
        """A cue that also means approved (word list approval_verb: أقر) with what is approved among the six words
        after it (word list approval_object: أقر البرلمان قانونا، أقرت الحكومة خطة), before any word opening with ب
        or an إن/أن, which make it acknowledged (أقر بأن، أقر نظام الأسد بسقوط قذائف).

        >>> c = _cues(load_lexicon("reporting_verbs"))
        >>> c.approves("اقر", "البرلمان قانونا يمنع التجمع"), c.approves("اقر", "الوزير بوجود نقص في الكوادر")
        (True, False)
        """
        if term not in self.approval_verbs:
            return False
        for word in after.split()[:6]:
            word = word.strip(_PUNCT_CHARS)
            if word[:1] == "ب" or _THAT_RE.fullmatch(word):
                return False
            if without_article(word).startswith(self.approval_objects):
                return True
        return False

    def candidates(self, norm: str) -> list[int] | None:
        """Every place in ``norm`` where a match of ``pattern`` may begin its term or quotation, sorted (None: anywhere).

        A match's term begins with a term's first word, a quotation with its
        mark; these needles hold no space, so an occurrence lies inside one
        sentence.
        """
        if self._firsts is None:
            return None
        return sorted(s for _, s, _ in self._firsts.find_matches_as_indexes(norm, overlapping=True))


#: More characters than any proclitic string of VERB_PROCLITICS (two conjunctions, each with a space).
_CUE_LEAD = 8
_CUES = LastTableCache()


def _cues(verbs: pd.DataFrame) -> _Cues:
    return _CUES.get(verbs, _Cues)
