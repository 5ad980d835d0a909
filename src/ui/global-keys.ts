import type { Key } from 'ink';
import { currentScreen, FORM_SCREENS, type ReviewAction, type ReviewState } from './review-state.js';

/** What a key means to the app before the screen sees it. */
export type GlobalCommand =
  | { readonly type: 'action'; readonly action: ReviewAction }
  | { readonly type: 'quit' }
  /** Leave the conflict screen keeping the file on disk (reloaded, then said so). */
  | { readonly type: 'cancel-conflict' }
  /** A change is being written: the key is dropped. */
  | { readonly type: 'ignore' };

const BACK: GlobalCommand = { type: 'action', action: { type: 'back' } };
const CANCEL_CONFLICT: GlobalCommand = { type: 'cancel-conflict' };

/**
 * The keys every screen shares (`?` help, `q` quit or leave a form, Esc back, `u` undo, `p` problems), as the
 * Help screen lists them under "everywhere"; undefined leaves the key to the screen. A text field
 * or picker that takes every key is asked before this (see `KeyRegistry`).
 */
export function globalCommand(state: ReviewState, input: string, key: Key): GlobalCommand | undefined {
  if (state.busy) return { type: 'ignore' };
  const top = currentScreen(state);
  if (input === '?' && top.kind !== 'help') return { type: 'action', action: { type: 'open-help' } };
  if (input === 'q') return top.kind === 'conflict' ? CANCEL_CONFLICT : FORM_SCREENS.has(top.kind) ? BACK : { type: 'quit' };
  if (key.escape && (state.stack.length > 1 || top.kind === 'conflict')) return top.kind === 'conflict' ? CANCEL_CONFLICT : BACK;
  if (input === 'u' && !FORM_SCREENS.has(top.kind)) return { type: 'action', action: { type: 'propose-undo' } };
  if (input === 'p' && !FORM_SCREENS.has(top.kind) && top.kind !== 'problems') return { type: 'action', action: { type: 'open-problems' } };
  return undefined;
}
