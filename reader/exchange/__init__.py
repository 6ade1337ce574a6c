"""REFI-QDA project exchange (`.qdpx`), Qt-free and store-free.

``model`` is the neutral project; ``writing`` and ``reading`` turn it into a
`.qdpx` and back; ``text_layout`` says how an article's text and positions
look in one; ``guids`` makes GUIDs that stay the same from one export to the
next; ``library_mapping`` and ``import_mapping`` translate between the model
and the library's plain records.
"""

from reader.exchange.errors import QdpxError

__all__ = ["QdpxError", "QdpxWriter", "read_qdpx", "write_qdpx"]


def __getattr__(name: str):
    # Reading and writing load lxml (about 0.4 s): only when a .qdpx is really
    # read or written, not when the command line merely starts.
    if name == "read_qdpx":
        from reader.exchange.reading import read_qdpx

        return read_qdpx
    if name in ("QdpxWriter", "write_qdpx"):
        from reader.exchange import writing

        return getattr(writing, name)
    raise AttributeError(f"module 'reader.exchange' has no attribute {name!r}")
