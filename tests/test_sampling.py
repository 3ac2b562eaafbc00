"""The held-out parts of the development corpus and the sample drawn from them."""
from __future__ import annotations

import gzip
import json

import pytest


def _corpus(tmp_path, n=400):
    rows = [{"doc_id": f"doc-{i}", "outlet": "sabq", "published": "2015-08-01", "url": "",
             "title": "خبر محلي", "text": "افتتح أمير المنطقة مشروعا جديدا."} for i in range(n)]
    path = tmp_path / "corpus.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return path, rows


def test_the_three_parts_are_disjoint_and_sized_as_documented(load_script) -> None:
    sampling = load_script("sample_annotation_articles")
    parts = [sampling.split_of(f"doc-{i}") for i in range(20000)]
    shares = {name: parts.count(name) / len(parts) for name in ("eval", "reserve", "rules")}
    assert set(parts) == set(shares)
    assert abs(shares["eval"] - 0.20) < 0.01 and abs(shares["reserve"] - 0.08) < 0.01
    assert abs(shares["rules"] - 0.72) < 0.01


@pytest.mark.parametrize("split", ["eval", "reserve"])
def test_a_sample_is_drawn_only_from_the_part_asked_for(load_script, tmp_path, monkeypatch, split) -> None:
    sampling = load_script("sample_annotation_articles")
    corpus, rows = _corpus(tmp_path)
    out = tmp_path / "sample.jsonl"
    monkeypatch.setattr("sys.argv", ["x", "--corpus", str(corpus), "--n", "0", "--general", "5",
                                     "--split", split, "--out", str(out)])
    sampling.main()
    drawn = [json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(drawn) == 5 and {sampling.split_of(d) for d in drawn} == {split}


def test_asking_for_more_than_is_left_names_the_part_and_the_reserve(load_script, tmp_path, monkeypatch) -> None:
    sampling = load_script("sample_annotation_articles")
    corpus, rows = _corpus(tmp_path, n=30)
    monkeypatch.setattr("sys.argv", ["x", "--corpus", str(corpus), "--n", "0", "--general", "500",
                                     "--out", str(tmp_path / "s.jsonl")])
    with pytest.raises(SystemExit) as stop:
        sampling.main()
    assert "of the eval split are left" in str(stop.value) and "--split reserve" in str(stop.value)
