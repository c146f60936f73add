import { frameRates, type Variant } from './metamorphic-resolved.js';
import { type seeds as Seeds, seeds } from './metamorphic-variants.js';
import { realClassifier, rules } from './real-classifier.js';

// Metamorphic variants for messages that hold a report's words but are no new report (see
// metamorphic-frames.test.ts), one family per error class met on unseen messages: a mistaken alarm
// explained away (以为…下去一看是…), news or a video from elsewhere (抖音上看到外地…), clickbait
// (震惊！…转发给你关心的人), a service advert (…？专业维修 不通不收费 电话…), an information question
// about a thing with nothing wrong (请问…归谁管), praise for a fix (给物业点个赞…半小时就修好了), a
// past event told as a story (去年…后来修好了), a what-if or a safety tip (万一…怎么办, 提醒大家
// 遇到…不要慌), a staff notice (停水预告：…将对…进行检修). Each frame is built from lists of
// wordings (lead × connector × explanation × coda …) walked in mixed radix, so consecutive seeds
// meet different combinations; each wraps the core of a report of every category. The other way
// round, reports that merely hold such words (以为修好了结果…, 通知说修但没人来, 提醒物业赶紧修,
// 问一下什么时候修, 万一砸到人怎么办) must stay reports of their category.

const c = realClassifier();
const here = rules.places.here ?? [];
const breaks = /[，,。！!？?；;~～…\s]+/u;

/** The i-th combination of one item from each list (mixed radix): seed after seed walks all of them. */
const combo = (i: number, ...lists: readonly (readonly string[])[]): string[] => {
  let k = i;
  return lists.map((l) => {
    const x = l[k % l.length]!;
    k = Math.floor(k / l.length);
    return x;
  });
};

/**
 * The core of a report: the fewest consecutive clauses (at most three) that are by themselves a
 * report of its category, preferring ones that name a thing and what is wrong with it in one
 * clause, then ones with no request or complaint (能不能, 没人管): a statement of a fault, which a
 * frame can then believe, report from elsewhere or explain away.
 */
function coreOf(g: (typeof Seeds)[number]): { core: string; pair: boolean } | null {
  const parts = g.text.split(breaks).filter((x) => x !== '' && !x.startsWith('@'));
  let best: string | null = null;
  let bestRank = 4;
  for (let n = 1; n <= 3; n++)
    for (let from = 0; from + n <= parts.length; from++) {
      const s = parts.slice(from, from + n).join('，');
      const e = c.explain(s);
      if (!e.result.report || e.result.category !== g.category || e.result.urgent) continue;
      const pair = e.categories.find((x) => x.code === g.category)?.pair === true;
      const plain = e.cues.every((x) => x.weight <= 0);
      const rank = (pair ? 0 : 2) + (plain ? 0 : 1);
      if (rank === 0) return { core: s, pair: true };
      if (rank < bestRank) [best, bestRank] = [s, rank];
    }
  return best === null ? null : { core: best, pair: bestRank < 2 };
}

/** The heaviest thing (object term) of the seed's category named in its core: 电梯, 路灯, 燃气. */
function thingOf(core: string, category: string): string | null {
  const rule = rules.categories.find((x) => x.code === category)!;
  const terms = c.explain(core).categories.find((x) => x.code === category)?.terms ?? [];
  const things = terms.filter((t) => t in rule.objects).sort((a, b) => rule.objects[b]! - rule.objects[a]! || b.length - a.length);
  return things[0] ?? null;
}

interface Cored {
  category: string;
  text: string;
  core: string;
  /** The core names a thing and what is wrong with it in one clause (门锁坏了), not only one of them. */
  pair: boolean;
  thing: string | null;
}
/** Every seed with a core that is itself a report of the seed's category and not urgent. */
const cored: Cored[] = seeds.flatMap((g) => {
  const found = coreOf(g);
  return found === null ? [] : [{ category: g.category!, text: g.text, ...found, thing: thingOf(found.core, g.category!) }];
});
/** Cores that speak of "here" only through the place (no 我家, 咱们): a frame about elsewhere covers them. */
const portableCores = cored.filter((g) => !here.some((w) => g.core.includes(w)));
/** Cores that name a thing of their category. */
const thingCores = cored.filter((g) => g.thing !== null);

