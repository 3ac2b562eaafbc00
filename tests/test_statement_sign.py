"""The statement-sign model: features, fitting, and where it may overrule the rules."""

from __future__ import annotations

import pandas as pd

from q7x2lib.events import find_events
from q7x2lib.mentions import find_mentions
from q7x2lib.statement_sign import (
    BIAS, MODEL_PATH, SignModel, apply_sign_model, fit_sign_model, general_news_docs, is_political_news,
    load_sign_model, model_sign, statement_features,
)
from q7x2lib.statements import find_statements

DATE = pd.Timestamp("2015-07-30")


def coded(text: str):
    df = pd.DataFrame({"doc_id": ["d"], "title": [None], "published": [DATE], "text_clean": [text]})
    mentions = find_mentions(df)
    statements = find_statements(df, mentions=mentions)
    return find_events(df, mentions=mentions, statements=statements, sign_model=False), statements


def toy_model(**weights: tuple) -> SignModel:
    """A model whose only knowledge is ``weights`` (feature → (neg, zero, pos)); the bias leans neutral."""
    rows = {BIAS: (0.0, 1.0, 0.0), **{k.replace("_", ":", 1): v for k, v in weights.items()}}
    return SignModel(pd.DataFrame.from_dict(rows, orient="index", columns=["w_neg", "w_zero", "w_pos"]))


def _signed_roots(text: str, sign: int) -> list[str]:
    """The statement roots of ``text`` when a toy model signs it ``sign`` (+1 or -1) by the word مشروع alone."""
    ev, st = coded(text)
    out = apply_sign_model(ev, st, toy_model(w_مشروع=(0.0, 0.0, 4.0) if sign > 0 else (4.0, 0.0, 0.0)))
    return out[out.unit == "statement"].event_code.tolist()


def test_words_lose_their_proclitics_and_the_rules_findings_are_features() -> None:
    feats = statement_features("وقال إن والعدوان بالأسلحة مستمر", "01", ("18",), True, -0.5)
    assert {"w:عدوان", "w:اسلحة", "b:عدوان_اسلحة"} <= set(feats) and "w:والعدوان" not in feats
    assert {"rule:01", "rulesign:0", "in:18", "negated", "lex:-1"} <= set(feats)


def test_the_root_the_rules_gave_the_statement_is_a_feature_only_with_its_switch(monkeypatch) -> None:
    # the model decides only the statements the rules leave informative (01): without the switch a condemnation
    # the rules coded 11 trains the words أدان and هجوم, not a rule:11 that no statement the model decides has
    from q7x2lib import statement_sign

    text = "وأدان الوزير الهجوم على المدنيين"
    monkeypatch.setattr(statement_sign, "RULE_FEATURES", True)
    assert {"rule:11", "rulesign:-1"} <= set(statement_features(text, "11", cue="وأدان"))
    monkeypatch.setattr(statement_sign, "RULE_FEATURES", False)
    coded_11, informative = statement_features(text, "11", cue="وأدان"), statement_features(text, "01", cue="وأدان")
    assert coded_11 == informative and not any(f.startswith(("rule:", "rulesign:")) for f in coded_11)
    events, statements = coded("وقال وزير الخارجية السعودي إن الاجتماع سيعقد الأسبوع المقبل.")
    assert not any(f.startswith("rule") for f in statement_sign.statement_rows(events, statements)["features"].iloc[0])


def test_the_word_a_negator_governs_is_a_feature_of_its_own_whatever_the_negator() -> None:
    feats = statement_features("وقال إن الحكومة لم ترفض العرض ولا تعارض الحوار", "01")
    assert {"n:ترفض", "n:تعارض"} <= set(feats)
    assert "n:عرض" not in feats and "n:حكومة" not in feats


def test_a_word_seen_in_one_form_counts_in_its_others_by_its_first_letters() -> None:
    feats = [statement_features(t) for t in ("وقالوا إنهم يثمنون الجهود", "ويثمنها الوزير", "وقال إن الجهود مستمرة")]
    assert "p:يثمن" in feats[0] and "p:يثمن" in feats[1] and "p:يثمن" not in feats[2]
    model = fit_sign_model(feats[:1] + feats[2:], [1, 0], l2=0.1, min_count=1)
    assert model.predict(feats[1])[0] == 1 and "p:يثمن" in model.predict(feats[1])[2]
    assert not any(f.startswith("p:") and len(f) < 6 for f in statement_features("قال إن الموقف ثابت"))


def test_a_fitted_model_learns_the_sign_of_words_and_shows_them_as_evidence() -> None:
    feats = [["w:شجب", "w:قال"], ["w:شجب"], ["w:بارك", "w:قال"], ["w:بارك"], ["w:قال"], ["w:قال", "w:امس"]]
    model = fit_sign_model(feats, [-1, -1, 1, 1, 0, 0], l2=0.1, min_count=1)
    sign, prob, evidence = model.predict(["w:قال", "w:شجب"])
    assert sign == -1 and prob > 0.5 and evidence[0] == "w:شجب"
    assert model.predict(["w:بارك"])[0] == 1


def test_the_model_never_overrules_a_sign_a_pattern_gave() -> None:
    model = toy_model(w_شجب=(5.0, 0.0, 0.0))
    assert model_sign(model, ["w:شجب"], "05")[0] == 1  # the rules' attitude stands
    assert model_sign(model, ["w:شجب"], "01", informative=False)[0] == 0  # a denial (نفى) stays 01
    assert model_sign(model, ["w:شجب"], "01")[0] == -1


def test_an_unsure_model_leaves_the_statement_informative() -> None:
    model = toy_model(w_شجب=(0.6, 0.0, 0.5))
    assert model_sign(model, ["w:شجب"], "01")[0] == 0


def test_in_general_news_the_model_must_be_surer_to_sign_a_statement() -> None:
    # round 35 (issue 16): in general news most statements the rules leave informative are neutral in the gold;
    # a sign at 0.42 stands in political news and not in general news, one at 0.94 stands in both
    half = toy_model(w_شجب=(1.0, 0.0, 0.0))  # − at 0.42
    assert model_sign(half, ["w:شجب"], "01")[0] == -1
    assert model_sign(half, ["w:شجب"], "01", general=True)[0] == 0
    sure = toy_model(w_شجب=(4.0, 0.0, 0.0))  # − at 0.94
    assert model_sign(sure, ["w:شجب"], "01", general=True)[0] == -1


