"""The library's exceptions and warnings: one family, messages for researchers."""

from __future__ import annotations


class Q7x2Error(Exception):
    """Base class of every error q7x2lib raises on purpose."""


class CorpusError(Q7x2Error):
    """A corpus path or file cannot be loaded; the message names the file."""


class LexiconError(Q7x2Error):
    """A data table (actors, lexicon, rules) is malformed; names file and row."""


class Q7x2Warning(UserWarning):
    """Something in the input was odd but the library could go on."""
