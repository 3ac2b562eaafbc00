"""scripts/score_events.py: the event coder scored on any sample folder, as the lead runs it on a held-out sample."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

TITLE = "السعودية تدين الهجوم"
TEXT = "وقال وزير الخارجية السعودي إن ميليشيات الحوثي ارتكبت جرائم بحق المدنيين. وشنت الولايات المتحدة غارات على داعش."


def _sample(folder: Path, gold_rows: list[dict]) -> Path:
    article = {"doc_id": "snn-x", "outlet": "x", "published": "2015-07-30", "title": TITLE, "text": TEXT}
    (folder / "articles.jsonl").write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "events_articles.csv").write_text("doc_id,status,note\nsnn-x,annotated,\n", encoding="utf-8")
    pd.DataFrame(gold_rows).to_csv(folder / "events.csv", index=False)
    return folder


def _row(row_no, unit, anchor, trigger, source, target, root, sign) -> dict:
    return {"doc_id": "snn-x", "row_no": row_no, "unit": unit, "field": "text", "anchor": anchor,
            "anchor_occurrence": 1, "trigger": trigger, "source_surface": "", "source_code": source,
            "target_surface": "", "target_code": target, "cameo_root": root, "sign": sign, "negated": 0,
            "modality": "act", "in_statement": "", "note": ""}


def test_script_prints_every_measure_for_a_sample_folder(tmp_path, capsys, load_script) -> None:
    gold = [_row(1, "statement", "وقال وزير الخارجية", "وقال", "SAUGOV", "YEMREB", "11", "-"),
            _row(2, "event", "وشنت الولايات المتحدة", "غارات", "USAMIL", "IMG", "18", "-")]
    folder = _sample(tmp_path, gold)
    assert load_script("score_events").main(["--sample", str(folder), "--errors", str(tmp_path / "errors.csv")]) == 0
    printed = capsys.readouterr().out
    for measure in ("event_detection_f1", "source_accuracy", "target_accuracy", "statement_sign_macro_f1"):
        assert measure in printed
    errors = pd.read_csv(tmp_path / "errors.csv", dtype=str, keep_default_na=False)
    matched = errors[(errors.gold_unit != "") & (errors.pred_unit != "")]
    assert matched[["gold_source_code", "pred_source_code"]].values.tolist() == [["SAUGOV", "SAUGOV"], ["USAMIL", "USAMIL"]]
    assert matched.pred_root.tolist() == ["11", "18"]


def test_script_scores_a_wrong_gold_code_as_wrong(tmp_path, capsys, load_script) -> None:
    gold = [_row(1, "statement", "وقال وزير الخارجية", "وقال", "EGYGOV", "YEMREB", "05", "+")]
    load_script("score_events").main(["--sample", str(_sample(tmp_path, gold))])
    line = next(l for l in capsys.readouterr().out.splitlines() if l.strip().startswith("source_accuracy"))
    assert float(line.split()[1]) == 0.0
