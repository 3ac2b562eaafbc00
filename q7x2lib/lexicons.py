"""The lexicon layer: every table of knowledge in ``data/lexicons/``, loaded one way.

Each table (actors, boilerplate rules, reporting verbs, the cooperation–conflict
terms, sources, spelling features, topics, stopwords, closed word lists) is
described once in :data:`TABLES`: its file, its columns and the checks its
rows must pass. :func:`load_lexicon` reads it, or a user's version of it,
with the same checks, and the message of a bad row names the file and line.

A user's table *extends* the bundled one by default (the user's rows win
where the same key appears in both) or replaces it with ``extend=False``; it
may be a path or a DataFrame. Files are read once per modification time and
every call returns a copy, so changing the result never changes the cache.

A user's tables reach the rules one way: given as ``tables=`` to
:func:`q7x2lib.find_mentions`, :func:`q7x2lib.find_statements`,
:func:`q7x2lib.find_events` (or :func:`q7x2lib.mentions_and_statements`,
:func:`q7x2lib.pipeline.analyse`, ``analyse``/``report --table``, and the
source-comparison functions of :mod:`q7x2lib.compare`), they are
*in force* for that call (:func:`tables_in_force`): every rule that reads a
table by name (:func:`load_lexicon` or :func:`word_list` without a table,
:func:`table_in_force`) reads the user's. A reader that cannot take a user's
table (the statement-sign model's trained features; the charts' month
labels) reads the bundled one, and :func:`load_lexicon`
warns when a user's table holds rows for it (:data:`PARTLY_APPLIED`).

Examples:
    >>> terms = load_lexicon("stance_terms")
    >>> int(terms.set_index("term").loc["قاتل", "polarity"])
    -1
    >>> own = pd.DataFrame({"list": ["anaphor"], "word": ["الرابطة"]})
    >>> "الرابطة" in word_list("anaphor", load_lexicon("word_lists", own))
    True
"""

from __future__ import annotations

import csv
import inspect
import io
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache, wraps
from pathlib import Path

import pandas as pd

from . import config
from .arabic import normalize
from .errors import ArgumentError, LexiconError, Q7x2Warning

_ID_RE = re.compile(r"[a-z][a-z0-9_]*|[-*]")
#: Kinds of actor-table row: a name, a (dated) role phrase, a blocker that names
#: nobody (نائب الرئيس الروسي), a title that only introduces a name, a joint reference.
ACTOR_KINDS = ("name", "role", "block", "title", "group")
SIDES = ("RU", "US", "other")
SOURCE_TYPES = ("agency", "tv", "newspaper", "official")
#: CAMEO agent codes (primary and the common secondary ones).
AGENTS = ("GOV", "MIL", "COP", "SPY", "LEG", "JUD", "MED", "PTY", "OPP", "REB", "INS", "IMG", "BUS", "NGO", "CVL",
          "REF", "ELI", "HRI", "REL", "EDU", "HLH", "LAB", "AGR", "ENV", "UAF", "SPY", "CRM", "ECN", "DEV", "MOD", "RAD")
#: A province (governorate, region) is no actor: it only tells whose governor محافظ عدن is.
COUNTRY_FORMS = ("name", "adjective", "capital", "seat", "province")
_COUNTRY_RE = re.compile(r"[A-Z]{3}")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class TableSpec:
    """What one knowledge table is: file, columns, row key and checks."""

    filename: str
    required: tuple[str, ...]
    key: tuple[str, ...]
    what: str
    check: Callable[[pd.DataFrame, Callable[[int], str]], pd.DataFrame] | None = None
    optional: tuple[str, ...] = ()


def _norm(text: str) -> str:
    return " ".join(normalize(text).split())


def _fail(where: Callable[[int], str], i: int, problem: str) -> None:
    raise LexiconError(f"{where(i)}: {problem}")


def _check_choice(table, where, col: str, allowed) -> None:
    bad = table.index[~table[col].isin(allowed)]
    if len(bad):
        _fail(where, bad[0], f"{col} {table.at[bad[0], col]!r} is not one of {sorted(allowed)}")


def _check_nonempty(table, where, *cols: str) -> None:
    for col in cols:
        bad = table.index[table[col].str.strip() == ""]
        if len(bad):
            _fail(where, bad[0], f"empty {col}")


def _check_dates(table, where, *cols: str) -> None:
    for col in cols:
        given = table[col] != ""
        parsed = pd.to_datetime(table[col].where(given), format="%Y-%m-%d", errors="coerce")
        bad = table.index[given & (parsed.isna() | ~table[col].str.fullmatch(_DATE_RE.pattern))]
        if len(bad):
            _fail(where, bad[0], f"{col} {table.at[bad[0], col]!r} is not a date (write YYYY-MM-DD)")


def _check_actors(table, where):
    for i, value in table["actor_id"].items():
        if not _ID_RE.fullmatch(value):
            _fail(where, i, f"actor_id {value!r} must be lowercase ASCII (a-z, 0-9, _)")
    _check_choice(table, where, "kind", ACTOR_KINDS)
    _check_nonempty(table, where, "phrase")
    _check_choice(table, where, "side", (*SIDES, ""))
    _check_codes(table, where, "country")
    _check_agent(table, where)
    _check_dates(table, where, "valid_from", "valid_to")
    return table


