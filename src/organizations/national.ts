// A state's bodies named by a generic name and the country: `وزارة الدفاع الروسية`, `الخارجية
// الروسية`, `حكومة أرمينيا`, `مجلس الأمن في أرمينيا`, `وكالة السودان للأنباء`. The key is the body's
// id and the country (`ministry:defense:RU`), so every way of naming one body is one entity.
import { demonymCode } from '../contracts/demonyms';
import { hasArticle, type TokenStream } from '../text/phrases';
import type { Token } from '../text/tokenize';
import { isDefiniteWord, isNameAdjective, organizationFound, type OrganizationFound } from './found';
import type { OrganizationTables } from './tables';
import type { NationalBody } from '../data/organizations/shapes';

interface CountryRead {
  code: string;
  next: number;
}

interface NationalityRead {
  code: string;
  /** Token after the name: a nisba is part of it (`وزارة الدفاع الروسية`), `في` + country a locative outside it. */
  nameEnd: number;
  /** Token after the qualifier: a reading that used it is longer than one that did not (the UN's `مجلس الأمن`). */
  next: number;
}

/** What a national body's name at a token gives. */
export interface NationalMatch {
  found: OrganizationFound | null;
  /**
   * Whether a national body's name starts here, found or not: the head-noun pattern then defers to
   * it, so `وكالة الأنباء` alone stays an anaphor and `وزارة الدفاع الروسي` does not become a
   * ministry of its own with a nisba that does not agree.
   */
  named: boolean;
}

/**
 * What a start word no national body's name starts at gives: one shared result (not frozen: one shape
 * with those matchNationalBody makes), as most start words asked are none (8,259 a pass).
 */
export const NO_NATIONAL_BODY: Readonly<NationalMatch> = { found: null, named: false };

/** A country name written at token `index` without a proclitic (`أرمينيا` in `حكومة أرمينيا`). */
export function countryAt(stream: TokenStream, tables: OrganizationTables, index: number): CountryRead | null {
  const match = tables.countries.match(stream, index);
  if (match === null || match.start !== stream.tokens[index]!.start) return null;
  return { code: match.value, next: match.next };
}

/** The grammatical gender of a singular nisba (الروسي / الروسية), or null for a plural (الروس، الروسيون). */
function nisbaGender(token: Token): 'feminine' | 'masculine' | null {
  if (token.stem.endsWith('يه')) return 'feminine';
  return token.stem.endsWith('ي') ? 'masculine' : null;
}

/**
 * The country that qualifies a body's name, read at token `index`: a definite nisba agreeing with the
 * name's head noun (`وزارة الدفاع الروسية`, `البنك المركزي المصري`), or, where `locatedByIn`, `في` + a
 * country name (`مجلس الأمن في أرمينيا`: Armenia's council, not the UN's; أرمينيا stays a place).
 */
function readNationality(
  stream: TokenStream,
  tables: OrganizationTables,
  index: number,
  feminine: boolean,
  locatedByIn: boolean,
): NationalityRead | null {
  const token = stream.tokens[index];
  if (token === undefined) return null;
  if (isDefiniteWord(token)) {
    const code = demonymCode(token);
    if (code !== null && nisbaGender(token) === (feminine ? 'feminine' : 'masculine')) return { code, nameEnd: index + 1, next: index + 1 };
    return null;
  }
  if (!locatedByIn || token.kind !== 'word' || token.norm !== 'في') return null;
  const country = countryAt(stream, tables, index + 1);
  return country && { code: country.code, nameEnd: index, next: country.next };
}

/**
 * Whether a short ministry name may start after `previous`. `الخارجية الروسية` is the ministry after
 * a verb or a preposition (`وشددت الخارجية الروسية`، `باسم الخارجية الروسية`), but an adjective after
 * a definite noun (`السياسة الخارجية الروسية`) or after a feminine noun it can agree with
 * (`ميزانية الدفاع الروسية`, `تصريحات ...`).
 */
function shortNameMayFollow(previous: Token | undefined): boolean {
  if (previous === undefined || previous.kind !== 'word') return true;
  if (hasArticle(previous)) return false;
  return !previous.norm.endsWith('ه') && !previous.norm.endsWith('ات');
}

function nationalFound(
  stream: TokenStream,
  body: NationalBody,
  span: { start: number; firstToken: number; nextToken: number; resume?: number },
  nationality: string | undefined,
): OrganizationFound {
  return organizationFound(stream, span, {
    key: nationality === undefined ? body.id : `${body.id}:${nationality}`,
    kind: body.kind,
    nationality,
    strength: 2,
  });
}

/**
 * The token after the fields joined by و to a ministry's listed field (`وزارة الثقافة والفنون`,
 * `وزارة الفلاحة والموارد المائية والصيد البحري`): states join fields under one minister, each a
 * definite word with its adjectives. Other bodies are joined so too: a word that can open a body's
 * name (`والشرطة`), a plural in ات (`والسلطات المحلية`, `والقوات`), or a country's nisba that cannot
 * agree with the ministry (`وزارة الدفاع والجيش الإسرائيلي`: the army is Israel's) leaves the
 * ministry's name where its list ends.
 */
