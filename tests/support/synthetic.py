"""Synthetic newspaper pages: clean articles, and the damaged text an extractor would leave of them.

``generate_article(rng)`` writes a clean :class:`reader.model.Article` from
pools of phrases and sentence patterns written for this module.
``generate_page(rng)`` lays several articles out as a PDF extractor leaves a
page: hard-wrapped at a per-article column width, indent-shortened first
lines, blank lines at paragraph breaks and at column breaks, spaces around
numbers, doubled captions, bylines glued to the last line, edition headers,
page numbers and jump lines.  It returns the page text, the articles as the
parser should rebuild them, and the furniture lines it printed.

Everything is driven by the ``random.Random`` passed in, so a seed gives the
same page every time.
"""

from __future__ import annotations

import datetime
import random
import re
from dataclasses import dataclass, replace

from reader.model import Article, Block

# --------------------------------------------------------------------------
# Pools of words and sentence patterns.

_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "令狐")
_GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲建国志文辉林鹏海波宁晨然瑞雪梅兰凤佳良翠燕晓"
    "浩宇欣怡子涵梓轩诗雨博文俊杰思远一鸣嘉琪雅婷家豪天佑春生秋实冬青立新卫东振华永福德胜世昌"
)
_MINORITY_PARTS = ("阿依", "古丽", "买买提", "巴特尔", "其其格", "乌云", "达来", "额尔敦", "斯琴", "图雅", "吐尔逊", "热依拉")
_RARE_SURNAME = "𠮷"  # outside the BMP: the parser must count code points, not UTF-16 units

_CITIES = (
    "呼和浩特", "包头", "鄂尔多斯", "赤峰", "通辽", "乌海", "巴彦淖尔", "锡林郭勒", "兴安", "阿拉善", "乌兰察布",
    "呼伦贝尔", "满洲里", "二连浩特", "大连", "洛阳", "绵阳", "襄阳", "遵义", "柳州", "宜宾", "九江", "泉州", "嘉兴",
)
_COUNTIES = ("和林", "土默特", "达拉特", "准格尔", "科左中旗", "奈曼", "宁城", "凉城", "丰镇", "五原", "磴口", "多伦", "扎赉特", "临河", "东胜", "青山")
_PLACE_SUFFIXES = ("市", "县", "区", "旗", "镇", "街道", "社区", "嘎查", "村")
_ORG_TYPES = (
    "公安局", "交警支队", "派出所", "人民医院", "第一中学", "实验小学", "农牧局", "生态环境局", "供电公司", "消防救援大队",
    "市场监管局", "税务局", "文旅局", "社区服务中心", "图书馆", "气象局", "红十字会", "团委", "总工会", "科技有限公司",
)

