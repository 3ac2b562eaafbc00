"""Source comparison: how outlets cover the same story differently.

Each function takes the corpus first and returns a tidy DataFrame:

* which articles tell the same story: :func:`similarity`, :func:`event_pairs`,
  :func:`event_groups`, :func:`shared_passages`, and what sets an article or
  outlet apart, :func:`keyness` (``_stories``);
* what each cites, how it spells and which subtopics it covers:
  :func:`cited_sources`, :func:`spelling_profile`, :func:`topic_coverage`
  (``_profiles``);
* the counting machinery under both, on long tables (``_text``).

Sources, spelling rules, topics and stopwords are tables of
:func:`q7x2lib.load_lexicon`.
"""

from __future__ import annotations

from ._profiles import cited_sources, spelling_profile, topic_coverage
from ._stories import EVENT_THRESHOLDS, event_groups, event_pairs, keyness, shared_passages, similarity

__all__ = [
    "EVENT_THRESHOLDS", "cited_sources", "event_groups", "event_pairs", "keyness", "shared_passages", "similarity",
    "spelling_profile", "topic_coverage",
]
