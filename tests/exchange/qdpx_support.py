"""Library-shaped records with the awkward cases in them, and a checker for exported files."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, timezone
from pathlib import Path

from lxml import etree

from reader.exchange.records import ArticleRecord, NoteUse, PageIdentity, Passage, TagUse
from reader.exchange.schema import project_schema

T0 = datetime(2024, 3, 1, 8, 30, tzinfo=timezone.utc)
T1 = datetime(2024, 3, 2, 9, 0, tzinfo=timezone.utc)

# 𠮷 and an emoji lie before the first passage, so code points and UTF-16 units differ there.
BODY_1 = "𠮷野家门前😀排起长队。\n春耕时节，农民忙于播种。"
BODY_2 = "草原上的牧民迎来了接羔季。"


def sample_records() -> list[ArticleRecord]:
    quote = "春耕时节"
    start = BODY_1.index(quote)
    return [
        ArticleRecord(
            page_key="page-a",
            position=0,
            title="春耕忙",
            body=BODY_1,
            identity=PageIdentity("内蒙古日报", date(2019, 4, 2), "3", "农村牧区"),
            page_name="000_a.txt",
            byline="记者 王华",
            tags=(TagUse("农业", "alice", T0), TagUse("民生", "alice", T1), TagUse("农业", "bob", T1)),
            notes=(NoteUse("值得跟进 & 核实 <来源>", "alice", T0, T1),),
            passages=(
                Passage(start, start + len(quote), "农业", "节气\n用语", "alice", T0, T1),
                Passage(0, 1, None, "生僻字", "bob", T1, T1),
                Passage(start, start + len(quote), "民生", None, "bob", T1, T1),
            ),
        ),
        ArticleRecord(page_key="page-a", position=1, title="接羔", body=BODY_2),
    ]


TAGS = [("农业", "#33aa55"), ("民生", "#aa00cc"), ("空标签", None)]
CODERS = ["alice", "bob"]


def project_xml(path: Path) -> etree._ElementTree:
    with zipfile.ZipFile(path) as archive:
        return etree.ElementTree(etree.fromstring(archive.read("project.qde")))


def assert_valid_export(path: Path) -> etree._ElementTree:
    """Every export is checked here: project.qde validates and every text it names is in the zip."""
    tree = project_xml(path)
    schema = project_schema()
    assert schema.validate(tree), [f"line {e.line}: {e.message}" for e in schema.error_log]
    ns = {"q": "urn:QDA-XML:project:1.0"}
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
    for source in tree.iterfind(".//q:TextSource", ns):
        entry = "sources/" + source.get("plainTextPath").removeprefix("internal://")
        assert entry in names
    return tree
