// Companies and outlets named by their brand alone where the words around them say what they are:
// business news writes `ارتفعت أسهم فولكسفاغن`, `مبيعات هيونداي`, `باعت رينو مليون سيارة` and `الرئيس
// التنفيذي لأمازون` without `شركة`, and `تعرض أوربت التلفزيونية` without `قناة`. A name read so is keyed
// `company:<name>` as after `شركة` (`outlet:<name>` as after `قناة`), so document.ts finds it again
// bare elsewhere in the article.
import type { EntityCandidate } from '../contracts/candidate';
import { demonymCode } from '../contracts/demonyms';
import { personNameWords } from '../contracts/person-names';
import { hasArticle, isPunctuation, startAfterClitics, type TokenStream } from '../text/phrases';
import type { Token } from '../text/tokenize';
import { arabicShaped, FOREIGN_FIRST_LETTERS, foreignShaped, foreignWordAt } from './foreign';
import { isDefiniteWord, isNameAdjective, isQuote, organizationFound, OUTLET_KEY, type ArticleBodies, type OrganizationFound } from './found';
import { COMPANY_HEAD, COMPANY_KEY, knownFound } from './names';
import type { OrganizationTables } from './tables';

/**
 * The company named right after a trade's word or verb at `cue` (COMPANY_TRADE_WORDS: `أسهم`,
 * `مبيعات`, `باعت`): a contextual lexicon company (`أسهم أمازون`, `ميتا`: no river, no prefix there), or a
 * foreign word no list knows (foreignWordAt: no place, person's name word, demonym, Arabic noun's or
 * verb's shape). Not a month's name or a number's qualifier (`مبيعات فبراير`, `أنتجت حوالي`), an
 * accusative of an Arabic shape (`انتظارا`), a head before a quoted name (`إيرادات فيلم « حلم »`), and
 * not after the article (`الأسهم`) or a pronoun (`أسهمها`), nor a word after و, which joins a second
 * trade word (`أسهم وسندات`). One word: a name of two is the lexicon's (`جنرال موتورز`). Null when none.
 */
function tradedCompanyAt(stream: TokenStream, tables: OrganizationTables, cue: number): OrganizationFound | null {
  const tokens = stream.tokens;
  const word = tokens[cue]!;
  const at = cue + 1;
  const name = tokens[at];
  // a verb the splitter cut is probed whole (`باعت` as ب + اعت)
  const trade = tables.companyTrade.words.has(word.stem) || tables.companyTrade.words.has(word.norm);
  if (word.suffix !== '' || hasArticle(word) || !trade || name === undefined || name.prefix.startsWith('و')) return null;
  const contextual = contextualCompanyAt(stream, tables, at);
  if (contextual !== null) return contextual;
  // no preposition stands between a noun and the name in construct with it: a first ف is the name's own too
  const folded = foreignWordAt(stream, tables, at, FOREIGN_FIRST_LETTERS);
  const noun = tables.companyTrade.nouns.has(word.stem) || tables.companyTrade.nouns.has(word.norm);
  const genitive: Genitive = noun ? 'construct' : nounAfterVerb(tokens[cue - 1]) ? 'subject' : 'none';
  if (folded === null || !mayNameCompany(tables, folded, genitive) || isQuote(tokens[at + 1]) || namesIndex(stream, tables, folded)) return null;
  return organizationFound(stream, { start: name.start, firstToken: at, nextToken: at + 1 }, { key: COMPANY_KEY + folded, kind: 'company', strength: 2 });
}

/**
 * Whether the word before a trade's word that is a verb too (`أسهم`, "contributed") makes it the noun:
 * a verb's feminine past (`ارتفعت أسهم مازدا`, `تراجعت`: no verb follows a verb with no subject between,
 * and an indefinite subject is in construct with what follows). The name after the noun is then
 * genitive, its final ا its own (`مازدا`); after the verb it may be an accusative (`ما أسهم جزئيا في`),
 * and after a preposition the noun stands alone as often (`من أسهم انتظارا لارتفاع الأسعار`).
 */
function nounAfterVerb(before: Token | undefined): boolean {
  if (before?.kind !== 'word' || before.suffix !== '' || hasArticle(before)) return false;
  return before.norm.length >= 4 && before.norm.endsWith('ت') && !before.norm.endsWith('ات');
}

