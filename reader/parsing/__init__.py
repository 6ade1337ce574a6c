"""Page parser (CONTRACT STUB by the lead; the parser developer fills it in).

Public API:
    read_page_file(path) -> tuple[str, str]      # (text, encoding name); raises PageDecodeError
    decode_bytes(data, name="<bytes>") -> tuple[str, str]
    parse_page(text) -> reader.model.Page
    parse_file(path) -> reader.model.Page         # read_page_file + parse_page, Page.encoding set
    PageDecodeError(Exception)                    # message names the file and the problem
"""
