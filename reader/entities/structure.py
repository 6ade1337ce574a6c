"""PER, LOC and ORG from the tagger's words plus Chinese naming knowledge.

The tagger (LAC) finds most names but not to our conventions: it splits
«呼和浩特市公安局 | 赛罕分局大学城派出所», tags «赤峰市 | 翁牛特旗» as two places,
keeps roles inside names and misses organisation names it has not seen. This
module rebuilds the spans of one sentence from its words:

* ORG: every organisation suffix (公安局, 派出所, 学院 …) with the name words
  before it is a unit; adjacent units and tagger ORGs form one span, the
  longest full name (赤峰市公安局交管支队翁牛特旗大队红山中队).
* LOC: tagger places, gazetteer divisions and township-level names; a chain of
  administrative units is one span (赤峰市翁牛特旗).
* PER: tagger names without a leading role, 宋先生 / 刘某 forms, and names
  joined by «·».

All offsets here are relative to the sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from reader.entities.knowledge import Knowledge
from reader.entities.lac_model import Token

Candidate = tuple[int, int, str]

# Word tags that can be part of a name in front of an organisation suffix.
_NAME_POS = frozenset({"LOC", "ORG", "nz", "n", "vn", "PER", "nw"})
_PLACE_POS = frozenset({"LOC", "ORG"})
# Tags after which a personal name cannot go on (a verb, a particle …).
_MAX_MODIFIER_TOKENS = 4
_MAX_MODIFIER_CHARS = 14
_ADMIN_ENDINGS = ("省", "市", "县", "区", "旗", "盟", "州", "自治区", "地区")
# A single level word at the start of an organisation makes it generic
# (县卫生健康局); 本/多/全 are left out because they begin real names too.
_GENERIC_FIRST = frozenset("该各这那此其每某县市区旗盟乡镇村省")
_CONJ = re.compile(r"[和与及、]")
_CJK = re.compile(r"[\u3400-\u9fff]")


class Sentence:
    """One sentence, its words, and lookups used by the rules below."""

    def __init__(self, text: str, tokens: Sequence[Token]):
        self.text = text
        self.tokens = list(tokens)
        self.starts = {t.start: i for i, t in enumerate(self.tokens)}
        self.ends = {t.end: i for i, t in enumerate(self.tokens)}
        self._start_list = [t.start for t in self.tokens]
        self.words = [text[t.start : t.end] for t in self.tokens]

    def token_at(self, pos: int) -> Token:
        return self.tokens[bisect.bisect_right(self._start_list, pos) - 1]


def _gazetteer_matches(s: Sentence, k: Knowledge) -> list[tuple[int, int]]:
    """Longest division names starting at a word start or inside a tagged
    place or organisation (the only starts ``find_places`` accepts): the
    trie-shaped regex is tried at those positions only, not at every character."""
    text = s.text
    starts = set(s.starts)
    for t in s.tokens:
        if t.pos in _PLACE_POS:
            starts.update(range(t.start, t.end))
    out = []
    covered = 0
    match = k.place_re.match
    for a in sorted(starts):
        if a < covered:
            continue
        m = match(text, a)
        if m and m.end() > a:
            out.append((a, m.end()))
            covered = m.end()
    return out


def find_places(s: Sentence, k: Knowledge) -> list[Candidate]:
    """Gazetteer divisions whose edges agree with the tagger's words (or with
    each other), so that 和平区 is not found inside 和平区域."""
    matches = _gazetteer_matches(s, k)
    edges = set(s.starts) | set(s.ends) | {len(s.text)}
    for a, b in matches:
        edges.add(a)
        edges.add(b)
    for m in k.org_suffix_re.finditer(s.text):
        edges.add(m.start())
    out = []
    for a, b in matches:
        inside_name = s.token_at(a).pos in _PLACE_POS
        if (a in edges and b in edges) or inside_name:
            out.append((a, b, "LOC"))
    return out


def find_countries(s: Sentence, k: Knowledge) -> list[Candidate]:
    """Countries and world regions whose edges agree with the tagger's words.
    They are places but not administrative units, so they do not start chains."""
    out = []
    for m in k.country_re.finditer(s.text):
        a, b = m.start(), m.end()
        if (a in s.starts or a in s.ends) and (b in s.ends or b == len(s.text)):
            out.append((a, b, "LOC"))
    return out


_GENERIC_COUNTRY = re.compile(r"^[两三四五六七八九十各贵我该本全多诸友邻他其大小强穷富外异祖南北东西新旧]国$")


def clean_places(s: Sentence, k: Knowledge, spans: list[Candidate]) -> list[Candidate]:
    """Tagger places that are not place names: ethnic groups (满族), generic
    countries (两国, 贵国); and pairs of country short forms (中美) split into
    their two places."""
    out = []
    for a, b, lab in spans:
        text = s.text[a:b]
        if text in k.ethnic_groups or _GENERIC_COUNTRY.match(text):
            continue
        if len(text) == 2 and text[0] in k.country_abbrev and text[1] in k.country_abbrev and text not in k.places:
            out.append((a, a + 1, lab))
            out.append((a + 1, b, lab))
            continue
        out.append((a, b, lab))
    return out


def _is_admin(text: str, k: Knowledge) -> bool:
    return text in k.places or text.endswith(_ADMIN_ENDINGS) or text.endswith(k.admin_suffixes)


def township_names(s: Sentence, k: Knowledge, places: list[Candidate]) -> list[Candidate]:
    """Words ending in 镇/乡/苏木/嘎查/村/街道 … that the tagger took as nouns,
    written right after a place (翁牛特旗 + 乌丹镇): alone they are too often
    ordinary words («三下乡»)."""
    place_ends = {b for _, b, _ in places}
    out = []
    for m in k.admin_suffix_re.finditer(s.text):
        end = m.end()
        if end not in s.ends and end != len(s.text):
            continue
        tok = s.token_at(m.start())
        start = tok.start if tok.start < m.start() else None
        if start is None and m.start() in s.ends:
            prev = s.tokens[s.ends[m.start()]]
            if prev.pos in ("LOC", "nz", "n", "PER") and prev.end - prev.start >= 2:
                start = prev.start
        if start is not None and start in place_ends and tok.pos in ("LOC", "nz", "n") and end - start >= 3:
            out.append((start, end, "LOC"))
    return out


def place_extensions(s: Sentence, k: Knowledge, places: list[Candidate]) -> list[Candidate]:
    """A place and the word after it that names a kind of place (霍尔果斯 +
    口岸), and a township-level name between a chain and its ending
    (阿巴嘎旗 + 别力古台镇, where the tagger cut 别力 | 古台镇)."""
    out = []
    for a, b, _ in places:
        # 霍尔果斯口岸 is a port's name; 二连浩特市口岸 is "the port of a city".
        if b in s.starts and not s.text[a:b].endswith(_ADMIN_ENDINGS):
            m = k.place_suffix_re.match(s.text, b)
            if m and m.end() in s.ends:
                out.append((a, m.end(), "LOC"))
        end = _township_chain(s, k, b)
        if end > b:
            out.append((b, end, "LOC"))
    return out


_GAP_STOP = frozenset({"w", "p", "c", "u", "m", "q", "r", "f", "TIME"})


def _township_chain(s: Sentence, k: Knowledge, pos: int) -> int:
    """From the end of a place, take lower-level units written right after it
    (乌兰毛都苏木 + 额很嘎查): each is 2-6 characters ending in a township-level
    ending. Returns the end of the last unit taken (``pos`` if none)."""
    text = s.text
    while True:
        found = None
        for m in k.admin_suffix_re.finditer(text, pos + 2, min(len(text), pos + 8)):
            gap = text[pos : m.start()]
            if not all(_CJK.match(c) for c in gap):
                break
            if any(s.token_at(p).pos in _GAP_STOP for p in range(pos, m.start())):
                break
            tail = s.token_at(m.end() - 1)
            if tail.end > m.end() and tail.pos not in ("LOC", "nz"):
                continue  # 村 in 村民, 镇 in 镇长: the ending starts another word
            found = m.end()
            break
        if found is None:
            return pos
        pos = found


def merge_place_chains(spans: list[Candidate], text: str, k: Knowledge) -> list[Candidate]:
    """Union overlapping places and join adjacent ones after an admin unit."""
    spans = sorted(spans)
    # A piece joins a chain if any reading starting there is a division
    # (阿巴嘎旗 among 阿巴嘎旗 / 阿巴嘎旗别力; 乌兰毛都苏木额很嘎查 among 乌兰毛 / …).
    admin_starts = {a for a, b, _ in spans if _is_admin(text[a:b], k)}
    out: list[list] = []
    for a, b, lab in spans:
        touching_chain = (
            out
            and a == out[-1][1]
            and _ends_admin(text[out[-1][0] : out[-1][1]], k)
            and a in admin_starts
        )
        if out and (a < out[-1][1] or touching_chain):
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b, lab])
    return [(a, b, lab) for a, b, lab in out]


def _ends_admin(chain: str, k: Knowledge) -> bool:
    # The last unit of a chain must itself be a division for the next place to join.
    return chain.endswith(_ADMIN_ENDINGS) or chain.endswith(k.admin_suffixes) or chain in k.places


def org_units(s: Sentence, k: Knowledge, places: list[Candidate], lac_orgs: list[Candidate]) -> list[Candidate]:
    """Organisation units: a suffix with the name words written before it."""
    place_ends = {b: a for a, b, _ in places}
    place_starts = {p: a for a, b, _ in places for p in range(a + 1, b)}
    org_ends = {b for _, b, _ in lac_orgs}
    part_start = {p: pa for pa, pb, _ in lac_orgs for p in range(pa, pb)}
    units: list[Candidate] = []
    last_end = -1
    for m in k.org_suffix_re.finditer(s.text):
        a, b = m.start(), m.end()
        suffix = m.group()
        # The suffix must close a word (公安局 in 公安局长 does not).
        if b not in s.ends and b != len(s.text):
            if not _continues_org(s, b, k):
                continue
        start = a
        tok = s.token_at(a)
        if tok.start == a and tok.end == b and tok.pos not in _NAME_POS:
            continue  # 所 in 国籍法所作出 is a particle, not a suffix
        if tok.start < a:
            if tok.pos not in _NAME_POS:
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
        follows_unit = start == last_end or start in org_ends
        strong = suffix in k.strong_suffixes
        if strong:
            ok = own_name or follows_unit
        else:
            # A weak ending (局, 中心, 办公室) alone is a common word: it needs a
            # place or organisation plus a word of its own, or a unit before it.
            ok = follows_unit or (has_place and n_mod >= 2)
        if ok:
            units.append((start, b, "ORG"))
            last_end = b
    return units


def _continues_org(s: Sentence, pos: int, k: Knowledge) -> bool:
    m = k.org_suffix_re.match(s.text, pos)
    return bool(m and m.end() in s.ends)


def _extend_places(s: Sentence, start: int, place_ends: dict[int, int], floor: int) -> tuple[int, bool, int]:
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
        if word in k.generic or word[:1] in k.generic and tok.pos not in _PLACE_POS and len(word) <= 2:
            if pos == start:
                return -1, False, 0
            break
        if tok.pos not in _NAME_POS or not _CJK.search(word) or word in k.roles:
            break
        if n_tokens >= _MAX_MODIFIER_TOKENS or start - tok.start > _MAX_MODIFIER_CHARS:
            break
        if tok.pos in _PLACE_POS or word in k.places:
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
    pos = a
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
    tagger ORGs that merely touch (华盛顿 | 新华社) stay apart."""
    out: list[list] = []
    for a, b, lab in sorted(spans):
        if out and (a < out[-1][1] or (a == out[-1][1] and _ends_with_suffix(text[out[-1][0] : out[-1][1]], k))):
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b, lab])
    return [(a, b, lab) for a, b, lab in out]


