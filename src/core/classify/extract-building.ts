// Finds the place in the community a message names — building, unit, zone, phase, lane or a named
// gate — exactly as written: 3号楼, 三号楼, 12#楼2单元, 5栋东单元, A区5栋, B区3单元, 二期, 平房区,
// 南院, 3弄, 乙支弄6号, 南村4巷12号, 东苑5座2梯, 甲5号院, 老街12号, 滨河路37号院, 东门, 后门, 2号门. Room numbers are dropped (9栋1702 → 9栋); floors (18层,
// 五楼) and generic places (楼道, 小区门口, 单元门, 我们楼, 后院) are not places.
//
// Old lane houses (and some northern courtyards) are numbered 号 without 楼: 9号门口, 32号202. A
// bare 号 is also how dates (下个月5号, 15号开始) and numbered things (2号线, 3号电梯, 1号床) are
// written, so a bare house number is read from the words around it (see houseNumber).
import { escapeRegExp } from './escape-reg-exp.js';

const NUM = '(?:[0-9０-９]{1,4}|[一二三四五六七八九十百零〇]{1,4})';
const LETTER = '[A-Za-zＡ-Ｚａ-ｚ]';
// Zones and phases come first, then the building, then the unit; any of them may stand alone.
// A courtyard named by its side (南院, 北院) is a zone too; 后院/大院 are generic.
// A letter zone may carry a number (B2区, C1区: the blocks of a big high-rise estate).
// Zones of an old work-unit compound may be named by the heavenly stems (甲区, 乙区), as its blocks are.
// A Guangdong estate names its sections by side as gardens (东苑, 西苑: 东苑3座); a 苑 inside a longer
// name (御东苑, 南苑机场) is the estate or somewhere else (see isPlace).
const ZONE = `(?:(?:${LETTER}[0-9０-９]{0,2}|${NUM}|[东西南北中]|[甲乙丙丁戊己庚辛])区|[东西南北]院|[东西南北中]苑)`;
const PHASE = `${NUM}期`;
// Lanes of old lane houses: 3弄, 三弄, and the branch lanes 甲支弄/乙支弄 named by the heavenly stems;
// in the south a lane of a village in the city is a 巷 or (in Guangzhou) a 坊, often after the part of
// the village it runs through (新村七巷, 南村4巷, 东区3巷). A lane counted in words with nothing before it
// (三巷入面, 「二巷包租婆」) is how neighbours nickname the lane, not an address: see isPlace.
// 一弄 is left out: after 一 the verb 弄 (一弄就好) is far more common than lane one.
const LANE = `(?:(?:[0-9０-９]{1,4}|[二三四五六七八九十百零〇][一二三四五六七八九十百零〇]{0,3}|十一)弄(?:${NUM}支弄)?|(?:[甲乙丙丁戊己庚辛]|${NUM})支弄|(?:[东西南北中新老]村)?${NUM}[巷坊](?!子))`;
// The house in a lane is numbered 号 (8巷12号, 3弄22号); a 楼 after it is upstairs or the stairwell
// (12巷3号楼上, 8巷12号楼道), not a building.
const LANE_HOUSE = `${NUM}号`;
// 号楼梯 is a staircase (9号楼梯口 → 9号), not building 9.
// A letter may lead the number (A3栋, C12栋: blocks of a village in the city), or name the
// building alone (A座); so may a heavenly stem (甲栋, 乙栋: the blocks of an old work-unit yard).
const STEM = '[甲乙丙丁戊己庚辛]';
// A notice may name a run of buildings (1-10幢, 3~5号楼): the run is the place.
// A dormitory block of a school's staff quarters is numbered 舍 (3舍), in digits only (四舍五入 is no block).
// A Guangdong estate counts its blocks (第3座); 第 before any other building is an ordinal (第6号口).
const BUILDING = `(?:${NUM}(?:[-－~～至][0-9０-９]{1,4}(?=号楼|栋|幢))?(?:号楼(?!梯)|号院|[#＃]楼?|栋|幢|座)|第${NUM}座|[0-9０-９]{1,3}舍|${LETTER}(?:[0-9０-９]{1,3})?(?:栋|幢|座|号楼)|${STEM}(?:栋|幢|座|号楼))`;
// In Beijing's hutongs a house added between two numbers takes a heavenly stem before the number
// (甲5号, 乙12号, 甲3号院, 乙7号院): a house by its stem alone, as an annex is by its 附 — no date
// or numbered thing is written so.
const STEM_HOUSE = `${STEM}${NUM}号(?:院|楼(?!梯))?`;
// An annex numbered after its main building (附2号, 附3号楼: work-unit compounds of the southwest)
// is a house by its 附 alone: no date or numbered thing is written so.
const ANNEX = `附${NUM}号(?:楼(?!梯))?`;
// A house number of a lane house: 9号, 十二号; taken only when houseNumber agrees (or after a lane).
const HOUSE = `${NUM}号(?!楼(?!梯)|院|门(?![口牌前]))`;
// A unit is numbered (2单元) or, in a building of few units, named by its side (东单元, 西单元);
// in the north a unit is a doorway numbered in digits (19号楼3门; not 一门心思).
// A unit may be lettered too (8座A单元). In Guangdong a block is entered by its numbered stairs
// (5座2梯, 二梯) as by units elsewhere; a numbered lift is 3号梯, and 一梯两户 counts the flats on a landing.
const UNIT = `(?:(?:${NUM}|${LETTER}|[东西南北中])单元|[0-9０-９]{1,2}门|${NUM}梯(?![子队田形度级]|[0-9０-９一二三四五六七八九十两几]户))`;
// Gates by side (东门, 东北门, 南大门, 中门), numbered (2号门, not 8号门口 or 30号门牌, which are the house,
// nor 5号门诊, 3号门面, 2号门店)
// or numbered on a side (西二门).
const GATE = `(?:(?:东北|东南|西北|西南|[东西南北前后正侧中])(?:大)?门|${NUM}号门(?![口牌前诊面店])|[东西南北]${NUM}门)`;

