import { describe, expect, it } from 'vitest';
import { forEachGram } from '../../../src/core/classify/learned-model.js';
import { createGramTable } from '../../../src/core/classify/gram-table.js';
import { seededRandom } from '../../../src/core/seeded-random.js';

describe('createGramTable', () => {
  it('finds the row of every key it holds and -1 for any other, over the whole key range', () => {
    const random = seededRandom(3);
    const keys = new Set<number>();
    // Keys of real grams (1–3 characters, up to 2^48) and keys that share a 24-bit half.
    forEachGram('电梯坏了路灯不亮😂3号楼', (k) => keys.add(k));
    for (let i = 0; i < 5000; i++) keys.add(Math.floor(random() * 2 ** 48));
    for (let i = 0; i < 200; i++) keys.add(i * 16_777_216 + 7);
    const list = [...keys];
    const held = list.slice(0, list.length / 2);
    const table = createGramTable(held);
    for (const [row, k] of held.entries()) expect(table.get(k)).toBe(row);
    for (const k of list.slice(list.length / 2)) expect(table.get(k)).toBe(-1);
    expect(createGramTable([]).get(5)).toBe(-1);
  });
});
