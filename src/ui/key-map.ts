import type { ScreenKind } from './review-state.js';

/** The key map, as Help shows it and the README documents it: [screen, keys, what]. */
export const KEY_MAP: ReadonlyArray<readonly [string, string, string]> = [
  ['everywhere', '?', 'this help'],
  ['everywhere', 'q', 'quit (on a form or a diff: back)'],
  ['everywhere', 'Esc', 'back'],
  ['everywhere', 'u', 'undo the last save of this session (shown as a diff first)'],
  ['everywhere', 'Ctrl+C', 'quit at once'],
  ['lists', '↑ ↓  j k', 'move (Subjects, Subject, Inbox; scroll elsewhere)'],
  ['lists', 'PgUp PgDn  Space', 'page'],
  ['lists', 'g G  Home End', 'first, last'],
  ['Subjects', 'Enter → l', 'open the subject'],
  ['Subjects', '/', 'search (question, id, outlet, quote); Enter keeps it, Esc clears it'],
  ['Subjects', 'f', 'filter by verdict or outlet'],
  ['Subjects', 'r', 'resolve the subject'],
  ['Subjects', 'i', 'inbox: candidates from `urazuke extract`'],
  ['Subject', 'Enter s', 'source: the capture around the quote'],
  ['Subject', 'Space', 'mark a claim to compare'],
  ['Subject', 'c', 'compare with the marked claim (else with a conflicting one)'],
  ['Subject', 'a', 'accept this claim (and its value) as right'],
  ['Subject', 'r', 'resolve: status, accepted claim, note'],
  ['Subject', 'd', 'deprecate this claim, with a reason'],
  ['Source', 'o', 'open $EDITOR at the quote (the UI waits)'],
  ['Compare', 's', 'swap A and B'],
  ['Resolve', '↑ ↓  ← →', 'choose a field, change it'],
  ['Resolve', 'Enter n', 'write the note'],
  ['Resolve', 's', 'save (shows the YAML diff)'],
  ['Save', 'y Enter / n Esc', 'write the change / drop it'],
  ['Conflict', 'r / o / c', 'reload and re-apply / overwrite / cancel'],
  ['Inbox', 'a', 'accept into an existing subject'],
  ['Inbox', 'n', 'accept into a new subject'],
  ['Inbox', 'e', 'edit the candidate in $EDITOR'],
  ['Inbox', 'x', 'reject (kept as `status: rejected`, never proposed again)'],
];

/** The keys line at the foot of each screen. */
export const HINTS: Readonly<Record<ScreenKind, string>> = {
  subjects: 'Enter open · / search · f filter · r resolve · i inbox · u undo · ? help · q quit',
  subject: 'Enter source · Space mark · c compare · a accept · r resolve · d deprecate · Esc back · ? help',
  source: '↑↓ scroll · o open in $EDITOR · Esc back · ? help · q quit',
  compare: '↑↓ scroll · s swap · Esc back · ? help · q quit',
  resolve: '↑↓ field · ←→ change · Enter edit/save · s save · Esc back',
  inbox: 'a accept · n new subject · e edit · x reject · Esc back · ? help',
  help: '↑↓ scroll · Esc back · q quit',
  save: 'y/Enter write · n/Esc drop',
  conflict: 'r reload & re-apply · o overwrite · c/Esc cancel',
};