_TOPICS: tuple[dict[str, tuple[str, ...]], ...] = (
    {
        "obj": ("道路交通", "校园周边", "夜间巡逻", "治安防控", "反诈宣传", "交通秩序"),
        "act": ("开展交通安全宣传", "加强夜间巡逻防控", "排查安全隐患", "组织反诈知识讲座", "整治交通违法行为"),
        "goal": ("守护群众平安", "提升群众安全感", "维护辖区治安稳定", "降低事故发生率"),
        "role": ("民警", "辅警", "交警", "网格员"),
        "scene": ("执勤民警正在路口疏导车辆", "几名辅警正在向过往行人发放宣传单", "巡逻车沿着主干道缓缓驶过"),
    },
    {
        "obj": ("义务教育", "课后服务", "校园食堂", "乡村学校", "职业教育", "书香校园"),
        "act": ("推进课后服务全覆盖", "开展教师培训", "改善办学条件", "组织研学实践", "实施营养改善计划"),
        "goal": ("促进教育公平", "提高育人质量", "减轻学生课业负担", "让孩子们就近上好学"),
        "role": ("教师", "校长", "班主任", "志愿者"),
        "scene": ("孩子们正在操场上练习跳绳", "老师正在给学生讲解实验步骤", "图书室里坐满了安静读书的学生"),
    },
    {
        "obj": ("基层医疗", "家庭医生签约", "疫苗接种", "健康体检", "远程会诊", "中医药服务"),
        "act": ("组织专家下乡义诊", "推进家庭医生签约服务", "开展免费健康体检", "建设远程会诊平台", "培训乡村医生"),
        "goal": ("让群众在家门口看好病", "提升基层医疗服务能力", "守护群众身体健康", "缓解看病难问题"),
        "role": ("医生", "护士", "村医", "药师"),
        "scene": ("医护人员正在为老人测量血压", "义诊台前排起了长队", "医生耐心地解答村民的问题"),
    },
    {
        "obj": ("春耕生产", "高标准农田", "设施农业", "肉牛养殖", "马铃薯种植", "农机服务"),
        "act": ("组织农技人员下乡指导", "推广节水灌溉技术", "建设高标准农田", "发放良种和化肥", "开展农机检修"),
        "goal": ("保障粮食安全", "促进农牧民增收", "推动乡村振兴", "夯实农业发展基础"),
        "role": ("农技员", "种植大户", "合作社理事长", "驻村干部"),
        "scene": ("一台台播种机在田间来回穿梭", "农技人员蹲在地头查看墒情", "温室大棚里的西红柿长势喜人"),
    },
    {
        "obj": ("生态保护", "河湖治理", "植树造林", "垃圾分类", "大气污染防治", "湿地修复"),
        "act": ("开展河道清理行动", "组织义务植树活动", "推进垃圾分类进社区", "整治散乱污企业", "修复退化草原"),
        "goal": ("守护绿水青山", "改善人居环境", "筑牢北方生态安全屏障", "让天更蓝水更清"),
        "role": ("河长", "护林员", "环保志愿者", "执法人员"),
        "scene": ("志愿者们弯腰捡拾河岸边的垃圾", "新栽的树苗整齐地排列在山坡上", "湿地里几只白鹭正在觅食"),
    },
    {
        "obj": ("文化惠民", "非遗传承", "全民阅读", "乡村文艺演出", "博物馆研学", "群众体育"),
        "act": ("举办非遗展示活动", "开展送戏下乡演出", "组织全民阅读分享会", "建设城市书房", "举办群众运动会"),
        "goal": ("丰富群众精神文化生活", "传承优秀传统文化", "提升城市文化品位", "满足群众多样化需求"),
        "role": ("非遗传承人", "演员", "文化馆馆员", "讲解员"),
        "scene": ("台下的观众不时报以热烈的掌声", "传承人正在向孩子们展示剪纸技艺", "城市书房里灯火通明"),
    },
    {
        "obj": ("数字政务", "营商环境", "政务服务", "工业园区", "跨境电商", "新能源项目"),
        "act": ("推行一网通办", "开展入企服务", "优化审批流程", "建设智慧园区", "引进新能源项目"),
        "goal": ("优化营商环境", "激发市场主体活力", "推动经济高质量发展", "让企业办事更便捷"),
        "role": ("窗口工作人员", "企业负责人", "项目经理", "工程师"),
        "scene": ("政务大厅里办事群众井然有序", "施工现场塔吊林立、机器轰鸣", "生产线上的机械臂正在精准作业"),
    },
)

_LATIN = ("APP", "5G", "GDP", "AI", "VR", "Wi-Fi", "GPS", "ETC", "CT", "LED", "QQ", "WeChat", "Python")
_LATIN_PHRASES = ("smart city", "open data", "green energy", "Safe Campus", "Hello China", "big data")
_WORKS = (
    "平安家园", "守护", "春天的故事", "我和我的家乡", "草原之夜", "乡村振兴实施方案", "安全生产十五条措施",
    "文明城市创建手册", "反电信网络诈骗法", "家庭教育促进法", "美丽草原我的家", "奋进新征程",
)
_QUOTES = (
    "以前办事要跑好几趟，现在在家就能办",
    "有了这个平台，我们心里踏实多了",
    "我们一定把这件事办好办实",
    "群众的事再小也是大事",
    "看到大家满意，再累也值得",
    "这样的活动希望多办几次",
    "只要肯干，日子一定会越来越好",
)
_QUOTE_ENDS = ("。", "！")
_SLOGANS = ("安全你我他", "书香满城", "绿色出行", "奋进新时代", "平安过大年", "健康进万家", "文明从我做起", "护航开学季")
_ADJ = ("规范化", "智能化", "精细化", "便民化", "标准化", "数字化")
_UNITS_SMALL = ("个", "处", "台", "套", "家", "项", "支", "条")
_TITLE_TAILS = ("见实效", "出新招", "再升级", "暖民心", "开新局", "跑出加速度", "按下快进键", "有声有色", "结硕果")
_SUBHEAD_LEADS = ("稳", "快", "准", "新", "精", "暖", "深", "广")
_SUBHEAD_TAILS = ("字托底", "字提速", "字聚力", "字破题", "字见效")
_EDITION_SECTIONS = ("综合新闻", "要闻", "社会", "法治", "民生", "经济", "文化")
_CN_DIGITS = "一二三四五六七八"


