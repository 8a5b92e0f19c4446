// Holidays named instead of dated: their day in the Hijri or Gregorian calendar, resolved like a
// year-less date (the occurrence nearest the reference; الماضي/المقبل move it; a Hijri year may follow).
// A holiday of several days (عيد الأضحى) is dated by its first day.
import type { DateCalendar } from './types';
import { calendarDay, type CalendarDay } from './expression';
import { lazy } from '../text/lazy';
import { matchAnchor } from './relative';
import { startAfterClitics, type PhraseMatch, type TokenStream } from '../text/phrases';
import { yearAfterMonth } from './years';
import { dateIndex } from './word-group';

interface HolidayDate {
  calendar: DateCalendar;
  month: number;
  day: number;
  /** The name is written on the preposition ب (بعيد الفطر): the mention starts after it. */
  onPreposition?: true;
}

const hijri = (month: number, day: number): HolidayDate => ({ calendar: 'islamic', month, day });
const gregorian = (month: number, day: number): HolidayDate => ({ calendar: 'gregory', month, day });

// ليلة القدر is left out: it is sought in Ramadan's last ten nights, the 27th by Sunni custom, the 23rd
// among Shia, so one date for it would often be a wrong one.
const HOLIDAYS: ReadonlyArray<readonly [string, HolidayDate]> = [
  ['عيد الفطر', hijri(10, 1)],
  ['عيد الأضحى', hijri(12, 10)],
  ['عيد النحر', hijri(12, 10)],
  ['يوم النحر', hijri(12, 10)],
  ['يوم التروية', hijri(12, 8)],
  ['يوم عرفة', hijri(12, 9)],
  ['وقفة عرفة', hijri(12, 9)],
  ['رأس السنة الهجرية', hijri(1, 1)],
  ['عاشوراء', hijri(1, 10)],
  ['يوم عاشوراء', hijri(1, 10)],
  ['المولد النبوي', hijri(3, 12)],
  ['ذكرى المولد النبوي', hijri(3, 12)],
  ['الإسراء والمعراج', hijri(7, 27)],
  ['رأس السنة الميلادية', gregorian(1, 1)],
  ['عيد الميلاد', gregorian(12, 25)],
];

// the epithets a holiday's name takes (عيد الفطر المبارك، عيد الفطر السعيد، المولد النبوي الشريف، عيد الميلاد المجيد)
const EPITHETS = ['المبارك', 'السعيد', 'الشريف', 'المجيد'];

/**
 * Every name with and without an epithet. ب written on عيد makes a word the clitic splitter keeps whole,
 * بعيد (`far`, `shortly after`): the Eids are listed with it too (احتفلوا بعيد الأضحى), but not عيد
 * الميلاد, which is also a birth (توفي بعيد الميلاد بساعات, `shortly after birth`).
 */
export const holidays = lazy(
  () =>
    dateIndex(
      HOLIDAYS.flatMap(([name, date]) =>
        [name, ...EPITHETS.map((epithet) => `${name} ${epithet}`)].flatMap((phrase) => [
          [phrase, date] as const,
          ...(date.calendar === 'islamic' && name.startsWith('عيد ') ? [[`ب${phrase}`, { ...date, onPreposition: true as const }] as const] : []),
        ]),
      ),
    ),
);

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
  // عيد is the last three letters of the word بعيد (or وبعيد)
  const start = holiday.value.onPreposition === true ? startAfterClitics(stream, stream.tokens[index]!, stream.tokens[index]!.norm.length - 3) : holiday.start;
  return { value: date, start, end: tail.end, next: tail.next };
}
