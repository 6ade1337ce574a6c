"""Timelines, facets, top entities, co-occurrence and tag matrices against counts made by hand; aliases."""

from __future__ import annotations

import math
import random
from collections import Counter
from itertools import combinations

import pytest

from reader.model import Page, PageMeta, Span
from reader.store.library import Library
from reader.store.concordance import KwicSource
from reader.store.search import ArticleFilter
from store_support import article

PEOPLE = ("赵晨然", "韩雪", "王明", "李华", "𠮷祥")
PLACES = ("呼和浩特市", "呼市", "包头市", "赤峰")


def _with_names(seed: int = 5):
    """A library whose articles name known people and places (in the text, so the spans are kept)."""
    rng = random.Random(seed)
    library = Library()
    truth: dict[int, dict] = {}
    for number in range(30):
        meta = PageMeta(newspaper=rng.choice(("甲报", "乙报", "丙报")), section=rng.choice(("要闻", "社会")),
                        date=f"2023-{rng.randint(1, 12):02d}-{rng.randint(10, 28)}" if number % 7 else None,
                        origins={"newspaper": "header", "date": "header", "section": "header"})  # fmt: skip
        arts, names = [], []
        for _ in range(rng.randint(1, 3)):
            people = rng.sample(PEOPLE, rng.randint(0, 3))
            places = rng.sample(PLACES, rng.randint(0, 2))
            body = "据报道，" + "，".join(people + places) + "。民警" * rng.randint(0, 2)
            arts.append(article("题", body))
            names.append([("PER", p) for p in people] + [("LOC", p) for p in places])
        ids = library.pages.add(f"p{number}.txt", Page(arts, meta=meta)).article_ids
        spans = []
        for article_id, entity_list in zip(ids, names):
            body = library.articles.body_text(article_id)
            found = []
            for label, text in entity_list:
                at = body.find(text)
                found.append(Span(at, at + len(text), label, text))
            spans.append((article_id, found))
            truth[article_id] = {"meta": meta, "entities": set(entity_list), "body": body}
        library.recognition.save(spans)
    return library, truth


@pytest.fixture
def named():
    library, truth = _with_names()
    yield library, truth
    library.close()


def test_monthly_timeline_counts_every_article_once(named):
    library, truth = named
    rows = library.statistics.counts("month")
    expected = Counter(t["meta"].date[:7] if t["meta"].date else None for t in truth.values())
    assert {r.key: r.articles for r in rows if r.articles} == dict(expected)
    keys = [r.key for r in rows if r.key]
    assert keys == sorted(keys) and len(keys) == len(set(keys))
    assert sum(r.articles for r in rows) == len(truth)


def test_a_measure_is_counted_within_each_period_and_per_thousand(named):
    library, truth = named
    rows = library.statistics.counts("quarter", measure=ArticleFilter(query="民警"))
    for row in rows:
        members = [t for t in truth.values() if _quarter(t["meta"].date) == row.key]
        assert row.articles == len(members)
        hits = sum(1 for t in members if "民警" in t["body"])
        assert row.matching == hits
        assert row.per_thousand == pytest.approx(1000 * hits / len(members) if members else 0)


def _quarter(date):
    return None if date is None else f"{date[:4]}-Q{(int(date[5:7]) + 2) // 3}"


def test_facets_and_a_filter(named):
    library, truth = named
    rows = library.statistics.counts("newspaper", ArticleFilter(section="要闻"), ArticleFilter(entity=("PER", "韩雪")))
    for row in rows:
        members = [t for t in truth.values() if t["meta"].newspaper == row.key and t["meta"].section == "要闻"]
        assert row.articles == len(members)
        assert row.matching == sum(1 for t in members if ("PER", "韩雪") in t["entities"])


def test_top_entities_and_cooccurrence_equal_a_count_by_hand(named):
    library, truth = named
    per = Counter(e for t in truth.values() for e in t["entities"] if e[0] == "PER")
    top = library.statistics.top_entities("PER")
    assert {(e.label, e.text): e.articles for e in top} == dict(per)
    selection = ArticleFilter(newspaper="甲报")
    chosen = {i: t for i, t in truth.items() if t["meta"].newspaper == "甲报"}
    top_in = library.statistics.top_entities("PER", selection)
    assert {(e.label, e.text): e.articles for e in top_in} == dict(
        Counter(e for t in chosen.values() for e in t["entities"] if e[0] == "PER")
    )
    pairs = library.statistics.cooccurrence("PER", "LOC", selection, top=50)
    expected = Counter()
    for t in chosen.values():
        people = sorted(e for e in t["entities"] if e[0] == "PER")
        places = sorted(e for e in t["entities"] if e[0] == "LOC")
        expected.update((p, q) for p in people for q in places)
    assert {(p.a, p.b): p.together for p in pairs} == dict(expected)
    n = len(chosen)
    for p in pairs:
        na = sum(1 for t in chosen.values() if p.a in t["entities"])
        nb = sum(1 for t in chosen.values() if p.b in t["entities"])
        assert p.pmi == pytest.approx(math.log2(p.together * n / (na * nb)))
        assert p.dice == pytest.approx(2 * p.together / (na + nb))
    same = library.statistics.cooccurrence("PER")
    by_hand = Counter()
    for t in truth.values():
        by_hand.update(combinations(sorted(e for e in t["entities"] if e[0] == "PER"), 2))
    assert {tuple(sorted((p.a, p.b))): p.together for p in same} == dict(by_hand)


