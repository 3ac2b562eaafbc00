"""Directed events: source, target, CAMEO root, negation, statements, dyads."""

from __future__ import annotations

import pandas as pd

from q7x2lib.events import dyads, find_events
from q7x2lib.lexicons import load_lexicon
from q7x2lib.mentions import find_mentions
from q7x2lib.statements import find_statements, mentions_and_statements

DATE = pd.Timestamp("2015-07-30")


def events(text: str, *, with_statements: bool = True) -> pd.DataFrame:
    df = pd.DataFrame({"doc_id": ["d"], "title": [None], "published": [DATE], "text_clean": [text]})
    mentions = find_mentions(df)
    st = find_statements(df, mentions=mentions) if with_statements else None
    return find_events(df, mentions=mentions, statements=st)


def coded(ev: pd.DataFrame) -> list[list]:
    return ev[["unit", "source_code", "target_code", "event_code", "negated"]].values.tolist()


def test_verb_before_its_subject_gives_the_source() -> None:
    ev = events("ورفضت واشنطن اقتراح موسكو.", with_statements=False)
    assert coded(ev) == [["event", "USAGOV", "RUS", "12", False]]


def test_subject_before_the_verb() -> None:
    ev = events("واشنطن ترفض اقتراح موسكو.", with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist() == [["USAGOV", "RUS"]]


def test_noun_after_the_verb_is_its_object_not_its_subject() -> None:
    ev = events("قصفت الطائرات مواقع الحوثيين في صنعاء.", with_statements=False)
    assert ev[["source_code", "target_code", "event_code"]].values.tolist() == [[None, "YEMREB", "18"]]


def test_did_not_reject_is_no_rejection() -> None:
    ev = events("ولم ترفض إيران الاقتراح.", with_statements=False)
    assert ev.negated.tolist() == [True] and ev.event_code.tolist() == ["12"]
    assert "¬" in ev.evidence.iloc[0]


def test_target_after_the_preposition_the_verb_demands() -> None:
    ev = events("وشنت الولايات المتحدة غارات على داعش.", with_statements=False)
    row = ev.iloc[0]
    assert (row.source_code, row.target_surface, row.event_code) == ("USAGOV", "داعش", "18")


def test_third_party_act_inside_a_statement_is_its_own_event() -> None:
    ev = events("وقالت موسكو إن واشنطن رفضت الاقتراح.")
    # an informative statement (01) is directed at no one; the act it reports has its own source
    assert coded(ev) == [["statement", "RUSGOV", None, "01", False], ["event", "USAGOV", None, "12", False]]
    assert ev.statement_id.tolist() == [0, 0]


def test_attitude_at_the_cue_codes_the_statement() -> None:
    ev = events("وأعربت موسكو عن أسفها لرفض واشنطن المحادثات.")
    statement = ev[ev.unit == "statement"].iloc[0]
    assert (statement.source_code, statement.event_code, statement.goldstein) == ("RUSGOV", "11", -2.0)


def test_condemnation_is_a_statement_toward_its_object() -> None:
    ev = events("أدانت إيران الغارات الأمريكية.", with_statements=False)
    assert ev.iloc[0][["unit", "source_code", "event_code"]].tolist() == ["statement", "IRNGOV", "11"]


def test_intent_word_before_a_trigger_makes_an_intention() -> None:
    ev = events("ويعتزم أوباما زيارة السعودية.", with_statements=False)
    assert ev.modality.tolist() == ["intent"]


def test_offsets_index_the_text() -> None:
    text = "ورفضت واشنطن اقتراح موسكو."
    ev = events(text, with_statements=False)
    assert [text[a:b] for a, b in zip(ev.start, ev.end)] == ev.trigger.tolist() == ["ورفضت"]


def test_common_words_are_not_triggers() -> None:
    # هناك normalises to what هنأ would; أسفر is no regret; وزارة is no visit
    assert events("وقالت وزارة الخارجية هناك إن الانفجار أسفر عن قتلى.", with_statements=False).empty


def test_patterns_are_data_with_roots_and_weights() -> None:
    table = load_lexicon("event_patterns")
    assert set(table.root) <= {f"{i:02d}" for i in range(1, 21)}
    assert table.goldstein.between(-10, 10).all()
    weights = table.groupby("root").goldstein.nunique()
    assert (weights == 1).all(), "one Goldstein weight per root"


def test_dyads_keep_direction_apart() -> None:
    ev = pd.DataFrame({"doc_id": ["a", "a", "b"], "source_code": ["RUSGOV", "USAGOV", "RUS"],
                       "target_code": ["USAGOV", "RUSGOV", "USA"], "goldstein": [-4.0, 3.5, -2.0],
                       "negated": [False, False, False]})
    out = dyads(ev, level="country").set_index(["source", "target"])
    assert out.loc[("RUS", "USA"), "n_events"] == 2 and out.loc[("USA", "RUS"), "n_events"] == 1
    assert out.loc[("RUS", "USA"), "share_conflict"] == 1.0
    assert out.loc[("USA", "RUS"), "share_cooperation"] == 1.0


def test_dyads_by_outlet_and_period() -> None:
    ev = pd.DataFrame({"doc_id": ["a", "b"], "source_code": ["SAUMIL", "SAUMIL"], "target_code": ["YEMREB"] * 2,
                       "goldstein": [-9.0, -9.0], "negated": [False, True]})
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["x", "y"],
                           "published": pd.to_datetime(["2015-07-01", "2015-08-01"])})
    out = dyads(ev, by=["outlet", "period"], corpus=corpus)
    assert out[["source", "target", "outlet", "period", "n_events"]].values.tolist() == [["SAUMIL", "YEMREB", "x", "2015-07", 1]]
    assert len(dyads(ev, include_negated=True)) == 1 and dyads(ev, include_negated=True).n_events.iloc[0] == 2


def test_bundled_corpus_has_directed_events_both_ways(corpus: pd.DataFrame) -> None:
    mentions, st = mentions_and_statements(corpus)
    ev = find_events(corpus, mentions=mentions, statements=st)
    pairs = dyads(ev, level="country").set_index(["source", "target"])
    assert ("RUS", "USA") in pairs.index and ("USA", "RUS") in pairs.index
    assert set(ev.unit) == {"statement", "event"}
