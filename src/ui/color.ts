/**
 * Decide, once at start-up, whether the UI uses colour: `NO_COLOR` (any non-empty value),
 * `FORCE_COLOR=0` and `TERM=dumb` turn it off; a non-zero `FORCE_COLOR` turns it on; otherwise a
 * TTY gets colour. (chalk does not read `NO_COLOR`, so it is mapped here.) No React here: the
 * CLI decides before Ink is loaded.
 */
export function decideColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean | undefined): boolean {
  if (env['NO_COLOR']) return false;
  if (env['FORCE_COLOR'] === '0' || env['FORCE_COLOR'] === 'false') return false;
  if (env['TERM'] === 'dumb') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '') return true;
  return isTTY === true;
}
