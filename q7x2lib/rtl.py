"""Right-to-left Arabic text in matplotlib: one decision, the font, the style.

**The RTL decision.** Arabic is stored in logical order (first letter first)
and must be *shaped* (each letter takes its initial, medial, final or isolated
form so the word joins up) and *ordered* right to left on screen.

* matplotlib >= 3.11 lays text out with libraqm, which shapes and runs the
  Unicode bidi algorithm itself. A logical-order string is drawn correctly as
  it is, and the classic recipe ``get_display(reshape(s))`` draws it
  **reversed** (raqm reorders the already-reordered text a second time).
* matplotlib < 3.11 places glyphs one by one, left to right, with no shaping:
  raw Arabic comes out as isolated letters in the wrong order, so the text
  must be reshaped to Arabic Presentation Forms (``arabic_reshaper``) and put
  in visual order (``python-bidi``) before it is drawn.

:data:`NEEDS_PRESHAPING` is computed once, here, from matplotlib's version and
the presence of libraqm; :func:`rtl` is the only function that acts on it, and
every chart in :mod:`q7x2lib.plots` passes each string it draws through
:func:`rtl`. Tests force the other branch with ``rtl(..., preshape=True)`` or
the :func:`preshaping` context manager.

**The font.** Importing this module registers Noto Sans Arabic from the
``fontpkg_noto_sans_arabic`` package with matplotlib's font manager and sets
``font.family`` to ``["Noto Sans Arabic", "DejaVu Sans"]``: Noto draws Arabic,
digits and basic Latin; DejaVu Sans (bundled with matplotlib) is the fallback
for anything else. The package ships a *variable* font; matplotlib uses its
default instance (Regular, weight 400) and cannot select the other named
instances, so there is no bold Arabic: the style keeps titles at normal weight.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as _dt
import math
import numbers
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import arabic_reshaper
import fontpkg_noto_sans_arabic
import matplotlib
import matplotlib.pyplot as plt
from bidi import get_display
from matplotlib import font_manager, ft2font

__all__ = [
    "FONT_FAMILY",
    "NEEDS_PRESHAPING",
    "LRI",
    "LRM",
    "PDI",
    "RLM",
    "STYLE_PATH",
    "arabic_font_path",
    "preshaping",
    "register_font",
    "rtl",
    "use_style",
]

#: Font family list: Arabic first, then a Latin fallback bundled with matplotlib.
FONT_FAMILY: list[str] = [fontpkg_noto_sans_arabic.FAMILY, "DejaVu Sans"]

#: The package's matplotlib style file (applied by :func:`use_style`).
STYLE_PATH: Path = Path(__file__).with_name("q7x2.mplstyle")


def _needs_preshaping() -> bool:
    """True when matplotlib cannot shape and bidi-order text by itself."""
    has_raqm = getattr(ft2font, "__libraqm_version__", None) is not None
    return not (has_raqm and tuple(matplotlib.__version_info__[:2]) >= (3, 11))


#: Whether strings must be reshaped and reordered before matplotlib draws them.
#: False on matplotlib >= 3.11 (libraqm shapes and orders), True below it.
NEEDS_PRESHAPING: bool = _needs_preshaping()

_FORCED: contextvars.ContextVar[bool | None] = contextvars.ContextVar("q7x2_preshape", default=None)


@contextlib.contextmanager
def preshaping(enabled: bool) -> Iterator[None]:
    """Force :func:`rtl` (and so every chart) to pre-shape, or not, inside a block.

    For tests of the branch the installed matplotlib does not take.

    Examples:
        >>> with preshaping(True):
        ...     "\\ufe91" in rtl("بوتين")  # initial-form beh, a presentation form
        True
        >>> rtl("بوتين") == "بوتين"  # back to the installed matplotlib's branch
        True
    """
    token = _FORCED.set(bool(enabled))
    try:
        yield
    finally:
        _FORCED.reset(token)


def _as_text(value: object) -> str:
    """A label for any cell value: NaN/None/NaT -> "", 3.0 -> "3", dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    try:
        if value != value:  # NaN, NaT
            return ""
    except TypeError:  # pd.NA has no truth value
        return ""
    except ValueError:  # an array: no single truth value either
        return str(value)
    if isinstance(value, numbers.Real) and not isinstance(value, (bool, numbers.Integral)):
        value = float(value)
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return f"{value:g}"
    if isinstance(value, _dt.datetime):
        return value.date().isoformat() if value.time() == _dt.time() else value.isoformat(" ")
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


