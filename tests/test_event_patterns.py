"""Event patterns added from the pooled misses (issue 16): each new form on a made-up sentence.

Rounds 15 and 18. Each test fails without its rows of ``data/lexicons/event_patterns.csv``; the tests of a
form with another sense also fail if its row is widened to that sense (تحت سيطرة is a state, not a capture).
"""

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


def acts(ev: pd.DataFrame) -> list[tuple[str, str]]:
    """(trigger without its conjunction, root) of each narrated act."""
    rows = ev[ev["unit"].eq("event")]
    return [(t.split(" ... ")[-1].removeprefix("و"), c) for t, c in zip(rows["trigger"], rows["event_code"])]


def test_two_senders_congratulate_in_a_headline() -> None:
    ev = events("خادم الحرمين الشريفين وولي العهد يهنئان رئيس السنغال بذكرى الاستقلال.")
    assert ("يهنئان", "05") in acts(ev)


def test_a_named_attack_is_an_act_of_force() -> None:
    ev = events("وقال المتحدث إن الاعتداء الإرهابي الذي استهدف مسجدا في الكويت لن يمر دون عقاب.")
    assert ("الاعتداء الإرهابي", "18") in acts(ev)


def test_respecting_the_truce_is_the_act_demanded() -> None:
    ev = events("وطالب المبعوث الأممي الأطراف اليمنية باحترام الهدنة الإنسانية.")
    assert ("باحترام الهدنة", "08") in acts(ev)


def test_killing_and_abducting_after_ba() -> None:
    assert ("بقتل", "18") in acts(events("وقام مسلحو التنظيم بقتل خمسة من رجال الشرطة في الموصل."))
    assert ("بخطف", "18") in acts(events("واتهمت الحكومة جبهة النصرة بخطف عشرة جنود قرب الحدود."))


def test_capture_and_talks() -> None:
    assert ("أسرت", "17") in acts(events("وأسرت المقاومة الشعبية عشرين مسلحا في تعز أمس."))
    assert ("مباحثاته", "04") in acts(events("وأوضح الوزير أن مباحثاته مع نظيره الروسي تناولت الأزمة السورية."))


def test_receiving_a_visitor_is_a_meeting_but_a_welcome_is_not() -> None:
    meeting = events("وأكد الرئيس الفرنسي خلال استقباله وزير الخارجية الإيراني أن الحل سياسي.")
    assert [c for t, c in acts(meeting) if "استقباله" in t] == ["04"]
    welcome = events("ووصل المنتخب إلى الرياض، وكان في استقباله رئيس النادي.")
    assert not [c for t, c in acts(welcome) if "استقباله" in t]


def test_the_general_notion_of_aggression_is_no_attack() -> None:
    named = events("وأدانت الوزارة الاعتداء الآثم على المصلين في القطيف.")
    assert ("الاعتداء الآثم", "18") in acts(named)
    general = events("وأوضح الخطيب أن الشرع يحرم الاعتداء على الأنفس المعصومة.")
    assert "18" not in [c for _, c in acts(general)]


def test_two_named_in_a_headline_discuss() -> None:
    ev = events("ولي العهد ورئيس الوزراء الياباني يبحثان التعاون الثنائي.")
    assert ("يبحثان", "04") in acts(ev)


def test_a_ceasefire_is_no_shooting() -> None:
    ev = events("وأعلنت قيادة التحالف وقفا لإطلاق النار في اليمن ابتداء من منتصف الليل.")
    codes = [c for _, c in acts(ev)]
    assert "08" in codes and "18" not in codes
    assert "18" in [c for _, c in acts(events("وأصيب شرطيان في إطلاق النار على دوريتهما قرب الحدود."))]


def test_two_calls_removal_and_arrest() -> None:
    assert ("اتصالين هاتفيين", "04") in acts(events("وتلقى أمير الكويت اتصالين هاتفيين من ملك الأردن وأمير قطر."))
    assert ("عزل الرئيس", "17") in acts(events("وتصاعدت أعمال العنف في سيناء منذ عزل الرئيس الأسبق محمد مرسي."))
    assert ("أوقفت", "17") in acts(events("وأوقفت الشرطة التركية أربعين شخصا يشتبه في انتمائهم إلى التنظيم."))


# Round 18


def test_an_arrest_whose_object_is_a_pronoun() -> None:
    ev = events("وألقت الشرطة الكويتية القبض عليهم بعد ساعات من التفجير.")
    assert ("القبض عليهم", "17") in acts(ev)


def test_air_cover_is_support_in_the_field() -> None:
    ev = events("وتقدمت فصائل المقاومة نحو المطار تحت غطاء جوي من طائرات التحالف.")
    assert ("غطاء جوي", "06") in acts(ev)


def test_imposing_or_extending_control_is_taking_a_place() -> None:
    assert ("فرض سيطرتها", "19") in acts(events("وتمكنت القوات العراقية من فرض سيطرتها على حي الملعب في الرمادي."))
    assert ("بسطت سيطرتها", "19") in acts(events("وأكدت المقاومة الشعبية أنها بسطت سيطرتها على مديرية دار سعد شمال عدن."))


def test_training_received_is_material_cooperation() -> None:
    ev = events("وكشفت التحقيقات أن المتهم الأول تلقى تدريبات على المتفجرات في معسكر خارج البلاد.")
    assert ("تلقى تدريبات", "06") in acts(ev)


def test_a_capture_told_as_a_time_but_not_a_state_of_control() -> None:
    capture = events("وفر آلاف السكان من المدينة بعد سيطرة مسلحي التنظيم على أحيائها الشرقية.")
    assert ("بعد سيطرة", "19") in acts(capture)
    state = events("وتقع البلدة تحت سيطرة فصائل المعارضة منذ عامين، ويعيش فيها خمسة آلاف نسمة.")
    assert "19" not in [c for _, c in acts(state)]


# Round 19 (issue 16, second developer)


def test_officials_at_a_visitors_reception_meet_him() -> None:
    ev = events("ووصل وزير الخارجية البحريني إلى القاهرة أمس، وكان في استقباله بالمطار وزير الخارجية المصري.")
    assert ("في استقباله بالمطار", "04") in acts(ev)
    ev = events("ووصل رئيس الوزراء الأردني إلى الرياض، وكان في استقباله لدى وصوله ولي العهد السعودي.")
    assert ("في استقباله لدى وصوله", "04") in acts(ev)
    # the bare form stays untaken: a team's welcome is no meeting
    assert not acts(events("وعاد الفريق الأول إلى جدة، وكان في استقباله مدير النادي وعدد من الجماهير."))


def test_a_liberation_told_as_the_time_of_what_follows() -> None:
    ev = events("وعاد المحافظ إلى مدينة زنجبار بعد تحريرها من مسلحي القاعدة الأسبوع الماضي.")
    assert ("بعد تحريرها", "19") in acts(ev)
    # editing is no liberation: تحرير with its pronoun and no بعد is not taken
    ev = events("وتولى الصحفي المصري تحريرها ثلاثة أعوام قبل أن ينتقل إلى قناة فضائية.")
    assert "19" not in [c for _, c in acts(ev)]


def test_a_death_sentence_is_coercion() -> None:
    ev = events("وأصدرت محكمة جنايات بغداد حكما بالإعدام على خمسة من عناصر تنظيم داعش.")
    assert ("بالإعدام", "17") in acts(ev)


def test_cooperation_between_two_states_as_a_topic_is_no_act() -> None:
    ev = events("وبحث وزير الخارجية السعودي مع نظيره الأردني آفاق التعاون بين البلدين.")
    assert "06" not in [c for _, c in acts(ev)]


def test_a_bomber_blowing_himself_up_is_an_attack_but_dawn_is_not() -> None:
    ev = events("وقالت الشرطة إن انتحاريا فجر نفسه في سوق شعبية بمدينة مايدوغوري.")
    assert ("فجر نفسه", "18") in acts(ev)
    dawn = events("وعاد الوفد الأردني إلى عمّان فجر اليوم بعد زيارة قصيرة.")
    assert "18" not in [c for _, c in acts(dawn)]


def test_a_verbal_noun_after_the_purpose_lam_is_no_act() -> None:
    ev = events("واجتمع وزير الخارجية الكويتي بنظيره العماني لبحث الأوضاع في المنطقة.")
    triggers = [t for t, _ in acts(ev)]
    assert "لبحث" not in triggers
    ev = events("ووصل وفد قطري إلى الخرطوم لدعم جهود المصالحة بين الأطراف.")
    assert "لدعم" not in [t for t, _ in acts(ev)]
    # the act itself stays: بحث as a verb, دعم with its doer
    ev = events("وبحث وزير الخارجية الكويتي مع نظيره العماني الأوضاع في المنطقة.")
    assert ("بحث", "04") in acts(ev)


def test_the_war_as_a_topic_is_no_act_but_a_war_waged_is() -> None:
    ev = events("وتحدث الوزير الألماني عن الأوضاع الاقتصادية منذ نهاية الحرب العالمية الثانية.")
    assert "19" not in [c for _, c in acts(ev)]
    ev = events("وطالبت المنظمة بمحاكمة المسؤولين عن جرائم الحرب في المنطقة.")
    assert "19" not in [c for _, c in acts(ev)]
    ev = events("وشنت الميليشيات الحرب على القرى الواقعة شمال المدينة.")
    assert "19" in [c for _, c in acts(ev)]
    # the war named with the verb that waged it is one act; the civil war after خلال is a time, not a second
    ev = events("وعاد اللاجئون إلى قراهم بعد انتهاء الحرب التي شنتها الميليشيات خلال الحرب الأهلية.")
    assert acts(ev) == [("الحرب التي شنتها", "19")]


