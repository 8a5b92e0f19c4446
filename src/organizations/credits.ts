// Outlets named in an article's credit lines, where news names its sources by position rather than
// by a head noun: the bracketed sources opening a lead (`( أردو بوینت نتورك / سبوتنيك - 26 نوفمبر
// 2021)`) and the outlet before the author of a byline (`الثورة – أسماء الفريح:`). Any word can be
// an outlet's name there (`الثورة` is also "the revolution"), so the name counts only in that place.
import type { Claim } from '../contracts/claims';
import { entityCandidate, type EntityCandidate } from '../contracts/candidate';
import { lineStarts, slashDatelineParts, startsLine } from '../text/lines';
import { DASHES, hasArticle, isPunctuation, type TokenStream } from '../text/phrases';
import type { Token } from '../text/tokenize';
import { CLOSING_BRACKETS, OPENING_BRACKETS, OUTLET_KEY, organizationFound } from './found';
import type { OrganizationTables } from './tables';

/** A credit bracket holds a few sources and a date; a longer bracket is a remark. */
const MAX_CREDIT_TOKENS = 16;
/** Words in one source's name (`وكالة الأنباء الألمانية`); longer runs are text. */
const MAX_SOURCE_WORDS = 4;
/** Words in a byline author's name. */
const MIN_AUTHOR_WORDS = 2;
const MAX_AUTHOR_WORDS = 4;

/**
 * Proposes the outlets of the text's credit lines. `claims` tells which tokens dates, places,
 * figures and organizations already hold: a claimed word is the dateline's city or date, or an
 * outlet found already (`سبوتنيك`), never a new outlet.
 */
export function recognizeCreditedOutlets(
  stream: TokenStream,
  tables: OrganizationTables,
  claims: readonly (Claim | undefined)[],
): EntityCandidate[] {
  const outlets: EntityCandidate[] = [];
  const reader: CreditReader = { stream, tables, claims };
  for (const index of lineStarts(stream)) {
    const open = afterDatelineCity(reader, index);
    for (const outlet of bracketedSources(reader, open, open > index)) outlets.push(outlet);
    for (const outlet of bylineOutlet(reader, index)) outlets.push(outlet);
    const agency = slashDatelineAgency(reader, index);
    if (agency) outlets.push(agency);
  }
  return outlets;
}

interface CreditReader {
  stream: TokenStream;
  tables: OrganizationTables;
  claims: readonly (Claim | undefined)[];
}

/**
 * Past a place opening the line, a dash after it, and the dateline's date after that (`القاهرة (X) -`,
 * `عمان - (X)`, `القاهرة - 3 ديسمبر 2026 (X):`, `الرياض، 14 مارس 2024 (X) -`): where a credit bracket
 * may open.
 */
function afterDatelineCity(reader: CreditReader, first: number): number {
  const claim = reader.claims[first];
  if (claim?.category !== 'places') return first;
  const tokens = reader.stream.tokens;
  const pastMark = (at: number): number => (isPunctuation(tokens[at], DASHES) || isPunctuation(tokens[at], DATELINE_COMMAS) ? at + 1 : at);
  const afterCity = pastMark(claim.nextToken);
  const date = reader.claims[afterCity];
  const afterDate = date?.category === 'dates' ? pastMark(date.nextToken) : afterCity;
  // all on the dateline's line: a bracket opening the next line is that line's own
  const onLine = (at: number): boolean => at < tokens.length && !startsLine(reader.stream, at);
  if (afterDate !== afterCity && onLine(afterCity) && onLine(afterDate)) return afterDate;
  return isPunctuation(tokens[claim.nextToken], DASHES) ? claim.nextToken + 1 : claim.nextToken;
}

/** Commas a dateline writes between its city and its date (`القاهرة، 14 مارس`). */
const DATELINE_COMMAS = '،,';

/**
 * `( S1 / S2 - date )` opening a line, or right after its dateline city (`datelined`): each run of
 * words between the marks that is not wholly a place (the dateline's city) is a source. The bracket
 * is a credit when a dateline city comes before it or inside it, when it holds a date or a `/`
 * between sources, or when a dash follows it (`(رويترز) -`); otherwise an opening bracket is a
 * remark (`(تحديث)`).
 */
function bracketedSources(reader: CreditReader, open: number, datelined: boolean): EntityCandidate[] {
  const tokens = reader.stream.tokens;
  if (!isPunctuation(tokens[open], OPENING_BRACKETS)) return [];
  let close = open + 1;
  while (close < tokens.length && close - open <= MAX_CREDIT_TOKENS && !isPunctuation(tokens[close], CLOSING_BRACKETS)) {
    if (startsLine(reader.stream, close)) return [];
    close++;
  }
  if (!isPunctuation(tokens[close], CLOSING_BRACKETS)) return [];
  let credit = datelined || isPunctuation(tokens[close + 1], DASHES);
  const sources: EntityCandidate[] = [];
  for (let first = open + 1; first < close; first++) {
    const token = tokens[first]!;
    if (token.kind === 'punctuation') {
      credit ||= isPunctuation(token, '/');
      continue;
    }
    const next = runEnd(reader, first, close);
    const claim = reader.claims[first];
    const wholly = claim !== undefined && claim.nextToken >= next;
    if (wholly) credit ||= claim.category === 'dates' || claim.category === 'places';
    else if (isSource(reader, first, next)) sources.push(outlet(reader.stream, first, next));
    first = next - 1;
  }
  return credit ? sources : [];
}

