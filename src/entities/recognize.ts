import type { DateMention } from '../dates/types';
import type { TextContext } from '../extract/context';
import type { Figure } from '../figures/types';
import { mergePeople } from '../people/merge';
import { recognizePeople } from '../people/recognize';
import type { EntityCandidate } from './candidate';
import { claimTokens, type Claim } from './claims';
import { buildEntities, settleOverlaps } from './resolve';
import type { Entity } from './types';

/**
 * People, places and organizations. Places and organizations come first: a person's title may run
 * through them (`رئيس وزراء أرمينيا`) and a name stops at them. Dates and figures claim their tokens
 * too, so `الجمعة` or `10` never ends up inside a name. One settlement over all candidates, then
 * grouping into entities.
 */
export function recognizeEntities(
  ctx: TextContext,
  dates: readonly DateMention[],
  figures: readonly Figure[],
): { people: Entity[]; places: Entity[]; organizations: Entity[] } {
  const known = settleOverlaps([]);
  const claims = claimTokens(ctx.tokens, [
    ...known.map((c) => ({ start: c.start, end: c.end, claim: claimOf(c) })),
    ...dates.map((d) => ({ start: d.start, end: d.end, claim: { category: 'dates' as const } })),
    ...figures.map((f) => ({ start: f.start, end: f.end, claim: { category: 'figures' as const } })),
  ]);
  const stream = { source: ctx.source, view: ctx.view, tokens: ctx.tokens };
  const people = mergePeople(stream, recognizePeople(ctx, claims), (index) => claims[index] === undefined);
  const settled = settleOverlaps([...known, ...people]);
  return {
    people: buildEntities(ctx.source, settled, 'people'),
    places: buildEntities(ctx.source, settled, 'places'),
    organizations: buildEntities(ctx.source, settled, 'organizations'),
  };
}

function claimOf(candidate: EntityCandidate): Omit<Claim, 'nextToken'> {
  const claim: Omit<Claim, 'nextToken'> = { category: candidate.category === 'places' ? 'places' : 'organizations' };
  if (candidate.countryCode) claim.countryCode = candidate.countryCode;
  if (candidate.nationality) claim.nationality = candidate.nationality;
  return claim;
}