def test_a_place_retaken_named_by_a_pronoun() -> None:
    ev = events("وتفقد المحافظ الميناء الذي استعادته القوات الحكومية من المسلحين الشهر الماضي.")
    assert ("استعادته", "19") in acts(ev)
    ev = events("وعاد السكان إلى البلدة بعد أن استعادها الجيش من التنظيم.")
    assert ("استعادها", "19") in acts(ev)
    # the bare verb stays untaken: a team regaining its balance is no fighting
    assert "19" not in [c for _, c in acts(events("واستعاد الفريق توازنه في الشوط الثاني من المباراة."))]


def test_a_light_verb_before_a_long_chain_of_titles_opens_the_act() -> None:
    # round 22: the verb and its object stand far apart (a deputy's titles and name between): the act is written
    # from the verb, as the guideline anchors it, whatever rule found the sender
    text = "وكان قد بعث نائب رئيس مجلس الوزراء صاحب السمو الشيخ حمد بن سالم بن راشد برقية تهنئة إلى رئيس البرتغال."
    rows = events(text)
    rows = rows[rows["unit"].eq("event") & rows["trigger"].str.endswith("برقية تهنئة")]
    assert rows["trigger"].tolist() == ["بعث ... برقية تهنئة"]
    assert rows["start"].tolist() == [text.index("بعث")]
    # a clause break between them leaves the noun on its own
    text = "بعث الأمير حمد رسالة إلى الوزير، وفي اليوم نفسه برقية تهنئة إلى رئيس البرتغال."
    rows = events(text)
    assert not rows["trigger"].str.contains(r"بعث \.\.\. برقية").any()


def test_a_martyrdom_is_the_result_not_the_act() -> None:
    # round 22: استشهاد names a victim's death; the guideline codes the attack that caused it, and a death announced
    # with no perpetrator not at all
    assert "18" not in [c for _, c in acts(events("وأعلنت وزارة الدفاع البحرينية استشهاد جنديين من قواتها أمس."))]
    assert acts(events("وهاجم مسلحون دورية للشرطة قرب الحدود وأدى ذلك إلى استشهاد ثلاثة من أفرادها."))[0][1] == "18"


def test_a_result_phrase_after_a_conjunction() -> None:
    # round 22: وأسفر / وأدى (with the conjunction) introduce the result of the act just coded, as أسفر does
    ev = events("وقصفت الطائرات الروسية سوقا شعبيا في ريف إدلب وأسفر القصف عن مقتل عشرة من المدنيين.")
    triggers = [t for t, _ in acts(ev)]
    assert "مقتل" not in triggers and "قصفت" in triggers


# Round 23: a trigger whose neighbour gives it another sense (events._other_sense), from the false events of the
# general-news samples V and W; each sentence made up in the pattern of the readings.


def test_a_state_offering_talks_is_an_offer() -> None:
    # the positive case of the three tests above and below that keep عرض from firing on shows, widths and no doer
    offer = events("وعرضت قطر على الحكومة اليمنية استضافة جولة جديدة من المحادثات.")
    assert "03" in [c for _, c in acts(offer)]


def test_liable_and_the_open_sea_are_no_offer() -> None:
    assert "03" not in [c for _, c in acts(events("وأكدت الدراسة أن العمال في المصانع أكثر عرضة للإصابة بأمراض الرئة."))]
    assert "03" not in [c for _, c in acts(events("وتسلم المهربون ثلاث حقائب في عرض البحر قبل وصولهم إلى الساحل."))]


def test_a_subsidy_cut_or_a_market_lifted_is_no_support() -> None:
    cut = events("وأعلنت الحكومة الكويتية رفع الدعم عن الديزل والكيروسين ابتداء من الشهر المقبل.")
    assert "06" not in [c for _, c in acts(cut)]
    market = events("وارتفعت البورصة القطرية في تداولات أمس بدعم قاده قطاع البنوك.")
    assert "06" not in [c for _, c in acts(market)]
    support = events("وأكد المتحدث أن التحالف سيواصل دعم الجيش الوطني في معاركه ضد المتمردين.")
    assert "06" in [c for _, c in acts(support)]


def test_freeing_prices_frees_no_territory() -> None:
    prices = events("وقررت الحكومة المصرية تحرير أسعار الوقود اعتبارا من مطلع العام.")
    assert "19" not in [c for _, c in acts(prices)]
    city = events("وأعلنت القوات العراقية تحرير مدينة تكريت من تنظيم داعش.")
    assert "19" in [c for _, c in acts(city)]


def test_visiting_sights_kin_or_a_website_visits_no_body() -> None:
    for text in ("ويتضمن البرنامج زيارة المعالم التاريخية في المدينة.",
                 "ودعت الوزارة المراجعين إلى زيارة موقعها الإلكتروني لمعرفة المواعيد.",
                 "ويفضل كثير من السكان زيارة الأقارب في أيام العيد."):
        assert "04" not in [c for _, c in acts(events(text))], text
    assert "04" in [c for _, c in acts(events("ويبدأ وزير الخارجية التركي اليوم زيارة إلى طهران تستمر يومين."))]


def test_visiting_a_tent_a_village_a_cafe_or_a_doctor_visits_no_body() -> None:
    for text in ("وتجول المحافظ في أركان المهرجان، وزار خيمة التسوق التي تضم ركن الأسر المنتجة.",
                 "كما زار القرية التراثية التي تشتمل على ثماني عشرة غرفة.",
                 "وزار المقهى الشعبي والمسرح المضيء في الحديقة.",
                 "ويعفى من الضريبة كل من يقوم بزيارة العيادات الطبية بانتظام."):
        assert "04" not in [c for _, c in acts(events(text))], text
    assert "04" in [c for _, c in acts(events("وزار مدير التعليم في المنطقة مصابي الحادث في المستشفى."))]


def test_a_width_or_a_show_is_no_offer() -> None:
    for text in ("ووافق المجلس على نزع ملكية أربعة عقارات لتنفيذ شارع عرض 30 مترا في المخطط.",
                 "ووافق المجلس على تعويض عقارين لتنظيم شارع عرض30متر بالمحافظة.",
                 "ثم عرض فيلم عن السياحة في المنطقة.",
                 "وبدأ إطلاق النار أثناء عرض مسائي لفيلم في الصالة."):
        assert "03" not in [c for _, c in acts(events(text))], text


def test_a_meeting_its_subject_chairs_is_no_meeting_between_actors() -> None:
    chaired = events("ورأس محافظ الطائف فهد بن عبدالعزيز بن معمر الاجتماع الثالث للجنة التنفيذية لسوق عكاظ.")
    assert "04" not in [c for _, c in acts(chaired)]
    delegation = events("ورأس وفد المملكة في الاجتماع وزير الدولة للشؤون الخارجية.")
    assert "04" in [c for _, c in acts(delegation)]


def test_a_war_hero_wages_no_war() -> None:
    ev = events("وقال المرشح إن السيناتور ليس بطل حرب لأنه وقع في الأسر.")
    assert "19" not in [c for _, c in acts(ev)]


def test_a_programme_that_aims_at_a_verbal_noun_attacks_no_one() -> None:
    aim = events("وأطلقت الهيئة برامج تستهدف تعزيز الوعي الصحي لدى الطلاب.")
    assert "18" not in [c for _, c in acts(aim)]
    attack = events("وقال المتحدث إن غارة للتحالف استهدفت مخزن أسلحة للحوثيين في صعدة.")
    assert "18" in [c for _, c in acts(attack)]


def test_restraint_is_no_seizure_and_prices_regulated_none_either() -> None:
    # round 43: restraint is no act either (its own 08 row was right once in five on the samples, which code the call)
    restraint = events("وحث الاتحاد الأوروبي الطرفين على ضبط النفس وتجنب التصعيد.")
    assert [c for t, c in acts(restraint) if "ضبط" in t] == []
    prices = events("ودعا المواطنون الوزارة إلى ضبط أسعار الخبز في الأسواق.")
    assert "17" not in [c for _, c in acts(prices)]


def test_a_seizure_in_a_headline_present() -> None:
    assert ("تضبط", "17") in acts(events("شرطة الرياض تضبط عصابة لسرقة السيارات"))


def test_a_memorandum_or_cooperation_agreement_signed() -> None:
    signed = events("ووقع مذكرة التفاهم عن الوزارة وكيلها للشؤون الصحية، وعن الجامعة مديرها.")
    assert [c for t, c in acts(signed) if "مذكرة" in t] == ["06"]
    headline = events("جامعة الملك سعود توقع مذكرة تفاهم مع وزارة الصحة")
    assert [c for t, c in acts(headline) if "مذكرة" in t] == ["06"]
    title = events("اتفاقية تعاون بين غرفة جدة وهيئة السياحة الأردنية")
    assert ("اتفاقية تعاون", "06") in acts(title)


def test_a_capture_as_verbal_noun_before_a_number() -> None:
    assert ("أسر", "17") in acts(events("وقتلت القوات الحكومية عشرة من المسلحين وأسر 25 آخرين في المواجهات."))
    assert ("أسر", "17") in acts(events("وقال المصدر إنه تم أسر أكثر من ثلاثين مقاتلا خلال الهجوم."))
    families = events("وقدمت الجمعية مساعدات مالية إلى أسر الشهداء في المنطقة.")
    assert "17" not in [c for _, c in acts(families)]


