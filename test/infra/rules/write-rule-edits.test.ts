import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadRules } from '../../../src/infra/rules/load-rules.js';
import { writeRuleEdits } from '../../../src/infra/rules/write-rule-edits.js';

const shipped = path.resolve(import.meta.dirname, '../../../rules');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'yishiting-edits-'));
  cpSync(shipped, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeRuleEdits', () => {
  it('adds terms to a category file and keeps its comments and other entries', () => {
    const file = path.join(dir, 'categories/lighting.yaml');
    const before = readFileSync(file, 'utf8');
    const written = writeRuleEdits(dir, [
      { category: 'lighting', section: 'objects', term: '车库顶灯', weight: 3 },
      { category: 'lighting', section: 'cues', term: '广场舞音响', weight: -4 },
    ]);
    expect(written).toEqual([file]);
    const after = readFileSync(file, 'utf8');
    for (const line of before.split('\n').filter((l) => l.startsWith('#'))) expect(after).toContain(line);
    const lighting = loadRules(dir).categories.find((c) => c.code === 'lighting')!;
    expect(lighting.objects.车库顶灯).toBe(3);
    expect(lighting.objects.路灯).toBe(3);
    expect(lighting.cues.广场舞音响).toBe(-4);
  });

  it('finds the file by the code inside it', () => {
    expect(() => writeRuleEdits(dir, [{ category: 'nosuch', section: 'objects', term: '某物', weight: 2 }])).toThrow('nosuch');
  });
});
