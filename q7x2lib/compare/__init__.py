"""Source comparison: how outlets cover the same story differently.

Each function takes the corpus first and returns a tidy DataFrame:

* which articles tell the same story: :func:`neighbours` (each article's
  closest, any corpus size), :func:`similarity` (dense, small corpora),
  :func:`event_pairs`, :func:`event_groups`, :func:`story_threads`,
  :func:`group_labels` (``_stories``, on the sparse counts of ``_sparse``),
  and what sets an outlet, period or story apart, :func:`keyness` (``_keyness``);
* who reuses whose text and who reports first: :func:`shared_passages`,
  :func:`copy_flows`, :func:`outlet_timing` (``_passages``);
* what each cites, how it spells and which subtopics it covers:
  :func:`cited_sources`, :func:`spelling_profile`, :func:`topic_coverage`
  (``_profiles``);
* the counting machinery under them, on long tables (``_text``).

Sources, spelling rules, topics and stopwords are tables of
:func:`q7x2lib.load_lexicon`. Every function that reads a table takes
``tables=`` (e.g. :func:`q7x2lib.actors.user_tables`), as
:func:`q7x2lib.find_mentions` does: a user's tables are in force for the call
(:func:`q7x2lib.lexicons.tables_in_force`), so its rules read the user's word
lists (``headline_*``, ``extra_source_cue``, ``spelling_fold``), stopwords,
regions, places and months; :func:`event_groups` and :func:`story_threads` read
the headlines' speakers, parties and countries with the user's ``actors`` and
coding tables too. :func:`copy_flows`, :func:`outlet_timing` and
:func:`passages_in_context` read no table.
"""

from __future__ import annotations

from ._keyness import KEYNESS_MAX_DOCS, keyness
from ._passages import copy_flows, outlet_timing, passages_in_context, shared_passages
from ._profiles import cited_sources, spelling_profile, topic_coverage
from ._stories import (
    EVENT_THRESHOLDS, EVENT_WEIGHTS, HEADLINE_WEIGHT, MIN_SHARED_NEIGHBOURS, SCALE_K, SCALE_THRESHOLDS, SCALE_WEIGHTS,
    SIMILARITY_MAX_DOCS, event_groups, event_pairs, group_labels, neighbours, similarity,
    story_threads,
)

__all__ = [
    "EVENT_THRESHOLDS", "EVENT_WEIGHTS", "HEADLINE_WEIGHT", "KEYNESS_MAX_DOCS", "MIN_SHARED_NEIGHBOURS", "SCALE_K",
    "SCALE_THRESHOLDS", "SCALE_WEIGHTS", "SIMILARITY_MAX_DOCS", "cited_sources", "copy_flows", "event_groups",
    "event_pairs", "group_labels", "keyness", "neighbours", "outlet_timing", "passages_in_context", "shared_passages", "similarity",
    "spelling_profile", "story_threads", "topic_coverage",
]
