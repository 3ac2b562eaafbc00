"""Headlines that report different speakers: two events, though their articles' words link them."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..arabic import normalize
from ..lexicons import word_set
from ..tables import LastTableCache
from ._text import connected_components, union_root

_ORDINAL_STEMS = {"اول": 1, "اولي": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7, "ثامن": 8,
                  "تاسع": 9, "عاشر": 10}
# an ordinal word of a headline, with its proclitics and its article ("الثانية", "لثاني", "وللمرة الاولي" ...)
_ORDINAL_RE = re.compile(r"(?<!\S)[وف]?(?:بال|لل|ال|ب|ل)?(" + "|".join(sorted(_ORDINAL_STEMS, key=len, reverse=True))
                         + r")ة?(?!\S)")
_PUNCTUATION_RE = re.compile(r"[^\w\s]")
# the words after an ordinal that make it no count of events (a compound number, a superlative: الحادي عشر، ثاني
# اكبر) are the word list headline_ordinal_not_after; those before it (a name's, a period's, a dispatch's part:
# ربيع الاول، النصف الاول، اضافة اولي) headline_ordinal_not_before


#: Words of a lead (headline or first sentence) that date the event it reports before the publication day: print
#: outlets date their copy the next morning and write أمس (with يوم، مساء، ليلة، صباح، ظهر، عصر before it, or بـ/الـ
#: on it: بالأمس) or البارحة for the day before, and أمس الأول / أول أمس / أول من أمس for the day before that. Not
#: the superlative "أمسّ" (في أمس الحاجة: most in need). Twenty-sixth round (issue 17), counted in the leads of the
#: rules split (19,993 articles): the day before in 2,167, the day before that in 391 (none in the web-only outlet
#: 3alyoum but 2, the SPA wire none). Read at 20 random uses of the day before: 15 of 16 plain uses date the reported
#: event the day before (one dates the papers that covered it), 4 of 4 "أمس الأول" two days before; 9 of 10 read uses
#: of the day before that (the tenth, البارحة before it, is why the first word of the lead wins).
_LEAD_TWO_DAYS_RE = re.compile(r"(?<!\w)(?:(?:[اأ]ول\s+(?:من\s+)?[وفب]?(?:ال)?[اأ]مس)|(?:[وفب]?(?:ال)?[اأ]مس\s+(?:ال)?[اأ]ول))(?!\w)")
_LEAD_ONE_DAY_RE = re.compile(r"(?<!\w)(?:[وفب]?(?:ال)?[اأ]مس(?!\s+(?:ال)?حاج)|[وف]?(?:ب)?البارح[ةه])(?!\w)")
#: A weekday named right after the lead's day word (أمس (الاثنين)، يوم أمس السبت، اليوم (الأربعاء)): the event's own
#: day, whatever day the outlet dated its copy (weekday numbers as Python's, Monday 0). In 1,658 leads of the rules
#: split; it changes the offset of 390 (a copy dated a day or two after its أمس or اليوم: 212 from 0 to 1, 62 from 1
#: to 2); 12 of 12 read name the day of the reported event.
_WEEKDAYS = {"اثنين": 0, "إثنين": 0, "ثلاثاء": 1, "أربعاء": 2, "اربعاء": 2, "خميس": 3, "جمعة": 4, "جمعه": 4, "سبت": 5,
             "أحد": 6, "احد": 6}
_LEAD_WEEKDAY_RE = re.compile(r"(?<!\w)(?:[وفب]?(?:ال)?[اأ]مس|اليوم)(?:\s+(?:ال)?[اأ]ول)?\s*\(?\s*(?:يوم\s+)?ال("
                              + "|".join(_WEEKDAYS) + r")(?!\w)")
#: At most this many days between a named weekday and the publication day (a week-old weekday is another thing).
LEAD_WEEKDAY_DAYS = 3
#: The end of a lead's first sentence.
_SENTENCE_END_RE = re.compile(r"[.!؟?\n]")
#: Characters of the text read as its first sentence at most.
LEAD_CHARS = 300


def _headline_verbs() -> frozenset:
    """The normalised verb forms of ``reporting_verbs.csv`` (يدين، تؤكد، يرحب ...): a headline's saying verb.

    Not those of the ``headline_no_speaker_verb`` list of ``word_lists.csv``: يقر (a headline's "adopts": an act), يشيد
    and يثمن (praise of the other party, which both sides of one meeting report).
    """
    from ..lexicons import load_lexicon, word_list

    verbs = load_lexicon("reporting_verbs")
    others = frozenset(word_list("headline_no_speaker_verb", required=False))  # يقر: adopts; يشيد: praises a party
    return frozenset(normalize(f) for f in verbs.loc[verbs["kind"] == "verb", "form"] if " " not in f.strip()) - others


#: Words from the start of a headline within which its saying verb must stand ("وزير الخارجية المصري يدين ..."): the
#: speaker is the headline's subject, written before the verb.
HEADLINE_VERB_WORDS = 6


def _read_with(tables: dict[str, pd.DataFrame] | None) -> dict:
    """The keywords (``actors``, ``tables``) with which :func:`q7x2lib.find_mentions` and
    :func:`q7x2lib.find_statements` read headlines for the event groups: none for the bundled tables, else the
    caller's ``tables=`` (those of :func:`q7x2lib.actors.user_tables`: its ``"actors"`` as the actor table), the
    bundled coding tables for those it lacks, so that a user's actor and coding rows reach the headlines' speakers,
    parties and countries as they reach the articles' mentions.

    Examples:
        >>> _read_with(None)
        {}
        >>> from q7x2lib.actors import CODING_TABLES, user_tables
        >>> own = user_tables()
        >>> read = _read_with({"actors": own["actors"]})  # no coding table given: the bundled ones
        >>> read["actors"] is own["actors"], sorted(read["tables"]) == sorted(["actors", *CODING_TABLES])
        (True, True)
    """
    if not tables:
        return {}
    from ..actors import CODING_TABLES, _default_tables

    bundled = _default_tables()
    return {"actors": tables.get("actors"),
            "tables": {**{name: bundled[name] for name in CODING_TABLES},
                       **{name: table for name, table in tables.items() if table is not None}}}


def _headline_speakers(corpus: pd.DataFrame, title_col: str = "title", *,
                       tables: dict[str, pd.DataFrame] | None = None, read: dict | None = None) -> list:
    """The speaker each headline reports ("X: ..." or "X يدين ..."), as ``(actor_id, code, surface)``, or None.

    The statement layer (:func:`q7x2lib.find_statements`) read on the
    headlines alone; only speakers it resolves to an actor id or a code count
    (a headline such as "رسميا: ..." or "تحذيرات رسمية: ..." has no speaker). Only the headlines with a colon
    ("X: ...") or a saying verb of ``reporting_verbs.csv`` among their first ``HEADLINE_VERB_WORDS`` words are read
    (the others would cost the mention and statement layers several seconds on 25,000 articles and find nothing); a
    verb's speaker counts when the headline opens with it ("مصر تؤكد رفضها ...", "السيسي يرحب ..."): the subject
    before the verb, as a headline writes who speaks. ``tables``: the caller's (:func:`_read_with`), default bundled;
    or ``read``, what :func:`_read_with` gave for them, built once by a caller that reads the headlines again.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "title": ["البحرين: التصريحات مرفوضة", "رسميا: اللاعب يوقع", None,
        ...                    "مصر تؤكد رفضها التدخل الإيراني"]})
        >>> [s[1] if s else None for s in _headline_speakers(df)]
        ['BHR', None, None, 'EGY']
    """
    from ..mentions import find_mentions
    from ..statements import find_statements

    text = corpus[title_col].fillna("").astype(str)
    verbs = _headline_verbs()
    # only a headline with a colon or a saying verb near its start can report a speaker (statements'
    # _HEADLINE_COLON_RE); the others are never read (each headline is read alone, so the speakers found are the same)
    colon = text.str.contains(":", regex=False).to_numpy()
    verb = np.array([not c and any(w in verbs for w in _PUNCTUATION_RE.sub(" ", normalize(t)).split()[:HEADLINE_VERB_WORDS])
                     for t, c in zip(text, colon)], dtype=bool)
    rows = np.flatnonzero(colon | verb)
    titles = pd.DataFrame({"doc_id": rows, "title": corpus[title_col].to_numpy()[rows], "text_clean": text.to_numpy()[rows]})
    if "published" in corpus:
        titles["published"] = corpus["published"].to_numpy()[rows]
    read = _read_with(tables) if read is None else read
    found = find_statements(titles, mentions=find_mentions(titles, **read), **read)
    found = found[found["speaker_id"].notna() | found["speaker_code"].notna()]
    # a verb's speaker: the headline's subject, in a headline without a colon, one speaker (not "X and Y demand")
    by_verb = np.array([kind == "verb" and not colon[d] and _opens_with(text.iat[d], who) and _cue_word(cue) in verbs
                        and not _plural_verb(_cue_word(cue))
                        for d, kind, who, cue in zip(found["doc_id"], found["cue_kind"], found["speaker_surface"],
                                                     found["cue"])], dtype=bool)
    found = found[(found["cue_kind"] == "headline").to_numpy() | by_verb]
    out: list = [None] * len(corpus)
    for doc, sid, code, surface in zip(found["doc_id"], found["speaker_id"], found["speaker_code"], found["speaker_surface"]):
        if out[doc] is None:
            out[doc] = (sid if isinstance(sid, str) else None, code if isinstance(code, str) else None,
                        " ".join(normalize(surface).split()) if isinstance(surface, str) else None)
    return out


def _cue_word(cue) -> str:
    """The normalised last word of a statement's cue ("" when none)."""
    words = normalize(cue).split() if isinstance(cue, str) else []
    return words[-1] if words else ""


def _plural_verb(word: str) -> bool:
    """A verb of two or more subjects (يطالبان، يؤكدون، اكدوا): the headline speaks for several actors."""
    return word.endswith(("ان", "ون", "وا"))


