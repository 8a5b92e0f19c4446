import { COMPOUND_DEMONYMS, DEMONYMS } from '../data/places/demonyms';
import { lazy } from '../text/lazy';
import { foldKey } from '../text/fold-key';
import { FilteredWords, stemShape } from '../text/word-shapes';
import type { Token } from '../text/tokenize';

// Regular derivations of a masculine nisba: feminine, sound masculine plurals, feminine plural.
const REGULAR_ENDINGS = ['', 'ة', 'ون', 'ين', 'ات'];

const demonymWords = lazy(() => {
  const codes = new Map<string, string>();
  for (const [code, singulars, plurals] of DEMONYMS) {
    for (const singular of singulars) for (const ending of REGULAR_ENDINGS) codes.set(foldKey(singular + ending), code);
    for (const plural of plurals) codes.set(foldKey(plural), code);
  }
  return codes;
});

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
  return demonymCodes().get(token.stem, stemShape(token)) ?? null;
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
  const bare = folded.startsWith('ال') ? folded.slice(2) : folded;
  return codes.has(bare) || (bare.endsWith('ه') && codes.has(bare.slice(0, -1)));
}

// `جنوب أفريقي` → ZA: the folded two words of each compound nisba's masculine form
const compoundDemonyms = lazy(() => {
  const codes = new Map<string, string>();
  for (const [code, first, seconds] of COMPOUND_DEMONYMS) for (const second of seconds) codes.set(foldKey(`${first} ${second}`), code);
  return codes;
});

/**
 * The ISO code of a masculine nisba of two words at `first` and the token after it (`الجنوب أفريقي` →
 * ZA; COMPOUND_DEMONYMS): the first with the article alone, the second bare. Null otherwise.
 */
export function compoundDemonymCode(first: Token | undefined, second: Token | undefined): string | null {
  if (first?.kind !== 'word' || second?.kind !== 'word' || first.prefix !== 'ال' || first.suffix !== '' || second.prefix !== '' || second.suffix !== '') return null;
  return compoundDemonyms().get(`${first.stem} ${second.stem}`) ?? null;
}
