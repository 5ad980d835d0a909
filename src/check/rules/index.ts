import type { Rule } from '../types.js';
import { captureUndescribed } from './capture-undescribed.js';
import { duplicateId } from './duplicate-id.js';
import { fileOutside } from './file-outside.js';
import { invalidValue } from './invalid-value.js';
import { quoteAmbiguous } from './quote-ambiguous.js';
import { quoteDrifted } from './quote-drifted.js';
import { quoteNotFound } from './quote-not-found.js';
import { schema } from './schema.js';
import { singleOrigin } from './single-origin.js';
import { staleRelay } from './stale-relay.js';
import { sourceChanged } from './source-changed.js';
import { sourceEncoding } from './source-encoding.js';
import { sourceMarkup } from './source-markup.js';
import { sourceMissing } from './source-missing.js';
import { sourceOutside } from './source-outside.js';
import { unitMismatch } from './unit-mismatch.js';
import { unknownSubject } from './unknown-subject.js';
import { unresolvedConflict } from './unresolved-conflict.js';
import { unsourced } from './unsourced.js';
import { yamlSyntax } from './yaml-syntax.js';

/**
 * Every rule `urazuke check` runs, in the order `--help` and the docs list them. To add a rule,
 * write `rules/<rule-id>.ts` exporting `defineRule({id, severity, description, check})` and add
 * it here.
 */
export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  fileOutside,
  unsourced,
  sourceMissing,
  sourceOutside,
  quoteNotFound,
  quoteAmbiguous,
  quoteDrifted,
  sourceChanged,
  sourceEncoding,
  sourceMarkup,
  captureUndescribed,
  duplicateId,
  unknownSubject,
  invalidValue,
  unitMismatch,
  unresolvedConflict,
  singleOrigin,
  staleRelay,
];