function placeRegex(zones: readonly string[]): RegExp {
  const named = zones.map(escapeRegExp).sort((a, b) => b.length - a.length);
  const zone = named.length > 0 ? `(?:${named.join('|')}|${ZONE})` : ZONE;
  // A resettlement zone or phase keeps its name (安置二区, 回迁三期), an old or new building written
  // in words too (老三栋, 新五号楼).
  const lead = `(?:(?:安置|回迁|还建|拆迁)(?=${NUM}[区期]))?(?:${PHASE})?(?:${zone})?`;
  const oldNew = '(?:[老新](?=[一二三四五六七八九十]+(?:栋|幢|号楼)))?';
  // In the north a courtyard holds buildings of its own (3号院5号楼).
  const chain = `${lead}(?:${LANE}(?:${LANE_HOUSE})?|(?:${STEM}?${NUM}号院(?=${NUM}(?:号楼|栋|幢|座)))?${oldNew}(?:${ANNEX}|${STEM_HOUSE}|${BUILDING}|${HOUSE})?)(?:${UNIT})?`;
  // A letter or digit right before the match means we are inside a longer token (room 1702栋?)
  // and a numeral right before 期/区 would be cut; the lookbehind keeps matches whole.
  // A Chinese numeral or a side right after a clock time (17:00二期, 7:30-17:00东区) starts a new phrase, though,
  // and so does a digit right after a Chinese numeral (下周二5号楼): one number is not written in both.
  // 第 makes an ordinal (第6号口), not a place.
  const start =
    '(?:(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ#＃第])(?:(?<![一二三四五六七八九十百零〇两])|(?=[0-9０-９]))|(?<=[0-9０-９][:：][0-9０-９]{2})(?=[一二三四五六七八九十百零〇东西南北中甲乙丙丁戊己庚辛]))';
  return new RegExp(`${start}(?:${lead}${GATE}|${chain})`, 'g');
}

const GATE_ONLY = new RegExp(`^${GATE}$`);

/** The place is a gate (东门, 2号门): where people pass, not where they live. */
export function isGate(place: string): boolean {
  return GATE_ONLY.test(place);
}

const cache = new WeakMap<readonly string[], { hint: RegExp; place: RegExp }>();

