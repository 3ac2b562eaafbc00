"""List the actor coder's errors on an annotated real-news sample, by kind.

Usage:
    python scripts/mention_errors.py --sample data/annotations/real_b [--kind missed] [--out errors.csv]

Matches predictions and gold the way ``score_mentions.py`` does (one to one,
overlapping spans of the same field) and writes one row per error:

* ``missed``: a gold mention no prediction overlaps;
* ``spurious``: a prediction that overlaps no gold mention;
* ``code``: a matched pair whose country or agent differ;
* ``person``: a gold person (``name``/``role`` with ``actor_en``) that the
  prediction names wrongly (``person_wrong``) or not at all
  (``person_missed``: ``known`` tells whether a table knows that person);
  and a prediction naming a person where the gold names none
  (``person_extra``).

Each row has the sample, the article, the gold and predicted surfaces and
codes, and about 60 characters of context before the mention. Without
``--out`` the rows are printed as tab-separated lines.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd  # noqa: E402

from q7x2lib import validation  # noqa: E402
from q7x2lib.mentions import find_mentions  # noqa: E402

COLUMNS = ["sample", "error", "doc_id", "start", "gold_surface", "gold_code", "gold_person", "gold_kind",
           "pred_surface", "pred_code", "pred_person", "pred_kind", "known", "before"]


def _code(country, agent) -> str:
    return f"{country or ''}{agent or ''}" or "-"


def errors(folder: str | Path) -> pd.DataFrame:
    """One row per error of the sample in ``folder`` (see the module docstring)."""
    sample = validation.real_sample(folder)
    texts = dict(zip(sample["doc_id"], sample["text"]))
    gold = validation.load_real_mentions(sample, folder)
    pred = find_mentions(sample, text_col="text")
    names = validation.person_names()
    name_words = validation.person_name_words()
    pairs = validation._matched_pairs(pred, gold, prefer=["country", "agent"])
    name = Path(folder).name
    rows = []

    def row(error, g=None, p=None, known=""):
        doc = (g if g is not None else p)["doc_id"]
        start = int((g if g is not None else p)["start"])
        out = {"sample": name, "error": error, "doc_id": doc, "start": start, "known": known,
               "before": texts[doc][max(0, start - 60):start].replace("\n", " ")}
        if g is not None:
            out.update(gold_surface=g["surface"], gold_code=_code(g["country"], g["agent"]), gold_person=g["actor_en"],
                       gold_kind=g["kind"])
        if p is not None:
            out.update(pred_surface=p["surface"], pred_code=_code(p["country"], p["agent"]),
                       pred_person=names.get(p["actor_id"], p["actor_id"] or ""), pred_kind=p["kind"])
        rows.append(out)

    matched_g = {g: p for p, g in pairs}
    matched_p = {p for p, _ in pairs}
    for gi, g in gold.iterrows():
        if gi not in matched_g:
            row("missed", g)
        else:
            p = pred.loc[matched_g[gi]]
            if (p["country"] or "") != g["country"] or (p["agent"] or "") != g["agent"]:
                row("code", g, p)
    for pi, p in pred.iterrows():
        if pi not in matched_p:
            row("spurious", p=p)
    # persons, matched as the scorer matches them: named predictions against gold persons
    is_person = gold["kind"].isin(["name", "role"]) & (gold["actor_en"] != "")
    people = gold[is_person]
    named = pred[pred["actor_id"].map(lambda a: a in names)]
    person_pairs = validation._matched_pairs(named, people)
    by_gold = {g: p for p, g in person_pairs}
    known_names = list(set(names.values()))
    known_of: dict[str, str] = {}  # actor_en → "yes"/"no", once per name (the same person recurs in an article)
    for gi, g in people.iterrows():
        if g["actor_en"] not in known_of:
            known_of[g["actor_en"]] = "yes" if any(validation.same_person(n, g["actor_en"]) for n in known_names) else "no"
        known = known_of[g["actor_en"]]
        if gi in by_gold:
            p = named.loc[by_gold[gi]]
            if not validation.same_person_written(names[p["actor_id"]], g["actor_en"], g["surface"],
                                                  name_words.get(p["actor_id"], frozenset())):
                row("person_wrong", g, p, known)
        else:
            near = pred[(pred["doc_id"] == g["doc_id"]) & (pred["start"] < g["end"]) & (g["start"] < pred["end"])]
            row("person_missed", g, near.iloc[0] if len(near) else None, known)
    paired = {p for p, _ in person_pairs}
    for pi, p in named.iterrows():
        if pi not in paired:
            near = gold[(gold["doc_id"] == p["doc_id"]) & (gold["start"] < p["end"]) & (p["start"] < gold["end"])]
            row("person_extra", near.iloc[0] if len(near) else None, p)
    return pd.DataFrame(rows, columns=COLUMNS).fillna("")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", action="append", required=True, help="an annotated sample folder (repeatable)")
    parser.add_argument("--kind", default=None, help="only this kind of error (missed, spurious, code, person_missed ...)")
    parser.add_argument("--out", default=None, help="write a CSV here instead of printing")
    args = parser.parse_args(argv)
    table = pd.concat([errors(s) for s in args.sample], ignore_index=True)
    if args.kind:
        table = table[table["error"] == args.kind]
    if args.out:
        table.to_csv(args.out, index=False)
    else:
        print(table.to_csv(sep="\t", index=False), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
