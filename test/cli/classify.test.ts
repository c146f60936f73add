import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'dist/bin.js');

function classify(input: string, args: string[] = []) {
  const r = spawnSync(process.execPath, [bin, 'classify', ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter((l) => l !== '') };
}

describe('yishiting classify', () => {
  it('prints one JSON object per non-blank line, in order, with the fields in the spec order', () => {
    const input = `${[
      JSON.stringify({ id: 'h001', text: '3号楼的路灯又不亮了 麻烦看看' }),
      '',
      '谢谢物业 路灯修好了',
      JSON.stringify({ text: '电梯困人了！！7栋2单元 快来人' }),
    ].join('\n')}\n`;
    const r = classify(input);
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(3);
    const out = r.lines.map((l) => JSON.parse(l));
    expect(Object.keys(out[0])).toEqual(['id', 'report', 'category', 'urgent', 'building', 'terms']);
    expect(out[0]).toMatchObject({ id: 'h001', report: true, category: 'lighting', urgent: false, building: '3号楼' });
    expect(out[0].terms).toEqual(expect.arrayContaining(['路灯', '不亮']));
    expect(out[1]).toMatchObject({ id: 3, report: false, category: null, urgent: false, building: null });
    expect(out[2]).toMatchObject({ id: 4, report: true, category: 'elevator', urgent: true, building: '7栋2单元' });
    expect(r.lines[0]).toMatch(/^\{"id": "h001", "report": true, "category": "lighting", "urgent": false, "building": "3号楼", "terms": \["/);
  });

  it('reports a broken line with its line number and goes on', () => {
    const r = classify('{"text": "路灯不亮"\n{"id": "x", "text": 5}\n{"id": "y"}\n[1,2]\n停水了 到底怎么回事\n');
    expect(r.code).toBe(0);
    const out = r.lines.map((l) => JSON.parse(l));
    expect(out[0]).toEqual({ id: 1, error: expect.stringContaining('JSON') });
    expect(out[1]).toEqual({ id: 2, error: expect.stringContaining('text') });
    expect(out[2]).toEqual({ id: 3, error: expect.stringContaining('text') });
    expect(out[3]).toMatchObject({ id: 4, report: false });
    expect(out[4]).toMatchObject({ id: 5, report: true, category: 'water_supply' });
  });

  it('handles CRLF input and a byte-order mark', () => {
    const r = classify('\uFEFF5栋停电了 一天了\r\n收到\r\n');
    expect(r.lines.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ id: 1, report: true, category: 'power', building: '5栋' }),
      expect.objectContaining({ id: 2, report: false }),
    ]);
  });

  it('exits 2 with one stderr line naming file and place when the rules are broken', () => {
    const r = classify('路灯不亮\n', ['--rules', path.join(root, 'test/fixtures/rules/bad-field')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('lighting.yaml');
    expect(lines[0]).toContain('第 5 行');
    expect(lines[0]).toContain('objects.楼道灯');
  });

  it('exits 2 on an evil rules directory without running anything', () => {
    const r = classify('路灯不亮\n', ['--rules', path.join(root, 'test/fixtures/rules/evil')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('自定义 YAML 标签');
  });

  it('uses another rules directory given with --rules', () => {
    const r = classify('电梯困人了\n车位被占了 麻烦\n', ['--rules', path.join(root, 'test/fixtures/rules/basic')]);
    const out = r.lines.map((l) => JSON.parse(l));
    expect(out[0]).toMatchObject({ report: true, category: 'elevator', urgent: true });
    expect(out[1]).toMatchObject({ report: false }); // parking is disabled in the basic fixture
  });

  it('prints Chinese help with --help', () => {
    const r = classify('', ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法：yishiting classify');
  });
});

describe('yishiting rules', () => {
  const rules = (...args: string[]) => spawnSync(process.execPath, [bin, 'rules', ...args], { cwd: root, encoding: 'utf8' });

  it('check summarises a valid directory', () => {
    const r = rules('check', path.join(root, 'test/fixtures/rules/basic'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('检查通过');
    expect(r.stdout).toMatch(/parking\s+停车.*停用/);
  });

  it('check exits 2 naming the malformed file', () => {
    const r = rules('check', path.join(root, 'test/fixtures/rules/malformed'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('malformed/categories/lighting.yaml，第 4 行');
  });

  it('explain shows tokens, matches, scores and the conclusion', () => {
    const r = rules('explain', '5栋门口的路灯又不亮了 麻烦看看');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('分词：');
    expect(r.stdout).toMatch(/lighting\s+\d/);
    expect(r.stdout).toContain('结论：是诉求，类别 lighting；地点：5栋');
  });
});
