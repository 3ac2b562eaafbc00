"""Actor mentions: who is named, by name or by role, with clitics and variants.

The actors are data: ``data/lexicons/actors.csv`` has one row per phrase,
``actor_id, name_ar, name_en, type, side, kind, phrase, valid_from, valid_to,
note``. ``kind`` says what the phrase is:

* ``name``: a name or an institution's own name (بوتين، الكرملين);
* ``role``: a role phrase for an actor, valid between two dates
  (الرئيس الأمريكي is Trump before 2021-01-20 and Biden after);
* ``block``: a phrase that names nobody in the table but contains a role
  phrase (نائب الرئيس الروسي is not Putin), so the role inside is not taken;
* ``title``: a word that forms one mention with the name after it
  (الرئيس بايدن) and is nothing on its own;
* ``group``: a joint reference (الزعيمين، البلدين) resolved to the two
  leaders or countries named most in the same article.

This module holds the table and how a phrase resolves to an actor on a
date; :mod:`q7x2lib.mentions` finds the mentions with the one term matcher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from .arabic import normalize
from .errors import LexiconError
from .lexicons import load_lexicon, scope_token, table_in_force, word_list, word_set
from .matching import _OPEN_END, WILDCARD, TermMatcher, trie_regex

ACTOR_COLUMNS = ("actor_id", "name_ar", "name_en", "type", "side", "country", "agent", "kind", "phrase", "valid_from",
                 "valid_to", "note")


# --- the lexicon -------------------------------------------------------------------------


def load_actors(path: str | Path | pd.DataFrame | None = None, *, extend: bool = True) -> pd.DataFrame:
    """Load the actor lexicon (one row per phrase), ready for matching.

    The actor table of :func:`q7x2lib.lexicons.load_lexicon`, with each
    actor's ``name_ar, name_en, type, side`` filled on all its rows and the
    validity dates parsed.

    Args:
        path: A CSV (or DataFrame) in the shape of ``data/lexicons/actors.csv``;
            ``None`` loads the bundled table.
        extend: With a ``path``, add its rows to the bundled table (its rows
            win where the same actor and phrase appear in both); ``False``
            replaces the bundled table.

    Returns:
        The lexicon, ``valid_from``/``valid_to`` as dates (NaT = open).

    Raises:
        LexiconError: a malformed row, named by file and line; an actor with
            no name row or no side.

    Examples:
        >>> actors = load_actors()
        >>> actors.loc[actors.actor_id == "putin", "side"].unique().tolist()
        ['RU']
    """
    table = load_lexicon("actors", path, extend=extend)[list(ACTOR_COLUMNS)]
    return _fill_actor_columns(table, path if isinstance(path, (str, Path)) else "the actor table")


def _fill_actor_columns(table: pd.DataFrame, source) -> pd.DataFrame:
    table = table.copy()
    for col in ("name_ar", "name_en", "type", "side", "country", "agent"):
        first = table[table[col] != ""].groupby("actor_id")[col].first()
        filled = table["actor_id"].map(first).astype(object)
        table[col] = filled.where(filled.notna(), "")
    real = table[~table.actor_id.isin(["-", "*"])]
    lacking = sorted(real.loc[real.side == "", "actor_id"].unique())
    if lacking:
        raise LexiconError(f"{source}: actor(s) {lacking} have no side (RU / US / other) on any row")
    nameless = sorted(set(real.actor_id) - set(real.loc[real.kind == "name", "actor_id"]))
    if nameless:
        raise LexiconError(f"{source}: actor(s) {nameless} have no row of kind 'name'")
    for col in ("valid_from", "valid_to"):
        table[col] = pd.to_datetime(table[col].replace("", None)).astype("datetime64[us]")
    return table.reset_index(drop=True)


def actor_table(actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per actor: ``actor_id, name_ar, name_en, type, side, n_names, n_roles``.

    Examples:
        >>> actor_table().set_index("actor_id").loc["kremlin", "name_en"]
        'Kremlin (Russian presidency)'
    """
    actors = load_actors() if actors is None else actors
    real = actors[~actors.actor_id.isin(["-", "*"])]
    counts = real.pivot_table(index="actor_id", columns="kind", values="phrase", aggfunc="count", fill_value=0)
    info = real.groupby("actor_id")[["name_ar", "name_en", "type", "side"]].first()
    return info.assign(
        n_names=counts.get("name", 0), n_roles=counts.get("role", 0)
    ).reset_index()


# --- the matcher ---------------------------------------------------------------------------

#: The knowledge tables coded mentions are built from, besides the actor table.
CODING_TABLES = ("people", "organisations", "countries", "agents", "offices")


@dataclass(frozen=True)
class _Entry:
    """What a phrase means: an actor (or none), how it names it, and its event-data code."""

    actor_id: str | None
    kind: str  # name, role, block, title, group (actor table); adjective, agent (coding tables)
    valid_from: object = None
    valid_to: object = None
    country: str = ""
    agent: str = ""
    office: str = ""
    ambiguous: bool = False
    from_actor_table: bool = False
    place: bool = False  # a country, capital or seat: an actor, or only where something happens
    adjective: bool = False  # a country's name that is also its adjective (السعودية): after a definite noun, the adjective


