"""Each fast path gives exactly what the plain recipe it replaces gives.

The pipeline takes shortcuts for speed (one normalisation per article shared by
mentions and statements, patterns run over " " + text, bisection over mention
starts); every test here runs the plain recipe beside the shortcut, on the
bundled articles and on a noisy copy of them (diacritics, tatweel, bidi marks,
odd spacing), and asks for identical output.
"""

from __future__ import annotations

import random
import re

import pandas as pd
import pytest

from q7x2lib.actors import _actor_matcher, load_actors
from q7x2lib.mentions import find_mentions
from q7x2lib.arabic import NormalizedText, normalize, normalize_with_offsets, normalized_positions
from q7x2lib.stance import _stance_lexicon
from q7x2lib.statements import _DocMentions, find_statements, mentions_and_statements

MARKS = ["\u064e", "\u0650", "\u0651", "\u0640", "\u200f", "\u200c"]


def _noisy(text: str, seed: int) -> str:
    """``text`` with marks after some letters and some spaces doubled or broken."""
    rng = random.Random(seed)
    out = []
    for ch in text:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.08:
            out.append(rng.choice(MARKS))
        elif ch == " " and rng.random() < 0.05:
            out.append(rng.choice([" ", "\u00a0", "\t"]))
    return "".join(out)


@pytest.fixture(scope="module")
def texts(corpus: pd.DataFrame) -> list[str]:
    clean = corpus.text_clean.tolist()
    return clean + [_noisy(t, seed) for seed, t in enumerate(clean)]


@pytest.fixture(scope="module")
def noisy_corpus(corpus: pd.DataFrame) -> pd.DataFrame:
    texts = [_noisy(t, i) for i, t in enumerate(corpus.text_clean)]
    # a title stays the first line of its (now noisy) text: not a headline given apart, read as a field of its own
    titles = [x.split("\n", 1)[0] if isinstance(t, str) and t else t for t, x in zip(corpus.title, texts)]
    noisy = corpus.assign(doc_id=corpus.doc_id + "-noisy", text_clean=texts, title=titles)
    return pd.concat([corpus, noisy], ignore_index=True)


def test_noisy_copy_really_has_marks(texts: list[str]) -> None:
    assert sum(len(normalize(t)) < len(t) for t in texts) >= 5


def test_positions_of_a_prepared_text_equal_the_plain_map(texts: list[str]) -> None:
    rng = random.Random(1)
    for text in texts:
        doc = NormalizedText(text)
        norm, offsets = normalize_with_offsets(text)
        assert doc.norm == norm == normalize(text) and (doc.offsets == offsets).all()
        plain = normalized_positions(text, norm, offsets)
        for _ in range(200):
            a, b = sorted(rng.randrange(len(text) + 1) for _ in range(2))
            assert doc.to_norm[a] == plain[a]
            assert norm[doc.to_norm[a] : doc.to_norm[b]] == normalize(text[a:b])


@pytest.mark.parametrize("which", ["actors", "terms"])
def test_padded_pattern_finds_the_matches_of_the_lookbehind_pattern(texts: list[str], which: str) -> None:
    m = _actor_matcher(load_actors()).terms if which == "actors" else _stance_lexicon().terms
    found = 0
    for text in texts:
        norm = normalize(text)
        plain = [(h.start(), h.end(), h.groupdict()) for h in m.pattern.finditer(norm)]
        fast = [(h.start(), h.end() - 1, h.groupdict()) for h in m.padded.finditer(" " + norm)]
        assert fast == plain
        found += len(plain)
    assert found > 50


def _regex_hits(m, norm: str) -> list:
    """The hits of the trie pattern (the recipe the automaton replaces)."""
    hits = (m._hit(x.group("term"), x.start(), x.end() - 1, x.group("pre")) for x in m.padded.finditer(" " + norm))
    return [h for h in hits if h is not None]


@pytest.mark.parametrize("which", ["actors", "terms", "event verbs", "event nouns"])
def test_automaton_finds_the_hits_of_the_trie_pattern(texts: list[str], which: str) -> None:
    from q7x2lib.event_patterns import _patterns

    m = {"actors": lambda: _actor_matcher(load_actors()).terms, "terms": lambda: _stance_lexicon().terms,
         "event verbs": lambda: _patterns(None).verbs, "event nouns": lambda: _patterns(None).nouns}[which]()
    assert m._automaton is not None
    made_up = ["وبوتين ولبوتين فبالكرملين للكرملين ابوتين بوتينا والعقوبات فلعقوبات بالغارات",
               "ورفضت فرفضت ارفضت وللمفاوضات كالمحادثات بالمحادثات"]
    found = 0
    for text in texts + made_up:
        norm = normalize(text)
        hits = list(m.finditer(norm))
        if which == "actors":
            assert hits == _regex_hits(m, norm)
        else:  # an optional article: the automaton reports the article with the term (التدخل), the regex as proclitic
            assert [h[:3] for h in hits] == [h[:3] for h in _regex_hits(m, norm)]
        found += len(hits)
    assert found > 20


