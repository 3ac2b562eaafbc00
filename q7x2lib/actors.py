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

Matching runs one compiled pattern (a trie of every normalised phrase, with
optional proclitics) over the normalised text, then maps matches back to the
text the reader sees. An appositive role + name (الرئيس الروسي، فلاديمير بوتين)
is one mention.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from . import config
from .arabic import NormalizedText, normalize, trie_regex
from .errors import LexiconError
from .tables import LastTableCache, frame_from_rows, read_table

KINDS = ("name", "role", "block", "title", "group")
ACTOR_COLUMNS = ["actor_id", "name_ar", "name_en", "type", "side", "kind", "phrase", "valid_from", "valid_to", "note"]
SIDES = ("RU", "US", "other")
MENTION_COLUMNS = ["doc_id", "sentence_id", "actor_id", "surface", "kind", "start", "end", "proclitic"]
MENTION_DTYPES = {"surface": object, "proclitic": object, "start": "int64", "end": "int64", "sentence_id": "int64"}
# Between a role and the name it introduces: spaces and at most one comma.
_APPOSITION_GAP = re.compile(r"\s*[,،]?\s*")
_ID_RE = re.compile(r"[a-z][a-z0-9_]*|[-*]")


# --- the lexicon -------------------------------------------------------------------------


def load_actors(path: str | Path | None = None, *, extend: bool = True) -> pd.DataFrame:
    """Load the actor lexicon (one row per phrase).

    Args:
        path: A CSV in the same shape as ``data/lexicons/actors.csv``;
            ``None`` loads the bundled table.
        extend: With a ``path``, add its rows to the bundled table (its rows
            win where the same actor and phrase appear in both); ``False``
            replaces the bundled table.

    Returns:
        The lexicon, with ``name_ar, name_en, type, side`` filled on every
        row of an actor, ``valid_from``/``valid_to`` as dates (NaT = open).

    Raises:
        LexiconError: a malformed row, named by file and line.

    Examples:
        >>> actors = load_actors()
        >>> actors.loc[actors.actor_id == "putin", "side"].unique().tolist()
        ['RU']
    """
    bundled_path = config.LEXICON_DIR / "actors.csv"
    if path is None:
        return _fill_actor_columns(_read_lexicon(bundled_path), bundled_path)
    own = _read_lexicon(Path(path))
    if extend:
        own = pd.concat([own, _read_lexicon(bundled_path)], ignore_index=True)
        own = own.drop_duplicates(["actor_id", "kind", "phrase"], keep="first")
    return _fill_actor_columns(own, Path(path))


@lru_cache(maxsize=4)
def _read_lexicon_cached(path: str, mtime: float) -> pd.DataFrame:
    table = read_table(path, ["actor_id", "kind", "phrase"], "actor table")
    for col in ACTOR_COLUMNS:
        if col not in table:
            table[col] = ""
    for i, row in table.iterrows():
        where = f"{path}, line {i + 2}"
        if not _ID_RE.fullmatch(row["actor_id"]):
            raise LexiconError(f"{where}: actor_id {row['actor_id']!r} must be lowercase ASCII (a-z, 0-9, _)")
        if row["kind"] not in KINDS:
            raise LexiconError(f"{where}: kind {row['kind']!r} is not one of {list(KINDS)}")
        if not row["phrase"].strip():
            raise LexiconError(f"{where}: empty phrase")
        if row["side"] and row["side"] not in SIDES:
            raise LexiconError(f"{where}: side {row['side']!r} is not one of {list(SIDES)}")
        for col in ("valid_from", "valid_to"):
            if row[col] and pd.isna(pd.to_datetime(row[col], errors="coerce")):
                raise LexiconError(f"{where}: {col} {row[col]!r} is not a date (YYYY-MM-DD)")
    return table[ACTOR_COLUMNS]


def _read_lexicon(path: Path) -> pd.DataFrame:
    if not path.exists():
        raise LexiconError(f"{path}: no such actor table")
    return _read_lexicon_cached(str(path), path.stat().st_mtime).copy()