def _opens_with(title: str, surface) -> bool:
    """Whether the headline opens with the speaker's words (a conjunction or a quotation mark before them aside)."""
    if not isinstance(surface, str) or not surface.strip():
        return False
    words = _PUNCTUATION_RE.sub(" ", normalize(title)).split()
    first = _PUNCTUATION_RE.sub(" ", normalize(surface)).split()
    return bool(first) and bool(words) and (words[0] == first[0] or words[0] == "و" + first[0])


def _headline_ordinals(corpus: pd.DataFrame, title_col: str = "title") -> list:
    """The ordinals each headline counts its event by ("ثاني طائرة"، "الدفعة الثالثة"), as a frozenset, or None.

    A series of like events (the second relief plane, the third batch of
    pilgrims, the first day of a visit) is told in the same words; the
    headline's ordinal is what tells them apart. Ordinals that belong to a
    name, a date, a compound number or a superlative (word lists ``headline_ordinal_not_before``,
    ``headline_ordinal_not_after``) are not counted.

    Examples:
        >>> df = pd.DataFrame({"title": ["وصول ثاني طائرة إغاثة إلى عدن", "الطائرة الإغاثية الثالثة تصل عدن",
        ...                              "الملك عبدالله الثاني يستقبل الوزير", "ثاني أكبر مطار", None]})
        >>> _headline_ordinals(df)
        [frozenset({2}), frozenset({3}), None, None, None]
    """
    out: list = []
    not_before, not_after = word_set("headline_ordinal_not_before"), word_set("headline_ordinal_not_after")
    for title in corpus[title_col].fillna("").astype(str):
        text = _PUNCTUATION_RE.sub(" ", normalize(title)) if title else ""
        found = set()
        for m in _ORDINAL_RE.finditer(text):
            before, after = text[:m.start()].split()[-1:], text[m.end():].split()[:2]
            if (before and before[0] in not_before) or (after and after[0] in not_after) or after == ["من", "امس"]:
                continue
            found.add(_ORDINAL_STEMS[m.group(1)])
        out.append(frozenset(found) if found else None)
    return out


def _event_day_offsets(corpus: pd.DataFrame, title_col: str = "title", text_col: str = "text_clean",
                       day: np.ndarray | None = None) -> np.ndarray:
    """Days between each article's publication and the event its lead reports: 0, 1 (أمس), 2 (أمس الأول) or up to 3.

    The lead is the headline and the text's first sentence (up to
    ``LEAD_CHARS`` characters); the first of its words of ``_LEAD_ONE_DAY_RE``
    and ``_LEAD_TWO_DAYS_RE`` sets the offset (تلقت الأسرة البارحة العزاء في
    فقيدها الذي توفي أول من أمس: the condolences, a day before). With
    ``day`` (each article's publication day number, NaN unknown), a weekday
    named after the day word (``_LEAD_WEEKDAY_RE``) sets it instead, when it
    lies at most ``LEAD_WEEKDAY_DAYS`` before the publication day.

    Examples:
        >>> df = pd.DataFrame({"title": ["وزير الخارجية يستقبل نظيره", "وفاة شخصين في حادث", "افتتاح المعرض", None, "عزاء"],
        ...     "text_clean": ["استقبل وزير الخارجية مساء أمس نظيره الأردني. وبحثا العلاقات أمس", "توفي شخصان أمس الأول في حادث",
        ...                    "يفتتح المعرض اليوم. وكان الوزير قد زاره أمس", "القرية في أمس الحاجة إلى طريق",
        ...                    "تلقى الأهالي البارحة العزاء في فقيدهم الذي توفي أول من أمس"]})
        >>> _event_day_offsets(df).tolist()
        [1, 2, 0, 0, 1]
        >>> tuesday = (pd.Timestamp("2015-07-21") - pd.Timestamp("1970-01-01")).days
        >>> df = pd.DataFrame({"title": ["", ""], "text_clean": ["أعلن الجيش يوم أمس السبت أنه", "افتتح الأمير اليوم (الاثنين) المعرض"]})
        >>> _event_day_offsets(df).tolist(), _event_day_offsets(df, day=np.array([tuesday, tuesday], dtype=float)).tolist()
        ([1, 0], [3, 1])
    """
    titles = corpus[title_col].fillna("").astype(str) if title_col in corpus else pd.Series("", index=corpus.index)
    out = np.zeros(len(corpus), dtype=int)
    for i, (title, text) in enumerate(zip(titles, corpus[text_col].fillna("").astype(str))):
        lead = title + "\n" + _lead(text, min_chars=0)  # the first sentence however short (قال. … would end at once)
        if "مس" not in lead and "بارح" not in lead and "اليوم" not in lead:  # most leads: no regex to run
            continue
        one, two = _LEAD_ONE_DAY_RE.search(lead), _LEAD_TWO_DAYS_RE.search(lead)
        if two and (one is None or two.start() <= one.start()):
            out[i] = 2
        elif one:
            out[i] = 1
        named = _LEAD_WEEKDAY_RE.search(lead) if day is not None and not np.isnan(day[i]) else None
        if named:
            back = (int(day[i]) + 3 - _WEEKDAYS[named.group(1)]) % 7  # day 0 (1 January 1970) was a Thursday
            if back <= LEAD_WEEKDAY_DAYS:
                out[i] = back
    return out


#: The codes of states and the bodies each actor id speaks for (:func:`_speaker_bodies`), built again for other tables.
_SPEAKER_BODIES = LastTableCache()


def _speaker_bodies() -> tuple[frozenset, dict]:
    """The state codes of the ``countries`` table, and for each actor id the bodies it speaks for: an organisation of
    the ``organisations`` table speaks for itself, a person for the organisations whose offices the ``offices`` table
    says they held (الزياني: the GCC, whose secretary-general he was), at any date.

    Examples:
        >>> states, bodies = _speaker_bodies()
        >>> "SAU" in states, "IGO" in states, bodies["gcc"], bodies["abdullatif_al_zayani"], "putin" in bodies
        (True, False, frozenset({'gcc'}), frozenset({'gcc'}), False)
    """
    from ..lexicons import table_in_force

    def build(offices: pd.DataFrame) -> tuple[frozenset, dict]:
        organisations = frozenset(table_in_force("organisations")["actor_id"]) - {""}
        bodies: dict = {o: {o} for o in organisations}
        for body, who in zip(offices["country"], offices["actor_id"]):
            if body in organisations and who not in organisations:
                bodies.setdefault(who, set()).add(body)
        return frozenset(table_in_force("countries")["code"]), {k: frozenset(v) for k, v in bodies.items()}

    return _SPEAKER_BODIES.get(table_in_force("offices"), build)


#: Fifty-eighth round, tried and dropped: a three-letter code that is no state's (IGO) named no one, so two IGO
#: speakers whose names differ (the GCC's secretary-general, the OIC) would be other speakers. Over the 50
#: development sets pooled event-group F1 0.8571 -> 0.8568, groups_ak 0.795 -> 0.756, real +0.001, no other set
#: moved (groups_e's condemnations of one statement stay joined through headlines without a speaker).
#: Sixty-eighth round (issue 17): two speakers of one such code (IGO; an agent alone, NGO, EDU) are other when both name
#: bodies (:func:`_speaker_bodies`) and none in common: the OIC and the GCC's secretary-general, the Arab League and the
#: UN; a person no office ties to a body stays no other speaker of any (an agency's spokesman and his agency). Over the
#: 50 development sets pooled event-group P / R / F1 0.8882 / 0.8624 / 0.8751 -> 0.8920 / 0.8624 / 0.8770 (predicted
#: pairs 16,178 -> 16,109, true pairs unchanged), groups_e 0.824 -> 0.854 (the OIC's and the GCC's condemnations of
#: al-Maliki's statements, chained through a round-up and two headlines whose short names, «التعاون الإسلامي» and «مجلس
#: التعاون», no mention reads), real 0.842 -> 0.843 (the Arab League's and the UN's welcomes of the Yemen truce); hard
#: negatives joined 451 -> 449 of 2,444. On 25,030 articles 2 groups part (23 articles change event-mates), both right.
def _other_speaker(p: tuple, q: tuple) -> bool:
    """Two headline speakers are different actors: other ids, else neither name holds the other, else other codes.

    A state named bare ("تركيا: ...", a code of three letters) speaks through
    any of its officials, so it is never another speaker than one of its own.
    Two speakers of one three-letter code that is no state's (IGO, or an
    agent with no state) are other only when both name bodies
    (:func:`_speaker_bodies`) and none in common.

    Examples:
        >>> turkey, minister = ("turkey", "TUR", "تركيا"), ("cavusoglu", "TURGOV", "وزير الخارجيه التركي")
        >>> _other_speaker(turkey, minister), _other_speaker(minister, ("lavrov", "RUSGOV", "لافروف"))
        (False, True)
        >>> oic, gcc = ("oic", "IGO", "منظمة التعاون الاسلامي"), ("gcc", "IGO", "مجلس التعاون الخليجي")
        >>> zayani = ("abdullatif_al_zayani", "IGO", "الزياني")
        >>> _other_speaker(oic, zayani), _other_speaker(gcc, zayani), _other_speaker(oic, (None, "IGO", "المنظمة"))
        (True, False, False)
    """
    codes = [c for c in (p[1], q[1]) if c]
    if len(codes) == 2 and codes[0][:3] == codes[1][:3] and min(map(len, codes)) == 3:
        if codes[0] != codes[1] or not (p[0] and q[0]) or p[0] == q[0]:
            return False
        states, bodies = _speaker_bodies()
        mine, theirs = bodies.get(p[0]), bodies.get(q[0])
        return codes[0] not in states and bool(mine) and bool(theirs) and mine.isdisjoint(theirs)
    if p[0] and q[0]:
        return p[0] != q[0]
    if p[2] and q[2] and (p[2] in q[2] or q[2] in p[2]):
        return False
    return not (p[1] and q[1]) or p[1] != q[1]


