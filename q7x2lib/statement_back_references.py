"""Back-references: the speaker a later naming points to (وأوضح الوزير، وذكرت الهيئة، وقال معاليه، الربيعة)."""

from __future__ import annotations


from .arabic import abbreviation_dot
from .arabic import normalize as normalize_text
from .arabic import without_article, without_conjunction
from .lexicons import word_set
from .statement_words import _ACCUSATIVE_PLURAL_RE, _COMPLEMENTISER_RE, _PUNCT, _ArticleWords, _Speaker


def _unnamed_opening(found: list) -> tuple | None:
    """The first coded mention of a speaker phrase (``found``: its mentions, in order) when no actor names it and
    it has a state's code with an agent (اللجنة: SAUGOV; الناطق الإعلامي: SAUGOV), else None: the office or body
    the phrase opens with, whose agent a body or a holder named after it may correct."""
    first = next((m for m in found if m[4]), None)
    if first is None or first[2] or not isinstance(first[4], str) or len(first[4]) != 6:
        return None
    return first


class _BackReferences(_ArticleWords):
    """Resolves a short or definite naming to the fuller naming of a speaker before it in the article."""

    def _named_before(self, words: list[str], named: list) -> _Speaker | None:
        """The last coded speaker whose fuller naming holds ``words`` (a surname, a title and surname).

        A title's abbreviation (د.، م.، أ.د.), written apart or glued to the name (د.الميمن), is no word of the
        naming: د.الميمن is the person named before as الأستاذ الدكتور إبراهيم الميمن ..., as الميمن alone is.
        """
        words = [piece for w in words for piece in self._without_title_abbreviation(w)]
        if not words:
            return None
        bare = [w[2:] if w.startswith("ال") and w[2:] else w for w in words]
        words = [_KIN.get(w, w) for w in words]  # ابن حميد after خالد بن حميد
        for prior in reversed(named):
            if not prior.code or not prior.surface:
                continue
            theirs = [_KIN.get(w, w) for w in (self._core(w) for w in normalize_text(prior.surface).split())]
            if len(theirs) > len(words) and all(w in theirs for w in words) and not all(b in self.cues.heads for b in bare):
                return prior
        return None

    def _without_title_abbreviation(self, word: str) -> list[str]:
        """``word`` without the letters of a title's abbreviation (د، م، ا of أ.د.) it is or opens with a dot.

        >>> class C: title_abbreviation_letters = frozenset({"د", "م", "ا"})
        >>> class B(_BackReferences):
        ...     def __init__(self): self.cues = C()
        >>> [B()._without_title_abbreviation(w) for w in ("د.الميمن", "د", "ا.د.الربيعة", "الميمن", "محمد.")]
        [['الميمن'], [], ['الربيعة'], ['الميمن'], ['محمد.']]
        """
        letters = self.cues.title_abbreviation_letters
        if word in letters:
            return []  # د of «د. الميمن», its dot stripped with the punctuation
        head, dot, rest = word.rpartition(".")
        if dot and rest and all(p in letters for p in head.split(".") if p) and head.strip("."):
            return [rest]  # د.الميمن، ا.د.الربيعة: the abbreviation glued to the name
        return [word]

    def _referred_back(self, head: str, n_words: int, n0: int, named: list, rest: tuple = (),
                       source: bool = False) -> _Speaker | None:
        """The speaker a back-reference points to: وأوضح الوزير، وذكرت المصادر، وقال معاليه، واعتبر البيان.

        An honorific pronoun (معاليه) is the last speaker named; a definite
        noun (الوزارة، المصادر) the last speaker whose name holds that word, else
        the last naming of it in the text before (مصادر خاصة في ...); a
        document (البيان) its issuer, the last speaker named. The words after
        the head (``rest``: الوزير المومني، المسؤول اليمني) must all stand in
        the earlier naming; when none holds them, the phrase names its own
        speaker (None). A bare speaking role (المصدر) is the last speaker named, but not as the ``source`` of an
        attribution (نقلا عن المصدر: a source relayed).
        """
        if n_words == 1 and head in self.cues.honorifics:
            coded = next((p for p in reversed(named) if p.code), None)
            if coded is not None:  # the last one coded, not an uncoded scholar quoted in a sermon (قال الطيبي رحمه الله)
                return coded._replace(basis="back_reference")
            title = head[:-2] if head.endswith("ها") else head[:-1]  # معاليه → معالي، سموها → سمو
            title = title[:-1] + "ة" if title.endswith("ت") else title  # فخامته → فخامة
            # سمو الأمير ...، or the title with its article after صاحب: صاحب السمو الأمير ...، صاحب المعالي
            found = self._last_naming(title, n0, max_words=8) or self._last_naming("ال" + title, n0, max_words=10, owner="صاحب")
            if found is None and named:
                return named[-1]._replace(basis="back_reference")
            return found or self._last_person(n0)
        office = self._office_named_before(head, rest, named)
        if office is not None:
            return office
        if n_words > 2 or head not in self.cues.back_nouns:
            return None
        stem = head[2:]
        for prior in reversed(named):
            words = _surface_words(prior)
            if any(w == head or w == stem or w.endswith(stem) and len(w) - len(stem) <= 3 for w in words) \
                    and len(words) > n_words and all(_holds(words, r) for r in rest):
                return prior._replace(basis="back_reference")
            # the same noun named first without the article, its adjectives in that naming or the words after it
            # (المسؤول الأمني after مسؤول عراقي في الأمن الوطني، الدبلوماسي الروسي after دبلوماسي روسي)
            if rest and words and words[0] == stem and len(words) >= n_words \
                    and all(_holds(words, r) or self._described_after(prior.surface, r, n0) for r in rest):
                return prior._replace(basis="back_reference")
        naming = self._last_naming(stem, n0)
        plurals = self.cues.back_plurals.get(head, set())
        if naming is None and plurals:
            # no naming in the same number (المصدر نفسه after مصدر في الوزارة): a broken plural (المصدر after مصادر مطلعة)
            for prior in reversed(named):
                words = _surface_words(prior)
                if any(w in plurals for w in words) and len(words) > n_words and all(_holds(words, r) for r in rest):
                    return prior._replace(basis="back_reference")
        if head in self.cues.documents and not rest:
            speaker = self._spoke_in(stem, n0, named)
            if speaker is not None:  # وأضاف البيان after وقالت الحكومة في بيان تلقت الوكالة نسخة منه: the government
                return speaker
        if head in self.cues.documents and (naming is None or _names_no_issuer(naming)):
            issuer = self._issued_by(stem, n0, named)
            if issuer is None and naming is None and not rest:
                issuer = self._issued_by_any(n0, named)
            if issuer is not None:  # واعتبرت الفتوى after وكان التنظيم قد أصدر فتوى: the one who issued it
                return issuer
        if head in self.cues.documents and named and not rest and (naming is None or _names_no_issuer(naming)):
            return named[-1]._replace(basis="back_reference")  # وأفاد البيان after بيان صادر عن X: X, its issuer
        if naming is not None and (head in self.cues.documents or all(_holds(_surface_words(naming), r) for r in rest)):
            return naming  # وأشار الدبلوماسي الأميركي after دبلوماسي أميركي; not السفير الفايز after سفير خادم ...
        if naming is None and len(rest) == 1 and head in self.cues.generic_roles:
            found = self._last_of_country(rest[0], named)
            if found is not None:
                return found
        if naming is None and not source and head in self.cues.speaking_roles and named \
                and self._last_spoke(named[-1], rest, n0):
            # وأشار المصدر after وقال قيادي عسكري ...: a source never named so is the last one who spoke
            return named[-1]._replace(basis="back_reference")
        return None

    def _last_person(self, n0: int, reach: int = 600) -> _Speaker | None:
        """The last mention of a known actor (an id) or of someone coded with an agent (SAUREL) ending within ``reach`` characters before ``n0``: the one an
        honorific pronoun with no speaker named before it points to (استنهض ... الشيخ عبدالمحسن القاسم ... وحذر فضيلته)."""
        j = self._index_at(n0)
        if j >= len(self.words):
            return None
        t0 = self._text_span(*self._span_of(j, j))[0]
        found = [m for m in self.ment.overlapping(max(0, t0 - reach), t0, every=True)
                 if m[1] <= t0 and (m[2] or len(m) > 4 and m[4] and len(m[4]) > 3)]  # a state alone (SAU) is no one
        if not found:
            return None
        m = max(found, key=lambda m: m[1])
        return _Speaker(m[2], self.doc.text[m[0] : m[1]], m[4] if len(m) > 4 else None, "back_reference")

    def _last_spoke(self, prior: _Speaker, rest: tuple, n0: int) -> bool:
        """A bare speaking role (المصدر، المصادر) or one with a country adjective only (المسؤول الأمريكي) can be
        ``prior``, the last speaker named: a country adjective must name the country of its code, and ``prior``
        must name someone (a code, or two words at least). Another adjective (المسؤول الأمني) describes a
        new speaker, and so does باسم after it (المتحدث باسمه، المتحدث باسم الجيش)."""
        j = self._index_at(n0) + 1
        if j < len(self.words) and self._core(self._word(j)).startswith("باسم"):
            return False
        if not prior.surface or not (prior.code or len(prior.surface.split()) > 1):
            return False
        countries = [self.cues.country_adjectives.get(without_article(w)) for w in rest]
        return all(c is not None and bool(prior.code) and prior.code[:3] == c for c in countries)

    def _described_after(self, surface: str, adjective: str, n0: int) -> bool:
        """The last naming ``surface`` before ``n0`` holds or goes on, within five words, with the noun of
        ``adjective``, an adjective of relation that is no country's (الأمني: مسؤول عراقي في الأمن الوطني)."""
        bare = without_article(adjective)
        if len(bare) < 4 or not bare.endswith("ي") or bare in self.cues.country_adjectives:
            return False
        noun = bare[:-1]
        naming = normalize_text(surface)
        at = self.doc.norm.rfind(naming, 0, n0)
        if at < 0:
            return False
        following = naming.split() + self.doc.norm[at + len(naming) : n0].split()[:5]
        return any(w.strip(_PUNCT) in (noun, "ال" + noun) for w in following)

    def _last_of_country(self, adjective: str, named: list) -> _Speaker | None:
        """وكشف المسؤول اليمني after محافظ عدن نايف البكري: a generic role (word list generic_role) with a
        country adjective, never named so, is the last speaker named of that country (None: none was)."""
        adjective = without_article(adjective)
        country = self.cues.country_adjectives.get(adjective)
        if country is None:
            return None
        for prior in reversed(named):
            if prior.code and prior.code[:3] == country and prior.basis != "attribution":
                return prior._replace(basis="back_reference")
        return None

    def _spoke_in(self, stem: str, n0: int, named: list) -> _Speaker | None:
        """The speaker of the sentence that last named the document ``stem`` as where it spoke (في بيان، ببيان:
        وقالت الحكومة في بيان تلقت وكالة فرانس برس نسخة منه، وأوضح مصدر مسؤول في بيان نقلته واس): the last speaker
        named whose naming stands in that sentence before في, not the agency that relayed the document. None when
        the last naming of the document is no such phrase or no speaker is named before it in its sentence."""
        at = self.doc.norm.rfind(stem, 0, n0)
        while at >= 0:
            j = self._word_holding(at)
            core = self._core(self._word(j))
            if core in {stem, "ب" + stem, stem + "ا", "ال" + stem, "وال" + stem, "لل" + stem, "بال" + stem}:
                break
            at = self.doc.norm.rfind(stem, 0, at)
        if at < 0 or not (core == "ب" + stem or core == stem and j > 0 and self._core(self._word(j - 1)) == "في"):
            return None
        lo = j - 1
        while lo > 0 and j - lo < 40 and self._word(lo - 1)[-1:] not in ".؟?!":
            lo -= 1
        sentence = self.doc.norm[self.words[lo][0] : self.words[j][0]]
        words = {without_conjunction(self._core(w)) for w in sentence.split()[-4:-1]}  # the three words before في
        for prior in reversed(named):
            if not prior.surface:
                continue
            naming = normalize_text(prior.surface)
            # named in full in it, or by the definite noun its naming opens with right before في (وأكدت الحكومة في بيان)
            # (وأشارت المؤسسة في تقرير after مؤسسة النقد: the anaphor's antecedent, written as the speaker of that row)
            first = naming.split()[0]
            if naming in sentence or first.startswith("ال") and first in words or "ال" + first in words:
                return prior._replace(basis="back_reference")
        return None

    def _issued_by(self, stem: str, n0: int, named: list) -> _Speaker | None:
        """The subject of the verb of issuing whose object is the last naming of a document before ``n0``
        (وكان التنظيم قد أصدر في الفترة الأخيرة فتوى، نشرت المنظمة تقريرا), None when no such verb governs it."""
        at = n0
        for _ in range(6):  # the namings before, the last first: the first may name the issuer (التقرير الذي أصدره X)
            at = self.doc.norm.rfind(stem, 0, at)
            if at < 0:
                return None
            j = self._word_holding(at)
            core = self._core(self._word(j))
            if core not in {stem, stem + "ا", "ال" + stem}:  # فتوى، تقريرا (accusative), التقرير; not a longer word
                continue
            issuer = self._issuer_of(j, named)
            if issuer is not None:
                return issuer
            after = self._issuer(self._span_of(j, j), n0)
            if after is not None:  # وذكر التقرير after تقرير اقتصادي صادر عن بنك الكويت الدولي، التقرير السنوي لمؤسسة النقد
                return self._make(after, "attribution", named)._replace(basis="back_reference")
        return None

    def _issued_by_any(self, n0: int, named: list) -> _Speaker | None:
        """The issuer of the last indefinite document named in the sentences before ``n0`` under another word
        (وأشار التقرير after إحصائية أعدها مركز ...): the subject of the verb that issued it, None without one."""
        docs = {d[2:] for d in self.cues.documents}
        j = self._index_at(n0) - 1
        for k in range(j, max(-1, j - 400), -1):
            core = self._core(self._word(k))
            if core in docs or core[-1:] == "ا" and core[:-1] in docs:
                return self._issuer_of(k, named)
        return None

    def _issuer_of(self, j: int, named: list, after_only: bool = False) -> _Speaker | None:
        """The subject of the issuing verb that governs the document named at word ``j``: before it
        (وكان التنظيم قد أصدر فتوى، أصدر التنظيم فتوى) or after it with a pronoun (إحصائية أعدها مركز ...)."""
        # the verb with the document's pronoun right after it, or after a relative pronoun (word list relative_pronoun:
        # الذي، التي) a few words on
        # (إحصائية أعدها X، التقرير الخاص بالفقر، الذي أصدره X)
        for at in range(j + 1, min(j + 11, len(self.words) - 1)):
            if self._word(at - 1)[-1:] in ".؟?!:":
                break
            w = self._core(self._word(at))
            stem = next((w[: -len(p)] for p in ("ها", "ه") if w.endswith(p)), "")
            if stem not in self.cues.issuing_verbs or (
                    at > j + 1 and self._core(self._word(at - 1)) not in word_set("relative_pronoun")):
                continue
            end = at + 1
            while end < len(self.words) and end - at < 10 and self._word(end - 1)[-1:] not in ".؟?!،,":
                end += 1
            start = at + 1
            while start < end - 1 and self._core(self._word(start)) in word_set("adverb_of_time"):
                start += 1  # التي تصدرها دوريا مؤسسة النقد: the issuer after the adverb
            span = self._after(self.words[start - 1][1], self.words[end - 1][1])
            return self._make(span, "back_reference", named)._replace(basis="back_reference") if span else None
        if after_only:
            return None
        for v in range(j - 1, max(-1, j - 6), -1):
            w = self._core(self._word(v))
            if self._word(v)[-1:] in ".؟?!:":
                return None
            verb = without_conjunction(w, self.cues.issuing_verbs)
            if verb not in self.cues.issuing_verbs:
                continue
            lo = v
            while lo > 0 and v - lo < 15 and self._word(lo - 1)[-1:] not in ".؟?!":
                lo -= 1
            kana = next((k for k in range(v - 1, max(lo - 1, v - 9), -1)
                         if self._core(self._word(k)) in word_set("kana_past")), None)
            last = v - 2 if self._core(self._word(v - 1)) == "قد" else v - 1
            if kana is not None and kana < last:  # وكان المعهد (قد) أصدر: the subject between كان and the verb
                span = self._span_of(kana + 1, last)
            else:
                span = self._before(self.words[lo][0], self.words[v][0])  # وكان التنظيم قد أصدر، الوزارة أصدرت
            if span is None and v + 1 < j:
                span = self._after(self.words[v][1], self.words[j][0])  # أصدر التنظيم فتوى
            if span is None:
                return None
            return self._make(span, "back_reference", named)._replace(basis="back_reference")
        return None

    def _office_named_before(self, head: str, rest: tuple, named: list) -> _Speaker | None:
        """An office in construct (قائد الجيش، وزير الخارجية) that an earlier speaker's fuller naming holds word
        for word (قائد الجيش اللبناني العماد جان قهوجي): that speaker. The words after it must all stand in that
        naming too (not وزير الخارجية الأمريكي after وزير الخارجية السعودي), but for a definite plural in -ين,
        the verb's object (وحث قائد الجيش العسكريين على)."""
        if head.startswith("ال") or head not in self.cues.heads or not rest or not rest[0].startswith("ال"):
            return None
        words = [w for w in rest if not _ACCUSATIVE_PLURAL_RE.fullmatch(w)]
        for prior in reversed(named):
            theirs = _surface_words(prior)
            at = next((k for k in range(len(theirs) - 1) if theirs[k] == head and theirs[k + 1] == rest[0]), None)
            if at is not None and len(theirs) > len(words) + 2 and all(_holds(theirs, w) for w in words):
                return prior._replace(basis="back_reference")
        return None

    def _full_naming_code(self, name: str, n0: int) -> str | None:
        """The code of the last fuller naming of a person written by one name (``name``, normalised): بدلة
        after عضو الهيئة العامة للائتلاف، خطيب بدلة. That naming runs back from an earlier ``name`` over a
        given name and the title before it, to a cue, a clause word or the end of a sentence; its code is
        that of the first mention in it that names a country (الائتلاف، الحكومة اليمنية), else its country
        adjective and head word (السفير العماني). None when no such naming or it names no country: the
        article's setting is not guessed."""
        norm = self.doc.norm
        hi = n0
        while True:
            at = norm.rfind(name, 0, hi)
            if at < 0:
                return None
            hi = at
            j = self._index_at(at)
            if j >= len(self.words) or self.words[j][0] != at or self._core(self._word(j)) != name or j == 0:
                continue
            k = j - 1
            while k >= 0 and j - k <= _MAX_NAMING_WORDS:
                raw = self._word(k)
                core = self._core(raw)
                # م. عبداللطيف البنيان، علي بن محمد الغامدي: a title's abbreviation and the name Ali go on
                abbreviated = raw[-1:] == "." and abbreviation_dot(self.doc.norm, self.words[k][1] - 1)
                if not core or raw[-1:] in _SENTENCE_ENDS and not abbreviated or core in self.cues.kinds \
                        or core in self.cues.stop and core not in word_set("inside_a_naming_word") \
                        and core not in word_set("inside_a_full_naming_word") and not self._given_ali(k, j) \
                        or _COMPLEMENTISER_RE.fullmatch(core):
                    break
                k -= 1
            if j - k < 3:  # a title or given name and the name at least
                continue
            a, b = self._text_span(*self._span_of(k + 1, j - 1))
            coded = [m for m in self.ment.overlapping(a, b, every=True)
                     if a <= m[0] and m[4] and isinstance(m[4], str) and m[4][:3] not in self.cues.agent_codes]
            if coded:  # (عضو اللجنة ... في مجلس الغرف السعودية، محمود رشوان: the council's code, as the naming's own)
                return self._member_body_code(coded, a, b) or coded[0][4]
            words = [self._core(self._word(i)) for i in range(k + 1, j + 1)]
            first = next((i for i, w in enumerate(words) if w in self.cues.heads or w[2:] in self.cues.heads), None)
            return self._code_of_words(words[first:]) if first is not None else None

    def _member_body_code(self, found: list, a: int, b: int) -> str | None:
        """The code of a named body a speaker phrase ``[a, b)`` places its office or unit in, when the phrase opens
        with a mention of its own that no actor names and the body, named after في, is an actor of
        the same country but another agent (عضو اللجنة الوطنية التجارية في مجلس الغرف السعودية: اللجنة SAUGOV,
        the chambers' council SAUBUS: the member speaks for the business body). None else; never another country."""
        first = _unnamed_opening(found)
        if first is None:
            return None
        for m in self.ment.overlapping(a, b, every=True):
            if m[0] < first[1] or not m[2] or not isinstance(m[4], str) or len(m[4]) != 6 \
                    or m[4][:3] != first[4][:3] or m[4] == first[4]:
                continue
            gap = normalize_text(self.doc.text[first[1] : m[0]]).split()
            if gap[-1:] == ["في"]:
                return m[4]  # في مجلس الغرف السعودية (not a body whose ب or ل is part of its name: بنك الرياض)
            return None
        return None

    def _given_ali(self, k: int, j: int) -> bool:
        """Word ``k`` is the given name Ali of the naming of surname ``j``, not the preposition على (both
        علي once normalised): written with ya and followed by بن or by the surname itself."""
        a, b = self._text_span(*self.words[k])
        if self._core(self._word(k)) != "علي" or not self.doc.text[a:b].strip(_PUNCT).endswith("ي"):
            return False
        return k + 1 == j or self._core(self._word(k + 1)) in word_set("son_link")

    def _code_of_words(self, words: list[str]) -> str | None:
        """The code of a speaker phrase no mention codes, from its words: the country of its first country
        adjective (الفرنسي، يمنيون; not one whose usual sense is another, word list adjective_other_sense:
        شركة الخبير المالية is financial, not Malian) and the agent of its head word (الوزير: GOV, الصحافي: MED), else None.

        Without a country adjective nothing is guessed (وزير النقل: whose?)."""
        def bare(w: str) -> str:
            w = without_conjunction(w)
            return without_article(w)
        # not an indefinite word right after a definite one: no adjective, a given name (الإعلامي تركي السيف، الشيخ
        # تركي: Turki, not Turkish)
        country = next((self.cues.country_adjectives[bare(w)] for k, w in enumerate(words[1:], 1)
                        if bare(w) in self.cues.country_adjectives and bare(w) not in self.cues.other_sense_adjectives
                        and not (_definite(words[k - 1]) and not _definite(w))), None)
        if country is None or not words:
            return None
        # the longest agent phrase it opens with: نائب الرئيس (GOV), not نائب (LEG)
        # ... also past the country adjective: مصادر تركية رسمية reads as مصادر رسمية (GOV)
        plain = words[:1] + [w for w in words[1:] if bare(w) not in self.cues.country_adjectives]
        agent = next((self.cues.head_agents[p] for ws in (words, plain) for k in range(min(len(ws), 4), 0, -1)
                      for p in (" ".join(ws[:k]), " ".join([bare(ws[0])] + ws[1:k])) if p in self.cues.head_agents), "")
        return country + agent

    def _written_country(self, words: list[str]) -> str | None:
        """The country a speaker phrase's own words give it (الإدارة الأميركية، عضو اللقاء الديموقراطي اللبناني،
        مصادر يمنية): its first country adjective past the head that agrees with the word before it, definite
        after a definite word, indefinite after an indefinite head (an office, source or title word). Not a
        family name so written (عبدالله بن عبدالمحسن التركي، الأمير تركي الفيصل): a definite adjective after an
        indefinite word, or an indefinite one after a word that opens no speaker phrase, names no state; nor
        does an adjective the countries table marks ambiguous (المالية، الإنجليزية، الكورية), nor a plural of
        people past the second word (الإخوة اليمنيين: an object). None when the phrase writes no such adjective."""
        for k in range(1, len(words)):
            w = without_conjunction(words[k])
            country = self.cues.plain_country_adjectives.get(without_article(w))
            if country is None or k > 1 and w.endswith(("يين", "يون")):
                continue  # المديرية العامة للجوازات الإخوة اليمنيين: people past the head, the verb's object
            prev = without_conjunction(words[k - 1])
            if w.startswith("ال") and prev.startswith("ال") or not w.startswith("ال") and not prev.startswith("ال") \
                    and prev in self.cues.heads:
                return country
        return None

    def _last_naming(self, stem: str, n0: int, max_words: int = 3, owner: str | None = None) -> _Speaker | None:
        """The last phrase before ``n0`` that opens with ``stem`` without the article (منظمة هيومن رايتس ووتش).

        It runs to the end of a mention that starts in it, else ``max_words``
        words at most (a title is followed by a full naming; a body's name
        may be followed by the object of the sentence). With ``owner``, the
        stem must follow that word, which opens the phrase (صاحب السمو).
        """
        j = self._index_at(n0) - 2
        while j >= 0:
            if stem:  # only a word that holds the stem can be it: jump to the last such (a search in C, not a step per word)
                j = min(j, self._word_holding(self.doc.norm.rfind(stem, 0, self.words[j][1])))
                if j < 0:
                    break
            core = self._core(self._word(j))
            # also after an attached ل (نشرت خبرا لمصدر كويتي مسؤول ... وأشار المصدر): the naming without the ل,
            # for a source or a speaker's descriptor (صحيفة), not any noun (لأكراد سوريا: for the Kurds)
            lam = not owner and core == "ل" + stem and (stem in self.cues.source_heads or stem in self.cues.descriptors)
            if (core == stem or lam) and j + 1 < len(self.words) and self.words[j + 1][0] < n0 \
                    and self._word(j)[-1:] not in _PUNCT and (owner is None or j and self._core(self._word(j - 1)) == owner):
                k = j + 1
                while k < len(self.words) and k - j < max_words and self.words[k][0] < n0:
                    core = self._core(self._word(k))
                    if not core or core in self.cues.stop or _COMPLEMENTISER_RE.fullmatch(core) or core in self.cues.kinds:
                        break
                    k += 1
                    if self._word(k - 1)[-1:] in _PUNCT:
                        break
                a, b = self._text_span(*self._span_of(j - 1 if owner else j, k - 1))
                a += lam
                found = [m for m in self.ment.overlapping(a, b, every=True)]
                # the naming ends with a mention that names someone (an actor, a country's body), not with
                # an office with no country inside a title and full name (معالي وزير التعليم الأستاذ ...)
                ends = [m for m in found if m[2] or m[4] and m[4][:3] not in self.cues.agent_codes]
                if ends:
                    b = ends[0][1] if ends[0][0] > a else max(m[1] for m in ends)
                aid = next((m[2] for m in found if m[2]), None)
                code = next((m[4] for m in found if m[4] and m[4][:3] not in self.cues.agent_codes), None)
                return _Speaker(aid, self.doc.text[a:b], code, "back_reference")
            j -= 1
        return None


