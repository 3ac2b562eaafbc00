"""Boilerplate rules: scraper and site residue, as data, compiled for speed.

``data/lexicons/boilerplate.csv`` holds one regular expression per kind of
residue (ad markers, breadcrumbs, 'read also' links, comment footers ...).
Patterns are matched against the *normalised* line (see
:func:`q7x2lib.arabic.normalize`), so a rule written with ا and ي also catches
أ/إ/آ and ى spellings. ``scope`` is ``line`` (drop the line) or ``inline``
(cut the match out of the line). The table is loaded and checked by
:func:`q7x2lib.load_lexicon` (``"boilerplate"``); this module compiles it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _parser as re_parser  # sre's own parser: no public API tells an anchored pattern

import pandas as pd

from .tables import LastTableCache

SPACES_RE = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class RuleSet:
    """The rules of one table compiled into a few patterns (one pass per line).

    Line rules anchored at the start (``^...``, as all bundled ones are) are
    tried with ``match``: ``search`` would try them at every position of the
    line, in vain, and cost five times as much.
    """

    line_start: re.Pattern | None
    line: re.Pattern | None
    inline: re.Pattern | None
    ids: tuple[str, ...]


_COMPILED = LastTableCache()


def _compile_rules(rules: pd.DataFrame) -> RuleSet:
    """Compile a rules table once (cached for the table object last given)."""
    return _COMPILED.get(rules, _build_rules)


def _build_rules(rules: pd.DataFrame) -> RuleSet:
    def combine(scope: str, anchored: bool | None = None) -> re.Pattern | None:
        parts = [
            f"(?P<r{i}>{rx.pattern})" for i, (sc, rx) in enumerate(zip(rules.scope, rules.regex))
            if sc == scope and anchored in {None, _anchored(rx.pattern)}
        ]
        return re.compile("|".join(parts)) if parts else None

    return RuleSet(combine("line", True), combine("line", False), combine("inline"), tuple(rules.rule_id))


def _anchored(pattern: str) -> bool:
    """The pattern can only match at the start of the string (``^`` or ``\\A`` first, outside any alternation)."""
    parsed = re_parser.parse(pattern)
    if parsed.state.flags & re.MULTILINE:  # (?m): ^ also matches after a line break
        return False
    first = parsed.data[0] if parsed.data else None
    return first is not None and first[0] is re_parser.AT and first[1] in {re_parser.AT_BEGINNING, re_parser.AT_BEGINNING_STRING}


def _line_rule(line_norm: str, rules: RuleSet) -> str | None:
    """The id of the first line rule that matches a normalised line, or None."""
    # As one search over all line rules in table order: the leftmost match
    # wins, and at the same position the rule listed first.
    first = rules.line_start.match(line_norm) if rules.line_start else None
    other = rules.line.search(line_norm) if rules.line else None
    if other is not None and (first is None or (other.start() == 0 and _rule_no(other) < _rule_no(first))):
        first = other
    return rules.ids[_rule_no(first)] if first else None


def _rule_no(m: re.Match) -> int:
    return int(m.lastgroup[1:])


def _strip_inline(line: str, rules: RuleSet) -> str:
    """Cut inline boilerplate out of a line and squeeze its spaces."""
    if rules.inline is not None and rules.inline.search(line):
        line = rules.inline.sub("", line)
    if "  " in line or "\t" in line or "\u00a0" in line:  # else every run is one space already
        line = SPACES_RE.sub(" ", line)
    return line.strip()
