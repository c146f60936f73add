// Hot reload in `start`: editor-style saves (write a temporary file, rename it over the old one),
// twice in a row, of the config file and of rule files, each reload the right thing. No sleeps:
// the test waits for the reload callbacks themselves.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchBotFiles } from '../../src/app/watch-bot-files.js';
import type { FileWatcher } from '../../src/infra/watch-files.js';

let dir: string;
let watcher: FileWatcher | null = null;
afterEach(() => {
  watcher?.close();
  watcher = null;
  rmSync(dir, { recursive: true, force: true });
});

/** How vim, VS Code and most editors save: a new file renamed over the old one. */
function editorSave(file: string, content: string): void {
  const tmp = `${file}.tmp~`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

function setup() {
  dir = mkdtempSync(join(tmpdir(), 'yishiting-hot-'));
  const configFile = join(dir, 'yishiting.yaml');
  const rulesDir = join(dir, 'rules');
  mkdirSync(join(rulesDir, 'categories'), { recursive: true });
  writeFileSync(configFile, 'timezone: Asia/Shanghai\n');
  writeFileSync(join(rulesDir, 'replies.yaml'), 'ack: 好的\n');
  writeFileSync(join(rulesDir, 'categories', 'lighting.yaml'), 'code: lighting\n');
  const reloads: ('config' | 'rules')[] = [];
  let waiter: { kind: 'config' | 'rules'; count: number; resolve: () => void } | null = null;
  const record = (kind: 'config' | 'rules') => async () => {
    reloads.push(kind);
    if (waiter && reloads.filter((k) => k === waiter!.kind).length >= waiter.count) waiter.resolve();
  };
  watcher = watchBotFiles({
    configFile,
    rulesDir,
    reloadConfig: record('config'),
    reloadRules: record('rules'),
    onError: (err) => {
      throw err;
    },
    debounceMs: 30,
  });
  /** Resolves once `kind` has been reloaded `count` times in all. */
  const reloaded = (kind: 'config' | 'rules', count: number) =>
    new Promise<void>((resolve) => {
      if (reloads.filter((k) => k === kind).length >= count) return resolve();
      waiter = { kind, count, resolve };
    });
  return { configFile, rulesDir, reloads, reloaded };
}

describe('watchBotFiles', { timeout: 10_000 }, () => {
  it('reloads the config, not the rules, on each of two successive editor saves of the config file', async () => {
    const { configFile, reloads, reloaded } = setup();
    editorSave(configFile, 'timezone: Asia/Shanghai\n# 1\n');
    await reloaded('config', 1);
    editorSave(configFile, 'timezone: Asia/Shanghai\n# 2\n');
    await reloaded('config', 2);
    expect(reloads.filter((k) => k === 'rules')).toEqual([]);
  });

  it('reloads the rules, not the config, on each of two successive editor saves of rule files', async () => {
    const { rulesDir, reloads, reloaded } = setup();
    editorSave(join(rulesDir, 'replies.yaml'), 'ack: 收到\n');
    await reloaded('rules', 1);
    editorSave(join(rulesDir, 'replies.yaml'), 'ack: 已收到\n');
    await reloaded('rules', 2);
    editorSave(join(rulesDir, 'categories', 'lighting.yaml'), 'code: lighting\n# edited\n');
    await reloaded('rules', 3);
    expect(reloads.filter((k) => k === 'config')).toEqual([]);
  });

  it('reloads the rules when `rules train` writes a new learned model, twice', async () => {
    const { rulesDir, reloads, reloaded } = setup();
    editorSave(join(rulesDir, 'learned-model.json'), '{}\n');
    await reloaded('rules', 1);
    editorSave(join(rulesDir, 'learned-model.json'), '{"version": 1}\n');
    await reloaded('rules', 2);
    writeFileSync(join(rulesDir, 'notes.json'), '{}');
    editorSave(join(rulesDir, 'cues.yaml'), 'cues: []\n');
    await reloaded('rules', 3);
    expect(reloads).toEqual(['rules', 'rules', 'rules']);
  });

  it('ignores editor temporary files that are not rule files', async () => {
    const { rulesDir, reloads, reloaded } = setup();
    writeFileSync(join(rulesDir, '.replies.yaml.swp'), 'x');
    writeFileSync(join(rulesDir, '4913'), '');
    editorSave(join(rulesDir, 'cues.yaml'), 'cues: []\n');
    await reloaded('rules', 1);
    expect(reloads).toEqual(['rules']);
  });
});
