"""Who is named: find_mentions over the one term matcher, with the article's normalisation shared."""

from __future__ import annotations

import pandas as pd

import q7x2lib
from q7x2lib.arabic import NormalizedText


def test_mentions_from_shared_normalisation_equal_the_plain_call() -> None:
    corpus = q7x2lib.load_corpus()
    docs = [NormalizedText(t) for t in corpus.text_clean]
    pd.testing.assert_frame_equal(q7x2lib.find_mentions(corpus, docs=docs), q7x2lib.find_mentions(corpus))


def test_a_users_actor_table_is_one_argument_away(tmp_path) -> None:
    own = tmp_path / "actors.csv"
    own.write_text("actor_id,name_en,side,kind,phrase\njubeir,Adel al-Jubeir,other,name,عادل الجبير\n"
                   "jubeir,,,name,الجبير\n", encoding="utf-8")
    df = pd.DataFrame({"doc_id": ["a"], "text_clean": ["وقال وزير الخارجية عادل الجبير إن بوتين ..."]})
    found = q7x2lib.find_mentions(df, actors=q7x2lib.load_actors(own))
    # the office beside the name is part of the one mention; the name decides who
    assert found[["actor_id", "surface"]].values.tolist() == [["jubeir", "وزير الخارجية عادل الجبير"], ["putin", "بوتين"]]


def mentions_of(text: str, date: str | None = "2015-07-30") -> list[list]:
    df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp(date) if date else pd.NaT], "text_clean": [text]})
    found = q7x2lib.find_mentions(df)[["actor_id", "surface", "kind", "code"]].astype(object)
    return found.where(found.notna(), None).values.tolist()


def test_a_role_with_its_country_adjective_resolves_by_the_articles_date() -> None:
    assert mentions_of("وصل وزير الخارجية السعودي إلى القاهرة") == [
        ["adel_al_jubeir", "وزير الخارجية السعودي", "role", "SAUGOV"]]  # إلى القاهرة: a place
    assert mentions_of("وصل وزير الخارجية السعودي", "2021-03-01")[0][0] == "faisal_bin_farhan"


def test_the_name_beside_a_role_decides_the_person() -> None:
    # the 2021 table knows only Blinken as US secretary of state; Kerry is written out
    found = mentions_of("وقال وزير الخارجية الأميركي جون كيري إن الاتفاق جيد", "2021-03-01")
    assert found == [["john_kerry", "وزير الخارجية الأميركي جون كيري", "name", "USAGOV"]]


def test_an_undated_article_codes_a_role_but_names_nobody() -> None:
    assert mentions_of("قال وزير الخارجية الأمريكي إن", None) == [[None, "وزير الخارجية الأمريكي", "role", "USAGOV"]]


def test_a_deputy_never_resolves_to_the_holder_of_the_higher_office() -> None:
    found = mentions_of("استقبل نائب الرئيس اليمني الوفد")
    assert found and found[0][0] != "abdrabbuh_mansur_hadi" and found[0][3] == "YEMGOV"


def test_institutions_are_coded_without_being_listed() -> None:
    assert [r[3] for r in mentions_of("وأكد الجيش اللبناني أن الرئاسة التونسية والحوثيين")] == ["LBNMIL", "TUNGOV", "YEMREB"]


def test_an_office_of_an_organisation_is_coded_igo() -> None:
    found = mentions_of("قال الأمين العام للأمم المتحدة بان كي مون")
    # coded as the organisation, as CAMEO codes an IGO office holder (no GOV: the UN is no government)
    assert found == [["ban_ki_moon", "الأمين العام للأمم المتحدة بان كي مون", "name", "IGO"]]


def test_a_country_adjective_alone_is_no_mention() -> None:
    assert mentions_of("في الأراضي اليمنية") == []


def test_a_country_or_capital_where_something_happens_is_no_actor() -> None:
    assert mentions_of("عقد اجتماع في الرياض وبسوريا") == []
    assert [r[3] for r in mentions_of("وأعلنت طهران أن")] == ["IRNGOV"]


def test_a_word_that_is_also_a_family_name_does_not_join_an_office_of_no_country() -> None:
    # بأن normalises to بان (Ban Ki-moon's family name): "the ambassador said that ..." names no one
    assert all(r[0] != "ban_ki_moon" for r in mentions_of("وأفاد السفير بأن الوفد وصل"))
