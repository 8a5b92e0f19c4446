import { describeValue } from '../errors';
import type { ExtractOptions } from '../types';

export interface ResolvedExtractOptions {
  /** Midnight UTC of the reference day, or null when none was given. */
  referenceDate: Date | null;
}

const KNOWN_OPTIONS = ['referenceDate'] as const;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** `fn` names the public function in error messages (extract, parseDate …). */
export function resolveExtractOptions(options: unknown, fn = 'extract'): ResolvedExtractOptions {
  if (options === undefined || options === null) return { referenceDate: null };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${fn}() options must be an object, got ${describeValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!(KNOWN_OPTIONS as readonly string[]).includes(key)) {
      throw new TypeError(`${fn}(): unknown option "${key}"; known options: ${KNOWN_OPTIONS.join(', ')}`);
    }
  }
  return { referenceDate: resolveReferenceDate((options as ExtractOptions).referenceDate, fn) };
}

function resolveReferenceDate(value: unknown, fn: string): Date | null {
  if (value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError(`${fn}(): option "referenceDate" is an invalid Date`);
    const year = value.getUTCFullYear();
    // dates are written with four-digit years (the schema's YYYY-MM-DD)
    if (year < 0 || year > 9999) {
      throw new RangeError(`${fn}(): option "referenceDate" must fall in the years 0000–9999, got the year ${year}`);
    }
    return utcMidnight(year, value.getUTCMonth(), value.getUTCDate());
  }
  if (typeof value === 'string') {
    const m = ISO_DATE.exec(value.trim());
    if (m) {
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const date = utcMidnight(year, month - 1, day);
      if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return date;
    }
    throw new RangeError(
      `${fn}(): option "referenceDate" must be an ISO 8601 date such as "2020-11-16", got ${describeValue(value)}`,
    );
  }
  throw new TypeError(`${fn}(): option "referenceDate" must be a string or a Date, got ${describeValue(value)}`);
}

/** Midnight UTC of a day; unlike Date.UTC, years 0–99 stay themselves instead of becoming 1900–1999. */
function utcMidnight(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}
