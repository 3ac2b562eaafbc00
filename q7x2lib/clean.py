"""Cleaning: boilerplate out, broken sentences rejoined, structure kept.

The boilerplate rules are data (``data/lexicons/boilerplate.csv``, loaded and
compiled by :mod:`q7x2lib.boilerplate`).

Structure is detected per article and returned, not thrown away:

* ``title``: the first line when it has no final full stop and is short;
* ``dateline``: a "place – agency |" or "(agency) -" opening of a paragraph;
* ``subheading``: a short line without final punctuation inside the body;
* ``body`` paragraphs, with lines that the scrape broke mid-sentence joined;
* ``boilerplate`` lines, with the rule that removed them.

Code a scraper took for text (a page's inline CSS rules and script
statements) is cut out of a line as boilerplate too, a line of code only
reported under ``code_residue`` (see :func:`q7x2lib.boilerplate.code_spans`).

``text`` is never modified: ``text_clean`` is built from the kept paragraphs.
An article holding HTML markup (tags such as ``<p>``, entities such as
``&nbsp;``) is read as a browser shows it: block tags end lines, other tags
are removed with scripts, styles and comments, entities are decoded; the
markup stays in ``text`` (see :func:`_html_lines`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .arabic import _normalize_with_dropped, _NormPositions, normalize, sentence_spans, tokenize, word_counts
from .boilerplate import CODE_RULE_ID, _compile_rules, _line_rule, _strip_inline, strip_code
from .lexicons import load_lexicon, table_in_force, word_list

#: Longest line (in words) taken as a title or subheading.
TITLE_MAX_WORDS = 20
SUBHEADING_MAX_WORDS = 8
PARAGRAPH_SEP = "\n\n"

_TERMINAL_RE = re.compile(r"[.!?؟…][\"”»’')\]]*$")
_OPEN_END_RE = re.compile(r"[،,:؛;\-–]$")
_CONTINUES_RE = re.compile(r"^(?:و|ف)\s")  # a lone conjunction opening a line
_DATELINE_RES = (
    # موسكو – يورو عربي |
    re.compile(r"^(?P<place>[\u0621-\u064a]+(?: [\u0621-\u064a]+)?)\s*[–—-]\s*(?P<agency>[^|\n]{2,30}?)\s*\|\s*"),
    # القاهرة (رويترز) -
    re.compile(r"^(?P<place>[\u0621-\u064a]+(?: [\u0621-\u064a]+)?)?\s*\((?!في |من |على |عن )(?P<agency>[^()\n]{2,25})\)\s*[–—-]\s*"),
)


@dataclass(frozen=True)
class Paragraph:
    """One unit of article structure.

    ``start``/``end`` index ``text_clean`` (``-1`` for removed lines);
    ``raw_start``/``raw_end`` index the raw ``text``.
    """

    kind: str
    text: str
    raw_start: int
    raw_end: int
    start: int = -1
    end: int = -1
    rule_id: str | None = None


#: HTML left in a text by a scraper or a CMS export (common tags and entities): an article holding it is read as HTML.
HTML_MARKUP = re.compile(
    r"</?(?:p|br|div|span|a|b|i|em|strong|img|h[1-6]|li|ul|ol|table|tr|td|iframe|script|style)\b[^<>]{0,300}>"
    r"|&(?:nbsp|quot|amp|lt|gt|#\d{2,5});", re.I,
)
#: What ends a line of an article read as HTML: a line break, a block tag, a script/style/comment with its content.
_HTML_BREAK = re.compile(
    r"<(script|style)\b[^<>]{0,300}>.*?</\1\s*>|<!--.*?-->"
    r"|</?(?:p|br|div|li|ul|ol|h[1-6]|table|tr|td|th|blockquote|section|article|header|footer|figure|figcaption)\b[^<>]{0,300}>"
    r"|\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]",
    re.I | re.S,
)
#: Any other tag: removed, its words kept (a "<" not followed by a Latin letter, as in "3 < 5", is no tag).
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,300})?/?>")

_CLOSERS = "\"”»’')]"
_TERMINALS = frozenset(".!?؟…")


def _is_terminal(line: str) -> bool:
    """``_TERMINAL_RE.search(line)``, read from the end instead of tried at every position."""
    return _ends_terminal(line) or (line.endswith("\n") and _ends_terminal(line[:-1]))  # $ also matches before a final newline


def _ends_terminal(line: str) -> bool:
    return line.rstrip(_CLOSERS)[-1:] in _TERMINALS


def _is_open(line: str) -> bool:
    """A line the scrape broke mid-sentence: long and unfinished, or ends in ، or :."""
    if _is_terminal(line):
        return False
    unbalanced = line.count("“") != line.count("”") or line.count("«") != line.count("»") or line.count('"') % 2
    words = normalize(line).split()
    return (
        bool(_OPEN_END_RE.search(line))
        or bool(unbalanced)
        or len(words) > SUBHEADING_MAX_WORDS
        or words[0] in _broken_line_words()[0]
        or words[-1] in _broken_line_words()[1]
    )


@lru_cache(maxsize=1)
def _broken_line_words() -> tuple[frozenset[str], frozenset[str]]:
    """A short line that opens with a reporting verb or ends on a particle is a
    sentence the scrape broke, not a subheading: the verbs marked ``opens_line``
    in the reporting-verb table (with و), the ``dangling_particle`` list."""
    verbs = load_lexicon("reporting_verbs")
    openers = verbs.loc[verbs["opens_line"] == "1", "norm"]
    return frozenset([*openers, *("و" + v for v in openers)]), frozenset(word_list("dangling_particle"))


def parse_article(text: str, *, rules: pd.DataFrame | None = None, has_title: bool | None = None) -> list[Paragraph]:
    """Split an article into typed paragraphs (see the module docstring).

    Args:
        text: The raw article text, one paragraph per line.
        rules: Boilerplate rules (default: the bundled table).
        has_title: ``False`` when the title comes from elsewhere (a title
            column), so the first line is never taken as one; ``None`` detects.

    Returns:
        Paragraphs in reading order, boilerplate included (``kind ==
        'boilerplate'``), with offsets into the raw text and ``text_clean``.

    Examples:
        >>> raw = "أخبار عالميةعاجل\\n\\nالكرملين: نستعد للأسوأ\\n\\nقال الكرملين إن بوتين\\n\\nمستعد للحوار.\\n"
        >>> [(p.kind, p.text) for p in parse_article(raw)]  # doctest: +NORMALIZE_WHITESPACE
        [('boilerplate', 'أخبار عالميةعاجل'), ('title', 'الكرملين: نستعد للأسوأ'),
         ('body', 'قال الكرملين إن بوتين مستعد للحوار.')]
    """
    ruleset = _compile_rules(table_in_force("boilerplate") if rules is None else rules)
    lines = []  # (kind, text, raw_start, raw_end, rule_id)
    for a, b, stripped, line_norm in (_html_lines(text) if HTML_MARKUP.search(text) else _text_lines(text)):
        if not line_norm.strip():  # only invisible marks (a lone ZWNJ or bidi mark): a blank line
            continue
        rule = _line_rule(line_norm, ruleset)
        if rule:
            lines.append(("boilerplate", stripped, a, b, rule))
            continue
        kept = strip_code(stripped)
        if not kept:  # a line of CSS or script only
            lines.append(("boilerplate", stripped, a, b, CODE_RULE_ID))
            continue
        kept = _strip_inline(kept, ruleset)
        if kept:
            lines.append(("content", kept, a, b, None))

    out: list[tuple] = []  # (kind, text, raw_start, raw_end, rule_id): made Paragraphs once, with their offsets
    first_content = True
    opened = False  # a body paragraph or a dateline is out
    i = 0
    while i < len(lines):
        kind, line, a, b, rule = lines[i]
        i += 1
        if kind == "boilerplate":
            out.append(("boilerplate", line, a, b, rule))
            continue
        if first_content:
            first_content = False
            title_ok = has_title is not False and not _is_terminal(line) and len(line.split()) <= TITLE_MAX_WORDS
            if title_ok and not _OPEN_END_RE.search(line) and _has_following_content(lines, i):
                out.append(("title", line, a, b, None))
                continue
        # join the lines the scrape broke apart
        while (line_open := _is_open(line)) or (i < len(lines) and _next_continues(lines, i)):
            j = _next_content(lines, i)
            if j is None:
                break
            for k in range(i, j):  # boilerplate between the pieces is still reported
                out.append(("boilerplate", *lines[k][1:]))
            line = f"{line} {lines[j][1]}"
            b = lines[j][3]
            i = j + 1
        if not line_open and not _is_terminal(line) and _has_following_content(lines, i):
            out.append(("subheading", line, a, b, None))
            continue
        if not opened:
            dateline, rest = split_dateline(line)
            if dateline:
                out.append(("dateline", dateline, a, a + len(dateline), None))
                line = rest.strip()
        out.append(("body", line, a, b, None))
        opened = True
    return _with_clean_offsets(out)


def _text_lines(text: str) -> Iterator[tuple[int, int, str, str]]:
    """``(raw_start, raw_end, line, normalised line)`` of each line of ``text`` that is not blank."""
    pos = 0
    # Normalise once and cut each line out, instead of normalising each line (no map back is needed).
    norm, dropped = _normalize_with_dropped(text)
    to_norm = _NormPositions(dropped) if dropped else range(len(text) + 1)
    for raw_line in text.splitlines(keepends=True):
        a, pos = pos, pos + len(raw_line)
        stripped = raw_line.strip()
        if not stripped:
            continue
        a += len(raw_line) - len(raw_line.lstrip())
        b = a + len(stripped)
        yield a, b, stripped, norm[to_norm[a] : to_norm[b]]


def _html_lines(text: str) -> Iterator[tuple[int, int, str, str]]:
    """:func:`_text_lines` of a text holding HTML markup, the markup read as a browser shows it.

    A block tag (``<p>``, ``<br>``, ``<div>``, ``<li>``, ``<h2>`` ...) ends a line
    as a line break does; a script, a style or a comment goes with what it holds;
    any other tag (``<a href=...>``, ``<b>``) goes and leaves its words; an
    entity (``&nbsp;``, ``&quot;``, ``&#1575;``) is the character it stands for.
    The raw span of a line is the stretch of raw text between two breaks.
    """
    pos = 0
    for brk in [*_HTML_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        piece = text[pos:end]
        line = html.unescape(_HTML_TAG.sub("", piece)).replace("\xa0", " ")
        stripped = line.strip()
        if stripped:
            a = pos + len(piece) - len(piece.lstrip())
            yield a, pos + len(piece.rstrip()), stripped, normalize(stripped)
        pos = brk.end() if brk else pos


def _title_given_elsewhere(title: object, text: str) -> bool:
    """True when a title column holds a title that is not the article's first line: not at the start of a line
    near the text's start (after a byline at most). A short title met inside a sentence there, or a news link
    that ends a short text with it (رابط الخبر بصحيفة الوئام: ...), is no first line.

    Examples:
        >>> _title_given_elsewhere("ضبط هكر", "ضبط هكر\\n\\nضبطت الشرطة ..."), _title_given_elsewhere("ضبط هكر", "ضبطت الشرطة")
        (False, True)
        >>> _title_given_elsewhere("ضبط هكر", "ضبطت الشرطة شابا.\\n\\nرابط الخبر بصحيفة الوئام: ضبط هكر")
        True
        >>> _title_given_elsewhere("ضبط هكر", " http://t.co/x ضبط هكر\\nضبطت"), _title_given_elsewhere("تهريج", "يسمى ذلك تهريج")
        (False, True)
    """
    if not isinstance(title, str) or not title.strip():
        return False
    head, title = text[: len(title) + 400], title.strip()
    at = head.find(title)
    while at >= 0:
        if not _ARABIC_LETTER_RE.search(head, head.rfind("\n", 0, at) + 1, at):
            return False  # at a line's start, spaces or a link glued before it at most
        at = head.find(title, at + 1)
    return True


_ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064A]")


def _has_following_content(lines: list, i: int) -> bool:
    return _next_content(lines, i) is not None


def _next_content(lines: list, i: int) -> int | None:
    for j in range(i, len(lines)):
        if lines[j][0] == "content":
            return j
    return None


def _next_continues(lines: list, i: int) -> bool:
    j = _next_content(lines, i)
    return j is not None and bool(_CONTINUES_RE.match(lines[j][1]))


def _with_clean_offsets(paras: list[tuple]) -> list[Paragraph]:
    """Paragraphs from ``(kind, text, raw_start, raw_end, rule_id)``, those kept with their span in ``text_clean``."""
    out, pos = [], 0
    for kind, text, raw_start, raw_end, rule_id in paras:
        if kind in {"boilerplate", "dateline"}:
            out.append(Paragraph(kind, text, raw_start, raw_end, rule_id=rule_id))
            continue
        start = pos + (len(PARAGRAPH_SEP) if pos else 0)
        out.append(Paragraph(kind, text, raw_start, raw_end, start, start + len(text), rule_id))
        pos = start + len(text)
    return out


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """Split a dateline ("موسكو – يورو عربي |") off the start of a paragraph.

    Returns:
        ``(dateline, rest)``; ``dateline`` is ``None`` when there is none.

    Examples:
        >>> split_dateline("موسكو – يورو عربي | قال الكرملين إن ...")
        ('موسكو – يورو عربي', 'قال الكرملين إن ...')
        >>> split_dateline("قال الكرملين (في بيان) - إن ...")
        (None, 'قال الكرملين (في بيان) - إن ...')
    """
    for rx in _DATELINE_RES:
        m = rx.match(paragraph)
        if m:
            dateline = paragraph[: m.end()].strip().rstrip("|–—-").strip()
            return dateline, paragraph[m.end() :]
    return None, paragraph


def clean_text(text: str, *, rules: pd.DataFrame | None = None, has_title: bool | None = None) -> dict:
    """Clean one article.

    Returns:
        A dict with ``title`` (or None), ``dateline`` (or None),
        ``text_clean`` (title, subheadings and body joined by blank lines,
        boilerplate removed), ``paragraphs`` (list of :class:`Paragraph`).

    Examples:
        >>> out = clean_text("[ad_1]\\nموسكو – يورو عربي | قال الكرملين إن بوتين مستعد.\\nالتعليقات")
        >>> out["text_clean"], out["dateline"], out["title"]
        ('قال الكرملين إن بوتين مستعد.', 'موسكو – يورو عربي', None)
    """
    paras = parse_article(text, rules=rules, has_title=has_title)
    dateline = next((p.text for p in paras if p.kind == "dateline"), None)
    kept = [p.text for p in paras if p.start >= 0]
    title = next((p.text for p in paras if p.kind == "title"), None)
    return {"title": title, "dateline": dateline, "text_clean": PARAGRAPH_SEP.join(kept), "paragraphs": paras}


def clean_corpus(corpus: pd.DataFrame, text_col: str = "text", *, rules: pd.DataFrame | None = None) -> pd.DataFrame:
    """Add ``title``, ``dateline``, ``text_clean``, ``text_norm``, ``n_words``.

    A ``title`` already present (from a tabular corpus) is kept and the first
    line is then not taken as a title. Never modifies ``text_col``.

    Args:
        corpus: One row per article.
        text_col: The raw text column.
        rules: Boilerplate rules (default: bundled).

    Returns:
        A new DataFrame.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a"], "text": ["[ad_1]\\nقال الكرملين إن بوتين مستعد."]})
        >>> out = clean_corpus(df)
        >>> out.loc[0, "text_clean"], int(out.loc[0, "n_words"])
        ('قال الكرملين إن بوتين مستعد.', 5)
    """
    rules = table_in_force("boilerplate") if rules is None else rules
    given_titles = corpus["title"] if "title" in corpus else pd.Series(None, index=corpus.index, dtype=object)
    results = [
        clean_text(t, rules=rules, has_title=False if _title_given_elsewhere(gt, t) else None)
        for t, gt in zip(corpus[text_col], given_titles)
    ]
    titles = [gt if _title_given_elsewhere(gt, t) else r["title"] for r, gt, t in zip(results, given_titles, corpus[text_col])]
    clean = [r["text_clean"] for r in results]
    return corpus.assign(
        title=pd.Series(titles, index=corpus.index, dtype=object),
        dateline=pd.Series([r["dateline"] for r in results], index=corpus.index, dtype=object),
        text_clean=pd.Series(clean, index=corpus.index, dtype=object),
        text_norm=pd.Series([normalize(c) for c in clean], index=corpus.index, dtype=object),
        n_words=pd.Series(word_counts(clean), index=corpus.index, dtype="int64"),
    )


def paragraphs(corpus: pd.DataFrame, text_col: str = "text", *, rules: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per paragraph of every article, boilerplate included.

    Columns: ``doc_id, para_id, kind, text, start, end, raw_start, raw_end,
    rule_id``. ``kind`` is title / dateline / subheading / body /
    boilerplate; ``start``/``end`` index ``text_clean`` (-1 for removed
    lines), ``raw_*`` index the raw text. This is "what cleaning did".

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a"], "text": ["قمة جنيف\\nقال بوتين إنه مستعد.\\n[ad_2]"]})
        >>> paragraphs(df)[["kind", "rule_id"]].values.tolist()
        [['title', None], ['body', None], ['boilerplate', 'ad_marker']]
    """
    rules = table_in_force("boilerplate") if rules is None else rules
    rows = []
    has_given = "title" in corpus
    for doc_id, text, given in zip(corpus["doc_id"], corpus[text_col], corpus["title"] if has_given else [None] * len(corpus)):
        paras = parse_article(text, rules=rules, has_title=False if _title_given_elsewhere(given, text) else None)
        rows.extend(
            (doc_id, i, p.kind, p.text, p.start, p.end, p.raw_start, p.raw_end, p.rule_id) for i, p in enumerate(paras)
        )
    cols = ["doc_id", "para_id", "kind", "text", "start", "end", "raw_start", "raw_end", "rule_id"]
    out = pd.DataFrame(rows, columns=cols)
    out["rule_id"] = pd.Series([r[-1] for r in rows], dtype=object)
    return out.astype({"text": object})


def split_sentences(corpus: pd.DataFrame, text_col: str = "text_clean") -> pd.DataFrame:
    """One row per sentence: ``doc_id, sentence_id, start, end, text``.

    ``start``/``end`` index ``corpus[text_col]``; paragraphs always end a
    sentence, and a quotation that closes in the same paragraph is not cut.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a"], "text_clean": ["قال بيسكوف إن القمة ممكنة. وأضاف أنها مهمة."]})
        >>> split_sentences(df)["text"].tolist()
        ['قال بيسكوف إن القمة ممكنة.', 'وأضاف أنها مهمة.']
    """
    rows = [
        (doc_id, i, a, b, text[a:b])
        for doc_id, text in zip(corpus["doc_id"], corpus[text_col])
        for i, (a, b) in enumerate(sentence_spans(text))
    ]
    return pd.DataFrame(rows, columns=["doc_id", "sentence_id", "start", "end", "text"]).astype({"text": object})


def normalization_changes(corpus: pd.DataFrame, text_col: str = "text_clean", *, examples: int = 5) -> pd.DataFrame:
    """How much orthographic normalisation changes each article's words.

    Returns:
        ``doc_id, n_tokens, n_changed, share_changed, examples`` where
        ``examples`` lists the most frequent ``original←normalised`` pairs:
        Arabic is shown right to left, so the arrow points from the word as
        written (on the right) to its normalised form (on the left).

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a"], "text_clean": ["الأمريكي والامريكى بوتين"]})
        >>> normalization_changes(df)[["n_tokens", "n_changed", "examples"]].values.tolist()
        [[3, 2, 'الأمريكي←الامريكي، والامريكى←والامريكي']]
    """
    rows = []
    for doc_id, text in zip(corpus["doc_id"], corpus[text_col]):
        words = [t.text for t in tokenize(text)]
        changed = pd.Series([f"{w}←{normalize(w)}" for w in words if normalize(w) != w], dtype=object)
        top = "، ".join(changed.value_counts().head(examples).index) if len(changed) else ""
        rows.append((doc_id, len(words), len(changed), round(len(changed) / max(1, len(words)), 3), top))
    return pd.DataFrame(rows, columns=["doc_id", "n_tokens", "n_changed", "share_changed", "examples"])
