"""Cleaning rules and structure detection, shown on the Arabic they change."""

from __future__ import annotations

import pandas as pd
import pytest

from q7x2lib import config
from q7x2lib.clean import (
    clean_corpus,
    clean_text,
    paragraphs,
    parse_article,
    split_dateline,
    split_sentences,
)
from q7x2lib.errors import LexiconError
from q7x2lib.lexicons import load_lexicon

RULES = load_lexicon("boilerplate")
BODY = "وقال الكرملين إن بوتين مستعد لإجراء محادثات مع بايدن."


@pytest.mark.parametrize("rule", list(RULES.itertuples()), ids=lambda r: r.rule_id)
def test_every_boilerplate_rule_removes_its_own_example(rule) -> None:
    raw = f"{BODY}\n{rule.example}\n{BODY}"
    out = clean_text(raw)["text_clean"]
    assert rule.example not in out
    assert out.count("بوتين") == 2  # the article around it survives


@pytest.mark.parametrize(
    ("line", "rule_id"),
    [
        ("[ad_1]", "ad_marker"),
        ("زر الذهاب إلى الأعلى", "back_to_top"),
        ("اقرأ ايضا:تركيا توقع مذكرات تفاهم مع حكومة الدبيبة", "read_also"),
        ("اقرأ أيضاً: بوتين يلتقي بايدن", "read_also"),  # hamza and tanween variant
        ("التعليقات", "comments_footer"),
        ("التعليقات مغلقة.", "comments_footer"),
        ("أخبار عالميةعاجل", "breadcrumb"),  # breadcrumb glued to a category
    ],
)
def test_corpus_boilerplate_line_is_removed_by_the_named_rule(line: str, rule_id: str) -> None:
    paras = parse_article(f"{BODY}\n{line}")
    assert [(p.kind, p.rule_id) for p in paras] == [("body", None), ("boilerplate", rule_id)]


def test_sentence_mentioning_comments_is_not_boilerplate() -> None:
    line = "التعليقات الأخيرة لبايدن أغضبت موسكو."
    assert clean_text(line)["text_clean"] == line


def test_inline_ad_marker_is_cut_from_a_paragraph() -> None:
    assert clean_text("قال بيسكوف [ad_2] إن القمة ممكنة.")["text_clean"] == "قال بيسكوف إن القمة ممكنة."


def test_sentence_broken_across_blank_lines_is_rejoined() -> None:
    raw = "عنوان\n\nوقال الكرملين في نفس البيان إن المكالمة تمت بمبادرة من واشنطن وإن بوتين\n\nوأوضح وجهات نظره بشأن شرق أوكرانيا."
    out = clean_text(raw)
    assert out["text_clean"].split("\n\n")[1] == "وقال الكرملين في نفس البيان إن المكالمة تمت بمبادرة من واشنطن وإن بوتين وأوضح وجهات نظره بشأن شرق أوكرانيا."


def test_line_ending_in_comma_continues_on_the_next_line() -> None:
    raw = "قال البيت الأبيض إن بايدن “شدد على دعم أوكرانيا”،\n\nو بحسب البيت الأبيض، دعا إلى الحوار."
    assert clean_text(raw)["text_clean"].count("\n") == 0


def test_short_broken_line_opening_with_reporting_verb_is_rejoined() -> None:
    raw = f"{BODY}\n\nوقال بيسكوف إن\n\nالقمة ممكنة.\n\n{BODY}"
    assert clean_text(raw)["text_clean"].split("\n\n")[1] == "وقال بيسكوف إن القمة ممكنة."


def test_short_line_without_full_stop_is_a_subheading_not_joined() -> None:
    raw = f"{BODY}\n\nتصريحات بايدن\n\n{BODY}"
    kinds = [p.kind for p in parse_article(raw)]
    assert kinds == ["body", "subheading", "body"]


def test_first_short_line_without_full_stop_is_the_title() -> None:
    out = clean_text(f"الكرملين: الظرف غير مناسب لتطبيع العلاقات مع أميركا\n\n{BODY}")
    assert out["title"] == "الكرملين: الظرف غير مناسب لتطبيع العلاقات مع أميركا"
    assert out["text_clean"].startswith(out["title"] + "\n\n")


def test_first_sentence_with_full_stop_is_not_a_title() -> None:
    assert clean_text(f"{BODY}\n{BODY}")["title"] is None


