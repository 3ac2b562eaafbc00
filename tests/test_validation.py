"""The actor rules measured against the hand annotations."""

from __future__ import annotations

import pandas as pd
import pytest

from q7x2lib.mentions import find_mentions
from q7x2lib import validation
from q7x2lib.validation import load_gold_mentions, mention_errors, score_mentions

F1_THRESHOLD = 0.90


@pytest.fixture(scope="module")
def gold(corpus: pd.DataFrame) -> pd.DataFrame:
    return load_gold_mentions(corpus)


@pytest.fixture(scope="module")
def pred(corpus: pd.DataFrame) -> pd.DataFrame:
    return find_mentions(corpus)


def test_every_annotation_is_located_in_text_clean(corpus, gold) -> None:
    texts = corpus.set_index("doc_id").text_clean
    assert (gold.start >= 0).all()
    assert all(texts[d][a:b] == s for d, a, b, s in zip(gold.doc_id, gold.start, gold.end, gold.surface))


def test_annotations_cover_every_article(gold) -> None:
    assert gold.doc_id.nunique() == 5 and len(gold) > 150


def test_mention_f1_against_hand_annotation_is_above_threshold(pred, gold) -> None:
    overall = score_mentions(pred, gold).set_index("actor_id").loc["(all)"]
    assert overall.f1 >= F1_THRESHOLD, overall


def test_the_two_leaders_are_found_almost_perfectly(pred, gold) -> None:
    scores = score_mentions(pred, gold).set_index("actor_id")
    assert scores.loc["putin", "f1"] >= 0.95 and scores.loc["biden", "f1"] >= 0.95


def test_role_phrases_annotated_as_nobody_name_no_person(corpus, pred) -> None:
    # a role whose holder no table knows may be coded (نظيره الأوكراني: UKRGOV) but names no one
    unresolved = load_gold_mentions(corpus, keep_unresolved=True).query("actor_id == 'unresolved'")
    assert len(unresolved) >= 1
    for r in unresolved.itertuples():
        overlapping = pred[(pred.doc_id == r.doc_id) & (pred.start < r.end) & (r.start < pred.end)]
        assert overlapping.actor_id.isna().all(), (r.surface, overlapping.actor_id.tolist())


def test_scores_detect_a_wrong_detector(gold) -> None:
    wrong = gold.assign(actor_id=gold.actor_id.map(lambda a: "putin" if a == "biden" else a))
    scores = score_mentions(wrong, gold).set_index("actor_id")
    assert scores.loc["biden", "recall"] == 0.0 and scores.loc["putin", "precision"] < 0.6


def test_error_table_lists_misses_and_spurious(pred, gold) -> None:
    errors = mention_errors(pred, gold)
    scores = score_mentions(pred, gold).set_index("actor_id").loc["(all)"]
    assert (errors.error == "missed").sum() == scores.fn
    assert (errors.error == "spurious").sum() == scores.fp


def test_coded_mentions_need_country_and_agent_to_count() -> None:
    import pandas as pd

    from q7x2lib.validation import score_coded_mentions

    gold = pd.DataFrame({"doc_id": ["a", "a", "b"], "start": [0, 10, 0], "end": [5, 15, 4],
                         "country": ["SAU", "YEM", "IRN"], "agent": ["GOV", "REB", ""]})
    pred = pd.DataFrame({"doc_id": ["a", "a", "b"], "start": [1, 11, 9], "end": [4, 14, 12],
                         "country": ["SAU", "YEM", "IRN"], "agent": ["GOV", "MIL", ""]})
    scores = score_coded_mentions(pred, gold).set_index("measure")["value"]
    assert scores["detection_precision"] == round(2 / 3, 3) and scores["detection_recall"] == round(2 / 3, 3)
    assert scores["coded_precision"] == round(1 / 3, 3)  # YEM MIL is not the gold's YEM REB
    assert scores["agent_accuracy"] == 0.5 and scores["country_accuracy"] == 1.0


