import { describe, expect, it } from 'vitest';
import { firstUnits } from '../../../src/core/classify/first-units.js';

describe('firstUnits', () => {
  it('marks the first code unit of every non-empty word and nothing else', () => {
    const words = ['停电', '跳闸', '门口', ''];
    const table = firstUnits(words);
    const marked = [...table.keys()].filter((u) => table[u] === 1).map((u) => String.fromCharCode(u));
    expect(marked.sort()).toEqual(['停', '跳', '门'].sort());
  });
});
