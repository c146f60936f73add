// A rules directory as data: read into {relative path: text}, and made exactly a given set.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRuleFiles, writeRuleFiles } from '../../../src/infra/rules/rule-files.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yishiting-rule-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('rule files', () => {
  it('reads the rule files under rules/ and rules/categories/, nothing else', () => {
    mkdirSync(join(dir, 'categories'));
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'cues.yaml'), 'a');
    writeFileSync(join(dir, 'categories/road.yml'), 'b');
    writeFileSync(join(dir, 'categories/road.yaml~'), 'backup');
    writeFileSync(join(dir, 'notes/x.yaml'), 'c');
    writeFileSync(join(dir, 'README.md'), 'd');
    expect(readRuleFiles(dir)).toEqual({ 'cues.yaml': 'a', 'categories/road.yml': 'b' });
  });

  it('makes the directory exactly the set: writes, removes rule files the set lacks, leaves no temporary files', () => {
    writeRuleFiles(dir, { 'cues.yaml': 'a', 'categories/road.yaml': 'b', 'categories/gas.yaml': 'c' });
    writeFileSync(join(dir, 'README.md'), 'kept');
    writeRuleFiles(dir, { 'cues.yaml': 'a2', 'categories/road.yaml': 'b' });
    expect(readRuleFiles(dir)).toEqual({ 'cues.yaml': 'a2', 'categories/road.yaml': 'b' });
    expect(existsSync(join(dir, 'README.md'))).toBe(true);
    expect(readdirSync(join(dir, 'categories'))).toEqual(['road.yaml']);
  });

  it('refuses a path outside the rule files', () => {
    expect(() => writeRuleFiles(dir, { '../evil.yaml': 'x' })).toThrow('not a rule file path: ../evil.yaml');
    expect(() => writeRuleFiles(dir, { 'notes/x.yaml': 'x' })).toThrow('not a rule file path');
    expect(() => writeRuleFiles(dir, { 'cues.sh': 'x' })).toThrow('not a rule file path');
    expect(readdirSync(dir)).toEqual([]);
  });
});
