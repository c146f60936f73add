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
