import { NAMED_DAY_ADJECTIVES, WEEKDAY_NAMES } from '../data/dates/weekdays';
import { lazy } from '../text/lazy';
import { type PhraseMatch, type TokenStream } from '../text/phrases';
import { dateIndex } from './word-group';

export const weekdayNames = lazy(() => dateIndex(WEEKDAY_NAMES));

const namedDayAdjectives = lazy(() => dateIndex(NAMED_DAY_ADJECTIVES.map((word) => [word, true] as const)));

/**
 * A weekday name (الجمعة، والأحد، الإثنين) at `index`: 0 = Sunday … 6 = Saturday. Not one an
 * adjective makes a named day (الجمعة البيضاء, the sales; الاثنين الأسود, a crash): no date.
 */
export function matchWeekday(stream: TokenStream, index: number): PhraseMatch<number> | null {
  const weekday = weekdayNames().match(stream, index);
  return weekday !== null && namedDayAdjectives().has(stream, weekday.next) ? null : weekday;
}