def _check_boilerplate(table, where):
    _check_choice(table, where, "scope", ("line", "inline"))
    return table.assign(regex=[_compile(normalize(p), where, i) for i, p in table["pattern"].items()])


def _compile(pattern: str, where, i: int) -> re.Pattern:
    try:
        return re.compile(pattern)
    except re.error as exc:
        _fail(where, i, f"bad pattern: {exc}")


def _check_reporting_verbs(table, where):
    _check_choice(table, where, "kind", ("verb", "participle", "attribution", "ignore"))
    _check_nonempty(table, where, "form")
    return table.assign(norm=table["form"].map(_norm))


def _check_stance_terms(table, where):
    _check_nonempty(table, where, "term")
    _check_choice(table, where, "polarity", ("-1", "1"))
    for i, value in table["weight"].items():
        try:
            ok = 0 <= float(value) <= 1
        except ValueError:
            ok = False
        if not ok:
            _fail(where, i, f"weight {value!r} must be a number in [0, 1]")
    return table.astype({"polarity": int, "weight": float}).assign(norm=table["term"].map(_norm))


def _check_listed(id_col: str, list_col: str):
    def check(table, where):
        _check_nonempty(table, where, list_col)
        twice = table.index[table[id_col].duplicated()]
        if len(twice):
            _fail(where, twice[0], f"{id_col} {table.at[twice[0], id_col]!r} listed twice")
        return table
    return check


def _check_sources(table, where):
    _check_choice(table, where, "type", SOURCE_TYPES)
    _check_codes(table, where, "country")  # RUS, as the actor and outlets tables write a country
    return _check_listed("source_id", "variants")(table, where)


def _check_spelling(table, where):
    table = _check_listed("feature_id", "pattern")(table, where)
    regexes = [_compile(p, where, i) for i, p in table["pattern"].items()]
    for (i, example), rx in zip(table["example"].items(), regexes):
        if not rx.search(example):
            _fail(where, i, f"the pattern does not match its own example {example!r}")
    return table.assign(regex=regexes)


def _check_codes(table, where, col: str, *, org_ids: bool = False) -> None:
    for i, value in table[col].items():
        if value and not (_COUNTRY_RE.fullmatch(value) or (org_ids and _ID_RE.fullmatch(value))):
            _fail(where, i, f"{col} {value!r} is not an ISO 3166-1 alpha-3 code (SAU, USA ...) or IGO")


def _check_agent(table, where) -> None:
    _check_choice(table, where, "agent", (*AGENTS, ""))


def _check_countries(table, where):
    _check_codes(table, where, "code")
    _check_choice(table, where, "form", COUNTRY_FORMS)
    _check_nonempty(table, where, "code", "phrase")
    return table


#: What a place of the places table is (the kind is documentation: every kind is read the same way).
PLACE_KINDS = ("city", "region", "district", "base", "port", "airport", "strait")


def _check_words(table, where):
    """A list of words, one a row (the stopwords): each normalised, as the bundled file's lines are read."""
    _check_nonempty(table, where, "word")
    return table.assign(norm=table["word"].map(normalize))


def _check_places(table, where):
    _check_nonempty(table, where, "place", "country")
    _check_codes(table, where, "country")
    _check_choice(table, where, "kind", (*PLACE_KINDS, ""))
    return table


def _check_regions(table, where):
    """Saudi places and the region each lies in: a place, a lowercase region id."""
    _check_nonempty(table, where, "place", "region")
    for i, value in table["region"].items():
        for region in value.split():
            if not _ID_RE.fullmatch(region):
                _fail(where, i, f"region {region!r} must be lowercase ASCII (a-z, 0-9, _)")
    return table


def _check_named(table, where):
    """People and organisations: an id, a phrase, a country and an agent code."""
    for i, value in table["actor_id"].items():
        if not _ID_RE.fullmatch(value):
            _fail(where, i, f"actor_id {value!r} must be lowercase ASCII (a-z, 0-9, _)")
    _check_nonempty(table, where, "phrase")
    _check_codes(table, where, "country")
    _check_agent(table, where)
    return table


def _check_agents(table, where):
    _check_nonempty(table, where, "phrase")
    _check_agent(table, where)
    _check_codes(table, where, "country", org_ids=True)
    return table


def _check_offices(table, where):
    _check_nonempty(table, where, "country", "office", "actor_id", "valid_from")
    _check_codes(table, where, "country", org_ids=True)
    _check_dates(table, where, "valid_from", "valid_to")
    late = table.index[(table["valid_to"] != "") & (table["valid_to"] < table["valid_from"])]
    if len(late):
        _fail(where, late[0], "valid_to is before valid_from")
    return table


def _check_value_names(table, where):
    _check_nonempty(table, where, "column", "value", "name_ar")
    twice = table.index[table[["column", "value"]].duplicated()]
    if len(twice):
        _fail(where, twice[0], f"the value {table.at[twice[0], 'value']!r} of {table.at[twice[0], 'column']!r} is named twice")
    return table


