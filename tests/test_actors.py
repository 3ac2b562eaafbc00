"""Actor detection: one Arabic pitfall per test, and the tables built on it."""

from __future__ import annotations

import pandas as pd
import pytest

from q7x2lib.actors import actor_table, load_actors
from q7x2lib.errors import LexiconError
from q7x2lib.mentions import cooccurrence, find_mentions, first_mentions, headline_body_counts, kwic, mention_counts

DATE_2021 = pd.Timestamp("2021-04-14")


def mentions_of(text: str, date=DATE_2021, **kw) -> list[tuple[str, str, str]]:
    df = pd.DataFrame({"doc_id": ["d"], "published": [date], "text_clean": [text]})
    m = find_mentions(df, **kw)
    assert all(text[a:b] == s for a, b, s in zip(m.start, m.end, m.surface))
    return list(zip(m.actor_id, m.kind, m.surface))


def one_article(text: str, date="2015-08-01", outlet: str | None = None) -> pd.DataFrame:
    """The mentions :func:`find_mentions` gives for one article of ``text`` published on ``date`` (by ``outlet``)."""
    columns = {"doc_id": ["a"], "published": [pd.Timestamp(date)], "text_clean": [text]}
    if outlet is not None:
        columns["outlet"] = [outlet]
    return find_mentions(pd.DataFrame(columns))


@pytest.mark.parametrize("surface", ["وبوتين", "لبوتين", "فبوتين", "ببوتين", "وببوتين"])
def test_proclitic_attached_to_name_is_a_mention(surface: str) -> None:
    assert mentions_of(f"قال بايدن إنه {surface} يلتقي.")[1] == ("putin", "name", surface)


def test_clitic_lam_on_biden_and_fa() -> None:
    assert [a for a, _, _ in mentions_of("متمنيًا لبايدن صحة جيدة فبايدن مريض")] == ["biden", "biden"]


def test_word_containing_a_name_is_not_a_mention() -> None:
    assert mentions_of("البوتينية مذهب والبايدنيون حزب") == []


@pytest.mark.parametrize(
    "variant",
    ["بوتين", "بُوتِين", "بوتـــين", "\u200fبوتين"],  # plain, diacritics, tatweel, bidi mark
)
def test_spelling_variants_of_a_name(variant: str) -> None:
    assert mentions_of(f"قال {variant} إن")[0][:2] == ("putin", "name")


@pytest.mark.parametrize("spelling", ["الأمريكي", "الأميركي", "الامريكى", "الامريكي"])
def test_hamza_and_alef_maqsura_variants_of_a_role(spelling: str) -> None:
    assert mentions_of(f"مع نظيره {spelling} في أقرب وقت")[0] == ("biden", "role", f"نظيره {spelling}")


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        ("الرئيس الروسي", "putin"),
        ("الزعيم الروسي", "putin"),
        ("نظيره الأمريكي", "biden"),
        ("الزعيم الأمريكي", "biden"),
        ("المتحدث باسم الكرملين", "peskov"),
        ("المتحدثة باسم البيت الأبيض", "psaki"),
        ("نائب وزير الخارجية الروسي", "ryabkov"),
    ],
)
def test_role_phrase_resolves_to_its_holder(phrase: str, actor: str) -> None:
    assert mentions_of(f"وقال {phrase} إن الحوار ممكن.") == [(actor, "role", phrase)]


def test_kremlin_is_an_institution_name_with_clitics() -> None:
    found = mentions_of("وقال الكرملين إن للكرملين موقفا وبالكرملين اجتماعا.")
    assert [(a, k) for a, k, _ in found] == [("kremlin", "name")] * 3


def test_vice_president_of_russia_is_not_putin() -> None:
    found = mentions_of("ذكرت الوكالة أن نائب الرئيس الروسي أبلغ السفير.")
    assert "putin" not in [a for a, _, _ in found]


def test_former_us_president_is_not_the_current_one() -> None:
    found = mentions_of("لصالح الرئيس الأمريكي السابق في الانتخابات.")
    assert found == [("trump", "role", "الرئيس الأمريكي السابق")]


def test_us_president_role_depends_on_the_article_date() -> None:
    assert mentions_of("قال الرئيس الأمريكي إن", date=pd.Timestamp("2020-06-01"))[0][0] == "trump"
    assert mentions_of("قال الرئيس الأمريكي إن", date=pd.Timestamp("2021-06-01"))[0][0] == "biden"


def test_appositive_role_and_name_is_one_mention() -> None:
    assert mentions_of("بين الرئيس الروسي، فلاديمير بوتين، والأمريكي") == [
        ("putin", "name", "الرئيس الروسي، فلاديمير بوتين")
    ]
    assert mentions_of("أكد المتحدث باسم الكرملين ديمتري بيسكوف أن") == [
        ("peskov", "name", "المتحدث باسم الكرملين ديمتري بيسكوف")
    ]


def test_title_word_joins_the_name_and_is_nothing_alone() -> None:
    assert mentions_of("تأييد الرئيس بايدن وصف") == [("biden", "name", "الرئيس بايدن")]
    # alone, الرئيس is an office of no known country: its agent, and no one
    assert mentions_of("وقال الرئيس إن") == [(None, "agent", "الرئيس")]


def test_joint_reference_resolves_to_both_leaders_named() -> None:
    found = mentions_of("اتصل بايدن ببوتين، وناقش الزعيمان الأزمة.")
    assert ("biden", "group", "الزعيمان") in found and ("putin", "group", "الزعيمان") in found


def test_capital_as_government() -> None:
    assert mentions_of("أعربت موسكو عن أسفها إزاء رفض واشنطن")[:2] == [("russia", "name", "موسكو"), ("usa", "name", "واشنطن")]


def test_typo_variant_in_the_lexicon() -> None:
    assert mentions_of("وحذرت الخرجية الروسية من أن")[0][:2] == ("russian_mfa", "name")


def test_sentence_ids_follow_sentences() -> None:
    df = pd.DataFrame({"doc_id": ["d"], "published": [DATE_2021], "text_clean": ["قال بوتين كلاما. ورد بايدن عليه."]})
    assert find_mentions(df).sentence_id.tolist() == [0, 1]


def test_bundled_corpus_mentions_index_text_clean(corpus: pd.DataFrame) -> None:
    m = find_mentions(corpus)
    texts = corpus.set_index("doc_id").text_clean
    assert all(texts[d][a:b] == s for d, a, b, s in zip(m.doc_id, m.start, m.end, m.surface))
    assert set(m.kind) == {"name", "role", "agent", "group"}
    assert (m.loc[m.kind == "agent", "agent"] != "").all()  # an office or institution always has its agent
    top = m.actor_id.value_counts()
    assert {"putin", "biden"} <= set(top.index[:4])


def test_lexicon_has_the_required_actors() -> None:
    ids = set(actor_table().actor_id)
    required = {"putin", "biden", "kremlin", "white_house", "ryabkov", "peskov", "zakharova", "psaki",
                "navalny", "blinken", "sullivan", "kosachev", "trump"}
    assert required <= ids


def test_user_table_extends_the_bundled_one(tmp_path) -> None:
    own = tmp_path / "mine.csv"
    own.write_text("actor_id,name_ar,name_en,type,side,kind,phrase\nlavrov,,,,,name,لافروف\nshoigu,سيرغي شويغو,Sergei Shoigu,person,RU,name,شويغو\n", encoding="utf-8")
    actors = load_actors(own)
    assert {"shoigu", "putin"} <= set(actors.actor_id)
    assert mentions_of("وقال شويغو وبوتين", actors=actors) == [("shoigu", "name", "شويغو"), ("putin", "name", "وبوتين")]
    with pytest.raises(LexiconError, match=r"\['lavrov'\] have no side"):
        load_actors(own, extend=False)  # alone, the table no longer says lavrov's side


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Putin,,,,RU,name,بوتين", "line 2: actor_id 'Putin' must be lowercase ASCII"),
        ("x,,,,RU,nickname,بوتين", "line 2: kind 'nickname' is not one of"),
        ("x,,,,EU,name,بوتين", "line 2: side 'EU' is not one of"),
        ("x,,,,RU,role,الرئيس,2021-13-45,", "line 2: valid_from '2021-13-45' is not a date"),
        ("x,,,,,name,بوتين", "actor(s) ['x'] have no side"),
    ],
)
def test_malformed_actor_row_is_named(tmp_path, row: str, message: str) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("actor_id,name_ar,name_en,type,side,kind,phrase,valid_from,valid_to\n" + row + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="bad.csv.*" + message.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[").replace("]", r"\]")):
        load_actors(bad)


def test_counts_per_outlet_and_per_1000_words(corpus: pd.DataFrame) -> None:
    m = find_mentions(corpus)
    counts = mention_counts(m, corpus, by="outlet", by_kind=True)
    assert set(counts.outlet) == {"يورو عربي", "(unknown)"}
    assert counts.n.sum() == m.actor_id.notna().sum()  # a coded mention of no known actor is counted by code
    by_code = mention_counts(m, corpus, by="outlet", actor_col="code")
    assert by_code.n.sum() == (m.code != "").sum()
    row = counts.iloc[0]
    assert row.per_1000 == round(1000 * row.n / row.n_words, 2)


def test_first_mentions_and_headline_counts(corpus: pd.DataFrame) -> None:
    m = find_mentions(corpus)
    first = first_mentions(m, corpus)
    assert first.groupby(["doc_id", "actor_id"]).size().max() == 1
    assert first.position.between(0, 1).all()
    hb = headline_body_counts(m, corpus).set_index(["doc_id", "actor_id"])
    assert hb.loc[("004_e92e0c86928e1aaa", "kremlin"), "headline"] == 1
    assert hb.loc[("000_2f7a25327503f7a2", "putin"), "headline"] == 0  # no title


def test_cooccurrence_in_sentences(corpus: pd.DataFrame) -> None:
    co = cooccurrence(find_mentions(corpus))
    assert (co.actor_a < co.actor_b).all()
    top = co.iloc[0]
    assert {top.actor_a, top.actor_b} == {"biden", "putin"}


def test_kwic_shows_mention_in_context(corpus: pd.DataFrame) -> None:
    m = find_mentions(corpus)
    k = kwic(m.head(3), corpus)
    assert (k.mention == m.head(3).surface.values).all()


def test_user_tables_extend_every_coding_table_and_reach_find_mentions(tmp_path) -> None:
    from q7x2lib import find_mentions
    from q7x2lib.actors import user_tables

    own = tmp_path / "my_people.csv"
    own.write_text("actor_id,country,agent,name_en,phrase,note\nzaid_example,JOR,GOV,Zaid Example,زيد المثالي,made up\n",
                   encoding="utf-8")
    df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2015-05-01")],
                       "text_clean": ["وقال زيد المثالي إن الحوار مستمر."]})
    assert find_mentions(df)["actor_id"].tolist() != ["zaid_example"]
    tables = user_tables(table_paths={"people": own})
    found = find_mentions(df, actors=tables["actors"], tables=tables)
    assert found[["actor_id", "code"]].values.tolist() == [["zaid_example", "JORGOV"]]
    assert user_tables()["people"] is user_tables()["people"], "bundled tables are shared, so matchers are built once"


def test_user_tables_refuse_an_unknown_table_name() -> None:
    from q7x2lib.actors import user_tables
    from q7x2lib.errors import LexiconError

    with pytest.raises(LexiconError, match=r"no table\(s\) \['peoples'\]"):
        user_tables(table_paths={"peoples": "x.csv"})


@pytest.mark.parametrize("notebook", ["10-source-comparison", "20-actor-frequency", "30-stance"])
def test_notebooks_take_the_user_tables_and_columns(notebook) -> None:
    import papermill

    from q7x2lib import config

    declared = papermill.inspect_notebook(str(config.PROJECT_ROOT / "notebooks" / f"{notebook}.ipynb"))
    assert {"corpus_path", "text_col", "id_col", "actors_path", "table_paths"} <= set(declared)


def _coded(text: str) -> list[list]:
    return one_article(text, "2015-08-10")[["surface", "kind", "code"]].values.tolist()


