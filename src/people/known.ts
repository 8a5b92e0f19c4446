import type { EntityCandidate } from '../contracts/candidate';
import { sameLine } from '../text/lines';
import { hasArticle, isPunctuation } from '../text/phrases';
import { bylineAt } from './bylines';
import { candidate } from './candidate';
import { isCompoundNameEnd, isUnlistedNameWord, readName, type NameSpan } from './names';
import { COMMAS, hasPreposition, isGivenName, isNotNameWord, namesLandmark, type Reader } from './reader';
import { introducesSpeech } from './speech';
import { titleAt, type TitleMatch } from './titles';

const OPENING_MARKS = '"“«\'';

/** A person named with evidence of its own: a byline, a title, a known given name. */
export function knownPersonAt(reader: Reader, index: number): EntityCandidate[] {
  if (index >= reader.tokens.length || reader.claims[index]) return [];
  const byline = bylineAt(reader, index);
  if (byline.length > 0) return byline;
  if (namesLandmark(reader.stream, reader.lex, index)) return [];
  const title = titleAt(reader, index);
  if (title) {
    let at = title.next;
    if (isPunctuation(reader.tokens[at], COMMAS)) at++;
    if (isPunctuation(reader.tokens[at], OPENING_MARKS)) at++;
    if (title.ambiguous && !opensName(reader, at)) return [];
    const name = readName(reader, at);
    if (name) return titledName(reader, name, title).map(questionable);
    // `السيد لامي`: a word after a title that looks like preposition + noun may still be a surname;
    // proposed as a guess the merger keeps only if a stronger mention names the same person
    const guess = readName(reader, at, true);
    return guess && guess.next - guess.first === 1 ? [questionable(candidate(reader, guess, 1, title))] : [];
  }
  const given = reader.tokens[index]!;
  if (isGivenName(reader, given, false)) {
    const name = readName(reader, index);
    if (name && name.next - name.first >= 2) return [questionable(candidate(reader, name, 2))];
  }
  // a compound given name (عبد الحكيم، عبد الرحمن، سيف الإسلام) followed by a family name, or a given name
  // that is also a common word followed by one (سامي عبد الرزاق): the particle or compound shows a name
  if ((given.norm === 'عبد' && !hasPreposition(given)) || isGivenName(reader, given, true)) {
    const name = readName(reader, index);
    if (name && name.next - name.first >= 3 && hasParticle(reader, name)) return [candidate(reader, name, 2)];
  }
  return [];
}

/**
 * A name right after a title. One word after a bare indefinite head is its adjective (`قال متحدث
 * عسكري`, `مستشار سابق`), no name. One word that a definite word follows is more often a noun in
 * construct (`أكد الوزير حرص الحكومة`, `بحث الرئيس سبل التعاون`) than a name: it is only a guess,
 * unless the two words are a name the reporting of speech confirms (`قال الروائي سليم الحداد إن`).
 */
function titledName(reader: Reader, name: NameSpan, title: TitleMatch): EntityCandidate[] {
  const { tokens } = reader;
  const next = tokens[name.next];
  const first = tokens[name.first]!;
  const single = name.next - name.first === 1 && !isGivenName(reader, first, true);
  if (single && title.bare) return [];
  // an everyday word that is also a given name (سعيد `happy`), alone after the title and before a
  // preposition with the article, is what the title's holder is: `المستشار سعيد بالنتائج`
  const everyday = name.next - name.first === 1 && !isGivenName(reader, first, false) && isGivenName(reader, first, true);
  if (everyday && next !== undefined && hasPreposition(next) && hasArticle(next)) return [candidate(reader, name, 1, title)];
  const construct = next !== undefined && next.prefix === 'ال' && !reader.claims[name.next] && !isNotNameWord(reader.lex, next);
  if (!single || !construct || !sameLine(reader.stream, name.first, name.next)) {
    return [candidate(reader, name, 3, title)];
  }
  const pair = { first: name.first, next: name.next + 1 };
  if (isUnlistedNameWord(reader, name.first, false, false) && introducesSpeech(reader, pair.next)) return [candidate(reader, pair, 3, title)];
  return [candidate(reader, name, 1, title)];
}

/** Marks a reading the entity model may set aside (see EntityCandidate.questionable). */
function questionable(found: EntityCandidate): EntityCandidate {
  found.questionable = true;
  return found;
}

/** Whether the word at `index` is a given name (even an everyday one) or a name particle. */
function opensName(reader: Reader, index: number): boolean {
  const token = reader.tokens[index];
  return token !== undefined && (isGivenName(reader, token, true) || reader.lex.particles.has(token.norm));
}

/** Whether a particle (عبد، بن) or the second half of a compound given name (نور الدين) shows the words are a name. */
function hasParticle(reader: Reader, name: NameSpan): boolean {
  for (let at = name.first; at < name.next; at++) {
    if (reader.lex.particles.has(reader.tokens[at]!.norm) || (at > name.first && isCompoundNameEnd(reader, at))) return true;
  }
  return false;
}