/** The first place named in `text`, or null. `zones` are extra named zones from the rules. */
export function extractBuilding(text: string, zones: readonly string[] = []): string | null {
  let compiled = cache.get(zones);
  if (!compiled) {
    compiled = compile(zones);
    cache.set(zones, compiled);
  }
  // Most chatter names no place: skip the big expression unless a place could be there at all.
  if (!compiled.hint.test(text)) return null;
  const re = compiled.place;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (isPlace(m[0], text, m.index)) return withStreet(m[0], text, m.index);
    // A side garden that is part of a longer name leaves the block after it its own (御东苑3座 → 3座).
    if (/^[东西南北中]苑./.test(m[0])) re.lastIndex = m.index + 2;
  }
  return null;
}

function compile(zones: readonly string[]): { hint: RegExp; place: RegExp } {
  // A numeral, letter or direction right before a place suffix, or a named zone.
  const hint = [
    '[0-9０-９一二三四五六七八九十百零〇A-Za-zＡ-Ｚａ-ｚ东西南北中大前后正侧甲乙丙丁戊己庚辛][号#＃栋幢座单区期门院弄巷坊舍梯苑]',
    '[甲乙丙丁戊己庚辛]支弄',
    ...zones.map(escapeRegExp),
  ].join('|');
  return { hint: new RegExp(hint), place: placeRegex(zones) };
}

const BARE_HOUSE = new RegExp(`^${NUM}号$`);

// ---- street addresses ----
// An old street's houses and courtyards are numbered along the street (老街12号, 滨河路37号院,
// 解放路5号楼2单元): the street belongs to the place. The name is up to three characters before
// 路, 街 or 大道, after any word that points at where (在, 住, 到, 进, 把, 的 …: 还在滨河路37号院 →
// 滨河路37号院); a road in general (马路, 公路) names no street.
const STREET_BEFORE = /([\u4e00-\u9fff]{1,3}(?:路|街|大道))$/;
const POINTING = /^.*[在住往去到从是的那这个和跟与及过进出把被给让对向朝离靠了着]/;
const NO_STREET = /^(?:马路|公路|铁路|道路|大路|小路|走路|上路|一路|半路|街道|大街|上街|逛街|过街|满街|整条街|一条街)$/;
const NUMBERED = new RegExp(`^${NUM}号`);

/** The street before a numbered house at `at`, or null. */
function streetBefore(text: string, at: number): string | null {
  const m = STREET_BEFORE.exec(text.slice(Math.max(0, at - 6), at));
  if (m === null) return null;
  const name = m[1]!.replace(POINTING, '');
  return name.length > 1 && !NO_STREET.test(name) ? name : null;
}

/** `place` with the street it is numbered along, when one is written right before it. */
function withStreet(place: string, text: string, at: number): string {
  if (!NUMBERED.test(place)) return place;
  return (streetBefore(text, at) ?? '') + place;
}

function isPlace(found: string, text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 2), at);
  // 东门外/东门口 are fine, but 门 words like 东门市场 are rare enough to accept; a gate needs
  // to stand on its own, not be part of 单元门/楼门 (excluded by the lookbehind on digits only),
  // nor take its side from the word before (然后门就开了, 其中门口, 以前门卫).
  if (/门$/.test(found) && found.length <= 3) {
    if (/[单楼房铁大家厂开]$/.test(before)) return false;
    // 走后门 (pulling strings) and 走前门 are idioms; 走北门, 走东门 take a gate.
    if (/^[前后]/.test(found) && /走$/.test(before)) return false;
    if (/^[前后]/.test(found) && /(?:[然以之最随往背]|[^0-9０-９一二三四五六七八九十]前)$/.test(before)) return false;
    if (/^中/.test(found) && /[其当之集空心]$/.test(before)) return false;
    // The gate of a place that is not the estate: 菜市场后门, 学校东门, 超市北门, 派出所南门,
    // 幼儿园后门, 公园北门, 医院东门 (a 花园 or 家园 is the estate itself: 金阳花园东门).
    if (/[场市校馆店司站所堂]$/.test(before)) return false;
    if (FACILITY_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return false;
  }
  // A lane counted in words with nothing before it (三巷入面, 「二巷包租婆」) is a nickname, not an address.
  if (/^[一二三四五六七八九十百零〇]+[巷坊]$/.test(found)) return false;
  // A side garden inside a longer name (御东苑, 北京南苑机场) is the estate or somewhere else.
  if (/^[东西南北中]苑/.test(found)) {
    if (/[\u4e00-\u9fff]$/.test(text.slice(0, at)) && !GARDEN_BEFORE.test(text.slice(Math.max(0, at - 2), at))) return false;
    if (/^[东西南北中]苑$/.test(found) && GARDEN_NAME_AFTER.test(text.slice(at + found.length))) return false;
  }
  // 座 counting a thing (一座桥, 三座大山, 7座的车) or a seat (一座难求) names no block.
  if (/座$/.test(found) && MEASURED.test(text.slice(at + found.length))) return false;
  // A district of a city (河西区, 滨海新区, 城南区) is not a zone of the estate.
  if (/^(?:[东西南北中]区|新区|老区)/.test(found) && /[河江城市湖山海浦滨州县镇乡]$/.test(before)) return false;
  // One of a kind, counted or pointed at, names no building: 这一栋都卡着, 同一单元, 哪一期.
  if (/^一/.test(found) && /[这那哪每同]$/.test(before)) return false;
  // Buildings counted (一栋楼都炸塌了, 三栋楼都熏黑了); 十八栋楼下, 七栋楼道 name one by its number.
  if (COUNTED.test(found) && COUNTED_AFTER.test(text.slice(at + found.length))) return false;
  if (BARE_HOUSE.test(found)) return houseNumber(text.slice(0, at), text.slice(at + found.length));
  return true;
}

