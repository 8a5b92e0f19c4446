import type { EntityCandidate } from '../../contracts/candidate';

interface Span {
  start: number;
  end: number;
}

/**
 * The items that overlap none of the blockers, in one sweep: both lists must be in text order (by
 * start). A blocker ending before an item starts cannot reach a later item, so it is passed for good.
 */
export function withoutOverlaps<T extends Span>(items: readonly T[], blockers: readonly Span[]): T[] {
  let k = 0;
  return items.filter((item) => {
    while (k < blockers.length && blockers[k]!.end <= item.start) k++;
    const blocker = blockers[k];
    return !(blocker && blocker.start < item.end);
  });
}

/**
 * An organization's name owns its words: اليوم in روسيا اليوم is no date, السبع in مجموعة السبع no
 * figure. Both lists are in text order.
 */
export function withoutOrganizationNames<T extends Span>(items: T[], entities: readonly EntityCandidate[]): T[] {
  const organizations = entities.filter((c) => c.category === 'organizations');
  // most pieces name no organization over a figure or date: the list stays the one given, not a copy
  return organizations.length === 0 ? items : withoutOverlaps(items, organizations);
}
