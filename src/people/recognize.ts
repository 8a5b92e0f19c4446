import type { Claim } from '../contracts/claims';
import type { EntityCandidate } from '../contracts/candidate';
import type { TextContext } from '../contracts/context';
import { knownPersonAt } from './known';
import { peopleLexicon } from './lexicon';
import { demonymCode, opensCompoundDemonym } from '../contracts/demonyms';
import { coordinatedAfter, listAt } from './lists';
import { DASHES, isPunctuation } from '../text/phrases';
import { normShape, stemShape } from '../text/word-shapes';
import type { Reader } from './reader';
import type { Token } from '../text/tokenize';
import { isNationalNoun, isNationalSubject, nationalPersonAt } from './nationals';
import { appointeeAt, officeHolderAt, playerAt, reportedPersonAt } from './reported';

/**
 * Proposes people from these kinds of evidence, strongest first: a title or role before a name
 * (`الرئيس الروسي فلاديمير بوتين`), a known given name starting a name of two words or more
 * (`إيمانويل ماكرون`), a byline (`كتب محمد عبد العظيم - أحمد عرفة`), and for names no lexicon
 * knows, a reporting verb with reported speech after the name (`قال X Y إن`), a list introducer
 * (`بكل من X Y وZ W`) or a و after a person found. A title with no name after it (`الرئيس`)
 * proposes nothing. Names stop at what other recognizers claimed (places,
 * organizations, dates, figures), at punctuation and at words that cannot be names. Later mentions by
 * surname alone are found when mentions are merged (src/people/merge.ts).
 *
 * A person with evidence of its own is read in known.ts (with titles.ts and bylines.ts), the others
 * in reported.ts (after a reporting verb or a verb of play: `ومرر X كرة`), lists.ts and nationals.ts
 * (a demonym as a noun: `مع البرازيلي نيمار`, `وسجل البرازيلي X Y`); names.ts
 * reads the name itself, whatever the evidence.
 */
export function recognizePeople(ctx: TextContext, claims: readonly (Claim | undefined)[]): EntityCandidate[] {
  const reader: Reader = {
    stream: { source: ctx.source, view: ctx.view, tokens: ctx.tokens },
    tokens: ctx.tokens,
    claims,
    lex: peopleLexicon(),
    lastName: { at: -1, whole: false, name: null },
    verbKindsAt: -1,
    verbKinds: 0,
  };
  const found: EntityCandidate[] = [];
  for (let index = 0; index < reader.tokens.length; ) {
    // (most tokens start no reading: they are told so here, without a call of the readings)
    const person = reader.claims[index] || !mayStartPerson(reader, index) ? null : personAt(reader, index);
    if (person === null) {
      index++;
      continue;
    }
    for (const candidate of person) found.push(candidate);
    index = person[person.length - 1]!.nextToken;
  }
  return found;
}

/** The people read from token `index` on, a token no other recognizer claimed that may start one (mayStartPerson), or null (nothing is allocated then). */
function personAt(reader: Reader, index: number): EntityCandidate[] | null {
  // a verb of office holders starts no reading but a name with its office after it (officeHolderAt)
  const office = officeHolderAt(reader, index);
  if (office !== null) return office.length > 0 ? [...office, ...coordinatedAfter(reader, office[0]!)] : null;
  const listed = listAt(reader, index);
  if (listed.length > 0) return listed;
  const known = knownPersonAt(reader, index);
  let found = known.length > 0 ? known : reportedPersonAt(reader, index);
  if (found.length === 0) found = appointeeAt(reader, index);
  if (found.length === 0) found = nationalPersonAt(reader, index);
  if (found.length === 0) found = playerAt(reader, index);
  return found.length > 0 ? [...found, ...coordinatedAfter(reader, found[found.length - 1]!)] : null;
}

/**
 * Whether any reading can start at the token: its word, whole or without its proclitics, is one a
 * reading starts with, it follows a dash, where a credit line's author starts, or it is a national
 * noun (`مع البرازيلي`, `وسجل البرازيلي`).
 */
function mayStartPerson(reader: Reader, index: number): boolean {
  const token = reader.tokens[index]!;
  if (token.kind !== 'word') return false;
  const { startWords } = reader.lex;
  // the stem is the word itself unless the splitter took letters off it
  return (
    startWords.has(token.norm, normShape(token)) ||
    (token.stem !== token.norm && startWords.has(token.stem, stemShape(token))) ||
    isPunctuation(reader.tokens[index - 1], DASHES) ||
    (mayBeNational(token) && (isNationalNoun(reader, index) || isNationalSubject(reader, index)))
  );
}

/**
 * Whether the word may be a demonym isNationalNoun and isNationalSubject read: with proclitics of two
 * letters or more (ال، لل، بال، وال), a demonym or the first word of one of two words (الجنوب). Asked once
 * for both readings; most words fail the first test, and most others the demonyms' shape filter.
 */
function mayBeNational(token: Token): boolean {
  return token.prefix.length >= 2 && (demonymCode(token) !== null || opensCompoundDemonym(token));
}
