// A demonym standing as a noun before a name (`تعاقد الهلال مع البرازيلي نيمار`, `فاز على الإسباني نادال`).
import { demonymCode } from '../contracts/demonyms';
import type { EntityCandidate } from '../contracts/candidate';
import { sameLine } from '../text/lines';
import { candidate } from './candidate';
import { endsPhrase } from './lists';
import { isUnlistedNameWord, mayOwnPreposition, readName, unlistedNameAt } from './names';
import { hasConjunction, isGivenName, type Reader } from './reader';

// The sound plural endings, folded: `مع البرازيليين` names a group, not one person.
const PLURAL = /(?:ون|ين|ات)$/;

/**
 * Whether token `index` is a definite singular demonym after a preposition (NATIONAL_PREPOSITIONS:
 * `مع البرازيلي`; for a feminine one WOMAN_NATIONAL_PREPOSITIONS) or with
 * one on it (`للبرازيلي`, masculine: `بالعربية` is a language): a noun for a national, which a name
 * may follow.
 */
export function isNationalNoun(reader: Reader, index: number): boolean {
  const token = reader.tokens[index]!;
  const { prefix, stem } = token;
  if (prefix !== 'ال' && prefix !== 'لل' && prefix !== 'بال') return false;
  const feminine = stem.endsWith('ه');
  if (prefix === 'ال') {
    const before = reader.tokens[index - 1];
    const prepositions = feminine ? reader.lex.womanNationalPrepositions : reader.lex.nationalPrepositions;
    if (before === undefined || !prepositions.has(before.norm)) return false;
  } else if (feminine) return false;
  return !reader.claims[index] && !PLURAL.test(stem) && demonymCode(token) !== null && sameLine(reader.stream, index, index + 1);
}

/**
 * The person named after a national noun (isNationalNoun): a name a given name opens, an unlisted
 * name of two or three words, or one word that looks like a name where a noun phrase could not go on
 * (`مع البرازيلي نيمار لمدة موسمين`; not `إلى الروسية كتاب الأمير`). It carries the nationality.
 */
export function nationalPersonAt(reader: Reader, index: number): EntityCandidate[] {
  if (!isNationalNoun(reader, index)) return [];
  const at = index + 1;
  const first = reader.tokens[at];
  // a name's own first letter may look like a preposition (الأرجنتيني لاوتارو مارتينيز)
  if (first === undefined || (first.prefix !== '' && (hasConjunction(first) || !mayOwnPreposition(reader, first)))) return [];
  // a given name reads on (المغربي مبارك بوصوفة); another word alone where the phrase plainly ends
  // (نيمار لمدة موسمين: لمدة is no surname), or two or three words that look like a name
  let name = isGivenName(reader, first, true) ? readName(reader, at, true) : null;
  if (!name && isUnlistedNameWord(reader, at, false, false) && readName(reader, at, true) !== null && endsPhrase(reader, at + 1)) {
    name = { first: at, next: at + 1 };
  }
  name ??= unlistedNameAt(reader, at, false);
  if (!name) return [];
  const found = candidate(reader, name, 2);
  found.nationality = demonymCode(reader.tokens[index]) ?? undefined;
  return [found];
}
