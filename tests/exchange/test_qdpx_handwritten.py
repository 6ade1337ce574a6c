"""A `.qdpx` written by hand to the standard, the way other tools write them, reads correctly."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest

from reader.exchange import read_qdpx
from reader.exchange.import_mapping import plan_import

U_ANNA = "{5C94BC9E-DB8C-4F1D-9CD6-E900C7440860}"
TEXT_1 = "𠮷😀 今天的天气很好。\n牧民们赶着羊群转场。"
TEXT_2 = "第二篇：没有编码的文章。"

PROJECT_QDE = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="手写项目" origin="Handwritten 1.0"
         creatingUserGUID="{U_ANNA}" creationDateTime="2019-06-07T03:36:36Z">
  <Users>
    <User guid="{U_ANNA}" name="Anna"/>
    <User guid="6a6ad6a0-0000-4000-8000-00000000000b" name="Ben"/>
  </Users>
  <CodeBook>
    <Codes>
      <Code guid="AAAAAAAA-0000-4000-8000-000000000001" name="自然" isCodable="false">
        <Description>category only</Description>
        <Code guid="AAAAAAAA-0000-4000-8000-000000000002" name="天气" isCodable="true" color="#ABC"/>
        <Code guid="AAAAAAAA-0000-4000-8000-000000000003" name="其他" isCodable="true" color="#112233"/>
      </Code>
      <Code guid="AAAAAAAA-0000-4000-8000-000000000004" name="生计" isCodable="true" color="#445566">
        <Code guid="AAAAAAAA-0000-4000-8000-000000000005" name="其他" isCodable="true"/>
        <Code guid="AAAAAAAA-0000-4000-8000-000000000006" name="放牧" isCodable="true" color="#778899"/>
      </Code>
    </Codes>
  </CodeBook>
  <Variables>
    <Variable guid="BBBBBBBB-0000-4000-8000-000000000001" name="Date" typeOfVariable="Date"/>
    <Variable guid="BBBBBBBB-0000-4000-8000-000000000002" name="Interviewer" typeOfVariable="Text"/>
  </Variables>
  <Cases>
    <Case guid="CCCCCCCC-0000-4000-8000-000000000001" name="Case A"/>
  </Cases>
  <Sources>
    <TextSource guid="DDDDDDDD-0000-4000-8000-000000000001" name="天气与转场"
                plainTextPath="internal://DDDDDDDD-0000-4000-8000-000000000001.txt"
                creatingUser="{U_ANNA}" creationDateTime="2019-06-07T03:36:36Z">
      <Description>a text with characters outside the BMP before its selections</Description>
      <PlainTextSelection guid="EEEEEEEE-0000-4000-8000-000000000001" name="" startPosition="6" endPosition="8"
                          creatingUser="{U_ANNA}" creationDateTime="2019-06-07T03:40:00Z">
        <Description>晴天</Description>
        <Coding guid="FFFFFFFF-0000-4000-8000-000000000001" creatingUser="{U_ANNA}">
          <CodeRef targetGUID="AAAAAAAA-0000-4000-8000-000000000002"/>
        </Coding>
        <NoteRef targetGUID="99999999-0000-4000-8000-000000000001"/>
      </PlainTextSelection>
      <PlainTextSelection guid="EEEEEEEE-0000-4000-8000-000000000002" startPosition="12" endPosition="22"
                          creatingUser="6a6ad6a0-0000-4000-8000-00000000000b">
        <Coding guid="FFFFFFFF-0000-4000-8000-000000000002" creatingUser="6a6ad6a0-0000-4000-8000-00000000000b">
          <CodeRef targetGUID="AAAAAAAA-0000-4000-8000-000000000006"/>
        </Coding>
        <Coding guid="FFFFFFFF-0000-4000-8000-000000000003">
          <CodeRef targetGUID="CCCCCCCC-0000-4000-8000-000000000001"/>
        </Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="EEEEEEEE-0000-4000-8000-000000000003" startPosition="0" endPosition="{len(TEXT_1)}">
        <Coding guid="FFFFFFFF-0000-4000-8000-000000000004" creatingUser="{U_ANNA}">
          <CodeRef targetGUID="AAAAAAAA-0000-4000-8000-000000000005"/>
        </Coding>
      </PlainTextSelection>
      <NoteRef targetGUID="99999999-0000-4000-8000-000000000002"/>
      <VariableValue>
        <VariableRef targetGUID="BBBBBBBB-0000-4000-8000-000000000001"/>
        <DateValue>2019-04-02</DateValue>
      </VariableValue>
      <VariableValue>
        <VariableRef targetGUID="BBBBBBBB-0000-4000-8000-000000000002"/>
        <TextValue>Anna</TextValue>
      </VariableValue>
    </TextSource>
    <TextSource guid="DDDDDDDD-0000-4000-8000-000000000002" name="内嵌文本">
      <PlainTextContent>{TEXT_2}</PlainTextContent>
    </TextSource>
    <PictureSource guid="DDDDDDDD-0000-4000-8000-000000000003" name="照片" path="internal://photo.png"/>
  </Sources>
  <Notes>
    <Note guid="99999999-0000-4000-8000-000000000001" name="selection memo" creatingUser="{U_ANNA}">
      <PlainTextContent>说的是天气</PlainTextContent>
    </Note>
    <Note guid="99999999-0000-4000-8000-000000000002" name="document memo"
          plainTextPath="internal://99999999-0000-4000-8000-000000000002.txt"/>
  </Notes>
</Project>
"""


