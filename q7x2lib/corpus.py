"""Load a corpus of Arabic news articles into a pandas DataFrame.

Input forms (see :func:`load_corpus`):

* a folder of ``.txt`` files, one article each (searched recursively), with an
  optional ``manifest.csv`` beside them that carries the metadata the files do
  not (outlet, publication date, how the date was inferred);
* a ``.csv``, ``.jsonl``, ``.json`` or ``.parquet`` file with one article per
  row (a ``.json`` file holds a JSON array of article objects, or JSON lines;
  CSV and JSON also gzip-compressed: ``.csv.gz``, ``.jsonl.gz``); the
  text column is named with ``text_col`` (default ``"text"``) and may carry
  ``doc_id``, ``outlet``, ``published`` and ``title`` columns; columns named
  otherwise are read as these with ``columns={"newspaper": "outlet"}``.

A message about a record names where it is as its user finds it: the line it
starts on in a text file (CSV, JSON lines, JSON), counted from 1 as a text
editor counts them; the row, counted from 1, in a Parquet file.

Files are read, never written. Every text file (article, table, manifest) is
decoded by one reader, :func:`detect_encoding` (of :mod:`q7x2lib.decoding`, re-exported here): UTF-8, UTF-8 with
BOM, UTF-16 with BOM and Windows-1256 (the last with a :class:`Q7x2Warning`).
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import os
import re
import warnings
from collections.abc import Iterable, Iterator
from html import unescape as _unescape_html
from itertools import count
from pathlib import Path

import numpy as np
import pandas as pd

from . import config
from .arabic import char_flags
from .clean import HTML_MARKUP, clean_corpus
from .dates import parse_dates
from .decoding import _LETTER, _is_gzip, _open_binary, decode_bytes, detect_encoding
from .errors import ArgumentError, CorpusError, CoverageWarning, Q7x2Warning
from .lexicons import tables_in_force

#: Columns every loaded corpus has, in this order (others follow).
CORE_COLUMNS = [
    "doc_id", "source_file", "outlet", "published", "date_basis", "title", "dateline",
    "text", "text_clean", "text_norm", "n_words",
]
TABULAR_SUFFIXES = {".csv", ".jsonl", ".ndjson", ".json", ".parquet"}
#: Tabular text formats also read gzip-compressed (``news.jsonl.gz``).
GZIP_SUFFIXES = {".csv", ".jsonl", ".ndjson", ".json"}
#: Manifest columns that would replace what is read from the articles themselves.
ARTICLE_OWNED_COLUMNS = ("text", "text_clean", "text_norm", "n_words", "source_file")
_ARABIC_LETTER_PATTERN = "[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]"


def _table_suffix(path: Path) -> str | None:
    """``.csv``, ``.jsonl``, ``.ndjson``, ``.json`` or ``.parquet`` (``.gz`` looked through), else ``None``."""
    suffix = path.suffix.lower()
    if suffix == ".gz":
        inner = Path(path.stem).suffix.lower()
        return inner if inner in GZIP_SUFFIXES else None
    return suffix if suffix in TABULAR_SUFFIXES else None


#: Files a spreadsheet or word processor writes, and what to save them as.
_SAVE_AS = {
    ".xlsx": "a spreadsheet: save it as CSV UTF-8 (File > Save As > CSV UTF-8)",
    ".xls": "a spreadsheet: save it as CSV UTF-8 (File > Save As > CSV UTF-8)",
    ".ods": "a spreadsheet: save it as CSV (UTF-8)",
    ".tsv": "tab-separated: copy it to a name ending in .csv (a tab-separated .csv is read as such)",
    ".tab": "tab-separated: copy it to a name ending in .csv (a tab-separated .csv is read as such)",
}


def _unsupported(path: Path) -> str:
    """The message for an input that is no folder and no table this reader reads."""
    advice = _SAVE_AS.get(path.suffix.lower())
    return (
        f"{path}: unsupported input; give a folder of .txt files or a .csv, .jsonl, .json or .parquet file (.csv.gz, .jsonl.gz and .json.gz too)"
        + (f"; this looks like {advice}" if advice else "")
    )




def check_arabic(corpus: pd.DataFrame, text_col: str = "text", *, min_share: float = 0.5) -> str | None:
    """Say plainly when a corpus is mostly not Arabic, the language the bundled tables cover.

    Looks at the first 2,000 characters of each article.

    Returns:
        ``None`` for a corpus that is mostly Arabic (or empty), else one
        sentence: how much of it is Arabic and what that means for the counts.

    Examples:
        >>> check_arabic(pd.DataFrame({"text": ["قال بوتين إن العلاقات صعبة"]})) is None
        True
        >>> print(check_arabic(pd.DataFrame({"text": ["Putin said relations are hard"]})))  # doctest: +ELLIPSIS
        the corpus is not Arabic: 1 of 1 articles are mostly in another script (0% of all letters are Arabic); ...
    """
    if corpus.empty or text_col not in corpus:
        return None
    texts = corpus[text_col].tolist()
    if not all(isinstance(t, str) for t in texts):  # (as they are when load_corpus read them: no copy as str needed)
        texts = corpus[text_col].astype(str).tolist()
    heads = [t[:2000] if isinstance(t, str) else "" for t in texts]
    letters, arabic = _letter_counts(heads)
    share = arabic.sum() / letters.sum() if letters.sum() else 0.0
    other = int((arabic < min_share * letters).sum())
    if share >= min_share and other <= len(corpus) / 2:
        return None
    return (
        f"the corpus is not Arabic: {other} of {len(corpus)} articles are mostly in another script "
        f"({share:.0%} of all letters are Arabic); the tables in data/lexicons/ (actors, reporting verbs, "
        "cooperation-conflict terms) cover Arabic news, so expect few or no mentions and statements. "
        "Use Arabic articles, or extend the tables with your own (see README, 'Your own corpus')"
    )


def _letter_counts(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """How many letters (``_LETTER_PATTERN``) and Arabic letters each text has.

    The same counts as ``len(re.findall(pattern, text))`` for each text, from
    one table lookup per character of all texts at once: counting with the
    regexes cost more than reading the corpus.
    """
    lengths = np.array([len(t) for t in texts], dtype=np.int64)
    flags = char_flags("".join(texts), _letter_flags)
    ends = np.cumsum(lengths)
    counts = []
    for bit in (1, 2):
        running = np.concatenate([[0], np.cumsum((flags & bit) > 0, dtype=np.int64)])
        counts.append(running[ends] - running[ends - lengths])
    return counts[0], counts[1]


_ARABIC_LETTER_RE = re.compile(_ARABIC_LETTER_PATTERN)


def _letter_flags(char: str) -> int:
    """1 a letter, 2 an Arabic letter."""
    return (_LETTER.match(char) is not None) | 2 * (_ARABIC_LETTER_RE.match(char) is not None)


# --- where a record is ----------------------------------------------------------------------

#: The private column that carries each record's place in its file from the reader to the last check.
_PLACE = "\x00place"


class _Places:
    """Where a record of a table file is, as its user finds it: the one convention of every message.

    A text file (CSV, JSON lines, JSON) names the line the record starts on,
    counted from 1 as a text editor counts them (the header is line 1 of a CSV;
    a text cell spanning lines moves the next records down). A Parquet file has
    no lines: its records are rows counted from 1, the header not counted.

    The readers give each record a place: the line of a JSON record, the row of
    a Parquet record, the record's number for a CSV (pandas does not say on which
    line a record starts: the CSV is read again, only when a message needs one).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.unit = "row" if _table_suffix(path) == ".parquet" else "line"
        self.csv: tuple[str, str] | None = None  # (encoding, separator): places are record numbers
        self._starts: list[int] | None = None
        self.said: set = set()  # the warnings about the file's dates given already (one a file, read in chunks too)

    def line(self, place: int) -> int:
        if self.csv is None:
            return int(place)
        if self._starts is None:
            self._starts = _csv_record_lines(self.path, *self.csv)
        starts = self._starts
        return starts[int(place)] if 0 < int(place) < len(starts) else int(place) + 1  # (a file changed since)

    def one(self, place: int) -> str:
        """``"line 3"`` (``"row 3"`` for Parquet)."""
        return f"{self.unit} {self.line(place)}"

    def some(self, places: Iterable[int], limit: int = 10) -> str:
        """``"line 3"``, ``"lines 3, 7"`` (the first ``limit``)."""
        shown = [self.line(p) for p in list(places)[:limit]]
        return f"{self.unit}{'s' if len(shown) > 1 else ''} {', '.join(map(str, shown))}"


