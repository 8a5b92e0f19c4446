import type { DateMention } from '../../dates/types';
import type { Figure } from '../../figures/types';
import { withoutOverlaps } from './overlaps';

/**
 * Settles overlaps between recognizers. A number inside a date or clock time belongs to the date
 * (`9 نوفمبر`, `عام 2020`): the dates recognizer only claims a number with a date marker, so a
 * counted year-like number (`1960 عسكريا`) stays a figure. Both lists are in text order, so one sweep
 * settles them (testing each figure against every date was quadratic on text dense with both).
 */
export function resolveFigures(figures: Figure[], dates: readonly DateMention[]): Figure[] {
  // with no date every figure stays, and the recognizer's own list is kept rather than copied
  return dates.length === 0 ? figures : withoutOverlaps(figures, dates);
}
