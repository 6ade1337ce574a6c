"""Changing an entity's type: one transaction, its own inverse, the index's counts kept right."""

from __future__ import annotations

import pytest

from reader.model import Span
from reader.store.errors import InvalidInputError


@pytest.fixture
def recognised(lib, two_pages):
    first = two_pages[0]
    body = lib.articles.body_text(first)
    start = body.index("赵晨然")
    lib.recognition.save([(first, [Span(start, start + 3, "PER", "赵晨然")])])
    return first, start, start + 3


def shown(lib, article_id):
    return [(e.start, e.end, e.label, e.origin) for e in lib.entities.of_article(article_id)]


def counts(lib):
    return {(e.label, e.text): e.article_count for e in lib.entities.index()}


def rows(lib, article_id):
    entities = lib.db.execute(
        'SELECT start, "end", label, origin FROM entities WHERE article_id = ? ORDER BY id', (article_id,)
    ).fetchall()
    return entities, lib.entities.suppressions(article_id)


def test_a_recognised_entity_changes_type_and_back_exactly(lib, recognised):
    article, start, end = recognised
    before_rows, before_counts = rows(lib, article), counts(lib)
    record = lib.entities.relabel(article, start, end, "PER", "ORG")
    assert (record.label, record.origin, record.text) == ("ORG", "user", "赵晨然")
    assert shown(lib, article) == [(start, end, "ORG", "user")]
    assert counts(lib) == {("ORG", "赵晨然"): 1}
    back = lib.entities.relabel(article, start, end, "ORG", "PER")
    assert back.origin == "auto"  # the recogniser's own span, not a copy
    assert rows(lib, article) == before_rows and counts(lib) == before_counts


def test_a_users_entity_changes_type(lib, two_pages):
    article = two_pages[1]
    body = lib.articles.body_text(article)
    start = body.index("呼和浩特")
    lib.entities.add(article, start, start + 4, "ORG")
    lib.entities.relabel(article, start, start + 4, "ORG", "LOC")
    assert shown(lib, article) == [(start, start + 4, "LOC", "user")]
    assert counts(lib) == {("LOC", "呼和浩特"): 1}
    assert lib.entities.user_dictionary() == {"呼和浩特": "LOC"}


def test_no_entity_there_is_an_error_and_changes_nothing(lib, recognised):
    article, start, end = recognised
    before = rows(lib, article), counts(lib)
    with pytest.raises(InvalidInputError, match="shows no LOC entity"):
        lib.entities.relabel(article, start, end, "LOC", "ORG")
    with pytest.raises(InvalidInputError, match="already"):
        lib.entities.relabel(article, start, end, "PER", "PER")
    assert (rows(lib, article), counts(lib)) == before


def test_a_suppressed_entity_cannot_be_relabelled(lib, recognised):
    article, start, end = recognised
    lib.entities.suppress(article, start, end, "PER")
    with pytest.raises(InvalidInputError):
        lib.entities.relabel(article, start, end, "PER", "LOC")


def test_it_is_one_transaction(lib, recognised, monkeypatch):
    article, start, end = recognised
    before = rows(lib, article), counts(lib)
    real = lib.db.execute

    def failing(sql, params=()):
        if sql.startswith("INSERT INTO entities"):
            raise RuntimeError("disk gone")
        return real(sql, params)

    monkeypatch.setattr(lib.db, "execute", failing)
    with pytest.raises(RuntimeError):
        lib.entities.relabel(article, start, end, "PER", "LOC")
    monkeypatch.setattr(lib.db, "execute", real)
    assert (rows(lib, article), counts(lib)) == before  # the suppression before the failure was rolled back
