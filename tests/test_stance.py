"""Statements and stance: attribution, continuation, quotes, negation, headlines."""

from __future__ import annotations

import pandas as pd
import pytest

from q7x2lib.lexicons import load_lexicon
from q7x2lib.mentions import find_mentions
from q7x2lib.events import find_events
from q7x2lib.stance import _rounded, actor_stance, doc_stance, event_index, score_polarity, statement_polarity
from q7x2lib.statements import find_statements, mentions_and_statements
from q7x2lib.validation import load_gold_statements, score_statements

DATE = pd.Timestamp("2021-04-14")


def statements(text: str, title: str | None = None) -> pd.DataFrame:
    full = f"{title}\n\n{text}" if title else text
    df = pd.DataFrame({"doc_id": ["d"], "title": [title], "published": [DATE], "text_clean": [full]})
    return mentions_and_statements(df)[1]


def test_reporting_verb_before_its_subject_attributes_the_speaker() -> None:
    st = statements("وقال بيسكوف إن الحوار ممكن.")
    assert st[["speaker_id", "speaker_side", "cue", "cue_kind"]].values.tolist() == [["peskov", "RU", "وقال", "verb"]]


def test_appositive_role_and_name_as_subject() -> None:
    st = statements("أكد المتحدث باسم الكرملين ديمتري بيسكوف أن بوتين لم يعقد أي محادثات.")
    assert st.speaker_id.tolist() == ["peskov"]


def test_subject_before_the_verb() -> None:
    assert statements("الكرملين يقول إن بايدن يريد التطبيع.").speaker_id.tolist()[0] == "kremlin"


def test_continuation_verb_takes_the_previous_speaker() -> None:
    st = statements("وقالت زاخاروفا إن روسيا تريد علاقات. وأضافت أن العقوبات تهديد. وتابعت: “هذا مؤسف جدا اليوم”.")
    assert st.speaker_id.tolist() == ["zakharova"] * 3
    assert st.cue_kind.tolist() == ["verb", "continuation", "continuation"]


def test_participle_shares_the_subject_of_its_verb() -> None:
    st = statements("وقالت المتحدثة باسم البيت الأبيض جين ساكي، إن واشنطن تأمل بعلاقة مثمرة مع روسيا، مؤكدة أن الرئيس غير نادم.")
    assert st.speaker_id.tolist() == ["psaki", "psaki"]


def test_institution_speaks() -> None:
    st = statements("وقال البيت الأبيض إن بايدن حث موسكو على تخفيف التوترات.")
    assert st.speaker_id.tolist()[0] == "white_house" and st.speaker_side.tolist()[0] == "US"


def test_possessor_after_a_verb_is_not_its_subject() -> None:
    st = statements("وقال بايدن إن الحوار ممكن. وأكد لبوتين التزام واشنطن بسيادة أوكرانيا.")
    assert st.speaker_id.tolist() == ["biden", "biden"]


def test_long_direct_quote_is_a_statement() -> None:
    st = statements("قال بوتين إنه مستعد. “الناس يميلون عادة إلى رؤية الآخرين كما يرون أنفسهم”.")
    assert st.cue_kind.tolist() == ["verb", "continuation"]
    assert st.speaker_id.tolist() == ["putin", "putin"]


def test_scare_quote_is_not_a_statement() -> None:
    assert statements("وتجاهل بوتين لقب “القاتل” أمس.").empty


def test_vice_president_phrase_is_not_taken_for_putin() -> None:
    st = statements("ذكرت الوكالة أن نائب الرئيس الروسي أبلغ الجميع أن موسكو سترد.")
    assert "putin" not in st.speaker_id.tolist()


def test_attribution_phrase_names_a_source() -> None:
    st = statements("و بحسب البيت الأبيض، فإن الحوار مستمر.")
    assert st[["speaker_id", "cue_kind"]].values.tolist()[0] == ["white_house", "attribution"]


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("العلاقات الثنائية مهمة والتعاون ممكن", 1),
        ("روسيا سترد على العقوبات الأمريكية", -1),
        ("الظرف غير مناسب لتطبيع العلاقات", -1),  # negated cooperation term
        ("لم يؤيد الجانب الأمريكي الاقتراح", -1),  # negated support
        ("لأن واشنطن لم تكن قد أبدت استعدادها", -1),  # negator four words before
        ("عرض الرئيس لإجراء محادثات لا يزال قائما", 1),  # لا يزال is "still"
        ("لا سيما الأزمة الأوكرانية", -1),  # لا سيما is "especially"
    ],
)
def test_polarity_sign_with_negation(text: str, sign: int) -> None:
    polarity, evidence = score_polarity(text)
    assert evidence and (polarity > 0) == (sign > 0) and polarity != 0


def test_insult_is_the_strongest_confrontation() -> None:
    assert score_polarity("وصف الرئيس الروسي بأنه قاتل")[0] == -1.0


