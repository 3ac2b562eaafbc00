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


_WORDS = ("مدير", "الادارة", "العامة", "للتعليم", "بمنطقة", "حائل", "افتتح", "مشروع", "الطريق", "الجديد", "بتكلفة",
          "مليون", "ريال", "وقال", "المتحدث", "الرسمي", "البلدية", "الامانة", "المستشفى", "الطلاب", "الجامعة", "جدة",
          "الدمام", "الرياض", "مكة", "المدينة", "تبوك", "نجران", "جازان", "عسير", "القصيم", "الجوف", "صباح", "مساء",
          "اليوم", "امس", "الاسبوع", "المقبل", "خلال", "بعد")


def _distinct_corpus(n=300):
    import random

    rng = random.Random(7)
    rows = [{"doc_id": f"doc-{i}", "outlet": "sabq", "published": "2015-08-01", "url": "", "title": "خبر محلي",
             "text": " ".join(rng.choice(_WORDS) for _ in range(30))} for i in range(n)]
    return rows


def _write(path, rows):
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def test_copies_of_a_rules_split_or_an_excluded_article_are_not_drawn(load_script, tmp_path, monkeypatch,
                                                                      capsys) -> None:
    sampling = load_script("sample_annotation_articles")
    rows = _distinct_corpus()
    by_split = {part: [r for r in rows if sampling.split_of(r["doc_id"]) == part] for part in ("rules", "eval", "reserve")}
    copy_of_rules, copy_of_sample, copy_of_eval = by_split["reserve"][:3]
    copy_of_rules["text"] = "وذكر " + by_split["rules"][0]["text"]  # another outlet's print of a rules-split text
    earlier = tmp_path / "real_old" / "articles.jsonl"
    earlier.parent.mkdir()
    old = {"doc_id": "snn-old", "outlet": "okaz", "published": "2015-08-01", "title": "خبر",
           "text": " ".join(reversed(by_split["rules"][1]["text"].split()))}
    earlier.write_text(json.dumps(old, ensure_ascii=False) + "\n", encoding="utf-8")
    copy_of_sample["text"] = old["text"] + " والله الموفق"  # a copy of an earlier sample's article
    copy_of_eval["text"] = by_split["eval"][0]["text"]  # the evaluation split is read by no rule: not left out
    corpus = tmp_path / "corpus.jsonl.gz"
    _write(corpus, rows)
    eligible = len(by_split["reserve"]) - 2
    out = tmp_path / "sample.jsonl"
    monkeypatch.setattr("sys.argv", ["x", "--corpus", str(corpus), "--n", "0", "--general", str(eligible),
                                     "--split", "reserve", "--exclude", str(earlier), "--out", str(out)])
    sampling.main()
    printed = capsys.readouterr().out
    assert ("left out 2 candidates of the reserve split" in printed
            and f"0 political and {eligible} general articles of the reserve split remain eligible" in printed)
    drawn = {json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert copy_of_eval["doc_id"] in drawn and not drawn & {copy_of_rules["doc_id"], copy_of_sample["doc_id"]}
    monkeypatch.setattr("sys.argv", ["x", "--corpus", str(corpus), "--n", "0", "--general", str(eligible + 2),
                                     "--split", "reserve", "--exclude", str(earlier), "--out", str(out), "--force"])
    with pytest.raises(SystemExit):
        sampling.main()
    capsys.readouterr()
    monkeypatch.setattr("sys.argv", ["x", "--corpus", str(corpus), "--n", "0", "--general", str(eligible + 2),
                                     "--split", "reserve", "--exclude", str(earlier), "--out", str(out), "--force",
                                     "--keep-copies"])
    sampling.main()
    assert "left out" not in capsys.readouterr().out and len(out.read_text(encoding="utf-8").splitlines()) == eligible + 2


def test_a_lower_copy_threshold_leaves_out_reworded_copies_too(load_script, tmp_path, monkeypatch, capsys) -> None:
    sampling = load_script("sample_annotation_articles")
    rows = _distinct_corpus()
    rules = [r for r in rows if sampling.split_of(r["doc_id"]) == "rules"]
    reserve = [r for r in rows if sampling.split_of(r["doc_id"]) == "reserve"]
    words = rules[0]["text"].split()
    reworded = reserve[0]
    # a rules-split article's headline and first 14 words, then 16 words of its own: 12 of its 28 word 5-grams (0.43)
    # found there, a reworded release under 0.5 and over 0.34
    own = "جديد قديم كبير صغير جميل سريع بطيء طويل قصير واسع ضيق عال منخفض قريب بعيد حار".split()
    reworded["text"] = " ".join(words[:14] + own)
    corpus = tmp_path / "corpus.jsonl.gz"
    _write(corpus, rows)
    out = tmp_path / "sample.jsonl"
    base = ["x", "--corpus", str(corpus), "--n", "0", "--general", "1", "--split", "reserve", "--out", str(out), "--force"]
    monkeypatch.setattr("sys.argv", base)
    sampling.main()
    assert "left out 0 candidates" in capsys.readouterr().out
    monkeypatch.setattr("sys.argv", base + ["--copy-threshold", "0.34"])
    sampling.main()
    assert "left out 1 candidates of the reserve split" in capsys.readouterr().out
    monkeypatch.setattr("sys.argv", base + ["--copy-threshold", "0"])
    with pytest.raises(SystemExit, match="--copy-threshold must be a share"):
        sampling.main()
