// Turns what the text says (a DateExpression) into an ISO 8601 value against the reference day.
import { daysInMonth, formatCalendarDate, formatClock, formatDayNumber, formatIsoWeek, fromDayNumber, isValidDay, toDayNumber } from './calendar';
import type { CalendarDay, ClockTime, DateExpression, DaySpec, MonthPart, RelativePeriod, Season, YearPart } from './expression';
import { dayOfHijri, hijriSpan } from './hijri';
import { gregorianYearFor, hijriYearFor, weekdayDay, yearWhereWeekdayAgrees } from './resolve-year';
import { utcOffset } from './time-zones';
import { DEFAULT_WEEKEND, mondayOf, weekendValue } from './weekend';
import type { DateGranularity, DateKind, DateMention } from './types';

/** A day expression resolved: its value, and the single day it names when it names one. */
export interface ResolvedDay {
  value: string | null;
  granularity: DateGranularity;
  dayNumber: number | null;
}

export function resolveDay(spec: DaySpec, reference: number | null): ResolvedDay {
  switch (spec.type) {
    case 'calendar':
      return spec.calendar === 'islamic' ? resolveHijri(spec, reference) : resolveGregorian(spec, spec.month, reference);
    case 'relative-day':
      return reference === null ? unresolved('day') : oneDay(reference + spec.offset);
    case 'weekday':
      return reference === null ? unresolved('day') : oneDay(weekdayDay(reference, spec.weekday, spec.anchor, spec.future));
    case 'period':
      return resolvePeriod(spec, reference);
    case 'season':
      return resolveSeason(spec, reference);
    case 'year-part':
      return resolveYearPart(spec, reference);
    case 'month-part':
      return resolveMonthPart(spec, reference);
    case 'weekend':
      // the days of the default weekend here; the orchestrator gives them the article country's (weekend.ts)
      return reference === null ? unresolved('day') : { value: weekendValue(mondayOf(reference) + 7 * spec.offset, DEFAULT_WEEKEND), granularity: 'day', dayNumber: null };
  }
}

/** The first month of each season (meteorological, northern hemisphere); each lasts three months. */
const SEASON_START: Readonly<Record<Season['season'], number>> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/**
 * A season as a range of months: صيف 2023 → 2023-06/2023-08, شتاء 2023 → 2023-12/2024-02. With an
 * anchor, the season of that name before (الماضي), around (الحالي) or after (المقبل) the reference.
 */
function resolveSeason(spec: Season, reference: number | null): ResolvedDay {
  const first = SEASON_START[spec.season];
  let year = spec.year;
  if (year === null) {
    if (reference === null) return unresolved('month');
    const { year: referenceYear, month } = fromDayNumber(reference);
    const position = referenceYear * 12 + month - 1;
    // the seasons of that name that start in the years around the reference, as month positions
    const starts = [referenceYear - 2, referenceYear - 1, referenceYear, referenceYear + 1].map((y) => y * 12 + first - 1);
    const containing = starts.find((start) => start <= position && position < start + 3);
    const chosen =
      spec.anchor === 'past'
        ? starts.filter((start) => start + 3 <= position).pop()
        : spec.anchor === 'next'
          ? starts.find((start) => start > position)
          : containing ?? starts.find((start) => start > position);
    year = Math.floor(chosen! / 12);
  }
  const end = year * 12 + first - 1 + 2;
  const value = `${formatCalendarDate(year, first, null)}/${formatCalendarDate(Math.floor(end / 12), (end % 12) + 1, null)}`;
  return { value, granularity: 'month', dayNumber: null };
}

/** A quarter, third or half as a range of months: الربع الأول من 2025 → 2025-01/2025-03. */
function resolveYearPart(spec: YearPart, reference: number | null): ResolvedDay {
  const year = spec.year ?? (reference === null ? null : fromDayNumber(reference).year + spec.offset);
  if (year === null) return unresolved('month');
  const value = `${formatCalendarDate(year, spec.first, null)}/${formatCalendarDate(year, spec.first + spec.months - 1, null)}`;
  return { value, granularity: 'month', dayNumber: null };
}

