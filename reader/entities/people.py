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
        if s.words[s.starts[t.start]] in k.roles:
            continue  # 嘎查达 is a title, not a name
        a, b = t.start, t.end
        m = k.role_re.match(s.text, a)
        if m and b - m.end() >= 2:
            a = m.end()  # 副所长哈斯巴嘎那 -> 哈斯巴嘎那
        out.append((a, b, "PER"))
    out = _join_name_pieces(s, out, k)
    out.extend(_after_role(s, k))
    out.extend(translit_names(s, k))
    out = extend_name_tails(s, out, k)
    out.extend(_surname_forms(s, k))
    out = [_trim_next_word(s, k, c) for c in _join_dotted(s, out, k)]
    tib = tibetan_names(s, k)
    if tib:
        # 索南 | 卓玛, 才 | 让多杰: the whole name replaces the pieces.
        out = [c for c in out if not any(c[0] < b and a < c[1] for a, b, _ in tib)] + tib
    return out


_ADVERB_CHARS = frozenset("也都还就曾将又已正再才便却")


def _trim_next_word(s: Sentence, k: Knowledge, c: Candidate) -> Candidate:
    """A name does not take the word after it: an adverb the tagger or a
    rule let in (…·彼得罗夫 | 已经, …娃 | 正在), or a 和 that joins the next
    person (李某平 | 和, 张建国 | 和): a surname and two characters, or an
    anonymised name, is a whole Han name."""
    a, b, lab = c
    if b - a < 3:
        return c
    tok = s.token_at(b - 1)
    if tok.end == b and a + 2 <= tok.start and tok.pos in ("d", "vd", "ad"):
        word = s.text[tok.start : tok.end]
        if len(word) >= 2 or word in _ADVERB_CHARS:
            return (a, tok.start, lab)
    name = s.text[a:b]
    if (
        b - a == 4
        and name.endswith("和")
        and name[0] in k.surnames
        and b < len(s.text)
        and s.text[b] in k.surnames
        and s.text[b] not in _NEVER_LAST
        and (name[1] == "某" or s.token_at(b - 1).start >= b - 1)
    ):
        return (a, b - 1, lab)
    return c


def tibetan_names(s: Sentence, k: Knowledge) -> list[Candidate]:
    """Two or more Tibetan name elements written together (才让 + 多杰,
    旦增 + 尼玛 + 次仁) are one name, when it starts a word (or follows a
    role) and ends one (or a particle or verb follows)."""
    text = s.text
    n = len(text)
    out: list[Candidate] = []
    for m in k.tibetan_re.finditer(text):
        a, b = m.start(), m.end()
        left_ok = a == 0 or a in s.starts or not CJK.match(text[a - 1]) or _role_ends_at(s, a, k)
        right_ok = b == n or b in s.ends or text[b] in _STOP_CHARS or not CJK.match(text[b])
        if right_ok is False and b in s.starts:
            right_ok = True
        inner_ok = all(s.token_at(p).pos not in ("LOC", "ORG", "TIME") for p in range(a, b))
        if left_ok and right_ok and inner_ok:
            out.append((a, b, "PER"))
    return out


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
    done = 0
    for m in re.finditer(rf"[\u3400-\u9fff][{_DOTS}][\u3400-\u9fff]", text):
        dot = m.start() + 1
        if dot < done:
            continue  # a later dot of a name already taken whole (库库·恩关杜·瓦)
        tok = s.token_at(dot)
        inside = tok.pos == "PER" and tok.start < dot < tok.end - 1
        # Start from the tagger's name when it holds the dot, else from the dot.
        a = _walk(s, tok.start if inside else dot, -1, k, first_may_be_name=not inside)
        b = _walk(s, tok.end if inside else dot + 1, +1, k, first_may_be_name=not inside)
        while b > dot + 1 and s.text[b - 1] in _DOTS:
            b -= 1
        # Runs of transliteration characters on both sides (买合木提 | · |
        # 吐尔逊 | 于) are more reliable than the tagger's words, which cut a
        # long left part (艾合买 | 提江) or let a verb into the right part.
        ca = _dotted_left(s, k, dot)
        cb = _dotted_right(s, k, dot + 1)
        by_chars = dot - ca >= 1 and cb - dot - 1 >= 1
        if by_chars:
            a, b = ca, cb
        elif dot - a < 1 or b - dot - 1 < 1:
            continue
        if not by_chars and not any(s.token_at(p).pos == "PER" for p in range(a, b)):
            continue
        result = [(pa, pb, lab) for pa, pb, lab in result if pb <= a or pa >= b]
        result.append((a, b, "PER"))
        done = b
    return result


