"""The lexicon layer: one loader for every table, the user's own tables, errors that name file and line."""

from __future__ import annotations

import pandas as pd
import pytest

from q7x2lib.errors import LexiconError, Q7x2Warning
from q7x2lib.lexicons import TABLES, lexicon_path, load_lexicon, month_names, word_list


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_bundled_table_loads_with_its_required_columns(name: str) -> None:
    table = load_lexicon(name)
    assert len(table) > 0
    assert set(TABLES[name].required) <= set(table.columns)


def test_result_is_a_copy_so_the_cache_cannot_be_changed() -> None:
    first = load_lexicon("topics")
    first.loc[0, "topic_id"] = "changed"
    assert load_lexicon("topics").loc[0, "topic_id"] != "changed"


def test_a_users_table_extends_the_bundled_one_and_wins_on_its_key(tmp_path) -> None:
    own = tmp_path / "verbs.csv"
    own.write_text("form,lemma,kind\nقال,قال,participle\nنوه,نوه,verb\n", encoding="utf-8")
    table = load_lexicon("reporting_verbs", own)
    assert table.set_index("form").loc["قال", "kind"] == "participle"  # the user's row wins
    assert "نوه" in set(table.form) and "أكد" in set(table.form)  # bundled rows kept
    assert set(load_lexicon("reporting_verbs", own, extend=False).form) == {"قال", "نوه"}


def test_a_dataframe_is_a_table_too() -> None:
    own = pd.DataFrame({"term": ["هدنة"], "polarity": ["1"], "weight": ["0.7"], "category": ["truce"]})
    with pytest.warns(Q7x2Warning, match="statement-sign model"):  # the rules take it, the trained model cannot
        table = load_lexicon("stance_terms", own)
    assert table.set_index("term").loc["هدنة", "weight"] == 0.7


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        ("actors", "actor_id,kind,phrase,valid_from\nx,role,الرئيس,03/15/2004\n",
         r"line 2: valid_from '03/15/2004' is not a date \(write YYYY-MM-DD\)"),
        ("actors", "actor_id,kind,phrase\nx,name,بوتين,extra\n", "line 2: 4 fields where the header has 3"),
        ("actors", "actor_id,kind,phrase\n\nx,nickname,بوتين\n", "line 3: kind 'nickname' is not one of"),
        ("stance_terms", "term,polarity,weight,category\nحرب,-1,heavy,war\n", "line 2: weight 'heavy' must be a number"),
        ("boilerplate", "rule_id,scope,pattern\nr,line,[\n", "line 2: bad pattern"),
        ("topics", "topic_id,label_ar,label_en\nt,س,x\n", r"lacks column\(s\) \['keywords'\]"),
        ("word_lists", "", "is empty"),
    ],
)
def test_a_bad_user_table_names_its_own_file_and_line(tmp_path, name: str, text: str, problem: str) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match="mine.csv.*" + problem):
        load_lexicon(name, path)


def test_an_unknown_table_or_a_missing_file_is_one_clear_error(tmp_path) -> None:
    with pytest.raises(LexiconError, match="no lexicon 'verbs'; choose one of"):
        load_lexicon("verbs")
    with pytest.raises(LexiconError, match="nothere.csv: no such reporting-verb table"):
        load_lexicon("reporting_verbs", tmp_path / "nothere.csv")


def test_word_lists_are_normalised_and_in_file_order() -> None:
    assert month_names()[:2] == ("يناير", "فبراير")
    assert "لا" in word_list("negator")
    with pytest.raises(LexiconError, match="no list 'nonsense'"):
        word_list("nonsense")


def test_every_table_file_is_in_the_lexicon_folder() -> None:
    for name in TABLES:
        assert lexicon_path(name).is_file(), name


@pytest.mark.parametrize("name", sorted(TABLES))
def test_no_bundled_table_repeats_a_key(name: str) -> None:
    # the loader keeps the first of two rows with one key, so a repeated row (two branches adding the same form)
    # would be dropped silently, with its note
    table = load_lexicon(name)
    repeated = table[table.duplicated(list(TABLES[name].key), keep=False)]
    assert repeated.empty, repeated.head(10)


