"""REFI-QDA project exchange (`.qdpx`), Qt-free and store-free.

``model`` is the neutral project; ``writing`` and ``reading`` turn it into a
`.qdpx` and back; ``text_layout`` says how an article's text and positions
look in one; ``guids`` makes GUIDs that stay the same from one export to the
next; ``library_mapping`` and ``import_mapping`` translate between the model
and the library's plain records.
"""

from reader.exchange.errors import QdpxError
from reader.exchange.reading import read_qdpx
from reader.exchange.writing import QdpxWriter, write_qdpx

__all__ = ["QdpxError", "QdpxWriter", "read_qdpx", "write_qdpx"]
