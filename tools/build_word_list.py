"""Write resources/parser/words.txt: the Chinese words of two to four characters the text parser
uses to tell a headline wrapped inside a word from two headline lines that each end on a word.

    pip download --no-deps -d /tmp/jieba jieba==0.42.1 && tar xzf /tmp/jieba/jieba-0.42.1.tar.gz -C /tmp/jieba
    .venv/bin/python tools/build_word_list.py /tmp/jieba/jieba-0.42.1/jieba/dict.txt

The source is the dictionary of jieba 0.42.1 (MIT licence, © 2013 Sun Junyi), one line per word
«word frequency tag».  Only words made of Han characters, of 2–4 characters and seen at least
MIN_FREQUENCY times are kept: rarer words add size and chance matches, not wraps found.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "parser" / "words.txt"
MIN_FREQUENCY = 20
_HAN_WORD = re.compile(r"[\u3400-\u9fff]{2,4}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dictionary", type=Path, help="jieba's dict.txt")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    words = set()
    with args.dictionary.open(encoding="utf-8") as source:
        for line in source:
            parts = line.split()
            if len(parts) >= 2 and _HAN_WORD.fullmatch(parts[0]) and int(parts[1]) >= MIN_FREQUENCY:
                words.add(parts[0])
    args.out.write_text("".join(word + "\n" for word in sorted(words)), encoding="utf-8")
    print(f"{args.out}: {len(words)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