def test_a_local_body_in_construct_with_its_place_is_one_mention() -> None:
    # made up (round 22, issue 14): a police, a municipality, a passports department, a chamber of commerce and an
    # education department named by the place they serve, in Saudi local news
    found = _coded("وأعلنت شرطة منطقة تبوك ضبط المخالفين، فيما قالت أمانة نجران وبلدية محافظة الدوادمي إن "
                   "جوازات منطقة الباحة وغرفة جازان وإدارة تعليم عسير شاركت")
    assert found == [["شرطة منطقة تبوك", "agent", "SAUCOP"], ["أمانة نجران", "agent", "SAUGOV"],
                     ["وبلدية محافظة الدوادمي", "agent", "SAUGOV"], ["جوازات منطقة الباحة", "agent", "SAUCOP"],
                     ["وغرفة جازان", "agent", "SAUBUS"], ["وإدارة تعليم عسير", "agent", "SAUGOV"]]
    # an emirate of the UAE gives its own state; a phrase that ends with its place noun takes the place's name
    assert _coded("وقالت شرطة الشارقة إن") == [["شرطة الشارقة", "agent", "ARECOP"]]
    assert _coded("وقالت أمانة منطقة القصيم إن")[0][0] == "أمانة منطقة القصيم"
    # with no place after it the noun is no mention: a room, a new council, a trust
    assert _coded("دخل غرفة الاجتماعات ثم أعلنوا تأسيس بلدية جديدة لأنها أمانة في أعناقهم") == []


def test_a_town_of_the_regions_table_gives_its_body_the_saudi_state() -> None:
    # made up (round 61, issue 15): الجوف، المجاردة، بيش are in the regions table only; the bodies they serve are
    # Saudi though the story names another state (before: the passports office took Jordan, the others no mention)
    found = _coded("وذكر الناطق الإعلامي لجوازات منطقة الجوف أن المسافرين إلى الأردن زادوا، "
                   "وأغلقت بلدية المجاردة ومرور بيش محلات في الأردن")
    assert found == [["الناطق الإعلامي لجوازات منطقة الجوف", "agent", "SAUCOP"],
                     ["بلدية المجاردة", "agent", "SAUGOV"], ["ومرور بيش", "agent", "SAUCOP"]]
    # a town whose name is as often a common word (place_common_word) is no Saudi place by itself
    assert _coded("وأغلقت بلدية المذنب محلات في الأردن") == []


def test_a_quoted_portfolio_that_acts_is_its_ministry_or_authority() -> None:
    # made up (round 61, issue 15): a headline's «السياحة» تطلق and a body's واكدت "الغذاء والدواء" name the ministry
    # and the authority by their portfolio alone (word list portfolio_body: وزارة، هيئة before it is a phrase of the
    # agents table); the article's state is their country
    found = _coded("«السياحة» تطلق موسم الصيف. وأكدت \"الغذاء والدواء\" أن المنتجات سليمة، وقالت وزارة الصحة السعودية إن")
    assert found == [["«السياحة»", "agent", "SAUGOV"], ["\"الغذاء والدواء\"", "agent", "SAUGOV"],
                     ["وزارة الصحة السعودية", "agent", "SAUGOV"]]
    # a quoted stock sector, a quoted party of a list, a club (word list portfolio_other_sense): no ministry
    assert _coded('وارتفع قطاع "النقل" بنسبة 2 في المائة، وشارك "العدل" و"الدستور"، وفاز «الشباب» على الهلال') == []


def test_bodies_of_saudi_general_news_counted_in_round_61_are_table_rows() -> None:
    # made up (round 61, issue 15): a chamber and a municipality named by the region's short name, the security
    # authorities (COP, not the GOV of السلطات), a judicial council, a Saudi council and a listed bank
    found = _coded("ونظمت غرفة الشرقية معرضا شاركت فيه أمانة الشرقية، وقالت سلطات الأمن إن المجلس الأعلى للقضاء "
                   "ومجلس الشؤون الاقتصادية والتنمية والبنك السعودي الهولندي تعاونوا في السعودية")
    assert found == [["غرفة الشرقية", "agent", "SAUBUS"], ["أمانة الشرقية", "agent", "SAUGOV"],
                     ["سلطات الأمن", "agent", "SAUCOP"], ["المجلس الأعلى للقضاء", "agent", "SAUJUD"],
                     ["ومجلس الشؤون الاقتصادية والتنمية", "name", "SAUGOV"], ["والبنك السعودي الهولندي", "name", "SAUBUS"]]
    assert _coded("واعتقلت السلطات الأمنية التونسية المشتبه به") == [["السلطات الأمنية التونسية", "agent", "TUNCOP"]]


def test_local_departments_counted_in_round_62_are_table_rows() -> None:
    # made up (round 62, issue 14): an education, traffic or civil defence department named by its portfolio (the
    # article's state gives the country), a general directorate of traffic, and the American FDA with no adjective
    found = _coded("وأعلنت إدارة التعليم بمحافظة الخرج أن إدارة المرور وإدارة الدفاع المدني والإدارة العامة للمرور "
                   "تعاونت مع إدارة التربية والتعليم في السعودية، ووافقت إدارة الغذاء والدواء على الدواء")
    assert found == [["إدارة التعليم", "agent", "SAUGOV"], ["إدارة المرور", "agent", "SAUCOP"],
                     ["وإدارة الدفاع المدني", "agent", "SAUCOP"], ["والإدارة العامة للمرور", "agent", "SAUCOP"],
                     ["إدارة التربية والتعليم في السعودية", "agent", "SAUGOV"],
                     ["إدارة الغذاء والدواء", "agent", "USAGOV"]]


def test_a_local_body_named_again_by_its_noun_takes_its_code() -> None:
    # made up: الأمانة، الغرفة after the body's full name are that body; البلدية right after a definite noun is
    # that noun's adjective (المجالس البلدية), no mention
    found = _coded("وقالت غرفة دبي إن التجار راضون. وأوضحت الغرفة أن أمانة منطقة جازان تعاونت، "
                   "وأكدت الأمانة وبلدية محافظة الخرج دعمهما لانتخابات المجالس البلدية")
    assert found == [["غرفة دبي", "agent", "AREBUS"], ["الغرفة", "agent", "AREBUS"],
                     ["أمانة منطقة جازان", "agent", "SAUGOV"], ["الأمانة", "agent", "SAUGOV"],
                     ["وبلدية محافظة الخرج", "agent", "SAUGOV"]]


def test_public_bodies_of_general_news_are_named_rows() -> None:
    # made up (round 22, issue 14): bodies counted in the rules split of the development corpus
    found = _coded("وأعلنت الهيئة الوطنية لمكافحة الفساد والرئاسة العامة للأرصاد وحماية البيئة وصندوق تنمية "
                   "الموارد البشرية تعاونها، فيما قرر مجلس الاحتياطي الاتحادي تثبيت الفائدة وأعلنت هيئة قناة السويس "
                   "زيادة العبور. وأكدت الإدارة العامة للتعليم بمنطقة تبوك أن الهيئة تابعت")
    assert found == [["الهيئة الوطنية لمكافحة الفساد", "name", "SAUGOV"],
                     ["والرئاسة العامة للأرصاد وحماية البيئة", "name", "SAUGOV"],
                     ["وصندوق تنمية الموارد البشرية", "name", "SAUGOV"], ["مجلس الاحتياطي الاتحادي", "name", "USAGOV"],
                     ["هيئة قناة السويس", "name", "EGYGOV"], ["الإدارة العامة للتعليم", "agent", "SAUGOV"],
                     ["الهيئة", "name", "EGYGOV"]]


def test_a_mayor_or_director_of_education_takes_the_place_after_the_office() -> None:
    # made up (round 22, issue 14): أمين منطقة، أمين محافظة، مدير تعليم + the place they serve, with a titled name
    found = _coded("وأكد أمين منطقة تبوك أن المشروع اكتمل، وقال المهندس خالد السالم أمين محافظة الطائف "
                   "ومدير تعليم نجران إن العمل مستمر")
    assert found == [["أمين منطقة تبوك", "agent", "SAUGOV"],
                     ["المهندس خالد السالم أمين محافظة الطائف", "name", "SAUGOV"],
                     ["ومدير تعليم نجران", "agent", "SAUGOV"]]
    assert _coded("قال مدير تعليم الكبار إن") == []  # no place after it: no mention


def test_a_stock_report_names_companies_by_their_shares_and_markets_by_their_state() -> None:
    # made up (round 22, issue 14): a market and its state, companies after a share noun (quoted, bare, listed),
    # each coded with the state of the market named last before it; a locative market and a number of shares are none
    found = _coded("ارتفعت البورصة الكويتية بنسبة 0.3 في المائة، وسجل سعر سهم «الوطنية العقارية» أعلى ارتفاع، "
                   "تلاه سهم زين بنسبة 2 في المائة. وتداول المستثمرون 40 مليون سهم. وفي السوق السعودية كانت "
                   "أسهم شركات سابك ,والراجحي الأكثر نشاطا، وأسهم البرنامج في نجاح المهرجان")
    assert [row for row in found if row[2].endswith("BUS") and row[0] != "المستثمرون"] == [
        ["البورصة الكويتية", "agent", "KWTBUS"], ["الوطنية العقارية", "agent", "KWTBUS"], ["زين", "agent", "KWTBUS"],
        ["سابك", "agent", "SAUBUS"], ["والراجحي", "agent", "SAUBUS"]]
    # a country's name inside a company's name gives way to the company, and gives it its state (round 65)
    assert _coded("وارتفع سهم صناعات قطر بنسبة 1 في المائة") == [["صناعات قطر", "agent", "QATBUS"]]


def test_a_listed_company_takes_the_state_its_own_name_writes_not_a_city_in_it() -> None:
    # made up (round 65, issue 14): a comma right after أسهم شركات still opens the list; a state's name in a listed
    # company's name is its state (زين الأردن: Jordan's) where the market is another's; a capital inside a name (الأهلي
    # باريس) is no vote for its state, so the market's state leads and the bare names take it
    found = _coded("ارتفعت البورصة المصرية اليوم، وكانت أسهم شركات, النيل باريس ,وزين الأردن ,والقاهرة للتنمية "
                   "الأكثر ارتفاعا، فيما جاءت أسهم شركات الدلتا ,وطيبة الأكثر انخفاضا")
    assert [row for row in found if row[2].endswith("BUS")] == [
        ["البورصة المصرية", "agent", "EGYBUS"], ["النيل باريس", "agent", "EGYBUS"],
        ["وزين الأردن", "agent", "JORBUS"], ["والقاهرة للتنمية", "agent", "EGYBUS"],
        ["الدلتا", "agent", "EGYBUS"], ["وطيبة", "agent", "EGYBUS"]]
    # no market named: the one state the names write makes the report's, and its bare names take it
    found = _coded("وكانت أسهم شركات, الرواد ,وكيان الكويت ,وزين الكويت الأكثر نشاطا")
    assert [row[2] for row in found] == ["KWTBUS"] * 3


# Round 22 (issue 14): Saudi local officials, spokesmen and some foreign officials of 2015, counted in the
# rules split (three or more articles each) and added to the people table. Sentences made up in the same pattern.
@pytest.mark.parametrize(("text", "actor_id", "code"), [
    ("وأوضح الناطق الإعلامي لشرطة المنطقة الشرقية العقيد زياد الرقيطي أن الجهات المختصة باشرت البلاغ.",
     "ziyad_al_ruqaiti", "SAUCOP"),
    ("وقال أمين الطائف المهندس محمد بن عبدالرحمن المخرج إن المشروع يكتمل قريبا.", "mohammed_al_mukharrij", "SAUGOV"),
    ("وأكد المتحدث الرسمي باسم وزارة الخارجية المستشار أحمد أبو زيد أن القاهرة تتابع الموقف.", "ahmed_abu_zeid", "EGYGOV"),
    ("وأعلن رئيس ديوان المظالم الشيخ خالد بن محمد اليوسف ترقية عدد من القضاة.", "khalid_al_yousef", "SAUJUD"),
    ("وقال المتحدث باسم الجيش الأوكراني أندريه ليسينكو إن القصف تواصل ليلا.", "andriy_lysenko", "UKRMIL"),
    ("وأفاد المتحدث باسم العمليات المشتركة العميد يحيى رسول بأن القوات تقدمت نحو المدينة.", "yahya_rasool", "IRQMIL"),
    ("واستقبل سفير خادم الحرمين الشريفين لدى المملكة المتحدة الأمير محمد بن نواف بن عبدالعزيز الوفد.",
     "mohammed_bin_nawaf", "SAUGOV"),
])
def test_people_counted_in_the_rules_split_resolve_with_their_code(text, actor_id, code) -> None:
    found = one_article(text)
    assert [actor_id, code] in found[["actor_id", "code"]].values.tolist()