def _groups_apart(n: int, a: np.ndarray, b: np.ndarray, score: np.ndarray, similarity: np.ndarray, speakers: list,
                  copy: float, ordinals: list | None = None, meetings: list | None = None,
                  meeting_copy: float = 1.0, rites: list | None = None, rite_copy: float = 1.0,
                  regions: list | None = None, region_copy: float = 1.0, bridge_copy: float | None = None) -> np.ndarray:
    """Groups of the links ``a``–``b``, merged by descending score, kept apart by their headlines' speakers and ordinals.

    A link whose text ``similarity`` is below ``copy`` does not merge two
    groups when both have headline speakers (``speakers``: one
    :func:`_headline_speakers` entry per article) and every speaker of one
    differs from every speaker of the other; near-identical copy always
    merges. With ``bridge_copy``, a link that has an article without a
    headline speaker at either end (a round-up, a headline that names no
    speaker) needs that text similarity, not ``copy``, to merge two such
    groups: a round-up retells every reaction, so it is alike each of them
    without being a copy of any. Nor does any link merge two groups whose
    headlines count their event by ordinals they do not share (``ordinals``: one
    :func:`_headline_ordinals` entry per article): agencies tell the second
    relief plane and the third in the same words. Nor does a link below
    ``meeting_copy`` join two groups whose headlines tell other meetings
    (:func:`_other_meeting`), nor one below ``rite_copy`` a funeral to a
    death or a condolence (``rites``: one :func:`_headline_rites` entry per
    article, :func:`_other_rite`), nor one below ``region_copy`` two groups
    whose headlines name Saudi regions and none in common (``regions``: one
    :func:`_headline_regions` entry per article). Numbered from 0 in order of
    first article, as :func:`._text.connected_components`.

    Examples:
        >>> gcc, bhr = ("gcc", "IGO", "مجلس التعاون"), (None, "BHR", "البحرين")
        >>> a, b = np.array([0, 1, 2]), np.array([1, 2, 3])
        >>> _groups_apart(4, a, b, np.array([0.5, 0.4, 0.5]), np.array([0.4, 0.3, 0.4]), [gcc, None, bhr, None], 0.6).tolist()
        [0, 0, 1, 1]
        >>> _groups_apart(4, a, b, np.array([0.5, 0.4, 0.5]), np.array([0.4, 0.7, 0.4]), [gcc, None, bhr, None], 0.6).tolist()
        [0, 0, 0, 0]
        >>> _groups_apart(4, a, b, np.array([0.5, 0.4, 0.5]), np.array([0.4, 0.7, 0.4]), [gcc, None, bhr, None], 0.6,
        ...               bridge_copy=0.8).tolist()  # a round-up (article 1) 0.7 alike a reaction is no copy of it
        [0, 0, 1, 1]
        >>> second, third = frozenset({2}), frozenset({3})
        >>> _groups_apart(4, a, b, np.array([0.9, 0.8, 0.9]), np.array([0.9] * 3), [None] * 4, 0.6, [second, None, third, None]).tolist()
        [0, 0, 1, 1]
        >>> funeral, condolence = frozenset({"funeral"}), frozenset({"condolence"})
        >>> _groups_apart(4, a, b, np.array([0.9, 0.8, 0.9]), np.array([0.5] * 3), [None] * 4, 0.6, None, None, 1.0,
        ...               [funeral, None, condolence, None], 0.6).tolist()
        [0, 0, 1, 1]
        >>> taif, bisha, asir = frozenset({"makkah"}), frozenset({"asir"}), frozenset({"asir"})
        >>> _groups_apart(4, a, b, np.array([0.9, 0.8, 0.9]), np.array([0.5] * 3), [None] * 4, 0.6,
        ...               regions=[taif, None, bisha, None], region_copy=0.8).tolist()
        [0, 0, 1, 1]
        >>> _groups_apart(4, a, b, np.array([0.9, 0.8, 0.9]), np.array([0.5] * 3), [None] * 4, 0.6,
        ...               regions=[bisha, None, asir, None], region_copy=0.8).tolist()
        [0, 0, 0, 0]
    """
    parent = np.arange(n)
    said = {i: [s] for i, s in enumerate(speakers) if s is not None}
    counted = {i: o for i, o in enumerate(ordinals or []) if o}
    met = {i: [m] for i, m in enumerate(meetings or []) if m is not None}
    rite = {i: [r] for i, r in enumerate(rites or []) if r}
    place = {i: r for i, r in enumerate(regions or []) if r}
    # only components with two headlines of one kind (speakers, ordinals, meetings, rites) can part: the others are
    # taken whole
    linked = connected_components(n, a, b)

    def two_in_component(marked: dict) -> np.ndarray:
        return np.bincount(linked[list(marked)], minlength=n)[linked] >= 2 if marked else np.zeros(n, dtype=bool)

    first = pd.Series(np.arange(n)).groupby(linked).transform("min").to_numpy()
    contested = (two_in_component(said) | two_in_component(counted) | two_in_component(met) | two_in_component(rite)
                 | two_in_component(place))
    parent[~contested] = first[~contested]

    chosen = np.flatnonzero(contested[a])
    for e in chosen[np.argsort(-score[chosen], kind="stable")]:
        ri, rj = union_root(parent, a[e]), union_root(parent, b[e])
        if ri == rj:
            continue
        si, sj = said.get(ri), said.get(rj)
        own = speakers[a[e]] is not None and speakers[b[e]] is not None  # both ends report their own speakers
        bar = copy if bridge_copy is None or own else bridge_copy
        if si and sj and similarity[e] < bar and all(_other_speaker(p, q) for p in si for q in sj):
            continue
        oi, oj = counted.get(ri), counted.get(rj)
        if oi and oj and oi.isdisjoint(oj):  # the second plane and the third: copies of one text, two events
            continue
        mi, mj = met.get(ri), met.get(rj)
        if mi and mj and similarity[e] < meeting_copy:
            told = [v for v in (_other_meeting(p, q) for p in mi for q in mj) if v is not None]
            if told and all(told):
                continue
        ti, tj = rite.get(ri), rite.get(rj)
        if ti and tj and similarity[e] < rite_copy and all(_other_rite(p, q) for p in ti for q in tj):
            continue
        pi, pj = place.get(ri), place.get(rj)
        if pi and pj and similarity[e] < region_copy and pi.isdisjoint(pj):  # the polling centres of Taif, of Najran
            continue
        ri, rj = min(ri, rj), max(ri, rj)
        parent[rj] = ri
        if si or sj:
            said[ri] = said.get(ri, []) + said.pop(rj, [])
        if oi or oj:
            counted[ri] = counted.get(ri, frozenset()) | counted.pop(rj, frozenset())
        if mi or mj:
            met[ri] = met.get(ri, []) + met.pop(rj, [])
        if ti or tj:
            rite[ri] = rite.get(ri, []) + rite.pop(rj, [])
        if pi or pj:
            place[ri] = place.get(ri, frozenset()) | place.pop(rj, frozenset())
    return pd.factorize(np.array([union_root(parent, i) for i in range(n)]))[0]


