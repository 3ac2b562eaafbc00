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
(the third set ``groups_c``). Several folders after ``--gold`` are scored
from one run of event_groups and story_threads (the corpus, its actors and
the groups are computed once, not once per set), each set's lines in turn,
then one summary table with a row per set and, last, a ``pooled`` row (four decimals): the pairs of
every set summed before precision, recall and F1 are taken (each set's
thread pairs too, over the sets with threads), the figure docs/evaluation.md
reports over all development sets::

    python scripts/score_event_groups.py --gold data/annotations/real data/annotations/groups_b

``--errors N`` also lists the wrong joins (:func:`q7x2lib.validation.wrong_joins`):
for each pair of gold groups that event_groups puts together, how many
article pairs, in how large a group, how many by a direct link (the pairs
of event_pairs that reach the threshold) rather than a chain, and the
headlines of one pair; the N pairs of gold groups with most wrong pairs.

``--thread-misses N`` lists, for each set with threads, up to N missed thread pairs (:func:`thread_misses`): two
gold groups of one gold thread whose articles story_threads puts in different threads, with the days between
their first articles, the headline words they share and one headline of each.
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
    which.add_argument("--gold", type=Path, nargs="+",
                       help="one or more folders with event_groups.csv and event_pairs_negative.csv")
    parser.add_argument("--corpus", type=Path, default=DEV_CORPUS)
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="list the N most frequent wrong joins")
    parser.add_argument("--thread-misses", type=int, default=0, metavar="N",
                        help="list up to N pairs of gold groups of one gold thread left in different threads")
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
    sizes = events["event_group"].value_counts()
    pd.set_option("display.width", 200)
    golds = args.gold or [None]
    summary, scored, links = [], [], None
    for gold in golds:
        groups, negatives, members = gold_set(gold, args.half)
        scores = score_set(events, threads, groups, negatives, members)
        print(f"{f'gold {gold.name}' if gold else f'half {args.half}'}: {len(corpus):,} articles; loading and actors {loaded - start:.0f} s, "
              f"event_groups and story_threads {grouped - loaded:.0f} s")
        print(f"{(sizes > 1).sum():,} events of two articles or more ({sizes[sizes > 1].sum():,} articles), largest {sizes.max()}")
        print(thread_sizes(threads))
        print(scores.to_string())
        if args.errors:
            links = error_links(corpus, mentions) if links is None else links  # once for every set
            print(errors_table(corpus, events, groups, links).head(args.errors).to_string())
        if args.thread_misses and members is not None:
            print(thread_misses(corpus, threads, groups, members).head(args.thread_misses).to_string())
        summary.append(summary_row(gold.name if gold else f"half {args.half}", scores))
        scored.append(scores)
    if len(golds) > 1:
        summary.append(summary_row("pooled", pooled(scored), digits=4))
        print(pd.DataFrame(summary).set_index("set").to_string())
    return 0


def gold_set(gold: Path | None, half: int | None) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame | None]:
    """The gold groups, hard negatives and thread members (None without ``story_threads.csv``) of one folder or half."""
    if gold is not None:
        groups = validation.load_gold_groups(gold / "event_groups.csv")
        negatives = validation.load_gold_negatives(gold / "event_pairs_negative.csv")
        thread_file = gold / "story_threads.csv"
        return groups, negatives, validation.gold_thread_members(groups, thread_file) if thread_file.exists() else None
    groups, negatives = gold_half(validation.load_gold_groups(), validation.load_gold_negatives(), half)
    return groups, negatives, validation.gold_thread_members(groups)


def score_set(events: pd.DataFrame, threads: pd.DataFrame, groups: pd.DataFrame, negatives: pd.DataFrame,
              members: pd.DataFrame | None) -> pd.DataFrame:
    """:func:`q7x2lib.validation.score_groups` of the event groups and (with ``members``) the story threads, a row each."""
    parts = [validation.score_groups(events, groups, negatives).assign(grouping="event_groups")]
    if members is not None:
        parts.append(validation.score_groups(threads, members, pred_col="story_thread", gold_col="thread_id")
                     .assign(grouping="story_threads"))
    return pd.concat(parts).set_index("grouping")


def summary_row(name: str, scores: pd.DataFrame, digits: int = 3) -> dict:
    """One set's line of the summary: event groups P / R / F1 and negatives joined, threads P / R / F1 when scored.

    Examples:
        >>> scores = pd.DataFrame({"precision": [0.9, 1.0], "recall": [0.8, 0.5], "f1": [0.847, 0.667],
        ...                        "negatives_joined": [3, None], "negatives": [40, None]},
        ...                       index=pd.Index(["event_groups", "story_threads"], name="grouping"))
        >>> summary_row("groups_b", scores)
        {'set': 'groups_b', 'groups P/R/F1': '0.900 / 0.800 / 0.847', 'negatives joined': '3 of 40', 'threads P/R/F1': '1.000 / 0.500 / 0.667'}
    """
    def prf(row: pd.Series) -> str:
        return " / ".join(f"{row[k]:.{digits}f}" for k in ("precision", "recall", "f1"))

    groups = scores.loc["event_groups"]
    row = {"set": name, "groups P/R/F1": prf(groups),
           "negatives joined": f"{int(groups['negatives_joined'])} of {int(groups['negatives'])}"}
    row["threads P/R/F1"] = prf(scores.loc["story_threads"]) if "story_threads" in scores.index else ""
    return row


