import type { Mention } from '../mention';

/** A temporal expression. `value` is ISO 8601 (date, month, year, date-time or `start/end` range), or null. */
export interface DateMention extends Mention {
  value: string | null;
}

/** Which reference date anchored relative and year-less dates, and where it came from. */
export interface DateReference {
  /** `YYYY-MM-DD`, or null when there was none. */
  value: string | null;
  source: 'option' | 'dateline' | 'none';
}
