import { COMPOUND_DEMONYMS, DEMONYMS, DEMONYMS_SPELLED_AS_COUNTRIES, DIRECTED_DEMONYMS } from '../data/places/demonyms';
import { lazy } from '../text/lazy';
import { foldKey } from '../text/fold-key';
import { FilteredWords, filteredSet, stemShape } from '../text/word-shapes';
import type { Token } from '../text/tokenize';

// Regular derivations of a masculine nisba: feminine, sound masculine plurals, feminine plural.
const REGULAR_ENDINGS = ['', 'ة', 'ون', 'ين', 'ات'];
const ARTICLE = 'ال';

const demonymWords = lazy(() => {
  const codes = new Map<string, string>();
  for (const [code, singulars, plurals] of DEMONYMS) {
    for (const singular of singulars) for (const ending of REGULAR_ENDINGS) codes.set(foldKey(singular + ending), code);
    for (const plural of plurals) codes.set(foldKey(plural), code);
  }
  // the masculine of these is the country's name, a demonym with the article alone (definiteDemonymCode)
  for (const [code, masculine] of DEMONYMS_SPELLED_AS_COUNTRIES) {
    for (const ending of REGULAR_ENDINGS) if (ending !== '') codes.set(foldKey(masculine + ending), code);
  }
  return codes;
});

// `بوروندي` → BI: the masculines written as their country's name
const masculinesSpelledAsCountries = lazy(() => new Map(DEMONYMS_SPELLED_AS_COUNTRIES.map(([code, masculine]) => [foldKey(masculine), code])));
// the same behind the shape filter, for tokens: asked of every definite word
const masculinesAsCountriesOfTokens = lazy(() => new FilteredWords(masculinesSpelledAsCountries()));

// asked of nearly every token
const demonymCodes = lazy(() => new FilteredWords(demonymWords()));

/** Every word demonymCode knows, as a token's stem spells it (for tables keyed by stem). */
export function demonymStems(): Iterable<string> {
  return demonymCodes().keys();
}

/**
 * The ISO country code a demonym token stands for (`الروسي`, `والأرمن`, `الأذربيجانية` → RU, AM, AZ),
 * or null. Demonyms are nationalities, never places.
 */
export function demonymCode(token: Token | undefined): string | null {
  if (token === undefined || token.kind !== 'word') return null;
  return demonymCodes().get(token.stem, stemShape(token)) ?? definiteDemonymCode(token);
}

/**
 * A masculine nisba written as its country's name, a demonym with the article only (`الرئيس
 * البوروندي`; `رئيس بوروندي` is of the country): DEMONYMS_SPELLED_AS_COUNTRIES.
 */
function definiteDemonymCode(token: Token): string | null {
  if (!token.prefix.endsWith(ARTICLE) || token.suffix !== '') return null;
  return masculinesAsCountriesOfTokens().get(token.stem, stemShape(token)) ?? null;
}

/**
 * Whether a folded word is a demonym as the tokenizer would read it: with or without the article,
 * or with a final ه taken for a pronoun (`الهنديه`, `روسه` → روس). For lists, not text.
 */
export function isDemonymWord(folded: string): boolean {
  // the Map itself, not the filtered words: the gazetteer asks this of each of its thousands of names
  // on the first extract, where the filter's hashing costs more than the lookups it saves
  const codes = demonymWords();
  if (codes.has(folded)) return true;
  const bare = folded.startsWith(ARTICLE) ? folded.slice(ARTICLE.length) : folded;
  return codes.has(bare) || (bare.endsWith('ه') && codes.has(bare.slice(0, -1))) || (bare !== folded && masculinesSpelledAsCountries().has(bare));
}

// `جنوب أفريقي` → ZA: the folded two words of each compound nisba, in each regular form of the second
// (`الجنوب أفريقية`, `الجنوب أفريقيون`)
const compoundDemonyms = lazy(() => {
  const codes = new Map<string, string>();
  for (const [code, first, seconds] of COMPOUND_DEMONYMS) {
    for (const second of seconds) for (const ending of REGULAR_ENDINGS) codes.set(foldKey(`${first} ${second}${ending}`), code);
  }
  return codes;
});

