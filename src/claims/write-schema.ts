#!/usr/bin/env node
import { writeFileSync } from 'node:fs';
import { schemaText } from './schema.js';

export { schemaText };

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  writeFileSync(process.argv[2] ?? 'claims/claims.schema.json', schemaText());
}