def _csv_record_lines(path: Path, encoding: str, sep: str) -> list[int]:
    """The line each record of a CSV starts on, the header's first (blank lines skipped, as pandas skips them)."""
    limit = csv.field_size_limit()
    csv.field_size_limit(2**31 - 1)  # an article is longer than csv's 128 KiB default
    starts, end = [], 0
    try:
        opener = gzip.open if _is_gzip(path) else open
        with opener(path, "rt", encoding=encoding, newline="") as handle:
            reader = csv.reader(handle, delimiter=sep)
            for row in reader:
                start, end = end + 1, reader.line_num
                if row and (len(row) > 1 or row[0].strip()):
                    starts.append(start)
    except (csv.Error, OSError, UnicodeDecodeError, EOFError):
        pass  # the lines read so far; the rest are named by record number
    finally:
        csv.field_size_limit(limit)
    return starts


# --- manifest ---------------------------------------------------------------------------


def read_manifest(path: str | Path, *, columns: dict[str, str] | None = None) -> pd.DataFrame:
    """Read a manifest CSV (``doc_id`` plus any of ``outlet, published, ...``).

    Read by the same decoder as the articles, then checked line by line: every
    row must have as many fields as the header names, every column a name,
    every row a ``doc_id`` listed once. ``published`` (and any ``*_date``) is
    parsed as a date (``NaT`` where empty). A line named in a message is the
    line the row starts on, as a text editor numbers them.

    Args:
        path: The manifest.
        columns: The manifest's own column names to read as ``outlet``,
            ``title`` or ``published`` (``{"newspaper": "outlet"}``), as
            :func:`load_corpus` takes them; names the manifest lacks are left
            to the caller.

    Raises:
        CorpusError: naming the manifest, the line and the problem.

    Examples:
        >>> m = read_manifest(config.RAW_DIR / "manifest.csv")
        >>> m["published"].dtype.kind
        'M'
    """
    return _read_manifest(path, columns)[0]


