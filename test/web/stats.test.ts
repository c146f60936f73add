import { describe, expect, it } from 'vitest';
import { createConfig, demoConfigInput } from '../../src/config.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { statsJson } from '../../src/cli/stats.js';
import { computeStats, createStatsAccumulator, formatRate } from '../../src/core/stats/ticket-stats.js';
import { createSqliteLedgerReader } from '../../src/infra/db/ledger-queries.js';
import { STATUS_CODES } from '../../src/core/tickets/lifecycle.js';
import { resident, RESIDENTS } from '../helpers/bot-harness.js';
import { createWeb } from '../helpers/web-harness.js';

const config = createConfig({
  communities: [
    demoConfigInput.communities[0],
    {
      name: '银河社区',
      groups: [{ topic: '银河小区业主群', role: 'residents' }],
      staff: [{ remark: '孙网格员', name: '孙网格员', role: 'worker' }],
    },
  ],
});

describe('the 统计 page', () => {
  it('shows the figures of yishiting stats for the person’s own community', async () => {
    const w = await createWeb({ config });
    await w.bot.say(RESIDENTS, resident('刘大爷'), '5号楼路灯不亮了');
    await w.bot.say(RESIDENTS, resident('张阿姨'), '3号楼楼下燃气味很重');
    await w.bot.say('银河小区业主群', resident('钱大妈'), '2号楼楼道灯坏了');
    const s = await w.signIn('王主任');
    await w.post('/tickets/1/actions', { _csrf: s.csrf, action: 'take' }, s);
    w.bot.advance(3_600_000);
    await w.post('/tickets/1/actions', { _csrf: s.csrf, action: 'resolve', text: '已修好' }, s);
    const community = (await w.bot.store.listCommunities()).find((c) => c.name === '金阳社区')!;
    const expected = computeStats(await w.bot.store.listTickets({ communityId: community.id, statuses: [...STATUS_CODES] }), w.bot.now());
    const page = await (await w.get('/stats', s)).text();
    expect(page).toContain(`工单总数：<strong>${expected.total}</strong>`);
    expect(expected.total).toBe(2);
    expect(page).toContain(`按时办结率：<strong>${formatRate(expected.onTimeRate)}</strong>`);
    expect(page).toContain('办结用时中位数：<strong>1小时');
    expect(page).toContain('5号楼');
    expect(page).not.toContain('2号楼');
  });

  it('takes a period and refuses a malformed or reversed one', async () => {
    const w = await createWeb();
    await w.bot.say(RESIDENTS, resident('刘大爷'), '5号楼路灯不亮了');
    const s = await w.signIn('王主任');
    expect(await (await w.get('/stats?from=2026-11-27&to=2026-11-30', s)).text()).toContain('工单总数：<strong>0</strong>');
    expect(await (await w.get('/stats?from=2026-11-26&to=2026-11-26', s)).text()).toContain('工单总数：<strong>1</strong>');
    for (const q of ['from=yesterday', 'to=2026-13-45', 'from=2026-11-30&to=2026-11-01'])
      expect((await w.get(`/stats?${q}`, s)).status, q).toBe(400);
    expect((await w.get('/stats')).headers.get('location')).toBe('/signin');
  });
});

describe('the 统计 charts', () => {
  it('draw the weekly trend by category from the same figures as yishiting stats', async () => {
    const w = await createWeb();
    await w.bot.say(RESIDENTS, resident('刘大爷'), '5号楼路灯不亮了'); // Thursday 2026-11-26
    w.bot.advance(5 * 86_400_000);
    await w.bot.say(RESIDENTS, resident('张阿姨'), '3号楼厨房漏水了');
    await w.bot.say(RESIDENTS, resident('钱大妈'), '2号楼楼道灯坏了');
    const s = await w.signIn('王主任');
    const page = await (await w.get('/stats', s)).text();
    const data = JSON.parse(/<script type="application\/json" id="weekly-data">(.*?)<\/script>/s.exec(page)![1]!) as {
      weeks: string[];
      series: { code: string; name: string; counts: number[] }[];
    };
    expect(data.weeks).toEqual(['2026-11-23', '2026-11-30']);
    // What `yishiting stats --json` reports, from the same reader.
    const acc = createStatsAccumulator(w.bot.now());
    for await (const t of createSqliteLedgerReader(w.bot.db).statsTickets({ from: new Date(0), to: new Date('2100-01-01') })) acc.add(t);
    const byCategory = statsJson(acc.result(), { fromDate: '', toDate: '2026-12-01', label: '' } as never).byCategory;
    expect(Object.keys(byCategory).length).toBeGreaterThan(1);
    expect(Object.fromEntries(data.series.map((x) => [x.code, x.counts.reduce((a, b) => a + b, 0)]))).toEqual(byCategory);
    expect(data.series.find((x) => x.code === 'lighting')?.counts).toEqual([1, 1]);
    expect(data.series.find((x) => x.code === 'lighting')?.name).toBe('照明');
    // The scripts are same-origin (the CSP allows nothing else), and the weekly figures are also a table.
    const scripts = [...page.matchAll(/<script src="([^"]+)"><\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(2);
    for (const src of scripts) expect(src).toMatch(/^\/assets\/[a-z-]+\.[0-9a-f]{12}\.js$/);
    expect(page).toContain('<table id="weekly-table">');
  });

  it('serves ECharts from node_modules with a long cache, signed in or not', async () => {
    const w = await createWeb();
    const s = await w.signIn('王主任');
    const page = await (await w.get('/stats', s)).text();
    expect(page).not.toContain('<script src=');
    await w.bot.say(RESIDENTS, resident('刘大爷'), '5号楼路灯不亮了');
    const src = /<script src="(\/assets\/echarts\.[^"]+)"/.exec(await (await w.get('/stats', s)).text())![1]!;
    const res = await w.get(src);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe(readFileSync(createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js'), 'utf8'));
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await w.get('/assets/echarts.000000000000.js', s)).status).toBe(404);
    // Pages themselves are still never cached.
    expect((await w.get('/stats', s)).headers.get('cache-control')).toBe('no-store');
  });
});

describe('the 台账 download', () => {
  it('is the existing export, limited to the person’s community, as csv or xlsx', async () => {
    const w = await createWeb({ config });
    await w.bot.say(RESIDENTS, resident('刘大爷'), '5号楼路灯不亮了，电话13812345678');
    await w.bot.say('银河小区业主群', resident('钱大妈'), '2号楼楼道灯坏了');
    const s = await w.signIn('王主任');
    const csv = await w.get('/ledger?format=csv', s);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment;/);
    const text = await csv.text();
    expect(text).toContain('5号楼');
    expect(text).not.toContain('2号楼');
    expect(text).not.toContain('13812345678');
    const xlsx = await w.get('/ledger?format=xlsx&from=2026-11-01', s);
    expect(xlsx.status).toBe(200);
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect((await w.get('/ledger?format=pdf', s)).status).toBe(400);
    expect((await w.get('/ledger?format=csv&from=2026-11-30&to=2026-11-01', s)).status).toBe(400);
    expect((await w.get('/ledger?format=csv')).headers.get('location')).toBe('/signin');
  });
});
