"""``recognise`` always says what it did, even when nothing was pending."""

from __future__ import annotations

import pytest

import reader.entities
from reader.cli import main
from reader.model import Article, Block, Page, Span
from reader.store.library import Library


class FakeRecogniser:
    def recognise_many(self, texts, user_terms=None):
        return [[Span(0, 1, "PER", t[0])] if t else [] for t in texts]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "library.db"
    with Library(path) as library:
        library.pages.add("p.txt", Page([Article(title=f"第{i}篇", body=[Block("paragraph", "张三在北京。")]) for i in range(3)]))
    return path


def test_recognise_reports_what_it_did_and_then_that_nothing_was_pending(capsys, db, monkeypatch):
    monkeypatch.setattr(reader.entities, "Recogniser", FakeRecogniser, raising=False)
    assert main(["recognise", "--library", str(db)]) == 0
    assert capsys.readouterr().out.strip() == "recognised entities in 3 articles; 0 pending"
    assert main(["recognise", "--library", str(db)]) == 0
    assert capsys.readouterr().out.strip() == "recognised entities in 0 articles; 0 pending"
