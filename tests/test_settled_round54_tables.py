"""Round 55: the knowledge tables follow the guidelines' "settled in the fifty-fourth round" sections.

Made-up sentences: unions NGO (mentions 13.3a), the Saudi Council of Engineers SAU NGO (13.3b), analysts with
no body CVL (13.1), education people outside a school CVL in mentions and EDU in statements and events (13.2).
"""
import pandas as pd
import pytest

import q7x2lib


def _code(sentence: str):
    df = pd.DataFrame({"doc_id": ["d"], "text": [sentence], "date": ["2015-06-01"]})
    mentions = q7x2lib.find_mentions(df, "text")
    statements = q7x2lib.find_statements(df, "text", mentions=mentions)
    events = q7x2lib.find_events(df, "text", mentions=mentions, statements=statements, sign_model=False)
    return mentions, statements, events


def test_union_head_is_ngo_not_lab():
    mentions, statements, _ = _code("وقال رئيس نقابة المعلمين الأردنيين حسام مشة إن الإضراب مستمر.")
    assert "LAB" not in set(mentions["agent"].dropna())
    assert statements["speaker_code"].fillna("").str.endswith("NGO").any()


def test_council_of_engineers_is_sau_ngo():
    _, statements, events = _code("وأكدت الهيئة السعودية للمهندسين أنها ستلاحق المكاتب الهندسية المخالفة.")
    assert statements["speaker_code"].tolist() == ["SAUNGO"]
    assert set(events["source_code"].dropna()) == {"SAUNGO"}


def test_engineers_chairman_is_sau_ngo():
    mentions, _, _ = _code("وقال رئيس مجلس إدارة الهيئة السعودية للمهندسين د. جميل البقعاوي إن الهيئة ستدعم المهندسين.")
    named = mentions[mentions["surface"].str.contains("البقعاوي")]
    assert (named["country"] + named["agent"]).tolist() == ["SAUNGO"]


@pytest.mark.parametrize("title", ["المحلل السياسي", "المحلل الاقتصادي"])
def test_analyst_with_no_body_is_cvl(title):
    mentions, statements, _ = _code(f"وقال {title} ناجي السامعي إن الحوثيين يرفضون الحوار في اليمن.")
    assert mentions["surface"].str.startswith(title).any()
    assert statements["speaker_code"].fillna("").str.endswith("CVL").all()


def test_educational_consultant_cvl_in_mentions_edu_in_statements():
    mentions, statements, events = _code("وقال المستشار التربوي خالد العتيبي إن المدارس تحتاج إلى دعم.")
    assert mentions.loc[mentions["surface"].str.startswith("المستشار التربوي"), "agent"].tolist() == ["CVL"]
    assert statements["speaker_code"].fillna("").str.endswith("EDU").all()
    assert events.loc[events["unit"] == "statement", "source_code"].fillna("").str.endswith("EDU").all()


def test_sports_coach_is_not_read_as_education():
    # مدرب is mostly a sports coach in the corpus: not an education person (no expert_speaker word)
    _, statements, _ = _code("وقال مدرب المنتخب السعودي لكرة القدم فيصل البدين إن اللاعبين جاهزون للمباراة.")
    assert not statements["speaker_code"].fillna("").str.endswith("EDU").any()
