"""reader: a reader and annotator for Chinese newspaper pages.

Everything in this package except ``reader.ui`` is Qt-free and usable from
the command line or from tests without a display.
"""

__version__ = "0.1.0"