def _read_manifest(path: str | Path, columns: dict[str, str] | None = None) -> tuple[pd.DataFrame, dict[str, str]]:
    """:func:`read_manifest`, and which of ``columns`` it renamed."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read the manifest ({exc.strerror})") from None
    reader = csv.reader(io.StringIO(decode_bytes(data, path), newline=""))
    rows, lines, end = [], [], 0
    try:
        for row in reader:
            start, end = end + 1, reader.line_num  # a row spans lines start..end
            if any(field.strip() for field in row):
                rows.append(row)
                lines.append(start)
    except csv.Error as exc:
        raise CorpusError(f"{path}, line {end + 1}: not valid CSV ({exc})") from None
    if not rows:
        raise CorpusError(f"{path}: the manifest is empty; it needs a header line naming doc_id and the other columns")
    header, rows, header_line, lines = [h.strip() for h in rows[0]], rows[1:], lines[0], lines[1:]
    for old, new in (columns or {}).items():
        if old in header and new in header:
            raise CorpusError(
                f"{path}, line {header_line}: columns= maps {old!r} to {new!r}, but the manifest already has a column "
                f"{new!r}; leave {old!r} out of columns="
            )
    renamed = {h: columns[h] for h in header if h in columns} if columns else {}
    header = [renamed.get(h, h) for h in header]
    for i, name in enumerate(header, 1):
        if not name:
            raise CorpusError(f"{path}, line {header_line}: column {i} of the header has no name (a trailing comma?)")
    if "doc_id" not in header:
        raise CorpusError(f"{path}: the manifest has no doc_id column (columns: {header})")
    twice = sorted({h for h in header if header.count(h) > 1})
    if twice:
        raise CorpusError(f"{path}, line {header_line}: column(s) {twice} named twice in the header")
    owned = [h for h in header if h in ARTICLE_OWNED_COLUMNS]
    if owned:
        raise CorpusError(
            f"{path}, line {header_line}: the manifest has a {owned[0]!r} column, but the text and what is "
            "computed from it come from the articles; remove that column from the manifest"
        )
    first_line: dict[str, int] = {}
    key = header.index("doc_id")
    for row, line in zip(rows, lines):
        if len(row) != len(header):
            hint = " (a trailing comma?)" if len(row) == len(header) + 1 and not row[-1].strip() else ""
            raise CorpusError(f"{path}, line {line}: {len(row)} fields where the header names {len(header)}{hint}")
        doc_id = row[key].strip()
        if not doc_id:
            raise CorpusError(f"{path}, line {line}: the row has no doc_id")
        if doc_id in first_line:
            raise CorpusError(f"{path}, line {line}: doc_id {doc_id!r} listed twice in the manifest (first on line {first_line[doc_id]})")
        first_line[doc_id] = line
        row[key] = doc_id
    manifest = pd.DataFrame(rows, columns=header, dtype=object).replace("", None)
    for col in manifest:
        if col == "published" or col.endswith("_date"):
            manifest[col] = parse_dates(manifest[col], path, col, lambda i: f"line {lines[i]}")
    return manifest, renamed


def _warn_unlisted(manifest_path: str | Path, manifest: pd.DataFrame, doc_ids: Iterable[str]) -> None:
    unknown = sorted(set(manifest["doc_id"]) - set(doc_ids))
    if unknown:
        what = "no doc_id of the manifest is in the corpus" if len(unknown) == len(manifest) else f"{len(unknown)} doc_id(s) of the manifest have no article"
        ids = set(doc_ids) if not isinstance(doc_ids, set) else doc_ids
        named = [u for u in unknown if Path(u).stem in ids and Path(u).stem != u]
        hint = (
            f" ({len(named)} of them name a file, e.g. {named[0]!r}: a doc_id is the file name without .txt and folders)"
            if named else ""
        )
        warnings.warn(f"{manifest_path}: {what}: {unknown[:10]}{hint}", Q7x2Warning, stacklevel=4)


# --- loading -------------------------------------------------------------------------------


def _positive_chunksize(chunksize: object) -> int:
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise ArgumentError(f"chunksize must be a whole number of articles, 1 or more, not {chunksize!r}")
    return chunksize


def load_corpus(
    path: str | Path | None = None,
    *,
    text_col: str = "text",
    id_col: str = "doc_id",
    columns: dict[str, str] | None = None,
    manifest: str | Path | None = None,
    encoding: str | None = None,
    clean: bool = True,
    follow_symlinks: bool = False,
    tables: dict[str, pd.DataFrame] | None = None,
) -> pd.DataFrame:
    """Load articles into a DataFrame, one row per article, cleaned.

    Args:
        path: A folder of ``.txt`` files or a ``.csv``/``.jsonl``/``.json``/
            ``.parquet`` file (``.csv.gz``/``.jsonl.gz``/``.json.gz`` too; a
            ``.json`` file is a JSON array of article objects, read whole, or
            JSON lines); ``None`` loads the bundled sample corpus.
        text_col: For tabular input, the column that holds the article text.
        id_col: For tabular input, the column with article ids. Where the
            default ``doc_id`` is absent the ids are generated as
            ``<file stem>-<row number>``; another name that is absent is an
            error (a misspelt column would otherwise go unnoticed).
        columns: For tabular input, the file's columns to read as the
            library's ``outlet``, ``title`` or ``published``, by their names
            in the file: ``{"newspaper": "outlet", "meta.date": "published"}``
            (a nested JSON field by its dotted name). Renamed as the file is
            read, before any check; the file is not changed. For a folder the
            names are those of its manifest; with a table and a manifest,
            each renames the names it has.
        manifest: A manifest CSV to join by ``doc_id``; default
            ``manifest.csv`` inside a folder, none for tabular input.
        encoding: Force a text encoding (default: detect, see module doc).
        clean: Run :func:`q7x2lib.clean.clean_corpus` (``text_clean``,
            ``title``, ``n_words`` ...).
        follow_symlinks: Read ``.txt`` files (and folders) that symbolic
            links inside the folder point to outside it; by default they are
            skipped with a warning.
        tables: A user's tables, as given to :func:`q7x2lib.find_mentions`
            (:func:`q7x2lib.actors.user_tables`, or any table of
            :data:`q7x2lib.lexicons.TABLES` by its name): each is in force
            for the call (:func:`q7x2lib.lexicons.tables_in_force`), so the
            dates written with words are read with the user's ``months`` and
            the ``weekday`` and ``hijri_month`` lists of ``word_lists``, and
            the texts are cleaned with the user's ``boilerplate`` rules
            (default: bundled).

    Returns:
        Columns ``doc_id, source_file, outlet, published, date_basis, title,
        dateline, text, text_clean, text_norm, n_words`` then any
        manifest/tabular columns (``date_basis``: given / inferred / unknown). ``text`` is exactly the decoded file; ``published`` is
        datetime64 with ``NaT`` where unknown; ``outlet`` is missing (never
        guessed) where the manifest does not say.

    Raises:
        CorpusError: a missing path, an empty folder, a file that is not
            text, a missing text column, a duplicate doc_id, a malformed
            manifest, a column of ``columns`` that the file does not have or
            whose new name it already has.
        ArgumentError: ``columns`` names a column the library does not read,
            or one name twice, or is given for a folder without a manifest.

    Warns:
        CoverageWarning: the text is mostly not Arabic (:func:`check_arabic`).
        Q7x2Warning: Windows-1256 input, empty articles, manifest rows
            without an article, skipped symbolic links, dates with no day
            (a year alone, a month and year: read as the first day, one
            warning a file and column).

    Examples:
        >>> corpus = load_corpus()
        >>> len(corpus), corpus.loc[0, "doc_id"]
        (5, '000_2f7a25327503f7a2')
        >>> "[ad_1]" in corpus.loc[4, "text"], "[ad_1]" in corpus.loc[4, "text_clean"]
        (True, False)
    """
    with tables_in_force(tables):  # the dates, the cleaning: read with the user's tables (months, boilerplate ...)
        path = Path(path) if path is not None else config.BUNDLED_CORPUS
        if not path.exists():
            raise CorpusError(f"{path}: no such file or folder")
        columns = _column_map(columns, path)
        places = _Places(path)
        if path.is_dir():
            manifest = manifest if manifest is not None else (path / config.MANIFEST_NAME)
            if not Path(manifest).exists():
                manifest = None
        elif not _table_suffix(path):
            raise CorpusError(_unsupported(path))
        meta, columns = _manifest_with_columns(path, manifest, columns)
        if path.is_dir():
            frame = _read_files(_text_files(path, follow_symlinks), encoding, path)
        else:
            chunks = list(_tabular_chunks(path, None, text_col, id_col, encoding, columns, places))
            frame = pd.concat(chunks, ignore_index=True) if len(chunks) > 1 else chunks[0]
        if meta is not None:
            _warn_unlisted(manifest, meta, frame["doc_id"])
        frame = _finish(frame, meta, clean, source=path, places=places)
        if frame.empty:
            raise CorpusError(_NO_ARTICLES.format(path=path))
        diagnosis = check_arabic(frame)
        if diagnosis:
            warnings.warn(f"{path.name or path}: {diagnosis}", CoverageWarning, stacklevel=2)
        return frame


#: A corpus read whole with no article left (no rows, or every text blank).
_NO_ARTICLES = "{path}: no article with text in it; every row or file was empty"


def iter_corpus(
    path: str | Path,
    *,
    chunksize: int = 10_000,
    text_col: str = "text",
    id_col: str = "doc_id",
    columns: dict[str, str] | None = None,
    manifest: str | Path | None = None,
    encoding: str | None = None,
    clean: bool = True,
    follow_symlinks: bool = False,
    tables: dict[str, pd.DataFrame] | None = None,
) -> Iterator[pd.DataFrame]:
    """Yield the corpus at ``path`` in DataFrames of at most ``chunksize`` rows.

    Memory is bounded by the chunk, not the corpus: use this for corpora
    larger than memory, with the same columns, the same reader and the same
    checks as :func:`load_corpus` (duplicate ``doc_id`` values are only
    detected within a chunk; the Arabic check looks at the first chunk;
    a column of ``columns`` must be in the first chunk).
    Arguments are checked here, before the first chunk is asked for.
    ``tables``: a user's tables, as :func:`load_corpus` takes them (the
    ``months``, the ``weekday`` and ``hijri_month`` lists of ``word_lists``,
    the ``boilerplate`` rules ...), in force while each chunk is read and
    cleaned, not while the caller holds it (default: bundled).

    Examples:
        >>> [len(c) for c in iter_corpus(config.BUNDLED_CORPUS, chunksize=2)]
        [2, 2, 1]
    """
    chunksize = _positive_chunksize(chunksize)
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    if path.is_dir():
        manifest = manifest if manifest is not None else (path / config.MANIFEST_NAME)
        manifest = manifest if Path(manifest).exists() else None
    elif not _table_suffix(path):
        raise CorpusError(_unsupported(path))
    columns = _column_map(columns, path)
    if columns and path.is_dir() and manifest is None:
        _manifest_with_columns(path, None, columns)  # the error, before the first chunk is asked for
    with tables_in_force(tables):  # a bad row of the user's tables: the error, before the first chunk is asked for
        pass
    return _iter_chunks(path, chunksize, text_col, id_col, manifest, encoding, clean, follow_symlinks, columns, tables)


def _iter_chunks(
    path: Path, chunksize: int, text_col: str, id_col: str, manifest: str | Path | None,
    encoding: str | None, clean: bool, follow_symlinks: bool, columns: dict[str, str] | None = None,
    tables: dict[str, pd.DataFrame] | None = None,
) -> Iterator[pd.DataFrame]:
    with tables_in_force(tables):
        places = _Places(path)
        meta, columns = _manifest_with_columns(path, manifest, columns)
        if path.is_dir():
            files = _text_files(path, follow_symlinks)
            if meta is not None:
                _warn_unlisted(manifest, meta, (f.stem for f in files))
            raw = (_read_files(files[i : i + chunksize], encoding, path) for i in range(0, len(files), chunksize))
        else:
            raw = _tabular_chunks(path, chunksize, text_col, id_col, encoding, columns, places)
    seen: set[str] = set()
    total = 0
    for n in count():
        # the user's tables in force while a chunk is read and cleaned, never across the yield (the caller's code)
        with tables_in_force(tables):
            frame = next(raw, None)
            if frame is None:
                break
            if meta is not None and not path.is_dir():
                seen.update(frame["doc_id"])
            chunk = _finish(frame, meta, clean, source=path, places=places)
            if n == 0:
                diagnosis = check_arabic(chunk)
                if diagnosis:
                    warnings.warn(f"{path.name or path}: {diagnosis}", CoverageWarning, stacklevel=2)
        total += len(chunk)
        yield chunk
    if not total:
        raise CorpusError(_NO_ARTICLES.format(path=path))
    if meta is not None and not path.is_dir():
        _warn_unlisted(manifest, meta, seen)


def _manifest_with_columns(
    path: Path, manifest: str | Path | None, columns: dict[str, str] | None,
) -> tuple[pd.DataFrame | None, dict[str, str] | None]:
    """The manifest (``None`` without one), its columns named by ``columns=``, and what of ``columns=`` is left for the table.

    A folder's ``columns=`` are all the manifest's: one it lacks is an error, as
    a table's is; a table with a manifest takes the names the manifest lacks.
    """
    if manifest is None:
        if columns and path.is_dir():
            raise ArgumentError(
                f"{path}: columns= renames the columns of a table file (.csv, .jsonl, .json, .parquet) or of a folder's "
                f"{config.MANIFEST_NAME}, and this folder has no {config.MANIFEST_NAME}"
            )
        return None, columns
    meta, renamed = _read_manifest(manifest, columns)
    if not columns:
        return meta, columns
    if path.is_dir():
        missing = [old for old in columns if old not in renamed]
        if missing:
            raise CorpusError(
                f"{manifest}: columns= maps {missing[0]!r} to {columns[missing[0]]!r}, but the manifest has no column "
                f"{missing[0]!r}; columns are {list(meta.columns)}"
            )
        return meta, None
    return meta, {old: new for old, new in columns.items() if old not in renamed} or None


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _text_files(folder: Path, follow_symlinks: bool = False) -> list[Path]:
    """Every ``.txt`` under ``folder``; links leading out of it only when ``follow_symlinks``."""
    root = folder.resolve()
    files, outside, visited = [], [], set()
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=follow_symlinks):
        here = Path(dirpath)
        real = here.resolve()
        if real in visited or (not follow_symlinks and not _inside(real, root)):
            dirnames[:] = []
            continue
        visited.add(real)
        if not follow_symlinks:
            outside += [here / d for d in dirnames if (here / d).is_symlink() and not _inside((here / d).resolve(), root)]
        for name in filenames:
            f = here / name
            if f.suffix.lower() != ".txt":
                continue
            if f.is_symlink() and not follow_symlinks and not _inside(f.resolve(), root):
                outside.append(f)
            elif f.is_file():
                files.append(f)
    if outside:
        names = sorted(p.relative_to(folder).as_posix() for p in outside)
        warnings.warn(
            f"{folder}: skipped {len(outside)} symbolic link(s) to files or folders outside it: {names[:10]} "
            "(pass follow_symlinks=True to read them)",
            Q7x2Warning, stacklevel=4,
        )
    if not files:
        raise CorpusError(f"{folder}: the folder holds no .txt articles")
    return sorted(files)


def _read_files(files: list[Path], encoding: str | None, root: Path) -> pd.DataFrame:
    rows = []
    for f in files:
        try:
            data = f.read_bytes()
        except OSError as exc:
            raise CorpusError(f"{f}: cannot read ({exc.strerror})") from None
        rows.append({"doc_id": f.stem, "source_file": f.relative_to(root).as_posix(), "text": decode_bytes(data, f, encoding)})
    return pd.DataFrame(rows, columns=["doc_id", "source_file", "text"])


def _tabular_chunks(
    path: Path, chunksize: int | None, text_col: str, id_col: str, encoding: str | None, columns: dict[str, str] | None = None,
    places: _Places | None = None,
) -> Iterator[pd.DataFrame]:
    """The one reader of tabular files: raw frames of ``chunksize`` rows (all rows when ``None``).

    Each frame carries its records' places in its file (see :class:`_Places`).
    """
    suffix = _table_suffix(path)
    kind = suffix[1:].upper() + (" (gzip)" if _is_gzip(path) else "")
    places = places or _Places(path)
    offset = 0
    used = encoding
    try:
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            tables: Iterable[pd.DataFrame] = (
                (b.to_pandas() for b in pq.ParquetFile(path).iter_batches(batch_size=chunksize))
                if chunksize else [pd.read_parquet(path)]
            )
            for table in tables:
                yield _tabular_frame(table, path, text_col, id_col, offset, columns, places)
                offset += len(table)
            return
        opener = gzip.open if _is_gzip(path) else open
        used = detect_encoding(path, encoding)
        with opener(path, "rt", encoding=used, newline="" if suffix == ".csv" else None) as handle:
            if suffix == ".csv":
                sep = _csv_separator(handle)
                places.csv = (used, sep)
                reader = pd.read_csv(handle, sep=sep, chunksize=chunksize, dtype=str, keep_default_na=False, index_col=False)
                tables = [reader] if chunksize is None else reader
            else:
                tables = _json_chunks(_json_records(handle, path, suffix), path, chunksize, text_col)
            for table in tables:
                yield _tabular_frame(table, path, text_col, id_col, offset, columns, places)
                offset += len(table)
    except CorpusError:
        raise
    except pd.errors.EmptyDataError:
        raise CorpusError(f"{path}: the file is empty: no header line and no articles") from None
    except UnicodeDecodeError as exc:
        line = _undecodable_line(path, used)
        where = f", line {line}" if line else ""
        raise CorpusError(f"{path}{where}: cannot decode as {used} ({exc.reason})") from None
    except (OSError, EOFError) as exc:
        raise CorpusError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    except Exception as exc:  # parsers raise many kinds; the user needs file + reason
        where = f" after the record on {places.one(offset)}" if offset else ""
        reason = " ".join(str(exc).split())  # one line: pandas' CSV parser ends its message with a line break
        raise CorpusError(f"{path}: cannot read as {kind}{where} ({type(exc).__name__}: {reason})") from None


def _undecodable_line(path: Path, encoding: str | None) -> int | None:
    """The first line of ``path`` that ``encoding`` cannot decode (read again, only for the message)."""
    if not encoding:
        return None
    try:
        decoder = codecs.getincrementaldecoder(encoding)()
        with _open_binary(path) as handle:
            for number, line in enumerate(handle, 1):
                try:
                    decoder.decode(line)
                except UnicodeDecodeError:
                    return number
    except (OSError, EOFError, LookupError):
        pass
    return None


def _csv_separator(handle) -> str:
    """``;`` or tab where the header line holds one field by commas and several by that (spreadsheets in many locales).

    Examples:
        >>> _csv_separator(io.StringIO("doc_id;title;text\\n1;a;b\\n")), _csv_separator(io.StringIO("doc_id,text\\n"))
        (';', ',')
    """
    header = handle.readline()
    handle.seek(0)
    fields = {sep: len(next(csv.reader([header], delimiter=sep), [])) for sep in (",", ";", "\t")}
    best = max((";", "\t"), key=fields.get)
    return best if fields[","] <= 1 < fields[best] else ","


def _flat(record: dict, prefix: str = "") -> dict:
    """Nested JSON objects as dotted columns: ``{"content": {"body": ...}}`` gives ``content.body``."""
    out: dict = {}
    for key, value in record.items():
        if isinstance(value, dict) and value:
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def _json_records(handle, path: Path, suffix: str) -> Iterator[tuple[int, dict]]:
    """``(line, record)`` of a JSON lines file, or of a ``.json`` file: a JSON array of objects, or JSON lines."""
    if suffix == ".json":
        head = handle.read(1 << 16)
        opening = head.lstrip()[:1]
        if opening == "[":
            yield from _json_array(head + handle.read(), path)
            return
        lines: Iterable[str] = _chain_head(head, handle)
    else:
        lines = handle
    for lineno, line in enumerate(lines, 1):
        if line.strip():
            try:
                record = _json_line(line, path, lineno)
            except CorpusError:
                if suffix == ".json" and lineno == 1 and line.strip() == "{":
                    raise CorpusError(
                        f"{path}: holds one JSON object, not a list of articles; give a JSON array of article "
                        'objects ([{"text": ...}, ...]) or one article object per line (.jsonl)'
                    ) from None
                raise
            yield lineno, record


def _chain_head(head: str, handle) -> Iterator[str]:
    """The lines of a text file whose first characters ``head`` were read already."""
    rest = handle.readline()
    yield from io.StringIO(head + rest)
    yield from handle


_JSON_SPACE = re.compile(r"[ \t\n\r]*")


def _json_array(text: str, path: Path) -> Iterator[tuple[int, dict]]:
    """``(line, object)`` of each item of the JSON array that is ``text``, the line the item starts on.

    Read item by item (``raw_decode``), so a malformed file is named by the
    line and column where it goes wrong, and an item that is no object by its
    line. The whole text is in memory: a corpus larger than memory is JSON lines.
    """
    decoder = json.JSONDecoder()
    pos = _JSON_SPACE.match(text).end() + 1  # past "["
    line = 1 + text.count("\n", 0, pos)
    seen = pos
    item = 0

    def fail(at: int, what: str) -> CorpusError:
        ln = text.count("\n", 0, at) + 1
        col = at - (text.rfind("\n", 0, at) + 1) + 1
        return CorpusError(f"{path}, line {ln}: not valid JSON ({what} at column {col})")

    pos = _JSON_SPACE.match(text, pos).end()
    if text.startswith("]", pos):
        pos += 1
    else:
        while True:
            try:
                record, end = decoder.raw_decode(text, pos)
            except json.JSONDecodeError as exc:
                raise fail(exc.pos, exc.msg.removesuffix(" at")) from None
            item += 1
            line += text.count("\n", seen, pos)
            seen = pos
            if not isinstance(record, dict):
                raise CorpusError(
                    f"{path}, line {line}: item {item} of the JSON array is {type(record).__name__}, not an article "
                    'object ({"text": ...})'
                )
            yield line, record
            pos = _JSON_SPACE.match(text, end).end()
            if text.startswith(",", pos):
                pos = _JSON_SPACE.match(text, pos + 1).end()
            elif text.startswith("]", pos):
                pos += 1
                break
            else:
                raise fail(pos, "Expecting ',' or ']' after an item" if pos < len(text) else "the array is not closed with ']'")
    pos = _JSON_SPACE.match(text, pos).end()
    if pos < len(text):
        raise fail(pos, "text after the end of the array")


def _json_chunks(records: Iterable[tuple[int, dict]], path: Path, chunksize: int | None, text_col: str = "text") -> Iterator[pd.DataFrame]:
    """Frames of ``chunksize`` records (all when ``None``), each with its records' lines in ``_PLACE``."""
    batch: list[dict] = []
    lines: list[int] = []
    read = 0
    for line, record in records:
        batch.append(record)
        lines.append(line)
        read += 1
        if chunksize and len(batch) == chunksize:
            yield _records_frame(batch, text_col).assign(**{_PLACE: lines})
            batch, lines = [], []
    if not read:
        raise CorpusError(f"{path}: the file is empty: no JSON line or array item, so no articles")
    if batch or not chunksize:
        yield _records_frame(batch, text_col).assign(**{_PLACE: lines})


