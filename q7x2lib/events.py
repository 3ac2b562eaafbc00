"""Who does what to whom: directed events with CAMEO roots and Goldstein weights.

Transparent rules, all of whose knowledge is data:

* ``data/lexicons/event_patterns.csv``: the Arabic forms of each verb or
  verbal noun (رفضت، يقصف، غارات، أعرب عن أسفه ...) with its CAMEO root, its
  Goldstein weight, whether it codes a statement (what a speaker does by
  saying: أدان، رحب، دعا، حذر) or a narrated act, where its target stands
  (``obj``: the object after the subject; a preposition: على، مع، ل، ب ...)
  and its modality (act, intent, threat, demand);
* the ``negator`` and ``event_intent`` lists of ``data/lexicons/word_lists.csv``;
* the actor mentions of :func:`q7x2lib.find_mentions` (each with its code:
  SAUGOV, YEMREB ...) and, where given, the statements of
  :func:`q7x2lib.find_statements`.

Source: news Arabic puts the subject after the verb (قصفت طائرات التحالف
مواقع الحوثيين), so the source is an actor named right after the trigger
(a few descriptor words apart, no preposition attached); failing that the
actor named right before it (واشنطن ترفض، موسكو التي تتهم); failing that,
for a verb joined by و/ف, the source of the sentence's previous event; for a
statement, its speaker. An act with neither source nor target (الحرب
العالمية الثانية) is no directed event and is left out. Target:
the first other actor after the trigger, the one the pattern's preposition
introduces first.

A statement is coded as the guideline (``data/annotations/real/events_guideline.md``)
says: by what the speaker does toward its target by saying it. A pattern of
unit ``statement`` at the statement's cue (أدانت، رحب، أعرب عن أسفه، حذر)
gives its root; otherwise the statement is informative, root 01. An act of a
third party reported in it ("قالت موسكو إن واشنطن رفضت الاقتراح") is its own
event (USA→…, 12) carrying the statement's ``statement_id``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import numpy as np
import pandas as pd

from .arabic import NormalizedText
from .lexicons import bundled_table, load_lexicon, word_list
from .matching import NOUN_PROCLITICS, TermMatcher

#: What may stand before a verb trigger in one word: a conjunction, then the future's س or the ل of purpose.
VERB_PREFIXES = "[وف]?[سل]?"
from .tables import LastTableCache, frame_from_rows

EVENT_COLUMNS = [
    "doc_id", "sentence_id", "statement_id", "unit", "source_code", "source_id", "source_surface",
    "target_code", "target_id", "target_surface", "event_code", "goldstein", "negated", "modality",
    "trigger", "evidence", "start", "end",
]
EVENT_DTYPES = {
    "sentence_id": "int64", "statement_id": "Int64", "goldstein": float, "negated": bool,
    "start": "int64", "end": "int64", "source_code": object, "source_id": object, "source_surface": object,
    "target_code": object, "target_id": object, "target_surface": object,
}
_ACTOR_COLUMNS = ["source_code", "source_id", "source_surface", "target_code", "target_id", "target_surface"]
#: Words between a verb and its subject (descriptors, a time word); more make the actor no subject.
MAX_SUBJECT_GAP = 3
#: Words between a trigger (or its subject) and its target.
MAX_TARGET_GAP = 8
#: Words before a trigger in which a negator negates it (لم يرفض، عدم الاعتراف).
NEGATION_WINDOW = 2
#: Characters after a statement's cue in which a statement pattern codes it (أعرب ... عن أسفه).
CUE_REACH = 40
_PREPOSITIONS = {"على": "على", "علي": "على", "ضد": "ضد", "مع": "مع", "الى": "الى", "الي": "الى", "عن": "عن",
                 "من": "من", "في": "في", "بين": "بين"}
_CLAUSE_END_RE = re.compile(r"[.؟?!؛;]|(?<![^\W_])(?:[وف]?(?:ان|انه|انها|بان))(?![^\W_])")
_WORD_RE = re.compile(r"[^\W_]+")
# What is said begins after إن/أن or a colon: an act named there is the content, not the cue's.
_COMPLEMENTISER_RE = re.compile(r"(?<![^\W_])[وف]?(?:ان|انه|انها|بان)(?![^\W_])|[:“«\"]")
_PREP_LETTERS = frozenset("بلك")


class _Patterns:
    """The event patterns of a table, compiled once with the one term matcher."""

    def __init__(self, table: pd.DataFrame) -> None:
        self.info: dict[str, tuple] = {}
        for norm, row in zip(table.norm, zip(table.form, table.root, table.goldstein, table.unit, table.target,
                                             table.modality)):
            self.info.setdefault(norm, row)
        nouns = set(table.norm[table.pos == "noun"])
        # a verb takes a conjunction and the future's س (وسيزور), never the article (طالب is no الطالب)
        self.verbs = TermMatcher(set(self.info) - nouns, proclitics=VERB_PREFIXES, article_forms=False)
        self.nouns = TermMatcher(nouns, proclitics=NOUN_PROCLITICS, optional_article=True)
        self.noun_keys = frozenset(nouns)
        words = load_lexicon("word_lists")
        self.negators = frozenset(word_list("negator", words))
        self.intent = frozenset(word_list("event_intent", words))
        self.descriptors = frozenset(word_list("speaker_descriptor", words))


_PATTERNS = LastTableCache()


def _patterns(table: pd.DataFrame | None) -> _Patterns:
    return _PATTERNS.get(bundled_table("event_patterns") if table is None else table, _Patterns)


def find_events(
    corpus: pd.DataFrame,
    text_col: str = "text_clean",
    *,
    mentions: pd.DataFrame,
    statements: pd.DataFrame | None = None,
    patterns: pd.DataFrame | None = None,
    docs: list[NormalizedText] | None = None,
) -> pd.DataFrame:
    """One row per directed event: reported speech or narrated action.

    Args:
        corpus: One row per article (``doc_id``, ``text_col``).
        text_col: The text to read; offsets index it.
        mentions: The :func:`q7x2lib.find_mentions` table of the corpus
            (sources and targets are its actors, with their codes).
        statements: The :func:`q7x2lib.find_statements` table; with it every
            statement is coded (its speaker the source) and events inside a
            statement carry its ``statement_id``.
        patterns: An event-pattern table (:func:`q7x2lib.load_lexicon`
            ``"event_patterns"``; default: bundled).
        docs: The articles' :class:`~q7x2lib.arabic.NormalizedText`, when
            the caller has them, in the order of the non-empty texts.

    Returns:
        ``doc_id, sentence_id, statement_id, unit, source_code, source_id,
        source_surface, target_code, target_id, target_surface, event_code,
        goldstein, negated, modality, trigger, evidence, start, end``.
        ``unit`` is ``statement`` (what a speaker does by saying) or
        ``event`` (a narrated or reported act); ``event_code`` is the CAMEO
        root (two digits) and ``goldstein`` its weight, for the asserted act
        (``negated`` says it was denied: لم يرفض is no rejection);
        ``start``/``end`` span the trigger in ``text_col``; ``evidence``
        names the trigger, the rule that found source and target, and the
        negator.

    Examples:
        >>> from q7x2lib import find_mentions
        >>> df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2015-07-30")],
        ...     "text_clean": ["قصفت إيران مواقع الحوثيين في صنعاء. ولم ترفض إيران الاقتراح."]})
        >>> ev = find_events(df, mentions=find_mentions(df))
        >>> ev[["source_code", "target_code", "event_code", "negated"]].values.tolist()
        [['IRN', 'YEMREB', '18', False], ['IRN', None, '12', True]]
    """
    pat = _patterns(patterns)
    by_doc: dict = {}
    cols = ("doc_id", "start", "end", "code", "actor_id", "surface", "proclitic")
    for d, a, b, code, aid, surface, pre in zip(*(mentions[c].tolist() for c in cols)):
        if not pd.isna(d) and (_present(code) or _present(aid)):
            by_doc.setdefault(d, []).append((a, b, _or_none(code), _or_none(aid), surface, str(pre or "")))
    codes = _codes_by_actor(mentions)
    st_by_doc: dict = {}
    if statements is not None:
        for row in zip(*(statements[c].tolist() for c in ("doc_id", "statement_id", "start", "end", "cue",
                                                          "speaker_id", "speaker_surface", "cue_kind"))):
            st_by_doc.setdefault(row[0], []).append(row[1:])
    rows: list[tuple] = []
    docs = iter(docs) if docs is not None else None
    for doc_id, text in zip(corpus["doc_id"], corpus[text_col]):
        if isinstance(text, str) and text:
            doc = next(docs) if docs is not None else NormalizedText(text)
            ment = sorted(by_doc.get(doc_id, []))
            rows.extend(_doc_events(doc_id, doc, ment, st_by_doc.get(doc_id, []), codes, pat))
    out = frame_from_rows(rows, EVENT_COLUMNS, EVENT_DTYPES)
    for col in _ACTOR_COLUMNS:  # no actor: None, whichever way pandas built the column
        out[col] = out[col].astype(object).where(out[col].notna(), None)
    return out


def _present(value) -> bool:
    return isinstance(value, str) and bool(value)


def _or_none(value):
    return value if _present(value) else None


def _codes_by_actor(mentions: pd.DataFrame) -> dict:
    return {aid: code for aid, code in zip(mentions["actor_id"], mentions["code"]) if _present(aid) and _present(code)}


def _doc_events(doc_id, doc: NormalizedText, ment: list, statements: list, codes: dict, pat: _Patterns) -> list[tuple]:
    text, norm, offsets = doc.text, doc.norm, doc.offsets
    sentences = doc.sentences
    sent_starts = [s for s, _ in sentences]
    starts = [m[0] for m in ment]
    st_spans = sorted(statements, key=lambda s: s[1])
    st_starts = [s[1] for s in st_spans]
    rows: list[tuple] = []
    coded_statements: set = set()
    last_source: dict[int, tuple] = {}
    hits = sorted([*pat.verbs.finditer(norm), *pat.nouns.finditer(norm)], key=lambda h: (h.start, -h.end))
    reached = 0
    for hit in hits:
        if hit.start < reached:
            continue  # inside a longer trigger (أكد دعمه، not دعمه again)
        reached = hit.end
        form, root, weight, unit, target_rule, modality = pat.info[hit.key]
        ca, cb = int(offsets[hit.start]), int(offsets[hit.end - 1]) + 1
        sid = max(bisect_right(sent_starts, ca) - 1, 0)
        sa, sb = sentences[sid] if sentences else (0, len(text))
        st = _statement_at(st_spans, st_starts, ca)
        at_cue = (st is not None and unit != "event" and ca - st[1] <= len(st[3]) + CUE_REACH
                  and st[0] not in coded_statements and not _COMPLEMENTISER_RE.search(_norm_of(doc, st[1], ca)))
        unit_here = "statement" if (at_cue or unit == "statement") else "event"
        clause_end = _clause_end(norm, doc, cb, sb)
        local = ment[bisect_left(starts, sa) : bisect_left(starts, sb)]
        how = []
        if at_cue and st[4]:
            source = (codes.get(st[4]), st[4], st[5], "speaker")
            how.append("source=speaker")
        elif at_cue:
            source = _source(doc, local, st[1], st[1] + len(st[3]), clause_end, pat.descriptors)
            how.append("source=subject of the cue" if source else "source=none")
        else:
            source = _source(doc, local, ca, cb, clause_end, pat.descriptors)
            if source is None and sid in last_source and hit.proclitic[:1] in {"و", "ف"} and hit.key not in pat.noun_keys:
                source, _ = last_source[sid], how.append("source=previous")
            elif source is not None:
                how.append(f"source={source[3]}")
        target = _target(doc, local, cb, clause_end, source, target_rule)
        if unit_here == "event" and source is None and target is None:
            continue  # an act without actors (الحرب العالمية الثانية، جهاز طرد) is no directed event
        if target is not None:
            how.append(f"target={target[3]}")
        negated, negator = _negated(norm, hit.start, pat.negators)
        if negated:
            how.append(f"¬{negator}")
        mod = "intent" if "س" in hit.proclitic and modality in {"", "act"} else _modality(norm, hit.start, modality, pat.intent)
        if source is not None:
            last_source[sid] = source
        statement_id = st[0] if st is not None and st[1] <= ca < st[2] else None
        if at_cue:
            coded_statements.add(st[0])
        rows.append((
            doc_id, sid, statement_id, unit_here,
            *(source[:3] if source else (None, None, None)),
            *(target[:3] if target else (None, None, None)),
            root, weight, negated, mod, text[ca:cb], "; ".join([text[ca:cb], *how]), ca, cb,
        ))
    rows.extend(_informative_statements(doc_id, doc, ment, starts, st_spans, coded_statements, codes, sent_starts,
                                        pat.descriptors))
    rows.sort(key=lambda r: (r[16], r[3] != "statement"))
    return rows


def _statement_at(spans: list, span_starts: list, at: int):
    i = bisect_right(span_starts, at) - 1
    if i >= 0 and spans[i][1] <= at < spans[i][2]:
        return spans[i]
    return None


def _clause_end(norm: str, doc: NormalizedText, cb: int, sb: int) -> int:
    """Where the clause after a trigger ends (a full stop, إن/أن) in raw offsets, within its sentence."""
    na, nb = doc.to_norm[cb], doc.to_norm[sb]
    m = _CLAUSE_END_RE.search(norm, na, nb)
    return int(doc.offsets[m.start()]) if m else sb


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def _norm_of(doc: NormalizedText, a: int, b: int) -> str:
    """``normalize(doc.text[a:b])``, cut from the article normalised once."""
    return doc.norm[doc.to_norm[a] : doc.to_norm[b]]


def _source(doc: NormalizedText, local: list, ca: int, cb: int, clause_end: int, descriptors: frozenset):
    """The subject: an actor right after the trigger, else right before it."""
    text = doc.text
    for a, b, code, aid, surface, pre in local:
        if a >= cb and a < clause_end:
            gap = _words(_norm_of(doc, cb, a))
            if (len(gap) <= MAX_SUBJECT_GAP and not (_PREP_LETTERS & set(pre))
                    and all(w.startswith("ال") or w in descriptors for w in gap)):
                return code, aid, surface, "after"
            break
    for a, b, code, aid, surface, pre in reversed(local):
        if b <= ca:
            gap = [w for w in _words(text[b:ca]) if w not in {"التي", "الذي", "الذين", "قد", "كان", "كانت"}]
            if len(gap) <= 1 and not (_PREP_LETTERS & set(pre)):
                return code, aid, surface, "before"
            break
    return None


def _target(doc: NormalizedText, local: list, cb: int, clause_end: int, source, rule: str):
    """The first other actor after the trigger; the one the pattern's preposition introduces comes first."""
    text = doc.text
    candidates = []
    for a, b, code, aid, surface, pre in local:
        if a < cb or a >= clause_end or (source is not None and surface == source[2] and code == source[0]):
            continue
        if len(_words(text[cb:a])) > MAX_TARGET_GAP:
            break
        before = _words(_norm_of(doc, max(cb, a - 12), a))
        prep = _PREPOSITIONS.get(before[-1]) if before else None
        attached = "ل" if "ل" in pre else ("ب" if "ب" in pre else None)
        candidates.append(((code, aid, surface), prep or attached))
    if not candidates:
        return None
    if rule not in {"obj", "any"}:
        for who, prep in candidates:
            if prep == rule or (rule == "الى" and prep == "ل"):
                return (*who, rule)
    return (*candidates[0][0], "next")


