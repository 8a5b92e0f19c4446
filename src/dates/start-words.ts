// A cheap first test for every token: only a number or a word that can open an expression is
// handed to the grammar, so plain prose costs one Set probe per word.
import type { Token } from '../text/tokenize';
import { dayOrdinals, monthNoun, monthNounDual } from './calendar-dates';
import { dayNoun } from './grammar';
import { lazy } from '../text/lazy';
import { monthNames } from './months';
import { neighbourDays, nowWord, relativeDays, relativePeriods } from './relative';
import { holidays } from './holidays';
import { offsetDirections } from './offsets';
import { centuryDuals, decades, longPeriodNouns, periodPartWords, seasons, weekendHolidayWords, weekendWords } from './periods';
import { hourIntroducers, hourWords, namedTimes } from './times';
import { partOfDayAdverbs, partOfDayNouns } from './parts-of-day';
import { weekdayNames } from './weekdays';
import { PhraseIndex } from '../text/phrases';
import { yearNouns, yearThousands } from './years';
import { yearParts } from './year-parts';
import { monthParts } from './month-parts';

/**
 * What a start word can open, so the grammar tries only that: a clock time alone (an hour word:
 * الثالثة is an ordinal far more often), a time or an offset (قبل، بعد، منذ: بعد الظهر، بعد غد، قبل
 * يومين), or anything.
 */
export type StartFamily = 'time' | 'offset' | 'any';

/** Every index whose phrases can start an expression (see grammar.ts); a new one must be listed here. */
const startWords = lazy(() => {
  const families: [StartFamily, PhraseIndex<unknown>[]][] = [
    ['time', [hourWords(), hourIntroducers()]],
    ['offset', [offsetDirections(), relativeDays(), partOfDayAdverbs()]],
    [
      'any',
      [
        monthNames(), weekdayNames(), neighbourDays(), relativePeriods(), partOfDayNouns(), dayNoun(), monthNoun(), monthNounDual(),
        dayOrdinals(), yearNouns(), holidays(), periodPartWords(), seasons(), decades(), longPeriodNouns(), centuryDuals(), yearThousands(),
        namedTimes(), nowWord(), weekendHolidayWords(), weekendWords(), yearParts(), monthParts(),
      ],
    ],
  ];
  const words = new Map<string, StartWord>();
  for (const [family, indexes] of families) {
    for (const index of indexes) {
      for (const word of index.firstWords()) {
        const known = words.get(word);
        const second = index.secondWordsOf(word);
        if (known === undefined) {
          words.set(word, { family, next: second && new Set(second) });
          continue;
        }
        if (known.family !== family) known.family = 'any';
        if (second === null) known.next = null;
        else if (known.next !== null) for (const next of second) known.next.add(next);
      }
    }
  }
  // looked up as a one-word index: its shape filter rules most words out before a key is sliced
  return new PhraseIndex(words);
});

interface StartWord {
  family: StartFamily;
  /** When the word starts only phrases of two words or more (هذا in هذا العام), the words that may follow it; else null. */
  next: Set<string> | null;
}

/** What the token can start (see StartFamily), or null when it starts no expression. */
export function startFamily(token: Token): StartFamily | null {
  if (token.kind === 'number') return 'any';
  return token.kind === 'word' ? startWords().valueOf(token)?.family ?? null : null;
}

/**
 * What token `index` can start, as startFamily, but null as well for a word that starts only longer
 * phrases when the next token is none of their second words (هذا القرار): no matcher could succeed.
 */
export function startFamilyAt(tokens: readonly Token[], index: number): StartFamily | null {
  const token = tokens[index]!;
  if (token.kind === 'number') return 'any';
  const start = token.kind === 'word' ? startWords().valueOf(token) : undefined;
  if (start === undefined) return null;
  return start.next === null || start.next.has(tokens[index + 1]?.norm ?? '') ? start.family : null;
}
