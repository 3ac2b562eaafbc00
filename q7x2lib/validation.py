"""Measure the rules against hand annotations (data/annotations/).

Annotations point into the raw article files (a surface string and which
occurrence of it), so they stay valid whatever cleaning does; this module
finds them in ``text_clean`` and scores the program's output against them.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pandas as pd

from . import config
from .boilerplate import SPACES_RE
from .clean import paragraphs
from .errors import LexiconError
from .statement_sign import ROOT_SIGN  # noqa: F401  (the scores below, and the scripts, read it here)


def _locate(corpus: pd.DataFrame, gold: pd.DataFrame, surface_col: str, path: Path) -> pd.DataFrame:
    """Add ``start``/``end`` in ``text_clean`` for each (surface, occurrence) row."""
    paras = paragraphs(corpus)
    raws = corpus.set_index("doc_id")["text"]
    starts, ends, in_boiler = [], [], []
    for i, r in enumerate(gold.itertuples(index=False)):
        raw = raws.get(r.doc_id)
        surface = getattr(r, surface_col)
        if raw is None:
            raise LexiconError(f"{path}, line {i + 2}: doc_id {r.doc_id!r} is not in the corpus")
        pos = -1
        for _ in range(int(r.occurrence)):
            pos = raw.find(surface, pos + 1)
            if pos < 0:
                raise LexiconError(f"{path}, line {i + 2}: {surface!r} does not occur {r.occurrence} time(s) in {r.doc_id}")
        doc_paras = paras[(paras.doc_id == r.doc_id) & (paras.raw_start <= pos) & (paras.raw_end > pos)]
        para = doc_paras[doc_paras.start >= 0]
        if para.empty:
            starts.append(-1), ends.append(-1), in_boiler.append(True)
            continue
        p = para.iloc[0]
        k = raw[p.raw_start : pos].count(surface)
        clean_surface = SPACES_RE.sub(" ", surface)  # cleaning turns no-break spaces into spaces
        at = -1
        for _ in range(k + 1):
            at = p.text.find(clean_surface, at + 1)
        starts.append(p.start + at if at >= 0 else -1)
        ends.append(p.start + at + len(clean_surface) if at >= 0 else -1)
        in_boiler.append(False)
    return gold.assign(start=starts, end=ends, in_boilerplate=in_boiler)


def load_gold_mentions(corpus: pd.DataFrame, path: str | Path | None = None, *, keep_unresolved: bool = False) -> pd.DataFrame:
    """Hand-annotated mentions, located in ``text_clean``.

    Rows whose actor is ``unresolved`` (role phrases that name nobody in the
    table, such as نائب الرئيس الروسي) are left out unless
    ``keep_unresolved``: they record what must NOT be found.

    Returns:
        ``doc_id, actor_id, kind, surface, occurrence, note, start, end``.

    Examples:
        >>> from q7x2lib import load_corpus
        >>> gold = load_gold_mentions(load_corpus())
        >>> bool((gold.start >= 0).all())
        True
    """
    path = Path(path) if path else config.ANNOTATION_DIR / "mentions.csv"
    gold = pd.read_csv(path, dtype={"occurrence": "int64"}, keep_default_na=False)
    gold = gold[gold.doc_id.isin(corpus.doc_id) & (keep_unresolved | (gold.actor_id != "unresolved"))]
    return _locate(corpus, gold, "surface", path).drop(columns="in_boilerplate")


def _match(pred: pd.DataFrame, gold: pd.DataFrame, keys: list[str]) -> tuple[pd.Series, pd.Series]:
    """One-to-one matching of overlapping spans that agree on ``keys``: which predictions and gold rows matched."""
    pairs = _matched_pairs(pred, gold, keys)
    pred_hit = pd.Series(pred.index.isin([p for p, _ in pairs]), index=pred.index)
    gold_hit = pd.Series(gold.index.isin([g for _, g in pairs]), index=gold.index)
    return pred_hit, gold_hit


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return round(precision, 3), round(recall, 3), round(f1, 3)


def score_mentions(pred: pd.DataFrame, gold: pd.DataFrame, by: str = "actor_id", *,
                   inventory: set[str] | None = None) -> pd.DataFrame:
    """Precision, recall and F1 of predicted mentions, per actor or per kind.

    A predicted mention is correct when it overlaps a gold mention of the same
    document and actor (and, for ``by="kind"``, the same kind); each gold
    mention matches at most one prediction. The last row, ``(all)``, is the
    micro average.

    Returns:
        ``<by>, tp, fp, fn, precision, recall, f1``.

    Examples:
        >>> gold = pd.DataFrame({"doc_id": ["a", "a"], "actor_id": ["putin", "biden"], "kind": ["name"] * 2, "start": [0, 10], "end": [5, 15]})
        >>> pred = pd.DataFrame({"doc_id": ["a", "a"], "actor_id": ["putin", "putin"], "kind": ["name"] * 2, "start": [0, 20], "end": [5, 25]})
        >>> score_mentions(pred, gold).values.tolist()[-1]
        ['(all)', 1, 1, 1, 0.5, 0.5, 0.5]
    """
    pred = _scored(pred, inventory)
    keys = ["actor_id"] + (["kind"] if by == "kind" else [])
    pred_hit, gold_hit = _match(pred, gold, keys)
    rows = []
    labels = sorted(set(pred[by]) | set(gold[by]))
    for label in [*labels, "(all)"]:
        pm = pred[by] == label if label != "(all)" else pd.Series(True, index=pred.index)
        gm = gold[by] == label if label != "(all)" else pd.Series(True, index=gold.index)
        tp, fp, fn = int(gold_hit[gm].sum()), int((~pred_hit[pm]).sum()), int((~gold_hit[gm]).sum())
        rows.append((label, tp, fp, fn, *_prf(tp, fp, fn)))
    return pd.DataFrame(rows, columns=[by, "tp", "fp", "fn", "precision", "recall", "f1"])


def _scored(pred: pd.DataFrame, inventory: set[str] | None) -> pd.DataFrame:
    """The predictions a closed-inventory gold can judge: a known actor, in the inventory if given."""
    pred = pred[pred["actor_id"].notna()]
    return pred if inventory is None else pred[pred["actor_id"].isin(inventory)]


def mention_errors(pred: pd.DataFrame, gold: pd.DataFrame, *, inventory: set[str] | None = None) -> pd.DataFrame:
    """The disagreements: missed gold mentions and spurious predictions.

    Returns:
        ``error (missed / spurious), doc_id, actor_id, kind, surface, start``;
        the predictions judged are those :func:`score_mentions` judges.
    """
    pred = _scored(pred, inventory)
    pred_hit, gold_hit = _match(pred, gold, ["actor_id"])
    missed = gold[~gold_hit].assign(error="missed")
    spurious = pred[~pred_hit].assign(error="spurious")
    cols = ["error", "doc_id", "actor_id", "kind", "surface", "start"]
    return pd.concat([missed[cols], spurious[cols]], ignore_index=True).sort_values(["doc_id", "start"], ignore_index=True)


# --- statements ------------------------------------------------------------------------------------


def load_gold_statements(corpus: pd.DataFrame, path: str | Path | None = None) -> pd.DataFrame:
    """Hand-annotated statements, their anchors located in ``text_clean``.

    Returns:
        ``doc_id, stmt_no, speaker_id, speaker_side, cue, polarity,
        is_headline, anchor, occurrence, note, start, end``; ``speaker_id``
        is None for unattributed statements.
    """
    path = Path(path) if path else config.ANNOTATION_DIR / "statements.csv"
    gold = pd.read_csv(path, dtype={"occurrence": "int64", "polarity": "int64", "is_headline": "int64"}, keep_default_na=False)
    gold = gold[gold.doc_id.isin(corpus.doc_id)]
    gold = _locate(corpus, gold, "anchor", path).drop(columns="in_boilerplate")
    for col in ("speaker_id", "speaker_side"):
        gold[col] = gold[col].astype(object).where(gold[col] != "", None)
    return gold


def match_statements(pred: pd.DataFrame, gold: pd.DataFrame, *, window: int = 3) -> pd.DataFrame:
    """Pair each gold statement with the predicted one whose cue starts at its anchor.

    A prediction matches when it is in the same document and starts within
    ``window`` characters of the gold anchor (a headline statement, which
    starts at the headline, matches a gold headline statement of the same
    document). Each prediction is used once.

    Returns:
        The gold rows with ``pred_index, pred_speaker_id, pred_polarity``
        (NaN / None where nothing matched).
    """
    used: set[int] = set()
    idx, speakers, pols = [], [], []
    for g in gold.itertuples():
        cands = pred[(pred.doc_id == g.doc_id) & ~pred.index.isin(used)]
        near = cands[(cands.start - g.start).abs() <= window]
        if near.empty and g.is_headline:
            near = cands[cands.is_headline & (cands.cue_kind == "headline")]
        if near.empty:
            idx.append(None), speakers.append(None), pols.append(float("nan"))
            continue
        p = near.iloc[0]
        used.add(p.name)
        idx.append(p.name), speakers.append(p.speaker_id), pols.append(p.polarity)
    return gold.assign(pred_index=idx, pred_speaker_id=speakers, pred_polarity=pols)


def statement_errors(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """The gold statements the finder missed, gave to another speaker, or read with another sign.

    Returns:
        ``doc_id, stmt_no, speaker_id, pred_speaker_id, polarity, pred_label, anchor``.
    """
    matched = match_statements(pred, gold)
    matched["pred_label"] = matched["pred_polarity"].map(lambda p: polarity_label(p) if p == p else None)
    wrong = (matched["pred_index"].isna() | (matched["speaker_id"] != matched["pred_speaker_id"])
             | (matched["polarity"] != matched["pred_label"]))
    cols = ["doc_id", "stmt_no", "speaker_id", "pred_speaker_id", "polarity", "pred_label", "anchor"]
    return matched.loc[wrong, cols].reset_index(drop=True)


def polarity_label(polarity: float, threshold: float = 0.2) -> int:
    """Map a polarity in [-1, 1] to -1 / 0 / +1 (``|p| < threshold`` is 0).

    Examples:
        >>> [polarity_label(p) for p in (-0.9, 0.1, 0.5)]
        [-1, 0, 1]
    """
    return 0 if abs(polarity) < threshold else (1 if polarity > 0 else -1)


def sign_counts(gold: list[int], pred: list[int]) -> list[tuple[int, int, int]]:
    """True positives, false positives and false negatives of each sign (−1, 0, +1) that occurs in either list.

    >>> sign_counts([-1, 0, 1, 1], [-1, 0, 1, 0])
    [(1, 0, 0), (1, 1, 0), (1, 0, 1)]
    """
    counts = []
    for label in (-1, 0, 1):
        tp = sum(g == p == label for g, p in zip(gold, pred))
        fp = sum(p == label and g != label for g, p in zip(gold, pred))
        fn = sum(g == label and p != label for g, p in zip(gold, pred))
        if tp + fp + fn:
            counts.append((tp, fp, fn))
    return counts


def _macro_f1(gold: list[int], pred: list[int]) -> float:
    scores = [_prf(*c)[2] for c in sign_counts(gold, pred)]
    return round(sum(scores) / len(scores), 3) if scores else float("nan")


def score_statements(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """The stance rules against the hand annotation, as one table of measures.

    Measures: statement detection precision/recall/F1; speaker attribution
    accuracy on matched statements (None = None counts as right); side
    accuracy; polarity macro-F1 (three classes) and accuracy on matched
    statements; Pearson correlation between gold and predicted per-article
    cooperation index (mean polarity of all statements of the article).

    Returns:
        ``measure, value, n`` rows.
    """
    matched = match_statements(pred, gold)
    hit = matched.pred_index.notna()
    tp = int(hit.sum())
    p, r, f = _prf(tp, len(pred) - tp, len(gold) - tp)
    m = matched[hit]
    speaker_ok = [g == q for g, q in zip(m.speaker_id, m.pred_speaker_id)]
    sides = pred.set_index(pred.index)["speaker_side"]
    side_ok = [g == sides[i] for g, i in zip(m.speaker_side, m.pred_index)]
    gold_lab = m.polarity.astype(int).tolist()
    pred_lab = [polarity_label(x) for x in m.pred_polarity]
    per_doc = pd.DataFrame({"gold": gold.groupby("doc_id").polarity.mean(), "pred": pred.groupby("doc_id").polarity.mean()}).dropna()
    corr = round(float(per_doc.gold.corr(per_doc.pred)), 3) if len(per_doc) > 2 else float("nan")
    rows = [
        ("detection_precision", p, len(pred)),
        ("detection_recall", r, len(gold)),
        ("detection_f1", f, len(gold)),
        ("speaker_accuracy", round(sum(speaker_ok) / len(m), 3) if len(m) else float("nan"), len(m)),
        ("side_accuracy", round(sum(side_ok) / len(m), 3) if len(m) else float("nan"), len(m)),
        ("polarity_macro_f1", _macro_f1(gold_lab, pred_lab), len(m)),
        ("polarity_accuracy", round(sum(g == q for g, q in zip(gold_lab, pred_lab)) / len(m), 3) if len(m) else float("nan"), len(m)),
        ("doc_cooperation_pearson_r", corr, len(per_doc)),
    ]
    return pd.DataFrame(rows, columns=["measure", "value", "n"])


# --- real news: the held-out SaudiNewsNet sample --------------------------------------------------

REAL_DIR = config.ANNOTATION_DIR / "real"


def real_sample(folder: str | Path | None = None) -> pd.DataFrame:
    """The annotated articles of the real-news sample, one row per field (title, text).

    ``doc_id`` is ``<article>#title`` or ``<article>#text``, so that gold
    spans (which index the raw field) and predictions share offsets;
    ``article`` names the article, so that the headline knows whom its body
    names (:func:`q7x2lib.find_mentions`).
    """
    return _annotated_fields(Path(folder) if folder else REAL_DIR, "annotated_articles.csv")


def _annotated_fields(folder: Path, listing: str) -> pd.DataFrame:
    """The articles a listing (``doc_id,status,note``) marks ``annotated``, one row per field (title, text)."""
    import csv

    with open(folder / listing, encoding="utf-8", newline="") as f:
        # a note may hold unquoted commas, so only the first two fields are read
        keep = {row[0] for row in list(csv.reader(f))[1:] if len(row) > 1 and row[1] == "annotated"}
    articles = pd.read_json(folder / "articles.jsonl", lines=True, dtype=False)
    articles = articles[articles["doc_id"].isin(keep)]
    rows = [{"doc_id": f"{a.doc_id}#{field}", "article": a.doc_id, "published": pd.Timestamp(a.published), "outlet": getattr(a, "outlet", None),
             "text": getattr(a, field) or ""}
            for a in articles.itertuples() for field in ("title", "text")]
    return pd.DataFrame(rows)


def load_real_mentions(sample: pd.DataFrame, folder: str | Path | None = None) -> pd.DataFrame:
    """The hand-coded mentions of the real sample, located (``start``, ``end``) in their field.

    Rows of articles that ``sample`` leaves out (an article one layer's
    annotator coded and the listing does not keep) are dropped.
    """
    gold = pd.read_csv(Path(folder or REAL_DIR) / "mentions.csv", dtype=str, keep_default_na=False)
    texts = dict(zip(sample["doc_id"], sample["text"]))
    gold["doc_id"] = gold["doc_id"] + "#" + gold["field"]
    gold = gold[gold["doc_id"].isin(texts)].reset_index(drop=True)
    starts = []
    for doc, surface, occurrence in zip(gold["doc_id"], gold["surface"], gold["occurrence"].astype(int)):
        at = -1
        for _ in range(occurrence):
            at = texts[doc].find(surface, at + 1)
        starts.append(at)
    return gold.assign(start=starts, end=[s + len(t) for s, t in zip(starts, gold["surface"])])


def score_coded_mentions(pred: pd.DataFrame, gold: pd.DataFrame, *,
                         seats: frozenset[tuple[str, str]] | None = None) -> pd.DataFrame:
    """Detection and coding of mentions against hand coding.

    A prediction matches an overlapping gold mention of the same document
    (one to one). ``coded`` counts a match only when country and agent are
    both the gold's.

    The mention guideline codes a capital or seat of power standing for its
    state (طهران، الكرملين) country only, the event guideline and the coder
    XXXGOV. Given ``seats`` (:func:`seat_phrases`), ``coded_seat_gov`` is
    the same figure with that one convention accepted as well: a gold
    country-only mention whose surface is a capital or seat of its country,
    predicted as that country's GOV. ``seat_gov_pairs`` counts those pairs.

    Examples:
        >>> gold = pd.DataFrame({"doc_id": ["a", "a"], "start": [0, 10], "end": [5, 15], "country": ["SAU", "YEM"], "agent": ["GOV", "REB"]})
        >>> pred = pd.DataFrame({"doc_id": ["a", "a"], "start": [0, 20], "end": [5, 25], "country": ["SAU", "IRN"], "agent": ["GOV", ""]})
        >>> score_coded_mentions(pred, gold).set_index("measure").loc[["detection_f1", "coded_f1"], "value"].tolist()
        [0.5, 0.5]
    """
    pairs = _matched_pairs(pred, gold, prefer=["country", "agent"])
    same = [(pred.at[p, "country"] or "") == gold.at[g, "country"] and (pred.at[p, "agent"] or "") == gold.at[g, "agent"]
            for p, g in pairs]
    tp, coded = len(pairs), int(sum(same))
    rows = [("detection", tp, len(pred), len(gold)), ("coded", coded, len(pred), len(gold))]
    if seats is not None:
        seat_gov = [not ok and _seat_as_gov(pred.loc[p], gold.loc[g], seats) for (p, g), ok in zip(pairs, same)]
        rows.append(("coded_seat_gov", coded + sum(seat_gov), len(pred), len(gold)))
    out = []
    for name, hits, n_pred, n_gold in rows:
        p, r, f = _prf(hits, n_pred - hits, n_gold - hits)
        out += [(f"{name}_precision", p, n_pred), (f"{name}_recall", r, n_gold), (f"{name}_f1", f, n_gold)]
    for col in ("country", "agent"):
        right = [(pred.at[p, col] or "") == gold.at[g, col] for p, g in pairs]
        out.append((f"{col}_accuracy", round(sum(right) / len(right), 3) if right else float("nan"), len(right)))
    if seats is not None:
        out.append(("seat_gov_pairs", sum(seat_gov), tp))
    return pd.DataFrame(out, columns=["measure", "value", "n"])


# A conjunction and a preposition, or the article joined to ل, before a capital's name (وطهران، للقاهرة، بموسكو).
_SEAT_CLITICS = re.compile(r"^(?:[وف]?[بلك]?(?=..))")


def seat_phrases(tables: dict[str, pd.DataFrame] | None = None) -> frozenset[tuple[str, str]]:
    """(country code, normalised phrase) of every capital and seat of power of the countries table.

    Examples:
        >>> ("IRN", "طهران") in seat_phrases()
        True
    """
    return _country_phrases(("capital", "seat"), tables)


def _country_phrases(forms: tuple[str, ...], tables: dict[str, pd.DataFrame] | None = None) -> frozenset[tuple[str, str]]:
    """(country code, normalised phrase) of the countries table's rows of ``forms`` (name, capital, seat, ...)."""
    from .actors import _default_tables
    from .arabic import normalize

    countries = (_default_tables() if tables is None else tables)["countries"]
    rows = countries[countries["form"].isin(forms)]
    return frozenset((c, " ".join(normalize(p).split())) for c, p in zip(rows["code"], rows["phrase"]))


