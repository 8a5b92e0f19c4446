import type { DateMention } from '../../dates/types';
import type { Figure } from '../../figures/types';
import { withoutOverlaps } from './overlaps';

/**
 * Settles overlaps between recognizers. A number inside a date or clock time belongs to the date
 * (`9 نوفمبر`, `عام 2020`): the dates recognizer only claims a number with a date marker, so a
 * counted year-like number (`1960 عسكريا`) stays a figure. Both lists are in text order, so one sweep
 * settles them (testing each figure against every date was quadratic on text dense with both).
 */
export function resolveFigures(figures: readonly Figure[], dates: readonly DateMention[]): Figure[] {
  return withoutOverlaps(figures, dates);
}