def test_a_presentation_a_room_or_a_kind_of_gathering_is_no_act() -> None:
    shown = events("وتضمن المعرض عرضا لأبرز المشروعات التي نفذتها البلدية.")
    assert "03" not in [c for _, c in acts(shown)]
    room = events("وعقد المجلس جلسته في قاعة الاجتماع بمقر الأمانة.")
    assert [c for t, c in acts(room) if "اجتماع" in t] == []
    kinds = events("وتشمل الفعاليات إقامة اللقاءات والمحاضرات والندوات في المراكز.")
    assert [c for t, c in acts(kinds) if "لقاء" in t] == []
    met = events("وعقد الرئيس المصري لقاء مع وزير الخارجية الأمريكي في القاهرة.")
    assert [c for t, c in acts(met) if "لقاء" in t] == ["04"]


def test_a_meeting_held_with_the_subject_between_begins_at_its_verb() -> None:
    ev = events("وعقد وزير الخارجية السعودي عادل الجبير اجتماعا ثنائيا مع نظيره الأمريكي جون كيري في الدوحة.")
    rows = ev[ev["unit"].eq("event")]
    assert list(rows["trigger"]) == ["وعقد ... اجتماعا"] and list(rows["event_code"]) == ["04"]


def test_a_meeting_attended_is_no_meeting_held() -> None:
    ev = events("وحضر المحافظ اجتماعا للمجلس البلدي في مقر البلدية.")
    assert [c for t, c in acts(ev) if "اجتماع" in t] == []


def test_a_visit_or_aid_named_again_is_one_event() -> None:
    ev = events("وصل الرئيس التونسي إلى الرياض في زيارة رسمية. وأكد الوزير أن الزيارة تعزز العلاقات بين البلدين.")
    assert [c for t, c in acts(ev) if "زيارة" in t] == ["04"]
    aid = events("وقدمت المملكة مساعدات إنسانية لليمن. وأشار المسؤول إلى أن المساعدات وصلت إلى عدن.")
    assert [c for t, c in acts(aid) if "مساعدات" in t] == ["07"]


def test_an_indefinite_noun_a_new_actor_or_a_narrating_clause_is_a_new_act() -> None:
    second = events("وصل الرئيس التونسي إلى الرياض في زيارة رسمية. وكان قد قام بزيارة أخرى إلى القاهرة.")
    assert [c for t, c in acts(second) if "زيارة" in t] == ["04", "04"]
    other = events("وقدمت المملكة مساعدات إنسانية لليمن. وأعلنت تركيا أنها ستقدم المساعدات للشعب السوري.")
    assert [c for t, c in acts(other) if "مساعدات" in t] == ["07", "07"]
    narrated = events("وصل الرئيس التونسي إلى الرياض في زيارة رسمية. وتأتي الزيارة التي يقوم بها الرئيس في إطار التشاور.")
    assert [c for t, c in acts(narrated) if "زيارة" in t] == ["04", "04"]


def test_a_noun_that_begins_with_lam_after_the_preposition_is_no_definite() -> None:
    ev = events("والتقى وزير الخارجية الكوبي نظيره الأمريكي في واشنطن. وتوجه الوزير بعد ذلك إلى البيت الأبيض للقاء الرئيس الأمريكي.")
    assert [c for t, c in acts(ev) if "لقاء" in t] == ["04"]


def test_a_prison_sentence_passed_is_coercion_and_a_law_penalty_is_not() -> None:
    passed = events("وصدر حكم بالسجن خمس سنوات على ثلاثة متهمين بتهريب الأسلحة في المدينة.")
    assert ("بالسجن", "17") in acts(passed)
    law = events("وينص النظام الجديد على المعاقبة بالسجن مدة لا تقل عن سنتين لكل من يزور الوثائق.")
    assert [c for t, c in acts(law) if "بالسجن" in t] == []
    death_law = events("وتنص المادة العاشرة على أنه يعاقب بالإعدام كل من يقتل موظفا أثناء عمله.")
    assert [c for t, c in acts(death_law) if "الإعدام" in t] == []
    served = events("وأكدت الوزارة أن السجين يجب أن يقضي عقوبته بالسجن كاملة.")
    assert [c for t, c in acts(served) if "بالسجن" in t] == []


def test_a_fine_imposed_is_coercion() -> None:
    court = events("وقررت الهيئة العامة للغذاء بتغريم شركة مقاولات مبلغ مائة ألف ريال لمخالفتها الأنظمة.")
    assert ("بتغريم", "17") in acts(court)
    fined = events("غرمت وزارة التجارة عشرين متجرا مخالفا في جدة الأسبوع الماضي.")
    assert ("غرمت", "17") in acts(fined)


def test_a_trial_begun_or_put_off_is_coercion_and_the_trial_named_again_is_not() -> None:
    begun = events("بدأت محكمة الجنايات في العاصمة أمس محاكمة خمسة متهمين بتهريب المخدرات.")
    assert ("محاكمة", "17") in acts(begun)
    again = events("وحضر عدد من الصحفيين جلسات المحاكمة في قاعة المحكمة.")
    assert [c for t, c in acts(again) if "محاكمة" in t] == []



def test_a_court_ruling_is_one_act_with_the_sentence_it_passes() -> None:
    ev = events("وقضت محكمة الجنايات في القاهرة بالسجن عشر سنوات على ثلاثة متهمين في قضية التخابر.")
    rows = ev[ev["unit"].eq("event")]
    assert [(t.split(" ... ")[0], c) for t, c in zip(rows["trigger"], rows["event_code"])] == [("وقضت محكمة", "17")]
    spent = events("وقضت العائلة إجازتها في مدينة أبها هذا الصيف.")
    assert [c for t, c in acts(spent) if "قضت" in t] == []


def test_an_honour_given_is_diplomatic_cooperation_and_generosity_or_a_place_is_not() -> None:
    given = events("وكرم محافظ المدينة عددا من رجال الدفاع المدني لشجاعتهم في إطفاء الحريق.")
    assert ("كرم", "05") in acts(given)
    headline = events("أمير المنطقة يكرم الطلاب المتفوقين في المسابقة")
    assert ("يكرم", "05") in acts(headline)
    generosity = events("وشكر الوفد المحافظ على ما لقيه من كرم الضيافة وحسن الاستقبال.")
    assert [c for t, c in acts(generosity) if "كرم" in t] == []
    place = events("وقعت اشتباكات عنيفة في كرم الزيتون شرق المدينة.")
    assert [c for t, c in acts(place) if t.startswith("كرم")] == []



def test_support_of_a_field_is_no_act_and_support_of_a_country_is() -> None:
    field = events("وأكد المحافظ أن الغرفة التجارية تعمل على دعم الاقتصاد وتنمية السياحة في المحافظة.")
    assert [c for t, c in acts(field) if "دعم" in t] == []
    # the speaker is coded: a support with no actor in a sentence that codes none is dropped (round 30)
    country = events("وأكد وزير الخارجية السعودي رغبة بلاده في دعم الاقتصاد الأردني خلال المرحلة المقبلة.")
    assert ("دعم", "06") in acts(country)


def test_support_as_the_setting_of_praise_is_no_act_unless_its_kind_or_giver_follows() -> None:
    praise = events("وأكد المدير أن الجمعية تحقق التنمية الشاملة في ظل الدعم اللامحدود من أمير المنطقة.")
    assert [c for t, c in acts(praise) if "دعم" in t] == []
    amid = events("وقال رئيس اللجنة إن تدريب الشباب على المهنة يجري وسط دعم حكومي كبير.")
    assert [c for t, c in acts(amid) if "دعم" in t] == []
    given = events("وتقدمت القوات التركية نحو المدينة في ظل دعم جوي أمريكي مكثف.")
    assert ("دعم", "06") in acts(given)


def test_a_body_reinforced_with_means_is_no_support_given() -> None:
    reinforced = events("وقال مدير الصحة إنه تم دعم المستشفيات بخمس عشرة سيارة إسعاف حديثة.")
    assert [c for t, c in acts(reinforced) if "دعم" in t] == []
    reinforced = events("وانتقلت ثلاث فرق إطفاء إلى الموقع، وتم دعمها بسبع فرق من مدينة جازان.")
    assert [c for t, c in acts(reinforced) if "دعم" in t] == []
    supported = events("وقال وزير الخارجية السعودي إنه سيتم دعم المقاومة الشعبية في اليمن.")
    assert ("دعم", "06") in acts(supported)


def test_a_fire_brought_under_control_is_no_fight() -> None:
    fire = events("وتمكنت فرق الدفاع المدني من السيطرة على حريق اندلع في مستودع بالحي الصناعي.")
    assert [c for t, c in acts(fire) if "السيطرة" in t] == []
    town = events("وتمكنت قوات الجيش من السيطرة على بلدة حدودية بعد معارك عنيفة مع المسلحين.")
    assert [c for t, c in acts(town) if "السيطرة" in t] == ["19"]


def test_receiving_the_public_is_no_visit() -> None:
    public = events("ويستقبل مقر الجمعية في المدينة الراغبين في التطوع طوال أيام الأسبوع.")
    assert [c for t, c in acts(public) if "يستقبل" in t] == []
    visitor = events("ويستقبل أمير المنطقة غدا السفير الفرنسي في مكتبه بالإمارة.")
    assert ("يستقبل", "04") in acts(visitor)


def test_research_and_a_search_are_no_talks() -> None:
    research = events("وقدم الفريق دراسة بحثية عن المياه الجوفية، كما تبحث الفرق عن طفل مفقود في الوادي.")
    assert [c for t, c in acts(research) if "بحث" in t] == []
    talks = events("وبحث وزير الخارجية مع نظيره الكويتي العلاقات الثنائية.")
    assert [c for t, c in acts(talks) if "بحث" in t] == ["04"]


