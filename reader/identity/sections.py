"""Section names (版名): what a section name looks like, and a prior of common ones.

A header band holds a section name as a short run of Han characters standing
apart (综合新闻, 法治, 社会·民生).  Whether such a run is the section is
decided by its place on the band (see bands.py); this module only says
whether a run has the form, and how common the name is.
"""

from __future__ import annotations

import functools
import re

from reader.identity.text import HAN
from reader.paths import resource_path

# 2–8 Han characters, parts may be joined by a middle dot: 社会·法治.
_SECTION_FORM = re.compile(f"^[{HAN}]{{2,8}}(?:[·•][{HAN}]{{2,8}}){{0,2}}$")
MAX_SECTION_CHARS = 12

# Words section names end in; a run ending in one of them looks like a section
# even when it is not in the list (县域经济, 法治视点, 文化周刊).
_SECTION_ENDINGS = (
    "新闻", "要闻", "专刊", "专版", "特刊", "副刊", "周刊", "时评", "评论", "视点", "观察", "关注", "聚焦",
    "经济", "财经", "文化", "社会", "民生", "法治", "法制", "教育", "科技", "健康", "体育", "旅游", "生活",
    "读书", "理论", "天下", "广告", "人物", "调查", "纵深", "专题", "视界", "论坛",
)


@functools.lru_cache(maxsize=1)
def common_sections() -> frozenset[str]:
    words: set[str] = set()
    with open(resource_path("identity", "sections.txt"), encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                words.update(line.split())
    return frozenset(words)


def section_form(token: str) -> bool:
    """Short Han text, as a section name is printed; not a newspaper's name."""
    return len(token) <= MAX_SECTION_CHARS and _SECTION_FORM.match(token) is not None and not token.endswith("报")


def section_prior(token: str) -> int:
    """2 for a common section name, 1 for one ending like a section name, 0 otherwise."""
    if token in common_sections():
        return 2
    parts = re.split("[·•]", token)
    if all(p in common_sections() for p in parts):
        return 2
    return 1 if token.endswith(_SECTION_ENDINGS) else 0
