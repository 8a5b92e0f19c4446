import { entityCandidate, type EntityCandidate } from '../contracts/candidate';
import { compoundDemonymCode, demonymCode } from '../contracts/demonyms';
import { isPunctuation, type TokenStream } from '../text/phrases';
import type { Token } from '../text/tokenize';
import type { OrganizationTables } from './tables';
import type { OrganizationKind } from '../data/organizations/shapes';

/** Quotation marks, both directions: Arabic text writes “…” and ”…“ alike. */
export const QUOTE_MARKS = '"\'«»“”„‘’';
export const OPENING_BRACKETS = '([';
/** Keys of outlets the lexicon lacks, named by their place in a credit line or after a descriptor (`outlet:تايمز`). */
export const OUTLET_KEY = 'outlet:';
export const CLOSING_BRACKETS = ')]';

/**
 * What the article-level passes (document.ts, courts.ts, clubs.ts) read and write: the article's
 * tokens, the tables, every body found so far (each pass's mentions appended in place), the tokens
 * of words those passes look at (a fixture's verb, a court's short name), and a mark per token
 * already inside a body.
 */
export interface ArticleBodies {
  stream: TokenStream;
  tables: OrganizationTables;
  all: EntityCandidate[];
  cues: readonly number[];
  taken: Uint8Array;
}

/** An organization found at a token: the candidate, and the token to go on scanning from. */
export interface OrganizationFound {
  candidate: EntityCandidate;
  /** Past the mention, and past a closing quote that belongs to the match. */
  resume: number;
}

export interface OrganizationFacts {
  key: string;
  kind: OrganizationKind;
  canonical?: string;
  nationality?: string;
  strength: 2 | 3;
}

/**
 * A candidate spanning tokens [firstToken, nextToken) from `start` (after any proclitic of the
 * first token) to the end of the last token.
 */
export function organizationFound(
  stream: TokenStream,
  span: { start: number; firstToken: number; nextToken: number; resume?: number },
  facts: OrganizationFacts,
): OrganizationFound {
  const candidate = entityCandidate({
    category: 'organizations',
    start: span.start,
    end: stream.tokens[span.nextToken - 1]!.end,
    firstToken: span.firstToken,
    nextToken: span.nextToken,
    key: facts.key,
    canonical: facts.canonical,
    kind: facts.kind,
    nationality: facts.nationality,
    strength: facts.strength,
  });
  return { candidate, resume: span.resume ?? span.nextToken };
}

/** A word with the article and no other proclitic: `الدفاع`, not `والدفاع` nor `للدفاع`. */
export function isDefiniteWord(token: Token): boolean {
  return token.kind === 'word' && token.prefix === 'ال';
}

/**
 * A definite word that continues a name after its first word: a nisba-shaped adjective
 * (`العالمية`, `الجمهوري`) or a listed one (`المتحدة`). A definite noun is the next phrase
 * instead: `دعت منظمة العفو الدولية الحكومة` ends before `الحكومة`.
 */
export function isNameAdjective(tables: OrganizationTables, token: Token): boolean {
  if (tables.nameAdjectives.has(token.norm)) return true;
  return token.stem.length >= 3 && (token.stem.endsWith('ي') || token.stem.endsWith('يه'));
}

export const isQuote = (token: Token | undefined): boolean => isPunctuation(token, QUOTE_MARKS);

/**
 * Whether the word at `at`, و + a definite word inside a body's name, opens another body joined to it:
 * a body the lexicon names (`منظمة الصحة العالمية والاتحاد الأوروبي`) or a described body's head
 * (`جامعة الدول العربية والمنظمة العالمية …`, `والمجلس`, `والهيئة`). A name goes on across و with a
 * noun of its field only (`منظمة الأغذية والزراعة`, `وزارة التجارة والصناعة`). Looked up only at such a
 * word inside a name.
 */
export function opensAnotherBody(stream: TokenStream, tables: OrganizationTables, at: number): boolean {
  return tables.known.match(stream, at) !== null || tables.describedHeads.match(stream, at) !== null;
}

/**
 * The country of a definite masculine nisba at `at` (`الفرنسي`; not `الفرنسية`) or of two words
 * (`الجنوب أفريقي`), and the token after it; null when there is none.
 */
export function countryNisbaAt(tokens: readonly Token[], at: number): { code: string; next: number } | null {
  const one = masculineNisba(tokens[at]);
  if (one !== null) return { code: one, next: at + 1 };
  const two = compoundDemonymCode(tokens[at], tokens[at + 1]);
  return two === null ? null : { code: two, next: at + 2 };
}

/** The country of a definite masculine nisba (`الفرنسي`; not `الفرنسية`), or null. */
export function masculineNisba(token: Token | undefined): string | null {
  if (token === undefined || !isDefiniteWord(token) || !token.norm.endsWith('ي')) return null;
  return demonymCode(token);
}
