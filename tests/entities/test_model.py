"""The batched LAC wrapper: exact decoding, batching, laziness."""

import numpy as np

from reader.entities import Recogniser
from reader.entities.lac_model import _plan_batches, tags_to_tokens, viterbi_batch, viterbi_reference


def test_constructing_does_not_load_the_model():
    assert Recogniser().loaded is False


def test_pruned_viterbi_equals_full_viterbi(recogniser):
    model = recogniser._model
    rng = np.random.default_rng(7)
    # Emissions of several scales: flat ones force the full max-plus step.
    for scale in (0.05, 0.3, 3.0):
        emissions = rng.normal(scale=scale, size=(16, 30, 49)).astype(np.float32)
        assert (viterbi_batch(emissions, model._transitions) == viterbi_reference(emissions, model._transitions)).all()


def test_batched_tags_equal_one_sentence_at_a_time(recogniser):
    model = recogniser._model
    sents = ["张三在北京市工作。", "赤峰市公安局交管支队翁牛特旗大队红山中队民警赶到。", "好", "李四去上海。"]
    together = model.tag(sents)
    for sent, tags in zip(sents, together):
        assert len(tags) == len(sent)
        assert (model.tag([sent])[0] == tags).all()


def test_batches_hold_one_length_by_default():
    lengths = [50, 3, 51, 50, 0, 10, 52, 50, 50]
    plan = _plan_batches(lengths, batch_size=2)
    assert sorted(i for b in plan for i in b) == [0, 1, 2, 3, 5, 6, 7, 8]  # the empty one is skipped
    for batch in plan:
        assert len(batch) <= 2
        assert len({lengths[i] for i in batch}) == 1


def test_batches_may_mix_close_lengths_when_asked():
    lengths = [50, 3, 51, 50, 10, 52]
    for batch in _plan_batches(lengths, batch_size=3, max_pad=2):
        assert max(lengths[i] for i in batch) - min(lengths[i] for i in batch) <= 2


def test_tags_to_tokens_splits_words():
    # PER-B PER-I O LOC-B LOC-I LOC-I
    tokens = tags_to_tokens(np.array([16, 17, 48, 18, 19, 19]))
    assert [(t.start, t.end, t.pos) for t in tokens] == [(0, 2, "PER"), (2, 3, "O"), (3, 6, "LOC")]


def test_load_from_many_threads_creates_one_session(monkeypatch):
    import threading

    import onnxruntime

    created = []
    real_session = onnxruntime.InferenceSession

    def counting_session(*args, **kwargs):
        created.append(1)
        return real_session(*args, **kwargs)

    monkeypatch.setattr(onnxruntime, "InferenceSession", counting_session)
    rec = Recogniser()
    threads = [threading.Thread(target=rec.load) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    rec.load()
    assert rec.loaded
    assert len(created) == 1
