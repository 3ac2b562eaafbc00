"""Who is named: actor mentions found in the text (their tables: :mod:`q7x2lib.mention_tables`).

:func:`find_mentions` runs the one term matcher (:mod:`q7x2lib.matching`)
with every phrase of the actor table (:mod:`q7x2lib.actors`) over the
normalised text, resolves dated roles by the article's date and maps each
match back to the text the reader sees. An appositive role + name (الرئيس
الروسي، فلاديمير بوتين) is one mention; a joint reference (الزعيمين) one row
per member.

The tables built from the mentions (counts, positions, co-occurrence,
keyword in context) live in :mod:`q7x2lib.mention_tables`; their names are
importable from here too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from .actors import _actor_matcher, _bundled_actors, _Matcher, compound_given_name
from .lexicons import table_in_force, with_tables, word_list, word_set
from .arabic import PRONOUN_SUFFIXES, SINGULAR_PRONOUN_SUFFIXES, NormalizedText, normalize, normalized_texts, without_conjunction
from .fields import article_rows, split_fields
from .matching import trie_regex
from .mention_tables import cooccurrence, first_mentions, headline_body_counts, kwic, mention_counts  # noqa: F401 - moved there; q7x2lib.mentions still names them
from .tables import frame_from_rows

MENTION_COLUMNS = ["doc_id", "sentence_id", "actor_id", "surface", "kind", "start", "end", "proclitic",
                   "country", "agent", "code", "body_id"]
MENTION_DTYPES = {"surface": object, "proclitic": object, "start": "int64", "end": "int64", "sentence_id": "int64"}
# The article's own country must be named this many times as often as the next one to code offices by it.
CONTEXT_LEAD = 1.5
# Between a role and the name it introduces: spaces and at most one comma.
_APPOSITION_GAP = re.compile(r"\s*[,،]?\s*")
# Between a role and a known person's name in brackets after it: وزير الخارجية الأميركي (جون كيري).
_BRACKET_GAP = re.compile(r"\s*\(\s*")
_OPEN_QUOTES, _CLOSE_QUOTES = frozenset('"«“{'), frozenset('"»”}')
# A preposition لـ written apart from the name after it (لـ عكاظ: the tatweel is gone from the normalised text).
_DETACHED_LAM = re.compile(r"(?<![^\W\d_])ل\s+$")
# Between two offices describing one person: one word (النائب الثاني لرئيس ...).
_ONE_WORD_GAP = re.compile(r"\s+[^\W\d_]+\s+")
# مع right after a word: التحالف مع فلان is an alliance with someone, not the coalition.
_WITH_AFTER = re.compile(r"\s+مع(?!\w)")
# A word with the article: a phrase holding one is definite (ولي العهد), one without is not (مسؤول عسكري);
# after an opening quotation mark or bracket too (إن «المقاومة» سيطرت: normalised, « is ")
_DEFINITE = re.compile(r"(?:^|(?<=[\s\"'(\[]))(?:ال|لل)")
# A conjunction and a preposition attached to a place word (لمحافظة، وبمطار); never the article.
_PLACE_CLITIC = re.compile(r"^[وف]?[بل](?=..)|^[وف](?=..)")
# The word right before a position, one space between (same line).
# What lies between two coordinated places: و attached to the second (في سوريا والعراق), or أو between them.
_COORDINATION_GAP = re.compile(r"\s*[,،]?\s+")
# a dateline: the reporter's or the outlet's name and a dash at the head of the text (سبق- الرياض:، عين اليوم – لندن)
_DATELINE_HEAD = re.compile(r"[^\n.!?؟:؛]{0,40}[-–—]\s*")
# الرياض 25 شوال at the very head of the text; not الرياض: (a headline "موسكو: ..." is Moscow speaking, and the
# pipeline's text opens with its headline)
_DATELINE_DATE = re.compile(r"\s*\d")
# a paragraph's dateline: a line that opens (a bullet allowed) with a place, a dash, an agency, a reporter or a second
# place, and a colon (كولومبو - "الشرق الاوسط":، ياوندي - ا.ف.ب:، * لندن - برلين:); the place's span and the tail's
_PARAGRAPH_DATELINE_OPEN = re.compile(r"(?:^|\n)[ \t\u00a0]*(?:\*[ \t\u00a0]*)?\Z")
_PARAGRAPH_DATELINE_TAIL = re.compile(r"[ \t\u00a0]*[-–—][ \t\u00a0]*[^\n:]{1,40}:")
# a line of that shape whatever its place (جوهانسبورغ - "الشرق الاوسط":): it ends the item before it
_PARAGRAPH_DATELINE_LINE = re.compile(r"(?:^|(?<=\n))[ \t\u00a0]*(?:\*[ \t\u00a0]*)?[^\W\d_]+(?: [^\W\d_]+){0,2}"
                                      r"[ \t\u00a0]*[-–—][ \t\u00a0]*[^\n:]{1,40}:")
_OR_GAP = re.compile(r"\s*[,،]?\s+او\s+")
_WORD_BEFORE = re.compile(r"([^\s]+) $")
# A title abbreviated: one letter and a dot (د. م.), or two (أ.د.، أ. د.، أ.د: أستاذ دكتور).
_ABBREVIATION = r"[^\W\d_]\.(?: ?[^\W\d_]\.?)?"
# A word that may be a personal title, with its proclitics (والدكتور، للأمير، ود.، وم.); an abbreviation
# (د. م.، أ.د.) not after a number, where م. is the Gregorian era (عام 2015 م.).
_TITLE_WORD = re.compile(rf"(?<!\S)([وف]?[لب]?)(ال[^\W\d_]+|(?<!\d\s){_ABBREVIATION}|[^\W\d_]+)(?=\s|/)")
# The next word after spaces, and the punctuation that may end it (فلان، فلان.).
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)([,.:;!?)\"»”]?)")
_WORD_AFTER_SPACE = re.compile(r" ([^\W\d_]+)")  # the word right after one space
# A word with a proclitic and the article (والبريقة، بالشكر): never a personal name.
_CLITIC_ARTICLE = re.compile(r"(?:[وف][بكل]?|[بك])ال|لل")


@lru_cache(maxsize=4)
def _in_gap(place_heads: frozenset[str]) -> re.Pattern:
    """What may stand between an office or body and the state or town it is of: في (الحكومة في اليمن), a definite
    adjective or two of the body's name before it (وزارة الداخلية الاتحادية في ألمانيا، السلطات المحلية في كاليفورنيا)
    and an indefinite place noun after it (``body_place_head``: السلطات في ولاية تكساس، الشرطة في مدينة فيرغسون).

    >>> gap = _in_gap(frozenset({"ولاية", "المنطقة"}))
    >>> [bool(gap.fullmatch(t)) for t in (" في ", " المحلية في ولاية ", " في المنطقة ", " قال في ", " الحادث في ")]
    [True, True, False, False, False]
    """
    heads = "|".join(sorted((re.escape(w) for w in place_heads if not w.startswith("ال")), key=len, reverse=True))
    # (an adjective's ending: not a noun of the sentence, الهلال الأحمر الحادث في الرياض: the accident)
    return re.compile(r"(?:\s+ال[^\W\d_]+(?:ي|ية|ة)){0,2}\s+في\s+" + (rf"(?:(?:{heads})\s+)?" if heads else ""))


# One to three words between an office and the titled name it introduces, no punctuation.
_FEW_WORDS = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s+")
# A body called after a person (مركز الملك سلمان) is coded as a government body of the person's state.
NAMED_AFTER_AGENT = "GOV"
# a full name no table knows after a verb of saying, with no office beside it: a private person who speaks (a
# traveller, a lawyer, a resident quoted by name), coded as the guideline codes one, the article's state its country
SPEAKER_AGENT = "CVL"
# والمقاومة، بالمقاومة، للمقاومة: an armed group's definite noun after a proclitic is as definite as without one.
# Only these agents: the other nouns so written (للحكومة، والمواطنين، للشرطة) are, in the gold, mostly not
# mentions or of another state than the article's (tried on every agent: coded F1 fell on six samples).
CLITIC_DEFINITE_AGENTS = frozenset({"REB"})
_CLITICS_BEFORE_ARTICLE = ("و", "ف", "ب", "لل")
# An outlet's name in quotation marks right after the outlet noun (صحيفة «حرييت»، قناة "الجزيرة").
_QUOTED_NAME = re.compile(r"\s*[«\"“][^«»\"“”\n]{1,40}[»\"”]")
# Between an anonymous source and the side it speaks for (مصدر من المقاومة، مصادر في الحكومة، مصدر بالجيش).
_SOURCE_SIDE = re.compile(r"\s+(?:(?:من|في|داخل|لدى)\s+)?")
# The letters of a word (a name's words, without punctuation).
_WORDS = re.compile(r"[^\W\d_]+")
# A definite noun with its proclitics (الطائرة، والقوات، للحكومة، بالجيش).
_DEFINITE_WORD = re.compile(r"[وف]?(?:[بك]?ال|لل)..")
# How many words a definite phrase before a state may hold (الحدود الشمالية والشرقية).
_ATTRIBUTE_RUN = 4

# The office mark of the agents.csv rows that name private people by a role (مسافر، الراكبة، سكان، الطالبات): such
# a noun is a mention only where it speaks in the report (see _private_role_acts). PRIVATE_PERSON: a person whose
# nationality the text must state (a traveller, a driver, researchers, the accused: the guideline codes a private
# person's country only where it is written, مسافر سعودي); RESIDENT: the people of a place (residents, parents,
# students, families), coded by the article's own state as a local body is (see _context_country).
# SPECIFIC_PERSON: a private person the phrase itself makes one of the report (المقبوض عليه: the one arrested in
# it), a mention wherever it stands, its country only where written.
PRIVATE_PERSON, RESIDENT, SPECIFIC_PERSON = "private_person", "resident", "specific_person"
# INTRODUCED_PERSON: a single private person named by a common noun (شخص، طفلة، الجاني، المتهم): besides where it
# speaks, a mention wherever the report has introduced one (مواطن ... المواطن): see _introduced_person; its
# country only where written. INTRODUCED_RESIDENT: the same, coded by the article's state (مواطن: a citizen), its
# definite form (المواطن) the generic citizen wherever it speaks, a mention only where introduced.
INTRODUCED_PERSON, INTRODUCED_RESIDENT = "introduced_person", "introduced_resident"
# TWO_SIDES: الطرفان، الجانبين (the two sides), coded in _sides_coded from the actors named before it.
TWO_SIDES = "two_sides"
INTRODUCED_ROLES = frozenset({INTRODUCED_PERSON, INTRODUCED_RESIDENT})
PRIVATE_ROLES = frozenset({PRIVATE_PERSON, RESIDENT, SPECIFIC_PERSON}) | INTRODUCED_ROLES
# The office mark of the agents.csv rows that name a body by its bare definite noun (اللجنة، اللجنة المالية): with no
# body of that noun named before it (the anaphor list) and no country written, such a noun is a body of the article's state only
# in a story of the outlet's own state (a Saudi daily's election or festival committee); in a story of another
# state it is as often a party's, a parliament's or an international body's (the central committee of Fatah, the Arab
# League's committee), which the article's state would miscode, so it is left out (see _context_country).
HOME_BODY = "home_body"
# The office mark of the agents.csv rows that name a body with no agent of its own (الجامعة: a university, which the
# mention guideline codes by its country alone): like an agent phrase, it takes the article's state.
AGENTLESS_BODY = "agentless_body"
# A quantifier between a verb of saying and the people who speak (وقال أحد المسافرين، وأوضح عدد من أولياء الأمور).
_ROLE_QUANTIFIER = re.compile(r"(?<!\S)(?:احد|بعض|عدد(?: كبير)? من|مجموعة من) $")

# الوزير، الرئيس with nothing after them but a state's adjective: the noun of the office, the offices of the
# office table (endings of their names) such a noun stands for, and whether the person's own mention may hold the
# noun without the article (وزير الخارجية ... then الوزير; not رئيس الوزراء ... then الرئيس). See _office_back_references.
OFFICE_BACK_REFERENCES = {
    "وزير": (("minister",), True),
    "رئيس": (("head_of_state", "president"), False),
}
_ABD = "عبد"  # the first half of a compound name (عبد الرحمن، عبدالله)
_ARTICLE_END = re.compile(r"(?:ال|ل)$")  # وال، لل: the article (or its lam) after the proclitics
_BARE_OFFICE = re.compile(r"(?<![^\W\d_])([وف]?(?:[بك]?ال|لل))(" + "|".join(OFFICE_BACK_REFERENCES) + r")(?![^\W\d_])")

# --- finding mentions -------------------------------------------------------------------------


@with_tables
def find_mentions(
    corpus: pd.DataFrame,
    text_col: str = "text_clean",
    actors: pd.DataFrame | None = None,
    *,
    tables: dict[str, pd.DataFrame] | None = None,
    date_col: str = "published",
    docs: list[NormalizedText] | None = None,
    outlet_col: str = "outlet",
    outlets: str | pd.DataFrame | None = None,
    article_col: str = "article",
) -> pd.DataFrame:
    """Every mention of an actor, one row each.

    Args:
        corpus: One row per article, with ``doc_id`` and ``text_col``.
        text_col: The text to search; offsets index it.
        actors: A lexicon from :func:`load_actors` (default: bundled).
        tables: The tables of :func:`q7x2lib.actors.user_tables` (or the
            coding tables of :func:`q7x2lib.actors.coding_tables`; default:
            bundled); a user's own rows extend them there. Every table it
            holds is in force for every rule of the call (the word lists'
            ``anaphor``, ``given_name`` ...; see
            :func:`q7x2lib.lexicons.tables_in_force`), not only the coding tables.
        date_col: The article date that decides dated roles (الرئيس
            الأمريكي); where it is missing, ``event_date`` is tried.
        docs: The articles' :class:`~q7x2lib.arabic.NormalizedText`, when
            the caller has them (one normalisation per article for all
            analyses), in the order of the non-empty texts.
        outlet_col: The article's outlet, where the corpus has it: an
            outlet of the ``outlets`` table gives its home country, which an
            office with no country (الملك، وزارة الداخلية) takes in an
            article that codes no state of its own.
        outlets: A user's outlet table (``outlet, country``; a path or a
            DataFrame) extending the bundled ``outlets.csv``; by default the
            ``"outlets"`` of ``tables`` where it has one (a user's
            ``table_paths`` through :func:`q7x2lib.actors.user_tables`).
        article_col: Where the corpus has one row per field of an article
            (a headline and its body), the article each row belongs to: a
            person the body names (بشار الأسد، الرئيس السوري; or in full with
            no table knowing him: المهندس سعد الفلاني) is then the one the
            headline means by a family name alone (الأسد، الفلاني).

    Returns:
        ``doc_id, sentence_id, actor_id, surface, kind, start, end,
        proclitic, country, agent, code, body_id`` with ``corpus[text_col][start:end]
        == surface``. ``kind`` is ``name`` (a person, institution or state
        named), ``role`` (an office that the article's date resolves to its
        holder), ``agent`` (an office or institution of a country, with no
        person: الجيش اللبناني، الرئاسة التونسية) or ``group`` (a joint
        reference, one row per member). ``actor_id`` is set when a specific
        actor of the tables is meant (empty for a state named by its
        country name alone and for a generic agent); ``country`` is an ISO
        3166-1 alpha-3 code or ``IGO``, ``agent`` a CAMEO agent code (GOV,
        MIL, COP, LEG, REB ...) and ``code`` the two together (``SAUGOV``).
        ``body_id`` is the actor id of the named body an office phrase
        joined to the person after it names inside the mention (مدير عام
        الهيئة العامة للسياحة بالطائف فلان: the authority's), else empty (an
        office mention with no person joined leaves it empty too).
        ``proclitic`` is what is attached before it (و، ل، وب ...,
        normalised; لل for the joined form of an article word). Where some
        article has a headline given apart from ``text_col`` (a ``title``
        that is not its first line: most CSV and JSONL corpora), the
        headline is read too and the table has ``field`` after ``doc_id``:
        ``"title"`` (offsets index ``title``) or ``"text"``, as
        :func:`q7x2lib.analyse` gives it (:mod:`q7x2lib.fields`).

    A name written beside a role (in apposition, before or after it) decides
    the person; a role phrase alone names a person only by the article's
    date (an undated article gets its country and agent, never a person);
    an office with no country keeps its agent and names nobody.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2021-03-19")],
        ...     "text_clean": ["قال الرئيس الروسي، فلاديمير بوتين، إن لبايدن تاريخا."]})
        >>> find_mentions(df)[["actor_id", "surface", "kind", "code"]].values.tolist()
        [['putin', 'الرئيس الروسي، فلاديمير بوتين', 'name', 'RUSGOV'], ['biden', 'لبايدن', 'name', 'USAGOV']]
    """
    actors = _bundled_actors() if actors is None else actors
    split = split_fields(corpus, text_col, docs, columns=(date_col, outlet_col))
    if split is not None:  # headlines given apart from the text: read as fields of their own, as analyse reads them
        fields, keys = split
        found = find_mentions(fields, text_col, actors, tables=tables, date_col=date_col, outlet_col=outlet_col,
                              outlets=outlets, docs=normalized_texts(fields[text_col]))
        return article_rows(found, keys, corpus["doc_id"].tolist())
    m = _actor_matcher(actors, tables)
    if outlets is None and tables is not None:
        outlets = tables.get("outlets")
    docs = iter(docs) if docs is not None else None
    fields = []  # (doc_id, doc, date, outlet home, article) of each non-empty text, in the corpus's order
    field_outlets = []  # the outlet id of each of those fields ("" where the corpus has none)
    articles = corpus[article_col] if article_col in corpus else [None] * len(corpus)
    outlet_ids = corpus[outlet_col] if outlet_col in corpus else [None] * len(corpus)
    for doc_id, text, date, home, article, outlet in zip(corpus["doc_id"], corpus[text_col],
                                                         _doc_dates(corpus, date_col),
                                                         _outlet_homes(corpus, outlet_col, outlets), articles, outlet_ids):
        if isinstance(text, str) and text:
            fields.append((doc_id, next(docs) if docs is not None else NormalizedText(text), date, home,
                           article if isinstance(article, str) else None))
            field_outlets.append(outlet if isinstance(outlet, str) else "")
    # the fields of one article, longest first: the people its body names are known to its headline (named
    # in more than one word: a bare family name the body took as that person, عسيري, may be a namesake)
    named: dict[str, frozenset[str]] = {}
    # and, by their family names, the people it names in full, of the tables or not (the headline's الفلاني: the
    # body's الدكتور فلان الفلاني, coded as the body codes him; see _named_again)
    people: dict[str, list[tuple]] = {}
    local: set[str] = set()  # the articles a field of which names a town or region of the outlet's state
    rows: list[list[tuple]] = [[] for _ in fields]
    own_names = _own_outlet_names(outlets, m) if any(field_outlets) else {}
    for k in sorted(range(len(fields)), key=lambda k: -len(fields[k][1].text) if fields[k][4] else 0):
        doc_id, doc, date, home, article = fields[k]
        field_people: list[tuple] | None = [] if article is not None else None
        rows[k] = _mention_rows(doc_id, doc, m, date, home, named.get(article, frozenset()), article in local,
                                own_names.get(field_outlets[k]), tuple(people.get(article, ())), field_people)
        if field_people:
            people.setdefault(article, []).extend(field_people)
        if article is not None and home and (pattern := m.home_places.get(home)) is not None and pattern.search(doc.norm):
            local.add(article)  # its headline's العيون is the home town too
        if article is not None:
            named[article] = named.get(article, frozenset()) | {r[2] for r in rows[k] if r[2] in m.people and " " in r[3].strip()}
    if m.anaphors and any(f[4] is not None for f in fields):
        _headline_antecedents(fields, rows, m)
    return _mention_frame([r for field in rows for r in field])


def _headline_antecedents(fields: list[tuple], rows: list[list[tuple]], m: _Matcher) -> None:
    """A bare anaphor of the body (المركز، اللجنة) with no antecedent there points back to the body the headline
    names: where the article's other fields hold exactly one coded mention (not a person) with that noun
    (مركز الملك سلمان للإغاثة), and the body names none before the anaphor, the anaphor takes its actor and code.
    The body is read before its headline, so :func:`_compose` cannot see it; ``rows`` is extended in place."""
    by_article: dict[str, list[int]] = {}
    for k, f in enumerate(fields):
        if f[4] is not None:
            by_article.setdefault(f[4], []).append(k)
    for ks in by_article.values():
        if len(ks) < 2:
            continue
        body = max(ks, key=lambda k: len(fields[k][1].text))
        doc = fields[body][1]
        norm = doc.norm
        present = [(key, noun) for key, noun in m.anaphors.items()
                   if key not in m.source_anaphors and noun not in word_set("many_of_a_state") and noun in norm]
        if not present:
            continue
        others = [r for k in ks if k != body for r in rows[k]
                  if r[2] not in m.people and (r[2] or r[8] or r[9])]
        if not others:
            continue
        own = [(r[5], normalize(r[3])) for r in rows[body]]
        ends = [e for _, e in doc.sentences]
        added = []
        for key, noun in present:
            antecedents = {(r[2], r[8], r[9]) for r in others if noun in normalize(r[3])}
            if len(antecedents) != 1:
                continue
            actor_id, country, agent = next(iter(antecedents))
            pattern = re.compile(rf"(?<![^\W\d_])([وف]?(?:[بك]?ال|لل)){re.escape(noun)}(?![^\W\d_])")
            for hit in pattern.finditer(norm):
                a, b = int(doc.offsets[hit.start()]), int(doc.offsets[hit.end() - 1]) + 1
                pre = _ARTICLE_END.sub("", hit[1])
                if not pre and _after_definite_noun(norm, hit.start()):
                    continue  # المجالس البلدية: an adjective of the noun before it
                nxt = _NEXT_WORD.match(norm, hit.end())
                if nxt and nxt.start(1) == hit.end() + 1 and nxt[1].startswith(("ال", "ل")):
                    continue  # الهيئة الدائمة المستقلة، المركز الثاني، اللجنة لمتابعة ...: a body (or rank) of its own
                if any(r[5] < b and a < r[6] for r in rows[body]):
                    continue  # inside a mention already
                if any(s < a and noun in t for s, t in own):
                    break  # the body names one of its own before: its rules decided
                added.append((fields[body][0], bisect_right(ends, a), actor_id, doc.text[a:b],
                               "name" if actor_id else "agent", a, b, pre, country, agent, country + agent, None))
        if added:
            rows[body] = sorted(rows[body] + added, key=lambda r: (r[5], r[2] or ""))


@lru_cache(maxsize=4)
def _outlet_noun(words: frozenset[str]) -> re.Pattern:
    """An outlet noun of the word list ``outlet_noun`` before an outlet's name in the outlets table (صحيفة الجزيرة);
    the bare name follows it."""
    return re.compile(rf"^(?:{trie_regex(sorted(words))})\s+") if words else re.compile(r"(?!)")


# The closing quotation marks an outlet's own name is written in (لـ«الجزيرة»، "الجزيرة").
_CLOSING_QUOTES = frozenset('»"”)')


@lru_cache(maxsize=4)
def _channel_before(words: frozenset[str]) -> re.Pattern:
    """A channel noun of the word list ``channel_noun`` right before an outlet's name (قناة «الجزيرة»، فضائية
    "الجزيرة"، شبكة الجزيرة)."""
    return re.compile(rf"(?:{trie_regex(sorted(words))})\W*$") if words else re.compile(r"(?!)")


def _own_outlet_names(own, m: _Matcher) -> dict[str, tuple]:
    """Each outlet's bare own name and its row, for outlets of the ``outlets`` table whose ``name_ar`` is an
    outlet noun and a name (صحيفة الجزيرة) that the organisation tables hold as a media body (round 55).

    The Saudi daily al-Jazirah calls itself «الجزيرة» (قال لـ«الجزيرة»، مصادر «الجزيرة»), which the tables
    read as the Qatari channel (see :func:`_own_outlet_hits`).
    """
    from .actors import _key
    from .lexicons import load_lexicon

    table = load_lexicon("outlets", own)
    outlet_noun = _outlet_noun(word_set("outlet_noun"))
    names: dict[str, tuple] = {}
    for outlet, name in zip(table["outlet"], table["name_ar"]):
        name = str(name).strip()
        bare = outlet_noun.sub("", name)
        entry = next((e for e in m.entries.get(_key(name), ()) if e.actor_id and e.agent == "MED"), None)
        if bare != name and entry is not None:
            names[outlet] = (_key(bare), entry)
    return names


def _own_outlet_hits(hits: list[tuple], norm: str, own: tuple) -> list[tuple]:
    """In an article of an outlet that calls itself by a bare name (see :func:`_own_outlet_names`), a hit of
    that bare name read as another state's media body is the outlet itself, unless a channel noun stands
    right before it (قناة «الجزيرة»، فضائية "الجزيرة": the Qatari channel). Only the name in quotation marks
    (لـ«الجزيرة»): bare, the word is as often a peninsula or an island (شبه الجزيرة العربية)."""
    key, entry = own
    channel_before = _channel_before(word_set("channel_noun"))
    out = []
    for h in hits:
        if (h[4] == key and h[0].agent == "MED" and h[0].country != entry.country
                and norm[h[2] : h[2] + 1] in _CLOSING_QUOTES
                and not channel_before.search(norm, max(0, h[1] - 12), h[1])):
            h = (entry,) + h[1:]
        out.append(h)
    return out


def _mention_frame(rows: list[tuple]) -> pd.DataFrame:
    """The mention table from rows in the order of ``MENTION_COLUMNS``."""
    return frame_from_rows(rows, MENTION_COLUMNS, MENTION_DTYPES)


def _doc_dates(corpus: pd.DataFrame, date_col: str = "published") -> list:
    """Each article's date for dated roles: ``date_col``, else ``event_date``, else None."""
    dates = corpus[date_col] if date_col in corpus else pd.Series(pd.NaT, index=corpus.index)
    if "event_date" in corpus:
        dates = dates.fillna(corpus["event_date"])
    return [None if pd.isna(d) else d for d in pd.to_datetime(dates)]


def _outlet_homes(corpus: pd.DataFrame, outlet_col: str = "outlet", own=None) -> list[str]:
    """Each article's outlet's home country (``outlets`` table), "" where the outlet is unknown or absent."""
    if outlet_col not in corpus:
        return [""] * len(corpus)
    from .lexicons import load_lexicon

    outlets = load_lexicon("outlets", own)
    homes = dict(zip(outlets["outlet"], outlets["country"]))
    return [homes.get(o, "") if isinstance(o, str) else "" for o in corpus[outlet_col]]


def _mention_rows(doc_id, doc: NormalizedText, m: _Matcher, date, outlet_home: str = "",
                  named: frozenset[str] = frozenset(), local: bool = False, own_name: tuple | None = None,
                  others: tuple = (), people: list | None = None) -> list[tuple]:
    """One article's rows of the mention table (see :func:`find_mentions`); ``named``: the people another
    field of the same article names; ``local``: another field names a town or region of the outlet's state;
    ``others`` and ``people``: see :func:`_named_again`."""
    found = _doc_mentions(doc, m, date, outlet_home, named, local, own_name, others, people)
    if not found:
        return []
    text = doc.text
    ends = [b for _, b in doc.sentences]
    return [(doc_id, bisect_right(ends, u.a), u.actor_id, text[u.a:u.b], u.kind, u.a, u.b, u.pre, u.country, u.agent,
             u.country + u.agent, u.body_id if u.kind == "name" else None) for u in found]  # (joined persons' only)


class _Unit(NamedTuple):
    """A mention being built: who, how named, where (normalised, then original offsets), its code."""

    actor_id: str | None
    kind: str
    a: int
    b: int
    pre: str
    country: str = ""
    agent: str = ""
    ambiguous: bool = False
    alternatives: tuple = ()  # (actor_id, country, agent) of each person a shared name may be
    office: str = ""  # the office an agent phrase names (crown_prince), for its holder once its country is known
    unknown: bool = False  # a personal name after a title that no table knows (الدكتور فلان): a person, not named
    name_at: int = -1  # where the personal name of an unknown titled person starts (after its title)
    stateless: bool = False  # a force of several states the phrase does not name (قوات التحالف): no country from context
    name_end: int = -1  # where that personal name ends when an office written after it ends the mention (else b)
    namesakes: tuple = ()  # (actor_id, country, agent) of each person of the tables a bare shared name (كلينتون) may be
    # the actor id of the named body an office phrase names (المتحدث الرسمي لهيئة الهلال الأحمر): on the office
    # unit that took it in, and on a person that office is joined to
    body_id: str | None = None
    # where the mention a bare anaphor copies starts (المعهد after المعهد البريطاني للمقاييس), else -1: the anaphor
    # takes the state :func:`_context_country` gives that mention
    antecedent_at: int = -1


def _doc_mentions(doc: NormalizedText, m: _Matcher, date, outlet_home: str = "",
                  named: frozenset[str] = frozenset(), local: bool = False, own_name: tuple | None = None,
                  others: tuple = (), people: list | None = None) -> list[_Unit]:
    text, norm, offsets = doc.text, doc.norm, doc.offsets
    hits = []  # (entry, norm_start_of_match, norm_end, proclitic, table key)
    sons: list[tuple] = []  # the names another person's nasab holds, in the shape of _namesake_hits' namesakes
    for hit in m.terms.finditer(norm):
        if " " not in hit.key and _written_function_word(text[offsets[hit.start] : offsets[hit.end - 1] + 1], m.written_stop):
            continue  # بأن is not بان once the hamza is written: a one-word name that is, as written, a function word
        entry = m.resolve(hit.key, date)
        if entry is not None and entry.kind == "adjective" and (bare := _lam_before_name(norm, hit, m, date)) is not None:
            hit, entry = bare
        if (entry is not None and entry.ambiguous and entry.kind == "name" and not hit.proclitic and hits
                and hits[-1][0].kind == "agent" and norm[hits[-1][2] : hit.start].isspace()):
            # وزير الاستثمار السوداني: a family name (السوداني) that is a state's adjective too, right after an office
            entry = next((e for e in m.entries.get(hit.key, ()) if e.kind == "adjective" and e.country), entry)
        if entry is None:
            entry = m.undecided(hit.key)  # a name two people share: the article may decide (below)
        if entry is not None and hit.proclitic == "ل" and _GCC_HEAD.search(norm, max(0, hit.start - 20), hit.start):
            continue  # الامين العام لمجلس التعاون لدول الخليج العربية: the tail of the Council's name, not the Gulf states
        if entry is not None and entry.kind == "province" and not hit.proclitic and _after_given_name(norm, hit.start, m):
            continue  # علي الأحمدي، محمد القصير: a family name that is also a town, not the town
        if entry is not None and (other := _name_run_on(norm, hit, entry, m)) > hit.end:
            # عبدالله بن عبدالعزيز الجربوع، الأمير تركي بن عبدالله بن محمد: a person of the tables' name that another
            # family name or forefather runs on: another person, whom no table names (a mention of his own, as a son)
            sons.append((hit.start, hit.start, other, hit.key, False))
            continue
        if entry is not None and (son := _son_named_before(norm, hit, entry, m)) >= 0:
            # الأمير بندر بن عبدالله بن عبدالعزيز: a forefather's name in another person's name; a son is a mention
            # of his own after a forefather of two names or more only (not مسجد عبدالله بن عباس، جعفر بن أبي طالب)
            sons.append((son, hit.start, hit.end, hit.key, " " not in hit.key))
            continue
        if entry is not None:
            hits.append((entry, hit.start, hit.end, hit.proclitic, hit.key))
    hits, namesakes = _namesake_hits(hits, norm, m) if hits else (hits, [])
    if outlet_home and hits:
        hits = _home_namesakes(hits, norm, m, outlet_home, local)
    if own_name is not None and hits:
        hits = _own_outlet_hits(hits, norm, own_name)
    datelines: list[str] = []  # the states of the places _compose reads as the text's dateline
    # the places and things called after a person (طريق الملك فهد، كأس خادم الحرمين الشريفين): no mention and no
    # name read inside them; a thing's state (a Saudi cup) still says whose story it is
    unnamed: list[tuple[int, int, str]] = []
    units = _compose(hits, norm, m, date, datelines, unnamed)
    # a round-up of several states' wire items (كولومبو - "الشرق الاوسط":، ياوندي - ا.ف.ب:): each item's dateline
    # holds no mention, and its place gives the state of the item's bare bodies and offices (see _context_country)
    sections, heads = _paragraph_datelines(norm, hits) if "\n" in norm else ([], [])
    if heads:
        units = [u for u in units if not any(a <= u.a and u.b <= b for a, b in heads)]
    # (a thing called after a person counts for the story's state as much as the mention it replaces: twice)
    written = tuple(c for _, _, c in unnamed if c for _ in range(2))
    if "مواطن" in norm:
        units = _lone_citizens(units, hits, norm)
    if "لطرف" in norm or "لجانب" in norm:
        units = _sides_of_adjectives(_two_sides(units, norm), hits, norm)
    if "موقع" in norm or "تلفزيون" in norm or "شبكة" in norm:
        units = _quoted_outlets(units, hits, norm, m)
    if any(word[2:] in norm for word in m.agency_short_names):
        units = _agency_short_names(units, norm, m)
    if "«" in norm or '"' in norm or "“" in norm:
        units = _quoted_portfolios(units, norm, m)
    if norm[:8].lstrip().startswith(("ال", "«", '"', "“")):
        units = _headline_portfolio(units, norm, m)
    if "سهم" in norm:
        units = _listed_companies(units, hits, norm, m)
    units = _named_companies(units, hits, norm, m)
    units = _spokespersons_bodies(units, norm, m)
    hit_ends: dict[int, int] = {}
    for h in hits:
        hit_ends[h[1]] = max(h[2], hit_ends.get(h[1], 0))
    for _, _, end, _, no_mention in namesakes:  # a namesake's name that makes a mention ends at its family name:
        if not no_mention and (after := _WORD_AFTER_SPACE.match(norm, end)) is not None:
            hit_ends.setdefault(after.start(1), after.end(1))  # no reader runs it on (الدكتور مبارك عسيري إصابة)
    units = _titled_names(units, hit_ends, norm, m)
    units = _names_before_offices(units, norm, m)
    units = _names_after_saying(units, hit_ends, norm, m)
    units = _names_after_unknown_offices(units, hit_ends, norm, m)
    units = _names_with_nasab(units, hit_ends, norm, m)
    units = _names_with_nisba(units, hit_ends, doc, m)
    if namesakes or sons:
        units = _namesake_units(units, [n for n in namesakes + sons if not _called_after_none(norm, n[0], m)])
    if unnamed:
        # لمشروع خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز: a name a reader of unknown names took inside a
        # thing's name (الملك as an office before a given name) is that thing's too
        units = [u for u in units if not any(a <= u.a < b for a, b, _ in unnamed)]
    merged, groups = _appositions(units, norm, m.people, m.apposition_titles,
                                  holds=lambda u, person: _holds_office_named(u, person, norm, m, date),
                                  own_title=lambda u: _outlets_own_title(u, norm, m, outlet_home), named=named,
                                  bodies=m.agentless_bodies, state_story=m.state_story_names,
                                  given_names=m.given_names, offices=m.person_offices,
                                  written=written)
    merged = _brand_anaphors(merged, norm)
    merged = _construct_bodies(merged, hits, norm, m)
    if m.board_phrases and any(p in norm for p in m.board_phrases):
        merged = _boards_of_bodies(merged, hits, norm, m)
    if "قيادة" in norm:
        merged = _bare_leadership(merged, norm, outlet_home)
    merged = _context_country(merged, norm, m, date, outlet_home, datelines + list(written), hits, sections)
    merged = _offices_joined_to_names(merged, norm, m)
    merged = _own_office_before_office(merged, norm)
    merged = _offices_after_unknown_names(merged, norm, m)
    merged = _igo_delegates(merged, norm, m)
    merged = _bodies_of_adjective(merged, norm, m)
    merged = _named_again(merged, norm, m, others, people, frozenset(n[3] for n in namesakes))
    merged = _counterparts(merged, norm, m, date)
    merged = _office_back_references(merged, norm, m, date)
    merged = _offices_named_before(merged, norm, m)
    merged = _region_back_references(merged, norm, m, date)
    merged = _body_back_references(merged, norm, m, date)
    merged = _deputies_by_pronoun(merged, norm, m, date)
    merged = _without_possessed_things(merged, norm, m)
    if unnamed:  # (nor a name read again inside one: مطار الملك عبدالعزيز is no King Salman bin Abdulaziz)
        merged = [u for u in merged if not any(a <= u.a < b for a, b, _ in unnamed)]
    if (footer := _footer_start(norm)) < len(norm):
        merged = [u for u in merged if u.a < footer]
    if "مؤشر" in norm:
        merged = [u for u in merged if not _index_named(norm, u)]
    found = [u._replace(a=int(offsets[u.a]), b=int(offsets[u.b - 1]) + 1) for u in merged]
    if groups:
        found += _resolve_groups(offsets, norm, groups, merged, m, sections)
        found.sort(key=lambda u: (u.a, u.actor_id or ""))
    if any(u.office == TWO_SIDES for u in found):
        found = _sides_coded(found)
    return found


# A citation of a news agency by its country's adjective alone: بحسب، حسب، وفقا لـ، طبقا لـ، نقلا عن before the word,
# in quotation marks or bare (وبحسب "الفرنسية"، وفقا للالمانية); a verb of saying only before the quoted word
# (ذكرت «الفرنسية»). Group 1 the opening mark, 2 the word, 3 the closing mark.
_AGENCY_CITATION = re.compile(
    r"(?<![^\W\d_])[وف]?(?:(?:ب?حسب|وفقا|وفق|طبقا|نقلا\s+عن)\s+([«\"“(]?)|"
    r"(?:ذكرت|نقلت|افادت|اوردت|قالت|اضافت)\s+([«\"“(]))"
    r"((?:ال|لل)[^\W\d_]+)([»\"”)]?)(?![^\W\d_])")


def _agency_short_names(units: list[_Unit], norm: str, m: _Matcher) -> list[_Unit]:
    """A news agency cited by its country's adjective alone (word list agency_short_name): وبحسب "الفرنسية" is AFP
    (FRA MED), وفقا للالمانية dpa, as Saudi wire copy credits them; a quotation mark opened must close.

    Examples:
        >>> from q7x2lib.actors import _actor_matcher, _bundled_actors
        >>> from q7x2lib.arabic import NormalizedText
        >>> m = _actor_matcher(_bundled_actors(), None)
        >>> [(u.actor_id, u.country, u.agent) for u in _agency_short_names([], NormalizedText('وبحسب "الفرنسية"، فان').norm, m)]
        [('afp', 'FRA', 'MED')]
        >>> [u.actor_id for u in _agency_short_names([], NormalizedText('وفقا للالمانية. وقال').norm, m)]
        ['dpa']
        >>> _agency_short_names([], NormalizedText('بحسب "الفرنسية الحديثة" فان').norm, m)
        []
    """
    out = list(units)
    for hit in _AGENCY_CITATION.finditer(norm):
        opened, word, closed = hit[1] or hit[2] or "", hit[3], hit[4]
        agency = m.agency_short_names.get("ال" + word[2:])  # للفرنسية: ل + الفرنسية
        if agency is None or bool(opened) != bool(closed):
            continue
        a, b = hit.start(3) - len(opened), hit.end(4)
        if any(u.a < b and a < u.b for u in out):
            continue
        out.append(_Unit(agency, "name", a, b, "", m.code_of(agency), m.org_agents.get(agency, "MED")))
    return sorted(out, key=lambda u: u.a)


# A portfolio in quotation marks (1-3 words, the article first) as a body's short name: a colon or a verb of the
# body's (feminine: تحذر، تطلق) right after it (a headline's "العمل" تحذر، "الصحة": ...), or a verb's feminine
# past ending right before it (واوضحت "الغذاء والدواء"); not a stock sector (قطاع "النقل") or a listed party name
_QUOTED_PORTFOLIO = re.compile(r'[«"“]\s*(ال[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*[»"”]')
_PORTFOLIO_ACT_AFTER = re.compile(r"\s*:|\s+ت[^\W\d_]{2,}")
_PORTFOLIO_ACT_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?[^\W\d_]{2,}ت\s+$")


def _quoted_portfolios(units: list[_Unit], norm: str, m: _Matcher) -> list[_Unit]:
    """A ministry or authority named by its portfolio alone in quotation marks ("العمل" تحذر، واوضحت «الغذاء
    والدواء»), where a noun of word list portfolio_body (وزارة، هيئة) before the portfolio makes a phrase of the
    agents table: a mention with that phrase's agent and country (none: the article's state decides later).
    Only as the subject of an act (see ``_QUOTED_PORTFOLIO``); a portfolio of word list portfolio_other_sense
    (الشباب: a club) never; a quotation another mention overlaps stays as it was.

    Examples:
        >>> from q7x2lib.actors import _actor_matcher, _bundled_actors
        >>> m = _actor_matcher(_bundled_actors(), None)
        >>> [(u.a, u.b, u.agent) for u in _quoted_portfolios([], '"التجارة" تحذر من المكاتب', m)]
        [(0, 9, 'GOV')]
        >>> _quoted_portfolios([], 'ثم قطاع "النقل" بنسبة', m)
        []
    """
    out, other = list(units), word_set("portfolio_other_sense")
    for quoted in _QUOTED_PORTFOLIO.finditer(norm):
        key = " ".join(quoted[1].split())
        a, b = quoted.span()
        if (key in other or any(u.a < b and a < u.b for u in out)
                or not (_PORTFOLIO_ACT_AFTER.match(norm, b) or _PORTFOLIO_ACT_BEFORE.search(norm, max(0, a - 14), a))):
            continue
        if (entry := _portfolio_entry(key, m)) is not None:
            out.append(_Unit(None, "agent", a, b, "", entry.country, entry.agent))
    return sorted(out, key=lambda u: u.a)


def _portfolio_entry(key: str, m: _Matcher):
    """The agents-table entry of the body a portfolio ``key`` names (الصحة: وزارة الصحة), a noun of word list
    portfolio_body before it, or None. The nouns are tried in file order (وزارة before هيئة), as
    statements._portfolio_agent reads them: not a set's order."""
    return next((e for body in word_list("portfolio_body", required=False) for e in m.entries.get(body + " " + key, ())
                 if e.kind == "agent"), None)


# The words that open a text (its headline in the pipeline, or a headline field), a portfolio of one to three words,
# in quotation marks or not (الصحة: ...، الخدمة المدنية: ...، «العمل»: ...)
_HEADLINE_OPENING = re.compile(r'\s*([«"“]\s*)?(ال[^\W\d_]+(?:\s+[^\W\d_]+){0,2})')
_HEADLINE_WORD = re.compile(r"\s+([^\W\d_]+)")


def _headline_portfolio(units: list[_Unit], norm: str, m: _Matcher) -> list[_Unit]:
    """A ministry or authority named by its portfolio alone as the first words of a text, its headline's subject:
    الصحة: تسجيل إصابتين، الخدمة المدنية: ...، التجارة تعلن ...، الشؤون البلدية والقروية تنفذ ... (round 69,
    issue 14). As :func:`_quoted_portfolios` reads a quoted one anywhere, without the quotation marks here: a noun of
    word list portfolio_body before the words makes a phrase of the agents table, a colon or a feminine verb (تعلن)
    right after them; a word of portfolio_other_sense (العمل، الشباب) only before a colon, where it speaks.

    Examples:
        >>> from q7x2lib.actors import _actor_matcher, _bundled_actors
        >>> m = _actor_matcher(_bundled_actors(), None)
        >>> [(u.a, u.b, u.agent) for u in _headline_portfolio([], "الصحة: تسجيل إصابتين", m)]
        [(0, 5, 'GOV')]
        >>> [(u.a, u.b, u.agent) for u in _headline_portfolio([], "الشؤون البلدية والقروية تنفذ مشروعات", m)]
        [(0, 23, 'GOV')]
        >>> _headline_portfolio([], "الصحة النفسية للأطفال", m), _headline_portfolio([], "العمل تطلق", m)
        ([], [])
    """
    opening = _HEADLINE_OPENING.match(norm)
    if opening is None:
        return units
    other = word_set("portfolio_other_sense")
    first = opening[2].split()[0]
    words, b = [first], opening.start(2) + len(first)
    while True:
        key = " ".join(words)
        end = b
        if opening[1]:  # quoted: the closing mark right after the words
            close = re.match(r'\s*[»"”]', norm[b:])
            end = b + close.end() if close else -1
        if end >= 0:
            colon = re.match(r"\s*:", norm[end:]) is not None
            verb = _PORTFOLIO_ACT_AFTER.match(norm, end) is not None and not colon
            if colon or verb and key not in other:
                if (entry := _portfolio_entry(key, m)) is not None:
                    if any(u.a < end and opening.start() < u.b for u in units):
                        return units  # a mention there already (a quoted portfolio, a name)
                    return sorted(units + [_Unit(None, "agent", opening.start(), end, "", entry.country, entry.agent)],
                                  key=lambda u: u.a)
        nxt = _HEADLINE_WORD.match(norm, b)
        if len(words) == 3 or nxt is None:
            return units
        words.append(nxt[1])
        b = nxt.end()


# An index named after a newspaper or an organisation (مؤشر فاينانشيال تايمز، المؤشر «فوتسي»، مؤشر الفاو لأسعار الغذاء).
_INDEX_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?[بل]?(?:ال)?مؤشر\s*[«\"“]?\s*$")


def _index_named(norm: str, u: _Unit) -> bool:
    """Whether ``u`` is an outlet's or an organisation's name right after مؤشر: the index (مؤشر فاينانشيال تايمز، مؤشر
    الفاو), no mention of the outlet or the body. A market after it (مؤشر سوق الأسهم السعودية) stays.

    >>> _index_named("وزاد مؤشر فاينانشيال تايمز", _Unit("ft", "name", 10, 26, "", "GBR", "MED"))
    True
    >>> _index_named("وذكرت فاينانشيال تايمز", _Unit("ft", "name", 6, 22, "", "GBR", "MED"))
    False
    """
    if not (u.agent == "MED" or u.country == "IGO") or u.pre:
        return False
    return _INDEX_BEFORE.search(norm, max(0, u.a - 12), u.a) is not None


# A noun that is an outlet's only before its name in quotation marks (موقع «المونيتور»، تلفزيون «فوكس»): موقع is a
# place and تلفزيون a set elsewhere, so neither is a row of the agents table.
# شبكة too (شبكة «فوكس نيوز»، ونقلت شبكة (سي.بي.اس.نيوز)): a network is an outlet only where it reports, as موقع; the
# name in quotation marks or in brackets
_OUTLET_NAME = re.compile(r"\s*(?:[«\"“][^«»\"“”\n]{1,40}[»\"”]|\([^()\n]{1,40}\))")
_QUOTED_OUTLET = re.compile(r"(?<![^\W\d_])([وف]?[بل]?)(?:موقع|تلفزيون|شبكة)(?=" + _OUTLET_NAME.pattern + ")")


def _quoted_outlets(units: list[_Unit], hits: list[tuple], norm: str, m: _Matcher) -> list[_Unit]:
    """موقع or تلفزيون right before a quoted name: one outlet mention (MED), an outlet of the tables named inside the
    quotation marks giving its actor and country, else a state named inside them (موقع «أخبار مصر») or a state
    adjective right after them its country, else none (no country from the story: a foreign site is often meant).

    Only where the outlet reports: a verb of saying right before the noun (ذكر موقع «...»، وحسب موقع) or الإخباري
    right after the name; a site one visits or posts on (عبر موقع "مساند"، في موقع "تويتر") is no outlet.

    Examples:
        >>> from q7x2lib.actors import _actor_matcher, _bundled_actors
        >>> from q7x2lib.arabic import NormalizedText
        >>> m = _actor_matcher(_bundled_actors(), None)
        >>> [(u.country, u.agent) for u in _quoted_outlets([], [], NormalizedText('ونقل موقع «زاوية» عن مصادر').norm, m)]
        [('', 'MED')]
        >>> _quoted_outlets([], [], NormalizedText('سجل في موقع «مساند» الخاص بالعمالة').norm, m)
        []
    """
    out = list(units)
    for hit in _QUOTED_OUTLET.finditer(norm):
        quoted = _OUTLET_NAME.match(norm, hit.end())
        a, b = hit.start(), quoted.end()
        nxt = _NEXT_WORD.match(norm, b)
        said = _word_before_in(norm, a, m.reporting_forms)
        if (said is None or said[1] == "عبر") and not (nxt and nxt[1] in word_set("news_adjective")):
            continue  # عبر موقع "مساند"، على موقع "تويتر": a site, not an outlet that reports
        if any(u.a < b and a < u.b and not (hit.end() <= u.a and u.b <= b) for u in out):
            continue  # a mention already there (it reaches past the quotation marks)
        inside = [u for u in out if hit.end() <= u.a and u.b <= b]
        if any(u.agent == "BUS" for u in inside):
            continue  # شبكة «تويتر»، موقع «فيسبوك»: a company of the tables, which keeps its own code
        named = next((u for u in inside if u.actor_id and u.agent == "MED"), None)
        state = next((u for u in inside if not u.actor_id and u.country and not u.agent), None)
        country = named.country if named else state.country if state else ""
        if not named:
            after = next((h for h in hits if h[1] >= b and h[0].kind == "adjective" and not h[3]
                          and norm[b : h[1]].isspace()), None)
            if after is not None and after[0].country:
                country, b = after[0].country, after[2]
        out = [u for u in out if u not in inside]
        # a foreign site's name seldom says whose it is: no country rather than the story's (stateless)
        out.append(_Unit(named.actor_id if named else None, "name" if named else "agent", a, b, hit[1], country, "MED",
                         stateless=not country))
    return sorted(out, key=lambda u: u.a)


# A member state's delegate to an organisation (مندوب خليجي في أوبك، ممثل السعودية في أوبك، مندوبو الدول الأعضاء
# لدى الأمم المتحدة): the delegate noun, up to four words, then في or لدى before the organisation.
_DELEGATE_NOUN = re.compile(r"(?<![^\W\d_])(?:[وف]?(?:[بل]|لل)?)(?:ال)?(?:مندوب|مندوبة|مندوبو|مندوبي|مندوبين|مندوبون|"
                            r"مندوبان|مندوبا|ممثل|ممثلة|ممثلو|ممثلي|ممثلين|ممثلون)(?![^\W\d_])")
_DELEGATE_TO = re.compile(r"\s+(?:في|لدى|لدي)\s+$")


def _igo_delegates(units: list[_Unit], norm: str, m: _Matcher) -> list[_Unit]:
    """A member state's delegate to an organisation: one mention, the state's GOV (round 55, issue 1).

    ممثل السعودية في أوبك، مندوب الكويت لدى الأمم المتحدة → SAU GOV, KWT GOV. A delegate of no named state
    (مندوب خليجي في أوبك) is left as it was, the organisation IGO: the mention gold codes it GOV with no
    country, the statement gold IGO (the layers disagree; round 55). The organisation (a unit coded
    IGO with no person) right after في or لدى is part of the phrase, not a mention of its own; between the
    noun and في only state names or adjectives and the words of ``igo_delegate_filler`` (الدائم، خليجي ...).
    An organisation's own representative (ممثل الأمم المتحدة في اليمن) has no في before the organisation.
    """
    if not m.igo_delegate_filler or ("مندوب" not in norm and "ممثل" not in norm):
        return units
    out = list(units)
    for noun in _DELEGATE_NOUN.finditer(norm):
        a, nb = noun.span()
        igo = next((k for k, u in enumerate(out) if nb < u.a <= nb + 80 and u.country == "IGO"
                    and u.actor_id not in m.people and _DELEGATE_TO.search(norm, nb - 1, u.a)), None)
        if igo is None:
            continue
        to = _DELEGATE_TO.search(norm, nb - 1, out[igo].a)
        inside = [k for k, u in enumerate(out) if k != igo and u.a < to.start() and a < u.b]
        if any(out[k].a < a or out[k].country in ("", "IGO") or out[k].actor_id in m.people
               or out[k].agent not in ("", "GOV") for k in inside):
            continue
        rest = norm[nb:to.start()]
        for k in sorted(inside, key=lambda k: -out[k].a):
            rest = rest.replace(norm[max(out[k].a, nb):out[k].b], " ")
        words = rest.split()
        adjectives = [m.single.get(w) for w in words if w not in m.igo_delegate_filler]
        if len(words) > 4 or any(e is None or e.kind != "adjective" or e.country in ("", "IGO") for e in adjectives):
            continue  # المندوب السعودي الدائم: a state's adjective
        states = {out[k].country for k in inside} | {e.country for e in adjectives}
        if len(states) > 1:
            continue
        country = next(iter(states), "")
        if not country:
            continue  # مندوب خليجي في أوبك: GOV with no country in the mention gold, IGO in the statement gold
        unit = _Unit(None, "agent", a, out[igo].b, _DELEGATE_PRE.match(noun[0])[0], country, "GOV")
        out = [u for k, u in enumerate(out) if k != igo and k not in inside] + [unit]
        out.sort(key=lambda u: u.a)
    return out


_DELEGATE_PRE = re.compile(r"[وف]?(?:[بل]|لل)?(?=(?:ال)?(?:مندوب|ممثل))")


# A state's adjective right after a body's name, past its closing quotation mark (هيئة «الطيران المدني» البريطانية).
_ADJECTIVE_AFTER_BODY = re.compile(r"[\"»”]?[ \t]+([^\W\d_]+)(?![^\W\d_])")


_STATE_BODY_AGENTS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def _bodies_of_adjective(units: list[_Unit], norm: str, m: _Matcher) -> list[_Unit]:
    """A state's body named with that state's adjective after its name: the adjective's state (round 55, issue 2).

    هيئة الطيران المدني البريطانية، «الطيران المدني» البريطانية: the name a table gives a Saudi body (or one
    with no country) is, with another state's adjective written right after it, that state's body of the same
    name: the mention takes the adjective, the adjective's state and no table actor, and so does the same table
    name again later in the text (هيئة الطيران المدني, the British one). Only a body of a state
    (its agent GOV, MIL, COP, JUD, LEG, SPY: not a state, a company, an outlet, an armed group, a coalition of
    several or a person), and only a definite singular adjective that opens no mention of its own, carries no
    proclitic (والبريطانية is another noun's) and is no given name (الأمير تركي).
    """
    out = list(units)
    starts = {u.a for u in units}
    other: dict[str, str] = {}  # a table body named with another state's adjective → that state
    for k, u in enumerate(out):
        if not u.agent or u.country == "IGO" or u.actor_id in m.people or u.kind not in ("name", "agent"):
            continue
        if u.actor_id in other:  # هيئة الطيران المدني again, after هيئة الطيران المدني البريطانية
            out[k] = u._replace(country=other[u.actor_id], actor_id=None, kind="agent", office="", alternatives=(),
                                namesakes=(), ambiguous=False)
            continue
        after = _ADJECTIVE_AFTER_BODY.match(norm, u.b)
        if after is None or after.start(1) in starts:
            continue
        word = after[1]
        if (u.agent not in _STATE_BODY_AGENTS or u.stateless or u.unknown or u.name_at >= 0
                or u.office not in ("", HOME_BODY) or not word.startswith("ال") or not word.endswith(("ي", "ية"))
                or word.removeprefix("ال") in m.given_names):
            continue  # الأمير تركي (a given name)، شركة نفط بريطانية، داعش سعودي، اللجنة الأولمبية الدولية الألماني
        entry = m.single.get(word)
        if entry is None or entry.kind != "adjective" or entry.ambiguous or entry.country in ("", "IGO", u.country):
            continue  # الجمعية المالية: financial, not Malian
        name = norm[u.a + len(u.pre) : u.b].strip('"»” ')
        last = m.single.get(name.rsplit(" ", 1)[-1])
        if any(e.place for e in m.entries.get(name, ())) or last is not None and last.kind == "adjective":
            continue  # a capital or a place (تحدي أبوظبي الصحراوي); a name of two states (المستشفى السعودي الألماني)
        if u.actor_id:
            other[u.actor_id] = entry.country
        out[k] = u._replace(b=after.end(1), country=entry.country, actor_id=None, kind="agent", office="",
                            alternatives=(), namesakes=(), ambiguous=False)
    return out


_SPOKESPERSON_GAP = re.compile(r"\s+(?:باسم\s+)?")  # المتحدث الرسمي باسم الوزارة: باسم between the phrase and the body
_SPOKESPERSON_OF = ("", "ل", "لل", "ب")  # الناطق الإعلامي لشرطة ...، بجوازات ...: the body's proclitic after the phrase


def _spokespersons_bodies(units: list[_Unit], norm: str, m: _Matcher) -> list[_Unit]:
    """A spokesperson's phrase and the body named right after it, one mention coded by that body.

    الناطق الإعلامي لشرطة منطقة القصيم is the police's spokesman (SAU COP),
    المتحدث الرسمي باسم قوات التحالف the coalition's (MIL): the body is part
    of the office's name, no mention of its own, as the mention guideline
    keeps a body inside an office (``spokesperson_phrase`` words, and the
    phrases that end in باسم). A body with no agent code (a university) gives
    none; a person of the tables or a name after the phrase is left to the
    appositions.
    """
    out, i = [], 0
    while i < len(units):
        u = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        phrase = norm[u.a + len(u.pre) : u.b]
        if (nxt is not None and u.kind == "agent" and not u.actor_id
                and (phrase in m.spokesperson_phrases or phrase.endswith(" باسم"))
                and (gap := _SPOKESPERSON_GAP.fullmatch(norm, u.b, nxt.a)) is not None
                and (nxt.pre == "" if "باسم" in gap[0] or phrase.endswith(" باسم") else nxt.pre in _SPOKESPERSON_OF)
                and nxt.kind in {"agent", "name"} and not nxt.unknown and nxt.actor_id not in m.people
                and not nxt.ambiguous and (nxt.agent or nxt.country)):
            agentless = nxt.office == AGENTLESS_BODY or nxt.actor_id in m.agentless_bodies
            agent = nxt.agent or ("" if agentless else u.agent)
            out.append(u._replace(b=nxt.b, country=nxt.country or u.country, agent=agent,
                                  office=nxt.office if nxt.office in (HOME_BODY, AGENTLESS_BODY) else "",
                                  stateless=nxt.stateless, body_id=nxt.actor_id or nxt.body_id))
            i += 2
            continue
        out.append(u)
        i += 1
    return out


def _lam_before_name(norm: str, hit, m: _Matcher, date):
    """لسورية read as the joined article of السورية (the adjective, which only للسورية writes after ل): ل and a name.

    A state's adjective takes no ل of its own, so the one ل before a word
    that is also the state's name (سورية) is a preposition before that name.
    Returns the hit and entry of the name, or None.
    """
    bare = hit.key.removeprefix("ال")
    span = norm[hit.start : hit.end]
    if bare == hit.key or not span.endswith("ل" + bare) or span.endswith(("ال" + bare, "لل" + bare)):
        return None
    entry = m.resolve(bare, date)
    if entry is None or entry.kind != "name":
        return None
    return hit._replace(key=bare), entry


def _table_word(word: str, m: _Matcher) -> bool:
    """Whether a table holds ``word`` as more than a town or region of the places table (التركي، صالح; not الأحمدي).

    Examples:
        >>> from types import SimpleNamespace as N
        >>> m = N(entries={"الاحمدي": [N(kind="province")], "التركي": [N(kind="adjective")]})
        >>> [_table_word(w, m) for w in ("الاحمدي", "التركي", "الفالح")]
        [False, True, False]
    """
    return any(e.kind != "province" for e in m.entries.get(word, ()))


def _after_given_name(norm: str, at: int, m: _Matcher) -> bool:
    """Whether the word right before ``at`` is a given name or بن (علي الأحمدي، سعد بن القصير): a word there that is
    also a town of the tables is the person's family name.

    Examples:
        >>> from types import SimpleNamespace as M
        >>> m = M(given_names=frozenset({"علي"}))
        >>> text = "قال وعلي الاحمدي في الاحمدي"
        >>> _after_given_name(text, text.index("الاحمدي"), m), _after_given_name(text, text.rindex("الاحمدي"), m)
        (True, False)
    """
    word = _last_word_before(norm, at)
    return word is not None and (without_conjunction(word[1], m.given_names) in m.given_names or word[1] in word_set("father_link"))


_GIVEN_RUN = 3  # at most this many given and father's names read back before a family name


def _given_run(norm: str, at: int, m: _Matcher) -> list[tuple[int, str]]:
    """The name words written right before ``at`` (nearest first, at most three, a space between each): given names
    of the tables (محمد، جولي; علي، صباح only before another name word), a compound of عبد or أبو and a definite
    word (عبد الودود), and words no table, stopword or word list knows but as a name (برونوين، شطوان، حمدان), not
    after a proclitic (وحصل، بمركز); a title, an office (مساعد البشير), a place, a verb, a kinsman (نجل), a link
    that opens no compound (أسماء بنت أبي) or a mark ends them.

    Examples:
        >>> from types import SimpleNamespace as M
        >>> m = M(given_names=frozenset({"سعد"}), not_name=frozenset({"قال", "علي"}), given_after_title=frozenset({"علي"}),
        ...       name_prefix_words=frozenset({"الدكتور"}), entries={"وزير": []}, person_offices=frozenset(),
        ...       name_links=frozenset({"عبد", "بن"}))
        >>> text = "قال الدكتور علي شطوان عسيري"
        >>> [w for _, w in _given_run(text, text.index("عسيري"), m)]
        ['شطوان', 'علي']
        >>> text = "قال وزير عبد الودود وحيدي"
        >>> [w for _, w in _given_run(text, text.index("وحيدي"), m)]
        ['الودود', 'عبد']
        >>> _given_run("قال، عسيري", 5, m), _given_run("قال علي عسيري", 8, m), _given_run("وحصل عسيري", 5, m)
        ([], [], [])
    """
    run: list[tuple[int, str]] = []
    while len(run) < _GIVEN_RUN and (word := _last_word_before(norm, at)) is not None and _WORDS.fullmatch(word[1]):
        w = word[1]
        if w.startswith("ال") and (first := _last_word_before(norm, word.start())) is not None and first[1] in _COMPOUND_FIRST:
            run += [(word.start(), w), (first.start(), first[1])]  # عبد الودود، أبو الفضل: one given name
            at = first.start()
            continue
        if (_given_word(w, m) or run and (w in m.given_after_title or w in word_set("father_link"))
                or (len(w) > 2 and not w.startswith(_NOT_NAME_OPENING) and w not in m.not_name
                    and w not in m.name_prefix_words and w not in m.person_offices and w not in m.name_links
                    and w not in word_set("kin_noun") and _name_word_only(w, m))):
            run.append((word.start(), w))
            at = word.start()
            continue
        break
    while run and run[-1][1] in word_set("father_link"):
        run.pop()  # ناصر العساف after خالد بن: the name read back ends at a father's name
    return run


def _given_word(word: str, m: _Matcher) -> bool:
    """Whether ``word`` is a given name of the tables that no table holds as anything but a name (not وزير, the
    first word of some name too), no office's head word (مساعد، مستشار: given names too) and no link of a name (بن).

    Examples:
        >>> from types import SimpleNamespace as M, SimpleNamespace as E
        >>> m = M(given_names=frozenset({"سعد", "وزير", "بن", "مساعد"}), name_links=frozenset({"بن"}),
        ...       person_offices=frozenset({"مساعد"}), people=frozenset(),
        ...       entries={"وزير": [E(kind="agent")], "سعد": [E(kind="name", actor_id="")]})
        >>> [_given_word(w, m) for w in ("سعد", "وزير", "بن", "خالد", "مساعد")]
        [True, False, False, False, False]
    """
    return (word in m.given_names and word not in m.name_links and word not in m.person_offices
            and _name_word_only(word, m))


def _name_word_only(word: str, m: _Matcher) -> bool:
    """Whether no table holds ``word`` but as a name, nor as the sure name of a person of its own (شي: Xi, in
    شي إردوغان two people; صالح, a doubtful one, may be a given name)."""
    return all(e.kind == "name" and not (e.actor_id in m.people and not e.ambiguous) for e in m.entries.get(word, ()))


_COMPOUND_FIRST = frozenset({_ABD, "ابو"})  # the first word of a compound given name, a definite word after it
# the openings of a word no table knows that is no name: the article, a conjunction, a preposition with the article
_NOT_NAME_OPENING = ("ال", "و", "ف", "لل", "بال", "كال")


def _namesake_start(norm: str, hit: tuple, m: _Matcher, hits: list[tuple], full: set) -> int:
    """Where another person's given names start, written right before the bare family name of a person of the
    tables (``hit``, a tuple of the hits :func:`_doc_mentions` reads: entry, start, end, proclitic, key), else -1.

    حاكم ولاية قندوز عبد الودود وحيدي is a namesake of Ahmad Vahidi (a people row وحيدي), as رئيسة البرلمان
    برونوين بيشوب is of Julie Bishop: a given name that is none of the person's own, nor a form of one (فرانك:
    Franklin), nor of anyone the tables name so, written before the family name. The words before must hold
    a given name of the tables or a compound (عبد الودود; the namesake's name starts at the first of them), or,
    one word unknown to the tables (برونوين), stand right after a title or a person's office
    (:func:`_person_office_hit`). ``full``: the actor ids the article's hits name in full (more than one word).
    A title (الوزير بيشوب، الدكتور عسيري), a verb (وأضاف وحيدي) or a proclitic (ولبيشوب) before the name, a
    table phrase that holds the given name (باراك أوباما) and a phrase with a title (الملك فهد) are no namesakes;
    nor does a given name that is a noun of succession too (``successor_noun``: خليفة) make one right before a
    family name that is no given name (خليفة أوباما: Obama's successor, Obama named; خليفة الدوسري، خليفة عباس keep the given name).
    """
    entry, start, _, pre, key = hit
    if (pre or entry.kind != "name" or entry.actor_id not in m.people or key in m.not_name
            or " " in key and not (key.startswith(_ABD + " ") and key.count(" ") == 1)):
        return -1  # a bare family name only (عبد المهدي; not عبد الرحمن رحيمي), and no بان (بأن)
    run = _given_run(norm, start, m)
    own = {o for e in m.entries.get(key, ()) if e.actor_id for o in m.person_words.get(e.actor_id, ())}
    if not run or any(_same_name(w, own) for _, w in run):
        return -1
    if run[-1][1] in word_set("successor_noun") and key not in m.given_names:
        return -1  # خليفة أوباما، خليفة بلاتر: Obama's successor (a family name that is no given name: not خليفة عباس)
    # شي إردوغان after شي جينبينغ: a word that names another person the article names in full, two people
    if any(e.actor_id in full for _, w in run for e in m.entries.get(w, ())):
        return -1
    given = [k for k, (_, w) in enumerate(run) if _given_word(w, m) or w in _COMPOUND_FIRST]
    if given:  # at most one word no table knows between the given name and the family name (not عبد الناصر بلغه أيام)
        return run[given[-1]][0] if given[0] <= 1 else -1
    at = run[-1][0]
    before = _last_word_before(norm, at)
    office = any(h[2] < at and norm[h[2] : at].isspace() and _person_office_hit(h, norm, m) for h in hits)
    title = before is not None and before[1] in m.person_title_words and before[1] not in m.person_offices
    # (وزير دفاعه كارتر: an office's own word); وقال ستانلي فيشر: a verb of saying's subject, two name words
    said = _said_before(norm, at, m) and run[0][1] not in m.list_words  # (وقال مكتب هولاند: a noun)
    return at if len(run) == 1 and (office or title or said) else -1


def _said_before(norm: str, at: int, m: _Matcher) -> bool:
    """Whether the word right before ``at`` is a verb of saying whose next noun is its subject (قال، وصرح، وحذرت:
    :attr:`said_verb_forms`; not an attribution, بحسب تلميذ بلاتر), a conjunction before it or not: one word no
    table knows written between it and a family name of the tables (وقال ستانلي فيشر) is the speaker's given name.

    Examples:
        >>> from types import SimpleNamespace as M
        >>> m = M(said_verb_forms=frozenset({"قال"}))
        >>> text = "وقال ستانلي فيشر في ستانلي"
        >>> _said_before(text, text.index("ستانلي"), m), _said_before(text, text.rindex("ستانلي"), m)
        (True, False)
    """
    word = _last_word_before(norm, at)
    return word is not None and without_conjunction(word[1], m.said_verb_forms) in m.said_verb_forms


def _person_office_hit(hit: tuple, norm: str, m: _Matcher) -> bool:
    """Whether a hit of :func:`_doc_mentions` ends a person's office: a role (الرئيس الأمريكي), or a body, a state's
    adjective or a place (not a private person's word, CVL) with the head word of an office one person holds among
    the last four words up to its end but the last (رئيسة | البرلمان الأسترالي، حاكم ولاية قندوز), not a body alone
    (البرلمان) nor the head word, whose office the next word may go on (وزير دفاعه كارتر).

    Examples:
        >>> from types import SimpleNamespace as E, SimpleNamespace as M
        >>> m = M(person_offices=frozenset({"رئيسة"}))
        >>> text = "رئيسة البرلمان الاسترالي"
        >>> _person_office_hit((E(kind="adjective", agent=""), 15, len(text)), text, m)
        True
        >>> _person_office_hit((E(kind="agent", agent="LEG"), 0, 8), "البرلمان", m)
        False
        >>> _person_office_hit((E(kind="agent", agent="LEG"), 0, 5), "رئيسة", m)
        False
    """
    entry, start, end = hit[:3]
    if entry.kind == "role":
        return True
    if entry.agent == "CVL" or entry.kind == "name" and entry.actor_id in m.people:
        return False
    words = norm[max(0, start - 40) : end].split()[-4:]
    return words[-1] not in m.person_offices and any(w in m.person_offices for w in words)  # (وزير | دفاعه كارتر)


def _namesake_hits(hits: list[tuple], norm: str, m: _Matcher) -> tuple[list[tuple], list[tuple]]:
    """``hits`` without the bare family names of people of the tables that another person's given names precede
    (:func:`_namesake_start`), nor the hits inside those given names (مبارك in الدكتور مبارك عسيري), nor that
    family name written again after it (وأضاف وحيدي: the namesake again, read
    by :func:`_named_again`) where no other phrase names the person of the tables; and the namesakes, each as
    (start of its given names, start and end of its family name, the family name, whether it makes no mention: a
    doubtful family name after one name word, or after words no table gives as given names, and no title)."""
    found: list[tuple] = []
    full = {h[0].actor_id for h in hits if " " in h[4] and h[0].kind == "name"}  # the people named in full
    for h in hits:
        if (at := _namesake_start(norm, h, m, hits, full)) >= 0:
            # a doubtful family name (عسيري، مبارك) makes a mention only after a personal title (not a rank word:
            # أول خطاب رئيسي) or two name words, one a given name of the tables: كيبلر انيرجي بان is a company
            words = norm[at : h[1]].split()
            titled = ((before := _last_word_before(norm, at)) is not None and before[1] in m.person_title_words
                      or len(words) == 1 and _said_before(norm, at, m))  # وقال ستانلي فيشر: a speaker, named
            found.append((at, h[1], h[2], h[4], h[0].ambiguous and not titled and (len(words) < 2 or not any(
                _given_word(w, m) or w in m.given_after_title for w in words))))
    if not found:
        return hits, found
    first: dict[str, int] = {}
    for _, start, _, key, _ in found:
        first.setdefault(key, start)
    named = {h[0].actor_id for h in hits if h[4] not in first}  # جولي بيشوب too: a later بيشوب may be either
    return [h for h in hits if not (h[4] in first and h[1] >= first[h[4]]
                                    and (any(f[1] == h[1] for f in found) or h[0].actor_id not in named)
                                    or any(f[0] <= h[1] and h[2] <= f[1] for f in found))], found


def _namesake_units(units: list[_Unit], namesakes: list[tuple]) -> list[_Unit]:
    """``units`` with a mention of an unknown person for each namesake of :func:`_namesake_hits` (or son whose nasab
    holds a person of the tables: :func:`_son_named_before`) that makes one:
    a name a reader of unknown names took (one after a title is :func:`_titled_names`'s) runs on to the family
    name (الدكتور مبارك | عسيري); where no such name is there, a mention of its own."""
    out = list(units)
    for at, _, end, _, no_mention in namesakes:
        if no_mention:
            continue
        inside = [k for k, u in enumerate(out) if u.a < end and at < u.b]
        if not inside:
            out.append(_Unit(None, "name", at, end, "", unknown=True, name_at=at, name_end=end))
        elif len(inside) == 1 and (u := out[inside[0]]).unknown and u.b < end:
            out[inside[0]] = u._replace(b=end, name_end=end if u.name_end >= 0 else -1)
    return sorted(out, key=lambda u: u.a) if out != units else units


# the long vowels and hamza seats of a name, left out to compare two spellings of it (إرنست، ايرنست; دوايت، دويت)
_SKELETON = re.compile(r"[اويىءئؤة]")


def _same_name(word: str, own: set[str]) -> bool:
    """Whether ``word`` is one of the name words ``own``, spelt otherwise (ايرنست، إرنست; دويت، دوايت: the same
    letters but :data:`_SKELETON`'s) or short (فرانك، فرانكلين: four letters or more, the start of the other).

    Examples:
        >>> _same_name("ايرنست", {"ارنست"}), _same_name("فرانك", {"فرانكلين"}), _same_name("برونوين", {"جولي"})
        (True, True, False)
        >>> _same_name("حمدان", {"احمد"})
        False
    """
    bare = _SKELETON.sub("", word)
    return any(bare == _SKELETON.sub("", o) or min(len(word), len(o)) > 3 and (o.startswith(word) or word.startswith(o))
               for o in own)


def _written_function_word(word: str, stop: frozenset[str]) -> bool:
    """Whether a word as written (hamza kept), or it after a conjunction (ولولا), is in the stop list."""
    return word in stop or word[:1] in ("و", "ف") and word[1:] in stop


def _compose(hits: list[tuple], norm: str, m: _Matcher, date, datelines: list[str] | None = None,
             unnamed: list[tuple[int, int, str]] | None = None) -> list[_Unit]:
    """Agent phrases joined with the country or organisation that follows them.

    وزير الخارجية + السعودي, الأمين العام + للأمم المتحدة, رئيس + وزراء العراق:
    one mention coded country + agent, resolved to the office holder on the
    article's date; an office without a country keeps its agent and no
    country, and names nobody. A country adjective alone is no mention.
    """
    units, i = [], 0
    place_end = -1  # where the last country or capital taken as a place ends
    # where the last person or title a body, place or thing is called after ends, that body's unit and that place's
    # or thing's span (indices in units and unnamed, or None): a name right after it is part of that name too
    called: tuple[int, int | None, int | None] | None = None
    while i < len(hits):
        entry, a, b, pre, key = hits[i]
        i += 1
        if entry.kind in ("adjective", "province"):
            continue
        if (entry.kind == "anaphor" and _lam_body(norm, a, b, key, m) and (body := m.resolve(key[2:], date)) is not None
                and _place_after(norm, b, hits, i, m) is not None):
            entry, key = body, key[2:]  # لغرفة الرياض، لأمانة الرياض: the local body and its place, not الغرفة or
            # الأمانة pointing back (the back-reference noun written with ل is the bare noun the matcher joined)
        if i > 1 and (acting := m.former.match(norm, hits[i - 2][2])) and acting.end() >= b:
            continue  # وزير الصحة بالنيابة: the acting holder's mark after the phrase before it, not the prosecution
        if key in m.source_anaphors and (source := _source_before(units, norm, m.anaphors[key], a, m.people)):
            # وقالت مصادر ... وأضافت المصادر; مصدر من المقاومة ... وقال المصدر: the anonymous source again, coded
            # by the side written after it (من المقاومة) or by none
            units.append(source._replace(a=a, b=b, pre=pre))
            continue
        if (key in m.anaphors and (pre or not _after_definite_noun(norm, a))
                and (before := _antecedent(units, norm, m.anaphors[key], m.people))):
            # (after a definite noun it is that noun's adjective: المجالس البلدية after بلدية محافظة الخرج)
            # المرصد، الوزارة، المصدر: the last mention that holds this noun (المرصد السوري، وزارة الداخلية)
            units.append(before._replace(kind="name" if before.actor_id else before.kind, a=a, b=b, pre=pre,
                                         ambiguous=False, office=HOME_BODY if before.office == HOME_BODY else "",
                                         antecedent_at=before.a if before.antecedent_at < 0 else before.antecedent_at))
            continue
        if key in m.armed_group_anaphors and (before := _last_armed_group(units, m)):
            # التنظيم after داعش: no earlier mention holds تنظيم, the armed group named last is meant
            units.append(before._replace(kind="name", a=a, b=b, pre=pre, ambiguous=False, office=""))
            continue
        if entry.kind == "anaphor":
            continue
        if entry.kind != "agent":
            region = entry.actor_id and not entry.country and not entry.agent  # a bloc is a region too (الغرب)
            if (entry.place or region) and datelines is not None and _dateline(norm, a, b, pre):
                datelines.append(entry.country)  # سبق- الرياض:، عين اليوم – بغداد: where it is reported from, no
                continue  # actor; its state still counts for whose story it is (see _context_country)
            if (entry.place or region) and (_is_place(norm, a, pre, m.place_words) or _possessed_attribute(norm, a, pre)
                                            or _coordinated_after(norm, place_end, a, pre)):
                place_end = b  # في اليمن، إلى الرياض، بسوريا، باتجاه الغرب: where, not who;
                continue  # في سوريا والعراق، في روما أو موسكو: a place's conjunct is a place too
            if entry.adjective and not pre and _after_definite_noun(norm, a):
                continue  # الطائرة السعودية: السعودية describes the noun before it
            if (entry.ambiguous and entry.actor_id in m.people and not pre and _after_definite_noun(norm, a)
                    and not (i > 1 and norm[hits[i - 2][2] : a].isspace()) and _word_before_in(norm, a, m.person_titles) is None
                    and not _office_word_before(norm, a, m)):
                continue  # الوطن العربي: a family name that is also an adjective, after a noun it describes (not
                # after an office's definite head: الوزير ظريف، والسفير العطية name the person)
            if entry.ambiguous and entry.actor_id in m.people and _preposition_head(norm, a, b, pre, m.preposition_nouns):
                continue  # لصالح الجيش، في صالح اليمن: in favour of, not the person
            if entry.actor_id in m.people and called is not None and norm[called[0] : a].isspace():
                # مؤسسة خادم الحرمين الشريفين الملك عبدالله: the name after the King's title that a body or a thing
                # is called after is part of that name too
                if called[1] is not None:
                    units[called[1]] = units[called[1]]._replace(b=b)
                if called[2] is not None and unnamed is not None:
                    unnamed[called[2]] = (unnamed[called[2]][0], b, unnamed[called[2]][2])
                called = (b, called[1], called[2])
                continue
            if (entry.actor_id in m.people and not pre
                    and (named := _called_after(norm, a, b, entry.country, key, m)) is not None):
                # مركز الملك سلمان: the body; طريق الملك فهد، جائزة الملك سلمان: no actor at all
                called = _take_called_after(named, b, units, unnamed)
                continue
            if entry.actor_id in m.agentless_bodies and _studied_at(norm, a, pre, m.study_words):
                continue  # حصل على الدكتوراه من جامعة جورج تاون، تخرج في جامعة ييل: where someone studied
            if entry.kind == "role" and entry.actor_id and (m.former.match(norm, b) or _subordinate(norm, a, pre, m)):
                entry = replace(entry, actor_id=None)  # الرئيس الأميركي السابق، مستشار الرئيس الأميركي: not the holder
            country, agent = m.person_code(entry.actor_id, date, entry.country, entry.agent)
            units.append(_Unit(entry.actor_id, entry.kind, a, b, pre, country, agent, entry.ambiguous,
                               m.alternatives.get(id(entry), ()),
                               namesakes=tuple((c, *m.person_code(c, date, country_, agent_))
                                               for c, country_, agent_ in m.namesakes.get(key, ()))
                               if entry.actor_id in m.people else ()))
            continue
        if entry.office in PRIVATE_ROLES:
            # وقال سكان محليون، وعبّر مسافر آخر: private people named by a role, where they speak in the report
            # (المواطن alone is the generic citizen even where it speaks: يقول المواطن العادي; مواطن is one)
            singled = False
            if (entry.office != SPECIFIC_PERSON
                    and not (_private_role_acts(norm, a, pre, m) and not (entry.office == INTRODUCED_RESIDENT and key.startswith("ال")))
                    and not (entry.office in INTRODUCED_ROLES and _introduced_person(norm, a, key))
                    and not (singled := key in m.specific_group_nouns and _specific_group(norm, a, b, pre))):
                continue  # حقوق المواطنين، نقل الركاب، خدمة العملاء: a population or a category, no actor
            where = ""
            if i < len(hits) and hits[i][0].kind == "adjective" and not hits[i][3] and norm[b : hits[i][1]].isspace():
                where, b, i = hits[i][0].country, hits[i][2], i + 1  # مواطنون يمنيون، مسافر سعودي: the state written
            units.append(_Unit(None, "agent", a, b, pre, where, entry.agent,
                               stateless=entry.office not in (RESIDENT, INTRODUCED_RESIDENT) and not where,
                               office=RESIDENT if singled else ""))  # (a group singled out: no office of a name)
            continue
        if (key in m.office_adjectives and not pre and _after_definite_noun(norm, a)
                and _word_before_in(norm, a, m.person_title_words) is None):
            continue  # المطالب الرئيسة، السبب الرئيس: the adjective "main", not the president (السيد الرئيس is)
        where, state = entry.country, None  # an office's own country or organisation (الكونغرس)
        if not where and i < len(hits) and norm[b : hits[i][1]].isspace() and hits[i][2] - b < 60:
            nxt, _, nb, npre, _ = hits[i]
            # the construct state takes a country's or an organisation's own name, not a capital (الشرطة الاتحادية)
            state_name = nxt.place and not nxt.agent or nxt.actor_id in m.org_codes
            # (a definite office takes a definite adjective only: الأمير تركي بن طلال is a prince named Turki, not
            # a Turkish one)
            bare_adjective = not norm.startswith("ال", hits[i][1]) and (key.startswith("ال") or pre.endswith("ال"))
            # (a phrase closed by a definite word takes no name without the article in construct: مجلس الوزراء |
            # جمهورية مصر العربية after هنأ is the council and its object; مجلس وزراء مصر، القوات السعودية are one)
            closed = not npre and not norm.startswith("ال", hits[i][1]) and _after_definite_noun(norm, hits[i][1])
            # (an ambiguous adjective whose usual sense is another, word list adjective_other_sense: المالية, names
            # its state after a state's body of the word list ambiguous_adjective_state_head, elsewhere only in an
            # article that names that state without doubt: الإدارة المالية، الشركة المالية، وزير مالية قطر are
            # financial, not Malian)
            doubted = (nxt.kind == "adjective" and nxt.ambiguous and hits[i][4].removeprefix("ال") in m.other_sense_adjectives
                       and key not in m.ambiguous_adjective_state_heads and not _state_named_plainly(hits, nxt.country))
            if doubted and not npre and not bare_adjective:
                b, i = nb, i + 1  # the body and its adjective, one mention, coded as a body with no state written
                if (i < len(hits) and not hits[i][3] and norm[b : hits[i][1]].isspace() and hits[i][0].kind == "name"
                        and (hits[i][0].place and not hits[i][0].agent or hits[i][0].actor_id in m.org_codes)):
                    # وزير مالية قطر، وزراء مالية الاتحاد الأوروبي: the finance of the state or body named next
                    nxt = hits[i][0]
                    where = nxt.actor_id if nxt.actor_id in m.org_codes else nxt.country
                    b, i = hits[i][2], i + 1
            elif nxt.kind == "adjective" and not npre and not bare_adjective or (nxt.kind == "name" and state_name and npre in ("", "ل", "لل")
                                                         and not closed
                                                         and not (npre and m.org_agents.get(nxt.actor_id) == "MED")):
                # (مصدر لـ«الوطن»: a source and the outlet it speaks to, not the outlet's source)
                where = nxt.actor_id if nxt.actor_id in m.org_codes else nxt.country
                state = nxt.actor_id if nxt.actor_id in m.countries and not entry.office else None
                b, i = nb, i + 1
        # (an ambiguous name that is a word of the body's own name may stand in the gap: وزارة الداخلية الاتحادية في
        # جمهورية ألمانيا الاتحادية, where الاتحادية is federal, not Egypt's palace; the gap's pattern reads it as
        # the body's definite adjective)
        at = i + 1 if (i + 1 < len(hits) and hits[i][0].kind == "name" and hits[i][0].ambiguous and not hits[i][3]
                       and norm[b : hits[i][1]].isspace()) else i
        if (not where and at < len(hits) and not hits[at][3] and _in_gap(m.body_place_heads).fullmatch(norm, b, hits[at][1])
                and key.split()[0] not in m.posted_abroad
                and (pre.endswith("ال") or _DEFINITE.search(norm, a + len(pre), b) or key.split()[0] in m.indefinite_sources)):
            nxt, nb = hits[at][0], hits[at][2]
            if (nxt.kind == "province" or nxt.kind == "name" and nxt.place) and nxt.country not in ("", "IGO"):
                # الحكومة في اليمن، وزير الخارجية في مصر، المقاومة في عدن، مصادر في تل أبيب: the office or body of
                # the state written after في (or of the state of its city), one mention with it (the ambassador
                # في a state is the sending state's: left to the article; an indefinite noun, مؤتمر صحافي في سيول,
                # is no actor, save an anonymous source: مصدر عسكري في ليبيا)
                where, b, i = nxt.country, nb, at + 1
        if (not where and i < len(hits) and hits[i][3] == "ب" and norm[b : hits[i][1]].isspace()
                and hits[i][4].split()[0] in word_set("state_head") and hits[i][0].place and not hits[i][0].agent
                and hits[i][0].country not in ("", "IGO") and key.split()[0] not in m.posted_abroad
                and (pre.endswith("ال") or _DEFINITE.search(norm, a + len(pre), b))):
            # وزير الدولة لشؤون الدفاع بدولة قطر، وزير الداخلية بمملكة البحرين: ب and a state named with its head
            # (دولة، مملكة ...) right after a definite office or body, its state (بقطر، بالرياض after a verb's
            # office are as often what it praised or where it met)
            where, b, i = hits[i][0].country, hits[i][2], i + 1
        if not where and key in m.qualified_only_agents and not (not pre and _after_definite_noun(norm, a)):
            continue  # المعارض alone: the exhibitions (في المعارض، تنظيم المعارض); المعارض السوري is the dissident,
            # النائب المعارض، الحزب المعارض an adjective of the actor before it
        if not pre and key in m.adjective_after_noun and _after_definite_noun(norm, a):
            continue  # النظام المخلوع، العهد المخلوع: the adjective of the noun before it, not the deposed president
        if not where and key in m.place_agents and _is_place(norm, a, pre, m.place_words):
            continue  # نقل إلى المستشفى، في المدارس، بالمستشفى: the building, where; أعلن المستشفى is the body
        if not where and key.endswith(SINGULAR_PRONOUN_SUFFIXES) and key not in m.counterpart_words:
            # خادم الحرمين الشريفين وولي عهده: the pronoun's state is the one named last (his or hers only: the
            # keys ending in هم name no state's office, المتهم، المقبوض عليهم)
            where = _last_state(units)
        person = (m.holder(where, entry.office, date) if where and not m.former.match(norm, b)
                  and not _subordinate(norm, a, pre, m) else None)
        if (entry.office in m.held_offices_any and not pre and key not in m.person_title_words
                and _word_before_in(norm, a, m.named_after_places) is None
                and (named := _called_after(norm, a, b, m.code_of(where), key, m)) is not None
                and (named[0] is None or " " in key)):
            # برنامج خادم الحرمين الشريفين للابتعاث، كأس خادم الحرمين الشريفين، كأس ولي العهد: a thing called after
            # an office one person holds, no actor; معهد خادم الحرمين الشريفين لأبحاث الحج: a body, as after a name
            # (قصر أمير منطقة عسير الأمير فلان، عن طريق الرئيس التركي: his palace, by way of him, no place called
            # after an office; كرسي الرئيس، مجمع رئيس: the head's seat, a head of each complex, no body called after
            # an office's bare word)
            called = _take_called_after(named, b, units, unnamed)
            continue
        kind = "role" if person else "agent"
        # an indefinite office with no country (مسؤول، مصدر، وزير الخارجية) names no one in particular,
        # unless a name follows it (see _appositions)
        # (a phrase is definite by its article or by the construct state: ولي العهد، وزير الخارجية)
        # لشرطة منطقة القصيم، لجوازات الجوف: ل and the bare noun of a local body, which the matcher reads as the
        # joined article of الشرطة (written للشرطة): the body in construct with its place, as شرطة منطقة القصيم
        # (الشرطة itself ends in لشرطة: the article's alif before the ل rules it out, as the ل of للشرطة does)
        lam_body = _lam_body(norm, a, b, key, m)
        indefinite = not where and (lam_body or not (pre.endswith("ال") or _DEFINITE.search(norm, a + len(pre), b)
                                                     or entry.agent in CLITIC_DEFINITE_AGENTS and key.startswith("ال")
                                                     and pre in _CLITICS_BEFORE_ARTICLE))
        if indefinite and " " in key and key.split()[0] in m.indefinite_sources:
            # مصدر أمني، مسؤول عسكري: an anonymous source with its kind is a mention though no side is stated
            # (alone, مصدر or مصادر is as often a source of something: مصدر قلق)
            indefinite = False
        elif indefinite and key in m.construct_offices and (nxt := _NEXT_WORD.match(norm, b)) and nxt[1] not in m.not_name:
            # محافظ جدة، محافظ الأنبار: the office noun in construct with the place it governs is definite (a
            # governor of somewhere), coded with the article's state like any office without a country
            indefinite, b = False, nxt.end(1)
            while i < len(hits) and hits[i][1] < b:
                if (hits[i][0].kind == "province" or hits[i][0].place) and hits[i][0].country:
                    where = hits[i][0].country  # محافظ عدن، محافظ صنعاء in a Saudi daily: Yemeni
                i += 1
        elif indefinite and (key in m.construct_bodies or lam_body):
            # شرطة منطقة القصيم، أمانة حائل، بلدية محافظة الخرج: a local body in construct with the place it serves is
            # definite; the mention takes the place, its country is the place's (شرطة دبي) or the article's; with
            # no place after it the noun is none (أمانة المنظمة: the organisation's own mention is enough)
            if (place := _place_after(norm, b, hits, i, m)) is None:
                continue
            indefinite = False
            b, i, where = place
        elif indefinite and key in m.indefinite_sources and _word_before_in(norm, a, m.reporting_forms) is not None:
            # وقالت مصادر، بحسب مسؤولين: a source right after a reporting verb is someone speaking; with no
            # kind or side written it has neither, as the guideline codes it (not the article's state)
            units.append(_Unit(None, "agent", a, b, pre))
            continue
        elif indefinite and entry.agent == "MED" and (quoted := _QUOTED_NAME.match(norm, b)):
            # صحيفة «حرييت» التركية: an outlet noun and the outlet's name in quotation marks, one mention; the
            # name an outlet of the tables (then its code), the adjective after it or the article's state its country
            b, named = quoted.end(), None
            while i < len(hits) and hits[i][1] < b:
                if hits[i][0].actor_id and hits[i][0].agent == "MED":
                    named = hits[i][0]
                i += 1
            country = named.country if named else ""
            if not named and i < len(hits) and hits[i][0].kind == "adjective" and not hits[i][3] and norm[b : hits[i][1]].isspace():
                country, b, i = hits[i][0].country, hits[i][2], i + 1
            units.append(_Unit(named.actor_id if named else None, "name" if named else "agent", a, b, pre, country, "MED"))
            continue
        if (" " in key and (head := key.rsplit(" ", 1)[1]) in m.body_place_heads and not head.startswith("ال")
                and (place := _place_after(norm, b, hits, i, m, head_read=True)) is not None):
            b, i, where = place[0], place[1], where or place[2]  # أمانة منطقة الرياض: the phrase and its place's name
        # رئاسة الولايات المتحدة: an institution of a state in the actor table is that state acting
        # an office of an international organisation (الأمين العام للأمم المتحدة) is coded as the organisation; so
        # is a generic office (GOV: رئيس، الأمين العام، المتحدث باسم) of a body with its own agent (الأمين العام
        # للائتلاف الوطني السوري: OPP; رئيس الحزب الجمهوري: PTY), as the guideline codes the person by the body
        # he serves; an office with its own agent keeps it (حزب، وزير الدفاع), and a newspaper's name after a
        # state office is the office's adjective more often than its body (وزير الخارجية المصري اليوم)
        # a body of a state with no agent code of its own (a university: the guideline codes it and its heads with
        # no agent) gives its offices none (المتحدث الرسمي لجامعة نجران: SAU)
        agent = (m.org_agents.get(where, "") if m.code_of(where) == "IGO"
                 else m.org_agents.get(where) or ("" if m.org_codes.get(where) else entry.agent)
                 if entry.agent == "GOV" and where in m.org_codes and m.org_agents.get(where) != "MED"
                 # قوات الحوثيين، مقاتلو داعش: the forces of an armed group are the group (REB), not a state's army
                 else "REB" if entry.agent == "MIL" and m.org_agents.get(where) == "REB" else entry.agent)
        # الرئيس alone is the head of some body as often as of the state: the article's state gives its
        # country, never its holder
        office = "" if where or key in m.context_no_holder else entry.office
        if person and entry.office in m.no_office and m.people_codes.get(person, ("", "GOV"))[1] not in ("", "GOV") \
                and m.people_codes[person][0] == m.code_of(where):
            agent = m.people_codes[person][1]  # الرئيس المخلوع في اليمن: Saleh's own code (see _context_country)
        units.append(_Unit(person or state, kind, a, b, pre, m.code_of(where), agent, indefinite, office=office,
                           body_id=where if where in m.org_codes else None))
    return units


def _called_after(norm: str, a: int, b: int, country: str, key: str,
                  m: _Matcher) -> tuple[_Unit | None, str, int] | None:
    """What a person of the tables (or an office's title naming one) at ``norm[a:b]``, read by the table phrase
    ``key``, names after a noun written right before it, or None where no such noun is: the body called after the
    person, if it is one, the state a thing called after the person says the story is of (empty for a body or a
    place), and where the noun starts.

    مركز الملك سلمان، معهد خادم الحرمين الشريفين: a body called after the person, of the person's state (GOV); جامعة
    الملك سعود: a university, no agent code; مؤسسة الملك فيصل: a foundation, NGO; طريق الملك فهد، مطار الملك خالد: a
    place, no actor; كأس خادم الحرمين الشريفين، جائزة الملك سلمان: a thing, no actor either, but a Saudi cup or
    prize still says whose story it is, as the mention of the King or the prize's body did; برنامج الأمير نايف،
    مشروع الملك عبدالله: a thing after a royal's title (``named_after_title``), and None (the person's own
    programme, a mention of him) after a name without one (برنامج أوباما الإصلاحي).
    """
    noun = _word_before_in(norm, a, m.named_after_all)
    if noun is None:
        return None
    bare = _PLACE_CLITIC.sub("", noun[1], count=1) if noun[1] not in m.named_after_all else noun[1]
    if bare in m.named_after_titled_things and bare not in m.named_after_none:
        return (None, country, noun.start(1)) if key.split()[0] in m.named_after_titles else None
    if bare in m.named_after_none:
        return None, country if bare in m.named_after_things else "", noun.start(1)
    agent, office = (("", AGENTLESS_BODY) if bare in m.named_after_universities
                     else ("NGO" if bare in m.named_after_ngos else NAMED_AFTER_AGENT, ""))
    return _Unit(None, "agent", noun.start(1), b, "", country, agent, office=office), "", noun.start(1)


def _take_called_after(named: tuple, b: int, units: list[_Unit],
                       unnamed: list[tuple[int, int, str]] | None) -> tuple[int, int | None, int | None]:
    """Keep what :func:`_called_after` read (``named``) for a name or title ending at ``b``: the body among
    ``units``; a place or thing in ``unnamed`` (its span, where no later reader takes a name, and the state a
    thing says the story is of). Returns the tracker ``_compose`` keeps (the end, the body's index, the span's)."""
    body, state, start = named
    if body is not None:
        units.append(body)
    elif unnamed is not None:
        unnamed.append((start, b, state))
    span = len(unnamed) - 1 if body is None and unnamed is not None else None
    return b, len(units) - 1 if body is not None else None, span


def _called_after_none(norm: str, at: int, m: _Matcher) -> bool:
    """Whether the name at ``at`` follows, a title between or not, a noun a place or a thing is called after a
    person by (جائزة الأمير محمد بن فهد، شارع الأمير فلان، برنامج الأمير فلان): part of that place's or thing's
    name, no mention."""
    if _word_before_in(norm, at, m.named_after_none) is not None:
        return True
    title = _WORD_BEFORE.search(norm, max(0, at - 20), at)
    return (title is not None and title[1] in m.person_title_words
            and _word_before_in(norm, title.start(1), m.named_after_none
                                | (m.named_after_titled_things if title[1] in m.named_after_titles else frozenset()))
            is not None)


def _private_role_acts(norm: str, a: int, pre: str, m: _Matcher) -> bool:
    """Whether the private person named by a role at ``a`` (مسافر، سكان) speaks in the report.

    So it does when the noun opens its field (a headline's subject: مواطن
    يطالب ...) or stands right after a verb of saying whose subject it is
    (``role_speaker_lemma``), a quantifier between them: وقال سكان محليون،
    وعبّر مسافر آخر، وأوضح عدد من أولياء الأمور. Elsewhere such a noun names a
    population or a category as often as people who act (حقوق المواطنين،
    نقل الركاب، خدمة العملاء، بين الطلاب), which the guideline does not annotate.
    """
    if not norm[:a].strip():
        return True
    if pre:
        return False  # يشرح لطلاب الصف، وللمواطنين: a noun after a preposition or a conjunction is no verb's subject
    quantifier = _ROLE_QUANTIFIER.search(norm, max(0, a - 25), a)
    return _word_before_in(norm, quantifier.start() if quantifier else a, m.role_speaker_forms) is not None


# خمسة من الطلاب، 8 طلاب: a few counted (at most two digits or a number word under twenty, من between or not)
_FEW_COUNTED = re.compile(r"(?<![^\s(])(?:\d{1,2}|اثنان|اثنين|ثلاث|ثلاثة|اربع|اربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثماني|ثمانية|"
                          r"تسع|تسعة|عشر|عشرة)\s+(?:من\s+)?$")
# الطلاب المقبولين، الطلاب المختطفين، المعلمين الجدد: a participle of what befell or was done to them (accepted,
# kidnapped, taking part, winning, hurt, held, new) singles a group out; an adjective of quality (الموهوبين، المتميزين،
# المتفوقين، المبتعثين) names a category, which the guideline does not annotate
_SINGLING_WORD = re.compile(r"ال(?:مقبول|مختطف|مخطوف|مشارك|فائز|مصاب|محتجز|معتقل)(?:ين|ون|ات)|الجدد")
# عدد الطلاب المقبولين، أسماء الطلاب المقبولين، كشوف الطلبة المقبولين: a count or a list of them, a category still
_COUNT_OF = re.compile(r"(?<![^\W\d_])[وف]?[بل]?(?:ال)?(?:عدد|اعداد|نسبة|نسب|اجمالي|مجموع|اسماء|ملفات|كشوف|قوائم|قائمة|"
                       r"نتائج|قبول)\s+$")


def _specific_group(norm: str, a: int, b: int, pre: str) -> bool:
    """Whether the students or teachers a plural at ``norm[a:b]`` names are a group singled out, not a population.

    So they are after a few counted (خمسة من الطلاب، 8 طلاب) and where a
    participle of what befell them follows (الطلاب المقبولين، الطلاب
    المختطفين، المعلمين الجدد، للطالبات المقبولات), not after a noun of
    counting or listing (عدد الطلاب المقبولين، أسماء الطلاب المقبولين). The
    dev samples' gold annotates such groups (SAU CVL).
    """
    if not pre and _FEW_COUNTED.search(norm, max(0, a - 20), a):
        return True
    after = _NEXT_WORD.match(norm, b)
    return (after is not None and _SINGLING_WORD.fullmatch(after[1]) is not None
            and _COUNT_OF.search(norm, max(0, a - 20), a) is None)


# كل مواطن، أي شخص، لكل طفل: any one of them, nobody of the report; 800 شخص، ألف مواطن: a count, no one person
_GENERIC_QUANTIFIER = re.compile(r"(?:(?<![^\W\d_])[وف]?[بل]?(?:كل|اي|ايه|الف|الاف|مليون|ملايين)|\d)\s+$")


@lru_cache(maxsize=256)
def _introduction_patterns(bare: str) -> tuple[re.Pattern, re.Pattern]:
    """The indefinite (مواطن، لمواطن) and the definite (المواطن، للمواطن) forms of a singular noun, as whole words."""
    word = re.escape(bare) + r"(?![^\W\d_])"
    return (re.compile(r"(?<![^\W\d_])(?:[وف]?[بلك]?)" + word),
            re.compile(r"(?<![^\W\d_])(?:[وف]?[بك]?ال|[وف]?لل)" + word))


def _introduced_person(norm: str, a: int, key: str) -> bool:
    """Whether the single private person a noun at ``a`` names (شخص، الطفلة) is one the report has introduced.

    So it is when the field holds the noun indefinite (a person brought in:
    تعرض مواطن لحادث) and, after it, the same noun with the article (the
    same person referred back to: ونقل المواطن إلى المستشفى): both are then
    mentions. A noun after كل or أي (كل مواطن، أي شخص) is anyone, never the
    one of the report. Each alone is as often a category (خدمة المواطن،
    حقوق الطفل، شخص واحد على الأقل).
    """
    if _GENERIC_QUANTIFIER.search(norm, max(0, a - 12), a):
        return False
    indefinite, definite = _introduction_patterns(key.removeprefix("ال"))
    first = next((x for x in indefinite.finditer(norm) if not _GENERIC_QUANTIFIER.search(norm, max(0, x.start() - 12), x.start())),
                 None)
    return first is not None and first.start() <= a and definite.search(norm, first.end()) is not None


# مواطن, a citizen, indefinite and alone: one private person of the report (تعرض مواطن لحادث، بلاغ من مواطن). Not
# after a quantifier or a count (كل مواطن، أي مواطن، ألف مواطن), nor as a predicate or a denial (أنه مواطن، وهو مواطن،
# لا مواطن، هل ترى أنك مواطن), nor in a construct before a definite word (مواطن الضعف، مواطن القوة: weak points, not
# citizens) or after في (في مواطن كثيرة: places), nor the citizen as a kind (أقل مواطن في العالم، حق لمواطن، كمواطن،
# مجرد مواطن، خلق مواطن عالمي، ما حاجة مواطن).
_LONE_CITIZEN = re.compile(r"(?<![^\W\d_])([وف]?[بل]?)مواطن(?![^\W\d_])")
_CITIZEN_PREDICATE = re.compile(r"(?<![^\W\d_])(?:[وف]?(?:ب?ان|ل?ان)(?:ه|ك|ني|نا)|[وف]?(?:هو|انت|انا)|[وف]?لا|كونه|في|"
                                r"اقل|اكثر|افضل|مجرد|حاج[ةه]|حق|خلق)\s+$")


def _lone_citizens(units: list[_Unit], hits: list[tuple], norm: str) -> list[_Unit]:
    """A singular indefinite مواطن (no table row: المواطن فلان is a titled name) as a CVL mention of the article's state.

    Like a resident (سكان), it takes the article's state in :func:`_context_country`, or the state of an adjective
    written right after it (مواطن يمني). The guards are those of :data:`_LONE_CITIZEN`'s comment.

    Examples:
        >>> [(u.a, u.b, u.agent) for u in _lone_citizens([], [], "وتلقت الشرطة بلاغا من مواطن عن حريق")]
        [(22, 27, 'CVL')]
        >>> _lone_citizens([], [], "كل مواطن مسؤول عن مواطن الضعف وانه مواطن")
        []
    """
    new = []
    for x in _LONE_CITIZEN.finditer(norm):
        a, b = x.start(), x.end()
        if (_GENERIC_QUANTIFIER.search(norm, max(0, a - 12), a) or _CITIZEN_PREDICATE.search(norm, max(0, a - 12), a)
                or _definite_word_next(norm, b) or any(u.a < b and a < u.b for u in units)):
            continue
        where = ""
        nxt = next((h for h in hits if h[1] > b), None)
        if nxt is not None and nxt[0].kind == "adjective" and not nxt[3] and norm[b : nxt[1]].isspace():
            where, b = nxt[0].country, nxt[2]  # مواطن يمني: the state written
            if any(u.a < b and a < u.b for u in units):
                units = [u for u in units if not (u.a < b and a < u.b)]
        new.append(_Unit(None, "agent", a, b, x[1], where, "CVL"))
    return sorted(units + new, key=lambda u: u.a) if new else units


# الطرفان، الطرفين، الجانبان، الجانبين, with their proclitics (بين الطرفين، للجانبين): the two sides of talks, a clash
# or an agreement, the actors named before it (see _two_sides and _context_country).
_TWO_SIDES = re.compile(r"(?<![^\W\d_])([وف]?(?:[بك]?ال|لل))(?:طرف|جانب)(?:ين|ان)(?![^\W\d_])")
_BLANKS = re.compile(r"\s*")  # the spaces between the two sides and the adjectives that name them
#: How many coded mentions before "the two sides" are read for its two codes (see _sides_coded).
TWO_SIDES_REACH = 4


def _sides_coded(found: list[_Unit]) -> list[_Unit]:
    """Each mention of the two sides (:func:`_two_sides`) as one mention of each of the two actors coded last before it.

    The two latest distinct codes (country and agent) among the last :data:`TWO_SIDES_REACH` coded mentions before
    it: تعزيز التعاون بين وزارة الصحة وشركة أرامكو ... الطرفين: SAU GOV and SAU BUS; with one code only, it twice
    (اشتباكات بين الحوثيين وقوات صالح ... الطرفين: YEM REB, YEM REB). A joint reference the tables resolve already
    (الجانبين as the article's two states, :func:`_resolve_groups`) keeps that reading; with no coded mention before
    it, none.
    """
    out = []
    for u in found:
        if u.office != TWO_SIDES:
            out.append(u)
            continue
        if u.country:  # named by the adjectives after it (_sides_of_adjectives)
            out.append(u._replace(kind="group", office=""))
            continue
        if any(v.kind == "group" and v.a < u.b and u.a < v.b for v in found):
            continue
        codes = []
        for v in reversed([v for v in out if v.country and v.b <= u.a][-TWO_SIDES_REACH:]):
            if (v.country, v.agent) not in codes:
                codes.append((v.country, v.agent))
        codes = codes[:2] if len(codes) > 1 else codes * 2
        out.extend(u._replace(kind="group", country=c, agent=ag, office="") for c, ag in codes)
    return out


def _two_sides(units: list[_Unit], norm: str) -> list[_Unit]:
    """الطرفان، الجانبين: a mention of the two sides, coded last (:func:`_sides_coded`) from what was named before.

    The development samples' gold writes it almost wherever it stands (133 of 149 uses) as two mentions, one of
    each side (SAU and EGY in talks of Saudi Arabia and Egypt; YEM REB twice in a clash of Houthis and the resistance).

    Examples:
        >>> [(u.a, u.b, u.pre, u.office) for u in _two_sides([], "واتفق الجانبان على التعاون")]
        [(6, 14, 'ال', 'two_sides')]
    """
    new = [_Unit(None, "agent", x.start(), x.end(), x[1], office=TWO_SIDES) for x in _TWO_SIDES.finditer(norm)
           if not any(u.a < x.end() and x.start() < u.b for u in units)]
    return sorted(units + new, key=lambda u: u.a) if new else units


def _sides_of_adjectives(units: list[_Unit], hits: list[tuple], norm: str) -> list[_Unit]:
    """The two sides named by two adjectives of states right after them (الجانبين الفلسطيني والإسرائيلي، الطرفان
    المصري واليمني): one mention of each state, spanning the adjectives, in place of the two sides coded from what
    was named before (:func:`_sides_coded`) or from the article's two states (:func:`_resolve_groups`); the
    development gold writes them so. Other units as they are.

    Examples:
        >>> from types import SimpleNamespace as E
        >>> norm = "دعا الجانبين المصري والامريكي"
        >>> hits = [(E(kind="adjective", country="EGY"), 13, 19, "", "المصري"),
        ...         (E(kind="adjective", country="USA"), 20, 29, "و", "الامريكي")]
        >>> [(u.a, u.b, u.country) for u in _sides_of_adjectives(_two_sides([], norm), hits, norm)]
        [(4, 29, 'EGY'), (4, 29, 'USA')]
    """
    adjectives = {h[1]: h for h in hits if h[0].kind == "adjective" and h[0].country}
    out = []
    for u in units:
        first = adjectives.get(_BLANKS.match(norm, u.b).end()) if _TWO_SIDES.fullmatch(norm, u.a, u.b) else None
        second = adjectives.get(_BLANKS.match(norm, first[2]).end()) if first is not None and not first[3] else None
        if second is None or second[3] != "و" or first[0].country == second[0].country:
            out.append(u)
            continue
        out.extend(_Unit(None, "agent", u.a, second[2], u.pre, h[0].country, office=TWO_SIDES) for h in (first, second))
    return out


def _lam_body(norm: str, a: int, b: int, key: str, m: _Matcher) -> bool:
    """Whether the hit ``key`` at ``a:b``, read as a definite noun, is ل and the bare noun of a local body
    (``construct_body``: لشرطة، لأمانة، لغرفة), which the matcher reads as the joined article of الشرطة (written
    للشرطة); the article's alif before the ل (الشرطة itself ends in لشرطة) or لل rules it out."""
    return (key.startswith("ال") and key[2:] in m.construct_bodies and norm[a:b].endswith("ل" + key[2:])
            and not norm[a:b].endswith(("لل" + key[2:], "ال" + key[2:])))


def _place_after(norm: str, b: int, hits: list[tuple], i: int, m: _Matcher,
                 head_read: bool = False) -> tuple[int, int, str] | None:
    """The place a local body's noun ending at ``b`` is in construct with, as (end, next hit, country), or None.

    The place is a place noun and the name after it (منطقة القصيم، محافظة
    الخرج), a definite place noun alone (المنطقة، العاصمة), or a place or
    region of the tables (حائل، دبي); a hit inside it gives its country (none:
    the article's state decides later). Any other word (غرفة العمليات،
    بلدية جديدة) is no place, and the noun stays no mention. ``head_read``:
    the phrase ending at ``b`` ends with its place noun (أمانة منطقة), whose
    name is the next word (الرياض).
    """
    nxt = _NEXT_WORD.match(norm, b)
    if nxt is None:
        return None
    end = nxt.end(1)
    if head_read:
        if nxt[1] in m.not_name:
            return None
    elif nxt[1] in m.body_place_heads:
        if not nxt[1].startswith("ال"):
            name = None if nxt[2] else _NEXT_WORD.match(norm, end)  # منطقة القصيم: the head and the place's name
            if name is None or name[1] in m.not_name:
                return None
            end = name.end(1)
    elif not (i < len(hits) and hits[i][1] == nxt.start(1) and not hits[i][3] and _state_place(hits[i][0])
              and hits[i][4] not in word_set("place_common_word")):
        return None  # (صحة الخبر: the news's truth, not Khobar's health directorate)
    country = ""
    while i < len(hits) and hits[i][1] < end:
        if _state_place(hits[i][0]):
            country, end = hits[i][0].country, max(end, hits[i][2])  # منطقة مكة المكرمة: the whole place
        i += 1
    return end, i, country


def _state_place(entry) -> bool:
    """Whether a table entry is a place of a state (a region, a city: منطقة القصيم، دبي), not of an organisation."""
    return bool(entry.kind == "province" or entry.place) and entry.country not in ("", "IGO")


# a stock market and the state written after it: سوق دبي، البورصة الكويتية، بورصة البحرين، السوق السعودية
_MARKET = re.compile(r"([وف]?(?:[بل]|لل)?)((?:ال)?(?:سوق|بورصه|بورصة))")
# a share (سهم، أسهم، سهمي) and the company it is of: سعر سهم سابك، تلاه سهم «إعمار»، أسهم شركات الإنماء، وموبايلي
# (اسهم alone is as often the verb: وأسهم البرنامج في ...; the plural counts only before شركات, a comma after it
# or not: أسهم شركات, العالمية ,والانماء)
_SHARE = re.compile(r"(?<![^\W\d_])[وف]?[بل]?(?:(?:سهم|سهمي)\s+(?:شركه\s+|شركة\s+|شركتي\s+)?|اسهم\s+(?:شركات|شركتي)(?:\s*[,،]\s*|\s+))")
_QUOTED_COMPANY = re.compile(r"[«\"“]([^«»\"“”\n]{2,40})[»\"”]")
_COMPANY_WORD = re.compile(r"([^\W\d_]+)")
_LIST_GAP = re.compile(r"\s*[,،]\s*(?=[^\W\d_]|[«\"“])|\s+(?=و[^\W\d_]{2})")


def _listed_companies(units: list[_Unit], hits: list[tuple], norm: str, m: _Matcher) -> list[_Unit]:
    """The companies a stock report names by their shares, and the markets it names, as BUS mentions.

    سعر سهم سابك، تلاه سهم «إعمار العقارية»، أسهم شركات الإنماء ,وموبايلي: the
    name after a share noun (quoted, or up to two words before a word of
    the report's own: بنسبة، بواقع، في ...) and each name listed after it
    is a company, coded with the state its own name writes (زين السعودية,
    :func:`_named_state`), else with the state of the market named last
    before it (سوق دبي، البورصة الكويتية; none: the article's). A market and
    its state, unless it is where something is (في السوق السعودية), is a
    mention too. A mention of the tables inside a company's name (قطر in
    صناعات قطر) gives way to the company.
    """
    markets = []  # (start, end, state) of each market named with its state
    for h in hits:
        entry, a, b, pre = h[0], h[1], h[2], h[3]
        state = entry.country if entry.kind in ("adjective", "province") or entry.place else ""
        if not state or state == "IGO" or pre or entry.ambiguous:
            continue  # السوق المالية: the financial market, not Mali's
        market = _WORD_BEFORE.search(norm, max(0, a - 12), a)
        if market and (mk := _MARKET.fullmatch(market[1])):
            markets.append((market.start(1), b, state, mk[1]))
    found = []
    for start, end, state, pre in markets:
        if "ب" not in pre and _word_before_in(norm, start, m.place_words) is None:
            found.append(_Unit(None, "agent", start, end, pre, state, "BUS"))
    share_numbers = word_set("share_number_word")
    for share in _SHARE.finditer(norm):
        before = norm[max(0, share.start() - 12) : share.start()].split()
        if before and (before[-1][:1].isdigit() or before[-1] in share_numbers):
            continue  # 122 مليون سهم: a number of shares, no company
        at = share.end()
        while True:
            name = _company_name(norm, at, m)
            if name is None:
                break
            a, b = name
            state = _named_state(hits, a, b) or next((st for s0, _, st, _ in reversed(markets) if s0 < a), "")
            found.append(_Unit(None, "agent", a, b, "", state, "BUS"))
            gap = _LIST_GAP.match(norm, b)
            if gap is None:
                break
            at = gap.end()
    if not found:
        return units
    kept = [u for u in units if not any(c.a <= u.a and u.b <= c.b for c in found)]
    found = [c for c in found if not any(u.a < c.b and c.a < u.b for u in kept)]
    return sorted(kept + found, key=lambda u: u.a)


def _named_state(hits: list[tuple], a: int, b: int) -> str:
    """The state a listed company's own name writes between ``a`` and ``b`` (زين السعودية، كابلات مصر), else "".

    A state's name or adjective only: a city in a name (الإنماء طوكيو، an insurer of the Saudi market) says
    nothing of the company's state, and an ambiguous word (عمان) is left to the market.

    >>> from q7x2lib.actors import _Entry
    >>> state, city = _Entry(None, "name", country="SAU", place=True), _Entry(None, "name", country="JPN", agent="GOV", place=True)
    >>> _named_state([(state, 4, 12, "", "x")], 0, 12), _named_state([(city, 8, 13, "", "y")], 0, 13)
    ('SAU', '')
    """
    return next((e.country for e, s, t, *_ in hits if a <= s and t <= b and e.country not in ("", "IGO")
                 and not e.ambiguous and not e.actor_id
                 and (e.kind == "adjective" or e.kind == "name" and e.place and not e.agent)), "")


def _company_name(norm: str, at: int, m: _Matcher) -> tuple[int, int] | None:
    """Where the company's name written at ``at`` lies (a conjunction before it kept: والراجحي), or None."""
    if (quoted := _QUOTED_COMPANY.match(norm, at)) is not None:
        return quoted.start(1), quoted.end(1)
    end, words = at, 0
    for word in _COMPANY_WORD.finditer(norm, at):
        if norm[end : word.start()].strip() or word[1] in m.company_stop or word[1] in m.not_name:
            break
        end, words = word.end(), words + 1
        if words == 2:
            break  # a longer name is cut (بنك دبي الإسلامي: بنك دبي), the word after it is as often the report's
    return (at, end) if words else None


# a company's name after its business noun (see _named_companies): quoted or in brackets, a Latin run, or Arabic words
_COMPANY_QUOTED = re.compile(r"[ \t]*(\"[^\"\n]{1,40}\"|\([^()\n]{1,40}\))")
_COMPANY_LATIN = re.compile(r"[ \t]*([A-Za-z][\w&.'-]*(?:[ \t]+[A-Za-z0-9][\w&.'-]*){0,4})", re.ASCII)
_COMPANY_NEXT = re.compile(r"[ \t]+([^\W\d_]+)")
_COMPANY_WORDS = 5  # name words at most after the noun (شركة عبدالرحمن سعد الراشد للحراسات الأمنية)


def _named_companies(units: list[_Unit], hits: list[tuple], norm: str, m: _Matcher) -> list[_Unit]:
    """A business noun and the company's name after it, one BUS mention: شركة المياه الوطنية، مصرف «الراجحي».

    The noun (شركة، بنك، مصرف; مجموعة، مؤسسة، فندق ... only before a quoted or
    Latin name) is written without the article, with its proclitics, and its
    name follows it. Where the name ends is read from the words, with no list
    of names: a quoted or bracketed name ends at its closing mark, a Latin run
    at its last Latin word; an Arabic name is the word after the noun (not a
    function word, a verb, a time word or an indefinite feminine adjective:
    شركة كبيرة، شركة يابانية are no name) and the words joined to it with
    spaces alone that continue it: definite words (المياه الوطنية، أرامكو
    السعودية) and a complement with لل (للاستثمار والسياحة); an indefinite
    word after the first is the sentence's (شركة ميتسوبيشي يعد), and so is a
    word of ``company_not_name`` (التابعة). A person, an office or a body of
    the tables ends it, a company of the tables is it (شركة أرامكو). The name's
    country adjective or place gives the country (أرامكو السعودية، بنك دبي),
    else the article's state does later. A state's bare name after a bank is
    its central bank (بنك إنجلترا): no company. Mentions inside the name give
    way to it; one that ends right before the noun and governs it (الرئيس
    التنفيذي لشركة ...، المتحدث باسم شركة ...) takes the company into its span.
    """
    nouns = _company_heads(norm, m)
    if not nouns:
        return units  # most articles name no business noun: one search, nothing more
    if any(u.agent == "BUS" for u in units):
        units = _lone_company_nouns(units, nouns, norm)
    heads = [h for h in nouns if h[1] < len(norm) and norm[h[1]].isspace()]
    at_hit: dict[int, tuple] = {}  # the longest hit at each start (السعودية للكهرباء, not السعودية)
    for h in hits:
        if h[2] > at_hit.get(h[1], (None, 0, 0))[2]:
            at_hit[h[1]] = h
    found: list[_Unit] = []
    for start, noun_end, pre, noun, definite in heads:
        if found and start < found[-1].b:
            continue
        name = _company_span(norm, noun_end, at_hit, m, noun in m.company_heads_quoted, definite)
        if name is None:
            continue
        end, country, actor_id = name
        found.append(_Unit(actor_id, "name" if actor_id else "agent", start, end, pre, country, "BUS"))
    if not found:
        return units
    out = []
    for u in units:
        company = next((k for k, c in enumerate(found) if c.a <= u.a and u.b <= c.b), None)
        if company is not None:  # السعودية in شركة أرامكو السعودية; بنك الإثمار of a Bahraini stock report keeps its state
            c = found[company]
            if not c.country and u.agent == "BUS" and u.country:
                found[company] = c._replace(country=u.country, actor_id=c.actor_id or u.actor_id)
            continue
        out.append(u)
    kept = []
    for c in found:
        if any(u.a < c.b and c.a < u.b for u in out):
            continue  # a mention of the tables across the name's edge: the tables' reading stands
        governor = next((k for k, u in enumerate(out) if u.b <= c.a and (gap := _GOVERNS.fullmatch(norm, u.b, c.a))
                         and u.agent and not u.actor_id and (gap[1] or c.pre in ("ل", "ب") or norm[u.a : u.b].endswith("باسم"))
                         and not m.company_noun.search(norm, u.a, u.b)), None)
        if governor is not None:
            u = out[governor]  # الرئيس التنفيذي لشركة أرامكو: the office of the company, one mention
            out[governor] = u._replace(b=c.b, country=u.country or c.country, agent="BUS")
            continue
        kept.append(c)
    return _company_anaphors(sorted(out + kept, key=lambda u: u.a), found, nouns, norm)


_NOUN_PROCLITICS = re.compile(r"[وف]?[بل]?")  # before a business noun without the article: شركة، وبشركة، لبنك
_NOUN_ARTICLE = re.compile(r"[وف]?(?:[بك]?ال|لل)")  # and with it: الشركة، وللشركة، بالبنك


def _company_heads(norm: str, m: _Matcher) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, proclitic, noun, definite) of each business noun written as a word (شركة، وبالشركة، لبنك).

    The nouns of ``company_head_quoted`` count without the article only.
    """
    out = []
    if not any(w in norm for w in m.company_noun_words):
        return out  # (a substring test is far cheaper than the pattern's scan)
    for h in m.company_noun.finditer(norm):
        k = h.start()
        while k > 0 and h.start() - k < 4 and norm[k - 1].isalpha():
            k -= 1
        if k > 0 and norm[k - 1].isalpha():
            continue  # inside a longer word
        pre = norm[k : h.start()]
        if _NOUN_PROCLITICS.fullmatch(pre):
            out.append((k, h.end(), pre, h[0], False))
        elif _NOUN_ARTICLE.fullmatch(pre) and h[0] in m.company_nouns_definite:
            out.append((k, h.end(), pre, h[0], True))
    return out


def _lone_company_nouns(units: list[_Unit], nouns: list[tuple], norm: str) -> list[_Unit]:
    """``units`` without a bare الشركة that no company named before it can be (التزام الشركة بالمواصفات: any company).

    The mention guideline makes الشركة a row only where it refers back to a
    company (see :func:`_company_anaphors`); with an adjective after it
    (الشركة الفرنسية) it names its own and stays.
    """
    bare = {(a, b) for a, b, _, _, definite in nouns if definite}
    out = []
    for u in units:
        if ((u.a, u.b) in bare and u.agent == "BUS" and not u.actor_id
                and not _definite_word_next(norm, u.b)):
            if not (any(not definite and a < u.a for a, _, _, _, definite in nouns)
                    or any(v.agent == "BUS" and v.actor_id for v in out)):
                continue  # no company named before it (شركة فلان، أرامكو): no company to refer back to
        out.append(u)
    return out


def _company_anaphors(units: list[_Unit], found: list[_Unit], nouns: list[tuple], norm: str) -> list[_Unit]:
    """الشركة، البنك written after a company named with the same noun (شركة أبل ... الشركة): that company's code.

    The word alone (a definite adjective after it makes another company: الشركة
    المنفذة) stands for the last company named before it with its noun; a
    mention already there (the agents table's الشركة) takes that code.
    """
    first = found[0].a
    for start, end, pre, noun, definite in nouns:
        if not definite or start < first:
            continue
        if _definite_word_next(norm, end):
            continue
        company = next((u for u in reversed(units) if u.b <= start and u.agent == "BUS"
                        and noun in norm[u.a : u.b] and not norm[u.a : u.b].endswith(noun)), None)
        if company is None:
            continue
        at = next((k for k, u in enumerate(units) if u.a == start), None)
        unit = _Unit(None, "agent", start, end, pre, company.country, "BUS")
        if at is not None:
            units[at] = unit
        elif not any(u.a < end and start < u.b for u in units):
            units.append(unit)
    return sorted(units, key=lambda u: u.a)


def _definite_word_next(norm: str, end: int) -> bool:
    """Whether a definite word follows ``end`` after one space (الشركة المنفذة: an adjective that makes another company).

    Examples:
        >>> _definite_word_next("الشركة المنفذة", 6), _definite_word_next("الشركة بالمواصفات", 6)
        (True, False)
    """
    return bool((after := _NEXT_WORD.match(norm, end)) and after.start(1) == end + 1 and after[1].startswith("ال"))


_GOVERNS = re.compile(r"[ \t]+(باسم[ \t]+)?")  # an office before a company: الرئيس التنفيذي لشركة، المتحدث باسم شركة


# a bare الشركة (no definite adjective after it: الشركة المنفذة is another company), with its proclitics
_BARE_COMPANY = re.compile(r"(?<!\w)[وف]?(?:[بك]?ال|لل)شرك[ةه](?!\w)(?![ \t]+ال)")


def _brand_anaphors(units: list[_Unit], norm: str) -> list[_Unit]:
    """A bare الشركة after a company of the tables named without its noun («مايكروسوفت» ... الشركة): that company's code.

    :func:`_company_anaphors` refers الشركة back to a company named with شركة; a brand of the tables written alone
    (taken as the company where a bare الشركة follows it, see :func:`_appositions`) is referred back to here, the
    nearest company mention before the noun deciding (one whose state is unknown leaves الشركة as it was).

    >>> u = [_Unit("microsoft", "name", 0, 10, "", "USA", "BUS"), _Unit(None, "agent", 16, 22, "", "", "BUS")]
    >>> _brand_anaphors(u, "مايكروسوفت قالت الشركة ان")[1].country
    'USA'
    """
    if not any(u.agent == "BUS" and u.actor_id for u in units):
        return units
    out = list(units)
    for k, u in enumerate(out):
        if (u.agent != "BUS" or u.actor_id or not _BARE_COMPANY.fullmatch(norm, u.a, u.b)
                or _definite_word_next(norm, u.b)):
            continue  # (الشركة المتعهدة: another company)
        company = next((v for v in reversed(out[:k]) if v.agent == "BUS"), None)
        if company is not None and company.actor_id and company.country and company.country != u.country:
            out[k] = u._replace(country=company.country)
    return out


def _company_span(norm: str, at: int, at_hit: dict[int, tuple], m: _Matcher, quoted_only: bool,
                  definite: bool = False) -> tuple[int, str, str | None] | None:
    """(end, country, the company's id where the tables know it) of the company's name written after its noun ending at ``at``, or None (see _named_companies).

    After a definite noun (الشركة السعودية للكهرباء) only definite adjectives and a complement with لل follow, and
    without the complement the phrase is no name (الشركة السعودية: the agents table reads it).
    """
    country, place, end, words, complement, state_name, actor_id = "", "", at, 0, False, False, None
    definite_head = definite
    if ((quoted := _COMPANY_QUOTED.match(norm, at)) or (quoted := _COMPANY_LATIN.match(norm, at))) and _WORDS.search(quoted[1]):
        end, words = quoted.end(1), 1  # (مجموعة «5+1» has no name)
    elif quoted_only:
        return None
    personal = linked = False  # the name so far is a personal name's given names (شركة سعد إبراهيم); its last word a link (بن)
    while words < _COMPANY_WORDS and (nxt := _COMPANY_NEXT.match(norm, end)):
        word, a = nxt[1], nxt.start(1)
        if word in m.not_name or word in m.company_stop or word in m.name_enders or word in m.company_not_name:
            break
        hit = at_hit.get(a)
        entry = hit[0] if hit else None
        own = entry is not None and (entry.kind in ("adjective", "province") or entry.place)
        definite = word.startswith("ال")
        business = entry is not None and entry.actor_id in m.org_codes and m.org_agents.get(entry.actor_id) == "BUS"
        if entry is not None and not own and not business and (words or entry.kind == "agent" or entry.actor_id in m.org_codes):
            break  # a person, an office or a body after the name (أرامكو السعودية أمين الناصر): the name is done
        if business:  # شركة أرامكو، الشركة السعودية للكهرباء: the company of the tables
            country, actor_id, complement = entry.country, entry.actor_id, complement or definite_head
        if definite_head and not (definite or word.startswith("لل") or complement and word.startswith("وال")):
            break
        if not words:
            if (not definite and not own and (word[:1] == "و" or _adjective_shaped(word)
                                              and (entry is not None or _preposition_phrase(word)
                                                   or not _name_continues(norm, nxt.end(1), m)))
                    or _CLITIC_ARTICLE.match(word)):
                return None  # شركة كبيرة، بنك أجنبي: an adjective, no name; شركة واستقرار: a conjunct; شركة باللون: a phrase
            personal = not definite and word in m.given_names
        elif word.startswith("لل") or complement and word.startswith("وال"):
            complement = True  # للاستثمار والسياحة
        elif personal and (word in m.given_names or word in m.name_links or linked):
            pass  # شركة سعد إبراهيم الهداب، شركة عبدالله بن سعيدان: a personal name's given names, then its family name
        elif not definite:
            break  # شركة ميتسوبيشي يعد، بنك أجنبي يقوم: an indefinite word after the name's first is the sentence's
        personal, linked = personal and not definite, personal and word in m.name_links
        if own:
            state_name = entry.kind == "name" and entry.place and not entry.agent and not words
            if entry.kind == "adjective" and not hit[3] and not entry.ambiguous:
                country = entry.country
            elif not place and entry.kind != "adjective":  # المالية: financial, not Malian
                place = entry.country
        end, words = max(nxt.end(1), hit[2] if hit else 0), words + 1
    if not words or definite_head and not complement and not quoted:
        return None
    if words == 1 and not country and place and state_name:
        return None  # بنك إنجلترا، مصرف لبنان: a state's bank is its central bank, no company
    if not (country or place or definite_head) and (after := _company_state_after(norm, end, at_hit, m)):
        end, country = after  # شركة أكس جت الأمريكية، شركة ... في لندن: the name's state written after it
    return end, country or place, actor_id


_ADJECTIVE_AFTER_WORDS = 2  # name words the company span cut off before its state's adjective, at most


def _company_state_after(norm: str, end: int, at_hit: dict[int, tuple], m: _Matcher) -> tuple[int, str] | None:
    """(end, state) of the state a company's name cut at ``end`` is given right after it, or None.

    The name's span stops at its first indefinite word (see :func:`_company_span`), so a state's adjective after
    a name of several words is left out (شركة أكس [جت] الأمريكية، شركة دواء بلجيكية), and so is its seat after a
    word of ``company_seat_word`` (شركة هوكستون [فينتشرز] في لندن، [وهي شركة] مقرها لوكسمبورج): a place of a state,
    not ambiguous, whose state the name takes without its span running over it. Up to two more indefinite words
    that are no word of the sentence (no particle, no verb of saying, no word of the tables) may stand between;
    any other word ends the search.
    """
    seat_words, seat, name_end = word_set("company_seat_word"), False, end
    for k, nxt in enumerate(_COMPANY_NEXT.finditer(norm, end)):
        if nxt.start() != end or k > _ADJECTIVE_AFTER_WORDS + seat:
            return None  # (a mark between: the name is done)
        word, hit = nxt[1], at_hit.get(nxt.start(1))
        entry = hit[0] if hit is not None and not hit[3] and not hit[0].ambiguous and not hit[0].actor_id else None
        if entry is not None and entry.country not in ("", "IGO") and entry.kind == "adjective" and not seat:
            return hit[2], entry.country  # (the adjective is the name's: شركة أكس جت الأمريكية)
        if entry is not None and entry.country not in ("", "IGO") and seat and (entry.kind == "province" or entry.place):
            return name_end, entry.country  # (the seat is not: شركة هوكستون، في لندن outside)
        if word in seat_words:
            seat = True  # (القائمة في: two seat words)
        elif (seat or hit is not None or word.startswith("ال") or _CLITIC_ARTICLE.match(word) or word in m.not_name
              or word in m.company_stop or word in m.name_enders or word in m.company_not_name):
            return None
        end = nxt.end(1)
    return None


def _adjective_shaped(word: str) -> bool:
    """Whether an indefinite word after a business noun has an adjective's ending (كبيرة، يابانية، أجنبي)."""
    return word.endswith("ة") or len(word) > 3 and word.endswith("ي")


def _preposition_phrase(word: str) -> bool:
    """Whether an indefinite word after a business noun is ل and a noun (شركة لصناعة السيارات، شركة لفترة), no name
    (a name of four letters may open with ل: شركة لمبة)."""
    return word[:1] == "ل" and len(word) > 4


def _name_continues(norm: str, at: int, m: _Matcher) -> bool:
    """Whether the word after an adjective-shaped first name word ending at ``at`` makes it a name's first word:
    a definite noun in construct with it (شركة تقنية المياه، شركة صناعة السيارات) or a complement with لل (شركة
    جدوى للاستثمار; an indefinite adjective takes no definite one after it), not a word that is no name (a particle,
    a dating word: شركة يابانية الأسبوع الماضي)."""
    nxt = _COMPANY_NEXT.match(norm, at)
    if nxt is None:
        return False
    word = nxt[1]
    if word in m.not_name or word in m.company_stop or word in m.company_not_name or word in word_set("name_descriptor"):
        return False  # (name_descriptor: الأسبوع، الشهر، العالم, a date or a frame after a name)
    return word.startswith("لل") or word.startswith("ال") and len(word) > 3


def _home_state(units: list[_Unit], outlet_home: str = "", bodies: frozenset[str] = frozenset()) -> str:
    """The article's own state: the one it codes most, ``CONTEXT_LEAD`` times the next.

    Organisations do not count, nor do the named outlets of the outlet's own state, nor foreign universities
    (:func:`_states_counted`).
    """
    return leading_country(_states_counted(units, outlet_home, bodies))


def _states_counted(units: list[_Unit], outlet_home: str = "", bodies: frozenset[str] = frozenset()) -> list[str]:
    """The states of ``units`` that say whose story an article is: not an organisation's, not a home outlet's.

    A named outlet of the outlet's own state (عكاظ، «سبق»، واس in a Saudi daily) is the one that reports or is
    spoken to: named four times in a story of Yemen's consulate it does not make the story Saudi. A foreign
    outlet (هآرتس in an Israeli story) still counts. ``bodies``: the named bodies of a state with no agent
    (universities, ``_Matcher.agentless_bodies``): one of a state other than the outlet's (a Saudi scholar of
    جامعة هارفارد، a study of جامعة أكسفورد) says where someone studies or works, not whose story it is
    (with the outlet's state unknown, they count).

    A company counts half as much as a state, its bodies and its people, which are listed twice: it is an
    actor of a story more often than its setting (American drug makers in a story of an American regulator, an
    Indian start-up's American backers: :func:`leading_country` compares the counts, so the halving matters only
    where companies of another state are named).

    >>> _states_counted([_Unit(None, "agent", 0, 5, "", "USA", "GOV"), _Unit(None, "agent", 9, 14, "", "IRL", "BUS")])
    ['USA', 'USA', 'IRL']
    """
    return [c for u in units if u.country and u.country != "IGO"
            and not (outlet_home and u.country == outlet_home and u.agent == "MED" and u.actor_id)
            and not (outlet_home and u.actor_id in bodies and u.country != outlet_home)
            for c in ((u.country,) if u.agent == "BUS" else (u.country, u.country))]


def leading_country(countries: Iterable[str]) -> str:
    """The country named most among ``countries``, when it leads the next by ``CONTEXT_LEAD`` times, else "".

    >>> leading_country(["YEM", "YEM", "SAU"]), leading_country(["YEM", "SAU"]), leading_country([])
    ('YEM', '', '')
    """
    counts = Counter(countries)
    if not counts:
        return ""
    ranked = counts.most_common(2)
    if len(ranked) > 1 and ranked[1][1] * CONTEXT_LEAD > ranked[0][1]:
        return ""
    return ranked[0][0]


def _source_before(units: list[_Unit], norm: str, noun: str, start: int, people: frozenset[str]) -> _Unit | None:
    """An anonymous source (``noun``: مصدر، مصادر) written before ``start``, as a mention to point back to.

    The last indefinite ``noun`` before ``start`` is the antecedent; a mention
    right after it, joined by من، في، داخل or لدى (مصدر من المقاومة الشعبية،
    مصادر في الحكومة), gives its code, a person's excepted; else the source's
    own mention does (مصدر عسكري يمني), and with none it has no code. None when
    the article writes no such source before ``start``.
    """
    last = None
    for last in re.compile(rf"(?<![^\W\d_])[وف]?[بل]?{re.escape(noun)}(?![^\W\d_])").finditer(norm, 0, start):
        pass
    if last is None:
        return None
    side = next((u for u in units if u.a >= last.end() and _SOURCE_SIDE.fullmatch(norm, last.end(), u.a)), None)
    if side is None or side.actor_id in people or not (side.country or side.agent):
        # مصدر عسكري يمني: the source's own mention and its code; a bare مصادر has none
        side = next((u for u in units if u.a <= last.start() < u.b and u.actor_id not in people), None)
    if side is not None:
        return _Unit(None, "agent", last.start(), last.end(), "", side.country, side.agent)
    return _Unit(None, "agent", last.start(), last.end(), "")


def _last_armed_group(units: list[_Unit], m: _Matcher) -> _Unit | None:
    """The last mention of an armed group of the organisations table (agent REB), if any."""
    for u in reversed(units):
        if u.actor_id in m.org_codes and m.org_agents.get(u.actor_id) == "REB":
            return u
    return None


def _antecedent(units: list[_Unit], norm: str, noun: str, people: frozenset[str]) -> _Unit | None:
    """The last coded mention whose text holds ``noun`` (an anaphor's noun without its article)."""
    for u in reversed(units):
        if (u.actor_id or u.country or u.agent) and u.actor_id not in people and noun in norm[u.a : u.b]:
            return u  # not a person: المجلس after الأمين العام لمجلس التعاون عبد اللطيف الزياني is the council
    return None


# After a mention: closing marks, then a definite adjective or two with no proclitic (their nisba ending: التلفزيونية،
# الملكي; not a noun of the sentence, which a state's adjective may describe instead: المعارضة السياسة الأمريكية),
# up to where a state's adjective may stand (see _adjectives_state_after)
_ADJECTIVES_AFTER = re.compile(r"[)\"»”]?(?:\s+ال[^\W\d_]+(?:ي|ية)){0,2}\s+$")


def _adjectives_state_after(u: _Unit, hits: Iterable[tuple], norm: str) -> tuple[str, int] | None:
    """The state whose definite adjective, with no proclitic, closes the adjectives right after ``u`` (see
    ``_ADJECTIVES_AFTER``: قناة «جيو» التلفزيونية الباكستانية، سلاح الجو الملكي السعودي), for :func:`_context_country`,
    and where the mention ends with its adjectives (``u``'s end where a closing mark stands between: «(البنك المركزي)
    الأمريكي»); None where none does, where an actor's hit stands between, or where a second state's adjective
    follows it (the joint council's السعودي الياباني، السعودي والياباني).

    >>> from q7x2lib.actors import _Entry
    >>> pakistani = _Entry(None, "adjective", country="PAK")
    >>> text = "قناة جيو التلفزيونية الباكستانية"
    >>> _adjectives_state_after(_Unit(None, "agent", 0, 8, ""), [(pakistani, 21, 32, "", "الباكستانية")], text)
    ('PAK', 32)
    >>> text = "انتقدت المعارضة السياسة الباكستانية"
    >>> _adjectives_state_after(_Unit(None, "agent", 7, 15, ""), [(pakistani, 24, 35, "", "الباكستانية")], text)
    """
    found = None
    for entry, a, b, pre, key in hits:
        if a < u.b:
            continue
        if found:  # a second state's adjective right after the first
            return None if entry.kind == "adjective" and entry.country and a - found[1] <= 6 else found
        if (entry.kind != "adjective" or pre or entry.ambiguous or not entry.country or entry.country == "IGO"
                or not key.startswith("ال") or not _ADJECTIVES_AFTER.fullmatch(norm, u.b, a)):
            return None
        found = (entry.country, u.b if norm[u.b : a].lstrip()[:1] in ')"»”' and norm[u.b : a].strip() else b)
    return found


def _bare_body_named_before(u: _Unit, units: list[_Unit], norm: str, hits: Iterable[tuple] = ()) -> str:
    """The state of the body named in full before ``u`` that ``u``, a bare definite head noun (الجامعة، والشركة),
    takes up again: the mentions of ``units`` that open with that noun (جامعة نايف العربية، الجامعة العربية
    المفتوحة) and run on past it, of ``u``'s agent, and the noun with one to three name words and a state's
    adjective after them that no mention holds (``hits``: جامعة كوينزلاند الأسترالية, a body no table knows; the noun
    without its article, its name words none opening with و: not المقاومة ضد الاحتلال الإسرائيلي), all of
    one state; "" where none is, or two states are (جامعة ليون ... وجامعة السوربون).

    >>> norm = "قالت جامعة كوينزلاند الاسترالية ان الجامعة"
    >>> before = [_Unit(None, "agent", 5, 31, "", "AUS", "")]
    >>> _bare_body_named_before(_Unit(None, "agent", 35, 42, ""), before, norm)
    'AUS'
    >>> _bare_body_named_before(_Unit(None, "agent", 35, 42, ""), before + [_Unit(None, "agent", 5, 31, "", "FRA", "")],
    ...                         norm)
    ''
    >>> norm = "قالت السلطات الماليزية ان السلطات المحلية"  # another body: its own adjective after the head
    >>> _bare_body_named_before(_Unit(None, "agent", 26, 33, "", agent="GOV"), [_Unit(None, "agent", 5, 22, "", "MYS", "GOV")],
    ...                         norm)
    ''
    """
    word = norm[u.a + len(u.pre) : u.b].strip()
    if (u.actor_id or u.country or u.office not in ("", HOME_BODY, AGENTLESS_BODY) or " " in word or not word.startswith("ال")
            or len(word) < 5):
        return ""  # (البلدين، الطرفين: the two sides, each of its own state)
    if (nxt := _NEXT_WORD.match(norm, u.b)) is not None and nxt[1].startswith("ال") and _adjective_shaped(nxt[1]):
        return ""  # السلطات المحلية after السلطات الماليزية: another body, its own adjective after its head
    states = set()
    for v in units:
        if (v.a >= u.a or not v.country or v.agent != u.agent or v.office == TWO_SIDES
                or v.kind not in ("agent", "name", "institution")):
            continue
        words = norm[v.a + len(v.pre) : v.b].split()
        if len(words) > 1 and words[0] in (word, word[2:]):
            states.add(v.country)
    # (and one no mention holds: جامعة كوينزلاند الأسترالية, the head noun in construct, a few name words, none
    # joined by و, its state's adjective)
    named = re.compile(rf"(?<![^\W\d_])[وف]?[بل]?{re.escape(word[2:])}(?:[ \t]+(?!و)[^\W\d_]+){{1,3}}[ \t]+$")
    for entry, a, _, pre, key in hits:
        if (a < u.a and entry.kind == "adjective" and entry.country and entry.country != "IGO" and not pre
                and not entry.ambiguous and key.startswith("ال") and named.search(norm, max(0, a - 60), a)
                and not any(v.a <= a < v.b for v in units)):
            states.add(entry.country)
    return next(iter(states)) if len(states) == 1 else ""


def _antecedent_unit(units: list[_Unit], at: int) -> _Unit | None:
    """The last of ``units`` whose span holds offset ``at`` (the mention a bare anaphor copied), if any.

    >>> _antecedent_unit([_Unit(None, "agent", 0, 16, "", "GBR", "NGO")], 7).country
    'GBR'
    >>> _antecedent_unit([_Unit(None, "agent", 0, 16, "", "GBR", "NGO")], 20) is None
    True
    """
    return next((v for v in reversed(units) if v.a <= at < v.b), None)


def _context_country(units: list[_Unit], norm: str, m: _Matcher, date, outlet_home: str = "",
                     datelines: list[str] | None = None, hits: list[tuple] | None = None,
                     sections: list[tuple[int, str]] | None = None) -> list[_Unit]:
    """An office or body with no country (الحكومة، المقاومة، ولي العهد) takes the article's own state.

    In a round-up of several states' wire items, it takes the state of its item's dateline instead (``sections``,
    :func:`_paragraph_datelines`: الشرطة after تايبه - "الشرق الاوسط": is Taiwan's).

    See :func:`_home_state`; with no state leading, it keeps no country, and in
    an article that codes no state at all it takes the outlet's home country
    (``outlet_home``: a local story of a Saudi daily is Saudi). Named
    actors keep their code. An office so placed resolves to its holder on the
    article's date (ولي العهد in a Saudi story of July 2015: Mohammed bin
    Nayef), as a role phrase with its country does.
    """
    # a dateline (سبق- الرياض:) is no mention, but counts for the story's state, as much as a company does (once:
    # counted as a state's mention, twice, it lost a row on the dev sets)
    counted = _states_counted(units, outlet_home, m.agentless_bodies) + [c for c in datelines or () if c and c != "IGO"]
    home, states = leading_country(counted), Counter(counted)  # as _home_state, from the one list
    if home and home != outlet_home and outlet_home and any(u.country == home and u.agent != "BUS" for u in units):
        # a local story of a Saudi daily that talks about a foreign state (هذه الجريمة تخدم إيران in tweets on a
        # bombing in عسير; حائل's Red Crescent and عمائر بن صنعاء): the outlet's own places, each as much as a state's
        # mention, make it the outlet's story where they lead; they never make a tie (a British story naming جدة
        # keeps its state), nor outweigh a state that only a company stands for (a company counts half)
        if leading_country(counted + _outlet_places(units, hits or (), outlet_home)) == outlet_home:
            home = outlet_home
    if not home and not states:
        # a story that names no state as an actor still tells where it happens: the places it names (المحكمة الكلية
        # ... في الكويت) give the state its bare bodies belong to (:func:`_place_state`), or the one foreign state it
        # names where it names nothing of the outlet's (:func:`_foreign_setting`: المحكمة الابتدائية في مدينة ترير
        # غربي ألمانيا), unless a lone مواطن stands in it (a Saudi daily's citizen: مواطن يتعرض لإطلاق نار في الأردن)
        # or a body posted abroad (word list posted_abroad_noun: الملحقية الثقافية بواشنطن, the daily's state's);
        # with none, the outlet's home (وزارة الداخلية in a local story of a Saudi daily that names no state: Saudi)
        own_citizen = any(not u.country and (u.agent == "CVL" and _LONE_CITIZEN.fullmatch(norm, u.a, u.b)
                                             or norm[u.a + len(u.pre) : u.b].split()[0] in m.posted_abroad)
                          for u in units if u.b > u.a + len(u.pre))
        home = ((_place_state(hits or ()) or ("" if own_citizen else _foreign_setting(hits or (), outlet_home)))
                if not _sports_story(norm, m.sports_words) else "") or outlet_home
    company_story = (any(u.country and u.agent == "BUS" for u in units)
                     and not any(u.country and u.country != "IGO" and u.agent not in ("BUS", "MED") for u in units))
    out = []
    for u in units:
        if (m.un_envoy_phrases and not u.actor_id and u.country == "IGO"
                and norm[u.a + len(u.pre) : u.b] in m.un_envoy_phrases and not m.former.match(norm, u.b)):
            # المبعوث الأممي، المبعوث الدولي alone: the UN envoy to the story's state on the article's date
            # (Ismail Ould Cheikh Ahmed in a Yemeni story of mid-2015), or to the one state of the article
            # that has such an envoy; none where neither decides
            served = [home] if home in m.un_envoy_offices else [c for c in states if c in m.un_envoy_offices]
            envoy = m.holder("un", m.un_envoy_offices[served[0]], date) if len(served) == 1 else None
            if envoy:
                u = u._replace(actor_id=envoy, kind="role")
            out.append(u)
            continue
        if u.office in m.organisation_offices and not u.country and not u.actor_id:
            # الأمين العام alone: the head of the organisation named last before it (الجامعة العربية، الأمم المتحدة),
            # never an official of the article's state
            body = next((v.actor_id if v.actor_id in m.org_codes else held[0] for v in reversed(out)
                         if v.actor_id in m.org_codes
                         or (held := m.office_on(v.actor_id, date)) and held[1] == u.office and held[0] in m.org_codes),
                        None)  # الجامعة العربية، or its secretary-general named (بان كي مون)
            if body:
                u = u._replace(country=m.code_of(body), agent=m.org_agents.get(body, "") if m.code_of(body) == "IGO"
                               else u.agent, actor_id=None if _subordinate(norm, u.a, u.pre, m)
                               else m.holder(body, u.office, date))  # نائب الأمين العام: not the secretary-general
                u = u._replace(kind="role" if u.actor_id else u.kind)
            out.append(u)
            continue
        section, here = _section_state(sections or [], u.a)
        here = here or home  # (the state of the round-up item that holds it, else the story's)
        if u.office == HOME_BODY and not u.country and u.kind == "agent" and (not here or here != outlet_home):
            continue  # اللجنة in an Egyptian or a Palestinian story of a Saudi daily: whose committee is unknown
        if (here and (here == outlet_home or company_story) and not u.country and not u.actor_id
                and norm[u.a + len(u.pre) : u.b] in m.regime_nouns):
            continue  # النظام in a Saudi story of a Saudi daily: a law or a system (وفقا لأحكام النظام), not a regime;
            # so in a story whose only states are its companies' (مايكروسوفت ... النظام: an operating system)
        # a titled name no table knows (الدكتور فلان) is of the story's state too, unless an office is set beside
        # it (قائد المقاومة في محافظة إب، الشيخ فلان؛ المهندس فلان مدير عام ...), whose holder the later layers
        # code by that office
        if (u.agent or u.office in (AGENTLESS_BODY, HOME_BODY)
                or u.unknown and u.kind == "name" and not _office_apposed(norm, units, u.a)
                and not _office_follows(norm, u.b, m)) \
                and not u.country and not u.actor_id and not u.stateless \
                and not _stateless_body(u, m.stateless_ngos, hits or ()):  # (a world body's officer: none)
            where = here
            if here and here == outlet_home and (inside := _state_inside(u, hits or (), norm, m)) and inside != here:
                # a foreign body or office whose own words name its state (المعهد البريطاني للمقاييس، وزير الدولة
                # لشؤون الخارجية لجمهورية بنغلاديش فلان) in a story of the outlet's state: that state's, not the story's
                where = inside
            if (not u.unknown and u.name_at < 0 and (after := _adjectives_state_after(u, hits or (), norm))
                    and (after[0] != where or section >= 0)):
                # قناة «جيو» التلفزيونية الباكستانية، (البنك المركزي) الأمريكي، سلاح الجو الملكي السعودي: the
                # state's adjective that closes the body's own adjectives after it, not the story's state (not after
                # a titled name no table knows: الدكتور عثمان الصيني is a family name); the mention runs on to the
                # adjective, as a body's adjective right after it does (see _bodies_of_adjective)
                where, u = after[0], u._replace(b=after[1])
            elif (u.antecedent_at >= 0 and (body := _antecedent_unit(out, u.antecedent_at)) is not None and body.country
                    and body.agent == u.agent):
                # المعهد after المعهد البريطاني للمقاييس, which its own words made British above: the same body (not
                # where the body went into a mention of another kind: a party's name inside an outlet's phrase)
                where = body.country
            elif (named_body := _bare_body_named_before(u, out, norm, hits or ())) and named_body != where:
                # الجامعة after جامعة كوينزلاند الأسترالية, a body no table finds: the body named in full before
                # with that head noun, in the state its own words gave it, not the story's state
                where = named_body
            elif u.agent in m.antecedent_agents and not u.office:
                # النائب فلان، النيابة، الشرطة: the body of the state whose body of that kind was named last (نائب
                # رئيس مجلس الأمة الكويتي ... النائب فلان: Kuwait's, in a Saudi story), not the story's own state
                last = next((v for v in reversed(out) if v.agent == u.agent and v.country and v.country != "IGO"
                             and v.a >= section), None)  # (in its own round-up item)
                if last is not None and last.country != here:
                    where = last.country
            if (u.office and section < 0 and not m.holder(home, u.office, date)
                    and (not home or u.office in m.some_states_offices)):
                # (an office every state has, وزير المالية in an Iraqi story, is the article's state's even when the
                # tables lack its holder there: never the holder of another state the article names)
                # ولي العهد، الملك in a Yemen story of the Saudi press, or with no state leading: the one state
                # of the article that has such an office on the date (Yemen has no crown prince, a king no republic)
                holders = [c for c in states if m.holder(c, u.office, date)]
                where = holders[0] if len(holders) == 1 else home
                if not holders and u.office in m.some_states_offices and (home, u.office) not in m.offices:
                    # the article's state has no such office: ولي العهد، الملك in a Tunisian story of a Saudi daily
                    # are the outlet's; الأمير in a Saudi story is a prince, the one named before it if any
                    if u.office == "emir" and home:
                        prince = _titled_before(out, norm, m.prince_title)
                        out.append(prince._replace(kind="role", a=u.a, b=u.b, pre=u.pre, name_at=-1, unknown=False,
                                                   ambiguous=False) if prince else u._replace(country=home))
                        continue
                    where = outlet_home if (outlet_home, u.office) in m.offices else ""
            if (where and u.unknown and u.kind == "name" and u.agent == NAMED_AFTER_AGENT and not u.office
                    and m.prince_title.match(norm, u.a) and not _office_apposed(norm, units, u.a)
                    and not any(_office_follows(norm, at.start(), m) for at in _SPACE.finditer(norm, u.a, u.b))
                    and not _office_follows(norm, u.b, m)):
                u = u._replace(agent="")  # الأمير فلان بن فلان with no office stated: a prince, his state only
            if u.agent == "REB" and not u.office and (not where or where == outlet_home) and hits:
                # المقاومة، المتمردين، الميليشيات with no country: the fighters of the war the text tells, the
                # country of the nearest state, place or group named other than the outlet's own state (a Yemen
                # story of a Saudi daily), not the outlet's home
                where = _war_country(u, hits, outlet_home) or where
            if where:  # وزير الخارجية الأسبق: a former holder, not the one of the article's date; مساعد وزير التعليم,
                # وكيل وزير العمل: a subordinate of the office, not its holder (the check _compose makes where the
                # phrase writes its country)
                person = (None if m.former.match(norm, u.b) or _subordinate(norm, u.a, u.pre, m)
                          else m.holder(where, u.office, date))
                u = u._replace(country=where, actor_id=person, kind="role" if person else u.kind)
        out.append(u)
    # الرئيس المخلوع resolved to its person: no office held, so the people table's code (Saleh in 2015: YEM REB as
    # the gold codes him) where it names no office of state (Mubarak's GOV is of his past office: the role's ELI)
    return [u._replace(agent=m.people_codes[u.actor_id][1])
            if u.kind == "role" and u.office in m.no_office and m.people_codes.get(u.actor_id, ("", "GOV"))[1]
            not in ("", "GOV") and m.people_codes[u.actor_id][0] == u.country else u for u in out]


@lru_cache(maxsize=4)
def _state_preposition(heads: frozenset[str]) -> re.Pattern:
    """في, or ب، ل on the head of a state's formal name (word list ``state_head``), right before a state's name: في مصر،
    في جمهورية مصر، لجمهورية بنغلاديش، بدولة قطر (ب or ل written on the name itself is its proclitic).

    >>> [bool(_state_preposition(frozenset({"جمهورية"})).search(t)) for t in ("وزير في ", "لجمهورية ", "وزير ")]
    [True, True, False]
    """
    alternation = "|".join(sorted(map(re.escape, heads), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:(?<![^\W\d_])في\s+(?:(?:{alternation})\s+)?|(?<![^\W\d_])[وف]?[بل](?:{alternation})\s+)$")


def _state_inside(u: _Unit, hits: Iterable[tuple], norm: str, m: _Matcher) -> str:
    """The one state whose adjective or name stands inside ``u`` after its first word, for :func:`_context_country`;
    "" where none or more than one does, or where ``u`` opens with a body posted abroad (word list
    ``posted_abroad_noun``: الملحق الثقافي في أمريكا is the sending state's).

    Ambiguous hits and people do not count, nor a named body of a state (a university: عضو هيئة الخبراء في جامعة
    هارفارد الدكتور فلان is a Saudi expert in the rules split and the development samples as often as an American
    one), nor a town or a province (للحج: لحج; تيوب آب: إب), nor an adjective with
    a preposition written on it (وارنر بروس: روس), nor a state's name written with no في، ب or ل before it (الإنماء
    طوكيو: a company of the outlet's state).

    >>> from types import SimpleNamespace as N
    >>> from q7x2lib.actors import _Entry
    >>> m = N(posted_abroad=frozenset({"الملحق"}))
    >>> british, unit = [(_Entry(None, "adjective", country="GBR"), 7, 16, "", "البريطاني")], _Unit(None, "agent", 0, 16, "")
    >>> _state_inside(unit, british, "المعهد البريطاني", m), _state_inside(unit, british, "الملحق البريطاني", m)
    ('GBR', '')
    """
    words = norm[u.a + len(u.pre) : u.b].split()
    if not words or words[0] in m.posted_abroad:
        return ""
    first_end, heads = u.a + len(u.pre) + len(words[0]), word_set("state_head")
    states = {h[0].country for h in hits
              if first_end <= h[1] and h[2] <= u.b and h[0].country and h[0].country != "IGO" and not h[0].ambiguous
              and (h[0].kind == "adjective" and not h[3]
                   or h[0].kind == "name" and h[0].place and not h[0].actor_id
                   and (h[3].lstrip("وف")[:1] in ("ب", "ل")
                        or not h[3] and _state_preposition(heads).search(norm, max(0, h[1] - 16), h[1])))}
    return states.pop() if len(states) == 1 else ""


def _outlet_places(units: list[_Unit], hits: Iterable[tuple], outlet_home: str) -> list[str]:
    """``outlet_home`` twice (as a state's mention counts) for each place of it that ``hits`` name outside any
    mention (its towns and regions: في منطقة عسير، بحائل), for :func:`_context_country`.

    Not an ambiguous place, nor one whose name is as often a common word (word list ``place_common_word``: الخبر,
    the news), nor a place inside a mention (a body's seat, already counted with it).

    >>> from q7x2lib.actors import _Entry
    >>> town = _Entry(None, "province", country="SAU")
    >>> _outlet_places([], [(town, 0, 4, "", "حائل"), (town, 6, 10, "", "الخبر")], "SAU")
    ['SAU', 'SAU']
    >>> _outlet_places([_Unit(None, "agent", 0, 12, "", "SAU", "GOV")], [(town, 8, 12, "", "حائل")], "SAU")
    []
    """
    common = word_set("place_common_word")
    return [outlet_home for h in hits
            if h[0].country == outlet_home and not h[0].ambiguous and not h[0].actor_id and h[4] not in common
            and (h[0].place or h[0].kind == "province") and not any(u.a < h[2] and h[1] < u.b for u in units)
            for _ in range(2)]


def _stateless_body(u: _Unit, ngos: frozenset[str], hits: Iterable[tuple] = ()) -> bool:
    """Whether ``u`` is an office of a non-governmental body of the organisations table that has no country
    (``ngos``, the matcher's ``stateless_ngos``: رئيس اللجنة الكشفية العالمية، رئيس منظمة أطباء بلا حدود), or a person no
    table knows whose mention holds such a body's name (``hits``: الأمين العام للمنظمة الكشفية العربية الدكتور فلان،
    توماس باخ رئيس اللجنة الأولمبية الدولية) and is coded NGO by it: the guideline codes its officers with the body's
    code and no country, so the article's state is not theirs (round 70, issue 14). Unlike a ``stateless`` unit, such
    an office still joins the names in apposition. A person's state written in his mention is his (عضو اللجنة الكشفية
    العالمية السعودي فلان: a Saudi member, SAU NGO).

    >>> from q7x2lib.actors import _Entry
    >>> ngos = frozenset({"wosm"})
    >>> _stateless_body(_Unit(None, "agent", 0, 5, "", "", "NGO", body_id="wosm"), ngos)
    True
    >>> _stateless_body(_Unit(None, "agent", 0, 5, "", "", "GOV", body_id="wosm"), ngos)
    False
    >>> person = _Unit(None, "name", 0, 30, "", "", "NGO", unknown=True)
    >>> _stateless_body(person, ngos, [(_Entry("wosm", "name"), 10, 25, "", "x")]), _stateless_body(person, ngos)
    (True, False)
    >>> _stateless_body(person, ngos, [(_Entry("wosm", "name"), 5, 15, "", "x"),
    ...                                (_Entry(None, "adjective", country="SAU"), 16, 22, "", "y")])
    False
    """
    if u.agent != "NGO":
        return False
    if u.body_id in ngos:
        return True
    inside = [h[0] for h in hits if u.a <= h[1] and h[2] <= u.b]
    return (u.kind == "name" and u.unknown and any(e.actor_id in ngos for e in inside)
            and not any(e.kind == "adjective" and e.country for e in inside))


@lru_cache(maxsize=4)
def _sports_pattern(words: frozenset[str]) -> re.Pattern:
    alternation = "|".join(re.escape(w.removeprefix("ال")) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])[وف]?(?:[بل]?ال|لل|[بل])?(?:{alternation})(?![^\W\d_])")


def _sports_story(norm: str, words: frozenset[str]) -> bool:
    """Whether two words of sport (word list sports_signing_word: لاعب، مدرب، النادي، المنتخب) stand in the text: a
    club's story, whose camp abroad (معسكر الفريق في إيطاليا) does not make its club, its coach or its board foreign.

    >>> _sports_story("وواصل الفريق تدريباته بقيادة المدرب", frozenset({"فريق", "مدرب"}))
    True
    >>> _sports_story("وقالت الشرطة في الهند", frozenset({"فريق", "مدرب"}))
    False
    """
    return len(_sports_pattern(words).findall(norm, 0)) >= 2 if words else False


def _place_state(hits: Iterable[tuple]) -> str:
    """The state of the places among ``hits`` (its cities, provinces, seats, its name where it is only where something
    happens) when one leads (:func:`leading_country`) and is named at least twice, else "".

    A story that names no state as an actor (الشرطة، النيابة العامة in a Kuwaiti court story: المحكمة الكلية،
    الكويت) is still of the state its places are in. Not the state adjectives (بنجلاديشي الجنسية: a person's
    nationality in a Saudi police statement), nor a place named once (الرقة: a word as often), nor an ambiguous one.

    >>> from q7x2lib.actors import _Entry
    >>> city, province = _Entry(None, "name", country="USA", place=True), _Entry(None, "province", country="USA")
    >>> _place_state([(city, 0, 5, "", "x"), (province, 6, 9, "", "y")]), _place_state([(city, 0, 5, "", "x")])
    ('USA', '')
    """
    states = [h[0].country for h in hits
              if h[0].country and h[0].country != "IGO" and not h[0].ambiguous and not h[0].actor_id
              and (h[0].place or h[0].kind == "province")]
    lead = leading_country(states)
    return lead if states.count(lead) >= 2 else ""


def _foreign_setting(hits: Iterable[tuple], outlet_home: str) -> str:
    """The state a story that names no state as an actor happens in, when it is foreign: the state named most among
    ``hits`` (its name, places and adjectives, not ambiguous ones; :func:`leading_country`), once is enough, where its
    name is written (not its adjectives alone: بنجلاديشي الجنسية, a person's nationality; nor a town or a province
    alone: سرت in كسرت، إب in باب) and the text names nothing of ``outlet_home`` (its places, even ambiguous ones:
    المملكة، الرياض; or any other hit of it).

    For :func:`_context_country`, after :func:`_place_state`: a wire story of a Saudi daily (الشرطة in a German
    town, المحكمة الابتدائية في مدينة ترير غربي ألمانيا) is not Saudi. A state's name from the actor table
    (الولايات المتحدة، بريطانيا) counts as a countries-table one does.

    >>> from q7x2lib.actors import _Entry
    >>> germany, german = _Entry(None, "name", country="DEU", place=True), _Entry(None, "adjective", country="DEU")
    >>> riyadh = _Entry(None, "name", country="SAU", ambiguous=True, place=True)
    >>> _foreign_setting([(germany, 0, 5, "", "x")], "SAU"), _foreign_setting([(german, 0, 5, "", "x")] * 2, "SAU")
    ('DEU', '')
    >>> _foreign_setting([(germany, 0, 5, "", "x"), (riyadh, 6, 9, "", "y")], "SAU")
    ''
    """
    if not outlet_home:
        return ""
    states, written = [], set()
    for entry, *_ in hits:
        if not entry.country or entry.country == "IGO":
            continue
        where = (entry.place and entry.kind == "name" or entry.kind == "province") and (
            not entry.actor_id or entry.from_actor_table)
        if entry.country == outlet_home and (where or not entry.ambiguous):
            return ""
        if entry.ambiguous or entry.actor_id and not where or entry.kind not in ("name", "province", "adjective"):
            continue
        states.append(entry.country)
        if where and entry.kind == "name" and not entry.agent:
            written.add(entry.country)  # its name: a town or a province named once is a word as often (كسرت، باب)
    lead = leading_country(states)
    return lead if lead in written and lead != outlet_home else ""


def _war_country(u: _Unit, hits: list[tuple], outlet_home: str) -> str:
    """Where a bare armed-group noun fights: of the states, places, adjectives and groups with a country the text
    names, other than the outlet's home and organisations of states, the country named most (a Yemen story's
    اليمن، عدن، الحوثيين rather than a backer named once), the one named nearest ``u`` among those tied."""
    count: Counter = Counter()
    gap: dict[str, int] = {}
    for entry, a, b, _pre, _key in hits:
        c = entry.country
        if not c or c == "IGO" or c == outlet_home or a < u.b and b > u.a:
            continue
        count[c] += 1
        gap[c] = min(gap.get(c, 10**9), u.a - b if b <= u.a else a - u.b)
    return max(count, key=lambda c: (count[c], -gap[c]), default="")


# the word after a name, a comma between; or after one more word (الدكتور فلان الفلاني، رئيس ...: a family name
# the titled name did not take)
_OFFICE_AFTER = re.compile(r"[ \t]*[,،(\-–—]?[ \t]*(?:[وف]?(?:ال)?)([^\W\d_]+)")
_ONE_MORE_WORD = re.compile(r"[ \t]+[^\W\d_]+")
_SPACE = re.compile(r"\s")  # a word boundary inside a mention (see _context_country)


def _office_follows(norm: str, b: int, m: _Matcher) -> bool:
    """Whether the head word of an office (مدير، الرئيس، عضو; word list ``person_office``) follows a name ending at
    ``b``, a comma, a bracket or a dash between at most (المهندس فلان، مدير عام الإدارة ...).

    Examples:
        >>> from types import SimpleNamespace as M
        >>> m = M(person_offices=frozenset({"مدير", "رئيس"}))
        >>> text = "وقال المهندس عمر المبارك، مدير عام الادارة، ان"
        >>> _office_follows(text, text.index("،"), m), _office_follows(text, text.index(" ان"), m)
        (True, False)
    """
    for at in (b, word.end() if (word := _ONE_MORE_WORD.match(norm, b)) else -1):
        if at >= 0 and (after := _OFFICE_AFTER.match(norm, at)) and after[1] in m.person_offices:
            return True
    return False


_BODY_NEXT = re.compile(r"[ \t]+([^\W\d_]+)")
_BODY_NAME_WORDS = 6  # words of a body's construct name after its head noun at most
_BODY_DEFINITE = ("ال", "لل", "وال")
_PLACE_AFTER = re.compile(r"[ \t]+(?:ب|في[ \t]+)[^\W\d_]")  # بجدة، في دبي: a place after a body's name


_RUN_ON_WORD = re.compile(r" ([^\W\d_]+)")


def _name_run_on(norm: str, hit, entry, m: _Matcher) -> int:
    """Where the name of another person ends whose name opens with ``hit``, a person of the tables named by one or
    two name words (a title before them or not), else -1: right after it (a space between, no mark) comes either a
    family name with the article that is a name word of another person of the tables and none of this person's own
    (عبدالله بن عبدالعزيز الحمدان، الأمير تركي بن عبدالله الفيصل: not King Abdullah, not Turki bin Abdullah bin
    Abdulaziz), or بن/ابن/بنت (``father_link``) and a given name of the tables that none of the person's own words
    is (الأمير تركي بن عبدالله بن محمد، الأمير سلطان بن بندر). The other person's name runs to that family name or
    forefather (and a family name with the article right after the forefather: بن محمد الفلاني). A word no table
    gives as a name (الشكر، الراحل، المملكة) or a person named by three name words or more, whose forefathers the
    table may not write (تركي بن محمد بن فهد بن عبدالعزيز), is left alone.

    Examples:
        >>> from types import SimpleNamespace as E
        >>> m = E(people={"king_abdullah"}, person_words={"king_abdullah": frozenset({"عبدالله", "عبدالعزيز", "سعود"})},
        ...       given_names=frozenset({"محمد", "عبدالعزيز"}), name_links=frozenset({"بن", "ال"}), not_name=frozenset(),
        ...       name_prefix_words=frozenset(), person_offices=frozenset(), entries={}, family_names=frozenset({"الحمدان"}))
        >>> king = E(kind="name", actor_id="king_abdullah")
        >>> text = "المهندس عبدالله بن عبدالعزيز الحمدان عضوا"
        >>> hit = E(start=8, end=text.index(" الحمدان"), proclitic="", key="عبدالله بن عبدالعزيز")
        >>> text[hit.start : _name_run_on(text, hit, king, m)]
        'عبدالله بن عبدالعزيز الحمدان'
        >>> [_name_run_on(t + " عضوا", hit, king, m) for t in ("المهندس عبدالله بن عبدالعزيز الشكر",
        ...     "المهندس عبدالله بن عبدالعزيز بن سعود", "المهندس عبدالله بن عبدالعزيز، الحمدان")]
        [-1, -1, -1]
        >>> text = "المهندس عبدالله بن عبدالعزيز بن محمد الحمدان قال"
        >>> text[hit.start : _name_run_on(text, hit, king, m)]
        'عبدالله بن عبدالعزيز بن محمد الحمدان'
    """
    if entry.kind != "name" or entry.actor_id not in m.people or " " not in hit.key:
        return -1
    if sum(w not in m.name_links and w not in m.name_prefix_words for w in hit.key.split()) > 2:
        return -1  # تركي بن محمد بن فهد | بن عبدالعزيز: a forefather the table need not write
    own = m.person_words.get(entry.actor_id, frozenset())
    word = _RUN_ON_WORD.match(norm, hit.end)
    if word is None:
        return -1
    if word[1] in word_set("father_link"):
        given = _RUN_ON_WORD.match(norm, word.end())
        name = given[1] if given is not None else ""
        if name in _COMPOUND_FIRST and (second := _RUN_ON_WORD.match(norm, given.end())) is not None:
            name, given = name + second[1], second  # بن عبد العزيز: عبدالعزيز written in two words
        if given is None or name in own or name not in m.given_names:
            return -1
        family = _RUN_ON_WORD.match(norm, given.end())
        return family.end() if family is not None and _other_family_name(family[1], own, m) else given.end()
    return word.end() if _other_family_name(word[1], own, m) else -1


def _other_family_name(word: str, own: frozenset[str], m: _Matcher) -> bool:
    """Whether ``word`` is a family name with the article that ends a name of the people table (``family_names``)
    and none of a person's ``own`` words, nor an office, a descriptor or a table's name of anything but a person
    (الحمدان، الفيصل; not الشكر، الراحل، المتحدث، المملكة)."""
    if (not word.startswith("ال") or word in own or word in m.name_links or word in m.not_name
            or word in m.name_prefix_words or word[2:] in m.person_offices or word in word_set("name_descriptor")
            or word in word_set("former_word")
            or any(e.kind != "name" or e.actor_id not in m.people for e in m.entries.get(word, ()))):
        return False  # المتحدث، المستشار، الرئيس: an office after the name, no family name (رأفت الصباغ المتحدث)
    return word in m.family_names


def _son_named_before(norm: str, hit, entry, m: _Matcher) -> int:
    """Where the given name of another person starts whose nasab holds ``hit``, a person of the tables, else -1:
    the hit has no proclitic and comes right after بن، ابن، بنت (``father_link``) that follows a given name of the
    tables (الأمير بندر بن | عبدالله بن عبدالعزيز، وراكان بن | سلمان بن عبدالعزيز): a father's or forefather's
    name, not that person; the son is a person no table names (:func:`_namesake_units` makes him a mention where no
    reader of names does, after a forefather named in two words or more). A kin noun before the link (ابن القذافي: Gaddafi's son) is left as it was. Read on the
    rules split: 274 hits in 216 of 19,993 articles; 12 read at random, and 80 of 420 hits after a link whatever
    word came before it, are never the person of the tables (علي بن أبي طالب is no آبي, عبدالله بن صالح no صالح).

    Examples:
        >>> from types import SimpleNamespace as E
        >>> m = E(people={"king_abdullah"}, given_names=frozenset({"بندر"}))
        >>> king = E(kind="name", actor_id="king_abdullah")
        >>> text = "الامير بندر بن عبدالله بن عبدالعزيز"
        >>> _son_named_before(text, E(start=text.index("عبدالله"), proclitic=""), king, m) == text.index("بندر")
        True
        >>> text = "نجل ابن عبدالله بن عبدالعزيز"
        >>> _son_named_before(text, E(start=text.index("عبدالله"), proclitic=""), king, m)
        -1
        >>> _son_named_before("الملك عبدالله بن عبدالعزيز", E(start=6, proclitic=""), king, m)
        -1
    """
    if hit.proclitic or entry.kind != "name" or entry.actor_id not in m.people:
        return -1
    link = _last_word_before(norm, hit.start)
    if link is None or link[1] not in word_set("father_link"):
        return -1
    given = _last_word_before(norm, link.start(1))
    return given.start(1) if given is not None and without_conjunction(given[1], m.given_names) in m.given_names else -1


def _last_word_before(norm: str, at: int) -> re.Match | None:
    """``_WORD_BEFORE.search(norm, 0, at)``, read from a few characters before ``at``: the whole text only where
    the word reaches back past them (a search from 0 on every head reads the article over and over).

    Examples:
        >>> text = "قال " + "ا" * 50 + " لجنة"
        >>> _last_word_before(text, len(text) - 4)[1] == "ا" * 50
        True
    """
    start = max(0, at - 40)
    word = _WORD_BEFORE.search(norm, start, at)
    if word is not None and word.start() == start > 0:
        word = _WORD_BEFORE.search(norm, 0, at)
    return word


def _boards_of_bodies(units: list[_Unit], hits: list[tuple], norm: str, m: _Matcher) -> list[_Unit]:
    """A board (``board_phrase``: مجلس إدارة) and the body named after it: the mention takes that body's agent.

    The matcher reads the administration (إدارة, GOV) inside the board's
    phrase; a board is of the body after it: رئيس مجلس إدارة البنك الأهلي
    (BUS), نائب رئيس مجلس إدارة الجمعية (NGO), مجلس إدارة مؤسسة اليمامة
    الصحفية (the outlet's MED), مجلس إدارة الهيئة (GOV, as before). The body
    is an organisation or an agent of the tables starting right after the
    phrase, else a body's head noun (``institution_head_*``) or a business
    noun; a club's board (``board_body_no_agent``: مجلس إدارة النادي) has
    none, as the samples code clubs; a name of no known kind (رئيس مجلس إدارة داماك) is a company's,
    BUS. Only a GOV mention with no person of the tables is read again, and
    only where no office other than a board's (``company_office_head``:
    رئيس، نائب، عضو) is written before the phrase in it (وزير المياه رئيس
    مجلس إدارة ...: the minister's GOV stays). A mention that opens at the
    phrase's إدارة opens at مجلس.

    >>> norm = "رئيس مجلس ادارة شركة فلان"
    >>> m = _actor_matcher(_bundled_actors())
    >>> u = _Unit(None, "agent", 0, len(norm), "", "SAU", "GOV")
    >>> _boards_of_bodies([u], [], norm, m)[0].agent
    'BUS'
    """
    heads = word_set("company_office_head")
    out = []
    for u in units:
        if u.agent != "GOV" or u.actor_id:
            out.append(u)
            continue
        found = None
        for phrase in m.board_phrases:
            at = norm.find(phrase, max(0, u.a - len(phrase)), u.b)
            k = at
            while k > 0 and at - k < 2 and norm[k - 1] in "ولب":
                k -= 1  # ومجلس، لمجلس، ولمجلس: its proclitics
            if at >= 0 and at + len(phrase) > u.a and (k == 0 or not norm[k - 1].isalpha()):
                found = (k, at, at + len(phrase))
                break
        if found is None:
            out.append(u)
            continue
        k, at, end = found
        if any(u.a <= h[1] and h[2] <= at and h[0].kind in ("agent", "role")
               and not all(w in heads for w in without_conjunction(h[4]).split()) for h in hits):
            out.append(u)  # وزير الثقافة والإعلام رئيس مجلس إدارة ...: the minister's office leads the mention
            continue
        q = end
        while q < len(norm) and (norm[q].isspace() or norm[q] in "«\"“(-"):
            q += 1
        agent = "BUS"
        body = max((h for h in hits if h[1] == q and not h[3]), key=lambda h: h[2], default=None)
        head = m.institution_head.match(norm, q)
        bare = norm[q + 2 :] if norm.startswith("ال", q) else norm[q:]
        word = _WORDS.match(norm, q)
        if word is not None and (word[0] in m.board_no_agent or word[0].removeprefix("ال") in m.board_no_agent):
            agent = ""  # مجلس إدارة النادي: a club's board, no agent
        elif body is not None and body[0].actor_id in m.org_codes:
            agent = m.org_agents.get(body[0].actor_id, "")
        elif body is not None and body[0].kind == "agent":
            agent = body[0].agent
        elif head is not None and not head[1]:
            agent = m.institution_heads[head[3]]
        elif m.company_noun.match(bare):
            agent = "BUS"
        if k < u.a:
            u = u._replace(a=k, pre=norm[k:at])
        # (a club's board is the story's state's all the same, as a university is: AGENTLESS_BODY)
        out.append(u._replace(agent=agent, office=AGENTLESS_BODY if not agent and not u.office else u.office))
    return out


def _construct_bodies(units: list[_Unit], hits: list[tuple], norm: str, m: _Matcher) -> list[_Unit]:
    """A body's head noun and its construct name, known to no table: one mention (لجنة متابعة أسعار الوقود).

    The head (``institution_head_*``: لجنة، هيئة، مركز، جمعية، كلية ...) is
    followed by the definite words of its name (الهيئة السعودية للمهندسين،
    جمعية البر), an indefinite head also by one construct noun before them
    (هيئة تطوير مكة المكرمة). Its agent is the head's (GOV, NGO for an
    association, none for a college) unless a word of the name gives another
    (``institution_word_*``: شرطة → COP، الإفتاء → REL، الخيرية → NGO ...).
    Its country is a state written in the name or right after it (دائرة
    الإفتاء الأردنية، دائرة الأراضي والأملاك في دبي); with none it is a home
    body (``HOME_BODY``): the outlet's own state in a story of that state,
    else no mention (see :func:`_context_country`). A head inside a mention
    already found, right after one (رئيس اللجنة), or before a word of
    ``institution_name_stop`` (المركز الأول، هيئة التدريس) makes none.
    """
    if not m.institution_heads:
        return units
    taken = sorted((u.a, u.b) for u in units)
    new = []
    members = {}  # the people a union or an association is of (نقابة الصحفيين اليمنيين), taken into it
    for head in m.institution_head.finditer(norm):
        a, hb = head.start(), head.end()
        if (m.institution_heads[head[3]] == "NGO" and (member := _members_after(units, norm, hb)) is not None
                and not any(ua < hb and a < ub for ua, ub in taken)):
            # نقابة الصحفيين اليمنيين، جمعية المعلمين: the union of a people noun the tables code (الصحفيين: MED), one
            # NGO body of the people's state (mentions guideline 13.3a)
            members[id(member)] = member
            new.append(_Unit(None, "agent", a, member.b, head[1], member.country, "NGO"))
            taken.append((a, member.b))
            continue
        if any(ua < hb and a < ub or ub <= a and norm[ub:a].isspace() and not head[1].startswith("و")
               for ua, ub in taken):
            continue  # (رئيس اللجنة الوطنية: part of an office; جمعية البر والمؤسسة العامة: a second body)
        before = _last_word_before(norm, a)
        if before is not None and re.sub(r"^و", "", before[1]) in m.institution_office_before:
            continue  # مدير مركز ...، المتحدث باسم الإدارة: the body names a person's office
        words, pos = [], hb
        while len(words) < _BODY_NAME_WORDS and (nxt := _BODY_NEXT.match(norm, pos)) is not None:
            word = nxt[1]
            if any(ua <= nxt.start(1) < ub for ua, ub in taken) or word in m.not_name:
                break
            if words and word in m.institution_stop or m.institution_head.fullmatch(word):
                break  # مركز التدريب التابع ...، جمعية البر والمؤسسة العامة: another body
            if not words and word.startswith(("وال", "ولل")) and len(word) > 4:
                break  # الجمعية والاقتراع، اللجنة والمجلس: a name opens with no conjunction
            if not word.startswith(_BODY_DEFINITE) or not (words or head[2]) and not word.startswith("ال"):
                # هيئة تطوير الصادرات: one construct noun after an indefinite head, before the definite words
                # (مركز للنساء، لجنة للتحقيق: an indefinite body of some kind, no name)
                after = _BODY_NEXT.match(norm, nxt.end())
                if words or head[2] or word.startswith("لل") or after is None or not after[1].startswith("ال"):
                    break
            words.append(word)
            pos = nxt.end()
        if not words or words[0] in m.institution_stop:
            continue
        b = pos
        agent = m.institution_heads[head[3]]
        for word in (*words, *(f"{x} {y}" for x, y in zip(words, words[1:]))):
            if word in m.institution_words:
                agent = m.institution_words[word]
                break
        if (len(words) == 1 and not head[2] and words[0] not in m.institution_words
                and not (_PLACE_AFTER.match(norm, b) and head[3] not in m.institution_districts)):
            # مركز الرايس، مركز الأملح بمحافظة رنية، دائرة العرض، هيئة النظر: a district, a sense; جمعية البر،
            # مركز شرطة خيبر، لجنة التصحيح بجدة are bodies
            continue
        if not agent and _studied_at(norm, a, head[1], m.study_words):
            continue  # تخرج في كلية المجتمع: where someone studied, as for a university
        if any(ua >= b and norm[b:ua].isspace() for ua, _ in taken):
            continue  # كلية الهندسة بجامعة الملك عبدالعزيز: a part of the body named next, one mention with it
        country = ""
        stateless = any(w in m.institution_stateless for w in words)
        igo = any(w in m.institution_igo for w in words)  # مكتب الإحصاء الأوروبي في بروكسل: IGO, its seat no country
        for entry, ha, hb_, hpre, _ in hits:
            if (hb <= ha and hb_ == b and not hpre and not entry.ambiguous and entry.country not in ("", "IGO")
                    and (entry.kind == "adjective" or _state_place(entry))):
                country = entry.country  # دائرة الإفتاء الأردنية (the last word: والمالية is finance, not Mali)
            elif b <= ha and norm[b:ha].strip() in ("", "في") and (hpre.endswith("ب") or norm[b:ha].strip() == "في"
                                                                    ) and _state_place(entry):
                country, b = entry.country, hb_  # دائرة الأراضي والأملاك في دبي
        if igo:
            country, agent = "IGO", ""
        stateless = not country and stateless
        new.append(_Unit(None, "agent", a, b, head[1], country, agent, office="" if country or stateless else HOME_BODY,
                         stateless=stateless))
        taken.append((a, b))
    if not new:
        return units
    if members:
        units = [u for u in units if id(u) not in members]
    again = []
    nouns = [m.institution_head.match(norm, u.a)[3] for u in new]
    for k, (u, noun) in enumerate(zip(new, nouns)):
        # المؤسسة، وقالت الجمعية: the body's bare definite head again, up to the next body of the same head
        until = next((v.a for v, other in zip(new[k + 1 :], nouns[k + 1 :]) if other == noun), len(norm))
        for bare in re.finditer(rf"(?<![^\W\d_])([وف]?(?:[بل]|لل)?)ال{noun}(?![^\W\d_])", norm[:until]):
            c, d = bare.span()
            if c < u.b or any(ua < d and c < ub for ua, ub in taken) or (nxt := _BODY_NEXT.match(norm, d)) and \
                    nxt[1].startswith(_BODY_DEFINITE) or not bare[1] and _after_definite_noun(norm, c):
                continue
            again.append(u._replace(a=c, b=d, pre=bare[1], antecedent_at=u.a))  # (its state: the body's)
            taken.append((c, d))
    return sorted(units + new + again, key=lambda u: u.a)


def _members_after(units: list[_Unit], norm: str, end: int) -> _Unit | None:
    """The mention of a people noun right after a body's head noun (``end``): a plural agent phrase the tables
    code, with no actor and no office (الصحفيين اليمنيين، المعلمين، الأطباء المصرية), or None: a people noun is a
    plural, not a body in -ة (جمعية الشركة: the company's general assembly)."""
    for u in units:
        if u.a > end:
            return u if (u.kind == "agent" and not u.actor_id and not u.pre and u.agent and norm[end : u.a].isspace()
                         and norm[u.a : u.a + 2] == "ال" and not u.office and not norm[u.a : u.b].split()[0].endswith("ة")) else None
    return None


def _titled_before(units: list[_Unit], norm: str, title: re.Pattern) -> _Unit | None:
    """The last person of the tables named before with ``title`` (الأمير سعود الفيصل ... then سمو الأمير), or None."""
    for u in reversed(units):
        if u.actor_id and u.kind == "name" and title.search(norm, u.a, u.b):
            return u
    return None


def _subordinate(norm: str, start: int, pre: str, m: _Matcher) -> bool:
    """Whether an office phrase at ``start`` is governed by a subordinate's noun (مساعد وزير الدفاع، نائبة وزير الخارجية),
    an honorific of the office's holder between them or not (مستشار سمو رئيس الهيئة: word list honorific_title).

    >>> from types import SimpleNamespace as M
    >>> m = M(subordinate_nouns=frozenset({"مستشار"}))
    >>> [_subordinate(t, t.index("رئيس"), "", m) for t in ("مستشار سمو رئيس الهيئة", "سمو رئيس الهيئة")]
    [True, False]
    """
    if pre:
        return False
    if (honorific := _WORD_BEFORE.search(norm, max(0, start - 20), start)) and honorific[1] in word_set("honorific_title"):
        start = honorific.start(1)  # (the bare honorific only: وسمو opens another person)
    return _word_before_in(norm, start, m.subordinate_nouns) is not None


def _last_state(units: list[_Unit]) -> str:
    """The country of the last mention coded with a state (not an organisation), or ""."""
    return next((u.country for u in reversed(units) if u.country and u.country != "IGO"), "")


def _counterparts(units: list[_Unit], norm: str, m: _Matcher, date) -> list[_Unit]:
    """نظيره المصري: the holder, in the state written after it, of the office of the last person named before it.

    The counterpart of وزير الخارجية القطري خالد العطية is a foreign minister
    (نظيره الأمريكي in 2015: John Kerry), with the first person's agent. A name
    written beside the counterpart keeps its person; without a person before
    it holding an office on the article's date, the mention is left as it is.
    """
    out: list[_Unit] = []
    for u in units:
        first = norm[u.a : u.b].split()[:1]
        if u.country and first and first[0].removeprefix(u.pre) in m.counterpart_words:
            before = next((v for v in reversed(out) if v.actor_id in m.people), None)
            held = m.office_on(before.actor_id, date) if before is not None and before.country != u.country else None
            if held:
                person = u.actor_id if u.kind == "name" else m.holder(u.country, held[1], date)
                u = u._replace(actor_id=person, kind="name" if u.kind == "name" else "role" if person else "agent",
                               agent=before.agent or u.agent)
        out.append(u)
    return out


def _office_back_references(units: list[_Unit], norm: str, m: _Matcher, date) -> list[_Unit]:
    """A bare الوزير or الرئيس (وأكد الوزير، للرئيس، معالي الوزير) is the one person named before it who holds that office.

    The antecedent is the one earlier person of the tables whose own
    mention holds the noun (وزير الخارجية المصري سامح شكري, then الوزير) or
    who holds, on the article's date, an office of that kind (a minister; a
    president or head of government, never a king). A state's adjective after
    the noun (الوزير الأمريكي) must be the antecedent's state and is part of the
    mention; any other definite word after it (الرئيس التنفيذي، الوزير
    السابق) makes it another phrase, left alone, as is a noun already part of
    a longer mention. With no such person before it, or two (a president of
    each side), nothing changes.
    """
    if not any("ل" + noun in norm for noun in OFFICE_BACK_REFERENCES):
        return units  # the noun's article ends in ل (الوزير، للرئيس): most articles hold neither, a cheap look
    out = list(units)
    for hit in _BARE_OFFICE.finditer(norm):
        a, b, noun = hit.start(), hit.end(), hit[2]
        before_word = _WORD_BEFORE.search(norm, max(0, a - 30), a)
        if before_word and (before_word[1] in m.subordinate_nouns
                            or _DEFINITE_WORD.match(before_word[1]) and before_word[1] not in m.name_enders):
            continue  # نائب الرئيس: another office; الحزب الإسلامي الرئيس: "main" (السيد الرئيس is a title)
        state = ""
        after = _NEXT_WORD.match(norm, b)
        if after and after[1].startswith("ال") and not m.former.match(norm, b):
            state = next((e.country for e in m.entries.get(after[1], ()) if e.kind == "adjective" and e.country), "")
            if state:
                b = after.end(1)  # الوزير الأمريكي
        if m.former.match(norm, b) or not _ends_bare_office(norm, b, m):
            continue  # الرئيس السابق، الرئيس مبارك، الرئيس (الراحل) حافظ، الرئيس التنفيذي: another phrase or a name
        over = [u for u in out if u.a < b and a < u.b]
        if any(u.actor_id or u.a < a or u.b > b for u in over):
            continue  # part of a longer phrase, or already somebody's
        holders = [u for u in out if u.b <= a and u.actor_id in m.people
                   and (not state or u.country == state) and _holds_office(u, noun, norm, m, date)]
        if len({u.actor_id for u in holders}) != 1:
            continue  # nobody, or two presidents named before (Biden and Putin): the reader's context decides
        before = holders[-1]
        out = [u for u in out if u not in over]
        out.append(before._replace(kind="role", a=a, b=b, pre=_ARTICLE_END.sub("", hit[1]),
                                   ambiguous=False, name_at=-1, unknown=False))
        out.sort(key=lambda u: u.a)
    return out


def _offices_named_before(units: list[_Unit], norm: str, m: _Matcher) -> list[_Unit]:
    """An office phrase no person holds (وأوضح المتحدث الرسمي) is the one person of the tables whose earlier mention
    opens with the same words (المتحدث الرسمي بالمؤسسة العامة ... فلان الفلاني): that person, the phrase's span kept.

    Two people named before with those words (a spokesman of each side, one of them perhaps a name no table
    knows), none, or one of another state than the phrase's (وزير الخارجية الأمريكي فلان, then the Saudi وزير
    الخارجية) change nothing. The phrase opens with an office noun (:attr:`person_offices`: متحدث، وزير) or follows
    the same office noun as the holder's mention (مدير + شرطة المنطقة both times); not after another office noun
    (مدير الشؤون الصحية after وكيل الشؤون الصحية فلان), with ل before it (المستشار للأمين العام) or السابق after it,
    nor an office many hold at once (word list office_of_many: عضو مجلس الوزراء).

    Examples:
        >>> from q7x2lib.actors import _actor_matcher, _bundled_actors
        >>> m = _actor_matcher(_bundled_actors(), None)
        >>> norm = "قال المتحدث الرسمي للوزاره فلان. واكد المتحدث الرسمي ان"
        >>> a, b = norm.index("المتحدث الرسمي للوزاره"), norm.index(".")
        >>> person = next(iter(m.people))
        >>> c = norm.rindex("المتحدث")
        >>> units = [_Unit(person, "name", a, b, "", "SAU", "GOV"), _Unit(None, "agent", c, c + 14, "", "SAU", "GOV")]
        >>> [u.actor_id == person for u in _offices_named_before(units, norm, m)]
        [True, True]
    """
    out = list(units)
    for i, u in enumerate(units):
        if (u.actor_id or u.kind != "agent" or "ل" in u.pre or " " not in (phrase := _bare_phrase(u, norm))
                or m.former.match(norm, u.b)):
            continue  # one word (الرئيس، الوزير) is :func:`_office_back_references`'; للأمين العام: someone's; السابق
        head = _office_head(norm, u.a, m)
        holders = {v.actor_id or norm[v.a : v.b]: v for v in units[:i] if v.b <= u.a
                   and (v.actor_id in m.people or not v.actor_id and v.kind == "name")
                   and (_bare_phrase(v, norm).startswith(phrase + " ") or _opens_with_head(v, head, phrase, norm))}
        if len(holders) != 1 or not (holder := next(iter(holders.values()))).actor_id or holder.country != u.country:
            continue
        # (ومدير شرطة المنطقة اللواء فلان, the office joined to the name, then مدير + شرطة المنطقة: the same head)
        governing = head if _opens_with_head(holder, head, phrase, norm) else _office_head(norm, holder.a, m)
        first = _DEFINITE_PREFIX.sub("", phrase.split()[0])
        if head != governing or not head and first not in m.person_offices or {head, first} & word_set("office_of_many"):
            continue  # مدير الشؤون الصحية after وكيل الشؤون الصحية فلان; a body (مجلس النواب); عضو مجلس الوزراء: one of many
        out[i] = holder._replace(kind="role", a=u.a, b=u.b, pre=u.pre, ambiguous=False, name_at=-1, unknown=False)
    return out


def _opens_with_head(v: _Unit, head: str, phrase: str, norm: str) -> bool:
    """Whether the mention ``v`` opens with the office noun ``head`` and then ``phrase`` (ومدير شرطة المنطقة فلان:
    مدير + شرطة المنطقة), its proclitics left out."""
    return bool(head) and _PLACE_CLITIC.sub("", _bare_phrase(v, norm), count=1).startswith(f"{head} {phrase} ")


#: The letters of an abbreviated title (د. م. أ.د.), normalised: words of an office's head, whose dots are no
#: punctuation.
_TITLE_LETTERS = frozenset({"د", "م", "ا"})


def _office_head_opening(norm: str, v: _Unit, units: list[_Unit], m: _Matcher) -> tuple[int, str] | None:
    """Where the office phrase written right before the person ``v`` opens (its first office head, with its
    proclitic), or None: the words before ``v`` on the same clause, back to the earliest office head
    (:data:`person_office`) before which the phrase stops.

    The phrase holds no punctuation but quotation marks and a comma right before the name or before the
    honorifics and titles written before it (الرئيس العام للهيئة، صاحب السمو الملكي الأمير فلان), no word that
    ends a name (a verb of saying, a particle, a time: :attr:`name_enders`, word list office_gap_stop,
    :data:`name_time_closer`) but an honorific (صاحب السمو، سعادة), no word with an attached pronoun (بمكتبه: the
    sentence going on), no other person (an office the tables resolve to the person himself is none), no
    preposition right before the honorifics (على صاحب السمو) and no mention running across its start; at most
    :data:`_OFFICE_PHRASE_WORDS` words. It opens at an office after و (ورئيس: the offices before it are another
    person's), at an honorific (معالي وزير، سمو ولي العهد), and at an office with no
    article where one with the article is written before it (الملك المفدى وزير المالية فلان: the king is
    another person); an office after ب or ل (لرئيس مجلس الوزراء) is inside the phrase, no opening.
    """
    floor = max((u.b for u in units if u.b <= v.a and (u.actor_id in m.people and not _own_office(u, v)
                                                         or u.unknown or u.kind == "group")), default=0)
    words = list(_WORDS.finditer(norm, max(floor, v.a - _OFFICE_HEAD_REACH), v.a))
    honorifics, titles = word_set("honorific_title"), m.name_prefix_words | word_set("rank_word") | _TITLE_LETTERS
    time_words = word_set("name_time_closer")  # اليوم، أمس: the sentence's time, the offices before it another's
    gap_stops = word_set("office_gap_stop")  # أن، الذي، بعد: the sentence going on, the office another's
    gap_prepositions = word_set("office_gap_preposition")  # في، لدى، على: inside the phrase (القنصل العام في لوس انجلوس)
    chain_words = honorifics | titles | {w for phrase in word_set("honorific_phrase") for w in phrase.split()}
    head, end, after = None, v.a, None  # after: the word right of the one read, where it is no title, no article
    chain = True  # every word read so far a title or honorific (صاحب السمو الملكي الأمير)
    for n, w in enumerate(reversed(words)):
        between = norm[w.end() : end].strip(" «»\"“”")
        if n >= _OFFICE_PHRASE_WORDS or between and not (
                between in (",", "،") and (n == 0 or chain and word in honorifics)
                or between == "." and chain and w[0] in _TITLE_LETTERS):  # الرئيس العام أ.د. فلان
            break  # punctuation: another clause (a comma only right before the name or its honorifics: الوزير، معالي فلان)
        word, end = w[0], w.start()
        if n and chain and word in gap_prepositions:
            break  # رئيس الهيئة على صاحب السمو الأمير فلان: a preposition governs the honorific, the office is another's
        chain = chain and word in chain_words
        if after is not None and _ARTICLE_WORD.match(word):
            break  # القنصل العام أسمى آيات التهنئة: a definite phrase is over before a noun with no article
        bare = not _ARTICLE_WORD.match(word) and word[:1] not in _CLITICS and word not in titles \
            and _BODY_CLITIC.sub("", word, count=1) not in honorifics and word not in gap_prepositions \
            and not any(u.a <= w.start() < u.b for u in units)
        after = w if bare else None
        office = _office_proclitics(word, m.person_offices)
        if office is not None:
            pre = office[0]
            definite = word.startswith(pre + "ال")
            if head is not None and not pre and definite and not head[2]:
                break
            head = (w.start(), pre, definite or pre.endswith(("ب", "ل")))
            if pre.startswith(("و", "ف")):
                break
        elif head is not None and _BODY_CLITIC.sub("", word, count=1) in honorifics:
            break
        elif word in gap_stops or word in time_words \
                or word in m.name_enders and word not in m.name_prefix_words and word not in honorifics \
                or word.endswith((*PRONOUN_SUFFIXES, "كم")) and not word.endswith("ها") and not word.startswith("ال"):
            # بمكتبه، لديكم: a word with an attached pronoun (not ها: لجنة التنمية لأحياء الروضة وتوابعها بالدمام الشيخ
            # فلان, a body's name goes on; read so, it also cuts الزعيم ... أنها لم تبايع فلان: a change to measure apart)
            break  # (a title between, الدكتور، المقدم، صاحب السمو، is a word that ends a name too: it is read over)
    if head is None or any(u.a < head[0] < u.b for u in units):
        return None
    return head[:2]


def _own_office(u: _Unit, v: _Unit) -> bool:
    """Whether ``u`` is an office the tables resolve to the person ``v`` himself (محافظ الأحساء before its holder's
    name), not another person named before him."""
    return u.kind in {"role", "agent"} and u.actor_id == v.actor_id


def _former_word(word: str) -> bool:
    """Whether a normalised word is a former-holder word (word list ``former_word``), with or without its article:
    السابق، سابق، الأسبق، سابقا.

    >>> _former_word("سابق"), _former_word("الاسبق"), _former_word("الحالي")
    (True, True, False)
    """
    former = word_set("former_word")
    return word in former or "ال" + word in former


def _office_proclitics(word: str, offices: frozenset[str], *, lam_article: bool = False) -> tuple[str, str] | None:
    """The proclitics and the office of ``word`` when it is an office head (``offices``: :data:`person_office`)
    written bare or with و or ف, ب or ل and the article before it (وزير، ووكيل، لمدير، بالمدير), else None.

    ل with the article (للسفير، وللمدير) is read only with ``lam_article`` (the statement layer's reading): the
    mention layer's office phrase does not take it as a head (read so, it joins للرئيس اليمني السابق علي صالح into
    one mention and changes six development samples: a change to measure on its own, not made here).

    >>> offices = frozenset({"وزير", "وكيل", "مدير", "سفير"})
    >>> [_office_proclitics(w, offices) for w in ("وزير", "ووكيل", "لمدير", "بالمدير", "وللسفير", "المتحدث", "السفارة")]
    [('', 'وزير'), ('و', 'وكيل'), ('ل', 'مدير'), ('ب', 'مدير'), None, None, None]
    >>> _office_proclitics("وللسفير", offices, lam_article=True)
    ('ول', 'سفير')
    """
    if (bare := word.removeprefix("ال")) in offices:
        return "", bare  # وزير، وكيل: a head whose first letter only looks like a conjunction
    opening = _OFFICE_HEAD_WORD.match(word)
    if opening is None:
        return None
    pre, head = opening[1], opening[2]
    if lam_article and head not in offices and pre.endswith("ل") and head[:1] == "ل":
        head = head[1:]  # للسفير: ل and the article, its alif dropped
    return (pre, head) if head in offices else None


def _offices_joined_to_names(units: list[_Unit], norm: str, m: _Matcher) -> list[_Unit]:
    """``units`` with each person and the office phrase written right before it made one mention.

    مدير عام الشؤون الصحية بمنطقة عسير الدكتور فلان، المتحدث الرسمي للدفاع
    المدني بمنطقة كذا المقدم فلان: the office, the body and place it names and
    the titles and honorifics run up to the name (:func:`_office_head_opening`;
    محافظ المحافظة صاحب السمو الأمير فلان), one person as the guideline writes
    him; a mention that opens with a title that is also an office word
    (الأمير، العميد) is joined to the office before it as well. A person of
    the tables keeps his own code
    (an office of another state, or of a named body with another agent
    inside, even one the office phrase took in, stops the join: that
    office is not his, or he is a namesake; an office word's generic agent
    does not: وزير الداخلية before the minister, المتحدث الرسمي before a
    police colonel); a person no table
    knows takes the code of the first body the office names; where the
    phrase names no body that codes him (its own CVL or the story's country
    would stand for the office) and words stand between the office word and
    his mention, the two are not joined and the statement reader reads the
    office's body words itself. A body called after the
    person (مستشفى الملك فهد) is no office of his.
    """
    out = list(units)
    for v in units:
        if v.kind != "name" or v.ambiguous or v.pre or not (v.actor_id in m.people or v.unknown):
            continue  # (لفلان، وفلان: a person governed or conjoined, no apposition)
        if _office_proclitics(first := _WORDS.match(norm, v.a)[0], m.person_offices) is not None and first not in m.name_prefix_words:
            continue  # the person's own mention opens with his office already (not with a title: الأمير فلان)
        if _word_before_in(norm, v.a, m.named_after_any) is not None or (noun := _word_at(norm, v.a)) in m.named_after_any and noun not in m.university_words:
            continue  # مستشفى الملك فهد: a body called after a person, no office of his (a university's officer is)
        head = _office_head_opening(norm, v, out, m)
        if head is None:
            continue
        inside = [u for u in out if head[0] <= u.a and u.b <= v.a]
        if v.actor_id in m.people and any(u.country not in ("", v.country, "IGO")
                                          or (u.actor_id or u.body_id) and u.agent not in ("", v.agent) for u in inside):
            continue  # نظيره التركي، المتحدث باسم الهلال الأحمر فلان (a namesake of a military spokesman): not his office
        country, agent = v.country, v.agent
        if v.unknown:
            body = next((u for u in inside if u.agent or u.country == "IGO"), None)
            named = _office_body_agent(norm, head[0], v.a, m) if body is None else None
            if body is None and named is None and v.agent in ("", "CVL") and norm[_WORDS.match(norm, head[0]).end():v.a].strip():
                # رئيس لجنة ... في غرفة تجارة جدة فلان: no body that codes him, the office left to the speaker reader
                # (not where his mention opens with the office's body: مدير | جامعة الملك خالد، الدكتور فلان)
                continue
            # (a country-less NGO's office gives none: not the story's state his own mention took)
            country = (body.country if body is not None and (body.country or _stateless_body(body, m.stateless_ngos))
                       else v.country)
            agent = body.agent if body is not None else named if named is not None else v.agent
        joined = v._replace(a=head[0], pre=head[1], country=country if v.unknown else country or v.country, agent=agent,
                            name_at=v.name_at if v.name_at >= 0 or not v.unknown else v.a,
                            body_id=v.body_id or next((u.actor_id or u.body_id for u in inside
                                                       if u.actor_id or u.body_id), None))
        out = [joined if u is v else u for u in out if u not in inside]
    return out


# the gap between a person's name and the office written after it: spaces, a comma or a dash used as one
_NAME_OFFICE_GAP = re.compile(r"\s*[,،]?\s*(?:[-–—]\s*)?")
_CLAUSE_REST = re.compile(r"[^\W\d_]*(?:\s+[^\W\d_]+)*")  # the words that follow, up to a punctuation mark or digit


def _offices_after_unknown_names(units: list[_Unit], norm: str, m: _Matcher) -> list[_Unit]:
    """``units`` with a person no table knows and the office written right after the name made one mention, coded by
    the body the office names: فلان بن علي الفلاني مدير عام فرع الهيئة العامة للسياحة، الدكتور فلان -نائب رئيس جمعية
    الكشافة العربية السعودية. The person's mention codes no agent of its own (CVL or none, a name read by another
    reader than :func:`_names_before_offices`); an office head (:data:`person_office`, not joined by و) follows after
    a space, a comma or a dash, and within a few words of the same clause the first mention of a body or office that
    codes an agent (IGO alone too) or is a named body with no agent (a university): the person takes that body's
    country (his own where it names none) and its agent, as a name read with its office takes them. A person of the
    tables, a body no mention codes, or a former holder (word list former_word in the office or after it in the
    same clause: عضو مجلس الشورى سابقا; not an acting one, word list acting_word) is left as it was.

    >>> from q7x2lib.actors import _actor_matcher, _bundled_actors, _default_tables
    >>> from q7x2lib.arabic import NormalizedText
    >>> m = _actor_matcher(_bundled_actors(), _default_tables())
    >>> text = NormalizedText("وقال الدكتور سالم الفلاني مدير عام فرع الهيئة العامة للسياحة والتراث الوطني ان الزوار كثر").norm
    >>> [(text[u.a:u.b], u.country + u.agent) for u in _doc_mentions(NormalizedText(text), m, None)]
    [('الدكتور سالم الفلاني مدير عام فرع الهيئة العامة للسياحة والتراث الوطني', 'SAUGOV')]
    """
    out = list(units)
    acting = word_set("acting_word")
    for v in units:
        if v.kind != "name" or not v.unknown or v.actor_id or v.ambiguous or v.agent not in ("", "CVL") or v not in out:
            continue
        gap = _NAME_OFFICE_GAP.match(norm, v.b)
        h = _WORDS.match(norm, gap.end()) if gap.end() > v.b else None
        if h is None or _office_proclitics(h[0], m.person_offices) not in (("", h[0]), ("", h[0][2:])):
            continue  # (ومدير: another person's office, or a second one of his)
        body = None
        for u in out:
            if u.a < h.start() or u is v:
                continue
            between = norm[h.end() : u.a] if u.a > h.end() else ""
            gap_words = _WORDS.findall(between)
            if not (u.a == h.start() or (len(gap_words) < _OFFICE_GAP_WORDS and not re.search(r"[^\w\s]", between)
                                         and not any(g in word_set("office_gap_stop") or g in m.name_enders
                                                     for g in gap_words))):
                break
            if u.actor_id in m.people or u.kind == "name" and u.unknown:
                break  # another person: the office is not this one's
            if u.ambiguous or u.stateless or u.kind not in {"role", "agent", "institution", "name"} \
                    or u.kind == "name" and u.actor_id not in m.org_codes:
                continue
            if not (u.agent or u.country == "IGO" or u.actor_id in m.agentless_bodies):
                continue
            body = u
            break
        if body is None:
            continue
        # the office's words and those after the body up to a punctuation mark (its closing dash), a few at most
        clause = _CLAUSE_REST.match(norm, body.b)
        words = _WORDS.findall(norm, h.start(), body.b) + _WORDS.findall(clause[0])[:_OFFICE_GAP_WORDS]
        if any(_former_word(w) and w not in acting for w in words):
            continue  # عضو مجلس الشورى سابقا، مدير الإدارة بكتابة العدل الثانية الأسبق: a former holder, not the body's man now
        joined = v._replace(b=body.b, country=body.country or v.country, agent=body.agent,
                            name_end=v.name_end if v.name_end >= 0 else v.b,
                            body_id=v.body_id or body.actor_id or body.body_id)
        out = [joined if u is v else u for u in out if not (v.b <= u.a and u.b <= body.b)]
    return out


def _own_office_before_office(units: list[_Unit], norm: str) -> list[_Unit]:
    """``units`` with an office the tables resolve to a person joined to the mention of that same person written
    right after it, one space between: a mention that opens with another of his offices (أمين العاصمة المقدسة |
    رئيس اللجنة المحلية للانتخابات د. فلان), one person and one mention, as the guideline writes a run of offices
    before a name.

    >>> u = _Unit("x", "role", 0, 5, "", "SAU", "GOV")
    >>> v = _Unit("x", "name", 6, 20, "", "SAU", "")
    >>> [(w.a, w.b, w.kind, w.agent) for w in _own_office_before_office([u, v], "a" * 5 + " " + "b" * 14)]
    [(0, 20, 'name', 'GOV')]
    >>> len(_own_office_before_office([u, v._replace(actor_id="y")], "a" * 5 + " " + "b" * 14))
    2
    """
    out: list[_Unit] = []
    for v in units:
        u = out[-1] if out else None
        if (u is not None and u.kind == "role" and u.actor_id and v.kind == "name" and v.actor_id == u.actor_id
                and not v.pre and norm[u.b : v.a] == " "):
            out[-1] = v._replace(a=u.a, pre=u.pre, country=u.country or v.country, agent=u.agent or v.agent)
            continue
        out.append(v)
    return out


def _office_head(norm: str, start: int, m: _Matcher) -> str:
    """The office noun (:attr:`person_offices`) right before ``start`` without its proclitics (ولمدير → مدير), else ""."""
    word = _word_before_in(norm, start, m.person_offices)
    return "" if word is None else _PLACE_CLITIC.sub("", word[1], count=1) if word[1] not in m.person_offices else word[1]


_REGION_NOUN = "المنطقة"
_EMIRATE_NOUN = "الامارة"  # وكيل الإمارة: the governorate of the region, إمارة منطقة الباحة
_REGION_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)(?=(?:[ \t]+([^\W\d_]+))?)")  # a word and the next, looked at
# ولأمير المنطقة صاحب السمو الملكي الأمير فيصل بن خالد: the name written after the office decides, not the region
_REGION_NAME_AFTER = re.compile(r"[ \t]*[,،]?[ \t]*(?:صاحب[ \t]+السمو(?:[ \t]+الملكي)?[ \t]+|سمو[ \t]+)?الامير(?![^\W\d_])")
_REGION_NAMED = re.compile(r"(?<![^\W\d_])[وف]?[بل]?(ال)?منطقة[ \t]+([^\W\d_]+)(?=(?:[ \t]+([^\W\d_]+))?)")  # the second word looked at, not taken


def _region_back_references(units: list[_Unit], norm: str, m: _Matcher, date) -> list[_Unit]:
    """An office of "the region" (أمير المنطقة) is the holder of that office of the one region the article names.

    The region is named with its noun (أمير منطقة جازان، بمنطقة المدينة المنورة، المنطقة الشرقية) anywhere in the
    article, or, where no region is, by its own name (بالمدينة المنورة، صيف الباحة); the office phrase written with it (أمير منطقة جازان) must resolve to an office with a holder on the
    article's date. Two such regions, or none, leave the mention as it was (a Saudi governor, no person), as does
    a prince's name written right after the office (ولأمير المنطقة صاحب السمو الملكي الأمير فيصل بن خالد: the
    region named may be another, where a soldier fell) or a subordinate office before it (نائب أمير المنطقة).

    Examples:
        >>> from q7x2lib.actors import _actor_matcher, _bundled_actors
        >>> m = _actor_matcher(_bundled_actors(), None)
        >>> norm = "زار امير منطقة جازان المستشفى. واكد سمو امير المنطقة ان"
        >>> a = norm.index("امير المنطقة")
        >>> u = _Unit(None, "agent", a, a + len("امير المنطقة"), "", "SAU", "GOV")
        >>> _region_back_references([u], norm, m, pd.Timestamp("2015-08-01"))[0].actor_id
        'mohammed_bin_nasser'
    """
    backs = [u for u in units if u.kind == "agent" and not u.actor_id and not u.office
             and _bare_phrase(u, norm) in m.region_back_offices and not _REGION_NAME_AFTER.match(norm, u.b)
             and not _subordinate(norm, u.a, u.pre, m)  # نائب أمير المنطقة: the deputy, no holder of the office
             and not _office_of_a_field(norm, u.b, m)]  # وكيل الإمارة للشؤون الأمنية، وكيل الإمارة المساعد: another
    if not backs or date is None:
        return units
    regions: dict[str, set[tuple[str, str]]] = {}  # phrase → (office, country) of each region named

    def held(phrase: str, noun: str, words: list[str]) -> tuple[str, str, str] | None:
        for n in range(len(words), 0, -1):
            region = " ".join([noun, *words[:n]])
            found = _office_held(m, phrase.replace(_REGION_NOUN, region) if _REGION_NOUN in phrase
                                 else phrase.replace(_EMIRATE_NOUN, f"امارة {region}"), date)
            if found is not None:
                entry, person = found
                return entry.office, entry.country, person
        return None

    for phrase in {_bare_phrase(u, norm) for u in backs}:
        found = {office for hit in _REGION_NAMED.finditer(norm)
                 if (office := held(phrase, "المنطقة" if hit[1] else "منطقة", [w for w in hit.group(2, 3) if w]))}
        if not found:
            # no region written with its noun: the region's own name (بالمدينة المنورة، صيف الباحة، في جازان)
            for hit in _REGION_WORD.finditer(norm):
                words = [w for w in hit.group(1, 2) if w]
                bare = _BODY_CLITIC.sub("", words[0], count=1)
                for first in dict.fromkeys((words[0], bare)):
                    if first != _REGION_NOUN and (office := held(phrase, "منطقة", [first, *words[1:]])):
                        found.add(office)
                        break
        regions[phrase] = found
    out = []
    for u in units:
        found = regions.get(_bare_phrase(u, norm)) if u in backs else None
        if found and len(found) == 1:
            office, country, person = next(iter(found))
            u = u._replace(actor_id=person, kind="role", office=office, country=country)
        out.append(u)
    return out


def _office_of_a_field(norm: str, b: int, m: _Matcher) -> bool:
    """Whether the office phrase ending at ``b`` goes on with the field it serves (وكيل الإمارة للشؤون الأمنية: a
    definite word with ل, not إطلاق أمير المنطقة لمشروع, the verbal noun's object) or a subordinate's adjective (وكيل
    الإمارة المساعد: word list subordinate_noun with the article): another office than the phrase's alone.

    >>> from types import SimpleNamespace as M
    >>> m = M(subordinate_nouns=frozenset({"مساعد"}))
    >>> [_office_of_a_field(t, len("وكيل الامارة"), m) for t in ("وكيل الامارة للشؤون", "وكيل الامارة المساعد",
    ...                                                          "وكيل الامارة توجيهات", "وكيل الامارة لمشروع")]
    [True, True, False, False]
    """
    nxt = _NEXT_WORD.match(norm, b)
    return nxt is not None and (nxt[1].startswith("لل") or nxt[1].removeprefix("ال") in m.subordinate_nouns)


def _body_back_references(units: list[_Unit], norm: str, m: _Matcher, date) -> list[_Unit]:
    """An office written by its head words alone (سمو الرئيس العام) is the holder of the one office of the tables
    with those words and a body (الرئيس العام لرعاية الشباب) whose body the article names (رعاية الشباب).

    Not where the words go on with ل (الرئيس العام لهيئة ...: a phrase of its own) or after a subordinate noun
    (نائب الرئيس العام); two such bodies named, or none with a holder on the article's date, change nothing.

    Examples:
        >>> from q7x2lib.actors import _actor_matcher, _bundled_actors
        >>> m = _actor_matcher(_bundled_actors(), None)
        >>> norm = "زار مقر رعاية الشباب. واطلع الرئيس العام على البرامج"
        >>> [u.actor_id for u in _body_back_references([], norm, m, pd.Timestamp("2015-08-01"))]
        ['abdullah_bin_musaed']
    """
    if date is None:
        return units
    out = list(units)
    for head, offices in m.body_back_offices.items():
        if head not in norm:
            continue
        held = set()
        for key, body in offices:
            if body in norm and (found := _office_held(m, key, date)) is not None:
                entry, person = found
                held.add((entry.office, entry.country, entry.agent, person))
        if len(held) != 1:
            continue
        office, country, agent, person = next(iter(held))
        for hit in re.finditer(rf"(?<![^\W\d_])([وف]?(?:[بك]?ال|لل)){re.escape(head.removeprefix('ال'))}(?![^\W\d_])", norm):
            nxt = _NEXT_WORD.match(norm, hit.end())
            if nxt and nxt[1].startswith("ل") or _subordinate(norm, hit.start(), "", m):
                continue  # الرئيس العام لهيئة الأمر بالمعروف: a phrase of its own; نائب الرئيس العام: the deputy
            over = [u for u in out if u.a < hit.end() and hit.start() < u.b]
            if any(u.actor_id or u.a < hit.start() or u.b > hit.end() for u in over):
                continue
            out = [u for u in out if u not in over]
            out.append(_Unit(person, "role", hit.start(), hit.end(),
                             _ARTICLE_END.sub("", hit[1]), country, agent, office=office))
    return sorted(out, key=lambda u: u.a)


_QUOTE_MARKS = "\"«»“”'"  # stripped from a word read before a noun ("مهارات القيادة")


@lru_cache(maxsize=4)
def _leadership_pattern(nouns: frozenset[str]) -> re.Pattern:
    """A noun of ``nouns`` (القيادة) with the article, its proclitics before it (group 1), as a whole word."""
    bare = sorted(n.removeprefix("ال") for n in nouns)
    return re.compile(rf"(?<![^\W\d_])([وف]?(?:[بك]?ال|لل))(?:{trie_regex(bare)})(?![^\W\d_])") if bare else re.compile(r"(?!)")


def _bare_leadership(units: list[_Unit], norm: str, outlet_home: str = "") -> list[_Unit]:
    """``units`` with a mention of the state's rulers for each bare ``leadership_noun`` (القيادة) no phrase holds.

    تعازي القيادة، توجيهات القيادة، بين القيادة والشعب: the Gulf press's word
    for its own state's rulers, GOV, of the outlet's state (``outlet_home``;
    القيادة تهنئ رئيس ... is not the one congratulated), else of the article's
    own (as :func:`_context_country` gives an office with none: القيادة الرشيدة).
    A state's adjective after it makes it that state's (القيادة المصرية:
    :func:`_bodies_of_adjective`), and so does a word of praise leave it the
    rulers (القيادة الحكيمة). Not where a word of ``leadership_not_before``,
    ل or في follows (القيادة العامة، القيادة المركزية: a command of its own, the
    tables' if any; القيادة في: leading), nor after a word of
    ``leadership_not_after`` (ذاتية القيادة، قمرة القيادة، رخصة القيادة: driving,
    the cockpit; مركز القيادة والتحكم).

    >>> [(u.a, u.b, u.agent) for u in _bare_leadership([], "ونقل تعازي القيادة لأسرة الفقيد، وفي قمرة القيادة")]
    [(11, 18, 'GOV')]
    """
    out = list(units)
    after, not_before = word_set("leadership_not_after"), word_set("leadership_not_before")
    for hit in _leadership_pattern(word_set("leadership_noun")).finditer(norm):
        nxt = _NEXT_WORD.match(norm, hit.end())
        if nxt is not None and (nxt[1] in not_before or nxt[1].startswith("لل") or nxt[1] == "في"):
            continue  # القيادة العامة للقوات المسلحة، القيادة في المنطقة: a command of its own, or the act of leading
        before = _WORD_BEFORE.search(norm, max(0, hit.start() - 20), hit.start())
        word = before[1].strip(_QUOTE_MARKS) if before is not None else ""
        if word in after or _PLACE_CLITIC.sub("", word, count=1) in after or _after_tags(norm, hit.start()):
            continue  # (a line of tags after the text too: سمات أسر الشهداء القيادة)
        if any(u.a < hit.end() and hit.start() < u.b for u in out):
            continue
        out.append(_Unit(None, "agent", hit.start(), hit.end(), _ARTICLE_END.sub("", hit[1]), outlet_home, "GOV"))
    return sorted(out, key=lambda u: u.a)


_DEPUTY_PRONOUN = re.compile(r"[ \t]*[,،]?[ \t]*(و(?:ل?سمو[ \t]+)?)([^\W\d_]+)(?![^\W\d_])")


def _deputies_by_pronoun(units: list[_Unit], norm: str, m: _Matcher, date) -> list[_Unit]:
    """A deputy with a pronoun joined to an office (خادم الحرمين ونائبه، ولسمو نائبه) is that office's deputy.

    نائب and the office's own phrase (نائب خادم الحرمين الشريفين), or the words that lead a person's name
    (خادم الحرمين الشريفين الملك سلمان), name an office whose holder on the article's date is the deputy (the
    crown prince); else the deputy is a mention of the office's country and agent, naming nobody.

    Examples:
        >>> from q7x2lib.actors import _actor_matcher, _bundled_actors
        >>> m = _actor_matcher(_bundled_actors(), None)
        >>> norm = "خادم الحرمين ونائبه يهنئان"
        >>> u = _Unit("salman_bin_abdulaziz", "role", 0, len("خادم الحرمين"), "", "SAU", "GOV")
        >>> [(x.actor_id, norm[x.a : x.b]) for x in _deputies_by_pronoun([u], norm, m, pd.Timestamp("2015-08-01"))]
        [('salman_bin_abdulaziz', 'خادم الحرمين'), ('mohammed_bin_nayef', 'ونائبه')]
    """
    if date is None or not m.deputy_pronouns:
        return units
    found = []
    for u in units:
        hit = _DEPUTY_PRONOUN.match(norm, u.b) if u.kind in {"role", "agent"} or u.actor_id in m.people else None
        if hit is None or hit[2] not in m.deputy_pronouns or any(x.a < hit.end() and hit.start(1) < x.b for x in units):
            continue
        if any(x.a >= hit.end() and not norm[hit.end() : x.a].strip(" \t") and not x.pre.startswith("و") for x in units):
            continue  # ونائبه ولي العهد الأمير محمد بن نايف، ونائبه جمال عبدالناصر: the office or name after it decides
        words = _bare_phrase(u, norm).split()
        # خادم الحرمين الشريفين الملك سلمان ونائبه: the office's words lead the name; حكومة خادم الحرمين الشريفين
        # الملك سلمان وسمو نائبه: the king's, after the body's noun
        spans = [(i, n) for i in range(min(2, len(words))) for n in range(len(words), i, -1)]
        for i, n in spans:
            held = _office_held(m, " ".join(["نائب", *words[i:n]]), date)
            if held is not None:
                entry, person = held
                found.append(_Unit(person, "role", hit.start(1), hit.end(), hit[1], entry.country, entry.agent,
                                   office=entry.office))
                break
        else:
            if u.country:  # رئيس النادي ونائبه: a deputy of that side, whom no table names
                found.append(_Unit(None, "agent", hit.start(1), hit.end(), hit[1], u.country, u.agent))
    return sorted(units + found, key=lambda x: x.a) if found else units


def _without_possessed_things(units: list[_Unit], norm: str, m: _Matcher) -> list[_Unit]:
    """``units`` without a bare back-reference noun (الشركة، المركز، الوزارة; word list ``possessed_thing_body``)
    right after a noun for a thing or an attribute of it (مقر المركز، موقع الشركة; word list ``possessed_thing``):
    a possessive of a thing, no mention (mentions guideline 9.3). Acts (جهود، دعم الوزارة) stay.

    Examples:
        >>> m = _Matcher.__new__(_Matcher)
        >>> m.possessed_things, m.possessed_thing_bodies = frozenset({"مقر"}), frozenset({"المركز"})
        >>> norm = "زار الوفد مقر المركز والتقى المركز"
        >>> us = [_Unit(None, "agent", 14, 20, "", "SAU", "GOV"), _Unit(None, "agent", 28, 34, "", "SAU", "GOV")]
        >>> [norm[u.a : u.b] for u in _without_possessed_things(us, norm, m)]
        ['المركز']
    """
    if not m.possessed_things:
        return units
    out = []
    for u in units:
        word = norm[u.a : u.b]
        bare = word if word in m.possessed_thing_bodies else _PLACE_CLITIC.sub("", word, count=1)
        if bare in m.possessed_thing_bodies and not u.actor_id and _word_before_in(norm, u.a, m.possessed_things) is not None:
            continue  # مقر المركز، بمقر الشركة: the body's place or thing, not the body
        out.append(u)
    return out


def _office_held(m: _Matcher, phrase: str, date) -> tuple | None:
    """``(entry, person)`` where ``phrase`` resolves to an office with a holder on ``date``, else None."""
    entry = m.resolve(phrase, date)
    person = m.holder(entry.country, entry.office, date) if entry is not None and entry.office else None
    return (entry, person) if person else None


def _ends_bare_office(norm: str, end: int, m: _Matcher) -> bool:
    """Whether the office noun ending at ``end`` stands alone: punctuation (not a bracket), a function word,
    a reporting verb or a conjunct (ونجله) follows it, not a name or a qualifier."""
    after = _NEXT_WORD.match(norm, end)
    if after is None:
        rest = norm[end : end + 3].lstrip(" ")
        return not rest.startswith("(")
    if after[1] in m.speaker_titles or after[1] in word_set("relative_pronoun"):
        return False  # معالي الوزير السفير فلان: a title and a name follow; الرئيس الذي: described, not referred back
    return after[1] in m.not_name or after[1].startswith("و")


def _holds_office(u: _Unit, noun: str, norm: str, m: _Matcher, date) -> bool:
    """Whether the person of ``u`` is named with ``noun`` (وزير الخارجية، الرئيس الأمريكي) in ``u`` or holds an
    office of its kind on ``date`` (a king is no president)."""
    endings, indefinite = OFFICE_BACK_REFERENCES[noun]
    words = norm[u.a : u.b].split()[:3]
    for i, word in enumerate(words):  # وزير الخارجية ...، معالي وزير ...; not مساعد وزير الدفاع
        bare = re.sub(r"^[وف]?(?:[بك]?ال|لل)", "", word)
        if bare == noun and (bare != word or (indefinite and re.sub(r"^[وف]?[بل]?", "", word) == noun)):
            return i == 0 or words[i - 1] not in m.subordinate_nouns
    held = m.office_on(u.actor_id, date)
    if held is None or (held[1] == "head_of_state" and (held[0], "monarch") in m.offices):
        return False
    return held[1].endswith(endings)


def _appositions(units: list[_Unit], norm: str, people: frozenset[str] = frozenset(),
                 titles: frozenset[str] = frozenset(), holds=None, own_title=None,
                 named: frozenset[str] = frozenset(), bodies: frozenset[str] = frozenset(),
                 state_story: frozenset[str] = frozenset(),
                 given_names: frozenset[str] = frozenset(),
                 offices: frozenset[str] = frozenset(),
                 written: tuple[str, ...] = ()) -> tuple[list[_Unit], list[_Unit]]:
    """A role (or title) and the name written beside it are one mention, and the name decides who.

    ``titles`` are the personal titles that may stand between an office and
    the name of a person of the tables (وزير الثقافة والإعلام الدكتور فلان).
    ``holds(office_unit, actor_id)`` tells whether that person held, on the
    article's date, the office the unit names: a family name several people
    or words share (الأسد، روحاني) is then the holder (الرئيس الأسد).
    ``own_title(unit)`` gives, for a doubtful name that begins the names of
    several states (المملكة) and is the outlet's own state, the other states
    it may stand for: with none of them coded in the article, it is taken.
    ``named``: the people another field of the article (its body) names; ``bodies``: the named bodies with
    no agent (universities; see :func:`_states_counted`). ``state_story``: the bare family names of people
    (الأسد) that are also common words, taken in any story that codes the person's state, not only in a story
    of that state (the other such names, رئيسي، بري، المعلم, only there), unless a given name of ``given_names``
    is written right before it (سليمان الأسد: another of the family). ``offices``: the head words of an office held
    by one person (word list person_office: المتحدث باسم المقاومة في شبوة، فلان is the spokesman named).
    ``written``: states no mention carries that say whose story it is (a Saudi cup: :func:`_take_called_after`).
    """
    merged, groups, doubtful, i = [], [], [], 0
    units = list(units)  # a name joined to the office before it takes the name's place, for the offices after it
    title_gap = _title_gap(titles) if titles else None
    named = set(named)  # actors already named without doubt: a bare family name (هادي) may then follow
    # the same, in the order this field names them; the people of another field come first, in a fixed order
    # (that field's own order is not passed in)
    order = sorted(named)
    while i < len(units):
        if merged and merged[-1].actor_id:
            named.add(merged[-1].actor_id)
            if order[-1:] != [merged[-1].actor_id]:
                order.append(merged[-1].actor_id)
        u = _namesake(units[i], order)
        nxt = _namesake(units[i + 1], order) if i + 1 < len(units) else None
        placed_apart = nxt is not None and _placed_body_then_comma(norm, u, nxt, offices)  # a comma after a body's place
        joined = nxt is not None and not nxt.pre and _apposition(norm, u.b, nxt.a) and not placed_apart
        if joined and nxt.ambiguous and not (u.country and u.country == nxt.country):
            joined = False  # a bare family name (جولي، بان = بأن) joins only an office of the same country
            holder = next((c for c in (nxt.actor_id, *(alt[0] for alt in nxt.alternatives))
                           if c in people and u.kind in {"role", "agent"} and u.actor_id in (None, c)
                           and holds is not None and holds(u, c)), None)
            if holder is not None:
                # الرئيس الأسد، الرئيس روحاني: an office, then the family name of its holder on the article's date
                alt = {a[0]: a for a in nxt.alternatives}.get(holder)
                country, agent = (alt[1], alt[2]) if alt else (nxt.country, nxt.agent)
                merged.append(nxt._replace(actor_id=holder, kind="name", a=u.a, pre=u.pre, country=u.country or country,
                                           agent=u.agent or agent, ambiguous=False, alternatives=()))
                i += 2
                continue
        if u.kind in {"role", "title", "agent"} and (j := _offices_before_name(units, i, norm)):
            # ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية الأمير محمد بن نايف: offices, then the name
            name = units[j]
            merged.append(name._replace(kind="name", a=u.a, pre=u.pre, country=name.country or u.country,
                                        agent=name.agent or u.agent, ambiguous=False))
            i = j + 1
            continue
        bracketed = nxt is not None and not nxt.pre and nxt.actor_id in people and _BRACKET_GAP.fullmatch(norm, u.b, nxt.a)
        if (title_gap is not None and nxt is not None and not joined and not placed_apart and not nxt.pre and nxt.kind == "name"
                and nxt.actor_id in people and u.kind in {"role", "agent"} and not u.unknown
                and not (u.pre == "ب" and norm[u.a : u.b] == "برئاسة")
                and u.actor_id in (None, nxt.actor_id) and (not nxt.ambiguous or u.country == nxt.country)
                and u.country in ("", nxt.country, "IGO") and title_gap.fullmatch(norm, u.b, nxt.a)):
            # وزير الثقافة والإعلام الدكتور فلان الفلاني: one office, a personal title, a person of the tables,
            # of the state the tables give that person, in the capacity the office says (وزير الداخلية: COP);
            # an office whose holder on the date is someone else (ولي ولي العهد الدكتور فلان: the crown
            # prince's guest) and a run of offices are left as they are, and so is برئاسة (برئاسة صاحب السمو الملكي
            # الأمير فلان: chaired by him, no office of his); the offices written after the name
            # still describe it (مستشار خادم الحرمين الشريفين صاحب السمو الملكي الأمير فلان أمير منطقة مكة المكرمة)
            units[i + 1] = nxt._replace(kind="name", a=u.a, pre=u.pre, country=nxt.country or u.country,
                                        agent=u.agent or nxt.agent, ambiguous=False)
            i += 1
            continue
        if joined and nxt.unknown and nxt.kind == "name" and u.actor_id in bodies and u.kind == "name":
            # مدير جامعة الملك خالد، الدكتور فلان: a titled person unknown to the tables, written right after the
            # university, is its officer: one mention, of the university's state (no agent), as the university
            # named after a king was before the universities had rows of their own
            merged.append(nxt._replace(a=u.a, pre=u.pre, country=u.country or nxt.country, agent=nxt.agent))
            i += 2
            continue
        if (joined and (nxt.actor_id or nxt.unknown) or bracketed) and u.kind in {"role", "title", "agent"} and nxt.kind == "name":
            # the name decides who; the office says in what capacity (بان كي مون as IGO, not KOR); a deputy's noun
            # in construct with the office after it (نائب | رئيس شركة ... فلان) takes that office's body's code
            deputy = _deputy_of_next(norm, u, nxt)
            merged.append(nxt._replace(kind="name", a=u.a, pre=u.pre, country=nxt.country or u.country if deputy
                                       else u.country or nxt.country,
                                       agent=nxt.agent if deputy else u.agent or nxt.agent, ambiguous=False))
            i += 2
            continue
        if (u.kind == "name" and (u.agent and u.actor_id or u.unknown or u.actor_id in people)
                and not _addressed_outlet(u) and (j := _role_chain(units, i, norm)) > i + 1):
            # جون كيري وزير الخارجية الأمريكي; الأمير محمد بن سلمان، ولي ولي العهد النائب الثاني لرئيس مجلس
            # الوزراء وزير الدفاع: the offices after a name describe that person, one mention; so for a person
            # whose row has no agent (an official of the UN, coded IGO alone: فلان الأمين العام للأمم المتحدة)
            offices = units[i + 1 : j]  # an unknown person is coded by the offices written after the name
            country = u.country or next((o.country for o in offices if o.country), "") if u.unknown else u.country
            # (a deputy's noun before the office it serves, محمد عثمان نائب | رئيس غرفة ...: that office decides)
            agent = next((o.agent for k, o in enumerate(offices) if o.agent
                          and not (k + 1 < len(offices) and _deputy_of_next(norm, o, offices[k + 1]))),
                         u.agent) if u.unknown else u.agent
            # (an unknown person's name still ends where it did: its family name is read again later, not the office's
            # last word: المهندس فلان علاف، رئيس ... then علاف)
            merged.append(u._replace(b=units[j - 1].b, ambiguous=False, country=country, agent=agent,
                                     name_end=u.name_end if u.name_end >= 0 or not u.unknown else u.b))
            i = j
            continue
        if u.kind == "group":
            groups.append(u)
        elif u.kind in {"name", "role", "agent"} and (not u.ambiguous or u.actor_id in named):
            merged.append(u)
        elif u.alternatives and (known := [alt for alt in u.alternatives if alt[0] in named]):
            merged.append(u._replace(actor_id=known[0][0], country=known[0][1], agent=known[0][2], ambiguous=False))
        elif u.kind == "name" and u.ambiguous and u.country and not u.alternatives:
            doubtful.append(u)
        elif (u.kind == "name" and u.ambiguous and u.agent == "MIL" and not u.country
              and (" " in norm[u.a : u.b].strip() or not _WITH_AFTER.match(norm, u.b))):
            # قوات التحالف، طائرات التحالف with no coalition named in the article: a force of several states
            # that the phrase does not name, MIL with no country and no actor (not the article's state); so is
            # the bare التحالف (غارات التحالف، بإسناد من التحالف), not التحالف مع (an alliance with someone)
            merged.append(u._replace(actor_id=None, kind="agent", ambiguous=False, stateless=True))
        i += 1
    # a name that may be a common word (الأسد، المملكة، الجيش الوطني) is taken where its state is the one the
    # article codes most (a Syria story for الأسد, a Saudi one for المملكة); not an outlet's name that is also
    # a common phrase (العربية، الشرق الأوسط): those only between quotation marks; a company's name that is also
    # its product (طائرة بوينغ، صفحته على «فيسبوك») never alone: only after شركة (see _named_companies), where
    # the article named the company so before, or where a bare الشركة follows it (written without a proclitic or
    # quoted: «مايكروسوفت» ... قالت الشركة; not وابل, a downpour), الشركة then referring back to it (_brand_anaphors)
    # (a person's name, رئيسي or بري, only in a story of that person's own state; الأسد in any story naming Syria)
    states = {u.country for u in merged if u.country and u.country != "IGO"} | set(written)
    home = leading_country(_states_counted(merged, bodies=bodies) + list(written))  # as _home_state, with them
    confirmed = [u._replace(ambiguous=False) for u in doubtful
                 if u.agent == "BUS" and (not u.pre or _quoted(norm, u)) and _BARE_COMPANY.search(norm, u.b)
                 or u.agent != "BUS" and (_quoted(norm, u) if u.agent == "MED"
                     else u.country == home or u.country in states and _bare_phrase(u, norm) in state_story
                     and not _given_name_before(norm, u, given_names)
                     if u.actor_id in people else u.country in states or (rivals := own_title and own_title(u)) and not rivals & states)]
    if confirmed:
        merged = sorted(merged + confirmed, key=lambda u: u.a)
    return merged, groups


def _state_named_plainly(hits: list[tuple], country: str) -> bool:
    """Whether a hit of the tables that is not ambiguous names ``country`` (باماكو، جمهورية مالي for Mali)."""
    return any(h[0].country == country and not h[0].ambiguous and h[0].kind != "agent" for h in hits)


def _deputy_of_next(norm: str, u: _Unit, nxt: _Unit) -> bool:
    """Whether ``u`` is a bare subordinate's noun (word list ``subordinate_noun``: نائب، مساعد، وكيل) without the
    article, in construct with the office ``nxt`` that opens one space after it: نائب | رئيس شركة سالك فلان is the
    deputy head of a company, coded as the company's officer, not the member of parliament the table's نائب is.

    >>> u, nxt = _Unit(None, "agent", 0, 4, "", "", "LEG"), _Unit(None, "name", 5, 20, "", "", "BUS")
    >>> _deputy_of_next("نائب رئيس شركة سالك", u, nxt), _deputy_of_next("النائب خالد", u._replace(b=6), nxt._replace(a=7))
    (True, False)
    """
    word = norm[u.a : u.b]
    return u.pre in ("", "و") and " " not in word and word in word_set("subordinate_noun") and norm[u.b : nxt.a] == " "


def _home_namesakes(hits: list[tuple], norm: str, m: _Matcher, home: str, local: bool = False) -> list[tuple]:
    """Without the hits of a foreign place whose name is also a town of the outlet's own state (العيون: Laayoune,
    and a town of Al-Ahsa and of Madinah; places rows noted "ambiguous") in a text that names another town or
    region of that state (بلدية العيون ... بمنطقة المدينة المنورة) and names the foreign state by no other
    phrase (الصحراء الغربية; an ambiguous adjective, صحراوي, does not count); ``local``: another field of the
    article (its body, for a headline) names such a town or region: the local town, no foreign government; else the hits as they were."""
    doubtful = [h for h in hits if h[0].place and h[0].country != home and home in m.home_namesakes.get(h[4], ())]
    if not doubtful or not local and ((pattern := m.home_places.get(home)) is None or not pattern.search(norm)):
        return hits
    named = {h[0].country for h in hits if h[4] not in m.home_namesakes
             and not (h[0].ambiguous and h[0].kind == "adjective")}  # not صحراوي, "desert" as often as Sahrawi
    return [h for h in hits if not any(h is d for d in doubtful) or h[0].country in named]


def _namesake(u: _Unit, order: list[str]) -> _Unit:
    """A bare name several people of the tables share (كلينتون): the one of them the article named last before
    it (هيلاري كلينتون ... وقالت كلينتون: Hillary; بيل كلينتون ... كلينتون: Bill); with none named, as it was."""
    if not u.namesakes or u.kind != "name":
        return u
    last = {c: k for k, c in enumerate(order)}
    named = [alt for alt in u.namesakes if alt[0] in last]
    if not named:
        return u
    actor_id, country, agent = max(named, key=lambda alt: last[alt[0]])
    return u._replace(actor_id=actor_id, country=country, agent=agent, ambiguous=False, namesakes=())


def _outlets_own_title(u: _Unit, norm: str, m: _Matcher, outlet_home: str) -> frozenset[str]:
    """For a bare name several states' names begin with (المملكة) that names the outlet's own state: those states.

    A Saudi daily's المملكة is Saudi Arabia unless the article codes another
    kingdom (المملكة المتحدة، الأردن، المغرب); empty for any other name.
    """
    if u.actor_id or not outlet_home or u.country != outlet_home:
        return frozenset()
    return m.name_rivals.get(_bare_phrase(u, norm), frozenset())


def _given_name_before(norm: str, u: _Unit, given_names: frozenset[str]) -> bool:
    """Whether the word right before ``u`` is a given name (سليمان الأسد: a namesake, not the bare family name).

    Examples:
        >>> from types import SimpleNamespace as U
        >>> text = "سيارة سليمان الاسد"
        >>> _given_name_before(text, U(a=text.index("الاسد")), frozenset({"سليمان"}))
        True
        >>> _given_name_before("دعم الاسد", U(a=4), frozenset({"سليمان"}))
        False
    """
    before = norm[max(0, u.a - 40) : u.a].split()
    return bool(before) and before[-1] in given_names


def _namesake_given(words: frozenset[str], m: _Matcher) -> frozenset[str]:
    """The given names that, right before a namesake's family name written again, make it the namesake's: the
    tables' given names but the person's own (``words``), the nouns of kinship that are given names too
    (``kin_noun``: نجل القذافي is Gaddafi's son, Gaddafi named) and the common words that are given names only
    after a title (``given_name_after_title``: المتحدث باسم براون, the spokesman in Brown's name)."""
    return m.given_names - words - word_set("kin_noun") - m.given_after_title


def _bare_phrase(u: _Unit, norm: str) -> str:
    """A mention's normalised words without its proclitic, its article kept (للمملكة → المملكة، والرئيس → الرئيس)."""
    return ("ال" if u.pre.endswith("لل") else "") + norm[u.a + len(u.pre) : u.b]


def _holds_office_named(u: _Unit, person: str, norm: str, m: _Matcher, date) -> bool:
    """Whether ``person`` held on ``date`` an office that the phrase of ``u`` names (الرئيس: head_of_state)."""
    if date is None:
        return False
    offices = {e.office for e in m.entries.get(" ".join(_bare_phrase(u, norm).split()), ()) if e.kind == "agent" and e.office}
    return any(office in offices and start <= date and (pd.isna(end) or date < end)
               for _, office, start, end in m.held_offices.get(person, ()))


@lru_cache(maxsize=8)
def _title_gap(titles: frozenset[str]) -> re.Pattern:
    """The gap between an office and a name that holds one or two personal titles (، الدكتور / الأستاذ الدكتور),
    a title being a word or an honorific of several words (صاحب السمو الملكي)."""
    words = sorted(t for t in titles if re.fullmatch(rf"[^\W\d_]+(?: [^\W\d_]+)*|{_ABBREVIATION}", t))
    return re.compile(rf"\s*[,،]?\s*(?:(?:{trie_regex(words)})\s+){{1,2}}")


@lru_cache(maxsize=8)
def _title_words(titles: frozenset[str]) -> re.Pattern:
    """:data:`_TITLE_WORD` that finds only the words that are ``titles`` (and the two-word ones, رجل الأعمال): sre
    skips the others, no Python step each."""
    words = sorted(t for t in titles if re.fullmatch(rf"[^\W\d_]+(?: [^\W\d_]+)?|{_ABBREVIATION}", t))
    return re.compile(rf"(?<!\S)([وف]?[لب]?)({trie_regex(words)})(?=\s|/)")


def _titled_names(units: list[_Unit], hit_ends: dict[int, int], norm: str, m: _Matcher) -> list[_Unit]:
    """``units`` with a mention for each title + personal name no table knows (الدكتور فلان الفلاني، اللواء فلان).

    The name runs over the words after the title (further titles and rank
    words included) up to punctuation, a word that is no name (a particle,
    a reporting verb, a title of office), a word another phrase starts at, or
    a family name with the article (الفلاني) that no بن or آل continues; at
    most four names. After a rank that is also a common noun (الفريق، اللواء)
    the first name has no article; a rank before a word that is no name
    (:func:`_no_name_after_rank`: العميد تعازيه) is a ``role`` mention alone,
    coded by the rank; الفريق, the team as often as the general, before a
    word that is no given name outside a military story is such a mention
    with no agent (:func:`_team_not_rank`: الفريق مستوى جيدا), and no mention
    after a preposition (بالفريق). The mention names nobody: its agent is the
    title's (GOV for الأمير and معالي, MIL for a rank), its country the
    offices' written beside it or the article's own state. A person of the
    tables overlapping it wins; an office or doubtful word inside it is dropped.
    An office written right before a full name that opens with a given name
    of the tables (وزير الزراعة المغربي سعيد الفلالي) introduces it as a title
    does, and codes it.
    """
    found, end = [], -1
    gone: set[int] = set()  # a title read as an office and the name after it, naming a place (طريق الأمير فلان)
    written: dict[int, str] = {}  # where a name starts after a state's adjective → that state
    agentless: set[int] = set()  # where the name of a university's officer starts (its office names a university)
    alone: list[_Unit] = []  # a rank no name follows (الفريق قناعته): the rank alone, a role
    for t in _title_words(m.person_title_words).finditer(norm):
        pre, title = t[1], t[2]
        if " " not in title and ((w := _TITLE_WORD.match(norm, t.start())) is None or t.group(1, 2) != w.group(1, 2)):
            continue  # _TITLE_WORD reads this word another way, as no title (عام 2015 م.: the era)
        if t.start() < end or hit_ends.get(t.start(), 0) > t.end(2) and not (
                title in m.descriptive_titles and hit_ends[t.start()] == _field_adjective_after(norm, t.end(2))):
            # a title inside a longer phrase (سمو ولي العهد، الأمير القطري) is that phrase's; a description and its
            # field (المحلل السياسي, a table phrase) is still the title of a name after it
            continue
        before = _WORD_BEFORE.search(norm, max(0, t.start() - 20), t.start())
        if before and before[1] in ("ال", _ABD):  # آل الشيخ، عبد الرقيب: a name, not a title
            continue
        descriptive = title in m.descriptive_titles
        if descriptive and not pre and _after_definite_noun(norm, t.start()):
            continue  # المؤتمر الصحفي، المصادر الصحافية: an adjective of the noun before it
        at = t.end(2)
        if descriptive:
            at = _field_adjective_after(norm, at)  # المحلل السياسي فلان، الأخصائية الاجتماعية فلانة
        if descriptive and (state := _state_adjective_after(norm, at, hit_ends, m)) is not None:
            at, written[state[0]] = state  # رجل الأعمال الكندي فلان، اللاعبة الألمانية فلانة: the name after the state
            at = _field_adjective_after(norm, at)  # الفنان السعودي القدير فلان
        if descriptive and at > t.end(2) and (w := _NEXT_WORD.match(norm, at)) is not None and w[1] in m.ranks:
            continue  # الخبير الأمني اللواء فلان: the officer, named by his rank (read as the rank's)
        taken = _name_after(norm, at, units, hit_ends, m, rank=title in m.ranks, office_ends=True, titled=True)
        if not taken:
            continue
        if descriptive and sum(word not in m.name_links for _, word, _ in taken) < 2:
            continue  # السيناتور دعوته، الطفل الدوابشة: a description, or a name too short to tell from one
        if _clitic_word(taken[0][1], m, descriptive):
            continue  # المريض وغسل اليدين، الشيخ ولم: the sentence going on, no name
        team = title in m.ranks and _team_not_rank(norm, title, taken[0][1], m)
        if team and pre:
            continue  # بالفريق، للفريق: the team after a preposition, no rank and no name
        if team or title in m.ranks and not pre and _no_name_after_rank(taken[0][1], m):
            # العميد تعازيه: the rank alone (an officer named before); الفريق مستوى جيدا، الفريق قناعته: the team,
            # no rank, a mention alone no rank codes
            alone.append(_Unit(None, "role", t.start(), t.end(2), pre, "", "" if team else m.person_titles[title]))
            end = t.end(2)
            continue
        if title in m.given_name_titles and without_conjunction(taken[0][1], m.given_names) not in m.given_names:
            continue  # المريض يعاني، اللاعب فضل الاستمرار: a description before plain text; a name opens with a given name
        taken = _without_clitic_tail(taken, m) if descriptive else taken
        if not taken:
            continue
        b = taken[-1][0]
        a = t.start()
        first = taken[0][0] - len(taken[0][1])
        inside = _free_inside(units, a, b, m.people, first)
        if inside is None:
            continue  # a person of the tables, even by a bare family name (الدكتور الربيعة), is theirs to decide
        if not descriptive and not pre and (body := _named_after_body(norm, a, b, first, units, m)) is not None:
            if body:  # مستشفى الأمير فلان: the body called after him; طريق الأمير فلان: a place, no mention
                found.append(body + (at,))
            else:
                gone.update(id(w) for w in inside)
            end = b
            continue
        agent = m.person_titles[title]
        if title in m.martyr_titles:
            if _martyr_blocked(norm, t.start(), m) or not _martyr_name(taken[0][1], m):
                continue  # والد الشهيد فلان (the father), الملك الشهيد فيصل, الشهيد واقفا: no martyr's name here
            agent = _martyr_agent(norm, m)
        head = None
        if not descriptive and title not in m.ranks and title not in m.martyr_titles and not any(
                u.kind in {"role", "agent"} and u.b <= a and _FEW_WORDS.fullmatch(norm, u.b, a) for u in units):
            # a rank has its own agent, and an office a table knows joins the name below (merged)
            head = _office_head_before(norm, a, m)
        if head is not None:
            # مدير التعليم بالمنطقة الأستاذ فلان، عميدة الكلية الدكتورة فلانة: an office no table knows, then the
            # titled name: one person, coded by the first body named in the office (GOV where none is)
            wider = _free_inside(units, head[0], b, m.people, first)
            if wider is not None and not any(u.a < head[0] < u.b for u in units):
                bodies = sorted((u for u in wider if u.a < a), key=lambda u: u.a)
                # (a bare head or body noun the tables know, رئيس، مجلس, names no body: the words do, as with none)
                bodies = [u for u in bodies if not _bare_head(u, norm)]
                named = _office_body_agent(norm, head[0], a, m) if not bodies else None
                agent = bodies[0].agent if bodies else named if named is not None else agent or NAMED_AFTER_AGENT
                if named == "":
                    agentless.add(at)  # عميدة الكلية الدكتورة فلانة: a university's officer, coded by its state alone
                a, pre, inside = head[0], head[1], wider
        if head is None and title in m.ranks and agent == "MIL" and not pre and _police_office_before(norm, a, m):
            agent = "COP"  # مدير شرطة كذا الرائد فلان، الناطق الأمني بالمنطقة العميد فلان: a police officer
        elif title in m.ranks and agent == "MIL" and _police_story(norm, m):
            agent = "COP"  # العريف فلان in a story of the police, the passports, the border guard: a policeman
        if head is None and title in m.rel_titles and not agent and not _office_apposed(norm, units, a):
            if _rel_kin_before(norm, t.start(), m) or _rel_tribe_near(norm, t.start(), b, m):
                # والد الشهيد الشيخ فلان، وشيخ قبائل فلان بقرى كذا الشيخ فلان: a kinsman or a tribal elder, a civilian
                agent = "CVL"
            elif not _rel_guarded(norm, taken, t.start(), b, m):
                agent = "REL"  # الشيخ فلان الفلاني, no office beside it: a cleric, as the V-AD decisions code him
        found.append((a, b, pre, agent, inside, at))
        end = b
    for u in units:
        # وزير الزراعة المغربي سعيد الفلالي، النائب محمد الفلاني: an office, then a full name (two words or more,
        # the first a given name of the tables) that no table knows: a person, coded by the office (merged below)
        if u.kind not in {"role", "agent"} or u.actor_id or u.ambiguous or u.stateless or not norm[u.b : u.b + 1].isspace():
            continue
        if _bare_phrase(u, norm).split()[0].removeprefix("ال") not in m.person_offices:
            continue  # الاستخبارات الأمريكية، السفارة، رجال الأعمال: an institution or a plural, no one person
        taken = _name_after(norm, u.b, units, hit_ends, m, rank=True)
        if sum(word not in m.name_links for _, word, _ in taken) < 2:
            continue  # ولي العهد استقبل الوفد: a verb and its object, not a name
        if taken[0][1] not in m.given_names and taken[0][1] != _ALI and not _unlisted_full_name(taken, norm, m):
            continue  # a name opens with a given name, or is a full name closed by its family name or a verb of saying
        a, b = _NEXT_WORD.match(norm, u.b).start(1), taken[-1][0]
        inside = _free_inside(units, a, b, m.people, a)
        if inside is None or any(f[0] < b and a < f[1] for f in found):
            continue
        if not u.pre and (body := _named_after_body(norm, u.a, b, a, units, m)) is not None:
            if body:  # (الأمير read as an office: the same)
                found.append(body + (a,))
            else:
                gone.update(id(w) for w in inside + [u])
            continue
        found.append((a, b, "", "", inside, a))
    units = units + [u for u in alone if not any(v.a < u.b and u.a < v.b for v in units)]
    if not found and not gone:
        return sorted(units, key=lambda u: u.a) if alone else units
    out = _names_covering(units, found, [_Unit(None, "name", a, b, pre, written.get(at, ""), agent, unknown=True,
                                               name_at=at, office=AGENTLESS_BODY if at in agentless else "")
                                         for a, b, pre, agent, _, at in found], inside=-2, gone=gone)
    merged: list[_Unit] = []
    for u in out:
        offices = []
        while u.unknown and merged and merged[-1].kind in {"role", "agent"} and not merged[-1].unknown \
                and not _opens_with_martyr_title(norm, u.a, m) \
                and _FEW_WORDS.fullmatch(norm, merged[-1].b, offices[-1].a if offices else u.a):
            # وزير الدولة عضو مجلس الوزراء الدكتور فلان: offices a word or three apart, then the name: one person; not a martyr
            # (نعت القوات المسلحة جنودها وهم الشهيد فلان: the body, then its fallen)
            offices.append(merged.pop())
        if offices:
            country = next((o.country for o in offices if o.country), "")
            agent = next((o.agent for o in offices if o.agent), u.agent)
            if not country and _bare_head(offices[0], norm) and u.a > offices[0].b:
                # رئيس الجمعية المهندس فلان، رئيس مجلس إدارة الشركة الدكتور فلان: a bare head (رئيس، مدير) of a body no
                # table knows, named in the words before the title: the body's agent (NGO, BUS ...), not a state's GOV
                agent = _office_body_agent(norm, offices[0].b, u.a, m) or agent
            u = u._replace(a=offices[-1].a, pre=offices[-1].pre, country=country, agent=agent)
        merged.append(u)
    return merged


def _unlisted_full_name(taken: list[tuple[int, str, bool]], norm: str, m: _Matcher) -> bool:
    """Whether ``taken`` (:func:`_name_after` after an office the tables know) is a full name whose given name
    no table lists (وزير الاستثمار السوداني مدثر عبدالغني إن ...، وزير الخارجية الماليزي حنيفة أمان أن ...).

    Two or three words, no article on the first (الأمن العام: a noun and its adjective), no link (بن: a
    nasab reads its own way), none read as a verb or a noun by its letters (يبحث، سيبقى، خرجت، زيارة
    الوفد: the sentence going on) unless a given name of the tables (a first name in ة may open a family
    name with no article: حنيفة أمان), no clitic on the first (بذكرى، وفد), and
    the name closed by a word of saying (إن، أن، قال) or by punctuation, then only where a family name
    with the article is a nisba in ي (الفلاني; not حفل الافتتاح): not by a family name's article alone
    (المتحدثة باسم خفر السواحل في: a body no table knows).
    """
    words = [word for _, word, _ in taken]
    if not 2 <= len(words) <= 3 or words[0].startswith("ال") or any(w in m.name_links for w in words):
        return False
    if any((w[:1] in "يتنس" or w[-1] in "تةه") and w not in m.given_names or _clitic_word(w, m) for w in words[1:]):
        return False
    if words[0][:1] in "يتنس" or words[0][-1] == "ت" or words[0][-1] in "ةه" and any(w.startswith("ال") for w in words):
        return False  # حنيفة أمان أن: a given name in ة before a family name with no article; not زيارة الوفد
    if words[0][:1] in _CLITICS or any(w.startswith(("بال", "لل", "وال")) for w in words):
        return False
    after = _NEXT_WORD.match(norm, taken[-1][0])
    if after is not None and not taken[-1][2] and after[1] in m.name_enders:
        return True  # مدثر عبدالغني إن، حنيفة أمان أن
    # a time word after it (خواجه آصف اليوم، مساء أمس) closes it as punctuation does: a family name with the article
    # is then a nisba (الفلاني), not a verb's object (وزير الخارجية استقبل الوفد اليوم)
    timed = after is not None and not taken[-1][2] and _time_closer(norm, after) \
        and not any(w[-1] == "ا" and w not in m.given_names for w in words)  # اتصالا هاتفيا اليوم: accusatives
    # punctuation or the text's end after it: a family name with the article is a nisba (الفلاني), not a noun
    # (محافظ المدينة موقع الاحتفال، الرئيس حفل الافتتاح.)
    return (taken[-1][2] or after is None or timed) and (not words[-1].startswith("ال") or words[-1][-1] == "ي")


_CLITICS = "وفبلك"  # a conjunction or preposition written onto a word


_TOKEN_AT = re.compile(r"\s*(\S*)")  # the next run of non-space characters, spaces before it skipped


def _word_at(norm: str, a: int) -> str:
    """The word written at ``a`` (a title: الشيخ، الأمير), read without copying the rest of the text."""
    return _TOKEN_AT.match(norm, a)[1]


def _named_after_body(norm: str, a: int, b: int, first: int, units: list[_Unit], m: _Matcher) -> tuple | None:
    """A titled name no table knows at ``norm[a:b]`` right after a noun a body or place is called after a person by.

    None where no such noun is written before it; ``()`` where the noun names
    a place or a thing (طريق الأمير فلان، قاعة الأميرة فلانة، جائزة الأمير فلان: no mention at all); else the
    body's span, proclitic, agent and the units inside it (مستشفى الأمير فلان:
    GOV; جامعة الأميرة فلانة: a university, no agent), as _doc_mentions reads
    a body called after a person the tables know (مركز الملك سلمان).
    """
    noun = _word_before_in(norm, a, m.named_after_all)
    if noun is None or (title := _word_at(norm, a)) in m.rel_titles or title in m.ranks:
        return None  # مدينة الشيخ زويد: a town's name; برنامج الفريق: a team's
    bare = noun[1] if noun[1] in m.named_after_all else _PLACE_CLITIC.sub("", noun[1], count=1)
    if bare in m.named_after_titled_things and bare not in m.named_after_none and title not in m.named_after_titles:
        return None  # برنامج الدكتور فلان: his own programme; برنامج الأمير فلان: a thing, as after a table's royal
    if (bare in m.named_after_none or bare in m.named_after_titled_things
            or (inside := _free_inside(units, noun.start(1), b, m.people, first)) is None):
        return ()
    agent = "" if bare in m.named_after_universities else "NGO" if bare in m.named_after_ngos else NAMED_AFTER_AGENT
    return (noun.start(1), b, "", agent, inside)


def _bare_head(u: _Unit, norm: str) -> bool:
    """Whether ``u`` is an office head alone (رئيس، ورئيس، مدير: one word, no person, no state), whose body the words
    after it name."""
    return u.kind == "agent" and not u.actor_id and not u.country and " " not in norm[u.a : u.b].strip()


def _state_adjective_after(norm: str, pos: int, hit_ends: dict[int, int], m: _Matcher) -> tuple[int, str] | None:
    """Where a state's adjective written right after ``pos`` (a descriptive title's end) ends, and that state; or None.

    >>> from q7x2lib.actors import _actor_matcher, _bundled_actors, _default_tables
    >>> m = _actor_matcher(_bundled_actors(), _default_tables())
    >>> text = "رجل الاعمال الكندي نويل بيدرمان"
    >>> _state_adjective_after(text, 11, {12: 18}, m), _state_adjective_after(text, 18, {}, m)
    ((18, 'CAN'), None)
    >>> _state_adjective_after("الفنان تركي السيف", 6, {7: 11}, m) is None  # a given name, not the Turkish artist
    True
    """
    w = _NEXT_WORD.match(norm, pos)
    if w is None or w[2] or hit_ends.get(w.start(1)) != w.end(1):
        return None
    if _adjective_given_name(norm, w, [], pos, hit_ends, m, True):
        return None  # الفنان تركي السيف: a given name (the adjective of a definite title has the article: التركي)
    entry = m.single.get(w[1])
    return (w.end(1), entry.country) if entry is not None and entry.kind == "adjective" and entry.country else None


def _field_adjective_after(norm: str, pos: int) -> int:
    """Where an adjective of field or standing written right after ``pos`` (a descriptive title's end) ends (word
    list ``title_field_adjective``: المحلل السياسي، الأخصائية الاجتماعية، الشاعر الكبير), or ``pos`` where none is,
    or where punctuation follows it (the name is then not the title's).

    >>> text = "المحلل السياسي خالد العلكمي"
    >>> _field_adjective_after(text, 6), _field_adjective_after(text, 14)
    (14, 14)
    """
    w = _NEXT_WORD.match(norm, pos)
    return w.end(1) if w is not None and not w[2] and w[1] in word_set("title_field_adjective") else pos


def _function_word_with_clitic(word: str, m: _Matcher) -> bool:
    """Whether ``word`` is a function word or verb (``not_name``) with a conjunction or preposition on it (ولم، بهذا)."""
    return word[:1] in _CLITICS and word[1:] in m.not_name


def _clitic_word(word: str, m: _Matcher, descriptive: bool = False) -> bool:
    """Whether ``word`` cannot open the name after a title: a function word or a verb with a conjunction or
    preposition on it (ولم، فقالت، لهذا); after a ``descriptive`` title (المريض، الشاب), any word with a conjunction
    that is no given name (وغسل، وأسلوب; not وفاطمة). A preposition's letter on another word may open a name
    (لامار، بنجامين، كعب), and so may و or ف after a title (الدكتورة وديعة، العريف فاهم).

    >>> m = _Matcher.__new__(_Matcher); m.given_names = frozenset({"فاطمه"}); m.not_name = frozenset({"هذه", "لم"})
    >>> _clitic_word("ولم", m), _clitic_word("بهذه", m), _clitic_word("وغسل", m), _clitic_word("وغسل", m, True)
    (True, True, False, True)
    >>> _clitic_word("وفاطمه", m, True), _clitic_word("لامار", m, True)
    (False, False)
    """
    if word in m.given_names:
        return False
    return _function_word_with_clitic(word, m) or descriptive and word[:1] in "وف" and word[1:] not in m.given_names


def _no_name_after_rank(word: str, m: _Matcher) -> bool:
    """Whether ``word``, right after a rank (الفريق، العميد), shows that no personal name follows: no given name of
    the tables, and an attached pronoun after four letters or more (three before ها، هم: قناعته، تعازيه، تدريباتهم)
    or و on a word that is no given name (وبثها، ومناقشة; ف opens names: العريف فلاج). الفريق is the team as
    often as the general; the rank is then a mention alone (:func:`_titled_names`).

    >>> m = _Matcher.__new__(_Matcher); m.given_names = frozenset({"وليد", "طه", "عبدالله"})
    >>> [_no_name_after_rank(w, m) for w in ("قناعته", "تعازيه", "تدريباتهم", "وبثها", "ومناقشة")]
    [True, True, True, True, True]
    >>> [_no_name_after_rank(w, m) for w in ("وليد", "طه", "عبدالله", "سويلم", "نبيه", "عبده")]
    [False, False, False, False, False, False]
    """
    if word in m.given_names:
        return False
    if word[:1] == "و" and len(word) > 3 and word[1:] not in m.given_names:
        return True
    pronoun = _ATTACHED_PRONOUN_WORD.search(word)
    return pronoun is not None and pronoun.start() >= (4 if pronoun[0] == "ه" else 3)


def _team_not_rank(norm: str, title: str, word: str, m: _Matcher) -> bool:
    """Whether ``title``, a rank that is also a common noun (``rank_common_noun``: الفريق, the team), is the noun
    here: ``word``, the first word after it, is no given name of the tables, and the text names no military body
    (``military_story_word``: الجيش، القوات الجوية ...). The words after it are then no name and the rank codes
    nothing (الفريق مستوى جيدا، الفريق قناعته، عيادة الفريق بمقر المعسكر: the team, :func:`_titled_names`); in a
    military story it stays a rank (the air force's display team, an officer named before).

    >>> m = _Matcher.__new__(_Matcher); m.given_names = frozenset({"خليفه"}); m.military_story_words = ["الجيش"]
    >>> [_team_not_rank("قدم الفريق مستوي جيدا", "الفريق", w, m) for w in ("مستوي", "وبثها", "خليفه")]
    [True, True, False]
    >>> _team_not_rank("قدم الفريق مستوي جيدا", "العقيد", "مستوي", m), _team_not_rank("الجيش والفريق مستوي", "الفريق", "مستوي", m)
    (False, False)
    """
    return title in word_set("rank_common_noun") and word not in m.given_names \
        and not any(w in norm for w in m.military_story_words)


# قناعته، تدريباتهم: a noun with its owner's pronoun (ه after four letters or more: not نبيه، عبده); the list of
# arabic.PRONOUN_SUFFIXES and the plural feminine and second person
_ATTACHED_PRONOUN_WORD = re.compile(f"(?:{'|'.join((*PRONOUN_SUFFIXES, 'هن', 'كم'))})$")


def _without_clitic_tail(taken: list[tuple[int, str, bool]], m: _Matcher) -> list[tuple[int, str, bool]]:
    """A name after a descriptive title cut before a function word with a proclitic (بهذا، لهذه: المبتعث فلان
    الفلاني بهذا الإنجاز); none where fewer than two name words remain."""
    cut = next((k for k, (_, word, _) in enumerate(taken) if k and _function_word_with_clitic(word, m)), len(taken))
    taken = taken[:cut]
    return taken if sum(word not in m.name_links for _, word, _ in taken) >= 2 else []


_GUARD_REACH = 3  # words after a sheikh's name read for a tribe (الشيخ فلان شيخ قبيلة ...)
_APPOSED_REACH = 40  # characters from an office's end to a comma before the title it is set beside


def _office_apposed(norm: str, units: list, at: int) -> bool:
    """Whether an office ends a few words before ``at``, set off from the titled name there by a comma: the name is
    that office's holder (قائد المقاومة في محافظة إب، الشيخ منصور الزريقي), not a cleric.

    Examples:
        >>> from types import SimpleNamespace as U
        >>> text = "وقال قائد المقاومة في محافظة اب، الشيخ منصور الزريقي"
        >>> office = U(kind="role", a=5, b=18)
        >>> _office_apposed(text, [office], text.index("الشيخ")), _office_apposed(text, [], text.index("الشيخ"))
        (True, False)
    """
    return any(u.kind in {"role", "agent"} and u.b <= at and at - u.b <= _APPOSED_REACH
               and norm[u.b:at].rstrip().endswith(("،", ",")) for u in units)


def _rel_guarded(norm: str, taken: list[tuple[int, str, bool]], start: int, end: int, m: _Matcher) -> bool:
    """Whether الشيخ at ``start`` and the name after it (to ``end``) are no cleric's.

    A word of ``rel_title_guard`` in the name or in the few words before or
    after it: a family (الشيخ فلان آل نهيان، الصباح) makes a royal, a tribe
    (شيخ قبيلة بني عامر الشيخ فلان، الشيخ فلان أحد شيوخ ...) an elder; a place
    noun of ``rel_title_place`` right before it makes a place (شرم الشيخ، حي
    الشيخ رضوان).

    Examples:
        >>> m = _Matcher.__new__(_Matcher); m.rel_title_guards = frozenset({"ال", "قبيله"})
        >>> m.rel_title_places = frozenset({"حي"})
        >>> _rel_guarded("الشيخ علي ال ثاني", [(9, "علي", False), (12, "ال", False), (17, "ثاني", False)], 0, 17, m)
        True
        >>> _rel_guarded("الشيخ علي الفلاني شيخ قبيله حرب", [(9, "علي", False), (17, "الفلاني", False)], 0, 17, m)
        True
        >>> _rel_guarded("في حي الشيخ رضوان", [(17, "رضوان", False)], 6, 17, m)
        True
        >>> _rel_guarded("الشيخ علي الفلاني في المسجد", [(9, "علي", False), (17, "الفلاني", False)], 0, 17, m)
        False
    """
    if any(word in m.rel_title_guards for _, word, _ in taken):
        return True
    before = [w.strip("،,.") for w in norm[max(0, start - 60) : start].split()[-_GUARD_REACH:]]
    if before and (before[-1] in m.rel_title_places or before[-1][1:] in m.rel_title_places):  # (بشرم الشيخ)
        return True
    after = norm[end : end + 60].split()[:_GUARD_REACH]
    return any(_known(w.strip("،,."), m.rel_title_guards) for w in before + after)


def _known(word: str, words: frozenset[str]) -> bool:
    """Whether ``word``, or ``word`` without a conjunction و or ف written onto it (وشيخ، والعشائر), is one of
    ``words`` (:func:`q7x2lib.arabic.without_conjunction`).

    Examples:
        >>> _known("وشيخ", frozenset({"شيخ"})), _known("فشيخ", frozenset({"شيخ"})), _known("شيخه", frozenset({"شيخ"}))
        (True, True, False)
    """
    return without_conjunction(word, words) in words


_TRIBE_BEFORE = 7  # words before الشيخ read for a tribe (وشيخ قبائل العمور بقرى ساحل حلي الشيخ فلان)
_SENTENCE_END = re.compile(r"[.!?؟:\n]")


def _rel_tribe_near(norm: str, start: int, end: int, m: _Matcher) -> bool:
    """Whether a tribe's word (``rel_title_tribe``: قبيلة، قبائل، شمل، عشيرة ...) is within a few words before
    الشيخ at ``start`` in the same sentence, or within the few words after the name ending at ``end``: the sheikh
    is a tribal elder (شيخ شمل قبائل فلان الشيخ فلان، الشيخ فلان شيخ قبيلة كذا), a civilian as the samples code
    him (X, AH, AM, S: SAU CVL), not a cleric.

    Examples:
        >>> m = _Matcher.__new__(_Matcher); m.rel_title_tribes = frozenset({"قبائل", "قبيله", "شمل"})
        >>> text = "وحضر وشيخ قبائل العمور بقرى ساحل حلي الشيخ محمد العمري"
        >>> _rel_tribe_near(text, text.index("الشيخ"), len(text), m)
        True
        >>> text = "وقال شيخ قبيله. وقال الشيخ علي الفلاني في المسجد"
        >>> _rel_tribe_near(text, text.index("الشيخ"), len(text), m)
        False
        >>> _rel_tribe_near("الشيخ علي الفلاني شيخ قبيله حرب", 0, 17, m)
        True
    """
    window = _SENTENCE_END.split(norm[max(0, start - 80) : start])[-1]
    before = [w.strip("،,") for w in window.split()[-_TRIBE_BEFORE:]]
    after = [w.strip("،,.") for w in _SENTENCE_END.split(norm[end : end + 60])[0].split()[:_GUARD_REACH]]
    return any(_known(w, m.rel_title_tribes) for w in before + after)


def _rel_kin_before(norm: str, start: int, m: _Matcher) -> bool:
    """Whether a noun of kinship (``rel_title_kin``: والد، نجل، شقيق ...) is the second word before الشيخ at
    ``start``, a word between them: the sheikh is named as someone's kin (والد الشهيد الشيخ فلان), a civilian, not
    a cleric. Right before الشيخ the noun is the sheikh's own kin (نجل الشيخ فلان: the sheikh may be a cleric).

    Examples:
        >>> m = _Matcher.__new__(_Matcher); m.rel_title_kin = frozenset({"والد", "نجل"})
        >>> text = "وكان في استقباله والد الفقيد الشيخ علي الفلاني"
        >>> _rel_kin_before(text, text.index("الشيخ"), m), _rel_kin_before("وقال الشيخ علي", 5, m)
        (True, False)
        >>> text = "وحضر ووالد الطالب الشيخ سعد، وقال نجل الشيخ سعد"
        >>> _rel_kin_before(text, text.index("الشيخ"), m), _rel_kin_before(text, text.rindex("الشيخ"), m)
        (True, False)
    """
    before = [w.strip("،,.") for w in norm[max(0, start - 40) : start].split()[-2:]]
    return len(before) == 2 and _known(before[0], m.rel_title_kin) \
        and not _known(before[1], m.rel_title_kin)


@lru_cache(maxsize=8)
def _office_heads(offices: frozenset[str]) -> re.Pattern:
    """An office head word one person holds (مدير، المدير، رئيس، نائب ...), with or without the article."""
    from .arabic import normalize

    words = sorted({normalize(w) for w in offices})
    return re.compile(rf"(?<=[\s،,])(?:ال)?(?:{trie_regex(words)})(?![^\W\d_])")


_ALI = "علي"  # the given name, and على once normalised: a name only beside other names
_LAST_WORD = re.compile(r"([^\W\d_]+)\s*[,،]?\s*$")  # the word right before an office head, a comma between at most


def _names_before_offices(units: list[_Unit], norm: str, m: _Matcher) -> list[_Unit]:
    """``units`` with a mention for each full name no table knows written right before its office, which codes it.

    وقال فلان بن فلان المدير التنفيذي لهيئة الطرق، فلان الفلاني رئيس مجلس
    إدارة الشركة: two to four name words (the first a given name of the tables,
    a family name with the article only last, علي only after a given name or
    before بن), then an office head (:data:`person_office`) and, within a few
    words on the same clause, the body or the office a table knows. The
    person is one mention from the name to that phrase's end, coded by it (the
    mention guideline: a name with its role in apposition); no name, no body
    or a person of the tables: nothing changes.

    >>> from q7x2lib.actors import _actor_matcher, _bundled_actors, _default_tables
    >>> from q7x2lib.arabic import NormalizedText
    >>> m = _actor_matcher(_bundled_actors(), _default_tables())
    >>> text = NormalizedText("وقال سعيد بن حمد الكعبي المدير العام لوزارة الصحة الاماراتية ان المرضى بخير").norm
    >>> [(text[u.a:u.b], u.country + u.agent) for u in _doc_mentions(NormalizedText(text), m, None)]
    [('سعيد بن حمد الكعبي المدير العام لوزارة الصحة الاماراتية', 'AREGOV')]
    """
    if not units:
        return units
    heads = _office_heads(m.person_offices)
    units = sorted(units, key=lambda u: u.a)
    starts = [u.a for u in units]
    found = []
    last = -1
    for h in heads.finditer(norm):
        a = h.start()
        prev = _LAST_WORD.search(norm, max(0, a - 30), a)
        if a < last or prev is None or prev[1] in m.not_name and prev[1] != _ALI or _CLITIC_ARTICLE.match(prev[1]):
            continue  # قال رئيس، في المدير: most heads follow a word no name ends with (one cheap look)
        words = list(_WORDS.finditer(norm, max(0, a - 80), a))
        if not words or _APPOSITION_GAP.fullmatch(norm, words[-1].end(), a) is None:
            continue
        taken: list[re.Match] = []
        for n in range(len(words) - 1, -1, -1):
            w = words[n]
            if taken and not norm[w.end() : taken[-1].start()].isspace():
                break  # punctuation between two words: the name is over
            word = w[0]
            bare = without_conjunction(word, m.given_names)
            if word == _ALI:
                before = words[n - 1][0] if n else ""
                nxt = taken[-1][0] if taken else ""
                if not (before in m.given_names or nxt in ("بن", "ابن")):
                    break
            elif (word in m.not_name and bare not in m.given_names) or len(word) < 3 and word not in m.name_links \
                    or _CLITIC_ARTICLE.match(word) or word.startswith("ال") and taken and taken[-1][0] not in m.name_links \
                    or word in m.name_prefix_words \
                    or any(x in m.person_offices or x.removesuffix("ة") in m.person_offices for x in (word, word[1:])):
                break  # ومستشار جلالة الملك، ومساعدة وزير: an office word is no part of a name; كي يعمق: no name
            taken.append(w)
            if len(taken) > 6 or bare != word:
                break  # وخليفة: a name joined by و opens there
        # the name opens at the farthest given name read (a word a name link follows may not open it)
        first = next((k for k in range(len(taken) - 1, -1, -1)
                      if taken[k][0] == _ALI or taken[k][0] not in m.name_links and
                      (taken[k][0][1:] if taken[k][0][:1] in "وف" and taken[k][0] not in m.given_names else taken[k][0])
                      in m.given_names), None)
        if first is None:
            if len(taken) < 2 or not _unlisted_subject_named_again(norm, taken[1].start(), taken[1][0], taken[0][0],
                                                                   h.end(), m):
                continue
            first = 1  # وقالت امي بارتليت المتحدثة باسم ... وقالت بارتليت: a name no table knows, two words
        name = taken[: first + 1][::-1]
        if sum(w[0] not in m.name_links for w in name) < 2 or name[-1][0] in m.name_links:
            continue
        na, nb = name[0].start(), name[-1].end()
        if _word_before_in(norm, na, m.name_prefix_words | m.name_links) is not None:
            continue  # المقدم فلان، بن فلان: a titled name or the end of a longer one, read elsewhere
        if any(u.a < a and na < u.b for u in units[: bisect_right(starts, a)]):
            continue  # a word of the name (or the head) is a phrase of its own (a person, a place): theirs to decide
        # the office's phrase: the office a table knows starting at the head, or the first body a few words on
        body = None
        for u in units[bisect_right(starts, a - 1) :]:
            between = norm[h.end() : u.a] if u.a > h.end() else ""
            gap_words = _WORDS.findall(between)
            if not (u.a == a or (len(gap_words) < _OFFICE_GAP_WORDS and not re.search(r"[^\w\s]", between)
                                 and not any(g in word_set("office_gap_stop") or g in m.name_enders for g in gap_words))):
                break
            if u.actor_id in m.people:
                break  # رئيس مجلس الوزراء resolved to its holder: that office is read by the tables' rules
            if u.ambiguous or u.stateless or u.kind not in {"role", "agent", "institution", "country"} and u.actor_id not in m.org_codes:
                continue  # a bare head (رئيس، إدارة) a table reads two ways: the body is further on
            body = u
            break
        if body is None:
            continue
        agent = body.agent or (NAMED_AFTER_AGENT if body.kind == "country" else "")
        pre = name[0][0][:1] if name[0][0][:1] in "وف" and name[0][0][1:] in m.given_names else ""
        found.append((na, body.b, pre, body.country, agent, nb))
        last = body.b
    if not found:
        return units
    drop = {id(u) for a, b, *_ in found for u in units if a <= u.a and u.b <= b}
    new = [_Unit(None, "name", a, b, pre, country, agent, unknown=True, name_at=a + len(pre), name_end=nb)
           for a, b, pre, country, agent, nb in found]
    return _replaced(units, drop, new)


def _unlisted_subject_named_again(norm: str, at: int, given: str, family: str, after: int, m: _Matcher) -> bool:
    """Whether ``given`` and ``family``, two words written from ``at`` right before an office head
    (:func:`_names_before_offices`) that open with no given name of the tables, are a person's name: the subject of
    a verb of saying written right before them (وقالت امي بارتليت المتحدثة باسم المتنزه، وأوضح سرفراز بكتي وزير
    الداخلية), neither word a word of the tables, of the words that are no name, a name link or a noun ending in ة
    or ات (مصدر، بيان، نبأ وفاة), and the family name written again after ``after`` (the office head: وقالت
    بارتليت), as a person named again is; a family name with the article must be written again as the subject of
    another verb of saying (وأشار شديد الحربي مدير ... وأكد الحربي; not عبر تأهيل الممر الرئيس ... على طول الممر).

    >>> from q7x2lib.actors import _actor_matcher, _bundled_actors, _default_tables
    >>> m = _actor_matcher(_bundled_actors(), _default_tables())
    >>> text = "وقالت امي بارتليت المتحدثة باسم المتنزه ان الزوار كثر. وقالت بارتليت ان العدد زاد"
    >>> _unlisted_subject_named_again(text, 6, "امي", "بارتليت", 18, m)
    True
    >>> _unlisted_subject_named_again(text.replace("وقالت بارتليت", "وقالت"), 6, "امي", "بارتليت", 18, m)
    False
    >>> text = "عبر تأهيل الممر الرئيس للقرية على طول الممر"
    >>> _unlisted_subject_named_again(text, 4, "تأهيل", "الممر", 22, m)
    False
    """
    verbs = _saying_verbs(m.role_speaker_forms)
    verb = _last_word_before(norm, at)
    said = verbs.match(norm, verb.start(1)) if verb is not None else None
    if said is None or said.end() != verb.end(1):
        return False
    # (أكد نبأ وفاة زعيم ...: a feminine or plural noun, hardly a name)
    if any(w in m.not_name or w in m.name_links or _table_word(w, m) or len(w) < 3 or w.endswith(_NOUN_ENDINGS)
           for w in (given, family)) or given.startswith(("ال", "لل")):
        return False
    if not family.startswith(("ال", "لل")):
        return _family_name_regex(family).search(norm, after) is not None
    return any((w := _NEXT_WORD.match(norm, v.end())) is not None and w[1] == family for v in verbs.finditer(norm, after))


def _replaced(units: list[_Unit], drop: set[int], new: list[_Unit]) -> list[_Unit]:
    """``units`` without those whose ``id`` is in ``drop``, with ``new``, in text order."""
    return sorted([u for u in units if id(u) not in drop] + new, key=lambda u: u.a)


def _names_covering(units: list[_Unit], found: list[tuple], new: list[_Unit], inside: int = -1,
                    gone: set[int] | frozenset[int] = frozenset()) -> list[_Unit]:
    """``units`` with the ``new`` names, each made of one tuple of ``found``, in text order, without the units a new
    name covers (the list at index ``inside`` of its tuple) nor those whose ``id`` is in ``gone``; ``units`` itself
    where nothing was found or gone.

    The common end of the readers of names no table knows (:func:`_titled_names`, :func:`_names_after_saying`,
    :func:`_names_with_nasab`, :func:`_names_after_unknown_offices`): a longer name replaces the words it is made of.
    """
    if not found and not gone:
        return units
    drop = {id(u) for f in found for u in f[inside]} | gone
    return _replaced(units, drop, new)


def _full_name_after(norm: str, pos: int, units: list[_Unit], hit_ends: dict[int, int],
                     m: _Matcher) -> list[tuple[int, str, bool]] | None:
    """The words of a full name right after ``pos`` (:func:`_name_after`), else None.

    An office head or a verb after a conjunction ends the name (وقال فلان
    الفلاني رئيس ...، غرد فلان فقال), a link's word at its end is dropped, and
    two name words or more must remain (وقال محمد إنه: a given name alone may
    be anyone's).
    """
    taken = _name_after(norm, pos, units, hit_ends, m, rank=True, office_ends=True)
    cut = next((k for k, (_, word, _) in enumerate(taken) if k and _office_or_verb(word, m)), len(taken))
    taken = taken[:cut]
    while taken and taken[-1][1] in m.name_links:
        taken.pop()
    return taken if sum(word not in m.name_links for _, word, _ in taken) >= 2 else None


def _office_or_verb(word: str, m: _Matcher) -> bool:
    """Whether a word read as a name is an office head (رئيس، المديرة) or a verb after a conjunction (فقال)."""
    bare = word.removeprefix("ال")
    return bare in m.person_offices or bare.removesuffix("ه") in m.person_offices or word[:1] in "وف" and word[1:] in m.not_name


@lru_cache(maxsize=8)
def _saying_verbs(forms: frozenset[str]) -> re.Pattern:
    """A verb of saying whose next noun is its subject (:attr:`role_speaker_forms`), a conjunction before it."""
    return re.compile(rf"(?<!\S)[وف]?(?:{trie_regex(sorted(forms))})(?=\s)")


def _names_after_saying(units: list[_Unit], hit_ends: dict[int, int], norm: str, m: _Matcher) -> list[_Unit]:
    """``units`` with a mention for each full personal name no table knows written right after a verb of saying.

    وقال سعد بن فلان الفلاني إن ...، وأوضح خالد الفلاني أن ...: the verb's
    subject, read as :func:`_name_after` reads a name after an office (up to
    punctuation, a word that is no name, a word another phrase starts at, or
    a family name with the article that no بن or آل continues; at most four
    names), when it has two name words or more and opens with a given name
    of the tables. The person is named by nobody; an office written beside
    the name codes it (:func:`_appositions`), and with none the mention
    keeps no code: a private person's country is not guessed.

    >>> from q7x2lib.actors import _actor_matcher, _bundled_actors, _default_tables
    >>> from q7x2lib.arabic import NormalizedText
    >>> m = _actor_matcher(_bundled_actors(), _default_tables())
    >>> text = NormalizedText("واوضح سعد بن مفلح الهاجري ان الموقع جاهز").norm
    >>> [(text[u.a:u.b], u.unknown) for u in _doc_mentions(NormalizedText(text), m, None)]
    [('سعد بن مفلح الهاجري', True)]
    """
    found = []
    for v in _saying_verbs(m.role_speaker_forms).finditer(norm):
        nxt = _NEXT_WORD.match(norm, v.end())
        if nxt is None or nxt[1] not in m.given_names and nxt[1] != _ABD and not (
                nxt[1] == _ALI and _ali_as_name(norm, nxt.end(1), m)):
            continue  # قال الوزير، قال إن: no given name opens the subject (one cheap look)
        taken = _full_name_after(norm, v.end(), units, hit_ends, m)
        if taken is None:
            continue
        after = _NEXT_WORD.match(norm, taken[-1][0])
        if not (taken[-1][1].startswith("ال") or taken[-1][2] or any(word in m.name_links for _, word, _ in taken)
                or after is not None and _office_or_verb(after[1], m) or _SPACED_MARK.match(norm, taken[-1][0])):
            continue  # وقال سالم بتصريحات صحفية إن: a full name ends with a family name, a link's word, punctuation
            # or an office written after it (وقالت كارين سباراباني مديرة ...)
        a, b = nxt.start(1), taken[-1][0]
        inside = _free_inside(units, a, b, m.people, a)
        if inside is None or inside and any(u.a == a for u in inside) or any(f[0] < b and a < f[1] for f in found):
            continue  # a person of the tables, or a phrase a table starts at the name's first word: theirs
        found.append((a, b, inside))
    return _names_covering(units, found, [_Unit(None, "name", a, b, "", "", SPEAKER_AGENT, unknown=True, name_at=a)
                                          for a, b, _ in found])


_NASAB = re.compile(r"(?<=\s)([وف]?)([^\W\d_]{3,})\s+$")  # the word before بن or بنت: where a nasab may open
_SON_OF = re.compile(r"\sبنت?\s")  # بن or بنت (sought first: a word of its own is rarer than any word)


_NAMESAKE_CLITIC = re.compile(r"^[وف]?[بلك](?=..)|^[وف](?=..)")  # بمدرسة، ولشارع


def _names_with_nasab(units: list[_Unit], hit_ends: dict[int, int], norm: str, m: _Matcher) -> list[_Unit]:
    """``units`` with a mention for each full name in the form of a nasab that no table knows, wherever it is written.

    تعيين منصور بن صالح بن يوسف الفلاني، أقدم على قتل طلال بن أحمد الفلاني:
    a given name of the tables, بن or بنت, and the name read on as
    :func:`_full_name_after` reads it, ending with a family name with the
    article (الفلاني), three name parts at least, so that a prince's short name
    (فيصل بن خالد), which the tables hold, is left alone, and no word after
    the last father's name is later taken for a family name; none after a noun
    a place is called after a person by (مدرسة، استاد). A name a title, an office or a verb
    of saying introduced is theirs (read before); a word of a longer name
    (بن سعد بن علي) opens none. The person is named by nobody and keeps no
    code but the speaker's agent, as :func:`_names_after_saying` codes one.

    >>> from q7x2lib.actors import _actor_matcher, _bundled_actors, _default_tables
    >>> from q7x2lib.arabic import NormalizedText
    >>> m = _actor_matcher(_bundled_actors(), _default_tables())
    >>> text = NormalizedText("وتقرر تكليف سعد بن مفلح الهاجري بالعمل مديرا").norm
    >>> [(text[u.a:u.b], u.unknown) for u in _doc_mentions(NormalizedText(text), m, None)]
    [('سعد بن مفلح الهاجري', True)]
    """
    found = []
    for link in _SON_OF.finditer(norm):
        if (n := _NASAB.search(norm, max(0, link.start() - 30), link.start() + 1)) is None:
            continue
        pre, word = n.group(1, 2)
        if pre and pre + word in m.given_names:
            pre, word = "", pre + word  # فهد، فيصل: the first letter is the name's, no conjunction
        elif word not in m.given_names and word != _ALI:
            continue  # (علي before بن: the given name, not على)
        a = n.start(1)  # the proclitic with it (وسامي بن علي الفلاني), as a title's span holds its own
        if any(f[0] <= n.start(2) < f[1] for f in found):
            continue  # a father's name inside the nasab read already
        before = _WORD_BEFORE.search(norm, max(0, n.start() - 20), n.start())
        if before and before[1] in m.name_links:
            continue  # بن سعد بن علي: a father's name of a longer name
        taken = _full_name_after(norm, a - 1, units, hit_ends, m)
        taken = taken if taken and taken[0][1] == pre + word else None
        if not taken or len(taken) < 3 or taken[1][1] not in ("بن", "بنت"):
            continue
        # وعبدالله بن خميس وعبدالله الفلاني، محمد بن فلان وأبيه: a word with و after the first opens another phrase
        cut = next((k for k in range(1, len(taken)) if taken[k][1][:1] == "و" and taken[k][1] not in m.given_names),
                   len(taken))
        taken = taken[:cut]
        if (len(taken) < 3 or sum(w not in m.name_links for _, w, _ in taken) < 3 or not taken[-1][1].startswith("ال")
                or taken[-1][1] in m.name_prefix_words or taken[-1][1] == "الله"):
            continue  # محمد بن عبدالله بن سعود: its last word, no family name, would be taken for one later (الإمام سعود);
            # بن غرم الله الفلاني: الله ends a compound given name, not the name
        words_before = _WORDS.findall(norm, max(0, a - 40), a)[-3:]
        nouns = m.named_after_any
        while len(words_before) > 1 and (words_before[-1] in m.name_prefix_words or words_before[-1].startswith("ال")):
            if words_before.pop() in m.named_after_titles:
                nouns = m.named_after_all  # برنامج الأمير فلان بن فلان: a thing called after a royal
            # (جامعة الإمام محمد بن سعود: a title, or a definite word, between the noun and the name)
        if words_before and (words_before[-1] in nouns or _NAMESAKE_CLITIC.sub("", words_before[-1], count=1) in nouns):
            continue  # مدرسة سعد بن معاذ الابتدائية، استاد جاسم بن حمد: a place called after the person
        b = taken[-1][0]
        inside = _free_inside(units, a, b, m.people, a)
        if inside is None or inside and any(u.a == a for u in inside):
            continue  # a person of the tables, a name read before, or a phrase a table starts at the first word
        found.append((a, b, pre, inside))
    return _names_covering(units, found, [_Unit(None, "name", a, b, pre, "", "GOV" if _appointed(norm, a, b, m)
                                                else SPEAKER_AGENT, unknown=True, name_at=a) for a, b, pre, _ in found])


_ABU = "ابو"  # a link that opens a name (a kunya) as a given name does
_NISBA = re.compile(r"ال[^\W\d_]{2,}ي\b")  # a family name of the nisba form (الغامدي، القحطاني), a space before it
_NISBA_REACH = 60  # characters before a nisba read for the given name its name opens with (three words at most)
_NAME_RUN = re.compile(r"(?<!\S)(?:[^\W\d_]+[ \t]+){1,3}$")  # the (at most three) words right before it, on its line
_TAG_WORDS, _TAGS_REACH = 8, 100  # words (and characters) before a name read for the head of a list of tags (سمات)


# Sentence punctuation: none stands in a scraped line of tags after its head word.
_SENTENCE_MARK = re.compile(r"[.؟?!:؛]")


def _footer_start(norm: str) -> int:
    """Where a scraped footer that runs to the end of the text begins (``len(norm)`` where there is none).

    A line of tags (``tag_list_head``: سمات الرياض الصحة انتحار) with no
    sentence mark after its head word, or a line that opens with a link
    line's head (``link_line_head``: رابط الخبر بصحيفة الوئام: and the
    headline again). The mentions guideline (11) annotates neither.

    Examples:
        >>> from q7x2lib.arabic import NormalizedText
        >>> text = NormalizedText("وأكد الوزير ذلك. سمات الرياض الصحة").norm
        >>> text[_footer_start(text):]
        'سمات الرياض الصحة'
        >>> _footer_start("ومن سمات المرحلة الصبر.") == len("ومن سمات المرحلة الصبر.")
        True
    """
    start = len(norm)
    for head in word_set("link_line_head"):
        at = norm.rfind(head)
        if at >= 0 and "\n" not in norm[at:].strip() and not norm[norm.rfind("\n", 0, at) + 1 : at].strip():
            start = min(start, at)  # the last line, and the head opens it
    for tag in word_set("tag_list_head"):
        for word in re.finditer(rf"(?<![^\W\d_]){re.escape(tag)}(?![^\W\d_])", norm) if tag in norm else ():
            if word.start() < start and not _SENTENCE_MARK.search(norm, word.end(), start):
                start = word.start()
                break
    return start


def _after_tags(norm: str, at: int) -> bool:
    """Whether a word at ``at`` stands in a scraped list of tags: a word of ``tag_list_head`` (سمات) a few words before."""
    tags = word_set("tag_list_head")
    return any(w in tags for w in _WORDS.findall(norm, max(0, at - _TAGS_REACH), at)[-_TAG_WORDS:])


def _names_with_nisba(units: list[_Unit], hit_ends: dict[int, int], doc: NormalizedText, m: _Matcher) -> list[_Unit]:
    """``units`` with a mention for each full name no table knows that ends with a nisba family name, wherever it is.

    وتقدم الطلاب ناصر الشهري، واستقبل الحفل محمد سعد القحطاني: a given name of
    the tables, at most two more names, and a family name of the nisba form
    (الفلاني), read as :func:`_full_name_after` reads a name (an office head or a
    verb ends it). None after a title, an office or a noun a place is called after
    a person by (those have their readers: الدكتور فلان، مطار الملك فلان الدولي),
    nor right after a phrase the readers of offices did not join it to (a plural:
    رجال الأعمال فلان الفلاني), nor after a description a verb of saying
    opens (:func:`_described_speaker`: وقال الإعلامي فلان);
    none whose last word is a table's word (السعودي: a state's adjective), of the
    word list ``nisba_not_name`` (الدولي، الماضي: رمضان الماضي) or written with ى
    (a noun: عمر المبنى); the names between are given names or plain words (not
    كامل مديرية التواهي). None opens its line (a byline: the writer) or stands on
    a line of tags (``tag_list_head``: سمات). Coded as a name after a verb of
    saying is (:func:`_names_after_saying`).

    >>> from q7x2lib.actors import _actor_matcher, _bundled_actors, _default_tables
    >>> m = _actor_matcher(_bundled_actors(), _default_tables())
    >>> doc = NormalizedText("وتسلم الجائزة فهد العمري أمس في المجلس الوطني")
    >>> [(doc.norm[u.a:u.b], u.agent, u.unknown) for u in _doc_mentions(doc, m, None)]
    [('فهد العمري', 'CVL', True)]
    """
    norm = doc.norm
    found = []
    stop = word_set("nisba_not_name")
    opens = m.given_names | {_ALI, _ABU}
    for family in _NISBA.finditer(norm):
        at = family.start()
        if not at or norm[at - 1] not in " \t" or norm.startswith("ال", norm.rfind(" ", 0, at - 1) + 1):
            continue  # المجلس الوطني: an adjective of the definite noun before it (no name word has the article)
        if family[0] in m.entries or family[0] in stop or family[0] in m.not_name:
            continue  # السعودي، الدولي: a state's adjective, a word of a phrase that is no name
        if not any(without_conjunction(w, opens) in opens for w in norm[max(0, at - _NISBA_REACH) : at].split()[-3:]):
            continue  # no given name among the three words before it (the common case, read with str.split alone)
        run = _NAME_RUN.search(norm, max(0, at - _NISBA_REACH), at)
        if run is None:
            continue
        # the name opens at the farthest given name of the tables (or علي، أبو: a kunya) among them, و before it or not
        g = next((w for w in _WORDS.finditer(norm, run.start(), family.start())
                  if (bare := without_conjunction(w[0], opens)) in opens and (bare == _ABU or bare not in m.name_links)), None)
        if g is None:
            continue
        a, pre = g.start(), g[0][: len(g[0]) - len(without_conjunction(g[0], opens))]
        if found and a < found[-1][1] or any(u.a <= a < u.b or u.b <= a and _apposition(norm, u.b, a) for u in units):
            continue  # a phrase right before it that the readers of offices did not take it for (رجال الأعمال فلان)
        if not norm[norm.rfind("\n", 0, a) + 1 : a].strip():
            continue  # a name opening its line: a byline (فلان الفلاني - الرياض), the writer, no actor
        if _after_tags(norm, a):
            continue  # سمات الحج حملات فلان الفلاني: a line of tags after the text
        if (_word_before_in(norm, a, m.name_links) is not None or _word_before_in(norm, a, m.name_prefix_words) is not None
                or _word_before_in(norm, a, m.named_after_any) is not None or _office_word_before(norm, a, m)):
            continue  # بن سالم، الدكتور فهد، مطار الملك خالد، المدير سعد: a longer name, or another reader's
        if _described_speaker(norm, a, m):
            continue  # وقال الإعلامي سعد العتيبي، وقال المدرب فلان: the speaker readers code the description with him
        taken = _full_name_after(norm, a - 1, units, hit_ends, m)
        if not taken or taken[0][1] != g[0] or taken[-1][0] != family.end():
            continue
        if (g[0].removeprefix(pre) == _ALI and taken[1][1].startswith("ال")
                or any(w.startswith("ال") or w in m.name_links or w not in m.given_names
                       and (w[:1] in _CLITICS or w.endswith(_NOUN_ENDINGS)) for _, w, _ in taken[1:-1])):
            continue  # على التوالي (على reads علي), مبنى عمارة بحي العوالي، كامل مديرية التواهي: no name
        b = taken[-1][0]
        if doc.text[doc.offsets[b - 1]] == "ى":
            continue  # عمر المبنى، أبو عريش المؤدى: a noun, not a nisba (ى reads ي once normalised)
        inside = _free_inside(units, a, b, m.people, a)
        if inside is None or inside and any(u.a == a for u in inside):
            continue
        found.append((a, b, pre, inside))
    return _names_covering(units, found, [_Unit(None, "name", a, b, pre, "", SPEAKER_AGENT, unknown=True,
                                                name_at=a + len(pre)) for a, b, pre, _ in found])


@lru_cache(maxsize=4)
def _appointment_patterns(nouns: tuple, posts: tuple, private: tuple) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Patterns of the matcher's lists ``appointment_noun``, ``appointment_post`` and ``appointment_private``
    (:func:`_appointed`), longest words first."""
    nouns, posts, private = (sorted(set(words), key=len, reverse=True) for words in (nouns, posts, private))
    alt = lambda words: "|".join(re.escape(w) for w in words) or "(?!)"  # noqa: E731
    # the noun (وتعيين، بترقية), then at most three words (كل من، الدكتور) and nothing else before the name
    noun = re.compile(rf"(?:^|[\s\-–:(])[وفب]?(?:{alt(nouns)})\s+(?:[^\W\d_]+:?\s+){{0,3}}$")
    # the post a few words after the name (بالعمل مديرا، على وظيفة), no punctuation between; or the post one is
    # moved from, written in brackets or quotes, and the post one is moved to (من (مستشار) بالمرتبة ... إلى وظيفة)
    post = re.compile(rf"^\s*[,،]?\s+(?:(?:[^\W\d_]+\s+){{0,3}}?(?:{alt(posts)})(?![^\W\d_])"
                      rf"|من\s*[(«\"][^.\n]{{0,80}}?\s(?:الي|إلى)\s+وظيف[ةه])")
    private_words = re.compile(rf"(?<![^\W\d_])(?:{alt(private)})(?![^\W\d_])")
    return noun, post, private_words


def _appointed(norm: str, a: int, b: int, m: _Matcher) -> bool:
    """Whether the full name at ``norm[a:b]`` is appointed, promoted, moved, charged or relieved to or of a public post:
    a noun of appointing (:data:`appointment_noun`: تعيين، ترقية، نقل، تكليف، إعفاء) at most three words before it
    and a post word (:data:`appointment_post`: على وظيفة، بالمرتبة، مديراً، عضواً، من منصبه) at most three words after
    it. Such a person is a government official (GOV, the country left to the article as for any name); not where a
    company or a university (:data:`appointment_private`: شركة، جامعة، عميداً) is named on the clause, whose staff
    keep their code.

    >>> from q7x2lib.actors import _actor_matcher, _bundled_actors, _default_tables
    >>> from q7x2lib.arabic import normalize
    >>> m = _actor_matcher(_bundled_actors(), _default_tables())
    >>> text = normalize("وتقرر تعيين سعد بن علي بن صالح الفلاني على وظيفة مدير عام")
    >>> _appointed(text, text.index("سعد"), text.index(" علي وظيفة"), m)
    True
    >>> text = normalize("نقل سعد بن علي الفلاني تحيات أمير المنطقة")
    >>> _appointed(text, text.index("سعد"), text.index(" تحيات"), m)
    False
    """
    noun, post, private = _appointment_patterns(m.appointment_nouns, m.appointment_posts, m.appointment_private)
    opening = noun.search(norm, max(0, a - 60), a)
    if opening is None:
        return False
    after = post.match(norm[b:b + 60])
    if after is None:
        return False
    clause = re.split(r"[.،؛\n]", norm[b + after.end():b + after.end() + 80], maxsplit=1)[0]
    start = opening.start()
    return private.search(norm[start:b + after.end()] + clause) is None


# مجلس التعاون right before لدول الخليج العربية: the Council's own name goes on (an office or a bloc took its head)
_GCC_HEAD = re.compile(r"(?<![^\W\d_])[وف]?[بل]?(?:ال)?مجلس التعاون\s+$")
_NAME_OPENING = re.compile(r"\s*/(?=\s*[^\W\d_])")  # a slash between a title and its name (المواطن / فلان)


def _ali_as_name(norm: str, end: int, m: _Matcher) -> bool:
    """Whether the word علي ending at ``end`` is the given name, not على (on) once normalised: a link (بن، ابن), a
    given name of the tables or a nisba family name (الفلاني) follows it, the nisba closed by punctuation, a word of
    saying or an office head (علي بن سعد، علي حسن الفلاني، علي الكندي إن، علي الحسيني رئيس); not على الدور، على الفور.

    >>> m = _Matcher.__new__(_Matcher); m.given_names = frozenset({"فهد", "حسن"}); m.name_enders = frozenset({"ان"})
    >>> m.person_offices = frozenset({"رئيس"}); m.not_name = frozenset()
    >>> [_ali_as_name(t, 3, m) for t in ("علي الكندي ان", "علي الكندي رئيس", "علي فهد", "علي الدور ان", "علي الجانب")]
    [True, True, True, False, False]
    >>> _ali_as_name("علي حسن سير العمل", 3, m)  # حسن: a word of given_name_not_after_ali
    False
    """
    nxt = _NEXT_WORD.match(norm, end)
    if nxt is None:
        return False
    word = nxt[1]
    if word in word_set("father_link"):
        return True
    if word in m.given_names:  # علي حسن الفلاني; not على حسن سير العمل، على صالح (on Saleh's side)
        return word not in word_set("given_name_not_after_ali")
    if not (word.startswith("ال") and word[-1] == "ي" and len(word) > 5 and not word.endswith("وي")):
        return False  # على الدور، على المستوى (المستوي), على المدى: a preposition and its noun
    if nxt[2]:
        return True
    after = _NEXT_WORD.match(norm, nxt.end(1))
    return after is None or after[1] in m.name_enders or _office_or_verb(after[1], m)
_SPACED_MARK = re.compile(r"\s+[-–—(«]")  # a dash, bracket or quotation mark opening after a space: a name's end
_OFFICE_HEAD_REACH = 120  # how far before a title or a name _office_head_before reads


@lru_cache(maxsize=8)
def _office_words(offices: frozenset[str]) -> re.Pattern:
    """An office head word (:data:`person_office`) ending a word, wherever it starts: where a head may be."""
    return re.compile(rf"(?:{trie_regex(sorted(offices))})(?![^\W\d_])")


@lru_cache(maxsize=8)
def _given_name_words(given: frozenset[str], extra: tuple[str, ...] = ()) -> re.Pattern:
    """A given name of the tables (:attr:`given_names`), or a word of ``extra`` (علي), as a whole word after a space."""
    return re.compile(rf"(?<=\s)(?:{trie_regex(sorted(given | frozenset(extra)))})(?=\s)")


def _names_after_unknown_offices(units: list[_Unit], hit_ends: dict[int, int], norm: str, m: _Matcher) -> list[_Unit]:
    """``units`` with a mention for each office no table knows followed by a full name no table knows.

    وكيل محافظة الحرث فلان الفلاني، مدير البرنامج الصيفي فلان بن فلان: an
    office head (:data:`person_office`) at most a few words before the name on
    the same clause (:func:`_office_head_before`: no punctuation, particle or
    verb of saying between; no present-tense verb either: رئيس البلدية يستقبل
    فلان is the mayor receiving someone), then two name words or more opening
    with a given name of the tables and read as :func:`_name_after` reads
    them. One person from the office to the name, coded by the first body the
    office names, GOV where it names none (as an office before a titled name
    is coded in :func:`_titled_names`), the article's state as its country
    where the office writes none.

    >>> from q7x2lib.actors import _actor_matcher, _bundled_actors, _default_tables
    >>> from q7x2lib.arabic import NormalizedText
    >>> m = _actor_matcher(_bundled_actors(), _default_tables())
    >>> text = NormalizedText("وزار وكيل محافظة الحرث سعد بن مانع الفيفي المصابين").norm
    >>> [(text[u.a:u.b], u.agent, u.unknown) for u in _doc_mentions(NormalizedText(text), m, None)]
    [('وكيل محافظة الحرث سعد بن مانع الفيفي', 'GOV', True)]
    """
    heads = [h.start() for h in _office_words(m.person_offices).finditer(norm)]
    if not heads:
        return units
    found = []
    agentless: set[int] = set()  # where the name of a university's officer starts (its office names a university)
    for g in _given_name_words(m.given_names, (_ALI,)).finditer(norm):
        a = g.start()
        if g[0] == _ALI and not _ali_as_name(norm, g.end(), m):
            continue  # رئيس الهيئة على الدور: على, no name
        at = bisect_left(heads, a - _OFFICE_HEAD_REACH)
        if at == len(heads) or heads[at] >= a:
            continue  # no office head word in reach before the name (one bisection, not a read of the gap)
        if found and a < found[-1][1] or any(u.a <= a < u.b for u in units):
            continue
        if _word_before_in(norm, a, m.name_links) is not None:
            continue  # آل سالم، بن خالد: inside a longer name
        head = _office_head_before(norm, a, m)
        gap = _WORDS.findall(norm, head[0], a)[1:] if head is not None else []
        if not gap or any(w.startswith("ي") for w in gap):
            continue  # طريق الملك خالد، المدير فهد: a head right before the name is a title a table reads, or a place
        taken = _full_name_after(norm, a - 1, units, hit_ends, m)
        if taken is None:
            continue
        b = taken[-1][0]
        if _word_before_in(norm, head[0], m.named_after_all if _word_at(norm, head[0]) in m.named_after_titles
                           else m.named_after_any) is not None:
            continue  # ملعب الأمير فلان، مركز الأمير فلان، برنامج الأمير فلان: a place, body or thing called after him
        inside = _free_inside(units, head[0], b, m.people, a)
        if inside is None or any(u.a < head[0] < u.b for u in units):
            continue  # a person of the tables, or the office inside a longer phrase: theirs to decide
        # the code: the first body with an agent (or an IGO) the office names after its head word (بمجلس النواب الليبي،
        # باسم الجماعة), else the office's own phrase where it is more than the head (السفير الأردني), else GOV
        own = next((u for u in inside if u.a == head[0] and u.agent and " " in norm[u.a : u.b].strip()), None)
        body = next((u for u in sorted(inside, key=lambda u: u.a) if head[0] < u.a < a and (u.agent or u.country == "IGO")),
                    own)  # للأمم المتحدة: an organisation of states, coded IGO with no agent
        word = _WORDS.match(norm, head[0] + len(head[1]))[0]
        # العميد الركن فلان: a rank that is also an office head (عميد، dean) codes the name as the rank does
        named = _office_body_agent(norm, head[0], a, m) if body is None and word not in m.ranks else None
        agent = (body.agent if body is not None else m.person_titles[word] if word in m.ranks
                 else named if named is not None else NAMED_AFTER_AGENT)
        if body is None and word in m.ranks and agent == "MIL" and _police_story(norm, m):
            agent = "COP"  # قائد مركز العمليات المقدم فلان in a story of the police or the civil defence
        country = body.country if body is not None else ""
        if not agent and (named if body is None and word not in m.ranks
                          else _office_body_agent(norm, head[0], a, m)) == "":
            agentless.add(a)  # رئيس قسم السياحة بجامعة حائل فلان: a university's officer, coded by its state alone
        found.append((head[0], b, head[1], country, agent, inside, a))
    return _names_covering(units, found, [_Unit(None, "name", a, b, pre, country, agent, unknown=True, name_at=at,
                                                office=AGENTLESS_BODY if at in agentless else "")
                                          for a, b, pre, country, agent, _, at in found], inside=-2)


_BODY_CLITIC = re.compile(r"^[وف]?(?:لل|[بل](?=ال))?")  # a conjunction and a preposition before a body word


def _office_body_agent(norm: str, a: int, b: int, m: _Matcher) -> str | None:
    """The agent of the body an unknown office phrase names in ``[a, b)`` where no table knows that body, or None.

    رئيس فريق سالك التطوعي، رئيس الجمعية السعودية للسلامة المرورية: a civil
    body (NGO); رئيس اللجنة الوطنية للسياحة بمجلس الغرف السعودية: a business
    body (BUS); رئيس قسم السياحة بجامعة حائل، عميدة الكلية: a university, no
    agent (""). The first word of the phrase that names one (the words of
    ``institution_word_*`` but the police ones, an association's head noun,
    a university word: جامعة، كلية) decides; an office naming none keeps
    the caller's code.

    >>> from q7x2lib.actors import _actor_matcher, _bundled_actors, _default_tables
    >>> m = _actor_matcher(_bundled_actors(), _default_tables())
    >>> [_office_body_agent(t, 0, len(t), m) for t in ("رئيس فريق سالك التطوعي", "رئيس قسم السياحة بجامعة حائل",
    ...                                                  "رئيس الجمعية السعودية للسلامة", "مدير التعليم بالمنطقة")]
    ['NGO', '', 'NGO', None]
    """
    for w in _WORDS.finditer(norm, a, b):
        word = _BODY_CLITIC.sub("", w[0], count=1)
        if word in m.institution_words and m.institution_words[word] != "COP":
            return m.institution_words[word]  # (not a police word: قسم العمليات of a municipality is no police)
        for bare in dict.fromkeys((word.removeprefix("ال"), word[1:] if word[:1] in "وبل" else word)):
            if m.institution_heads.get(bare) == "NGO":
                return "NGO"  # (not معهد: an institute's dean is read as a scholar by the statements, EDU)
            if bare in m.university_words:
                return ""
    return None


_OFFICE_HEAD_WORD = re.compile(r"(?<!\S)([وف]?[بل]?)(?:ال)?([^\W\d_]+)$")
_OFFICE_GAP_WORDS = 7
_ARTICLE_WORD = re.compile(r"^[وفبك]?(?:ال|لل)")  # a word with the article, its proclitics before it (والمدير، للشؤون)
_OFFICE_PHRASE_WORDS = 12  # how many words an office phrase before a person may run (_office_head_opening)


def _martyr_blocked(norm: str, start: int, m: _Matcher) -> bool:
    """Whether the word right before الشهيد at ``start`` is a kinsman's or a family's (``rel_title_kin``,
    ``martyr_blocked_before``: والد، عم، أسرة، زوجة، ذوي), a king's or a prince's (الملك، الأمير) or an armed body's
    (كتائب، سرايا): the name after it is the kinsman's own, a royal's or the body's (والد الشهيد الشيخ فلان، الملك
    الشهيد فيصل، كتائب الشهيد عز الدين القسام), no martyr's to code.

    Examples:
        >>> m = _Matcher.__new__(_Matcher); m.rel_title_kin = frozenset({"والد"}); m.martyr_blocked = frozenset({"اسره", "الملك", "كتائب"})
        >>> [_martyr_blocked(t, t.index("الشهيد"), m) for t in ("ووالد الشهيد علي", "لاسره الشهيد علي", "الملك الشهيد فيصل", "ونعى الشهيد علي")]
        [True, True, True, False]
        >>> text = "وقالت كتائب الشهيد عز الدين"
        >>> _martyr_blocked(text, text.index("الشهيد"), m)
        True
    """
    before = norm[max(0, start - 30) : start].split()[-1:]
    if not before:
        return False
    word = before[0].strip("،,.")
    words = m.rel_title_kin | m.martyr_blocked
    return _known(word, words) or (word[:1] in "لب" and _known(word[1:], words)) \
        or (word[:2] in ("ول", "وب", "فل") and word[2:] in words)


def _martyr_name(word: str, m: _Matcher) -> bool:
    """Whether ``word``, the first after الشهيد, can open a name: a given name of the tables, a family name with
    the article (الشهيد الحارثي), a rank (الشهيد الرقيب فلان), a quotation mark; not a verb or an adverb
    (الشهيد واقفا يتلقى), nor an ordinal (الشهيد الثالث).

    Examples:
        >>> m = _Matcher.__new__(_Matcher); m.given_names = frozenset({"علي"}); m.ranks = frozenset({"الرقيب"})
        >>> m.martyr_not_names = frozenset({"الثالث"})
        >>> [_martyr_name(w, m) for w in ("علي", "الحارثي", "الرقيب", "واقفا", "الثالث")]
        [True, True, True, False, False]
    """
    word = word.strip("\"«»“”")
    if word in m.martyr_not_names:
        return False  # الشهيد الثالث: an ordinal (``martyr_not_name``), no family name
    return word in m.given_names or word in m.ranks or (word.startswith("ال") and len(word) > 4)


_MARTYR_AT = re.compile(r"[وف]?[لب]?(\S+)")  # the title a name's mention opens with (والشهيد فلان)


def _opens_with_martyr_title(norm: str, a: int, m: _Matcher) -> bool:
    """Whether the mention at ``a`` opens with الشهيد (``martyr_title``), clitics aside (والشهيد فلان)."""
    title = _MARTYR_AT.match(norm, a) if m.martyr_titles else None
    return title is not None and title[1] in m.martyr_titles
_HEADLINE_CHARS = 200  # a field this short is a headline: its story (the body) is not read here


def _martyr_agent(norm: str, m: _Matcher) -> str:
    """The agent of a martyr named after الشهيد: a policeman (COP) in a police story (:func:`_police_story`), a
    soldier (MIL) where the text names a military body or a rank (``military_story_word``, ``police_story_word``,
    ``person_title_mil``), else a civilian (CVL: a bombing's victim), coded with the story's state. A headline
    (a field shorter than ``_HEADLINE_CHARS``) has no story to read: its martyr is a soldier (MIL), as the samples
    code nearly all the martyrs they name (43 of 45 الشهيد names and roles in A-AY, MIL or COP).

    Examples:
        >>> m = _Matcher.__new__(_Matcher); m.ranks = frozenset({"الرقيب"})
        >>> m.police_story_words, m.military_story_words = ("شرطه",), ("الجيش",)
        >>> [_martyr_agent(t, m) for t in ("نعى الجيش الشهيد علي", "اعلنت شرطه المنطقه", "تشييع الشهيد علي")]
        ['MIL', 'COP', 'MIL']
        >>> _martyr_agent("صلى المصلون في المسجد الجامع على الشهيد علي الفلاني " * 5, m)
        'CVL'
    """
    if _police_story(norm, m):
        return "COP"
    if any(w in norm for w in m.military_story_words) or any(w in norm for w in m.police_story_words) \
            or any(f" {w} " in norm for w in m.ranks):
        return "MIL"
    return "MIL" if len(norm) < _HEADLINE_CHARS else "CVL"


def _police_story(norm: str, m: _Matcher) -> bool:
    """Whether the text is a police story: its police and security phrases (``police_story_word``: شرطة،
    الجوازات، حرس الحدود، الدفاع المدني ...) are more than twice its military ones (``military_story_word``:
    الجيش، التحالف، العسكري ...), counted as substrings of the normalised text (twice: a foreign war story that
    names the police too, شرطة ... الجيش ... الجيش، stays military). A person named there by a rank alone
    (العريف فلان، الرائد فلان) is a policeman or a security officer, COP, as the samples code him (160 of the 162
    Saudi rank-titled persons of such texts in samples A-AX), not the rank's MIL.

    Examples:
        >>> m = _Matcher.__new__(_Matcher)
        >>> m.police_story_words, m.military_story_words = ("شرطه", "الجوازات"), ("الجيش", "العسكري")
        >>> _police_story("اعلنت شرطه المنطقه ان العريف سعد", m)
        True
        >>> _police_story("اعلن الجيش ان العريف سعد في شرطه", m)
        False
        >>> _police_story("قال الجيش ان شرطه و شرطه المنطقه", m)
        False
    """
    police = sum(norm.count(w) for w in m.police_story_words)
    return police > 0 and police > 2 * sum(norm.count(w) for w in m.military_story_words)


def _police_office_before(norm: str, a: int, m: _Matcher) -> bool:
    """Whether the rank at ``a`` follows, in apposition, an office of a police or security body: an office head
    (``person_office``: مدير، قائد، الناطق ...) within a few words before it on the same clause (one comma right
    before the rank allowed), a word of ``rank_police_body`` (شرطة، الأمن، الدوريات، المرور ...) among the head
    and the words after it. The samples code such an officer COP (X-AV, I, J, S: SAU COP), a rank alone MIL.

    Examples:
        >>> m = _Matcher.__new__(_Matcher); m.person_offices = frozenset({"مدير", "قائد", "ناطق"})
        >>> m.rank_police_words = frozenset({"شرطه", "امني", "دوريات"})
        >>> text = "وقال مدير شرطه المحافظه الرائد سعد"
        >>> _police_office_before(text, text.index("الرائد"), m)
        True
        >>> text = "وقال قائد الدوريات بالمدينة، العقيد سعد"
        >>> _police_office_before(text, text.index("العقيد"), m)
        True
        >>> text = "وقال قائد اللواء الثالث العميد سعد"
        >>> _police_office_before(text, text.index("العميد"), m)
        False
        >>> text = "في مقر الشرطة. العقيد سعد"
        >>> _police_office_before(text, text.index("العقيد"), m)
        False
    """
    gap = norm[max(0, a - _OFFICE_HEAD_REACH) : a].rstrip()
    gap = gap[:-1] if gap.endswith(("،", ",")) else gap  # قائد الدوريات بالمدينة، العقيد فلان
    words = list(_WORDS.finditer(gap))
    if not words or gap[words[-1].end():].strip():
        return False
    seen = []
    for n, w in enumerate(reversed(words)):
        if n >= _OFFICE_GAP_WORDS:
            return False
        if gap[w.end() : words[len(words) - n].start()].strip() if n else False:
            return False  # punctuation inside the gap: another clause
        word = w[0]
        if word in word_set("office_gap_stop"):
            return False
        stem = _OFFICE_HEAD_WORD.match(word)
        stem = stem[2] if stem else word
        seen.append(stem)
        if stem in m.person_offices:
            return any(s in m.rank_police_words for s in seen)
    return False


def _office_head_before(norm: str, a: int, m: _Matcher) -> tuple[int, str] | None:
    """Where an office head (مدير، عميد، رئيس ... of :data:`person_office`) starts within a few words before a
    title at ``a``, on the same clause (no punctuation, verb or particle between), with its proclitic; or None.

    >>> from q7x2lib.actors import _actor_matcher, _bundled_actors, _default_tables
    >>> m = _actor_matcher(_bundled_actors(), _default_tables())
    >>> text = "وقال مدير التعليم بالمنطقه الاستاذ سعد"
    >>> _office_head_before(text, text.index("الاستاذ"), m)
    (5, '')
    >>> text = "وقال مدير التعليم ان الاستاذ سعد"
    >>> _office_head_before(text, text.index("الاستاذ"), m) is None
    True
    """
    gap = norm[max(0, a - _OFFICE_HEAD_REACH) : a]
    words = list(_WORDS.finditer(gap))
    if not words or gap[words[-1].end():].strip():
        return None  # punctuation right before the title
    offset = a - len(gap)
    for n, w in enumerate(reversed(words)):
        if n >= _OFFICE_GAP_WORDS:
            return None
        after = gap[w.end() : words[len(words) - n].start()] if n else gap[w.end():]
        if after.strip():
            return None  # punctuation inside the gap: another clause
        word = w[0]
        head = _office_proclitics(word, m.person_offices)
        if head is not None and not head[0]:
            return offset + w.start(), ""  # وكيل، وزير: a head whose first letter only looks like a conjunction
        if word in word_set("office_gap_stop") or word in m.name_enders or word in m.person_title_words:
            return None
        if head is not None:
            return offset + w.start(), head[0]
    return None


def _free_inside(units: list[_Unit], a: int, b: int, people: frozenset[str], name_at: int = -1) -> list[_Unit] | None:
    """The mentions inside ``[a, b)``, or None when one of them decides the span itself: a person of the tables,
    a doubtful phrase with alternatives, or a mention running past the span. A doubtful bare family name of the
    tables after the first word of the personal name at ``name_at`` (سعيد عباس، خالد صالح) is part of someone
    else's full name."""
    inside = [u for u in units if u.a < b and a < u.b]
    if any(u.actor_id in people and not (name_at >= 0 and _doubtful_family(u, name_at)) or u.alternatives or u.b > b or u.a < a for u in inside):
        return None
    return inside


def _doubtful_family(u: _Unit, a: int) -> bool:
    """Whether ``u`` is a doubtful one-word name of the tables (عباس) written after ``a``, a full name's start."""
    return u.ambiguous and u.kind == "name" and u.a > a and not u.pre and not u.alternatives


def _name_after(norm: str, pos: int, units: list[_Unit], hit_ends: dict[int, int], m: _Matcher,
                rank: bool = False, office_ends: bool = False, titled: bool = False) -> list[tuple[int, str, bool]]:
    """The words of a personal name written right after ``pos`` (a title's or an office's end), or none.

    Each word is ``(end, word, punctuation after it)``. The name runs over
    further titles and rank words, up to punctuation, a word that is no name
    (a particle, a reporting verb, a title of office), a word another phrase
    starts at, or a family name with the article that no بن or آل continues;
    at most four names. After a ``rank`` (اللواء، الفريق) or an office, the
    first name has no article. With ``office_ends``, an office head (مديرة،
    ورئيس), a conjunction before one or a dash after a space ends a name of
    two words as a reporting verb does (a titled name leaves the office to
    the apposition of the offices a table knows: السفير فلان مستشار الوزير).
    A time word (اليوم، أمس، غدا، الليلة، صباح اليوم) closes a name of two words
    or more as a reporting verb does, and after an office head a preposition
    (إلى، في، خلال) closes a name of two, where the last word is not read as a
    verb, a feminine noun or an accusative by its letters (:func:`_name_shaped`).
    With ``titled`` (``pos`` is a title's end), a word of ``given_name_after_title`` (علي، صباح) opens the name
    before another given name; after بن it is a father's name wherever the name starts.
    """
    taken: list[tuple[int, str, bool]] = []  # (end, word, punctuation after it)
    closed = False  # the name ran up to a word that ends a name (إن، قال، رئيس): its last word is a name too
    if titled and (opening := _NAME_OPENING.match(norm, pos)) is not None:
        pos = opening.end()  # المواطن / فلان، العريف/ فلان: a slash first
    while sum(word not in m.name_links for _, word, _ in taken) < 4:
        w = _NEXT_WORD.match(norm, pos)
        if w is None:
            # كارستن فرتش -محلل ...، فلان الفلاني (45 عاما): a dash or a bracket after a space ends the name too
            closed = office_ends and len(taken) == 2 and _SPACED_MARK.match(norm, pos) is not None
            break
        word = w[1]
        if not taken and word in m.name_prefix_words:
            pos = w.end(1)
            continue
        if word == _ALI and norm[w.end(1) : w.end(1) + 5].split()[:1] in (["بن"], ["ابن"]):
            pass  # الدكتور علي بن فلان: the given name, not على
        elif word == _ALI and not w[2] and (not taken or taken[-1][1] in m.given_names) and _ali_as_name(norm, w.end(1), m):
            pass  # السفير علي العياشي، ناصر علي الغامدي، علي حسن الفلاني: the given name before a name, not على
        elif word in m.given_after_title and not w[2] and (
                taken and taken[-1][1] in word_set("father_link")
                or not taken and titled and (after := _NEXT_WORD.match(norm, w.end(1))) is not None
                and (after[1] in m.given_names or after[1] in m.name_links)):
            # فلان بن علي الفلاني، الكاتب علي سعد الفلاني: a given name that is a common word too (على، صباح), a name
            # after بن, or right after a title before another given name (not أكد الشيخ على الرغم، على أهمية)
            pass
        elif w.start(1) in hit_ends and _adjective_given_name(norm, w, taken, pos, hit_ends, m, titled):
            pass  # الشيخ تركي الشليل، الأمير فيصل بن تركي: the given name, not the adjective for Turkey
        elif (word in m.not_name or len(word) < 2 or _CLITIC_ARTICLE.match(word)
                or w.start(1) in hit_ends and not _ambiguous_at(units, w.start(1))
                or office_ends and taken and taken[-1][1] not in m.name_links
                and (_conjoined_ender(word, m) or _office_or_verb(word, m))
                or taken and _time_closer(norm, w)):
            # مديرة، ورئيس، وقال: an office head, or a conjunction opening another office or clause, ends a name of
            # two words as a reporting verb does (a longer run before it is a clause: اللواء فلان يشغل منصب نائب);
            # not after بن (فيصل بن فهد بن مساعد: a given name)
            closed = word in m.name_enders or office_ends and len(taken) == 2 and (
                _conjoined_ender(word, m) or _office_or_verb(word, m)
                or word in word_set("name_preposition_closer") and _name_shaped(taken, m)) \
                or len(taken) >= 2 and _time_closer(norm, w) and _name_shaped(taken, m)
            break  # والبريقة (a second place), إن, a phrase of its own: the name is over
        family = word.startswith("ال") and word not in m.name_links  # not آل itself, a link
        if not taken and rank and family:
            break  # الفريق الطبي: the team, no name
        taken.append((w.end(1), word, bool(w[2])))
        pos = w.end(1)
        if w[2] or family and norm[pos : pos + 5].split()[:1] not in (["بن"], ["ال"]):
            break  # punctuation, or a family name that ends the name
    # a name ends with its family name (الفلاني), a link's next word or punctuation; a plain word
    # after a given name is the sentence going on (الأمير سعود طريقه)
    while len(taken) > 1 and (taken[-1][1] in m.name_links or not (taken[-1][1].startswith("ال") or taken[-1][2]
                                                                  or taken[-2][1] in m.name_links or closed)):
        taken.pop()
        closed = False
    if not taken or taken[-1][1] in m.name_links:
        return []
    return taken


_WORD_ENDING = re.compile(r"(\S+)$")  # the word written right before a position


def _adjective_given_name(norm: str, w: re.Match, taken: list[tuple[int, str, bool]], pos: int,
                          hit_ends: dict[int, int], m: _Matcher, titled: bool) -> bool:
    """Whether the word read by ``w`` (:data:`_NEXT_WORD`), a state's adjective with no article that is also a given
    name of the tables (تركي), is that given name in the name :func:`_name_after` reads: after a link (فيصل بن تركي
    بن عبدالله), or first after a definite title (``titled``: المهندس تركي السيف، الشيخ تركي الشليل; an adjective of
    a definite title would have the article, الشيخ التركي) before another word of a name (a given name, a link, a
    family name with the article).

    >>> from q7x2lib.actors import _actor_matcher, _bundled_actors, _default_tables
    >>> m = _actor_matcher(_bundled_actors(), _default_tables())
    >>> text = "وقال المهندس تركي السيف"
    >>> w = _NEXT_WORD.match(text, 12)
    >>> _adjective_given_name(text, w, [], 12, {13: 17}, m, True), _adjective_given_name(text, w, [], 12, {13: 17}, m, False)
    (True, False)
    >>> text = "وقال رجل اعمال تركي"
    >>> _adjective_given_name(text, _NEXT_WORD.match(text, 14), [], 14, {15: 19}, m, True)
    False
    """
    word = w[1]
    if w[2] or word not in m.given_names or hit_ends.get(w.start(1)) != w.end(1):
        return False
    entry = m.single.get(word)
    if entry is None or entry.kind != "adjective":
        return False
    if taken:
        return taken[-1][1] in m.name_links
    title = _WORD_ENDING.search(norm, max(0, pos - 30), pos)
    if not titled or title is None or _DEFINITE_WORD.match(title[1]) is None:
        return False
    after = _NEXT_WORD.match(norm, w.end(1))
    return after is not None and (after[1] in m.given_names or after[1] in m.name_links
                                  or after[1].startswith("ال") and len(after[1]) > 3)


def _name_shaped(taken: list[tuple[int, str, bool]], m: _Matcher) -> bool:
    """Whether the words ``taken`` may make a name a time word or a preposition closes: each a given name of the
    tables, a link, or none read as a verb, a feminine noun or an accusative by its letters (عون جاءت أمس، اتصالا
    هاتفيا اليوم، الطفلة أصيبت بكسر في، والفريق يلاقي هجر اليوم); a word before the last may end in ه or open with ت، ن، س (خواجه آصف، سامر)."""
    last = len(taken) - 1
    return all(word in m.given_names or word in m.name_links
               or word[:1] not in ("يتنس" if i == last else "ي") and word[-1] not in ("تةها" if i == last else "تةا")
               for i, (_, word, _) in enumerate(taken))


def _time_closer(norm: str, w: re.Match) -> bool:
    """Whether the word read by ``w`` (:data:`_NEXT_WORD`) is a time word that ends a personal name before it
    (اليوم، أمس، غدا، الليلة, word list ``name_time_closer``), or one after a word that opens a time phrase
    (``name_time_opener``: صباح، مساء; صباح is a given name too: الشيخ صباح الأحمد), or a time word that ends a
    name only after such an opener (``name_time_after_opener``: صباح يوم، مساء الغد)."""
    closers = word_set("name_time_closer")
    if w[1] in closers:
        return True
    openers, after_openers = word_set("name_time_opener"), word_set("name_time_after_opener")
    if w[1] not in openers or w[2]:
        return False
    after = _NEXT_WORD.match(norm, w.end(1))
    return after is not None and (after[1] in closers or after[1] in after_openers)


def _conjoined_ender(word: str, m: _Matcher) -> bool:
    """Whether ``word`` is و or ف before a word that ends a personal name (:attr:`name_enders`: وممثل، فقال) or an
    office head (:attr:`person_offices`: ورئيس، والمدير)."""
    rest = word[1:]
    return word[:1] in ("و", "ف") and (rest in m.name_enders or rest.removeprefix("ال") in m.person_offices)


def _name_words(norm: str, u: _Unit, m: _Matcher) -> list[str]:
    """The words of the personal name of an unknown titled person (its title, ranks and links left out)."""
    words = _WORDS.findall(norm, u.name_at, u.name_end if u.name_end >= 0 else u.b) if u.name_at >= 0 else []
    return [w for w in words if w not in m.name_links and w not in m.name_prefix_words]


def _table_person_by_given_and_family(norm: str, u: _Unit, m: _Matcher) -> tuple | None:
    """The person of the people table an unknown titled person ``u`` is, his name written with or without بن and
    with more or fewer of his forefathers than the table writes (خالد بن مرضي العنزي for the table's خالد مرضي
    العنزي, محمد بن حمود بن صالح الشايع for محمد بن حمود الشايع): the same given name first and family name last,
    and between them the same father's name, one side's forefathers a beginning of the other's; one such person
    only. A name with no father's name between (محمد العمري) is too many people's, and so is a table's name with
    none (a father's name the table does not write may be another's). ``(actor_id, names between, country,
    agent)``, or None.

    Examples:
        >>> m = _Matcher.__new__(_Matcher)
        >>> m.name_links, m.name_prefix_words = frozenset({"بن"}), frozenset({"الدكتور"})
        >>> m.people_by_given_family = {("علي", "الغفيص"): {("ghafees", ("ناصر",), "SAU", "GOV")}}
        >>> def unit(text):
        ...     return _Unit(None, "name", 0, len(text), "", unknown=True, name_at=8)
        >>> _table_person_by_given_and_family("الدكتور علي بن ناصر بن سعد الغفيص", unit("الدكتور علي بن ناصر بن سعد الغفيص"), m)[0]
        'ghafees'
        >>> _table_person_by_given_and_family("الدكتور علي بن سعد الغفيص", unit("الدكتور علي بن سعد الغفيص"), m)
        >>> _table_person_by_given_and_family("الدكتور علي الغفيص", unit("الدكتور علي الغفيص"), m)

        A given name of two words is one (غرم الله بن عبدالله سدران: عبدالله is his father's name, which a table's
        غرم الله سدران does not write):

        >>> m.people_by_given_family = {("غرمالله", "سدران"): {("sedran", (), "SAU", "GOV")}}
        >>> _table_person_by_given_and_family("الدكتور غرم الله بن عبدالله سدران", unit("الدكتور غرم الله بن عبدالله سدران"), m)
    """
    words = compound_given_name([w for w in _WORDS.findall(norm, u.name_at, u.name_end if u.name_end >= 0 else u.b)
                                 if w not in m.name_prefix_words])
    if len(words) < 2 or words[0] in m.name_links or set(words[-2:]) & m.name_links:  # (فهد بن سلطان بن عبدالعزيز:
        # a forefather last, no family name)
        return None
    middle = tuple(w for w in words[1:-1] if w not in m.name_links)
    if not middle:
        return None  # محمد العمري: a given and a family name alone are too many people's
    found = {p for p in m.people_by_given_family.get((words[0], words[-1]), ())
             if p[1] and (p[1][: len(middle)] == middle or middle[: len(p[1])] == p[1])}
    return next(iter(found)) if len({p[0] for p in found}) == 1 else None


def _named_again(units: list[_Unit], norm: str, m: _Matcher, others: tuple = (),
                 people: list | None = None, namesakes: frozenset[str] = frozenset()) -> list[_Unit]:
    """Persons named again later in the article, by part of their name.

    A person named in full earlier in the article (by a table, or an unknown
    person after a title: الدكتور ماجد القصبي) is the one meant by a later
    title and part of that name (الأمير سعود after الأمير سعود الفيصل, الدكتور
    القصبي) and by the family name alone (القصبي، وباتيس), where no other
    phrase of the tables is written; an office right before such a name
    (الرئيس السادات) is one mention with it. An unknown person keeps no
    ``actor_id`` but the code of the mention that introduced it. A family
    name that some table holds as written (صالح، هادي، التركي) is left to that
    table's rules; one the tables hold only without its article (الرويس, not
    رويس) is the person's.

    ``others`` are the people another field of the article names in full
    (its body, for the headline), as this field's own namings are, and are
    looked for from the field's start (الفالح: after وزير الصحة خالد الفالح
    in the body); ``people``, where given, is extended with this field's own. ``namesakes``: the family names
    that the field gives a namesake of a person of the tables (:func:`_namesake_hits`: عبد الودود وحيدي), the
    namesake's when written again, though a table holds them.
    """
    named: list[tuple[_Unit, frozenset[str], str, str]] = list(others)  # (first mention, name words, family name as
    # written, given name)
    if not units and not named:
        return units
    out: list[_Unit] = []
    for u in units:
        if u.unknown and u.name_at >= 0 and (person := _table_person_by_given_and_family(norm, u, m)) is not None:
            u = u._replace(actor_id=person[0], unknown=False, country=u.country or person[2], agent=u.agent or person[3])
        if u.unknown and u.name_at >= 0:
            words = _name_words(norm, u, m)
            # a name of two parts or more opening with another given name is another person, though its words are all
            # in the first one's: فهد بن فهيد السبيعي after ماجد بن فهد بن فهيد السبيعي is the father, not the son
            earlier = [n for n in named if words and set(words) <= n[1] and (len(words) < 2 or words[0] == n[3])]
            if len({(n[0].actor_id, n[2]) for n in earlier}) == 1 and (len(words) < len(earlier[-1][1]) or earlier[-1][0].actor_id):
                first = earlier[-1][0]  # الأمير سعود after الأمير سعود الفيصل: that person again
                # (the story's state alone, which _context_country gives a titled name, yields to the first
                # naming's code, none where an office beside that naming is to code it: المهندس المبارك)
                own = u.country if u.agent or not first.unknown else ""
                u = u._replace(actor_id=first.actor_id, unknown=first.unknown, country=first.country or own,
                               agent=first.agent or u.agent)
            elif len(words) > 1:
                named.append((u, frozenset(words), _family_name(words, len(words) - 1), words[0]))
        elif u.actor_id in m.people and u.kind == "name":
            words = m.person_words.get(u.actor_id, frozenset())
            written = _WORDS.findall(norm, u.a, u.b)
            at = next((i for i in reversed(range(len(written))) if written[i] in words), -1)
            family = _family_name(written, at) if at >= 0 else ""
            if family and not any(n[0].actor_id == u.actor_id for n in named):
                named.append((u, words, family, next(w for w in written if w in words)))
        out.append(u)
    if people is not None:  # (from another field, its offsets are none of that field's: read from its start)
        people.extend((n[0]._replace(a=0, b=0), *n[1:]) for n in named[len(others):])
    found = []
    for k, (first, words, family, _) in enumerate(named):
        bare = family.removeprefix("ال")
        if len(bare) < 3 or family in m.not_name:
            continue
        # التركي، صالح: a table's word too (not a town's name only: علي الأحمدي ... وأكد الأحمدي is the person)
        held = family not in namesakes and (_table_word(family, m) or family == bare and _table_word(bare, m))
        town = family in m.entries and not held  # (في الأحمدي is still the town, no person)
        if (k < len(others) or bare in m.entries) and family.endswith(_NOUN_ENDINGS):
            continue  # وزير ... فلان وزارات الاستثمار، المتحدث باسم الانتخابات: a name read on into a noun of the
            # sentence; the headline's الانتخابات (and باب السلامة, سلامة a table's name) is that noun
        if held and (k < len(others) or not _family_after_name(norm, first, family, m)):
            continue  # ولي العهد البريطاني: a state's adjective of an office, no family name of the person's
        if not _may_be_written_again(family, norm[first.b:]):
            continue  # the name is not written again: no pattern to build
        if first.unknown and _names_a_place(norm, family):
            continue  # الناشط فادي الزبداني ... منطقة الزبداني: a town's name taken for a family name, the town's
        for hit in _family_name_regex(family).finditer(norm, first.b):
            a, b = hit.start(), hit.end()
            if any(x.a < b and a < x.b for x in out + found) or _after_name_link(norm, a, m.name_links):
                continue  # عبد العزيز، بن عبيد مدني: a part of some longer name
            if family in namesakes and first.actor_id and _given_name_before(norm, first._replace(a=a), _namesake_given(words, m)):
                continue  # سيارة سليمان الأسد after بشار الأسد and سليمان هلال الأسد: the namesake again, not the person
            pre = hit[1]
            if town and _is_place(norm, a, pre, m.place_words):
                continue
            if held:  # اللواء التركي، الدكتور التركي after اللواء منصور التركي: the person only after a title of
                # his (not a description: المواطن التركي is a Turkish citizen)
                title = None if pre else _word_before_in(norm, a, m.name_prefix_words - m.descriptive_titles)
                if title is None:
                    continue
                a, pre = title.start(1), _PLACE_CLITIC.match(title[1])[0] if _PLACE_CLITIC.match(title[1]) else ""
            found.append(first._replace(kind="name", a=a, b=b, pre=pre, ambiguous=False, name_at=-1, body_id=None))
    out = sorted(out + found, key=lambda x: x.a)
    joined: list[_Unit] = []
    for u in out:
        prev = joined[-1] if joined else None
        again = u in found or u.ambiguous and u.actor_id in m.people  # a family name, the person known from before
        if (again and prev is not None and prev.kind in {"role", "agent", "title"} and not u.pre
                and not prev.actor_id and (not u.country or prev.country in ("", u.country)) and _apposition(norm, prev.b, u.a)):
            # الرئيس السادات، السفير الفايز: the office and the name, one mention, coded by the office where the name is not
            u = u._replace(a=prev.a, pre=prev.pre, country=u.country or prev.country, agent=u.agent or prev.agent)
            joined.pop()
        joined.append(u)
    return joined


_CLAUSE_MARK = re.compile(r"[.،,:؛!?\n«»\"]")  # a mark that ends the clause a subject is read back in
_DESCRIBED_REACH = 60  # characters read back from a name for the verb of saying that opens its clause


def _described_speaker(norm: str, start: int, m: _Matcher) -> bool:
    """Whether the name at ``start`` follows a definite word in a clause a verb of saying opens (وقال الإعلامي
    فلان، وقال مدير شركة الخبير المالية فلان): the subject is the description and the name together, which the
    readers of speakers code (a profession MED, a company's office BUS), not a private person named alone."""
    before = _WORD_BEFORE.search(norm, max(0, start - 30), start)
    if before is None or not _DEFINITE_PREFIX.match(before[1]):
        return False
    clause = _CLAUSE_MARK.split(norm[max(0, start - _DESCRIBED_REACH) : before.start()])[-1]
    return _saying_verbs(m.role_speaker_forms).search(clause) is not None


def _names_a_place(norm: str, family: str) -> bool:
    """Whether ``norm`` writes ``family`` right after a noun of a place (``place_head``: منطقة الزبداني، بمدينة
    الزبداني): the word names a town there, and a person named after it is not meant by it alone."""
    heads = word_set("place_head")
    at = norm.find(family)
    while at > 0:
        before = _WORD_BEFORE.search(norm, max(0, at - 20), at)
        if before is not None and _DEFINITE_PREFIX.sub("", _PLACE_CLITIC.sub("", before[1], count=1), count=1) in heads:
            return True
        at = norm.find(family, at + 1)
    return False


_NOUN_ENDINGS = ("ة", "ات")  # a feminine or plural noun (السياحة، الانتخابات), hardly a family name


def _family_after_name(norm: str, first: _Unit, family: str, m: _Matcher) -> bool:
    """Whether ``first`` (a naming in ``norm``) writes ``family`` right after a given or a father's name (منصور
    التركي، عبدالمحسن التركي), as a family name is written, not after an office (ولي العهد البريطاني)."""
    at = norm.rfind(family, first.a, first.b)
    before = _WORD_BEFORE.search(norm, max(first.a, at - 20), at) if at > first.a else None
    return before is not None and (before[1] in m.given_names or before[1].startswith(_ABD))


def _may_be_written_again(family: str, rest: str) -> bool:
    """Whether ``rest`` may hold the family name of :func:`_family_name_regex`: a one-word name as written or,
    with the article, joined to ل (للقصبي); a name of two words by its last word (its space is optional there).
    A test by substring, cheaper than building the name's pattern, which few articles need.

    Examples:
        >>> _may_be_written_again("القصبي", "وقال للقصبي"), _may_be_written_again("القصبي", "القصبية")
        (True, True)
        >>> _may_be_written_again("القصبي", "قصبي"), _may_be_written_again("عبد النور", "عبدالنور")
        (False, True)
    """
    bare = family.removeprefix("ال")
    if " " in family:
        return bare.split()[-1] in rest
    return family in rest or family != bare and "ل" + bare in rest


@lru_cache(maxsize=4096)
def _family_name_regex(family: str) -> re.Pattern:
    """The family name written again, with proclitics (والقصبي، للقصبي), its spaces optional (عبد النور، عبدالنور)."""
    bare = family.removeprefix("ال")
    forms = re.escape(family).replace(r"\ ", r"\s?") + (f"|(?<=ل)ل{re.escape(bare)}" if family.startswith("ال") else "")
    return re.compile(rf"(?<![^\W\d_])([وف]?[بلك]?)(?:{forms})(?![^\W\d_])")


def _family_name(words: list[str], at: int) -> str:
    """The family name ending at ``words[at]``: the word, or عبد and the word when a first name comes before
    them (منير فخري عبد النور, رامي عبدالرحمن → عبد النور، عبد الرحمن: a compound name is never cut after عبد)."""
    word = words[at]
    if at >= 2 and words[at - 1] == _ABD:
        return f"{_ABD} {word}"
    if at >= 1 and word.startswith(_ABD) and len(word) > len(_ABD) + 2:
        return f"{_ABD} {word[len(_ABD):]}"
    return word


def _after_name_link(norm: str, start: int, links: frozenset[str]) -> bool:
    """Whether one of the two words before ``start`` is a name link (بن، عبد، آل): the word continues a longer name."""
    return any(w in links for w in norm[max(0, start - 30) : start].split()[-2:])


def _ambiguous_at(units: list[_Unit], start: int) -> bool:
    """Whether the mention starting at ``start`` is a doubtful bare name (a word no table is sure of)."""
    return any(u.a == start and u.ambiguous and u.kind == "name" for u in units)


def _offices_before_name(units: list[_Unit], i: int, norm: str) -> int | None:
    """The index of the name that a run of two or more offices from ``units[i]`` introduces, or None.

    Offices and name follow each other after spaces and at most a comma,
    with no proclitic; the offices have no country or the name's, and the
    name is no name shared by several people.
    """
    j, end, countries = i + 1, units[i].b, {units[i].country} - {""}
    while j < len(units):
        nxt = units[j]
        if not (_apposition(norm, end, nxt.a) and not nxt.pre):
            return None
        if nxt.kind == "name":
            fits = not countries or countries == {nxt.country}  # الجانب الأمريكي ... بوتين: not one person
            return j if j > i + 1 and (nxt.actor_id or nxt.unknown) and not nxt.ambiguous and fits else None
        if nxt.kind not in {"role", "agent", "title"}:
            return None
        countries |= {nxt.country} - {""}
        end, j = nxt.b, j + 1
    return None


def _quoted(norm: str, u: _Unit) -> bool:
    """Whether a mention stands between quotation marks (لـ«الشرق الأوسط», "عكاظ"): an outlet's name, not the phrase.

    Brackets are quotation marks of an outlet's name too (لـ(عكاظ)، وكانت (الجزيرة) قد انفردت), and so is a detached
    لـ right before the bare name (قال لـ عكاظ): the name is then what one speaks to, not a market or an island.

    >>> _quoted("قال ل(عكاظ) ان", _Unit(None, "name", 6, 10, "")), _quoted("قال ل عكاظ ان", _Unit(None, "name", 6, 10, ""))
    (True, True)
    >>> _quoted("في سوق عكاظ", _Unit(None, "name", 7, 11, ""))
    False
    """
    if u.a <= 0 or u.b > len(norm):
        return False
    before, after = norm[u.a - 1], norm[u.b : u.b + 1]
    if before in _OPEN_QUOTES and after in _CLOSE_QUOTES and u.b < len(norm):
        return True
    if before == "(" and after == ")":
        return True
    return not u.pre and _DETACHED_LAM.search(norm, max(0, u.a - 4), u.a) is not None


def _addressed_outlet(u: _Unit) -> bool:
    """Whether ``u`` is an outlet of the tables written with ل: the one spoken to, not someone the next office describes.

    وقال لـ«الوطن» المتحدث الرسمي باسم وزارة الحج: the daily, then the
    spokesman who speaks to it (two mentions); وكالة رويترز، المتحدث ... is
    unaffected (no ل).
    """
    return u.agent == "MED" and bool(u.actor_id) and u.pre.endswith("ل")


def _role_chain(units: list[_Unit], i: int, norm: str) -> int:
    """The end (exclusive) of the run of offices written after the name ``units[i]`` and describing it.

    Each office follows the previous one after spaces and at most a comma,
    or one word (النائب الثاني لرئيس مجلس الوزراء), has no country or the
    name's, and has no proclitic but a ل after such a word.
    """
    name, j, end = units[i], i + 1, units[i].b
    while j < len(units):
        nxt = units[j]
        if nxt.kind not in {"role", "agent"} or nxt.country not in ("", name.country) and (not name.unknown or name.country):
            break  # (an unknown person already of one state, by an office before the name, is no other state's office)
        if nxt.office == RESIDENT:
            break  # أعلن الدكتور فلان الطلبة المقبولين: a group of people after the name, no office of it
        if _apposition(norm, end, nxt.a) and not nxt.pre:
            pass
        elif not (j > i + 1 and nxt.pre in ("", "ل") and _ONE_WORD_GAP.fullmatch(norm, end, nxt.a)):
            break
        end, j = nxt.b, j + 1
    return j


def _is_place(norm: str, start: int, pre: str, place_words: frozenset[str]) -> bool:
    """A country or capital after في، إلى، من ... or with ب attached is where something happens (not after an
    idiom of ``place_word_idiom`` that holds a place word: عن طريق، من طريق)."""
    if "ب" in pre:
        return True
    before = norm[max(0, start - 14) : start].split()
    if not before:
        return False
    word = before[-1]  # the place word may carry its own proclitics (لمحافظة عدن، وبمطار صنعاء)
    if " ".join(before[-2:]) in word_set("place_word_idiom"):
        return False  # عن طريق سلطنة عمان: by way of, through the state's help, not on its road
    return any(w in place_words for w in (word, _PLACE_CLITIC.sub("", word, count=1)))


def _possessed_attribute(norm: str, start: int, pre: str) -> bool:
    """A state or capital with ل after a definite phrase headed by a thing a state has (``possessed_attribute``:
    الحدود الجنوبية للمملكة، الناتج المحلي الإجمالي للمملكة، السياسة السكانية للمملكة) is the territory or the
    economy of X, no actor (mentions guideline 3 and 9.3: possessives of things are not acts); the head of an act
    or a stance keeps it (الدعم الأمريكي لمصر، المواقف الثابتة للمملكة).

    Examples:
        >>> _possessed_attribute(normalize("على الساحلين الشرقي والغربي للمملكة"), 35, "ل")
        True
        >>> _possessed_attribute(normalize("وجدد المواقف الثابتة للمملكة"), 22, "ل")
        False
    """
    if "ل" not in pre:
        return False
    attributes = word_set("possessed_attribute")
    words = _CLAUSE_MARK.split(norm[max(0, start - 60) : start])[-1].split()[-_ATTRIBUTE_RUN:]
    for word in reversed(words):  # back over the definite nouns and adjectives (a definite phrase may follow
        # another: قبل الحرب العاصمة الاقتصادية لسورية)
        if not _DEFINITE_WORD.match(word) or word in word_set("alif_lam_verb"):
            return False
        if _DEFINITE_PREFIX.sub("", word, count=1) in attributes:
            return True
    return False


def _dateline(norm: str, start: int, end: int, pre: str) -> bool:
    """Whether the place at ``start:end`` is the text's dateline: after a name and a dash at its head (سبق- الرياض:،
    عين اليوم – أبوظبي), or the text's first word before a date (الرياض 25 شوال); a place before a colon alone is
    not one, as a headline "موسكو: ..." (the government speaking, a statement) has that form too."""
    if pre or start > 60:
        return False
    if _DATELINE_HEAD.fullmatch(norm, 0, start):
        return True
    return not norm[:start].strip() and _DATELINE_DATE.match(norm, end) is not None


def _paragraph_datelines(norm: str, hits: list[tuple]) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    r"""The sections of a round-up of several states' wire items, each opened by its paragraph's dateline
    (كولومبو - "الشرق الاوسط":، ياوندي - ا.ف.ب:، * لندن - برلين:), for :func:`_context_country`: (where the section
    starts, the state of the dateline's place), and the datelines' spans, which hold no mention (a dateline is not
    annotated, nor the agency in it).

    A section starts at its headline: the short line right before its dateline that ends with no full stop. The
    place is one of a state's capitals or towns (the countries and places tables), not an ambiguous one; where the
    tail names a second place (* لندن - برلين:), that one is where the item is from. Only a text with two such
    datelines or more, of two states or more, is a round-up; otherwise there are no sections (a story's own dateline
    counts for its state in :func:`_compose`). A line of a dateline's shape whose place no table knows still ends the
    item before it: its own section has no state (the story's state stands), and its span is kept (it may be a
    speaker's line: وقال فلان - محام:).

    >>> from q7x2lib.actors import _Entry
    >>> town = lambda c: _Entry(None, "province", country=c)
    >>> norm = "موجز\nعنوان\nكولومبو - ا ف ب: قالت الشرطة\nعنوان اخر\nمانيلا - رويترز: قال"
    >>> hits = [(town("LKA"), 11, 18, "", "كولومبو"), (town("PHL"), 50, 56, "", "مانيلا")]
    >>> _paragraph_datelines(norm, hits)
    ([(5, 'LKA'), (40, 'PHL')], [(11, 27), (50, 66)])
    >>> _paragraph_datelines(norm, hits[:1])
    ([], [])
    """
    found = []  # (line start, place's state, the dateline's span)
    state_names: frozenset[str] | None = None
    for entry, a, b, pre, key in hits:
        if (pre or not (entry.place or entry.kind == "province") or not entry.country or entry.country == "IGO"
                or entry.ambiguous or (opening := _PARAGRAPH_DATELINE_OPEN.search(norm, max(0, a - 8), a)) is None
                or (tail := _PARAGRAPH_DATELINE_TAIL.match(norm, b)) is None):
            continue
        if state_names is None:
            state_names = _state_name_keys()
        if key in state_names:
            continue  # المملكة المتحدة - شازام: a state's own name heading a list's line, no dateline
        if found and found[-1][2][0] <= a < found[-1][2][1]:
            continue  # the second place of * لندن - برلين: (taken below)
        state = entry.country
        second = [h[0].country for h in hits if b < h[1] and h[2] <= tail.end() and (h[0].place or h[0].kind == "province")
                  and h[0].country and h[0].country != "IGO" and not h[0].ambiguous]
        if second:
            state = second[-1]
        line = opening.start() + (norm[opening.start()] == "\n" if opening.start() < len(norm) else 0)
        found.append((line, state, (line, tail.end())))
    if len(found) < 2 or len({state for _, state, _ in found}) < 2:
        return [], []
    known = {line for line, _, _ in found}
    found = sorted(found + [(line.start(), "", None) for line in _PARAGRAPH_DATELINE_LINE.finditer(norm)
                            if line.start() not in known])
    sections = []
    for line, state, _ in found:
        head_end = len(norm[:line].rstrip())  # (blank lines between the headline and its dateline)
        before = norm.rfind("\n", 0, head_end)
        headline = norm[before + 1 : head_end].strip()
        start = before + 1 if line and headline and len(headline) <= 150 and not headline.endswith(".") and not any(
            f[0] == before + 1 for f in found) else line
        sections.append((start, state))
    return sections, [span for _, _, span in found if span]


def _state_name_keys() -> frozenset[str]:
    """The normalised names of the states of the countries table in force (form ``name``: بريطانيا، المملكة
    المتحدة), which a dateline does not give (its place is a capital or a town)."""
    from .actors import _key

    table = table_in_force("countries")
    return frozenset(_key(p) for p, form in zip(table["phrase"], table["form"]) if form == "name" and isinstance(p, str))


def _section_state(sections: list[tuple[int, str]], at: int) -> tuple[int, str]:
    """The start and the state of the round-up section (:func:`_paragraph_datelines`) that holds ``at``; (-1, "") before
    the first, and in a section whose dateline's place no table knows.

    >>> _section_state([(5, "LKA"), (39, "PHL")], 20), _section_state([(5, "LKA"), (39, "PHL")], 2)
    ((5, 'LKA'), (-1, ''))
    >>> _section_state([(5, "LKA"), (39, "")], 40)
    (-1, '')
    """
    start, state = next(((start, state) for start, state in reversed(sections) if start <= at), (-1, ""))
    return (start, state) if state else (-1, "")


def _coordinated_after(norm: str, place_end: int, start: int, pre: str) -> bool:
    """Whether the name at ``start`` is joined by و (attached) or أو to a place that ends at ``place_end``."""
    if place_end < 0 or start <= place_end:
        return False
    gap = norm[place_end:start]
    return pre.startswith("و") and _COORDINATION_GAP.fullmatch(gap) is not None or _OR_GAP.fullmatch(gap) is not None


def _preposition_head(norm: str, start: int, end: int, pre: str, heads: frozenset[str]) -> bool:
    """Whether the name at ``start:end`` heads a compound preposition (لصالح الجيش، في صالح اليمن).

    The name is one of ``heads``, has ل attached or في before it, and the noun
    it governs follows it: a word right after it, not one joined by و.
    """
    if norm[start:end].split()[-1][len(pre):] not in heads and norm[start:end] not in heads:
        return False
    if "ل" not in pre and _word_before_in(norm, start, ("في",)) is None:
        return False
    after = _NEXT_WORD.match(norm, end)
    return after is not None and after.start(1) == end + 1 and not after[1].startswith("و")


def _studied_at(norm: str, start: int, pre: str, words: frozenset[str]) -> bool:
    """Whether a university at ``start`` is where someone studied: after من، في or ب, with a word of study
    (``studied_at``: الدكتوراه، تخرج، درس ...) among the six words before, in the same sentence (شهادة الدكتوراه في
    العلوم السياسية من جامعة جورج تاون، ودرس الفلسفة في كلية الآداب بجامعة القاهرة)."""
    before = re.split(r"[.!?؟:؛]", norm[max(0, start - 100) : start])[-1].split()
    if not pre.endswith("ب"):
        if not before or before[-1] not in ("من", "في"):
            return False
        before = before[:-1]
    return any(w in words or _PLACE_CLITIC.sub("", w, count=1) in words for w in before[-6:])


def _word_before_in(norm: str, start: int, words) -> re.Match | None:
    """The word right before ``start`` (one space between) when it, or it without its proclitics, is one of ``words``.

    A personal title (الجنرال، والدكتور) before a name; a noun a body is
    called after a person by (مركز الملك سلمان، لجامعة الملك سعود).
    """
    word = _WORD_BEFORE.search(norm, max(0, start - 20), start)
    if word and (word[1] in words or _PLACE_CLITIC.sub("", word[1], count=1) in words):
        return word
    return None


_DEFINITE_PREFIX = re.compile(r"^[وف]?(?:[بك]?ال|لل)(?=..)")  # والوزير، للسفير: the proclitics and the article


def _office_word_before(norm: str, start: int, m: _Matcher) -> bool:
    """Whether the word right before ``start`` is the definite head of a person's office (الوزير، والسفير،
    للرئيس: :attr:`person_offices` with the article), which a family name after it names."""
    word = _WORD_BEFORE.search(norm, max(0, start - 20), start)
    if word is None or (head := _DEFINITE_PREFIX.match(word[1])) is None:
        return False
    return word[1][head.end():] in m.person_offices


def _after_definite_noun(norm: str, start: int) -> bool:
    """Whether the word before ``start`` is a definite noun (الطائرة، والقوات، للحكومة), on the same line."""
    before = norm[max(0, start - 20) : start]
    if not before.endswith(" "):
        return False
    words = before.split()
    return bool(words) and _DEFINITE_WORD.match(words[-1]) is not None and words[-1] not in word_set("alif_lam_verb")


def _apposition(norm: str, end: int, start: int) -> bool:
    return _APPOSITION_GAP.fullmatch(norm, end, start) is not None


def _placed_body_then_comma(norm: str, u: _Unit, nxt: _Unit, offices: frozenset[str] = frozenset()) -> bool:
    """Whether ``u`` is a body set في a place (المقاومة في محافظة إب، السلطات في ولاية تكساس) and a comma stands
    between it and ``nxt``: the mention ends at the place, and the name after the comma (الشيخ فلان) is the
    body's officer or spokesman, no apposition of the body. An office whose holder is known (a person) is one, and
    so is a phrase whose head is one of ``offices`` (المتحدث باسم المقاومة في شبوة، فلان: the spokesman named).

    Examples:
        >>> text = "المقاومة في محافظة اب، الشيخ فلان"
        >>> body = _Unit(None, "agent", 0, text.index("،"), "")
        >>> name = _Unit(None, "name", text.index("الشيخ"), len(text), "")
        >>> _placed_body_then_comma(text, body, name), _placed_body_then_comma(text, body._replace(b=8), name)
        (True, False)
        >>> _placed_body_then_comma("المتحدث في اب، الشيخ فلان", _Unit(None, "agent", 0, 13, ""), name, frozenset({"متحدث"}))
        False
    """
    return (u.kind == "agent" and not u.office and not u.actor_id and " في " in norm[u.a : u.b]
            and any(c in norm[u.b : nxt.a] for c in ",،")
            and _bare_phrase(u, norm).split()[0].removeprefix("ال") not in offices)


def _resolve_groups(offsets, norm, groups, merged, m: _Matcher,
                    sections: list[tuple[int, str]] | None = None) -> list[_Unit]:
    counts = Counter(u.actor_id for u in merged if u.actor_id)
    ranked = [aid for aid, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    def most_named(units):  # the states the units name most (by any mention coded with them), first named first on a tie
        states = Counter(u.country for u in units if u.country and u.country != "IGO")
        first = {}
        for u in units:
            first.setdefault(u.country, u.a)
        return sorted(states, key=lambda c: (-states[c], first[c]))[:2]

    article_states = most_named(merged)
    out = []
    for g in groups:
        two_states = article_states
        if sections and (section := _section_state(sections, g.a)[0]) >= 0:
            # البلدين in a round-up of several states' wire items: the two states of its own item
            end = next((start for start, _ in sections if start > section), len(norm))
            two_states = most_named([u for u in merged if section <= u.a < end])
        if not g.pre and _word_before_in(norm, g.a, m.joint_not_after) is not None:
            continue  # حل الدولتين: the two-state solution
        phrase = norm[g.a : g.b]
        oa, ob = int(offsets[g.a]), int(offsets[g.b - 1]) + 1
        if any(w in phrase for w in m.joint_country_words):  # البلدين، العاصمتين: two states, by their codes
            if len(two_states) == 2:
                out.extend(_Unit(m.country_actor.get(c), "group", oa, ob, g.pre, c) for c in sorted(two_states))
            continue
        members = [aid for aid in ranked if aid in m.leaders][:2]
        if len(members) == 2:
            out.extend(_Unit(aid, "group", oa, ob, g.pre, *m.actor_codes.get(aid, ("", ""))) for aid in sorted(members))
    return out
