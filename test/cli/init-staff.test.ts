import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as init } from '../../src/cli/init.js';
import { run as staff } from '../../src/cli/staff.js';
import { loadConfigFile } from '../../src/infra/config-file.js';
import { openDatabase, closeDatabase } from '../../src/infra/db/open-database.js';
import { createSqliteTicketStore } from '../../src/infra/db/sqlite-ticket-store.js';
import { useCliScratch } from '../helpers/cli-scratch.js';

const io = useCliScratch('yishiting-cli-');

describe('yishiting init', () => {
  it('writes a commented config that loads, and refuses to overwrite it without --force', async () => {
    const file = join(io.dir, 'cfg.yaml');
    expect(await init(['--out', file])).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('# 工作人员名单');
    expect(loadConfigFile(file).communities[0]!.name).toBe('金阳社区');

    writeFileSync(file, 'timezone: Asia/Shanghai\n');
    expect(await init(['--out', file])).toBe(1);
    expect(io.err.join('')).toContain('已存在');
    expect(readFileSync(file, 'utf8')).toBe('timezone: Asia/Shanghai\n');
    expect(await init(['--out', file, '--force'])).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('# 工作人员名单');
  });
  it('writes the config (staff remarks, settings) readable by its owner only, also over an existing file with --force', async () => {
    const file = join(io.dir, 'cfg.yaml');
    expect(await init(['--out', file])).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    writeFileSync(file, 'timezone: Asia/Shanghai\n');
    chmodSync(file, 0o644);
    expect(await init(['--out', file, '--force'])).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('yishiting staff bind', () => {
  it('adds a new person to the roster (keeping the file’s comments) and prints a one-time code that binds them', async () => {
    const cfg = join(io.dir, 'cfg.yaml');
    const db = join(io.dir, 'y.db');
    await init(['--out', cfg]);
    io.out = [];
    expect(await staff(['bind', '孙师傅', '--role', 'worker', '--covers', '金阳花园,3号楼', '--config', cfg, '--db', db])).toBe(0);
    const printed = io.out.join('');
    const code = /绑定码：(\d{6})/.exec(printed)?.[1];
    expect(code).toBeDefined();
    expect(printed).toContain(`私聊机器人发送：绑定 ${code}`);
    expect(printed).toContain('10 分钟内有效');

    const text = readFileSync(cfg, 'utf8');
    expect(text).toContain('# 工作人员名单'); // comments survive
    expect(loadConfigFile(cfg).communities[0]!.staff.find((s) => s.remark === '孙师傅')).toEqual({
      remark: '孙师傅',
      name: '孙师傅',
      role: 'worker',
      covers: ['金阳花园', '3号楼'],
    });

    const handle = openDatabase(db);
    const store = createSqliteTicketStore(handle);
    // Valid for ten minutes by default: not eleven.
    const late = await store.redeemBindingCode(code!, 'session-contact-1', new Date(Date.now() + 11 * 60_000));
    expect(late).toEqual({ ok: false, reason: 'expired' });
    const redeemed = await store.redeemBindingCode(code!, 'session-contact-1', new Date());
    expect(redeemed).toMatchObject({ ok: true, person: { name: '孙师傅', role: 'worker' } });
    await store.close();
    closeDatabase(handle);
  });

  it('registers a district admin (街道管理员) in the roster, the config and the database', async () => {
    const cfg = join(io.dir, 'cfg.yaml');
    const db = join(io.dir, 'y.db');
    await init(['--out', cfg]);
    io.out = [];
    expect(await staff(['bind', '刘科长', '--role', 'district', '--config', cfg, '--db', db])).toBe(0);
    expect(io.out.join('')).toContain('已把 刘科长（街道管理员）加入');
    expect(loadConfigFile(cfg).communities[0]!.staff.find((s) => s.remark === '刘科长')?.role).toBe('district');
    const handle = openDatabase(db);
    const store = createSqliteTicketStore(handle);
    expect((await store.findPersonByRemark('刘科长'))?.role).toBe('district');
    await store.close();
    closeDatabase(handle);
  });

  it('says what is wrong with the arguments in one Chinese sentence', async () => {
    const cfg = join(io.dir, 'cfg.yaml');
    await init(['--out', cfg]);
    expect(await staff(['bind', '孙师傅', '--role', 'boss', '--config', cfg])).toBe(2);
    expect(io.err.join('')).toContain('--role 必须是 worker');
    expect(await staff(['bind', '--role', 'worker', '--config', cfg])).toBe(2);
    expect(await staff(['bind', '孙师傅', '--role', 'worker', '--config', join(io.dir, 'none.yaml')])).toBe(1);
    expect(io.err.join('')).toContain('yishiting init');
  });
});
