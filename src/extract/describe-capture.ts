import { createHash } from 'node:crypto';
import { decode } from '../sources/decode.js';
import { formatOf, layout, type Layout } from '../sources/layout.js';
import { pageMeta } from '../sources/page-meta.js';
import { pagePublisher } from './publisher.js';
import { looksEnglish } from '../lang/script.js';
import { bylineDate, segment } from './segments.js';

/**
 * What a capture says of itself, as its `seeds/sources.yaml` entry would record it: read from the
 * document alone (HTML `<title>`, `<meta>` and `og:` properties, `<html lang>`, a canonical link;
 * markdown front matter; the first lines of plain text), with the same readings extraction makes
 * of site, outlet and date, so the entry says what extraction would have guessed — for the
 * person capturing to check and correct. Nothing is made up: a field the document does not give
 * is left out. Pure.
 */

/** A capture's entry as read from the document; the keys in the order `sources.yaml` writes them. */
export interface CaptureDescription {
  readonly title?: string;
  readonly site?: string;
  readonly outlet?: string;
  readonly url?: string;
  readonly published?: string;
  readonly language?: string;
  readonly encoding: string;
  readonly sha256: string;
}

/** Longest first line taken as a plain-text capture's title. */
const MAX_TITLE = 120;
/** How many first lines of a plain-text capture may hold its title or its address. */
const HEAD_LINES = 5;

/** Describe the capture `file` (its name gives the format) from its bytes. */
export function describeCapture(bytes: Uint8Array, file: string): CaptureDescription {
  const decoded = decode(bytes);
  const laid = layout(decoded.text, formatOf(file));
  const text = laid.view ? laid.view.text : decoded.text;
  const own = pageMeta(laid.metadata);
  const found = pagePublisher(text, laid, {}, file);
  const head = firstLines(text, laid);
  const title = own.title ?? (laid.format === 'text' ? head.find((line) => line.length <= MAX_TITLE && !isAddress(line)) : undefined);
  const url = textOf(laid.metadata, ['og:url', 'canonical', 'url', 'source_url', 'link']) ?? head.find(isAddress);
  const published = dateOf(found.published) ?? firstDate(text, laid);
  const language = languageOf(textOf(laid.metadata, ['lang', 'language', 'og:locale', 'inLanguage']), text);
  return {
    ...(title ? { title: oneLine(title) } : {}),
    ...(found.publisher ? { site: oneLine(found.publisher) } : {}),
    ...(found.outlet ? { outlet: oneLine(found.outlet) } : {}),
    ...(url ? { url } : {}),
    ...(published ? { published } : {}),
    ...(language ? { language } : {}),
    encoding: decoded.encoding,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** The first non-blank lines of the text, trimmed. */
function firstLines(text: string, laid: Layout): string[] {
  return laid.lines
    .filter((l) => l.kind !== 'blank')
    .slice(0, HEAD_LINES)
    .map((l) => text.slice(l.start, l.end).trim())
    .filter((line) => line !== '');
}

/** The first of `keys` the metadata holds as text. */
function textOf(metadata: Readonly<Record<string, unknown>>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = metadata[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

/** A date as the metadata writes it, as `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`): ISO, or as a byline writes it. */
function dateOf(written: string | undefined): string | undefined {
  if (!written) return undefined;
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(written)?.[0] ?? bylineDate(written);
}

/** A line that is one web address and nothing else. */
function isAddress(line: string): boolean {
  return /^https?:\/\/\S+$/.test(line);
}

/** The date of the first byline or dated heading, read as extraction reads them. */
function firstDate(text: string, laid: Layout): string | undefined {
  for (const info of segment(text, laid.lines, {})) if (info.speaker.published) return info.speaker.published;
  return undefined;
}

/** `ja`, `en` …: as the document declares it (`ja-JP`, `ja_JP` → `ja`), else English or Japanese by its letters. */
function languageOf(declared: string | undefined, text: string): string | undefined {
  const tag = declared?.trim().toLowerCase().split(/[-_]/)[0];
  if (tag && /^[a-z]{2,3}$/.test(tag)) return tag;
  if (looksEnglish(text, 0, text.length)) return 'en';
  return /[\u3040-\u30ff\u3400-\u9fff]/.test(text.slice(0, 4000)) ? 'ja' : undefined;
}

/** White space (line breaks included) folded to single spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