def test_an_article_is_political_news_by_two_political_markers_in_its_title_and_opening() -> None:
    assert is_political_news("وأكد وزير الخارجية السعودي أن إيران تتدخل في شؤون اليمن")
    # one marker (قطر, the place of a match) is not enough, nor are markers far from the opening
    assert not is_political_news("فاز الهلال على النصر في الدوحة", "الهلال يتأهل في قطر")
    assert not is_political_news("افتتح أمير منطقة القصيم مهرجان التمور في بريدة. " * 30 + " إيران وروسيا")
    corpus = pd.DataFrame({"doc_id": ["p", "g"], "title": ["الكرملين يرد على واشنطن", None],
                           "text_clean": ["قال المتحدث إن موسكو سترد", "قال مدير التعليم إن الدراسة تبدأ الأحد"]})
    assert general_news_docs(corpus, "text_clean") == {"g"}


def test_a_general_news_article_keeps_a_statement_the_model_is_not_sure_of_informative() -> None:
    ev, st = coded("وقال مدير التعليم إن تصرفات الطلاب طائشة.")
    assert ev[ev.unit == "statement"].event_code.tolist() == ["01"]
    half = toy_model(w_طائشة=(1.0, 0.0, 0.0))
    assert apply_sign_model(ev, st, half, general={"d"})[lambda e: e.unit == "statement"].event_code.tolist() == ["01"]
    assert apply_sign_model(ev, st, half)[lambda e: e.unit == "statement"].event_code.tolist() == ["11"]


def test_an_informative_statement_takes_the_models_sign_with_its_evidence() -> None:
    ev, st = coded("وقال الوزير السعودي إن تصرفات طهران طائشة.")
    assert ev.event_code.tolist() == ["01"]
    out = apply_sign_model(ev, st, toy_model(w_طائشة=(4.0, 0.0, 0.0)))
    row = out.iloc[0]
    assert (row.event_code, row.goldstein) == ("11", -2.0)
    assert "model: −" in row.evidence and "طائش" in row.evidence.split("model:")[1]


def test_a_negative_statement_takes_disapproval_not_the_root_of_a_rejection_it_reports() -> None:
    # the rejection (12) is Tehran's act; the speaker's regret is a disapproval (11): on the development samples
    # the reported act's root was the statement's 2 times in 59 where the model signed the statement
    ev, st = coded("وقال المتحدث السعودي إن طهران رفضت الاقتراح وإن ذلك مؤسف جدا.")
    assert "12" in ev.event_code.tolist()
    out = apply_sign_model(ev, st, toy_model(w_مؤسف=(4.0, 0.0, 0.0)))
    assert out[out.unit == "statement"].event_code.tolist() == ["11"]
    assert out[out.unit == "event"].event_code.tolist() == ["12"]


def test_the_shipped_model_is_a_small_table_of_weights() -> None:
    model = load_sign_model()
    assert MODEL_PATH.exists() and model is not None
    assert list(model.weights.columns) == ["w_neg", "w_zero", "w_pos"] and BIAS in model.weights.index
    # About 18,700 features trained on 40 samples (general news weighing 2), written compact (two weights measured from the neutral one, three
    # decimals): 525 KB (round 42), where the 17,700 of 37 samples made 495 KB and the three plain weights about 510 KB; a
    # feature seen in five statements (not four) would make it smaller but loses the word قاتل (Biden's "killer",
    # article 001 of the bundled corpus) and with it the threat "بوتين سيدفع ثمن تدخله" written beside it; the bound
    # grows with the training set (about 8 KB a sample): from round 39 it leaves room for a few more samples, and a
    # model past it asks whether a larger file is worth its folds; round 46 (44 samples, 19,995 features) made 562 KB
    # and raised it to 600 KB: the folds pooled 0.6962 against the rules' 0.6369; round 50 (48 samples, AX added, 21,330
    # features) made 602 KB and raised it to 620 KB: the folds pooled 0.6968 against the rules' 0.6393; round 52 (50
    # samples, AZ added, 22,025 features) made 621 KB and raised it to 660 KB: the folds pooled 0.6985 against 0.6394
    assert MODEL_PATH.stat().st_size < 660_000


def test_the_cue_word_is_a_feature_of_its_own_apart_from_the_words_of_what_is_said() -> None:
    feats = statement_features("وأثنى الوزير على جهود الوساطة", "01", cue="وأثنى")
    assert {"cue:اثني", "cp:اثني"} <= set(feats)
    assert not any(f.startswith("cue:") for f in statement_features("وأثنى الوزير على جهود الوساطة", "01"))


def test_stance_table_words_count_by_category_and_sign_flipped_after_a_negator() -> None:
    feats = statement_features("وقال إن الميليشيا تهدد القرى بالعدوان", "01")
    assert {"cat:threat", "cat:hostility", "tsign:-1"} <= set(feats) and "tsign:1" not in feats
    feats = statement_features("وأكد أن بلاده لا تهدد أحدا", "01")
    assert {"cat:threat~", "tsign:1"} <= set(feats) and "tsign:-1" not in feats
    assert not any(f.startswith(("cat:", "tsign:")) for f in statement_features("وقال إن الطقس معتدل", "01"))


def test_a_sign_the_model_likes_best_of_three_decides_an_informative_statement_even_below_an_even_chance() -> None:
    model = toy_model(w_انتقد=(1.2, 0.0, 0.0))  # neg ≈ 0.47, zero ≈ 0.39, pos ≈ 0.14
    sign, prob, evidence = model_sign(model, ["w:انتقد"], "01")
    assert sign == -1 and 0.4 < prob < 0.5 and evidence == ["w:انتقد"]
    assert model_sign(toy_model(w_انتقد=(0.2, 0.0, 0.0)), ["w:انتقد"], "01")[0] == 0


def test_a_class_weight_moves_an_even_statement_toward_the_weighted_sign() -> None:
    feats = [["w:قال", "w:حصار"], ["w:قال", "w:حصار"], ["w:قال", "w:حصار"]]
    plain = fit_sign_model(feats, [-1, 0, 0], l2=0.1, min_count=1)
    weighted = fit_sign_model(feats, [-1, 0, 0], l2=0.1, min_count=1, class_weight={-1: 3.0})
    assert plain.predict(["w:قال", "w:حصار"])[0] == 0
    assert weighted.predict(["w:قال", "w:حصار"])[0] == -1