def _split_cores(group: np.ndarray, a: np.ndarray, b: np.ndarray, score: np.ndarray, head, text, min_core: int,
                 headline: float, text_floor: float, day: np.ndarray | None = None, min_days: float = np.inf,
                 day_headline: float = 0.0, day_text: float = 0.0, max_days: float = 1.0,
                 event_day: np.ndarray | None = None, large: float = np.inf, large_headline: float = 0.0,
                 max_span: float = np.inf, large_text: float | None = None) -> np.ndarray:
    """Part a chained group into its cores when their headlines tell other events and their texts differ too.

    One incident's follow-ups (a death, the directive that honours the dead;
    a university's statement, the ministry's inquiry) chain into one group
    through a few articles that tell both, though each core's articles are
    each other's copies. Inside each group of ``2 × min_core`` articles or
    more, its links ``a``–``b`` are merged again by descending ``score``; a
    link does not merge two parts of ``min_core`` articles or more whose
    mean headline cosine (rows of ``head``, length 1) is below ``headline``
    and whose mean text cosine (rows of ``text``, length 1) is below
    ``text_floor``; nor, with ``day`` (each article's day number, NaN
    unknown), two such parts whose mean days lie ``min_days`` or more apart
    when their headlines are less alike than ``day_headline`` and their texts
    than ``day_text`` for each day between them, counted up to ``max_days``
    (the same kind of incident on another day, a follow-up by another body);
    with ``event_day`` too (the day each lead dates its event,
    :func:`_event_day_offsets`), the parts' mean days must lie ``min_days``
    apart by both counts (one evening's report and its next-morning print
    copies, which write أمس, are one day). In a group of ``large`` articles
    or more the headline bar is ``large_headline``, and the text bar
    ``large_text`` when given: a busy day of one story names its people in
    every headline, and its reports retell its background. No link joins two parts whose union
    would lie more than ``max_span`` days from first to last article, by
    both counts: the same kind of report chained over a week.
    Smaller groups are kept whole. Numbered from 0 in order of first article,
    as :func:`._text.connected_components`.

    Examples:
        >>> from scipy import sparse
        >>> rows = lambda m: sparse.csr_matrix(np.array(m, dtype=float))
        >>> head = rows([[1, 0]] * 3 + [[0, 1]] * 3)  # two headlines, three copies each
        >>> text = rows([[1, 0, 0.3]] * 3 + [[0, 1, 0.3]] * 3) / np.sqrt(1.09)
        >>> a, b = np.array([0, 0, 1, 3, 3, 4, 2]), np.array([1, 2, 2, 4, 5, 5, 3])
        >>> score = np.array([0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.4])  # one bridge between the two cores
        >>> _split_cores(np.zeros(6, dtype=int), a, b, score, head, text, 3, 0.1, 0.3).tolist()
        [0, 0, 0, 1, 1, 1]
        >>> _split_cores(np.zeros(6, dtype=int), a, b, score, head, text, 4, 0.1, 0.3).tolist()  # cores too small
        [0, 0, 0, 0, 0, 0]
        >>> near = rows([[1, 0.5]] * 3 + [[0.5, 1]] * 3) / np.sqrt(1.25)  # headlines and texts 0.8 alike
        >>> _split_cores(np.zeros(6, dtype=int), a, b, score, near, near, 3, 0.1, 0.3).tolist()
        [0, 0, 0, 0, 0, 0]
        >>> days = np.array([0.0, 0, 0, 2, 2, 2])
        >>> _split_cores(np.zeros(6, dtype=int), a, b, score, near, near, 3, 0.1, 0.3, days, 1, 0.9, 0.9).tolist()
        [0, 0, 0, 1, 1, 1]
        >>> _split_cores(np.zeros(6, dtype=int), a, b, score, near, near, 3, 0.1, 0.3, days, 1, 0.9, 0.9, 1, days - [0, 0, 0, 2, 2, 2]).tolist()
        [0, 0, 0, 0, 0, 0]
    """
    n = len(group)
    sizes = np.bincount(group, minlength=1)
    keep = (group[a] == group[b]) & (sizes[group[a]] >= 2 * min_core)
    a, b, score = a[keep], b[keep], score[keep]
    parent, size = np.arange(n), np.ones(n, dtype=int)
    summed: dict = {}  # the summed headline and text rows of each part of more than one article

    day = np.full(n, np.nan) if day is None else np.asarray(day, dtype=float)
    dsum, dcnt = np.where(np.isnan(day), 0.0, day), (~np.isnan(day)).astype(float)  # each part's summed known days
    esum = dsum.copy() if event_day is None else np.where(np.isnan(day), 0.0, np.asarray(event_day, dtype=float))
    # each part's first and last day, by publication and by the day its leads date the event (unknown: no bound)
    first, last = np.where(np.isnan(day), np.inf, day), np.where(np.isnan(day), -np.inf, day)
    efirst, elast = (first.copy(), last.copy()) if event_day is None else (
        np.where(np.isnan(day), np.inf, event_day), np.where(np.isnan(day), -np.inf, event_day))

    def rows(i: int):
        return summed.get(i) or (head[i], text[i])

    for e in np.argsort(-score, kind="stable"):
        ri, rj = union_root(parent, a[e]), union_root(parent, b[e])
        if ri == rj:
            continue
        (hi, ti), (hj, tj) = rows(ri), rows(rj)
        pairs = size[ri] * size[rj]
        if size[ri] >= min_core and size[rj] >= min_core:
            hs, ts = hi.multiply(hj).sum(), ti.multiply(tj).sum()
            big = sizes[group[a[e]]] >= large
            bar = large_headline if big else headline
            floor = large_text if big and large_text is not None else text_floor
            if hs < bar * pairs and ts < floor * pairs:
                continue
            gap = min(abs(dsum[ri] / dcnt[ri] - dsum[rj] / dcnt[rj]),
                      abs(esum[ri] / dcnt[ri] - esum[rj] / dcnt[rj])) if dcnt[ri] and dcnt[rj] else 0.0
            days = min(gap, max_days) if gap >= min_days else 0.0  # the bars rise with the days between the cores
            if days and hs < day_headline * days * pairs and ts < day_text * days * pairs:
                continue
        span = min(max(last[ri], last[rj]) - min(first[ri], first[rj]),
                   max(elast[ri], elast[rj]) - min(efirst[ri], efirst[rj]))
        if span > max_span:  # a chain of like events over the days (a fire, another fire four days on)
            continue
        ri, rj = min(ri, rj), max(ri, rj)
        first[ri], last[ri] = min(first[ri], first[rj]), max(last[ri], last[rj])
        efirst[ri], elast[ri] = min(efirst[ri], efirst[rj]), max(elast[ri], elast[rj])
        dsum[ri] += dsum[rj]
        esum[ri] += esum[rj]
        dcnt[ri] += dcnt[rj]
        summed[ri] = (hi + hj, ti + tj)
        summed.pop(rj, None)
        parent[rj] = ri
        size[ri] += size[rj]
    root = np.array([union_root(parent, i) for i in range(n)])
    root[sizes[group] < 2 * min_core] = 0  # small groups whole
    return pd.factorize(group.astype(np.int64) * max(n, 1) + root)[0]


#: A headline's category tag of the SPA wire ("عام / ...", "سياسي / ..."), read off before its subject.
_TAG_RE = re.compile(r"^\s*[^\s/]{2,12}\s*/\s*")
# The words that end a meeting headline's other party ("... يلتقي وزير الخارجية في الرياض", "... لبحث ...": a place,
# a purpose or a second clause follows) are the word list headline_party_end_word; the first words of what a
# headline "receives" that is no party met (القيادة تستقبل جثمان الشهيد) headline_not_guest_word; the words two
# parties may share and still be two (titles and counts: رئيس مجلس النواب، رئيس الوزراء) headline_party_common_word.
#: Words at most of a headline act's subject and of a meeting's other party.
MEETING_PARTY_WORDS = 6
#: Other names of one party, written as the first: the King's title (نائب خادم الحرمين الشريفين، نائب الملك).
_PARTY_SAME = (("خادم الحرمين الشريفين", "الملك"), ("خادم الحرمين", "الملك"))


def _party(words: list) -> tuple:
    """A party's words as compared, and its naming words: ``(words, named)``.

    The words lose their article and conjunction (الامير، ووزير → امير، وزير); the naming words are the first four
    letters of those that are neither titles (word list ``headline_party_common_word``) nor, after the first word, adjectives of origin
    (اللبناني، أممية) unless nothing else names it: "رئيس مجلس النواب اللبناني" is named by مجلس and نواب,
    "محافظي المنطقة" by محاف and منطق, "الرئيس الشيشاني" by شيشا.

    Examples:
        >>> [sorted(p) for p in _party("رئيس مجلس النواب اللبناني".split())]
        [['رئيس', 'لبناني', 'مجلس', 'نواب'], ['مجلس', 'نواب']]
    """
    out, named, origin = [], set(), set()
    common = word_set("headline_party_common_word")
    for i, w in enumerate(words):
        w = w[1:] if w.startswith("و") and len(w) > 3 else w
        w = w[2:] if w.startswith("ال") and len(w) > 4 else w
        out.append(w)
        if w not in common:
            (origin if i and w.endswith(("ي", "ية")) else named).add(w[:4])
    return frozenset(out), frozenset(named or origin)


#: The first words of the states, capitals and provinces of the ``countries`` table and the places of the ``places``
#: and ``regions`` tables, normalised (:func:`_place_first_words`), built again for another countries table.
_PLACE_FIRST_WORDS = LastTableCache()


def _place_first_words() -> frozenset:
    """The first word of each state, capital or province name (``countries`` table) and of each place (``places``,
    ``regions``), normalised: what a place written with ل on it (لسويسرا، للنمسا) may be once ل is off.

    Examples:
        >>> {"سويسرا", "النمسا", "خميس"} <= _place_first_words(), "وزان" in _place_first_words()
        (True, False)
    """
    from ..lexicons import place_names, table_in_force

    def build(countries: pd.DataFrame) -> frozenset:
        return frozenset(name.split()[0] for name, *_ in place_names(countries, regions=True) if name)

    return _PLACE_FIRST_WORDS.get(table_in_force("countries"), build)


def _place_after_lam(word: str) -> str | None:
    """The place a word names with the preposition ل written on it (لسويسرا → سويسرا، للنمسا → النمسا), when the word
    without ل begins a place's name (:func:`_place_first_words`) and the word itself does not (لندن، لوزان stay); else
    None.

    Examples:
        >>> _place_after_lam("لسويسرا"), _place_after_lam("للنمسا"), _place_after_lam("لندن"), _place_after_lam("للمشاركة")
        ('سويسرا', 'النمسا', None, None)
    """
    known = _place_first_words()
    if not word.startswith("ل") or word in known:
        return None
    place = "ال" + word[2:] if word.startswith("لل") else word[1:]
    return place if place in known else None


def _trip_place(kind: str, rest: list) -> list | None:
    """The place a headline's arrival or departure names, from the words after its verb (``rest``); None for none.

    A visit's word (``headline_trip_visit_word``: يختتم زيارته إلى الأردن) and then a preposition of
    ``headline_trip_to_word``, or ل written on the place (:func:`_place_after_lam`: يصل لسويسرا), are passed over,
    and so is that preposition after an arrival (يصل إلى الأردن); after a departure alone it names where the subject
    goes (يغادر إلى مصر، يغادر للنمسا), so none is read. The place ends where a meeting's
    party does (word list ``headline_party_end_word``), where the subject's origin or next stop is named (``headline_trip_end_word``: يصل
    إلى مكة المكرمة قادما من جدة) or where a second clause opens with و (بعثة الاتفاق تصل فجرا وستامب يلغي ودية
    الكويت), at ``MEETING_PARTY_WORDS`` words at most.

    Examples:
        >>> _trip_place("arrive", "الي الاردن تلبية لدعوة".split()), _trip_place("leave", "الاردن".split())
        (['الاردن', 'تلبية', 'لدعوة'], ['الاردن'])
        >>> _trip_place("leave", "زيارته الي الاردن".split()), _trip_place("leave", "الي مصر".split())
        (['الاردن'], None)
        >>> _trip_place("arrive", "الي مكة المكرمة قادما من جدة".split()), _trip_place("arrive", "فجرا وستامب يلغي".split())
        (['مكة', 'المكرمة'], ['فجرا'])
        >>> _trip_place("arrive", "لسويسرا ويبدا".split()), _trip_place("leave", "للنمسا".split()), _trip_place("leave", "لندن".split())
        (['سويسرا'], None, ['لندن'])
    """
    visited = bool(rest) and rest[0] in word_set("headline_trip_visit_word")
    rest = rest[1:] if visited else rest
    after_lam = _place_after_lam(rest[0]) if rest else None
    if rest and (after_lam or rest[0] in word_set("headline_trip_to_word")):
        if kind == "leave" and not visited:  # يغادر إلى مصر، يغادر لمصر: where the trip goes, not the place it leaves
            return None
        rest = ([after_lam] if after_lam else []) + rest[1:]
    place: list = []
    ends = word_set("headline_party_end_word")
    for w in rest:
        if (w in ends or w in word_set("headline_trip_end_word") or len(place) == MEETING_PARTY_WORDS
                or (place and w.startswith("و") and len(w) > 3)):
            break
        place.append(w)
    return place or None


