import type { Key } from 'ink';
import { createContext, useContext, useLayoutEffect, useState } from 'react';

/** A screen's key handler. */
export type KeyHandler = (input: string, key: Key) => void;

/** A registered handler. */
export interface KeyEntry {
  readonly handler: KeyHandler;
  readonly active: boolean;
  /** A text field or picker: it takes every key, the app's global keys included. */
  readonly capture: boolean;
}

/**
 * Where screens register their key handlers. The app has a single `useInput` and gives each key
 * to the handler registered last (the innermost screen or field). Handlers are registered in a
 * layout effect, so rendering stays pure: Ink renders and commits in one task, so the handlers
 * of a frame are in place before the next key arrives (a key typed right after a screen opens
 * is never lost and never reaches the screen that was just left).
 */
export class KeyRegistry {
  private readonly entries = new Map<object, KeyEntry>();

  /** Register or refresh a handler (keeps its first place in the order). */
  set(owner: object, entry: KeyEntry): void {
    this.entries.set(owner, entry);
  }

  delete(owner: object): void {
    this.entries.delete(owner);
  }

  /** The handler that gets the next key: the last active one. */
  current(): KeyEntry | undefined {
    let found: KeyEntry | undefined;
    for (const entry of this.entries.values()) if (entry.active) found = entry;
    return found;
  }
}

/** The registry of the running app. */
export const KeyContext = createContext<KeyRegistry>(new KeyRegistry());

/** Options of {@link useKeys}. */
export interface KeyOptions {
  /** False while a field of the screen has the keys. Default true. */
  readonly isActive?: boolean | undefined;
  /** Take every key, the global ones (`q`, `?`, `u`, Esc) included. Default false. */
  readonly capture?: boolean | undefined;
}

/** Handle keys while this component is shown (and `isActive`); `capture` also takes the global keys. */
export function useKeys(handler: KeyHandler, options: KeyOptions = {}): void {
  const registry = useContext(KeyContext);
  const [owner] = useState(() => ({}));
  const active = options.isActive ?? true;
  const capture = options.capture ?? false;
  // After every commit: the handler of this frame, which sees this frame's state.
  useLayoutEffect(() => registry.set(owner, { handler, active, capture }));
  useLayoutEffect(() => () => registry.delete(owner), [registry, owner]);
}