def test_a_strong_cue_the_rules_left_informative_gives_its_sign_unless_negated() -> None:
    model = toy_model()  # leans neutral on everything
    condemned = statement_features("ودان وزير الداخلية التفجير الذي وقع في السوق", cue="ودان")
    assert model_sign(model, condemned, "01")[0] == -1
    assert model_sign(model, condemned, "01")[2] == ["cue:دان"]
    praised = statement_features("مشيدين بجهود الوسطاء في إنهاء الخلاف", cue="مشيدين")
    assert model_sign(model, praised, "01")[0] == 1
    negated = statement_features("ولم يرحب الوفد بالمقترح", negated=True, cue="يرحب")
    assert model_sign(model, negated, "01")[0] == 0
    # an ordinary saying verb keeps the model's sign
    assert model_sign(model, statement_features("وقال الوزير إن الاجتماع انتهى", cue="وقال"), "01")[0] == 0
    # a pattern's sign stands
    assert model_sign(model, condemned, "05")[0] == 1


def test_apply_sign_model_codes_a_strong_cue_the_rules_left_informative() -> None:
    events, statements = coded("ودان وزير الخارجية السعودي التفجير الذي استهدف السوق في المدينة.")
    out = apply_sign_model(events, statements, toy_model())
    row = out[(out["unit"] == "statement")]
    assert not row.empty and (row["goldstein"] < 0).all() and row["evidence"].str.contains("cue:دان").all()


def test_a_feeling_named_after_a_cue_of_expressing_signs_the_statement_without_the_model() -> None:
    from q7x2lib.statement_sign import feeling_sign

    # the speaker's name and title stand between the cue and عن
    assert feeling_sign("وأعرب مدير فرع الهيئة بالمنطقة عن بالغ سروره بنجاح الموسم", "وأعرب") == 1
    assert feeling_sign("وأبدى عدد من المزارعين عن تخوفهم من شح المياه", "وأبدى") == -1
    assert feeling_sign("مقدما خالص التعازي لذوي المتوفين", "مقدما") == 1
    # a noun after عن that is no listed feeling stops the search (أمل is an appeal, not praise)
    assert feeling_sign("وعبر الرئيس عن أمله في تضامن الدول", "وعبر") == 0
    # a negated feeling, and a cue that is no verb of expressing, give no sign
    assert feeling_sign("وأعرب السكان عن عدم ارتياحهم للقرار", "وأعرب") == 0
    assert feeling_sign("وقال المدير إن الموظفين عبروا عن سعادتهم", "وقال") == 0


def test_rule_signs_codes_praise_and_displeasure_the_patterns_left_informative() -> None:
    from q7x2lib.statement_sign import rule_signs

    statements = pd.DataFrame({"doc_id": ["d"] * 4, "statement_id": [0, 1, 2, 3],
                               "text": ["وأثنى المحافظ على جهود فرق الإنقاذ",
                                        "وعبر رئيس النادي عن استيائه من تأجيل المباراة",
                                        "وأوضح المتحدث أن عدد الزوار بلغ ألفا",
                                        "ولم يثن المحافظ على المقاول"],
                               "cue": ["وأثنى", "وعبر", "وأوضح", "يثن"]})
    events = pd.DataFrame({"doc_id": ["d"] * 4, "statement_id": pd.array([0, 1, 2, 3], dtype="Int64"),
                           "unit": ["statement"] * 4, "event_code": ["01"] * 4, "goldstein": [0.0] * 4,
                           "negated": [False, False, False, True],
                           "evidence": ["وأثنى; informative", "وعبر; informative", "وأوضح; informative",
                                        "يثن; informative"]})
    out = rule_signs(events, statements)
    assert out["event_code"].tolist() == ["05", "11", "01", "01"]
    assert out["goldstein"].tolist() == [3.5, -2.0, 0.0, 0.0]
    assert out.at[0, "evidence"].endswith("rule sign: + ← cue:اثني")
    assert "feeling" in out.at[1, "evidence"] and out.at[2, "evidence"] == "وأوضح; informative"
    # a statement a pattern coded is left alone
    coded_row = events.assign(event_code=["10", "01", "01", "01"])
    assert rule_signs(coded_row, statements).at[0, "event_code"] == "10"


def test_find_events_signs_a_statement_of_displeasure_without_the_sign_model() -> None:
    events, _ = coded("وأعرب وزير النقل السعودي خلال جولته عن امتعاضه من تأخر تنفيذ الطريق.")
    row = events[events["unit"] == "statement"]
    assert not row.empty and (row["event_code"] == "11").all()
    assert row["evidence"].str.contains("rule sign: −", regex=False).all()


def test_a_condolence_cue_outweighs_the_criminal_words_of_what_is_said() -> None:
    events, _ = coded("وقدم وزير الداخلية السعودي التعازي لأسر ضحايا الهجوم الإرهابي الغادر على المصلين.")
    row = events[events["unit"] == "statement"]
    assert not row.empty and (row["event_code"] == "05").all()
    assert row["evidence"].str.contains("said: ", regex=False).all()  # the content words had voted it a criticism
    assert row["evidence"].str.contains("rule sign: +", regex=False).all()


def test_a_demand_of_no_adversary_is_an_appeal_and_a_demand_on_an_adversary_stays_a_demand() -> None:
    # made up: a resident asks for a service (no addressee); a ministry demands of a state it names
    events, _ = coded("وطالب أحد السكان بسرعة إصلاح الطريق المؤدي إلى القرية.")
    row = events[events["unit"] == "statement"]
    assert not row.empty and (row["event_code"] == "02").all() and (row["goldstein"] == 3.0).all()
    assert row["evidence"].str.endswith("rule sign: + ← demand of no adversary").all()
    events, _ = coded("وطالبت وزارة الخارجية الأردنية إسرائيل بوقف بناء المستوطنات.")
    row = events[events["unit"] == "statement"]
    assert not row.empty and row["target_code"].notna().all() and (row["event_code"] == "10").all()


def test_a_demand_of_the_speakers_own_government_is_an_appeal_unless_an_opposition_makes_it() -> None:
    # made up: a Saudi Shura member asks the Saudi health ministry to open a hospital (02); a Turkish opposition party
    # demands the Turkish government resign (10)
    events, _ = coded("وطالب عضو مجلس الشورى السعودي وزارة الصحة السعودية بسرعة افتتاح المستشفى الجديد في المحافظة.")
    row = events[events["unit"] == "statement"]
    assert not row.empty and (row["target_code"] == "SAUGOV").all()
    assert (row["event_code"] == "02").all() and (row["goldstein"] == 3.0).all()
    events, _ = coded("وطالب حزب المعارضة التركي الحكومة التركية بالاستقالة.")
    row = events[events["unit"] == "statement"]
    assert not row.empty and (row["target_code"] == "TURGOV").all() and (row["event_code"] == "10").all()