def _ends_with_suffix(name: str, k: Knowledge) -> bool:
    return any(m.end() == len(name) for m in k.org_suffix_re.finditer(name))


def people(s: Sentence, k: Knowledge) -> list[Candidate]:
    out = []
    for t in s.tokens:
        # A lone character tagged as a name (值周 -> 周) is nearly always wrong.
        if t.pos != "PER" or t.end - t.start < 2:
            continue
        if s.words[s.starts[t.start]] in k.countries:
            continue  # 马拉维 is a country
        a, b = t.start, t.end
        m = k.role_re.match(s.text, a)
        if m and b - m.end() >= 2:
            a = m.end()  # 副所长哈斯巴嘎那 -> 哈斯巴嘎那
        out.append((a, b, "PER"))
    out = _join_name_pieces(s, out, k)
    out.extend(_after_role(s, k))
    out = extend_name_tails(s, out, k)
    out.extend(_surname_forms(s, k))
    return _join_dotted(s, out, k)


def _looks_han(name: str, k: Knowledge) -> bool:
    return 2 <= len(name) <= 3 and (name[0] in k.surnames or name[:2] in k.surnames)


def _join_name_pieces(s: Sentence, spans: list[Candidate], k: Knowledge) -> list[Candidate]:
    """额尔敦 | 毕力格: the tagger splits long Mongolian or Tibetan names into
    two names. Touching pieces are one name unless both look like complete
    Han names (a list: 宋健李贵鲜)."""
    out: list[Candidate] = []
    last_piece = (0, 0)
    for a, b, lab in sorted(spans):
        if out and out[-1][1] == a:
            pa, pb = last_piece
            left = s.text[pa:pb]
            # Only a left piece that cannot begin a Han name continues: in a
            # list of Han names (胡锦涛荣毅仁…) every piece starts with a surname.
            if left[0] not in k.surnames and left[:2] not in k.surnames and b - out[-1][0] <= 8:
                out[-1] = (out[-1][0], b, lab)
                last_piece = (a, b)
                continue
        out.append((a, b, lab))
        last_piece = (a, b)
    return out


