#!/usr/bin/env node
import { writeFileSync } from 'node:fs';
import { topicJsonSchema } from './schema.js';

/** Serialise the claim-file JSON Schema exactly as it is committed. */
export function schemaText(): string {
  return `${JSON.stringify(topicJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  writeFileSync(process.argv[2] ?? 'claims/claims.schema.json', schemaText());
}