def rtl(text: object, *, preshape: bool | None = None) -> str:
    """The string to hand matplotlib so that ``text`` displays right to left.

    ``text`` is in logical order, as stored. With matplotlib >= 3.11 it is
    returned unchanged (matplotlib shapes and orders it); below 3.11 each line
    is reshaped into Arabic Presentation Forms and put in visual order, with
    digits and Latin words kept in their own left-to-right order. Either way
    a line with Arabic in it is laid out right to left even when it starts
    with a Latin letter ("000_2f7a: الكرملين", "RT عربي"): it gets a leading
    RIGHT-TO-LEFT MARK (:data:`RLM`), and ids of Latin letters and digits
    within it are held left to right between LRMs (:func:`_marked`); the
    pre-shaped branch drops the marks once the line is in visual order. A
    line of no Arabic is left as it is.

    Args:
        text: The label. Non-strings are converted: None/NaN/NaT become "",
            whole floats lose their ``.0``, dates are ISO formatted.
        preshape: Force the branch (True: reshape + reorder, False: unchanged).
            None (default) uses :func:`preshaping` if active, else
            :data:`NEEDS_PRESHAPING`.

    Returns:
        The display string.

    Examples:
        >>> rtl("بوتين") == "بوتين"  # unchanged on matplotlib 3.11
        True
        >>> rtl("قمة 2021", preshape=True) == "2021 \\ufe94\\ufee4\\ufed7"
        True
        >>> rtl(float("nan")), rtl(2021.0), rtl(3)
        ('', '2021', '3')
        >>> rtl("RT عربي") == RLM + "RT عربي", rtl("doc-2")
        (True, 'doc-2')
    """
    s = _as_text(text)
    if preshape is None:
        forced = _FORCED.get()
        preshape = NEEDS_PRESHAPING if forced is None else forced
    if not s:
        return s
    lines = [_marked(line) for line in s.split("\n")]
    if not preshape:
        return "\n".join(lines)
    # python-bidi treats the string as one paragraph and mangles newlines; the marks have done their work once the
    # line is in visual order, and matplotlib < 3.11 would draw them as glyphs
    return "\n".join(_unmarked(get_display(arabic_reshaper.reshape(line))) for line in lines)


def _unmarked(line: str) -> str:
    for mark in _MARKS:
        line = line.replace(mark, "")
    return line


#: RIGHT-TO-LEFT MARK and LEFT-TO-RIGHT MARK: invisible strong characters of each direction.
RLM, LRM = "\u200f", "\u200e"
#: LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE: what they enclose is laid out left to right, as one block.
LRI, PDI = "\u2066", "\u2069"
#: The bidi controls rtl() adds, which the pre-shaped branch drops once a line is in visual order.
_MARKS = (RLM, LRM, LRI, PDI)

#: A web address: a scheme (https://) or www., or a domain with a path (sabq.org/...), up to a space, without the
#: sentence's closing punctuation.
_URL = re.compile(
    r"(?:[A-Za-z][A-Za-z0-9+.\-]*://|www\.|[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}/)\S*?"
    r"(?=[.,،؛;:!?؟…)\]»”\"']*(?:\s|$))"
)

#: A Latin token of letters and digits, such as an article id (000_2f7a25327503f7a2).
_LATIN_TOKEN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-/]*")


