"""A photo's caption standing alone between two articles is a caption, not an untitled article.

The page is set as PDFium prints a narrow column: body lines of one width,
the headlines and the caption on lines of their own.
"""

from reader.parsing import parse_page

_BEFORE = [
    "湿地保护区里的新客人", "记者了解到，城市建成区绿", "化覆盖率达到86.7%。自活动开展", "以来，取得了良好的社会效果，",
    "河湖长制工作全面推进。湿地保", "护区内，黑颈鹤、斑头雁等珍稀", "鸟类数量逐年增加，主要污染物", "排放总量下降5个百分点。",
    "（万丽玉 旦增）",
]
_AFTER = [
    "宾川县推进义务教育优质均衡发展", "新学期 新气象", "近日，延吉市全面启动义务", "教育薄弱环节改善项目，计划投",
    "入资金116万元。大家纷纷表示，", "要把学到的知识运用到实际工作", "中去。", "相关负责人表示，将持续跟",
    "踪问效，确保工作取得实实在在", "的成果。",
]
_CAPTION = "10月2日，从江县，护林员在林区巡护。"


def test_a_sentence_alone_between_articles_is_a_caption():
    page = parse_page("\n".join([*_BEFORE, _CAPTION, *_AFTER]))
    assert [a.title for a in page.articles] == ["湿地保护区里的新客人", "新学期 新气象"]
    placed = [c for a in page.articles for c in a.captions] + page.page_captions
    assert placed == [_CAPTION]


def test_an_untitled_paragraph_of_two_lines_stays_text():
    # Two lines of their own after a closed article are a brief whose headline was lost, not a caption.
    brief = ["全县开展春耕生产，农机手", "检修保养农机，确保投入生产。"]
    page = parse_page("\n".join([*_BEFORE, *brief, *_AFTER]))
    assert all("".join(brief) not in c for a in page.articles for c in a.captions)
    assert any("".join(brief) in a.body_text for a in page.articles)


def test_a_page_of_one_sentence_is_still_its_article():
    page = parse_page(_CAPTION)
    assert [(a.title, a.body_text) for a in page.articles] == [("", _CAPTION)]


def test_the_tail_of_a_sentence_broken_off_its_column_is_no_caption():
    # «问题。» closes a sentence begun elsewhere: an extractor's column break, not a photo's caption.
    page = parse_page("\n".join([*_BEFORE, "问题。", *_AFTER]))
    assert "问题。" not in [c for a in page.articles for c in a.captions] + page.page_captions
