// Shared helpers for the dates tests: run the recognizer the way extract() does and check the
// offset contract on every mention.
import type { TextContext } from '../src/contracts/context';
import { resolveExtractOptions } from '../src/contracts/options';
import { recognizeDates } from '../src/dates/recognize';
import type { DateMention, DateReference } from '../src/dates/types';
import { normalize } from '../src/text/normalize';
import { tokenizeNormalized } from '../src/text/tokenize';

export function recognize(text: string, referenceDate?: string | Date): { dates: DateMention[]; reference: DateReference } {
  const options = resolveExtractOptions(referenceDate === undefined ? undefined : { referenceDate });
  const view = normalize(text);
  const ctx: TextContext = { source: text, view, tokens: tokenizeNormalized(view), referenceDate: options.referenceDate };
  const result = recognizeDates(ctx);
  let previousEnd = 0;
  for (const date of result.dates) {
    expect(text.slice(date.start, date.end)).toBe(date.text);
    expect(date.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = date.end;
  }
  return result;
}

export function datesIn(text: string, referenceDate?: string | Date): DateMention[] {
  return recognize(text, referenceDate).dates;
}

/** [text, value] of every date: the shape most tests compare. */
export function valuesIn(text: string, referenceDate?: string | Date): [string, string | null][] {
  return datesIn(text, referenceDate).map((date) => [date.text, date.value]);
}

/** The one date the text holds; fails if there are none or several. */
export function onlyDate(text: string, referenceDate?: string | Date): DateMention {
  const dates = datesIn(text, referenceDate);
  expect(dates.map((date) => date.text)).toHaveLength(1);
  return dates[0]!;
}
