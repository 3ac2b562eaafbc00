"""q7x2lib: load, clean and analyse Arabic news corpora.

>>> import q7x2lib
>>> corpus = q7x2lib.load_corpus()
>>> corpus[["doc_id", "n_words"]].shape
(5, 2)
"""

from __future__ import annotations

from .corpus import iter_corpus, load_corpus
from .errors import CorpusError, LexiconError, Q7x2Error, Q7x2Warning

__all__ = ["CorpusError", "LexiconError", "Q7x2Error", "Q7x2Warning", "iter_corpus", "load_corpus"]
__version__ = "0.1.0"
