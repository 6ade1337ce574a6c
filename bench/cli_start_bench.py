"""How long a command-line command takes from process start to exit.

    .venv/bin/python bench/cli_start_bench.py                   # this checkout, 15 runs of each command
    .venv/bin/python bench/cli_start_bench.py --runs 30
    .venv/bin/python bench/cli_start_bench.py --tree /tmp/old   # another checkout beside this one

Runs ``python -m reader list`` (on a library holding the sample page) and
``python -m reader --help`` as fresh processes, interpreter start included,
and prints the median, min and max of each against the 0.3 s target. With
``--tree`` the commands of each checkout are run in turn (one run of each
tree, then the next round), so a noisy machine affects them alike; the
checkout's own ``reader`` package is used because ``-m`` puts the working
folder first on sys.path.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 0.3
COMMANDS = {"list": ["list", "--library", "{library}"], "--help": ["--help"]}


def run_once(tree: Path, argv: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "reader", *argv], cwd=tree, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="runs of each command (default 15)")
    parser.add_argument("--tree", action="append", type=Path, default=[], metavar="PATH",
                        help="another checkout to measure beside this one (repeatable)")
    args = parser.parse_args(argv)
    trees = [ROOT, *[t.resolve() for t in args.tree]]

    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, READER_DATA_DIR=home, XDG_CONFIG_HOME=home)
        env.pop("PYTHONPATH", None)
        sample = ROOT / "resources" / "samples" / "000_6d112d3a37cca14d.txt"
        libraries = {}
        for number, tree in enumerate(trees):
            # Each checkout makes its own library: their schemas may differ.
            libraries[tree] = Path(home) / f"bench-{number}.db"
            subprocess.run([sys.executable, "-m", "reader", "import", str(sample), "--no-recognise",
                            "--library", str(libraries[tree])], cwd=tree, env=env, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times: dict[tuple[Path, str], list[float]] = {(t, c): [] for t in trees for c in COMMANDS}
        for tree in trees:  # one warm-up each: the OS file cache, .pyc files
            for name, command in COMMANDS.items():
                run_once(tree, [a.format(library=libraries[tree]) for a in command], env)
        for _ in range(args.runs):
            for tree in trees:
                for name, command in COMMANDS.items():
                    times[tree, name].append(run_once(tree, [a.format(library=libraries[tree]) for a in command], env))

    for tree in trees:
        print(f"{tree}:")
        for name in COMMANDS:
            values = times[tree, name]
            median = statistics.median(values)
            verdict = "ok" if median <= TARGET_S else "OVER TARGET"
            print(f"  reader {name:<7} median {median:.3f} s  (min {min(values):.3f}, max {max(values):.3f}, "
                  f"{len(values)} runs)  target {TARGET_S} s: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