_NAME_END_POS = frozenset({"v", "vd", "w", "p", "c", "u", "d", "f"})


def _after_role(s: Sentence, k: Knowledge) -> list[Candidate]:
    """所长 | 图 | 门吉日嘎拉 | 带领: after a role word, a name the tagger only
    partly saw runs from the role to the verb or punctuation that follows,
    if a tagged name piece is among its first two words."""
    out = []
    for i, t in enumerate(s.tokens):
        glued = None
        if s.words[i] not in k.roles:
            # 民警次 | 仁旺: the tagger glued the name's first character to the role.
            m = k.role_re.match(s.text, t.start)
            nxt = s.tokens[i + 1] if i + 1 < len(s.tokens) else None
            if not (m and 1 <= t.end - m.end() <= 2 and nxt is not None and nxt.pos == "PER"):
                continue
            glued = Token(m.end(), t.end, "nz")
        j = i + 1
        words: list[Token] = [glued] if glued else []
        while j < len(s.tokens) and len(words) < 4:
            w = s.tokens[j]
            prev_short_name = bool(words) and words[-1].pos == "PER" and words[-1].end - words[-1].start < 2
            if w.pos == "PER" and any(x.pos == "PER" for x in words):
                break  # a second name: 委员 岳岐峰 | 岳海岩 is a list
            if (
                w.pos in ("PER", "nz")
                or (w.pos == "n" and prev_short_name)  # 图 | 门吉日嘎拉
                or (not words and w.end - w.start == 1 and w.pos in ("d", "a", "r"))  # 才 | 仁多杰, 其 | 木格
            ):
                words.append(w)
                j += 1
                continue
            break
        if not words or not any(w.pos == "PER" for w in words[:2]):
            continue
        a, b = words[0].start, words[-1].end
        after = s.tokens[j] if j < len(s.tokens) else None
        if 2 <= b - a <= 8 and (after is None or after.pos in _NAME_END_POS):
            out.append((a, b, "PER"))
    return out


