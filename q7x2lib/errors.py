"""The library's exceptions and warnings: one family, messages for researchers."""

from __future__ import annotations


class Q7x2Error(Exception):
    """Base class of every error q7x2lib raises on purpose."""


class CorpusError(Q7x2Error):
    """A corpus path or file cannot be loaded; the message names the file."""


class LexiconError(Q7x2Error):
    """A data table (actors, lexicon, rules) is malformed; names file and row."""


class OutputError(Q7x2Error):
    """An output folder cannot be used: it overlaps the input, is a file, or cannot be written."""


class ClusterError(Q7x2Error):
    """A Dask cluster cannot run the analysis: no scheduler at the address, no workers, or workers without the same q7x2lib."""


class ArgumentError(Q7x2Error, ValueError):
    """A public function was given an argument it cannot use; the message says which and why."""


class Q7x2Warning(UserWarning):
    """Something in the input was odd but the library could go on."""


class CoverageWarning(Q7x2Warning):
    """The corpus is mostly not the Arabic news the bundled tables cover: expect few or no matches."""