/** A frame over the cores: the variant of the i-th seed. */
type CoreVariant = (g: Cored, i: number) => string;
/** As a variant of metamorphic-resolved.ts (text, i): the seeds' texts are looked up in `from`. */
const over = (from: Cored[], make: CoreVariant): { seeds: typeof Seeds; make: Variant } => {
  const byText = new Map(from.map((g) => [g.text, g]));
  return { seeds: seeds.filter((s) => byText.has(s.text)), make: (t, i) => make(byText.get(t)!, i) };
};

const BELIEFS = [
  '刚才以为',
  '我还以为',
  '一开始以为',
  '本来以为',
  '听动静还以为',
  '乍一看以为',
  '吓我一跳，还当',
  '原以为',
  '刚还以为',
  '嗐，我还寻思',
];
const LOOKED = [
  '，下去一看',
  '，出门一看',
  '，过去一看',
  '，仔细一看',
  '，问了物业才知道',
  '，后来才知道',
  '，原来',
  '，结果',
  '，下楼一瞧',
  '，打电话问了物业',
  '，跑下去发现',
];
const HARMLESS = [
  '是邻居家在装修',
  '是楼上在拖地',
  '是我自己看错了',
  '是有人在拍视频',
  '是保洁在冲洗地面',
  '是小孩子在闹着玩',
  '是人家在搬家',
  '是物业在做测试',
  '是人家在做保养',
  '是有人在拍短视频',
  '啥事没有',
];
const MISTAKEN_ENDS = [
  '',
  '，虚惊一场',
  '，白担心了',
  '，没事了',
  '，大家别担心',
  '，不好意思搞错了',
  '，闹了个乌龙',
  '，是一场误会',
  '，是我看岔了',
  '，没有的事',
];

const SOURCES = [
  '看新闻说',
  '新闻里说',
  '抖音上看到',
  '快手上刷到',
  '微博上看到',
  '刚刷到个视频，',
  '网上有个视频，',
  '公众号文章说',
  '电视上播了，',
  '朋友发了个视频，',
  '报纸上登了，',
  '热搜上说',
  '刷到一个帖子说',
  '看直播看到',
  '今天看到一条新闻，',
  '看到个新闻，说',
  '央视新闻：',
  '听广播说',
  '网友爆料：',
  '看了一个纪录片，',
];
const ELSEWHERE = ['隔壁市', '邻市', '外地', '南方一个城市', '某地', '有个县城', '一个老小区', '河南有个小区', '外省'];
const REACTIONS = ['', '，太吓人了', '，评论区都炸了', '，看着都心疼', '，他们物业真是不管'];

const HEADLINES = [
  '震惊！',
  '突发！',
  '重磅！',
  '速看！',
  '紧急扩散！',
  '【扩散】',
  '【速看】',
  '【突发】',
  '【重要提醒】',
  '【曝光】',
  '注意！注意！',
  '【警惕】',
  '【必看】',
  '扩散周知！',
  '【紧急扩散】',
  '刚刚曝光！',
  '注意啦注意啦！',
];
const CHAIN = [
  '',
  '，转发给你关心的人',
  '，看完请转发',
  '，赶紧扩散',
  '，为了家人转起来',
  '，请互相转告',
  '，家里有老人的一定要看',
  '！！！90%的人都不知道',
  '，看完惊出一身冷汗',
  '，太可怕了，赶紧转给家人',
  '，不看后悔，快转给家人朋友',
  '，请互相转发',
  '，看完赶紧转',
  '，转发就是善举',
  '，转给你在乎的人',
];

const OFFERS = [
  '专业维修',
  '上门维修',
  '快速上门',
  '承接各类维修',
  '专业处理',
  '专业上门服务',
  '本店承接各类维修',
  '上门快',
  '王师傅专业上门',
];
const TERMS = ['不通不收费', '修不好不收钱', '价格优惠', '收费透明', '随叫随到', '半小时上门', '先检测后收费', '不满意不收费'];
const CONTACTS = [
  '联系电话13812345678',
  '电话：139 0000 1234',
  '微信同号15800001111',
  '有需要请联系',
  '欢迎咨询',
  '电话186-1234-5678',
  '联系方式：13611112222',
  '有需要的加微信',
  '电话：0755-12345678',
];

