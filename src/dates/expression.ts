// What the grammar reads out of the text, before any reference date is applied.
import type { Tense } from './tense';
import type { DateCalendar, PartOfDay } from './types';

/** A modifier after a month or weekday: الماضي (past), الجاري/الحالي (current), المقبل/القادم (next). */
export type Anchor = 'past' | 'current' | 'next';

/** A date written with calendar fields; any field may be missing (`9 نوفمبر`, `عام 2020`). */
export interface CalendarDay {
  type: 'calendar';
  calendar: DateCalendar;
  year: number | null;
  month: number | null;
  day: number | null;
  anchor: Anchor | null;
  /**
   * What its clause says of its time (see tense.ts): in the future (ستعقد القمة في 10 نوفمبر) a missing
   * year is the first that puts the date on or after the reference, in the past (وكان قد أعلن في 20
   * ديسمبر، منذ 7 أكتوبر) the last that puts it on or before it, else the nearest.
   */
  tense: Tense;
  /** A weekday written with the date (`الإثنين، 16 نوفمبر 2020`): it marks a dateline and picks a missing year. */
  weekday: number | null;
  /**
   * Where a weekday that disagrees with the nearest year looks for its year: ahead when its clause
   * speaks of the future or the weekday is المقبل, else back (news reports the past).
   */
  weekdayAhead: boolean;
  /** The month the other name of a disagreeing double form says. */
  conflictingMonth: number | null;
  /**
   * For a day of a month named relative to the reference (25 من الشهر الجاري: 0, من الشهر الماضي:
   * -1), the offset in months; `month` is then null.
   */
  monthOffset: number | null;
  /**
   * A day of the month the text named last (إلى غاية 14 منه، في 20 من الشهر نفسه): the recognizer gives
   * it that month and year (see recognize.ts); `month` is null until then.
   */
  ofMonthBefore: boolean;
  /**
   * For a Gregorian date whose year is named relative to the reference's (مايو من العام الماضي: -1، 15
   * مارس من هذا العام: 0), the offset in years; `year` is then null.
   */
  yearOffset: number | null;
}

/**
 * اليوم (0), أمس (-1), أول أمس (-2), غدا (1), بعد غد (2), قبل يومين (-2), بعد أسبوعين (14); counted
 * from the reference, or with `fromPrevious` from the last day the text named (اليوم التالي: 1).
 */
export interface RelativeDay {
  type: 'relative-day';
  offset: number;
  fromPrevious: boolean;
}

export interface Weekday {
  type: 'weekday';
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  anchor: Anchor | null;
  /** The clause before it speaks of the future (ستعقد، من المقرر): the next such day, not the last. */
  future: boolean;
}

/** الأسبوع الماضي (week, -1), الشهر الجاري (month, 0), العام المقبل (year, 1), العقد الماضي (decade, -1), القرن الحالي (century, 0). */
export interface RelativePeriod {
  type: 'period';
  unit: 'week' | 'month' | 'year' | 'decade' | 'century';
  offset: number;
}

/** A season in a year (صيف 2023) or relative to the reference (الصيف الماضي). */
export interface Season {
  type: 'season';
  season: 'spring' | 'summer' | 'autumn' | 'winter';
  year: number | null;
  anchor: Anchor | null;
}

/**
 * A quarter, third or half of a year (الربع الأول من 2025: months 1–3; النصف الثاني من العام الماضي: 7–12):
 * `months` months from month `first`, of `year`, or when it is null of the reference's year moved by
 * `offset` years.
 */
export interface YearPart {
  type: 'year-part';
  first: number;
  months: number;
  year: number | null;
  offset: number;
}

/**
 * Days `first` to `last` of a month (النصف الثاني من نوفمبر: 16 to 0; see month-parts.ts), a day ≤ 0
 * counting back from the month's last (0): the month named, or when it is null the reference's moved
 * by `offset` months (الأسبوع الأول من الشهر المقبل).
 */
export interface MonthPart {
  type: 'month-part';
  month: CalendarDay | null;
  offset: number;
  first: number;
  last: number;
}

/** The weekend of the reference's week moved by `offset` weeks (عطلة نهاية الأسبوع، نهاية الأسبوع الماضي). */
export interface Weekend {
  type: 'weekend';
  offset: number;
}

export type DaySpec = CalendarDay | RelativeDay | Weekday | RelativePeriod | Season | Weekend | YearPart | MonthPart;

export interface ClockTime {
  hour: number;
  minute: number;
  /** IANA zone, or null for local time. */
  zone: string | null;
}

/** One temporal expression: a day (or period), a clock time, or both; possibly a range. */
export interface DateExpression {
  /** Token indexes: the first token and the one after the last. */
  firstToken: number;
  nextToken: number;
  /** Source offsets of the mention. */
  start: number;
  end: number;
  day: DaySpec | null;
  /** The end of a range (`11-12 نوفمبر`, `2020 – 2022`); `day` is then its start. */
  rangeEnd: CalendarDay | null;
  time: ClockTime | null;
  /** The end of a range of clock times (بين 5 و6 مساء); `time` is then its start. */
  timeEnd: ClockTime | null;
  partOfDay: PartOfDay | null;
  /**
   * The days listed before the day of the expression (`9` and `10` of `9 و10 و11 نوفمبر`): each is a
   * mention of its own, of the month and year the expression gives; absent when there is no list.
   */
  listDays?: readonly ListDay[];
}

/** A day of a list written as its number alone (`9` in `9 و10 نوفمبر`), with its source offsets. */
export interface ListDay {
  day: number;
  start: number;
  end: number;
}

export function calendarDay(calendar: DateCalendar, year: number | null, month: number | null, day: number | null): CalendarDay {
  return { type: 'calendar', calendar, year, month, day, anchor: null, tense: null, weekday: null, weekdayAhead: false, conflictingMonth: null, monthOffset: null, ofMonthBefore: false, yearOffset: null };
}
