"""Directed events: source, target, CAMEO root, negation, statements, dyads."""

from __future__ import annotations

import pandas as pd

from q7x2lib.events import dyads, find_events
from q7x2lib.lexicons import load_lexicon
from q7x2lib.mentions import find_mentions
from q7x2lib.statements import find_statements, mentions_and_statements

DATE = pd.Timestamp("2015-07-30")


def events(text: str, *, with_statements: bool = True, sign_model=True) -> pd.DataFrame:
    df = pd.DataFrame({"doc_id": ["d"], "title": [None], "published": [DATE], "text_clean": [text]})
    mentions = find_mentions(df)
    st = find_statements(df, mentions=mentions) if with_statements else None
    return find_events(df, mentions=mentions, statements=st, sign_model=sign_model)


def act_codes(text: str, trigger: str) -> list[str]:
    """The CAMEO codes of the acts (no statements read) of ``text`` whose trigger matches the pattern ``trigger``."""
    ev = events(text, with_statements=False)
    return ev.loc[ev["trigger"].str.contains(trigger), "event_code"].tolist()


def critic():
    """A sign model of the test's own that reads every statement as a criticism: a test of what follows from a
    model's sign holds whatever the shipped model (retrained each round) makes of its sentence."""
    from q7x2lib.statement_sign import BIAS, SignModel

    return SignModel(pd.DataFrame({"w_neg": [3.0], "w_zero": [0.0], "w_pos": [0.0]}, index=[BIAS]))


def coded(ev: pd.DataFrame) -> list[list]:
    return ev[["unit", "source_code", "target_code", "event_code", "negated"]].values.tolist()


def test_verb_before_its_subject_gives_the_source() -> None:
    ev = events("ورفضت واشنطن اقتراح موسكو.", with_statements=False)
    assert coded(ev) == [["event", "USAGOV", "RUSGOV", "12", False]]


def test_subject_before_the_verb() -> None:
    ev = events("واشنطن ترفض اقتراح موسكو.", with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist() == [["USAGOV", "RUSGOV"]]


def test_noun_after_the_verb_is_its_object_not_its_subject() -> None:
    ev = events("قصفت الطائرات مواقع الحوثيين في صنعاء.", with_statements=False)
    assert ev[["source_code", "target_code", "event_code"]].values.tolist() == [[None, "YEMREB", "18"]]


def test_did_not_reject_is_no_rejection() -> None:
    ev = events("ولم ترفض إيران الاقتراح.", with_statements=False)
    assert ev.negated.tolist() == [True] and ev.event_code.tolist() == ["12"]
    assert "¬" in ev.evidence.iloc[0]


def test_target_after_the_preposition_the_verb_demands() -> None:
    ev = events("وشنت الولايات المتحدة غارات على داعش.", with_statements=False)
    row = ev.iloc[0]
    # a country that strikes is its military (round 44: as the event gold codes it)
    assert (row.source_code, row.target_surface, row.event_code) == ("USAMIL", "داعش", "18")


def test_third_party_act_inside_a_statement_is_its_own_event() -> None:
    ev = events("وقالت موسكو إن واشنطن رفضت الاقتراح.")
    # an informative statement (01) is about the actor that opens what is said (the guideline's "mainly
    # about"); the act it reports has its own source
    assert coded(ev) == [["statement", "RUSGOV", "USAGOV", "01", False], ["event", "USAGOV", None, "12", False]]
    assert ev.statement_id.tolist() == [0, 0]


def test_an_informative_statement_is_about_the_subject_of_what_is_said() -> None:
    # made up: a government reports what another country's forces did; without a sign model of its own
    ev = events("وذكرت الحكومة التركية أن القوات الإيرانية وصلت إلى الحدود.", sign_model=False)
    statement = ev[ev.unit == "statement"].iloc[0]
    assert (statement.source_code, statement.target_code, statement.event_code) == ("TURGOV", "IRNMIL", "01")
    assert "target=subject said" in statement.evidence and statement.evidence.endswith("; informative")


def test_an_informative_statement_on_the_speakers_own_side_or_by_an_outlet_has_no_target() -> None:
    # made up: the ministry on its own army; a news agency on a foreign army: reports aimed at no one
    ev = events("وذكرت وزارة الداخلية التركية أن الجيش التركي وصل إلى المدينة.", sign_model=False)
    assert ev[ev.unit == "statement"].target_code.tolist() == [None]
    ev = events("وذكرت وكالة رويترز أن القوات الإيرانية وصلت إلى الحدود.", sign_model=False)
    assert ev[ev.unit == "statement"].target_code.tolist() == [None]


def test_attitude_at_the_cue_codes_the_statement() -> None:
    ev = events("وأعربت موسكو عن أسفها لرفض واشنطن المحادثات.")
    statement = ev[ev.unit == "statement"].iloc[0]
    assert (statement.source_code, statement.event_code, statement.goldstein) == ("RUSGOV", "11", -2.0)


def test_condemnation_is_a_statement_toward_its_object() -> None:
    ev = events("أدانت إيران الغارات الأمريكية.", with_statements=False)
    assert ev.iloc[0][["unit", "source_code", "event_code"]].tolist() == ["statement", "IRNGOV", "11"]


def test_intent_word_before_a_trigger_makes_an_intention() -> None:
    ev = events("ويعتزم أوباما زيارة السعودية.", with_statements=False)
    assert ev.modality.tolist() == ["intent"]


def test_offsets_index_the_text() -> None:
    text = "ورفضت واشنطن اقتراح موسكو."
    ev = events(text, with_statements=False)
    assert [text[a:b] for a, b in zip(ev.start, ev.end)] == ev.trigger.tolist() == ["ورفضت"]


def test_common_words_are_not_triggers() -> None:
    # هناك normalises to what هنأ would; أسفر is no regret; وزارة is no visit
    assert events("وقالت وزارة الخارجية هناك إن الانفجار أسفر عن قتلى.", with_statements=False).empty


def test_patterns_are_data_with_roots_and_weights() -> None:
    table = load_lexicon("event_patterns")
    assert set(table.root) <= {f"{i:02d}" for i in range(1, 21)}
    assert table.goldstein.between(-10, 10).all()
    weights = table.groupby("root").goldstein.nunique()
    assert (weights == 1).all(), "one Goldstein weight per root"


def test_dyads_keep_direction_apart() -> None:
    ev = pd.DataFrame({"doc_id": ["a", "a", "b"], "source_code": ["RUSGOV", "USAGOV", "RUS"],
                       "target_code": ["USAGOV", "RUSGOV", "USA"], "goldstein": [-4.0, 3.5, -2.0],
                       "negated": [False, False, False]})
    out = dyads(ev, level="country").set_index(["source", "target"])
    assert out.loc[("RUS", "USA"), "n_events"] == 2 and out.loc[("USA", "RUS"), "n_events"] == 1
    assert out.loc[("RUS", "USA"), "share_conflict"] == 1.0
    assert out.loc[("USA", "RUS"), "share_cooperation"] == 1.0


def test_dyads_live_in_their_own_module_and_keep_their_old_names() -> None:
    import q7x2lib
    from q7x2lib import event_dyads, events

    assert events.dyads is event_dyads.dyads is q7x2lib.dyads is dyads


def test_the_pattern_loader_lives_in_its_own_module_and_keeps_its_old_names() -> None:
    from q7x2lib import event_patterns, events

    for name in ("_Patterns", "_patterns", "_PATTERNS", "_inner_wildcard_forms", "_verb_finder", "VERB_PREFIXES",
                 "SPLIT_PHRASE_REACH"):
        assert getattr(events, name) is getattr(event_patterns, name)
    assert events._patterns(None) is event_patterns._patterns(None)


def test_the_sense_filters_live_in_their_own_module_and_keep_their_old_names() -> None:
    import ast
    import inspect

    from q7x2lib import event_patterns, event_senses, events

    for name in ("_other_sense", "_no_act_object", "_generic_partner", "_topic_war", "_carried_to_care",
                 "_OTHER_SENSE_AFTER", "RESULT_ROOTS", "CARRIED_REACH", "_support_setting", "_definite"):
        assert getattr(events, name) is getattr(event_senses, name)
    for name in ("_bare_forms", "_sentence_words_after", "_sentence_words_before", "_SENTENCE_END_RE",
                 "_CLAUSE_END_RE", "_CLAUSE_BREAK_RE", "_relative"):
        assert getattr(events, name) is getattr(event_senses, name) is getattr(event_patterns, name)
    # the filters' module reads nothing of events.py (no circular import)
    imported = {n.module for n in ast.walk(ast.parse(inspect.getsource(event_senses))) if isinstance(n, ast.ImportFrom)}
    assert "events" not in imported


def test_the_light_verb_helpers_live_in_their_own_module_and_keep_their_old_names() -> None:
    import ast
    import inspect

    from q7x2lib import event_light_verbs, event_patterns, events

    for name in ("_light_verb_before", "_light_verb_span", "_verb_before", "_without_comma_times", "_agreement_verb",
                 "_agreement_verbs", "_agreement_named_before", "_report_verb", "_giving_verb", "MAX_LIGHT_VERB_GAP",
                 "LIGHT_VERB_WINDOW", "SIGNED_IT_REACH", "_SIGNER_BREAK_RE"):
        assert getattr(events, name) is getattr(event_light_verbs, name)
    for name in ("_raw_span", "_PREP_LETTERS"):
        assert getattr(events, name) is getattr(event_light_verbs, name) is getattr(event_patterns, name)
    # the light-verb helpers read nothing of events.py (no circular import)
    source = inspect.getsource(event_light_verbs)
    imported = {n.module for n in ast.walk(ast.parse(source)) if isinstance(n, ast.ImportFrom)}
    assert "events" not in imported and "event_senses" not in imported


def test_dyads_by_outlet_and_period() -> None:
    ev = pd.DataFrame({"doc_id": ["a", "b"], "source_code": ["SAUMIL", "SAUMIL"], "target_code": ["YEMREB"] * 2,
                       "goldstein": [-9.0, -9.0], "negated": [False, True]})
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["x", "y"],
                           "published": pd.to_datetime(["2015-07-01", "2015-08-01"])})
    out = dyads(ev, by=["outlet", "period"], corpus=corpus)
    assert out[["source", "target", "outlet", "period", "n_events"]].values.tolist() == [["SAUMIL", "YEMREB", "x", "2015-07", 1]]
    assert len(dyads(ev, include_negated=True)) == 1 and dyads(ev, include_negated=True).n_events.iloc[0] == 2


def test_bundled_corpus_has_directed_events_both_ways(corpus: pd.DataFrame) -> None:
    mentions, st = mentions_and_statements(corpus)
    ev = find_events(corpus, mentions=mentions, statements=st)
    pairs = dyads(ev, level="country").set_index(["source", "target"])
    assert ("RUS", "USA") in pairs.index and ("USA", "RUS") in pairs.index
    assert set(ev.unit) == {"statement", "event"}


def test_statement_is_coded_by_what_it_says_toward_the_actor_named_there() -> None:
    ev = events("وقال وزير الخارجية السعودي إن ميليشيات الحوثي ارتكبت جرائم بحق المدنيين.")
    statement = ev[ev.unit == "statement"].iloc[0]
    assert (statement.source_code, statement.target_code, statement.event_code) == ("SAUGOV", "YEMREB", "11")
    assert "جرائم" in statement.evidence


def test_praise_in_what_is_said_is_cooperation() -> None:
    ev = events("وقال وزير الخارجية المصري إن العلاقات الأخوية مع المملكة العربية السعودية راسخة.")
    statement = ev[ev.unit == "statement"].iloc[0]
    assert (statement.source_code, statement.event_code, statement.goldstein) == ("EGYGOV", "05", 3.5)


def test_counter_terrorism_is_no_criticism_and_an_informative_statement_has_no_target() -> None:
    ev = events("وقال وزير الخارجية الأمريكي إن البلدين يتعاونان في مكافحة الإرهاب.")
    statement = ev[ev.unit == "statement"].iloc[0]
    # "countering terrorism" is no criticism (11): the statement is informative or, as the sign model
    # reads "cooperate", cooperative, and names no one as its target
    assert statement.event_code in ("01", "05") and statement.goldstein >= 0 and statement.target_code is None


def test_attitude_inside_what_is_said_codes_the_statement_once() -> None:
    ev = events("وقال المتحدث باسم البيت الأبيض إن الولايات المتحدة تستنكر الهجوم على تركيا.")
    statements = ev[ev.unit == "statement"]
    assert statements[["source_code", "event_code"]].values.tolist() == [["USAGOV", "11"]]
    assert statements.trigger.tolist() == ["وقال"]


def test_the_doer_of_an_act_named_by_a_noun_is_its_source() -> None:
    ev = events("وقتل عشرة في الغارات التي تشنها أنقرة على مواقع المعارضة.", with_statements=False)
    raid = ev[ev.trigger == "الغارات"].iloc[0]
    assert raid.source_code == "TURGOV" and "doer" in raid.evidence


def test_an_act_without_coded_actors_is_kept_unless_asked() -> None:
    text = "واندلعت معارك عنيفة في المدينة."
    assert coded(events(text, with_statements=False)) == [["event", None, None, "19", False]]
    df = pd.DataFrame({"doc_id": ["d"], "published": [DATE], "text_clean": [text]})
    assert find_events(df, mentions=find_mentions(df), keep_unattributed=False).empty


def test_codes_are_written_as_event_data_writes_them() -> None:
    # a stateless armed group is IMG; an agent with no country takes the article's country
    assert events("وشنت الولايات المتحدة غارات على داعش.", with_statements=False).target_code.tolist() == ["IMG"]
    ev = events("ترفض تركيا الاقتراح. وترفض الحكومة الاقتراح.", with_statements=False)
    assert ev.source_code.tolist() == ["TURGOV", "TURGOV"]


def test_a_speaker_the_actor_table_cannot_code_takes_the_code_of_the_same_name_earlier() -> None:
    text = ("وقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن إن الاشتباكات مستمرة. "
            "وأضاف عبد الرحمن أن القصف لم يتوقف.")
    ev = events(text)
    statements = ev[ev.unit == "statement"]
    assert statements.source_code.nunique() == 1 and statements.source_code.notna().all()


def test_a_name_that_looks_like_a_content_word_casts_no_vote() -> None:
    # شكري is the Egyptian foreign minister, not thanks; التقديرات are estimates, not appreciation
    ev = events("وقال وزير الخارجية المصري سامح شكري إن التقديرات تشير إلى عقد الاجتماع في القاهرة.")
    assert set(ev[ev.unit == "statement"].event_code) == {"01"}


def test_participles_of_attitude_verbs_code_the_statement() -> None:
    ev = events("وقال وزير الخارجية السعودي إن الاجتماع انتهى، منددا بالتدخل الإيراني، ومشيدا بجهود الكويت.")
    roots = ev[ev.unit == "statement"].event_code.tolist()
    assert "11" in roots and "05" in roots


def test_will_not_accept_in_what_is_said_is_a_rejection() -> None:
    ev = events("وقال وزير الخارجية الإيراني إن بلاده لن تقبل أي شروط جديدة من واشنطن.")
    assert ev[ev.unit == "statement"].event_code.tolist() == ["12"]


def test_a_speaker_the_actor_coder_left_uncoded_is_coded_from_its_own_words() -> None:
    ev = events("هاجم الحوثيون مدينة عدن أمس. وقال وزير النقل إن الرحلات ستستأنف قريبا.")
    st = ev[ev.unit == "statement"]
    assert st.source_surface.tolist() == ["وزير النقل"] and st.source_code.tolist() == ["YEMGOV"]


def test_a_country_word_in_an_uncoded_speaker_gives_its_country() -> None:
    ev = events("وذكرت صحيفة حريت التركية أن الاجتماع انتهى.")
    assert ev[ev.unit == "statement"].source_code.tolist() == ["TURMED"]


def test_an_honorific_before_the_office_does_not_hide_it() -> None:
    ev = events("هاجم الحوثيون مدينة عدن أمس. وقال معالي وزير النقل إن الرحلات ستستأنف قريبا.")
    assert ev[ev.unit == "statement"].source_code.tolist() == ["YEMGOV"]


def test_the_popular_resistance_is_coded_as_the_event_guideline_codes_it() -> None:
    ev = events("وهاجمت المقاومة الشعبية مواقع الحوثيين في تعز.", with_statements=False)
    assert ev[["source_code", "target_code", "event_code"]].values.tolist() == [["YEMMIL", "YEMREB", "18"]]


def test_the_actor_after_the_verb_of_a_relative_clause_is_its_object() -> None:
    ev = events("وصلت تعزيزات إلى القوات الكردية التي تقاتل تنظيم داعش قرب الحدود.", with_statements=False)
    row = ev[ev.trigger == "تقاتل"].iloc[0]
    assert row.target_code == "IMG" and row.source_code != "IMG"


def test_an_act_between_two_actors_goes_from_the_first_to_the_second() -> None:
    ev = events("واندلعت اشتباكات عنيفة بين الجيش اليمني والحوثيين قرب المطار.", with_statements=False)
    assert ev[["source_code", "target_code", "event_code"]].values.tolist() == [["YEMMIL", "YEMREB", "19"]]
    assert "source=between" in ev["evidence"].iloc[0]


def test_the_doer_after_min_qibal_is_the_source_of_the_act() -> None:
    ev = events("وتعرضت الأحياء لقصف من قبل قوات الأسد أمس.", with_statements=False)
    assert ev[["source_code", "event_code"]].values.tolist() == [["SYRMIL", "18"]]


def test_unidentified_warplanes_are_an_armed_force_with_their_words_as_surface() -> None:
    ev = events("وأدانت دمشق مقتل ثلاثة مدنيين في غارة من طائرات حربية على بلدة في ريف حماة.", with_statements=False)
    row = ev[ev["trigger"] == "غارة"].iloc[0]
    assert (row["source_surface"], row["source_code"], row["event_code"]) == ("طائرات حربية", "SYRMIL", "18")


