"""Boilerplate rules compiled once per table: line rules, inline cuts, anchored fast path."""

from __future__ import annotations

import pandas as pd
import pytest

from q7x2lib.arabic import normalize
from q7x2lib.boilerplate import _compile_rules, _line_rule, _strip_inline
from q7x2lib.errors import Q7x2Warning
from q7x2lib.lexicons import load_lexicon


def test_a_line_rule_names_the_rule_that_dropped_the_line() -> None:
    rules = _compile_rules(load_lexicon("boilerplate"))
    assert _line_rule(normalize("زر الذهاب إلى الأعلى"), rules) == "back_to_top"
    assert _line_rule(normalize("وقال بيسكوف إن القمة ممكنة."), rules) is None


def test_an_inline_rule_cuts_only_the_match() -> None:
    rules = _compile_rules(load_lexicon("boilerplate"))
    assert _strip_inline("قال بيسكوف [ad_2] إن", rules).split() == ["قال", "بيسكوف", "إن"]


def test_a_users_rule_extends_the_table_and_is_compiled_with_it() -> None:
    own = pd.DataFrame({"rule_id": ["follow_us"], "scope": ["line"], "pattern": ["^تابعونا علي تويتر$"]})
    with pytest.warns(Q7x2Warning, match="report's notebooks"):  # they clean with the bundled rules
        rules = _compile_rules(load_lexicon("boilerplate", own))
    assert _line_rule(normalize("تابعونا على تويتر"), rules) == "follow_us"
    assert _line_rule(normalize("زر الذهاب إلى الأعلى"), rules) == "back_to_top"
