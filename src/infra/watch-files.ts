// Re-reads rule and config files when they change. It watches directories, never single files:
// editors (vim, VS Code, most others) save by writing a temporary file and renaming it over the
// old one, and a watch on the file itself follows the old inode and goes silent after the first
// save. A directory watch sees every save, and a debounce turns the several events of one save
// into one change. (Node's fs.watch on a directory is enough here; no watcher library needed.)
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface WatchOptions {
  /**
   * Files or directories to watch. A directory: any file directly inside (not recursive). A file:
   * that name in its directory, however it is replaced.
   */
  paths: string[];
  /** Which of `paths` are files (the rest are directories). */
  files?: string[];
  debounceMs?: number;
  /** Absolute paths of the files that changed (created, written, renamed over, deleted). */
  onChange(changed: string[]): void | Promise<void>;
  onError?(err: unknown): void;
}

export interface FileWatcher {
  close(): void;
}

export function watchFiles(options: WatchOptions): FileWatcher {
  const debounceMs = options.debounceMs ?? 300;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  const watchers: FSWatcher[] = [];
  const files = new Set((options.files ?? []).map((f) => resolve(f)));

  const fire = (): void => {
    timer = null;
    const changed = [...pending];
    pending.clear();
    Promise.resolve(options.onChange(changed)).catch((err) => options.onError?.(err));
  };

  // Directory → the names in it that matter (null: every name).
  const dirs = new Map<string, Set<string> | null>();
  for (const p of options.paths.map((x) => resolve(x))) {
    if (files.has(p)) {
      const names = dirs.get(dirname(p));
      if (names !== null) dirs.set(dirname(p), new Set([...(names ?? []), basename(p)]));
    } else {
      dirs.set(p, null);
    }
  }

  for (const [dir, names] of dirs) {
    try {
      const w = watch(dir, { persistent: false }, (_event, file) => {
        if (!file) return;
        const name = file.toString();
        if (names && !names.has(name)) return;
        pending.add(join(dir, name));
        if (timer) clearTimeout(timer);
        timer = setTimeout(fire, debounceMs);
      });
      w.on('error', (err) => options.onError?.(err));
      watchers.push(w);
    } catch (err) {
      options.onError?.(err);
    }
  }

  return {
    close() {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
