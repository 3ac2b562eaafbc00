"""Boilerplate rules: scraper and site residue, as data, compiled for speed.

``data/lexicons/boilerplate.csv`` holds one regular expression per kind of
residue (ad markers, breadcrumbs, 'read also' links, comment footers ...).
Patterns are matched against the *normalised* line (see
:func:`q7x2lib.arabic.normalize`), so a rule written with ا and ي also catches
أ/إ/آ and ى spellings. ``scope`` is ``line`` (drop the line) or ``inline``
(cut the match out of the line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from re import _parser as re_parser  # sre's own parser: no public API tells an anchored pattern

import pandas as pd

from . import config
from .arabic import normalize
from .errors import LexiconError
from .tables import LastTableCache, read_table

SPACES_RE = re.compile(r"[ \t\u00a0]+")


@lru_cache(maxsize=8)
def load_boilerplate_rules(path: str | Path | None = None) -> pd.DataFrame:
    """Load the boilerplate rules table and compile its patterns.

    Args:
        path: A CSV with columns ``rule_id, scope, pattern, description,
            example``; ``scope`` is ``line`` (drop the whole line) or
            ``inline`` (cut the match out of the line). Default: the bundled
            ``data/lexicons/boilerplate.csv``.

    Returns:
        The table with a ``regex`` column of compiled patterns.

    Raises:
        LexiconError: a column is missing or a pattern does not compile.

    Examples:
        >>> rules = load_boilerplate_rules()
        >>> "read_also" in set(rules.rule_id)
        True
    """
    path = Path(path) if path else config.LEXICON_DIR / "boilerplate.csv"
    rules = read_table(path, ["rule_id", "scope", "pattern"], "boilerplate rules")
    compiled = []
    for i, row in rules.iterrows():
        if row["scope"] not in {"line", "inline"}:
            raise LexiconError(f"{path}, row {i + 2} ({row['rule_id']}): scope must be 'line' or 'inline'")
        try:
            compiled.append(re.compile(normalize(row["pattern"])))
        except re.error as exc:
            raise LexiconError(f"{path}, row {i + 2} ({row['rule_id']}): bad pattern: {exc}") from None
    return rules.assign(regex=compiled)


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


def compile_rules(rules: pd.DataFrame) -> RuleSet:
    """Compile a rules table once (cached for the table object last given)."""
    return _COMPILED.get(rules, _compile_rules)


def _compile_rules(rules: pd.DataFrame) -> RuleSet:
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


def line_rule(line_norm: str, rules: RuleSet) -> str | None:
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


def strip_inline(line: str, rules: RuleSet) -> str:
    """Cut inline boilerplate out of a line and squeeze its spaces."""
    if rules.inline is not None and rules.inline.search(line):
        line = rules.inline.sub("", line)
    if "  " in line or "\t" in line or "\u00a0" in line:  # else every run is one space already
        line = SPACES_RE.sub(" ", line)
    return line.strip()
