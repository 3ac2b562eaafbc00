"""scripts/text_copies.py and held_out_copies.py: a held-out article whose copy sits in the rules split or in a development
sample."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

STORY = ("أعلنت المديرية العامة للدفاع المدني بمنطقة مكة المكرمة أن فرقها باشرت حريقا في مستودع للأخشاب بحي "
         "الصناعية صباح اليوم ولم تسجل أي إصابات وقال المتحدث الرسمي إن أسباب الحريق قيد التحقيق")
# The same text as another outlet spells it: hamzas dropped, a ta marbuta as ha, a diacritic, a kashida.
STORY_COPY = ("اعلنت المديريه العامه للدفاع المدني بمنطقه مكة المكرّمة ان فرقها باشرت حريقا في مستودع للأخشـاب بحي "
              "الصناعية صباح اليوم ولم تسجل اي إصابات وقال المتحدث الرسمي إن أسباب الحريق قيد التحقيق")
OTHER = ("افتتح أمير المنطقة الشرقية معرض الكتاب الدولي في الدمام بحضور عدد من المسؤولين والمثقفين "
         "وتستمر فعاليات المعرض عشرة أيام")


def _article(doc_id, text, outlet="sabq", title=""):
    return {"doc_id": doc_id, "outlet": outlet, "published": "2015-08-01", "title": title, "text": text}


def _ids(split_of, split, n):
    return [d for d in (f"doc-{i}" for i in range(5000)) if split_of(d) == split][:n]


def test_a_copy_spelt_otherwise_is_whole_and_another_story_is_not(load_script) -> None:
    copies = load_script("text_copies")
    found = copies.closest_copies([_article("a", STORY), _article("b", OTHER)],
                                  [("rules", _article("c", STORY_COPY, "okaz"))])
    assert (found[0].containment, found[0].copy_of, found[0].copy_outlet) == (1.0, "c", "okaz")
    assert found[1].containment == 0.0 and found[1].copy_of == ""


def test_the_closest_of_several_is_kept_and_the_article_itself_is_passed_over(load_script) -> None:
    copies = load_script("text_copies")
    words = STORY.split()
    half = " ".join(words[: len(words) // 2]) + " " + OTHER
    found = copies.closest_copies([_article("a", STORY)],
                                  [("real_x", _article("a", STORY)), ("rules", _article("h", half)),
                                   ("real_y", _article("c", STORY_COPY)), ("rules", _article("o", OTHER))])
    assert (found[0].copy_of, found[0].copy_split_or_sample, found[0].containment) == ("c", "real_y", 1.0)
    share = copies.closest_copies([_article("a", STORY)], [("rules", _article("h", half))])[0].containment
    assert 0.3 < share < 0.6


def test_containment_is_the_share_of_the_article_not_of_the_other(load_script) -> None:
    copies = load_script("text_copies")
    short, long = _article("s", STORY), _article("l", STORY + " " + OTHER)
    assert copies.closest_copies([short], [("rules", long)])[0].containment == 1.0
    assert copies.closest_copies([long], [("rules", short)])[0].containment < 0.8


def test_script_compares_with_the_rules_split_and_development_samples_only(load_script, tmp_path, capsys) -> None:
    copies = load_script("held_out_copies")
    rules, evals = _ids(copies.split_of, "rules", 2), _ids(copies.split_of, "eval", 3)
    corpus = tmp_path / "corpus.jsonl.gz"
    rows = [_article(rules[0], OTHER), _article(rules[1], STORY_COPY, "alriyadh"),  # a copy in the rules split
            _article(evals[0], STORY_COPY)]  # one in the evaluation split: never read
    with gzip.open(corpus, "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    root = tmp_path / "annotations"
    sample_text = ("قال وزير الصحة إن الوزارة ستفتتح ثلاثة مستشفيات جديدة في المنطقة الجنوبية خلال العام المقبل "
                   "لخدمة المرضى")
    for name, articles in {"real_new": [_article("n1", STORY), _article("n2", sample_text), _article("n3", OTHER + " أمس")],
                           "real_dev": [_article("d1", sample_text, "alwatan")],
                           "real_held": [_article("h1", OTHER + " أمس")]}.items():
        (root / name).mkdir(parents=True)
        (root / name / "articles.jsonl").write_text(
            "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    out, drop = tmp_path / "copies.csv", tmp_path / "drop.txt"
    assert copies.main([str(root / "real_new"), "--corpus", str(corpus), "--annotations", str(root),
                        "--held-out", "real_held", "--out", str(out), "--drop-out", str(drop)]) == 0
    table = {r.split(",")[0]: r.split(",")[1:] for r in out.read_text(encoding="utf-8").splitlines()[1:]}
    assert table["n1"] == ["1.000", rules[1], "rules", "alriyadh"]
    assert table["n2"] == ["1.000", "d1", "real_dev", "alwatan"]
    assert table["n3"][1:3] == [rules[0], "rules"] and 0.5 < float(table["n3"][0]) < 1  # not the held-out h1's 1.0
    assert drop.read_text(encoding="utf-8").split() == ["n1", "n2", "n3"]
    assert "3 of 3 articles" in capsys.readouterr().err


def test_an_article_too_short_to_judge_is_no_copy(load_script) -> None:
    copies = load_script("text_copies")
    title_only = _article("t", "", title="افتتاح مهرجان التمور بمحافظة رياض الخبراء اليوم")
    found = copies.closest_copies([title_only], [("rules", _article("r", "", title=title_only["title"]))])[0]
    assert found.containment is None and not copies.is_copy(found)
    assert copies.is_copy(copies.closest_copies([_article("a", STORY)], [("rules", _article("c", STORY))])[0])


@pytest.mark.parametrize("content", ["doc_id,containment\nsnn-a,0.9\nsnn-b,0.7\n", "snn-a\n\n# a note\nsnn-b\n"])
def test_a_drop_list_is_a_csv_with_doc_id_or_one_id_a_line(load_script, tmp_path, content) -> None:
    path = tmp_path / "drop.txt"
    path.write_text(content, encoding="utf-8")
    assert load_script("text_copies").read_doc_ids(path) == {"snn-a", "snn-b"}
