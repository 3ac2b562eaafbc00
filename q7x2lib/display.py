"""Show Arabic tables right to left, in JupyterLab and in HTML reports.

:func:`rtl_table` wraps a DataFrame so that its HTML form carries
``dir="rtl" lang="ar"``, right-aligned cells and bidi isolation, while its
plain-text form (what nbval compares) stays the DataFrame's own. Every value
is HTML-escaped: corpus text is data, never markup.
"""

from __future__ import annotations

import html

import pandas as pd

_STYLE = (
    "<style>.q7x2-rtl table{direction:rtl;border-collapse:collapse;"
    "font-family:'Noto Sans Arabic','IBM Plex Sans Arabic','Segoe UI',Tahoma,sans-serif}"
    ".q7x2-rtl th,.q7x2-rtl td{text-align:right;padding:2px 8px;border-bottom:1px solid #ddd;"
    "unicode-bidi:isolate;vertical-align:top}"
    ".q7x2-rtl td.q7x2-hit{font-weight:bold;background:#fff3c4}</style>"
)


class RTLTable:
    """A DataFrame shown right to left; ``.df`` is the frame itself."""

    def __init__(self, df: pd.DataFrame, *, highlight: str | None = None, max_rows: int = 200) -> None:
        self.df = df
        self.highlight = highlight
        self.max_rows = max_rows

    def __repr__(self) -> str:
        return repr(self.df)

    def _repr_html_(self) -> str:
        shown = self.df.head(self.max_rows)
        head = "".join(f"<th><bdi>{html.escape(str(c))}</bdi></th>" for c in shown.columns)
        body = []
        for row in shown.itertuples(index=False):
            cells = []
            for col, value in zip(shown.columns, row):
                cls = ' class="q7x2-hit"' if col == self.highlight else ""
                text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
                cells.append(f"<td{cls}><bdi>{html.escape(text)}</bdi></td>")
            body.append("<tr>" + "".join(cells) + "</tr>")
        more = f"<p>… {len(self.df) - self.max_rows} more rows</p>" if len(self.df) > self.max_rows else ""
        return (
            f'{_STYLE}<div class="q7x2-rtl" dir="rtl" lang="ar"><table><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>{more}</div>"
        )


def rtl_table(df: pd.DataFrame, *, highlight: str | None = None, max_rows: int = 200) -> RTLTable:
    """Wrap ``df`` for right-to-left display (KWIC lines, statements, titles).

    Args:
        df: Any DataFrame.
        highlight: A column to emphasise (e.g. the KWIC ``mention``).
        max_rows: Rows shown in HTML.

    Examples:
        >>> t = rtl_table(pd.DataFrame({"mention": ["<b>بوتين</b>"]}), highlight="mention")
        >>> 'dir="rtl"' in t._repr_html_(), "<b>" in t._repr_html_()
        (True, False)
    """
    return RTLTable(df, highlight=highlight, max_rows=max_rows)