def test_extending_the_actor_table_keeps_a_role_phrase_held_in_two_periods(tmp_path) -> None:
    # the same phrase names one person for two separate terms (two rows, two validity periods): a user's own
    # table must not make the loader drop the second term as a repeated key
    own = tmp_path / "actors.csv"
    own.write_text("actor_id,kind,phrase\nmy_minister,name,وزير المالية فلان الفلاني\n", encoding="utf-8")
    bundled = load_lexicon("actors")
    terms = bundled[bundled.duplicated(["actor_id", "kind", "phrase"], keep=False)]
    assert not terms.empty, "the bundled table has a phrase with two periods (the test needs one)"
    extended = load_lexicon("actors", own)
    kept = extended.merge(terms[["actor_id", "kind", "phrase", "valid_from"]])
    assert len(kept) == len(terms) and "my_minister" in set(extended.actor_id)


def test_an_office_passes_from_holder_to_holder_without_a_lost_day() -> None:
    """``valid_to`` is exclusive: a holder whose row ends the day before the next one's starts leaves that day to no one.

    (Eighty-nine rows wrote the last day in office as ``valid_to``; the role phrase then named nobody on it.)
    """
    offices = load_lexicon("offices").dropna(subset=["valid_from"])
    offices = offices.assign(start=pd.to_datetime(offices["valid_from"]), end=pd.to_datetime(offices["valid_to"]))
    gaps = []
    for (country, office), rows in offices.sort_values("start").groupby(["country", "office"]):
        for (_, a), (_, b) in zip(rows.iterrows(), rows.iloc[1:].iterrows()):
            if pd.notna(a["end"]) and b["start"] - a["end"] == pd.Timedelta(days=1):
                gaps.append((country, office, a["actor_id"], b["actor_id"]))
    assert not gaps, gaps[:10]


def test_word_list_rows_are_in_the_form_the_text_is_matched_in() -> None:
    """Every word-list row is read as :func:`~q7x2lib.arabic.normalize` reads the text, which keeps ة as written.

    A row spelt with ة folded into ه (بشده for بشدة: the constant events._VERB_ADVERBS had them so) never meets a text
    written with ة. Rows ending in ه whose ة-form is a word of the bundled tables must hold that ة-form in the same list
    too (texts written with ه may keep their row: صحيفه beside صحيفة), unless the ه is the pronoun (his son, to him).
    """
    import re

    from q7x2lib.arabic import WORD_RE, normalize
    from q7x2lib.lexicons import bundled_table

    pronoun_forms = {"نظيره", "اليه", "نائبه", "ابنه", "والده", "شقيقه", "سفيره",  # نظيره his counterpart, إليه to him, ...
                     "قاده",  # بدعم قاده قطاع البنوك: led it (market_mover_link), not قادة (leaders)
                     "ناديه"}  # مجلس إدارة ناديه: his club (board_body_no_agent), not the name نادية
    table = pd.read_csv(lexicon_path("word_lists"), dtype=str, keep_default_na=False)
    for name in table["list"].unique():
        assert word_list(name) == tuple(table.loc[table["list"] == name, "word"].map(normalize)), name
    vocabulary = set()
    for name in TABLES:
        frame = bundled_table(name)
        for column in frame.columns.drop(["note", "norm"], errors="ignore"):
            for value in frame[column]:
                if isinstance(value, str):
                    vocabulary.update(WORD_RE.findall(normalize(value)))
    rows = {(name, normalize(word)) for name, word in zip(table["list"], table["word"])}
    slips = []
    for name, norm in rows:
        for m in re.finditer(r"[^\W_]+ه(?![^\W_])", norm):
            ta = m.group()[:-1] + "ة"
            if ta in vocabulary and m.group() not in pronoun_forms \
                    and (name, norm[:m.start()] + ta + norm[m.end():]) not in rows:
                slips.append((name, norm))
    assert not slips, sorted(slips)