@dataclass(frozen=True, slots=True)
class _Topic:
    obj: tuple[str, ...]
    act: tuple[str, ...]
    goal: tuple[str, ...]
    role: tuple[str, ...]
    scene: tuple[str, ...]


_TOPIC_OBJECTS = tuple(_Topic(**t) for t in _TOPICS)


class _Writer:
    """Fills sentence patterns for one article, so its words recur the way a real report's do."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.topic = rng.choice(_TOPIC_OBJECTS)
        self.city = rng.choice(_CITIES)
        self.place = self.city + rng.choice(("市", "")) + rng.choice(_COUNTIES) + rng.choice(_PLACE_SUFFIXES)
        self.org = self.city + "市" + rng.choice(_ORG_TYPES)
        self.people = [person_name(rng) for _ in range(3)]

    # Small fillers ---------------------------------------------------------
    def n(self, lo: int, hi: int) -> str:
        return str(self.rng.randint(lo, hi))

    def pct(self) -> str:
        return f"{self.rng.randint(1, 60)}.{self.rng.randint(1, 9)}%"

    def date(self) -> str:
        return f"{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日"

    def year(self) -> str:
        return str(self.rng.randint(2018, 2024))

    def pick(self, pool: tuple[str, ...]) -> str:
        return self.rng.choice(pool)

    def person(self) -> str:
        return self.rng.choice(self.people)

    # Sentences ---------------------------------------------------------------
    def sentence(self) -> str:
        return self.rng.choice(_SENTENCES)(self)

    def paragraph(self) -> str:
        count = self.rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5, 6))
        return "".join(self.sentence() for _ in range(count))


def _quote(w: _Writer) -> str:
    return "“" + w.pick(_QUOTES) + w.pick(_QUOTE_ENDS) + "”"


_SENTENCES = (
    lambda w: f"{w.date()}，{w.org}组织开展{w.pick(w.topic.act)}活动，吸引{w.n(20, 5000)}名群众参与。",
    lambda w: f"{w.person()}介绍，今年以来，{w.org}累计{w.pick(w.topic.act)}{w.n(2, 90)}次，有效{w.pick(w.topic.goal)}。",
    lambda w: f"{_quote(w)}{w.pick(w.topic.role)}{w.person()}说。",
    lambda w: f"据了解，{w.place}共有{w.pick(w.topic.obj)}点位{w.n(3, 400)}{w.pick(_UNITS_SMALL)}，覆盖群众{w.n(1, 30)}.{w.n(1, 9)}万人。",
    lambda w: f"为{w.pick(w.topic.goal)}，{w.org}结合实际制定了《{w.pick(_WORKS)}》，明确了{w.n(3, 30)}项重点任务。",
    lambda w: f"截至{w.n(1, 12)}月底，全市{w.pick(w.topic.obj)}相关投入达到{w.n(100, 9000)}万元，同比增长{w.pct()}。",
    lambda w: f"在{w.place}的{w.pick(w.topic.obj)}现场，{w.pick(w.topic.scene)}。",
    lambda w: f"{w.org}负责人表示，下一步将继续{w.pick(w.topic.act)}，推动{w.pick(w.topic.obj)}工作向{w.pick(_ADJ)}方向发展。",
    lambda w: f"活动中，工作人员通过展板、视频等形式向群众介绍{w.pick(w.topic.obj)}知识，发放宣传资料{w.n(100, 20000)}份。",
    lambda w: f"“以前{w.pick(w.topic.obj)}问题让人发愁，现在好了！”{w.place}居民{w.person()}高兴地说。",
    lambda w: f"该项目总投资{w.n(1, 90)}.{w.n(1, 9)}亿元，建成后预计每年可{w.pick(w.topic.goal)}。",
    lambda w: f"去年，{w.place}{w.pick(w.topic.obj)}工作取得明显成效，各类问题发生率下降{w.pct()}。",
    lambda w: f"{w.person()}是{w.org}的一名{w.pick(w.topic.role)}，已在这个岗位上坚守了{w.n(3, 30)}年。",
    lambda w: f"目前，{w.org}已开通{w.pick(_LATIN)}服务，群众通过手机就能{w.pick(w.topic.act)}。",
    lambda w: f"{w.date()}上午，{w.place}{w.pick(w.topic.obj)}工作推进会召开，会议听取了{w.n(5, 40)}个部门的工作汇报。",
    lambda w: f"记者在现场看到，{w.pick(w.topic.scene)}。",
    lambda w: f"{w.org}还邀请{w.n(2, 20)}名专家走进{w.place}，围绕{w.pick(w.topic.obj)}开展专题讲座{w.n(2, 30)}场。",
    lambda w: f"据统计，{w.year()}年全年{w.pick(w.topic.obj)}服务人次达{w.n(1000, 99999)}，较上年提高{w.n(1, 15)}个百分点。",
    lambda w: f"这一做法得到了群众的广泛认可，满意度提升至{w.n(90, 99)}.{w.n(1, 9)}%。",
    lambda w: f"如今，{w.place}的{w.pick(w.topic.obj)}已经成为当地的一张亮丽名片。",
    lambda w: f"他们还利用{w.pick(_LATIN)}平台发布{w.pick(w.topic.obj)}信息，累计浏览量超过{w.n(2, 500)}万次。",
    lambda w: f"{w.person()}告诉记者，他所在的{w.pick(w.topic.role)}团队每天要处理{w.n(10, 300)}件群众诉求。",
    lambda w: f"{_quote(w)}这是{w.person()}常挂在嘴边的一句话。",
    lambda w: f"在{w.place}，一场以“{w.pick(_SLOGANS)}”为主题的宣传活动正在火热进行。",
    lambda w: f"大家纷纷表示，要把学到的知识带回家、讲给身边人……",
    lambda w: f"本次活动的主题为“{w.pick(_LATIN_PHRASES)}”，意在{w.pick(w.topic.goal)}。",
    lambda w: f"{w.place}距市区约{w.n(5, 300)}公里，全程驾车需要{w.n(1, 5)}个多小时。",
    lambda w: f"{w.org}（以下简称“{w.pick(_ORG_TYPES)[:2]}”）成立于{w.year()}年，现有工作人员{w.n(8, 600)}名。",
    lambda w: f"你知道{w.pick(w.topic.obj)}背后有多少人在默默付出吗？",
    lambda w: f"{w.person()}和同事们连续奋战{w.n(2, 72)}小时，终于{w.pick(w.topic.goal)}。",
)


def person_name(rng: random.Random) -> str:
    """A personal name; now and then a compound surname, a minority name or a rare character."""
    roll = rng.random()
    if roll < 0.04:
        return rng.choice(_MINORITY_PARTS) + "·" + rng.choice(_MINORITY_PARTS)
    if roll < 0.07:
        surname = rng.choice(_COMPOUND_SURNAMES)
    elif roll < 0.09:
        surname = _RARE_SURNAME
    else:
        surname = rng.choice(_SURNAMES)
    return surname + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _title(w: _Writer) -> str:
    rng = w.rng
    form = rng.randrange(6)
    if form == 0:
        return w.city + w.pick(w.topic.act) + w.pick(_TITLE_TAILS)
    if form == 1:
        return f"让{w.pick(w.topic.obj)}更有温度"
    if form == 2:
        return f"“{w.pick(_SLOGANS)}”{w.pick(w.topic.act)}"
    if form == 3:
        return f"{w.org}{w.pick(w.topic.act)}"
    if form == 4:
        return f"{w.pick(w.topic.obj)}{w.pick(_TITLE_TAILS)} {w.pick(w.topic.goal)}"
    return f"{w.year()}年{w.place}{w.pick(w.topic.obj)}工作综述"


def _kicker(w: _Writer) -> str:
    form = w.rng.randrange(3)
    if form == 0:
        return f"聚焦{w.pick(w.topic.obj)} {w.pick(w.topic.goal)}"
    if form == 1:
        return "、".join(w.rng.sample(("思路清", "措施硬", "作风实", "服务优", "效率高", "底子牢"), 3))
    return f"“{w.pick(_SLOGANS)}”在行动"


def _subtitle(w: _Writer) -> str:
    return f"——{w.place}{w.pick(w.topic.act)}{w.rng.choice(('侧记', '纪实', '见闻', '调查'))}"


def _subhead(w: _Writer) -> str:
    if w.rng.random() < 0.5:
        return f"“{w.pick(_SUBHEAD_LEADS)}”{w.pick(_SUBHEAD_TAILS)} {w.pick(w.topic.obj)}"
    return w.pick(w.topic.act)


def _byline(rng: random.Random) -> tuple[str, str]:
    """(names, printed form)."""
    first, second = person_name(rng), person_name(rng)
    form = rng.randrange(6)
    if form in (0, 1):
        return first, f"（{first}）"
    if form == 2:
        return first, f"（记者 {first}）"
    if form == 3:
        return f"{first} {second}", f"（记者 {first} 通讯员 {second}）"
    if form == 4:
        return f"{first} {second}", f"（{first} {second}）"
    return first, f"（本报记者 {first}）"


def _caption(w: _Writer, body_text: str) -> str:
    """A photo caption naming what the story names: its place, people, subject."""
    place = w.place if w.place in body_text else w.city
    person = next((p for p in w.people if p in body_text), w.people[0])
    subject = next((o for o in w.topic.obj if o in body_text), w.topic.obj[0])
    form = w.rng.randrange(4)
    if form == 0:
        text = f"{place}{w.pick(w.topic.role)}在{subject}现场"
    elif form == 1:
        text = f"{person}正在向群众介绍{subject}情况"
    elif form == 2:
        text = f"{place}一角"
    else:
        text = f"{w.pick(w.topic.scene)}（{place}）"
    return text + ("。" if w.rng.random() < 0.85 else "")


_MIN_BODY_CHARS = 100


def generate_article(rng: random.Random) -> Article:
    """A clean article: what a reader should see once the page is repaired."""
    w = _Writer(rng)
    article = Article(title=_title(w))
    if rng.random() < 0.3:
        article.kicker = _kicker(w)
    if rng.random() < 0.15:
        article.subtitle = _subtitle(w)
    body: list[Block] = []
    if rng.random() < 0.3:
        # A lead paragraph comes before the first sub-heading, as in print.
        body.append(Block("paragraph", w.paragraph()))
        for _ in range(rng.randint(2, 4)):
            body.append(Block("subhead", _subhead(w)))
            body.extend(Block("paragraph", w.paragraph()) for _ in range(rng.randint(1, 3)))
    else:
        body.extend(Block("paragraph", w.paragraph()) for _ in range(rng.randint(1, 7)))
    # Even a news brief runs to a few sentences.
    while sum(len(b.text) for b in body) < _MIN_BODY_CHARS:
        body.append(Block("paragraph", w.paragraph()))
    article.body = body
    if rng.random() < 0.35:
        article.dateline = "本报讯" if rng.random() < 0.5 else w.city + "讯"
    if rng.random() < 0.97:
        article.byline, article.byline_raw = _byline(rng)
    roll = rng.random()
    body_text = article.body_text
    if roll < 0.3:
        article.captions = [_caption(w, body_text)]
    elif roll < 0.35:
        article.captions = [_caption(w, body_text), _caption(w, body_text)]
    return article


# --------------------------------------------------------------------------
# Layout: how the extractor prints an article.

# Punctuation that may not start a line; typesetters hang it at the line end.
_NO_LINE_START = frozenset("，。、；：？！”’）》…")
_NO_LINE_END = frozenset("“‘（《")
_TOKEN = re.compile(r"[\x21-\x7e]+|——|……| |.", re.S)
_HALF_PUNCT = frozenset("，。、；：？！“”‘’（）《》【】「」·")
_DIGITS = re.compile(r"\d+(?:\.\d+)?%?")


def _token_width(token: str) -> float:
    if token == " ":
        return 0.5
    if token[0] <= "\x7e":
        return 0.5 * len(token)
    if token in _HALF_PUNCT:
        return 0.5
    return float(len(token))


def wrap(text: str, width: int, indent: float = 2.0) -> list[str]:
    """Hard-wrap a paragraph the way the page set it: first line indented, words kept whole."""
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    limit = width - indent
    for token in _TOKEN.findall(text):
        w = _token_width(token)
        if current and used + w > limit and token[0] not in _NO_LINE_START:
            # An opening quote or bracket does not end a line: it moves down.
            carry = [current.pop()] if len(current) > 1 and current[-1] in _NO_LINE_END else []
            lines.append("".join(current).rstrip(" "))
            current, limit = carry, float(width)
            used = sum(_token_width(t) for t in carry)
            if token == " ":
                continue
        current.append(token)
        used += w
    if current:
        lines.append("".join(current).rstrip(" "))
    return lines


def _loosen(line: str, rng: random.Random) -> str:
    """Spaces the extractor puts around numbers (and now and then before a comma) on loose lines."""

    def spaced(match: re.Match[str]) -> str:
        start, end = match.start(), match.end()
        left = " " if start > 0 and line[start - 1] > "\x7e" else ""
        right = " " if end < len(line) and line[end] > "\x7e" else ""
        return left + match.group(0) + right

    line = _DIGITS.sub(spaced, line)
    if rng.random() < 0.1:
        line = line.replace("、", " 、", 1)
    return line


@dataclass(slots=True)
class _Habits:
    """How this page's extraction damaged it."""

    blank_between_paragraphs: float
    column_break_every: int | None
    blank_after_first_line: bool
    loose_line_rate: float
    inline_byline_rate: float
    captions_at_end: float


