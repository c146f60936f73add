import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../../src/core/tickets/deadlines.js';
import { loadDeadlines } from '../../../src/infra/db/load-deadlines.js';
import { RulesError } from '../../../src/infra/rules/load-yaml.js';
import { tempDir } from './store-fixture.js';

const H = 3_600_000;
const SPEC_CODES = [
  'lighting',
  'water_leak',
  'drainage',
  'water_supply',
  'power',
  'gas',
  'heating',
  'elevator',
  'ev_charging',
  'sanitation',
  'greenery',
  'road',
  'parking',
  'nuisance',
  'street_order',
  'security',
  'property_service',
  'dispute',
  'care_service',
  'admin_service',
  'other',
];

let cleanup = () => {};
afterEach(() => cleanup());

function rulesDir(yaml: string): string {
  const t = tempDir();
  cleanup = t.cleanup;
  writeFileSync(join(t.dir, 'deadlines.yaml'), yaml);
  return t.dir;
}

function loadError(yaml: string): RulesError {
  try {
    loadDeadlines(rulesDir(yaml));
  } catch (err) {
    if (err instanceof RulesError) return err;
    throw err;
  }
  throw new Error('expected a RulesError');
}

describe('rules/deadlines.yaml', () => {
  const deadlines = loadDeadlines('rules');

  it('follows 12345 practice: acknowledge within 2 h, urgent within 1 h', () => {
    expect(deadlines.default.acknowledgeMs).toBe(2 * H);
    expect(deadlines.urgent.acknowledgeMs).toBe(1 * H);
    expect(deadlines.urgent.escalateEveryMs).toBeLessThan(deadlines.default.escalateEveryMs);
  });

  it('gives every spec category a resolution time between 1 and 10 days', () => {
    for (const code of SPEC_CODES) {
      const days = computeDeadlines(code, false, new Date(0), deadlines).dueAt.getTime() / (24 * H);
      expect(Object.keys(deadlines.categories)).toContain(code);
      expect(days).toBeGreaterThanOrEqual(1);
      expect(days).toBeLessThanOrEqual(10);
    }
  });
});

describe('loadDeadlines', () => {
  const valid =
    'default: {acknowledge: 2h, resolve: 5d, escalateEvery: 24h}\nurgent: {acknowledge: 1h, resolve: 1天, escalateEvery: 30分钟}\n';

  it('reads durations in English and Chinese units', () => {
    const d = loadDeadlines(rulesDir(`${valid}categories:\n  lighting: {resolve: 72小时}\n`));
    expect(d.urgent.resolveMs).toBe(24 * H);
    expect(d.urgent.escalateEveryMs).toBe(H / 2);
    expect(d.categories.lighting).toEqual({ resolveMs: 72 * H });
  });

  it('names the file, line and field of a bad duration', () => {
    const err = loadError(`${valid}categories:\n  lighting:\n    resolve: three days\n`);
    expect(err.file).toContain('deadlines.yaml');
    expect(err.line).toBe(5);
    expect(err.field).toBe('categories.lighting.resolve');
    expect(err.problem).toContain('30m、2h 或 3d');
  });

  it('refuses a missing urgent section', () => {
    const err = loadError('default: {acknowledge: 2h, resolve: 5d, escalateEvery: 24h}\n');
    expect(err.field).toBe('urgent');
  });

  it('refuses an unknown field instead of ignoring a typo', () => {
    const err = loadError(`${valid}categories:\n  lighting: {reslove: 3d}\n`);
    expect(err.field).toContain('categories.lighting');
  });

  it('refuses an acknowledge time longer than the resolution time', () => {
    const err = loadError(`${valid}categories:\n  lighting: {acknowledge: 4d, resolve: 3d}\n`);
    expect(err.field).toBe('categories.lighting');
    expect(err.problem).toContain('不能长于办结时限');
  });

  it('refuses a YAML tag instead of executing it', () => {
    const err = loadError('default: !!js/function "function(){ return 1 }"\n');
    expect(err.problem).toContain('不允许使用自定义 YAML 标签');
  });
});