def test_an_agreement_signed_with_its_signer_between_begins_at_the_verb() -> None:
    signed = events("ووقع مركز الأبحاث الطبية في المدينة اتفاقية تعاون مع جامعة الملك سعود لتدريب الأطباء.")
    rows = signed[signed["unit"].eq("event")]
    assert [(t.split(" ... ")[0], c) for t, c in zip(rows["trigger"], rows["event_code"])] == [("ووقع", "06")]
    memorandum = events("وشهد المحافظ توقيع الجمعية الخيرية والغرفة التجارية مذكرة تفاهم لدعم الأسر المنتجة.")
    assert [t.split(" ... ")[0] for t in memorandum.loc[memorandum["unit"].eq("event"), "trigger"]] == ["توقيع"]
    named = events("وأشاد الوزير بالاتفاقية التي تخدم مصالح البلدين.")
    assert [c for t, c in acts(named) if "اتفاقية" in t] == []


def test_a_comma_after_the_word_beside_a_trigger_keeps_its_other_sense() -> None:
    # round 27: عرض البحر، (the open sea, a comma glued to البحر) was read as an offer on samples H, I, L and M
    sea = events("واعترف المتهمان بتسلم أربع حقائب في عرض البحر، من قارب على متنه شخصان.")
    assert "03" not in [c for _, c in acts(sea)]
    fire = events("وأوضح أن فرق الدفاع المدني تمكنت من السيطرة على الحريق، ولا توجد إصابات.")
    assert [c for t, c in acts(fire) if "السيطرة" in t] == []


def test_a_visit_to_patients_is_an_act() -> None:
    # sample Z codes a body's visit to patients 04 (ماكدونالدز السعودية تزور مرضى المستشفيات)
    visit = events("وقام وفد من الجمعية الخيرية بزيارة المرضى المنومين في مستشفى الملك فهد.")
    assert [c for t, c in acts(visit) if "زيارة" in t] == ["04"]


def test_honouring_as_a_verbal_noun_is_diplomatic_cooperation() -> None:
    # round 27, from the misses of Z and AA: تكريم is an honour given (05), as the verb كرم
    given = events("واختتمت الأمانة فعاليات العيد بتكريم المشاركين في المهرجان.")
    assert [c for t, c in acts(given) if "تكريم" in t] == ["05"]
    # the honour named again, and a body honouring its own staff, are no act between actors
    again = events("وعبرت الطالبة عن سعادتها بهذا التكريم الذي سيدفعها إلى مزيد من الجهد.")
    assert [c for t, c in acts(again) if "تكريم" in t] == []
    staff = events("وأقامت المديرية حفلا في ختامه تم تكريم منسوبي الإدارة على جهودهم.")
    assert [c for t, c in acts(staff) if "تكريم" in t] == []


def test_preaching_and_the_dawa_party_are_no_invitation() -> None:
    # round 27: الدعوة والإرشاد names an office or a ministry, حزب الدعوة the Iraqi party
    office = events("وتنطلق اليوم فعاليات الخيمة التي ينظمها مكتب الدعوة والإرشاد وتوعية الجاليات بأبها.")
    assert "03" not in [c for _, c in acts(office)]
    invitation = events("وقبل الرئيس الإيراني دعوة لزيارة روما الشهر المقبل.")
    assert "03" in [c for _, c in acts(invitation)]


def test_a_report_or_a_paper_that_reviews_holds_no_talks() -> None:
    # round 27: واستعرض التقرير ...، ناقشت الورقة ...: a document or a gathering as the verb's subject
    report = events("واستعرض التقرير مكونات القروض المصرفية في نهاية العام الماضي.")
    assert "04" not in [c for _, c in acts(report)]
    paper = events("كما ناقشت الورقة الثانية موضوع الإحصاء ودوره في التخطيط.")
    assert "04" not in [c for _, c in acts(paper)]
    talks = events("واستعرض وزير الخارجية مع نظيره الكويتي العلاقات الثنائية.")
    assert "04" in [c for _, c in acts(talks)]


def test_a_rescue_of_people_counted_is_aid_and_a_rescue_unit_is_not() -> None:
    # round 27, from the misses of Y and AA
    rescue = events("وأعلن خفر السواحل الإيطالي أنه تم إنقاذ نحو 1400 مهاجر في البحر أمس.")
    assert [c for t, c in acts(rescue) if "إنقاذ" in t] == ["07"]
    unit = events("وباشرت فرق الإطفاء والإنقاذ الموقع فور تلقي البلاغ.")
    assert [c for t, c in acts(unit) if "إنقاذ" in t] == []


def test_plans_or_programmes_presented_are_no_talks_and_relations_reviewed_are() -> None:
    # round 27: تم خلال الاجتماع استعراض أداء قطاعات الوزارة: a body's own performance presented
    plans = events("وتم خلال الاجتماع استعراض أداء قطاعات الوزارة وما تحقق من أهداف الخطط.")
    assert [c for t, c in acts(plans) if "استعراض" in t] == []
    relations = events("وجرى خلال اللقاء استعراض العلاقات الثنائية بين المملكة والأردن.")
    assert [c for t, c in acts(relations) if "استعراض" in t] == ["04"]


def test_two_cables_of_congratulation_in_the_dual() -> None:
    # round 27, a miss of V: برقيتي تهنئة (the dual), as برقية تهنئة
    ev = events("خادم الحرمين الشريفين ونائبه يبعثان برقيتي تهنئة لحاكم جامايكا بمناسبة استقلال بلاده")
    assert [c for t, c in acts(ev) if "برقيتي" in t] == ["05"]


def test_support_credited_in_thanks_or_praise_is_no_act_unless_a_state_gives_it() -> None:
    # round 31, from the false support events of samples D-W: the thanks or the praise is the statement, the
    # support it names is only credited; a state named as the giver, or a clause narrating the support between
    # states, keeps it an act (the samples code «أشاد بدعم المملكة» so)
    for text in ("وقدم وزير الصحة اليمني شكره للحكومة السعودية على دعمها المتواصل.",
                 "ورفع أمير منطقة جازان الشكر لخادم الحرمين الشريفين على دعمه غير المحدود للمشاريع.",
                 "وأشاد وزير الخارجية اليمني بالدعم الكبير الذي قدمه رجال القبائل.",
                 "ونوه وزير الداخلية المصري بدعم الحكومة للأجهزة الأمنية.",
                 "وقال الرئيس اليمني مثمنا هذا الدعم إن بلاده لن تنساه."):
        assert [c for t, c in acts(events(text)) if "دعم" in t] == [], text
    state = events("وأشاد العاهل الأردني بدعم المملكة العربية السعودية للاقتصاد الأردني.")
    assert ("بدعم", "06") in acts(state)
    narrated = events("وأشاد وزير الخارجية اليمني بالدعم والمساندة التي تلقتها الحكومة اليمنية من دول الخليج.")
    assert ("بالدعم", "06") in acts(narrated)
    given = events("وقدم وزير الخارجية اليمني شكره للسعودية ثم أعلن دعم بلاده للحكومة المصرية.")
    assert ("دعم", "06") in acts(given)


def test_support_enjoyed_or_owed_to_it_is_no_act_unless_a_state_adjective_follows() -> None:
    # round 31: يحظى بدعم names a state of things, بفضل الله ثم بدعم credits the support; a country adjective after
    # keeps the act as after في ظل
    for text in ("وأوضح وزير التعليم السعودي أن المشروع يحظى بدعم من أمير المنطقة.",
                 "وقال وزير الخارجية الروسي إن القوات المناهضة لتنظيم داعش لا بد أن تحظى بدعم دولي واسع.",
                 "وقال وزير الصحة السعودي إن الإنجاز تحقق بفضل الله ثم بدعم القيادة الرشيدة."):
        assert [c for t, c in acts(events(text)) if "دعم" in t] == [], text
    foreign = events("وقال وزير الخارجية السعودي إن الفصائل تحظى بدعم أمريكي كبير.")
    assert ("بدعم", "06") in acts(foreign)


def test_a_peak_or_a_top_is_no_summit() -> None:
    # round 31: قمة as the top of a mountain, of a ranking or of a list, or a match between leading clubs
    for text in ("وتقدمت قوات الجيش اليمني نحو قمة جبل صبر بعد معارك مع الحوثيين.",
                 "وقال وزير الصحة السعودي إن الملف يأتي في قمة أولويات الوزارة.",
                 "ويتربع الهلال على قمة الترتيب العام برصيد 30 نقطة.",
                 "وأكد رئيس النادي أن الفريق جاهز لمباراة القمة أمام الأهلي."):
        assert [c for t, c in acts(events(text)) if "قمة" in t] == [], text
    # round 43: nor is a summit after في / خلال / هامش, the setting or the time of something else (خلال قمة بروكسل);
    # the meeting held at it is the act, and a summit offered or held stays one
    summit = events("والتقى الرئيس المصري العاهل الأردني على هامش قمة شرم الشيخ.")
    assert [c for t, c in acts(summit) if "قمة" in t] == []
    assert "04" in [c for t, c in acts(summit) if "التقى" in t]
    offered = events("وقال الكرملين إن بوتين سينظر في عرض الرئيس الأمريكي بايدن لعقد قمة مع روسيا.")
    assert [c for t, c in acts(offered) if "قمة" in t] == ["04"]


