/**
 * What a capture's own metadata says of it: who publishes it, whose article it is, when it was
 * published, its title. Read from markdown front matter (`site`, `publisher`, `outlet`, `date` …),
 * HTML `<meta>` (`og:site_name`, `application-name`, `article:published_time` …), the first
 * `<time datetime>`, a header logo, and JSON-LD (`publisher.name`, `author.name` of an
 * organisation, `datePublished`). Pure: metadata in, fields out; the first key that holds a
 * usable value wins, in the order each list gives.
 */

/** The fields of {@link pageMeta}; each undefined when the metadata does not say. */
export interface PageMeta {
  /** The site or publication the page appears on (front matter `site`/`publisher`, `og:site_name`, JSON-LD publisher). */
  readonly publisher: string | undefined;
  /** The outlet whose article the page is (front matter `outlet`/`source`/`media`, a JSON-LD author that is an organisation). */
  readonly outlet: string | undefined;
  /** Publication date or time as written (ISO or as the page writes it). */
  readonly published: string | undefined;
  /** The page's title (`title`, `og:title`, JSON-LD `headline`). */
  readonly title: string | undefined;
  /** The site's name in its header logo, when the page marks one. */
  readonly logo: string | undefined;
}

/** Keys naming the publisher, in order of trust. */
export const PUBLISHER_KEYS = ['site', 'publisher', 'og:site_name', 'site_name', 'application-name', 'twitter:site'] as const;
/** Keys naming the page's own outlet. */
export const OUTLET_KEYS = ['outlet', 'source', 'media'] as const;
/** Keys giving the publication date or time. */
export const PUBLISHED_KEYS = ['published', 'date', 'pubdate', 'article:published_time', 'og:published_time', 'datePublished', 'publishdate', 'dc.date', 'DC.date.issued', 'time'] as const;

/** Read the fields of a capture's metadata (see the module comment). */
export function pageMeta(metadata: Readonly<Record<string, unknown>>): PageMeta {
  const ld = jsonLd(metadata);
  const article = ld.find((item) => /Article|Posting|Report|Release/i.test(typeOf(item))) ?? ld[0];
  const ldPublisher = nameOf(article?.['publisher']) ?? nameOf(ld.find((item) => /Organization|WebSite|NewsMediaOrganization/i.test(typeOf(item))));
  const ldAuthor = article ? organisationName(article['author']) : undefined;
  return {
    publisher: firstString(metadata, PUBLISHER_KEYS, (v) => v.replace(/^@/, '')) ?? ldPublisher,
    outlet: firstString(metadata, OUTLET_KEYS) ?? ldAuthor,
    published: firstString(metadata, PUBLISHED_KEYS) ?? stringOf(article?.['datePublished']),
    title: firstString(metadata, ['title', 'og:title', 'twitter:title']) ?? stringOf(article?.['headline']),
    logo: firstString(metadata, ['logo']),
  };
}

/** The first key of `keys` whose value is a usable string (a date or a year in front matter counts). */
function firstString(metadata: Readonly<Record<string, unknown>>, keys: readonly string[], clean: (v: string) => string = (v) => v): string | undefined {
  for (const key of keys) {
    const value = stringOf(metadata[key]);
    if (value !== undefined) return clean(value);
  }
  return undefined;
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim().replace(/\s+/g, ' ');
    return trimmed === '' || trimmed.length > 200 ? undefined : trimmed;
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value) && value > 1800 && value < 2200) return String(value);
  return undefined;
}

type LdItem = Readonly<Record<string, unknown>>;

function jsonLd(metadata: Readonly<Record<string, unknown>>): LdItem[] {
  const list = metadata['ld+json'];
  return Array.isArray(list) ? (list.filter((item) => item && typeof item === 'object' && !Array.isArray(item)) as LdItem[]) : [];
}

function typeOf(item: LdItem): string {
  const type = item['@type'];
  return Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
}

/** The name of a JSON-LD node (or of the first of a list), or a bare string. */
function nameOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return nameOf(value[0]);
  if (typeof value === 'string') return stringOf(value);
  if (value && typeof value === 'object') return stringOf((value as LdItem)['name']);
  return undefined;
}

/** The name of an author that is an organisation (a person's byline is no outlet). */
function organisationName(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (!first || typeof first !== 'object') return undefined;
  return /Organization/i.test(typeOf(first as LdItem)) ? nameOf(first) : undefined;
}