def test_a_short_name_inside_a_longer_name_is_not_the_spokesman() -> None:
    # محمد العاصمي (the Asir civil defence spokesman) was left out as a phrase: it sits inside عبدالرحمن بن محمد العاصمي
    df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2015-08-01")],
                       "text_clean": ["وزار مدير الجامعة الدكتور عبدالرحمن بن محمد العاصمي المعرض أمس."]})
    assert "mohammed_al_asimi" not in find_mentions(df)["actor_id"].tolist()


# Round 23 (issue 14): general news. Sentences made up in the same patterns as the rows and words added.
def test_the_security_and_government_bodies_in_general_are_coded_with_the_articles_state() -> None:
    # الجهات الأمنية / الجهات الحكومية (agents.csv): the state's bodies, of the outlet's state where none is written
    df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2015-08-01")], "outlet": ["okaz"],
                       "text_clean": ["وباشرت الجهات الأمنية في الخرج الحادث، ودعا المحافظ الجهات الحكومية إلى التعاون."]})
    found = find_mentions(df)[["surface", "code"]].values.tolist()
    assert ["الجهات الأمنية في الخرج", "SAUCOP"] in found and ["الجهات الحكومية", "SAUGOV"] in found


@pytest.mark.parametrize(("text", "surface", "code"), [
    ("وقال المواطن سالم بن حمد القرني إن الطريق تأخر كثيرا.", "المواطن سالم بن حمد القرني", "SAUCVL"),
    ("وقال الشاعر ماجد بن سعد الدوسري إن القصيدة كتبت للوطن.", "الشاعر ماجد بن سعد الدوسري", "SAUCVL"),
    ("وشارك المنشد خالد بن سعيد الزهراني في الأمسية.", "المنشد خالد بن سعيد الزهراني", "SAUCVL"),
    ("وأعلنت القيادة استشهاد الرقيب فهد بن سعد الحربي في جازان.", "الرقيب فهد بن سعد الحربي", "SAUMIL"),
])
def test_a_citizen_a_poet_and_a_sergeant_before_a_full_name_make_a_name_mention(text, surface, code) -> None:
    # المواطن، الشاعر، المنشد (descriptive titles: two name words at least) and الرقيب (a rank) in word_lists.csv
    assert [surface, "name", code] in one_article(text, outlet="okaz")[["surface", "kind", "code"]].values.tolist()


def test_a_plain_citizen_and_a_given_name_with_abd_make_no_name_mention() -> None:
    # المواطن العادي: a description, no name; عبد الرقيب: a given name, not the rank before a name
    df = pd.DataFrame({"doc_id": ["a", "b"], "published": [pd.Timestamp("2015-08-01")] * 2, "outlet": ["okaz"] * 2,
                       "text_clean": ["وقال المواطن العادي إن الأسعار ارتفعت.",
                                      "وقال عبد الرقيب سيف الحميري إن الوضع هادئ."]})
    surfaces = find_mentions(df)["surface"].tolist()
    assert not any(s.startswith(("المواطن", "الرقيب")) for s in surfaces)


@pytest.mark.parametrize(("text", "surface", "code"), [
    ("وقال مدير التعليم في محافظة الخرج الأستاذ سعد بن محمد الدوسري إن الدراسة تبدأ غدا.",
     "مدير التعليم في محافظة الخرج الأستاذ سعد بن محمد الدوسري", "SAUGOV"),
    # a college's dean: the state alone, as the guideline codes a university and its officers (round 37; SAUGOV before)
    ("وأكدت عميدة الكلية الدكتورة نورة بنت سعد القحطاني أن الطالبات شاركن.",
     "عميدة الكلية الدكتورة نورة بنت سعد القحطاني", "SAU"),
])
def test_an_office_no_table_knows_then_a_titled_name_is_one_person_coded_by_the_office(text, surface, code) -> None:
    # made up (round 23, issue 14): the office head (person_office) a few words before the title starts the mention
    assert [surface, "name", code] in one_article(text, outlet="okaz")[["surface", "kind", "code"]].values.tolist()


def test_an_office_in_another_clause_does_not_join_the_titled_name() -> None:
    # a particle or punctuation between the office and the title: two mentions, the office not in the name
    df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2015-08-01")], "outlet": ["okaz"],
                       "text_clean": ["وقال مدير المدرسة إن الدكتور سعد بن محمد الدوسري زار الطلاب."]})
    assert not any(s.startswith("مدير") and "الدوسري" in s for s in find_mentions(df)["surface"])


# Round 23 (issue 14): more officials of 2015 counted in the rules split (three or more articles each) and
# added to the people table, and Cameroon's president as a dated office. Sentences made up in the same pattern.
@pytest.mark.parametrize(("text", "actor_id", "code"), [
    ("وأوضح رئيس الهيئة العامة للطيران المدني سليمان بن عبدالله الحمدان أن الرحلات الداخلية ستزيد.",
     "sulaiman_al_hamdan", "SAUGOV"),
    ("وقال مدير شرطة منطقة جازان اللواء ناصر الدويسي إن الدوريات انتشرت في القرى.", "nasser_al_duwaisi", "SAUCOP"),
    ("وأكد أمين المنطقة الشرقية المهندس فهد الجبير أن العقود الجديدة تطرح قريبا.", "fahd_al_jubair", "SAUGOV"),
    ("وترأس الأمير عبدالعزيز بن سلمان نائب وزير البترول اجتماع اللجنة المشتركة.", "abdulaziz_bin_salman", "SAUGOV"),
    ("وقال وزير الطاقة الجزائري صالح خبري إن المشاورات مستمرة داخل المنظمة.", "salah_khebri", "DZAGOV"),
    ("وأعلن رئيس الأركان اللواء وليد سلمان أن الجيش يتابع الوضع على الحدود.", "walid_salman", "LBNMIL"),
])
def test_officials_counted_in_the_rules_split_round_23_resolve_with_their_code(text, actor_id, code) -> None:
    found = one_article(text)
    assert [actor_id, code] in found[["actor_id", "code"]].values.tolist()


def test_cameroons_president_resolves_from_the_role_on_the_articles_date() -> None:
    # the office row (president of Cameroon from 1982): a role phrase with no name names him in 2015, no one in 1980
    def ids(day: str) -> list:
        df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp(day)],
                           "text_clean": ["وأدان الرئيس الكاميروني الهجوم على السوق الشعبية."]})
        return find_mentions(df)["actor_id"].tolist()
    assert "paul_biya" in ids("2015-08-01")
    assert "paul_biya" not in ids("1980-05-01")


@pytest.mark.parametrize(("text", "actor_id", "code"), [
    ("وقال وزير الخارجية النمساوي سباستيان كورتس إن بلاده تدعم الاتفاق.", "sebastian_kurz", "AUTGOV"),
    ("وأعلن وزير النقل الماليزي ليو تيونغ لاي أن فريق التحقيق وصل إلى الجزيرة.", "liow_tiong_lai", "MYSGOV"),
    ("وقال محافظ عدن نائف البكري إن الخدمات تعود تدريجيا إلى المدينة.", "nayef_al_bakri", "YEMGOV"),
])
def test_foreign_officials_of_2015_counted_in_the_rules_split_resolve(text, actor_id, code) -> None:
    assert [actor_id, code] in one_article(text)[["actor_id", "code"]].values.tolist()


def test_austrias_foreign_minister_is_kurz_only_inside_his_dates() -> None:
    def ids(day: str) -> list:
        df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp(day)],
                           "text_clean": ["وقال وزير الخارجية النمساوي إن فيينا ستستضيف الجولة المقبلة."]})
        return find_mentions(df)["actor_id"].tolist()
    assert "sebastian_kurz" in ids("2015-07-14")
    assert "sebastian_kurz" not in ids("2019-01-10")


@pytest.mark.parametrize(("text", "actor_id", "code"), [
    ("وأوضح المتحدث الرسمي لوزارة العمل تيسير المفرج أن المهلة تنتهي نهاية الشهر.", "tayseer_al_mufarrej", "SAUGOV"),
    ("وتفقد أمين منطقة عسير صالح بن عبدالله القاضي مشروعات تصريف السيول.", "saleh_al_qadi", "SAUGOV"),
    ("ورعى محافظ الطائف فهد بن عبدالعزيز بن معمر حفل الأهالي.", "fahd_bin_muammar", "SAUGOV"),
    ("وقال حاكم البنك المركزي الياباني هاروهيكو كورودا إن التضخم سيرتفع.", "haruhiko_kuroda", "JPNGOV"),
])
def test_governors_mayors_and_officials_counted_in_the_rules_split_resolve(text, actor_id, code) -> None:
    assert [actor_id, code] in one_article(text)[["actor_id", "code"]].values.tolist()


def test_a_spokesmans_name_that_another_man_shares_is_taken_only_after_his_rank() -> None:
    # عبدالرحمن الأسمري, the Jazan passports spokesman, is a row only with his rank: the bare name is also a
    # young man's in the rules split
    def ids(text: str) -> list:
        return one_article(text)["actor_id"].tolist()
    assert "abdulrahman_al_asmari" in ids("وأوضح المتحدث الإعلامي لجوازات منطقة جازان النقيب عبدالرحمن الأسمري أن العمل مستمر.")
    assert "abdulrahman_al_asmari" not in ids("وقال الشاب عبدالرحمن الأسمري إنه يحرص على الاعتكاف كل عام.")


# Round 23 (issue 14, fourth batch): unknown statement speakers counted on the rules split (three or more
# articles each) and added to the people table. Sentences made up in the same pattern.
@pytest.mark.parametrize(("text", "actor_id", "code"), [
    ("وأوضح الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطية القرشي أن المتهمين أوقفوا.",
     "atti_al_qurashi", "SAUCOP"),
    ("وقال المتحدث الرسمي باسم الانتخابات البلدية المهندس جديع القحطاني إن التسجيل يبدأ الأسبوع المقبل.",
     "judai_al_qahtani", "SAUGOV"),
    ("وأكد وكيل إمارة منطقة الباحة الدكتور حامد بن مالح الشمري أن المهرجان يستمر شهرا.", "hamid_al_shammari", "SAUGOV"),
    ("وقال المتحدث الرسمي لجامعة نجران الدكتور زهير العمري إن القبول ينتهي غدا.", "zuhair_al_omari", "SAU"),
    ("وقال المتحدث الرسمي باسم وزارة الخارجية السودانية السفير علي الصادق إن الخرطوم تدين الهجوم.",
     "ali_al_sadiq", "SDNGOV"),
    ("وأعلن قائد عمليات الأنبار اللواء الركن قاسم المحمدي تحرير قريتين.", "qasim_al_mohammadi", "IRQMIL"),
    ("وقال رئيس غرفة الشرقية عبدالرحمن بن صالح العطيشان إن المعرض يوفر ألف وظيفة.", "abdulrahman_al_otaishan", "SAUBUS"),
    ("وأوضح مدير عام حرس الحدود اللواء عواد بن عيد البلوي أن الدوريات عززت.", "awwad_al_balawi", "SAUCOP"),
])
def test_unknown_speakers_counted_in_the_rules_split_resolve(text, actor_id, code) -> None:
    assert [actor_id, code] in one_article(text)[["actor_id", "code"]].values.tolist()


def test_a_name_inside_a_longer_name_and_a_shared_bare_name_stay_apart() -> None:
    # عاطي القرشي is inside سلطان بن عاطي القرشي (his son's name); ناصر الشريف is a row only after العقيد
    def ids(text: str) -> list:
        return one_article(text)["actor_id"].tolist()
    found = ids("وقال مدير إدارة المشروعات المهندس سلطان بن عاطي القرشي إن التوسعة تكتمل قريبا.")
    assert "sultan_al_qurashi" in found and "atti_al_qurashi" not in found
    assert "nasser_al_sharif" in ids("وقال المتحدث الإعلامي للدفاع المدني العقيد ناصر الشريف إن الحريق أخمد.")
    assert "nasser_al_sharif" not in ids("وقال مدير فرع شركة الكهرباء ناصر الشريف إن التيار عاد إلى القرى.")


@pytest.mark.parametrize(("text", "actor_id", "code"), [
    ("وقال ناصر الحاسي المتحدث باسم القوات الجوية إن الطائرات قصفت مخازن للذخيرة.", "nasser_al_hasi", "LBYMIL"),
    ("وقال عيد عماش المتحدث باسم مجلس محافظة الأنبار إن العائلات عادت إلى بيوتها.", "eid_ammash", "IRQGOV"),
    ("وأوضح المتحدث الإعلامي لصحة منطقة مكة المكرمة عبدالوهاب شلبي أن المريض غادر المستشفى.",
     "abdulwahab_shalabi", "SAUGOV"),
])
def test_more_unknown_speakers_counted_in_the_rules_split_resolve(text, actor_id, code) -> None:
    # made up (round 23, issue 14, fourth batch, second step)
    assert [actor_id, code] in one_article(text)[["actor_id", "code"]].values.tolist()


