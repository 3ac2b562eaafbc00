"""The bare القيادة of the Gulf press: its own state's rulers, not driving, a cockpit or a command of its own."""

from __future__ import annotations

import pandas as pd

import q7x2lib


def mentions_of(text: str, outlet: str = "okaz") -> list[list]:
    df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2015-07-30")], "outlet": [outlet], "text_clean": [text]})
    return q7x2lib.find_mentions(df)[["surface", "code"]].values.tolist()


def test_the_bare_leadership_noun_is_the_outlets_own_states_rulers() -> None:
    assert mentions_of("ونقل أمير المنطقة تعازي القيادة لأسرة الفقيد.")[-1] == ["القيادة", "SAUGOV"]
    assert ["والقيادة", "SAUGOV"] in mentions_of("وتحدث عن اللحمة بين الشعب والقيادة، وعن الأمن.")
    # the headline of the rulers' cables: the congratulating state, not the one congratulated
    assert mentions_of("القيادة تهنئ رئيس النيجر بذكرى الاستقلال")[0] == ["القيادة", "SAUGOV"]


def test_driving_a_cockpit_or_a_command_is_no_states_rulers() -> None:
    for text in ("وتعمل الشركة على تطوير السيارات ذاتية القيادة.", "ودخلت الراكبة إلى قمرة القيادة.",
                 "ويجب الحذر عند القيادة على الطرق السريعة.", "ويقع مركز القيادة والتحكم في المدينة."):
        assert not any("القيادة" in r[0] for r in mentions_of(text)), text
    # a body of its own (القيادة العامة، القيادة المركزية) is the tables' to name, not the rulers
    assert not any(r[0] == "القيادة" and r[1] == "SAUGOV" for r in mentions_of("وأعلنت القيادة العامة للقوات المسلحة الخطة."))
