// Holidays named instead of dated: their day in the Hijri or Gregorian calendar, resolved like a
// year-less date (the occurrence nearest the reference; الماضي/المقبل move it; a Hijri year may follow).
// A holiday of several days (عيد الأضحى) is dated by its first day.
import type { DateCalendar } from './types';
import { calendarDay, type CalendarDay } from './expression';
import { lazy } from '../text/lazy';
import { matchAnchor } from './relative';
import { PhraseIndex, type PhraseMatch, type TokenStream } from '../text/phrases';
import { yearAfterMonth } from './years';

interface HolidayDate {
  calendar: DateCalendar;
  month: number;
  day: number;
}

const hijri = (month: number, day: number): HolidayDate => ({ calendar: 'islamic', month, day });
const gregorian = (month: number, day: number): HolidayDate => ({ calendar: 'gregory', month, day });

const HOLIDAYS: ReadonlyArray<readonly [string, HolidayDate]> = [
  ['عيد الفطر', hijri(10, 1)],
  ['عيد الفطر المبارك', hijri(10, 1)],
  ['عيد الأضحى', hijri(12, 10)],
  ['عيد الأضحى المبارك', hijri(12, 10)],
  ['يوم عرفة', hijri(12, 9)],
  ['رأس السنة الهجرية', hijri(1, 1)],
  ['عاشوراء', hijri(1, 10)],
  ['يوم عاشوراء', hijri(1, 10)],
  ['المولد النبوي', hijri(3, 12)],
  ['المولد النبوي الشريف', hijri(3, 12)],
  ['ذكرى المولد النبوي', hijri(3, 12)],
  ['الإسراء والمعراج', hijri(7, 27)],
  ['رأس السنة الميلادية', gregorian(1, 1)],
  ['عيد الميلاد المجيد', gregorian(12, 25)],
  ['عيد الميلاد', gregorian(12, 25)],
];

export const holidays = lazy(() => new PhraseIndex(HOLIDAYS));

/**
 * A holiday at `index`, with the anchor or the year that may follow it (عيد الفطر المقبل، عيد الأضحى
 * 1445هـ). عيد الميلاد with a pronoun (عيد ميلاده) is a birthday and does not match.
 */
export function matchHoliday(stream: TokenStream, index: number): PhraseMatch<CalendarDay> | null {
  const holiday = holidays().match(stream, index);
  if (holiday === null) return null;
  const { calendar, month, day } = holiday.value;
  const year = yearAfterMonth(stream, holiday.next, calendar, month);
  const anchor = year === null ? matchAnchor(stream, holiday.next) : null;
  const date = calendarDay(calendar, year?.year ?? null, month, day);
  date.anchor = anchor?.value ?? null;
  const tail = year ?? anchor ?? holiday;
  return { value: date, start: holiday.start, end: tail.end, next: tail.next };
}
