"""An article's fields: its headline, where the corpus gives it apart from the text, and its text.

A corpus whose records carry a title of their own (most CSV and JSONL
corpora) keeps it in the ``title`` column, and ``text_clean`` leaves it out
(:func:`q7x2lib.clean.clean_corpus`). :func:`q7x2lib.analyse` then reads such
a headline as a field of its own, as the scoring scripts read the annotated
samples, and each row it finds says where in a ``field`` column: ``"title"``
(its offsets index the ``title`` column) or ``"text"`` (they index
``text_clean``). A headline that is the first line of ``text_clean`` (a
corpus of .txt files) is read there, as text. A table with no ``field``
column (of :func:`q7x2lib.find_mentions` itself, or saved before there was
one) is text throughout: the functions that read the tables take it so.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .clean import _title_given_elsewhere

#: The column that names a row's field, and its two values.
FIELD_COL = "field"
TITLE, TEXT = "title", "text"
#: The corpus columns the analyses read besides the text (dates, outlet, headline).
_FIELD_CORPUS_COLUMNS = ("published", "event_date", "outlet")


def titles_apart(corpus: pd.DataFrame, text_col: str = "text_clean", title_col: str = "title") -> np.ndarray:
    """Which articles have a headline that is not the first line of their text (a title given apart).

    Examples:
        >>> df = pd.DataFrame({"title": ["بوتين: نعم", "بوتين: نعم", None], "text_clean": ["بوتين: نعم\\n\\nقال", "قال", "قال"]})
        >>> titles_apart(df).tolist()
        [False, True, False]
    """
    if title_col not in corpus or text_col not in corpus:
        return np.zeros(len(corpus), dtype=bool)
    return np.array([_title_given_elsewhere(t, x if isinstance(x, str) else "")
                     for t, x in zip(corpus[title_col], corpus[text_col])], dtype=bool)


def row_fields(table: pd.DataFrame) -> np.ndarray:
    """Each row's field: ``"text"`` where the table has no ``field`` column or the value is missing.

    Examples:
        >>> row_fields(pd.DataFrame({"doc_id": ["a", "a"], "field": ["title", None]})).tolist()
        ['title', 'text']
        >>> row_fields(pd.DataFrame({"doc_id": ["a"]})).tolist()
        ['text']
    """
    if FIELD_COL not in table:
        return np.full(len(table), TEXT, dtype=object)
    return np.array([TITLE if f == TITLE else TEXT for f in table[FIELD_COL].tolist()], dtype=object)


def row_texts(table: pd.DataFrame, corpus: pd.DataFrame, text_col: str = "text_clean",
              title_col: str = "title") -> list:
    """The text each row's offsets index: its article's ``title`` for a title row, ``text_col`` else.

    A row whose article the corpus lacks gets ``None``.

    Examples:
        >>> corpus = pd.DataFrame({"doc_id": ["a"], "title": ["الكرملين: لا"], "text_clean": ["قال بيسكوف"]})
        >>> row_texts(pd.DataFrame({"doc_id": ["a", "a"], "field": ["title", "text"]}), corpus)
        ['الكرملين: لا', 'قال بيسكوف']
    """
    texts = dict(zip(corpus["doc_id"], corpus[text_col]))
    titles = dict(zip(corpus["doc_id"], corpus[title_col])) if title_col in corpus else {}
    return [(titles if f == TITLE else texts).get(d) for d, f in zip(table["doc_id"].tolist(), row_fields(table))]


def field_corpus(corpus: pd.DataFrame, text_col: str = "text_clean",
                 title_col: str = "title", columns: tuple = ()) -> tuple[pd.DataFrame, dict]:
    """The corpus with one row per field, for the analyses, and the headline rows' keys.

    The articles' rows come first, as they are (their text, dates, outlet
    and title), then one row for each headline given apart: its text and
    title are the headline (so the statements read it as one), its
    ``doc_id`` a key no article has, and ``article`` names its article in
    both rows, so that the headline knows the people its body names
    (:func:`q7x2lib.find_mentions`, which reads the longer field first: an
    article whose headline is longer than its body shares nothing, so that
    a body never takes a person from its headline).

    ``columns``: more corpus columns the analyses read (a date or outlet
    column of another name), kept in both rows.

    Returns:
        ``(fields, keys)``: ``keys`` maps each headline row's ``doc_id`` to
        its article's.
    """
    apart = titles_apart(corpus, text_col, title_col)
    cols = list(dict.fromkeys(["doc_id", text_col, title_col,
                               *(c for c in (*_FIELD_CORPUS_COLUMNS, *columns) if c in corpus)]))
    body = corpus[cols].reset_index(drop=True)
    lengths = body[text_col].map(lambda x: len(x) if isinstance(x, str) else 0).to_numpy()
    titles = body[title_col].to_numpy()
    share = apart & np.array([lengths[i] >= len(titles[i]) if apart[i] else False for i in range(len(body))], dtype=bool)
    body["article"] = pd.Series(np.where(share, body["doc_id"].to_numpy(dtype=object), None), dtype=object)
    heads = body[apart].copy()
    taken = {str(d) for d in body["doc_id"]}
    keys = {}
    for doc_id in heads["doc_id"]:
        key = f"{doc_id}\x1f{TITLE}"
        while key in taken:  # never an article's own id
            key += "\x1f"
        taken.add(key)
        keys[key] = doc_id
    heads["doc_id"] = pd.Series(list(keys), index=heads.index, dtype=object)  # an id of any type (1, 2 ...) stays as it is
    heads[text_col] = heads[title_col]
    return pd.concat([body, heads], ignore_index=True), keys


def article_rows(table: pd.DataFrame, keys: dict, corpus_ids, *, numbered: dict | None = None) -> pd.DataFrame:
    """A table found on :func:`field_corpus`, by article: ``doc_id`` the article's, ``field`` after it.

    Each article's headline rows come before its text rows (articles in the
    corpus's order, the rows of a field in the order found). ``numbered``:
    the ``statement_id`` to add to a headline row's (by the row's original
    ``doc_id``), so that an article's statements stay numbered once, its
    body's first (as before), then its headline's.
    """
    ids = table["doc_id"].tolist()
    is_title = np.array([d in keys for d in ids], dtype=bool) if keys else np.zeros(len(ids), dtype=bool)
    out = table.copy()
    if numbered is not None and is_title.any() and "statement_id" in out:
        shift = np.array([numbered.get(d, 0) if t else 0 for d, t in zip(ids, is_title)], dtype="int64")
        out["statement_id"] = out["statement_id"] + shift
    if is_title.any():
        # the type the ids have alone (as find_mentions infers it), not that of ids mixed with the headline keys
        out["doc_id"] = pd.Series([keys[d] if t else d for d, t in zip(ids, is_title)], index=out.index)
    values = [TITLE if t else TEXT for t in is_title]
    out.insert(1, FIELD_COL, pd.Series(values, index=out.index, dtype=object if not values else None))
    if is_title.any():
        position = {}
        for i, d in enumerate(corpus_ids):
            position.setdefault(d, i)
        where = np.array([position.get(d, len(position)) for d in out["doc_id"].tolist()])
        out = out.iloc[np.lexsort((~is_title, where))].reset_index(drop=True)
    return out


def offset_shift(statements: pd.DataFrame, keys: dict) -> dict:
    """For each headline row's key, the first ``statement_id`` after its article's body's (see :func:`article_rows`)."""
    after = _ids_after(statements)
    return {key: int(after.get(doc_id, 0)) for key, doc_id in keys.items()}