def _seat_as_gov(p: pd.Series, g: pd.Series, seats: frozenset[tuple[str, str]]) -> bool:
    """A gold country-only capital or seat (``g``) that the prediction (``p``) codes as its country's GOV."""
    from .arabic import normalize

    if g["agent"] or (p["agent"] or "") != "GOV" or (p["country"] or "") != g["country"] or not g["country"]:
        return False
    key = " ".join(normalize(g["surface"]).strip("«»\"“”()[]{}'").split())
    bare = _SEAT_CLITICS.sub("", key, count=1)
    forms = {key, bare, "ال" + key.removeprefix("لل")} if key.startswith("لل") else {key, bare}
    return any((g["country"], f) in seats for f in forms)


#: Words a person's English name may carry or drop (titles, particles) without naming someone else.
_NAME_PARTICLES = frozenset("al el ad as ash at abu king prince sheikh dr president".split())
# A father's name after bin stays with it: Salman in Mohammed bin Salman is not King Salman.
_PATRONYMIC = frozenset("bin ben ibn bint".split())


_NAME_NOTE = re.compile(r"\([^()]*\)")  # (Governor of Qassim from 2015)


def _name_tokens(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode().lower()
    words = [t for t in re.split(r"[^a-z0-9]+", plain) if t and t not in _NAME_PARTICLES]
    out: list[str] = []
    for w in words:
        if out and out[-1] in _PATRONYMIC:
            out[-1] += "_" + w
        else:
            out.append(w)
    return out


# Transliteration-tolerant comparison (used only when the strict one fails). The articles that stand
# apart: al-, el- and the sun-letter forms (ad-, ash-, an- ...) before a family name.
_ARTICLE_HYPHEN = re.compile(r"\b(al|el|ad|as|ash|at|an|ar|az|ath|adh|ibn|bin|ben|bint|abu)-")
# عبد before a divine name: Abdulrahman, Abdul Rahman, Abdel Rahman, Abd al-Rahman, Abdur Rahman.
_ABD = re.compile(r"^abd(?:ul|el|al|ur|ar)?(?=.)")
# Latin letters that Unicode does not split into a plain letter and an accent (Kılıçdaroğlu).
_LETTERS_WITHOUT_DECOMPOSITION = str.maketrans("ıİłŁøØđĐ", "iIlLoOdD")
# The article written as part of the name (Alhajraf), before at least four letters.
_GLUED_ARTICLE = re.compile(r"^[ae]l(?=[a-z]{4})")
_VOWEL_RUNS = re.compile(r"[aeiou]+|[^aeiou]")
# Vowel spellings of one sound: ou, oo = u; ee = i; aye = ai (Nayef / Naif; y is read as i inside a word first).
_VOWEL_SPELLING = {"ou": "u", "oo": "u", "ee": "i", "aie": "ai"}
# Vowels that transliterations swap for one another: e for any short vowel (Mohammed / Muhammad,
# Khaled / Khalid, Mehrej / Mohrij), o for u, ai for ei (Hussain / Hussein). a and u, or a and i,
# never pass: Hassan is not Hussein, Hamad is not Hamid.
_VOWELS_ALIKE = {frozenset(p) for p in (("a", "e"), ("e", "i"), ("e", "o"), ("e", "u"), ("o", "u"), ("ai", "ei"))}
# Words the tolerant comparison drops besides the particles: military ranks and other titles.
_SPELLING_DROPPED = _NAME_PARTICLES | frozenset("gen maj brig col capt lt sheikha emir queen ayatollah grand".split())
# A short vowel one spelling writes and another leaves out (Araj / Arj, Dagher / Daghr).
_VOWEL_DROPPED = frozenset({"a", "e"})


def _spelling_words(name: str) -> list[str]:
    """The words of an English name for :func:`same_person`'s tolerant comparison: the note in
    parentheses dropped, apostrophes (ʿayn) dropped, a hyphen kept as a space only after an article
    (al-Jubeir) and dropped inside a name (Abdul-Rahman), then the particles and titles dropped and
    the words after bin joined to it (:func:`_name_tokens`)."""
    plain = re.sub(r"\([^)]*\)", " ", str(name)).translate(_LETTERS_WITHOUT_DECOMPOSITION)
    plain = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode().lower()
    plain = re.sub(r"['`]", "", plain)
    plain = re.sub(r"-", "", _ARTICLE_HYPHEN.sub(r"\1 ", plain))
    words = [t for t in re.split(r"[^a-z0-9]+", plain) if t and t not in _SPELLING_DROPPED]
    out: list[str] = []
    for w in words:
        w = "bin" if w in _PATRONYMIC else w
        if out and (out[-1] == "bin" or out[-1] == "abd"):
            out[-1] += w
        else:
            out.append(w)
    return out


def _spelling_runs(word: str) -> list[str]:
    """A word as its consonants, one by one, and its runs of vowels, spelt one way: abd + ul/el/al/ur before
    a name is abd, y inside a word is i, a letter written twice is one (Mohammed, Abbas), ou and oo
    are u, ee is i, aye is ai, a final h after a vowel goes (Abdullah / Abdulla)."""
    w = _ABD.sub("abd", word)
    w = w[:1] + w[1:].replace("y", "i")
    w = re.sub(r"(.)\1+", r"\1", w)
    w = re.sub(r"(?<=[aeiou])h$", "", w)
    return [_VOWEL_SPELLING.get(r, r) for r in _VOWEL_RUNS.findall(w)]


def _same_spelling(a: str, b: str) -> bool:
    """Whether two words are one Arabic (or Russian, Turkish ...) name spelt two ways: the same
    consonants in the same order, and each vowel run equal or alike (``_VOWELS_ALIKE``), or a short
    a or e written on one side only; an article al or el glued to the name on one side only is dropped.

    Examples:
        >>> _same_spelling("sergei", "sergey"), _same_spelling("mohammed", "muhammad"), _same_spelling("arj", "araj")
        (True, True, True)
        >>> _same_spelling("hassan", "hussein"), _same_spelling("hamad", "hamid"), _same_spelling("amr", "amir")
        (False, False, False)
    """
    if bool(_GLUED_ARTICLE.match(a)) != bool(_GLUED_ARTICLE.match(b)):  # Alhajraf / Hajraf
        a, b = _GLUED_ARTICLE.sub("", a), _GLUED_ARTICLE.sub("", b)
    ra, rb = _spelling_runs(a), _spelling_runs(b)

    def vowel(r: str) -> bool:
        return r[0] in "aeiou"

    i = j = 0
    while i < len(ra) and j < len(rb):
        x, y = ra[i], rb[j]
        if vowel(x) and vowel(y):
            if x != y and frozenset((x, y)) not in _VOWELS_ALIKE:
                return False
        elif vowel(x) != vowel(y):  # a vowel on one side only: a dropped short vowel inside the consonants
            if (x if vowel(x) else y) not in _VOWEL_DROPPED or i == 0 or j == 0:
                return False
            i, j = (i + 1, j) if vowel(x) else (i, j + 1)
            continue
        elif x != y:
            return False
        i, j = i + 1, j + 1
    return i == len(ra) and j == len(rb)


def _same_name_spelt_otherwise(a: str, b: str) -> bool:
    """Whether two names are one person's spelt two ways: the family names (last words) are the same
    spelling, and every word of the shorter name is, in order, one of the longer's (:func:`_same_spelling`;
    a word after bin stays with it, so a father's name never stands for the son's)."""
    ta, tb = _spelling_words(a), _spelling_words(b)
    if not ta or not tb:
        return False
    if _same_spelling("".join(ta), "".join(tb)):
        return True
    if not _same_spelling(ta[-1], tb[-1]):
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    words = iter(long_)
    return all(any(_same_spelling(t, w) for w in words) for t in short)


def same_person(a: str, b: str, *, strict: bool = False) -> bool:
    """Whether two English renderings name the same person: one's words in order within the other's,
    or the same letters once spaces go (Abd Rabbuh Mansur Hadi, Abdrabbuh Mansur Hadi); and, unless
    ``strict``, the same name spelt otherwise (:func:`_same_name_spelt_otherwise`): case, accents,
    apostrophes, hyphens and the article (al-, el-, Alhajraf) aside, Abdul Rahman = Abdulrahman, y = i, ou = u,
    a letter doubled or not, e for another short vowel, a short a or e left out; the family name
    (last word) must agree, and the words after bin stay together.

    Examples:
        >>> same_person("King Salman", "Salman bin Abdulaziz Al Saud"), same_person("Mohammed bin Salman", "Mohammed bin Nayef")
        (True, False)
        >>> same_person("Sergei Lavrov", "Sergey Lavrov"), same_person("Sergei Lavrov", "Sergey Lavrov", strict=True)
        (True, False)
        >>> same_person("Mohamed Badie", "Mohammed Badie"), same_person("Rami Abdulrahman", "Rami Abdel Rahman")
        (True, True)
        >>> same_person("Khalid bin Mohammed al-Attiyah", "Khalid bin Mohammad Al Attiyah")
        True

        A note in brackets, where the tables keep an office and its dates, is no part of the name:

        >>> same_person("Prince Faisal bin Mishal (Governor of Qassim from 2015)", "Faisal bin Mishal bin Saud")
        True
        >>> same_person("Prince Faisal bin Mishal (Governor of Qassim from 2015)", "Faisal bin Khalid bin Abdulaziz")
        False
        >>> same_person("Hussein al-Sheikh (PLO)", "Hussein Ibrahim")
        False

        Kin stay apart: a father and his son, two brothers, husband and wife, two sons of one father.

        >>> same_person("Salman bin Abdulaziz Al Saud", "Mohammed bin Salman")
        False
        >>> same_person("Hamad bin Khalifa Al Thani", "Tamim bin Hamad Al Thani"), same_person("King Abdulaziz Al Saud", "King Salman bin Abdulaziz Al Saud")
        (False, False)
        >>> same_person("Saud al-Faisal", "Turki al-Faisal"), same_person("Bill Clinton", "Hillary Clinton")
        (False, False)
        >>> same_person("Hassan Nasrallah", "Hussein Nasrallah"), same_person("Kamal Kharazi", "Sadegh Kharazi")
        (False, False)
    """
    if _NAME_NOTE.search(str(a)) or _NAME_NOTE.search(str(b)):
        # a note in brackets is no part of the name (the tables keep offices and dates there); a name left
        # with one word (Hussein al-Sheikh: hussein) would match anyone of that name, and is not taken
        bare_a, bare_b = _NAME_NOTE.sub(" ", str(a)), _NAME_NOTE.sub(" ", str(b))
        if min(len(_name_tokens(bare_a)), len(_name_tokens(bare_b))) >= 2 and same_person(bare_a, bare_b, strict=strict):
            return True
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return False
    if "".join(ta) == "".join(tb):
        return True
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    words = iter(long_)
    if all(t in words for t in short):  # a subsequence: every word of the shorter, in order
        return True
    return not strict and _same_name_spelt_otherwise(a, b)


# One Arabic consonant that English renderings write two ways: ذ dh or d, ث th or t, غ gh or g, ق q, g or k.
_CONSONANT_SPELLING = (("dh", "d"), ("th", "t"), ("gh", "g"), ("q", "k"), ("g", "k"))
# Arabic proclitics a family name may carry in a mention's surface (والضويلع، للضويلع).
_SURFACE_CLITIC = re.compile(r"^[وف]?[بلك]?")
_DOUBLE_LAM = re.compile(r"^[وف]?لل(?=..)")  # للضويلع: ل and the article
_DEFINITE = re.compile(r"^[وف]?(?:[بكل]?ال|لل)(?=..)")  # a definite word (النقيب، والنائب): a title, no given name


def _consonant_skeleton(word: str) -> str:
    """A word of :func:`_spelling_words` as its consonants alone, one spelling for a consonant written two ways
    (``_CONSONANT_SPELLING``), a letter written twice as one, a final h after a vowel gone, and the vowels and the
    long-vowel letters w and y dropped: the Arabic letters an English rendering keeps whatever its vowels.

    Examples:
        >>> _consonant_skeleton("dhuwailie"), _consonant_skeleton("duwailah"), _consonant_skeleton("sugair")
        ('dl', 'dl', 'skr')
        >>> _consonant_skeleton("abdullah"), _consonant_skeleton("abdulilah")
        ('bdl', 'bdll')
    """
    w = word
    for a, b in _CONSONANT_SPELLING:
        w = w.replace(a, b)
    w = re.sub(r"(.)\1+", r"\1", w)
    w = re.sub(r"(?<=[aeiou])h$", "", w)
    return re.sub(r"[aeiouwy]", "", w)


def same_person_written(predicted: str, gold: str, surface: str, name_words: frozenset[tuple[str, str]]) -> bool:
    """Whether a predicted person (English name ``predicted``) is the gold's (``gold``), where the gold mention
    writes ``surface``: :func:`same_person`, or one Arabic name transliterated two ways. An English rendering
    cannot tell a short vowel from a long one nor ذ from د, so two renderings of one Arabic name may differ in
    every vowel (Judai / Jadie, al-Nuqair / al-Naqir) or in such a consonant (al-Dhuwailie / al-Duwaila). They
    name one person when the two English names agree, consonant for consonant (:func:`_consonant_skeleton`), in
    their first word and in their last, and the mention's own Arabic surface writes the person as the tables do
    (``name_words``: the first and the last word of each of his Arabic phrases of two words or more,
    :func:`person_name_words`): his family name after his given name, or his family name alone (at the start or
    after a definite word: النقيب الأكلبي، معالي النائب الضويلع). A namesake keeps another first name (Suleiman /
    Bashar al-Assad), a son or a brother another first or last word, a different Arabic name other consonants
    (Abdulilah / Abdullah) or other Arabic letters (حامد is not حمد, though Hamid and Hamad share consonants).

    Examples:
        >>> words = frozenset({("سعيد", "النقير")})
        >>> same_person_written("Saeed bin Abdullah al-Nuqair", "Saeed al-Naqir", "الناطق الإعلامي سعيد النقير", words)
        True
        >>> same_person_written("Saeed bin Abdullah al-Nuqair", "Saeed al-Naqir", "الناطق الإعلامي", words)
        False
        >>> same_person_written("Bashar al-Assad", "Suleiman al-Assad", "سليمان الأسد", frozenset({("بشار", "الأسد")}))
        False
    """
    if same_person(predicted, gold):
        return True
    a, b = _spelling_words(predicted), _spelling_words(gold)
    if len(a) < 2 or len(b) < 2 or not name_words:
        return False
    if _consonant_skeleton(a[0]) != _consonant_skeleton(b[0]) or _consonant_skeleton(a[-1]) != _consonant_skeleton(b[-1]):
        return False
    from .arabic import normalize

    written = normalize(str(surface)).split()
    words = [_surface_forms(w) for w in written]
    for given, family in name_words:
        for i, forms in enumerate(words):
            if family in forms and (i == 0 or _DEFINITE.match(written[i - 1]) or any(given in f for f in words[:i])):
                return True
    return False


def _surface_forms(word: str) -> frozenset[str]:
    """A word of a mention's surface with the proclitics it may carry taken off one by one (والضويلع، للضويلع)."""
    return frozenset({word, _DOUBLE_LAM.sub("ال", word)} | {word[k:] for k in range(1, len(_SURFACE_CLITIC.match(word)[0]) + 1)})


def _person_rows(actors: pd.DataFrame | None, tables: dict[str, pd.DataFrame] | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The people table and the persons of the actor table (the bundled ones where none are given): the rows
    :func:`person_names` and :func:`person_name_words` read."""
    from .actors import _bundled_actors, _default_tables

    actors = _bundled_actors() if actors is None else actors
    people = (_default_tables() if tables is None else tables)["people"]
    return people, actors[actors["type"] == "person"]


def person_name_words(actors: pd.DataFrame | None = None, tables: dict[str, pd.DataFrame] | None = None) -> dict[str, frozenset[tuple[str, str]]]:
    """``actor_id`` → the (given name, family name) pairs the tables write a person with: the normalised first and
    last word of each of his Arabic phrases of two words or more, for :func:`same_person_written`."""
    from .arabic import normalize

    people, persons = _person_rows(actors, tables)
    words: dict[str, set[tuple[str, str]]] = {}
    for actor_id, phrase in [*zip(people["actor_id"], people["phrase"]), *zip(persons["actor_id"], persons["phrase"])]:
        parts = normalize(str(phrase)).split()
        if len(parts) >= 2:
            words.setdefault(actor_id, set()).add((parts[0], parts[-1]))
    return {a: frozenset(w) for a, w in words.items()}


def person_names(actors: pd.DataFrame | None = None, tables: dict[str, pd.DataFrame] | None = None) -> dict[str, str]:
    """``actor_id`` → English name of every person the program can name (people table, persons of the actor table)."""
    people, persons = _person_rows(actors, tables)
    names = dict(zip(people["actor_id"], people["name_en"]))
    persons = persons[persons["name_en"] != ""]
    names.update(zip(persons["actor_id"], persons["name_en"]))
    return {a: n for a, n in names.items() if n}


def score_person_mentions(pred: pd.DataFrame, gold: pd.DataFrame, names: dict[str, str], *, strict: bool = False,
                          name_words: dict[str, frozenset[tuple[str, str]]] | None = None) -> pd.DataFrame:
    """Person resolution against hand coding: is the person the gold names the one the program names?

    The gold has no person ids, only ``actor_en`` (the English name of the
    person a ``name`` or ``role`` mention refers to), so a matched mention is
    resolved right when the English name of the predicted ``actor_id``
    (``names``) is :func:`same_person` as ``actor_en``. Recall counts the gold
    person mentions, precision the predictions that name a person.

    Args:
        pred: ``find_mentions`` rows (``doc_id, start, end, actor_id``).
        gold: :func:`load_real_mentions` rows.
        names: ``actor_id`` → English name, for the people the program can name.
        strict: compare the names letter for letter (:func:`same_person` with ``strict``), as the
            rounds before the tenth did: Sergei Lavrov is then not Sergey Lavrov.
        name_words: where given (:func:`person_name_words`) and not ``strict``, a name transliterated
            otherwise is the same person when the gold's Arabic surface writes his name as the tables do
            (:func:`same_person_written`: Judai / Jadie bin Nahar al-Qahtani).

    Returns:
        ``measure, value, n``: ``person_precision, person_recall, person_f1``.
    """
    is_person = gold["kind"].isin(["name", "role"]) & (gold["actor_en"] != "")
    people = gold[is_person]
    named = pred[pred["actor_id"].map(lambda a: a in names)]
    pairs = _matched_pairs(named, people)
    if name_words is None or strict:
        right = sum(same_person(names[named.at[p, "actor_id"]], people.at[g, "actor_en"], strict=strict) for p, g in pairs)
    else:
        right = sum(same_person_written(names[named.at[p, "actor_id"]], people.at[g, "actor_en"], people.at[g, "surface"],
                                        name_words.get(named.at[p, "actor_id"], frozenset())) for p, g in pairs)
    p, r, f = _prf(right, len(named) - right, len(people) - right)
    return pd.DataFrame([("person_precision", p, len(named)), ("person_recall", r, len(people)), ("person_f1", f, len(people))],
                        columns=["measure", "value", "n"])


def place_phrases(tables: dict[str, pd.DataFrame] | None = None) -> frozenset[str]:
    """Normalised name, capital and seat phrases of the countries table: a ``name`` mention of one is a state, no person.

    Examples:
        >>> {"طهران", "ايران"} <= place_phrases()
        True
    """
    return frozenset(phrase for _, phrase in _country_phrases(("name", "capital", "seat", "province"), tables))


def _typed_person(pred: pd.DataFrame, names: dict[str, str], places: frozenset[str]) -> pd.Series:
    """Which predictions the program types as a person: a person of the tables, or a ``name`` with no ``actor_id``
    (a personal name no table knows) that is not a state, capital or seat named (ايران، وطهران، دولة الامارات)."""
    from .arabic import normalize

    def place(surface: str, pre: object) -> bool:
        key = " ".join(normalize(surface).split())
        pre = normalize(pre) if isinstance(pre, str) else ""
        bare = key[len(pre):] if pre and key.startswith(pre) else key
        forms = {key, bare, bare.removeprefix("دوله "), "ال" + bare.removeprefix("ل") if bare.startswith("ل") else bare}
        return any(f in places for f in forms)

    unnamed = pred["actor_id"].isna() | (pred["actor_id"].fillna("") == "")
    pre = pred["proclitic"] if "proclitic" in pred else pd.Series("", index=pred.index)
    known = pred["actor_id"].map(lambda a: isinstance(a, str) and a in names)
    unknown = unnamed & (pred["kind"] == "name") & pd.Series([not place(s, c) for s, c in zip(pred["surface"], pre)],
                                                                    index=pred.index, dtype=bool)
    return known | unknown


def score_name_detection(pred: pd.DataFrame, gold: pd.DataFrame, names: dict[str, str],
                         places: frozenset[str] | None = None) -> pd.DataFrame:
    """Is a person found at all, named or not? Detection of people's names, whether a table knows them or not.

    :func:`score_person_mentions` counts a person only when the program names the
    gold's person, so a person no table knows is never found there. Here recall
    is the share of the gold ``name`` mentions (people's names, mention guideline
    section 2) that a predicted mention overlaps (one to one, as detection
    matches); precision the share of the predictions the program types as a
    person (an ``actor_id`` of ``names``, or a ``name`` with no ``actor_id`` that
    is not a state, capital or seat of ``places``: a personal name no table
    knows) that overlap a gold ``name`` mention or a gold ``role`` mention that
    names its holder (``actor_en``).

    Examples:
        >>> gold = pd.DataFrame({"doc_id": ["a"] * 4, "start": [0, 20, 40, 60], "end": [10, 30, 50, 70],
        ...     "kind": ["name", "name", "role", "institution"], "actor_en": ["X", "", "Y", ""]})
        >>> pred = pd.DataFrame({"doc_id": ["a"] * 4, "start": [0, 40, 60, 80], "end": [10, 50, 70, 90],
        ...     "actor_id": [None, "y", None, None], "kind": ["name", "role", "name", "name"],
        ...     "surface": ["فلان", "الرئيس", "شركة", "ايران"]})
        >>> score_name_detection(pred, gold, {"y": "Y"}, frozenset({"ايران"}))["value"].tolist()
        [0.667, 0.5, 0.571]
    """
    places = place_phrases() if places is None else places
    typed = pred[_typed_person(pred, names, places)]
    gold_names = gold[gold["kind"] == "name"]
    people = gold[(gold["kind"] == "name") | (gold["kind"] == "role") & (gold["actor_en"] != "")]
    found = len(_matched_pairs(pred, gold_names))
    right = len(_matched_pairs(typed, people))
    p = right / len(typed) if len(typed) else float("nan")
    r = found / len(gold_names) if len(gold_names) else float("nan")
    f = 2 * p * r / (p + r) if right and found else 0.0
    p, r, f = round(p, 3), round(r, 3), round(f, 3)
    return pd.DataFrame([("name_detection_precision", p, len(typed)), ("name_detection_recall", r, len(gold_names)),
                         ("name_detection_f1", f, len(gold_names))], columns=["measure", "value", "n"])


def _matched_pairs(pred: pd.DataFrame, gold: pd.DataFrame, keys: list[str] = (), prefer: list[str] = ()) -> list[tuple]:
    """(prediction index, gold index) of the one-to-one matching of overlapping spans in one document
    (and agreeing on ``keys``): each gold row takes the first free prediction that overlaps it, one that
    also agrees on ``prefer`` if there is one (the two rows of البلدين pair with the gold rows of the same states)."""
    cols = ["doc_id", *keys]
    pairs, used = [], set()
    by_key = {k if isinstance(k, tuple) else (k,): g for k, g in pred.groupby(cols)}
    for gi, g in gold.iterrows():
        free = [(pi, p) for pi, p in by_key.get(tuple(g[cols]), pred.iloc[:0]).iterrows()
                if pi not in used and p["start"] < g["end"] and g["start"] < p["end"]]
        if free:
            agree = [pi for pi, p in free if all((p[c] or "") == (g[c] or "") for c in prefer)]
            pi = agree[0] if agree else free[0][0]
            pairs.append((pi, gi))
            used.add(pi)
    return pairs


# --- event groups and story threads (data/annotations/real/) ----------------------------------


def load_gold_groups(path: str | Path | None = None, *, strict: bool = False) -> pd.DataFrame:
    """Hand-annotated event groups of the development corpus (``event_groups.csv``).

    ``strict`` leaves out the members marked ``borderline`` in ``note``.

    Returns:
        ``group_id, doc_id, outlet, published, title, is_seed, event_en, note``.
    """
    path = Path(path) if path else config.ANNOTATION_DIR / "real" / "event_groups.csv"
    gold = pd.read_csv(path, dtype={"group_id": str, "doc_id": str}, keep_default_na=False)
    if strict:
        gold = gold[~gold["note"].str.contains("borderline", case=False)]
    return gold.reset_index(drop=True)


def gold_thread_members(groups: pd.DataFrame, threads: pd.DataFrame | str | Path | None = None) -> pd.DataFrame:
    """Articles of the event groups that form story threads: ``doc_id, thread_id`` (``story_threads.csv``).

    Examples:
        >>> g = pd.DataFrame({"group_id": ["g1", "g1", "g2", "g3"], "doc_id": ["a", "b", "c", "d"]})
        >>> t = pd.DataFrame({"thread_id": ["th1", "th1"], "group_id": ["g1", "g2"]})
        >>> gold_thread_members(g, t).values.tolist()
        [['a', 'th1'], ['b', 'th1'], ['c', 'th1']]
    """
    if not isinstance(threads, pd.DataFrame):
        path = Path(threads) if threads else config.ANNOTATION_DIR / "real" / "story_threads.csv"
        threads = pd.read_csv(path, dtype=str, keep_default_na=False)
    return groups.merge(threads[["group_id", "thread_id"]].drop_duplicates(), on="group_id")[["doc_id", "thread_id"]]


def _pairs(sizes: pd.Series) -> int:
    return int((sizes * (sizes - 1) // 2).sum())


def pair_scores(true_pairs: int, pred_pairs: int, gold_pairs: int) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 from counts of pairs (0.0 where there is nothing to divide by), unrounded:
    one set's (:func:`score_groups`) or several sets' pairs summed (``scripts/score_event_groups.py``'s pooled row).

    Examples:
        >>> pair_scores(2, 4, 4), pair_scores(0, 0, 3)
        ((0.5, 0.5, 0.5), (0.0, 0.0, 0.0))
    """
    precision = true_pairs / pred_pairs if pred_pairs else 0.0
    recall = true_pairs / gold_pairs if gold_pairs else 0.0
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score_groups(pred: pd.DataFrame, gold: pd.DataFrame, negatives: pd.DataFrame | None = None, *,
                 pred_col: str = "event_group", gold_col: str = "group_id") -> pd.DataFrame:
    """Pairwise precision, recall and F1 of a grouping against gold groups, over the gold articles.

    A pair of gold articles is a true positive when both groupings put the
    two together; gold articles that ``pred`` lacks count as alone. Pairs
    with an article outside the gold set are not judged. ``negatives``
    (``doc_a, doc_b``: pairs that look alike but report different events)
    adds how many of them ``pred`` wrongly joins.

    Returns:
        One row: ``articles, gold_groups, gold_pairs, pred_pairs, true_pairs,
        precision, recall, f1, negatives, negatives_joined``.

    Examples:
        >>> gold = pd.DataFrame({"doc_id": list("abcde"), "group_id": ["g1", "g1", "g1", "g2", "g2"]})
        >>> pred = pd.DataFrame({"doc_id": list("abcde"), "event_group": [0, 0, 1, 1, 1]})
        >>> neg = pd.DataFrame({"doc_a": ["c"], "doc_b": ["d"]})
        >>> r = score_groups(pred, gold, neg).iloc[0]
        >>> int(r.gold_pairs), int(r.pred_pairs), int(r.true_pairs), float(r.precision), float(r.recall), int(r.negatives_joined)
        (4, 4, 2, 0.5, 0.5, 1)
    """
    gold = gold[["doc_id", gold_col]].drop_duplicates("doc_id")
    group = pred.set_index("doc_id")[pred_col]
    found = gold["doc_id"].map(group)
    # an article the prediction lacks is alone: give it a label no other article has
    found = found.astype(object).where(found.notna(), pd.Series([("alone", d) for d in gold["doc_id"]], index=gold.index))
    labels = pd.Series(pd.factorize(found)[0], index=gold.index)
    both = pd.DataFrame({"g": gold[gold_col].to_numpy(), "p": labels.to_numpy()})
    true_pairs = _pairs(both.groupby(["g", "p"]).size())
    gold_pairs, pred_pairs = _pairs(both.groupby("g").size()), _pairs(both.groupby("p").size())
    precision, recall, f1 = pair_scores(true_pairs, pred_pairs, gold_pairs)
    row = {"articles": len(gold), "gold_groups": gold[gold_col].nunique(), "gold_pairs": gold_pairs,
           "pred_pairs": pred_pairs, "true_pairs": true_pairs, "precision": round(precision, 3),
           "recall": round(recall, 3), "f1": round(f1, 3)}
    if negatives is not None:
        a, b = negatives["doc_a"].map(group), negatives["doc_b"].map(group)
        row.update(negatives=len(negatives), negatives_joined=int((a.notna() & (a == b)).sum()))
    return pd.DataFrame([row])


def wrong_joins(pred: pd.DataFrame, gold: pd.DataFrame, links: pd.DataFrame | None = None, *,
                pred_col: str = "event_group", gold_col: str = "group_id") -> pd.DataFrame:
    """The pairs of gold articles a grouping puts together although gold puts them apart (its false positives).

    Read them to see why precision falls: which gold groups are joined, in
    how large a predicted group, and (with ``links``, the ``doc_a, doc_b``
    pairs that made the groups) whether by one direct link or through a
    chain of other articles.

    Returns:
        ``doc_a, doc_b, gold_a, gold_b, pred_group, group_size, direct``
        (``group_size`` counts every article of ``pred`` in that group;
        ``direct`` is NA without ``links``), by group then article.

    Examples:
        >>> gold = pd.DataFrame({"doc_id": list("abcd"), "group_id": ["g1", "g1", "g2", "g2"]})
        >>> pred = pd.DataFrame({"doc_id": list("abcdx"), "event_group": [0, 0, 0, 1, 0]})
        >>> links = pd.DataFrame({"doc_a": ["a", "b"], "doc_b": ["b", "x"], "score": [0.9, 0.4]})
        >>> wrong_joins(pred, gold, links)[["doc_a", "doc_b", "group_size", "direct"]].values.tolist()
        [['a', 'c', 4, False], ['b', 'c', 4, False]]
    """
    gold = gold[["doc_id", gold_col]].drop_duplicates("doc_id")
    group = pred.set_index("doc_id")[pred_col]
    sizes = group.value_counts()
    both = gold.assign(p=gold["doc_id"].map(group)).dropna(subset=["p"])
    pairs = both.merge(both, on="p", suffixes=("_a", "_b"))
    pairs = pairs[(pairs["doc_id_a"] < pairs["doc_id_b"]) & (pairs[f"{gold_col}_a"] != pairs[f"{gold_col}_b"])]
    out = pd.DataFrame({"doc_a": pairs["doc_id_a"].to_numpy(), "doc_b": pairs["doc_id_b"].to_numpy(),
                        "gold_a": pairs[f"{gold_col}_a"].to_numpy(), "gold_b": pairs[f"{gold_col}_b"].to_numpy(),
                        "pred_group": pairs["p"].to_numpy(), "group_size": pairs["p"].map(sizes).to_numpy()})
    if links is None:
        out["direct"] = pd.NA
    else:
        linked = set(zip(links["doc_a"], links["doc_b"])) | set(zip(links["doc_b"], links["doc_a"]))
        out["direct"] = [(a, b) in linked for a, b in zip(out["doc_a"], out["doc_b"])]
    return out.sort_values(["pred_group", "doc_a", "doc_b"], ignore_index=True)


def load_gold_negatives(path: str | Path | None = None) -> pd.DataFrame:
    """Pairs that look alike but report different events (``event_pairs_negative.csv``): ``doc_a, doc_b, why_different``."""
    path = Path(path) if path else config.ANNOTATION_DIR / "real" / "event_pairs_negative.csv"
    return pd.read_csv(path, dtype=str, keep_default_na=False)


# --- real news: statements and their speakers -------------------------------------------------------


def real_statement_corpus(sample: pd.DataFrame) -> pd.DataFrame:
    """The real sample as :func:`q7x2lib.find_statements` reads it: a ``#title`` field is its own headline."""
    titles = [t if d.endswith("#title") else None for d, t in zip(sample["doc_id"], sample["text"])]
    return sample.assign(title=titles)


def _nth(text: str, surface: str, occurrence: int) -> int:
    at = -1
    for _ in range(occurrence):
        at = text.find(surface, at + 1)
        if at < 0:
            return -1
    return at


def load_real_statements(sample: pd.DataFrame, folder: str | Path | None = None) -> pd.DataFrame:
    """The hand-annotated statements of the real sample, cue, anchor and speaker located in their field.

    Returns:
        The rows of ``statements.csv`` with ``doc_id`` as in :func:`real_sample`
        and ``cue_start, cue_end, anchor_start, speaker_start, speaker_end``
        (-1 where not found; speaker -1 where there is none).
    """
    gold = pd.read_csv(Path(folder or REAL_DIR) / "statements.csv", dtype=str, keep_default_na=False)
    texts = dict(zip(sample["doc_id"], sample["text"]))
    gold["doc_id"] = gold["doc_id"] + "#" + gold["field"]
    gold = gold[gold["doc_id"].isin(texts)].reset_index(drop=True)
    cue_start, anchor_start, speaker_start = [], [], []
    for r in gold.itertuples(index=False):
        t = texts[r.doc_id]
        cue_start.append(_nth(t, r.cue, int(r.cue_occurrence or 1)))
        anchor_start.append(_nth(t, r.anchor, int(r.anchor_occurrence or 1)))
        speaker_start.append(_nth(t, r.speaker_surface, int(r.speaker_occurrence or 1)) if r.speaker_surface else -1)
    return gold.assign(cue_start=cue_start, cue_end=[s + len(c) if s >= 0 else -1 for s, c in zip(cue_start, gold["cue"])],
                       anchor_start=anchor_start, speaker_start=speaker_start,
                       speaker_end=[s + len(c) if s >= 0 else -1 for s, c in zip(speaker_start, gold["speaker_surface"])])


def _words(surface) -> set[str]:
    from .arabic import normalize, without_conjunction

    if not isinstance(surface, str):
        return set()
    out = set()
    for w in re.findall(r"[^\W\d_]+", normalize(surface)):
        w = without_conjunction(w)
        if len(w) > 1:
            out.add(w)
    return out


def match_real_statements(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Pair gold and predicted statements one to one: the cues overlap, else the prediction covers the anchor's start.

    Returns:
        The gold rows with ``pred_index`` (None where nothing matched).
    """
    used: set = set()
    by_doc = {d: g for d, g in pred.groupby("doc_id")}
    found = []
    for g in gold.itertuples():
        cands = by_doc.get(g.doc_id)
        hit = None
        if cands is not None:
            cue_end = cands["start"] + cands["cue"].str.len().clip(lower=1)
            near = cands[(cands["start"] < max(g.cue_end, g.cue_start + 1)) & (cue_end > g.cue_start) & ~cands.index.isin(used)]
            if near.empty and g.anchor_start >= 0:
                near = cands[(cands["start"] <= g.anchor_start) & (cands["end"] > g.anchor_start) & ~cands.index.isin(used)]
            if not near.empty:
                hit = near.index[0]
                used.add(hit)
        found.append(hit)
    return gold.assign(pred_index=found)


def _same_speaker(gold_surface, pred_surface) -> bool:
    """The rule of ``right_speaker``: the two surfaces share a word (normalised)."""
    return bool(_words(gold_surface) & _words(pred_surface))


def real_statement_errors(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """The disagreements behind :func:`score_real_statements`: gold statements missed, given to another
    speaker (no word shared), and predictions no gold statement matched.

    Returns:
        ``error, doc_id, cue, predicted_speaker, gold_speaker, context`` (``error``: missed, speaker, extra).
    """
    matched = match_real_statements(pred, gold)
    rows = []
    for g in matched.itertuples():
        if g.pred_index is None or pd.isna(g.pred_index):
            rows.append(("missed", g.doc_id, g.cue, "", g.speaker_surface, g.anchor))
            continue
        p = pred.loc[g.pred_index]
        if g.speaker_surface and not _same_speaker(g.speaker_surface, p["speaker_surface"]):
            rows.append(("speaker", g.doc_id, g.cue, p["speaker_surface"], g.speaker_surface, g.anchor))
    used = set(matched["pred_index"].dropna())
    for _, p in pred[~pred.index.isin(used)].iterrows():
        rows.append(("extra", p["doc_id"], p["cue"], p["speaker_surface"], "", p["text"][:80]))
    return pd.DataFrame(rows, columns=["error", "doc_id", "cue", "predicted_speaker", "gold_speaker", "context"])


def score_real_statements(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Statements and speakers against the hand annotation of real news.

    Measures: detection precision/recall/F1 (cue or anchor overlap, one to
    one); ``right_speaker``: of the matched statements whose speaker a reader
    can identify, the share whose predicted ``speaker_surface`` shares a word
    with the gold speaker surface; ``right_code``: of those with a gold
    country, the share whose ``speaker_code`` is the gold country + agent;
    ``given_to_object``: of the matched statements, the share whose
    predicted speaker is a word of what the annotator noted as object or
    addressee and not the gold speaker (a share like the others, ``n`` the
    matched statements: the count is ``value × n``).

    Examples:
        >>> gold = pd.DataFrame({"doc_id": ["a", "a"], "cue": ["وقال", "وأكد"], "cue_start": [0, 30], "cue_end": [4, 34],
        ...     "anchor_start": [0, 30], "speaker_surface": ["الوزير", "الرئيس"], "speaker_country": ["SAU", ""],
        ...     "speaker_agent": ["GOV", ""], "note": ["", "لـ«الوطن»"]})
        >>> pred = pd.DataFrame({"doc_id": ["a", "a"], "cue": ["وقال", "وأكد"], "start": [0, 30], "end": [29, 50],
        ...     "speaker_surface": ["الوزير", "الوطن"], "speaker_code": ["SAUGOV", None]})
        >>> score_real_statements(pred, gold).set_index("measure")["value"].tolist()
        [1.0, 1.0, 1.0, 0.5, 1.0, 0.5]
    """
    matched = match_real_statements(pred, gold)
    hit = matched["pred_index"].notna()
    tp = int(hit.sum())
    p, r, f = _prf(tp, len(pred) - tp, len(gold) - tp)
    m = matched[hit & (matched["speaker_surface"] != "")]
    right = [_same_speaker(g, pred.at[i, "speaker_surface"]) for g, i in zip(m["speaker_surface"], m["pred_index"])]
    coded = m[m["speaker_country"] != ""]
    code_ok = [pred.at[i, "speaker_code"] == c + a for c, a, i in zip(coded["speaker_country"], coded["speaker_agent"], coded["pred_index"])]
    notes = matched[hit]
    to_object = sum(_same_speaker(n, pred.at[i, "speaker_surface"]) and not _same_speaker(g, pred.at[i, "speaker_surface"])
                    for n, g, i in zip(notes["note"], notes["speaker_surface"], notes["pred_index"]) if n)
    rows = [
        ("detection_precision", p, len(pred)), ("detection_recall", r, len(gold)), ("detection_f1", f, len(gold)),
        ("right_speaker", round(sum(right) / len(right), 3) if right else float("nan"), len(right)),
        ("right_code", round(sum(code_ok) / len(code_ok), 3) if code_ok else float("nan"), len(code_ok)),
        ("given_to_object", round(to_object / len(notes), 3) if len(notes) else float("nan"), len(notes)),
    ]
    return pd.DataFrame(rows, columns=["measure", "value", "n"])


# --- real news: directed events ---------------------------------------------------------------------


def real_event_sample(folder: str | Path | None = None) -> pd.DataFrame:
    """The articles annotated for events (``events_articles.csv``), one row per field, as :func:`real_sample`."""
    return _annotated_fields(Path(folder) if folder else REAL_DIR, "events_articles.csv")


def load_real_events(sample: pd.DataFrame, folder: str | Path | None = None) -> pd.DataFrame:
    """The hand-coded events and statements, located in their field.

    ``anchor_start`` is where the clause's anchor is; ``start``/``end`` span
    the trigger's first part (``شن ... غاراته`` → ``شن``) found from the
    anchor on (the anchor's start when the trigger is not found there).
    """
    gold = pd.read_csv(Path(folder or REAL_DIR) / "events.csv", dtype=str, keep_default_na=False)
    texts = dict(zip(sample["doc_id"], sample["text"]))
    gold["doc_id"] = gold["doc_id"] + "#" + gold["field"]
    anchors, starts, ends = [], [], []
    for doc, anchor, occurrence, trigger in zip(gold["doc_id"], gold["anchor"], gold["anchor_occurrence"].astype(int),
                                                 gold["trigger"]):
        text, at = texts.get(doc, ""), -1
        for _ in range(occurrence):
            at = text.find(anchor, at + 1)
        first = trigger.split("...")[0].strip()
        t = text.find(first, max(at, 0)) if first else -1
        if t < 0 or t - at > 400:
            t, first = at, anchor.split()[0] if anchor.split() else ""
        anchors.append(at)
        starts.append(t)
        ends.append(t + len(first))
    return gold.assign(anchor_start=anchors, start=starts, end=ends)


def match_events(pred: pd.DataFrame, gold: pd.DataFrame, *, window: int = 30) -> list[tuple]:
    """(prediction index, gold index) pairs: same document and unit, triggers at most ``window`` characters apart.

    Nearest pairs first, one to one.

    Examples:
        >>> gold = pd.DataFrame({"doc_id": ["a", "a"], "unit": ["event", "statement"], "start": [10, 40]})
        >>> pred = pd.DataFrame({"doc_id": ["a", "a", "a"], "unit": ["event", "event", "statement"], "start": [12, 90, 41]})
        >>> match_events(pred, gold)
        [(0, 0), (2, 1)]
    """
    candidates = []
    by_key = {k: g for k, g in pred.groupby(["doc_id", "unit"])}
    for gi, g_doc, g_unit, g_start in zip(gold.index, gold["doc_id"], gold["unit"], gold["start"]):
        p = by_key.get((g_doc, g_unit))
        if p is None:
            continue
        for pi, p_start in zip(p.index, p["start"]):
            if abs(p_start - g_start) <= window:
                candidates.append((abs(p_start - g_start), pi, gi))
    pairs, used_p, used_g = [], set(), set()
    for _, pi, gi in sorted(candidates):
        if pi not in used_p and gi not in used_g:
            pairs.append((pi, gi))
            used_p.add(pi)
            used_g.add(gi)
    return sorted(pairs, key=lambda pg: pg[1])


def score_events(pred: pd.DataFrame, gold: pd.DataFrame, *, window: int = 30) -> pd.DataFrame:
    """The event coder against hand coding, as one table of measures.

    Args:
        pred: :func:`q7x2lib.find_events` (``doc_id, unit, start,
            source_code, target_code, event_code``).
        gold: :func:`load_real_events` (``doc_id, unit, start, source_code,
            target_code, cameo_root``).

    Returns:
        ``measure, value, n``: detection precision/recall/F1 of events and of
        statements; on matched rows, source and target accuracy (the whole
        code, SAUMIL; empty = empty counts as right) and the same by country
        only; root accuracy of events and of statements; the macro-F1 (−/0/+)
        of the Goldstein sign of statements and of events.

    Examples:
        >>> gold = pd.DataFrame({"doc_id": ["a"] * 3, "unit": ["event", "statement", "statement"], "start": [10, 40, 80],
        ...     "source_code": ["SAUMIL", "IRNGOV", "USAGOV"], "target_code": ["YEMREB", "SAUGOV", ""], "cameo_root": ["18", "11", "01"]})
        >>> pred = pd.DataFrame({"doc_id": ["a"] * 3, "unit": ["event", "statement", "statement"], "start": [12, 41, 81],
        ...     "source_code": ["SAUMIL", "IRN", "USAGOV"], "target_code": ["YEMREB", "SAUGOV", None], "event_code": ["18", "11", "05"]})
        >>> score_events(pred, gold).set_index("measure").value[["source_accuracy", "source_country_accuracy", "statement_sign_macro_f1"]].tolist()
        [0.667, 1.0, 0.333]
    """
    pairs = match_events(pred, gold, window=window)
    rows = []
    for unit in ("event", "statement"):
        n_pred, n_gold = int((pred["unit"] == unit).sum()), int((gold["unit"] == unit).sum())
        tp = sum(gold.at[g, "unit"] == unit for _, g in pairs)
        p, r, f = _prf(tp, n_pred - tp, n_gold - tp)
        rows += [(f"{unit}_detection_precision", p, n_pred), (f"{unit}_detection_recall", r, n_gold),
                 (f"{unit}_detection_f1", f, n_gold)]

    def code(frame, i, col) -> str:
        value = frame.at[i, col]
        return value if isinstance(value, str) else ""

    for role in ("source", "target"):
        col = f"{role}_code"
        same = [code(pred, p, col) == code(gold, g, col) for p, g in pairs]
        country = [code(pred, p, col)[:3] == code(gold, g, col)[:3] for p, g in pairs]
        rows += [(f"{role}_accuracy", _share(same), len(same)), (f"{role}_country_accuracy", _share(country), len(country))]
    for unit in ("event", "statement"):
        mine = [(p, g) for p, g in pairs if gold.at[g, "unit"] == unit]
        roots = [(str(pred.at[p, "event_code"]), str(gold.at[g, "cameo_root"])) for p, g in mine]
        rows.append((f"{unit}_root_accuracy", _share([a == b for a, b in roots]), len(roots)))
        signs = [(ROOT_SIGN.get(b, 0), ROOT_SIGN.get(a, 0)) for a, b in roots]
        rows.append((f"{unit}_sign_macro_f1", _macro_f1([g for g, _ in signs], [q for _, q in signs]), len(signs)))
    return pd.DataFrame(rows, columns=["measure", "value", "n"])


def _share(flags: list[bool]) -> float:
    return round(sum(flags) / len(flags), 3) if flags else float("nan")