def _fill_actor_columns(table: pd.DataFrame, path) -> pd.DataFrame:
    table = table.copy()
    for col in ("name_ar", "name_en", "type", "side"):
        first = table[table[col] != ""].groupby("actor_id")[col].first()
        table[col] = table["actor_id"].map(first).fillna("")
    real = table[~table.actor_id.isin(["-", "*"])]
    lacking = sorted(real.loc[real.side == "", "actor_id"].unique())
    if lacking:
        raise LexiconError(f"{path}: actor(s) {lacking} have no side (RU / US / other) on any row")
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
    """One compiled pattern over every phrase, and what each phrase means."""

    def __init__(self, actors: pd.DataFrame) -> None:
        self.entries: dict[str, list[_Entry]] = {}
        for aid, kind, phrase, vf, vt in zip(actors.actor_id, actors.kind, actors.phrase, actors.valid_from, actors.valid_to):
            key = " ".join(normalize(phrase).split())
            self.entries.setdefault(key, []).append(_Entry(aid, kind, vf, vt))
        keys = set(self.entries)
        # للكرملين = ل + الكرملين with the alef dropped: index the form without it
        self.alias = {"ل" + k[2:]: k for k in keys if k.startswith("ال") and len(k) > 3 and " " not in k[:3]}
        trie = trie_regex(sorted(keys | set(self.alias)))
        body = rf"(?P<pre>[وف]?[بلك]?)(?P<term>{trie})(?![^\W_])"
        self.pattern = re.compile(rf"(?<![^\W_]){body}")
        # The same matches, found faster over " " + text (see polarity._TermMatcher.padded);
        # ``pattern`` is the plain recipe the tests compare with.
        self.padded = re.compile(rf"[\W_]{body}")
        self.single = {k: v[0] for k, v in self.entries.items() if len(v) == 1}
        self.single.update({a: self.single[k] for a, k in self.alias.items() if a not in self.entries and k in self.single})
        self._dated: dict[tuple, _Entry | None] = {}
        self.leaders = frozenset(actors.loc[(actors.kind == "role") & actors.phrase.str.startswith("الزعيم"), "actor_id"])
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
        key = self.alias.get(key, key) if key not in self.entries else key
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


def actor_matcher(actors: pd.DataFrame) -> _Matcher:
    """The compiled matcher of an actor lexicon (built once per table)."""
    return _MATCHERS.get(actors, _Matcher)


# --- finding mentions -------------------------------------------------------------------------


def find_mentions(
    corpus: pd.DataFrame,
    text_col: str = "text_clean",
    actors: pd.DataFrame | None = None,
    *,
    date_col: str = "published",
) -> pd.DataFrame:
    """Every mention of an actor, one row each.

    Args:
        corpus: One row per article, with ``doc_id`` and ``text_col``.
        text_col: The text to search; offsets index it.
        actors: A lexicon from :func:`load_actors` (default: bundled).
        date_col: The article date that decides dated roles (الرئيس
            الأمريكي); where it is missing, ``event_date`` is tried, then the
            role's most recent holder.

    Returns:
        ``doc_id, sentence_id, actor_id, surface, kind, start, end,
        proclitic`` with ``corpus[text_col][start:end] == surface``;
        ``kind`` is name, role or group (a group mention gives one row per
        member); ``proclitic`` is what is attached before it (و، ل، وب ...,
        normalised; ل for the لل form of an article word).

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2021-03-19")],
        ...     "text_clean": ["قال الرئيس الروسي، فلاديمير بوتين، إن لبايدن تاريخا."]})
        >>> find_mentions(df)[["actor_id", "surface", "kind"]].values.tolist()
        [['putin', 'الرئيس الروسي، فلاديمير بوتين', 'name'], ['biden', 'لبايدن', 'name']]
    """
    actors = load_actors() if actors is None else actors
    m = actor_matcher(actors)
    rows: list[tuple] = []
    for doc_id, text, date in zip(corpus["doc_id"], corpus[text_col], doc_dates(corpus, date_col)):
        if isinstance(text, str) and text:
            rows.extend(mention_rows(doc_id, NormalizedText(text), m, date))
    return mention_frame(rows)


