// `npm run test:district`: the many-processes test of a district's shared store (own script: it
// takes about as long as the whole unit suite, see test/district/many-processes.district.ts).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/district/**/*.district.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
