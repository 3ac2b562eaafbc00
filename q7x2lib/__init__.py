"""q7x2lib: load, clean and analyse Arabic news corpora.

The verbs a notebook needs are here, one import away; each takes a
DataFrame first and returns a new one (or draws and returns the Axes):

* the corpus: :func:`load_corpus`, :func:`iter_corpus`, :func:`clean_corpus`,
  :func:`paragraphs`, :func:`split_sentences`, :func:`normalization_changes`,
  :func:`normalize`, :func:`tokenize`, :func:`article_labels`;
* the tables of knowledge: :func:`load_lexicon`, :func:`load_actors`;
* who is named: :func:`find_mentions`, :func:`mention_counts`,
  :func:`first_mentions`, :func:`headline_body_counts`, :func:`cooccurrence`, :func:`kwic`;
  what the tables cover and miss: :func:`coverage`, :func:`discover_actors`, :func:`discovery_coverage`;
* who speaks: :func:`find_statements`, :func:`mentions_and_statements`, :func:`speaker_counts`;
* who does what to whom: :func:`find_events`, :func:`dyads`;
* how it leans: :func:`statement_polarity`, :func:`event_index`, :func:`score_polarity`,
  :func:`doc_stance`, :func:`actor_stance`;
* how outlets differ: :mod:`q7x2lib.compare`;
* at scale: :func:`analyse`, :func:`run_chunked`;
* right-to-left output: :func:`rtl_table` and the ``plot_*`` functions of
  :mod:`q7x2lib.plots` (loaded on first use: matplotlib is not imported
  with the package).

>>> import q7x2lib
>>> corpus = q7x2lib.load_corpus()
>>> corpus[["doc_id", "n_words"]].shape
(5, 2)
>>> sorted(q7x2lib.find_mentions(corpus).actor_id.value_counts().index[:2])
['biden', 'putin']
"""

from __future__ import annotations

from . import compare
from .actors import actor_table, load_actors
from .arabic import normalize, tokenize
from .clean import clean_corpus, normalization_changes, paragraphs, split_sentences
from .corpus import article_labels, iter_corpus, load_corpus
from .discovery import coverage, discover_actors, discovery_coverage
from .events import dyads, find_events
from .display import rtl_table
from .errors import CorpusError, LexiconError, Q7x2Error, Q7x2Warning
from .lexicons import load_lexicon
from .mentions import cooccurrence, find_mentions, first_mentions, headline_body_counts, kwic, mention_counts
from .pipeline import analyse, run_chunked
from .stance import actor_stance, doc_stance, event_index, score_polarity, statement_polarity
from .statements import find_statements, mentions_and_statements, speaker_counts

__version__ = "0.1.0"

_PLOTS = ("plot_counts", "plot_grouped", "plot_heatmap", "plot_network", "plot_timeline", "use_style")

__all__ = [
    "CorpusError", "LexiconError", "Q7x2Error", "Q7x2Warning", "actor_stance", "actor_table", "analyse",
    "article_labels", "clean_corpus", "compare", "cooccurrence", "coverage", "discover_actors", "discovery_coverage", "doc_stance",
    "dyads", "event_index", "find_events", "find_mentions", "find_statements",
    "first_mentions", "headline_body_counts", "iter_corpus", "kwic", "load_actors", "load_corpus", "load_lexicon",
    "mention_counts", "mentions_and_statements", "normalization_changes", "normalize", "paragraphs", "rtl_table",
    "run_chunked", "score_polarity", "speaker_counts", "split_sentences", "statement_polarity", "tokenize", *_PLOTS,
]


def __getattr__(name: str):
    """The plotting verbs, imported on first use (PEP 562)."""
    if name in _PLOTS:
        from . import plots

        return getattr(plots, name)
    raise AttributeError(f"module 'q7x2lib' has no attribute {name!r}")