def _page_habits(rng: random.Random) -> _Habits:
    return _Habits(
        blank_between_paragraphs=rng.choice((0.0, 0.6, 0.9, 1.0, 1.0)),
        column_break_every=rng.choice((None, None, rng.randint(6, 20))),
        blank_after_first_line=rng.random() < 0.5,
        loose_line_rate=rng.choice((0.0, 0.15, 0.3)),
        inline_byline_rate=rng.random(),
        captions_at_end=rng.random(),
    )


class _Printer:
    """Collects printed lines and the blank lines the habits put between them."""

    def __init__(self, rng: random.Random, habits: _Habits):
        self.rng = rng
        self.habits = habits
        self.out: list[str] = []
        self.since_break = 0

    def blank(self) -> None:
        if self.out and self.out[-1] != "":
            self.out.append("")

    def line(self, text: str, *, body: bool = False) -> None:
        if body and self.habits.loose_line_rate and self.rng.random() < self.habits.loose_line_rate:
            text = _loosen(text, self.rng)
        self.out.append(text)
        every = self.habits.column_break_every
        if body and every:
            self.since_break += 1
            if self.since_break >= every:
                self.blank()
                self.since_break = 0


def _doubled(caption: str) -> str:
    if caption.endswith("。"):
        return caption[:-1] * 2 + "。。"
    return caption * 2


