import * as OpenCC from 'opencc-js/cn2t';
import { readCorpus, realClassifier, rules } from './real-classifier.js';

// Metamorphic variants (see metamorphic.test.ts): a change to a message that does not change what it asks for must not
// change the classification. Seeds are the labelled reports of the corpora that the shipped
// rules already get right (every category); variants are generated here from templates, so no
// fixed list of sentences is tuned against. `npm run metamorphic`
// prints the pass rate of every transformation.

const c = realClassifier();
const here = rules.places.here ?? [];
const corpus = [...readCorpus('dev'), ...readCorpus('extra'), ...readCorpus('probe')];
export const seeds = corpus.filter((g) => {
  if (!g.report || g.text.includes('\n')) return false;
  const r = c.classify(g.text);
  return r.report && r.category === g.category;
});
/** Seeds that talk about "here" only through the place, so they can be moved elsewhere. */
export const portable = seeds.filter((g) => !here.some((w) => g.text.includes(w)));

/** A deterministic choice, so a failure names the same variant every run. */
export const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;
export const trimEnd = (t: string) => t.replace(/[。！!？?~～\s]+$/u, '');

const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'twp' });

export const keepsTheReport: Record<string, (text: string, i: number) => string> = {
  // The same report in traditional characters (電梯壞咗, 路燈不亮), Hong Kong or Taiwan usage.
  traditional: (t, i) => (i % 2 === 0 ? toHongKong(t) : toTaiwan(t)),
  greeting: (t, i) => pick(['大家好，', '各位邻居好，', '早上好！', '您好 ', '打扰一下，'], i) + t,
  politeness: (t, i) => trimEnd(t) + pick(['，谢谢', '，麻烦了', '，辛苦了', ' 谢谢啦🙏', '，劳驾各位'], i),
  'reply request': (t, i) =>
    trimEnd(t) + pick(['，如有人管请回复', '，给您说一下', '，看到请回复一下', '，收到请回个话', '。有人管吗？'], i),
  // The same request put first, on a condition about the reader (如有人管请回复, 要是有负责的麻烦回个话),
  // then a space, a comma or a colon: the condition is the request's, not the report's.
  'conditional request first': (t, i) =>
    pick(['如有', '如果有', '要是有', '若有', '假如有'], i) +
    pick(['人管', '负责的', '人看到', '管事的', '物业的人看到', '人负责'], i >> 1) +
    pick(['请回复', '麻烦回个话', '请给个回复', '帮忙说一声', '求回复', '拜托回一下', '请告诉我一声'], i >> 2) +
    pick([' ', '，', '：'], i >> 3) +
    t,
  emoji: (t, i) => trimEnd(t) + pick([' 😭', '🙏🙏', ' [流泪]', '😡', ' [捂脸]'], i),
  mention: (t, i) => pick(['@物业客服 ', '@李网格员 ', '@王主任 ', '@物业小张 '], i) + t,
  // Who is asked (物业, 社区, 网格员) is not what the report is about.
  addressee: (t, i) => pick(['物业，', '物业你好，', '社区您好，', '网格员，', '物业管家你好，', '网格员您好，', '物业的同志，'], i) + t,
  'asks 物业': (t, i) =>
    trimEnd(t) +
    pick(['，物业管一下', '，请物业处理', '，社区能不能协调一下', '，麻烦网格员反映一下', '，物业看到回个话', '，找物业也没用'], i),
  formal: (t, i) => pick(['居民反映，', '有业主反映：', '想反映个情况：', '向社区反映一下，', '跟物业说个事，'], i) + t,
  'all at once': (t, i) =>
    pick(['各位好，', '物业你好，', '@网格员 ', '打扰了，'], i) +
    trimEnd(t) +
    pick(['，如有人管请回复🙏', '，麻烦物业看一下，谢谢', '，等了好久了，什么时候能修？', '，给您说一下，辛苦'], i),
  place: (t, i) => pick(['在小区里，', '就在进门那块，', '靠北边那片，', '我住的那栋，'], i) + t,
  // A landmark of another category says where, not what (电梯旁边 is not an elevator report).
  landmark: (t, i) => `就在${pick(['电梯旁边', '路灯旁边', '垃圾房那边', '车棚附近', '配电室旁边', '充电桩对面'], i)}，${t}`,
  // The same in the clause itself: 花坛边、车棚里头的、表井那儿 name where, not what is wrong.
  'landmark here': (t, i) => `${pick(['花坛边', '车棚里头的', '配电室那儿', '垃圾房边上', '充电桩那边'], i)}${t}`,
  time: (t, i) => `${pick(['今天早上', '昨天晚上', '从上周开始', '刚才'], i)}，${t}`,
  waiting: (t, i) => trimEnd(t) + pick(['，终于有人看见了吗', '，等了好久了', '，说了好几次了', '，到底有没有人管', '，还要等多久'], i),
  question: (t, i) =>
    trimEnd(t) +
    pick(
      [
        '，是否存在安全隐患？',
        '，什么时候能修？',
        '，这个归谁管？',
        '，能不能处理一下？',
        '，请问是否已安排人查看？',
        '，有没有已经派单？',
      ],
      i,
    ),
  // Where someone goes from here (去医院, 送孩子到学校) is an errand, not a story about elsewhere.
  errand: (t, i) => pick(['刚从医院回来，', '早上送孩子到学校回来，', '正要去公司上班，', '陪老人去医院复查回来，'], i) + t,
  // A reply that says what is wrong, next to someone it troubles, is about the thing the quote names.
  'quoted thing': (t, i) => {
    const e = c.explain(t);
    const rule = rules.categories.find((x) => x.code === e.result.category)!;
    const problem = e.categories.find((x) => x.code === rule.code)?.terms.find((w) => w in rule.problems);
    if (problem === undefined || t.includes('」')) return t;
    const who = pick(['老人', '孩子', '老太太', '老爷子'], i);
    return `「${pick(['邻居', '向日葵', '3栋王姐'], i)}：${t}」\n- - - - - - - - - - - - - - -\n${problem}好几天了 我家${who}${pick(['急得不行', '天天念叨', '都不敢出门'], i)}`;
  },
  // A fix told before the problem is what broke again (上周刚修好，又…), not a closed story.
  'fixed before': (t, i) => pick(['上个月刚修好，', '物业说已经换了新的，', '前两天弄好了，', '上次修好没几天，'], i) + t,
  // A trip made for nothing (白跑一趟) is the speaker's complaint, not a false alarm.
  'wasted trip': (t, i) => trimEnd(t) + pick([' 白跑一趟', '，白跑了一趟', '，又白跑了'], i),
  // Asking when it will be fixed (几时搞掂, 几时修好) or to fix it first (先把它修好再说) is no fix told.
  'when fixed': (t, i) => trimEnd(t) + pick(['，几时修好啊', ' 几时搞掂', '，先把它修好再说'], i),
  // A run-on message with no punctuation that ends in thanks after a request: the thanks is a sign-off.
  'run-on thanks': (t, i) =>
    t.replace(/[，,。！!？?；;、~～…\s]+/gu, '') + pick(['麻烦赶紧派人来看看谢谢', '请尽快处理谢谢', '麻烦物业处理一下谢谢啦'], i),
};

