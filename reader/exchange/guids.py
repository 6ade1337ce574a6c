"""Stable GUIDs: the same thing exported twice gets the same GUID.

A GUID is a name-based UUID (version 5, RFC 9562) of a *kind* and a few
stable key parts, under reader's own namespace. The keys describe content,
not row ids (see README, "REFI-QDA projects"), so two coders' libraries that
hold the same article give it the same GUID too, which is what lets another
tool line their projects up.

Two things of one kind can share a key inside one export (the same article
printed twice on one page, two annotations made on one passage in the same
second). ``GuidAllocator`` gives the second one the key with an occurrence
number appended, so every GUID in a project stays unique; as long as the
caller walks the library in a fixed order (by id), that is stable too.
"""

from __future__ import annotations

import hashlib
import uuid

# Fixed for ever: changing it changes every GUID reader has ever exported.
READER_NAMESPACE = uuid.UUID("f8dc5c91-36cc-4482-bd67-5b9dc113a403")

_SEPARATOR = "\x1f"  # the ASCII unit separator never occurs in a tag name or a text hash


_NAMESPACE_BYTES = READER_NAMESPACE.bytes


def stable_guid(kind: str, *parts: object) -> str:
    """uuid.uuid5(READER_NAMESPACE, key) as a string, computed without building UUID objects (exports make
    hundreds of thousands)."""
    name = _SEPARATOR.join([kind, *map(str, parts)])
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + name.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def content_hash(text: str) -> str:
    """SHA-256 of the UTF-8 text, hex: the part of a key that stands for a text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class GuidAllocator:
    """Hands out stable GUIDs and never the same one twice in one project."""

    def __init__(self) -> None:
        self._given: set[str] = set()

    def guid(self, kind: str, *parts: object) -> str:
        guid = stable_guid(kind, *parts)
        occurrence = 1
        while guid in self._given:
            occurrence += 1
            guid = stable_guid(kind, *parts, f"#{occurrence}")
        self._given.add(guid)
        return guid
