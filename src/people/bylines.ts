import type { EntityCandidate } from '../entities/candidate';
import { sameLine, startsLine } from '../text/lines';
import { isPunctuation } from '../text/phrases';
import { candidate } from './candidate';
import { readName } from './names';
import type { Reader } from './reader';

// Between the authors of one byline (`كتب محمد عبد العظيم - أحمد عرفة`).
const AUTHOR_SEPARATORS = '-–—،,';

/** `كتب X - Y` / `بقلم X` at the start of a line: every name in the list is an author. */
export function bylineAt(reader: Reader, index: number): EntityCandidate[] {
  const token = reader.tokens[index]!;
  if (!reader.lex.bylineWords.has(token.norm) || !startsLine(reader.stream, index)) return [];
  const authors: EntityCandidate[] = [];
  let at = index + 1;
  for (;;) {
    const name = readName(reader, at);
    if (!name || name.next - name.first < 2) break;
    authors.push(candidate(reader, name, 2));
    at = name.next;
    if (!isPunctuation(reader.tokens[at], AUTHOR_SEPARATORS) || !sameLine(reader.stream, index, at + 1)) break;
    at++;
  }
  return authors;
}
