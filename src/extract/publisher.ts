import { pageMeta } from '../sources/page-meta.js';
import type { Layout } from '../sources/layout.js';
import { canonicalOutlet, isKnownOutlet, isMediaOutlet, outletOfFileName } from './outlets.js';
import { DATELINE_RE, JA_DATELINE_RE, type DocumentMeta } from './segments.js';

/**
 * Whose page it is, read from the page's structure, in this order: what the caller gives
 * (`seeds/sources.yaml`); the capture's own metadata (front matter `outlet`/`site`/`publisher`,
 * `og:site_name`, `application-name`, JSON-LD publisher and author); the part of its title after
 * the last separator when it is short and not the headline (`… | Harbor Tech Daily`,
 * `…（共同通信）`); the site's name in its header logo; a short first line that is a name, not a
 * sentence (`The East Asia Monitor`); a copyright line; a press release's signature
 * (`株式会社ヨリミチ`, `Yorimichi Inc.`); a wire dateline among the first lines (`MINATO, Japan
 * (Pacific Wire) -`, `【ソウル共同】`) or a byline naming an outlet (`By Jane Doe, Pacific Wire`);
 * the outlet the page's own reporting names twice or more (`told Fox News`, `Fox News has
 * confirmed`: once may be another paper's interview the page cites); last, a known outlet the
 * capture's file name names (`03_nytimes_story.txt`). Datelines and bylines further down are the segmenter's.
 */

/** Where the page's publisher was found, for the candidates' notes and the tests. */
export type PublisherEvidence = 'catalog' | 'metadata' | 'title' | 'logo' | 'first-line' | 'copyright' | 'signature' | 'dateline' | 'byline' | 'self-report' | 'file-name';

/** The page's publisher and outlet, with where they were read. */
export interface PagePublisher extends DocumentMeta {
  readonly evidence: PublisherEvidence | undefined;
}

