import { describe, expect, it } from 'vitest';
import { ruleEngine } from './real-classifier.js';

// Emergencies the urgency layer missed, one describe per cause (a word class, a scope), each over
// templates × fillers, with calm messages that must stay calm beside them. The rule engine alone
// (no learned second opinion): these pin what the rules say.
const c = ruleEngine();

/** Every combination of the parts, joined in order. */
function cross(...parts: readonly (readonly string[])[]): string[] {
  return parts.reduce<string[]>((acc, p) => acc.flatMap((a) => p.map((x) => a + x)), ['']);
}

/** The i-th filler of a list, cycling (pairs parts without the full cross product). */
function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length]!;
}

const urgent = (text: string) => expect(c.classify(text), text).toMatchObject({ report: true, urgent: true });
const calm = (text: string) => expect(c.classify(text).urgent, text).toBe(false);
const noReport = (text: string) => expect(c.classify(text).report, text).toBe(false);

describe('a rented flat (出租屋, 群租房) is a home, not an advert (出租)', () => {
  const fires = ['着火了，火从窗户蹿出来了', '起火了 浓烟往外冒', '失火了 火苗从窗口窜出来'];
  const texts = ['隔壁', '我们隔壁那间', '5栋一楼的', '楼下'].flatMap((who, i) =>
    ['出租屋', '出租房', '群租房'].map((home, j) => `${who}${home}${pick(fires, i + j)}${pick(['，幸福路18弄', ' 3号', ''], i)}`),
  );

  it.each(texts)('%s is urgent', urgent);

  // 隔壁 alone is the flat or house next door; 隔壁小区, 隔壁村, 隔壁厂 are elsewhere.
  it.each(
    cross(['隔壁小区', '隔壁村', '隔壁厂', '隔壁镇'], ['着火了，新闻上看到的', '昨天起火了 看新闻说烧了两户', '有个仓库着火了 电视上在放']),
  )('%s is no report', noReport);

  it.each(['出租房屋一套 两室一厅 有意私聊', '出租房 拎包入住 月租两千 私聊'])('%s stays an advert', noReport);
});

describe('an injured person found lying where people walk is urgent, even when help was called', () => {
  // Blood on the head or face (bleeding × body part), a person lying on the stairs (lying × person × walkway).
  const lying = cross(['一个老人', '一个陌生人', '有个大爷'], ['躺在', '趴在'], ['楼梯上', '楼道里', '单元门口']);
  const blood = ['头上有血', '满头是血', '脸上都是血', '额头在流血'];
  const help = ['，已经打了120', '，有人叫了救护车', ''];
  it.each(lying.map((l, i) => `${l}，${pick(blood, i)}${pick(help, i)}`))('%s is urgent', urgent);

  // Lying there alone, without blood named, is urgent too; so is 躺着个人 (the person in the words).
  it.each(cross(['楼梯上', '楼道里', '车库出口'], ['躺着个人', '躺着一个老太太', '趴着一个人'], ['，一动不动', '，叫了也不应']))(
    '%s is urgent',
    urgent,
  );

  it.each([
    ...cross(['楼下的猫', '我家狗'], ['趴在楼梯上晒太阳', '喜欢趴在门口']),
    ...cross(['孩子', '老人'], ['躺在沙发上看电视', '躺在床上睡午觉']),
    '流浪汉睡在楼道里好几天了',
    '衣服上有血迹 洗不掉',
    '快递盒子上有血迹 是不是生鲜漏了',
  ])('%s is not urgent', calm);
});

describe('sewage or water spreading into the rooms of a home is urgent', () => {
  // Where it came from (a drain backing up) × how far it got (living room, half a metre, things floating).
  const sources = ['一楼下水返上来', '下水道往上翻', '地漏往上冒污水', '马桶返水'];
  const spread = ['脏东西漫出来 卫生间客厅都是', '屋里进水半米', '冰箱都漂起来了', '漫出来 卧室客厅全是', '家里进水一尺多深'];
  it.each(cross(sources, [' '], spread))('%s is urgent', urgent);

  // A drain that smells, is blocked or slow, or a kitchen of dirty water, is a drain to clear.
  it.each([
    ...cross(['卫生间地漏返味', '厨房下水道堵了', '厕所下水慢'], ['，好几天了', ' 麻烦物业看看']),
    '厨房下水反上来了，全是油渣渣',
    '今天早上又返上来了 一楼厨房全是脏水',
    '屋里全是灰 下水道也该通了',
  ])('%s is not urgent', calm);
});

