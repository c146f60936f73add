import { describe, expect, it } from 'vitest';
import { resident, RESIDENTS } from '../helpers/bot-harness.js';
import { createWeb } from '../helpers/web-harness.js';

async function withLamp() {
  const w = await createWeb();
  await w.bot.say(RESIDENTS, resident('刘大爷'), '5号楼路灯不亮了');
  const roomKey = w.bot.roomKey(RESIDENTS);
  const statusOf = async () => (await w.bot.store.getByNumber((await w.bot.store.listCommunities())[0]!.id, '1'))!.status;
  return { w, roomKey, statusOf };
}

describe('actions from the ticket page', () => {
  it('接单 runs the chat command: the group is told through the outbox, the page shows the confirmation', async () => {
    const { w, roomKey, statusOf } = await withLamp();
    const s = await w.signIn('王主任');
    const res = await w.post('/tickets/1/actions', { _csrf: s.csrf, action: 'take' }, s);
    expect(res.status).toBe(200);
    expect(await statusOf()).toBe('in_progress');
    const chat = await w.bot.dm({ sessionId: '@x', name: '王主任', remark: '王主任' }, '#进度 1 已联系电工');
    const groupPosts = w.outbox.filter((r) => r.to.kind === 'room' && r.to.roomKey === roomKey);
    expect(groupPosts).toHaveLength(1);
    expect(groupPosts[0]!.mentions).toEqual(['刘大爷']);
    expect(groupPosts[0]!.text).toMatch(/#?1/);
    // Nothing is sent to a made-up WeChat contact: the sender's answer is on the page.
    expect(w.outbox.filter((r) => r.to.kind === 'contact')).toEqual([]);
    expect(await res.text()).toContain('class="msg"');
    expect(chat.some((r) => r.to.kind === 'room')).toBe(true);
  });

  it('办结 with a result moves the ticket to resolved and announces it as the chat command would', async () => {
    const { w, roomKey, statusOf } = await withLamp();
    const s = await w.signIn('王主任');
    await w.post('/tickets/1/actions', { _csrf: s.csrf, action: 'take' }, s);
    await w.post('/tickets/1/actions', { _csrf: s.csrf, action: 'resolve', text: '已更换灯泡' }, s);
    expect(await statusOf()).toBe('resolved');
    const last = w.outbox.filter((r) => r.to.kind === 'room' && r.to.roomKey === roomKey).at(-1)!;
    expect(last.text).toContain('已更换灯泡');
  });

  it('指派 hands the ticket to someone on the roster, who is told privately', async () => {
    const { w } = await withLamp();
    const s = await w.signIn('王主任');
    await w.post('/tickets/1/actions', { _csrf: s.csrf, action: 'handover', person: '赵师傅' }, s);
    const community = (await w.bot.store.listCommunities())[0]!;
    expect((await w.bot.store.getByNumber(community.id, '1'))!.assigneeName).toBe('赵师傅');
    expect(w.outbox.some((r) => r.to.kind === 'contact' && r.to.remark === '赵师傅')).toBe(true);
  });

  it('拆分 moves one reporter’s report out into a new ticket; only the ticket’s reporters can be chosen', async () => {
    const { w } = await withLamp();
    await w.bot.say(RESIDENTS, resident('张阿姨'), '5号楼路灯还是不亮');
    const s = await w.signIn('王主任');
    expect(await (await w.get('/tickets/1', s)).text()).toContain('<option value="张阿姨">');
    expect((await w.post('/tickets/1/actions', { _csrf: s.csrf, action: 'split', reporter: '路人甲' }, s)).status).toBe(400);
    const res = await w.post('/tickets/1/actions', { _csrf: s.csrf, action: 'split', reporter: '张阿姨' }, s);
    expect(res.status).toBe(200);
    const community = (await w.bot.store.listCommunities())[0]!;
    const split = await w.bot.store.getByNumber(community.id, '2');
    expect(split).not.toBeNull();
    expect((await w.bot.store.getReporters(split!.id)).map((r) => r.name)).toEqual(['张阿姨']);
  });

  it('has the same permissions as chat: a worker cannot 关闭 (admins only)', async () => {
    const { w, statusOf } = await withLamp();
    const s = await w.signIn('李网格员');
    const res = await w.post('/tickets/1/actions', { _csrf: s.csrf, action: 'close', text: '重复' }, s);
    expect(await res.text()).toContain('只有社区管理员可以');
    expect(await statusOf()).toBe('open');
    expect(w.outbox).toEqual([]);
  });

  it('refuses forged requests: no token, a wrong token, another session’s token, no session', async () => {
    const { w, statusOf } = await withLamp();
    const s = await w.signIn('王主任');
    const other = await w.signIn('赵师傅');
    expect((await w.post('/tickets/1/actions', { action: 'take' }, s)).status).toBe(403);
    expect((await w.post('/tickets/1/actions', { _csrf: 'x'.repeat(43), action: 'take' }, s)).status).toBe(403);
    expect((await w.post('/tickets/1/actions', { _csrf: other.csrf, action: 'take' }, s)).status).toBe(403);
    expect((await w.post('/tickets/1/actions', { _csrf: s.csrf, action: 'take' }, null)).status).toBe(403);
    const json = await w.app.request('/tickets/1/actions', {
      method: 'POST',
      headers: { cookie: `yst_session=${s.cookie}`, 'content-type': 'application/json' },
      body: JSON.stringify({ _csrf: s.csrf, action: 'take' }),
    });
    expect(json.status).toBe(403);
    expect(await statusOf()).toBe('open');
    expect(w.outbox).toEqual([]);
  });

  it.each([
    ['an unknown action', { action: 'delete' }],
    ['a result left empty', { action: 'resolve', text: '   ' }],
    ['a result with a control character', { action: 'resolve', text: '修好了\u0000' }],
    ['a result too long', { action: 'resolve', text: '修'.repeat(201) }],
    ['a person not on the roster', { action: 'handover', person: '路人甲' }],
    ['an unknown category', { action: 'recategorise', category: 'nonsense' }],
    ['a ticket number that is not a number', { action: 'merge', into: '2 or 1' }],
    ['a missing ticket number', { action: 'merge' }],
  ])('answers %s with 400 and changes nothing', async (_what, fields) => {
    const { w, statusOf } = await withLamp();
    const s = await w.signIn('王主任');
    const res = await w.post('/tickets/1/actions', { _csrf: s.csrf, ...fields }, s);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('msg err');
    expect(await statusOf()).toBe('open');
    expect(w.outbox).toEqual([]);
  });

  it('a line break in a note cannot smuggle in a second command', async () => {
    const { w, statusOf } = await withLamp();
    const s = await w.signIn('王主任');
    await w.post('/tickets/1/actions', { _csrf: s.csrf, action: 'note', text: '已联系\n#关闭 1 无效' }, s);
    expect(await statusOf()).toBe('open');
    const community = (await w.bot.store.listCommunities())[0]!;
    const notes = (await w.bot.store.getTimeline((await w.bot.store.getByNumber(community.id, '1'))!.id)).filter((e) => e.kind === 'note');
    expect(notes.map((e) => e.note)).toEqual(['已联系 #关闭 1 无效']);
  });
});

describe('#登录', () => {
  const wang = { sessionId: '@s-王主任', name: '王主任', remark: '王主任' };

  it('answers staff in a private chat with a one-time link that signs them in', async () => {
    const w = await createWeb();
    w.bot.deps.loginLink = async (person) => {
      const { createLoginLink } = await import('../../src/web/login-link.js');
      return createLoginLink(w.web.auth, person, 'https://ting.example.org', w.bot.now());
    };
    const replies = await w.bot.dm(wang, '#登录');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.to.kind).toBe('contact');
    const url = /https:\/\/ting\.example\.org(\/login\/[\w-]+)/.exec(replies[0]!.text)?.[1];
    expect(url).toBeDefined();
    expect(replies[0]!.text).toContain('10 分钟');
    expect((await w.openLink(url!)).status).toBe(302);
  });

  it('never posts a link in a group', async () => {
    const w = await createWeb();
    w.bot.deps.loginLink = async () => 'https://ting.example.org/login/secret';
    const replies = await w.bot.say(RESIDENTS, wang, '#登录');
    expect(replies.map((r) => r.text).join()).not.toContain('secret');
    expect(replies[0]!.text).toContain('私聊');
  });

  it('is for staff only, and says when the dashboard is off', async () => {
    const w = await createWeb();
    w.bot.deps.loginLink = async () => 'https://ting.example.org/login/secret';
    const refused = await w.bot.dm(resident('刘大爷'), '#登录');
    expect(refused[0]!.text).toContain('只有工作人员');
    w.bot.deps.loginLink = async () => null;
    expect((await w.bot.dm(wang, '#登录'))[0]!.text).toContain('还没有开启');
  });
});
