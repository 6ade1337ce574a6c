"""`python -m reader entities`."""

import io
import json
import sys

from reader.cli import main


def test_entities_file_json(tmp_path, capsys):
    path = tmp_path / "page.txt"
    path.write_text("𠮷2月15日上午，包头市固阳县公安局组织培训。", encoding="utf-8")
    assert main(["entities", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"start": 1, "end": 8, "label": "TIME", "text": "2月15日上午"} in out
    assert any(e["label"] == "ORG" and e["text"] == "包头市固阳县公安局" for e in out)


def test_entities_jsonl_from_stdin_keeps_order(monkeypatch, capsys):
    lines = [{"id": "b", "text": "民警李向东在赤峰市工作。"}, {"id": 1, "text": ""}, {"id": "c", "text": "近4万名"}]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n"))
    assert main(["entities", "--jsonl", "-"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == ["b", 1, "c"]
    assert out[1]["entities"] == []
    assert out[2]["entities"] == [{"start": 0, "end": 4, "label": "NUM", "text": "近4万名"}]


def test_entities_needs_an_input(capsys):
    assert main(["entities"]) == 2
