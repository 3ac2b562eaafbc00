"""Directed events: how an act's source and target are chosen (small rules, made-up sentences)."""

from __future__ import annotations

import pandas as pd

from q7x2lib.events import find_events
from q7x2lib.mentions import find_mentions
from q7x2lib.statements import find_statements

DATE = pd.Timestamp("2015-07-30")


def events(text: str) -> pd.DataFrame:
    df = pd.DataFrame({"doc_id": ["d"], "title": [None], "published": [DATE], "text_clean": [text]})
    mentions = find_mentions(df)
    return find_events(df, mentions=mentions, statements=find_statements(df, mentions=mentions), sign_model=False)


def test_a_future_doer_verb_in_a_relative_clause_names_the_acts_source() -> None:
    # الزيارة التي سيقوم بها الوفد: the future prefix of يقوم does not hide the doer after it
    ev = events("وقالت وزارة الخارجية الأمريكية إن الزيارة التي سيقوم بها وفد الأمم المتحدة إلى عدن مهمة.")
    visit = ev[ev["unit"] == "event"]
    assert visit["source_code"].tolist() == ["IGO"]


def test_a_state_forces_unnamed_clash_side_is_its_countrys_insurgents() -> None:
    ev = events("وقتل ستة أشخاص في مواجهات بين قوات الأمن التركية ومقاتلين في جنوب شرق البلاد.")
    clash = ev[ev["trigger"].str.contains("مواجهات")]
    assert clash[["source_code", "target_code"]].values.tolist() == [["TURCOP", "TURREB"]]


def test_a_state_forces_clash_with_protesters_keeps_the_country_alone() -> None:
    ev = events("واندلعت مواجهات بين قوات الأمن التركية ومتظاهرين في إسطنبول.")
    clash = ev[ev["trigger"].str.contains("مواجهات")]
    assert clash["target_code"].tolist() == ["TUR"]


def test_a_noun_act_right_after_a_verb_of_welcoming_and_its_subject_is_not_the_subjects_own_act() -> None:
    # رحب المتحدث بالهجمات التركية: the attacks welcomed are Turkey's, not the speaker's own
    ev = events("ورحب المتحدث باسم البيت الأبيض بالهجمات التركية على تنظيم داعش.")
    attacks = ev[ev["trigger"].str.contains("الهجمات")]
    assert "USAGOV" not in attacks["source_code"].tolist()


def test_an_acts_form_after_a_word_of_cause_is_its_noun_whose_doer_the_verb_after_names() -> None:
    # جراء / إثر قصف: the shelling (a noun), not "he shelled": its doer is the subject of شنته after it
    ev = events("وأصيب خمسة أشخاص إثر قصف شنته قوات النظام السوري على بلدة في ريف حماة.")
    shelling = ev[ev["trigger"] == "قصف"]
    assert shelling["source_code"].tolist() == ["SYRMIL"]


def test_a_verb_of_managing_further_before_an_acts_noun_names_its_doer_right_after_it() -> None:
    # تمكنت القوات ... من فرض سيطرتها: six words between the verb and the act's noun, its subject right after it
    ev = events("وتمكنت القوات الأمنية بمشاركة متطوعي العشائر أمس من فرض سيطرتها على مبنى المحافظة في الرمادي.")
    control = ev[ev["trigger"].str.contains("سيطرت")]
    assert control["source_surface"].tolist() == ["القوات الأمنية"]


def test_a_far_verbs_subject_is_no_doer_of_an_act_named_after_a_word_of_time() -> None:
    # بدأت الحكومة حملة ... بعد هجوم المسجد: the attack is another act than the campaign the verb governs
    ev = events("وبدأت الحكومة الكويتية حملة أمنية واسعة بعد هجوم المسجد.")
    attack = ev[ev["trigger"] == "هجوم"]
    assert attack["source_code"].isna().all()


def test_the_coalition_in_an_iraqi_story_is_the_us_led_coalition() -> None:
    ev = events("وقالت مصادر عراقية إن طائرات التحالف قصفت مواقع لتنظيم داعش قرب الموصل.")
    strike = ev[ev["trigger"] == "قصفت"]
    assert strike["source_code"].tolist() == ["USAMIL"]


def test_a_bloc_named_with_the_word_coalition_is_not_the_us_led_coalition() -> None:
    ev = events("وانتقد رئيس كتلة التحالف المدني في البرلمان العراقي الحكومة.")
    assert "USAMIL" not in ev["source_code"].tolist()


