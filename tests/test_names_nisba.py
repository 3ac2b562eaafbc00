"""Personal names no table knows, found by their shape: a given name of the tables and a nisba family name (الفلاني)."""

from __future__ import annotations

import pandas as pd

import q7x2lib


def mentions_of(text: str, date: str = "2015-07-30") -> list[list]:
    df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp(date)], "text_clean": [text]})
    found = q7x2lib.find_mentions(df)[["surface", "kind", "code"]].astype(object)
    return found.where(found.notna(), None).values.tolist()


def surfaces(text: str) -> list[str]:
    return [r[0] for r in mentions_of(text)]


def test_a_given_name_and_a_nisba_family_name_are_a_person_wherever_they_are_written() -> None:
    # no title, no office, no verb of saying before them: the shape of the name alone
    assert surfaces("وتقدم الحضور ناصر الشهري ومحمد سعد القحطاني في الحفل.") == ["ناصر الشهري", "ومحمد سعد القحطاني"]
    assert mentions_of("وتسلم الجائزة فهد العمري أمس.")[0][1:] == ["name", "CVL"]  # coded as a speaker named so is


def test_a_phrase_shaped_like_such_a_name_that_is_none_is_left_alone() -> None:
    # a byline opening its line is the writer; a line of tags names no actor
    assert not any("العتيبي" in r for r in surfaces("نشر في صحيفة المدينة\nفهد العتيبي - الرياض\nأعلنت وزارة الصحة نتائجها."))
    assert surfaces("وانتهى الحفل بالدعاء. سمات الحج حملات عبدالقادر محمد الجبرتي") == []
    # a month, a noun written with ى, على read as علي, a noun ending in ة between
    for text in ("خلال شهر رمضان الماضي زاد الطلب.", "ويطيل عمر المبنى كثيرا.", "ارتفعت الأسعار للشهر الثاني على التوالي.",
                 "وطرد المسلحون من كامل مديرية التواهي أمس."):
        assert not any(r[1] == "name" and r[2] in ("CVL", "SAUCVL") for r in mentions_of(text)), text
    # سهل is the plain, not a given name: no person of the town named after it
    assert surfaces("بعد السيطرة على سهل الزبداني أمس.") == []


def test_a_family_name_a_place_is_called_by_is_not_read_again_as_the_person() -> None:
    text = "والتقى الوفد الناشط الإعلامي فادي الزبداني أمس. وطالب بانسحاب النظام من منطقة الزبداني كاملة."
    assert [r[0] for r in mentions_of(text) if "الزبداني" in r[0] and "فادي" not in r[0]] == []
    # a family name no place is called by is read again as the person
    text = "والتقى الوفد الناشط الإعلامي فادي المحمدي أمس. وطالب المحمدي بانسحاب النظام."
    assert "المحمدي" in surfaces(text)


def test_a_name_after_a_description_a_verb_of_saying_opens_is_left_to_the_speaker_readers() -> None:
    # round 60: وقال الإعلامي فلان: the description and the name are the subject, coded by the speaker readers
    # (a profession, a company's office); the shape of the name does not make a private person of it alone
    assert "سعد العتيبي" not in surfaces("وقال الإعلامي سعد العتيبي إن المعرض ناجح.")
    assert "سامي العلي" not in surfaces("وقال مدير شركة الخبير المالية سامي العلي إن الأسهم ارتفعت.")
    # guard: after a definite word with no verb of saying opening the clause, the name is still read by its shape
    assert surfaces("وتسلم الجائزة فهد العمري أمس.") == ["فهد العمري"]