const ASKERS = ['请问', '问一下', '想问下', '有谁知道', '有没有人知道', '哪位邻居知道', '打听一下', '请问大家，', '咨询一下，'];
const INFO = [
  '归谁管',
  '是哪个部门负责的',
  '报修电话是多少',
  '平时是谁在维护',
  '在哪里申请',
  '有没有保修',
  '一般多久检修一次',
  '是哪家公司的',
  '是谁在负责',
  '的客服电话是多少',
  '在哪个位置啊',
  '要怎么预约',
];
const ASK_ENDS = ['？', '？谢谢', '，谢谢大家', '？知道的说一声'];

const PRAISE = [
  '给物业点个赞',
  '谢谢王师傅',
  '感谢物业',
  '必须表扬一下维修师傅',
  '为网格员点赞',
  '物业效率真高',
  '必须点赞',
  '为师傅打call',
];
const REPORTED = ['昨天报的', '上午说的', '前天反映的', '早上发群里的'];
const DONE = [
  '半小时就修好了',
  '师傅当天就来弄好了',
  '今天已经处理好了',
  '这么快就解决了',
  '已经换了新的',
  '修得真快',
  '处理得很快',
  '第二天就派人弄好了',
  '很快就处理完了',
  '一个小时就修好了',
  '当天就办妥了',
  '反映后物业马上处理了',
];

const PAST = [
  '去年',
  '前年',
  '前几年',
  '刚搬来那会儿',
  '有一年冬天',
  '上次',
  '记得去年',
  '三年前',
  '上回',
  '前些年',
  '好多年前',
  '那次',
  '记得有一次',
  '早些年',
  '早年间',
  '记得那年',
];
const THEN_FIXED = [
  '，后来物业来修好了',
  '，后来换了新的就再没出过问题',
  '，后来找了社区很快就解决了',
  '，后来就好了',
  '，反映了以后第二天就处理了',
  '，物业很快就来了',
  '，当时闹得挺大，后来才解决',
  '，后来整改完了',
  '，后来慢慢都修好了',
  '，后来修了就没再出问题',
  '，后来社区协调解决了',
];
// A remembered time told of here (想当年咱们楼…): the story is of here, and still past.
const LONG_AGO = ['小时候', '想当年', '早些年', '记得有一年', '那场台风那年', '早年间'];
const OF_HERE = ['咱们小区', '我们这栋', '我家那个单元', '咱楼里'];
const THOSE_DAYS = ['，那时候真不容易', '，大人们忙活了好一阵', '', '，想想都不容易'];
const STORY_ENDS = ['', '，所以大家有事就在群里说', '，想起来还挺感慨'];

const IFS = ['万一', '要是', '假如', '如果哪天', '万一哪天', '假设', '一旦'];
const IF_ASKS = ['怎么办？', '该找谁？', '咱们该怎么处理？', '物业有预案吗？', '了怎么办？教你三招'];
const TIPS = ['提醒大家', '温馨提醒一下', '友情提示', '给大家提个醒'];
const WHENEVER = ['遇到', '如果发现', '碰到', '一旦发现'];
const SEASONS = ['冬天快到了', '雨季来了', '天气转冷了'];
const ADVICE = [
  '不要慌，第一时间打物业电话',
  '先别靠近，赶紧联系物业',
  '记得先拍照再报修',
  '千万别自己动手',
  '大家记得第一时间打物业电话',
  '请大家不要惊慌',
];

// Asked ahead or about others, nothing wrong yet: 还没坏, 灵不灵 (not yet, either-or).
const NOT_YET = ['还没坏', '还没出问题', '还没出故障', '还没坏掉'];
const AHEAD = ['，想提前找个师傅保养', '，打算先换个新的', '，想问问大家多久保养一次', '，有没有必要提前检查'];
const EITHER_OR = ['灵不灵', '行不行'];
const OTHERS = ['隔壁单元的，你们那的', '楼下邻居，你家', '新搬来的问下，咱这'];
// A fault said not to be so (不是坏了，是…).
const NOT_SO = ['不是坏了', '不是出故障', '不是出问题了'];
const WHAT_IT_IS = ['，是物业在例行保养', '，是人家在调试', '，是检修前先关了'];
// A resident tells ahead of their own work, and apologises (搬家、换窗户 … 先跟大家说一声).
const OWN_PLANS = ['我们家周末搬家', '602下周换窗户', '我家月底重新刷墙', '三楼这户这两天装空调'];
const APOLOGIES = ['，先跟大家说一声', '，先跟大家打个招呼', '，给大家添麻烦了', '，请多担待', '，请大家谅解'];
// A tip told ahead of a season or for next time (以后遇到…直接打…, 提前做好…不然…可就麻烦了).
const NEXT_TIME = ['以后遇到', '下次碰到', '以后再遇到', '下回遇到'];
const DIRECTLY = ['，直接打物业值班电话', '，直接拨119', '，直接按门口的报警按钮', '，直接打12345'];
const REMEMBER = ['，大家记一下', '，都记住了', ''];
const PREPARE = ['记得提前做好检查', '提前做好防冻', '记得包好'];
const OR_ELSE = ['，不然', '，要不然', '，否则'];
const BAD_THEN = ['就麻烦了', '可就麻烦了', '就麻烦大了'];
// Work begun after a report (师傅已经在修了) with thanks; praise of a new thing (又稳又快).
const UNDERWAY = ['师傅已经来修了', '电工已经在修了', '物业已经来人了', '维修的已经来修了'];
const NEW_THING = ['新换的', '刚装好的', '翻新后的'];
const QUALITIES = ['又稳又快', '又好又快', '又快又稳', '又快又好'];
const WORTH = ['，这钱没白花', '，花得值', '，点赞'];

