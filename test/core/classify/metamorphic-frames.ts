import { frameRates, type Variant } from './metamorphic-resolved.js';
import { pick, portable, type Rate, seeds, trimEnd } from './metamorphic-variants.js';
import { realClassifier } from './real-classifier.js';

// Metamorphic variants for frames that hold complaint words but report nothing here and now (see
// metamorphic-frames.test.ts): an article under a bracketed header (【转】, 【记者调查】) or a how-to
// headline (小常识：…千万别做这三件事); a news story (有读者反映，一小区…); a worker's status (已到现场,
// 这边已经安排); the reporter taking back a false alarm (是我按错了, 对不起大家); an advert that names
// the problem it fixes (防水补漏 质保五年); a joke comparing something else with a problem (跟水管爆了
// 似的, 比电梯坏的次数还多). Each frame must turn reports of every category into
// chatter; real reports that merely hold the same words (【求助】, 打扰大家了, 在哪报修, 说师傅已到
// 现场…没见人) must stay reports of their category.
// Seeds are the reports of metamorphic-variants.ts; the variants are generated here from templates.

/** The seed's first clause (六号楼楼顶又漏水了): what a worker or the reporter refers back to. */
const firstClause = (t: string) => t.split(/[，,。！!？?\s]/u).find((x) => x !== '') ?? t;

/** Frames that make a report chatter, with the seeds each applies to. */
export const framed: Record<string, { seeds: typeof seeds; make: Variant }> = {
  // Seeds that talk about "here" only through the place, so that the frame covers them.
  'bracketed header': {
    seeds: portable,
    make: (t, i) =>
      pick(
        [
          '【转】',
          '【转发】',
          '【转载】',
          '【分享】',
          '【记者调查】',
          '【科普】',
          '【民生关注】',
          '【本地快讯】',
          '【社会新闻】',
          '【焦点直击】',
        ],
        i,
      ) + t,
  },
  'how-to headline': {
    seeds: portable,
    make: (t, i) =>
      pick(['安全小常识：', '生活小常识：', '居家小常识：'], i) +
      trimEnd(t) +
      pick(['，千万别做这三件事', '，一组视频告诉你怎么办', '，很多人都做错了', '，这几件事一定要知道'], i + 1),
  },
  'news story': {
    seeds: portable,
    make: (t, i) => pick(['有读者反映，一老旧小区', '记者调查：一小区', '读者来信：一个小区', '记者走访发现，一小区'], i) + t,
  },
  // A worker's status about what the seed's first clause says (楼道灯坏了 师傅已到现场), and the
  // reporter taking it back (刚才说…的是我，是我按错了). An emergency with rescuers on their way in
  // is still one (see `rescueUnderWay`), so the status frame takes the seeds that are not urgent.
  'worker on site': {
    seeds: seeds.filter((g) => !g.urgent),
    make: (t, i) =>
      firstClause(t) +
      pick(['，维保已到现场，正在救援', '，保洁这边已经安排今天下午处理', '，师傅已到现场了', '，工作人员已经到现场，情况稳定'], i),
  },
  'taken back': {
    seeds,
    make: (t, i) =>
      pick(['刚才说', '刚才喊'], i) +
      firstClause(t) +
      pick(
        ['的是我，是我按错了，对不起大家', '的是我，搞错了，打扰大家了', '的是我，白让物业跑一趟', '的是我，看错了，让大家担心了'],
        i + 1,
      ),
  },
  // Staff speaking: a speaker's label (物业工程部：, 网格员提醒：) or a signature (——物业服务中心) over what
  // the seed says, with the work planned. A danger going on now is still reported, so the frame takes
  // the seeds that are not urgent.
  'staff speaker': {
    seeds: seeds.filter((g) => !g.urgent),
    make: (t, i) =>
      i % 3 === 2
        ? trimEnd(t) + pick(['，下午统一处理。——物业服务中心', '，本周内处理。——物业', '，请住户留意。——社区居委会'], i)
        : pick(['物业：', '物业工程部：', '网格员提醒：', '物业客服：', '社区提示：', '维保公司说明：'], i) +
          trimEnd(t) +
          pick(['，下午统一处理', '，本周内处理', '，请住户留意'], i + 1),
  },
  // A joke that compares something else with what the seed's first clause says.
  simile: {
    seeds,
    make: (t, i) =>
      pick(['这个月工资一发就没了，', '我这手气，', '减肥半年一斤没瘦，', '孩子写作业磨磨蹭蹭，'], i) +
      pick(['跟', '像', '就像'], i + 1) +
      firstClause(t) +
      pick(['似的😂', '一样😂', '似的 哈哈哈'], i + 2),
  },
  comparison: {
    seeds,
    make: (t, i) => `${pick(['我家的WiFi断得', '我老公加班', '孩子感冒'], i)}比${firstClause(t)}还${pick(['勤', '频繁', '准时'], i + 1)}😂`,
  },
  // An advert for a service that fixes what the seed's first clause says.
  advert: {
    seeds,
    make: (t, i) =>
      pick(['防水补漏，不砸砖，质保五年，专治', '免费上门，价格公道，专治', '开锁换锁，免费检测，包修好，专治'], i) +
      firstClause(t) +
      pick(['，欢迎来电', '', '，免费上门'], i + 1),
  },
};