_SURNAME_FORM = re.compile(
    r"(欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|轩辕|令狐|端木|呼延|南宫|.)"
    # 某 before a classifier is "some" (某种, 某些, 某个), not a name.
    r"(?:先生|女士|某某|某(?![种些个位地天项处类样次年月日时件方段]))"
)


def _surname_forms(s: Sentence, k: Knowledge) -> list[Candidate]:
    """宋先生, 李女士, 刘某, 张某某: a surname and an anonymising ending."""
    out = []
    for m in _SURNAME_FORM.finditer(s.text):
        if m.group(1) not in k.surnames:
            continue
        a = m.start()
        tok = s.token_at(a)
        # The surname must begin a word: in 鲍林先生 the name is 鲍林, not 林先生.
        if a not in s.starts or tok.pos not in ("n", "nz", "PER", "LOC"):
            continue
        # 某某 after a surname is part of the name; a third 某 is not.
        out.append((a, m.end(), "PER"))
    return out


_DOTS = "·•・"
_STOP_POS = frozenset({"w", "c", "p", "u", "xc", "r", "m", "q", "f"})
_MAX_PART = 10


def _join_dotted(s: Sentence, spans: list[Candidate], k: Knowledge) -> list[Candidate]:
    """买买提江·阿布都热依木: words joined by «·» are one name when the tagger
    saw a name in them but did not take the whole."""
    text = s.text
    result = list(spans)
    for m in re.finditer(rf"[\u3400-\u9fff][{_DOTS}][\u3400-\u9fff]", text):
        dot = m.start() + 1
        tok = s.token_at(dot)
        inside = tok.pos == "PER" and tok.start < dot < tok.end - 1
        # Start from the tagger's name when it holds the dot, else from the dot.
        a = _walk(s, tok.start if inside else dot, -1, k, first_may_be_name=not inside)
        b = _walk(s, tok.end if inside else dot + 1, +1, k, first_may_be_name=not inside)
        while b > dot + 1 and s.text[b - 1] in _DOTS:
            b -= 1
        if dot - a < 1 or b - dot - 1 < 1:
            continue
        if not any(s.token_at(p).pos == "PER" for p in range(a, b)):
            continue
        result = [(pa, pb, lab) for pa, pb, lab in result if pb <= a or pa >= b]
        result.append((a, b, "PER"))
    return result