class _Matcher:
    """The one term matcher over every phrase of every table, and what each phrase means."""

    def __init__(self, actors: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> None:
        self.entries: dict[str, list[_Entry]] = {}
        for key, entry in _entries(actors, tables):
            self.entries.setdefault(key, []).append(entry)
        for key, entry in _place_entries():
            self.entries.setdefault(key, [entry])  # a phrase another table holds keeps that table's meaning
        words = load_lexicon("word_lists")
        for word in word_list("anaphor", words):  # a word no table holds, found to look back
            self.entries.setdefault(_key(word), [_Entry(None, "anaphor")])
        self.terms = TermMatcher(self.entries)
        self.single = {k: v[0] for k, v in self.entries.items() if len(v) == 1 and v[0].kind != "role"}
        # كلينتون: a name several people of the tables share (and no other kind of phrase): each person it may be,
        # (actor_id, country, agent) in table order; the article's earlier full name decides (mentions._appositions)
        self.namesakes: dict[str, tuple] = {}
        for key, options in self.entries.items():
            people = [e for e in options if e.kind == "name" and e.actor_id and not e.place and not e.from_actor_table]
            if len(people) == len(options) and len({e.actor_id for e in people}) > 1:
                self.namesakes[key] = tuple(dict.fromkeys((e.actor_id, e.country, e.agent) for e in people))
        self._dated: dict[tuple, _Entry | None] = {}
        self._undecided: dict[str, _Entry | None] = {}
        self.alternatives: dict[int, tuple] = {}
        self.offices = _office_holders(tables["offices"])
        # المملكة: a word that begins the names of several states (المملكة المتحدة، المملكة المغربية ...), each
        # state it may then stand for besides its own (see mentions._appositions: the outlet's own kingdom)
        names = tables["countries"].loc[tables["countries"]["form"] == "name"]
        name_keys = [(_key(phrase), code) for phrase, code in zip(names["phrase"], names["code"])]
        rivals_of = {key: frozenset(c for k, c in name_keys if k.startswith(key + " ") and c != code)
                     for key, code in name_keys}
        self.name_rivals = {key: rivals for key, rivals in rivals_of.items() if rivals}
        orgs = tables["organisations"]
        self.org_codes = dict(zip(orgs.actor_id, orgs.country))
        self.org_agents = dict(zip(orgs.actor_id, orgs.agent))
        # the named bodies of a state with no agent code (universities: the mention guideline, section 4)
        self.agentless_bodies = frozenset(orgs.loc[(orgs.agent == "") & ~orgs.country.isin(["", "IGO"]), "actor_id"])
        # the non-governmental bodies of no state (the world scout bodies, FIFA, MSF): their officers take no country
        self.stateless_ngos = frozenset(orgs.loc[(orgs.agent == "NGO") & (orgs.country == ""), "actor_id"])
        self.people = frozenset(tables["people"].actor_id) | frozenset(actors.loc[actors.type == "person", "actor_id"])
        # an office's agent where every phrase naming it agrees (interior_minister COP, defence_minister MIL)
        office_agents = tables["agents"].loc[tables["agents"]["office"].fillna("") != ""].groupby("office")["agent"]
        self.office_agents = {office: agents.iloc[0] for office, agents in office_agents if agents.nunique() == 1}
        # a person's code while holding no office (Trump the businessman before 2017: USA BUS): the spells of the
        # office table whose office a word list names as outside office, kept apart from the offices a role names
        outside = {office: agent for name, agent in (("outside_office", ""), ("outside_office_bus", "BUS"),
                                                     ("outside_office_opp", "OPP"))
                   for office in word_list(name, words, required=False)}
        self.outside_office: dict[str, list[tuple]] = {}  # actor_id -> (country, agent, start, end)
        for where, office in [k for k in self.offices if k[1] in outside]:
            for actor_id, start, end in self.offices.pop((where, office)):
                self.outside_office.setdefault(actor_id, []).append((where, outside[office], start, end))
        self.held: dict[str, list[tuple]] = {}  # actor_id -> (country or organisation, start, end) of each office
        self.held_offices: dict[str, list[tuple]] = {}  # actor_id -> (country, office, start, end): نظيره's office
        # الرئيس المخلوع: an office a role names (the deposed president on the article's date) that is no office
        # held, so neither the person's code (Saleh in 2015: YEM REB, as the people table has him) nor نظيره's office
        no_office = frozenset(word_list("office_held_no_longer", words, required=False))
        self.no_office = no_office
        # المخلوع: a noun alone (Saleh), but the adjective of a definite noun right before it (النظام المخلوع)
        self.adjective_after_noun = frozenset(_key(w) for w in word_list("adjective_after_noun", words, required=False))
        # the people table's own code of each person (its first row): the code of a person such an office resolves
        # to (الرئيس المخلوع in a Yemeni story of 2015: Saleh, YEM REB as the gold codes him, not the role's ELI)
        people_rows = tables["people"].drop_duplicates("actor_id")
        self.people_codes = dict(zip(people_rows.actor_id, zip(people_rows.country, people_rows.agent)))
        # المبعوث الأممي، المبعوث الدولي alone: the UN envoy of the story's state (envoy_yemen in a Yemeni story)
        self.un_envoy_phrases = frozenset(normalize(w) for w in word_list("un_envoy_phrase", words, required=False))
        self.un_envoy_offices = dict(w.split("=", 1) for w in word_list("un_envoy_office", words, required=False))
        self.antecedent_agents = frozenset(word_list("body_follows_antecedent", words, required=False))  # LEG، JUD، COP
        self.sports_words = frozenset(word_list("sports_signing_word", words, required=False))  # لاعب، مدرب، النادي
        # الفرنسية، الألمانية standing for their news agency after a citation (وبحسب "الفرنسية"): word -> agency id
        self.agency_short_names = {w: a for w, _, a in (x.partition(" ") for x in word_list("agency_short_name", words,
                                                                                            required=False))
                                   if a in self.org_codes}
        for (where, office), spells in self.offices.items():
            for actor_id, start, end in spells if office not in no_office else ():
                self.held.setdefault(actor_id, []).append((where, start, end))
                self.held_offices.setdefault(actor_id, []).append((where, office, start, end))
        # الملك، العاهل: the head of state of a monarchy only (a king is no president)
        # الأمير alone: the head of state of an emirate only (in Saudi news a prince, see mentions._context_country)
        for title, states in (("monarch", "monarchy"), ("emir", "emirate")):
            for country in word_list(states, words):
                spells = self.offices.get((country.upper(), "head_of_state"), [])
                self.offices[country.upper(), title] = spells
                for actor_id, start, end in spells if title == "emir" else ():  # الأمير تميم holds what الأمير names
                    self.held_offices.setdefault(actor_id, []).append((country.upper(), title, start, end))
        # the offices some person holds somewhere (head_of_state, crown_prince, monarch ...): a title one person bears
        self.held_offices_any = frozenset(office for _, office in self.offices)
        self.some_states_offices = frozenset(word_list("office_of_some_states", words))  # ولي العهد: not every state
        self.organisation_offices = frozenset(word_list("organisation_office", words))  # الأمين العام: of a body
        prince = "|".join(re.escape(normalize(w).removeprefix("ال")) for w in word_list("prince_title", words))
        self.prince_title = re.compile(rf"(?<!\S)[وف]?(?:[بك]?ال|لل)(?:{prince or '(?!)'})(?!\S)")
        self.counterpart_words = frozenset(word_list("counterpart_word", words))
        self.office_adjectives = frozenset(word_list("office_adjective", words))  # السبب الرئيس: main, no office
        self.subordinate_nouns = frozenset(word_list("subordinate_noun", words))  # مساعد وزير الدفاع: not the minister
        self.posted_abroad = frozenset(word_list("posted_abroad_noun", words))  # السفير في اليمن: not Yemen's
        # مندوب خليجي في أوبك: the words beside a state between a delegate noun and its organisation
        self.igo_delegate_filler = frozenset(normalize(w) for w in word_list("igo_delegate_filler", words, required=False))
        leader = word_list("leader_role_prefix", words)
        self.joint_country_words = word_list("joint_countries", words)
        self.joint_not_after = frozenset(word_list("joint_not_after", words))  # حل الدولتين: a solution, no actors
        self.place_words = frozenset(word_list("place_preposition", words))
        self.indefinite_sources = frozenset(word_list("indefinite_source", words))
        self.construct_offices = frozenset(normalize(w) for w in word_list("construct_office", words))  # محافظ جدة
        # أمير المنطقة: an office of "the region" that names the holder of that office of the one region the article
        # names (أمير منطقة جازان), each phrase with the region noun it holds (see mentions._region_back_references)
        self.region_back_offices = frozenset(normalize(w) for w in word_list("region_back_office", words, required=False))
        # الرئيس العام: an office named by its head words alone, the holder of the one full office of the tables
        # (الرئيس العام لرعاية الشباب) whose body the article names (رعاية الشباب; see mentions._body_back_references)
        self.body_back_offices = {head: tuple((key, key[len(head) + 1 :].removeprefix("ل")) for key in self.entries
                                              if key.startswith(head + " ") and key[len(head) + 1 :].startswith("ل"))
                                  for head in (normalize(w) for w in word_list("body_back_office", words, required=False))}
        # شرطة منطقة القصيم، أمانة حائل: a local body in construct with the place it serves (see mentions._place_after)
        self.construct_bodies = frozenset(normalize(w) for w in word_list("construct_body", words))
        self.body_place_heads = frozenset(normalize(w) for w in word_list("body_place_head", words))
        # الحكومة المالية، القوات المسلحة المالية: the bodies of a state whose ambiguous adjective (المالية: Malian or
        # financial) names that state after them; after another noun (الإدارة المالية، الشركة المالية) only where the
        # article names the state without doubt elsewhere (see mentions.find_mentions)
        self.ambiguous_adjective_state_heads = frozenset(
            normalize(w) for w in word_list("ambiguous_adjective_state_head", words, required=False))
        self.other_sense_adjectives = frozenset(normalize(w) for w in word_list("adjective_other_sense", words, required=False))
        # المعارض: an agent word whose bare form is as often a thing (exhibitions); an actor only with a state's
        # adjective or name written after it (المعارض السوري; see mentions.find_mentions)
        self.qualified_only_agents = frozenset(normalize(w) for w in word_list("qualified_only_agent", words, required=False))
        # المستشفى، المدارس: a body that is as often the building where someone is (نقل إلى المستشفى، في المدارس)
        self.place_agents = frozenset(normalize(w) for w in word_list("place_agent", words, required=False))
        # لجنة متابعة أسعار الوقود، جمعية البر: a body's head noun and its construct name, known to no table, and the
        # words of such a name that give its agent (see mentions._construct_bodies; lists a user's table may lack)
        self.institution_heads = {normalize(w): agent for name, agent in (("institution_head_gov", "GOV"),
                                                                          ("institution_head_ngo", "NGO"),
                                                                          ("institution_head_edu", ""))
                                  for w in word_list(name, words, required=False)}
        # مجلس إدارة: a board, of the body named after it (see mentions._boards_of_bodies)
        self.board_phrases = tuple(normalize(w) for w in word_list("board_phrase", words, required=False))
        self.board_no_agent = frozenset(normalize(w) for w in word_list("board_body_no_agent", words, required=False))
        self.institution_words = {normalize(w): agent.upper() for agent in ("cop", "rel", "ngo", "bus", "jud", "mil")
                                  for w in word_list(f"institution_word_{agent}", words, required=False)}
        self.institution_stop = frozenset(normalize(w) for w in word_list("institution_name_stop", words, required=False))
        # جامعة، كلية: a university inside an office phrase gives the office no agent (رئيس قسم ... بجامعة حائل: SAU)
        self.university_words = frozenset(normalize(w) for w in word_list("university_body", words, required=False))
        self.institution_office_before = (frozenset(normalize(w) for w in word_list("institution_office_before", words,
                                                                                        required=False))
                                          | frozenset(word_list("person_office", words)))
        self.institution_stateless = frozenset(normalize(w) for w in word_list("institution_stateless_word", words,
                                                                                required=False))
        # مكتب الإحصاء الأوروبي: a body of the European Union, IGO with no agent, wherever its seat
        self.institution_igo = frozenset(normalize(w) for w in word_list("institution_igo_word", words, required=False))
        self.institution_districts = frozenset(normalize(w) for w in word_list("institution_head_district", words,
                                                                                required=False))
        heads = "|".join(map(re.escape, self.institution_heads)) or "(?!)"
        self.institution_head = re.compile(rf"(?<![^\W\d_])([وف]?(?:[بل]|لل)?)(ال)?({heads})(?![^\W\d_])")
        # بنسبة، بواقع، في: where a listed company's name after its share noun ends (see mentions._listed_companies)
        self.company_stop = frozenset(normalize(w) for w in word_list("company_name_stop", words))
        # شركة المياه الوطنية، مجموعة «داسو»: a business noun before its name (see mentions._named_companies); the
        # nouns of company_head_quoted only before a quoted or Latin name (مؤسسة الملك فيصل is no company)
        heads = {name: [normalize(w) for w in word_list(name, words, required=False)]
                 for name in ("company_head", "company_head_quoted", "company_not_name")}
        self.company_not_name = frozenset(heads["company_not_name"])  # بنك الدم: no company
        self.company_heads_quoted = frozenset(heads["company_head_quoted"])
        # (with the article, only the nouns of company_head: الشركة السعودية للكهرباء, and الشركة referring back)
        self.company_nouns_definite = frozenset(heads["company_head"])
        # the nouns alone, as whole words' ends: the proclitics before them are read by mentions._company_heads (a
        # pattern opening with optional proclitics would be tried at every letter of every article)
        alternation = "|".join(map(re.escape, heads["company_head"] + heads["company_head_quoted"])) or "(?!)"
        self.company_noun = re.compile(rf"(?:{alternation})(?![^\W\d_])")
        self.company_noun_words = tuple(heads["company_head"] + heads["company_head_quoted"])  # a substring test first
        self.named_after = frozenset(word_list("named_after_noun", words))  # مركز الملك سلمان: a body, not the king
        # طريق الملك فهد: a place, no mention; جامعة الملك سعود: a university, no agent (lists a user's table may lack)
        self.named_after_places = frozenset(word_list("named_after_place", words, required=False))
        # كأس خادم الحرمين الشريفين، جائزة الملك سلمان: a thing called after a person, no actor; برنامج الأمير نايف:
        # one only after a royal's title (برنامج أوباما الإصلاحي is his own programme)
        self.named_after_things = frozenset(word_list("named_after_thing", words, required=False))
        self.named_after_titled_things = frozenset(word_list("named_after_titled_thing", words, required=False))
        self.named_after_titles = frozenset(word_list("named_after_title", words, required=False))
        self.named_after_none = self.named_after_places | self.named_after_things  # no mention at all after these
        self.named_after_universities = frozenset(word_list("named_after_university", words, required=False))
        # مؤسسة الملك فيصل الخيرية: a foundation called after a royal is a non-profit (NGO), not a state body
        self.named_after_ngos = frozenset(word_list("named_after_ngo", words, required=False))
        # الطلاب، المعلمين: a plural gated as residents that a count or a participle after it singles out (mentions)
        self.specific_group_nouns = frozenset(word_list("specific_group_noun", words, required=False))
        # الدكتوراه من، تخرج في: a university after them is where someone studied, not an actor (mentions._studied_at)
        self.study_words = frozenset(normalize(w) for w in word_list("studied_at", words, required=False))
        # the nouns read before a person's name (a university's dual too: جامعتي الملك عبدالعزيز وجدة)
        self.named_after_any = self.named_after | self.named_after_none | self.named_after_universities
        # with the nouns that name a thing only before a royal's title (برنامج الأمير نايف), which the readers of
        # a name with no title leave alone (برنامج أوباما، مسرحية من بطولة فلان: the person)
        self.named_after_all = self.named_after_any | self.named_after_titled_things
        self.preposition_nouns = frozenset(word_list("preposition_noun", words))  # لصالح الجيش: in favour of
        # الدكتور فلان، اللواء فلان: a title and the personal name after it, known to no table (see mentions)
        self.person_titles = {w: agent for name, agent in (("person_title", ""), ("person_title_gov", "GOV"),
                                                           ("person_title_mil", "MIL"), ("person_title_leg", "LEG"),
                                                           ("person_title_med", "MED"), ("person_title_cvl", "CVL"),
                                                           ("person_title_bus", "BUS"))
                              for w in word_list(name, words, required=name != "person_title_bus")}
        # الأسد: a person's family name that is also a common word, taken in any story that names the person's state
        # (not only in a story of that state: a Saudi daily's Syria story), see mentions._appositions
        self.state_story_names = frozenset(word_list("name_in_state_story", words, required=False))
        # الشيخ فلان with no office beside it: a cleric (REL), unless a family (آل) or a tribe marks a royal or an elder
        self.rel_titles = frozenset(word_list("person_title_rel", words, required=False))
        # العيون: a foreign capital's name that is also a town of a state (places rows noted "ambiguous"): the
        # states whose town it is, and for each state one pattern over its other towns and regions (places table,
        # regions table: Saudi), see mentions._home_namesakes
        self.home_namesakes, self.home_places = _home_places()
        self.rel_title_guards = frozenset(normalize(w) for w in word_list("rel_title_guard", words, required=False))
        self.rel_title_places = frozenset(normalize(w) for w in word_list("rel_title_place", words, required=False))
        self.rel_title_kin = frozenset(normalize(w) for w in word_list("rel_title_kin", words, required=False))
        self.rel_title_tribes = frozenset(normalize(w) for w in word_list("rel_title_tribe", words, required=False))
        self.ranks = frozenset(word_list("person_title_mil", words))
        # الشهيد فلان: a martyr's name, coded by the story (see mentions._martyr_agent); not after a kinsman's or a
        # king's word (والد الشهيد فلان، الملك الشهيد فيصل: ``martyr_blocked_before``)
        self.martyr_titles = frozenset(word_list("martyr_title", words, required=False))
        self.martyr_not_names = frozenset(normalize(w) for w in word_list("martyr_not_name", words, required=False))
        self.martyr_blocked = frozenset(normalize(w) for w in word_list("martyr_blocked_before", words, required=False))
        # تعيين / ترقية فلان بن فلان الفلاني على وظيفة ...: an appointee to a public post (see mentions._appointed)
        self.appointment_nouns, self.appointment_posts, self.appointment_private = (
            tuple(normalize(w) for w in word_list(name, words, required=False))
            for name in ("appointment_noun", "appointment_post", "appointment_private"))
        # شرطة، الأمن، الدوريات، الدفاع المدني ...: the police and security bodies whose officer, named by rank right
        # after the office (مدير شرطة كذا الرائد فلان), the samples code COP, not MIL (stems without ال)
        self.rank_police_words = frozenset(normalize(w).removeprefix("ال")
                                           for w in word_list("rank_police_body", words, required=False))
        # شرطة، الجوازات ... against الجيش، التحالف ...: a text whose police phrases outnumber its military ones is a
        # police story, whose officers named by a rank alone (العريف فلان) are COP (see mentions._police_story)
        self.police_story_words = word_list("police_story_word", words, required=False)
        self.military_story_words = word_list("military_story_word", words, required=False)
        # المريض، اللاعب، الطالب: descriptions written before plain text far more often than before a name, a title
        # only before a full name that opens with a given name of the tables (اللاعب خالد الزيلعي, not اللاعب فضل ...)
        self.given_name_titles = frozenset(word_list("title_before_given_name", words, required=False))
        # السيناتور، الصحافي، الناشط: descriptions as often as titles, a title only before a full name
        self.descriptive_titles = frozenset(w for name in ("person_title_leg", "person_title_med", "person_title_cvl",
                                                           "person_title_bus")
                                            for w in word_list(name, words, required=name != "person_title_bus"))
        self.rank_words = frozenset(word_list("rank_word", words))
        self.person_title_words = frozenset(self.person_titles)  # one set, so mentions builds its title pattern once
        self.name_prefix_words = self.person_title_words | self.rank_words  # words before a personal name, not of it
        # the titles that may stand between an office and a person's name (وزير الثقافة الدكتور فلان), once per matcher
        self.apposition_titles = self.person_title_words - self.descriptive_titles
        # and the honorifics of several words (صاحب السمو الملكي) that stand there as a title does
        self.apposition_titles |= frozenset(word_list("honorific_phrase", words))
        self.name_links = frozenset(normalize(w) for w in word_list("name_link", words))  # آل، أبو as the text reads them
        # the words of each person's names (titles and links left out): a later part of the name is that person
        self.person_words: dict[str, frozenset[str]] = {}
        titles = self.name_prefix_words | self.name_links
        persons = actors[actors.type == "person"]
        given: set[str] = set()  # the first words of the tables' full names: given names (محمد، سعيد، أبو)
        for actor_id, phrase in [*zip(tables["people"].actor_id, tables["people"].phrase), *zip(persons.actor_id, persons.phrase)]:
            named = {w for w in _key(phrase).split() if w not in titles and len(w) > 1}
            self.person_words[actor_id] = self.person_words.get(actor_id, frozenset()) | named
            parts = [w for w in _key(phrase).split() if w not in self.name_prefix_words]
            if len(parts) > 1 and not parts[0].startswith("ال"):
                given.add(parts[0])
        # (given name, family name) → (actor_id, the names between them, country, agent) of each full name of the
        # people table: the same person written with his father's name or without it (علي بن ناصر الغفيص، علي
        # الغفيص), which mentions._table_person_by_given_and_family reads
        self.people_by_given_family: dict[tuple[str, str], set[tuple]] = {}
        for actor_id, phrase, country, agent in zip(tables["people"].actor_id, tables["people"].phrase,
                                                    tables["people"].country, tables["people"].agent):
            parts = compound_given_name([w for w in _key(phrase).split() if w not in self.name_prefix_words])
            if len(parts) > 1 and parts[0] not in self.name_links and not set(parts[-2:]) & self.name_links:
                middle = tuple(w for w in parts[1:-1] if w not in self.name_links)
                self.people_by_given_family.setdefault((parts[0], parts[-1]), set()).add((actor_id, middle, country, agent))
        # الحمدان، الفيصل: the family names with the article that end a name of the people table (not a regnal
        # number: إليزابيث الثانية), by which another person's name runs on after a table's given names
        # (mentions._name_run_on)
        self.family_names = frozenset(
            last for last in (_key(p).split()[-1] for p in tables["people"].phrase if isinstance(p, str) and " " in p.strip())
            if last.startswith("ال")) - frozenset(normalize(w) for w in word_list("regnal_number", words, required=False))
        verbs = load_lexicon("reporting_verbs")
        # وقالت مصادر، بحسب مسؤولين: a reporting verb or attribution right before an anonymous source
        self.reporting_forms = frozenset(verbs.loc[verbs["kind"].isin(["verb", "attribution"]), "form"].map(normalize))
        # قال، أوضح، عبّر، بحسب: the verbs of saying whose next noun is their subject, before which a private person
        # named by a role (مسافر، الطالبات، سكان) is someone who speaks in the report (see mentions._private_role_acts)
        lemmas = frozenset(map(normalize, word_list("role_speaker_lemma", words, required=False)))
        said = verbs.loc[verbs["kind"].isin(["verb", "attribution"]) & verbs["lemma"].map(normalize).isin(lemmas), "form"].map(normalize)
        self.role_speaker_forms = frozenset(f for f in said if " " not in f)
        # قال، صرح (not بحسب): the verbs among them, before which one unknown word and a table's family name are
        # another person (وقال ستانلي فيشر; mentions._said_before); a word any word list holds (مكتب، مركز،
        # تصريح) is a common noun there, no given name (وقال مكتب هولاند)
        verb_forms = frozenset(verbs.loc[verbs["kind"] == "verb", "form"].map(normalize))
        self.said_verb_forms = self.role_speaker_forms & verb_forms
        self.list_words = frozenset(normalize(w) for w in words["word"].dropna())
        stopwords = load_lexicon("stopwords")["word"]
        # بأن، لولا as written: function words, though normalised they read as names (بان كي مون، لولا دا سيلفا)
        # ترأس (chaired) as written is not تراس (Truss) once the hamza is normalised away: a verb, no name
        # (as written, hamza kept: word_list gives the normalised words)
        self.written_stop = frozenset(stopwords) | frozenset(words.loc[words["list"] == "written_not_name", "word"])
        self.not_name = (frozenset(stopwords.map(normalize)) | frozenset(word_list("subject_stop", words))
                         | frozenset(verbs["form"].map(normalize)) | frozenset(word_list("speaker_title", words))
                         | frozenset(word_list("deputy_pronoun", words, required=False)))
        # ونائبه، ولسمو نائبه: the deputy of the one named right before (see mentions._deputies_by_pronoun), no name
        self.deputy_pronouns = frozenset(word_list("deputy_pronoun", words, required=False))
        # فان الفضلي (فإن), بين الطرفين: a table's given name that is far more often a common word opens no name
        # فيليكس، جمعان: given names the people tables lack (a word list a user may extend), added to those they give
        given |= {normalize(w) for w in word_list("given_name", words, required=False)}
        self.given_names = frozenset(given) - self.not_name - frozenset(word_list("not_given_name", words))
        # علي (على), صباح، خميس: given names that are common words too, names only right after a title or after بن
        # (الشيخ علي الفلاني، محمد بن علي الفلاني): the list discover_actors reads them by
        self.given_after_title = frozenset(word_list("given_name_after_title", words, required=False))
        # وزير، سفير، النائب: an office one person holds, before whose phrase a full name is that person
        self.person_offices = frozenset(word_list("person_office", words))
        # مقر المركز، موقع الشركة: a thing a body has, after which its bare back-reference noun is no mention
        self.possessed_things = frozenset(map(normalize, word_list("possessed_thing", words, required=False)))
        self.possessed_thing_bodies = frozenset(map(normalize, word_list("possessed_thing_body", words, required=False)))
        # قال الشيخ فلان فلان إن، الدكتور فلان فلان رئيس ...: a word after which a personal name is complete
        self.speaker_titles = frozenset(map(normalize, word_list("speaker_title", words)))  # الدكتور، السفير: a name follows
        self.name_enders = (frozenset(verbs["form"].map(normalize)) | frozenset(map(normalize, word_list("speaker_title", words)))
                            | frozenset(normalize(w) for w in word_list("name_end_word", words)))
        # المرصد، الوزارة: the noun without its article, looked for in an earlier mention (see mentions._compose)
        # وزير الخارجية الأميركي الأسبق: a former holder follows the role phrase, not the holder on the date
        former = [re.escape(normalize(w)) for w in word_list("former_word", words)]
        # a user's word list without former_word rows marks no holder as former (an empty alternation would match a space)
        self.former = re.compile(r"\s+(?:" + "|".join(former) + r")(?!\w)") if former else re.compile(r"(?!)")
        self.context_no_holder = frozenset(normalize(w) for w in word_list("context_no_holder", words))
        # المتحدث الرسمي، الناطق الإعلامي: a spokesperson, who speaks for the body named right after the phrase
        self.spokesperson_phrases = frozenset(normalize(w) for w in word_list("spokesperson_phrase", words, required=False))
        # النظام alone: a regime in a foreign state's story, a law or a system at home (see mentions._context_country)
        self.regime_nouns = frozenset(normalize(w) for w in word_list("regime_noun", words, required=False))
        self.anaphors = {normalize(w): normalize(w).removeprefix("ال") for w in word_list("anaphor", words)}
        # المصدر، المصادر: an anaphor of an anonymous source (see mentions._source_before)
        self.source_anaphors = frozenset(k for k, noun in self.anaphors.items() if noun in self.indefinite_sources)
        self.armed_group_anaphors = frozenset(normalize(w) for w in word_list("armed_group_anaphor", words))
        self.leaders = frozenset(actors.loc[(actors.kind == "role") & actors.phrase.map(normalize).str.startswith(leader), "actor_id"])
        self.countries = frozenset(actors.loc[actors.type == "country", "actor_id"])
        states = actors[(actors.type == "country") & (actors.country != "")]
        self.country_actor = dict(zip(states.country, states.actor_id))  # RUS -> russia: a state the actor table names
        self.actor_codes = {a: (c, g) for a, c, g in zip(actors.actor_id, actors.country, actors.agent)}

    def resolve(self, key: str, date) -> _Entry | None:
        """What ``key`` (a normalised phrase) names on ``date`` (None: no date known)."""
        entry = self.single.get(key)
        if entry is not None:
            return entry
        if (key, date) not in self._dated:
            if len(self._dated) > 100_000:  # bounded: a role phrase per date seen
                self._dated.clear()
            entry = _resolve(self.entries.get(key, []), date)
            if entry is not None and entry.kind == "role" and not entry.actor_id and date is not None:
                # الرئيس الأميركي in 2015: the actor table's holders are of other years; the office table decides
                person = self.holder(entry.country, self._office_named(key, entry.country), date)
                entry = replace(entry, actor_id=person) if person else entry
            self._dated[key, date] = entry
        return self._dated[key, date]

    def undecided(self, key: str) -> _Entry | None:
        """For a name several people share (and no other kind of phrase), one entry standing for all of them."""
        if key not in self._undecided:
            options = [e for e in self.entries.get(key, ()) if e.kind == "name" and e.actor_id and not e.place]
            entry = None
            if len(options) > 1 and len(options) == len(self.entries[key]):
                entry = _Entry(None, "name", ambiguous=True)
                self.alternatives[id(entry)] = tuple((e.actor_id, e.country, e.agent) for e in options)
            self._undecided[key] = entry
        return self._undecided[key]

    def _office_named(self, key: str, country: str) -> str:
        """The office a role phrase names as an office noun and its state (الرئيس الأميركي: head_of_state).

        The longest leading words that the agents table holds give the office;
        the rest must be the state's own adjective or name, nothing more
        (الرئيس الأميركي السابق names a former holder: no office).
        """
        words = key.split()
        for cut in range(len(words) - 1, 0, -1):
            agents = [e for e in self.entries.get(" ".join(words[:cut]), ()) if e.kind == "agent"]
            if not agents:
                continue
            rest = self.entries.get(" ".join(words[cut:]), ())
            names_state = any(e.kind in ("adjective", "name") and e.country == country and e.actor_id not in self.people
                              for e in rest)
            offices = {e.office for e in agents if not e.country or e.country == country}
            return offices.pop() if names_state and len(offices) == 1 else ""
        return ""

    def holder(self, country: str, office: str, date) -> str | None:
        """Who held ``office`` of ``country`` (ISO3 or an organisation's id) on ``date``; None without a date."""
        if date is None or not office:
            return None
        for actor_id, start, end in self.offices.get((country, office), ()):
            if start <= date and (pd.isna(end) or date < end):
                return actor_id
        return None

    def office_on(self, actor_id: str | None, date) -> tuple[str, str] | None:
        """(country, office) that ``actor_id`` held on ``date`` (the first of the office table), or None."""
        if date is None:
            return None
        for where, office, start, end in self.held_offices.get(actor_id, ()):
            if start <= date and (pd.isna(end) or date < end):
                return where, office
        return None

    def person_code(self, actor_id: str | None, date, country: str, agent: str) -> tuple[str, str]:
        """A person's code on ``date``: that of the office held then (Ban Ki-moon in 2015: IGO, not KOR).

        An office of an international organisation gives ``IGO`` and the
        organisation's own agent (empty for the UN); an office of a state
        gives that state, and the agent of the offices held then where they
        all have one (an interior minister COP, a defence minister MIL: Theresa
        May in 2015, not as prime minister; a crown prince who is also interior
        minister keeps the table's agent). Outside any office, a spell of the
        office table whose office is one of the ``outside_office`` word lists
        gives its code (Trump in 2015, before his first term: USA BUS; Morsi after his removal: EGY OPP).
        Without a date, or with neither on it, the table's code stands.
        """
        if date is None:
            return country, agent
        for where, start, end in self.held.get(actor_id, ()):
            if start <= date and (pd.isna(end) or date < end):
                if where in self.org_codes:
                    return self.org_codes[where], self.org_agents.get(where, "")
                return where, self._office_agent(actor_id, date) or agent
        for where, outside_agent, start, end in self.outside_office.get(actor_id, ()):
            if start <= date and (pd.isna(end) or date < end):
                return where, outside_agent
        return country, agent

    def _office_agent(self, actor_id: str, date) -> str:
        """The one agent of every office ``actor_id`` holds on ``date`` (from the agent table), or ""."""
        agents = {self.office_agents.get(office, "") for _, office, start, end in self.held_offices.get(actor_id, ())
                  if start <= date and (pd.isna(end) or date < end)}
        return agents.pop() if len(agents) == 1 else ""

    def code_of(self, country: str) -> str:
        """The event-data country code of a country or an organisation's id (un → IGO)."""
        return self.org_codes.get(country, country)


def _resolve(options: list[_Entry], date) -> _Entry | None:
    """One meaning of a phrase on a date: the actor table first; a role only by its dates."""
    own = [e for e in options if e.from_actor_table]
    if own and all(e.kind == "title" for e in own):  # الرئيس before a name; an office of its own elsewhere
        own = [e for e in options if e.kind == "agent"][:1] or own
        if own[0].kind == "agent":
            return own[0]
    if not own:
        codes = {(e.actor_id, e.country, e.kind) for e in options}
        return options[0] if len(codes) == 1 else _most_specific(options)
    roles = [e for e in own if e.kind == "role"]
    coded = _Entry(None, "role", country=roles[0].country, agent=roles[0].agent) if roles else None
    if len(own) == 1 and not roles:
        return own[0]
    if date is None:  # an undated article: a role's country and agent, never a person
        return coded or own[0]
    valid = [e for e in own if (pd.isna(e.valid_from) or e.valid_from <= date) and (pd.isna(e.valid_to) or date < e.valid_to)]
    if valid:
        return valid[0]
    others = [e for e in options if not e.from_actor_table]
    # no holder on the date: the other tables' reading where they have one (الرئيس السابق in 2015 is a former
    # official of no stated state, not the actor table's Trump's USA)
    return _resolve(others, date) if others else coded


def _most_specific(options: list[_Entry]) -> _Entry | None:
    """One meaning for a phrase that several coding tables hold, or None where they name different states.

    A dated office of a state (خادم الحرمين الشريفين) comes first, as it
    resolves to its holder; then a single named person or organisation
    (حزب العمال الكردستاني over the generic party agent); then a single
    office or body of a state (الكونغرس as USA LEG over the seat); then a
    country's own name over its adjective (السعودية). Two states (عمان:
    Oman or Amman) stay undecided.
    """
    offices = [e for e in options if e.kind == "agent" and e.country and e.office]
    named = {e.actor_id for e in options if e.kind == "name" and e.actor_id}
    bodies = [e for e in options if e.kind == "agent" and e.country]
    for found in (offices, [e for e in options if e.actor_id in named] if len(named) == 1 else [], bodies):
        if len({(e.actor_id, e.country, e.agent) for e in found}) == 1:
            return found[0]
    if len({e.country for e in options}) == 1:
        name = next((e for e in options if e.kind == "name"), None)
        return replace(name, adjective=any(e.kind == "adjective" for e in options)) if name else None
    return None


def _entries(actors: pd.DataFrame, tables: dict[str, pd.DataFrame]):
    """(normalised phrase, entry) for every row of the actor table and the coding tables."""
    for row in actors.itertuples(index=False):
        yield _key(row.phrase), _Entry(row.actor_id, row.kind, row.valid_from, row.valid_to, row.country, row.agent,
                                       from_actor_table=True, place=row.type == "country")
    for name in ("people", "organisations"):
        for row in tables[name].itertuples(index=False):
            yield _key(row.phrase), _Entry(row.actor_id, "name", country=row.country, agent=row.agent,
                                           ambiguous="ambiguous" in row.note)
    for row in tables["countries"].itertuples(index=False):
        ambiguous = "ambiguous" in row.note
        if row.form == "adjective":
            for form in {_key(row.phrase), _key("ال" + row.phrase.removeprefix("ال"))}:
                yield form, _Entry(None, "adjective", country=row.code, ambiguous=ambiguous)
        elif row.form == "province":  # عدن in محافظ عدن: whose governor, never a mention of its own
            yield _key(row.phrase), _Entry(None, "province", country=row.code, ambiguous=ambiguous)
        else:
            agent = "" if row.form == "name" else "GOV"  # a capital or a seat of power stands for the government
            yield _key(row.phrase), _Entry(None, "name", country=row.code, agent=agent, ambiguous=ambiguous, place=True)
    for row in tables["agents"].itertuples(index=False):
        yield _key(row.phrase), _Entry(None, "agent", country=row.country, agent=row.agent, office=row.office)


def _place_entries():
    """(normalised place, entry) for every town and region of the places table in force (سانت لويس، ميزوري):
    read as a province of the countries table is, never a mention of its own but the state a body or an office is
    of where it is in construct with it or set في it (شرطة مقاطعة سانت لويس، السلطات في ولاية تكساس), and where
    a story is set. A row noted ambiguous (a town whose name another state's place shares) is marked so."""
    places = table_in_force("places")
    for place, country, note in zip(places["place"], places["country"], places["note"]):
        if isinstance(place, str) and isinstance(country, str) and country:
            yield _key(place), _Entry(None, "province", country=country, ambiguous="ambiguous" in str(note))
    # the regions table's Saudi towns and governorates the places table lacks (الجوف، العلا، رجال ألمع) are Saudi
    # places as well (جوازات منطقة الجوف); not one whose name is as often a common word (المذنب، شقراء)
    common = word_set("place_common_word")
    for place in load_lexicon("regions")["place"]:
        if isinstance(place, str) and (key := _key(place)) not in common:
            yield key, _Entry(None, "province", country="SAU")


def _home_places() -> tuple[dict[str, frozenset[str]], dict[str, re.Pattern]]:
    """(name → states whose town it is, state → pattern of its other named places) from the places table (a row
    noted "ambiguous" is a town whose name another state's place shares: العيون, Laayoune) and the regions table
    (Saudi places)."""
    from .lexicons import table_in_force

    places = table_in_force("places")
    namesakes: dict[str, set[str]] = {}
    towns: dict[str, set[str]] = {}
    for place, country, note in zip(places["place"], places["country"], places["note"]):
        if not isinstance(place, str):
            continue
        if "ambiguous" in str(note):
            namesakes.setdefault(_key(place), set()).add(country)
        else:
            towns.setdefault(country, set()).add(_key(place))
    towns.setdefault("SAU", set()).update(_key(p) for p in load_lexicon("regions")["place"] if isinstance(p, str))
    patterns = {country: place_pattern(names - set(namesakes)) for country, names in towns.items()}
    return {k: frozenset(v) for k, v in namesakes.items()}, patterns


def place_pattern(names: set[str]) -> re.Pattern:
    """A pattern that finds whether a text names one of ``names`` (normalised places), with its proclitics (وبالرياض،
    للقصيم), a space in a name any run of spaces. Shaped as a trie (:func:`q7x2lib.matching.trie_regex`): one
    search of a whole article for a state's hundred places, for every article.

    Examples:
        >>> pattern = place_pattern({"الرياض", "حفر الباطن"})
        >>> [bool(pattern.search(t)) for t in ("وصل بالرياض", "في حفر  الباطن", "الرياضة")]
        [True, True, False]
    """
    if names and not any(mark in name for name in names for mark in (WILDCARD, _OPEN_END)):
        spelled = trie_regex(sorted(names))  # each name ends where a word ends
    else:  # no names (the empty one, then), or a name holding a mark of trie_regex (*): each name as written
        spelled = "(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")(?![^\W_])"
    return re.compile(r"(?<![^\W_])(?:[وف]?[بل]?|[وف]?لل)(?:" + spelled + ")")