# word list adverb_of_time (دوريا، مؤخرا ...)
_MAX_NAMING_WORDS = 9  # title, office, body and given names before a surname
_SENTENCE_ENDS = frozenset(".:!?؟\"«»“”")
# word lists inside_a_naming_word (القيادي في حماس أسامة بدران، مصور من وكالة ...), with inside_a_full_naming_word
# before a surname (السفير اليمني لدى لبنان، علي الديلمي), and son_link (علي بن محمد)
_KIN = {"ابن": "بن"}  # one kin word, spelled either way inside a name


def _surface_words(speaker: _Speaker) -> list[str]:
    """The normalised words of a speaker's surface, without the punctuation around them."""
    return [w.strip(_PUNCT) for w in normalize_text(speaker.surface).split()]


def _holds(words: list[str], word: str) -> bool:
    """``word`` stands in ``words``, with or without the article (الأمريكي in مسؤول أمريكي)."""
    bare = without_article(word)
    return any(w == word or w == bare or w == "ال" + bare for w in words)


def _names_no_issuer(naming: _Speaker) -> bool:
    """A document's naming that names no one who issued it: بيان، بيان صادر، بيان «...» (not رسالة وجهها بارزاني)."""
    return naming.actor_id is None and naming.code is None


def _definite(word: str) -> bool:
    """A normalised word with the article, after a conjunction or not (الشيخ، والشيخ)."""
    return without_conjunction(word).startswith("ال")
