import { createContext, useContext, type Dispatch } from 'react';
import type { OpenOptions } from './editor.js';
import type { ReviewAction } from './review-state.js';

/** What screens may ask of the app. */
export interface Navigation {
  /** Change the state (see `ReviewAction`): open a screen, go back, update this screen, propose an edit, show a message. */
  readonly dispatch: Dispatch<ReviewAction>;
  /** Open `$EDITOR` on a repository-relative file at a line, with the UI paused (a capture read-only). */
  openEditor(file: string, line: number, options?: OpenOptions): void;
  /** Create a new topic file (and the schema beside it), then reload: true when it was created. */
  createTopic(file: string): Promise<boolean>;
}

/** The app's navigation, for screens. */
export const NavigationContext = createContext<Navigation | undefined>(undefined);

/** Read the navigation (inside {@link App} only). */
export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation() is used outside <App>: render screens inside <App>.');
  return nav;
}
