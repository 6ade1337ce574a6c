"""ORG: organisation suffixes with the name words before them, chained.

Every suffix (公安局, 派出所, 学院 …) with the name words written before it
is a unit; touching units and the tagger's ORGs form one span, the longest
full name (赤峰市公安局交管支队翁牛特旗大队红山中队). Generic mentions
(该所, 盟市公安局) and honours are dropped.
"""

from __future__ import annotations

import re

from reader.entities.knowledge import Knowledge
from reader.entities.sentence import CJK, NAME_POS, PLACE_POS, Candidate, Sentence

_MAX_MODIFIER_TOKENS = 4
_MAX_MODIFIER_CHARS = 14
# A single level word at the start of an organisation makes it generic
# (县卫生健康局); 本/多/全 are left out because they begin real names too.
_GENERIC_FIRST = frozenset("该各这那此其每某县市区旗盟乡镇村省")
_STATE_WORDS = frozenset({"国家", "中央"})
_CONJ = re.compile(r"[和与及、]")


def org_units(s: Sentence, k: Knowledge, places: list[Candidate], lac_orgs: list[Candidate]) -> list[Candidate]:
    """Organisation units: a suffix with the name words written before it."""
    place_ends = {b: a for a, b, _ in places}
    place_starts = {p: a for a, b, _ in places for p in range(a + 1, b)}
    org_ends = {b for _, b, _ in lac_orgs}
    part_start = {p: pa for pa, pb, _ in lac_orgs for p in range(pa, pb)}
    units: list[Candidate] = []
    last_end = -1

    def follows_unit_at(pos: int) -> bool:
        return pos == last_end or pos in org_ends
    for m in k.org_suffix_re.finditer(s.text):
        a, b = m.start(), m.end()
        suffix = m.group()
        # The suffix must close a word (公安局 in 公安局长 does not).
        if b not in s.ends and b != len(s.text):
            if not _continues_org(s, b, k):
                continue
        start = a
        tok = s.token_at(a)
        if tok.start == a and tok.end == b and tok.pos not in NAME_POS:
            continue  # 所 in 依照法律所规定 is a particle, not a suffix
        if tok.start < a:
            if tok.pos not in NAME_POS:
                continue  # 办 in 举办, 局 in 布局: the suffix is inside another word
            # The word holding the suffix also holds part of the name (大学城派出所).
            start = tok.start
        # A tagger ORG split at a conjunction (自治区公安厅 | 和 | 盟市公安局)
        # starts where its part starts.
        start = max(start, part_start.get(a, start))
        # A place the tagger cut in two (称 | 多县人民医院) is taken whole.
        start = place_starts.get(start, start)
        if tok.pos == "ORG" and tok.start < a:
            # The tagger already delimited this name; only a place written
            # right before it may join (赤峰市 + 红山区公安分局).
            start, has_place, n_mod = _extend_places(s, start, place_ends, floor=max(last_end, 0))
        else:
            start, has_place, n_mod = _extend_modifier(s, start, k, place_ends, floor=max(last_end, 0))
        if start < 0:
            continue
        own_name = start < a
        if own_name and start == tok.start and a - start < 2 and tok.pos != "ORG":
            continue  # 中 | 小学 in 中小学: one character is no name
        if own_name and start != tok.start and _only_verbs(s, start, a):
            continue  # 生产 | 建设 | 煤矿: what the mine does, not its name
        if suffix in _FIELD_STATIONS and not follows_unit_at(start) and not _has_proper_name(s, k, start, a):
            continue  # 便民服务站, 警务工作站: a kind of station, not a named one
        follows_unit = start == last_end or start in org_ends
        strong = suffix in k.strong_suffixes
        if strong:
            # One character alone is no name (电 | 外交部 after «…日电»).
            ok = follows_unit or (own_name and (a - start >= 2 or has_place))
        else:
            # A weak ending (局, 中心, 办公室) alone is a common word: it needs a
            # place or organisation plus a word of its own, or a unit before it.
            ok = follows_unit or (has_place and n_mod >= 2 and not _common_noun_goes_on(s, k, tok, a, b, suffix))
        if ok:
            units.append((start, b, "ORG"))
            last_end = b
    return units


def _joins_department_words(s: Sentence, k: Knowledge, pos: int) -> bool:
    """The word before a 和 at ``pos`` is a field of work (旅游, 林业), not a
    place or a whole organisation."""
    if pos not in s.ends:
        return False
    left = s.tokens[s.ends[pos]]
    word = s.text[left.start : left.end]
    if left.pos not in ("n", "vn", "nz", "ORG") or word in k.places or len(word) < 2:
        return False
    return not _ends_with_suffix(word, k)


