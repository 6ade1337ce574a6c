"""The entity recogniser: tagger + knowledge layer + the user's dictionary."""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Mapping, Sequence

from reader.entities import orgs, patterns, people, places
from reader.entities.knowledge import Knowledge, load_knowledge
from reader.entities.lac_model import LacModel, tags_to_tokens
from reader.entities.name_check import NameCheck
from reader.entities.resolve import resolve
from reader.entities.segment import has_cjk, sentences
from reader.entities.sentence import Sentence
from reader.entities.user_terms import find_user_terms
from reader.model import Span

# Which candidate wins an overlap, highest first (ENTITIES.md: no LOC inside an
# ORG; a road's number is not a NUM; a 4-digit year is a TIME, not a NUM).
PRIORITY = {"USER": 100, "WORK": 90, "TIME": 80, "ORG": 70, "ROAD": 65, "NUM": 60, "PER": 50, "LOC": 40}


_REGION_WORDS = frozenset({"自治区"})
# New words for the name check gathered before one model call checks them all.
_CHECK_AT_ONCE = 128


class Recogniser:
    """Cheap to construct; the model loads once, on ``load()`` or first use."""

    def __init__(self, batch_size: int = 64, threads: int = 1, workers: int = 2):
        """batch_size: sentences per encoder call. On the 2-core target, two
        single-threaded encoder calls running at once (workers=2, threads=1)
        were measured faster than one call on two intra-op threads (78,600 vs
        48,400 chars/s end to end, bench/ner_speed.py): the encoder's GRU
        steps are sequential and small, so splitting one step over two
        threads gains little, while two batches in flight keep both cores busy."""
        self._model = LacModel(batch_size=batch_size, threads=threads, workers=workers)
        self._lock = threading.Lock()
        self._name_check: NameCheck | None = None

    def load(self) -> None:
        with self._lock:
            self._model.load()
            load_knowledge()

    @property
    def loaded(self) -> bool:
        return self._model.loaded

    def recognise(self, text: str, user_terms: Mapping[str, str] | None = None) -> list[Span]:
        return self.recognise_many([text], user_terms)[0]

    def recognise_many(
        self, texts: Sequence[str], user_terms: Mapping[str, str] | None = None
    ) -> list[list[Span]]:
        if not self.loaded:
            self.load()
        k = load_knowledge()
        if self._name_check is None:
            self._name_check = NameCheck(lambda texts: [tags_to_tokens(p) for p in self._model.tag_here(texts)], k)
        # All sentences of all texts go through the model together, so that
        # batches are full even when each text is short.
        pieces: list[tuple[int, int, int]] = []  # (text index, start, end)
        for ti, text in enumerate(texts):
            for a, b in sentences(text):
                if has_cjk(text[a:b]):
                    pieces.append((ti, a, b))
        found: list[list[tuple[int, int, str]]] = [[] for _ in pieces]
        check = self._name_check

        def rules(i: int, text: str, tokens) -> None:
            # Names the tagger gives words that are none (红蓝, 户外广告) are taken back first.
            found[i] = _sentence_candidates(Sentence(text, check.apply(text, tokens)), k)

        # Rules run on each batch as it comes out of the model, overlapping
        # with the encoder working on the next batch. A sentence with a word
        # the name check has not met yet waits until enough such words are
        # gathered to be checked in one model call (results are put together
        # in sentence order at the end, so waiting changes nothing in them).
        waiting: list[tuple[int, str, list]] = []
        unknown: set[str] = set()
        for batch, paths in self._model.tag_batches([texts[ti][a:b] for ti, a, b in pieces]):
            for i, path in zip(batch, paths):
                ti, a, b = pieces[i]
                text, tokens = texts[ti][a:b], tags_to_tokens(path)
                new = check.undecided(text, tokens)
                if new:
                    waiting.append((i, text, tokens))
                    unknown |= new
                else:
                    rules(i, text, tokens)
            if len(unknown) >= _CHECK_AT_ONCE:
                check.decide(unknown)
                for item in waiting:
                    rules(*item)
                waiting, unknown = [], set()
        check.decide(unknown)
        for item in waiting:
            rules(*item)
        per_text: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        for (ti, a, _b), candidates in zip(pieces, found):
            per_text[ti].extend((a + s, a + e, lab) for s, e, lab in candidates)
        out = []
        for ti, text in enumerate(texts):
            nums = patterns.find_numbers(text)
            # No name starts in the middle of a number (3万 | 立方米 is not
            # an organisation 万立方米).
            inside = {p for s, e, _ in nums for p in range(s + 1, e)}
            cands = [c for c in per_text[ti] if c[0] not in inside] if inside else per_text[ti]
            cands += [(s, e, "TIME") for s, e, _ in patterns.find_times(text)]
            cands += [(s, e, "NUM") for s, e, _ in nums]
            cands += [(s, e, "WORK") for s, e, _ in patterns.find_works(text)]
            cands += [(s, e, "ROAD") for s, e, _ in patterns.find_roads(text)]
            if user_terms:
                cands += [(s, e, "USER:" + lab) for s, e, lab in find_user_terms(text, user_terms)]
            spans = []
            for s, e, lab in resolve(cands, PRIORITY):
                s, e = _trim(text, s, e)
                if e > s:
                    spans.append(Span(s, e, lab, text[s:e]))
            out.append(spans)
        return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop spaces and control characters the tagger let into a span's ends
    (a NUL or a line separator in damaged text is never part of a name)."""
    while start < end and _is_blank(text[start]):
        start += 1
    while end > start and _is_blank(text[end - 1]):
        end -= 1
    return start, end


def _is_blank(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp", "Zs")


def _sentence_candidates(sent: Sentence, k: Knowledge) -> list[tuple[int, int, str]]:
    """PER, LOC and ORG candidates of one sentence (offsets in the sentence)."""
    # A one-character ORG from the tagger is noise (often an unknown character).
    lac_orgs = [(t.start, t.end, "ORG") for t in sent.tokens if t.pos == "ORG" and t.end - t.start > 1]
    lac_locs = places.clean_places(sent, k, [(t.start, t.end, "LOC") for t in sent.tokens if t.pos == "LOC"])
    divisions = places.find_places(sent, k)
    lac_orgs = orgs.split_lac_orgs(sent, k, lac_orgs)
    units = orgs.org_units(sent, k, divisions + lac_locs, lac_orgs)
    # Generic mentions are dropped after merging, so that a unit hanging on a
    # generic one (盟市公安局 + 党委) goes with it.
    org_spans = orgs.drop_generic_orgs(sent, k, orgs.merge_orgs(lac_orgs + units, sent.text, k))
    # 自治区 alone is "the region": it helps build 自治区公安厅 but is no place name.
    known = lac_locs + [d for d in divisions if sent.text[d[0] : d[1]] not in _REGION_WORDS]
    known += places.mongolian_units(sent, k)
    known += places.township_names(sent, k, known)
    known += places.river_names(sent, k, known)
    loc_spans = places.merge_place_chains(known + places.place_extensions(sent, k, known), sent.text, k)
    loc_spans += places.find_countries(sent, k)
    # No person inside a chain of places down to a township or village
    # (托克扎克镇 + 阿亚克曼干村: 阿亚克 is part of the village's name).
    chains = [(a, b) for a, b, _ in loc_spans if sent.text[a:b].endswith(k.admin_suffixes) and b - a >= 5]
    per = people.people(sent, k)
    if chains:
        per = [c for c in per if not any(c[0] < b and a < c[1] for a, b in chains)]
    out = org_spans + loc_spans + per
    # 蒙汉 (双语), 初雪, 平安, 好来宝: ordinary words are not names on their own.
    # A known division's short form (安康) stays a place.
    return [
        c
        for c in out
        if ((w := sent.text[c[0] : c[1]]) not in k.not_names or w in k.places) and not _not_a_name(sent, c, w)
    ]


# Ship and vehicle numbers (闽霞渔05871, 浙A12345, 苏E8K901): the letters or
# digits after a place's short form make an identifier, not a place or name.
_HAS_DIGIT = re.compile(r"[0-9０-９]")
_IDENT_END = re.compile(r"[0-9０-９A-Za-zＡ-Ｚａ-ｚ]$")
_IDENT_AFTER = re.compile(r"(?:[渔货客运油拖挂警学][A-Z]?|[A-Z])[A-Z0-9]*[0-9]{3,}")
# Young animals (雪豹幼崽): a noun, not a person.
_YOUNG = ("幼崽", "幼仔", "幼鸟", "幼兽")


def _not_a_name(sent: Sentence, c: tuple[int, int, str], w: str) -> bool:
    a, b, lab = c
    if _HAS_DIGIT.search(w) and (lab == "PER" or _IDENT_END.search(w)):
        return True  # 浙岱渔03512 (but 唐宁街10号, 101中学 are names)
    if lab in ("PER", "LOC") and _IDENT_AFTER.match(sent.text, b):
        return True
    if lab == "PER":
        if w.endswith(_YOUNG):
            return True
        # 普氏 | 野马, 达氏 | 鳇: «X氏» glued to a noun names a species after
        # a person; the person is not in the text.
        if len(w) == 2 and w[1] == "氏" and b in sent.starts and sent.tokens[sent.starts[b]].pos in ("n", "nz"):
            return True
    return False
