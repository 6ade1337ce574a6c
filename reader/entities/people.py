"""PER: the tagger's names, repaired to ENTITIES.md.

Roles stay outside (副所长哈斯巴嘎那 -> 哈斯巴嘎那); names the tagger split or
cut short (额尔敦 | 毕力格, 哈斯巴嘎 | 那) are joined; 宋先生 and 刘某 are
names; words joined by «·» are one transliterated name.
"""

from __future__ import annotations

import re

from reader.entities.knowledge import Knowledge
from reader.entities.lac_model import Token
from reader.entities.sentence import CJK, Candidate, Sentence


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
    two names. Touching pieces are joined when the left one cannot begin a
    Han name (it does not start with a surname); a list of Han names written
    without separators (张伟李娜王强) stays apart."""
    out: list[Candidate] = []
    last_piece = (0, 0)
    for a, b, lab in sorted(spans):
        if out and out[-1][1] == a:
            pa, pb = last_piece
            left = s.text[pa:pb]
            # In a list of Han names every piece starts with a surname.
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
                break  # a second name: 委员 张伟 | 李娜 is a list
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
            if tok.pos in _STOP_POS or word in k.roles or not CJK.match(word):
                break
            if tok.pos in ("LOC", "ORG", "TIME") or (tok.pos == "PER" and (edge != pos or not first_may_be_name)):
                break  # another name, not a part of this one
            if tok.pos in ("n", "vn") and len(word) >= 2:
                break  # 遗孀 | 玛丽亚·佩雷斯: a common noun before the name
            if len(word) == 1 and tok.pos not in ("PER", "nz"):
                break  # 人 | 维姆·杜伊森贝赫: a lone character is not a name part
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
        # list (艾力·买买提 | 张伟); other pieces continue this name (买 | 买提).
        if tok.pos in ("LOC", "ORG", "TIME") or (
            tok.pos == "PER" and not after_dot and (edge != pos or not first_may_be_name) and _looks_han(word, k)
        ):
            break
        if word in k.roles:
            break  # …帕帕多普洛斯 | 先生
        if edge > pos and len(word) > 1 and tok.pos not in ("PER", "nz", "n", "O", "w", "LOC"):
            break  # 约翰·史密斯 | 不远万里: a longer word of another kind ends the name
        if s.text[tok.start] in _DOTS:
            # another dot: the next part joins only if a name character follows
            if tok.end >= len(s.text) or not CJK.match(s.text[tok.end]):
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