def test_the_craft_of_an_actor_stand_for_its_military() -> None:
    ev = events("وشنت طائرات الجيش التركي غارات على مواقع داعش.", with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist()[0] == ["TURMIL", "IMG"]
    ev = events("وقصفت مدفعية النظام السوري مواقع المعارضة.", with_statements=False)
    assert ev["source_code"].iloc[0] == "SYRMIL"


def test_an_attitude_whose_clause_names_no_one_is_about_the_first_other_actor_in_what_is_said() -> None:
    # a warning that something may happen is a criticism (11), as sample D codes Obama's warning to Congress
    ev = events("وحذر الرئيس الأمريكي من أن رفض الكونغرس للاتفاق سيقود إلى الحرب.")
    row = ev[ev["unit"] == "statement"].iloc[0]
    assert (row["source_code"], row["target_code"], row["event_code"]) == ("USAGOV", "USALEG", "11")
    assert "target=said" in row["evidence"]


def test_narrated_acts_of_this_rounds_verbs_and_verbal_nouns_are_coded() -> None:
    cases = {
        "وخطفت جماعة الحوثي صحفيين في صنعاء.": "18",
        "وأعلنت الشرطة المصرية إحباط هجوم في سيناء.": "17",
        "وداهمت قوات الأمن العراقية منازل في الموصل.": "17",
        "ووافقت إيران على عودة المفتشين.": "05",
        "والتقى وزير الخارجية السعودي نظيره الأردني وعقدا اجتماعا مغلقا.": "04",
        "وتم إطلاق سراح الصحفيين الأتراك.": "08",
    }
    for text, root in cases.items():
        assert root in events(text, with_statements=False)["event_code"].tolist(), text


def test_a_verbal_noun_takes_its_suffixed_forms_only_where_the_table_says() -> None:
    ev = events("وبحث الجانبان خلال لقائهما في الرياض العلاقات.", with_statements=False)
    assert "04" in ev["event_code"].tolist()


def test_an_act_the_speaker_reports_in_the_first_person_is_the_speakers() -> None:
    ev = events("وأكد وزير الخارجية الأمريكي في مؤتمر صحفي بالرياض أمس أننا ناقشنا مع الجانب الروسي ملف سوريا.")
    row = ev[(ev["unit"] == "event") & (ev["event_code"] == "04")].iloc[0]
    assert row["source_code"] == "USAGOV" and "source=speaker's own" in row["evidence"]


def test_a_statement_is_not_directed_at_the_speakers_own_country_named_in_what_is_said() -> None:
    # the content words (حريص، الأخوي) code the statement; the nearest actor is the speaker's own country
    ev = events("وأكد وزير الداخلية الأردني أن الأردن حريص على التعاون الأخوي مع العراق.")
    st = ev[ev["unit"] == "statement"]
    # (an interior minister is his government as a source since round 42, as a defence minister)
    assert st[["source_code", "target_code"]].values.tolist() == [["JORGOV", "IRQGOV"]]


def test_a_warning_is_about_the_first_actor_said_other_than_the_speakers_own_country() -> None:
    ev = events("وحذر وزير الخارجية السعودي من أن المملكة لن تسمح لإيران بالتدخل.")
    st = ev[ev["unit"] == "statement"]
    assert st[["source_code", "target_code", "event_code"]].values.tolist() == [["SAUGOV", "IRNGOV", "13"]]


def test_the_subject_of_a_verb_of_managing_or_carrying_out_is_the_source_of_the_act_after_it() -> None:
    # the subject after the verb, several words before the act (تمكنت X أمس من ...), and before it (X شنوا ...)
    ev = events("وتمكنت القوات التركية أمس من تدمير مواقع لحزب العمال الكردستاني.", with_statements=False)
    assert ev[ev.trigger == "تدمير"].source_code.tolist() == ["TURMIL"]
    ev = events("وأفاد شهود بأن الجيش الباكستاني شنوا عددا من الهجمات على مواقع طالبان.", with_statements=False)
    row = ev[ev.trigger == "الهجمات"].iloc[0]
    assert row.source_code == "PAKMIL" and "doer before its verb" in row.evidence


def test_the_actor_right_after_the_noun_of_a_hostile_act_is_its_victim_not_its_doer() -> None:
    # (round 22: not after وأدى القصف إلى, which now marks the killing as the shelling's result, no act of its own)
    ev = events("وشهدت المنطقة مقتل جنود أتراك قرب الحدود.", with_statements=False)
    killing = ev[ev.trigger == "مقتل"].iloc[0]
    assert killing.source_code is None and killing.target_code == "TURMIL"
    assert "object (genitive)" in killing.evidence


def test_the_genitive_of_a_hostile_act_followed_by_its_object_is_the_doer() -> None:
    ev = events("وأدان البيان استهداف الجيش السوري بشكل متعمد المدنيين في حلب.", with_statements=False)
    row = ev[ev.trigger == "استهداف"].iloc[0]
    assert row.source_code == "SYRMIL" and "genitive" not in row.evidence


def test_the_doer_verb_after_an_act_outranks_the_actor_before_it_and_its_co_subjects_are_no_target() -> None:
    # أحبط الجيش الهجوم الذي شنه X وY على Z: X the source, Z (after على, through the construct noun مواقع) the target
    ev = events("وأحبط الجيش الهجوم الذي شنه مسلحو تنظيم القاعدة وعناصر موالية للرئيس السابق على مواقع الشرطة "
                "العراقية في الأنبار.", with_statements=False)
    row = ev[ev.trigger == "الهجوم"].iloc[0]
    assert "doer after" in row.evidence and row.source_code == "IMG"
    assert row.target_code == "IRQCOP" and "target=على" in row.evidence


def test_a_doer_verb_with_a_resumptive_pronoun_names_the_doer() -> None:
    ev = events("وتأتي هذه الخطوة خلال زيارة رسمية يقوم بها الرئيس الفرنسي إلى المنطقة.", with_statements=False)
    row = ev[ev.trigger == "زيارة"].iloc[0]
    assert row.source_code == "FRAGOV" and "doer after" in row.evidence and row.target_code is None


def test_a_verb_of_a_relative_clause_on_the_act_names_its_doer() -> None:
    # الانتصارات التي حققها X، الاعتقالات التي تمارسها X: the relative clause's subject did the act
    ev = events("ورحب الوزير بالانتصارات التي حققها الجيش اليمني على الحوثيين في تعز.", with_statements=False)
    row = ev[ev.trigger == "بالانتصارات"].iloc[0]
    assert row.source_code == "YEMMIL" and "doer after" in row.evidence and row.target_code == "YEMREB"
    ev = events("وأدان الحزب الاعتقالات التي تمارسها الميليشيات الحوثية بحق الصحافيين.", with_statements=False)
    assert ev[ev.trigger == "الاعتقالات"].iloc[0].source_code == "YEMREB"


def test_a_relative_verb_pointing_back_to_the_act_names_its_doer() -> None:
    # الحصار الذي تفرضه X، الحملة التي أطلقتها X (relative_doer_verb): the relative clause's subject did the act
    ev = events("وندد البيان بالحصار الذي تفرضه الميليشيات الحوثية على المدينة منذ أشهر.", with_statements=False)
    row = ev[ev.trigger.str.contains("الحصار")].iloc[0]
    assert row.source_code == "YEMREB" and "doer after" in row.evidence
    ev = events("وتواصل الحملة العسكرية التي أطلقتها تركيا ضد تنظيم داعش يومها الثالث.", with_statements=False)
    row = ev[ev.trigger.str.contains("الحملة")].iloc[0]
    assert row.source_code.startswith("TUR") and "doer after" in row.evidence


def test_the_same_verb_without_a_relative_pronoun_names_no_doer() -> None:
    # تنسيق يجري مع الحكومة: the impersonal verb of the act itself, not a doer
    ev = events("وكشف المسؤول عن تنسيق يجري مع الحكومة اليمنية لإيصال المساعدات.", with_statements=False)
    row = ev[ev.trigger.str.contains("تنسيق")].iloc[0]
    assert "doer after" not in row.evidence


def test_the_country_right_after_a_visit_is_the_place_visited_not_the_visitor() -> None:
    # يزور الأردن، زيارته مصر: the bare country is where the visit goes; the visitor stands before the trigger
    ev = events("وقالت الوزارة إن وزير الخارجية الفرنسي يزور الأردن الأسبوع المقبل.", with_statements=False)
    row = ev[ev.trigger == "يزور"].iloc[0]
    assert (row.source_code, row.target_code) == ("FRAGOV", "JORGOV") and "target=visited" in row.evidence
    ev = events("وتحدث الرئيس الروسي خلال زيارته مصر عن التعاون.", with_statements=False)
    row = ev[ev.trigger == "زيارته"].iloc[0]
    assert (row.source_code, row.target_code) == ("RUSGOV", "EGYGOV")


def test_a_country_after_a_meeting_verb_that_is_no_visit_stays_its_subject() -> None:
    ev = events("وبحثت مصر والأردن أمس سبل التعاون.", with_statements=False)
    row = ev[ev.trigger == "وبحثت"].iloc[0]
    assert row.source_code == "EGYGOV" and "visited" not in row.evidence


def test_an_operation_a_speaker_reports_with_no_doer_named_is_the_speakers_sides() -> None:
    # قال المتحدث إن عمليات تمشيط تجري: the sweep is the speaker's side's; no sign model decides anything here
    ev = events("وقال المتحدث باسم الجيش اليمني إن المدينة شهدت أمس عمليات تمشيط واسعة.", sign_model=False)
    row = ev[ev.trigger == "تمشيط"].iloc[0]
    assert row.source_code == "YEMMIL" and "speaker's side" in row.evidence
    ev = events("وأوضح مدير المركز السعودي أن المساعدات الطبية وصلت إلى المستشفيات.", sign_model=False)
    assert ev[ev.trigger == "المساعدات"].iloc[0].source_code == "SAUGOV"


def test_an_act_a_speaker_reports_toward_another_body_of_the_same_country_is_the_speakers_sides() -> None:
    # تم التنسيق مع شركة المياه الوطنية: a Saudi ministry's spokesman on coordination with a Saudi company; a Saudi
    # newspaper reporting the same coordination did not coordinate
    ev = events("وأوضح المتحدث باسم وزارة الزراعة السعودية أنه تم التنسيق مع شركة المياه الوطنية لتوفير المياه.",
                sign_model=False)
    row = ev[ev.trigger == "التنسيق"].iloc[0]
    assert (row.source_code, row.target_code) == ("SAUGOV", "SAUBUS") and "speaker's side" in row.evidence
    ev = events("وذكرت صحيفة الرياض السعودية أنه تم التنسيق مع شركة المياه الوطنية لتوفير المياه.", sign_model=False)
    row = ev[ev.trigger == "التنسيق"].iloc[0]
    assert (row.source_code, row.target_code) == (None, "SAUBUS")


def test_a_speaker_reports_no_act_of_its_own_side_toward_its_own_code() -> None:
    # the ministry's spokesman and the ministry named in what he says are one code: no row from a body to itself
    ev = events("وأوضح المتحدث باسم وزارة العمل السعودية أنه تم التنسيق مع وزارة العمل لحل المعوقات.", sign_model=False)
    assert ev[ev.trigger == "التنسيق"].source_code.tolist() == [None]


def test_an_assault_a_speaker_reports_with_no_doer_named_keeps_no_source() -> None:
    # the attacks a speaker mentions are mostly someone else's: no source rather than the speaker
    ev = events("وقال المتحدث باسم الجيش اليمني إن المدينة شهدت أمس هجمات على المساجد.", sign_model=False)
    assert ev[ev.trigger == "هجمات"].iloc[0].source_code is None


def test_an_attack_attributed_to_an_actor_later_in_its_sentence_has_it_as_source() -> None:
    # نسبته السلطات إلى X، تبنى بعضها X: the actor the attack is attributed to did it
    ev = events("وقتل ثلاثة جنود في هجوم بسيارة مفخخة نسبته السلطات إلى تنظيم داعش.", with_statements=False)
    row = ev[ev.trigger == "هجوم"].iloc[0]
    assert row.source_code == "IMG" and "source=attributed" in row.evidence
    ev = events("وأصيب عشرة في تفجيرات تبنى بعضها تنظيم القاعدة.", with_statements=False)
    assert ev[ev.trigger == "تفجيرات"].iloc[0].source_code == "IMG"


def test_an_attribution_after_a_second_act_belongs_to_that_act() -> None:
    ev = events("وقتل ثلاثة جنود في هجوم على الحدود، بعد أسبوع من تفجير نسب إلى تنظيم داعش.", with_statements=False)
    assert ev[ev.trigger == "هجوم"].iloc[0].source_code is None
    assert ev[ev.trigger == "تفجير"].iloc[0].source_code == "IMG"


def test_a_doer_verb_up_to_three_words_after_the_act_names_its_doer_the_nearest_first() -> None:
    # هجوم انتحاري بسيارة مفخخة نفذه X: three words between the act and its doer verb
    ev = events("وقتل خمسة في هجوم انتحاري بسيارة مفخخة نفذه عناصر تنظيم داعش على فندق في المدينة.",
                with_statements=False)
    row = ev[ev.trigger == "هجوم"].iloc[0]
    assert row.source_code == "IMG" and "doer after" in row.evidence
    # the nearest doer verb, not one further on
    ev = events("وصد الجيش هجوما شنه الحوثيون على المدينة قبل أن ينفذ الجيش المصري عملية أخرى.", with_statements=False)
    assert ev[ev.trigger == "هجوما"].iloc[0].source_code == "YEMREB"


def test_a_visit_written_with_lam_goes_to_the_actor_after_ila_when_both_follow() -> None:
    # the ل right after the noun is its doer (الزيارة لوزير ...)، the إلى its destination
    ev = events("وجاءت الزيارة الرسمية لوزير الخارجية الفرنسي إلى الرئيس الإيراني حسن روحاني بعد الاتفاق.",
                with_statements=False)
    row = ev[ev.trigger == "الزيارة"].iloc[0]
    assert row.target_code == "IRNGOV" and "target=ل" in row.evidence


def test_an_actor_the_event_guideline_codes_otherwise_takes_its_event_code_from_the_table(user_rows) -> None:
    # a row by words and the actor coder's code: a user who codes a bare «the resistance» of a Yemeni story as
    # the government side's irregulars writes one line of event_actor_codes.csv
    resistance = {"phrase": ["المقاومة"], "code": ["YEMREB"], "event_code": ["YEMMIL"]}
    # the bundled row holds for sources only; a row with no role holds for targets too
    text = "وقصف الحوثيون مواقع المقاومة في مدينة تعز اليمنية."
    assert events(text, with_statements=False).target_code.tolist() == ["YEMREB"]
    with user_rows(event_actor_codes=resistance):  # as find_events(tables=...) puts the user's table in force
        row = events(text, with_statements=False).iloc[0]
    assert row.source_code == "YEMREB" and row.target_code == "YEMMIL"
    assert events(text, with_statements=False).target_code.tolist() == ["YEMREB"]  # not in a later call


def test_the_popular_resistance_takes_the_event_guidelines_code_by_its_actor_row() -> None:
    ev = events("وهاجمت المقاومة الشعبية مواقع الحوثيين في مدينة تعز.", with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist() == [["YEMMIL", "YEMREB"]]


def test_an_inner_wildcard_stands_for_the_verbs_endings() -> None:
    # شن* غارات، عقد* اجتماعا: the * after an inner word matched nothing while the matcher read it literally
    ev = events("وشنوا غارات على مواقع الحوثيين قرب صنعاء.", with_statements=False)
    assert ev[["trigger", "event_code"]].values.tolist() == [["وشنوا غارات", "18"]]
    ev = events("وكانت تركيا عقدت اجتماعا مع إيران في أنقرة.", with_statements=False)
    assert ev[["source_code", "target_code", "event_code"]].values.tolist() == [["TURGOV", "IRNGOV", "04"]]


def test_an_inner_wildcard_written_out_is_no_social_contract() -> None:
    assert events("ووقعت الأحزاب عقدا اجتماعيا جديدا.", with_statements=False)["event_code"].tolist() == []


def test_control_taken_is_directed_at_the_actor_after_its_preposition() -> None:
    ev = events("وسيطر الحوثيون على مقر الحكومة اليمنية في عدن.", with_statements=False)
    assert ev[["source_code", "target_code", "event_code"]].values.tolist() == [["YEMREB", "YEMGOV", "19"]]


def test_raids_assaults_and_seizures_are_events() -> None:
    ev = events("واقتحمت الشرطة التركية مقر الحزب، وذلك بعد أن اعتدى الحوثيون على سفارة الكويت.",
                with_statements=False)
    assert ev[["trigger", "event_code"]].values.tolist() == [["واقتحمت", "17"], ["اعتدى", "18"]]
    ev = events("وتواصل القوات تطهير المدينة من الحوثيين بعد استيلاء داعش على الموصل.", with_statements=False)
    assert ev[["trigger", "event_code"]].values.tolist() == [["تطهير", "19"], ["استيلاء", "19"]]


def test_a_meeting_named_with_its_pronoun_is_the_speakers_and_the_one_met_its_target() -> None:
    ev = events("وقال وزير الخارجية التركي خلال لقائه الرئيس الإيراني إن الحوار مستمر.")
    row = ev[ev["unit"] == "event"]
    assert row[["trigger", "source_code", "target_code", "event_code"]].values.tolist() == [
        ["لقائه", "TURGOV", "IRNGOV", "04"]]


def test_calling_an_actor_corrupt_or_a_liar_is_criticism() -> None:
    ev = events("وقال الوزير الإيراني إن الرئيس الأمريكي يكذب على شعبه.")
    assert ev[["unit", "source_code", "target_code", "event_code"]].values.tolist() == [
        ["statement", "IRNGOV", "USAGOV", "11"]]
    assert events("وقال الناشط إن الحكومة العراقية فاسدة بالكامل.")["event_code"].tolist() == ["11"]


def test_an_act_named_by_a_noun_joined_by_wa_shares_the_doer_of_the_act_before_it() -> None:
    ev = events("وقصفت القوات التركية مواقع داعش في مدينة الرقة وتدمير مخازن الأسلحة.", with_statements=False)
    assert ev[["trigger", "source_code"]].values.tolist() == [["وقصفت", "TURMIL"], ["وتدمير", "TURMIL"]]


def test_a_country_or_capital_after_ila_or_ala_is_the_target_the_actor_coder_left_as_a_place() -> None:
    ev = events("بدأ الرئيس التركي زيارة إلى بكين.", with_statements=False)
    assert ev[["source_code", "target_code", "target_surface"]].values.tolist() == [["TURGOV", "CHNGOV", "بكين"]]
    ev = events("وتستعد السفينة للتوجه بمساعدات إلى اليمن.", with_statements=False)
    assert ev["target_code"].tolist() == ["YEM"]
    # a place named only as where the act happens is no target
    assert events("وقصفت الطائرات مواقع في اليمن.", with_statements=False)["target_code"].isna().all()


def test_an_act_split_by_its_subject_is_written_from_its_verb() -> None:
    text = "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لرئيس الإكوادور."
    row = events(text, with_statements=False).iloc[0]
    assert (row.trigger, row.start, row.source_code) == ("بعث ... برقية تهنئة", 0, "SAUGOV")


def test_a_people_named_by_its_country_is_the_target_as_its_civilians() -> None:
    ev = events("وأعلنت الحكومة تقديم مساعدات عاجلة للشعب اليمني الشقيق.", with_statements=False)
    assert ev[["trigger", "target_code", "target_surface"]].values.tolist() == [
        ["مساعدات", "YEMCVL", "للشعب اليمني"]]
    # a people with no country word after it names no one
    assert events("وقدمت الحكومة مساعدات للأسر المحتاجة.", with_statements=False)["target_code"].isna().all()


def test_a_verbs_form_after_a_preposition_or_a_number_is_a_noun_whose_doer_is_the_verbs_subject() -> None:
    # ضربة and قتل are verb patterns (ضرب*، قتل); after a number or من they are the act's noun, done by the
    # subject of the verb before them
    ev = events("وذكر مسؤولون أن الولايات المتحدة نفذت 20 ضربة ضد داعش في العراق.", with_statements=False)
    row = ev[ev.trigger == "ضربة"].iloc[0]
    assert row.source_surface == "الولايات المتحدة" and "doer before its verb" in row.evidence
    ev = events("وقالت المصادر إن الحوثيين تمكنوا من قتل ثلاثة جنود.", with_statements=False)
    assert ev[ev.trigger == "قتل"].source_code.tolist() == ["YEMREB"]


def test_a_verb_after_innahu_said_by_a_speaker_is_the_speakers_act() -> None:
    ev = events("وقال وزير الخارجية الأمريكي جون كيري في مؤتمر صحفي أمس إنه بحث مع نظيره الأزمة السورية.")
    row = ev[ev.trigger.str.startswith("بحث")].iloc[0]
    assert row.source_code == "USAGOV" and "speaker (pronoun)" in row.evidence
    # a verb after إن with a subject of its own is that subject's (قال إن الحوثيين قصفوا)
    ev = events("وقال وزير الخارجية الأمريكي جون كيري إن الحوثيين قصفوا مدينة عدن.")
    assert ev[ev.trigger == "قصفوا"].source_code.tolist() == ["YEMREB"]


def test_a_body_affiliated_to_an_actor_acts_for_it() -> None:
    # تشكيلات تابعة للجيش الحر: the actor after تابعة ل is the source of what the body does
    ev = events("وأعلنت تشكيلات تابعة للجيش الحر استهداف مواقع لقوات النظام.", with_statements=False)
    row = ev[ev.trigger == "استهداف"].iloc[0]
    assert row.source_code == "SYRREB" and "affiliated" in row.evidence


def test_a_statement_the_sign_model_signs_is_directed_at_the_first_actor_it_names() -> None:
    # the rules leave it informative (no attitude word they know); the model reads a criticism, and the
    # criticism is of the first actor named in what is said, not of no one
    ev = events("وقال وزير الخارجية اليمني إن الحوثيين لا يؤمنون بالحوار ولا يريدون السلام.", sign_model=critic())
    statement = ev[ev.unit == "statement"].iloc[0]
    assert "model: −" in statement.evidence
    assert [statement.source_code, statement.target_code, statement.target_surface] == ["YEMGOV", "YEMREB", "الحوثيين"]


def test_a_statement_the_model_reads_as_hostile_is_aimed_at_the_other_side_not_the_speakers_own() -> None:
    # made up: a Yemeni minister names his own army first, then the Houthis; a criticism is of the Houthis
    text = "وقال وزير الخارجية اليمني إن الجيش اليمني يعرف أن الحوثيين لا يريدون السلام."
    statement = events(text, sign_model=critic()).query("unit == 'statement'").iloc[0]
    assert "model: −" in statement.evidence
    assert [statement.source_code, statement.target_code, statement.target_surface] == ["YEMGOV", "YEMREB", "الحوثيين"]
    # a model of the test's own that reads a praise: the first actor named stays the target
    from q7x2lib.statement_sign import BIAS, SignModel

    praiser = SignModel(pd.DataFrame({"w_neg": [0.0], "w_zero": [0.0], "w_pos": [3.0]}, index=[BIAS]))
    statement = events(text, sign_model=praiser).query("unit == 'statement'").iloc[0]
    assert "model: +" in statement.evidence
    assert [statement.target_code, statement.target_surface] == ["YEMMIL", "الجيش اليمني"]


def test_words_of_conflict_in_a_statement_are_aimed_at_the_other_side_before_the_speakers_own() -> None:
    # made up: the label stands nearest the speaker's own army; the Houthis are the other side named
    ev = events("وقال وزير الإعلام اليمني إن الحوثيين في صنعاء، والجيش اليمني أمام فلول الانقلاب.", sign_model=False)
    statement = ev[ev.unit == "statement"].iloc[0]
    assert [statement.event_code, statement.target_code, statement.target_surface] == ["11", "YEMREB", "الحوثيين"]
    assert "target=nearest" in statement.evidence


def test_an_act_after_an_impersonal_verb_is_done_by_the_participants_of_the_meeting_before() -> None:
    ev = events("استقبل ولي العهد السعودي وزير الخارجية المصري في الرياض أمس. "
                "وجرى خلال اللقاء بحث العلاقات الثنائية بين البلدين.", with_statements=False)
    talks = ev[ev.trigger == "بحث"].iloc[0]
    # no doer of its own: the host and the guest just named, not "the two countries" as its target
    assert [talks.source_code, talks.target_code, talks.event_code] == ["SAUGOV", "EGYGOV", "04"]


def test_a_call_received_goes_from_the_caller_to_the_one_who_received_it() -> None:
    ev = events("وتلقى الرئيس اليمني اتصالا هاتفيا من وزير الخارجية الأمريكي تناول الأوضاع.", with_statements=False)
    call = ev[ev.event_code == "04"].iloc[0]
    assert [call.source_code, call.target_code] == ["USAGOV", "YEMGOV"]
    # no giver named after من: nothing to turn, the rules' reading stays
    ev = events("وتلقت الشرطة الإيطالية محادثات هاتفية مسجلة.", with_statements=False)
    assert "received" not in " ".join(ev.evidence)


def test_a_killing_after_a_result_phrase_is_the_result_of_the_act_before_not_an_act() -> None:
    ev = events("وقصفت الطائرات التركية مواقع حزب العمال الكردستاني في شمال العراق، ما أسفر عن مقتل عشرة مسلحين.",
                with_statements=False)
    assert ev.trigger.tolist() == ["وقصفت"]
    # with no act coded before it in the sentence, the killing is the only act named: it stays
    assert events("أسفر الانفجار عن مقتل خمسة أشخاص.", with_statements=False).trigger.tolist() == ["مقتل"]


def test_the_subject_of_a_verb_of_undergoing_is_the_target_of_the_act() -> None:
    ev = events("وتعرضت القوات التركية لهجوم من قبل حزب العمال الكردستاني.", with_statements=False)
    attack = ev[ev.event_code == "18"].iloc[0]
    assert [attack.source_code, attack.target_code] == ["TURREB", "TURMIL"]


def test_a_model_signed_statement_is_not_directed_at_the_outlet_it_was_told_to() -> None:
    # the outlet the minister spoke to comes first in the sentence, the Houthis are what he speaks about
    ev = events("وقال وزير الخارجية اليمني لصحيفة «الشرق الأوسط» إن الحوثيين لا يريدون السلام.", sign_model=critic())
    statement = ev[ev.unit == "statement"].iloc[0]
    assert "model: −" in statement.evidence
    assert [statement.source_code, statement.target_code, statement.target_surface] == ["YEMGOV", "YEMREB", "الحوثيين"]
    # an outlet that is itself what is said about stays the target (no preposition before it)
    ev = events("وقال وزير الخارجية اليمني إن صحيفة «الشرق الأوسط» نشرت أكاذيب.", sign_model=critic())
    statement = ev[ev.unit == "statement"].iloc[0]
    assert statement.target_code.endswith("MED")


def test_a_statement_is_not_aimed_at_the_outlet_it_was_made_to() -> None:
    # the cue's next actor is the newspaper the minister spoke to; what he denies is the Houthis'
    ev = events("ونفى وزير الخارجية اليمني لصحيفة «الشرق الأوسط» مزاعم الحوثيين.", sign_model=False)
    statement = ev[ev.unit == "statement"].iloc[0]
    assert [statement.source_code, statement.target_code] == ["YEMGOV", "YEMREB"]


def test_a_country_as_the_target_of_a_diplomatic_act_is_its_government_of_aid_the_country() -> None:
    ev = events("وأجرى وزير الخارجية الإماراتي مباحثات مع مصر. وأرسلت الإمارات مساعدات إلى اليمن.",
                with_statements=False)
    talks, aid = ev[ev.event_code == "04"].iloc[0], ev[ev.event_code == "07"].iloc[0]
    assert [talks.source_code, talks.target_code] == ["AREGOV", "EGYGOV"]
    assert [aid.source_code, aid.target_code] == ["AREGOV", "YEM"]


def test_an_outlet_a_word_after_the_preposition_is_still_where_the_words_were_said() -> None:
    # في مقابلة مع فضائية «...»: the outlet's noun stands between مع and its name
    ev = events("وأضاف وزير الخارجية اليمني في مقابلة مع فضائية «العربية» أن الحوثيين لا يريدون السلام.",
                sign_model=critic())
    statement = ev[ev.unit == "statement"].iloc[0]
    assert [statement.source_code, statement.target_code] == ["YEMGOV", "YEMREB"]


def test_an_actor_after_lam_right_after_a_noun_of_force_is_its_doer() -> None:
    ev = events("وشهدت المدينة هجوما لتنظيم داعش على نقطة تفتيش.", with_statements=False)
    attack = ev[ev.trigger == "هجوما"].iloc[0]
    assert [attack.source_code, attack.target_code] == ["IMG", None]
    # after support, ل names whom it goes to, not who gives it
    ev = events("وتواصل تقديم دعم للجيش اليمني.", with_statements=False)
    support = ev[ev.event_code == "06"].iloc[0]
    assert [support.source_code, support.target_code] == [None, "YEMMIL"]


def test_an_honorific_between_the_verb_and_its_subject_leaves_the_subject_the_source() -> None:
    ev = events("والتقى فخامة الرئيس اليمني عبد ربه منصور هادي أمس وزير الخارجية البريطاني.", with_statements=False)
    meeting = ev[ev.event_code == "04"].iloc[0]
    assert [meeting.source_code, meeting.target_code] == ["YEMGOV", "GBRGOV"]


def test_an_act_after_an_impersonal_verb_reaches_back_past_the_words_of_the_meeting() -> None:
    # the reception is four sentences back, with what was said during it between
    ev = events("استقبل ولي العهد السعودي وزير الخارجية المصري في الرياض أمس. وأكد الوزير عمق العلاقات. "
                "وأعرب الوزير عن سعادته بالزيارة. وأشار إلى أهمية المرحلة. "
                "وجرى خلال الاستقبال استعراض العلاقات الثنائية.", with_statements=False)
    review = ev[ev.trigger == "استعراض"].iloc[0]
    assert [review.source_code, review.target_code, review.event_code] == ["SAUGOV", "EGYGOV", "04"]


def test_a_city_of_the_places_table_is_the_target_of_an_act_that_lands_there_as_its_bare_country() -> None:
    # after إلى with a noun of place between: where the aid goes
    ev = events("ووصلت طائرة المساعدات الإماراتية إلى مطار المكلا.", with_statements=False)
    assert ev[["target_code", "target_surface"]].values.tolist() == [["YEM", "المكلا"]]
    # an assault in a city of the table, or on it as its object
    ev = events("وقصفت الطائرات مواقع في مدينة حلب.", with_statements=False)
    assert ev[["target_code", "target_surface"]].values.tolist() == [["SYR", "حلب"]]
    assert events("وتوقفت الرحلات بعد قصف مطار أربيل.", with_statements=False)["target_code"].tolist() == ["IRQ"]
    # a meeting in a city has no target for it, nor an arrest there
    assert events("وعقد الوفد اجتماعا في مدينة حلب.", with_statements=False)["target_code"].isna().all()
    assert events("واعتقلت الشرطة ثلاثة أشخاص في مدينة أربيل.", with_statements=False)["target_code"].isna().all()


def test_a_prepositions_pronoun_or_a_groups_fighters_between_a_verb_and_an_actor_leave_the_actor_its_subject() -> None:
    # the pronoun fills the preposition: the actor after it is the subject, not the target
    ev = events("وهي بلدة سيطرت عليها قوات النظام السوري في الصيف.", with_statements=False)
    assert ev[["trigger", "source_code"]].values.tolist() == [["سيطرت", "SYRMIL"]]
    # ... in a relative clause too, whose antecedent the pronoun takes up
    ev = events("وهي البلدة التي سيطرت عليها قوات النظام السوري في الصيف.", with_statements=False)
    assert ev[["trigger", "source_code"]].values.tolist() == [["سيطرت", "SYRMIL"]]
    # a verb in the plural has its subject already: what follows the pronoun is its object
    ev = events("وقال المصدر إن الوسطاء عرضوا عليه وساطة الحكومة السورية.", with_statements=False)
    assert ev[ev.trigger == "عرضوا"].source_code.tolist() != ["SYRGOV"]
    # the fighters of a group in the nominative are the group acting
    ev = events("وهاجم مقاتلو «داعش» نقطة للجيش.", with_statements=False)
    assert ev[["trigger", "source_code"]].values.tolist() == [["وهاجم", "IMG"]]
    # their genitive after a verb is its object: استهدفت عناصر ... names whom the act hit
    ev = events("وشنت الشرطة حملة استهدفت عناصر حزب العمال الكردستاني.", with_statements=False)
    assert ev[ev.trigger == "استهدفت"].source_code.tolist() != ["TURREB"]
    # ... and after a noun of an act that is no assault, the members' group did it
    ev = events("وأكدت المصادر انسحاب عناصر حزب العمال الكردستاني من البلدة.", with_statements=False)
    assert ev[ev.trigger == "انسحاب"].source_code.tolist() == ["TURREB"]


def test_a_verb_opening_a_sentence_with_wa_and_naming_no_subject_continues_the_doer_of_the_sentence_before() -> None:
    text = "واستقبل الرئيس المصري وزير الخارجية الأردني. وبحث معه التعاون بين البلدين."
    ev = events(text, with_statements=False)
    assert ev[ev.trigger == "وبحث"].source_code.tolist() == ["EGYGOV"]
    # a subject no table knows after the verb, or a passive, is no continuation
    text = "واستقبل الرئيس المصري وزير الخارجية الأردني. وبحث الوفد التعاون بين البلدين."
    assert events(text, with_statements=False).query("trigger == 'وبحث'").source_code.isna().all()
    text = "وقصفت إسرائيل مواقع حماس. ويُتهم بالتخطيط لهجمات."
    assert events(text, with_statements=False).query("trigger == 'ويُتهم'").source_code.isna().all()


def test_the_actor_that_opens_a_clause_is_the_subject_of_its_verb_across_words_that_describe_it() -> None:
    ev = events("وذكرت مصادر أن القوات اليمنية الموالية للحكومة الشرعية هاجمت مدينة زنجبار.", with_statements=False)
    assert ev[ev.trigger == "هاجمت"].source_code.tolist() == ["YEMMIL"]
    ev = events("وكان الحوثيون المدعومون من إيران قد استولوا على البلدة.", with_statements=False)
    assert ev[ev.trigger == "استولوا"].source_code.tolist() == ["YEMREB"]
    # a verb or a relative pronoun between them opens a clause of its own
    ev = events("وقالت مصادر إن الحكومة اليمنية تدين الجريمة التي استهدفت المصلين.", with_statements=False)
    assert ev[ev.trigger == "استهدفت"].source_code.isna().all()


def test_the_doer_named_by_its_bullets_or_its_hand_after_the_act_is_the_source_not_the_target() -> None:
    ev = events("وأصيب شاب فلسطيني بجروح بعد إطلاق النار عليه برصاص الجيش الإسرائيلي.", with_statements=False)
    assert ev[["trigger", "source_code", "target_code"]].values.tolist() == [["إطلاق النار", "ISRMIL", None]]
    ev = events("وطردت عائلات من البلدة على يد تنظيم داعش.", with_statements=False)
    assert ev[["trigger", "source_code", "target_code"]].values.tolist() == [["وطردت", "IMG", None]]


def test_the_members_of_the_first_side_may_stand_between_bayna_and_it() -> None:
    ev = events("ودارت اشتباكات عنيفة بين عناصر حزب العمال الكردستاني والجيش التركي.", with_statements=False)
    assert ev[["trigger", "source_code", "target_code"]].values.tolist() == [["اشتباكات", "TURREB", "TURMIL"]]


def test_a_noun_with_a_pronoun_after_a_preposition_of_time_is_done_by_its_antecedent() -> None:
    # the speaker whose cue stands right before it
    ev = events("وقال الرئيس المصري إن العلاقات متينة. وأكد خلال لقائه مع وزير الخارجية الأردني أهمية التنسيق.")
    assert ev[ev.trigger == "لقائه"].source_code.tolist() == ["EGYGOV"]
    # else the actor named last before it
    ev = events("وأشاد الرئيس الفرنسي بالملك سلمان خلال زيارته لباريس.", with_statements=False)
    assert ev[ev.trigger == "زيارته"].source_code.tolist() == ["SAUGOV"]
    # after a verb the pronoun is the act's object: no doer is read from it (the support is the speaker's
    # side's, which the speaker rule gives, not the pronoun's antecedent)
    ev = events("وقال الوزير الأمريكي إن بلاده ستواصل دعمها.", sign_model=False)
    row = ev[ev.trigger == "دعمها"]
    assert len(row) == 1 and "pronoun" not in row.iloc[0].evidence and "before" not in row.iloc[0].evidence
    assert row.iloc[0].source_code in (None, "USAGOV")


def test_a_place_of_the_table_is_the_object_of_a_visit_or_of_an_assault_after_its_subject() -> None:
    ev = events("وبدأ المبعوث الأممي زيارة مدينة المكلا.", with_statements=False)
    row = ev[ev.trigger == "زيارة"].iloc[0]
    assert (row.target_code[:3], row.target_surface) == ("YEM", "المكلا")
    ev = events("وقصفت القوات التركية مدينة القامشلي.", with_statements=False)
    assert ev[["source_code", "target_code", "target_surface"]].values.tolist() == [["TURMIL", "SYR", "القامشلي"]]
    # talks held in a city have no target for it
    ev = events("وبحث المبعوث الأممي الأوضاع الإنسانية في المكلا.", with_statements=False)
    assert len(ev) == 1 and ev["target_code"].isna().all()


def test_an_uncoded_doer_after_the_verb_is_coded_from_its_own_words() -> None:
    # المدفعية is no mention: its craft and the country adjective make the source, the object stays out of it
    ev = events("وقصفت المدفعية الإيرانية قرى حدودية في كردستان.", with_statements=False)
    assert ev[["source_code", "source_surface"]].values.tolist() == [["IRNMIL", "المدفعية الإيرانية"]]


def test_a_passive_verbs_victim_is_not_coded_as_its_doer() -> None:
    # شاب is no agent: قتل here is passive and the young man its victim, never its source
    ev = events("وقتل شاب عراقي في انفجار قرب الموصل.", with_statements=False)
    assert ev["source_code"].isna().all()


def test_a_fight_for_a_place_is_aimed_at_the_rebels_who_hold_it() -> None:
    # the rebels of the place's country named in the article hold the city: the fight to free it is toward them
    text = "واجتاح الحوثيون العاصمة قبل عام. وتستعد قوات الجيش اليمني لتحرير مدينة الحديدة."
    ev = events(text, with_statements=False)
    assert ev[["source_code", "target_code", "target_surface", "event_code"]].values.tolist() == [
        ["YEMMIL", "YEMREB", "الحديدة", "19"]]
    # with no rebels named the place stays its country
    ev = events("وتستعد قوات الجيش اليمني لتحرير مدينة الحديدة.", with_statements=False)
    assert ev["target_code"].tolist() == ["YEM"]


def test_a_light_verb_opens_the_act_its_long_subject_splits() -> None:
    # titles and a full name stand between نفذت and its object: the subject of the verb does the act, from the verb
    text = "ونفذت قوات الأمن الأردنية بحسب المصادر غارة على مواقع المهربين قرب الحدود."
    ev = events(text, with_statements=False)
    row = ev.iloc[0]
    assert (row["source_code"], row["event_code"]) == ("JORCOP", "18")
    assert row["evidence"].startswith("ونفذت ... غارة")
    assert text[row["start"]:].startswith("ونفذت")


def test_the_subject_before_a_light_verb_does_the_act_words_push_away_from_its_noun() -> None:
    # a time phrase between شن and its object puts the subject before the verb out of the noun's reach
    text = "وكان سلاح الجو التركي قد شن ليلة أول من أمس سلسلة غارات على القواعد الخلفية للمتمردين."
    ev = events(text, with_statements=False)
    row = ev.iloc[0]
    assert (row["source_code"], row["event_code"]) == ("TURMIL", "18")
    assert "source=nearest before its verb" in row["evidence"]


def test_a_state_bodys_disapproval_is_not_aimed_at_its_own_police_named_near_it() -> None:
    # the security men who faced the attack are its victims, not the target of the governor's condemnation
    ev = events("وقال أمير المنطقة إن رجال الأمن تصدوا للعمل الإرهابي الجبان.")
    row = ev[ev["unit"] == "statement"].iloc[0]
    assert (row["source_code"], row["event_code"]) == ("SAUGOV", "11")
    assert row["target_code"] is None and "own state's bystanders" in row["evidence"]
    # another side named near the words stays the target
    ev = events("وقال أمير المنطقة إن الحوثيين ارتكبوا عملا إرهابيا جبانا.")
    assert ev[ev["unit"] == "statement"]["target_code"].tolist() == ["YEMREB"]


def test_contractors_are_a_generic_target_of_a_fine() -> None:
    # المقاول named by what he is, fined by a Saudi body: a Saudi business (generic_target_business)
    c = pd.DataFrame({"doc_id": ["d"], "outlet": ["sabq"], "text": ["الأمانة تغرم المقاول المنفذ للمشروع 50 ألف ريال."]})
    m = find_mentions(c, "text")
    ev = find_events(c, "text", mentions=m, statements=find_statements(c, "text", mentions=m))
    assert ev[["target_surface", "target_code"]].values.tolist() == [["المقاول", "SAUBUS"]]


def test_a_definite_noun_after_a_light_verb_is_not_its_object() -> None:
    # قدم's object is تعازيه; the attack named after في is no act of the one who offers condolences
    ev = events("وقدم رئيس الوزراء الإيطالي تعازيه في الاعتداء الإرهابي.", with_statements=False)
    assert not ev["evidence"].str.contains("light verb").any()


def test_an_arrival_opens_the_visit_named_after_it() -> None:
    ev = events("ووصل رئيس الوزراء الياباني إلى القاهرة أمس في زيارة رسمية تستغرق يومين.", with_statements=False)
    assert ev[["source_code", "event_code"]].values.tolist() == [["JPNGOV", "04"]]
    assert ev["evidence"].iloc[0].startswith("ووصل ... زيارة")


def test_an_uncoded_craft_after_a_light_verb_is_coded_from_its_own_words() -> None:
    ev = events("ووصلت طائرة إغاثة أردنية إلى مطار صنعاء.", with_statements=False)
    assert ev["source_code"].str[:3].tolist() == ["JOR"]


def test_international_community_is_an_event_target_not_a_mention() -> None:
    text = "ودعت وزارة الخارجية القطرية أمس المجتمع الدولي إلى التحرك لوقف الاستيطان."
    df = pd.DataFrame({"doc_id": ["d"], "title": [None], "published": [DATE], "text_clean": [text]})
    assert not find_mentions(df)["surface"].str.contains("المجتمع").any()
    ev = events(text, sign_model=False)
    assert ev[["source_code", "target_code", "target_surface"]].values.tolist()[0] == ["QATGOV", "IGO", "المجتمع الدولي"]



def test_yemeni_resistance_and_its_bodies_are_yemmil_as_sources() -> None:
    ev = events("وقالت مصادر في المقاومة إن مسلحي الحوثي قصفوا أحياء مدينة تعز اليمنية.", sign_model=False)
    assert ev[["source_surface", "source_code"]].values.tolist()[0] == ["مصادر في المقاومة", "YEMMIL"]
    ev = events("وهاجمت المقاومة مواقع الحوثيين في مدينة تعز اليمنية.", with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist() == [["YEMMIL", "YEMREB"]]


def test_the_resistance_row_is_for_sources_only() -> None:
    from q7x2lib.events import _phrase_code

    by_phrase = {("المقاومة", "YEMREB", "source"): "YEMMIL"}
    assert _phrase_code(by_phrase, "المقاومة", "YEMREB", "target") == "YEMREB"
    assert _phrase_code(by_phrase, "المركز الإعلامي للمقاومة", "YEMREB", "source") == "YEMMIL"


def test_a_shell_from_a_countrys_land_comes_from_that_country_not_its_government() -> None:
    # made up in the pattern of the Saudi border reports: no firer named, only the land the shell came from
    ev = events("وأصيب طفلان إثر سقوط مقذوف عسكري من داخل الأراضي اليمنية على قرية حدودية.", with_statements=False)
    assert ev[["source_code", "source_surface", "event_code"]].values.tolist() == [
        ["YEM", "من داخل الأراضي اليمنية", "18"]]
    ev = events("وسقطت قذائف قادمة من الأراضي السورية على بلدة حدودية.", with_statements=False)
    assert ev["source_code"].tolist() == ["SYR"]
    # a place after من is no land: no source from it
    ev = events("وسقطت قذائف من جهة مجهولة على بلدة حدودية.", with_statements=False)
    assert ev["source_code"].isna().all()


def test_an_uncoded_doer_after_a_complementiser_is_coded_from_its_own_words() -> None:
    # أعلنت ... أن X قصفت: the subject after أن does the act, not the speaker who reports it
    ev = events("وقال مصدر أمني إن المدفعية الإيرانية قصفت قرى حدودية.", sign_model=False)
    act = ev[ev["unit"] == "event"]
    assert act[["source_code", "source_surface"]].values.tolist() == [["IRNMIL", "المدفعية الإيرانية"]]
    # no agent or craft among the words after إن: no doer coded from them
    ev = events("وقال مصدر أمني إن المدنيين الإيرانيين قتلوا في القصف.", sign_model=False)
    assert not ev["evidence"].str.contains("own words after").any()


def test_an_unnamed_local_source_is_its_country_not_its_government() -> None:
    # made up: a source that names no body and no office stays the bare country; an official one is the government
    ev = events("وقالت مصادر قبلية يمنية إن مسلحي الحوثي قصفوا قرى في محافظة مأرب.", sign_model=False)
    assert ev.loc[ev["unit"] == "statement", "source_code"].tolist() == ["YEM"]
    ev = events("وقالت مصادر رسمية يمنية إن مسلحي الحوثي قصفوا قرى في محافظة مأرب.", sign_model=False)
    assert ev.loc[ev["unit"] == "statement", "source_code"].tolist() == ["YEMGOV"]


def test_a_defence_minister_is_his_government_in_events() -> None:
    # made up: the actor coder codes a defence minister MIL; the event guideline codes ministers GOV
    ev = events("واستقبل وزير الدفاع الصومالي وزير الخارجية الأردني في مقديشو.", with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist() == [["SOMGOV", "JORGOV"]]
    from q7x2lib.events import _minister

    # the ministry itself too since round 41 (the development gold codes it GOV 16 times, MIL once)
    assert _minister("وزارة الدفاع البريطانية") and not _minister("قيادة الجيش البريطاني")


def test_an_actor_opening_the_clause_right_before_its_verb_is_the_subject() -> None:
    # made up, in the headline order subject-verb-object: the actor after the verb is its object
    ev = events("أمير الكويت يستقبل وزير الخارجية الأردني", with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist() == [["KWTGOV", "JORGOV"]]
    # a dateline before the verb is no subject: the actor after the verb is
    ev = events("عمان - استقبل أمير الكويت وزير الخارجية الأردني.", with_statements=False)
    assert ev["source_code"].tolist() == ["KWTGOV"]


def test_the_coalition_in_a_yemeni_story_is_the_saudi_led_one_as_a_source() -> None:
    # made up: the actor coder gives the bare coalition the story's country (YEMMIL); the event guideline SAUMIL
    ev = events("وشن طيران التحالف غارات على مواقع الحوثيين في صنعاء اليمنية.", with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist() == [["SAUMIL", "YEMREB"]]
    from q7x2lib.events import _phrase_code

    by_phrase = {("التحالف", "YEMMIL", "source"): "SAUMIL"}
    assert _phrase_code(by_phrase, "قوات التحالف", "YEMMIL", "target") == "YEMMIL"


def test_an_unnamed_state_force_after_its_verb_is_the_article_state_or_the_side_it_serves() -> None:
    # made up: a force the actor coder leaves uncoded (قوات الجيش الوطني الموالي للشرعية) is the article's state's
    ev = events("تشهد ليبيا توترا. وسيطرت قوات الجيش الوطني الموالي للشرعية على مطار المدينة.", with_statements=False)
    act = ev[ev["evidence"].str.contains("own words")]
    assert act[["source_code", "source_surface"]].values.tolist() == [["LBYMIL", "قوات الجيش الوطني الموالي"]]
    # a force loyal to a named state is that state's, and the state is no target
    ev = events("تشهد ليبيا توترا. وسيطرت قوات الجيش الوطني الموالي لمصر على مطار المدينة.", with_statements=False)
    act = ev[ev["evidence"].str.contains("own words")]
    assert act[["source_code", "source_surface", "target_code"]].values.tolist() == [
        ["EGYMIL", "قوات الجيش الوطني الموالي لمصر", None]]
    # after a relative pronoun that no pronoun takes back, the force is the object (the act did it)
    ev = events("شهدت مدينة أبها السعودية حزنا على الهجوم الذي استهدف رجال الأمن وأدى إلى مقتل خمسة منهم.",
                with_statements=False)
    assert not ev["evidence"].str.contains("own words").any()
    # a single man after a passive verb is its victim, not a force
    ev = events("تشهد ليبيا توترا. وقُتل شرطي في انفجار عبوة ناسفة.", with_statements=False)
    assert not ev["evidence"].str.contains("own words").any()


def test_a_headline_that_opens_with_an_uncoded_force_and_its_country_has_it_for_subject() -> None:
    # made up: a headline in the order subject-verb, the subject named by a craft and its country's adjective
    ev = events("الدبابات الأردنية تقصف مواقع المسلحين قرب الحدود", with_statements=False)
    assert ev[["source_code", "source_surface"]].values.tolist() == [["JORMIL", "الدبابات الأردنية"]]
    assert ev["evidence"].str.contains("own words opening its sentence").all()
    # the words before the verb that do not close on a country are no doer read this way (another verb among them)
    ev = events("القوات الخاصة تحاصر البلدة وتقصف مواقع المسلحين", with_statements=False)
    assert not ev["evidence"].str.contains("own words opening").any()


def test_a_state_named_by_its_adjective_after_an_act_noun_is_the_source() -> None:
    # made up: the act's noun carries the state's adjective (its military for force, its government otherwise)
    ev = events("وتواصلت الغارات الجوية الأردنية على مواقع المسلحين قرب الحدود.", with_statements=False)
    act = ev[ev["evidence"].str.contains("source=adjective")]
    assert act[["source_code", "source_surface"]].values.tolist() == [["JORMIL", "الأردنية"]]
    ev = events("ورحبت الأطراف بدعوة يابانية إلى الحوار.", with_statements=False)
    assert ev[ev["evidence"].str.contains("source=adjective")]["source_code"].tolist() == ["JPNGOV"]
    # definiteness must agree (القصف مواقع ...: no), and a masculine adjective without the article is a person
    ev = events("وأعلنت الشرطة مقتل أردني في هجوم على المدينة.", with_statements=False)
    assert not ev["evidence"].str.contains("source=adjective").any()


def test_a_group_head_noun_between_a_verb_and_the_group_keeps_it_the_subject() -> None:
    # made up: the verb comes first and the group is named through its head noun (تنظيم، ناشطو، عناصر)
    ev = events("وهاجم تنظيم «داعش» قرية في ريف المدينة.", with_statements=False)
    assert ev[["source_code", "source_surface", "target_code"]].values.tolist() == [["IMG", "داعش", None]]
    ev = events("واقتحم ناشطو حركة حماس مقر البلدية.", with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist() == [["PSEREB", None]]
    # after an act's noun the same words are its object, not its doer
    ev = events("وأدان المجلس استهداف عناصر داعش للقرية.", with_statements=False)
    assert "IMG" not in ev.loc[ev["event_code"] == "18", "source_code"].tolist()


def test_soldiers_or_policemen_an_assault_hits_are_its_target() -> None:
    # made up: the victims are named by what they are, their country by its adjective or the article's
    ev = events("وقتل شرطيين تركيين في هجوم قرب الحدود.", with_statements=False)
    assert ev[["target_code", "target_surface"]].values.tolist()[0] == ["TURCOP", "شرطيين تركيين"]
    ev = events("تشهد ليبيا توترا. وأعلن مقتل ثلاثة جنود في المدينة.", with_statements=False)
    assert ev.loc[ev["evidence"].str.contains("victims"), "target_code"].tolist() == ["LBYMIL"]
    # after a verb with no subject found, a broken plural may be the subject itself: not read as the victims
    ev = events("وهاجم جنود قرية قرب الحدود.", with_statements=False)
    assert not ev["evidence"].str.contains("victims").any()


def test_a_statement_of_the_resistance_is_about_the_houthis_it_names() -> None:
    # made up: the actor coder codes a bare المقاومة in a Yemeni story YEMREB, as the Houthis; the event guideline
    # has it speak for YEMMIL, so the Houthis it reports on are the other side, not its own (rules alone: the test
    # holds whatever the shipped sign model makes of the sentence)
    ev = events("تشهد اليمن حربا. وقال مصدر في المقاومة الشعبية إن الحوثيين يحاصرون المدينة ويمنعون دخول الغذاء.",
                sign_model=False)
    said = ev[ev["unit"] == "statement"]
    assert said[["source_code", "target_code", "target_surface"]].values.tolist() == [["YEMMIL", "YEMREB", "الحوثيين"]]


def test_the_actor_after_a_triggers_own_preposition_is_its_object() -> None:
    # made up: the pattern ends with its preposition (انقلب على، التعاون مع): what follows is the target
    ev = events("وكانت ميليشيات الحوثي قد انقلبت على الحكومة الشرعية العام الماضي.", with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist() == [["YEMREB", "YEMGOV"]]
    ev = events("وأعلنت الوزارة أمس بدء التعاون مع الأمم المتحدة في مجال الطاقة.", with_statements=False)
    assert "IGO" not in ev.loc[ev["trigger"].str.contains("التعاون"), "source_code"].tolist()


def test_the_subject_of_a_verb_that_tries_or_begins_an_act_is_the_doer_of_its_noun() -> None:
    # made up: حاول / بدأ / أكمل / شارك + subject + the act's noun, the subject too far from the noun to be read as
    # standing right before it
    ev = events("وحاولت ميليشيات الحوثي مساء الأربعاء اقتحام مدينة تعز اليمنية.", with_statements=False)
    assert ev[["source_code", "source_surface"]].values.tolist() == [["YEMREB", "ميليشيات الحوثي"]]


def test_a_court_is_its_states_government_in_the_event_guideline() -> None:
    # made up: the mention guideline's JUD has no place in the event guideline's scheme
    ev = events("وقالت المحكمة العليا المصرية إنها رفضت الطعن.", with_statements=False)
    assert not ev["source_code"].dropna().str.endswith("JUD").any()
    assert "EGYGOV" in ev["source_code"].tolist()


def test_the_saudi_interior_ministry_and_its_spokesman_are_the_government_in_events() -> None:
    # made up: the ministry's statement, its spokesman by office; its forces stay COP
    ev = events("وأعلن المتحدث الأمني لوزارة الداخلية السعودية أن قوات الأمن السعودية ألقت القبض على ثلاثة مطلوبين.")
    assert ev[["unit", "source_code"]].values.tolist() == [["statement", "SAUGOV"], ["event", "SAUCOP"]]


def test_a_doer_verbs_subject_that_no_mention_covers_is_read_from_its_own_words() -> None:
    # made up: غارات نفذها / الغارة التي شنتها + the craft and the state's adjective, which the actor coder leaves
    ev = events("وأفاد سكان بسقوط قتلى في غارات نفذها الطيران الإسرائيلي على قرية حدودية.", with_statements=False)
    assert ev.loc[ev["trigger"].str.contains("غارات"), ["source_code", "source_surface"]].values.tolist() == [
        ["ISRMIL", "الطيران الإسرائيلي"]]
    ev = events("وتحدث الأهالي عن الغارة التي شنتها الطائرات الروسية على السوق.", with_statements=False)
    assert ev.loc[ev["trigger"].str.contains("الغارة"), "source_code"].tolist() == ["RUSMIL"]


def test_the_doer_after_min_qibal_may_stand_after_the_acts_object_and_time() -> None:
    # made up: تم + the act's noun, its object and a time before من قبل / على يد
    ev = events("وعادت الحياة إلى المدينة بعد أن تم تحرير أحيائها الشرقية الأسبوع الماضي من قبل الجيش اليمني.",
                with_statements=False)
    assert ev[["source_code", "source_surface"]].values.tolist() == [["YEMMIL", "الجيش اليمني"]]
    ev = events("وقتل شاب من أبناء القرية الشمالية على يد الجيش الإسرائيلي.", with_statements=False)
    assert ev["source_code"].tolist() == ["ISRMIL"]
    # the act's object stands before a doer named further on: the target is not looked for after the doer
    ev = events("وأشار الوزير إلى استمرار الدعم العسكري للجيش اليمني خلال الشهر الماضي من قبل قوات التحالف.",
                with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist() == [["SAUMIL", "YEMMIL"]]


def test_an_agent_marker_beyond_the_next_act_is_not_this_acts_doer() -> None:
    # made up: the من قبل belongs to the act named after the first one (ارتكاب), not to the first (التحقيق)
    ev = events("ودعت المنظمة إلى التحقيق في الجرائم التي تم ارتكابها في المدينة من قبل الجيش السوري.",
                with_statements=False)
    assert "SYRMIL" not in ev.loc[ev["trigger"].str.contains("التحقيق"), "source_code"].tolist()


def test_the_first_side_of_a_clash_is_its_source_when_the_second_is_no_mention() -> None:
    # made up: بين + a coded force + an unnamed side joined by و
    ev = events("وقتل خمسة أشخاص في مواجهات عنيفة بين الشرطة التركية ومحتجين غاضبين في إسطنبول.",
                with_statements=False)
    assert ev.loc[ev["trigger"].str.contains("مواجهات"), ["source_code", "target_code", "target_surface"]
                  ].values.tolist() == [["TURCOP", "TUR", None]]  # the unnamed side: the first side's country
    # a joint reference (البلدين) is no side
    ev = events("وتجددت المواجهات بين البلدين ومسلحين على الحدود.", with_statements=False)
    assert ev["source_code"].isna().all()


def test_the_second_side_after_the_first_sides_descriptors_is_the_target() -> None:
    # made up: بين + a titled name + what he has done since + و + the other side
    ev = events("وكان المكتب قد أعلن أن أول محادثة هاتفية قد جرت أمس بين الرئيس الفرنسي إيمانويل ماكرون منذ توليه "
                "رئاسة فرنسا والرئيس المصري عبد الفتاح السيسي.", with_statements=False)
    assert ev.loc[ev["trigger"].str.contains("محادثة"), ["source_code", "target_code"]].values.tolist() == [
        ["FRAGOV", "EGYGOV"]]


def test_a_report_speaks_for_the_body_that_issued_it() -> None:
    # made up: a report named with its issuer (الصادر عن), then the report again with the article and no issuer
    ev = events("وكشف التقرير السنوي الصادر أمس عن وزارة الصحة الكويتية ارتفاع عدد المستشفيات. "
                "وأوضح التقرير أن عدد الأطباء زاد في العام الماضي.")
    assert ev.loc[ev["unit"] == "statement", "source_code"].tolist() == ["KWTGOV", "KWTGOV"]
    # ل + the issuer right after an indefinite report
    ev = events("وذكر بيان لوزارة الخارجية المصرية أن الوزير سيزور روما.")
    assert ev.loc[ev["unit"] == "statement", "source_code"].tolist() == ["EGYGOV"]


def test_a_body_named_in_what_a_report_says_did_not_issue_it() -> None:
    # made up: the body comes after أن, in what the report says; an indefinite report takes no earlier issuer
    ev = events("وأفاد تقرير صدر حديثا بأن وزارة الصحة الكويتية افتتحت مستشفى جديدا.")
    assert ev.loc[ev["unit"] == "statement", "source_code"].isna().all()


def test_a_scholar_at_a_university_speaks_as_edu_and_so_does_his_name_alone() -> None:
    # made up: a professor described by his chair at a university, then called by his family name alone
    ev = events("وقال أستاذ الاقتصاد بجامعة القاهرة الدكتور سامي الشناوي إن الأسعار سترتفع. "
                "وأضاف الشناوي أن الحكومة المصرية مطالبة بخفض الإنفاق.")
    codes = ev.loc[ev["unit"] == "statement", "source_code"].tolist()
    assert codes and all(c.endswith("EDU") for c in codes)


def test_a_brigadier_an_honorific_and_the_arab_league_are_no_scholars() -> None:
    # made up: عميد as a military rank, الأستاذ as an honorific, the Arab League's جامعة; a lecturer at a college is one
    from q7x2lib.events import _academic
    assert [_academic(s) for s in ("العميد سامح الشناوي قائد المنطقة", "الأستاذ سامي الشناوي وزير التجارة",
                                   "سفير تونس لدى الجامعة العربية", "المحاضر في كلية الهندسة سامي الشناوي")] == [
        False, False, False, True]


def test_a_dean_speaks_as_edu_where_the_title_was_read_as_a_rank_or_an_office() -> None:
    # made up: a dean of a research centre named after his name with a dash, who shares his family name with the
    # coalition's brigadier (the speaker took the brigadier's SAUMIL), and a dean of a centre before his name
    ev = events("وقال المتحدث باسم قوات التحالف العميد أحمد عسيري إن الغارات مستمرة. واعتبر الأستاذ الدكتور "
                "سامي بن محمد عسيري -عميد المركز الوطني لأبحاث المياه- أن الهدر كبير.")
    assert ev.loc[ev["unit"] == "statement", "source_code"].tolist() == ["SAUMIL", "SAUEDU"]
    ev = events("وأوضح عميد مركز الموهبة والتميز رئيس البرنامج الدكتور سامي الشناوي أن البرنامج يستقبل الطلاب.")
    assert ev.loc[ev["unit"] == "statement", "source_code"].str.endswith("EDU").tolist() == [True]


def test_a_light_verb_keeps_its_noun_across_a_time_set_off_by_commas() -> None:
    # made up: the time between commas (a weekday in brackets) parts the verb and its noun, as in the news
    ev = events("عقد وزير الخارجية المصري سامح شكري، اليوم (الخميس)، اجتماعا مع نظيره الأردني ناصر جودة.")
    assert ev.loc[ev["trigger"].str.contains("اجتماعا"), "trigger"].tolist() == ["عقد ... اجتماعا"]
    # a phrase that is no time keeps them apart
    from q7x2lib.events import _without_comma_times
    assert _without_comma_times("عقد الوزير، بعد عودته، اجتماعا") == "عقد الوزير، بعد عودته، اجتماعا"


def test_sociology_and_its_scholars_are_no_meeting() -> None:
    # made up: علم الاجتماع (sociology) in a speaker's chair, علماء الاجتماع as a subject; a meeting stays one
    ev = events("وقال أستاذ علم الاجتماع سامي الشناوي إن الأسرة تغيرت. ويعزو علماء الاجتماع ذلك إلى التحضر.")
    assert not ev["trigger"].str.contains("الاجتماع").any()
    ev = events("وعقد وزير الخارجية المصري سامح شكري الاجتماع مع نظيره الأردني في عمان.")
    assert ev["trigger"].str.contains("الاجتماع").any()


def test_a_brigadier_and_a_doyen_are_no_deans() -> None:
    # made up: the rank with its article or a rank word after it, the doyen of the diplomatic corps
    from q7x2lib.events import _dean
    assert [_dean(s) for s in ("العميد سامح الشناوي قائد المنطقة", "عميد ركن سامح الشناوي",
                               "عميد السلك الدبلوماسي سفير جيبوتي", "وعميد كلية الهندسة سامي الشناوي")] == [
        False, False, False, True]


def test_a_statement_its_cue_signs_is_aimed_at_the_first_other_actor_it_names() -> None:
    # made up: a feeling after أعرب signs the statement (rule_signs), and no pattern directs it: the condolence goes
    # to the government named after it, with or without the sign model
    text = "وأعرب وزير الخارجية الكويتي عن تعازيه للحكومة الأردنية في ضحايا الحادث."
    for model in (True, False):
        ev = events(text, sign_model=model)
        rows = ev.loc[ev["unit"] == "statement", ["source_code", "target_code", "event_code"]].values.tolist()
        assert rows == [["KWTGOV", "JORGOV", "05"]], (model, rows)


def test_the_resistance_in_a_yemeni_story_is_yemmil_by_its_people_its_revolutionaries_and_its_commanders() -> None:
    # made up: a resistance spokesman of the people table, الثوار fighting the Houthis in a Yemeni story (a Syrian
    # story's الثوار stay the Syrian rebels), and a commander named by the resistance inside his words
    from q7x2lib.events import _bundled_event_actor_codes, _phrase_code
    ev = events("وقال علي الأحمدي إن الحوثيين قصفوا القرى في عدن.")
    assert ev.loc[ev["unit"] == "statement", "source_code"].tolist() == ["YEMMIL"]
    ev = events("وسيطر الثوار على معسكر الحوثيين في مدينة تعز اليمنية بعد معارك عنيفة.")
    assert ev.loc[ev["trigger"] == "وسيطر", ["source_code", "target_code"]].values.tolist() == [["YEMMIL", "YEMREB"]]
    ev = events("وسيطر الثوار على مطار حلب العسكري بعد معارك مع قوات النظام السوري.")
    assert ev.loc[ev["trigger"] == "وسيطر", "source_code"].tolist() == ["SYRREB"]
    _, by_phrase, _ = _bundled_event_actor_codes()
    assert [_phrase_code(by_phrase, s, code, "source") for s, code in [
        ("قائد المقاومة الشعبية في محافظة البيضاء", "YEMREB"), ("مقاومة المناطق الوسطى", "YEMREB"),
        ("جماعة الحوثي في محافظة البيضاء", "YEMREB"), ("المتحدث الأمني بوزارة الداخلية", "SAUCOP")]] == [
        "YEMMIL", "YEMMIL", "YEMREB", "SAUGOV"]


def test_a_speaker_named_again_by_the_name_given_beside_a_resistance_office_speaks_for_the_resistance() -> None:
    # made up: a resistance commander with his name in apposition, then called by his family name alone; a Houthi
    # spokesman named in the same way keeps the actor coder's YEMREB
    ev = events("وقال قائد المقاومة في محافظة إب، الشيخ منصور عبده الزريقي، إن الحوثيين قصفوا القرى. "
                "وأضاف الزريقي أن المعارك مستمرة في مدينة تعز اليمنية. "
                "وقال المتحدث باسم الحوثيين محمد عبد السلام إن المعارك مستمرة. "
                "وأضاف عبد السلام أن الحوثيين سيطروا على المدينة.")
    said = ev[ev["unit"] == "statement"]
    assert said[["source_surface", "source_code"]].values.tolist() == [
        ["قائد المقاومة", "YEMMIL"], ["الزريقي", "YEMMIL"],
        ["المتحدث باسم الحوثيين محمد عبد السلام", "YEMREB"], ["عبد السلام", "YEMREB"]]


def test_a_police_or_border_guard_spokesman_speaks_for_his_force() -> None:
    # made up: the body follows the spokesman's phrase (ل، ب); a ministry's spokesman stays his government; the
    # civil defence's speaks for his body too (round 41: the statement layer codes him COP, as the statement
    # guideline and the gold rows of V-AO and A-U do; the event scores of X, Z, AK, AO went up with it)
    ev = events("وقال الناطق الإعلامي لشرطة منطقة القصيم الرائد بدر السحيباني إن الدوريات قبضت على اللصوص.")
    assert ev.loc[ev["unit"] == "statement", "source_code"].tolist() == ["SAUCOP"]
    ev = events("وقال الناطق الإعلامي بقيادة حرس الحدود بالمنطقة الشرقية النقيب عمر الأكلبي إن الدوريات ضبطت المهربين.")
    assert ev.loc[ev["unit"] == "statement", "source_code"].tolist() == ["SAUCOP"]
    ev = events("وقال المتحدث الرسمي لوزارة الصحة الدكتور خالد مرغلاني إن الحالات تراجعت.")
    assert ev.loc[ev["unit"] == "statement", "source_code"].tolist() == ["SAUGOV"]
    ev = events("وأوضح المتحدث الإعلامي للدفاع المدني بمنطقة نجران المقدم علي الشهراني أن الفرق باشرت الحريق.")
    assert ev.loc[ev["unit"] == "statement", "source_code"].tolist() == ["SAUCOP"]


def test_a_former_official_speaks_as_a_civilian_and_so_does_the_name_given_with_him() -> None:
    # made up: a former ambassador with his name in apposition, then called by his family name alone; a serving
    # minister and the son of a former president keep the state's code
    ev = events("وقال سفير لبنان السابق في واشنطن، عبد الله بوحبيب، إن الاتفاق سيغير المنطقة. "
                "وأضاف بوحبيب أن إيران ستستفيد من رفع العقوبات.")
    assert ev.loc[ev["unit"] == "statement", "source_code"].tolist() == ["LBNCVL", "LBNCVL"]
    # a former official named by his own name: the name after his office is someone else's (the president he served)
    ev = events("وقال ديفيد ماكوفسكي، المستشار السابق للرئيس الأمريكي أوباما، إن الاتفاق سيء. وقال أوباما إن الاتفاق جيد.")
    assert ev.loc[ev["unit"] == "statement", "source_code"].tolist() == ["USACVL", "USAGOV"]
    from q7x2lib.event_patterns import _patterns
    from q7x2lib.events import _former_official
    pat = _patterns(None)
    assert [_former_official(s, pat) for s in (
        "وزير الخارجية اللبناني", "نجل الرئيس العراقي السابق", "وزير الطاقة الروسي في وقت سابق",
        "دبلوماسي إسرائيلي سابق", "جمال با رأس، القاضي اليمني السابق")] == [False, False, False, True, True]


def test_a_statement_the_model_signs_takes_the_default_root_of_its_sign_not_the_root_of_an_act_it_reports() -> None:
    # made up: the minister reports a meeting (04) and a rejection (12); the model's sign is the speaker's
    # attitude, praise (05) or disapproval (11), not the reported act (on the development samples the reported
    # act's root was the statement's 2 times in 59)
    from q7x2lib.statement_sign import BIAS, SignModel

    praiser = SignModel(pd.DataFrame({"w_neg": [0.0], "w_zero": [0.0], "w_pos": [3.0]}, index=[BIAS]))
    ev = events("وقال وزير الخارجية اليمني إن الرئيس التقى السفير الأمريكي في الرياض.", sign_model=praiser)
    statement = ev.query("unit == 'statement'").iloc[0]
    assert "model: +" in statement.evidence
    assert [statement.event_code, statement.goldstein] == ["05", 3.5]
    assert "04" in ev.query("unit == 'event'")["event_code"].tolist()  # the meeting is still its own event
    ev = events("وقال وزير الخارجية اليمني إن الحوثيين رفضوا المبادرة الخليجية.", sign_model=critic())
    statement = ev.query("unit == 'statement'").iloc[0]
    assert "model: −" in statement.evidence
    assert [statement.event_code, statement.goldstein] == ["11", -2.0]


def test_a_threat_verb_inside_what_is_said_is_the_speakers_criticism_not_his_threat() -> None:
    # Davutoğlu's words in sample D: "these attacks threaten democracy" criticises the attacks (11); the speaker
    # threatens no one, as «هدد الحوثيون» narrated or at the cue would be a threat (13)
    ev = events("وقال رئيس الوزراء التركي إن هذه الهجمات تهدد الديمقراطية.", sign_model=False)
    row = ev[ev.unit == "statement"]
    assert row.event_code.tolist() == ["11"] and row.goldstein.tolist() == [-2.0]
    assert row.modality.tolist() == ["act"] and "said: تهدد" in row.evidence.iloc[0]
    ev = events("وهدد رئيس الوزراء التركي حزب العمال الكردستاني بعملية عسكرية.", sign_model=False)
    assert ev[ev.unit == "statement"].event_code.tolist() == ["13"]


def test_a_purge_reported_as_done_is_no_threat_but_a_vow_to_purge_is() -> None:
    # samples A, M, R, Y, AA: «قامت بتطهير ...»، «أسفرت عن تطهير ...»، «تم ... وتطهير» report a purge as done or
    # under way (the annotators code 01); «ستستمر حتى يتم تطهير ...» vows it (13)
    done = events("وقال المتحدث باسم الجيش اليمني إن المقاومة قامت بتطهير منطقة جبل صبر من الحوثيين.",
                  sign_model=False)
    row = done[done.unit == "statement"]
    assert row.event_code.tolist() == ["01"] and "said: " not in row.evidence.iloc[0]
    vow = events("وقال المتحدث باسم الجيش اليمني إن المعارك ستستمر حتى يتم تطهير كل المحافظات من الحوثيين.",
                 sign_model=False)
    assert vow[vow.unit == "statement"].event_code.tolist() == ["13"]


def test_a_support_an_offer_or_an_invitation_with_no_actor_in_reach_is_no_event() -> None:
    # made up after the false events of samples C-AD and the rules split (round 30): support of a thing, a show
    # and a call with no actor are no act between actors; an unattributed raid is still kept, and a support with
    # its actors still an event
    for text, trigger in (("وينطلق عرض المسرحية في باكورة فعاليات السوق مساء الغد.", "عرض"),
                          ("وارتفعت الأسعار مع تراجع الدعم الحكومي للوقود.", "الدعم"),
                          ("والتطبيق لا يدعم عملية استرجاع الملفات المحذوفة.", "يدعم")):
        ev = events(text, sign_model=False)
        assert trigger not in ev[ev.unit == "event"].trigger.tolist(), text
    ev = events("وشنت طائرات غارات عنيفة على المدينة.", sign_model=False)
    assert ev[ev.unit == "event"].trigger.tolist() == ["وشنت ... غارات"]
    ev = events("وأعلنت الولايات المتحدة دعمها للحكومة اليمنية.", sign_model=False)
    assert "دعمها" in ev[ev.unit == "event"].trigger.tolist()


def test_a_war_a_coordination_a_request_or_a_review_with_no_actor_in_reach_is_no_event() -> None:
    # made up after the false events of V-AN (round 40, issue 16): a war as a topic, coordination between sectors,
    # an applicant's request and a plan reviewed name no act between actors; a coordination with its actors is kept
    for text, trigger in (("وتضرر كثير من المزارعين بالحرب الطويلة في البلاد.", "بالحرب"),
                          ("وتهدف الخطة إلى زيادة التنسيق بين القطاعات الصناعية المختلفة.", "التنسيق"),
                          ("ويمكن للمواطن تقديم طلب عبر الموقع الإلكتروني للبرنامج.", "طلب"),
                          ("وجرى استعراض الخطة التشغيلية للموسم المقبل.", "استعراض")):
        ev = events(text, sign_model=False)
        assert trigger not in ev[ev.unit == "event"].trigger.tolist(), text
    ev = events("وأكد وزير الخارجية السعودي أهمية التنسيق مع الحكومة المصرية.", sign_model=False)
    row = ev[(ev.unit == "event") & (ev.trigger == "التنسيق")]
    assert row[["source_code", "target_code", "event_code"]].values.tolist() == [["SAUGOV", "EGYGOV", "06"]]


def test_being_at_a_visitors_reception_is_a_meeting() -> None:
    # made up after the misses of AB, AC, AF, AH, AI (round 40, issue 16): the one named after كان في استقبال met the
    # one received (04), whether or not his arrival is named
    for text in ("وكان في استقبال الوفد المصري وزير الخارجية السعودي عادل الجبير.",
                 "ووصل وزير الخارجية المصري إلى الرياض أمس، وكان في استقباله وزير الخارجية السعودي."):
        ev = events(text, sign_model=False)
        assert ev[ev.unit == "event"].event_code.tolist() == ["04"], text


def test_the_one_named_after_the_guest_of_a_reception_welcomes_the_guest() -> None:
    # round 45 (issue 16), from the swapped receptions of AB, O, P, T: كان في استقبال X ... Y is Y meeting X; the
    # guest is the genitive or the pronoun right after the noun (event_patterns' target "guest")
    ev = events("وكان في استقبال الرئيس الفرنسي لدى وصوله المطار وزير الخارجية المصري.", sign_model=False)
    row = ev[ev.unit == "event"].iloc[0]
    assert [row.source_code, row.target_code, row.event_code] == ["EGYGOV", "FRAGOV", "04"]
    # a pronoun: the guest is the actor named first in the sentence before; the airport is where he arrived
    ev = events("وصل وزير الخارجية الأمريكي إلى الرياض. وكان في استقباله لدى وصوله إلى مطار الملك خالد "
                "وزير الخارجية السعودي.", sign_model=False)
    row = ev[(ev.unit == "event") & ev.trigger.str.contains("استقبال")].iloc[0]  # (the arrival before is its own 04)
    assert [row.source_code, row.target_code] == ["SAUGOV", "USAGOV"]
    # a guest that is no actor (the plane) leaves the target empty; the welcomers joined by و each get a row
    ev = events("وكان في استقبال الطائرة لحظة وصولها رئيس مجلس النواب اليمني، ووزير النقل الكويتي.", sign_model=False)
    assert ev[ev.unit == "event"][["source_code", "target_code"]].fillna("").values.tolist() == [
        ["YEMLEG", ""], ["KWTGOV", ""]]
    # two guests joined by و, then the host after their arrival
    ev = events("وكان في استقبال سمو ولي العهد وصاحب السمو الأمير محمد بن سلمان لدى وصولهما، "
                "الرئيس الأمريكي باراك أوباما.", sign_model=False)
    row = ev[ev.unit == "event"].iloc[0]
    assert [row.source_code, row.target_code] == ["USAGOV", "SAUGOV"]


def test_a_call_received_from_two_callers_or_after_a_long_title_goes_from_each_caller() -> None:
    # round 45 (issue 16), from the swapped calls of I, K, P, Q: two callers governed by one noun (ملكي), a receiver
    # with a long chain of titles, and أول من أمس (a day, not the caller) before the من of the caller
    ev = events("الملك سلمان يتلقى اتصالين هاتفيين من ملكي البحرين والأردن", with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist() == [["BHRGOV", "SAUGOV"], ["JORGOV", "SAUGOV"]]
    ev = events("تلقى الأمير محمد بن سلمان بن عبد العزيز، ولي ولي العهد، النائب الثاني لرئيس مجلس الوزراء وزير الدفاع "
                "اتصالا هاتفيا أمس من وزير الدفاع الأميركي.", with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist()[0] == ["USAGOV", "SAUGOV"]
    ev = events("تلقى خادم الحرمين الشريفين، اتصالا هاتفيا أول من أمس من الرئيس الفرنسي.", with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist()[0] == ["FRAGOV", "SAUGOV"]


def test_talks_in_general_news_are_coded_from_both_sides_but_political_talks_once() -> None:
    # made up after the misses of V-AN (round 40, issue 16): two companies' negotiations are held by both (two rows,
    # one from each side); ministers' talks in a political story keep one row, as the political samples code them
    ev = events("وأجرت شركة أرامكو السعودية مفاوضات مع شركة توتال الفرنسية لبناء مصفاة جديدة.", sign_model=False)
    talks = ev[(ev.unit == "event") & (ev.event_code == "04")]
    assert talks[["source_code", "target_code"]].values.tolist() == [["SAUBUS", "FRABUS"], ["FRABUS", "SAUBUS"]]
    ev = events("وأجرى وزير الخارجية السعودي عادل الجبير في الرياض مباحثات مع وزير الخارجية المصري سامح شكري "
                "حول الأزمة في اليمن وسوريا.", sign_model=False)
    talks = ev[(ev.unit == "event") & (ev.event_code == "04")]
    assert talks[["source_code", "target_code"]].values.tolist() == [["SAUGOV", "EGYGOV"]]


def test_a_transfer_to_a_hospital_or_of_the_dead_is_aid_but_other_transfers_are_not() -> None:
    # round 34, from the misses of Z, AA, AB, AC, AE, AF, AG, AH: the injured carried to a hospital and the dead
    # carried home are aid (07); a transfer of offices, the transport sector or a report are no event
    for text, trigger in (("وأصيب قائد المركبة الأخرى بإصابات متفرقة وتم نقله لمستشفى عفيف العام.", "نقله"),
                          ("إسعاف ينقل جثمان الشهيد الحارثي لميسان", "ينقل")):
        ev = events(text, sign_model=False)
        row = ev[ev.trigger == trigger]
        assert row.event_code.tolist() == ["07"] and row.unit.tolist() == ["event"], text
    for text in ("وتم نقل مقر الإدارة إلى المبنى الجديد بحي الملز.",
                 "وأعلنت وزارة النقل اكتمال المشروع.",
                 "ونقلت قناة جيو عن الشرطة قولها إن الطفلين بخير."):
        ev = events(text, sign_model=False)
        assert "07" not in ev.event_code.tolist(), text


def test_an_eid_greeting_of_patients_is_a_visit_but_of_ones_own_staff_or_kin_is_not() -> None:
    # round 34, from the misses of Y, AA, AF, AG: a governor's or a body's Eid greeting of patients or residents is
    # a visit (04); a body greeting its own staff, the feast named again, a greeting of kin are no event
    for text, trigger in (("محافظ رياض الخبراء يعايد المرضى المنومين بالمستشفى العام", "يعايد"),
                          ("قام محافظ رياض الخبراء بمعايدة المرضى المنومين بالمستشفى العام.", "بمعايدة")):
        ev = events(text, sign_model=False)
        assert ev[ev.trigger == trigger].event_code.tolist() == ["04"], text
    for text in ("غرفة الرياض تقيم حفل معايدة لمنسوبيها",
                 "الخدمة المدنية تعايد منسوبيها",
                 "وشهد حفل المعايدة حضور وكيل المركز.",
                 "وخرجت الفتاة لمعايدة جدتها ثم توارت عن الأنظار."):
        ev = events(text, sign_model=False)
        assert "04" not in ev[ev.unit == "event"].event_code.tolist(), text


def test_a_joint_doer_agrees_with_itself_the_outlets_own_state_first() -> None:
    # round 34, from the agreements and talks of F, J, M, Q, R, T: «اتفق الجانبان» names both states, one the doer and
    # the other the target; in a story of a Saudi outlet the Saudi side is the doer
    text = ("التقى وزير الخارجية السعودي عادل الجبير نظيره المصري سامح شكري في القاهرة. "
            "واتفق الجانبان على تعزيز التعاون.")
    ev = events(text, sign_model=False)
    row = ev[ev.trigger == "واتفق"]
    assert sorted(row[["source_code", "target_code"]].values.tolist()[0]) == ["EGYGOV", "SAUGOV"]
    df = pd.DataFrame({"doc_id": ["d"], "title": [None], "published": [DATE], "outlet": ["alyaum"],
                       "text_clean": [text]})
    mentions = find_mentions(df)
    ev = find_events(df, mentions=mentions, statements=find_statements(df, mentions=mentions), sign_model=False)
    assert ev[ev.trigger == "واتفق"][["source_code", "target_code"]].values.tolist() == [["SAUGOV", "EGYGOV"]]


def test_a_joint_doer_of_an_attack_gets_no_target_of_itself() -> None:
    # the guard: only talks, agreements and cooperation (MUTUAL_ROOTS) are acts of the two sides toward each other
    text = ("التقى وزير الخارجية السعودي عادل الجبير نظيره المصري سامح شكري في القاهرة. "
            "وقصف الجانبان مواقع التنظيم في سيناء.")
    ev = events(text, sign_model=False)
    assert "joint" not in " ".join(ev.evidence.tolist())


def test_the_hospital_a_transfer_goes_to_is_neither_its_doer_nor_its_target() -> None:
    # round 34: «تم نقلهما إلى المستشفى» read the hospital after the passive as the doer or the target; it is only
    # where the carried go, while a doer named before the transfer is kept
    ev = events("وأصيب شخصان في الحادث وتم نقلهما إلى مستشفى الملك فهد بتبوك.", sign_model=False)
    row = ev[ev.event_code == "07"]
    assert len(row) == 1 and "مستشفى" not in f"{row.source_surface.iloc[0]} {row.target_surface.iloc[0]}"
    ev = events("وأمر ولي العهد بنقله إلى مستشفى قوى الأمن بالرياض.", sign_model=False)
    assert ev[ev.event_code == "07"].source_surface.tolist() == ["ولي العهد"]


def test_the_verb_of_an_activity_done_together_opens_the_cooperation() -> None:
    # round 35, from W, AB, AG: «الذي أقامته أمانة ... بالتعاون مع ...» is coded from the verb of what was done
    # together (partner_opening_verb), its doer between them
    for text, verb in (("تنفذ جامعة نايف العربية للعلوم الأمنية بالتعاون مع وزارة الداخلية الفرنسية دورة تدريبية.",
                        "تنفذ"),
                       ("وجسد المعرض الذي أقامته أمانة منطقة المدينة المنورة بالتعاون مع الجمعية العربية للثقافة "
                        "والفنون أنشطة متنوعة.", "أقامته")):
        ev = events(text, sign_model=False)
        row = ev[ev.event_code == "06"]
        assert row.trigger.tolist() == [f"{verb} ... بالتعاون مع"], text
        assert row.start.tolist() == [text.index(verb)], text
    # the guard: a verb of no activity (قامت), or a doer not right before the cooperation, leaves it where it is
    text = "قامت وزارة النقل خلال إجازة عيد الفطر بالتعاون مع مركز الضبط الأمني بجولات تفتيشية."
    ev = events(text, sign_model=False)
    assert ev[ev.event_code == "06"].trigger.tolist() == ["بالتعاون مع"]


def test_a_report_received_or_made_is_an_appeal_from_its_verb() -> None:
    # round 35, from AA-AI: «تلقت شرطة ... بلاغا»، «ورد لشرطة ... بلاغ»، «تقدمت ... ببلاغ» are reports (02) coded
    # from the verb that receives or makes them (report_verb)
    for text, verb in (("وأوضح المتحدث أن شرطة محافظة الليث تلقت بلاغا من إحدى المؤسسات الحكومية.", "تلقت"),
                       ("وأضاف أنه ورد لشرطة محافظة خميس مشيط بلاغ عن حدوث إطلاق نار.", "ورد"),
                       ("وأشار إلى أن إدارة المستشفى تقدمت ببلاغ رسمي للجهات الأمنية ضد الجاني.", "تقدمت")):
        ev = events(text, sign_model=False)
        row = ev[ev.event_code == "02"]
        assert len(row) == 1 and row.trigger.iloc[0].startswith(verb), text
        assert row.start.iloc[0] == text.index(verb), text
    # the guard: a report handled (باشر), named again (البلاغ) or the cases counted after a preposition (قدمت
    # الخدمة إلى 16 بلاغا) is no new act
    for text in ("وباشر رجال الدفاع المدني بلاغا عن سقوط مقذوف في المنطقة.",
                 "وقدمت الفرق الإسعافية الخدمة الطبية إلى 16 بلاغا بالموقع.",
                 "وتحققت الشرطة من صحة البلاغ الذي تلقته أمس."):
        ev = events(text, sign_model=False)
        assert "02" not in ev[ev.unit == "event"].event_code.tolist(), text


def test_contact_made_with_someone_is_a_consultation() -> None:
    # round 35, from V-AI and H, P, R: «تواصلت الجامعة مع الوزارة» is a consultation (04), only with مع right after
    # the verb
    for text, trigger in (("وأوضح أن الجامعة تواصلت مع وزارة الخدمة المدنية بخصوص برامج الدبلومات.", "تواصلت مع"),
                          ("وقال المتحدث إن القنصلية تتواصل مع الجهات الإيرانية لمعرفة المستجدات.", "تتواصل مع")):
        ev = events(text, sign_model=False)
        assert ev[ev.event_code == "04"].trigger.tolist() == [trigger], text
    # the guard: efforts that continue, a bond kept (على تواصل معه) or a channel (قنوات تواصل) are no contact made
    for text in ("وتتواصل الجهود لإنقاذ العالقين في الموقع.",
                 "وقال إنه كان على تواصل معه طوال الوقت.",
                 "وإعطاء المرضى قنوات تواصل مع المستشفى."):
        ev = events(text, sign_model=False)
        assert "04" not in ev[ev.unit == "event"].event_code.tolist(), text


def test_one_row_per_partner_joined_by_waw() -> None:
    # round 35, from AE, AG, AI and N, S: the guideline codes one row per source or per target; partners joined to
    # the act's target or source by و (through unnamed conjuncts such as والأمانة) each get a row of their own
    text = "وأقيم الحفل في مركز التنمية الاجتماعية بالتعاون مع إمارة المنطقة والأمانة والغرفة التجارية الصناعية."
    ev = events(text, sign_model=False)
    row = ev[ev.event_code == "06"]
    assert sorted(row.target_code.tolist()) == ["SAUBUS", "SAUGOV"] and row.start.nunique() == 1
    ev = events("وقدمت فرنسا والنرويج وسويسرا مساعدات تقنية ومالية للمشروع.", sign_model=False)
    assert sorted(ev[ev.event_code == "07"].source_code.dropna().tolist()) == ["CHEGOV", "FRAGOV", "NORGOV"]
    # the guards: the other side of a pair after بين is no partner; allies joined by و in a use of force are one
    # side (the gold codes them so); a name of the same code joined by و adds no row
    ev = events("عقدت في القاهرة أمس جلسة مباحثات بين الرئيس المصري عبد الفتاح السيسي ونظيره اليمني عبد ربه منصور هادي.",
                sign_model=False)
    assert not ev.evidence.str.contains("partner=", regex=False).any()
    ev = events("وشنت الطائرات الأمريكية غارات على مواقع تنظيم داعش وجبهة النصرة في ريف حلب.", sign_model=False)
    assert not ev.evidence.str.contains("partner=", regex=False).any()
    ev = events("وأقيم الحفل بالتعاون مع إمارة المنطقة ووزارة الشؤون البلدية والقروية.", sign_model=False)
    assert not ev.evidence.str.contains("partner=", regex=False).any()
    # nor examples of a general noun (example_list_marker: ممثلة، شملت، كال...)
    ev = events("ونظمت الرئاسة دورات بالتنسيق مع بعض الجهات ممثلة بوزارة الداخلية وشركة أرامكو السعودية.",
                sign_model=False)
    assert not ev.evidence.str.contains("partner=", regex=False).any()


def test_the_receiver_of_a_report_is_its_target() -> None:
    # round 35, from AC, AD, AH: the actor between a receiving verb (report_receiving_verb) and the report is the
    # report's target, never its doer
    # (since round 55 who made the report, named after من, is its source: مواطن, a private person)
    for text, source in (("وتلقى مركز التحكم والتوجيه بالإدارة العامة للدفاع المدني بلاغا عن احتجاز أشخاص.", None),
                         ("وقد استقبل الدفاع المدني بالمنطقة بلاغا من مواطن عن حريق في منزله.", "SAUCVL")):
        ev = events(text, sign_model=False)
        row = ev[ev.event_code == "02"]
        assert row.target_code.tolist() == ["SAUCOP"], text
        assert row.source_code.tolist() == [source] if source else row.source_code.isna().all(), text
    # the guard: the subject of a verb that makes a report (قدم، تقدم) is its maker, not its receiver
    ev = events("وقدمت الأسرة بلاغا باختفاء ابنتها إلى أقرب مركز شرطة.", sign_model=False)
    assert not ev.evidence.str.contains("receiver (report)", regex=False).any()


def test_a_complaint_made_or_received_is_an_appeal_from_its_verb() -> None:
    # round 36, from AC, AF, AI, AJ: «تقدم المواطن بشكوى»، «وقدمت شكوى مماثلة»، «تلقت ... شكوى من» are appeals (02)
    # coded from the verb that makes or receives them (report_verb), as a report is
    for text, verb in (("وكان المواطن عبدالله الحواس قد تقدم بشكوى للشؤون الصحية في القصيم ضد مستشفى حكومي.", "تقدم"),
                       ("وأضافت أنها توجهت إلى مركز الشرطة وقدمت شكوى مماثلة ضد الموظف.", "وقدمت"),
                       ("وأكد القنصل أن القنصلية تلقت شكوى رسمية من المتضررين بحادثة التسمم.", "تلقت")):
        ev = events(text, sign_model=False)
        row = ev[ev.event_code == "02"]
        assert len(row) == 1 and row.trigger.iloc[0].startswith(verb), text
        assert row.start.iloc[0] == text.index(verb), text
    # the guard: a complaint named again or read about (الشكوى، في شكوى مواطن) is no new act
    for text in ("وتحقق الشؤون الصحية في شكوى مواطن يتهم المستشفى بالإهمال.",
                 "وأوضحت الإدارة أن الشكوى ما زالت قيد الدراسة."):
        ev = events(text, sign_model=False)
        assert "02" not in ev[ev.unit == "event"].event_code.tolist(), text


def test_a_partnership_made_is_cooperation() -> None:
    # round 36, from X, AA, AD, AF: an indefinite شراكة مع / بين, or بالشراكة مع, is cooperation (06)
    for text in ("شراكة بين «الشؤون الاجتماعية» و«العلوم والتقنية» لإنشاء مراكز للرصد الاجتماعي",
                 "وأبرمت شركة نيسان الشرق الأوسط شراكة مع مطعم في دبي لتوصيل الزبائن.",
                 "وأقيم البرنامج بالشراكة مع الشركة السعودية للكهرباء."):
        ev = events(text, sign_model=False)
        assert ev[ev.event_code == "06"].trigger.str.contains("شراكة", regex=False).any(), text
    # the guards: the definite الشراكة is the topic (تعزيز الشراكة بين البلدين); one after a preposition is needed or
    # sought, not made (الحاجة إلى شراكة، العثور على شراكة)
    for text in ("وأكد الوزير حرص المملكة على تعزيز الشراكة بين البلدين الشقيقين.",
                 "وتحتاج المشاريع الإسكانية إلى شراكة بين وزارة الإسكان والقطاع الخاص.",
                 "وقال إن الحل يكمن في العثور على شراكة مع إحدى الشركات."):
        ev = events(text, sign_model=False)
        assert not ev.trigger.str.contains("شراكة", regex=False).any(), text


def test_the_subject_of_the_verb_opening_the_clause_does_the_act_its_complement_names() -> None:
    # round 36, from the empty sources of V-AJ: «تمكنت فرقة من الدفاع المدني ... من إنقاذ»، «قامت وزارة النقل ...
    # بالتعاون مع»: the actor right after the clause's first verb (a verb of doing or managing, any verb before a
    # cooperation) is the doer of the noun act that completes it, however many words stand between
    for text, code, surface in (
            ("تمكنت فرقة من الدفاع المدني بمحافظة أضم من إنقاذ 4 أشخاص تابعين لإحدى الشركات.", "07", "الدفاع المدني"),
            ("قامت وزارة النقل خلال إجازة عيد الفطر بالتعاون مع مركز الضبط الأمني بجولات تفتيشية.", "06",
             "وزارة النقل")):
        ev = events(text, sign_model=False)
        row = ev[ev.event_code == code]
        assert len(row) >= 1 and surface in str(row.source_surface.iloc[0]), (text, row.source_surface.tolist())
        assert "subject of its clause's verb" in row.evidence.iloc[0]
    # the guards: a cue (أعلنت) says, it does not do the act it names; a verb of no doing (أصدرت) names no doer
    ev = events("أعلنت وزارة الداخلية خلال مؤتمر صحفي أمس عن تمكن الجهات من القبض على المطلوبين.", sign_model=False)
    assert not ev.evidence.str.contains("subject of its clause's verb").any()
    ev = events("أصدرت المحكمة الجزائية المتخصصة حكما يقضي بإدانة مواطن بالانضمام إلى جبهة النصرة.", sign_model=False)
    assert not ev.evidence.str.contains("subject of its clause's verb").any()


def test_the_one_who_claims_an_attack_is_its_source() -> None:
    # round 36, from AB, AF and the political samples: «أعلنت حركة الشباب مسؤوليتها عن الهجوم» left the attack
    # without a doer; the claimant (the actor before the claim, or the speaker whose statement holds it) is its source
    ev = events("فيما أعلنت حركة الشباب الصومالية مسؤوليتها عن الهجوم على فندق في مقديشو.", sign_model=False)
    row = ev[(ev.unit == "event") & ev.trigger.str.contains("الهجوم")]
    assert len(row) == 1 and "حركة الشباب" in str(row.source_surface.iloc[0]) and "claimant" in row.evidence.iloc[0]
    # the guard: an attack named with no claim before it keeps no doer from the actor named before it
    ev = events("وقالت حركة الشباب الصومالية إن الهجوم على الفندق أوقع قتلى.", sign_model=False)
    assert not ev.evidence.str.contains("claimant").any()


def test_thanks_to_the_speakers_own_side_go_to_the_one_named_after_them() -> None:
    # from general news: a Saudi official thanks the region's governor, of his own code (SAUGOV); a statement's
    # target otherwise skips the speaker's side, but the one thanked behind ل is the target
    ev = events("وأعرب أمين منطقة حائل عن شكره وتقديره لسمو أمير منطقة حائل على دعمه المتواصل.")
    statement = ev[ev.unit == "statement"].iloc[0]
    assert (statement.source_code, statement.target_code, statement.event_code) == ("SAUGOV", "SAUGOV", "05")
    assert statement.target_surface.endswith("أمير منطقة حائل")


def test_thanks_for_the_work_of_the_speakers_own_body_have_no_target() -> None:
    # made up: the minister thanks for his own ministry's work, named after على جهود and no ل: no one thanked
    ev = events("ورفع وزير التعليم الشكر والتقدير على جهود وزارة التعليم في الموسم.")
    statement = ev[ev.unit == "statement"].iloc[0]
    assert statement.event_code == "05" and statement.target_code is None
    ev = events("ورفع وزير التعليم الشكر والتقدير لوزارة التعليم على جهودها في الموسم.")
    assert ev[ev.unit == "statement"].iloc[0].target_surface == "لوزارة التعليم"


def test_a_branch_of_a_body_right_after_the_verb_is_its_subject() -> None:
    # from general news (AG): the ministry's branch seized the violators; the ministry is no object
    ev = events("ضبط فرع وزارة العمل بالحدود الشمالية 34 مخالفاً لنظام العمل.", with_statements=False)
    row = ev.iloc[0]
    assert (row.source_surface, row.target_code, row.event_code) == ("وزارة العمل", None, "17")
    assert row.source_code.endswith("GOV") and "source=after (its unit)" in row.evidence


def test_a_verb_with_its_own_plural_subject_keeps_the_team_after_it_as_its_object() -> None:
    # made up: هاجموا has its subject in it; the police team after it is attacked
    ev = events("وقال الشهود إن المسلحين هاجموا فرقة من الشرطة قرب المدينة.", with_statements=False)
    row = ev[ev.trigger.str.contains("هاجموا")].iloc[0]
    assert "its unit" not in row.evidence and row.source_code != row.target_code


def test_condolences_go_to_the_one_named_after_them_before_the_victims_named_later() -> None:
    # from general news (U): the condolences are offered to the king, of the speaker's code, not to the emergency
    # forces that were hit, of another code and named later
    ev = events("ورفع سمو الرئيس العام لرعاية الشباب التعازي لخادم الحرمين الشريفين في شهداء قوات الطوارئ الخاصة بمنطقة عسير.")
    statement = ev[ev.unit == "statement"].iloc[0]
    assert statement.target_surface == "لخادم الحرمين الشريفين" and statement.target_code == "SAUGOV"


def test_a_closure_of_shops_is_a_sanction() -> None:
    # round 37, from AB, AC, AE, AF, AK: a body that closes shops, establishments or a branch imposes a sanction (17)
    for text in ("أغلقت أمانة الأحساء ممثلةً ببلدية الهفوف مؤخراً (218) محلاً مخالفاً للاشتراطات الصحية.",
                 "وأسفرت الجولات عن إغلاق أربع منشآت صحية تعمل بدون التراخيص النهائية.",
                 "بلدية المجاردة تغلق محلات تجارية مخالفة"):
        ev = events(text, sign_model=False)
        assert (ev.event_code == "17").any(), text
    # the guards: a road or a door closed, or the shops' hours of prayer, is no sanction
    for text in ("وأغلقت الشرطة الطريق المؤدي إلى المطار بعد الحادث.",
                 "وأغلقت السفارة الباب أمام المكاتب التي لم تجلب عمالة من قبل.",
                 "وطالب المواطنون بعدم إغلاق المحلات أوقات الصلاة."):
        ev = events(text, sign_model=False)
        assert not ev.trigger.str.contains("غلق|غلاق").any(), text


def test_an_execution_and_the_steps_of_its_sentence_are_coded() -> None:
    # round 38, from AA, AJ, AL: the Interior Ministry's execution statements; the execution carried out is 18, the
    # sentence, its upholding and the royal order to carry it out are 17
    ev = events("وقد تم تنفيذ حكم القتل قصاصاً بالجاني اليوم الخميس بمحافظة عنيزة بمنطقة القصيم.", sign_model=False)
    assert ("حكم القتل", "18") in list(zip(ev.trigger, ev.event_code))
    ev = events("القتل تعزيراً لمهرب مخدرات سوري في الرياض", sign_model=False)
    assert ("القتل تعزيرا", "18") in list(zip(ev.trigger, ev.event_code))
    text = ("وبإحالته إلى المحكمة العامة صدر بحقه صك شرعي يقضي بثبوت ما نسب إليه شرعاً، وصدق الحكم من محكمة "
            "الاستئناف ومن المحكمة العليا، وصدر أمر ملكي بإنفاذ ما تقرر شرعاً.")
    triggers = events(text, sign_model=False).query("event_code == '17'").trigger.tolist()
    assert "صدر بحقه صك شرعي" in triggers and "وصدق الحكم" in triggers, triggers
    assert any(t.startswith("بإنفاذ ما تقرر") for t in triggers), triggers
    # the guard: the sentence itself (والحكم عليه بالقتل قصاصا) is no execution
    ev = events("صدر بحقه صك شرعي يقضي بثبوت ما نسب إليه والحكم عليه بالقتل قصاصاً.", sign_model=False)
    assert not (ev.event_code == "18").any(), ev.trigger.tolist()


def test_suspects_handed_over_to_the_authorities_are_a_sanction() -> None:
    # round 38, from AB and AC: a hand-over to the authorities (لجهة الاختصاص، للجهات المختصة، للشرطة) is 17
    for text in ("وعثر بحوزته على 3 قوارير خمر وتم تسليمه لجهة الاختصاص.",
                 "وتم إعداد محضر بالحالة وتسليم السائق والمضبوطات لجهة الاختصاص."):
        ev = events(text, sign_model=False)
        assert ev[ev.trigger.str.contains("تسليم")].event_code.tolist() == ["17"], text
    # the guards: a site, an accident's file or weapons handed over, or gifts handed to charities, are no sanction; the
    # recovery before a site handed over stays an act
    for text in ("وتم انتشال جثمانه وتسليم الموقع لجهة الاختصاص.",
                 "وتم إطفاء الحريق وتسليم ملف الحادث للشرطة.",
                 "ليتم تسليمها لجمعيات مختصة بذلك مثل جمعية السرطان."):
        ev = events(text, sign_model=False)
        assert not ev.trigger.str.contains("تسليم").any(), text
    assert events("وتم انتشال جثمانه وتسليم الموقع لجهة الاختصاص.", sign_model=False).trigger.str.contains(
        "انتشال").any()


def test_a_report_opened_by_its_verb_is_negated_before_the_verb() -> None:
    # round 38: لم تتقدم ... بأي بلاغ is a report denied (the guideline codes it negated), no complaint made; the negator
    # stands before the verb that opens the act, out of reach of the noun
    ev = events("وقال: لم تتقدم الفتاة أو ذووها بأي بلاغ حيال الواقعة.", sign_model=False)
    report = ev[ev.trigger.str.contains("بلاغ")]
    assert len(report) == 1 and bool(report.negated.iloc[0])
    ev = events("وقد تقدمت الفتاة بشكوى إلى مركز الشرطة.", sign_model=False)
    report = ev[ev.trigger.str.contains("بشكوى")]
    assert len(report) == 1 and not bool(report.negated.iloc[0])


def test_condolences_offered_in_person_are_an_act() -> None:
    # round 38, from AB and AC: condolences offered after a verb of giving are a 05 act that begins at the verb
    for text in ("وقدم اللواء البحري عواد بن عيد البلوي واجب العزاء في الشهيد أحمد بن جعفر.",
                 "وعقب أداء صلاة الميت على الشهداء قدم أمير منطقة عسير تعازي ومواساة خادم الحرمين الشريفين لأسر الشهداء."):
        ev = events(text, sign_model=False)
        acts = ev[ev.unit.eq("event") & ev.event_code.eq("05")]
        assert len(acts) == 1 and acts.trigger.iloc[0].startswith(("وقدم ...", "قدم ...")), text
    # the guards: condolences behind ب are said (a statement, no act); one offered after أن is the background
    for text in ("ويتقدم الدفاع المدني بمنطقة المدينة المنورة بخالص العزاء والمواساة لأسرة الفقيد.",
                 "وصل اللواء إلى قرية الشهيد بعد أن قدم واجب العزاء نيابة عن القيادة في العريف حسن بشيري."):
        ev = events(text, sign_model=False)
        assert not (ev.unit.eq("event") & ev.trigger.str.contains("عزاء|تعازي")).any(), text


def test_an_act_named_by_its_noun_after_tamma_is_coded() -> None:
    # round 37, from X-AK: a verbal noun right after تم / جرى (word list impersonal_act_noun) is the act it names
    for text, root in (("وأضاف أنه تم تقديم الإسعافات الأولية من قبل الهلال الأحمر للأشخاص الذين تم إنقاذهم.", "07"),
                       ("وتأخر القارب عن العودة وعلى متنه أربعة سعوديين، وتم إبلاغ حرس الحدود في الدول المجاورة.", "02"),
                       ("كما تم الاتفاق مع شركة معادن بمد أنبوب يصل طوله إلى 500 كيلو متر.", "06"),
                       ("وقد تمت مناصحة عدد من الشباب ولله الحمد عادوا إلى رشدهم.", "04")):
        ev = events(text, sign_model=False)
        assert (ev[ev.unit == "event"].event_code == root).any(), text
    # the guards: the noun alone, after a relative (an act named again) or after أن (an act wished), or a body sent on
    for text in ("وتستمر الحملة عبر وسائل التواصل الاجتماعي.",
                 "وطالب أهالي الحي بتقديم الخدمات لهم.",
                 "وقال إن الشركة تراجعت عما تم الاتفاق عليه مع المطور.",
                 "ودعا إلى أن يتم تقديم رؤية بديلة للإصلاح.",
                 "وتم القبض على الجاني فيما تم إحالة الجثة إلى مستشفى الملك فهد."):
        ev = events(text, sign_model=False)
        assert not ev.trigger.str.contains("التواصل|تقديم|الاتفاق|إحالة").any(), text


def test_a_gift_given_opens_at_its_verb() -> None:
    # round 37, from W, X, Y, AA, AC, AF: a gift, a shield or flowers after a verb of giving (word lists given_object,
    # giving_verb), the giver or the receiver's pronoun between them, is one act that begins at the verb
    for text, verb in (("واطمأن السلطان على صحة المرضى، وقدم لهم الهدايا بمناسبة عيد الفطر المبارك.", "وقدم"),
                       ("وفي نهاية الحفل قدم السفير المعلمي هدية عبارة عن درع تذكاري للأمين العام.", "قدم"),
                       ("وخلال الزيارة قدم الوفد الزائر الورود والهدايا للمصابين.", "قدم")):
        ev = events(text, sign_model=False)
        rows = ev[(ev.unit == "event") & ev.trigger.str.startswith(verb)]
        assert len(rows) == 1 and rows.start.iloc[0] == text.index(verb), text
    # the guards: a gift named alone, or an achievement called a gift to the nation, is no act
    for text in ("ووزعت اللجنة المنظمة الهدايا التذكارية على الحضور في الحفل.",
                 "وقال البطل إنه قدم هذا الإنجاز هدية للوطن."):
        ev = events(text, sign_model=False)
        assert not ev.trigger.str.contains("هدي|الورود").any(), text


def test_a_statements_target_is_named_after_its_speaker_written_right_after_the_cue() -> None:
    # أدانت نقابة الصحفيين اليمنيين قرار ميليشيات الحوثي: the union's own words (الصحفيين اليمنيين) are no target
    ev = events("أدانت نقابة الصحفيين اليمنيين قرار ميليشيات الحوثي منع الصحفيين من مغادرة اليمن.", sign_model=False)
    st = ev[ev.unit == "statement"]
    # (the union is one NGO mention since round 56, as the events guideline 11.3 codes unions; it was YEMMED)
    assert st[["source_code", "target_code"]].values.tolist() == [["YEMNGO", "YEMREB"]]


def test_a_speaker_not_written_right_after_the_cue_moves_no_target() -> None:
    from q7x2lib.events import _speaker_end

    text = "وأدانت في بيان أصدرته أمس نقابة الصحفيين اليمنيين قرار ميليشيات الحوثي"
    st = (0, 0, len(text), "وأدانت", None, "نقابة الصحفيين اليمنيين")
    assert _speaker_end(text, st, 6, len(text)) == 6
    assert text[_speaker_end(text, (0, 0, 60, "وأدانت", None, "في بيان"), 6, len(text)):].startswith(" أصدرته")


def test_an_act_after_an_impersonal_verb_is_done_by_the_doer_told_just_before() -> None:
    # وتمت مصادرة ...: the police who raided the site confiscated the tools
    ev = events("وداهمت شرطة منطقة القصيم موقعا يعمل بدون تراخيص، وتمت مصادرة جميع المعدات والأدوات في المعمل.",
                with_statements=False)
    row = ev[ev.trigger == "مصادرة"].iloc[0]
    assert row.source_code == "SAUCOP" and "impersonal (the doer before)" in row.evidence


def test_an_assault_after_an_impersonal_verb_takes_no_doer_from_before() -> None:
    # وتم قصف مواقعها: the shelling of the Houthis' positions is not the Houthis' own
    ev = events("واستهدفت ميليشيات الحوثي القرى الحدودية بالقذائف، وتم قصف مواقعها بالمدفعية بعد ذلك بساعات.",
                with_statements=False)
    assert ev[ev.trigger == "قصف"].source_code.tolist() == [None]


def home_story_events(text: str) -> pd.DataFrame:
    """The events of a text from a Saudi outlet (the outlet's home decides what a local story implies)."""
    df = pd.DataFrame({"doc_id": ["d"], "title": [None], "published": [DATE], "outlet": ["sabq"], "text_clean": [text]})
    mentions = find_mentions(df)
    return find_events(df, mentions=mentions, statements=find_statements(df, mentions=mentions), sign_model=False)


def test_an_arrest_with_no_doer_in_a_local_police_story_is_the_home_police() -> None:
    ev = home_story_events("وباشرت شرطة محافظة ضباء البلاغ، وتم القبض على الجاني بعد فترة وجيزة "
                           "وإحالته إلى جهة الاختصاص.")
    row = ev[ev.trigger.str.startswith("القبض")].iloc[0]
    # (round 51: the police named in the clause before is now found first, as the body before the impersonal act)
    assert row.source_code == "SAUCOP" and ("the home police (implied)" in row.evidence
                                            or "the body before" in row.evidence)


def test_an_inquiry_of_a_foreign_resident_in_a_local_police_story_is_the_home_police() -> None:
    # made up, round 67: the man questioned is a Yemeni (written after his name), arrested where the outlet is; the
    # inquiry is still the home police's, not doerless
    ev = home_story_events("أعلنت شرطة منطقة الرياض ضبط عصابة لسرقة السيارات. وفي قضية أخرى تم القبض على المدعو: "
                           "سالم أحمد – يمني الجنسية – إثر سرقته محلا، وأسفر التحقيق معه عن اعترافه.")
    row = ev[ev.trigger.str.startswith("التحقيق")].iloc[0]
    assert (row.target_code, row.source_code) == ("YEMCVL", "SAUCOP")


def test_an_inquiry_in_a_story_that_names_no_police_keeps_no_source() -> None:
    # a hospital questions its own employee: no police in the story, no implied police
    ev = home_story_events("وأكدت إدارة المستشفى أن الموظف أخطأ، وجرى التحقيق مع الموظف المتسبب في الخطأ.")
    assert ev[ev.trigger.str.startswith("التحقيق")].source_code.tolist() == [None]


def test_a_body_contracting_a_company_is_material_cooperation() -> None:
    # round 39, from AA, AB, AL: a contract concluded with a company (تعاقدت ... مع) is 06, past or future
    for text in ("يذكر أن الخطوط السعودية قد تعاقدت مع شركة بوينج لشراء 20 طائرة من هذا الطراز.",
                 "قال وزير البترول المصري إن وزارته ستتعاقد مع بنك استثمار محلي خلال الربع الثالث."):
        ev = events(text, sign_model=False)
        assert (ev.trigger.str.contains("تعاقد") & (ev.event_code == "06")).any(), text
    # the guards: a club signing a player or a coach, and a habit told in the present, are no act between actors
    for text in ("تعاقدت إدارة نادي الشباب مع مهاجم راسينغ الأوروغوياني لمدة موسمين.",
                 "وأكد العبيد بأنهم تعاقدوا مع سبعة لاعبين محليين لم تتجاوز أعمارهم 25 سنة.",
                 "فالمؤسسات التي تؤمن بالدراسات غالبا ما تتعاقد مع باحثين متخصصين مباشرة."):
        ev = events(text, sign_model=False)
        assert not ev.trigger.str.contains("تعاقد").any(), text


def test_a_closure_or_a_fine_with_no_doer_in_a_local_story_is_the_home_government() -> None:
    # round 39, from AC-AM: a closure or a fine named with no coded doer is the state's government (a municipality,
    # a ministry), as the samples code it, with no police named in the story
    ev = home_story_events("وأسفرت الجولات عن إغلاق أربع منشآت صحية تعمل بدون التراخيص النهائية.")
    row = ev[ev.trigger.str.contains("إغلاق")].iloc[0]
    assert row.source_code == "SAUGOV" and "the home government (implied)" in row.evidence
    # the guard: a seizure is left as it was (the samples code it COP as often as GOV)
    ev = home_story_events("وأسفرت الجولات عن ضبط أربعة أطنان من المواد الغذائية الفاسدة.")
    assert ev[ev.trigger.str.startswith("ضبط")].source_code.tolist() == [None]


def test_an_agreement_named_before_a_verb_that_signs_it_is_an_act() -> None:
    # round 39, from AF, AG, AL: التي وقعتها X مع Y, the agreement named before it, is the signing (06)
    ev = events("وعن مذكرة التعاون في مجال الأبحاث والتطوير التي وقعتها الشركة مع مدينة الملك عبدالعزيز "
                "للعلوم والتقنية قال المدير إن العمل بدأ.", sign_model=False)
    assert ("وقعتها", "06") in list(zip(ev.trigger, ev.event_code))
    # the guards: an impact (وقعه), a signing told with no partner, a signing just coded named again
    for text in ("وكان للقرار وقعه الكبير على الأسواق المحلية.",
                 "شرعت الوزارتان في تفعيل مذكرة التفاهم التي وقعها في شهر شعبان الماضي الوزيران.",
                 "يحاول نتنياهو ابتزاز واشنطن بعد توقيع الاتفاق النووي الذي وقعته الدول الست الكبرى مع إيران."):
        ev = events(text, sign_model=False)
        assert not ev.trigger.str.startswith("وقع").any(), text


def test_the_speaker_written_after_the_cue_is_no_target_of_its_statement() -> None:
    # from general news (V, X, AF): the speaker stands right after the cue, its mention shorter than the speaker
    # layer's surface (titles before the name, an object run on after it); it was read as its own target
    ev = events("نفى الدكتور عزام الدخيل وزير التعليم ما تم تداوله عن تأجيل الدراسة.", sign_model=False)
    statement = ev[ev.unit == "statement"].iloc[0]
    assert statement.source_code == "SAUGOV" and statement.target_surface is None
    ev = events("حذرت وزارة الصحة المواطنين من السباحة في الأودية.", sign_model=False)
    assert ev[ev.unit == "statement"].iloc[0].target_surface is None
    # with no one after the speaker in the clause, the first actor it names that is not itself (AA, AF)
    ev = events("ونوه سمو الأمير خالد الفيصل بما حظي به سوق عكاظ من دعم كبير من خادم الحرمين الشريفين الملك سلمان "
                "بن عبدالعزيز.", sign_model=False)
    statement = ev[ev.unit == "statement"].iloc[0]
    assert statement.target_surface.startswith("خادم الحرمين") and "said after the speaker" in statement.evidence


def test_another_body_right_after_the_speaker_stays_the_target() -> None:
    # made up: the guard; the speaker's surface runs on over the ministry called on, which stays the target
    ev = events("ودعت وزارة الصحة وزارة التعليم إلى التعاون في حملة التطعيم.", sign_model=False)
    assert ev[ev.unit == "statement"].iloc[0].target_surface == "وزارة التعليم"
    ev = events("وقالت وزارة الخارجية إن الوزارة تتابع القضية. ودعت الوزارة الحكومة اليمنية إلى الحوار.",
                sign_model=False)
    statement = ev[(ev.unit == "statement") & (ev.trigger == "ودعت")].iloc[0]
    assert (statement.target_surface, statement.target_code) == ("الحكومة اليمنية", "YEMGOV")


def test_company_named_back_before_its_verb_is_the_source() -> None:
    # الشركة refers back to the company named before it; its article is no preposition ل before a subject
    ev = events("وتقدم المواطن بطلب إلى شركة النخيل، إلا أن الشركة رفضت طلبه.", with_statements=False)
    rejected = ev[ev["event_code"] == "12"]
    assert rejected["source_code"].tolist() == ["BUS"]


def test_a_civil_defence_spokesmans_reported_rescue_is_the_civil_defences() -> None:
    # the spokesman speaks for his body (COP, round 41: the statement layer's code), and the rescue he reports
    # without its doer is his body's (COP)
    ev = events("وأوضح المتحدث الرسمي للدفاع المدني بمنطقة تبوك أنه تم إنقاذ ستة أشخاص من حريق في شقة سكنية.")
    assert ev[["unit", "source_code", "event_code"]].values.tolist() == [
        ["statement", "SAUCOP", "01"], ["event", "SAUCOP", "07"]]


def test_a_bombing_named_again_by_its_definite_noun_is_the_same_bombing() -> None:
    # made up after the false events of V-AO (round 41, issue 16): التفجير after a bombing already coded names it
    # again, no second bombing; the first naming is kept, and a first definite naming is still an event
    ev = events("ونفذ انتحاري تفجيرا في سوق المدينة أمس، وأدى التفجير إلى إصابة عشرة أشخاص.", sign_model=False)
    assert ev[ev.unit == "event"].trigger.tolist() == ["ونفذ ... تفجيرا"]
    ev = events("وقد أسفر التفجير عن إصابة عشرة أشخاص في سوق المدينة.", sign_model=False)
    assert ev[ev.unit == "event"].trigger.tolist() == ["التفجير"]


def test_support_no_doer_gives_in_general_news_is_no_event() -> None:
    # made up after the false events of V-AO (round 41, issue 16): in general news دعم with no source is mostly a
    # field or a quality (يمثل دعما للطلاب); support whose giver is named after من is kept
    ev = events("ويمثل هذا البرنامج دعما للطلاب الموهوبين في المدارس.", sign_model=False)
    assert "دعما" not in ev[ev.unit == "event"].trigger.tolist()
    ev = events("وتقام الفعاليات في حديقة الحي بدعم من الغرفة التجارية بالمحافظة.", sign_model=False)
    assert ev[ev.unit == "event"].trigger.tolist() == ["بدعم"]


def test_an_arrest_told_by_the_finite_verb_with_its_subject_before_ala_is_an_event() -> None:
    # made up after the misses of AL and T (round 41, issue 16): قبضت الشرطة ... على is an arrest (17) by the police
    for text in ("وقبضت الشرطة أمس على ثلاثة متهمين بسرقة المحلات.", "الأجهزة الأمنية تقبض على شخصين في الحي."):
        ev = events(text, sign_model=False)
        assert ev[ev.unit == "event"][["source_code", "event_code"]].values.tolist() == [["COP", "17"]], text


def test_a_verb_joined_to_the_act_before_shares_its_doer_not_its_object() -> None:
    # made up: the counterpart stands right before وبحث as the object of the reception; the doer is the minister, and
    # the pronoun of معه points back to the counterpart
    ev = events("استقبل وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري وبحث معه العلاقات الثنائية.",
                with_statements=False)
    discussed = ev[ev.trigger == "وبحث"].iloc[0]
    assert (discussed.source_code, discussed.target_code) == ("SAUGOV", "USAGOV")
    # the doer shared already (no actor between the two verbs) is unchanged
    ev = events("قصف الجيش السوري مواقع المعارضة وقتل عشرة مسلحين.", with_statements=False)
    assert ev[ev.trigger == "وقتل"].source_code.tolist() == ["SYRMIL"]


def test_a_relative_verb_carrying_its_objects_pronoun_has_its_subject_after_it() -> None:
    # made up: the seizures are the antecedent (ضبطها), the inspectors' authority after the verb is its doer; a verb
    # without the pronoun keeps the antecedent as its subject (القوات التي تواجه الحوثيين)
    ev = events("وبلغت كمية الأغذية الفاسدة التي ضبطها مفتشو الهيئة العامة للغذاء والدواء ألف طن.",
                with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist() == [["SAUGOV", None]]
    ev = events("وتقاتل القوات التي تواجه الحوثيين في تعز.", with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist()[0] == ["YEMMIL", "YEMREB"]


def test_words_opening_a_sentence_before_a_present_verb_are_its_subject() -> None:
    # made up: no mention covers the opening words; the actor after the verb is its object, not its doer
    ev = events("جمعية المتقاعدين تكرّم وزير الداخلية", with_statements=False)
    assert ev[["source_surface", "source_code", "target_surface"]].values.tolist() == [
        ["جمعية المتقاعدين", "NGO", "وزير الداخلية"]]
    # a name the coder cannot code still keeps the actor after the verb out of the doer's place
    ev = events("سعد بن ناصر يزور رجال الأمن المصابين في المستشفى", with_statements=False)
    assert ev[["source_surface", "source_code", "target_surface"]].values.tolist() == [
        ["سعد بن ناصر", None, "رجال الأمن"]]
    # a negation or a particle before the verb opens no subject: the actor after the verb stays its doer
    ev = events("ولم ترفض مصر العرض الأخير.", with_statements=False)
    assert ev.source_code.tolist() == ["EGYGOV"]


def test_an_agent_alone_opening_a_local_headline_is_the_home_states() -> None:
    # made up: a headline of a Saudi outlet names no state; its municipality is the home state's
    ev = home_story_events("بلدية القرية تضبط لحوما فاسدة")
    assert ev[["source_surface", "source_code"]].values.tolist() == [["بلدية القرية", "SAUGOV"]]


def test_an_attack_named_right_after_a_condemnation_is_not_the_condemners_act() -> None:
    # made up: the council condemns the bombing; it did not bomb
    ev = events("مجلس الشورى يستنكر التفجير الإرهابي", with_statements=False)
    bombing = ev[ev.event_code == "18"].iloc[0]
    assert bombing.source_code is None


def test_a_defence_ministry_speaks_as_its_government() -> None:
    # made up: the ministry (coded MIL by the actor coder) is its government when it states or denies
    ev = events("ونفت وزارة الدفاع التونسية وجود أي قوات أجنبية على أراضيها.", sign_model=False)
    assert ev[ev.unit == "statement"].source_code.tolist() == ["TUNGOV"]


def test_a_forces_craft_opening_a_headline_stays_its_military() -> None:
    # made up: the craft's words open the sentence; the military rule for them, not the plain opening words, codes it
    ev = events("الطائرات المصرية تقصف مواقع المسلحين في سيناء", with_statements=False)
    assert ev.source_code.tolist()[:1] == ["EGYMIL"]


# Round 42 (issue 16): event sources


def test_an_arrest_with_no_doer_is_the_police_the_article_names() -> None:
    # made up, a foreign story: the police named in the sentence before did the passive arrest
    ev = events("وأعلنت الشرطة الفرنسية أنها تلاحق المشتبه بهم منذ أيام. واعتقل الرجلان في ضواحي باريس فجر أمس.",
                with_statements=False)
    row = ev[ev.trigger.str.contains("اعتقل")].iloc[-1]
    assert row.source_code == "FRACOP" and "the article's police (implied)" in row.evidence


def test_an_arrest_in_an_article_naming_two_states_police_keeps_no_source() -> None:
    # made up: which of the two police arrested the man is not told
    ev = events("وتعاونت الشرطة الفرنسية مع الشرطة الإيطالية في التحقيق. واعتقل الرجل في ضواحي باريس فجر أمس.",
                with_statements=False)
    rows = ev[ev.trigger.str.contains("اعتقل")]
    assert not rows.empty and rows.source_code.isna().all()


def test_named_police_sources_needs_one_state_and_a_matching_target() -> None:
    from q7x2lib.events import _named_police_sources

    ev = pd.DataFrame({"doc_id": ["a", "a", "b", "c"], "unit": ["event"] * 4, "source_code": [None] * 4,
                       "target_code": [None, "ITACVL", None, None], "event_code": ["17"] * 4,
                       "trigger": ["ضبط", "واعتقل", "اعتقال", "اعتقال"], "evidence": [""] * 4})
    named = ({}, {("a", "ESP"), ("b", "ESP"), ("b", "FRA"), ("c", "COP")})
    out = _named_police_sources(ev, named)
    # one state's police: its arrest; a target of another state, two states' police or a police of no state: none
    assert [c if isinstance(c, str) else None for c in out.source_code] == ["ESPCOP", None, None, None]


def test_an_interior_minister_or_ministry_is_its_government_in_events() -> None:
    # made up: the actor coder codes an interior ministry COP; the event guideline codes ministries GOV
    ev = events("واستقبل وزير الداخلية الإسباني وزير الخارجية الأردني في مدريد.", with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist() == [["ESPGOV", "JORGOV"]]
    from q7x2lib.events import _minister

    assert _minister("وزارة الداخلية النمساوية") and not _minister("مصدر أمني في وزارة الداخلية")


def test_a_fight_a_government_speaker_reports_is_its_military_s() -> None:
    # made up: fighting the minister reports with no doer named is fought by his state's forces
    ev = events("وقال وزير الإعلام اليمني في مؤتمر صحفي أمس إن المدينة تشهد منذ الصباح معارك عنيفة في محيطها.",
                sign_model=False)
    row = ev[ev.trigger == "معارك"].iloc[0]
    assert row.source_code == "YEMMIL" and "speaker's side" in row.evidence
    # an operation of another kind stays the speaker's side as it is
    ev = events("وأكد وزير الإعلام اليمني أن عمليات تمشيط واسعة تجري في المدينة.", sign_model=False)
    assert ev[ev.trigger == "تمشيط"].source_code.tolist() == ["YEMGOV"]


def test_a_fight_a_country_s_unnamed_sources_report_is_its_military_s() -> None:
    # made up: sources coded with their country alone report fighting with no doer named: the country's forces
    ev = events("وقالت مصادر محلية يمنية إن المدينة تشهد منذ الصباح معارك عنيفة في محيطها.", sign_model=False)
    row = ev[ev.trigger == "معارك"].iloc[0]
    assert row.source_code == "YEMMIL" and "speaker's side" in row.evidence


def test_the_actor_the_subject_s_head_governs_after_a_verb_is_the_source() -> None:
    # made up: an unnamed head (الفريق، عناصر، وفد من) opens the subject after the verb; the actor it governs is
    # the subject's, not the verb's object
    ev = events("وطلب الفريق المعاون للرئيس الأمريكي عقد اجتماع مع المعارضة السورية.", sign_model=False)
    row = ev[ev.trigger.str.contains("طلب")].iloc[0]
    assert row.source_code == "USAGOV" and "after (its head)" in row.evidence
    ev = events("يزور وفد من الأمم المتحدة مدينة عدن الأسبوع المقبل.", sign_model=False)
    row = ev[ev.trigger.str.contains("يزور")].iloc[0]
    assert row.source_code == "IGO"
    ev = events("وقال إن الزوارق استولت عليها عناصر الميليشيات بالقوة.", sign_model=False)
    assert ev[ev.trigger.str.contains("استولت")].source_code.tolist() == ["REB"]
    # the subject before the verb (not a particle): the actor after it is the object
    ev = events("القيادة تهنئ رئيس المالديف بذكرى الاستقلال.", sign_model=False)
    assert "after (its head)" not in " ".join(ev.evidence)
    # a verb of force with no pronoun may be a passive: its victims stay its object
    ev = events("قتل عناصر الشرطة في الهجوم.", sign_model=False)
    assert "after (its head)" not in " ".join(ev.evidence)


def test_an_untitled_office_after_a_verb_makes_the_actor_it_names_the_source() -> None:
    # made up: an office's head noun and its genitive chain stand between the verb and the body the office belongs
    # to; that body is the subject's, not the verb's object
    ev = events("أنقذت فرق البحث والإنقاذ بحرس الحدود أمس ثلاثة صيادين من الغرق.", sign_model=False)
    row = ev[ev.trigger.str.contains("أنقذت")].iloc[0]
    assert "حرس الحدود" in row.source_surface and "after (its office)" in row.evidence and row.target_code is None
    ev = events("التقى مدير عام الشؤون الصحية بمنطقة جازان أمس عددا من المواطنين.", sign_model=False)
    row = ev[ev.trigger.str.contains("التقى")].iloc[0]
    assert "الشؤون الصحية" in row.source_surface and "after (its office)" in row.evidence
    # a body after the office's place, or after its closed chain, is the verb's object
    for text in ("استقبل مدير التعليم بمنطقة جازان وفد وزارة الصحة.", "استقبل مدير التعليم وفد وزارة الصحة."):
        assert "after (its office)" not in " ".join(events(text, sign_model=False).evidence)


def test_the_speaker_of_a_headline_is_not_the_doer_of_the_assault_after_its_colon() -> None:
    # made up: a minister speaks of the attack; he did not carry it out
    text = "وزير الخارجية الكويتي: استهداف المساجد جريمة نكراء"
    df = pd.DataFrame({"doc_id": ["d"], "title": [text], "published": [DATE], "text_clean": [text]})
    mentions = find_mentions(df)
    ev = find_events(df, mentions=mentions, statements=find_statements(df, mentions=mentions), sign_model=False)
    assert ev[ev.trigger == "استهداف"].source_code.tolist() == [None]


def test_a_present_tense_hold_and_a_visit_to_her_or_it_are_no_event() -> None:
    # made up after the false events of the dev samples (round 42, issue 16): يسيطر على in the present is who holds
    # a region (a state) and زيارتها mostly a place (المقاهي التي يرغب المستخدم بزيارتها); the past tense and the
    # named visit are still events
    for text, trigger in (("وقال الوزير إن التنظيم الذي يسيطر على مساحات واسعة يهدد المنطقة.", "يسيطر على"),
                          ("وقالت الشركة إن التطبيق يعرض المقاهي التي يرغب المستخدم بزيارتها.", "زيارتها")):
        ev = events(text, sign_model=False)
        assert not any(trigger in t for t in ev[ev.unit == "event"].trigger), text
    ev = events("وسيطرت القوات الحكومية على المدينة بعد معارك عنيفة.", sign_model=False)
    assert "19" in ev[ev.unit == "event"].event_code.tolist()
    ev = events("وزار الرئيس الفرنسي مصر أمس.", sign_model=False)
    assert "04" in ev[ev.unit == "event"].event_code.tolist()


def test_a_war_a_support_or_a_victory_with_no_actor_as_doer_is_no_event() -> None:
    # made up after the false events of the dev samples (round 42, issue 16): a war, an offer, a present-tense support
    # or a victory whose doer is not found, or is no actor (والقرار يدعم), is a topic, a quality or a mood
    # (events._sourceless_dropped, word list sourceless_dropped), even with a target; with its doer named it is
    # still an act
    for text, trigger in (("وتضررت المدارس كثيرا من الحرب على الحوثيين في صعدة.", "الحرب على"),
                          ("والقرار يدعم الحكومة اليمنية في جهودها.", "يدعم"),
                          ("واحتفلت الجماهير بالانتصار على الفريق الإماراتي.", "بالانتصار")):
        ev = events(text, sign_model=False)
        assert trigger not in ev[ev.unit == "event"].trigger.tolist(), text
    ev = events("وقالت الحكومة إن حرب الحوثيين على المدنيين مستمرة.", sign_model=False)
    assert ev[ev.unit == "event"][["trigger", "source_code"]].values.tolist() == [["حرب", "YEMREB"]]
    ev = events("وحقق الجيش اليمني انتصارات على الحوثيين في تعز.", sign_model=False)
    assert ev[ev.unit == "event"][["trigger", "source_code"]].values.tolist() == [["انتصارات", "YEMMIL"]]
    ev = events("وقال بوتين إنه يدعم تطبيع العلاقات مع واشنطن.", sign_model=False)
    assert ev[ev.unit == "event"][["trigger", "source_code"]].values.tolist() == [["يدعم", "RUSGOV"]]


def test_the_actor_after_the_min_of_a_request_or_an_invitation_is_its_maker() -> None:
    # made up after the unsourced requests and invitations of the dev samples (round 43, issue 16): an act's noun,
    # indefinite, then من and an actor (or its honorific) names who made it (events._maker_after_min, word list
    # maker_noun_opener); the verb طلب من keeps whom it asks as its target
    for text, trigger, source in (("وحضر وزير الخارجية الاجتماع نزولا عند طلب من الحكومة التركية.", "طلب", "TURGOV"),
                                  ("ووصل الرئيس إلى عمان تلبية لدعوة من جلالة الملك عبدالله الثاني.", "لدعوة", "JORGOV"),
                                  ("وقال إن اللجنة استمعت لعرض من وزير الخارجية اليمني، رياض ياسين، الذي أوضح الموقف.",
                                   "لعرض", "YEMGOV")):
        ev = events(text, sign_model=False)
        row = ev[(ev.unit == "event") & (ev.trigger == trigger)]
        assert row[["source_code", "target_code"]].values.tolist() == [[source, None]], text
    ev = events("وطلب الرئيس الأمريكي من الحكومة العراقية تقديم استقالتها.", sign_model=False)
    assert ev[ev.unit == "event"][["source_code", "target_code"]].values.tolist() == [["USAGOV", "IRQGOV"]]


def test_a_claim_of_responsibility_with_a_time_before_its_an_names_the_doer() -> None:
    # made up after an unsourced claimed attack of the dev samples (round 43, issue 16): a time between the claim
    # and its عن (مسؤوليتها اليوم عن) leaves the claimant the doer (events._claimed_in_time); مسؤول أول عن is no claim
    ev = events("وأعلنت حركة الشباب الصومالية مسؤوليتها اليوم عن الهجوم على الفندق.", sign_model=False)
    assert ev[ev.unit == "event"][["trigger", "source_code"]].values.tolist() == [["الهجوم", "SOMREB"]]
    ev = events("وأعلن تنظيم داعش مسؤوليته أول أمس عن تفجير المسجد.", sign_model=False)
    assert ev[ev.unit == "event"][["trigger", "source_code"]].values.tolist() == [["تفجير", "IMG"]]


def test_a_faction_no_mention_covers_is_coded_by_its_head_noun_and_the_story_country() -> None:
    # an armed group named by its head noun alone (الفصائل، التمرد، المقاتلون): the mention layer tags no actor;
    # the event layer codes it REB of the country the article names most
    ev = events("قصفت القوات السورية مواقع الفصائل في ريف حمص. وقال مسؤول سوري إن الجيش السوري يتقدم في سوريا.",
                with_statements=False)
    first = ev.sort_values("start").iloc[0]
    assert (first["source_code"], first["target_code"], first["target_surface"]) == ("SYRMIL", "SYRREB", "الفصائل")


def test_a_security_or_rescue_body_no_mention_covers_is_its_states_police() -> None:
    # round 51: an unnamed official body (فرق أمن الطرق، الدوريات الأمنية، فرق البحث والإنقاذ) that the mention layer
    # tags no actor is the doer: police (COP) of the country the article names most, by its head noun
    # (event_actor_codes.csv); a ministry's inspection teams (الفرق الرقابية) are its government
    ev = events("وضبطت فرق أمن الطرق شابا يقود سيارة مسروقة. وتشهد السعودية حملة على السرقات.", with_statements=False)
    assert ev[["source_code", "source_surface"]].values.tolist()[:1] == [["SAUCOP", "أمن الطرق"]]
    ev = events("وتمكنت الدوريات الأمنية من ضبط المتهم. وتشهد السعودية حملة على السرقات.", with_statements=False)
    assert ev[["source_code", "source_surface"]].values.tolist()[:1] == [["SAUCOP", "الدوريات الأمنية"]]
    ev = events("وضبطت الفرق الرقابية مخالفات في محلات تجارية. وتشهد السعودية حملة على الغش.", with_statements=False)
    assert ev["source_code"].tolist()[:1] == ["SAUGOV"]
    # ... and such a body is a doer only: read as an event's target it is dropped (role source in the table)
    from q7x2lib.events import _doer_only_targets_dropped

    ev = pd.DataFrame({"target_code": ["SAUCOP", "SAUCOP"], "target_id": [None, None],
                       "target_surface": ["للدوريات الأمنية", "ودوريات الأمن"], "evidence": ["a", "b"]})
    assert _doer_only_targets_dropped(ev)["target_code"].tolist() == [None, None]


def test_a_country_adjective_after_the_head_noun_gives_its_country() -> None:
    ev = events("وتوسطت مصر بين الفصائل الصومالية في القاهرة.", with_statements=False)
    assert "SOMREB" in ev["target_code"].tolist()


def test_settlers_and_the_international_coalition_are_coded_as_the_event_guideline_codes_them() -> None:
    ev = events("واقتحم مستوطنون متطرفون باحات المسجد صباح أمس.", with_statements=False)
    assert ev["source_code"].tolist()[:1] == ["ISRCVL"]
    ev = events("وشن التحالف الدولي غارات على مواقع تنظيم داعش قرب الرقة.", with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist()[:1] == [["USAMIL", "IMG"]]


def test_an_actor_of_events_only_that_heads_a_longer_actor_is_not_read_apart() -> None:
    from q7x2lib.arabic import NormalizedText
    from q7x2lib.events import _with_event_only_actors

    text = "واشتبكت الفصائل السورية المسلحة مع الجيش"
    doc = NormalizedText(text)
    # a mention right after the head noun (here a made-up one over السورية المسلحة) makes it part of that actor
    at = text.index("السورية")
    ment = [(at, at + len("السورية المسلحة"), "SYRREB", None, "السورية المسلحة", "")]
    assert _with_event_only_actors(doc, ment) == ment
    alone = _with_event_only_actors(doc, [])
    assert [m[2] for m in alone] == ["SYRREB"]


def test_a_country_that_strikes_is_its_military_and_one_that_arrests_its_government() -> None:
    ev = events("وشنت تركيا غارات على مواقع المتمردين الأكراد.", with_statements=False)
    assert ev["source_code"].tolist()[:1] == ["TURMIL"]
    ev = events("ورفضت تركيا الاقتراح.", with_statements=False)
    assert ev["source_code"].tolist() == ["TURGOV"]


# --- round 45: detection and roots ----------------------------------------------------------------------


def test_present_tense_control_and_siege_are_fighting() -> None:
    ev = events("القوات اليمنية تسيطر على مدينة زنجبار.", with_statements=False)
    assert ev["event_code"].tolist() == ["19"]
    ev = events("المقاومة اليمنية تحاصر الحوثيين في المدينة.", with_statements=False)
    assert ev["event_code"].tolist() == ["19"]


def test_control_or_debt_with_no_doer_is_no_event() -> None:
    assert events("الديون الكبيرة تحاصر الأندية هذا الموسم.", with_statements=False).empty
    assert events("الفلسفة الحديثة تسيطر على التفكير.", with_statements=False).empty


def test_taking_control_named_by_its_noun() -> None:
    ev = events("وأعلنت المقاومة الشعبية سيطرتها على ثلاثة مواقع.", with_statements=False)
    assert "19" in ev["event_code"].tolist()


def test_referral_to_court_is_coercion() -> None:
    ev = events("أحالت النيابة العامة عشرة متهمين إلى المحكمة.", with_statements=False)
    assert ev["event_code"].tolist() == ["17"]


def test_signing_opens_the_agreement_named_after_its_subject() -> None:
    ev = events("وقعت وزارة الصحة الأردنية اتفاقية تعاون مع جامعة محلية.", with_statements=False)
    assert ev["event_code"].tolist() == ["06"]
    assert ev["trigger"].str.startswith("وقعت").all()


def test_investigation_with_the_article_not_an_achieving() -> None:
    ev = events("وتولت الشرطة التحقيق في الحادث.", with_statements=False)
    assert ev["event_code"].tolist() == ["09"]
    assert events("تسعى الشركة لتحقيق أرباح كبيرة.", with_statements=False).empty


def test_investigation_body_is_no_investigation() -> None:
    assert events("وأحيلت الأوراق إلى هيئة التحقيق والادعاء العام.", with_statements=False)["event_code"].ne("09").all()


def test_killing_named_before_its_attack_is_the_attacks_toll() -> None:
    ev = events("مقتل ثلاثة جنود في هجوم على نقطة للجيش.", with_statements=False)
    assert ev["trigger"].tolist() == ["هجوم"]
    ev = events("مقتل ثلاثة جنود. وقالت الشرطة إن التحقيق بدأ.", with_statements=False)
    assert "مقتل" in ev["trigger"].tolist()


def test_killing_told_by_its_verb_before_its_attack_is_the_attacks_toll() -> None:
    # round 59: قتل / قتلوا with a few words of victims before the act of force that caused them
    for text in ("وقتل خمسة حراس في قصف على مخزن الوقود.", "وقالت الشرطة إن ثلاثة عمال قتلوا في تفجير قرب المصنع."):
        ev = events(text, with_statements=False)
        assert not any("قتل" in t for t in ev["trigger"]), text
        assert ev["event_code"].tolist() == ["18"], text
    # the killing stays an act where the attack is named further on, or where it is what someone managed to do
    ev = events("وقتل خمسة من حراس المخزن الكبير في البلدة الشرقية مساء أمس في قصف.", with_statements=False)
    assert any("قتل" in t for t in ev["trigger"])
    ev = events("وتمكن المسلحون من قتل خمسة حراس في قصف على المخزن.", with_statements=False)
    assert any("قتل" in t for t in ev["trigger"])
    # the victims named between the killing and the attack are its target, never its doer
    ev = events("مقتل أربعة من الحوثيين في غارة جديدة.", with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist() == [[None, "YEMREB"]], ev.evidence.tolist()
    ev = events("وقتل ثلاثة شرطيين أتراك في هجوم قرب الحدود.", with_statements=False)
    assert ev[["trigger", "target_code"]].values.tolist() == [["هجوم", "TURCOP"]], ev.evidence.tolist()


def test_a_killing_whose_pronoun_points_back_at_the_act_before_is_its_toll() -> None:
    # round 72: قتل فيها، قتل خلاله: the toll of the battle, attack or massacre named just before, coded there
    for text in ("وسيطرت القوات على المعسكر بعد معارك عنيفة قتل فيها عشرات المسلحين.",
                 "وأعلنت الحكومة الحداد بعد هجوم على فندق قتل خلاله 39 سائحا.",
                 "وشنت القوات هجوما قتلت فيه خمسة من المسلحين."):
        ev = events(text, with_statements=False)
        assert not any("قتل" in t for t in ev["trigger"]), (text, ev.trigger.tolist())
    # the killing told with its own place or time after it stays an act
    ev = events("وقتل خمسة حراس في البلدة الشرقية مساء أمس.", with_statements=False)
    assert any("قتل" in t for t in ev["trigger"])


def test_human_shields_are_coercion() -> None:
    # round 59: people used as human shields (كدروع بشرية، دروعا بشرية) are coerced, 17
    for text in ("وقال إن المسلحين استخدموا سكان القرية كدروع بشرية في المعارك.",
                 "واتخذ المتمردون من العمال دروعا بشرية قرب المخازن."):
        assert "17" in events(text, with_statements=False)["event_code"].tolist(), text


def test_cordon_and_block_are_acts_after_an_impersonal_verb() -> None:
    # round 59: تطويق and حجب name an act only after تم / جرى (or قام ب), never alone
    for text in ("وقالت الشرطة إنه تم تطويق المبنى الذي تحصن فيه المسلح.", "وتم حجب عدد من المواقع الإخبارية في البلاد."):
        assert events(text, with_statements=False)["event_code"].tolist() == ["17"], text
    for text in ("ويحتاج تطويق الحديقة بسور إلى وقت.", "وأثار حجب الجائزة هذا العام استغراب النقاد."):
        assert events(text, with_statements=False).empty, text


def test_seizing_bringing_down_and_training_received_are_acts() -> None:
    # round 59: صادرت / تصادر (a seizure), أطاحت / تطيح ب (an arrest or a coup), تلقوا تدريبات (training received)
    assert act_codes("صادرت البلدية مئتي كيلو من اللحوم الفاسدة.", "صادرت") == ["17"]
    assert act_codes("أطاحت شرطة المنطقة بعصابة سرقت السيارات.", "أطاحت") == ["17"]
    assert act_codes("وقال إن المقاتلين تلقوا تدريبات في معسكر خارج البلاد.", "تلقوا") == ["06"]
    # ... but a statement issued (بيان صادر) and a ball sent over the bar (أطاح بها) are no acts
    assert events("وجاء ذلك في بيان صادر عن الوزارة.", with_statements=False).empty
    assert events("وسدد اللاعب الكرة لكنه أطاح بها فوق العارضة.", with_statements=False).empty


def test_mines_planted_and_executions_are_assaults() -> None:
    # round 59: planting is an assault only with a mine, a bomb or explosives named near it; executions are 18
    assert act_codes("وقال إن المسلحين زرعوا الألغام في الطرق المؤدية إلى القرية.", "زرعوا") == ["18"]
    assert act_codes("وعثر الجنود على عبوة ناسفة زرعها مجهولون قرب الجسر.", "زرعها") == ["18"]
    assert events("وزرعت البلدية ألف شجرة في الحديقة العامة.", with_statements=False).empty
    assert act_codes("وأعدم المسلحون أربعة رهائن في الساحة العامة.", "أعدم") == ["18"]


def test_envoy_recalled_or_summoned_and_arrest_in_the_passive() -> None:
    # round 59: a state recalling its own ambassador reduces relations (16), a summoned chargé is a rebuke (11), even
    # with the doer between verb and envoy; أوقفوا في / أوقف بتهمة is an arrest told in the passive (17)
    assert act_codes("واستدعت الحكومة الكويتية سفيرها لدى طهران للتشاور.", "سفير") == ["16"]
    assert act_codes("واستدعت وزارة الخارجية القائم بأعمال السفارة الإيرانية.", "القائم") == ["11"]
    assert act_codes("وكان ثلاثة شبان أوقفوا في مدينة طنجة الأسبوع الماضي.", "أوقفوا") == ["17"]


def test_negotiating_told_by_its_verb_is_a_consultation() -> None:
    # round 59: the verb forms beside the noun تفاوض (تتفاوض، يتفاوض، تفاوضت) are talks, 04
    assert act_codes("وقال الوزير إن بلاده تتفاوض مع ثلاث دول على قرض جديد.", "تتفاوض") == ["04"]
    assert act_codes("ويتفاوض رئيس الوزراء مع قادة الأحزاب منذ أسابيع.", "يتفاوض") == ["04"]


def test_arson_a_freeze_and_an_envoy_sent() -> None:
    # round 59: أضرموا النار (arson, 18), جمدت الأموال (a sanction, 16), أوفد وفدا (a consultation, 04)
    assert act_codes("وقال الجيش إن مسلحين أضرموا النار في مبنى البلدية.", "أضرموا") == ["18"]
    assert act_codes("وجمدت الحكومة الأمريكية أموال ثلاثة من قادة الجماعة.", "جمدت") == ["16"]
    assert act_codes("وأوفد الرئيس وزير خارجيته إلى القاهرة لبحث الأزمة.", "أوفد") == ["04"]


def test_a_present_verb_describing_a_noun_in_a_relative_clause_is_no_act() -> None:
    # round 59: الذي يزور، التي يقاتل ... describe the noun before them; a past verb there, or a relative of time, tells
    for text in ("واستقبل المحافظ مدير الشرطة الذي يزور المنطقة حاليا.",
                 "وتعرضت مواقع الحزب الذي يقاتل إلى جانب القوات الحكومية لغارات."):
        assert not events(text, with_statements=False)["trigger"].str.contains("يزور|يقاتل").any(), text
    assert act_codes("وقال إن الوفد الذي زار المنطقة التقى المحافظ.", "زار") == ["04"]
    assert act_codes("في الوقت الذي يزور فيه وفد أممي مدينة عدن.", "يزور") == ["04"]


def test_a_body_recovered_and_an_official_letter_sent() -> None:
    # round 59: ينتشل (with a rescue body near it) is aid, 07; مخاطبة after تم / قام ب is an appeal, 02, never alone
    assert act_codes("فرقة الدفاع المدني ينتشل جثة عامل سقط في بئر.", "ينتشل") == ["07"]
    assert act_codes("وقال المدير إنه تمت مخاطبة وزارة الصحة لتزويد المستشفى بالأطباء.", "مخاطبة") == ["02"]
    assert events("وتحدث الخطيب عن أهمية مخاطبة الشباب بلغة العصر.", with_statements=False).empty


def test_a_present_discussion_or_a_joining_with_no_partner_is_no_act() -> None:
    # round 59: يناقش / تناقش and الانضمام إلى with no target named (targetless_dropped)
    for text in ("المنتدى الاقتصادي يناقش توطين الوظائف في القطاع.", "ويسعى اللاعب للانضمام إلى ناد أوروبي كبير."):
        assert events(text, with_statements=False).empty, text
    assert act_codes("وزير الخارجية يناقش مع نظيره الأردني تطورات المنطقة.", "يناقش") == ["04"]


def test_shells_fallen_and_a_town_fallen_into_hands() -> None:
    # round 59: a fall is an assault only with a shell, a rocket or a barrel bomb near it (falling_verb); a place that
    # fell into someone's hands (سقطت بيد) is taken, 19
    assert act_codes("وقال المصدر إن ثلاث قذائف سقطت على حي سكني.", "سقطت") == ["18"]
    assert events("وتوفي عامل سقط من الدور العاشر في مبنى قيد الإنشاء.", with_statements=False).empty
    assert act_codes("وكانت البلدة قد سقطت بيد المسلحين في مايو.", "سقطت") == ["19"]


def test_a_protest_as_the_purpose_of_the_act_before_is_no_act_of_its_own() -> None:
    # round 59: احتجاجا after an act coded in its sentence is its purpose (purpose_accusative)
    ev = events("وتظاهر مئات الطلاب أمام الوزارة احتجاجا على قرار الحكومة.", with_statements=False)
    assert not ev["trigger"].str.contains("احتجاج").any(), ev.trigger.tolist()
    ev = events("واستدعت البحرين سفيرها لدى إيران احتجاجا على تصريحات المسؤولين.", with_statements=False)
    assert ev["trigger"].str.contains("سفيرها").any() and not ev["trigger"].str.contains("احتجاج").any()


def test_a_sit_in_is_a_protest_but_holding_fast_to_the_book_is_not() -> None:
    # round 59: اعتصم، اعتصاما، اعتصامات are protests (14); the bare الاعتصام بالكتاب is no act
    assert act_codes("واعتصم عشرات العمال أمام مقر الشركة.", "اعتصم") == ["14"]
    assert act_codes("ونفذ المعلمون اعتصاما أمام الوزارة.", "اعتصاما") == ["14"]
    ev = events("وتحدث الخطيب عن الاعتصام بالكتاب والسنة.", with_statements=False)
    assert not ev["trigger"].str.contains("اعتصام").any()


def test_martyrdom_is_a_killing() -> None:
    ev = events("واستشهد جنديان من حرس الحدود في قصف على موقعهما.", with_statements=False)
    assert "18" in ev["event_code"].tolist()
    assert any(t.endswith("استشهد") for t in ev["trigger"])


def test_hosting_a_delegation_is_a_meeting() -> None:
    ev = events("استضافت الجامعة وفدا من وزارة التعليم الماليزية.", with_statements=False)
    assert ev["event_code"].tolist() == ["04"]
    assert events("ويأمل الاتحاد في استضافتها العام المقبل.", with_statements=False).empty


def test_patronage_and_military_operations() -> None:
    assert events("أقيم الحفل برعاية أمير المنطقة.", with_statements=False)["event_code"].tolist() == ["05"]
    ev = events("وتواصل القوات الحكومية العمليات العسكرية ضد المسلحين في الشمال.", with_statements=False)
    assert "19" in ev["event_code"].tolist()


def test_military_operations_named_as_a_topic_are_no_act() -> None:
    # round 47: the operations' noun is an act only with a target behind ضد, a verb of carrying them out before it,
    # or a relative clause of their doer after it
    for text in ("ودعا المبعوث إلى وقف العمليات العسكرية في المدينة.",
                 "ويتلقى المتطوعون تدريبا على العمليات العسكرية الحديثة.",
                 "وناقش المؤتمر أثر الحملة العسكرية على الاقتصاد."):
        assert events(text, with_statements=False)["event_code"].ne("19").all(), text
    for text in ("وبدأت القوات الحكومية عمليات عسكرية في الشمال أمس.",
                 "وأشار إلى الحملة العسكرية التي تشنها القوات في الشمال.",
                 "وأكد استمرار العمليات العسكرية ضد المسلحين."):
        assert "19" in events(text, with_statements=False)["event_code"].tolist(), text


def test_a_toll_joined_to_an_act_of_force_is_no_act_of_its_own() -> None:
    # round 47: وتدمير، ومقتل، ودحر joined by و to a noun of force in its clause name the same toll or clearing
    ev = events("وقال المتحدث إن القصف أسفر عن مقتل ثلاثة مسلحين وتدمير عربتين.", with_statements=False)
    assert not any("تدمير" in t for t in ev["trigger"])
    ev = events("واتهم الميليشيات بقتل المدنيين وتدمير المنازل.", with_statements=False)
    assert not any("تدمير" in t for t in ev["trigger"])
    # another act's noun joined so is its own act, and a toll after a full stop too
    ev = events("وأسفرت الاشتباكات عن مقتل جنديين واختطاف ضابط.", with_statements=False)
    assert any("اختطاف" in t for t in ev["trigger"])


def test_liberation_as_a_name_or_a_title_is_no_liberation() -> None:
    for text in ("وقال رئيس التحرير إن العدد سيصدر غدا.", "وتجمع المحتجون في ميدان التحرير وسط المدينة.",
                 "واعتقل بتهمة الانتماء إلى حزب التحرير."):
        assert events(text, with_statements=False)["event_code"].ne("19").all(), text
    assert events("وأعلن الجيش تحرير المدينة من المسلحين.", with_statements=False)["event_code"].tolist() == ["19"]


def test_cooperation_as_an_aim_or_a_name_is_no_cooperation() -> None:
    for text in ("وبحث الوزيران سبل التعاون مع الدول المجاورة.", "وناقش قادة دول مجلس التعاون مع الوزير الأمريكي الأزمة.",
                 "وأكد حرص الوزارة على التعاون مع القطاع الخاص."):
        ev = events(text, with_statements=False)
        assert not any(t.endswith("التعاون مع") for t in ev["trigger"]), text
    ev = events("نظمت الجمعية المعرض بالتعاون مع أمانة المدينة.", with_statements=False)
    assert "06" in ev["event_code"].tolist()


def test_doer_nearest_before_the_act_in_its_clause() -> None:
    # no rule names the doer of الغارات; the coded actor a few words before it, in its clause, is it (round 46)
    ev = events("تواصل قوات التحالف في المحافظة شن الغارات على مواقع المتمردين.", with_statements=False)
    row = ev.iloc[0]
    assert (row.source_surface, row.target_surface, row.event_code) == ("قوات التحالف", "المتمردين", "18")
    assert "source=nearest before" in row.evidence


def test_an_arrest_a_government_speaker_reports_is_its_police_s() -> None:
    # قال المتحدث باسم الوزارة إنه تم القبض على: no doer named; the speaker's side acts through its police; a
    # (round 47)
    ev = events("وقال رئيس الوزراء التركي إنه تم توقيف عشرين شخصا في إسطنبول.")
    row = ev[ev.unit == "event"].iloc[0]
    assert row.source_code == "TURCOP" and "speaker's side" in row.evidence


def test_two_actors_before_a_dual_verb_are_its_subject() -> None:
    # X وY يهنئان Z: the first of the pair the source (its surface both), Z the target; in a meeting the second
    # one, of another country, is the other side (round 47)
    ev = events("خادم الحرمين وولي العهد يهنئان رئيس البرازيل بذكرى استقلال بلاده", with_statements=False)
    row = ev.iloc[0]
    assert (row.source_code, row.target_code) == ("SAUGOV", "BRAGOV") and "dual subject" in row.evidence
    assert row.source_surface == "خادم الحرمين وولي العهد"
    ev = events("بوتين وأردوغان يبحثان الأزمة السورية", with_statements=False)
    row = ev.iloc[0]
    assert (row.source_code, row.target_code) == ("RUSGOV", "TURGOV")


def test_no_nearest_doer_for_an_attack_the_actor_only_reacts_to() -> None:
    # يتفقد مصابي التفجير: the definite noun of an attack told elsewhere, with words between, has no nearest doer;
    # a doer verb between still makes the actor its doer (round 47)
    ev = events("وتفقد وزير الصحة أمس جميع مصابي التفجير الإرهابي في المدينة.", with_statements=False)
    row = ev[ev.trigger.str.contains("التفجير")].iloc[0]
    assert row.source_code is None and "nearest before" not in row.evidence
    ev = events("تواصل قوات التحالف في المحافظة شن الغارات على مواقع المتمردين.", with_statements=False)
    assert ev.iloc[0].source_surface == "قوات التحالف"


def test_no_nearest_doer_across_a_comma_or_behind_a_preposition() -> None:
    ev = events("تواصل قوات التحالف، في المحافظة، شن الغارات على مواقع المتمردين.", with_statements=False)
    assert ev["source_code"].isna().all()
    ev = events("وكانت مواقع للحوثيين في المحافظة هدفا للغارات.", with_statements=False)
    assert ev["source_code"].isna().all()


def test_the_gcc_member_states_are_a_bloc_for_mentions_and_igo_for_events() -> None:
    text = "والتقى وزير الخارجية الأمريكي جون كيري وزراء خارجية دول مجلس التعاون في الدوحة."
    ev = events(text)
    assert ev[["source_code", "target_code"]].values.tolist()[0] == ["USAGOV", "IGO"]


def test_a_rescue_is_aid_only_with_a_rescue_body_near_it() -> None:
    ev = events("وأنقذت فرق البحث والإنقاذ ثلاثة صيادين من الغرق قرب الشاطئ.", with_statements=False)
    assert ["07"] == ev.loc[ev["trigger"].str.contains("نقذ"), "event_code"].tolist()
    ev = events("الدفاع المدني ينقذ 7 أشخاص من حريق في مبنى سكني", with_statements=False)
    assert ["07"] == ev.loc[ev["trigger"].str.contains("نقذ"), "event_code"].tolist()
    ev = events("وأنقذ الحارس كرة خطيرة في الدقيقة الأخيرة من المباراة.", with_statements=False)
    assert not ev["trigger"].str.contains("نقذ").any()


def test_martyrdom_codes_only_where_it_opens_a_headline() -> None:
    ev = events("استشهاد جنديين بقذيفة على موقع حدودي", with_statements=False)
    assert ["18"] == ev.loc[ev["trigger"].str.contains("استشهاد"), "event_code"].tolist()
    ev = events("وقع انفجار في السوق ونتج عنه استشهاد عدد من المارة.", with_statements=False)
    assert not ev["trigger"].str.contains("استشهاد").any()
    ev = events("واستشهد الكاتب بقول مأثور في مقاله عن الاستشهاد بالأمثال.", with_statements=False)
    assert not ev["trigger"].str.contains("استشهاد").any()


def test_prison_codes_a_sentence_only_before_a_term_and_the_sentenced() -> None:
    ev = events("السجن 8 سنوات لموظف اختلس أموالا عامة", with_statements=False)
    assert ["17"] == ev.loc[ev["trigger"].str.contains("السجن"), "event_code"].tolist()
    for text in ("وخرج الرجل من السجن قبل أشهر قليلة.", "ويواجه المتهم السجن عشر سنوات عن هذه التهمة."):
        ev = events(text, with_statements=False)
        assert not ev["trigger"].str.contains("السجن").any(), text


def test_harassing_verbs_are_an_assault_but_the_noun_is_a_topic() -> None:
    ev = events("وظهر في المقطع شبان يتحرشون بفتاة في حديقة عامة.", with_statements=False)
    assert ["18"] == ev.loc[ev["trigger"].str.contains("تحرش"), "event_code"].tolist()
    ev = events("وناقش المجلس ظاهرة التحرش في الأماكن العامة.", with_statements=False)
    assert not ev["trigger"].str.contains("تحرش").any()


def test_a_contract_in_general_news_is_coded_from_both_sides() -> None:
    from q7x2lib.events import _talks_both_ways
    ev = pd.DataFrame({"doc_id": ["a", "a"], "unit": ["event"] * 2, "event_code": ["06", "06"],
                       "trigger": ["تعاقدت", "بالتعاون مع"], "source_code": ["SAUBUS", "SAUGOV"],
                       "source_id": [None] * 2, "source_surface": ["الشركة", "الوزارة"],
                       "target_code": ["USABUS", "SAUEDU"], "target_id": [None] * 2,
                       "target_surface": ["بوينج", "الجامعة"], "evidence": ["تعاقدت", "بالتعاون مع"]})
    both = _talks_both_ways(ev, frozenset({"a"}))
    assert both[["source_code", "target_code"]].values.tolist() == [
        ["SAUBUS", "USABUS"], ["USABUS", "SAUBUS"], ["SAUGOV", "SAUEDU"]]
    assert len(_talks_both_ways(ev, frozenset())) == 2


def test_a_rescue_after_an_impersonal_verb_with_its_pronoun() -> None:
    ev = events("وتعرض طفل لحالة غرق قرب الشاطئ، وتم إنقاذه ونقله إلى المستشفى.", with_statements=False)
    assert "07" in ev.loc[ev["trigger"].str.contains("نقاذ"), "event_code"].tolist()
    ev = events("وطالبت الجمعية بخطة لإنقاذه من الإفلاس.", with_statements=False)
    assert not ev["trigger"].str.contains("نقاذ").any()


def test_a_doer_after_min_qibal_outranks_the_actor_found_by_position() -> None:
    # made up: the speaker stands before the act's noun, the doer after من قبل right after it
    ev = events("وطالب الرئيس اليمني باحترام الهدنة من قبل الميليشيات الحوثية.", with_statements=False)
    act = ev[ev["trigger"].str.contains("الهدنة")]
    assert act["source_code"].tolist() == ["YEMREB"]
    # (the speaker right before the noun of what he demands is no longer its doer by position: the agent is read
    # directly, round 53)
    assert act["evidence"].str.contains("over position|agent \\(من قبل\\)").all()
    # an actor named after a relative pronoun has its own doer: no override from there
    ev = events("وطالب الرئيس اليمني باحترام الهدنة التي وقعت عليها الأطراف من قبل الأمم المتحدة.",
                with_statements=False)
    assert not ev["evidence"].str.contains("over position").any()


def test_a_civilian_or_an_ngo_that_reports_an_operation_is_not_its_doer() -> None:
    # made up: a human-rights group and a resident tell of a sweep; neither side did it
    for text in ("وقالت منظمة حقوقية يمنية إن المدينة شهدت أمس عمليات تمشيط واسعة.",
                 "وقال أحد سكان المدينة اليمنية إن الحي شهد أمس عمليات تمشيط واسعة."):
        ev = events(text, sign_model=False)
        rows = ev[ev.trigger == "تمشيط"]
        assert not rows["evidence"].str.contains("speaker's side").any(), text


def test_gunmen_of_a_group_after_a_verb_make_the_group_its_doer() -> None:
    # made up: nominative members (-ون) right after the verb, then من and the group, with or without its noun
    ev = events("واقتحم متشددون من تنظيم داعش نقطة تفتيش للجيش الليبي.", with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist() == [["IMG", "LBYMIL"]]
    ev = events("وقتل مسلحون من جماعة بوكو حرام عشرات الأشخاص في قرية شمالية.", with_statements=False)
    assert ev["source_code"].tolist() == ["NGAREB"]


def test_a_hospital_or_a_court_receiving_cases_is_no_visit() -> None:
    # word list received_public: cases or the injured received within six words of the verb
    assert events("واستقبل المستشفى الجامعي أمس عشرات المصابين.", with_statements=False)["event_code"].ne("04").all()
    assert events("استقبلت المحاكم الإدارية نحو 120 دعوى خلال العام.", with_statements=False)["event_code"].ne("04").all()
    # trigger_other_sense استقبل* >محاكم: the cases stand past a comma
    assert events("واستقبلت محاكم المنطقة الشرقية، والجنوبية، والغربية، عشرين قضية.",
                  with_statements=False)["event_code"].ne("04").all()
    ev = events("استقبل وزير الخارجية السعودي نظيره الأردني في الرياض.", with_statements=False)
    assert ev["event_code"].tolist() == ["04"]


def test_a_meeting_named_as_a_setting_or_an_attendance_is_not_a_meeting_again() -> None:
    # trigger_other_sense اجتماع <حضر، <بداية، <ختام ...: the meeting is told already; these name its time or its guests
    for text in ("وفي بداية الاجتماع رحب مدير الجامعة بالضيوف.",
                 "وحضر الاجتماع وزير الخارجية الأردني وسفير المملكة لدى الأردن.",
                 "وقال وزير الخارجية المصري في كلمته أمام اجتماع الوزراء العرب إن الوضع خطير.",
                 "وعلى هامش الاجتماع وقعت الشركتان مذكرة تفاهم."):
        assert events(text, with_statements=False)["event_code"].ne("04").all(), text
    ev = events("وعقد وزير الخارجية السعودي اجتماعا مع نظيره الأردني في عمان.", with_statements=False)
    assert "04" in ev["event_code"].tolist()


def test_during_the_receiving_of_a_visitor_by_a_named_host_is_a_meeting() -> None:
    # event_patterns خلال استقبال / لدى استقبال; من خلال استقبال (a means of service) is no visit
    ev = events("جاء ذلك خلال استقبال وزير الخارجية السعودي في مكتبه أمس لنظيره الأردني.", with_statements=False)
    assert ev["event_code"].tolist() == ["04"]
    assert ev["trigger"].str.contains("استقبال").all()
    assert events("وتقدم الجامعة خدماتها من خلال استقبال الطلاب في مقرها.", with_statements=False)["event_code"].ne("04").all()


def test_an_act_noun_after_a_verb_of_carrying_out_shows_the_verb() -> None:
    # word list carried_out_verb: the noun after ب is the act, its verb of carrying out shown in the evidence
    ev = events("وقام وزير الخارجية الأردني الأستاذ فلان بن فلان بزيارة إلى الرياض أمس.", with_statements=False)
    row = ev[ev.event_code == "04"].iloc[0]
    assert "carried out by وقام" in row.evidence
    # the act is written from its noun, as the development gold writes it more often
    assert row.trigger == "بزيارة"


def test_a_verb_form_after_a_verb_of_carrying_out_is_read_as_its_noun() -> None:
    ev = events("وقال شهود إن المسلحين قاموا بضرب الحراس ثم لاذوا بالفرار.", with_statements=False)
    assert "18" in ev["event_code"].tolist()
    assert ev["evidence"].str.contains("a verb's form read as its noun").any()
    # carried_out_not_act: a search or an application is no act between actors; a verb form alone after ب is no act
    assert events("وقامت الوزارة ببحث أسباب المشكلة.", with_statements=False)["event_code"].ne("04").all()
    assert events("وقام الطالب بطلب تأشيرة للدراسة.", with_statements=False)["event_code"].ne("02").all()
    assert events("واكتفى الرجل بضرب الأمثال.", with_statements=False)["event_code"].ne("18").all()


def test_a_verb_phrase_split_by_its_doer_is_coded_at_the_verb() -> None:
    # word list split_verb_phrase: أطلق* النار with the doer or a pronoun between verb and object
    for text in ("وأطلق رجال ملثمون يركبون دراجة النار على المارة في السوق.",
                 "وأخرج الرجل مسدسا كان بحوزته وأطلق منه النار على جاره."):
        ev = events(text, with_statements=False)
        rows = ev[ev.trigger.str.contains("النار")]
        assert rows["event_code"].tolist() == ["18"], text
        assert text[rows.iloc[0].start:].startswith(("وأطلق", "أطلق")), text
    # punctuation between them: not one phrase
    ev = events("وأطلق المحافظ، في الحفل، النار رمزا للبداية.", with_statements=False)
    assert not ev["trigger"].str.contains("النار").any()


def test_a_force_that_keeps_advancing_advances() -> None:
    ev = events("وواصلت قوات المقاومة الشعبية تقدمها نحو المدينة.", with_statements=False)
    assert ev["event_code"].tolist() == ["19"]
    # تقدم alone after تواصل is no advance (keeps offering services)
    assert events("وتواصل الوزارة تقدم الخدمات للمواطنين.", with_statements=False)["event_code"].ne("19").all()


def test_checking_on_the_injured_is_a_visit_of_care() -> None:
    ev = events("واطمأن وزير الصحة الأردني على صحة المصابين في المستشفى.", with_statements=False)
    assert ev["event_code"].tolist() == ["04"]
    # a coach on his team: no object of health or of the injured
    assert events("واطمأن المدرب على جاهزية اللاعبين.", with_statements=False).empty


def test_a_police_spokesman_reporting_a_crime_in_general_news_informs() -> None:
    # issue 16, round 49: a police or civil-defence spokesman reporting a crime or a death is no criticism
    # (word lists incident_reporter and incident_report_word); a made-up local story, not political news
    ev = events("وقال المتحدث باسم شرطة المنطقة إن الجريمة وقعت فجر أمس في حي سكني وإن الجاني فر.",
                sign_model=False)
    row = ev[ev.unit == "statement"]
    assert row.event_code.tolist() == ["01"] and "incident report" in row.evidence.iloc[0]
    ev = events("وقال المتحدث باسم الدفاع المدني إن الاعتداء على الحارس أسفر عن إصابته.", sign_model=False)
    assert ev[ev.unit == "statement"].event_code.tolist() == ["01"]


def test_the_same_crime_words_from_another_speaker_still_criticise() -> None:
    ev = events("وقال رئيس الجمعية إن الاعتداء الآثم وقع فجر أمس في حي سكني وإن الجاني فر.", sign_model=False)
    row = ev[ev.unit == "statement"]
    assert row.event_code.tolist() == ["11"] and "incident report" not in row.evidence.iloc[0]
    # round 57: جريمة alone is a general-news word that casts no vote (general_news_no_vote), whoever reports it
    ev = events("وقال رئيس الجمعية إن الجريمة وقعت فجر أمس في حي سكني وإن الجاني فر.", sign_model=False)
    row = ev[ev.unit == "statement"]
    assert row.event_code.tolist() == ["01"] and "general news word" in row.evidence.iloc[0]


def test_in_political_news_the_incident_reporter_guard_does_not_apply() -> None:
    # the guard is for general news only: in a story that names states and capitals, the words still vote
    ev = events("وقال المتحدث باسم الشرطة الإيرانية في طهران إن الجريمة وقعت بدعم من إسرائيل والولايات المتحدة.",
                sign_model=False)
    row = ev[ev.unit == "statement"]
    assert "incident report" not in row.evidence.iloc[0] and row.event_code.tolist() == ["11"]


def test_a_sentence_with_no_doer_in_a_local_story_is_the_home_states_court() -> None:
    # تنفيذ حكم القتل تعزيرا: no word names who carried out the sentence; the samples code the state's government
    ev = home_story_events("وتم تنفيذ حكم القتل تعزيرا بالجاني في مدينة الرياض يوم الثلاثاء.")
    row = ev.iloc[0]
    assert row.source_code == "SAUGOV" and "the state's court (implied)" in row.evidence


def test_a_trial_with_no_doer_in_a_story_of_another_state_keeps_no_source() -> None:
    # the article names Egypt besides the outlet's own state, and the trial's target has no country: no court implied
    ev = home_story_events("وأعلنت الحكومة المصرية أمس موعد محاكمة المتهمين في القضية.")
    rows = ev[ev.trigger.astype(str).str.contains("محاكمة")]
    assert not rows.evidence.astype(str).str.contains("court").any()


def test_greetings_or_condolences_conveyed_are_an_expression_of_regard() -> None:
    # event_patterns نقل* تحيات / تعازي (split_verb_phrase): the one who conveys another's greetings, the doer between
    for text in ("ونقل سموه تحيات خادم الحرمين الشريفين للرئيس المصري.",
                 "أمير المنطقة ينقل تعازي القيادة لأسرة الشهيد",
                 "وأجرى المحافظ اتصالا هاتفيا نقل من خلاله تعازي ومواساة القيادة لأسرة الفقيد."):
        ev = events(text, with_statements=False)
        assert "05" in ev["event_code"].tolist(), text
        assert ev.loc[ev["event_code"] == "05", "trigger"].str.contains("نقل").all(), text
    # نقل alone stays a transfer: no regard where nothing but staff or an office moves
    assert events("ونقل الوزير مقر الإدارة إلى المبنى الجديد.", with_statements=False)["event_code"].ne("05").all()


def test_a_present_targeting_that_describes_a_plan_or_a_kind_of_act_is_no_attack() -> None:
    # trigger_other_sense يستهدف / تستهدف after a relative, or with a programme, course or plan as its subject
    for text in ("وأدان الوزير الأعمال الإرهابية التي تستهدف أمن واستقرار الشعوب.",
                 "وأوضح أن البرنامج يستهدف حملة شهادة الدبلوم من خريجي الكليات التقنية.",
                 "ويستهدف البرنامج طلاب وطالبات الجامعات السعوديين.",
                 "وبين أن الدورة تستهدف معلمي اللغة العربية في المدارس."):
        assert events(text, with_statements=False)["event_code"].ne("18").all(), text
    # a headline's present is the act itself
    assert events("طائرات الأباتشي السعودية تستهدف تجمعات لمليشيات الحوثي",
                  with_statements=False)["event_code"].tolist() == ["18"]


def test_penalties_a_law_sets_or_a_topic_are_no_sanctions_imposed() -> None:
    # made up, round 64 (word list trigger_other_sense عقوبات <أن، <هذه، <إصدار، <طائلة، <أي، >بديلة ...)
    for text in ("وأوضح المدير أن العقوبات تختلف بحسب نوع المخالفة.",
                 "وأحالت الإدارة المخالفين إلى اللجنة المختصة لإصدار العقوبات اللازمة بحقهم.",
                 "وحذرت البلدية أصحاب المحلات من الوقوع تحت طائلة العقوبات.",
                 "ولن يترتب على التسجيل المتأخر أي عقوبات.",
                 "وناقش المشاركون في الندوة العقوبات البديلة للشباب."):
        assert events(text, with_statements=False)["event_code"].ne("16").all(), text
    # sanctions imposed on a party stay
    ev = events("وفرضت الولايات المتحدة عقوبات جديدة على إيران.", with_statements=False)
    assert "16" in ev["event_code"].tolist()


def test_a_shooting_after_wa_dhalika_is_the_means_of_the_killing_told_before() -> None:
    # made up, round 64 (word list trigger_other_sense اطلاق النار <وذلك): one killing, told with its means
    ev = events("وأقدم الجاني على قتل جاره، وذلك بإطلاق النار عليه من مسدس إثر خلاف بينهما.", with_statements=False)
    assert not ev["trigger"].str.contains("النار").any()
    assert "18" in ev["event_code"].tolist()
    # a shooting told on its own stays
    assert "18" in events("وأطلق مسلحون النار على دورية للشرطة، وبدأ إطلاق النار عند منتصف الليل.",
                          with_statements=False)["event_code"].tolist()


def test_a_transfer_of_the_injured_by_air_ambulance_or_to_a_clinic_is_aid() -> None:
    # word lists care_place (عيادة، اسعاف، اخلاء، علاج) and carried_body (مصابين، جرحى)
    for text in ("وتم نقلهما إلى الرياض بالإسعاف الجوي.",
                 "وتم نقلها إلى العيادة الصحية بالجامعة.",
                 "وتم نقل سبعة منهم إلى الرياض لتلقي العلاج اللازم.",
                 "وتم نقل المصابين بواسطة طائرة مروحية."):
        assert events(text, with_statements=False)["event_code"].tolist() == ["07"], text
    assert events("وتم نقل مقر الإدارة إلى المبنى الجديد.", with_statements=False).empty


def test_an_application_named_is_no_request() -> None:
    # trigger_other_sense طلب <إجراءات، <استمارة، <تقديم، <حسب، <حالة، >الالتحاق، >الخدمة ...
    for text in ("وطالبت الإدارة المعلمين بسرعة إنهاء إجراءات طلب التقاعد خلال أسبوعين.",
                 "ويمكن للطلاب طباعة استمارة طلب الالتحاق من موقع الجامعة.",
                 "وتختلف الأسعار حسب طلب المرشح.",
                 "وتساعد الخريطة الفرق في حالة طلب المساعدة من المزرعة."):
        assert events(text, with_statements=False)["event_code"].ne("02").all(), text
    ev = events("وطلب وزير الخارجية من نظيره الإيراني وقف التدخل في شؤون المنطقة.", with_statements=False)
    assert "02" in ev["event_code"].tolist()


def test_the_killing_of_worshippers_or_of_the_soul_in_a_sermon_is_no_killing_told() -> None:
    # trigger_other_sense قتل >المصلين، >النفس، >الأنفس
    for text in ("وبين الخطيب أن الإسلام حرم قتل النفس المعصومة.",
                 "وهذه الفئة الضالة أعمالها تفجير المساجد وقتل المصلين."):
        assert not events(text, with_statements=False)["trigger"].str.contains("قتل").any(), text
    assert "18" in events("وقتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش.", with_statements=False)["event_code"].tolist()


def test_a_courts_state_is_the_place_or_state_it_names_not_the_defendants_nationality() -> None:
    # round 50b: محكمة + a place of the place tables, or a state adjective, names the court's state; a defendant's
    # nationality after the act (على وافد سوداني) does not
    from q7x2lib.arabic import normalize
    from q7x2lib.events import _court_state_in_sentence

    assert _court_state_in_sentence(normalize("محكمة الرس تحكم على الساحر السوداني بالسجن سنتين")) == "SAU"
    assert _court_state_in_sentence(normalize("أصدرت محكمة جنايات القاهرة حكما بسجن مواطن سعودي")) == "EGY"
    assert _court_state_in_sentence(normalize("قضت محكمة مصرية بسجن صحفي")) == "EGY"
    assert _court_state_in_sentence(normalize("أصدرت محكمة ليبية حكما غيابيا بإعدام متهمين")) == "LBY"
    assert _court_state_in_sentence(normalize("وتقرر الحكم بسجن وافد سوداني خمس سنوات")) == ""


def test_a_sentence_in_a_named_court_of_the_home_state_is_its_government() -> None:
    ev = home_story_events("أصدرت المحكمة العامة بمحافظة الرس حكما يقضي بالسجن والجلد على وافد سوداني الجنسية.")
    row = ev[ev.trigger.astype(str).str.contains("السجن")].iloc[0]
    assert row.source_code == "SAUGOV" and "the court or place named" in row.evidence


def test_a_trial_of_a_state_official_with_no_court_named_is_his_states() -> None:
    ev = home_story_events("وتمت محاكمة وزير الدفاع اليمني السابق غيابيا.")
    row = ev[ev.trigger.astype(str).str.contains("محاكمة")].iloc[0]
    assert row.source_code == "YEMGOV" and "the target's state" in row.evidence


def test_an_assault_undergone_is_coded_at_the_verb_of_undergoing() -> None:
    # تعرض ... للضرب، لقذائف، لانتقادات: the act's noun is no noun row of its own; the event stands at تعرض, with the
    # one who underwent it named between the verb and its noun or not (round 51)
    ev = events("وتعرض الحارس للضرب أمام منزله.", with_statements=False)
    assert ev[ev.unit == "event"][["start", "event_code"]].values.tolist() == [[0, "18"]]
    ev = events("وتعرض مركز الحدود في المنطقة الجنوبية لقذائف من الجانب الآخر.", with_statements=False)
    assert ev[ev.unit == "event"][["start", "event_code"]].values.tolist() == [[0, "18"]]
    ev = events("وكان رئيس الوزراء قد تعرض لانتقادات واسعة بعد تصريحه.", with_statements=False)
    assert ev[ev.unit == "event"]["event_code"].tolist() == ["11"]


def test_an_acts_noun_with_its_objects_pronoun_after_tamma_is_the_passive_act() -> None:
    # وتمت مصادرتها، وتم إخلاؤها: the noun with a pronoun after تم is the act done to what was named before (round 51)
    ev = events("وعثر المراقبون على مواد غذائية منتهية الصلاحية وتمت مصادرتها في الحال.", with_statements=False)
    assert ev[ev.unit == "event"][["trigger", "event_code"]].values.tolist() == [["وتمت مصادرتها", "17"]]
    ev = events("وأصيبت امرأة بسبب الدخان وتم إخلاؤها بواسطة فرق الإنقاذ.", with_statements=False)
    assert "07" in ev[ev.unit == "event"]["event_code"].tolist()


def test_researchers_coded_as_private_persons_are_edu_in_events() -> None:
    # made up (round 51, events guideline 8): باحثون is CVL in the mention tables, EDU as an actor of events
    from q7x2lib.events import _complete_codes
    ev = pd.DataFrame({"doc_id": ["a", "a"], "unit": ["event", "event"], "event_code": ["04", "04"],
                       "source_code": ["CVL", "CVL"], "source_id": [None, None],
                       "source_surface": ["الباحثون", "المسافرون"],
                       "target_code": [None, None], "target_id": [None, None], "target_surface": [None, None]})
    ment = pd.DataFrame({"doc_id": ["a"], "country": ["GBR"], "agent": [None]})
    assert _complete_codes(ev, ment)["source_code"].tolist() == ["GBREDU", "GBRCVL"]


def test_the_subject_between_a_split_verb_of_undergoing_and_its_act_is_the_target() -> None:
    # وتعرض الجنود الأردنيون للضرب: the subject after the verb of undergoing, before the act's noun after ل, underwent
    # the act: its target, never its doer (round 51)
    ev = events("وتعرض الجنود الأردنيون للضرب أمام المعسكر.", with_statements=False)
    row = ev[ev.unit == "event"].iloc[0]
    assert row.event_code == "18" and row.target_code == "JORMIL" and row.source_code is None
    ev = events("وتعرضت الشرطة العراقية للاعتداء.", with_statements=False)
    row = ev[ev.unit == "event"].iloc[0]
    assert row.target_code == "IRQCOP" and row.source_code is None


def test_an_impersonal_act_is_done_by_the_security_body_named_just_before() -> None:
    # وتمكنت الشرطة من ضبط مواطن ... وتم تسليمه: the body that acted in the sentence before, in the same paragraph,
    # does the act after تم when no doer was coded before (round 51)
    ev = events("وعثرت الشرطة السعودية في سيارة مواطن على كمية من الحشيش. وتم تسليمه لجهة الاختصاص.", with_statements=False)
    row = ev[ev.trigger.astype(str).str.contains("تسليم")].iloc[0]
    assert row.source_code == "SAUCOP" and "the body before" in row.evidence
    ev = events("وعثرت الشرطة السعودية في سيارة مواطن على كمية من الحشيش.\nوتم تسليمه لجهة الاختصاص.", with_statements=False)
    row = ev[ev.trigger.astype(str).str.contains("تسليم")].iloc[0]
    assert "the body before" not in row.evidence


def test_an_impersonal_acts_noun_is_also_the_object_of_a_verb_of_carrying_out() -> None:
    # made up (round 52): قام ب + a noun of the word list impersonal_act_noun is the act, as after تم
    ev = events("وقام الدفاع المدني السعودي بتقديم المياه والغذاء للعمال المحتجزين في الموقع.", with_statements=False)
    assert "07" in ev.loc[ev["trigger"].astype(str).str.contains("تقديم"), "event_code"].tolist()
    # no actor carries it out: a show or a service, no event
    ev = events("وفي الحفل قام الطاهي بتقديم المقبلات للضيوف في القاعة الكبرى.", with_statements=False)
    assert not ev["trigger"].astype(str).str.contains("تقديم").any()
    # still no act where the noun stands alone, neither after تم nor after a verb of carrying out
    ev = events("وطالبت الجمعية بتقديم المياه والغذاء للعمال المحتجزين.", with_statements=False)
    assert not ev["trigger"].astype(str).str.contains("تقديم").any()


def test_a_cooperation_offered_or_called_for_is_no_cooperation() -> None:
    # made up (round 52): readiness for, a call to or a welcome of cooperation (word list trigger_other_sense)
    for text in ("وأبدت الحكومة العراقية استعدادها للتعاون مع الأمم المتحدة في ملف النازحين.",
                 "ودعا وزير الخارجية الإيراني دول الخليج إلى التعاون مع طهران في مكافحة الإرهاب."):
        ev = events(text, with_statements=False)
        assert not ev["trigger"].astype(str).str.contains("تعاون").any(), text
    ev = events("ونفذت وزارة الصحة السعودية الحملة بالتعاون مع منظمة الصحة العالمية.", with_statements=False)
    assert ev["trigger"].astype(str).str.contains("تعاون").any()


def test_forcing_a_party_is_coercion_but_not_when_a_cause_forced_it() -> None:
    # made up (round 54): أجبر and its forms are coercion (17); after مما / ما / الذي a circumstance forced it
    ev = events("وقال المسؤول إن الجماعة اختطفت آلاف المدنيين، وأجبرت آخرين على الانضمام إلى المسلحين.",
                with_statements=False)
    assert "17" in ev.loc[ev["trigger"].astype(str).str.contains("أجبرت"), "event_code"].tolist()
    for text in ("وتأخر الفريق في الوصول، الأمر الذي أجبر الإدارة على إلغاء المباراة.",
                 "وتعطلت الآلة مما أجبرهم على التوقف."):
        ev = events(text, with_statements=False)
        assert not ev["trigger"].astype(str).str.contains("جبر").any(), text


def test_the_adverbs_between_a_verb_and_its_act_are_a_word_list_a_user_may_extend(user_rows) -> None:
    # verb_adverb (word_lists.csv), read through the tables in force: a made-up row lets بحزم stand there too
    from q7x2lib.events import _only_actor_between

    assert _only_actor_between(" ايران مجددا ", "إيران")
    assert not _only_actor_between(" ايران بحزم ", "إيران")
    with user_rows(word_lists={"verb_adverb": "بحزم"}):
        assert _only_actor_between(" ايران بحزم ", "إيران")
    assert not _only_actor_between(" ايران بحزم ", "إيران")


def test_a_death_by_nature_disease_or_an_animal_is_no_event() -> None:
    # made up (round 54): a killing with a natural cause near it in its sentence has no doer (natural_death_cause)
    for text in ("وقتل مسلحون خمسة مدنيين في هجوم على قرية في شمال البلاد.",
                 "وقتلت قوات الصاعقة خمسة مسلحين في بنغازي."):
        ev = events(text, with_statements=False)
        assert ev["trigger"].astype(str).str.contains("قتل").any(), text
    for text in ("مقتل 30 شخصا جراء الإعصار في جنوب البلاد", "زلزال يقتل ثلاثة رعاة في منطقة جبلية",
                 "وقتل نحو 40 شخصا بسبب الأمطار الغزيرة والسيول التي اجتاحت المنطقة.",
                 "وانتشر الوباء في القرى وتسبب في مقتل عشرات الأطفال."):
        ev = events(text, with_statements=False)
        assert not ev["trigger"].astype(str).str.contains("قتل").any(), text


def test_a_meeting_in_another_sense_is_no_event() -> None:
    # made up (round 54): اجتماع كلمة (unity), علم الاجتماع (sociology), الاجتماع التأسيسي (internal): no meeting
    ev = events("وعقد وزير الخارجية السعودي اجتماعا مع نظيره الفرنسي في باريس.", with_statements=False)
    assert ev["trigger"].astype(str).str.contains("اجتماع").any()
    for text in ("ودعا الشيخ إلى وحدة الصف واجتماع كلمة المسلمين.",
                 "وضم الفريق مختصين في علم الاجتماع والتربية.",
                 "وتنتظر الجمعية الخيرية تحديد موعد الاجتماع التأسيسي لأعضائها."):
        ev = events(text, with_statements=False)
        assert not ev["trigger"].astype(str).str.contains("اجتماع").any(), text
    ev = events("وقال وزير النفط الإيراني خلال نفس الاجتماع مع وزراء أوبك إنه يرفض المقترح.", with_statements=False)
    assert ev["trigger"].astype(str).str.contains("اجتماع").any()


def test_declining_to_comment_is_no_rejection() -> None:
    # made up (round 54): رفض التعليق / التصريح / الإفصاح / الإدلاء / ذكر is a reporting formula, not a rejection (12)
    ev = events("ورفضت الحكومة الأردنية المقترح الإسرائيلي بشأن الحدود.", with_statements=False)
    assert ev["trigger"].astype(str).str.contains("رفض").any()
    for text in ("واكتفى المتحدث باسم الشركة بالقول إنه يرفض التعليق على الخبر.",
                 "وقال مسؤول رفض ذكر اسمه إن الاجتماع تأجل.",
                 "لكن الوزارة ترفض الإفصاح عن عدد المصابين."):
        ev = events(text, with_statements=False)
        assert not ev["trigger"].astype(str).str.contains("رفض").any(), text


def test_a_bare_min_that_counts_or_removes_names_no_doer() -> None:
    # made up (round 54): مقتل/استشهاد + a number + من counts the ones the act befalls, and تحرير/تطهير ... من names
    # what is removed; neither is the doer the bare من of a noun otherwise introduces (غارة من طائرات حربية)
    ev = events("استشهاد ثلاثة من حرس الحدود السعودي بقذيفة هاون.", with_statements=False)
    row = ev[ev.trigger.astype(str).str.contains("استشهاد")].iloc[0]
    assert pd.isna(row.source_code) and row.target_code == "SAUCOP"
    ev = events("وأعلنت القوات الحكومية الصومالية انتزاع السيطرة على المدينة من حركة الشباب.", with_statements=False)
    row = ev[ev.trigger.astype(str).str.contains("السيطرة")].iloc[0]
    assert row.source_code != "SOMREB"


def test_who_holds_a_place_its_headline_names_is_named_in_its_text() -> None:
    # made up (round 54): a headline is a field of its own; the rebels who hold the town it says is being
    # freed are named in the article's text, and the fight for the town is aimed at them, not at its country
    df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2015-08-01")],
                       "title": ["المقاومة تواصل معارك تحرير مدينة زنجبار"],
                       "text": ["واصلت قوات المقاومة الشعبية تقدمها في محافظة أبين جنوب اليمن، وقال مصدر إن ميليشيات "
                                "الحوثي تكبدت خسائر كبيرة. وكانت ميليشيات الحوثي قد سيطرت على المدينة قبل أشهر."]})
    m = find_mentions(df, "text")
    ev = find_events(df, "text", mentions=m, statements=find_statements(df, "text", mentions=m))
    row = ev[(ev.field == "title") & ev.trigger.astype(str).str.contains("تحرير")].iloc[0]
    assert row.target_code == "YEMREB", row.evidence


def test_a_place_freed_from_rebels_with_no_doer_named_is_freed_by_the_state_forces() -> None:
    # made up (round 54): تحرير/تطهير ... with no doer named, aimed at the rebels who hold the place: the doer is the
    # side fighting them, the state's forces the article names (الجيش الوطني: YEMMIL)
    ev = events("وفي زنجبار، بدأت عملية تطهير المدينة من ميليشيات الحوثي، وقال قائد في الجيش الوطني إن المعركة "
                "ستنتهي قريبا.", with_statements=False)
    row = ev[ev.trigger.astype(str).str.contains("تطهير")].iloc[0]
    assert (row.source_code, row.target_code) == ("YEMMIL", "YEMREB"), row.evidence


def test_an_attack_on_a_place_is_aimed_at_the_people_its_sentence_names_there() -> None:
    # made up (round 54): the place an attack lands in gives the country; the policemen or civilians the sentence
    # names there are whom it is aimed at (TURCOP, TURCVL), not the bare country
    for text, code in (("نفذ انتحاري هجوما في مدينة سروج التركية أسفر عن مقتل 30 من الناشطين المدنيين.", "TURCVL"),
                       ("تفجير إرهابي يستهدف مسجدا في عسير ويقتل 15 من رجال قوات الطوارئ", "SAUCOP")):
        ev = events(text, with_statements=False)
        row = ev.iloc[0]
        assert row.target_code == code, (text, row.target_code, row.evidence)


def test_a_condemnation_names_the_security_men_attacked_as_victims_not_as_its_target() -> None:
    # made up (round 54): what is condemned is the attack; the emergency forces it hit are no target
    ev = events("واستنكر وزير الخارجية البحريني بشدة التفجير الإرهابي الذي استهدف المصلين من رجال قوات الطوارئ "
                "في عسير.",
                sign_model=False)
    row = ev[(ev.unit == "statement") & ev.trigger.astype(str).str.contains("استنكر")].iloc[0]
    assert pd.isna(row.target_code), (row.target_code, row.evidence)


def test_a_condemnation_whose_relative_clause_names_the_security_men_hit_has_no_target() -> None:
    # made up (round 73): the security men named after the cue, in the relative clause of the attack condemned (الذي
    # استهدف), are its victims, not the target the first actor after the cue gives; the doer of the act condemned,
    # named as its genitive, stays the target
    for text in ("وأدان وزير الداخلية الكويتي التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة عسير.",
                 "ودانت مملكة البحرين التفجير الذي استهدف مسجدا لقوات الطوارئ في عسير أمس."):
        ev = events(text, sign_model=False)
        row = ev[ev.unit == "statement"].iloc[0]
        assert pd.isna(row.target_code) and "victims condemned" in row.evidence, (text, row.target_code, row.evidence)
    ev = events("ودانت جامعة الدول العربية بشدة اقتحام قوات الاحتلال الإسرائيلي باحات المسجد الأقصى.", sign_model=False)
    assert ev[ev.unit == "statement"].iloc[0].target_code == "ISRMIL"


def test_a_denial_leaves_the_actor_after_its_cue_untargeted_unless_it_made_the_claim_denied() -> None:
    # made up (round 73): what a denial says did not happen is about the actor named after its cue, not aimed at it
    # (the samples leave a denial's target empty); the one whose claim it denies (مزاعم الحوثيين، ما أعلنه الحوثيون)
    # stays its target
    ev = events("باكستان تنفي وفاة الملا عمر زعيم حركة طالبان", sign_model=False)
    row = ev[ev.unit == "statement"].iloc[0]
    assert pd.isna(row.target_code) and "a denial" in row.evidence, (row.target_code, row.evidence)
    for text in ("ونفى متحدث باسم الجيش اليمني مزاعم الحوثيين بالسيطرة على القاعدة.",
                 "ونفى مصدر عسكري ما أعلنه الحوثيون عن السيطرة على القاعدة."):
        ev = events(text, sign_model=False)
        assert ev[ev.unit == "statement"].iloc[0].target_code == "YEMREB", text


def test_praise_of_the_ties_of_the_speakers_state_is_aimed_at_the_other_state() -> None:
    # made up (round 73): the speaker's own state, named first after تربط, is no target of its praise of the ties;
    # the other state, joined to it by و, is
    ev = events("ونوه مجلس الوزراء بالعلاقات الوثيقة التي تربط المملكة العربية السعودية وجمهورية مصر العربية.",
                sign_model=False)
    row = ev[ev.unit == "statement"].iloc[0]
    assert row.target_code == "EGYGOV" and "other side of ties" in row.evidence, (row.target_code, row.evidence)


def test_a_transfer_whose_object_is_a_pronoun_is_aimed_at_the_person_it_takes_up() -> None:
    # made up (round 74, issue 16): the pronoun of نقله / نقلها takes up the person named before it, in its sentence
    # or the one before; the means or the place named after the act is no target. A pronoun that takes up a thing
    # (المركبة التي تم توقيفها) leaves the target as it was.
    for text, surface in (("وأصيب السائق بإصابات متوسطة، وتم نقله بواسطة الهلال الأحمر السعودي إلى المستشفى.", "السائق"),
                          ("وتعرضت مواطنة لحادث مروري. وتم نقلها بواسطة الهلال الأحمر السعودي إلى المستشفى.", "مواطنة")):
        row = events(text, with_statements=False).iloc[0]
        assert (row.target_code, row.target_surface) == ("SAUCVL", surface), (row.target_code, row.target_surface)
        assert "pronoun's person" in row.evidence
    row = events("وعثرت الشرطة على المركبة التي تم توقيفها بواسطة الهلال الأحمر السعودي.", with_statements=False).iloc[0]
    assert "pronoun's person" not in row.evidence


def test_a_pronouns_person_takes_the_nationality_of_its_sentence_or_the_coded_actor_a_relative_opens_on() -> None:
    # made up (round 75, issue 16): with no nationality written after the people a pronoun takes up, the one written
    # before them in their sentence is theirs (Omani passengers, not the article's Saudis); a coded actor a relative
    # clause opens on (القذافي الذي ألقى مسلحون القبض عليه) is whom the act is aimed at, not where the doer is the
    # relative itself (النيابة التي أمرت بتوقيفها)
    row = events("وقع حادث تصادم باص ركاب من الجنسية العمانية مع شاحنة في الأحساء ونتج عنه حالتين تم نقلهما إلى "
                 "المستشفى.", with_statements=False)
    row = row[row.evidence.str.contains("pronoun's person")].iloc[0]
    assert row.target_code == "OMNCVL", (row.target_code, row.target_surface)
    ev = events("وكانت الانتفاضة قد أنهت حكم معمر القذافي الذي ألقى مسلحون القبض عليه في سرت.", with_statements=False)
    row = ev[ev.trigger.str.contains("القبض")].iloc[0]
    assert row.target_surface == "معمر القذافي" and "pronoun's person" in row.evidence, (row.target_surface, row.evidence)
    ev = events("ورفضت أن تدفع الغرامة أمام النيابة العامة التي أمرت بتوقيفها.", with_statements=False)
    assert not ev.evidence.str.contains("pronoun's person").any()


def test_the_speakers_own_state_after_its_cue_noun_is_no_target() -> None:
    # made up (round 74, issue 16): the speaker's state right after the cue's noun and taken up by the pronoun of a
    # noun joined to it (إدانة المملكة واستنكارها) is whose condemnation it is; the actor named after it is the target,
    # else there is none
    df = pd.DataFrame({"doc_id": ["d", "e"], "title": [None, None], "published": [DATE, DATE], "outlet": ["alriyadh"] * 2,
                       "text_clean": ["وجدد مجلس الوزراء إدانة المملكة واستنكارها للجريمة التي نفذها مستوطنون إسرائيليون.",
                                      "وأعرب مجلس الوزراء عن شكر المملكة وتقديرها لما عبرت عنه الدول الشقيقة من مواقف."]})
    mentions = find_mentions(df)
    ev = find_events(df, mentions=mentions, statements=find_statements(df, mentions=mentions), sign_model=False)
    rows = ev[ev.unit == "statement"].set_index("doc_id")
    assert rows.loc["d", "target_code"] == "ISRCVL", rows.loc["d", "target_code"]
    assert rows.loc["e", "target_code"] is None and "speaker's own state" in rows.loc["e", "evidence"], rows.loc["e"]


def test_a_call_to_the_public_named_by_what_it_is_addresses_the_outlets_people() -> None:
    # made up (round 55): the citizens or firms a Saudi official calls on are the target (SAUCVL, SAUBUS), in a story
    # of a Saudi outlet; a call with no such public after the cue has none of it
    for text, code in (("ودعا المتحدث الرسمي للدفاع المدني المواطنين والمقيمين إلى أخذ الحيطة والحذر.", "SAUCVL"),
                       ("وحثت الوزارة جميع المنشآت على رفع ملف الأجور.", "SAUBUS")):
        df = pd.DataFrame({"doc_id": ["d"], "title": [None], "published": [DATE], "outlet": ["sabq"],
                           "text_clean": [text]})
        mentions = find_mentions(df)
        ev = find_events(df, mentions=mentions, statements=find_statements(df, mentions=mentions), sign_model=False)
        row = ev[ev.unit == "statement"].iloc[0]
        assert row.target_code == code, (text, row.target_code, row.evidence)


def saudi_outlet_statements(text: str) -> pd.DataFrame:
    """The statement rows of a made-up story of a Saudi outlet, coded by the rules alone."""
    df = pd.DataFrame({"doc_id": ["d"], "title": [None], "published": [DATE], "outlet": ["sabq"], "text_clean": [text]})
    mentions = find_mentions(df)
    ev = find_events(df, mentions=mentions, statements=find_statements(df, mentions=mentions), sign_model=False)
    return ev[ev.unit == "statement"]


def test_a_demand_of_the_public_is_an_appeal_addressed_to_it() -> None:
    # made up (round 68): طالب and مطالبا address the citizens or the authorities named by what they are as دعا
    # does; asked to comply or to act, they are no adversary: an appeal (02), as the general samples code it
    for text, cue, code in (("وقال المتحدث الإعلامي لشرطة المنطقة إن الحادث وقع أمس. وطالب المواطنين بعدم التجمهر "
                             "في موقع الحادث.", "وطالب", "SAUCVL"),
                            ("وقال المواطن سعد الغامدي إن الطريق متضرر منذ أشهر، مطالبا الجهات المسؤولة بالتدخل "
                             "العاجل.", "مطالبا", "SAUGOV")):
        row = saudi_outlet_statements(text).set_index("trigger").loc[cue]
        assert (row.target_code, row.event_code) == (code, "02"), (text, row.target_code, row.evidence)


def test_a_call_reaches_the_public_after_brothers_and_past_a_speaker_phrase_that_runs_on() -> None:
    # made up (round 68): جميع الإخوة before the citizens; the speaker layer's words «أمير منطقة عسير المواطنين
    # والمقيمين» run on over the addressee, whom the speaker's own mention ends before
    for text in ("وناشد مدير الدفاع المدني جميع الإخوة المواطنين متابعة أبنائهم في الإجازة.",
                 "ودعا أمير منطقة عسير المواطنين والمقيمين إلى أخذ المعلومات من مصادرها الرسمية."):
        row = saudi_outlet_statements(text).iloc[0]
        assert (row.target_code, row.target_surface) == ("SAUCVL", "المواطنين"), (text, row.evidence)


def test_a_call_reaches_the_public_after_a_speaker_not_written_after_its_cue() -> None:
    # made up (round 70, issue 15): the speaker is the body named before (مدينة الملك فهد، the directorate), not
    # the words written after the cue; the public the call addresses still follows those words, and a mention right
    # after the cue is the verb's subject, not the one called on
    for text, code in (("أعلنت مدينة الملك فهد الطبية عن توفر عدد من الوظائف الشاغرة. ودعت المدينة الراغبين في شغل "
                        "هذه الوظائف إلى التقديم عبر موقعها.", "SAUCVL"),
                       ("أعلنت المديرية العامة للجوازات تمديد مهلة التصحيح شهرا. ودعت المديرية العامة للجوازات "
                        "الإخوة اليمنيين إلى المبادرة بتصحيح أوضاعهم.", "YEMCVL")):
        row = saudi_outlet_statements(text).set_index("trigger").loc["ودعت"]
        assert row.target_code == code, (text, row.source_surface, row.target_surface, row.evidence)
    # the public that is itself the mention after the speaker's word stays whole (الطلاب, not المقبولين after it)
    row = saudi_outlet_statements("أعلنت عمادة القبول والتسجيل بجامعة الملك سعود أسماء المقبولين. ودعت الكلية الطلاب "
                                  "المقبولين إلى مراجعة العمادة.").set_index("trigger").loc["ودعت"]
    assert row.target_surface == "الطلاب", (row.target_surface, row.evidence)


def test_a_call_to_fathers_or_to_those_whose_names_were_announced_addresses_the_public() -> None:
    # made up (round 70, issue 15): الآباء and the participle المعلنة أسماؤهم (its noun left out) are the public a
    # Saudi speaker calls on, its target, no longer the end of the speaker's own words
    for text in ("وطالب الشيخ الفوزان الآباء بمتابعة أبنائهم في الإجازة.",
                 "أعلنت وزارة الخدمة المدنية أسماء المرشحات للوظائف التعليمية. ودعت الوزارة المعلنة أسماؤهن المراجعة "
                 "اعتبارا من يوم الأحد."):
        rows = saudi_outlet_statements(text)
        row = rows[rows.trigger.str.contains("دعت|طالب")].iloc[0]
        assert row.target_code == "SAUCVL", (text, row.source_surface, row.target_surface, row.evidence)


def test_a_call_to_a_nationality_in_the_plural_addresses_that_countrys_people() -> None:
    # made up (round 68): the Yemenis a Saudi officer calls on are YEMCVL, kept in a Saudi outlet's story too; the
    # officer, whom no table names, is the speaker whose words run on over them
    row = saudi_outlet_statements("ودعا العميد سعد بن فهد الشهراني الأشقاء اليمنيين إلى مراجعة مراكز التصحيح قبل "
                                  "نهاية المهلة.").iloc[0]
    assert (row.target_code, row.target_surface) == ("YEMCVL", "اليمنيين"), row.evidence
    # the nominative is the subject's own adjective, and a nationality inside the speaker's words describes them
    for text in ("وطالب فيها المهندسون السعوديون بإقرار الكادر الهندسي.",
                 "وطالب عدد من أهالي السجناء السعوديين في العراق عبر الصحيفة بتمكين أبنائهم من الاتصال بهم."):
        row = saudi_outlet_statements(text).iloc[0]
        assert row.target_code != "SAUCVL", (text, row.target_surface, row.evidence)


def test_a_call_reaches_the_public_past_an_abbreviated_title_of_its_speaker() -> None:
    # made up (round 69): the full stop of د. or م. ends no clause, so whom the speaker calls on is still found
    for text in ("ودعا م. الحداد المواطنين للتعاون مع البلديات في الإبلاغ عن المخالفات.",
                 "ودعا د. الحازمي جميع المستهدفين إلى سرعة الاطلاع على شروط الجائزة."):
        row = saudi_outlet_statements(text).iloc[0]
        assert row.target_code == "SAUCVL", (text, row.target_surface, row.evidence)


def test_a_call_to_the_sons_of_a_country_addresses_that_countrys_people() -> None:
    # made up (round 69): أبناء + a country, its people or its state's name (الشعب، الجمهورية between) is that
    # country's public, CVL; أبناء الوطن is the outlet's own state's; the sons of a tribe are no country's public
    for text, code in (("ودعت الجوازات الإخوة الأشقاء أبناء الجمهورية اليمنية إلى مراجعة مراكز التصحيح.", "YEMCVL"),
                       ("وحثت الجوازات أبناء اليمن على إنجاز متطلبات التصحيح قبل نهاية المهلة.", "YEMCVL"),
                       ("ودعا رئيس الغرفة جميع أبناء الشعب السعودي إلى الالتفاف حول قيادتهم.", "SAUCVL"),
                       ("وقال رئيس الغرفة إن الإرهاب لا دين له، داعيا أبناء الوطن إلى الإبلاغ عن أي مظاهر مشبوهة.",
                        "SAUCVL")):
        rows = saudi_outlet_statements(text)
        row = rows[rows.event_code == "02"].iloc[0]
        assert row.target_code == code, (text, row.target_surface, row.evidence)
    row = saudi_outlet_statements("ودعا شيخ القبيلة أبناء القبيلة إلى الصلح.").iloc[0]
    assert row.target_code is None or not row.target_code.endswith("CVL"), (row.target_surface, row.evidence)


def test_in_general_news_an_informative_statement_is_not_aimed_at_the_subject_of_what_it_says() -> None:
    # made up (round 68): a report on another body's act in general news (no political marker) is informative and
    # aimed at no one, as the general samples code it; in political news it is about that subject (test above)
    for text in ("وذكر صندوق النقد الدولي في تقرير أن السلطات الإماراتية تدفع مليارات الدولارات سنويا لدعم أسعار "
                 "الوقود.",
                 "وقالت إدارة شركة بورش الألمانية إن شركة تويوتا اليابانية ستفتتح مصنعا جديدا العام المقبل."):
        row = events(text, sign_model=False).query("unit == 'statement'").iloc[0]
        assert (row.event_code, row.target_code) == ("01", None), (text, row.target_code, row.evidence)


def test_a_referral_to_justice_is_an_act_without_an_impersonal_verb() -> None:
    # round 55, made up: إحالة with a court, the prosecution or a prison after it is a referral (17) though no تم
    # stands before it; to a laboratory or to retirement it is no act
    for text in ("وقررت النيابة العامة حبس المتهمين وإحالة 12 متهما إلى المحكمة الجزائية.",
                 "وأمر المحافظ بإعفاء مدير المستشفى وإحالة الموظفين المقصرين للتحقيق."):
        ev = events(text, sign_model=False)
        assert (ev.trigger.str.contains("إحالة") & ev.event_code.eq("17")).any(), text
    for text in ("وطلب المفتش إحالة العينات إلى المختبر لإجراء التحاليل.",
                 "وقررت الوزارة إحالة الموظف إلى التقاعد المبكر."):
        assert not events(text, sign_model=False).trigger.str.contains("إحالة").any(), text


def test_the_injured_receiving_treatment_is_care_given() -> None:
    # round 55, made up: the injured who receive treatment or care (يتلقون العلاج، تلقوا الرعاية) are given aid (07);
    # لتلقي العلاج after a transfer is only its purpose
    for text in ("وأوضح أن المصابين يتلقون العلاج في مستشفى الملك فهد بجازان.",
                 "وأضاف أن عشرة مصابين تلقوا الرعاية الطبية اللازمة في الموقع."):
        ev = events(text, sign_model=False)
        assert (ev.trigger.str.contains("تلق") & ev.event_code.eq("07")).any(), text
    ev = events("ونقل المصاب إلى مستشفى الخرمة العام لتلقي العلاج اللازم.", sign_model=False)
    assert not ev.trigger.str.contains("تلقي").any()


def test_a_report_received_with_its_verb_after_it_is_an_appeal() -> None:
    # round 55, made up: بلاغا ورد، بلاغ وردها، ورود بلاغ: a report received (02) though its verb follows the noun
    for text in ("وأوضح المتحدث الرسمي أن بلاغا ورد من قبل حرس الحدود صباح اليوم لعمليات الهيئة.",
                 "وبين مدير العمليات ورود بلاغ من الدوريات الأمنية يفيد بوجود سيارتين مخالفتين."):
        ev = events(text, sign_model=False)
        assert (ev.trigger.str.contains("بلاغ") & ev.event_code.eq("02")).any(), text


def test_an_assault_named_by_altaaddi_is_an_attack() -> None:
    # round 55, made up: التعدي على الأشخاص، التعدي بالضرب: an assault (18), as الاعتداء على
    for text in ("وقام عدد من المحتجين بالتعدي على الأهالي وإتلاف سياراتهم.",
                 "وأدان المجلس اقتحام المسجد والتعدي بالضرب على المصلين."):
        ev = events(text, sign_model=False)
        assert (ev.trigger.str.contains("التعدي") & ev.event_code.eq("18")).any(), text


def test_the_martyred_named_by_a_relative_are_no_killing_told() -> None:
    # round 55, made up: ممن استشهدوا، للذين استشهدوا: the dead named, not their killing told; الذين استشهدوا في
    # التفجير stays an act
    for text in ("ودعا سموه للذين استشهدوا بالرحمة والمغفرة وللمصابين بالشفاء.",
                 "وقال إنه لا يعرف ممن استشهدوا سوى زميل له."):
        assert not events(text, sign_model=False).trigger.str.contains("استشهد").any(), text
    ev = events("وعزى أسر الشهداء الذين استشهدوا في التفجير الإرهابي الذي استهدف المسجد.", sign_model=False)
    assert ev.trigger.str.contains("استشهدوا|التفجير").any()


def test_an_agreement_concluded_or_signed_for_a_side_after_it_is_named() -> None:
    # round 55, made up: أبرمته / أبرمتها with the agreement named before and the partner after (06), as وقعته; a
    # club's contract with a player is no act; وقعها عن الوزارة names the side its signer signed for
    ev = events("وأشاد بالاتفاق الذي أبرمته الحكومة المصرية مع شركة سيمنس الألمانية العام الماضي.", sign_model=False)
    assert (ev.trigger.str.contains("أبرمته") & ev.event_code.eq("06")).any()
    ev = events("وحسب بنود العقد الذي أبرمه نادي النصر مع اللاعب فإنه سيلتحق بالفريق الشهر المقبل.", sign_model=False)
    assert not ev.trigger.str.contains("أبرمه").any()
    ev = events("وأكد أهمية اتفاقية التعاون مع الصندوق الكويتي، حيث وقعها عن الوزارة وكيلها للشؤون المالية.",
                sign_model=False)
    assert (ev.trigger.str.contains("وقعها") & ev.event_code.eq("06")).any()


def test_an_act_after_aqdama_ala_begins_at_the_verb_and_is_done_by_its_subject() -> None:
    # round 55, from AJ AP AT BC BD (and J Z AO): «أقدم X على قتل Y» is one act that begins at أقدم (word list
    # dared_verb), as the gold anchors it; its doer is the subject of أقدم, the actor after the act its object
    text = "وأفادت المصادر أن قوات الاحتلال الإسرائيلي أقدمت على قتل فلسطينيين في الضفة الغربية."
    ev = events(text, sign_model=False)
    row = ev[(ev.unit == "event") & ev.trigger.str.contains("قتل")].iloc[0]
    assert row.start == text.index("أقدمت") and row.trigger.startswith("أقدمت")
    assert row.source_code == "ISRMIL", row.evidence
    text = "وفي المقابل أقدمت ميليشيا الحوثي على مداهمة جامعة ذمار."
    ev = events(text, sign_model=False)
    row = ev[(ev.unit == "event") & ev.trigger.str.contains("مداهمة")].iloc[0]
    assert row.start == text.index("أقدمت") and row.source_code.startswith("YEM"), row.evidence
    # a private person whom no mention covers, before the verb or after it, of the nationality its words name
    for text in ("وذكرت الوزارة في بيان أن فلان بن علان الفلاني سعودي الجنسية أقدم على قتل رجل بإطلاق النار عليه.",
                 "وقالت الوزارة إنه في يوم الحادث أقدم / فلان بن علان الفلاني - سعودي الجنسية - على قتل رجل."):
        ev = events(text, sign_model=False)
        row = ev[(ev.unit == "event") & ev.trigger.str.contains("قتل")].iloc[0]
        assert row.source_code == "SAUCVL" and "private person" in row.evidence, (text, row.evidence)
    # who dared a crime is no doer of the impersonal arrest told after it, nor is a definite noun a private person
    ev = events("وأقدم فلان بن علان - سعودي الجنسية - على قتل رجل إثر خلاف بينهما، وتم القبض على الجاني.",
                sign_model=False)
    assert not ev[ev.trigger.str.contains("القبض")].source_code.eq("SAUCVL").any()
    for text in ("كما أقدمت الميليشيا على اختطاف عضو المجلس المحلي.", "وبعد سيطرته على المدينة أقدمت عناصره على تدمير كنيسة."):
        ev = events(text, sign_model=False)
        assert not (ev.evidence.str.contains("private person")).any(), text
    ev = events("أقدم كل من / فلان وعلان - إثيوبيي الجنسية - على قتل رجل في الرياض.", sign_model=False)
    assert ev[ev.trigger.str.contains("قتل")].source_code.iloc[0] == "ETHCVL"
    # the guard: a time after أقدم is no doer
    ev = events("وأقدمت صباح أمس على اقتحام مقر الجمعية.", sign_model=False)
    assert not (ev.evidence.str.contains("private person")).any()
    # the guard: أقدم with no act after على is no act's verb
    ev = events("وهذا أقدم مسجد على الإطلاق في المدينة.", sign_model=False)
    assert not ev.trigger.str.contains("أقدم").any()


def test_who_made_a_report_is_coded_from_its_own_words() -> None:
    # round 55, from AH AI AS AX: «تلقت الشرطة بلاغا من شخص / من أحد المستهلكين / من مستشفى ...»: the one who made
    # the report, whom no mention covers, is its source (word lists report_giver_person, report_giver_stop)
    for text, code in (("وأوضح المتحدث أن شرطة محافظة جدة تلقت أمس بلاغا من شخص يفيد بغرق قارب.", "CVL"),
                       ("وكانت وزارة التجارة السعودية قد تلقت بلاغا من أحد المستهلكين حول وجود مخالفة.", "CVL"),
                       ("وأفاد أن شرطة محافظة جدة تلقت بلاغا من مستشفى الملك فهد يفيد بوصول طفل.", "GOV")):
        ev = events(text, sign_model=False)
        row = ev[ev.event_code == "02"].iloc[0]
        assert isinstance(row.source_code, str) and row.source_code.endswith(code), (text, row.evidence)


def test_a_call_never_targets_its_own_speaker_phrase() -> None:
    # made up (round 55): the holder's name in apposition to the speaker's office, or the rest of a speaker's phrase
    # the speaker layer cut short, is the speaker, not the one called on; the public named after it is
    for text in ("ودعا الناطق الإعلامي لجوازات المنطقة الشرقية، العقيد فهد بن سالم الحربي، المسافرين إلى التأكد "
                 "من صلاحية وثائقهم.",
                 "وحث عميد شؤون الطلاب بالجامعة الدكتور سالم بن علي القرني، الطلاب إلى الالتزام بالمواعيد."):
        df = pd.DataFrame({"doc_id": ["d"], "title": [None], "published": [DATE], "outlet": ["sabq"],
                           "text_clean": [text]})
        mentions = find_mentions(df)
        ev = find_events(df, mentions=mentions, statements=find_statements(df, mentions=mentions), sign_model=False)
        row = ev[ev.unit == "statement"].iloc[0]
        assert row.target_code == "SAUCVL", (text, row.target_surface, row.target_code, row.evidence)


def test_in_general_news_a_firms_keenness_casts_no_vote() -> None:
    # round 56 (word list general_news_no_vote): a made-up local story; حرص and إيجابي describe, no stance
    ev = events("وقال مدير الشركة إن التعديل يأتي حرصا على راحة العملاء وسينعكس إيجابيا على الخدمة.", sign_model=False)
    row = ev[ev.unit == "statement"]
    assert row.event_code.tolist() == ["01"] and "general news word" in row.evidence.iloc[0]


def test_in_political_news_keenness_still_votes() -> None:
    ev = events("وأكد وزير الخارجية الإيراني في طهران حرص بلاده على تعزيز العلاقات مع الرياض وبغداد وأنقرة.",
                sign_model=False)
    row = ev[ev.unit == "statement"]
    assert "general news word" not in row.evidence.iloc[0] and row.event_code.tolist() == ["03"]


def test_frustration_felt_is_no_plot_foiled() -> None:
    # round 56 (word list indefinite_only إحباط*): with the article الإحباط is a feeling; a foiling is in construct
    for text in ("ويشعر كثير من الموظفين بالإحباط بسبب تأخر الترقيات.",
                 "وتحدث الباحث عن أسباب اليأس والإحباط لدى الشباب."):
        assert events(text, with_statements=False)["event_code"].ne("17").all(), text
    ev = events("وتمكنت المديرية العامة لحرس الحدود من إحباط تهريب كمية من المخدرات.", with_statements=False)
    assert "17" in ev["event_code"].tolist()


def test_a_second_topic_of_talks_already_told_is_no_talk_of_its_own() -> None:
    # round 56 (word list trigger_other_sense بحث* <إلى، <جانب، <أعمال)
    for text in ("وتناول اللقاء العلاقات بين البلدين، إضافة إلى بحث الأوضاع في المنطقة.",
                 "واستعرض الجانبان أوجه التعاون العسكري، إلى جانب بحث مستجدات الأوضاع.",
                 "وأكد المدير أهمية إنشاء مراكز تنسيق أعمال بحث وإنقاذ في المنطقة."):
        assert not events(text, with_statements=False)["trigger"].str.contains("بحث").any(), text
    ev = events("وجرى خلال اللقاء بحث الأوضاع في المنطقة.", with_statements=False)
    assert ev["trigger"].str.contains("بحث").any()


def test_a_visit_named_as_a_plan_or_a_purpose_is_no_visit_told() -> None:
    # round 56 (word list trigger_other_sense زيارة <جدول، <أجل، <بغرض، <تستحق)
    for text in ("وسافر الوفد إلى الرياض من أجل زيارة وزارة الصحة.",
                 "وناقش الفريق النقاط المدرجة على جدول الزيارة."):
        assert not events(text, with_statements=False)["trigger"].str.contains("زيار").any(), text
    ev = events("وقام أمير المنطقة بزيارة لمستشفى الملك فهد أمس.", with_statements=False)
    assert ev["trigger"].str.contains("زيار").any()


def test_a_verbal_noun_after_an_impersonal_verb_is_the_act_of_its_verb() -> None:
    # round 57 (events._impersonal_verb_noun_hits): تم + the verbal noun of an event pattern's verb (استقبل، اعتقل)
    ev = events("ووصل الوفد الكويتي إلى جدة، وتم استقبالهم من قبل وكيل وزارة الخارجية السعودية.", with_statements=False)
    assert ev["trigger"].str.contains("استقبال").any() and "04" in ev["event_code"].tolist()
    # not after a relative: what was received is named again
    ev = events("وناقش المجلس ما تم استقباله من طلبات الوزارة.", with_statements=False)
    assert not ev["trigger"].str.contains("استقبال").any()


def test_an_investigation_named_as_a_state_or_a_body_is_no_investigation_opened() -> None:
    # round 57 (word list trigger_other_sense التحقيق، التحقيقات <مكتب، >جاري، >لاتزال، >الاولي ...)
    for text in ("وأكد مدير شرطة المنطقة أن التحقيقات جارية لمعرفة ملابسات الحادث.",
                 "وتلقت الهيئة العامة للطيران المدني بلاغا من مكتب التحقيقات البريطاني.",
                 "وذكر المتحدث أن التحقيقات الأولية تشير إلى خلل فني."):
        assert not events(text, with_statements=False)["trigger"].str.contains("تحقيق").any(), text
    ev = events("وفتحت النيابة العامة التحقيق في الحادث مع سائق الشاحنة.", with_statements=False)
    assert ev["trigger"].str.contains("تحقيق").any()


def test_an_informative_statement_is_about_the_armed_group_it_names_first() -> None:
    # made up (round 57): a political report that names first, not as its subject, another side's rebels or an
    # armed group of no state is mainly about them
    ev = events("وقال وزير الخارجية الأمريكي إن المفاوضات مع الحوثيين في اليمن ما زالت صعبة بعد المعارك.",
                sign_model=False)
    statement = ev[ev.unit == "statement"].iloc[0]
    assert (statement.source_code, statement.target_code, statement.event_code) == ("USAGOV", "YEMREB", "01")
    assert "target=first other side said" in statement.evidence


def test_in_general_news_a_word_of_violence_or_failure_said_casts_no_vote() -> None:
    # round 57 (word list general_news_no_vote العنف، فشل*، جريمة ...): a made-up local story, reported, no stance
    for text in ("وقال مدير المستشفى إن الطوارئ استقبلت ثلاث حالات إصابة في حادثة العنف التي وقعت مساء أمس.",
                 "وقالت الشركة إن الدواء فشل في تحقيق النتائج المرجوة في التجارب."):
        ev = events(text, sign_model=False)
        row = ev[ev.unit == "statement"]
        assert row.event_code.tolist() == ["01"] and "general news word" in row.evidence.iloc[0], text


def test_inspecting_and_aspirations_are_no_support_nor_promise() -> None:
    # round 57 (event patterns الوقوف على، تطلعات: neutral content that outweighs وقوف* and تطلع*); made up
    for text in ("وقال مدير البلدية إن اللجنة زارت الموقع للوقوف على سير العمل في المشروع.",
                 "وقال المحافظ إن المشروع يلبي تطلعات المواطنين في المحافظة."):
        ev = events(text, sign_model=False)
        assert ev[ev.unit == "statement"].event_code.tolist() == ["01"], text


def test_in_general_news_a_firms_commitment_casts_no_vote() -> None:
    # round 57 (word list general_news_no_vote ملتزم*، التزامها، الرائدة ...): a made-up local story
    ev = events("وقال مدير الشركة إن الشركة ملتزمة بتقديم أفضل الخدمات لعملائها في المنطقة.", sign_model=False)
    row = ev[ev.unit == "statement"]
    assert row.event_code.tolist() == ["01"] and "general news word" in row.evidence.iloc[0]


def test_plural_of_a_present_act_verb_is_the_act_reported_inside_a_statement() -> None:
    # the table writes يستهدف alone; its plural (يستهدفون) is the same act, told inside what is said (round 57)
    ev = events("وقال المتحدث باسم التحالف إن الحوثيين يستهدفون المدنيين في تعز.")
    assert coded(ev) == [["statement", "SAUMIL", "YEMREB", "01", False], ["event", "YEMREB", "YEMCVL", "18", False]]
    assert ev.statement_id.tolist() == [0, 0]
    dual = events("وزيرا خارجية مصر والأردن يناقشان الأزمة السورية", with_statements=False)
    assert dual.event_code.tolist() == ["04"]


def test_plural_verb_after_a_relative_pronoun_is_no_act() -> None:
    # الذين يزورون مصر كل عام: who the tourists are, no visit told (plural_verb_not_act_before)
    ev = events("ورحب الوزير بالسياح الذين يزورون مصر كل عام.")
    assert ev.unit.tolist() == ["statement"]


def test_an_investigation_opened_with_its_opener_between_starts_at_its_verb() -> None:
    # made up (round 57): split_verb_phrase فتح* تحقيقا; the noun after the verb is its object, not a second act
    text = "وفتحت الشرطة في مدينة الطائف أمس تحقيقا في الحادث الغامض."
    ev = events(text, with_statements=False)
    opened = ev[ev["trigger"].str.contains("تحقيق")]
    assert len(opened) == 1
    assert opened.iloc[0]["start"] <= text.index("فتحت")
    assert " ... " in opened.iloc[0]["trigger"]
    assert opened.iloc[0]["event_code"] == "09"


def test_a_sentence_passed_by_a_ruling_issued_starts_at_the_ruling_verb() -> None:
    # made up (round 57): أصدرت المحكمة ... حكما ... بالسجن is one act, written from the verb that issues the ruling
    text = "أصدرت المحكمة العامة في مدينة الدمام حكماً ابتدائياً يقضي بالسجن خمس سنوات على متهم بتهريب المخدرات."
    ev = events(text, with_statements=False)
    sentence = ev[ev["trigger"].str.contains("بالسجن")]
    assert len(sentence) == 1
    assert sentence.iloc[0]["start"] == 0
    assert sentence.iloc[0]["event_code"] == "17"
    # a sentence with no ruling issued before it in its sentence keeps its own start
    text = "أصدرت الوزارة بيانا. وقضت محكمة في القاهرة بالسجن عامين على متهم."
    assert events(text, with_statements=False)["start"].min() > text.index(".")


def test_a_meeting_named_as_the_time_of_what_is_told_is_no_new_meeting() -> None:
    # made up (round 57): trigger_other_sense لقاء* <بداية ...، اجتماع <مستهل
    for text in ("وفي بداية اللقاء رحب المحافظ بالحضور.", "وفي مستهل الاجتماع رحب مدير الشرطة بأعضاء اللجنة."):
        ev = events(text, with_statements=False)
        assert not ev["trigger"].str.contains("لقاء|اجتماع").any(), text
    ev = events("وعقد وزير الخارجية لقاء مع نظيره الأردني في عمان.", with_statements=False)
    assert ev["trigger"].str.contains("لقاء").any()


def test_a_visitors_meeting_joined_to_the_visit_is_one_act() -> None:
    # made up (round 57): زيارة ... واجتماعه مع ...: the visit and the visitor's meeting, one row (guideline: conjoined
    # acts with the same source, target and root)
    text = "وأشاد المجلس بنتائج زيارة وزير الخارجية الأمريكي إلى الأردن واجتماعه مع العاهل الأردني."
    ev = events(text, with_statements=False)
    meetings = ev[(ev["unit"] == "event") & (ev["event_code"] == "04")]
    assert len(meetings) == 1
    assert "زيارة" in meetings.iloc[0]["trigger"]


def test_killing_named_as_a_kind_of_crime_is_no_killing() -> None:
    # made up (round 57): trigger_other_sense قتل <جرائم، <جريمة، <حوادث
    for text in ("وشهدت المدينة خلال العام الماضي حوادث قتل وسرقة كثيرة.",
                 "وقالت الشرطة إنها لا تحقق في الوفاة على أنها جريمة قتل."):
        ev = events(text, with_statements=False)
        assert not (ev["trigger"] == "قتل").any(), text
    ev = events("قتل مسلحون خمسة جنود في هجوم على نقطة تفتيش.", with_statements=False)
    assert (ev["trigger"] == "قتل").any()


def test_violations_recorded_by_an_inspecting_body_are_an_enforcement_act() -> None:
    # made up (round 57): event_patterns رصد* مخالف* (17), with split_verb_phrase for the count or body between
    for text in ("ورصدت الفرق الرقابية التابعة للبلدية 13 مخالفة في الأسواق.", "وتم رصد 71 مخالفة خلال الحملة."):
        assert act_codes(text, "رصد") == ["17"], text
    # monitoring alone is no row
    assert act_codes("وتعمل الهيئة على رصد الأحوال الجوية.", "رصد") == []


def test_warnings_served_and_violations_registered_are_enforcement_acts() -> None:
    # made up (round 57): event_patterns وجه* إنذار* (13), سجل* مخالف* and تسجيل مخالف* (17), with split_verb_phrase
    for text, code in (("ووجهت البلدية 14 إنذارا للمحلات المخالفة.", "13"), ("وسجلت الفرق الرقابية 25 مخالفة.", "17"),
                       ("وتم تسجيل 40 مخالفة على المنشآت.", "17")):
        assert act_codes(text, "انذار|مخالف") == [code], text


def test_a_court_that_rules_with_hakamat_passes_a_sentence() -> None:
    # made up (round 57c): event_patterns حكمت محكم* / حكمت المحكم* (17), as قضت محكم*
    for text in ("وحكمت محكمة في العاصمة على ثلاثة متهمين بالسجن خمس سنوات.",
                 "وحكمت المحكمة بسجنه عامين بتهمة الاحتيال."):
        assert act_codes(text, "حكمت") == ["17"], text


def test_a_detention_after_an_impersonal_verb_is_the_act_of_its_form_iv_verb() -> None:
    # made up (round 57c): ايقاف -> اوقف in events._verb_forms_of_noun; a negated تم names no act
    assert act_codes("وقبضت الشرطة على الجاني، وجرى إيقافه تمهيدا لإحالته إلى النيابة.", "إيقافه")
    assert act_codes("وأكدت الوزارة أنه لم يتم إيقاف أي بدل للموظفين.", "إيقاف") == []


def test_submitting_a_request_or_a_proposal_is_no_advance() -> None:
    # made up (round 57c): event_patterns تقدم* بطلب* (02), تقدم* بمبادرة / بعرض / بمقترح* (03), split_verb_phrase
    for text, code in (("وتقدمت الشركة في وقت سابق بطلب رسمي إلى الوزارة.", "02"),
                       ("وتقدمت الحكومة بمبادرة لجامعة الدول العربية لإنهاء الأزمة.", "03")):
        assert act_codes(text, "تقدم") == [code], text


def test_a_charge_brought_by_a_prosecution_is_coded_at_its_verb() -> None:
    # made up (round 57c): event_patterns وجه* الاتهام / تهمة / التهم (17), split_verb_phrase
    for text in ("وكانت النيابة العامة وجهت في الشهر الماضي الاتهام إلى خمسة أشخاص.",
                 "ووجهت السلطات إليهم تهمة تهريب المخدرات."):
        assert act_codes(text, "وجهت") == ["17"], text


def test_projectile_fallen_hits_the_civilians_not_a_soldier() -> None:
    # round 58: عسكري after a projectile's noun is its adjective, not a soldier hit; a projectile fallen on a place
    # hits the place's civilians (or the people the sentence names there)
    ev = events("أصيب مواطن جراء سقوط مقذوف عسكري في نجران.", with_statements=False)
    fell = ev[ev["trigger"].str.contains("مقذوف")]
    assert fell["target_code"].tolist() == ["SAUCVL"]
    ev = events("قتل جندي إثر سقوط قذيفة في حلب.", with_statements=False)
    fell = ev[ev["trigger"].str.contains("قذيفة")]
    assert fell["target_code"].tolist() == ["SYRMIL"]
    ev = events("أصيب مواطن جراء سقوط مقذوف عسكري على منزل في قرية.", with_statements=False)
    assert "MIL" not in "".join(ev["target_code"].dropna())  # no soldier read from the projectile's adjective


def test_a_ban_by_an_authority_is_an_act() -> None:
    # (round 58) منعت / حظرت, past bans: coded 17 as the general-news gold codes bans (AH, AQ, BB, BD)
    for text, trigger in (("ومنعت وزارة التجارة بيع الألعاب النارية في الأسواق.", "منعت"),
                          ("وحظرت السلطات الصينية بث البرنامج أمس.", "حظرت")):
        assert act_codes(text, trigger) == ["17"], text


def test_a_habit_told_is_no_act() -> None:
    # (round 58) a word of habit near the act (word list habitual_word): a practice, not a specific act (guideline 11.8)
    assert act_codes("ولا يعلن المتمردون عادة مسؤوليتهم عن الهجمات على القرى.", "الهجمات") == []
    assert act_codes("ويجتمع وزير الخارجية سنويا مع نظرائه العرب.", "يجتمع") == []
    assert act_codes("شن المتمردون أمس هجمات على القرى.", "هجمات") == ["18"]


def test_non_compliance_is_a_refusal() -> None:
    # made up (round 58): event_patterns لم يستجب / لم تتجاوب / لم تنصع / رفض الامتثال (12); a condition or a
    # choice before it (word list noncompliance_condition: إن لم، أم لم) tells no refusal
    for text, trigger in (("بيد أن حكومة جنوب أفريقيا لم تنصع لقرار المحكمة وسمحت له بالمغادرة.", "لم تنصع"),
                          ("وقالت إسرائيل إن المتسللين لم يستجيبوا لنداءات الجنود بالتوقف.", "لم يستجيبوا"),
                          ("إلا أن الشركة لم تتجاوب مع خطابات وزارة الصحة.", "لم تتجاوب")):
        assert act_codes(text, trigger) == ["12"], text
    assert act_codes("وهددت الولايات المتحدة بفرض عقوبات إن لم تستجب الحكومة المصرية للطلب.", "لم تستجب") == []
    assert act_codes("سواء استجابت الحكومة المصرية أم لم تستجب لطلب الولايات المتحدة.", "لم تستجب") == []


def test_a_review_with_no_partner_is_no_act() -> None:
    # made up (round 58): word list targetless_dropped (استعراض، استعرض*): a body's own review of plans is no talks
    assert act_codes("وأوضح مدير الإدارة أنه تم استعراض كافة الخطط والبرامج المقدمة من اللجان.", "استعراض") == []
    assert act_codes("وجرى خلال الاستقبال استعراض العلاقات بين السعودية ومصر.", "استعراض") == ["04"]
    assert act_codes("واستعرض وزير الخارجية السعودي مع نظيره الفرنسي العلاقات الثنائية.", "استعرض") == ["04"]


def test_people_named_by_what_they_are_after_an_arrest_or_a_killing_are_its_target() -> None:
    # made up (round 58): _counted_people_target; the events guideline, section 6 (one indefinite person is CVL of
    # the country the text gives); a country's name, the trigger's adjective and accused terrorists are not read
    ev = events("وتمكنت الشرطة من ضبط 6 سعوديين في الرياض.", with_statements=False)
    assert ev[ev["trigger"].str.contains("ضبط")]["target_code"].tolist() == ["SAUCVL"]
    ev = events("وألقت الشرطة القبض على مقيم يمني في جدة.", with_statements=False)
    assert ev[ev["trigger"].str.contains("القبض")]["target_code"].tolist() == ["YEMCVL"]
    ev = events("وأسفر هجوم مسلحين على قرية في نيجيريا عن مقتل خمسة أشخاص.", with_statements=False)
    assert [c[-3:] for c in ev[ev["trigger"].str.contains("مقتل")]["target_code"]] == ["CVL"]
    ev = events("وقررت النيابة إحالة 41 متهما بالإرهاب إلى المحكمة في الإمارات.", with_statements=False)
    assert "CVL" not in "".join(ev["target_code"].dropna())


def test_people_named_by_what_they_are_in_a_foreign_story_take_its_setting_not_the_outlets_state() -> None:
    # made up (round 58): a story that names no state as an actor but is set by its places in a foreign state
    # (_article_settings) codes the people killed there as its civilians, not the outlet's (a Saudi daily's)
    def target(text: str, trigger: str = "قتل") -> list:
        df = pd.DataFrame({"doc_id": ["d"], "title": [None], "published": [DATE], "text_clean": [text], "outlet": ["sabq"]})
        ev = find_events(df, mentions=find_mentions(df), statements=None)
        return ev[ev["trigger"].str.contains(trigger)]["target_code"].tolist()

    # (round 59: a killing right before the shooting that caused it is its toll; the shooting takes its victims)
    assert target("قتل ثلاثة أشخاص في إطلاق نار داخل مطعم في القاهرة.", "إطلاق") == ["EGYCVL"]
    assert target("وأسفر إطلاق نار في سوق بمدينة حلب عن مقتل خمسة أشخاص.") == ["SYRCVL"]
    assert target("وأسفر إطلاق نار في سوق بمدينة أبها عن مقتل خمسة أشخاص.") == ["SAUCVL"]


def test_a_report_received_from_a_citizen_is_no_meeting() -> None:
    # round 58: with the lone citizen a mention (مواطن), استقبل ... بلاغا من مواطن stays one report (02) from the
    # citizen, its maker after من, to the receiver; the verb of receiving is no meeting (04) with the citizen
    ev = events("واستقبلت غرفة العمليات بشرطة المنطقة بلاغا من مواطن يفيد بسرقة سيارته.", sign_model=False)
    assert "04" not in ev.event_code.tolist()
    row = ev[ev.event_code == "02"]
    assert row.source_code.str.endswith("CVL").tolist() == [True] and row.target_code.str.endswith("COP").tolist() == [True]


def test_talib_after_a_number_or_a_quantifier_is_a_student_not_a_demand() -> None:
    # made up, round 59 (word lists counted_noun_cue, counting_word): after a number, ألف or كل the noun طالب
    # (a student) is counted; no demand (10) is coded, neither as an act nor as the root of the statement around it
    for text in ("وقال المدير إن الدورة شهدت مشاركة 350 طالب من المدارس.",
                 "وأوضح المدير أن الجامعة ستقبل هذا العام نحو 12 ألف طالب وطالبة.",
                 "وقال المدير إن البرنامج يتيح لكل طالب مقعدا في الدورة."):
        ev = events(text, sign_model=False)
        assert not ev["event_code"].eq("10").any() and not ev["evidence"].str.contains("said: طالب").any(), text
    # the verb after a number that ends a clause, or with its conjunction, still demands
    for text in ("وصدرت اللائحة عام 2011 وطالب المجلس الوزارة بتعديلها.",
                 "وطالب المدير الشركة بسرعة إنجاز المشروع."):
        ev = events(text, with_statements=False)
        assert ev["trigger"].str.contains("طالب").any(), text


def test_a_need_stated_as_a_predicate_or_the_adverb_necessarily_is_no_call() -> None:
    # made up, round 59 (need_noun, need_stated_before, need_stated_after): ضرورة as a predicate (أصبح ضرورة
    # ملحة، وإنما ضرورة، عدم ضرورة) or بالضرورة (necessarily) calls on no one: it casts no appeal (02) vote
    for text in ("وقال المدير إن إنشاء جسر ثان أصبح ضرورة ملحة للمدينة.",
                 "وأضاف أن الخدمة الجديدة تعني عدم ضرورة مراجعة المكاتب.",
                 "وقال الخبير إن ارتفاع الأسعار لا يعني بالضرورة تراجع الطلب."):
        row = events(text, sign_model=False)
        row = row[row["unit"] == "statement"]
        assert not row.empty and row["event_code"].eq("01").all(), text
    # a call for what is needed stays an appeal
    row = events("وشدد المدير على ضرورة إنجاز الجسر الثاني في موعده.", sign_model=False)
    assert row.loc[row["unit"] == "statement", "event_code"].tolist() == ["02"]


def test_a_reported_fight_whose_sides_are_named_by_labels_is_informative() -> None:
    # made up, round 59 (FIGHT_REPORT): the labels of those who fight (ميليشيات، الانقلابية) in a statement that
    # reports an assault are how the speaker names a side, no criticism (11): informative (01)
    ev = events("وقال المتحدث العسكري إن ميليشيات الحوثي الانقلابية قصفت مواقع الجيش في تعز.", sign_model=False)
    row = ev[ev["unit"] == "statement"]
    assert row["event_code"].tolist() == ["01"] and "labels of a fight reported" in row["evidence"].iloc[0]
    assert ev.loc[ev["unit"] == "event", "event_code"].tolist() == ["18"]
    # a word of criticism besides the labels keeps the criticism; labels without a fight reported too
    ev = events("وقال المتحدث العسكري إن ميليشيات الحوثي الانقلابية قصفت مواقع الجيش في عمل إجرامي.", sign_model=False)
    assert ev.loc[ev["unit"] == "statement", "event_code"].tolist() == ["11"]
    ev = events("وقال المتحدث العسكري إن ميليشيات الحوثي الانقلابية لا تريد السلام.", sign_model=False)
    assert ev.loc[ev["unit"] == "statement", "event_code"].tolist() == ["11"]


def test_a_verb_form_after_the_normalised_ala_or_ila_is_its_verbal_noun() -> None:
    # round 60: the words before a verbal noun (events._NOUN_BEFORE_RE) are read in normalised text, where على and
    # إلى are written علي and الي; the forms with alef maqsura never matched
    from q7x2lib.arabic import normalize
    from q7x2lib.events import _verbal_noun
    for text, word in (("اقدم الرجل على قتل جاره", "قتل"), ("تعرضت البلدة إلى قصف عنيف", "قصف")):
        norm = normalize(text)
        assert _verbal_noun(norm, norm.index(normalize(word))), text
    norm = normalize("المقاومة قتلت القائد")
    assert not _verbal_noun(norm, norm.index("قتلت"))


def test_a_request_after_binaan_ala_keeps_its_maker_after_min() -> None:
    # round 60: the verb form طلب after على is its verbal noun (_verbal_noun); after a word of maker_noun_opener
    # the actor after its من is still who made the request (events._maker_after_min), not whom it asks
    from q7x2lib.arabic import normalize
    from q7x2lib.events import _verbal_noun
    text = "وحضر الوزير الجلسة بناء على طلب من الحكومة الأردنية."
    assert _verbal_noun(normalize(text), normalize(text).index("طلب"))  # the case this guards
    ev = events(text, sign_model=False)
    row = ev[(ev.unit == "event") & (ev.trigger == "طلب")]
    assert row[["source_code", "target_code"]].values.tolist() == [["JORGOV", None]]


def test_seeking_knowledge_is_no_request() -> None:
    # round 60, trigger_other_sense طلب >العلم، >علم: seeking knowledge, a pursuit, not a request made of anyone
    for text in ("وأمضى الشيخ عمره في طلب العلم.", "وقضى الداعية سنوات في طلب علم الحديث."):
        assert not events(text, with_statements=False)["trigger"].str.contains("طلب").any(), text
    assert "02" in events("وطلب المحافظ من البلدية إزالة المخالفات.", with_statements=False)["event_code"].tolist()


def test_a_phrase_row_is_found_on_the_head_of_a_body_set_in_a_place() -> None:
    # round 60: the mention layer joins a body and the place it is set in (الشرطة في ولاية تكساس); a row with no
    # role for the body's words still holds for it, not for a body of which it is the place (مصادر في الشرطة)
    from q7x2lib.events import _phrase_code

    by_phrase = {("الشرطة", "USACOP"): "USAGOV"}
    assert _phrase_code(by_phrase, "والشرطة في ولاية تكساس", "USACOP", "target") == "USAGOV"
    assert _phrase_code(by_phrase, "مصادر في الشرطة", "USACOP", "target") == "USACOP"


def test_find_events_weighs_the_states_of_its_articles_once(monkeypatch) -> None:
    """The most mentions one state has in each article is computed once a call, not once for each rule reading it."""
    import q7x2lib.events as ev_module

    calls = []
    original = ev_module._top_counts

    def counted(counts):
        calls.append(1)
        return original(counts)

    monkeypatch.setattr(ev_module, "_top_counts", counted)
    ev = events("قصفت إيران مواقع الحوثيين في صنعاء. وتم القبض على رجلين في الرياض.", with_statements=False)
    assert not ev.empty
    assert len(calls) == 1


def test_a_council_approving_its_own_appointments_is_no_event() -> None:
    """وافق ... على تعيين / تفويض: an appointment or an authorisation inside one body is no act between actors; the
    same verb approving something else stays an approval."""
    internal = act_codes("وافق مجلس الادارة في الشركة على تعيين مدير عام جديد للفرع.", "وافق")
    kept = act_codes("ووافقت الحكومة المصرية على عرض قدمته تركيا.", "وافق")
    assert internal == []
    assert kept == ["05"]


def test_regulating_a_setting_or_attendance_is_no_seizure() -> None:
    """ضبط before what is set or regulated (word list regulated_not_seized) seizes nothing; before people it stays an arrest."""
    assert act_codes("وتعمل البلدية على تركيب أجهزة جديدة لضبط الحضور والانصراف في مكاتبها.", "ضبط") == []
    assert act_codes("ينصح الخبراء بضبط درجة الحرارة في المنازل.", "ضبط") == []
    assert act_codes("دعت الحكومة الأطراف إلى ضبط النفس.", "ضبط") == []
    assert act_codes("تمكنت الشرطة في المدينة من ضبط ثلاثة مهربين.", "ضبط") == ["17"]


def test_conjunction_before_a_hamza_word_is_no_approval() -> None:
    """وأفقدته، وأفقه read وافق once the hamza is normalised away; as written they are و + أفقد / أفق, no approval."""
    assert act_codes("وأفقدته الحكومة المصرية منصبه بعد أن استقبل وزير الخارجية الأمريكي.", "أفق") == []
    assert act_codes("قال الوزير إن الأردن وأفقه السياسي ثابت.", "أفق") == []
    assert act_codes("ووافقت الحكومة المصرية على عرض قدمته تركيا.", "وافق") == ["05"]


def test_approval_in_the_present_with_ala_is_an_event() -> None:
    """توافق على (she approves) is the present of وافق as يوافق is; the bare noun توافق (consensus) stays no event."""
    assert act_codes("الحكومة المصرية توافق على عرض قدمته تركيا.", "توافق") == ["05"]
    assert act_codes("وأكد أن هناك توافق وطني بين الأحزاب المصرية.", "توافق") == []


def test_a_goal_after_the_subject_of_a_verb_of_targeting_makes_it_aim_at() -> None:
    # made up, round 65 (word lists aim_verb, aim_object, aim_object_not_after; event_senses._aims_at): a verbal
    # noun or a level after the subject, or one of the new goals right after the verb, is what is aimed at
    for text in ("ويستهدف المعرض الجديد استقطاب آلاف الزوار من المنطقة.",
                 "وتستهدف الجمعية بحسب نظامها الإشراف على المراكز الصيفية.",
                 "وتوقع المحلل أن تستهدف الأسهم مستوى 7500 نقطة الأسبوع المقبل.",
                 "وتستهدف الشركة الوصول إلى مليون مشترك."):
        assert events(text, with_statements=False)["event_code"].ne("18").all(), text
    # an attack stays, its target a building named after a goal's noun or a purpose told after it
    for text in ("واستهدفت طائرات مسيرة مبنى مكافحة المخدرات في المدينة.",
                 "واستهدف المسلحون نقطة تفتيش لوحدات حماية الحدود.",
                 "واستهدفت الجماعة مقر الشرطة بهدف زعزعة الأمن."):
        assert "18" in events(text, with_statements=False)["event_code"].tolist(), text


def test_the_war_as_a_time_a_cause_or_a_title_is_no_war_waged() -> None:
    # made up, round 65 (word lists topic_war_before, topic_war_after; event_senses._topic_war): the new words
    # before it, and a word after it read without the punctuation glued to it
    for text in ("ووثق التقرير انتهاكات ارتكبها الجيش السوداني خلال استمرار الحرب في الجنوب.",
                 "وقال الشهود إن الجيش الحكومي هدم المنازل بسبب الحرب في الإقليم.",
                 "وتحدث اللاجئون عن جرائم ارتكبتها قوات الجيش وقت الحرب في البلاد.",
                 "ورصدت المنظمة انتهاكات ارتكبها الجيش السوداني في الحرب الأهلية."):
        assert events(text, with_statements=False)["event_code"].ne("19").all(), text
    # a war waged stays
    assert "19" in events("وشنت الميليشيات الحرب على القرى الحدودية.", with_statements=False)["event_code"].tolist()


def test_destruction_by_floods_or_landslides_has_no_doer() -> None:
    # made up, round 65 (word list killing_by_nature تدمير، دمرت; natural_death_cause انزلاق، انزلاقات)
    for text in ("وقالت السلطات الهندية إن الأمطار الموسمية تسببت في تدمير آلاف المنازل في الولاية.",
                 "وأدت انزلاقات التربة في نيبال إلى تدمير مئات المنازل والطرق."):
        assert events(text, with_statements=False)["event_code"].ne("18").all(), text
    # destruction by a doer stays
    assert "18" in events("ودمرت طائرات التحالف مخازن أسلحة للميليشيات في صعدة.",
                          with_statements=False)["event_code"].tolist()


def test_preaching_and_participants_agreeing_in_opinion_are_no_invitation_and_no_agreement() -> None:
    # made up, round 65 (word list trigger_other_sense دعوة* <مناشط، <اقسام، >والثقافة، >والاصلاح; اتفق* >المجتمع،
    # >المشارك)
    for text in ("ودعمت وزارة الشؤون الإسلامية السعودية مناشط الدعوة في المحافظة.",
                 "وتستقبل جامعة الأزهر المصرية الطلاب في أقسام الدعوة والثقافة الإسلامية.",
                 "ويستغل التنظيم المتطرف الشباب بحجج الدعوة والإصلاح ليحرضهم على الحكومة السعودية."):
        assert events(text, with_statements=False)["event_code"].ne("03").all(), text
    for text in ("وناقش مجلس الغرفة التجارية خطة المعارض، واتفق المجتمعون على أهمية دعم الأسر المنتجة.",
                 "واتفق المشاركون في ورشة وزارة الصحة على ضرورة تحديث الأنظمة."):
        assert events(text, with_statements=False)["event_code"].ne("05").all(), text
    # an invitation sent and an agreement between two sides stay
    assert "03" in events("ووجهت الحكومة المصرية الدعوة إلى قادة الدول للمشاركة في الحفل.",
                          with_statements=False)["event_code"].tolist()
    assert "05" in events("واتفقت وزارة التعليم مع شركة تأمين على تغطية المبتعثين.",
                          with_statements=False)["event_code"].tolist()


def test_an_inspection_visit_and_the_war_against_as_a_topic_are_no_acts() -> None:
    # made up, round 66 (word lists trigger_other_sense زيارة >تفقدي, topic_war_after ضد): an official's inspection
    # of his own sites, and the war against a group named as a topic
    assert events("وقام وزير الصحة المصري بزيارة تفقدية لمستشفى القاهرة الجامعي أمس.",
                  with_statements=False)["event_code"].ne("04").all()
    assert events("واستغلت الحكومة التركية الحرب ضد تنظيم داعش غطاء لضرب الأكراد.",
                  with_statements=False)["event_code"].ne("19").all()
    # a visit, and a war waged with its doer between verb and noun (word list split_verb_phrase تخوض* الحرب), stay
    assert "04" in events("وزار وزير الصحة المصري مستشفى القاهرة الجامعي أمس.", with_statements=False)["event_code"].tolist()
    assert "19" in events("وتخوض القوات المصرية الحرب ضد المتشددين في سيناء.",
                          with_statements=False)["event_code"].tolist()


def test_headline_acts_arrest_execution_farewell_and_funeral_prayer() -> None:
    # made up, round 66 (event_patterns يقبض على, القصاص with word list field_opening, كان في وداع*, يؤدي الصلاة على)
    assert act_codes("الأمن المصري يقبض على خلية إرهابية في العريش", "يقبض") == ["17"]
    assert act_codes("القصاص من مواطن قتل آخر في الباحة", "القصاص") == ["18"]
    assert act_codes("أمير منطقة عسير يؤدي الصلاة على شهداء الواجب", "الصلاة") == ["05"]
    farewell = events("وكان في وداع الرئيس الباكستاني لدى مغادرته مطار الملك عبدالعزيز الدولي أمير منطقة مكة المكرمة "
                      "الأمير خالد الفيصل.", with_statements=False)
    assert farewell[["event_code", "source_code", "target_code"]].values.tolist() == [["04", "SAUGOV", "PAKGOV"]]
    # a wage received, and retribution called for in a body, are no acts
    assert act_codes("وقال إن العامل المصري يقبض راتبه كل شهر.", "يقبض") == []
    assert act_codes("ودعا الشيخ إلى القصاص من القتلة في المحكمة.", "القصاص") == []


def test_an_official_arriving_in_another_state_is_a_visit() -> None:
    # made up, round 67 (event_patterns وصل/وصلت/يصل/تصل with word list arrival_act, events._arrival_act)
    arrival = events("ووصل وزير الخارجية المصري إلى الأردن مساء أمس.", with_statements=False)
    assert arrival[["event_code", "source_code", "target_code"]].values.tolist() == [["04", "EGYGOV", "JORGOV"]]
    assert act_codes("الرئيس التركي يصل الرياض", "يصل") == ["04"]
    # a figure, a flight, troops within their own state and a thing arriving are no visit
    assert act_codes("ووصل عدد المصابين إلى 40 شخصا.", "وصل") == []
    assert act_codes("ووصلت رحلة تقل 120 معتمرا إلى جدة.", "وصلت") == []
    assert act_codes("ووصلت القوات العراقية إلى مدينة الرمادي.", "وصلت") == []
    # an arrival that opens an aid delivery or a visit is coded once, as that act
    aid = events("ووصلت طائرة إغاثة سعودية إلى مطار صنعاء.", with_statements=False)
    assert aid["event_code"].tolist() == ["07"]
    visit = events("ووصل الرئيس التركي إلى الرياض في زيارة رسمية.", with_statements=False)
    assert visit["event_code"].tolist() == ["04"] and " ... " in visit["trigger"].iloc[0]


def test_a_meeting_of_a_committee_or_a_council_is_its_own_sitting() -> None:
    # made up, round 67 (word list trigger_other_sense اجتماع >لجن, >مجلس, >هيئ and their definite forms)
    assert act_codes("وترأس وزير الصحة المصري أمس اجتماع اللجنة الفنية بمقر الوزارة.", "اجتماع") == []
    assert act_codes("وأكد الرئيس التونسي خلال اجتماع مجلس الوزراء أن الانتخابات ستجري في موعدها.", "اجتماع") == []
    assert act_codes("وناقش اجتماع الهيئة العامة للائتلاف الملف السياسي.", "اجتماع") == []
    # a meeting between two states' officials stays
    assert act_codes("وعقد وزير الخارجية المصري اجتماعا مع نظيره الأردني في عمان.", "اجتماع") == ["04"]


def test_an_act_pointed_at_by_a_demonstrative_is_no_new_act() -> None:
    text = "وشنت الطائرات غارات على مواقع المسلحين. وقال المتحدث إن هذه الغارات دمرت مخازن السلاح."
    ev = events(text, with_statements=False)
    assert ev.loc[ev["event_code"] == "18", "trigger"].tolist() == ["وشنت ... غارات"]
    ev = events("وشنت الطائرات غارات على مواقع المسلحين. وأدان الوزير الغارات الأخيرة.", with_statements=False)
    assert len(ev[ev["event_code"] == "18"]) == 2  # named again without a demonstrative: as before


def test_a_scraped_footer_tells_no_act() -> None:
    text = ("أعلنت الشرطة القبض على ثلاثة متهمين بالسرقة في جدة.\n"
            "رابط الخبر بصحيفة الوئام: الشرطة تقبض على عصابة سرقة في جدة")
    ev = events(text, with_statements=False)
    assert ev["start"].max() < text.index("رابط الخبر")
    ev = events(text.replace("رابط الخبر بصحيفة الوئام: ", ""), with_statements=False)
    assert ev["start"].max() > text.index("رابط الخبر") - 30  # the same line with no footer head is read


def test_a_rescue_of_a_person_named_after_it_is_aid() -> None:
    ev = events("وتمكن رجال الدفاع المدني من إنقاذ طفل من الغرق في شاطئ العقير.", with_statements=False)
    assert "07" in ev.loc[ev["trigger"].str.contains("نقاذ"), "event_code"].tolist()
    for text in ("وأوضح الطبيب وجود خيارين لإنقاذ الطفلة من الإصابة.", "وبدأت المفاوضات حول خطة إنقاذ اليونان."):
        ev = events(text, with_statements=False)
        assert not ev["trigger"].str.contains("نقاذ").any(), text


def test_an_arrival_that_carries_aid_is_the_aid_delivered() -> None:
    ev = events("ووصلت سفينة سعودية محملة بالمساعدات الغذائية إلى ميناء عدن أمس.", with_statements=False)
    assert ev.loc[ev["trigger"].str.startswith("ووصلت"), "event_code"].tolist() == ["07"]
    for text in ("ووصلت قوات الجيش إلى وسط المدينة أمس.",
                 "وقال إن المواد الطبية التي وصلت على متن الطائرة الإغاثية ستوزع على المستشفيات."):
        ev = events(text, with_statements=False)
        assert not ev["trigger"].str.contains("وصلت").any(), text


def test_a_rescue_with_no_doer_in_a_home_story_is_its_police_and_an_aid_craft_gives_its_aid() -> None:
    def coded_with_outlet(text: str) -> list:
        df = pd.DataFrame({"doc_id": ["d"], "title": [None], "published": [DATE], "outlet": ["sabq"],
                           "text_clean": [text]})
        ev = find_events(df, mentions=find_mentions(df))
        return ev[["trigger", "source_code", "event_code"]].values.tolist()

    assert coded_with_outlet("وتمكنت فرقة من إنقاذ طفل من الغرق في شاطئ العقير بالأحساء أمس.") == [
        ["إنقاذ", "SAUCOP", "07"]]
    assert ["ووصلت", "SAUGOV", "07"] in coded_with_outlet(
        "ووصلت سفينة سعودية محملة بالمساعدات الغذائية إلى ميناء عدن أمس.")


def test_an_act_pointed_at_after_its_verb_and_subject_is_the_act_told() -> None:
    # the verb that governs the noun may have its subject between (تبنت حركة ... هذا الهجوم): the claim tells the act
    text = "وتبنت حركة طالبان هذا الهجوم على قاعدة عسكرية في قندوز."
    assert act_codes(text, "الهجوم") == ["18"]
    assert act_codes("وتبنت جماعة مسلحة جنوبية غالبية هذه الهجمات على الحدود.", "الهجمات") == ["18"]
    # a verb before a clause break governs nothing after it
    assert act_codes("وشنت الطائرات غارات على المدينة، وقال الوزير إن هذه الغارات دمرت مخازن.", "^الغارات") == []


def test_an_aid_arrival_takes_no_doer_of_the_sentence_before() -> None:
    text = ("وكان التحالف العربي بقيادة السعودية أعلن السبت هدنة إنسانية لمدة خمسة أيام، تتوقف خلالها الغارات التي "
            "يشنها، وذلك بهدف تسهيل إيصال المساعدات الإنسانية إلى السكان. ووصلت سفينة سعودية محملة بأربعة آلاف طن من "
            "المساعدات الغذائية إلى ميناء المعلا.")
    ev = events(text)
    assert ev.loc[ev["trigger"].eq("ووصلت"), ["source_code", "event_code"]].values.tolist() == [["SAUGOV", "07"]]


def test_the_aid_an_arrival_carries_is_no_second_act() -> None:
    ev = events("ووصلت طائرة المساعدات الإماراتية إلى مطار المكلا أمس.", with_statements=False)
    assert ev["trigger"].tolist() == ["ووصلت"]
    # aid given in the next clause of its sentence, past the arrival's reach, stays its own act
    ev = events("ووصلت سفينة محملة بالمساعدات إلى ميناء عدن أمس بعد أيام من الانتظار الطويل في البحر، فيما قدمت الإمارات "
                "مساعدات طبية للمستشفيات.", with_statements=False)
    assert len(ev[ev["event_code"] == "07"]) == 2


def test_a_grant_of_a_licence_loan_or_citizenship_is_an_act_and_the_opportunity_is_none() -> None:
    # made up (round 70, issue 16): event_patterns منح* تراخيص / قرضا / الجنسية with split_verb_phrase; the bare
    # منح is the verbal noun whose genitive is the receiver (word list receiver_genitive_noun)
    ev = events("وكانت وزارة التجارة قررت منح المطورين العقاريين تراخيص بيع الأراضي.", with_statements=False)
    assert ev["event_code"].tolist() == ["05"]
    ev = events("وأقر الاتحاد الأوروبي منح اليونان قرضا جديدا.", with_statements=False)
    assert ev[["event_code", "source_code", "target_code"]].values.tolist() == [["07", "IGO", "GRC"]]
    ev = events("ومنحت الحكومة الإيرانية قادة الميليشيات الجنسية الإيرانية.", with_statements=False)
    assert ev[["event_code", "source_code"]].values.tolist() == [["05", "IRNGOV"]]
    assert events("وأتاح القرار منح الفرصة للشباب.", with_statements=False).empty


def test_the_people_a_rescue_saves_are_its_target_civilians() -> None:
    # made up (round 70, issue 16): events._rescue_trigger, _counted_people_target(people="rescued_person"); after
    # its doer when the doer follows the verb
    for text, surface in (("وتمكنت فرق الدفاع المدني من إنقاذ المحتجزين الثلاثة.", "المحتجزين"),
                          ("أنقذت فرق البحث والإنقاذ طفلا من الغرق في جدة.", "طفلا")):
        ev = events(text, with_statements=False)
        assert ev[["event_code", "target_code", "target_surface"]].values.tolist() == [["07", "SAUCVL", surface]], text


def test_a_doer_named_after_a_title_abbreviation_is_the_source_not_the_target() -> None:
    # rules-split shapes (round 70, issue 16): the clause runs over «د.» and «م.» (_clause_end past_abbreviations,
    # _TITLE_ABBREVIATION_RE); the actor right after a title that follows the verb is its doer (_after_title)
    ev = events("استقبل د. عبدالله الربيعة أمس وفد اللجنة الكويتية العليا للإغاثة.", with_statements=False)
    assert ev.loc[ev["trigger"] == "استقبل", ["source_surface", "target_code"]].values.tolist() == [
        ["عبدالله الربيعة", "KWTGOV"]]
    # the office and the name after its abbreviated title are one mention (round 70, offices), the doer, no target
    ev = events("وزار أمين جدة د. هاني أبو راس فعاليات المهرجان.", with_statements=False)
    assert ev[["source_code", "source_surface", "target_code"]].values.tolist() == [
        ["SAUGOV", "أمين جدة د. هاني أبو راس", None]]
    ev = events("كما كرّم وزير العمل الأسبق م. عادل فقيه المجموعة.", with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist() == [["SAUGOV", None]]
    # after a preposition the titled person is the object
    ev = events("وأجرى وزير الخارجية السعودي اتصالا هاتفيا مع د. عبدالله الربيعة.", with_statements=False)
    assert ev["target_surface"].tolist() == ["عبدالله الربيعة"]


def test_an_aid_arrival_takes_the_giver_named_after_its_craft() -> None:
    # rules-split shapes (round 70, issue 16): word list aid_giver_word, events._aid_giver_after; the giver is no
    # target, the place after إلى is
    ev = events("كما وصلت سفينة ثانية إلى ميناء عدن محملة بمساعدة طبية أرسلتها دولة الإمارات العربية المتحدة.",
                with_statements=False)
    assert ev.loc[ev["trigger"] == "وصلت", ["event_code", "source_code"]].values.tolist() == [["07", "AREGOV"]]
    ev = events("120 يمنيا عالقا يصلون إلى اليمن ضمن برنامج خصصه مركز الملك سلمان للإغاثة والأعمال الإنسانية",
                with_statements=False)
    assert ev[["source_code", "target_code"]].values.tolist() == [["SAUGOV", "YEM"]]


def test_the_one_honoured_is_the_genitive_of_the_honour_noun() -> None:
    # made up (round 71, issue 16): word list receiver_genitive_noun تكريم, read by events._object_genitive; the doer
    # stays the actor before
    ev = events("وأعلن طيران ناس تكريم قائد الطائرة يوسف الزير في الرياض.", with_statements=False)
    assert ev[["event_code", "source_surface", "target_surface"]].values.tolist() == [
        ["05", "طيران ناس", "قائد الطائرة يوسف الزير"]]


def test_the_people_an_honour_is_given_to_are_its_target_civilians() -> None:
    # made up (round 71, issue 16): word lists honour_act and honoured_person, read by
    # events._counted_people_target(people="honoured_person"); after its doer when the doer follows the verb
    for text, surface in (("وفي ختام الحفل بالرياض تم تكريم الفائزين بالمسابقة.", "الفائزين"),
                          ("وكرم أمير منطقة الرياض المتفوقين في الأنشطة الصيفية.", "المتفوقين")):
        ev = events(text, with_statements=False)
        assert ev[["event_code", "target_code", "target_surface"]].values.tolist() == [["05", "SAUCVL", surface]], text


def test_the_people_a_visit_goes_to_are_its_target_not_the_place_they_are_in() -> None:
    # made up (round 71, issue 16): word lists eid_visit_act and visited_person, read by
    # events._counted_people_target(people="visited_person", lam=True); before the hospital named after them
    for text, surface in (("محافظ الخرج يعايد المرضى المنومين في مستشفى الملك خالد", "المرضى"),
                          ("وقامت الجمعية بزيارة لنزلاء دار الرعاية الاجتماعية بالرياض.", "لنزلاء")):
        ev = events(text, with_statements=False)
        assert ev[["event_code", "target_code", "target_surface"]].values.tolist() == [["04", "SAUCVL", surface]], text
    # the family of a person named right after it is of his country (events._people_of_named)
    ev = events("وزار النائب الكويتي أسرة عماد مغنية في بيروت.", with_statements=False)
    assert ev[["source_code", "target_code", "target_surface"]].values.tolist() == [["KWTLEG", "LBNCVL", "أسرة"]]
    # a verb's people with no doer found may be its doer, not whom it visits
    ev = events("زار الطلاب المشاركون في البرنامج المؤسسة العامة لتحلية المياه المالحة.", with_statements=False)
    assert ev["target_surface"].tolist() != ["الطلاب"]


def test_people_found_in_a_place_abroad_are_civilians_of_its_country() -> None:
    # made up (round 71, issue 16): events._people_place_country, read by _counted_people_target; the place after
    # ب or في in the people's clause gives their country, not the article's
    ev = events("وتمكنت فرق الإنقاذ من إنقاذ 6 عمال عالقين منذ أسبوع في قاع منجم بالصين.", with_statements=False)
    assert ev[["event_code", "target_code"]].values.tolist() == [["07", "CHNCVL"]]
    ev = events("وقامت الشرطة بالقبض على شخصين في جدة.", with_statements=False)
    assert ev["target_code"].tolist() == ["SAUCVL"]


def test_a_meeting_named_after_that_is_the_meeting_already_found() -> None:
    # made up (round 71, issue 16): word lists meeting_after_that_noun and meeting_after_that_particle, read by
    # event_senses._meeting_after_that; أن اللقاء، أن الزيارة after a meeting found earlier name it again
    for text, word in (("التقى وزير الخارجية السعودي نظيره الأردني في الرياض. وأشار الوزير إلى أن اللقاء بحث سبل "
                        "التعاون مع الأردن.", "اللقاء"),
                       ("استقبل أمير منطقة الرياض السفير الأمريكي. وأكد السفير أن الزيارة تهدف إلى تعزيز العلاقات "
                        "مع المملكة.", "الزيارة")):
        ev = events(text, with_statements=False)
        assert word not in ev["trigger"].tolist() and ev["event_code"].tolist()[0] == "04", text
    # with no meeting found before it, the noun is the meeting told
    ev = events("وأكد الوزير أن الاجتماع مع الوفد الإيراني بحث الملف النووي.", with_statements=False)
    assert "الاجتماع" in ev["trigger"].tolist()


def test_a_meeting_right_before_the_talks_held_in_it_is_their_setting() -> None:
    # made up (round 73, issue 16): event_senses._meeting_before_its_act; a definite meeting noun (word list
    # meeting_after_that_noun) right before an act of its root is where that act was held, no meeting of its own
    for text in ("وجرى خلال الاجتماع بحث الأوضاع الإنسانية في اليمن مع المبعوث الأممي.",
                 "كما تم خلال اللقاء بحث تطوير التعاون العلمي بين الجامعة والسفارة الأمريكية."):
        ev = events(text, with_statements=False)
        assert ev["event_code"].tolist() == ["04"], text
        assert not ev["trigger"].str.contains("الاجتماع|اللقاء").any(), text
    # a verbal noun no pattern codes after it leaves the meeting its row
    ev = events("وجرى خلال الاجتماع الثنائي مناقشة مجالات التعاون العسكري مع الوفد الأمريكي.", with_statements=False)
    assert "الاجتماع" in ev["trigger"].tolist()


def test_a_definite_meeting_with_no_other_side_is_no_meeting_between_actors() -> None:
    # made up (round 75, issue 16): word lists partnered_meeting_noun and meeting_partner_word, read by
    # event_senses._meeting_partner; the bare definite الاجتماع with no other side named in its clause is a meeting
    # told again or a body's own sitting
    for text in ("ترأس مدير التعليم بالمنطقة الاجتماع الدوري لمديري المدارس بحضور المساعدين.",
                 "وناقش الاجتماع تقارير سير العمل في مراكز الرعاية الصحية."):
        ev = events(text, with_statements=False)
        assert "الاجتماع" not in ev["trigger"].tolist(), text
    # a partner named after it in its clause keeps the meeting
    for text in ("جاء ذلك في الاجتماع الذي جمع وزير الخارجية السعودي بنظيره الأردني في الرياض.",
                 "وعقد الوزير الاجتماع مع السفير الأمريكي في مكتبه."):
        ev = events(text, with_statements=False)
        assert ev["trigger"].str.contains("الاجتماع").any(), text


def test_she_investigates_is_an_investigation_unless_it_was_achieved() -> None:
    # made up (round 75, issue 16): event_patterns row تحقق في (09) beside يحقق في, and trigger_other_sense
    # تحقق في <الذي / <ما: after a relative or ما it is "was achieved in", no investigation
    ev = events("وزارة الصحة تحقق في شكوى مواطن ضد مستشفى الولادة.", with_statements=False)
    assert ev[["trigger", "event_code"]].values.tolist() == [["تحقق في", "09"]]
    for text in ("وأشاد الوزير بالنجاح الذي تحقق في إدارة المدينة الصناعية.",
                 "وارتفعت الأرباح مقارنة بما تحقق في الربع الأول من العام."):
        ev = events(text, with_statements=False)
        assert not ev["trigger"].str.contains("تحقق").any(), text


def test_a_natural_hazard_that_strikes_is_no_assault() -> None:
    # made up (round 75, issue 16): trigger_other_sense ضرب* >زلزال (>اعصار، >عاصف ...): a disaster as the subject
    # right after ضرب is no strike by an actor
    ev = events("ضرب زلزال بلغت قوته 6 درجات على مقياس ريختر اليوم باكستان وأفغانستان.", with_statements=False)
    assert not ev["trigger"].str.contains("ضرب").any()
    ev = events("ضربت القوات الحكومية مواقع المسلحين في شمال البلاد.", with_statements=False)
    assert ev["trigger"].str.contains("ضربت").any()


def test_completing_the_investigation_as_the_purpose_of_a_handover_is_no_investigation() -> None:
    # made up (round 73, issue 16): trigger_other_sense التحقيق <لاستكمال اجراءات (two words before, in order,
    # event_senses._after_words); the referral is the act, the investigation its purpose
    text = "وتمت إحالة أوراق الحادثة إلى هيئة التحقيق والادعاء العام لاستكمال إجراءات التحقيق بحسب الاختصاص."
    assert events(text, with_statements=False)["event_code"].ne("09").all()
    # without the ل of purpose it is an investigation under way
    ev = events("وباشرت الشرطة استكمال إجراءات التحقيق في الحادثة.", with_statements=False)
    assert "09" in ev["event_code"].tolist()


def test_the_people_a_visit_checks_on_are_its_target_not_the_hospital() -> None:
    # made up (round 73, issue 16): word lists checked_on_cue, checked_on_skip and checked_on_person, read by
    # events._checked_on_people; للاطمئنان على وضع المصابين after the hospital visited names whom the visit is for
    for text in ("وزار الوزير مستشفى الملك فهد المركزي بجازان للاطمئنان على وضع المصابين جراء الأحداث.",
                 "وقام محافظ عنيزة بزيارة لمستشفى الملك سعود مساء أمس للاطمئنان على مصابي حادث انقلاب حافلة."):
        ev = events(text, with_statements=False)
        assert ev[["event_code", "target_code"]].values.tolist() == [["04", "SAUCVL"]], text
    # checking on the work done names no people
    ev = events("وزار الوزير مستشفى الملك فهد المركزي بجازان للاطمئنان على سير العمل.", with_statements=False)
    assert ev["target_code"].ne("SAUCVL").all()


def test_the_one_congratulated_is_the_object_of_the_verb_of_congratulation() -> None:
    # made up (round 72, issue 16): word lists congratulation_verb and congratulated_own_people, read by
    # events._congratulated for a statement whose cue no pattern codes (هنأ، يهنئ): the object after the cue, or
    # after the speaker written there; the staff or audience (الجميع، منسوبي) take the speaker's own code
    cases = (("أمير القصيم يهنئ الملك بنجاح موسم العمرة.", "الملك", "SAUGOV"),
             ("عقد وزير الثقافة والإعلام السعودي اجتماعا مع وكلاء الوزارة. وهنأ معاليه الجميع بعيد الفطر السعيد.",
              "الجميع", "SAUGOV"),
             ("وهنأ مجلس الوزراء جمهورية مصر العربية على افتتاح المشروع.", "جمهورية مصر العربية", "EGYGOV"))
    for text, surface, code in cases:
        ev = events(text, sign_model=False)
        said = ev[ev["unit"].eq("statement") & ev["trigger"].str.contains("هن")]
        assert said[["target_surface", "target_code"]].values.tolist() == [[surface, code]], text
    # a word between the cue's subject and its object: no target is guessed
    ev = events("وهنأ وزير الثقافة والإعلام بهذه المناسبة الجميع.", sign_model=False)
    said = ev[ev["unit"].eq("statement") & ev["trigger"].str.contains("هن")]
    assert said["target_code"].isna().all()


def test_azat_attributing_a_cause_is_an_informative_statement_not_a_condolence() -> None:
    # made up: a company attributes its losses to higher costs (عزت: the feminine of عزا), no condolence (05)
    ev = events("وعزت الشركة تراجع أرباحها خلال الربع الثاني إلى ارتفاع تكاليف التشغيل.")
    row = ev[ev["unit"] == "statement"]
    assert not row.empty and (row["event_code"] == "01").all() and (row["goldstein"] == 0.0).all()


def test_a_content_word_inside_a_persons_name_casts_no_vote() -> None:
    # made up: the family name العدواني holds the content pattern عدوان* (aggression); an airport's figures said by
    # a man of that name are informative, not a criticism (11)
    for text in ("وأوضح مدير مطار أبها فهد العدواني أن حركة المسافرين تزايدت خلال الأسبوع الماضي.",
                 "وقال المواطن حمد العدواني إن الحديقة افتتحت أمس."):
        ev = events(text, sign_model=False)
        row = ev[ev["unit"] == "statement"]
        assert not row.empty and (row["event_code"] == "01").all(), row[["event_code", "evidence"]].values.tolist()
    # a word of aggression in what is said still votes
    ev = events("وقال المواطن حمد العدواني إن العدوان على المدينة مستمر.", sign_model=False)
    assert (ev.loc[ev["unit"] == "statement", "event_code"] == "11").any()


def test_talib_the_noun_before_a_word_of_study_or_an_applicants_object_is_no_demand() -> None:
    # made up (round 74): طالب جامعي، طالب الدكتوراه، طالب التنفيذ name a student or an applicant (word list
    # trigger_other_sense), no demand (10) nor appeal
    for text in ("وتوجه طالب جامعي إلى المستشفى للتبرع بالدم.", "وحصل طالب الدكتوراه أحمد الزهراني على الجائزة.",
                 "وتتيح الخدمة طالب التنفيذ متابعة طلبه إلكترونيا."):
        ev = events(text, sign_model=False)
        assert not ev["event_code"].isin(["10", "02"]).any(), ev[["event_code", "evidence"]].values.tolist()
    assert (events("فيما طالب الأهالي البلدية بإصلاح الطريق.", sign_model=False)["event_code"].isin(["10", "02"])).any()


def test_azat_as_a_personal_name_is_no_statement() -> None:
    # made up (round 74): the name عزت (الفنان عزت العلايلي، محمود عزت) with no إلى after it is no verb of attributing
    for text in ("كشف الفنان المصري عزت العلايلي أن تجسيده الدور سيكون صعبا.",
                 "وتأجيل محاكمة نائب المرشد محمود عزت و16 آخرين لجلسة أكتوبر."):
        ev = events(text, sign_model=False)
        assert not ev["evidence"].str.startswith("عزت").any(), ev[["unit", "evidence"]].values.tolist()
    ev = events("عزت الشركة تراجع أرباحها خلال الربع الثاني إلى ارتفاع التكاليف.", sign_model=False)
    assert ev["evidence"].str.startswith("عزت").any()


def test_urging_as_an_aim_is_no_appeal_and_the_urging_participle_is_its_own_statement() -> None:
    # made up (round 74): يهدف إلى حث، لحث (the aim of a programme or an act) make no appeal of the statement that
    # reports them; حاثا is a statement of its own (02), the one before it stays informative
    for text in ("وبين المدير أن المركز يهدف إلى حث المواطنين على المشاركة في الأعمال التطوعية.",
                 "وأكد المدير عملهم مع الوزارة لحث غير المسجلين على التسجيل."):
        ev = events(text, sign_model=False)
        assert not ev["event_code"].eq("02").any(), ev[["event_code", "evidence"]].values.tolist()
    ev = events("وأوضح المدير أن المشروع يهدف لتوفير المعلومات، حاثا كل الولايات على توفير معلومات دقيقة.",
                sign_model=False)
    rows = ev[ev["unit"] == "statement"]
    assert rows["event_code"].tolist() == ["01", "02"] and rows["evidence"].str.startswith("حاثا").tolist() == [False, True]
