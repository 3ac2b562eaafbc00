"""The one term matcher: proclitics, wildcards, whole words, longest first, attached ل."""

from __future__ import annotations

import re

import pytest

from q7x2lib.arabic import normalize
from q7x2lib.matching import NOUN_PROCLITICS, VERB_PROCLITICS, MatcherGroup, TermMatcher, trie_regex


def keys(matcher: TermMatcher, text: str) -> list[tuple[str, str]]:
    return [(h.key, h.proclitic) for h in matcher.finditer(normalize(text))]


@pytest.mark.parametrize("surface", ["بوتين", "وبوتين", "لبوتين", "فبوتين", "وببوتين"])
def test_name_takes_its_proclitics(surface: str) -> None:
    assert keys(TermMatcher(["بوتين"]), f"قال {surface} اليوم")[0][0] == "بوتين"


def test_a_word_that_only_begins_with_the_name_is_not_a_match() -> None:
    assert keys(TermMatcher(["بوتين"]), "البوتينيون وبوتينات") == []


def test_lam_joined_to_the_article_is_found_and_kept_as_proclitic() -> None:
    assert keys(TermMatcher(["الكرملين"]), "وقال للكرملين") == [("الكرملين", "لل")]


def test_the_longest_phrase_wins_at_a_position() -> None:
    m = TermMatcher(["الرئيس الروسي", "الرئيس", "نائب الرئيس الروسي"])
    assert [k for k, _ in keys(m, "قال نائب الرئيس الروسي ثم الرئيس الروسي")] == ["نائب الرئيس الروسي", "الرئيس الروسي"]


def test_wildcard_ends_any_letters_and_an_exact_key_wins_over_it() -> None:
    m = TermMatcher(["عقوب*", "عقوبات"])
    assert keys(m, "فرض عقوبة ثم عقوبات") == [("عقوب*", ""), ("عقوبات", "")]


def test_a_longer_literal_phrase_wins_over_a_wildcard_prefix() -> None:
    m = TermMatcher(["عقوب*", "عقوبة الاعدام"])
    assert [k for k, _ in keys(m, "ألغى عقوبة الإعدام")] == ["عقوبة الاعدام"]


def test_a_common_noun_takes_the_article_when_asked() -> None:
    m = TermMatcher(["محادث*", "الحوار"], proclitics=NOUN_PROCLITICS, optional_article=True)
    assert [k for k, _ in keys(m, "المحادثات وبحوار وللحوار")] == ["محادث*", "الحوار", "الحوار"]
    assert keys(TermMatcher(["محادث*"]), "المحادثات") == []  # a name's proclitics do not include the article


def test_attached_lam_is_matched_only_when_asked() -> None:
    assert keys(TermMatcher(["وفقا ل"], attach_lam=True), "وفقاً لوكالة الأنباء")[0][0] == "وفقا ل"
    assert keys(TermMatcher(["وفقا ل"]), "وفقاً لوكالة الأنباء") == []


def test_verbs_take_separate_or_joined_conjunctions() -> None:
    m = TermMatcher(["قال"], proclitics=VERB_PROCLITICS, article_forms=False)
    assert [p for _, p in keys(m, "وقال و قال فقال")] == ["و", "و ", "ف"]


def test_latin_terms_match_in_any_case_when_asked() -> None:
    assert keys(TermMatcher(["sputnik"], ignore_case=True), "نقلت SPUTNIK") == [("sputnik", "")]


def test_spans_are_in_the_normalised_text() -> None:
    norm = normalize("وأعلن الكرملين أن")
    hit = next(TermMatcher(["الكرملين"]).finditer(norm))
    assert norm[hit.start : hit.end] == "الكرملين"


def test_the_fast_pattern_finds_what_the_plain_one_finds() -> None:
    m = TermMatcher(["بوتين", "الكرملين", "عقوب*"])
    norm = normalize("«بوتين» والكرملين، والعقوبات؛ عقوبات-بوتين")
    plain = [(x.start(), x.end()) for x in m.pattern.finditer(norm)]
    fast = [(x.start(), x.end() - 1) for x in m.padded.finditer(" " + norm)]
    assert plain == fast and plain


def test_trie_regex_joins_spaces_and_requires_a_word_end() -> None:
    rx = re.compile(trie_regex(["البيت الابيض", "بايدن"]))
    assert [x.group() for x in rx.finditer("البيت   الابيض بايدنات بايدن")] == ["البيت   الابيض", "بايدن"]


@pytest.mark.parametrize("gap", ["  ", " \t ", "\t\t", "\u00a0 "])
def test_a_phrase_is_found_across_a_run_of_spaces_or_tabs(gap: str) -> None:
    text = f"قال البيت{gap}الابيض اليوم"
    hits = list(TermMatcher(["البيت الابيض"]).finditer(text))
    assert [(h.key, text[h.start : h.end]) for h in hits] == [("البيت الابيض", f"البيت{gap}الابيض")]


# (With optional_article the two may name the proclitic of an article word differently, ال or none:
# that case is left out.)
@pytest.mark.parametrize("options", [{}, {"proclitics": NOUN_PROCLITICS}, {"attach_lam": True}, {"ignore_case": True}])
def test_the_automaton_finds_what_the_regex_finds(options: dict) -> None:
    terms = ["بوتين", "الكرملين", "عقوب*", "البيت الابيض", "وفقا ل", "الحوار", "علي", "sputnik"]
    text = normalize("قال للكرملين وبوتين وعقوبات، والبوتينيون في البيت  الابيض وفقا لما قاله بحوار وعلي وعليه وفعلي «الحوار» SPUTNIKs Sputnik")
    fast = TermMatcher(terms, **options)
    plain = TermMatcher(terms, **options)
    plain._automaton = None  # the regex recipe
    assert fast._automaton is not None
    assert list(fast.finditer(text)) == list(plain.finditer(text))


def test_a_group_finds_what_each_matcher_finds_alone() -> None:
    matchers = [
        TermMatcher(["قصف", "عقوب*", "عقوبات"]),  # one form shared with the next matcher, a wildcard
        TermMatcher(["العقوبات", "الحوار", "البيت الابيض", "قصف"], proclitics=NOUN_PROCLITICS, optional_article=True),
        TermMatcher(["sputnik", "قصف"], ignore_case=True),  # folds case: searched on its own
        TermMatcher(["وفقا ل"], attach_lam=True),
    ]
    text = normalize("وقصفت ثم قصف والعقوبات، عقوبات بحوار في البيت   الابيض وفقا لوكالة SPUTNIK")
    each = MatcherGroup(matchers).finditer_each(text)
    assert each == [list(m.finditer(text)) for m in matchers]
    assert all(each)