def _headline_meetings(corpus: pd.DataFrame, title_col: str = "title", *,
                       tables: dict[str, pd.DataFrame] | None = None, read: dict | None = None) -> list:
    """The act each headline opens with: who meets whom, who arrives, who leaves; ``(kind, host, guest)`` or None.

    A headline whose subject (the words before a verb of ``headline_meeting_verb`` among its first
    ``HEADLINE_VERB_WORDS`` words, an SPA category tag such as "عام /" aside) receives or meets a party (the words
    after the verb, up to a place, a purpose or a second clause, ``headline_party_end_word``; after a verb of
    ``headline_meeting_with_verb``, such as يبحث, only a party written with مع or و: "يبحث مع جعجع"، "يبحث ووزير
    الخارجية") is of kind "meet"; one whose subject arrives or leaves (``headline_arrival_verb``,
    ``headline_departure_verb``: "الرئيس الشيشاني يصل جدة") of kind "arrive" or "leave", the place it names
    (:func:`_trip_place`) as its guest, one whose subject offers
    condolences (``headline_condolence_verb``: "متعب بن عبدالله يعزي أسرة الشهيد") of kind "condole", one whose subject
    inspects a site (``headline_inspection_verb``: "نائب الملك يتفقد المسجد") of kind "inspect", its guest None. Each party
    is ``(words, named, ids, codes)``: its words and naming words (:func:`_party`) and the actor ids and codes
    :func:`q7x2lib.find_mentions` finds in them, with the caller's ``tables`` (:func:`_read_with`; default bundled)
    or ``read``, what :func:`_read_with` gave for them.

    Examples:
        >>> df = pd.DataFrame({"title": ["عام / قائد الجيش اللبناني يلتقي موفدة أممية", "أمير عسير يستقبل رئيس الغرفة التجارية",
        ...                              "الأمير يستقبل", "يستقبل الأمير الوزير", "الملك يبحث تطورات المنطقة",
        ...                              "الرئيس الشيشاني يصل جدة", None]})
        >>> [(m[0], sorted(m[1][0]), sorted(m[2][0]) if m[2] else None) if m else None for m in _headline_meetings(df)]
        [('meet', ['جيش', 'قائد', 'لبناني'], ['اممية', 'موفدة']), ('meet', ['امير', 'عسير'], ['تجارية', 'رئيس', 'غرفة']), None, None, None, ('arrive', ['رئيس', 'شيشاني'], ['جدة']), None]
    """
    from ..lexicons import word_list
    from ..mentions import find_mentions

    kinds = {w: kind for kind, name in (("meet", "headline_meeting_verb"), ("meet", "headline_meeting_with_verb"),
                                        ("arrive", "headline_arrival_verb"), ("leave", "headline_departure_verb"),
                                        ("condole", "headline_condolence_verb"), ("inspect", "headline_inspection_verb"))
             for w in word_list(name, required=False)}
    with_verbs = frozenset(word_list("headline_meeting_with_verb", required=False))
    ends, not_guests = word_set("headline_party_end_word"), word_set("headline_not_guest_word")
    acts: dict = {}
    for d, title in enumerate(corpus[title_col].fillna("").astype(str) if title_col in corpus else [""] * len(corpus)):
        text = " ".join(_PUNCTUATION_RE.sub(" ", normalize(_TAG_RE.sub("", title))).split()) if title else ""
        for name, same in _PARTY_SAME:
            text = text.replace(name, same)
        words = text.split()
        at = next((i for i, w in enumerate(words[:HEADLINE_VERB_WORDS]) if w in kinds), None)
        if not at or at > MEETING_PARTY_WORDS:
            continue
        kind, rest = kinds[words[at]], words[at + 1:]
        if kind in ("arrive", "leave"):
            acts[d] = (kind, words[:at], _trip_place(kind, rest))
            continue
        if kind != "meet":
            acts[d] = (kind, words[:at], None)
            continue
        if words[at] in with_verbs:  # يبحث مع جعجع، يبحث ووزير الخارجية: not يبحث تطورات المنطقة
            if rest and rest[0] == "مع":
                rest = rest[1:]
            elif not (rest and rest[0].startswith("و") and len(rest[0]) > 3):
                continue
        guest: list = []
        for w in rest:
            if w in ends or len(guest) == MEETING_PARTY_WORDS:
                break
            if not guest and w in ("مع", "ب"):
                continue
            guest.append(w)
        if guest and guest[0] not in not_guests:
            acts[d] = (kind, words[:at], guest)
    out: list = [None] * len(corpus)
    if not acts:
        return out
    docs = list(acts)
    phrases = pd.DataFrame({"doc_id": np.arange(2 * len(docs)), "title": None,
                            "text_clean": [" ".join(acts[d][k] or []) for d in docs for k in (1, 2)]})
    found = find_mentions(phrases, **(_read_with(tables) if read is None else read))
    ids, codes = [set() for _ in range(len(phrases))], [set() for _ in range(len(phrases))]
    for row, sid, code in zip(found["doc_id"], found["actor_id"], found["code"]):
        if isinstance(sid, str):
            ids[row].add(sid)
        if isinstance(code, str):
            codes[row].add(code)
    for i, d in enumerate(docs):
        kind, host, guest = acts[d]
        out[d] = (kind, _party(host) + (frozenset(ids[2 * i]), frozenset(codes[2 * i])),
                  _party(guest) + (frozenset(ids[2 * i + 1]), frozenset(codes[2 * i + 1])) if guest else None)
    return out


def _same_party(p: tuple, q: tuple, codes: bool = False, shared: bool = True) -> bool:
    """Two parties ``(words, named, ids, codes)`` are one: a shared actor id when both name one, else a shared code
    when one names an actor (فيصل بن بندر، أمير الرياض), else all words of one among the other's or (with
    ``shared``) a naming word in common, else (with ``codes``) a shared actor code.

    A host is compared without codes: the King and the Deputy Crown Prince are both SAUGOV, two hosts. A guest
    with them: one guest is written several ways (جعجع، رئيس حزب القوات اللبنانية).

    Examples:
        >>> party = lambda text, codes=(): _party(text.split()) + (frozenset(), frozenset(codes))
        >>> _same_party(party("امير عسير"), party("امير منطقة عسير")), _same_party(party("محافظين"), party("محافظي المنطقة"))
        (True, True)
        >>> king, deputy = party("خادم الحرمين", ["SAUGOV"]), party("ولي ولي العهد", ["SAUGOV"])
        >>> _same_party(king, deputy), _same_party(king, deputy, codes=True)
        (False, True)
        >>> _same_party(party("رئيس مجلس النواب اللبناني"), party("قائد الجيش اللبناني"))
        False
    """
    if p[2] and q[2]:
        return not p[2].isdisjoint(q[2])
    if (p[2] or q[2]) and not p[3].isdisjoint(q[3]):  # one known by name, the other by an office of its state
        return True
    if p[0] and q[0] and (p[0] <= q[0] or q[0] <= p[0] or (shared and not p[1].isdisjoint(q[1]))):
        return True
    return codes and not p[3].isdisjoint(q[3])


def _other_meeting(p: tuple, q: tuple) -> bool | None:
    """Whether two headlines' acts (:func:`_headline_meetings`) are other events; None when they do not tell.

    An arrival and a meeting are two events, and so are an arrival and an inspection (what the visitor does there);
    two meetings are when their hosts or their guests differ and neither meeting's host is the other's guest (one
    meeting told from both sides); two condolences are when their subjects differ (the family consoled is written too
    many ways: أسرة غريق، ذوي حارس مدرسة). A departure, and two arrivals, tell nothing.

    Examples:
        >>> party = lambda text: _party(text.split()) + (frozenset(), frozenset())
        >>> m = lambda h, g, kind="meet": (kind, party(h), party(g) if g else None)
        >>> _other_meeting(m("امير عسير", "مدير امن"), m("امير عسير", "رئيس غرفة"))
        True
        >>> _other_meeting(m("امير عسير", "مدير امن"), m("مدير امن", "امير عسير"))
        False
        >>> _other_meeting(m("رئيس شيشاني", None, "arrive"), m("ولي ولي عهد", "رئيس شيشاني"))
        True
        >>> _other_meeting(m("رئيس شيشاني", None, "arrive"), m("رئيس جمهورية شيشان", None, "arrive")) is None
        True
        >>> _other_meeting(m("متعب بن عبدالله", None, "condole"), m("امير تركي بن عبد الله", None, "condole"))
        True
        >>> _other_meeting(m("وزير التعليم", None, "condole"), m("وزير التعليم", None, "condole"))
        False
    """
    if p[0] != q[0]:  # a visitor's arrival and his talks or inspection: two events; a departure tells no more
        return True if {p[0], q[0]} in ({"meet", "arrive"}, {"inspect", "arrive"}) else None
    if p[0] == "condole":  # two consolers: two condolences, whichever way each writes the family
        return not _same_party(p[1], q[1])
    if p[0] != "meet":  # two arrivals: their subjects are written too many ways to tell
        return None
    if _same_party(p[1], q[2], shared=False) or _same_party(p[2], q[1], shared=False):
        return False
    return not (_same_party(p[1], q[1]) and _same_party(p[2], q[2], codes=True))


