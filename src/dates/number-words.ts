// Number words the date grammar reads itself (the figures recognizer's grammar is not for it to
// import): 1–10 and the tens, enough for counts of days (قبل ثلاثة أيام) and minutes (وخمس وعشرون دقيقة).
import { TENS_NUMBER_WORDS, UNIT_NUMBER_WORDS } from '../data/figures/numbers';
import { lazy } from '../text/lazy';
import { dateIndex } from './word-group';

/** Units 1–10 and tens 20–90 in all their forms; zero is left out (صفر is also a month). */
export const smallNumberWords = lazy(
  () =>
    dateIndex(
      [...UNIT_NUMBER_WORDS, ...TENS_NUMBER_WORDS].flatMap(([value, forms]) => (value > 0 ? forms.map((form) => [form, value] as const) : [])),
    ),
);