def test_demand_signs_reads_the_addressee_and_leaves_other_rows_alone() -> None:
    from q7x2lib.statement_sign import demand_signs

    events = pd.DataFrame({"doc_id": ["d"] * 5, "statement_id": pd.array([0, 1, 2, 3, None], dtype="Int64"),
                           "unit": ["statement"] * 5, "event_code": ["10", "10", "10", "10", "10"],
                           "goldstein": [-5.0] * 5, "negated": [False, False, True, False, False],
                           "modality": ["demand"] * 5,
                           "source_code": ["JORGOV", "IGO", "SAUCVL", "EGYGOV", "TURGOV"],
                           "target_code": ["IGO", "ISRGOV", None, None, None],
                           "evidence": ["طالب; target=next", "طالب; target=next", "طالب", "طالب; said: العدوان",
                                        "بمطالبة"]})
    out = demand_signs(events)
    # the UN asked by a state: an appeal; a state asked by the UN, a negated demand, a row the content words
    # coded and a demand outside a reported statement are left as they are
    assert out["event_code"].tolist() == ["02", "10", "10", "10", "10"]
    assert out["goldstein"].tolist() == [3.0, -5.0, -5.0, -5.0, -5.0]


def test_a_demand_of_general_news_on_no_other_side_is_an_appeal() -> None:
    # made up: a club asks an airline to compensate its players: in general news an appeal (02), not a demand (10)
    text = "وطالب نادي الهلال شركة الطيران بتعويض اللاعبين عن تأخر الرحلة."
    df = pd.DataFrame({"doc_id": ["d"], "title": [None], "published": [DATE], "text_clean": [text], "outlet": ["okaz"]})
    mentions = find_mentions(df)
    statements = find_statements(df, mentions=mentions)
    row = find_events(df, mentions=mentions, statements=statements, sign_model=False)
    row = row[row["unit"] == "statement"]
    assert not row.empty and (row["source_code"].str[:3] == row["target_code"].str[:3]).all()
    assert (row["event_code"] == "02").all() and (row["goldstein"] == 3.0).all()
    assert row["evidence"].str.endswith("rule sign: + ← demand of no adversary").all()


def test_demand_signs_in_general_news_keeps_a_demand_on_another_country_or_an_armed_side() -> None:
    from q7x2lib.statement_sign import demand_signs

    events = pd.DataFrame({"doc_id": ["g", "g", "g", "g", "p"], "statement_id": pd.array([0, 1, 2, 3, 4], dtype="Int64"),
                           "unit": ["statement"] * 5, "event_code": ["10"] * 5, "goldstein": [-5.0] * 5,
                           "negated": [False] * 5, "modality": ["demand"] * 5,
                           "source_code": ["SAUBUS", "PSEGOV", None, "SAUCVL", "SAUBUS"],
                           "target_code": ["SAUBUS", "ISRGOV", "IRNGOV", "YEMREB", "SAUBUS"],
                           "evidence": ["وطالب; target=next"] * 5})
    out = demand_signs(events, {"g": "SAU"})
    # a company asked by a club of its country: an appeal; another state, a foreign state asked by a speaker of no
    # code in a Saudi outlet, rebels, and the same company asked in political news stay demands
    assert out["event_code"].tolist() == ["02", "10", "10", "10", "10"]
    assert demand_signs(events)["event_code"].tolist() == ["10"] * 5


def test_a_warning_of_a_danger_is_a_criticism_and_a_warning_of_consequences_stays_a_threat() -> None:
    # made up: a government warns of the danger of an attack (11); a minister warns a union of the consequences (13)
    events, _ = coded("وحذرت الحكومة التركية من خطر حدوث هجوم إرهابي على أراضيها.")
    row = events[events["unit"] == "statement"]
    assert not row.empty and (row["event_code"] == "11").all() and (row["goldstein"] == -2.0).all()
    assert row["evidence"].str.endswith("rule root: 11 ← warning of a danger").all()
    events, _ = coded("وحذرت نائبة وزير الخارجية الإسرائيلية الاتحاد الأوروبي من مغبة عدم الموافقة على الرقابة.")
    row = events[events["unit"] == "statement"]
    assert not row.empty and (row["event_code"] == "13").all()


def test_a_warning_that_something_may_happen_is_a_criticism() -> None:
    # made up, after sample D: a warning that a danger may come (11), whoever is named in it
    events, _ = coded("وحذر وزير الخارجية الألماني من أن استمرار التصعيد سيقود المنطقة إلى الفوضى.")
    row = events[events["unit"] == "statement"]
    assert not row.empty and (row["event_code"] == "11").all() and (row["goldstein"] == -2.0).all()
    assert row["evidence"].str.endswith("rule root: 11 ← warning that").all()
    # a condition after a named subject foretells a danger: still a criticism
    events, _ = coded("وحذر المصدر الحكومي من أن الأوضاع قد تخرج عن السيطرة إذا استمرت على هذا المنوال.")
    assert (events.loc[events["unit"] == "statement", "event_code"] == "11").all()


def test_a_warning_of_the_speakers_own_act_or_on_a_condition_stays_a_threat() -> None:
    cases = [
        "وحذر المتسللون من أنهم سينشرون أسماء العملاء ما لم يستجب الموقع لطلبهم.",  # their own act (أنهم سـ)
        "وحذر وزير الدفاع من أن بلاده سترد على أي اعتداء.",  # warning_own_act: بلاده، سترد
        "وحذر البيان من أنه في حال استمرار الهجمات فسوف يتم التصدي لها.",  # a condition after أنه
        "وحذر وزير الخارجية السعودي من أن المملكة لن تسمح لإيران بالتدخل.",  # warning_own_act: لن تسمح
    ]
    for text in cases:
        events, _ = coded(text)
        row = events[events["unit"] == "statement"]
        assert not row.empty and (row["event_code"] == "13").all(), text


