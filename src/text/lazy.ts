/**
 * A value built on first use, not at import (importing khabar stays cheap), and never changed after:
 * lexicon indexes and Intl formatters.
 */
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