#: The kinds of month name in ``months.csv``: the name charts write, the Levantine name, another spelling or region's.
MONTH_KINDS = ("shown", "levantine", "variant")


def _check_months(table, where):
    _check_nonempty(table, where, "month", "name")
    _check_choice(table, where, "kind", MONTH_KINDS)
    bad = table.index[~table["month"].isin([str(m) for m in range(1, 13)])]
    if len(bad):
        _fail(where, bad[0], f"month {table.at[bad[0], 'month']!r} is not a month number (1 to 12)")
    table = table.assign(norm=table["name"].map(_norm))
    twice = table.index[table["norm"].duplicated()]
    if len(twice):
        _fail(where, twice[0], f"the name {table.at[twice[0], 'name']!r} is listed twice")
    shown = table.loc[table["kind"] == "shown", "month"]
    if sorted(shown, key=int) != [str(m) for m in range(1, 13)]:
        _fail(where, table.index[0], "give each month one name of kind 'shown' (the name charts write)")
    return table


def month_names(kinds: Iterable[str] = ("shown", "levantine"), *, written: bool = False) -> tuple[str, ...]:
    """The month names of ``months.csv`` of ``kinds``, kind by kind, each in calendar order: normalised, or as written.

    The one source of the month names: the charts' labels (``shown``, written), the "numbers" two articles on
    one event share and the words no speaker is (``shown`` and ``levantine``), the publication dates read with
    words (every kind, :func:`month_numbers`).

    Examples:
        >>> month_names(("shown",), written=True)[3], month_names()[:2], month_names()[14]
        ('أبريل', ('يناير', 'فبراير'), 'اذار')
    """
    table = table_in_force("months")
    month = table["month"].astype(int)
    return tuple(
        name for kind in kinds
        for name in table.loc[table["kind"] == kind].assign(m=month).sort_values("m", kind="stable")["name" if written else "norm"]
    )


def month_numbers() -> dict[str, int]:
    """Every month name of ``months.csv``, normalised, and its number (for dates written with words).

    Examples:
        >>> month_numbers()["اذار"], month_numbers()["جويلية"]
        (3, 7)
    """
    table = table_in_force("months")
    return dict(zip(table["norm"], table["month"].astype(int)))


#: The forms of the countries table that name a place (a state, its capital, a province), not its people.
PLACE_FORMS = ("name", "capital", "province")


def place_names(countries: pd.DataFrame | None = None, *, regions: bool = False) -> list[tuple[str, str, str, str]]:
    """(name, state, form, note) of every place the tables in force name: each state, capital and province of the
    ``countries`` table (form ``name``, ``capital``, ``province``; ``countries`` None: the table in force), each
    town and region of the ``places`` table (form ``place``) and, with ``regions``, each Saudi region and town of
    the ``regions`` table (form ``region``, state SAU). The name is normalised, its spaces one space each.

    The one reader of the three tables' place names: each rule keeps what it needs (a headline's place prefix reads
    them all, the states a headline sets its event in leave out Saudi and ambiguous names).

    Examples:
        >>> rows = place_names(regions=True)
        >>> [r[:3] for r in rows if r[0] in ("الصين", "بكين", "عدن", "الجوف")]  # عدن: a province and a city
        [('الصين', 'CHN', 'name'), ('بكين', 'CHN', 'capital'), ('عدن', 'YEM', 'province'), ('عدن', 'YEM', 'place'), ('الجوف', 'SAU', 'region')]
        >>> any(form == "region" for _, _, form, _ in place_names())
        False
    """
    countries = table_in_force("countries") if countries is None else countries
    places = table_in_force("places")
    rows = [*((_norm(p), c, f, n) for p, c, f, n in zip(countries["phrase"], countries["code"], countries["form"],
                                                        countries["note"]) if f in PLACE_FORMS),
            *((_norm(p), c, "place", n) for p, c, n in zip(places["place"], places["country"], places["note"]))]
    if regions:
        table = table_in_force("regions")
        rows += [(_norm(p), "SAU", "region", n) for p, n in zip(table["place"], table["note"])]
    return [(name, code, form, str(note)) for name, code, form, note in rows]


def _check_word_lists(table, where):
    _check_nonempty(table, where, "list", "word")
    return table.assign(norm=table["word"].map(_norm))


def _check_event_actor_codes(table, where):
    _check_nonempty(table, where, "event_code")
    bad = table.index[(table["actor_id"].str.strip() == "") & (table["phrase"].str.strip() == "")]
    if len(bad):
        _fail(where, bad[0], "give an actor_id or a phrase")
    bad = table.index[(table["phrase"].str.strip() != "") & (table["code"].str.strip() == "")
                      & (table["actor_id"].str.strip() != "")]
    if len(bad):
        _fail(where, bad[0], "a phrase with an actor_id needs the code the actor coder gives it")
    if "role" in table:
        _check_choice(table, where, "role", ("source", "target", ""))
    return table.assign(norm=table["phrase"].map(_norm))


#: The CAMEO root categories an event pattern may name (two digits).
EVENT_ROOTS = tuple(f"{i:02d}" for i in range(1, 21))