// their first words (جنوب), asked before the two words are joined into a key: most definite words
// followed by a bare word, at every token of an article, start no compound nisba
const compoundDemonymFirsts = lazy(() => filteredSet(COMPOUND_DEMONYMS.map(([, first]) => foldKey(first))));

/** Whether the token is the first word of a compound nisba as it opens one, with the article alone (`الجنوب` of `الجنوب أفريقي`). */
export function opensCompoundDemonym(token: Token): boolean {
  return token.prefix === ARTICLE && compoundDemonymFirsts().has(token.stem, stemShape(token));
}

/**
 * The ISO code of a nisba of two words at `first` and the token after it (`الجنوب أفريقي`, `الجنوب
 * أفريقية` → ZA; COMPOUND_DEMONYMS): the first with the article alone, the second bare, in the
 * masculine, the feminine or a plural. Null otherwise.
 */
export function compoundDemonymCode(first: Token | undefined, second: Token | undefined): string | null {
  if (first?.kind !== 'word' || second?.kind !== 'word' || first.prefix !== ARTICLE || first.suffix !== '' || second.prefix !== '' || second.suffix !== '') return null;
  if (!opensCompoundDemonym(first)) return null;
  return compoundDemonyms().get(`${first.stem} ${second.stem}`) ?? null;
}

// `KR شمالي` → KP: a demonym's code and a folded masculine direction (DIRECTED_DEMONYMS)
const directedDemonyms = lazy(() => new Map(DIRECTED_DEMONYMS.map(([code, direction, country]) => [`${code} ${foldKey(direction)}`, country])));
const FOLDED_FEMININE_ENDING = 'ه';

/** A demonym read at a token: its country and the token after its last word. */
export interface DemonymAt {
  code: string;
  next: number;
}

/**
 * The demonym at token `at`, of one word or two: a compound nisba (`الجنوب أفريقية`:
 * compoundDemonymCode), or a demonym and a direction with the article naming another country
 * (`الكورية الشمالية` → KP, DIRECTED_DEMONYMS; `الكورية الجنوبية` is KR, the demonym's own, and two
 * words long). Null where no demonym starts there.
 */
export function demonymAt(tokens: readonly Token[], at: number): DemonymAt | null {
  const token = tokens[at];
  const code = demonymCode(token);
  if (code === null) {
    const compound = compoundDemonymCode(token, tokens[at + 1]);
    return compound === null ? null : { code: compound, next: at + 2 };
  }
  const directed = token!.prefix.endsWith(ARTICLE) ? directedDemonymCode(code, tokens[at + 1]) : null;
  return directed === null ? { code, next: at + 1 } : { code: directed, next: at + 2 };
}

/**
 * The country a demonym of `code` names with the direction after it (`الكوري الشمالي`, `الكورية
 * الشمالية` → KP: DIRECTED_DEMONYMS), or null: the direction with the article alone, in either gender.
 */
export function directedDemonymCode(code: string, direction: Token | undefined): string | null {
  if (direction?.kind !== 'word' || direction.prefix !== ARTICLE || direction.suffix !== '') return null;
  const masculine = direction.stem.endsWith(FOLDED_FEMININE_ENDING) ? direction.stem.slice(0, -1) : direction.stem;
  return directedDemonyms().get(`${code} ${masculine}`) ?? null;
}

/** A demonym of a text: the token it starts at and its country. */
export interface TextDemonym {
  at: number;
  code: string;
}

/** Every demonym of the tokens, in order, each where it starts (demonymAt: `الكورية الشمالية` is one, KP). */
export function demonymsIn(tokens: readonly Token[]): TextDemonym[] {
  const found: TextDemonym[] = [];
  for (let at = 0; at < tokens.length; ) {
    const demonym = demonymAt(tokens, at);
    if (demonym === null) at++;
    else {
      found.push({ at, code: demonym.code });
      at = demonym.next;
    }
  }
  return found;
}
