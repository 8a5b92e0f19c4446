import { expectOptions, optionMessage } from '../text/errors';

export interface ExtractOptions {
  /**
   * Anchors relative and year-less dates (أمس، الجمعة، 9 نوفمبر). A Date, or an ISO 8601 string
   * (`2020-11-16`, `2020-11-16T21:30:00Z`, `2020-11-16T23:30:00-05:00`). Either form names an instant
   * and the reference is that instant's UTC day; a string without an offset is read as UTC. So
   * `'2020-11-16T23:30:00-05:00'` and `new Date('2020-11-16T23:30:00-05:00')` both anchor 2020-11-17.
   */
  referenceDate?: string | Date;
  /**
   * Whether the learned entity model reads beside the rules (default true). With `false`, people,
   * places and organizations come from the rules alone, and no weights are decoded.
   */
  model?: boolean;
}

export interface ResolvedExtractOptions {
  /** Midnight UTC of the reference day, or null when none was given. */
  referenceDate: Date | null;
  /** Whether the learned entity model reads beside the rules (on unless `model: false`). */
  model: boolean;
}

const EXTRACT_OPTIONS = ['referenceDate', 'model'] as const;
const PARSE_DATE_OPTIONS = ['referenceDate'] as const;
// A day, optionally with a time and a UTC offset (hours, minutes, seconds and fraction captured apart).
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|([+-])(\d{2}):?(\d{2}))?)?$/;

/** `fn` names the public function in error messages (extract, parseDate …). */
export function resolveExtractOptions(options: unknown, fn = 'extract'): ResolvedExtractOptions {
  const given = expectOptions(options, fn, fn === 'extract' ? EXTRACT_OPTIONS : PARSE_DATE_OPTIONS);
  const model = given.model ?? true;
  if (typeof model !== 'boolean') throw new TypeError(optionMessage(fn, 'model', 'true or false', model));
  return { referenceDate: resolveReferenceDate(given.referenceDate, fn), model };
}

/**
 * One rule for both forms: the reference day is the UTC calendar day of the instant given. A Date is
 * an instant; a string names one in ISO 8601, read as UTC when it has no offset (unlike `new Date`,
 * which reads a date-time without offset in the machine's zone), so `'2020-11-16T23:30:00-05:00'` and
 * `new Date('2020-11-16T23:30:00-05:00')` both mean 2020-11-17 and `'2020-11-16'` means 2020-11-16
 * anywhere.
 */
function resolveReferenceDate(value: unknown, fn: string): Date | null {
  if (value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError(`${fn}(): option "referenceDate" is an invalid Date`);
    return utcDayOf(value, fn);
  }
  if (typeof value === 'string') {
    const instant = parseInstant(value.trim());
    if (instant) return utcDayOf(instant, fn);
    throw new RangeError(optionMessage(fn, 'referenceDate', 'an ISO 8601 date such as "2020-11-16"', value));
  }
  throw new TypeError(optionMessage(fn, 'referenceDate', 'a string or a Date', value));
}

/** The instant an ISO 8601 date or date-time names (UTC when it has no offset), or null when it is malformed or names no real time. */
function parseInstant(text: string): Date | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = utcMidnight(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const [offsetHours, offsetMinutes] = [Number(m[10] ?? 0), Number(m[11] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return null;
  const offset = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  const milliseconds = Math.floor(Number(m[7] ?? 0) * 1000);
  return new Date(date.getTime() + ((hour * 60 + minute - offset) * 60 + second) * 1000 + milliseconds);
}

/** Midnight UTC of the instant's UTC day; dates are written with four-digit years (the schema's YYYY-MM-DD). */
function utcDayOf(instant: Date, fn: string): Date {
  const year = instant.getUTCFullYear();
  if (year < 0 || year > 9999) {
    throw new RangeError(`${fn}(): option "referenceDate" must fall in the years 0000–9999, got the year ${year}`);
  }
  return utcMidnight(year, instant.getUTCMonth(), instant.getUTCDate());
}

/** Midnight UTC of a day; unlike Date.UTC, years 0–99 stay themselves instead of becoming 1900–1999. */
function utcMidnight(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}