def test_real_statement_scores_on_made_up_frames() -> None:
    from q7x2lib.validation import score_real_statements

    gold = pd.DataFrame({"doc_id": ["a", "a", "a", "b"], "cue": ["وقال", "وأكد", "وأضاف", ":"],
                         "cue_start": [0, 30, 60, 5], "cue_end": [4, 34, 65, 6], "anchor_start": [0, 30, 60, 0],
                         "speaker_surface": ["الوزير خالد", "الرئيس", "", "الربيعة"],
                         "speaker_country": ["SAU", "", "", "SAU"], "speaker_agent": ["GOV", "", "", "GOV"],
                         "note": ["", "أبلغ الرئيس نظيره الفرنسي", "", ""]})
    pred = pd.DataFrame({"doc_id": ["a", "a", "a", "b"], "cue": ["وقال", "أبلغ", "قال", ":"],
                         "start": [0, 31, 90, 5], "end": [29, 50, 99, 40],
                         "speaker_surface": ["وزير الداخلية خالد", "نظيره الفرنسي", "الوزير", "الربيعة"],
                         "speaker_code": ["SAUMIL", None, None, "SAUGOV"]})
    scores = score_real_statements(pred, gold).set_index("measure")
    assert scores.loc["detection_precision", "value"] == 0.75 and scores.loc["detection_recall", "value"] == 0.75
    assert scores.loc["right_speaker", "value"] == round(2 / 3, 3) and scores.loc["right_speaker", "n"] == 3
    assert scores.loc["right_code", "value"] == 0.5  # SAUMIL is not the gold SAUGOV
    assert scores.loc["given_to_object", "value"] == round(1 / 3, 3)  # the addressee noted by the annotator, one of three matched
    assert scores.loc["given_to_object", "n"] == 3


def test_the_real_scorer_reads_a_headline_with_its_body_as_a_titled_corpus_is_read() -> None:
    """score_real.py and score_events.py read a #title field as the headline of its article (issue 15): its
    statements, speakers and codes are those find_statements gives the article with its title given apart."""
    import q7x2lib
    from q7x2lib.validation import real_statement_corpus

    title, body = "حجار: خطة الحج تسير كما رسم لها", "وأكد الدكتور بندر بن محمد حجار وزير الحج أن الخطة تسير كما رسم لها."
    day = pd.Timestamp("2015-07-01")
    sample = pd.DataFrame({"doc_id": ["a#title", "a#text"], "article": ["a", "a"], "published": [day, day],
                           "outlet": [None, None], "text": [title, body]})
    corpus = real_statement_corpus(sample)
    scored = q7x2lib.find_statements(corpus, "text", mentions=q7x2lib.find_mentions(corpus, "text"))
    article = pd.DataFrame({"doc_id": ["a"], "title": [title], "published": [day], "outlet": [None], "text": [body]})
    read = q7x2lib.find_statements(article, "text", mentions=q7x2lib.find_mentions(article, "text"))
    cols = ["speaker_surface", "speaker_code", "cue_kind", "start", "end"]
    assert scored[scored["doc_id"] == "a#title"][cols].values.tolist() == read[read["field"] == "title"][cols].values.tolist()
    assert scored[scored["doc_id"] == "a#title"]["speaker_code"].tolist() == ["SAUGOV"]  # its body's full naming's code


def test_speaker_counts_group_one_speaker_written_several_ways() -> None:
    from q7x2lib.statements import speaker_counts

    st = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "speaker_id": [None, None, None, "putin"],
                       "speaker_surface": ["الحركة", "والحركة", "«الحركة»", "الرئيس بوتين"],
                       "speaker_code": [None, None, None, "RUSGOV"]})
    counts = speaker_counts(st)
    assert counts[["speaker", "n", "n_docs"]].values.tolist() == [["الحركة", 3, 2], ["putin", 1, 1]]
    assert speaker_counts(st, by="speaker_code").values.tolist() == [["RUSGOV", "الرئيس بوتين", 1, 1]]
    agent_only = st.assign(speaker_code=["GOV", None, None, "RUSGOV"])
    assert speaker_counts(agent_only, by="country")["country"].tolist() == ["RUS"]  # GOV names no country


# --- directed events (made-up frames; the real figures are measured once, in notebook 30) -------------


