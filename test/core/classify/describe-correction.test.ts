import { describe, expect, it } from 'vitest';
import { describeCorrection } from '../../../src/core/classify/describe-correction.js';
import type { Correction } from '../../../src/core/tickets/types.js';

const names: Record<string, string> = { lighting: '照明', power: '供电' };
const name = (code: string) => names[code] ?? code;
const base: Correction = {
  id: 1,
  communityId: 1,
  ticketId: 7,
  kind: 'recategorise',
  text: '3栋路灯不亮，电话13812345678',
  fromCategory: 'lighting',
  toCategory: 'power',
  staff: '李网格员',
  at: new Date('2026-12-01T03:00:00Z'),
};

describe('describeCorrection', () => {
  it('names the command, both categories, who and when, and masks the phone number in the text', () => {
    const d = describeCorrection(base, name);
    expect(d.detail).toBe('#改类：照明（lighting） → 供电（power），李网格员，2026-12-01');
    expect(d.text).not.toContain('13812345678');
    expect(d.text).toContain('3栋路灯不亮');
  });

  it('says what was wrong for a ticket that was no report and for a missed one', () => {
    expect(describeCorrection({ ...base, kind: 'not_report', toCategory: null }, name).detail).toBe(
      '#不是诉求：原判 照明（lighting），不是诉求，李网格员，2026-12-01',
    );
    expect(describeCorrection({ ...base, kind: 'missed', fromCategory: null }, name).detail).toBe(
      '#登记：漏判，应为 供电（power），李网格员，2026-12-01',
    );
  });
});
