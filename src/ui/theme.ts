import { createContext, useContext } from 'react';

/**
 * Colour is decided once, at start-up, from the environment: `NO_COLOR` (any non-empty value)
 * and `FORCE_COLOR=0` turn it off, `TERM=dumb` too; otherwise a TTY gets colour. Without colour,
 * highlights are drawn with brackets so that nothing depends on colour alone.
 */
export interface Theme {
  readonly color: boolean;
}

/** Decide whether to use colour, once. */
export function decideColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean | undefined): boolean {
  if (env['NO_COLOR']) return false;
  if (env['FORCE_COLOR'] === '0' || env['FORCE_COLOR'] === 'false') return false;
  if (env['TERM'] === 'dumb') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '') return true;
  return isTTY === true;
}

/** The theme of the running UI. */
export const ThemeContext = createContext<Theme>({ color: false });

/** Read the theme. */
export function useTheme(): Theme {
  return useContext(ThemeContext);
}
