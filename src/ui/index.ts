/**
 * The review UI (Ink). Imported only by `urazuke review`, lazily, so that other commands never
 * load Ink or React.
 */
export { App, type AppProps } from './App.js';
export { runReview, type RunReviewOptions } from './run.js';
export { loadReviewData, type ReviewData } from './review-data.js';
export { ThemeContext, type Theme } from './theme.js';
export { decideColor } from './color.js';
export { KEY_MAP } from './key-map.js';
