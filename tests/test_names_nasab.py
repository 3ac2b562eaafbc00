"""Personal names no table knows: a full nasab wherever it is written, and a father named after his son."""

from __future__ import annotations

import pandas as pd

import q7x2lib


def mentions_of(text: str, date: str = "2015-07-30") -> list[list]:
    df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp(date)], "text_clean": [text]})
    found = q7x2lib.find_mentions(df)[["surface", "kind", "code"]].astype(object)
    return found.where(found.notna(), None).values.tolist()


def test_a_full_nasab_is_a_name_without_a_title_or_a_verb_before_it() -> None:
    # given name, بن, a father's name and a family name with the article: a person, wherever the sentence puts him
    assert [r[0] for r in mentions_of("وتقرر تكليف سعد بن مفلح الهاجري بالعمل مديرا للفرع.")] == ["سعد بن مفلح الهاجري"]
    assert [r[0] for r in mentions_of("وحضر اللقاء مطلق بن حمد المريشد وسامي بن علي الفلاني ممثلين عن القطاع.")] == [
        "مطلق بن حمد المريشد", "وسامي بن علي الفلاني"]
    assert [r[0] for r in mentions_of("تعيين منصور بن صالح بن يوسف الفلاني على وظيفة مدير عام.")] == [
        "منصور بن صالح بن يوسف الفلاني"]


def test_a_short_nasab_or_one_without_a_given_name_is_no_new_name() -> None:
    # a prince's short name (two parts) is the tables' to decide; a word that is no given name opens no nasab
    assert not any(r[0] == "فيصل بن خالد" and r[1] == "name" and r[2] == "CVL" for r in mentions_of("فيصل بن خالد يزور المصابين."))
    assert mentions_of("وتقع المنطقة بن الجبال الشاهقة.") == []
    # no family name with the article: its last word would be taken for one later (الإمام سعود: another man)
    assert mentions_of("وذكر المؤرخ أن عبدالعزيز بن محمد بن سعود بنى الحصن.") == []
    # a school or a stadium called after a person is no person
    assert not any("سعد بن" in r[0] for r in mentions_of("وأقيم الحفل في مدرسة سعد بن معاذ الابتدائية بالحي."))
    assert not any("الاسلامية" in r[0] or "الإسلامية" in r[0]
                   for r in mentions_of("وأقيم الحفل في قاعة جامعة الإمام سعد بن فهد الإسلامية أمس."))
    # a word with و after the first opens another phrase: the name stops before it, and without a family name is none
    assert not any(r[0].startswith("وعبدالله بن خميس") for r in mentions_of("وكتب عنه عبدالله بن خميس وعبدالله الفلاني."))


def test_a_father_named_in_full_after_his_son_is_another_person() -> None:
    # every word of the father's name is in the son's nasab, but it opens with another given name: not the son
    text = ("أعلنت القيادة استشهاد الرقيب ماجد بن فهد بن فهيد السبيعي في اشتباك. "
            "وقال فهد بن فهيد السبيعي والد الشهيد إن ابنه كان بطلا.")
    rows = {r[0]: r[2] for r in mentions_of(text)}
    assert rows["الرقيب ماجد بن فهد بن فهيد السبيعي"].endswith("MIL")
    assert not (rows["فهد بن فهيد السبيعي"] or "").endswith("MIL")
    # the same person named again by a shorter form of his name (his given name first) is still him
    text = "وصل الرقيب ماجد بن فهد السبيعي إلى المركز. وقال الرقيب ماجد السبيعي إن الوضع هادئ."
    rows = [r[2] for r in mentions_of(text)]
    assert all((code or "").endswith("MIL") for code in rows) and len(rows) == 2


def people_of(text: str, date: str = "2015-07-30") -> list[tuple]:
    df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp(date)], "text_clean": [text]})
    found = q7x2lib.find_mentions(df)
    return [(s, a if isinstance(a, str) else None) for s, a in zip(found["surface"], found["actor_id"])]


def test_a_person_of_the_tables_inside_another_persons_nasab_is_his_forefather() -> None:
    # الأمير ماجد بن | عبدالله بن عبدالعزيز: King Abdullah is the father named in the prince's nasab, not a mention
    # of his own; the prince, whom no table knows, is one mention of an unknown person from his given name
    assert people_of("وحضر الاحتفال الأمير ماجد بن عبدالله بن عبدالعزيز وعدد من المسؤولين.") == [
        ("الأمير ماجد بن عبدالله بن عبدالعزيز", None)]
    # without a title, in a list: each son is a name, no king is named
    assert people_of("وشارك في اللقاء ماجد بن سلمان بن عبدالعزيز، وسعد بن عبدالله بن عبدالعزيز.") == [
        ("ماجد بن سلمان بن عبدالعزيز", None), ("وسعد بن عبدالله بن عبدالعزيز", None)]


def test_a_person_of_the_tables_named_in_full_keeps_his_name() -> None:
    # the king named with his own nasab, and a prince of the tables whose forefathers follow his name
    assert people_of("وقال الملك عبدالله بن عبدالعزيز إن الخطة ماضية.") == [
        ("الملك عبدالله بن عبدالعزيز", "abdullah_bin_abdulaziz")]
    assert people_of("وقال الأمير خالد بن سلمان بن عبدالعزيز إن الزيارة ناجحة.") == [
        ("الأمير خالد بن سلمان بن عبدالعزيز", "khalid_bin_salman")]


def test_a_son_named_after_a_one_word_forefather_makes_no_new_mention() -> None:
    # عباس of the tables is no person here, but a son named after one word of a name makes no mention of his own:
    # a mosque or a street called after a companion of the Prophet is no actor
    assert people_of("وصلى المصلون في مسجد عبدالله بن عباس وسط المدينة.") == []
