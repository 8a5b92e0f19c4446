import type { Mention } from '../contracts/mention';

/** How precise a date's value is. A range's granularity is that of its endpoints. */
export type DateGranularity = 'year' | 'month' | 'week' | 'day' | 'minute';

/**
 * What sort of expression a date is: a calendar `date` (9 نوفمبر، عام 2020), a `relative` one
 * anchored on the reference (أمس، الأسبوع الماضي), a bare `weekday` (الجمعة), a clock `time` or a part of
 * the day alone (بعد صلاة المغرب: `value` is then its day, `partOfDay` the part),
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
  /** Why the date is in doubt; the only reason so far is two month names that disagree. */
  reason: 'month-names-disagree';
  /** The value the other name would give, resolved the same way (`2020-10-09`). */
  alternative: string | null;
}

/** A temporal expression. `value` is ISO 8601 (date, month, year, week, date-time or `start/end` range), or null. */
export interface DateMention extends Mention {
  /**
   * ISO 8601, Gregorian: a date (`2020-11-09`), month (`2020-11`), year (`2020`), week (`2020-W46`),
   * date-time (`2020-11-16T21:30`, with an offset when a time zone is named), or a `start/end` range
   * (`2020-11-11/2020-11-12`). A part the text leaves unknown is written `X` (`XXXX-11-09` when there is no
   * reference date to give the year). null when the date cannot be placed at all (a relative word or a
   * weekday without a reference date).
   */
  value: string | null;
  /** What sort of expression this is (see DateKind). */
  kind?: DateKind;
  /** How precise `value` is (see DateGranularity). */
  granularity?: DateGranularity;
  /** The calendar the text wrote the date in (see DateCalendar); `value` is Gregorian either way. */
  calendar?: DateCalendar;
  /** For `calendar: 'islamic'`: the Hijri date as written, `YYYY-MM-DD` / `YYYY-MM` / `YYYY`, `XXXX` for a year not written. */
  hijri?: string;
  /** IANA zone of a named time zone (بتوقيت طهران → `Asia/Tehran`); its UTC offset on that day ends `value`. */
  timeZone?: string;
  /** The named part of the day the text gives (`مساء` → `evening`). */
  partOfDay?: PartOfDay;
  /** Set when the text gives two readings of the date that disagree (see DateConflict). */
  conflict?: DateConflict;
}

/** Which reference date anchored relative and year-less dates, and where it came from. */
export interface DateReference {
  /**
   * `YYYY-MM-DD`, or null when there was none.
   * @pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$
   */
  value: string | null;
  /**
   * Where the reference date came from: the `referenceDate` option, a dateline in the text
   * (`موسكو - 16 نوفمبر 2020`), or `none` (relative and year-less dates are then left unresolved).
   */
  source: 'option' | 'dateline' | 'none';
  /**
   * For `source: 'dateline'`: UTF-16 offset where the dateline starts in the text.
   * @asType integer
   * @minimum 0
   */
  start?: number;
  /**
   * For `source: 'dateline'`: UTF-16 offset just past the dateline's end (exclusive).
   * @asType integer
   * @minimum 0
   */
  end?: number;
}
