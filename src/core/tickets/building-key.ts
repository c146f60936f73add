// The key that decides whether two reports name the same building: "3号楼", "三号楼", "3栋" and
// "3#楼" all become "3号楼"; "12#楼2单元" keeps its unit. Null stays null (both without building).

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Converts a run of Chinese numerals (up to 九十九) to an Arabic number string. */
function chineseNumber(run: string): string {
  if (!run.includes('十')) return [...run].map((c) => String(DIGITS[c] ?? c)).join('');
  const [tens, ones] = run.split('十');
  const t = tens ? (DIGITS[tens] ?? 0) : 1;
  const o = ones ? (DIGITS[ones] ?? 0) : 0;
  return String(t * 10 + o);
}

/** Normalises a building as written into a comparison key. */
export function buildingKey(building: string | null): string | null {
  if (building === null) return null;
  let s = building.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  s = s.replace(/[零〇一二两三四五六七八九十]+/g, chineseNumber);
  s = s.replace(/(\d+)(?:号楼|号|栋|幢|座|#楼|#)/g, '$1号楼');
  return s === '' ? null : s;
}
