import { LineCounter, parseDocument, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import type { Place } from '../util/message.js';
import { fastRange, readYamlFast, type FastNode } from './fast-yaml.js';
import { placeOf, rangeToPlace, type YamlPath } from './positions.js';

/** A parsed Document with the line counter its places are read through. */
export interface ParsedYaml {
  readonly doc: Document;
  readonly lineCounter: LineCounter;
}

/** A YAML text read for its values, its Document parsed only when something needs it. */
export interface LazyYaml {
  /** The fast reader's value, or undefined when it declined the text (then read {@link full}). */
  readonly fast: { readonly value: unknown } | undefined;
  /** The Document, parsed on first use. */
  full(): ParsedYaml;
  /** The place of the node at a path (or of its nearest ancestor), as `placeOf` gives it. */
  place(path: YamlPath, options?: { readonly key?: boolean }): Place;
}

/**
 * Read a YAML text the cheap way first: values and the places of values from the fast reader
 * (one pass over the lines, then js-yaml), and `yaml`'s Document (positions of keys and
 * collections, comments, errors) only when a caller asks for it. The places are the Document's,
 * whichever way they are found (a differential test holds them equal).
 */
export function readYamlLazily(body: string, options: ParseOptions & DocumentOptions & SchemaOptions): LazyYaml {
  const fast = readYamlFast(body);
  let parsed: ParsedYaml | undefined;
  const full = (): ParsedYaml => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = { doc: parseDocument(body, { ...options, lineCounter }), lineCounter };
    }
    return parsed;
  };
  let quick: { readonly tree: FastNode | undefined; readonly lineCounter: LineCounter } | undefined;
  const place = (p: YamlPath, placeOptions: { readonly key?: boolean } = {}): Place => {
    if (fast?.tree && !placeOptions.key) {
      quick ??= { tree: fast.tree, lineCounter: lineCounterOf(body) };
      const range = fastRange(quick.tree, p);
      if (range) return rangeToPlace(quick.lineCounter, range[0], range[1]);
    }
    const { doc, lineCounter } = full();
    return placeOf(doc, lineCounter, p, placeOptions);
  };
  return { fast: fast && { value: fast.value }, full, place };
}

/** A LineCounter of a text, as `yaml`'s parser fills it: the offset of each line's start. */
function lineCounterOf(text: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  return lineCounter;
}