@pytest.mark.parametrize(("text", "surface", "code"), [
    ("وقال سعيد بن حمد الكعبي المدير العام لوزارة الصحة الإماراتية إن المرضى بخير.",
     "سعيد بن حمد الكعبي المدير العام لوزارة الصحة الإماراتية", "AREGOV"),
    ("وأوضح محمد الشمري رئيس مجلس إدارة الشركة السعودية للكهرباء أن الأعمال مستمرة.",
     "محمد الشمري رئيس مجلس إدارة الشركة السعودية للكهرباء", "SAUBUS"),  # round 24: the company's name to its end
])
def test_a_full_name_no_table_knows_then_its_office_is_one_person_coded_by_the_body(text, surface, code) -> None:
    # made up (round 23, issue 14): a name opening with a given name of the tables, then an office head and the
    # body it names a few words on: one name mention coded by that body, not a bare body mention
    assert [surface, "name", code] in one_article(text, outlet="okaz")[["surface", "kind", "code"]].values.tolist()


def test_a_plain_word_before_an_office_is_no_name() -> None:
    # الاجتماع رئيس ...: a noun, no given name before the office: the office stays as it was
    df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2015-08-01")], "outlet": ["okaz"],
                       "text_clean": ["وحضر الاجتماع رئيس مجلس إدارة الشركة السعودية للكهرباء."]})
    # (round 24: the company is a name of the organisations table now; no person is)
    assert not any(r.kind == "name" and r.actor_id != "saudi_electricity" for r in find_mentions(df).itertuples())


@pytest.mark.parametrize(("text", "surface"), [
    ("وقال الدكتور علي بن سالم الزهراني إن المشروع يكتمل قريبا.", "الدكتور علي بن سالم الزهراني"),
    ("وحضر سعد علي الغامدي مدير شرطة المنطقة الحفل.", "سعد علي الغامدي مدير شرطة المنطقة"),
    ("ثم ألقى الشاعر فهد بن سعد العتيبي قصيدة وطنية.", "الشاعر فهد بن سعد العتيبي"),
])
def test_ali_and_a_verb_spelt_with_alif_lam_do_not_cut_a_titled_name(text, surface) -> None:
    # made up (round 23, issue 14): علي before بن or after a given name is the given name, not على; ألقى before a
    # descriptive title is a verb, not a definite noun the title would describe
    assert surface in one_article(text, outlet="okaz")["surface"].tolist()


def test_ala_after_a_titled_given_name_is_still_the_preposition() -> None:
    df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2015-08-01")], "outlet": ["okaz"],
                       "text_clean": ["وأثنى الأمير سعد علي الجهود المبذولة."]})
    assert "الأمير سعد" in find_mentions(df)["surface"].tolist()


def test_a_place_called_after_a_king_is_no_actor_and_a_university_has_no_agent() -> None:
    # made up (round 23, issue 14): a road or an airport called after a king is a place (no mention, never the
    # king); a university called after him is one institution mention, the king's state and an empty agent
    df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2015-08-01")], "outlet": ["okaz"],
                       "text_clean": ["وافتتحت جامعة الملك فهد فرعها الجديد على طريق الملك فهد قرب مطار الملك خالد."]})
    rows = find_mentions(df)[["surface", "code", "actor_id"]].values.tolist()
    assert rows == [["جامعة الملك فهد", "SAU", None]]
    # (round 31: جامعة الملك سعود has a row of its own in organisations.csv, coded the same)
    df["text_clean"] = ["وافتتحت جامعة الملك سعود فرعها الجديد على طريق الملك فهد قرب مطار الملك خالد."]
    assert find_mentions(df)[["surface", "code", "actor_id"]].values.tolist() == [["جامعة الملك سعود", "SAU", "king_saud_university"]]



def test_a_stadium_called_after_a_ruler_is_a_place_not_the_ruler() -> None:
    # made up (round 41): استاد/ستاد + a person of the tables is a stadium, as ملعب is
    df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2015-08-01")], "outlet": ["okaz"],
                       "text_clean": ["ويلعب المنتخب مباراته المقبلة على استاد محمد بن زايد في أبوظبي."]})
    assert "mohamed_bin_zayed" not in set(find_mentions(df)["actor_id"])

# Round 24 (issue 14, third developer): officials of 2015 named in three or more rules-split articles and unknown
# to the people table, each read at 3-6 random uses. Sentences made up in the same patterns.
@pytest.mark.parametrize(("text", "actor_id", "code"), [
    ("وأوضح مدير عام فرع وزارة العمل بمنطقة مكة المكرمة عبدالله العليان أن الحملة تستمر شهرا.",
     "abdullah_al_olayan", "SAUGOV"),
    ("وتفقد وزير النقل المهندس عبدالله بن عبدالرحمن المقبل مشروع الطريق الدائري.", "abdullah_al_muqbel", "SAUGOV"),
    ("وقال المتحدث باسم وزارة الصحة حسام عبد الغفار إن المصابين نقلوا إلى المستشفى.", "hossam_abdel_ghaffar", "EGYGOV"),
    ("وأكد نائب رئيس الائتلاف الوطني السوري هشام مروة أن المعارضة لن تتراجع.", "hisham_marwa", "SYROPP"),
    ("وأعلن قائد المنطقة العسكرية الرابعة اللواء أحمد سيف اليافعي أن قواته تقدمت شمالا.", "ahmed_saif_al_yafei", "YEMMIL"),
    ("وحذر ستيفن أوبراين من نقص الغذاء في المخيمات.", "stephen_obrien", "IGO"),
])
def test_officials_named_in_three_rules_split_articles_round_24_resolve(text, actor_id, code) -> None:
    assert [actor_id, code] in one_article(text)[["actor_id", "code"]].values.tolist()


def test_a_short_name_another_man_shares_is_not_the_border_guard_spokesman() -> None:
    # عبدالله الغرير was left out as a phrase (an Emirati officer of that name is in the rules split): only the
    # spokesman's full name is a row
    def ids(text: str) -> list:
        return one_article(text)["actor_id"].tolist()
    assert "abdullah_al_ghurair" in ids("وقال العميد البحري عبدالله بن حمد الغرير إن الدوريات أنقذت الصيادين.")
    assert "abdullah_al_ghurair" not in ids("وشارك الضابط الإماراتي عبدالله الغرير في التمرين.")


def test_an_airport_called_after_a_former_president_is_no_mention_of_him() -> None:
    # حميد كرزاي is a row now: مطار حميد كرزاي is a place, his own name after السابق is him
    df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2015-08-01")],
                       "text_clean": ["وانفجرت سيارة قرب مطار حميد كرزاي الدولي، بعد أن انتقد الرئيس السابق حميد كرزاي الحكومة."]})
    rows = find_mentions(df)[["surface", "actor_id"]].values.tolist()
    assert sum(actor_id == "hamid_karzai" for _, actor_id in rows) == 1
    assert not any(s.startswith("مطار") and actor_id == "hamid_karzai" for s, actor_id in rows)


def _company_rows(text: str) -> list[list]:
    return one_article(text)[["surface", "code", "actor_id"]].values.tolist()


@pytest.mark.parametrize(("text", "surface", "code"), [
    ("ووقعت شركة الواحة الخضراء للتطوير العقاري عقدا جديدا.", "شركة الواحة الخضراء للتطوير العقاري", "BUS"),
    ("وفازت شركة «سنا تك» الماليزية بالعقد.", "شركة «سنا تك» الماليزية", "MYSBUS"),
    ("ووقع الاتفاق مع شركة Blue Harbor Shipping البريطانية.", "شركة Blue Harbor Shipping البريطانية", "GBRBUS"),
    ("وأعلن بنك الصحراء الكويتي أرباحه.", "بنك الصحراء الكويتي", "KWTBUS"),
    ("وأعلنت الشركة التونسية للنقل البحري عن رحلات جديدة.", "الشركة التونسية للنقل البحري", "TUNBUS"),
])
def test_a_business_noun_and_the_name_after_it_are_one_company_mention(text, surface, code) -> None:
    # made up (round 24, issue 14): the name ends where its words stop continuing it (a definite word, a complement
    # with لل, a quoted or Latin name, the country adjective after it), not at a table of names
    assert [surface, code] in [row[:2] for row in _company_rows(text)]


@pytest.mark.parametrize("text", [
    "وتعاقدت الوزارة مع شركة كبيرة لتنفيذ المشروع.",
    "وقال بنك فرنسا إن التضخم تراجع.",
    "وتبرع المواطنون لبنك الدم في المستشفى.",
    "وأعلنت مجموعة العمل نتائجها.",
])
def test_an_adjective_a_state_a_blood_bank_or_a_group_after_the_noun_is_no_company(text) -> None:
    # made up (round 24, issue 14): شركة كبيرة has no name; a state's bank is its central bank; مجموعة is a company
    # only before a quoted or Latin name
    assert not any(code.endswith("BUS") for _, code, _ in _company_rows(text))


@pytest.mark.parametrize(("text", "surface"), [
    ("وأقر الوزير على الفور تأسيس شركة ماجد سالم الحربي للمقاولات في جدة.", "شركة ماجد سالم الحربي للمقاولات"),
    ("ووقعت الهيئة مع شركة خالد بن ناصر العتيبي وأبنائه عقدا.", "شركة خالد بن ناصر العتيبي"),
])
def test_a_company_named_after_a_person_takes_his_whole_name_and_no_office_before_it(text, surface) -> None:
    # made up (round 62, issue 14): the given names after شركة are a personal name's (its family name and a complement
    # with لل close it), so the office before the preposition stays out of the company and is no person's office
    rows = _company_rows(text)
    assert any(s == surface and code.endswith("BUS") for s, code, _ in rows)  # (في جدة: its seat, SAU since round 66)
    assert not any(s.startswith("الوزير") and s != "الوزير" for s, _, _ in rows)


@pytest.mark.parametrize(("text", "surface"), [
    ("وتتعاون الجامعة مع شركة تقنية الأغذية الحديثة في المشروع.", "شركة تقنية الأغذية الحديثة"),
    ("وترى شركة رؤية للاستثمار أن السوق ستتحسن.", "شركة رؤية للاستثمار"),
])
def test_a_company_name_whose_first_word_ends_like_an_adjective_is_read_before_a_definite_word_or_a_complement(
        text, surface) -> None:
    # made up (round 62, issue 14): تقنية، رؤية in construct with a definite noun or before a complement with لل open
    # a name; an adjective, a participle (شركة منتجة للصلب), ل and a noun or a dating word after it are still no name
    assert [surface, "BUS"] in [row[:2] for row in _company_rows(text)]


@pytest.mark.parametrize("text", [
    "وتعد أكبر شركة منتجة للصلب في البلاد.",
    "وتملك أكبر شركة لصناعة الأثاث في المنطقة.",
    "وأعلنت شركة جديدة الأسبوع الماضي عن خطتها.",
])
def test_a_participle_a_preposition_or_a_date_after_the_noun_is_no_company_name(text) -> None:
    # made up (round 62, issue 14): the round's reading of an ة-word as a name's first word stops short of these
    assert not any(code.endswith("BUS") for _, code, _ in _company_rows(text))


def test_a_company_referred_back_and_its_spokesman_take_the_company_code() -> None:
    # made up (round 24, issue 14): البنك after بنك الصحراء الكويتي is that bank; المتحدث باسم شركة ... is one mention
    rows = _company_rows("أعلن بنك الصحراء الكويتي أرباحه، وقال البنك إن المتحدث باسم شركة النور القابضة وافق.")
    assert ["البنك", "KWTBUS", None] in rows
    assert any(surface == "المتحدث باسم شركة النور القابضة" and code.endswith("BUS") for surface, code, _ in rows)


@pytest.mark.parametrize(("text", "actor_id"), [
    ("وارتفعت أرباح موبايلي في الربع الثاني.", "mobily"),
    ("وأعلنت شركة أرامكو السعودية عن اكتشاف جديد.", "saudi_aramco"),
    ("ووقعت الشركة السعودية للكهرباء عقدا جديدا.", "saudi_electricity"),
])
def test_the_best_known_saudi_companies_are_organisations_of_the_tables(text, actor_id) -> None:
    # made up (round 24, issue 14): rows counted in the rules split; a company of the tables inside a named company
    # gives it its id and code
    assert any(a == actor_id and code == "SAUBUS" for _, code, a in _company_rows(text))


