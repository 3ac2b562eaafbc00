"""People added to the people table from counts in the rules split: made-up sentences name them."""

import pandas as pd

import q7x2lib


def _people(text: str) -> list[tuple[str, str]]:
    df = pd.DataFrame({"doc_id": ["x"], "text": [text], "published": ["2015-08-01"]})
    found = q7x2lib.find_mentions(df, text_col="text")
    return [(a, s) for a, s in zip(found["actor_id"], found["surface"]) if a]


def test_the_uae_energy_minister_is_named() -> None:
    found = _people("وقال سهيل المزروعي وزير الطاقة الإماراتي إن الأسعار سترتفع.")
    assert any(a == "suhail_al_mazrouei" for a, _ in found)

