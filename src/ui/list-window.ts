/**
 * The first visible row of a list window: the selected row stays visible and the window moves
 * only when the selection leaves it (as in tig or lazygit), so only `height` rows are ever drawn.
 */
export function windowTop(selected: number, total: number, height: number, previousTop: number): number {
  if (height <= 0 || total <= height) return 0;
  let top = Math.min(Math.max(previousTop, 0), total - height);
  if (selected < top) top = selected;
  else if (selected >= top + height) top = selected - height + 1;
  return Math.max(0, Math.min(top, total - height));
}

/** Clamp an index into `[0, total)` (0 when the list is empty). */
export function clampIndex(index: number, total: number): number {
  return total <= 0 ? 0 : Math.max(0, Math.min(index, total - 1));
}