const COUNTED = /^[一二三四五六七八九十]+[栋幢座]$/;
const COUNTED_AFTER = /^楼(?![下上道顶梯前后里底门头外内边旁侧口间房])/;
// What 座 counts besides a block: bridges, hills, towns, temples, statues; seats and seaters (7座车, 座位).
const MEASURED =
  /^(?:[桥山城庙寺宅岛坟墓碑峰殿坝位椅谈]|塔(?!吊)|车(?![库位场棚])|难求|大山|小山|城市|房子|房屋|建筑|大楼|高楼|楼房|别墅|宫殿|雕像|水库|工厂|厂房|医院|学校|公园|小区|花园|的(?:车|商务|轿车)|商务|轿车|SUV|MPV|suv|mpv)/;
// A place that is not the estate, before its gate.
const FACILITY_BEFORE = /(?:幼儿园|公园|动物园|植物园|乐园|校园|陵园|墓园|[产工]业园|科技园|医院|学院|法院|[影剧]院)$/;
// A side garden (东苑) is a section of the estate after a word that points at where someone is or
// when (明天东苑停电, 今晚东苑), after a whole (整个东苑), after the estate's own name (碧桂园东苑), or
// after no word at all.
const GARDEN_BEFORE = /(?:[在喺住往去到返回这那个的是系和跟同及嘅啲天晚早日号点时全整成园]|我们|咱们|咱|阿拉|俺们|我哋|我地)$/;
// …and not the start of a name: 东苑小区, 南苑机场, 东苑路.
const GARDEN_NAME_AFTER = /^(?:小区|花园|社区|公寓|路|街|大道|机场|酒店|宾馆|大厦|村|镇|乡|站|公园|中学|小学|幼儿园|医院|商场|广场)/;

// ---- bare house numbers ----
// A numbered thing that is no house: 2号线, 3号电梯, 4号梯, 1号床, 6号口, 123号车位, 五号电池, 3号垃圾站, 3号座(位).
const NUMBERED_THING =
  /^(?:线|地铁|梯|电梯|座|客梯|货梯|车位|位|床|病床|口|窗口|电池|桩|充电桩|柜|机|岗|站|垃圾站|垃圾房|垃圾桶|桶|箱|车|公交|道|闸|摊|台|码|字|球|选手|房间|包厢|会议室|教室|展厅|仓|库|地块|厂房|铺位)/;
