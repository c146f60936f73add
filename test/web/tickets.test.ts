import { describe, expect, it } from 'vitest';
import { createConfig, demoConfigInput } from '../../src/config.js';
import { resident, RESIDENTS } from '../helpers/bot-harness.js';
import { createWeb } from '../helpers/web-harness.js';

const HOUR = 3_600_000;

async function withTickets() {
  const w = await createWeb();
  await w.bot.say(RESIDENTS, resident('刘大爷'), '5号楼路灯不亮了，有事打我电话13812345678');
  w.bot.advance(60_000);
  await w.bot.say(RESIDENTS, resident('张阿姨'), '3号楼楼下燃气味很重');
  w.bot.advance(60_000);
  await w.bot.say(RESIDENTS, resident('陈先生'), '7号楼地下室漏水了');
  return w;
}

interface ApiTicket {
  number: string;
  community: string;
  category: string;
  status: string;
  urgent: boolean;
  building: string | null;
  reporters: number;
  assignee: string | null;
  openedAt: string;
  dueAt: string;
}

describe('GET /api/tickets', () => {
  it('answers the fields docs/cli.md names, times in ISO 8601', async () => {
    const w = await withTickets();
    const s = await w.signIn('王主任');
    const res = await w.get('/api/tickets', s);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await res.json()) as { tickets: ApiTicket[] };
    expect(body.tickets).toHaveLength(3);
    const lamp = body.tickets.find((t) => t.category === 'lighting')!;
    expect(Object.keys(lamp).sort()).toEqual(
      ['assignee', 'building', 'category', 'community', 'dueAt', 'number', 'openedAt', 'reporters', 'status', 'urgent'].sort(),
    );
    expect(lamp).toMatchObject({ number: '1', community: '金阳社区', status: 'open', urgent: false, building: '5号楼', reporters: 1 });
    expect(lamp.openedAt).toBe(new Date('2026-11-26T02:00:00Z').toISOString());
    expect(Date.parse(lamp.dueAt)).toBeGreaterThan(Date.parse(lamp.openedAt));
  });

  it('filters by status, category and community', async () => {
    const w = await withTickets();
    const s = await w.signIn('王主任');
    const get = async (q: string) => ((await (await w.get(`/api/tickets?${q}`, s)).json()) as { tickets: ApiTicket[] }).tickets;
    expect((await get('category=gas')).map((t) => t.number)).toEqual(['2']);
    expect(await get('status=resolved')).toEqual([]);
    expect(await get(`community=${encodeURIComponent('金阳社区')}`)).toHaveLength(3);
    expect(await get(`community=${encodeURIComponent('别的社区')}`)).toEqual([]);
  });

  it("pages on request: limit, then after = the answer's next, until next is null", async () => {
    const w = await withTickets();
    const s = await w.signIn('王主任');
    const all = ((await (await w.get('/api/tickets', s)).json()) as { tickets: ApiTicket[] }).tickets.map((t) => t.number);
    const seen: string[] = [];
    let next: string | null = null;
    do {
      const page = (await (await w.get(`/api/tickets?limit=2${next ? `&after=${next}` : ''}`, s)).json()) as {
        tickets: ApiTicket[];
        next: string | null;
      };
      seen.push(...page.tickets.map((t) => t.number));
      next = page.next;
    } while (next);
    expect(seen).toEqual(all);
    for (const bad of ['limit=0', 'limit=1001', 'limit=x', 'after=1', 'limit=2&after=x'])
      expect((await w.get(`/api/tickets?${bad}`, s)).status, bad).toBe(400);
  });

  it('answers 400 for an unknown status or a malformed category', async () => {
    const w = await withTickets();
    const s = await w.signIn('王主任');
    expect((await w.get('/api/tickets?status=done', s)).status).toBe(400);
    expect((await w.get('/api/tickets?category=%3Cscript%3E', s)).status).toBe(400);
  });
});

