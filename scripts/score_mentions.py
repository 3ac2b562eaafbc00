"""Score the actor coder on an annotated real-news sample: detection, coded mentions, person resolved.

Usage:
    python scripts/score_mentions.py --sample data/annotations/real_b

The folder holds ``articles.jsonl``, ``annotated_articles.csv`` and
``mentions.csv`` in the shape of ``data/annotations/real/`` (see its
``mentions_guideline.md``). Each field (title, text) of each annotated
article is searched with :func:`q7x2lib.find_mentions` on its raw text and
its publication date; a prediction matches an overlapping gold mention of
the same field, one to one. Prints precision, recall and F1 for detection,
for coded mentions (country and agent both right) and for the person
resolved (the English name of the predicted person against ``actor_en``,
the same name spelt otherwise accepted: Sergei / Sergey Lavrov, and one Arabic
name transliterated two ways where the gold's surface writes the family name
the tables give the person: Judai / Jadie al-Qahtani; beside it the
strict letter-for-letter figure of the rounds before the tenth), then the
country and agent accuracy on matched mentions. Under "person", "name found"
is name detection: the share of the gold personal names a prediction overlaps
(recall) and the share of the predictions typed as a person (of the tables, or
a name no table knows) that overlap a gold person (precision):
:func:`q7x2lib.validation.score_name_detection`. Beside the strict
coded figure (the headline) it prints the coded figure with one convention
accepted as well: a capital or seat standing for its state (طهران،
الكرملين), which the mention guideline codes country only, predicted as
that state's GOV, as the event guideline and the coder code it.

``--drop-docs FILE`` (a CSV with a ``doc_id`` column, or one id a line:
``scripts/held_out_copies.py --drop-out`` writes it) scores the sample
without those articles, gold and predictions both, and says first how many
it dropped.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from text_copies import read_doc_ids, without_articles  # noqa: E402
from q7x2lib import validation  # noqa: E402
from q7x2lib.mentions import find_mentions  # noqa: E402


def scores(folder: str | Path | None = None, *, drop: set[str] | None = None):
    """The score table (``measure, value, n``) of the sample in ``folder`` (default: the first sample),
    without the articles in ``drop``."""
    return _scores(folder, drop)[0]


def _scores(folder, drop):
    """(the score table, the number of annotated articles, how many of them ``drop`` left out)."""
    import pandas as pd

    sample = validation.real_sample(folder)
    n_articles = sample["article"].nunique()
    sample, n_dropped = without_articles(sample, drop)
    gold = validation.load_real_mentions(sample, folder)
    pred = find_mentions(sample, text_col="text")
    coded = validation.score_coded_mentions(pred, gold, seats=validation.seat_phrases())
    names = validation.person_names()
    person = validation.score_person_mentions(pred, gold, names, name_words=validation.person_name_words())
    strict = validation.score_person_mentions(pred, gold, names, strict=True)
    strict["measure"] = strict["measure"].str.replace("person_", "person_strict_")
    found = validation.score_name_detection(pred, gold, names)
    return pd.concat([coded, person, strict, found], ignore_index=True), n_articles, n_dropped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", default=None, help="an annotated sample folder (default: data/annotations/real)")
    parser.add_argument("--drop-docs", metavar="FILE",
                        help="score without these articles (a CSV with a doc_id column, or one doc_id a line)")
    args = parser.parse_args(argv)
    if args.sample is not None:
        for name in ("articles.jsonl", "annotated_articles.csv", "mentions.csv"):
            if not (Path(args.sample) / name).is_file():
                parser.error(f"{args.sample} has no {name}")
    drop = read_doc_ids(args.drop_docs) if args.drop_docs else None
    table, n_articles, n_dropped = _scores(args.sample, drop)
    values = table.set_index("measure")
    if drop is not None:
        print(f"{args.sample or 'data/annotations/real'}: {n_dropped} of {n_articles} annotated articles dropped "
              f"({args.drop_docs} lists {len(drop)}); {n_articles - n_dropped} scored")
    print(f"{'':22}{'precision':>10}{'recall':>8}{'F1':>7}   n gold / n predicted")
    for name in ("detection", "coded", "coded_seat_gov", "person", "person_strict", "name_detection"):
        p, r, f = (values.at[f"{name}_{m}", "value"] for m in ("precision", "recall", "f1"))
        n_pred, n_gold = values.at[f"{name}_precision", "n"], values.at[f"{name}_recall", "n"]
        if name == "coded_seat_gov":  # beside the headline, not instead of it
            print(f"{'  seat = GOV accepted':22}{p:>10.3f}{r:>8.3f}{f:>7.3f}   {int(values.at['seat_gov_pairs', 'value'])} "
                  "capitals/seats coded GOV where the gold codes the country only")
            continue
        if name == "person_strict":
            print(f"{'  spelling strict':22}{p:>10.3f}{r:>8.3f}{f:>7.3f}   (Sergei is not Sergey: the rounds before the tenth)")
            continue
        if name == "name_detection":  # a person found at all, named or not (no table need know them)
            print(f"{'  name found':22}{p:>10.3f}{r:>8.3f}{f:>7.3f}   {n_gold} gold names / {n_pred} predicted persons")
            continue
        print(f"{name:22}{p:>10.3f}{r:>8.3f}{f:>7.3f}   {n_gold} / {n_pred}")
    for col in ("country", "agent"):
        print(f"{col + ' accuracy':22}{values.at[f'{col}_accuracy', 'value']:>10.3f}   on {values.at[f'{col}_accuracy', 'n']} matched")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