def _print_article(p: _Printer, article: Article, width: int, inline_captions: list[str], jumps: tuple[str | None, str | None], dateline_bracket: bool) -> None:
    rng = p.rng
    jump_in, jump_out = jumps
    p.blank()
    if article.kicker:
        p.line(article.kicker)
        if rng.random() < 0.5:
            p.blank()
    p.line((" " if rng.random() < 0.15 else "") + article.title)
    if article.subtitle:
        p.line(article.subtitle)
    if jump_in:
        p.line(jump_in)
    # Three of the sample page's four headlines stand apart from their text.
    if rng.random() < 0.75:
        p.blank()
    paragraphs = [i for i, b in enumerate(article.body) if b.kind == "paragraph"]
    captions_after: dict[int, list[str]] = {}
    for caption in inline_captions:
        # Never after the last paragraph, where the byline goes.
        captions_after.setdefault(rng.choice(paragraphs[:-1]), []).append(caption)
    after_heading = True
    for index, block in enumerate(article.body):
        if block.kind == "subhead":
            p.blank()
            p.line(block.text)
            after_heading = True
            continue
        text = block.text
        if index == paragraphs[0] and article.dateline:
            text = article.dateline + (article.byline_raw if dateline_bracket else " ") + text
        wrapped = wrap(text, width)
        for i, line in enumerate(wrapped):
            p.line(line, body=True)
            if i == 0 and after_heading and p.habits.blank_after_first_line and len(wrapped) > 1:
                p.blank()
        after_heading = False
        if index in captions_after:
            for caption in captions_after[index]:
                p.blank()
                p.line(_doubled(caption))
            p.blank()
        elif rng.random() < p.habits.blank_between_paragraphs:
            p.blank()
    if jump_out:
        p.line(jump_out)
    elif article.byline_raw and not dateline_bracket:
        if p.out and p.out[-1] and rng.random() < p.habits.inline_byline_rate:
            p.out[-1] += rng.choice((" ", "")) + article.byline_raw
        else:
            if rng.random() < 0.5:
                p.blank()
            p.line(article.byline_raw)


