// The weekend (عطلة نهاية الأسبوع): which days it is depends on the country. Friday and Saturday in
// most Arab countries (Saudi Arabia, Egypt, Jordan, Iraq, Kuwait, Qatar, Algeria …), Saturday and
// Sunday in Morocco, Tunisia, Lebanon and since 2022 the UAE. The days come from CLDR's week data,
// which the runtime's Intl carries (`Intl.Locale` week info), for the article's country when the
// orchestrator knows one; else Friday and Saturday.
import { formatDayNumber, weekdayOf } from './calendar';
import type { DateMention } from './types';

/** ISO weekdays (1 Monday … 7 Sunday) of the weekend where no country says otherwise: Friday and Saturday. */
export const DEFAULT_WEEKEND: readonly number[] = [5, 6];

/** A weekend mention and the Monday (day number) of the ISO week it is the weekend of. */
export interface WeekendMention {
  mention: DateMention;
  monday: number;
}

/** The Monday of the ISO week (Monday to Sunday) holding `dayNumber`. */
export function mondayOf(dayNumber: number): number {
  return dayNumber - ((weekdayOf(dayNumber) + 6) % 7);
}

/** `start/end` of the weekend of the week starting on `monday`, or one day for a one-day weekend. */
export function weekendValue(monday: number, weekend: readonly number[]): string {
  let earliest = 7;
  let latest = 1;
  for (const day of weekend) {
    earliest = Math.min(earliest, day);
    latest = Math.max(latest, day);
  }
  const first = monday + earliest - 1;
  const last = monday + latest - 1;
  return first === last ? formatDayNumber(first) : `${formatDayNumber(first)}/${formatDayNumber(last)}`;
}

interface WeekInfo {
  weekend?: readonly number[];
}
type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/** The weekend of a country (ISO 3166 code) as CLDR gives it through Intl, or undefined where Intl cannot say. */
export function weekendOfCountry(country: string): readonly number[] | undefined {
  if (typeof Intl.Locale !== 'function') return undefined;
  try {
    const locale = new Intl.Locale(`und-${country}`) as LocaleWithWeekInfo;
    const weekend = (locale.getWeekInfo?.() ?? locale.weekInfo)?.weekend;
    return weekend && weekend.length > 0 ? weekend : undefined;
  } catch {
    return undefined;
  }
}

/** Gives the weekends of an article the days of its country's weekend (see above); `country` is worked out only when one is needed. */
export function placeWeekends(weekends: readonly WeekendMention[], country: () => string | undefined): void {
  if (weekends.length === 0) return;
  const code = country();
  const weekend = code === undefined ? undefined : weekendOfCountry(code);
  if (weekend === undefined) return;
  for (const { mention, monday } of weekends) mention.value = weekendValue(monday, weekend);
}
