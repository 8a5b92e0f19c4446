import type { DateMention } from '../dates/types';
import type { TextContext } from '../contracts/context';
import type { Token } from '../text/tokenize';
import type { Figure } from '../figures/types';
import { mergePeople } from '../people/merge';
import { recognizePeople } from '../people/recognize';
import { recognizeCreditedOutlets } from '../organizations/credits';
import { recognizeOrganizations } from '../organizations/recognize';
import { organizationTables } from '../organizations/tables';
import { recognizePlaces } from '../places/recognize';
import type { EntityCandidate } from '../contracts/candidate';
import { addCategoryClaims, addClaims, claimTokens, type ClaimSpan } from '../contracts/claims';
import type { ModelWithRules } from '../model/model';
import { combineWithModel, namedAsTheRules } from './combine';
import { settleOverlaps } from './resolve/entities';
import { withoutOverlaps } from './resolve/overlaps';
import { recognizeUserNames } from './user-lexicon';

/**
 * The people, places and organizations of the tokens in `ctx`, as settled candidates (grouping
 * into entities is the caller's last step, after all pieces of a long text). Places and
 * organizations come first: a person's title may run through them (`رئيس وزراء أرمينيا`) and a name
 * stops at them. Dates and figures claim their tokens too, so `الجمعة` or `10` never ends up inside
 * a name. One settlement over all candidates. `earlierPeople`: person keys from earlier pieces of
 * the same text, whose surnames alone count here too.
 */
export function recognizeEntities(
  ctx: TextContext,
  dates: readonly DateMention[],
  figures: readonly Figure[],
  earlierPeople: readonly string[] = [],
  model: ModelWithRules | null = null,
): EntityCandidate[] {
  // text of numbers and their units only (a table's column, 1م1م…): no recognizer finds a name there
  if (!ctx.userLexicon && !mayHoldName(ctx.tokens)) return [];
  // the caller's own names come first: what the recognizers propose over them gives way
  const user = ctx.userLexicon ? recognizeUserNames(ctx, ctx.userLexicon) : [];
  // a place inside a date is the date's (بتوقيت طهران names a time zone)
  const places = withoutOverlaps(withoutOverlaps(recognizePlaces(ctx), dates), user);
  const found = [...user, ...settleOverlaps([...places, ...withoutOverlaps(recognizeOrganizations(ctx), user)])];
  // later spans win a token: an organization over a date inside its name (اليوم in روسيا اليوم)
  const claims = claimTokens(ctx.tokens);
  addCategoryClaims(claims, ctx.tokens, dates, 'dates');
  addClaims(claims, ctx.tokens, found.map(claimSpan));
  addCategoryClaims(claims, ctx.tokens, figures, 'figures');
  const stream = { source: ctx.source, view: ctx.view, tokens: ctx.tokens };
  // a credit line's outlet is any word not already a date, place or known body there
  const outlets = recognizeCreditedOutlets(stream, organizationTables(), claims);
  let known = [...found, ...outlets];
  addClaims(claims, ctx.tokens, outlets.map(claimSpan));
  let people = recognizePeople(ctx, claims);
  if (model) {
    // the model reads what the rules found, proposes the rest and may set aside a guessed person
    const read = combineWithModel(model, stream, claims, people);
    known = known.concat(namedAsTheRules(read.known, known, ctx.source));
    addClaims(claims, ctx.tokens, read.known.map(claimSpan));
    people = read.people;
  }
  const merged = mergePeople(stream, people, (index) => claims[index] === undefined, earlierPeople);
  return settleOverlaps([...known, ...withoutOverlaps(merged, user)]);
}

/**
 * Whether any token could be part of a name: a word or a run of other letters, but not a letter alone
 * right after a number, which is its unit or era (5 م، 1م). Every recognizer of people, places and
 * organizations, and the model (whose closed tokens these are), starts from such a word, so text
 * without one is passed over: on a megabyte of `1م` the entity stage took a sixth of the time and
 * allocated a fifth of the memory, to find nothing. News returns at its first word.
 */
function mayHoldName(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const { kind } = tokens[k]!;
    if (kind === 'number' || kind === 'punctuation' || kind === 'symbol') continue;
    if (kind === 'word' && tokens[k]!.norm.length === 1 && k > 0 && tokens[k - 1]!.kind === 'number') continue;
    return true;
  }
  return false;
}

function claimSpan(candidate: EntityCandidate): ClaimSpan {
  const { start, end, countryCode, nationality } = candidate;
  // a user's person claims its tokens like a body, so the people recognizer does not read them again
  return { start, end, category: candidate.category === 'places' ? 'places' : 'organizations', countryCode, nationality };
}
