import { describe, expect, it } from 'vitest';
import { createTermIndex } from '../../../src/core/classify/term-index.js';

const find = (terms: string[], text: string) =>
  createTermIndex(terms.map((t, i) => [t, i] as [string, number]))
    .findAll(text)
    .map((h) => `${h.term}@${h.start}-${h.end}`);

describe('createTermIndex', () => {
  it('finds every occurrence, overlaps included, in text order (longer terms first at one place)', () => {
    expect(find(['路灯', '路灯不亮', '灯', '不亮', '亮'], '3号楼路灯不亮，路灯')).toEqual([
      '路灯不亮@3-7',
      '路灯@3-5',
      '灯@4-5',
      '不亮@5-7',
      '亮@6-7',
      '路灯@8-10',
      '灯@9-10',
    ]);
  });

  it('finds one-unit terms, terms at the very end, and terms starting with a character that starts nothing else', () => {
    expect(find(['水', '漏水', 'A'], '漏水A')).toEqual(['漏水@0-2', '水@1-2', 'A@2-3']);
    expect(find(['漏水'], '漏')).toEqual([]);
  });

  it('finds nothing in text whose characters start no term, and ignores empty terms', () => {
    expect(find(['', '电梯'], '大家早上好 😂😂')).toEqual([]);
    expect(
      createTermIndex([
        ['', 0],
        ['电梯', 1],
      ]).size,
    ).toBe(1);
  });

  it('matches terms made of surrogate pairs', () => {
    expect(find(['😂', '😂😂'], '哈😂😂')).toEqual(['😂😂@1-5', '😂@1-3', '😂@3-5']);
  });
});
