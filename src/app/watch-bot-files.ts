// `start` re-reads its config file and its rule files when they are saved: a change to the config
// file reloads the config, a change to a rule file (rules/*.yaml, rules/categories/*.yaml, the
// learned model rules/learned-model.json that `rules train` writes) reloads the rules; editors'
// temporary and backup files are ignored.
import { join, resolve, sep } from 'node:path';
import { watchFiles, type FileWatcher } from '../infra/watch-files.js';

export interface WatchBotFilesOptions {
  configFile: string;
  rulesDir: string;
  reloadConfig(): Promise<unknown>;
  reloadRules(): Promise<unknown>;
  onError(err: unknown): void;
  debounceMs?: number;
}

const RULE_FILE = /(\.ya?ml|[\\/]learned-model\.json)$/;

export function watchBotFiles(options: WatchBotFilesOptions): FileWatcher {
  const configFile = resolve(options.configFile);
  const rulesDir = resolve(options.rulesDir);
  return watchFiles({
    paths: [configFile, rulesDir, join(rulesDir, 'categories')],
    files: [configFile],
    ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
    onChange: async (changed) => {
      if (changed.includes(configFile)) await options.reloadConfig();
      const isRule = (f: string): boolean => f !== configFile && f.startsWith(`${rulesDir}${sep}`) && RULE_FILE.test(f);
      if (changed.some(isRule)) await options.reloadRules();
    },
    onError: options.onError,
  });
}
