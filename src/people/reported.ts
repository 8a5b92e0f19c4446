import type { EntityCandidate } from '../contracts/candidate';
import { sameLine } from '../text/lines';
import type { Token } from '../text/tokenize';
import { candidate } from './candidate';
import { knownPersonAt } from './known';
import type { PeopleLexicon } from './lexicon';
import { unlistedNameAt } from './names';
import { hasConjunction, type Reader } from './reader';
import { introducesSpeech } from './speech';

/**
 * `قال X Y إن`: the subject of a reporting verb, when no other evidence names it, is a name nobody
 * lists only if its two or three words look like one (unlistedNameAt). Sources quoted without a
 * name (`قال مصدر مسؤول إن`) look just like it, so the reading stands on its own (strength 2) only
 * when what follows it is how reported speech goes on: `إن`/`أن`, a colon, `، ` and a title, `في
 * بيان`, `لوكالة …`. Otherwise it is a guess the merger keeps only beside a stronger mention of the
 * same person.
 */
export function reportedPersonAt(reader: Reader, index: number): EntityCandidate[] {
  if (!isSpeechVerb(reader.lex, reader.tokens[index]!) || !sameLine(reader.stream, index, index + 1)) return [];
  const known = knownPersonAt(reader, index + 1);
  if (known.length > 0) return known;
  const name = unlistedNameAt(reader, index + 1, false);
  return name ? [candidate(reader, name, introducesSpeech(reader, name.next) ? 2 : 1)] : [];
}

function isSpeechVerb(lex: PeopleLexicon, token: Token): boolean {
  if (token.kind !== 'word') return false;
  return lex.speechVerbs.has(token.norm) || (hasConjunction(token) && lex.speechVerbs.has(token.stem));
}
