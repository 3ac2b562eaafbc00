"""scripts/train_statement_sign.py: the pooled figures it prints to compare feature sets."""

from __future__ import annotations

import doctest
import importlib.util
from pathlib import Path

from q7x2lib import validation

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "train_statement_sign.py"


def _script():
    spec = importlib.util.spec_from_file_location("train_statement_sign", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_pooled_macro_f1_is_the_library_measure_unrounded() -> None:
    script = _script()
    gold = [-1, -1, 0, 0, 0, 1, 1, 1, 0, -1]
    pred = [-1, 0, 0, 0, 1, 1, 0, 1, 0, 1]
    exact = script.exact_macro_f1(gold, pred)
    assert round(exact, 3) == validation._macro_f1(gold, pred)
    assert round(exact, 3) != exact  # the fourth decimal is kept: 0.5794...
    assert script.right(gold, pred) == 6


def test_the_script_helpers_examples_hold() -> None:
    script = _script()
    results = doctest.testmod(script)
    assert results.attempted >= 2 and results.failed == 0
