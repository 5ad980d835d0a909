import type { Element } from 'hast';
import { isoOffset } from '../lang/calendar.js';

/**
 * When a capture was published, from its own metadata: HTML `<meta property="article:published_time">`
 * (and its `og:`, `itemprop="datePublished"`, `pubdate`, `date` kin), JSON-LD `datePublished`
 * (`<script type="application/ld+json">`, also inside `@graph` or a list), a `<time datetime>`,
 * or front matter (`published`, `date`). The moment is written as `as_of` is: a day
 * (`2024-01-02`) or a date and time with its zone (`2024-01-02T22:15+09:00`); a time without a
 * zone is kept as its day only, since its instant is unknown.
 */

/** The metadata key the capture readers keep the first JSON-LD block under. */
export const LD_JSON_KEY = 'ld+json';

/** Keys of page metadata that hold the publication time, most specific first. */
const PUBLISHED_KEYS = ['article:published_time', 'og:published_time', 'datePublished', 'published_time', 'pubdate', 'publishdate', 'published', 'date', 'time'];

/** The text of a `<script type="application/ld+json">` element, for the capture readers to keep. */
export function ldJsonText(node: Element): string | undefined {
  if (node.tagName !== 'script') return undefined;
  const type = node.properties['type'];
  if (typeof type !== 'string' || type.trim().toLowerCase() !== 'application/ld+json') return undefined;
  const first = node.children[0];
  return first?.type === 'text' ? first.value : undefined;
}

/** The publication moment a page's metadata gives, or undefined. */
export function publicationTime(metadata: Readonly<Record<string, unknown>>): string | undefined {
  for (const key of PUBLISHED_KEYS) {
    const moment = momentOf(metadata[key]);
    if (moment) return moment;
  }
  const ld = metadata[LD_JSON_KEY];
  return typeof ld === 'string' ? momentOf(ldDatePublished(ld)) : undefined;
}

/**
 * A metadata value as a moment: ISO dates and date-times (`2024-01-02T22:15:00+0900` →
 * `2024-01-02T22:15+09:00`; seconds kept when not zero), a YAML date (a `Date`), or undefined.
 */
export function momentOf(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : compact(value.toISOString().replace(/\.000Z$/, 'Z'));
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(value);
  if (!m) return undefined;
  const [, day, clock, seconds, zone] = m;
  if (Number.isNaN(Date.parse(`${day}T00:00Z`))) return undefined;
  if (!clock || !zone) return day;
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return compact(`${day}T${clock}${seconds && seconds !== '00' ? `:${seconds}` : ''}${offset}`);
}

/** `…T22:15:00Z` → `…T22:15Z`. */
function compact(iso: string): string {
  return iso.replace(/T(\d{2}:\d{2}):00(?=Z|[+-])/, 'T$1');
}

/** `datePublished` of the first JSON-LD object that has one (the object, a list of them, or an `@graph`). */
function ldDatePublished(text: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const queue: unknown[] = [data];
  for (let seen = 0; queue.length > 0 && seen < 200; seen++) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      if (typeof record['datePublished'] === 'string') return record['datePublished'];
      if (record['@graph'] !== undefined) queue.push(record['@graph']);
    }
  }
  return undefined;
}

/** A day and a time of day in a zone (minutes east of UTC) as a moment: `2024-01-02T22:15+09:00`. */
export function momentAt(day: string, hour: number, minute: number, offset: number): string {
  return `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}${isoOffset(offset)}`;
}
