"""Show tables in notebooks and reports: right to left, bounded, the full table beside the page.

:func:`rtl_table` wraps a DataFrame so that its HTML form carries
``dir="rtl" lang="ar"``, right-aligned cells and bidi isolation, while its
plain-text form (what nbval compares) stays the DataFrame's own. Every value
is HTML-escaped: corpus text is data, never markup. A cell longer than
:data:`MAX_CELL_CHARS` is cut in the display, with a note; the data is not.

:func:`show_table` shows the head of a table of any length with a sentence
saying how many rows it has. Under ``python -m q7x2lib report`` it also
writes the whole table as CSV beside the report (``tables/``) and links to
it; the report tells it where through :data:`TABLES_ENV` and
:data:`NOTEBOOK_ENV`.
"""

from __future__ import annotations

import functools
import html
import json
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from .errors import ArgumentError
from .lexicons import bundled_table

#: A displayed cell longer than this many characters is cut (display only).
MAX_CELL_CHARS = 400
#: Rows :func:`show_table` shows by default.
HEAD_ROWS = 50
#: Set by the report: the folder where :func:`show_table` writes full tables.
TABLES_ENV = "Q7X2_REPORT_TABLES"
#: Set by the report: the notebook's name, the first part of each table's file name.
NOTEBOOK_ENV = "Q7X2_REPORT_NOTEBOOK"
#: One JSON line per table written, in the tables folder: what the index page lists.
TABLES_MANIFEST = "tables.jsonl"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,60}")

_STYLE = (
    "<style>.q7x2-rtl table{direction:rtl;border-collapse:collapse;"
    "font-family:'Noto Sans Arabic','IBM Plex Sans Arabic','Segoe UI',Tahoma,sans-serif}"
    ".q7x2-rtl th,.q7x2-rtl td{text-align:right;padding:2px 8px;border-bottom:1px solid #ddd;"
    "unicode-bidi:isolate;vertical-align:top}"
    ".q7x2-rtl td.q7x2-hit{font-weight:bold;background:#fff3c4}.q7x2-rtl td.q7x2-ltr{text-align:left}"
    # an id, a date or a number is one unbroken line (2021-03-22 broke after its second hyphen)
    ".q7x2-rtl td.q7x2-word{white-space:nowrap}"
    # a column's id under its Arabic name: the name of the CSV's column and of the notebooks' prose
    ".q7x2-rtl th .q7x2-id{display:block;font-weight:normal;font-size:80%;color:#666;direction:ltr;text-align:right}"
    # a measure's id under its Arabic name (VALUE_ID_COLUMNS): the name the notebooks' prose and code use
    ".q7x2-rtl td .q7x2-id{display:block;font-size:80%;color:#666;direction:ltr;text-align:right}</style>"
)

@functools.lru_cache(maxsize=1)
def column_names_ar() -> dict[str, str]:
    """The Arabic names of the columns that the right-to-left tables show most, written above their ids.

    The ids stay (the CSV files and the notebooks' prose name the columns so); an Arabic table headed label,
    words, outlets, first_date ... read as English in an Arabic report. Read once from
    ``data/lexicons/column_names_ar.csv``.

    Examples:
        >>> column_names_ar()["outlet"]
        'الوسيلة'
    """
    table = bundled_table("column_names_ar")
    return {c: n for c, n in zip(table["column"], table["name_ar"]) if "*" not in c}


