/** Describes a value for an error message without dumping it whole. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (value instanceof Date) return 'a Date';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** Every public entry point takes text first; a wrong type fails here, not deep inside. */
export function expectString(value: unknown, fn: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`${fn}() expects a string as its first argument, got ${describeValue(value)}`);
  }
}

/**
 * The one check of an options argument, shared by every public function that takes one, so all
 * reject the same things in the same words: undefined or null means no options; anything but an
 * object (an array, a function, a primitive) and any name not in `known` is a TypeError. Returns the
 * options to read the values from, each of which the caller checks and reports in `optionMessage`'s wording.
 */
export function expectOptions(options: unknown, fn: string, known: readonly string[]): Readonly<Record<string, unknown>> {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${fn}() options must be an object, got ${describeValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new TypeError(`${fn}(): unknown option "${key}"; known options: ${known.join(', ')}`);
  }
  return options as Record<string, unknown>;
}

/** The message for an option whose value is wrong: `extract(): option "referenceDate" must be …, got …`. */
export function optionMessage(fn: string, key: string, expected: string, value: unknown): string {
  return `${fn}(): option "${key}" must be ${expected}, got ${describeValue(value)}`;
}
