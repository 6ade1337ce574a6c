"""Benchmark of the REFI-QDA format layer alone (no library): write, validate, read.

    .venv/bin/python bench/qdpx_bench.py                          # 100,000 articles, 50,000 passages
    .venv/bin/python bench/qdpx_bench.py --articles 2000 --validators   # lxml against xmlschema

Articles come from tests/support/synthetic.py, each grown to about --chars characters;
every other article gets a passage annotation with a tag and a note, every
fifth an article tag, two coders take turns. Prints the time to build and
write the `.qdpx` (ProjectBuilder + QdpxWriter, streaming), its size, the
time lxml takes to validate project.qde against Project.xsd, and the time to
read it back with read_qdpx (which validates too). --validators also times
the pure-Python xmlschema on the same project.qde, which is how the
validator was chosen.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import benchpath  # noqa: E402,F401  (tests/support on the path)

from reader.exchange import QdpxWriter, read_qdpx  # noqa: E402
from reader.exchange.library_mapping import ProjectBuilder  # noqa: E402
from reader.exchange.records import ArticleRecord, NoteUse, PageIdentity, Passage, TagUse  # noqa: E402
from synthetic import generate_article  # noqa: E402

TAGS = [(f"标签{i}", f"#{(i * 2654435761) & 0xFFFFFF:06x}") for i in range(40)]
CODERS = ["alice", "bob"]


def records(n: int, passages: int, chars: int, seed: int = 7):
    rng = random.Random(seed)
    pool = [generate_article(rng) for _ in range(500)]
    t0 = datetime(2024, 1, 1, tzinfo=timezone.utc)
    every = max(1, n // max(passages, 1)) if passages else 0
    for i in range(n):
        article = pool[i % len(pool)]
        body = article.body_text
        while len(body) < chars:
            body += "\n" + pool[(i * 7 + len(body)) % len(pool)].body_text
        body = body[:chars] + f"（{i}）"
        coder = CODERS[i % 2]
        when = t0 + timedelta(seconds=i)
        ps = ()
        if every and i % every == 0 and i // every < passages:
            start = rng.randrange(0, max(1, len(body) - 20))
            ps = (Passage(start, start + 12, TAGS[i % len(TAGS)][0], "要点", coder, when, when),)
        yield ArticleRecord(
            page_key=f"page{i // 10}",
            position=i % 10,
            title=article.title,
            body=body,
            identity=PageIdentity("内蒙古日报", (t0 + timedelta(days=i // 10)).date(), str(i % 8 + 1), "要闻"),
            page_name=f"page{i // 10}.txt",
            tags=(TagUse(TAGS[i % len(TAGS)][0], coder, when),) if i % 5 == 0 else (),
            notes=(NoteUse("备注", coder, when, when),) if i % 50 == 0 else (),
            passages=ps,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--passages", type=int, default=50_000)
    parser.add_argument("--chars", type=int, default=1000)
    parser.add_argument("--validators", action="store_true", help="time xmlschema against lxml too")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp()) / "bench.qdpx"

    t = time.perf_counter()
    builder = ProjectBuilder("bench", tags=TAGS, coders=CODERS, origin="reader bench")
    with QdpxWriter(out, builder.head()) as writer:
        for record in records(args.articles, args.passages, args.chars):
            source, notes = builder.source(record)
            writer.add_source(source)
            writer.add_notes(notes)
    write_s = time.perf_counter() - t
    with zipfile.ZipFile(out) as archive:
        qde = archive.read("project.qde")
    print(f"articles {args.articles:,}, passages {args.passages:,}, ~{args.chars} chars each")
    print(f"build + write .qdpx: {write_s:.1f} s  ({out.stat().st_size / 1e6:.1f} MB zip, project.qde {len(qde) / 1e6:.1f} MB)")

    from lxml import etree

    from reader.exchange.schema import project_schema

    t = time.perf_counter()
    tree = etree.fromstring(qde, etree.XMLParser(huge_tree=True))
    ok = project_schema().validate(etree.ElementTree(tree))
    print(f"lxml parse + validate project.qde: {time.perf_counter() - t:.2f} s (valid: {ok})")
    if args.validators:
        import xmlschema

        from reader.paths import resource_path

        t = time.perf_counter()
        schema = xmlschema.XMLSchema(str(resource_path("refi-qda", "Project.xsd")))
        ok = schema.is_valid(qde.decode("utf-8"))
        print(f"xmlschema load + validate project.qde: {time.perf_counter() - t:.2f} s (valid: {ok})")

    t = time.perf_counter()
    result = read_qdpx(out)
    print(f"read_qdpx (validates, reads every text): {time.perf_counter() - t:.1f} s, {len(result.project.sources):,} sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