def test_a_court_placed_in_a_state_by_its_name_or_adjective_is_that_states_government() -> None:
    ev = events("قضت محكمة في النمسا بالسجن ثلاث سنوات على شاب. وقضت محكمة أرجنتينية بسجن رجل أعمال.")
    rulings = ev[ev["trigger"].str.contains("محكمة")]
    assert rulings["source_code"].tolist() == ["AUTGOV", "ARGGOV"]


def test_a_foreign_embassy_named_in_passing_leaves_a_local_inquiry_the_home_polices() -> None:
    # a Saudi outlet's police story naming an Indian embassy once: the inquiry with no doer is still the Saudi police's
    df = pd.DataFrame({"doc_id": ["d"], "title": [None], "published": [DATE], "outlet": ["sabq"], "text_clean": [
        "أعلنت شرطة منطقة الرياض القبض على مقيم. وأوضح المتحدث باسم شرطة الرياض أن المقيم دخل المملكة بتأشيرة "
        "عمل، وقد أبلغت السفارة الهندية بذلك. وأسفر التحقيق معه عن اعترافه بالسرقة."]})
    mentions = find_mentions(df)
    ev = find_events(df, mentions=mentions, statements=find_statements(df, mentions=mentions), sign_model=False)
    inquiry = ev[ev["trigger"].str.startswith("التحقيق")]
    assert inquiry["source_code"].tolist() == ["SAUCOP"]


def test_strikes_named_again_with_the_article_are_done_by_the_side_that_fired_them() -> None:
    # الغارات دمرت ...: the weapon is no doer; the strikes are those the Turkish jets launched in the sentence before
    ev = events("شنت طائرات حربية تركية غارات على مواقع المتمردين في شمال العراق. "
                "وقال مسؤول محلي إن الغارات دمرت عددا من المنازل.")
    again = ev[ev["trigger"] == "الغارات"]
    assert again["source_code"].tolist() == ["TURMIL"]


def test_strikes_named_with_the_article_and_never_told_before_keep_no_doer() -> None:
    ev = events("وقال مسؤول محلي إن الغارات دمرت عددا من المنازل في القرية.")
    assert ev[ev["trigger"] == "الغارات"]["source_code"].isna().all()


def test_the_men_an_attack_wounded_named_before_it_are_its_target_not_its_doer() -> None:
    # أصيب ثلاثة من عناصر الشرطة في هجوم: the policemen hit, not the attackers; the target before the place
    ev = events("وأصيب ثلاثة من عناصر الشرطة التركية في هجوم بقنبلة في ديار بكر.")
    attack = ev[ev["trigger"] == "هجوم"]
    assert attack[["source_code", "target_code"]].values.tolist() == [[None, "TURCOP"]]


def test_men_a_relative_clause_makes_the_doers_stay_the_source() -> None:
    ev = events("وسقط قتلى وجرحى من المتمردين الذين قاموا بقصف عشوائي على الأحياء.")
    assert ev[ev["trigger"] == "بقصف"]["target_surface"].isna().all()


def test_an_invitation_answered_is_the_inviters_toward_the_one_who_answered_it() -> None:
    # قام الرئيس بزيارة ... تلبية لدعوة كريمة من الملك: the king invited, the visitor he invited answered
    ev = events("وقام الرئيس الفرنسي بزيارة إلى المغرب تلبية لدعوة كريمة من العاهل المغربي الملك محمد السادس.")
    invitation = ev[ev["trigger"].str.contains("دعوة")]
    assert invitation[["source_code", "target_code"]].values.tolist() == [["MARGOV", "FRAGOV"]]


def test_agents_the_event_guideline_lacks_are_coded_by_the_ones_it_has() -> None:
    # a party is OPP, an intelligence service COP, notables without office CVL: event data has no PTY, SPY or ELI
    ev = events("وانتقد الجمهوريون في الكونغرس الاتفاق مع إيران. واعتقلت الاستخبارات الأفغانية قياديا في طالبان. "
                "وقال وجهاء المدينة إن المشروع سيكتمل قريبا.")
    assert ev["source_code"].tolist()[:2] == ["USAOPP", "AFGCOP"]
    assert ev["source_code"].str[3:].tolist()[2:] == ["CVL"]


def test_a_relative_verb_ending_in_its_objects_pronoun_has_its_subject_after_it() -> None:
    # الاتفاق الذي أبرمته أثينا: the ه of أبرمته is the antecedent, the capital after the verb signed it, no target
    ev = events("واجتمع قادة الحزب لبحث موقفهم من الاتفاق الذي أبرمته أثينا مع دائنيها.")
    signed = ev[ev["trigger"] == "أبرمته"]
    assert signed[["source_code", "target_code"]].values.tolist() == [["GRCGOV", None]]


