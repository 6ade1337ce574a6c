"""Scoring a page's identity against a composed page's truth (bench/pdf_bench.py)."""

from identity_scoring import IdentityScore, score_identity

from reader.model import PageMeta

TRUTH = {
    "newspaper": None, "date": "2021-06-18", "page": "A09", "page_number": None, "section": "要闻",
    "editors": [["责编", "郑墨明"], ["校对", "刘华兰"]], "issue": None, "cn": None,
}  # fmt: skip
HEADER = {"date": "header", "page": "header", "section": "header", "editors": "header"}


def test_a_page_read_exactly_is_right_in_every_field():
    meta = PageMeta(
        date="2021-06-18", page="A09", section="要闻", editors=(("责编", "郑墨明"), ("校对", "刘华兰")), origins=HEADER
    )  # fmt: skip
    score = score_identity(TRUTH, meta)
    assert score.fields() == ["newspaper", "date", "page", "section", "editors", "issue", "cn"]
    assert all(score.rate(name) == 1.0 for name in score.fields())
    assert score.pages_all_right == 1 and not score.failures


def test_a_wrong_a_missing_and_an_invented_value_are_each_wrong():
    meta = PageMeta(
        newspaper="要闻报", date="2021-06-19", page="A09", editors=(("校对", "刘华兰"), ("责编", "郑墨明")),
        origins={**HEADER, "newspaper": "header"},
    )  # fmt: skip
    score = score_identity(TRUTH, meta, label="p1")
    wrong = {name for name in score.fields() if score.rate(name) == 0.0}
    # A newspaper read from the page that prints none; a wrong date; no section; editors out of order.
    assert wrong == {"newspaper", "date", "section", "editors"}
    assert score.pages_all_right == 0
    assert any(line.startswith("p1: identity date '2021-06-19'") for line in score.failures)


def test_a_value_the_file_gives_where_the_page_prints_none_is_not_scored():
    meta = PageMeta(
        newspaper="黄河农民报", date="2021-06-18", page="A09", section="要闻", editors=(("责编", "郑墨明"), ("校对", "刘华兰")),
        origins={**HEADER, "newspaper": "pdf"},
    )  # fmt: skip
    score = score_identity(TRUTH, meta)
    assert "newspaper" not in score.scored and score.filled == {"newspaper": 1}
    assert score.pages_all_right == 1
    # But a value the page prints must be the page's, wherever it came from.
    from_file = PageMeta(date="2021-06-17", page="A09", section="要闻", origins={**HEADER, "date": "pdf"})
    assert score_identity(TRUTH, from_file).rate("date") == 0.0


def test_scores_add_up_over_pages():
    total = IdentityScore()
    right = PageMeta(date="2021-06-18", page="A09", section="要闻", editors=(("责编", "郑墨明"), ("校对", "刘华兰")), origins=HEADER)
    total.add(score_identity(TRUTH, right))
    total.add(score_identity(TRUTH, PageMeta(date="2021-06-18", origins={"date": "header"})))
    assert total.pages == 2 and total.pages_all_right == 1
    assert total.rate("date") == 1.0 and total.rate("page") == 0.5
    figures = dict((name, value) for name, value, _met in total.figures())
    assert figures["all fields of the page"] == 0.5


def test_fields_the_truth_adds_are_scored_too():
    truth = {**TRUTH, "edition": "晨刊"}
    score = score_identity(truth, PageMeta(date="2021-06-18", origins={"date": "header"}))
    assert score.fields()[-1] == "edition" and score.rate("edition") == 0.0
