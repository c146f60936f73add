// Standalone `yishiting web` follows its config and rule files as the bot does (same watcher):
// a roster edit that takes someone off cuts their dashboard access at once, without a restart.
import { watchBotFiles, type WatchBotFilesOptions } from '../app/watch-bot-files.js';
import type { Logger } from '../core/types.js';
import { loadConfigFile } from '../infra/config-file.js';
import type { FileWatcher } from '../infra/watch-files.js';
import type { Dashboard } from './open-dashboard.js';

export function followConfigFiles(
  dashboard: Dashboard,
  files: { configFile: string; rulesDir: string },
  logger: Logger,
  watch: (options: WatchBotFilesOptions) => FileWatcher = watchBotFiles,
): FileWatcher {
  return watch({
    ...files,
    reloadConfig: () => dashboard.reloadConfig(() => loadConfigFile(files.configFile)),
    reloadRules: () => dashboard.reloadRules(),
    onError: (err) => logger.warn({ err }, 'file watch problem'),
  });
}