def _negated(norm: str, at: int, negators: frozenset) -> tuple[bool, str]:
    before = _words(norm[max(0, at - 30):at])[-NEGATION_WINDOW:]
    for w in before:
        if w in negators or (w[:1] in "وف" and w[1:] in negators):
            return True, w
    return False, ""


def _modality(norm: str, at: int, modality: str, intent: frozenset) -> str:
    before = _words(norm[max(0, at - 30):at])[-2:]
    if modality in {"", "act"} and any(w in intent or (w[:1] in "وف" and w[1:] in intent) for w in before):
        return "intent"
    return modality or "act"


def _informative_statements(doc_id, doc, ment, starts, spans, coded, codes, sent_starts, descriptors) -> list[tuple]:
    """Statements whose cue no pattern codes: informative (01), toward the first other actor in them."""
    rows = []
    sent_ends = [b for _, b in doc.sentences] or [len(doc.text)]
    for statement_id, start, end, cue, speaker_id, speaker_surface, cue_kind in spans:
        if statement_id in coded:
            continue
        sid = max(bisect_right(sent_starts, start) - 1, 0)
        target = None
        for a, b, code, aid, surface, pre in ment[bisect_left(starts, start) : bisect_left(starts, end)]:
            if surface != speaker_surface and (aid is None or aid != speaker_id):
                target = (code, aid, surface)
                break
        how = "informative"
        if speaker_id:
            source = (codes.get(speaker_id), speaker_id, speaker_surface)
        else:  # a speaker the statement table could not name may still be a coded actor (قالت الخارجية الإيرانية)
            sb = sent_ends[sid]
            local = ment[bisect_left(starts, sent_starts[sid]) : bisect_left(starts, sb)]
            found = _source(doc, local, start, start + len(cue), end, descriptors)
            source = found[:3] if found else (None, None, None)
            how += f"; source={found[3]}" if found else ""
            if found and target is not None and target[2] == found[2]:
                target = None
        rows.append((doc_id, sid, statement_id, "statement", *source, *(target or (None, None, None)),
                     "01", 0.0, False, "act", cue, f"{cue}; {how}", start, start + len(cue)))
    return rows


