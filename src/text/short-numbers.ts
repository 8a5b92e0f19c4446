/**
 * Readings of short digit runs kept once each: the rules ask for the reading of the same number again
 * and again (text dense in numbers asked it a dozen times per number, each a new object). A reading is
 * keyed by its run's length (1 to SHORT_RUN) and value, so 12 and 0012 are apart; a table of a length
 * is made when the first number of that length is read, 10^length slots.
 */
export class ShortNumberReadings<T> {
  private readonly byLength: (T[] | undefined)[] = [];

  /** The reading kept for a run of `length` digits of `value`, or undefined. */
  find(length: number, value: number): T | undefined {
    return this.byLength[length]?.[value];
  }

  /** Keeps `reading` for a run of `length` digits (1 to SHORT_RUN) of `value`, and returns it. */
  keep(length: number, value: number, reading: T): T {
    const table = (this.byLength[length] ??= new Array<T>(10 ** length));
    table[value] = reading;
    return reading;
  }
}

/** The longest run whose readings are kept: four digits, years included (11,110 readings at most). */
export const SHORT_RUN = 4;
