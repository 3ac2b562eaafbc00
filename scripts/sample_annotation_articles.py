"""Draw the held-out random sample of real articles that the hand annotations are made on.

The development corpus is split once, by a hash of each ``doc_id``, into a
*rules* part (72%: read it, write patterns and tables from it), a held-out
*evaluation* part (20%: never read while writing rules) and a *reserve*
(8%, taken out of the rules part in round 72, when the evaluation part's
general news was nearly all sampled; never read since). The annotation
sample is drawn at random, with a fixed seed, from the political articles
(``--n``) and the other articles (``--general``) of a held-out part, so that
the figures in README measure the rules on text they were not tuned on.

Usage::

    python scripts/sample_annotation_articles.py \
        --corpus ../shared/corpora/saudinewsnet-dev.jsonl.gz --n 60 --seed 2026

writes ``data/annotations/real/articles.jsonl`` (the sampled articles, with
the licence note in that folder's README).

A held-out article is not held out when the corpus carries its text again
(an outlet's repeat, another outlet's copy of the same agency text) in the
rules split or in an earlier sample: a rule written on the copy scores it.
So, from round 73, the candidates that are copies of an ``--exclude``d
article or of a rules-split article (at least half their word 5-grams in
it: ``text_copies.py``; the threshold is chosen in ``held_out_copies.py``)
are left out before the draw; ``--keep-copies`` keeps them (and draws the
samples before round 73 again, seed for seed). ``--copy-threshold`` sets the
share: sample BX (round 74), drawn at 0.5, still had six annotated articles
at 0.38-0.48 of another article's 5-grams, the same release reworded (as
``held_out_copies.py`` reads the band from 0.34), so a draw that must be
held out from reworded releases too passes ``--copy-threshold 0.34``.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from text_copies import THRESHOLD, closest_copies, is_copy  # noqa: E402

# An article is "political" for sampling when its title or opening names one
# of these (normalised loosely: both hamza spellings listed). Kept broad on
# purpose: the annotators skip, and record, any sampled article that turns out
# not to be political news.
POLITICAL_MARKERS = (
    "إيران", "ايران", "الإيراني", "طهران", "اليمن", "اليمني", "الحوثي", "صنعاء",
    "عدن", "سوريا", "السوري", "دمشق", "العراق", "العراقي", "بغداد", "مصر",
    "المصري", "القاهرة", "روسيا", "الروسي", "موسكو", "الولايات المتحدة",
    "الأمريكي", "الأميركي", "واشنطن", "تركيا", "التركي", "أنقرة", "إسرائيل",
    "الإسرائيلي", "فلسطين", "الفلسطيني", "لبنان", "اللبناني", "ليبيا",
    "الليبي", "قطر", "الإمارات", "البحرين", "الكويت", "عمان", "الأردن",
    "الأمم المتحدة", "مجلس الأمن", "الجامعة العربية", "الاتحاد الأوروبي",
    "داعش", "حزب الله", "حماس", "القاعدة", "التحالف", "الاتفاق النووي",
    "وزير الخارجية", "وزارة الخارجية", "خادم الحرمين", "ولي العهد",
    "الرئيس", "رئيس الوزراء", "البيت الأبيض", "الكرملين",
)
# A sampled article must show at least this many different markers in its
# title and opening: one bare word (a place name in a sports report, say)
# is not enough to make it political news.
MIN_MARKERS = 2


def split_of(doc_id: str) -> str:
    """Return ``"eval"`` for the held-out fifth of the corpus, ``"reserve"``
    for the second held-out part (a tenth of the rest, 8% of the corpus),
    ``"rules"`` otherwise.

    The reserve was taken out of the rules split in round 72, when the
    evaluation fifth's general news was nearly all sampled; from then on it
    is never read while writing rules. Rules written before round 72 may
    have read some of its articles (see docs/evaluation.md).

    >>> split_of("x") in {"eval", "reserve", "rules"}
    True
    """
    value = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:8], 16)
    if value % 5 == 0:
        return "eval"
    return "reserve" if (value // 5) % 10 == 0 else "rules"


def is_political(row: dict) -> bool:
    head = (row.get("title") or "") + " " + (row.get("text") or "")[:600]
    return sum(marker in head for marker in POLITICAL_MARKERS) >= MIN_MARKERS


def copies_left_out(candidates: list[dict], rows: list[dict], excluded: list[tuple[str, dict]],
                    threshold: float = THRESHOLD) -> set[str]:
    """The ``doc_id``s of the ``candidates`` that are copies of a rules-split article of ``rows`` or of an
    ``excluded`` article (``(sample, article)`` pairs), by :func:`text_copies.closest_copies`: at least
    ``threshold`` of their word 5-grams in it."""
    others = [("rules", r) for r in rows if split_of(r["doc_id"]) == "rules"] + excluded
    return {c.doc_id for c in closest_copies(candidates, others) if is_copy(c, threshold)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="../shared/corpora/saudinewsnet-dev.jsonl.gz")
    parser.add_argument("--n", type=int, default=120)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", default="data/annotations/real/articles.jsonl")
    parser.add_argument("--exclude", action="extend", nargs="+", default=[], metavar="JSONL",
                        help="one or more JSONL samples whose articles are left out (a fresh sample after "
                             "earlier ones); may be given more than once")
    parser.add_argument("--force", action="store_true",
                        help="overwrite --out if it exists (an annotated sample's articles are never replaced "
                             "by accident)")
    parser.add_argument("--split", choices=("eval", "reserve"), default="eval",
                        help="the held-out part to draw from: the evaluation fifth (default), or the reserve "
                             "taken out of the rules split in round 72 once the fifth's general news ran out")
    parser.add_argument("--general", type=int, default=0, metavar="N",
                        help="also draw N articles of the split that are not political by the markers "
                             "(general news: local, economy, sport), after the political ones")
    parser.add_argument("--keep-copies", action="store_true",
                        help="keep the candidates that are copies of an excluded or a rules-split article "
                             "(left out by default; the draws before round 73 kept them)")
    parser.add_argument("--copy-threshold", type=float, default=THRESHOLD, metavar="SHARE",
                        help=f"the share of a candidate's word 5-grams found in one such article that makes it a "
                             f"copy (default {THRESHOLD}; 0.34 leaves out reworded releases too)")
    args = parser.parse_args()
    if not 0 < args.copy_threshold <= 1:
        raise SystemExit(f"--copy-threshold must be a share above 0 and at most 1, not {args.copy_threshold}")
    out_path = Path(args.out)
    if out_path.exists() and not args.force:
        raise SystemExit(f"{out_path} exists: choose another --out, or pass --force to replace it")
    with gzip.open(args.corpus, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    excluded = [(Path(path).parent.name, json.loads(line)) for path in args.exclude
                for line in open(path, encoding="utf-8") if line.strip()]
    seen = {row["doc_id"] for _, row in excluded}
    held_out = sorted((r for r in rows if split_of(r["doc_id"]) == args.split and r["doc_id"] not in seen),
                      key=lambda r: r["doc_id"])
    if not args.keep_copies:
        copies = copies_left_out(held_out, rows, excluded, args.copy_threshold)
        held_out = [r for r in held_out if r["doc_id"] not in copies]
        print(f"left out {len(copies)} candidates of the {args.split} split that are copies of an excluded or a "
              f"rules-split article ({args.copy_threshold:g} of their word 5-grams in it; --keep-copies keeps them); "
              f"{sum(map(is_political, held_out))} political and {sum(not is_political(r) for r in held_out)} "
              f"general articles of the {args.split} split remain eligible")
    pool = [r for r in held_out if is_political(r)]
    general = [r for r in held_out if not is_political(r)]
    if args.n > len(pool) or args.general > len(general):
        hint = ", or draw from the reserve (--split reserve)" if args.split == "eval" else ""
        raise SystemExit(f"only {len(pool)} political and {len(general)} other articles of the {args.split} split are "
                         f"left after the excluded samples: ask for fewer (--n {args.n}, --general {args.general})"
                         f"{hint}")
    rng = random.Random(args.seed)
    sample = rng.sample(pool, args.n) + rng.sample(general, args.general)
    keep = ("doc_id", "outlet", "published", "title", "text")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as out:
        for row in sample:
            out.write(json.dumps({k: row[k] for k in keep}, ensure_ascii=False) + "\n")
    print(f"{len(rows)} articles, {len(pool)} political and {len(general)} others left in the {args.split} split; "
          f"wrote {len(sample)} ({args.n} political, {args.general} others) to {args.out}")


if __name__ == "__main__":
    main()
