import { describe, expect, it } from 'vitest';
import { maskSensitive } from '../../src/core/mask-sensitive.js';

describe('maskSensitive', () => {
  it.each([
    ['电话13812345678', '电话138****5678'],
    ['打 138 1234 5678 找我', '打 138****5678 找我'],
    ['+86-186-1234-5678', '+86-186****5678'],
    ['身份证11010119900307123X', '身份证110101********123X'],
    ['身份证号 110101199003071234，手机 15912345678', '身份证号 110101********1234，手机 159****5678'],
  ])('masks %s', (input, expected) => {
    expect(maskSensitive(input)).toBe(expected);
  });

  it.each(['3号楼1702室', '12345热线', '工单 12', '2026年11月26日', '固话 010-12345678', '12812345678'])('leaves "%s" alone', (text) => {
    expect(maskSensitive(text)).toBe(text);
  });
});
