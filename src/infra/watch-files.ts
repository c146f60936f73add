// Re-reads rule and config files when they change: fs.watch with a debounce, because editors
// write a file in several steps (truncate, write, rename) and one save fires many events.
import { watch, type FSWatcher } from 'node:fs';

export interface WatchOptions {
  /** Files or directories to watch (directories: any file inside, not recursive). */
  paths: string[];
  debounceMs?: number;
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

  const fire = (): void => {
    timer = null;
    const changed = [...pending];
    pending.clear();
    Promise.resolve(options.onChange(changed)).catch((err) => options.onError?.(err));
  };

  for (const path of options.paths) {
    try {
      const w = watch(path, { persistent: false }, (_event, file) => {
        pending.add(file ? `${path}/${file}` : path);
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
