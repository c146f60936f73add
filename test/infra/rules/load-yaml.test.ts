import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadYamlFile, parseYamlText, RulesError } from '../../../src/infra/rules/load-yaml.js';

const schema = z.strictObject({
  name: z.string(),
  items: z.array(z.strictObject({ word: z.string(), weight: z.number() })),
});

function errorOf(fn: () => unknown): RulesError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(RulesError);
    return err as RulesError;
  }
  throw new Error('expected a RulesError');
}

describe('parseYamlText', () => {
  it('returns validated data for plain YAML', () => {
    const data = parseYamlText('name: 照明\nitems:\n  - word: 路灯\n    weight: 3\n', 'a.yaml', schema);
    expect(data).toEqual({ name: '照明', items: [{ word: '路灯', weight: 3 }] });
  });

  it('names the file, the line of the bad value and the field path', () => {
    const text = 'name: 照明\nitems:\n  - word: 路灯\n    weight: 3\n  - word: 不亮\n    weight: 很高\n';
    const err = errorOf(() => parseYamlText(text, 'rules/x.yaml', schema));
    expect(err.file).toBe('rules/x.yaml');
    expect(err.line).toBe(6);
    expect(err.field).toBe('items.1.weight');
    expect(err.message).toMatch(/^rules\/x\.yaml，第 6 行，字段「items\.1\.weight」：.*数字/);
  });

  it('points a missing field at the line of the object that lacks it', () => {
    const err = errorOf(() => parseYamlText('name: 照明\nitems:\n  - word: 路灯\n', 'x.yaml', schema));
    expect(err.line).toBe(3);
    expect(err.field).toBe('items.0.weight');
    expect(err.problem).toContain('缺少这个字段');
  });

  it('refuses a !!js/function tag instead of evaluating it', () => {
    const err = errorOf(() => parseYamlText('name: !!js/function "function(){ return 1 }"\nitems: []\n', 'evil.yaml', schema));
    expect(err.line).toBe(1);
    expect(err.problem).toContain('不允许使用自定义 YAML 标签');
  });

  it('refuses an include-style local tag', () => {
    const err = errorOf(() => parseYamlText('name: x\nitems: !include /etc/passwd\n', 'evil.yaml', schema));
    expect(err.line).toBe(2);
    expect(err.problem).toContain('自定义 YAML 标签');
  });

  it('refuses YAML 1.1 extras that the core schema does not know (!!binary, !!set)', () => {
    expect(() => parseYamlText('name: !!binary aGVsbG8=\nitems: []\n', 'x.yaml', schema)).toThrow(/自定义 YAML 标签/);
    expect(() => parseYamlText('name: x\nitems: !!set {a, b}\n', 'x.yaml', schema)).toThrow(/自定义 YAML 标签/);
  });

  it('refuses duplicate keys with the line of the duplicate', () => {
    const err = errorOf(() => parseYamlText('name: a\nname: b\nitems: []\n', 'x.yaml', schema));
    expect(err.line).toBe(2);
    expect(err.problem).toContain('重复的键');
  });

  it('reports broken indentation as a YAML format error with a line', () => {
    const err = errorOf(() => parseYamlText('name: a\nitems:\n  - word: x\n   weight: 1\n', 'x.yaml', schema));
    expect(err.line).not.toBeNull();
    expect(err.problem).toContain('YAML 格式错误');
  });

  it('refuses alias bombs instead of expanding them', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    expect(() => parseYamlText(`${levels.join('\n')}\n`, 'bomb.yaml', z.unknown())).toThrow(RulesError);
  });

  it('says an empty file is empty', () => {
    expect(errorOf(() => parseYamlText('# only a comment\n', 'x.yaml', schema)).problem).toContain('文件是空的');
  });
});

describe('loadYamlFile', () => {
  it('says when the file does not exist', () => {
    const err = errorOf(() => loadYamlFile('/nonexistent/yishiting/deadlines.yaml', schema));
    expect(err.file).toBe('/nonexistent/yishiting/deadlines.yaml');
    expect(err.line).toBeNull();
    expect(err.problem).toContain('文件不存在');
  });
});
