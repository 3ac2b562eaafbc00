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


# --- Code residue: CSS rules and script statements a scraper took for text -------------------------------------
#
# A page's inline <style> and <script> blocks, scraped as text, leave runs such as
# ".box_vote h5 { margin: 10px; } jQuery.noConflict(); jQuery(document).ready(function(){ ... });"
# inside a paragraph. Such a run is no regular language, so it is read by a small scanner rather than a table
# row: a CSS rule is a Latin selector and a block of ``property: value;`` declarations; a script statement is
# a Latin name (a member chain, ``var x``) followed by ``(`` or ``=`` and read, brackets balanced and string
# literals skipped, to its ``;``. An Arabic letter outside a string literal ends a statement as no code, so
# prose (a Quran verse in braces, a quotation) is never read as code.

#: The id a line made only of code is reported under (``Paragraph.rule_id``).
CODE_RULE_ID = "code_residue"

_CSS_RULE_RE = re.compile(
    r"(?:[#.][A-Za-z_][\w-]*|[a-z][a-z0-9]*|\*)"  # the first simple selector
    r"(?:[ ]*[,>+~]?[ ]*(?:[#.:]{1,2}[A-Za-z_][\w-]*|\[[^\]\n{}\u0600-\u06ff]{1,60}\]|[a-z][a-z0-9]*|\*))*+"
    r"[ ]*\{[ ]*"
    r"(?:[-A-Za-z]+[ ]*:[^;{}\n\u0600-\u06ff]*;[ ]*)*+"  # declarations
    r"(?:[-A-Za-z]+[ ]*:[^;{}\n\u0600-\u06ff]*)?\}"
)
_CSS_DECL_RE = re.compile(r"[-A-Za-z]+[ ]*:[^;{}]*[^;{}\s]")
_JS_HEAD_RE = re.compile(
    r"(?:(?:var|let|const)[ ]+)?[A-Za-z_$][\w$]*(?:[ ]*\.[ ]*[A-Za-z_$][\w$]*)*[ ]*(?:\(|=(?!=))"
)
_CODE_START_RE = re.compile(r"(?<![\w$#.\-\[])(?:[#.][A-Za-z_]|[A-Za-z_$*])")
_LATIN_WORD_RE = re.compile(r"[\w$#.*-]+")
_OPENERS = {"(": ")", "[": "]", "{": "}"}
_MAX_STATEMENT = 20_000


def _js_statement_end(line: str, start: int) -> int | None:
    """The end (after its ``;``) of a script statement at ``start``, or None when none starts there."""
    head = _JS_HEAD_RE.match(line, start)
    if head is None:
        return None
    stack: list[str] = []
    i, n = head.end() - 1, min(len(line), start + _MAX_STATEMENT)
    while i < n:
        ch = line[i]
        if ch in "'\"" and stack:  # a string literal inside brackets: skipped, whatever it holds
            close = line.find(ch, i + 1, min(n, i + 300))
            if close < 0:
                return None
            i = close + 1
            continue
        if ch in _OPENERS:
            stack.append(_OPENERS[ch])
        elif ch in ")]}":
            if not stack or stack.pop() != ch:
                return None
        elif ch == ";" and not stack:
            return i + 1
        elif "\u0621" <= ch <= "\u064a":  # Arabic outside a string literal: prose, not code
            return None
        i += 1
    return None


def _code_unit_end(line: str, start: int) -> tuple[int, bool] | None:
    """The end of a CSS rule or a script statement at ``start`` and whether it is a CSS rule with a declaration."""
    css = _CSS_RULE_RE.match(line, start)
    if css is not None and _CSS_DECL_RE.search(css.group()[css.group().index("{") :]):
        return css.end(), True
    end = _js_statement_end(line, start)
    return (end, False) if end is not None else None


def code_spans(line: str) -> list[tuple[int, int]]:
    """Spans of ``line`` that are CSS or script code, runs of rules and statements one after another.

    A run is taken as code when it holds a CSS rule with a declaration, or script statements with a block
    (``{ ... }``) and at least two ``;``: a lone ``f(x);`` in a Latin sentence stays.

    Examples:
        >>> line = "قال المسؤول ذلك. .box_vote h5 { margin: 10px; } jQuery.noConflict(); ما رأيك؟"
        >>> [line[a:b] for a, b in code_spans(line)]
        ['.box_vote h5 { margin: 10px; } jQuery.noConflict();']
        >>> code_spans("قال تعالى: {إنا لله وإنا إليه راجعون}، و print(x); y = f(z);")
        []
    """
    if "{" not in line or (";" not in line and ":" not in line):
        return []
    spans: list[tuple[int, int]] = []
    pos = 0
    while (m := _CODE_START_RE.search(line, pos)) is not None:
        a = m.start()
        end, units, css, blocks = a, 0, False, False
        while (unit := _code_unit_end(line, end)) is not None:
            unit_end, is_css = unit
            css = css or is_css
            blocks = blocks or "{" in line[end:unit_end]
            units += 1
            end = unit_end
            while end < len(line) and line[end] in " \t\u00a0":
                end += 1
        run = line[a:end].rstrip()
        if units and (css or (blocks and run.count(";") >= 2)):
            spans.append((a, a + len(run)))
            pos = end
        else:
            pos = max(a + 1, _next_word(line, a))
    return spans


def _next_word(line: str, a: int) -> int:
    """The position after the Latin word at ``a`` (a failed start is not tried again inside its own word)."""
    m = _LATIN_WORD_RE.match(line, a)
    return m.end() if m else a + 1


def strip_code(line: str) -> str:
    """``line`` with its :func:`code_spans` cut out (the rest unchanged, spaces squeezed at the cuts)."""
    spans = code_spans(line)
    if not spans:
        return line
    parts, pos = [], 0
    for a, b in spans:
        parts.append(line[pos:a])
        pos = b
    parts.append(line[pos:])
    return SPACES_RE.sub(" ", " ".join(p.strip() for p in parts if p.strip())).strip()