def test_a_bare_company_noun_with_no_company_named_before_it_is_no_mention() -> None:
    # made up (round 24, issue 14): التزام الشركة with no company in the article is any company (the guideline
    # makes الشركة a row only where it refers back); after شركة الندى it is that company
    assert not any(s == "الشركة" for s, _, _ in _company_rows("ويتطلب ذلك التزام الشركة بالمواصفات."))
    assert "الشركة" in [s for s, _, _ in _company_rows("ووقعت شركة الندى العقد، وتلتزم الشركة بالمواصفات.")]


# Round 24 (issue 14, first developer): private people named by a role


def _role_codes(text: str, outlet: str = "okaz") -> list[list[str]]:
    return one_article(text, outlet=outlet)[["surface", "code"]].values.tolist()


@pytest.mark.parametrize(("text", "row"), [
    # made up: a traveller or a driver who speaks has no nationality unless the text writes one
    ("وأوضح مسافر قادم من الدمام أن الطريق يحتاج إلى صيانة.", ["مسافر", "CVL"]),
    ("وقال أحد السائقين إن الأجرة ارتفعت بعد العيد.", ["السائقين", "CVL"]),
    ("وأكد مسافرون سعوديون أن الرحلة تأخرت ساعتين.", ["مسافرون سعوديون", "SAUCVL"]),
    # residents, parents and witnesses of a local story: the outlet's state, as a local body
    ("وأوضح عدد من أولياء الأمور أن الحافلات المدرسية تتأخر كل صباح.", ["أولياء الأمور", "SAUCVL"]),
    ("وذكر شهود عيان أن الحريق اندلع في المستودع فجرا.", ["شهود", "SAUCVL"]),
])
def test_a_private_person_named_by_a_role_who_speaks_is_a_mention(text, row) -> None:
    assert row in _role_codes(text)


@pytest.mark.parametrize("text", [
    # made up: the same nouns as a population or a category, the object of a preposition, no verb of saying before
    "وتعمل الشركة على تحسين نقل المسافرين بين المدن.",
    "ويشرح المعلم لطلاب الصف الأول قواعد السلامة.",
    "وتقدم الإدارة خدماتها لجميع السكان في الأحياء الجديدة.",
    "وطالب المحافظ السائقين بالالتزام بالسرعة المحددة.",
])
def test_a_role_noun_that_names_a_population_is_no_mention(text) -> None:
    assert not any(code.endswith("CVL") for _, code in _role_codes(text))


def test_a_role_noun_opening_a_headline_is_its_subject() -> None:
    # made up: a headline's first noun is who acts in it
    assert ["طالبات", "SAUCVL"] in _role_codes("طالبات يزرن مركز الأبحاث في الرياض")


def test_the_arrested_are_people_of_the_report_and_directors_of_education_a_body() -> None:
    # made up: المقبوض عليه names the arrested of the report wherever it stands (no nationality guessed); the
    # directors of education as a group are officials of the article's state
    rows = _role_codes("وأحالت الشرطة المقبوض عليهم إلى النيابة بعد أن اعترف المقبوض عليه الأول بالتهريب.")
    assert ["المقبوض عليهم", "REB"] in rows and ["المقبوض عليه", "REB"] in rows
    assert ["بمديري التعليم", "SAUGOV"] in _role_codes("والتقى الوزير بمديري التعليم في المناطق الجنوبية.")


def test_an_office_written_after_a_person_whose_row_has_no_agent_is_his_mention() -> None:
    # made up: a UN official coded IGO with no agent (as the guideline codes UN officials); the office after
    # his name describes him, one mention, not a second one of the organisation's head
    rows = _role_codes("وحذر بيتر سميردون، المتحدث باسم برنامج الأغذية العالمي، من نقص الغذاء في المخيمات.")
    assert rows == [["بيتر سميردون، المتحدث باسم برنامج الأغذية العالمي", "IGO"]]


def test_an_office_of_an_opposition_body_is_coded_as_that_body() -> None:
    # made up: the secretary-general of an opposition coalition is OPP, not the GOV of a state's official
    assert _role_codes("ودعا المتحدث باسم الائتلاف الوطني السوري إلى هدنة في حلب.") == [
        ["المتحدث باسم الائتلاف الوطني السوري", "SYROPP"]]
    rows = _role_codes("واستقبل الوزير الأمين العام للائتلاف الوطني السوري محمد يحيى مكتبي في مكتبه.")
    assert ["الأمين العام للائتلاف الوطني السوري محمد يحيى مكتبي", "SYROPP"] in rows


def test_a_global_company_takes_the_state_of_its_seat_and_its_product_is_no_mention() -> None:
    # made up: an Egyptian story; the American companies are not Egyptian, and the aircraft or the platform
    # named by the company's name is no mention of it
    rows = _role_codes("وقالت وزارة الدفاع المصرية إنها وقعت مع شركة «لوكهيد مارتن» وشركة بوينج عقدا، "
                       "ونشرت الوزارة صور طائرات بوينج على فيسبوك.")
    assert ["شركة «لوكهيد مارتن»", "USABUS"] in rows and ["وشركة بوينج", "USABUS"] in rows
    assert ["فيسبوك", "USABUS"] not in rows and not any(code == "EGYBUS" for _, code in rows)


# Round 25 (issue 14, second developer): a second batch of people of 2015 named in three to ten rules-split articles
# and unknown to the people table, each read at 3-6 random uses. Sentences made up in the same patterns.
@pytest.mark.parametrize(("text", "actor_id", "code"), [
    ("وأكد قائد حرس الحدود بمنطقة عسير اللواء سفر بن أحمد الغامدي أن الدوريات ضبطت المتسللين.",
     "safar_bin_ahmed_al_ghamdi", "SAUCOP"),
    ("وقال المتحدث الرسمي باسم الهلال الأحمر بمنطقة المدينة المنورة خالد السهلي إن الفرق نقلت المصابين.",
     "khalid_al_sahli", "SAUGOV"),
    ("وأعلن البنتاغون أن محسن الفضلي قتل في غارة قرب الحدود.", "mohsen_al_fadhli", "REB"),
    ("وقال الجنرال تشارلز هوبر إن الطائرات الجديدة ستصل الشهر المقبل.", "charles_hooper", "USAMIL"),
    ("واستقبل الأمير فهد بن بدر بن عبدالعزيز أمير منطقة الجوف المهنئين بالعيد.", "fahd_bin_badr", "SAUGOV"),
    ("وأوضح الشيخ الدكتور خالد اليوسف رئيس ديوان المظالم أن القضاة الجدد باشروا عملهم.", "khalid_al_yousef", "SAUJUD"),
    ("وقال عيسى حكمي مدير تعليم جازان إن المدارس جاهزة.", "essa_hakami", "SAUGOV"),
    ("وأكد مدير إدارة سجون الطائف العميد فائز الأحمري أن البرامج مستمرة.", "faiz_al_ahmari", "SAUCOP"),
])
def test_officials_named_in_three_to_ten_rules_split_articles_round_25_resolve(text, actor_id, code) -> None:
    assert [actor_id, code] in one_article(text)[["actor_id", "code"]].values.tolist()


@pytest.mark.parametrize(("text", "actor_id"), [
    # فهد بن معمر and فهد بن بدر were left out as phrases: each sits inside a son's name (X بن فهد بن ...)
    ("وحضر محافظ حريملاء الأستاذ عبدالعزيز بن فهد بن معمر حفل الأهالي.", "fahd_bin_muammar"),
    ("وكرم الأمير محمد بن فهد بن بدر الفائزين في المسابقة.", "fahd_bin_badr"),
    # خالد اليوسف is a row only with the judge's title: a novelist of that name writes in the same papers
    ("ويرى الروائي خالد اليوسف أن السوق للشعر قبل كل شيء.", "khalid_al_yousef"),
])
def test_a_name_inside_another_mans_name_or_a_namesake_is_not_the_official(text, actor_id) -> None:
    assert actor_id not in one_article(text)["actor_id"].tolist()


# Round 26 (issue 14, second developer): a third batch of people of 2015 named in three to ten rules-split articles
# and unknown to the people table, each read at 3-6 random uses. Sentences made up in the same patterns.
@pytest.mark.parametrize(("text", "actor_id", "code"), [
    ("وأوضح مدير عام التعليم بمنطقة نجران ناصر بن سليمان المنيع أن الحافلات جاهزة لنقل الطالبات.",
     "nasser_al_munaie", "SAUGOV"),
    ("وقال أمين منطقة الرياض المهندس إبراهيم السلطان إن الحدائق الجديدة تفتح أبوابها غدا.", "ibrahim_al_sultan", "SAUGOV"),
    ("وكشف مدير شرطة منطقة مكة المكرمة اللواء عبد العزيز الصولي أن الدوريات ضبطت العصابة.",
     "abdulaziz_al_souli", "SAUCOP"),
    ("وأكد المتحدث الرسمي لهيئة الهلال الأحمر بتبوك خالد مرضي العنزي أن الفرق نقلت ثلاثة مصابين.",
     "khalid_murdi_al_anazi", "SAUGOV"),
    ("وحذر مدير الاستخبارات الوطنية جيمس كلابر من هجمات إلكترونية جديدة.", "james_clapper", "USASPY"),
    ("واستقبل السفير السعودي في سلطنة عمان عيد الثقفي وفدا من رجال الأعمال.", "eid_al_thaqafi", "SAUGOV"),
    ("وكان في استقبال الوفد والي طنجة محمد يعقوبي ورئيس الجماعة الحضرية لطنجة فؤاد العماري.",
     "fouad_el_omari", "MARGOV"),
    ("وحضر الحفل والي أمن طنجة مولود أوخويا.", "mouloud_oukhouya", "MARCOP"),
])
def test_officials_named_in_three_to_ten_rules_split_articles_round_26_resolve(text, actor_id, code) -> None:
    assert [actor_id, code] in one_article(text)[["actor_id", "code"]].values.tolist()


@pytest.mark.parametrize(("text", "actor_id"), [
    # محمد الشايع was left out as a phrase: the mayor of al-Baha and others bear it, not only Jazan's mayor
    ("وزار أمين منطقة الباحة محمد الشايع موقع المشروع.", "mohammed_bin_hamoud_al_shaya"),
    # فهد العتيبي is a common name: only the training corporation spokesman's full name is a row
    ("وقال المواطن فهد العتيبي إن الطريق مزدحم.", "fahd_bin_manahi_al_otaibi"),
])
def test_a_short_name_other_men_bear_is_not_the_round_26_official(text, actor_id) -> None:
    assert actor_id not in one_article(text)["actor_id"].tolist()


# A role phrase of a Saudi ministry whose holder changed in 2015 resolves by the article's date (offices.csv rows of
# round 26): sentences made up in the pattern of the rules split (وجه وزير التعليم ...، وقال وزير العمل ...).
@pytest.mark.parametrize(("text", "date", "actor_id"), [
    ("ووجه وزير التعليم السعودي إدارات التعليم بتجهيز المدارس.", "2015-08-01", "azzam_al_dakhil"),
    ("وأعلن وزير العمل السعودي إطلاق برنامج جديد للتوطين.", "2015-03-01", "adel_fakeih"),
    ("وأعلن وزير العمل السعودي إطلاق برنامج جديد للتوطين.", "2015-08-01", "mufrej_al_haqbani"),
])
def test_a_saudi_minister_named_by_office_resolves_by_the_date_of_2015(text, date, actor_id) -> None:
    assert actor_id in one_article(text, date)["actor_id"].tolist()


def test_a_saudi_minister_named_by_office_is_no_one_outside_the_dates_of_the_row() -> None:
    df = pd.DataFrame({"doc_id": ["a", "b"], "published": [pd.Timestamp("2014-10-01"), pd.Timestamp("2016-06-01")],
                       "text_clean": ["ووجه وزير التعليم السعودي المدارس بالاستعداد.",
                                      "وأعلن وزير العمل السعودي إطلاق برنامج جديد."]})
    ids = set(find_mentions(df)["actor_id"].dropna())
    assert not ids & {"azzam_al_dakhil", "mufrej_al_haqbani", "adel_fakeih"}


@pytest.mark.parametrize(("text", "actor_id"), [
    ("وافتتح محافظ خميس مشيط سعيد بن عبدالعزيز بن مشيط معرض الأسر المنتجة.", "saeed_bin_mushait"),
    ("وأوضح المتحدث الرسمي بأمانة منطقة نجران عبدالله آل فاضل أن الفرق أغلقت ثلاثة مطاعم.", "abdullah_al_fadhel_najran"),
    ("وكرم رئيس بلدية محافظة الزلفي مسفر الضويحي الموظفين المتميزين.", "masfer_al_duwaihi"),
])
def test_a_governor_and_two_municipal_officials_of_2015_resolve(text, actor_id) -> None:
    assert actor_id in one_article(text)["actor_id"].tolist()


