import { describe, expect, it } from 'vitest';
import { resident, RESIDENTS } from '../helpers/bot-harness.js';
import { createWeb } from '../helpers/web-harness.js';

describe('the 人员 page', () => {
  it('shows admins the roster, who signed in, and an audit log of page actions (numbers masked)', async () => {
    const w = await createWeb();
    await w.bot.say(RESIDENTS, resident('刘大爷'), '5号楼路灯不亮了');
    const worker = await w.signIn('李网格员');
    await w.post('/tickets/1/actions', { _csrf: worker.csrf, action: 'note', text: '已联系电工13812345678' }, worker);
    await w.post('/tickets/1/actions', { _csrf: worker.csrf, action: 'resolve', text: '' }, worker);
    const admin = await w.signIn('王主任');
    const page = await w.get('/people', admin);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('赵师傅');
    expect(html).toMatch(/李网格员<\/td><td>登录/);
    expect(html).toContain('#进度 1 已联系电工138****5678');
    expect(html).not.toContain('13812345678');
    expect(html).toContain('未执行：请填写处理结果');
  });

  it('is for admins only', async () => {
    const w = await createWeb();
    const worker = await w.signIn('李网格员');
    expect((await w.get('/people', worker)).status).toBe(403);
  });

  it('records sign-out', async () => {
    const w = await createWeb();
    const admin = await w.signIn('王主任');
    const other = await w.signIn('赵师傅');
    await w.post('/logout', { _csrf: other.csrf }, other);
    expect(await (await w.get('/people', admin)).text()).toMatch(/赵师傅<\/td><td>退出/);
  });
});

describe('binding codes from the 人员 page', () => {
  it('issues a one-time code for someone on the roster, shown once, that binds their account; the log names whose, not the code', async () => {
    const w = await createWeb();
    const admin = await w.signIn('王主任');
    const li = (await w.bot.store.findPersonByRemark('李网格员'))!;
    const res = await w.post(`/people/${li.id}/code`, { _csrf: admin.csrf }, admin);
    expect(res.status).toBe(200);
    const html = await res.text();
    const code = /绑定码：(\d{6})/.exec(html)?.[1];
    expect(code).toBeDefined();
    expect(html).toContain(`请 李网格员 用自己的微信私聊机器人发送：绑定 ${code}`);
    const again = await (await w.get('/people', admin)).text();
    expect(again).not.toContain(code!);
    expect(again).toMatch(/王主任<\/td><td>生成绑定码<\/td><td><\/td><td>为李网格员生成绑定码/);
    expect(await w.bot.store.redeemBindingCode(code!, 'wx-new-phone', w.bot.now())).toMatchObject({
      ok: true,
      person: { remark: '李网格员' },
    });
  });

  it('refuses workers, forged requests and people off the roster or in another community', async () => {
    const w = await createWeb();
    const li = (await w.bot.store.findPersonByRemark('李网格员'))!;
    const worker = await w.signIn('赵师傅');
    expect((await w.post(`/people/${li.id}/code`, { _csrf: worker.csrf }, worker)).status).toBe(403);
    const admin = await w.signIn('王主任');
    expect((await w.post(`/people/${li.id}/code`, {}, admin)).status).toBe(403);
    for (const id of ['999', 'abc', '1%20or%201'])
      expect((await w.post(`/people/${id}/code`, { _csrf: admin.csrf }, admin)).status, id).toBe(400);
    const other = await w.bot.store.ensureCommunity('银河社区');
    const [sun] = await w.bot.store.syncStaff(other.id, [{ remark: '孙网格员', name: '孙网格员', role: 'worker', covers: ['*'] }]);
    expect((await w.post(`/people/${sun!.id}/code`, { _csrf: admin.csrf }, admin)).status).toBe(400);
    expect(await (await w.get('/people', admin)).text()).not.toContain('生成绑定码</td>');
  });
});