def pooled(scored: list) -> pd.DataFrame:
    """The :func:`score_set` tables of several sets as one: their pairs and negatives summed, then P / R / F1.

    Pooling weighs each set by its pairs, not each set alike: a set of 2,000 gold pairs moves the figure more than one
    of 90. Story threads pool over the sets that have them (none: no ``story_threads`` row).

    Examples:
        >>> one = pd.DataFrame({"gold_pairs": [10, 8], "pred_pairs": [10, 4], "true_pairs": [8, 4], "negatives": [5, None],
        ...                     "negatives_joined": [1, None]}, index=pd.Index(["event_groups", "story_threads"], name="grouping"))
        >>> two = pd.DataFrame({"gold_pairs": [30], "pred_pairs": [20], "true_pairs": [20], "negatives": [7],
        ...                     "negatives_joined": [2]}, index=pd.Index(["event_groups"], name="grouping"))
        >>> summary_row("pooled", pooled([one, two]), digits=4)
        {'set': 'pooled', 'groups P/R/F1': '0.9333 / 0.7000 / 0.8000', 'negatives joined': '3 of 12', 'threads P/R/F1': '1.0000 / 0.5000 / 0.6667'}
    """
    rows = {}
    for grouping in ("event_groups", "story_threads"):
        parts = [s.loc[grouping] for s in scored if grouping in s.index]
        if not parts:
            continue
        total = pd.DataFrame(parts)[["gold_pairs", "pred_pairs", "true_pairs", "negatives", "negatives_joined"]].sum()
        p, r, f1 = validation.pair_scores(total["true_pairs"], total["pred_pairs"], total["gold_pairs"])
        rows[grouping] = {**total.to_dict(), "precision": p, "recall": r, "f1": f1}
    return pd.DataFrame.from_dict(rows, orient="index").rename_axis("grouping")


def thread_misses(corpus: pd.DataFrame, threads: pd.DataFrame, groups: pd.DataFrame, members: pd.DataFrame) -> pd.DataFrame:
    """The missed thread pairs: two gold groups of one gold thread with articles in different predicted threads.

    One row per such pair of groups: ``thread_id, group_a, group_b, split`` (article pairs in different threads, of
    ``pairs``), ``days`` (between the two groups' first articles), ``shared_words`` (headline words of three letters
    or more in both groups' first headlines) and those two headlines; most split pairs first.

    Examples:
        >>> corpus = pd.DataFrame({"doc_id": list("abc"), "published": pd.to_datetime(["2015-08-01", "2015-08-01", "2015-08-04"]),
        ...                        "title": ["الوزير يصل إلى جدة", "الوزير في جدة", "الوزير يغادر جدة"]})
        >>> threads = pd.DataFrame({"doc_id": list("abc"), "story_thread": [0, 0, 1]})
        >>> groups = pd.DataFrame({"doc_id": list("abc"), "group_id": ["g1", "g1", "g2"]})
        >>> members = pd.DataFrame({"doc_id": list("abc"), "thread_id": ["t1"] * 3})
        >>> thread_misses(corpus, threads, groups, members)[["group_a", "group_b", "split", "pairs", "days", "shared_words"]].values.tolist()
        [['g1', 'g2', 2, 2, 3, 2]]
    """
    import itertools
    import re

    from q7x2lib.arabic import normalize

    thread = threads.set_index("doc_id")["story_thread"]
    info = corpus.set_index("doc_id")[["published", "title"]]
    m = members.merge(groups[["doc_id", "group_id"]], on="doc_id").sort_values("doc_id")
    m = m.assign(pred=m["doc_id"].map(thread), published=m["doc_id"].map(info["published"]))
    m = m.sort_values(["published", "doc_id"])

    def words(title: str) -> set:
        return {w for w in re.findall(r"\w+", normalize(str(title))) if len(w) > 2}

    rows = []
    for thread_id, sub in m.groupby("thread_id"):
        for (ga, a), (gb, b) in itertools.combinations(sub.groupby("group_id"), 2):
            split = int(sum(x != y or pd.isna(x) for x in a["pred"] for y in b["pred"]))
            if not split:
                continue
            ta, tb = info.at[a["doc_id"].iloc[0], "title"], info.at[b["doc_id"].iloc[0], "title"]
            rows.append({"thread_id": thread_id, "group_a": ga, "group_b": gb, "split": split, "pairs": len(a) * len(b),
                         "days": abs((b["published"].iloc[0] - a["published"].iloc[0]).days),
                         "shared_words": len(words(ta) & words(tb)), "title_a": ta, "title_b": tb})
    cols = ["thread_id", "group_a", "group_b", "split", "pairs", "days", "shared_words", "title_a", "title_b"]
    return pd.DataFrame(rows, columns=cols).sort_values(["split", "thread_id"], ascending=[False, True], ignore_index=True)


def error_links(corpus: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """The pairs of event_pairs that reach the threshold (short of shared neighbours, a step higher): the direct links
    :func:`errors_table` reports."""
    from q7x2lib.compare._stories import SCALE_THRESHOLDS, UNSHARED_LINK_STEP, _links

    return _links(compare.event_pairs(corpus, "word", mentions=mentions, max_days=2), SCALE_THRESHOLDS["word"],
                  unshared_step=UNSHARED_LINK_STEP)


def errors_table(corpus: pd.DataFrame, events: pd.DataFrame, groups: pd.DataFrame, links: pd.DataFrame) -> pd.DataFrame:
    """The wrong joins by pair of gold groups: pairs, direct links, group size, one pair's headlines."""
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
