import type { DateMention } from '../dates/types';
import type { Figure } from '../figures/types';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/**
 * Settles overlaps between recognizers. A number inside a date or clock time belongs to the date
 * (`9 نوفمبر`, `عام 2020`): the dates recognizer only claims a number with a date marker, so a
 * counted year-like number (`1960 عسكريا`) stays a figure.
 */
export function resolveFigures(figures: readonly Figure[], dates: readonly DateMention[]): Figure[] {
  if (dates.length === 0) return [...figures];
  return figures.filter((f) => !dates.some((d) => overlaps(f, d)));
}