/** Days of a month (see MonthPart) as a `start/end` range of days. */
function resolveMonthPart(spec: MonthPart, reference: number | null): ResolvedDay {
  const { month } = spec;
  const span = month !== null ? monthSpan(month, month.month!, reference) : reference === null ? null : gregorianMonthSpan(monthMoved(reference, spec.offset));
  let dayOf: (day: number) => string;
  if (span !== null) {
    dayOf = (day) => formatDayNumber(day > 0 ? span.first + day - 1 : span.last + day);
  } else if (month?.calendar === 'gregory' && !(month.month === FEBRUARY && spec.last <= 0)) {
    // no year to place it, but a Gregorian month's days are known without one (XXXX-09-16/XXXX-09-30),
    // but for the end of February
    const length = daysInMonth(COMMON_YEAR, month.month!);
    dayOf = (day) => formatCalendarDate(null, month.month, day > 0 ? day : length + day);
  } else {
    return unresolved('day');
  }
  return { value: `${dayOf(spec.first)}/${dayOf(spec.last)}`, granularity: 'day', dayNumber: null };
}

const FEBRUARY = 2;
/** A year that is not a leap year: the month lengths of any year but for February. */
const COMMON_YEAR = 2001;

/** The first and last day of a month named without a day, in either calendar, its year chosen as a date's. */
function monthSpan(spec: CalendarDay, month: number, reference: number | null): { first: number; last: number } | null {
  if (spec.calendar === 'islamic') {
    const year = hijriYear(spec, reference);
    return year === null ? null : hijriSpan(year, month);
  }
  const year = spec.year ?? yearByOffset(spec, reference) ?? (reference === null ? null : gregorianYearFor(reference, month, null, spec.anchor, spec.tense));
  return year === null ? null : gregorianMonthSpan({ year, month });
}

/** The year of a date whose year is named relative to the reference's (مايو من العام الماضي), or null. */
function yearByOffset(spec: CalendarDay, reference: number | null): number | null {
  return spec.yearOffset === null || reference === null ? null : fromDayNumber(reference).year + spec.yearOffset;
}

function gregorianMonthSpan({ year, month }: { year: number; month: number }): { first: number; last: number } {
  return { first: toDayNumber(year, month, 1), last: toDayNumber(year, month, daysInMonth(year, month)) };
}

