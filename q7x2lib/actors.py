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

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .arabic import normalize
from .errors import LexiconError
from .lexicons import load_lexicon, word_list
from .matching import TermMatcher
from .tables import LastTableCache

ACTOR_COLUMNS = ("actor_id", "name_ar", "name_en", "type", "side", "kind", "phrase", "valid_from", "valid_to", "note")


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
    for col in ("name_ar", "name_en", "type", "side"):
        first = table[table[col] != ""].groupby("actor_id")[col].first()
        table[col] = table["actor_id"].map(first).fillna("")
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


@dataclass(frozen=True)
class _Entry:
    actor_id: str
    kind: str
    valid_from: object
    valid_to: object


class _Matcher:
    """The one term matcher over every phrase, and what each phrase means."""

    def __init__(self, actors: pd.DataFrame) -> None:
        self.entries: dict[str, list[_Entry]] = {}
        for aid, kind, phrase, vf, vt in zip(actors.actor_id, actors.kind, actors.phrase, actors.valid_from, actors.valid_to):
            key = " ".join(normalize(phrase).split())
            self.entries.setdefault(key, []).append(_Entry(aid, kind, vf, vt))
        self.terms = TermMatcher(self.entries)
        self.single = {k: v[0] for k, v in self.entries.items() if len(v) == 1}
        self._dated: dict[tuple, _Entry | None] = {}
        words = load_lexicon("word_lists")
        leader = word_list("leader_role_prefix", words)
        self.joint_country_words = word_list("joint_countries", words)
        self.leaders = frozenset(actors.loc[(actors.kind == "role") & actors.phrase.map(normalize).str.startswith(leader), "actor_id"])
        self.countries = frozenset(actors.loc[actors.type == "country", "actor_id"])

    def resolve(self, key: str, date) -> _Entry | None:
        """What ``key`` (a normalised phrase) names on ``date`` (None: the latest holder)."""
        entry = self.single.get(key)
        if entry is not None:
            return entry
        if (key, date) not in self._dated:
            if len(self._dated) > 100_000:  # bounded: a role phrase per date seen
                self._dated.clear()
            self._dated[key, date] = self._resolve(key, date)
        return self._dated[key, date]

    def _resolve(self, key: str, date) -> _Entry | None:
        options = self.entries.get(key)
        if not options:
            return None
        if len(options) == 1:
            return options[0]
        if date is None:
            return _latest(options)
        valid = [e for e in options if (pd.isna(e.valid_from) or e.valid_from <= date) and (pd.isna(e.valid_to) or date < e.valid_to)]
        return valid[0] if valid else None


def _latest(options: list[_Entry]) -> _Entry:
    """With no date, a role goes to its most recent holder."""
    return max(options, key=lambda e: (pd.Timestamp.min if pd.isna(e.valid_from) else e.valid_from))


_MATCHERS = LastTableCache()


def _actor_matcher(actors: pd.DataFrame) -> _Matcher:
    """The compiled matcher of an actor lexicon (built once per table)."""
    return _MATCHERS.get(actors, _Matcher)
