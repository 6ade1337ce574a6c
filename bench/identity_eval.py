"""How well the band reader reads page headers and footers it was never tuned on.

    .venv/bin/python bench/identity_eval.py          # per-field correct / produced / expected, and the misses

HELD_OUT was written after the band reader (reader/identity/) was built,
from forms Chinese papers print, and frozen before the first run: nothing
in the reader was changed to fit it. Do not tune on it; add new forms to
tests/identity/test_band_forms.py instead and keep these as they are.

A value counts as correct when it equals the expected one exactly; a value
produced where none is expected, or a different one, is an error.
"""

from __future__ import annotations

import sys

from reader.identity import read_bands

E = "editors"
# (header lines, footer lines, expected values): frozen.
HELD_OUT = [
    (["第2版 2023年5月12日 星期五 责任编辑 李明 美术编辑 赵丽"], [], {"date": "2023-05-12", "page": "2", E: [("责任编辑", "李明"), ("美术编辑", "赵丽")]}),
    (["文汇报 2022年11月3日 星期四 本版编辑/王晓 视觉设计/陈杰 5"], [], {"newspaper": "文汇报", "date": "2022-11-03", "page": "5", E: [("编辑", "王晓"), ("视觉设计", "陈杰")]}),
    (["湖北日报 2021年7月1日 星期四 8版 要闻 责编:张华"], [], {"newspaper": "湖北日报", "date": "2021-07-01", "page": "8", "section": "要闻", E: [("责编", "张华")]}),
    (["A3 新闻 | 2020年1月15日 星期三 | 编辑 孙伟 | 校对 刘芳"], [], {"date": "2020-01-15", "page": "A3", "section": "新闻", E: [("编辑", "孙伟"), ("校对", "刘芳")]}),
    (["2019.10.01 星期二 第1版 要闻"], [], {"date": "2019-10-01", "page": "1", "section": "要闻"}),
    (["大众日报 2018年3月5日 星期一 农历戊戌年正月十八 第21期"], [], {"newspaper": "大众日报", "date": "2018-03-05", "issue": "第21期"}),
    (["04 | 深度 | 2022年6月8日 星期三"], [], {"date": "2022-06-08", "page": "4", "section": "深度"}),
    (["中国青年报 2020年8月20日 星期四 5 视点 责任编辑 周伟 蒋韬 / 版面设计 陈艺"], [], {"newspaper": "中国青年报", "date": "2020-08-20", "page": "5", "section": "视点", E: [("责任编辑", "周伟"), ("责任编辑", "蒋韬"), ("版面设计", "陈艺")]}),
    (["海南日报 2023年1月9日 星期一 A05 海口新闻 值班主任：陈平 主编：许丽 美编：张立"], [], {"newspaper": "海南日报", "date": "2023-01-09", "page": "A05", "section": "海口新闻", E: [("值班主任", "陈平"), ("主编", "许丽"), ("美编", "张立")]}),
    (["二〇二二年十月十六日 星期日 农历壬寅年九月廿一"], [], {"date": "2022-10-16"}),
    (["广州日报 2021.04.23 星期五 A6 广州"], [], {"newspaper": "广州日报", "date": "2021-04-23", "page": "A6", "section": "广州"}),
    ([], ["—12—"], {"page": "12"}),
    ([], ["- 07 -"], {"page": "7"}),
    (["第 15 版"], [], {"page": "15"}),
    (["2022 年 12 月 30 日  星期五  责编：钱进  版式：郑颖"], [], {"date": "2022-12-30", E: [("责编", "钱进"), ("版式", "郑颖")]}),
    ([], ["CN 33-0002 邮发代号 31-1"], {"cn": "CN33-0002"}),
    (["总第 9876 期  今日 16 版"], [], {"issue": "总第9876期"}),
    (["扬子晚报 A4 2023年2月28日 星期二 南京新闻 责编 徐亮 美编 沈洁 校对 何静"], [], {"newspaper": "扬子晚报", "date": "2023-02-28", "page": "A4", "section": "南京新闻", E: [("责编", "徐亮"), ("美编", "沈洁"), ("校对", "何静")]}),
    (["新华日报 2017年9月15日 星期五 第3版 要闻 责任编辑 吴昊"], [], {"newspaper": "新华日报", "date": "2017-09-15", "page": "3", "section": "要闻", E: [("责任编辑", "吴昊")]}),
    (["2024年2月10日 星期六 农历甲辰年正月初一 春节"], [], {"date": "2024-02-10"}),
    (["人民法院报 2021年3月12日 星期五 第5版 法治时评 责任编辑 刘婷 联系电话：010-67550734"], [], {"newspaper": "人民法院报", "date": "2021-03-12", "page": "5", "section": "法治时评", E: [("责任编辑", "刘婷")]}),
    (["检察日报 2022年4月6日 星期三 3 要闻 电话：（010）86423532 E-mail:jcrb@jcrb.com"], [], {"newspaper": "检察日报", "date": "2022-04-06", "page": "3", "section": "要闻"}),
    (["法治日报 2022年7月8日 星期五 第4版 政法 编辑/张红 美编/高岳 校对/宫建蕊"], [], {"newspaper": "法治日报", "date": "2022-07-08", "page": "4", "section": "政法", E: [("编辑", "张红"), ("美编", "高岳"), ("校对", "宫建蕊")]}),
    (["2020年4月3日 星期五 第8版 副刊·读书"], [], {"date": "2020-04-03", "page": "8", "section": "副刊·读书"}),
    (["解放军报 2021年8月1日 星期日 第2版 要闻"], [], {"newspaper": "解放军报", "date": "2021-08-01", "page": "2", "section": "要闻"}),
    (["北京日报 2019年10月1日 星期二 第17版 国庆70周年特刊"], [], {"newspaper": "北京日报", "date": "2019-10-01", "page": "17", "section": "国庆70周年特刊"}),
    (["深圳特区报 2018年5月20日 星期日 A05 深圳新闻 责任编辑：郑华 美术编辑：李明"], [], {"newspaper": "深圳特区报", "date": "2018-05-20", "page": "A05", "section": "深圳新闻", E: [("责任编辑", "郑华"), ("美术编辑", "李明")]}),
    ([], ["本报地址：杭州市体育场路178号 邮编：310039 广告经营许可证：3300004000001 印刷：浙江日报报业集团印务有限公司"], {}),
    ([], ["内蒙古法制报社出版 国内统一连续出版物号：CN15-0021 邮发代号：15-33 每周二、四、五出版"], {"cn": "CN15-0021"}),
    (["第3版 2023年3月7日 星期二 综合新闻 责任编辑：刘某 版式：王某"], [], {"date": "2023-03-07", "page": "3", "section": "综合新闻", E: [("责任编辑", "刘某"), ("版式", "王某")]}),
    (["2015年9月3日 星期四 纪念中国人民抗日战争暨世界反法西斯战争胜利70周年"], [], {"date": "2015-09-03"}),
    (["经济日报 2016年3月16日 星期三 第13版 产经新闻"], [], {"newspaper": "经济日报", "date": "2016-03-16", "page": "13", "section": "产经新闻"}),
    (["光明日报 2019年7月2日 星期二 第16版 博物"], [], {"newspaper": "光明日报", "date": "2019-07-02", "page": "16", "section": "博物"}),
    ([], ["CN11-0026"], {"cn": "CN11-0026"}),
    (["第4版 国际 2023年3月7日 星期二 编辑 王 强 校对 李 明"], [], {"date": "2023-03-07", "page": "4", "section": "国际", E: [("编辑", "王强"), ("校对", "李明")]}),
    (["二〇二一年元月一日 星期五"], [], {"date": "2021-01-01"}),
    (["2022年3月1日（星期二）第6版"], [], {"date": "2022-03-01", "page": "6"}),
    (["环球时报 2022-09-15 第14版 国际论坛"], [], {"newspaper": "环球时报", "date": "2022-09-15", "page": "14", "section": "国际论坛"}),
    ([], ["- A5 -"], {"page": "A5"}),
    (["人民日报", "RENMIN RIBAO", "2023年3月7日 星期二 农历癸卯年二月十六", "第26512期 今日20版", "国内统一连续出版物号 CN 11-0065"], [], {"newspaper": "人民日报", "date": "2023-03-07", "issue": "第26512期", "cn": "CN11-0065"}),
]

