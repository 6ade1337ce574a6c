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
    for article_id in lib.search_article_ids(""):
        counts.update({(e.label, e.text) for e in lib.entities_for(article_id)})
    return counts


def actual_index(lib) -> Counter:
    return Counter({(e.label, e.text): e.article_count for e in lib.entity_index()})


def occurrences(text: str) -> list[Span]:
    spans = []
    for word, label in WORDS.items():
        start = text.find(word)
        while start != -1:
            spans.append(Span(start, start + len(word), label, word))
            start = text.find(word, start + 1)
    return spans


def random_step(lib, rng: random.Random) -> None:
    ids = lib.search_article_ids("")
    article_id = rng.choice(ids)
    text = lib.get_article(article_id).body_text
    spans = occurrences(text)
    span = rng.choice(spans) if spans else None
    action = rng.randrange(6)
    if action == 0:
        lib.save_recognised([(article_id, rng.sample(spans, rng.randint(0, len(spans))))])
    elif action == 1 and span:
        lib.add_user_entity(article_id, span.start, span.end, rng.choice([span.label, "MISC"]))
    elif action == 2:
        user = [e for e in lib.entities_for(article_id) if e.origin == "user"]
        if user:
            e = rng.choice(user)
            lib.remove_user_entity(article_id, e.start, e.end, e.label)
    elif action == 3 and span:
        lib.suppress_entity(article_id, span.start, span.end, span.label)
    elif action == 4 and span:
        lib.unsuppress_entity(article_id, span.start, span.end, span.label)
    elif action == 5:
        lib.conn.execute("UPDATE sources SET raw_text = ?", (rng.choice([RAW, RAW_REPARSED]),))
        lib.reparse(simple_parse)


@pytest.mark.parametrize("seed", range(8))
def test_counts_match_a_recount_after_random_writes(lib, seed):
    rng = random.Random(seed)
    lib.import_page("p.txt", simple_parse(RAW), raw_text=RAW)
    for step in range(60):
        random_step(lib, rng)
        assert actual_index(lib) == expected_index(lib), f"seed {seed}, step {step}"


def test_counts_follow_suppression_reparse_and_deletion(lib):
    a, b, c = lib.import_page("p.txt", simple_parse(RAW), raw_text=RAW).article_ids
    lib.save_recognised([(i, occurrences(lib.get_article(i).body_text)) for i in (a, b, c)])
    assert actual_index(lib)[("ORG", "学校")] == 3
    start = lib.get_article(c).body_text.index("学校")
    lib.suppress_entity(c, start, start + 2, "ORG")
    assert actual_index(lib)[("ORG", "学校")] == 3  # a second 学校 in article c still counts
    lib.suppress_entity(c, start + 3, start + 5, "ORG")
    assert actual_index(lib)[("ORG", "学校")] == 2
    lib.conn.execute("UPDATE sources SET raw_text = ?", (RAW_REPARSED,))
    report = lib.reparse(simple_parse)
    assert report["articles_removed"] == 1  # article c and its entities are gone
    # Article a's text changed: its recogniser spans wait for the recogniser again.
    assert actual_index(lib) == expected_index(lib) == Counter({("LOC", "呼和浩特"): 1, ("ORG", "学校"): 1, ("PER", "赵晨然"): 1, ("WEATHER", "雪"): 1})


def test_a_failed_write_leaves_the_counts_alone(lib):
    a, *_ = lib.import_page("p.txt", simple_parse(RAW), raw_text=RAW).article_ids
    lib.save_recognised([(a, occurrences(lib.get_article(a).body_text))])
    before = actual_index(lib)
    with pytest.raises(NotFoundError):
        lib.suppress_entity(987, 0, 3, "ORG")
    # Fails when the counts are written, after the entities were replaced:
    # both must roll back together.
    lib.conn.execute(
        "CREATE TEMP TRIGGER fail_on_counts BEFORE UPDATE ON entity_counts BEGIN SELECT RAISE(ABORT, 'boom'); END"
    )
    with pytest.raises(Exception, match="boom"):
        lib.save_recognised([(a, [])])
    assert actual_index(lib) == before == expected_index(lib)


def test_index_filters(lib):
    ids = lib.import_page("p.txt", simple_parse(RAW), raw_text=RAW).article_ids
    lib.save_recognised([(i, occurrences(lib.get_article(i).body_text)) for i in ids])
    assert [(e.text, e.article_count) for e in lib.entity_index("ORG")] == [("学校", 3), ("派出所", 1)]
    assert [e.text for e in lib.entity_index("ORG", limit=1)] == ["学校"]
    assert [e.text for e in lib.entity_index(contains="和浩")] == ["呼和浩特"]
    assert lib.entity_index("ORG", contains="%") == []  # no LIKE wildcards: '%' is a character
    assert [e.label for e in lib.entity_index()][:2] == ["ORG", "WEATHER"]  # most named first, then label
