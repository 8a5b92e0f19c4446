import type { Mention } from '../mention';

/** How precise a date's value is. A range's granularity is that of its endpoints. */
export type DateGranularity = 'year' | 'month' | 'week' | 'day' | 'minute';

/**
 * What sort of expression a date is: a calendar `date` (9 نوفمبر، عام 2020), a `relative` one
 * anchored on the reference (أمس، الأسبوع الماضي), a bare `weekday` (الجمعة), a clock `time` alone,
 * a `datetime` (a day with a clock time), or a `range` (11-12 نوفمبر، 2020 – 2022).
 */
export type DateKind = 'date' | 'relative' | 'weekday' | 'time' | 'datetime' | 'range';

/** The calendar the text wrote the date in; `value` is always Gregorian. */
export type DateCalendar = 'gregory' | 'islamic';

/** A named part of the day (صباح، ظهر، عصر، مساء، ليلة، فجر), kept because ISO 8601 has no place for it. */
export type PartOfDay = 'dawn' | 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';

/**
 * A double month form whose two names disagree (`9 تشرين الأول/نوفمبر 2020`: October vs November).
 * `value` follows the transliterated name (نوفمبر, يناير, جانفي …) over the Levantine one (تشرين
 * الأول, كانون الثاني …): writers take the transliterated name from their source and translate it
 * into the Levantine one by hand, so the Levantine name is the likelier slip.
 */
export interface DateConflict {
  reason: 'month-names-disagree';
  /** The value the other name would give, resolved the same way (`2020-10-09`). */
  alternative: string | null;
}

/** A temporal expression. `value` is ISO 8601 (date, month, year, week, date-time or `start/end` range), or null. */
export interface DateMention extends Mention {
  value: string | null;
  kind?: DateKind;
  granularity?: DateGranularity;
  calendar?: DateCalendar;
  /** For `calendar: 'islamic'`: the Hijri date as written, `YYYY-MM-DD` / `YYYY-MM` / `YYYY`, `XXXX` for a year not written. */
  hijri?: string;
  /** IANA zone of a named time zone (بتوقيت طهران → `Asia/Tehran`); its UTC offset on that day ends `value`. */
  timeZone?: string;
  partOfDay?: PartOfDay;
  conflict?: DateConflict;
}

/** Which reference date anchored relative and year-less dates, and where it came from. */
export interface DateReference {
  /** `YYYY-MM-DD`, or null when there was none. */
  value: string | null;
  source: 'option' | 'dateline' | 'none';
  /** For `source: 'dateline'`: where the dateline is in the text (UTF-16 offsets). */
  start?: number;
  end?: number;
}
