// The 规则 page's suggestions are computed off the request path and kept until the corrections or
// the rules change: the page answers at once while they are computed, and once ready costs nothing.
import { describe, expect, it } from 'vitest';
import type { Correction } from '../../src/core/tickets/types.js';
import { createSuggestionCache, type ComputeSuggestions } from '../../src/web/suggestion-cache.js';
import { createWebApp } from '../../src/web/create-web-app.js';
import { createWeb } from '../helpers/web-harness.js';

/** A computation the test finishes by hand, counting how often one was started. */
function manualCompute() {
  const started: { corrections: number; finish: () => void }[] = [];
  const compute: ComputeSuggestions = (_dir, corrections) =>
    new Promise((resolve) =>
      started.push({
        corrections: corrections.length,
        finish: () => resolve({ ok: false, rules: true, message: `算过 ${corrections.length} 条` }),
      }),
    );
  return { started, compute };
}

const correction = (id: number) => ({ id }) as Correction;

describe('the suggestion cache', () => {
  it('computes once per corrections and rules version, answers from memory afterwards, and forgets on invalidate', async () => {
    const { started, compute } = manualCompute();
    const cache = createSuggestionCache('rules', compute);
    const rules = {};
    const two = [correction(1), correction(2)];
    expect(cache.peek(rules, two)).toBeNull();
    expect(cache.peek(rules, two)).toBeNull();
    expect(started).toHaveLength(1);
    started[0]!.finish();
    await cache.settled();
    expect(cache.peek(rules, two)).toEqual({ ok: false, rules: true, message: '算过 2 条' });
    expect(started).toHaveLength(1);

    expect(cache.peek(rules, [...two, correction(3)])).toBeNull(); // a new correction
    expect(cache.peek({}, two)).toBeNull(); // reloaded rules
    expect(started).toHaveLength(3);
    for (const s of started.slice(1)) s.finish();
    await cache.settled();
    expect(cache.peek(rules, two)).toEqual({ ok: false, rules: true, message: '算过 2 条' }); // still kept beside the others
    cache.invalidate(); // rule files written
    expect(cache.peek(rules, two)).toBeNull();
    expect(started).toHaveLength(4);
  });

  it('lets the 规则 page answer at once while the suggestions are being computed', async () => {
    const w = await createWeb();
    const { started, compute } = manualCompute();
    const suggestions = createSuggestionCache('rules', compute);
    const app = createWebApp({ ...w.web, suggestions });
    const s = await w.signIn('王主任');
    const get = () => app.request('/rules', { headers: { cookie: `yst_session=${s.cookie}` } });
    const first = await get();
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('正在根据 0 条更正计算修改建议');
    expect(started).toHaveLength(1);
    started[0]!.finish();
    await suggestions.settled();
    expect(await (await get()).text()).toContain('规则文件有误，请先修好（yishiting rules check）：算过 0 条');
    expect(started).toHaveLength(1);
  });
});