/** The reference's month moved by `offset` months (الشهر المقبل: 1). */
function monthMoved(reference: number, offset: number): { year: number; month: number } {
  const { year, month } = fromDayNumber(reference);
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const unresolved = (granularity: DateGranularity): ResolvedDay => ({ value: null, granularity, dayNumber: null });
const oneDay = (dayNumber: number): ResolvedDay => ({ value: formatDayNumber(dayNumber), granularity: 'day', dayNumber });

function granularityOf(day: CalendarDay): DateGranularity {
  if (day.day !== null) return 'day';
  return day.month !== null ? 'month' : 'year';
}

/** `month` is passed apart so a conflicting double form can be resolved under its other month. */
function resolveGregorian(spec: CalendarDay, month: number | null, reference: number | null): ResolvedDay {
  if (spec.monthOffset !== null && spec.day !== null) return dayOfReferenceMonth(spec.day, spec.monthOffset, reference);
  const granularity = granularityOf(spec);
  let year = spec.year ?? yearByOffset(spec, reference);
  if (year === null && month !== null && reference !== null) {
    year = gregorianYearFor(reference, month, spec.day, spec.anchor, spec.tense);
    if (spec.weekday !== null && spec.day !== null) year = yearWhereWeekdayAgrees(year, month, spec.day, spec.weekday, spec.weekdayAhead);
  }
  const dayNumber = year !== null && month !== null && spec.day !== null ? toDayNumber(year, month, spec.day) : null;
  return { value: formatCalendarDate(year, month, spec.day), granularity, dayNumber };
}

/** Day `day` of the reference's month moved by `offset` months (25 من الشهر الجاري). */
function dayOfReferenceMonth(day: number, offset: number, reference: number | null): ResolvedDay {
  if (reference === null) return unresolved('day');
  const { year, month } = monthMoved(reference, offset);
  return isValidDay(year, month, day) ? oneDay(toDayNumber(year, month, day)) : unresolved('day');
}

/** A Hijri date becomes its Gregorian day, or for a month or year the span of Gregorian days it covers. */
function resolveHijri(spec: CalendarDay, reference: number | null): ResolvedDay {
  const granularity = granularityOf(spec);
  const year = hijriYear(spec, reference);
  if (year === null) return unresolved(granularity);
  if (spec.day !== null && spec.month !== null) {
    const dayNumber = dayOfHijri(year, spec.month, spec.day);
    return dayNumber === null ? unresolved(granularity) : { ...oneDay(dayNumber), granularity };
  }
  const span = hijriSpan(year, spec.month);
  if (span === null) return unresolved(granularity);
  return { value: `${formatDayNumber(span.first)}/${formatDayNumber(span.last)}`, granularity, dayNumber: null };
}

/** The Hijri year of a date: written, or chosen against the reference (see resolve-year.ts). */
function hijriYear(spec: CalendarDay, reference: number | null): number | null {
  if (spec.year !== null || spec.month === null || reference === null) return spec.year;
  return hijriYearFor(reference, spec.month, spec.day, spec.anchor, spec.tense);
}

function resolvePeriod(spec: RelativePeriod, reference: number | null): ResolvedDay {
  if (reference === null) return unresolved(spec.unit === 'decade' || spec.unit === 'century' ? 'year' : spec.unit);
  const { year } = fromDayNumber(reference);
  switch (spec.unit) {
    case 'week':
      return { value: formatIsoWeek(reference + 7 * spec.offset), granularity: 'week', dayNumber: null };
    case 'month': {
      const moved = monthMoved(reference, spec.offset);
      return { value: formatCalendarDate(moved.year, moved.month, null), granularity: 'month', dayNumber: null };
    }
    case 'year':
      return { value: formatCalendarDate(year + spec.offset, null, null), granularity: 'year', dayNumber: null };
    case 'decade':
    case 'century': {
      // the calendar decade or century: العقد الماضي seen from 2024 is 2010–2019, القرن الماضي 1900–1999
      const span = spec.unit === 'decade' ? 10 : 100;
      const first = (Math.floor(year / span) + spec.offset) * span;
      return { value: `${formatCalendarDate(first, null, null)}/${formatCalendarDate(first + span - 1, null, null)}`, granularity: 'year', dayNumber: null };
    }
  }
}

/** The optional fields every mention of this expression carries, beside text and offsets. */
type MentionDetails = Omit<DateMention, 'text' | 'start' | 'end'>;

/**
 * Resolves an expression. `dayOfTime` is the day a time alone belongs to (the date written next to
 * it, else the reference day), or null.
 */
export function resolveExpression(
  expression: DateExpression,
  reference: number | null,
  dayOfTime: number | null,
): MentionDetails {
  const { day, rangeEnd, time } = expression;
  const details: MentionDetails = { value: null, kind: kindOf(expression), granularity: 'minute', calendar: 'gregory' };
  // a time alone belongs to dayOfTime; a time written with a day belongs to that day
  let timeDay = dayOfTime;
  let partialDay: string | null = null;
  if (day !== null) {
    const resolved = resolveDay(day, reference);
    details.value = rangeEnd === null ? resolved.value : rangeValue(resolved.value, resolveDay(endOfRange(day, rangeEnd, resolved.value), reference).value);
    details.granularity = resolved.granularity;
    if (day.type === 'calendar') {
      details.calendar = day.calendar;
      addCalendarDetails(details, day, rangeEnd, reference);
    }
    // a part of a named month is written in that month's calendar (العشر الأواخر من رمضان: hijri XXXX-09)
    if (day.type === 'month-part' && day.month !== null) {
      details.calendar = day.month.calendar;
      if (day.month.calendar === 'islamic') details.hijri = formatCalendarDate(day.month.year, day.month.month, null);
    }
    timeDay = resolved.dayNumber;
    partialDay = resolved.granularity === 'day' ? resolved.value : null;
  }
  if (day === null && time === null) {
    // a part of the day alone (بعد صلاة المغرب): the day it belongs to, as precise as the text is
    details.value = dayOfTime === null ? null : formatDayNumber(dayOfTime);
    details.granularity = 'day';
  }
  if (time !== null) {
    Object.assign(details, timeDetails(time, timeDay, partialDay));
    const end = expression.timeEnd;
    if (end !== null && details.value !== null) {
      // an end before the start is the next day's (حظر التجول من السابعة مساء حتى السادسة صباحا)
      const endDay = timeDay !== null && end.hour * 60 + end.minute < time.hour * 60 + time.minute ? timeDay + 1 : timeDay;
      details.value = `${details.value}/${timeDetails(end, endDay, partialDay).value}`;
    }
    details.granularity = 'minute';
  }
  if (expression.partOfDay !== null) details.partOfDay = expression.partOfDay;
  return details;
}

function kindOf(expression: DateExpression): DateKind {
  if (expression.rangeEnd !== null || expression.timeEnd !== null) return 'range';
  if (expression.day === null) return 'time';
  if (expression.time !== null) return 'datetime';
  switch (expression.day.type) {
    case 'calendar':
      return 'date';
    case 'season':
    case 'year-part':
      return expression.day.year !== null ? 'date' : 'relative';
    case 'month-part':
      return expression.day.month !== null ? 'date' : 'relative';
    case 'weekday':
      return 'weekday';
    default:
      return 'relative';
  }
}

/**
 * The end of a range as resolved: a year-less end of a year-less Gregorian start takes the year the
 * start resolved to, or the next one where its month comes earlier (من 20 ديسمبر إلى 5 يناير), so the
 * two ends never resolve apart, each to its own nearest year.
 */
function endOfRange(start: DaySpec, end: DaySpec, startValue: string | null): DaySpec {
  if (start.type !== 'calendar' || end.type !== 'calendar' || start.calendar !== 'gregory' || end.calendar !== 'gregory') return end;
  if (start.year !== null || end.year !== null || startValue === null || end.month === null) return end;
  const year = Number(startValue.slice(0, 4));
  if (!Number.isInteger(year)) return end;
  const crosses = (start.month ?? 0) > end.month;
  return { ...end, year: crosses ? year + 1 : year };
}

/** `start/end` from two endpoint values, each of which may itself be a span (a Hijri month). */
function rangeValue(start: string | null, end: string | null): string | null {
  if (start === null || end === null) return null;
  return `${start.split('/')[0]}/${end.split('/').pop()}`;
}

/**
 * `2020-11-16T21:30`, with the zone's offset that day when a zone is named. Without a known day the
 * date part is `XXXX-XX-XX` (or the year-less day, `XXXX-11-16`) and no offset can be computed.
 */
function timeDetails(time: ClockTime, dayNumber: number | null, partialDay: string | null): MentionDetails {
  const clock = formatClock(time.hour, time.minute);
  const details: MentionDetails = { value: null };
  if (time.zone !== null) details.timeZone = time.zone;
  if (dayNumber === null) {
    details.value = `${partialDay ?? 'XXXX-XX-XX'}T${clock}`;
    return details;
  }
  const { year, month, day } = fromDayNumber(dayNumber);
  const offset = time.zone === null ? '' : utcOffset(time.zone, year, month, day, time.hour, time.minute);
  details.value = `${formatDayNumber(dayNumber)}T${clock}${offset}`;
  return details;
}

/** The Hijri value as written, and the conflict of a double month form whose names disagree. */
function addCalendarDetails(
  details: MentionDetails,
  day: CalendarDay,
  rangeEnd: CalendarDay | null,
  reference: number | null,
): void {
  if (day.calendar === 'islamic') {
    const written = formatCalendarDate(day.year, day.month, day.day);
    const writtenEnd = rangeEnd === null ? null : formatCalendarDate(rangeEnd.year, rangeEnd.month, rangeEnd.day);
    details.hijri = writtenEnd === null ? written : `${written}/${writtenEnd}`;
  }
  if (day.conflictingMonth !== null) {
    const alternative = resolveGregorian(day, day.conflictingMonth, reference).value;
    details.conflict = { reason: 'month-names-disagree', alternative };
  }
}
