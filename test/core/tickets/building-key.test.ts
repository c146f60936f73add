import { describe, expect, it } from 'vitest';
import { buildingKey } from '../../../src/core/tickets/building-key.js';
import { computePriority } from '../../../src/core/tickets/priority.js';

describe('buildingKey', () => {
  it('treats the ways residents write the same building as one', () => {
    const same = ['3号楼', '三号楼', '3栋', '3#楼', '3＃', '3 号楼', '３号楼'];
    expect(new Set(same.map(buildingKey))).toEqual(new Set(['3号楼']));
  });

  it('reads Chinese tens', () => {
    expect(buildingKey('十二号楼')).toBe(buildingKey('12号楼'));
    expect(buildingKey('二十一栋')).toBe('21号楼');
  });

  it('keeps different buildings, units and zones apart', () => {
    expect(buildingKey('3号楼')).not.toBe(buildingKey('13号楼'));
    expect(buildingKey('12#楼2单元')).not.toBe(buildingKey('12#楼'));
    expect(buildingKey('A区5栋')).not.toBe(buildingKey('B区5栋'));
    expect(buildingKey('东门')).toBe('东门');
  });

  it('keeps "no building" as null', () => {
    expect(buildingKey(null)).toBeNull();
    expect(buildingKey('  ')).toBeNull();
  });
});

describe('computePriority', () => {
  it('grows with reporters and puts urgent tickets above any ordinary one', () => {
    expect(computePriority(3, false)).toBeGreaterThan(computePriority(2, false));
    expect(computePriority(1, true)).toBeGreaterThan(computePriority(50, false));
  });
});