/** The end of the run of words and numbers from `first`, before the next mark or `close`. */
function runEnd(reader: CreditReader, first: number, close: number): number {
  let next = first;
  while (next < close && reader.stream.tokens[next]!.kind !== 'punctuation') next++;
  return next;
}

/**
 * Whether tokens [first, next) can be a source's name: up to four words, none a date, figure or known
 * body, and more than a stray letter (`ء`) or a label of the item (`تحديث`). A place inside is part
 * of the name (`نبض الخليج`); a place first is where the news is from, described (`(فلسطين المحتلة)`).
 */
function isSource(reader: CreditReader, first: number, next: number): boolean {
  if (next - first > MAX_SOURCE_WORDS || !isName(reader.stream.tokens, first, next)) return false;
  if (next - first === 1 && reader.tables.itemLabels.has(reader.stream.tokens[first]!.norm)) return false;
  if (reader.claims[first] !== undefined) return false;
  for (let k = first; k < next; k++) {
    const category = reader.claims[k]?.category;
    if (!isNameWord(reader, k) || (category !== undefined && category !== 'places')) return false;
  }
  return true;
}

/**
 * `S – First Last:` as a whole line: the outlet, a dash, the author, a colon. A line that names a
 * place first is a dateline (`دمشق – …`), and the author must look like a name: words, the first
 * without the article.
 */
function bylineOutlet(reader: CreditReader, first: number): EntityCandidate[] {
  const tokens = reader.stream.tokens;
  // every part on this one line
  const onLine = (index: number): boolean => index === first || !startsLine(reader.stream, index);
  // a claimed word is a dateline's city or date, or a body found already
  const free = (index: number): boolean => reader.claims[index] === undefined && isNameWord(reader, index);
  let dash = first;
  while (dash - first < MAX_SOURCE_WORDS && onLine(dash) && free(dash)) dash++;
  if (dash === first || !onLine(dash) || !isPunctuation(tokens[dash], DASHES) || !isName(tokens, first, dash)) return [];
  let colon = dash + 1;
  while (colon - dash - 1 < MAX_AUTHOR_WORDS && onLine(colon) && free(colon)) colon++;
  const authorWords = colon - dash - 1;
  if (authorWords < MIN_AUTHOR_WORDS || hasArticle(tokens[dash + 1]!) || !onLine(colon) || !isPunctuation(tokens[colon], ':')) return [];
  const after = colon + 1;
  if (after < tokens.length && !startsLine(reader.stream, after)) return [];
  return [outlet(reader.stream, first, dash)];
}

/**
 * The agency that ends a slash dateline opening a line with a place (`إسطنبول/ الأناضول`, `غزة/ محمد
 * ماجد/ الأناضول`; text/lines), unless a body found already holds it (`دمشق/ سانا`).
 */
function slashDatelineAgency(reader: CreditReader, lineStart: number): EntityCandidate | undefined {
  if (reader.claims[lineStart]?.category !== 'places' || !isPunctuation(reader.stream.tokens[reader.claims[lineStart]!.nextToken], '/')) return undefined;
  const parts = slashDatelineParts(reader.stream, lineStart);
  if (parts.length === 0) return undefined;
  const [first, next] = parts[parts.length - 1]!;
  return isSource(reader, first, next) ? outlet(reader.stream, first, next) : undefined;
}

/** A word that can be part of a source's or author's name: not a function word. */
function isNameWord(reader: CreditReader, index: number): boolean {
  const token = reader.stream.tokens[index];
  if (token === undefined || (token.kind !== 'word' && token.kind !== 'latin')) return false;
  return !reader.tables.functionWords.has(token.norm);
}

/** Whether tokens [first, next) can name something: a word of two letters or more (not a stray `ء`), or an abbreviation of letters (`أ ف ب`). */
function isName(tokens: readonly Token[], first: number, next: number): boolean {
  const words = tokens.slice(first, next);
  return words.some((token) => token.norm.length >= 2) || words.length >= 2;
}

/** A credited outlet: the whole words as written (a foreign name's first letter is no proclitic). */
function outlet(stream: TokenStream, first: number, next: number): EntityCandidate {
  const tokens = stream.tokens;
  const name = tokens.slice(first, next).map((token) => token.norm).join(' ');
  const span = { start: tokens[first]!.start, firstToken: first, nextToken: next };
  return entityCandidate({ ...organizationFound(stream, span, { key: OUTLET_KEY + name, kind: 'media', strength: 2 }).candidate, evidence: 'layout' });
}
