"""Publication dates as news corpora write them, read into timestamps (:func:`parse_dates`).

A date column of a corpus or a manifest may hold ISO dates, dates of numbers with the day first (12/03/2015), dates
written with Arabic or English month names (١٢ مارس ٢٠١٥، 12 March 2015), with a weekday, a time or the
corresponding Hijri date beside them. A date of a year or a month only is read as its first day, with a warning that
names the file, the column and how many; a date that is none of these, or a year before 1800 (a Hijri year written as
a Gregorian one), is a :class:`~q7x2lib.errors.CorpusError` naming the file and the rows. Split out of
:mod:`q7x2lib.corpus`, which reads the files.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from .arabic import normalize
from .errors import CorpusError, Q7x2Warning
from .lexicons import month_numbers, table_in_force, word_list


#: A date written with numbers only, the year last: 12/03/2015, 12.03.2015, 12-03-15 (time may follow).
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)(.*)$", re.S)


def _day_first(values: pd.Series, source: str | Path, col: str, where: Callable[[int], str]) -> pd.Series:
    """Numeric dates with the year last rewritten as ISO, in the order the column shows (12/03/2015 is 12 March).

    pandas reads 12/03/2015 as 3 December and 13/03/2015 as 13 March, so a
    column of day-first dates (as written in the Arab world and most of Europe)
    would mix two orders without a word. The column's order is read from its
    values: a first number above 12 (21/07/2015) makes it day first, a second
    one above 12 (07/21/2015, a US spreadsheet) month first, with a warning;
    both in one column is an error naming the two rows; a column whose every
    such value could be either is read day first with a warning.
    """
    parsed = {}
    for i, value in values.items():
        m = _NUMERIC_DATE.match(value) if isinstance(value, str) else None
        if m:
            parsed[i] = (int(m.group(1)), int(m.group(3)), m.group(4), m.group(5))
    if not parsed:
        return values
    day_only = next((i for i, (a, b, *_) in parsed.items() if a > 12 >= b), None)
    month_only = next((i for i, (a, b, *_) in parsed.items() if b > 12 >= a), None)
    if day_only is not None and month_only is not None:
        raise CorpusError(
            f"{source}: {col!r} writes dates in two orders: {values[day_only]!r} in {where(day_only)} has the day "
            f"first, {values[month_only]!r} in {where(month_only)} the month first; write the dates as YYYY-MM-DD "
            "(2015-03-12)"
        )
    month_first = month_only is not None
    out = values.copy()
    for i, (a, b, year, rest) in parsed.items():
        day, month = (b, a) if month_first else (a, b)
        if month > 12:
            raise CorpusError(f"{source}: {col!r} has {values[i]!r} in {where(i)}, which is no date (no month {month})")
        year = year if len(year) == 4 else f"20{year}"
        out[i] = f"{int(year):04d}-{month:02d}-{day:02d}{rest}"
    ambiguous = [i for i, (a, b, *_) in parsed.items() if a <= 12 and b <= 12 and a != b]
    if month_first or (ambiguous and day_only is None):
        shown = month_only if month_first else ambiguous[0]
        order = "month first, as" if month_first else "day first:"
        other = "the day" if month_first else "the month"
        warnings.warn(
            f"{source}: {col!r} writes dates with numbers; read {order} {values[shown]!r} is "
            f"{pd.Timestamp(out[shown]).strftime('%d %B %Y')}: if your file writes {other} first, write the dates "
            "as YYYY-MM-DD",
            Q7x2Warning, stacklevel=5,
        )
    return out


#: A time after a date written with words: 12 مارس 2015 - 14:05, ... الساعة 2:05 م (ص / م: before / after noon).
_WORDED_TIME = re.compile(r"^\s*(?:[-–|,]\s*)?(?:الساعة\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(ص|م|صباحا|مساء|مساءا)?\s*$")
#: The Hijri date a Saudi site writes after the Gregorian one: 12 مارس 2015 الموافق 21 جمادى الأولى 1436 هـ.
_CORRESPONDING = re.compile(r"\s*[-,(]?\s*(?:ال)?موافق(?!\w).*$", re.S)
#: A year alone, which pandas reads as 1 January without a word.
_YEAR_ONLY = re.compile(r"^\s*\d{4}\s*$")
#: A month and year without a day (2015-03, 03/2015, March 2015; مارس 2015 is made 2015-03), which pandas reads as the 1st.
_MONTH_ONLY = re.compile(r"^\s*(?:\d{4}[-/.]\d{1,2}|\d{1,2}[-/.]\d{4}|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,?\s+\d{4})\s*$")


@lru_cache(maxsize=1)
def _worded_date_patterns() -> tuple[re.Pattern, dict[str, int], re.Pattern]:
    """The date written with words and the Hijri month, from ``months.csv`` and the ``weekday`` and ``hijri_month`` lists."""
    table = table_in_force("word_lists")
    number = month_numbers()

    def names(words: Iterable[str]) -> str:
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))

    month = rf"(?:{names(number)})(?!\w)"
    worded = re.compile(
        rf"^\s*(?:(?:{names(word_list('weekday', table))})(?!\w)\s*[,\-–]?\s*)?(?:(\d{{1,2}})\s+)?({month})"
        rf"(?:\s*[(/]\s*({month})\s*\)?)?\s*,?\s*(\d{{4}})(?!\d)(?:\s*م(?!\w))?(.*)$", re.S,
    )
    hijri = re.compile(rf"(?<!\w)(?:{names(word_list('hijri_month', table))})(?!\w)")
    return worded, number, hijri


def _worded_dates(values: pd.Series, source: str | Path, col: str, where: Callable[[int], str]) -> pd.Series:
    """Dates written with Arabic month names rewritten as ISO: 12 مارس 2015, الخميس 12 آذار 2015 - 14:05, ١٢ مارس ٢٠١٥.

    The names (Egyptian/Gulf, Levantine, Maghrebi, with their spellings) are those
    of ``months.csv`` (:func:`q7x2lib.lexicons.month_numbers`); a weekday may open the date, a
    Levantine name may be followed by its other name (آذار (مارس)), a time may
    follow. A Hijri month (رمضان، ذو الحجة) is an error naming the rows; a
    value of numbers only (a year alone, ٢٠١٥-٠٣-١٢) is left to the other readers
    with its digits made ASCII.
    """
    worded, number, hijri = _worded_date_patterns()
    out = values.copy()
    hijri_rows = []
    for i, value in values.items():
        if not isinstance(value, str) or value.isascii():
            continue
        norm = normalize(value)
        m = worded.match(norm)
        rest = _CORRESPONDING.sub("", m.group(5)) if m else ""
        time = _WORDED_TIME.match(rest) if rest.strip() else None
        if m and (time or not rest.strip()):
            month, other, year = number[" ".join(m.group(2).split())], m.group(3), m.group(4)
            if other is not None and number[" ".join(other.split())] != month:
                raise CorpusError(f"{source}: {col!r} has {value!r} in {where(i)}, which names two months")
            if m.group(1) is None:  # مارس 2015: a month, read as its 1st (with the warning of _partial_dates)
                if time or not norm.lstrip().startswith(m.group(2)):  # a time or a weekday, and no day
                    raise CorpusError(f"{source}: {col!r} has {value!r} in {where(i)}, a month with a time or a weekday but no day")
                out[i] = f"{year}-{month:02d}"
                continue
            day = int(m.group(1))
            clock = ""
            if time:
                hour, minute, second, half = int(time.group(1)), int(time.group(2)), time.group(3) or "00", time.group(4)
                if half and hour <= 12:
                    hour = hour % 12 + (12 if half.startswith("م") else 0)
                clock = f" {hour:02d}:{minute:02d}:{second}"
            out[i] = f"{year}-{month:02d}-{day:02d}{clock}"
        elif hijri.search(norm):
            hijri_rows.append(i)
        elif norm.isascii():  # Arabic-Indic digits: ١٢/٠٣/٢٠١٥, ٢٠١٥
            out[i] = norm
    if hijri_rows:
        rows = [f"{where(i)}: {values[i]!r}" for i in hijri_rows[:5]]
        raise CorpusError(
            f"{source}: {col!r} names a Hijri (AH) month in {', '.join(rows)} (give dates of the Gregorian calendar)"
        )
    return out


def _partial_dates(
    values: pd.Series, source: str | Path, col: str, where: Callable[[int], str], written: pd.Series | None = None,
    said: set | None = None,
) -> pd.Series:
    """A year alone (2015, or the number 2015 of a JSON file) kept as 1 January of that year, a month and year
    (2015-03, 03/2015, March 2015, مارس 2015) as the 1st of that month, each with one warning per column
    naming the file, the column, how many values and the first.

    A number that is no year (1426161600, seconds since 1970?) is an error: pandas would read it as a time in 1970.
    ``said`` holds the warnings given already (one a file when it is read in chunks).
    """
    out, years, months = values.copy(), [], []
    for i, value in values.items():
        if isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool) and not pd.isna(value):
            if not float(value).is_integer() or not 1000 <= value <= 9999:
                raise CorpusError(
                    f"{source}: {col!r} has the number {value!r} in {where(i)}, which is no date (seconds since 1970?); "
                    "write the dates as YYYY-MM-DD (2015-03-12)"
                )
            out[i] = value = str(int(value))
        if isinstance(value, str):
            if _YEAR_ONLY.match(value):
                years.append(i)
            elif _MONTH_ONLY.match(value):
                months.append(i)
    shown = values if written is None else written
    said = set() if said is None else said
    for rows, what, read_as in (
        (years, "only a year", "1 January of that year"),
        (months, "a month and year but no day", "the 1st of that month"),
    ):
        if rows and (col, what) not in said:
            said.add((col, what))
            warnings.warn(
                f"{source}: {col!r} gives {what} in {len(rows)} row(s) ({where(rows[0])}: {shown[rows[0]]!r}): "
                f"read as {read_as}, the day the articles' date windows and office holders then take; "
                "give the whole date (YYYY-MM-DD), or leave the cell empty for a date not known",
                Q7x2Warning, stacklevel=5,
            )
    return out


#: An earlier year is no news date: Hijri years of today's news (1300-1500 AH) would be read as Gregorian ones.
_FIRST_YEAR = 1800


def _wall_time(stamp: object) -> object:
    """A timestamp with a UTC offset as the clock read where it was written (the offset dropped)."""
    return stamp.tz_localize(None) if isinstance(stamp, pd.Timestamp) and stamp.tz is not None else stamp


def parse_dates(
    values: pd.Series, source: str | Path, col: str = "published", where: Callable[[int], str] | None = None,
    said: set | None = None,
) -> pd.Series:
    """Dates of a column: ISO and most written forms; numbers with the year last day first (see :func:`_day_first`);
    Arabic month names (see :func:`_worded_dates`); a year alone as 1 January, a month and year as its 1st,
    with a warning (see :func:`_partial_dates`). ``where(i)`` names the place of the value at index ``i``
    in messages (``"line 3"``; by default ``"row i + 1"``).

    A time with a UTC offset (2015-03-12T23:30:00+03:00) keeps its clock time
    and date as written; the offset is dropped.

    Examples:
        >>> parse_dates(pd.Series(["13/03/2015", "08/03/2015 14:05", None]), "news.csv").dt.strftime("%d %b %Y %H:%M").tolist()
        ['13 Mar 2015 00:00', '08 Mar 2015 14:05', nan]
        >>> parse_dates(pd.Series(["2015-03-12T23:30:00+03:00", "2015-03-13T01:00:00Z"]), "news.csv").tolist()
        [Timestamp('2015-03-12 23:30:00'), Timestamp('2015-03-13 01:00:00')]
        >>> parse_dates(pd.Series(["الخميس 12 مارس 2015", "١٢ آذار ٢٠١٥ - 14:05"]), "news.csv").tolist()
        [Timestamp('2015-03-12 00:00:00'), Timestamp('2015-03-12 14:05:00')]
    """
    where = where or (lambda i: f"row {i + 1}")
    written = values
    values = _partial_dates(_worded_dates(values, source, col, where), source, col, where, written, said)
    values = _day_first(values, source, col, where)
    try:
        parsed = pd.to_datetime(values, errors="coerce", format="mixed")
    except (ValueError, TypeError):  # several UTC offsets in one column: pandas refuses them together
        parsed = values.map(lambda v: pd.to_datetime(v, errors="coerce") if isinstance(v, str) else pd.NaT)
    if parsed.dtype == object or getattr(parsed.dtype, "tz", None) is not None:  # UTC offsets, one or several
        parsed = pd.to_datetime(parsed.map(_wall_time), errors="coerce")
    bad = values.notna() & parsed.isna()
    if bad.any():
        rows = [f"{where(i)}: {written[i]!r}" for i in values.index[bad][:5]]
        raise CorpusError(f"{source}: {col!r} is not a date in {', '.join(rows)}")
    early = parsed.notna() & (parsed.dt.year < _FIRST_YEAR)
    if early.any():  # 1436/05/21 is read as a Gregorian year 1436 without a word
        rows = [f"{where(i)}: {written[i]!r}" for i in values.index[early][:5]]
        hijri = parsed[early].dt.year.between(1300, 1500).all()
        why = "a Hijri (AH) date? give dates of the Gregorian calendar" if hijri else f"no news is dated before {_FIRST_YEAR}"
        raise CorpusError(f"{source}: {col!r} has a year before {_FIRST_YEAR} in {', '.join(rows)} ({why})")
    return parsed.astype("datetime64[us]")
