"""Parsing project.qde safely and validating it against the shipped REFI-QDA schema.

lxml (libxml2) does both: it validates a 100 MB project in seconds where the
pure-Python xmlschema takes minutes (bench/qdpx_bench.py --validators prints
both). The parser never resolves entities, never loads a DTD or anything
from the network, and a document with a DOCTYPE is refused: the standard has
none, and entity expansion is how an XML bomb works.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree

from reader.exchange.errors import QdpxError
from reader.paths import resource_path


@lru_cache(maxsize=None)
def project_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(resource_path("refi-qda", "Project.xsd"))))


@lru_cache(maxsize=None)
def codebook_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(resource_path("refi-qda", "Codebook.xsd"))))


def _parser() -> etree.XMLParser:
    # huge_tree: a note or a long article in PlainTextContent may pass libxml2's
    # 10 MB text-node default; sizes are capped by the archive reader instead.
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=True
    )


def parse(data: bytes, path: str | Path, entry: str) -> etree._ElementTree:
    """The XML tree of ``data`` (the entry ``entry`` of ``path``); QdpxError when it is not well-formed."""
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser()))
    except etree.XMLSyntaxError as exc:
        raise QdpxError(path, f"{entry} is not well-formed XML (line {exc.lineno}: {exc.msg}).") from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise QdpxError(path, f"{entry} declares a DOCTYPE, which REFI-QDA files never have; refused.")
    return tree


def schema_errors(tree: etree._ElementTree, schema: etree.XMLSchema | None = None) -> list[str]:
    """Every way ``tree`` breaks the schema (the project schema unless told), as "line N: message"."""
    schema = schema or project_schema()
    if schema.validate(tree):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


def check(tree: etree._ElementTree, path: str | Path, entry: str, schema: etree.XMLSchema | None = None) -> None:
    errors = schema_errors(tree, schema)
    if errors:
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        raise QdpxError(path, f"{entry} does not follow the REFI-QDA schema: {errors[0]}{more}.")