# A deputy, assistant, under-secretary or adviser of a minister is never the minister (agents.csv rows of round 26:
# نائب وزير الصحة and the like, with no office, for the forms counted in the rules split): sentences made up in the pattern of the rules split, in a Saudi
# daily where a bare office takes the Saudi holder of the article's date.
@pytest.mark.parametrize(("text", "code"), [
    ("وافتتح نائب وزير الصحة مركزا جديدا لغسيل الكلى في المدينة.", "SAUGOV"),
    ("وأشاد المشاركون بجهود نائب وزير الصحة في الحملة.", "SAUGOV"),
    ("واستقبل مساعد وزير الدفاع وفدا عسكريا زائرا.", "SAUMIL"),
    ("وشارك نائب وزير البترول في اجتماع الخبراء.", "SAUGOV"),
    ("وقال مساعد وزير الداخلية إن الخطة اكتملت.", "SAUCOP"),
])
def test_a_subordinate_of_a_saudi_minister_is_not_the_minister(text, code) -> None:
    df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2015-08-01")], "text_clean": [text],
                       "outlet": ["okaz"]})
    got = find_mentions(df)
    first = got.iloc[0]
    assert first["surface"].split()[0] in {"نائب", "مساعد"} and first["code"] == code
    assert not set(got["actor_id"].dropna()) & {"khalid_al_falih", "ali_al_naimi", "mohammed_bin_salman",
                                                  "mohammed_bin_nayef"}


# The Saudi health and petroleum ministers of 2015 named by their office resolve by the article's date (offices.csv).
@pytest.mark.parametrize(("text", "date", "actor_id"), [
    ("وافتتح وزير الصحة السعودي مستشفى جديدا في جازان.", "2015-03-01", "ahmed_al_khateeb"),
    ("وافتتح وزير الصحة السعودي مستشفى جديدا في جازان.", "2015-08-01", "khalid_al_falih"),
    ("وقال وزير البترول السعودي إن السوق ستتوازن.", "2015-08-01", "ali_al_naimi"),
])
def test_the_saudi_health_and_petroleum_ministers_of_2015_resolve_by_the_date(text, date, actor_id) -> None:
    assert actor_id in one_article(text, date)["actor_id"].tolist()


@pytest.mark.parametrize(("text", "surface", "actor_id"), [
    ("وقال لـ«الاقتصادية» مدير الإدارة إن العمل مستمر.", "لـ«الاقتصادية»", "aleqtisadiah"),
    ("وعلمت «سبق» أن الحادث وقع أمس.", "«سبق»", "sabq"),
    ("وأكد لـ\"الوطن\" أحد السكان أن المياه انقطعت.", "لـ\"الوطن\"", "alwatan_saudi"),
    ("وقال لـ“الوئام” مصدر إن الطريق أغلق.", "لـ“الوئام”", "alweeam"),
])
def test_a_saudi_daily_named_between_quotation_marks_is_the_outlet(text, surface, actor_id) -> None:
    # made up (round 27, issue 14): the dailies' names as they write them when spoken to (rules split: 88 to 477
    # uses each); bare, the words are common (الاقتصادية، الوطن، سبق) and no mention
    assert [surface, actor_id, "SAUMED"] in one_article(text)[["surface", "actor_id", "code"]].values.tolist()
    assert one_article("ودعا إلى حماية الوطن وتعزيز التنمية الاقتصادية.").empty


def test_an_outlet_spoken_to_is_not_described_by_the_office_after_it() -> None:
    # made up (round 27, issue 14): the daily and the spokesman who speaks to it are two mentions
    found = one_article("وقال لـ«الوطن» المتحدث الرسمي باسم وزارة الحج إن الاستعدادات اكتملت.")["surface"].tolist()
    assert "لـ«الوطن»" in found and any(s.startswith("المتحدث الرسمي") for s in found)


@pytest.mark.parametrize(("text", "actor_id", "code"), [
    ("وأعلنت جامعة نجران بدء الدراسة في الثامن من ذي القعدة.", "najran_university", "SAU"),
    ("وشارك أساتذة من جامعة أم القرى في البرنامج.", "umm_alqura_university", "SAU"),
    ("ونظمت جامعة نايف العربية للعلوم الأمنية ندوة.", "naif_arab_university", "IGO"),
    ("وجاءت أسهم شركات سابك والخدمات الأرضية الأكثر نشاطا.", "saudi_ground_services", "SAUBUS"),
    ("وقالت مؤسسة النقد إن الودائع ارتفعت.", "sama", "SAUGOV"),
    ("ونقلت هيئة الهلال الأحمر السعودي المصابين.", "saudi_red_crescent", "SAUGOV"),
])
def test_saudi_universities_companies_and_state_bodies_counted_in_the_rules_split(text, actor_id, code) -> None:
    # made up (round 27, issue 14): a university has its country and no agent (mention guideline, section 4)
    assert [actor_id, code] in one_article(text)[["actor_id", "code"]].values.tolist()


# Round 27 (issue 14): a committee named by its definite noun is a body of the article's state (or the one named
# before it); students are civilians (agents.csv). Sentences made up in the patterns of the rules split.
@pytest.mark.parametrize(("text", "surface", "code"), [
    ("وبينت اللجنة أن المشاركة في الانتخابات حق لكل مواطن.", "اللجنة", "SAUGOV"),
    # (round 31: the electoral committee is an agents row of its own: its whole name is the mention)
    ("واعتمدت اللجنة العامة للانتخابات مراكز الاقتراع الجديدة.", "اللجنة العامة للانتخابات", "SAUGOV"),
])
def test_a_committee_named_by_its_noun_is_a_body_of_the_articles_state(text, surface, code) -> None:
    found = one_article(text, outlet="okaz")[["surface", "code"]].values.tolist()
    assert [surface, code] in found


def test_students_are_civilians() -> None:
    # EDU before round 27: the mention decisions of V-AA and the event gold code students CVL
    assert one_article("وقال الطلاب إن الاختبار كان صعبا.", outlet="okaz")[["surface", "code"]].values.tolist() == [
        ["الطلاب", "SAUCVL"]]
    # round 52: الطلاب is gated like الطلبة (office resident): a mention only where it speaks or opens its field; the
    # students as victims (واختطفت الميليشيا خمسة من الطلاب) are lost with it, a measured cost (dev samples: 105
    # spurious الطلاب removed against 24 matched)
    assert one_article("وتهدف الخطة إلى تنمية قدرات الطلاب.", outlet="okaz").empty


# Round 27 (issue 14): a subordinate's noun before a bare office (no country written) keeps the office's holder out at
# the step that gives the office the article's state too, not only where the phrase writes its country (the agents
# rows of round 26 covered 16 forms). Sentences made up in the pattern of the rules split, in a Saudi daily of 2015.
@pytest.mark.parametrize("text", [
    "وافتتح مساعد وزير التعليم المعرض أمس.",
    "وافتتح وكيل وزير العمل المعرض أمس.",
    "وقال مستشار وزير التجارة إن الأسعار مستقرة.",
])
def test_a_subordinate_of_a_bare_office_is_not_its_holder(text) -> None:
    found = one_article(text, outlet="okaz")
    assert found["code"].tolist() == ["SAUGOV"] and found["actor_id"].isna().all()


def test_a_bare_office_still_names_its_holder() -> None:
    assert one_article("وافتتح وزير التعليم المعرض أمس.", outlet="okaz")["actor_id"].tolist() == ["azzam_al_dakhil"]


# Round 27 (issue 14): الركن continues a rank before a name as ركن does (word_lists.csv, rank_word); the noun "corner"
# after no rank stays no mention. Sentences made up in the patterns of the rules split.
def test_a_rank_continued_by_alrukn_introduces_a_name() -> None:
    found = one_article("وكان في استقبال فضيلته اللواء الركن سعيد بن حسين الغامدي قائد المنطقة.", outlet="okaz")
    assert found[["surface", "code"]].values.tolist() == [["اللواء الركن سعيد بن حسين الغامدي", "SAUMIL"]]
    assert one_article("وتمثلت مشاركة بريد المنطقة في الركن الخاص بالتوعية.", outlet="okaz").empty


# Round 27 (issue 14): the bare committee or authority of a story of another state than the outlet's is left out (whose
# it is the tables cannot tell: a party's, a parliament's, an international body's), and the committees and authorities
# that agents.csv names keep their own code (Yemen's relief committee; a finance committee is no committee of Mali).
def test_a_bare_committee_in_a_story_of_another_state_is_left_out() -> None:
    found = one_article("وقال عضو اللجنة المركزية لحركة فتح إن الرئيس عباس يريد. وقالت اللجنة إن إسرائيل", outlet="okaz")
    assert "اللجنة" not in found["surface"].tolist()


@pytest.mark.parametrize(("text", "surface", "code"), [
    ("وقالت اللجنة العليا للإغاثة إن طائرة وصلت إلى عدن.", "اللجنة العليا للإغاثة", "YEMGOV"),
    ("بالتنسيق مع اللجنة العليا للإغاثة التابعة للحكومة الشرعية اليمنية.",
     "اللجنة العليا للإغاثة التابعة للحكومة الشرعية اليمنية", "YEMGOV"),
    ("وقال رئيس اللجنة المالية بمجلس النواب الليبي عمر تنتوش إن المصرف المركزي في ليبيا يواجه أزمة.",
     "رئيس اللجنة المالية بمجلس النواب الليبي عمر تنتوش", "LBYLEG"),
    ("ويسعى صندوق النقد الدولي. وقالت الهيئة المالية الدولية إن اليونان تحتاج.", "الهيئة المالية الدولية", "IGO"),
])
def test_committees_and_authorities_the_agents_table_names_keep_their_code(text, surface, code) -> None:
    assert [surface, code] in one_article(text, outlet="okaz")[["surface", "code"]].values.tolist()


# The Saudi finance, justice and economy ministers of 2015 and the energy minister of 2016 named by their office
# resolve by the article's date (offices.csv rows of round 27); Khalid al-Falih is the health minister in 2015 and
# the energy minister (وزير الطاقة: the oil_minister office) from May 2016.
@pytest.mark.parametrize(("text", "date", "actor_id"), [
    ("وأكد وزير المالية السعودي أن الميزانية تسير وفق الخطة.", "2015-08-01", "ibrahim_al_assaf"),
    ("وأصدر وزير العدل السعودي قرارا بتشكيل فريق عمل.", "2015-08-01", "walid_al_samaani"),
    ("وقال وزير الاقتصاد السعودي إن الخطة الجديدة تبدأ العام المقبل.", "2015-08-01", "adel_fakeih"),
    ("وقال وزير الطاقة السعودي إن السوق ستتوازن.", "2016-08-01", "khalid_al_falih"),
    ("وقال وزير الطاقة السعودي إن السوق ستتوازن.", "2015-08-01", "ali_al_naimi"),
])
def test_saudi_ministers_of_2015_and_2016_resolve_by_the_date(text, date, actor_id) -> None:
    assert actor_id in one_article(text, date)["actor_id"].tolist()


# A bare office every state has (وزير المالية، وزير العدل) in a story whose own state the tables know no holder of
# is that state's office, never the holder of another state the story names (before, the one state of the article
# with a holder took it: the Iraqi justice minister read as the Saudi one). Sentences in the pattern of the rules split.
def test_a_bare_office_in_a_foreign_story_is_not_the_saudi_holder() -> None:
    text = ("ناشدت عائلات المعتقلين العراقيين الرئيس العراقي فؤاد معصوم ورئيس الحكومة العراقية حيدر العبادي "
            "ووزير العدل أن ينظروا في قضايا أبنائهم، بعد أن رفضت السلطات العراقية الإفراج عنهم، "
            "فيما نقلت السعودية تعازيها.")
    got = one_article(text, outlet="aawsat")
    justice = got[got["surface"].str.contains("وزير العدل")]
    assert len(justice) == 1 and justice.iloc[0]["country"] == "IRQ" and pd.isna(justice.iloc[0]["actor_id"])