@functools.lru_cache(maxsize=1)
def _column_name_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The rows of ``column_names_ar.csv`` whose column holds ``*``: a name made per side (``ru_voice_share``).

    Each ``*`` of the column matches a run of letters; the Arabic name takes the runs in order, in capitals.
    """
    table = bundled_table("column_names_ar")
    return tuple(
        (re.compile("^" + "([A-Za-z]+)".join(re.escape(p) for p in c.split("*")) + "$"), n)
        for c, n in zip(table["column"], table["name_ar"]) if "*" in c
    )


def column_name_ar(column: object) -> str | None:
    """The Arabic name of a column (:func:`column_names_ar`, then the rows made per side), or None.

    Examples:
        >>> column_name_ar("ru_voice_share")
        'حصة أقوال RU'
        >>> column_name_ar("rus_to_usa_goldstein")
        'غولدستاين من RUS إلى USA'
        >>> column_name_ar("ru_voice") is None
        True
    """
    if not isinstance(column, str):
        return None
    if column in column_names_ar():
        return column_names_ar()[column]
    for pattern, name in _column_name_patterns():
        match = pattern.match(column)
        if match:
            for side in match.groups():
                name = name.replace("*", side.upper(), 1)
            return name
    return None
# Only where a note is shown: a table without one keeps exactly the HTML it always had (nbval compares it).
_NOTE_STYLE = "<style>.q7x2-note{direction:ltr;text-align:left;font-size:90%;color:#444}</style>"
# Only where a left-to-right table holds English sentences (notes, evidence): aligned left, as prose is.
_SENTENCE_STYLE = "<style>.q7x2-table td>bdi.q7x2-sentence{display:block;text-align:left}</style>"
# Only where a left-to-right table holds a date or a hyphenated word: one unbroken line, as in the right-to-left tables
# (notebook 10's event groups broke 2021-03-22 after its second hyphen)
_WORD_STYLE = "<style>.q7x2-table td>span.q7x2-word{white-space:nowrap}</style>"


_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_LATIN_LETTER = re.compile("[A-Za-z]")
#: A quotation in guillemets, as the notes quote the articles: «اليوم الاثنين».
_QUOTE = re.compile("«([^«»]*)»")


def _ltr_text(text: str) -> bool:
    """Whether a cell holds mostly Latin letters: an English note, laid out left to right even when it opens with Arabic.

    A browser gives an isolated cell the direction of its first strong letter,
    so an English sentence that opens with an Arabic quotation would run right
    to left, its words and punctuation out of order. Quotations in «» are
    left out of the count: a long Arabic quotation does not make the
    English sentence around it Arabic.

    Examples:
        >>> _ltr_text("«اليوم الاثنين» with the foreign ministry statement of 22 March")
        True
        >>> _ltr_text("after the call of 13 April «أعلن الكرملين، اليوم الأربعاء، أنه سينظر في عرض بايدن للقمة»")
        True
        >>> _ltr_text("قال المتحدث باسم الكرملين (Peskov)")
        False
        >>> _ltr_text("«أمس الخميس»")
        False
    """
    latin, arabic = _letters_outside_quotes(text)
    return latin > arabic


def _letters_outside_quotes(text: str) -> tuple[int, int]:
    """How many Latin and how many Arabic letters ``text`` holds outside its quotations in «»."""
    outside = _QUOTE.sub(" ", text)
    return len(_LATIN_LETTER.findall(outside)), len(_ARABIC_LETTER.findall(outside))


def isolate_quotes(escaped: str) -> str:
    """Escaped English text with each Arabic quotation in «» isolated right to left.

    In a left-to-right line a quotation such as «موسكو – يورو عربي |» is
    laid out by the line's direction: the punctuation at its edges (``|``,
    ``:``, an inner ``"``) goes to the wrong side of the Arabic, next to the
    wrong word («الكرملين:» read as «:الكرملين» backwards). Inside
    ``<bdi dir="rtl">`` the quotation is one right-to-left unit and the
    guillemets, outside it, belong to the English sentence.

    Args:
        escaped: HTML-escaped text (the guillemets are not escaped).

    Examples:
        >>> isolate_quotes("the dateline «موسكو – يورو عربي |» names the site")
        'the dateline «<bdi dir="rtl" lang="ar">موسكو – يورو عربي |</bdi>» names the site'
        >>> isolate_quotes("the column «event_date»")
        'the column «event_date»'
    """
    def wrap(match: re.Match) -> str:
        inner = match.group(1)
        if not _ARABIC_LETTER.search(inner):
            return match.group(0)
        return f'«<bdi dir="rtl" lang="ar">{inner}</bdi>»'

    return _QUOTE.sub(wrap, escaped)


def _arabic_column(values: pd.Series) -> bool:
    """Whether a column's text is mostly Arabic letters (names, labels, titles, quotations).

    Letters inside «» count for nothing, as in :func:`_ltr_text`: an English
    note that quotes the article is English.
    """
    latin, arabic = _letters_outside_quotes(" ".join(v for v in values if isinstance(v, str)))
    return arabic > latin


def reads_right_to_left(df: pd.DataFrame, rows: int = HEAD_ROWS) -> bool:
    """The direction rule of :func:`show_table`: whether a table reads right to left.

    A table reads right to left when one of its text columns (or its index,
    when that is data) holds mostly Arabic: names, labels, titles, quoted
    lines; or when its headers do (outlets across, named). A table of codes,
    ids, English notes, numbers and dates reads left to right. Either way each
    cell keeps its own direction (it is isolated), so an Arabic name in a table
    of codes and a code in an Arabic table read as they are written. Only the
    rows shown are read, as they are shown: :func:`show_table` gives it the
    table with its outlets, actors, codes and values named (:func:`as_shown`),
    so a table of measures named in Arabic reads right to left.

    Examples:
        >>> reads_right_to_left(pd.DataFrame({"country": ["RUS", "USA"], "label": ["الكرملين", "بايدن"], "n": [54, 29]}))
        True
        >>> reads_right_to_left(pd.DataFrame({"code": ["RUSGOV", "USAGOV"], "n": [73, 62]}))
        False
        >>> reads_right_to_left(as_shown(pd.DataFrame({"code": ["RUSGOV", "USAGOV"], "n": [73, 62]})))
        True
        >>> reads_right_to_left(pd.DataFrame({"doc_id": ["a"], "evidence": ["the dateline «موسكو – يورو عربي |» names the site"]}))
        False
        >>> reads_right_to_left(pd.DataFrame([[3, 1]], columns=["عكاظ", "سبق"]))
        True
    """
    head = df.head(rows)
    columns = [head[c] for c in _text_columns(head)]
    if not _row_numbers(head.index):
        columns += [head.index.get_level_values(i).to_series() for i in range(head.index.nlevels)]
    if head.columns.nlevels == 1:
        columns.append(head.columns.to_series())
    return any(_arabic_column(c) for c in columns)


def _float_format(column: pd.Series) -> str | None:
    """One format for a column of floats: whole numbers as integers, else the decimals it needs, at most three.

    A right-to-left table printed each float as Python does (0.17 beside
    0.227, 0.0 beside -1, 0.33278466760571146); pandas prints a column with
    one number of decimals, and so does this.

    Examples:
        >>> _float_format(pd.Series([0.17, 0.227, float("nan")])), _float_format(pd.Series([0.0, -1.0])), _float_format(pd.Series([5.11, 13.35]))
        ('.3f', '.0f', '.2f')
        >>> _float_format(pd.Series([0.33278466760571146])), _float_format(pd.Series(["a"]))
        ('.3f', None)
    """
    if not pd.api.types.is_float_dtype(column.dtype):
        return None
    values = column.dropna().to_numpy(dtype=float)
    values = values[abs(values) != float("inf")]
    for decimals in range(3):
        scaled = values * 10**decimals
        if (abs(scaled - scaled.round()) < 1e-9).all():
            return f".{decimals}f"
    return ".3f"


def _cell_text(value: object, limit: int, *, dates_only: bool = False, number: str | None = None) -> tuple[str, bool]:
    """The value as display text, cut to ``limit`` characters; and whether it was cut.

    Missing values (``None``, ``NaN``, ``NaT``) are empty; with ``dates_only`` a
    timestamp is its date (``2015-07-22``, not ``2015-07-22 00:00:00``); with
    ``number`` a float is written in that format (:func:`_float_format`).
    """
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return "", False
    if dates_only and isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d"), False
    if number is not None and isinstance(value, float):
        return format(value, number), False
    text = str(value)
    if len(text) > limit:
        return text[:limit] + " …", True
    return text, False


def _dates_only(column: pd.Series) -> bool:
    """Whether a column holds timestamps that are all at midnight: days, shown without a time."""
    if not pd.api.types.is_datetime64_any_dtype(column):
        return False
    days = column.dropna()
    return bool((days == days.dt.normalize()).all())


def _row_numbers(index: pd.Index) -> bool:
    """Whether ``index`` only numbers rows: unnamed integers (a range, or what sorting or filtering left of one)."""
    return index.nlevels == 1 and index.name is None and pd.api.types.is_integer_dtype(index.dtype)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def _header_cell(column: object, names_ar: Mapping[str, str] | None = None, *, outlet: bool = False) -> str:
    """A right-to-left table's header: the column's Arabic name above its id, or its id.

    The name is the table's own (``names_ar``) where it gives one, else :func:`column_name_ar`'s: one id can
    mean two things (``name`` is a name in one table, the mentions made by name in another). A column that is an
    outlet (``outlet``: a table with outlets across) is named as the charts name it (:func:`outlet_label`).

    Examples:
        >>> _header_cell("outlets")
        '<th><bdi>الوسائل</bdi><span class="q7x2-id">outlets</span></th>'
        >>> _header_cell("lift")
        '<th><bdi>lift</bdi></th>'
        >>> _header_cell("name", {"name": "بالاسم"})
        '<th><bdi>بالاسم</bdi><span class="q7x2-id">name</span></th>'
        >>> _header_cell("okaz", outlet=True), _header_cell("source_id", outlet=True)
        ('<th><bdi>عكاظ</bdi><span class="q7x2-id">okaz</span></th>', '<th><bdi>المصدر المستشهد به</bdi><span class="q7x2-id">source_id</span></th>')
    """
    name = html.escape(str(column))
    own = (names_ar or {}).get(column) if isinstance(column, str) else None
    if outlet and own is None and isinstance(column, str) and (label := outlet_label(column)) != column:
        own = label
    arabic = own or column_name_ar(column)
    if arabic is None:
        return f"<th><bdi>{name}</bdi></th>"
    return f'<th><bdi>{html.escape(arabic)}</bdi><span class="q7x2-id">{name}</span></th>'


class RTLTable:
    """A DataFrame shown right to left; ``.df`` is the frame itself."""

    def __init__(
        self,
        df: pd.DataFrame,
        *,
        highlight: str | None = None,
        max_rows: int = 200,
        max_chars: int = MAX_CELL_CHARS,
        names_ar: Mapping[str, str] | None = None,
        outlet_columns: Iterable[str] = (),
        source_columns: Iterable[str] = (),
        country_columns: Iterable[str] = (),
    ) -> None:
        self.df = df
        self.highlight = highlight
        self.max_rows = max_rows
        self.max_chars = max_chars
        self.names_ar = dict(names_ar or {})
        self.outlet_columns = tuple(outlet_columns)
        self.source_columns = tuple(source_columns)
        self.country_columns = tuple(country_columns)

    def __repr__(self) -> str:
        return repr(self.df)

    def _repr_html_(self) -> str:
        return self.html_table(note_more=True)

    def html_table(self, *, note_more: bool) -> str:
        """The head as an HTML table, with notes for rows left out (``note_more``) and cut cells."""
        shown = as_shown(self.df.head(self.max_rows), self.outlet_columns, self.source_columns, self.country_columns)
        more = len(self.df) - self.max_rows if note_more else 0
        return _rtl_html(shown, self.df.columns, across=_outlets_across(self.df), highlight=self.highlight,
                         names_ar=self.names_ar, max_chars=self.max_chars, more_rows=more, raw=self.df.head(self.max_rows))


#: Columns whose values the notebooks' prose and code name by their ids (``measures.detection_f1``): a right-to-left
#: table shows each value by its Arabic name (:func:`values_named`) with the id under it, as a column's header is.
VALUE_ID_COLUMNS = frozenset({"measure"})


def _rtl_html(shown: pd.DataFrame, ids: Iterable, *, across: bool, highlight: str | None,
              names_ar: Mapping[str, str], max_chars: int, more_rows: int, raw: pd.DataFrame | None = None) -> str:
    """A right-to-left HTML table of ``shown`` (a table as :func:`as_shown` names it) headed by its columns' ``ids``.

    ``across``: the columns are outlets, each headed by its name above its id; ``more_rows``: rows left out, said
    under the table when there are any; ``raw``: the table before it was named, row for row, whose values in the
    :data:`VALUE_ID_COLUMNS` are written under their names.

    Examples:
        >>> raw = pd.DataFrame({"measure": ["detection_f1", "own"], "value": [0.9, 0.5]})
        >>> page = _rtl_html(as_shown(raw), raw.columns, across=False, highlight=None, names_ar={}, max_chars=99,
        ...                  more_rows=0, raw=raw)
        >>> '<bdi>مقياس F1 للرصد</bdi><span class="q7x2-id">detection_f1</span>' in page, "own</bdi></td>" in page
        (True, True)
    """
    head = "".join(_header_cell(c, names_ar, outlet=across) for c in ids)
    body, cut = [], 0
    dates = [_dates_only(shown.iloc[:, i]) for i in range(shown.shape[1])]
    numbers = [_float_format(shown.iloc[:, i]) for i in range(shown.shape[1])]
    under = {i: raw.iloc[:, i].tolist() for i, c in enumerate(ids) if raw is not None and c in VALUE_ID_COLUMNS}
    for r, row in enumerate(shown.itertuples(index=False)):
        cells = []
        for j, (col, value, date, number) in enumerate(zip(shown.columns, row, dates, numbers)):
            text, was_cut = _cell_text(value, max_chars, dates_only=date, number=number)
            cut += was_cut
            ltr = _ltr_text(text)
            sentence = ltr and len(text.split()) >= 4  # a code or an id stays aligned with its column
            # one line too: a short Latin label (passage 0, ABC News), which broke between its words in a narrow column
            word = bool(text) and len(text) <= 32 and (not any(ch.isspace() for ch in text) or ltr and not sentence)
            flags = (("q7x2-hit", col == highlight), ("q7x2-ltr", sentence), ("q7x2-word", word))
            classes = " ".join(c for c, on in flags if on)
            cls = f' class="{classes}"' if classes else ""
            bdi = '<bdi dir="ltr">' if ltr else "<bdi>"
            body_text = isolate_quotes(html.escape(text)) if ltr else html.escape(text)
            own = under[j][r] if j in under else None
            its_id = f'<span class="q7x2-id">{html.escape(own)}</span>' if isinstance(own, str) and own != text else ""
            cells.append(f"<td{cls}>{bdi}{body_text}</bdi>{its_id}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    more = f"<p>… {more_rows} more rows</p>" if more_rows > 0 else ""
    if cut:
        more += (
            f'{_NOTE_STYLE}<p class="q7x2-note" dir="ltr" lang="en">{_plural(cut, "cell")} longer than '
            f"{max_chars:,} characters cut here (…); the analysis and the full table keep the whole text.</p>"
        )
    return (
        f'{_STYLE}<div class="q7x2-rtl" dir="rtl" lang="ar"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>{more}</div>"
    )


def rtl_table(
    df: pd.DataFrame, *, highlight: str | None = None, max_rows: int = 200, max_chars: int = MAX_CELL_CHARS
) -> RTLTable:
    """Wrap ``df`` for right-to-left display (KWIC lines, statements, titles).

    Args:
        df: Any DataFrame.
        highlight: A column to emphasise (e.g. the KWIC ``mention``).
        max_rows: Rows shown in HTML.
        max_chars: A cell longer than this is cut in the display, with a note.

    Examples:
        >>> t = rtl_table(pd.DataFrame({"mention": ["<b>بوتين</b>"]}), highlight="mention")
        >>> 'dir="rtl"' in t._repr_html_(), "<b>" in t._repr_html_()
        (True, False)
        >>> "cut here" in rtl_table(pd.DataFrame({"text": ["بوتين " * 100]}), max_chars=50)._repr_html_()
        True
    """
    return RTLTable(df, highlight=highlight, max_rows=max_rows, max_chars=max_chars)


class TableView:
    """The head of a table, how many rows it has, and where the whole table is.

    Plain text (what nbval compares) is the DataFrame's own ``repr``, which
    pandas already shortens for long frames; HTML is the head, a sentence and
    a link to the full table when the report wrote one.
    """

    def __init__(
        self,
        df: pd.DataFrame,
        name: str,
        rows: int,
        rtl: bool | None,
        highlight: str | None,
        file: str | None,
        names_ar: Mapping[str, str] | None = None,
        outlet_columns: Iterable[str] = (),
        source_columns: Iterable[str] = (),
        country_columns: Iterable[str] = (),
    ) -> None:
        self.df, self.name, self.rows, self.highlight, self.file = df, name, rows, highlight, file
        self.names_ar = dict(names_ar or {})
        self.outlet_columns = tuple(outlet_columns)
        self.source_columns = tuple(source_columns)
        self.country_columns = tuple(country_columns)
        user = _user_columns(df.head(rows))  # the rules' trace (evidence) is not for the reader
        self._user = user
        self._left_out = [c for c in df.columns if c not in user.columns]
        # named once, here: the direction is read from the table as shown (a table of outlets or of measures,
        # named in Arabic, is an Arabic table), and the HTML shows that same table
        self._shown = as_shown(user, self.outlet_columns, self.source_columns, self.country_columns)
        self._ids = user.columns if _row_numbers(user.index) else user.head(0).reset_index().columns
        self._across = _outlets_across(user)
        # the columns as headed: Arabic names given for them (names_ar) are Arabic headers, shown only right to left
        headed = self._shown.rename(columns=self.names_ar) if self.names_ar else self._shown
        self.rtl = reads_right_to_left(headed, rows) if rtl is None else rtl

    def __repr__(self) -> str:
        return repr(self.df)

    def _repr_html_(self) -> str:
        n = len(self.df)
        left_out = self._left_out
        if self.rtl:
            # an index that is data (an outlet, an actor) is a column here, on the right where it belongs
            shown = self._shown if _row_numbers(self._shown.index) else self._shown.reset_index()
            raw = self._user if _row_numbers(self._shown.index) else self._user.reset_index()
            table = _rtl_html(shown, self._ids, across=self._across, highlight=self.highlight, names_ar=self.names_ar,
                              max_chars=MAX_CELL_CHARS, more_rows=0, raw=raw)
        else:
            head = _html_frame(_cut_frame(self._shown))
            # row numbers tell the reader nothing (2, 0, 9 after a sort): not shown; a missing value is an
            # empty cell, as in the right-to-left tables, not "NaN"
            # pandas would cut each cell at 50 characters (display.max_colwidth): an English note in mid-word, and
            # the markup of an isolated cell in mid-tag; cells are cut at MAX_CELL_CHARS above instead
            with pd.option_context("display.max_colwidth", None):
                table = head.to_html(index=not _row_numbers(head.index), notebook=True, na_rep="", escape=False)
            style = _SENTENCE_STYLE if 'class="q7x2-sentence"' in table else ""
            style += _WORD_STYLE if 'class="q7x2-word"' in table else ""
            table = f'{style}<div dir="ltr">{table}</div>'
        parts = []
        if n > self.rows:
            parts.append(f"The first {self.rows:,} of {_plural(n, 'row')}.")
        if self.file:
            link = f'<a href="{html.escape(self.file)}" download>{html.escape(Path(self.file).name)}</a>'
            parts.append(f"The full table ({_plural(n, 'row')}): {link}.")
        elif n > self.rows:  # in a notebook: where the rows not shown are (the view's .df holds them too)
            parts.append(f"<code>python -m q7x2lib report</code> writes the whole table as "
                         f"<code>tables/&lt;notebook&gt;-{html.escape(self.name)}.csv</code>.")
        if left_out:
            columns = ", ".join(f"<code>{html.escape(str(c))}</code>" for c in left_out)
            parts.append(f"Not shown: {columns}, how the rules found each row; the data and the full table keep it.")
        # the direction is the table's own (reads_right_to_left), the same in a notebook and in the report,
        # where it was the share of Arabic letters and flipped between tables of one shape
        note = f'{_NOTE_STYLE}<p class="q7x2-note q7x2-rows" dir="ltr" lang="en">{" ".join(parts)}</p>' if parts else ""
        # data-rows: the whole table's length, for a page that shows fewer rows still (the report's landing page)
        return f'<div class="q7x2-table" data-table="{html.escape(self.name)}" data-rows="{n}">{table}{note}</div>'


#: Columns that trace how the rules found a row (``find_statements``' and ``find_events``' ``evidence``: «قالت; said:
#: يؤيد; source=speaker; target=next»): for whoever checks the rules, not for the reader of a table. A shown table
#: leaves them out and says so; the DataFrame and the full CSV file keep them.
TRACE_COLUMNS = frozenset({"evidence"})


def _user_columns(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` without its :data:`TRACE_COLUMNS` (``df`` itself when it has none).

    Examples:
        >>> _user_columns(pd.DataFrame({"cue": ["قال"], "evidence": ["قال; source=speaker"]})).columns.tolist()
        ['cue']
    """
    trace = [c for c in df.columns if isinstance(c, str) and c in TRACE_COLUMNS]
    return df.drop(columns=trace) if trace else df


