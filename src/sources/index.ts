/** Captures: loaded safely inside the repository, decoded, indexed by line, described by seeds/sources.yaml. */
export { CAPTURE_FILE, listSeedCaptures, SEEDS_DIR } from './captures.js';
export { CATALOG_FILE, EMPTY_CATALOG, loadCatalog, type Catalog, type CatalogEntry, type LoadedCatalogEntry } from './catalog.js';
export { CatalogEntrySchema, parseCatalog } from './catalog-parse.js';
export { decode, type Decoded, type SourceEncoding } from './decode.js';
export { LineIndex } from './line-index.js';
export { describeFsError, formatOf, fromBytes, isSourceFailure, loadSource, MAX_SOURCE_BYTES, parseMarkup, withMarkup, type LoadSourceOptions, type Source, type SourceFailure, type SourceFormat } from './load.js';
export { checkRepoPath, isWithin, type InsidePath, type OutsideReason } from '../util/repo-path.js';
export { buildTextView, type TextView, type ViewPiece } from './text-view.js';
export { pageMeta, OUTLET_KEYS, PUBLISHED_KEYS, PUBLISHER_KEYS, type PageMeta } from './page-meta.js';
export { layout, layoutText, type Format, type Layout, type LineKind, type TextLine } from './layout.js';
export { readFrontMatter, type FrontMatter } from './markdown.js';
export type { BlockKind, BlockMark } from './html.js';
export { loadOutletFile, parseOutletFile, OUTLETS_FILE, OutletEntrySchema, type OutletEntry, type OutletFile } from './outlet-file.js';
export { momentAt, momentOf } from './page-time.js';