def test_warning_that_reads_the_cue_and_the_clause_after_its_min_an() -> None:
    from q7x2lib.statement_sign import warning_that

    # the من أن far after the cue, past the speaker's titles
    assert warning_that("وحذّر الخبير في شؤون الأمن والإرهاب المقيم في نيروبي، ريتشارد توتاه، لوكالة الصحافة "
                        "الفرنسية، من أن الرئيس هدف ثمين. لذا، فإن أي هجوم سيجذب الانتباه", "وحذّر")
    # a condition after the sentence's end is not the warning's
    assert warning_that("حذر من أن الأسعار سترتفع. وإذا استمر ذلك فسنرد", "حذر")
    assert not warning_that("قال الوزير من أن الأسعار سترتفع", "قال")  # no warning cue
    assert not warning_that("حذر الوزير من ارتفاع الأسعار", "حذر")  # a warning of a thing, not «that»
    assert not warning_that("حذرت السلطات من أن أي تجمع سيعتبر هدفا مشروعا لقواتها", "حذرت")


def test_warning_roots_leaves_negated_rows_and_rows_coded_by_what_is_said_alone() -> None:
    from q7x2lib.statement_sign import warning_roots

    statements = pd.DataFrame({"doc_id": ["d"] * 3, "statement_id": [0, 1, 2], "cue": ["حذر", "حذر", "وقال"],
                               "text": ["حذر الوزير من خطورة التصعيد", "حذر الوزير من خطورة التصعيد",
                                        "وقال إنه حذر من خطورة التصعيد"]})
    events = pd.DataFrame({"doc_id": ["d"] * 3, "statement_id": pd.array([0, 1, 2], dtype="Int64"),
                           "unit": ["statement"] * 3, "event_code": ["13"] * 3, "goldstein": [-6.0] * 3,
                           "negated": [False, True, False],
                           "evidence": ["حذر; source=speaker", "حذر; source=speaker", "وقال; said: حذر"]})
    out = warning_roots(events, statements)
    assert out["event_code"].tolist() == ["11", "13", "13"]


def test_a_compact_model_decides_as_the_full_one_and_its_file_leaves_out_the_neutral_weights(tmp_path) -> None:
    from q7x2lib.statement_sign import _read_weights

    feats = [["w:دان", "w:قال"], ["w:دان"], ["w:رحب", "w:قال"], ["w:رحب"], ["w:قال"], ["w:قال", "w:اليوم"]] * 3
    full = fit_sign_model(feats, [-1, -1, 1, 1, 0, 0] * 3, l2=0.1)
    small = full.compact()
    assert (small.weights["w_zero"] == 0).all() and BIAS in small.weights.index
    for f in (["w:دان"], ["w:رحب", "w:قال"], ["w:قال", "w:اليوم"], []):
        assert full.sign(f)[0] == small.sign(f)[0] and abs(full.sign(f)[1] - small.sign(f)[1]) < 0.01
        assert full.evidence(f, full.sign(f)[0]) == small.evidence(f, small.sign(f)[0])
    # a feature whose weights are all under MIN_WEIGHT is left out
    tiny = SignModel(pd.concat([full.weights, pd.DataFrame({"w_neg": [0.304], "w_zero": [0.3], "w_pos": [0.3]},
                                                           index=["w:سوى"])]))
    assert "w:سوى" in tiny.weights.index and "w:سوى" not in tiny.compact().weights.index
    small.save(tmp_path / "m.csv")
    assert (tmp_path / "m.csv").read_text(encoding="utf-8").splitlines()[0] == "feature,w_neg,w_pos"
    again = SignModel(_read_weights(tmp_path / "m.csv"))
    assert list(again.weights.columns) == ["w_neg", "w_zero", "w_pos"]
    assert again.sign(["w:دان"]) == small.sign(["w:دان"])
    # a file written with its three columns (the shipped one before round 29) still reads
    full.save(tmp_path / "old.csv")
    assert list(_read_weights(tmp_path / "old.csv").columns) == ["w_neg", "w_zero", "w_pos"]


def test_a_warning_of_a_thing_is_a_criticism() -> None:
    # made up, after samples H, O and X: a warning of a thing with no threat's marks (11)
    for text in ("وحذر الخبير الاقتصادي من استمرار ارتفاع الأسعار في الأسواق المحلية.",
                 "وحذرت الرئاسة العامة للأرصاد المواطنين من الخروج وقت الذروة بسبب ارتفاع درجات الحرارة."):
        events, _ = coded(text)
        row = events[events["unit"] == "statement"]
        assert not row.empty and (row["event_code"] == "11").all(), text
        assert row["evidence"].str.endswith("rule root: 11 ← warning of a thing").all(), text


def test_a_warning_of_consequences_of_a_penalty_or_to_a_foreign_party_stays_a_threat() -> None:
    cases = [
        "وحذر وزير الخارجية الأمريكي أطراف النزاع من نفاد صبر بلاده.",  # warning_threat after من: نفاد
        "وتحذر وزارة الداخلية كل من تسول له نفسه الإقدام على ذلك بأن العقاب الشرعي سيكون مصيره.",  # كل من; عقاب
        "ليبيا تحذر الاتحاد الأوروبي من المساس بسيادتها",  # a foreign addressee before من (a title of sample M)
    ]
    for text in cases:
        events, _ = coded(text)
        row = events[events["unit"] == "statement"]
        assert not row.empty and (row["event_code"] == "13").all(), text


def test_warning_of_thing_reads_the_min_of_the_warning() -> None:
    from q7x2lib.statement_sign import warning_of_thing

    assert warning_of_thing("وحذرت ميسون الدملوجي، المتحدثة الرسمية باسم الائتلاف، في تصريح لـ«الشرق الأوسط» من "
                            "«نشوء ديكتاتورية جديدة»", "وحذرت")  # the من far after the cue
    assert warning_of_thing("حذر من جهته من تصاعد العنف", "حذر")  # من جهته is not what is warned of
    assert warning_of_thing("حذر مما سماه استغلال المظاهرات", "حذر")
    assert not warning_of_thing("حذر من جهته الوزير", "حذر")  # no من of a thing
    assert not warning_of_thing("حذر الوزير من مواجهة عزلة دولية في حال رفض الاتفاق", "حذر")  # a condition
    assert not warning_of_thing("حذر الوزير من تجاوز الحدود وقال إن قواتنا سترد", "حذر")  # the speaker's own act
    assert not warning_of_thing("حذر الوزير الحكومة من المساس بالحقوق", "حذر", addressee="الحكومة")
    assert warning_of_thing("حذر الوزير الحكومة من المساس بالحقوق", "حذر")  # no addressee coded: a criticism
    assert not warning_of_thing("وقال الوزير من جهة أخرى إن التصعيد خطير", "وقال")  # no warning cue