/** Separators a title puts before the site's name. */
const TITLE_SEPARATOR = /\s*(?:[|｜]|\s[-–—]\s|[-–—]\s|\s[-–—]|[:：]\s?|\s[/／]\s)\s*/g;
/** A title ending in its outlet in brackets: …（共同通信）, … (Kyodo News). */
const TITLE_BRACKET = /[（(]([^（）()]{2,24})[）)]\s*$/;
/** A name is short, has no sentence punctuation and no figures. */
const NOT_NAME = /[。、！？!?,，「」『』]|\d|^\s*$/;
/** Words that a Japanese name of a publication, company or office ends with. */
const JA_NAME_END = /(?:新聞|新報|日報|時報|通信|通信社|放送|テレビ|ニュース|タイムズ|ジャーナル|メディア|マガジン|ブログ|ナビ|ドットコム|ウェブ|Web|WEB|日記|速報|プレス|社|会社|協会|財団|機構|研究所|省|庁|局|署|役所|役場|市|町|村|県|府|都|大学|学会)$/;
/** A company's legal form around its name. */
const JA_COMPANY = /^(?:株式会社|有限会社|合同会社|一般社団法人|公益社団法人|一般財団法人|公益財団法人|学校法人|独立行政法人)\s*([^\s　、。]{1,30})$|^([^\s　、。]{1,30}?)\s*(?:株式会社|有限会社|合同会社)$/;
const EN_COMPANY = /^([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,5})(?:,)?\s+(?:Inc\.?|Corp\.?|Corporation|Co\., Ltd\.?|Ltd\.?|LLC|K\.K\.|GmbH|S\.A\.|plc)$/;
/** Lines that say the page is a press release. */
const PRESS_RELEASE = /プレスリリース|ニュースリリース|報道関係者各位|報道関係各位|報道資料|お知らせ|PRESS RELEASE|Press Release|NEWS RELEASE|News Release|FOR IMMEDIATE RELEASE|For Immediate Release/;
/** Copyright lines: © 2024 X, Copyright (c) X. All rights reserved. */
const COPYRIGHT = /(?:©|\([cC]\)|Copyright|著作権)\s*(?:©|\([cC]\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*[,.]?)?\s*(?:©\s*)?([^\n|｜。]{2,40}?)\s*(?:[,.]?\s*All [Rr]ights [Rr]eserved\.?|\.|。)?\s*$/;

/** The page's publisher and outlet (see the module comment). */
export function pagePublisher(text: string, laid: Layout, given: DocumentMeta, file: string): PagePublisher {
  const meta = pageMeta(laid.metadata);
  const published = given.published ?? meta.published;
  if (given.publisher !== undefined || given.outlet !== undefined) return { ...given, published, evidence: 'catalog' };
  if (meta.publisher !== undefined || meta.outlet !== undefined) return { publisher: meta.publisher, outlet: meta.outlet, published, evidence: 'metadata' };
  const lines = contentLines(text, laid);
  // a first line standing for the title (plain text) is the headline itself: only a known or site-like name ends it
  const fromTitle = titleSite(meta.title ?? lines[0], lines, meta.title !== undefined);
  if (fromTitle) return { ...fromTitle, published, evidence: 'title' };
  if (meta.logo && isName(meta.logo)) return { publisher: meta.logo, published, evidence: 'logo' };
  const first = firstLineName(lines);
  if (first) return { publisher: first, published, evidence: 'first-line' };
  const copyright = copyrightName(text, laid);
  if (copyright) return { publisher: copyright, published, evidence: 'copyright' };
  const signed = signature(text, laid);
  if (signed) return { publisher: signed, outlet: signed, published, evidence: 'signature' };
  const wire = datelineOutlet(lines) ?? bylineOutlet(lines);
  if (wire) return { outlet: wire.outlet, published, evidence: wire.evidence };
  const reporting = selfReports(text);
  if (reporting && reporting.count >= 2) return { outlet: reporting.outlet, published, evidence: 'self-report' };
  const named = outletOfFileName(file);
  if (named) return { outlet: named, published, evidence: 'file-name' };
  return { published, evidence: undefined };
}

/** The first and last non-blank lines of prose (navigation included: a site name sits there). */
function contentLines(text: string, laid: Layout): string[] {
  const out: string[] = [];
  for (const line of laid.lines) {
    if (line.kind === 'blank' || line.kind === 'code') continue;
    out.push(text.slice(line.start, Math.min(line.end, line.start + 300)).trim());
    if (out.length >= 8) break;
  }
  return out;
}

/**
 * The site named at the end of the title: after its last separator when that part is short, a
 * name, and not the headline itself; or in brackets closing it (…（共同通信）), which names
 * the outlet whose article the page is.
 */
function titleSite(title: string | undefined, lines: readonly string[], marked: boolean): DocumentMeta | undefined {
  if (!title || title.length > 300) return undefined;
  const bracket = TITLE_BRACKET.exec(title);
  if (bracket && isName(bracket[1]!) && bracket.index > 4) {
    const outlet = canonicalOutlet(bracket[1]!);
    if (isMediaOutlet(outlet) || isKnownOutlet(outlet)) return { outlet };
  }
  let last: RegExpExecArray | undefined;
  TITLE_SEPARATOR.lastIndex = 0;
  for (let m = TITLE_SEPARATOR.exec(title); m; m = TITLE_SEPARATOR.exec(title)) {
    if (m[0].length === 0) TITLE_SEPARATOR.lastIndex++;
    else last = m;
  }
  if (!last || last.index < 4) return undefined;
  const tail = title.slice(last.index + last[0].length).trim();
  const head = title.slice(0, last.index).trim();
  if (!isName(tail) || tail.length > 30 || tail.length >= head.length) return undefined;
  // the headline is what the page's heading repeats: then the other part is the site's name
  const repeated = lines.some((l) => l !== title && l.length >= 4 && (l === head || (head.startsWith(l) && l.length * 2 > head.length)));
  if ((marked && repeated) || siteLike(tail, marked)) return { publisher: isKnownOutlet(tail) ? canonicalOutlet(tail) : tail };
  return undefined;
}

/** A name that reads as a site's or publication's without a heading to tell the headline from it. */
function siteLike(name: string, marked: boolean): boolean {
  if (isKnownOutlet(name)) return true;
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(name)) return JA_NAME_END.test(name) && !/[をにがはでへ]$/.test(name);
  // an English name in Title Case reads like a headline too: only a marked <title> ends in one
  return marked && name.split(/\s+/).length >= 2 && isName(name);
}

