import { describe, expect, it } from 'vitest';
import { findCategory } from '../../../src/core/commands/find-category.js';

const categories = [
  { code: 'drainage', name: '下水排污' },
  { code: 'water_leak', name: '漏水渗水' },
  { code: 'water_supply', name: '供水' },
  { code: 'lighting', name: '照明' },
];
const code = (typed: string) => {
  const m = findCategory(categories, typed);
  return m.ok ? m.category.code : null;
};

describe('findCategory', () => {
  it('reads a code or a display name', () => {
    expect(code('drainage')).toBe('drainage');
    expect(code('Lighting')).toBe('lighting');
    expect(code('漏水渗水')).toBe('water_leak');
  });

  it('reads a short form whose characters occur in one display name only', () => {
    expect(code('排水')).toBe('drainage');
    expect(code('渗水')).toBe('water_leak');
  });

  it('refuses what matches no category or more than one', () => {
    expect(code('水')).toBeNull();
    expect(code('电梯')).toBeNull();
    expect(code('')).toBeNull();
  });
});
