// Property tests: extract() keeps its contract on any string. fast-check reports the seed and the
// shrunk input of a failure; rerun one with fc.assert(..., { seed, path }) to reproduce it.
import fc from 'fast-check';
import { anyString, anyText, arabicText, referenceDateOption } from './support/arbitraries';
import { contractViolations } from './support/contract';
import { extract, parseNumber } from './support/unvalidated-index';

// a fixed seed: npm test must not pass or fail by chance (npm run fuzz draws new cases and prints its seed)
const RUNS = { numRuns: 300, seed: 20261204 };

describe('extract on generated text', () => {
  test('never throws on arbitrary strings (any unit, lone surrogates) and keeps the contract', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        expect(contractViolations(text, extract(text))).toEqual([]);
      }),
      // presentation-form code points that fold to themselves (﴾ ﴿, unassigned ones) recursed without end
      { ...RUNS, examples: [['﴾ نص ﴿'], ['\ufdc8\ufdcf\ufdd0']] },
    );
  });

  test('never throws on Arabic-heavy text, with or without a referenceDate, and keeps the contract', () => {
    fc.assert(
      fc.property(arabicText, referenceDateOption, (text, options) => {
        expect(contractViolations(text, extract(text, options))).toEqual([]);
      }),
      {
        ...RUNS,
        // numbers past what a double holds gave figures of value, min or max Infinity, which breaks the schema;
        // a Hijri year past 9999 CE and a day a year after 9999-12-31 gave five-digit years
        examples: [
          [`بلغت ${'1' + ',000'.repeat(150)} دولار`, {}],
          [`${'1' + '0'.repeat(308)} مليون دولار`, {}],
          [`من 5 إلى ${'1' + '0'.repeat(400)} شخص`, {}],
          ['5 محرم 9670 هـ', {}],
          ['1 يناير', { referenceDate: '9999-12-31' }],
        ],
      },
    );
  });

  test('is deterministic: the same input twice gives the same result', () => {
    fc.assert(
      fc.property(anyText, referenceDateOption, (text, options) => {
        expect(extract(text, options)).toStrictEqual(extract(text, options));
      }),
      RUNS,
    );
  });

  test('gives the same result for a text whatever was extracted before it', () => {
    fc.assert(
      fc.property(anyText, anyText, (first, second) => {
        const alone = extract(second);
        extract(first);
        expect(extract(second)).toStrictEqual(alone);
      }),
      { numRuns: 150, seed: 20261204 },
    );
  });
});

describe('parseNumber on generated text', () => {
  test('returns null or a finite number, never Infinity or NaN, even for numbers past what a double holds', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const value = parseNumber(text);
        expect(value === null || Number.isFinite(value)).toBe(true);
      }),
      { ...RUNS, examples: [['1' + '0'.repeat(400)], ['1' + '0'.repeat(308) + ' مليون']] },
    );
  });
});