def _check_event_patterns(table, where):
    _check_nonempty(table, where, "form", "root")
    _check_choice(table, where, "root", EVENT_ROOTS)
    _check_choice(table, where, "unit", ("event", "statement", "both", "content"))
    _check_choice(table, where, "modality", ("act", "intent", "threat", "demand", ""))
    _check_choice(table, where, "pos", ("verb", "noun", ""))
    for i, value in table["goldstein"].items():
        try:
            ok = -10 <= float(value) <= 10
        except ValueError:
            ok = False
        if not ok:
            _fail(where, i, f"goldstein {value!r} must be a number in [-10, 10]")
    return table.astype({"goldstein": float}).assign(norm=table["form"].map(_norm))


#: Every table of knowledge the library reads, by name.
TABLES: dict[str, TableSpec] = {
    "actors": TableSpec("actors.csv", ("actor_id", "kind", "phrase"), ("actor_id", "kind", "phrase", "valid_from"), "actor table",
                        _check_actors, ("name_ar", "name_en", "type", "side", "country", "agent", "valid_from",
                                        "valid_to", "note")),
    "boilerplate": TableSpec("boilerplate.csv", ("rule_id", "scope", "pattern"), ("rule_id",), "boilerplate rules",
                             _check_boilerplate, ("description", "example", "name_ar")),
    "reporting_verbs": TableSpec("reporting_verbs.csv", ("form", "lemma", "kind"), ("form",), "reporting-verb table",
                                 _check_reporting_verbs, ("opens_line", "note")),
    "stance_terms": TableSpec("stance_terms.csv", ("term", "polarity", "weight", "category"), ("term",),
                              "cooperation–conflict lexicon", _check_stance_terms, ("note",)),
    "sources": TableSpec("sources.csv", ("source_id", "type", "country", "variants"), ("source_id",),
                         "sources table", _check_sources, ("name_ar", "name_en", "note")),
    "spelling_features": TableSpec("spelling_features.csv", ("feature_id", "group", "pattern", "example"),
                                   ("feature_id",), "spelling-features table", _check_spelling, ("description", "label_ar")),
    "topics": TableSpec("topics.csv", ("topic_id", "label_ar", "label_en", "keywords"), ("topic_id",), "topics table",
                        _check_listed("topic_id", "keywords"), ("note",)),
    "word_lists": TableSpec("word_lists.csv", ("list", "word"), ("list", "word"), "word lists",
                            _check_word_lists, ("note",)),
    "stopwords": TableSpec("stopwords_ar.txt", ("word",), ("word",), "stopword list", _check_words),
    "months": TableSpec("months.csv", ("month", "name", "kind"), ("name",), "month table", _check_months, ("note",)),
    "column_names_ar": TableSpec("column_names_ar.csv", ("column", "name_ar"), ("column",), "Arabic column-name table",
                                 _check_listed("column", "name_ar"), ("note",)),
    "value_names_ar": TableSpec("value_names_ar.csv", ("column", "value", "name_ar"), ("column", "value"),
                                "Arabic value-name table", _check_value_names, ("note",)),
    "countries": TableSpec("countries.csv", ("code", "form", "phrase"), ("code", "phrase"), "country table",
                           _check_countries, ("name_en", "note")),
    "places": TableSpec("places.csv", ("place", "country"), ("place",), "places table", _check_places,
                        ("kind", "source", "note")),
    "regions": TableSpec("regions.csv", ("place", "region"), ("place",), "regions table", _check_regions,
                         ("kind", "source", "note")),
    "organisations": TableSpec("organisations.csv", ("actor_id", "country", "agent", "phrase"), ("actor_id", "phrase"),
                               "organisation table", _check_named, ("name_en", "note")),
    "people": TableSpec("people.csv", ("actor_id", "country", "agent", "phrase"), ("actor_id", "phrase"),
                        "people table", _check_named, ("name_en", "note")),
    "agents": TableSpec("agents.csv", ("phrase", "agent"), ("phrase",), "agent table", _check_agents,
                        ("office", "country", "note")),
    "offices": TableSpec("offices.csv", ("country", "office", "actor_id", "valid_from"),
                         ("country", "office", "actor_id", "valid_from"), "office-holder table", _check_offices,
                         ("valid_to", "source", "note")),
    "event_actor_codes": TableSpec("event_actor_codes.csv", ("event_code",), ("actor_id", "phrase", "code"),
                                   "event actor-code table", _check_event_actor_codes, ("actor_id", "phrase", "code",
                                                                                       "role", "note")),
    "outlets": TableSpec("outlets.csv", ("outlet", "country"), ("outlet",), "outlet table",
                         _check_listed("outlet", "country"), ("name_ar", "note")),
    "event_patterns": TableSpec("event_patterns.csv", ("form", "root", "goldstein", "unit", "target"), ("form",),
                                "event-pattern table", _check_event_patterns, ("modality", "pos", "note")),
}


