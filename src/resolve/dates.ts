import type { DateMention } from '../dates/types';
import type { EntityCandidate } from '../entities/candidate';

/** An organization's name owns its words: اليوم in روسيا اليوم is no date. Both lists are in text order. */
export function withoutOrganizationNames(dates: readonly DateMention[], entities: readonly EntityCandidate[]): DateMention[] {
  const organizations = entities.filter((c) => c.category === 'organizations');
  let k = 0;
  return dates.filter((date) => {
    while (k < organizations.length && organizations[k]!.end <= date.start) k++;
    const organization = organizations[k];
    return !(organization && organization.start < date.end);
  });
}
