import { entityCandidate, type EntityCandidate } from '../contracts/candidate';
import { isPrepositionLetter } from '../text/clitics';
import { startAfterClitics } from '../text/phrases';
import { normShape, stemShape } from '../text/word-shapes';
import type { NameSpan } from './names';
import { hasConjunction, type Reader } from './reader';
import { nameSkeleton } from './skeleton';
import type { TitleMatch } from './titles';

/**
 * A name found, proposed as a person keyed on its skeleton, with the title that introduced it.
 * `noConjunction`: the name stands where no conjunction can (after a title, a demonym as a noun).
 */
export function candidate(reader: Reader, name: NameSpan, strength: 1 | 2 | 3, title?: TitleMatch, noConjunction = title !== undefined): EntityCandidate {
  const first = reader.tokens[name.first]!;
  const last = reader.tokens[name.next - 1]!;
  // a conjunction on the first word is not part of the name (وإيمانويل ماكرون). Where no conjunction
  // can stand the splitter took a name's first letter for one (المطربة فيروز، مع البريطاني ويسلي X),
  // unless the lists hold the given name only without it (السفير الأمريكي وجون كيري). A preposition
  // after the conjunction is the name's own letter, or no name would start there (ولوكاس: names.ts,
  // mayOwnPreposition)
  const { givenNames } = reader.lex;
  const joined = !noConjunction || (givenNames.has(first.stem, stemShape(first)) && !givenNames.has(first.norm, normShape(first)));
  const conjunction = hasConjunction(first) && joined;
  const owned = conjunction && first.prefix.length === 2 && isPrepositionLetter(first.prefix.charCodeAt(1));
  const start = !conjunction ? first.start : owned ? startAfterClitics(reader.stream, first, 1) : first.stemStart;
  const firstWord = !conjunction ? first.norm : owned ? first.norm.slice(1) : first.stem;
  const words = reader.tokens.slice(name.first, name.next).map((t, k) => (k === 0 ? firstWord : t.norm));
  return entityCandidate({
    category: 'people',
    start,
    end: last.end,
    firstToken: name.first,
    nextToken: name.next,
    key: words.map((word) => nameSkeleton(word)).join(' '),
    nationality: title?.nationality || undefined,
    titles: title && [title.text],
    strength,
  });
}
