import { WEEKDAY_NAMES } from '../data/dates/weekdays';
import { lazy } from '../text/lazy';
import { PhraseIndex, type PhraseMatch, type TokenStream } from '../text/phrases';

export const weekdayNames = lazy(() => new PhraseIndex(WEEKDAY_NAMES));

/** A weekday name (الجمعة، والأحد، الإثنين) at `index`: 0 = Sunday … 6 = Saturday. */
export function matchWeekday(stream: TokenStream, index: number): PhraseMatch<number> | null {
  return weekdayNames().match(stream, index);
}