def test_word_set_reads_the_lists_in_force_and_is_emptied_when_they_change(user_rows) -> None:
    """The one cached reader of a word list: a user's row reaches it, and leaves with the user's tables (its module's
    caches are otherwise kept when the tables change); the event rules read it under this one name, no alias."""
    from q7x2lib import event_light_verbs, event_patterns, event_senses, events
    from q7x2lib.lexicons import word_set

    for module in (events, event_senses, event_light_verbs, event_patterns):
        assert not hasattr(module, "_word_set")
    assert "امس" in word_set("name_time_closer") and "البارحة" not in word_set("name_time_closer")  # cached now
    with user_rows(word_lists={"name_time_closer": "البارحة"}):
        assert {"البارحة", "امس"} <= word_set("name_time_closer")
    assert "البارحة" not in word_set("name_time_closer")
    assert word_set("no_such_list") == frozenset()


def test_the_noun_sets_once_written_in_the_code_are_word_lists_a_user_extends(user_rows) -> None:
    """Round 56: the outlet and channel nouns of mentions.py (and the noun sets of the speaker and event rules) are
    lists of word_lists.csv: a user's row reaches the rule that reads them."""
    from q7x2lib.arabic import normalize
    from q7x2lib.lexicons import word_set
    from q7x2lib.mentions import _channel_before, _outlet_noun

    for name in ("outlet_noun", "channel_noun", "share_number_word", "workplace_noun", "field_noun", "man_in_feminine",
                 "addressee_word", "between_side_head", "victim_body", "victim_body_men"):
        assert word_set(name), name
    assert _outlet_noun(word_set("outlet_noun")).sub("", "صحيفة الجزيرة") == "الجزيرة"
    before = normalize("وقال لإذاعة «")
    assert _channel_before(word_set("channel_noun")).search("قال لقناة «") and not _channel_before(word_set("channel_noun")).search(before)
    with user_rows(word_lists={"channel_noun": "إذاعة"}):
        assert _channel_before(word_set("channel_noun")).search(before)


def test_word_list_reads_each_table_object_once_and_a_new_table_anew() -> None:
    from q7x2lib.lexicons import _list_words

    table = load_lexicon("word_lists")
    for name in ("negator", "anaphor", "speaker_descriptor"):  # the same words as a scan of the table's rows
        assert word_list(name, table) == tuple(w for lst, w in zip(table["list"], table["norm"]) if lst == name)
    assert _list_words(table) is _list_words(table)
    own = load_lexicon("word_lists", pd.DataFrame({"list": ["anaphor"], "word": ["الرابطة"]}))
    assert "الرابطة" in word_list("anaphor", own) and "الرابطة" not in word_list("anaphor", table)
    assert word_list("no_such_list", own, required=False) == ()


def test_a_table_file_is_checked_once_per_call_and_again_at_the_next(tmp_path, monkeypatch) -> None:
    import shutil

    from q7x2lib import config
    from q7x2lib.lexicons import files_read_once, table_in_force

    folder = tmp_path / "lexicons"
    shutil.copytree(config.LEXICON_DIR, folder)
    monkeypatch.setattr(config, "LEXICON_DIR", folder)
    path = folder / "word_lists.csv"
    with files_read_once():
        before = table_in_force("word_lists")
        with path.open("a", encoding="utf-8") as out:
            out.write("anaphor,الرابطة,\n")
        import os
        os.utime(path, ns=(1, 1))  # a new modification time
        with files_read_once():  # a call inside the call: the same table
            assert table_in_force("word_lists") is before
        assert "الرابطة" not in word_list("anaphor")
    assert "الرابطة" in word_list("anaphor")  # the next call reads the edited file


def test_the_noun_sets_of_round_57_are_word_lists_a_user_extends(user_rows) -> None:
    """Round 57: eleven more word sets once written in the event and speaker rules (count nouns, partitive numbers,
    the public's quantifiers, spokesmen, quantifiers and counts of speakers, counted times, the words skipped before a
    subject, the same speaking role, the texts a body relays in, adverbs of time) are lists of word_lists.csv."""
    from q7x2lib.lexicons import word_set
    from q7x2lib.statement_speakers import _skippable_first

    for name in ("count_noun", "partitive_number", "public_before", "spokesman_word", "skippable_first",
                 "speaker_quantifier", "speaker_count", "counted_time", "same_speaking_role", "relayed_in",
                 "adverb_of_time"):
        assert word_set(name), name
    assert _skippable_first("امس") and _skippable_first("عليه") and not _skippable_first("البارحة")
    with user_rows(word_lists={"skippable_first": "البارحة"}):
        assert _skippable_first("البارحة") and _skippable_first("عليه")


