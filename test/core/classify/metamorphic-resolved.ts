import { rules } from './real-classifier.js';
import { chatterRate, keepRate, pick, portable, type Rate, seeds, trimEnd } from './metamorphic-variants.js';

// Metamorphic variants for the frames that say a problem is over or never was one (see
// metamorphic-frames.test.ts): a fix said after the problem, by the writer (我拧开就好了, 拔了插头
// 再插上就好了) or by someone else (师傅已经换了新的, 已经清走了); a belief that turned out wrong
// (刚以为…问了下…); a forwarded article (转：…); a memory (小时候…). Each frame must turn reports of every category into
// chatter, and real reports that merely hold its words (我还以为修好了, 要是换个新的就好了, 说派人来
// 等了三天了) must stay reports of their category. Seeds are the reports of metamorphic-variants.ts;
// the variants are generated here from templates.

export type Variant = (text: string, i: number) => string;

const now = rules.language.now ?? [];
/** Portable seeds that do not themselves come back to now (现在, 最近): a memory before them covers them. */
const timeless = portable.filter((g) => !now.some((w) => g.text.includes(w)));

/** Frames that make a report chatter, with the seeds each applies to. */
export const calming: Record<string, { seeds: typeof seeds; make: Variant }> = {
  'fixed after': {
    seeds,
    make: (t, i) =>
      trimEnd(t) +
      pick(
        [
          '，我自己拧开就好了，不麻烦物业了',
          '，重启一下就正常了',
          '，师傅上午已经换了新的',
          '，后来拔了插头再插上就好了',
          '，我打开了',
          '，是因为有人把阀门关了，我拧开了',
          '，下午已经清走了',
          '，刚才已经接好了，大家放心',
          '，原来是总阀没开，打开就有了',
        ],
        i,
      ),
  },
  // Relief at last (终于不挡路了, 总算没漏): 终于, 总算, 可算 with 不 or 没 after the trouble says it ended.
  'relief at last': {
    seeds,
    make: (t, i) => trimEnd(t) + pick(['，今天终于不这样了', '，这两天总算没再犯', '，这回可算不用操心了', '，今年终于不折腾了'], i),
  },
  // Before seeds that talk about "here" only through the place, so that the frame covers them.
  'false alarm': {
    seeds: portable,
    make: (t, i) =>
      pick(['刚以为', '我还以为', '本以为', '刚才还以为'], i) +
      trimEnd(t) +
      pick(['，问了下，是我想多了', '，仔细一看，是我眼花', '，后来一问，人家早知道', '，走近了看，根本不是那样'], i + 1),
  },
  memory: {
    seeds: timeless,
    make: (t, i) => pick(['小时候住平房那会儿，', '还记得小时候，', '那年头', '想当年刚搬来的时候，'], i) + t,
  },
  forwarded: {
    seeds: portable,
    make: (t, i) => pick(['转：', '转给家里有老人的：', '转给身边的邻居：', '转自公众号：'], i) + t,
  },
};

/** Words of those frames in real reports: they stay reports of the same category. */
export const keeps: Record<string, Variant> = {
  // Relief told before the trouble came back (上周总算没事了，…又…) ends nothing.
  'back after relief': (t, i) => pick(['上周总算没事了，', '前几天终于不这样了，结果', '本来可算没毛病了，'], i) + t,
  'broke again after a fix': (t, i) =>
    pick([`${trimEnd(t)}，上次修好没两天`, `上次换了新的，没几天${t}`, `${trimEnd(t)}，上回拧开就好了，这次又不行了`], i),
  'believed it was fixed': (t, i) =>
    pick(
      [
        `本以为修好了，结果${t}`,
        `我还以为换了新的就没事了，${t}`,
        `${trimEnd(t)}，我还以为早修好了`,
        `本以为物业会来修，结果${t}`,
        `我还以为是我家自己的事，出门一看，${t}`,
      ],
      i,
    ),
  'wish or when': (t, i) => trimEnd(t) + pick(['，要是能换个新的就好了', '，什么时候能修好？', '，希望尽快修好', '，赶紧找人来弄好了'], i),
  'promised and waiting': (t, i) =>
    trimEnd(t) +
    pick(
      [
        '，说派人来，等了三天了',
        '，物业说明天来修，到现在也没来',
        '，打电话说马上到，一上午没见人',
        '，物业回复说要等厂家，都等了半个月了',
        '，说最快周三来，到现在还没动静',
      ],
      i,
    ),
  'self tried': (t, i) => trimEnd(t) + pick(['，自己弄了半天也没弄好', '，我自己拧了拧也不管用'], i),
  // A memory, then now (小时候可没这样，现在…): the report is about now.
  'memory, then now': (t, i) => pick(['小时候可没这样，现在', '那年头都没这么差，现在', '想当年哪有这种事，最近'], i) + t,
  // Told of another estate, then asked for here: the request is about here (他们小区早装了，咱们这什么时候能装).
  'elsewhere, then asks here': (t, i) =>
    pick(['隔壁小区也这样，', '听说别的小区也是，', '我朋友他们小区也是，'], i) +
    trimEnd(t) +
    pick(['，咱们这什么时候能管管', '，咱们小区能不能处理一下', '，我们这边啥时候能修'], i),
  'asks to forward': (t, i) => trimEnd(t) + pick(['，麻烦转给物业', '，网格员帮忙转一下', '，请转给相关部门'], i),
};

/** The chatter rate of every calming frame and the keep rate of every variant of real reports. */
export function frameRates(
  frames: Record<string, { seeds: typeof seeds; make: Variant }>,
  keeping: Record<string, Variant>,
): { calming: Record<string, Rate>; keeps: Record<string, Rate> } {
  const calm: Record<string, Rate> = {};
  for (const [name, f] of Object.entries(frames)) calm[name] = chatterRate(f.seeds, f.make);
  const keep: Record<string, Rate> = {};
  for (const [name, f] of Object.entries(keeping)) keep[name] = keepRate(seeds, f);
  return { calming: calm, keeps: keep };
}

export const resolvedRates = () => frameRates(calming, keeps);