# --- directed dyads -----------------------------------------------------------------------------


def dyads(events: pd.DataFrame, by: str | list[str] | None = None, *, corpus: pd.DataFrame | None = None,
          level: str = "code", freq: str = "M", include_negated: bool = False) -> pd.DataFrame:
    """Directed pairs of actors: how many events, how cooperative, how conflictual.

    Args:
        events: The :func:`find_events` table.
        by: Extra grouping: ``"outlet"`` or ``"period"`` (both need
            ``corpus``: its ``outlet`` and ``published`` columns), or any
            column of ``events``; a list for several.
        corpus: The articles, for ``outlet`` and ``period``.
        level: ``"code"`` (SAUGOV → YEMREB) or ``"country"`` (SAU → YEM;
            the first three letters of the code).
        freq: The period of ``"period"`` (pandas frequency: ``M``, ``W``, ``Q``).
        include_negated: Count denied acts too (by default a negated act,
            "did not reject", is no event between the two).

    Returns:
        One row per ordered pair (``source, target`` plus ``by``):
        ``n_events, mean_goldstein, share_conflict`` (Goldstein below 0),
        ``share_cooperation`` (above 0), sorted by ``n_events``. RUS→USA and
        USA→RUS are different rows.

    Examples:
        >>> ev = pd.DataFrame({"doc_id": ["a"] * 3, "source_code": ["RUSGOV", "USAGOV", "RUSGOV"],
        ...     "target_code": ["USAGOV", "RUSGOV", "USAGOV"], "goldstein": [-4.0, 1.0, -2.0], "negated": [False] * 3})
        >>> dyads(ev, level="country")[["source", "target", "n_events", "mean_goldstein"]].values.tolist()
        [['RUS', 'USA', 2, -3.0], ['USA', 'RUS', 1, 1.0]]
    """
    ev = events if include_negated else events[~events["negated"].astype(bool)]
    ev = ev.dropna(subset=["source_code", "target_code"])
    cut = (lambda s: s.str[:3]) if level == "country" else (lambda s: s)
    ev = ev.assign(source=cut(ev["source_code"].astype(str)), target=cut(ev["target_code"].astype(str)))
    ev = ev[ev["source"] != ev["target"]]
    keys = [] if by is None else ([by] if isinstance(by, str) else list(by))
    if ("outlet" in keys or "period" in keys) and corpus is not None:
        info = corpus.set_index("doc_id")
        if "outlet" in keys and "outlet" not in ev:
            ev = ev.assign(outlet=ev["doc_id"].map(info["outlet"]) if "outlet" in info else None)
        if "period" in keys:
            dates = pd.to_datetime(ev["doc_id"].map(info["published"]) if "published" in info else pd.NaT)
            ev = ev.assign(period=dates.dt.to_period(freq).astype(str).where(dates.notna()))
    group = ["source", "target", *keys]
    g = ev.groupby(group, dropna=True)["goldstein"]
    out = pd.DataFrame({
        "n_events": g.size(),
        "mean_goldstein": g.mean().round(2),
        "share_conflict": g.apply(lambda s: float(np.mean(s < 0))).round(3),
        "share_cooperation": g.apply(lambda s: float(np.mean(s > 0))).round(3),
    }).reset_index()
    return out.sort_values(["n_events", "source", "target"], ascending=[False, True, True], ignore_index=True)
