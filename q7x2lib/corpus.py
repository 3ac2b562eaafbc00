"""Load a corpus of Arabic news articles into a pandas DataFrame.

Input forms (see :func:`load_corpus`):

* a folder of ``.txt`` files, one article each (searched recursively), with an
  optional ``manifest.csv`` beside them that carries the metadata the files do
  not (outlet, publication date, how the date was inferred);
* a ``.csv``, ``.jsonl`` or ``.parquet`` file with one article per row; the
  text column is named with ``text_col`` (default ``"text"``) and may carry
  ``doc_id``, ``outlet``, ``published`` and ``title`` columns.

Files are read, never written. Decoding accepts UTF-8, UTF-8 with BOM,
UTF-16 with BOM and Windows-1256 (the last with a :class:`Q7x2Warning`).
"""

from __future__ import annotations

import io
import json
import warnings
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from . import config
from .clean import clean_corpus
from .errors import CorpusError, Q7x2Warning

#: Columns every loaded corpus has, in this order (others follow).
CORE_COLUMNS = [
    "doc_id", "source_file", "outlet", "published", "date_basis", "title", "dateline",
    "text", "text_clean", "text_norm", "n_words",
]
TABULAR_SUFFIXES = {".csv", ".jsonl", ".ndjson", ".parquet"}
_ARABIC_LETTERS = range(0x0621, 0x064B)


# --- decoding -----------------------------------------------------------------------


def decode_bytes(data: bytes, source: str | Path, encoding: str | None = None) -> str:
    """Decode an article's bytes, naming ``source`` in any error.

    Tries the given ``encoding``; else a BOM (UTF-8/UTF-16), UTF-8, then
    Windows-1256 if the result is plausibly Arabic (a warning says so).

    Raises:
        CorpusError: the bytes are binary or in no supported encoding.

    Examples:
        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     decode_bytes("بوتين".encode("cp1256"), "a.txt")
        'بوتين'
        >>> str(caught[0].message)
        'a.txt: not UTF-8; decoded as Windows-1256 (cp1256)'
        >>> decode_bytes("\\ufeffبوتين".encode("utf-8"), "a.txt")
        'بوتين'
    """
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise CorpusError(f"{source}: cannot decode as {encoding}: {exc}") from None
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise CorpusError(f"{source}: is not a text file (it contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1256", errors="replace")
    letters = [c for c in text if c.isalpha()]
    arabic = sum(ord(c) in _ARABIC_LETTERS for c in letters)
    if "\ufffd" in text or not letters or arabic / len(letters) < 0.5:
        raise CorpusError(
            f"{source}: is neither UTF-8 nor Windows-1256 Arabic text; "
            "convert it to UTF-8 or pass encoding=..."
        )
    warnings.warn(f"{source}: not UTF-8; decoded as Windows-1256 (cp1256)", Q7x2Warning, stacklevel=3)
    return text


# --- manifest ---------------------------------------------------------------------------


def read_manifest(path: str | Path) -> pd.DataFrame:
    """Read a manifest CSV (``doc_id`` plus any of ``outlet, published, ...``).

    ``published`` is parsed as a date (``NaT`` where empty); a value that is
    not a date is an error naming the row.

    Examples:
        >>> m = read_manifest(config.RAW_DIR / "manifest.csv")
        >>> m["published"].dtype.kind
        'M'
    """
    path = Path(path)
    try:
        manifest = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise CorpusError(f"{path}: cannot read the manifest ({exc})") from None
    if "doc_id" not in manifest:
        raise CorpusError(f"{path}: the manifest has no doc_id column (columns: {list(manifest.columns)})")
    dupes = manifest["doc_id"][manifest["doc_id"].duplicated()].tolist()
    if dupes:
        raise CorpusError(f"{path}: doc_id listed twice in the manifest: {dupes}")
    manifest = manifest.replace("", None)
    for col in manifest:
        if col == "published" or col.endswith("_date"):
            manifest[col] = _parse_dates(manifest[col], path, col)
    return manifest


def _parse_dates(values: pd.Series, source: str | Path, col: str = "published") -> pd.Series:
    parsed = pd.to_datetime(values, errors="coerce", format="mixed")
    bad = values.notna() & parsed.isna()
    if bad.any():
        rows = [f"row {i + 2}: {values[i]!r}" for i in values.index[bad][:5]]
        raise CorpusError(f"{source}: {col!r} is not a date in {', '.join(rows)}")
    return parsed.astype("datetime64[us]")


# --- loading -------------------------------------------------------------------------------