def load_lexicon(name: str, table: str | Path | pd.DataFrame | None = None, *, extend: bool = True) -> pd.DataFrame:
    """Load a table of knowledge: the bundled one, or a user's that extends or replaces it.

    Args:
        name: One of :data:`TABLES` (``actors``, ``reporting_verbs``,
            ``stance_terms``, ``sources``, ``topics``, ``spelling_features``,
            ``boilerplate``, ``word_lists``, ``stopwords``).
        table: ``None`` for the table in force: the bundled one, or the
            user's own given as ``tables=`` to the ``find_*`` call that is
            running (see :func:`tables_in_force`); a CSV path or a DataFrame
            with at least the required columns.
        extend: Add the user's rows to the bundled table (the user's row
            wins where both have the same key); ``False`` replaces it.

    Returns:
        A new DataFrame of strings (empty cell = ``""``) with every column of
        the table, plus what its checks derive (``norm``: the normalised
        form; ``regex``: compiled patterns; typed numbers).

    Raises:
        LexiconError: an unknown name, an unreadable file, a missing column
            or a bad row; the message names the file and line.

    Examples:
        >>> sorted(set(load_lexicon("reporting_verbs").kind))
        ['attribution', 'ignore', 'participle', 'verb']
        >>> load_lexicon("topics", pd.DataFrame({"topic_id": ["t"], "label_ar": ["س"], "label_en": ["x"],
        ...     "keywords": [""]}))
        Traceback (most recent call last):
        q7x2lib.errors.LexiconError: the topics table given as a DataFrame, row 1: empty keywords
    """
    spec = _spec(name)
    if table is None:
        return table_in_force(name).copy()
    bundled = _bundled(name)
    own = _checked(name, _as_frame(table, spec), _label(table, spec))
    _warn_partly(name, own)
    if not extend:
        return own.reset_index(drop=True)
    both = pd.concat([own, bundled], ignore_index=True)
    return both.drop_duplicates(list(spec.key), keep="first").reset_index(drop=True)


def word_list(name: str, table: pd.DataFrame | None = None, *, required: bool = True) -> tuple[str, ...]:
    """The normalised words of one closed list in ``word_lists.csv``, in file order.

    ``table`` None: the word lists in force (the bundled ones, or a user's
    given as ``tables=`` to the running ``find_*`` call).
    A list the table lacks is an error, or no words at all when it is not
    ``required`` (a list added in a later release, which a user's own table
    written before it may not hold).

    Examples:
        >>> word_list("negator")[:3]
        ('لا', 'لم', 'لن')
        >>> word_list("no_such_list", required=False)
        ()
    """
    table = table_in_force("word_lists") if table is None else table
    words = _list_words(table).get(name, ())
    if not words and required:
        raise LexiconError(f"the word lists have no list {name!r}")
    return words


#: id -> (a word-list table, its words by list): each table object read once (:func:`_list_words`).
_LIST_WORDS: dict[int, tuple[pd.DataFrame, dict[str, tuple[str, ...]]]] = {}


def _list_words(table: pd.DataFrame) -> dict[str, tuple[str, ...]]:
    """The normalised words of every list of a word-list table, in file order, read once per table object.

    Reading a column of the table deep-copies its attrs (its source lines) each time, and the rules' builders ask
    for hundreds of lists: one pass per table instead. Keyed by the object (held, so its id is not reused): an
    edited file is read into a new table (:func:`_bundled`, by modification time), a user's table is a new object.

    >>> table = load_lexicon("word_lists")
    >>> _list_words(table) is _list_words(table), _list_words(table)["negator"][:2]
    (True, ('لا', 'لم'))
    """
    held = _LIST_WORDS.get(id(table))
    if held is None or held[0] is not table:
        if len(_LIST_WORDS) > 16:
            _LIST_WORDS.clear()
        lists: dict = {}
        for name, word in zip(table["list"].to_numpy(), table["norm"].to_numpy()):
            lists.setdefault(name, []).append(word)
        held = _LIST_WORDS[id(table)] = (table, {name: tuple(words) for name, words in lists.items()})
    return held[1]


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """The normalised words of one list of ``word_lists.csv`` in force, as a set, read once while the same tables
    are in force (:func:`tables_in_force` empties the cache when they change); empty where the table lacks the
    list (a user's own table written before a list was added). The one cached reader of a word list: call it
    where a rule asks whether a word is in a list.

    Examples:
        >>> "لم" in word_set("negator"), word_set("no_such_list")
        (True, frozenset())
        >>> own = load_lexicon("word_lists", pd.DataFrame({"list": ["anaphor"], "word": ["الرابطة"]}))
        >>> with tables_in_force({"word_lists": own}):
        ...     "الرابطة" in word_set("anaphor")
        True
        >>> "الرابطة" in word_set("anaphor")
        False
    """
    return frozenset(word_list(name, required=False))


def bundled_table(name: str) -> pd.DataFrame:
    """The bundled table itself, read once and shared: not a copy, so never change it.

    For what is compiled from a table and cached by the table's identity
    (a matcher, a lexicon): :func:`load_lexicon` returns a new copy at every
    call, which such a cache would take for a new table each time.
    """
    return _bundled(name)


# --- a user's tables, in force for one call ------------------------------------------------------

