import { entityCandidate, type EntityCandidate } from '../contracts/candidate';
import { sameLine, startsLine } from '../text/lines';
import { DASHES, isPunctuation } from '../text/phrases';
import { candidate } from './candidate';
import { readName } from './names';
import type { Reader } from './reader';

// Between the authors of one byline (`كتب محمد عبد العظيم - أحمد عرفة`).
const AUTHOR_SEPARATORS = DASHES + '،,';

/**
 * `كتب X - Y` / `بقلم X` at the start of a line: every name in the list is an author. Also the author
 * of a credit line (`دمشق – X Y:`, `صوت الشعب – X Y:`).
 */
export function bylineAt(reader: Reader, index: number): EntityCandidate[] {
  const token = reader.tokens[index]!;
  if (!reader.lex.bylineWords.has(token.norm) || !startsLine(reader.stream, index)) return authorAfterSourceAt(reader, index);
  const authors: EntityCandidate[] = [];
  let at = index + 1;
  for (;;) {
    const name = readName(reader, at);
    if (!name || name.next - name.first < 2) break;
    authors.push(entityCandidate({ ...candidate(reader, name, 2), evidence: 'layout' }));
    at = name.next;
    if (!isPunctuation(reader.tokens[at], AUTHOR_SEPARATORS) || !sameLine(reader.stream, index, at + 1)) break;
    at++;
  }
  return authors;
}

/**
 * `City – First Last:` or `Outlet – First Last:` as a whole line: a place or organization opens the
 * line, a dash, a name of two words or more, a colon that ends the line. The name is the author,
 * whether or not a lexicon knows it; only that line shape vouches for it.
 */
function authorAfterSourceAt(reader: Reader, index: number): EntityCandidate[] {
  const { tokens, claims } = reader;
  const source = claims[index - 2];
  if (!isPunctuation(tokens[index - 1], DASHES) || (source?.category !== 'places' && source?.category !== 'organizations')) return [];
  // claims are shared by every token of their span: back to the span's first token
  let first = index - 2;
  while (first > 0 && claims[first - 1] === source) first--;
  if (!startsLine(reader.stream, first)) return [];
  const name = readName(reader, index);
  if (!name || name.next - name.first < 2 || !isPunctuation(tokens[name.next], ':')) return [];
  const after = name.next + 1;
  if (after < tokens.length && !startsLine(reader.stream, after)) return [];
  return [entityCandidate({ ...candidate(reader, name, 2), evidence: 'layout' })];
}
