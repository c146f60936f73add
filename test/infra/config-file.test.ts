import { describe, expect, it } from 'vitest';
import { demoConfigInput, createConfig } from '../../src/config.js';
import { parseConfigText } from '../../src/infra/config-file.js';
import { CONFIG_TEMPLATE } from '../../src/infra/config-template.js';

describe('config file', () => {
  it('the template written by init loads and matches the demo cast', () => {
    const config = parseConfigText(CONFIG_TEMPLATE, 'yishiting.config.yaml');
    const demo = createConfig(demoConfigInput);
    expect(config.communities[0]!.staff).toEqual(demo.communities[0]!.staff);
    expect(config.communities[0]!.groups.map((g) => g.topic)).toEqual(['金阳花园业主群', '金阳社区工作群']);
    expect(config.sending).toEqual({ minIntervalMs: 1500, quietHours: { start: '22:00', end: '07:00' }, maxAttempts: 8 });
  });

  it('names the line and field of a bad value', () => {
    const bad = CONFIG_TEMPLATE.replace('minIntervalMs: 1500', 'minIntervalMs: 很快');
    const line = bad.split('\n').findIndex((l) => l.includes('很快')) + 1;
    expect(() => parseConfigText(bad, 'cfg.yaml')).toThrow(new RegExp(`cfg\\.yaml.*${line}.*sending\\.minIntervalMs`));
  });

  it('refuses YAML tags that try to execute code', () => {
    expect(() => parseConfigText('timezone: !!js/function "function(){}"\ncommunities: []', 'evil.yaml')).toThrow(/标签/);
  });
});
