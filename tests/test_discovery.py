"""What the tables do not know: coverage, and candidates for the user's tables."""

from __future__ import annotations

import pandas as pd

import q7x2lib


def corpus_of(*texts: str) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))],
                         "published": pd.to_datetime(["2015-08-01"] * len(texts)), "text_clean": list(texts)})


def test_a_name_the_tables_lack_after_an_office_is_suggested_with_the_offices_code() -> None:
    df = corpus_of("وقال رئيس نقابة الصيادلة المصرية محمد سعودي إن", "وأكد وزير الصحة المصري عادل عدوي أن",
                   "وقال وزير الصحة المصري عادل عدوي إن")
    found = q7x2lib.discover_actors(df, q7x2lib.find_mentions(df), min_count=2)
    assert found[["kind", "candidate", "n", "suggested_code"]].values.tolist()[0] == [
        "name after office", "عادل عدوي", 2, "EGYGOV"]


def test_a_known_person_is_not_suggested() -> None:
    df = corpus_of("وقال وزير الخارجية السعودي عادل الجبير إن", "وقال وزير الخارجية السعودي عادل الجبير إن")
    found = q7x2lib.discover_actors(df, q7x2lib.find_mentions(df), min_count=1)
    assert "عادل الجبير" not in set(found.candidate)


def test_coverage_reports_what_the_tables_know() -> None:
    df = corpus_of("قال الرئيس الروسي بوتين إن", "this corpus is not Arabic news at all")
    mentions, statements = q7x2lib.mentions_and_statements(df)
    cov = q7x2lib.coverage(mentions, statements).set_index("measure")["value"]
    assert cov["mentions with a country"] == 1.0
    assert cov["statements with a speaker"] == 1.0
