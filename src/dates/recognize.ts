import type { TextContext } from '../extract/context';
import type { DateMention, DateReference } from './types';

/** Proposes every date and time in the text and says which reference anchored them. Not yet implemented: issue #4. */
export function recognizeDates(ctx: TextContext): { dates: DateMention[]; reference: DateReference } {
  const ref = ctx.referenceDate;
  return {
    dates: [],
    reference: ref ? { value: ref.toISOString().slice(0, 10), source: 'option' } : { value: null, source: 'none' },
  };
}
