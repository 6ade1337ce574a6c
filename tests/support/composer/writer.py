"""Article content for composed pages: headlines, bylines and an endless supply of paragraphs.

The layout decides how much of the body fits; ``ArticleSpec.paragraphs``
yields paragraphs sentence by sentence so the layout can stop at the last
sentence that fits (or, for an article continued on another page, in the
middle of one).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from composer import names
from composer.pools import (
    CAPTION_CREDITS, CLAUSES, COUNTERS, GENERIC_CLAUSES, OPENERS, GENERIC_SENTENCES, LATIN, SUBTITLE_PATTERNS, SUBTITLE_ROLES, TOPICS,
    UNITS_AREA, UNITS_LENGTH, UNITS_MASS, UNITS_TIME, WORKS,
)

_SLOT = re.compile(r"\{([A-Z])\}")

BYLINE_STYLES = ("end_bracket", "under_headline", "dateline_bracket", "dateline_end", "none")
ROLES_UNDER = ("本报记者", "记者", "本报通讯员", "通讯员", "特约记者", "见习记者")


@dataclass(slots=True)
class Photo:
    caption: str
    shadow: bool  # the caption is drawn twice with a small offset
    image: bool  # an embedded raster image rather than a drawn grey box


@dataclass(slots=True)
class ArticleSpec:
    topic: str
    title_parts: list[str]
    kicker: str | None = None
    subtitle: str | None = None
    byline_style: str = "none"
    dateline: str | None = None
    byline: str | None = None  # names only, single spaces
    byline_raw: str | None = None  # as printed
    photos: list[Photo] = field(default_factory=list)
    subheads: bool = False
    jump_out: str | None = None  # «（下转第4版）»: the body stops mid-sentence
    jump_in: str | None = None  # «（上接第1版）»: printed before the body
    seed: int = 0

    @property
    def title(self) -> str:
        return " ".join(self.title_parts)

    def paragraphs(self) -> Iterator[tuple[str, list[str]]]:
        """(kind, sentences) forever: paragraphs with sub-headings between them."""
        rng = random.Random(self.seed)
        writer = Writer(rng, self.topic)
        first = True
        since_subhead = 0
        used_subheads: set[str] = set()
        while True:
            if self.subheads and not first and since_subhead >= rng.choice((1, 2, 3)):
                head = writer.subhead(used_subheads)
                used_subheads.add(head)
                since_subhead = 0
                yield "subhead", [head]
            yield "paragraph", writer.paragraph(lead=first)
            since_subhead += 1
            first = False


class Writer:
    def __init__(self, rng: random.Random, topic: str):
        self.rng = rng
        self.topic = topic
        self.pool = TOPICS[topic]
        self.cast = [names.person(rng) for _ in range(4)]
        self.places = [names.place(rng) for _ in range(3)]
        self.orgs = [names.org(rng) for _ in range(3)]
        self.used: set[str] = set()

    # -- slots ---------------------------------------------------------
    def fill(self, pattern: str) -> str:
        return _SLOT.sub(lambda m: self._slot(m.group(1)), pattern)

    def _slot(self, kind: str) -> str:
        rng = self.rng
        if kind == "P":
            return rng.choice(self.places)
        if kind == "O":
            return rng.choice(self.orgs)
        if kind == "N":
            return rng.choice(self.cast) if rng.random() < 0.7 else names.person(rng)
        if kind == "D":
            return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        if kind == "Y":
            return f"{rng.randint(2018, 2024)}年"
        if kind == "K":
            n = rng.choice((rng.randint(2, 60), rng.randint(100, 9000), rng.randint(10, 99)))
            if rng.random() < 0.1:
                return f"{rng.randint(1, 9)}.{rng.randint(1, 9)}万{rng.choice(('人', '户', '人次'))}"
            return f"{n}{rng.choice(COUNTERS)}"
        if kind == "Q":
            units = rng.choice((UNITS_AREA, UNITS_LENGTH, UNITS_MASS, UNITS_TIME))
            value = rng.choice((str(rng.randint(2, 999)), f"{rng.randint(1, 99)}.{rng.randint(1, 9)}"))
            return value + rng.choice(units)
        if kind == "M":
            return rng.choice((f"{rng.randint(2, 900)}万元", f"{rng.randint(1, 9)}.{rng.randint(10, 99)}亿元", f"{rng.randint(300, 9999)}元"))
        if kind == "R":
            return rng.choice((f"{rng.randint(1, 99)}.{rng.randint(1, 9)}%", f"{rng.randint(5, 98)}%", f"{rng.randint(1, 9)}个百分点"))
        if kind == "W":
            return f"《{rng.choice(WORKS)}》"
        if kind == "L":
            return rng.choice(LATIN)
        if kind == "S":
            return rng.choice(self.pool["subhead"])
        raise KeyError(kind)

    # -- pieces --------------------------------------------------------
    def sentence(self) -> str:
        """A written sentence not used yet in this article, else one joined from clauses."""
        rng = self.rng
        if rng.random() < 0.55:
            fresh = [s for s in self.pool["sent"] + GENERIC_SENTENCES if s not in self.used]
            if fresh:
                pattern = rng.choice(fresh)
                self.used.add(pattern)
                return self.fill(pattern)
        clauses = CLAUSES[self.topic]
        count = rng.choice((1, 2, 2, 3))
        parts = [rng.choice(clauses) if rng.random() < 0.8 else rng.choice(GENERIC_CLAUSES) for _ in range(count)]
        parts = list(dict.fromkeys(parts))
        opener = self.fill(rng.choice(OPENERS))
        return opener + "，" + "，".join(self.fill(p) for p in parts) + "。"

    def paragraph(self, lead: bool) -> list[str]:
        count = self.rng.choice((1, 2, 2, 3, 3, 4, 5))
        sentences = [self.fill(self.rng.choice(self.pool["lead"]))] if lead else []
        while len(sentences) < count:
            s = self.sentence()
            if s not in sentences:
                sentences.append(s)
        return sentences

    def subhead(self, used: set[str]) -> str:
        options = [s for s in self.pool["subhead"] if s not in used] or list(self.pool["subhead"])
        text = self.rng.choice(options)
        if self.rng.random() < 0.3:
            # A two-part sub-heading with a gap, as in «“实”字为先 技能练兵强素质».
            text = f"{self.fill(self.rng.choice(('“{P}”经验', '一线观察', '记者手记', '数字说话')))} {text}"
        return text

    def headline(self) -> list[str]:
        rng = self.rng
        head = self.fill(rng.choice(self.pool["head"]))
        roll = rng.random()
        if roll < 0.2:
            other = self.fill(rng.choice([h for h in self.pool["head"] if h != head] or self.pool["head"]))
            return [head, other] if len(head) + len(other) <= 22 else [head]
        if roll < 0.45:
            return [f"{self.fill('{O}')}{rng.choice(('扎实推进', '全力开展', '持续深化', '启动'))}{rng.choice(self.pool['subhead'])}工作"]
        return [head]

    def kicker(self) -> str:
        return self.fill(self.rng.choice(self.pool["kick"]))

    def subtitle(self) -> str:
        pattern = self.rng.choice(SUBTITLE_PATTERNS).replace("{R}", self.rng.choice(SUBTITLE_ROLES))
        return self.fill(pattern)

    def caption(self) -> str:
        text = self.fill(self.rng.choice(self.pool["cap"]))
        if self.rng.random() < 0.3:
            text = "图为" + text
        if self.rng.random() < 0.35:
            credit = self.fill(self.rng.choice(CAPTION_CREDITS).replace("{N}", names.person(self.rng, short=True)))
            text += credit if credit.startswith("（") else " " + credit
        return text


def byline_names(rng: random.Random) -> list[str]:
    return [names.person(rng, short=rng.random() < 0.7) for _ in range(rng.choice((1, 1, 1, 2, 2, 3)))]


def make_article(rng: random.Random, topic: str | None = None, *, photos: int = 0, style: str | None = None) -> ArticleSpec:
    topic = topic or rng.choice(sorted(TOPICS))
    writer = Writer(rng, topic)
    spec = ArticleSpec(topic=topic, title_parts=writer.headline(), seed=rng.randrange(1 << 30))
    if rng.random() < 0.3:
        spec.kicker = writer.kicker()
    if rng.random() < 0.18:
        spec.subtitle = writer.subtitle()
    spec.subheads = rng.random() < 0.35
    style = style or rng.choices(BYLINE_STYLES, weights=(35, 25, 20, 12, 8))[0]
    spec.byline_style = style
    people = byline_names(rng)
    if style == "end_bracket":
        spec.byline = " ".join(people)
        spec.byline_raw = "（" + " ".join(people) + "）"
    elif style == "under_headline":
        parts = []
        for k, person in enumerate(people):
            role = rng.choice(ROLES_UNDER) if k == 0 else rng.choice(("通讯员", "记者", "实习生"))
            parts.append(f"{role} {person}")
        spec.byline = " ".join(people)
        spec.byline_raw = " ".join(parts)
    elif style in ("dateline_bracket", "dateline_end"):
        city = rng.choice(names.CITIES_FOR_DATELINE)
        spec.dateline = rng.choice(
            ("本报讯", f"本报{city}{rng.randint(1, 12)}月{rng.randint(1, 28)}日电", rng.choice(names.SHORT_PLACES) + "讯",
             f"新华社{city}{rng.randint(1, 12)}月{rng.randint(1, 28)}日电", "本报讯")
        )
        if style == "dateline_bracket":
            inner = " ".join(("记者 " if rng.random() < 0.5 else "记者") + p if k == 0 else ("通讯员 " + p) for k, p in enumerate(people))
            spec.byline = " ".join(people)
            spec.byline_raw = f"（{inner}）"
        else:
            spec.byline = " ".join(people)
            spec.byline_raw = f"（{' '.join(people)}）"
    spec.photos = [Photo(writer.caption(), shadow=rng.random() < 0.4, image=rng.random() < 0.3) for _ in range(photos)]
    return spec
