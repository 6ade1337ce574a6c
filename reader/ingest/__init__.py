"""Getting pages into the library: files and folders in, finished pages handed to the store.

    page_files(inputs)                 -> the files to import, in a stable order
    read_text_page(path)               -> ReadPage (decoded, parsed, keyed); raises IngestError
    import_file(library, path, how=None)         -> ImportResult (duplicates recognised before parsing)
    import_text_pages(library, path, how=None)   -> a TextPageEvent per page of a text file
                                                    (form feeds part the pages of a whole extracted issue)
    import_files(library, paths, ..., how=None)  -> ImportReport (a bad file is reported, the others go in)
    ImportIdentity.from_options(name_pattern=, newspaper=, date=, page=, section=)
                                       -> how an import learns identity beyond the page header

The command line's ``import`` and the app's import worker both go through
here; the store (reader/store) only stores what it is given.
"""

from reader.ingest.errors import IngestError
from reader.ingest.files import PAGE_SUFFIXES, page_files
from reader.ingest.identity import ImportIdentity
from reader.ingest.importer import ImportReport, import_file, import_files
from reader.ingest.text_pages import ReadPage, TextPageEvent, import_text_pages, read_text_page

__all__ = [
    "PAGE_SUFFIXES", "ImportIdentity", "ImportReport", "IngestError", "ReadPage", "import_file", "import_files", "page_files",
    "TextPageEvent", "import_text_pages", "read_text_page",
]  # fmt: skip