/**
 * How a name after a trade's word stands: `none` where it may be the accusative of a verb (`باعت`,
 * `أسهم` alone), `construct` after a noun only (`مبيعات`), `subject` after `أسهم` that a verb before
 * makes the indefinite noun (nounAfterVerb).
 */
type Genitive = 'none' | 'construct' | 'subject';

/**
 * No month, number's qualifier or accusative of an Arabic shape (`انتظارا`, a verbal noun's): a word a
 * company's name is not. A genitive word, in construct after a noun, is no accusative: its final ا is
 * a make's own (`مبيعات مازدا`, `أرباح شكودا`, `ارتفعت أسهم مازدا`), but a nisba's adverb's everywhere
 * (`مبيعات سنويا`, `ما أسهم جزئيا`); after `أسهم` a verbal noun of five letters or a ت first is still an
 * accusative of purpose (`ارتفعت أسهم انتظارا لـ`, `تحسبا`).
 */
function mayNameCompany(tables: OrganizationTables, folded: string, genitive: Genitive = 'none'): boolean {
  const stem = folded.slice(0, -1);
  const adverb = folded.endsWith('يا') && arabicShaped(folded.slice(0, -2));
  const verbalNoun = stem.length >= 5 || stem.startsWith('ت');
  const accusative = folded.endsWith('ا') && arabicShaped(stem) && (genitive === 'none' || (genitive === 'subject' && verbalNoun));
  return !tables.companyTrade.notNames.has(folded) && !accusative && !adverb;
}

/** Whether the article writes `folded` after a stock index's noun (`مؤشر فوتسي`): the index, whose shares (`أسهم فوتسي`) are no company's. */
function namesIndex(stream: TokenStream, tables: OrganizationTables, folded: string): boolean {
  const tokens = stream.tokens;
  for (let k = 1; k < tokens.length; k++) if (tokens[k]!.norm === folded && tokens[k - 1]!.stem === tables.companyTrade.index) return true;
  return false;
}

/**
 * The company whose chief executive `التنفيذي` at `cue` names after `الرئيس`/`المدير`: the word after it
 * with لـ (`الرئيس التنفيذي لأمازون`, `لفولكسفاغن`), a contextual lexicon company or a word of no Arabic
 * shape that is no place, demonym or month (mayNameCompany), a person's name word too (no one is a person's
 * executive). `لشركة …` is the head's reading (names.ts). Null when none.
 */
function executiveCompanyAt(stream: TokenStream, tables: OrganizationTables, cue: number): OrganizationFound | null {
  const tokens = stream.tokens;
  const word = tokens[cue]!;
  const head = tokens[cue - 1];
  const at = cue + 1;
  const name = tokens[at];
  if (word.suffix !== '' || !hasArticle(word) || 'ال' + word.stem !== tables.companyTrade.executive) return null;
  if (head === undefined || !hasArticle(head) || !tables.companyTrade.executiveHeads.has('ال' + head.stem)) return null;
  if (name?.kind !== 'word' || name.prefix !== 'ل' || name.suffix !== '') return null;
  const contextual = contextualCompanyAt(stream, tables, at);
  if (contextual !== null) return contextual;
  const stem = name.stem;
  if (!foreignShaped(tables, stem) || !mayNameCompany(tables, stem) || demonymCode(name) !== null) return null;
  if (tables.placeNames.endAt(stream, at, 1) !== null || tables.known.match(stream, at) !== null) return null;
  const span = { start: startAfterClitics(stream, name, 1), firstToken: at, nextToken: at + 1 };
  return organizationFound(stream, span, { key: COMPANY_KEY + stem, kind: 'company', strength: 2 });
}

/** Commas between a brand and `شركة` in apposition (`شاومي، الشركة الصينية،`). */
const APPOSITION_COMMAS = '،,';

/**
 * A brand in apposition before `شركة` at `cue`, which says what it is: the indefinite head with a
 * definite description after it (`كانت فولكسفاغن شركة السيارات الألمانية الرائدة`), or the definite
 * head after a comma (`شاومي، الشركة الصينية`); the brand a contextual lexicon company or a foreign
 * word no list knows (as after a trade's word). `شركة` with its own name (`شركة سياك`) is names.ts's.
 */
