"""LOC from the tagger's places, the division gazetteer and township endings.

A contiguous chain of administrative units is one place (赤峰市翁牛特旗,
down to 苏木 and 嘎查); a place followed by a word naming a kind of place
(口岸, 景区) is one place; ethnic groups and generic countries are not places.
"""

from __future__ import annotations

import re

from reader.entities.knowledge import Knowledge
from reader.entities.sentence import ADMIN_ENDINGS, CJK, PLACE_POS, Candidate, Sentence


def _gazetteer_matches(s: Sentence, k: Knowledge) -> list[tuple[int, int]]:
    """Longest division names starting at a word start or inside a tagged
    place or organisation (the only starts ``find_places`` accepts): the
    trie-shaped regex is tried at those positions only, not at every character."""
    text = s.text
    starts = set(s.starts)
    for t in s.tokens:
        if t.pos in PLACE_POS:
            starts.update(range(t.start, t.end))
    out = []
    covered = 0
    match = k.place_re.match
    prefixes = k.place_prefixes
    for a in sorted(starts):
        # Most starts begin no division: two characters rule them out without the regex.
        if a < covered or text[a : a + 2] not in prefixes:
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
    n = len(s.text)
    for a, b in matches:
        tok = s.token_at(a)
        inside_name = tok.pos in PLACE_POS
        if inside_name and tok.start < a and b > tok.end and b < n and b not in s.ends:
            # 黄河 | 源头: a division (河源) that starts inside the tagger's
            # place and ends inside an ordinary word after it is no place.
            if s.token_at(b).pos not in PLACE_POS:
                continue
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
        for m in k.admin_suffix_re.finditer(text, 2):
            r = k.role_re.match(text, m.end())
            if r and r.end() > m.end():
                # …嘎查 | 牧民达: the tagger ran a place on over a role and a name.
                b = a + m.end()
                text = s.text[a:b]
                break
        cut = _water_overrun(text)
        if cut:
            # 青海湖畔 -> 青海湖, 大运河北 | 上 -> 大运河: the bank or a
            # direction after a water name is not part of it.
            b -= cut
            text = s.text[a:b]
        if len(text) == 2 and text[0] in k.country_abbrev and text[1] in k.country_abbrev and text not in k.places:
            out.append((a, a + 1, lab))
            out.append((a + 1, b, lab))
            continue
        out.append((a, b, lab))
    return out


_WATER_ENDS = ("河", "江", "湖", "海", "港", "湾", "峡", "渠", "水库")


def _water_overrun(text: str) -> int:
    """How many characters after a water name the tagger let into a place."""
    if len(text) >= 3 and text[-1] in "畔边" and text[:-1].endswith(_WATER_ENDS):
        return 1
    if len(text) >= 4 and text[-1] in "东南西北" and text[:-1].endswith(("运河", "大河", "江", "湖", "港", "湾")):
        return 1
    return 0


# Words that show a river's name before them (沅水 | 水位, 流入 | 资水).
_RIVER_AFTER = ("水位", "流域", "干流", "支流", "沿岸", "沿线", "河段", "上游", "中游", "下游", "水系", "两岸", "洪峰")
_RIVER_BEFORE = ("流入", "注入", "汇入", "沿着", "沿", "横跨", "跨越")
# First characters of ordinary words ending in 水 (洪水, 积水, 供水 …).
_NOT_RIVER_FIRST = frozenset("河江湖海洪雨积污泉井山风汗薪口流淡清排供用饮蓄泄节治防渗溺落涨雪冷热开胶墨香药油潮咸地废净来活死浑苦白黑碧下上入出放抽灌浇补缺储调引取蒸露钢重软硬碱酸生凉温")


