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

#: Words after an office that are not a name (function words, titles, descriptors).
_NOT_NAME = frozenset(normalize(w) for w in (
    "في", "من", "الى", "إلى", "على", "عن", "مع", "أن", "إن", "ان", "بأن", "انه", "أنه", "التي", "الذي", "و", "قد",
    "كان", "كانت", "هو", "هي", "خلال", "بعد", "قبل", "أمس", "اليوم", "السابق", "الحالي", "الدكتور", "الشيخ",
    "الأمير", "المهندس", "اللواء", "العميد", "العقيد", "الفريق", "معالي", "سمو", "فضيلة", "السيد", "السيدة",
))
_WORD = re.compile(r"[^\W\d_]{2,}")
_MAX_NAME_WORDS = 3
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


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else float("nan")


def discover_actors(corpus: pd.DataFrame, mentions: pd.DataFrame, text_col: str = "text_clean", *,
                    min_count: int = 2, top: int = 50) -> pd.DataFrame:
    """Actors the tables do not know, that a reader would add: most frequent first.

    Two kinds of candidate, both read off the mentions the tables did find:

    * ``name after office``: the words right after an office that named no
      one (وقال رئيس نقابة الصيادلة محمد ...): a person's name the people
      table lacks, with the office's code as the suggested code;
    * ``office without country``: an office or institution written with no
      country the coder could see (الرئاسة، وزير الداخلية), with its agent.

    Args:
        corpus: The corpus (``doc_id`` and ``text_col``).
        mentions: Its :func:`q7x2lib.find_mentions` table.
        min_count: Fewest occurrences for a candidate to be listed.
        top: Most candidates listed per kind.

    Returns:
        ``kind, candidate, n, suggested_code, example``.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a", "b"], "published": pd.to_datetime(["2015-08-01"] * 2),
        ...     "text_clean": ["قال وزير الصحة المصري عادل عدوي إن", "وأكد وزير الصحة المصري عادل عدوي أن"]})
        >>> from q7x2lib import find_mentions
        >>> discover_actors(df, find_mentions(df))[["kind", "candidate", "n", "suggested_code"]].values.tolist()
        [['name after office', 'عادل عدوي', 2, 'EGYGOV']]
    """
    texts = dict(zip(corpus["doc_id"], corpus[text_col]))
    counts: Counter = Counter()
    codes: dict[tuple, Counter] = defaultdict(Counter)
    examples: dict[tuple, str] = {}
    offices = mentions[(mentions["kind"].isin(["agent", "role"])) & mentions["actor_id"].isna()]
    for doc_id, end, code, surface in zip(offices["doc_id"], offices["end"], offices["code"], offices["surface"]):
        text = texts.get(doc_id)
        if not isinstance(text, str):
            continue
        name = _name_after(text, end)
        if name:
            key = ("name after office", name)
            counts[key] += 1
            codes[key][code] += 1
            examples.setdefault(key, f"{surface} {name}")
    loose = mentions[(mentions["kind"] == "agent") & (mentions["country"] == "")]
    for surface, agent in zip(loose["surface"], loose["agent"]):
        key = ("office without country", " ".join(normalize(surface).split()))
        counts[key] += 1
        codes[key][agent] += 1
        examples.setdefault(key, surface)
    rows = [(kind, cand, n, codes[(kind, cand)].most_common(1)[0][0], examples[(kind, cand)])
            for (kind, cand), n in counts.items() if n >= min_count]
    out = pd.DataFrame(rows, columns=["kind", "candidate", "n", "suggested_code", "example"])
    out = out.sort_values(["kind", "n", "candidate"], ascending=[True, False, True], ignore_index=True)
    return out.groupby("kind", sort=False).head(top).reset_index(drop=True)


def _name_after(text: str, end: int) -> str | None:
    """Up to three name-like words right after ``end`` (no article, no function word), or None."""
    words = []
    for m in _WORD.finditer(text, end, min(len(text), end + 60)):
        gap = text[words[-1][1] if words else end : m.start()]
        if gap.strip(" "):  # punctuation ends a name
            break
        word = normalize(m.group())
        if word in _NOT_NAME or word.startswith("ال") or len(words) == _MAX_NAME_WORDS:
            break
        words.append((word, m.end()))
    return " ".join(w for w, _ in words) if len(words) >= 2 else None

