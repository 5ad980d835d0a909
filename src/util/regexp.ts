/**
 * The global (`g`) form of an expression, made once per expression and flags and reset for a
 * fresh `exec` loop: tables keep their expressions plain, scanners loop over them globally.
 */
const made = new Map<RegExp, Map<string, RegExp>>();

/** The global form of `pattern` with `flags` (which must hold `g`), its `lastIndex` at 0. */
export function globalOf(pattern: RegExp, flags: string): RegExp {
  let forms = made.get(pattern);
  if (!forms) made.set(pattern, (forms = new Map()));
  let re = forms.get(flags);
  if (!re) forms.set(flags, (re = new RegExp(pattern.source, flags)));
  re.lastIndex = 0;
  return re;
}
