// Gregorian day arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, UTC), so no
// time zone or DST ever shifts a date.

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

export function toDayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not remap years 0–99 to 1900–1999
  date.setUTCFullYear(year, month - 1, day);
  return Math.floor(date.getTime() / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): CivilDate {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function dayNumberOfDate(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function daysInMonth(year: number, month: number): number {
  return toDayNumber(year, month + 1, 1) - toDayNumber(year, month, 1);
}

/** Whether day/month exist in `year`, or in some year when the year is unknown (29 February does). */
export function isValidDay(year: number | null, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year ?? 2000, month);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Four digits; outside 0000–9999 (a date resolved past them), ISO 8601's expanded form as toISOString writes it: +010003, -000001. */
const formatYear = (year: number): string => (year >= 0 && year <= 9999 ? pad(year, 4) : `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`);

/** `2020`, `2020-11`, `2020-11-16`, with `XXXX` for an unknown year (`XXXX-11-09`). */
export function formatCalendarDate(year: number | null, month: number | null, day: number | null): string {
  const y = year === null ? 'XXXX' : formatYear(year);
  if (month === null) return y;
  return day === null ? `${y}-${pad(month, 2)}` : `${y}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function formatDayNumber(dayNumber: number): string {
  const { year, month, day } = fromDayNumber(dayNumber);
  return formatCalendarDate(year, month, day);
}

/** ISO 8601 week date of a day: `2020-W46`. */
export function formatIsoWeek(dayNumber: number): string {
  // the ISO week belongs to the year of its Thursday
  const thursday = dayNumber - ((weekdayOf(dayNumber) + 6) % 7) + 3;
  const { year } = fromDayNumber(thursday);
  const week = Math.floor((thursday - toDayNumber(year, 1, 1)) / 7) + 1;
  return `${formatYear(year)}-W${pad(week, 2)}`;
}

export function formatClock(hour: number, minute: number): string {
  return `${pad(hour, 2)}:${pad(minute, 2)}`;
}
