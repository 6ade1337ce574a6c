"""Bad `.qdpx` files: one error class, a message that says what is wrong, and nothing changed."""

from __future__ import annotations

import hashlib
import zipfile

import pytest

from qdpx_support import CODERS, TAGS, sample_records
from reader.exchange import QdpxError, read_qdpx, write_qdpx
from reader.exchange.archive import Limits
from reader.exchange.library_mapping import build_project

GOOD_SOURCE = "DDDDDDDD-0000-4000-8000-000000000001"


def _qde(selection: str = 'startPosition="0" endPosition="2"', path: str = f"internal://{GOOD_SOURCE}.txt") -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="p">'
        '<CodeBook><Codes><Code guid="AAAAAAAA-0000-4000-8000-000000000001" name="c" isCodable="true"/></Codes></CodeBook>'
        f'<Sources><TextSource guid="{GOOD_SOURCE}" name="s" plainTextPath="{path}">'
        f'<PlainTextSelection guid="EEEEEEEE-0000-4000-8000-000000000001" {selection}>'
        '<Coding guid="FFFFFFFF-0000-4000-8000-000000000001"><CodeRef targetGUID="AAAAAAAA-0000-4000-8000-000000000001"/>'
        "</Coding></PlainTextSelection></TextSource></Sources></Project>"
    )


def _zip(path, entries: dict[str, bytes | str]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _fails(path, *fragments, **kwargs):
    before = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    listing = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(QdpxError) as caught:
        read_qdpx(path, **kwargs)
    message = str(caught.value)
    assert message.startswith(path.name + ": ")
    for fragment in fragments:
        assert fragment in message
    # reading changes nothing: the file is as it was and nothing was unpacked beside it
    if before is not None:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in path.parent.iterdir()) == listing
    return message


def test_a_good_file_reads(tmp_path):
    path = _zip(tmp_path / "ok.qdpx", {"project.qde": _qde(), f"sources/{GOOD_SOURCE}.txt": "𠮷字"})
    assert read_qdpx(path).project.sources[0].selections[0].end == 2


def test_not_a_zip(tmp_path):
    path = tmp_path / "notes.qdpx"
    path.write_text("just text", encoding="utf-8")
    _fails(path, "not a zip archive")


def test_missing_file_and_folder(tmp_path):
    _fails(tmp_path / "absent.qdpx", "does not exist")
    (tmp_path / "folder.qdpx").mkdir()
    _fails(tmp_path / "folder.qdpx", "folder")


def test_no_project_qde(tmp_path):
    _fails(_zip(tmp_path / "empty.qdpx", {"sources/a.txt": "x"}), "no project.qde")


def test_project_qde_that_is_not_xml(tmp_path):
    _fails(_zip(tmp_path / "broken.qdpx", {"project.qde": "<Project name='p'>"}), "not well-formed XML", "line 1")


def test_xml_that_does_not_validate(tmp_path):
    bad = _qde().replace('isCodable="true"', 'isCodable="maybe"')
    message = _fails(_zip(tmp_path / "invalid.qdpx", {"project.qde": bad, f"sources/{GOOD_SOURCE}.txt": "ab"}),
                     "does not follow the REFI-QDA schema")  # fmt: skip
    assert "isCodable" in message


def test_xml_of_another_kind(tmp_path):
    _fails(_zip(tmp_path / "other.qdpx", {"project.qde": "<html><body/></html>"}), "REFI-QDA schema")


@pytest.mark.parametrize(
    "selection, counted",
    [('startPosition="0" endPosition="3"', "0 to 3"), ('startPosition="-1" endPosition="1"', "-1 to 1"),
     ('startPosition="2" endPosition="1"', "2 to 1")],
)  # fmt: skip
def test_positions_outside_the_text(tmp_path, selection, counted):
    # "𠮷字" is 2 code points (3 UTF-16 units): an end of 3 would fit only if positions were UTF-16
    path = _zip(tmp_path / "outside.qdpx", {"project.qde": _qde(selection), f"sources/{GOOD_SOURCE}.txt": "𠮷字"})
    _fails(path, counted, "outside its text of 2 characters", "code points")