# Field stations (霞浦工作站, 可可西里保护站): named only after a place or a
# person; with an ordinary word before them (便民服务站) they are a kind.
_FIELD_STATIONS = frozenset(
    "工作站 管理站 保护站 管护站 检查站 边检站 监测站 水文站 气象站 救助站 服务站".split()
)


def _has_proper_name(s: Sentence, k: Knowledge, start: int, end: int) -> bool:
    pos = start
    while pos < end:
        tok = s.token_at(pos)
        word = s.text[max(tok.start, start) : min(tok.end, end)]
        if tok.pos in ("LOC", "nz", "PER", "ORG", "nw", "ns") or word in k.places:
            return True
        pos = tok.end
    return False


def _only_verbs(s: Sentence, start: int, end: int) -> bool:
    """Two or more words before the suffix, all verbs (生产 | 建设): one verb
    alone is often a real name's first word (终审 | 法院, 迎送 | 委员会)."""
    pos, n = start, 0
    while pos < end:
        tok = s.token_at(pos)
        if tok.pos not in ("v", "vn", "vd"):
            return False
        pos = tok.end
        n += 1
    return n >= 2


def _common_noun_goes_on(s: Sentence, k: Knowledge, tok, a: int, b: int, suffix: str) -> bool:
    """喀什地区某县 | 庭院 | 经济: a two-character common word ending in a
    one-character weak ending (院, 所, 站), with another noun after it, is part
    of a compound noun, not an organisation's name."""
    if len(suffix) != 1 or tok.start != a - 1 or tok.end != b or tok.pos not in ("n", "vn"):
        return False
    if b not in s.starts:
        return False
    nxt = s.tokens[s.starts[b]]
    # …总部 | 司令: a title after it shows the organisation it belongs to.
    return nxt.pos in ("n", "vn", "nz") and not k.role_re.match(s.text, nxt.start)


def _continues_org(s: Sentence, pos: int, k: Knowledge) -> bool:
    # 公安局 | 交管支队 written as one tagger word: another suffix goes on.
    m = k.org_suffix_re.match(s.text, pos)
    return bool(m and m.end() in s.ends)


def _extend_places(s: Sentence, start: int, place_ends: dict[int, int], floor: int) -> tuple[int, bool, int]:
    """Walk left over places only (for a name the tagger already delimited);
    returns (new start, whether a place was taken, words counted)."""
    pos, n = start, 0
    while pos > floor:
        if pos in place_ends and place_ends[pos] >= floor:
            pos = place_ends[pos]
        elif pos in s.ends and s.tokens[s.ends[pos]].pos == "LOC":
            pos = s.tokens[s.ends[pos]].start
        else:
            break
        n += 1
    return pos, n > 0, n + 1


def _extend_modifier(
    s: Sentence, start: int, k: Knowledge, place_ends: dict[int, int], floor: int
) -> tuple[int, bool, int]:
    """Walk left over the name words before ``start``.

    Returns (new start, whether a place or organisation is among them, number
    of words), or start -1 when the words make the mention generic (该所,
    各派出所, 盟市公安局).
    """
    n_tokens = 0
    has_place = False
    conj_used = False
    pos = start
    while pos > floor and pos in s.ends:
        if pos in place_ends and place_ends[pos] >= floor:
            # A gazetteer place may span several tagger words (阿拉善 | 盟…).
            prev_start = place_ends[pos]
            pos = prev_start
            has_place = True
            n_tokens += 1
            continue
        tok = s.tokens[s.ends[pos]]
        word = s.text[tok.start : tok.end]
        if tok.pos == "ORG" and len(word) > 1:
            # The tagger's own organisation name joins whole, however long.
            pos = tok.start
            has_place = True
            n_tokens += 1
            continue
        if word in k.generic or word[:1] in k.generic and tok.pos not in PLACE_POS and len(word) <= 2:
            if pos == start:
                return -1, False, 0
            break
        if word == "和" and n_tokens >= 1 and not conj_used and _joins_department_words(s, k, tok.start):
            # 旅游 | 和 | 文化广电体育 | 局: one department name with 和 inside,
            # not two organisations (公安局 | 和 | 交通局).
            conj_used = True
            pos = tok.start
            continue
        if tok.pos not in NAME_POS or not CJK.search(word) or word in k.roles:
            break
        limit = _MAX_MODIFIER_TOKENS + (2 if conj_used else 0)
        if n_tokens >= limit or start - tok.start > _MAX_MODIFIER_CHARS + (4 if conj_used else 0):
            break
        # 国家 (the state) scopes a body like a place does (国家 … 监察局).
        if tok.pos in PLACE_POS or word in k.places or word in _STATE_WORDS:
            has_place = True
        pos = tok.start
        n_tokens += 1
    if start in s.starts and pos == start and start > 0:
        # Nothing before the suffix: check the word right before is not generic.
        prev = s.tokens[s.ends[start]] if start in s.ends else None
        if prev is not None and s.text[prev.start : prev.end] in k.generic:
            return -1, False, 0
    return pos, has_place, n_tokens


