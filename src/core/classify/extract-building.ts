// Finds the place in the community a message names — building, unit, zone, phase or a named
// gate — exactly as written: 3号楼, 三号楼, 12#楼2单元, 5栋东单元, A区5栋, B区3单元, 二期, 平房区, 东门, 后门.
// Room numbers are dropped (9栋1702 → 9栋); floors (18层, 五楼) and generic places (楼道,
// 小区门口, 单元门, 我们楼) are not places.

const NUM = '(?:[0-9０-９]{1,4}|[一二三四五六七八九十百零〇]{1,4})';
const LETTER = '[A-Za-zＡ-Ｚａ-ｚ]';
// Zones and phases come first, then the building, then the unit; any of them may stand alone.
const ZONE = `(?:${LETTER}|${NUM}|[东西南北中])区`;
const PHASE = `${NUM}期`;
const BUILDING = `(?:${NUM}(?:号楼|号院|[#＃]楼?|栋|幢|座)|${LETTER}(?:栋|幢|座|号楼))`;
// A unit is numbered (2单元) or, in a building of few units, named by its side (东单元, 西单元);
// in the north a unit is a doorway numbered in digits (19号楼3门; not 一门心思).
const UNIT = `(?:(?:${NUM}|[东西南北中])单元|[0-9０-９]{1,2}门)`;
const GATE = '(?:东北|东南|西北|西南|[东西南北前后正侧])(?:大)?门';

function placeRegex(zones: readonly string[]): RegExp {
  const named = zones.map(escapeRegExp).sort((a, b) => b.length - a.length);
  const zone = named.length > 0 ? `(?:${named.join('|')}|${ZONE})` : ZONE;
  const chain = `(?:${PHASE})?(?:${zone})?(?:${BUILDING})?(?:${UNIT})?`;
  // A letter or digit right before the match means we are inside a longer token (room 1702栋?)
  // and a numeral right before 期/区 would be cut; the lookbehind keeps matches whole.
  // A Chinese numeral or a side right after a clock time (17:00二期, 7:30-17:00东区) starts a new phrase, though.
  const start =
    '(?:(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ一二三四五六七八九十百零〇两#＃])|(?<=[0-9０-９][:：][0-9０-９]{2})(?=[一二三四五六七八九十百零〇东西南北中]))';
  return new RegExp(`${start}(?:${GATE}|${chain})`, 'g');
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
    if (isPlace(m[0], text, m.index)) return m[0];
  }
  return null;
}

function compile(zones: readonly string[]): { hint: RegExp; place: RegExp } {
  // A numeral, letter or direction right before a place suffix, or a named zone.
  const hint = [
    '[0-9０-９一二三四五六七八九十百零〇A-Za-zＡ-Ｚａ-ｚ东西南北中大前后正侧][号#＃栋幢座单区期门]',
    ...zones.map(escapeRegExp),
  ].join('|');
  return { hint: new RegExp(hint), place: placeRegex(zones) };
}

function isPlace(found: string, text: string, at: number): boolean {
  // 东门外/东门口 are fine, but 门 words like 东门市场 are rare enough to accept; a gate needs
  // to stand on its own, not be part of 单元门/楼门 (excluded by the lookbehind on digits only).
  if (/门$/.test(found)) return !/[单楼房铁大家厂走开]$/.test(text.slice(Math.max(0, at - 1), at));
  return true;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
