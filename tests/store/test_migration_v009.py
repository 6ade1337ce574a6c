"""Migration 9: the search index rebuilt with a column per field and folding; entity aliases."""

from __future__ import annotations

from old_schemas import build
from reader.store.library import Library


def test_an_old_library_searches_bylines_and_both_scripts_after_the_upgrade(tmp_path):
    path = tmp_path / "old.db"
    build(path, 5)
    with Library(path) as library:
        assert library.search.article_ids("byline:王明") == [1]  # the byline was not indexed before
        assert library.search.article_ids("title:旧标题") == [1]
        assert library.search.article_ids("舊標題") == [1]  # traditional finds simplified
        assert library.search.article_ids("title:下雪") == []
        library.conn.execute("INSERT INTO article_search(article_search) VALUES ('integrity-check')")
        # The rebuilt index forgets an article's old tokens when its text changes (contentless FTS5
        # needs the very tokens it holds, which are now the folded ones).
        stored = library.articles.get(1).article
        stored.title = "新標題"
        with library.db.write():
            library.articles.replace(1, "旧标题", stored.body_text, stored)
        assert library.search.article_ids("旧标题") == [] and library.search.article_ids("新标题") == [1]
        library.conn.execute("INSERT INTO article_search(article_search) VALUES ('integrity-check')")
        assert library.aliases.all() == []
        columns = [r[1] for r in library.conn.execute("PRAGMA table_info(entity_aliases)")]
        assert columns == ["label", "text", "to_label", "to_text", "created"]