def _peel_departures(group: np.ndarray, meetings: list) -> np.ndarray:
    """``group`` with the articles whose headlines tell a departure from a place (or the end of a visit to it) taken
    out of a group whose other headlines tell an arrival there (:func:`_headline_meetings`, :func:`_trip_place`):
    arriving at a place and leaving it are two journeys, two events (a trip is its departure and arrival, leaving one
    place for another). The departures of one group make one new group; a departure whose headline names no place
    or another place (يغادر واشنطن، يصل القاهرة: one journey) stays. Taken out after the links are merged, so the
    articles without such a headline (remarks, the joint statement) stay with the arrival, whichever joined first.

    Examples:
        >>> party = lambda text: _party(text.split()) + (frozenset(), frozenset())
        >>> trip = lambda kind, place: (kind, party("ولي عهد"), party(place))
        >>> arrive, leave = trip("arrive", "الاردن"), trip("leave", "الاردن")
        >>> _peel_departures(np.array([0, 0, 0, 0, 1]), [arrive, None, leave, leave, None]).tolist()
        [0, 0, 2, 2, 1]
        >>> _peel_departures(np.array([0, 0]), [trip("arrive", "القاهرة"), trip("leave", "واشنطن")]).tolist()
        [0, 0]
    """
    group = group.copy()
    trips = [(i, m) for i, m in enumerate(meetings) if m is not None and m[0] in ("arrive", "leave") and m[2]]
    by_group: dict = {}
    for i, m in trips:
        by_group.setdefault(group[i], []).append((i, m))
    fresh = group.max() + 1 if len(group) else 0
    for members in by_group.values():
        arrivals = [m for _, m in members if m[0] == "arrive"]
        left = [i for i, m in members if m[0] == "leave" and any(_same_party(m[2], a[2]) for a in arrivals)]
        if left:
            group[left] = fresh
            fresh += 1
    return group


def _peel_rites(group: np.ndarray, rites: list) -> np.ndarray:
    """``group`` with the articles whose headlines tell another step of a story (:func:`_other_rite`) than its most
    told step taken out: a group joined by the weak attach steps or through articles whose headlines tell no step
    may still hold a martyr's death and his funeral, the condolences and a funeral, or an order to arrest and the
    arrest. In each group the step (a set of :func:`_headline_rites` kinds; a market's move or a season's end aside)
    that the most headlines tell stays, the earliest article's on a tie, and so do the headlines that tell no step;
    the articles of each step that :func:`_other_rite` reads as other than the staying one make a new group of their
    own.

    Examples:
        >>> death, funeral, condolence = frozenset({"death"}), frozenset({"funeral"}), frozenset({"condolence"})
        >>> _peel_rites(np.array([0, 0, 0, 0, 1]), [death, None, funeral, death, funeral]).tolist()
        [0, 0, 2, 0, 1]
        >>> _peel_rites(np.array([0, 0, 0]), [death, condolence, death | funeral]).tolist()  # one telling both stays
        [0, 0, 0]
        >>> _peel_rites(np.array([0, 0]), [frozenset({"market_up"}), frozenset({"market_down"})]).tolist()
        [0, 0]
    """
    group = group.copy()
    by_group: dict = {}
    for i, r in enumerate(rites):
        step = (r or frozenset()) - _MARKET_MOVES - _SEASON_ENDS
        if step:
            by_group.setdefault(group[i], []).append((i, step))
    fresh = group.max() + 1 if len(group) else 0
    for members in by_group.values():
        steps = [step for _, step in members]
        kept = max(steps, key=steps.count)  # the most told step; max keeps the first of a tie
        peeled: dict = {}
        for i, step in members:
            if _other_rite(step, kept):
                peeled.setdefault(step, []).append(i)
        for rows in peeled.values():
            group[rows] = fresh
            fresh += 1
    return group


#: The rites a headline may tell of a death, each a list of ``word_lists.csv`` (words or phrases, normalised; و، ف،
#: ب، ل allowed before): the funeral (تشييع، الصلاة على), a condolence (يعزي، تعازي), the death itself (وفاة، استشهاد);
#: and the steps of a trial, its opening (بدء محاكمة) and a later session (تأجيل، إخلاء سبيل), and of a hunt, the search
#: (تبحث عن) and the arrest or finding that ends it (القبض على، العثور على), told the same way.
_RITE_LISTS = (("funeral", "headline_funeral_word"), ("condolence", "headline_condolence_word"),
               ("death", "headline_death_word"), ("trial_open", "headline_trial_open_word"),
               ("trial_later", "headline_trial_later_word"), ("search", "headline_search_word"),
               ("found", "headline_found_word"), ("opening", "headline_opening_word"),
               ("closing", "headline_closing_word"))
#: Words from the start of an article's lead (:func:`_lead`) within which a funeral word (``headline_funeral_word``)
#: makes a condolence headline tell the funeral too: "د. السويد نقل تعازي القيادة لذوي شهيد الواجب" over a lead that
#: opens "جموع المصلين يؤدون صلاة الميت على شهيد الواجب", condolences conveyed at the prayer, one event with it (the
#: gold of groups_h). A family's condolence notice names the burial later in its lead ("تلقت أسرة الحرازي العزاء في
#: وفاة ... الذي أديت الصلاة عليه فجر أمس"), after these words: another event. Sixty-eighth round (issue 17).
LEAD_RITE_WORDS = 6
#: The kinds of :data:`_RITE_LISTS` that tell a death or its rites, and those that tell a trial's steps.
_DEATH_RITES = frozenset({"funeral", "condolence", "death"})
_TRIAL_STEPS = frozenset({"trial_open", "trial_later"})
#: A headline that names a trial (محاكمة) and tells no step of it tells its opening ("محاكمة تاريخية وغير مسبوقة لرئيس
#: تشاد السابق في السنغال", the day the trial opened), as a headline with ``headline_trial_open_word`` does.
_TRIAL_RE = re.compile(r"(?<!\w)[وف]?[بل]?(?:ال)?محاكمة(?!\w)")
#: The kinds that tell what comes before an arrest or a finding ("found"): the search, an order to arrest.
_BEFORE_FOUND = frozenset({"search", "directive"})
#: A headline whose subject directs or orders (a verb of ``headline_directive_verb``, يوجه، يأمر, among its first
#: ``HEADLINE_VERB_WORDS`` words, after its subject, and a word with بـ after it: "ولي ولي العهد يوجه بمعاملة الشهداء
#: الإماراتيين ...") tells a "directive": a follow-up of a death, another event than it or its rites.
_DIRECTIVE_OBJECT_RE = re.compile(r"ب\w{3,}")
#: The kinds of a market headline's move (a word of ``headline_market_word`` and, first of its rise or fall words,
#: ``headline_rise_word`` or ``headline_fall_word``): two sessions told as moving the other way are two events.
_MARKET_MOVES = frozenset({"market_up", "market_down"})
#: A headline that names a dead person's body (``headline_body_word``: جثمان، جثامين) and its moving, arrival or
#: reception (``headline_body_move_word``: ينقل، يصل، تستقبل) tells a "body": the body flown home or received, another
#: event than the death or a condolence (طيران الأمن ينقل جثماني الشهيدين إلى بارق, the day after the shelling).
_BODY_LISTS = ("headline_body_word", "headline_body_move_word")
#: The kinds that tell the two ends of a season of events (a championship, a festival, a programme): its opening
#: (تدشين، انطلاق، افتتاح) and its closing (ختام، اختتام، تتويج).
_SEASON_ENDS = frozenset({"opening", "closing"})


def _market_move(text: str, moves: dict) -> str | None:
    """The move a market headline tells first, "market_up" or "market_down" (None for none): its first rise or fall
    word that no currency stands next to (``headline_currency_word``: الذهب يرتفع مع تراجع الدولار rises, الدولار
    يتراجع والأسهم ترتفع too)."""
    currency = moves["headline_currency_word"]
    found = sorted([(m.start(), m.end(), "market_up") for m in moves["headline_rise_word"].finditer(text)]
                   + [(m.start(), m.end(), "market_down") for m in moves["headline_fall_word"].finditer(text)])
    for start, end, kind in found:
        before, after = text[:start].split()[-1:], text[end:].split()[:1]
        if not any(currency.fullmatch(w) for w in before + after):
            return kind
    return None


