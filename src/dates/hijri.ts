// Hijri (Umm al-Qura) ⇄ Gregorian. In 1300–1600 AH, the years ICU tabulates, by arithmetic on the
// month lengths read from Intl at generation time (scripts/generate-umm-al-qura.mjs): Intl's first
// Hijri conversion in a process loads ICU's calendar data, and each conversion formats a date.
// Outside those years through Intl's islamic-umalqura calendar. Intl only converts one way (a
// Gregorian instant → Hijri fields), so Hijri → Gregorian estimates the day by the tabular calendar
// and corrects the estimate by the difference Intl reports: one format when the date exists.
import type { CivilDate } from './calendar';
import { lazy } from '../text/lazy';
import { UMM_AL_QURA_FIRST_DAY, UMM_AL_QURA_FIRST_YEAR, UMM_AL_QURA_MONTH_LENGTHS } from '../data/dates/umm-al-qura.generated';

const MS_PER_DAY = 86_400_000;
/** Day number of 1 Muharram 1 AH (16 July 622 Julian = 19 July 622 proleptic Gregorian). */
const HIJRI_EPOCH_DAY = -492_148;
const MEAN_YEAR = 354.36667;
const MEAN_MONTH = 29.530589;
const MAX_CORRECTIONS = 6;
const HEX_DIGITS_A_YEAR = 3;

/** The day number of the first day of each month of the table, in order, then the day after its last month. */
const monthStarts = lazy((): Int32Array => {
  const months = (UMM_AL_QURA_MONTH_LENGTHS.length / HEX_DIGITS_A_YEAR) * 12;
  const starts = new Int32Array(months + 1);
  starts[0] = UMM_AL_QURA_FIRST_DAY;
  for (let k = 0; k < months; k++) {
    const from = Math.floor(k / 12) * HEX_DIGITS_A_YEAR;
    const yearBits = Number.parseInt(UMM_AL_QURA_MONTH_LENGTHS.slice(from, from + HEX_DIGITS_A_YEAR), 16);
    const thirtyDays = (yearBits >> (11 - (k % 12))) & 1;
    starts[k + 1] = starts[k]! + 29 + thirtyDays;
  }
  return starts;
});

const hijriFields = lazy(
  () =>
    new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      timeZone: 'UTC',
    }),
);

/** The Hijri date of a Gregorian day number. */
export function hijriOfDay(dayNumber: number): CivilDate {
  const starts = monthStarts();
  if (Number.isInteger(dayNumber) && dayNumber >= starts[0]! && dayNumber < starts[starts.length - 1]!) {
    // the last month that starts on or before the day: starts[low] <= dayNumber < starts[high]
    let low = 0;
    let high = starts.length - 1;
    while (high - low > 1) {
      const mid = (low + high) >>> 1;
      if (starts[mid]! <= dayNumber) low = mid;
      else high = mid;
    }
    return { year: UMM_AL_QURA_FIRST_YEAR + Math.floor(low / 12), month: (low % 12) + 1, day: dayNumber - starts[low]! + 1 };
  }
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of hijriFields().formatToParts(new Date(dayNumber * MS_PER_DAY))) {
    if (part.type === 'year') year = Number.parseInt(part.value, 10);
    else if (part.type === 'month') month = Number.parseInt(part.value, 10);
    else if (part.type === 'day') day = Number.parseInt(part.value, 10);
  }
  return { year, month, day };
}

/** The Gregorian day number of a Hijri date, or null when the date does not exist (30 of a 29-day month). */
export function dayOfHijri(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 30 || year < 1) return null;
  const starts = monthStarts();
  const index = (year - UMM_AL_QURA_FIRST_YEAR) * 12 + month - 1;
  if (Number.isInteger(index) && index >= 0 && index < starts.length - 1) return day <= starts[index + 1]! - starts[index]! ? starts[index]! + day - 1 : null;
  // outside its table ICU's Umm al-Qura is the tabular (civil) calendar: that day is the first estimate,
  // so a date that exists costs one Intl format, not the two or three from the mean lengths
  let estimate = tabularHijriDay(year, month, day);
  for (let i = 0; i < MAX_CORRECTIONS; i++) {
    const found = hijriOfDay(estimate);
    if (found.year === year && found.month === month && found.day === day) return estimate;
    // the distance in mean lengths, rounded: with whole lengths (354, 30) the 25th of the last month
    // of the year before also came out 0, and 1 Muharram was found six days early. A day 30 that does
    // not exist keeps bouncing between the 29th and the 1st of the next month.
    estimate += Math.round((year - found.year) * MEAN_YEAR + (month - found.month) * MEAN_MONTH + (day - found.day));
  }
  return null;
}

/**
 * The day number of a Hijri date in the tabular calendar: years of 354 days, 11 of each 30 a day longer
 * (the years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29 of the cycle), months of 30 and 29 days in turn.
 */
function tabularHijriDay(year: number, month: number, day: number): number {
  const leapDaysBefore = Math.floor((3 + 11 * year) / 30);
  return HIJRI_EPOCH_DAY + (year - 1) * 354 + leapDaysBefore + Math.ceil(29.5 * (month - 1)) + day - 1;
}

/** First and last Gregorian day numbers of a Hijri month, or of a whole Hijri year when month is null. */
export function hijriSpan(year: number, month: number | null): { first: number; last: number } | null {
  const first = dayOfHijri(year, month ?? 1, 1);
  const next = month === null || month === 12 ? dayOfHijri(year + 1, 1, 1) : dayOfHijri(year, month + 1, 1);
  return first === null || next === null ? null : { first, last: next - 1 };
}