# A fourth batch of people of 2015 counted in the rules split (people.csv, round 27): the FIFA and UEFA presidents
# (NGO of no state, as the organisations table codes the FIFA) and the Saudi and Kuwaiti football officials (their
# state, no agent, as the mention guideline's samples code a federation's officials).
@pytest.mark.parametrize(("text", "actor_id", "code"), [
    ("وقال بلاتر إنه سيعود إلى العمل في الصحافة بعد ترك رئاسة الفيفا.", "sepp_blatter", "NGO"),
    ("وأعلن ميشال بلاتيني ترشحه رسميا لرئاسة الاتحاد الدولي.", "michel_platini", "NGO"),
    ("من جانبه، أكد أحمد عيد رئيس اتحاد كرة القدم أن الملعب جاهز.", "ahmed_eid_saff", "SAU"),
    ("وقال عدنان المعيبد المتحدث الرسمي باسم اتحاد القدم السعودي إن القرار نهائي.", "adnan_al_muaibid", "SAU"),
    ("وأكد الشيخ طلال الفهد أن استضافة الدورة لم تحسم بعد.", "talal_al_fahad", "KWT"),
])
def test_sports_officials_of_2015_counted_in_the_rules_split_resolve(text, actor_id, code) -> None:
    got = one_article(text)
    row = got[got["actor_id"] == actor_id]
    assert len(row) >= 1 and row.iloc[0]["code"] == code


# A fifth batch of people of 2015 (people.csv, round 28): people the development samples miss, each confirmed in
# rules-split articles; sentences in the pattern of those articles. The code is the person's state and agent.
@pytest.mark.parametrize(("text", "actor_id", "code"), [
    ("وأوضح مدير مكتب الحملة بلبنان وليد بن علي الجلال أن البرنامج مستمر.", "walid_al_jalal", "SAUGOV"),
    ("وقال وزير الأشغال العامة المهندس وحي أمان إن الوزراء عادوا إلى عدن.", "wahi_aman", "YEMGOV"),
    ("حسبما أعلن قائد هذه القوات اللواء فضل حسن للصحفيين.", "fadl_hassan", "YEMMIL"),
    ("وقال السيناتور بوب كوركر إن الاتفاق يمنح إيران أموالا كثيرة.", "bob_corker", "USALEG"),
    ("وقال وزير المالية اليوناني إقليدس تساكالوتوس إن المفاوضات صعبة.", "euclid_tsakalotos", "GRCGOV"),
    ("واستنكر نائب رئيس مجلس الأمة الكويتي مبارك الخرينج التفجير.", "mubarak_al_khurainej", "KWTLEG"),
    ("وحضر اللقاء سفير جمهورية مصر العربية لدى المملكة عفيفي عبدالوهاب.", "afifi_abdelwahab", "EGYGOV"),
])
def test_people_of_2015_missed_by_the_samples_resolve(text, actor_id, code) -> None:
    got = one_article(text)
    row = got[got["actor_id"] == actor_id]
    assert len(row) >= 1 and row.iloc[0]["code"] == code


# بفضل حسن (thanks to good ...) is common Arabic: the Yemeni commander Fadl Hassan is a row only after his rank.
def test_thanks_to_good_is_not_fadl_hassan() -> None:
    got = one_article("ونجح الموسم بفضل حسن التنظيم وتعاون الجميع.")
    assert "fadl_hassan" not in got["actor_id"].tolist()


# A sixth batch of people of 2015 (people.csv, round 29): people missed in two development samples each,
# confirmed in rules-split articles; sentences in the pattern of those articles.
@pytest.mark.parametrize(("text", "actor_id", "code"), [
    ("وأكد مساعد مدير الأمن العام للشؤون الأمنية اللواء جمعان بن أحمد الغامدي أنه لا نية للتمديد.", "jumaan_al_ghamdi", "SAUCOP"),
    ("وقال نائب وزير الخزانة لشؤون مكافحة الإرهاب آدم زوبين إن الوزارة ستواصل عملها.", "adam_szubin", "USAGOV"),
    ("وحضر اللقاء القائم بالأعمال في سفارة المملكة لدى قطر محمد بن منصور المالك.", "mohammed_al_malik_doha", "SAUGOV"),
    ("وقال عبدالحكيم المرادي قائد المقاومة في محافظة إب إن المعارك مستمرة.", "abdulhakim_al_muradi", "YEMREB"),
    ("وحضر الاجتماع نائب رئيس حكومة الشيشان حسن حكيموف.", "hassan_hakimov", "RUSGOV"),
    ("وطالب النائب عن كتلة المواطن محمد اللكاش بمحاسبة المسؤولين.", "mohammed_al_lakash", "IRQLEG"),
    ("وحضر سفير خادم الحرمين الشريفين لدى المالديف بدر بن علي كحيل.", "badr_kuhail", "SAUGOV"),
])
def test_people_of_2015_missed_by_two_samples_resolve(text, actor_id, code) -> None:
    got = one_article(text)
    row = got[got["actor_id"] == actor_id]
    assert len(row) >= 1 and row.iloc[0]["code"] == code


# The bare جمعان الغامدي is left out: a civil-defence colonel of al-Baha bears it too.
def test_the_colonel_jumaan_al_ghamdi_is_not_the_major_general() -> None:
    got = one_article("وقال العقيد جمعان الغامدي المتحدث الرسمي للدفاع المدني بمنطقة الباحة إن الحريق أخمد.")
    assert "jumaan_al_ghamdi" not in got["actor_id"].tolist()


# Three more people of 2015 of the same batch: a head of state, a deputy of a region's emirate, a relief official.
@pytest.mark.parametrize(("text", "actor_id", "code"), [
    ("ودعا الرئيس الأوغندي يوري موسيفيني إلى الحوار.", "yoweri_museveni", "UGAGOV"),
    ("ونقل وكيل إمارة منطقة جازان الدكتور سعد بن مقرن المقرن تعازي أمير المنطقة.", "saad_al_muqrin_jazan", "SAUGOV"),
    ("وأوضح أن مدير الإمداد والتموين بالمركز الدكتور صلاح المزروع سيرأس الفريق الإغاثي.", "salah_al_mazrou", "SAUGOV"),
])
def test_more_people_of_2015_missed_by_two_samples_resolve(text, actor_id, code) -> None:
    got = one_article(text)
    row = got[got["actor_id"] == actor_id]
    assert len(row) >= 1 and row.iloc[0]["code"] == code


# Round 30: office holders of 2015 found by counting the names written right after an office phrase in the
# rules split (an ambassador, two health and municipal officials, a GCC assistant secretary-general, a charity's
# public-relations director); each row resolves the name, with the code the samples give.
@pytest.mark.parametrize(("text", "actor_id", "code"), [
    ("وطمأن سفير خادم الحرمين الشريفين لدى أستراليا ونيوزيلاندا نبيل بن محمد آل صالح الجميع.", "nabil_al_saleh", "SAUGOV"),
    ("واعتمد مدير عام الشؤون الصحية بمنطقة الباحة الدكتور غرم الله سدران الوظائف.", "gharamallah_sedran", "SAUGOV"),
    ("وأوضح رئيس بلدية الهفوف الدكتور قاسم الهزوم أن الحملات الرقابية مستمرة.", "qasim_al_hazzoum", "SAUGOV"),
    ("حضر الاجتماع الأمين العام المساعد للشؤون الخارجية الدكتور عبدالعزيز العويشق.", "abdulaziz_al_uwaisheg", "IGO"),
    ("وأوضح مدير العلاقات العامة والإعلام بجمعية البر وليد بن خالد البوسيف أن الجمعية استضافت الأسر.", "walid_al_busaif", "SAUNGO"),
])
def test_office_holders_of_2015_counted_after_an_office_phrase_resolve(text, actor_id, code) -> None:
    got = one_article(text)
    row = got[got["actor_id"] == actor_id]
    # the GCC official's row has no agent; the office phrase before his name may lend one (الخارجية: GOV)
    assert len(row) >= 1 and row.iloc[0]["code"].startswith(code)


# Round 30 (issue 14, actors): الشيخ فلان, no office beside him, is a cleric


@pytest.mark.parametrize(("text", "row"), [
    # made up, after V's list of Ahsa sheikhs and the V-AD decisions (Saudi sheikhs of the news coded SAU REL)
    ("وألقى الشيخ حسين العايش خطبة الجمعة في الأحساء.", ["الشيخ حسين العايش", "SAUREL"]),
    ("ووقع البيان الشيخ عبدالله الياسين والشيخ محمد العباد.", ["الشيخ عبدالله الياسين", "SAUREL"]),
])
def test_a_sheikh_named_with_no_office_is_a_cleric(text, row) -> None:
    assert row in _role_codes(text)


@pytest.mark.parametrize(("text", "surface"), [
    # a family name (آل): a Gulf royal; a tribe after the name: a tribal elder; neither is a cleric
    ("واستقبل الشيخ حمدان بن زايد آل نهيان الوفد.", "الشيخ حمدان بن زايد آل نهيان"),
    ("وحضر الشيخ حسن بن زعبان شيخ قبيلة بني مالك الحفل.", "الشيخ حسن بن زعبان"),
])
def test_a_royal_or_tribal_sheikh_is_not_coded_a_cleric(text, surface) -> None:
    rows = _role_codes(text)
    assert not any(s.startswith(surface) and c.endswith("REL") for s, c in rows)
    assert any(s.startswith(surface) for s, _ in rows)


# Round 33 (issue 14): a state hospital and its doctors are state bodies (GOV, not HLH, which the mention guideline's
# agent list lacks); a bare Red Crescent is the Saudi authority in a Saudi story of a Saudi daily, unknown in a
# foreign one, and another state's society is its own; the two religious presidencies are REL. Sentences made up in
# the patterns of the rules split.
@pytest.mark.parametrize(("text", "surface", "code"), [
    ("وقال مدير المستشفى إن الأطباء أجروا العملية بنجاح.", "المستشفى", "SAUGOV"),
    ("وقال مدير المستشفى إن الأطباء أجروا العملية بنجاح.", "الأطباء", "SAUGOV"),
    ("وباشرت فرق الدفاع المدني والهلال الأحمر الحادث في الرياض.", "والهلال الأحمر", "SAUGOV"),
    ("وقدم الهلال الأحمر الإماراتي مساعدات للاجئين.", "الهلال الأحمر الإماراتي", "ARENGO"),
    ("وأعلنت الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي خطتها.",
     "الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي", "SAUREL"),
    ("وأكدت مؤسسة البريد السعودي أن الخدمة متاحة.", "مؤسسة البريد السعودي", "SAUGOV"),
    ("وعقدت الهيئة الملكية في ينبع ندوة عن الاستثمار.", "الهيئة الملكية في ينبع", "SAUGOV"),
    ("وتوقع معهد البترول الأمريكي انخفاض المخزونات.", "معهد البترول الأمريكي", "USABUS"),
])
def test_hospitals_red_crescent_and_state_bodies_of_saudi_news(text, surface, code) -> None:
    assert [surface, code] in one_article(text, outlet="okaz")[["surface", "code"]].values.tolist()


def test_a_bare_red_crescent_in_a_foreign_story_is_left_out() -> None:
    found = one_article("وقالت الحكومة اليمنية إن الهلال الأحمر نقل الجرحى من تعز.", outlet="okaz")
    assert not found["surface"].str.contains("الهلال").any()


# Round 33 (issue 14): a bare البلدية is the municipality (a home body, as اللجنة), but after a definite noun the
# adjective "municipal" (office_adjective). Sentences made up in the patterns of the rules split.
def test_a_bare_municipality_is_a_body_of_the_articles_state() -> None:
    found = one_article("وقد كثفت البلدية أعمال النظافة في الأحياء.", outlet="okaz")
    assert found[["surface", "code"]].values.tolist() == [["البلدية", "SAUGOV"]]


@pytest.mark.parametrize("text", ["وتبدأ الانتخابات البلدية في الشهر المقبل.", "وأشار إلى أن المجالس البلدية بدأت أعمالها."])
def test_municipal_after_a_definite_noun_is_an_adjective(text) -> None:
    assert not one_article(text, outlet="okaz")["surface"].str.contains("البلدية").any()


def test_bodies_named_in_construct_of_saudi_news_are_named_rows() -> None:
    # made up (round 33, issue 14): bodies the gold of V-AG names with their construct name, counted on the
    # development corpus; each with the agent the gold gives it
    found = _coded("وأعلنت مصلحة الزكاة والدخل وصندوق التنمية الزراعية ومجلس الغرف السعودية وجمعية الثقافة والفنون "
                   "ومركز المعلومات الوطني ومجموعة العمل المالي أن")
    assert [code for _, _, code in found] == ["SAUGOV", "SAUGOV", "SAUBUS", "SAUNGO", "SAUCOP", "IGO"]
    assert [surface for surface, _, _ in found][:2] == ["مصلحة الزكاة والدخل", "وصندوق التنمية الزراعية"]


