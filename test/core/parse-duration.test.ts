// One duration syntax for the deadline rules and the simulator.
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/core/parse-duration.js';
import { parseInteractiveLine } from '../../src/sim/parse-interactive-line.js';

const H = 3_600_000;

describe('parseDuration', () => {
  it.each([
    ['30s', 30_000],
    ['90m', 1.5 * H],
    ['2h', 2 * H],
    ['1d', 24 * H],
    ['1h30m', 1.5 * H],
    ['1.5h', 1.5 * H],
    ['30分钟', H / 2],
    ['2小时', 2 * H],
    ['3天', 72 * H],
    ['1天 12小时', 36 * H],
    [' 2 h ', 2 * H],
  ])('reads %s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['90', '0m', '0h', '', 'three days', '2h later', 'h', '1x'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });

  it('is the syntax of both the deadline rules and the simulator', () => {
    expect(parseInteractiveLine('/advance 2小时')).toMatchObject({ kind: 'advance', ms: 2 * H });
  });
});
