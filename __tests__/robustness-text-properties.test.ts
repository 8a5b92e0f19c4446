// Property tests for the text layer extract() stands on: normalize's offset map, tokenize's and
// sentences' spans, on any string and on Arabic-heavy text.
import fc from 'fast-check';
import { anyText } from './support/arbitraries';
import { orderedSpanProblems } from './support/contract';
import { normalize, sentences, tokenize } from './support/unvalidated-index';

// a fixed seed: npm test must not pass or fail by chance (npm run fuzz draws new cases and prints its seed)
const RUNS = { numRuns: 300, seed: 20261204 };
const FOLDS = ['diacritics', 'tatweel', 'alef', 'alefMaksura', 'tehMarbuta', 'presentationForms', 'digits', 'persian', 'invisibles'] as const;
const ALL_FOLDS_OFF = Object.fromEntries(FOLDS.map((fold) => [fold, false]));
/** Any choice of folds, each on, off or left to its default. */
const foldOptions = fc.record(Object.fromEntries(FOLDS.map((fold) => [fold, fc.boolean()])), { requiredKeys: [] });

/** Offsets of the code points of `text` that match `pattern` (a /u class such as \p{L}). */
function offsetsMatching(text: string, pattern: RegExp): number[] {
  const found: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    if (pattern.test(String.fromCodePoint(cp))) found.push(i);
    i += cp > 0xffff ? 2 : 1;
  }
  return found;
}

const isCovered = (spans: readonly { start: number; end: number }[], i: number): boolean =>
  spans.some(({ start, end }) => start <= i && i < end);

describe('normalize on generated text', () => {
  test('maps every normalized character to a rising original offset, and the end to the original length, whatever the folds', () => {
    fc.assert(
      fc.property(anyText, foldOptions, (text, options) => {
        const { text: folded, offsets } = normalize(text, options);
        expect(offsets).toHaveLength(folded.length + 1);
        expect(offsets[folded.length]).toBe(text.length);
        const wrong = [...offsets.subarray(0, folded.length)].findIndex((o, i) => !(o < text.length && o <= offsets[i + 1]!));
        expect(wrong).toBe(-1);
      }),
      // a leading U+FEFF kept by the folds was dropped from the text but not from the offsets
      { ...RUNS, examples: [['\ufeffنص', { invisibles: false }]] },
    );
  });

  test('maps any normalized span back to a span of the original', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const view = normalize(text);
        const [from, to] = [a, b].map((x) => x % (view.text.length + 1)).sort((x, y) => x - y) as [number, number];
        const { start, end } = view.toOriginal(from, to);
        expect(0 <= start && start <= end && end <= text.length).toBe(true);
      }),
      RUNS,
    );
  });

  test('is idempotent: normalizing a normalized text with the same folds changes nothing', () => {
    fc.assert(
      fc.property(anyText, foldOptions, (text, options) => {
        const once = normalize(text, options).text;
        expect(normalize(once, options).text).toBe(once);
      }),
      RUNS,
    );
  });

  test('with every fold off leaves the text as it is', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(normalize(text, ALL_FOLDS_OFF).text).toBe(text);
      }),
      { ...RUNS, examples: [['\ufeffنص']] },
    );
  });
});

describe('tokenize on generated text', () => {
  test('tokens are non-empty, in order, without overlap, and slice to their text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(orderedSpanProblems(text, tokenize(text))).toEqual([]);
      }),
      RUNS,
    );
  });

  test("a word's stem lies inside the token and prefix + stem + suffix is its normalized form", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const t of tokenize(text)) {
          expect(t.start <= t.stemStart && t.stemStart <= t.stemEnd && t.stemEnd <= t.end).toBe(true);
          expect(t.prefix + t.stem + t.suffix).toBe(t.norm);
        }
      }),
      RUNS,
    );
  });

  test("a token's norm is its text normalized", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const t of tokenize(text)) expect(normalize(t.text).text).toBe(t.norm);
      }),
      RUNS,
    );
  });

  // tatweel and the small high letters are letters to Unicode (Lm) but normalization drops them as marks
  test('every letter and digit of the text that normalization keeps is inside a token', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenize(text);
        const kept = offsetsMatching(text, /[\p{L}\p{N}]/u).filter((i) => normalize(String.fromCodePoint(text.codePointAt(i)!)).text !== '');
        const dropped = kept.filter((i) => !isCovered(tokens, i));
        expect(dropped).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('sentences on generated text', () => {
  test('sentences are non-empty, in order, without overlap, and slice to their text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(orderedSpanProblems(text, sentences(text))).toEqual([]);
      }),
      RUNS,
    );
  });

  test('no sentence holds a line break or starts or ends with white space', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const s of sentences(text)) {
          expect(s.text).not.toMatch(/[\n\r\u0085\u2028\u2029]/);
          expect(s.text).not.toMatch(/^\s|\s$/u);
        }
      }),
      RUNS,
    );
  });

  test('every letter, digit, punctuation mark and symbol of the text is inside a sentence', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const spans = sentences(text);
        const dropped = offsetsMatching(text, /[\p{L}\p{N}\p{P}\p{S}]/u).filter((i) => !isCovered(spans, i));
        expect(dropped).toEqual([]);
      }),
      RUNS,
    );
  });
});
