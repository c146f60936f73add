// The built command, as installed: one process per sub-command (the other tests call each
// sub-command's run() in-process). It runs compiled JavaScript and needs nothing from
// devDependencies: every file that `dist/bin.js` loads is ours or belongs to a package that
// package-lock.json does not mark "dev" (dev-only packages are absent from a production install).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'dist/bin.js');
const hook = path.join(root, 'test/fixtures/record-loads/record-loads.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'yishiting-nodev-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Where the packages really are (a git worktree may link node_modules to another checkout's).
const modules = realpathSync(path.join(root, 'node_modules'));
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
/** Package directories under node_modules, deepest first, with whether they are dev-only. */
const packages = Object.entries(lock.packages)
  .filter(([p]) => p.startsWith('node_modules/'))
  .map(([p, info]) => ({ dir: path.join(modules, p.slice('node_modules/'.length)) + path.sep, dev: info.dev === true }))
  .sort((a, b) => b.dir.length - a.dir.length);

interface Run {
  stdout: string;
  /** Every file the process loaded. */
  files: string[];
}

/** Runs the built command (or another `entry`) with the load recorder. */
function runBuilt(args: string[], options: { input?: string; nodeArgs?: string[]; cwd?: string; entry?: string } = {}): Run {
  const record = path.join(dir, `loads-${Math.random().toString(36).slice(2)}.txt`);
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), '--import', hook, options.entry ?? bin, ...args], {
    cwd: options.cwd ?? dir,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, RECORD_LOADS: record, YISHITING_LOG_LEVEL: 'silent' },
  });
  expect(r.status, r.stderr).toBe(0);
  return { stdout: r.stdout, files: loadedFrom(record) };
}

function loadedFrom(record: string): string[] {
  return [
    ...new Set(
      readFileSync(record, 'utf8')
        .split('\n')
        .filter((l) => l !== ''),
    ),
  ];
}

function devOnly(files: string[]): string[] {
  return files.filter((f) => packages.find((p) => f.startsWith(p.dir))?.dev === true);
}

const fromPackage = (files: string[], name: string) => files.some((f) => f.startsWith(path.join(modules, name) + path.sep));

describe('the built yishiting command', () => {
  it('classifies stdin without loading any devDependency', () => {
    const { stdout, files } = runBuilt(['classify'], { input: '3号楼的路灯不亮了\n' });
    expect(JSON.parse(stdout)).toMatchObject({ id: 1, report: true, category: 'lighting', building: '3号楼' });
    expect(files).toContain(path.join(root, 'dist/cli/classify.js'));
    expect(fromPackage(files, 'nodejs-jieba')).toBe(true);
    expect(devOnly(files)).toEqual([]);
  });

  it('runs the whole bot in sim (WeChat, database, rules) without loading any devDependency', () => {
    const script = path.join(dir, 'script.jsonl');
    writeFileSync(
      script,
      `${JSON.stringify({ room: '金阳花园业主群', from: '张阿姨', text: '3号楼的路灯坏了' })}\n${JSON.stringify({ advance: '1h' })}\n`,
    );
    const { stdout, files } = runBuilt(['sim', '--script', script]);
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!).tickets).toEqual([expect.objectContaining({ number: '1', category: 'lighting' })]);
    expect(fromPackage(files, 'wechaty')).toBe(true);
    expect(fromPackage(files, 'better-sqlite3')).toBe(true);
    // Wechaty's package entry would add its puppet-service client (gRPC, ~17 MB RSS); the bot needs neither it nor the dashboard.
    expect(fromPackage(files, 'wechaty-puppet-service')).toBe(false);
    expect(fromPackage(files, '@grpc/grpc-js')).toBe(false);
    expect(fromPackage(files, 'hono')).toBe(false);
    // On SQLite (the default) the PostgreSQL dialect stays unloaded: pg and the pg store cost ~4 MB of heap.
    expect(fromPackage(files, 'pg')).toBe(false);
    expect(files).not.toContain(path.join(root, 'dist/infra/pg/open-pg-store.js'));
    expect(devOnly(files)).toEqual([]);
  });

  it('checks the bundled rules without loading any devDependency', () => {
    const { stdout, files } = runBuilt(['rules', 'check', path.join(root, 'rules')]);
    expect(stdout).toContain('检查通过');
    expect(devOnly(files)).toEqual([]);
  });

  it('loads every other sub-command (its --help) without loading any devDependency', () => {
    // The sub-commands as `yishiting --help` lists them, so a new one is covered here too.
    const listed = [...runBuilt(['--help']).stdout.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((m) => m[1]!);
    expect(listed).toEqual(expect.arrayContaining(['classify', 'sim', 'rules', 'start']));
    const others = listed.filter((name) => !['classify', 'sim', 'rules'].includes(name));
    // All in one process, through the built dist/cli.js that dist/bin.js calls: what any of them
    // loads shows up in the one record.
    const driver = path.join(root, 'test/fixtures/record-loads/every-help.mjs');
    const { stdout, files } = runBuilt([path.join(root, 'dist/cli.js'), ...others], { entry: driver });
    const answers = new Map(
      stdout
        .split(/^=== /m)
        .slice(1)
        .map((part) => [part.slice(0, part.indexOf('\n')), part]),
    );
    expect([...answers.keys()]).toEqual(others);
    for (const name of others) {
      expect(answers.get(name), name).toContain('用法');
      expect(files, name).toContain(path.join(root, `dist/cli/${name}.js`));
    }
    expect(devOnly(files)).toEqual([]);
  });

  it('would notice a devDependency: tsx registered as a loader shows up', () => {
    const { files } = runBuilt(['--help'], { nodeArgs: ['--import', 'tsx'], cwd: root });
    expect(devOnly(files).some((f) => f.includes(`${path.sep}tsx${path.sep}`))).toBe(true);
  });
});