def _marked(line: str) -> str:
    """``line`` with bidi marks, so that a line with Arabic in it reads right to left whatever its first letter.

    Ids mixing Latin letters and digits are held together left to right (between LRMs: "000_2f7a" drew as
    "2f7a_000" in a right-to-left line), a web address is isolated left to right (between LRI and PDI: the bidi
    algorithm moved an Arabic part of its path, ``wiki/الرياض``, and what followed it to its left), and the line
    gets a leading RLM when it would start left to right. A line of no Arabic is returned as it is.

    Examples:
        >>> _marked("004: RT الكرملين") == RLM + "004: RT الكرملين"
        True
        >>> _marked("000_2f7a: الكرملين") == RLM + LRM + "000_2f7a" + LRM + ": الكرملين"
        True
        >>> _marked("004: الكرملين") == "004: الكرملين", _marked("doc-2")
        (True, 'doc-2')
        >>> _marked("المصدر: https://ar.wikipedia.org/wiki/الرياض.") == "المصدر: " + LRI + "https://ar.wikipedia.org/wiki/الرياض" + PDI + "."
        True
    """
    if not any(unicodedata.bidirectional(c) in ("R", "AL") for c in line):
        return line
    pieces = _URL.split(line)  # (a capture-free split: the addresses are found again below)
    urls = _URL.findall(line)
    line = "".join(
        _LATIN_TOKEN.sub(
            lambda m: LRM + m[0] + LRM if re.search(r"[A-Za-z]", m[0]) and re.search(r"[0-9_]", m[0]) else m[0], piece
        ) + (LRI + urls[k] + PDI if k < len(urls) else "")
        for k, piece in enumerate(pieces)
    )
    return RLM + line if _needs_rlm(line) else line


def _needs_rlm(line: str) -> bool:
    """Whether a line holds Arabic but would be laid out left to right: its first strong character is Latin.

    The bidi algorithm takes a line's direction from its first letter of a strong direction: "004: الكرملين"
    is right to left (the number on the right, read first), but "000_2f7a: الكرملين" or "004: RT عربي" start
    with a Latin letter and were drawn left to right, the number on the left. A leading RLM makes every line
    with Arabic in it right to left, as the tables' ``dir="rtl"`` does.

    Examples:
        >>> _needs_rlm("004: RT الكرملين"), _needs_rlm("004: الكرملين"), _needs_rlm("doc-2")
        (True, False, False)
    """
    first = next((c for c in line if unicodedata.bidirectional(c) in ("L", "R", "AL")), None)
    return first is not None and unicodedata.bidirectional(first) == "L" and any(
        unicodedata.bidirectional(c) in ("R", "AL") for c in line
    )


def arabic_font_path() -> Path:
    """Path of the Noto Sans Arabic font file shipped by ``fontpkg_noto_sans_arabic``.

    Examples:
        >>> arabic_font_path().suffix
        '.ttf'
    """
    files = sorted((Path(fontpkg_noto_sans_arabic.ROOT) / "files").glob("NotoSansArabic*.ttf"))
    if not files:
        raise FileNotFoundError("fontpkg_noto_sans_arabic ships no NotoSansArabic*.ttf")
    return files[0]


def register_font() -> str:
    """Register Noto Sans Arabic with matplotlib (once) and return its family name.

    Examples:
        >>> register_font()
        'Noto Sans Arabic'
    """
    path = arabic_font_path()
    manager = font_manager.fontManager
    resolved = path.resolve()
    ours = [f for f in manager.ttflist if Path(f.fname).resolve() == resolved]
    if not ours:
        manager.addfont(path)
        ours = manager.ttflist[-1:]
    # a system's own Noto Sans Arabic (fonts-noto-core) has the same family name and, listed first, would be drawn
    # instead: the charts and their baseline images would then depend on the machine. The bundled font goes first.
    if manager.ttflist[: len(ours)] != ours:
        manager.ttflist = ours + [f for f in manager.ttflist if f not in ours]
        manager._findfont_cached.cache_clear()
    return fontpkg_noto_sans_arabic.FAMILY


def use_style() -> None:
    """Apply the q7x2lib chart style (Arabic font, sizes, grid); call once per notebook.

    Examples:
        >>> use_style()
        >>> import matplotlib
        >>> matplotlib.rcParams["font.family"][:2]
        ['Noto Sans Arabic', 'DejaVu Sans']
    """
    register_font()
    plt.style.use(STYLE_PATH)
    matplotlib.rcParams["font.family"] = list(FONT_FAMILY)


def ensure_arabic_font() -> None:
    """Register the Arabic font and put it first in the font family, if it is not yet.

    Called by every plotting function when it draws, never on import: importing
    q7x2lib changes no global setting.
    """
    register_font()
    family = matplotlib.rcParams["font.family"]
    if list(family[: len(FONT_FAMILY)]) != FONT_FAMILY:
        matplotlib.rcParams["font.family"] = list(FONT_FAMILY)