def test_event_matching_is_one_to_one_and_nearest_first() -> None:
    from q7x2lib.validation import match_events

    gold = pd.DataFrame({"doc_id": ["a", "a"], "unit": ["event", "event"], "start": [10, 25]})
    pred = pd.DataFrame({"doc_id": ["a", "a", "b"], "unit": ["event", "event", "event"], "start": [24, 11, 10]})
    assert match_events(pred, gold) == [(1, 0), (0, 1)]


def test_statement_never_matches_an_event() -> None:
    from q7x2lib.validation import match_events

    gold = pd.DataFrame({"doc_id": ["a"], "unit": ["statement"], "start": [10]})
    pred = pd.DataFrame({"doc_id": ["a"], "unit": ["event"], "start": [10]})
    assert match_events(pred, gold) == []


def test_score_events_detection_codes_roots_and_signs() -> None:
    from q7x2lib.validation import score_events

    gold = pd.DataFrame({
        "doc_id": ["a"] * 4, "unit": ["event", "event", "statement", "statement"], "start": [0, 100, 200, 300],
        "source_code": ["SAUMIL", "YEMREB", "IRNGOV", "USAGOV"], "target_code": ["YEMREB", "SAUMIL", "SAUGOV", ""],
        "cameo_root": ["18", "19", "11", "05"]})
    pred = pd.DataFrame({
        "doc_id": ["a"] * 4, "unit": ["event", "event", "statement", "statement"], "start": [2, 500, 201, 301],
        "source_code": ["SAUMIL", "IRN", "IRNGOV", "USAGOV"], "target_code": ["YEMREB", None, "SAU", None],
        "event_code": ["19", "18", "11", "05"]})
    s = score_events(pred, gold).set_index("measure")
    assert s.loc["event_detection_f1", "value"] == 0.5 and s.loc["event_detection_f1", "n"] == 2
    assert s.loc["statement_detection_f1", "value"] == 1.0
    assert s.loc["source_accuracy", "value"] == 1.0 and s.loc["source_accuracy", "n"] == 3
    assert s.loc["target_accuracy", "value"] == 0.667 and s.loc["target_country_accuracy", "value"] == 1.0
    assert s.loc["event_root_accuracy", "value"] == 0.0 and s.loc["event_sign_macro_f1", "value"] == 1.0
    assert s.loc["statement_sign_macro_f1", "value"] == 1.0


def test_root_signs_follow_goldstein() -> None:
    from q7x2lib.validation import ROOT_SIGN

    assert ROOT_SIGN["01"] == 0 and ROOT_SIGN["05"] == 1 and ROOT_SIGN["09"] == -1 and ROOT_SIGN["20"] == -1


def test_every_real_event_annotation_is_located() -> None:
    from q7x2lib.validation import load_real_events, real_event_sample

    sample = real_event_sample()
    gold = load_real_events(sample)
    assert len(gold) > 300 and (gold.anchor_start >= 0).all() and (gold.start >= gold.anchor_start).all()


def test_statement_errors_list_every_disagreement_of_the_bundled_gold() -> None:
    import q7x2lib
    from q7x2lib.validation import load_gold_statements, score_statements, statement_errors

    corpus = q7x2lib.load_corpus()
    statements = q7x2lib.mentions_and_statements(corpus)[1]
    gold = load_gold_statements(corpus)
    errors = statement_errors(statements, gold)
    scores = score_statements(statements, gold).set_index("measure")
    missed = round((1 - scores.loc["detection_recall", "value"]) * scores.loc["detection_recall", "n"])
    assert errors["pred_speaker_id"].isna().sum() >= missed > 0


def test_person_resolved_compares_the_predicted_persons_english_name_with_the_gold() -> None:
    from q7x2lib.validation import score_person_mentions

    gold = pd.DataFrame({"doc_id": ["a"] * 3, "start": [0, 10, 20], "end": [5, 15, 25], "kind": ["name", "role", "institution"],
                         "actor_en": ["John Kerry", "King Salman", "Foreign Ministry"]})
    pred = pd.DataFrame({"doc_id": ["a"] * 3, "start": [0, 10, 20], "end": [5, 15, 25],
                         "actor_id": ["kerry", "mbs", "mfa"]})
    names = {"kerry": "John Kerry", "mbs": "Mohammed bin Salman"}  # mfa is no person
    s = score_person_mentions(pred, gold, names).set_index("measure")["value"]
    assert s["person_precision"] == 0.5 and s["person_recall"] == 0.5