/** Words of those frames in real reports: they stay reports of the same category. */
export const keepsFramed: Record<string, Variant> = {
  // A report that compares its own thing with something else (吵得跟打雷似的) is still a report.
  'compares its own thing': (t, i) =>
    trimEnd(t) + pick(['，急得跟热锅上的蚂蚁似的', '，晚上黑得跟没灯一样', '，比上个月还严重', '，跟没人管一样', '，比去年更糟了'], i),
  // A bracket is no notice by itself: a hotline work order or a report under its own heading is a report.
  'work-order header': (t, i) => pick(['【12345工单】', '【热线转办】', '【市民来信】', '【网格上报】', '【3栋】'], i) + t,
  // A label that addresses staff (致物业：, 社区您好：) is a resident's.
  'addressed to staff': (t, i) => pick(['致物业：', '尊敬的物业：', '社区您好：', '请问社区：', '投诉物业：', '居委会你好：'], i) + t,
  'plea header': (t, i) => pick(['【求助】', '【紧急】', '【急】', '【求助】物业：'], i) + t,
  'asks when or where': (t, i) =>
    trimEnd(t) + pick(['，什么时候能修？', '，到底找谁？在哪报修？', '，几点能来人看看？', '，为啥还没人来？'], i),
  apology: (t, i) => trimEnd(t) + pick(['，打扰大家了', '，对不起大家，实在没办法才发群里', '，不好意思，麻烦物业看一下'], i),
  'arranged and waiting': (t, i) => trimEnd(t) + pick(['，物业说已经安排了，等了三天了', '，说已经安排师傅，到现在没见人'], i),
  'said on site, nobody came': (t, i) =>
    trimEnd(t) + pick(['，说师傅已到现场，到现在没见人', '，说正在救援，半小时了还没动静', '，说这边已经安排了，怎么还没人来'], i),
};

export const framedRates = () => frameRates(framed, keepsFramed);

const c = realClassifier();
/** Every urgent seed (that `keep` admits) rewritten by `vary` stays an urgent report of its category. */
function urgentKept(keep: (g: (typeof seeds)[number]) => boolean, vary: (text: string, i: number) => string): Rate {
  const r: Rate = { pass: 0, total: 0, failures: [] };
  seeds
    .filter((g) => g.urgent && keep(g))
    .forEach((g, i) => {
      const v = vary(g.text, i);
      const got = c.classify(v);
      r.total++;
      if (got.report && got.urgent && got.category === g.category) r.pass++;
      else
        r.failures.push(
          `${v} → ${got.report ? `${got.category}${got.urgent ? '' : '（不紧急）'}` : '不是诉求'}（应为紧急的 ${g.category}）`,
        );
    });
  return r;
}

/** Urgent reports with rescuers already there (消防已到现场，正在救援): still urgent reports of their category. */
export function rescueUnderWay(): Rate {
  return urgentKept(
    () => true,
    (text, i) => trimEnd(text) + pick(['，消防已到现场，正在救援', '，维保已到现场了', '，物业的人已经到现场', '，120已到现场'], i),
  );
}

/**
 * Urgent reports that name a building here, relayed by staff or a staff forward (网格员转：, 物业通知：, 我是保洁阿姨，):
 * a live danger at a building of the estate is an urgent report whoever relays it.
 */
export function relayedHere(): Rate {
  return urgentKept(
    (g) => g.building !== null,
    (text, i) => pick(['网格员转：', '物业通知：', '我是保洁阿姨，', '物业服务中心：', '物业转：', '我是物业的，'], i) + text,
  );
}