def test_title_is_found_after_a_breadcrumb() -> None:
    out = clean_text(f"أخبار عالميةعاجل\n\nالرئاسة الروسية: نستعد للأسوأ في العلاقات مع واشنطن\n\n{BODY}")
    assert out["title"] == "الرئاسة الروسية: نستعد للأسوأ في العلاقات مع واشنطن"


def test_dateline_is_split_off_and_kept() -> None:
    out = clean_text("عنوان الخبر\n\nموسكو – يورو عربي | قال الكرملين إن بوتين مستعد.")
    assert out["dateline"] == "موسكو – يورو عربي"
    assert "يورو عربي" not in out["text_clean"]
    assert "قال الكرملين إن بوتين مستعد." in out["text_clean"]


def test_agency_dateline_in_parentheses() -> None:
    assert split_dateline("موسكو (رويترز) - قال الكرملين") == ("موسكو (رويترز)", "قال الكرملين")


def test_paragraph_offsets_index_text_clean(corpus: pd.DataFrame) -> None:
    paras = paragraphs(corpus)
    kept = paras[paras.start >= 0].merge(corpus[["doc_id", "text_clean"]], on="doc_id")
    assert all(t[a:b] == p for t, a, b, p in zip(kept.text_clean, kept.start, kept.end, kept.text))


def test_paragraph_raw_offsets_index_the_raw_text(corpus: pd.DataFrame) -> None:
    paras = paragraphs(corpus).merge(corpus[["doc_id", "text"]], on="doc_id", suffixes=("", "_raw"))
    removed = paras[paras.kind == "boilerplate"]
    assert len(removed) == 8  # breadcrumb, back-to-top, 2 read-also, 2 comment footers, 2 ad markers
    assert all(raw[a:b] == p for raw, a, b, p in zip(removed.text_raw, removed.raw_start, removed.raw_end, removed.text))


def test_cleaning_never_changes_text(corpus: pd.DataFrame) -> None:
    for doc_id, text in zip(corpus.doc_id, corpus.text):
        assert text == (config.RAW_DIR / f"{doc_id}.txt").read_text(encoding="utf-8")


def test_bundled_titles_and_structure(corpus: pd.DataFrame) -> None:
    titles = corpus.set_index("doc_id")["title"]
    assert titles["000_2f7a25327503f7a2"] is None
    assert titles["002_463fe23569ba3612"] is None
    assert titles["004_e92e0c86928e1aaa"].startswith("الكرملين:")
    kinds = paragraphs(corpus).groupby("kind").size()
    assert kinds["title"] == 3
    assert kinds["subheading"] >= 8


def test_text_clean_has_no_scraper_residue(corpus: pd.DataFrame) -> None:
    residue = ["[ad_", "زر الذهاب", "اقرأ ايضا", "التعليقات", "عالميةعاجل"]
    for text in corpus.text_clean:
        assert not any(r in text for r in residue)


def test_given_title_column_is_kept_and_first_line_not_taken() -> None:
    df = pd.DataFrame({"doc_id": ["a"], "title": ["قمة جنيف"], "text": ["بوتين وبايدن\n" + BODY]})
    out = clean_corpus(df)
    assert out.loc[0, "title"] == "قمة جنيف"
    assert out.loc[0, "text_clean"].startswith("بوتين وبايدن")


def test_text_norm_is_normalised_text_clean(corpus: pd.DataFrame) -> None:
    assert "الامريكي" in corpus.loc[0, "text_norm"]
    assert "الأمريكي" in corpus.loc[0, "text_clean"]


def test_split_sentences_offsets_and_ids(corpus: pd.DataFrame) -> None:
    sents = split_sentences(corpus)
    joined = sents.merge(corpus[["doc_id", "text_clean"]], on="doc_id")
    assert all(t[a:b] == s for t, a, b, s in zip(joined.text_clean, joined.start, joined.end, joined.text))
    assert (sents.groupby("doc_id").sentence_id.min() == 0).all()
    assert sents.groupby("doc_id").size().min() >= 10