def _headline_rites(corpus: pd.DataFrame, title_col: str = "title", text_col: str = "text_clean") -> list:
    """The rites of a death each headline tells (:data:`_RITE_LISTS`; a body moved, ``"body"``, :data:`_BODY_LISTS`),
    and whether its subject directs something
    (``"directive"``, :data:`_DIRECTIVE_OBJECT_RE`) or a market moves (``"market_up"``, ``"market_down"``,
    :func:`_market_move`): a frozenset of kinds, or None for none. A directive's
    headline tells no arrest ("found"): "أمير مكة يوجه بسرعة القبض على ..." orders it. A headline that names a trial
    and no step of it (:data:`_TRIAL_RE`) tells the step its article's lead (:func:`_lead` of ``text_col``) tells: a
    later session if the lead tells one and no opening ("مفاجأة محاكمة إرهابيي الصادق" over "أمرت المحكمة بإخلاء سبيل
    11 متهما"), else the opening. A later session's word tells one only in a headline that names a trial, a court or
    defendants (``headline_trial_word``): "لا تأجيل للدراسة" tells none. A condolence headline over a lead that opens
    with the funeral (a ``headline_funeral_word`` among its first ``LEAD_RITE_WORDS`` words) tells the funeral too:
    the condolences were conveyed at it. A market's headline tells no season's opening or closing (``"opening"``,
    ``"closing"``): في ختام التعاملات is a session's close.

    Examples:
        >>> df = pd.DataFrame({"title": ["أهالي الخرمة يشيعون شهيد الوطن", "متعب بن عبدالله يعزّي أسرة الشهيد السبيعي",
        ...                              "وفاة الإعلامي سعود الدوسري", "أمير عسير يؤدي الصلاة على الشهداء وينقل تعازي الملك",
        ...                              "ولي ولي العهد يوجه بمعاملة الشهيد الفلاسي معاملة الشهيد السعودي",
        ...                              "مدير الصحة يتفقد المشروعات ويوجه بالتسريع", "الأسهم تغلق مرتفعة", None,
        ...                              "وصول جثمان الشهيد إلى القنفذة"]})
        >>> [sorted(r) if r else None for r in _headline_rites(df)]
        [['funeral'], ['condolence'], ['death'], ['condolence', 'funeral'], ['directive'], None, ['market_up'], None, ['body']]
        >>> trials = pd.DataFrame({"title": ["مفاجآت في محاكمة المتهمين بالتفجير"] * 2,
        ...                        "text_clean": ["قررت المحكمة إخلاء سبيل 5 متهمين. وقال", "بدأت اليوم محاكمة المتهمين"]})
        >>> [sorted(r) for r in _headline_rites(trials)]
        [['trial_later'], ['trial_open']]
        >>> later = pd.DataFrame({"title": ["تأجيل محاكمة المتهمين إلى الاثنين", "وزير التعليم: لا تأجيل للدراسة"]})
        >>> _headline_rites(later)
        [frozenset({'trial_later'}), None]
    """
    from ..lexicons import word_list

    def listed(name: str) -> re.Pattern | None:
        """A pattern of the words or phrases of a word list, و، ف، ب، ل allowed before; None for an empty list."""
        words = sorted({normalize(w) for w in word_list(name, required=False)}, key=len, reverse=True)
        return re.compile(r"(?<![^\W_])[وف]?[بل]?(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
                          + r")(?![^\W_])") if words else None

    patterns = [(kind, pattern) for kind, name in _RITE_LISTS if (pattern := listed(name)) is not None]
    funeral = dict(patterns).get("funeral")
    trials = listed("headline_trial_word")  # a trial, a court, defendants: where a later-session word tells a session
    directs = frozenset(normalize(w) for w in word_list("headline_directive_verb", required=False))
    moves = {name: pattern for name in ("headline_market_word", "headline_rise_word", "headline_fall_word",
                                        "headline_currency_word") if (pattern := listed(name)) is not None}
    steps = [(kind, pattern) for kind, pattern in patterns if kind in _TRIAL_STEPS]
    bodies = [pattern for name in _BODY_LISTS if (pattern := listed(name)) is not None]
    out: list = []
    titles = corpus[title_col] if title_col in corpus else [None] * len(corpus)
    for title, body in zip(titles, corpus[text_col] if text_col in corpus else [None] * len(corpus)):
        text = normalize(str(title)) if isinstance(title, str) else ""
        kinds = {kind for kind, pattern in patterns if text and pattern.search(text)}
        if "trial_later" in kinds and trials is not None and not trials.search(text):
            kinds.discard("trial_later")  # لا تأجيل للدراسة، النصر يستأنف تدريباته: no trial's later session
        if "condolence" in kinds and "funeral" not in kinds and funeral is not None and funeral.search(
                " ".join(normalize(_lead(body)).split()[:LEAD_RITE_WORDS])):
            kinds.add("funeral")  # condolences conveyed at the funeral prayer the lead opens with
        words = _PUNCTUATION_RE.sub(" ", _TAG_RE.sub("", text)).split() if directs and text else []
        # the verb after its subject, a word with بـ after it: not the conjunction's second act (يتفقد ... ويوجه بـ)
        if any(w in directs and _DIRECTIVE_OBJECT_RE.fullmatch(words[i + 1])
               for i, w in enumerate(words[1:HEADLINE_VERB_WORDS], 1) if i + 1 < len(words)):
            kinds.add("directive")
            kinds.discard("found")  # يوجه بسرعة القبض على ...: an order to arrest, not the arrest
        if text and len(bodies) == 2 and all(pattern.search(text) for pattern in bodies):  # ينقل جثماني الشهيدين
            kinds.add("body")
        if text and kinds.isdisjoint(_TRIAL_STEPS) and _TRIAL_RE.search(text):  # محاكمة تاريخية لرئيس تشاد السابق
            kinds.add(_lead_trial_step(body, steps))
        if text and len(moves) == 4 and moves["headline_market_word"].search(text):  # الأسهم تغلق على تراجع
            move = _market_move(text, moves)
            if move:
                kinds.add(move)
            kinds -= _SEASON_ENDS  # في ختام التعاملات، عند الافتتاح: a session's close or open, not a season's
        out.append(frozenset(kinds) or None)
    return out


def _lead_trial_step(text, steps: list) -> str:
    """The step of a trial an article's lead (:func:`_lead`, normalised) tells, for a headline that names the trial
    and no step: "trial_later" if the lead tells a later session (a ``(kind, pattern)`` of ``steps``) and no opening,
    else "trial_open".

    Examples:
        >>> steps = [("trial_open", re.compile("بدء محاكمة")), ("trial_later", re.compile("تاجيل"))]  # normalised
        >>> _lead_trial_step("قررت المحكمة تأجيل الجلسة", steps), _lead_trial_step(None, steps)
        ('trial_later', 'trial_open')
    """
    lead = normalize(_lead(text))
    told = {kind for kind, pattern in steps if lead and pattern.search(lead)}
    return "trial_later" if told == {"trial_later"} else "trial_open"


def _headline_regions(corpus: pd.DataFrame, title_col: str = "title") -> list:
    """The Saudi regions each headline names (the ``regions`` table: a town, a governorate or a region and the region
    it lies in; و، ف، ب، ل and لل allowed before): a frozenset of region ids, or None for none. Two reports of one kind
    of incident from other regions are two events (executions in Jazan and in the Eastern Province, the polling
    centres of Taif and of Najran); a town and its region are one place (أبها، عسير). A place after a word of
    ``headline_victim_word`` (مصابي، الشهيد) tells where an earlier incident was or where the dead came from, not
    where the report is, and is not read.

    Examples:
        >>> df = pd.DataFrame({"title": ["تعليم الطائف تدعو 60 معلماً جديداً للمقابلات", "تعليم بيشة يدعو 306 معلماً للمقابلة",
        ...                              "إجراء المقابلات للمعلمين الجدد في عسير", "حريق بمنزل في حي العمرة بمكة",
        ...                              "وزير الخارجية يصل إلى القاهرة", "جموع تؤدي الصلاة على الشهيد الحارثي في الطائف", None]})
        >>> [sorted(r) if r else None for r in _headline_regions(df)]
        [['makkah'], ['asir'], ['asir'], ['makkah'], None, None, None]
    """
    from ..lexicons import load_lexicon, word_list

    table = load_lexicon("regions")
    regions = {normalize(p): frozenset(r.split()) for p, r in zip(table["place"], table["region"])}
    names = sorted(regions, key=len, reverse=True)  # the longest first; group p<k> is names[k]
    spelled = [re.escape(place).replace(r"\ ", r"\s+") for place in names]
    alternatives = [f"(?P<p{k}>{spelled[k]}" + (f"|(?<=لل){re.escape(place[2:])}" if place.startswith("ال") else "") + ")"
                    for k, place in enumerate(names)]
    victims = frozenset(normalize(w) for w in word_list("headline_victim_word", required=False))
    pattern = re.compile(r"(?:(?<![^\W_])[وف]?[بل]?|(?<![^\W_])[وف]?لل)(?:" + "|".join(alternatives) + r")(?![^\W_])")

    def after_victims(text: str, at: int) -> bool:
        # a place after the victims of an earlier incident or a martyr is not the report's (لمصابي التفجير ... في عسير)
        words = text[:at].split()
        return not (victims.isdisjoint(words) and victims.isdisjoint(re.sub(r"^[وفبل]+", "", w) for w in words))

    out: list = []
    for title in corpus[title_col] if title_col in corpus else [None] * len(corpus):
        text = normalize(str(title)) if isinstance(title, str) else ""
        found = frozenset().union(*(regions[names[int(m.lastgroup[1:])]] for m in pattern.finditer(text)
                                    if not after_victims(text, m.start())))
        out.append(found or None)
    return out


#: A headline that opens with who speaks and a colon (الجبير: الحل في سوريا سياسي): the state it names is a topic.
_SPEAKER_COLON_RE = re.compile(r"^[^:]{1,60}:")
#: The pattern of :func:`_headline_states` and the state of each name it finds, built again for another countries table.
_STATE_PLACES = LastTableCache()


def _state_place_pattern() -> tuple:
    """One pattern for every state, capital and province of the ``countries`` table and every place of the ``places``
    table outside Saudi Arabia, after في or ب (في الصين، بتايوان; a name the tables note as ambiguous is left out:
    عمان is Oman and Amman), and the state of each name found."""
    from ..lexicons import place_names, table_in_force
    from ..matching import trie_regex

    def build(countries: pd.DataFrame) -> tuple:
        state: dict = {}
        for name, code, _, note in place_names(countries):
            if code != "SAU" and "ambiguous" not in note:
                state.setdefault(name, set()).add(code)
        state = {n: frozenset(c) for n, c in state.items() if len(c) == 1}  # a name two states share tells neither
        return re.compile(r"(?:(?<![^\W_])في\s+|(?<![^\W_])[وف]?ب)(" + trie_regex(sorted(state)) + ")"), state

    return _STATE_PLACES.get(table_in_force("countries"), build)


