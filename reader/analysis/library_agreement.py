"""Agreement of two coders over one library: the figures of agreement.py on the library's work.

Used by ``agreement --coders A B`` and the app's agreement table. SQLite's
length() counts code points, the same units as passage offsets.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from reader.analysis.agreement import NO_SHARED, CodeAgreement, PassageAgreement, article_agreement, passage_agreement


@dataclass(frozen=True, slots=True)
class AgreementReport:
    coder_a: str
    coder_b: str
    shared_articles: int
    articles: list[CodeAgreement] = field(default_factory=list)
    passages: list[PassageAgreement] = field(default_factory=list)
    note: str | None = None

    def to_json(self) -> dict:
        return {
            "coders": [self.coder_a, self.coder_b],
            "shared_articles": self.shared_articles,
            "note": self.note,
            "article_level": [asdict(r) for r in self.articles],
            "passages": [asdict(r) for r in self.passages],
            "measures": {
                "article_level": "per tag over shared articles: percent agreement and Cohen's kappa (present/absent)",
                "passages": "per tag: Krippendorff's alpha (nominal) over character-level binary labels",
            },
        }


def agreement_report(library, coder_a: str, coder_b: str) -> AgreementReport:
    codes_a, codes_b = library.coding.article_codes(coder_a), library.coding.article_codes(coder_b)
    shared = sorted(set(codes_a) & set(codes_b))
    if not shared:
        return AgreementReport(coder_a, coder_b, 0, note=NO_SHARED)
    tags = sorted({t for a in shared for t in (*codes_a[a], *codes_b[a])})
    lengths = library.coding.body_lengths(shared)
    spans_a, spans_b = library.coding.passages(coder_a), library.coding.passages(coder_b)
    passage_tags = sorted({t for spans in (spans_a, spans_b) for a in shared for t, _s, _e in spans.get(a, ())})
    return AgreementReport(
        coder_a,
        coder_b,
        len(shared),
        article_agreement(codes_a, codes_b, tags),
        passage_agreement(lengths, spans_a, spans_b, passage_tags),
    )