FIELDS = ("newspaper", "date", "page", "section", E, "issue", "cn")


def _values(meta) -> dict:
    out = {f: getattr(meta, f) for f in FIELDS if getattr(meta, f)}
    if E in out:
        out[E] = [tuple(p) for p in out[E]]
    return out


def main() -> int:
    correct = {f: 0 for f in FIELDS}
    produced = {f: 0 for f in FIELDS}
    expected = {f: 0 for f in FIELDS}
    exact = 0
    misses = []
    for header, footer, want in HELD_OUT:
        got = _values(read_bands(header, footer)[0])
        for field in FIELDS:
            expected[field] += field in want
            produced[field] += field in got
            correct[field] += field in want and got.get(field) == want[field]
        if got == want:
            exact += 1
        else:
            misses.append((" / ".join(header + footer), want, got))
    print(f"held-out band lines: {len(HELD_OUT)} bands, {exact} read exactly ({exact / len(HELD_OUT):.0%})")
    print(f"  {'field':10} {'correct':>7} {'produced':>8} {'expected':>8}   precision  recall")
    for field in FIELDS:
        p = correct[field] / produced[field] if produced[field] else 1.0
        r = correct[field] / expected[field] if expected[field] else 1.0
        print(f"  {field:10} {correct[field]:7} {produced[field]:8} {expected[field]:8}   {p:9.0%}  {r:6.0%}")
    print("misread:")
    for line, want, got in misses:
        wrong = {f: (want.get(f), got.get(f)) for f in FIELDS if want.get(f) != got.get(f)}
        print(f"  {line}\n    " + "; ".join(f"{f}: expected {w!r}, read {g!r}" for f, (w, g) in wrong.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