def _text_columns(df: pd.DataFrame) -> list:
    """The columns of ``df`` that hold text: ``object`` or, as pandas 3 reads text, ``str``."""
    return [c for c in df.columns if df[c].dtype == object or pd.api.types.is_string_dtype(df[c].dtype)]


def _unbroken(escaped: str) -> str:
    """Escaped text that a browser keeps on one line."""
    return f'<span class="q7x2-word">{escaped}</span>'


def _html_cell(value: object) -> object:
    """A text value as HTML for a left-to-right table: escaped, Arabic isolated, an English note's quotations too."""
    if not isinstance(value, str):
        return value
    escaped = html.escape(value)
    if _ltr_text(value):
        if len(value.split()) >= 4:  # a sentence reads from the left, where pandas aligned every cell right
            return f'<bdi dir="ltr" class="q7x2-sentence">{isolate_quotes(escaped)}</bdi>'
        return f'<bdi dir="ltr">{isolate_quotes(escaped)}</bdi>' if "«" in value else escaped
    if _ARABIC_LETTER.search(value):
        return f"<bdi>{escaped}</bdi>"
    # a code or a date with a hyphen (2021-03-22, white-house) is one word: the browser broke it at the hyphen
    hyphenated = "-" in value and len(value) <= 32 and not any(ch.isspace() for ch in value)
    return _unbroken(escaped) if hyphenated else escaped