def test_a_persons_name_spelt_otherwise_is_the_same_person_but_kin_stay_apart() -> None:
    from q7x2lib.validation import same_person

    same = [("Yousef al-Othaimeen", "Yusuf Al Othaimin"), ("Abdulaziz bin Saud", "Abdul Aziz bin Saud"),
            ("Nayef al-Hajraf", "Naif Alhajraf"), ("Ahmad Abul Gheit", "Ahmed Aboul Gheit"), ("Kemal Kılıçdaroğlu", "Kemal Kilicdaroglu")]
    apart = [("Khalifa bin Zayed Al Nahyan", "Mohammed bin Zayed Al Nahyan"),  # brothers
             ("Zayed bin Sultan Al Nahyan", "Khalifa bin Zayed Al Nahyan"),  # father and son
             ("Hasan Rouhani", "Hussein Rouhani"), ("Hamad al-Sabah", "Hamid al-Sabah"),  # a and u, a and i differ
             ("Yousef al-Othaimeen", "Yousef al-Hajraf")]  # the family name must agree
    assert all(same_person(a, b) for a, b in same), [p for p in same if not same_person(*p)]
    assert not any(same_person(a, b) for a, b in apart), [p for p in apart if same_person(*p)]
    assert not same_person("Yousef al-Othaimeen", "Yusuf Al Othaimin", strict=True)


def test_one_arabic_name_transliterated_two_ways_is_the_same_person_where_the_surface_writes_his_family_name() -> None:
    from q7x2lib.validation import same_person, same_person_written, score_person_mentions

    family = frozenset({("حمد", "الضويلع")})
    # the vowels and ذ/د differ between the two renderings of حمد الضويلع: not one spelling for same_person
    assert not same_person("Hamad bin Mohammed al-Dhuwailie", "Hamad al-Duwaila")
    assert same_person_written("Hamad bin Mohammed al-Dhuwailie", "Hamad al-Duwaila", "نائب وزير الصحة حمد الضويلع", family)
    assert same_person_written("Hamad bin Mohammed al-Dhuwailie", "Hamad al-Duwaila", "للضويلع", family)
    assert same_person_written("Faisal bin Hamad al-Sugair", "Faisal al-Suqair", "الدكتور فيصل الصقير", frozenset({("فيصل", "الصقير")}))
    # the surface must write the family name the tables give him, and first and last names keep their consonants
    assert not same_person_written("Hamad bin Mohammed al-Dhuwailie", "Hamad al-Duwaila", "نائب وزير الصحة", family)
    assert not same_person_written("Bashar al-Assad", "Suleiman al-Assad", "سليمان هلال الأسد", frozenset({("بشار", "الأسد")}))
    assert not same_person_written("Abdullah al-Rabeeah", "Abdulilah al-Rubaiah", "الربيعة", frozenset({("عبدالله", "الربيعة")}))
    # Hamid and Hamad share their consonants, but حامد is not حمد: the surface writes another given name
    assert not same_person_written("Hamad bin Khalifa Al Thani", "Hamid bin Khalifa Al Thani", "حامد بن خليفة آل ثاني",
                                   frozenset({("حمد", "ثاني")}))
    assert same_person_written("Hamad bin Mohammed al-Dhuwailie", "Hamad al-Duwaila", "معالي النائب الضويلع", family)
    gold = pd.DataFrame({"doc_id": ["a"], "start": [0], "end": [20], "kind": ["name"], "actor_en": ["Hamad al-Duwaila"],
                         "surface": ["حمد الضويلع"]})
    pred = pd.DataFrame({"doc_id": ["a"], "start": [0], "end": [20], "actor_id": ["dhuwailie"]})
    names = {"dhuwailie": "Hamad bin Mohammed al-Dhuwailie"}
    plain = score_person_mentions(pred, gold, names).set_index("measure")["value"]
    written = score_person_mentions(pred, gold, names, name_words={"dhuwailie": family}).set_index("measure")["value"]
    strict = score_person_mentions(pred, gold, names, strict=True, name_words={"dhuwailie": family}).set_index("measure")["value"]
    assert plain["person_precision"] == 0 and written["person_precision"] == 1 and strict["person_precision"] == 0