// A visit announced with what everyone should do meanwhile (…来做保养，请大家绕行).
const VISIT_WHEN = ['明天上午', '周四下午', '这周末', '下周一早上'];
const VISITS = ['有师傅来检查', '厂家来做保养', '有人来清洗', '有工人来测量'];
const TO_ALL = ['，请大家绕行', '，大家提前挪车', '，大家注意避让', '，大家不要在旁边停车', '，请勿靠近'];

const HEADERS = [
  '【通知】',
  '通知：',
  '温馨提示：',
  '物业通知：',
  '停水预告：',
  '社区公告：',
  '各位业主：',
  '尊敬的业主，',
  '网格员提醒：',
];
const WHEN = ['明天上午9点到12点', '本周六全天', '3月5日下午', '下周一起', '今晚10点以后'];
const WINDOWS = ['明天上午9点到12点', '今晚九点到十一点', '周六8:00-18:00', '下午两点至五点', '今晚22:00至次日6:00'];
const PLANNED = ['检修', '升级', '清洗', '停用', '改造'];
const EFFECTS = ['可能用不了', '可能失灵', '会坏一会儿', '用不了'];
const PASSED_ON = [' 大家记一下', '', ' 提前准备一下'];
const WORKS = ['将对{}进行检修', '{}例行维护', '{}计划检修', '将对{}进行更换'];
const NOTICE_ENDS = [
  '，请大家提前做好准备',
  '，请相互转告',
  '，给大家带来不便敬请谅解',
  '，如有疑问请联系物业',
  '，届时请勿使用',
  '，请家中留人',
];

