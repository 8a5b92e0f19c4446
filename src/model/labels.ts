import type { EntityCategory } from '../contracts/entity';

/**
 * The model's labels: BIO over people, places and organizations. O is 0; a type's B is odd, its I the
 * even label after it (beginOf, insideOf, typeOf).
 */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
export const LABEL_COUNT = LABELS.length;
export const OUTSIDE = 0;

/** The categories the model labels, in label order (B of type k is 2k+1, its I is 2k+2). */
export const MODEL_CATEGORIES: readonly EntityCategory[] = ['people', 'places', 'organizations'];

export const beginOf = (type: number): number => 2 * type + 1;
export const insideOf = (type: number): number => 2 * type + 2;
/** The type index of a B or I label (-1 for O). */
export const typeOf = (label: number): number => (label === OUTSIDE ? -1 : (label - 1) >> 1);
export const isInside = (label: number): boolean => label !== OUTSIDE && label % 2 === 0;

/** Whether label `to` may follow `from` (an I only continues its own type). */
export function mayFollow(from: number, to: number): boolean {
  return !isInside(to) || (from !== OUTSIDE && typeOf(from) === typeOf(to));
}
