// Names with no evidence of their own that stand in a list of people or are joined by و to a person found.
import type { EntityCandidate } from '../contracts/candidate';
import { sameLine } from '../text/lines';
import { hasArticle, isPunctuation } from '../text/phrases';
import type { Token } from '../text/tokenize';
import { candidate } from './candidate';
import { knownPersonAt } from './known';
import { isNameWord, isUnlistedNameWord, mayOwnPreposition, ownsPreposition, unlistedNameAt, type NameSpan } from './names';
import { COMMAS, hasConjunction, hasPreposition, isGivenName, isNotNameWord, type Reader } from './reader';

// Most names read in one list or chain of و (بكل من X وY وZ …): bounds the lookahead.
const MAX_LIST_NAMES = 8;

/**
 * `بكل من X وY`, `وهم X، Y وZ`: after a word that opens a list of people, every element is a
 * person, with a title, a known given name or a name of two or three words that looks like one.
 * A list needs two elements, or the introducer was something else (`هم` the pronoun).
 */
export function listAt(reader: Reader, index: number): EntityCandidate[] {
  const introducer = reader.lex.listIntroducers.match(reader.stream, index);
  if (!introducer) return [];
  let at = introducer.next;
  if (isPunctuation(reader.tokens[at], ':')) at++;
  const names: EntityCandidate[] = [];
  while (names.length < MAX_LIST_NAMES && sameLine(reader.stream, index, at)) {
    const element = listElementAt(reader, at);
    if (element.length === 0) break;
    for (const name of element) names.push(name);
    at = pastAdjunct(reader, element[element.length - 1]!.nextToken);
    if (isPunctuation(reader.tokens[at], COMMAS)) at++;
    else if (!startsWithAnd(reader, reader.tokens[at])) break;
  }
  return names.length >= 2 ? names : [];
}

/** Tokens a list element's adjunct may hold: a preposition and the two words it governs (`في الدقيقة 12`). */
const MAX_ADJUNCT_TOKENS = 3;

/**
 * Past a short adjunct after a list's element, when the next element follows it (`كل من X في الدقيقة
 * 12 وY في الدقيقة 55`, `كل من X من مصر وY من تونس`): a bare preposition and up to two words or
 * numbers, then a word joined by و. Else `at` itself.
 */
function pastAdjunct(reader: Reader, at: number): number {
  const preposition = reader.tokens[at];
  if (preposition === undefined || preposition.prefix !== '' || !reader.lex.adjunctPrepositions.has(preposition.norm)) return at;
  for (let next = at + 1; next <= at + MAX_ADJUNCT_TOKENS && next < reader.tokens.length; next++) {
    const token = reader.tokens[next]!;
    if (!sameLine(reader.stream, at, next) || token.kind === 'punctuation') return at;
    if (next > at + 1 && startsWithAnd(reader, token)) return next;
  }
  return at;
}

/** One element of a list of people: a known person, or an unlisted name that ends where a noun phrase would. */
function listElementAt(reader: Reader, at: number): EntityCandidate[] {
  const known = knownPersonAt(reader, at);
  if (known.length > 0) return known;
  const name = unlistedNameAt(reader, at, startsWithAnd(reader, reader.tokens[at])) ?? givenAndFamilyAt(reader, at);
  return name && endsPhrase(reader, name.next) ? [candidate(reader, name, 2)] : [];
}

/**
 * A given name that is also a word and a family name, with the article or one that looks like a
 * name (`وحسن الطاهري`, `سعيد الأمين`, `سامي حداد`): alone it could be an adjective and a noun, but a
 * list of people vouches for it. The family name's first letter may be one the splitter took for a
 * preposition (`يسري بوزوق`, `وعلي لعرج`: Maghreb family names open with بو، بن، بل and ل) when the
 * rest is no word the lists know (`محمد لوكالة`) and no verbal noun (`سامي لمواجهة`); never after ل
 * fused with the article (`وليا للعهد`).
 */
function givenAndFamilyAt(reader: Reader, at: number): NameSpan | null {
  const given = reader.tokens[at];
  const family = reader.tokens[at + 1];
  if (given === undefined || family === undefined || !isGivenName(reader, given, true)) return null;
  // (ل fused with the article is a preposition too: `وليا للعهد`, crown prince in the accusative)
  const preposition = (hasPreposition(family) && !ownsPreposition(reader, family)) || family.prefix.endsWith('لل');
  if (preposition || hasConjunction(family) || !isNameWord(reader, at + 1) || !sameLine(reader.stream, at, at + 1)) return null;
  if (!hasArticle(family) && !isUnlistedNameWord(reader, at + 1, false, true)) return null;
  return { first: at, next: at + 2 };
}

/**
 * `X Y وZ W`: names joined by و to a person just found are people too when they look like names.
 * They have no evidence of their own, so they must end where a noun phrase could not go on (an
 * unknown word after `ووفد مرافق` may be an adjective); they are as sure as the name they follow.
 * A known person after the conjunction is left to the main loop, which goes on from it.
 */
export function coordinatedAfter(reader: Reader, previous: EntityCandidate): EntityCandidate[] {
  const names: EntityCandidate[] = [];
  let at = previous.nextToken;
  while (names.length < MAX_LIST_NAMES && startsWithAnd(reader, reader.tokens[at]) && sameLine(reader.stream, at - 1, at)) {
    if (knownPersonAt(reader, at).length > 0) break;
    const name = unlistedNameAt(reader, at, true) ?? givenAndFamilyAt(reader, at);
    if (!name || !endsPhrase(reader, name.next)) break;
    names.push(candidate(reader, name, previous.strength));
    at = name.next;
  }
  return names;
}

/**
 * Whether a name read without evidence of its own ends where a noun phrase could not go on: at a
 * mark, a claimed span, a function word, a preposition, the next و or a line break. An unknown word
 * right after it may be an adjective of a common noun.
 */
export function endsPhrase(reader: Reader, at: number): boolean {
  const token = reader.tokens[at];
  if (token === undefined || token.kind !== 'word' || reader.claims[at] || !sameLine(reader.stream, at - 1, at)) return true;
  return isNotNameWord(reader.lex, token) || hasPreposition(token) || startsWithAnd(reader, token);
}

/**
 * Whether the word is joined by و (and) to what came before: the next element of a list, also when
 * the splitter took the name's first letter for a preposition after the و (ولوكاس).
 */
function startsWithAnd(reader: Reader, token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || !token.prefix.startsWith('و')) return false;
  return token.prefix === 'و' || mayOwnPreposition(reader, token);
}