def _straddling_name(s: Sentence, pos: int) -> Token | None:
    """The tagger's name word that holds both ``pos - 1`` and ``pos``."""
    if pos <= 0 or pos >= len(s.text):
        return None
    tok = s.token_at(pos)
    if s.text[tok.end - 1] in _NEVER_LAST:
        return None  # 朝 | 鲁家: the tagger took «家» into the name
    return tok if tok.start < pos and tok.pos in ("PER", "nz") else None


def _dotted_left(s: Sentence, k: Knowledge, dot: int) -> int:
    """Start of the part(s) before a dot: a run of transliteration
    characters, carried on over the tagger's name word when a rarer character
    stops it (安德烈 | 斯), and over earlier dots (穆罕默德·舒克利·)."""
    text = s.text
    a = dot
    while True:
        a = _run_left(s, k, a, _MAX_PART)
        tok = _straddling_name(s, a)
        if tok is not None and a < dot:
            a = tok.start
        if a >= 2 and text[a - 1] in _DOTS and CJK.match(text[a - 2]) and a - 1 < dot:
            nxt = _run_left(s, k, a - 1, _MAX_PART)
            tok = _straddling_name(s, a - 1)
            if nxt < a - 1 or tok is not None:
                a = a - 1
                continue
        return a


def _dotted_right(s: Sentence, k: Knowledge, pos: int) -> int:
    """End of the part(s) after a dot, the mirror of ``_dotted_left``."""
    text = s.text
    b = pos
    while True:
        nb = _run_right(s, k, b, _MAX_PART)
        tok = _straddling_name(s, nb) if nb > b else None
        if tok is not None:
            nb = tok.end
        if nb == b:
            return b
        b = nb
        if b < len(text) - 1 and text[b] in _DOTS and CJK.match(text[b + 1]):
            b += 1
            continue
        return b


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


# Characters that are words of their own next to a name (和 in 民警巴特尔和
# 辅警…, 说, 的) end a run of transliteration characters, unless the tagger
# saw them inside a name (孟和).
_STOP_CHARS = frozenset("的了和与及在是于向对给把被将也还就又已从到为说等用让请叫跟同由家")
_NEVER_LAST = frozenset("家的了说")
_RUN_STOP_POS = frozenset({"d", "vd", "ad", "p", "c", "u", "m", "q", "f", "TIME", "w", "xc"})
_SPEECH = frozenset({"说", "介绍", "表示", "告诉", "指出", "坦言", "回忆", "感慨", "笑着说", "说道"})
_MAX_RUN = 7


def _in_name_word(s: Sentence, pos: int) -> bool:
    tok = s.token_at(pos)
    if s.text[pos] in _NEVER_LAST and pos == tok.end - 1:
        return False  # 巴特尔朝 | 鲁家 | 的: «家» is the home, not the name
    return tok.pos in ("PER", "nz") and tok.end - tok.start > 1


def _role_ends_at(s: Sentence, pos: int, k: Knowledge) -> bool:
    return any(s.text[pos - n : pos] in k.roles for n in (2, 3, 4) if pos - n >= 0)


def _dangling_conj(s: Sentence, pos: int) -> bool:
    """巴音孟和 | 家, 苏和 | 说: a 和 with nothing to join after it ends a name."""
    if s.text[pos] not in "和":
        return False
    nxt = s.text[pos + 1 : pos + 2]
    return not nxt or nxt in _NEVER_LAST or not CJK.match(nxt) or _speech_at(s, pos + 1)


def _glued_before_say(s: Sentence, tok: Token, end: int) -> bool:
    """提说: the tagger glued a name's last character to 说; but 来说, 听说,
    据说 … are words of their own."""
    return tok.end == end + 1 and s.text[end] == "说" and s.text[tok.start : end] not in _SAY_WORDS


_SAY_WORDS = frozenset("来听再又都也就还会要能可据所而")


def _run_right(s: Sentence, k: Knowledge, pos: int, limit: int) -> int:
    """End of the run of transliteration characters starting at ``pos``."""
    text = s.text
    end = pos
    while end < len(text) and end - pos < limit:
        ch = text[end]
        if ch not in k.translit or (ch in _STOP_CHARS and not _in_name_word(s, end) and not _dangling_conj(s, end)):
            break
        end += 1
    # A word of another kind inside the run, or one that starts in the run
    # and goes on past it (巴特尔 | 多次, 吐尔逊 | 不同意), is not the name.
    p = pos
    while p < end:
        tok = s.token_at(p)
        if tok.start > pos and (
            (tok.end > end and tok.pos not in ("PER", "nz") and not _glued_before_say(s, tok, end))
            or (tok.end - tok.start >= 2 and tok.pos in _RUN_STOP_POS)
        ):
            return tok.start
        p = tok.end
    # 高娃 | 拉 | 着: a one-character verb right after the tagger's name.
    last = s.token_at(end - 1) if end > pos else None
    if (
        last is not None
        and last.end == end
        and last.end - last.start == 1
        and last.pos in ("v", "p", "d", "c")
        and not _dangling_conj(s, last.start)
    ):
        if last.start in s.ends and s.tokens[s.ends[last.start]].pos == "PER" and last.start > pos:
            return last.start
    return end