def test_warning_of_thing_reads_a_min_with_a_pronoun_and_past_long_titles() -> None:
    from q7x2lib.statement_sign import warning_of_thing

    assert warning_of_thing("حذر منه علماؤنا الثقات منذ عقود", "حذر")  # what is warned of named before
    assert warning_of_thing("حذر مفتي عام المملكة رئيس هيئة كبار العلماء رئيس اللجنة الدائمة للبحوث العلمية "
                            "والإفتاء الشيخ عبدالعزيز بن عبدالله آل الشيخ، المسلمين من فئة ضالة", "حذر")
    assert not warning_of_thing("حذر منه الوزير وقال إن المخالفين سيتعرضون لغرامة مالية", "حذر")  # a penalty
    assert not warning_of_thing("حذر الوزير", "حذر")  # no من at all


def test_thanks_and_condolences_said_in_the_first_person_are_praise() -> None:
    # made up, after samples AB, AD and AE: condolences and thanks in what is said (05), a plain report stays 01
    for text in ("وقال المتحدث باسم الوزارة: نقدم خالص تعازينا لأسر الضحايا.",
                 "وقال مدير المستشفى: نشكر رجال الدفاع المدني على سرعة استجابتهم."):
        events, _ = coded(text)
        row = events[events["unit"] == "statement"]
        assert not row.empty and (row["event_code"] == "05").all(), text
    events, _ = coded("وقال المتحدث باسم الوزارة إن الحادث وقع أمس في الطريق السريع.")
    row = events[events["unit"] == "statement"]
    assert not row.empty and (row["event_code"] == "01").all()


def test_a_statement_weighed_more_in_the_loss_pulls_the_fit_its_way() -> None:
    feats = [["w:دعم"], ["w:دعم"], ["w:دعم"]]
    even = fit_sign_model(feats, [1, 0, 0], l2=0.1).sign(["w:دعم"])[0]
    weighed = fit_sign_model(feats, [1, 0, 0], l2=0.1, sample_weight=[5.0, 1.0, 1.0]).sign(["w:دعم"])[0]
    assert (even, weighed) == (0, 1)


def test_function_words_can_be_left_out_of_the_word_features_and_the_negators_stay(monkeypatch) -> None:
    from q7x2lib import statement_sign

    text = "وأردف: حتى الآن لم يتم تسجيل أي إصابة، لكن المنطقة فيها أضرار كبيرة"
    feats = statement_features(text, "01", cue="وأردف")
    assert {"w:لكن", "w:يها", "w:اي"} <= set(feats)
    monkeypatch.setattr(statement_sign, "FUNCTION_WORD_FEATURES", False)
    fewer = statement_features(text, "01", cue="وأردف")
    assert not {"w:لكن", "w:يها", "w:اي"} & set(fewer)
    # the negator, what it governs, the content words and the word pairs stay
    assert {"w:لم", "n:يتم", "w:اضرار", "w:منطقة", "b:لكن_منطقة", "cue:اردف"} <= set(fewer)


def test_the_speakers_code_is_a_feature_alike_in_training_and_in_use(monkeypatch) -> None:
    from q7x2lib import statement_sign
    from q7x2lib.statement_sign import speaker_features, statement_rows

    text = "وقال وزير الخارجية السعودي إن الاجتماع سيعقد الأسبوع المقبل."
    events, statements = coded(text)
    code = statements["speaker_code"].iloc[0]
    assert isinstance(code, str) and code.startswith("SAU")
    monkeypatch.setattr(statement_sign, "SPEAKER_FEATURES", False)
    assert not any(f.startswith(("spc:", "spa:")) for f in statement_rows(events, statements)["features"].iloc[0])
    monkeypatch.setattr(statement_sign, "SPEAKER_FEATURES", True)
    rows = statement_rows(events, statements)
    assert rows["speaker_code"].tolist() == [code]
    assert set(speaker_features(code)) <= set(rows["features"].iloc[0])
    # the same features reach the model when it signs the statement
    model = toy_model(**{f"spc_{code[:3]}": (0.0, 0.0, 3.0)})
    signed = apply_sign_model(events, statements, model)
    assert signed.loc[rows.index[0], "event_code"] == "05"
    assert statement_features("وقال إن الاجتماع سيعقد", speaker="")[-1] == "spa:-"


def test_a_negator_at_the_head_of_what_is_said_and_the_reported_acts_sign_are_features(monkeypatch) -> None:
    from q7x2lib import statement_sign

    monkeypatch.setattr(statement_sign, "NEGATION_FEATURES", True)
    # the negator stands by the main verb of what is said, the act reported inside it is a rejection (12)
    feats = statement_features("وقال المتحدث إن الحكومة لن تقبل بالشروط الجديدة", "01", ("12",), cue="وقال")
    assert {"cneg:head", "insign:-1", "inneg:-1"} <= set(feats)
    # a negator in the speaker's words is not one of what is said
    feats = statement_features("وقال مصدر غير رسمي إن الوفد وصل إلى العاصمة", cue="وقال")
    assert not any(f.startswith("cneg:") for f in feats)
    # contrast and refusal words
    feats = statement_features("وأوضح أن الطرفين التقيا لكن الوفد رفض العرض", cue="وأوضح")
    assert {"ccontrast", "crefuse"} <= set(feats)
    monkeypatch.setattr(statement_sign, "NEGATION_FEATURES", False)
    feats = statement_features("وقال إن الحكومة لن تقبل بالشروط", "01", ("12",), cue="وقال")
    assert not any(f.startswith(("cneg:", "insign:", "inneg:")) for f in feats)


def test_a_congratulation_by_hanna_is_praise() -> None:
    # made up: هنأ is هنا once normalised; as a statement's cue it congratulates (05), rules alone
    events, _ = coded("وهنأ مدير الجامعة الطلاب المتفوقين بمناسبة تخرجهم.")
    row = events[events["unit"] == "statement"]
    assert not row.empty and (row["event_code"] == "05").all() and (row["goldstein"] == 3.5).all()
    assert row["evidence"].str.endswith("rule sign: + ← cue:هنا").all()