def test_an_ngo_the_actor_coder_gives_no_country_keeps_none() -> None:
    # an international NGO speaking of Yemen is no Yemeni NGO: the article's country is not added to its code
    ev = events("وقالت منظمة هيومن رايتس ووتش إن الحوثيين قصفوا أحياء في عدن.")
    said = ev[ev["unit"] == "statement"]
    assert said["source_code"].tolist() == ["NGO"]


def test_an_ngo_named_by_its_common_noun_takes_the_articles_country() -> None:
    # نقابة المعلمين has no actor id: a national union, not an international NGO
    ev = events("وتظاهر المعلمون في طهران أمس أمام البرلمان الإيراني. وقالت نقابة المعلمين إن الحكومة لم تدفع الرواتب.")
    said = ev[ev["unit"] == "statement"]
    assert said["source_code"].tolist() == ["IRNNGO"]


def test_an_actor_followed_by_the_antecedents_pronoun_is_the_relative_verbs_subject() -> None:
    # made up: عليها after the group takes up the town, the verb's object; the group is its subject, not its target
    ev = events("وزار الوزير مدينة تدمر التي سيطر تنظيم داعش عليها في مايو.")
    took = ev[ev["trigger"] == "سيطر"]
    assert took[["source_code", "target_code"]].values.tolist() == [["IMG", None]]


def test_a_second_verb_of_the_antecedent_is_no_pronoun_taking_it_up() -> None:
    # made up: وتقاتلها is the opposition's own second verb; the opposition stays the subject, Daesh the object
    ev = events("وقالت الصحيفة إن المعارضة السورية التي ترفض تنظيم داعش وتقاتلها تسعى إلى الدعم.")
    refused = ev[ev["trigger"] == "ترفض"]
    assert refused[["source_code", "target_code"]].values.tolist() == [["SYROPP", "IMG"]]


def test_the_genitive_of_a_hostile_noun_with_an_object_after_lam_is_its_doer() -> None:
    # made up: the object follows ل (للمدنيين), so the Houthis right after the noun target, they are not the target
    ev = events("وجاء ذلك بعد استهداف الحوثيين للمدنيين في تعز.")
    hit = ev[ev["trigger"] == "استهداف"]
    assert hit["source_code"].tolist() == ["YEMREB"] and hit["target_code"].tolist() != ["YEMREB"]


def test_a_lam_word_of_time_or_after_a_comma_leaves_the_genitive_the_object() -> None:
    # made up: ليلة says when (word list lam_not_object); after a comma ل gives the reason: the genitive stays the victim
    ev = events("وأدان المجلس اغتيال النائب ليلة الأحد.")
    assert ev[ev["trigger"] == "اغتيال"][["source_code", "target_code"]].values.tolist() == [[None, "LEG"]]
    ev = events("وأدان المجلس اغتيال النائب، لمواقفه من الحرب.")
    assert ev[ev["trigger"] == "اغتيال"][["source_code", "target_code"]].values.tolist() == [[None, "LEG"]]


def test_a_relative_verbs_masculine_object_pronoun_makes_the_actor_after_it_the_doer() -> None:
    # made up: the ه of اغتاله takes up the antecedent (اغتال* is a form of the patterns), so the group after the
    # verb killed him; the antecedent coded right before الذي is the target, not an actor named after the doer
    ev = events("وأدان الرئيس مقتل السفير الأمريكي الذي اغتاله مسلحو تنظيم داعش في ليبيا أمس.")
    killed = ev[ev["trigger"] == "اغتاله"]
    assert killed[["source_code", "target_code"]].values.tolist() == [["IMG", "USAGOV"]]


def test_a_verb_whose_stem_ends_in_ha_has_no_object_pronoun() -> None:
    # made up: وجه ends its stem in ه (no pattern reads وج*): after الذي the antecedent stays the subject
    from q7x2lib.event_patterns import _patterns
    from q7x2lib.events import _masculine_object
    from q7x2lib.matching import Hit

    pat = _patterns(None)
    assert _masculine_object("اغتاله", Hit("اغتال*", 0, 6, ""), pat)
    assert not _masculine_object("وجه", Hit("وجه", 0, 3, ""), pat)
    assert not _masculine_object("اغتال", Hit("اغتال*", 0, 5, ""), pat)


def test_the_actor_opening_a_clause_said_is_its_verbs_subject_and_the_one_after_its_object() -> None:
    # made up: مملكة البحرين opens the clause after فإن, so the call said is aimed at Iran after the verb
    ev = events("وتابع وزير الخارجية البحريني: «وعليه، فإن مملكة البحرين تدعو إيران إلى وقف تدخلها في شؤون المنطقة».")
    said = ev[ev["unit"] == "statement"]
    assert said["target_code"].str[:3].tolist() == ["IRN"]