#: The user's tables in force in this context (name -> checked table) and their token, set by :func:`tables_in_force`.
_IN_FORCE: ContextVar[tuple[dict[str, pd.DataFrame], object] | None] = ContextVar("q7x2lib_tables_in_force",
                                                                                   default=None)
#: The scope the caches of compiled tables now hold: a token per set of the user's tables (None: the bundled).
_CACHED_SCOPE: list = [None]
_SCOPES: dict[tuple, tuple[dict, object]] = {}  # key -> (the tables: their ids stay those of live objects, token)
_SAME: dict[int, tuple[pd.DataFrame, bool]] = {}  # id -> (table, whether it equals the bundled table)
#: Tables a user's ``tables=`` does not put in force: the actor table goes as ``actors=``.
_NOT_IN_FORCE = frozenset({"actors"})
#: Modules whose caches are not compiled from the tables in force (files by mtime, text folding, display).
_CACHES_KEPT = ("q7x2lib.lexicons", "q7x2lib.arabic", "q7x2lib.matching", "q7x2lib.report", "q7x2lib.statement_sign")


def table_in_force(name: str) -> pd.DataFrame:
    """The table ``name`` the rules read now: the user's given as ``tables=`` to the running call, else the bundled.

    Shared, not a copy (as :func:`bundled_table`): never change it.

    Examples:
        >>> table_in_force("word_lists") is bundled_table("word_lists")
        True
        >>> own = load_lexicon("word_lists", pd.DataFrame({"list": ["anaphor"], "word": ["الرابطة"]}))
        >>> with tables_in_force({"word_lists": own}):
        ...     "الرابطة" in word_list("anaphor")
        True
        >>> "الرابطة" in word_list("anaphor")
        False
    """
    scope = _IN_FORCE.get()
    if scope is not None and name in scope[0]:
        return scope[0][name]
    return _bundled(name)


def scope_token() -> object:
    """An object that is the same while the same tables are in force (None: the bundled tables).

    A cache of what is compiled from a table (:class:`q7x2lib.tables.LastTableCache`, the actor matcher) keys on
    it too, since its builder may read other tables in force (the word lists) besides the table it is given.
    """
    scope = _IN_FORCE.get()
    return None if scope is None else scope[1]


@contextmanager
def tables_in_force(tables: Mapping[str, pd.DataFrame] | None) -> Iterator[None]:
    """Put a user's tables in force for the rules that read a table by name, for the duration of one call.

    The one path by which ``tables=`` of :func:`q7x2lib.find_mentions`, :func:`q7x2lib.find_statements`,
    :func:`q7x2lib.find_events` (and ``report --table``) reaches every rule: inside, :func:`load_lexicon` and
    :func:`word_list` without a table, and :func:`table_in_force`, give the user's table where ``tables``
    holds one (``word_lists``, ``reporting_verbs``, ``countries`` ...); ``None`` leaves the tables in force as
    they are (a call inside another). The caches of what is compiled from the
    tables are emptied whenever the tables in force change (on entering and on leaving), so a user's table never
    reaches a later call without it. The bundled tables (or tables equal to them) change nothing and cost
    nothing. The caches are the process's: do not run calls with different tables in threads at once.
    """
    own = _own_tables(tables)
    if tables is None or (not own and _IN_FORCE.get() is None):  # None: the tables in force stay (a call inside one)
        yield
        return
    scope = None
    if own:  # the same tables, the same token: what was compiled from them is built once
        key = _scope_key(own)
        scope = _SCOPES.setdefault(key, (own, object()))
        _SCOPES[key] = _SCOPES.pop(key)  # the last used last: the oldest go first
        while len(_SCOPES) > 8:
            del _SCOPES[next(iter(_SCOPES))]
    token = _IN_FORCE.set(scope)
    try:
        _sync_caches()
        yield
    finally:
        _IN_FORCE.reset(token)
        _sync_caches()


def _corpus_columns_checked(func: Callable) -> Callable[[tuple, dict], None]:
    """For a function of a ``corpus`` frame and a ``text_col``, a check that the frame has ``doc_id`` and that column,
    raising :class:`ArgumentError` that says which is missing and what to pass; for any other function, nothing."""
    signature = inspect.signature(func)
    if not {"corpus", "text_col"} <= set(signature.parameters):
        return lambda args, kwargs: None

    def check(args: tuple, kwargs: dict) -> None:
        try:
            bound = signature.bind_partial(*args, **kwargs)
        except TypeError:
            return  # Python's own message for the wrong arguments follows
        corpus = bound.arguments.get("corpus")
        text_col = bound.arguments.get("text_col", signature.parameters["text_col"].default)
        if not isinstance(corpus, pd.DataFrame):
            return
        missing = [col for col in ("doc_id", text_col) if col not in corpus.columns]
        if missing:
            hint = (" (load_corpus writes text_clean; for a frame of your own pass text_col= the column holding the text)"
                    if text_col == "text_clean" else "")
            raise ArgumentError(f"{func.__name__}: the corpus has no column {missing[0]!r}{hint}; its columns are "
                                f"{list(corpus.columns)[:12]}")

    return check


