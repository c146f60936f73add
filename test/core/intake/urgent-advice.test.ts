import { describe, expect, it } from 'vitest';
import { createConfig, demoConfigInput } from '../../../src/config.js';
import { emergencyPhones } from '../../../src/core/intake/urgent-advice.js';

const emergency = (e: Record<string, string>) =>
  createConfig({ ...demoConfigInput, communities: [{ ...demoConfigInput.communities[0]!, emergency: e }] }).communities[0]!.emergency;

describe('the emergency numbers an urgent reply quotes', () => {
  it('quotes real numbers, with a label for bare ones', () => {
    expect(emergencyPhones('lift', emergency({ property: '0731-88886666' }))).toBe('紧急电话：物业 0731-88886666、火警 119');
    expect(emergencyPhones('gas', emergency({}))).toBe('紧急电话：燃气抢修电话 96777、火警 119');
  });

  it('leaves out a number the config leaves empty or fills with placeholder text', () => {
    expect(emergencyPhones('lift', emergency({ property: '物业值班电话见群公告' }))).toBe('紧急电话：火警 119');
    expect(emergencyPhones('flooding', emergency({ property: '' }))).toBe('紧急电话：报警 110');
    expect(emergencyPhones('flooding', emergency({ property: '请填写', police: '' }))).toBe('');
    expect(emergencyPhones('injury', emergency({ medical: '', police: '待定' }))).toBe('');
  });
});