def load_corpus(
    path: str | Path | None = None,
    *,
    text_col: str = "text",
    id_col: str = "doc_id",
    manifest: str | Path | None = None,
    encoding: str | None = None,
    clean: bool = True,
) -> pd.DataFrame:
    """Load articles into a DataFrame, one row per article, cleaned.

    Args:
        path: A folder of ``.txt`` files or a ``.csv``/``.jsonl``/``.parquet``
            file; ``None`` loads the bundled sample corpus.
        text_col: For tabular input, the column that holds the article text.
        id_col: For tabular input, the column with article ids (generated as
            ``<file stem>-<row number>`` when absent).
        manifest: A manifest CSV to join by ``doc_id``; default
            ``manifest.csv`` inside a folder, none for tabular input.
        encoding: Force a text encoding (default: detect, see module doc).
        clean: Run :func:`q7x2lib.clean.clean_corpus` (``text_clean``,
            ``title``, ``n_words`` ...).

    Returns:
        Columns ``doc_id, source_file, outlet, published, date_basis, title,
        dateline, text, text_clean, text_norm, n_words`` then any
        manifest/tabular columns (``date_basis``: given / inferred / unknown). ``text`` is exactly the decoded file; ``published`` is
        datetime64 with ``NaT`` where unknown; ``outlet`` is missing (never
        guessed) where the manifest does not say.

    Raises:
        CorpusError: a missing path, an empty folder, a file that is not
            text, a missing text column, a duplicate doc_id.

    Examples:
        >>> corpus = load_corpus()
        >>> len(corpus), corpus.loc[0, "doc_id"]
        (5, '000_2f7a25327503f7a2')
        >>> "[ad_1]" in corpus.loc[4, "text"], "[ad_1]" in corpus.loc[4, "text_clean"]
        (True, False)
    """
    path = Path(path) if path is not None else config.BUNDLED_CORPUS
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    if path.is_dir():
        frame = _load_folder(path, encoding)
        manifest = manifest if manifest is not None else (path / config.MANIFEST_NAME)
        if not Path(manifest).exists():
            manifest = None
    elif path.suffix.lower() in TABULAR_SUFFIXES:
        frame = _load_table(path, text_col=text_col, id_col=id_col, encoding=encoding)
    else:
        raise CorpusError(f"{path}: unsupported input; give a folder of .txt files or a .csv, .jsonl or .parquet file")
    return _finish(frame, manifest, clean, source=path)


def iter_corpus(
    path: str | Path,
    *,
    chunksize: int = 10_000,
    text_col: str = "text",
    id_col: str = "doc_id",
    manifest: str | Path | None = None,
    encoding: str | None = None,
    clean: bool = True,
) -> Iterator[pd.DataFrame]:
    """Yield the corpus at ``path`` in DataFrames of at most ``chunksize`` rows.

    Memory is bounded by the chunk, not the corpus: use this for corpora
    larger than memory, with the same columns as :func:`load_corpus`.
    Duplicate ``doc_id`` values are only detected within a chunk.

    Examples:
        >>> [len(c) for c in iter_corpus(config.BUNDLED_CORPUS, chunksize=2)]
        [2, 2, 1]
    """
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    if path.is_dir():
        files = _text_files(path)
        manifest = manifest if manifest is not None else (path / config.MANIFEST_NAME)
        manifest = manifest if Path(manifest).exists() else None
        for i in range(0, len(files), chunksize):
            yield _finish(_read_files(files[i : i + chunksize], encoding, path), manifest, clean, source=path)
        return
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        try:
            batches = pq.ParquetFile(path).iter_batches(batch_size=chunksize)
        except Exception as exc:  # pyarrow raises several kinds
            raise CorpusError(f"{path}: cannot read as Parquet ({exc})") from None
        offset = 0
        for batch in batches:
            table = batch.to_pandas()
            yield _finish(_tabular_frame(table, path, text_col, id_col, offset), manifest, clean, source=path)
            offset += len(table)
        return
    if suffix in {".jsonl", ".ndjson", ".csv"}:
        reader = (
            pd.read_json(path, lines=True, chunksize=chunksize, dtype=False, encoding=encoding or "utf-8")
            if suffix != ".csv"
            else pd.read_csv(path, chunksize=chunksize, dtype=str, keep_default_na=False, encoding=encoding or "utf-8-sig")
        )
        offset = 0
        try:
            for table in reader:
                yield _finish(_tabular_frame(table, path, text_col, id_col, offset), manifest, clean, source=path)
                offset += len(table)
        except (ValueError, UnicodeDecodeError, pd.errors.ParserError) as exc:
            raise CorpusError(f"{path}: cannot read row {offset + 1} onwards ({exc})") from None
        return
    raise CorpusError(f"{path}: unsupported input; give a folder of .txt files or a .csv, .jsonl or .parquet file")


def _text_files(folder: Path) -> list[Path]:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() == ".txt")
    if not files:
        raise CorpusError(f"{folder}: the folder holds no .txt articles")
    return files