def with_tables(func: Callable) -> Callable:
    """Run ``func`` with its keyword ``tables`` in force (:func:`tables_in_force`); without it, as it is. A function
    of a ``corpus`` and a ``text_col`` first checks that the frame has ``doc_id`` and that column (a clear
    :class:`ArgumentError`, not a ``KeyError`` deep inside).

    Examples:
        >>> from q7x2lib import find_mentions
        >>> find_mentions(pd.DataFrame({"doc_id": ["a"], "text": ["قالت مصر"]}))
        Traceback (most recent call last):
        ...
        q7x2lib.errors.ArgumentError: find_mentions: the corpus has no column 'text_clean' (load_corpus writes text_clean; for a frame of your own pass text_col= the column holding the text); its columns are ['doc_id', 'text']
    """
    check = _corpus_columns_checked(func)

    @wraps(func)
    def run(*args, **kwargs):
        check(args, kwargs)
        with files_read_once():
            tables = kwargs.get("tables")
            if tables is None:  # the tables already in force: the bundled ones, or those of the call this one is part of
                return func(*args, **kwargs)
            with tables_in_force(tables):
                return func(*args, **kwargs)

    return run


def _scope_key(own: Mapping[str, pd.DataFrame]) -> tuple:
    return tuple(sorted((name, id(table)) for name, table in own.items()))


def _own_tables(tables: Mapping[str, pd.DataFrame] | None) -> dict[str, pd.DataFrame]:
    """The tables of ``tables`` that differ from the bundled ones, checked (a raw frame extends the bundled)."""
    own = {}
    for name, table in (tables or {}).items():
        if name in _NOT_IN_FORCE or name not in TABLES or table is None:
            continue
        bundled = _bundled(name)
        if table is bundled:
            continue
        if not isinstance(table, pd.DataFrame) or any(c not in table for c in bundled.columns):
            table = load_lexicon(name, table)  # a path, or rows not yet checked: they extend the bundled table
        elif _equals_bundled(table, bundled):
            continue
        own[name] = table
    return own


def _equals_bundled(table: pd.DataFrame, bundled: pd.DataFrame) -> bool:
    """Whether a table is the bundled one's copy (the coding tables of :func:`q7x2lib.actors.user_tables`)."""
    held = _SAME.get(id(table))
    if held is None or held[0] is not table:
        if len(_SAME) > 64:
            _SAME.clear()
        same = table.shape == bundled.shape and list(table.columns) == list(bundled.columns) and table.equals(bundled)
        held = _SAME[id(table)] = (table, same)
    return held[1]


def _sync_caches() -> None:
    """Empty the caches compiled from tables when the tables in force are no longer those they were built from."""
    token = scope_token()
    if token is _CACHED_SCOPE[0]:
        return
    _CACHED_SCOPE[0] = token
    word_set.cache_clear()  # read from the word lists in force, though this module's caches are kept (_CACHES_KEPT)
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("q7x2lib") or module_name.startswith(_CACHES_KEPT) or module is None:
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", None) == module_name:
                clear()


_SIGN_MODEL = "the statement-sign model's features (trained on the bundled words; q7x2lib.statement_sign)"
#: Where a user's table applies only in part: (table name, the lists of a word-list table some reader never takes
#: from a user, or None: the whole table, which readers those are). :func:`load_lexicon` warns of them. The
#: source-comparison functions (q7x2lib.compare: event groups, threads, keyness ...) take ``tables=`` and read the
#: user's headline lists, stopwords, regions, places and months.
PARTLY_APPLIED: tuple[tuple[str, frozenset[str] | None, str], ...] = (
    ("word_lists", frozenset({
        "negator", "political_marker", "feeling_cue", "feeling_cooperative", "feeling_critical", "feeling_intensifier",
        "warning_danger", "warning_condition", "warning_own_act", "warning_threat", "sign_contrast", "sign_refusal",
    }), _SIGN_MODEL),
    ("stance_terms", None, _SIGN_MODEL),
    ("stopwords", None, _SIGN_MODEL),
    ("months", None, "the charts' month labels"),
    ("boilerplate", None, "the report's notebooks (they clean the corpus as load_corpus does, with the bundled rules; "
                          "analyse and clean_corpus(rules=) take yours)"),
    ("column_names_ar", None, "the display of tables (q7x2lib.display)"),
    ("value_names_ar", None, "the display of tables (q7x2lib.display)"),
)


def _warn_partly(name: str, own: pd.DataFrame) -> None:
    """Warn where a user's table only partly applies: never ignore a user's rows silently."""
    for table, lists, where in PARTLY_APPLIED:
        if table != name:
            continue
        if lists is None:
            warnings.warn(f"the {name} table you gave ({_spec(name).what}) applies only in part: {where} "
                          "read(s) the bundled table only",
                          Q7x2Warning, stacklevel=3)
            continue
        unread = sorted(set(own["list"]) & lists) if "list" in own else []
        if unread:
            warnings.warn(f"your word lists {unread} apply only in part: {where} read(s) the bundled lists only",
                          Q7x2Warning, stacklevel=3)


def lexicon_path(name: str) -> Path:
    """The bundled file of a table."""
    return config.LEXICON_DIR / _spec(name).filename


