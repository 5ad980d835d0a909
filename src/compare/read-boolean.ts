import type { Value } from '../claims/schema.js';
import { ValueError, writtenForm, type Shown } from './read-context.js';

/** Values of yes-or-no subjects: `true`/`false`, or yes/no, はい/いいえ, あり/なし. */

const YES = new Set(['yes', 'true', 'y', 'はい', 'あり', '有', '有り', 'ある', '是']);
const NO = new Set(['no', 'false', 'n', 'いいえ', 'なし', '無', '無し', 'ない', '否']);

/** Read a yes-or-no value. */
export function readBoolean(value: Value): Shown {
  let result: boolean | undefined;
  if (typeof value === 'boolean') result = value;
  else if (typeof value === 'string') {
    const folded = value.normalize('NFKC').trim().toLowerCase();
    result = YES.has(folded) ? true : NO.has(folded) ? false : undefined;
  }
  if (result === undefined) {
    throw new ValueError('invalid-value', `Unexpected ${writtenForm(value)} for a yes-or-no subject, expected true or false`, []);
  }
  return { reading: { type: 'boolean', value: result }, display: result ? 'yes' : 'no', words: result ? 'yes' : 'no' };
}
