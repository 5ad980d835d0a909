import { readdirSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { useEffect, useRef } from 'react';

/**
 * Call `onChange` when files in the given folders or any folder below them change (an editor
 * saving `claims/sub/topic.yaml` while the UI runs), debounced so that an editor's
 * write-rename-chmod burst reloads once. Folders are watched recursively (Node 20 does so on
 * Linux, macOS and Windows).
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
    const add = (folder: string, recursive: boolean): boolean => {
      try {
        const watcher = watch(folder, { persistent: false, recursive }, fire);
        watcher.on('error', () => watcher.close());
        watchers.push(watcher);
        return true;
      } catch {
        // A folder that does not exist (no inbox yet) is simply not watched.
        return false;
      }
    };
    for (const folder of folders) {
      if (add(folder, true)) continue;
      // Where recursive watching is not available, each folder below is watched on its own.
      for (const sub of foldersUnder(folder)) add(sub, false);
    }
    return () => {
      if (timer) clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    };
  }, [key, options.enabled, options.debounceMs]);
}

/** A folder and every folder below it (symlinks not followed), for watching one by one. */
function foldersUnder(root: string): string[] {
  const out: string[] = [];
  const pending = [root];
  while (pending.length > 0 && out.length < MAX_WATCHED) {
    const folder = pending.pop()!;
    out.push(folder);
    try {
      for (const entry of readdirSync(folder, { withFileTypes: true })) if (entry.isDirectory()) pending.push(path.join(folder, entry.name));
    } catch {
      // unreadable: not watched
    }
  }
  return out;
}

/** At most this many folders are watched one by one. */
const MAX_WATCHED = 1000;