describe('the 工单 list', () => {
  it('shows urgent and overdue tickets marked', async () => {
    const w = await withTickets();
    w.bot.advance(72 * HOUR);
    const s = await w.signIn('王主任');
    const html = await (await w.get('/', s)).text();
    expect(html).toContain('共 3 件');
    expect(html).toMatch(/class="overdue urgent"[\s\S]*#2/);
    expect(html).toContain('<span class="tag urgent">紧急</span>');
    expect(html).toContain('<span class="tag overdue">超期</span>');
  });

  it('filters by urgency, building, assignee and searches the report text', async () => {
    const w = await withTickets();
    const s = await w.signIn('王主任');
    const count = async (q: string) => /共 (\d+) 件/.exec(await (await w.get(`/?${q}`, s)).text())?.[1];
    expect(await count('urgent=1')).toBe('1');
    expect(await count(`building=${encodeURIComponent('7号楼')}`)).toBe('1');
    expect(await count(`q=${encodeURIComponent('地下室')}`)).toBe('1');
    expect(await count(`q=${encodeURIComponent('%')}`)).toBe('0');
    expect(await count('assignee=-')).toBe('3');
    expect(await count('status=all&sort=opened&page=1')).toBe('3');
    expect(await count('overdue=1')).toBe('0');
  });

  it('answers bad filter input with 400 and a Chinese message, never an error page', async () => {
    const w = await withTickets();
    const s = await w.signIn('王主任');
    for (const q of ['status=nonsense', 'page=-1', 'sort=evil', 'urgent=yes', `q=${'长'.repeat(101)}`, 'category=%27%20or%201%3D1']) {
      const res = await w.get(`/?${q}`, s);
      expect(res.status, q).toBe(400);
      expect(await res.text()).toContain('筛选条件有误');
    }
  });

  it('escapes what residents wrote', async () => {
    const w = await createWeb();
    await w.bot.say(RESIDENTS, resident('<b>坏人</b>'), '5号楼路灯不亮了<script>alert(1)</script>');
    const s = await w.signIn('王主任');
    const html = await (await w.get('/tickets/1', s)).text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<b>坏人');
  });
});

describe('the ticket page', () => {
  it('shows the reports masked, the reporter count, deadlines and the timeline', async () => {
    const w = await withTickets();
    const s = await w.signIn('李网格员');
    const res = await w.get('/tickets/1', s);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain('13812345678');
    expect(html).toContain('138****5678');
    expect(html).toContain('反映：1 户');
    expect(html).toContain('办结期限');
    expect(html).toContain('办理经过');
    expect(html).toContain('刘大爷：反映问题');
  });

  it('answers 404 for a number that does not exist or is malformed', async () => {
    const w = await withTickets();
    const s = await w.signIn('王主任');
    expect((await w.get('/tickets/99', s)).status).toBe(404);
    expect((await w.get('/tickets/1%20or%201', s)).status).toBe(404);
  });
});

describe('communities', () => {
  it('keeps a worker out of another community’s tickets', async () => {
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
    const w = await createWeb({ config });
    await w.bot.say('银河小区业主群', resident('钱大妈'), '2号楼楼道灯坏了');
    const s = await w.signIn('李网格员');
    expect((await w.get('/tickets/1', s)).status).toBe(404);
    const api = (await (await w.get('/api/tickets?status=open', s)).json()) as { tickets: unknown[] };
    expect(api.tickets).toEqual([]);
    expect((await w.get(`/api/tickets?community=${encodeURIComponent('银河社区')}`, s)).status).toBe(200);
    expect(w.outbox).toEqual([]);
    const acted = await w.post('/tickets/1/actions', { _csrf: s.csrf, action: 'take' }, s);
    expect(acted.status).toBe(404);
    const theirs = await w.signIn('孙网格员');
    expect(await (await w.get('/tickets/1', theirs)).text()).toContain('2号楼');
  });
});

describe('a district admin (街道管理员)', () => {
  const config = createConfig({
    communities: [
      {
        ...demoConfigInput.communities[0],
        staff: [...demoConfigInput.communities[0]!.staff, { remark: '刘科长', name: '刘科长', role: 'district', covers: ['*'] }],
      },
      {
        name: '银河社区',
        groups: [{ topic: '银河小区业主群', role: 'residents' }],
        staff: [{ remark: '孙网格员', name: '孙网格员', role: 'worker' }],
      },
    ],
  });
  const withTwoCommunities = async () => {
    const w = await createWeb({ config });
    await w.bot.say(RESIDENTS, resident('刘大爷'), '5号楼路灯不亮了');
    await w.bot.say('银河小区业主群', resident('钱大妈'), '2号楼楼道灯坏了');
    return w;
  };

  it('sees every community in the list and the API, and picks one with the community filter', async () => {
    const w = await withTwoCommunities();
    const s = await w.signIn('刘科长');
    const all = await (await w.get('/', s)).text();
    expect(all).toContain('共 2 件');
    expect(all).toContain('全部社区 · 刘科长');
    expect(all).toContain('<option value="银河社区">银河社区</option>');
    expect(all).toContain(`href="/tickets/1?community=${encodeURIComponent('银河社区')}"`);
    const one = await (await w.get(`/?community=${encodeURIComponent('银河社区')}`, s)).text();
    expect(one).toContain('共 1 件');
    expect(one).toContain('2号楼');
    expect(one).not.toContain('5号楼');
    const api = (await (await w.get('/api/tickets', s)).json()) as { tickets: ApiTicket[] };
    expect(api.tickets.map((t) => `${t.community} #${t.number}`).sort()).toEqual(['金阳社区 #1', '银河社区 #1']);
    const picked = (await (await w.get(`/api/tickets?community=${encodeURIComponent('银河社区')}`, s)).json()) as { tickets: ApiTicket[] };
    expect(picked.tickets.map((t) => t.building)).toEqual(['2号楼']);
    expect((await w.get(`/?community=${encodeURIComponent('别的社区')}`, s)).status).toBe(400);
  });

  it('opens another community’s ticket read-only, and acts on the own community’s tickets as an admin', async () => {
    const w = await withTwoCommunities();
    const s = await w.signIn('刘科长');
    const theirs = await w.get(`/tickets/1?community=${encodeURIComponent('银河社区')}`, s);
    const page = await theirs.text();
    expect(theirs.status).toBe(200);
    expect(page).toContain('2号楼');
    expect(page).toContain('其他社区的工单只能查看');
    expect(page).not.toContain('name="action"');
    const refused = await w.post(`/tickets/1/actions?community=${encodeURIComponent('银河社区')}`, { _csrf: s.csrf, action: 'take' }, s);
    expect(refused.status).toBe(403);
    expect(w.outbox).toEqual([]);
    const own = await w.post('/tickets/1/actions', { _csrf: s.csrf, action: 'take' }, s);
    expect(own.status).toBe(200);
    const ownText = await own.text();
    expect(ownText).toContain('刘科长');
    expect(w.outbox.length).toBeGreaterThan(0);
  });

  it('counts every community in 统计 and 人员, one when chosen; a worker cannot name another community', async () => {
    const w = await withTwoCommunities();
    const s = await w.signIn('刘科长');
    expect(await (await w.get('/stats', s)).text()).toContain('工单总数：<strong>2</strong>');
    expect(await (await w.get(`/stats?community=${encodeURIComponent('银河社区')}`, s)).text()).toContain('工单总数：<strong>1</strong>');
    const people = await (await w.get('/people', s)).text();
    expect(people).toContain('孙网格员');
    expect(people).toContain('街道管理员');
    const worker = await w.signIn('李网格员');
    expect((await w.get(`/?community=${encodeURIComponent('银河社区')}`, worker)).status).toBe(400);
    expect((await w.get(`/stats?community=${encodeURIComponent('银河社区')}`, worker)).status).toBe(400);
    expect((await w.get(`/tickets/1?community=${encodeURIComponent('银河社区')}`, worker)).status).toBe(404);
  });
});

describe('paging the 工单 list', () => {
  it('walks every page by its 下一页 links (a keyset cursor), each ticket once, and 上一页 comes back', async () => {
    const w = await createWeb();
    const community = (await w.bot.store.listCommunities())[0]!;
    for (let i = 1; i <= 120; i++) {
      await w.bot.store.intake(
        {
          communityId: community.id,
          roomKey: null,
          messageId: `p${i}`,
          text: `${i}号楼路灯不亮`,
          reporterName: '居民',
          reporterKey: '居民',
          at: new Date(w.bot.now().getTime() + (i % 7) * 60_000),
          category: 'lighting',
          urgent: false,
          building: `${i}号楼`,
        },
        { mergeWindowHours: 72, deadlines: w.bot.deps.deadlines },
      );
    }
    const s = await w.signIn('王主任');
    const numbers = (page: string) => [...page.matchAll(/<a href="\/tickets\/(\d+)">/g)].map((m) => m[1]);
    const next = (page: string) => /<a href="([^"]+)">下一页<\/a>/.exec(page)?.[1]?.replaceAll('&amp;', '&');
    const prev = (page: string) => /<a href="([^"]+)">上一页<\/a>/.exec(page)?.[1]?.replaceAll('&amp;', '&');
    const pages: string[] = [];
    let url: string | undefined = '/?status=all&sort=opened';
    while (url) {
      const page = await (await w.get(url, s)).text();
      pages.push(page);
      url = next(page);
    }
    expect(pages).toHaveLength(3);
    expect(next(pages[1]!)).toMatch(/after=\d+/);
    expect(pages[2]).toContain('第 3/3 页');
    const seen = pages.flatMap(numbers);
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    const back = await (await w.get(prev(pages[2]!)!, s)).text();
    expect(prev(pages[2]!)).toMatch(/before=\d+/);
    expect(numbers(back)).toEqual(numbers(pages[1]!));
    expect(prev(pages[1]!)).toBe('/?status=all&sort=opened');
    expect((await w.get('/?after=abc', s)).status).toBe(400);
  });
});
