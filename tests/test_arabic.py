"""Normalisation, tokens, proclitics and sentences, one Arabic pitfall per test."""

from __future__ import annotations

import re

import pytest

from q7x2lib.matching import TermMatcher
from q7x2lib.arabic import (
    normalize,
    normalize_with_offsets,
    sentence_spans,
    span_in_original,
    split_proclitics,
    tokenize,
)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("أمريكا", "امريكا"),  # hamza above alef
        ("إيران", "ايران"),  # hamza below alef
        ("آسيا", "اسيا"),  # madda
        ("ٱلرئيس", "الرئيس"),  # wasla
        ("الامريكى", "الامريكي"),  # alef maqsura written for ya (house style of 000)
        ("بوتـــين", "بوتين"),  # tatweel
        ("مُتَمَنِّيًا", "متمنيا"),  # harakat, shadda, tanween
        ("٢٠٢١", "2021"),  # Arabic-Indic digits
        ("۲۰۲۱", "2021"),  # Persian digits
        ("بايدن، بوتين؟", "بايدن, بوتين?"),  # Arabic comma and question mark
        ("“قاتل” «قاتل»", '"قاتل" "قاتل"'),  # curly and guillemet quotes
        ("\u200fبوتين\u200e", "بوتين"),  # bidi marks from scraped pages
    ],
)
def test_normalize_rule_before_after(before: str, after: str) -> None:
    assert normalize(before) == after


def test_ta_marbuta_is_kept_unless_asked() -> None:
    assert normalize("الرئاسة") == "الرئاسة"
    assert normalize("الرئاسة", ta_marbuta=True) == "الرئاسه"


def test_offsets_map_normalised_match_back_to_original_with_diacritics() -> None:
    original = "وقال بُوتِيـنُ إنّه مستعد"
    norm, offsets = normalize_with_offsets(original)
    m = re.search("بوتين", norm)
    a, b = span_in_original(offsets, m.start(), m.end())
    assert original[a:b] == "بُوتِيـنُ"


def test_offsets_identity_when_nothing_is_dropped() -> None:
    norm, offsets = normalize_with_offsets("أكد بيسكوف")
    assert norm == "اكد بيسكوف"
    assert offsets.tolist() == list(range(len(norm) + 1))


def test_tokens_keep_their_spans_and_drop_punctuation() -> None:
    text = "وقال بيسكوف: «هذا اقتراح جديد».."
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["وقال", "بيسكوف", "هذا", "اقتراح", "جديد"]
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_tokens_keep_diacritics_inside_the_word() -> None:
    assert [t.text for t in tokenize("ثمنًا باهظًا")] == ["ثمنًا", "باهظًا"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("والعلاقات", ("وال", "علاقات")),
        ("بالكرملين", ("بال", "كرملين")),
        ("للرئيس", ("لل", "رئيس")),
        ("وللرئيس", ("ولل", "رئيس")),
        ("وزارة", ("", "وزارة")),  # a word that really starts with و
        ("بيان", ("", "بيان")),  # ... and with ب
        ("لقاء", ("", "لقاء")),  # ... and with ل
    ],
)
def test_split_proclitics_without_vocabulary(word: str, expected: tuple[str, str]) -> None:
    assert split_proclitics(word) == expected


def test_single_letter_proclitic_split_only_before_a_known_word() -> None:
    known = {"بوتين", "بايدن"}
    assert split_proclitics("وبوتين", known) == ("و", "بوتين")
    assert split_proclitics("فبايدن", known) == ("ف", "بايدن")
    assert split_proclitics("وبايدن", known) == ("و", "بايدن")
    assert split_proclitics("وبوتينات", known) == ("", "وبوتينات")
    assert split_proclitics("ببايدن", known) == ("ب", "بايدن")


@pytest.mark.parametrize("surface", ["بوتين", "وبوتين", "لبوتين", "فبوتين", "ببوتين", "وببوتين"])
def test_term_matcher_takes_a_name_with_proclitics(surface: str) -> None:
    assert [h.end for h in TermMatcher(["بوتين"]).finditer(surface)] == [len(surface)]


