/** Captures: loaded safely inside the repository, decoded, indexed by line, described by seeds/sources.yaml. */
export { CAPTURE_FILE, listSeedCaptures, SEEDS_DIR } from './captures.js';
export { CATALOG_FILE, CatalogEntrySchema, EMPTY_CATALOG, loadCatalog, parseCatalog, type Catalog, type CatalogEntry, type LoadedCatalogEntry } from './catalog.js';
export { decode, type Decoded, type SourceEncoding } from './decode.js';
export { LineIndex } from './line-index.js';
export { describeFsError, formatOf, fromBytes, isSourceFailure, loadSource, MAX_SOURCE_BYTES, parseMarkup, type LoadSourceOptions, type Source, type SourceFailure, type SourceFormat } from './load.js';
export { checkRepoPath, isWithin, staysInside, type InsidePath, type OutsideReason } from '../util/repo-path.js';
export { buildTextView, type TextView, type ViewPiece } from './text-view.js';