function joinedFieldsEnd(stream: TokenStream, tables: OrganizationTables, index: number): number {
  const tokens = stream.tokens;
  let at = index;
  for (let token = tokens[at]; token?.prefix === 'وال' && !token.stem.endsWith('ات') && demonymCode(token) === null && !tables.startStems.has(token.stem); token = tokens[at]) {
    at++;
    for (let word = tokens[at]; word !== undefined && isDefiniteWord(word) && demonymCode(word) === null && isNameAdjective(tables, word); word = tokens[at]) at++;
  }
  const after = tokens[at];
  return at > index && after !== undefined && isDefiniteWord(after) && nisbaGender(after) === 'masculine' && demonymCode(after) !== null ? index : at;
}

/** How many adjectives of its field a ministry's name takes after the field (`وزارة الاقتصاد الرقمي والريادة`: one). */
const MAX_FIELD_ADJECTIVES = 2;

/**
 * The token after the adjectives of a ministry's field at `index` (`وزارة الاقتصاد الرقمي`, `وزارة
 * التجارة الخارجية`): definite adjectives that are no country's nisba and no description ending a name
 * (`الجديدة`), part of the ministry's name, so a nisba or `في` + a country after them still names its
 * state (`وزارة الاقتصاد الرقمي في تايلاند` → TH).
 */
function fieldAdjectivesEnd(stream: TokenStream, tables: OrganizationTables, index: number): number {
  let at = index;
  for (let word = stream.tokens[at]; at - index < MAX_FIELD_ADJECTIVES && word !== undefined && isDefiniteWord(word) && word.suffix === ''; word = stream.tokens[at]) {
    if (demonymCode(word) !== null || !isNameAdjective(tables, word) || tables.nameEndingWords.has(word.norm)) break;
    at++;
  }
  return at;
}

/**
 * A government's or parliament's country after an adjective of its form (`الحكومة الانتقالية المالية`,
 * `الحكومة الفيدرالية الصومالية`, `البرلمان الاتحادي العراقي`; or `في` + the country: `الحكومة الانتقالية
 * في مالي`, the country a place outside): the same state's body, the adjective
 * in the mention. Not a description that ends names (`الحكومة الجديدة`, `الحالية`), and not other
 * bodies, whose adjective may make another (`الشرطة الدينية`, `المنتخب الأولمبي`).
 */
function qualifiedNationality(stream: TokenStream, tables: OrganizationTables, body: NationalBody, at: number, feminine: boolean): NationalityRead | null {
  if (body.kind !== 'government' && body.kind !== 'parliament') return null;
  const adjective = stream.tokens[at];
  if (adjective === undefined || !isDefiniteWord(adjective) || adjective.suffix !== '' || demonymCode(adjective) !== null) return null;
  if (!isNameAdjective(tables, adjective) || tables.nameEndingWords.has(adjective.norm)) return null;
  // `في` + a country as after the bare name (`الحكومة الانتقالية في مالي`), where the body takes it
  return readNationality(stream, tables, at + 1, feminine, body.locatedByIn);
}

function matchNamed(stream: TokenStream, tables: OrganizationTables, index: number): Readonly<NationalMatch> {
  const named = tables.nationalNames.match(stream, index);
  if (named === null) return NO_NATIONAL_BODY;
  const { body, form, feminine } = named.value;
  if (form === 'short' && !shortNameMayFollow(stream.tokens[index - 1])) return { found: null, named: true };
  const nameEnd = body.kind === 'ministry' && form === 'standalone' ? fieldAdjectivesEnd(stream, tables, joinedFieldsEnd(stream, tables, named.next)) : named.next;
  const country = readNationality(stream, tables, nameEnd, feminine, body.locatedByIn && form !== 'short') ?? qualifiedNationality(stream, tables, body, nameEnd, feminine);
  // spans written out, not spread from a shared start: each spread copy took a hidden class of its own
  if (country !== null) {
    const found = nationalFound(stream, body, { start: named.start, firstToken: index, nextToken: country.nameEnd, resume: country.next }, country.code);
    return { found, named: true };
  }
  const found = form === 'standalone' ? nationalFound(stream, body, { start: named.start, firstToken: index, nextToken: nameEnd }, undefined) : null;
  return { found, named: true };
}

function matchAroundCountry(stream: TokenStream, tables: OrganizationTables, index: number): OrganizationFound | null {
  const before = tables.aroundCountry.match(stream, index);
  if (before === null) return null;
  const country = countryAt(stream, tables, before.next);
  if (country === null) return null;
  for (const { body, after } of before.value) {
    if (!after.every((word, k) => stream.tokens[country.next + k]?.norm === word)) continue;
    const span = { start: before.start, firstToken: index, nextToken: country.next + after.length };
    return nationalFound(stream, body, span, country.code);
  }
  return null;
}

/** A national body named at token `index`, the longer of the two ways of writing one. */
export function matchNationalBody(stream: TokenStream, tables: OrganizationTables, index: number): Readonly<NationalMatch> {
  const named = matchNamed(stream, tables, index);
  const around = matchAroundCountry(stream, tables, index);
  if (around !== null && (named.found === null || around.resume > named.found.resume)) return { found: around, named: named.named };
  return named;
}
