// The invariants every export keeps on any input, as fast-check properties over hostile text (see
// hostile-text.ts). robustness-fuzz.test.ts runs them a few thousand times with a fixed seed in
// `npm test`; `npm run fuzz` runs them 10^5 times and more with a fresh seed.
import fc from 'fast-check';
import { referenceDateOption } from './arbitraries';
import { contractViolations, orderedSpanProblems } from './contract';
import { hostileText } from './hostile-text';
import { testSentences } from './test-sentences';
import { normalizeByDocumentation } from './normalize-oracle';
import { extract, normalize, parseDate, parseNumber, sentences, tokenize, validate, type Extraction } from './unvalidated-index';

export interface FuzzProperty {
  name: string;
  /** This property's share of the runs. */
  share: number;
  // any: each property has its own tuple of arguments
  property: fc.IProperty<any>;
}

const FOLDS = ['diacritics', 'tatweel', 'alef', 'alefMaksura', 'tehMarbuta', 'presentationForms', 'digits', 'persian', 'invisibles'] as const;
const foldOptions = fc.record(Object.fromEntries(FOLDS.map((fold) => [fold, fc.boolean()])), { requiredKeys: [] });

/**
 * Calls `call` twice and fails unless both give the same result: no export depends on hidden state.
 * Compared as JSON (a NormalizedText's offsets too), which is much faster than jest's deep equality.
 */
function deterministic<T>(call: () => T): T {
  const first = call();
  expect(JSON.stringify(call())).toBe(JSON.stringify(first));
  return first;
}

const EMPTY: Extraction = { people: [], places: [], organizations: [], figures: [], dates: [], reference: { value: null, source: 'none' } };

/** A value that is not a string: what a JavaScript caller or a JSON pipeline might pass by mistake. */
const notAString = fc.anything().filter((value) => typeof value !== 'string');
/** Options of any shape, valid ones included. */
const anyOptions = fc.oneof(fc.anything(), referenceDateOption, foldOptions, fc.record({ text: fc.anything() }, { requiredKeys: [] }));

const EXPORTS_TAKING_TEXT: Array<[name: string, call: (text: unknown, options: unknown) => unknown]> = [
  ['extract', (text, options) => extract(text as string, options as never)],
  ['normalize', (text, options) => normalize(text as string, options as never)],
  ['parseDate', (text, options) => parseDate(text as string, options as never)],
  ['tokenize', (text) => tokenize(text as string)],
  ['sentences', (text) => sentences(text as string)],
  ['parseNumber', (text) => parseNumber(text as string)],
];

/** Runs `call` and fails if it throws anything but a TypeError or RangeError, the only errors khabar documents. */
function onlyDocumentedErrors(call: () => unknown): 'returned' | 'TypeError' | 'RangeError' {
  try {
    call();
    return 'returned';
  } catch (error) {
    if (error instanceof TypeError) return 'TypeError';
    if (error instanceof RangeError && !/call stack/.test(error.message)) return 'RangeError';
    throw error;
  }
}

export const FUZZ_PROPERTIES: FuzzProperty[] = [
  {
    name: 'extract: a schema-valid result whose every span is exact, the same on a second call',
    share: 0.2,
    property: fc.property(hostileText, referenceDateOption, (text, options) => {
      const result = deterministic(() => extract(text, options));
      expect(contractViolations(text, result)).toEqual([]);
    }),
  },
  {
    name: "extract: the contract on any run of words of the tests' own sentences, cut at word boundaries",
    share: 0.15,
    property: fc.property(fc.nat(), fc.nat(), fc.nat(), fc.boolean(), fc.boolean(), referenceDateOption, (k, a, b, fromStart, toEnd, options) => {
      const all = testSentences();
      const words = all[k % all.length]!.split(' ');
      // half the cuts keep the sentence's start or end, where a rule reads a name or number last or first
      const first = fromStart ? 0 : a % words.length;
      const next = toEnd ? words.length : first + 1 + (b % (words.length - first));
      const text = words.slice(first, next).join(' ');
      const result = deterministic(() => extract(text, options));
      expect(contractViolations(text, result)).toEqual([]);
    }),
  },
  {
    name: "normalize: the documented per-character mapping, with a rising offset map and spans that map back",
    share: 0.15,
    property: fc.property(hostileText, fc.option(foldOptions, { nil: undefined }), fc.nat(), fc.nat(), (text, options, a, b) => {
      const view = deterministic(() => normalize(text, options));
      const expected = normalizeByDocumentation(text, options);
      expect(view.text).toBe(expected.text);
      // the first offset that differs, if any (one expect per case: jest's are slow on long arrays)
      const differs = expected.offsets.findIndex((offset, i) => view.offsets[i] !== offset);
      expect([differs, view.offsets.length]).toEqual([-1, expected.offsets.length]);
      const [from, to] = [a, b].map((x) => x % (view.text.length + 1)).sort((x, y) => x - y) as [number, number];
      const { start, end } = view.toOriginal(from, to);
      expect(0 <= start && start <= end && end <= text.length).toBe(true);
    }),
  },
  {
    name: "tokenize: exact, non-empty tokens in order, each token's norm its text normalized",
    share: 0.1,
    property: fc.property(hostileText, (text) => {
      const tokens = deterministic(() => tokenize(text));
      const problems = orderedSpanProblems(text, tokens);
      for (const t of tokens) {
        if (t.norm !== normalize(t.text).text) problems.push(`${JSON.stringify(t.text)}: norm ${JSON.stringify(t.norm)}`);
        if (!(t.start <= t.stemStart && t.stemStart <= t.stemEnd && t.stemEnd <= t.end)) problems.push(`${JSON.stringify(t.text)}: stem outside`);
      }
      expect(problems).toEqual([]);
    }),
  },
  {
    name: 'sentences: exact, non-empty sentences in order',
    share: 0.1,
    property: fc.property(hostileText, (text) => {
      expect(orderedSpanProblems(text, deterministic(() => sentences(text)))).toEqual([]);
    }),
  },
  {
    name: 'parseDate: null or an exact date that validates as one of an extraction',
    share: 0.1,
    property: fc.property(hostileText, referenceDateOption, (text, options) => {
      const date = deterministic(() => parseDate(text, options));
      if (date !== null) expect(contractViolations(text, { ...EMPTY, dates: [date] })).toEqual([]);
    }),
  },
  {
    name: 'parseNumber: null or a finite number',
    share: 0.05,
    property: fc.property(hostileText, (text) => {
      const value = deterministic(() => parseNumber(text));
      expect(value === null || Number.isFinite(value)).toBe(true);
    }),
  },
  {
    name: 'validate: a result for any value and any text, never an exception',
    share: 0.05,
    property: fc.property(fc.oneof(fc.anything(), fc.jsonValue()), fc.option(hostileText, { nil: undefined }), (value, text) => {
      const { valid, errors } = deterministic(() => validate(value, { text }));
      expect(valid).toBe(errors.length === 0);
    }),
  },
  {
    name: 'every export: a non-string text is a TypeError, and any options give a result, a TypeError or a RangeError',
    share: 0.1,
    property: fc.property(notAString, hostileText, anyOptions, (notText, text, options) => {
      for (const [, call] of EXPORTS_TAKING_TEXT) {
        expect(onlyDocumentedErrors(() => call(notText, undefined))).toBe('TypeError');
        onlyDocumentedErrors(() => call(text, options));
        expect(onlyDocumentedErrors(() => call(text, undefined))).toBe('returned');
      }
      onlyDocumentedErrors(() => validate(EMPTY, options as never));
    }),
  },
];
