/** The longest digit run with a shared reading: four digits, years included. */
export const SHORT_RUN = 4;

/**
 * Readings of every run of one to SHORT_RUN digits, each made once and shared: the rules ask for the
 * reading of the same number again and again (text dense in numbers asked a dozen times per number,
 * each a new object). `make(value, length)` gives a run's reading; a run's length keeps 12 and 0012
 * apart. A reading is made the first time it is asked for: making all 10^length of a length at once
 * cost the first extract of a process the 10,000 four-digit readings for its first year.
 * Calling it has no side effect, and says so to bundlers.
 */
/* @__NO_SIDE_EFFECTS__ */
export function shortNumberReadings<T>(make: (value: number, length: number) => T): (value: number, length: number) => T {
  const byLength: (T | undefined)[][] = [];
  return (value, length) => {
    // sized when first asked: the elements stay a plain (holey) array, filled in any order
    const readings = (byLength[length - 1] ??= new Array<T | undefined>(10 ** length));
    return (readings[value] ??= make(value, length));
  };
}