@pytest.mark.parametrize("text", ["بوتينية", "ابوتين", "Xبوتين"])
def test_term_matcher_needs_word_boundaries(text: str) -> None:
    assert list(TermMatcher(["بوتين"]).finditer(text)) == []


@pytest.mark.parametrize("surface", ["الكرملين", "والكرملين", "بالكرملين", "للكرملين", "فالكرملين"])
def test_term_matcher_article_forms(surface: str) -> None:
    assert [h.end for h in TermMatcher(["الكرملين"]).finditer(surface)] == [len(surface)]


def test_multiword_term_matches_across_any_spacing() -> None:
    assert [h.key for h in TermMatcher(["البيت الابيض"]).finditer("وقال البيت  الابيض")] == ["البيت الابيض"]



def test_sentences_split_on_full_stop_and_arabic_question_mark() -> None:
    s = "هل تعقد القمة؟ قال بيسكوف إنها ممكنة. وأضاف أنها مهمة."
    assert [s[a:b] for a, b in sentence_spans(s)] == ["هل تعقد القمة؟", "قال بيسكوف إنها ممكنة.", "وأضاف أنها مهمة."]


def test_sentences_do_not_cut_a_quotation() -> None:
    s = "وقال بيسكوف “من السابق لأوانه الحديث .. هذا اقتراح جديد وسيتم بحثه”. وأضاف أنه مهم."
    spans = sentence_spans(s)
    assert len(spans) == 2
    assert s[spans[0][0] : spans[0][1]].endswith("بحثه”.")


def test_sentences_end_at_paragraph_break_and_not_at_decimal_point() -> None:
    s = "نمو 3.5 في المئة\n\nعنوان فرعي"
    assert [s[a:b] for a, b in sentence_spans(s)] == ["نمو 3.5 في المئة", "عنوان فرعي"]


def test_sentences_do_not_end_at_a_title_abbreviation_or_an_initial() -> None:
    s = "وأوضح د. سامر العلي أن المشروع تأخر. ووعد م. هادي النجار بإنجازه، كما قال جون ف. كيري."
    assert [s[a:b] for a, b in sentence_spans(s)] == [
        "وأوضح د. سامر العلي أن المشروع تأخر.",
        "ووعد م. هادي النجار بإنجازه، كما قال جون ف. كيري.",
    ]


def test_a_title_abbreviation_at_the_start_of_the_text_does_not_end_a_sentence() -> None:
    s = "د. سامر العلي: الخطة جاهزة. وأضاف أنها تامة."
    assert [s[a:b] for a, b in sentence_spans(s)] == ["د. سامر العلي: الخطة جاهزة.", "وأضاف أنها تامة."]


def test_sentences_do_not_end_inside_a_dotted_acronym_but_do_after_one() -> None:
    s = "وقال لشبكة سي. إن. إن. إن الخطة جاهزة. وتحدث إلى بي بي سي. وأضاف أنها تامة."
    assert [s[a:b] for a, b in sentence_spans(s)] == [
        "وقال لشبكة سي. إن. إن. إن الخطة جاهزة.", "وتحدث إلى بي بي سي.", "وأضاف أنها تامة.",
    ]


def test_sentences_end_after_a_short_word_an_era_and_keep_a_list_number() -> None:
    s = "لن نقبل به. وذلك منذ عام 1430 هـ. وقال إن البنود:\n1. رفع الرسوم."
    assert [s[a:b] for a, b in sentence_spans(s)] == [
        "لن نقبل به.", "وذلك منذ عام 1430 هـ.", "وقال إن البنود:", "1. رفع الرسوم.",
    ]


def test_word_counts_of_many_texts_equal_count_words_of_each() -> None:
    from q7x2lib.arabic import count_words, word_counts

    texts = ["قال بوتين: «نستعد للأسوأ».", "", "ـً بُـوتين", "ًًب ً", "😀abc𐐀x a_b", "١٢٣ ٤", "\u06e5\u06e6 ب\u0670ب", "\u200fوزير\u200c الخارجية"]
    assert word_counts(texts).tolist() == [count_words(t) for t in texts]
    assert word_counts([]).tolist() == [] and word_counts(["", ""]).tolist() == [0, 0]