def _run_left(s: Sentence, k: Knowledge, pos: int, limit: int) -> int:
    """Start of the run of transliteration characters ending at ``pos``."""
    text = s.text
    start = pos
    while start > 0 and pos - start < limit:
        ch = text[start - 1]
        if ch not in k.translit or (ch in _STOP_CHARS and not _in_name_word(s, start - 1)):
            break
        if _role_ends_at(s, start, k) and start < pos:
            break  # 嘎查达 | 巴特尔
        start -= 1
    if start < pos:
        # A word that begins before the run and ends inside it is not the name.
        tok = s.token_at(start)
        if tok.start < start and tok.pos not in ("PER", "nz") and tok.end < pos:
            start = tok.end
    return start


def _name_may_end(s: Sentence, pos: int) -> bool:
    """A name can end at ``pos``: the text ends, or a word of another kind starts."""
    if pos >= len(s.text):
        return True
    if s.text[pos] in _NEVER_LAST:
        return True  # 朝鲁巴根 | 家的羊
    if pos not in s.starts:
        return False
    tok = s.tokens[s.starts[pos]]
    return tok.pos in _NAME_END_POS or tok.pos in ("xc", "r", "q", "m", "a") or s.text[pos] in _STOP_CHARS


def translit_names(s: Sentence, k: Knowledge) -> list[Candidate]:
    """Mongolian, Tibetan and other transliterated names the tagger did not
    know, found as runs of transliteration characters right after a role
    word (牧民 | 额尔敦巴特尔, glued or not) or right before a verb of saying
    (…，朝鲁巴根 | 说). The run needs 3 to 7 characters, a word boundary after
    it, and no Han name of the tagger at its start that it would overrun."""
    out: list[Candidate] = []
    text = s.text
    role_first = _role_first(k)
    for i, t in enumerate(s.tokens):
        word = s.words[i]
        start = None
        if word in k.roles:
            start = t.end
        elif t.pos != "PER" and word[0] in role_first and len(word) > 2:
            m = k.role_re.match(text, t.start)
            if m and m.end() < t.end:
                start = m.end()  # 牧民次 | 仁多吉: the role glued to the name
        if start is not None and start < len(text):
            end = _run_right(s, k, start, _MAX_RUN)
            tok = _straddling_name(s, end) if end > start else None
            if tok is not None and tok.end - start <= _MAX_RUN:
                end = tok.end  # 买买提 | 明: a rarer last character the tagger saw in the name
            if _good_run(s, k, start, end) or (end - start == 2 and _speech_at(s, end) and _good_run(s, k, start, end, 2)):
                out.append((start, end, "PER"))  # 医生 | 尼玛 | 说: two characters only before a verb of saying
        if t.start > 0 and word in _SPEECH:
            a = _run_left(s, k, t.start, _MAX_RUN)
            before_ok = a == 0 or not CJK.match(text[a - 1]) or _role_ends_at(s, a, k) or (
                a in s.ends and s.tokens[s.ends[a]].pos in ("ORG", "LOC", "w")
            )
            if before_ok and _good_run(s, k, a, t.start):
                out.append((a, t.start, "PER"))
    return out


def _speech_at(s: Sentence, pos: int) -> bool:
    return pos in s.starts and s.words[s.starts[pos]] in _SPEECH


_ROLE_FIRST: dict[int, frozenset[str]] = {}


def _role_first(k: Knowledge) -> frozenset[str]:
    """First characters of role words (a cheap test before the role regex)."""
    got = _ROLE_FIRST.get(id(k))
    if got is None:
        got = _ROLE_FIRST[id(k)] = frozenset(r[0] for r in k.roles)
    return got


def _good_run(s: Sentence, k: Knowledge, a: int, b: int, shortest: int = 3) -> bool:
    if not shortest <= b - a <= _MAX_RUN or not _name_may_end(s, b):
        return False
    if a not in s.starts and not (a in s.ends or k.role_re.match(s.text, s.token_at(a).start)):
        return False
    # Every tagger word inside must be a name piece or a word the tagger did
    # not know what to do with; place and organisation words are not names.
    p = a
    while p < b:
        tok = s.token_at(p)
        if tok.pos in ("LOC", "ORG", "TIME"):
            return False
        p = tok.end
    return True


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