// A place in or at the house, or who lives there: 9号门口, 16号后面, 18号三楼, 13号底楼, 9号里厢,
// 25号的孤老, 6号独居的老阿爷, 28号有户人家, 32号202 (a room).
const AT_HOUSE = new RegExp(
  '^[\\s，,]*(?:的)?(?:' +
    [
      '门口|门前|大门|后门|前门|门牌|门楼|楼上|楼下|楼梯|楼道|底楼|顶楼|屋顶|屋面|屋里|屋头|外墙|墙|天井|晒台|阳台|亭子间|灶披间|前楼|后楼|阁楼|客堂|灶间|天台|院子|院里',
      '后面|后头|后边|前面|前头|旁边|边上|隔壁|对面|附近|那边|那里|这边|里厢|里面|里头|里|入面|出面|嗰度|隔篱|隔离',
      `${NUM}[楼层]|[0-9０-９]{3,4}(?![0-9０-９年元块])`,
      '住户|居民|业主|人家|一户|那户|那家|有户|有人|有家|一家|老人|孤老|独居|阿婆|阿姨|阿爷|老阿爷|爷叔|老伯|老太|老头|大爷|大妈|奶奶|爷爷|小孩|邻居|房东|租客',
    ].join('|') +
    ')',
);
// How a date goes on: 15号开始, 3号之前交, 15号到20号, 9号停水, 5号下午, 都18号了, 15号的时候, 9号（周三）.
const DATE_AFTER = new RegExp(
  '^[\\s，,（(]*(?:的)?(?:' +
    [
      '了|之前|以前|前(?![面头边楼门])|之后|以后|后(?![面头边楼门窗墙院])|开始|起|到|至|[-－~～—]|左右|截止|为止|之间',
      '上午|下午|中午|晚上|早上|早晨|凌晨|白天|夜里|夜间|傍晚|当天|那天|这天|当日|下昼|晏昼|朝早|夜晚|嗰日|[0-9０-９一二三四五六七八九十]{1,2}[点时:：]|几点|周[一二三四五六日天末]|星期|礼拜',
      '停|供|交|缴|发|领|办|放|开会|开工|开学|上班|上线|到期|恢复|来水|来电|来暖|生效|时候|那会|晚|早|全天|整天|零点|正式|进行|将',
      // what was done or said on that day: 15号报修的, 12号就停了, 20号才来
      '报修|报的|反映|预约|约好|就|才',
      // the weather of a day: 4号下雨了, 8号降温
      '下雨|下雪|降温|升温|刮风|大风|台风|天气|变天',
    ].join('|') +
    ')',
);
// What comes before a date: 下个月5号, 十一月二十号, 15号到20号, 今天都18号了, 说是15号, 定于8号.
const DATE_BEFORE =
  /(?:月|日|号[到至\-－~～—]|[今明昨后前]天|今儿|明儿|今日|明日|听日|琴日|寻日|都|是|于|等到|到了|过了|截止|截至|说好|写的|每逢|逢|农历|阴历|初)\s*$/;
// A clause starts here (start, punctuation, a space, a colon after a speaker) or a word that
// points at where someone is (在34号, 路过13号, 住12号, 我们这个9号).
const PLACE_BEFORE = /(?:^|[\s，,。.！!？?；;：:、…~～】」)）⏎]|在|喺|住|往|去|路过|经过|我们|阿拉|咱们|咱|俺们|这个|那个|隔壁)$/;
// A clock time right before: the date would come before the time (白天8点到17点24号停电).
const CLOCK_BEFORE = /(?:[0-9０-９][点時时]|[0-9０-９][:：][0-9０-９]{2})$/;

// More numbers in a list (5号、6号停水, 5号和6号门口): what follows the last one tells them all.
const LIST_TAIL = new RegExp(`^(?:\\s*[、，,和跟与及或]\\s*${NUM}号)+`);

/** A bare 号 number (9号, 十二号) between `before` and `after` is a house, not a date or a numbered thing. */
function houseNumber(before: string, rest: string): boolean {
  // Numbered along a street (老街12号, 解放路5号): a house, unless a numbered thing follows (5号线).
  if (streetBefore(before, before.length) !== null) return !NUMBERED_THING.test(rest);
  // A later number of a list whose first one was no house (5号、6号两天停水) is none either.
  if (/号\s*[、和跟与及或]\s*$/.test(before)) return false;
  const after = rest.replace(LIST_TAIL, '');
  // 5号、6号两天: the days of the list, counted.
  if (after !== rest && /^\s*[两二三四五六七八九十0-9０-９]+天/.test(after)) return false;
  if (NUMBERED_THING.test(after)) return false;
  if (AT_HOUSE.test(after)) return true;
  if (CLOCK_BEFORE.test(before)) return true;
  if (DATE_AFTER.test(after) || DATE_BEFORE.test(before)) return false;
  return PLACE_BEFORE.test(before);
}