const CITIES = ['北京', '上海', '深圳', '成都', '武汉', '杭州', '外省'];
const VEG = ['芹菜', '猪肉', '鸡蛋', '西红柿', '大米'];
const WEATHER = ['下暴雨', '刮大风', '下大雪', '热到四十度'];

export const staysChatter: Record<string, (text: string, i: number) => string> = {
  'other estate': (t, i) => `${pick(['隔壁小区', '别的小区', '对面那个小区', '我朋友他们小区'], i)}也是，${t}`,
  'other city': (t, i) => `${pick(CITIES, i)}那边${pick(['有个小区', '一个老小区', '好多小区'], i)}，${t}`,
  news: (t, i) => `${pick(['新闻说', '刷到个视频，', '网上看到', '朋友圈看到'], i) + pick(CITIES, i + 1)}有个小区${t}`,
  hometown: (t, i) => `${pick(['我老家那边', '老家县城里', '我妈老家', '以前住的地方'], i)}也是，${t}`,
  'friends say': (t, i) =>
    `${pick(['朋友圈看到', '我同事说他们小区', '我妹说她们那边', '亲戚家的小区', '我同事住的老小区', '朋友住的那个小区'], i)}，${t}`,
  'outside places': (t, i) =>
    `${pick(['我上班那个写字楼', '孩子学校里', '住院那家医院', '出差住的酒店', '以前租的老房子', '单位宿舍'], i)}，${t}`,
  media: (t, i) => `${pick(['电视剧里演的，', '看抖音刷到，', '新闻里说，', '网上说有个地方'], i)}${t}`,
  prices: (_t, i) =>
    `今天菜市场的${pick(VEG, i)}又涨价了，${pick(['还让不让人活了', '太离谱了', '受不了', '坏了坏了', '到底有没有人管'], i)}`,
  // A problem told and then resolved (就好了, 已经换了, 找到了) is a closed story, not a request.
  resolved: (t, i) =>
    `${trimEnd(t)}，${pick(['后来自己弄了一下就好了', '刚才物业来人已经处理好了', '现在已经好了，大家不用担心了', '已经解决了，不麻烦物业了'], i)}`,
  traffic: (_t, i) =>
    `${pick(['今天环线上', '早上高架上', '下班路上', '送孩子上学路上'], i)}${pick(['又堵死了', '堵了一个多小时', '全是积水', '有辆车坏在路中间'], i + 1)}，${pick(['前面好像追尾了', '四十分钟挪了两公里', '受不了', '到底有没有人管'], i + 2)}`,
  weather: (_t, i) =>
    `${pick(CITIES, i)}今天${pick(WEATHER, i)}，${pick(['路上全是积水', '好多树都刮倒了', '地铁站都进水了', '好几个区停电了', '热得人受不了'], i + 1)}`,
};

export interface Rate {
  pass: number;
  total: number;
  failures: string[];
}

/** How many variants of `from` stay reports of the seed's category. */
export function keepRate(from: typeof seeds, f: (text: string, i: number) => string): Rate {
  const r: Rate = { pass: 0, total: 0, failures: [] };
  from.forEach((g, i) => {
    const v = f(g.text, i);
    const got = c.classify(v);
    r.total++;
    if (got.report && got.category === g.category) r.pass++;
    else r.failures.push(`${v} → ${got.report ? got.category : '不是诉求'}（应为 ${g.category}）`);
  });
  return r;
}

/** How many variants of `from` are not reports. */
export function chatterRate(from: typeof seeds, f: (text: string, i: number) => string): Rate {
  const r: Rate = { pass: 0, total: 0, failures: [] };
  from.forEach((g, i) => {
    const v = f(g.text, i);
    const got = c.classify(v);
    r.total++;
    if (!got.report) r.pass++;
    else r.failures.push(`${v} → ${got.category}`);
  });
  return r;
}

export function rates(): Record<string, Rate> {
  const out: Record<string, Rate> = {};
  for (const [name, f] of Object.entries(keepsTheReport)) out[name] = keepRate(seeds, f);
  for (const [name, f] of Object.entries(staysChatter)) out[name] = chatterRate(portable, f);
  return out;
}