def test_places_set_a_foreign_story_in_its_state():
    # a US shooting, a Nigerian attack, a Sicilian landing: the places table knows towns and regions beyond the
    # Middle East, so a story set there is set in that state, not in the outlet's (made-up sentences)
    from q7x2lib.events import _article_settings

    texts = {"a": "قتل ثلاثة أشخاص في إطلاق نار بمدينة دالاس في ولاية تكساس",
             "b": "فجرت انتحارية نفسها في سوق في مايدوغوري",
             "c": "وصل مئات المهاجرين إلى صقلية"}
    assert _article_settings(set(texts), {}, texts) == {"a": {"USA"}, "b": {"NGA"}, "c": {"ITA"}}
    places = load_lexicon("places")
    # names that are also words, clubs or other states' places stay out (العين "the eye", قنا a news agency,
    # رفح Palestinian and Egyptian, أريحا Jericho and a Syrian town of Idlib, جنيف the venue of talks on other states)
    assert not set(places["place"]) & {"العين", "قنا", "رفح", "أريحا", "جنيف", "مطروح", "سترة"}


def test_a_corpus_without_its_text_column_gets_a_clear_error_not_a_key_error() -> None:
    # round 58: a frame of the user's own with its text in "text" (not load_corpus's text_clean) gave a KeyError
    # from deep inside find_mentions; every finder of a corpus now says which column is missing and what to pass
    from q7x2lib import find_events, find_mentions, find_statements
    from q7x2lib.errors import ArgumentError

    corpus = pd.DataFrame({"doc_id": ["a"], "text": ["وقالت وزارة الخارجية المصرية إنها ترحب بالاتفاق."]})
    with pytest.raises(ArgumentError, match="no column 'text_clean'.*text_col="):
        find_mentions(corpus)
    mentions = find_mentions(corpus, text_col="text")
    assert mentions["country"].tolist()[:1] == ["EGY"]  # with text_col= the same frame is read
    with pytest.raises(ArgumentError, match="find_statements: the corpus has no column 'text_clean'"):
        find_statements(corpus, mentions=mentions)
    with pytest.raises(ArgumentError, match="find_events: the corpus has no column 'doc_id'"):
        find_events(corpus.rename(columns={"doc_id": "id"}), "text", mentions=mentions)


def test_one_reader_of_the_place_tables_serves_the_headline_and_speaker_rules(user_rows) -> None:
    """place_names is the one reader of the countries, places and regions tables' place names: a user's town reaches
    a headline's place prefix, the first words a place written with ل may be, and the states a headline sets its
    event in; a Saudi or ambiguous town stays out of the last (made-up town names)."""
    from q7x2lib.compare._headlines import _place_first_words, _state_place_pattern
    from q7x2lib.lexicons import place_names
    from q7x2lib.statement_cues import _cues

    towns = {"place": ["وادي زمرد", "قرية لؤلؤ", "بلدة مرجان"], "country": ["EGY", "SAU", "JOR"], "kind": ["city"] * 3,
             "source": ["test"] * 3, "note": ["", "", "ambiguous: two towns"]}
    with user_rows(places=towns):
        rows = {name: (code, form) for name, code, form, _ in place_names(regions=True)}
        assert rows["وادي زمرد"] == ("EGY", "place") and rows["الجوف"] == ("SAU", "region")
        assert "الجوف" not in {name for name, *_ in place_names()}
        assert {"وادي", "قرية", "بلدة"} <= _place_first_words()
        assert {"وادي زمرد", "قرية لؤلؤ", "بلدة مرجان"} <= _cues(load_lexicon("reporting_verbs")).headline_places
        pattern, state = _state_place_pattern()
        assert state["وادي زمرد"] == {"EGY"} and "قرية لؤلؤ" not in state and "بلدة مرجان" not in state
    assert "وادي زمرد" not in {name for name, *_ in place_names()}
