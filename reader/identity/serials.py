"""Issue numbers (第1234期, 总第5678期) and CN serials (CN15-0021, 国内统一连续出版物号).

Patterns run on folded text.  A CN serial's first two digits are the
province code of the paper's home (11 Beijing … 65 Xinjiang; 71, 81, 82 for
Taiwan, Hong Kong, Macao); a serial with any other code is not read.
"""

from __future__ import annotations

import re

from reader.identity.text import CN_NUMERAL, cn_number

PROVINCE_CODES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82".split()
)

CN_RE = re.compile(
    r"(?:(?:国内统一(?:连续出版物号|刊号)|统一刊号|刊号)\s*[:：]?\s*)?"
    r"(?<![A-Za-z])[Cc][Nn]\s*(?P<region>\d{2})\s*-\s*(?P<serial>\d{4})(?:\s*/\s*(?P<class>[A-Z][A-Z0-9]{0,2}))?(?![\d])"
)
# 邮发代号 15-33: the post office's subscription code, printed beside the CN serial.
POSTAL_RE = re.compile(r"(?:邮发)?代号\s*[:：]?\s*\d{1,2}\s*-\s*\d{1,4}")
ISSUE_RE = re.compile(rf"(?P<total>总)?第\s*(?P<n>\d{{1,6}}|{CN_NUMERAL}{{1,8}})\s*期")


def read_cn(match: re.Match[str]) -> str | None:
    if match["region"] not in PROVINCE_CODES:
        return None
    value = f"CN{match['region']}-{match['serial']}"
    return value + f"/{match['class']}" if match["class"] else value


def read_issue(match: re.Match[str]) -> str | None:
    n = match["n"]
    number = int(n) if n.isdigit() else cn_number(n)
    if not number:
        return None
    return f"{'总' if match['total'] else ''}第{number}期"


def region_of_cn(cn: str | None) -> str | None:
    return cn[2:4] if cn else None