def _ids_after(statements: pd.DataFrame) -> dict:
    """Each ``doc_id``'s first ``statement_id`` after its own."""
    return (statements.groupby("doc_id")["statement_id"].max() + 1).to_dict() if len(statements) else {}


def split_fields(corpus: pd.DataFrame, text_col: str = "text_clean", docs=None, *, title_col: str = "title",
                 columns: tuple = ()) -> tuple[pd.DataFrame, dict] | None:
    """:func:`field_corpus` where an analysis called on articles must read their headlines too, else None.

    That is where some article has a headline given apart from ``text_col``
    and the caller has not already split the corpus: it passes no ``docs``
    (the normalised texts of rows it chose) and has no ``article`` column.
    :func:`q7x2lib.find_mentions`, :func:`q7x2lib.find_statements`,
    :func:`q7x2lib.find_events` and :func:`q7x2lib.mentions_and_statements`
    ask it first, so that each reads the headlines as :func:`q7x2lib.analyse` does.
    """
    if docs is not None or "article" in corpus or not len(corpus):
        return None
    if not titles_apart(corpus, text_col, title_col).any():
        return None
    return field_corpus(corpus, text_col, title_col, columns)


def field_rows(table: pd.DataFrame | None, keys: dict) -> pd.DataFrame | None:
    """A table by article (:func:`article_rows`) back on the rows of :func:`field_corpus`: what the analyses read.

    A title row's ``doc_id`` becomes its headline's key and its
    ``statement_id`` the one its headline's statements had (the body's
    come first in the article's numbering); ``field`` is dropped. A table
    without ``field`` is text throughout, as it is.

    Examples:
        >>> fields, keys = field_corpus(pd.DataFrame({"doc_id": ["a"], "title": ["الكرملين: لا"], "text_clean": ["قال بيسكوف"]}))
        >>> st = pd.DataFrame({"doc_id": ["a", "a"], "field": ["title", "text"], "statement_id": [1, 0]})
        >>> back = field_rows(st, keys)
        >>> [d in keys for d in back.doc_id], back.statement_id.tolist()
        ([True, False], [0, 0])
    """
    if table is None or FIELD_COL not in table:
        return table
    is_title = row_fields(table) == TITLE
    out = table.drop(columns=FIELD_COL)
    if not is_title.any():
        return out
    key_of = {doc_id: key for key, doc_id in keys.items()}
    ids = out["doc_id"].tolist()
    if "statement_id" in out:
        after = _ids_after(out[~is_title])
        shift = np.array([after.get(d, 0) if t else 0 for d, t in zip(ids, is_title)], dtype="int64")
        out["statement_id"] = out["statement_id"] - shift
    out["doc_id"] = pd.Series([key_of.get(d, d) if t else d for d, t in zip(ids, is_title)], index=out.index, dtype=object)
    return out