def test_one_actor_presenting_alone_is_no_review_between_actors() -> None:
    # round 32, from the false reviews of samples W-AF (the samples code «واستعرض المدير ... الفرص» as his statement):
    # a singular استعرض with no مع and no joint subject in its sentence is no talks; with either, or in the dual, it is
    for text in ("واستعرض المدير العام للتخطيط الاستراتيجي المهندس زيدان عمر الفرص الاستثمارية في ينبع.",
                 "وقال وزير الحج السعودي إن الوزارة استعرضت برنامج الحج منخفض التكلفة."):
        assert [c for t, c in acts(events(text)) if "ستعرض" in t] == [], text
    for text in ("واستعرض وزير الخارجية السعودي مع نظيره الأمريكي العلاقات بين البلدين.",
                 "واستعرض الجانبان العلاقات الثنائية بين المملكة وفرنسا.",
                 "وزير الخارجية السعودي ونظيره الأمريكي استعرضا العلاقات بين البلدين."):
        assert [c for t, c in acts(events(text)) if "ستعرض" in t] == ["04"], text


def test_cooperation_with_a_partner_named_only_by_its_kind_is_no_act() -> None:
    # round 32, from the false coordinations of samples W-AF: بالتنسيق مع الجهات المعنية names no actor to act with;
    # a named body, a country or a word that names the partner keeps the act
    for text in ("وتعمل الأمانة على تنفيذ المشروع بالتنسيق مع الجهات المعنية.",
                 "وقال وزير العمل السعودي إن الوزارة تقوم بذلك بالتعاون مع جميع الجهات ذات العلاقة."):
        assert [c for t, c in acts(events(text)) if "تنسيق" in t or "تعاون" in t] == [], text
    for text in ("وقال وزير العمل السعودي إن الوزارة تقوم بذلك بالتنسيق مع وزارة الداخلية.",
                 "وتنفذ الجامعة السعودية البرنامج بالتعاون مع الجهات الرسمية الفرنسية."):
        assert [c for t, c in acts(events(text)) if "تنسيق" in t or "تعاون" in t] == ["06"], text


def test_a_show_or_an_exposure_is_no_offer() -> None:
    # round 32, from the false offers of W-AF, C and U: لعرض after the لـ of purpose is a show or a submission, يعرض ...
    # للخطر exposes; a briefing listened to and an offer made stay acts
    for text in ("وخصصت أمانة الرياض أماكن مجهزة للأسر المنتجة لعرض منتجاتها.",
                 "وقال وزير الخارجية الإسرائيلي إن الاتفاق السيئ يعرض أمن إسرائيل للخطر."):
        assert [c for t, c in acts(events(text)) if "عرض" in t] == [], text
    briefing = events("وقال اليامي إن اللجنة استمعت لعرض من وزير حقوق الإنسان اليمني.")
    assert [c for t, c in acts(briefing) if "عرض" in t] != []
    offer = events("وعرضت الحكومة المصرية على الفصائل الفلسطينية استضافة المحادثات.")
    assert [c for t, c in acts(offer) if "عرض" in t] == ["03"]


def test_support_after_fi_is_a_field_unless_given_or_to_a_force() -> None:
    # round 32, from the false support events of W-AB: يسهم في دعم، دورها في دعم name the field of a contribution; a
    # word of involvement or continuation before في, or an armed force after دعم, keeps the support given
    for text in ("وقال مدير الخطوط السعودية إن الطائرة ستسهم في دعم إمكاناتها التشغيلية.",
                 "وأكد أمين منطقة الرياض دور الأمانة في دعم الأسر المنتجة."):
        assert [c for t, c in acts(events(text)) if "دعم" in t] == [], text
    for text in ("واتهم وزير الخارجية الليبي قطر بالتورط في دعم الإرهابيين.",
                 "وأسهمت القوات الإماراتية في دعم الجيش اليمني والمقاومة الشعبية."):
        assert [c for t, c in acts(events(text)) if "دعم" in t] == ["06"], text


def test_a_visit_with_no_actor_in_its_sentence_is_no_act() -> None:
    # round 32, from the false visits of X-AC: visits to hospitals or places, a visa, with no actor coded in the
    # sentence (word list actorless_dropped); a visit between named actors stays
    for text in ("ويعتمد الفريق في بعض فعالياته على القيام بزيارة المستشفيات.",
                 "فلا أقل من ترتيب زيارة ثابتة مرة أسبوعيا لبيت الأجداد."):
        assert [c for t, c in acts(events(text)) if "زيار" in t] == [], text
    visit = events("وقام وزير الخارجية السعودي بزيارة إلى القاهرة التقى خلالها الرئيس المصري.")
    assert [c for t, c in acts(visit) if "زيار" in t] == ["04"]


def test_a_strike_a_destruction_or_a_discussion_with_no_actor_is_no_act() -> None:
    # round 71, from the false events of V-BS: weather that strikes, destruction or purging as an idea, a play
    # discussed, with no actor coded in the sentence (word list actorless_dropped); a strike or a discussion between
    # named actors stays
    for text, form in (("وتسببت الرياح التي ضربت المحافظة في انقطاع التيار الكهربائي.", "ضرب"),
                       ("ويشتغلون على تدمير الأمة وتشويه عقيدتها.", "تدمير"),
                       ("ومن شأن ذلك تطهير السوق من المنتجات المغشوشة.", "تطهير"),
                       ("وناقش العرض المسرحي واقع الحياة الاجتماعية.", "ناقش")):
        assert [c for t, c in acts(events(text)) if form in t] == [], text
    strike = events("وضربت طائرات التحالف مواقع الحوثيين في صعدة.")
    assert [c for t, c in acts(strike) if "ضرب" in t] == ["18"]
    talks = events("وناقش وزير الخارجية السعودي مع نظيره الأمريكي تطورات الأوضاع.")
    assert [c for t, c in acts(talks) if "ناقش" in t] == ["04"]


def test_a_source_asking_for_anonymity_makes_no_request() -> None:
    # round 32, from the false requests of A and R: الذي طلب عدم الكشف عن اسمه describes the source
    for text in ("وقال المصدر الذي طلب عدم الكشف عن اسمه إن الزيارة تأجلت.",
                 "وأشار مسؤول يوناني طلب عدم نشر اسمه إلى أن الجهود مستمرة."):
        assert [c for t, c in acts(events(text)) if "طلب" in t] == [], text
    request = events("وطلب رئيس مجلس النواب العراقي من الأردن بذل مساعيه لدى أنقرة.")
    assert [c for t, c in acts(request) if "طلب" in t] == ["02"]


def test_an_official_reception_ceremony_is_receiving_a_visitor() -> None:
    # round 32, misses of D, N and T: مراسم استقبال رسمية held for a visitor; a reception of the public is not
    ev = events("وقد أجريت لولي ولي العهد السعودي مراسم استقبال رسمية في عمان.")
    assert [c for t, c in acts(ev) if "مراسم" in t] == ["04"]
    hall = events("وافتتح الأمير قاعة الاستقبال الجديدة في المستشفى.")
    assert [c for t, c in acts(hall) if "استقبال" in t] == []


def test_a_fine_in_the_present_is_coercion() -> None:
    # round 32, misses of AC, AD and Z: تغرم / يغرم (a headline's present, as غرمت and تغريم); an unfined text is
    # no act, and فرض غرامة (a law's penalty as often as a fine imposed) is no row
    for text, form in (("الأرصاد تغرم 30 منشأة صناعية مخالفة للبيئة", "تغرم"),
                       ("ديوان المظالم يغرم شركة مياه 15 مليون ريال لمخالفة نظام المنافسة", "يغرم")):
        assert [c for t, c in acts(events(text)) if form in t] == ["17"], text
    law = events("وتتمثل العقوبات في فرض غرامة مالية لا تقل عن ثلاثة آلاف ريال عن كل مخالفة.")
    assert [c for t, c in acts(law) if "غرام" in t] == []
    shadda = events("محكمة أمريكية تغرّم شركة 25 ألف دولار لرفضها توظيف فتاة محجبة")
    assert [c for t, c in acts(shadda) if "تغر" in t] == ["17"]


def test_an_inspection_campaign_or_round_is_an_investigation() -> None:
    # round 33, misses of X, AA, AB, AC, AE and AF: جولات / حملات تفتيشية، الجولات الرقابية by a regulator; a round of
    # a sports league is no inspection
    for text, form in (("نفذت أمانة جدة جولات تفتيشية على المطاعم في الأحياء الجنوبية.", "تفتيشية"),
                       ("وشملت الجولات الرقابية 971 متجرا في مختلف مدن المملكة.", "الرقابية"),
                       ("وتمكنت الفرق خلال حملاتها التفتيشية على متاجر الأجهزة من ضبط 943 ثلاجة.", "التفتيشية")):
        assert [c for t, c in acts(events(text)) if form in t] == ["09"], text
    league = events("ويلتقي الفريقان في الجولة الثالثة من الدوري.")
    assert [c for t, c in acts(league) if "جول" in t] == []


def test_a_referral_to_the_prosecution_custody_and_remand_are_coercion() -> None:
    # round 33, misses of V, X, AB, AC, AD and AG: إحالتهم، التحفظ على، أمرت بحبس, each an act of the police or the
    # prosecution on the accused (17); holding one's breath (بحبس النفس) is none
    for text, form in (("وبعد انتهاء التحقيق معهم تمت إحالتهم إلى النيابة العامة.", "إحالتهم"),
                       ("وتم التحفظ على السائق لحين انتهاء التحقيق.", "التحفظ"),
                       ("وأمرت النيابة العامة بحبس 24 متهما احتياطيا على ذمة القضية.", "بحبس")):
        assert [c for t, c in acts(events(text)) if form in t] == ["17"], text
    diver = events("اختفت بطلة العالم في الغوص الحر بحبس النفس خلال غوصها.")
    assert [c for t, c in acts(diver) if "حبس" in t] == []


