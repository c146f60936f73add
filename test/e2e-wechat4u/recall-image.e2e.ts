// A recall arrives as a revokemsg sysmsg whose <msgid> is the web MsgId of the recalled report;
// an image is fetched from webwxgetmsgimg and attached to the sender's recent report.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeWechat } from './fake-wechat/fake-wechat-server.js';
import type { BotProcess } from './run-bot.js';
import { startLoggedIn } from './world.js';

let fake: FakeWechat;
let bot: BotProcess;
let dir: string;
beforeAll(async () => {
  ({ fake, bot, dir } = await startLoggedIn());
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

function reportImages(): string[][] {
  const db = new Database(join(dir, 'data', 'yishiting.db'), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('select images from reports order by id').all() as { images: string }[]).map(
      (r) => JSON.parse(r.images) as string[],
    );
  } finally {
    db.close();
  }
}

describe('recalls and images through wechat4u', () => {
  it('withdraws the ticket of a recalled report', async () => {
    const reportId = fake.say('residents', 'uncle', '2号楼门口的垃圾好几天没人清理了，臭得很');
    await fake.waitForDelivered('residents', /已登记为1号工单/);
    fake.recall('residents', 'uncle', reportId);
    const withdrawn = await fake.waitForDelivered('residents', /1号工单的反映已撤回，工单已撤销/);
    expect(withdrawn.toUserName).toBe(fake.idOf('residents'));
  });

  it('attaches a photo sent right after a report to that report', async () => {
    fake.say('residents', 'auntie', '3号楼的路灯坏了，晚上走路很黑');
    await fake.waitForDelivered('residents', /已登记为2号工单/);
    const photoId = fake.sendImage('residents', 'auntie');
    await bot.waitForLog((l) => l.msg === 'image attached' && String(l.ticket) === '2', 'the image attached to ticket 2');
    expect(fake.requests.some((r) => r.path.endsWith('/webwxgetmsgimg'))).toBe(true);
    const day = readdirSync(join(dir, 'data', 'images'))[0]!;
    expect(existsSync(join(dir, 'data', 'images', day, `${photoId}.jpg`))).toBe(true);
    expect(reportImages()[1]).toEqual([join(dir, 'data', 'images', day, `${photoId}.jpg`)]);
    // A photo is attached silently: no reply to it.
    expect(fake.delivered('residents').filter((a) => /照片|图片/.test(a.text))).toEqual([]);
  });
});
