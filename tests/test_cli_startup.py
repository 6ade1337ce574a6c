"""A command starts quickly: nothing heavy is imported that the command does not use.

(The time itself is measured by bench/cli_start_bench.py, not here.)
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# reader.parsing.page is the parser's pipeline; its small text helpers may load.
HEAVY = ("pandas", "numpy", "onnxruntime", "reader.entities", "reader.parsing.page", "PySide6")

_PROBE = """
import json, sys
from reader.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "loaded": [m for m in %r if m in sys.modules]}))
"""


def _loaded_by(argv: list[str], env) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE % (HEAVY,), *argv], capture_output=True, text=True, env=env, check=False
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["code"] == 0, out.stderr
    return result["loaded"]


@pytest.fixture
def env(monkeypatch, tmp_path):
    import os

    return dict(os.environ, READER_DATA_DIR=str(tmp_path))


def test_list_imports_neither_pandas_numpy_the_recogniser_nor_the_parser(env, tmp_path):
    from reader.store.library import Library

    Library(tmp_path / "lib.db").close()  # `list` reads a library; it creates none
    assert _loaded_by(["list", "--library", str(tmp_path / "lib.db")], env) == []


def test_importing_sqlite_utils_lean_leaves_pandas_importable_afterwards(tmp_path):
    probe = (
        "import sys\n"
        "from reader.startup import import_sqlite_utils_lean\n"
        "import_sqlite_utils_lean()\n"
        "assert 'pandas' not in sys.modules and 'numpy' not in sys.modules\n"
        "import sqlite_utils, numpy, pandas\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert out.stdout.strip() == "ok", out.stderr