def test_a_shooting_is_force_but_a_ceasefire_is_not() -> None:
    # round 33, misses of X, AD, AE and AF: an indefinite إطلاق نار (تعرض لإطلاق نار) is an assault (18), as the
    # definite row; وقف إطلاق نار, indefinite too, stays a ceasefire (08)
    shot = events("استشهد رجل أمن إثر تعرضه لإطلاق نار في القطيف.")
    assert [c for t, c in acts(shot) if "نار" in t] == ["18"]
    truce = events("ورغم اتفاق لوقف إطلاق نار بين الحكومة والمتمردين تجددت الاشتباكات.")
    assert [c for t, c in acts(truce) if "نار" in t] == ["08"]


def test_a_donation_and_gifts_handed_out_are_aid() -> None:
    # round 33, misses of Y, Z, AA, AC and AE: تبرعت الشركة، توزيع الهدايا على الأطفال (07)
    for text, form in (("تبرعت شركة بن لادن بإنشاء خيمة سوق عكاظ.", "تبرعت"),
                       ("وفي ختام الحفل تم توزيع الهدايا على الأطفال الحاضرين.", "الهدايا")):
        assert [c for t, c in acts(events(text)) if form in t] == ["07"], text


def test_a_report_received_by_the_police_is_aimed_at_them_not_made_by_them() -> None:
    # round 33, misses of AB-AF: تلقت الشرطة بلاغا (02): the police receive it, its maker unnamed is the source
    ev = events("وأوضح المتحدث أن شرطة محافظة الليث تلقت بلاغا عن اختراق موقع إحدى الجهات الحكومية.")
    rows = ev[ev.trigger.str.contains("بلاغ")]
    assert rows.event_code.tolist() == ["02"]
    assert rows.target_code.iloc[0] == "SAUCOP" and rows.source_code.iloc[0] != "SAUCOP"


def test_a_shooting_after_fi_is_the_setting_of_the_killing_just_coded_and_its_sound_no_act() -> None:
    # round 33, false events of Y and AD: يقتل 2 ويصيب 7 في إطلاق نار is one act, the killing; سمع صوت إطلاق نار
    # hears the shooting already told
    killing = events("أمريكي يقتل 2 ويصيب 7 في إطلاق نار في دور سينما")
    assert [c for t, c in acts(killing) if "نار" in t] == [] and "18" in [c for _, c in acts(killing)]
    noun = events("وأكدت الوزارة مقتل تسعة عسكريين وإصابة اثنين آخرين في إطلاق نار من قبل مجموعة إرهابية.")
    assert [c for t, c in acts(noun) if "نار" in t] == ["18"]
    heard = events("وأفاد الابن أنه سمع صوت إطلاق نار أثناء تواجده داخل المنزل.")
    assert [c for t, c in acts(heard) if "نار" in t] == []


def test_a_contract_signed_is_material_cooperation_but_a_decade_is_no_contract() -> None:
    # round 33, misses of AA: وقعت ... عقد / ألفي عقد مع (06), as the agreements a signing verb names; العقد
    # الثالث من العمر and عقد اجتماعا are no contract signed
    signed = events("وقعت إدارة مطار الملك فهد الدولي أمس عقد بناء وتشغيل مبنى الطيران الخاص مع شركة أكس جت الأمريكية.")
    assert [c for t, c in acts(signed) if "عقد" in t] == ["06"]
    age = events("ووقع الحادث لشاب في العقد الثالث من العمر.")
    assert [c for t, c in acts(age) if "عقد" in t] == []


def test_a_referral_joined_to_the_arrest_is_one_act_and_a_retirement_is_none() -> None:
    # round 33, false events of H, K, AB and AC: القبض عليه وأحالته is one act (the arrest's row), as the annotators
    # write it; with its own time after the custody (وسيتم إحالتهم) it is its own; إحالته للتقاعد is a retirement
    joined = events("وألقت الشرطة القبض عليه وأحالته للجهات المختصة لاتخاذ الإجراءات.")
    assert [c for t, c in acts(joined) if "حالت" in t] == [] and ("القبض عليه", "17") in acts(joined)
    later = events("وتم التحفظ على المتهمين وسيتم إحالتهم لهيئة التحقيق والادعاء العام.")
    assert [c for t, c in acts(later) if "حالت" in t] == ["17"]
    retired = events("مارست الوزارة ضغوطا على المدعي العام قبل إحالته للتقاعد.")
    assert [c for t, c in acts(retired) if "حالت" in t] == []
    named = events("ومن بين الصحفيين الذين تمت إحالتهم عبدالخالق عمران وتوفيق المنصوري.")
    assert [c for t, c in acts(named) if "حالت" in t] == []


def test_an_investigation_with_named_people_is_an_investigation() -> None:
    # round 33, issue 16, misses of Z, AC, AD and U: التحقيق معهم، فتحت تحقيقا (09); the prosecution's name (هيئة
    # التحقيق والادعاء العام) is no act of its own
    for text, form in (("وقامت الشرطة بالتحقيق معهم تمهيدا لإحالتهم.", "التحقيق"),
                       ("وفتحت شرطة جدة تحقيقا في الحادثة.", "تحقيق"),
                       ("وتولى القضاء البوليفي التحقيق مع 20 مسؤولا كرويا.", "التحقيق")):
        assert [c for t, c in acts(events(text)) if form in t] == ["09"], text
    body = events("وأحيلت القضية إلى هيئة التحقيق والادعاء العام.")
    assert [c for t, c in acts(body) if "التحقيق" in t] == []


def test_a_partnership_launched_or_joined_is_material_cooperation() -> None:
    # round 33, issue 16, misses of Y, AA, AD and AF: بالشراكة مع، إطلاق شراكة، عقد شراكات (06); a partnership as a
    # principle or an aim (تفعيل مبدأ الشراكة مع، تقوية الشراكة مع) is no act
    for text, form in (("نظمت الوزارة الدورة بالشراكة مع المركز الوطني للقياس.", "الشراكة"),
                       ("أعلنت شركة طيران ناس عن إطلاق شراكة مع جزيرة ياس.", "شراكة")):
        assert [c for t, c in acts(events(text)) if form in t] == ["06"], text
    aim = events("وفي إطار تفعيل مبدأ الشراكة مع القطاعات الحكومية والخاصة بحث الوزيران آلية التعاون.")
    assert [c for t, c in acts(aim) if "الشراكة" in t] == []


def generic(text: str, outlet: str | None) -> pd.DataFrame:
    df = pd.DataFrame({"doc_id": ["d"], "published": [DATE], "text_clean": [text], "outlet": [outlet]})
    mentions = find_mentions(df)
    return find_events(df, mentions=mentions, statements=find_statements(df, mentions=mentions), sign_model=False)


def test_shops_are_the_target_of_an_inspection_in_a_home_story() -> None:
    # round 33, issue 16: the gold of AD and AG codes the shops a Saudi body inspected or fined SAUBUS, in the stories
    # of a Saudi outlet; in a foreign story, or with no outlet, the noun is left uncoded; suspects are not read
    home = "ونفذت أمانة منطقة الرياض جولات تفتيشية على المحلات التجارية في الأحياء."
    rows = generic(home, "alriyadh")
    assert rows.loc[rows.trigger.str.contains("تفتيشية"), "target_code"].tolist() == ["SAUBUS"]
    rows = generic(home, None)
    assert rows.loc[rows.trigger.str.contains("تفتيشية"), "target_code"].tolist() == [None]
    rows = generic("ونفذت السلطات المصرية في القاهرة جولات تفتيشية على المحلات التجارية.", "alriyadh")
    assert rows.loc[rows.trigger.str.contains("تفتيشية"), "target_code"].tolist() == [None]
    # round 58: the suspects an arrest names by what they are are its target (events._counted_people_target; the
    # dev samples A-BF code them CVL of the story's state more often than they leave them uncoded)
    rows = generic("وتمكنت شرطة محافظة الطائف من القبض على المتهمين في الحادثة.", "okaz")
    assert rows.loc[rows.trigger.str.contains("القبض"), "target_code"].tolist() == ["SAUCVL"]


def test_a_users_outlet_table_reaches_the_events() -> None:
    # an outlet the bundled table lacks is placed by the user's table, for the mentions and the events alike, whether
    # given as ``outlets=`` or in the tables of user_tables (a Kuwaiti daily's bare البلدية and the shops it inspected)
    from q7x2lib import analyse
    from q7x2lib.actors import user_tables

    df = pd.DataFrame({"doc_id": ["d"], "published": [DATE], "outlet": ["alqabas"],
                       "text_clean": ["ونفذت البلدية جولات تفتيشية على المحلات التجارية في الأحياء."]})
    own = pd.DataFrame({"outlet": ["alqabas"], "country": ["KWT"]})

    def inspected(tables: dict) -> list:
        ev = tables["events"]
        return ev.loc[ev.trigger.str.contains("تفتيشية"), ["source_code", "target_code"]].values.tolist()

    assert inspected(analyse(df)) == [[None, None]]  # unknown outlet: no state is guessed, neither body is coded
    assert inspected(analyse(df, outlets=own)) == [["KWTGOV", "KWTBUS"]]
    assert inspected(analyse(df, tables=user_tables(table_paths={"outlets": own}))) == [["KWTGOV", "KWTBUS"]]
    mentions = find_mentions(df, outlets=own)
    assert find_events(df, mentions=mentions, outlets=own, sign_model=False).target_code.dropna().tolist() == ["KWTBUS"]


