import type { ListMove } from './list-keys.js';

/**
 * The first visible row of a list window: the selected row stays visible and the window moves
 * only when the selection leaves it (as in tig or lazygit), so only `height` rows are ever drawn.
 */
export function windowTop(selected: number, total: number, height: number, previousTop: number): number {
  return spanWindowTop([selected, selected], total, height, previousTop);
}

/**
 * The first visible row of a window that must show the rows `span` (an item drawn on several
 * rows, with the rows around it): it moves only when they leave it; when they cannot all be
 * shown, their last row is.
 */
export function spanWindowTop(span: readonly [number, number], total: number, height: number, previousTop: number): number {
  if (height <= 0 || total <= height) return 0;
  let top = Math.min(Math.max(previousTop, 0), total - height);
  if (span[0] < top) top = span[0];
  if (span[1] >= top + height) top = span[1] - height + 1;
  return Math.max(0, Math.min(top, total - height));
}

/** Clamp an index into `[0, total)` (0 when the list is empty). */
export function clampIndex(index: number, total: number): number {
  return total <= 0 ? 0 : Math.max(0, Math.min(index, total - 1));
}

/** Where a move takes the cursor in a list of `total` items, `page` items a page. */
export function moveCursor(move: ListMove, cursor: number, total: number, page: number): number {
  switch (move) {
    case 'up':
      return clampIndex(cursor - 1, total);
    case 'down':
      return clampIndex(cursor + 1, total);
    case 'page-up':
      return clampIndex(cursor - page, total);
    case 'page-down':
      return clampIndex(cursor + page, total);
    case 'first':
      return 0;
    case 'last':
      return clampIndex(total - 1, total);
  }
}
