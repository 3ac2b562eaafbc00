"""Read the bytes of a text input and decide how to decode them: the one decoder of every article, table and manifest.

:func:`detect_encoding` checks a file: a byte-order mark (UTF-8, UTF-16), else UTF-8 when the whole file is valid
UTF-8, else Windows-1256 when it reads as Arabic text (with a :class:`~q7x2lib.errors.Q7x2Warning`); a file named
``.gz`` is judged by its decompressed bytes, read in blocks. :func:`decode_bytes` decodes one article's bytes by the
same rules. :mod:`q7x2lib.corpus` reads every input through these (and re-exports both).
"""

from __future__ import annotations

import codecs
import gzip
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .errors import CorpusError, Q7x2Warning

#: A letter of any script (what :func:`q7x2lib.corpus.check_arabic` counts, too).
_LETTER_PATTERN = r"[^\W\d_]"
#: Below these shares a Windows-1256 reading is not taken to be text.
_MIN_LETTER_SHARE = 0.6
_MAX_CONTROL_SHARE = 0.005
_BLOCK = 1 << 20


def _bom_encoding(head: bytes) -> str | None:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _letter_share(text: str) -> float:
    visible = [c for c in text if not c.isspace()]
    return sum(c.isalpha() for c in visible) / len(visible) if visible else 0.0


def _utf16_guess(head: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when ``head`` reads as text in it, else ``None``."""
    head = head[: len(head) // 2 * 2]
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = head.decode(name)
        except UnicodeDecodeError:
            continue
        if len(text) >= 4 and _letter_share(text) >= _MIN_LETTER_SHARE and _plausible_script(text):
            return name
    return None


def _plausible_script(text: str) -> bool:
    """Nearly all of ``text`` is Latin, Arabic, punctuation or space (not what bytes misread as UTF-16 give)."""
    ok = sum(c <= "\u024f" or "\u0600" <= c <= "\u06ff" or "\u2000" <= c <= "\u206f" or "\ufb50" <= c <= "\ufeff" for c in text)
    return ok >= 0.95 * len(text) and "\x00" not in text


def _utf16_advice(source: str | Path, name: str) -> str:
    return (
        f"{source}: looks like {name.upper()} text without a byte-order mark; pass encoding={name!r} "
        f"(to load_corpus or iter_corpus; `analyse --encoding {name}` on the command line) "
        "or convert the file to UTF-8"
    )


_SPACE = re.compile(r"\s")
_LETTER = re.compile(_LETTER_PATTERN)
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
_CP1256_ARABIC = re.compile("[\u0621-\u064a]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


class _Cp1256Stats:
    """Counts over a Windows-1256 reading, block by block, to judge whether it is Arabic text."""

    def __init__(self) -> None:
        self.visible = self.letters = self.non_ascii = self.arabic = self.control = 0

    def add(self, text: str) -> None:
        self.visible += len(text) - len(_SPACE.findall(text))
        self.letters += len(_LETTER.findall(text))
        self.non_ascii += len(_NON_ASCII_LETTER.findall(text))  # ASCII reads the same in every candidate
        self.arabic += len(_CP1256_ARABIC.findall(text))
        self.control += len(_CONTROL.findall(text))

    def refusal(self, source: str | Path) -> str | None:
        """Why this is not Windows-1256 Arabic text, or ``None`` when it is."""
        if not self.visible or self.letters / self.visible < _MIN_LETTER_SHARE or self.control / self.visible > _MAX_CONTROL_SHARE:
            share = self.letters / self.visible if self.visible else 0.0
            return (
                f"{source}: does not look like text: it is not UTF-8, and read as Windows-1256 only "
                f"{share:.0%} of its characters are letters ({self.control} control characters); "
                "if it is text, convert it to UTF-8 or pass encoding=..."
            )
        if not self.non_ascii or self.arabic / self.non_ascii < 0.5:
            return f"{source}: is neither UTF-8 nor Windows-1256 Arabic text; convert it to UTF-8 or pass encoding=..."
        return None


def _detect(blocks: Callable[[], Iterable[bytes]], source: str | Path) -> str:
    """The encoding of the bytes that ``blocks()`` yields (called at most twice)."""
    chunks = iter(blocks())
    head = next(chunks, b"")
    bom = _bom_encoding(head)
    if bom:
        return bom
    if b"\x00" in head[:8192]:
        guess = _utf16_guess(head[:8192])
        if guess:
            raise CorpusError(_utf16_advice(source, guess))
        raise CorpusError(f"{source}: is not a text file (it contains NUL bytes)")
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(head)
        for block in chunks:
            decoder.decode(block)
        decoder.decode(b"", final=True)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    stats = _Cp1256Stats()
    for block in blocks():
        stats.add(block.decode("cp1256", errors="replace"))
    refusal = stats.refusal(source)
    if refusal:
        guess = _utf16_guess(head[:8192])
        raise CorpusError(_utf16_advice(source, guess) if guess else refusal)
    warnings.warn(f"{source}: not UTF-8; decoded as Windows-1256 (cp1256)", Q7x2Warning, stacklevel=4)
    return "cp1256"


def _is_gzip(path: Path) -> bool:
    return path.suffix.lower() == ".gz"


def _open_binary(path: Path):
    """The file's bytes, decompressed when its name ends in ``.gz``."""
    return gzip.open(path, "rb") if _is_gzip(path) else open(path, "rb")  # noqa: SIM115 - the caller closes it


def _file_blocks(path: Path) -> Iterator[bytes]:
    with _open_binary(path) as handle:
        while block := handle.read(_BLOCK):
            yield block


def detect_encoding(path: str | Path, encoding: str | None = None) -> str:
    """The encoding to read the text file at ``path`` with, checked.

    The one reader of every text input (articles, tables, manifests): a BOM
    (UTF-8/UTF-16), else UTF-8 if the whole file is valid UTF-8, else
    Windows-1256 if it reads as Arabic text (with a warning). The file is read
    in blocks: memory does not grow with it. A file whose name ends in
    ``.gz`` is judged by its decompressed bytes.

    Raises:
        CorpusError: the file is binary, UTF-16 without a BOM (the message
            says which ``encoding=`` to pass), mostly not letters, or in no
            supported encoding.
    """
    path = Path(path)
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise CorpusError(f"{path}: unknown encoding {encoding!r}") from None
        return "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
    try:
        return _detect(lambda: _file_blocks(path), path)
    except (OSError, EOFError) as exc:  # gzip: BadGzipFile (an OSError) or EOFError when cut short
        raise CorpusError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None


def decode_bytes(data: bytes, source: str | Path, encoding: str | None = None) -> str:
    """Decode an article's bytes, naming ``source`` in any error.

    Tries the given ``encoding``; else the detection of :func:`detect_encoding`.

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
    return data.decode(_detect(lambda: [data], source))
