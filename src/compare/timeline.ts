import { revisionOrder } from '../lang/updates.js';
import { compareMoments, momentKey, momentText, readMoment, type Moment } from './as-of.js';
import type { AliasResolver } from './text.js';
import type { ClaimResult, OriginTimeline, Reading, Revision, Supersession, TimelineEntry } from './types.js';
import { relateReadings } from './verdict.js';

/**
 * Figures that move (DESIGN.md "Figures that move"): within a subject, the claims of one origin
 * that carry `as_of` form a timeline ordered by it. The origin's latest word votes; what it said
 * before is `superseded` (shown, not voting, like a deprecated claim), so an origin correcting
 * itself (17, then 14 at 23:40) is a revision, never a conflict. A relay dated only by its page's
 * publication (`as_of_from: published`) that carries a figure the origin had already replaced is
 * a stale relay ("carries 17; 消防局 said 14 at 23:40") and does not vote either. Claims said at
 * moments that cannot be told apart stand side by side and vote, unless their words order them:
 * one that says it corrects (`訂正`, `実際には`, `revised`, `rose to`) is the later, one that says
 * it was the first (`当初`, `initially`) the earlier. Claims without `as_of` vote as they always did.
 */

/** What the timelines of a subject decide. */
export interface Timelines {
  /** The claims with their `asOf`, and `superseded` (votes false) where a later word replaced them. */
  readonly claims: readonly ClaimResult[];
  /** One revision per change of an origin's figure, oldest first, origins in first-seen order. */
  readonly revisions: readonly Revision[];
  /** The timeline of each origin with two or more dated claims, in first-seen order. */
  readonly timelines: readonly OriginTimeline[];
}

interface Dated {
  readonly index: number;
  readonly claim: ClaimResult & { readonly reading: Reading };
  readonly moment: Moment;
  /** −1 says it was the first word (当初), 1 that it corrects (訂正, rose to), 0 neither. */
  readonly order: -1 | 0 | 1;
}

interface Step {
  readonly readings: Reading[];
  readonly members: Dated[];
}

/** Order each origin's dated claims and mark what later words replaced. */
export function buildTimelines(claims: readonly ClaimResult[], aliases: AliasResolver): Timelines {
  const out: ClaimResult[] = claims.map((claim) => {
    const moment = readMoment(claim.loaded.claim.as_of);
    return moment ? { ...claim, asOf: moment.written } : claim;
  });
  const dated: (Dated & { readonly origin: string; readonly outlet: string })[] = [];
  const names = new Map<string, string>();
  out.forEach((claim, index) => {
    const moment = readMoment(claim.loaded.claim.as_of);
    if (!moment || !claim.votes || claim.reading === undefined) return;
    const name = claim.origin ?? claim.loaded.claim.outlet;
    const origin = aliases.key(name);
    if (!names.has(origin)) names.set(origin, aliases.canonical(name));
    const order = revisionOrder(claim.loaded.claim.source?.quote ?? '');
    dated.push({ index, claim: claim as Dated['claim'], moment, order, origin, outlet: aliases.key(claim.loaded.claim.outlet) });
  });
  const revisions: Revision[] = [];
  const timelines: OriginTimeline[] = [];
  for (const [key, name] of names) {
    // An outlet's own words are replaced by its later reports too, whatever those credit: its
    // relays of other origins join its timeline as markers, never superseded through it.
    const list = dated.filter((d) => d.origin === key || d.outlet === key);
    if (list.length < 2 || !list.some((d) => d.origin === key)) continue;
    list.sort((a, b) => momentKey(a.moment) - momentKey(b.moment) || a.order - b.order || a.index - b.index);
    const own = (d: Dated): boolean => (d as (typeof dated)[number]).origin === key;
    const timeline = timelineOf(name, list, own, (d) => (d as (typeof dated)[number]).outlet === key, out);
    revisions.push(...timeline.revisions);
    timelines.push({ origin: name, entries: timeline.entries });
  }
  return { claims: out, revisions, timelines };
}