/** Frames that make a report's core no new report. */
export const notNew: Record<string, { seeds: typeof Seeds; make: Variant }> = {
  'mistaken alarm': over(cored, (g, i) => {
    const [belief, looked, harmless, end] = combo(i, BELIEFS, LOOKED, HARMLESS, MISTAKEN_ENDS);
    return `${belief}${g.core}${looked}${harmless}${end}`;
  }),
  'news elsewhere': over(portableCores, (g, i) => {
    const [source, where, reaction] = combo(i, SOURCES, ELSEWHERE, REACTIONS);
    return `${source}${where}${g.core}${reaction}`;
  }),
  clickbait: over(portableCores, (g, i) => {
    const [headline, chain] = combo(i, HEADLINES, CHAIN);
    return `${headline}${g.core}${chain}`;
  }),
  'service advert': over(cored, (g, i) => {
    const [offer, terms, contact] = combo(i, OFFERS, TERMS, CONTACTS);
    return i % 2 === 0 ? `${g.core}？${offer}，${terms}，${contact}` : `${offer}${g.thing ?? ''}，${terms}，${contact}`;
  }),
  'information question': over(thingCores, (g, i) => {
    const [asker, info, end] = combo(i, ASKERS, INFO, ASK_ENDS);
    return `${asker}${g.thing}${info}${end}`;
  }),
  praise: over(cored, (g, i) => {
    const [praise, reported, done] = combo(i, PRAISE, REPORTED, DONE);
    // Praise first, praise last, or the fix first and the fault told as before it (之前…).
    if (i % 3 === 0) return `${praise}，${reported}${g.core}，${done}`;
    return i % 3 === 1 ? `${g.core}，${done}，${praise}` : `物业今天把问题${done}，之前${g.core}，${praise}`;
  }),
  'past story': over(portableCores, (g, i) => {
    const [past, fixed, end] = combo(i, PAST, THEN_FIXED, STORY_ENDS);
    return `${past}${g.core}${fixed}${end}`;
  }),
  'past story of here': over(portableCores, (g, i) => {
    const [longAgo, ofHere, those] = combo(i, LONG_AGO, OF_HERE, THOSE_DAYS);
    return `${longAgo}${ofHere}${g.core}${those}`;
  }),
  'what-if or tip': over(portableCores, (g, i) => {
    if (i % 3 === 2) return `${combo(i, SEASONS)[0]}，大家注意防止${g.core}`;
    if (i % 2 === 0) {
      const [ifw, ask] = combo(i >> 1, IFS, IF_ASKS);
      return `${ifw}${g.core}${ask}`;
    }
    const [tip, whenever, advice] = combo(i >> 1, TIPS, WHENEVER, ADVICE);
    return `${tip}，${whenever}${g.core}的情况，${advice}`;
  }),
  'not yet or either-or': over(thingCores, (g, i) => {
    if (i % 2 === 0) {
      const [notYet, ahead] = combo(i >> 1, NOT_YET, AHEAD);
      return `${g.thing}${notYet}${ahead}`;
    }
    const [others, either] = combo(i >> 1, OTHERS, EITHER_OR);
    return `${others}${g.thing}${either}？`;
  }),
  'fault denied': over(thingCores, (g, i) => {
    const [notSo, whatItIs] = combo(i, NOT_SO, WHAT_IT_IS);
    return `${g.thing}${notSo}${whatItIs}`;
  }),
  'own plans told ahead': over(thingCores, (g, i) => {
    const [plan, apology] = combo(i, OWN_PLANS, APOLOGIES);
    return `${plan}，${g.thing}那边可能会有点动静${apology}`;
  }),
  'tip for next time': over(portableCores, (g, i) => {
    if (i % 2 === 0) {
      const [next, directly, remember] = combo(i >> 1, NEXT_TIME, DIRECTLY, REMEMBER);
      return `${next}${g.core}${directly}${remember}`;
    }
    const [season, prepare, orElse, bad] = combo(i >> 1, SEASONS, PREPARE, OR_ELSE, BAD_THEN);
    return `${season}，大家${prepare}${orElse}${g.core}${bad}`;
  }),
  'underway or new': over(thingCores, (g, i) => {
    if (i % 2 === 0) {
      const [reported, underway, praise] = combo(i >> 1, REPORTED, UNDERWAY, PRAISE);
      return `${reported}${g.core}，${underway}，${praise}`;
    }
    const [fresh, qualities, worth] = combo(i >> 1, NEW_THING, QUALITIES, WORTH);
    return `${fresh}${g.thing}${qualities}${worth}`;
  }),
  'visit announced, told to all': over(thingCores, (g, i) => {
    const [when, visit, toAll] = combo(i, VISIT_WHEN, VISITS, TO_ALL);
    return `${when}${visit}${g.thing}${toAll}`;
  }),
  // A time window with planned work and what it will stop, passed on without any notice word
  // (今晚九点到十一点 门禁升级 到时候门禁可能失灵 大家记一下).
  'planned window': over(thingCores, (g, i) => {
    const [when, work, effect, end] = combo(i, WINDOWS, PLANNED, EFFECTS, PASSED_ON);
    return `${when} ${g.thing}${work} 到时候${g.thing}${effect}${end}`;
  }),
  'staff notice': over(thingCores, (g, i) => {
    const [header, when, work, end] = combo(i, HEADERS, WHEN, WORKS, NOTICE_ENDS);
    return `${header}${when}${work!.replace('{}', g.thing!)}${end}`;
  }),
};

/**
 * A variant that must stay a report of the seed's category, made from the seed's core when that
 * states a fault (门锁坏了), else from the whole seed (a core that only names a thing or a person
 * says too little to be a report after any frame).
 */
const onCore =
  (make: (core: string, i: number) => string): Variant =>
  (t, i) => {
    const g = cored.find((x) => x.text === t);
    return make(g?.pair === true ? g.core : t, i);
  };

