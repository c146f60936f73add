import { describe, expect, it } from 'vitest';
import { ruleEngine } from './real-classifier.js';

// Messages that name a thing and a fault but report nothing here, generated from templates
// (things × phrasings): a workplace, a tip to everyone, an advert, a borrowed tool, a brag or a
// comparison with somewhere worse. What makes them no report is the frame, not the sentence; a real
// report in the same words stays one.
const c = ruleEngine();
const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;
const cross = <A, B>(as: readonly A[], bs: readonly B[]): [A, B][] => as.flatMap((a) => bs.map((b) => [a, b] as [A, B]));

describe('a workplace (我们厂、车间里、工地上) is elsewhere', () => {
  const works = ['我们厂那边的', '我们车间的', '工地上的', '我们厂的', '车间里的'];
  const faults = ['电梯天天困人', '下水道又堵了', '灯坏了好几天', '水管一直漏水'];
  const cases = cross(works, faults).map(([w, f], i) => `${w}${f} ${pick(['工友都不敢去', '老板也不管', '上班遭罪'], i)}`);
  it.each(cases)('「%s」 is no report', (text) => expect(c.classify(text).report).toBe(false));

  it.each(cross(['5栋', '3号楼', '我们楼'], faults).map(([p, f]) => `${p}${f} 麻烦物业来看看`))('「%s」 is still a report', (text) =>
    expect(c.classify(text).report).toBe(true),
  );
});

describe('a tip to everyone: a preventive step with what it prevents (记得清一下 莫让它堵了)', () => {
  const steps = cross(['大家阳台地漏', '各家厨房下水', '大家卫生间地漏'], ['记得清一下', '记得检查', '清理一下']).map(
    ([t, s], i) => `${pick(['雨季来了', '入夏了', '换季了'], i)} ${t}${s} ${pick(['莫让它堵了', '别让它堵了', '免得堵住'], i)}`,
  );
  const frost = cross(['外露的水管', '楼道里的水管', '阳台上的水管'], ['明天降到零下三十五', '寒潮要来了', '今晚零下三十']).map(
    ([t, w], i) => `${w} 各家检查一下${t} 能包的包上 ${pick(['别冻了', '别冻着', '免得冻上'], i)}`,
  );
  it.each([...steps, ...frost])('「%s」 is no report', (text) => expect(c.classify(text).report).toBe(false));

  it.each(['5栋的地漏堵了 记得清一下啊 物业', '3号楼外露的水管冻了 水都停了 麻烦来看看'])('「%s」 is still a report', (text) =>
    expect(c.classify(text).report).toBe(true),
  );
});

describe('a home remedy shared as tried (可以往里倒点水 我试了管用)', () => {
  const cases = cross(
    ['下水道返味可以往地漏里倒点水封住', '地漏反臭可以往里倒点水', '下水道返味可以放点洗衣粉', '被蚊子咬了可以涂点花露水'],
    ['我试了管用', '亲测有效', '挺管用的', '效果不错'],
  ).map(([a, b]) => `${a} ${b}`);
  it.each(cases)('「%s」 is no report', (text) => expect(c.classify(text).report).toBe(false));
});

describe('an advert or a group-buy (诚招、工资面议、今晚截单)', () => {
  const hiring = cross(['诚招钟点工', '诚招保姆', '诚招护工'], ['照顾老人做饭', '照顾老人起居']).map(
    ([a, b], i) => `${a} ${b} 每天四个钟头 ${pick(['工资面议', '薪资面议'], i)}`,
  );
  const buys = cross(['团购矿泉水 停水都不怕', '团购桶装水 停水不用慌', '团购充电宝 停电也不怕'], ['今晚截单', '明天截单', '今天截单']).map(
    ([a, b], i) => `${a} 一箱${pick(['28', '30', '35'], i)}块 ${b}`,
  );
  it.each([...hiring, ...buys])('「%s」 is no report', (text) => expect(c.classify(text).report).toBe(false));
});

describe('borrowing a tool or asking where to buy or repair privately', () => {
  const borrow = cross(
    ['哪位邻居家有暖气片的放气阀', '谁家有暖气片放气的钥匙', '哪位邻居有暖气放气阀'],
    ['借用一下 明天还', '借我用用', '用完就还'],
  ).map(([a, b]) => `${a} ${b}`);
  const shops = cross(
    ['谁知道附近哪有修电动车的', '附近哪里有修电动车的', '哪里能修电动车'],
    ['冬天电瓶不行了', '电瓶不行了', '电瓶充不进电了'],
  ).map(([a, b]) => `${a} ${b}`);
  it.each([...borrow, ...shops])('「%s」 is no report', (text) => expect(c.classify(text).report).toBe(false));
});