def test_automaton_finds_a_verb_with_the_future_sin() -> None:
    from q7x2lib.event_patterns import _patterns

    m = _patterns(None).verbs
    norm = normalize("وسيرفض الوزير الاقتراح")
    assert [h[:3] for h in m.finditer(norm)] == [h[:3] for h in _regex_hits(m, norm)] != []


def test_cue_scan_from_the_candidates_equals_the_scan_of_every_sentence(noisy_corpus: pd.DataFrame, monkeypatch) -> None:
    from q7x2lib.lexicons import bundled_table
    from q7x2lib.statements import _cues

    made_up = pd.DataFrame({"doc_id": ["made-up"], "title": [None], "published": [pd.Timestamp("2015-07-30")], "text_clean": [
        "الاستقالات كثيرة. و قال الوزير إن القمة ممكنة. وأضاف، في بيان، أن \"العقوبات لن تجدي نفعا\". وفقا لوكالة الأنباء فإن الوفد وصل."]})
    corpus = pd.concat([noisy_corpus, made_up], ignore_index=True)
    mentions, fast = mentions_and_statements(corpus)
    monkeypatch.setattr(_cues(bundled_table("reporting_verbs")), "_firsts", None)  # no candidates: every sentence scanned
    plain = find_statements(corpus, mentions=mentions)
    assert len(plain) > 20 and (plain.doc_id == "made-up").sum() >= 3
    pd.testing.assert_frame_equal(fast, plain, check_exact=True)


def test_one_pass_equals_mentions_then_statements(noisy_corpus: pd.DataFrame) -> None:
    actors = load_actors()
    mentions, statements = mentions_and_statements(noisy_corpus, actors=actors)
    plain_mentions = find_mentions(noisy_corpus, actors=actors)
    pd.testing.assert_frame_equal(mentions, plain_mentions)
    pd.testing.assert_frame_equal(statements, find_statements(noisy_corpus, actors=actors, mentions=plain_mentions))
    assert len(statements) > 50


def test_mention_lookups_by_bisection_equal_the_linear_search(noisy_corpus: pd.DataFrame) -> None:
    mentions = find_mentions(noisy_corpus)
    gaps = [re.compile(r"\s*"), re.compile(r"\s*(?:[,،]\s*)?")]
    checked = 0
    for (doc_id, text), rows in zip(noisy_corpus[["doc_id", "text_clean"]].itertuples(index=False), [
        mentions[mentions.doc_id == d] for d in noisy_corpus.doc_id
    ]):
        ment = list(zip(rows.start, rows.end, rows.actor_id, rows.surface))
        fast, linear = _DocMentions(ment), _DocMentions(ment)
        linear.starts = None  # as for mentions given in another order
        assert fast.starts is not None
        for a, b, *_ in ment:
            for lo, hi in [(max(0, a - 40), a), (a, b + 30), (b, b + 60)]:
                assert fast.first_from(lo, hi) == linear.first_from(lo, hi)
                for gap in gaps:
                    assert fast.before(text, max(0, a - 80), b + 2, gap) == linear.before(text, max(0, a - 80), b + 2, gap)
                checked += 1
    assert checked > 100


def test_terminal_line_check_equals_the_anchored_pattern() -> None:
    from q7x2lib.clean import _TERMINAL_RE, _is_terminal

    rng = random.Random(0)
    alphabet = list("اب .!?؟…\"”»’')]\n،")
    for _ in range(20_000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 7)))
        assert _is_terminal(line) == bool(_TERMINAL_RE.search(line)), repr(line)


def test_negation_prefilter_changes_no_decision(texts: list[str]) -> None:
    from q7x2lib import stance as polarity
    lexicon = polarity._stance_lexicon()

    def plain(norm: str, at: int) -> bool:  # the check without its prefilter
        before = polarity._CLAUSE_BREAK_RE.split(norm[max(0, at - 60) : at])[-1]
        words = polarity._WORD_RE.findall(before)
        if lexicon.negators.isdisjoint(words[-polarity.NEGATION_WINDOW :]):
            return False
        return not any(p in " ".join(words[-3:]) for p in lexicon.not_negation)

    negated = 0
    for text in texts:
        norm = normalize(text)
        for at in range(0, len(norm), 3):
            assert lexicon.negated(norm, at) == plain(norm, at)
            negated += plain(norm, at)
    assert negated > 20


