import type { DateMention } from '../dates/types';
import type { TextContext } from '../extract/context';
import type { Figure } from '../figures/types';
import { mergePeople } from '../people/merge';
import { recognizePeople } from '../people/recognize';
import { recognizeOrganizations } from '../organizations/recognize';
import { recognizePlaces } from '../places/recognize';
import type { EntityCandidate } from './candidate';
import { claimTokens, type Claim } from './claims';
import { settleOverlaps } from '../resolve/entities';

/**
 * The people, places and organizations of the tokens in `ctx`, as settled candidates (grouping
 * into entities is the caller's last step, after all pieces of a long text). Places and
 * organizations come first: a person's title may run through them (`رئيس وزراء أرمينيا`) and a name
 * stops at them. Dates and figures claim their tokens too, so `الجمعة` or `10` never ends up inside
 * a name. One settlement over all candidates.
 */
export function recognizeEntities(
  ctx: TextContext,
  dates: readonly DateMention[],
  figures: readonly Figure[],
): EntityCandidate[] {
  const dateClaims = claimTokens(ctx.tokens, dates.map((d) => ({ start: d.start, end: d.end, claim: { category: 'dates' as const } })));
  // a place inside a date is the date's (بتوقيت طهران names a time zone)
  const inDate = (c: EntityCandidate): boolean => dateClaims.slice(c.firstToken, c.nextToken).some(Boolean);
  const known = settleOverlaps([...recognizePlaces(ctx).filter((c) => !inDate(c)), ...recognizeOrganizations(ctx)]);
  const otherClaims = claimTokens(ctx.tokens, [
    ...known.map((c) => ({ start: c.start, end: c.end, claim: claimOf(c) })),
    ...figures.map((f) => ({ start: f.start, end: f.end, claim: { category: 'figures' as const } })),
  ]);
  // Array.from, not map: the claim arrays are sparse and map would skip the holes
  const claims = Array.from(otherClaims, (claim, index) => claim ?? dateClaims[index]);
  const stream = { source: ctx.source, view: ctx.view, tokens: ctx.tokens };
  const people = mergePeople(stream, recognizePeople(ctx, claims), (index) => claims[index] === undefined);
  return settleOverlaps([...known, ...people]);
}

function claimOf(candidate: EntityCandidate): Omit<Claim, 'nextToken'> {
  const claim: Omit<Claim, 'nextToken'> = { category: candidate.category === 'places' ? 'places' : 'organizations' };
  if (candidate.countryCode) claim.countryCode = candidate.countryCode;
  if (candidate.nationality) claim.nationality = candidate.nationality;
  return claim;
}