def _headline_states(corpus: pd.DataFrame, title_col: str = "title") -> list:
    """The foreign states each headline sets its event in: the state of a name after في or ب (في الصين، بتايوان; a
    state, capital or province of the ``countries`` table, a place of the ``places`` table outside Saudi Arabia): a
    frozenset of codes, or None for none. A state named otherwise (يجتاح تايوان، زيارة الأردن، تدخلات إيران) may be a
    party or a topic and is not read, nor is a state in a speaker's headline (``_SPEAKER_COLON_RE``: الجبير: الحل في
    سوريا سياسي); Saudi places are :func:`_headline_regions`'s. Two reports of one kind of
    incident set in other states are two events (a storm's deaths in Taiwan, then in China).

    Examples:
        >>> df = pd.DataFrame({"title": ["مقتل 9 في الصين جراء الإعصار", "إعصار يخلف قتلى بتايوان", "إعصار يجتاح تايوان",
        ...                              "انفجار في دمشق", "حريق في جدة", "الوزير: الحل في سوريا سياسي", None]})
        >>> [sorted(s) if s else None for s in _headline_states(df)]
        [['CHN'], ['TWN'], None, ['SYR'], None, None, None]
    """
    pattern, state = _state_place_pattern()
    out: list = []
    for title in corpus[title_col] if title_col in corpus else [None] * len(corpus):
        text = normalize(title) if isinstance(title, str) and not _SPEAKER_COLON_RE.match(title) else ""
        found = frozenset().union(*(state[" ".join(m.group(1).split())] for m in pattern.finditer(text)))
        out.append(found or None)
    return out


def _other_rite(p: frozenset, q: frozenset) -> bool:
    """Two headlines' rites (:func:`_headline_rites`) are other events: one tells a funeral, the other none but a
    condolence or the death (the condolences to a martyr's family and his funeral; a death and, days later, the
    prayer over the dead); or one tells a directive, the other none but a rite or the death (the Emirati soldiers'
    death and the Deputy Crown Prince's order to treat them as Saudi martyrs); or one tells a trial's opening, the
    other a later session and no opening (the Kuwaiti court opens the mosque bombers' trial; two days later it
    releases 11 of them and adjourns); or one tells an arrest or a finding (القبض على، انتشال), the other a search or
    an order to arrest and no arrest (the police hunt for the Taif harassers; the next day they are arrested); or
    both tell a market's session, one moving up and the other down (the Saudi index's 3.2% fall, its slight rise the
    next day); or one tells a season's opening, the other its closing (a cup launched, its winner crowned the next
    day); or one tells a body moved or received, the other none but the death or a condolence and no funeral (the
    border guards killed by shelling; the evening after, a body arrives in the home town). A headline that tells two
    kinds sides with both.

    Examples:
        >>> funeral, condolence, death = frozenset({"funeral"}), frozenset({"condolence"}), frozenset({"death"})
        >>> _other_rite(funeral, condolence), _other_rite(death, funeral), _other_rite(death, condolence)
        (True, True, False)
        >>> _other_rite(funeral | condolence, condolence)
        False
        >>> directive = frozenset({"directive"})
        >>> _other_rite(directive, death), _other_rite(directive | death, death), _other_rite(directive, directive)
        (True, False, False)
        >>> opening, later = frozenset({"trial_open"}), frozenset({"trial_later"})
        >>> _other_rite(opening, later), _other_rite(opening | later, later), _other_rite(directive, later)
        (True, False, False)
        >>> search, found = frozenset({"search"}), frozenset({"found"})
        >>> _other_rite(search, found), _other_rite(directive, found), _other_rite(search | found, found), _other_rite(found, death)
        (True, True, False, False)
        >>> up, down = frozenset({"market_up"}), frozenset({"market_down"})
        >>> _other_rite(up, down), _other_rite(up, up), _other_rite(up, death)
        (True, False, False)
        >>> opened, closed = frozenset({"opening"}), frozenset({"closing"})
        >>> _other_rite(opened, closed), _other_rite(opened | closed, closed), _other_rite(opened, death)
        (True, False, False)
        >>> body = frozenset({"body"})
        >>> _other_rite(body, death), _other_rite(body, condolence), _other_rite(body, funeral), _other_rite(body, death | funeral)
        (True, True, False, False)
        >>> _other_rite(body | death, funeral), _other_rite(body | condolence, funeral)  # the funeral's rule still holds
        (True, True)
    """
    if p & q:
        return False
    if not p.isdisjoint(_MARKET_MOVES) and not q.isdisjoint(_MARKET_MOVES):  # one market up, the other down
        return True
    if not p.isdisjoint(_SEASON_ENDS) and not q.isdisjoint(_SEASON_ENDS):  # a championship's opening, its closing
        return True
    if not p.isdisjoint(_TRIAL_STEPS) and not q.isdisjoint(_TRIAL_STEPS):
        return ("trial_open" in p) != ("trial_open" in q)
    if ("found" in p) != ("found" in q):  # the arrest, and the search or the order to arrest before it
        found, other = (p, q) if "found" in p else (q, p)
        if "search" not in found and not other.isdisjoint(_BEFORE_FOUND):
            return True
    if ("directive" in p) != ("directive" in q):
        return not (q if "directive" in p else p).isdisjoint(_DEATH_RITES)
    other = q if "body" in p else p  # a body flown home, and the death or a condolence (a funeral: mixed in the gold)
    if ("body" in p) != ("body" in q) and "funeral" not in other and not other.isdisjoint(_DEATH_RITES):
        return True
    return ("funeral" in p) != ("funeral" in q) and not p.isdisjoint(_DEATH_RITES) and not q.isdisjoint(_DEATH_RITES)


def _place_pattern() -> tuple:
    """One pattern for every named place of the ``places`` and ``regions`` tables (و، ف، ب، ل and لل allowed before),
    and the name each form after لل stands for (مكلا: المكلا)."""
    from ..lexicons import load_lexicon, table_in_force

    places = table_in_force("places")  # not a name the table notes as ambiguous (العيون: also "the eyes")
    names = ({normalize(p) for p, note in zip(places["place"], places["note"]) if "ambiguous" not in str(note)}
             | {normalize(p) for p in load_lexicon("regions")["place"]})
    alternatives = []
    for place in sorted(names, key=len, reverse=True):  # the longest first: خميس مشيط before any shorter name
        spelled = re.escape(place).replace(r"\ ", r"\s+")
        alternatives.append(spelled + (f"|(?<=لل){re.escape(place[2:])}".replace(r"\ ", r"\s+") if place.startswith("ال") else ""))
    after_lil = {place[2:]: place for place in names if place.startswith("ال") and place[2:] not in names}
    return re.compile(r"(?:(?<![^\W_])[وف]?[بل]?|(?<![^\W_])[وف]?لل)(" + "|".join(alternatives) + r")(?![^\W_])"), after_lil


def _named_places(texts, pattern: tuple | None = None) -> list:
    """The named places (towns, cities, governorates, regions of the ``places`` and ``regions`` tables, as written
    there, normalised) each text names: a frozenset each, empty for none or a missing text. Unlike
    :func:`_headline_regions`, a town is not read as its region: خميس مشيط and أبها are two places.

    Examples:
        >>> [sorted(p) for p in _named_places(["حريق في مستودع بالدمام", "انقطاع الكهرباء عن أحياء في الدمام والخبر",
        ...                                    "وزير الخارجية يصل إلى القاهرة", None])]
        [['الدمام'], ['الخبر', 'الدمام'], [], []]
    """
    pattern, after_lil = _place_pattern() if pattern is None else pattern  # (pattern, names after لل): read once
    out = []
    for t in texts:
        names = (re.sub(r"\s+", " ", m.group(1)) for m in pattern.finditer(normalize(t))) if isinstance(t, str) else ()
        out.append(frozenset(after_lil.get(n, n) for n in names))
    return out


#: A lead (:func:`_lead_facts`): an article's first sentence, cut at the first full stop, question or exclamation mark
#: or line break (``_SENTENCE_END_RE``) after its first ``LEAD_MIN_CHARS`` characters, and at ``LEAD_CHARS``
#: characters at most.
LEAD_MIN_CHARS = 40
_LEAD_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")


def _lead(text, min_chars: int = LEAD_MIN_CHARS) -> str:
    """An article's first sentence (``LEAD_CHARS``, ``LEAD_MIN_CHARS``); "" for a missing text.

    The one reader of a lead: :func:`_lead_facts` reads it with its default (a sentence end within the first
    ``LEAD_MIN_CHARS`` characters does not count), :func:`_event_day_offsets` with ``min_chars=0`` (the first sentence
    end counts, as the day word of a short first sentence belongs to it).

    Examples:
        >>> _lead("أعلنت الشرطة في الدمام اليوم القبض على ثلاثة أشخاص. وقال المتحدث إن التحقيق مستمر.")
        'أعلنت الشرطة في الدمام اليوم القبض على ثلاثة أشخاص'
        >>> _lead("الرياض. أعلنت الشرطة في الدمام اليوم القبض على ثلاثة أشخاص. وقال"), _lead("الرياض. أعلنت الشرطة", min_chars=0)
        ('الرياض. أعلنت الشرطة في الدمام اليوم القبض على ثلاثة أشخاص', 'الرياض')
    """
    if not isinstance(text, str):
        return ""
    text = text[:LEAD_CHARS]
    end = _SENTENCE_END_RE.search(text, min_chars)
    return text[:end.start()] if end else text


def _lead_facts(texts, pattern: tuple | None = None) -> list:
    """The named places (:func:`_named_places`), the Saudi regions those lie in (the ``regions`` table) and the
    numbers (digits as written) of each text's lead (:func:`_lead`): a ``(places, regions, numbers)`` triple of
    frozensets each.

    Examples:
        >>> [tuple(sorted(s) for s in f) for f in _lead_facts(["تلقت عمليات الهلال الأحمر بمنطقة القصيم 2467 بلاغاً خلال رمضان",
        ...                                                    "حريق في مستودع بأبها دون إصابات", None])]
        [(['القصيم'], ['qassim'], ['2467']), (['ابها'], ['asir'], []), ([], [], [])]
    """
    from ..lexicons import load_lexicon

    table = load_lexicon("regions")
    regions = {normalize(p): frozenset(r.split()) for p, r in zip(table["place"], table["region"])}
    leads = [_lead(t) for t in texts]
    return [(places, frozenset().union(*(regions.get(p, frozenset()) for p in places)),
             frozenset(_LEAD_NUMBER_RE.findall(lead)))
            for lead, places in zip(leads, _named_places(leads, pattern))]
