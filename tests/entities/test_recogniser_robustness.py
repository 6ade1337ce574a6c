"""Any text at all: spans stay valid (a property test over mixed scripts)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.model import ENTITY_LABELS

# Pieces that exercise the rules: names, roles, divisions, suffixes, numbers,
# dates, brackets, dots, astral characters, newlines.
_PIECES = [
    "民警", "所长", "赵晨然", "哈斯巴嘎那", "·", "买买提", "宋先生", "刘某",
    "赤峰市", "翁牛特旗", "乌丹镇", "嘎查", "公安局", "分局", "派出所", "大队",
    "该所", "盟市", "中美", "满族", "2月15日", "上午", "22时许", "2023年", "度",
    "近", "4万名", "7000余人", "7.3%", "G305线", "110", "两个多小时", "《", "》",
    "，", "。", "\n", " ", "𠮷", "😀", "abc", "3C", "第", "和", "的",
]

texts = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)),
    max_size=40,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_spans_are_valid_for_any_text(recogniser, text):
    spans = recogniser.recognise(text)
    last_end = 0
    for s in spans:
        assert s.label in ENTITY_LABELS
        assert last_end <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        last_end = s.end


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(texts, max_size=6))
def test_batched_equals_one_by_one(recogniser, batch):
    assert recogniser.recognise_many(batch) == [recogniser.recognise(t) for t in batch]