def test_a_coordination_needs_its_partner_after_mas() -> None:
    # round 43, from the false coordinations pooled over the samples: a coordination with no مع after it is a task, an
    # office or a formula; with مع (or مع and a pronoun) within four words it stays an act
    for text in ("وأكد المدير أهمية تنسيق الجهد الإغاثي بين المركز والمنظمات الدولية.",
                 "وتأتي الزيارة في إطار التشاور والتنسيق المستمر بين المملكة والأردن.",
                 "وقال قائد مركز تنسيق عمليات البحث والإنقاذ إن الفرق جاهزة."):
        assert [c for t, c in acts(events(text)) if "تنسيق" in t] == [], text
    for text in ("وأكد وزير الدفاع اليمني وجود تنسيق مع التحالف العربي في عدن.",
                 "وباشرت السفارة الحادث والتنسيق مع السلطات العمانية المختصة."):
        assert [c for t, c in acts(events(text)) if "تنسيق" in t] == ["06"], text


def test_a_force_advancing_is_an_act_of_war_a_request_submitted_is_none() -> None:
    # round 43: تقدمت / تقدم / يتقدم only before a force or a direction (word list advance_next)
    assert ("تقدمت", "19") in acts(events("وتقدمت قوات الجيش اليمني والمقاومة الشعبية نحو مطار عدن."))
    assert ("يتقدم", "19") in acts(events("وقال القائد إن الجيش يتقدم نحو مواقع الحوثيين في تعز."))
    for text in ("وتقدمت الشركة السعودية بطلب رسمي إلى وزارة التجارة.",
                 "وتقدم الوزير بالشكر إلى جميع العاملين في الوزارة.",
                 "وأوضح أن الجمعية تقدم خدماتها لأكثر من ألف أسرة."):
        assert [c for t, c in acts(events(text)) if "تقدم" in t] == [], text


def test_driving_out_and_a_toppling_are_acts_the_centrifuge_none() -> None:
    # round 43: the verbal noun طرد (19) and الإطاحة ب (17), missed on the samples
    assert ("طرد", "19") in [(t.split()[-1], c) for t, c in acts(events(
        "وتمكنت المقاومة الشعبية من طرد الحوثيين من مدينة الضالع."))]
    assert [c for t, c in acts(events("ويضم المفاعل الإيراني آلاف أجهزة الطرد المركزي.")) if "طرد" in t] == []
    assert ("الإطاحة", "17") in acts(events("وأعلنت الشرطة الإطاحة بعصابة لسرقة السيارات في جدة."))


def test_the_besieged_is_no_siege_laid() -> None:
    # round 43: المحاصرة with the article is the adjective (المدن المحاصرة); محاصرة without it stays the act
    assert [c for t, c in acts(events("ووصلت المساعدات الإنسانية إلى المدن المحاصرة في سوريا.")) if "محاصرة" in t] == []
    assert ("محاصرة", "19") in [(t.split()[-1], c) for t, c in acts(events(
        "وواصلت قوات النظام السوري محاصرة مدينة الزبداني."))]


def test_a_red_card_is_no_expulsion() -> None:
    # round 43: طرد الحارس، طرد اللاعب (rules split, 3 of 21 firings of طرد)
    assert [c for t, c in acts(events("وتجنب مدرب تشيلسي التعليق على طرد الحارس كورتوا في المباراة.")) if "طرد" in t] == []


def test_a_headline_of_congratulations_is_an_act() -> None:
    # round 44: القيادة تهنئ رئيس ... / خادم الحرمين يهنئ ...: the headline of the leaders' cables, coded as an act
    for text, trigger in (("القيادة تهنئ رئيس غانا بذكرى استقلال بلاده", "تهنئ"),
                          ("ولي العهد يهنئ رئيس جمهورية بنما بذكرى الاستقلال", "يهنئ")):
        assert (trigger, "05") in acts(events(text)), text


def test_a_telephone_call_between_two_or_received_or_made() -> None:
    # round 44: اتصال هاتفي بين / تلقاه / أجراه is a consultation (04); a bare اتصال هاتفي (an interview with an
    # outlet as often) is not
    for text in ("وجاء ذلك في اتصال هاتفي بين وزير الخارجية المصري ونظيره الأردني أمس.",
                 "وقال الرئيس خلال اتصال هاتفي تلقاه من رئيس وزراء إيطاليا إن الحل سياسي.",
                 "وبحث الأمر في اتصال هاتفي أجراه الرئيس الفرنسي مع نظيره الروسي."):
        assert "04" in [c for t, c in acts(events(text)) if "اتصال" in t], text
    interview = events("وقال المحافظ في اتصال هاتفي مع الصحيفة إن العمل مستمر في المشروع.")
    assert not [t for t, _ in acts(interview) if "اتصال" in t]


def test_an_offer_or_a_request_with_no_doer_is_dropped() -> None:
    # round 44 (sourceless_dropped): عرض with no doer named is a show or a display, يطلب with no requester no act
    shown = events("وتتوزع أعمال الشركة في الرياض على أربعة مواقع عرض في أماكن مختارة.")
    assert "03" not in [c for _, c in acts(shown)]
    asked = events("وقالت الشرطة الأمريكية إن المتهم يطلب مبلغا كبيرا.")
    assert "02" not in [c for _, c in acts(asked)]


def test_a_release_written_with_its_pronoun() -> None:
    # round 44: إطلاق سراحه، أطلقت سراحهم: the release of the one named before is a concession (08), as إطلاق سراح
    for text in ("وأوقفت الشرطة الرجل يومين ثم أطلقت سراحه بالكفالة.",
                 "وطالبت المنظمة الحكومة الإيرانية بإطلاق سراحهم فورا."):
        assert "08" in [c for t, c in acts(events(text)) if "سراح" in t], text


def test_regularising_residents_and_a_meeting_with_its_pronoun() -> None:
    # round 44: تصحيح أوضاع المقيمين is aid (07), as the guideline codes it; اجتماعه بـ / مع is a meeting (04)
    ev = events("واستأنفت المديرية العامة للجوازات تصحيح أوضاع المقيمين اليمنيين في الرياض.")
    assert "07" in [c for t, c in acts(ev) if "تصحيح" in t]
    topic = events("ودعا الكاتب إلى اتخاذ التدابير اللازمة لتصحيح الأوضاع السائدة في المنطقة.")
    assert not [t for t, _ in acts(topic) if "تصحيح" in t]
    met = events("وقال وزير الخارجية الأمريكي بعد اجتماعه مع وزراء خارجية دول مجلس التعاون إن الاتفاق يخدم المنطقة.")
    assert "04" in [c for t, c in acts(met) if "اجتماع" in t]


def test_a_passive_referral_to_trial_is_coercion_but_a_patient_referred_is_not() -> None:
    # round 47, misses of the political samples: أحيلوا للمحاكمة، أحيل إلى القضاء (17); أحيل alone is mostly a file
    # or a patient sent elsewhere (أحيل إلى المستشفى), which stays no event
    for text in ("وقالت النيابة إن المتهمين الخمسة أحيلوا للمحاكمة الجنائية في القضية.",
                 "وبعد انتهاء التحقيق معه أحيل إلى القضاء المختص.",
                 "وأكد المتحدث أن الموقوفين سيحالون إلى القضاء خلال أيام."):
        assert [c for t, c in acts(events(text)) if "حال" in t or "حيل" in t] == ["17"], text
    patient = events("ونقل المصاب إلى الإسعاف ثم أحيل إلى المستشفى التخصصي لاستكمال علاجه.")
    assert [c for t, c in acts(patient) if "حيل" in t] == []


def test_the_punishment_a_ministry_warns_of_is_threatened_coercion() -> None:
    # round 47, misses of AJ, AL, AP, AT: the warning that closes a ministry's statement (العقاب الشرعي سيكون مصيره)
    # is coerce (17) with modality threat
    ev = events("وتحذر الوزارة كل من يفكر في الإقدام على مثل هذا الفعل بأن العقاب الشرعي سيكون مصيره.")
    rows = ev[ev["unit"].eq("event") & ev["trigger"].str.contains("العقاب")]
    assert rows["event_code"].tolist() == ["17"] and rows["modality"].tolist() == ["threat"]


def test_talks_and_consultation_with_are_meetings() -> None:
    # round 53, misses of V-BA: تباحث مع، بالتباحث مع، التشاور مع are talks (04); التشاور alone stays content
    for text, word in (("وتباحث وزير الخارجية مع نظيره الفرنسي في العلاقات بين البلدين.", "تباحث"),
                       ("وافق مجلس الوزراء على تفويض وزير الخارجية بالتباحث مع حكومة ماليزيا في شأن مشروع اتفاقية.",
                        "تباحث"),
                       ("وقال الرئيس إنه قرر بعد التشاور مع رئيس الوزراء تمديد حالة الطوارئ.", "تشاور")):
        assert "04" in [c for t, c in acts(events(text)) if word in t], text


