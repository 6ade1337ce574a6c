"""The schemas ship with the package and load; the code book schema checks a code book."""

from lxml import etree

from reader.exchange.schema import codebook_schema, project_schema, schema_errors
from reader.paths import resource_path


def test_both_schemas_ship_with_their_licence_notice():
    assert "MIT license" in resource_path("refi-qda", "Project.xsd").read_text(encoding="utf-8")
    notice = resource_path("refi-qda", "LICENSE.txt").read_text(encoding="utf-8")
    assert "Codebook.xsd" in notice and "Copyright 2019 REFI" in notice and "Permission is hereby granted" in notice
    assert project_schema() is project_schema()


def test_codebook_schema_accepts_a_codebook_and_rejects_a_bad_colour():
    good = (
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="x"><Codes>'
        '<Code guid="aaaaaaaa-0000-4000-8000-000000000001" name="农业" isCodable="true" color="#33aa55"/>'
        "</Codes></CodeBook>"
    )
    tree = etree.ElementTree(etree.fromstring(good))
    assert schema_errors(tree, codebook_schema()) == []
    bad = etree.ElementTree(etree.fromstring(good.replace("#33aa55", "green")))
    assert schema_errors(bad, codebook_schema())
