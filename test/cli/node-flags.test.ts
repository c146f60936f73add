// The bot runs with the node flags on its entry's shebang (the installed `yishiting` command);
// `npm start` and `npm run bench:bot` start node themselves and must pass the same ones, or the
// bench would measure a bot that runs differently from the one users start.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { binNodeFlags } from '../helpers/bin-node-flags.js';

const root = path.resolve(import.meta.dirname, '../..');
const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The flags between `node` and the script path of the last node command in an npm script. */
function flagsOf(script: string): string[] {
  const last = script.split('&&').at(-1)!.trim().split(/\s+/);
  expect(last[0]).toBe('node');
  return last.slice(1).filter((w) => w.startsWith('-'));
}

describe('node flags of the bot', () => {
  it('bounds the old generation, so that V8 does not let garbage grow to four times the live heap', () => {
    expect(binNodeFlags()).toContain('--max-old-space-size=512');
  });

  it('are the same for `npm start` and `npm run bench:bot` as for the installed command', () => {
    const flags = binNodeFlags();
    expect(flagsOf(scripts.start!)).toEqual(flags);
    expect(flagsOf(scripts['bench:bot']!)).toEqual(flags);
  });

  it('reach the built entry unchanged, and the process started through it', async () => {
    const bin = path.join(root, 'dist/bin.js');
    expect(binNodeFlags(bin)).toEqual(binNodeFlags());
    // Started as the installed command is (the file itself, through its shebang); once it has
    // answered a first line, node runs (env has exec'd it) and waits for more on stdin.
    const child = spawn(bin, ['classify'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = once(child, 'exit');
    try {
      child.stdin.write('3号楼的路灯不亮了\n');
      await once(child.stdout, 'data');
      const argv = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').split('\0');
      expect(argv[0]).toMatch(/(^|\/)node$/);
      expect(argv.slice(1, 1 + binNodeFlags().length)).toEqual(binNodeFlags());
    } finally {
      child.stdin.end();
    }
    const [code] = await exited;
    expect(code).toBe(0);
  });
});