def _records_frame(records: list[dict], text_col: str) -> pd.DataFrame:
    """``pd.DataFrame(records)``, its text column of Python strings (the corpus keeps them so).

    Inferred as Arrow strings, every text would be encoded to UTF-8 and decoded
    back (about a third of the time of loading); the short columns are inferred.
    """
    if any(isinstance(v, dict) for r in records for v in r.values()):
        records = [_flat(r) for r in records]
    if not any(text_col in r for r in records):
        return pd.DataFrame(records)
    texts = [r.pop(text_col, np.nan) for r in records]
    frame = pd.DataFrame(records) if any(records) else pd.DataFrame(index=range(len(records)))
    frame[text_col] = pd.Series(texts, index=frame.index, dtype=object)
    return frame


def _json_line(line: str, path: Path, lineno: int) -> dict:
    try:
        record = json.loads(line.rstrip("\r\n"))  # a line cut short is an unterminated string, not a control character
    except json.JSONDecodeError as exc:
        reason = exc.msg.removesuffix(" at")  # json's messages end where the place goes ("Expecting value at")
        raise CorpusError(f"{path}, line {lineno}: not valid JSON ({reason} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise CorpusError(f"{path}, line {lineno}: each line must be a JSON object")
    return record


#: Column names a spreadsheet or scraper may give what the corpus reads from ``outlet``, ``title``, ``published``, ``text``.
_COLUMN_SYNONYMS = {
    "outlet": ("newspaper", "source", "publication", "publisher", "paper", "journal", "website", "site", "media", "outlet_name", "source_name"),
    "title": ("headline", "heading", "head", "titre", "article_title"),
    "published": ("date", "pub_date", "publish_date", "published_at", "publication_date", "datetime", "timestamp", "time", "date_published"),
    "text": ("body", "content", "article", "story", "full_text", "fulltext", "article_text", "body_text", "text_body"),
}


_ROLE_NAMES = {"outlet": "outlet", "title": "title", "published": "publication date", "text": "text"}


def _synonym(columns: Iterable[object], role: str) -> str | None:
    names: dict[str, str] = {}
    for c in columns:  # a nested JSON field (content.body) by its last part too
        names.setdefault(str(c).strip().lower(), str(c))
        names.setdefault(str(c).strip().lower().rsplit(".", 1)[-1], str(c))
    return next((names[s] for s in (role, *_COLUMN_SYNONYMS[role]) if s in names and names[s] != role), None)


def _blank(values: pd.Series) -> pd.Series:
    blank = [isinstance(v, str) and not v.strip() for v in values.tolist()]
    return values.isna().to_numpy(dtype=bool) | pd.Series(blank, index=values.index, dtype=bool)


#: The columns of a table the library reads by name, besides the text and the id (``columns=`` may name them).
MAPPABLE_COLUMNS = ("outlet", "title", "published")


def _column_map(columns: object, path: Path) -> dict[str, str] | None:
    """``columns=`` checked for what it says, before the file is read: ``{name in the file: outlet/title/published}``.

    Examples:
        >>> _column_map({"newspaper": "outlet"}, Path("news.csv"))
        {'newspaper': 'outlet'}
        >>> _column_map({"a": "outlet", "b": "outlet"}, Path("news.csv"))
        Traceback (most recent call last):
        ...
        q7x2lib.errors.ArgumentError: news.csv: columns= maps 'a' and 'b' both to 'outlet'; map one column to each name
    """
    if not columns:
        return None
    if not isinstance(columns, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in columns.items()):
        raise ArgumentError(f'{path}: columns= must map column names to names, e.g. {{"newspaper": "outlet"}}, not {columns!r}')
    for old, new in columns.items():
        if new in ("text", "doc_id"):
            option = "text_col" if new == "text" else "id_col"
            raise ArgumentError(f"{path}: columns= maps {old!r} to {new!r}; name the {new} column with {option}={old!r} instead")
        if new not in MAPPABLE_COLUMNS:
            raise ArgumentError(
                f"{path}: columns= maps {old!r} to {new!r}, a column q7x2lib does not read; "
                f"map to one of {', '.join(MAPPABLE_COLUMNS)}"
            )
    for new in MAPPABLE_COLUMNS:
        olds = [old for old, n in columns.items() if n == new]
        if len(olds) > 1:
            raise ArgumentError(f"{path}: columns= maps {' and '.join(map(repr, olds))} both to {new!r}; map one column to each name")
    return dict(columns)


def _rename_columns(table: pd.DataFrame, path: Path, text_col: str, id_col: str, columns: dict[str, str], first: bool) -> pd.DataFrame:
    """The table with ``columns`` renamed; in the first chunk every one must be there (a later one may lack a sparse JSON key)."""
    have = [str(c) for c in table.columns]
    for old, new in columns.items():
        if old in (text_col, id_col):
            what = "text" if old == text_col else "id"
            raise CorpusError(f"{path}: columns= maps {old!r} to {new!r}, but {old!r} is the {what} column")
        if old not in table.columns:
            if first:
                raise CorpusError(f"{path}: columns= maps {old!r} to {new!r}, but there is no column {old!r}; columns are {have}")
            continue
        taken = [c for c in have if c.strip().lower() == new and c not in columns]
        if taken:
            raise CorpusError(
                f"{path}: columns= maps {old!r} to {new!r}, but the file already has a column {taken[0]!r}; "
                f"leave {old!r} out of columns= (or map {taken[0]!r} to another name first)"
            )
    return table.rename(columns={old: new for old, new in columns.items() if old in table.columns})


def _tabular_frame(
    table: pd.DataFrame, path: Path, text_col: str, id_col: str, offset: int, columns: dict[str, str] | None = None,
    places: _Places | None = None,
) -> pd.DataFrame:
    places = places or _Places(path)
    given = table.pop(_PLACE) if _PLACE in table else None  # the lines of JSON records
    if columns:
        table = _rename_columns(table, path, text_col, id_col, columns, offset == 0)
    if text_col not in table:
        other = _synonym(table.columns, "text")
        hint = (f"pass text_col={other!r}; on the command line --text-col {other}" if other
                else "pass text_col=...; on the command line --text-col NAME")
        raise CorpusError(f"{path}: no text column {text_col!r}; columns are {list(table.columns)} ({hint})")
    table = table.reset_index(drop=True)
    spelt = {  # "Outlet", " published ": the column meant, whatever its case and spaces (there is no parameter to name it)
        c: c.strip().lower() for c in table.columns
        if isinstance(c, str) and c not in (text_col, id_col) and c.strip().lower() in ("outlet", "title", "published") and c.strip().lower() != c
    }
    if spelt and not set(spelt.values()) & set(table.columns) and len(set(spelt.values())) == len(spelt):
        table = table.rename(columns=spelt)
    rows = pd.Series(range(offset + 1, offset + len(table) + 1), index=table.index)  # data rows, header not counted
    place = rows if given is None else pd.Series(given.to_numpy(), index=table.index)  # see _Places
    if offset == 0:
        for role in ("outlet", "title", "published"):
            other = _synonym(table.columns, role) if role not in table else None
            if other and other not in (text_col, id_col):
                mapping = json.dumps({other: role}, ensure_ascii=False)
                warnings.warn(
                    f"{path}: column {other!r} is not read as the {_ROLE_NAMES[role]} (only a column named {role!r} is): "
                    f"pass columns={mapping} (on the command line --column {other}={role}), "
                    f"or every article's {_ROLE_NAMES[role]} is missing",
                    Q7x2Warning, stacklevel=5,
                )
    blank_rows = pd.concat([_blank(table[c]) for c in table], axis=1).all(axis=1) if len(table.columns) else rows.astype(bool)
    if blank_rows.any() and len(table.columns) > 1:  # spreadsheet rows left empty (",,,,"): nothing to read in them
        warnings.warn(f"{path}: skipped {int(blank_rows.sum())} empty row(s), at {places.some(place[blank_rows])}", Q7x2Warning, stacklevel=5)
        table, rows, place = table.loc[~blank_rows], rows[~blank_rows], place[~blank_rows]
    text = table.pop(text_col)
    missing = text.isna()
    if missing.any():  # a null text (JSON null, an empty Parquet cell) is an empty article, as an empty CSV cell is
        text = text.astype(object).where(~missing, "")
    if not all(isinstance(t, str) for t in text.tolist()):  # (a list: no Python call per value)
        bad = place[text.map(lambda t: not isinstance(t, str))].tolist()[:5]
        raise CorpusError(f"{path}: the text column {text_col!r} is not text, at {places.some(bad)}")
    if id_col in table:
        raw_ids = table.pop(id_col)
        no_id = _blank(raw_ids) & ~_blank(text)
        if no_id.any():
            raise CorpusError(
                f"{path}: the id column {id_col!r} is empty where there is a text, at {places.some(place[no_id])}; "
                f"give every article an id (or leave out id_col to number the rows)"
            )
        ids = raw_ids.astype(object).where(~_blank(raw_ids), "").astype(str)
    elif id_col != "doc_id":
        raise CorpusError(
            f"{path}: no id column {id_col!r}; columns are {list(table.columns) + [text_col]} "
            "(pass id_col=..., on the command line --id-col NAME, or leave it out to number the articles)"
        )
    else:
        stem = Path(path.stem).stem if _is_gzip(path) else path.stem  # news.jsonl.gz -> news
        ids = pd.Series([f"{stem}-{r}" for r in rows], index=table.index)
    twice = ids.duplicated(keep=False)
    if twice.any():  # named by row here, where the rows are known
        first = ids[twice].iloc[0]
        same = ids == first
        how = "the same text" if text[same].nunique() == 1 else "different texts"
        raise CorpusError(
            f"{path}: duplicate doc_id {sorted(set(ids[twice]))[:10]}: {first!r} at {places.some(place[same])} "
            f"({how}); give each article one row and its own id"
        )
    unnamed = [c for c in table if re.fullmatch(r"Unnamed: \d+", str(c)) and _blank(table[c]).all()]
    table = table.drop(columns=unnamed)  # a spreadsheet's trailing comma: a column of nothing
    # (a column of Python strings stays one: a bare array would be inferred as Arrow strings)
    text = pd.Series(text.to_numpy(), dtype=object) if text.dtype == object else text.values
    frame = pd.DataFrame({"doc_id": ids.values, "source_file": path.name, "text": text, _PLACE: place.to_numpy()})
    extra = table.reset_index(drop=True)
    return pd.concat([frame, extra.drop(columns=[c for c in extra if c in frame], errors="ignore")], axis=1)


def _finish(frame: pd.DataFrame, meta: pd.DataFrame | None, clean: bool, *, source: Path, places: _Places | None = None) -> pd.DataFrame:
    dupes = frame["doc_id"][frame["doc_id"].duplicated(keep=False)]
    if len(dupes):
        files = frame.loc[dupes.index, "source_file"].tolist()
        raise CorpusError(f"{source}: duplicate doc_id {sorted(set(dupes))} (from {sorted(set(files))})")
    empty = frame["text"].str.strip() == ""
    if empty.any():
        names = frame.loc[empty, "source_file"].tolist() if frame["source_file"].nunique() > 1 else frame.loc[empty, "doc_id"].tolist()
        warnings.warn(f"{source}: skipped {int(empty.sum())} empty article(s): {names[:10]}", Q7x2Warning, stacklevel=3)
        frame = frame.loc[~empty].reset_index(drop=True)
    html = frame["text"].str.contains(HTML_MARKUP, regex=True)
    if html.any():
        warnings.warn(
            f"{source}: {int(html.sum())} article(s) hold HTML markup (tags such as <p>, entities such as &nbsp;): "
            "read as a browser shows it, its tags out of text_clean and its entities decoded (text keeps it as written): "
            f"{frame.loc[html, 'doc_id'].tolist()[:10]}",
            Q7x2Warning, stacklevel=3,
        )
    if meta is not None:
        meta = meta.astype({"doc_id": frame["doc_id"].dtype})  # the articles' ids keep their type
        frame = frame.drop(columns=[c for c in meta if c != "doc_id" and c in frame]).merge(meta, on="doc_id", how="left")
    for col in ("outlet", "title"):
        if col not in frame:
            frame[col] = None
        frame[col] = frame[col].astype(object).where(frame[col].notna() & (frame[col] != ""), None)
    if _PLACE in frame and places is not None:
        place = frame[_PLACE]
        where = lambda i: places.one(place[i])  # noqa: E731
    else:  # a folder's articles: their dates come from the manifest, read with its lines
        where = None
    frame = frame.drop(columns=[_PLACE], errors="ignore")
    frame["published"] = (
        parse_dates(frame["published"].astype(object).replace("", None), source, where=where, said=places.said if places else None)
        if "published" in frame
        else pd.Series(pd.NaT, index=frame.index, dtype="datetime64[us]")
    )
    if "date_basis" not in frame:  # without a manifest saying otherwise, a date is as given
        frame["date_basis"] = frame["published"].notna().map({True: "given", False: "unknown"})
    frame["title"] = frame["title"].map(_title_as_shown)
    frame["text"] = frame["text"].astype(object)
    if clean:
        frame = clean_corpus(frame)
        wordless = frame["n_words"] == 0
        if wordless.any():  # every line was boilerplate ("عاجل", a share button): no article to analyse
            warnings.warn(
                f"{source}: skipped {int(wordless.sum())} article(s) with no words left after cleaning "
                f"(every line read as boilerplate): {frame.loc[wordless, 'doc_id'].tolist()[:10]}",
                Q7x2Warning, stacklevel=3,
            )
            frame = frame.loc[~wordless].reset_index(drop=True)
    cols = [c for c in CORE_COLUMNS if c in frame] + [c for c in frame if c not in CORE_COLUMNS]
    return frame[cols]


def article_labels(corpus: pd.DataFrame, n_words: int = 6) -> pd.Series:
    """A short readable label per article: its title, else its first words.

    Examples:
        >>> df = pd.DataFrame({"doc_id": ["a"], "title": [None], "text_clean": ["أعربت موسكو اليوم عن أسفها الكبير إزاء رفض واشنطن"]})
        >>> article_labels(df, 4).tolist()
        ['أعربت موسكو اليوم عن…']
    """
    def label(title: object, text: str) -> str:
        words = (title if isinstance(title, str) and title else text).split()
        return " ".join(words[:n_words]) + ("…" if len(words) > n_words else "")

    return pd.Series([label(t, x) for t, x in zip(corpus["title"], corpus["text_clean"])], index=corpus.index, name="label")


def _title_as_shown(title: object) -> object:
    """A title given apart as a browser shows it: scrapers leave HTML entities in the headline field.

    199 titles of the development corpus hold one (``&quot;العمري&quot; لوزير الإسكان``, ``&#8220;``), where
    their texts hold the characters: the labels of the charts and tables showed ``&quot;``, and the headline
    was read with a word "quot" and no quotation marks.

    Examples:
        >>> _title_as_shown("&quot;العمري&quot; لوزير الإسكان&nbsp;"), _title_as_shown("&nbsp;"), _title_as_shown(None)
        ('"العمري" لوزير الإسكان', None, None)
    """
    if not isinstance(title, str) or "&" not in title:
        return title
    return _unescape_html(title).replace("\xa0", " ").strip() or None
