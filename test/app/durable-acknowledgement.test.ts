// Issue #8 §3: a bot process killed with SIGKILL while it takes in reports loses no
// acknowledgement (each is sent or still waiting in the outbox) and repeats at most one send per
// crash. A few kills here; `npm run bench:crash` makes 50 and compares with the old behaviour.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { crashIntake } from '../helpers/crash-intake.js';

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('the acknowledgement across crashes', () => {
  it('is sent or waiting in the outbox for every stored report after SIGKILLs mid-intake, with at most one repeated send per crash', async () => {
    dir = mkdtempSync(join(tmpdir(), 'yishiting-ack-'));
    const figures = await crashIntake({ file: join(dir, 'bot.db'), kills: 2, seed: 8_003 });
    expect(figures.reports).toBeGreaterThan(0);
    expect(figures.lost).toBe(0);
    expect(figures.maxDuplicatesPerCrash).toBeLessThanOrEqual(1);
  }, 60_000);
});
