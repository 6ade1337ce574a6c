"""Page identity for benchmark libraries: a newspaper, a date, a page and a section for every generated page.

Deterministic by page number: pages spread over ten years (2015–2024), eight
papers, sixteen pages a day, six sections, as an archive of several papers
would be. ``ensure_identity`` gives a library built without identity (an
older bench library) the same values, through the store's own API.
"""

from __future__ import annotations

import datetime
import sys

from reader.model import PageMeta

NEWSPAPERS = ("内蒙古法制报", "内蒙古日报", "人民日报", "光明日报", "北京晚报", "南方都市报", "法治日报", "经济日报")
SECTIONS = ("要闻", "综合新闻", "法治", "社会", "经济", "文化")
FIRST_DAY = datetime.date(2015, 1, 1)
DAYS = 3653  # ten years


def identity_for(n: int) -> PageMeta:
    day = FIRST_DAY + datetime.timedelta(days=(n * 7919) % DAYS)  # a fixed shuffle of the days
    page = n % 16 + 1
    values = dict(
        newspaper=NEWSPAPERS[n % len(NEWSPAPERS)], date=day.isoformat(), page=str(page), page_number=page,
        section=SECTIONS[(n // 3) % len(SECTIONS)],
    )  # fmt: skip
    return PageMeta(**values, origins={field: "header" for field in values})


def ensure_identity(library) -> None:
    """Give every page without a date the bench identity of its id (origin «given at import»)."""
    undated = [i for i in library.identity.all_ids() if library.identity.of_source(i).meta.date is None]
    if not undated:
        return
    print(f"giving {len(undated):,} pages a bench identity …", file=sys.stderr)
    for source_id in undated:
        meta = identity_for(source_id)
        library.identity.set_values(
            [source_id], {f: getattr(meta, f) for f in ("newspaper", "date", "page", "section")}, origin="import"
        )