def _edition_header(rng: random.Random) -> tuple[str, int]:
    """(the header line, its page number): the weekday is the date's own."""
    year, month, day = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
    rng.choice("一二三四五六日")  # drawn, not used, so each seed still gives the page it always gave
    weekday = "一二三四五六日"[datetime.date(year, month, day).weekday()]
    editor, layout, page = person_name(rng), person_name(rng), rng.randint(1, 8)
    header = f"{year}年{month}月{day}日 星期{weekday} 责任编辑：{editor} 版式：{layout} 第{page}版 {rng.choice(_EDITION_SECTIONS)}"
    return header, page


def generate_page(rng: random.Random, n_articles: int | None = None) -> tuple[str, list[Article], list[str]]:
    """(damaged page text, the articles it holds as they should be rebuilt, furniture lines printed)."""
    if n_articles is None:
        n_articles = rng.randint(1, 6)
    habits = _page_habits(rng)
    printer = _Printer(rng, habits)
    furniture: list[str] = []
    truth: list[Article] = []
    end_captions: list[str] = []
    header_page = None
    if rng.random() < 0.5:
        header, header_page = _edition_header(rng)
        printer.line(header)
        furniture.append(header)
    for _ in range(n_articles):
        article = generate_article(rng)
        printed = replace(article, body=list(article.body), captions=list(article.captions))
        roll = rng.random()
        jump_in = jump_out = None
        if roll < 0.05:
            jump_out = f"（下转第{rng.choice(_CN_DIGITS)}版）"
            # The byline is printed where the article ends, on the other page.
            printed.byline = printed.byline_raw = None
        elif roll < 0.1:
            jump_in = f"（上接第{rng.choice(_CN_DIGITS)}版）"
        inline: list[str] = []
        n_paragraphs = sum(1 for b in printed.body if b.kind == "paragraph")
        for caption in printed.captions:
            if n_paragraphs > 1 and rng.random() >= habits.captions_at_end:
                inline.append(caption)
            else:
                end_captions.append(caption)
        dateline_bracket = bool(
            printed.dateline and printed.byline_raw and printed.byline_raw.startswith(("（记者", "（本报记者")) and rng.random() < 0.5
        )
        _print_article(printer, printed, rng.randint(14, 22), inline, (jump_in, jump_out), dateline_bracket)
        furniture.extend(j for j in (jump_in, jump_out) if j)
        truth.append(printed)
    for caption in end_captions:
        printer.blank()
        printer.line(_doubled(caption))
    if rng.random() < 0.4:
        printer.blank()
        number = str(rng.randint(1, 24))
        if header_page is not None:
            number = str(header_page)  # the foot of the page numbers the page its header names
        printer.line(number)
        furniture.append(number)
    return "\n".join(printer.out) + "\n", truth, furniture
