// `rules check` checks every file the bot reads under rules/, not only categories and cues.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { run as rules } from '../../src/cli/rules.js';
import { useCliScratch } from '../helpers/cli-scratch.js';

const io = useCliScratch('yishiting-rulescheck-');
beforeEach(() => {
  cpSync('rules', io.dir, { recursive: true });
});

const edit = (file: string, from: string, to: string) => {
  const path = join(io.dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

describe('yishiting rules check', () => {
  it('passes the shipped rules and says which files it checked', async () => {
    expect(await rules(['check', io.dir])).toBe(0);
    expect(io.out.join('')).toMatch(/replies\.yaml/);
    expect(io.out.join('')).toMatch(/deadlines\.yaml/);
  });

  it('finds a wrong placeholder in replies.yaml', async () => {
    edit('replies.yaml', '由{assignee}负责', '由{asignee}负责');
    expect(await rules(['check', io.dir])).toBe(2);
    expect(io.err.join('')).toMatch(/replies\.yaml，第 \d+ 行，字段「ack」：.*\{asignee\}/);
  });

  it('finds a duration that cannot be read in deadlines.yaml', async () => {
    edit('deadlines.yaml', 'resolve: 5d', 'resolve: 5 days');
    expect(await rules(['check', io.dir])).toBe(2);
    expect(io.err.join('')).toMatch(/deadlines\.yaml，第 \d+ 行，字段「default\.resolve」：时长「5 days」写法不对/);
  });

  it('finds a deadline for a category that does not exist, with a suggestion', async () => {
    writeFileSync(
      join(io.dir, 'deadlines.yaml'),
      `${readFileSync(join(io.dir, 'deadlines.yaml'), 'utf8')}\n  lightning:\n    resolve: 2d\n`,
    );
    expect(await rules(['check', io.dir])).toBe(2);
    expect(io.err.join('')).toMatch(/deadlines\.yaml.*「lightning」.*是不是.*「lighting」/);
  });

  it('reports every broken file at once', async () => {
    edit('replies.yaml', '由{assignee}负责', '由{asignee}负责');
    edit('deadlines.yaml', 'resolve: 5d', 'resolve: 5 days');
    expect(await rules(['check', io.dir])).toBe(2);
    expect(io.err.join('')).toMatch(/replies\.yaml/);
    expect(io.err.join('')).toMatch(/deadlines\.yaml/);
  });
});
