import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run as classifyRun } from '../../src/cli/classify.js';
import { run as rulesRun } from '../../src/cli/rules.js';
import { captureCli } from './export-capture.js';

const root = path.resolve(import.meta.dirname, '../..');

/** A stream that keeps every write (one entry per write call) and emits 'written' after each. */
function collector(): Writable & { writes: string[] } {
  const writes: string[] = [];
  const w: Writable = new Writable({
    write(chunk: Buffer, _enc, done) {
      writes.push(chunk.toString('utf8'));
      done();
      w.emit('written');
    },
  });
  return Object.assign(w, { writes });
}

/** `yishiting classify` in-process: its exported run() on in-memory streams. */
async function classify(input: string, args: string[] = []) {
  const stdout = collector();
  const stderr = collector();
  const code = await classifyRun(args, { stdin: Readable.from([Buffer.from(input)]), stdout, stderr });
  const out = stdout.writes.join('');
  return {
    code,
    stdout: out,
    stderr: stderr.writes.join(''),
    lines: out.split('\n').filter((l) => l !== ''),
    writes: stdout.writes.length,
  };
}

describe('yishiting classify', () => {
  it('prints one JSON object per non-blank line, in order, with the fields in the spec order', async () => {
    const input = `${[
      JSON.stringify({ id: 'h001', text: '3号楼的路灯又不亮了 麻烦看看' }),
      '',
      '谢谢物业 路灯修好了',
      JSON.stringify({ text: '电梯困人了！！7栋2单元 快来人' }),
    ].join('\n')}\n`;
    const r = await classify(input);
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(3);
    const out = r.lines.map((l) => JSON.parse(l));
    expect(Object.keys(out[0])).toEqual(['id', 'report', 'category', 'urgent', 'building', 'terms']);
    expect(out[0]).toMatchObject({ id: 'h001', report: true, category: 'lighting', urgent: false, building: '3号楼' });
    expect(out[0].terms).toEqual(expect.arrayContaining(['路灯', '不亮']));
    expect(out[1]).toMatchObject({ id: 3, report: false, category: null, urgent: false, building: null });
    expect(out[2]).toMatchObject({ id: 4, report: true, category: 'elevator', urgent: true, building: '7栋2单元' });
    expect(r.lines[0]).toMatch(
      /^\{"id": "h001", "report": true, "category": "lighting", "urgent": false, "building": "3号楼", "terms": \["/,
    );
  });

  it('reports a broken line with its line number and goes on', async () => {
    const r = await classify('{"text": "路灯不亮"\n{"id": "x", "text": 5}\n{"id": "y"}\n[1,2]\n停水了 到底怎么回事\n');
    expect(r.code).toBe(0);
    const out = r.lines.map((l) => JSON.parse(l));
    expect(out[0]).toEqual({ id: 1, error: expect.stringContaining('JSON') });
    expect(out[1]).toEqual({ id: 2, error: expect.stringContaining('text') });
    expect(out[2]).toEqual({ id: 3, error: expect.stringContaining('text') });
    expect(out[3]).toMatchObject({ id: 4, report: false });
    expect(out[4]).toMatchObject({ id: 5, report: true, category: 'water_supply' });
  });

  it('handles CRLF input and a byte-order mark', async () => {
    const r = await classify('\uFEFF5栋停电了 一天了\r\n收到\r\n');
    expect(r.lines.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ id: 1, report: true, category: 'power', building: '5栋' }),
      expect.objectContaining({ id: 2, report: false }),
    ]);
  });

  it('exits 2 with one stderr line naming file and place when the rules are broken', async () => {
    const r = await classify('路灯不亮\n', ['--rules', path.join(root, 'test/fixtures/rules/bad-field')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('lighting.yaml');
    expect(lines[0]).toContain('第 5 行');
    expect(lines[0]).toContain('objects.楼道灯');
  });

  it('exits 2 on an evil rules directory without running anything', async () => {
    const r = await classify('路灯不亮\n', ['--rules', path.join(root, 'test/fixtures/rules/evil')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('自定义 YAML 标签');
  });

  it('uses another rules directory given with --rules', async () => {
    const r = await classify('电梯困人了\n车位被占了 麻烦\n', ['--rules', path.join(root, 'test/fixtures/rules/basic')]);
    const out = r.lines.map((l) => JSON.parse(l));
    expect(out[0]).toMatchObject({ report: true, category: 'elevator', urgent: true });
    expect(out[1]).toMatchObject({ report: false }); // parking is disabled in the basic fixture
  });

  it('prints Chinese help with --help', async () => {
    const r = await classify('', ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法：yishiting classify');
  });

  it('answers a line typed at a terminal at once, before the input ends', async () => {
    const stdin = new PassThrough();
    const stdout = collector();
    const done = classifyRun([], { stdin, stdout, stderr: collector() });
    const written = once(stdout, 'written');
    stdin.write('3号楼路灯不亮了\n');
    await written;
    expect(JSON.parse(stdout.writes[0]!)).toMatchObject({ id: 1, report: true, category: 'lighting' });
    stdin.end('收到\n');
    expect(await done).toBe(0);
    expect(stdout.writes).toHaveLength(2);
  });

  it('writes ids, places and terms as JSON text in the spec spacing, whatever their characters or length', async () => {
    const ids = ['h\u0001"x\\y中文', 1.5, -3, 1e21, 'x'.repeat(70_000)];
    const texts = ['3號樓電梯壞了 困人了', '5栋路灯不亮', '收到', `A区5栋停水了 ${'好几天了 '.repeat(20_000)}`, '东门的门禁坏了'];
    const input = ids.map((id, i) => JSON.stringify({ id, text: texts[i] })).join('\n');
    const r = await classify(`${input}\n`);
    const out = r.lines.map((l) => JSON.parse(l) as { id: unknown; report: boolean; category: string | null; terms: string[] });
    expect(out.map((o) => o.id)).toEqual(ids);
    expect(out.map((o) => o.report)).toEqual([true, true, false, true, true]);
    // Each line is exactly what the spec's spacing makes of the parsed object.
    const spaced = (o: Record<string, unknown>) =>
      `{${Object.entries(o)
        .map(
          ([k, v]) => `${JSON.stringify(k)}: ${Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v)}`,
        )
        .join(', ')}}`;
    expect(r.lines).toEqual(out.map(spaced));
    expect(r.lines[0]).toContain('"building": "3號樓"');
  });

  it('writes piped input in batches, not a write per line', async () => {
    const input = Array.from({ length: 3000 }, (_, i) => (i % 2 ? '收到 谢谢' : `${(i % 30) + 1}号楼路灯不亮了`)).join('\n');
    const r = await classify(`${input}\n`);
    expect(r.lines).toHaveLength(3000);
    expect(r.writes).toBeGreaterThan(1);
    expect(r.writes).toBeLessThan(30);
    expect(JSON.parse(r.lines[2999]!)).toMatchObject({ id: 3000, report: false });
  });
});

describe('yishiting rules', () => {
  const rules = async (...args: string[]) => {
    const r = await captureCli(rulesRun, args);
    return { status: r.code, stdout: r.out, stderr: r.err };
  };

  it('check summarises a valid directory', async () => {
    // The basic fixture has its own categories, cues and deadlines; the bot's wording comes from
    // the shipped replies.yaml, so the fixture never lags behind a new reply key.
    const dir = mkdtempSync(path.join(tmpdir(), 'yishiting-basic-'));
    cpSync(path.join(root, 'test/fixtures/rules/basic'), dir, { recursive: true });
    cpSync(path.join(root, 'rules/replies.yaml'), path.join(dir, 'replies.yaml'));
    const r = await rules('check', dir).finally(() => rmSync(dir, { recursive: true, force: true }));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('检查通过');
    expect(r.stdout).toMatch(/parking\s+停车.*停用/);
  });

  it('check warns on a short word that cancels a whole message and lists the examples that fail (exit 1)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'yishiting-lint-'));
    try {
      cpSync(path.join(root, 'rules'), dir, { recursive: true });
      const cues = readFileSync(path.join(dir, 'cues.yaml'), 'utf8');
      writeFileSync(
        path.join(dir, 'cues.yaml'),
        cues.replace('cues:\n', 'cues:\n  - kind: polite\n    label: 客气话\n    weight: -8\n    terms: [辛苦, 给您说一下]\n'),
      );
      writeFileSync(
        path.join(dir, 'examples.yaml'),
        'examples:\n  - text: 5栋路灯不亮了\n    report: true\n    category: lighting\n  - text: 5栋路灯不亮了，辛苦\n    report: true\n',
      );
      const r = await rules('check', dir);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('提示词组「polite」');
      expect(r.stdout).toContain('「辛苦」');
      expect(r.stdout).not.toContain('「给您说一下」');
      expect(r.stdout).toContain('例子：2 条中 1 条判错：');
      expect(r.stdout).toContain('「5栋路灯不亮了，辛苦」应当是诉求，却判成了“不是诉求”');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('check runs the shipped examples and passes', async () => {
    const r = await rules('check');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/例子：\d+ 条全部通过。/);
    expect(r.stdout).toContain('提醒：无。');
  });

  it('check exits 2 naming the malformed file', async () => {
    const r = await rules('check', path.join(root, 'test/fixtures/rules/malformed'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('malformed/categories/lighting.yaml，第 4 行');
  });

  it('explain shows tokens, matches, scores and the conclusion', async () => {
    const r = await rules('explain', '5栋门口的路灯又不亮了 麻烦看看');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('分词：');
    expect(r.stdout).toMatch(/照明（lighting） \d+ 分/);
    expect(r.stdout).toContain('结论：是诉求，类别 照明（lighting）；地点：5栋');
    // Plain Chinese: no internal role codes such as object:lighting or cue:again.
    expect(r.stdout).not.toMatch(/[a-z_]+:[a-z_]+/);
  });

  it('explain says which hits were left out and why', async () => {
    const r = await rules('explain', '别的小区路灯又不亮了 谢谢');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('没算的词：');
    expect(r.stdout).toContain('结论：不是诉求');
    const negated = await rules('explain', '楼道灯不亮了');
    expect(negated.stdout).toMatch(/亮了：前面有否定词/);
  });
});