@pytest.mark.parametrize(
    "rows",
    [
        [("a", 1, None, "x", 0.5, True), ("b", 2, "s", None, 1.0, False)],  # None among strings: NaN, as the recipe gives
        [("a", 1, None, None, 0.5, True), ("b", 2, None, None, 1.0, False)],  # all None: stays None
        [(1, 1, "s", "t", 0.0, False), (2, 3, "u", "v", -1.0, True)],  # whole-number ids stay numbers
        [("a", 1, 3, "x", 0.5, True)],  # not all strings: left as they are
        [],
    ],
)
def test_frame_from_rows_equals_the_plain_recipe(rows: list[tuple]) -> None:
    from q7x2lib.tables import frame_from_rows

    columns = ["id", "n", "maybe", "other", "score", "flag"]
    dtypes = {"n": "int64", "maybe": object, "other": object, "score": float, "flag": bool}
    fast = frame_from_rows(rows, columns, dtypes)
    plain = pd.DataFrame(rows, columns=columns).astype(dtypes)
    pd.testing.assert_frame_equal(fast, plain)
    for col in columns:  # None and NaN are told apart here, as a notebook shows them
        assert [repr(v) for v in fast[col]] == [repr(v) for v in plain[col]], col


@pytest.mark.parametrize("rows", [[("a", 1, "x"), ("b", 2)], [("a", 1, "x"), ("b", 2, "x", "y")]])
def test_frame_from_rows_refuses_a_row_of_another_length(rows: list[tuple]) -> None:
    # made up: one row short (or long) would cut every row to the shortest column-wise, losing a whole column
    from q7x2lib.tables import frame_from_rows

    with pytest.raises(ValueError, match=r"row 1 has (2|4) values, 3 columns expected \(id, n, s\)"):
        frame_from_rows(rows, ["id", "n", "s"], {"n": "int64"})


def test_result_tables_built_from_rows_equal_the_plain_recipe(noisy_corpus: pd.DataFrame) -> None:
    from q7x2lib.mentions import MENTION_COLUMNS, MENTION_DTYPES
    from q7x2lib.statements import STATEMENT_COLUMNS, STATEMENT_DTYPES

    mentions, statements = mentions_and_statements(noisy_corpus)
    for table, columns, dtypes in [(mentions, MENTION_COLUMNS, MENTION_DTYPES), (statements, STATEMENT_COLUMNS, STATEMENT_DTYPES)]:
        plain = pd.DataFrame(list(table.itertuples(index=False, name=None)), columns=columns).astype(dtypes)
        pd.testing.assert_frame_equal(table, plain)
    assert statements.speaker_id.isna().any()  # the path that turns None into NaN was taken


def test_title_scan_finds_the_titles_the_word_pattern_finds(texts: list[str]) -> None:
    from q7x2lib.mentions import _TITLE_WORD, _title_words

    titles = frozenset(_actor_matcher(load_actors()).person_titles)
    made_up = ["قال الدكتور سالم ان والامير فهد وللشيخ ناصر ود. خالد و د. وليد حضروا",
               "فلان والدكتوره ولمعالي الوزير وبالامير ابن الشيخ.\nالامير فلدكتور للواء اللواء"]
    found = 0
    for text in texts + made_up:
        norm = normalize(text)
        plain = [(t.start(), t[1], t[2]) for t in _TITLE_WORD.finditer(norm) if t[2] in titles]
        fast = [(t.start(), t[1], t[2]) for t in _title_words(titles).finditer(norm)
                if t.group(1, 2) == _TITLE_WORD.match(norm, t.start()).group(1, 2)]
        assert fast == plain
        found += len(plain)
    assert found >= 5


def test_back_reference_search_jumps_only_over_words_that_are_not_the_naming() -> None:
    """The naming is found by searching for its noun: words that merely hold it (المنظمات، منظمتها) are passed over."""
    import q7x2lib

    filler = "وعقدت المنظمات الاهلية اجتماعا في منظمتها الام لبحث الامر. " * 30
    body = f"وزار وفد من منظمة العفو الدولية المخيم امس. {filler}وأوضحت المنظمة أن الأوضاع سيئة."
    doc = pd.DataFrame({"doc_id": ["x"], "title": [None], "published": [pd.Timestamp("2015-07-01")], "text_clean": [body]})
    _, statements = q7x2lib.mentions_and_statements(doc)
    rows = statements[["cue", "speaker_surface", "speaker_basis"]].values.tolist()
    assert ["وأوضحت", "منظمة العفو الدولية", "back_reference"] in rows


@pytest.mark.parametrize("records", [
    [{"doc_id": "a", "text": "قال بوتين", "title": "عنوان"}, {"text": "ورد بايدن", "doc_id": "b", "outlet": "x"}],
    [{"doc_id": "a", "title": "بلا نص"}, {"doc_id": "b", "text": "نص"}],  # a row with no text: NaN, as pandas gives
    [{"text": "نص وحده"}, {"text": "ونص آخر"}],
    [{"doc_id": "a"}],
])
def test_json_records_frame_equals_the_plain_frame_with_texts_as_python_strings(records: list[dict]) -> None:
    from q7x2lib.corpus import _records_frame

    plain = pd.DataFrame([dict(r) for r in records])
    fast = _records_frame([dict(r) for r in records], "text")
    if "text" in plain:
        assert fast["text"].dtype == object
    pd.testing.assert_frame_equal(fast[list(plain.columns)].astype(object), plain.astype(object))
    assert sorted(fast.columns) == sorted(plain.columns)
