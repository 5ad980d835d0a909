import { stemmer } from 'stemmer';
import { QUALIFIER_TABLE } from './qualifiers.js';

/**
 * Concepts: what news counts and dates, one meaning under its Japanese and English words
 * (死者, 死亡, 亡くなった, killed, deaths → `death`). Subjects are proposed from the words around a
 * figure; this table lets two outlets that say one thing in different words, or in different
 * languages, be seen saying the same (`少なくとも47回アクセス` and `accessed at least 47 times`).
 * It only bridges words: two clauses that share their own words are alike without it.
 *
 * Also the words that tell nothing about what a figure is about (function words, reporting
 * verbs, the language of attribution), left out of those comparisons, and the content words of
 * a clause.
 */

/** One concept: its id, Japanese spellings (found inside a clause) and English stems (whole words). */
type ConceptSpec = readonly [id: string, ja: readonly string[], en: readonly string[]];

const CONCEPTS: readonly ConceptSpec[] = [
  ['death', ['死者', '死亡', '亡くな', '犠牲', '遺体', '死去'], ['death', 'dead', 'die', 'died', 'dy', 'kill', 'fatalit', 'toll', 'bodies', 'body']],
  ['injury', ['負傷', 'けが', '怪我', '重傷', '軽傷'], ['injur', 'wound', 'hurt']],
  ['missing', ['安否不明', '安否が', '安否の', '行方不明', '不明者', '連絡が取れ'], ['missing', 'unaccounted']],
  ['cardiac-arrest', ['心肺停止'], ['cardiac', 'heart']],
  ['evacuation', ['避難'], ['evacu', 'shelter', 'displac']],
  ['outage', ['停電'], ['outage', 'blackout', 'without power', 'power']],
  ['water', ['断水'], ['water']],
  ['house', ['住宅', '家屋', '建物', '全壊', '半壊', '倒壊', '損壊'], ['house', 'home', 'building', 'collaps', 'destroy', 'damag']],
  ['fire', ['火災', '火事', '焼失'], ['fire', 'blaze', 'burn']],
  ['magnitude', ['マグニチュード'], ['magnitude']],
  ['intensity', ['震度'], ['intensity', 'shindo']],
  ['tsunami', ['津波'], ['tsunami', 'wave']],
  ['quake', ['余震', '地震'], ['aftershock', 'quake', 'earthquake', 'tremor']],
  ['epicentre', ['震源'], ['epicent', 'epicenter', 'centre', 'center']],
  ['access', ['アクセス', '接続', '閲覧'], ['access', 'view']],
  ['user', ['利用者', 'ユーザー', '利用'], ['user', 'use']],
  ['staff', ['技術者', '従業員', '社員', '職員', 'スタッフ', 'エンジニア'], ['engineer', 'employee', 'staff', 'worker']],
  ['leak', ['流出', '漏えい', '漏洩'], ['leak', 'breach', 'expos']],
  ['store', ['保存', '保管', '管理'], ['store', 'stor', 'kept', 'keep', 'hold', 'held']],
  ['move', ['移転', '移管'], ['move', 'transfer', 'relocat', 'migrat']],
  ['vote', ['投票', '票', '賛成', '反対'], ['vote', 'ballot', 'favor', 'favour', 'against']],
  ['arrest', ['逮捕', '拘束'], ['arrest', 'detain', 'custody']],
  ['charge', ['起訴', '訴追', '罪'], ['indict', 'charg', 'prosecut']],
  ['plea', ['認め', '有罪'], ['plead', 'plea', 'guilty', 'admit']],
  ['sentence', ['判決', '懲役', '禁錮', '実刑', '量刑'], ['sentenc', 'prison', 'jail', 'term']],
  ['fine', ['罰金', '制裁金'], ['fine', 'penalt']],
  ['resign', ['辞任', '辞職', '退任', '辞表'], ['resign', 'quit', 'step', 'leav', 'depart', 'retir']],
  ['election', ['選挙', '当選', '選出'], ['elect', 'election', 'leadership', 'leader']],
  ['tax', ['税', '納税', '申告'], ['tax', 'return']],
  ['income', ['所得', '収入', '年収'], ['income', 'earn', 'revenue']],
  ['spend', ['支出', '費用', '経費', '使い込', '流用'], ['spend', 'spent', 'expens', 'cost', 'misus']],
  ['donation', ['寄付', '献金'], ['donat', 'contribut', 'gift']],
  ['troops', ['兵士', '部隊', '兵'], ['troop', 'soldier', 'force', 'servicemember']],
  ['bomb', ['爆弾', '爆発物', '不審物'], ['bomb', 'device', 'explosive', 'package']],
  ['wall', ['壁', '国境'], ['wall', 'barrier', 'border', 'fence']],
  ['funding', ['予算', '資金', '財源'], ['fund', 'budget', 'money', 'billion', 'appropriat']],
  ['emergency', ['非常事態', '緊急事態'], ['emergenc']],
  ['veto', ['拒否権'], ['veto', 'overrid', 'override']],
  ['discover', ['判明', '発覚', '明らかに', '分かっ', 'わかっ', '確認'], ['discover', 'reveal', 'found', 'learn', 'confirm', 'emerg']],
  ['announce', ['発表', '公表'], ['announc', 'publish', 'releas']],
  ['stop', ['停止', '中止', '休止', '削除', '遮断', '運休', '見合わせ'], ['stop', 'halt', 'suspend', 'cut', 'remov', 'revok', 'cancel']],
  ['start', ['開始', '始め', '始ま', '着手'], ['start', 'begin', 'began', 'begun', 'launch']],
  ['meeting', ['会見', '会議', '会合', '委員会', '部会'], ['meeting', 'conference', 'committee', 'hearing', 'session']],
  ['report-to', ['報告'], ['report']],
  ['trip', ['運転', '運行', '列車', '新幹線', '便'], ['train', 'flight', 'service', 'rail']],
  ['road', ['通行止め', '道路'], ['road', 'highway', 'closure']],
  ['aid', ['救助', '救出', '支援', '派遣'], ['rescu', 'aid', 'relief', 'dispatch', 'deploy']],
];

