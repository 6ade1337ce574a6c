"""A paragraph's first line that wraps into the next one is body, not a headline.

Generated pages (and extractors) sometimes put a blank line inside a paragraph.
When that happens right after a headline, the paragraph's first line - a full
column wide, its last word running on into the next line («…走进满洲» /
«里市五原镇，…») - looked like a title of its own: the real title became a
kicker and the article's first line was lost from its body (gen62014).
"""

from reader.parsing import parse_page

PAGE = """2022年1月4日 星期二 责任编辑：贾丽辉 版式：谢洋 第5版 要闻

2020年泉州市扎赉特旗道路交通工作综述

“这样的活动希望多办几次！”这是汤立新常挂

在嘴边的一句话。该项目总投资42.5亿元，建成后预
计每年可守护群众平安。泉州市扎赉特旗距市区约
190公里，全程驾车需要1个多小时。

泉州市扎赉特旗距市区约95公里，全程驾车需
要 1 个多小时。泉州市生态环境局负责人表示，下一
步将继续加强夜间巡逻防控，推动反诈宣传工作向
规范化方向发展。活动中，工作人员通过展板、视频
等形式向群众介绍道路交通知识，发放宣传资料
19115 份。

（邱欣）

让中医药服务更有温度
满洲里市市场监管局还邀请11名专家走进满洲

里市五原镇，围绕疫苗接种开展专题讲座11场。这一
做法得到了群众的广泛认可，满意度提升至93.5%。
记者在现场看到，义诊台前排起了长队。“以前
家庭医生签约问题让人发愁，现在好了！”满洲里市
五原镇居民刘春高兴地说。目前，满洲里市市场监管
局已开通Python服务，群众通过手机就能培训乡村
医生。

（陈杰林 宋丽）
"""


def test_first_line_wrapping_past_a_blank_line_stays_in_the_body():
    articles = parse_page(PAGE).articles
    second = articles[-1]
    assert second.title == "让中医药服务更有温度"
    assert second.kicker is None
    assert second.body[0].text.startswith("满洲里市市场监管局还邀请11名专家走进满洲里市五原镇，")


# A narrow column ahead of a wider one (gen62174): the headline is as wide as the column
# below it, and «…增收» + «据统计» reads as the word «收据» across the break.
NARROW_THEN_WIDE = """该项目总投资45.9亿元，建成后
预计每年可降低事故发生率。据统计，
2019年全年夜间巡逻服务人次达
38820，较上年提高4个百分点。记者在
现场看到，执勤民警正在路口疏导车
辆。尹佑冬介绍，今年以来，锡林郭勒
市总工会累计组织反诈知识讲座65次，
有效降低事故发生率。他们还利用LED
平台发布反诈宣传信息，累计浏览量
超过498万次。

（蒋博雪）

春耕生产有声有色 促进农牧民增收

据统计，2022年全年肉牛养殖服务人次达
82202，较上年提高4个百分点。如今，洛阳凉城镇
的高标准农田已经成为当地的一张亮丽名片。

10月4日上午，洛阳凉城镇农机服务工作推进
会召开，会议听取了16个部门的工作汇报。这一做
法得到了群众的广泛认可，满意度提升至90.9%。
"""


def test_a_headline_in_two_halves_is_no_wrapped_sentence():
    # Two halves set apart by a space make a headline, whatever word its end makes
    # with the next line.
    second = parse_page(NARROW_THEN_WIDE).articles[-1]
    assert second.title == "春耕生产有声有色 促进农牧民增收"
    assert second.body[0].text.startswith("据统计，2022年")