def test_an_official_briefed_is_a_meeting_but_a_cabinet_or_a_paper_reading_is_not() -> None:
    # round 53, misses of V-BA: اطلع على (an official briefed by a body, 04); not the cabinet reviewing a report in its
    # session nor a newspaper that saw a document (word list trigger_other_sense)
    ev = events("وزار أمير المنطقة مقر الجمعية الخيرية واطلع على عرض عن برامجها.")
    assert "04" in [c for t, c in acts(ev) if "اطلع" in t]
    for text in ("وأوضح الوزير أن مجلس الوزراء اطلع على التقرير السنوي لوزارة التعليم.",
                 "واطلع مجلس الوزراء على التقارير المرفوعة من الجهات الحكومية.",
                 "وبحسب التقرير الذي اطلعت عليه «الجزيرة» فإن الأسعار ارتفعت.",
                 "ومن جهة أخرى اطلعت \"الوطن\" على خطاب رفعه المحافظ إلى أمير المنطقة."):
        assert [t for t, _ in acts(events(text)) if "اطلع" in t] == [], text


def test_a_cabinet_approving_an_agreement_or_signing_a_draft_is_an_act() -> None:
    # round 54b, misses of AJ, AZ, BA: الموافقة على اتفاقية and والتوقيع عليه in a cabinet's decisions are acts (06),
    # not a bare approval of something else
    ev = events("قرر مجلس الوزراء الموافقة على اتفاقية بين وزارة الصحة في المملكة ووزارة الصحة في جمهورية فرنسا.")
    assert ("الموافقة على اتفاقية", "06") in acts(ev)
    ev = events("وافق مجلس الوزراء على تفويض وزير الخارجية بالتباحث مع الجانب الفرنسي في شأن مشروع اتفاقية "
                "للتعاون بين حكومة المملكة وحكومة فرنسا، والتوقيع عليه، ومن ثم رفع النسخة النهائية الموقعة.")
    assert ("التوقيع عليه", "06") in acts(ev)
    assert [t for t, _ in acts(events("وأكد المتحدث أن الموافقة على الطلب تمت أمس.")) if "الموافقة" in t] == []


def test_two_sides_sign_an_agreement_in_a_headline_dual() -> None:
    # round 54b, misses of AL and AN: توقعان اتفاق / توقعان على بروتوكول, as توقعان مذكرة تفاهم
    assert "06" in [c for t, c in acts(events("الجامعة والشركة توقعان اتفاق إنشاء مركز للتدريب.")) if "توقعان" in t]
    ev = events("المملكة وجمهورية تشاد توقعان على بروتوكول إقامة علاقات دبلوماسية.")
    assert "06" in [c for t, c in acts(ev) if "توقعان" in t]


def test_ahaba_bi_is_an_appeal() -> None:
    # made up: «أهاب ب» appeals to a party to act (02), round 55
    ev = events("وأهاب مدير المرور بالسائقين الالتزام بتعليمات السلامة.")
    rows = ev[ev["unit"].eq("statement")]
    assert not rows.empty and rows["event_code"].eq("02").all()


def test_reaching_an_agreement_with_lam_is_an_agreement() -> None:
    """التوصل لاتفاق (ل for إلى) is reached like التوصل إلى اتفاق (round 55)."""
    ev = events("وأخفق وزراء التجارة في التوصل لاتفاق مع اليابان بشأن الرسوم الجمركية.")
    assert ("التوصل لاتفاق", "05") in acts(ev)
    ev = events("وأعلن النادي أنه توصل لاتفاق مع اللاعب بشأن بنود العقد.")
    assert any(t.startswith("توصل لاتفاق") and c == "05" for t, c in acts(ev))


def test_handing_out_is_aid_but_a_leader_or_tasks_shared_out_are_not() -> None:
    # round 56: وزع / وزعت / وزعوا, and توزيع after an impersonal verb, are aid (07); وزعيم is no form of them and
    # tasks shared out are no aid (word list trigger_other_sense)
    assert ("زعت", "07") in acts(  # acts() drops a first و
        events("وزعت الجمعية الخيرية 2500 سلة غذائية على الأسر المحتاجة في جدة."))
    assert ("توزيع", "07") in acts(events(
        "أقامت جمعية البر الخيرية حفلا للأيتام، كما تم توزيع 15 ألف وجبة إفطار على الصائمين طيلة شهر رمضان."))
    assert not [a for a in acts(events("التقى وزير الخارجية رئيس الوزراء وزعيم المعارضة في الرياض.")) if a[1] == "07"]
    assert not [a for a in acts(events(
        "أقامت جمعية البر الخيرية اجتماعا للأعضاء، كما تم توزيع المهام على أعضاء اللجنة طيلة شهر رمضان.")) if a[1] == "07"]


def test_treating_or_sheltering_after_an_impersonal_verb_is_aid() -> None:
    # round 56: علاجها / إيواء right after تم are aid (07); the noun alone (تكاليف العلاج، إيواء الحيوانات as a topic)
    # is none
    assert ("علاجها", "07") in acts(events(
        "أصيبت امرأة بحالة إغماء في الحريق، وتم علاجها في الموقع من قبل فرق الهلال الأحمر."))
    assert ("إيواء", "07") in acts(events("وقال الدفاع المدني إنه تم إيواء 40 أسرة متضررة من السيول في جدة."))
    assert not [a for a in acts(events("ارتفعت تكاليف علاجها في المستشفيات الخاصة هذا العام.")) if a[1] == "07"]


def test_yahibu_nasaha_and_mutalibin_are_calls() -> None:
    # made up, round 58: the present and participle of أهاب (تهيب، مهيبا), نصح / ناصحا and the plural participle
    # مطالبين code the statement as a call (02 appeal, or 10 demand), not informative (01)
    for text, cue in (("وتهيب إدارة الدفاع المدني بالمواطنين الابتعاد عن مجاري السيول.", "وتهيب"),
                      ("ونصح الطبيب المرضى بالإكثار من شرب الماء.", "ونصح"),
                      ("وتحدث المعلمون عن تأخر صرف الرواتب، مطالبين وزارة التعليم بحل المشكلة.", "مطالبين")):
        rows = events(text)
        rows = rows[rows["unit"].eq("statement") & rows["trigger"].eq(cue)]
        assert not rows.empty and rows["event_code"].isin(["02", "10"]).all(), text


def test_a_student_a_name_or_a_cause_is_no_call() -> None:
    # made up, round 58 (word list trigger_other_sense): طالب before وطالبة is a student and after بن / أبي part of
    # a name, يدعو after بشكل / مما what gives cause: what is said holds no demand (10) nor appeal (02)
    for text in ("وقال مدير الجامعة إن الكلية قبلت 500 طالب وطالبة هذا العام.",
                 "وأشار المتحدث إلى أن المسجد يحمل اسم جعفر بن أبي طالب منذ تأسيسه.",
                 "وقال الوزير إن المفاوضات مع الشركاء تتقدم بشكل يدعو إلى الارتياح."):
        rows = events(text)
        rows = rows[rows["unit"].eq("statement")]
        assert not rows.empty and not rows["event_code"].isin(["02", "10"]).any(), text


def _statement_roots(text: str) -> list[str]:
    ev = events(text)
    return ev.loc[ev["unit"].eq("statement"), "event_code"].tolist()


def test_consultation_as_a_circumstance_and_should_as_a_reproach() -> None:
    # round 58, pooled over the development samples: التشاور in what a speaker said is a circumstance (بعد التشاور
    # مع، في إطار التشاور), not a consultation the statement is (9 of 9 statement roots 04 wrong); ينبغي in what a
    # speaker said is a reproach of a party (كان ينبغي على الحكومة ...), coded 11 (7 of 14), not an appeal
    assert "04" not in _statement_roots("وقال الوزير إن القرار اتخذ في إطار التشاور بين الجهات المعنية.")
    assert _statement_roots("وقال وزير الخارجية الإيراني إنه كان ينبغي على الولايات المتحدة أن تفكر قبل إرسال قواتها إلى "
                            "المنطقة.") == ["11"]


def test_a_thing_that_will_contribute_and_strenuous_efforts_code_no_statement() -> None:
    # round 58: ستسهم / سيسهم in what is said is mostly a project or a step that will help (الهيكلة الجديدة ستسهم في
    # الإصلاح), no promise of the speaker (dev: 4 of 5 statement roots 03 wrong, rules-fifth firings 11 of 12 neutral);
    # حثيث (جهود حثيثة، بشكل حثيث) is strenuous, not حث* urging: the neutral content row outweighs the verb
    assert _statement_roots("وقال وزير الخارجية المصري إن المشاريع الجديدة ستسهم في دعم الاقتصاد الوطني.") == ["01"]
    assert _statement_roots("وقال وزير الخارجية الأردني إن الحكومة تبذل جهودا حثيثة لمعالجة الأزمة مع العراق.") == ["01"]
    assert _statement_roots("وقال الوزير إن الحكومة تتابع بشكل حثيث دخول الشاحنات إلى العراق.") == ["01"]
    assert _statement_roots("وحث وزير الخارجية الأردني الأطراف اليمنية على الحوار.") == ["02"]


def test_talib_after_abu_al_or_amr_is_a_name_or_a_student() -> None:
    # round 58: أبو طالب، آل طالب (a name) and ولي أمر طالب (a pupil's guardian) are no verb of demanding
    assert _statement_roots("أوضح مدير الإدارة الدكتور موفق محمد أبو طالب أن الفرق باشرت أعمالها.") == ["01"]
    assert _statement_roots("وقال اللواء صالح آل طالب إن القوات جاهزة.") == ["01"]
    assert "02" not in _statement_roots("وأكد المدير أن كل ولي أمر طالب يحرص على سلامة أبنائه.")
    assert _statement_roots("وطالب وزير الخارجية الأردني إسرائيل بوقف الاستيطان.") == ["10"]