def test_the_name_words_of_a_person_are_the_first_and_last_words_of_his_phrases_of_two_words_or_more() -> None:
    from q7x2lib.validation import person_name_words

    actors = pd.DataFrame({"actor_id": ["x"], "type": ["person"], "phrase": ["كلينتون"]})
    people = pd.DataFrame({"actor_id": ["p", "p", "q"], "phrase": ["حمد بن محمد الضويلع", "الضويلع", "جديع القحطاني"]})
    words = person_name_words(actors, {"people": people})
    assert words == {"p": frozenset({("حمد", "الضويلع")}), "q": frozenset({("جديع", "القحطاني")})}


def test_a_joint_reference_pairs_each_gold_state_with_the_prediction_of_that_state() -> None:
    from q7x2lib.validation import score_coded_mentions

    gold = pd.DataFrame({"doc_id": ["a", "a"], "start": [0, 0], "end": [6, 6], "country": ["SAU", "EGY"], "agent": ["", ""]})
    pred = pd.DataFrame({"doc_id": ["a", "a"], "start": [0, 0], "end": [6, 6], "country": ["EGY", "SAU"], "agent": ["", ""]})
    assert score_coded_mentions(pred, gold).set_index("measure").at["coded_f1", "value"] == 1.0


def test_real_statement_errors_list_the_disagreements_the_score_counts() -> None:
    from q7x2lib.validation import real_statement_errors, score_real_statements

    gold = pd.DataFrame({"doc_id": ["a", "a", "a"], "cue": ["وقال", "وأكد", "وأضاف"], "cue_start": [0, 30, 60],
                         "cue_end": [4, 34, 65], "anchor_start": [0, 30, 60], "anchor": ["وقال الوزير", "وأكد الرئيس", "وأضاف"],
                         "speaker_surface": ["الوزير", "الرئيس", "الوزير"], "speaker_country": ["", "", ""],
                         "speaker_agent": ["", "", ""], "note": ["", "", ""]})
    pred = pd.DataFrame({"doc_id": ["a", "a", "a"], "cue": ["وقال", "وأكد", "وذكر"], "start": [0, 30, 90], "end": [29, 50, 99],
                         "speaker_surface": ["الوزير", "الوطن", "المصدر"], "speaker_code": [None, None, None],
                         "text": ["وقال الوزير", "وأكد الوطن", "وذكر المصدر"]})
    errors = real_statement_errors(pred, gold)
    assert errors[["error", "cue", "predicted_speaker", "gold_speaker"]].values.tolist() == [
        ["speaker", "وأكد", "الوطن", "الرئيس"], ["missed", "وأضاف", "", "الوزير"], ["extra", "وذكر", "المصدر", ""]]
    right = score_real_statements(pred, gold).set_index("measure").at["right_speaker", "value"]
    assert right == 0.5, "one of the two matched statements has the right speaker, as the error list says"


