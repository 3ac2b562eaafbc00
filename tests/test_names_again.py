"""People named again: by a family name a table holds in another sense, after an office's head, and in the headline."""

from __future__ import annotations

import pandas as pd

import q7x2lib


def mentions_of(text: str, date: str = "2015-07-30") -> list[list]:
    df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp(date)], "text_clean": [text]})
    found = q7x2lib.find_mentions(df)[["surface", "actor_id", "code"]].astype(object)
    return found.where(found.notna(), None).values.tolist()


def with_headline(title: str, body: str) -> list[list]:
    """The headline's mentions, its body given as another field of the same article."""
    df = pd.DataFrame({"doc_id": ["x#title", "x#text"], "article": ["x", "x"],
                       "published": [pd.Timestamp("2015-07-30")] * 2, "text_clean": [title, body]})
    found = q7x2lib.find_mentions(df)
    found = found.loc[found.doc_id == "x#title", ["surface", "actor_id", "code"]].astype(object)
    return found.where(found.notna(), None).values.tolist()


def test_a_family_name_the_tables_hold_only_without_its_article_is_the_person_named_before() -> None:
    # رويس is a family name of the tables (another man, written without the article); الرويس with it is
    # the titled man named in full before
    text = "أكد الأستاذ الدكتور سامي الرويس أن المبادرة مهمة. وطالب الرويس الشركات بالتعاون."
    assert [r[0] for r in mentions_of(text)] == ["الأستاذ الدكتور سامي الرويس", "الرويس"]


def test_a_feminine_noun_the_tables_hold_without_its_article_is_no_family_name_read_again() -> None:
    # سلامة is a name of the tables; السلامة after a name in ة may be the noun the name reader ran on into
    text = "وقال المهندس سعيد السلامة إن التوزيع مستمر. وتقع مخيمات باب السلامة قرب الحدود."
    assert [r[0] for r in mentions_of(text)] == ["المهندس سعيد السلامة"]


def test_a_family_name_that_is_a_states_adjective_is_the_person_only_after_a_title() -> None:
    text = ("وأوضح اللواء منصور التركي المتحدث الأمني في وزارة الداخلية أن الخلية سقطت. "
            "وقال اللواء التركي إن التحقيق مستمر، واستمع المواطن التركي إلى المؤتمر.")
    found = mentions_of(text)
    assert ["اللواء التركي", "mansour_al_turki", "SAUCOP"] in found
    # a description is no title of his: the Turkish citizen is no one named before
    assert not any(r[0] == "المواطن التركي" or r[0] == "التركي" for r in found)
    # nor is a state's adjective that followed an office, not a given name, in the first naming
    text = "التقى الكاتب مع الأمير تشارلز ولي العهد البريطاني أمس. وكتب الكاتب عن الجندي البريطاني المسلم."
    assert [r[1] for r in mentions_of(text)] == ["charles_iii"]


def test_a_doubtful_family_name_after_an_offices_head_is_the_person_the_article_names() -> None:
    # ظريف is a common word too (nice): after الوزير, in an article naming the Iranian foreign minister, it is he
    text = "كتب وزير الخارجية الإيراني مقالا في الصحيفة. ثم كتب الوزير ظريف مقالا آخر عن الجيران."
    assert ["ظريف", "mohammad_javad_zarif", "IRNGOV"] in mentions_of(text)
    # after a definite noun that is no office it still describes the noun
    assert not any(r[0] == "ظريف" for r in mentions_of("كتب وزير الخارجية الإيراني مقالا. وكان الجو ظريف جدا."))


def test_a_headlines_family_name_is_the_person_its_body_names_in_full_though_no_table_knows_him() -> None:
    body = "تفقد رئيس بلدية المحافظة المهندس سعد بن محمد الفلاني مشاريع الطرق أمس."
    assert with_headline("الفلاني يتفقد مشاريع الطرق", body) == [["الفلاني", None, "GOV"]]  # as the body codes him
    # and a person of the tables the body names by his full name, by his family name alone in the headline
    assert with_headline("الفالح: المستشفيات جاهزة", "أكد وزير الصحة خالد الفالح أن المستشفيات جاهزة.") == [
        ["الفالح", "khalid_al_falih", "SAUGOV"]]


def test_a_headline_word_the_bodys_name_ran_on_into_is_no_family_name() -> None:
    # the body's name reader takes the noun after the name (the reader's fault); the headline keeps that noun a noun
    from q7x2lib.actors import _actor_matcher, _bundled_actors, _default_tables
    from q7x2lib.arabic import NormalizedText
    from q7x2lib.mentions import _named_again, _Unit

    m = _actor_matcher(_bundled_actors(), _default_tables())
    norm = NormalizedText("الانتخابات البلدية: مشاركة المواطنين واسعة").norm
    first = _Unit(None, "name", 0, 0, "", "SAU", "GOV", unknown=True, name_at=0)
    for family in ("الانتخابات", "الفلاني"):
        others = ((first, frozenset({"سعد", family}), family, "سعد"),)
        found = _named_again([], norm.replace("الانتخابات", family), m, others)
        assert [norm.replace("الانتخابات", family)[u.a : u.b] for u in found] == ([] if family == "الانتخابات" else [family])
