// A cheap first test for every token: only a number or a word that can open an expression is
// handed to the grammar, so plain prose costs one Set probe per word.
import type { Token } from '../text/tokenize';
import { dayOrdinals, monthNoun } from './calendar-dates';
import { dayNoun } from './grammar';
import { lazy } from '../text/lazy';
import { monthNames } from './months';
import { neighbourDays, relativeDays, relativePeriods } from './relative';
import { holidays } from './holidays';
import { offsetDirections } from './offsets';
import { decadeNoun, decades, periodPartWords, seasons } from './periods';
import { hourIntroducers, hourWords, namedTimes } from './times';
import { partOfDayAdverbs, partOfDayNouns } from './parts-of-day';
import { weekdayNames } from './weekdays';
import { hasKeyIn } from '../text/phrases';
import { yearNouns, yearThousands } from './years';

/** Every index whose phrases can start an expression (see grammar.ts); a new one must be listed here. */
const startWords = lazy(() => {
  const indexes = [
    monthNames(),
    weekdayNames(),
    relativeDays(),
    neighbourDays(),
    offsetDirections(),
    relativePeriods(),
    partOfDayNouns(),
    dayNoun(),
    monthNoun(),
    dayOrdinals(),
    yearNouns(),
    holidays(),
    periodPartWords(),
    seasons(),
    decades(),
    decadeNoun(),
    yearThousands(),
    hourIntroducers(),
    hourWords(),
    partOfDayAdverbs(),
    namedTimes(),
  ];
  const words = new Set<string>();
  for (const index of indexes) for (const word of index.firstWords()) words.add(word);
  return words;
});

export function mayStartExpression(token: Token): boolean {
  if (token.kind === 'number') return true;
  return token.kind === 'word' && hasKeyIn(token, startWords());
}
