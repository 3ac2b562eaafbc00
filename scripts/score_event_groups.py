"""Score event_groups and story_threads on one half of the gold event groups of the development corpus.

The gold groups (``data/annotations/real/event_groups.csv``) are split in two
halves by a hash of the group id: ``int(sha1(group_id), 16) % 2``. Rules and
settings are developed on half 0; half 1 is scored once, at the end. The
script loads the development corpus, finds the actors each article names,
runs :func:`q7x2lib.compare.event_groups` and
:func:`q7x2lib.compare.story_threads` with their defaults, as notebook 10
does, and prints :func:`q7x2lib.validation.score_groups` for the articles of
that half: pairwise precision, recall and F1 of events (with the hard
negatives of ``event_pairs_negative.csv`` whose articles belong to that half
or to no gold group) and of story threads (``story_threads.csv``, the gold
threads' groups of that half), and one line on the sizes of the story
threads of the whole corpus (articles, events and days per thread of two
events or more).

Usage::

    python scripts/score_event_groups.py --half 0
    python scripts/score_event_groups.py --half 1 --corpus FILE
    python scripts/score_event_groups.py --gold data/annotations/groups_b
    python scripts/score_event_groups.py --gold data/annotations/groups_c

``--gold FOLDER`` scores every group of another gold set instead (a folder
with ``event_groups.csv`` and ``event_pairs_negative.csv`` in the same
columns, such as the second set ``groups_b``, made after the rules were
fixed), and its story threads too when the folder holds ``story_threads.csv``
(the third set ``groups_c``).

``--errors N`` also lists the wrong joins (:func:`q7x2lib.validation.wrong_joins`):
for each pair of gold groups that event_groups puts together, how many
article pairs, in how large a group, how many by a direct link (the pairs
of event_pairs that reach the threshold) rather than a chain, and the
headlines of one pair; the N pairs of gold groups with most wrong pairs.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import q7x2lib  # noqa: E402
from q7x2lib import compare, validation  # noqa: E402

DEV_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "saudinewsnet-dev.jsonl.gz"


def half_of(group_id: str) -> int:
    """0 or 1: the half of the gold groups a group belongs to."""
    return int(hashlib.sha1(group_id.encode()).hexdigest(), 16) % 2


def gold_half(gold: pd.DataFrame, negatives: pd.DataFrame, half: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The gold groups of one half, and the negatives with an article in that half and none in the other."""
    groups = gold[gold["group_id"].map(half_of) == half]
    doc_half = dict(zip(gold["doc_id"], gold["group_id"].map(half_of)))
    a, b = negatives["doc_a"].map(doc_half), negatives["doc_b"].map(doc_half)
    keep = ((a == half) | (b == half)) & (a != 1 - half) & (b != 1 - half)
    return groups, negatives[keep]


def thread_sizes(threads: pd.DataFrame) -> str:
    """One line on the story threads of the whole corpus: how many, how large, over how many days and events."""
    per = threads.groupby("story_thread").agg(size=("doc_id", "size"), events=("event_group", "nunique"),
                                              first=("date", "min"), last=("date", "max"))
    several = per[per["events"] > 1]
    span = (several["last"] - several["first"]).dt.days
    q = several["size"].quantile([0.5, 0.9, 0.99]).round().astype(int).tolist() if len(several) else [0, 0, 0]
    return (f"{len(several):,} threads of two events or more ({several['size'].sum():,} articles); articles per thread "
            f"median {q[0]}, 90% {q[1]}, 99% {q[2]}, largest {several['size'].max() if len(several) else 0}; "
            f"events per thread up to {several['events'].max() if len(several) else 0}; days from first to last article up to "
            f"{span.max() if len(several) else 0}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--half", type=int, choices=[0, 1])
    which.add_argument("--gold", type=Path, help="a folder with event_groups.csv and event_pairs_negative.csv")
    parser.add_argument("--corpus", type=Path, default=DEV_CORPUS)
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="list the N most frequent wrong joins")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"No development corpus at {args.corpus}: pass --corpus FILE.", file=sys.stderr)
        return 1
    start = time.perf_counter()
    corpus = q7x2lib.load_corpus(args.corpus)
    mentions = q7x2lib.find_mentions(corpus)
    loaded = time.perf_counter()
    events = compare.event_groups(corpus, mentions=mentions)
    threads = compare.story_threads(corpus, mentions=mentions, events=events)
    grouped = time.perf_counter()
    if args.gold:
        groups = validation.load_gold_groups(args.gold / "event_groups.csv")
        negatives = validation.load_gold_negatives(args.gold / "event_pairs_negative.csv")
        thread_file = args.gold / "story_threads.csv"
        members = validation.gold_thread_members(groups, thread_file) if thread_file.exists() else None
    else:
        groups, negatives = gold_half(validation.load_gold_groups(), validation.load_gold_negatives(), args.half)
        members = validation.gold_thread_members(groups)
    parts = [validation.score_groups(events, groups, negatives).assign(grouping="event_groups")]
    if members is not None:
        parts.append(validation.score_groups(threads, members, pred_col="story_thread", gold_col="thread_id")
                     .assign(grouping="story_threads"))
    scores = pd.concat(parts).set_index("grouping")
    sizes = events["event_group"].value_counts()
    pd.set_option("display.width", 200)
    print(f"{f'gold {args.gold.name}' if args.gold else f'half {args.half}'}: {len(corpus):,} articles; loading and actors {loaded - start:.0f} s, "
          f"event_groups and story_threads {grouped - loaded:.0f} s")
    print(f"{(sizes > 1).sum():,} events of two articles or more ({sizes[sizes > 1].sum():,} articles), largest {sizes.max()}")
    print(thread_sizes(threads))
    print(scores.to_string())
    if args.errors:
        print(errors_table(corpus, mentions, events, groups).head(args.errors).to_string())
    return 0


def errors_table(corpus: pd.DataFrame, mentions: pd.DataFrame, events: pd.DataFrame, groups: pd.DataFrame) -> pd.DataFrame:
    """The wrong joins by pair of gold groups: pairs, direct links, group size, one pair's headlines."""
    from q7x2lib.compare._stories import SCALE_THRESHOLDS, _links

    links = _links(compare.event_pairs(corpus, "word", mentions=mentions, max_days=2), SCALE_THRESHOLDS["word"])
    wrong = validation.wrong_joins(events, groups, links)
    titles = corpus.set_index("doc_id")["title"]
    wrong = wrong.assign(title_a=wrong["doc_a"].map(titles), title_b=wrong["doc_b"].map(titles),
                         pair=[" ".join(sorted(p)) for p in zip(wrong["gold_a"], wrong["gold_b"])])
    return (wrong.sort_values("direct", ascending=False)
            .groupby("pair").agg(wrong_pairs=("doc_a", "size"), direct=("direct", "sum"), group_size=("group_size", "first"),
                                 title_a=("title_a", "first"), title_b=("title_b", "first"))
            .sort_values("wrong_pairs", ascending=False))


if __name__ == "__main__":
    sys.exit(main())
