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
 * An organization's or a person's name owns its words: اليوم in روسيا اليوم is no date, السبع in مجموعة
 * السبع and ستة in غسان أبو ستة no figure (a person the people rules read across a number word or a
 * holiday's name, which they do only where the name's other words say so). Both lists are in text order.
 */
export function withoutWordsOfNames<T extends Span>(items: T[], entities: readonly EntityCandidate[]): T[] {
  const names = entities.filter((c) => c.category === 'organizations' || c.category === 'people');
  // most pieces name nobody over a figure or date: the list stays the one given, not a copy
  return names.length === 0 || items.length === 0 ? items : withoutOverlaps(items, names);
}
