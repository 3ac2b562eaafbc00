"""Directed events: how an act's source and target are chosen (small rules, made-up sentences)."""

from __future__ import annotations

import pandas as pd

from q7x2lib.events import find_events
from q7x2lib.mentions import find_mentions
from q7x2lib.statements import find_statements

DATE = pd.Timestamp("2015-07-30")


def events(text: str) -> pd.DataFrame:
    df = pd.DataFrame({"doc_id": ["d"], "title": [None], "published": [DATE], "text_clean": [text]})
    mentions = find_mentions(df)
    return find_events(df, mentions=mentions, statements=find_statements(df, mentions=mentions), sign_model=False)


def test_a_future_doer_verb_in_a_relative_clause_names_the_acts_source() -> None:
    # الزيارة التي سيقوم بها الوفد: the future prefix of يقوم does not hide the doer after it
    ev = events("وقالت وزارة الخارجية الأمريكية إن الزيارة التي سيقوم بها وفد الأمم المتحدة إلى عدن مهمة.")
    visit = ev[ev["unit"] == "event"]
    assert visit["source_code"].tolist() == ["IGO"]


def test_a_state_forces_unnamed_clash_side_is_its_countrys_insurgents() -> None:
    ev = events("وقتل ستة أشخاص في مواجهات بين قوات الأمن التركية ومقاتلين في جنوب شرق البلاد.")
    clash = ev[ev["trigger"].str.contains("مواجهات")]
    assert clash[["source_code", "target_code"]].values.tolist() == [["TURCOP", "TURREB"]]


def test_a_state_forces_clash_with_protesters_keeps_the_country_alone() -> None:
    ev = events("واندلعت مواجهات بين قوات الأمن التركية ومتظاهرين في إسطنبول.")
    clash = ev[ev["trigger"].str.contains("مواجهات")]
    assert clash["target_code"].tolist() == ["TUR"]


def test_a_noun_act_right_after_a_verb_of_welcoming_and_its_subject_is_not_the_subjects_own_act() -> None:
    # رحب المتحدث بالهجمات التركية: the attacks welcomed are Turkey's, not the speaker's own
    ev = events("ورحب المتحدث باسم البيت الأبيض بالهجمات التركية على تنظيم داعش.")
    attacks = ev[ev["trigger"].str.contains("الهجمات")]
    assert "USAGOV" not in attacks["source_code"].tolist()
