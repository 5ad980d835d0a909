import { z } from 'zod';

/**
 * The claim-file schema: the single source of the claim types (inferred below) and of the
 * generated `claims/claims.schema.json`. Semantic rules that need more than one field (a value
 * that fits its subject's kind and unit, ids that resolve) live in `check` and `compare`.
 */

/** An identifier: no white space, not empty. */
const Id = z
  .string()
  .regex(/^\S+$/, 'an id has no white space')
  .describe('Identifier: no white space.');

/** A number, or a number written with a scale or unit (`8600万`, `1.2 million`, `7割`). */
const Amount = z
  .union([z.number(), z.string().min(1)])
  .describe('A number, or a string with a scale or unit such as "8600万" or "1.2 million".');

/** A date as written: a year (number or string), `YYYY-MM`, `YYYY-MM-DD`. */
const DateLike = z
  .union([z.number().int(), z.string().min(1)])
  .describe('A date: 2018, "2018-08" or "2018-08-01".');

/** A moment: a day (`2024-01-02`), or a date and time with its zone (`2024-01-02T23:40+09:00`). */
export const AS_OF_PATTERN = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** The moment a claim's figure describes (DESIGN.md "Figures that move"). */
const AsOf = z
  .string()
  .regex(AS_OF_PATTERN, 'an as_of is a date (2024-01-02) or a date and time with its zone (2024-01-02T23:40+09:00)')
  .refine((s) => !Number.isNaN(Date.parse(s.length === 10 ? `${s}T00:00Z` : s)) && Number(s.slice(5, 7)) <= 12 && Number(s.slice(8, 10)) <= 31, 'an as_of names a real day and time')
  .describe('The moment the figure describes: a date, or a date and time with its zone (2024-01-02T23:40+09:00).');

/** Bounds of a number: exact, at least, at most, more than, less than, about. */
export const RangeValueSchema = z
  .strictObject({
    min: Amount.optional().describe('At least (closed lower end).'),
    max: Amount.optional().describe('At most (closed upper end).'),
    gt: Amount.optional().describe('More than (open lower end).'),
    lt: Amount.optional().describe('Less than (open upper end).'),
    approx: Amount.optional().describe('About: ± the tolerance (10% unless the subject or claim sets one).'),
    tolerance: z.number().nonnegative().optional().describe('Tolerance of approx as a fraction (0.1 = ±10%).'),
    unit: z.string().min(1).optional().describe("The unit of this value when it is not the subject's."),
  })
  .describe('A bounded number.');

/** A span of dates, or a date bounded on one side. */
export const DateValueSchema = z
  .strictObject({
    from: DateLike.optional().describe('First day covered (a year or month covers from its first day).'),
    to: DateLike.optional().describe('Last day covered (a year or month covers to its last day).'),
    before: DateLike.optional().describe('Strictly before this date.'),
    after: DateLike.optional().describe('Strictly after this date.'),
  })
  .describe('A span of dates or a bounded date.');

/** A share of the subject's `base`, compared as share × base. */
export const ShareValueSchema = z
  .strictObject({
    share: z.union([Amount, RangeValueSchema]).describe('A fraction (0.7, "7割", "70%") or its bounds.'),
  })
  .describe("A share of the subject's base.");

/** Any value form of DESIGN.md. */
export const ValueSchema = z
  .union([
    z.number(),
    z.boolean(),
    z.string().min(1),
    ShareValueSchema,
    DateValueSchema,
    RangeValueSchema,
  ])
  .describe('The value a claim states: see DESIGN.md "Values".');

/** Kinds of subject. */
export const KindSchema = z.enum(['count', 'quantity', 'share', 'date', 'period', 'place', 'text', 'boolean']);

/** A reviewer's decision on a subject. */
export const ResolutionSchema = z.strictObject({
  status: z.enum(['open', 'resolved', 'disputed']),
  accepted: z.union([Id, z.null()]).optional().describe('The id of the claim judged right, or null.'),
  note: z.string().optional(),
});