@pytest.mark.parametrize("name", ["real", "real_b", "real_c", "real_d", "real_e", "real_f", "real_g", "real_h", "real_i", "real_j", "real_k", "real_l", "real_m", "real_n", "real_o", "real_p", "real_q", "real_r", "real_s", "real_t", "real_u", "real_v", "real_w", "real_x", "real_y", "real_z", "real_aa", "real_ab", "real_ac", "real_ad", "real_ae", "real_af", "real_ag", "real_ah", "real_ai", "real_aj", "real_ak", "real_al", "real_am", "real_an", "real_ao", "real_ap", "real_aq", "real_ar", "real_as", "real_at", "real_au", "real_av", "real_aw", "real_ax", "real_ay", "real_az", "real_ba", "real_bb", "real_bc", "real_bd", "real_be", "real_bf", "real_bg", "real_bh", "real_bi", "real_bj", "real_bk", "real_bl", "real_bm", "real_bn", "real_bo", "real_bp", "real_bq", "real_br", "real_bs", "real_bt", "real_bu", "real_bv", "real_bw", "real_bx", "real_by", "real_bz"])
def test_every_hand_annotated_span_of_each_real_sample_is_found_in_its_article(name) -> None:
    """A gold span that cannot be located would silently count as a miss in every score."""
    from q7x2lib import config
    from q7x2lib.validation import (load_real_events, load_real_mentions, load_real_statements, real_event_sample,
                                    real_sample)

    folder = config.ANNOTATION_DIR / name
    sample = real_sample(folder)
    # at least this many rows load (mentions, statements, events): the general news of samples V to AK names fewer actors,
    # and AH, AR, AV, AW, AY, BD, BE, BH, BL, BU and BW, of many sport items and columns, fewer still
    general = name not in ("real",) + tuple(f"real_{letter}" for letter in "bcdefghijklmnopqrstu")  # A-U are political
    least = (350, 120, 200) if name in ("real_ah", "real_ay", "real_bd") else (300, 120, 200) if name in ("real_ar", "real_aw", "real_be", "real_bl", "real_bu", "real_bv", "real_bx") else (350, 100, 200) if name == "real_av" else (250, 100, 200) if name == "real_bh" else (250, 100, 150) if name == "real_bw" else (400, 150, 200) if general else (500, 200, 300)
    if (folder / "mentions.csv").exists():  # sample E has statements only
        mentions = load_real_mentions(sample, folder)
        assert len(mentions) > least[0] and (mentions["start"] >= 0).all(), mentions[mentions["start"] < 0].head()
    statements = load_real_statements(sample, folder)
    assert len(statements) > least[1]
    assert (statements["cue_start"] >= 0).all() and (statements["anchor_start"] >= 0).all()
    assert ((statements["speaker_surface"] == "") | (statements["speaker_start"] >= 0)).all()
    if (folder / "events.csv").exists():
        events = load_real_events(real_event_sample(folder), folder)
        assert len(events) > least[2] and (events["anchor_start"] >= 0).all()


def test_a_capital_coded_gov_counts_only_in_the_seat_convention_figure() -> None:
    from q7x2lib.validation import score_coded_mentions, seat_phrases

    gold = pd.DataFrame({"doc_id": ["a", "a", "a"], "start": [0, 10, 20], "end": [6, 14, 26], "surface": ["وطهران", "مصر", "الكرملين"],
                         "country": ["IRN", "EGY", "RUS"], "agent": ["", "", "GOV"]})
    pred = pd.DataFrame({"doc_id": ["a", "a", "a"], "start": [0, 10, 20], "end": [6, 14, 26],
                         "country": ["IRN", "EGY", "RUS"], "agent": ["GOV", "GOV", "GOV"]})
    scores = score_coded_mentions(pred, gold, seats=seat_phrases()).set_index("measure")["value"]
    assert scores["coded_precision"] == round(1 / 3, 3)  # the strict figure is unchanged
    # وطهران is Tehran with a conjunction; مصر is a country's name, not a seat: GOV there stays wrong
    assert scores["coded_seat_gov_precision"] == round(2 / 3, 3) and scores["seat_gov_pairs"] == 1


def test_gold_mentions_of_an_article_the_listing_does_not_keep_are_left_out(tmp_path) -> None:
    from q7x2lib.validation import load_real_mentions

    pd.DataFrame({"doc_id": ["a", "b"], "field": ["text", "text"], "surface": ["مصر", "إيران"],
                  "occurrence": ["1", "1"]}).to_csv(tmp_path / "mentions.csv", index=False)
    sample = pd.DataFrame({"doc_id": ["a#text"], "text": ["قالت مصر"]})
    gold = load_real_mentions(sample, tmp_path)
    assert gold["doc_id"].tolist() == ["a#text"] and gold["start"].tolist() == [5]


