"""A correction killed half-way (SIGKILL) leaves either all of it or none of it, and every acknowledged one."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.parsing import parse_page
from reader.store.library import Library

HERE = Path(__file__).resolve().parent


def assert_whole(library: Library) -> None:
    """No half-applied correction: every article, index and count agrees with the rest."""
    assert library.integrity_check() == "ok"
    for source in library.pages.all():
        ids = library.articles.ids_of_source(source.id)
        positions = [r[0] for r in library.conn.execute("SELECT position FROM articles WHERE source_id = ? ORDER BY position", (source.id,))]
        assert positions == list(range(len(ids)))
        for article_id in ids:
            row = library.conn.execute("SELECT body_text, blocks_json FROM articles WHERE id = ?", (article_id,)).fetchone()
            lengths = [b["length"] for b in json.loads(row[1])]
            assert sum(lengths) + max(len(lengths) - 1, 0) == len(row[0])
            probe = row[0][:8]
            if probe.strip():
                assert article_id in library.search.article_ids(probe)
    for annotation in library.annotations.of_articles(library.search.article_ids()):
        text = library.articles.body_text(annotation.article_id)
        assert annotation.orphaned or text[annotation.start : annotation.end] == annotation.quote
    recounted = library.conn.execute(
        "SELECT label, text, count(DISTINCT article_id) FROM entities GROUP BY label, text ORDER BY 1, 2"
    ).fetchall()
    assert library.conn.execute("SELECT label, text, articles FROM entity_counts ORDER BY 1, 2").fetchall() == recounted


def test_sigkill_in_the_middle_of_corrections_keeps_every_acknowledged_one_and_no_half(tmp_path):
    path = tmp_path / "library.db"
    rng = random.Random(77)
    acknowledged: set[int] = set()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")])}
    for round_no in range(6):
        child = subprocess.Popen(
            [sys.executable, str(HERE / "correction_kill_worker.py"), str(path), str(round_no)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        for _ in range(rng.randrange(1, 12)):
            line = child.stdout.readline()
            if not line:
                pytest.fail(f"worker died on its own: {child.stderr.read()}")
            acknowledged.add(int(line.split()[1]))
        time.sleep(rng.random() * 0.03)  # land somewhere inside the next correction
        child.kill()
        for line in child.stdout.read().splitlines():
            acknowledged.add(int(line.split()[1]))
        child.wait()
        assert child.returncode == -9
        with Library(path) as library:
            stored = {c.id for c in library.corrections.all()}
            assert acknowledged <= stored
            assert len(stored - acknowledged) <= 1  # at most the one committed as it was killed
            assert_whole(library)
    with Library(path) as library:
        titles = [s.title for s in library.articles.summaries(library.search.article_ids())]
        # What is stored is exactly what the corrections say: parsing again and applying them gives it back.
        report = library.reparse(parse_page)
        assert report["corrections_failed"] == []
        assert [s.title for s in library.articles.summaries(library.search.article_ids())] == titles
        assert_whole(library)
    assert len(acknowledged) >= 6
