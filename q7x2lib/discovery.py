"""What the tables do not know: coverage of a corpus, and candidates to add to the tables.

Tables of knowledge never cover a user's corpus completely. :func:`coverage`
says how much of it they cover (so a user sees at once when the corpus is
outside what they know), and :func:`discover_actors` lists what a reader would
want to add, with counts, an example and a suggested code, ready to be written
into the user's own ``people.csv`` or ``agents.csv``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pandas as pd

from .arabic import normalize
from .fields import row_texts
from .lexicons import with_tables

#: Words after an office that are not a name (function words, titles, descriptors).
_NOT_NAME = frozenset(normalize(w) for w in (
    "في", "من", "الى", "إلى", "على", "عن", "مع", "أن", "إن", "ان", "بأن", "انه", "أنه", "التي", "الذي", "و", "قد",
    "كان", "كانت", "هو", "هي", "خلال", "بعد", "قبل", "أمس", "اليوم", "السابق", "الحالي", "الدكتور", "الشيخ",
    "الأمير", "المهندس", "اللواء", "العميد", "العقيد", "الفريق", "معالي", "سمو", "فضيلة", "السيد", "السيدة",
    "أما", "دكتور",
))
_WORD = re.compile(r"[^\W\d_]{2,}")
_MAX_NAME_WORDS = 4  # parts of a name: بن، آل and عبد/أبو with the next word make no part of their own
COVERAGE_WARNING_SHARE = 0.2


def coverage(mentions: pd.DataFrame, statements: pd.DataFrame | None = None) -> pd.DataFrame:
    """How much of a corpus the tables cover.

    Returns:
        ``measure, value, n``: the share of mentions coded with a country,
        the share resolved to a specific actor, the share of statements
        with a speaker, and of those with a coded speaker.

    Examples:
        >>> m = pd.DataFrame({"actor_id": ["putin", None], "country": ["RUS", ""], "agent": ["GOV", "GOV"]})
        >>> coverage(m).set_index("measure")["value"].tolist()
        [0.5, 0.5]
    """
    n = len(mentions)
    rows = [
        ("mentions with a country", _share((mentions["country"] != "").sum(), n), n),
        ("mentions resolved to an actor of the tables", _share(mentions["actor_id"].notna().sum(), n), n),
    ]
    if statements is not None:
        k = len(statements)
        rows.append(("statements with a speaker", _share(statements["speaker_surface"].notna().sum(), k), k))
        rows.append(("statements with a speaker of the tables", _share(statements["speaker_id"].notna().sum(), k), k))
    return pd.DataFrame(rows, columns=["measure", "value", "n"])


def discovery_coverage(mentions: pd.DataFrame, candidates: pd.DataFrame,
                       statements: pd.DataFrame | None = None) -> pd.DataFrame:
    """How much the people :func:`discover_actors` lists would add to what the tables code, once written into them.

    The tables alone resolve a share of the mentions to an actor and give a
    share of the statements a speaker of theirs; each ``name after office``
    the candidates list adds its ``n`` mentions (a name beside an office that
    resolved to no one), each ``speaker no table knows`` its ``n`` statements.
    Only the candidates listed count (``min_count`` and ``top`` as
    :func:`discover_actors` was called); an ``office without country`` adds
    no one (its country is what is missing), so it is left out.

    Args:
        mentions: The corpus's :func:`q7x2lib.find_mentions` table, the one
            ``candidates`` was read from.
        candidates: :func:`discover_actors`' table.
        statements: The :func:`q7x2lib.find_statements` table ``candidates``
            was read from, for the statements' row.

    Returns:
        ``measure, n, tables, with_discovery, added``: shares of ``n``
        (mentions or statements), by the tables alone and with the
        candidates added, and the difference.

    Examples:
        >>> m = pd.DataFrame({"actor_id": ["putin", None, None, None]})
        >>> s = pd.DataFrame({"speaker_id": ["putin", None]})
        >>> c = pd.DataFrame({"kind": ["name after office", "speaker no table knows", "office without country"],
        ...                   "n": [1, 1, 2]})
        >>> discovery_coverage(m, c, s)[["tables", "with_discovery", "added"]].values.tolist()
        [[0.25, 0.5, 0.25], [0.5, 1.0, 0.5]]
    """
    added = candidates.groupby("kind")["n"].sum() if len(candidates) else pd.Series(dtype=int)
    rows = [("mentions resolved to an actor", len(mentions), int(mentions["actor_id"].notna().sum()),
             int(added.get("name after office", 0)))]
    if statements is not None:
        rows.append(("statements with a speaker of the tables", len(statements),
                     int(statements["speaker_id"].notna().sum()), int(added.get("speaker no table knows", 0))))
    out = pd.DataFrame([(measure, n, _share(known, n), _share(known + more, n), _share(more, n))
                        for measure, n, known, more in rows],
                       columns=["measure", "n", "tables", "with_discovery", "added"])
    return out


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else float("nan")


@with_tables
def discover_actors(corpus: pd.DataFrame, mentions: pd.DataFrame, text_col: str = "text_clean", *,
                    statements: pd.DataFrame | None = None, tables: dict[str, pd.DataFrame] | None = None,
                    min_count: int = 2, top: int = 50) -> pd.DataFrame:
    """Actors the tables do not know, that a reader would add: most frequent first.

    Three kinds of candidate, read off what the tables did find:

    * ``name after office``: a person's name right after an office or a
      title that named no one (وقال رئيس نقابة الصيادلة الدكتور محمد سعودي
      ...), with the office's code as the suggested code;
    * ``speaker no table knows`` (when ``statements`` is given): a person's
      name inside a statement's speaker that resolved to no one (وقال
      المحلل السياسي خالد الدخيل ...), with the speaker's code;
    * ``office without country``: an office or institution written with no
      country the coder could see (الرئاسة، وزير الداخلية), with its agent,
      counted once whatever proclitic it bears (للتلفزيون، التلفزيون); not
      civilians (CVL: الطفل، فتاة، الطلاب), people named by a common noun.

    A person's suggested code is read off the phrase that names them,
    coded alone (the office nearest the name; the state the phrase writes,
    else the article's only in a local story of the outlet's own state,
    else none): the state of the story is not given to a person from
    elsewhere, and ``نائب`` before an office is its deputy, not a member of
    parliament. An empty code is suggested only when no other was found.

    A name must open with a given name: a first word of a name in the
    people table (محمد، عادل، جون ...; a user's people table adds its own),
    or عبد/أبو and the next word, or, right after a person's title or rank
    (الدكتور، العريف أول), any word that may open a name (``given_name_after_title``
    and ``not_name_opener`` in the word lists adjust it); titles before it
    (الدكتور، السفير) are skipped, and it runs over family names (الجبير، أبو زيد) until a word
    that is no name (a function word, an office word, a reporting verb) or
    punctuation. Words that are also common nouns are left out of the given
    names (``not_given_name`` in the word lists).

    Args:
        corpus: The corpus (``doc_id`` and ``text_col``).
        mentions: Its :func:`q7x2lib.find_mentions` table (or that of
            :func:`q7x2lib.analyse`: a row of ``field`` ``"title"`` is read
            in its article's ``title``).
        statements: Its :func:`q7x2lib.find_statements` table, for the
            speakers no table knows.
        tables: The coding tables (:func:`q7x2lib.actors.coding_tables`);
            only ``people`` is read, for the given names.
        min_count: Fewest occurrences for a candidate to be listed.
        top: Most candidates listed per kind.

    Returns:
        ``kind, candidate, n, suggested_code, example``.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a", "b"], "published": pd.to_datetime(["2015-08-01"] * 2),
        ...     "text_clean": ["قال وزير الصحة المصري عادل عدوي إن", "وأكد وزير الصحة المصري الدكتور عادل عدوي أن"]})
        >>> from q7x2lib import find_mentions
        >>> discover_actors(df, find_mentions(df))[["kind", "candidate", "n", "suggested_code"]].values.tolist()
        [['name after office', 'عادل عدوي', 2, 'EGYGOV']]
    """
    names = _NameReader(tables)
    counts: Counter = Counter()
    codes: dict[tuple, Counter] = defaultdict(Counter)
    examples: dict[tuple, str] = {}
    people: list[tuple] = []  # (key, the code found in the article, the phrase naming the person, doc_id)

    def add(kind: str, candidate: str, code: str, example: str, phrase: str | None = None, doc_id=None) -> None:
        if candidate in names.known:  # a person of the tables, found beside an office the coder did not tie to them
            return
        key = (kind, candidate)
        counts[key] += 1
        code = code if isinstance(code, str) else ""
        if phrase is None:
            codes[key][code] += 1
        else:
            people.append((key, code, phrase, doc_id))
        examples.setdefault(key, example)

    offices = mentions[(mentions["kind"].isin(["agent", "role"])) & mentions["actor_id"].isna()]
    for text, end, code, surface, doc_id in zip(row_texts(offices, corpus, text_col), offices["end"], offices["code"],
                                                offices["surface"], offices["doc_id"]):
        if not isinstance(text, str):
            continue
        after = normalize(text[end:end + 80])
        name = names.read(after, before=text[max(0, end - 60):end], normalized=True)
        if name:
            phrase = normalize(surface) + after[:after.find(name) + len(name)] if name in after else None
            add("name after office", name, code, f"{surface} {text[end:end + 60].split('،')[0].strip()}",
                phrase or name, doc_id)
    # office or title + a name no table knows, found as one name mention (وزير الصحة الدكتور فلان الفلاني)
    unnamed = mentions[(mentions["kind"] == "name") & mentions["actor_id"].isna()]
    for text, start, end, surface, code, doc_id in zip(row_texts(unnamed, corpus, text_col), unnamed["start"],
                                                       unnamed["end"], unnamed["surface"], unnamed["code"],
                                                       unnamed["doc_id"]):
        before = text[max(0, start - 60):start] if isinstance(text, str) else ""
        name = names.find(str(surface), before=before)
        phrase = str(surface)
        if name and (word_before := before.split()[-1:]) and normalize(word_before[0]) in names.team_nouns:
            phrase = f"{normalize(word_before[0])} {phrase}"  # بعثة | الفريق فلان: the noun that makes الفريق the team
        if name and isinstance(text, str):
            # a mention that ends inside the name (والعريف أول خالد محمد عبد الله | الشحي): the name read on in the
            # text, by a family name with the article or a father's (بن، بنت، آل) only; a plain word after the
            # mention is more often the sentence going on (الأمير فلان بن فلان | لوقوفه، حفل)
            longer = names.find(phrase + text[end:end + 40], before=before)
            if longer and longer.startswith(name + " ") and _continues_name(longer[len(name):].split()[0]):
                after = normalize(phrase + text[end:end + 40])
                name, phrase = longer, after[:after.find(longer) + len(longer)]
        if name:
            add("name after office", name, code, str(surface), phrase, doc_id)
    if statements is not None and len(statements):
        unknown = statements[statements["speaker_surface"].notna() & statements["speaker_id"].isna()]
        for surface, code, doc_id in zip(unknown["speaker_surface"], unknown["speaker_code"], unknown["doc_id"]):
            name = names.find(str(surface))
            if name:
                add("speaker no table knows", name, code, str(surface), str(surface), doc_id)
    # only the people listed are coded (each phrase is coded again alone, the costly part): the most frequent
    # ``top`` of each kind with ``min_count`` or more, as the table below lists them
    listed: set = set()
    for kind in {kind for kind, _ in counts}:
        ranked = sorted((-n, cand) for (k, cand), n in counts.items() if k == kind and n >= min_count)
        listed.update((kind, cand) for _, cand in ranked[:top])
    _code_people([p for p in people if p[0] in listed], codes, corpus, tables, names, text_col, mentions)
    # not civilians (CVL: الطفل، فتاة، الشخص، الطلاب، العلماء): people named by a common noun, no office or body
    loose = mentions[(mentions["kind"] == "agent") & (mentions["country"] == "") & (mentions["agent"] != "CVL")]
    for surface, proclitic, agent in zip(loose["surface"], loose["proclitic"], loose["agent"]):
        phrase = _without_proclitic(" ".join(normalize(surface).split()), proclitic)
        head = phrase.split()[0]  # مصادر، المصدر، مسؤول: an unnamed source, which no table can code
        if head not in names.anonymous and head.removeprefix("ال") not in names.anonymous:
            add("office without country", phrase, agent, surface)
    agents = _agent_codes(tables)
    rows = [(kind, cand, n, _suggested(codes[(kind, cand)], agents) if codes[(kind, cand)] else "",
             examples[(kind, cand)])
            for (kind, cand), n in counts.items() if n >= min_count]  # a person left uncoded is past ``top``
    out = pd.DataFrame(rows, columns=["kind", "candidate", "n", "suggested_code", "example"])
    out = out.sort_values(["kind", "n", "candidate"], ascending=[True, False, True], ignore_index=True)
    return out.groupby("kind", sort=False).head(top).reset_index(drop=True)


def _continues_name(word: str) -> bool:
    """Whether a word read after a name mention's end continues the name: a family name with the article (الشحي)
    or a link to a father's or the family's name (بن، بنت، آل), not a plain word (لوقوفه، حفل، رحمها).

    Examples:
        >>> _continues_name("الشحي"), _continues_name("بن"), _continues_name("حفل"), _continues_name("لرئاسه")
        (True, True, False, False)
    """
    return word in _FATHER_LINKS or bool(_FAMILY_NAME.match(word))


def _suggested(codes: Counter, agents: frozenset = frozenset()) -> str:
    """The code most often found for a candidate, an empty code only when no other was found; a code without a
    country (or without an agent) takes the country (the agent) most often found with the candidate's other codes:
    a person named twice bare (الفنان فلان: CVL) and once with their state (الفنان المصري فلان: EGYCVL) is EGYCVL.

    Examples:
        >>> _suggested(Counter({"": 3, "SAUGOV": 1})), _suggested(Counter({"": 2}))
        ('SAUGOV', '')
        >>> _suggested(Counter({"CVL": 2, "EGYCVL": 1, "EGYGOV": 1}), frozenset({"CVL", "GOV"}))
        'EGYCVL'
        >>> _suggested(Counter({"GOV": 3, "SAU": 1}), frozenset({"GOV"}))
        'SAUGOV'
    """
    found = Counter({c: n for c, n in codes.items() if c}) or codes
    best = found.most_common(1)[0][0]
    country, agent = _split_code(best, agents)
    if best and not (country and agent):
        countries, kinds = Counter(), Counter()
        for code, n in found.items():
            c, a = _split_code(code, agents)
            if c:
                countries[c] += n
            if a:
                kinds[a] += n
        country = country or (countries.most_common(1)[0][0] if countries else "")
        agent = agent or (kinds.most_common(1)[0][0] if kinds else "")
        return country + agent
    return best


def _code_people(people: list[tuple], codes: dict, corpus: pd.DataFrame, tables, names: _NameReader | None = None,
                 text_col: str = "text_clean", mentions: pd.DataFrame | None = None) -> None:
    """The code of each person found, by the phrase that names them, added to ``codes``.

    The coder gives an office written without a country the country of the
    article's story (a Saudi expert in a Yemen story: YEM): right for the
    office, wrong for a person added to a table for good. So each phrase is
    coded again alone: its agent is that of the office nearest the name (the
    one holding it, else the last one before it, else the first after it:
    فلان، مدير عام ...), its country the one the phrase itself writes, else
    the article's only where the article's outlet is of that country (a local
    story), else none. ``نائب`` before another office (نائب رئيس الوفد، نائب
    المتحدث الرسمي) is the deputy of that office, not a member of parliament.
    A title that is no office (المستشار alone or with a profession: المستشار
    القانوني فلان, a lawyer or consultant) and a phrase whose agent word has
    another sense (جامعة قناة السويس: a canal, no channel) give no agent.
    A person left without a country takes the state of a nationality
    adjective written right beside their first naming in the article
    (عالم الاجتماع الفرنسي فلان، فلان السفيرة الفنلندية): a foreign person in a
    story of another state; so does a person given the outlet's own state by a
    local story, by an adjective before the name or in an apposition an office
    opens (فلان رئيس الجالية اليمنية), not by a verb's object. A state's name
    right after the name is the verb's object (واتهم الوزير فلان إسرائيل); an
    English-style rank before the name (الكولونيل، البريجادير جنرال) makes an
    officer (MIL), الفريق after a team's staff noun (مدرب الفريق فلان) none.
    ``names``: the :class:`_NameReader` that found the people, whose word
    lists (ranks, team nouns, state names, office words) are read here too;
    one is made from ``tables`` when none is given.
    """
    from .mentions import _outlet_homes, find_mentions

    if not people:
        return
    from .lexicons import word_list

    names = _NameReader(tables) if names is None else names
    lists = names.lists
    plain = _PlainPhrase(tables, lists)
    abroad = set(word_list("office_abroad", lists, required=False))
    bodies = _body_agents(word_list("body_not_state", lists, required=False), tables)
    # an office of a state in the phrase beside the body keeps its agent (سكرتير بالسفارة ومشرف لجان جامعة، وزير
    # الرياضة ورئيس الاتحاد): a mission, an embassy, a minister
    over_bodies = dict.fromkeys(abroad | set(word_list("office_over_body", lists, required=False)), "")
    # a state's name right after the name is the verb's object, not the person's state (واتهم الوزير فلان إسرائيل)
    # ... and a quoted outlet after ل, the one the person spoke to, not their employer (فلان ل"الشرق الأوسط")
    dropped = [_addressee_dropped(_object_dropped(_deputy_dropped(normalize(phrase)), candidate, names.states),
                                  candidate)
               for (_, candidate), _, phrase, _ in people]
    phrases = sorted({plain(deputy) for deputy in dropped})
    alone = find_mentions(pd.DataFrame({"doc_id": range(len(phrases)), "text_clean": phrases}),
                          actors=(tables or {}).get("actors"), tables=tables)
    by_phrase: dict[int, list] = defaultdict(list)
    for doc, start, end, country, agent in zip(alone["doc_id"], alone["start"], alone["end"], alone["country"],
                                               alone["agent"]):
        by_phrase[doc].append((start, end, country if isinstance(country, str) else "",
                               agent if isinstance(agent, str) else ""))
    index = {phrase: k for k, phrase in enumerate(phrases)}
    homes = dict(zip(corpus["doc_id"], _outlet_homes(corpus))) if "outlet" in corpus else {}
    agent_codes = _agent_codes(tables)
    states = _state_words(tables)
    nationalities = _state_words(tables, ("adjective",))
    # a state's every form (its name, nationality, capital, seats of power, provinces): what signals the outlet's own
    home_states = _state_words(tables, ("name", "adjective", "capital", "seat", "province"))
    # the articles naming a person or a body of the tables of the outlet's own state (خادم الحرمين الشريفين)
    home_named = _home_named(mentions, homes) if mentions is not None else set()
    home_patterns: dict = {}
    tribal = frozenset(word_list("rel_title_tribe", lists, required=False)) | frozenset(
        word_list("tribal_elder_word", lists, required=False))
    # an office's head without the article right after a name (فلان رئيس الجالية اليمنية): an apposition, whose
    # nationality is the person's; a word with it is more often the verb's object (هاجم فلان الكاتب المصري)
    office_heads = frozenset(w for w in names.office_words if not w.startswith("ال"))
    texts = dict(zip(corpus["doc_id"], corpus[text_col])) if text_col in corpus else {}
    # the loaded corpus's text_norm is text_clean normalised (q7x2lib.clean): read, not normalised again
    normalized: dict = (dict(zip(corpus["doc_id"], corpus["text_norm"]))
                        if text_col == "text_clean" and "text_norm" in corpus else {})
    for ((kind, candidate), code, phrase, doc_id), deputy in zip(people, dropped):
        country, agent = _split_code(code, agent_codes)
        if deputy != normalize(phrase) and agent == "LEG":
            agent = ""  # the coder's نائب (MP) of نائب رئيس الوفد: the deputy's agent is that of the office after it
        if plain(deputy) != deputy:
            agent = ""  # the coder's agent of a title that is no office (المستشار) or of قناة (a channel): none
        phrase = plain(deputy)
        if agent == "MED" and not any(f[3] == "MED" for f in by_phrase.get(index[phrase], [])) \
                and isinstance(texts.get(doc_id), str):
            if not isinstance(normalized.get(doc_id), str):
                normalized[doc_id] = normalize(texts[doc_id])
            if _spoke_to_outlet(normalized[doc_id], candidate):
                # the coder's code of the outlet the person spoke to (فلان مدير المركز ل"عين اليوم"; a speaker's
                # surface stops before it), which the phrase alone does not write: not the person's employer
                country, agent = "", ""
        at = phrase.find(candidate)
        near = _nearest(by_phrase.get(index[phrase], []), at, at + len(candidate)) if at >= 0 else None
        if near is not None:
            agent = near[3] or agent
            if agent == "MIL" and any(f[3] == "COP" for f in by_phrase.get(index[phrase], [])):
                agent = "COP"  # a rank in a police or security office (قائد الشرطة الفريق فلان): police ranks are the army's
        if agent == "GOV" and country != "IGO":
            # the head, a member or a leader of a body that is no state's (رئيس حزب الكرامة، رئيس النادي، القيادي بحزب
            # المؤتمر): the body's own agent (PTY, NGO, LAB, BUS), else none; not the coder's GOV of رئيس
            rest = phrase.replace(candidate, " ") if at >= 0 else phrase
            body = _body_written(rest, bodies)
            if body is not None and _body_written(rest, over_bodies) is None:  # not an embassy's or a minister's
                agent = bodies[body]
        if agent == "MIL" and at >= 0 and _team_before(phrase[:at], names.team_nouns):
            agent = ""  # مدرب الفريق فلان، إداري الفريق فلان: the team's, not a lieutenant general
        if at >= 0 and _rank_before(phrase[:at], names.ranks, nationalities):
            # an English-style rank right before the name (الكولونيل فلان، البريجادير جنرال الأمريكي فلان): an officer
            agent = "COP" if any(f[3] == "COP" for f in by_phrase.get(index[phrase], [])) else "MIL"
        # the name's own words are no state (الأمير تركي بن فيصل، حسن مغربي)
        written = _states_written(phrase.replace(candidate, " ") if at >= 0 else phrase, states)
        outlets_own = False  # the outlet's home state, kept from the story, which the phrase does not write
        if near is not None and near[2]:
            country = near[2]
        elif written and country not in written:
            # a state the phrase writes where the coder tied none to the office (الممثلة اللبنانية فلانة، رئيس الاتحاد
            # المصري لكرة السلة فلان) is the person's, not the story's nor the outlet's
            country = next(iter(written)) if len(written) == 1 else ""
        elif country and country != homes.get(doc_id, "") and country not in written \
                and not (agent in _STORY_STATE_AGENTS and near is not None
                         and not abroad & set(_WORD.findall(_title_before_office_dropped(
                             phrase, candidate, at, by_phrase.get(index[phrase], []))))):
            country = ""  # the story's state, not the person's (save an official, a member, an officer or a judge
            # of the story's state: المتحدث باسم مجلس الوزراء فلان; not a mission or an embassy: رئيس البعثة فلان)
        else:
            outlets_own = bool(country) and country == homes.get(doc_id, "") and country not in written
        if (not country or outlets_own) and isinstance(texts.get(doc_id), str):
            if not isinstance(normalized.get(doc_id), str):
                normalized[doc_id] = normalize(texts[doc_id])
            # a foreigner in a local story of the outlet's state (المدرب البلغاري فلان in a Saudi daily): the state of
            # the nationality written beside the name, not the outlet's
            beside = _nationality_beside(normalized[doc_id], candidate, nationalities,
                                         heads=office_heads if outlets_own else None)
            if outlets_own and not beside and doc_id not in home_named \
                    and (agent in _STORY_STATE_AGENTS or _foreign_form(candidate, names.given)):
                if country not in home_patterns:
                    home_patterns[country] = _state_pattern(country, home_states)
                # the name's own words are no state (a province's name inside a family name)
                if not home_patterns[country].search(normalized[doc_id].replace(candidate, " ")):
                    # an office of the outlet's state only by a story that never writes that state (no name,
                    # nationality, city or seat of it, no person or body of it the tables know): a foreign official
                    # (رئيس الهيئة العامة للرقابة المالية فلان in an Egyptian story of a Saudi daily), not the outlet's
                    country = ""
            country = beside or country
        if agent == "REL" and isinstance(texts.get(doc_id), str):
            if not isinstance(normalized.get(doc_id), str):
                normalized[doc_id] = normalize(texts[doc_id])
            if _tribe_beside(normalized[doc_id], candidate, tribal):
                agent = "CVL"  # الشيخ of a tribe (أحد مشايخ عبيدة، شيخ شمل قبائل كذا): an elder, no cleric
        codes[(kind, candidate)][country + agent] += 1


def _one_word_state_names(tables) -> frozenset:
    """The states' names of one word (إسرائيل، مصر; not الولايات المتحدة), normalised: after a person's name, the
    sentence going on (واتهم الوزير فلان إسرائيل), read by :class:`_NameReader` and :func:`_code_people`."""
    return frozenset(w for w in _state_words(tables, ("name",)) if " " not in w)


def _object_dropped(phrase: str, name: str, state_names: frozenset) -> str:
    """A (normalised) phrase cut after a name that a state's name follows (وزير الاوقاف الفلسطيني فلان اسرائيل → ...
    فلان): the verb's object, which would give the phrase its state.

    Examples:
        >>> _object_dropped("الوزير سعد الفلاني اسرائيل بانها", "سعد الفلاني", frozenset({"اسرائيل"}))
        'الوزير سعد الفلاني'
        >>> _object_dropped("الوزير سعد الفلاني رئيس الوفد", "سعد الفلاني", frozenset({"اسرائيل"}))
        'الوزير سعد الفلاني رئيس الوفد'
    """
    at = phrase.find(name)
    if at < 0:
        return phrase
    end = at + len(name)
    after = _WORD.findall(phrase[end:end + 30])[:1]
    return phrase[:end] if after and after[0] in state_names else phrase


#: A quoted name after لـ (لـ"الشرق الأوسط"، لـ«عكاظ»): the outlet a person spoke to, normalised (tatweel gone).
_TO_QUOTED = re.compile(r"\s[وف]?ل\s*[\"«]")


def _addressee_dropped(phrase: str, name: str) -> str:
    """A (normalised) phrase cut before a quoted outlet written after ل past the name (فلان المحلل الاقتصادي
    ل"الشرق الاوسط"): the outlet the person spoke to, whose MED and state are not the person's.

    Examples:
        >>> _addressee_dropped('سعد الفلاني مدير المركز ل"عين اليوم"', "سعد الفلاني")
        'سعد الفلاني مدير المركز'
        >>> _addressee_dropped('سعد الفلاني رئيس تحرير "الشرق"', "سعد الفلاني")
        'سعد الفلاني رئيس تحرير "الشرق"'
    """
    at = phrase.find(name)
    if at < 0:
        return phrase
    m = _TO_QUOTED.search(phrase, at + len(name))
    return phrase[:m.start()] if m else phrase


def _spoke_to_outlet(text: str, name: str) -> bool:
    """Whether a quoted outlet after ل follows a name's first naming in a (normalised) text, in its sentence.

    Examples:
        >>> _spoke_to_outlet('وقال سعد الفلاني مدير المركز ل"عين اليوم" ان', "سعد الفلاني")
        True
        >>> _spoke_to_outlet('وقال سعد الفلاني مدير المركز. وقال ل"عين اليوم" ان', "سعد الفلاني")
        False
    """
    at = text.find(name)
    if at < 0:
        return False
    end = at + len(name)
    stop = _SENTENCE_END.search(text, end, end + 120)
    return bool(_TO_QUOTED.search(text, end, stop.start() if stop else end + 120))


def _foreign_form(name: str, given: frozenset) -> bool:
    """Whether a (normalised) name has a foreign form: no family name with the article, no link (بن، آل، عبد،
    أبو) and no given name after its first word (دانيال هورتون; not ايمن كمال، محمد الفلاني، سعد بن فهد).

    Examples:
        >>> given = frozenset({"محمد", "ايمن", "كمال", "دانيال"})
        >>> _foreign_form("دانيال هورتون", given), _foreign_form("ايمن كمال", given)
        (True, False)
        >>> _foreign_form("محمد الفلاني", given), _foreign_form("سعد بن فهد", given)
        (False, False)
    """
    words = name.split()
    return not any(w.startswith("ال") or w in _LINKS or w in given for w in words[1:])


def _team_before(before: str, nouns: frozenset) -> bool:
    """Whether a (normalised) phrase's words before a name end with الفريق after a noun of ``nouns`` (``team_noun``
    in the word lists): the team (مدرب الفريق فلان), not the rank.

    Examples:
        >>> nouns = frozenset({"مدرب", "اداري"})
        >>> _team_before("اداري الفريق ", nouns), _team_before("رئيس الاركان الفريق ", nouns)
        (True, False)
    """
    words = _WORD.findall(before)
    return len(words) >= 2 and words[-1] == "الفريق" and words[-2] in nouns


def _rank_before(before: str, ranks: frozenset, adjectives: dict[str, set]) -> bool:
    """Whether a (normalised) phrase's words before a name end with a rank of ``ranks`` (``rank_loanword`` in the word
    lists), a nationality adjective between them skipped.

    Examples:
        >>> ranks, adjectives = frozenset({"الكولونيل", "جنرال"}), {"الامريكي": {"USA"}}
        >>> _rank_before("وقال الكولونيل ", ranks, adjectives), _rank_before("البريجادير جنرال الامريكي ", ranks, adjectives)
        (True, True)
        >>> _rank_before("الكولونيل في الشرطه ", ranks, adjectives), _rank_before("", ranks, adjectives)
        (False, False)
    """
    words = _WORD.findall(before)
    if words and words[-1] in adjectives:
        words.pop()
    return bool(words) and words[-1] in ranks


def _title_before_office_dropped(phrase: str, name: str, at: int, found: list[tuple]) -> str:
    """A (normalised) phrase without the title written right before the name (السفير فلان) when the phrase codes an
    office reaching past the name (السفير فلان المتحدث باسم مجلس الوزراء): a diplomat's rank held at home, not a mission
    abroad. ``found``: the phrase's coded mentions (start, end, country, agent).

    Examples:
        >>> spokesman = [(0, 6, "", "GOV"), (19, 38, "", "GOV")]
        >>> _title_before_office_dropped("السفير سعد الفلاني المتحدث باسم الحكومه", "سعد الفلاني", 7, spokesman)
        'سعد الفلاني المتحدث باسم الحكومه'
        >>> _title_before_office_dropped("السفير سعد الفلاني", "سعد الفلاني", 7, spokesman[:1])
        'السفير سعد الفلاني'
    """
    end = at + len(name)
    if at < 0 or not _WORD.search(phrase[end:]) or not any(f[1] > end and (f[2] or f[3]) for f in found):
        return phrase
    before = phrase[:at].split()
    if before and before[-1] in _NOT_NAME_TITLES:
        return " ".join(before[:-1] + [phrase[at:]])
    return phrase


def _body_agents(words, tables) -> dict[str, str]:
    """The words of bodies that are no state's (``body_not_state`` in the word lists), each with its own agent in the
    agents table when that is not GOV (حزب: PTY, جمعية: NGO, شركة: BUS), else none (نادي، مهرجان، الجامعة)."""
    agents = _table(tables, "agents")
    own = {normalize(p): a for p, a in zip(agents["phrase"], agents["agent"]) if isinstance(a, str) and a}
    return {w: (own.get(w, "") if own.get(w, "") != "GOV" else "") for w in words}


def _body_written(phrase: str, bodies: dict[str, str]) -> str | None:
    """The first word of a (normalised) phrase that is a body of ``bodies``, read through the proclitics (بحزب،
    للنادي، والجمعية), else None.

    Examples:
        >>> bodies = {"حزب": "PTY", "الحزب": "PTY", "النادي": ""}
        >>> _body_written("القيادي بحزب المؤتمر", bodies), _body_written("رئيس مجلس ادارة النادي", bodies)
        ('حزب', 'النادي')
        >>> _body_written("للنادي الاهلي", bodies), _body_written("وزير الدولة", bodies) is None
        ('النادي', True)
    """
    for word in phrase.split():
        for form in (word, _without_proclitic(word), word[1:] if word[:1] in ("و", "ب", "ل") else word):
            if form in bodies:
                return form
    return None


def _nationality_beside(text: str, name: str, adjectives: dict[str, set], heads: frozenset | None = None) -> str:
    """The one state whose nationality adjective is written right beside a name's first naming in a (normalised)
    text: among the three words before it or the three after it, within its clause (no punctuation, no line
    break, no إن/أن between), else an empty code. A country's name is not read: near a person it is more often
    what the sentence is about (قال فلان إن السعودية ...). With ``heads``, the words after the name are read only
    when the first is one of them (an office's head in apposition: فلان رئيس الجالية اليمنية), not a verb's
    object (هاجم فلان الكاتب المصري).

    Examples:
        >>> adjectives = {"الفرنسي": {"FRA"}, "الفنلندية": {"FIN"}, "السوداني": {"SDN"}}
        >>> _nationality_beside("عاد عالم الاجتماع الفرنسي فلان الفلاني الى", "فلان الفلاني", adjectives)
        'FRA'
        >>> _nationality_beside("بحضور فلانة الفلانية السفيرة الفنلندية بالقاهرة", "فلانة الفلانية", adjectives)
        'FIN'
        >>> _nationality_beside("ان مقتل السوداني يبرز الجهود التي يبذلها الجنرال فلان الفلاني", "فلان الفلاني", adjectives)
        ''
        >>> heads = frozenset({"رئيس"})
        >>> _nationality_beside("هاجم فلان الفلاني الكاتب السوداني", "فلان الفلاني", adjectives, heads=heads)
        ''
        >>> _nationality_beside("بحضور فلان الفلاني رئيس الجاليه السودانيه", "فلان الفلاني", {"السودانيه": {"SDN"}}, heads=heads)
        'SDN'
    """
    at = text.find(name)
    if at < 0:
        return ""
    before = _CLAUSE_END.split(text[max(0, at - 80):at])[-1].split()[-3:]
    behind = _CLAUSE_END.split(text[at + len(name):at + len(name) + 60], maxsplit=1)[0].split()[:3]
    if heads is not None and behind[:1] and behind[0] not in heads:
        behind = []
    found = _states_written(" ".join(before) + " ، " + " ".join(behind), adjectives)
    return next(iter(found)) if len(found) == 1 else ""


def _tribe_beside(text: str, name: str, words: frozenset) -> bool:
    """Whether a tribe's word (``words``: قبيلة، شمل، مشايخ ...) is among the seven words before a name's first naming in
    a (normalised) text, in its sentence, or the four after it (a proclitic before it read through): the sheikh is a
    tribal elder.

    Examples:
        >>> words = frozenset({"قبيله", "مشايخ", "شمل"})
        >>> _tribe_beside("وقال الشيخ سعد الفلاني احد مشايخ عبيده ان", "سعد الفلاني", words)
        True
        >>> _tribe_beside("وحضر شيخ شمل قبائل كذا الشيخ سعد الفلاني", "سعد الفلاني", words)
        True
        >>> _tribe_beside("زار القبيله. وقال الشيخ سعد الفلاني امام المسجد ان", "سعد الفلاني", words)
        False
    """
    at = text.find(name)
    if at < 0:
        return False
    before = _SENTENCE_END.split(text[max(0, at - 80):at])[-1].split()[-7:]
    behind = _SENTENCE_END.split(text[at + len(name):at + len(name) + 60], maxsplit=1)[0].split()[:4]
    return any(w.strip("،,") in words or _PROCLITICS.sub("", w.strip("،,"), count=1) in words
               for w in before + behind)


_SENTENCE_END = re.compile(r"[.!?؟:\n]")


def _state_pattern(code: str, states: dict[str, set]) -> re.Pattern:
    """A pattern of every form of one state in ``states`` (a normalised phrase with its codes) as whole words, a
    proclitic before it allowed (و، ف، ب، ل).

    Examples:
        >>> pattern = _state_pattern("SAU", {"السعوديه": {"SAU"}, "جده": {"SAU"}, "مصر": {"EGY"}})
        >>> bool(pattern.search("وصل الى جده امس")), bool(pattern.search("زار مصر")), bool(pattern.search("جدهم"))
        (True, False, False)
    """
    forms = sorted((phrase for phrase, codes in states.items() if code in codes), key=len, reverse=True)
    alternatives = "|".join(re.escape(f) for f in forms) or r"(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:[وف]?[بل]|[وف])?(?:{alternatives})(?![^\W\d_])")


def _home_named(mentions: pd.DataFrame, homes: dict) -> set:
    """The articles naming a person or a body the tables know (a resolved mention) of their outlet's home state.

    Examples:
        >>> m = pd.DataFrame({"doc_id": ["a", "b", "c"], "actor_id": ["salman", "sisi", None],
        ...                   "country": ["SAU", "EGY", "SAU"]})
        >>> sorted(_home_named(m, {"a": "SAU", "b": "SAU", "c": "SAU"}))
        ['a']
    """
    countries = {c for c in homes.values() if c}
    known = mentions[mentions["actor_id"].notna().to_numpy() & mentions["country"].isin(countries).to_numpy()]
    return {doc for doc, country in zip(known["doc_id"].tolist(), known["country"].tolist()) if homes.get(doc) == country}


#: The agents of an office a story's state holds at home: its person keeps the story's state (not CVL, MED, BUS ...).
_STORY_STATE_AGENTS = frozenset(("GOV", "LEG", "MIL", "COP", "JUD"))

_CLAUSE_END = re.compile(r"[.,،؛:;!?؟()\"«»\n]|\s[اأإ]ن\s")


def _word_list_frame(tables) -> pd.DataFrame:
    """The word lists' two columns (``list``, ``norm``) in a frame of their own: a column taken from the loaded table
    deep-copies its attrs (the source lines) at every ``word_list`` call."""
    lists = _table(tables, "word_lists")
    return pd.DataFrame({"list": lists["list"].to_numpy(), "norm": lists["norm"].to_numpy()})


class _PlainPhrase:
    """A phrase naming a person, without what would give it an agent it does not have: a title that is no office
    (المستشار alone before the name or with a profession after it: ``title_not_office`` and
    ``title_not_office_adjective`` in the word lists) and the agent word of a phrase of another sense (قناة السويس →
    السويس: ``agent_other_sense``).

    Examples:
        >>> plain = _PlainPhrase(None)
        >>> plain("المستشار القانوني سعد الفلاني"), plain("وزير العدل المستشار سعد الفلاني")
        ('سعد الفلاني', 'وزير العدل سعد الفلاني')
        >>> plain("المستشار الالماني فلان"), plain("رئيس جامعة قناة السويس فلان")
        ('المستشار الالماني فلان', 'رئيس جامعة السويس فلان')
        >>> plain("المستشار بالسفارة السعودية فلان"), plain("المستشار في الديوان الملكي فلان")
        ('المستشار بالسفارة السعودية فلان', 'المستشار في الديوان الملكي فلان')
    """

    def __init__(self, tables, lists: pd.DataFrame | None = None) -> None:
        from .lexicons import word_list

        if lists is None:  # the word lists' two columns, as _NameReader reads them
            lists = _word_list_frame(tables)
        titles = "|".join(re.escape(w) for w in word_list("title_not_office", lists, required=False))
        adjectives = "|".join(re.escape(w) for w in word_list("title_not_office_adjective", lists, required=False))
        # the title then a profession, or the title right before a name: a word with no article (an adjective:
        # المستشار الألماني) and no preposition (a body: المستشار في الديوان الملكي، المستشار بالسفارة السعودية)
        self.title = re.compile(rf"(?:^|(?<=\s))[وف]?(?:{titles})(?:\s+(?:{adjectives})(?=\s|$)"
                                rf"|(?=\s+(?!ال|[وف]?[بكل]ال|[وف]?لل|(?:في|لدى|لدي)\s)))") \
            if titles else None
        self.other = [(w, w.split(maxsplit=1)[1]) for w in word_list("agent_other_sense", lists, required=False)
                      if " " in w]

    def __call__(self, phrase: str) -> str:
        out = self.title.sub("", phrase) if self.title is not None else phrase
        for whole, rest in self.other:
            out = out.replace(whole, rest)
        return " ".join(out.split()) if out != phrase else phrase


def _nearest(found: list[tuple], a: int, b: int) -> tuple | None:
    """The coded mention of a phrase nearest a name at ``a:b``: one holding it, else the last before it, else
    the first after it; None when the phrase codes nothing."""
    coded = [f for f in found if f[2] or f[3]]
    holding = [f for f in coded if f[0] <= a < f[1]]
    before = [f for f in coded if f[1] <= a]
    after = [f for f in coded if f[0] >= b]
    return (holding or before[-1:] or after[:1] or [None])[0]


_DEPUTY = re.compile(r"(?:^|(?<=\s))[وف]?(?:ال)?نائبة?\s+(?=(?:[وف]?ال)?(?:رئيس|مدير|وزير|محافظ|امين|متحدث|قائد|مساعد"
                     r"|وكيل|مندوب|سفير|عميد|ناطق)|المتحدث|الناطق)")


def _deputy_dropped(phrase: str) -> str:
    """A phrase without a نائب that makes a deputy of the office after it (نائب رئيس الوفد → رئيس الوفد).

    Examples:
        >>> _deputy_dropped("نائب رئيس الوفد سعيد"), _deputy_dropped("النائب العام"), _deputy_dropped("النائب سعيد")
        ('رئيس الوفد سعيد', 'النائب العام', 'النائب سعيد')
    """
    return _DEPUTY.sub("", phrase)


def _state_words(tables, forms: tuple = ("name", "adjective", "province")) -> dict[str, set]:
    """Each normalised name, adjective and province (``forms``) of a state in the ``countries`` table, with its
    codes; not those the table notes as ambiguous."""
    out: dict[str, set] = defaultdict(set)
    table = _table(tables, "countries")
    for code, form, phrase, note in zip(table["code"], table["form"], table["phrase"], table["note"]):
        # not a form that is more often a common word (مالية: financial, عمان: Amman)
        if form in forms and isinstance(phrase, str) and "ambiguous" not in str(note):
            key = " ".join(normalize(phrase).split())
            out[key].add(code)
            if form == "adjective":
                out["ال" + key.removeprefix("ال")].add(code)
    return out


def _states_written(phrase: str, states: dict[str, set]) -> set:
    """The states a phrase writes by name, adjective or province, a word or two (و، ب، ل before it allowed).

    Examples:
        >>> sorted(_states_written("الممثله اللبنانيه فلانه", {"اللبنانيه": {"LBN"}, "مصر": {"EGY"}}))
        ['LBN']
        >>> sorted(_states_written("السفير لدي مصر وبلبنان", {"لبنان": {"LBN"}, "مصر": {"EGY"}}))
        ['EGY', 'LBN']
    """
    words = _WORD.findall(phrase)
    found: set = set()
    for i, word in enumerate(words):
        for n in (1, 2, 3):
            if i + n > len(words):
                break
            key = " ".join(words[i:i + n])
            for form in (key, _PROCLITICS.sub("", key, count=1)):
                found |= states.get(form, set())
    return found


_PROCLITICS = re.compile(r"^(?:[وف]?[بل]|[وف])(?=...)")


def _agent_codes(tables) -> frozenset:
    return frozenset(str(a) for a in _table(tables, "agents")["agent"].dropna())


def _split_code(code: str, agents: frozenset) -> tuple[str, str]:
    """A code's country and agent (``EGYGOV`` → EGY, GOV; ``GOV`` → "", GOV; ``SAU`` → SAU, "").

    Examples:
        >>> _split_code("EGYGOV", frozenset({"GOV"})), _split_code("GOV", frozenset({"GOV"})), _split_code("SAU", frozenset())
        (('EGY', 'GOV'), ('', 'GOV'), ('SAU', ''))
    """
    if len(code) == 6:
        return code[:3], code[3:]
    if len(code) == 3:
        return ("", code) if code in agents else (code, "")
    return "", ""


def _without_proclitic(phrase: str, proclitic: object = "") -> str:
    """A normalised phrase with the proclitics of its first word dropped (للتلفزيون → التلفزيون).

    Proclitics before a word without the article (وقوات، لطيران) are dropped
    only when the mention says it bears them (``proclitic``): a word can
    begin with و or ل of its own (وزارة، لجنة).

    Examples:
        >>> _without_proclitic("للتلفزيون الرسمي"), _without_proclitic("والرئاسة"), _without_proclitic("لجنة")
        ('التلفزيون الرسمي', 'الرئاسة', 'لجنة')
        >>> _without_proclitic("وقوات التحالف", "و"), _without_proclitic("وزارة العمل", "")
        ('قوات التحالف', 'وزارة العمل')
    """
    out = _PROCLITIC_ARTICLE.sub("ال", phrase, count=1)
    proclitic = normalize(proclitic) if isinstance(proclitic, str) else ""
    if out == phrase and proclitic and "ال" not in proclitic and phrase.startswith(proclitic) \
            and len(phrase.split()[0]) > len(proclitic) + 1:
        out = phrase[len(proclitic):]
    return out


_PROCLITIC_ARTICLE = re.compile(r"^(?:[وف]?[بك]?ال|[وف]?لل)")


class _NameReader:
    """Reads a person's name out of a stretch of text: titles skipped, a given name first, family names after."""

    def __init__(self, tables: dict[str, pd.DataFrame] | None) -> None:
        from .lexicons import word_list

        people = _table(tables, "people")
        lists = self.lists = _word_list_frame(tables)  # read once: each load_lexicon copies the whole table
        titles = set()
        for name in _TITLE_LISTS:
            titles |= set(word_list(name, lists))
        # English-style ranks written in Arabic letters (الكولونيل، البريجادير جنرال): titles, not names
        ranks = self.ranks = frozenset(word_list("rank_loanword", lists, required=False))
        self.titles = titles | _NOT_NAME_TITLES | ranks
        # a person's titles and ranks (الدكتور، العريف أول، السفير), not a speaker's (مصادر، المحلل، الرئيس): the word
        # after one opens a name even when no list knows it as a given name
        self.openers = (frozenset().union(*(word_list(name, lists) for name in _OPENING_TITLE_LISTS)) | _NOT_NAME_TITLES
                        | ranks) - frozenset(word_list("not_name_opener", lists, required=False))
        self.given_after_title = frozenset(word_list("given_name_after_title", lists, required=False))
        # a descriptor after a name is no family name (فلان الفلاني الاستشاري في ...، فلان الفلاني الشهر الماضي)
        self.office_words = frozenset(_office_words(tables))
        self.stop = (self.office_words | set(word_list("subject_stop", lists)) | _NOT_NAME
                     | set(word_list("name_descriptor", lists, required=False))
                     | set(_reporting_forms(tables)))
        # a state's name after a name is the sentence going on (واتهم الوزير فلان الفلاني إسرائيل بأنها ...)
        self.states = _one_word_state_names(tables)
        self.given = _given_names(people, frozenset(self.titles | self.stop | set(word_list("not_given_name", lists))))
        self.known = frozenset(" ".join(normalize(str(p)).split()) for p in people["phrase"].dropna())
        # مستشفى الأمير فلان، شارع الملك فلان، شركة فلان: a place or a body called after the person, not the person
        self.namesake_nouns = frozenset(w for name in _NAMESAKE_LISTS for w in word_list(name, lists, required=False))
        self.anonymous = frozenset(word_list("source_head", lists))
        # مدرب الفريق فلان: the team's, not the rank الفريق
        self.team_nouns = frozenset(word_list("team_noun", lists, required=False))
        self._found: dict[tuple[str, str], str | None] = {}

    def read(self, text: str, before: str = "", titled: bool = False, normalized: bool = False) -> str | None:
        """The name at the start of ``text`` (titles skipped), or None; None too when ``before`` (the text
        before it) ends with a noun a place or a body is called after a person by (شارع الأمير، بمستشفى).
        ``titled``: a title comes right before ``text``, so its first word opens a name even when no list knows it.
        ``normalized``: ``text`` is normalised already."""
        if not normalized:
            text = normalize(text)
        words = []
        for m in _WORD.finditer(text):
            gap = text[words[-1][1] if words else 0: m.start()]
            if gap.strip(" ") and (words or gap.strip(" ") != "."):  # punctuation ends a name
                break
            words.append((m.group(), m.end()))
            if len(words) == 2 * _MAX_NAME_WORDS + 4:
                break
        name = self._name([w for w, _ in words], titled)
        if name and self._after_namesake_noun(normalize(before) + " " + text[:text.find(name.split()[0])]):
            return None
        return name

    def _after_namesake_noun(self, before: str) -> bool:
        """Whether ``before`` ends with a namesake noun, titles between skipped (بمستشفى الدكتور ...، طريق الملك ...)."""
        words = _WORD.findall(before)
        for _ in range(4):
            if not words or words[-1] not in self.titles:
                break
            words.pop()
        return bool(words) and (words[-1] in self.namesake_nouns
                                or _NAMESAKE_CLITIC.sub("", words[-1], count=1) in self.namesake_nouns)

    def find(self, surface: str, before: str = "") -> str | None:
        """The first name inside a speaker surface (وزير ... خالد الدخيل → خالد الدخيل), or None.

        ``before`` is the text before the surface, read with the surface's
        words before the name for a namesake noun (شارع [الأمير فلان]).
        """
        key = (surface, before)
        if key not in self._found:  # a speaker written alike many times (وزير الخارجية عادل الجبير) is read once
            self._found[key] = self._find(normalize(surface), before)
        return self._found[key]

    def _find(self, surface: str, before: str) -> str | None:
        word_before, end_before = "", 0
        for m in _WORD.finditer(surface):
            # a given name after بن or بنت is a father's name, not the start of one (بسمة بنت سعود); after a title,
            # any word that may open a name opens one (الدكتور إقبال محمد إسماعيل: not محمد إسماعيل)
            titled = word_before in self.openers and not surface[end_before:m.start()].strip(" ")
            if word_before not in _LINKS and (self._given(m.group()) or titled) \
                    and (name := self.read(surface[m.start():], titled=titled, normalized=True)):
                # a namesake's name is no person (and the names after it no other one)
                return None if self._after_namesake_noun(f"{normalize(before)} {surface[:m.start()]}") else name
            word_before, end_before = m.group(), m.end()
        return None

    def _may_open(self, word: str) -> bool:
        """Whether a word no list knows as a given name may open a name after a title (فاهم، إقبال، سهيلة): no
        function, office or title word, no article, no proclitic with the article, no وـ before a word."""
        if word in self.given_after_title:  # السفير علي محمد العياشي: على normalised is علي, a function word elsewhere
            return True
        return (len(word) >= 3 and word not in self.stop and word not in self.titles and not word.startswith("ال")
                and not _ARTICLE_WITH_PROCLITIC.match(word) and not word.startswith("و"))

    def _given(self, word: str) -> bool:
        return word in self.given or word in _JOINED

    def _name(self, words: list[str], titled: bool = False) -> str | None:
        i = 0
        while i < len(words) and i < 2 and words[i] in self.titles:
            i += 1
        if i >= len(words) or not (self._given(words[i]) or (titled or i > 0 and words[i - 1] in self.openers)
                                              and self._may_open(words[i])):
            return None
        out = [words[i]]
        for w in words[i + 1:]:
            if out[-1] in _FATHER_LINKS and _parts(out) < _MAX_NAME_WORDS and not _ARTICLE_WITH_PROCLITIC.match(w):
                out.append(w)  # the word after بن is a father's name even when it is an office word too (بن مساعد)
                continue
            if (w in self.stop or w in self.titles or w in self.states
                    or (_parts(out) == _MAX_NAME_WORDS and w not in _LINKS)
                    or _ARTICLE_WITH_PROCLITIC.match(w) or (w.startswith("و") and w not in self.given)
                    or (_FAMILY_NAME.match(out[-1]) and w not in _LINKS and (len(out) < 2 or out[-2] not in _JOINED))):
                break
            out.append(w)
        while out and out[-1] in (*_JOINED, "بن", "ولد", "ال"):
            out.pop()
        return " ".join(out) if _parts(out) >= 2 else None


def _parts(words: list[str]) -> int:
    """The parts of a name: بن، آل, and عبد or أبو with the word after them, make none of their own.

    Examples:
        >>> _parts("محمد بن عبدالله ابو قرنين".split()), _parts("عبد الله".split())
        (3, 1)
    """
    return sum(w not in _LINKS for w in words)


#: Words after which a given name is a father's or a part of the name before (بن، بنت، عبد).
_LINKS = frozenset(("بن", "بنت", "ابن", "ولد", "ال", "عبد", "ابو"))
#: Words after which the next word is a name whatever else it can be (بن مساعد، آل الشيخ).
_FATHER_LINKS = frozenset(("بن", "بنت", "ابن", "ال"))
#: Words that make one part of a name with the next (عبد الله، أبو مازن).
_JOINED = ("عبد", "ابو")
#: A family name with the article (الجبير، الشهراني) ends a name, save before بن or آل: what follows it is a
#: descriptor (صبري الكثيري المشرف على ...); الله and العبد... (العبد اللطيف) are no family name, nor a word after
#: عبد or أبو (عبد العزيز المهوس).
_FAMILY_NAME = re.compile(r"^ال(?!له$|عبد)..")
#: A word with a proclitic and the article (والوزير، بالقاهرة، للعلوم): never inside a name.
_ARTICLE_WITH_PROCLITIC = re.compile(r"^(?:[وف][بك]?ال|[بك]ال|[وف]?لل)")


#: The lists of nouns a place or a body is called after a person by (جامعة، شارع، مستشفى، شركة، مجموعة).
_NAMESAKE_LISTS = ("named_after_noun", "named_after_place", "named_after_thing", "named_after_university",
                   "company_head", "company_head_quoted")
#: Proclitics before a namesake noun (بمستشفى، لشركة، وشارع).
_NAMESAKE_CLITIC = re.compile(r"^[وف]?[بلك](?=..)|^[وف](?=..)")

_TITLE_LISTS = ("person_title", "person_title_mil", "person_title_cvl", "person_title_leg", "person_title_gov",
                "speaker_title", "rank_word", "honorific_pronoun")
#: The lists of a person's titles and ranks, after which a word no list knows opens a name (الدكتور إقبال ...).
_OPENING_TITLE_LISTS = ("person_title", "person_title_rel", "person_title_gov", "person_title_mil", "person_title_leg",
                        "person_title_med", "person_title_cvl", "rank_word")
_NOT_NAME_TITLES = frozenset(normalize(w) for w in ("السفير", "المستشار", "الأستاذ", "الأستاذة", "النائب", "القاضي"))


def _table(tables: dict[str, pd.DataFrame] | None, name: str) -> pd.DataFrame:
    """The user's table of that name where ``tables`` holds one, else the bundled one."""
    from .lexicons import bundled_table

    table = (tables or {}).get(name)
    return bundled_table(name) if table is None else table


def _office_words(tables: dict[str, pd.DataFrame] | None) -> set[str]:
    """Every word of the agent phrases (وزير، الخارجية، مجلس ...): never part of a name."""
    out: set[str] = set()
    for phrase in _table(tables, "agents")["phrase"].dropna():
        out.update(normalize(str(phrase)).split())
    return out


def _reporting_forms(tables: dict[str, pd.DataFrame] | None) -> list[str]:
    return [normalize(str(f)) for f in _table(tables, "reporting_verbs")["form"].dropna()]


def _given_names(people: pd.DataFrame, not_names: frozenset) -> frozenset:
    """The first words of the people table's names of two words or more, less titles and common words."""
    firsts = (normalize(str(p)).split() for p in people["phrase"].dropna())
    return frozenset(w[0] for w in firsts if len(w) >= 2 and len(w[0]) >= 3 and not w[0].startswith("ال")
                     and w[0] not in not_names)