def compound_given_name(words: list[str]) -> list[str]:
    """A name's words with a given name of two words made one (عبد الله، غرم الله → عبدالله، غرمالله), so that
    its second word is not read as a father's name.

    >>> compound_given_name(["غرم", "الله", "سدران"]), compound_given_name(["عبد", "العزيز", "الحمدان"])
    (['غرمالله', 'سدران'], ['عبدالعزيز', 'الحمدان'])
    """
    if len(words) > 2 and (words[0] == "عبد" or words[1] == "الله"):
        return [words[0] + words[1], *words[2:]]
    return words


def _key(phrase: str) -> str:
    return " ".join(normalize(phrase).split())


def _office_holders(offices: pd.DataFrame) -> dict[tuple[str, str], list[tuple]]:
    holders: dict[tuple[str, str], list[tuple]] = {}
    starts = pd.to_datetime(offices["valid_from"]).astype("datetime64[us]")
    ends = pd.to_datetime(offices["valid_to"].replace("", None)).astype("datetime64[us]")
    for country, office, actor_id, start, end in zip(offices.country, offices.office, offices.actor_id, starts, ends):
        holders.setdefault((country, office), []).append((actor_id, start, end))
    return holders


def coding_tables(**own: str | Path | pd.DataFrame | None) -> dict[str, pd.DataFrame]:
    """The knowledge tables of event-data coding, bundled or extended by the user's.

    Args:
        own: For any of ``people, organisations, countries, agents,
            offices``, a CSV or DataFrame that extends the bundled table.

    Examples:
        >>> tables = coding_tables()
        >>> sorted(tables) == sorted(CODING_TABLES)
        True
    """
    unknown = sorted(set(own) - set(CODING_TABLES))
    if unknown:
        raise LexiconError(f"no coding table(s) {unknown}; choose from {list(CODING_TABLES)}")
    return {name: load_lexicon(name, own.get(name)) for name in CODING_TABLES}


