"""The recognition driver: batches, priority, cancelling, progress, the user's dictionary."""

from __future__ import annotations

import pytest

from reader.recognition import recognise_pending
from store_support import FakeRecogniser, article, page


@pytest.fixture
def ids(lib):
    arts = [article(f"第{i}篇", f"派出所民警赵晨然第{i}次巡逻。") for i in range(10)]
    return lib.pages.add("p.txt", page(*arts)).article_ids


def test_recognises_everything_in_batches_and_reports_progress(lib, ids):
    recogniser, seen = FakeRecogniser(), []
    done = recognise_pending(lib, recogniser, batch_size=4, progress=lambda d, t: seen.append((d, t)))
    assert done == 10 and [len(texts) for texts, _ in recogniser.calls] == [4, 4, 2]
    assert seen == [(4, 10), (8, 10), (10, 10)]
    assert lib.recognition.pending_ids() == []
    assert {e.text for e in lib.entities.of_article(ids[3])} == {"派出所", "赵晨然"}
    assert recognise_pending(lib, recogniser) == 0  # nothing left


def test_priority_ids_go_first(lib, ids):
    recogniser, batches = FakeRecogniser(), []
    recognise_pending(lib, recogniser, batch_size=2, priority=lambda: [ids[7], ids[5]], recognised=batches.append)
    assert batches[0] == [ids[7], ids[5]] and sorted(sum(batches, [])) == sorted(ids)


def test_cancelling_stops_between_batches_and_a_later_run_resumes(lib, ids):
    calls = []
    done = recognise_pending(lib, FakeRecogniser(), batch_size=3, cancelled=lambda: len(calls) >= 1, recognised=calls.append)
    assert done == 3 and len(lib.recognition.pending_ids()) == 7
    assert recognise_pending(lib, FakeRecogniser(), batch_size=3) == 7


def test_user_terms_reach_the_recogniser(lib, ids):
    text = lib.articles.get(ids[0]).body_text
    lib.entities.add(ids[0], text.index("巡逻"), text.index("巡逻") + 2, "WORK")
    recogniser = FakeRecogniser()
    recognise_pending(lib, recogniser)
    assert recogniser.calls[0][1] == {"巡逻": "WORK"}
    assert ("巡逻", "user") in {(e.text, e.origin) for e in lib.entities.of_article(ids[0])}


def test_a_recogniser_returning_the_wrong_count_is_an_error(lib, ids):
    class Broken:
        def recognise_many(self, texts, user_terms=None):
            return []

    with pytest.raises(RuntimeError, match="0 results for"):
        recognise_pending(lib, Broken())
