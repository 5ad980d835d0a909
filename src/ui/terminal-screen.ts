/**
 * The screen the review UI draws on. It runs in the terminal's alternate screen, so the shell's
 * screen and scrollback are left as they were. An editor or pager run meanwhile switches screens
 * itself (vi, less and nano enter and leave the alternate screen, and leaving it is not nested),
 * so when it returns the UI enters the alternate screen again and clears it before drawing:
 * otherwise the UI would go on drawing on the shell's screen and its last frame would stay there,
 * under the prompt, after quitting.
 */

/** Enter the alternate screen, cursor home. */
export const ENTER_ALT_SCREEN = '\u001B[?1049h\u001B[H';
/** Back to the shell's screen, as it was. */
export const LEAVE_ALT_SCREEN = '\u001B[?1049l';
/** After an editor: the alternate screen again, cleared, cursor home (the UI then draws its whole frame). */
export const RESUME_ALT_SCREEN = '\u001B[?1049h\u001B[2J\u001B[H';
