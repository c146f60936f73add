// 规则: the suggestions of `yishiting rules suggest` from the community's corrections, with their
// effect; an admin applies one through the same writer (comments kept, rules check run).
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWebApp } from '../../src/web/create-web-app.js';
import { createSuggestionCache } from '../../src/web/suggestion-cache.js';
import { resident, RESIDENTS } from '../helpers/bot-harness.js';
import { createWeb, type Web } from '../helpers/web-harness.js';

let dir: string;
let w: Web;
const TEXT = '儿童区的咕噜滑梯螺丝掉了，晃得厉害，麻烦看看';
const roadFile = () => path.join(dir, 'rules/categories/road.yaml');

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'yishiting-web-rules-'));
  cpSync('rules', path.join(dir, 'rules'), { recursive: true });
  w = await createWeb({ rulesDir: path.join(dir, 'rules') });
  await w.bot.say(RESIDENTS, resident('刘大爷'), '5号楼路灯不亮了');
  const community = (await w.bot.store.listCommunities())[0]!;
  const ticket = (await w.bot.store.getByNumber(community.id, '1'))!;
  // A made-up word for a slide the rules do not know: staff moved the ticket to road.
  await w.bot.store.recordCorrection({
    communityId: community.id,
    ticketId: ticket.id,
    kind: 'recategorise',
    text: TEXT,
    fromCategory: 'other',
    toCategory: 'road',
    staff: '王主任',
    at: w.bot.now(),
  });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const suggestionId = (html: string) => /name="id" value="([^"]+)"/.exec(html)?.[1];

/** GET /rules once the suggestions are computed: the first request starts the worker and says so. */
async function rulesPage(session: Parameters<typeof w.get>[1]): Promise<Response> {
  const first = await w.get('/rules', session);
  if (!(await first.clone().text()).includes('正在根据')) return first;
  await w.web.suggestions!.settled();
  return w.get('/rules', session);
}

describe('the 规则 page', () => {
  it('shows each suggestion with the corrections it fixes and the examples it breaks; admins get a button', async () => {
    const admin = await w.signIn('王主任');
    const res = await rulesPage(admin);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('共 1 条更正');
    expect(html).toMatch(/建议 1：在「道路设施（road）」里加「<strong>.+<\/strong>」（东西，权重 3）/);
    expect(html).toContain(`「${TEXT}」`);
    expect(html).toContain('会判错的例子：无');
    expect(suggestionId(html)).toMatch(/^road\/objects\/.+/);
  });

  it('lets an admin apply one: written with the comments kept, checked, audit-logged', async () => {
    const comments = readFileSync(roadFile(), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('#'));
    const admin = await w.signIn('王主任');
    const id = suggestionId(await (await rulesPage(admin)).text())!;
    const term = id.split('/')[2]!;
    const res = await w.post('/rules/apply', { _csrf: admin.csrf, id }, admin);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('规则检查通过');
    const after = readFileSync(roadFile(), 'utf8');
    expect(after).toContain(`${term}: 3`);
    for (const c of comments) expect(after).toContain(c);
    // The correction is now right, so nothing is left to suggest.
    expect(html).toContain('现在的规则已判对 1 条');
    expect(await (await w.get('/people', admin)).text()).toMatch(new RegExp(`采用规则建议</td><td></td><td>road 东西「${term}」权重 3`));
  });

  it('shows workers the suggestions but refuses to let them apply one', async () => {
    const worker = await w.signIn('李网格员');
    const html = await (await rulesPage(worker)).text();
    expect(html).toContain('建议 1');
    expect(suggestionId(html)).toBeUndefined();
    const before = readFileSync(roadFile(), 'utf8');
    const admin = await w.signIn('王主任');
    const id = suggestionId(await (await rulesPage(admin)).text())!;
    expect((await w.post('/rules/apply', { _csrf: worker.csrf, id }, worker)).status).toBe(403);
    expect(readFileSync(roadFile(), 'utf8')).toBe(before);
  });

  it('refuses a forged request and an unknown suggestion', async () => {
    const admin = await w.signIn('王主任');
    const id = suggestionId(await (await rulesPage(admin)).text())!;
    const before = readFileSync(roadFile(), 'utf8');
    expect((await w.post('/rules/apply', { _csrf: 'forged', id }, admin)).status).toBe(403);
    expect((await w.post('/rules/apply', { id }, admin)).status).toBe(403);
    for (const bad of ['', 'road/objects/不存在的词', `${id}x`, '../../etc/passwd']) {
      const res = await w.post('/rules/apply', { _csrf: admin.csrf, id: bad }, admin);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('没有这条建议');
    }
    expect(readFileSync(roadFile(), 'utf8')).toBe(before);
  });

  it('computes the suggestions on a worker thread, as the dashboard does, into the same page', async () => {
    const admin = await w.signIn('王主任');
    const here = await (await rulesPage(admin)).text();
    // The dashboard's default: a worker thread per computation (from source: tsx inside the worker).
    const suggestions = createSuggestionCache(path.join(dir, 'rules'));
    const app = createWebApp({ ...w.web, suggestions });
    const get = async () => (await app.request('/rules', { headers: { cookie: `yst_session=${admin.cookie}` } })).text();
    expect(await get()).toContain('正在根据 1 条更正计算修改建议');
    await suggestions.settled();
    expect(await get()).toBe(here);
  });
});