def mention_frame(rows: list[tuple]) -> pd.DataFrame:
    """The mention table from rows in the order of ``MENTION_COLUMNS``."""
    return frame_from_rows(rows, MENTION_COLUMNS, MENTION_DTYPES)


def doc_dates(corpus: pd.DataFrame, date_col: str = "published") -> list:
    """Each article's date for dated roles: ``date_col``, else ``event_date``, else None."""
    dates = corpus[date_col] if date_col in corpus else pd.Series(pd.NaT, index=corpus.index)
    if "event_date" in corpus:
        dates = dates.fillna(corpus["event_date"])
    return [None if pd.isna(d) else d for d in pd.to_datetime(dates)]


def mention_rows(doc_id, doc: NormalizedText, m: _Matcher, date) -> list[tuple]:
    """One article's rows of the mention table (see :func:`find_mentions`)."""
    found = _doc_mentions(doc, m, date)
    if not found:
        return []
    text = doc.text
    ends = [b for _, b in doc.sentences]
    return [(doc_id, bisect_right(ends, a), aid, text[a:b], kind, a, b, pre) for aid, kind, a, b, pre in found]


def _doc_mentions(doc: NormalizedText, m: _Matcher, date) -> list[tuple[str, str, int, int, str]]:
    text, norm, offsets = doc.text, doc.norm, doc.offsets
    hits = []  # (entry, norm_start_of_match, norm_end, proclitic)
    for hit in m.padded.finditer(" " + norm):  # hit.start() is the separator: where the match starts in norm
        key = hit.group("term")
        if not key.isalnum():  # a phrase of several words: any run of spaces is one
            key = " ".join(key.split())
        entry = m.resolve(key, date)
        if entry is not None:
            pre = hit.group("pre") + ("ل" if key in m.alias and key not in m.entries else "")
            hits.append((entry, hit.start(), hit.end() - 1, pre))
    merged: list[tuple[str, str, int, int, str]] = []
    groups: list[tuple[str, int, int]] = []
    i = 0
    while i < len(hits):
        entry, a, b, pre = hits[i]
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if entry.kind in {"role", "title"} and nxt and nxt[0].kind == "name" and _apposition(norm, b, nxt[1]):
            merged.append((nxt[0].actor_id, "name", a, nxt[2], pre))
            i += 2
            continue
        if entry.kind in {"name", "role"}:
            merged.append((entry.actor_id, entry.kind, a, b, pre))
        elif entry.kind == "group":
            groups.append((pre, a, b))
        i += 1
    found = [(aid, kind, *_orig(offsets, a, b), pre) for aid, kind, a, b, pre in merged]
    if groups:
        found += _resolve_groups(text, norm, offsets, groups, merged, m)
        found.sort(key=lambda r: (r[2], r[0]))
    return found


def _apposition(norm: str, end: int, start: int) -> bool:
    return _APPOSITION_GAP.fullmatch(norm, end, start) is not None


def _orig(offsets: np.ndarray, a: int, b: int) -> tuple[int, int]:
    return int(offsets[a]), int(offsets[b - 1]) + 1


def _resolve_groups(text, norm, offsets, groups, merged, m: _Matcher) -> list[tuple[str, str, int, int]]:
    counts = Counter(aid for aid, *_ in merged)
    ranked = [aid for aid, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    out = []
    for pre, a, b in groups:
        phrase = norm[a:b]
        pool = m.countries if any(w in phrase for w in ("بلد",)) else m.leaders
        members = [aid for aid in ranked if aid in pool][:2]
        if len(members) == 2:
            oa, ob = _orig(offsets, a, b)
            out.extend((aid, "group", oa, ob, pre) for aid in sorted(members))
    return out
