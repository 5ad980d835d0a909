import { watch, type FSWatcher } from 'node:fs';
import { useEffect, useRef } from 'react';

/**
 * Call `onChange` when files in the given folders change (an editor saving a claim file while
 * the UI runs), debounced so that an editor's write-rename-chmod burst reloads once.
 */
export function useFileWatch(folders: readonly string[], onChange: () => void, options: { readonly enabled: boolean; readonly debounceMs?: number }): void {
  const callback = useRef(onChange);
  callback.current = onChange;
  const key = folders.join('\n');
  useEffect(() => {
    if (!options.enabled) return;
    let timer: NodeJS.Timeout | undefined;
    const fire = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => callback.current(), options.debounceMs ?? 150);
    };
    const watchers: FSWatcher[] = [];
    for (const folder of folders) {
      try {
        const watcher = watch(folder, { persistent: false }, fire);
        watcher.on('error', () => watcher.close());
        watchers.push(watcher);
      } catch {
        // A folder that does not exist (no inbox yet) is simply not watched.
      }
    }
    return () => {
      if (timer) clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    };
  }, [key, options.enabled, options.debounceMs]);
}