def test_nawwah_ila_anna_points_something_out_and_nawwah_bi_commends() -> None:
    # made up: «نوه إلى أن / منوها بأن» reports (01); «نوه ب + noun» commends (05)
    for text in ("ونوه مدير الشركة إلى أن المشروع سينتهي قبل نهاية العام.",
                 "وقال المدير إن العمل مستمر، منوها بأن القرار يشمل جميع المناطق."):
        events, _ = coded(text)
        row = events[(events["unit"] == "statement") & events["trigger"].str.contains("نوه")]
        assert not row.empty and (row["event_code"] == "01").all(), text
        assert row["evidence"].str.endswith("rule root: 01 ← noted that; informative").all()
    events, _ = coded("ونوه مدير الشركة بجهود الوزارة في إنجاز المشروع.")
    row = events[events["unit"] == "statement"]
    assert not row.empty and (row["event_code"] == "05").all()


def test_a_positive_statement_of_what_must_be_done_is_an_appeal_not_praise() -> None:
    # made up: the model signs both +; «أهمية» makes the first a call to act (02), the second stays praise (05)
    ev, st = coded("وأكد الوزير أهمية التعاون بين الجهات في المشروع الجديد.")
    out = apply_sign_model(ev, st, toy_model(w_مشروع=(0.0, 0.0, 4.0)))
    row = out[out.unit == "statement"].iloc[0]
    assert (row.event_code, row.goldstein) == ("02", 3.0)
    assert _signed_roots("وأكد الوزير نجاح التعاون بين الجهات في المشروع الجديد.", +1) == ["05"]


def test_a_signed_statement_of_what_the_speaker_will_do_is_an_intent() -> None:
    # made up, round 56: the model signs + a statement of what the speaker's side will do: a promise (03), not praise
    ev, st = coded("وأكد الوزير أن بلاده ستواصل التعاون مع الجهات في المشروع الجديد.")
    out = apply_sign_model(ev, st, toy_model(w_مشروع=(0.0, 0.0, 4.0)))
    row = out[out.unit == "statement"].iloc[0]
    assert (row.event_code, row.goldstein) == ("03", 4.0)
    # signed −: a threat (13), not a criticism
    assert _signed_roots("وقال القائد إن قواته ستواصل العمليات ضد المسلحين في المشروع الجديد.", -1) == ["13"]
    # a future of what will merely happen is a prediction: the sign's default root stays
    assert _signed_roots("وأكد الوزير أن المشروع الجديد سيكون له أثر كبير.", +1) == ["05"]


def test_a_promise_the_model_signs_positive_is_an_intent() -> None:
    # made up, round 56 (word list promise_cue): وعد signed + is a promise (03), not praise
    ev, st = coded("ووعد الوزير بتوفير الدعم للمشروع الجديد في المنطقة.")
    out = apply_sign_model(ev, st, toy_model(w_مشروع=(0.0, 0.0, 4.0)))
    rows = out[out.unit == "statement"]
    assert not rows.empty and rows.event_code.tolist() == ["03"]


def test_a_positive_statement_of_what_we_hope_for_is_an_appeal() -> None:
    # made up, round 56: «نأمل» (appeal_content) makes a + statement a call (02), not praise
    assert _signed_roots("وقال الوزير: نأمل أن تنجز الشركات المشروع الجديد قريبا.", +1) == ["02"]


def test_a_negative_statement_naming_a_penalty_to_come_is_a_threat() -> None:
    # made up, round 57 (word list threat_content): signed −, a penalty to come makes it a threat (13), not 11
    ev, st = coded("وقال مدير البلدية إن المخالفين في المشروع الجديد ستطبق بحقهم العقوبات.")
    out = apply_sign_model(ev, st, toy_model(w_مشروع=(4.0, 0.0, 0.0)))
    row = out[out.unit == "statement"]
    assert row.event_code.tolist() == ["13"] and "content: threat" in row.evidence.iloc[0]
    # without a penalty named: the criticism stays
    assert _signed_roots("وقال مدير البلدية إن المخالفين في المشروع الجديد أساؤوا للحي.", -1) == ["11"]


def test_a_positive_request_or_readiness_said_is_an_appeal_or_an_intent() -> None:
    # made up, round 57 (appeal_content أناشد، ندعو; intent_content استعداد، مواصلة): not praise (05)
    ev, st = coded("وقال رئيس الجمعية: أناشد أهل الخير دعم المشروع الجديد في الحي.")
    out = apply_sign_model(ev, st, toy_model(w_مشروع=(0.0, 0.0, 4.0)))
    assert out[out.unit == "statement"].event_code.tolist() == ["02"]
    assert _signed_roots("وأكد رئيس الغرفة استعداد الغرفة لتمويل المشروع الجديد في المحافظة.", +1) == ["03"]


def test_a_negative_statement_vowing_to_confront_firmly_is_a_threat() -> None:
    # made up, round 57 (threat_content بحزم، سنرد، لن نتهاون): a vow to confront or defeat is a threat (13)
    assert _signed_roots("وقال القائد إن قواته ستتصدى بحزم للمسلحين في المشروع الجديد.", -1) == ["13"]


def test_a_statement_putting_a_duty_on_a_party_is_an_appeal_or_a_demand() -> None:
    # made up, round 57 (obligation_on «إن على X أن»): signed + an appeal (02), signed − a demand (10), not 05/11
    ev, st = coded("وقال الوزير إن على الشركات أن تنجز المشروع الجديد في موعده.")
    out = apply_sign_model(ev, st, toy_model(w_مشروع=(0.0, 0.0, 4.0)))
    assert out[out.unit == "statement"].event_code.tolist() == ["02"]
    out = apply_sign_model(ev, st, toy_model(w_مشروع=(4.0, 0.0, 0.0)))
    row = out[out.unit == "statement"]
    assert row.event_code.tolist() == ["10"] and "content: demand" in row.evidence.iloc[0]
    # a name after إن (علي) is no duty: the sign's default roots stay (round 59: a definite word after «إن على»
    # reads as a party, 111 of 112 on the rules split, no name among them; a name without the article stays a name)
    assert _signed_roots("وقال الوزير إن علي عبدالله أنجز المشروع الجديد في موعده.", -1) == ["11"]


def test_a_negative_statement_with_a_word_of_duty_is_a_demand() -> None:
    # made up, round 57 (demand_content يتعين): signed −, a duty said is a demand (10)
    assert _signed_roots("وأوضح المدير أنه يتعين على المقاول تسليم المشروع الجديد فورا.", -1) == ["10"]