/**
 * Concepts that name states a person is counted in, one at a time: the dead, the injured, the
 * missing, those in cardiac arrest, the evacuated. Two counts whose clauses name two different
 * ones count two groups of people, so answer two questions.
 */
export const EXCLUSIVE_CONCEPTS: readonly (readonly string[])[] = [['death', 'injury', 'missing', 'cardiac-arrest', 'evacuation']];

/** A concept found in a clause: its id and where it stands. */
export interface ConceptHit {
  readonly id: string;
  readonly index: number;
}

const JA_CONCEPTS: ReadonlyArray<readonly [spelling: string, id: string]> = CONCEPTS.flatMap(([id, ja]) => ja.map((w) => [w, id] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);
const EN_CONCEPTS: ReadonlyArray<readonly [stem: string, id: string]> = CONCEPTS.flatMap(([id, , en]) => en.map((w) => [w, id] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);

const JA_CONCEPT_OF: ReadonlyMap<string, string> = new Map(JA_CONCEPTS);
/** Every Japanese spelling in one expression, longest first (one scan of a clause finds them all). */
const JA_CONCEPT_PATTERN = new RegExp(JA_CONCEPTS.map(([w]) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
const EN_CONCEPT_CACHE = new Map<string, string | null>();

/** The concept an English word's stem starts (at least four letters of it, or most of a short word). */
function englishConcept(word: string): string | undefined {
  const known = EN_CONCEPT_CACHE.get(word);
  if (known !== undefined) return known ?? undefined;
  const found = EN_CONCEPTS.find(([stem]) => (stem.includes(' ') ? word === stem : word.startsWith(stem) && (stem.length >= 4 || word.length <= stem.length + 3)));
  if (EN_CONCEPT_CACHE.size > 50_000) EN_CONCEPT_CACHE.clear();
  EN_CONCEPT_CACHE.set(word, found ? found[1] : null);
  return found?.[1];
}

/** Every concept a clause names (Japanese spellings anywhere, English stems at the start of a word). */
export function conceptsIn(text: string): ConceptHit[] {
  const hits: ConceptHit[] = [];
  for (const m of text.matchAll(JA_CONCEPT_PATTERN)) hits.push({ id: JA_CONCEPT_OF.get(m[0])!, index: m.index });
  if (/[A-Za-z]/.test(text)) {
    const lower = text.toLowerCase();
    for (const m of lower.matchAll(/[a-z][a-z'-]*(?: power)?/g)) {
      const id = englishConcept(m[0]);
      if (id) hits.push({ id, index: m.index });
    }
  }
  return hits;
}

/** English words that tell nothing about what a figure is about. */
const EN_STOP = new Set(
  (
    'a an the and or but if of in on at to for from by with as is are was were be been being has have had do does did not no nor so than then that this these those ' +
    'it its it\'s he she they them his her their we our you your i me my who whom whose which what when where why how there here about into over under after before ' +
    'said say says saying told tell tells according reported reports report reportedly told also just only more most less least some any each every all both ' +
    'would will could can may might should must shall up out off again further once new one two three four five six seven eight nine ten first last year years ' +
    'day days week weeks month months monday tuesday wednesday thursday friday saturday sunday january february march april june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr per cent percent people times than like including ' +
    'while since until during between among against around through because however though although even still yet very much many such other another own same'
  ).split(' '),
);

/** Japanese words of attribution, connection and time, as kanji runs, and the qualifiers (以上, 最大), left out. */
const JA_STOP = new Set([
  '関係者', '取材', '発言', '記者', '同日', '今回', '一方', '時点', '現在', '今年', '昨年', '同年', '同月', '午前', '午後',
  ...QUALIFIER_TABLE.filter((w) => w.language === 'ja').map((w) => w.written),
]);

/** A word of a clause and where it stands. */
export interface ClauseWord {
  readonly word: string;
  readonly index: number;
}

/**
 * The content words of a clause: Japanese kanji runs as their bigrams (a compound shares its
 * parts: 死者数 and 死者), katakana runs and Latin words whole (English words folded to their
 * Porter stem: deaths → death, voted → vote), digits and function words left out.
 */
export function contentWords(text: string): ClauseWord[] {
  const out: ClauseWord[] = [];
  for (const m of text.matchAll(/[一-龥々〆ヶ]+|[ァ-ヴー]{2,}|[A-Za-z][A-Za-z'-]*/g)) {
    const run = m[0];
    const at = m.index;
    const first = run.charCodeAt(0);
    if (first < 0x80) {
      const lower = run.toLowerCase().replace(/'s$/, '');
      if (lower.length < 2 || EN_STOP.has(lower)) continue;
      out.push({ word: stem(lower), index: at });
    } else if (first >= 0x30a1 && first <= 0x30fc) {
      out.push({ word: run, index: at });
    } else if (!JA_STOP.has(run)) {
      if (run.length === 1) continue;
      for (let i = 0; i + 1 < run.length; i++) {
        const pair = run.slice(i, i + 2);
        if (!JA_STOP.has(pair)) out.push({ word: pair, index: at + i });
      }
    }
  }
  return out;
}

/** An English word's Porter stem: deaths → death, voted → vote, killing → kill. */
/**
 * The whole a share is of, as one word: `20 percent of Republicans` → republican, `one-third of
 * the 1.6 million arrests` → arrest, `日本人の7割` → 日本人. `before` and `after` are the text
 * either side of the share's figure. Undefined when the clause names none.
 */
export function wholeOfShare(before: string, after: string): string | undefined {
  const en = /^\s+of\s+(?:(?:the|all|its|their|his|her|our|those|these)\s+)?(?:[\d.,]+\s+(?:(?:million|billion|thousand)\s+)?)?([A-Za-z][A-Za-z'-]+)/.exec(after);
  if (en) return stem(en[1]!.toLowerCase());
  const ja = /([\u30a1-\u30fa\u30fc\u4e00-\u9fff]{1,8})の$/u.exec(before);
  return ja ? ja[1] : undefined;
}

function stem(word: string): string {
  return word.length <= 3 ? word : stemmer(word);
}
