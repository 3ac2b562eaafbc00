"""Charts for Arabic news analysis that read right to left.

Every string a chart draws (title, axis labels, tick labels, legend entries,
annotations) goes through :func:`rtl`, re-exported from :mod:`q7x2lib.rtl`.
That is the single place that decides how Arabic reaches matplotlib: on
matplotlib >= 3.11 (pinned here) the text is passed unchanged because
matplotlib shapes it and orders it right to left itself (libraqm), and the
old recipe ``get_display(arabic_reshaper.reshape(s))`` would draw it
*reversed*; below 3.11 :func:`rtl` applies that recipe, which is then
required. Importing this module registers the Noto Sans Arabic font;
:func:`use_style` also applies the package's style.

Right-to-left layout choices: horizontal bars list the first (largest)
label at the top, named on the right, and grow from the right; vertical
category axes of Arabic labels put the first category on the right and
their value axis beside it (``rtl_order=True``, set False for
left-to-right; grouped bars then have their legend on the left), and so do heat maps,
whose rows are named on the right and whose colour bar stands on the left
beside the cells; titles sit on the right. Time runs left to right on
timelines, the usual convention for date axes, and their months are named
in Arabic as the corpus's outlets write them (يناير، فبراير ...).

Examples:
    >>> import pandas as pd
    >>> df = pd.DataFrame({"actor": ["بوتين", "بايدن"], "n": [5, 3]})
    >>> ax = plot_counts(df, "actor", "n", title="الإشارات")
    >>> top = max(ax.get_yticklabels(), key=lambda label: label.get_position()[1])
    >>> top.get_text() == rtl("بوتين")
    True
    >>> import matplotlib.pyplot as plt; plt.close("all")
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.transforms import Bbox

from .lexicons import month_names
from .rtl import FONT_FAMILY, NEEDS_PRESHAPING, ensure_arabic_font, preshaping, register_font, rtl, use_style

__all__ = [
    "ARABIC_MONTHS",
    "FONT_FAMILY",
    "NEEDS_PRESHAPING",
    "ArabicDateFormatter",
    "arabic_date",
    "plot_counts",
    "plot_grouped",
    "plot_heatmap",
    "plot_network",
    "plot_timeline",
    "preshaping",
    "register_font",
    "rtl",
    "use_style",
]


#: The widest figure a chart makes, in inches: about the width of a notebook or report page at the style's
#: 100 dpi. A wider one is shrunk to the page, and its labels with it (notebook 20's twelve actors by three
#: kinds of mention drew 20 inches wide, its labels a third of their size).
MAX_WIDTH = 9.5

#: Colour maps that diverge from a neutral middle (cooperation and conflict, over- and under-use): drawn with
#: the middle colour at the heat map's ``center`` (0), so a cell of 0 is white and a red cell is below it.
DIVERGING_CMAPS = frozenset(
    name + suffix
    for name in ("RdBu", "RdYlBu", "RdYlGn", "RdGy", "PiYG", "PRGn", "BrBG", "PuOr", "Spectral", "coolwarm", "bwr", "seismic")
    for suffix in ("", "_r")
)

#: Colours of the bars of a group, in order: the style's eight, then twenty distinct ones when a chart has
#: more groups (notebook 20's thirteen outlets repeated a colour after the eighth: 3alyoum and alyaum alike).
_MANY_COLOURS = 8


def _group_colours(n: int) -> list:
    """``n`` distinct bar colours: the style's cycle up to eight, matplotlib's ``tab20`` up to twenty."""
    if n <= _MANY_COLOURS:
        return [f"C{j}" for j in range(n)]
    colours = list(plt.get_cmap("tab20").colors)
    return [colours[j % len(colours)] for j in range(n)]


def _slanted(index: pd.Index) -> bool:
    """Whether a bar chart's category labels are slanted: more than eight, or one longer than twelve characters."""
    return len(index) > 8 or max((len(str(c)) for c in index), default=0) > 12


def _category_ticks(ax: Axes, positions: np.ndarray, index: pd.Index) -> None:
    """Label the bars at ``positions`` with ``index``, slanted where :func:`_slanted` says so."""
    slanted = _slanted(index)
    ax.set_xticks(positions, _labels(index), rotation=35 if slanted else 0, ha="right" if slanted else "center",
                  rotation_mode="anchor")


#: How a name on the y axis stands beside its bar or row: centred on its box. Matplotlib's "center_baseline" set
#: Arabic names 5-7 px (at 100 dpi) below the middle of their bars, the line's room for descenders being deep.
_NAME_VA = "center"


