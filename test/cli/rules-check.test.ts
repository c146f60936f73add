// `rules check` checks every file the bot reads under rules/, not only categories and cues.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run as rules } from '../../src/cli/rules.js';

let dir: string;
let out: string[];
let err: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yishiting-rulescheck-'));
  cpSync('rules', dir, { recursive: true });
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out.push(String(s));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    err.push(String(s));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const edit = (file: string, from: string, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

describe('yishiting rules check', () => {
  it('passes the shipped rules and says which files it checked', async () => {
    expect(await rules(['check', dir])).toBe(0);
    expect(out.join('')).toMatch(/replies\.yaml/);
    expect(out.join('')).toMatch(/deadlines\.yaml/);
  });

  it('finds a wrong placeholder in replies.yaml', async () => {
    edit('replies.yaml', '由{assignee}负责', '由{asignee}负责');
    expect(await rules(['check', dir])).toBe(2);
    expect(err.join('')).toMatch(/replies\.yaml，第 \d+ 行，字段「ack」：.*\{asignee\}/);
  });

  it('finds a duration that cannot be read in deadlines.yaml', async () => {
    edit('deadlines.yaml', 'resolve: 5d', 'resolve: 5 days');
    expect(await rules(['check', dir])).toBe(2);
    expect(err.join('')).toMatch(/deadlines\.yaml，第 \d+ 行，字段「default\.resolve」：时长「5 days」写法不对/);
  });

  it('finds a deadline for a category that does not exist, with a suggestion', async () => {
    writeFileSync(join(dir, 'deadlines.yaml'), `${readFileSync(join(dir, 'deadlines.yaml'), 'utf8')}\n  lightning:\n    resolve: 2d\n`);
    expect(await rules(['check', dir])).toBe(2);
    expect(err.join('')).toMatch(/deadlines\.yaml.*「lightning」.*是不是.*「lighting」/);
  });

  it('reports every broken file at once', async () => {
    edit('replies.yaml', '由{assignee}负责', '由{asignee}负责');
    edit('deadlines.yaml', 'resolve: 5d', 'resolve: 5 days');
    expect(await rules(['check', dir])).toBe(2);
    expect(err.join('')).toMatch(/replies\.yaml/);
    expect(err.join('')).toMatch(/deadlines\.yaml/);
  });
});