@pytest.mark.parametrize("name", ["real", "groups_b", "groups_c", "groups_d", "groups_e", "groups_f", "groups_g", "groups_h", "groups_i", "groups_j", "groups_k", "groups_l", "groups_m", "groups_n", "groups_o", "groups_p", "groups_q", "groups_r", "groups_s", "groups_t", "groups_u", "groups_v", "groups_w", "groups_x", "groups_y", "groups_z", "groups_aa", "groups_ab", "groups_ac", "groups_ad", "groups_ae", "groups_af", "groups_ag", "groups_ah", "groups_ai", "groups_aj", "groups_ak", "groups_al", "groups_am", "groups_an", "groups_ao", "groups_ap", "groups_aq", "groups_ar", "groups_as", "groups_at", "groups_au", "groups_av", "groups_aw", "groups_ax"])
def test_each_gold_set_of_event_groups_is_consistent(name) -> None:
    """Every group is one event (one description), every article in one group only,
    every negative pair split across groups, every thread made of two or more of the set's own groups."""
    from q7x2lib import config
    from q7x2lib.validation import load_gold_groups

    folder = config.ANNOTATION_DIR / name
    groups = load_gold_groups(folder / "event_groups.csv")
    # every set of a hundred seeds holds some sixty articles or more (the twenty-ninth, of many skipped seeds, 89; the
    # thirty-first 81; the thirty-fifth, with 17 groups of one article, 77; the thirty-eighth, with 19, 66); the
    # fiftieth has only the last 62 seeds of the random order (indices 4975-5036): 57 articles, 22 seeds
    last_of_order = name == "groups_ax"
    assert len(groups) > (50 if last_of_order else 60) and groups["doc_id"].is_unique
    per_group = groups.groupby("group_id")
    assert (per_group["event_en"].nunique() == 1).all()
    assert set(groups["is_seed"]) <= {0, 1} and groups["is_seed"].sum() >= (20 if last_of_order else 25)  # the thirty-first set has 29 seeds; a later seed may fall in an earlier seed's group
    group_of = dict(zip(groups["doc_id"], groups["group_id"]))
    negatives = pd.read_csv(folder / "event_pairs_negative.csv", dtype=str, keep_default_na=False)
    assert len(negatives) > 0
    assert all(group_of.get(a) is None or group_of.get(a) != group_of.get(b) for a, b in zip(negatives["doc_a"], negatives["doc_b"]))
    threads_file = folder / "story_threads.csv"
    if threads_file.exists():
        threads = pd.read_csv(threads_file, dtype=str, keep_default_na=False)
        assert threads["group_id"].isin(groups["group_id"]).all()
        assert (threads.groupby("thread_id")["group_id"].nunique() >= 2).all()


def test_score_name_detection_counts_people_no_table_knows():
    # gold: three personal names (one of an unknown person), a role naming its holder, a role with no holder, a state
    gold = pd.DataFrame({
        "doc_id": ["a", "a", "a", "a", "a", "b"],
        "start": [0, 20, 40, 60, 80, 0], "end": [10, 30, 50, 70, 90, 10],
        "kind": ["name", "name", "role", "role", "country", "name"],
        "actor_en": ["Somebody Unknown", "Known Person", "Known Person", "", "", "Other"],
    })
    pred = pd.DataFrame({
        "doc_id": ["a", "a", "a", "a", "a", "a", "b", "b"],
        "start": [0, 5, 20, 40, 60, 80, 0, 30], "end": [10, 9, 30, 50, 70, 90, 10, 40],
        "actor_id": [None, None, "known", "known", None, None, "some_body", None],
        "kind": ["name", "name", "name", "role", "role", "name", "agent", "name"],
        "surface": ["الدكتور فلان", "فلان", "علان", "الوزير", "مسؤول", "وطهران", "الهيئة", "دولة الامارات"],
        "proclitic": ["", "", "", "", "", "و", "", ""],
    })
    out = validation.score_name_detection(pred, gold, {"known": "Known Person"}).set_index("measure")
    # recall: gold names at a:0 (pred 0), a:20 (pred 2), b:0 (pred 6, an agent: any prediction finds it) -> 3 / 3
    assert out.at["name_detection_recall", "value"] == 1.0
    assert out.at["name_detection_recall", "n"] == 3
    # typed a person: pred 0 and 1 (unknown names), 2 and 3 (a person of the tables); not the role with no actor,
    # not وطهران (a capital after و), not دولة الامارات, not an agent -> 4; right: 0 (a:0), 2 (a:20), 3 (the role
    # naming its holder at a:40); pred 1 overlaps a:0 too, but one to one it is left over -> 3 / 4
    assert out.at["name_detection_precision", "n"] == 4
    assert out.at["name_detection_precision", "value"] == 0.75
    assert out.at["name_detection_f1", "value"] == round(2 * 0.75 / 1.75, 3)