def _y_axis_right(ax: Axes) -> None:
    """Put a chart's y axis (ticks, numbers or names, label, spine) on the right.

    Right to left a vertical bar chart's first category stands on the right, where the reader starts, and the
    numbers that measure it stood on the left, past the last one; a horizontal bar chart's Arabic names stand on
    the right, beside the bars that grow from them.
    """
    ax.yaxis.tick_right()
    ax.yaxis.set_label_position("right")
    ax.spines["left"].set_visible(False)
    ax.spines["right"].set_visible(True)


#: A tick this near an end of the value axis (a share of its span) and not on it: the end is moved onto the tick.
_NEAR_EDGE = 0.02


def _ends_on_near_ticks(ax: Axes, which: str) -> None:
    """Move an end of the value axis onto a tick that stands just inside it, where no bar or bar end reaches.

    The margins put an end wherever the data and the margin left it: a tick 0.3 % of the span inside it drew its
    gridline 2-3 px from the axis line (above the x axis under negative bars), a second line beside the first, or a
    line hugging the open side of the chart. An end that the bars reach, or that no tick is near, stays.
    """
    axis, get, put = (ax.xaxis, ax.get_xlim, ax.set_xlim) if which == "x" else (ax.yaxis, ax.get_ylim, ax.set_ylim)
    first, last = get()
    lo, hi = sorted((first, last))
    span = hi - lo
    data = ax.dataLim.intervalx if which == "x" else ax.dataLim.intervaly
    if not (span > 0 and np.all(np.isfinite(data))):
        return
    ticks = [t for t in axis.get_majorticklocs() if lo < t < hi]
    new_lo = min((t for t in ticks if t - lo < _NEAR_EDGE * span and t <= min(data)), default=lo)
    new_hi = max((t for t in ticks if hi - t < _NEAR_EDGE * span and t >= max(data)), default=hi)
    if (new_lo, new_hi) != (lo, hi):
        put((new_lo, new_hi) if first <= last else (new_hi, new_lo))  # an inverted axis stays inverted


def _axes(ax: Axes | None, figsize: tuple[float, float]) -> Axes:
    """The caller's Axes, or a new figure's; the Arabic font in place either way."""
    ensure_arabic_font()
    if ax is not None:
        return ax
    _, new_ax = plt.subplots(figsize=figsize)
    return new_ax


def _labels(values: Iterable[object]) -> list[str]:
    return [rtl(v) for v in values]


def _value_labels(values: np.ndarray) -> list[str]:
    """The numbers written on bars, all with one number of decimals: the fewest (at most two) that write each exactly.

    Notebook 10's key words wrote 13.4 beside 3 (3.0 lost its decimal), as if one count were whole and one not.

    Examples:
        >>> _value_labels(np.array([13.4, 3.0, 1.7])), _value_labels(np.array([5.0, 2.0])), _value_labels(np.array([0.125, 1.0]))
        (['13.4', '3.0', '1.7'], ['5', '2'], ['0.12', '1.00'])
    """
    finite = values[np.isfinite(values)]
    decimals = next((d for d in range(3) if np.allclose(finite * 10**d, np.round(finite * 10**d), rtol=0, atol=1e-9)), 2)
    return [rtl(format(v, f".{decimals}f")) if np.isfinite(v) else "" for v in values]


