"""scripts/train_statement_sign.py: the pooled figures it prints to compare feature sets."""

from __future__ import annotations

import doctest

from q7x2lib import validation


def test_the_pooled_macro_f1_is_the_library_measure_unrounded(load_script) -> None:
    script = load_script("train_statement_sign")
    gold = [-1, -1, 0, 0, 0, 1, 1, 1, 0, -1]
    pred = [-1, 0, 0, 0, 1, 1, 0, 1, 0, 1]
    exact = script.exact_macro_f1(gold, pred)
    assert round(exact, 3) == validation._macro_f1(gold, pred)
    assert round(exact, 3) != exact  # the fourth decimal is kept: 0.5794...
    assert script.right(gold, pred) == 6


def test_the_script_helpers_examples_hold(load_script) -> None:
    script = load_script("train_statement_sign")
    results = doctest.testmod(script)
    assert results.attempted >= 2 and results.failed == 0


def test_a_statement_of_general_news_weighs_as_the_general_weight_says(load_script) -> None:
    import pandas as pd

    script = load_script("train_statement_sign")
    rows = pd.DataFrame({"general": [True, False, True]})
    assert script._kind_weights(rows, 2.0) == [2.0, 1.0, 2.0]
    assert script._kind_weights(rows, 1.0) is None  # the default trains as before