/** Alias table: a canonical name and the other ways to write it. */
export const AliasesSchema = z
  .record(z.string().min(1), z.array(z.string().min(1)))
  .describe('Canonical name → other spellings, e.g. {大連: [Dalian, 大连]}.');

/** A subject: one question the claims answer. */
export const SubjectSchema = z.strictObject({
  id: Id,
  question: z.string().min(1).describe('The question in plain English.'),
  kind: KindSchema,
  unit: z.string().min(1).optional().describe('times, people, yen, …'),
  base: Amount.optional().describe('What shares are shares of, e.g. a population: 125700000 or "1億2570万".'),
  tolerance: z.number().nonnegative().optional().describe('Tolerance of approx values as a fraction (default 0.1).'),
  aliases: AliasesSchema.optional(),
  resolution: ResolutionSchema.optional(),
  note: z.string().optional(),
});

/** Where a claim is found: a W3C TextQuoteSelector on a capture. */
export const SourceRefSchema = z.strictObject({
  file: z.string().min(1).optional().describe('Repository-relative path of the capture.'),
  quote: z.string().min(1).optional().describe('Exactly what the capture says.'),
  prefix: z.string().min(1).optional().describe('Text just before the quote, to tell apart repeated quotes.'),
  suffix: z.string().min(1).optional().describe('Text just after the quote, to tell apart repeated quotes.'),
  line: z.number().int().positive().optional().describe('A hint, refreshed by the tool; the quote is the truth.'),
});

/** A claim: one outlet's statement of a value for a subject. */
export const ClaimSchema = z.strictObject({
  id: Id,
  subject: Id,
  value: ValueSchema,
  says: z.string().optional().describe('What the claim says, in English.'),
  outlet: z.string().min(1).describe('The outlet that asserts it, as the page attributes it.'),
  published: DateLike.optional(),
  as_of: AsOf.optional(),
  as_of_from: z
    .enum(['text', 'published'])
    .optional()
    .describe('Where as_of was read: text = the text dates the figure (現在, as of); published = only the page\'s publication time, so a relay may carry an older figure.'),
  chain: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe('Who passed it on, outermost first; the last link is the origin.'),
  stance: z.enum(['asserts', 'reports']).optional().describe('reports: relayed without endorsement.'),
  rank: z.enum(['preferred', 'normal', 'deprecated']).optional(),
  reason: z.string().optional().describe('Why the claim is deprecated or preferred.'),
  note: z.string().optional(),
  source: SourceRefSchema.optional(),
});

/** A topic file under `claims/`. */
export const TopicFileSchema = z.strictObject({
  topic: Id,
  title: z.string().optional(),
  aliases: AliasesSchema.optional(),
  subjects: z.array(SubjectSchema).default([]),
  claims: z.array(ClaimSchema).default([]),
});

export type Value = z.infer<typeof ValueSchema>;
export type RangeValue = z.infer<typeof RangeValueSchema>;
export type DateValue = z.infer<typeof DateValueSchema>;
export type ShareValue = z.infer<typeof ShareValueSchema>;
export type Kind = z.infer<typeof KindSchema>;
export type Resolution = z.infer<typeof ResolutionSchema>;
export type Aliases = z.infer<typeof AliasesSchema>;
export type Subject = z.infer<typeof SubjectSchema>;
export type SourceRef = z.infer<typeof SourceRefSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type TopicFile = z.infer<typeof TopicFileSchema>;

/** The JSON Schema written to `claims/claims.schema.json`. */
export function topicJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(TopicFileSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: schema['$schema'],
    $id: 'https://github.com/urazuke/urazuke/claims/claims.schema.json',
    title: 'urazuke claim file',
    description: 'A topic file of the urazuke claim store: subjects and the claims outlets make about them.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

/** The text of `claims/claims.schema.json`, exactly as it is committed and written into new repositories. */
export function schemaText(): string {
  return `${JSON.stringify(topicJsonSchema(), null, 2)}\n`;
}