def test_an_outlets_informative_report_is_about_the_armed_group_it_names_first() -> None:
    # made up: an outlet's report that names the Houthis first is about them, as a foreign state body's would be
    ev = events("وذكرت قناة الجزيرة أن الحوثيين انسحبوا من مواقع في محافظة تعز بعد معارك مع الجيش اليمني.")
    said = ev[ev["unit"] == "statement"]
    assert said["source_code"].str.endswith("MED").all() and said["target_code"].tolist() == ["YEMREB"]
    assert said["evidence"].str.contains("target=first other side said").all()


def test_a_signed_statement_naming_no_one_shares_its_speakers_earlier_target_in_the_sentence() -> None:
    # made up: مؤكدا says only that "these criminal acts" will be punished; it goes on about the Houthis condemned
    ev = events("وأدان وزير الخارجية اليمني هجمات الحوثيين على مدينة عدن، مؤكدا أن هذه الأعمال الإجرامية لن تمر دون عقاب.")
    said = ev[ev["unit"] == "statement"]
    assert said[["trigger", "target_code"]].values.tolist() == [["وأدان", "YEMREB"], ["مؤكدا", "YEMREB"]]
    assert said["evidence"].iloc[1].endswith("target=its speaker's statement before in the sentence")


def test_a_statement_naming_an_actor_or_of_general_news_takes_no_earlier_target() -> None:
    # made up rows: the second statement of the sentence (a sign, no target) shares the first one's target, unless
    # what it says names a coded actor of its own (the Egyptian government at 60) or the story is general news
    from q7x2lib.events import _sentence_shared_targets

    rows = pd.DataFrame({"doc_id": ["d", "d"], "unit": ["statement"] * 2, "statement_id": [0, 1],
                         "sentence_id": [0, 0], "event_code": ["11", "11"], "source_code": ["YEMGOV"] * 2,
                         "target_code": ["YEMREB", None], "target_id": [None, None],
                         "target_surface": ["الحوثيين", None], "start": [0, 40], "end": [5, 45],
                         "evidence": ["وأدان", "مؤكدا"]})
    statements = pd.DataFrame({"doc_id": ["d", "d"], "statement_id": [0, 1], "end": [38, 90]})
    mentions = pd.DataFrame({"doc_id": ["d"], "start": [20], "code": ["YEMREB"]})
    assert _sentence_shared_targets(rows, statements, mentions)["target_code"].tolist() == ["YEMREB", "YEMREB"]
    kept = _sentence_shared_targets(rows, statements, mentions, general=frozenset({"d"}))
    assert kept["target_code"].iloc[0] == "YEMREB" and pd.isna(kept["target_code"].iloc[1])
    named = pd.DataFrame({"doc_id": ["d", "d"], "start": [20, 60], "code": ["YEMREB", "EGYGOV"]})
    kept = _sentence_shared_targets(rows, statements, named)
    assert kept["target_code"].iloc[0] == "YEMREB" and pd.isna(kept["target_code"].iloc[1])


def test_a_department_or_delegation_before_a_body_makes_the_body_the_doer() -> None:
    # made up: a department named by its own words placed in the municipality behind ب, a department of a branch
    # of a ministry, a delegation from the Arab League: each body is its verb's subject
    ev = events("وضبطت إدارة الرقابة التجارية ببلدية محافظة الخبر كميات من الأغذية الفاسدة.")
    assert ev[["source_code", "evidence"]].values.tolist() == [["SAUGOV", "وضبطت; source=after (its unit)"]]
    ev = events("وطلبت إدارة فرع وزارة الصحة من المستشفيات الالتزام بالتعليمات.")
    assert ev["evidence"].tolist() == ["وطلبت; source=after (its unit)"]
    ev = events("ويزور وفد من جامعة الدول العربية مدينة بنغازي.")
    assert ev["source_code"].tolist() == ["IGO"]


def test_the_body_after_the_noun_of_an_impersonal_act_is_its_object() -> None:
    # made up: after تم the hospital's administration was told, it told no one
    ev = events("وتم إبلاغ إدارة المستشفى بالحادث.")
    assert ev["source_code"].isna().all() and ev["target_code"].notna().all()


def test_an_assault_on_a_place_of_worship_is_aimed_at_its_worshippers_of_the_places_country() -> None:
    # made up: a church bombed in a named city; the worshippers (CVL) of the city's country, not the bare country
    ev = events("وأعلنت الشرطة الباكستانية تفجير كنيسة في مدينة لاهور أمس.")
    bombing = ev[ev["trigger"] == "تفجير"]
    assert bombing["target_code"].tolist() == ["PAKCVL"]


