import { describe, expect, it } from 'vitest';
import { extractBuilding } from '../../../src/core/classify/extract-building.js';

describe('extractBuilding', () => {
  it.each([
    ['3号楼门口的路灯不亮', '3号楼'],
    ['三号楼的垃圾桶满了', '三号楼'],
    ['十二栋单元门口堵了辆车', '十二栋'],
    ['12#楼2单元电梯坏了', '12#楼2单元'],
    ['5#楼下面一股煤气味', '5#楼'],
    ['A区5栋停水了', 'A区5栋'],
    ['B区3单元外墙渗水', 'B区3单元'],
    ['东区车棚着火了', '东区'],
    ['二期进门那段台阶坏了', '二期'],
    ['二期3号楼又停电', '二期3号楼'],
    ['平房区那边下水道堵了', '平房区'],
    ['困在A座电梯里了', 'A座'],
    ['一单元楼道里水管爆了', '一单元'],
    ['5号楼2单元暖气不热', '5号楼2单元'],
    ['有人被关在电梯里了 1号楼东单元 物业快来', '1号楼东单元'],
    ['5栋东单元电梯已恢复运行', '5栋东单元'],
    ['三号楼西单元楼道灯不亮', '三号楼西单元'],
    ['A区2栋中单元门禁坏了', 'A区2栋中单元'],
    ['北单元的电梯又停了', '北单元'],
    ['19号楼3门楼道总闸又跳了', '19号楼3门'],
    ['阀门拧不动 水还在冒 求助 3门', '3门'],
    ['2号楼12门的路灯不亮', '2号楼12门'],
    ['12月3日7:30-17:00东区停电', '东区'],
    ['明天8:00-12:00西区停水', '西区'],
    ['东门岗亭边上的路灯', '东门'],
    ['南大门外面在施工', '南大门'],
    ['３号楼停水', '３号楼'],
  ])('finds the place in %s', (text, place) => {
    expect(extractBuilding(text, ['平房区'])).toBe(place);
  });

  it('drops room numbers after the building', () => {
    expect(extractBuilding('客厅已经淹了 9栋1702')).toBe('9栋');
    expect(extractBuilding('5栋2单元302卫生间漏水')).toBe('5栋2单元');
  });

  it('does not take floors for buildings', () => {
    expect(extractBuilding('二号楼三楼楼道灯坏了')).toBe('二号楼');
    expect(extractBuilding('爬了18层腿都废了')).toBeNull();
    expect(extractBuilding('五楼那户在装修')).toBeNull();
    expect(extractBuilding('卡在9楼和10楼中间')).toBeNull();
  });

  it('does not take generic places for buildings', () => {
    for (const text of [
      '楼道里堆满了杂物',
      '地下车库的灯全灭了',
      '车棚的充电桩坏了',
      '小区门口的水果摊',
      '单元门上贴满了小广告',
      '烟全往我们楼里飘',
      '整栋楼都停电了',
      '社区食堂',
      '两栋楼之间',
      '一门心思想换个物业',
      '关门了没人管',
    ]) {
      expect(extractBuilding(text)).toBeNull();
    }
  });

  it('does not take dates or amounts with 号 for buildings', () => {
    expect(extractBuilding('供暖11月15号开始')).toBeNull();
    expect(extractBuilding('1502的业主在吗')).toBeNull();
  });

  it('reads front, back and side gates but not 走后门', () => {
    expect(extractBuilding('小区后门的垃圾堆到马路上了')).toBe('后门');
    expect(extractBuilding('侧门的道闸坏了')).toBe('侧门');
    expect(extractBuilding('办事还得走后门')).toBeNull();
  });

  it('reads a phase or zone written right after a clock time', () => {
    expect(extractBuilding('17:00二期停水，约两个小时')).toBe('二期');
    expect(extractBuilding('明天8：30三区停电')).toBe('三区');
    expect(extractBuilding('1702三期')).toBeNull();
  });

  it('returns the first place when several are named', () => {
    expect(extractBuilding('7栋和8栋之间的路灯')).toBe('7栋');
  });

  it('knows named zones only when the rules list them', () => {
    expect(extractBuilding('别墅区的路灯')).toBeNull();
    expect(extractBuilding('别墅区的路灯', ['别墅区'])).toBe('别墅区');
  });
});
