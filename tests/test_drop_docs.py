"""--drop-docs of the scoring scripts: a sample scored without some articles (gold and predictions both) scores as the
sample that never held them, and the header says how many were dropped."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

ARTICLES = {
    "snn-a": ("السعودية تدين الهجوم",
              "وقال وزير الخارجية السعودي إن ميليشيات الحوثي ارتكبت جرائم بحق المدنيين."),
    "snn-b": ("مصر تدعم الحل السياسي",
              "وأكد الرئيس المصري أن بلاده تدعم الحل السياسي في ليبيا. وشنت الولايات المتحدة غارات على داعش."),
}
MENTIONS = [("snn-a", "text", "وزير الخارجية السعودي", "SAU", "GOV"), ("snn-a", "text", "الحوثي", "YEM", "REB"),
            ("snn-b", "text", "الرئيس المصري", "EGY", "GOV"), ("snn-b", "text", "الولايات المتحدة", "USA", "GOV")]
STATEMENTS = [("snn-a", "text", "وقال", "وزير الخارجية السعودي", "SAU", "GOV", "وقال وزير الخارجية"),
              ("snn-b", "text", "وأكد", "الرئيس المصري", "EGY", "GOV", "وأكد الرئيس المصري")]
EVENTS = [("snn-a", "statement", "وقال وزير الخارجية", "وقال", "SAUGOV", "YEMREB", "11", "-"),
          ("snn-b", "statement", "وأكد الرئيس المصري", "وأكد", "EGYGOV", "", "01", "+"),
          ("snn-b", "event", "وشنت الولايات المتحدة", "غارات", "USAMIL", "IMG", "18", "-")]


def _folder(path: Path, doc_ids: list[str]) -> Path:
    path.mkdir()
    (path / "articles.jsonl").write_text("".join(
        json.dumps({"doc_id": d, "outlet": "x", "published": "2015-07-30", "title": ARTICLES[d][0],
                    "text": ARTICLES[d][1]}, ensure_ascii=False) + "\n" for d in doc_ids), encoding="utf-8")
    listing = "doc_id,status,note\n" + "".join(f"{d},annotated,\n" for d in doc_ids)
    for name in ("annotated_articles.csv", "events_articles.csv"):
        (path / name).write_text(listing, encoding="utf-8")
    pd.DataFrame([{"doc_id": d, "field": f, "surface": s, "occurrence": 1, "kind": "role", "country": c, "agent": a,
                   "actor_en": "", "note": ""} for d, f, s, c, a in MENTIONS if d in doc_ids]
                 ).to_csv(path / "mentions.csv", index=False)
    pd.DataFrame([{"doc_id": d, "stmt_no": i, "field": f, "cue": cue, "cue_occurrence": 1, "speaker_surface": s,
                   "speaker_occurrence": 1, "speaker_basis": "after_verb", "speaker_country": c, "speaker_agent": a,
                   "speaker_en": "", "anchor": anchor, "anchor_occurrence": 1, "note": ""}
                  for i, (d, f, cue, s, c, a, anchor) in enumerate(STATEMENTS, 1) if d in doc_ids]
                 ).to_csv(path / "statements.csv", index=False)
    pd.DataFrame([{"doc_id": d, "row_no": i, "unit": unit, "field": "text", "anchor": anchor, "anchor_occurrence": 1,
                   "trigger": trigger, "source_surface": "", "source_code": source, "target_surface": "",
                   "target_code": target, "cameo_root": root, "sign": sign, "negated": 0, "modality": "act",
                   "in_statement": "", "note": ""}
                  for i, (d, unit, anchor, trigger, source, target, root, sign) in enumerate(EVENTS, 1) if d in doc_ids]
                 ).to_csv(path / "events.csv", index=False)
    return path


@pytest.fixture()
def folders(tmp_path):
    drop = tmp_path / "drop.txt"
    drop.write_text("snn-b\nsnn-elsewhere\n", encoding="utf-8")
    return _folder(tmp_path / "both", ["snn-a", "snn-b"]), _folder(tmp_path / "only", ["snn-a"]), drop


def _run(load_script, capsys, script, argv) -> list[str]:
    assert load_script(script).main(argv) == 0
    return capsys.readouterr().out.splitlines()


def test_score_mentions_drops_the_listed_articles(load_script, capsys, folders) -> None:
    both, only, drop = folders
    dropped = _run(load_script, capsys, "score_mentions", ["--sample", str(both), "--drop-docs", str(drop)])
    assert dropped[0] == f"{both}: 1 of 2 annotated articles dropped ({drop} lists 2); 1 scored"
    assert dropped[1:] == _run(load_script, capsys, "score_mentions", ["--sample", str(only)])
    whole = _run(load_script, capsys, "score_mentions", ["--sample", str(both)])
    assert whole != dropped[1:] and not any("dropped" in line for line in whole)


def test_score_real_drops_the_listed_articles(load_script, capsys, folders) -> None:
    both, only, drop = folders
    dropped = _run(load_script, capsys, "score_real", ["--sample", str(both), "--drop-docs", str(drop)])
    alone = _run(load_script, capsys, "score_real", ["--sample", str(only)])
    assert dropped[0] == alone[0].replace(str(only), str(both)) + f" (1 annotated articles dropped: {drop} lists 2)"
    assert dropped[0].startswith(f"{both}: 1 articles, 1 gold") and dropped[1:] == alone[1:]
    whole = _run(load_script, capsys, "score_real", ["--sample", str(both)])
    assert whole[0].startswith(f"{both}: 2 articles, 2 gold") and "dropped" not in whole[0]


def test_score_events_drops_the_listed_articles(load_script, capsys, folders) -> None:
    both, only, drop = folders
    dropped = _run(load_script, capsys, "score_events", ["--sample", str(both), "--drop-docs", str(drop)])
    alone = _run(load_script, capsys, "score_events", ["--sample", str(only)])
    assert dropped[0].startswith(f"{both}: 1 articles, 1 dropped ({drop} lists 2), 1 gold rows")
    assert dropped[1:] == alone[1:]
    whole = _run(load_script, capsys, "score_events", ["--sample", str(both)])
    assert whole[0].startswith(f"{both}: 2 articles, 3 gold rows") and "dropped" not in whole[0]
