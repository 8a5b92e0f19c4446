/**
 * A value built on first use, not at import (importing khabar stays cheap), and never changed after:
 * lexicon indexes and Intl formatters. Calling it has no side effect, and says so to bundlers, so
 * that a table nobody uses is left out of a bundle.
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