def test_a_negative_statement_that_rebuts_is_a_rejection() -> None:
    # made up, round 57 (rejection_content لا صحة، افتراء): signed −, a rebuttal is a rejection (12), not 11
    ev, st = coded("وقال المتحدث إنه لا صحة لما نشر عن إيقاف المشروع الجديد.")
    out = apply_sign_model(ev, st, toy_model(w_مشروع=(4.0, 0.0, 0.0)))
    row = out[out.unit == "statement"]
    assert row.event_code.tolist() == ["12"] and "content: rejection" in row.evidence.iloc[0]


def test_a_positive_statement_of_continuing_or_striving_is_an_intent() -> None:
    # made up, round 57 (cooperation_intent استمرار، الحرص): signed + an intent (03); read only under +
    ev, st = coded("وأكد الوزير استمرار دعم بلاده للمشروع الجديد في المنطقة.")
    out = apply_sign_model(ev, st, toy_model(w_مشروع=(0.0, 0.0, 4.0)))
    assert out[out.unit == "statement"].event_code.tolist() == ["03"]
    out = apply_sign_model(ev, st, toy_model(w_مشروع=(4.0, 0.0, 0.0)))
    assert out[out.unit == "statement"].event_code.tolist() == ["11"]


def test_more_words_of_need_and_of_acts_to_come() -> None:
    # made up, round 57 (appeal_content من المهم، دعوته; intent_content سيتم): 02 under +, 13 under −
    ev, st = coded("وقال المدير إنه من المهم إنجاز المشروع الجديد قريبا.")
    out = apply_sign_model(ev, st, toy_model(w_مشروع=(0.0, 0.0, 4.0)))
    assert out[out.unit == "statement"].event_code.tolist() == ["02"]
    assert _signed_roots("وقال المدير إنه سيتم إيقاف المشروع الجديد عن المخالفين.", -1) == ["13"]


def test_a_negative_statement_of_an_act_soon_or_a_warning_against_harm_is_a_threat() -> None:
    # made up, round 57 (threat_content قريبا، تسول): signed −, a threat (13), not a criticism (11)
    ev, st = coded("وقال القائد إن قواته ستطرد المسلحين من المشروع الجديد قريبا.")
    out = apply_sign_model(ev, st, toy_model(w_مشروع=(4.0, 0.0, 0.0)))
    assert out[out.unit == "statement"].event_code.tolist() == ["13"]
    assert _signed_roots("وأكد المدير أن الأمن سيتصدى لكل من تسول له نفسه العبث بالمشروع الجديد.", -1) == ["13"]


def test_a_duty_put_on_a_definite_party_or_a_pronoun_of_it_is_an_appeal_or_a_demand() -> None:
    # made up, round 59 (obligation_on): «أن على + a definite party + what it must do» without a second أن, and
    # «X عليها أن», are calls: signed + an appeal (02), signed − a demand (10)
    assert _signed_roots("وأشار المدير إلى أن على المتقدمين مراجعة المشروع الجديد يوم الأحد.", +1) == ["02"]
    assert _signed_roots("وقال الوزير إن الشركات المنفذة عليها أن تسلم المشروع الجديد في موعده.", +1) == ["02"]
    assert _signed_roots("وقال الوزير إن على المقاول تسليم المشروع الجديد فورا.", -1) == ["10"]
    # على الفور, على الرغم: no party; «لا يبدو عليها أنها»: no duty
    assert _signed_roots("وأوضح المدير أنه على الفور تم إيقاف المشروع الجديد.", +1) == ["05"]
    assert _signed_roots("وقال المدير إن الشركة لا يبدو عليها أنها أنجزت المشروع الجديد.", -1) == ["11"]


def test_a_positive_statement_stating_a_need_is_praise_not_an_appeal() -> None:
    # made up, round 59 (need_stated): «أصبح ضرورة ملحة» states a need, no call: signed + it stays 05
    assert _signed_roots("وقال المدير إن المشروع الجديد أصبح ضرورة ملحة للمدينة.", +1) == ["05"]
    assert _signed_roots("وشدد المدير على ضرورة إنجاز المشروع الجديد.", +1) == ["02"]


def test_nawwah_pointing_to_a_need_is_an_appeal_not_praise() -> None:
    # made up, round 59 (noted_need, word list need_noun): «منوها بضرورة / بأهمية ...» calls for an act (02)
    for text in ("وقال المدير إن العمل مستمر، منوها بضرورة تعاون السكان مع فرق الصيانة.",
                 "ونوه مدير الشركة بأهمية التزام العمال بأنظمة السلامة."):
        events, _ = coded(text)
        row = events[(events["unit"] == "statement") & events["trigger"].str.contains("نوه")]
        assert row["event_code"].tolist() == ["02"], text
        assert row["evidence"].str.endswith("rule root: 02 ← noted the need").all()
    # «نوه إلى» + a noun that is no need: the preposition written normalised (الي) is read, praise stays
    events, _ = coded("ونوه مدير الشركة إلى جهود الوزارة في إنجاز المشروع.")
    assert events.loc[events["unit"] == "statement", "event_code"].tolist() == ["05"]


def test_a_demand_to_punish_an_offender_stays_a_demand() -> None:
    from q7x2lib.statement_sign import demand_signs

    # made up (round 74): residents demand the offenders' punishment (word list punishment_sought): a demand (10) on
    # them, even in general news and even asked of their own municipality; a demand of a service stays an appeal
    texts = ["وطالب الأهالي بمعاقبة المتسببين في الحادث.", "وطالب الأهالي البلدية بمعاقبة العابثين بالحدائق.",
             "وطالب الأهالي البلدية بإصلاح الطريق."]
    statements = pd.DataFrame({"doc_id": ["g"] * 3, "statement_id": [0, 1, 2], "text": texts, "cue": ["وطالب"] * 3})
    events = pd.DataFrame({"doc_id": ["g"] * 3, "statement_id": pd.array([0, 1, 2], dtype="Int64"),
                           "unit": ["statement"] * 3, "event_code": ["10"] * 3, "goldstein": [-5.0] * 3,
                           "negated": [False] * 3, "modality": ["demand"] * 3,
                           "source_code": ["SAUCVL", "SAUCVL", "SAUCVL"], "target_code": [None, "SAUGOV", "SAUGOV"],
                           "evidence": ["وطالب; source=speaker"] * 3})
    assert demand_signs(events, {"g": "SAU"}, statements)["event_code"].tolist() == ["10", "10", "02"]
    assert demand_signs(events, {"g": "SAU"})["event_code"].tolist() == ["02", "02", "02"]
