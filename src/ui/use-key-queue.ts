import { useInput, type Key } from 'ink';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * The app's one `useInput`. Each key is handled against the state the previous key left: when
 * the app has drawn since the last key, at once; otherwise (typing ahead of a slow frame: Enter,
 * then j at once) it is queued and handled after the next render, so it never acts on a stale
 * screen. Typed-ahead text that Ink delivers as one event ("j\r", a paste) is split into keys.
 */
export function useKeyQueue(handle: (input: string, key: Key) => void): void {
  const queue = useRef<Array<readonly [string, Key]>>([]);
  const stale = useRef(false);
  const handler = useRef(handle);
  const [, setQueued] = useState(0);
  // After each commit, before any key can arrive: this frame is drawn and its handler is current.
  useLayoutEffect(() => {
    stale.current = false;
    handler.current = handle;
  });
  useInput((input, typed) => {
    // A key typed before the terminal was put in raw mode arrives as a line feed: it is Enter too.
    const key = input === '\n' ? { ...typed, return: true } : typed;
    if (input.length > 1 && !key.ctrl && !key.meta && !input.startsWith('\u001B')) {
      for (const char of Array.from(input)) queue.current.push(char === '\r' || char === '\n' ? ['', { ...key, return: true }] : [char, key]);
      setQueued((n) => n + 1);
      return;
    }
    if (queue.current.length === 0 && !stale.current) {
      stale.current = true;
      handler.current(input, key);
      return;
    }
    queue.current.push([input, key]);
    setQueued((n) => n + 1);
  });
  useEffect(() => {
    const next = queue.current.shift();
    if (!next) return;
    stale.current = true;
    handler.current(next[0], next[1]);
    if (queue.current.length > 0) setQueued((n) => n + 1);
  });
}