function appositiveCompanyAt(stream: TokenStream, tables: OrganizationTables, cue: number): OrganizationFound | null {
  const tokens = stream.tokens;
  const head = tokens[cue]!;
  if (head.stem !== COMPANY_HEAD || head.suffix !== '' || (head.prefix !== '' && head.prefix !== 'ال')) return null;
  const comma = isPunctuation(tokens[cue - 1], APPOSITION_COMMAS);
  // the indefinite head's description is a definite noun and its adjective (`شركة السيارات الألمانية`):
  // a definite noun alone is the head's complement, the word before it a noun in construct with the
  // head (`ممثلو شركة التأمين`)
  const described = hasArticle(head) ? comma : [tokens[cue + 1], tokens[cue + 2]].every((word) => word !== undefined && isDefiniteWord(word)) && isNameAdjective(tables, tokens[cue + 2]!);
  const at = comma ? cue - 2 : cue - 1;
  if (!described || at < 0) return null;
  const contextual = contextualCompanyAt(stream, tables, at);
  if (contextual !== null) return contextual;
  const folded = foreignWordAt(stream, tables, at, FOREIGN_FIRST_LETTERS);
  if (folded === null || !mayNameCompany(tables, folded)) return null;
  const skip = tokens[at]!.prefix.startsWith('و') ? 1 : 0;
  // the description's country is the brand's (`شركة السيارات الألمانية`, `الشركة الصينية`): the
  // described body is then no body of its own (document.ts withoutDescriptions)
  const span = { start: startAfterClitics(stream, tokens[at]!, skip), firstToken: at, nextToken: at + 1 };
  return organizationFound(stream, span, { key: COMPANY_KEY + folded, kind: 'company', nationality: descriptionCountry(tokens, cue), strength: 2 });
}

/** The country of a feminine definite nisba one or two words after `شركة` at `cue` (`الشركة الصينية`, `شركة السيارات الألمانية`). */
function descriptionCountry(tokens: readonly Token[], cue: number): string | undefined {
  for (const word of [tokens[cue + 1], tokens[cue + 2]]) {
    if (word === undefined || !isDefiniteWord(word) || !word.norm.endsWith('يه')) continue;
    const code = demonymCode(word);
    if (code !== null) return code;
  }
  return undefined;
}

/**
 * A broadcaster's brand before its kind's definite adjective at `cue` (OUTLET_ADJECTIVES: `أوربت
 * التلفزيونية`, `روتانا الإخبارية`): a foreign word no list knows, no month or qualifier; the adjective
 * stays out of the mention, which says what the outlet is. Null when none.
 */
function describedOutletAt(stream: TokenStream, tables: OrganizationTables, cue: number): OrganizationFound | null {
  const tokens = stream.tokens;
  const adjective = tokens[cue]!;
  const at = cue - 1;
  if (adjective.prefix !== 'ال' || adjective.suffix !== '' || !tables.outletAdjectives.has(adjective.stem) || at < 0) return null;
  const folded = foreignWordAt(stream, tables, at);
  if (folded === null || !mayNameCompany(tables, folded)) return null;
  const skip = tokens[at]!.prefix.startsWith('و') ? 1 : 0;
  return organizationFound(stream, { start: startAfterClitics(stream, tokens[at]!, skip), firstToken: at, nextToken: at + 1 }, { key: OUTLET_KEY + folded, kind: 'media', strength: 2 });
}

/**
 * The body a spokesperson speaks for, after `متحدث باسم` at `cue` (SPOKESPERSON_NOUNS; with the article
 * too: `المتحدث باسم`): a lexicon name that is a word too (`باسم أمازون`), or a foreign word no list
 * knows, read whole (`لوفتهانزا`, `فرونتكس`), of no kind the words tell (`other`; keyed by its name). A
 * person's name word, or a word the article writes after one (a surname: `إيهود أولمرت`), is a
 * person's spokesperson (`باسم ماكرون`). Null when none.
 */