def _load_folder(folder: Path, encoding: str | None) -> pd.DataFrame:
    return _read_files(_text_files(folder), encoding, folder)


def _read_files(files: list[Path], encoding: str | None, root: Path) -> pd.DataFrame:
    rows = []
    for f in files:
        try:
            data = f.read_bytes()
        except OSError as exc:
            raise CorpusError(f"{f}: cannot read ({exc.strerror})") from None
        rows.append({"doc_id": f.stem, "source_file": f.relative_to(root).as_posix(), "text": decode_bytes(data, f, encoding)})
    return pd.DataFrame(rows, columns=["doc_id", "source_file", "text"])


def _load_table(path: Path, *, text_col: str, id_col: str, encoding: str | None) -> pd.DataFrame:
    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            table = pd.read_parquet(path)
        else:
            raw = decode_bytes(path.read_bytes(), path, encoding)
            if suffix == ".csv":
                table = pd.read_csv(io.StringIO(raw), dtype=str, keep_default_na=False)
            else:
                table = pd.DataFrame([_json_line(line, path, i) for i, line in enumerate(raw.splitlines(), 1) if line.strip()])
    except CorpusError:
        raise
    except Exception as exc:  # parsers raise many kinds; the user needs file + reason
        raise CorpusError(f"{path}: cannot read as {suffix[1:].upper()} ({type(exc).__name__}: {exc})") from None
    return _tabular_frame(table, path, text_col, id_col, 0)


def _json_line(line: str, path: Path, lineno: int) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{path}, line {lineno}: not valid JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise CorpusError(f"{path}, line {lineno}: each line must be a JSON object")
    return record


def _tabular_frame(table: pd.DataFrame, path: Path, text_col: str, id_col: str, offset: int) -> pd.DataFrame:
    if text_col not in table:
        raise CorpusError(
            f"{path}: no text column {text_col!r}; columns are {list(table.columns)} (pass text_col=...)"
        )
    table = table.copy()
    text = table.pop(text_col)
    if text.isna().any() or not all(isinstance(t, str) for t in text):
        bad = [int(i) + offset + 1 for i in text.index[text.map(lambda t: not isinstance(t, str))][:5]]
        raise CorpusError(f"{path}: the text column {text_col!r} is empty or not text in row(s) {bad}")
    if id_col in table:
        ids = table.pop(id_col).astype(str)
    else:
        ids = pd.Series([f"{path.stem}-{offset + i + 1}" for i in range(len(table))], index=table.index)
    frame = pd.DataFrame({"doc_id": ids.values, "source_file": path.name, "text": text.values})
    extra = table.reset_index(drop=True)
    return pd.concat([frame, extra.drop(columns=[c for c in extra if c in frame], errors="ignore")], axis=1)


def _finish(frame: pd.DataFrame, manifest: str | Path | None, clean: bool, *, source: Path) -> pd.DataFrame:
    dupes = frame["doc_id"][frame["doc_id"].duplicated(keep=False)]
    if len(dupes):
        files = frame.loc[dupes.index, "source_file"].tolist()
        raise CorpusError(f"{source}: duplicate doc_id {sorted(set(dupes))} (from {sorted(set(files))})")
    empty = frame["text"].str.strip() == ""
    if empty.any():
        names = frame.loc[empty, "source_file"].tolist() if frame["source_file"].nunique() > 1 else frame.loc[empty, "doc_id"].tolist()
        warnings.warn(f"{source}: skipped {int(empty.sum())} empty article(s): {names[:10]}", Q7x2Warning, stacklevel=3)
        frame = frame.loc[~empty].reset_index(drop=True)
    if manifest is not None:
        meta = read_manifest(manifest)
        unknown = sorted(set(meta["doc_id"]) - set(frame["doc_id"]))
        if unknown and len(unknown) == len(meta):
            warnings.warn(f"{manifest}: no doc_id of the manifest is in the corpus", Q7x2Warning, stacklevel=3)
        frame = frame.drop(columns=[c for c in meta if c != "doc_id" and c in frame]).merge(meta, on="doc_id", how="left")
    for col in ("outlet", "title"):
        if col not in frame:
            frame[col] = None
        frame[col] = frame[col].astype(object).where(frame[col].notna() & (frame[col] != ""), None)
    frame["published"] = (
        _parse_dates(frame["published"].astype(object).replace("", None), source)
        if "published" in frame
        else pd.Series(pd.NaT, index=frame.index, dtype="datetime64[us]")
    )
    if "date_basis" not in frame:  # without a manifest saying otherwise, a date is as given
        frame["date_basis"] = frame["published"].notna().map({True: "given", False: "unknown"})
    frame["text"] = frame["text"].astype(object)
    if clean:
        frame = clean_corpus(frame)
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
