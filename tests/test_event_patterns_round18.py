"""Event patterns added in round 18 (issue 16): detection recall, each new form on a made-up sentence.

Each test fails without its rows of ``data/lexicons/event_patterns.csv``; the last also fails if the narrow row
``بعد سيطرة`` is widened to the bare noun, whose other sense is a state (تحت سيطرة).
"""

from __future__ import annotations

import pandas as pd

from q7x2lib.events import find_events
from q7x2lib.mentions import find_mentions
from q7x2lib.statements import find_statements

DATE = pd.Timestamp("2015-08-10")


def events(text: str) -> pd.DataFrame:
    df = pd.DataFrame({"doc_id": ["d"], "title": [None], "published": [DATE], "text_clean": [text]})
    mentions = find_mentions(df)
    return find_events(df, mentions=mentions, statements=find_statements(df, mentions=mentions), sign_model=False)


def acts(ev: pd.DataFrame) -> list[tuple[str, str]]:
    """(trigger without its conjunction, root) of each narrated act."""
    rows = ev[ev["unit"].eq("event")]
    return [(t.split(" ... ")[-1].removeprefix("و"), c) for t, c in zip(rows["trigger"], rows["event_code"])]


def test_an_arrest_whose_object_is_a_pronoun() -> None:
    ev = events("وألقت الشرطة الكويتية القبض عليهم بعد ساعات من التفجير.")
    assert ("القبض عليهم", "17") in acts(ev)


def test_air_cover_is_support_in_the_field() -> None:
    ev = events("وتقدمت فصائل المقاومة نحو المطار تحت غطاء جوي من طائرات التحالف.")
    assert ("غطاء جوي", "06") in acts(ev)


def test_imposing_or_extending_control_is_taking_a_place() -> None:
    assert ("فرض سيطرتها", "19") in acts(events("وتمكنت القوات العراقية من فرض سيطرتها على حي الملعب في الرمادي."))
    assert ("بسطت سيطرتها", "19") in acts(events("وأكدت المقاومة الشعبية أنها بسطت سيطرتها على مديرية دار سعد شمال عدن."))


def test_training_received_is_material_cooperation() -> None:
    ev = events("وكشفت التحقيقات أن المتهم الأول تلقى تدريبات على المتفجرات في معسكر خارج البلاد.")
    assert ("تلقى تدريبات", "06") in acts(ev)


def test_a_capture_told_as_a_time_but_not_a_state_of_control() -> None:
    capture = events("وفر آلاف السكان من المدينة بعد سيطرة مسلحي التنظيم على أحيائها الشرقية.")
    assert ("بعد سيطرة", "19") in acts(capture)
    state = events("وتقع البلدة تحت سيطرة فصائل المعارضة منذ عامين، ويعيش فيها خمسة آلاف نسمة.")
    assert "19" not in [c for _, c in acts(state)]
