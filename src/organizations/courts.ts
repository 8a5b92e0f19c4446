// A court's short name later in an article: after `محكمة الجنايات` (or `محكمة جنايات القاهرة`), a bare
// `الجنايات` where a court stands (`أمام الجنايات`, `وقضت الجنايات`) is that court. Before the full
// name, or where no court stands (`قدم المحامي الاستئناف` files an appeal), the word is common.
import type { EntityCandidate } from '../contracts/candidate';
import { startAfterClitics, type TokenStream } from '../text/phrases';
import type { Token } from '../text/tokenize';
import { organizationFound, type ArticleBodies } from './found';
import type { OrganizationTables } from './tables';

/** The court type a court mention is named by (`الجنايات` for `محكمة الجنايات` and `محكمة جنايات القاهرة`), or null. */
function courtTypeOf(stream: TokenStream, tables: OrganizationTables, court: EntityCandidate): string | null {
  if (court.kind !== 'court' || court.nextToken - court.firstToken < 2) return null;
  const word = stream.tokens[court.firstToken + 1]!;
  const type = word.prefix === '' ? 'ال' + word.norm : word.norm;
  return tables.courtTypes.has(type) ? type : null;
}

/** Whether the word before a bare court type makes it the court: a preposition before a court, or a court's verb. */
function courtStandsAfter(tables: OrganizationTables, token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || token.suffix !== '') return false;
  return tables.courtShortFormCues.has(token.norm) || tables.courtShortFormCues.has(token.stem);
}

/**
 * Mentions of the courts found so far by their short name (`cues`: the tokens the recognizer met that
 * hold a court type), each after the court's full name, written with the article and at most the
 * conjunction before it, and where a court stands. Returns the new mentions.
 */
export function findCourtShortNames({ stream, tables, all, cues, taken }: ArticleBodies): EntityCandidate[] {
  const named = new Map<string, EntityCandidate>();
  for (const body of all) {
    const type = courtTypeOf(stream, tables, body);
    if (type !== null && !named.has(type)) named.set(type, body);
  }
  const mentions: EntityCandidate[] = [];
  if (named.size === 0) return mentions;
  const tokens = stream.tokens;
  for (const cue of cues) {
    const token = tokens[cue]!;
    const court = named.get('ال' + token.stem);
    if (court === undefined || court.firstToken >= cue || taken[cue] === 1 || token.suffix !== '') continue;
    if (!['ال', 'وال', 'فال'].includes(token.prefix) || !courtStandsAfter(tables, tokens[cue - 1])) continue;
    const start = startAfterClitics(stream, token, token.prefix.length - 2);
    const facts = { key: court.key, kind: 'court' as const, strength: 2 as const, nationality: court.nationality };
    mentions.push(organizationFound(stream, { start, firstToken: cue, nextToken: cue + 1 }, facts).candidate);
  }
  return mentions;
}