def plot_counts(
    df: pd.DataFrame,
    label_col: Hashable,
    value_col: Hashable,
    *,
    title: str | None = None,
    xlabel: str | None = None,
    ax: Axes | None = None,
    sort: bool = True,
    horizontal: bool = True,
    rtl_order: bool = True,
) -> Axes:
    """Bar chart of a count per label (e.g. mentions per actor), values written on the bars.

    Rows sharing a label are summed; rows with no label are dropped.

    Args:
        df: The data.
        label_col: Column with the bar labels (Arabic or English).
        value_col: Column with the counts.
        title: Chart title.
        xlabel: Label of the x axis; by default ``value_col`` for horizontal
            bars and none for vertical ones (whose y axis is ``value_col``).
        ax: Axes to draw on; a new figure if None.
        sort: Largest first (stable); else in order of first appearance.
        horizontal: Horizontal bars, first label at the top (the readable default).
        rtl_order: Right to left: horizontal bars are named on the right and
            grow leftwards from there; vertical bars put the first label on
            the right and their value axis beside it. False gives the left-to-right layout (pass it for
            dates on vertical bars, which run left to right).

    Returns:
        The Axes.

    Examples:
        >>> import pandas as pd
        >>> ax = plot_counts(pd.DataFrame({"a": ["بوتين", "بايدن"], "n": [2, 5]}), "a", "n")
        >>> type(ax).__name__, [t.get_text() for t in ax.texts]
        ('Axes', ['5', '2'])
        >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    data = df.groupby(label_col, sort=False)[value_col].sum()
    if sort:
        data = data.sort_values(ascending=False, kind="stable")
    values = data.to_numpy(dtype=float)
    n = len(values)
    if horizontal:
        ax = _axes(ax, (6.4, max(2.0, 0.45 * n + 1.2)))
        pos = np.arange(n)[::-1]  # first label at the top
        bars = ax.barh(pos, values, color="C0")
        ax.set_yticks(pos, _labels(data.index), va=_NAME_VA)
        if rtl_order:
            # the bars grow from the right, where their Arabic names stand (they grew left to right from names on
            # the left, as in an English chart); bar_label follows the inverted axis
            ax.invert_xaxis()
            _y_axis_right(ax)
        ax.set_xlabel(rtl(value_col if xlabel is None else xlabel))
        ax.tick_params(axis="y", length=0)
        ax.grid(axis="x")
        ax.margins(x=0.12)
    else:
        ax = _axes(ax, (min(MAX_WIDTH, max(4.0, 0.7 * n + 1.5)), 4.0))
        pos = np.arange(n)[::-1] if rtl_order else np.arange(n)
        bars = ax.bar(pos, values, color="C0")
        # labels wider than their bar are slanted, as in plot_grouped (notebook 00's 21 days, 2015-07-21 ..., ran
        # into each other flat)
        _category_ticks(ax, pos, data.index)
        ax.set_ylabel(rtl(value_col))
        if rtl_order:
            _y_axis_right(ax)
        if xlabel is not None:
            ax.set_xlabel(rtl(xlabel))
        ax.tick_params(axis="x", length=0)
        ax.grid(axis="y")
        ax.margins(y=0.12)
    ax.bar_label(bars, labels=_value_labels(values), padding=3, fontsize="small")
    _ends_on_near_ticks(ax, "x" if horizontal else "y")
    if title is not None:
        ax.set_title(rtl(title))
    return ax


def plot_grouped(
    df: pd.DataFrame,
    category_col: Hashable,
    group_col: Hashable,
    value_col: Hashable,
    *,
    title: str | None = None,
    ax: Axes | None = None,
    rtl_order: bool = True,
) -> Axes:
    """Grouped vertical bars: one cluster per category, one bar per group.

    E.g. mentions (``value_col``) per actor (``category_col``) per outlet
    (``group_col``). Values of repeated (category, group) pairs are summed;
    missing pairs are 0. Categories and groups keep their order of first
    appearance.

    Args:
        df: The data, one row per (category, group) in long form.
        category_col: Column naming the clusters on the x axis.
        group_col: Column naming the bars within a cluster (the legend).
        value_col: Column with the bar heights.
        title: Chart title.
        ax: Axes to draw on; a new figure if None.
        rtl_order: Right-to-left reading order, the default for Arabic
            categories: the first category is the rightmost cluster, the
            first group the rightmost bar of each cluster, the value axis
            on the right beside the first cluster, and the legend on the
            left, its swatches right of their labels. False gives the
            left-to-right layout.

    Returns:
        The Axes.

    Examples:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"actor": ["بوتين", "بوتين", "بايدن"],
        ...                    "outlet": ["RT", "BBC", "RT"], "n": [3, 1, 2]})
        >>> ax = plot_grouped(df, "actor", "outlet", "n")
        >>> ax.get_xticks().tolist(), ax.get_xticklabels()[0].get_text() == rtl("بوتين")
        ([1.0, 0.0], True)
        >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    table = df.pivot_table(
        index=category_col, columns=group_col, values=value_col, aggfunc="sum", fill_value=0, sort=False
    )
    n_cat, n_grp = table.shape
    longest = max((len(str(c)) for c in table.index), default=0)
    # slanted labels take height from the bars: the figure grows with them (notebook 30's twelve headlines of
    # 50 letters left the bars a strip 90 pixels high)
    height = 4.0 + (min(3.0, 0.04 * longest) if _slanted(table.index) else 0.0)
    ax = _axes(ax, (min(MAX_WIDTH, max(4.5, 0.5 * n_cat * max(n_grp, 1) + 2.0)), height))
    order = -1 if rtl_order else 1
    centres = np.arange(n_cat)[::order].astype(float)
    width = 0.8 / max(n_grp, 1)
    for j, (group, colour) in enumerate(zip(table.columns, _group_colours(n_grp))):
        offset = order * (j - (n_grp - 1) / 2) * width
        ax.bar(centres + offset, table[group].to_numpy(dtype=float), width, label=rtl(group), color=colour)
    _category_ticks(ax, centres, table.index)
    ax.tick_params(axis="x", length=0)
    ax.set_ylabel(rtl(value_col))
    if rtl_order:
        _y_axis_right(ax)
    ax.grid(axis="y")
    _ends_on_near_ticks(ax, "y")
    if n_grp:
        ax.legend(  # beside the axes: inside them it hides a bar whenever every corner holds a tall one
            title=rtl(group_col),
            markerfirst=not rtl_order,
            alignment="right" if rtl_order else "left",
            # right to left it stands on the left, past the last cluster, the value axis being on the right
            loc="upper right" if rtl_order else "upper left",
            bbox_to_anchor=(-0.01, 1.0) if rtl_order else (1.01, 1.0),
        )
    if title is not None:
        ax.set_title(rtl(title))
    return ax


