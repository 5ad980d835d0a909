/** Quote anchoring: W3C TextQuoteSelectors located in a capture, exactly or approximately. */
export { anchorInText, anchorQuote, type AnchorOptions, type AnchorResult, type AnchorTarget, type Occurrence, type TextQuoteSelector } from './anchor.js';
export { approximateMatch, changesFigure, MIN_FUZZY_LENGTH, MIN_QUOTE_SCORE, MIN_SCORE, similarity, type ApproximateMatch, type ApproximateResult } from './approximate.js';
export { quoteDiff, renderDiff, type DiffPart } from './drift-diff.js';
export { contextMatches, distinguishingContext, findAll, type Distinguishing } from './exact.js';
export { editTouchesFigure, figureMask, isFigureChar, isFigurePart, type Edit } from './figures.js';
export { foldCode, normalizeForMatch, type Normalized } from './normalize.js';
