"""The frozen held-out set is whole and unchanged (its files are read, never regenerated)."""

import hashlib
import json
from pathlib import Path

from composer.corpus import HELDOUT_SEEDS

HELDOUT = Path(__file__).resolve().parents[2] / "bench" / "data" / "heldout" / "pdf"


def test_checksums_match():
    lines = (HELDOUT / "SHA256SUMS").read_text("utf-8").splitlines()
    assert len(lines) > 500
    for line in lines:
        digest, name = line.split(maxsplit=1)
        assert hashlib.sha256((HELDOUT / name).read_bytes()).hexdigest() == digest, name


def test_at_least_120_pages_with_three_texts_each_from_reserved_seeds():
    truths = sorted(HELDOUT.glob("*.truth.json"))
    assert len(truths) >= 120
    for path in truths:
        truth = json.loads(path.read_text("utf-8"))
        assert truth["seed"] in HELDOUT_SEEDS
        assert (HELDOUT / truth["pdf"]).exists()
        for name in ("pdftotext", "pdfminer", "pdfium"):
            assert (HELDOUT / truth["texts"][name]).stat().st_size > 1000
