"""Reading a `.qdpx` zip without trusting it.

Nothing is extracted to disk; entries are read into memory by name, each
through a size cap that counts the bytes actually inflated (a zip's stated
sizes can lie), so a zip bomb or a huge entry stops with a clear error after
at most the cap. A name that is absolute or climbs out with ``..`` is refused
outright: a well-made project never has one, and it is how a hostile archive
would point elsewhere.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from reader.exchange.errors import QdpxError

_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Limits:
    project_bytes: int = 1 << 30  # project.qde: 1 GiB holds ~700,000 articles' worth of XML
    entry_bytes: int = 64 << 20  # one source or note text
    total_bytes: int = 8 << 30  # everything read from one archive
    entries: int = 2_000_000
    ratio: int = 200  # inflated / compressed, checked on entries over ``ratio_floor``
    ratio_floor: int = 1 << 20


def clean_member_name(name: str) -> str | None:
    """The entry name with "\\" read as "/"; None when it is absolute or climbs out of the archive."""
    name = name.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return None
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if any(p == ".." for p in parts):
        return None
    return "/".join(parts)


class SafeArchive:
    def __init__(self, path: str | Path, limits: Limits = Limits()) -> None:
        self.path = Path(path)
        self.limits = limits
        self._read_total = 0
        try:
            self._zip = zipfile.ZipFile(self.path)
        except FileNotFoundError:
            raise QdpxError(self.path, "the file does not exist.") from None
        except IsADirectoryError:
            raise QdpxError(self.path, "this is a folder, not a .qdpx file.") from None
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError):
            raise QdpxError(self.path, "this is not a REFI-QDA project (.qdpx): it is not a zip archive.") from None
        except OSError as exc:
            raise QdpxError(self.path, f"cannot be read ({exc.strerror or exc}).") from None
        infos = self._zip.infolist()
        if len(infos) > limits.entries:
            self.close()
            raise QdpxError(self.path, f"the archive has {len(infos):,} entries, more than the {limits.entries:,} allowed.")
        self._members: dict[str, zipfile.ZipInfo] = {}
        self._folded: dict[str, str] = {}
        for info in infos:
            if info.is_dir():
                continue
            name = clean_member_name(info.filename)
            if name is None:
                self.close()
                raise QdpxError(self.path, f"the archive entry «{info.filename}» points outside the archive; refused.")
            self._members[name] = info
            self._folded.setdefault(name.casefold(), name)

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> "SafeArchive":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def find(self, name: str) -> str | None:
        """The entry called ``name``, or one that differs only in letter case (tools write Sources/ or sources/)."""
        if name in self._members:
            return name
        return self._folded.get(name.casefold())

    def read(self, name: str, cap: int) -> bytes:
        """The inflated bytes of the entry ``name`` (as found by ``find``), at most ``cap`` of them."""
        info = self._members[name]
        left = self.limits.total_bytes - self._read_total
        if left < cap:
            cap = left
            if info.file_size > cap:
                raise QdpxError(self.path, f"the archive unpacks to more than {self.limits.total_bytes:,} bytes; refused.")
        if info.file_size > cap:
            raise self._too_big(name, info.file_size)
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    if size > cap:
                        raise self._too_big(name, size)
                    if size > self.limits.ratio_floor and size > self.limits.ratio * max(info.compress_size, 1):
                        raise QdpxError(
                            self.path,
                            f"the entry «{name}» inflates more than {self.limits.ratio} times its packed size "
                            "(a zip bomb?); refused.",
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError) as exc:
            raise QdpxError(self.path, f"the entry «{name}» is damaged and cannot be unpacked ({exc}).") from None
        self._read_total += size
        return b"".join(chunks)

    def _too_big(self, name: str, size: int) -> QdpxError:
        return QdpxError(self.path, f"the entry «{name}» is larger than allowed ({size:,} bytes or more); refused.")
