"""The error a page that cannot be imported raises; its message names the file and the problem."""


class IngestError(Exception):
    pass