/** One origin's timeline: its steps, the claims they replace (marked in `out`), its revisions and entries. */
function timelineOf(name: string, list: readonly Dated[], own: (d: Dated) => boolean, ownWord: (d: Dated) => boolean, out: ClaimResult[]): { revisions: Revision[]; entries: TimelineEntry[] } {
  const { steps, stale } = stepsOf(list, ownWord, own);
  const revisions: Revision[] = [];
  const entries: TimelineEntry[] = [];
  steps.forEach((step, s) => {
    const next = steps[s + 1];
    const owned = step.members.filter(own);
    if (next && owned.length > 0) revisions.push({ origin: name, from: idOf(owned.at(-1)!), to: idOf(next.members[0]!) });
    // A relay of another origin is replaced, if at all, on that origin's timeline.
    for (const member of next ? owned : step.members) {
      if (next) out[member.index] = { ...out[member.index]!, votes: false, superseded: supersession('superseded', name, member, next) };
      entries.push({ claimId: idOf(member), asOf: member.moment.written, display: member.claim.display, status: next ? 'superseded' : 'latest' });
    }
  });
  for (const { member, current } of stale) {
    out[member.index] = { ...out[member.index]!, votes: false, superseded: supersession('stale', name, member, current) };
    entries.push({ claimId: idOf(member), asOf: member.moment.written, display: member.claim.display, status: 'stale' });
  }
  entries.sort((a, b) => momentKey(readMoment(a.asOf)!) - momentKey(readMoment(b.asOf)!));
  return { revisions, entries };
}

/**
 * Walk an origin's dated claims in time order into steps of one figure each. A claim stating a
 * figure of an earlier step surely after a later one began is a stale relay when only its page's
 * publication dates it and the origin is not its own outlet; otherwise the origin said it
 * again, and it starts a step (or, said at the same moment as the later figure, stands beside it).
 */
function stepsOf(dated: readonly Dated[], ownWord: (d: Dated) => boolean, own: (d: Dated) => boolean): { steps: Step[]; stale: { member: Dated; current: Step }[] } {
  const steps: Step[] = [];
  const stale: { member: Dated; current: Step }[] = [];
  const states = (step: Step, d: Dated): boolean => step.readings.some((r) => relateReadings(r, d.claim.reading) === 'same');
  for (const d of dated) {
    const last = steps.at(-1);
    if (!last) {
      steps.push({ readings: [d.claim.reading], members: [d] });
    } else if (states(last, d)) {
      last.members.push(d);
    } else if (
      steps.some((s) => s !== last && states(s, d)) &&
      d.claim.loaded.claim.as_of_from === 'published' &&
      own(d) &&
      !ownWord(d) &&
      compareMoments(last.members[0]!.moment, d.moment) < 0
    ) {
      stale.push({ member: d, current: last });
    } else if (compareMoments(last.members.at(-1)!.moment, d.moment) === 0 && d.order <= Math.min(...last.members.map((m) => m.order))) {
      // Said at a moment that cannot be told from the step's latest: side by side, both vote.
      last.readings.push(d.claim.reading);
      last.members.push(d);
    } else {
      steps.push({ readings: [d.claim.reading], members: [d] });
    }
  }
  return { steps, stale };
}

function supersession(status: Supersession['status'], origin: string, member: Dated, next: Step): Supersession {
  const to = next.members[0]!;
  const at = momentText(to.moment, member.moment);
  const sentence =
    status === 'stale'
      ? `carries ${member.claim.display}; ${origin} said ${to.claim.display} ${at}`
      : `revised from ${member.claim.display} to ${to.claim.display} ${at}`;
  return { status, by: idOf(to), origin, sentence };
}

const idOf = (d: Dated): string => d.claim.loaded.claim.id;
