"""Find the articles of a sample that are copies of an article the rules were written on.

The corpus is split into rules / evaluation / reserve by a hash of ``doc_id``
(:func:`sample_annotation_articles.split_of`), and each annotation sample
leaves out the earlier samples by ``doc_id``. SaudiNewsNet carries one story
many times, though: an outlet's repeat, another outlet's copy of the same
agency (SPA) text. A held-out article whose copy sits in the rules split or in
a development sample is not held out: a rule written on the copy scores it.

For each article of a sample this script finds its closest article among the
rules-split articles of the corpus and the articles of every development
sample (``data/annotations/real*/articles.jsonl`` but the sample itself and
the held-out samples named with ``--held-out``) by *containment*: the share
of the article's word 5-grams (title and text, words of the project's
:func:`q7x2lib.arabic.normalize`, ta marbuta folded) found in the other
article. It is linear in the corpus: the sample's 5-grams are indexed and the
corpus is read once.

Usage::

    python scripts/held_out_copies.py data/annotations/real_bw --held-out real_bv real_bw \\
        --out copies.csv --drop-out drop.txt

prints one row per article (``doc_id,containment,copy_of,copy_split_or_sample,
copy_outlet``) to stdout or ``--out``, and how many reach ``--threshold``.
``--drop-out`` writes those articles' ids, one a line, for the scoring
scripts' ``--drop-docs``.

The threshold, 0.5, was chosen by reading the eleven pairs of sample BU
between 0.34 and 0.62 and four between 0.17 and 0.26 (round 73). From about
0.45 up the article is another outlet's print of the same text, cut, re-headed
or with a paragraph added, its sentences the other's nearly word for word (a
share-market close 0.61, a tyre dealer's prize draw 0.60, an eye doctor's
advice 0.55, a university's Eid party 0.52, Taif photographers 0.50, a
footballer's transfer 0.49, a customs seizure 0.47). Between 0.34 and 0.45
it is still the same release in every pair read, reworded more (sentences
reordered, words changed; the names, numbers and quoted sentences the
same). At 0.17-0.26 the two are one event written up apart, sharing a
spokesman's sentence or a title. So containment measures text reuse, and
0.5 keeps the articles whose text is mostly another's; a stricter check of a
held-out figure may use 0.3 (``--threshold``), which takes the reworded
releases as well.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_annotation_articles import split_of  # noqa: E402
from text_copies import MIN_SHINGLES, SHINGLE_WORDS, THRESHOLD, closest_copies, is_copy  # noqa: E402

#: Where the annotation samples are.
ANNOTATIONS = Path(__file__).resolve().parents[1] / "data" / "annotations"


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def rules_articles(corpus: str | Path) -> Iterator[tuple[str, dict]]:
    """The corpus's rules-split articles, read one at a time, as ``("rules", article)``."""
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if split_of(row["doc_id"]) == "rules":
                yield "rules", row


def development_samples(sample: str | Path, held_out: Iterable[str] = (), root: Path = ANNOTATIONS) -> list[Path]:
    """The ``real*`` sample folders with articles, but ``sample`` and the ``held_out`` ones (folder names)."""
    skip = {Path(sample).resolve().name, *held_out}
    return [p for p in sorted(root.glob("real*")) if p.name not in skip and (p / "articles.jsonl").is_file()]


def sample_articles(folders: Iterable[Path]) -> Iterator[tuple[str, dict]]:
    """Each article of each sample folder as ``(folder name, article)``."""
    for folder in folders:
        for row in read_jsonl(folder / "articles.jsonl"):
            yield folder.name, row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sample", help="a sample folder with articles.jsonl")
    parser.add_argument("--corpus", default="../shared/corpora/saudinewsnet-dev.jsonl.gz")
    parser.add_argument("--held-out", nargs="*", default=[], metavar="NAME",
                        help="sample folders (names, e.g. real_bv) that are held out: not compared with")
    parser.add_argument("--annotations", type=Path, default=ANNOTATIONS, help="where the sample folders are")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--out", help="write the CSV here (default: stdout)")
    parser.add_argument("--drop-out", help="write the ids of the articles that reach the threshold here, one a line")
    args = parser.parse_args(argv)
    articles = read_jsonl(Path(args.sample) / "articles.jsonl")
    folders = development_samples(args.sample, args.held_out, args.annotations)
    copies = closest_copies(articles, chain(rules_articles(args.corpus), sample_articles(folders)))
    fields = ["doc_id", "containment", "copy_of", "copy_split_or_sample", "copy_outlet"]
    out = open(args.out, "w", encoding="utf-8", newline="") if args.out else sys.stdout
    writer = csv.writer(out)
    writer.writerow(fields)
    for c in copies:
        share = "" if c.containment is None else f"{c.containment:.3f}"
        writer.writerow([c.doc_id, share, c.copy_of, c.copy_split_or_sample, c.copy_outlet])
    if args.out:
        out.close()
    hits = [c for c in copies if is_copy(c, args.threshold)]
    if args.drop_out:
        Path(args.drop_out).write_text("".join(f"{c.doc_id}\n" for c in hits), encoding="utf-8")
    in_rules = sum(c.copy_split_or_sample == "rules" for c in hits)
    short = sum(c.containment is None for c in copies)
    print(f"{args.sample}: {short} articles too short to judge (fewer than {MIN_SHINGLES} 5-grams); "
          f"{len(hits)} of {len(articles)} articles have at least {args.threshold:g} of their word "
          f"{SHINGLE_WORDS}-grams in another article ({in_rules} in the rules split, {len(hits) - in_rules} in "
          f"{len(folders)} development samples)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
