import type { Key } from 'ink';
import { createContext, useContext, useLayoutEffect, useState } from 'react';

/** A screen's key handler. */
export type KeyHandler = (input: string, key: Key) => void;

interface Entry {
  readonly handler: KeyHandler;
  readonly active: boolean;
  /** A text field or picker: it takes every key, the app's global keys included. */
  readonly capture: boolean;
}

/**
 * Where screens register their key handlers. The app has a single `useInput` and gives each key
 * to the handler registered last (the innermost screen or field). Handlers are registered while
 * rendering, not in an effect, so that a key typed right after a screen opens is never lost and
 * never reaches the screen that was just left.
 */
export class KeyRegistry {
  private readonly entries = new Map<object, Entry>();

  /** Register or refresh a handler (keeps its first place in the order). */
  set(owner: object, entry: Entry): void {
    this.entries.set(owner, entry);
  }

  delete(owner: object): void {
    this.entries.delete(owner);
  }

  /** The handler that gets the next key: the last active one. */
  current(): Entry | undefined {
    let found: Entry | undefined;
    for (const entry of this.entries.values()) if (entry.active) found = entry;
    return found;
  }
}

/** The registry of the running app. */
export const KeyContext = createContext<KeyRegistry>(new KeyRegistry());

/** Handle keys while this component is shown (and `isActive`); `capture` also takes the global keys. */
export function useKeys(handler: KeyHandler, options: { readonly isActive?: boolean; readonly capture?: boolean } = {}): void {
  const registry = useContext(KeyContext);
  const [owner] = useState(() => ({}));
  registry.set(owner, { handler, active: options.isActive ?? true, capture: options.capture ?? false });
  useLayoutEffect(() => () => registry.delete(owner), [registry, owner]);
}
