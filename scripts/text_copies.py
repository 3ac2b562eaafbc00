"""Text copies across a corpus: the share of an article's word 5-grams found in another article (containment).

SaudiNewsNet carries one story many times (an outlet's repeat, another
outlet's copy of the same agency text). ``scripts/held_out_copies.py``
lists the articles of a sample that copy an article the rules were written
on, ``scripts/sample_annotation_articles.py`` leaves such copies out of a
draw, and the scoring scripts' ``--drop-docs`` scores a sample without them;
all three take the measure from here. The threshold is chosen in
``scripts/held_out_copies.py``'s docstring.
"""
from __future__ import annotations

import csv
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from q7x2lib.arabic import WORD_RE, normalize  # noqa: E402

#: Words a shingle holds.
SHINGLE_WORDS = 5
#: The containment from which an article counts as a copy (``scripts/held_out_copies.py`` says how it was chosen).
THRESHOLD = 0.5
#: An article with fewer 5-grams (fewer than 14 words) is not judged: in this corpus that is a title and a
#: byline with no text (about 150 of the rules split's 18,000 articles), whose 5-grams are a headline's words.
MIN_SHINGLES = 10


def article_words(article: dict) -> list[str]:
    """The normalised words of an article's title and text.

    >>> article_words({"title": "قالَ الأمير", "text": "زار جدة"})
    ['قال', 'الامير', 'زار', 'جده']
    """
    text = f"{article.get('title') or ''}\n{article.get('text') or ''}"
    return WORD_RE.findall(normalize(text, ta_marbuta=True))


def shingles(article: dict, size: int = SHINGLE_WORDS) -> set[int]:
    """The hashes of an article's word ``size``-grams (none when it has fewer words)."""
    words = article_words(article)
    return {hash(" ".join(words[i:i + size])) for i in range(len(words) - size + 1)}


@dataclass
class Copy:
    """An article's closest other article."""

    doc_id: str
    containment: float | None = 0.0
    copy_of: str = ""
    copy_split_or_sample: str = ""
    copy_outlet: str = ""


def closest_copies(articles: list[dict], others: Iterable[tuple[str, dict]]) -> list[Copy]:
    """For each of ``articles``, its closest article of ``others`` by containment.

    ``others`` yields ``(where, article)`` pairs (``where``: a split or a
    sample's name), read once: only the shingles of ``articles`` are kept, so
    the cost is linear in ``others``. An article of ``others`` with the same
    ``doc_id`` is the article itself and is passed over. Ties keep the first.
    An article of fewer than ``MIN_SHINGLES`` 5-grams is not judged (its
    containment is ``None``).

    >>> a = {"doc_id": "a", "title": "", "text": "وصل أمير المنطقة إلى جدة اليوم قادما من الرياض في زيارة رسمية تستمر يومين"}
    >>> b = {"doc_id": "b", "outlet": "sabq", "title": "", "text": "وصل أمير المنطقة إلى جدة اليوم قادما من الرياض لحضور حفل"}
    >>> c = closest_copies([a], [("rules", b)])[0]
    >>> round(c.containment, 2), c.copy_of, c.copy_split_or_sample
    (0.5, 'b', 'rules')
    """
    own = [shingles(a) for a in articles]
    index: dict[int, list[int]] = defaultdict(list)
    for i, found in enumerate(own):
        if len(found) >= MIN_SHINGLES:
            for h in found:
                index[h].append(i)
    best = [Copy(a["doc_id"], 0.0 if len(found) >= MIN_SHINGLES else None) for a, found in zip(articles, own)]
    for where, other in others:
        counts: dict[int, int] = defaultdict(int)
        for h in shingles(other) & index.keys():
            for i in index[h]:
                counts[i] += 1
        for i, n in counts.items():
            share = n / len(own[i])
            if share > best[i].containment and other["doc_id"] != articles[i]["doc_id"]:
                best[i] = Copy(articles[i]["doc_id"], share, other["doc_id"], where, other.get("outlet") or "")
    return best


def is_copy(found: Copy, threshold: float = THRESHOLD) -> bool:
    """Whether the article reaches the threshold (an article too short to judge never does)."""
    return found.containment is not None and found.containment >= threshold


def read_doc_ids(path: str | Path) -> set[str]:
    """The ``doc_id``s a file lists: a CSV with a ``doc_id`` column, or one id a line (blank lines and ``#`` notes skipped).

    The scoring scripts' ``--drop-docs`` reads it; ``held_out_copies.py --drop-out`` writes it.
    """
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    header = next((line for line in lines if line.strip() and not line.startswith("#")), "")
    if "doc_id" in [c.strip() for c in header.split(",")]:
        with open(path, encoding="utf-8", newline="") as handle:
            return {row["doc_id"].strip() for row in csv.DictReader(handle) if (row["doc_id"] or "").strip()}
    return {line.split(",")[0].strip() for line in lines if line.strip() and not line.startswith("#")}


def without_articles(sample, drop: set[str] | None):
    """``sample`` (one row per field, its article in ``article``) without the articles in ``drop``, and how many
    articles that left out: what the scoring scripts' ``--drop-docs`` scores.

    >>> import pandas as pd
    >>> fields = pd.DataFrame({"doc_id": ["a#title", "a#text", "b#title"], "article": ["a", "a", "b"]})
    >>> kept, n = without_articles(fields, {"a", "z"})
    >>> kept["doc_id"].tolist(), n
    (['b#title'], 1)
    """
    if not drop:
        return sample, 0
    gone = sample["article"].isin(drop)
    return sample[~gone].reset_index(drop=True), int(sample.loc[gone, "article"].nunique())