describe('a brag or a comparison with somewhere worse', () => {
  const brags = cross(['家里暖气太热了 开窗户放放热气', '暖气太热了 开窗户放放热气'], ['凡尔赛一下哈哈', '炫耀一下', '幸福的烦恼']).map(
    ([a, b]) => `${a} ${b}`,
  );
  const worse = cross(
    ['你们这个麻将声音算小的了', '这点噪音算好的了', '你们这广场舞算轻的了'],
    ['我之前住的地方楼下茶馆通宵打 那才叫吵', '我以前住的楼下天天KTV 那才叫吵'],
  ).map(([a, b]) => `${a} ${b}`);
  it.each([...brags, ...worse])('「%s」 is no report', (text) => expect(c.classify(text).report).toBe(false));
});

describe('a comparison that ends a clause (还不如我们这…) keeps the talk elsewhere', () => {
  const cases = cross(
    cross(['我女儿在汉口', '我儿子在光谷', '我闺女在南湖'], ['那个新小区', '那个老小区']).map(([a, b]) => a + b),
    ['电梯天天坏', '电梯老是困人', '电梯三天两头停'],
  ).map(([a, b], i) => `${a} ${b} ${pick(['还不如我们这老房子爬楼', '都比不上咱这老楼爬楼', '还不如我们这爬楼梯'], i)}`);
  it.each(cases)('「%s」 is no report', (text) => expect(c.classify(text).report).toBe(false));

  it.each(['5栋电梯天天坏 还不如爬楼快 麻烦物业修修', '3号楼电梯老是困人 还不如没有 物业管管'])('「%s」 is still a report', (text) =>
    expect(c.classify(text).report).toBe(true),
  );
});

describe("one's own pet's mischief at home (我家猫把电线咬断了) is no report", () => {
  const cases = cross(
    ['哈哈哈 我家猫', '笑死 我家狗', '我家的猫', '我家狗子'],
    ['把路由器电线咬断了 网断了一晚上', '把充电器的线咬断了 一晚上没网', '把台灯电线咬断了 一整晚摸黑'],
  ).map(([a, b]) => a + b);
  it.each(cases)('「%s」 is no report', (text) => expect(c.classify(text).report).toBe(false));

  it.each(cross(['我家狗', '我家的猫'], ['把楼道灯撞坏了 麻烦物业来修', '把单元门禁弄坏了 请物业派人看看']).map(([a, b]) => a + b))(
    '「%s」 still asks the estate to repair',
    (text) => expect(c.classify(text).report).toBe(true),
  );
});

describe('a workplace named by the employer (老板说厂里…) is elsewhere', () => {
  const cases = cross(['老板说厂里', '老板让我去车间', '老板叫我去店里'], ['下水道堵了', '下水道又堵了', '水管漏水了']).map(
    ([a, b], i) => `${pick(['笑死', '哈哈', '我跟你们讲'], i)} ${a}${b}让我去通 我是来打螺丝的`,
  );
  it.each(cases)('「%s」 is no report', (text) => expect(c.classify(text).report).toBe(false));
});

describe('a request to the estate (麻烦物业、请物业) brings the talk back here', () => {
  const cases = cross(
    ['我家阿姨要办上海居住证', '我在北京上班 周末才回来', '我在深圳出差 明天才回'],
    ['楼道灯坏了好几天 麻烦物业来修一下', '电梯又坏了 请物业尽快修'],
  ).map(([a, b]) => `${a} ${b}`);
  it.each(cases)('「%s」 is a report', (text) => expect(c.classify(text).report).toBe(true));
});

describe('another compound (隔壁院、别个小区) and a shared order (拼单) are no report', () => {
  const yards = cross(['隔壁院的老楼', '别个小区', '隔壁大院', '对面院子'], ['电梯困人了', '电梯天天坏', '下水道堵了']).map(
    ([a, b], i) =>
      `${a}${b}，${pick(['物业半小时就到了', '上新闻了', '听说好几天了'], i)}，${pick(['还好我们这边没得', '人家管得是好'], i)}`,
  );
  const orders = cross(['有人一起拼单买灭蚊灯吗', '有人拼单买灭蚊灯吗', '谁一起拼单买灭蚊灯'], ['三个起便宜', '多买便宜']).map(
    ([a, b]) => `${a}，${b}`,
  );
  const shops = cross(['小区附近有没有卖', '谁知道哪儿有卖', '哪里卖'], ['灭蚊灯的', '声控灯泡的', '电动车电瓶的']).map(
    ([a, b]) => `${a}${b}？家里的坏了`,
  );
  it.each([...yards, ...orders, ...shops])('「%s」 is no report', (text) => expect(c.classify(text).report).toBe(false));
});
