// `npm run e2e:wechat4u`: the real bot process on the real wechat4u puppet against a fake web
// WeChat. Kept out of `npm test` (each scenario starts a bot process and waits on real sockets).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/e2e-wechat4u/**/*.e2e.ts'],
    setupFiles: ['test/e2e-wechat4u/setup.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 90_000,
    pool: 'forks',
    // Two CPU cores shared with other work: at most two bot processes at once.
    maxWorkers: 2,
  },
});
