import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPLY_PLACEHOLDERS } from '../../../src/core/replies/reply-keys.js';
import { renderReply } from '../../../src/core/replies/render-reply.js';
import { loadReplies } from '../../../src/infra/replies/load-replies.js';
import { RulesError } from '../../../src/infra/rules/load-yaml.js';

const withReplies = (edit: (yaml: string) => string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'replies-'));
  writeFileSync(join(dir, 'replies.yaml'), edit(readFileSync('rules/replies.yaml', 'utf8')));
  return dir;
};

describe('loadReplies', () => {
  it('loads every key of the default wording', () => {
    const replies = loadReplies('rules');
    expect(Object.keys(replies).sort()).toEqual(Object.keys(REPLY_PLACEHOLDERS).sort());
    expect(renderReply(replies, 'noSuchTicket', { number: 7 })).toBe('没有7号工单，请核对编号。');
  });

  it('lets a community change the wording', () => {
    const dir = withReplies((y) => y.replace(/^noSuchTicket: .*$/m, 'noSuchTicket: "查无{number}号，请再看看。"'));
    expect(renderReply(loadReplies(dir), 'noSuchTicket', { number: 7 })).toBe('查无7号，请再看看。');
  });

  it('rejects a placeholder the key does not offer, naming the line and field', () => {
    const dir = withReplies((y) => y.replace(/^noSuchTicket: .*$/m, 'noSuchTicket: "没有{numbr}号工单"'));
    const err = (() => {
      try {
        loadReplies(dir);
      } catch (e) {
        return e;
      }
    })() as RulesError;
    expect(err).toBeInstanceOf(RulesError);
    expect(err.field).toBe('noSuchTicket');
    expect(err.line).toBe(
      readFileSync('rules/replies.yaml', 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('noSuchTicket:')) + 1,
    );
    expect(err.message).toContain('{numbr}');
    expect(err.message).toContain('{number}');
  });

  it('rejects a missing key and an unknown (misspelt) key', () => {
    expect(() => loadReplies(withReplies((y) => y.replace(/^apology: .*$/m, '')))).toThrow(/apology/);
    expect(() => loadReplies(withReplies((y) => `${y}\napolgy: "x"\n`))).toThrow(RulesError);
  });

  it('refuses YAML tags that try to execute code', () => {
    expect(() => loadReplies(withReplies((y) => y.replace(/^apology: .*$/m, 'apology: !!js/function "() => 1"')))).toThrow(/标签/);
  });
});