@pytest.fixture
def handwritten(tmp_path):
    path = tmp_path / "handwritten.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", PROJECT_QDE)
        # QualCoder writes source texts with a byte-order mark; positions do not count it.
        archive.writestr("Sources/DDDDDDDD-0000-4000-8000-000000000001.txt", "\ufeff".encode() + TEXT_1.encode())
        archive.writestr("Sources/99999999-0000-4000-8000-000000000002.txt", "整篇的备忘".encode())
    return path


def test_selections_after_non_bmp_characters_select_the_intended_text(handwritten):
    project = read_qdpx(handwritten).project
    source = project.sources[0]
    assert source.text == TEXT_1
    picked = [source.text[s.start : s.end] for s in source.selections[:2]]
    assert picked == ["天气", "牧民们赶着羊群转场。"]


def test_nested_codes_colours_and_guids_are_read(handwritten):
    project = read_qdpx(handwritten).project
    nature, living = project.codes
    assert (nature.name, nature.codable, nature.description) == ("自然", False, "category only")
    assert [(c.name, c.color) for c in nature.children] == [("天气", "#aabbcc"), ("其他", "#112233")]
    assert [c.name for c in living.children] == ["其他", "放牧"]
    assert nature.guid == "aaaaaaaa-0000-4000-8000-000000000001"
    assert project.users[0].guid == "5c94bc9e-db8c-4f1d-9cd6-e900c7440860"


def test_notes_come_inline_or_from_a_file_in_the_archive(handwritten):
    project = read_qdpx(handwritten).project
    assert {n.name: n.text for n in project.notes} == {"selection memo": "说的是天气", "document memo": "整篇的备忘"}
    assert project.sources[1].text == TEXT_2


def test_what_reader_cannot_hold_is_listed_with_its_reason(handwritten):
    skipped = read_qdpx(handwritten).skipped
    kinds = {(s.kind, s.name) for s in skipped}
    assert ("PictureSource", "照片") in kinds
    assert ("Cases", None) in kinds
    assert any(s.kind == "Coding" and "not a code" in s.reason for s in skipped)


def test_import_plan_turns_codes_into_tags_and_selections_into_passages(handwritten):
    result = read_qdpx(handwritten)
    plan = plan_import(result.project, result.skipped)
    # the category is no tag; the two codes called 其他 are told apart by their path
    assert plan.tags == [
        ("天气", "#aabbcc"), ("自然 / 其他", "#112233"), ("生计", "#445566"), ("生计 / 其他", None), ("放牧", "#778899"),
    ]  # fmt: skip
    first = plan.articles[0]
    assert [(TEXT_1[p.start : p.end], p.tag, p.note, p.coder) for p in first.passages] == [
        ("天气", "天气", "晴天\n\n说的是天气", "Anna"),
        ("牧民们赶着羊群转场。", "放牧", None, "Ben"),
    ]
    assert [(t.tag, t.coder) for t in first.tags] == [("生计 / 其他", "Anna")]
    assert [(n.text, n.coder) for n in first.notes] == [("整篇的备忘", "Anna")]
    assert first.identity.date == date(2019, 4, 2)
    assert set(plan.coders) == {"Anna", "Ben"}
    assert any(s.kind == "VariableValue" and "Interviewer" in s.reason for s in plan.skipped)
    assert plan.articles[1].passages == [] and plan.articles[1].tags == []
