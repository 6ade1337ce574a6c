"""Regression guard on the real sample page's gold (a development example,
not the only test): exact-span micro-F1 must stay high."""

import json
from pathlib import Path

# The parser tests keep a copy of the hand-made gold; tests never read ../shared.
GOLD = Path(__file__).resolve().parents[1] / "parsing" / "fixtures" / "000_6d112d3a37cca14d.gold.json"


def test_sample_gold_micro_f1(recogniser):
    data = json.loads(GOLD.read_text(encoding="utf-8"))
    tp = fp = fn = 0
    for art in data["articles"]:
        text = "\n".join(b["text"] for b in art["body"])
        gold = {(e["start"], e["end"], e["label"]) for e in art["entities"]}
        pred = {(s.start, s.end, s.label) for s in recogniser.recognise(text)}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.9, f"micro-F1 {f1:.3f}"
