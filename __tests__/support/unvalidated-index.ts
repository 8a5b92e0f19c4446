// The real src/index, out of reach of the jest mapping that wraps extract() in a schema check (see
// validated-index.ts): for tests that check results themselves and report every problem at once, and
// for timing extract() alone.
export * from '../../src/index';