/** A name, not a sentence: short, no sentence marks or figures, and not a bare common phrase. */
function isName(words: string): boolean {
  const t = words.trim();
  if (t.length < 2 || t.length > 40 || NOT_NAME.test(t)) return false;
  if (/[a-z]/i.test(t) && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(t)) {
    // English: a few words, each significant one capitalised (The East Asia Monitor, Harbor Tech Daily)
    const words = t.split(/\s+/);
    return words.length <= 6 && words.every((w) => /^[A-Z0-9][\w.&'!-]*$/.test(w) || /^(?:of|the|and|de|for|on|in|&)$/.test(w));
  }
  return true;
}

/** A short first line that is a name, standing above the headline (The East Asia Monitor, みなと新聞), not the headline itself. */
function firstLineName(lines: readonly string[]): string | undefined {
  const first = lines[0];
  if (!first || lines.length < 2 || !isName(first) || first.length > 30) return undefined;
  if (isKnownOutlet(first)) return canonicalOutlet(first);
  // a name stands above the headline; a headline stands above the story's first paragraph
  const next = lines[1]!;
  if (next.length > 100 || /[。.!?！？]$/.test(next)) return undefined;
  const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/.test(first);
  if (japanese) return JA_NAME_END.test(first) && !/[をにがはでへ]/.test(first) ? first : undefined;
  return first.split(/\s+/).length >= 2 ? first : undefined;
}

/** The holder named in the copyright line near the end of the page. */
function copyrightName(text: string, laid: Layout): string | undefined {
  for (let k = laid.lines.length - 1, seen = 0; k >= 0 && seen < 30; k--) {
    const line = laid.lines[k]!;
    if (line.kind === 'blank') continue;
    seen++;
    const body = text.slice(line.start, Math.min(line.end, line.start + 200)).trim();
    if (!/©|\([cC]\)|Copyright|著作権/.test(body)) continue;
    const match = COPYRIGHT.exec(body);
    const name = match?.[1]?.trim().replace(/[.,]$/, '');
    if (name && isName(name)) return isKnownOutlet(name) ? canonicalOutlet(name) : name;
  }
  return undefined;
}

/** The company signing a press release (株式会社ヨリミチ, Yorimichi Inc.), when the page says it is one. */
function signature(text: string, laid: Layout): string | undefined {
  const lines: string[] = [];
  for (const line of laid.lines) {
    if (line.kind === 'blank' || line.kind === 'code') continue;
    lines.push(text.slice(line.start, Math.min(line.end, line.start + 300)).trim());
    if (lines.length >= 400) break;
  }
  if (!lines.slice(0, 12).some((l) => PRESS_RELEASE.test(l))) return undefined;
  for (const line of lines) {
    const body = line.replace(/^(?:発行|発表|配信元|提供|会社名)[:：]\s*/, '');
    if (JA_COMPANY.test(body) || EN_COMPANY.test(body)) return body;
    // the release's first sentence names its company as its topic: 株式会社ヨリミチ（本社：…）は
    const lead = /^((?:株式会社|有限会社|合同会社)[^\s　、。（(は]{1,30}|[^\s　、。（(は]{1,30}(?:株式会社|有限会社|合同会社))\s*(?:[（(][^）)]*[）)])?\s*は/.exec(body);
    if (lead) return lead[1]!;
    const en = /^([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,5},?\s+(?:Inc\.|Corp\.|Ltd\.|LLC|K\.K\.))(?=[\s,(])/.exec(body);
    if (en) return en[1]!;
  }
  return undefined;
}

/** How many of the first content lines a dateline or byline naming the page's outlet may stand on. */
const LEAD_LINES = 8;
/** An English byline naming its outlet: By Jane Doe, Pacific Wire; By Jane Doe | Harbor Tech Daily; By Jane Doe (Reuters). */
const EN_BYLINE = /^By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von))*\s*(?:,|\||\/|—|–|-|\()\s*((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\)?\s*$/;
/** Words of a byline's job title, never an outlet: By Jane Doe, Staff Writer. */
const BYLINE_JOB = /\b(?:Staff|Writer|Reporter|Correspondent|Editor|Contributor|Columnist|Photographer|Special|Senior|Chief)\b/;

/** The wire of a dateline among the first lines: `MINATO, Japan (Pacific Wire) -`, `【ソウル共同】`. */
function datelineOutlet(lines: readonly string[]): { outlet: string; evidence: PublisherEvidence } | undefined {
  for (const line of lines.slice(0, LEAD_LINES)) {
    const ja = line.charCodeAt(0) === 0x3010 ? JA_DATELINE_RE.exec(line) : null;
    const en = ja ? null : DATELINE_RE.exec(line);
    const name = ja ? (ja[1] ?? ja[2]) : en?.[1];
    if (name) return { outlet: canonicalOutlet(name), evidence: 'dateline' };
  }
  return undefined;
}

/** The outlet a byline among the first lines names after its author: By Jane Doe, Pacific Wire. */
function bylineOutlet(lines: readonly string[]): { outlet: string; evidence: PublisherEvidence } | undefined {
  for (const line of lines.slice(0, LEAD_LINES)) {
    const match = line.length <= 100 ? EN_BYLINE.exec(line) : null;
    const name = match?.[1]?.trim();
    if (!name || BYLINE_JOB.test(name) || !isName(name)) continue;
    const outlet = canonicalOutlet(name);
    if (isMediaOutlet(outlet) || isKnownOutlet(outlet)) return { outlet, evidence: 'byline' };
  }
  return undefined;
}

/** A source speaking to the page's own outlet, or that outlet reporting: told Fox News, confirmed to HuffPost, Fox News has learned. */
const SELF_REPORT_TO = /\b(?:told|confirmed to|said to|explained to|in an interview with|speaking to|spoke to|spoke with|wrote to)[ \t]+((?:The[ \t]+)?[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3})/g;
const SELF_REPORT_BY = /\b((?:The[ \t]+)?[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3})[ \t]+(?:has learned|has confirmed|has obtained|obtained|has reached out|reached out|asked)\b/g;

/** The news outlet the page's own reporting names most (only one, not tied), with how often. */
function selfReports(text: string): { outlet: string; count: number } | undefined {
  const counts = new Map<string, number>();
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (const re of [SELF_REPORT_TO, SELF_REPORT_BY]) {
    re.lastIndex = 0;
    for (let m = re.exec(sample); m; m = re.exec(sample)) {
      const outlet = canonicalOutlet(m[1]!);
      if (isKnownOutlet(outlet) || isMediaOutlet(outlet)) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) return undefined;
  return { outlet: first[0], count: first[1] };
}