def _walk(s: Sentence, pos: int, step: int, k: Knowledge, first_may_be_name: bool) -> int:
    """From a dot, take whole words left (step -1) or right (+1) while they can
    be part of a transliterated name: not punctuation, particles or a role."""
    if step < 0:
        edge = pos
        while edge > 0 and pos - edge < _MAX_PART:
            tok = s.token_at(edge - 1)
            word = s.text[tok.start : tok.end]
            if tok.pos in _STOP_POS or word in k.roles or not _CJK.match(word):
                break
            if tok.pos in ("LOC", "ORG", "TIME") or (tok.pos == "PER" and (edge != pos or not first_may_be_name)):
                break  # another name, not a part of this one
            if tok.pos in ("n", "vn") and len(word) >= 2:
                break  # 遗孀 | 杰奎琳·肯尼迪: a common noun before the name
            edge = tok.start
        return edge
    edge = pos
    while edge < len(s.text) and edge - pos < _MAX_PART:
        tok = s.token_at(edge)
        word = s.text[tok.start : tok.end]
        if tok.pos in _STOP_POS and s.text[tok.start] not in _DOTS or tok.pos == "v" and (edge > pos or not first_may_be_name):
            break
        after_dot = edge > 0 and s.text[edge - 1] in _DOTS
        # A piece that looks like a whole Han name starts the next person in a
        # list (司马义·艾买提 | 张皓若); other pieces continue this name (买 | 买提).
        if tok.pos in ("LOC", "ORG", "TIME") or (
            tok.pos == "PER" and not after_dot and (edge != pos or not first_may_be_name) and _looks_han(word, k)
        ):
            break
        if word in k.roles:
            break  # …康斯坦塔科普洛斯 | 先生
        if edge > pos and len(word) > 1 and tok.pos not in ("PER", "nz", "n", "O", "w", "LOC"):
            break  # 白求恩 | 不远万里: a longer word of another kind ends the name
        if s.text[tok.start] in _DOTS:
            # another dot: the next part joins only if a name character follows
            if tok.end >= len(s.text) or not _CJK.match(s.text[tok.end]):
                break
        edge = tok.end
    return edge


def extend_name_tails(s: Sentence, spans: list[Candidate], k: Knowledge) -> list[Candidate]:
    """哈斯巴嘎 | 那 | 带领: the tagger sometimes stops a name of Mongolian,
    Tibetan or Uyghur origin one character short. When the next word is a
    single character typical of such names and a verb or punctuation follows,
    it is the end of the name."""
    out = []
    for a, b, lab in spans:
        if lab == "PER" and b < len(s.text) and b - a >= 3 and b in s.starts:
            nxt = s.tokens[s.starts[b]]
            after = s.tokens[s.starts[nxt.end]] if nxt.end in s.starts else None
            if (
                nxt.end - nxt.start == 1
                and s.text[b] in k.name_tails
                and nxt.pos not in ("w", "c", "p", "u", "f", "m", "q")
                and (after is None or after.pos in ("v", "w", "p", "c", "d", "vd"))
            ):
                b = nxt.end
        out.append((a, b, lab))
    return out
