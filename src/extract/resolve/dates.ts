import type { DateMention } from '../../dates/types';
import type { EntityCandidate } from '../../contracts/candidate';
import { withoutOverlaps } from './overlaps';

/** An organization's name owns its words: اليوم in روسيا اليوم is no date. Both lists are in text order. */
export function withoutOrganizationNames(dates: readonly DateMention[], entities: readonly EntityCandidate[]): DateMention[] {
  return withoutOverlaps(
    dates,
    entities.filter((c) => c.category === 'organizations'),
  );
}