def test_missing_source_file(tmp_path):
    _fails(_zip(tmp_path / "nosource.qdpx", {"project.qde": _qde()}), "is missing from the archive", GOOD_SOURCE)


def test_source_path_escaping_the_archive(tmp_path):
    path = _zip(tmp_path / "escape.qdpx", {"project.qde": _qde(path="internal://../../etc/passwd")})
    _fails(path, "points outside the archive")


def test_archive_entry_escaping_the_archive(tmp_path):
    path = _zip(tmp_path / "slip.qdpx", {"project.qde": _qde(), "../../evil.txt": "x", f"sources/{GOOD_SOURCE}.txt": "ab"})
    _fails(path, "«../../evil.txt» points outside the archive")
    path = _zip(tmp_path / "abs.qdpx", {"project.qde": _qde(), "/etc/evil": "x"})
    _fails(path, "points outside the archive")


def test_zip_bomb(tmp_path):
    # 8 MB of zeros packs into ~8 kB: far over 200 times its packed size
    path = _zip(tmp_path / "bomb.qdpx", {"project.qde": _qde(), f"sources/{GOOD_SOURCE}.txt": b"\0" * (8 << 20)})
    _fails(path, "zip bomb", "sources/")


def test_huge_entry(tmp_path):
    text = "字" * 4000  # 12,000 bytes
    path = _zip(tmp_path / "huge.qdpx", {"project.qde": _qde(), f"sources/{GOOD_SOURCE}.txt": text})
    _fails(path, "larger than allowed", limits=Limits(entry_bytes=10_000))
    _fails(path, "project.qde", "larger than allowed", limits=Limits(project_bytes=500))
    _fails(path, "unpacks to more than", limits=Limits(total_bytes=5_000))


def test_a_lying_size_in_the_zip_header_is_refused(tmp_path):
    path = _zip(tmp_path / "liar.qdpx", {"project.qde": _qde(), f"sources/{GOOD_SOURCE}.txt": "字" * 4000})
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(f"sources/{GOOD_SOURCE}.txt")
    # shrink the stated size in both headers to 10 bytes; the real data is 12,000
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = int.from_bytes(data[central + 28 : central + 30], "little")
        name = bytes(data[central + 46 : central + 46 + name_length]).decode()
        if name.startswith("sources/"):
            data[central + 24 : central + 28] = (10).to_bytes(4, "little")
        central = data.find(b"PK\x01\x02", central + 4)
    data[info.header_offset + 22 : info.header_offset + 26] = (10).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    # the inflater stops at the stated size, and the checksum then gives the lie away
    _fails(path, "damaged", limits=Limits(entry_bytes=1_000))


def test_doctype_and_entities_are_refused(tmp_path):
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<Project xmlns="urn:QDA-XML:project:1.0" name="&b;"/>'
    )
    _fails(_zip(tmp_path / "laughs.qdpx", {"project.qde": bomb}), "DOCTYPE")


def test_source_text_that_is_not_utf8(tmp_path):
    path = _zip(tmp_path / "gbk.qdpx", {"project.qde": _qde(), f"sources/{GOOD_SOURCE}.txt": "天气".encode("gbk")})
    _fails(path, "is not UTF-8 text")


def test_damaged_entry(tmp_path):
    path = _zip(tmp_path / "crc.qdpx", {"project.qde": _qde(), f"sources/{GOOD_SOURCE}.txt": "天气很好" * 100})
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(f"sources/{GOOD_SOURCE}.txt")
    start = info.header_offset + 30 + len(info.filename) + 5
    data[start : start + 4] = b"\xff\xff\xff\xff"
    path.write_bytes(bytes(data))
    _fails(path, "damaged")


def test_writing_to_a_folder_that_does_not_exist(tmp_path):
    project = build_project("x", sample_records(), tags=TAGS, coders=CODERS)
    with pytest.raises(QdpxError, match="cannot be written"):
        write_qdpx(project, tmp_path / "no" / "such" / "p.qdpx")
