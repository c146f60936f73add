import { describe, expect, it } from 'vitest';
import { maskSensitive } from '../../src/core/mask-sensitive.js';

describe('maskSensitive', () => {
  it.each([
    ['电话13812345678', '电话138****5678'],
    ['打 138 1234 5678 找我', '打 138****5678 找我'],
    ['+86-186-1234-5678', '+86-186****5678'],
    ['身份证11010119900307123X', '身份证110101********123X'],
    ['身份证号 110101199003071234，手机 15912345678', '身份证号 110101********1234，手机 159****5678'],
    ['电话１３８１２３４５６７８', '电话１３８****５６７８'],
    ['电话 138.1234.5678', '电话 138****5678'],
    ['电话 138-1234-5678 找我', '电话 138****5678 找我'],
    ['电话 138\u200B1234\u200B5678', '电话 138****5678'],
    ['电话 1 3 8 1 2 3 4 5 6 7 8', '电话 1 3 8****5678'],
    ['电话１３８－１２３４－５６７８', '电话１３８****５６７８'],
    ['老身份证 110101900307123', '老身份证 110101******123'],
    ['身份证 110101 19900307 123X', '身份证 110101********123X'],
    ['身份证 1101 0119 9003 0712 34', '身份证 1101 01********1234'],
    ['工单 12 13812345678', '工单 12 138****5678'],
    ['#完成 12 已联系13812345678', '#完成 12 已联系138****5678'],
  ])('masks %s', (input, expected) => {
    expect(maskSensitive(input)).toBe(expected);
  });

  it.each([
    '3号楼1702室',
    '12345热线',
    '工单 12',
    '2026年11月26日',
    '固话 010-12345678',
    '12812345678',
    '#合并 12 15',
    '2026-11-26 18:00',
    '3号楼 2单元 1702',
  ])('leaves "%s" alone', (text) => {
    expect(maskSensitive(text)).toBe(text);
  });

  // Property-style: any mobile number, written any way people write it, never survives masking.
  it('hides the middle digits of any mobile number whatever the digits, widths and separators', () => {
    let seed = 20260302;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const separators = ['', ' ', '-', '.', '\u200B', '\u3000', '－', ' - '];
    const fullWidth = (d: string) => String.fromCharCode(d.charCodeAt(0) + 0xfee0);
    for (let k = 0; k < 500; k++) {
      const digits = `1${3 + rand(7)}${Array.from({ length: 9 }, () => String(rand(10))).join('')}`;
      const wide = rand(2) === 1;
      const sep = separators[rand(separators.length)]!;
      const groups = rand(2) === 1 ? [digits.slice(0, 3), digits.slice(3, 7), digits.slice(7)] : [digits];
      const written = groups.map((g) => (wide ? [...g].map(fullWidth).join('') : g)).join(sep);
      const text = `${['电话', '请联系', '#进度 7 业主电话'][rand(3)]}${rand(2) ? ' ' : ''}${written}${['', '，谢谢', ' 师傅'][rand(3)]}`;
      const masked = maskSensitive(text);
      const onlyDigits = masked.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\D/g, '');
      // Only the first three and last four digits of the number (and the 7 of "#进度 7") remain.
      expect(onlyDigits, text).toMatch(new RegExp(`^7?${digits.slice(0, 3)}${digits.slice(7)}$`));
      expect(masked, text).toContain('****');
    }
  });
});
