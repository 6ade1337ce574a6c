"""Export: the records become a project that validates, reads back the same, and keeps its GUIDs."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest

from qdpx_support import BODY_1, CODERS, TAGS, T0, assert_valid_export, project_xml, sample_records
from reader.exchange import QdpxWriter, read_qdpx, write_qdpx
from reader.exchange.library_mapping import ProjectBuilder, build_project
from reader.exchange.records import ArticleRecord, PageIdentity

NS = {"q": "urn:QDA-XML:project:1.0"}


def _project():
    return build_project("春耕", sample_records(), tags=TAGS, coders=CODERS, origin="reader test", created=T0)


def test_export_validates_and_reads_back_as_the_same_model(tmp_path):
    project = _project()
    write_qdpx(project, tmp_path / "p.qdpx")
    assert_valid_export(tmp_path / "p.qdpx")
    result = read_qdpx(tmp_path / "p.qdpx")
    assert result.skipped == []
    assert result.project == project


def test_source_text_is_title_blank_line_body_in_utf8_without_bom(tmp_path):
    project = _project()
    write_qdpx(project, tmp_path / "p.qdpx")
    source = project.sources[0]
    with zipfile.ZipFile(tmp_path / "p.qdpx") as archive:
        raw = archive.read(f"sources/{source.guid}.txt")
    assert raw == ("春耕忙\n\n" + BODY_1).encode("utf-8")


def test_passage_positions_are_code_points_past_the_title_even_after_non_bmp_characters(tmp_path):
    project = _project()
    write_qdpx(project, tmp_path / "p.qdpx")
    tree = project_xml(tmp_path / "p.qdpx")
    text = ("春耕忙\n\n" + BODY_1)
    starts = sorted(
        (int(s.get("startPosition")), int(s.get("endPosition")))
        for s in tree.iterfind(".//q:PlainTextSelection", NS)
        if s.get("startPosition") != "0"
    )
    assert [text[a:b] for a, b in starts] == ["𠮷", "春耕时节", "春耕时节"]
    # the same span in UTF-16 units would be 3 further on: 𠮷 and 😀 are two units each
    assert starts[1][0] == len("春耕忙\n\n") + BODY_1.index("春耕时节")


def test_article_tags_are_one_whole_text_selection_per_coder_with_a_coding_per_tag():
    project = _project()
    source = project.sources[0]
    whole = [s for s in source.selections if s.start == 0 and s.end == len(source.text)]
    users = {u.guid: u.name for u in project.users}
    codes = {c.guid: c.name for c in project.codes}
    got = sorted((users[s.creating_user], sorted(codes[c.code] for c in s.codings)) for s in whole)
    assert got == [("alice", sorted(["民生", "农业"])), ("bob", ["农业"])]
    for selection in source.selections:
        assert selection.creating_user in users
        assert all(coding.creating_user == selection.creating_user for coding in selection.codings)


def test_notes_are_referenced_from_their_selection_and_their_source():
    project = _project()
    source = project.sources[0]
    notes = {n.guid: n.text for n in project.notes}
    assert [notes[g] for g in source.note_refs] == ["值得跟进 & 核实 <来源>"]
    noted = {source.text[s.start : s.end]: [notes[g] for g in s.note_refs] for s in source.selections if s.note_refs}
    assert noted == {"春耕时节": ["节气\n用语"], "𠮷": ["生僻字"]}


def test_variables_hold_the_page_identity_with_a_date_type(tmp_path):
    project = _project()
    write_qdpx(project, tmp_path / "p.qdpx")
    tree = project_xml(tmp_path / "p.qdpx")
    kinds = {v.get("name"): v.get("typeOfVariable") for v in tree.iterfind(".//q:Variable", NS)}
    assert kinds == {"newspaper": "Text", "date": "Date", "page": "Text", "section": "Text"}
    first = tree.find(".//q:TextSource", NS)
    values = [child.text for vv in first.iterfind("q:VariableValue", NS) for child in vv if child.text]
    assert values == ["内蒙古日报", "2019-04-02", "3", "农村牧区"]
    assert first.get("name") == "春耕忙 (内蒙古日报, 2019-04-02)"
    # an article without a known page identity has no values and just its title as name
    second = tree.findall(".//q:TextSource", NS)[1]
    assert second.findall("q:VariableValue", NS) == [] and second.get("name") == "接羔"


def test_the_same_records_give_the_same_guids_every_time(tmp_path):
    write_qdpx(_project(), tmp_path / "a.qdpx")
    write_qdpx(_project(), tmp_path / "b.qdpx")
    a, b = (project_xml(tmp_path / n) for n in ("a.qdpx", "b.qdpx"))
    guids = lambda tree: [e.get("guid") for e in tree.iter() if e.get("guid")]  # noqa: E731
    assert guids(a) == guids(b)
    assert len(set(guids(a))) == len(guids(a)), "a GUID is used twice"


def test_guids_follow_content_not_order_or_other_articles():
    records = sample_records()
    alone = build_project("x", records[1:], tags=TAGS, coders=CODERS)
    together = build_project("x", list(reversed(records)), tags=TAGS, coders=CODERS)
    assert alone.sources[0].guid == together.sources[0].guid
    edited = ArticleRecord(**{**{f: getattr(records[1], f) for f in records[1].__slots__}, "body": "改过的正文。"})
    assert build_project("x", [edited], tags=TAGS, coders=CODERS).sources[0].guid != alone.sources[0].guid


def test_the_same_article_twice_on_a_page_gets_two_guids():
    record = sample_records()[1]
    project = build_project("x", [record, record], tags=TAGS, coders=CODERS)
    assert project.sources[0].guid != project.sources[1].guid


def test_streaming_writer_gives_what_the_whole_model_gives(tmp_path):
    builder = ProjectBuilder("春耕", tags=TAGS, coders=CODERS, origin="reader test", created=T0)
    with QdpxWriter(tmp_path / "s.qdpx", builder.head()) as writer:
        for record in sample_records():
            source, notes = builder.source(record)
            writer.add_source(source)
            writer.add_notes(notes)
    assert_valid_export(tmp_path / "s.qdpx")
    assert read_qdpx(tmp_path / "s.qdpx").project == _project()


def test_an_empty_library_exports_a_valid_project(tmp_path):
    write_qdpx(build_project("empty", [], tags=[], coders=[]), tmp_path / "e.qdpx")
    assert_valid_export(tmp_path / "e.qdpx")
    assert read_qdpx(tmp_path / "e.qdpx").project.sources == []


def test_control_characters_in_a_note_cannot_break_the_xml(tmp_path):
    project = _project()
    project.notes[0].text = "a\x01b\x0bc\r\nd"
    write_qdpx(project, tmp_path / "c.qdpx")
    assert_valid_export(tmp_path / "c.qdpx")
    assert read_qdpx(tmp_path / "c.qdpx").project.notes[0].text == "a\ufffdb\ufffdc\r\nd"


def test_undeclared_tag_or_coder_is_a_programming_error():
    with pytest.raises(ValueError, match="bob"):
        build_project("x", sample_records(), tags=TAGS, coders=["alice"])


def test_a_failed_export_leaves_no_file_and_keeps_an_earlier_one(tmp_path):
    target = tmp_path / "p.qdpx"
    target.write_bytes(b"earlier export")
    with pytest.raises(RuntimeError):
        with QdpxWriter(target, _project()):
            raise RuntimeError("cancelled")
    assert target.read_bytes() == b"earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.qdpx"]


def test_stable_guids_are_name_based_uuid5_under_readers_namespace():
    import uuid

    from reader.exchange.guids import READER_NAMESPACE, stable_guid

    for parts in (("code", "农业"), ("source", "page-a", 0, "ab" * 32), ("user", "𠮷😀")):
        expected = uuid.uuid5(READER_NAMESPACE, "\x1f".join(map(str, parts)))
        assert stable_guid(*parts) == str(expected)


@pytest.mark.parametrize("identity, expected", [
    (PageIdentity("祁连时报", date(2018, 1, 9)), "(untitled) (祁连时报, 2018-01-09)"),
    (PageIdentity(), "(untitled)"),
])
def test_an_untitled_article_gets_the_untitled_placeholder_as_its_source_name(tmp_path, identity, expected):
    # a photo caption parsed as its own article has no title; an empty name cannot be told apart in a QDA tool
    record = ArticleRecord(page_key="page-c", position=0, title="", body="图为游客在景区拍照。", identity=identity)
    titled = ArticleRecord(page_key="page-c", position=1, title="接羔", body=BODY_1, identity=identity)
    project = build_project("春耕", [record, titled], tags=[], coders=[], origin="reader test", created=T0)
    write_qdpx(project, tmp_path / "p.qdpx")
    names = [s.get("name") for s in project_xml(tmp_path / "p.qdpx").iterfind(".//q:TextSource", NS)]
    assert names[0] == expected
    assert names[1] == expected.replace("(untitled)", "接羔")
