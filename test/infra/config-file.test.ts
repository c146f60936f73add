import { describe, expect, it } from 'vitest';
import { type Config, configSchema, createConfig, demoConfigInput } from '../../src/config.js';
import { CONFIG_TEMPLATE } from '../../src/infra/config-template.js';
import { parseYamlText } from '../../src/infra/rules/load-yaml.js';

const parseConfigText = (text: string, file: string): Config => parseYamlText(text, file, configSchema);

describe('config file', () => {
  it('the template written by init loads and matches the demo cast', () => {
    const config = parseConfigText(CONFIG_TEMPLATE, 'yishiting.config.yaml');
    const demo = createConfig(demoConfigInput);
    expect(config.communities[0]!.staff).toEqual(demo.communities[0]!.staff);
    expect(config.communities[0]!.groups.map((g) => g.topic)).toEqual(['金阳花园业主群', '金阳社区工作群']);
    expect(config.sending).toMatchObject({ minIntervalMs: 1500, quietHours: { start: '22:00', end: '07:00' }, maxAttempts: 8 });
  });

  it('names the line and field of a bad value', () => {
    const bad = CONFIG_TEMPLATE.replace('minIntervalMs: 1500', 'minIntervalMs: 很快');
    const line = bad.split('\n').findIndex((l) => l.includes('很快')) + 1;
    expect(() => parseConfigText(bad, 'cfg.yaml')).toThrow(new RegExp(`cfg\\.yaml.*${line}.*sending\\.minIntervalMs`));
  });

  it('refuses YAML tags that try to execute code', () => {
    expect(() => parseConfigText('timezone: !!js/function "function(){}"\ncommunities: []', 'evil.yaml')).toThrow(/标签/);
  });

  it('refuses a time zone that does not exist, naming the line and a valid example', () => {
    const bad = CONFIG_TEMPLATE.replace('timezone: Asia/Shanghai', 'timezone: Beijing');
    const line = bad.split('\n').findIndex((l) => l.startsWith('timezone: Beijing')) + 1;
    expect(() => parseConfigText(bad, 'cfg.yaml')).toThrow(
      new RegExp(`cfg\\.yaml，第 ${line} 行，字段「timezone」：.*Beijing.*Asia/Shanghai`),
    );
  });

  it.each([
    ['staf', 'staff'],
    ['sendng', 'sending'],
    ['minInterval', 'minIntervalMs'],
  ])('reports an unknown key "%s" on its line and suggests "%s"', (typo, meant) => {
    const text = [
      'timezone: Asia/Shanghai',
      'sendng: {}',
      'communities:',
      '  - name: 金阳社区',
      '    groups:',
      '      - { topic: 金阳花园业主群, role: residents }',
    ];
    const yaml =
      typo === 'staf'
        ? [text[0], ...text.slice(2), '    staf: []'].join('\n')
        : typo === 'sendng'
          ? text.join('\n')
          : [text[0], 'sending:', '  minInterval: 2000', ...text.slice(2)].join('\n');
    const line = yaml.split('\n').findIndex((l) => l.trim().startsWith(`${typo}:`)) + 1;
    expect(() => parseConfigText(yaml, 'cfg.yaml')).toThrow(new RegExp(`第 ${line} 行.*「${typo}」.*是不是想写「${meant}」`));
  });

  it.each([
    ['minIntervalMs: 1500', 'minIntervalMs: 很快', /应为数字/],
    ['minIntervalMs: 1500', 'minIntervalMs: -5', /不能小于 0/],
    ['role: admin', 'role: boss', /只能是.*worker.*admin.*district/],
    ['digestTime: "18:00"', 'digestTime: "6pm"', /时刻.*07:30/],
  ])('explains %s → %s in a plain Chinese sentence, not validator output', (from, to, expected) => {
    expect(CONFIG_TEMPLATE).toContain(from);
    let message = '';
    try {
      parseConfigText(CONFIG_TEMPLATE.replace(from, to), 'cfg.yaml');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(expected);
    expect(message).not.toMatch(/Invalid|expected|received|无效输入|期望|[a-z]+_[a-z]+/);
    expect(message).toMatch(/。$/);
  });

  it('normalises staff remarks as the WeChat edge does, so a remark pasted with invisible characters still matches', () => {
    const text = CONFIG_TEMPLATE.replace('remark: 李网格员', 'remark: "李网格员\u200B"');
    expect(text).not.toBe(CONFIG_TEMPLATE);
    const config = parseConfigText(text, 'cfg.yaml');
    expect(config.communities[0]!.staff.map((s) => s.remark)).toContain('李网格员');
  });

  it('normalises group topics as the WeChat edge does, so the stored topic and the lookups agree', () => {
    const text = CONFIG_TEMPLATE.replace('topic: 金阳花园业主群', 'topic: "\u200B金阳花园\u200D业主群 "');
    expect(text).not.toBe(CONFIG_TEMPLATE);
    const config = parseConfigText(text, 'cfg.yaml');
    expect(config.communities[0]!.groups.map((g) => g.topic)).toContain('金阳花园业主群');
  });
});
