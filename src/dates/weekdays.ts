import { NAMED_DAY_ADJECTIVES, WEEKDAY_NAMES } from '../data/dates/weekdays';
import { lazy } from '../text/lazy';
import { PhraseIndex, type PhraseMatch, type TokenStream } from '../text/phrases';
import { dateWords } from './word-group';

export const weekdayNames = lazy(() => new PhraseIndex(WEEKDAY_NAMES, { group: dateWords() }));

const namedDayAdjectives = lazy(() => new PhraseIndex(NAMED_DAY_ADJECTIVES.map((word) => [word, true] as const), { group: dateWords() }));

/**
 * A weekday name (الجمعة، والأحد، الإثنين) at `index`: 0 = Sunday … 6 = Saturday. Not one an
 * adjective makes a named day (الجمعة البيضاء, the sales; الاثنين الأسود, a crash): no date.
 */
export function matchWeekday(stream: TokenStream, index: number): PhraseMatch<number> | null {
  const weekday = weekdayNames().match(stream, index);
  return weekday !== null && namedDayAdjectives().has(stream, weekday.next) ? null : weekday;
}
