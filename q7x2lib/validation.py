"""Measure the rules against hand annotations (data/annotations/).

Annotations point into the raw article files (a surface string and which
occurrence of it), so they stay valid whatever cleaning does; this module
finds them in ``text_clean`` and scores the program's output against them.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import config
from .clean import paragraphs
from .errors import LexiconError


def _locate(corpus: pd.DataFrame, gold: pd.DataFrame, surface_col: str, path: Path) -> pd.DataFrame:
    """Add ``start``/``end`` in ``text_clean`` for each (surface, occurrence) row."""
    paras = paragraphs(corpus)
    raws = corpus.set_index("doc_id")["text"]
    starts, ends, in_boiler = [], [], []
    for i, r in enumerate(gold.itertuples(index=False)):
        raw = raws.get(r.doc_id)
        surface = getattr(r, surface_col)
        if raw is None:
            raise LexiconError(f"{path}, line {i + 2}: doc_id {r.doc_id!r} is not in the corpus")
        pos = -1
        for _ in range(int(r.occurrence)):
            pos = raw.find(surface, pos + 1)
            if pos < 0:
                raise LexiconError(f"{path}, line {i + 2}: {surface!r} does not occur {r.occurrence} time(s) in {r.doc_id}")
        doc_paras = paras[(paras.doc_id == r.doc_id) & (paras.raw_start <= pos) & (paras.raw_end > pos)]
        para = doc_paras[doc_paras.start >= 0]
        if para.empty:
            starts.append(-1), ends.append(-1), in_boiler.append(True)
            continue
        p = para.iloc[0]
        k = raw[p.raw_start : pos].count(surface)
        at = -1
        for _ in range(k + 1):
            at = p.text.find(surface, at + 1)
        starts.append(p.start + at if at >= 0 else -1)
        ends.append(p.start + at + len(surface) if at >= 0 else -1)
        in_boiler.append(False)
    return gold.assign(start=starts, end=ends, in_boilerplate=in_boiler)


def load_gold_mentions(corpus: pd.DataFrame, path: str | Path | None = None, *, keep_unresolved: bool = False) -> pd.DataFrame:
    """Hand-annotated mentions, located in ``text_clean``.

    Rows whose actor is ``unresolved`` (role phrases that name nobody in the
    table, such as نائب الرئيس الروسي) are left out unless
    ``keep_unresolved``: they record what must NOT be found.

    Returns:
        ``doc_id, actor_id, kind, surface, occurrence, note, start, end``.

    Examples:
        >>> from q7x2lib import load_corpus
        >>> gold = load_gold_mentions(load_corpus())
        >>> bool((gold.start >= 0).all())
        True
    """
    path = Path(path) if path else config.ANNOTATION_DIR / "mentions.csv"
    gold = pd.read_csv(path, dtype={"occurrence": "int64"}, keep_default_na=False)
    gold = gold[gold.doc_id.isin(corpus.doc_id) & (keep_unresolved | (gold.actor_id != "unresolved"))]
    return _locate(corpus, gold, "surface", path).drop(columns="in_boilerplate")


def _match(pred: pd.DataFrame, gold: pd.DataFrame, keys: list[str]) -> tuple[pd.Series, pd.Series]:
    """One-to-one matching of overlapping spans that agree on ``keys``."""
    gold_hit = pd.Series(False, index=gold.index)
    pred_hit = pd.Series(False, index=pred.index)
    by_key = {k: g for k, g in pred.groupby(["doc_id", *keys])}
    for gi, g in gold.iterrows():
        cands = by_key.get(tuple(g[["doc_id", *keys]]))
        if cands is None:
            continue
        for pi, p in cands.iterrows():
            if not pred_hit[pi] and p.start < g.end and g.start < p.end:
                pred_hit[pi] = gold_hit[gi] = True
                break
    return pred_hit, gold_hit


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return round(precision, 3), round(recall, 3), round(f1, 3)


def score_mentions(pred: pd.DataFrame, gold: pd.DataFrame, by: str = "actor_id") -> pd.DataFrame:
    """Precision, recall and F1 of predicted mentions, per actor or per kind.

    A predicted mention is correct when it overlaps a gold mention of the same
    document and actor (and, for ``by="kind"``, the same kind); each gold
    mention matches at most one prediction. The last row, ``(all)``, is the
    micro average.

    Returns:
        ``<by>, tp, fp, fn, precision, recall, f1``.

    Examples:
        >>> gold = pd.DataFrame({"doc_id": ["a", "a"], "actor_id": ["putin", "biden"], "kind": ["name"] * 2, "start": [0, 10], "end": [5, 15]})
        >>> pred = pd.DataFrame({"doc_id": ["a", "a"], "actor_id": ["putin", "putin"], "kind": ["name"] * 2, "start": [0, 20], "end": [5, 25]})
        >>> score_mentions(pred, gold).values.tolist()[-1]
        ['(all)', 1, 1, 1, 0.5, 0.5, 0.5]
    """
    keys = ["actor_id"] + (["kind"] if by == "kind" else [])
    pred_hit, gold_hit = _match(pred, gold, keys)
    rows = []
    labels = sorted(set(pred[by]) | set(gold[by]))
    for label in [*labels, "(all)"]:
        pm = pred[by] == label if label != "(all)" else pd.Series(True, index=pred.index)
        gm = gold[by] == label if label != "(all)" else pd.Series(True, index=gold.index)
        tp, fp, fn = int(gold_hit[gm].sum()), int((~pred_hit[pm]).sum()), int((~gold_hit[gm]).sum())
        rows.append((label, tp, fp, fn, *_prf(tp, fp, fn)))
    return pd.DataFrame(rows, columns=[by, "tp", "fp", "fn", "precision", "recall", "f1"])


def mention_errors(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """The disagreements: missed gold mentions and spurious predictions.

    Returns:
        ``error (missed / spurious), doc_id, actor_id, kind, surface, start``.
    """
    pred_hit, gold_hit = _match(pred, gold, ["actor_id"])
    missed = gold[~gold_hit].assign(error="missed")
    spurious = pred[~pred_hit].assign(error="spurious")
    cols = ["error", "doc_id", "actor_id", "kind", "surface", "start"]
    return pd.concat([missed[cols], spurious[cols]], ignore_index=True).sort_values(["doc_id", "start"], ignore_index=True)
