import type { Key } from 'ink';

/**
 * The keys that move a list or scroll a view, as data: each binding says which group it belongs
 * to, how it is recognised and what it does. A screen names the groups it uses (Space marks a
 * claim on the Subject screen, letters are text in a picker), and `use-list-navigation` applies
 * them; the Help screen describes the same groups under "lists".
 */

/** A group of keys a screen takes or leaves. */
export type ListKeyGroup = 'arrows' | 'j k' | 'Ctrl+P Ctrl+N' | 'PgUp PgDn' | 'Ctrl+B Ctrl+F' | 'Space' | 'Home End' | 'g G';

/** What a key does to the cursor (or to the first row shown, in a view that scrolls). */
export type ListMove = 'up' | 'down' | 'page-up' | 'page-down' | 'first' | 'last';

/** One key that moves a list. */
export interface ListBinding {
  readonly group: ListKeyGroup;
  readonly move: ListMove;
  matches(input: string, key: Key): boolean;
}

/** Every list key, in the order they are tried. */
export const LIST_BINDINGS: readonly ListBinding[] = [
  { group: 'arrows', move: 'up', matches: (_, key) => key.upArrow },
  { group: 'j k', move: 'up', matches: (input) => input === 'k' },
  { group: 'arrows', move: 'down', matches: (_, key) => key.downArrow },
  { group: 'j k', move: 'down', matches: (input) => input === 'j' },
  { group: 'Ctrl+P Ctrl+N', move: 'up', matches: (input, key) => key.ctrl && input === 'p' },
  { group: 'Ctrl+P Ctrl+N', move: 'down', matches: (input, key) => key.ctrl && input === 'n' },
  { group: 'PgUp PgDn', move: 'page-up', matches: (_, key) => key.pageUp },
  { group: 'Ctrl+B Ctrl+F', move: 'page-up', matches: (input, key) => key.ctrl && input === 'b' },
  { group: 'PgUp PgDn', move: 'page-down', matches: (_, key) => key.pageDown },
  { group: 'Ctrl+B Ctrl+F', move: 'page-down', matches: (input, key) => key.ctrl && input === 'f' },
  { group: 'Space', move: 'page-down', matches: (input) => input === ' ' },
  { group: 'Home End', move: 'first', matches: (_, key) => key.home },
  { group: 'g G', move: 'first', matches: (input) => input === 'g' },
  { group: 'Home End', move: 'last', matches: (_, key) => key.end },
  { group: 'g G', move: 'last', matches: (input) => input === 'G' },
];

/** Every group: a list of rows (Subjects, Inbox) and the Source view. */
export const ALL_LIST_KEYS: readonly ListKeyGroup[] = ['arrows', 'j k', 'PgUp PgDn', 'Ctrl+B Ctrl+F', 'Space', 'Home End', 'g G'];
/** The Subject screen: no paging (Space marks a claim). */
export const NO_PAGE_KEYS: readonly ListKeyGroup[] = ['arrows', 'j k', 'Home End', 'g G'];
/** One step at a time: Help, Compare, Conflict, the fields of Resolve. */
export const STEP_KEYS: readonly ListKeyGroup[] = ['arrows', 'j k'];
/** The diff of a save: steps and pages. */
export const DIFF_KEYS: readonly ListKeyGroup[] = ['arrows', 'j k', 'PgUp PgDn', 'Space'];
/** A picker: every list key but Space (j k move; typing narrows the list only after `/`). */
export const PICKER_KEYS: readonly ListKeyGroup[] = ['arrows', 'j k', 'Ctrl+P Ctrl+N', 'PgUp PgDn', 'Ctrl+B Ctrl+F', 'Home End', 'g G'];
/** A picker while its filter is typed into (after `/`): letters are text, so arrows, Ctrl+P Ctrl+N and pages move. */
export const PICKER_FILTER_KEYS: readonly ListKeyGroup[] = ['arrows', 'Ctrl+P Ctrl+N', 'PgUp PgDn'];

/** The move a key makes among the groups a screen takes, if any. */
export function listMoveOf(input: string, key: Key, groups: readonly ListKeyGroup[]): ListMove | undefined {
  return LIST_BINDINGS.find((binding) => groups.includes(binding.group) && binding.matches(input, key))?.move;
}