_ID_UNDERSCORE = re.compile(r"(?<=[A-Za-z0-9])_(?=[A-Za-z0-9])")


def _breakable_id(escaped: str) -> str:
    """An escaped id (``n_statements``) that a browser may break after its underscores, where it must; other text
    as it is.

    Examples:
        >>> _breakable_id("cooperation_index"), _breakable_id("n"), _breakable_id("share of words")
        ('cooperation_<wbr>index', 'n', 'share of words')
    """
    if any(ch.isspace() for ch in escaped) or "<" in escaped:
        return escaped
    return _ID_UNDERSCORE.sub("_<wbr>", escaped)


def _html_frame(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with its text cells, labels and index as HTML (:func:`_html_cell`), for ``to_html(escape=False)``.

    A column of floats that are all whole numbers (days apart, counts that
    a missing value made floats) shows them as integers, 1 and not 1.0, as
    the right-to-left tables do (:func:`_float_format`).

    Examples:
        >>> _html_frame(pd.DataFrame({"<a>": ["بوتين", "RUS <b>"]})).to_dict()
        {'&lt;a&gt;': {0: '<bdi>بوتين</bdi>', 1: 'RUS &lt;b&gt;'}}
        >>> _html_frame(pd.DataFrame({"days": [1.0, float("nan")], "share": [0.5, 1.0]})).to_dict("list")
        {'days': [1, nan], 'share': [0.5, 1.0]}
    """
    text = _text_columns(df)
    out = df.assign(**{c: df[c].map(_html_cell) for c in text}) if text else df.copy()
    for i in range(df.shape[1]):  # whole numbers without their ".0"
        column = df.iloc[:, i]
        if column.notna().any() and _float_format(column) == ".0f":
            out.isetitem(i, pd.Series([v if pd.isna(v) or abs(v) == float("inf") else int(v) for v in column],
                                      index=column.index, dtype=object))
    for i in range(df.shape[1]):  # days as 2021-03-22, on one line
        if _dates_only(df.iloc[:, i]):
            out.isetitem(i, df.iloc[:, i].map(lambda d: None if pd.isna(d) else _unbroken(d.strftime("%Y-%m-%d"))))
    label = lambda v: _html_cell(v) if isinstance(v, str) else v  # noqa: E731
    # a header that is an id (cooperation_index) may break after its underscores: a table of nine such columns
    # ran off the page (notebook 30's doc_stance); a header that fits stays on one line
    header = lambda v: _breakable_id(_html_cell(v)) if isinstance(v, str) else v  # noqa: E731
    out.columns = out.columns.map(header) if out.columns.nlevels == 1 else out.columns.set_levels(
        [level.map(header) for level in out.columns.levels])
    out.columns.names = [label(n) for n in out.columns.names]
    if out.index.nlevels == 1:
        out.index = out.index.map(label)
    else:
        out.index = out.index.set_levels([level.map(label) for level in out.index.levels])
    out.index.names = [label(n) for n in out.index.names]
    return out


def _cut_frame(df: pd.DataFrame, limit: int = MAX_CELL_CHARS) -> pd.DataFrame:
    """``df`` with text cells cut to ``limit`` characters, for display."""
    long = _text_columns(df)
    if not long:
        return df
    return df.assign(**{c: df[c].map(lambda v: v[:limit] + " …" if isinstance(v, str) and len(v) > limit else v) for c in long})


def _names(table: pd.DataFrame, key: str, name: str) -> dict:
    """``key`` → ``name`` of a table's rows, the first row of a key winning; empty names left out."""
    if name not in table:
        return {}
    rows = table[table[name].fillna("").astype(str).str.strip() != ""].drop_duplicates(key)
    return dict(zip(rows[key], rows[name]))


@functools.lru_cache(maxsize=None)
def _bundled_names(table: str) -> dict:
    """The Arabic names of the bundled countries (``name`` rows) or outlets, read once (a chart maps every article)."""
    from .lexicons import load_lexicon

    if table == "countries":
        countries = load_lexicon("countries")
        return _names(countries[countries["form"] == "name"], "code", "phrase")
    if table == "sources":
        return _source_names(load_lexicon("sources"))
    return _outlet_names(load_lexicon("outlets"))


def _outlet_names(outlets: pd.DataFrame) -> dict:
    """``outlet`` → its Arabic name (``name_ar``), of an outlets table."""
    return _names(outlets, "outlet", "name_ar")


def _source_names(sources: pd.DataFrame) -> dict:
    """``source_id`` → its Arabic name (``name_ar``), else its English one (``name_en``), of a sources table."""
    return {**_names(sources, "source_id", "name_en"), **_names(sources, "source_id", "name_ar")}


#: Arabic names of the event codes that name no country: an intergovernmental organisation and an international
#: militarised group (CAMEO's IGO and IMG), which the countries table cannot hold (its names are read as mentions).
STATELESS_NAMES_AR = {"IGO": "منظمة حكومية دولية", "IMG": "جماعة مسلحة دولية"}


def code_label(code: object, *, with_code: bool = True, countries: pd.DataFrame | None = None) -> str:
    """A country code as an Arabic chart or table shows it: ``السعودية (SAU)``; IGO and IMG by their Arabic names too.

    The name is the first ``name`` row of the countries table; a code it does
    not name (and that is not IGO or IMG) stays as it is, and so does a value
    that is no text (a missing code: empty).

    Args:
        code: A three-letter code (``SAU``), ``IGO`` or ``IMG``.
        with_code: Write the code after the name, in brackets.
        countries: The countries table (default: the bundled one).

    Examples:
        >>> code_label("SAU"), code_label("IGO"), code_label("IMG", with_code=False), code_label("XXX"), code_label(None)
        ('السعودية (SAU)', 'منظمة حكومية دولية (IGO)', 'جماعة مسلحة دولية', 'XXX', '')
    """
    if not isinstance(code, str):
        return ""
    names = _bundled_names("countries") if countries is None else _names(countries[countries["form"] == "name"], "code", "phrase")
    name = STATELESS_NAMES_AR.get(code) or names.get(code)
    if not isinstance(name, str):
        return code
    return f"{name} ({code})" if with_code else name


#: The Arabic names of the kinds of mention (``find_mentions``' ``kind``), as notebook 20's chart and its table of
#: mentions by kind head them: a column of counts named ``name`` is the mentions made by name («بالاسم»), not a name.
MENTION_KINDS_AR = {"name": "بالاسم", "role": "بالصفة", "group": "إشارة مشتركة", "agent": "بالجهة"}


#: A chart's name for the articles whose outlet is unknown (the notebooks' "(unknown)").
UNKNOWN_OUTLET_AR = "(وسيلة غير معروفة)"


#: The names of a user's outlets or sources table (:func:`use_outlets`, :func:`use_sources`), the bundled ones
#: beneath, by table kind; a kind absent: the bundled names.
_USER_NAMES: dict[str, dict] = {}


def _use_names(kind: str, table, names_of) -> None:
    """Name ``kind`` (outlets, sources) from here on by the names ``names_of`` reads from a user's table (checked as
    any such table), over the bundled ones; ``None`` goes back to the bundled names."""
    if table is None:
        _USER_NAMES.pop(kind, None)
        return
    from .lexicons import load_lexicon

    _USER_NAMES[kind] = {**_bundled_names(kind), **names_of(load_lexicon(kind, table))}


def _names_in_use(kind: str) -> dict:
    """The names of ``kind`` a chart or table uses: the user's (:func:`use_outlets`, :func:`use_sources`) over the
    bundled ones."""
    return _USER_NAMES[kind] if kind in _USER_NAMES else _bundled_names(kind)


def _name_or_id(names: Mapping, key: str) -> str:
    """``key``'s name in ``names``, else ``key`` itself (a missing or blank name)."""
    name = names.get(key)
    return name if isinstance(name, str) and name.strip() else key


def use_outlets(outlets: str | Path | pd.DataFrame | None) -> None:
    """Name the outlets, in every chart and table from here on, by the ``name_ar`` of this outlets table.

    The notebooks call it with the outlets table their ``table_paths`` give
    (``report --table outlets=my_outlets.csv``), so that the tables and charts
    of a corpus whose outlets the bundled table does not know name them as the
    user does; an outlet the user's table does not name keeps its bundled name,
    or its id. ``None`` goes back to the bundled names.

    Args:
        outlets: An outlets table (CSV path or DataFrame: ``outlet, country``
            and optional ``name_ar``), extending the bundled one, or ``None``.

    Raises:
        LexiconError: an unreadable file or a bad row (named by file and line).

    Examples:
        >>> use_outlets(pd.DataFrame({"outlet": ["rt"], "country": ["RUS"], "name_ar": ["روسيا اليوم"]}))
        >>> outlet_label("rt"), outlet_label("okaz")
        ('روسيا اليوم', 'عكاظ')
        >>> use_outlets(None)
        >>> outlet_label("rt")
        'rt'
    """
    _use_names("outlets", outlets, _outlet_names)


def outlet_label(outlet: object, *, outlets: pd.DataFrame | None = None) -> object:
    """An outlet as an Arabic chart names it: its ``name_ar`` in the outlets table (aawsat: الشرق الأوسط), else as it is.

    Args:
        outlet: An outlet id of the corpus (``aawsat``) or any other value (kept).
        outlets: The outlets table (default: the one :func:`use_outlets` set, else the bundled one).

    Examples:
        >>> outlet_label("aawsat"), outlet_label("3alyoum"), outlet_label("يورو عربي"), outlet_label("(unknown)")
        ('الشرق الأوسط', 'عين اليوم', 'يورو عربي', '(وسيلة غير معروفة)')
    """
    if not isinstance(outlet, str):
        return outlet
    if outlet == "(unknown)":  # the notebooks' placeholder for a missing outlet, drawn among Arabic names
        return UNKNOWN_OUTLET_AR
    return _name_or_id(_names_in_use("outlets") if outlets is None else _outlet_names(outlets), outlet)


def use_sources(sources: str | Path | pd.DataFrame | None) -> None:
    """Name the cited sources, in every table and chart from here on, by this sources table (:func:`source_label`).

    Notebook 10 calls it with the sources table its ``table_paths`` give
    (``report --table sources=my_sources.csv``); a source the user's table does
    not name keeps its bundled name, or its id. ``None`` goes back to the
    bundled names.

    Args:
        sources: A sources table (CSV path or DataFrame with the bundled
            ``sources.csv``'s columns; ``name_ar`` or ``name_en`` may be
            empty), extending the bundled one, or ``None``.

    Raises:
        LexiconError: an unreadable file or a bad row (named by file and line).

    Examples:
        >>> use_sources(pd.DataFrame({"source_id": ["xna"], "name_ar": [""], "name_en": ["XNA"], "type": ["agency"],
        ...                           "country": ["KWT"], "variants": ["إكسنا"]}))
        >>> source_label("xna"), source_label("reuters")
        ('XNA', 'رويترز')
        >>> use_sources(None)
        >>> source_label("xna")
        'xna'
    """
    _use_names("sources", sources, _source_names)


def source_label(source: object, *, sources: pd.DataFrame | None = None) -> object:
    """A cited source (``cited_sources``' ``source_id``) as a table or chart names it: رويترز for ``reuters``.

    Its ``name_ar`` in the sources table, else its ``name_en`` (a user's table
    may name a source in English only), else the id as it is; any other value
    is kept.

    Args:
        source: A ``source_id`` of the sources table (``afp``) or any other value (kept).
        sources: The sources table (default: the one :func:`use_sources` set, else the bundled one).

    Examples:
        >>> source_label("afp"), source_label("ria_novosti"), source_label("no_such_source"), source_label(None)
        ('فرانس برس', 'ريا نوفوستي', 'no_such_source', None)
        >>> source_label("x", sources=pd.DataFrame({"source_id": ["x"], "name_ar": [None], "name_en": ["X Press"]}))
        'X Press'
    """
    if not isinstance(source, str):
        return source
    return _name_or_id(_names_in_use("sources") if sources is None else _source_names(sources), source)


#: The columns whose values are outlet ids (and index levels and axes of columns of that name): a table shows them by
#: their Arabic names, as the charts do (:func:`outlet_label`); the data and the CSV file keep the ids.
OUTLET_COLUMNS = frozenset({"outlet"})
#: The columns that list outlet ids, joined by an Arabic comma (``group_labels``' ``outlets``: «almadina، okaz»).
OUTLET_LIST_COLUMNS = frozenset({"outlets"})


def _outlet_list_label(value: object) -> object:
    """A list of outlet ids joined by «، » as a table shows it: each outlet by its Arabic name; any other value kept.

    Examples:
        >>> _outlet_list_label("almadina، okaz"), _outlet_list_label(3), _outlet_list_label("")
        ('المدينة، عكاظ', 3, '')
    """
    if not isinstance(value, str) or not value:
        return value
    return "، ".join(str(outlet_label(o)) for o in value.split("، "))


def _outlets_across(df: pd.DataFrame) -> bool:
    """Whether ``df`` has outlets across its columns (one level of columns, named ``outlet``)."""
    return df.columns.nlevels == 1 and df.columns.name in OUTLET_COLUMNS


def outlets_named(df: pd.DataFrame, outlet_columns: Iterable[str] = (), source_columns: Iterable[str] = (),
                  country_columns: Iterable[str] = ()) -> pd.DataFrame:
    """``df`` for display, the outlet ids of its ``outlet`` column, index or axis of columns named as the charts name them.

    A table of outlets named aawsat, okaz and (unknown) stood beside charts that named them الشرق الأوسط، عكاظ and
    (وسيلة غير معروفة). Only the display changes: ``df`` itself (what a notebook's plain text and the full CSV file
    hold) keeps its ids, and a value the outlets table does not name stays as it is.

    Args:
        df: Any DataFrame.
        outlet_columns: Other columns (or index levels) of this table that hold outlet ids (``copy_flows``'
            ``source`` and ``copier``); a column of that name in another table may hold other ids.
        source_columns: Columns (or index levels) that hold the ids of cited sources (``cited_sources``'
            ``source_id``), shown by their names (:func:`source_label`): رويترز, not reuters. Named per table, as
            ``source_id`` is an actor's id in the events table.
        country_columns: Columns (or index levels) that hold country codes (the dyads' ``source`` and ``target``),
            shown by their Arabic names with the code (:func:`code_label`): روسيا (RUS), not RUS.

    A ``rule_id`` column (notebook 00's boilerplate removed) shows each rule by its Arabic name, the id in brackets
    (:func:`rule_label`).

    Examples:
        >>> by_outlet = pd.DataFrame({"share": [0.5, 0.2]}, index=pd.Index(["okaz", "(unknown)"], name="outlet"))
        >>> outlets_named(by_outlet).index.tolist(), outlets_named(by_outlet).index.name
        (['عكاظ', '(وسيلة غير معروفة)'], 'outlet')
        >>> outlets_named(pd.DataFrame({"outlet": ["aawsat", "other"], "n": [3, 1]}))["outlet"].tolist()
        ['الشرق الأوسط', 'other']
        >>> outlets_named(pd.DataFrame({"source": ["was"], "copier": ["okaz"]}), ["source", "copier"]).values.tolist()
        [['واس', 'عكاظ']]
        >>> outlets_named(pd.DataFrame({"source_id": ["afp", "reuters"], "n": [2, 1]}), source_columns=["source_id"])["source_id"].tolist()
        ['فرانس برس', 'رويترز']
        >>> outlets_named(pd.DataFrame({"source": ["RUS"], "target": ["IGO"]}), country_columns=["source", "target"]).values.tolist()
        [['روسيا (RUS)', 'منظمة حكومية دولية (IGO)']]
    """
    sources = set(source_columns)
    actor_ids = () if _names_its_actors(df) else ACTOR_ID_COLUMNS
    labels = {**dict.fromkeys(actor_ids, actor_label), **dict.fromkeys(ACTOR_LIST_COLUMNS, _actor_list_label),
              **dict.fromkeys(CODE_COLUMNS, combined_code_label), **dict.fromkeys(OUTLET_LIST_COLUMNS, _outlet_list_label),
              **dict.fromkeys(OUTLET_COLUMNS | set(outlet_columns), outlet_label), **dict.fromkeys(sources, source_label),
              **dict.fromkeys(country_columns, _country_cell), **dict.fromkeys(RULE_ID_COLUMNS, rule_label)}
    columns = [i for i, c in enumerate(df.columns) if isinstance(c, str) and c in labels]
    index = [i for i, n in enumerate(df.index.names) if isinstance(n, str) and n in labels]
    across = _outlets_across(df)
    if not (columns or index or across):
        return df
    out = df.copy()
    for i in columns:
        out.isetitem(i, df.iloc[:, i].map(labels[df.columns[i]], na_action="ignore"))
    if index:
        levels = [df.index.get_level_values(i) for i in range(df.index.nlevels)]
        levels = [level.map(labels[df.index.names[i]]) if i in index else level for i, level in enumerate(levels)]
        out.index = levels[0] if df.index.nlevels == 1 else pd.MultiIndex.from_arrays(levels, names=df.index.names)
    if across:
        out.columns = df.columns.map(outlet_label)
    return out


#: The columns whose values are actor ids (``find_mentions``' ``actor_id``, the statements' ``speaker_id``,
#: ``cooccurrence``'s ``actor_a`` and ``actor_b``, ``speaker_counts``' ``speaker``): a table
#: shows each by the actor's Arabic name, the id in brackets (:func:`actor_label`: فلاديمير بوتين (putin)), unless
#: the table gives the names itself (a column ``name_ar``, or ``name`` of text: notebook 30's speakers).
ACTOR_ID_COLUMNS = frozenset({"actor_id", "speaker_id", "actor_a", "actor_b", "pred_speaker_id", "speaker"})
#: The columns that list actor ids separated by spaces (``event_pairs``' and ``event_groups``' ``shared_actors``):
#: each by its Arabic name, joined by «، » (the full table keeps the ids).
ACTOR_LIST_COLUMNS = frozenset({"shared_actors"})
#: The columns whose values are the ids of boilerplate rules (``clean.paragraphs``' ``rule_id``): a table shows each
#: by its Arabic name in ``boilerplate.csv`` (``name_ar``), the id in brackets (:func:`rule_label`).
RULE_ID_COLUMNS = frozenset({"rule_id"})
#: The columns that hold codes of a country and its agents (``RUSGOV``), a country alone (``RUS``) or an agent
#: (``GOV``): shown by their Arabic names, the code in brackets (:func:`combined_code_label`).
CODE_COLUMNS = frozenset({"code", "speaker_code", "source_code", "target_code", "agent", "suggested_code"})


@functools.lru_cache(maxsize=1)
def _actor_names() -> dict:
    """``actor_id`` → its Arabic name (``name_ar``) in the bundled actor table, read once."""
    from .lexicons import load_lexicon

    return _names(load_lexicon("actors"), "actor_id", "name_ar")


def actor_label(actor_id: object, *, with_id: bool = True) -> object:
    """An actor id as an Arabic table shows it: the actor's Arabic name, the id in brackets; else as it is.

    Examples:
        >>> actor_label("putin"), actor_label("russia", with_id=False), actor_label("someone_new"), actor_label(None)
        ('فلاديمير بوتين (putin)', 'روسيا', 'someone_new', None)
    """
    return _named_with_id(_actor_names(), actor_id, with_id=with_id)


def _named_with_id(names: Mapping, key: object, *, with_id: bool = True) -> object:
    """``key``'s name in ``names`` with ``key`` in brackets (the name alone without ``with_id``); a key that is no
    text, or that ``names`` does not name, as it is (:func:`actor_label`, :func:`rule_label`)."""
    if not isinstance(key, str) or not key:
        return key
    name = names.get(key)
    if not isinstance(name, str):
        return key
    return f"{name} ({key})" if with_id else name


@functools.lru_cache(maxsize=1)
def _rule_names() -> dict:
    """``rule_id`` → its Arabic name (``name_ar``) in the bundled boilerplate rules, read once."""
    from .lexicons import load_lexicon

    return _names(load_lexicon("boilerplate"), "rule_id", "name_ar")


def rule_label(rule_id: object) -> object:
    """A boilerplate rule's id as an Arabic table shows it: the rule's Arabic name, the id in brackets; else as it is.

    An id the bundled rules do not name (a rule of your own table, an event pattern's rule) stays as it is.

    Examples:
        >>> rule_label("read_also"), rule_label("my_rule"), rule_label(None)
        ('رابط اقرأ أيضا (read_also)', 'my_rule', None)
    """
    return _named_with_id(_rule_names(), rule_id)


def _names_its_actors(df: pd.DataFrame) -> bool:
    """Whether ``df`` has its actors' names beside their ids (``name_ar``, or a ``name`` column of text).

    Examples:
        >>> _names_its_actors(pd.DataFrame({"speaker_id": ["putin"], "name": ["فلاديمير بوتين"]}))
        True
        >>> _names_its_actors(pd.DataFrame({"actor_id": ["putin"], "name": [29]}))  # mentions made by name
        False
    """
    if "name_ar" in df.columns:
        return True
    return "name" in df.columns and bool(df["name"].map(lambda v: isinstance(v, str)).any())


def _actor_list_label(value: object) -> object:
    """Actor ids separated by spaces (``shared_actors``) by their Arabic names, joined by «، »; an id not named stays.

    Examples:
        >>> _actor_list_label("biden putin someone_new"), _actor_list_label("")
        ('جو بايدن، فلاديمير بوتين، someone_new', '')
    """
    if not isinstance(value, str) or not value.strip():
        return value
    return "، ".join(str(actor_label(a, with_id=False)) for a in value.split())


def combined_code_label(code: object, *, with_code: bool = True) -> object:
    """An event code as an Arabic table shows it: its country and agents by their Arabic names, the code in brackets.

    ``RUSGOV`` is Russia's government: ``روسيا، حكومة (RUSGOV)``; a country alone is named as :func:`code_label`
    names it, an agent alone (``GOV``) by its name in ``value_names_ar.csv`` (column ``agent``). A code with a part
    neither table names stays as it is, and so does a value that is no text.

    Examples:
        >>> combined_code_label("RUSGOV"), combined_code_label("USAMEDGOV"), combined_code_label("SAU")
        ('روسيا، حكومة (RUSGOV)', 'الولايات المتحدة، إعلام، حكومة (USAMEDGOV)', 'السعودية (SAU)')
        >>> combined_code_label("GOV"), combined_code_label("IGO"), combined_code_label("XXXGOV"), combined_code_label("")
        ('حكومة (GOV)', 'منظمة حكومية دولية (IGO)', 'XXXGOV', '')
    """
    if not isinstance(code, str) or not code or len(code) % 3 or not code.isalpha() or not code.isupper():
        return code
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    agents = value_names_ar().get("agent", {})
    country = code_label(parts[0], with_code=False)
    names = [country] if country != parts[0] else []
    names += [agents.get(p) for p in parts[len(names):]]
    if not names or any(not isinstance(n, str) for n in names):
        return code
    return f"{'، '.join(names)} ({code})" if with_code else "، ".join(names)


def _country_cell(code: object) -> object:
    """A country code in a table's cell: its Arabic name and the code (:func:`code_label`); any other value kept."""
    return code_label(code) if isinstance(code, str) and code else code


@functools.lru_cache(maxsize=1)
def value_names_ar() -> dict[str, dict[str, str]]:
    """The Arabic names of the values a right-to-left table shows, per column: ``{"modality": {"intent": "نية"}}``.

    Read once from ``data/lexicons/value_names_ar.csv``; ``True`` and ``False`` are written so.

    Examples:
        >>> value_names_ar()["modality"]["intent"], value_names_ar()["negated"]["False"]
        ('نية', 'مثبت')
    """
    table = bundled_table("value_names_ar")
    names: dict[str, dict[str, str]] = {}
    for column, value, name in zip(table["column"], table["value"], table["name_ar"]):
        names.setdefault(column, {})[value] = name
    return names


def _value_name(names: Mapping[str, str], value: object) -> object:
    """``value`` by its Arabic name in ``names`` (a bool by ``True``/``False``), else as it is."""
    key = str(bool(value)) if pd.api.types.is_bool(value) else value
    return names.get(key, value) if isinstance(key, str) else value


def values_named(df: pd.DataFrame, skip: Iterable[str] = ()) -> pd.DataFrame:
    """``df`` for a right-to-left display, the values of its columns named in Arabic (:func:`value_names_ar`).

    An Arabic table read «verb», «intent», «False» among Arabic names; a
    value the table does not name stays as it is, and so do the columns in
    ``skip`` (named otherwise). An index that is data is named as a column
    is, and so are values across the columns (a pivot's columns named
    ``kind``: notebook 00's paragraphs by kind). Only the display changes.

    Examples:
        >>> values_named(pd.DataFrame({"modality": ["act", "intent", "other"], "negated": [False, True, False]})).values.tolist()
        [['فعل', 'مثبت'], ['نية', 'منفي'], ['other', 'مثبت']]
        >>> values_named(pd.DataFrame([[3, 1]], columns=pd.Index(["body", "title"], name="kind"))).columns.tolist()
        ['متن', 'العنوان']
    """
    names = value_names_ar()
    skipped = set(skip)
    named = lambda c: isinstance(c, str) and c in names and c not in skipped  # noqa: E731
    columns = [i for i, c in enumerate(df.columns) if named(c)]
    index = [i for i, c in enumerate(df.index.names) if named(c)]
    across = df.columns.nlevels == 1 and named(df.columns.name)  # values across the columns (kinds of paragraph)
    if not (columns or index or across):
        return df
    out = df.copy()
    for i in columns:
        out.isetitem(i, df.iloc[:, i].map(functools.partial(_value_name, names[df.columns[i]])).astype(object))
    if index:  # an index that is data (notebook 30's statements by unit) is named as a column is
        levels = [df.index.get_level_values(i) for i in range(df.index.nlevels)]
        levels = [level.map(functools.partial(_value_name, names[df.index.names[i]])).astype(object) if i in index
                  else level for i, level in enumerate(levels)]
        out.index = levels[0] if df.index.nlevels == 1 else pd.MultiIndex.from_arrays(levels, names=df.index.names)
    if across:
        out.columns = df.columns.map(functools.partial(_value_name, names[df.columns.name]))
    return out


def as_shown(df: pd.DataFrame, outlet_columns: Iterable[str] = (), source_columns: Iterable[str] = (),
             country_columns: Iterable[str] = ()) -> pd.DataFrame:
    """``df`` as a table shows it: outlets, sources, countries, actors and codes by their names (:func:`outlets_named`),
    the other values a reader of Arabic would not read (verb, intent, False, detection_f1) by their Arabic names
    (:func:`values_named`). What :func:`reads_right_to_left` reads and a table shows; ``df`` itself is not changed.

    Examples:
        >>> as_shown(pd.DataFrame({"outlet": ["okaz"], "modality": ["intent"], "n": [2]})).values.tolist()
        [['عكاظ', 'نية', 2]]
    """
    shown = outlets_named(df, outlet_columns, source_columns, country_columns)
    # an actor's column is named by the actors' table; value_names_ar only names what is no actor there ((all))
    return values_named(shown, skip=[*OUTLET_COLUMNS, *OUTLET_LIST_COLUMNS, *ACTOR_LIST_COLUMNS,
                                     *CODE_COLUMNS, *RULE_ID_COLUMNS, *outlet_columns, *source_columns, *country_columns])


def report_tables_folder() -> Path | None:
    """Where the report collects full tables, or ``None`` outside a report run."""
    folder = os.environ.get(TABLES_ENV)
    return Path(folder) if folder else None


def write_table(df: pd.DataFrame, name: str, folder: Path, notebook: str | None = None) -> Path:
    """Write ``df`` whole as ``<notebook>-<name>.csv`` (UTF-8 with BOM, so spreadsheets read the Arabic).

    The index is kept when it carries data (a name, or labels that are not
    just row numbers: unnamed integers are left out, sorted or not). The file
    is written under a temporary name and renamed: it is whole or absent. A line
    describing it is added to :data:`TABLES_MANIFEST` in ``folder``.
    """
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{notebook}-{name}" if notebook else name
    path = folder / f"{stem}.csv"
    partial = folder / f".{path.name}.partial"
    keep_index = not _row_numbers(df.index)
    df.to_csv(partial, index=keep_index, encoding="utf-8-sig")
    os.replace(partial, path)
    record = {"file": path.name, "notebook": notebook, "name": name, "rows": len(df), "columns": df.shape[1]}
    with open(folder / TABLES_MANIFEST, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def show_table(
    df: pd.DataFrame,
    name: str,
    *,
    rows: int = HEAD_ROWS,
    rtl: bool | None = None,
    highlight: str | None = None,
    names_ar: Mapping[str, str] | None = None,
    outlet_columns: Iterable[str] = (),
    source_columns: Iterable[str] = (),
    country_columns: Iterable[str] = (),
) -> TableView:
    """Show the head of ``df``; under ``report``, write it whole beside the report and link to it.

    Args:
        df: Any DataFrame.
        name: A short file-name-safe name (letters, digits, ``-``, ``_``),
            unique within the notebook: the full table becomes
            ``tables/<notebook>-<name>.csv``.
        rows: Rows shown.
        rtl: Show right to left (:func:`rtl_table`) or not; by default the
            table's text decides (:func:`reads_right_to_left`): right to left
            when a column holds Arabic names, labels or lines or ``names_ar``
            names the columns in Arabic, left to right for codes, ids,
            English and numbers. Pass it only to overrule.
        highlight: With a right-to-left table, a column to emphasise.
        names_ar: Arabic names for this table's columns (which make it a
            right-to-left table), written above their ids in place of the usual ones
            (:func:`column_name_ar`): a table whose columns are the kinds of
            mention (``name``, ``role``) heads them «بالاسم»، «بالصفة», not
            «الاسم»، «الدور» as for a column of names or roles. The ids and
            the CSV file stay as they are.
        outlet_columns: Columns besides ``outlet`` that hold outlet ids
            (``copy_flows``' ``source`` and ``copier``): shown by the outlets'
            Arabic names, as the ``outlet`` column is (:func:`outlets_named`);
            the data and the CSV file keep the ids.
        source_columns: Columns (or index levels) that hold cited sources' ids
            (``cited_sources``' ``source_id``): shown by their names
            (:func:`source_label`, رويترز for reuters); the data and the CSV
            file keep the ids.
        country_columns: Columns (or index levels) that hold country codes
            (the dyads' ``source`` and ``target``): shown by their Arabic
            names, the code in brackets (:func:`code_label`: روسيا (RUS)); the
            data and the CSV file keep the codes.

    Returns:
        A :class:`TableView`: in a notebook it shows the head, a sentence with
        the number of rows and, in a report, a link to the CSV file; its plain
        text is the DataFrame's own.

    Examples:
        >>> view = show_table(pd.DataFrame({"actor": ["بوتين", "بايدن", "بيسكوف"]}), "actors", rows=2)
        >>> "The first 2 of 3 rows." in view._repr_html_(), "tables/&lt;notebook&gt;-actors.csv" in view._repr_html_()
        (True, True)
        >>> repr(view) == repr(view.df)
        True
        >>> "NaN" in show_table(pd.DataFrame({"precision": [0.5, float("nan")]}), "scores")._repr_html_()
        False
    """
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise ArgumentError(f"name must be letters, digits, '-' or '_' (at most 61), to name a file, not {name!r}")
    if isinstance(rows, bool) or not isinstance(rows, int) or rows < 1:
        raise ArgumentError(f"rows must be a whole number, 1 or more, not {rows!r}")
    folder = report_tables_folder()
    file = None
    if folder is not None:
        path = write_table(df, name, folder, os.environ.get(NOTEBOOK_ENV) or None)
        file = f"{folder.name}/{path.name}"
    return TableView(df, name, rows, rtl, highlight, file, names_ar, outlet_columns, source_columns, country_columns)
