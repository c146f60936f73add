// Standalone `yishiting web` follows its config file: taking someone off the roster cuts their
// access at once; a broken edit keeps the last good roster. The watcher is injected: the test
// saves the file and fires the reload the watcher would fire.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WatchBotFilesOptions } from '../../src/app/watch-bot-files.js';
import { run as init } from '../../src/cli/init.js';
import { loadConfigFile } from '../../src/infra/config-file.js';
import { createWebApp } from '../../src/web/create-web-app.js';
import { followConfigFiles } from '../../src/web/follow-config-files.js';
import { createLoginLink } from '../../src/web/login-link.js';
import { openDashboard, type Dashboard } from '../../src/web/open-dashboard.js';
import { useCliScratch } from '../helpers/cli-scratch.js';
import { createRecordingLogger } from '../helpers/recording-logger.js';
import { openLinkIn } from '../helpers/web-harness.js';

const io = useCliScratch('yishiting-web-follow-');
let dashboard: Dashboard | undefined;
afterEach(async () => {
  await dashboard?.close();
  dashboard = undefined;
});

describe('yishiting web following its config file', () => {
  it('shuts someone taken off the roster out at once, and keeps the last good roster on a broken edit', async () => {
    const configFile = join(io.dir, 'cfg.yaml');
    expect(await init(['--out', configFile])).toBe(0);
    const now = new Date('2026-11-26T02:00:00Z');
    dashboard = await openDashboard(loadConfigFile(configFile), join(io.dir, 'y.db'), 'rules', createRecordingLogger(), () => now);
    let watched: WatchBotFilesOptions | undefined;
    let closed = false;
    const watcher = followConfigFiles(dashboard, { configFile, rulesDir: 'rules' }, createRecordingLogger(), (options) => {
      watched = options;
      return { close: () => (closed = true) };
    });
    expect(watched?.configFile).toBe(configFile);

    const app = createWebApp(dashboard.web);
    const li = (await dashboard.web.deps.store.findPersonByRemark('李网格员'))!;
    const link = new URL(await createLoginLink(dashboard.web.auth, li, 'http://x', now)).pathname;
    const cookie = /yst_session=[^;]+/.exec((await openLinkIn(app, link)).headers.get('set-cookie') ?? '')![0];
    const api = () => app.request('/api/tickets', { headers: { cookie } });
    expect((await api()).status).toBe(200);

    const text = readFileSync(configFile, 'utf8');
    writeFileSync(configFile, text.replace('role: worker        #', 'role: boss        #'));
    expect(await watched!.reloadConfig()).toBe(false);
    expect((await api()).status).toBe(200);

    const roster = text.split('\n');
    const at = roster.findIndex((l) => l.includes('- remark: 李网格员'));
    const next = roster.findIndex((l, i) => i > at && l.includes('- remark:'));
    roster.splice(at, next - at);
    writeFileSync(configFile, roster.join('\n'));
    expect(loadConfigFile(configFile).communities[0]!.staff.map((s) => s.remark)).not.toContain('李网格员');
    expect(await watched!.reloadConfig()).toBe(true);
    expect((await api()).status).toBe(401);
    watcher.close();
    expect(closed).toBe(true);
  });
});
