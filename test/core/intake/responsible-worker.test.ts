import { describe, expect, it } from 'vitest';
import { createConfig } from '../../../src/config.js';
import { responsibleWorker } from '../../../src/core/intake/responsible-worker.js';

const community = (staff: { remark: string; name: string; role: 'worker' | 'admin'; covers?: string[] }[]) =>
  createConfig({ communities: [{ name: '金阳社区', groups: [{ topic: 'g', role: 'residents' }], staff }] }).communities[0]!;

describe('responsibleWorker', () => {
  const roster = community([
    { remark: '王主任', name: '王主任', role: 'admin' },
    { remark: '赵师傅', name: '赵师傅', role: 'worker', covers: ['*'] },
    { remark: '李网格员', name: '李网格员', role: 'worker', covers: ['金阳花园'] },
    { remark: '孙网格员', name: '孙网格员', role: 'worker', covers: ['三号楼', '5栋'] },
  ]);

  it('prefers the worker who covers the building, however it is written', () => {
    expect(responsibleWorker(roster, '金阳花园', '3号楼')?.name).toBe('孙网格员');
    expect(responsibleWorker(roster, '金阳花园', '五号楼')?.name).toBe('孙网格员');
  });

  it("then the worker who covers the group's 小区", () => {
    expect(responsibleWorker(roster, '金阳花园', '9号楼')?.name).toBe('李网格员');
    expect(responsibleWorker(roster, '金阳花园', null)?.name).toBe('李网格员');
  });

  it('then a worker covering everything, then any worker, never an admin', () => {
    expect(responsibleWorker(roster, '银河小区', '9号楼')?.name).toBe('赵师傅');
    expect(responsibleWorker(community([{ remark: 'a', name: '钱网格员', role: 'worker', covers: ['东区'] }]), null, null)?.name).toBe(
      '钱网格员',
    );
    expect(responsibleWorker(community([{ remark: 'b', name: '王主任', role: 'admin' }]), '金阳花园', null)).toBeNull();
  });

  it("prefers a worker whose covers name the category, by code or display name, over the building's", () => {
    const withPlumber = community([
      { remark: '孙网格员', name: '孙网格员', role: 'worker', covers: ['三号楼'] },
      { remark: '周师傅', name: '周师傅', role: 'worker', covers: ['下水排污'] },
      { remark: '吴电工', name: '吴电工', role: 'worker', covers: ['power'] },
    ]);
    expect(responsibleWorker(withPlumber, null, '3号楼', ['drainage', '下水排污'])?.name).toBe('周师傅');
    expect(responsibleWorker(withPlumber, null, '3号楼', ['power', '供电'])?.name).toBe('吴电工');
    expect(responsibleWorker(withPlumber, null, '3号楼', ['lighting', '照明'])?.name).toBe('孙网格员');
    expect(responsibleWorker(withPlumber, null, '3号楼')?.name).toBe('孙网格员');
  });
});
