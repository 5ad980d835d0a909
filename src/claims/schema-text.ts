import { topicJsonSchema } from './schema.js';

/** The claim-file JSON Schema as `claims/claims.schema.json` holds it (committed, and written by `urazuke init`). */
export function schemaText(): string {
  return `${JSON.stringify(topicJsonSchema(), null, 2)}\n`;
}
