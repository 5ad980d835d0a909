import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaText } from '../../src/claims/write-schema.js';
import { ROOT } from '../helpers/cli.js';

describe('claims/claims.schema.json', () => {
  it('is the JSON Schema generated from the zod schema (run `npm run schema` when this fails)', () => {
    const committed = readFileSync(path.join(ROOT, 'claims/claims.schema.json'), 'utf8');
    expect(committed).toBe(schemaText());
  });
});