def plot_heatmap(
    matrix_df: pd.DataFrame,
    *,
    title: str | None = None,
    ax: Axes | None = None,
    annotate: bool = True,
    fmt: str = ".2f",
    cmap: str = "viridis",
    center: float | None = None,
    rtl_order: bool = True,
    cbar_label: str | None = None,
) -> Axes:
    """Heat map of a (similarity) matrix, labelled by its index and columns.

    Laid out right to left by default, as the bar charts and the tables are:
    the first column on the right, the row labels on the right beside it and
    the colour bar on the left (``rtl_order=False`` gives the left-to-right
    layout).

    With a diverging colour map (:data:`DIVERGING_CMAPS`, e.g. ``RdBu`` for
    Goldstein weights or polarities) the colour scale is centred on 0: its
    middle colour is 0 and its ends are as far below as above, so a negative
    cell is never drawn in the colour of a positive one.

    Args:
        matrix_df: Square (or rectangular) numeric DataFrame; its index and
            columns (doc ids or Arabic titles) label the rows and columns.
        title: Chart title.
        ax: Axes to draw on; a new figure if None.
        annotate: Write each value in its cell (empty for NaN).
        fmt: Format spec of the cell values.
        cmap: Matplotlib colormap name.
        center: The value drawn in the colour map's middle colour; by default
            0 for a diverging map, none (the data's range) for another.
        rtl_order: Right-to-left reading order, the default for Arabic
            labels: the first column on the right, row labels on the right,
            the colour bar on the left. False: first column on the left.
        cbar_label: What the colours measure, written along the colour bar
            (its unit: عدد الإشارات، متوسط القطبية).

    Returns:
        The Axes (a colour bar is added beside it).

    Examples:
        >>> import pandas as pd
        >>> m = pd.DataFrame([[1.0, 0.25], [0.25, 1.0]], index=["أ", "ب"], columns=["أ", "ب"])
        >>> [t.get_text() for t in plot_heatmap(m).texts]
        ['1.00', '0.25', '0.25', '1.00']
        >>> plot_heatmap(pd.DataFrame([[-9.0, 1.0]]), cmap="RdBu").images[0].get_clim()
        (-9.0, 9.0)
        >>> ax = plot_heatmap(m)
        >>> [t.get_text() for t in sorted(ax.get_xticklabels(), key=lambda t: -ax.transData.transform(t.get_position())[0])]
        ['أ', 'ب']
        >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    values = matrix_df.to_numpy(dtype=float)
    n_rows, n_cols = values.shape
    side = min(9.0, max(3.5, 0.55 * max(n_rows, n_cols) + 2.5))
    # a grid wider than tall gets a figure as low as the grid, so the colour bar beside it is no taller than the
    # cells (notebook 30's two rows by five drew a bar twice their height, above the title)
    height = side if n_rows >= n_cols else max(2.5, side * n_rows / max(n_cols, 1) + 1.0)
    ax = _axes(ax, (side + 1.0, height))
    if center is None and cmap in DIVERGING_CMAPS:
        center = 0.0
    limits = {}
    finite = values[np.isfinite(values)]
    if center is not None and finite.size:
        reach = float(np.max(np.abs(finite - center))) or 1.0
        limits = {"vmin": center - reach, "vmax": center + reach}
    image = ax.imshow(values, cmap=cmap, aspect="equal", interpolation="nearest", **limits)
    ax.set_xticks(np.arange(n_cols), _labels(matrix_df.columns), rotation=45, ha="right", rotation_mode="anchor")
    ax.set_yticks(np.arange(n_rows), _labels(matrix_df.index), va=_NAME_VA)
    if rtl_order:
        # mirrored, as plot_grouped's clusters and the right-to-left tables are: the first column on the right, the
        # rows named on the right where an Arabic reader starts (the articles ran 000 to 004 left to right here
        # and right to left in the bar chart below them)
        ax.invert_xaxis()
        ax.yaxis.tick_right()
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    # the grid keeps its cells square: it stands against the colour bar, not at the far side of its box
    ax.set_anchor("W" if rtl_order else "E")
    bar = ax.figure.colorbar(image, cax=_colour_bar_axes(ax, left=rtl_order))
    if rtl_order:  # its numbers and label face away from the cells
        bar.ax.yaxis.set_ticks_position("left")
        bar.ax.yaxis.set_label_position("left")
    if cbar_label is not None:
        bar.set_label(rtl(cbar_label))
    if annotate:
        size = "small" if max(n_rows, n_cols) <= 8 else "x-small"
        for (i, j), value in np.ndenumerate(values):
            if not np.isfinite(value):
                continue
            r, g, b, _ = image.cmap(image.norm(value))
            colour = "white" if 0.299 * r + 0.587 * g + 0.114 * b < 0.5 else "black"
            ax.text(j, i, rtl(format(value, fmt)), ha="center", va="center", color=colour, fontsize=size)
    if title is not None:
        ax.set_title(rtl(title))
    return ax


#: The months as the corpus's (Saudi) outlets name them most often: يناير، فبراير ... (the names of kind ``shown`` in
#: ``data/lexicons/months.csv``, the one table of month names).
ARABIC_MONTHS = month_names(("shown",), written=True)

_MONTH = "\x01%m\x01"  # a month number between markers, named in Arabic after strftime


class ArabicDateFormatter(mdates.ConciseDateFormatter):
    """matplotlib's concise date labels with the months named in Arabic: 15، مارس، 2021, and أبريل 2021 under the axis.

    The timelines read Feb, Mar and 2021-Apr under Arabic labels (strftime's ``%b`` is English in any locale
    the report runs in). Ticks across a year change name the year on the first tick and where it changes
    (ديسمبر 2021 ... يناير 2022), and leave the offset under the axis empty.

    Examples:
        >>> ArabicDateFormatter(mdates.AutoDateLocator()).format_ticks([mdates.date2num(pd.Timestamp(d)) for d in
        ...     ("2021-03-01", "2021-03-15", "2021-04-01")])
        ['مارس', '15', 'أبريل']
        >>> ArabicDateFormatter(mdates.AutoDateLocator()).format_ticks([mdates.date2num(pd.Timestamp(d)) for d in
        ...     ("2021-11-01", "2021-12-01", "2022-01-01", "2022-02-01")])
        ['نوفمبر 2021', 'ديسمبر', 'يناير 2022', 'فبراير']
    """

    def __init__(self, locator: mdates.DateLocator, **kwargs: object) -> None:
        super().__init__(
            locator,
            formats=["%Y", _MONTH, "%d", "%H:%M", "%H:%M", "%S.%f"],
            zero_formats=["", "%Y", _MONTH, f"%d {_MONTH}", "%H:%M", "%H:%M"],
            offset_formats=["", "%Y", f"{_MONTH} %Y", f"%d {_MONTH} %Y", f"%d {_MONTH} %Y", f"%d {_MONTH} %Y %H:%M"],
            **kwargs,
        )
        # the labels are made at draw time: shaped as rtl() would shape them where the chart was built
        self._preshape = rtl("\u0628") != "\u0628"

    def _arabic(self, text: str) -> str:
        parts = text.split("\x01")  # odd parts are month numbers
        return rtl("".join(ARABIC_MONTHS[int(p) - 1] if k % 2 else p for k, p in enumerate(parts)), preshape=self._preshape)

    def format_ticks(self, values: Iterable[float]) -> list[str]:
        values = list(values)
        labels = [self._arabic(label) for label in super().format_ticks(values)]
        when = [mdates.num2date(value, tz=self._tz) for value in values]
        self._years_on_ticks = False
        if len({w.year for w in when}) < 2:
            return self._within_one_year(labels, when)
        # ticks across a year change: the first tick and the first of each new year name their year (matplotlib named
        # it at January only, so December 2021 read as December of the offset's 2022, or of no year); the offset,
        # which names only the last tick's month and year, is dropped
        self._years_on_ticks = True
        midnight = all((w.hour, w.minute, w.second, w.microsecond) == (0, 0, 0, 0) for w in when)
        for k, w in enumerate(when):
            if k and w.year == when[k - 1].year:
                continue
            if midnight and all((v.month, v.day) == (1, 1) for v in when):
                continue  # yearly ticks: each is its year already
            text = arabic_date(w, day=not (midnight and w.day == 1))
            labels[k] = rtl(text if midnight else f"{text} {w:%H:%M}", preshape=self._preshape)
        return labels

    def _within_one_year(self, labels: list[str], when: list) -> list[str]:
        """Ticks of one year: the offset under the axis names only what every tick shares, the first tick the rest.

        matplotlib's offset names the last tick's month (or day) whenever the ticks are days (or hours): data from
        the 20th of February to the end of March read «أبريل 2021» under the axis, from a tick at the 1st of April
        that the margin added, and the first ticks (22) read as days of April. When the ticks span several months
        the offset is the year, and a first tick that is not the first of its month names its month (22 فبراير);
        across days, a first tick that is not midnight names its day (1 فبراير 03:00).
        """
        if len(when) < 2 or not self._offset_string:
            return labels
        parts = [(w.year, w.month, w.day, w.hour, w.minute) for w in when]
        shared = next((k for k in range(5) if len({p[k] for p in parts}) > 1), 5)  # leading parts all ticks share
        differs = [k for k in range(6) if len({(*p, w.second)[k] for p, w in zip(parts, when)}) > 1]
        level = differs[-1] if differs else 5  # the part the ticks count, as matplotlib finds it
        if shared >= level or shared < 1:
            return labels
        self._offset_string = when[0].strftime(self.offset_formats[shared])
        first = when[0]
        if level == 2 and first.day != 1:
            labels[0] = rtl(arabic_date(first, year=False), preshape=self._preshape)
        elif level >= 3 and shared < 3 and (first.hour, first.minute) != (0, 0):
            labels[0] = rtl(f"{arabic_date(first, year=False)} {first:%H:%M}", preshape=self._preshape)
        return labels

    def get_offset(self) -> str:
        if getattr(self, "_years_on_ticks", False):
            return ""  # the ticks name their years (format_ticks)
        return self._arabic(super().get_offset())


def arabic_date(when: object, *, day: bool = True, year: bool = True) -> str:
    """A date as an Arabic news text writes it: 21 يوليو 2015, or يوليو 2015 with ``day=False``.

    For category labels of dates (notebook 00's articles per day wrote 2015-07-21 under an Arabic title).

    Examples:
        >>> arabic_date("2015-07-21"), arabic_date("2015-07-21", year=False), arabic_date("2015-08", day=False)
        ('21 يوليو 2015', '21 يوليو', 'أغسطس 2015')
    """
    stamp = pd.Timestamp(when)
    parts = ([str(stamp.day)] if day else []) + [ARABIC_MONTHS[stamp.month - 1]] + ([str(stamp.year)] if year else [])
    return " ".join(parts)


#: The colour bar of a heat map: its width and its distance from the cells, in inches, and its height as a share of
#: the cells' height.
_BAR_WIDTH, _BAR_PAD, _BAR_SHARE = 0.16, 0.12, 0.8


def _colour_bar_axes(ax: Axes, *, left: bool) -> Axes:
    """An axes for ``ax``'s colour bar that stands beside its cells, at a fixed distance, on the left or the right.

    ``colorbar(ax=...)`` puts the bar beside the whole box of the axes, tick labels included: long column names
    slanted towards it (notebook 30's speakers by article) pushed it two inches from the cells. This one is placed
    from the cells' drawn box (after their square aspect) at every draw; a child of ``ax``, so the layout keeps
    room for it.
    """
    cax = ax.inset_axes([0.0, 0.0, 1.0, 1.0])

    def locate(_cax: Axes, _renderer: object) -> Bbox:
        ax.apply_aspect()
        cells = ax.get_position(original=False)
        # inches to figure fractions through the figure's transforms, not its size: a save with bbox_inches="tight"
        # (the notebooks' inline figures, the style's savefig.bbox) shrinks the size to the cropped box but keeps the
        # fractions of the whole figure, and the bar came out twice as wide and as far, its label cut off the page
        to_figure = ax.figure.dpi_scale_trans + ax.figure.transFigure.inverted()
        (width, _), (pad, _) = to_figure.transform([(_BAR_WIDTH, 0.0), (_BAR_PAD, 0.0)]) - to_figure.transform((0.0, 0.0))
        x0 = cells.x0 - pad - width if left else cells.x1 + pad
        return Bbox.from_bounds(x0, cells.y0 + cells.height * (1 - _BAR_SHARE) / 2, width, cells.height * _BAR_SHARE)

    cax.set_axes_locator(locate)
    return cax


def plot_timeline(
    df: pd.DataFrame,
    date_col: Hashable,
    label_col: Hashable,
    *,
    group_col: Hashable | None = None,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Events on a time axis, each with its (Arabic) label on a stem.

    Labels alternate above and below their lane at growing heights so that
    neighbours overlap less. Rows whose date is missing or unparseable are
    skipped: their number is stored as ``ax.q7x2_skipped_rows`` and, when
    non-zero, noted at the top left of the chart, in Arabic as the rest of it
    (لم يُرسم ما لا تاريخ له: 2).

    Args:
        df: One row per event.
        date_col: Column of dates (datetimes or parseable strings; time
            zones are converted to UTC).
        label_col: Column with the event labels.
        group_col: Optional column; each group gets its own lane (first at
            the top), named on the y axis.
        title: Chart title.
        ax: Axes to draw on; a new figure if None.

    Returns:
        The Axes, with attribute ``q7x2_skipped_rows`` (int).

    Examples:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"date": ["2022-02-24", None], "event": ["الغزو", "قمة"]})
        >>> plot_timeline(df, "date", "event").q7x2_skipped_rows
        1
        >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    dates = pd.to_datetime(df[date_col], errors="coerce", utc=True, format="mixed").dt.tz_convert(None)
    keep = dates.notna().to_numpy()
    group = df[group_col].astype(object).fillna("") if group_col is not None else pd.Series("", index=df.index)
    data = pd.DataFrame(
        {"date": dates.to_numpy()[keep], "label": df[label_col].to_numpy()[keep], "group": group.to_numpy()[keep]}
    ).sort_values("date", kind="stable")
    groups = list(dict.fromkeys(data["group"]))
    ax = _axes(ax, (7.5, max(3.0, 1.3 * len(groups) + 1.5)))
    levels = np.array([0.18, -0.18, 0.32, -0.32])
    for k, group in enumerate(groups):
        lane = len(groups) - 1 - k
        rows = data[data["group"] == group]
        colour = f"C{k % 8}"
        ax.axhline(lane, color="#bbbbbb", linewidth=0.8, zorder=1)
        heights = lane + levels[np.arange(len(rows)) % len(levels)] * (1 if len(groups) > 1 else 2.5)
        ax.vlines(rows["date"], lane, heights, color=colour, linewidth=0.8, zorder=2)
        ax.scatter(rows["date"], np.full(len(rows), lane), color=colour, s=28, zorder=3)
        for when, label, height in zip(rows["date"], rows["label"], heights, strict=True):
            ax.text(
                mdates.date2num(when), height, rtl(label), ha="center",
                va="bottom" if height > lane else "top", fontsize="small",
            )
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ArabicDateFormatter(locator))
    if group_col is not None:
        ax.set_yticks(np.arange(len(groups))[::-1], _labels(groups), va=_NAME_VA)
        ax.tick_params(axis="y", length=0)
    else:
        ax.set_yticks([])
        ax.set_ylim(-1.2, 1.2)
    ax.spines["left"].set_visible(False)
    ax.margins(x=0.1, y=0.25)
    if data["date"].nunique() == 1:  # one day: a week around it, where matplotlib drew five years (2019 ... 2023)
        day = mdates.date2num(data["date"].iloc[0])
        ax.set_xlim(day - 3.5, day + 3.5)
    skipped = int((~keep).sum())
    ax.q7x2_skipped_rows = skipped  # type: ignore[attr-defined]
    if skipped:
        ax.set_title(rtl(f"لم يُرسم ما لا تاريخ له: {skipped}"), loc="left", fontsize="small", color="#666666")
    if title is not None:
        ax.set_title(rtl(title))
    return ax


def _short_label(value: object, limit: int = 24) -> str:
    """A label of at most about ``limit`` characters, cut after a whole word, with "…".

    Examples:
        >>> _short_label("مركز الملك سلمان للإغاثة والأعمال الإنسانية")
        'مركز الملك سلمان للإغاثة…'
        >>> _short_label("بوتين")
        'بوتين'
    """
    text = str(value)
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0].rstrip("،,")
    return (cut if 0 < len(cut) <= limit else text[:limit]) + "…"


def plot_network(
    edges_df: pd.DataFrame,
    source_col: Hashable,
    target_col: Hashable,
    weight_col: Hashable,
    *,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """A small co-occurrence network on a circle; edge width grows with weight.

    Edges are undirected: (A, B) and (B, A) are summed. Self-loops, rows
    with a missing end and non-positive weights are dropped. Nodes are
    placed counter-clockwise from the top in decreasing weighted degree;
    node size grows with weighted degree. Layout uses numpy only. A node's
    label is cut after a whole word at about 24 characters (…), and the
    figure widens to hold the longest.

    Args:
        edges_df: One row per edge.
        source_col: Column with one end (a node label).
        target_col: Column with the other end.
        weight_col: Column with the edge weight (e.g. co-mentions).
        title: Chart title.
        ax: Axes to draw on; a new figure if None.

    Returns:
        The Axes.

    Examples:
        >>> import pandas as pd
        >>> edges = pd.DataFrame({"a": ["بوتين", "بايدن"], "b": ["بايدن", "بوتين"], "w": [2, 1]})
        >>> ax = plot_network(edges, "a", "b", "w")
        >>> len(ax.collections[0].get_segments()), len(ax.texts)
        (1, 2)
        >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    weights: dict[tuple[Hashable, Hashable], float] = {}
    degree: dict[Hashable, float] = {}
    edges = edges_df[[source_col, target_col]].assign(
        _w=pd.to_numeric(edges_df[weight_col], errors="coerce")
    )
    for a, b, w in edges.itertuples(index=False, name=None):
        if pd.isna(a) or pd.isna(b) or a == b or not w > 0:
            continue
        key = (a, b) if (b, a) not in weights else (b, a)
        weights[key] = weights.get(key, 0.0) + float(w)
        for node in (a, b):
            degree[node] = degree.get(node, 0.0) + float(w)
    nodes = sorted(degree, key=lambda node: -degree[node])  # stable: ties keep first appearance
    labels = [_short_label(node) for node in nodes]
    # the labels stand outside the circle: the axes reach far enough to hold the longest, so that the layout does
    # not shrink the circle to make room for them (twenty names of up to 45 letters left it 170 pixels wide)
    size = "medium" if len(nodes) <= 12 else "small"
    reach = 1.14 + (0.046 if size == "medium" else 0.04) * max((len(label) for label in labels), default=0) + 0.1
    xlim = max(1.6, reach)
    ax = _axes(ax, (min(MAX_WIDTH, 6.0 * xlim / 1.6), 6.0))
    angles = np.pi / 2 + 2 * np.pi * np.arange(len(nodes)) / max(len(nodes), 1)
    xy = np.column_stack([np.cos(angles), np.sin(angles)])
    where = {node: xy[i] for i, node in enumerate(nodes)}
    if weights:
        w = np.array(list(weights.values()))
        spread = w.max() - w.min()
        widths = 1.0 + 6.0 * (w - w.min()) / spread if spread else np.full(len(w), 3.0)
        segments = [[where[a], where[b]] for a, b in weights]
        ax.add_collection(LineCollection(segments, linewidths=widths, colors="#888888", alpha=0.7, zorder=1))
        d = np.array([degree[node] for node in nodes])
        ax.scatter(xy[:, 0], xy[:, 1], s=80 + 420 * d / d.max(), color="C0", zorder=2)
    for (x, y), label in zip(xy, labels, strict=True):
        ax.text(
            1.14 * x, 1.14 * y, rtl(label), fontsize=size,
            ha="left" if x > 0.2 else "right" if x < -0.2 else "center",
            va="bottom" if y > 0.2 else "top" if y < -0.2 else "center",
        )
    ax.set_xlim(-xlim, xlim)
    ax.set_ylim(-1.4, 1.4)
    ax.set_aspect("equal")
    ax.axis("off")
    if title is not None:
        ax.set_title(rtl(title))
    return ax