/** Reports that hold the words of those frames: they stay reports of their category. */
export const staysNew: Record<string, Variant> = {
  'believed fixed, then saw': onCore((t, i) => {
    const [belief, looked] = combo(
      i,
      ['以为修好了', '本以为换了新的就好了', '还以为是我家自己的问题', '以为物业早处理了'],
      ['，结果', '，下去一看', '，没想到', '，出门一看'],
    );
    return `${belief}${looked}${t}`;
  }),
  'notice said, nothing done': onCore(
    (t, i) =>
      t +
      combo(
        i,
        ['，通知说上周修', '，贴了通知说要修', '，物业通知说已经修好了', '，温馨提示贴了', '，通知上说今天来修'],
        ['，到现在也没人来', '，一个月了还是老样子', '，根本没修', '，问题还在'],
      ).join(''),
  ),
  // A window said with what lasts or a complaint is when the trouble comes, not work announced.
  'window of the trouble': onCore(
    (t, i) => t + combo(i, ['，每天晚上八点到十点都这样', '，从早上8点到下午5点一直这样', '，说好两点到五点检修，到现在也没人来'])[0],
  ),
  'reminds the staff': onCore((t, i) => t + combo(i, ['，提醒物业赶紧修', '，提醒一下物业，再不修要出事了', '，提醒物业尽快派人看看'])[0]),
  'asks when it is fixed': onCore(
    (t, i) =>
      t +
      combo(i, [
        '，问一下什么时候修',
        '，请问什么时候能修好',
        '，有谁知道找谁修吗',
        '，想问下这个归谁管',
        '，打听一下报修电话是多少',
        '，请问这事找谁？',
      ])[0],
  ),
  // A warning about this fault (大家先别靠近) or running into it (下楼碰到) is no safety tip.
  'warns the neighbours': onCore((t, i) =>
    i % 2 === 0
      ? combo(i >> 1, ['今天下楼碰到', '刚才出门遇到', '早上遇上'])[0] + t
      : t + combo(i >> 1, ['，大家先别靠近，物业快来看看', '，提醒大家千万别从那走', '，大家第一时间绕开走'])[0],
  ),
  'what-if consequence': onCore(
    (t, i) => t + combo(i, ['，万一砸到人怎么办', '，要是伤着人怎么办', '，万一出事了谁负责', '，如果再不修就要出大事'])[0],
  ),
  'fixed once, back again': onCore((t, i) => combo(i, ['去年修过一次，现在', '上次修好没多久，', '前年反映过，后来修好了，现在又'])[0] + t),
  'since long ago': onCore(
    (t, i) =>
      combo(i, [
        '去年就这样了，到现在也没修，',
        '从去年到现在一直这样，',
        '上次反映了以后就处理了一下，没几天又这样了，',
        '前年就给修了，现在又',
      ])[0] + t,
  ),
  // The fix was before, the fault is now (之前修好了，现在又…): told after a fix, it reopens it.
  'fixed, then again now': onCore(
    (t, i) => combo(i, ['之前修好了，现在又', '上周弄好了，这两天又', '物业弄好了，之前就坏过，现在又'])[0] + t,
  ),
  // Not only mine (原来不是我一家): the correction names the real fault.
  // A belief about something else (还当是小问题, 过两天就好) says nothing against the fault told after it.
  'believed something else': onCore(
    (t, i) => combo(i, ['我还当是小问题，', '本来以为过两天就好，结果', '我还以为是我家自己的事，'])[0] + t,
  ),
  'not just mine': onCore((t, i) => combo(i, ['原来不是我一家，', '其实不是我家的问题，整栋楼都这样，', '原来不是我家的事，'])[0] + t),
  // A season ahead with a fault now is no safety tip (冬天快到了，暖气还不热，提前做好准备吧).
  'season ahead': onCore(
    (t, i) => combo(i, ['冬天快到了，', '雨季来了，', '天气转冷了，'])[0] + t + combo(i + 1, ['，物业赶紧看看', '，物业早点准备吧', ''])[0],
  ),
  'praise, but': onCore((t, i) => combo(i, ['物业平时挺负责的，但是', '谢谢师傅上次帮忙，这次', '点赞归点赞，'])[0] + t),
  'said a worker would come': onCore((t, i) => t + combo(i, ['，说好的上门维修一直没来', '，打了报修电话说专业师傅会来，到现在没影'])[0]),
  // A contact without an offer (or an offer without a contact) speaks only for its clause.
  'leaves a number': onCore(
    (t, i) => t + combo(i, ['，我的电话：13912345678，麻烦物业联系我', '，麻烦联系我，电话13812345678', '，专业师傅来看过也没修好'])[0],
  ),
  // Passing a report on to the staff, or filming it, is no chain letter or video from elsewhere.
  'passed on to the staff': onCore(
    (t, i) =>
      t + combo(i, ['，转发给物业看看', '，大家帮忙转给物业', '，麻烦网格员转给社区', '，拍了个视频发给物业了', '，在公众号上报修了'])[0],
  ),
  // 还没 before no fault word is still waiting (报了三天还没修); a near miss is a complaint.
  'not fixed yet': onCore((t, i) => t + combo(i, ['，报了三天还没修', '，到今天还没有人来', '，说了好几次还没处理'])[0]),
  'near miss': onCore((t, i) => t + combo(i, ['，刚才差点被绊倒', '，我妈差点摔一跤', '，险些出事', '，好几个人差点撞上'])[0]),
  // A place that sounds elsewhere (单位分的房子, 租的房子), asked of the community or the property: here.
  'outside word, asked of here': onCore((t, i) => {
    const [lead, ask] = combo(
      i,
      ['单位分的老房子这边，', '租的房子这里，', '老房子这块，', '公司宿舍那栋，'],
      ['，社区能不能帮忙协调一下', '，物业能不能派人看看', '，社区可不可以出面管管', '，网格员能不能帮着问问'],
    );
    return lead + t + ask;
  }),
  // A remembered time with a fault that goes on till now (早些年…，到现在也没人管) is a fault of now.
  'remembered, still going on': onCore((t, i) => {
    const [since, still] = combo(
      i,
      ['早些年装好以后，', '记得那场暴雨以后，', '想当年搬进来就', '早年间就'],
      ['，到现在也没人管', '，至今没解决', '，到今天还是这样', '，从那以后就没好过'],
    );
    return since + t + still;
  }),
  // A memory, then the fault back here or as found (…，咱们这又这样了; …，结果还是这样) is of now.
  'remembered, back again here': onCore((t, i) => {
    const [lead, back] = combo(
      i,
      ['记得有一次', '早些年', '那场暴雨那年', '想当年'],
      ['，咱们这又这样了', '，结果还是这样', '，我们楼又出这毛病了', '，结果修完还是不行'],
    );
    return lead + t + back;
  }),
  // Running into it and acting at once (碰到…直接打了…) tells what was done, not a tip for next time.
  'ran into it, acted': onCore((t, i) => {
    const [met, acted] = combo(
      i,
      ['今天碰到', '刚才遇到', '早上出门碰上'],
      ['，直接打了物业电话，到现在没人来', '，直接找了物业，说没空', '，直接拨了热线也没人管'],
    );
    return met + t + acted;
  }),
  // A fault told with what neighbours should do meanwhile (…，大家先别用) is still a report.
  'fault, then told to all': onCore((t, i) => t + combo(i, ['，大家先别用了', '，大家别靠近', '，大家不要往那边走', '，请大家绕行'])[0]),
  // Apologies or praise owed and not given (连说声抱歉都没有), or praise then a fault (又快又稳，就是老停).
  'apology owed, or praise but': onCore(
    (t, i) => t + combo(i, ['，连说声抱歉都没有', '，停之前也没提前说一声', '，新换的又快又稳，就是老停', '，说声抱歉都没有'])[0],
  ),
  // A fault asked about (有人…过吗 … 没反应), or urged with what comes of waiting (再不修就麻烦了), is a report.
  'asks others, or urges': onCore(
    (t, i) => t + combo(i, ['，这个有人用过吗', '，再不修就麻烦了', '，值不值得找人修', '，再不管就麻烦大了'])[0],
  ),
  // A complaint that ends in a laugh (…物业也不管，笑死) is still a complaint.
  'complaint, then a laugh': onCore(
    (t, i) => t + combo(i, ['，物业也不管，笑死', '，等了三天了，笑死', '，到底有没有人修啊，笑死我了', '，又这样，太可笑了'])[0],
  ),
  'news, and here too': onCore((t, i) =>
    i % 3 === 2
      ? `新闻里说别的小区都整改了，${t}，咱们这什么时候管`
      : combo(i, ['看新闻说别的小区也这样，咱们小区', '抖音上刷到外地也有，我们这也是，'])[0] + t,
  ),
};

export const notNewRates = () => frameRates(notNew, staysNew);
