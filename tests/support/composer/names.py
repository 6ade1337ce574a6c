"""People, places, organisations and newspapers for composed pages.

Written for the composer (not shared with reader/synthetic.py): regional
Chinese news names, with Mongolian, Tibetan, Uyghur and Kazakh names, and
now and then a character outside the BMP (𠮷) so that offsets are tested in
code points.
"""

from __future__ import annotations

import random

HAN_SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
COMPOUND_SURNAMES = ("欧阳", "司徒", "端木", "上官", "慕容", "呼延")
GIVEN_CHARS = (
    "志刚建华秀兰桂芝淑珍文杰晓东丽娟海燕春梅国庆立军红霞玉兰振宇子墨雨桐思源浩然嘉怡佳琪明轩欣悦"
    "俊峰晓峰永强德华宏伟亚楠丹凤凤英树林长青爱民卫国翠英学良金凤瑞芳海龙广平新民晓光秋菊冬梅"
)
MONGOLIAN = (
    "巴特尔", "乌力吉", "额尔敦巴雅尔", "斯琴高娃", "其其格", "哈斯巴根", "宝音德力格尔", "苏和", "那仁格日勒",
    "敖特根", "朝鲁门", "阿拉坦仓", "图门吉日嘎拉", "萨仁", "孟和", "乌日娜", "布和", "达古拉",
)
TIBETAN = (
    "扎西", "次仁多吉", "格桑卓玛", "旦增", "洛桑", "尼玛次仁", "央金拉姆", "达瓦", "平措", "边巴", "德吉",
    "多吉才让", "拉巴次仁", "卓玛", "贡布", "索朗旺姆",
)
UYGHUR_KAZAKH = (
    "买买提·艾力", "阿依古丽·吐尔逊", "努尔兰·阿不都", "古丽娜尔·沙吾提", "艾尔肯·热合曼", "帕提古丽·阿吾提",
    "叶尔兰·别克", "热依拉·买合木提",
)
RARE = "𠮷"  # U+20BB7: two UTF-16 units, one code point


def person(rng: random.Random, *, short: bool = False) -> str:
    """A person's name; ``short`` keeps it to 2-4 characters without a middle dot."""
    roll = rng.random()
    if not short and roll < 0.12:
        return rng.choice(MONGOLIAN + TIBETAN + UYGHUR_KAZAKH)
    if roll < 0.2:
        options = [n for n in MONGOLIAN + TIBETAN if len(n) <= 4]
        return rng.choice(options)
    surname = rng.choice(COMPOUND_SURNAMES) if roll > 0.97 else rng.choice(HAN_SURNAMES)
    given = "".join(rng.choice(GIVEN_CHARS) for _ in range(rng.choice((1, 2, 2, 2))))
    if rng.random() < 0.04:
        given = RARE + given[1:] if len(given) == 2 else given + RARE
    return surname + given


LEAGUES = ("盟", "市")
REGIONS = (
    ("锡林郭勒盟", ("锡林浩特市", "正蓝旗", "多伦县", "阿巴嘎旗", "东乌珠穆沁旗")),
    ("呼伦贝尔市", ("海拉尔区", "牙克石市", "根河市", "鄂温克族自治旗", "新巴尔虎右旗")),
    ("赤峰市", ("红山区", "宁城县", "巴林左旗", "克什克腾旗", "敖汉旗")),
    ("鄂尔多斯市", ("东胜区", "康巴什区", "乌审旗", "杭锦旗", "准格尔旗")),
    ("甘孜藏族自治州", ("康定市", "理塘县", "色达县", "稻城县", "德格县")),
    ("日喀则市", ("桑珠孜区", "江孜县", "定日县", "拉孜县", "萨迦县")),
    ("伊犁哈萨克自治州", ("伊宁市", "霍城县", "特克斯县", "昭苏县", "新源县")),
    ("黔东南苗族侗族自治州", ("凯里市", "从江县", "雷山县", "黎平县", "榕江县")),
    ("大理白族自治州", ("大理市", "洱源县", "剑川县", "鹤庆县", "宾川县")),
    ("延边朝鲜族自治州", ("延吉市", "珲春市", "龙井市", "和龙市", "汪清县")),
    ("海西蒙古族藏族自治州", ("德令哈市", "格尔木市", "乌兰县", "都兰县", "天峻县")),
    ("酒泉市", ("肃州区", "玉门市", "敦煌市", "瓜州县", "金塔县")),
)
TOWN_SUFFIX = ("镇", "乡", "苏木", "街道")
VILLAGE_SUFFIX = ("村", "嘎查", "社区", "牧场")
TOWN_STEMS = ("白音", "哈达", "沙窝", "红旗", "新华", "青山", "宝力格", "查干", "东风", "金沙", "柳树", "达日", "马鞍", "团结", "石门")


def region(rng: random.Random) -> tuple[str, str]:
    league, counties = rng.choice(REGIONS)
    return league, rng.choice(counties)


def place(rng: random.Random) -> str:
    league, county = region(rng)
    roll = rng.random()
    if roll < 0.35:
        return county
    if roll < 0.55:
        return league + county
    if roll < 0.8:
        return county + rng.choice(TOWN_STEMS) + rng.choice(TOWN_SUFFIX)
    return rng.choice(TOWN_STEMS) + rng.choice(TOWN_SUFFIX) + rng.choice(TOWN_STEMS[::-1]) + rng.choice(VILLAGE_SUFFIX)


ORG_UNITS = (
    "公安局", "人民法院", "人民检察院", "司法局", "教育局", "农牧局", "林业和草原局", "气象局", "文化旅游体育局",
    "卫生健康委员会", "交通运输局", "生态环境分局", "市场监督管理局", "应急管理局", "消防救援大队", "民族中学",
    "第二小学", "职业技术学院", "人民医院", "蒙医医院", "乌兰牧骑", "图书馆", "博物馆", "供销合作社",
)


def org(rng: random.Random) -> str:
    _, county = region(rng)
    return county + rng.choice(ORG_UNITS)


SHORT_PLACES = ("通辽", "赤峰", "锡盟", "甘孜", "日喀则", "伊犁", "延边", "大理", "酒泉", "海西", "呼伦贝尔", "鄂尔多斯")
CITIES_FOR_DATELINE = ("北京", "呼和浩特", "拉萨", "乌鲁木齐", "西宁", "兰州", "成都", "昆明", "贵阳", "长春", "银川", "南宁")

NEWSPAPERS = (
    "北疆法治报", "草原晨报", "高原日报", "边城晚报", "西陲商报", "河套农牧报", "雪域时报", "天山法制报",
    "乌江日报", "长白山晚报", "祁连时报", "苍山日报", "黄河农民报", "大漠晨报",
)
SECTIONS = (
    "要闻", "综合新闻", "法治", "政法纵横", "社会", "教育", "农牧", "乡村振兴", "文化", "体育", "生态", "民生",
    "经济", "视点", "专版", "副刊", "天气", "旗县新闻", "警营", "法院在线",
)