def test_tag_matrices(named):
    library, truth = named
    ids = sorted(truth)
    library.tags.add_many(ids[::2], "甲")
    library.tags.add_many(ids[::3], "乙")
    library.annotations.add(ids[1], 0, 1, tag="乙")  # a passage codes its article too
    coded = {"甲": set(ids[::2]), "乙": set(ids[::3]) | {ids[1]}}
    cells = library.statistics.tag_matrix("newspaper")
    expected = Counter((tag, truth[i]["meta"].newspaper) for tag, members in coded.items() for i in members)
    assert {(c.row, c.column): c.articles for c in cells} == dict(expected)
    pairs = {(c.row, c.column): c.articles for c in library.statistics.tag_cooccurrence()}
    assert pairs[("乙", "甲")] == len(coded["甲"] & coded["乙"])
    assert pairs[("甲", "甲")] == len(coded["甲"])
    # A cell's filter gives the articles it counts.
    f = ArticleFilter(coded=("乙", "甲"))
    assert library.search.ids(f) == sorted(coded["甲"] & coded["乙"])


def test_a_click_filter_lists_what_a_bar_counts(named):
    library, truth = named
    for row in library.statistics.counts("month"):
        if row.key is None:
            f = ArticleFilter(undated=True)
        else:
            f = ArticleFilter(date_from=row.key, date_to=row.key)
        assert library.search.count(f) == row.articles


# -- aliases ----------------------------------------------------------------------------------


def test_merging_variants_counts_each_article_once_and_undo_restores(named):
    library, truth = named
    before = {(e.label, e.text): e.article_count for e in library.entities.index("LOC")}
    change = library.aliases.merge("LOC", ["呼市"], "呼和浩特市")
    both = [i for i, t in truth.items() if {("LOC", "呼市"), ("LOC", "呼和浩特市")} & t["entities"]]
    index = {(e.label, e.text): e.article_count for e in library.entities.index("LOC")}
    assert ("LOC", "呼市") not in index
    assert index[("LOC", "呼和浩特市")] == len(both)  # not the sum: an article naming both counts once
    assert library.search.article_ids(entity=("LOC", "呼和浩特市")) == both
    assert library.search.article_ids(entity=("LOC", "呼市")) == both  # an alias filters like its entity
    rows = list(library.concordance.rows(source=KwicSource(entity=("LOC", "呼和浩特市"))))
    assert {r.hit for r in rows} == {"呼市", "呼和浩特市"}
    top = library.statistics.top_entities("LOC", ArticleFilter(newspaper="甲报"))
    assert "呼市" not in {e.text for e in top}
    library.aliases.undo(change)
    assert {(e.label, e.text): e.article_count for e in library.entities.index("LOC")} == before


def test_merging_into_a_variant_merges_into_its_canonical_name_and_chains_follow(named):
    library, _truth = named
    library.aliases.merge("LOC", ["呼市"], "呼和浩特市")
    library.aliases.merge("LOC", ["赤峰"], "呼市")  # 呼市 is a variant: 赤峰 goes to 呼和浩特市
    assert library.aliases.canonical("LOC", "赤峰") == ("LOC", "呼和浩特市")
    library.aliases.merge("LOC", ["呼和浩特市"], "包头市")  # the canonical takes its variants along
    assert {a.text: a.to_text for a in library.aliases.all()} == {"呼市": "包头市", "赤峰": "包头市", "呼和浩特市": "包头市"}


def test_changing_a_type_moves_counts_and_filters(named):
    library, truth = named
    change = library.aliases.change_type("PER", "韩雪", "ORG")
    named_ = [i for i, t in truth.items() if ("PER", "韩雪") in t["entities"]]
    assert "韩雪" not in {e.text for e in library.entities.index("PER")}
    assert {e.text: e.article_count for e in library.entities.index("ORG")}["韩雪"] == len(named_)
    assert library.search.article_ids(entity=("ORG", "韩雪")) == named_
    spans = [e for e in library.entities.of_article(named_[0]) if e.text == "韩雪"]
    assert spans[0].label == "PER" and spans[0].shown_label == "ORG"
    library.aliases.undo(change)
    assert {e.text: e.article_count for e in library.entities.index("PER")}["韩雪"] == len(named_)


def test_index_counts_stay_right_when_recognition_runs_again_after_a_merge(named):
    library, truth = named
    library.aliases.merge("PER", ["王明"], "李华")
    article_id = next(i for i, t in truth.items() if ("PER", "王明") in t["entities"])
    library.recognition.save([(article_id, [])])  # its entities are gone now
    expected = sum(1 for i, t in truth.items() if i != article_id and {("PER", "王明"), ("PER", "李华")} & t["entities"])
    assert {e.text: e.article_count for e in library.entities.index("PER")}["李华"] == expected


def test_suggestions_come_from_containment_and_short_forms():
    from reader.alias_suggestions import suggest

    found = suggest("LOC", [("呼和浩特市", 9), ("呼市", 4), ("呼和浩特", 2), ("赤峰市", 3)])
    assert {(s.variant, s.canonical, s.reason) for s in found} == {
        ("呼市", "呼和浩特市", "short form"), ("呼和浩特", "呼和浩特市", "containment"),
    }  # fmt: skip
    org = suggest("ORG", [("呼和浩特市公安局赛罕分局", 5), ("赛罕分局", 3), ("公安局", 9), ("分局", 2)])
    assert [(s.variant, s.canonical) for s in org] == [("赛罕分局", "呼和浩特市公安局赛罕分局")]
    assert suggest("PER", [("王明", 3), ("王明明", 2)]) == []  # a longer name is another person