def test_lexicon_entries_have_intensity() -> None:
    terms = load_lexicon("stance_terms")
    assert terms.weight.between(0.3, 1.0).all() and set(terms.polarity) == {-1, 1}
    assert {"sanctions", "threat", "insult", "dialogue", "summit", "normalisation"} <= set(terms.category)


def test_headline_harsher_than_body() -> None:
    title = "الكرملين: الظرف غير مناسب لتطبيع العلاقات مع أميركا"
    body = "وقال الكرملين إن بوتين مستعد لإجراء محادثات والتعاون مع بايدن."
    df = pd.DataFrame({"doc_id": ["d"], "title": [title], "published": [DATE], "text_clean": [f"{title}\n\n{body}"]})
    stance = doc_stance(df, mentions_and_statements(df)[1]).loc["d"]
    assert stance.headline_polarity < 0 < stance.body_polarity


def test_headline_colon_is_a_statement_by_the_actor_before_it(corpus: pd.DataFrame) -> None:
    st = mentions_and_statements(corpus)[1]
    head = st[st.is_headline & (st.doc_id == "004_e92e0c86928e1aaa")]
    assert head[["speaker_id", "cue_kind"]].values.tolist() == [["kremlin", "headline"]]
    assert head.polarity.iloc[0] < 0


def test_doc_stance_shares_add_up(corpus: pd.DataFrame) -> None:
    stance = doc_stance(corpus, mentions_and_statements(corpus)[1])
    assert ((stance.ru_voice_share + stance.us_voice_share) <= 1.0001).all()
    assert stance.cooperation_index.between(-1, 1).all()
    assert stance.loc["004_e92e0c86928e1aaa", "headline_polarity"] < stance.loc["004_e92e0c86928e1aaa", "body_polarity"]


def test_same_official_sounds_different_across_articles(corpus: pd.DataFrame) -> None:
    per = actor_stance(mentions_and_statements(corpus)[1])
    ryabkov = per[per.speaker_id == "ryabkov"].set_index("doc_id").mean_polarity
    assert ryabkov["003_bff2f45f7cd33665"] < 0 < ryabkov["004_e92e0c86928e1aaa"]


def test_statements_agree_with_hand_annotation(corpus: pd.DataFrame) -> None:
    scores = score_statements(mentions_and_statements(corpus)[1], load_gold_statements(corpus)).set_index("measure").value
    assert scores.detection_f1 >= 0.85
    assert scores.speaker_accuracy >= 0.80
    assert scores.polarity_macro_f1 >= 0.60


def test_statement_polarity_comes_from_the_act_of_speaking() -> None:
    text = "وأعربت موسكو عن أسفها لرفض واشنطن المحادثات. وقال بيسكوف إن القمة ممكنة."
    df = pd.DataFrame({"doc_id": ["d"], "title": [None], "published": [DATE], "text_clean": [text]})
    mentions, st = mentions_and_statements(df)
    scored = statement_polarity(st, find_events(df, mentions=mentions, statements=st))
    assert scored.polarity_basis.tolist() == ["event", "lexicon"]
    assert scored.polarity.iloc[0] == -0.2 and scored.event_code.tolist() == ["11", "01"]


def test_article_000_is_the_most_confrontational_by_events(corpus: pd.DataFrame) -> None:
    mentions, st = mentions_and_statements(corpus)
    events = find_events(corpus, mentions=mentions, statements=st)
    stance = doc_stance(corpus, st, events=events, dyad=("RUS", "USA"))
    assert stance.cooperation_index.idxmin() == "000_2f7a25327503f7a2"
    assert stance.cooperation_index.between(-1, 1).all()
    assert {"rus_to_usa_goldstein", "usa_to_rus_goldstein"} <= set(stance.columns)


def test_an_article_index_half_way_between_roundings_is_the_same_whatever_order_its_acts_were_summed_in() -> None:
    # a chunked run and a whole-corpus run group an article's rows in other orders: the Goldstein weights -7, -7,
    # 3.5 and 7 average exactly -0.0875, which one order sums to -0.0875 and another to -0.08749999999999997
    acts = [("17", -7.0), ("17", -7.0), ("05", 3.5), ("07", 7.0)]
    orders = (acts, [acts[3], acts[0], acts[1], acts[2]])
    indices = [event_index(pd.DataFrame({"doc_id": ["a"] * 4, "event_code": [c for c, _ in rows],
                                         "goldstein": [w for _, w in rows], "negated": [False] * 4}))["a"]
               for rows in orders]
    assert indices == [-0.088, -0.088]
    # the per-article means doc_stance shows, summed in two orders
    means = pd.Series([(-0.7 - 0.7 + 0.35 + 0.7) / 4, (-0.7 - 0.7 + 0.7 + 0.35) / 4])
    assert means[0] != means[1] and _rounded(means).tolist() == [-0.088, -0.088]


def test_doc_stance_sides_are_parameters(corpus: pd.DataFrame) -> None:
    stance = doc_stance(corpus, mentions_and_statements(corpus)[1], sides=("US",))
    assert "us_voice_share" in stance and "ru_voice_share" not in stance