def test_an_assault_on_a_place_of_worship_with_no_place_named_takes_the_articles_country() -> None:
    # made up: the mosque alone after the trigger, its country the one the article names
    ev = events("وأدانت الحكومة المغربية بشدة الهجوم على مسجد الحي أمس.")
    attack = ev[(ev["unit"] == "event") & ev["trigger"].str.contains("الهجوم")]
    assert attack["target_code"].tolist() == ["MARCVL"]


def test_an_assault_on_a_place_of_worship_of_the_security_men_is_aimed_at_them() -> None:
    # made up: the men the sentence names there (شرطيين) are the ones hit, not its worshippers
    ev = events("وأكد الرئيس التونسي أن مسلحين شنوا هجوما على كنيسة المدينة مما أدى إلى مقتل ثلاثة شرطيين.")
    attack = ev[(ev["unit"] == "event") & ev["trigger"].str.contains("هجوما")]
    assert attack["target_code"].tolist() == ["TUNCOP"]


def test_a_court_after_an_inquiry_is_where_the_case_goes_and_the_defendant_before_is_its_target() -> None:
    # made up: التحقيق معه ... إلى المحكمة: the man arrested before the inquiry, not the court the case goes to
    ev = events("وتمكنت الشرطة الأردنية من القبض على المتهم وأسفر التحقيق معه عن اعترافه وتمت إحالته إلى المحكمة الجزائية في عمان.")
    inquiry = ev[ev["trigger"].str.contains("التحقيق")]
    assert inquiry[["target_code", "target_surface"]].values.tolist() == [["JORCVL", "المتهم"]]


def test_an_arrest_that_carries_its_object_as_a_pronoun_is_aimed_at_the_person_named_before() -> None:
    # made up: تم القبض عليه: the pronoun is the young man named before in the sentence, not no one
    ev = events("وذكرت الشرطة المغربية أنها رصدت شابا يسرق السيارات في الرباط وتم القبض عليه بعد مطاردة قصيرة.")
    arrest = ev[ev["trigger"].str.contains("القبض")]
    assert arrest[["target_code", "target_surface"]].values.tolist() == [["MARCVL", "شابا"]]


def test_a_referral_written_with_its_pronoun_is_aimed_at_the_person_named_before() -> None:
    # made up: وجرت إحالته إلى النيابة: the resident referred, not the prosecution nor no one
    ev = events("وأوقفت الشرطة الكويتية مقيما سرق هاتفا، وجرت إحالته إلى النيابة العامة.")
    referral = ev[ev["trigger"].str.contains("إحالته")]
    assert referral[["target_code", "target_surface"]].values.tolist() == [["KWTCVL", "مقيما"]]


def test_a_defendant_named_after_almadouw_with_his_nationality_is_the_target_of_the_inquiry_and_referral() -> None:
    # made up: المدعو: NAME – هندي الجنسية –: the inquiry and the referral carrying his pronoun are aimed at him,
    # an Indian, not at the court nor at the state of the police that arrested him
    ev = events("وأوضحت شرطة دبي أنه تم القبض على المدعو: راجيش كومار – هندي الجنسية – لسرقته محلا تجاريا، "
                "وأسفر التحقيق معه عن اعترافه، وبإحالته إلى المحكمة صدر الحكم.")
    acts = ev[ev["trigger"].str.contains("التحقيق|إحالته")]
    assert acts["target_code"].tolist() == ["INDCVL", "INDCVL"]


def test_a_death_sentence_carried_out_on_a_defendant_is_aimed_at_him_of_the_nationality_written() -> None:
    # made up: تنفيذ حكم القتل تعزيرا في أحد الجناة – باكستاني الجنسية –: the man executed, a Pakistani
    ev = events("وأعلنت وزارة الداخلية الكويتية تنفيذ حكم القتل تعزيرا في أحد الجناة – باكستاني الجنسية – "
                "لتهريبه المخدرات.")
    sentence = ev[ev["trigger"].str.contains("القتل")]
    assert sentence[["target_code", "target_surface"]].values.tolist() == [["PAKCVL", "الجناة"]]


def test_a_death_sentence_on_a_defendant_with_no_nationality_written_takes_the_articles_country() -> None:
    # made up: بالجاني with no nationality after him: CVL of the country the article gives
    ev = events("ونفذت السلطات الأردنية حكم القتل قصاصا بالجاني في عمان أمس.")
    sentence = ev[ev["trigger"].str.contains("القتل")]
    assert sentence["target_code"].tolist() == ["JORCVL"]
