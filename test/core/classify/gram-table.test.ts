import { describe, expect, it } from 'vitest';
import { createGramTable, gramRows } from '../../../src/core/classify/gram-table.js';
import { seededRandom } from '../../../src/core/seeded-random.js';

/** Every gram (1–3 code units) of `text`, each once. */
const gramsOf = (text: string) => {
  const grams = new Set<string>();
  for (let end = 1; end <= text.length; end++) for (let n = 1; n <= Math.min(3, end); n++) grams.add(text.slice(end - n, end));
  return [...grams];
};

describe('createGramTable', () => {
  // Real grams, emoji halves (surrogates), and random three-unit grams that share units with each other.
  const random = seededRandom(3);
  const unit = () => String.fromCharCode(Math.floor(random() * 65_536));
  const grams = [...new Set([...gramsOf('电梯坏了路灯不亮😂3号楼 wifi'), ...Array.from({ length: 4000 }, () => unit() + unit() + unit())])];
  const held = grams.filter((_, i) => i % 2 === 0);
  const table = createGramTable(held);
  const rowOf = (g: string) => {
    const n = g.length;
    return table.row(n, n === 3 ? g.charCodeAt(0) : 0, n >= 2 ? g.charCodeAt(n - 2) : 0, g.charCodeAt(n - 1));
  };

  it('finds the row of every gram it holds and -1 for any other', () => {
    for (const [row, g] of held.entries()) expect(rowOf(g)).toBe(row);
    for (const g of grams.filter((_, i) => i % 2 === 1)) expect(rowOf(g)).toBe(-1);
    expect(createGramTable([]).row(1, 0, 0, 5)).toBe(-1);
  });

  it('visits, position by position, the held grams of one, two and three units ending there', () => {
    const text = '电梯坏了路灯不亮😂3号楼';
    const rows = new Int32Array(text.length * 3);
    const ends = new Int32Array(text.length * 3);
    const count = gramRows(text, table, rows, ends);
    const visited = [...rows.subarray(0, count)].map((row, i) => {
      const end = ends[i]! >> 2;
      expect(text.slice(end - (ends[i]! & 3), end)).toBe(held[row]);
      return held[row]!;
    });
    expect(visited).toEqual(gramsOf(text).filter((g) => held.includes(g)));
    expect(gramRows(text, table, rows)).toBe(count);
  });
});