function spokenForAt(stream: TokenStream, tables: OrganizationTables, cue: number): OrganizationFound | null {
  const tokens = stream.tokens;
  const word = tokens[cue]!;
  const noun = tokens[cue - 1];
  const at = cue + 1;
  if (word.norm !== tables.spokesperson.inTheNameOf || noun === undefined || noun.suffix !== '' || !tables.spokesperson.nouns.has(noun.stem)) return null;
  const contextual = tables.contextual.match(stream, at);
  if (contextual !== null) return knownFound(stream, contextual.value, { start: contextual.start, firstToken: at, nextToken: contextual.next });
  const folded = foreignWordAt(stream, tables, at, FOREIGN_FIRST_LETTERS);
  if (folded === null || !mayNameCompany(tables, folded) || tokens[at]!.prefix.startsWith('و') || surnameIn(stream, tables, folded)) return null;
  return organizationFound(stream, { start: tokens[at]!.start, firstToken: at, nextToken: at + 1 }, { key: folded, kind: 'other', strength: 2 });
}

/**
 * Whether the article writes `folded` after a person's name word, as a surname (`إيهود أولمرت` …
 * `متحدث باسم أولمرت`); `باسم` itself, a given name too, says nothing.
 */
function surnameIn(stream: TokenStream, tables: OrganizationTables, folded: string): boolean {
  const tokens = stream.tokens;
  for (let k = 1; k < tokens.length; k++) {
    const before = tokens[k - 1]!.norm;
    if (tokens[k]!.norm === folded && before !== tables.spokesperson.inTheNameOf && personNameWords().has(before)) return true;
  }
  return false;
}

/** A company of the lexicon whose name is a word too (`أمازون`, `ميتا`) at `at`, taken where a company's name stands. */
function contextualCompanyAt(stream: TokenStream, tables: OrganizationTables, at: number): OrganizationFound | null {
  const match = tables.contextual.match(stream, at);
  if (match === null || match.value.kind !== 'company') return null;
  return knownFound(stream, match.value, { start: match.start, firstToken: at, nextToken: match.next });
}

/** The companies named bare after the trade's words and `الرئيس التنفيذي لـ`, or before `شركة` in apposition, the outlets before their kind's adjective and the bodies a spokesperson speaks for, among the cues, outside the bodies found. */
export function findTradedCompanies({ stream, tables, cues, taken }: ArticleBodies): EntityCandidate[] {
  const mentions: EntityCandidate[] = [];
  for (const cue of cues) {
    const found = tradedCompanyAt(stream, tables, cue) ?? executiveCompanyAt(stream, tables, cue) ?? appositiveCompanyAt(stream, tables, cue) ?? describedOutletAt(stream, tables, cue) ?? spokenForAt(stream, tables, cue);
    if (found === null) continue;
    const { candidate } = found;
    if (!taken.subarray(candidate.firstToken, candidate.nextToken).every((mark) => mark === 0)) continue;
    taken.fill(1, candidate.firstToken, candidate.nextToken);
    mentions.push(candidate);
  }
  return mentions;
}

/**
 * Brands written as a pair with a slash, a group's two makes (`فولكسفاغن / أودي`, `أوبل / فوكسهول`):
 * beside a company the article names, the bare word on the slash's other side is a company too, an
 * Arabic shape allowed (`أودي` looks like أفعل): no article, clitic or pronoun, function word, month,
 * number's qualifier, demonym or place. Only beside a company: a slash joins two months (`فبراير /
 * شباط`), a city and an agency (`إسطنبول/ الأناضول`) or two outlets (`رويترز/AP`) as well.
 */
export function findBrandPairs({ stream, tables, all, taken }: ArticleBodies): EntityCandidate[] {
  const tokens = stream.tokens;
  const mentions: EntityCandidate[] = [];
  const pairAt = (slash: number, at: number): void => {
    const word = tokens[at];
    if (!isPunctuation(tokens[slash], '/') || taken[at] === 1 || word?.kind !== 'word' || word.prefix !== '' || word.suffix !== '' || word.norm.length < 3) return;
    if (tables.functionWords.has(word.norm) || !mayNameCompany(tables, word.norm) || demonymCode(word) !== null || tables.placeNames.endAt(stream, at) !== null) return;
    const { candidate } = organizationFound(stream, { start: word.start, firstToken: at, nextToken: at + 1 }, { key: COMPANY_KEY + word.norm, kind: 'company', strength: 2 });
    taken[at] = 1;
    mentions.push(candidate);
  };
  for (const body of all) {
    if (body.kind !== 'company') continue;
    pairAt(body.nextToken, body.nextToken + 1);
    pairAt(body.firstToken - 1, body.firstToken - 2);
  }
  return mentions;
}