def test_space_separated_spans_equal_the_regex_runs_of_non_space() -> None:
    import re

    from q7x2lib.arabic import space_separated_spans

    for text in ["", " ", "قال بوتين", "  قال\u00a0بوتين\n\nإن\t«نعم»\u2003😀x \u3000", "x\u200by", "\U00010400 \u2028 a"]:
        starts, ends = space_separated_spans(text)
        assert list(zip(starts, ends)) == [m.span() for m in re.finditer(r"\S+", text)], text


@pytest.mark.parametrize("text", ["ًبُّوتيـــن،\u200f قال", "ـبوتينُ", "\u200fًّ", "قال بوتين"])
def test_each_offset_points_at_the_character_it_normalises(text: str) -> None:
    norm, offsets = normalize_with_offsets(text)
    assert len(offsets) == len(norm) + 1 and offsets[-1] == len(text)
    assert [normalize(text[i]) for i in offsets[:-1]] == list(norm)
    assert "".join(text[a:b] for a, b in zip(offsets[:-1], offsets[1:])) == text[offsets[0]:]


def test_presentation_forms_fold_letter_for_letter_and_keep_every_offset() -> None:
    # a made-up line typed in presentation forms, as legacy-encoded pages carry it
    original = "ﻭﻗﺎﻝ ﺍﻟﻤﺘﺤﺪﺙ ﺑﺎﺳﻢ ﺍﻟﺠﻴﺶ ﺍﻟﻴﻤﻨﻲ ﹰﺇﻥ"
    norm, offsets = normalize_with_offsets(original)
    assert norm == normalize(original) == "وقال المتحدث باسم الجيش اليمني ان"
    m = re.search("الجيش اليمني", norm)
    a, b = span_in_original(offsets, m.start(), m.end())
    assert original[a:b] == "ﺍﻟﺠﻴﺶ ﺍﻟﻴﻤﻨﻲ"
    assert normalize("ﺍﻟﺤﻜﻮﻣﺔ", ta_marbuta=True) == "الحكومه"
    assert normalize("ﻻ") == "ﻻ"  # a lam-alef ligature is two letters: left alone, not split


def test_a_mention_in_presentation_forms_is_found_at_its_raw_offsets() -> None:
    from q7x2lib.mentions import find_mentions
    import pandas as pd

    text = "ﻭﻗﺎﻝ ﻭﺯﻳﺮ ﺍﻟﺨﺎﺭﺟﻴﺔ ﺍﻟﻤﺼﺮﻱ ﺇﻥ ﺍﻟﺤﻞ ﻗﺮﻳﺐ"
    rows = find_mentions(pd.DataFrame({"doc_id": ["x"], "text": [text]}), text_col="text")
    row = rows.iloc[0]
    assert text[row["start"]:row["end"]].startswith("ﻭﺯﻳﺮ ﺍﻟﺨﺎﺭﺟﻴﺔ ﺍﻟﻤﺼﺮﻱ")
    assert row["code"] == "EGYGOV"


def test_normalize_keeps_short_strings_and_gives_what_it_computes() -> None:
    from q7x2lib import arabic

    words = ["الأمريكى", "بُوتِيـــن، ٢٠٢١", "الرئاسة", "ﻭﺯﻳﺮ ﺍﻟﺪﻓﺎﻉ", "", "إِنَّ", "x" * 100]
    arabic._NORM_CACHE.clear()
    for ta in (False, True):
        for w in words:
            computed = arabic._map_chars(arabic._DROP_RE.sub("", w), ta)
            assert arabic.normalize(w, ta_marbuta=ta) == computed == arabic.normalize(w, ta_marbuta=ta)
    assert ("الرئاسة", True) in arabic._NORM_CACHE and ("x" * 100, False) not in arabic._NORM_CACHE
    assert arabic.normalize("الرئاسة", ta_marbuta=True) == "الرئاسه" and arabic.normalize("الرئاسة") == "الرئاسة"
