import { createContext, useContext } from 'react';

/**
 * Colour is decided once, at start-up, from the environment: `NO_COLOR` (any non-empty value)
 * and `FORCE_COLOR=0` turn it off, `TERM=dumb` too; otherwise a TTY gets colour. Without colour,
 * highlights are drawn with brackets so that nothing depends on colour alone.
 */
export interface Theme {
  readonly color: boolean;
}

/** The theme of the running UI. */
export const ThemeContext = createContext<Theme>({ color: false });

/** Read the theme. */
export function useTheme(): Theme {
  return useContext(ThemeContext);
}
