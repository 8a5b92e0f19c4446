import { expectString } from '../text/errors';
import type { TextContext } from '../contracts/context';
import { resolveExtractOptions } from '../contracts/options';
import { normalize } from '../text/normalize';
import { tokenizeNormalized } from '../text/tokenize';
import { recognizeDates } from './recognize';
import type { DateMention } from './types';

export interface ParseDateOptions {
  /** Anchors relative and year-less dates, as in extract(): a Date or an ISO 8601 string. */
  referenceDate?: string | Date;
}

/**
 * The first date or time in `text`, resolved as extract() would resolve it (against the
 * referenceDate, else a dateline in the text), or null when the text holds none. Offsets point into
 * `text`. Throws a TypeError for a non-string and a RangeError for an invalid referenceDate.
 */
export function parseDate(text: string, options?: ParseDateOptions): DateMention | null {
  return readDates(text, options, 'parseDate')[0] ?? null;
}

/**
 * Every date and time in `text`, in text order, resolved as extract() would resolve them (against
 * the referenceDate, else a dateline in the text); an empty array when the text holds none. Offsets
 * point into `text`. Throws a TypeError for a non-string and a RangeError for an invalid referenceDate.
 */
export function parseDates(text: string, options?: ParseDateOptions): DateMention[] {
  return readDates(text, options, 'parseDates');
}

function readDates(text: string, options: ParseDateOptions | undefined, caller: 'parseDate' | 'parseDates'): DateMention[] {
  expectString(text, caller);
  const { referenceDate } = resolveExtractOptions(options, caller);
  const view = normalize(text);
  const ctx: TextContext = { source: text, view, tokens: tokenizeNormalized(view), referenceDate };
  return recognizeDates(ctx).dates;
}