def split_lac_orgs(s: Sentence, k: Knowledge, spans: list[Candidate]) -> list[Candidate]:
    """Split tagger ORGs joined by a conjunction (自治区公安厅和盟市公安局)."""
    out = []
    for a, b, lab in spans:
        text = s.text[a:b]
        parts = []
        pos = 0
        for m in _CONJ.finditer(text):
            left = text[pos : m.start()]
            if k.org_suffix_re.search(left) and left.endswith(_suffix_end(left, k)):
                parts.append((a + pos, a + m.start()))
                pos = m.end()
        parts.append((a + pos, b))
        for pa, pb in parts:
            if pb > pa:
                out.append((pa, pb, lab))
    return out


def _suffix_end(text: str, k: Knowledge) -> tuple[str, ...]:
    return tuple(m.group() for m in k.org_suffix_re.finditer(text)) or ("\0",)


def drop_generic_orgs(s: Sentence, k: Knowledge, spans: list[Candidate]) -> list[Candidate]:
    """Remove ORGs whose first word is generic (盟市公安局) and quoted slogans."""
    out = []
    for a, b, lab in spans:
        text = s.text[a:b]
        if text in k.roles or text in k.ethnic_groups:
            continue  # 国务委员 is a title, 回族 a people
        g = k.generic_re.match(text)
        if (g and g.end() >= 2) or _leading_words_generic(s, a, b, k):
            continue
        if text[:1] in _GENERIC_FIRST and not k.place_re.match(text) and s.token_at(a).pos != "LOC":
            continue  # 县卫生健康局, 市公安局: a level word, not a name
        quoted = a > 0 and b < len(s.text) and s.text[a - 1] in "“\"'‘" and s.text[b] in "”\"'’"
        if quoted and not _ends_with_suffix(text, k):
            continue  # a quoted slogan («红蓝»对抗), not an organisation
        out.append((a, b, lab))
    return out


def _leading_words_generic(s: Sentence, a: int, b: int, k: Knowledge) -> bool:
    # 全国优秀公安局 (an honour), 各派出所: a generic word among the first two.
    # A division name at the start is a name, even when the tagger cut it
    # into words (某某 | 县 + 农业农村局): its level word is not generic.
    pos = a
    m = k.place_re.match(s.text, a, b)
    if m and m.end() - a >= 2 and m.end() < b and s.text[a : m.end()] in k.places:
        return False
    for _ in range(2):
        if pos >= b:
            return False
        tok = s.token_at(pos)
        if s.text[max(tok.start, a) : min(tok.end, b)] in k.generic:
            return True
        pos = tok.end
    return False


def merge_orgs(spans: list[Candidate], text: str, k: Knowledge) -> list[Candidate]:
    """Overlapping organisation units are one name, and so are touching ones
    when the first ends in an organisation suffix (公安局 + 交管支队); two
    tagger ORGs that merely touch (东京 | 共同社) stay apart."""
    out: list[list] = []
    for a, b, lab in sorted(spans):
        if out and (a < out[-1][1] or (a == out[-1][1] and _open_name(text[out[-1][0] : out[-1][1]], k))):
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b, lab])
    return [(a, b, lab) for a, b, lab in out]


def _open_name(name: str, k: Knowledge) -> bool:
    """The next unit may join: the name ends in a suffix (公安局 + 交管支队),
    or it is the first half of a department name cut after its 和 part
    (…市旅游和文化 | 广电体育局): a conjunction and no suffix anywhere."""
    if _ends_with_suffix(name, k):
        return True
    return "和" in name[1:-1] and not k.org_suffix_re.search(name)


def _ends_with_suffix(name: str, k: Knowledge) -> bool:
    return any(m.end() == len(name) for m in k.org_suffix_re.finditer(name))