def test_kwic_leaves_out_the_words_its_width_cuts() -> None:
    # notebook 20's role mentions in context opened on «ديد معاهدة» and «ائل»: pieces of words cut by the width
    corpus = pd.DataFrame({"doc_id": ["a"], "text_clean": ["أعلن المسؤول الكبير أمس أن الوزير سيزور المدينة غدا صباحا"]})
    at = corpus.text_clean[0].index("الوزير")
    mentions = pd.DataFrame({"doc_id": ["a"], "sentence_id": [0], "actor_id": ["x"], "kind": ["role"], "start": [at],
                             "end": [at + len("الوزير")]})
    assert kwic(mentions, corpus, width=12)[["before", "after"]].values.tolist() == [["أمس أن", "سيزور"]]
    assert kwic(mentions, corpus, width=200)[["before", "after"]].values.tolist() == [
        ["أعلن المسؤول الكبير أمس أن", "سيزور المدينة غدا صباحا"]]
    # a word glued to the mention (a proclitic) is kept: it is the only one, touching it
    glued = corpus.assign(text_clean=["وبالوزير"])
    one = mentions.assign(start=[2], end=[8])
    assert kwic(one, glued, width=1)[["before", "mention", "after"]].values.tolist() == [["ب", "الوزير", ""]]


@pytest.mark.parametrize("footer", [
    "\nرابط الخبر بصحيفة الوئام: وزارة الصحة تفتتح مستشفى جديدا في تبوك",
    " سمات وزارة الصحة تبوك مستشفى",
])
def test_a_scraped_footer_after_the_text_is_no_mention(footer) -> None:
    # made up (round 63, issue 14): a link line repeating the headline and a line of tags run to the text's end;
    # the mentions guideline (11) annotates neither, the text before them keeps its mentions
    text = "وأوضحت وزارة الصحة أن العمل في المبنى سينتهي قريبا." + footer
    found = one_article(text)
    assert found["start"].lt(len(text) - len(footer)).any()
    assert not found["start"].ge(len(text) - len(footer)).any()


def test_traits_in_a_sentence_are_no_line_of_tags() -> None:
    # made up: سمات as a common noun with a sentence after it leaves the names after it alone
    found = one_article("ومن سمات وزارة الصحة في تبوك سرعة الاستجابة. وأكد ذلك الأهالي.", outlet="okaz")
    assert "وزارة الصحة في تبوك" in found["surface"].tolist()


@pytest.mark.parametrize(("text", "place"), [
    ("وتعطلت الحركة على طريق بغداد السريع أمس.", "بغداد"),
    ("وأكد أن سكان المملكة من الشباب في الغالب.", "المملكة"),
    ("وتراجعت الأسعار في سوق القاهرة العقارية.", "القاهرة"),
    ("ووقع الانفجار في بلدة صغيرة شمال غربي باكستان.", "باكستان"),
    ("وتوزع المياه على منطقتي الرياض والقصيم، وأكدت وزارة المياه ذلك.", "الرياض"),
    ("وتوزع الوزارة المياه على مدينتي دمشق وحلب.", "دمشق"),
    ("وأثنى على النهضة التي تعيشها المملكة في كل المجالات.", "المملكة"),
    ("وقالت شركة للأبحاث مقرها لندن إن المبيعات تراجعت.", "لندن"),
    ("وحذر من العبث بأمن المملكة واستقرارها.", "المملكة"),
])
def test_a_state_or_city_after_a_thing_of_its_territory_is_a_place(text, place) -> None:
    # made up (round 63, issue 14): roads, markets, people, a compass adjective, a dual place noun, a setting verb,
    # a seat, the security of a state: the state or city after them is where, no actor (guideline 3, the test:
    # "the territory of X"); the state acting stays one
    assert place not in one_article(text, outlet="okaz")["surface"].tolist()
    assert "المملكة" in one_article("وأكدت المملكة دعمها للقرار.", outlet="okaz")["surface"].tolist()


@pytest.mark.parametrize(("text", "surface", "code"), [
    ("وشكر المتحدث الحضور، وقدم الشكر لغرفة الرياض على دعمها.", "لغرفة الرياض", "SAUBUS"),
    ("وعبرت الأسر عن شكرها لأمانة جدة على تنظيم الاحتفال.", "لأمانة جدة", "SAUGOV"),
])
def test_lam_and_a_local_body_before_its_place_is_the_body_not_a_back_reference(text, surface, code) -> None:
    # made up (round 63, issue 14): لغرفة، لأمانة read as the back-reference nouns الغرفة، الأمانة gave nothing (or
    # the earlier body) and left the city alone as the state's government; the body and its place are one mention
    found = one_article(text)[["surface", "code"]].values.tolist()
    assert [surface, code] in found
    assert not any(s in ("الرياض", "جدة") for s, _ in found)


def test_by_way_of_a_state_is_no_road() -> None:
    # made up (round 63): عن طريق is "through"; the state after it acts (its help), as on the rules split
    assert "سلطنة عمان" in one_article("ونقلت الجثث بالطائرات عن طريق سلطنة عمان.", outlet="okaz")["surface"].tolist()
    assert "سلطنة عمان" not in one_article("ووقع الحادث على طريق سلطنة عمان الساحلي.", outlet="okaz")["surface"].tolist()


@pytest.mark.parametrize(("text", "state"), [
    ("وتمتد المحطات على الساحل الغربي للمملكة من الشمال إلى الجنوب.", "للمملكة"),
    ("وبلغت حصة القطاع من الناتج المحلي الإجمالي للمملكة نحو عشرة في المائة.", "للمملكة"),
    ("وضبطت الدوريات المتسللين عند الحدود الشمالية لمصر أمس.", "لمصر"),
    ("وناقش المجلس السياسة الزراعية لتونس في جلسته.", "لتونس"),
    ("وتراجعت الصادرات النفطية لإيران خلال الشهر الماضي.", "لإيران"),
    ("وأعلن النادي موعد الانتقال للندن بعد المعسكر.", "للندن"),
    ("وخضعت الشاحنات القادمة للكويت للتفتيش.", "للكويت"),
])
def test_a_state_after_a_thing_it_has_or_a_way_to_it_is_no_actor(text, state) -> None:
    # made up (round 64, issue 14): ل + a state after a definite phrase naming its territory, economy or policy is
    # the territory or economy of X (guideline 3 and 9.3: possessives of things are no act), and after a word of
    # coming or going it is where to
    assert state not in one_article(text, outlet="okaz")["surface"].tolist()


@pytest.mark.parametrize(("text", "state"), [
    ("وجدد الوزير المواقف الثابتة للمملكة من القضية.", "للمملكة"),
    ("وأكد البيان استمرار الدعم الأمريكي لمصر في حربها على الإرهاب.", "لمصر"),
])
def test_a_state_after_an_act_or_a_stance_of_it_stays_a_mention(text, state) -> None:
    # made up (round 64): the guard; a stance of the state or an act towards it keeps the state as an actor
    assert state in one_article(text, outlet="okaz")["surface"].tolist()


@pytest.mark.parametrize(("text", "surface", "code"), [
    ("وقال بنك سوسيتيه جنرال في مذكرة إن النمو سيتباطأ.", "بنك سوسيتيه جنرال", "FRABUS"),
    ("وأعلنت شركة هيونداي عن خطة لزيادة إنتاجها.", "شركة هيونداي", "KORBUS"),
])
def test_a_foreign_company_of_the_tables_keeps_its_own_state(text, surface, code) -> None:
    # made up (round 64, issue 14): a company no table held took the story's state (a Saudi outlet's: SAU)
    assert [surface, code] in one_article(text, outlet="okaz")[["surface", "code"]].values.tolist()


def test_a_car_of_a_makers_name_is_no_company() -> None:
    # made up (round 64): the maker's name is ambiguous (its products), so a car of that make is no mention
    assert not any("هيونداي" in s for s in one_article("وضبطت الدوريات سيارة هيونداي يقودها شاب.", outlet="okaz")["surface"])


def test_foreign_companies_count_half_a_state_for_the_story_s_own_state() -> None:
    # made up (round 65, issue 14): a company is more often an actor of a story than its setting, so it counts half
    # a state body's vote: two American bodies lead two Irish companies and a bare الحكومة is American; one American
    # body against two Irish companies decides nothing (it was Irish)
    found = _coded("أعلنت وزارة التجارة الأمريكية قيودا جديدة على الواردات، ورحبت شركة «ألفا» الإيرلندية بالقرار "
                   "بينما انتقدته شركة «بيتا» الإيرلندية. وقالت الخارجية الأمريكية إن الحكومة ستراجع القرار.")
    assert found[-1] == ["الحكومة", "agent", "USAGOV"]
    found = _coded("قالت الحكومة إن شركة «ألفا» الإيرلندية وشركة «بيتا» الإيرلندية فازتا بالعقد الذي طرحته وزارة "
                   "النقل الأمريكية.")
    assert found[0] == ["الحكومة", "agent", "GOV"]


def test_a_company_name_cut_before_its_state_adjective_or_seat_takes_that_state() -> None:
    # made up (round 66, issue 14): the company's span stops at the name's first indefinite word, so the adjective
    # after a two-word name (ريم ستار الكندية) or right after a one-word name (برمجيات نمساوية) was lost and the
    # article's state taken; a seat written after it (في ستوكهولم، ومقرها أوسلو) names its state as well
    found = _coded("وقعت هيئة الطيران المدني السعودي عقدا مع شركة ريم ستار الكندية لتطوير المطار، "
                   "وأعلنت شركة برمجيات نمساوية عن نظام جديد")
    assert [row for row in found if row[2].endswith("BUS")] == [
        ["شركة ريم ستار الكندية", "agent", "CANBUS"], ["شركة برمجيات نمساوية", "agent", "AUTBUS"]]
    found = _coded("وقعت وزارة الصحة السعودية عقدا مع شركة نورث فيلد في ستوكهولم ومع شركة بلو رايت ومقرها أوسلو")
    assert [row[2] for row in found if row[2].endswith("BUS")] == ["SWEBUS", "NORBUS"]
    # a company of the tables keeps its own state; a word of the sentence between ends the search
    found = _coded("وقالت وزارة التجارة السعودية إن شركة تويوتا في مصر وشركة الريان تدعم القوات الأمريكية")
    assert [row for row in found if row[2].endswith("BUS")] == [
        ["شركة تويوتا", "name", "JPNBUS"], ["وشركة الريان", "agent", "BUS"]]


def test_foreign_companies_counted_in_the_rules_split_take_their_seat() -> None:
    # made up (round 66, issue 14): companies of another state the gold codes by their known seat; نيسان alone is
    # the month, the company only after its business noun
    found = _coded("وقال محلل في كومرتس بنك إن أسعار النفط ستنخفض، فيما قالت شركة نيسان إن مبيعاتها في "
                   "المملكة ارتفعت، ووصلت أول رحلة لشركة طيران النيل إلى مطار أبها")
    assert [row[2] for row in found if row[2].endswith("BUS")] == ["DEUBUS", "JPNBUS", "EGYBUS"]
    assert not [row for row in _coded("وارتفعت أسعار النفط في شهر نيسان الماضي") if row[2].endswith("BUS")]


# Round 72 (issue 14): an ambiguous adjective whose usual sense is another (المالية: financial or Malian) names its
# state after a state's body or force (word list ambiguous_adjective_state_head), after another agent noun only in
# an article that names the state without doubt (باماكو); وزير مالية قطر is Qatar's finance minister.
@pytest.mark.parametrize(("text", "surface", "code"), [
    ("وأعلنت الإدارة المالية في إدارة التعليم بمنطقة حائل صرف المكافآت.", "الإدارة المالية", "SAUGOV"),
    ("وقالت الشركة المالية إن أرباحها ارتفعت هذا العام.", "الشركة المالية", "SAUBUS"),
    ("وقال وزير مالية قطر إن الاجتماع ناجح.", "وزير مالية قطر", "QATGOV"),
    ("وأعلنت الحكومة المالية هدنة مع المسلحين.", "الحكومة المالية", "MLIGOV"),
    ("وأوقفت الشرطة المالية مشتبها به في باماكو.", "الشرطة المالية", "MLICOP"),
])
def test_an_ambiguous_adjective_names_its_state_after_a_state_body_or_where_the_state_is_named(text, surface, code) -> None:
    assert [surface, code] in one_article(text, outlet="okaz")[["surface", "code"]].values.tolist()
