/**
 * Small English number words as English sources write figures: `four`, `thirty-two`,
 * `a hundred`, `two hundred and five`, `a dozen`. Larger figures are written in digits.
 */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
};

/** A run of number words at the start of text: its value and length, or undefined. */
export function readEnglishNumeral(text: string): { readonly value: number; readonly length: number } | undefined {
  const pattern = /^(?:(?:zero|one|an?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|and)(?:[\s-]+|$|(?=[^a-z])))+/i;
  const match = pattern.exec(text);
  if (!match) return undefined;
  const words = match[0].toLowerCase().split(/[\s-]+/).filter((w) => w.length > 0);
  while (words.length > 0 && (words[words.length - 1] === 'and' || words[words.length - 1] === 'a' || words[words.length - 1] === 'an')) words.pop();
  if (words.length === 0 || words[0] === 'and') return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    if (word === 'and') continue;
    if (word === 'hundred') {
      current = (current === 0 ? 1 : current) * 100;
    } else if (word === 'dozen') {
      current = (current === 0 ? 1 : current) * 12;
    } else {
      current += UNITS[word]!;
    }
    seen = true;
  }
  if (!seen) return undefined;
  total += current;
  // Length of the words used, in the original text (trailing "and"/"a" left for the unit).
  let consumed = 0;
  let left = words.length;
  const tokens = /[a-z]+|[\s-]+/gi;
  let m: RegExpExecArray | null;
  while (left > 0 && (m = tokens.exec(match[0])) !== null) {
    consumed = m.index + m[0].length;
    if (/[a-z]/i.test(m[0])) left -= 1;
  }
  return { value: total, length: consumed };
}
