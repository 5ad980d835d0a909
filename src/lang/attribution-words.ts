/**
 * The words of attribution: who a sentence credits, as the grammar says it. English verbs of
 * saying (X said, told, estimated), the nouns a source is named by when it has no name (officials,
 * a spokesperson, the coast guard), the nouns of a source's own count (X's figure, by X's count),
 * the kinds of organisation an anaphor points back to (the agency, the company; 同庁, 同社), and
 * the Japanese type suffixes `同` takes. One table, read by every stage that credits a source.
 */

/** Verbs of saying written after their subject: X said, X told reporters, X estimated. */
export const EN_SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'told', 'tells', 'reported', 'reports', 'announced', 'announces', 'estimated', 'estimates', 'estimate',
  'confirmed', 'confirms', 'stated', 'states', 'disclosed', 'revealed', 'predicted', 'projected', 'found', 'finds',
  'added', 'noted', 'explained', 'wrote', 'warned', 'testified', 'acknowledged', 'calculated', 'counted', 'tallied',
  'alleged', 'alleges', 'argued', 'claimed', 'claims', 'asserted', 'contended', 'recommended', 'insisted',
];

/** Verbs of saying written before their subject, after a quotation or a comma: “…,” said X. */
export const EN_INVERTED_VERBS: readonly string[] = ['said', 'says', 'added', 'explained', 'noted', 'wrote', 'recalled', 'warned'];

/** Words between a subject and its verb of saying: X has said, X also told, X later confirmed. */
export const EN_SPEECH_AUXILIARIES: readonly string[] = [
  'has', 'have', 'had', 'also', 'previously', 'later', 'earlier', 'publicly', 'separately', 'then', 'again', 'recently', 'first', 'once', 'repeatedly', 'initially', 'privately', 'would', 'will', 'already', 'originally', 'reportedly',
];

/**
 * Nouns a source without a proper name is named by (officials said, a spokesperson said, the
 * coast guard said, court documents said): the head of the noun phrase before a verb of saying.
 */
export const EN_SOURCE_NOUNS: readonly string[] = [
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesmen', 'spokeswomen', 'spokesperson', 'spokespeople', 'representative', 'representatives',
  'authority', 'authorities', 'police', 'prosecutor', 'prosecutors', 'investigator', 'investigators', 'source', 'sources', 'aide', 'aides',
  'lawyer', 'lawyers', 'attorney', 'attorneys', 'analyst', 'analysts', 'expert', 'experts', 'researcher', 'researchers', 'scientist', 'scientists',
  'witness', 'witnesses', 'resident', 'residents', 'organizer', 'organizers', 'organiser', 'organisers', 'agency', 'company', 'firm', 'ministry',
  'department', 'government', 'administration', 'office', 'commission', 'committee', 'council', 'court', 'guard', 'service', 'bureau', 'board',
  'mayor', 'governor', 'minister', 'secretary', 'chief', 'director', 'operator', 'utility', 'airline', 'hospital', 'university', 'military', 'army',
  'navy', 'report', 'newspaper', 'release', 'returns', 'papers', 'letter', 'study', 'survey', 'statement', 'indictment', 'complaint', 'filing', 'document', 'documents', 'records', 'data',
  'figures', 'estimates', 'census', 'city', 'state', 'county', 'town', 'village', 'prefecture', 'agencies', 'companies', 'ministries', 'departments', 'officers', 'officer', 'leaders', 'people',
];

/** Nouns of a source's own count: X's figure, the agency's estimate, by X's count, X's tally of. */
export const EN_COUNT_NOUNS: readonly string[] = [
  'figure', 'figures', 'estimate', 'estimates', 'count', 'counts', 'tally', 'tallies', 'numbers', 'data', 'calculation', 'calculations', 'analysis',
  'projection', 'projections', 'forecast', 'records', 'accounting', 'reckoning', 'survey', 'poll', 'statistics', 'toll',
];

/** Words that may stand between a possessive and its count noun: X's own figures, the agency's latest estimate. */
export const EN_COUNT_MODIFIERS: readonly string[] = ['own', 'latest', 'official', 'preliminary', 'initial', 'new', 'revised', 'final', 'earlier', 'first'];

/** Nouns after `according to` that stand for the source behind them: a statement from X, figures released by X. */
export const EN_CARRIER_NOUNS: readonly string[] = ['statement', 'statements', 'figures', 'data', 'report', 'reports', 'estimate', 'estimates', 'records', 'documents', 'numbers', 'release', 'releases', 'filing', 'filings', 'letter'];

/**
 * The kinds of organisation an English anaphor names (the agency, the company): the words a
 * name of that kind holds, so that `the agency` points back to the coast guard named before.
 */
export const EN_ORGANISATION_KINDS: Readonly<Record<string, readonly string[]>> = {
  agency: ['agency', 'authority', 'guard', 'administration', 'service', 'bureau', 'commission', 'department', 'office', 'institute', 'board', 'survey', 'center', 'centre'],
  company: ['company', 'inc', 'corp', 'corporation', 'co', 'ltd', 'group', 'airline', 'airlines', 'bank', 'holdings', 'motors', 'industries', 'plc', 'llc'],
  firm: ['company', 'inc', 'corp', 'corporation', 'co', 'ltd', 'group', 'holdings', 'llc', 'partners'],
  ministry: ['ministry'],
  department: ['department'],
  police: ['police'],
  utility: ['power', 'electric', 'energy', 'utility', 'water'],
  airline: ['airline', 'airlines', 'airways', 'air'],
};

/** Anaphors English writes for an organisation named before: the agency, the company, the ministry. */
export const EN_ANAPHORA = new RegExp(`^(?:the|that|this)\\s+(${Object.keys(EN_ORGANISATION_KINDS).join('|')})$`, 'i');

/**
 * Types `同` points back to (同庁 = the agency named last, 同社 = the company): the suffix an
 * organisation's name of that type ends with, or, for 社, a company by any name.
 */
export const JA_SAME_TYPES: readonly string[] = ['委員会', '大学', '協会', '病院', '機構', '本部', '庁', '省', '署', '局', '県', '府', '都', '道', '市', '町', '村', '区', '社', '院', '党', '団', '園', '校', '課', '所'];

/** Names a Japanese 同社 may point to although they do not end in 社 (JR東海, ヨリミチ株式会社 does). */
export const JA_NOT_COMPANY_END = /(?:庁|省|署|局|県|府|都|道|市|町|村|区|院|党|委員会|大学|協会|病院|機構|本部|課|官|長|氏|さん)$/;