describe('smoke filling a stairwell, or too thick to climb through, is urgent', () => {
  const burners = ['有人在楼道烧东西', '不知道谁在楼梯间烧旧衣服', '一楼有人在过道里烧垃圾'];
  const spread = ['烟顶到五楼，呛得上不去', '烟都冲到六楼了', '烟灌满了楼道', '呛得人下不来'];
  it.each(cross(burners, ['，'], spread))('%s is urgent', urgent);

  // Smoke too thick to pass is urgent whatever burns; smoke that only reaches a window is a nuisance.
  it.each(['楼下有人烧纸 呛得人上不了楼', '有人在楼道里烧纸钱，呛得我们下不来'])('%s is urgent', urgent);
  it.each([
    ...cross(['楼下烧烤', '楼下饭店炒菜', '对面放鞭炮'], [' '], ['烟冲到五楼了 窗户都不敢开', '烟顶到我家了']),
    '楼道里有股死耗子味 熏得上不去楼',
  ])('%s is not urgent', calm);
});

describe('an exposed wire where the ground is wet is urgent', () => {
  const posts = ['路灯杆被撞倒了', '路灯被车撞倒了', '小区门口灯杆倒了'];
  const wires = ['电线露出来', '电线露在外面', '线头露着', '电线裸露'];
  const water = ['地上全是水', '地上都是雪水', '旁边一滩积水'];
  it.each(posts.flatMap((p, i) => wires.map((w, j) => `${p}，${w}，${pick(water, i + j)}`)))('%s is urgent', urgent);

  it.each(['水管露在外面 地上全是水', '电箱里的线乱七八糟的 看着不舒服'])('%s is not urgent', calm);
});

describe('a drain cover washed away or pushed up by water is a missing cover', () => {
  const covers = ['雨水井盖', '下水道井盖', '路口的雨水篦子', '窨井盖'];
  const gone = ['被水冲走了', '被冲跑了', '被大水顶开了', '被冲掉了'];
  const tails = ['，水在打旋，小孩天天从这走', ' 孩子上学路过', ''];
  it.each(covers.flatMap((cv, i) => gone.map((g, j) => `${cv}${g}${pick(tails, i + j)}`)))('%s is urgent', urgent);

  it.each(cross(['地上的垃圾', '车上的泥', '楼道里的脏东西'], ['被水冲走了', '冲掉了 谢谢保洁']))('%s is not urgent', calm);
});

describe('a canceller inside a comparison speaks of what is compared with, not of the hazard before it', () => {
  // The smell is the tenor; 以前, 上回, 那年 date the leak it is compared with, and 似的 closes
  // the comparison: the smell is here now.
  const tenors = ['单元门口有股味', '楼道里一股味道', '3栋门口那个味'];
  const comparisons = ['跟以前煤气罐漏的时候一模一样', '和上回燃气泄漏的时候一样', '跟那年煤气漏的时候似的', '同之前天然气漏气一个样'];
  const tails = ['，闻着头晕', ' 头有点晕'];
  it.each(tenors.flatMap((t, i) => comparisons.map((m, j) => `${t}${m}${pick(tails, i + j)}`)))('%s is urgent', urgent);

  // Comparisons of things that are no hazard stay calm, and a hazard inside the comparison is a figure of speech.
  it.each([
    ...cross(['今天天好热', '这场雨好大', '楼道里香味'], [' '], ['跟去年夏天似的', '和上次台风的时候一样', '跟以前那家面包店一样']),
    '热得跟着火了似的',
    '孩子哭得跟家里着火了一样',
  ])('%s is not urgent', calm);
});

describe('smoke puffed once from a power box or transformer is urgent', () => {
  const things = ['变压器', '小区的箱变', '楼下电箱', '配电箱'];
  const sounds = ['嗡嗡响得比平时大，', '声音越来越大 ', ''];
  const puffs = ['刚才还冒了一股烟', '刚刚冒了下烟', '刚冒了一股黑烟'];
  it.each(things.flatMap((t, i) => puffs.map((p, j) => `${t}${pick(sounds, i + j)}${p}`)))('%s is urgent', urgent);

  // The same puff from cooking or a mosquito coil is everyday smoke.
  it.each(cross(['厨房炒辣椒', '楼下烧纸', '点了盘蚊香'], ['冒了一股烟', '冒了下烟']))('%s is not urgent', calm);
});
