import { useKeys, type KeyHandler } from './keys.js';
import { ALL_LIST_KEYS, listMoveOf, type ListKeyGroup } from './list-keys.js';
import { clampIndex, moveCursor, spanWindowTop } from './list-window.js';

/** The rows a list shows at a time, when it is longer than that. */
export interface ListWindow {
  /** Rows shown. */
  readonly height: number;
  /** The first row shown, as last kept. */
  readonly top: number;
  /** Rows in all (default: one per item). */
  readonly rows?: number | undefined;
  /** The rows that must be in view while an item is selected (default: its own row). */
  span?(index: number): readonly [number, number];
}

/** Options of {@link useListNavigation}. */
export interface ListNavigationOptions {
  /** Items in the list; in a view that scrolls, the first rows it can show (`maxTop + 1`). */
  readonly count: number;
  /** The selected item (or first row shown) as kept; clamped to the list here. */
  readonly cursor: number;
  /** Items a page moves. */
  readonly pageSize?: number | undefined;
  /** The keys the screen takes (see `list-keys.ts`). Default: all of them. */
  readonly keys?: readonly ListKeyGroup[] | undefined;
  /** Keep the selected item in a window of rows. */
  readonly window?: ListWindow | undefined;
  /** A list key was pressed: the new cursor and the window's new first row (0 without a window). */
  onMove(cursor: number, top: number): void;
  /** The screen's other keys (tried after the list keys). */
  readonly onKey?: KeyHandler | undefined;
  /** False while a field of the screen has the keys. */
  readonly isActive?: boolean | undefined;
  /** Take every key, as a picker does. */
  readonly capture?: boolean | undefined;
}

/** Where the list is, for drawing it. */
export interface ListPosition {
  /** The selected item, within the list. */
  readonly cursor: number;
  /** The first row to draw (0 without a window). */
  readonly top: number;
}

const ownRow = (index: number): readonly [number, number] => [index, index];

/**
 * Cursor keys for a list or a view that scrolls (↑↓ j k, PgUp PgDn Ctrl+B Ctrl+F Space, Home End
 * g G, as the screen takes them) and the window of rows that keeps the selection in view. The
 * screen keeps the cursor (and the window's first row) where it likes, in the app's state or its
 * own, and draws `top` … `top + height`.
 */
export function useListNavigation(options: ListNavigationOptions): ListPosition {
  const { count, window, onMove, onKey } = options;
  const keys = options.keys ?? ALL_LIST_KEYS;
  const cursor = clampIndex(options.cursor, count);
  const topFor = (index: number, previousTop: number): number =>
    window ? spanWindowTop((window.span ?? ownRow)(index), window.rows ?? count, window.height, previousTop) : 0;
  const top = topFor(cursor, window?.top ?? 0);
  useKeys(
    (input, key) => {
      const move = listMoveOf(input, key, keys);
      if (move === undefined) {
        onKey?.(input, key);
        return;
      }
      const next = moveCursor(move, cursor, count, options.pageSize ?? window?.height ?? 1);
      onMove(next, topFor(next, top));
    },
    { isActive: options.isActive, capture: options.capture },
  );
  return { cursor, top };
}
