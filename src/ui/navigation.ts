import { createContext, useContext } from 'react';
import type { EditPlan, PendingChange } from './edit-plan.js';
import type { SubjectFilter } from './subject-order.js';

/** The screens of the review UI, each with the state that must survive going deeper and back. */
export type Screen =
  | { readonly kind: 'subjects'; readonly cursor: number; readonly top: number; readonly filter: SubjectFilter; readonly query: string }
  | { readonly kind: 'subject'; readonly subjectId: string; readonly cursor: number; readonly top: number; readonly mark: string | undefined }
  | { readonly kind: 'source'; readonly claimId: string; readonly top: number | undefined }
  | { readonly kind: 'compare'; readonly a: string; readonly b: string; readonly top: number }
  | {
      readonly kind: 'resolve';
      readonly subjectId: string;
      /** The form as the reviewer left it (kept while a diff is shown, so nothing typed is lost). */
      readonly accepted?: string | undefined;
      readonly status?: 'open' | 'resolved' | 'disputed' | undefined;
      readonly note?: string | undefined;
      readonly field?: 'status' | 'accepted' | 'note' | 'save' | undefined;
    }
  | { readonly kind: 'inbox'; readonly cursor: number; readonly top: number }
  | { readonly kind: 'help'; readonly top: number }
  | { readonly kind: 'save'; readonly change: PendingChange; readonly top: number; readonly undo: boolean }
  | { readonly kind: 'conflict'; readonly change: PendingChange; readonly current: readonly string[]; readonly top: number; readonly undo: boolean };

/** What screens may ask of the app. */
export interface Navigation {
  /** Open a screen on top of the current one. */
  push(screen: Screen): void;
  /** Go back (Esc). */
  pop(): void;
  /** Update the state of the current screen. */
  update(patch: Partial<Screen>): void;
  /** Show an edit as a YAML diff to confirm; nothing is written before the reviewer confirms. */
  propose(plan: EditPlan): void;
  /** Show a message in the status line. */
  notify(text: string, tone?: 'info' | 'error'): void;
  /** Open `$EDITOR` on a repository-relative file at a line, with the UI paused. */
  openEditor(file: string, line: number): void;
}

/** The app's navigation, for screens. */
export const NavigationContext = createContext<Navigation | undefined>(undefined);

/** Read the navigation (inside {@link App} only). */
export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation() is used outside <App>: render screens inside <App>.');
  return nav;
}
