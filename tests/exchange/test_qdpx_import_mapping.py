"""What reader exports comes back from the file as the same tags, passages, notes and page identity."""

from __future__ import annotations

from qdpx_support import CODERS, TAGS, T0, sample_records
from reader.exchange import read_qdpx, write_qdpx
from reader.exchange.import_mapping import place_passages, plan_import
from reader.exchange.library_mapping import build_project
from reader.exchange.text_layout import split_article_text


def test_export_then_import_plan_gives_back_the_records(tmp_path):
    records = sample_records()
    write_qdpx(build_project("p", records, tags=TAGS, coders=CODERS, created=T0), tmp_path / "p.qdpx")
    result = read_qdpx(tmp_path / "p.qdpx")
    plan = plan_import(result.project, result.skipped)
    assert plan.skipped == []
    assert plan.tags == TAGS
    assert sorted(plan.coders) == CODERS
    for record, article in zip(records, plan.articles, strict=True):
        layout = split_article_text(article.text)
        assert (layout.title, layout.body) == (record.title, record.body)
        placed, skipped = place_passages(article.text, layout, article.passages, article.name)
        assert skipped == []
        assert sorted(placed, key=repr) == sorted(record.passages, key=repr)
        assert sorted(article.tags, key=repr) == sorted(record.tags, key=repr)
        assert article.notes == list(record.notes)
        assert article.identity == record.identity


def test_a_whole_text_selection_with_only_a_note_is_an_article_note(tmp_path):
    records = sample_records()
    project = build_project("p", records, tags=TAGS, coders=CODERS)
    source = project.sources[1]
    from reader.exchange.model import Note, Selection

    project.notes.append(Note("12345678-0000-4000-8000-000000000000", "整篇"))
    source.selections.append(Selection("12345678-0000-4000-8000-000000000001", 0, len(source.text),
                                       note_refs=["12345678-0000-4000-8000-000000000000"]))  # fmt: skip
    plan = plan_import(project)
    article = plan.articles[1]
    assert article.passages == []
    assert [n.text for n in article.notes] == ["整篇"]