def river_names(s: Sentence, k: Knowledge, places: list[Candidate]) -> list[Candidate]:
    """Two-character rivers named X水 (沅水, 澧水) the tagger did not mark as
    places: only when the words around say it is a river (水位, 流域, 流入,
    or a list with another river), since most words ending in 水 are not names."""
    text = s.text
    place_at = {a: b for a, b, _ in places} | {b: a for a, b, _ in places}
    out = []
    for i, t in enumerate(s.tokens):
        if t.end - t.start != 2 or text[t.end - 1] != "水" or text[t.start] in _NOT_RIVER_FIRST:
            continue
        if t.pos not in ("nz", "PER", "LOC", "ORG", "n") or not CJK.match(text[t.start]):
            continue
        after = text[t.end : t.end + 2]
        before_word = s.words[i - 1] if i > 0 else ""
        listed = False
        for sep_pos, other in ((t.end, t.end + 1), (t.start - 1, t.start - 1)):
            if 0 <= sep_pos < len(text) and text[sep_pos] in "、和与及":
                nb = place_at.get(other)
                if nb is not None:
                    name = text[min(other, nb) : max(other, nb)]
                    listed = name.endswith(("江", "河", "水", "湖"))
        if after.startswith(_RIVER_AFTER) or before_word in _RIVER_BEFORE or listed:
            out.append((t.start, t.end, "LOC"))
    return out


def _is_admin(text: str, k: Knowledge) -> bool:
    return text in k.places or text.endswith(ADMIN_ENDINGS) or text.endswith(k.admin_suffixes)


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


_MONGOL_UNIT = re.compile("苏木|嘎查")
_NOT_IN_PLACE_NAME = frozenset("的了和与及在是于向对给把被将也还就又已从到为说等用让请叫跟同由")


def mongolian_units(s: Sentence, k: Knowledge) -> list[Candidate]:
    """巴音宝力格 + 苏木, 乌兰图嘎 + 嘎查: 苏木 and 嘎查 are township and village
    levels of Inner Mongolia, and a name written in transliteration
    characters right before them is such a unit even when no known division
    comes before it."""
    text = s.text
    out = []
    for m in _MONGOL_UNIT.finditer(text):
        a = m.start()
        start = a
        while start > 0 and a - start < 6:
            ch = text[start - 1]
            if ch not in k.translit or ch in _NOT_IN_PLACE_NAME:
                break
            if any(text[start - n : start] in k.roles for n in (2, 3) if start - n >= 0) and start < a:
                break
            start -= 1
        if a in s.ends:
            prev = s.tokens[s.ends[a]]
            if prev.pos in ("LOC", "PER", "nz") and prev.end - prev.start >= 2 and prev.start < start:
                start = prev.start  # 巴彦淖尔 | 嘎查: the tagger's name word, whole
        if a - start < 2:
            start = _plain_words_before(s, k, a)
        if a - start < 2:
            continue
        tok = s.token_at(start)
        if tok.start < start and tok.pos not in ("PER", "nz", "LOC"):
            start = tok.end  # the run began inside an ordinary word
        if a - start >= 2:
            out.append((start, m.end(), "LOC"))
    return out


# Words that describe a kind of village rather than name one (边境嘎查).
_KIND_WORDS = frozenset(
    "边境 贫困 重点 试点 周边 附近 偏远 牧业 农业 纯牧业 半农半牧 少数民族 民族 新型 美丽 文明 "
    "先进 后进 软弱 涣散 集体 行政 自然 邻近 相邻 临近 沿边 城郊 城中 移民 搬迁".split()
)


def _plain_words_before(s: Sentence, k: Knowledge, a: int) -> int:
    """红旗 | 嘎查, 小 | 石头 | 嘎查: nouns (and one short adjective in front)
    written right before 嘎查/苏木, 2-4 characters in all, name the unit."""
    pos = a
    while pos in s.ends and a - pos < 4:
        tok = s.tokens[s.ends[pos]]
        word = s.text[tok.start : tok.end]
        if word in k.generic or word in _KIND_WORDS or word in k.roles:
            break
        if tok.pos in ("n", "nz", "LOC", "PER") or (tok.pos == "a" and len(word) == 1 and pos < a):
            pos = tok.start
            continue
        break
    if pos < a and s.token_at(pos).pos == "a" and pos in s.ends and s.tokens[s.ends[pos]].pos == "a":
        return a
    return pos if 2 <= a - pos <= 4 else a


