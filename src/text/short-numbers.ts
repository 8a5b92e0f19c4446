import { lazy } from './lazy';

/** The longest digit run with a shared reading: four digits, years included. */
export const SHORT_RUN = 4;

/**
 * Readings of every run of one to SHORT_RUN digits, each made once and shared: the rules ask for the
 * reading of the same number again and again (text dense in numbers asked a dozen times per number,
 * each a new object). `make(value, length)` gives a run's reading; a run's length keeps 12 and 0012
 * apart. The readings of a length are all made the first time one is asked (10^length of them).
 * Calling it has no side effect, and says so to bundlers (see lazy).
 */
/* @__NO_SIDE_EFFECTS__ */
export function shortNumberReadings<T>(make: (value: number, length: number) => T): (value: number, length: number) => T {
  const byLength = [1, 2, 3, 4].map((length) => lazy(() => Array.from({ length: 10 ** length }, (_, value) => make(value, length))));
  return (value, length) => byLength[length - 1]!()[value]!;
}
