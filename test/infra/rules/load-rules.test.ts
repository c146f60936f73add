import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRuleTerms, loadRules, RulesError } from '../../../src/infra/rules/load-rules.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/rules');

function errorOf(dir: string): RulesError {
  try {
    loadRules(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(RulesError);
    return err as RulesError;
  }
  throw new Error('expected a RulesError');
}

describe('loadRules', () => {
  it('loads the basic fixture with defaults filled in', () => {
    const rules = loadRules(path.join(fixtures, 'basic'));
    expect(rules.categories.map((c) => [c.code, c.name, c.enabled])).toEqual([
      ['elevator', '电梯', true],
      ['lighting', '照明', true],
      ['parking', '停车', false],
    ]);
    const lighting = rules.categories.find((c) => c.code === 'lighting')!;
    expect(lighting.aliases).toEqual({ 路等: '路灯' });
    expect(lighting.urgent).toEqual([]);
    expect(rules.thresholds).toEqual({ report: 4, category: 2, categoryCap: 6, pair: 2, problemCap: 2 });
    expect(rules.places.zones).toEqual(['平房区']);
    expect(allRuleTerms(rules)).toEqual(expect.arrayContaining(['路灯', '路等', '困人', '麻烦', '着火', '如果']));
  });

  it('refuses the empty fixture, naming the empty file', () => {
    const err = errorOf(path.join(fixtures, 'empty'));
    expect(err.file).toBe(path.join(fixtures, 'empty', 'categories', 'lighting.yaml'));
    expect(err.problem).toContain('文件是空的');
  });

  it('refuses the malformed fixture with the line where the broken mapping starts', () => {
    const err = errorOf(path.join(fixtures, 'malformed'));
    expect(err.file).toBe(path.join(fixtures, 'malformed', 'categories', 'lighting.yaml'));
    expect(err.line).toBe(4);
    expect(err.problem).toContain('YAML 格式错误');
  });

  it('refuses the evil fixture: the function tag is an error and nothing runs', () => {
    rmSync('/tmp/yishiting-pwned', { force: true });
    const err = errorOf(path.join(fixtures, 'evil'));
    expect(err.file).toBe(path.join(fixtures, 'evil', 'categories', 'lighting.yaml'));
    expect(err.line).toBe(2);
    expect(err.problem).toContain('不允许使用自定义 YAML 标签');
    expect(existsSync('/tmp/yishiting-pwned')).toBe(false);
  });

  it('names the field and line of a wrongly typed weight', () => {
    const err = errorOf(path.join(fixtures, 'bad-field'));
    expect(err.line).toBe(5);
    expect(err.field).toBe('objects.楼道灯');
  });

  describe('with rule files written by the test', () => {
    function dirWith(files: Record<string, string>): string {
      const dir = mkdtempSync(path.join(tmpdir(), 'yishiting-rules-'));
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        writeFileSync(path.join(dir, name), text);
      }
      return dir;
    }
    const cues = 'cues: []\n';

    it('refuses an urgency `outweighs` naming a cue group cues.yaml does not have', () => {
      const dir = dirWith({
        'categories/a.yaml': 'code: a\nname: 甲\nobjects:\n  路灯: 3\n',
        'cues.yaml': 'cues:\n  - kind: notice\n    label: 通知\n    weight: -8\n    terms: ["【"]\n',
        'urgency.yaml': 'outweighs:\n  - notice\n  - notise\n',
      });
      const err = errorOf(dir);
      expect(err.field).toBe('outweighs.1');
      expect(err.problem).toContain('notise');
    });

    it('adds every head followed by every tail of `compose` to the group terms, once each', () => {
      const dir = dirWith({
        'categories/a.yaml': 'code: a\nname: 甲\nobjects:\n  路灯: 3\n',
        'cues.yaml':
          'cues:\n  - kind: home\n    label: 别人家\n    weight: -8\n    terms: [娘家, 表哥家]\n    compose:\n      heads: [表哥, 闺蜜]\n      tails: [家, 租的]\n',
      });
      expect(loadRules(dir).cues[0]!.terms).toEqual(['娘家', '表哥家', '表哥租的', '闺蜜家', '闺蜜租的']);
    });

    it('refuses a `compose` without tails, naming the field', () => {
      const dir = dirWith({
        'categories/a.yaml': 'code: a\nname: 甲\nobjects:\n  路灯: 3\n',
        'cues.yaml':
          'cues:\n  - kind: home\n    label: 别人家\n    weight: -8\n    terms: [娘家]\n    compose:\n      heads: [表哥]\n      tails: []\n',
      });
      const err = errorOf(dir);
      expect(err.field).toBe('cues.0.compose.tails');
      expect(err.problem).toContain('至少要有 1 项');
    });

    it('refuses an `over_only` naming a word that is not in `over`, or a danger kind there is not', () => {
      const urgency = (overOnly: string) =>
        `hazards:\n  - kind: sparks\n    label: 冒火花\n    category: null\n    terms: [冒火花]\nover:\n  - 拉了闸\nover_only:\n${overOnly}`;
      const files = { 'categories/a.yaml': 'code: a\nname: 甲\nobjects:\n  电箱: 3\n', 'cues.yaml': cues };
      const word = errorOf(dirWith({ ...files, 'urgency.yaml': urgency('  断了电: [sparks]\n') }));
      expect(word.field).toBe('over_only.断了电');
      expect(word.problem).toContain('over 里没有');
      const kind = errorOf(dirWith({ ...files, 'urgency.yaml': urgency('  拉了闸: [sparks, spraks]\n') }));
      expect(kind.field).toBe('over_only.拉了闸.1');
      expect(kind.problem).toContain('spraks');
      expect(loadRules(dirWith({ ...files, 'urgency.yaml': urgency('  拉了闸: [sparks, a]\n') })).urgency.over_only).toEqual({
        拉了闸: ['sparks', 'a'],
      });
    });

    it('refuses a `cancel_only` naming a word that is not in `cancel`, or a danger kind there is not', () => {
      const urgency = (cancelOnly: string) =>
        `hazards:\n  - kind: gas\n    label: 燃气味\n    category: null\n    terms: [臭鸡蛋味]\ncancel:\n  - 地漏\ncancel_only:\n${cancelOnly}`;
      const files = { 'categories/a.yaml': 'code: a\nname: 甲\nobjects:\n  燃气: 3\n', 'cues.yaml': cues };
      const word = errorOf(dirWith({ ...files, 'urgency.yaml': urgency('  马桶: [gas]\n') }));
      expect(word.field).toBe('cancel_only.马桶');
      expect(word.problem).toContain('cancel 里没有');
      const kind = errorOf(dirWith({ ...files, 'urgency.yaml': urgency('  地漏: [gas, gsa]\n') }));
      expect(kind.field).toBe('cancel_only.地漏.1');
      expect(kind.problem).toContain('gsa');
      expect(loadRules(dirWith({ ...files, 'urgency.yaml': urgency('  地漏: [gas, a]\n') })).urgency.cancel_only).toEqual({
        地漏: ['gas', 'a'],
      });
    });

    it('refuses an alias that points at a word the category does not have', () => {
      const dir = dirWith({ 'categories/a.yaml': 'code: a\nname: 甲\nobjects:\n  路灯: 3\naliases:\n  路等: 路登\n', 'cues.yaml': cues });
      const err = errorOf(dir);
      expect(err.line).toBe(6);
      expect(err.field).toBe('aliases.路等');
      expect(err.problem).toContain('路登');
    });

    it('refuses an agent that is not one of the category objects', () => {
      const dir = dirWith({ 'categories/a.yaml': 'code: a\nname: 甲\nobjects:\n  物业: 2\nagents: [物业, 客服]\n', 'cues.yaml': cues });
      const err = errorOf(dir);
      expect(err.field).toBe('agents.1');
      expect(err.problem).toContain('客服');
    });

    it('refuses a `yields` naming a danger kind urgency.yaml does not have', () => {
      const dir = dirWith({
        'categories/a.yaml': 'code: a\nname: 甲\nobjects:\n  车库: 2\nyields: [fire, fier]\n',
        'cues.yaml': cues,
        'urgency.yaml': 'hazards:\n  - kind: fire\n    label: 着火\n    category: null\n    terms: [着火]\n',
      });
      const err = errorOf(dir);
      expect(err.field).toBe('yields.1');
      expect(err.problem).toContain('fier');
    });

    it('refuses two hazard classes of one kind (two helpers adding the same class)', () => {
      const hazard = (word: string) => `  - kind: fire\n    label: 着火\n    category: null\n    terms: [${word}]\n`;
      const dir = dirWith({
        'categories/a.yaml': 'code: a\nname: 甲\nobjects:\n  路灯: 3\n',
        'cues.yaml': cues,
        'urgency.yaml': `hazards:\n${hazard('着火')}${hazard('起火')}`,
      });
      const err = errorOf(dir);
      expect(err.field).toBe('hazards.1.kind');
      expect(err.problem).toContain('fire');
    });

    it('points past-time and now words written in urgency.yaml to their one list in cues.yaml', () => {
      for (const [field, where] of [
        ['past', 'past: true'],
        ['now', 'language.now'],
      ]) {
        const dir = dirWith({
          'categories/a.yaml': 'code: a\nname: 甲\nobjects:\n  路灯: 3\n',
          'cues.yaml': cues,
          'urgency.yaml': `${field}: [那几年]\n`,
        });
        const err = errorOf(dir);
        expect(err.field).toBe(field);
        expect(err.problem).toContain(where);
      }
    });

    it('refuses two files with the same category code', () => {
      const cat = 'code: a\nname: 甲\nobjects:\n  路灯: 3\n';
      const err = errorOf(dirWith({ 'categories/a.yaml': cat, 'categories/b.yaml': cat, 'cues.yaml': cues }));
      expect(err.problem).toContain('重复');
    });

    it('refuses an unknown field (typo in a key) with its line', () => {
      const err = errorOf(dirWith({ 'categories/a.yaml': 'code: a\nname: 甲\nobject:\n  路灯: 3\n', 'cues.yaml': cues }));
      expect(err.line).toBe(3);
      expect(err.message).toMatch(/「object」.*是不是想写「objects」/);
    });

    it('refuses a rules directory without categories or without cues.yaml', () => {
      expect(errorOf(dirWith({ 'cues.yaml': cues })).problem).toContain('categories');
      expect(errorOf(dirWith({ 'categories/a.yaml': 'code: a\nname: 甲\nobjects:\n  路灯: 3\n' })).problem).toContain('文件不存在');
      expect(errorOf('/nonexistent/yishiting-rules').problem).toContain('规则目录不存在');
    });
  });

  it('loads the default rules shipped in rules/', () => {
    const rules = loadRules(path.resolve(import.meta.dirname, '../../../rules'));
    expect(rules.categories.map((c) => c.code).sort()).toEqual([
      'admin_service',
      'care_service',
      'dispute',
      'drainage',
      'elevator',
      'ev_charging',
      'gas',
      'greenery',
      'heating',
      'lighting',
      'nuisance',
      'other',
      'parking',
      'power',
      'property_service',
      'road',
      'sanitation',
      'security',
      'street_order',
      'water_leak',
      'water_supply',
    ]);
  });
});