def place_extensions(s: Sentence, k: Knowledge, places: list[Candidate]) -> list[Candidate]:
    """A place and the word after it that names a kind of place (霍尔果斯 +
    口岸), and a township-level name between a chain and its ending
    (阿巴嘎旗 + 别力古台镇, where the tagger cut 别力 | 古台镇)."""
    out = []
    for a, b, _ in places:
        # 霍尔果斯口岸 is a port's name; 二连浩特市口岸 is "the port of a city".
        if b in s.starts and not s.text[a:b].endswith(ADMIN_ENDINGS):
            end = _kind_of_place_end(s, k, b)
            if end:
                out.append((a, end, "LOC"))
            else:
                nxt = s.tokens[s.starts[b]]
                word = s.words[s.starts[b]]
                if nxt.pos == "LOC" and len(word) <= 4 and word.endswith(("港", "港区", "码头")):
                    out.append((a, nxt.end, "LOC"))  # 烟台 + 新港: the port of that name
        end = _township_chain(s, k, b)
        if end > b:
            out.append((b, end, "LOC"))
    return out


# 海峡 | 两岸, 运河 | 沿岸: the banks are not part of the name, but the
# tagger often writes them as one word with the kind of place.
_BANKS = ("两岸", "沿岸", "沿线", "两侧")


def _kind_of_place_end(s: Sentence, k: Knowledge, b: int) -> int:
    """End of a kind-of-place word (口岸, 渔港, 海峡) written at ``b``: the
    longest one that ends a word, or one followed by 内/外 (…港 | 内)."""
    text = s.text
    for n in range(min(8, len(text) - b), 0, -1):
        word = text[b : b + n]
        if k.place_suffix_re.fullmatch(word):
            end = b + n
            if end in s.ends or end == len(text) or text[end] in "内外里旁" or text.startswith(_BANKS, end):
                return end
    return 0


_GAP_STOP = frozenset({"w", "p", "c", "u", "m", "q", "r", "f", "TIME"})


def _township_chain(s: Sentence, k: Knowledge, pos: int) -> int:
    """From the end of a place, take lower-level units written right after it
    (乌兰毛都苏木 + 额很嘎查): each is 2-6 characters ending in a township-level
    ending. Returns the end of the last unit taken (``pos`` if none)."""
    text = s.text
    while True:
        found = None
        for m in k.admin_suffix_re.finditer(text, pos + 2, min(len(text), pos + 10)):
            if m.start() - pos > 7:
                break
            gap = text[pos : m.start()]
            if not all(CJK.match(c) for c in gap):
                break
            if any(s.token_at(p).pos in _GAP_STOP for p in range(pos, m.start())):
                break
            tail = s.token_at(m.end() - 1)
            if tail.end > m.end() and tail.pos not in ("LOC", "nz", "PER"):
                continue  # 村 in 村民, 镇 in 镇长: the ending starts another word
            if tail.end > m.end() and tail.pos == "PER" and tail.start != m.start():
                continue  # …苏 | 木… inside a name: not the ending 苏木
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
    # 京杭大运河北 | 上: a division found inside the tagger's place (河北)
    # must not bring back a direction the water name does not have.
    return [(a, b - _water_overrun(text[a:b]), lab) for a, b, lab in out]


def _ends_admin(chain: str, k: Knowledge) -> bool:
    # The last unit of a chain must itself be a division for the next place to join.
    return chain.endswith(ADMIN_ENDINGS) or chain.endswith(k.admin_suffixes) or chain in k.places
