"""The entity index's maintained counts (table entity_counts) never drift from the entities.

The oracle counts from entities_for() of every article, a different code
path from the counts table, after random mixes of every write that can
change which entities an article has.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest

from reader.model import Span
from reader.store.errors import NotFoundError
from store_support import simple_parse

WORDS = {"赵晨然": "PER", "派出所": "ORG", "呼和浩特": "LOC", "学校": "ORG", "雪": "WEATHER"}
RAW = (
    "标题一\n派出所民警赵晨然在学校门口巡逻。\n下雪了，派出所提醒注意。\n===\n"
    "标题二\n呼和浩特市新建一所学校。\n赵晨然说：雪很大。\n===\n"
    "标题三\n学校里学校外都是雪。\n"
)
# A later parser: the first article's text moves, the third article goes away.
RAW_REPARSED = "标题一\n今天，派出所民警赵晨然在学校门口。\n===\n标题二\n呼和浩特市新建一所学校。\n赵晨然说：雪很大。\n"


def expected_index(lib) -> Counter:
    counts: Counter = Counter()
    for article_id in lib.search.article_ids(""):
        counts.update({(e.label, e.text) for e in lib.entities.of_article(article_id)})
    return counts


def actual_index(lib) -> Counter:
    return Counter({(e.label, e.text): e.article_count for e in lib.entities.index()})


def occurrences(text: str) -> list[Span]:
    spans = []
    for word, label in WORDS.items():
        start = text.find(word)
        while start != -1:
            spans.append(Span(start, start + len(word), label, word))
            start = text.find(word, start + 1)
    return spans


def random_step(lib, rng: random.Random) -> None:
    ids = lib.search.article_ids("")
    article_id = rng.choice(ids)
    text = lib.articles.get(article_id).body_text
    spans = occurrences(text)
    span = rng.choice(spans) if spans else None
    action = rng.randrange(6)
    if action == 0:
        lib.recognition.save([(article_id, rng.sample(spans, rng.randint(0, len(spans))))])
    elif action == 1 and span:
        lib.entities.add(article_id, span.start, span.end, rng.choice([span.label, "MISC"]))
    elif action == 2:
        user = [e for e in lib.entities.of_article(article_id) if e.origin == "user"]
        if user:
            e = rng.choice(user)
            lib.entities.remove(article_id, e.start, e.end, e.label)
    elif action == 3 and span:
        lib.entities.suppress(article_id, span.start, span.end, span.label)
    elif action == 4 and span:
        lib.entities.unsuppress(article_id, span.start, span.end, span.label)
    elif action == 5:
        lib.conn.execute("UPDATE sources SET raw_text = ?", (rng.choice([RAW, RAW_REPARSED]),))
        lib.reparse(simple_parse)


@pytest.mark.parametrize("seed", range(8))
def test_counts_match_a_recount_after_random_writes(lib, seed):
    rng = random.Random(seed)
    lib.pages.add("p.txt", simple_parse(RAW), raw_text=RAW)
    for step in range(60):
        random_step(lib, rng)
        assert actual_index(lib) == expected_index(lib), f"seed {seed}, step {step}"


def test_counts_follow_suppression_reparse_and_deletion(lib):
    a, b, c = lib.pages.add("p.txt", simple_parse(RAW), raw_text=RAW).article_ids
    lib.recognition.save([(i, occurrences(lib.articles.get(i).body_text)) for i in (a, b, c)])
    assert actual_index(lib)[("ORG", "学校")] == 3
    start = lib.articles.get(c).body_text.index("学校")
    lib.entities.suppress(c, start, start + 2, "ORG")
    assert actual_index(lib)[("ORG", "学校")] == 3  # a second 学校 in article c still counts
    lib.entities.suppress(c, start + 3, start + 5, "ORG")
    assert actual_index(lib)[("ORG", "学校")] == 2
    lib.conn.execute("UPDATE sources SET raw_text = ?", (RAW_REPARSED,))
    report = lib.reparse(simple_parse)
    assert report["articles_removed"] == 1  # article c and its entities are gone
    # Article a's text changed: its recogniser spans wait for the recogniser again.
    assert actual_index(lib) == expected_index(lib) == Counter({("LOC", "呼和浩特"): 1, ("ORG", "学校"): 1, ("PER", "赵晨然"): 1, ("WEATHER", "雪"): 1})


def test_a_failed_write_leaves_the_counts_alone(lib):
    a, *_ = lib.pages.add("p.txt", simple_parse(RAW), raw_text=RAW).article_ids
    lib.recognition.save([(a, occurrences(lib.articles.get(a).body_text))])
    before = actual_index(lib)
    with pytest.raises(NotFoundError):
        lib.entities.suppress(987, 0, 3, "ORG")
    # Fails when the counts are written, after the entities were replaced:
    # both must roll back together.
    lib.conn.execute(
        "CREATE TEMP TRIGGER fail_on_counts BEFORE UPDATE ON entity_counts BEGIN SELECT RAISE(ABORT, 'boom'); END"
    )
    with pytest.raises(Exception, match="boom"):
        lib.recognition.save([(a, [])])
    assert actual_index(lib) == before == expected_index(lib)


def test_index_filters(lib):
    ids = lib.pages.add("p.txt", simple_parse(RAW), raw_text=RAW).article_ids
    lib.recognition.save([(i, occurrences(lib.articles.get(i).body_text)) for i in ids])
    assert [(e.text, e.article_count) for e in lib.entities.index("ORG")] == [("学校", 3), ("派出所", 1)]
    assert [e.text for e in lib.entities.index("ORG", limit=1)] == ["学校"]
    assert [e.text for e in lib.entities.index(contains="和浩")] == ["呼和浩特"]
    assert lib.entities.index("ORG", contains="%") == []  # no LIKE wildcards: '%' is a character
    assert [e.label for e in lib.entities.index()][:2] == ["ORG", "WEATHER"]  # most named first, then label