_MATCHERS: dict[tuple[int, ...], tuple[tuple, _Matcher]] = {}


def _actor_matcher(actors: pd.DataFrame, tables: dict[str, pd.DataFrame] | None = None) -> _Matcher:
    """The compiled matcher of an actor table and the coding tables (built once per set of tables)."""
    tables = _default_tables() if tables is None else tables
    held = (actors, *(tables[name] for name in CODING_TABLES), scope_token())  # and the word lists ... in force
    key = tuple(id(t) for t in held)
    if key not in _MATCHERS:
        _MATCHERS.clear()  # one set of tables at a time, as before
        _MATCHERS[key] = (held, _Matcher(actors, tables))  # held: the ids stay those of live objects
    return _MATCHERS[key][1]


_DEFAULT_TABLES: dict[str, pd.DataFrame] = {}


def user_tables(actors_path: str | Path | pd.DataFrame | None = None,
                table_paths: dict[str, str | Path | pd.DataFrame] | None = None) -> dict[str, pd.DataFrame]:
    """The tables an analysis uses: the bundled ones, each extended by the user's where given.

    What the notebooks' ``actors_path`` and ``table_paths`` parameters (and
    ``report --actors/--table``) turn into. Pass the result as ``tables=`` (and
    its ``"actors"`` as ``actors=``) to :func:`q7x2lib.find_mentions` and
    :func:`q7x2lib.mentions_and_statements`; another table named in
    ``table_paths`` (``reporting_verbs``, ``stance_terms``, ``sources``,
    ``topics`` ...) is there under its name for the function that takes it.
    Tables the user does not give are the bundled objects themselves, shared,
    so their compiled matchers are built once: do not modify them.

    Args:
        actors_path: An actor table (CSV or DataFrame) extending the bundled one.
        table_paths: Other tables by their name in :data:`q7x2lib.lexicons.TABLES`.

    Raises:
        LexiconError: an unknown table name, or a bad row (named by file and line).

    Examples:
        >>> tables = user_tables()
        >>> sorted(tables) == sorted(["actors", *CODING_TABLES])
        True
        >>> user_tables(table_paths={"actor": "x.csv"})
        Traceback (most recent call last):
        ...
        q7x2lib.errors.LexiconError: no table(s) ['actor'] to extend; the tables are ...
    """
    from .lexicons import TABLES

    table_paths = dict(table_paths or {})
    if actors_path is not None:
        table_paths.setdefault("actors", actors_path)
    unknown = sorted(set(table_paths) - set(TABLES))
    if unknown:
        raise LexiconError(f"no table(s) {unknown} to extend; the tables are {sorted(TABLES)}")
    bundled = _default_tables()
    out = {"actors": load_actors(table_paths["actors"]) if "actors" in table_paths else _bundled_actors()}
    for name in CODING_TABLES:
        out[name] = load_lexicon(name, table_paths[name]) if name in table_paths else bundled[name]
    for name, path in table_paths.items():
        if name not in out:
            out[name] = load_lexicon(name, path)
    return out


def _bundled_actors() -> pd.DataFrame:
    """The bundled actor table, loaded once (the same object every call, so its matcher is built once)."""
    if "actors" not in _DEFAULT_TABLES:
        _DEFAULT_TABLES["actors"] = load_actors()
    return _DEFAULT_TABLES["actors"]


def _default_tables() -> dict[str, pd.DataFrame]:
    """The bundled coding tables, loaded once (the same objects every call, so the matcher is built once)."""
    if "people" not in _DEFAULT_TABLES:
        _DEFAULT_TABLES.update(coding_tables())
    return _DEFAULT_TABLES