def test_malformed_rule_table_names_file_and_row(tmp_path) -> None:
    bad = tmp_path / "rules.csv"
    bad.write_text("rule_id,scope,pattern\nok,line,^x$\nbroken,line,([\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"rules.csv, line 3: bad pattern"):
        load_lexicon("boilerplate", bad)


def test_cleaning_pipes(corpus: pd.DataFrame) -> None:
    out = corpus[["doc_id", "text"]].pipe(clean_corpus).pipe(split_sentences)
    assert {"doc_id", "sentence_id", "text"} <= set(out.columns)


@pytest.mark.parametrize("mark", ["\u200c", "\u200f", "\u0640\u0640", "\u064e"])
def test_line_of_invisible_marks_is_a_blank_line(mark: str) -> None:
    out = clean_text(f"{BODY}\n{mark}\n{BODY}")
    assert out["text_clean"] == f"{BODY}\n\n{BODY}"


def test_html_markup_is_read_as_a_browser_shows_it_and_the_raw_text_kept() -> None:
    raw = (
        '<div class="post"><h2>الرياض تستضيف قمة الطاقة</h2><p>أعلن الوزير أن <a href="https://example.com/a">القمة</a>'
        " تبدأ&nbsp;غدا.</p><p>وقال إن &quot;الحوار&quot; مستمر بنسبة 3 &lt; 5.</p><script>var x = 1;</script></div>"
    )
    out = clean_text(raw)
    assert out["title"] == "الرياض تستضيف قمة الطاقة"
    assert out["text_clean"] == 'الرياض تستضيف قمة الطاقة\n\nأعلن الوزير أن القمة تبدأ غدا.\n\nوقال إن "الحوار" مستمر بنسبة 3 < 5.'
    body = [p for p in out["paragraphs"] if p.kind == "body"][0]
    assert raw[body.raw_start : body.raw_end] == 'أعلن الوزير أن <a href="https://example.com/a">القمة</a> تبدأ&nbsp;غدا.'


def test_a_less_than_sign_in_an_article_with_markup_is_no_tag() -> None:
    out = clean_text("<p>ارتفع المؤشر 3 < 5 > 2 نقاط اليوم.</p>")
    assert out["text_clean"] == "ارتفع المؤشر 3 < 5 > 2 نقاط اليوم."


def test_scraped_css_and_script_are_cut_out_of_text_clean_and_the_raw_text_kept() -> None:
    code = (
        "#poll ul { padding: 0; margin: 0; } .poll_box h5 { margin: 10px; } .poll_box input[type=radio] { width: auto; }"
        " jQuery.noConflict(); jQuery(document).ready(function(){ jQuery('#poll_form').submit(function() {"
        " jQuery('#poll').html('انتظر قليلا'); return false; }); var chart = jQuery.plot('pie', [[ ['a1',12],['a2',7] ]],"
        " { grid: { shadow:false }, colors:['#449EC0', '#E5983C'] }); });"
    )
    raw = f"قمة الرياض للطاقة\nأعلن الوزير أن القمة تبدأ غدا، فهل تتوقع نجاحها؟ {code} هل تنجح القمة؟\n{BODY}"
    out = clean_text(raw)
    assert out["text_clean"] == f"قمة الرياض للطاقة\n\nأعلن الوزير أن القمة تبدأ غدا، فهل تتوقع نجاحها؟ هل تنجح القمة؟\n\n{BODY}"
    assert code in raw  # the raw text is never changed
    paras = parse_article(f"{BODY}\n{code}\n{BODY}")  # a line of code only is reported as boilerplate
    assert [(p.kind, p.rule_id) for p in paras] == [("body", None), ("boilerplate", "code_residue"), ("body", None)]


@pytest.mark.parametrize(
    "line",
    [
        "قال تعالى: {إِنَّا لِلّهِ وَإِنَّا إِلَيْهِ رَاجِعونَ}؛ وقال الشيخ: (رحمه الله)؛ انتهى.",  # a verse in braces
        "خاص بـ {الشرق الأوسط}: خدمة «نيويورك تايمز».",
        "Note: the summit (in Riyadh); the talks {as planned}; see page 3 (Reuters); AP.",  # Latin prose with { ; :
        "وكتب على الشاشة print(x); y = f(z); ثم غادر القاعة.",  # a lone statement or two without a block stay
    ],
)
def test_prose_with_braces_or_semicolons_is_not_code(line: str) -> None:
    assert clean_text(f"{line}\n{BODY}")["text_clean"] == f"{line}\n\n{BODY}"
