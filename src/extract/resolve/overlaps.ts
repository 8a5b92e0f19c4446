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