def _spec(name: str) -> TableSpec:
    if name not in TABLES:
        raise LexiconError(f"no lexicon {name!r}; choose one of {sorted(TABLES)}")
    return TABLES[name]


#: The bundled tables one call has read (path -> table), set by :func:`files_read_once`; None: outside such a call.
_READ_ONCE: ContextVar[dict[str, pd.DataFrame] | None] = ContextVar("q7x2lib_files_read_once", default=None)


@contextmanager
def files_read_once() -> Iterator[None]:
    """Check each bundled table's file once for the duration of one call (a ``find_*`` call; :func:`with_tables`).

    The rules ask for a table tens of times per article, and each ask stats its file (an edited file is read
    again). Inside, the table a file gave at its first ask stays for the rest of the call; the next call checks
    again, so a table file edited between two calls is read anew. A call inside another keeps the outer's.

    >>> with files_read_once():
    ...     table_in_force("word_lists") is table_in_force("word_lists")
    True
    """
    if _READ_ONCE.get() is not None:
        yield
        return
    token = _READ_ONCE.set({})
    try:
        yield
    finally:
        _READ_ONCE.reset(token)


def _bundled(name: str) -> pd.DataFrame:
    path = _path_text(config.LEXICON_DIR, _spec(name).filename)
    held = _READ_ONCE.get()
    if held is not None:
        table = held.get(path)
        if table is None:
            table = held[path] = _bundled_now(name, path)
        return table
    return _bundled_now(name, path)


def _bundled_now(name: str, path: str) -> pd.DataFrame:
    try:
        mtime = os.stat(path).st_mtime_ns
    except OSError:
        raise LexiconError(f"{path}: no such {_spec(name).what}") from None
    return _read_cached(name, path, mtime)


@lru_cache(maxsize=64)
def _path_text(folder: Path, filename: str) -> str:
    """``str(folder / filename)``, joined once: the rules ask for a table in force tens of times per article, and
    joining a :class:`~pathlib.Path` cost more than the file's stat that follows.

    >>> _path_text(Path("data") / "lexicons", "word_lists.csv") == str(Path("data/lexicons/word_lists.csv"))
    True
    """
    return str(folder / filename)


@lru_cache(maxsize=32)
def _read_cached(name: str, path: str, mtime: int) -> pd.DataFrame:
    spec = _spec(name)
    return _checked(name, _read_file(Path(path), spec), path)


def _label(table, spec: TableSpec) -> str | None:
    return None if isinstance(table, pd.DataFrame) else str(table)


def _as_frame(table, spec: TableSpec) -> pd.DataFrame:
    if isinstance(table, pd.DataFrame):
        missing = [c for c in spec.required if c not in table]
        if missing:
            raise LexiconError(f"the {spec.what} given as a DataFrame lacks column(s) {missing}")
        return table.fillna("").astype(str).reset_index(drop=True)
    path = Path(table)
    if not path.is_file():
        raise LexiconError(f"{path}: no such {spec.what}")
    return _read_file(path, spec)


def _checked(name: str, table: pd.DataFrame, source: str | None) -> pd.DataFrame:
    """Run the table's checks; a failing row is named by its line in ``source`` (None: a DataFrame)."""
    spec = _spec(name)
    lines = table.attrs.get("lines")
    if source is None:
        def where(i: int) -> str:
            return f"the {spec.what} given as a DataFrame, row {i + 1}"
    else:
        def where(i: int) -> str:
            return f"{source}, line {lines[i] if lines else i + 2}"
    table = table.assign(**{col: "" for col in spec.optional if col not in table})
    return spec.check(table, where) if spec.check else table


def _read_file(path: Path, spec: TableSpec) -> pd.DataFrame:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise LexiconError(f"{path}: the {spec.what} is not UTF-8 text") from None
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read the {spec.what} ({exc.strerror})") from None
    if spec.filename.endswith(".txt"):
        words = [w.strip() for w in text.splitlines() if w.strip() and not w.lstrip().startswith("#")]
        return pd.DataFrame({"word": words}).assign(norm=lambda d: d["word"].map(normalize))
    return _parse_csv(text, path, spec)


def _parse_csv(text: str, path: Path, spec: TableSpec) -> pd.DataFrame:
    """A CSV whose rows have at most the header's number of fields (else: file and line)."""
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if not header:
        raise LexiconError(f"{path}: the {spec.what} is empty (no header line)")
    rows, lines = [], []
    for row in reader:
        if not any(field.strip() for field in row):
            continue
        lines.append(reader.line_num)
        if len(row) > len(header):  # a short row is padded, as in pandas; a long one lost its columns
            raise LexiconError(f"{path}, line {reader.line_num}: {len(row)} fields where the header has "
                               f"{len(header)} ({', '.join(header)}): quote a field that holds a comma")
        rows.append(row + [""] * (len(header) - len(row)))
    missing = [c for c in spec.required if c not in header]
    if missing:
        raise LexiconError(f"{path}: the {spec.what} lacks column(s) {missing}")
    table = pd.DataFrame(rows, columns=header) if rows else pd.DataFrame(columns=header, dtype=str)
    table.attrs["lines"] = lines
    return table
